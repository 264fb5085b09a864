import json, sys, os
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
P = {"abuse","code_request","consent_bypass","cost_concealment","fake_cancellation","fake_reward","pressure"}
ids=set(); n=0; errs=0; pc=Counter(); hon=hn=hand=0; lens=Counter()
for ln,line in enumerate(open(os.path.join(HERE,"calls.jsonl"),encoding="utf-8"),1):
    try: c=json.loads(line)
    except Exception as e: print("line",ln,"bad json",e); errs+=1; continue
    n+=1
    def err(m):
        global errs; errs+=1; print("line",ln,c.get("id"),m)
    for f in ["id","lang","deceptive","labels","turns","source","scenario","hard_negative","written"]:
        if f not in c: err("missing "+f)
    if c["id"] in ids: err("dup id")
    ids.add(c["id"])
    if c["id"]!="z05-%04d"%n: err("id sequence")
    if c["lang"]!="zh" or c["source"]!="writer:z05": err("lang/source")
    u=set()
    for t in c["turns"]:
        if t["speaker"] not in ("agent","customer","unknown"): err("speaker")
        if not t["text"].strip(): err("empty text")
        if "{" in t["text"] or "}" in t["text"]: err("unfilled placeholder")
        for l in t["labels"]:
            if l not in P: err("bad label "+l)
        if t["labels"]!=sorted(set(t["labels"])): err("turn labels unsorted")
        u|=set(t["labels"])
    if c["labels"]!=sorted(u): err("call labels != union")
    if c["deceptive"]!=bool(u): err("deceptive flag")
    if c["hard_negative"] and u: err("hn with labels")
    if c["written"] not in ("hand","generator"): err("written")
    pc.update(c["labels"]); lens[len(c["turns"])]+=1
    if not u: hon+=1; hn+=c["hard_negative"]
    hand+=c["written"]=="hand"
print(f"calls={n} errors={errs} hand={hand} honest={hon} ({hon/n:.1%}) hard_neg={hn} deceptive={n-hon}")
for p in sorted(P): print(f"  {p}: {pc[p]}")
print("turn lengths", min(lens), max(lens), sorted(lens.items()))
ok = errs==0 and hand>=135 and n>=400 and 0.40<=hon/n<=0.50 and hn*2>=hon and all(pc[p]>=40 for p in P)
print("BALANCE OK" if ok else "BALANCE FAIL")
