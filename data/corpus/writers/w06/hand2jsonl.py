#!/usr/bin/env python3
"""Convert hand_src/*.txt (compact hand-written call format) into hand.jsonl.

Format: calls separated by blank lines.
  @ scenario_name [hn]
  A: agent text            C: customer text           U: unknown speaker text
  A{fc,code}: labeled agent turn   (abbreviations below)
"""
import json, os, re, glob, sys
HERE = os.path.dirname(os.path.abspath(__file__))
AB = {"cc": "cost_concealment", "fc": "fake_cancellation", "fr": "fake_reward",
      "code": "code_request", "cb": "consent_bypass", "pr": "pressure", "ab": "abuse"}
SPK = {"A": "agent", "C": "customer", "U": "unknown"}
LINE = re.compile(r"^([ACU])(?:\{([a-z,]*)\})?:\s*(.+)$")

def parse(path):
    calls, cur = [], None
    for n, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("@"):
            parts = line[1:].split()
            cur = {"scenario": parts[0], "hn": "hn" in parts[1:], "turns": [], "where": f"{path}:{n}"}
            calls.append(cur)
            continue
        m = LINE.match(line)
        if not m or cur is None:
            sys.exit(f"bad line {path}:{n}: {line}")
        labs = sorted({AB[x] for x in m.group(2).split(",") if x}) if m.group(2) else []
        cur["turns"].append({"speaker": SPK[m.group(1)], "text": m.group(3), "labels": labs})
    return calls

def main():
    out = []
    for p in sorted(glob.glob(os.path.join(HERE, "hand_src", "*.txt"))):
        out.extend(parse(p))
    with open(os.path.join(HERE, "hand.jsonl"), "w", encoding="utf-8") as f:
        for i, c in enumerate(out, 1):
            labs = sorted({l for t in c["turns"] for l in t["labels"]})
            if c["hn"] and labs:
                sys.exit(f"hard negative with labels at {c['where']}")
            if len(c["turns"]) < 2:
                sys.exit(f"too short {c['where']}")
            rec = {"id": f"w06-{i:04d}", "lang": "en", "deceptive": bool(labs), "labels": labs,
                   "turns": c["turns"], "source": "writer:06", "scenario": c["scenario"],
                   "hard_negative": c["hn"], "written": "hand"}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(out), "hand calls")

if __name__ == "__main__":
    main()
