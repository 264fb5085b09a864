#!/usr/bin/env python3
"""Convert the hand-written call sources (hand_*.txt) into hand.jsonl.
Format: '## scenario [hn]' starts a call; turns are 'A: text', 'C: text', 'U: text',
optionally with labels 'A[label1,label2]: text'."""
import json, re, glob, os
HERE = os.path.dirname(os.path.abspath(__file__))
SPK = {"A": "agent", "C": "customer", "U": "unknown"}
PAT = {"cost_concealment", "fake_cancellation", "fake_reward", "code_request",
       "consent_bypass", "pressure", "abuse"}
calls = []
for fn in sorted(glob.glob(os.path.join(HERE, "hand_*.txt"))):
    cur = None
    for ln, line in enumerate(open(fn, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        if line.startswith("## "):
            parts = line[3:].split()
            cur = {"scenario": parts[0], "hn": "hn" in parts[1:], "turns": []}
            calls.append(cur)
            continue
        m = re.match(r"^([ACU])(?:\[([a-z_,]+)\])?: (.+)$", line)
        if not m:
            raise SystemExit(f"{fn}:{ln}: bad line: {line}")
        labs = sorted(set(m.group(2).split(","))) if m.group(2) else []
        for l in labs:
            if l not in PAT:
                raise SystemExit(f"{fn}:{ln}: bad label {l}")
        cur["turns"].append({"speaker": SPK[m.group(1)], "text": m.group(3), "labels": labs})
out = []
for i, c in enumerate(calls, 1):
    labels = sorted({l for t in c["turns"] for l in t["labels"]})
    if c["hn"] and labels:
        raise SystemExit(f"hard negative with labels: {c['scenario']}")
    out.append({"id": f"z02-{i:04d}", "lang": "zh", "deceptive": bool(labels), "labels": labels,
                "turns": c["turns"], "source": "writer:z02", "scenario": c["scenario"],
                "hard_negative": c["hn"], "written": "hand"})
with open(os.path.join(HERE, "hand.jsonl"), "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out), "hand calls;", sum(not o["deceptive"] for o in out), "honest;",
      sum(o["hard_negative"] for o in out), "hard negatives")
