#!/usr/bin/env python3
"""Parse hand_src/*.txt (compact hand-written transcripts) into hand.jsonl.
Format: a call starts with '@ scenario [hn]'. Turn lines: 'A: ', 'C: ', 'U: ' with optional
label tags in brackets, e.g. 'A[pr,code]: text'. Blank lines and lines starting with '#' are ignored."""
import json, os, re, glob, sys
ABBR = {"cc": "cost_concealment", "fc": "fake_cancellation", "fr": "fake_reward", "code": "code_request",
        "cb": "consent_bypass", "pr": "pressure", "ab": "abuse"}
SPK = {"A": "agent", "C": "customer", "U": "unknown"}
here = os.path.dirname(os.path.abspath(__file__))
calls = []
cur = None
line_re = re.compile(r'^([ACU])(?:\[([a-z,]+)\])?:\s*(.+)$')
for fn in sorted(glob.glob(os.path.join(here, "hand_src", "*.txt"))):
    for ln, line in enumerate(open(fn, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@"):
            parts = line[1:].split()
            cur = {"scenario": parts[0], "hard_negative": "hn" in parts[1:], "turns": []}
            calls.append(cur)
            continue
        m = line_re.match(line)
        if not m:
            sys.exit(f"{fn}:{ln}: bad line: {line}")
        labs = sorted({ABBR[x] for x in m.group(2).split(",")}) if m.group(2) else []
        cur["turns"].append({"speaker": SPK[m.group(1)], "text": m.group(3).strip(), "labels": labs})
out = []
for i, c in enumerate(calls, 1):
    labels = sorted({l for t in c["turns"] for l in t["labels"]})
    if labels and c["hard_negative"]:
        sys.exit(f"call {i} {c['scenario']} hard negative but labeled")
    out.append({"id": f"w11-{i:04d}", "lang": "en", "deceptive": bool(labels), "labels": labels,
                "turns": c["turns"], "source": "writer:11", "scenario": c["scenario"],
                "hard_negative": c["hard_negative"], "written": "hand"})
with open(os.path.join(here, "hand.jsonl"), "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out), "hand calls;", sum(o["deceptive"] for o in out), "deceptive;", sum(o["hard_negative"] for o in out), "hard neg")
