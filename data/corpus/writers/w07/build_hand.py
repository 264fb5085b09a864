#!/usr/bin/env python3
"""Convert hand-written source files hand_*.txt into hand.jsonl (written="hand")."""
import json, glob, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATTERNS = {"cost_concealment", "fake_cancellation", "fake_reward", "code_request",
            "consent_bypass", "pressure", "abuse"}
SPK = {"a": "agent", "c": "customer", "u": "unknown"}

def parse(path):
    calls, cur = [], None
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        if line.startswith("==="):
            parts = line[3:].split()
            cur = {"scenario": parts[0], "hn": "hn" in parts[1:], "turns": []}
            calls.append(cur)
            continue
        m = re.match(r"^([acu])((?:\|[a-z_]+)*)\|?:\s*(.*)$", line)
        if not m:
            sys.exit(f"{path}:{ln}: bad line: {line}")
        labs = [x for x in m.group(2).split("|") if x]
        for l in labs:
            if l not in PATTERNS:
                sys.exit(f"{path}:{ln}: unknown label {l}")
        cur["turns"].append({"speaker": SPK[m.group(1)], "text": m.group(3).strip().lower(),
                             "labels": sorted(set(labs))})
    return calls

def main():
    out = []
    for p in sorted(glob.glob(os.path.join(HERE, "hand_*.txt"))):
        out.extend(parse(p))
    with open(os.path.join(HERE, "hand.jsonl"), "w", encoding="utf-8") as f:
        for i, c in enumerate(out, 1):
            labels = sorted({l for t in c["turns"] for l in t["labels"]})
            rec = {"id": f"w07-{i:04d}", "lang": "en", "deceptive": bool(labels), "labels": labels,
                   "turns": c["turns"], "source": "writer:07", "scenario": c["scenario"],
                   "hard_negative": bool(c["hn"]) and not labels, "written": "hand"}
            if c["hn"] and labels:
                sys.exit(f"{c['scenario']}: hn flag on deceptive call")
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} hand calls")

if __name__ == "__main__":
    main()
