#!/usr/bin/env python3
"""Convert the hand-written call files hand1..hand5.txt into hand.jsonl.
Format: '@ scenario [hn]' starts a call; 'A|C|U [codes]: text' is a turn."""
import json, glob, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"cc": "cost_concealment", "fc": "fake_cancellation", "fr": "fake_reward", "cr": "code_request",
         "cb": "consent_bypass", "pr": "pressure", "ab": "abuse"}
SPK = {"A": "agent", "C": "customer", "U": "unknown"}

def parse():
    calls = []
    for fn in sorted(glob.glob(os.path.join(HERE, "hand[0-9].txt"))):
        cur = None
        for ln, line in enumerate(open(fn, encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            if line.startswith("@"):
                parts = line[1:].split()
                cur = {"scenario": parts[0], "hn": "hn" in parts[1:], "turns": []}
                calls.append(cur)
                continue
            m = re.match(r"^([ACU])((?: [a-z]{2})*): ?(.*)$", line)
            if not m or cur is None:
                sys.exit(f"{fn}:{ln}: bad line {line!r}")
            labs = sorted({CODES[c] for c in m.group(2).split()})
            text = m.group(3).strip()
            if not text:
                sys.exit(f"{fn}:{ln}: empty text")
            cur["turns"].append({"speaker": SPK[m.group(1)], "text": text, "labels": labs})
    out = []
    for i, c in enumerate(calls, 1):
        labels = sorted({l for t in c["turns"] for l in t["labels"]})
        if c["hn"] and labels:
            sys.exit(f"call {c['scenario']} marked hn but has labels")
        out.append({"id": f"z01-{i:04d}", "lang": "zh", "deceptive": bool(labels), "labels": labels,
                    "turns": c["turns"], "source": "writer:z01", "scenario": c["scenario"],
                    "hard_negative": c["hn"], "written": "hand"})
    return out

if __name__ == "__main__":
    calls = parse()
    with open(os.path.join(HERE, "hand.jsonl"), "w", encoding="utf-8") as f:
        for c in calls:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    from collections import Counter
    pc = Counter(l for c in calls for l in c["labels"])
    hon = sum(not c["deceptive"] for c in calls)
    print(len(calls), "hand calls; honest", hon, "hn", sum(c["hard_negative"] for c in calls), dict(pc))
