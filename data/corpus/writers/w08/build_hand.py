#!/usr/bin/env python3
"""Convert hand-written call blocks (hand_src/*.txt) into hand.jsonl.
Block format: first line '# scenario [hn]', then 'a:'/'c:'/'u:' turns, optional {P,CC} label suffix.
Blocks are separated by blank lines."""
import json, os, re, glob
HERE = os.path.dirname(os.path.abspath(__file__))
AB = {"P": "pressure", "CB": "consent_bypass", "CC": "cost_concealment", "FR": "fake_reward",
      "FC": "fake_cancellation", "CR": "code_request", "AB": "abuse"}
SPK = {"a": "agent", "c": "customer", "u": "unknown"}

def parse():
    calls = []
    for fn in sorted(glob.glob(os.path.join(HERE, "hand_src", "*.txt"))):
        blocks = re.split(r"\n\s*\n", open(fn, encoding="utf-8").read().strip())
        for bi, b in enumerate(blocks):
            lines = [l.rstrip() for l in b.strip().split("\n") if l.strip()]
            head = lines[0]
            assert head.startswith("#"), (fn, bi, head)
            parts = head[1:].split()
            scen, hn = parts[0], ("hn" in parts[1:])
            turns = []
            for l in lines[1:]:
                m = re.match(r"^([acu]):\s*(.*?)\s*(\{([A-Z,]+)\})?$", l)
                assert m, (fn, bi, l)
                labs = sorted({AB[x] for x in m.group(4).split(",")}) if m.group(4) else []
                turns.append({"speaker": SPK[m.group(1)], "text": m.group(2), "labels": labs})
            labels = sorted({x for t in turns for x in t["labels"]})
            assert not (hn and labels), (fn, bi, "hn on deceptive")
            calls.append({"lang": "en", "deceptive": bool(labels), "labels": labels, "turns": turns,
                          "source": "writer:08", "scenario": scen, "hard_negative": hn, "written": "hand"})
    return calls

if __name__ == "__main__":
    calls = parse()
    with open(os.path.join(HERE, "hand.jsonl"), "w", encoding="utf-8") as f:
        for i, c in enumerate(calls, 1):
            c = {"id": "w08-%04d" % i, **c}
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("hand calls:", len(calls))
