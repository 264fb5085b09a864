"""Convert hand-written src/*.txt calls into hand.jsonl (stdlib only).
Format: '# scenario [hn]' header, then lines 'a|', 'c|', 'u|' optionally with tags: 'a p,cc| text'."""
import json, glob, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "hand.jsonl")
TAG = {"cc": "cost_concealment", "fc": "fake_cancellation", "fr": "fake_reward", "cr": "code_request",
       "cb": "consent_bypass", "p": "pressure", "ab": "abuse"}
SPK = {"a": "agent", "c": "customer", "u": "unknown"}
OK_TEXT = re.compile(r"^[a-z' ]+$")
calls, errs = [], []
for fn in sorted(glob.glob(os.path.join(HERE, "*.txt"))):
    cur = None
    for ln, line in enumerate(open(fn, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        if line.startswith("#"):
            parts = line[1:].split()
            cur = {"scenario": parts[0], "hard_negative": "hn" in parts[1:], "turns": [], "where": f"{fn}:{ln}"}
            calls.append(cur)
            continue
        head, _, text = line.partition("|")
        hp = head.split()
        spk = SPK[hp[0]]
        tags = sorted({TAG[t] for t in hp[1].split(",")}) if len(hp) > 1 else []
        text = text.strip()
        if not OK_TEXT.match(text):
            errs.append(f"{fn}:{ln} bad chars: {text!r}")
        cur["turns"].append({"speaker": spk, "text": text, "labels": tags})
out = []
for i, c in enumerate(calls, 1):
    labs = sorted({l for t in c["turns"] for l in t["labels"]})
    n = len(c["turns"])
    if not (6 <= n <= 20):
        errs.append(f"{c['where']} turn count {n}")
    if c["hard_negative"] and labs:
        errs.append(f"{c['where']} hn but labeled")
    out.append({"id": None, "lang": "en", "deceptive": bool(labs), "labels": labs, "turns": c["turns"],
                "source": "writer:01", "scenario": c["scenario"], "hard_negative": c["hard_negative"], "written": "hand"})
for e in errs:
    print("ERR", e)
with open(OUT, "w", encoding="utf-8") as f:
    for i, o in enumerate(out, 1):
        o["id"] = f"w01-{i:04d}"
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
from collections import Counter
pc = Counter(l for o in out for l in o["labels"])
print(len(out), "hand calls; honest", sum(not o["deceptive"] for o in out), "hn", sum(o["hard_negative"] for o in out))
print(dict(pc))
print("scenarios dup:", [k for k, v in Counter(o["scenario"] for o in out).items() if v > 1])
