#!/usr/bin/env python3
"""Validate calls.jsonl and print balance counts."""
import json, collections, sys
IDS = {'cost_concealment', 'fake_cancellation', 'fake_reward', 'code_request', 'consent_bypass', 'pressure', 'abuse'}
errs, calls, seen = [], [], set()
for n, line in enumerate(open('calls.jsonl', encoding='utf-8'), 1):
    try:
        c = json.loads(line)
    except Exception as e:
        errs.append(f'{n}: json {e}'); continue
    for k in ('id', 'lang', 'deceptive', 'labels', 'turns', 'source', 'scenario', 'hard_negative', 'written'):
        if k not in c: errs.append(f'{n}: missing {k}')
    if c['id'] in seen: errs.append(f'{n}: dup id')
    seen.add(c['id'])
    if c['lang'] != 'zh' or c['source'] != 'writer:z08' or c['written'] not in ('hand', 'generator'):
        errs.append(f'{n}: bad meta')
    if not c['turns'] or len(c['turns']) > 25: errs.append(f'{n}: turn count {len(c["turns"])}')
    u = set()
    for t in c['turns']:
        if t['speaker'] not in ('agent', 'customer', 'unknown'): errs.append(f'{n}: speaker')
        if not t['text'].strip(): errs.append(f'{n}: empty text')
        if t['labels'] != sorted(set(t['labels'])) or not set(t['labels']) <= IDS: errs.append(f'{n}: turn labels')
        u |= set(t['labels'])
    if c['labels'] != sorted(u): errs.append(f'{n}: call labels != union')
    if c['deceptive'] != bool(u): errs.append(f'{n}: deceptive flag')
    if c['hard_negative'] and u: errs.append(f'{n}: hard negative with labels')
    calls.append(c)
N = len(calls)
honest = [c for c in calls if not c['deceptive']]
hn = sum(c['hard_negative'] for c in honest)
hand = sum(c['written'] == 'hand' for c in calls)
per = collections.Counter(l for c in calls for l in c['labels'])
lens = collections.Counter(min(len(c['turns']) // 5 * 5, 25) for c in calls)
print(f'calls {N}  hand {hand} ({hand/N:.1%})  honest {len(honest)} ({len(honest)/N:.1%})  hard_neg {hn} ({hn/max(1,len(honest)):.1%} of honest)')
for k in sorted(IDS): print(f'  {k:18s} {per[k]}')
print('turn-length buckets', sorted(lens.items()), 'min', min(len(c['turns']) for c in calls), 'max', max(len(c['turns']) for c in calls))
ok = (not errs and 0.40 <= len(honest)/N <= 0.50 and hn*2 >= len(honest) and all(per[k] >= 40 for k in IDS)
      and hand*3 >= N and hand >= 135 and N >= 400)
for e in errs[:20]: print('ERR', e)
print('OK' if ok else 'FAIL')
sys.exit(0 if ok else 1)
