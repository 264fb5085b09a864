import json, collections, sys, os
P = {"cost_concealment", "fake_cancellation", "fake_reward", "code_request", "consent_bypass", "pressure", "abuse"}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "calls.jsonl")
calls, ids, errs = [], set(), 0
for n, line in enumerate(open(path, encoding="utf-8"), 1):
    try:
        c = json.loads(line)
    except Exception as e:
        print("line", n, "bad json", e); errs += 1; continue
    u = sorted({l for t in c["turns"] for l in t["labels"]})
    ok = (c["labels"] == u and c["deceptive"] == bool(u) and set(u) <= P and c["id"] not in ids
          and c["lang"] == "en" and c["source"] == "writer:04" and c["written"] in ("hand", "generator")
          and all(t["speaker"] in ("agent", "customer", "unknown") and t["text"].strip() for t in c["turns"])
          and isinstance(c["hard_negative"], bool) and not (c["hard_negative"] and u) and c["scenario"])
    if not ok:
        print("line", n, "invalid", c["id"]); errs += 1
    ids.add(c["id"]); calls.append(c)
exp = [f"w04-{i:04d}" for i in range(1, len(calls) + 1)]
if [c["id"] for c in calls] != exp: print("ids not sequential"); errs += 1
N = len(calls); hon = [c for c in calls if not c["deceptive"]]
print("calls", N, "hand", sum(c["written"] == "hand" for c in calls), "generator", sum(c["written"] == "generator" for c in calls))
print("honest", len(hon), f"({100*len(hon)/N:.1f}%)", "hard_negative", sum(c["hard_negative"] for c in calls))
pc = collections.Counter(l for c in calls for l in c["labels"])
for p in sorted(P): print(f"  {p:18s} {pc[p]}")
print("single-pattern deceptive", sum(len(c["labels"]) == 1 for c in calls))
L = collections.Counter(len(c["turns"]) for c in calls)
print("turn lengths", sorted(L.items()))
print("labeled customer turns", sum(1 for c in calls for t in c["turns"] if t["speaker"] == "customer" and t["labels"]))
print("errors", errs)
sys.exit(1 if errs else 0)
