#!/usr/bin/env python3
import json, collections, sys
P = {"cost_concealment", "fake_cancellation", "fake_reward", "code_request", "consent_bypass", "pressure", "abuse"}
ids, errs = set(), 0
cnt = collections.Counter(); n = hand = honest = hn = 0; lens = collections.Counter(); npat = collections.Counter()
cust_lab = 0
for i, line in enumerate(open("calls.jsonl", encoding="utf-8"), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        print("bad json", i, e); errs += 1; continue
    u = sorted({l for t in r["turns"] for l in t["labels"]})
    ok = (r["labels"] == u and r["deceptive"] == bool(u) and r["id"] not in ids and set(u) <= P and r["lang"] == "en"
          and r["source"] == "writer:10" and r["written"] in ("hand", "generator") and isinstance(r["hard_negative"], bool)
          and all(t["speaker"] in ("agent", "customer", "unknown") and t["text"].strip() for t in r["turns"])
          and not (r["hard_negative"] and u) and r["id"] == f"w10-{i:04d}" and r.get("scenario"))
    if not ok:
        print("invalid line", i, r["id"]); errs += 1
    ids.add(r["id"]); n += 1; hand += r["written"] == "hand"
    cust_lab += sum(1 for t in r["turns"] if t["speaker"] == "customer" and t["labels"])
    if not u:
        honest += 1; hn += r["hard_negative"]
    for l in u: cnt[l] += 1
    npat[len(u)] += 1
    lens[min(len(r["turns"]) // 5 * 5, 30)] += 1
print(f"calls={n} hand={hand} ({hand/n:.1%}) honest={honest} ({honest/n:.1%}) hard_neg={hn} ({hn/max(honest,1):.1%} of honest) errors={errs}")
print("per pattern:", dict(sorted(cnt.items())))
print("patterns per call:", dict(sorted(npat.items())), "turn-length buckets:", dict(sorted(lens.items())), "labeled customer turns:", cust_lab)
bad = [p for p in P if cnt[p] < 50]
if errs or bad or not (0.4 <= honest / n <= 0.5) or hn * 2 < honest or hand < 170 or n < 500:
    print("BALANCE/VALIDATION FAIL", bad); sys.exit(1)
print("OK")
