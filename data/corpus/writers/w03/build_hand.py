#!/usr/bin/env python3
"""Convert hand-written DSL files (src/hand_*.txt) into hand.jsonl.
Format: '=== scenario_name [hn]' starts a call; 'A:'/'C:'/'U:' lines are turns;
optional ' ## K P' at line end gives turn labels (codes below)."""
import json, glob, sys, os
CODES = {"P": "pressure", "B": "consent_bypass", "C": "cost_concealment", "R": "fake_reward",
         "X": "fake_cancellation", "K": "code_request", "A": "abuse"}
SPK = {"A": "agent", "C": "customer", "U": "unknown"}
here = os.path.dirname(os.path.abspath(__file__))
calls = []
for fn in sorted(glob.glob(os.path.join(here, "src", "hand_*.txt"))):
    cur = None
    for ln, line in enumerate(open(fn, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("==="):
            parts = line[3:].split()
            cur = {"scenario": parts[0], "hn": "hn" in parts[1:], "turns": [], "where": f"{fn}:{ln}"}
            calls.append(cur)
            continue
        sp, _, rest = line.partition(":")
        if sp not in SPK or cur is None:
            sys.exit(f"bad line {fn}:{ln}: {line}")
        labs = []
        if " ## " in rest:
            rest, _, codes = rest.partition(" ## ")
            for c in codes.split():
                if c not in CODES:
                    sys.exit(f"bad code {c} at {fn}:{ln}")
                labs.append(CODES[c])
        cur["turns"].append({"speaker": SPK[sp], "text": rest.strip(), "labels": sorted(set(labs))})
out = []
for i, c in enumerate(calls, 1):
    labels = sorted({l for t in c["turns"] for l in t["labels"]})
    if c["hn"] and labels:
        sys.exit(f"hard negative with labels at {c['where']}")
    if len(c["turns"]) < 3:
        sys.exit(f"too short {c['where']}")
    out.append({"id": None, "lang": "en", "deceptive": bool(labels), "labels": labels,
                "turns": c["turns"], "source": "writer:03", "scenario": c["scenario"],
                "hard_negative": c["hn"], "written": "hand"})
with open(os.path.join(here, "hand.jsonl"), "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out), "hand calls;", sum(1 for o in out if not o["deceptive"]), "honest;",
      sum(1 for o in out if o["hard_negative"]), "hard neg")
