#!/usr/bin/env python3
"""Validate w14 calls.jsonl and print counts."""
import json, re, sys, collections
PAT = {'cost_concealment', 'fake_cancellation', 'fake_reward', 'code_request', 'consent_bypass', 'pressure', 'abuse'}
path = sys.argv[1] if len(sys.argv) > 1 else 'calls.jsonl'
err = 0
def bad(n, msg):
    global err; err += 1; print('line %d: %s' % (n, msg))
ids = set(); pc = collections.Counter(); tot = hand = honest = hn = mono = 0; nturns = []
for n, line in enumerate(open(path, encoding='utf-8'), 1):
    try:
        c = json.loads(line)
    except Exception as e:
        bad(n, 'bad json %s' % e); continue
    tot += 1
    if c.get('id') != 'w14-%04d' % n: bad(n, 'id %r not in file order' % c.get('id'))
    if c.get('id') in ids: bad(n, 'duplicate id')
    ids.add(c.get('id'))
    if c.get('lang') != 'en': bad(n, 'lang')
    if c.get('source') != 'writer:14': bad(n, 'source')
    if not re.fullmatch(r'[a-z0-9]+(_[a-z0-9]+)*', c.get('scenario', '')): bad(n, 'scenario %r' % c.get('scenario'))
    if c.get('written') not in ('hand', 'generator'): bad(n, 'written')
    if not isinstance(c.get('hard_negative'), bool): bad(n, 'hard_negative')
    turns = c.get('turns') or []
    if not turns: bad(n, 'no turns')
    nturns.append(len(turns))
    u = set(); sp = set()
    for t in turns:
        if t.get('speaker') not in ('agent', 'customer', 'unknown'): bad(n, 'speaker %r' % t.get('speaker'))
        sp.add(t.get('speaker'))
        if not isinstance(t.get('text'), str) or not t['text'].strip(): bad(n, 'empty text')
        ls = t.get('labels', [])
        for l in ls:
            if l not in PAT: bad(n, 'unknown label %r' % l)
        if t.get('speaker') == 'customer' and ls: bad(n, 'customer turn labeled')
        u |= set(ls)
    if 'unknown' in sp and len(sp) > 1: bad(n, 'mix of unknown and known speakers')
    if sp == {'unknown'}: mono += 1
    if c.get('labels') != sorted(u): bad(n, 'labels != union of turn labels')
    if c.get('deceptive') != bool(u): bad(n, 'deceptive flag')
    if c.get('hard_negative') and u: bad(n, 'hard negative but deceptive')
    if len(turns) > 25: bad(n, 'more than 25 turns')
    hand += c.get('written') == 'hand'
    if not u: honest += 1; hn += bool(c.get('hard_negative'))
    for l in u: pc[l] += 1
print('calls', tot, 'hand', hand, 'generator', tot - hand)
print('honest', honest, '(%.1f%%)' % (100 * honest / max(tot, 1)), 'hard_negatives', hn, 'deceptive', tot - honest)
print('mono', mono, 'turns min/max', min(nturns), max(nturns))
for p in sorted(PAT): print('  %-18s %d' % (p, pc[p]))
print('errors', err)
sys.exit(1 if err else 0)
