#!/usr/bin/env python3
"""Parse hand_src_*.txt (hand-written calls, compact format) into hand.jsonl.
Format: '## scenario [hn]' starts a call; turns 'A:|C:|U: text || code code'."""
import json, glob, sys
CODES = {'cc': 'cost_concealment', 'fc': 'fake_cancellation', 'fr': 'fake_reward',
         'cr': 'code_request', 'cb': 'consent_bypass', 'pr': 'pressure', 'ab': 'abuse'}
SPK = {'A': 'agent', 'C': 'customer', 'U': 'unknown'}

def parse():
    calls = []
    for fn in sorted(glob.glob('hand_src_*.txt')):
        cur = None
        for ln, line in enumerate(open(fn, encoding='utf-8'), 1):
            line = line.rstrip('\n')
            if not line.strip():
                continue
            if line.startswith('## '):
                parts = line[3:].split()
                cur = {'scenario': parts[0], 'hn': 'hn' in parts[1:], 'turns': []}
                calls.append(cur)
                continue
            sp, rest = line.split(':', 1)
            if sp not in SPK:
                sys.exit(f'{fn}:{ln}: bad speaker')
            labs = []
            if '||' in rest:
                rest, lab = rest.split('||')
                labs = sorted({CODES[c] for c in lab.split()})
            cur['turns'].append({'speaker': SPK[sp], 'text': rest.strip(), 'labels': labs})
    return calls

def main():
    out = []
    for i, c in enumerate(parse(), 1):
        labels = sorted({l for t in c['turns'] for l in t['labels']})
        if c['hn'] and labels:
            sys.exit(f"hard negative with labels: {c['scenario']}")
        out.append({'id': f'z08-{i:04d}', 'lang': 'zh', 'deceptive': bool(labels), 'labels': labels,
                    'turns': c['turns'], 'source': 'writer:z08', 'scenario': c['scenario'],
                    'hard_negative': c['hn'], 'written': 'hand'})
    with open('hand.jsonl', 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print('hand calls:', len(out))

if __name__ == '__main__':
    main()
