#!/usr/bin/env python3
"""w18 corpus builder: reads the hand-written calls (hand_*.txt) and generates the rest
from phrase banks with a fixed seed (1818), then writes calls.jsonl.

Usage: python3 gen.py
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 1818
WRITER = "18"
N_GEN_HONEST = 127
N_GEN_DECEPTIVE = 122

CODES = {"cc": "cost_concealment", "fc": "fake_cancellation", "fr": "fake_reward",
         "code": "code_request", "cb": "consent_bypass", "pr": "pressure", "ab": "abuse"}
SPK = {"A": "agent", "C": "customer", "U": "unknown"}


# ---------------------------------------------------------------- hand files
def parse_hand(path):
    calls, cur = [], None
    for ln, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@"):
            parts = line[1:].split()
            cur = {"scenario": parts[0], "hn": "hn" in parts[1:], "turns": []}
            calls.append(cur)
            continue
        m = re.match(r"^([ACU]):\s*(.*)$", line)
        if not m or cur is None:
            raise SystemExit(f"{path}:{ln}: bad line: {line!r}")
        text, labs = m.group(2), []
        if " ## " in text:
            text, lab = text.split(" ## ", 1)
            labs = [CODES[x.strip()] for x in lab.split(",") if x.strip()]
        cur["turns"].append({"speaker": SPK[m.group(1)], "text": text.strip(), "labels": labs})
    return calls


# ---------------------------------------------------------------- surface noise
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + ("" if rest == 0 else " and " + words(rest))
    return str(n)


def money(rng, n, pence=None):
    """a price in one of several spoken / written styles"""
    if pence is None:
        pence = rng.choice([0, 0, 0, 99, 50, 49])
    style = rng.random()
    if style < 0.35:
        return f"£{n}.{pence:02d}" if pence else f"£{n}"
    if style < 0.55:
        return f"{n}.{pence:02d} pounds" if pence else f"{n} pounds"
    if pence:
        return f"{words(n)} {words(pence)}" if rng.random() < 0.6 else f"{words(n)} pounds {words(pence)}"
    return f"{words(n)} pounds" if rng.random() < 0.5 else f"{words(n)} quid"


def gigs(rng, n):
    return rng.choice([f"{n}G", f"{n} gigs", f"{n} gigabytes", f"{words(n)} g", f"{words(n)} gigs",
                       f"{words(n)} gigabytes", f"{n}GB"])


def digits_spoken(rng, s):
    if rng.random() < 0.5:
        return s
    return " ".join(ONES[int(c)] if c != "0" or rng.random() < 0.5 else "oh" for c in s)


FILLERS = ["uh", "um", "like", "you know", "uh", "um", "er", "i mean", "so"]
MISHEARD = {"tariff": "terrific", "verification": "very fication", "northwave": "north wave",
            "gigabytes": "giga bites", "membership": "member ship", "subscription": "subscript shun",
            "broadband": "broad band", "voucher": "voter", "deposit": "the posit",
            "password": "pass word", "upgrade": "up grade", "renewal": "renew all"}


def asr(rng, text):
    """speech-recognizer style: lowercase, no punctuation, fillers, repeats, misheard words"""
    t = text.replace("£", "")
    t = re.sub(r"(\d+)\.(\d\d)", lambda m: m.group(1) + " " + m.group(2), t)
    t = t.lower()
    t = re.sub(r"[^\w\s']", " ", t).replace("'", "")
    w = t.split()
    out = []
    for i, x in enumerate(w):
        if rng.random() < 0.025 and x in MISHEARD:
            x = MISHEARD[x]
        if rng.random() < 0.06:
            out.append(rng.choice(FILLERS))
        out.append(x)
        if rng.random() < 0.025 and len(x) > 1:
            out.append(x)  # stutter / repeated word
    if len(out) > 4 and rng.random() < 0.12:  # false start
        out = out[:2] + ["sorry"] + out
    return " ".join(out)


def clean(rng, text):
    t = text.strip()
    if not t:
        return t
    t = t[0].upper() + t[1:]
    t = re.sub(r"\bi\b", "I", t)
    t = re.sub(r"\bim\b", "I'm", t)
    t = re.sub(r"\bive\b", "I've", t)
    t = re.sub(r"\bill\b", "I'll", t)
    t = re.sub(r"\bdont\b", "don't", t)
    t = re.sub(r"\byoure\b", "you're", t)
    t = re.sub(r"\byoull\b", "you'll", t)
    t = re.sub(r"\bits\b", "it's", t)
    t = re.sub(r"\bthats\b", "that's", t)
    t = re.sub(r"\bwont\b", "won't", t)
    t = re.sub(r"\bcant\b", "can't", t)
    for a, b in [("youve", "you've"), ("theres", "there's"), ("weve", "we've"), ("didnt", "didn't"), ("doesnt", "doesn't"),
                 ("isnt", "isn't"), ("wasnt", "wasn't"), ("whats", "what's"), ("havent", "haven't"), ("hes", "he's"),
                 ("shes", "she's"), ("youd", "you'd"), ("Youve", "You've"), ("Theres", "There's"), ("Weve", "We've"),
                 ("Whats", "What's"), ("Its", "It's"), ("Thats", "That's"), ("Youre", "You're"), ("Youll", "You'll"),
                 ("Dont", "Don't"), ("Im", "I'm"), ("Ive", "I've"), ("Ill", "I'll")]:
        t = re.sub(r"\b" + a + r"\b", b, t)
    if t[-1] not in ".?!":
        q = re.match(r"(?i)(is|are|do|does|did|can|could|what|why|how|who|when|shall|will|would|have|hi am|hello is|hiya is|whats|what's)\b", t) \
            or re.search(r"(?i)(do you want it|would you like that|something you want|what does it say|can you hear me|yes or no|confirm yes|with me|right)$", t)
        t += "?" if q else rng.choice([".", ".", ".", "!"]) if len(t) < 25 else "."
    return t


def render(rng, turns, style):
    out = []
    for spk, text, labs in turns:
        text = asr(rng, text) if style == "asr" else clean(rng, text)
        out.append({"speaker": spk, "text": text, "labels": sorted(set(labs))})
    return out


# ---------------------------------------------------------------- banks
BRANDS = ["northwave", "skyline mobile", "brightline", "fibrenet", "vista telecom", "clearcall", "orbit mobile"]
NAMES = ["mrs khan", "mr jones", "sarah", "mr okafor", "linda", "mr walsh", "mrs patel", "tom", "mr nguyen", "aisha", "mrs doyle"]
AGENTS = ["kyle", "jess", "ryan", "amber", "dean", "chloe", "marc", "nadia", "leon"]
SERVICES = ["video plus", "music premium", "cloud storage", "gold club", "fitness plus", "kids tv", "gadget cover", "roadside cover"]
ITEMS = ["iphone", "laptop", "games console", "smart watch", "tablet"]
ADDONS = ["a data booster", "the sports pack", "a second line", "the streaming bundle", "phone insurance", "the roaming pass", "a smart watch line"]
PLANS = ["premium", "unlimited max", "five g plus", "family max", "gold"]
PRIZES = ["tablet", "two hundred pound voucher", "holiday for two", "new phone", "smart speaker", "year of free data"]


def fill(rng, s, ctx):
    return s.format(**ctx)


def ctx_for(rng):
    return {
        "brand": rng.choice(BRANDS), "name": rng.choice(NAMES), "agent": rng.choice(AGENTS),
        "svc": rng.choice(SERVICES), "item": rng.choice(ITEMS), "addon": rng.choice(ADDONS),
        "plan": rng.choice(PLANS), "prize": rng.choice(PRIZES),
        "price": money(rng, rng.choice([9, 19, 29, 39, 49, 79, 129, 299, 499, 999])),
        "small": money(rng, rng.choice([3, 5, 8, 10, 12, 15])),
        "gb": gigs(rng, rng.choice([5, 10, 15, 20, 30, 50])),
        "refund": money(rng, rng.choice([72, 140, 210, 300, 96, 185]), 0),
        "part": digits_spoken(rng, str(rng.randint(100, 999))),
    }


# --- deceptive, agent side
LEADIN_A = ["hello is that {name}", "hi am i speaking with {name}", "good afternoon is this the account holder",
            "hiya is that {name} yeah", "hello hello can you hear me"]
LEADIN_C = ["yeah speaking", "yes who is this", "um yeah", "who wants to know", "yeah sorry im on the bus", "speaking"]
LEADIN_A2 = ["its {agent} calling from {brand} customer service", "this is {agent} from {brand} about your account",
             "{agent} here from the {brand} loyalty team", "im calling from your mobile operator {brand}"]
LEADIN_C2 = ["oh okay", "right", "ok what is it", "is this going to take long", "go on then", "uh huh"]
SMALLTALK = [("A", "how are you today"), ("C", "fine busy"), ("A", "i wont keep you long"), ("C", "ok"),
             ("A", "youve been with us a while now havent you"), ("C", "few years yeah")]

FR_HOOK = ["youve been selected for our {brand} loyalty upgrade",
           "good news youve been rated a star user this year",
           "as a thank you for being with us were adding {gb} to your line today",
           "congratulations your number came up in our customer draw youve won a {prize}",
           "youre one of our top customers so weve picked you for a special reward",
           "youve been chosen for a free {prize} as a valued customer",
           "youve qualified for our vip member package as a reward for loyalty"]
FC_HOOK = ["your gifted {svc} membership starts charging {price} next month",
           "our records show a {svc} subscription on your account that renews tomorrow at {price}",
           "the free trial of {svc} on your line ends today and after that its {price} a month",
           "theres an order on your account for a {item} at {price} being processed right now",
           "your {svc} plan auto renews tonight for {price}"]
FC_C = ["i never signed up for that", "what membership", "i dont have that", "eh i dont remember that",
        "whats that then", "no i never ordered anything"]
FC_CONFIRM = ["shall i cancel it for you", "do you want me to stop it before it charges you",
              "i can cancel it right now for you", "dont worry i can get that cancelled for you today if you want"]
FC_YES = ["yes cancel it", "yeah please", "um ok yes stop it", "yes obviously", "yeah get rid of it"]
CC_HOOK = ["were moving you onto the {plan} plan and your tariff stays exactly the same",
           "i can add {addon} for you and its a gift nothing extra",
           "ill put {addon} on your line you wont even notice it on the bill",
           "the {plan} upgrade doesnt change what you pay",
           "youll get {addon} included its all part of the same package"]
ASK_PRICE = ["is it free though", "how much is it", "so what does it cost", "wait is that extra", "whats the catch",
             "is that going to go on my bill"]
CC_DODGE = ["dont worry about the price its basically nothing", "its all included in a way",
            "its a tiny amount you wont notice it", "it works out about the same as now more or less",
            "lets not worry about numbers its a great deal", "its nothing really its covered",
            "you wont see any difference on your bill honestly"]
HESITATE = ["hmm", "um", "i dunno", "mm hm", "let me think about it", "maybe", "mm", "uh i'm not sure"]
CB_ACT = ["great ill take that as a yes its activated", "perfect ive put it through for you",
          "no need to confirm ill handle it", "okay ive switched it on for you",
          "ill sign you up now you can thank me later", "ive done it its on your account from today",
          "lovely thats added then"]
CB_PROTEST = ["i didnt say yes", "wait i never agreed", "what no i said maybe", "hang on i didnt agree to that"]
CB_AGAIN = ["well its done now", "its on the recording so its agreed", "too late its already on", "its processed sorry"]
CODE_ASK = ["youll get a text with a six digit code read it to me",
            "ive just sent you a verification code tell me the numbers",
            "tell me the number you just got",
            "read me the code from the text message please",
            "theres a one time password on your phone now what does it say",
            "i need the pin you just received to confirm it",
            "we send a code to your mobile you just read it back to me and were done"]
CODE_C = ["it says dont share it with anyone", "why do you need that", "um hang on", "i dont think i should",
          "its {part} um", "wait who are you again", "i cant find it"]
CODE_PUSH = ["just read it quickly before it expires", "read it now or it gets cancelled", "all six digits quick",
             "its fine everybody reads it to us just say it now", "read the code now i dont have time"]
REFUSE = ["no thanks", "no", "i said no", "not interested", "no im fine thanks", "please stop", "no no no", "nope"]
PRESS = ["this offer is only today", "you must decide right now", "if you say no your number will be suspended",
         "listen just listen its the best deal youll ever get", "last chance i wont call again",
         "everyone is taking it dont be the only one", "decide now or its gone", "you have five minutes"]
PUSHBACK = ["excuse me", "dont talk to me like that", "sorry what", "i beg your pardon", "im hanging up",
            "why are you shouting", "wow ok"]
ABUSE = ["are you deaf", "stop wasting my time", "are you stupid or something", "god youre slow",
         "dont be thick", "what is wrong with you", "youre an idiot honestly", "i havent got all day for people like you",
         "shut up and listen", "useless"]
ABUSE_PR = ["are you deaf you must decide right now", "stop wasting my time and say yes now",
            "dont be stupid its only today", "youre so slow just decide now"]
REFUND_HOOK = ["youve been overcharged and were owed to send you {refund} back",
               "our system shows a double payment so youre due a refund of {refund}",
               "you were charged {refund} by mistake and we want to return it"]
SUSP_HOOK = ["your number will be suspended today because of unpaid charges",
             "your account has been flagged and will be closed tonight"]
BRIDGE = {
    "cc": ["and i can put you on the {plan} plan too", "so shall i set that up", "its a great package honestly"],
    "cb": ["so the {plan} plan would suit you", "shall i go ahead then", "and it comes with the {plan} plan"],
    "pr": ["so can i go ahead with the {plan} plan", "and while i have you ill move you to the {plan} plan", "so are we doing this"],
    "ab": ["so yes or no", "can we get on with it", "so shall i put you down for it"],
    "abpr": ["so yes or no", "right so do you want it", "so are we doing this or not"],
}
CLOSE_C = ["bye", "im hanging up now", "goodbye", "whatever", "no bye"]

# mono (single voice) deceptive
M_INTRO = ["this is an automated message from {brand}", "hello this is a message for the account holder",
           "important message from your mobile operator", "hi this is {agent} from {brand} sorry i missed you"]
M_FC = ["your {svc} membership will renew today for {price}", "an order for a {item} at {price} is being charged to your account",
        "your free trial of {svc} ends today and you will be charged {price} every month"]
M_FC_PRESS = ["if you did not authorise this press one to cancel", "to cancel this charge press one now and speak to an agent",
              "call us back on this number so we can cancel it for you"]
M_CODE = ["please call back and read the six digit code we just texted you to our agent",
          "to confirm have the code from our text message ready and read it to the operator",
          "press one and say the verification code you received after the tone"]
M_PR = ["this must be done within the hour", "if we do not hear from you today your line will be suspended",
        "this offer ends at midnight", "act now"]
M_CC = ["theres no change to what you pay", "it wont show on your bill", "its a gift nothing extra to pay"]
M_CB = ["weve already added it to your account for you", "your upgrade has been activated as discussed",
        "weve signed you up so you dont need to do anything"]


def deceptive_call(rng, want, pre=None):
    ctx = ctx_for(rng)
    f = lambda s: fill(rng, s, ctx)
    T = list(pre or [])  # (spk, text, labels)
    # lead-in (0..5 honest turns) so the first labelled turn moves around
    nlead = 0 if pre else rng.choice([0, 1, 2, 2, 4, 4, 6])
    if nlead >= 2:
        T += [("A", f(rng.choice(LEADIN_A)), []), ("C", f(rng.choice(LEADIN_C)), [])]
    if nlead >= 4:
        T += [("A", f(rng.choice(LEADIN_A2)), []), ("C", f(rng.choice(LEADIN_C2)), [])]
    if nlead >= 6:
        i = rng.randrange(0, 3) * 2
        T += [(s, f(x), []) for s, x in SMALLTALK[i:i + 2]]
    hook = want["hook"]
    if hook == "fr":
        T.append(("A", f(rng.choice(FR_HOOK)), ["fake_reward"]))
        T.append(("C", rng.choice(["oh okay", "really", "what do i have to do", "whats the catch", "um"]), []))
    elif hook == "fc":
        T.append(("A", f(rng.choice(FC_HOOK)), ["fake_cancellation"]))
        T.append(("C", rng.choice(FC_C), []))
        T.append(("A", f(rng.choice(FC_CONFIRM)), ["fake_cancellation"]))
        T.append(("C", rng.choice(FC_YES), []))
    elif hook == "cc":
        T.append(("A", f(rng.choice(CC_HOOK)), ["cost_concealment"]))
    elif hook == "refund":
        T.append(("A", f(rng.choice(REFUND_HOOK)), []))
        T.append(("C", rng.choice(["oh really", "ok", "how", "i didnt know that"]), []))
    elif hook == "susp":
        T.append(("A", f(rng.choice(SUSP_HOOK)), ["pressure"]))
        T.append(("C", rng.choice(["what why", "i paid my bill", "what are you talking about"]), []))
    steps = list(want["steps"])
    # "ab" and "pr" usually come late; keep others in a shuffled order
    core = [s for s in steps if s in ("cc", "cb", "code")]
    tail = [s for s in steps if s in ("pr", "ab", "abpr")]
    rng.shuffle(core)
    rng.shuffle(tail)
    for st in core + tail:
        if T and T[-1][0] == "C" and st != "code":
            # bridge so two customer turns do not follow each other
            T.append(("A", f(rng.choice(BRIDGE[st])), []))
        if st == "cc":
            T.append(("C", rng.choice(ASK_PRICE), []))
            T.append(("A", f(rng.choice(CC_DODGE)), ["cost_concealment"]))
        elif st == "cb":
            T.append(("C", rng.choice(HESITATE), []))
            T.append(("A", f(rng.choice(CB_ACT)), ["consent_bypass"]))
            if rng.random() < 0.5:
                T.append(("C", rng.choice(CB_PROTEST), []))
                T.append(("A", rng.choice(CB_AGAIN), ["consent_bypass"]))
        elif st == "code":
            T.append(("A", f(rng.choice(CODE_ASK)), ["code_request"]))
            T.append(("C", f(rng.choice(CODE_C)), []))
            if rng.random() < 0.5:
                T.append(("A", rng.choice(CODE_PUSH), ["code_request", "pressure"]))
                T.append(("C", rng.choice(REFUSE + ["ok ok its " + ctx["part"]]), []))
        elif st == "pr":
            T.append(("C", rng.choice(REFUSE), []))
            T.append(("A", rng.choice(PRESS), ["pressure"]))
        elif st == "ab":
            T.append(("C", rng.choice(REFUSE + PUSHBACK), []))
            T.append(("A", rng.choice(ABUSE), ["abuse"]))
        elif st == "abpr":
            T.append(("C", rng.choice(REFUSE + HESITATE[:4]), []))
            T.append(("A", rng.choice(ABUSE_PR), ["abuse", "pressure"]))
    if rng.random() < 0.4 and T[-1][0] == "A":
        T.append(("C", rng.choice(CLOSE_C), []))
    return T[:25], ctx


def mono_voice(rng, want):
    ctx = ctx_for(rng)
    f = lambda s: fill(rng, s, ctx)
    T = [("U", f(rng.choice(M_INTRO)), [])]
    hook = want["hook"]
    if hook == "fc":
        T.append(("U", f(rng.choice(M_FC)), ["fake_cancellation"]))
        T.append(("U", f(rng.choice(M_FC_PRESS)), ["fake_cancellation"]))
    elif hook == "fr":
        T.append(("U", f(rng.choice(FR_HOOK)), ["fake_reward"]))
    elif hook == "cc":
        T.append(("U", f(rng.choice(CC_HOOK)), ["cost_concealment"]))
    elif hook in ("refund", "susp"):
        T.append(("U", f(rng.choice(REFUND_HOOK if hook == "refund" else SUSP_HOOK)),
                  ["pressure"] if hook == "susp" else []))
    for st in want["steps"]:
        if st == "code":
            T.append(("U", f(rng.choice(M_CODE)), ["code_request"]))
        elif st == "pr":
            T.append(("U", rng.choice(M_PR), ["pressure"]))
        elif st == "cc":
            T.append(("U", rng.choice(M_CC), ["cost_concealment"]))
        elif st == "cb":
            T.append(("U", rng.choice(M_CB), ["consent_bypass"]))
    if rng.random() < 0.5:
        T.append(("U", rng.choice(["thank you", "goodbye", "thank you for your time", "press nine to hear this again"]), []))
    if rng.random() < 0.3 and T[0][1].startswith("this is an automated"):
        T = T[1:]  # sometimes the recording starts mid-message
    return T, ctx


# recipes: (hook, steps, mode) ; mode "dia" = agent/customer, "rec" = recorded dialogue with unknown speakers,
# "voice" = single-voice robocall or voicemail
RECIPES = [
    ("fr", ["code", "ab"], "dia"), ("fr", ["cc", "cb", "ab"], "dia"), ("fr", ["code", "pr"], "rec"),
    ("fr", ["cb", "abpr"], "dia"), ("fr", ["code", "ab"], "rec"), ("fr", ["cc", "pr"], "dia"),
    ("fr", ["cb", "code", "ab"], "rec"), ("fr", ["cc", "code"], "dia"),
    ("fc", ["code", "ab"], "dia"), ("fc", ["code", "pr"], "rec"), ("fc", ["code", "abpr"], "dia"),
    ("fc", ["code"], "dia"), ("fc", ["code", "ab"], "rec"), ("fc", ["code", "ab"], "dia"),
    ("fc", ["code", "abpr"], "rec"),
    ("cc", ["cb", "ab"], "dia"), ("cc", ["cc", "cb", "pr"], "rec"), ("cc", ["cb", "code", "ab"], "dia"),
    ("cc", ["abpr"], "dia"), ("cc", ["cc", "cb"], "dia"), ("cc", ["cb", "ab"], "rec"),
    ("refund", ["code", "ab"], "dia"), ("refund", ["code", "abpr"], "rec"), ("susp", ["code", "ab"], "dia"),
    (None, ["pr", "ab"], "dia"), (None, ["pr", "ab"], "rec"), (None, ["abpr", "ab"], "dia"), (None, ["cb", "ab"], "rec"),
    ("fc", ["code"], "voice"), ("fc", ["pr"], "voice"), ("fc", [], "voice"), ("fc", ["code", "pr"], "voice"),
    ("fr", ["code", "pr"], "voice"), ("fr", ["cc", "cb"], "voice"), ("cc", ["cb", "pr"], "voice"),
    ("fc", ["code", "pr"], "dia"), ("fc", ["pr", "ab"], "dia"), ("fc", ["code", "ab"], "voice"),
    ("fc", ["code"], "rec"), ("fc", ["code", "abpr"], "dia"), ("fc", ["pr"], "rec"),
    ("cc", ["cc", "code", "ab"], "dia"), ("cc", ["cc", "pr"], "voice"),
    ("fr", ["cb", "ab"], "dia"), ("fr", ["cc", "cb", "code"], "dia"), ("fr", ["cb", "ab"], "rec"),
    ("fr", ["code", "cb"], "dia"), ("fr", ["cc", "cb", "pr"], "voice"), ("cc", ["cb", "code", "ab"], "rec"),
    ("cc", ["cb", "abpr"], "dia"), ("fc", ["code", "ab"], "rec"),
    ("refund", ["code"], "voice"), ("susp", ["code"], "voice"), ("fr", ["cb", "code"], "voice"),
]
PITCH_ONLY = ["hi im calling about a great offer on your plan", "quick question do you want the new deal on your line",
              "im calling about the upgrade on your account", "hello madam its about your broadband package"]


def scen_name(hook, steps, mode):
    h = {"fr": "reward_lure", "fc": "fake_charge_cancel", "cc": "free_upgrade_pitch", "refund": "fake_refund",
         "susp": "suspension_threat", None: "sales_pitch"}[hook]
    extra = {"code": "code", "ab": "abuse", "abpr": "snap", "pr": "pressure", "cb": "auto_activate", "cc": "price_dodge"}
    tag = "_".join(dict.fromkeys(extra[s] for s in steps))
    pre = {"dia": "", "rec": "recording_", "voice": "robocall_"}[mode]
    return (pre + h + ("_" + tag if tag else ""))[:60]


def gen_deceptive(rng, recipe):
    hook, steps, mode = recipe
    want = {"hook": hook, "steps": steps}
    if mode == "voice":
        T, _ = mono_voice(rng, want)
    else:
        if hook is None:
            ctx = ctx_for(rng)
            pre = [("A", rng.choice(PITCH_ONLY), []), ("C", rng.choice(["what offer", "um ok", "who is this"]), [])]
            T, _ = deceptive_call(rng, {"hook": "none", "steps": steps}, pre)
        else:
            T, _ = deceptive_call(rng, want)
        if mode == "rec":
            T = [("U", t, l) for _, t, l in T]
    return scen_name(hook, steps, mode), T[:25], mode != "dia"


# --- honest, hard negatives
REL = [("mum", "love"), ("dad", "mate"), ("sis", "idiot"), ("bro", "muppet"), ("nan", "love"), ("babe", "babe")]
BILLS = ["phone", "netflix", "spotify", "electric", "wifi", "family plan"]
BANTER_A1 = ["oi you owe me {amt} for the {bill} bill", "the {bill} bill came in its {amt} what did you do",
             "why is the {bill} bill {amt} this month", "right {bill} money {amt} cough up"]
BANTER_C1 = ["shut up i paid you", "thats not me thats you", "oh my god relax", "you tight git", "youre so dramatic",
             "i literally paid last week", "wasnt me"]
BANTER_A2 = ["you used {gb} you absolute donkey", "pay up or im changing the wifi password",
             "send it tonight you muppet", "dont make me come round there", "you always say that you scrounger",
             "i can see the usage you liar"]
BANTER_C2 = ["fine fine sending it", "okay okay youre a nightmare", "alright ill do it after work",
             "youre worse than the bank", "ugh fine"]
BANTER_A3 = ["love you too idiot", "cheers loser", "ta", "good now go away", "pleasure doing business"]

TEEN_A = ["the phone bill is {amt} because of your data", "the bill came and you went over again",
          "your data cost us {amt} extra this month"]
TEEN_C = ["its not my fault", "everyone uses that much", "it was one video", "mum seriously"]
TEEN_A2 = ["so the {gb} plan is {amt2} a month more or you go wifi only you have to decide right now yes or no",
           "decide now yes or no the bigger plan for {amt2} extra or i put a cap on",
           "im on hold with them right now so yes or no to the {gb} plan"]
TEEN_C2 = ["yes fine the bigger one", "no ill just use the wifi", "yes yes ok", "no just cap it"]
TEEN_A3 = ["right youre paying half of it", "good then thats sorted", "fine but this is the last time",
           "okay im telling them now"]

RUDE_AOPEN = ["thanks for calling {brand} this is {agent} how can i help", "{brand} billing {agent} speaking",
              "hi its {agent} from {brand} returning your call"]
RUDE_C1 = ["your service is rubbish and i want it sorted now", "ive been on hold forty minutes this is a joke",
           "why do you lot keep charging me wrong", "oh great another call centre", "sort my bill out its a mess"]
RUDE_A2 = ["im sorry about that can i take your name and postcode i wont ask for any codes or passwords",
           "sorry for the wait can you confirm the first line of your address",
           "i understand lets get it fixed can i have the account number"]
RUDE_C2 = ["its on your screen surely", "fine its {addr}", "just hurry up", "{addr} happy now"]
RUDE_A3 = ["thanks i can see a charge of {amt} for going over your data do you want me to put a cap on",
           "thanks there was a billing error of {amt} ive refunded it to your card it takes three to five days",
           "thanks an engineer is booked for {day} between eight and one",
           "thanks your plan is {amt} a month and that hasnt changed the extra was roaming"]
RUDE_C3 = ["whatever", "about time", "yes do that and dont call me again", "useless the lot of you", "fine"]
RUDE_A4 = ["no problem thats done for you", "understood ive noted no marketing calls", "sorry again have a good evening",
           "thats all sorted"]

BIZ = [
    ("plumber", "hi its {agent} the plumber about the leak", "so its {amt} for the part and labour all in", "does that include vat", "yeah thats with vat"),
    ("garage", "hiya its the garage about your car", "it needs two tyres thats {amt} fitted", "can you do it today", "yeah ready by five"),
    ("clinic", "hello its the clinic about your physio", "the first session is {amt} and follow ups are a bit less", "do i pay now", "no you pay on the day"),
    ("restaurant", "good evening the olive tree", "for groups over six we take a deposit of {amt} it comes off the bill", "is it refundable", "yes up to twenty four hours before"),
    ("landlord", "hi its your landlord about the flat", "the rent is {amt} a month and one month deposit in the protection scheme", "when do you need to know", "by friday if you can"),
    ("locksmith", "hi its the locksmith", "call out is {amt} and a new lock is about forty on top", "ok fine", "ill be there in an hour"),
    ("electrician", "hi its the electrician about your quote", "the new consumer unit is {amt} fitted", "thats more than i thought", "i can send you the breakdown if you like"),
    ("driving_school", "hiya its the driving school", "lessons are {amt} an hour or ten for the price of nine", "ok can i book two", "yep saturday morning suit you"),
]
YES_C = ["yes please go ahead", "yeah do it", "yes thats fine", "yes book it", "go on then yes"]
CONFIRM_A = ["great so thats {amt} confirmed for {day}", "lovely booked for {day} at {amt}", "okay confirmed ill send a text with the details",
             "perfect thats booked in for {day}"]

UPG_A1 = ["hi its {agent} from {brand} youre at the end of your contract",
          "hi its {agent} at {brand} just a quick call about your plan"]
UPG_A2 = ["theres a {gb} plan for {pamt} a month thats {diff} more than now do you want it",
          "we can move you to {gb} at {pamt} a month its {diff} more than you pay now would you like that",
          "the {gb} plan is {pamt} a month {diff} extra on your bill is that something you want"]
UPG_C2 = ["hmm let me think", "whats the contract length", "um", "is that the cheapest"]
UPG_A3 = ["no rush its twelve months and you can decide any time this month", "its a twelve month contract take your time",
          "thats the cheapest with that much data you can say no its fine"]
UPG_C3 = ["ok yes please", "yes go ahead", "actually yes do it", "yeah go on"]
UPG_A4 = ["okay just to confirm {gb} for {pamt} a month from your next bill yes", "so thats {pamt} a month from the next bill confirm yes"]
UPG_A5 = ["done youll get a text confirming it", "thats all set up", "great its booked in for your next bill"]
UPG_NO = ["no thanks", "no im happy as i am", "not right now"]
UPG_FOLLOW = [("no problem can i ask is it the price", ["just the price", "no i just dont need it", "yeah a bit"]),
              ("thats fine is there anything else i can help with", ["no thats it", "nope", "no ta"])]
UPG_END = ["understood have a good day", "no worries thanks for your time", "okay take care"]

CODE_FRIENDS = [
    ("wifi", ["whats the wifi password", "which one the upstairs or downstairs", "downstairs", "its {pw} all lowercase", "cheers", "dont give it to your mates"]),
    ("door", ["whats the door code again", "{door} then hash", "{door} hash got it", "and dont leave it propped open you animal", "once that was once"]),
    ("locker", ["the parcel locker wants a code did you get the email", "yeah hang on its {door}", "{door} ok its open", "get the big one its my new shoes"]),
    ("gate", ["im at the gate whats the code", "its {door} star", "{door} star nope oh wait yes its open", "come up its the third floor"]),
    ("alarm", ["mum whats the alarm code im home", "its your birthday backwards", "oh yeah got it", "and feed the dog"]),
]
PWS = ["bluefish22", "kettle7144", "sunnyflat9", "darthvader", "mango4life", "pizzapizza1"]

ID_A = ["hello this is {agent} from {brand} about your account before we start can you confirm your date of birth",
        "hi its {agent} from the bank fraud team can i check your postcode first"]
ID_C = ["why", "ok its {dob}", "{addr}", "sure {dob}"]
ID_A2 = ["thanks and just so you know we will never ask you for a pin or a code we text you",
         "thank you we never ask for codes or passwords on a call so if anyone does hang up"]
ID_A3 = ["we noticed a payment of {amt} at {shop} was that you", "your new sim is on its way no cost it should arrive {day}",
         "your bill this month is {amt} as usual just confirming your new address is on file"]
ID_C3 = ["yes that was me", "ok great", "no that wasnt me", "ok thanks"]
ID_A4 = ["great thanks for confirming", "okay ive blocked the card and a new one is on the way", "lovely thats all"]

VM_HONEST = [
    ["hi its {agent} from the {biz} just confirming your booking on {day} the total is {amt} as agreed", "see you then bye"],
    ["hello this is a reminder from the surgery your appointment is on {day} at ten twenty", "if you cant make it please let us know at least a day before thank you"],
    ["this is a message from {brand} as a thank you weve added {gb} to your account this month", "there is nothing to pay and nothing you need to do"],
    ["hey its me the door code is {door} let yourself in i'll be back by six", "and dont eat my leftovers you gannet"],
    ["this is {brand} your bill for this month is {amt} and will be taken on the first", "no action is needed"],
    ["hi its {agent} from the {biz} with your quote its {amt} all in", "if youre happy just give me a ring back no rush"],
    ["this is {brand} we will never ask you to read out a code we send by text", "if someone asks hang up"],
    ["hi love its mum the phone bill was {amt} this month can you send me your half", "and ring your nan shes been asking"],
    ["oi loser its {agent} you owe me {amt} for the tickets", "pay up or im telling everyone you cried at the film"],
    ["hello this is the dental practice the deposit for your treatment of {amt} is due by {day}", "you can pay on the phone or at reception"],
]
REC_BANTER = [
    ["did you pay the {bill} bill", "no i thought you did", "its your turn you useless lump", "fine ill do it now",
     "its {amt} by the way", "how is it {amt} every month", "because you stream telly all night"],
    ["you used all the data again", "i did not", "{gb} gone in a week", "it was for uni", "uni my backside you were on tiktok",
     "ok ok sorry"],
    ["are you getting the new phone", "its {amt} a month i cant afford that", "youre such a tightwad", "says you with your cracked screen",
     "at least mine works"],
]
PLAIN = [
    [("A", "are you picking the kids up today"), ("C", "yeah at three"), ("A", "great ill do dinner")],
    [("A", "hi just checking youre home safe"), ("C", "yeah got in ten minutes ago"), ("A", "good night then")],
    [("A", "have you seen my blue jacket"), ("C", "its on the hook by the door"), ("A", "oh yeah found it thanks")],
    [("A", "is it raining there"), ("C", "chucking it down"), ("A", "bring the washing in then"), ("C", "already did")],
    [("A", "hi its the school office just letting you know sam forgot his lunchbox"), ("C", "oh no ill drop it in"), ("A", "no problem ill tell reception")],
]
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "the fourteenth", "next tuesday"]
SHOPS = ["a petrol station", "an online shop", "a supermarket", "a train station"]
ADDRS = ["twelve high street", "m1 4bx", "forty two oak road", "flat three rose court", "ls6 2ab"]


def hctx(rng):
    c = ctx_for(rng)
    a = rng.choice([12, 18, 23, 35, 48, 60, 85, 110, 140, 230, 310])
    c.update({
        "amt": money(rng, a), "pamt": money(rng, rng.choice([12, 15, 18, 20, 23, 25, 30])), "amt2": money(rng, rng.choice([5, 8, 10, 15]), 0),
        "diff": money(rng, rng.choice([2, 3, 4, 5, 6]), 0),
        "day": rng.choice(DAYS), "bill": rng.choice(BILLS), "pw": rng.choice(PWS),
        "door": digits_spoken(rng, str(rng.randint(1000, 9999))), "dob": rng.choice(["third of may eighty two", "12 06 1990", "twenty first july ninety nine"]),
        "addr": rng.choice(ADDRS), "shop": rng.choice(SHOPS),
        "biz": rng.choice(["garage", "salon", "restaurant", "vets", "plumbers", "clinic"]),
    })
    return c


def gen_honest(rng):
    c = hctx(rng)
    f = lambda s: s.format(**c)
    kind = rng.choices(["banter", "teen", "rude", "biz", "upg_yes", "upg_no", "codes", "idcheck", "vm", "recbanter", "plain"],
                       weights=[11, 9, 11, 10, 9, 5, 8, 5, 25, 13, 5])[0]
    T, mono, hn = [], False, True
    if kind == "banter":
        T = [("A", f(rng.choice(BANTER_A1))), ("C", rng.choice(BANTER_C1)), ("A", f(rng.choice(BANTER_A2))),
             ("C", rng.choice(BANTER_C2))]
        if rng.random() < 0.6:
            T.append(("A", rng.choice(BANTER_A3)))
        if rng.random() < 0.4:
            T = [("A", "hello"), ("C", "what do you want")] + T
        scen = "family_" + c["bill"].replace("family plan", "plan").replace(" ", "_") + "_bill_banter"
    elif kind == "teen":
        T = [("A", f(rng.choice(TEEN_A))), ("C", rng.choice(TEEN_C)), ("A", f(rng.choice(TEEN_A2))),
             ("C", rng.choice(TEEN_C2)), ("A", rng.choice(TEEN_A3))]
        if rng.random() < 0.3:
            T.insert(2, ("A", "dont you mum me"))
            T.insert(3, ("C", "ugh"))
        scen = "parent_teen_data_decide"
    elif kind == "rude":
        T = [("A", f(rng.choice(RUDE_AOPEN))), ("C", rng.choice(RUDE_C1)), ("A", rng.choice(RUDE_A2)),
             ("C", f(rng.choice(RUDE_C2))), ("A", f(rng.choice(RUDE_A3))), ("C", rng.choice(RUDE_C3)),
             ("A", rng.choice(RUDE_A4))]
        scen = "rude_customer_honest_agent"
    elif kind == "biz":
        name, a1, a2, c2, a3 = rng.choice(BIZ)
        T = [("A", f(a1)), ("C", rng.choice(["oh hi", "yes hello", "yeah go on", "hiya"])), ("A", f(a2)), ("C", c2), ("A", a3)]
        if rng.random() < 0.6:
            T += [("C", rng.choice(YES_C)), ("A", f(rng.choice(CONFIRM_A)))]
        else:
            T += [("C", rng.choice(["ill think about it and call you back", "bit much let me talk to my wife", "ok ill let you know"])),
                  ("A", rng.choice(["no problem", "sure whenever youre ready", "thats fine"]))]
        scen = f"{name}_price_talk"
    elif kind == "upg_yes":
        T = [("A", f(rng.choice(UPG_A1))), ("C", rng.choice(["ok", "oh right", "yeah"])), ("A", f(rng.choice(UPG_A2))),
             ("C", rng.choice(UPG_C2)), ("A", rng.choice(UPG_A3)), ("C", rng.choice(UPG_C3)), ("A", f(rng.choice(UPG_A4))),
             ("C", rng.choice(["yes", "yes confirmed", "yep"])), ("A", rng.choice(UPG_A5))]
        scen = "operator_upgrade_explicit_yes"
    elif kind == "upg_no":
        T = [("A", f(rng.choice(UPG_A1))), ("C", rng.choice(["ok", "yeah"])), ("A", f(rng.choice(UPG_A2))),
             ("C", rng.choice(UPG_NO))]
        fq, fa = rng.choice(UPG_FOLLOW)
        T += [("A", fq), ("C", rng.choice(fa)), ("A", rng.choice(UPG_END))]
        scen = "upgrade_declined_one_followup"
    elif kind == "codes":
        name, lines = rng.choice(CODE_FRIENDS)
        T = [("A" if i % 2 == 0 else "C", f(x)) for i, x in enumerate(lines)]
        scen = f"friends_{name}_code"
    elif kind == "idcheck":
        T = [("A", f(rng.choice(ID_A))), ("C", f(rng.choice(ID_C))), ("A", rng.choice(ID_A2)), ("A", f(rng.choice(ID_A3))),
             ("C", rng.choice(ID_C3)), ("A", rng.choice(ID_A4))]
        if T[1][1] == "why":
            T.insert(2, ("A", "just to make sure im talking to the right person"))
            T.insert(3, ("C", f("ok {dob}")))
        scen = "identity_check_no_code"
    elif kind == "vm":
        lines = rng.choice(VM_HONEST)
        T = [("U", f(x)) for x in lines]
        mono = True
        scen = "honest_voicemail"
    elif kind == "recbanter":
        lines = rng.choice(REC_BANTER)
        T = [("U", f(x)) for x in lines]
        mono = True
        scen = "recorded_family_bill_banter"
    else:
        T = list(rng.choice(PLAIN))
        hn = False
        scen = "everyday_chat"
    return scen, [(s, t, []) for s, t in T], mono, hn


def main():
    rng = random.Random(SEED)
    hand = []
    for fn in ("hand_honest.txt", "hand_deceptive.txt"):
        hand += parse_hand(os.path.join(HERE, fn))
    rows = []
    for h in hand:
        labs = sorted({l for t in h["turns"] for l in t["labels"]})
        rows.append({"scenario": h["scenario"], "hn": h["hn"] and not labs, "turns": h["turns"], "origin": "hand"})
    gen = []
    for _ in range(N_GEN_HONEST):
        scen, T, mono, hn = gen_honest(rng)
        gen.append({"scenario": scen, "hn": hn, "raw": T, "origin": "gen"})
    # cycle through the recipes (each used about equally often, in a shuffled order)
    deck = []
    while len(deck) < N_GEN_DECEPTIVE:
        batch = list(RECIPES)
        rng.shuffle(batch)
        deck += batch
    for recipe in deck[:N_GEN_DECEPTIVE]:
        scen, T, mono = gen_deceptive(rng, recipe)
        gen.append({"scenario": scen, "hn": False, "raw": T, "origin": "gen"})
    for g in gen:
        style = "asr" if rng.random() < 0.72 else "clean"
        spk = [(SPK[s], t, l) for s, t, l in g["raw"]]
        g["turns"] = render(rng, spk, style)
        rows.append(g)
    # interleave hand and generated calls with a fixed shuffle
    rng.shuffle(rows)
    out = os.path.join(HERE, "calls.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for i, r in enumerate(rows, 1):
            labs = sorted({l for t in r["turns"] for l in t["labels"]})
            rec = {"id": f"w{WRITER}-{i:04d}", "lang": "en", "source": f"writer:{WRITER}",
                   "scenario": r["scenario"], "hard_negative": bool(r["hn"] and not labs),
                   "deceptive": bool(labs), "labels": labs,
                   "notes": "hand-written" if r["origin"] == "hand" else "generated",
                   "turns": [{"speaker": t["speaker"], "text": t["text"], "labels": t["labels"]} for t in r["turns"]]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} calls to {out}")


if __name__ == "__main__":
    main()
