"""convert hand_*.txt (compact hand-written format) into hand.jsonl.
format:
=== scenario_name [hn]
a: agent text || cc,pr
c: customer text
u: unknown speaker text
codes: cc cost_concealment, fc fake_cancellation, fr fake_reward, cr code_request,
cb consent_bypass, pr pressure, ab abuse
"""
import json, glob, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"cc": "cost_concealment", "fc": "fake_cancellation", "fr": "fake_reward",
         "cr": "code_request", "cb": "consent_bypass", "pr": "pressure", "ab": "abuse"}
SPK = {"a": "agent", "c": "customer", "u": "unknown"}

def parse(path):
    calls, cur = [], None
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("==="):
            parts = line[3:].split()
            cur = {"scenario": parts[0], "hn": "hn" in parts[1:], "turns": []}
            calls.append(cur)
            continue
        k, _, rest = line.partition(":")
        if k not in SPK:
            sys.exit(f"{path}:{ln}: bad line {line!r}")
        text, _, labs = rest.partition("||")
        labels = sorted({CODES[x.strip()] for x in labs.split(",") if x.strip()})
        cur["turns"].append({"speaker": SPK[k], "text": text.strip(), "labels": labels})
    return calls

def main():
    out = []
    for p in sorted(glob.glob(os.path.join(HERE, "hand_*.txt"))):
        out.extend(parse(p))
    with open(os.path.join(HERE, "hand.jsonl"), "w", encoding="utf-8") as f:
        for i, c in enumerate(out, 1):
            labels = sorted({l for t in c["turns"] for l in t["labels"]})
            if c["hn"] and labels:
                sys.exit(f"hard negative with labels: {c['scenario']} #{i}")
            rec = {"id": f"w04-{i:04d}", "lang": "en", "deceptive": bool(labels), "labels": labels,
                   "turns": c["turns"], "source": "writer:04", "scenario": c["scenario"],
                   "hard_negative": c["hn"], "written": "hand"}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(out), "hand calls")

if __name__ == "__main__":
    main()
