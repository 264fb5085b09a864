#!/usr/bin/env python3
"""Convert hand-written source blocks (src/hand_*.txt) into hand.jsonl.
Block format:
  = scenario_name [hn]
  A: agent text            (A[pr,code]: labeled agent turn)
  C: customer text
  U: unknown speaker text (e.g. recorded message)
"""
import json, re, glob, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ABBR = {"cc": "cost_concealment", "fc": "fake_cancellation", "fr": "fake_reward",
        "code": "code_request", "cb": "consent_bypass", "pr": "pressure", "ab": "abuse"}
SPK = {"A": "agent", "C": "customer", "U": "unknown"}
LINE = re.compile(r"^([ACU])(?:\[([a-z,]+)\])?:\s*(.+)$")

def parse():
    calls = []
    cur = None
    for fn in sorted(glob.glob(os.path.join(HERE, "src", "hand_*.txt"))):
        for n, raw in enumerate(open(fn, encoding="utf-8"), 1):
            line = raw.rstrip("\n").strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("="):
                parts = line[1:].split()
                cur = {"scenario": parts[0], "hn": "hn" in parts[1:], "turns": [], "where": f"{fn}:{n}"}
                calls.append(cur)
                continue
            m = LINE.match(line)
            if not m or cur is None:
                sys.exit(f"bad line {fn}:{n}: {line}")
            spk, labs, text = m.groups()
            labels = sorted({ABBR[x] for x in labs.split(",")}) if labs else []
            cur["turns"].append({"speaker": SPK[spk], "text": text, "labels": labels})
    return calls

def main():
    calls = parse()
    out = []
    for i, c in enumerate(calls, 1):
        labels = sorted({l for t in c["turns"] for l in t["labels"]})
        if c["hn"] and labels:
            sys.exit(f"hard negative with labels at {c['where']}")
        if not (5 <= len(c["turns"]) <= 30):
            sys.exit(f"turn count {len(c['turns'])} at {c['where']}")
        out.append({"id": f"w12-{i:04d}", "lang": "en", "deceptive": bool(labels), "labels": labels,
                    "turns": c["turns"], "source": "writer:12", "scenario": c["scenario"],
                    "hard_negative": c["hn"], "written": "hand"})
    with open(os.path.join(HERE, "hand.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"{len(out)} hand calls written")

if __name__ == "__main__":
    main()
