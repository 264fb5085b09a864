#!/usr/bin/env python3
"""Convert the hand-written call sketches hand_*.txt into hand.jsonl (written=hand).
Format: '== scenario [hn]' starts a call; 'A|C|U text #ab,cd' are turns."""
import json, glob
AB = {"cc": "cost_concealment", "fc": "fake_cancellation", "fr": "fake_reward", "cr": "code_request",
      "cb": "consent_bypass", "pr": "pressure", "ab": "abuse"}
SP = {"A": "agent", "C": "customer", "U": "unknown"}
calls = []
for fn in sorted(glob.glob("hand_*.txt")):
    cur = None
    for ln, line in enumerate(open(fn, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        if line.startswith("== "):
            parts = line[3:].split()
            cur = {"scenario": parts[0], "hn": "hn" in parts[1:], "turns": []}
            calls.append(cur)
            continue
        sp, _, rest = line.partition(" ")
        assert sp in SP, (fn, ln, line)
        labs = []
        if " #" in rest:
            rest, _, tag = rest.rpartition(" #")
            labs = sorted({AB[t.strip()] for t in tag.split(",")})
        rest = rest.strip()
        assert rest, (fn, ln)
        cur["turns"].append({"speaker": SP[sp], "text": rest, "labels": labs})
with open("hand.jsonl", "w", encoding="utf-8") as out:
    for i, c in enumerate(calls, 1):
        labs = sorted({l for t in c["turns"] for l in t["labels"]})
        assert not (labs and c["hn"]), c["scenario"]
        obj = {"id": "z06-%04d" % i, "lang": "zh", "deceptive": bool(labs), "labels": labs,
               "turns": c["turns"], "source": "writer:z06", "scenario": c["scenario"],
               "hard_negative": c["hn"], "written": "hand"}
        out.write(json.dumps(obj, ensure_ascii=False) + "\n")
print(len(calls), "hand calls")
