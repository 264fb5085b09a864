#!/usr/bin/env python3
"""Writer 16 corpus builder: reads the hand-written calls, generates the rest, writes calls.jsonl.

Hand files: hand_deceptive.txt, hand_honest.txt ("@ scenario [hn]" + "A|C|U[codes]: text" lines).
Generated calls use the phrase banks below, seed 1616. Run: python3 gen.py
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 1616
N_GEN_DECEPTIVE = 132
N_GEN_HONEST = 130
# per-pattern call targets (quota plus margin) that steer which generated candidate is kept
TARGETS = {"cost_concealment": 105, "fake_reward": 105, "fake_cancellation": 62, "code_request": 62,
           "consent_bypass": 62, "pressure": 62, "abuse": 62}

CODES = {"cc": "cost_concealment", "fc": "fake_cancellation", "fr": "fake_reward", "code": "code_request",
         "cb": "consent_bypass", "pr": "pressure", "ab": "abuse"}
SPK = {"A": "agent", "C": "customer", "U": "unknown"}
LINE = re.compile(r"^([ACU])(?:\[([a-z,]+)\])?:\s*(.+)$")


# ---------------------------------------------------------------- hand files
def read_hand(path):
    calls, cur = [], None
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("@"):
                parts = line[1:].split()
                cur = {"scenario": parts[0], "hn": "hn" in parts[1:], "turns": []}
                calls.append(cur)
                continue
            m = LINE.match(line)
            if not m or cur is None:
                raise SystemExit(f"{path}:{n}: bad line: {line!r}")
            labs = [CODES[c] for c in m.group(2).split(",")] if m.group(2) else []
            cur["turns"].append((SPK[m.group(1)], m.group(3).strip(), labs))
    return calls


# ---------------------------------------------------------------- ASR-style transform
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
       "seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def num_words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + ("" if rest == 0 else " and " + num_words(rest))
    if n < 10000:
        rest = n % 1000
        return num_words(n // 1000) + " thousand" + ("" if rest == 0 else " " + num_words(rest))
    return " ".join(ONES[int(d)] for d in str(n))


SERVICE_NUMS = {
    "10086": ["ten oh oh eight six", "one zero zero eight six", "ten oh oh eight six", "ten zero eight six"],
    "10010": ["ten oh one oh", "one zero zero one zero", "ten ten"],
    "10000": ["ten thousand", "one zero zero zero zero"],
}
MISHEAR = [  # (pattern, replacement, probability)
    (r"\btariff\b", "terrific", 0.5), (r"\bpackage\b", "packet", 0.12), (r"\bunicom\b", "unicorn", 0.2),
    (r"\bmembership\b", "member ship", 0.3), (r"\bverification\b", "verify cation", 0.3),
    (r"\bloyal\b", "royal", 0.12), (r"\broaming\b", "rowing", 0.1), (r"\bstar user\b", "start user", 0.15),
    (r"\byuan\b", "you on", 0.08), (r"\bbroadband\b", "broad band", 0.3), (r"\bcode\b", "coat", 0.08),
    (r"\bgigs\b", "gene", 0.25), (r"\bcancel\b", "cancer", 0.05), (r"\btelecom\b", "tele com", 0.15),
]
FILLERS = ["uh", "um", "like", "you know", "uh", "um", "so"]


def asr(text, rng):
    t = text
    for k, opts in SERVICE_NUMS.items():
        t = t.replace(k, rng.choice(opts))

    def gig(m):
        n = int(m.group(1))
        form = rng.choice(["{w} gigs", "{w} g", "{w} gene", "{w} gigabytes", "{d} g", "{w} gigs"])
        return form.format(w=num_words(n), d=n)
    t = re.sub(r"\b(\d+)G\b(?! network| phone| package| plan| upgrade| family)", gig, t)
    t = re.sub(r"\b5G\b", "five g", t)
    t = re.sub(r"\b4G\b", "four g", t)
    t = re.sub(r"\b3G\b", "three g", t)
    t = re.sub(r"\b4K\b", "four k", t)
    t = t.replace("1,499", "1499").replace("3,096", "3096")

    def num(m):
        s = m.group(0)
        if "." in s:
            a, b = s.split(".")
            return num_words(int(a)) + " point " + " ".join(ONES[int(d)] for d in b)
        return num_words(int(s)) if rng.random() < 0.85 else s
    t = re.sub(r"\d+(?:\.\d+)?", num, t)
    t = t.lower().replace("'", "")
    t = re.sub(r"[^\w\s]", " ", t)
    t = re.sub(r"\s+", " ", t).strip()
    for pat, rep, p in MISHEAR:
        if rng.random() < p:
            t = re.sub(pat, rep, t, count=1)
    words = t.split()
    out = []
    for i, w in enumerate(words):
        if i > 0 and rng.random() < 0.07:
            out.append(rng.choice(FILLERS))
        out.append(w)
        if rng.random() < 0.04:
            out.append(w)  # repeated word / false start
    if out and rng.random() < 0.2:
        out.insert(0, rng.choice(["uh", "um", "so", "yeah", "okay so"]))
    return " ".join(out)


# ---------------------------------------------------------------- phrase banks
OPS = [("China Mobile", "10086"), ("China Unicom", "10010"), ("China Telecom", "10000"),
       ("your network", None), ("China Mobile", "10086"), ("your mobile operator", None)]
SURNAMES = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu"]
DATA = ["10G", "15G", "20G", "30G", "40G", "15G", "20G"]
SVC_PAID = ["video membership", "music membership", "colour ring-back tone", "cloud storage package",
            "phone insurance plan", "game membership", "news subscription", "reading membership",
            "caller ID display service", "video ringtone package"]


def op_intro(rng, op, num):
    last4 = "".join(rng.choice("0123456789") for _ in range(4))
    numtxt = f", {num}" if num else ""
    return rng.choice([
        f"Hello, this is {op} customer service{numtxt}.",
        f"Good morning, I'm calling from {op}{numtxt}.",
        f"Hi, {op} here. Am I speaking with the account holder?",
        f"Hello, is this the owner of the number ending {last4}? This is {op}.",
        f"Good afternoon, {op} customer care calling{numtxt}.",
        f"Hello, this is the {op} loyalty team{numtxt}.",
        f"Hi there, I'm calling on behalf of {op} about your account.",
        f"Hello, {op}{numtxt}, the service centre. Do you have a minute?",
    ])


GREET_REPLY = ["Yes.", "Speaking.", "Who is this?", "Yes, what's this about?", "Uh, yes?", "Okay.", "Yes, go ahead.",
               "Hello?", "Yeah, that's me."]


def leadins(rng, k, name):
    bank = [
        ("Is now a good time to talk for two minutes?", rng.choice(["I guess, go on.", "Quickly, please.", "Sure."])),
        ("Can you hear me clearly?", rng.choice(["Yes, I can hear you.", "Yeah, it's fine.", "A bit quiet, but yes."])),
        (f"I'm just checking, you're still on the {rng.choice([38, 58, 78, 98, 128])}-yuan package, right?",
         rng.choice(["I think so.", "Yes.", "I'm not sure, probably."])),
        ("How has your signal been at home lately?", rng.choice(["It's fine.", "Okay, sometimes weak.", "Why?"])),
        (f"I see you've been with us for {rng.choice([3, 5, 6, 8, 10, 12])} years.",
         rng.choice(["Something like that.", "Yes, a long time.", "Okay."])),
        (f"Just confirming your name, {rng.choice(['Mr.', 'Ms.'])} {name}?", rng.choice(["Yes.", "That's right.", "Yes, why?"])),
        ("Are you still using the same phone as last year?", rng.choice(["Yes.", "No, a new one.", "Why do you ask?"])),
        ("Do you use a lot of mobile data these days?", rng.choice(["Normal amount.", "Quite a lot.", "Not really."])),
    ]
    rng.shuffle(bank)
    out = []
    for a, c in bank[:k]:
        out += [("agent", a, []), ("customer", c, [])]
    return out


def gift(rng, data):
    return rng.choice([f"{data} of data every month", "a one-year video membership", "a free 4K TV box",
                       "unlimited calls for a year", "a free second SIM card for your family",
                       "a broadband speed upgrade to 500 megabits", "free roaming data for your next trip",
                       "a new 5G phone", f"{data} extra data and 300 minutes a month"])


def fr_line(rng, data, years):
    g = gift(rng, data)
    return rng.choice([
        f"Congratulations, you've been rated a star user this year, and as a thank-you we're adding {data} every month.",
        f"Because you're a loyal customer, you've been selected for a free upgrade: {g}.",
        f"As a thank-you for {years} years with us, we're giving you {g}.",
        f"You've been chosen for our VIP customer benefit, {g}, at no cost to you.",
        f"Our system picked your number for the anniversary reward: {g}.",
        f"You're one of our five-star users, so we have a special gift for you: {g}.",
        f"You qualify for the loyal customer appreciation package, {g}.",
        f"Good news, you've been selected as a star user, so we add {data} a month as a thank-you.",
        f"You were drawn in our customer lucky draw, and the prize is {g}.",
    ])


CC_SAME = [
    "Your package tariff stays the same, nothing extra.",
    "The monthly fee is unchanged, you won't notice it on the bill.",
    "It's a gift, there's nothing extra to pay.",
    "Your bill stays basically the same as now.",
    "It's all included, your tariff doesn't change.",
    "It's cost-neutral for you, the package just gets adjusted a little.",
    "Same price as now, we only add the benefit.",
    "Nothing changes on your side, the monthly fee is the same.",
]
CC_EVADE = [
    "It's really a small amount, you won't feel it.",
    "Don't worry about the price, most customers don't even notice.",
    "It depends on the bundle, I can't give an exact figure on the phone.",
    "It's part of the benefit, let's not get stuck on numbers.",
    "It's less than a cup of tea a month.",
    "You'll see the details on the bill later, it's nothing.",
    "It's folded into your package, so technically it's the same.",
    "It's a loyalty rate, very reasonable.",
    "It's a gift, a gift, why would I charge you for a gift?",
    "There's a small service fee but the promotion covers most of it.",
    "Let's just say it's arranged so you won't feel it.",
]
PRICE_Q = ["Is it free?", "How much does it cost?", "So what do I pay per month?", "Free or not free?",
           "Is there any monthly fee?", "What's the catch?", "What's the exact price?", "Does my bill go up?",
           "So is it really free?", "How much more per month?"]
PRICE_Q2 = ["That's not an answer. How much?", "I asked for a number.", "Free or not?", "So I do pay something?",
            "Just tell me the price.", "You didn't answer me."]
CB = [
    "Okay, I've activated it for you.",
    "No need to confirm, I'll handle it.",
    "I'll sign for you, it's just a formality.",
    "It's already processed on my side.",
    "I'll take that as a yes, it's on from next month.",
    "I've put it on your account, you can cancel later if you don't like it.",
    "Don't worry, I've registered it for you already.",
    "Good, I'll go ahead and switch you over now.",
]
PR = [
    "This offer is only for today; after tonight it's gone.",
    "You must decide now, I can't hold it for you.",
    "If you don't accept, your current package will be cancelled and your number may be suspended.",
    "Everyone in your area has taken it, you'll be left on the old network.",
    "If you hang up now you lose it forever.",
    "Think again, this is really the best offer, you need to take it today.",
    "The system closes at midnight, after that I can't do anything for you.",
    "Your current package is being discontinued, so you have to switch today.",
    "Only three places are left, I need your answer right now.",
]
AB = [
    "Are you stupid? I just explained it.",
    "Don't waste my time.",
    "Why are you so difficult? I'm trying to help you.",
    "You don't understand anything, just listen to me.",
    "People like you are why this job is so hard.",
    "Fine, stay on your useless old plan then.",
    "What's wrong with you? It's a gift!",
    "Stop asking silly questions and listen.",
    "You're too old to understand this, let me decide.",
]
REFUSE = ["No, thank you.", "I'm not interested.", "No, I don't want it.", "I said no.", "Please don't add anything.",
          "No. Please stop.", "I don't need it."]
THINK = ["I want to think about it.", "I'll check the app first.", "Let me ask my husband.", "Let me ask my wife.",
         "I'll call 10086 myself.", "Can you send it in writing?"]
HMM = ["Hmm.", "Uh...", "Mm.", "Well...", "Um, hmm.", "I don't know..."]
REACT = ["Oh, nice.", "Okay, what is it?", "Really?", "Oh. What's the catch?", "Why me?", "Okay...", "Huh."]


def code_line(rng, op, num):
    who = num or op
    return rng.choice([
        f"{who} will text you a six-digit code now, please read it to me.",
        "You'll receive a verification code; tell me the numbers so I can confirm.",
        "Please read me the code you just got by SMS.",
        "I need the code from the text message to finish, just read it out.",
        "Forward me the code you received, it's for our internal system.",
        "Tell me the number you just got and we're done.",
        f"A code from {who} is coming now, just repeat it to me.",
    ])


CODE_AGAIN = ["It's only for verification, it's normal, just read it.",
              "The message says don't share it, but that doesn't apply to us, we are the operator.",
              "Just the six digits, quickly, the system is waiting.",
              "Everyone does this, read me the code please."]
CODE_DOUBT = ["Why do you need that?", "The text says don't share it with anyone.", "You should already have it.",
              "I don't think I should.", "Hold on, is this a scam?"]


def fc_line(rng, svc, price):
    big = rng.choice(["1,499", "899", "2,380", "599"])
    return rng.choice([
        f"A gifted {svc} on your number starts charging next month at {price} yuan. Shall I cancel it for you?",
        f"Your free trial of the {svc} ends today; from tomorrow it's {price} yuan a month. I can cancel it now.",
        f"Our system shows a {svc} was opened on your line by mistake, it will be billed {price} yuan a month.",
        f"Your account will be charged {big} for an order placed today. If it wasn't you, I can cancel it.",
        f"There's a pending charge of {price} yuan for a {svc} on this month's bill; I can stop it for you.",
        f"You still have the {svc} from your old contract, it renews tonight at {price} yuan a month.",
    ])


FC_AGAIN = ["It was added automatically when you renewed. Do you want me to cancel it before the charge?",
            "Many customers got it by mistake, I can cancel it for free right now.",
            "It came with your last package as a gift, now it turns paid. I'll cancel it if you like.",
            "Yes, it's on your line, I can see it here. Shall I stop it?"]
FC_DENY = ["I never ordered that.", "What? I don't have that.", "I don't remember signing up.", "Oh no, cancel it.",
           "That's not mine."]
FC_YES = ["Yes, cancel it please.", "Okay, cancel it.", "Please stop it.", "Yes, do it."]


# ---------------------------------------------------------------- deceptive builders
def t(s, x, *labs):
    return (s, x, list(labs))


def d_reward_upsell(rng):
    op, num = rng.choice(OPS)
    data, name = rng.choice(DATA), rng.choice(SURNAMES)
    tu = [t("agent", op_intro(rng, op, num)), t("customer", rng.choice(GREET_REPLY))]
    tu += leadins(rng, rng.choice([0, 0, 1, 2, 3]), name)
    tu += [t("agent", fr_line(rng, data, rng.choice([5, 8, 10])), "fake_reward"), t("customer", rng.choice(REACT))]
    tu += [t("agent", rng.choice(CC_SAME), "cost_concealment"), t("customer", rng.choice(PRICE_Q))]
    tu += [t("agent", rng.choice(CC_EVADE), "cost_concealment")]
    if rng.random() < 0.45:
        tu += [t("customer", rng.choice(PRICE_Q2)), t("agent", rng.choice(CC_EVADE), "cost_concealment")]
    tail = rng.choice(["hmm_cb", "push", "push_ab", "code", "think_pr", "ab", "end"])
    if tail == "hmm_cb":
        tu += [t("customer", rng.choice(HMM)), t("agent", rng.choice(CB), "consent_bypass")]
        if rng.random() < 0.5:
            tu += [t("customer", "Wait, I didn't say yes."),
                   t("agent", rng.choice(["It's already on the system.", "Too late, it's done, enjoy it."]), "consent_bypass")]
    elif tail in ("push", "push_ab"):
        tu += [t("customer", rng.choice(REFUSE)), t("agent", rng.choice(PR), "pressure")]
        if tail == "push_ab":
            tu += [t("customer", rng.choice(REFUSE)), t("agent", rng.choice(AB), "abuse")]
    elif tail == "code":
        tu += [t("agent", "To activate the gift: " + code_line(rng, op, num), "code_request"),
               t("customer", rng.choice(CODE_DOUBT))]
        tu += [t("agent", rng.choice(CODE_AGAIN), "code_request")] if rng.random() < 0.6 else \
              [t("agent", rng.choice(AB), "abuse")]
    elif tail == "think_pr":
        tu += [t("customer", rng.choice(THINK)), t("agent", rng.choice(PR), "pressure")]
    elif tail == "ab":
        tu += [t("customer", rng.choice(PRICE_Q2)), t("agent", rng.choice(AB), "abuse")]
    else:
        tu += [t("customer", rng.choice(THINK + REFUSE))]
    return "gen_reward_upsell", tu


def d_fake_cancel(rng):
    op, num = rng.choice(OPS)
    svc, price = rng.choice(SVC_PAID), rng.choice([15, 19, 25, 29, 30, 39, 49, 68])
    tu = [t("agent", op_intro(rng, op, num)), t("customer", rng.choice(GREET_REPLY))]
    tu += leadins(rng, rng.choice([0, 0, 1, 2]), rng.choice(SURNAMES))
    tu += [t("agent", fc_line(rng, svc, price), "fake_cancellation"), t("customer", rng.choice(FC_DENY))]
    if rng.random() < 0.6:
        tu += [t("agent", rng.choice(FC_AGAIN), "fake_cancellation"), t("customer", rng.choice(FC_YES))]
    tail = rng.choice(["code", "code", "code_pr", "code_ab", "code_ab", "cb_switch", "pr"])
    if tail.startswith("code"):
        tu += [t("agent", code_line(rng, op, num), "code_request"), t("customer", rng.choice(CODE_DOUBT))]
        if tail == "code":
            tu += [t("agent", rng.choice(CODE_AGAIN), "code_request")]
        elif tail == "code_pr":
            tu += [t("agent", rng.choice(["Hurry, the charge runs at midnight and can't be refunded.",
                                          "If you don't give it now the fee goes through tonight."]), "pressure")]
        else:
            tu += [t("agent", rng.choice(AB), "abuse")]
    elif tail == "cb_switch":
        tu += [t("agent", rng.choice(["Done, cancelled. I've also moved you to the new package to make up for it.",
                                      "Cancelled. And I've added the replacement plan for you, no need to confirm."]),
                 "consent_bypass")]
    else:
        tu += [t("customer", rng.choice(THINK)),
               t("agent", rng.choice(["If you wait, the charge goes through tonight and can't be refunded.",
                                      "I can only stop it during this call."]), "pressure")]
    return "gen_fake_cancellation", tu


def d_code_gift(rng):
    op, num = rng.choice(OPS)
    data = rng.choice(DATA)
    tu = [t("agent", op_intro(rng, op, num)), t("customer", rng.choice(GREET_REPLY))]
    tu += leadins(rng, rng.choice([0, 1, 2]), rng.choice(SURNAMES))
    tu += [t("agent", rng.choice([f"You've received {data} of bonus data for being a star user.",
                                  f"As a thank-you, we're giving you {data} this month, you've been selected.",
                                  f"You've won {data} of data in our anniversary draw."]), "fake_reward"),
           t("customer", rng.choice(REACT))]
    tu += [t("agent", code_line(rng, op, num), "code_request"), t("customer", rng.choice(CODE_DOUBT))]
    r = rng.random()
    if r < 0.4:
        tu += [t("agent", rng.choice(CODE_AGAIN), "code_request"), t("customer", rng.choice(REFUSE)),
               t("agent", rng.choice(AB), "abuse")]
    elif r < 0.7:
        tu += [t("agent", rng.choice(CODE_AGAIN), "code_request")]
    else:
        tu += [t("agent", rng.choice(AB), "abuse")]
    return "gen_code_for_gift", tu


PITCHES = [
    ("a 5G upgrade", "129"), ("the unlimited data plan", "99"), ("a broadband speed upgrade", "30 more"),
    ("the family package", "158"), ("a new contract phone", "199"), ("the 4K TV channel pack", "20"),
    ("the roaming pack for your trip", "60"), ("the video membership", "15"),
]


def d_push_after_no(rng):
    op, num = rng.choice(OPS)
    what, price = rng.choice(PITCHES)
    tu = [t("agent", op_intro(rng, op, num)), t("customer", rng.choice(GREET_REPLY))]
    tu += leadins(rng, rng.choice([0, 1, 2]), rng.choice(SURNAMES))
    if rng.random() < 0.5:
        tu += [t("agent", rng.choice(["You've been selected as one of our star users this month.",
                                      "As a thank-you for your loyalty, you've been chosen for a special offer.",
                                      "Good news, your number was picked for our VIP customer upgrade."]), "fake_reward"),
               t("customer", rng.choice(REACT))]
    tu += [t("agent", f"I'm calling about {what}, it's {price} a month. Would you like it?"),
           t("customer", rng.choice(REFUSE))]
    if rng.random() < 0.5:
        tu += [t("agent", rng.choice(["May I ask why?", "Can I just tell you what's included?",
                                      "Would you like me to text you the details?"])),
               t("customer", rng.choice(REFUSE))]
    tu += [t("agent", rng.choice(PR), "pressure"), t("customer", rng.choice(REFUSE))]
    end = rng.choice(["ab", "ab", "pr", "cb", "pr_ab"])
    if end == "ab":
        tu += [t("agent", rng.choice(AB), "abuse")]
    elif end == "pr":
        tu += [t("agent", rng.choice(PR), "pressure")]
    elif end == "cb":
        tu += [t("agent", rng.choice(["I'll put it on anyway, you'll thank me later.",
                                      "I've already signed you up, you can cancel next month."]), "consent_bypass")]
    else:
        tu += [t("agent", rng.choice(PR), "pressure"), t("customer", "Stop calling me."),
               t("agent", rng.choice(AB), "abuse")]
    return "gen_push_after_no", tu


def d_silent_activation(rng):
    op, num = rng.choice(OPS)
    data = rng.choice(DATA)
    tu = [t("agent", op_intro(rng, op, num)), t("customer", rng.choice(GREET_REPLY))]
    tu += leadins(rng, rng.choice([0, 1, 2, 3]), rng.choice(SURNAMES))
    if rng.random() < 0.5:
        tu += [t("agent", rng.choice(["Because you're a loyal customer, we have a thank-you upgrade for you.",
                                      "You've been rated a star user, so you get our loyalty benefit."]), "fake_reward"),
               t("customer", rng.choice(REACT))]
    tu += [t("agent", rng.choice([f"We're upgrading you to the premium pack with {data} and a video app, your bill stays the same.",
                                  f"We're adding {data} and unlimited calls, and the monthly fee is unchanged.",
                                  "We're moving you to the new 5G package, same price as now, nothing extra."]),
             "cost_concealment"),
           t("customer", rng.choice(HMM)), t("agent", rng.choice(CB), "consent_bypass")]
    if rng.random() < 0.6:
        tu += [t("customer", rng.choice(["I didn't agree to that.", "Wait, I said hmm, not yes.", "Undo it, please."])),
               t("agent", rng.choice(["It's done already, you can cancel it next month.",
                                      "No need to undo, it's good for you, it stays on."]), "consent_bypass")
               if rng.random() < 0.5 else t("agent", rng.choice(AB), "abuse")]
    return "gen_silent_activation", tu


DEVICES = [("a new 4K TV box", "the channel pack goes with it"), ("a new 5G phone", "you keep a small package"),
           ("a free router and fiber upgrade", "there's a small material fee"),
           ("a free smart watch", "the watch SIM has a small monthly fee")]


def d_free_device(rng):
    op, num = rng.choice(OPS)
    dev, hidden = rng.choice(DEVICES)
    tu = [t("agent", op_intro(rng, op, num)), t("customer", rng.choice(GREET_REPLY))]
    tu += leadins(rng, rng.choice([0, 1, 2]), rng.choice(SURNAMES))
    tu += [t("agent", rng.choice([f"As a loyal customer you get {dev} for free, we deliver it this week.",
                                  f"You've been selected for {dev}, totally free, as a thank-you."]), "fake_reward"),
           t("customer", rng.choice(["Free? No monthly fee?", "Really free?", "What's the condition?"])),
           t("agent", f"The device is free, {hidden}, but it's nothing, you'll barely notice.", "cost_concealment"),
           t("customer", rng.choice(PRICE_Q + PRICE_Q2)),
           t("agent", rng.choice(CC_EVADE), "cost_concealment"), t("customer", rng.choice(REFUSE + THINK))]
    tu += [t("agent", rng.choice(CB), "consent_bypass")] if rng.random() < 0.5 else \
          [t("agent", rng.choice(PR), "pressure")]
    return "gen_free_device_hidden_fee", tu


def d_mono(rng):
    op, num = rng.choice(OPS)
    data, svc = rng.choice(DATA), rng.choice(SVC_PAID)
    price = rng.choice([19, 25, 30, 39, 49])
    intro = [t("unknown", rng.choice([f"This is an automated message from {op}.", f"Dear customer, this is {op}.",
                                      "Hello, this is a message for the account holder of this number."]))]
    kind = rng.choice(["reward", "reward", "cancel", "cancel", "suspend", "reward_auto"])
    if kind == "reward":
        body = [t("unknown", fr_line(rng, data, 10), "fake_reward"), t("unknown", rng.choice(CC_SAME), "cost_concealment"),
                t("unknown", "Press 1 to accept. " + rng.choice(["This offer ends tonight.", "Only for the next hour."]),
                  "pressure")]
    elif kind == "reward_auto":
        body = [t("unknown", fr_line(rng, data, 10), "fake_reward"), t("unknown", rng.choice(CC_SAME), "cost_concealment"),
                t("unknown", "If you do nothing, the package will be activated for you automatically.", "consent_bypass")]
    elif kind == "cancel":
        body = [t("unknown", fc_line(rng, svc, price).replace("I can", "Press 1 and our agent can")
                  .replace("Shall I cancel it for you?", "Press 1 to cancel it."), "fake_cancellation"),
                t("unknown", rng.choice(["Our agent will ask for the code we text you to confirm the cancellation.",
                                         "Please have the verification code ready to read to our agent."]), "code_request")]
        if rng.random() < 0.5:
            body.append(t("unknown", "After today the charge cannot be stopped.", "pressure"))
    else:
        body = [t("unknown", rng.choice(["Your number will be suspended within two hours due to abnormal usage.",
                                         "Your real-name verification has failed and your line will be cut tonight."]),
                  "pressure"),
                t("unknown", "To keep your number, press 1 and tell our agent the six-digit code we just sent you.",
                  "code_request")]
    return "gen_mono_robocall", (intro if rng.random() < 0.6 else []) + body


D_BUILDERS = [(d_reward_upsell, 31), (d_fake_cancel, 34), (d_code_gift, 14), (d_push_after_no, 14),
              (d_silent_activation, 11), (d_free_device, 12), (d_mono, 17)]


# ---------------------------------------------------------------- honest builders
def h_renewal(rng):
    op, num = rng.choice(OPS[:3])
    old = rng.choice([38, 58, 68, 78, 98])
    new = old + rng.choice([5, 10, 12, 20])
    data = rng.choice(DATA)
    tu = [t("agent", op_intro(rng, op, num)), t("customer", rng.choice(GREET_REPLY))]
    tu += leadins(rng, rng.choice([0, 1, 2]), rng.choice(SURNAMES))
    tu += [t("agent", f"Your contract ends at the end of this month. If you renew, the package is {new} yuan a month "
                      f"instead of {old}, with {data} of data. Would you like to renew?")]
    if rng.random() < 0.55:
        tu += [t("customer", rng.choice(["Yes, renew it.", "Okay, yes.", "Fine, yes please."])),
               t("agent", f"Thank you. To confirm: {new} yuan a month from the 1st. You'll get a text with the details.")]
    else:
        tu += [t("customer", rng.choice(REFUSE + THINK)),
               t("agent", f"No problem. If you don't renew, you stay month-to-month at {old}. Nothing changes unless you ask.")]
    return "gen_renewal_new_price", tu, True


def h_topup(rng):
    op, num = rng.choice(OPS[:3])
    data, price = rng.choice([("10G", 30), ("5G", 20), ("20G", 50), ("15G", 40)])
    first = [t("customer", rng.choice(["Hi, I ran out of data.", "I need more data this month.", "Can I buy extra data?"]))] \
        if rng.random() < 0.5 else [t("agent", op_intro(rng, op, num) + " You asked about extra data."),
                                    t("customer", "Yes.")]
    tu = first + [t("agent", f"There's a top-up pack: {data.replace('5G', '5 gigabytes')} for {price} yuan, valid until "
                             f"the end of the month. Do you want it?"),
                  t("customer", rng.choice(["Yes.", "Yes, please.", "Okay, add it."])),
                  t("agent", f"Added. {price} yuan will be on this month's bill. You'll get a confirmation text.")]
    return "gen_data_topup_plain_price", tu, True


def h_price_notice(rng):
    op, num = rng.choice(OPS[:3])
    old = rng.choice([39, 59, 99, 119])
    new = old + rng.choice([5, 6, 10])
    thing = rng.choice(["your mobile package", "your broadband", "your TV channel pack", "your family plan"])
    if rng.random() < 0.45:
        tu = [t("unknown", f"This is a service notice from {op}."),
              t("unknown", f"From next month, the price of {thing} goes up from {old} to {new} yuan a month."),
              t("unknown", "If you'd like to change or cancel, you can do it in the app or at any store before then.")]
        return "gen_price_increase_notice_recorded", tu, True
    tu = [t("agent", op_intro(rng, op, num)), t("customer", rng.choice(GREET_REPLY)),
          t("agent", f"I'm calling to let you know the price of {thing} goes up from {old} to {new} yuan a month from the 1st."),
          t("customer", rng.choice(["Why?", "Again?", "Can I cancel?", "Okay."])),
          t("agent", "You can keep it, switch to a cheaper option, or cancel without penalty before the 1st. "
                     "Would you like to change anything?"),
          t("customer", rng.choice(["No, keep it.", "I'll think about it.", "I'll look at the app."])),
          t("agent", "Okay, nothing will change unless you ask. Thank you.")]
    return "gen_price_increase_notice_call", tu, True


def h_free_gift(rng):
    op, num = rng.choice(OPS[:3])
    data = rng.choice(["5G", "10G", "2G", "3G"])
    why = rng.choice(["for the outage last week", "for our anniversary", "for your birthday", "as a thank-you for ten years"])
    amt = data.replace("G", " gigabytes")
    if rng.random() < 0.4:
        tu = [t("unknown", f"Hello from {op}. We have added {amt} of free data to your account {why}."),
              t("unknown", "There is nothing to accept, no package change and no charge.")]
        return "gen_free_gift_plain_recorded", tu, True
    tu = [t("agent", op_intro(rng, op, num)), t("customer", rng.choice(GREET_REPLY)),
          t("agent", f"We've added {amt} of free data to your account {why}. It's already there."),
          t("customer", rng.choice(["Is it free?", "What do I need to do?", "What's the catch?"])),
          t("agent", "It's free. There's nothing to accept, no package change and no charge. It expires at the end of the month."),
          t("customer", rng.choice(["Okay, thanks.", "Great.", "Oh, okay."]))]
    return "gen_free_gift_plain_call", tu, True


def h_bill(rng):
    op, num = rng.choice(OPS[:3])
    plan = rng.choice([58, 68, 78, 98])
    extra = rng.choice([12, 20, 25, 36, 42])
    why = rng.choice([f"extra data, you went over by about {extra // 6 + 1} gigabytes",
                      "roaming day passes during your trip", "calls to an overseas number",
                      "the video membership you added on the 3rd"])
    tu = [t("agent", op_intro(rng, op, num) + " You called about your bill."),
          t("customer", f"Yes, it's {plan + extra}, my plan is {plan}."),
          t("agent", f"The extra {extra} yuan is from {why}. It's itemised in the app under usage details."),
          t("customer", rng.choice(["Oh, I forgot.", "Okay, that makes sense.", "Can I avoid that next time?"])),
          t("agent", rng.choice(["You can set a usage alert in the app so you know before it happens.",
                                 "If anything looks wrong, call us and we'll check again."]))]
    return "gen_bill_explanation", tu, True


def h_plain_price(rng):
    price, data = rng.choice([(58, "30G"), (48, "20G"), (78, "40G"), (98, "60G"), (39, "10G")])
    tu = [t("customer", rng.choice(["I want a plan with more data.", "What plans do you have?", "My plan is too small."])),
          t("agent", f"That's {price} a month with {data} and 500 minutes. Do you want it?"),
          t("customer", rng.choice(["Yes.", "Yes, that one.", "Okay, yes."])),
          t("agent", f"Done: {price} a month from the 1st. I'll send a confirmation text.")]
    if rng.random() < 0.4:
        op, num = rng.choice(OPS[:3])
        tu = [t("agent", op_intro(rng, op, num) + " How can I help?")] + tu
    return "gen_plain_price_talk", tu, True


def h_outage(rng):
    op, num = rng.choice(OPS[:3])
    what = rng.choice(["your broadband", "the mobile signal in your building", "your TV service"])
    tu = [t("agent", op_intro(rng, op, num) + f" You reported a problem with {what}."),
          t("customer", rng.choice(["Yes, it's working now.", "Yes, is it fixed?", "Finally."])),
          t("agent", rng.choice(["It was a damaged cable, repaired this morning. Is everything working?",
                                 "A base station was down; it's back up. Can you check for me?"])),
          t("customer", rng.choice(["Yes, it's fine now.", "Seems okay.", "Yes, thanks."])),
          t("agent", rng.choice(["Good. There's no charge for the repair.",
                                 "Good. We've credited one day's fee to your bill automatically, nothing to do.",
                                 "Great. If it happens again, call us any time."]))]
    return "gen_outage_callback", tu, True


def h_identity(rng):
    op, num = rng.choice(OPS[:3])
    why = rng.choice(["your SIM replacement", "your plan change request", "your complaint", "your lost phone report"])
    tu = [t("agent", op_intro(rng, op, num) + f" I'm calling back about {why}."), t("customer", "Yes."),
          t("agent", "Before I continue, could you confirm your full name and the last four digits of your ID?"),
          t("customer", rng.choice(["Li Na, 3817.", "Wang Lei, 042X.", "Chen Jie, 5590.", "Zhao Min, 7716."])),
          t("agent", rng.choice(["Thank you. And remember, we will never ask you to read out a code we send you.",
                                 "Thanks, that matches. We never ask for SMS codes, so if anyone does, hang up."])),
          t("customer", "Okay."),
          t("agent", rng.choice(["Your new SIM is ready at the store, bring your ID card.",
                                 "The change is done, you'll get a text.", "The complaint is resolved, 20 yuan refunded."]))]
    return "gen_identity_check_no_code", tu, True


def h_rude(rng):
    op, num = rng.choice(OPS[:3])
    tu = [t("agent", op_intro(rng, op, num) + rng.choice([" I'm calling about your data usage warning.",
                                                          " I'm returning your call about the roaming charges.",
                                                          " Your contract ends next month."])),
          t("customer", rng.choice(["What now? You people never stop.", "Oh great, you again. What?",
                                    "You're all thieves, what do you want?"])),
          t("agent", rng.choice(["Just information, no sale: you're at 90 percent of your data. Extra data costs 3 yuan a gigabyte.",
                                 "The charge was 25 a day for the roaming pass, it's on the bill. I can explain each line.",
                                 "If you do nothing, it continues at the same price with no contract."])),
          t("customer", rng.choice(["Whatever. Stop bothering me.", "That's ridiculous.", "Fine. Don't call again."])),
          t("agent", "I'm sorry for the trouble. I'll note not to call you for offers. Have a good day.")]
    return "gen_rude_customer_honest_agent", tu, True


def h_followup_once(rng):
    op, num = rng.choice(OPS[:3])
    what, price = rng.choice(PITCHES)
    tu = [t("agent", op_intro(rng, op, num)), t("customer", rng.choice(GREET_REPLY))]
    tu += leadins(rng, rng.choice([0, 1]), rng.choice(SURNAMES))
    tu += [t("agent", f"We have {what} at {price} a month. Would you be interested?"), t("customer", rng.choice(REFUSE)),
           t("agent", rng.choice(["Okay. May I ask if it's the price?", "Understood. Would you like the details by text in case?",
                                  "No problem. Is there anything else I can help with?"])),
           t("customer", rng.choice(["No, thanks.", "No.", "Just not interested."])),
           t("agent", rng.choice(["Alright, thank you for your time.", "Okay, have a nice day.", "Understood, goodbye."]))]
    return "gen_single_polite_followup", tu, True


def h_cancel_request(rng):
    op, num = rng.choice(OPS[:3])
    svc, price = rng.choice(SVC_PAID), rng.choice([10, 12, 15, 20, 25])
    tu = [t("agent", f"{op} customer service, how can I help?"),
          t("customer", f"I want to cancel the {svc} on my line."),
          t("agent", f"I can see the {svc}, {price} yuan a month. Do you want me to cancel it?"),
          t("customer", rng.choice(FC_YES)),
          t("agent", "Done. There'll be no charge from next month. You'll get a text confirming it.")]
    return "gen_customer_requested_cancellation", tu, True


def h_deadline(rng):
    op, num = rng.choice(OPS[:3])
    what = rng.choice([("your ID on file needs updating", "30 June", "at any store with your ID card, free of charge"),
                       ("the 3G network here switches off", "30 September", "your plan and price stay the same, you only need a 4G phone"),
                       ("your prepaid balance expires", "the 15th", "you can top up in the app to keep it")])
    tu = [t("agent", op_intro(rng, op, num)), t("customer", rng.choice(GREET_REPLY)),
          t("agent", f"Just to let you know, {what[0]} on {what[1]}; {what[2]}."),
          t("customer", rng.choice(["Okay, thanks.", "Got it.", "I'll do it this week."])),
          t("agent", "That's all. We'll also send a text with the date.")]
    return "gen_real_deadline_once", tu, True


def h_plain_other(rng):
    op, num = rng.choice(OPS[:3])
    kind = rng.choice(["survey", "appointment", "address", "technician", "wrong_number"])
    if kind == "survey":
        tu = [t("agent", op_intro(rng, op, num) + " We're doing a short signal survey."), t("customer", "Okay."),
              t("agent", "From one to five, how is the signal at home?"),
              t("customer", rng.choice(["Four.", "Three, weak in the kitchen.", "Five."])),
              t("agent", "Thank you, that's all.")]
    elif kind == "appointment":
        tu = [t("agent", op_intro(rng, op, num) + " I'm confirming the technician visit."),
              t("customer", "Yes, tomorrow?"), t("agent", rng.choice(["Tomorrow between 9 and 12.", "Friday afternoon, 2 to 5."])),
              t("customer", "Okay, I'll be home.")]
    elif kind == "address":
        tu = [t("agent", f"{op}, how can I help?"), t("customer", "I moved, I need to update my address."),
              t("agent", "Sure, what's the new address?"), t("customer", rng.choice(["Flat 3, 18 Park Lane.", "8 River Road."])),
              t("agent", "Updated. Anything else?"), t("customer", "No, thanks.")]
    elif kind == "technician":
        tu = [t("agent", "Hi, I'm the technician from " + op + ". I'm downstairs, which floor are you on?"),
              t("customer", rng.choice(["Sixth floor.", "Third, the door on the left."])), t("agent", "Okay, coming up.")]
    else:
        tu = [t("agent", op_intro(rng, op, num) + f" Is this Mr. {rng.choice(SURNAMES)}?"),
              t("customer", "No, wrong number."), t("agent", "Sorry to bother you, goodbye.")]
    return "gen_plain_service_" + kind, tu, False


H_BUILDERS = [(h_renewal, 13), (h_topup, 11), (h_price_notice, 11), (h_free_gift, 12), (h_bill, 10), (h_plain_price, 11),
              (h_outage, 9), (h_identity, 9), (h_rude, 9), (h_followup_once, 10), (h_cancel_request, 6), (h_deadline, 7),
              (h_plain_other, 16)]


def pick(rng, builders):
    fs, ws = zip(*builders)
    return rng.choices(fs, weights=ws, k=1)[0]


def make_record(idx, scenario, turns, hn, note):
    labels = sorted({l for _, _, ls in turns for l in ls})
    return {"id": f"w16-{idx:04d}", "lang": "en", "source": "writer:16", "scenario": scenario,
            "hard_negative": bool(hn) and not labels, "deceptive": bool(labels), "labels": labels,
            "notes": note,
            "turns": [{"speaker": s, "text": x, "labels": sorted(set(ls))} for s, x, ls in turns]}


def main():
    rng = random.Random(SEED)
    records, seen = [], set()
    hand = read_hand(os.path.join(HERE, "hand_deceptive.txt")) + read_hand(os.path.join(HERE, "hand_honest.txt"))
    for c in hand:
        records.append(make_record(len(records) + 1, c["scenario"], c["turns"], c["hn"], "hand-written"))
        seen.add(tuple(x for _, x, _ in c["turns"]))
    plan = ["d"] * N_GEN_DECEPTIVE + ["h"] * N_GEN_HONEST
    rng.shuffle(plan)
    count = {p: sum(p in r["labels"] for r in records) for p in TARGETS}
    for kind in plan:
        while True:
            if kind == "d":
                # draw a few candidates, keep the one that helps the patterns furthest below target most
                cands = [pick(rng, D_BUILDERS)(rng) for _ in range(2)]

                def need(c):
                    labs = {l for _, _, ls in c[1] for l in ls}
                    return sum(max(0, TARGETS[p] - count[p]) / TARGETS[p] for p in labs)
                scen, turns = max(cands, key=need) if rng.random() < 0.5 else cands[0]
                hn = False
            else:
                scen, turns, hn = pick(rng, H_BUILDERS)(rng)
            style = "asr" if rng.random() < 0.65 else "clean"
            if style == "asr":
                turns = [(s, asr(x, rng), ls) for s, x, ls in turns]
            key = tuple(x for _, x, _ in turns)
            if key not in seen and len(turns) <= 25:
                seen.add(key)
                break
        records.append(make_record(len(records) + 1, scen, turns, hn, f"generated ({style})"))
        for p in records[-1]["labels"]:
            count[p] += 1
    with open(os.path.join(HERE, "calls.jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} calls ({len(hand)} hand, {len(records) - len(hand)} generated)")


if __name__ == "__main__":
    main()
