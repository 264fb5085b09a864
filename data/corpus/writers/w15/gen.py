#!/usr/bin/env python3
"""Writer 15 corpus builder: reads hand_*.txt, generates the rest (seed 1515), writes calls.jsonl."""
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 1515
N_GEN_DECEPTIVE = 130
N_GEN_HONEST = 126
CODES = {"cc": "cost_concealment", "fc": "fake_cancellation", "fr": "fake_reward", "code": "code_request",
         "cb": "consent_bypass", "pr": "pressure", "ab": "abuse"}
SPK = {"A": "agent", "C": "customer", "U": "unknown"}

# ---------------------------------------------------------------- hand files
HEADER = re.compile(r"^# ([a-z0-9_]+)\s*(?:\|\s*(.*))?$")
TURN = re.compile(r"^([ACU])(?:\{([a-z,]+)\})?:\s*(.*)$")


def read_hand(path):
    calls, cur = [], None
    for ln, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.rstrip()
        m = HEADER.match(line)
        if m:
            flags = (m.group(2) or "").split()
            cur = {"scenario": m.group(1), "hn": "hn" in flags, "mono": "mono" in flags, "turns": []}
            calls.append(cur)
            continue
        m = TURN.match(line)
        if m and cur is not None:
            labs = [CODES[c] for c in m.group(2).split(",")] if m.group(2) else []
            cur["turns"].append((SPK[m.group(1)], m.group(3), labs))
        elif line and not line.startswith("#"):
            raise SystemExit(f"{path.name}:{ln}: cannot parse: {line}")
    return calls


# ---------------------------------------------------------------- helpers
R = random.Random(SEED)


def pick(seq):
    return R.choice(seq)


def maybe(p):
    return R.random() < p


ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
       "seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + ("" if rest == 0 else " " + words(rest))
    th, rest = divmod(n, 1000)
    return words(th) + " thousand" + ("" if rest == 0 else " " + words(rest))


def num_to_words(tok):
    t = tok.replace(",", "")
    if re.fullmatch(r"\d+\.\d\d", t):
        a, b = t.split(".")
        return words(int(a)) + " " + (words(int(b)) if int(b) else "")
    if re.fullmatch(r"\d+\.\d+", t):
        a, b = t.split(".")
        return words(int(a)) + " point " + " ".join(ONES[int(d)] for d in b)
    if re.fullmatch(r"\d+", t) and int(t) < 1000000:
        return words(int(t))
    return tok


FILLERS = ["uh", "um", "like", "you know", "uh", "um", "so"]
MISHEAR = {"account": "a count", "premium": "premiere", "renewal": "renew all", "policy": "polly see",
           "cancel": "cancer", "warranty": "warrant", "instalment": "install meant", "code": "coat",
           "insurance": "in shorts", "portfolio": "port folio", "statement": "state meant"}


def asr(text):
    t = text.replace("%", " percent")
    for sym, name in (("£", "pounds"), ("$", "dollars"), ("€", "euros")):
        t = re.sub(re.escape(sym) + r"(\d[\d,]*(?:\.\d+)?)", r"\1 " + name, t)
    t = re.sub(r"\d[\d,]*(?:\.\d+)?", lambda m: num_to_words(m.group(0)) if maybe(0.7) else re.sub(r"\.(\d)$", r" point \1", m.group(0).replace(",", "")), t)
    t = t.lower().replace("—", " ").replace("-", " ")
    t = re.sub(r"[^\w\s']", " ", t)
    if maybe(0.5):
        t = t.replace("'", "")
    toks = t.split()
    out = []
    if toks and maybe(0.2):
        out += [toks[0]]  # false start
    for w in toks:
        if w in MISHEAR and maybe(0.12):
            w = MISHEAR[w]
        if maybe(0.06):
            out.append(pick(FILLERS))
        out.append(w)
        if maybe(0.025):
            out.append(w)
    return " ".join(out) or "..."


def money(cur, lo, hi, cents=False):
    v = R.randint(lo, hi)
    s = f"{v:,}"
    if cents:
        s = f"{v}.{pick(['99', '49', '95', '50', '00'])}"
    sym = {"USD": "$", "GBP": "£", "EUR": "€"}[cur]
    name = {"USD": "dollars", "GBP": "pounds", "EUR": "euros"}[cur]
    return f"{sym}{s}" if maybe(0.5) else f"{s} {name}"


AGENTS = ["Rachel", "Daniel", "Priya", "Tom", "Laura", "James", "Olivia", "Marcus", "Nina", "Simon", "Grace", "Owen",
          "Fatima", "Leo", "Hannah", "Ravi", "Megan", "Chris", "Aisha", "Peter", "Sofia", "Ethan", "Claire", "Victor"]
SURNAMES = ["Mr. Hughes", "Mrs. Bell", "Ms. Okoye", "Mr. Schmidt", "Mrs. Tan", "Mr. Romero", "Ms. Novak",
            "Mr. Evans", "Mrs. Ali", "Ms. Fraser", "Mr. Wong", "Mrs. Kowalski", "Mr. Dubois", "Ms. Reyes"]
DAYS = ["Friday", "Monday", "the 15th", "tomorrow", "the 1st of next month", "Thursday", "the 28th", "next Tuesday"]
DATES = ["the 12th of next month", "the 3rd of April", "the 30th of this month", "the 1st of June", "the 18th",
         "the 9th of September", "the 21st"]

DOMAINS = {
    "card": {"co": ["Northgate Bank card services", "the card services team at your bank", "Harbor Credit Union cards",
                    "Crestline Card", "the credit card department"],
             "fake": ["a Premier card annual fee of {m}", "a travel club membership at {m} a year",
                      "an upgrade of your card to the premium tier with an annual fee of {m}",
                      "an online order of {m} to {merchant}", "a gifted rewards membership that starts charging {ms} a month",
                      "a card protection plan at {ms} a month"],
             "real": ["the annual fee on your Rewards card, {m},", "your card's yearly fee of {m}",
                      "the annual fee of {m} on your Gold card"],
             "product": [("the Platinum card", "{m} a year", "lounge access and travel insurance"),
                         ("card protection", "{ms} a month", "one call to cancel all your cards if they're lost"),
                         ("purchase protection", "{ms} a month", "cover for anything you buy on the card"),
                         ("our balance protector", "{ms} a month", "your payments covered if you're ill")],
             "second": ["card protection at {ms} a month", "our Travel Pack at {ms} a month", "an additional Gold card"]},
    "insurance": {"co": ["Coastline Insurance", "National Home Protect", "the renewals desk at SafeHome Insurance",
                         "Meridian Insurance", "the policy department"],
                  "fake": ["a renewal of your gadget insurance at {m}", "a home emergency cover renewal of {m}",
                           "a second travel insurance policy at {ms} a month",
                           "payment protection insurance at {ms} a month", "boiler cover that renews at {m}"],
                  "real": ["your home insurance renewal at {m} for the year", "your car insurance, which renews at {m},",
                           "your travel policy renewal of {m}", "your pet insurance premium of {ms} a month"],
                  "product": [("home emergency cover", "{ms} a month", "your boiler and plumbing covered"),
                              ("income protection", "{ms} a month", "your salary covered if you're signed off"),
                              ("gadget insurance", "{ms} a month", "your phone and laptop covered")],
                  "second": ["legal expenses cover at {ms} a month", "our boiler cover at {ms} a month",
                             "accidental damage cover"]},
    "loan": {"co": ["Firstline Loans", "the lending services team", "ClearPath Loans", "the loans department at your bank"],
             "fake": ["a loan instalment of {m}", "the first instalment of {m} on a personal loan approved in your name",
                      "loan protection cover at {ms} a month", "an arrangement fee of {m} on a top-up loan"],
             "real": ["your loan instalment of {m}", "the monthly payment of {m} on your car loan",
                      "your personal loan payment of {m}"],
             "product": [("a top-up loan", "an interest rate of 12.9 percent", "extra cash at a fixed rate"),
                         ("payment protection on your loan", "{ms} a month", "your payments covered if you're ill"),
                         ("a credit limit increase", "no fee but interest at 24.9 percent", "more spending power")],
             "second": ["payment protection at {ms} a month", "a credit card at {m} a year", "loan insurance"]},
    "warranty": {"co": ["HomeShield", "the appliance care team", "DriveSure warranty services", "Complete Care"],
                 "fake": ["the automatic renewal of your extended warranty at {m}",
                          "a vehicle service contract renewal of {m}",
                          "a monthly appliance plan at {ms} that starts on your expired warranty"],
                 "real": ["the renewal of your extended warranty at {m}", "your appliance cover at {ms} a month"],
                 "product": [("an extended warranty for your {appliance}", "{ms} a month", "repairs and parts covered"),
                             ("our Complete Care plan", "{ms} a month", "all your appliances covered")],
                 "second": ["cover for your {appliance} at {ms} a month", "our premium repair plan"]},
    "invest": {"co": ["Apex Invest customer care", "Sterling Wealth", "Brightwater Investments", "investment customer care"],
               "fake": ["an annual platform fee of {m} on a trading account opened in your name",
                        "the renewal of a managed portfolio service at {m}", "a subscription to our signals service at {m}"],
               "real": ["your platform fee of 0.45 percent, about {m} a year,", "the yearly advice fee of {m}"],
               "product": [("our Growth portfolio", "a 1.5 percent yearly fee", "higher long-term returns"),
                           ("a managed ISA", "a 1 percent fee a year", "experts managing your money")],
               "second": ["our managed portfolio at 1 percent a year", "a subscription to our research service"]},
}
MERCHANTS = ["TechMart", "an electronics store", "GadgetHub", "a furniture website", "ShopDirect", "an airline"]
APPLIANCES = ["washing machine", "fridge", "boiler", "dishwasher", "car", "TV"]


def fill(s, cur):
    return s.format(m=money(cur, 49, 1499), ms=money(cur, 5, 39, cents=True), merchant=pick(MERCHANTS),
                    appliance=pick(APPLIANCES))


# neutral padding sentences so the deceptive one is buried in long turns
PRE = ["Thank you for taking the call.", "I can see you've been with us for a number of years now.",
       "Everything on your account looks in order, and your last payment was received on time.",
       "This call is recorded for quality and training.", "I'm calling as part of our regular account review.",
       "I'll be as quick as I can.", "Your direct debits are all running normally.",
       "We do these checks on all our customers from time to time.", "I just need a moment of your time."]
POST = ["After that, your account simply carries on as normal.", "It's a quick process and nothing to worry about.",
        "You'll get a confirmation by email afterwards.", "We see this quite a lot at the moment.",
        "Is now still a good time?", "I'll stay on the line while we sort it out.",
        "Your other services aren't affected."]


def long_turn(core, pre_n=None, post_n=None):
    pre_n = R.randint(0, 3) if pre_n is None else pre_n
    post_n = R.randint(0, 2) if post_n is None else post_n
    return " ".join(R.sample(PRE, pre_n) + [core] + R.sample(POST, post_n))


def opener(dom, cur):
    ag, co, nm = pick(AGENTS), pick(DOMAINS[dom]["co"]), pick(SURNAMES)
    a = pick([f"Good afternoon, this is {ag} from {co}. Am I speaking with {nm}?",
              f"Hello, my name is {ag}, calling from {co}. Is this {nm}?",
              f"Hi, it's {ag} at {co}. Could I speak to {nm}, please?",
              f"Good morning, {nm}. {ag} here from {co}."])
    c = pick(["Yes, speaking.", "Yes.", "That's me.", "Mm, yes.", "Who's this?", "Yeah, what is it?", "Speaking."])
    return [("agent", a, []), ("customer", c, [])]


LEADINS = [("Is now a good time to talk for a few minutes?", ["Yes, go on.", "I've got a minute.", "Okay, quickly."]),
           ("Before we start, can you confirm the first line of your address?", ["It's 22 Elm Row.", "14 Crown Street.", "Flat 3, 9 Park Road."]),
           ("How have you been finding your account lately?", ["Fine, I suppose.", "No complaints.", "It's okay."]),
           ("I see you've used the mobile app recently, that's great.", ["Yes, sometimes.", "Mm.", "Okay."]),
           ("Just so you know, this call may be recorded.", ["Fine.", "Okay.", "Sure."])]


def leadins(k):
    out = []
    for q, answers in R.sample(LEADINS, k):
        out += [("agent", q, []), ("customer", pick(answers), [])]
    return out


# ---------------------------------------------------------------- deceptive banks
FC_CORE = ["Our records show {item} is due to be taken on {day}, and I can cancel that for you right now before it goes through.",
           "There's {item} pending on your account for {day}; if you didn't ask for it, we can cancel it on this call.",
           "I can see {item} was set up under your name and starts charging {day}, so I'd like to cancel it for you today.",
           "The system has flagged {item}, scheduled for {day}, and we can stop it for you now if you want it cancelled.",
           "You've got {item} coming out {day}, and I'm calling so we can cancel it for you before you're charged."]
FC_REACT = ["I don't have that.", "What? I never signed up for anything like that.", "Oh. Okay.", "Mm.", "Wait, what?",
            "Really? Then yes, cancel it.", "I don't remember that at all.", "How did that happen?", "Okay..."]
PR_FC = ["This has to be done on this call; once the charge goes through, the refund takes ninety days and isn't guaranteed.",
         "You've got about twenty minutes before it becomes final, so we need to do this right now.",
         "If you hang up, I won't be able to stop it, so please stay with me and let's finish it today.",
         "Only today can we reverse it for free; from tomorrow it's locked in for twelve months.",
         "If this isn't stopped now, your account may be frozen while the charge is investigated."]
CODE = ["You'll get a six-digit code by text in a moment; please read it back to me so I can confirm the cancellation.",
        "I've just sent a verification code to your phone. Tell me the number you received and it's done.",
        "Please forward me the SMS code you're about to get, it's just to verify it's you.",
        "Read me the one-time passcode from the text message, and then I can process it.",
        "Your bank will text you a code; just say the digits to me so I can authorise this on our side."]
CODE_REACT = ["It says don't share this code with anyone.", "Okay, it's 4 8 2... hang on.", "Um, 771 903.",
              "I'm not sure I should give that out.", "Hold on, it's just arrived.", "Six digits? Okay, 3 1 5 5 0 8."]
CB_FC = ["Okay, I'll take that as a yes. I've filled in the cancellation form and signed it on your behalf, so you don't need to do anything.",
         "No need to confirm, I'll handle it from here. I've also moved you onto {second} so you stay protected.",
         "Right, the system has registered your consent, and I've put you on {second} instead.",
         "Great, I've gone ahead and switched you to {second} at the same time, it's already active.",
         "I've signed the refund request for you and enrolled you in {second} so this doesn't happen again."]
AB = ["Are you stupid? I'm trying to save you money here.", "Don't waste my time, just do what I say.",
      "Honestly, how can you not understand something this simple?", "Stop being difficult. It's not complicated, even for you.",
      "Look, I don't have all day for people like you.", "Are you deaf? I already explained this twice."]
FR = ["You've been selected as one of our top customers this year, and as a thank-you we're giving you {prod}.",
      "Congratulations, you've been rated a star customer, so we've reserved {prod} for you.",
      "As a loyalty reward, you've been chosen for {prod}, which we only offer to a handful of customers.",
      "Good news: you've won a priority upgrade to {prod} as part of our customer appreciation programme."]
CC = ["It's part of your reward, so there's nothing extra for you to worry about; your monthly payment stays the same.",
      "You won't notice it on the bill, it's just folded into what you already pay.",
      "It's a gift, nothing extra, it works exactly like what you've got now.",
      "Honestly, it's hardly anything, and it pays for itself, so think of it as free.",
      "Your package stays the same price overall, it's really cost-neutral for you."]
PRICE_Q = ["Is it free?", "What does it cost?", "How much is that?", "Is there a fee?", "And the price?"]
HESITATE = ["Hmm.", "Let me think about it.", "I'll ask my wife first.", "I'll need to talk to my husband.", "...", "Mm.",
            "I'm not sure.", "Okay.", "Can you send me something in writing?", "Uh..."]
CB_S = ["Great, I've already enrolled you, it starts on your next statement.",
        "No need to confirm, I'll handle it. It's active from today.",
        "The system has registered your consent, so you're all set.",
        "I'll sign the form for you so you don't have to bother, and it'll be in place by tonight.",
        "I'll put it in place now so you're covered while you decide; the documents are on their way.",
        "Perfect, I've activated it, and I've also added {second} to your account since most customers want both."]
OBJECT = ["I didn't agree to that.", "Wait, I didn't say yes.", "Please undo that.", "Hold on, I never said yes!",
          "What? No."]
REFUSE = ["No, thank you.", "I'm not interested.", "No.", "I said no.", "No thanks, I'm fine as I am."]
PR_S = ["This price is only available today; if you say no now, it's gone for good.",
        "You need to decide now, I can't hold this offer after this call.",
        "Think of your family. What happens to them if you're not covered tomorrow?",
        "Let me explain it again, because I really don't think you understood how good this is.",
        "If you don't take this today, your account will be reviewed and your current terms may be withdrawn.",
        "It's already done and the cancellation window closed, so you'd lose the first month if you back out now."]
CODE_S = ["To finalise it, you'll get a code by text; read it to me and it's done.",
          "I just need the verification code we've sent you, can you read it out?",
          "For security, tell me the PIN or the one-time code you just received."]
CLOSE_D = ["Thank you, that's all sorted then.", "Lovely, you'll get an email shortly.", "Right, I'll let you go.",
           "Okay, have a good day."]
CUST_END = ["I'm going to call my bank directly.", "I'm hanging up.", "Goodbye.", "This doesn't sound right.", "Okay..."]


def gen_fc(labels, dom, cur, mono):
    item = fill(pick(DOMAINS[dom]["fake"]), cur)
    core = pick(FC_CORE).format(item=item, day=pick(DAYS))
    if mono:
        turns = [("unknown", pick(["This is an automated message from your {}.".format(pick(["bank", "card issuer", "insurer", "lender"])),
                                   "Hello, this is an important message regarding your account.",
                                   "Hi, this message is for the account holder, it's the billing team."]), [])]
        turns.append(("unknown", core + " " + pick(["Press 1 to cancel now.", "Call us back to cancel it.",
                                                    "Stay on the line to speak to a cancellation agent."]), ["fake_cancellation"]))
        if "pressure" in labels:
            turns.append(("unknown", pick(PR_FC), ["pressure"]))
        if "code_request" in labels:
            turns.append(("unknown", "After pressing 1, have the code we text you ready and read it to our agent.", ["code_request"]))
        if maybe(0.5):
            turns.append(("unknown", pick(["Thank you.", "This message will repeat.", "Goodbye."]), []))
        return turns
    turns = opener(dom, cur) + leadins(R.randint(0, 3))
    turns.append(("agent", long_turn(core), ["fake_cancellation"]))
    turns.append(("customer", pick(FC_REACT), []))
    order = [l for l in ["pressure", "consent_bypass", "code_request"] if l in labels]
    R.shuffle(order)
    for l in order:
        if l == "pressure":
            turns.append(("agent", pick(PR_FC), ["pressure"]))
            turns.append(("customer", pick(["Hmm.", "I'd rather check first.", "Okay, okay.", "That's quick."]), []))
        elif l == "consent_bypass":
            if turns[-1][1] not in HESITATE:
                turns.append(("agent", pick(["Shall I go ahead?", "So, do you want it cancelled?", "Can I proceed?"]), []))
                turns.append(("customer", pick(["Hmm.", "Let me think...", "...", "Mm.", "I'll ask my wife."]), []))
            turns.append(("agent", fill(pick(CB_FC).replace("{second}", pick(DOMAINS[dom]["second"])), cur),
                          ["consent_bypass"]))
            turns.append(("customer", pick(OBJECT), []))
        else:
            turns.append(("agent", pick(CODE), ["code_request"]))
            turns.append(("customer", pick(CODE_REACT), []))
    if "fake_reward" in labels or "cost_concealment" in labels:
        prod, price, ben = pick(DOMAINS[dom]["product"])
        prod = fill(prod, cur)
        if "fake_reward" in labels:
            turns.append(("agent", long_turn(pick(FR).format(prod=prod), 0, 1), ["fake_reward"]))
        else:
            turns.append(("agent", f"While I have you, I'd also recommend {prod}, which gives you {ben}.", []))
        turns.append(("customer", pick(PRICE_Q), []))
        if "cost_concealment" in labels:
            turns.append(("agent", pick(CC), ["cost_concealment"]))
        else:
            turns.append(("agent", f"It's {fill(price, cur)}.", []))
        turns.append(("customer", pick(["Hmm.", "I don't know.", "I'm not sure about that."]), []))
    if "abuse" in labels:
        turns.append(("customer", pick(["I don't understand why you need that.", "I'm not comfortable with this.",
                                        "Can I call you back?", "This sounds odd to me.", "Why?"]), []))
        turns.append(("agent", pick(AB), ["abuse"]))
        turns.append(("customer", pick(CUST_END), []))
    elif maybe(0.6):
        turns.append(("agent", pick(CLOSE_D), []))
    return turns


def gen_sale(labels, dom, cur):
    prod, price, ben = pick(DOMAINS[dom]["product"])
    prod, price = fill(prod, cur), fill(price, cur)
    turns = opener(dom, cur) + leadins(R.randint(0, 2))
    if "fake_reward" in labels:
        turns.append(("agent", long_turn(pick(FR).format(prod=prod), R.randint(0, 2), R.randint(0, 1)), ["fake_reward"]))
    else:
        turns.append(("agent", long_turn(f"I'm calling about {prod}, which gives you {ben}.", R.randint(0, 2), 0), []))
    turns.append(("customer", pick(["Okay.", "Mm.", "Go on.", "What's that?", "Right."]), []))
    if "cost_concealment" in labels:
        turns.append(("agent", pick(["So it really gives you peace of mind.", f"And it gives you {ben}."]), []))
        turns.append(("customer", pick(PRICE_Q), []))
        turns.append(("agent", pick(CC), ["cost_concealment"]))
        if maybe(0.4):
            turns.append(("customer", pick(["But what's the actual price?", "So is there a charge or not?"]), []))
            turns.append(("agent", pick(["Don't worry about the numbers, it's really nothing.",
                                         "It's honestly so small it's not worth mentioning."]), ["cost_concealment"]))
    elif maybe(0.7):
        turns.append(("customer", pick(PRICE_Q), []))
        turns.append(("agent", f"It's {price}.", []))
    if "consent_bypass" in labels:
        turns.append(("customer", pick(HESITATE), []))
        cbt = pick(CB_S).replace("{second}", pick(DOMAINS[dom]["second"]))
        turns.append(("agent", long_turn(fill(cbt, cur), R.randint(0, 1), R.randint(0, 1)), ["consent_bypass"]))
        turns.append(("customer", pick(OBJECT), []))
    else:
        turns.append(("customer", pick(REFUSE), []))
    if "pressure" in labels:
        turns.append(("agent", pick(PR_S), ["pressure"]))
        turns.append(("customer", pick(REFUSE), []))
    if "code_request" in labels:
        turns.append(("agent", pick(CODE_S), ["code_request"]))
        turns.append(("customer", pick(CODE_REACT), []))
    if "abuse" in labels:
        turns.append(("agent", pick(AB), ["abuse"]))
        turns.append(("customer", pick(CUST_END), []))
    elif maybe(0.5):
        turns.append(("agent", pick(CLOSE_D), []))
    return turns


def deceptive_labelsets():
    sets = []
    for i in range(N_GEN_DECEPTIVE):
        if i < 74:  # fake-cancellation storyline
            mono = i < 16
            s = {"fake_cancellation"}
            if maybe(0.45): s.add("pressure")
            if maybe(0.45): s.add("code_request")
            if not mono:
                if maybe(0.62): s.add("consent_bypass")
                if maybe(0.38): s.add("abuse")
                if maybe(0.2): s.add("fake_reward")
                if maybe(0.3): s.add("cost_concealment")
            sets.append((s, mono))
        else:
            s = set()
            if maybe(0.78): s.add("consent_bypass")
            if maybe(0.6): s.add("fake_reward")
            if maybe(0.55): s.add("cost_concealment")
            if maybe(0.45): s.add("pressure")
            if maybe(0.6): s.add("abuse")
            if maybe(0.3): s.add("code_request")
            if not s:
                s.add(pick(["abuse", "fake_reward", "cost_concealment"]))
            sets.append((s, False))
    return sets


# ---------------------------------------------------------------- honest banks (hard negatives)
NEVER_CODE = ["Please know that we will never ask you for a one-time code, your PIN or your password.",
              "Just so you know, we'll never ask you to read out a code or your PIN on a call.",
              "We will never ask for a passcode or a card PIN, so if anyone does, hang up."]
VERIFY_Q = [("Could you confirm your date of birth, please?", ["The 4th of July 1980.", "12th March 1967.", "Second of October 1992."]),
            ("Can you answer your security question: what was the name of your first pet?", ["Rufus.", "It was Pepper.", "Mittens."]),
            ("Can you confirm your postcode and the last three digits of your account number?", ["SW4 7AB, 381.", "M1 2QQ, 905."])]
YES = ["Yes.", "Yes, please.", "Yes, go ahead.", "Yes, that's right.", "Yeah, do it.", "Yes I want that."]


def h_fee_reminder(dom, cur):
    item, due = fill(pick(DOMAINS[dom]["real"]), cur), pick(DATES)
    core = pick([f"I'm calling as a courtesy because {item} will be due on {due}, as set out in your agreement.",
                 f"This is a reminder that {item} is due on {due}; it's the same arrangement you signed up for.",
                 f"Your records show {item} is coming up on {due}, and I wanted to make sure it's not a surprise."])
    opt = pick(["If you'd prefer to switch or cancel, you can do that any time before then with no charge.",
                "If you don't want it, you can cancel before that date in the app or by calling us.",
                "You don't have to do anything; I won't change anything on this call."])
    turns = opener(dom, cur) + leadins(R.randint(0, 2))
    turns.append(("agent", long_turn(core + " " + opt, R.randint(0, 2), 0), []))
    if maybe(0.5):
        turns.append(("customer", pick(["Can you cancel it then?", "I'd like to cancel it, actually.", "Okay, cancel it please."]), []))
        turns.append(("agent", f"Of course. Just to read that back: I'll cancel it so it doesn't renew on {due}, and nothing further will be charged. Do you want me to go ahead, yes or no?", []))
        turns.append(("customer", pick(YES), []))
        turns.append(("agent", "Thank you, I've recorded your yes and it's cancelled. You'll get written confirmation.", []))
    else:
        turns.append(("customer", pick(["Okay, thanks.", "Mm.", "Right, I'll think about it.", "Fine."]), []))
        turns.append(("agent", pick(["That's everything. Have a good day.", "Thanks for your time, goodbye."]), []))
    return turns


def h_cancel_requested(dom, cur):
    item = fill(pick(DOMAINS[dom]["real"]), cur).rstrip(",")
    turns = [("agent", f"Hello, you're through to {pick(DOMAINS[dom]['co'])}, this is {pick(AGENTS)}. How can I help?", []),
             ("customer", pick([f"I want to cancel {item.replace('your ', 'my ')}.", "I'd like to cancel something I have with you.",
                                "Hi, yeah, I need to cancel my plan."]), [])]
    q, a = pick(VERIFY_Q)
    turns += [("agent", "Certainly. " + q, []), ("customer", pick(a), [])]
    refund = money(cur, 10, 300)
    if maybe(0.35):
        turns.append(("agent", "Thanks. Before I do, would you like to hear about a cheaper version, or shall I just cancel it?", []))
        turns.append(("customer", pick(["Just cancel it.", "No, just cancel.", "Cancel it, please."]), []))
    turns.append(("agent", long_turn(f"I can see {item}. If I cancel it today, you'll get {refund} back to the card you paid with. Do you want me to cancel it?", 0, 0), []))
    turns.append(("customer", pick(YES), []))
    turns.append(("agent", pick(["Done, it's cancelled as of today and the refund takes five to seven days.",
                                 "All cancelled. You'll get an email confirming it within the hour."]), []))
    return turns


def h_readback(dom, cur):
    prod, price, ben = pick(DOMAINS[dom]["product"])
    prod, price = fill(prod, cur), fill(price, cur)
    turns = opener(dom, cur) + leadins(R.randint(0, 2))
    turns.append(("agent", long_turn(f"You asked us about {prod}. It costs {price} and gives you {ben}. Would you like it?", R.randint(0, 1), 0), []))
    if maybe(0.45):
        h = pick(["Hmm.", "Let me think about it.", "I'll ask my wife.", "...", "Mm.", "I'll have to check with my partner."])
        turns.append(("customer", h, []))
        turns.append(("agent", pick(["Of course, take your time. I haven't set anything up, and nothing changes unless you tell us yes.",
                                     "No problem. Nothing has been added. You can call back or use the app whenever you decide.",
                                     "Sorry, I didn't catch a clear yes or no, so I won't do anything for now."]), []))
        turns.append(("customer", pick(["Thanks.", "Okay, I'll call back.", "Good, thank you."]), []))
    else:
        turns.append(("customer", pick(["Yes, I'd like that.", "Okay, go ahead.", "Sure."]), []))
        turns.append(("agent", f"Let me read it back: I'll add {prod} at {price}, starting from your next statement, and you can cancel any time. Is that a yes?", []))
        turns.append(("customer", pick(YES), []))
        turns.append(("agent", pick(["Thank you, I've recorded your yes, and it's set up. Confirmation is on its way.",
                                     "Recorded. You'll get the documents by email today."]), []))
    return turns


def h_fraud(dom, cur):
    turns = [("agent", long_turn(f"Hello, this is {pick(AGENTS)} from the fraud prevention team at {pick(['Westmere Bank', 'Keystone Bank', 'your card issuer', 'Summit Federal'])}. " + pick(NEVER_CODE), 0, 0), []),
             ("customer", pick(["Okay.", "Yes?", "Oh no, what's happened?"]), [])]
    q, a = pick(VERIFY_Q)
    turns += [("agent", "To make sure I'm speaking to the right person: " + q, []), ("customer", pick(a), [])]
    amt = money(cur, 40, 2500)
    turns.append(("agent", f"Thank you, that matches. We've held a payment of {amt} to {pick(MERCHANTS)} made {pick(['this morning', 'an hour ago', 'last night'])}. Was that you?", []))
    if maybe(0.5):
        turns.append(("customer", pick(["No, that wasn't me.", "No!", "Definitely not."]), []))
        turns.append(("agent", "Then we've declined it and blocked the card. A new one will arrive in three to five working days. You don't need to give us any codes or do anything else.", []))
    else:
        turns.append(("customer", pick(["Yes, that was me.", "Yeah that's mine.", "Yes, I bought that."]), []))
        turns.append(("agent", "Thanks, I'll release it now and the card works as normal.", []))
    return turns


def h_rude_customer(dom, cur):
    turns = opener(dom, cur)
    turns[1] = ("customer", pick(["Ugh, what do you want now?", "Oh for God's sake, not you lot again.", "Make it quick, I'm busy."]), [])
    item = fill(pick(DOMAINS[dom]["real"]), cur)
    turns.append(("agent", f"Sorry to disturb you. I'm just letting you know {item} is due on {pick(DATES)}.", []))
    turns.append(("customer", pick(["You people are a joke, you know that?", "That's daylight robbery. Idiots.",
                                    "Are you serious? What a rip-off."]), []))
    turns.append(("agent", pick(["I understand it's frustrating. If you want, you can cancel before then, but there's no need to decide now.",
                                 "I hear you. It's the same as last year, and you're free to cancel or switch if you like."]), []))
    turns.append(("customer", pick(["Whatever. Don't call me again.", "Just leave me alone.", "Fine."]), []))
    turns.append(("agent", pick(["I'll note that. Thank you for your time.", "Understood, I've noted no more calls. Goodbye."]), []))
    return turns


def h_followup(dom, cur):
    prod, price, ben = pick(DOMAINS[dom]["product"])
    turns = opener(dom, cur)
    turns.append(("agent", f"I'm calling because you're eligible for {fill(prod, cur)}, which is {fill(price, cur)} and gives you {ben}. Would that interest you?", []))
    turns.append(("customer", pick(REFUSE), []))
    q, a = pick([("No problem. May I ask if it's the price, so I can note it?", ["It's the price.", "Partly, yes."]),
                 ("Understood. Would you like us to stop calling you with offers?", ["Yes, stop the calls.", "Yes please."]),
                 ("That's fine. Is there anything else I can help with today?", ["No, that's all.", "No thanks."])])
    turns.append(("agent", q, []))
    turns.append(("customer", pick(a), []))
    turns.append(("agent", pick(["Thanks, noted. Have a good day.", "Done. Goodbye."]), []))
    return turns


def h_free_reward(dom, cur):
    amt = money(cur, 10, 100)
    turns = opener(dom, cur)
    turns.append(("agent", pick([f"I'm calling to let you know we've added a {amt} loyalty credit to your account today. There's nothing to sign up for and nothing to pay, and it doesn't change your account.",
                                 f"Your cashback of {amt} has been paid into your account. It's not linked to any product, and you don't need to do anything.",
                                 f"As a thank-you for ten years with us, there's a {amt} credit on your account. No catch, nothing to accept."]), []))
    turns.append(("customer", pick(["Oh, nice. Thanks.", "Is there a catch?", "Really? Okay."]), []))
    turns.append(("agent", pick(["No catch at all. That's all I was calling about.", "That's it. Have a lovely day."]), []))
    return turns


def h_mono(dom, cur):
    item = fill(pick(DOMAINS[dom]["real"]), cur)
    return [("unknown", pick(["This is an automated message from your bank.", "Hello, this message is for the policyholder.",
                              "This is a courtesy reminder from your card provider."]), []),
            ("unknown", f"{item[0].upper() + item[1:].rstrip(',')} will be due on {pick(DATES)}, as in your agreement. You do not need to do anything.", []),
            ("unknown", pick(NEVER_CODE) + " For questions, call the number on the back of your card or in your policy documents.", [])]


def h_plain(dom, cur):
    turns = [("agent", f"Thanks for calling {pick(DOMAINS[dom]['co'])}, this is {pick(AGENTS)}. How can I help?", [])]
    ask, ans = pick([("What time does the Market Street branch close today?", "It closes at 5 pm today, and it's open 9 to 1 on Saturday."),
                     ("I've moved house, can I update my address?", "Of course. What's the new address? I'll update it as soon as you confirm."),
                     ("Can you tell me my balance?", "After the security check, I can. What's your date of birth?"),
                     ("Where do I find my statements in the app?", "Tap Accounts, then Documents; they're all there as PDFs.")])
    return turns + [("customer", ask, []), ("agent", ans, []), ("customer", pick(["Thanks.", "Great, thank you."]), [])]


HONEST = [(h_fee_reminder, 22, True), (h_cancel_requested, 22, True), (h_readback, 24, True), (h_fraud, 18, True),
          (h_rude_customer, 10, True), (h_followup, 8, True), (h_free_reward, 6, True), (h_mono, 8, True), (h_plain, 8, False)]


# ---------------------------------------------------------------- build
def make_call(turns, scenario, hn, origin):
    labels = sorted({l for _, _, ls in turns for l in ls})
    return {"lang": "en", "deceptive": bool(labels), "labels": labels,
            "turns": [{"speaker": s, "text": t, "labels": list(ls)} for s, t, ls in turns],
            "scenario": scenario, "hard_negative": hn, "notes": origin}


def main():
    calls = []
    for f in ["hand_honest.txt", "hand_deceptive.txt"]:
        for c in read_hand(HERE / f):
            hn = c["hn"] and not any(ls for _, _, ls in c["turns"])
            calls.append(make_call(c["turns"], c["scenario"], hn, "hand"))
    gen = []
    doms = list(DOMAINS)
    curs = ["USD", "GBP", "EUR"]
    for s, mono in deceptive_labelsets():
        dom, cur = pick(doms), pick(curs)
        if "fake_cancellation" in s:
            turns = gen_fc(s, dom, cur, mono)
            scen = f"gen_fake_cancel_{dom}" + ("_robocall" if mono else "")
        else:
            turns = gen_sale(s, dom, cur)
            scen = f"gen_upsell_{dom}"
        gen.append((turns, scen, False))
    for fn, n, hn in HONEST:
        for _ in range(n):
            dom, cur = pick(doms), pick(curs)
            gen.append((fn(dom, cur), f"gen_{fn.__name__[2:]}_{dom}", hn))
    R.shuffle(gen)
    for turns, scen, hn in gen:
        turns = turns[:25]
        if maybe(0.36):
            turns = [(s, asr(t), ls) for s, t, ls in turns]
            scen += "_asr"
        calls.append(make_call(turns, scen, hn, "generated"))
    with open(HERE / "calls.jsonl", "w", encoding="utf-8") as out:
        for i, c in enumerate(calls, 1):
            rec = {"id": f"w15-{i:04d}", "lang": "en", "source": "writer:15"}
            rec.update(c)
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(calls)} calls")


if __name__ == "__main__":
    main()
