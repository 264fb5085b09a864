#!/usr/bin/env python3
"""Convert the compact hand-written call files (src/h*.txt) into hand.jsonl."""
import json, os, re, sys, glob
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "hand.jsonl")
LET = {"p": "pressure", "k": "code_request", "b": "consent_bypass", "c": "cost_concealment",
       "r": "fake_reward", "x": "fake_cancellation", "z": "abuse"}
SPK = {"A": "agent", "C": "customer", "U": "unknown"}
calls = []
for fn in sorted(glob.glob(os.path.join(HERE, "h*.txt"))):
    cur = None
    for ln, line in enumerate(open(fn, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        if line.startswith("# "):
            parts = line[2:].split()
            cur = {"scenario": parts[0], "hn": parts[1] == "hn", "turns": [], "where": f"{fn}:{ln}"}
            calls.append(cur)
            continue
        m = re.match(r"^([ACU])(?:/([a-z]*))?: (.+)$", line)
        if not m:
            sys.exit(f"bad line {fn}:{ln}: {line}")
        labs = sorted({LET[c] for c in (m.group(2) or "")})
        cur["turns"].append({"speaker": SPK[m.group(1)], "text": m.group(3).strip(), "labels": labs})
with open(OUT, "w", encoding="utf-8") as f:
    for i, c in enumerate(calls, 1):
        labels = sorted({l for t in c["turns"] for l in t["labels"]})
        if c["hn"] and labels:
            sys.exit(f"hard negative with labels: {c['where']}")
        rec = {"id": f"w05-{i:04d}", "lang": "en", "deceptive": bool(labels), "labels": labels,
               "turns": c["turns"], "source": "writer:05", "scenario": c["scenario"],
               "hard_negative": c["hn"], "written": "hand"}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(calls), "hand calls ->", OUT)
