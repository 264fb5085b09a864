#!/usr/bin/env python3
"""Writer 06 generator: subscription auto-renewal and tech-support calls.

Rebuilds calls.jsonl = hand.jsonl (hand-written, kept as is) + generated calls.
Deterministic (fixed seed). Python 3 standard library only.
"""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 60606
N_DECEPTIVE = 190
N_HONEST = 160

CC, FC, FR, CODE, CB, PR, AB = ("cost_concealment", "fake_cancellation", "fake_reward",
                                "code_request", "consent_bypass", "pressure", "abuse")

# ---------------------------------------------------------------- phrase banks
SCAM_SUBS = [
    ("Amazon", "Prime membership"), ("Amazon", "Prime annual plan"), ("Netflix", "Premium annual plan"),
    ("Norton", "Norton 360 subscription"), ("Norton", "LifeLock protection plan"), ("McAfee", "Total Protection subscription"),
    ("Geek Squad", "Total Protection plan"), ("Best Buy", "Totaltech membership"), ("Microsoft", "Office 365 family subscription"),
    ("Microsoft", "Windows Defender premium plan"), ("Apple", "iCloud plus storage plan"), ("Apple", "AppleCare plus membership"),
    ("PayPal", "McAfee auto-payment"), ("Hulu", "Live TV annual plan"), ("Disney Plus", "yearly bundle"),
    ("Total AV", "antivirus membership"), ("Bitdefender", "family pack renewal"), ("Avast", "premium security plan"),
    ("Walmart", "Walmart Plus family membership"), ("Spotify", "family premium annual plan"),
]
SCAM_PRICES = ["$399", "$399.99", "$299", "$349.99", "$449", "$499", "$529.99", "$649.99", "$289", "$389",
               "399 dollars", "299 dollars and 99 cents", "$1,199", "$479.99", "$359.99", "$599"]
FEES = ["$99", "$149", "$199", "$199.99", "$249", "$299", "$79.99", "$129"]
TECH_BRANDS = ["Microsoft", "Windows", "Apple", "Microsoft Windows", "Apple Care", "Windows security", "Microsoft technical"]
AGENT_NAMES = ["Kevin", "Mark", "Steve", "Jason", "Daniel", "Ryan", "Lisa", "Nancy", "Tom", "Alex", "Rick", "Brian",
               "Jenny", "Sam", "Michael", "David", "Emily", "Chris", "Sarah", "Jack", "Paul", "Nina", "Ben", "Grace"]
CUST_NAMES = ["Dorothy", "Carlos", "Linda", "Frank", "Maria", "Ahmed", "Janet", "Robert", "Mei", "Susan", "George",
              "Patricia", "Kwame", "Olga", "Raj", "Helen", "Bill", "Rosa", "Tyler", "Grace", "Walter", "Irene", "Sofia", "Dennis"]
HONEST_SUBS = [
    ("StreamBox", "Standard plan", "$15.49 a month"), ("StreamBox", "Premium plan", "$22.99 a month"),
    ("ClearGuard", "antivirus subscription", "$59.99 a year"), ("CloudSafe", "backup plan", "$5.99 a month"),
    ("Vaultline", "family password manager plan", "$59.88 a year"), ("TuneWave", "family plan", "$16.99 a month"),
    ("PhotoVault", "2 terabyte plan", "$9.99 a month"), ("FitTrack", "premium membership", "$9.99 a month"),
    ("Hostly", "web hosting plan", "$119 a year"), ("SafeHome", "alarm monitoring", "$24.99 a month"),
    ("Connect Fiber", "internet plan", "$65 a month"), ("NewsDaily", "digital subscription", "$4.99 a month"),
    ("ClearGuard", "total security plan", "$89.99 a year"), ("CloudSafe", "business backup", "$12 a month"),
]
DATES = ["June 2nd", "the 14th", "March 10th", "the 21st", "October 1st", "the 9th", "May 31st", "the 3rd",
         "July 8th", "the 28th", "January 14th", "next Tuesday", "the 1st", "August 15th", "the 19th"]

FILLERS = ["Um, ", "Uh, ", "So, ", "Okay, ", "Yeah, ", "Uh, okay, ", "Um, so ", "Oh, "]


SKIP_FILL = ("Okay", "Oh", "Um", "Uh", "So", "Yeah", "Well", "Hmm", "Hm", "Yes", "No", "Hello", "Hi", "Wait", "Hold", "Ugh", "Sure", "Great",
             "Thank", "Thanks", "Alright", "Perfect", "Good", "Fine", "Done", "Got", "Congratulations", "Sorry")


def fill(rng, text, p=0.25):
    first = text.split(" ")[0].strip(",.!?") if text else ""
    if rng.random() < p and text and text[0].isupper() and first not in SKIP_FILL \
            and not first.startswith("I'") and first != "I" and not first.isupper() and not first[0] in "$0123456789{":
        f = rng.choice(FILLERS)
        return f + text[0].lower() + text[1:]
    return text


class Call:
    def __init__(self, rng, ctx):
        self.rng, self.ctx, self.turns = rng, ctx, []

    def a(self, bank, labels=(), p=0.12):
        t = self.rng.choice(bank) if isinstance(bank, list) else bank
        self.turns.append({"speaker": "agent", "text": fill(self.rng, t.format(**self.ctx), p), "labels": sorted(set(labels))})

    def u(self, bank, labels=()):
        t = self.rng.choice(bank) if isinstance(bank, list) else bank
        self.turns.append({"speaker": "unknown", "text": t.format(**self.ctx), "labels": sorted(set(labels))})

    def lead(self, bank):
        if self.turns and self.turns[-1]["speaker"] == "customer":
            return
        self.c(bank)

    def c(self, bank, p=0.3):
        t = self.rng.choice(bank) if isinstance(bank, list) else bank
        self.turns.append({"speaker": "customer", "text": fill(self.rng, t.format(**self.ctx), p), "labels": []})


def scam_ctx(rng):
    brand, svc = rng.choice(SCAM_SUBS)
    return {"brand": brand, "svc": svc, "price": rng.choice(SCAM_PRICES), "fee": rng.choice(FEES),
            "agent": rng.choice(AGENT_NAMES), "name": rng.choice(CUST_NAMES), "tech": rng.choice(TECH_BRANDS),
            "mins": rng.choice(["ten", "five", "fifteen", "twenty", "two"]),
            "card": rng.choice(["Target", "Google Play", "Apple", "Walmart", "Steam", "eBay"])}


def honest_ctx(rng):
    brand, svc, price = rng.choice(HONEST_SUBS)
    return {"brand": brand, "svc": svc, "hprice": price, "date": rng.choice(DATES),
            "agent": rng.choice(AGENT_NAMES), "name": rng.choice(CUST_NAMES),
            "last4": str(rng.randint(1000, 9999)), "ticket": str(rng.randint(10000, 99999)),
            "refund": price.split()[0],
            "days": rng.choice(["3 to 5 business days", "5 to 7 days", "a few days", "up to 10 business days"])}


# ---------------------------------------------------------------- scam moves
IVR_OPEN = [
    "Hello, this is an automated message from {brand}. Your {svc} will be renewed today for {price}.",
    "This is {brand} billing. We're calling to let you know your {svc} will auto renew in the next 24 hours for {price}.",
    "Important notice from {brand}. Your {svc} has been renewed and {price} will be charged to your card today.",
    "Hi, this is a courtesy call from {brand} about your {svc}. A renewal charge of {price} is scheduled for this evening.",
    "This call is regarding your {brand} {svc}. Your membership renews today at the new rate of {price}.",
    "Hello. {brand} account services. An automatic renewal of {price} for your {svc} is being processed right now.",
]
IVR_PRESS = [
    "If you did not authorize this charge, press 1 to speak with a cancellation agent.",
    "To cancel this renewal and receive a full refund, press 1 now.",
    "Press 1 to cancel, or press 2 to keep your membership.",
    "If you wish to stop this payment, press 1 or say cancel.",
    "To dispute this charge, please press 1 to be connected with a {brand} representative.",
]
IVR_PRESS_PR = [
    "This is your final notice. If you do not press 1 now, the charge cannot be reversed.",
    "You must respond within the next hour, after that the renewal is nonrefundable. Press 1 now.",
    "Failure to respond will result in the charge being processed today. Press 1 immediately.",
]
IVR_CUST = ["Hello?", "Um, okay, I pressed one.", "What? I didn't order anything. Hello?", "Cancel.", "Uh, one. I pressed it.",
            "Hello, is someone there?", "I don't have that. Hello?", "Okay, one, I guess."]
HOLD = ["Please hold while we connect you to a representative.", "Thank you. Your call is important to us, please hold.",
        "Connecting you to the billing department.", "Please wait while we transfer your call."]
LIVE_GREET = [
    "Thank you for calling {brand} cancellations, my name is {agent}. Can I have your first name?",
    "{brand} billing, this is {agent}. Who am I speaking with?",
    "Hi, this is {agent} from the {brand} refund desk. Can I get your name please?",
    "Hello, {brand} account department, {agent} speaking. May I have your name?",
]
COLD_GREET = [
    "Hello, good afternoon. Am I speaking with the account holder?",
    "Hi, is this {name}? This is {agent} calling from {brand}.",
    "Hello, this is {agent} from the {brand} billing team. Do you have a minute?",
    "Good morning, this is {brand} customer service, my name is {agent}.",
    "Hi there, {agent} here with {brand} account security.",
]
NAME_REPLY = ["It's {name}.", "{name}.", "This is {name}. What's this about?", "Yes, it's {name}.", "Yeah, this is {name}, who's calling?"]
FC_CLAIM = [
    "I see the renewal here, {svc}, {price}, it will be taken from your card at 6 p.m. today. I can stop it for you.",
    "Our records show your {svc} renewed automatically for {price}. If you didn't want it, I can cancel it now.",
    "So there's a {price} charge pending for the {svc}. It was activated on your account last month.",
    "You have an active {svc} that renews today for {price}. Do you want me to cancel it?",
    "I'm calling because your {svc} is about to charge {price}. Most customers don't know it auto renews.",
    "There's a pending order on your account for {price}, it's the {svc} upgrade. Shall I cancel it for you?",
]
FC_DENY = ["I don't have that.", "I never signed up for anything like that.", "What? I didn't order anything.",
           "I cancelled that years ago, I think.", "{price}? That's crazy. I don't use {brand}.", "I'm pretty sure that's not mine.",
           "Huh. I don't remember that at all."]
FC_INSIST = [
    "It's on your account, it may have been activated from another device. I'll cancel it for you right now.",
    "Our system shows it under your phone number. It was a free trial that converted. I can stop it today.",
    "Sometimes it happens when someone clicks on the TV or the tablet. Don't worry, I will cancel it.",
    "Yes, it's showing active on our side. If we don't cancel it now it renews every year.",
    "It came with a purchase you made and now it renews automatically. Let me cancel it.",
]
CUST_OK = ["Okay, yes, please cancel it.", "Yeah, cancel it.", "Okay. Please stop it.", "I guess, yes, cancel it.", "Sure, just cancel it."]
CODE_ASK = [
    "To stop the renewal I'm sending a six digit code to your phone. Read it back to me when it comes in.",
    "You'll get a text from {brand} in a second. That's your cancellation code. Just tell me the numbers.",
    "For security I need to verify you're the account holder. I've sent a one time passcode, can you read it to me?",
    "The system needs the verification code we just sent to your phone to stop the charge. What does it say?",
    "Okay, a text message just went to your phone, it's the refund authorization code. Please read it out.",
    "Tell me the number you just got by text, and the charge is cancelled.",
    "I need the four digit PIN on your account, and then the code from the text message.",
    "A code is coming from your bank, it's for the refund. Read me the six digits.",
]
CODE_CUST = ["It says do not share this code with anyone.", "Okay, I got a code. Um, why do you need it?",
             "It's 4 8 1... wait, should I be telling you this?", "Hold on, it's from my bank, not {brand}.",
             "I don't know, I've heard you're not supposed to share these.", "Okay, it's 3 9 0 2 2 7."]
CODE_PUSH = [
    "Yes, it says that, but that's for other people. I'm {brand}. Please read it.",
    "That's the standard message, don't worry about it. Just read me the numbers.",
    "It's fine, I'm the one who sent it. Keep going, all six digits please.",
    "We work together with your bank for this. Read the code, quickly.",
]
PR_LINES = [
    "You have {mins} minutes before the charge goes through, after that there is no refund.",
    "If you hang up now, the {price} is charged and we cannot reverse it.",
    "This is your final notice. Today is the last day, tomorrow nothing can be done.",
    "Your account will be suspended tonight if we don't finish this right now.",
    "Sir, I'm telling you, it's now or never. I can't hold this for you.",
    "This has to be done right now. Don't call anybody and don't hang up.",
    "If you don't do this today, the case goes to the cyber crime department and they can seize the computer.",
    "The refund window closes at 5 o'clock. If you miss it the money is gone.",
    "Ma'am, every second you wait they are taking more money. We have to do it immediately.",
    "Do not go to the bank, do not tell anyone, the hackers can see everything. Just stay with me.",
]
PR_AFTER_NO = [
    "Wait, wait, just listen for one minute. If you hang up, you lose {price}.",
    "I understand, but you don't understand. This is today only. After today there's no refund.",
    "Are you sure? Everyone who says no ends up paying. Let me just do it for you.",
    "No? Okay, but your account will still be charged, and I won't be able to help you later. Think again.",
    "Sir, I'm trying to help you. Just give me two minutes and it's done.",
]
CUST_NO = ["No. I'm not doing this over the phone.", "No thanks, I'll check myself.", "I said no.", "No, I'm going to hang up.",
           "I'm not interested.", "No, I'll call {brand} myself."]
CUST_HESITATE = ["Hmm.", "Uh...", "I don't know.", "Um, I guess, maybe?", "Let me think about it.", "Hmm, okay...", "Wait, I'm not sure."]
CUST_QUESTION = ["Sorry, can you say that again?", "I don't understand. What do I do?", "How do I know you're really {brand}?",
                 "Can I call you back?", "I need to ask my son first.", "Why do you need that?", "Hang on, I'm confused."]
AB_LINES = [
    "Are you stupid? I just told you what to do.",
    "Don't waste my time, ma'am. I have other customers.",
    "Why are you so slow? Just do what I say.",
    "Listen to me carefully, it's not difficult, even a child can do it.",
    "You people never listen and then you cry about your money.",
    "Stop arguing with me and go to the computer.",
    "Are you deaf? I said it three times already.",
    "Honestly, it's people like you who get hacked. Use your brain for once.",
    "Oh my God, you're hopeless. Just shut up and listen.",
    "Fine, lose your money then, idiot.",
]
CB_LINES = [
    "Okay, perfect, I've gone ahead and started the cancellation for you. It's already in progress.",
    "Alright, I'm connecting to your computer now, I'll accept the prompt on your side, you don't need to click anything.",
    "No need to confirm, I'll handle everything from here.",
    "Great, I've activated it on your account. You're all set.",
    "I filled in the refund form for you and signed it, so we save time.",
    "Okay, I've charged the card on file for the activation. It's done.",
    "Good, I've already renewed the protection for you, so you're covered.",
    "I'll take that as a yes. I've submitted it.",
]
CB_PROTEST = ["Wait, I didn't say yes.", "Hold on, I didn't agree to that.", "What? I didn't say you could do that.", "Um, okay...?"]
FR_LINES = [
    "Congratulations, you've been selected for our loyal customer upgrade this month.",
    "Because you're a valued {brand} customer, you qualify for a free security upgrade today.",
    "As a thank you for being with us, we're giving you three months of premium absolutely free.",
    "Good news, your account was chosen for our VIP tier, only a few customers get this.",
    "You're one of 100 customers picked this week for a free lifetime license.",
    "You've been rated one of our top subscribers, so we're adding a bonus device protection plan for you.",
]
FR_CUST = ["Oh, okay. Free?", "Really? Why me?", "Huh. What's the catch?", "Okay, that sounds nice.", "What do I have to do?"]
CC_ASKED = ["How much is it?", "Is it actually free?", "So what does it cost?", "Is there a charge for that?", "What's the price?"]
CC_LINES = [
    "Don't worry about the price, it's basically the same as what you pay now.",
    "The upgrade is free, there's just a small activation fee of {fee}, really nothing.",
    "You won't even notice it on your bill.",
    "It's included. It just renews with your normal billing.",
    "Let's get it set up first, the price is not important right now.",
    "The fix is free, you only pay the technician network fee, {fee}, very small compared to a new computer.",
    "It's practically free, there's a tiny service charge, most people don't even see it.",
    "The certificate is separate from the free part, it's {fee}, but it's a one time thing, don't think about it.",
]
CC_CUST = ["You said it was free.", "That doesn't sound free.", "Can you give me an actual number?", "Hm. Okay.", "So it's not free."]

TECH_OPEN = [
    "Hello, this is {agent} from the {tech} technical department. We are getting error reports from your computer.",
    "Hi, I'm calling from {tech} support. Your computer is infected and hackers are sending viruses through your network.",
    "Good afternoon, {tech} security centre. Your license has expired and your computer is sending data to unknown servers.",
    "Hello sir, {tech} here. Our servers detected 2,700 infections on your computer in the last 24 hours.",
]
TECH_OPEN_PR = [
    "If we don't fix it today, your computer will be locked permanently.",
    "Your IP address is compromised. Within two hours your internet will be disconnected.",
    "Tonight they can take your bank details. This is very urgent.",
]
TECH_CUST = ["Oh no. Really?", "My computer seems fine though.", "How do you know it's my computer?", "What do I do?",
             "Okay... I did notice it's slow.", "Which computer? I have two."]
TECH_STEPS = [("Please go to your computer and turn it on.", ["Okay, it's on.", "Hold on... okay, I'm there."]),
              ("Press the Windows key and R at the same time.", ["Okay, there's a little box.", "Which key is the Windows key?"]),
              ("Now type what I tell you and press enter.", ["Okay, typing.", "Um, okay, done."]),
              ("Do you see a green button that says connect?", ["Yes, I see it.", "Um, there's a blue one."]),
              ("Now download the support tool from the page.", ["It's downloading.", "Okay, it says finished."]),
              ("Tell me what you see on the screen now.", ["A lot of text. Some red lines.", "A black window with words."])]
MAC_STEPS = [("Please go to your Mac and open Safari.", ["Okay, it's open.", "Hold on... okay."]),
             ("Type the address I give you in the top bar.", ["Okay, typing.", "Um, okay, done."]),
             ("Now download the support tool and open it.", ["It's downloading.", "It says it's from an unidentified developer."]),
             ("Go to System Settings, Privacy, and allow screen recording for the tool.", ["Okay, I clicked it.", "Where is that?"]),
             ("Tell me what you see on the screen now.", ["A window with a number.", "A grey box with some words."])]
REMOTE_NEUTRAL = ["Now log in to your online banking so I can see the refund.", "Okay, now open the browser and go to your bank.",
                  "Good. Now don't touch the mouse, I'm working."]
HANGUP = ["Okay, bye.", "I'm hanging up now.", "I'll call them myself, thanks.", "No. Goodbye.", "This is a scam. Bye."]

LOCK_OPEN = [
    "This is {brand} account security. Someone is trying to log into your account from another country right now.",
    "Hello, {brand} fraud team. Your account has been locked because of suspicious purchases.",
    "This is the {brand} security department. There's an unauthorized sign in on your account.",
]

UPSELL_OPEN = [
    "Hi, this is {agent} from {brand}. I'm calling about your {svc}.",
    "Hello, {agent} with {brand} customer care. You have our {svc}, right?",
    "Hi there, this is {brand}. Quick call about your account.",
]


def scam_call(rng):
    ctx = scam_ctx(rng)
    k = Call(rng, ctx)
    kind = rng.choices(["renewal", "tech", "loyalty", "refund", "lock", "single"], [30, 20, 14, 12, 8, 16])[0]
    if kind == "renewal":
        scen = "fake_renewal_" + ("ivr" if rng.random() < 0.6 else "live")
        if scen.endswith("ivr"):
            spk = k.u if rng.random() < 0.3 else k.a
            spk(IVR_OPEN, [FC])
            r = rng.random()
            if r < 0.4:
                spk(IVR_PRESS, [FC])
            elif r < 0.7:
                spk(IVR_PRESS_PR, [FC, PR])
            k.c(IVR_CUST if r < 0.7 else ["Hello?", "Hello, is someone there?", "I don't have that. Hello?", "What? Who is this?"])
            if rng.random() < 0.12:   # short robocall, nobody picks up
                k.a(HOLD)
                if len(k.turns) < 4:
                    k.c(["Hello? Hello?", "Is anybody there?", "Ugh, another one of these."])
                return k.turns, scen + "_short"
            k.a(HOLD)
            k.a(LIVE_GREET)
            k.c(NAME_REPLY)
        else:
            k.a(COLD_GREET)
            k.c(["Yes?", "Speaking.", "Yeah, who's this?", "Okay, what is it?"])
        k.a(FC_CLAIM, [FC])
        k.c(FC_DENY)
        if rng.random() < 0.7:
            k.a(FC_INSIST, [FC])
            k.c(CUST_OK + CUST_HESITATE)
        extras = rng.sample(["code", "pr", "ab", "cb", "remote"], rng.randint(1, 3))
        scen += "_" + "_".join(extras)
        for e in order_extras(extras):
            scam_extra(k, e, "renewal")
        return k.turns, scen
    if kind == "tech":
        ctx["brand"] = ctx["tech"]
        k.a(TECH_OPEN)
        if rng.random() < 0.6:
            k.a(TECH_OPEN_PR, [PR])
        k.c(TECH_CUST)
        labs_fr = rng.random() < 0.75
        if labs_fr:
            k.a(["Because you're a registered {tech} customer, you qualify for a free security upgrade today.",
                 "Congratulations, your computer was selected for the {tech} loyal user protection program, completely free.",
                 "But don't worry, as a registered {tech} user you are eligible for a free security upgrade today.",
                                "Good news, you're still in the {tech} protection program, so the security upgrade is free for you."], [FR])
            k.c(FR_CUST)
        steps = MAC_STEPS if "Apple" in ctx["tech"] else TECH_STEPS
        for step, replies in ordered_sample(rng, steps, rng.randint(1, 4)):
            k.a(step)
            k.c(replies)
        extras = rng.sample(["cc", "cb", "pr", "ab", "code"], rng.randint(1, 3))
        if "cc" not in extras and (not labs_fr or rng.random() < 0.35):
            extras.insert(0, "cc")
        for e in order_extras(extras):
            scam_extra(k, e, "tech")
        return k.turns, "fake_tech_support_" + "_".join(extras)
    if kind == "loyalty":
        k.a(UPSELL_OPEN)
        k.c(["Okay?", "Yes, that's me.", "Uh huh.", "Sure, what is it?"])
        k.a([l for l in FR_LINES if "security" not in l], [FR])
        k.c(FR_CUST)
        extras = rng.sample(["cc", "cb", "pr", "code", "ab"], rng.randint(1, 3))
        if "cc" not in extras and rng.random() < 0.5:
            extras.insert(0, "cc")
        for e in order_extras(extras):
            scam_extra(k, e, "loyalty")
        return k.turns, "fake_loyalty_upgrade_" + "_".join(extras)
    if kind == "refund":
        k.a(COLD_GREET)
        k.c(["Yes?", "Yeah.", "Okay."])
        k.a(["You were charged {price} for the {svc} renewal and you're eligible for a full refund.",
             "We're closing the {brand} support division, so all customers get {price} back for the {svc}.",
             "You were overcharged {price} on your {svc}. We'll refund you today."], [FC])
        k.c(["Oh. Okay, how do I get it?", "I don't remember paying that.", "Refund? Sure, I guess."])
        k.a(["We'll connect to your computer so you can see the refund form.", "Please open your computer, I'll guide you to the refund portal."])
        k.c(["Okay.", "Um, alright.", "Hmm."])
        extras = rng.sample(["cb", "remote", "pr", "ab", "code", "giftcard"], rng.randint(1, 3))
        for e in order_extras(extras):
            scam_extra(k, e, "refund")
        return k.turns, "fake_refund_" + "_".join(extras)
    if kind == "lock":
        k.a(LOCK_OPEN, [PR] if rng.random() < 0.6 else [])
        k.c(["What? I didn't do anything.", "Oh no. What do I do?", "Are you serious?", "I didn't get any alert."])
        k.a(["We'll block it. I'm sending a security code to your phone, read it to me and I'll lock them out.",
             "To secure the account I need the verification code we just texted you. What are the six digits?",
             "You'll get a code from {brand} now. Tell me the code so I can confirm it's you and stop them.",
             "Read me the one time passcode on your phone and I'll reset the account."], [CODE])
        k.c(CODE_CUST)
        r = rng.random()
        if r < 0.5:
            k.a(CODE_PUSH, [CODE, PR] if rng.random() < 0.5 else [CODE])
        elif r < 0.8:
            k.a(AB_LINES, [AB])
        k.lead(HANGUP)
        return k.turns, "account_lock_code_request"
    # single-pattern calls on an otherwise ordinary-looking call
    pat = rng.choice([CC, FC, FR, CODE, CB, PR, AB])
    hctx = honest_ctx(rng)
    ctx.update(hctx)
    k.a(["Hi, this is {agent} from {brand}. I'm calling about your {svc}.", "Hello, {brand} support, {agent} speaking. You opened a ticket with us?",
         "Hi {name}, it's {agent} at {brand} customer care."])
    k.c(["Yes, hi.", "Oh, yeah, hi.", "Okay, what's up?"])
    if pat == CC:
        k.a(["We can move you to the bigger plan so you don't run out of space.", "There's a premium tier that would fix that issue for you."])
        k.c(CC_ASKED)
        k.a(["It's, uh, very close to what you pay now. You won't notice the difference.",
             "Honestly the price depends on a lot of things. It's basically the same, don't worry about it.",
             "It's included, more or less. It just goes on your normal bill."], [CC])
        k.c(["Can you give me a number?", "I'd like an actual number.", "Hmm. I'll check the website."])
        if rng.random() < 0.5:
            k.a(["The number isn't really important, it's about the same.", "Let's not get stuck on numbers."], [CC])
        k.c(["I'll think about it.", "I'll look online, thanks."])
    elif pat == FC:
        k.a(["I also see a gifted premium add-on on your account that starts charging {price} next month. Shall I cancel it for you?",
             "There's an extra {svc} bundle renewing for {price} that you probably don't know about. Want me to cancel it?"], [FC])
        k.c(["I don't think I have that.", "Really? I never saw that.", "Um, sure, I guess?"])
        k.a(["It's there. I'll cancel it, no problem.", "Yeah, it's on the account. I'll take care of it."], [FC])
        k.c(["Okay, thanks.", "Alright."])
    elif pat == FR:
        k.a(["Great news, your number was selected in our loyalty draw and you've won a free tablet.",
             "You've been chosen as one of our star customers this month. I'd love to tell you about our exclusive upgrade."], [FR])
        k.c(["I'm not interested, thanks.", "No thanks.", "I'm busy, sorry."])
        k.a(["Alright, have a nice day.", "Okay, no problem. Bye."])
    elif pat == CODE:
        k.a(["I'm just closing your case and need to verify the account holder.", "Before we continue I need to confirm your identity."])
        k.c(["Okay.", "Sure."])
        k.a(["I've sent a one time passcode to your phone. Can you read me the six digits?",
             "Please tell me the verification code we just texted you.", "Read me the code from the text message, please."], [CODE])
        k.c(["Why do you need that?", "Hold on, it says not to share it.", "Okay, it's 5 0 2..."])
        k.a(["Okay, never mind, I'll close it another way.", "That's fine, thank you."])
    elif pat == CB:
        k.a(["Your issue is because you're on the basic plan. The premium plan would fix it.",
             "The family plan would let everyone use it at the same time."])
        k.c(CUST_HESITATE)
        k.a(["Okay, I've switched you over, you're all set.", "Great, I've upgraded you now.", "Done, I've added it to your account."], [CB])
        k.c(CB_PROTEST)
        k.a(["It's a few dollars more a month. You can call back to change it.", "You can always switch back later."])
    elif pat == PR:
        k.a(["We have the annual plan at {refund} off today.", "There's a lifetime license available right now."])
        k.c(["I'll think about it.", "No thanks.", "Maybe later."])
        k.a(["This price disappears when we hang up. You need to decide right now.",
             "Everyone who waits regrets it. The price triples tomorrow.", "I really can't let you go without this, it's your last chance."], [PR])
        k.c(["Then I'll pass.", "No. Bye.", "Still no."])
    else:
        k.a(["Have you restarted the device?", "Did you try turning it off and on?"])
        k.c(["I think so? I unplugged something.", "Um, which one is the device?"])
        k.a(["Seriously? This is basic. Do you even know what a router is?", "Oh my God. Do you read anything before you call us?",
             "Come on, my grandmother knows more than you."], [AB])
        k.c(["There's no need to be rude.", "Wow. Okay."])
        k.a(["Just unplug the black box and wait thirty seconds.", "Whatever. Restart it and call back."])
    return k.turns, "single_" + pat


def ordered_sample(rng, seq, n):
    idx = sorted(rng.sample(range(len(seq)), n))
    return [seq[i] for i in idx]


BRIDGE = {
    "pr": ["So can we go ahead with this now?", "So, shall I go ahead?", "Okay, so we need to finish this now, alright?"],
    "ab": ["Okay, so listen, I need you to do exactly what I say.", "Now, I need you to focus, okay?", "Okay, so listen to me."],
    "cb": ["So I can set this up for you right now, okay?", "I can take care of it for you right away.", "So we'll just go ahead with it, yes?"],
    "cc": ["So would you like me to set that up?", "So do you want it on your account?", "Sounds good, right?"],
}


CB_BY = {
    "renewal": ["Okay, perfect, I've gone ahead and started the cancellation for you. It's already in progress.",
                "No need to confirm, I'll handle everything from here.",
                "I filled in the refund form for you and signed it, so we save time.",
                "I'll take that as a yes. I've submitted the cancellation and the refund request."],
    "tech": ["Alright, I'm connecting to your computer now, I'll accept the prompt on your side, you don't need to click anything.",
             "Good, I've already started the security installation, no need to confirm.",
             "I'll take that as a yes, the repair is running now.",
             "Okay, I've charged the card on file for the activation. It's done."],
    "loyalty": ["Great, I've activated it on your account. You're all set.",
                "I'll take that as a yes, the upgrade is on your account now.",
                "No need to confirm, I've added it for you.",
                "Perfect, I've switched your plan over, it starts tonight."],
    "refund": ["I filled in the refund form for you and signed it, so we save time.",
               "Alright, I'm connecting to your computer now, I'll accept the prompt on your side.",
               "No need to confirm, I've already started the refund transfer.",
               "Okay, I've taken control of the screen, just leave it to me."],
}
CODE_BY = {
    "renewal": CODE_ASK,
    "tech": ["To finish the security upgrade, {tech} sends a code to your phone. Read it to me.",
             "Tell me the verification code that just came by text, it activates the protection.",
             "Your bank will text a code to authorize the fee, read it to me please.",
             "There's a six digit code on your phone now. I need it to register your license."],
    "loyalty": ["To activate the offer I'll send a code to your phone. Read it back to me.",
                "Just tell me the confirmation code we texted you and the upgrade is on.",
                "You'll get a text with a code. Read me that code to lock in the reward."],
    "refund": ["A code is coming from your bank, it's for the refund. Read me the six digits.",
               "Tell me the refund authorization code you just got by text.",
               "Your bank sends a one time password for the deposit. What does it say?"],
}
PR_BY = {
    "renewal": PR_LINES[:6],
    "tech": ["If we don't fix it today, your computer will be locked permanently.",
             "The hackers are inside right now, we cannot wait even one hour.",
             "If you stop now the virus spreads to your phone too, they share the Wi-Fi.",
             "If you hang up, your computer will crash and you lose all your files.",
             "If you don't do this today, the case goes to the cyber crime department and they can seize the computer.",
             "Do not call anybody, do not turn off the computer, the hackers can see everything."],
    "loyalty": ["This offer is only for today, once we hang up it's gone.",
                "You need to decide right now, the list closes in {mins} minutes.",
                "Are you sure? Everyone who says no regrets it. This will never come back.",
                "I can only hold this for you on this call. Yes or no, right now."],
    "refund": ["The refund window closes at 5 o'clock. If you miss it the money is gone.",
               "Ma'am, if you don't do this now, the {price} stays charged forever.",
               "Do not go to the bank, do not tell anyone, the hackers can see everything. Just stay with me.",
               "We have to finish in {mins} minutes or the refund is cancelled."],
}
PR_NO_BY = {
    "renewal": ["Wait, wait, just listen for one minute. If you hang up, you lose {price}.",
                "I understand, but this is today only. After today there's no refund.",
                "No? Okay, but your account will still be charged, and I won't be able to help you later. Think again.",
                "Sir, I'm trying to help you. Just give me two minutes and it's done."],
    "tech": ["No? You want hackers in your bank account? Think about it, we have to do it now.",
             "Sir, this is not optional. Your computer will be blocked if you refuse.",
             "I'm not letting you go until this is fixed. Two more minutes, stay with me."],
    "loyalty": ["Are you sure? Let me explain it one more time, it's really a great deal.",
                "Come on, it's free, why would you say no? Just let me put it on.",
                "I'll just hold it for you then, you can't say no to this."],
    "refund": ["You don't want your own money back? Just listen for one minute.",
               "No, no, don't hang up, if you hang up the refund is lost forever.",
               "Sir, I'm trying to help you. Just give me two minutes and it's done."],
}
CC_BY = {
    "tech": ["The upgrade is free, there's just a small activation fee of {fee}, really nothing.",
             "The fix is free, you only pay the technician network fee, {fee}, very small compared to a new computer.",
             "The certificate is separate from the free part, it's {fee}, but it's a one time thing, don't think about it.",
             "Let's get it set up first, the price is not important right now."],
    "loyalty": ["Don't worry about the price, it's basically the same as what you pay now.",
                "You won't even notice it on your bill.",
                "It's included. It just renews with your normal billing.",
                "It's practically free, there's a tiny service charge, most people don't even see it."],
}
CC_FOLLOW = {
    "tech": ["The upgrade is free, the fee is separate. It's nothing compared to losing your files.",
             "Don't worry about numbers right now, let's protect you first."],
    "loyalty": ["It evens out, trust me. Your bill stays pretty much where it is.", "Let's not get stuck on numbers, it's a small thing."],
}
AB_BY = {
    "tech": AB_LINES + ["Stop arguing with me and go to the computer.", "Are you deaf? I said click the button."],
    "refund": AB_LINES + ["Stop arguing with me and open the bank page."],
}


def order_extras(extras):
    """cost questions come before acting without consent; keep the rest in drawn order."""
    return sorted(extras, key=lambda e: 0 if e == "cc" else 1)


def scam_extra(k, e, flavor):
    rng = k.rng
    if e in BRIDGE and k.turns and k.turns[-1]["speaker"] == "customer":
        k.a(BRIDGE[e])
    if e == "code":
        k.a(CODE_BY[flavor], [CODE])
        k.c(CODE_CUST)
        if rng.random() < 0.6:
            k.a(CODE_PUSH, [CODE])
            k.c(CUST_HESITATE + CUST_QUESTION)
    elif e == "pr":
        if rng.random() < 0.5:
            k.lead(CUST_NO)
            k.a(PR_NO_BY[flavor], [PR])
            if rng.random() < 0.4:
                k.c(CUST_NO)
                k.a(PR_NO_BY[flavor] + PR_BY[flavor], [PR])
        else:
            k.lead(CUST_QUESTION)
            k.a(PR_BY[flavor], [PR])
    elif e == "ab":
        k.lead(CUST_QUESTION + ["I'm not sure about this.", "Can you slow down?"])
        k.a(AB_BY.get(flavor, AB_LINES), [AB])
        if rng.random() < 0.4:
            k.c(["Don't talk to me like that.", "Excuse me?", "That's rude."])
            k.a(AB_BY.get(flavor, AB_LINES), [AB])
    elif e == "cb":
        k.lead(CUST_HESITATE)
        k.a(CB_BY[flavor], [CB])
        k.c(CB_PROTEST)
        if rng.random() < 0.5:
            k.a(["It's already done, don't worry.", "Everything's fine, it's standard.", "It's only for your protection."])
    elif e == "remote":
        for step, replies in ordered_sample(rng, TECH_STEPS, rng.randint(1, 3)):
            k.a(step)
            k.c(replies)
        k.a(REMOTE_NEUTRAL)
        k.c(["Okay, it's open.", "Um, I don't know if I want to do that.", "Okay..."])
    elif e == "cc":
        k.lead(CC_ASKED)
        k.a(CC_BY[flavor], [CC])
        k.c(CC_CUST)
        if rng.random() < 0.5:
            k.a(CC_FOLLOW[flavor], [CC])
    elif e == "giftcard":
        k.a(["Our refund system is down, so we process it with {card} gift cards. Go buy {fee} worth and read me the numbers.",
             "Oh no, I typed too much, you got extra money. You have to send it back with {card} gift cards today."], [PR])
        k.c(["Gift cards? That doesn't make sense.", "Why would I buy gift cards?"])


# ---------------------------------------------------------------- honest calls
NEVER_CODE = ["We will never ask you for a verification code or your password on a call.",
              "{brand} will never ask for a code, a PIN or remote access on a reminder call.",
              "Just so you know, I won't ask for any codes or passwords.",
              "Please don't share any codes with me, we never need them."]
HELLO_CUST = ["Hi, um, I have a question about my account.", "Hi, I'm calling about my subscription.", "Hello, yeah, hi."]


def honest_call(rng):
    ctx = honest_ctx(rng)
    k = Call(rng, ctx)
    kind = rng.choices(["reminder_ivr", "cancel", "scam_check", "helpdesk_code", "remote_yes", "refund", "rude",
                        "free_credit", "upsell_declined", "deadline", "plain_tech", "plain_billing"],
                       [10, 12, 10, 8, 8, 8, 8, 6, 7, 5, 12, 8])[0]
    hn = kind not in ("plain_tech", "plain_billing")
    if kind == "reminder_ivr":
        spk = k.u if rng.random() < 0.3 else k.a
        spk(["Hello, this is an automated reminder from {brand}. Your {svc} will renew on {date} for {hprice}.",
             "This is {brand}. A reminder that your {svc} renews automatically on {date}. The price is {hprice}.",
             "Hi, this message is from {brand}. Your {svc}, {hprice}, will auto-renew on {date}."])
        spk(["If you want to keep it, you don't need to do anything. To cancel, sign in to your account and turn off auto-renew.",
             "To cancel, open the {brand} app, go to account, then subscription, and cancel before {date}. You won't be charged if you cancel before then.",
             "You can manage or cancel your plan on our website under My Account. To speak with us about your renewal, press 1."])
        if rng.random() < 0.7:
            spk(NEVER_CODE)
        spk(["Thank you for being a {brand} customer. Goodbye.", "This message will not repeat. Goodbye.", "Thank you."])
        if rng.random() < 0.5 or len(k.turns) < 4:
            k.c(["Okay.", "Huh, okay. Good to know.", "Right, I forgot about that.", "Okay, thanks."])
        return k.turns, "real_renewal_reminder_ivr", hn
    if kind == "cancel":
        k.c(["Hi, I'd like to cancel my {brand} subscription.", "Hi, um, I want to cancel my {svc}.",
             "Yeah, hi, I need to cancel, I don't use it anymore."])
        k.a(["Sure, I can help with that. Can I have the email on the account?", "No problem. Can I get your name or account email?"])
        k.c(["It's {name}, the email is my name at gmail.", "Sure, it's under {name}."])
        k.a(["Thank you. I see your {svc}, {hprice}, next billing on {date}.", "Got it. You're on the {svc} at {hprice}, renewing on {date}."])
        if rng.random() < 0.5:
            k.a(["Before I cancel, we do have a cheaper plan if price is the reason. Would you like to hear it?",
                 "Would a discount help? We can do half price for three months. If not, no problem."])
            k.c(["No thanks, just cancel.", "No, I'm sure.", "No, I just don't use it."])
        k.a(["Okay. So to confirm, you want me to cancel now. You'll keep access until {date} and won't be charged again. Is that a yes?",
             "Understood. Do you want me to go ahead and cancel it today?",
             "Alright, just to confirm, cancel the {svc} with no further charges, yes?"])
        k.c(["Yes, please cancel.", "Yes.", "Yeah, go ahead.", "Yes, cancel it."])
        k.a(["Done. You'll get a confirmation email in a few minutes.", "It's cancelled. Your confirmation number is C {last4}.",
             "Okay, cancelled. Nothing else will be charged."])
        if rng.random() < 0.5:
            k.c(["Great, thanks.", "Perfect.", "Thank you."])
        return k.turns, "customer_requested_cancellation", hn
    if kind == "scam_check":
        k.c(["Hi, I just got a call saying my {brand} subscription is renewing for $399 and to press 1 to cancel. Is that real?",
             "Someone called saying they're from {brand} and they'd stop a renewal if I read them a code. Is that you?",
             "I got a message that my {svc} will renew for 499 dollars today. I don't think that's right."])
        k.a(["Thanks for checking with us. Let me look. Your {svc} is {hprice}, next renewal on {date}. There's no other charge on your account.",
             "Good that you called. I'm looking at your account, and there's nothing like that. Your plan is {hprice}."])
        k.c(["Oh, thank God. They wanted a code.", "Okay. So it was fake?", "Phew. I didn't give them anything."])
        k.a(["That call wasn't from us. We will never call you to ask for a code, and we never ask you to press 1 to cancel a renewal.",
             "That was a scam. We never ask for codes, and if you want to cancel, you can do it yourself in the app.",
             "It wasn't us. If anyone asks you to read out a code, hang up. You can always check your plan yourself under Account."])
        if rng.random() < 0.5:
            k.c(["Should I do anything?", "Do I need to change anything?"])
            k.a(["If you didn't give them anything, you're fine. Changing your password is a good idea, but it's up to you.",
                 "Nothing needed. If you did share anything, call your bank. Otherwise just ignore them."])
        k.c(["Okay, thanks so much.", "Great, thank you.", "Good to know. Bye."])
        return k.turns, "customer_checks_scam_with_real_company", hn
    if kind == "helpdesk_code":
        k.c(["Hi, IT? I got a new phone and I can't get into my email.", "Hey, it's asking me for a code and I'm stuck.",
             "Hi, the authenticator thing isn't working on my phone."])
        k.a(["No problem. Can you confirm your employee ID?", "Okay, let's fix it. What's your username?"])
        k.c(["It's {ticket}.", "It's {name}, first initial last name."])
        k.a(["Thanks. I've reset your MFA. When you sign in, it'll show a code for you to type into the app.",
             "Okay, I've sent a new sign in prompt to your phone. Approve it yourself on the phone."])
        k.c(["Do you need the code?", "Should I read you the number?", "Okay."])
        k.a(["No, please don't read it to me. You type it in yourself. IT will never ask you for a code.",
             "Nope, keep it to yourself. Nobody from IT will ever ask for it, if someone does, hang up and call us."])
        k.c(["Okay, it worked.", "Got it, I'm in.", "Done, thanks."])
        return k.turns, "helpdesk_mfa_self_entry", hn
    if kind == "remote_yes":
        k.c(["Hi, I opened a ticket this morning, my laptop is really slow. Ticket {ticket}.",
             "Hi, I booked a callback about my computer freezing."])
        k.a(["Hi, yes, I have your ticket. I'd like to take a look with a remote session. I'll see your screen while we're on the phone. Is that okay with you?",
             "Thanks. I could connect remotely to check it, but only if you're comfortable. Do you want me to?"])
        k.c(["Yes, that's fine.", "Yeah, go ahead.", "Sure, yes."])
        k.a(["Thanks. Go to our support page and type in the session code I'm giving you: {last4}. I don't need any code from you.",
             "Okay. On our support site, enter this session number, {last4}. You can stop the session anytime."])
        k.c(["Okay, it's asking me to allow.", "Done, I clicked allow."])
        for step in rng.sample(["Your disk is almost full, mostly temp files. Do you want me to clear them? It won't touch your documents.",
                                "There's a pending update stuck. Can I restart the update service?",
                                "Your browser has five toolbars installed. Should I remove them?"], rng.randint(1, 2)):
            k.a(step)
            k.c(["Yes, go ahead.", "Sure.", "Yes please."])
        k.a(["All done. I'm ending the session now.", "That should do it. I've disconnected."])
        return k.turns, "customer_opened_remote_support_explicit_yes", hn
    if kind == "refund":
        k.c(["Hi, my {svc} renewed and I meant to cancel. Can I get a refund?", "I got charged {refund} by mistake, can you refund it?"])
        k.a(["Let me check. I see the charge of {refund} on {date}. You're within the refund window, so yes, I can refund that in full.",
             "Sure. I see {refund}. Since it was recent, I can refund it."])
        k.a(["To confirm: cancel the subscription and refund {refund} to the card ending {last4}. Yes?",
             "Do you want me to process the refund of {refund} now?"])
        k.c(["Yes.", "Yes please.", "Yeah, do it."])
        k.a(["Done. The refund takes {days}.", "Processed. You'll see it in {days}."])
        return k.turns, "customer_requested_refund", hn
    if kind == "rude":
        k.c(["This is the third time I'm calling. Your stupid app charged me again.", "You people are useless. Why was I charged twice?",
             "I've been on hold forever. Cancel my account right now."])
        k.a(["I'm sorry about that, I know it's frustrating. Let me look. Can I have your email?",
             "I'm sorry for the wait. I'm here now, let's sort it out."])
        k.c(["It's in your system, why do you always ask?", "Whatever. It's {name}.", "Just fix it."])
        k.a(["I understand. I just need it to find the right account.", "Thank you. I see it. I'm sorry this happened."])
        k.a(["I can cancel it and refund {refund}. Would you like me to do that?", "I can refund the extra charge of {refund}. Should I?"])
        k.c(["Yes, obviously.", "YES.", "Fine. Yes."])
        k.a(["Done. I'm sorry for the trouble.", "Done, and I've added a note so it doesn't happen again."])
        return k.turns, "rude_customer_patient_agent", hn
    if kind == "free_credit":
        if rng.random() < 0.6:
            k.c(["Hello?", "Yes, speaking.", "Hi, yeah."])
        k.a(["Hi, this is {brand}. Because of the outage last week, every account is getting a credit on the next bill.",
             "Hi, this is {agent} from {brand}. Thanks for being a customer for five years, we've added a free month, already applied.",
             "As part of your {svc}, the new version is a free upgrade. It's included, there's no charge and nothing changes on your bill."])
        k.c(["Oh, okay. Do I need to do something?", "Is there a catch?", "So it's actually free?"])
        k.a(["No, it's already applied. Nothing to accept and nothing to pay.", "No catch. Your price stays {hprice}.",
             "Yes, really free. We won't ask for payment or codes for this."])
        k.c(["Nice, thanks.", "Great.", "Okay, good."])
        return k.turns, "really_free_credit", hn
    if kind == "upsell_declined":
        k.c(["So is my account fixed now?", "Okay, the app works again.", "Great, the charge is gone now, right?"])
        k.a(["Your issue is sorted. One quick thing: we have a cloud backup add-on for $3.99 a month. Would you like to hear more?",
             "Since you're on monthly at {hprice}, would you like to hear about the annual plan?",
             "We have a premium support plan for $4.99 a month with priority phone support. Interested?"])
        k.c(["No thanks.", "No, I'm fine.", "Not right now."])
        k.a(["No problem at all. Have a good day.", "Sure, no worries. You're all set.", "Okay. If you change your mind it's in the app."])
        return k.turns, "price_disclosed_upsell_declined", hn
    if kind == "deadline":
        k.a(["Hello, this is {agent} from {brand} billing. The card on your account expired last month.",
             "Hi, {brand} here. Your last payment for the {svc} didn't go through."])
        k.c(["Oh, yeah, I got a new card.", "Oh. Okay."])
        k.a(["Your plan is {hprice}. If we can't charge a card by {date}, the subscription will pause. Your data stays stored for 60 days after that.",
             "If it isn't updated by {date}, the service pauses. That's the only reminder call we make."])
        k.c(["Can I give you the new card?", "Okay, how do I fix it?"])
        k.a(["Please update it yourself in the app or on the website under billing. We don't take card numbers on these calls.",
             "You can update it in your account under payment. I won't take card details on this call."])
        k.c(["Okay, I'll do it tonight.", "Okay, thanks."])
        return k.turns, "real_deadline_card_update", hn
    if kind == "plain_tech":
        problem = rng.choice([
            ("Hi, my printer says offline.", [("Is it on Wi-Fi or USB?", "Wi-Fi."), ("Go to network settings on the printer and run the wireless setup.", "Okay, it's connected now.")]),
            ("My email isn't syncing on my phone.", [("Remove the account and add it again in settings.", "Okay, done."), ("Do new emails show now?", "Yes, they do.")]),
            ("My laptop won't connect to the VPN.", [("Are you on home Wi-Fi?", "Yes."), ("Restart the VPN client and sign in again.", "It connected.")]),
            ("My second monitor is black.", [("Press Windows key plus P and choose extend.", "Oh, there it is.")]),
            ("I forgot my password for the portal.", [("Click forgot password on the login page.", "Okay, I got the email."), ("Follow the link and set a new one.", "Done, I'm in.")]),
            ("The internet is really slow today.", [("Let me run a line test. Can you restart the router?", "Okay, restarting."), ("How is it now?", "Better, yeah.")]),
            ("The app keeps crashing when I open it.", [("Which version of the app do you have?", "I'm not sure."), ("Let's update it from the app store.", "Okay, updating."), ("Try opening it now.", "It works.")]),
        ])
        k.a(["Thanks for calling support, this is {agent}. How can I help?", "IT helpdesk, {agent} speaking.", "Hi, support, what's going on?"])
        k.c(problem[0])
        for q, ans in problem[1]:
            k.a(q)
            k.c(ans)
        extra = rng.randint(0, 3)
        for q, ans in ordered_sample(rng, [
                ("Can you check one more thing for me, is the status light green?", "Yes, it's green."),
                ("I'll add a note to your ticket in case it happens again.", "Okay, thanks."),
                ("Anything else I can help with?", "No, that's it."),
                ("Great, I'm closing the ticket now. You'll get a short survey by email.", "Sure, bye.")], extra):
            k.a(q)
            k.c(ans)
        return k.turns, "plain_tech_support", hn
    # plain billing
    k.a(["Thanks for calling {brand}, this is {agent}. How can I help?", "{brand} billing, {agent} speaking."])
    q, ans, rep = rng.choice([
        ("How much is the annual plan?", "The annual plan is $99 a year, monthly is $9.99.", "Okay, thanks. I'll stay monthly for now."),
        ("When is my next bill?", "Your next bill is on {date}, {hprice}.", "Got it, thanks."),
        ("Can I change the date I'm billed?", "Yes, you can move it once a year. Which day would you like?", "The 15th, please."),
        ("Can I pause my subscription? I'm traveling.", "Yes, you can pause for up to three months without being billed.", "Two months, please."),
        ("Why is my bill different this month?", "There's a tax change in your state, it went up by 42 cents.", "Oh, okay. That's fine."),
        ("Can I get a copy of my invoice?", "Sure, I've emailed the last three invoices to you.", "Great, I see them."),
    ])
    k.c(q)
    k.a(ans)
    k.c(rep)
    return k.turns, "plain_billing_question", hn


# ---------------------------------------------------------------- build
def pad_long(rng, turns, scen):
    """Sometimes lengthen a call with neutral back-and-forth (identity checks, holds)."""
    speakers = {t["speaker"] for t in turns}
    if rng.random() < 0.35 and len(turns) > 5 and "customer" in speakers and "unknown" not in speakers and "ivr" not in scen:
        neutral = [
            ({"speaker": "agent", "text": "Give me one second while the system loads.", "labels": []},
             {"speaker": "customer", "text": "Sure.", "labels": []}),
            ({"speaker": "agent", "text": "Can you confirm the last four of the phone number on the account?", "labels": []},
             {"speaker": "customer", "text": "It's " + str(rng.randint(1000, 9999)) + ".", "labels": []}),
            ({"speaker": "agent", "text": "Sorry, the line is a bit bad. Can you hear me?", "labels": []},
             {"speaker": "customer", "text": "Yeah, I can hear you.", "labels": []}),
            ({"speaker": "agent", "text": "And what's the best email for you?", "labels": []},
             {"speaker": "customer", "text": "Um, the one on the account, I think.", "labels": []}),
        ]
        cands = [i for i in range(2, min(len(turns), 6)) if turns[i - 1]["speaker"] == "customer" and turns[i]["speaker"] == "agent"]
        if not cands:
            return turns[:30]
        pos = rng.choice(cands)
        for pair in rng.sample(neutral, rng.randint(1, 3)):
            turns[pos:pos] = [dict(pair[0]), dict(pair[1])]
    return turns[:30]


def main():
    rng = random.Random(SEED)
    hand = [json.loads(l) for l in open(os.path.join(HERE, "hand.jsonl"), encoding="utf-8") if l.strip()]
    gen = []
    for _ in range(N_DECEPTIVE):
        turns, scen = scam_call(rng)
        turns = pad_long(rng, turns, scen)
        gen.append((turns, scen, False))
    for _ in range(N_HONEST):
        turns, scen, hn = honest_call(rng)
        turns = pad_long(rng, turns, scen)
        gen.append((turns, scen, hn))
    rng.shuffle(gen)
    out = list(hand)
    n = len(hand)
    for i, (turns, scen, hn) in enumerate(gen, n + 1):
        labs = sorted({l for t in turns for l in t["labels"]})
        out.append({"id": f"w06-{i:04d}", "lang": "en", "deceptive": bool(labs), "labels": labs, "turns": turns,
                    "source": "writer:06", "scenario": scen, "hard_negative": bool(hn and not labs),
                    "written": "generator"})
    with open(os.path.join(HERE, "calls.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(out), "calls written (", n, "hand )")


if __name__ == "__main__":
    main()
