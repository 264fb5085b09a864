#!/usr/bin/env python3
"""Build hand.jsonl from the hand-written source files src/*.txt.
Format: blocks separated by blank lines. First line '# scenario | hn' or '# scenario'.
Turn lines: '<spk> [codes]: text' where spk in a,c,u and codes from the map below."""
import json, glob, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"fr": "fake_reward", "cc": "cost_concealment", "fc": "fake_cancellation", "cr": "code_request",
         "cb": "consent_bypass", "pr": "pressure", "ab": "abuse"}
SPK = {"a": "agent", "c": "customer", "u": "unknown"}
def parse(path):
    calls = []
    blocks = open(path, encoding="utf-8").read().strip().split("\n\n")
    for bi, b in enumerate(blocks):
        lines = [l for l in b.strip().split("\n") if l.strip()]
        head = lines[0]
        assert head.startswith("#"), (path, bi, head)
        parts = [p.strip() for p in head[1:].split("|")]
        scen = parts[0]; hn = len(parts) > 1 and parts[1] == "hn"
        turns = []
        for l in lines[1:]:
            pre, _, text = l.partition(":")
            toks = pre.split()
            assert toks and toks[0] in SPK, (path, l)
            labs = sorted({CODES[t] for t in toks[1:]})
            turns.append({"speaker": SPK[toks[0]], "text": text.strip(), "labels": labs})
        labels = sorted({x for t in turns for x in t["labels"]})
        if hn: assert not labels, (path, scen)
        calls.append({"scenario": scen, "hard_negative": hn, "turns": turns, "labels": labels})
    return calls
def main():
    out = []
    for p in sorted(glob.glob(os.path.join(HERE, "src", "*.txt"))):
        out.extend(parse(p))
    with open(os.path.join(HERE, "hand.jsonl"), "w", encoding="utf-8") as f:
        for i, c in enumerate(out, 1):
            rec = {"id": "w09-%04d" % i, "lang": "en", "deceptive": bool(c["labels"]), "labels": c["labels"],
                   "turns": c["turns"], "source": "writer:09", "scenario": c["scenario"],
                   "hard_negative": c["hard_negative"], "written": "hand"}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("hand calls:", len(out))
if __name__ == "__main__":
    main()
