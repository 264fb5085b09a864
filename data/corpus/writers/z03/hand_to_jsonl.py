#!/usr/bin/env python3
"""Convert hand-written call sources (hand_*.txt) into hand.jsonl.
Format: '# scenario [hn]' header, then 'A|lab|lab: text', 'C: text', 'U: text' lines; blank line between calls."""
import json, glob, os
HERE = os.path.dirname(os.path.abspath(__file__))
AB = {"cc": "cost_concealment", "fc": "fake_cancellation", "fr": "fake_reward", "cr": "code_request",
      "cb": "consent_bypass", "pr": "pressure", "ab": "abuse"}
SP = {"A": "agent", "C": "customer", "U": "unknown"}
calls = []
for fn in sorted(glob.glob(os.path.join(HERE, "hand_*.txt"))):
    cur = None
    for ln, line in enumerate(open(fn, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        if line.startswith("#"):
            parts = line[1:].split()
            cur = {"scenario": parts[0], "hn": "hn" in parts[1:], "turns": []}
            calls.append(cur)
            continue
        head, text = line.split(": ", 1)
        bits = head.split("|")
        labs = sorted({AB[b] for b in bits[1:]})
        cur["turns"].append({"speaker": SP[bits[0]], "text": text.strip(), "labels": labs})
out = []
for i, c in enumerate(calls, 1):
    labs = sorted({l for t in c["turns"] for l in t["labels"]})
    if c["hn"] and labs:
        raise SystemExit("hard negative with labels: " + c["scenario"])
    out.append({"id": "z03-%04d" % i, "lang": "zh", "deceptive": bool(labs), "labels": labs,
                "turns": c["turns"], "source": "writer:z03", "scenario": c["scenario"],
                "hard_negative": c["hn"], "written": "hand"})
with open(os.path.join(HERE, "hand.jsonl"), "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out), "hand calls")
