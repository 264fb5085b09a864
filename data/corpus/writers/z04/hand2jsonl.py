#!/usr/bin/env python3
"""Convert hand-written call sources (src/h*.txt) to hand.jsonl.
Format: '## scenario [hn]' starts a call; 'A:/C:/U: text #lab1,lab2' are turns."""
import json, glob, os, sys
AB = {"cc": "cost_concealment", "fc": "fake_cancellation", "fr": "fake_reward", "cr": "code_request",
      "cb": "consent_bypass", "pr": "pressure", "ab": "abuse"}
SP = {"A": "agent", "C": "customer", "U": "unknown"}
here = os.path.dirname(os.path.abspath(__file__))
calls = []
cur = None
for fn in sorted(glob.glob(os.path.join(here, "src", "h*.txt"))):
    for ln, line in enumerate(open(fn, encoding="utf-8"), 1):
        line = line.strip()
        if not line:
            continue
        if line.startswith("## "):
            parts = line[3:].split()
            cur = {"scenario": parts[0], "hard_negative": "hn" in parts[1:], "turns": []}
            calls.append(cur)
            continue
        sp, _, rest = line.partition(":")
        if sp not in SP:
            sys.exit(f"{fn}:{ln}: bad speaker: {line}")
        text, _, labs = rest.partition("#")
        labels = []
        for l in labs.split(","):
            l = l.strip()
            if l:
                if l not in AB:
                    sys.exit(f"{fn}:{ln}: bad label {l}")
                labels.append(AB[l])
        cur["turns"].append({"speaker": SP[sp], "text": text.strip(), "labels": sorted(set(labels))})
out = []
for i, c in enumerate(calls, 1):
    labs = sorted({l for t in c["turns"] for l in t["labels"]})
    if c["hard_negative"] and labs:
        sys.exit(f"hard negative with labels: {c['scenario']}")
    if len(c["turns"]) < 2 and not c["scenario"].startswith(("ivr", "robo", "press")):
        pass
    out.append({"id": f"z04-{i:04d}", "lang": "zh", "deceptive": bool(labs), "labels": labs,
                "turns": c["turns"], "source": "writer:z04", "scenario": c["scenario"],
                "hard_negative": c["hard_negative"], "written": "hand"})
with open(os.path.join(here, "hand.jsonl"), "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
from collections import Counter
pc = Counter(l for o in out for l in o["labels"])
print(len(out), "hand calls; honest", sum(not o["deceptive"] for o in out),
      "hn", sum(o["hard_negative"] for o in out), dict(pc))
