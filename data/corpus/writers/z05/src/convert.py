import json, glob, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
OK = {"cost_concealment","fake_cancellation","fake_reward","code_request","consent_bypass","pressure","abuse"}
SP = {"A":"agent","C":"customer","U":"unknown"}
calls = []
for fn in sorted(glob.glob(os.path.join(HERE, "h*.txt"))):
    cur = None
    for ln, line in enumerate(open(fn, encoding="utf-8"), 1):
        line = line.rstrip("\n").strip()
        if not line: continue
        if line.startswith("@"):
            parts = line[1:].split()
            cur = {"scenario": parts[0], "hn": "hn" in parts[1:], "turns": [], "where": f"{fn}:{ln}"}
            calls.append(cur); continue
        sp, _, rest = line.partition(":")
        if sp not in SP: sys.exit(f"bad speaker {fn}:{ln}: {line}")
        labs = []
        if " |" in rest:
            rest, _, lab = rest.rpartition(" |")
            labs = sorted(set(x.strip() for x in lab.split(",") if x.strip()))
            for l in labs:
                if l not in OK: sys.exit(f"bad label {fn}:{ln}: {l}")
        cur["turns"].append({"speaker": SP[sp], "text": rest.strip(), "labels": labs})
out = []
for i, c in enumerate(calls, 1):
    labs = sorted(set(l for t in c["turns"] for l in t["labels"]))
    if c["hn"] and labs: sys.exit(f"hard negative with labels at {c['where']}")
    if not (8 <= len(c["turns"]) <= 25): print("turn count", len(c["turns"]), c["where"])
    out.append({"id": "z05-%04d" % i, "lang": "zh", "deceptive": bool(labs), "labels": labs,
                "turns": c["turns"], "source": "writer:z05", "scenario": c["scenario"],
                "hard_negative": c["hn"], "written": "hand"})
with open(os.path.join(HERE, "..", "hand.jsonl"), "w", encoding="utf-8") as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
from collections import Counter
pc = Counter(l for o in out for l in o["labels"])
print(len(out), "hand calls; honest", sum(not o["deceptive"] for o in out), "hn", sum(o["hard_negative"] for o in out), dict(pc))
sc = Counter(o["scenario"] for o in out)
print("dup scenarios:", [k for k,v in sc.items() if v>1])
