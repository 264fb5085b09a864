#!/usr/bin/env python3
"""Convert hand-written call files (hand_*.txt) into hand.jsonl.
Format: '## scenario [hn]' starts a call; 'A: text' / 'C: text' / 'U: text' are turns;
'A[P,CC]: text' attaches labels to that turn. Lines starting with '#' (single) are comments."""
import json, glob, re, sys
ABBR = {"P": "pressure", "CB": "consent_bypass", "CC": "cost_concealment", "FR": "fake_reward",
        "FC": "fake_cancellation", "CR": "code_request", "AB": "abuse"}
SPK = {"A": "agent", "C": "customer", "U": "unknown"}
calls = []
cur = None
for fn in sorted(glob.glob("hand_*.txt")):
    for ln, line in enumerate(open(fn, encoding="utf-8"), 1):
        line = line.rstrip("\n").strip()
        if not line:
            continue
        if line.startswith("## "):
            parts = line[3:].split()
            cur = {"scenario": parts[0], "hn": "hn" in parts[1:], "turns": [], "where": f"{fn}:{ln}"}
            calls.append(cur)
            continue
        if line.startswith("#"):
            continue
        m = re.match(r"^([ACU])(?:\[([A-Z,]+)\])?:\s+(.+)$", line)
        if not m:
            sys.exit(f"bad line {fn}:{ln}: {line}")
        labs = sorted({ABBR[x] for x in m.group(2).split(",")}) if m.group(2) else []
        cur["turns"].append({"speaker": SPK[m.group(1)], "text": m.group(3), "labels": labs})
out = open("hand.jsonl", "w", encoding="utf-8")
for i, c in enumerate(calls, 1):
    labs = sorted({l for t in c["turns"] for l in t["labels"]})
    if c["hn"] and labs:
        sys.exit(f"hn on deceptive call {c['where']}")
    if not (6 <= len(c["turns"]) <= 25):
        sys.exit(f"turn count {len(c['turns'])} at {c['where']}")
    rec = {"id": f"w10-{i:04d}", "lang": "en", "deceptive": bool(labs), "labels": labs, "turns": c["turns"],
           "source": "writer:10", "scenario": c["scenario"], "hard_negative": c["hn"], "written": "hand"}
    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
out.close()
print(f"{len(calls)} hand calls, {sum(1 for c in calls if any(t['labels'] for t in c['turns']))} deceptive, "
      f"{sum(1 for c in calls if c['hn'])} hard negatives")
