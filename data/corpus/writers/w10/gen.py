#!/usr/bin/env python3
"""Writer 10 generator: builds the generated part of the corpus and writes
calls.jsonl = hand.jsonl (hand-written calls, kept as is) + generated calls.
Deterministic: seed 10010. Standard library only."""
import json, random, re

R = random.Random(10010)
OUT_HAND = "hand.jsonl"
OUT = "calls.jsonl"
N_HONEST = 148
N_DECEPTIVE = 210

def pick(x):
    return R.choice(x)

def chance(p):
    return R.random() < p

# ---------------------------------------------------------------- numbers / money
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()

def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    return str(n)

class Money:
    def __init__(self):
        self.style = pick(["pounds", "dollars", "euros", "bare", "bare", "sym_gbp", "sym_usd"])
    def __call__(self, amt):
        is_int = float(amt).is_integer()
        n = int(amt)
        if self.style == "bare":
            return words(n) if (is_int and n < 100 and chance(0.2)) else (str(n) if is_int else f"{amt:.2f}")
        if self.style.startswith("sym"):
            s = "£" if self.style == "sym_gbp" else "$"
            return s + (str(n) if is_int else f"{amt:.2f}")
        if is_int and n < 100 and chance(0.3):
            return f"{words(n)} {self.style}"
        return f"{n if is_int else f'{amt:.2f}'} {self.style}"

# ---------------------------------------------------------------- people, dates, refs
AGENTS = ["Priya", "Marco", "Leah", "Sam", "Chloe", "Ravi", "Hannah", "Tom", "Olu", "Ben", "Jess", "Kai", "Rosa", "Laura",
          "Nadia", "Finn", "Zoe", "Ian", "Kate", "Yusuf", "Joel", "Mia", "Liam", "Dana", "Karen", "Paula", "Imran", "Nina",
          "Pete", "Grace", "Martin", "Helen", "Simon", "Ruth", "Ellie", "Omar", "Lucy", "Adam", "Jade", "Rachel", "Mark",
          "Sofia", "Daniel", "Amara", "Keith", "Beth", "Carlos", "Wendy", "Ahmed", "Isla"]
FIRST = ["Anna", "James", "Fatima", "Robert", "Mei", "David", "Olivia", "Tariq", "Sarah", "Michael", "Joanna", "Ade",
         "Claire", "Hugo", "Nadine", "Ewan", "Lucia", "Brian", "Shona", "Viktor", "Amy", "Rashid", "Paul", "Ingrid",
         "Kofi", "Helen", "Luis", "Megan", "Arjun", "Teresa", "Owen", "Yara", "Frank", "Ruby", "Dmitri", "Alice"]
LAST = ["Patel", "Smith", "Nowak", "O'Brien", "Chen", "Okafor", "Jones", "Haddad", "Murray", "Fischer", "Garcia",
        "Khan", "Williams", "Kowalski", "Mensah", "Taylor", "Rossi", "Byrne", "Ahmed", "Lindgren", "Evans", "Moreau"]
MONTHS = "January February March April May June July August September October November December".split()
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday".split()

def ordinal(n):
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"

def a_date():
    return pick([f"the {ordinal(R.randint(1, 28))}", f"{DAYS[R.randrange(6)]} the {ordinal(R.randint(1, 28))}",
                 f"the {ordinal(R.randint(1, 28))} of {pick(MONTHS)}"])

def dob():
    d, m, y = R.randint(1, 28), R.randrange(12), R.randint(1945, 2002)
    return pick([f"{ordinal(d)} of {MONTHS[m]} {y}", f"{d} {MONTHS[m]} {y}", f"{d}/{m + 1}/{y}"])

def postcode():
    L = "ABCDEFGHJKLMNPRSTUWY"
    return f"{pick(L)}{pick(L)}{R.randint(1, 20)} {R.randint(1, 9)}{pick(L)}{pick(L)}"

def ref(prefix):
    f = pick(["{p}-{a}", "{p}-{b}-{c}", "{p}{a}", "{b}-{c}-{d}"])
    return f.format(p=prefix, a=R.randint(10000, 99999), b=R.randint(100, 999), c=R.randint(1000, 9999), d=R.randint(1000, 9999))

def spell_ref(r):
    return " ".join(ch for ch in r if ch != "-")

# ---------------------------------------------------------------- domains
D = {
 "telecom": dict(
    cos=["Northline Mobile", "Vantel", "Kestrel Telecom", "Coastline", "Meridian Mobile", "Brightway Broadband", "Skywave"],
    thing="plan", acct="account", dept=["fraud team", "accounts department", "network security team", "customer care team"],
    products=[("an international calls bolt-on", 6, "a month", "cheaper calls abroad"),
              ("the 5G Plus plan", 8, "more a month", "faster speeds"),
              ("an extra 20 gigabytes of data", 5, "a month", "more data each month"),
              ("handset cover", 7.99, "a month", "repairs if the phone breaks"),
              ("a TV bundle", 15, "a month", "sports and movie channels"),
              ("a faster broadband package", 10, "more a month", "900 megabit speeds"),
              ("a second line for a tablet", 7.50, "a month", "data on your tablet"),
              ("the roaming pack", 4, "a day", "using your allowance abroad")],
    reasons=["your contract ends next month", "you've been going over your data allowance", "you called us about your bill",
             "we're reviewing plans for long-standing customers", "you asked us to call you back"],
    rewards=[("a credit of {m10} for last week's outage", "on your next bill"), ("an extra 5 gigabytes this month", "on your allowance already"),
             ("a loyalty discount, so your price drops by {m5} a month", "from your next bill")],
    fakes=["a premium video membership on your line", "a cloud backup add-on", "a music streaming trial on your bill",
           "an international roaming package"],
    threat=["your number will be suspended tonight", "your line will be disconnected at six o'clock", "your SIM will be blocked within the hour"],
    refp=["R", "CX", "NL", "TP", "VT"], faq=[("Will my number stay the same?", "Yes, your number doesn't change."),
        ("Does it affect my contract end date?", "No, your contract end date stays as it is."),
        ("Can I manage it in the app?", "Yes, everything shows under My Plan in the app.")]),
 "banking": dict(
    cos=["Harbour Bank", "Lantern Bank", "Crestline Building Society", "Union Savings", "Northgate Bank"],
    thing="account", acct="account", dept=["fraud team", "security department", "card services team", "compliance department"],
    products=[("our Gold current account", 17, "a month", "travel insurance and phone cover"),
              ("card protection", 3.50, "a month", "help if your cards are lost"),
              ("an arranged overdraft of 500", 9.50, "a month if fully used", "a buffer at the end of the month"),
              ("payment protection on your loan", 14, "a month", "cover if you can't work"),
              ("a credit card with a higher limit", 36, "a year", "a higher limit and travel perks"),
              ("our premium savings bond", 25, "a year in management fees", "a fixed return")],
    reasons=["you asked about your overdraft", "your fixed rate ends soon", "you opened your account five years ago",
             "you called about fees last week", "we're reviewing account types for customers like you"],
    rewards=[("your loyalty bonus of {m25}", "paid into your savings this morning"), ("a refund of {m15} for a fee we charged by mistake", "already in your account"),
             ("a 175 switching bonus", "paid in today")],
    fakes=["a card protection subscription", "an annual account fee", "a pending transfer of 1,200 to an overseas account",
           "a credit monitoring membership"],
    threat=["your account will be frozen within the hour", "your cards will be cancelled today", "the money in your account could be lost tonight"],
    refp=["FR", "LC", "DD", "GW", "HB"], faq=[("Does it change my account number?", "No, your account number and sort code stay the same."),
        ("Will it affect my credit score?", "No, there's no credit check for this."),
        ("Can I see it in online banking?", "Yes, it will show in the app within a day.")]),
 "shopping": dict(
    cos=["Cartwell", "Greenbasket", "HomeHub Electrics", "Tilbury Furniture", "Parcelwise", "ShopDirect"],
    thing="order", acct="shopping account", dept=["security team", "order protection team", "payments team"],
    products=[("an extended warranty", 9.99, "a month", "repairs after the guarantee ends"),
              ("our delivery pass", 79, "a year", "free next-day delivery"),
              ("installation and removal of your old appliance", 45, "one-off", "fitting on the day"),
              ("a care plan for your sofa", 59, "one-off", "stain and damage cover"),
              ("our VIP membership", 5.99, "a month", "early access to sales")],
    reasons=["your new washing machine is being delivered soon", "you placed an order yesterday", "you contacted us about a return",
             "your delivery pass is up for renewal", "you bought a TV from us last week"],
    rewards=[("a {m15} voucher as an apology for the late delivery", "on your account already"), ("free delivery for the next year", "switched on already"),
             ("a refund of the {m5} delivery charge", "back on your card")],
    fakes=["an order for a laptop worth 1,499", "an annual membership renewal of 99", "a subscription box ordered from abroad",
           "an order for two phones on your account"],
    threat=["the order will ship tonight and the payment can't be reversed", "your account will be closed and the balance lost", "the charge goes through in an hour"],
    refp=["CW", "ORD", "HH", "TF", "RF"], faq=[("Can I return it if I change my mind?", "Yes, within 30 days, and returns are free."),
        ("When will it arrive?", "The current estimate is two to three working days."),
        ("Will I get an email?", "Yes, a confirmation email goes out in the next hour.")]),
 "subscriptions": dict(
    cos=["Streamio", "Tunely", "CloudDesk", "ReadMore", "FitNation", "Bloom Box", "SkyVault"],
    thing="subscription", acct="membership", dept=["billing department", "renewals team", "account security team"],
    products=[("the Family plan", 6, "more a month", "up to six profiles"),
              ("the ad-free tier", 4, "more a month", "no adverts"),
              ("the annual plan", 99, "a year", "a lower monthly equivalent"),
              ("2 terabytes of storage", 8.99, "a month", "room for all your photos"),
              ("premium membership", 12.99, "a month", "extra classes and guest passes")],
    reasons=["your trial is ending", "your plan renews next week", "you contacted us about your bill",
             "you've been a member for three years", "you asked about switching plans"],
    rewards=[("one month free because of last week's outage", "applied to your next billing date"), ("a free extra profile", "added already"),
             ("a credit of {m5}", "on your account already")],
    fakes=["an antivirus licence that auto-renews for 299", "an e-book subscription due to renew for 99", "a premium dating membership",
           "a trial that converts to 45 a month on Friday"],
    threat=["the renewal will be charged and can't be refunded", "your account and all your files will be deleted today", "the charge will go through within the hour"],
    refp=["ST", "SK", "MB", "NW", "SUB"], faq=[("Can I cancel anytime?", "Yes, monthly plans can be cancelled anytime in the account page."),
        ("Will I lose my playlists?", "No, everything stays as it is."),
        ("Is it the same login?", "Yes, the same email and password.")]),
 "utilities": dict(
    cos=["Sunvale Energy", "Brightwave Energy", "Aquaflow Water", "HomeCare Plus", "Northern Gas"],
    thing="tariff", acct="energy account", dept=["collections department", "metering team", "accounts team"],
    products=[("boiler cover", 14, "a month", "repairs if your boiler breaks"),
              ("our green tariff", 6, "more a month", "100 percent renewable electricity"),
              ("a smart thermostat", 149, "one-off", "control from your phone"),
              ("appliance insurance", 9, "a month", "cover for your fridge and washer"),
              ("a 12-month fixed tariff", 99, "a month", "a price that won't change")],
    reasons=["your fixed tariff ends on the 30th", "you asked about lowering your bill", "we've had a new meter reading",
             "you're moving house soon", "your boiler cover is up for renewal"],
    rewards=[("a {m20} credit for the missed engineer appointment", "on your account already"), ("a refund of {m30} from your overpayment", "sent to your bank this morning"),
             ("the warm home discount of 150", "applied to your account")],
    fakes=["an appliance insurance plan at 12 a month", "a boiler cover policy renewing for 180", "a smart home service contract"],
    threat=["your supply will be disconnected today", "an engineer will cut off your power within two hours", "your meter will be switched to the emergency rate tonight"],
    refp=["PP", "LK", "BW", "SV", "EN"], faq=[("Does my direct debit change?", "Only if you ask us to, otherwise it stays the same."),
        ("Do I need to be at home?", "No, nothing needs to happen at your home."),
        ("Will I get it in writing?", "Yes, we'll email a summary today.")]),
 "travel": dict(
    cos=["Skylark Travel", "Skylark Air", "Sunbreak Holidays", "Rivera Car Hire", "Oceanic Cruises", "Railway Direct"],
    thing="booking", acct="booking", dept=["reservations team", "payments team", "booking security team"],
    products=[("a seat upgrade to Premium Economy", 289, "per person, one-way", "more legroom and two bags"),
              ("travel insurance", 38, "for the trip", "medical and cancellation cover"),
              ("airport transfers", 38, "return per person", "a driver at the airport"),
              ("excess cover for the hire car", 18, "a day", "no excess if the car is damaged"),
              ("a lounge pass", 29, "per person", "a quiet place to wait")],
    reasons=["you have a trip coming up", "your flight times have changed", "you asked us about your booking",
             "your hotel has been updated", "you booked a car with us"],
    rewards=[("a 12-month extension on your miles", "applied already"), ("compensation of {m250} for your delayed flight", "paid to your card within 7 days"),
             ("a refund of {m40} for the cancelled excursion", "on its way to your card")],
    fakes=["a hotel reservation for 890 made on your card", "a travel club membership of 199 a year", "a flight booking to Dubai charged to your account"],
    threat=["your booking will be cancelled and the money lost", "your visa will be cancelled and you may be refused boarding", "your room will be given away in ten minutes"],
    refp=["SKL", "HY", "BK", "DR", "TRV"], faq=[("Is it refundable?", "Yes, up to 48 hours before you travel."),
        ("Will my booking reference change?", "No, it stays the same."),
        ("Can I add it later?", "Yes, up to 24 hours before departure.")]),
 "healthcare": dict(
    cos=["Parkside Medical Centre", "Bright Smile Dental", "Cornerstone Pharmacy", "MediNow", "Riverside Clinic", "ClearSight Opticians"],
    thing="appointment", acct="patient record", dept=["patient services team", "billing office", "appointments team"],
    products=[("our dental plan", 16, "a month", "two check-ups and a hygienist visit each year"),
              ("a private consultation", 120, "one-off", "a same-week appointment"),
              ("a full health check package", 249, "one-off", "blood tests and a report"),
              ("MediNow Plus", 9.99, "a month", "unlimited online GP calls"),
              ("anti-glare lens coating", 40, "one-off", "less glare at night")],
    reasons=["you have an appointment next week", "you asked about private appointments", "your annual review is due",
             "you're on our waiting list", "your prescription is ready"],
    rewards=[("a free flu vaccine, because you're over 65", "free through the NHS"), ("a free eye test", "covered for you this year"),
             ("a refund of the {m20} deposit", "back on your card")],
    fakes=["a health monitoring subscription of 79", "a private clinic membership renewing at 120", "a home test kit subscription"],
    threat=["your place on the waiting list will be removed today", "your prescription will be cancelled", "your records will be closed by tonight"],
    refp=["APT", "MRI", "OPT", "RX", "GP"], faq=[("Do I need to bring anything?", "Just a list of any medicines you take."),
        ("How long will it take?", "About 20 minutes."), ("Is there parking?", "Yes, there's free parking behind the building.")]),
 "insurance": dict(
    cos=["Shield Insurance", "PawSure", "Legacy Life", "Harbour Home Cover", "Roadsafe Motor"],
    thing="policy", acct="policy", dept=["renewals team", "claims team", "policy services team"],
    products=[("breakdown cover", 6.50, "a month", "roadside help and recovery"),
              ("accidental damage cover", 4, "a month", "spills and breakages at home"),
              ("legal expenses cover", 2.50, "a month", "help with legal disputes"),
              ("no-claims protection", 45, "a year", "keeping your discount if you claim"),
              ("continued pet cover", 22, "a month", "vet bills up to 4,000")],
    reasons=["your policy renews on the 22nd", "you asked for a quote", "your claim has been reviewed",
             "your free cover period is ending", "you called about your premium"],
    rewards=[("a refund of {m25} because your premium was recalculated", "back on your card"), ("legal cover at no extra cost", "added already, and your premium doesn't change"),
             ("a no-claims bonus increase", "already in your renewal price")],
    fakes=["a gadget insurance policy at 14 a month", "a life cover add-on starting next month", "a second car policy in your name"],
    threat=["your policy has lapsed and you're driving uninsured", "your claim will be closed for good today", "your cover ends at midnight and you'll be fined"],
    refp=["SH", "CLM", "AP", "CNX", "POL"], faq=[("Does my excess change?", "No, your excess stays at 250."),
        ("Is it on my documents?", "Yes, it'll be on your updated schedule."), ("Can I cancel later?", "Yes, there's a 14-day cooling-off period.")]),
 "government": dict(
    cos=["the council tax office", "the passport office", "the vehicle licensing office", "the benefits office", "the tax office", "the council parking office"],
    thing="application", acct="record", dept=["enforcement unit", "compliance unit", "fraud prevention unit", "payments unit"],
    products=[("the fast-track passport service", 178, "one-off", "an appointment within a week"),
              ("priority processing", 500, "one-off", "a decision within 5 days"),
              ("a 12-month vehicle tax payment", 190, "one-off", "tax for a full year")],
    reasons=["you asked us to call about your application", "your vehicle tax is due", "you emailed about a refund",
             "your renewal is coming up", "we haven't received your form yet"],
    rewards=[("a council tax refund of {m146}", "which you claim through the form on the council website"), ("a rebate of {m150}", "paid automatically to your council tax account")],
    fakes=["an unpaid processing fee of 150 on your application", "a duplicate tax filing charge of 350", "a renewal service subscription in your name"],
    threat=["a warrant will be issued and officers will come to your address", "your licence will be suspended and you'll be fined 1,000", "bailiffs will visit this afternoon"],
    refp=["CT", "PN", "GWF", "REF", "APP"], faq=[("How long does it take?", "Usually about ten working days."),
        ("Can I do it online?", "Yes, on the official government website."), ("Do I need to send documents?", "Only if we write to ask for them.")]),
}
DOMS = list(D)

# ---------------------------------------------------------------- call builder
class Call:
    def __init__(self, dom):
        self.dom = dom
        self.d = D[dom]
        self.m = Money()
        self.turns = []
        self.long = chance(0.12)
        self.used = set()
        self.ctx = dict(agent=pick(AGENTS), first=pick(FIRST), last=pick(LAST), co=pick(self.d["cos"]),
                        thing=self.d["thing"], acct=self.d["acct"], date=a_date(), date2=a_date(), day=pick(DAYS),
                        ref=ref(pick(self.d["refp"])), dept=pick(self.d["dept"]), reason=pick(self.d["reasons"]))
        p = pick(self.d["products"])
        self.ctx.update(prod=p[0], price=f"{self.m(p[1])} {p[2]}" if p[2] != "one-off" else self.m(p[1]),
                        benefit=p[3], amount=self.m(p[1]))
        self.ctx["title"] = pick(["Mr.", "Ms.", "Mrs."]) + " " + self.ctx["last"]
        for k, v in [("m5", 5), ("m10", 10), ("m15", 15), ("m20", 20), ("m25", 25), ("m30", 30), ("m40", 40), ("m146", 146), ("m150", 150), ("m250", 250)]:
            self.ctx[k] = self.m(v)
    def f(self, t):
        t = pick(t) if isinstance(t, list) else t
        t = t.format(**self.ctx)
        return re.sub(r"(^|[.!?] )([a-z])", lambda m: m.group(1) + m.group(2).upper(), t)
    def A(self, t, *labels):
        self.turns.append({"speaker": "agent", "text": self.f(t), "labels": sorted(set(labels))})
    def C(self, t):
        self.turns.append({"speaker": "customer", "text": self.f(t), "labels": []})
    def U(self, t):
        self.turns.append({"speaker": "unknown", "text": self.f(t), "labels": []})

# ---------------------------------------------------------------- shared neutral moves
def ivr(c):
    if chance(0.07):
        c.U(["This call may be recorded for training and quality purposes.", "Please hold while we connect you.",
             "Thank you for waiting. An advisor will be with you shortly."])

def outbound_open(c):
    if c.turns and c.turns[-1]["speaker"] == "unknown":
        c.turns[-1]["text"] = "This call may be recorded for training and quality purposes."
    c.A(["Hello, this is {agent} from {co}. Am I speaking with {title}?", "Good morning, {agent} calling from {co}. Is this {first}?",
         "Hi, it's {agent} at {co}. Is that {first} {last}?", "Good afternoon, my name is {agent} and I'm calling from {co}. Is this {title}?",
         "Hello, {first}? It's {agent} from {co}. Have you got a couple of minutes?", "Hi there, {agent} here from {co}. Am I speaking to {first}?"])
    c.C(["Yes, speaking.", "That's me.", "Yes, who's this?", "Yes. What's it about?", "Speaking. I've only got a minute.", "Yes, hi.", "Yeah, go on."])

def inbound_open(c, purpose):
    c.A(["Thank you for calling {co}, you're through to {agent}. How can I help?", "Hello, {co}, {agent} speaking. What can I do for you today?",
         "Good morning, {co}. My name's {agent}. How can I help you?", "Hi, you're through to {agent} at {co}. How can I help?"])
    c.C(purpose)

def id_check(c):
    c.A(["Before we go on, can you confirm your full name and date of birth?", "For security, can I take your postcode and the first line of your address?",
         "Can you confirm your date of birth for me, please?", "Just for security, what's your postcode?",
         "Can you give me the last four digits of the phone number on the {acct}?", "Can I have your full name and date of birth, please?"])
    t = c.turns[-1]["text"]
    if "postcode" in t and "address" in t:
        c.C(f"{postcode()}, and it's {R.randint(1, 120)} {pick(['Elm Road', 'Station Street', 'Kingfisher Way', 'Mill Lane', 'Park Avenue', 'Church Close'])}.")
    elif "postcode" in t:
        c.C(postcode() + ".")
    elif "four digits" in t:
        c.C(f"{R.randint(1000, 9999)}.")
    elif "name" in t:
        c.C(f"{c.ctx['first']} {c.ctx['last']}, {dob()}.")
    else:
        c.C(dob() + ".")
    c.A(["Thank you.", "Thanks, that's all confirmed.", "Thank you, {first}.", "Great, thanks for that.", "Perfect, thank you."])

def faq(c, n=1):
    for q, a in R.sample(c.d["faq"], min(n, len(c.d["faq"]))):
        c.C(q)
        c.A(a)

CHAT_CA = [("Who am I speaking to again?", "It's {agent}, from {co}."),
           ("Is this call recorded?", "Yes, calls are recorded for training and quality."),
           ("Can you send this by email too?", "Yes, I'll send a summary today."),
           ("How long will this take?", "Only a couple of minutes."),
           ("Sorry, which company did you say?", "{co}."),
           ("Sorry, the line's bad. Could you say that again?", "Of course. Is that better now?"),
           ("Hang on, let me grab a pen.", "Sure, take your time."),
           ("Sorry, my kids are shouting. One second.", "No problem, I'll wait."),
           ("Can I ask where you're calling from?", "From the {co} team."),
           ("Will this take long? I'm at work.", "No, just a minute or two.")]
CHAT_AC = [("Can you hold for a moment while I check something?", "Sure."),
           ("Is now still a good time?", "Yes, go on."),
           ("Can you hear me okay?", "Yes, fine."),
           ("Sorry, you cut out for a second. Are you still there?", "Yes, I'm here."),
           ("Sorry about the wait, my system is slow today.", "That's okay."),
           ("Just bear with me while the page loads.", "No problem.")]

def chat(c, p=0.25):
    k = R.randint(2, 5) if c.long else (1 if chance(p) else 0)
    for _ in range(k):
        last = c.turns[-1]["speaker"] if c.turns else "customer"
        bank = CHAT_CA if last == "agent" else CHAT_AC
        free = [x for x in bank if x not in c.used]
        if not free:
            return
        q, a = pick(free); c.used.add((q, a))
        if last == "agent":
            c.C(q); c.A(a)
        else:
            c.A(q); c.C(a)

def close_honest(c):
    if c.long:
        if c.turns[-1]["speaker"] == "customer":
            c.A(["Is there anything else you'd like to know?", "Any other questions?"])
        for q, a in c.d["faq"]:
            if q not in {t["text"] for t in c.turns}:
                c.C(q); c.A(a)
        chat(c)
    r = R.random()
    if r < 0.35:
        c.A(["Is there anything else I can help with?", "Anything else today?", "Is there anything else?"])
        c.C(["No, that's all, thanks.", "No, thank you.", "That's everything. Bye.", "No. Thanks for your help."])
        if chance(0.5):
            c.A(["Thanks for calling. Have a good day.", "You're welcome. Take care.", "Have a lovely day. Bye."])
    elif r < 0.7:
        c.C(["Thanks.", "Okay, thank you.", "Great, thanks for your help.", "Alright. Bye."])
        c.A(["You're welcome. Goodbye.", "No problem at all. Have a good day.", "Thanks, bye now."])

# ---------------------------------------------------------------- honest flows
def price_statement(c):
    return c.f(["It's {price}.", "That's {price}, on top of what you pay now.", "That adds {price} to your bill.",
                "The price is {price}, and there's no setup fee.", "It costs {price}. That's the full price, nothing hidden.",
                "It's {price}. I'll put that in writing for you as well."])

def h_offer(c):
    ivr(c); outbound_open(c); chat(c)
    if chance(0.4): id_check(c)
    c.A(["I'm calling because {reason}. We have {prod}, which gives you {benefit}.", "Since {reason}, I wanted to mention {prod}. It gives you {benefit}.",
         "The reason for my call: {reason}, so you might be interested in {prod}, for {benefit}."])
    if chance(0.5):
        c.C(["What does it cost?", "How much is that?", "Is it free?", "And what's the price?", "Go on, what's the catch?"])
        c.A(price_statement(c) if "free" not in c.turns[-1]["text"] else c.f(["No, it isn't free. It's {price}.", "No, it's a paid extra: {price}."]))
    else:
        c.A(price_statement(c))
    if chance(0.3):
        c.A(["Do you have a budget in mind for this?", "Is that within what you'd want to spend?", "Does that fit your budget?"])
        c.C(["Not really, money's tight.", "I'd want to keep it low.", "It depends. What else is there?", "I could manage that, I think."])
        c.A(["That's fair. There's no need to decide today.", "Understood. It's completely optional.", "Okay. You can compare it with other options, of course."])
    if chance(0.4): faq(c, R.randint(1, 2))
    r = R.random()
    if r < 0.4:
        c.C(["Okay, yes, please add it.", "Yes, go ahead.", "Alright, I'll take it.", "Yes, I'd like that."])
        if chance(0.5):
            c.A(["Just to confirm, that's {prod} at {price}. Shall I go ahead?", "So that's {price} from your next bill. Are you happy for me to add it?"])
            c.C(["Yes.", "Yes, that's fine.", "Yes, please."])
        c.A(["You said yes, so I've activated it. Your reference number is {ref}.", "Thank you. I've added it now, with your agreement. The reference is {ref}.",
             "Great, that's done as you asked. Reference number {ref}, and you'll get a confirmation by email.",
             "Okay, you've confirmed, so it's on now. Your reference is {ref}."])
        if chance(0.3):
            c.C("Can you repeat the reference?")
            c.A(f"Of course: {spell_ref(c.ctx['ref'])}.")
    elif r < 0.75:
        c.C(["No, thanks.", "No, I'm fine as I am.", "I'll pass, thank you.", "Not for me, thanks."])
        if chance(0.5):
            c.A(["Understood. Just one question: would you like the details by email, or shall I leave it?", "No problem. Would it help if I sent the price in writing, or leave it there?"])
            c.C(["Leave it, thanks.", "No, leave it.", "Email is fine.", "No need."])
        c.A(["No problem, nothing has changed on your {acct}.", "That's fine, I've noted it. Nothing's been added.", "Okay. Thanks for your time."])
    else:
        c.C(["Let me think about it.", "Hmm, I'm not sure. I'll think about it.", "I'd need to talk to my partner.", "Maybe. Not today."])
        c.A(["Of course. I haven't changed anything. If you decide, call us or use the app.", "That's fine, take your time. Nothing's been added.",
             "Sure. Nothing happens unless you tell us yes."])
    close_honest(c)
    return "offer_price_disclosed"

def h_budget(c):
    ivr(c)
    if chance(0.5):
        inbound_open(c, ["Hi, I'm looking at options and want to know prices.", "I want to lower my monthly bill.", "Hi, my {thing} is up and I'm comparing prices."])
    else:
        outbound_open(c)
        c.A("I'm calling because {reason}.")
        c.C(["Okay.", "Right.", "Go on."])
    if chance(0.5): id_check(c)
    chat(c)
    c.A(["Do you have a budget for this?", "Is there a monthly figure you'd like to stay under?", "What are you hoping to pay each month?"])
    lo = R.randint(15, 60)
    c.C(f"Ideally under {c.m(lo)}.")
    c.A([f"Then {{prod}} would fit. It's {{price}}. And your current {{thing}} stays exactly as it is unless you choose to change.",
         f"Okay. The cheapest option is {c.m(max(5, lo - R.randint(3, 10)))} a month, and it's moderately priced compared to others. {{prod}} is {{price}} on top.",
         "Our options are moderately priced. {prod} is {price}, with no hidden fees."])
    if chance(0.5):
        c.C(["Is that the final price?", "Any other charges?", "Does the price go up later?"])
        c.A(["That's the full price. The only change would be our yearly price rise, which is in the terms.", "No other charges. What I've said is what you'd pay.",
             "It's fixed for 12 months, then it could change, and we'd tell you in writing first."])
    if chance(0.5):
        c.C(["Okay, yes, I'll take it.", "Yes, let's do it."])
        c.A(["Thanks. You said yes, so I've set it up. Reference {ref}.", "Great, you've agreed, so it's done. Your reference is {ref}."])
    else:
        c.C(["I'll compare first.", "I'll think about it.", "That's more than I'd like."])
        c.A(["That's sensible. I'll send the prices by email so you have them.", "Of course. Nothing's changed on your {acct}.", "Understood. No pressure at all."])
    close_honest(c)
    return "budget_price_talk"

def h_free_reward(c):
    ivr(c); outbound_open(c); chat(c)
    rw, how = pick(c.d["rewards"])
    c.ctx["rw"] = c.f(rw); c.ctx["how"] = how
    c.A(["I'm calling with some good news. You're getting {rw}, {how}.", "Just a courtesy call: we've arranged {rw}. It's {how}.",
         "You're due {rw}, {how}. I wanted to let you know personally."])
    c.C(["What's the catch?", "What do I need to do?", "Is this a sales call?", "Oh. What are you selling?", "Really? Why?"])
    c.A(["I'm not selling anything, and there's no catch. There's nothing to accept, nothing to pay and nothing to sign.",
         "Nothing at all, and I'm not selling anything. It's already done, and there's no product attached to it.",
         "There's no catch and nothing for you to do. It's applied automatically, and I'm not offering anything else."])
    if chance(0.6):
        c.C(["Do you need any details from me?", "Do I need to give you a code or anything?", "So I don't have to confirm anything?"])
        c.A(["No, nothing. And if anyone calls asking for a code or payment about this, it isn't us.", "No. We'd never ask you for a code. It's already done.",
             "No confirmation needed. You'll just see it on your statement."])
    if chance(0.4):
        c.C("Why call, then?")
        c.A(["Some customers thought the message was a scam, so we're calling a few people to explain.", "So the credit isn't a surprise on your statement."])
    close_honest(c)
    return "real_free_reward"

def h_code_safety(c):
    ivr(c)
    v = R.random()
    if v < 0.5:
        inbound_open(c, ["Hi, I got a text with a code, and then someone rang asking me to read it out. Was that you?",
                         "Someone called saying they were from you and asked for the code in my messages. Is that normal?",
                         "I got a verification code I didn't ask for. Should I be worried?"])
        c.A(["Thanks for calling us first. We will never ask you to read out a code, not by phone, not by email. Please don't share it.",
             "That wasn't us. We never ask for codes. Don't give it to anyone.",
             "We'd never ask for that code. Please keep it to yourself, and well done for checking."])
        c.C(["Okay, I didn't give it.", "I nearly did.", "Good. I hung up on them."])
        if chance(0.7): id_check(c)
        chat(c)
        c.A(["I can see someone tried to log in to your {acct}, and it was blocked. I'd suggest changing your password in the app.",
             "Nothing has changed on your {acct}. I've added a note so our team knows. Your reference is {ref}.",
             "Your {acct} is fine. I've put a security flag on it. Reference {ref}, in case you call again."])
    else:
        inbound_open(c, ["Hi, I'm trying to log in and it's asking for a code.", "I've got a new phone and the app wants a code.",
                         "The website says it's sent me a code. What do I do with it?"])
        c.A(["You should have a text with a six-digit code. Type it into the app yourself.", "Enter the code from the text into the login screen yourself."])
        c.C(["Shall I read it to you?", "Do you need it?", "Do you want me to tell you the code?"])
        c.A(["No, please don't read it to me. I don't need it, and nobody from us will ask for it.", "No, I never need it. Just type it in yourself."])
        c.C(["Okay, it worked.", "Done. I'm in.", "It says verified."])
        c.A(["Great. Anything else?", "Perfect. You're all set."])
    close_honest(c)
    return "never_ask_code"

def h_cancel_request(c):
    ivr(c)
    inbound_open(c, ["I'd like to cancel my {thing}.", "Hi, I want to cancel, please.", "I'm calling to cancel my {acct}.",
                     "I need to cancel {prod}, I don't use it."])
    if chance(0.7): id_check(c)
    if chance(0.4):
        c.A(["Sorry to see you go. Can I ask why?", "Of course. Do you mind me asking why?"])
        c.C(["I'm moving.", "It's too expensive.", "I don't use it.", "I found something cheaper.", "Money's tight at the moment."])
    if chance(0.4):
        c.A(["Before I do, there's one option: we could take {m5} a month off. Would you like that, or shall I cancel?",
             "One thing before I cancel: you could pause instead. Would you prefer that, or cancel?"])
        c.C(["No, just cancel it.", "Cancel, please.", "No thanks, cancel it."])
    c.A(["I can do that now. {fee} Do you want me to go ahead?".replace("{fee}", pick(["There's no cancellation fee.", f"There's an early exit fee of {c.m(R.randint(20, 90))}.",
                                                                                     "You'll keep access until the end of the billing period."]))])
    c.C(["Yes, go ahead.", "Yes, please.", "Yes, cancel it."])
    c.A(["Done. You confirmed, so it's cancelled. Your reference is {ref}.", "That's cancelled as you asked. Reference {ref}. You won't be charged again.",
         "Okay, cancelled. Your cancellation number is {ref}, and you'll get an email."])
    if chance(0.4): faq(c, 1)
    chat(c)
    close_honest(c)
    return "customer_requested_cancellation"

RUDE = ["This is ridiculous. Why have you charged me again?", "Your company is useless. Fix my bill.", "I've been on hold for 40 minutes. You people are a joke.",
        "What the hell is this charge? Are you robbing me?", "I'm sick of you lot. Sort it out now.", "Don't give me a script. Just explain this bill."]
def h_rude_customer(c):
    ivr(c)
    inbound_open(c, RUDE)
    c.A(["I'm sorry about that. Let me look into it now.", "I understand, and I'm sorry. I'll check straight away.", "I'm sorry for the trouble. Let's sort it out."])
    if chance(0.8): id_check(c)
    chat(c, 0.2)
    c.C(["Hurry up.", "Get on with it.", "Whatever.", "Just fix it."])
    amt = c.m(R.choice([12, 15, 23.5, 30, 45, 60]))
    c.A([f"The charge of {amt} is for {{prod}}, added on {{date}}. I can see why it was a surprise.",
         f"The {amt} is a late payment fee from {{date}}. I can explain what happened.",
         f"I can see {amt} on the bill. It's a one-off charge from {{date}}."])
    c.C(["That's rubbish.", "Nobody told me that.", "I didn't agree to that.", "Unbelievable."])
    c.A([f"I understand. I can refund the {amt} as a one-off. Would you like me to do that?", f"That's fair feedback. I can remove it and refund {amt}. Shall I?",
         "I'm sorry. I can't remove it, but I can explain how to avoid it next time, and log a complaint if you'd like. Would you like that?"])
    c.C(["Yes. Obviously.", "Fine. Yes.", "Yes, do it.", "Yes, log it."])
    c.A(["Done. Your reference is {ref}.", "That's done now. Reference {ref}.", "Okay, that's in. The reference number is {ref}."])
    if chance(0.5):
        c.C(["About time.", "Fine.", "Right."])
        c.A(["Thanks for your patience. I'm sorry again.", "Thank you. Have a better day."])
    return "rude_customer_patient_agent"

def h_deadline(c):
    ivr(c); outbound_open(c); chat(c)
    c.A(["I'm calling because {reason}. If you want to keep the current price, you need to choose by {date}. After that, you'd move to the standard rate, which is {price}.",
         "Just a heads up: the offer on {prod} is available for orders placed by {date}. After that, the price is {price}. That's the only difference.",
         "Your {thing} ends on {date}. If you don't do anything, it simply moves to a rolling arrangement. Nothing is cut off.",
         "We need your form back by {date} so it counts this year. If it's late, it still goes through, just later."])
    c.C(["Okay. Can I think about it?", "What happens if I miss it?", "I need to talk it over at home.", "Okay, thanks for letting me know."])
    c.A(["Of course. I'll email the details so you have them. You don't need to decide now, and if the date passes, the standard terms simply apply.",
         "That's fine. Nothing bad happens if the date passes, the standard terms just apply. I'll email you the details.",
         "Sure. You can call us back or do it in the app. I'll only mention the date this once, it's in the email too."])
    if chance(0.5): faq(c, 1)
    close_honest(c)
    return "real_deadline_stated_once"

def h_reference(c):
    ivr(c)
    if chance(0.5):
        outbound_open(c)
        c.A(["I'm confirming your {thing}. Your reference number is {ref}.", "I'm calling to confirm the details. The reference is {ref}, booked for {date}."])
    else:
        inbound_open(c, ["Hi, I'm checking on my {thing}.", "Can you tell me my reference number? I've lost the email."])
        if chance(0.7): id_check(c)
        c.A(["I've found it. Your reference number is {ref}, for {date}.", "Your reference is {ref}. Everything is confirmed for {date}."])
    c.C(["Sorry, can you read that again?", "Let me write that down.", "Okay, got it.", "Is that R as in Robert?"])
    c.A(f"Sure: {spell_ref(c.ctx['ref'])}. That's a reference number, not a code, so it's fine to write it down.")
    c.A(["Nobody will ask you for a payment or a code with it.", "You can quote it if you call us again.", "It'll be on the email too."])
    if chance(0.5): faq(c, R.randint(1, 2))
    chat(c)
    close_honest(c)
    return "reference_number_readout"

def h_plain(c):
    ivr(c)
    opts = ["Hi, I've moved house and need to update my address.", "Hi, I want to change the email on my {acct}.", "What time are you open on Saturday?"]
    if c.dom in ("healthcare", "government"):
        opts.append("I'd like to move my appointment to another day.")
    if c.dom in ("telecom", "banking", "utilities", "insurance", "subscriptions"):
        opts.append("Can you tell me when my next bill is due?")
    inbound_open(c, opts)
    t = c.turns[-1]["text"]
    if "open" in t and chance(0.5):
        c.A("On Saturdays we're open from 9 until 1.")
        c.C("Thanks, bye.")
        return "plain_service"
    if "open" in t:
        c.A("On Saturdays we're open from 9 until 1.")
        c.C("Great, thanks.")
        c.A("You're welcome.")
        c.C("Bye.")
        c.A("Bye now.")
        return "plain_service"
    id_check(c)
    if "address" in t:
        c.C(f"The new one is {R.randint(1, 90)} {pick(['Oak Street', 'Harbour View', 'Green Lane', 'Queens Road'])}, {postcode()}.")
        c.A("Updated. You'll get a letter confirming the change.")
        if chance(0.5): faq(c, 1)
    elif "appointment" in t:
        c.A("I can offer {day} at 10 or {day} at 2. Which is better?")
        c.C(["The morning one.", "2 o'clock, please."])
        c.A("Done. You're booked in, and the old one is cancelled.")
    elif "bill" in t:
        c.A("Your next bill is due on {date}.")
        c.C("Okay, thanks.")
    else:
        c.C("It's the same name, at mailbox dot com.")
        c.A("Thanks, I've updated it. You'll get a welcome email at the new address.")
    close_honest(c)
    return "plain_service"

def h_polite_followup(c):
    ivr(c); outbound_open(c)
    c.A(["I'm calling about {prod}. It's {price}, and it gives you {benefit}. Would that interest you?",
         "We have {prod} for {price}. Would you like to hear more?"])
    c.C(["No, thank you.", "Not interested, thanks.", "No, I'm happy as I am.", "No, please take me off your list."])
    if "list" in c.turns[-1]["text"]:
        c.A(["Of course. I've marked your number so we won't call you about offers again.", "Done, I've added you to our do-not-call list. Sorry to bother you."])
    else:
        c.A(["Understood. Just one quick question: would you like me to email the price sheet, or leave it there?", "No problem. Shall I send the details in case you change your mind, or not?"])
        c.C(["Leave it.", "No, thanks.", "Sure, email's fine."])
        c.A(["No problem at all. Have a good day.", "Okay, done. Thanks for your time.", "Noted. I won't call about this again."])
    if chance(0.3):
        c.C(["Thanks for not being pushy.", "Thanks.", "Bye."])
        c.A(["No problem. Bye.", "Take care."])
    return "single_polite_followup"

HONEST = [(h_offer, 0.2, True), (h_budget, 0.12, True), (h_free_reward, 0.12, True), (h_code_safety, 0.1, True), (h_cancel_request, 0.12, True),
          (h_rude_customer, 0.1, True), (h_deadline, 0.08, True), (h_reference, 0.07, True), (h_polite_followup, 0.07, True), (h_plain, 0.09, False)]

# ---------------------------------------------------------------- deceptive moves
CC_LINES = ["Honestly, it's so close to what you pay now you won't notice it on the bill.", "It's included, so your {thing} price stays the same.",
            "Think of it as a gift from us, there's nothing extra really.", "Let's not get bogged down in numbers, it's a tiny amount.",
            "It's cost-neutral for you, more or less.", "It basically pays for itself, so don't worry about the price.",
            "You don't need to think about the cost, it's all part of the package.", "It's free to start, and after that it just carries on as part of your {acct}.",
            "It's as good as free, honestly.", "There's a small line on the bill, but it's covered by your loyalty status.",
            "We don't really itemise it, it's just built in.", "It works out at nothing once you count the savings."]
CC_FOLLOW = ["Like I said, it's really nothing to worry about.", "It just blends into your normal bill.", "The exact figure isn't important, it's very small.",
             "It's part of the package, so there's no real difference for you."]
CB_LINES = ["Lovely, I've gone ahead and activated it for you.", "No need to confirm, I'll handle it.", "I'll take that as a yes, it's done.",
            "Don't worry, I'll take care of the confirmation for you.", "I've signed you up so you don't miss out, you can always cancel later.",
            "I'll fill in the form on your behalf, so that's sorted.", "Great, I've put it through, you'll see it on your next bill.",
            "I've already added it, so you can just enjoy it.", "Okay, I've switched it on, we can sort the details later."]
HESIT = ["Hmm.", "I'm not sure.", "Maybe, I don't know.", "Let me think about it.", "...", "Hmm, I'd have to check with my partner.", "Um, I guess, I don't know.",
         "Can I call you back?", "Mm."]
FR_LINES = ["You've been selected as one of our star customers this month.", "As a thank-you for your loyalty, we've chosen you for {prod}.",
            "Congratulations, your {acct} has been picked for our VIP upgrade.", "You've been rated a top customer, so you qualify for an exclusive offer.",
            "You were selected in our customer draw, and the prize is {prod}.", "We're rewarding a small group of loyal customers, and you're one of them.",
            "Good news, you've been chosen for a special loyalty reward."]
FR_LINK = ["To claim it, we just add {prod} to your {acct}.", "All you need to do is take {prod}, which comes with it.", "It comes with {prod}, and I can set that up now.",
           "The reward is linked to {prod}, so I'd just switch that on."]
P_LINES = ["I really think you should reconsider, this price won't be here tomorrow.", "It's only available today, I need a decision now.",
           "Everyone else has taken it, you don't want to be the one who missed out.", "Let me go through it once more, it's only {price}.",
           "If you say no now, I can't offer it again, ever.", "Are you sure? Think about your family.", "You have to decide while we're on the phone.",
           "This is the last call we'll make about it, so it's now or never.", "Honestly, you'd be mad to turn this down."]
AB_LINES = ["Honestly, are you even listening to me?", "Don't waste my time.", "Are you stupid? I'm trying to help you.", "It's people like you who make this job impossible.",
            "Fine, stay on your overpriced {thing} like a fool.", "I don't have all day for your nonsense.", "You clearly don't understand how this works.",
            "Wow, you really can't follow simple instructions, can you?", "Don't be ridiculous.", "Typical. You people never listen."]
CR_LINES = ["I'm sending a six-digit code to your phone now. Please read it back to me.", "You'll get a text with a verification code. Just tell me the numbers.",
            "Can you confirm the PIN for your {acct}?", "Read me the one-time passcode that just arrived.", "Forward me the text you just got, the one with the code.",
            "What's the code in the message? I need it to confirm it's you.", "There'll be a four-digit number in a text from us. What does it say?",
            "Tell me the code on your screen and we're done."]
CR_PUSH = ["That warning is for strangers, not for us. Go ahead and read it.", "It's fine to share it with me, I'm the one who sent it.",
           "I just need those digits, it takes a second.", "Without the code I can't stop it. Just read it out."]
DOUBT_GEN = ["I'll check with you directly.", "This sounds like a scam.", "I want it in writing.", "I'll call the number on my bill.", "That doesn't sound right."]
DOUBT = ["Why do you need that?", "It says never share this code.", "I'm not comfortable with this.", "I'll call you back on the official number.",
         "This sounds like a scam.", "Can't I do it in the app?", "My bank said never to give codes."]
REFUSE = ["No, thank you.", "I'm not interested.", "I said no.", "No. Please stop.", "No thanks, I'm happy as I am.", "I don't want it."]
ENDC = ["I'm hanging up.", "Goodbye.", "I'll call the number on my bill.", "No. Bye.", "I'm going to check this myself.", "Don't call me again."]

def d_upsell(c, pats):
    ivr(c); outbound_open(c); chat(c)
    if chance(0.3): id_check(c)
    if "fake_reward" in pats:
        c.A(FR_LINES, "fake_reward")
        c.C(["Oh. Okay?", "Really? Why me?", "What does that mean?", "Right..."])
        c.A(FR_LINK)
    else:
        c.A(["I'm calling because {reason}. We have {prod}, which gives you {benefit}.", "Since {reason}, I'd like to offer you {prod}."])
    if chance(0.3) or c.long: faq(c, 3 if c.long else 1)
    c.C(["How much is it?", "Is it free?", "What does that cost?", "Is there a charge?", "What's the catch?"])
    if "cost_concealment" in pats:
        c.A(CC_LINES, "cost_concealment")
        if chance(0.5):
            c.C(["But how much is it?", "So there's no charge at all?", "I'd still like a figure.", "That's not an answer."])
            if chance(0.5):
                c.A(CC_FOLLOW, "cost_concealment")
            else:
                c.A(["Fine, it's {price}.", "Okay, it's {price}."])
    else:
        c.A(["It's {price}.", "That's {price}."])
    if "consent_bypass" in pats:
        c.C(HESIT)
        c.A(CB_LINES, "consent_bypass")
        c.C(["Wait, I didn't say yes.", "I didn't agree to that.", "Hang on, I said I'd think about it.", "What? No."])
        if "pressure" in pats:
            c.A(["It's done now, and cancelling costs more, so best to keep it.", "It's already on, you'd lose the offer if you cancel today."], "pressure")
        elif "abuse" in pats:
            c.A(["Seriously? You're making a fuss over nothing.", "Oh, come on, don't be so difficult."], "abuse")
        else:
            c.A(["You can cancel later if you really want.", "It's all set up now, just call if you change your mind."])
        c.C(ENDC + ["Cancel it, please."])
    else:
        if "pressure" in pats or "abuse" in pats:
            c.C(REFUSE)
            if "pressure" in pats:
                for _ in range(R.randint(1, 2)):
                    c.A(P_LINES, "pressure")
                    c.C(REFUSE + ["I've already said no.", "Please stop pushing."])
            if "abuse" in pats:
                c.A(AB_LINES, "abuse")
                c.C(ENDC)
        else:
            c.C(["Send me the details in writing.", "I'll think about it.", "Okay, email me."])
            c.A(["Sure, will do.", "Of course.", "No problem."])
    return "upsell"

def d_fake_cancel(c, pats):
    ivr(c)
    c.A(["Hello, I'm calling from {co} customer care.", "Hi, this is {agent} from the {dept} at {co}.", "Good afternoon, {co} here, {agent} speaking."])
    c.C(["Yes?", "Okay, what's this about?", "Hello.", "Who?"])
    c.ctx["fake"] = pick(c.d["fakes"])
    c.A(["Our records show {fake}, and it starts charging from {date}. I can cancel it for you now.",
         "I'm calling about {fake}. It's set to charge you tomorrow. Would you like me to stop it?",
         "You have {fake} from a free trial, and it converts to a paid plan on {date}. Shall I cancel it?",
         "We've noticed {fake} on your {acct}. If you didn't set it up, I can cancel it right away."], "fake_cancellation")
    c.C(["I never signed up for that.", "What? I didn't order anything.", "I don't know anything about that. Yes, cancel it.", "That's not mine. Please cancel it."])
    if chance(0.4):
        c.A(["It may have been added through a partner offer. These things happen.", "It was probably set up with your last order.",
             "It's linked to your {acct}, that's all I can see."], "fake_cancellation")
        c.C(["Well, just cancel it.", "Okay. Cancel it then."])
    if "consent_bypass" in pats:
        c.A(["I've gone ahead and also switched you to our protection plan so it can't happen again.", "Don't worry, I'll take care of the confirmation for you, and I've added our account guard while I'm at it."],
            "consent_bypass")
        c.C(["I didn't ask for that.", "I never agreed to any extra plan.", "Hang on, what did you just add?"])
    if "code_request" in pats:
        c.A(CR_LINES, "code_request")
        c.C(DOUBT)
        if chance(0.5):
            c.A(CR_PUSH, "code_request")
            c.C(DOUBT + ENDC)
    elif chance(0.5):
        c.A(["I'll just need the long number on your card to stop the payment.", "Can you confirm your bank details so we can refund you?"])
        c.C(["I'm not giving you that.", "No. I'll check with my bank."])
    else:
        c.A(["Okay, it's cancelled. You're all set.", "Done, I've cancelled it for you."])
        c.C(["Oh. Thanks, I guess.", "Okay..."])
    if "pressure" in pats:
        c.A(["If you don't act now the charge goes through and can't be refunded.", "You have ten minutes before the payment is taken.",
             "If you hang up, you'll be charged every month and there's nothing I can do."], "pressure")
        c.C(ENDC)
    if "abuse" in pats:
        c.A(AB_LINES + ["Fine, lose your money then, see if I care."], "abuse")
        if chance(0.5): c.C(ENDC)
    return "fake_cancellation"

def d_threat(c, pats):
    ivr(c)
    c.A(["This is the {dept} at {co}.", "Hello, I'm calling from {co}, the {dept}.", "Good morning, {agent} from the {dept} of {co}. Is this {title}?"])
    c.C(["Yes, speaking.", "Yes, what's wrong?", "Speaking. What is it?", "Yes, that's me."])
    c.ctx["threat"] = pick(c.d["threat"])
    c.A(["There's a serious problem. Unless we verify you now, {threat}.", "I have to warn you that {threat} unless this is resolved on this call.",
         "We've flagged your {acct}. If it isn't sorted in the next 30 minutes, {threat}."], "pressure")
    c.C(["What? I haven't done anything.", "That can't be right.", "Oh no. What do I need to do?", "I've always paid on time."])
    if chance(0.4): id_check(c)
    chat(c, 0.15)
    if "code_request" in pats:
        c.A(CR_LINES, "code_request")
        c.C(DOUBT)
    else:
        c.A(["You need to make a payment today to stop it.", "I can stop it if you pay the outstanding amount now."])
        c.C(["I'll check with you directly.", "I want it in writing."])
    if chance(0.6):
        c.A(["There isn't time for that. You must do it now.", "If you hang up, it goes ahead and you'll be responsible.", "By the time you call back it will be too late."], "pressure")
        c.C((DOUBT if "code_request" in pats else DOUBT_GEN) + ENDC)
    if "abuse" in pats:
        c.A(AB_LINES + ["Don't be an idiot, this is serious.", "Then don't come crying when it's too late."], "abuse")
        if chance(0.5): c.C(ENDC)
    return "threat_verification"

def d_reward(c, pats):
    ivr(c); outbound_open(c); chat(c, 0.15)
    c.A(["Congratulations, you've been selected for our loyalty offer on {prod}.", "Good news! As one of our most valued customers, you've won a special reward.",
         "You've been chosen to receive a special reward from {co}."], "fake_reward")
    c.C(["Really? Why me?", "Oh, nice.", "I didn't enter anything.", "What's the catch?"])
    if chance(0.5):
        c.A(["You were picked because of your history with us.", "It's a thank-you for being with us so long, only selected customers get it."], "fake_reward")
        c.C(["Okay, what do I do?", "Right. And then?"])
    c.A(FR_LINK)
    c.C(["How much is it?", "Is there a cost?", "So it's free?", "And it's really free?"])
    if "cost_concealment" in pats:
        c.A(["There's just a small fee to activate it, nothing compared to what you get.", "After the free period it just rolls on as part of your {acct}, nothing to worry about.",
             "You only pay a tiny admin charge, we'll sort the details later."], "cost_concealment")
        c.C(["How much exactly?", "What's the fee?", "So it isn't free?"])
        if chance(0.5):
            c.A(CC_FOLLOW, "cost_concealment")
        else:
            c.A(["It's {price}.", "Well, it's {price}."])
    else:
        c.A(["It's {price}, and the reward comes with it.", "{prod} is {price}. The reward is on top of that."])
        c.C(["Hmm.", "I see.", "Okay..."])
    if "code_request" in pats:
        c.A(["To claim it, I need to verify it's you.", "First I just need to confirm your identity."])
        c.C(["Okay.", "How?"])
        c.A(CR_LINES, "code_request")
        c.C(DOUBT)
    if "consent_bypass" in pats:
        if c.turns[-1]["speaker"] == "agent":
            c.C(HESIT)
        c.A(CB_LINES, "consent_bypass")
        c.C(["I didn't agree to anything.", "Wait, I didn't say yes."])
    if "pressure" in pats:
        c.A(["This offer is only by phone and it expires when we hang up.", "The reward goes to someone else if you don't claim it now.", "I can only hold it for the next five minutes."], "pressure")
        c.C(["Then I'll pass.", "Fine, let it go.", "No thanks."] + ENDC)
    elif c.turns[-1]["speaker"] == "agent":
        c.C(["Send it to me in writing.", "I'll think about it.", "No thanks."])
    return "reward_lure"

def d_retention(c, pats):
    ivr(c)
    inbound_open(c, ["I'd like to cancel my {thing}.", "Hi, I want to cancel, please.", "I'm calling to close my {acct}."])
    if chance(0.5): id_check(c)
    c.A(["Why would you want to do that?", "Are you sure? Most people regret it.", "Can I ask why?"])
    c.C(["It's too expensive.", "I don't use it.", "I've found a better deal.", "I just want to cancel."])
    c.A(["You'd be making a mistake. I can give you {m5} off if you stay.", "Let me tell you everything you'd be giving up first.",
         "Honestly, everyone who leaves comes back. Stay and I'll knock {m5} off."], "pressure")
    c.C(["No, I want to cancel.", "I've said I want to cancel.", "No discount, just cancel it."])
    if "pressure" in pats:
        c.A(["Think about it. Once it's gone, you can't get this price back.", "I really can't let you leave without hearing this offer again."], "pressure")
        c.C(["Cancel. It.", "Please just cancel it."])
    if "cost_concealment" in pats:
        c.A(["If you cancel, there's a small closing fee, but I can waive it if you stay, it wouldn't cost you anything extra.",
             "Staying wouldn't cost you anything extra, we'd just move you to the Plus tier."], "cost_concealment")
        c.C(["What does the Plus tier cost?", "Just cancel it."])
    if "consent_bypass" in pats:
        c.A(["I've applied the discount and kept your {acct} open for now, it's the best thing for you.", "I'll pause it instead of cancelling, that's done, you'll thank me later."],
            "consent_bypass")
        c.C(["I didn't ask for that.", "No, I said cancel."])
    if "abuse" in pats:
        c.A(AB_LINES + ["Fine. Don't come crying back to us.", "Honestly, it's customers like you who don't know a good deal."], "abuse")
    c.A(["Okay, it's cancelled.", "Fine, I'll cancel it.", "Right, it's done."])
    if chance(0.5): c.C(["Thank you.", "Finally."])
    return "retention_pushback"

def d_code_only(c, pats):
    if chance(0.2):
        c.A(["Hi, it's {co}. We've just sent you a code, can you read it out to me?", "Hello, {co} security. Tell me the code we texted you a moment ago, please.",
             "This is {co}. I need the PIN for your {acct} to finish a check."], "code_request")
        c.C(DOUBT)
        c.A(["Just read it quickly, otherwise your {acct} will be locked today.", "Read it now or the {acct} gets frozen."], "code_request", "pressure")
        c.C(ENDC)
        return "code_verification_short"
    ivr(c)
    if chance(0.5):
        outbound_open(c)
        c.A(["We're updating the security on your {acct}.", "We just need to re-verify your {acct} after a system update.", "I'm calling to complete your {thing} verification."])
    else:
        inbound_open(c, ["Hi, I got a missed call from this number.", "I'm returning your call about my {acct}."])
        c.A(["Yes, we're re-verifying {acct}s after a system update.", "Thanks for calling back. We need to confirm your identity for a routine check."])
    c.C(["Okay, what do you need?", "Fine.", "Okay."])
    if chance(0.6): id_check(c)
    c.A(CR_LINES, "code_request")
    c.C(DOUBT + ["Okay, hang on.", "It's six digits, right?"])
    if chance(0.6):
        c.A(CR_PUSH, "code_request")
        c.C(DOUBT + ENDC)
    if "pressure" in pats:
        c.A(["If we can't verify you now, the {acct} will be locked.", "I need it in the next minute or the session expires and your {acct} is frozen."], "pressure")
        c.C(ENDC)
    if "abuse" in pats:
        c.A(AB_LINES, "abuse")
    return "code_verification"

FAMILIES = {
    "upsell": (d_upsell, ["fake_reward", "cost_concealment", "consent_bypass", "pressure", "abuse"], [], 0.27),
    "fake_cancel": (d_fake_cancel, ["code_request", "pressure", "abuse", "consent_bypass"], ["fake_cancellation"], 0.25),
    "threat": (d_threat, ["code_request", "abuse"], ["pressure"], 0.12),
    "reward": (d_reward, ["cost_concealment", "code_request", "consent_bypass", "pressure"], ["fake_reward"], 0.14),
    "retention": (d_retention, ["pressure", "cost_concealment", "consent_bypass", "abuse"], ["pressure"], 0.11),
    "code_only": (d_code_only, ["pressure", "abuse"], ["code_request"], 0.11),
}
OPT_P = {"fake_reward": 0.35, "cost_concealment": 0.45, "consent_bypass": 0.5, "pressure": 0.4, "abuse": 0.4, "code_request": 0.55}

NOGOV = [d for d in DOMS if d != "government"]
FAM_DOMS = {"retention": ["telecom", "banking", "subscriptions", "utilities", "insurance", "healthcare"], "upsell": NOGOV, "reward": NOGOV}
H_DOMS = {"h_cancel_request": ["telecom", "banking", "subscriptions", "utilities", "insurance", "healthcare", "shopping"],
          "h_offer": NOGOV, "h_budget": NOGOV, "h_polite_followup": NOGOV}

def choose_pats(fam):
    _, opts, must, _ = FAMILIES[fam]
    pats = set(must)
    single = chance(0.3)
    if not single or not pats:
        for o in opts:
            if chance(OPT_P[o]):
                pats.add(o)
    if not pats:
        pats.add(pick(opts))
    return pats

def wpick(items):
    tot = sum(w for _, w in items); r = R.random() * tot
    for it, w in items:
        r -= w
        if r <= 0:
            return it
    return items[-1][0]

def finalize(c, scen, hn, written="generator"):
    merged = []
    for t in c.turns:
        if merged and merged[-1]["speaker"] == t["speaker"]:
            merged[-1]["text"] += " " + t["text"]
            merged[-1]["labels"] = sorted(set(merged[-1]["labels"]) | set(t["labels"]))
        else:
            merged.append(dict(t))
    c.turns = merged
    labs = sorted({l for t in c.turns for l in t["labels"]})
    return {"lang": "en", "deceptive": bool(labs), "labels": labs, "turns": c.turns, "source": "writer:10",
            "scenario": f"{c.dom}_{scen}", "hard_negative": hn if not labs else False, "written": written}

def build():
    hand = [json.loads(l) for l in open(OUT_HAND, encoding="utf-8")]
    gen = []
    tot = sum(w for _, w, _ in HONEST)
    plan = [(f, h) for f, w, h in HONEST for _ in range(round(N_HONEST * w / tot))]
    R.shuffle(plan)
    while sum(1 for g in gen if not g["deceptive"]) < N_HONEST:
        fn, hn = plan.pop() if plan else wpick([((f, h), w) for f, w, h in HONEST])
        c = Call(pick(H_DOMS.get(fn.__name__, DOMS)))
        scen = fn(c)
        rec = finalize(c, scen, hn)
        if rec["deceptive"] or not (4 <= len(rec["turns"]) <= 30):
            continue
        gen.append(rec)
    nd = 0
    totd = sum(v[3] for v in FAMILIES.values())
    dplan = [k for k, v in FAMILIES.items() for _ in range(round(N_DECEPTIVE * v[3] / totd))]
    R.shuffle(dplan)
    while nd < N_DECEPTIVE:
        fam = dplan.pop() if dplan else wpick([(k, v[3]) for k, v in FAMILIES.items()])
        c = Call(pick(FAM_DOMS.get(fam, DOMS)))
        pats = choose_pats(fam)
        scen = FAMILIES[fam][0](c, pats)
        rec = finalize(c, scen, False)
        if not rec["deceptive"] or not (4 <= len(rec["turns"]) <= 30):
            continue
        gen.append(rec)
        nd += 1
    R.shuffle(gen)
    out = []
    seen = set()
    for i, r in enumerate(hand + gen, 1):
        r = dict(r)
        r["id"] = f"w10-{i:04d}"
        key = json.dumps(r["turns"])
        if key in seen:
            continue
        seen.add(key)
        out.append({"id": r["id"], **{k: v for k, v in r.items() if k != "id"}})
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(out, 1):
            r["id"] = f"w10-{i:04d}"
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} calls ({len(hand)} hand, {len(out) - len(hand)} generated) to {OUT}")

if __name__ == "__main__":
    build()
