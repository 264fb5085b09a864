#!/usr/bin/env python3
"""writer 07 generator: utilities / insurance / warranties calls.

rebuilds calls.jsonl = hand.jsonl (hand-written, kept as is, renumbered in order)
+ generated calls (deterministic, seed 7). python 3 standard library only.
"""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(7)
N_DECEPTIVE = 185
N_HONEST = 155

# ---------------------------------------------------------------- numbers
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
    rest = n % 1000
    return words(n // 1000) + " thousand" + ("" if rest == 0 else (" and " if rest < 100 else " ") + words(rest))

def pick(x):
    return R.choice(x)

# ---------------------------------------------------------------- domains
DOMAINS = {
    "electricity": dict(cos=["metro power", "riverside electric", "sun city electric", "harbor electric", "lakeside energy", "valley power", "north star energy", "bright power"],
                        prods=["surge protection plan", "smart home monitoring", "green energy upgrade", "priority support plan", "wiring cover"],
                        svc="power", bill="electric bill", utility=True),
    "gas": dict(cos=["bay gas", "city gas", "northern gas", "eastern gas", "bright flame energy", "warm home gas"],
                prods=["boiler cover", "gas appliance care", "heating plus plan", "central heating cover"],
                svc="gas", bill="gas bill", utility=True),
    "water": dict(cos=["clear water", "lake water", "county water authority", "harbor water", "riverside water"],
                  prods=["pipe protection plan", "water line cover", "filtration service", "leak protection plan"],
                  svc="water", bill="water bill", utility=True),
    "broadband": dict(cos=["fibre line", "speedlink broadband", "wave broadband", "stream fiber", "link broadband", "fast net"],
                      prods=["speed boost", "wifi security pack", "premium router", "whole home wifi", "tech support plan"],
                      svc="internet", bill="broadband bill", utility=True),
    "car_warranty": dict(cos=["auto protect", "the vehicle service center", "national auto care", "drive safe warranty", "motor shield"],
                         prods=["extended warranty", "powertrain plan", "platinum coverage", "vehicle service contract"],
                         svc="coverage", bill="car payment", utility=False),
    "appliance": dict(cos=["home appliance care", "appliance guard", "homesure cover", "fix it cover", "kitchen care plans"],
                      prods=["appliance protection plan", "washer cover", "fridge protection", "kitchen cover", "tv protection plan"],
                      svc="cover", bill="statement", utility=False),
    "health": dict(cos=["the health benefits center", "valley health", "the national health line", "care first plans", "member services"],
                   prods=["supplemental plan", "dental add on", "vision plan", "prescription savings card", "wellness membership"],
                   svc="coverage", bill="premium", utility=False),
    "insurance": dict(cos=["shield insurance", "home guard insurance", "safe home insurance", "city home insurance"],
                      prods=["legal cover", "home emergency cover", "breakdown cover", "key cover"],
                      svc="policy", bill="premium", utility=False),
}
UTIL = [d for d, v in DOMAINS.items() if v["utility"]]
ALL = list(DOMAINS)
MONTHLY = [6, 8, 9, 12, 14, 15, 18, 19, 22, 25, 29, 35, 39, 45, 49, 59, 69, 89]
BIG = [89, 99, 112, 149, 180, 199, 240, 249, 275, 299, 312, 340, 399, 412, 480, 499, 650]
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
NAMES = ["anna", "ben", "carla", "dev", "emma", "frank", "grace", "hassan", "iris", "jack", "kim", "leo", "mia", "nate", "olga", "paul", "rita", "sam", "tina", "victor", "wendy", "zoe"]
DATES = ["first", "third", "fifth", "ninth", "twelfth", "fifteenth", "twentieth", "twenty third", "twenty eighth", "thirtieth"]

class Ctx:
    def __init__(self, domain):
        d = DOMAINS[domain]
        self.domain = domain
        self.co = pick(d["cos"])
        self.prod = pick(d["prods"])
        self.svc = d["svc"]
        self.bill = d["bill"]
        self.cur = pick(["dollars", "dollars", "dollars", "pounds"])
        self.m = words(pick(MONTHLY))
        self.big = words(pick(BIG))
        self.agent = pick(NAMES)
        self.day = pick(DAYS)
        self.date = pick(DATES)
        self.mins = pick(["twenty", "thirty", "forty five", "sixty"])
        self.used = set()
        self.cname = pick(["maria lopez", "john reed", "sandra king", "tom baker", "priya shah", "alan wu", "joan miller"])
    def f(self, s):
        return s.format(co=self.co, prod=self.prod, svc=self.svc, bill=self.bill, cur=self.cur, m=self.m,
                        big=self.big, agent=self.agent, cname=self.cname, day=self.day, date=self.date, mins=self.mins)

def A(ctx, options, *labels):
    return {"speaker": "agent", "text": ctx.f(pick(options)), "labels": sorted(set(labels))}

def C(ctx, options):
    return {"speaker": "customer", "text": ctx.f(pick(options)), "labels": []}

def U(ctx, options, *labels):
    return {"speaker": "unknown", "text": ctx.f(pick(options)), "labels": sorted(set(labels))}

# ---------------------------------------------------------------- shared neutral bits
GREET = ["hello, this is {agent} from {co}.", "hi, my name is {agent}, i'm calling from {co}.", "good morning, {agent} here from {co}.",
         "good afternoon, this is {agent} with {co}. am i speaking with the account holder?", "hi there, it's {agent} at {co}, do you have a minute?",
         "hello, {co} calling, my name's {agent}.", "good evening, this is {agent}, calling on behalf of {co}."]
C_ACK = ["yes, speaking.", "okay, hi.", "yes, who is this?", "hi. what's this about?", "uh, yes?", "sure, go ahead.", "this is she.", "yeah, that's me."]
ID_PAIRS = [("can i just confirm your first name and postcode?", ["sure, it's {cname}, and the postcode is on the bill, b s four.", "{cname}, and it's l s nine two."]),
            ("could you confirm the first line of your address for me?", ["it's twelve oak lane.", "forty one station road.", "flat three, eight mill street."]),
            ("can you confirm your date of birth, please?", ["the fourth of may, nineteen seventy two.", "it's the second of june, nineteen eighty.", "eleventh of march, nineteen sixty five."]),
            ("just to check, are you the person named on the account?", ["yes, the account's in my name.", "yes, that's me.", "it's joint, with my husband, but yes."])]
C_WHAT_COVER = ["what does it actually cover?", "and what's included in that?", "what would i get for it?", "how does that work exactly?"]
A_COVER = ["it covers breakdowns, parts and labour, and there's a helpline.", "you get repairs, call outs and a yearly check.", "it includes the engineer visit, the parts and any follow up.", "basically anything that fails from normal use is included."]
C_SMALL = ["sorry, can you hold on a second? the dog's barking.", "hang on, let me turn the tv down.", "sorry, can you repeat that? the line's bad.", "sorry, i was just putting my shopping down."]
A_SMALL = ["no problem, take your time.", "of course.", "sure, i'll wait.", "sure. can you hear me now?"]

NEUTRAL_QA = [("sorry, which company did you say?", "{co}. my name's {agent}."),
              ("is this call recorded?", "yes, calls are recorded for quality and training."),
              ("how long will this take?", "only a few minutes."),
              ("can you spell your name for me?", "sure, it's {agent}, just like it sounds."),
              ("how did you get my number?", "it's the number on your account."),
              ("sorry, i've got the kids here, can you speak up?", "of course, is that better?")]

def neutral_qa(ctx, n):
    out = []
    for q, a in R.sample(NEUTRAL_QA, n):
        out += [C(ctx, [q]), A(ctx, [a])]
    return out

def filler(ctx, n, product_known=False):
    out = []
    used = ctx.used
    for _ in range(n):
        k = R.random()
        if k < 0.5 or (not product_known and k < 0.8):
            q, a = pick(ID_PAIRS)
            if q in used:
                continue
            used.add(q)
            out += [A(ctx, [q]), C(ctx, a)]
        elif product_known and k < 0.85 and "cover" not in used:
            used.add("cover")
            out += [C(ctx, C_WHAT_COVER), A(ctx, A_COVER)]
        elif "small" not in used:
            used.add("small")
            out += [C(ctx, C_SMALL), A(ctx, A_SMALL)]
    return out

def tidy(turns):
    """merge two consecutive customer turns into one (customer turns carry no labels here)."""
    out = []
    for t in turns:
        if out and t["speaker"] == "customer" and out[-1]["speaker"] == "customer":
            out[-1] = {"speaker": "customer", "text": out[-1]["text"] + " " + t["text"], "labels": []}
        else:
            out.append(t)
    return out

# ---------------------------------------------------------------- deceptive modules
def m_pressure_threat(ctx):
    if DOMAINS[ctx.domain]["utility"]:
        a = ["your {svc} will be disconnected in {mins} minutes unless you pay the overdue balance right now.",
             "a crew is already on the way, your {svc} gets cut off in {mins} minutes if this isn't paid on this call.",
             "your account is marked for immediate suspension. if you hang up, the disconnection goes ahead today.",
             "this is the final warning before your {svc} is shut off this afternoon, and there's a reconnection fee of {big} {cur} on top.",
             "you have {mins} minutes to settle the balance of {big} {cur}, otherwise the account goes to disconnection and collections."]
    else:
        a = ["this is your final notice, your {prod} expires today and the file closes at five o'clock.",
             "if you don't act today you lose your eligibility for good, and you'll pay every repair yourself.",
             "your {svc} is about to expire and this is the last call we're allowed to make before it lapses.",
             "once this call ends the offer is gone, i can't reopen your file tomorrow.",
             "legally we have to tell you this is the final notice before your {svc} lapses today."]
    if DOMAINS[ctx.domain]["utility"]:
        c = ["what? i've never missed a payment.", "that can't be right.", "i haven't had any letter about this.", "today? why am i only hearing about it now?", "i'm on autopay, though."]
    else:
        c = ["what eligibility?", "i haven't had any letter about this.", "today? why am i only hearing about it now?", "who did you say you were again?", "i didn't know anything about that."]
    return [A(ctx, a, "pressure"), C(ctx, c)]

def m_pressure_repeat(ctx):
    c0 = ["no thank you.", "i'm not interested.", "no, i'll pass.", "no, really, not today.", "no. i don't want it."]
    a = ["i understand, but just think what one repair would cost you. let me at least take your details.",
         "everyone says no at first. it only takes two minutes, let's just get you set up.",
         "okay, but honestly you'd be making a mistake. the price goes up tomorrow, so it's now or never.",
         "hear me out, i can knock a bit off if you decide right now.",
         "i really don't think you understand the risk. let me explain it again.",
         "i can't just leave it there, i'm only allowed to hold this for you during this call."]
    c1 = ["i said no.", "please stop.", "no means no.", "i really don't want it.", "i'm going to hang up now."]
    out = [C(ctx, c0), A(ctx, a, "pressure"), C(ctx, c1)]
    if R.random() < 0.4:
        out += [A(ctx, ["last chance, i'm not going to be able to offer this again.", "you'll regret this when something breaks, i promise you.", "just say yes and i'll sort everything for you, seriously."], "pressure")]
    return out

def m_urgency_offer(ctx):
    a = ["i can only hold this price until the end of the day.", "there are only a few places left in your area today.",
         "the offer window closes tonight at midnight.", "if you hang up now, it goes to the next customer on my list.",
         "this is time limited, i need a decision on this call."]
    return [A(ctx, a, "pressure"), C(ctx, ["okay...", "that's a bit quick.", "i'd like some time to think.", "why the rush?"])]

def m_fake_reward(ctx):
    a = ["good news, you've been selected for our loyalty reward, a free upgrade to the {prod}.",
         "as a thank you for being a valued customer, you've been chosen for a special discount, {m} {cur} off every month.",
         "your household was picked as one of our star customers this year, and that comes with a free {prod}.",
         "congratulations, your account has been pre approved for our premium tier, we only offer it to a few customers.",
         "you've been rated a top customer, so we're adding a reward credit of {big} {cur} to your account.",
         "you've won our monthly customer draw, the prize is a year of our {prod}."]
    c = ["oh, really? nice.", "i didn't enter anything.", "okay, what's the catch?", "that sounds good, i suppose.", "why me?", "huh. okay."]
    return [A(ctx, a, "fake_reward"), C(ctx, c)]

def m_cost_concealment(ctx):
    c0 = ["how much does it cost?", "is it free?", "and what's the monthly price?", "will this change my bill?", "is there a charge?"]
    a = ["it's basically free, you won't notice it on the bill.",
         "switching is completely free, your tariff stays the same." if DOMAINS[ctx.domain]["utility"] else "there's no cost to activate, your premium stays the same.",
         "there's nothing extra, it's all part of your package now.", "it's a tiny amount, honestly it pays for itself.",
         "it's cost neutral for you, don't worry about the price side.", "the first month is on us, and after that it's really nominal.",
         "you won't see any real difference, it's just a small line on the {bill}."]
    out = [C(ctx, c0), A(ctx, a, "cost_concealment")]
    if R.random() < 0.6:
        out += [C(ctx, ["but what's the actual number?", "how much, in numbers?", "can you give me the exact price?", "so is it free or not?"]),
                A(ctx, ["it depends on a few things, we'll sort that out in the paperwork.", "it varies, but most people don't even notice it.",
                        "i don't have the figure in front of me, but it's really nothing.", "it's less than a coffee, let's not worry about it."], "cost_concealment")]
    return out

def m_code_request(ctx):
    a0 = ["to confirm it's you, i'm sending a six digit code to your phone. please read it back to me.",
          "you'll get a text with a verification code in a second, just tell me the numbers.",
          "i need the one time passcode we just texted you, can you read it out?",
          "for security, please tell me the pin on your account and then the code we send.",
          "a code is coming through by text now. once you have it, read it to me and i'll apply everything."]
    c = ["okay, it says not to share it with anyone.", "it's come through. it's from my bank, though?", "why do you need that?", "hang on, it says never give this code out.", "i'm not comfortable with that."]
    out = [A(ctx, a0, "code_request"), C(ctx, c)]
    if R.random() < 0.6:
        out += [A(ctx, ["that's just a standard message, it's fine to share with us.", "it goes through our payment partner, it's normal. just the digits please.",
                        "i can't finish this without it. please read it now.", "everyone does it, it's just to verify you. go ahead."], "code_request")]
        out += [C(ctx, ["no, i'm not reading that out.", "i'll call the number on my bill instead.", "no. goodbye.", "i'd rather not."])]
    return out

def m_consent_bypass(ctx):
    a0 = ["so i'll set you up on the {prod}, it's {m} {cur} a month.", "i can add the {prod} to your account today.",
          "shall we move you over to the {prod}? it's {m} {cur} a month.", "i'll go ahead and renew your {prod} for you, okay?"]
    c = ["hmm.", "uh, i'm not sure.", "let me think about it.", "maybe, i don't know.", "...", "i'll have to ask my partner."]
    a1 = ["perfect, i've gone ahead and activated it for you.", "great, that's done, you're all signed up.",
          "okay, i'll take that as a yes, it's processed.", "no need to confirm, i've handled it for you.",
          "i've filled in the confirmation for you, you'll get an email.", "lovely, it's already on your account."]
    out = [A(ctx, a0), C(ctx, c), A(ctx, a1, "consent_bypass")]
    if R.random() < 0.6:
        out += [C(ctx, ["wait, i didn't say yes.", "hold on, i never agreed to that.", "i said i'd think about it!", "undo that please."]),
                A(ctx, ["it's already gone through, you can cancel later if you really want.", "it's done now, i can't reverse it from here.",
                        "don't worry, it's the best option for you, i've kept it on."], "consent_bypass")]
    return out

def m_fake_cancellation(ctx):
    a0 = ["i'm calling because your {prod} is due to renew tomorrow for {big} {cur}. do you want to keep it or cancel?",
          "our records show a {prod} subscription on your account that starts charging {big} {cur} next week. shall i cancel it for you?",
          "there's a pending charge of {big} {cur} for an annual {prod} on your account. if you didn't order it, i can stop it now.",
          "a free trial of our {prod} ends today and the first payment of {big} {cur} goes out tonight, unless we cancel it.",
          "you've been double billed for a {prod}, the second charge of {big} {cur} comes out friday. i can cancel the duplicate."]
    c = ["i never signed up for that.", "what? i don't have any {prod}.", "cancel it, i don't want it!", "i've never heard of that.", "that must be a mistake."]
    a1 = ["no problem, i can cancel it right now so you're not charged.", "it happens, it was probably added by mistake. i'll cancel it for you today.",
          "i'll stop it for you, i just need to process the cancellation.", "then let's cancel it before the charge goes through."]
    return [A(ctx, a0, "fake_cancellation"), C(ctx, c), A(ctx, a1, "fake_cancellation")]

def m_card_ask(ctx):
    return [A(ctx, ["i'll need the full card number to stop the charge.", "can you confirm your bank account number so we can refund you?",
                    "i need your card details to match the payment.", "read me the long number on your card and the expiry."]),
            C(ctx, ["i'm not giving you my card number.", "you should already have that.", "no, i'll call my bank."])]

def m_abuse(ctx):
    a = ["honestly, are you stupid? i'm trying to help you.", "don't waste my time if you're not going to listen.",
         "people like you are the reason bills don't get paid.", "wow, you really can't understand a simple thing, can you?",
         "fine, sit there and lose money, it's your own fault.", "you're being ridiculous. grow up.",
         "i don't have all day for people who can't make a decision.", "seriously, how hard is it to follow simple instructions?"]
    return [A(ctx, a, "abuse"), C(ctx, ["excuse me?", "don't talk to me like that.", "wow. goodbye.", "i'm reporting this call.", "how rude."])]

D_CLOSE_C = ["i'm going to call the number on my bill.", "no thanks, goodbye.", "please take me off your list.", "i'll check with the company myself.", "i'm hanging up."]

def deceptive_call():
    arche = R.choice(["threat", "warranty", "free_switch", "loyalty_code", "fake_cancel", "silent_signup", "scold", "voicemail",
                      "threat", "fake_cancel", "loyalty_code", "warranty", "fake_cancel", "scold", "silent_signup", "silent_signup", "fake_cancel"])
    if arche in ("threat", "free_switch"):
        dom = pick(UTIL)
    elif arche == "warranty":
        dom = pick(["car_warranty", "appliance", "car_warranty", "insurance", "health"])
    else:
        dom = pick(ALL)
    ctx = Ctx(dom)
    if arche == "voicemail":
        return voicemail_deceptive(ctx), f"{dom}_scam_voicemail"
    t = [A(ctx, GREET), C(ctx, C_ACK)]
    if R.random() < 0.35:
        t += filler(ctx, 1)
    if arche == "threat":
        t += m_pressure_threat(ctx)
        if R.random() < 0.3:
            t += filler(ctx, 1)
        if R.random() < 0.55:
            t += m_code_request(ctx)
        else:
            t += [A(ctx, ["the quickest way is a prepaid card, you read me the number and it posts instantly.", "you can pay by card now, i'll stay on the line.", "you need to pay at a payment machine, i'll give you the reference."]),
                  C(ctx, ["i'll pay through the official website.", "that doesn't sound right.", "can i call you back?"])]
            if R.random() < 0.6:
                t += [A(ctx, ["if you hang up now, the disconnection can't be stopped.", "there's no time to call back, the crew is already out.", "the website won't stop the order, only i can."], "pressure")]
        if R.random() < 0.5:
            t += m_abuse(ctx)
        scen = f"{dom}_disconnect_threat"
    elif arche == "warranty":
        t += m_pressure_threat(ctx)
        if R.random() < 0.5:
            t += m_fake_reward(ctx)
        if R.random() < 0.4:
            t += filler(ctx, R.randint(1, 3), True)
        t += m_cost_concealment(ctx)
        if R.random() < 0.6:
            t += m_pressure_repeat(ctx)
        if R.random() < 0.35:
            t += m_abuse(ctx)
        scen = f"{dom}_final_notice_upsell"
    elif arche == "free_switch":
        t += [A(ctx, ["we're helping homes in your area cut their {bill}.", "i'm calling about a cheaper plan for your {svc}.", "we're the new supplier in your street and we can lower your {bill}."]),
              C(ctx, ["okay, i'm listening.", "how much cheaper?", "i'm happy with what i've got, really."])]
        t += m_cost_concealment(ctx)
        if R.random() < 0.5:
            t += filler(ctx, R.randint(1, 3))
        if R.random() < 0.6:
            t += m_consent_bypass(ctx)
        if R.random() < 0.4:
            t += m_urgency_offer(ctx)
        scen = f"{dom}_free_switch_claim"
    elif arche == "loyalty_code":
        t += m_fake_reward(ctx)
        if R.random() < 0.3:
            t += m_cost_concealment(ctx)
        t += m_code_request(ctx)
        if R.random() < 0.45:
            t += m_urgency_offer(ctx)
        if R.random() < 0.2:
            t += m_abuse(ctx)
        scen = f"{dom}_loyalty_code_request"
    elif arche == "fake_cancel":
        t += m_fake_cancellation(ctx)
        if R.random() < 0.25:
            t += filler(ctx, 1)
        if R.random() < 0.6:
            t += m_code_request(ctx)
        else:
            t += m_card_ask(ctx)
        if R.random() < 0.5:
            t += [A(ctx, ["if we don't cancel it on this call, the charge can't be refunded.", "you need to do this now, the payment goes out in an hour.", "after today it's non refundable, so it's up to you."], "pressure")]
        if R.random() < 0.3:
            t += m_abuse(ctx)
        scen = f"{dom}_invented_charge_cancel"
    elif arche == "silent_signup":
        if R.random() < 0.4:
            t += m_fake_reward(ctx)
        if R.random() < 0.5:
            t += filler(ctx, R.randint(1, 2))
        t += m_consent_bypass(ctx)
        if R.random() < 0.4:
            t += m_cost_concealment(ctx)
        scen = f"{dom}_signup_without_yes"
    else:  # scold
        t += [A(ctx, ["i'm calling about our {prod}, it's {m} {cur} a month.", "would you like to add the {prod} today?", "i'd like to offer you our {prod}."])]
        t += m_pressure_repeat(ctx)
        t += m_abuse(ctx)
        if R.random() < 0.4:
            t += [A(ctx, ["you'll be sorry when you need it.", "don't come crying to us later.", "typical. no wonder you're struggling."], "abuse")]
        scen = f"{dom}_pushy_scolding"
    if R.random() < 0.22:
        t = t[:2] + neutral_qa(ctx, R.randint(1, 3)) + filler(ctx, R.randint(1, 2)) + t[2:]
    if R.random() < 0.6 and t[-1]["speaker"] == "agent":
        t += [C(ctx, D_CLOSE_C)]
    return t, scen

def voicemail_deceptive(ctx):
    out = []
    opts = R.sample(["threat", "reward", "cancel", "code", "cost"], R.randint(1, 3))
    if "reward" in opts:
        out.append(U(ctx, ["congratulations, your account has been selected for a free {prod}.", "this is a message for our valued customers. you've been chosen for a loyalty reward of {big} {cur}."], "fake_reward"))
    if "cancel" in opts:
        out.append(U(ctx, ["your annual {prod} will renew today for {big} {cur}. to cancel, press two now.", "an order for {big} {cur} has been placed on your account. if this wasn't you, call back to cancel it."], "fake_cancellation"))
    if "cost" in opts:
        out.append(U(ctx, ["there's no cost to you, it's all included in your current {bill}.", "it's completely free, you won't notice a thing on your {bill}."], "cost_concealment"))
    if "code" in opts:
        out.append(U(ctx, ["to verify your account, reply with the six digit code we just texted you, or read it to our agent when you call back.", "have the code we sent to your phone ready, our agent will ask you for it."], "code_request"))
    if "threat" in opts or R.random() < 0.5:
        out.append(U(ctx, ["this is your final notice. call back today or your {svc} will be suspended.", "if we don't hear from you within the hour, the account will be closed and passed to collections.", "this is your final notice regarding your {svc}. press one now before it expires."], "pressure"))
    out.insert(0, U(ctx, ["hello, this is a message from {co}.", "this is an important message for the account holder from {co}.", "hi, this message is from the billing team at {co}."]))
    return out

# ---------------------------------------------------------------- honest modules
def h_price_yes(ctx):
    t = [A(ctx, ["you asked about the {prod}. it's {m} {cur} a month, and you can cancel with a month's notice.",
                 "the {prod} costs {m} {cur} a month. it's added to your {bill}, and there's no contract.",
                 "just so you have the numbers, the {prod} is {m} {cur} a month, nothing upfront."])]
    if R.random() < 0.5:
        t += [C(ctx, ["so it's not free?", "is it free for the first month?", "is there anything else to pay?"]),
              A(ctx, ["no, it's not free, it's {m} {cur} every month while you have it.", "there's no free period, it's {m} {cur} from the start. no other fees.", "no setup fee, no exit fee, just the {m} {cur} a month."])]
    if R.random() < 0.6:
        t += [C(ctx, ["okay, i'll take it.", "yes, add it please.", "alright, go ahead."]),
              A(ctx, ["just to confirm, you want the {prod} at {m} {cur} a month, starting today. is that a yes?", "so that's {m} {cur} a month on your {bill}. shall i go ahead?"]),
              C(ctx, ["yes.", "yes, go ahead.", "yes, that's right."]),
              A(ctx, ["thank you, i've recorded your yes and added it. you'll get a confirmation email.", "done, it's on your account. you can cancel anytime in the app."])]
    else:
        t += [C(ctx, ["hmm, i'm not sure.", "let me think about it.", "no, i don't think so."]),
              A(ctx, ["that's fine, i won't add anything unless you say yes.", "no problem, nothing's been changed on your account.", "of course. if you decide later, you can add it in the app."])]
    return t

def h_never_code(ctx):
    if R.random() < 0.5:
        t = [C(ctx, ["i just got a text with a code, do you need it?", "hang on, i've got a code here, it's four, seven...", "should i read you the code you sent?"]),
             A(ctx, ["no, please don't read it to me. we will never ask for your code. type it into the app yourself.",
                     "please stop, don't share it. nobody from {co} will ever ask for that code. just enter it on the login page.",
                     "no, keep it to yourself. the code is only for you to type into our app."]),
             C(ctx, ["okay, i've typed it in.", "oh, sorry. done.", "okay, it worked."])]
    else:
        t = [A(ctx, ["the app will text you a one time code. type it into the app yourself, you don't need to tell me.",
                     "you'll get a code by text. enter it on the website, and remember we'll never ask you to read it out.",
                     "please open the official app and type in the code it sends. i won't ask for it."]),
             C(ctx, ["okay, done.", "right, it's asking for the code, typing it now.", "got it, it says verified."])]
    return t + [A(ctx, ["great, you're all set.", "perfect, that's updated.", "thanks, that's all done."])]

IN_GREET = ["thanks for calling {co}, this is {agent}. how can i help?", "{co}, {agent} speaking, how can i help you today?",
            "hello, you're through to {co}, my name's {agent}.", "good morning, {co} customer service, this is {agent}."]
INBOUND = {"cancel_requested", "code_app", "rude_customer", "routine_in", "scam_check", "budget"}

def pairs(ctx, plist):
    """plist: list of (agent_or_customer_first, [(first_text, second_text), ...]) choose one pair."""
    first, second = pick(plist)
    return first, second

def honest_call():
    arche = R.choice(["price_yes", "decline_followup", "cancel_requested", "code_app", "arrears_plan", "outage", "meter_appt",
                      "tariff_change", "rude_customer", "free_credit", "routine_in", "routine_out", "voicemail", "warranty_renewal",
                      "scam_check", "budget", "price_yes", "code_app"])
    if arche in ("arrears_plan", "outage", "meter_appt", "tariff_change", "scam_check", "budget"):
        dom = pick(UTIL)
    elif arche == "warranty_renewal":
        dom = pick(["car_warranty", "appliance", "insurance", "health"])
    else:
        dom = pick(ALL)
    ctx = Ctx(dom)
    hn = True
    if arche == "voicemail":
        return voicemail_honest(ctx, dom)
    b = []
    if arche == "price_yes":
        b += h_price_yes(ctx)
        if R.random() < 0.4 and b[-1]["speaker"] == "agent":
            b += [C(ctx, ["one more thing, what does it cover?", "and what exactly is included?"]), A(ctx, A_COVER)]
    elif arche == "decline_followup":
        b += [A(ctx, ["would you be interested in our {prod}? it's {m} {cur} a month.", "we have a {prod} for {m} {cur} a month, want to hear about it?"]),
              C(ctx, ["no thanks.", "not for me, thanks.", "no, i'm fine."])]
        if R.random() < 0.5:
            q, a = pick([("okay. just so you know, the offer's open until the {date} if you change your mind. i won't call again about it.", ["okay, thanks.", "noted, thanks."]),
                         ("no problem. can i ask if it's the price or just not needed? no pressure either way.", ["it's just not needed.", "the price, really."])])
            b += [A(ctx, [q]), C(ctx, a)]
        b += [A(ctx, ["understood, nothing's been added. have a good day.", "thanks for your time, i've noted you're not interested.", "all good, enjoy your day."])]
    elif arche == "cancel_requested":
        b += [C(ctx, ["i'd like to cancel my {prod}, please.", "i want to cancel my {prod}, i'm moving house.", "can you cancel my {prod}? i don't use it."]),
              A(ctx, ["of course. can i confirm your name and the address on the account?", "sure, let me find it. can you confirm your name and address?"]),
              C(ctx, ["{cname}, twelve oak lane.", "it's {cname}, forty one station road.", "{cname}, flat three, eight mill street."])]
        if R.random() < 0.4:
            b += [A(ctx, ["before i do, would you like to hear about a cheaper option, or shall i just cancel?", "i can offer a lower price of {m} {cur}, or go ahead and cancel, whichever you prefer."]),
                  C(ctx, ["just cancel, thanks.", "no, please cancel."])]
        b += [A(ctx, ["done. it's cancelled from the {date}, with no cancellation fee. you'll get an email confirming it.",
                      "that's cancelled. your last payment was this month and nothing more will be taken.",
                      "cancelled as you asked. there's a final bill of {m} {cur} for the days used, and that's it."]),
              C(ctx, ["great, thanks.", "perfect.", "thank you."])]
    elif arche == "code_app":
        b += [C(ctx, ["i'm trying to log into my account and it wants a code.", "i want to update my bank details.", "i can't get into the app."]),
              A(ctx, ["i can help with that.", "sure, let's do it together.", "no problem."])]
        b += h_never_code(ctx)
    elif arche == "arrears_plan":
        b += [A(ctx, ["i'm calling about an overdue balance of {big} {cur} on your account. we'll never ask for gift cards or codes on these calls.",
                      "your account is {big} {cur} behind. i want to help set up a plan. i won't ask for card details or any code."]),
              C(ctx, ["yeah, i know. it's been hard.", "i didn't realise it was that much.", "okay. what happens now?"]),
              A(ctx, ["i should say once that if nothing's arranged, the account could be disconnected after the {date} of next month, and that's in your letter too. but let's avoid that.",
                      "nothing happens today. we'd only take further steps after written notice. let's find something affordable."]),
              C(ctx, ["what are my options?", "i can't pay it all at once.", "okay."]),
              A(ctx, ["we could spread it as {m} {cur} a month on top of your usual bill, with no interest. would that work?",
                      "a plan of {m} {cur} a month would clear it, and there's also a hardship fund that's free to apply for. shall i set up the plan?"]),
              C(ctx, ["yes, that works.", "yes, let's do that.", "okay, yes."]),
              A(ctx, ["thank you, i've set it up with your agreement. the first payment is with your next bill.", "great, i've noted your yes and set up the plan."])]
    elif arche == "outage":
        hn = R.random() < 0.6
        q, a = pick([("we're calling about the outage on your street yesterday. power was restored at six p.m.", ["okay, thanks.", "yes, it was out all afternoon."]),
                      ("there's a planned outage on {day} from nine till one while we replace equipment.", ["okay. do i need to do anything?", "alright, thanks for the warning."]),
                      ("i'm calling to let you know the fault in your area has been fixed.", ["good, thanks.", "finally, thanks."])])
        if dom != "electricity":
            q = q.replace("power", ctx.svc)
        b += [A(ctx, [q]), C(ctx, a)]
        if hn:
            b += [A(ctx, ["there's nothing you need to do and nothing to pay. we'll never charge to restore supply.",
                          "you're due {m} {cur} compensation, it goes onto your next bill automatically. we don't need any details from you."])]
        else:
            b += [A(ctx, ["you can see updates on the outage map on our website.", "if anything changes we'll send a text."])]
    elif arche == "meter_appt":
        hn = R.random() < 0.5
        b += [A(ctx, ["we need to book a meter reading at your property.", "your meter's due for its routine check, can we book a visit?"]),
              C(ctx, ["sure, when?", "okay. what days do you have?"]),
              A(ctx, ["we have {day} morning or afternoon.", "how about {day}, morning or afternoon?"]),
              C(ctx, ["morning works.", "the afternoon, please."])]
        if hn:
            b += [A(ctx, ["booked. the reader will show a photo id, and they'll never ask for payment at the door.", "that's booked. there's no charge, and if anyone asks for money, don't pay and call us."])]
        else:
            b += [A(ctx, ["booked, thanks. you'll get a text the day before.", "great, that's in the diary."])]
    elif arche == "tariff_change":
        b += [A(ctx, ["your fixed deal ends on the {date}. after that, your bill goes up by about {m} {cur} a month on the standard rate.",
                      "from the {date}, your unit rate changes. on your usage that's about {m} {cur} a month more. i'm calling so it's not a surprise."]),
              C(ctx, ["that's more than i pay now.", "can i get a better deal?", "okay, what are my options?"]),
              A(ctx, ["you can stay, move to a new fix, or switch to another supplier with no exit fee. i'll email the prices so you can compare.",
                      "we have a twelve month fix that would be a bit lower. it has an exit fee, which i'll put in writing for you."])]
        if R.random() < 0.5:
            b += [C(ctx, ["i'll think about it.", "send me the details."]), A(ctx, ["of course, there's no rush, nothing changes until the {date}.", "will do. nothing's been changed today."])]
    elif arche == "rude_customer":
        b += [C(ctx, ["your company is useless, you know that?", "are you people idiots? my bill's wrong again.", "i've been waiting an hour, this is ridiculous."]),
              A(ctx, ["i'm sorry about that. let me see what i can do.", "i understand you're frustrated. let me look at the account.", "sorry for the wait. i'll try to sort it now."]),
              C(ctx, ["just hurry up.", "well, get on with it.", "fine."])]
        opts = [("i can see there's a duplicate charge of {m} {cur}. i'll remove it and refund it within five days.", ["about time.", "it should never have happened."], "you're right, it shouldn't have. it's fixed, and i've added a note so it doesn't happen again."),
                        ("the last bill was based on an estimate. if you give me the number on your meter, i'll correct it.", ["it says four five two eight. and it better be right this time.", "fine. four one one nine."], "thank you. the corrected bill is lower, and i'll email it to you today.")]
        q, a, z = pick(opts if DOMAINS[dom]["utility"] else opts[:1])
        b += [A(ctx, [q]), C(ctx, a), A(ctx, [z])]
    elif arche == "free_credit":
        q, a, z = pick([("just a quick call, there's nothing to sign up for. we've added a credit of {m} {cur} to your account because of last month's billing delay.", ["oh, do i need to do anything?", "do you need my bank details?"], "nothing at all, and no details needed. it'll just show on your next bill."),
                        ("good news, no action needed. your account has a {m} {cur} goodwill credit for the service problem last week.", ["is there a catch?", "is this one of those offers?"], "no catch, and nothing to accept or pay. it's already applied.")])
        b += [A(ctx, [q]), C(ctx, a), A(ctx, [z])]
    elif arche == "routine_in":
        hn = False
        b += R.choice([
            [C(ctx, ["i'd like to update my address.", "i've moved, can you change my address?"]), A(ctx, ["sure, what's the new address?"]), C(ctx, ["forty two river road.", "flat two, nine park street."]), A(ctx, ["updated. your next {bill} will go there."])],
            [C(ctx, ["why is my bill higher this month?", "can you explain my last bill?"]), A(ctx, ["there were more days in this billing period than last time, thirty four instead of twenty nine.", "the last bill included a late reading from the quarter before."]), C(ctx, ["oh, okay, that makes sense."])],
            [C(ctx, ["i'd like to change my payment date.", "can i pay on the fifteenth instead of the first?"]), A(ctx, ["sure, i've moved it to the fifteenth from next month."]), C(ctx, ["thanks."])],
            [C(ctx, ["can i get a copy of my last statement?", "i need a statement for my accountant."]), A(ctx, ["of course, i'll email it now. you can also download it in the app."]), C(ctx, ["great."])],
        ])
    elif arche == "routine_out":
        hn = False
        b += R.choice([
            [A(ctx, ["i'm calling to confirm the engineer visit on {day}.", "just confirming your appointment for {day} morning."]), C(ctx, ["yes, that's still fine.", "great, i'll be in."]), A(ctx, ["perfect, see you then."])],
            [A(ctx, ["we received your form, but the signature page was missing. could you send it again?"]), C(ctx, ["oh, sorry, i'll post it tomorrow."]), A(ctx, ["thanks, no rush."])],
            [A(ctx, ["i'm following up on your complaint about the late bill. it's been resolved and the bill's been sent."]), C(ctx, ["thank you for letting me know."])],
        ])
    elif arche == "warranty_renewal":
        b += [A(ctx, ["your {prod} ends on the {date}. renewal for another year is {big} {cur}, or you can pay monthly.",
                      "i'm calling because your {prod} is up for renewal on the {date}. the price is {big} {cur} for the year, slightly more than last year."])]
        q, a = pick([("and if i don't renew?", "then it simply ends on the {date}, there's no penalty."),
                     ("what's changed from last year?", "the cover is the same, only the price went up.")])
        b += [C(ctx, [q]), A(ctx, [a])]
        if R.random() < 0.55:
            b += [C(ctx, ["okay, renew it.", "yes, let's renew.", "go on then, renew it."]),
                  A(ctx, ["just to be sure, you want to renew at {big} {cur}? please say yes or no.", "so i'm renewing from the {date} at {big} {cur}. is that a yes?"]),
                  C(ctx, ["yes.", "yes, please."]),
                  A(ctx, ["thank you, i've recorded your yes. you have thirty days to cancel for a full refund.", "renewed. documents are on the way."])]
        else:
            b += [C(ctx, ["i'll let it lapse, thanks.", "no, i won't renew."]), A(ctx, ["no problem, it'll end on the {date} and nothing else happens.", "understood. nothing will be charged."])]
    elif arche == "scam_check":
        b += [C(ctx, ["i got a call saying my {svc} would be cut off in thirty minutes unless i paid. was that you?",
                      "someone called saying they'd disconnect me today and asked me to read a code. is that real?"]),
              A(ctx, ["no, that wasn't us. we never ask for codes, and we never disconnect without written notice.",
                      "that's a scam. we'd never threaten same day disconnection or ask for gift cards or codes."])]
        q, a = pick([("is my account okay?", "your account is fully paid, there's nothing owing."),
                     ("i didn't give them anything.", "good. i've noted it on your account. if they call again, just hang up.")])
        b += [C(ctx, [q]), A(ctx, [a])]
    else:  # budget
        mq = pick(MONTHLY[6:])
        b += [C(ctx, ["my bills are getting too high, i need help with my budget.", "can we talk about what i'm paying? money's tight."])]
        q, a, z = pick([("you're paying {q} {cur} a quarter at the moment. we can spread that into equal monthly payments of {mm} {cur}.", "what happens if i use more than that?", "we review it twice a year and tell you before any change."),
                        ("you could apply for our low income discount, which takes a fifth off the bill.", "does the discount cost anything?", "no, it's free to apply, and there's nothing to buy."),
                        ("we can set up a payment plan of {mm} {cur} a month so it's steady. you'll see the exact amount on your bill.", "is there any interest?", "no interest and no fee.")])
        q = q.replace("{q}", words(mq * 3)).replace("{mm}", words(mq))
        b += [A(ctx, [q]), C(ctx, [a]), A(ctx, [z])]
        if R.random() < 0.5:
            b += [C(ctx, ["let me think about it.", "i'll talk to my husband."]), A(ctx, ["sure, nothing changes until you tell us.", "no problem, i haven't changed anything."])]
    fill = filler(ctx, R.randint(1, 3)) if R.random() < 0.4 else []
    if R.random() < 0.2:
        fill = neutral_qa(ctx, R.randint(1, 3)) + fill
    if arche in INBOUND:
        k = 2 if len(b) > 2 and b[1]["speaker"] == "agent" and arche != "cancel_requested" else 1
        t = [A(ctx, IN_GREET)] + b[:k] + fill + b[k:]
    else:
        t = [A(ctx, GREET), C(ctx, C_ACK)] + fill + b
    t += [C(ctx, ["thanks, bye.", "okay, thank you.", "great, that's everything."])] if t[-1]["speaker"] == "agent" else [A(ctx, ["thanks for calling, bye.", "have a good day."])]
    return t, f"{dom}_{arche}", hn

def voicemail_honest(ctx, dom):
    hn = R.random() < 0.7
    parts = [U(ctx, ["hello, this is {co} with a message for the account holder.", "hi, this is {agent} from {co}."])]
    if hn:
        parts.append(U(ctx, ["your bill of {big} {cur} is due on the {date}. if you've already paid, please ignore this. we will never ask for a code or a gift card.",
                             "this is a final reminder that your {prod} ends on the {date}. if you'd like to renew, the price is {m} {cur} a month. please call the number on your documents.",
                             "we're letting you know there's a planned interruption on {day}. there's nothing to pay and nothing you need to do."]))
    else:
        parts.append(U(ctx, ["i'm calling to confirm your appointment on {day}. please call us if you need to change it.", "please give us a call back about your recent enquiry, the number is on our website."]))
    return parts, f"{dom}_honest_voicemail", hn

# ---------------------------------------------------------------- assemble
def main():
    hand = [json.loads(l) for l in open(os.path.join(HERE, "hand.jsonl"), encoding="utf-8")]
    rows = []
    for i, h in enumerate(hand, 1):
        h["id"] = f"w07-{i:04d}"
        rows.append(h)
    gen = []
    for _ in range(N_DECEPTIVE):
        while True:
            t, scen = deceptive_call()
            if 4 <= len(t) <= 30 or scen.endswith("voicemail"):
                break
        gen.append((tidy(t), scen, False))
    for _ in range(N_HONEST):
        while True:
            t, scen, hn = honest_call()
            if 4 <= len(t) <= 30 or scen.endswith("voicemail"):
                break
        gen.append((tidy(t), scen, hn))
    R.shuffle(gen)
    for t, scen, hn in gen:
        labels = sorted({l for x in t for l in x["labels"]})
        rows.append({"id": f"w07-{len(rows) + 1:04d}", "lang": "en", "deceptive": bool(labels), "labels": labels,
                     "turns": t, "source": "writer:07", "scenario": scen, "hard_negative": bool(hn and not labels),
                     "written": "generator"})
    with open(os.path.join(HERE, "calls.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} calls ({len(hand)} hand, {len(gen)} generated)")

if __name__ == "__main__":
    main()
