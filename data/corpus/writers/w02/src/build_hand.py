# Parse the hand-written DSL files (src/hand_*.txt) into hand.jsonl.
# Format: a call starts with "# scenario_name" optionally followed by " hn";
# turns: "A: text", "C: text", "U: text"; labels in brackets after speaker: "A[cc,pr]: text".
import json, re, glob, os
AB = {"cc": "cost_concealment", "fc": "fake_cancellation", "fr": "fake_reward", "cr": "code_request",
      "cb": "consent_bypass", "pr": "pressure", "ab": "abuse"}
SP = {"A": "agent", "C": "customer", "U": "unknown"}
here = os.path.dirname(os.path.abspath(__file__))
calls = []
for fn in sorted(glob.glob(os.path.join(here, "hand_*.txt"))):
    cur = None
    for ln, line in enumerate(open(fn, encoding="utf-8"), 1):
        line = line.rstrip("\n").strip()
        if not line:
            continue
        if line.startswith("#"):
            parts = line[1:].split()
            cur = {"scenario": parts[0], "hn": "hn" in parts[1:], "turns": []}
            calls.append(cur)
            continue
        m = re.match(r"^([ACU])(?:\[([a-z,]+)\])?:\s*(.+)$", line)
        if not m:
            raise SystemExit(f"{fn}:{ln}: bad line: {line}")
        labs = sorted({AB[x] for x in m.group(2).split(",")}) if m.group(2) else []
        cur["turns"].append({"speaker": SP[m.group(1)], "text": m.group(3), "labels": labs})
out = []
for i, c in enumerate(calls, 1):
    labs = sorted({l for t in c["turns"] for l in t["labels"]})
    if c["hn"] and labs:
        raise SystemExit(f"hard negative with labels: {c['scenario']}")
    out.append({"id": f"w02-{i:04d}", "lang": "en", "deceptive": bool(labs), "labels": labs,
                "turns": c["turns"], "source": "writer:02", "scenario": c["scenario"],
                "hard_negative": c["hn"], "written": "hand"})
with open(os.path.join(here, "..", "hand.jsonl"), "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out), "hand calls")
