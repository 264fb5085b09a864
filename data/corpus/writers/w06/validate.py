#!/usr/bin/env python3
import json, collections, sys, os
P = {"cost_concealment", "fake_cancellation", "fake_reward", "code_request", "consent_bypass", "pressure", "abuse"}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "calls.jsonl")
ids, errs = set(), 0
pat = collections.Counter(); honest = hn = hand = 0; lens = []; n = 0; single = 0; wr = collections.Counter()
for ln, line in enumerate(open(path, encoding="utf-8"), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        print("line", ln, "bad json", e); errs += 1; continue
    n += 1
    for f in ("id", "lang", "deceptive", "labels", "turns", "source", "scenario", "hard_negative", "written"):
        if f not in r: print("line", ln, "missing", f); errs += 1
    if r["id"] in ids: print("dup id", r["id"]); errs += 1
    ids.add(r["id"])
    if r["id"] != f"w06-{n:04d}": print("id order", r["id"]); errs += 1
    u = sorted({l for t in r["turns"] for l in t["labels"]})
    if u != r["labels"]: print("line", ln, "label union mismatch"); errs += 1
    if r["deceptive"] != bool(u): print("line", ln, "deceptive mismatch"); errs += 1
    if set(u) - P: print("line", ln, "bad label", set(u) - P); errs += 1
    if r["lang"] != "en" or r["source"] != "writer:06": print("line", ln, "lang/source"); errs += 1
    if r["hard_negative"] and u: print("line", ln, "hn with labels"); errs += 1
    for t in r["turns"]:
        if t["speaker"] not in ("agent", "customer", "unknown") or not t["text"].strip() or t["labels"] != sorted(set(t["labels"])):
            print("line", ln, "bad turn"); errs += 1
    for l in u: pat[l] += 1
    if not u:
        honest += 1; hn += r["hard_negative"]
    if len(u) == 1: single += 1
    wr[r["written"]] += 1
    lens.append(len(r["turns"]))
print(f"calls={n} errors={errs} written={dict(wr)} honest={honest} ({honest/n:.1%}) hard_neg={hn} ({hn/max(honest,1):.1%} of honest) single_pattern={single}")
print("turns min/max/mean", min(lens), max(lens), round(sum(lens)/len(lens), 1))
for p in sorted(P): print(f"  {p:18s} {pat[p]}")
sys.exit(1 if errs else 0)
