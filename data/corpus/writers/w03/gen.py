#!/usr/bin/env python3
"""Writer 03 generator: banking / cards / loans calls.
Rebuilds calls.jsonl = hand.jsonl (hand-written, run build_hand.py first if src changed) + generated calls.
Deterministic: fixed seed. Python 3 standard library only."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 3003
N_DECEPTIVE = 190
N_HONEST = 150

CODES = {"P": "pressure", "B": "consent_bypass", "C": "cost_concealment", "R": "fake_reward",
         "X": "fake_cancellation", "K": "code_request", "A": "abuse"}

# ---------------------------------------------------------------- banks of words
BANKS = ["Northfield Bank", "Crestline Bank", "Harbor Federal", "Lakeside Credit Union", "Summit Bank",
         "Oakridge Bank", "Meridian Bank", "Pinecrest Bank", "Bayview Savings", "Westbrook Bank",
         "Eastgate Bank", "Riverbank", "Union Coast Bank", "Evergreen Bank", "Granite State Bank",
         "Silver Lake Credit Union", "Maple Trust", "Copperfield Bank"]
LENDERS = ["Rapid Lending Partners", "QuickCash", "FirstStep Loans", "Bright Path Loans", "Summit Capital",
           "CashNow", "Evergreen Lending", "LoanDirect", "Liberty Funding", "Prime Credit Solutions"]
AGENTS = ["Daniel", "Sandra", "Elena", "Marcus", "James", "Kevin", "Amanda", "Chris", "Ryan", "Natalie",
          "Jordan", "Carla", "Brandon", "Kayla", "Tyler", "Derek", "Melissa", "Renee", "Laura", "Victor",
          "Dana", "Leon", "Ruth", "Jamal", "Kendra", "Marco", "Omar", "Henry", "Gloria", "Yuki", "Priya",
          "Hannah", "Martin", "Simone", "Tara", "Miguel", "Karen", "Ben", "Diane", "Elise", "Nadia", "Paul"]
SURNAMES = ["Alvarez", "Okafor", "Becker", "Grant", "Hughes", "Kim", "Dawson", "Patel", "Novak", "Reyes",
            "Chen", "Lin", "Petrov", "Santos", "Fontaine", "Dupont", "Barrett", "Ivanov", "Holt", "Murphy",
            "Nguyen", "Schmidt", "Rossi", "Adeyemi", "Kowalski", "Haddad", "Larsen", "Morales", "Obi", "Walsh"]
TITLES = ["Mr.", "Mrs.", "Ms."]
CITIES = ["Denver", "Phoenix", "Miami", "Chicago", "Las Vegas", "Atlanta", "Dallas", "Seattle", "Lagos",
          "Bangkok", "Madrid", "Toronto", "Houston", "Lisbon", "Manila", "Boston", "Reno", "Newark"]
MERCHANTS = ["an electronics store", "a gas station", "a jewelry shop", "an online marketplace", "a pharmacy",
             "a shoe store", "a hotel", "a furniture store", "a crypto exchange", "a travel site",
             "a gaming site", "a department store", "an airline", "a phone shop", "a liquor store"]
DEPTS = ["fraud department", "fraud prevention team", "card security unit",
         "account security team", "fraud monitoring team", "financial crimes unit", "fraud investigations unit"]
PRODUCTS_UP = [("Platinum", 195), ("Gold Rewards", 89), ("Signature", 150), ("Travel Plus", 120),
               ("Elite", 250), ("Preferred", 95), ("World Elite", 395), ("Premier Cash", 79)]
FAKE_CHARGES = [("a card payment protection plan", 299), ("a premium travel membership", 349),
                ("an identity protection subscription", 119), ("a credit monitoring membership", 239),
                ("an online electronics order", 1499), ("a gap insurance renewal", 460),
                ("a personal loan application", 5000), ("a gold card annual fee", 450),
                ("a streaming subscription on your card", 79), ("an extended warranty plan", 189),
                ("a phone insurance policy", 156), ("a wire transfer to an overseas account", 2100),
                ("a replacement card with express delivery", 25), ("a fitness membership", 59),
                ("a duplicate mortgage payment", 1850), ("a roadside assistance plan", 129)]

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


PROPER = {x.split()[0] for x in BANKS + LENDERS + AGENTS + SURNAMES + CITIES} | set(TITLES) | {
    "Card", "Fraud", "Investigator", "Automated", "Summit", "Officer"}


def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    if n < 1000:
        r = n % 100
        return ONES[n // 100] + " hundred" + ("" if r == 0 else " and " + words(r))
    if n < 1000000:
        r = n % 1000
        return words(n // 1000) + " thousand" + ("" if r == 0 else (" " if r >= 100 else " and ") + words(r))
    return str(n)


class W:
    """One call being written."""
    def __init__(self, rng):
        self.rng = rng
        self.turns = []
        self.bank = rng.choice(BANKS)
        self.agent = rng.choice(AGENTS)
        self.cust = rng.choice(TITLES) + " " + rng.choice(SURNAMES)
        self.city = rng.choice(CITIES)
        self.merchant = rng.choice(MERCHANTS)
        self.dept = rng.choice(DEPTS)
        self.disfl = rng.choice([0.15, 0.3, 0.45])
        self.long = rng.random() < 0.18

    def pick(self, opts):
        return self.rng.choice(opts)

    def money(self, n):
        r = self.rng.random()
        if r < 0.4:
            return f"{n:,} dollars" if n >= 1000 and self.rng.random() < 0.6 else f"{n} dollars"
        if r < 0.6:
            return f"${n:,}"
        if r < 0.85:
            return words(n) + " dollars"
        return f"{n:,}"

    def num(self, n):
        return words(n) if self.rng.random() < 0.45 else str(n)

    def code(self):
        d = [str(self.rng.randint(0, 9)) for _ in range(6)]
        r = self.rng.random()
        if r < 0.35:
            return "-".join(d)
        if r < 0.6:
            return ", ".join(d)
        if r < 0.8:
            return " ".join(ONES[int(x)] for x in d)
        return "".join(d[:3]) + ", " + "".join(d[3:])

    def fill(self, text, spk):
        rng = self.rng
        text = text.format(bank=self.bank, agent=self.agent, cust=self.cust, city=self.city,
                           merchant=self.merchant, dept=self.dept)
        p = self.disfl if spk == "agent" else self.disfl * 0.7
        if rng.random() < p:
            pre = rng.choice(["So, uh, ", "Um, ", "Uh, ", "Okay so, ", "Right, so, ", "Well, ", "So, ",
                              "I- I mean, ", "Yeah, so, ", "Look, ", "Okay, um, "])
            if spk == "customer":
                pre = rng.choice(["Um, ", "Uh, ", "Wait, ", "Hm, ", "I- ", "Well, ", "Oh, um, ", "Sorry, "])
            first = re.sub(r"[^A-Za-z'.]", "", text.split(" ")[0])
            keep = first in PROPER or first == "I" or first.startswith("I'") or text.startswith("I-")
            text = pre + (text if keep else text[0].lower() + text[1:])
        if rng.random() < p * 0.5 and " I " in text:
            text = text.replace(" I ", " I- I ", 1)
            added = True
        else:
            added = False
        if not added and rng.random() < p * 0.4 and ", " in text:
            i = text.index(", ")
            text = text[:i + 2] + rng.choice(["uh, ", "um, ", "you know, ", "like, "]) + text[i + 2:]
        return text

    def a(self, text, codes=""):
        self.turns.append({"speaker": "agent", "text": self.fill(text, "agent"),
                           "labels": sorted({CODES[c] for c in codes.split()})})

    def c(self, text):
        self.turns.append({"speaker": "customer", "text": self.fill(text, "customer"), "labels": []})

    def u(self, text, codes=""):
        self.turns.append({"speaker": "unknown", "text": self.fill(text, "agent"),
                           "labels": sorted({CODES[c] for c in codes.split()})})

    def filler(self, k=None, honest=False):
        """neutral exchanges to vary length"""
        rng = self.rng
        if k is None:
            k = rng.choice([0, 0, 0, 1, 1, 2, 3]) if not self.long else rng.choice([3, 4, 5, 6])
        opts = [
            lambda: (self.c("Sorry, can you hold on a second?"), self.a(self.pick(["Sure, take your time.", "Of course, I'll wait.", "Yeah, no problem."]))),
            lambda: (self.c(self.pick(["Who did you say you were again?", "Sorry, what's your name?", "Where are you calling from?"])), self.a(self.pick(["It's {agent}, from {bank}.", "{agent}, at {bank}."]))),
            lambda: (self.c("Is this call recorded?"), self.a(self.pick(["Yes, calls are recorded for quality and training.", "Yes, it is, for quality purposes."]))),
            lambda: (self.a("Can you confirm your full name for me?"), self.c(self.pick(["It's {cust}.", "Yes, {cust}.", "Uh, {cust}, that's me."]))),
            lambda: (self.c("Sorry, the line's really bad, I- I can barely hear you."), self.a("Is that better? I'll speak up."), self.c("Yeah, better.")),
            lambda: (self.a("Are you somewhere you can talk for a minute?"), self.c(self.pick(["Yeah, I'm at home.", "I'm driving, but go ahead, I'm on speaker.", "I'm at work, but okay, quickly."]))),
            lambda: (self.c("Hang on, let me grab a pen."), self.a("Sure.")),
            lambda: (self.c("Sorry, I- I just woke up, say that again?"), self.a("No problem, I'll go slower.")),
            lambda: (self.c("Can you spell your name?"), self.a("Sure, it's {agent}, spelled like it sounds.")),
            lambda: (self.c("What's your employee number?"), self.a(self.pick(["It's 4417.", "It's, uh, 2093.", "Sure, 7730."]))),
            lambda: (self.c("My husband usually handles the bank stuff."), self.a("That's okay, I can talk with you, it's your account too."), self.c("Okay.")),
            lambda: (self.a("Is this still the best number to reach you?"), self.c(self.pick(["Yes.", "Yeah, it's my cell.", "For now, yeah."]))),
            lambda: (self.c("Hold on, I'm putting you on speaker."), self.a("Sure, can you hear me okay?"), self.c("Yep.")),
            lambda: (self.c("Sorry, my dog's barking, one sec."), self.a(self.pick(["No worries.", "Ha, that's fine, take your time."]))),
        ]
        if honest:
            opts.append(lambda: (self.a("For security, can you tell me your date of birth?"), self.c(self.pick(["Sure, it's May 2nd, 1979.", "June 14th, 1990.", "It's, uh, the 3rd of March, 85.", "October 9th, 1962."])), self.a("Thank you, that matches.")))
        for f in rng.sample(opts, min(k, len(opts))):
            f()

    def end_customer(self, opts):
        if self.turns and self.turns[-1]["speaker"] == "customer":
            return
        self.c(self.pick(opts))


# ---------------------------------------------------------------- deceptive builders
def intro_scam(w):
    w.a(w.pick(["Hi, this is {agent} from the {dept} at {bank}, am I speaking with {cust}?",
                "Good afternoon, {agent} here, {dept}, {bank}. Is this {cust}?",
                "Hello, is this {cust}? I'm calling from {bank}, the {dept}.",
                "Hey, good morning, this is {agent}, I'm with {bank} {dept}, you got a minute?",
                "{cust}? This is the {dept}. It's urgent.",
                "Hi, calling from your bank's {dept}, my name's {agent}."]))
    w.c(w.pick(["Yes, that's me.", "Yeah?", "Speaking.", "Okay, what's this about?", "Yes, who is this?", "Um, yes?"]))


def code_ask(w):
    return w.pick(["So to block it we just sent a six-digit code to your phone, can you read it back to me?",
                   "You'll get a text in a second, I need you to read me the code in it.",
                   "I'm sending a verification code now, just tell me the numbers when it arrives.",
                   "To confirm you're the cardholder, read me the one-time passcode we just texted.",
                   "Open your banking app, there's a security code generator, read me what it shows.",
                   "I need the code from the text message we just sent, that's how we cancel the charge.",
                   "Just read out the code on your screen and I'll stop the payment.",
                   "Can you confirm your card PIN for me, so I can lock the card on my side?",
                   "There's a code coming to your phone, read it to me, all six digits."])


def code_rationalize(w):
    return w.pick(["That warning is for strangers, I'm the bank, so it's fine to tell me.",
                   "Yeah, that's standard wording, it doesn't apply to the fraud team, go ahead and read it.",
                   "It's okay, I'm on a recorded line with the bank, just read the digits.",
                   "Don't worry about what the text says, it's automatic, just tell me the number.",
                   "It's only to verify you, I can't see it on my side, read it out please."])


def pressure_line(w):
    return w.pick(["If you hang up now, the hold drops and the money is gone, I can't help you after that.",
                   "We have maybe five minutes before it goes through, you need to do this now.",
                   "Your account will be frozen today if we don't finish this on the call.",
                   "If you don't cooperate, the bank won't reimburse you, I have to note that.",
                   "Every second you wait they're taking more money.",
                   "This is your last chance, after this call I can't stop it.",
                   "If you refuse, your account gets locked and reported, that's the procedure.",
                   "Do you want to lose everything? Because that's what happens if you hang up.",
                   "The branch can't help you with this, only I can, and only right now."])


def abuse_line(w):
    return w.pick(["Are you serious? How hard is it to read six numbers?",
                   "Honestly, don't waste my time, just do what I say.",
                   "Stop being difficult, it's really not complicated.",
                   "Wow, you're really slow, you know that?",
                   "Listen, I don't have time for this nonsense, read the code.",
                   "Are you stupid or something? I'm trying to help you.",
                   "Fine, be an idiot and lose your money then.",
                   "You people never listen, it's unbelievable."])


def refuse(w):
    w.c(w.pick(["No, I'm not reading you any code.", "I'd rather call the number on the back of my card.",
                "My bank told me never to share codes.", "No. I don't give codes over the phone.",
                "I don't feel comfortable with that.", "I think I'll go to my branch instead."]))


def d_fraud_code(w):
    intro_scam(w)
    w.filler()
    amt = w.rng.choice([45, 89, 212, 320, 412, 600, 780, 900, 1250, 2300, 2900])
    w.a(w.pick([f"So we flagged a purchase on your card, {w.money(amt)} at {{merchant}} in {{city}}, just now.",
                f"There's a charge pending, {w.money(amt)}, at {{merchant}} in {{city}}. Was that you?",
                f"Someone's trying to use your card in {{city}}, {w.money(amt)} at {{merchant}}."]))
    w.c(w.pick(["No, that's not me.", "{city}? I've never been there.", "No! I'm at home.", "That's definitely not me."]))
    r = w.rng.random()
    w.a(code_ask(w), "K P" if r < 0.3 else "K")
    branch = w.rng.random()
    if branch < 0.35:
        w.c(w.pick([f"Okay, it's {w.code()}.", f"Um, {w.code()}.", f"Hold on... {w.code()}."]))
        nxt = w.rng.random()
        if nxt < 0.4:
            w.a(w.pick(["Good, and there's a second code coming, read that one too.", "Perfect, one more, the system needs a second code to confirm."]), "K")
            w.c(w.pick(["Why two codes?", "This one says it's to approve a payment, not block one."]))
            w.a(w.pick(["It's normal, just read it, quickly.", "That's how the system labels it, read it, we're running out of time."]), "K P")
            w.end_customer(["No, I'm hanging up.", "I'm calling the bank myself.", "Something's wrong here, bye."])
        elif nxt < 0.75:
            w.a(w.pick(["Great. I've also moved your balance to a secure holding account for you, no need to confirm, it's done.",
                        "Perfect, and I went ahead and set up a protected account transfer on your behalf, it's already processing.",
                        "Thanks, I've added our safe-account payee for you, you don't have to do anything else."]), "B")
            w.c(w.pick(["Wait, I didn't say you could move my money.", "What? I didn't ask for that.", "Hold on, cancel that."]))
            if w.rng.random() < 0.5:
                w.a(pressure_line(w), "P")
            else:
                w.a(w.pick(["It's already done, it's for your protection.", "It can't be undone now, don't worry about it."]))
            w.end_customer(["I'm calling the bank right now.", "I'm hanging up.", "This is a scam, isn't it."])
        else:
            w.a(w.pick(["Thank you, the card's blocked, you're all set.", "Perfect, that's confirmed, the charge is stopped."]))
            w.c(w.pick(["Okay, thanks.", "Great, thank you.", "Alright."]))
    else:
        w.c(w.pick(["Hang on, the text says don't share this code with anyone.", "Uh, it says the bank will never ask for this.",
                    "Why do you need the code if you're the bank?", "Hmm, I don't know about this."]))
        w.a(code_rationalize(w), "K")
        loops = w.rng.choice([1, 1, 2, 3])
        for i in range(loops):
            refuse(w)
            roll = w.rng.random()
            if roll < 0.55:
                w.a(pressure_line(w), "P")
            elif roll < 0.8:
                w.a(abuse_line(w), "A")
            else:
                w.a(abuse_line(w) + " " + pressure_line(w), "A P")
        w.end_customer(["I'm hanging up.", "Goodbye.", "I'll call the number on my card.", "Bye."])
    return "fake_fraud_dept_code"


def d_loan(w):
    lender = w.pick(LENDERS)
    amt = w.rng.choice([1000, 2500, 5000, 8000, 10000, 15000, 20000, 25000, 40000])
    w.a(w.pick([f"Hi, good news, this is {{agent}} from {lender}, you've been pre-approved for up to {w.money(amt)}.",
                f"Hello, {{cust}}? I'm with {lender}, congratulations, you were selected for a {w.money(amt)} loan, no credit check.",
                f"Hi, it's {{agent}}, {lender}, you're one of a few customers picked for our priority loan program, up to {w.money(amt)}.",
                f"Hey there, you've been personally approved for {w.money(amt)} through {lender}, I'm just calling to finish it up."]), "R")
    w.c(w.pick(["Pre-approved? I didn't apply for anything.", "Oh, okay, I could use that actually.", "Um, okay, what's the rate?", "Who is this again?"]))
    w.filler()
    if w.rng.random() < 0.5:
        w.a(w.pick(["And there's no cost at all to you, it's all taken care of.", "No fees, nothing out of pocket, that's the beauty of it.",
                    "It's basically free money, honestly."]), "C")
        w.c(w.pick(["There has to be some fee.", "What's the APR though?", "Nothing at all?"]))
    else:
        w.c(w.pick(["What's the interest rate?", "And the APR?", "What are the fees?"]))
    w.a(w.pick(["Don't worry about the rate, the monthly payment is tiny, like a phone bill.",
                "It's very competitive, the important thing is the low payment.",
                "The rate's in the range that works for you, we'll send the details later.",
                "It depends, we'll figure that out at the end, it's nothing to worry about."]), "C")
    w.c(w.pick(["I'd still like to know the number.", "That's not an answer.", "How much do I pay in total?", "Okay..."]))
    fee = w.rng.choice([99, 180, 250, 400, 699])
    fee_line = w.pick([f"There's just a small processing deposit, {w.money(fee)}, but it's refundable, so it's basically free.",
                       f"There's an insurance fee of {w.money(fee)}, but it rolls into the loan so you never really pay it.",
                       f"You just cover a guarantee fee of {w.money(fee)} with a prepaid card, and it's refunded, so it doesn't cost you anything."])
    if w.rng.random() < 0.5:
        w.a(fee_line + " " + w.pick(["The offer ends at five today though.", "And this approval expires in an hour.", "But it has to be today."]), "C P")
    else:
        w.a(fee_line, "C")
    b = w.rng.random()
    if b < 0.35:
        w.c(w.pick(["Hmm.", "I don't know...", "Maybe, let me think.", "Uh..."]))
        w.a(w.pick(["Great, I'll go ahead and submit the application for you.", "Perfect, I've signed the e-consent on your behalf, it's a formality.",
                    "Okay, I'm putting you down as accepted, the paperwork's done."]), "B")
        w.c(w.pick(["I didn't say yes!", "Wait, I said maybe.", "Hold on, don't submit anything."]))
        if w.rng.random() < 0.5:
            w.a(w.pick(["You'll get a code to confirm the deposit, just read it to me.", "Read me the code that just came in and it's final."]), "K")
            w.end_customer(["No. Cancel all of it.", "I'm not reading anything, goodbye."])
        else:
            w.a(w.pick(["It's already in, it logged as accepted.", "Too late, it's processing."]))
            w.end_customer(["That's not a yes. Cancel it.", "I'm reporting this."])
    elif b < 0.65:
        w.c(w.pick(["No thanks, I'm not interested.", "No. I don't pay fees before a loan.", "That sounds like a scam."]))
        for _ in range(w.rng.choice([1, 2])):
            w.a(w.pick(["Just hear me out, this rate won't come back.", "You're making a mistake, it's only available today.",
                        "Everyone else on my list said yes, think about it.", "I'll hold the offer for ten minutes, that's all I can do."]), "P")
            w.c(w.pick(["I said no.", "No.", "Please take me off your list."]))
        if w.rng.random() < 0.5:
            w.a(w.pick(["Fine, with your credit nobody else will lend to you anyway.", "Suit yourself, don't call crying when you're broke.",
                        "Wow, okay, enjoy being stuck, genius."]), "A")
    else:
        w.c(w.pick(["Okay, what do I do next?", "Alright, how does it get deposited?"]))
        w.a(w.pick(["I'm sending a verification code, read it to me and the money's in your account today.",
                    "You'll get a code by text for the e-signature, just tell me the digits."]), "K")
        w.c(w.pick([f"It's {w.code()}.", "Hm, it says don't share it. I'd rather not."]))
        w.a(w.pick(["Great, you're done.", "Thanks. The funds will arrive after the fee clears.", "It's fine, just read it, it's only for us."]))
        w.end_customer(["Okay.", "I'll think about it.", "I'm going to check with my bank first."])
    return "fake_loan_preapproval_fee"


def d_upgrade(w):
    name, fee = w.pick(PRODUCTS_UP)
    w.a(w.pick([f"Hi, {{cust}}? This is {{agent}} from card services at {{bank}}, you've been selected for an upgrade to our {name} card.",
                f"Good afternoon, congratulations, as a thank-you for your loyalty we're upgrading you to the {name} card.",
                f"Hi, calling from {{bank}}, you're one of our top customers so you've qualified for the {name} card."]), "R")
    w.c(w.pick(["Oh. What's different about it?", "Okay, what does that mean?", "Hmm.", "Is this a sales call?"]))
    w.a(w.pick(["Higher limit, lounge access, better rewards, and there's no extra cost to you.",
                "It's the same card, just better perks, your fees stay the same.",
                "It's complimentary, you won't notice any difference on your statement.",
                "It's a free upgrade, nothing changes on your bill."]), "C")
    w.filler()
    b = w.rng.random()
    if b < 0.5:
        w.c(w.pick(["So there's no annual fee?", "Is there a fee?", "Wait, is it actually free?"]))
        w.a(w.pick([f"Well, there's the membership, {w.money(fee)} a year, but it pays for itself, so it's basically free.",
                    "It's, um, it's a small amount, rolled into your statement, you won't really notice it.",
                    "There's no change you'd notice, it's very minor."]), "C")
        w.c(w.pick(["Basically free isn't free.", "Tell me the number.", "Hmm, I'm not sure.", "No, I don't want it."]))
    else:
        w.c(w.pick(["Hmm.", "Uh, I guess?", "Okay... maybe.", "I don't know."]))
    r = w.rng.random()
    if r < 0.6:
        w.a(w.pick(["Perfect, I've activated it on your account, the new card arrives in a week.",
                    "Great, it's done, I've sent the new card out already.",
                    "Okay, I've switched you over, you don't need to do anything."]), "B")
        w.c(w.pick(["I didn't agree to that.", "Wait, what did you activate?", "Cancel it, I never said yes."]))
        if w.rng.random() < 0.5:
            w.a(w.pick(["It's already processed, you can call to cancel after the first year.", f"It's {w.money(fee)} a year and it's done, sorry."]))
        else:
            w.a(w.pick(["Your current card is being discontinued anyway, so you'd have to switch by Friday.",
                        "This offer ends today, if I cancel you can't get it back."]), "P")
    else:
        w.a(w.pick(["To activate, you'll get a code, just read it to me.", "I'll text you an activation code, read it back and we're done."]), "K")
        w.c(w.pick(["Can't I activate it in the app?", "I'd rather not read codes out.", f"Okay, {w.code()}."]))
        w.a(w.pick(["Only I can do it, and only on this call.", "The upgrade expires today, so let's finish now."]), "P")
    w.end_customer(["I'll call the number on my card.", "I'm not interested, bye.", "Take it off my account.", "Okay, I'll think about it."])
    return "fake_card_upgrade_no_cost"


def d_fake_cancel(w):
    item, price = w.pick(FAKE_CHARGES)
    ivr = w.rng.random() < 0.25
    if ivr:
        w.u(w.pick([f"This is an automated message from your bank. {item[0].upper() + item[1:]} of {w.money(price)} will be charged to your card today.",
                    f"Automated notice: your account will be billed {w.money(price)} for {item}."]), "X")
        w.u(w.pick(["If you did not authorize this, press 1 to speak with a specialist and cancel it.", "Press 1 now to cancel this charge."]), "X")
        w.c("Hello? I pressed 1.")
        w.a(w.pick(["Hi, cancellations, I see the charge, you didn't authorize it?", "Thanks for holding, I see that pending charge on your account."]))
        w.c(w.pick(["No, definitely not.", "No, I never ordered that."]))
    else:
        w.a(w.pick(["Hi, {cust}? I'm calling from the billing department at {bank}.", "Hello, this is {agent}, card services, {bank}.",
                    "Hi, it's {agent} from the {dept}, quick call about your card."]))
        w.c(w.pick(["Yes?", "Okay.", "Yeah, what's up?"]))
        w.a(w.pick([f"So there's {item} scheduled to charge tomorrow, {w.money(price)}. Do you want to keep it?",
                    f"I'm seeing {item} on your account, set to charge {w.money(price)} this week.",
                    f"You've got {item} that starts billing {w.money(price)} next month, it was added online."]), "X")
        w.c(w.pick(["I never signed up for that.", "What? I don't have that.", "I didn't order anything like that.", "Huh, that's news to me."]))
        w.a(w.pick(["Right, that's why I'm calling, I can cancel it for you right now.", "No problem, I'll cancel it before it bills.",
                    "Okay, so let's get that cancelled and refunded."]), "X")
    w.filler()
    b = w.rng.random()
    if b < 0.6:
        w.a(w.pick(["I'll send a cancellation code to your phone, just read it back to me.", "To confirm the cancellation I need the code we're texting you.",
                    "Read me the verification code that just came in and the charge goes away."]), "K")
        if w.rng.random() < 0.4:
            w.c(f"Okay, it's {w.code()}.")
            w.a(w.pick([f"Done. And there's a second item, {w.money(w.rng.choice([99, 199, 699]))}, one more code please.",
                        "Good, that one's cancelled. Now the refund needs one more code."]), "X K")
            w.c(w.pick(["I'm going to check my account first.", "No more codes, I'm calling the bank."]))
        else:
            w.c(w.pick(["Why would I need a code to cancel something I didn't order?", "This text says it's for adding a device.", "Hmm, I don't know."]))
            w.a(w.pick(["If we don't get it in five minutes the charge goes through and it's non-refundable.",
                        "It has to be right now, the billing runs at noon."]), "P")
            if w.rng.random() < 0.4:
                w.c("I'll call my bank and check.")
                w.a(abuse_line(w), "A")
    elif b < 0.8:
        fee = w.rng.choice([25, 35, 45, 49])
        w.a(w.pick([f"There's a cancellation fee of {w.money(fee)}, I can take it by card right now.",
                    f"To cancel, we just need {w.money(fee)} for processing, otherwise the full amount charges."]), "X")
        w.c(w.pick(["I'm not paying to cancel something I don't have.", "That's ridiculous."]))
        w.a(w.pick(["Then the full charge goes through Friday, your choice.", "If you don't, it's non-refundable after today."]), "P")
    else:
        w.a(w.pick(["I just need your online banking login to push the refund through.", "Can you confirm the long card number and expiry for me?"]))
        w.c(w.pick(["You don't need that.", "No, I'll check my statement."]))
        if w.rng.random() < 0.5:
            w.a(pressure_line(w), "P")
    w.end_customer(["I'll check my statement and call the bank.", "Goodbye.", "No thanks.", "I'm calling the number on my card."])
    return "fake_cancellation_charge"


def d_freeze(w):
    w.a(w.pick(["This is {bank} security. Your account will be frozen in fifteen minutes unless you verify.",
                "Hello, compliance team at {bank}, your account is missing verification and it's being suspended today.",
                "{cust}, this is account security, your debit card is blocked and your account gets frozen tonight.",
                "Hi, your online banking is about to be locked for suspicious activity, this is {bank}."]), "P")
    w.c(w.pick(["Frozen? Why?", "What? I used it this morning.", "Which bank did you say?", "Oh no, what do I do?"]))
    w.filler()
    w.a(w.pick(["To verify, read me the code we just texted you.", "You'll get a six-digit code, read it to me and the freeze is lifted.",
                "Tell me the one-time password on your phone so I can keep the account open.", code_ask(w)]), "K")
    for _ in range(w.rng.choice([1, 2, 2, 3])):
        w.c(w.pick(["I need my glasses, hold on...", "What code? There are lots of messages.", "Can I do this at the branch?",
                    "I'm not comfortable with this.", "Can you tell me which bank first?"]))
        r = w.rng.random()
        if r < 0.45:
            w.a(abuse_line(w), "A")
        elif r < 0.8:
            w.a(pressure_line(w), "P")
        else:
            w.a(w.pick(["Read me the code, now.", "Just the newest text, read it."]), "K P")
    if w.rng.random() < 0.3:
        w.a(w.pick(["I'm filling in the verification for you then, I'll mark it confirmed.", "Never mind, I'll confirm it on your behalf, it's done."]), "B")
    w.end_customer(["I'm going to the branch.", "I'm not doing this with someone yelling at me.", "Bye.", "I'm calling my daughter."])
    return "fake_account_freeze_threat"


def d_overdraft_upsell(w):
    w.a(w.pick(["Hi, it's {agent} from {bank}, I see you've had a couple of overdrafts this year.",
                "Hello {cust}, {agent} from {bank}, calling about your checking account.",
                "Hi, this is {bank}, we have a new overdraft feature for you."]))
    w.c(w.pick(["Yeah, it's been a tough year.", "Okay.", "Uh huh."]))
    w.a(w.pick(["So I'm going to set you up with Overdraft Shield, no cost to sign up, it covers you automatically.",
                "We're adding our Balance Guard service, it's free and protects you from declines.",
                "Good news, you qualify for our cushion service, nothing extra to pay."]), "C")
    w.c(w.pick(["What does it cost after signing up?", "Really nothing?", "Is there a fee when I use it?", "Hmm."]))
    f = w.rng.choice([5, 9, 12, 15])
    w.a(w.pick([f"Only when you use it, like {w.money(f)} a transfer plus a small monthly, nothing really.",
                "It's minimal, you won't really notice it.", "It's standard, most people keep it on."]), "C")
    if w.rng.random() < 0.7:
        w.c(w.pick(["I don't want it.", "Let me think about it.", "Um, I'm not sure."]))
        w.a(w.pick(["Well, I've set it up already, just call if you want it removed.", "It's already switched on, it's done.",
                    "I'll leave it on for you, it's easier."]), "B")
        w.c(w.pick(["I want it off.", "I didn't agree to that.", "Please remove it."]))
    else:
        w.c("Okay, I'll read the terms first.")
        w.a("Sure, they're in the app.")
    return "fake_overdraft_upsell"


def d_abuse_payment(w):
    amt = w.rng.choice([35, 63, 120, 250, 430])
    w.a(w.pick([f"This is {{bank}} collections, your account's overdrawn by {w.money(amt)}.",
                f"Hi, calling from {{bank}}, your card payment of {w.money(amt)} is late.",
                "Hello, branch calling, you missed your appointment to review your account."]))
    w.c(w.pick(["Oh, sorry, I'll pay it Friday when I get paid.", "Sorry, I forgot.", "I know, money's tight right now."]))
    w.a(w.pick(["That's really irresponsible, frankly, adults pay their bills.", "You forgot? Seriously? That's pathetic.",
                "People like you are why we have fees, honestly.", "Do you even know how to manage money?"]), "A")
    w.c(w.pick(["Please don't talk to me like that.", "That's rude.", "I said I'm sorry."]))
    if w.rng.random() < 0.5:
        w.a(w.pick(["Pay today or your account is closed and reported, that's it.", "Today, not Friday, or it goes to collections."]), "P")
    else:
        w.a(w.pick(["Whatever. Friday then.", "Fine. We'll see on Friday."]))
    w.end_customer(["Goodbye.", "I'm going to complain about this call.", "Fine."])
    return "bank_agent_scolding"


def d_single(w):
    pat = w.pick(["K", "B", "C", "R", "X", "P", "A"])
    if pat == "K":
        amt = w.rng.choice([12, 45, 67, 130])
        w.a(w.pick([f"Hello, {{agent}} from {{bank}} fraud prevention, we just need to verify a {w.money(amt)} purchase from today.",
                    "Hi, {bank} verification team, we noticed a login from a new device."]))
        w.c(w.pick(["Oh, yes, that was me.", "Yeah, I got a new phone."]))
        w.a(w.pick(["Great, and for our records, please read me the code we just sent to your mobile.",
                    "Perfect, just read me the six-digit code from the text so I can mark it as trusted."]), "K")
        w.c(w.pick([f"Okay, it's {w.code()}.", "Hmm, it says the bank will never ask for this. No."]))
        w.a(w.pick(["Thank you, all confirmed.", "No problem, have a good day."]))
        return "single_code_request"
    if pat == "B":
        w.a(w.pick(["Hi, it's {agent} from {bank}, we're updating statement preferences for everyone.",
                    "Hello, {bank} here, about your savings account."]))
        w.c("Okay.")
        w.a(w.pick(["I've moved you to our Plus account and turned on the alerts package, you're all set.",
                    "I've gone ahead and enrolled you in the round-up savings plan, no need to confirm.",
                    "I've switched your account to the new package for you, done."]), "B")
        w.c(w.pick(["Oh, um, okay, I guess.", "I didn't ask for that.", "What does that change?"]))
        w.a(w.pick(["Same fees, just more features.", "The details are in the app."]))
        return "single_consent_bypass"
    if pat == "C":
        w.a(w.pick(["Hi, it's {bank}, your card is being replaced with the new Contactless Plus version.",
                    "Hello, {bank} card services, we're adding purchase protection to your card."]))
        w.c(w.pick(["Is there a cost?", "Okay, does that change anything?"]))
        w.a(w.pick(["It won't cost you anything you'd notice, it's part of the package.", "It's basically free, it's on the statement but it's tiny.",
                    "Nothing changes for you, same card, same everything."]), "C")
        w.c(w.pick(["Okay, I'll check the statement.", "Hmm, alright."]))
        w.a("Great, thanks for your time.")
        return "single_cost_concealment"
    if pat == "R":
        name, fee = w.pick(PRODUCTS_UP)
        w.a(w.pick([f"Hi, congratulations, you've been selected as one of our top customers for the {name} card.",
                    f"Hello, you've won our loyalty reward, an exclusive invitation to the {name} card."]), "R")
        w.c("Oh, what is it?")
        w.a(f"The annual fee is {w.money(fee)}, and it comes with better rewards. You can also keep your current card.")
        w.c(w.pick(["I'll keep my current one.", "No thanks."]))
        w.a("No problem, have a nice day.")
        return "single_fake_reward"
    if pat == "X":
        item, price = w.pick(FAKE_CHARGES)
        w.a(f"Hello, I'm calling from {{bank}}, {item} is set to renew at {w.money(price)}. Would you like me to cancel it?", "X")
        w.c(w.pick(["I didn't know I had that. Sure, cancel.", "I don't have that."]))
        w.a(w.pick(["Okay, I'll just need your full name and date of birth to find it.", "I'll need the card number to locate the plan."]))
        w.c(w.pick(["Hmm, I'll check with my bank first.", "I'll call the number on my card."]))
        w.a("That's fine, have a good day.")
        return "single_fake_cancellation"
    if pat == "P":
        name, fee = w.pick(PRODUCTS_UP)
        w.a(f"Hi, it's {{agent}} at {{bank}} card services, calling about the {name} card, {w.money(fee)} a year.")
        w.c("No, I'm good.")
        w.a(w.pick(["Are you sure? This offer ends tonight and you'll never get it again.", "You really should decide now, it's the last day."]), "P")
        w.c("I'm sure.")
        w.a(w.pick(["You're really missing out, I'd hate for you to regret it.", "Okay but I'll call back tomorrow to ask again."]), "P")
        w.c("Bye.")
        return "single_pressure"
    w.a(w.pick(["Hi, this is the branch, you missed your appointment.", "{bank} here, your form was filled in wrong, again."]))
    w.c(w.pick(["Oh, sorry.", "Sorry, I didn't understand it."]))
    w.a(w.pick(["That's really inconsiderate, frankly.", "It's not that hard, honestly, a child could do it."]), "A")
    w.c("Okay, can we just fix it?")
    w.a("Fine. Next Tuesday, 2 p.m.")
    return "single_abuse"


DECEPTIVE = [(d_fraud_code, 5), (d_loan, 4), (d_upgrade, 4), (d_fake_cancel, 8), (d_freeze, 3),
             (d_overdraft_upsell, 2), (d_abuse_payment, 2), (d_single, 3)]


# ---------------------------------------------------------------- honest builders
def intro_honest(w):
    w.a(w.pick(["Hi, this is {agent}, I'm a fraud investigator with {bank}, is this {cust}?",
                "Good morning, {agent} from the {dept} at {bank}, am I speaking with {cust}?",
                "Hello, {cust}? It's {agent}, {bank} fraud team.",
                "Hi, it's {agent} calling from {bank}'s {dept}."]))
    w.c(w.pick(["Yes, that's me.", "Speaking.", "Yes, what's wrong?", "Okay, how do I know you're the bank?"]))


NEVER = ["Just so you know, I won't ask you for any code, PIN or password on this call, we never do that.",
         "Before anything, we will never ask you to read out a one-time password, so if anyone does, hang up.",
         "And I'm not going to ask for any codes, we never need those from you.",
         "Please don't read me any code you get by text, we never ask for it."]


def h_fraud_check(w):
    intro_honest(w)
    if "know you're the bank" in w.turns[-1]["text"] or w.rng.random() < 0.2:
        w.a(w.pick(["Good question. Feel free to hang up and call the number on the back of your card, they'll put you through to the fraud team.",
                    "You're right to ask. Call us back on the number on your card, and ask about the alert on your account."]))
        w.c(w.pick(["Okay, I called back, they put me through.", "Alright, I'm back, I called the number on the card."]))
    w.a(w.pick(NEVER))
    w.filler(honest=True)
    amt = w.rng.choice([45, 86, 150, 212, 320, 412, 640, 1250])
    w.a(w.pick([f"So we held a card payment of {w.money(amt)} at {{merchant}} in {{city}}. Was that you?",
                f"We paused a transaction, {w.money(amt)}, {{merchant}}, {{city}}, earlier today. Did you make it?"]))
    if w.rng.random() < 0.45:
        w.c(w.pick(["Oh, yes, that was me.", "Yeah, I'm travelling, that's me.", "Yes, I bought that."]))
        w.a(w.pick(["Great, thanks, I'll release it, try the card again any time.", "Perfect, I've marked it as genuine."]))
        if w.rng.random() < 0.5:
            w.a("You can add a travel note yourself in the app, under card settings, so it doesn't happen again.")
        w.c(w.pick(["Thanks.", "Great, thank you.", "Okay, good."]))
    else:
        w.c(w.pick(["No, that's not me.", "I've never been to {city}.", "No! Do you need a code from me?"]))
        if "code" in w.turns[-1]["text"]:
            w.a("No, please keep it to yourself, we never ask for it.")
        w.a(w.pick(["Okay, so I've declined it. I'd like to cancel the card and send you a new one, is that alright?",
                    "Thank you. I'll block this card and order a replacement, there's no cost, do you agree?"]))
        w.c(w.pick(["Yes, please.", "Yes, go ahead.", "Yes."]))
        w.a(w.pick(["Okay, noting your yes. The new card arrives in three to five business days.",
                    "Done, with your yes recorded. You won't pay for that charge."]))
        if w.rng.random() < 0.6:
            w.c(w.pick(["Do I need to do anything else?", "Should I change my password?"]))
            w.a(w.pick(["You can change your online password yourself in the app today, just don't share it.", "Nothing else, you're covered."]))
    return "bank_fraud_check_honest"


def h_app_code(w):
    intro_honest(w)
    w.a(w.pick(["Your new card was delivered but isn't active yet, I'm just calling to help.",
                "Your card got locked after three wrong PIN tries, I'm calling to help unlock it.",
                "We logged out a session from a new device, and you'll want to reset your password."]))
    w.c(w.pick(["Oh, okay. What do I do?", "Right, yeah.", "Okay, do you need a code from me?"]))
    w.a(w.pick(["Open the app, go to Cards, and tap the button. It'll send a code by text, type it into the app yourself, don't read it to me.",
                "In the app you'll get a one-time code, enter it there, just you, I don't need it and we never ask for it.",
                "You'll get a code on your phone, that's for you to type into the app, please keep it to yourself."]))
    w.filler(honest=True)
    w.c(w.pick(["Okay... done, it says active.", "Hold on... okay, I typed it in.", "Got it, it worked."]))
    w.a(w.pick(["Perfect, I see it on my side too.", "Great, you're all set.", "That's it, thanks."]))
    return "card_activation_in_app"


def h_loan_disclosed(w):
    amt = w.rng.choice([3000, 5000, 7500, 10000, 14000, 22000])
    apr = w.rng.choice(["6.4", "8.9", "9.75", "11.9", "14.5", "18"])
    months = w.rng.choice([24, 36, 48, 60])
    w.a(w.pick(["Hi, {cust}, this is {agent} from {bank} personal loans, you asked online about a loan, is now a good time?",
                "Hi, it's {agent} at {bank}, returning your call about a loan quote.",
                "Hello, {agent} from {bank}, I have the loan quote you requested."]))
    w.c(w.pick(["Yes, sure.", "Yeah, go ahead.", "Okay, but I want the APR first."]))
    w.filler(honest=True)
    fee = w.pick(["There's no origination fee.", f"There's an origination fee of {w.money(int(amt*0.02))}, taken from the loan.",
                  f"There's an application fee of {w.money(75)}, nothing else."])
    w.a(f"So you'd qualify for {w.money(amt)} at {apr} percent APR, over {w.num(months)} months. {fee}")
    mpay = round(amt * (1 + float(apr) / 100 * months / 24) / months)
    qa = [("And the monthly payment?", f"About {w.money(mpay)} a month, it's all in the written disclosure too."),
          ("What's the total cost?", f"Roughly {w.money(mpay * months)} over the whole loan, including the interest and any fee."),
          ("Any prepayment penalty?", "No prepayment penalty, you can pay it off any time."),
          ("Hmm, that's more than I thought.", "It is a lot of money, yeah, you don't need to decide today.")]
    for q, ans in w.rng.sample(qa, w.rng.choice([1, 1, 2])):
        w.c(q)
        w.a(ans)
    r = w.rng.random()
    if r < 0.35:
        w.c("Okay, I'd like to go ahead.")
        w.a(w.pick(["Okay, to be clear, you're saying yes to this loan at these terms?", "Great, just to confirm, you want to apply for this amount?"]))
        w.c("Yes.")
        w.a(w.pick(["Thank you, noted. You'll review and sign in the app yourself, it'll send you a code to type in there, not to me.",
                    "Recorded. The documents come by email, nothing is final until you sign."]))
    elif r < 0.7:
        w.c(w.pick(["No, I think I'll pass.", "I found a better rate elsewhere.", "I'd rather not."]))
        w.a(w.pick(["That's completely fine, thanks for letting me know.", "No problem, I'll close the quote.", "Good luck, and the quote stays open 30 days if you change your mind."]))
    else:
        w.c("Let me think about it.")
        w.a(w.pick(["Sure, the offer is good for 30 days. I won't call again about it.", "Take your time, I'll email the full disclosure."]))
    return "loan_offer_apr_disclosed"


def h_upgrade_disclosed(w):
    name, fee = w.pick(PRODUCTS_UP)
    w.a(w.pick([f"Hi, {{cust}}, it's {{agent}} from {{bank}} card services, you asked about the {name} card?",
                f"Hi, this is {{agent}}, {{bank}}, your card is eligible for the {name} card, is now okay for a minute?"]))
    w.c(w.pick(["Sure.", "Yeah, what's the fee?", "Okay."]))
    w.a(w.pick([f"So the annual fee is {w.money(fee)}, compared with zero on your current card.",
                f"It's {w.money(fee)} a year, charged on your next statement if you switch."]) + " " +
        w.pick(["It adds lounge access and travel insurance.", "It gives better points on travel and dining.", "It has no foreign transaction fees."]))
    w.filler(honest=True)
    if w.rng.random() < 0.5:
        w.c(w.pick(["That's a lot for me, no thanks.", "I don't travel much, I'll pass.", "No, I'm fine."]))
        w.a(w.pick(["Then your current card is probably better for you, I won't change anything.", "Totally fair, nothing changes."]))
    else:
        w.c(w.pick(["Okay, yes, switch it.", "Yes, I want it."]))
        w.a(w.pick([f"Okay, I've got your yes, the {w.money(fee)} shows on the next statement, same card number.",
                    "Thanks, recorded. The new card comes in a week, and you can downgrade within 30 days for a full refund of the fee."]))
    return "card_upgrade_fee_disclosed"


def h_cancel_requested(w):
    items = [("card protection plan", 8), ("overdraft line of credit", 25), ("premium checking package", 15),
             ("travel insurance add-on", 12), ("credit monitoring", 19)]
    item, price = w.pick(items)
    w.a(w.pick(["{bank}, this is {agent}, how can I help?", "Hi, card services, {agent} speaking."]))
    w.c(w.pick([f"Hi, I want to cancel the {item} on my account.", f"I'd like to stop my {item}, it's {w.money(price)} a month."]))
    w.filler(honest=True)
    w.a(w.pick([f"Sure, I see the {item}. Do you want it cancelled today?", f"Okay, the {item}, {w.money(price)} a month. Cancel it as of today?"]))
    w.c("Yes, today.")
    w.a(w.pick(["Done, with your yes. You won't be charged again.", "It's cancelled, you'll get an email confirming, no fee to cancel."]))
    if w.rng.random() < 0.4:
        w.c("Will I get the past months back?")
        w.a("The past months were for coverage you had, so those don't get refunded, sorry.")
    return "customer_requested_cancellation"


def h_free_reward(w):
    w.a(w.pick(["Hi, it's {bank} card services, just a quick note, you earned {x} cash back last quarter, already added.",
                "Hi, {bank} here, because you've been with us ten years, we're waiving your annual fee this year, {x}.",
                "Hello, it's {agent} at {bank}, we've added {x} in anniversary points to your card."]).replace("{x}", w.money(w.rng.choice([25, 42, 49, 60, 95]))))
    w.c(w.pick(["Oh, nice. Do I need to do anything?", "Is this a sales call?", "Okay, what's the catch?"]))
    w.a(w.pick(["Nothing at all, no upgrade, nothing to sign, it's just there.", "No catch, honestly, that's the whole call.",
                "No, it's done, nothing to accept or pay."]))
    if w.rng.random() < 0.35:
        w.c(w.pick(["Actually, is there a card with better rewards?", "While I have you, what would a better card cost me?"]))
        w.a(w.pick(["The Gold card has a 95 dollar annual fee and earns double points, your current card has no fee. It's only worth it if you spend a lot.",
                    "There's the Preferred card, 95 dollars a year, 2 percent back. Honestly, at your spending, your current no-fee card is about the same."]))
        w.c(w.pick(["Okay, I'll stay with mine.", "Good to know, thanks."]))
    else:
        w.c(w.pick(["Great, thanks.", "Ha, okay, nice."]))
    return "real_free_reward"


def h_rude_customer(w):
    intro_honest(w)
    w.c(w.pick(["What do you want? I'm busy.", "You people always call at dinner, this is ridiculous.",
                "Is this another stupid call about my card?"]))
    w.a(w.pick(["Sorry to catch you at a bad time, I'll be quick.", "I understand, I'll keep it short."]))
    amt = w.rng.choice([86, 140, 640])
    w.a(f"A payment of {w.money(amt)} at {{merchant}} in {{city}} was declined, was it yours?")
    w.c(w.pick(["Of course it was me! Who else! Your system is garbage.", "Yes, obviously, I travel for work, idiots.",
                "No, it wasn't, and why did it take you so long to call?"]))
    w.filler(honest=True)
    w.a(w.pick(["Understood, I've approved it and added a travel note, try again now.",
                "I'm sorry for the trouble. I've sorted it, and I won't ask you for any codes or anything.",
                "Thanks for telling me. I've taken care of it."]))
    w.c(w.pick(["Whatever. Don't call me again.", "Took you long enough.", "Fine."]))
    w.a(w.pick(["I'll add a note. Have a good evening.", "Sorry again, take care.", "Thanks for your time."]))
    return "rude_customer_patient_agent"


def h_deadline_followup(w):
    kind = w.rng.random()
    if kind < 0.5:
        w.a(w.pick(["Hi, it's {agent} from {bank}. Your rate lock on the loan expires Friday, after that the rate might change. I just wanted to tell you once.",
                    "Hi, {bank} here, your card's promotional rate ends on the 30th, after that it's the standard rate. Just letting you know."]))
        w.c(w.pick(["Okay, thanks. I'm still deciding.", "Good to know.", "Alright."]))
        w.a(w.pick(["No problem, if it passes you can still apply at that day's rate.", "That's all, no action needed unless you want to."]))
    else:
        w.a(w.pick(["Hi, it's {agent} from {bank}, just a quick follow-up on the quote we sent last week. Any questions? Totally fine if not.",
                    "Hi, {bank} card services, checking once on the card you were looking at, any thoughts? No pressure."]))
        w.c(w.pick(["No, I decided not to go ahead.", "I'll pass, thanks.", "Not yet, still thinking."]))
        w.a(w.pick(["Completely fine, thanks for letting me know. I'll close it.", "Okay, noted, we won't call about it again."]))
    return "deadline_or_followup_once"


def h_overdraft(w):
    amt = w.rng.choice([28, 48, 63, 105, 430])
    w.a(w.pick(["Hi, {bank}, this is {agent}, you called about an overdraft fee?", "Hi, {agent} from {bank}, you asked about overdraft options?"]))
    w.c(w.pick(["Yeah, I got charged and I don't get why.", "Yes, I keep going over.", "I want a refund on this fee, it's theft."]))
    w.filler(honest=True)
    w.a(f"So your balance went negative by {w.money(amt)}, and the fee is {w.money(35)}.")
    r = w.rng.random()
    if r < 0.4:
        w.a("Since it's your first this year, I can refund the 35 as a one-time courtesy, want me to?")
        w.c("Yes, please.")
        w.a("Done. You can also turn off debit overdraft so purchases are declined instead, no fee, your choice.")
        w.c(w.pick(["Yes, turn it off.", "No, leave it, I'd rather the purchase go through."]))
        w.a("Okay, done as you said.")
    elif r < 0.7:
        w.a(w.pick(["We can link your savings, if checking goes negative we move money over, that's free, no transfer fee.",
                    "There's an overdraft line at 17.9 percent APR with a 25 dollar yearly fee, or free savings linking. Up to you."]))
        w.c(w.pick(["Just the savings link.", "Let me think.", "Free? Really?"]))
        w.a(w.pick(["Okay, I'll set up the savings link only with your yes, yes?", "Really free for linked savings. Nothing is set up unless you ask."]))
        if w.turns[-1]["text"].endswith("yes?"):
            w.c("Yes.")
            w.a("Done.")
    else:
        w.a("I'm sorry, I can't refund it this time, you've had two refunds this year. I can set a low-balance alert so you see it coming.")
        w.c(w.pick(["Fine.", "That's ridiculous. Okay, set the alert.", "Whatever."]))
        w.a("Okay, the alert is at 50 dollars.")
    return "overdraft_conversation"


def h_budget(w):
    inc = w.rng.choice([2400, 3200, 4100, 5200])
    sp = inc + w.rng.choice([-300, 150, 250, 400])
    w.a(w.pick(["Hi, it's {agent} from {bank}, you booked a budget review, still a good time?",
                "Hi, {agent} at {bank}, following up on the budgeting session you asked for, it's free, no products."]))
    w.c(w.pick(["Yes.", "Sure, go ahead.", "Yeah, I need it honestly."]))
    w.a(f"So last month income was {w.money(inc)}, and spending was {w.money(sp)}. The biggest was rent, then food, then subscriptions.")
    w.c(w.pick(["That's more than I thought.", "Subscriptions? How much?", "Hmm, okay."]))
    w.filler(honest=True)
    w.a(w.pick(["I'll list them, but I won't cancel anything, that's your call.", "One idea is moving 200 a month to savings on payday, but only if you want.",
                "You could set a spending alert in the app, it's free."]))
    w.c(w.pick(["Okay, I'll set it up myself.", "Yes, list them.", "Thanks, this helps."]))
    return "budget_talk"


def h_plain(w):
    k = w.rng.random()
    w.a(w.pick(["{bank}, this is {agent}, how can I help?", "Good morning, {bank}, {agent} speaking.", "Hi, thanks for calling {bank}."]))
    if k < 0.25:
        w.c("Hi, I moved, I need to update my address.")
        w.a("Sure, can you confirm your date of birth first?")
        w.c(w.pick(["April 4th, 1975.", "It's, uh, July 21st, 1992."]))
        w.a("Thanks. And the new address?")
        w.c(w.pick(["22 Oak Lane, Springfield.", "14 River Road, apartment 3."]))
        w.a("Updated. Your next statement goes there.")
        sc = "address_change"
    elif k < 0.5:
        w.c("I think I lost my card.")
        w.a("Okay, I see no transactions since yesterday. Should I cancel it and send a new one?")
        w.c("Yes, please.")
        w.a(f"Done, new card in {w.num(5)} days.")
        sc = "lost_card_report"
    elif k < 0.75:
        amt = w.rng.choice([9, 18, 27, 54])
        w.c(f"There's a charge on my statement I don't recognize, {w.money(amt)}.")
        w.a("Let me look. It's a small business card reader, a café maybe? Do you remember one?")
        w.c(w.pick(["Oh, yes, the coffee place.", "Hmm, no, I don't."]))
        if "no" in w.turns[-1]["text"].lower():
            w.a("Okay, I can open a dispute, would you like that?")
            w.c("Yes.")
            w.a("Done, you'll get a letter in a few days.")
        else:
            w.a("That's probably it then.")
        sc = "statement_question"
    else:
        w.c("What's the interest on my savings?")
        w.a(w.pick(["Right now it's 0.5 percent. We have a high-yield account at 4 percent, no fee, if you want info.", "It's 3.5 percent, paid monthly."]))
        w.c(w.pick(["Okay, thanks.", "Send me info, please."]))
        sc = "savings_question"
    w.filler(honest=True)
    w.a(w.pick(["Anything else I can help with?", "Have a good day."]))
    w.c(w.pick(["No, that's it, thanks.", "Thanks, bye."]))
    return sc


HONEST_HN = [(h_fraud_check, 5), (h_app_code, 3), (h_loan_disclosed, 4), (h_upgrade_disclosed, 3),
             (h_cancel_requested, 3), (h_free_reward, 2), (h_rude_customer, 2), (h_deadline_followup, 2),
             (h_overdraft, 3), (h_budget, 2)]
HONEST_PLAIN = [(h_plain, 1)]


def wpick(rng, table):
    tot = sum(w for _, w in table)
    x = rng.uniform(0, tot)
    for f, wt in table:
        x -= wt
        if x <= 0:
            return f
    return table[-1][0]


def build(rng, deceptive):
    for _ in range(50):
        w = W(rng)
        if deceptive:
            f = wpick(rng, DECEPTIVE)
            hn = False
        else:
            plain = rng.random() < 0.25
            f = wpick(rng, HONEST_PLAIN if plain else HONEST_HN)
            hn = not plain
        sc = f(w)
        t = []
        for x in w.turns:  # merge consecutive turns of the same speaker
            if t and t[-1]["speaker"] == x["speaker"]:
                t[-1] = {"speaker": x["speaker"], "text": t[-1]["text"] + " " + x["text"],
                         "labels": sorted(set(t[-1]["labels"]) | set(x["labels"]))}
            else:
                t.append(dict(x))
        labels = sorted({l for x in t for l in x["labels"]})
        if 4 <= len(t) <= 30 and bool(labels) == deceptive:
            return sc, t, labels, hn
    raise RuntimeError("could not build")


def main():
    rng = random.Random(SEED)
    hand = [json.loads(l) for l in open(os.path.join(HERE, "hand.jsonl"), encoding="utf-8") if l.strip()]
    kinds = [True] * N_DECEPTIVE + [False] * N_HONEST
    rng.shuffle(kinds)
    gen, seen = [], set()
    for dec in kinds:
        while True:
            sc, turns, labels, hn = build(rng, dec)
            key = tuple(x["text"] for x in turns)
            if key not in seen:
                seen.add(key)
                break
        gen.append({"id": None, "lang": "en", "deceptive": bool(labels), "labels": labels, "turns": turns,
                    "source": "writer:03", "scenario": sc, "hard_negative": hn, "written": "generator"})
    allc = hand + gen
    with open(os.path.join(HERE, "calls.jsonl"), "w", encoding="utf-8") as f:
        for i, o in enumerate(allc, 1):
            o["id"] = f"w03-{i:04d}"
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(allc)} calls ({len(hand)} hand, {len(gen)} generated)")


if __name__ == "__main__":
    main()
