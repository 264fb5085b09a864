#!/usr/bin/env python3
"""writer w14 corpus builder: parses hand-written calls (hand*.txt) and generates the rest.
python3 gen.py  -> calls.jsonl   (stdlib only, fixed seed)"""
import glob, json, random, re

SEED = 1414
R = random.Random(SEED)
AB = {'cc': 'cost_concealment', 'fc': 'fake_cancellation', 'fr': 'fake_reward', 'cr': 'code_request',
      'cb': 'consent_bypass', 'pr': 'pressure', 'ab': 'abuse'}
PAT = list(AB.values())
N_GEN = 206

def pick(xs):
    return R.choice(xs)

# ---------------------------------------------------------------- hand calls
def load_hand():
    calls = []
    for f in sorted(glob.glob('hand*.txt')):
        cur = None
        for line in open(f, encoding='utf-8'):
            line = line.rstrip('\n')
            if line.startswith('@'):
                _, sc, hn = line.split()
                cur = {'scenario': sc, 'hn': hn == '1', 'turns': [], 'written': 'hand'}
                calls.append(cur)
            elif line.strip():
                m = re.match(r'([acu])(?:\[([a-z,]+)\])?: (.*)$', line)
                sp = {'a': 'agent', 'c': 'customer', 'u': 'unknown'}[m.group(1)]
                labs = [AB[x] for x in m.group(2).split(',')] if m.group(2) else []
                cur['turns'].append({'speaker': sp, 'text': m.group(3), 'labels': sorted(set(labs))})
    return calls

# ---------------------------------------------------------------- asr noise
FILL = ['uh', 'um', 'uh', 'um', 'you know', 'like', 'uh', 'i mean', 'um']
def asr(text, p=0.35):
    w = text.split()
    out = []
    for i, x in enumerate(w):
        if i > 0 and R.random() < p * 0.12:
            out.append(pick(FILL))
        out.append(x)
        if R.random() < p * 0.04 and len(x) < 6:
            out.append(x)  # repeated word
    s = ' '.join(out)
    if R.random() < p * 0.25:
        s = pick(['uh ', 'um ', 'so ', 'yeah ', 'okay ', 'and uh ']) + s
    if R.random() < p * 0.12 and len(w) > 4:  # false start
        s = ' '.join(w[:2]) + ' ' + s
    return s

# ---------------------------------------------------------------- slots
NUM = ['five', 'eight', 'ten', 'twelve', 'fifteen', 'twenty', 'twenty five', 'thirty', 'forty', 'fifty']
PRICE_USD = ['nine ninety nine', 'fourteen ninety nine', 'nineteen dollars', 'twenty nine ninety nine', 'thirty five dollars',
             'forty nine dollars', 'fifty nine ninety nine', 'ninety nine dollars', 'one hundred nineteen dollars',
             'two hundred ninety nine dollars', 'three hundred ninety nine dollars', 'four hundred ninety nine dollars',
             'one thousand two hundred dollars', 'seven ninety nine a month', 'twelve dollars']
PRICE_CNY = ['ten yuan', 'twenty yuan', 'thirty yuan', 'fifty eight yuan', 'sixty eight yuan', 'eighty eight yuan',
             'one hundred twenty eight yuan', 'one hundred ninety nine yuan', 'two hundred ninety nine yuan']
NAMES = ['mister lee', 'miss garcia', 'mister brown', 'ma am', 'sir', 'miss zhang', 'mister liu', 'mrs walker', 'mister singh',
         'miss nguyen', 'mister obi', 'mrs kowalski', 'david', 'karen', 'mister huang', 'miss chen', 'auntie', 'uncle']
DIGITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
def digits(n):
    return ' '.join(pick(DIGITS) for _ in range(n))

SETTINGS = {
    'operator_west': dict(org=['your mobile network', 'customer care from your mobile provider', 'the loyalty team at your phone carrier',
                               'northtel mobile', 'the wireless company', 'your network provider', 'mobile customer services',
                               'the retentions department of your carrier', 'skyline wireless member services'],
                          cur='usd', thing='line'),
    'operator_china': dict(org=['china mobile customer service', 'the unicom service center', 'telecom customer service',
                                'the ten zero eight six member center', 'the mobile business hall', 'china telecom vip service'],
                           cur='cny', thing='number'),
    'broadband': dict(org=['your broadband provider', 'your internet company', 'the fiber team', 'your cable and internet provider',
                           'the home internet billing department', 'fastnet customer service'], cur='usd', thing='account'),
    'ecommerce': dict(org=['the online shopping customer center', 'your shopping app security team', 'the order department',
                           'the marketplace billing team', 'amazon customer service', 'the shop vip service'], cur='usd', thing='account'),
    'techsupport': dict(org=['the windows security department', 'technical support', 'the computer protection team',
                             'apple support', 'the antivirus renewal department', 'the it help desk'], cur='usd', thing='computer'),
}

def price(st):
    return pick(PRICE_CNY) if SETTINGS[st]['cur'] == 'cny' else pick(PRICE_USD)

# ---------------------------------------------------------------- banks: openers
OPEN_A = [
    'hello good {tod} this is {org} am i speaking with {name}',
    'hi {name} uh this is {org} calling do you have a minute',
    'hello hello yes this is {org} is this the owner of the number ending {d4}',
    'good {tod} {name} i m calling from {org} how are you today',
    'hi there sorry to bother you this is {org} um just a quick call about your {thing}',
    'hello is this {name} okay great this is calling from {org}',
    'yes hello {name} this is uh {org} calling about your {thing}',
    'hey {name} um so i m with {org} it s about your {thing} real quick',
]
OPEN_C = ['yes speaking', 'yeah who is this', 'uh yes', 'okay', 'yes what is it', 'hello yes', 'speaking', 'um yeah go ahead',
          'who', 'yeah i have a minute', 'what s this about', 'uh huh']
TOD = ['morning', 'afternoon', 'evening']

# ---------------------------------------------------------------- banks: patterns (agent) + customer replies
FR = [
    'congratulations you ve been rated a star user this year so as a thank you we re adding {n} g of extra data every month',
    'you ve been selected for our loyalty upgrade because you always pay on time so we re giving you {n} g and unlimited calls',
    'good news you re one of our premium members now so you get a free video membership and extra data added every month',
    'as a thank you for staying with us for {yrs} years we re giving you a gold member package with {n} g more data',
    'our system picked your {thing} for a special reward for old customers extra minutes and extra data every month',
    'you have been chosen as a vip customer this quarter so you get a free upgrade to our platinum tier',
    'we re calling our best customers only and you are one of them you won a free cloud membership and {n} g',
    'your account qualifies for a customer appreciation gift a free speed upgrade and a free streaming box',
    'because you re a five star user the company wants to reward you with a double data package',
    'you ve been chosen in our anniversary draw as a lucky customer so you get a free upgrade of your {thing}',
    'we are giving loyal users like you a thank you bonus of {n} g data every month for the whole year',
    'so you ve been uh selected for our premium member program it s only for a few customers and it comes with extra data and a music membership',
]
FR_C = ['oh okay', 'really why me', 'what s the catch', 'hmm okay', 'oh nice', 'okay and what do i have to do',
        'i didn t ask for anything', 'is it free', 'okay go on', 'that sounds too good']
CC = [
    'no change to your plan price it stays exactly the same',
    'your package tariff stays the same it s a gift nothing extra',
    'you won t even notice it on the bill it s basically nothing',
    'it s uh it s included in the loyalty program so you don t need to worry about the charges',
    'the monthly fee is the same as now more or less just a small service adjustment',
    'there s no extra cost well there s a tiny member fee but it s covered by the discount so it s like free',
    'it s all covered the difference is absorbed by the program you pay what you pay now',
    'don t worry about the price it s very small it will just be on the bill with everything else',
    'it s free madam just the the activation thing and then monthly it s very little you won t feel it',
    'the price it depends on taxes and things you ll see it on the bill it s nothing big',
    'same bill as always sir the new features are a bonus',
    'nothing extra at all just a small device line on the bill that doesn t really count',
]
CC_C = ['so how much is it exactly', 'is it free or not', 'what does that mean', 'but what do i pay', 'i d like a number please', 'okay',
        'that s not really an answer', 'hmm', 'so there is a fee', 'how much is the member fee']
FC_ITEM = ['video membership', 'premium video membership', 'cloud storage plan', 'music membership', 'phone insurance plan',
           'vip member service', 'antivirus subscription', 'sports channel add on', 'online shopping vip membership',
           'computer protection plan', 'roaming package', 'data booster pack', 'caller tune service']
FC = [
    'our records show a gifted {item} on your {thing} the free trial ends this week and from next month it starts charging {p}',
    'i m calling because your {item} is about to renew today for {p} if you don t cancel it',
    'there s a {item} that was added during a promotion and it will charge {p} automatically so i can cancel it for you now',
    'an order was placed on your account for {p} and it will be charged to your card unless we cancel it',
    'your free {item} from when you got your phone is expiring and it will auto renew at {p} every month shall i cancel it',
    'the system shows a pending charge of {p} for a {item} we can stop it right now on this call',
    'you were enrolled in the {item} by mistake and it charges {p} monthly we need to cancel it for you',
    'your {item} renews tonight for {p} i can cancel that on my side so you don t lose the money',
]
FC_C = ['i never signed up for that', 'what i don t have that', 'okay cancel it then', 'oh i didn t know', 'really since when',
        'yes please cancel it', 'i don t remember that', 'how did that happen']
FC_FOLLOW = ['yes many customers forget so i ll cancel it for you to avoid the charge', 'it s on the system sir it was auto enrolled i can cancel it now',
             'no problem i can stop it from my side right now', 'don t worry i ll take care of the cancellation for you']
CR = [
    'you ll get a text with a six digit code in a moment please read it to me',
    'to confirm it s you i m sending a verification code now just tell me the number you get',
    'please read me the code that just came to your phone all the digits',
    'the system sent you a one time password please read it back to me so i can finish',
    'you ll receive a message from one zero zero eight six with a code read that code to me',
    'just forward me the sms code that arrived and it s done',
    'there s a four digit pin on your screen now can you read it out for me',
    'for security please repeat the code from the text message you just got',
    'tell me the number you just got by text it starts with a {d1}',
    'please read the code on your screen so i can verify the account',
]
CR_C = ['uh it s {code}', 'wait the text says don t share this code', 'why do you need the code', 'um {code}',
        'i don t think i should share that', 'it says it s for a payment', 'hold on it just came', 'the message says never tell anyone']
CR_FOLLOW = ['and the rest', 'yes keep going', 'that s just a template message it s fine i m the staff', 'ok thank you']
CB = [
    'okay great so i ve activated it for you it starts next month',
    'alright i ll take that as a yes it s done',
    'no need to confirm i ll handle everything on my side',
    'perfect i ve already switched your plan you ll get a text soon',
    'i ve gone ahead and signed you up you don t have to do anything',
    'okay so i registered it for you it takes effect from the first',
    'don t worry i already put it on the account for you',
    'it s done i changed it for you so you don t have to come to the store',
    'i ll sign for you no need to come in it s the same thing',
    'great i ve also set up the new package for you while we re at it',
]
CB_PRE = ['hmm', 'um', 'i don t know', 'let me think', 'hmm okay i guess i need to ask my husband', 'mm', 'i ll think about it',
          'uh let me check first']
CB_C = ['wait i didn t say yes', 'what i didn t agree to anything', 'i said i d think about it', 'undo that please',
        'no no i never said yes', 'hold on what did you just do']
URGENT = [
    'i have to tell you first your number will be suspended tonight if we don t sort this out on this call',
    'this is urgent you have only ten minutes to confirm or your line will be cut off',
    'please listen carefully your account will be frozen today if you don t act now',
    'you need to do this right now or you will be charged a penalty tomorrow',
    'this is the final notice about your {thing} if you hang up the service stops today',
]
PITCH = ['so shall i set it up for you', 'so would you like to go ahead', 'so can i put you down for it', 'okay so we can do it now yes',
         'so what do you say', 'it s really worth it so let s go ahead']
PR = [
    'this offer is only for today if you hang up it s gone forever',
    'you must decide now the system closes at midnight',
    'if you don t do it now your number will be suspended tonight',
    'sir everyone is doing it you really should just take it now',
    'it s your last chance after this call i can t help you anymore',
    'if we don t finish in the next two minutes the charge goes through and there s no refund',
    'your service will be cut off tomorrow if you don t agree today',
    'only three left at this price i need you to decide right now',
    'but just listen one more time it s really the best deal you ll ever get',
    'i ll keep calling until you take it it s for your own good',
    'if you refuse the old plan will be stopped and you ll pay double next month',
    'you re going to regret this tomorrow when it s gone trust me',
]
PR_PRE = ['no thanks', 'i m not interested', 'no', 'i said no', 'i need to think about it', 'no thank you i m fine',
          'i ll call the official number', 'not today']
PR_C = ['i said no', 'stop please', 'i ll take my chances', 'no means no', 'okay okay', 'i still don t want it', 'please stop pushing', 'i don t care']
ABU = [
    'are you stupid or something it s very simple',
    'don t waste my time lady',
    'why are you so difficult honestly',
    'wow you really don t understand anything do you',
    'you people never listen no wonder you re overpaying idiot',
    'i m trying to help you and you act like a child',
    'seriously what is wrong with you just do what i say',
    'fine stay poor then i don t care',
    'you are wasting my time old man',
    'aiya how can you be so slow even a kid gets it',
    'shut up and listen for one second',
]
ABU_C = ['excuse me', 'don t talk to me like that', 'wow okay', 'that s rude', '', 'what did you just call me']
CLOSE_C = ['i m going to call the number on my bill', 'goodbye', 'i ll check with the store', 'no thanks bye', 'okay bye',
           'i ll ask my son first', 'let me check the app', 'whatever', 'please take me off your list']

def fmt(s, st, extra=None):
    o = dict(org=pick(SETTINGS[st]['org']), name=pick(NAMES), tod=pick(TOD), thing=SETTINGS[st]['thing'], d4=digits(4),
             d1=pick(DIGITS), n=pick(NUM), yrs=pick(['three', 'four', 'five', 'six', 'seven', 'ten']), p=price(st),
             item=pick(FC_ITEM), code=digits(R.choice([3, 4, 6])))
    if extra: o.update(extra)
    s = s.format(**o)
    return re.sub(r"\b(i|you|we|it|that|there|what|don|didn|won|isn|doesn|can|let|he|she|they|who|wasn|aren|haven|that)\s(m|ve|s|t|re|ll|d)\b", r"\1'\2", s)

def A(t, labs=(), st='operator_west', ex=None):
    return {'speaker': 'agent', 'text': asr(fmt(t, st, ex)), 'labels': sorted(set(labs))}
def C(t, st='operator_west', ex=None):
    return {'speaker': 'customer', 'text': asr(fmt(t, st, ex), 0.25), 'labels': []}

# robocall / ivr banks
IVR_FC = [
    'this is an automated message from {org} your {item} will renew today for {p} to cancel press one now',
    'an order for an apple iphone in the amount of {p} has been placed on your account press one to cancel this order',
    'your {item} has been charged {p} if you did not authorize this transaction press one to speak with a representative',
    'this is a notice that your annual {item} is set to auto renew for {p} press one to cancel and get a refund',
    'we detected a purchase of {p} on your account for a gaming laptop if this was not you press one now',
]
IVR_FR = [
    'congratulations you have been selected as a premium member and you have won {n} g of free data every month press one to claim',
    'this is {org} as one of our star users you qualify for a free loyalty upgrade press one now to receive your reward',
    'good news you have been chosen for our customer appreciation reward call us back to get your free upgrade',
]
IVR_PR = ['this is your final notice if you do not respond within twenty four hours the charge will be final',
          'failure to respond will result in suspension of your number', 'this offer expires today only act now',
          'your account will be locked within two hours if you do not respond']
IVR_CR = ['to verify your identity please enter or read out the six digit code we just sent you by text',
          'after the tone please say the verification code that was sent to your phone']
IVR_CC = ['there is no change to your plan price', 'your monthly bill stays the same it is completely free']

# ---------------------------------------------------------------- deceptive generator
ORDER = ['fr', 'fc', 'cc', 'cr', 'cb', 'pr', 'ab']

def gen_deceptive(pats, st, mono):
    turns = []
    lead_late = R.random() < 0.35
    turns.append(A(pick(OPEN_A), st=st)); turns.append(C(pick(OPEN_C), st=st))
    if lead_late:  # neutral talk first so deception appears late
        neutral = [('just checking you re happy with the service on your {thing}', ['yeah it s fine', 'it s okay i guess', 'mostly yeah']),
                   ('i see you ve been with us for a while thank you for that', ['sure', 'yeah a few years', 'okay']),
                   ('can you confirm your first name for me', ['it s {name}', 'uh it s on the account', 'yes it s me']),
                   ('how is the signal at your home these days', ['it s alright', 'sometimes bad in the kitchen', 'fine'])]
        for q, rs in R.sample(neutral, R.randint(1, 2)):
            turns.append(A(q, st=st)); turns.append(C(pick(rs), st=st))
    ordered = [p for p in ORDER if p in pats]
    urgent_first = 'pr' in ordered and R.random() < 0.3
    if urgent_first:  # urgency opener
        ordered.remove('pr')
        turns.append(A(pick(URGENT), ['pressure'], st)); turns.append(C(pick(['what why', 'oh no what happened', 'okay what do i do', 'suspended why']), st))
    OFFER = ['we have a new plan for you with more data and a free streaming membership',
             'i m calling about an upgrade on your {thing} faster speed and more minutes',
             'there s a new package for customers like you with double data and unlimited calls',
             'we want to move you to our five g plan it s much better than the one you have',
             'we have a family bundle that puts your mobile and internet together on one bill',
             'i can add a cloud storage membership and extra data to your {thing} today']
    OFFER_C = ['how much is it', 'okay and the price', 'what does it cost', 'is that more expensive', 'hmm okay', 'what s the price']
    if st == 'techsupport':
        OFFER = ['i can add our premium protection plan to your computer with cloud backup', 'we have a new security package for your computer that blocks all viruses']
    if not (set(ordered) & {'fr', 'fc'}) and set(ordered) & {'cc', 'cb', 'pr'}:
        turns.append(A(pick(OFFER), st=st)); turns.append(C(pick(OFFER_C), st))
    for p in ordered:
        if p == 'fr':
            turns.append(A(pick(FR), ['fake_reward'], st)); turns.append(C(pick(FR_C), st))
        elif p == 'fc':
            turns.append(A(pick(FC), ['fake_cancellation'], st)); turns.append(C(pick(FC_C), st))
            if R.random() < 0.5:
                turns.append(A(pick(FC_FOLLOW), ['fake_cancellation'], st)); turns.append(C(pick(['okay', 'fine', 'yes please', 'okay thanks']), st))
        elif p == 'cc':
            turns.append(A(pick(CC), ['cost_concealment'], st)); turns.append(C(pick(CC_C), st))
            if R.random() < 0.4:
                turns.append(A(pick(CC), ['cost_concealment'], st)); turns.append(C(pick(CC_C), st))
        elif p == 'cr':
            turns.append(A(pick(CR), ['code_request'], st)); turns.append(C(pick(CR_C), st))
            if R.random() < 0.4:
                turns.append(A(pick(CR_FOLLOW), ['code_request'], st)); turns.append(C(pick(['{code}', 'um okay {code}', 'no']), st))
        elif p == 'cb':
            turns.append(A(pick(['so that s the offer it s a really good one', 'so what do you think', 'so shall we go ahead',
                                 'it s a really good plan for you honestly']), st=st))
            turns.append(C(pick(CB_PRE), st))
            turns.append(A(pick(CB), ['consent_bypass'], st)); turns.append(C(pick(CB_C), st))
        elif p == 'pr':
            turns.append(A(pick(PITCH), st=st)); turns.append(C(pick(PR_PRE), st))
            turns.append(A(pick(PR), ['pressure'], st)); turns.append(C(pick(PR_C), st))
            if R.random() < 0.3:
                turns.append(A(pick(PR), ['pressure'], st)); turns.append(C(pick(PR_C), st))
        elif p == 'ab':
            turns.append(A(pick(ABU), ['abuse'], st))
            c = pick(ABU_C)
            if c: turns.append(C(c, st))
    if turns[-1]['speaker'] == 'agent' or R.random() < 0.4:
        if turns[-1]['speaker'] == 'customer':
            turns.append(A(pick(['okay your loss', 'fine', 'okay bye', 'thank you for your time', 'okay we ll call again']), st=st))
        turns.append(C(pick(CLOSE_C), st))
    if mono:
        for t in turns: t['speaker'] = 'unknown'
    return turns

def gen_robocall(pats, st, mono=True):
    parts = []
    if 'fr' in pats: parts.append((fmt(pick(IVR_FR), st), ['fake_reward']))
    if 'fc' in pats: parts.append((fmt(pick(IVR_FC), st), ['fake_cancellation']))
    if 'cc' in pats: parts.append((fmt(pick(IVR_CC), st), ['cost_concealment']))
    if 'cr' in pats: parts.append((fmt(pick(IVR_CR), st), ['code_request']))
    if 'pr' in pats: parts.append((fmt(pick(IVR_PR), st), ['pressure']))
    turns = []
    if R.random() < 0.5:  # merge everything into one long turn
        turns.append({'speaker': 'unknown', 'text': ' '.join(asr(t, 0.15) for t, _ in parts),
                      'labels': sorted(set(l for _, ls in parts for l in ls))})
    else:
        for t, ls in parts:
            turns.append({'speaker': 'unknown', 'text': asr(t, 0.15), 'labels': ls})
    return turns

# ---------------------------------------------------------------- honest generator
def H_renewal(st):
    item = pick(['annual membership', 'streaming plan', 'cloud storage plan', 'antivirus subscription', 'music membership', 'premium member plan'])
    p = price(st)
    t = [A(pick(['hi this is a courtesy call from {org} about your ' + item, 'hello {name} it s {org} just a reminder about your ' + item]), st=st),
         C(pick(['okay', 'oh yeah', 'uh huh', 'right']), st),
         A(pick(['it renews on the {day} for ' + p + ' same price as last time', 'your ' + item + ' renews next week and the price is ' + p,
                 'so the renewal is ' + p + ' on the {day} and it goes on the card you used before']), st=st, ex={'day': pick(['first', 'fifth', 'tenth', 'twentieth', 'thirtieth'])}),
         C(pick(['okay', 'hmm that s a lot', 'okay i ll keep it', 'i might cancel actually', 'do i need to do anything']), st),
         A(pick(['if you want to keep it you don t need to do anything and you can cancel any time in your account settings',
                 'you can turn off auto renew in the app yourself whenever you like we don t need anything from you on this call',
                 'nothing to do on the call if you want to cancel you can do it online and we will never ask for a code on the phone']), st=st),
         C(pick(['okay thanks', 'great thanks for the reminder', 'alright bye', 'okay good to know']), st)]
    return t
def H_upgrade_price(st):
    p = price(st)
    t = [A(pick(OPEN_A), st=st), C(pick(OPEN_C), st),
         A(pick(['we have a plan with {n} g more data it s ' + p + ' a month which is more than you pay now',
                 'i wanted to offer you the new five g plan it costs ' + p + ' every month that would be added to your bill',
                 'there s an add on with extra minutes and data for ' + p + ' per month on top of your current plan']), st=st),
         C(pick(['hmm how much more is that than now', 'okay is there a contract', 'what do i get for that']), st),
         A(pick(['it s the price i said on top of what you pay and no contract you can drop it any time',
                 'no contract and the price is fixed it will show as a separate line on the bill',
                 'you d get more data and calls and the price is exactly what i said nothing hidden']), st=st)]
    if R.random() < 0.5:
        t += [C(pick(['okay yes i want it', 'yes please add it', 'yeah okay go ahead i agree']), st),
              A(pick(['great just to confirm you said yes to ' + p + ' a month starting next bill i ve added it you ll get a text',
                      'okay thanks for the clear yes it s added and you can cancel in the app whenever']), st=st),
              C(pick(['thanks', 'okay bye', 'cool']), st)]
    else:
        t += [C(pick(['no thanks not now', 'i ll think about it', 'no i m fine with what i have']), st),
              A(pick(['no problem i won t change anything thanks for your time', 'sure nothing will change on your account have a nice day',
                      'okay if you change your mind you can do it in the app thanks']), st=st)]
    return t
def H_delivery(st):
    return [A(pick(['hi this is the driver from {courier} i have a parcel for you', 'hello {name} it s {courier} delivery about your order',
                    'hi i m with {courier} calling about a delivery today']), st=st, ex={'courier': pick(['speedline', 'parcelgo', 'quickship', 'expressline', 'the post office', 'citycourier'])}),
            C(pick(['oh yes', 'okay', 'yes hi', 'great']), st),
            A(pick(['just confirming the address is {addr}', 'is the address still {addr}', 'can you confirm the delivery address for me is it {addr}']), st=st,
              ex={'addr': pick(['twelve park road', 'four eighteen oak street', 'ninety one hill avenue apartment three', 'seven seven lake drive', 'two oh five main street'])}),
            C(pick(['yes that s right', 'yes but it s the side door', 'yeah that s it']), st),
            A(pick(['great i ll be there in about twenty minutes you don t need to give me anything', 'perfect i ll leave it at the door if no one answers',
                    'okay you ll get a text when i m close no codes needed from you just be around']), st=st),
            C(pick(['thanks', 'okay bye', 'thank you']), st)]
def H_support(st):
    issue = pick(['my internet keeps dropping', 'my phone has no signal at home', 'my voicemail isn t working', 'my laptop won t connect to the wifi',
                  'i can t send picture messages', 'the tv box keeps freezing'])
    return [A(pick(['thanks for calling support my name is {agent} how can i help', 'hi you re through to {agent} in tech support what s the problem']), st=st,
              ex={'agent': pick(['leo', 'sam', 'nadia', 'omar', 'beth', 'raj', 'lina'])}),
            C('hi ' + issue, st),
            A(pick(['okay let me look at your account can you confirm your name and address', 'sorry about that can you confirm your date of birth for me']), st=st),
            C(pick(['sure it s on the account under my name', 'yes it s the same address as always']), st),
            A(pick(['thanks i can see the problem i m resetting it from here now there s no charge for this',
                    'okay i found a setting that was off i ve turned it back on at no cost',
                    'i m pushing an update to the device it will restart once']), st=st),
            C(pick(['okay it works now', 'oh that fixed it', 'okay let me try yes it s working']), st),
            A(pick(['great if it happens again just call back', 'perfect anything else today', 'glad that s sorted have a good day']), st=st)]
def H_free_reward(st):
    return [A(pick(['hi this is {org} sorry about the outage in your area last week', 'hello it s {org} we had a billing error on our side last month']), st=st),
            C(pick(['oh yeah', 'okay', 'right']), st),
            A(pick(['so we ve added a credit of ten dollars to your account it s free and already done nothing for you to accept',
                    'everyone affected gets {n} g of free data this month only it s already on your line and it doesn t change your plan',
                    'we refunded the overcharge it will show on your next bill you don t need to do anything']), st=st),
            C(pick(['so it costs nothing', 'oh nice thanks', 'do i need to sign up for anything']), st),
            A(pick(['no it costs nothing and there s nothing to sign up for', 'nothing at all that s it thanks for your patience']), st=st)]
def H_cancel_requested(st):
    item = pick(['streaming subscription', 'music plan', 'cloud storage', 'extra data add on', 'sports package'])
    return [A(pick(['thanks for calling you re speaking with {agent}', 'hi this is {agent} how can i help today']), st=st, ex={'agent': pick(['rob', 'kim', 'ana', 'joe', 'mia'])}),
            C('hi i want to cancel my ' + item, st),
            A(pick(['sure can i have the email or phone number on the account', 'no problem can you confirm your full name']), st=st),
            C(pick(['yeah it s this number', 'it s on my name']), st),
            A('okay i see the ' + item + ' at ' + price(st) + ' a month do you want me to cancel it now', st=st),
            C(pick(['yes cancel it please', 'yes please']), st),
            A(pick(['done it s cancelled you won t be charged again and you ll get an email', 'okay it s cancelled from the end of this month you keep access till then']), st=st)]
def H_order_confirm(st):
    item = pick(['a dining table', 'a fridge', 'a laptop', 'a new phone', 'a washing machine', 'a sofa'])
    return [A('hi this is {org} calling about your order of ' + item, st=st),
            C(pick(['yes that was me', 'oh yes', 'okay']), st),
            A('the total was ' + price(st) + ' and it s already paid we just want to book the delivery day', st=st),
            C(pick(['okay how about friday', 'saturday morning works', 'any day next week']), st),
            A(pick(['great that s booked we won t ask for any payment details over the phone', 'okay booked you ll get an email confirmation']), st=st),
            C(pick(['thanks', 'perfect bye']), st)]
FRIEND = [
    [('did you see your phone bill this month', ''), ('yeah it went up by like {n} dollars', ''), ('they do that every year it s so annoying', ''),
     ('i m gonna switch to the cheap one honestly', ''), ('do it you never use that much data anyway', ''), ('says the guy who streams football on the bus', ''),
     ('hey that s important', '')],
    [('so i got that free trial of the video app', ''), ('how long is it free', ''), ('three months then it s like {p}', ''),
     ('set a reminder or you ll forget like last time', ''), ('i did not forget last time', ''), ('you paid for six months of a thing you never watched', ''), ('okay fine maybe once', '')],
    [('mom i added you to the family plan', ''), ('how much is it for me', ''), ('it s {p} for your line it s cheaper than before', ''),
     ('okay and i don t have to do anything', ''), ('no just keep your phone the number stays the same', ''), ('you re a good son', '')],
    [('the store guy tried to sell me the premium unlimited again', ''), ('did you fall for it this time', ''), ('no i asked the price and it was way too much', ''),
     ('look at you being smart for once', ''), ('shut up', ''), ('just kidding proud of you', '')],
    [('did you get that weird call about your amazon order', ''), ('yeah some robot saying press one to cancel an iphone', ''),
     ('i just hung up i didn t order any iphone', ''), ('same my brother says it s a scam going around', ''), ('yeah never press one', '')],
]
def H_friends(st):
    conv = pick(FRIEND)
    out = []
    for i, (t, _) in enumerate(conv):
        out.append({'speaker': 'agent' if i % 2 == 0 else 'customer', 'text': asr(fmt(t, st), 0.3), 'labels': []})
    return out
def H_code_warning(st):
    k = R.random() < 0.5
    return [A(pick(['hi this is {org} fraud team we saw a payment of {p} on your card', 'hello it s {org} security we flagged a card payment of {p}']) if k else
              pick(['hello it s {org} we noticed a login from a new device on your account', 'hi {org} here someone tried to sign in to your account from another city']), st=st),
            C(pick(['that wasn t me', 'what no i didn t do that']), st),
            A(pick(['okay i ve blocked the card you ll get a new one in the post', 'okay that payment is stopped and the card is frozen']) if k else
              pick(['okay i ve logged that device out and locked the account', 'okay i ve signed out every device please change your password in the app']), st=st),
            C(pick(['do you need a code from me', 'should i tell you the code i got']), st),
            A(pick(['no never tell anyone a code not even us we will never ask for it', 'no please don t read me any code you only type codes into the official app yourself']), st=st),
            C(pick(['okay thanks', 'good to know thanks']), st)]
def H_ivr(st):
    msgs = ['this is a reminder from {org} your bill of {p} is due on the fifteenth you can pay in the app we will never ask for a verification code',
            'hello this is {org} your order has shipped and will arrive on tuesday no action is needed',
            'this is {org} your subscription of {p} renews next month to cancel you can go to account settings any time',
            'hello this message is from {org} your new plan starts on monday as you requested the price is {p} per month thank you',
            'hi this is {org} we will never ask for your pin or one time code if someone calls asking for one please hang up']
    return [{'speaker': 'unknown', 'text': asr(fmt(pick(msgs), st), 0.1), 'labels': []}]
def H_plain(st):
    return [A(pick(['hi is this {name} it s {org} just returning your call about moving house', 'hello this is {org} your technician appointment is on thursday morning']), st=st),
            C(pick(['oh yes thanks', 'okay great']), st),
            A(pick(['we can move your internet to the new address on the first is that the date you wanted', 'the technician will arrive between eight and twelve is that still okay']), st=st),
            C(pick(['yes that works', 'yeah perfect']), st),
            A(pick(['great it s booked bye', 'okay see you then']), st=st)]

HONEST = [('renewal_reminder_with_price', H_renewal, True), ('upgrade_offer_price_stated', H_upgrade_price, True),
          ('delivery_address_confirm', H_delivery, True), ('support_fixes_issue', H_support, True),
          ('real_free_credit', H_free_reward, True), ('customer_requested_cancellation', H_cancel_requested, True),
          ('order_confirmation_call', H_order_confirm, True), ('friends_family_plan_talk', H_friends, True),
          ('fraud_team_code_warning', H_code_warning, True), ('ivr_honest_notice', H_ivr, True),
          ('plain_service_call', H_plain, False)]

SC_NAME = {'fr': 'reward_lure', 'fc': 'fake_pending_charge', 'cc': 'hidden_price', 'cr': 'code_request', 'cb': 'acts_without_consent',
           'pr': 'pressure', 'ab': 'abusive_agent'}

def main():
    hand = load_hand()
    calls = []
    for h in hand:
        calls.append({'scenario': h['scenario'], 'written': 'hand', 'turns': h['turns'], 'hn': h['hn']})
    count = {p: 0 for p in AB}
    for h in hand:
        for l in set(l for t in h['turns'] for l in t['labels']):
            count[[k for k, v in AB.items() if v == l][0]] += 1
    n_honest_gen = 94
    kinds = ['h'] * n_honest_gen + ['d'] * (N_GEN - n_honest_gen)
    R.shuffle(kinds)
    for k in kinds:
        st = pick(list(SETTINGS))
        mono = R.random() < 0.08
        if k == 'h':
            name, fn, hn = pick(HONEST)
            if name == 'fraud_team_code_warning' and st not in ('ecommerce', 'operator_west'): st = 'operator_west'
            turns = fn(st)
            if mono:
                for t in turns: t['speaker'] = 'unknown'
            calls.append({'scenario': name + '_' + st, 'written': 'generator', 'turns': turns, 'hn': hn})
        else:
            npat = R.choice([1, 1, 2, 2, 2, 3])
            # favour the least-covered patterns
            cand = sorted(AB, key=lambda p: count[p] + R.random() * 12)
            pats = set(cand[:npat])
            if 'fc' in pats and st in ('operator_west', 'operator_china') and R.random() < 0.3: st = pick(['ecommerce', 'techsupport'])
            if R.random() < 0.12 and not (pats & {'cb', 'ab'}):
                turns = gen_robocall(pats, st)
                sc = 'robocall_' + '_'.join(SC_NAME[p] for p in sorted(pats))
            else:
                turns = gen_deceptive(pats, st, mono)
                sc = st + '_' + '_'.join(SC_NAME[p] for p in sorted(pats))
            labs = set(l for t in turns for l in t['labels'])
            for p in AB:
                if AB[p] in labs: count[p] += 1
            calls.append({'scenario': sc, 'written': 'generator', 'turns': turns, 'hn': False})
    with open('calls.jsonl', 'w', encoding='utf-8') as f:
        for i, c in enumerate(calls, 1):
            labs = sorted(set(l for t in c['turns'] for l in t['labels']))
            rec = {'id': 'w14-%04d' % i, 'lang': 'en', 'source': 'writer:14', 'scenario': c['scenario'], 'written': c['written'],
                   'hard_negative': bool(c['hn']) and not labs, 'deceptive': bool(labs), 'labels': labs, 'turns': c['turns']}
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    print('wrote', len(calls))

if __name__ == '__main__':
    main()
