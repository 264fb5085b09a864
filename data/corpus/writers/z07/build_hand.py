#!/usr/bin/env python3
"""Convert hand-written call sources (hand_*.txt) into hand.jsonl.
Format: '# scenario [hn]' header, then turn lines 'A|C|U[ code ...]: text', blank line between calls.
Codes: cc fc fr cr cb pr ab."""
import json, re, glob, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"cc": "cost_concealment", "fc": "fake_cancellation", "fr": "fake_reward", "cr": "code_request",
         "cb": "consent_bypass", "pr": "pressure", "ab": "abuse"}
SPK = {"A": "agent", "C": "customer", "U": "unknown"}
TURN = re.compile(r"^([ACU])((?: [a-z]{2})*): (.+)$")

def parse(path):
    calls, cur = [], None
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n").strip()
        if not line:
            continue
        if line.startswith("# "):
            parts = line[2:].split()
            cur = {"scenario": parts[0], "hn": "hn" in parts[1:], "turns": []}
            calls.append(cur)
            continue
        m = TURN.match(line)
        if not m or cur is None:
            sys.exit(f"{path}:{ln}: bad line: {line}")
        codes = m.group(2).split()
        for c in codes:
            if c not in CODES:
                sys.exit(f"{path}:{ln}: bad code {c}")
        cur["turns"].append({"speaker": SPK[m.group(1)], "text": m.group(3).strip(),
                             "labels": sorted(CODES[c] for c in codes)})
    return calls

def main():
    out = []
    for p in sorted(glob.glob(os.path.join(HERE, "hand_*.txt"))):
        out.extend(parse(p))
    rows = []
    for i, c in enumerate(out, 1):
        labels = sorted({l for t in c["turns"] for l in t["labels"]})
        if c["hn"] and labels:
            sys.exit(f"hard negative with labels: {c['scenario']}")
        rows.append({"id": f"z07-{i:04d}", "lang": "zh", "deceptive": bool(labels), "labels": labels,
                     "turns": c["turns"], "source": "writer:z07", "scenario": c["scenario"],
                     "hard_negative": c["hn"], "written": "hand"})
    with open(os.path.join(HERE, "hand.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"hand calls: {len(rows)}")

if __name__ == "__main__":
    main()
