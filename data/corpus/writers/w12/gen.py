#!/usr/bin/env python3
"""Writer 12 generator: telecom calls (UK / India / Australia / US).
Reads hand.jsonl (hand-written calls, kept as is) and writes calls.jsonl = hand + generated.
Deterministic: random.Random(12). Python 3 standard library only.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(12)
N_GEN = 340

CC, FC, FR, CODE, CB, PR, AB = ("cost_concealment", "fake_cancellation", "fake_reward",
                                "code_request", "consent_bypass", "pressure", "abuse")

# ---------------------------------------------------------------- regions
REG = {
 "uk": dict(
   mobile=["Vela Mobile", "Larkspur Mobile", "Brightwave"], broadband=["Northstar Broadband", "Openline", "Fenwick Fibre"],
   tv=["Kestrel TV", "Harbour TV"], agents=["Dan", "Chloe", "Gary", "Aisha", "Ryan", "Jess", "Becky", "Mark", "Liam", "Sophie", "Kieran", "Nadia"],
   custs=["Mr Hughes", "Mrs Begum", "Mr Doyle", "Ms Kerr", "Mrs Whitfield", "Mr Adeyemi", "Miss Shaw", "Mr Pritchard"],
   first=["Gemma", "Sean", "Lauren", "Craig", "Fiona", "Jamal", "Hannah", "Owen"], hon=["", "", "mate", "love", "madam", "sir"],
   code=["six digit code", "security code", "verification code", "one-time passcode", "text code"],
   portcode="PAC code", helpline=["150", "the number on your bill", "the number on the back of the letter"],
   cities=["Leeds", "Croydon", "Glasgow", "Cardiff", "Bristol"], cooling="14 days cooling-off",
   fill=["erm", "right", "so", "okay so", "ah", "well"], cust_end=["", "", "", " love", " mate"],
   regulator="Ofcom", bye=["cheers", "ta", "bye now", "thanks, bye"], cur="gbp"),
 "in": dict(
   mobile=["Jyoti Telecom", "Airwave India", "Sanchar Mobile"], broadband=["Sanchar Fibre", "Jyoti Fiber", "Airwave Xstream-net"],
   tv=["Tara DTH", "Dishwave DTH"], agents=["Rahul", "Priya", "Amit", "Sneha", "Vikram", "Pooja", "Arjun", "Kavya", "Imran", "Deepa"],
   custs=["Mr Sharma", "Mrs Iyer", "Mr Reddy", "Ms Fernandes", "Mr Gupta", "Mrs Khan", "Mr Bose", "Mrs Nair"],
   first=["Rakesh", "Anjali", "Suresh", "Meena", "Farhan", "Lakshmi"], hon=["sir", "ma'am", "madam", "sir", "ji"],
   code=["OTP", "OTP", "four digit OTP", "six digit OTP", "verification code"],
   portcode="UPC code", helpline=["198", "199", "the customer care number", "the number in the app"],
   cities=["Pune", "Noida", "Chennai", "Kolkata", "Hyderabad"], cooling="7 days to cancel without charge",
   fill=["actually", "see", "so", "haan", "okay", "arre"], cust_end=["", "", " na", " only", "", " ji"],
   regulator="TRAI", bye=["okay bye", "thank you", "okay thanks", "bye"], cur="inr"),
 "au": dict(
   mobile=["Southern Cross Mobile", "Koala Mobile", "Banksia Telco"], broadband=["Koala Internet", "Wattle Internet", "Banksia NBN"],
   tv=["Koala TV", "Reefside TV"], agents=["Jordan", "Tash", "Brad", "Mia", "Lachlan", "Chloe", "Hamish", "Jess", "Kane", "Zoe"],
   custs=["Mr Nguyen", "Mrs O'Brien", "Ms Kowalski", "Mr Papadopoulos", "Mrs Singh", "Mr Walker"],
   first=["Siobhan", "Josh", "Kylie", "Matt", "Priya", "Dean"], hon=["mate", "", "", "mate"],
   code=["six digit code", "verification code", "one-time code", "SMS code", "security code"],
   portcode="port authority code", helpline=["the number on your bill", "the number in the app", "13 22 00"],
   cities=["Geelong", "Parramatta", "Townsville", "Joondalup", "Hobart"], cooling="10 business days to cancel without charge",
   fill=["look", "yeah", "so", "righto", "ah", "yeah nah"], cust_end=["", "", " mate", ""],
   regulator="the ACMA", bye=["cheers", "no worries, bye", "see ya", "thanks, bye"], cur="aud"),
 "us": dict(
   mobile=["Summit Wireless", "Redwood Wireless", "Keystone Mobile"], broadband=["Lakeside Cable", "Prairie Fiber", "Summit Home Internet"],
   tv=["Lakeside Cable TV", "Canyon TV"], agents=["Kevin", "Tara", "Luis", "Marcus", "Denise", "Jason", "Brittany", "Mike", "Ashley", "Tyrone"],
   custs=["Mr Johnson", "Ms Ruiz", "Mrs Kowalczyk", "Mr Brooks", "Ms Patel", "Mr Nguyen"],
   first=["Angela", "Robert", "Jenna", "Carlos", "Megan", "Darnell"], hon=["ma'am", "sir", "", ""],
   code=["six digit code", "verification code", "one-time passcode", "PIN", "security code"],
   portcode="number transfer PIN", helpline=["611", "the number on your bill", "the number on the back of your statement"],
   cities=["Ohio", "Phoenix", "Miami", "Denver", "Atlanta"], cooling="14 day return period",
   fill=["uh", "um", "so", "like", "okay so", "alright"], cust_end=["", "", "", " man"],
   regulator="the FCC", bye=["thanks, bye", "okay bye", "have a good one", "bye"], cur="usd"),
}

ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()

def words(n):
    n = int(n)
    if n < 20: return ONES[n]
    if n < 100: return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + " hundred" + ("" if r == 0 else " and " + words(r))
    t, r = divmod(n, 1000)
    return words(t) + " thousand" + ("" if r == 0 else " " + words(r))

def money(reg, amount):
    cur = REG[reg]["cur"]
    whole = int(amount); pence = int(round((amount - whole) * 100))
    r = R.random()
    if cur == "inr":
        whole = int(amount)
        if r < 0.35: return f"{whole} rupees"
        if r < 0.6: return f"Rs {whole}"
        if r < 0.8 and whole < 1000: return words(whole) + " rupees"
        return f"{whole:,}"
    unit = {"gbp": ("pound", "£", "quid"), "aud": ("dollars", "$", "bucks"), "usd": ("dollars", "$", "bucks")}[cur]
    if pence:
        if r < 0.4: return f"{unit[1]}{whole}.{pence:02d}"
        if r < 0.7: return f"{whole}.{pence:02d}"
        if r < 0.85: return f"{words(whole)} {words(pence)}"
        return f"{whole} {unit[0]} {pence}"
    if r < 0.35: return f"{unit[1]}{whole}"
    if r < 0.6: return f"{whole} {unit[0]}"
    if r < 0.8: return f"{words(whole)} {unit[0]}"
    return f"{whole} {unit[2]}"

def price(reg, kind):
    if REG[reg]["cur"] == "inr":
        return R.choice({"small": [49, 99, 129, 149, 199], "mid": [239, 299, 399, 449, 599], "big": [999, 1199, 1499, 2999, 3999]}[kind])
    return R.choice({"small": [4.99, 5, 7.50, 9.99, 12, 12.99, 15], "mid": [25, 29.99, 34, 38, 41, 45, 55, 60],
                     "big": [65, 75, 79.99, 85, 89.99, 95, 120]}[kind])

def digits():
    d = [str(R.randint(0, 9)) for _ in range(R.choice([4, 6, 6, 6]))]
    r = R.random()
    if r < 0.5: return " ".join(d)
    if r < 0.75: return " ".join({"0": "oh"}.get(x, ONES[int(x)]) for x in d)
    return "".join(d)

def noise(reg, text, speaker):
    """surface variety: fillers, dropped punctuation, lower case starts."""
    g = REG[reg]
    if R.random() < 0.22:
        f = R.choice(g["fill"])
        text = f + (", " if R.random() < 0.5 else " ") + text[0].lower() + text[1:]
    if speaker == "customer" and len(text) > 12 and R.random() < 0.2:
        end = R.choice(g["cust_end"])
        if end:
            text = text.rstrip(".?!") + end + ("?" if text.endswith("?") else "")
    if text.strip(". ") == "":
        return "..."
    r = R.random()
    if r < 0.3:
        text = text.rstrip(".")
    elif r < 0.45:
        text = text.replace(",", "")
    if R.random() < 0.5:
        text = text[0].lower() + text[1:]
    else:
        text = text[0].upper() + text[1:]
    return text

# ---------------------------------------------------------------- call builder
class Call:
    def __init__(self, reg, service):
        self.reg = reg
        g = REG[reg]
        self.turns = []
        self.used = set()
        self.ctx = dict(
            prov=R.choice(g[service]), agent=R.choice(g["agents"]),
            cust=R.choice(g["custs"] + g["first"]), hon=R.choice(g["hon"]),
            code=R.choice(g["code"]), portcode=g["portcode"], helpline=R.choice(g["helpline"]),
            city=R.choice(g["cities"]), cooling=g["cooling"], regulator=g["regulator"],
            cur_word={"gbp": "quid", "inr": "rupees", "aud": "bucks", "usd": "bucks"}[g["cur"]],
            years=R.choice(["five", "six", "eight", "ten", "3", "7", "12"]),
            day=R.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]),
            date=R.choice(["the 3rd", "the 9th", "the 14th", "the 20th", "the 28th", "the 1st of next month"]),
            deadline=R.choice(["in the next ten minutes", "by 5 o'clock today", "before midnight", "within the hour",
                               "in the next few minutes", "by end of day today", "by 6 pm today"]),
        )
        self.ctx["p_cur"] = money(reg, price(reg, "mid"))
        self.ctx["p_new"] = money(reg, price(reg, "mid"))
        self.ctx["p_add"] = money(reg, price(reg, "small"))
        self.ctx["p_big"] = money(reg, price(reg, "big"))
        self.ctx["digits"] = digits()

    def fmt(self, s):
        s = s.format(**self.ctx)
        s = re.sub(r"\s+([,.?!])", r"\1", s)
        s = re.sub(r" {2,}", " ", s).strip()
        s = s.replace(", ,", ",").replace(" ,", ",")
        return s

    def pick(self, bank):
        fresh = [b for b in bank if b not in self.used] or bank
        b = R.choice(fresh); self.used.add(b)
        return b

    def a(self, bank, *labels):
        self.turns.append({"speaker": "agent", "text": noise(self.reg, self.fmt(self.pick(bank)), "agent"),
                           "labels": sorted(set(labels))})

    def c(self, bank):
        self.turns.append({"speaker": "customer", "text": noise(self.reg, self.fmt(self.pick(bank)), "customer"),
                           "labels": []})

    def u(self, bank, *labels):
        self.turns.append({"speaker": "unknown", "text": self.fmt(R.choice(bank)), "labels": sorted(set(labels))})

def p(x):
    return R.random() < x

# ---------------------------------------------------------------- shared banks
OPEN = ["hi, is that {cust}? it's {agent} from {prov}", "hello {hon}, this is {agent} calling from {prov}",
        "good morning, am I speaking with {cust}? {agent} here from {prov}", "hiya, {agent} from {prov}, have you got a minute?",
        "hello, calling from {prov} customer care, is this {cust}?", "hi there, it's {prov}, my name's {agent}",
        "good afternoon, {agent} from {prov} here, is this the account holder?", "hello {cust}, {prov} calling, {agent} speaking"]
OPEN_SEC = ["hi, is that {cust}? it's {agent} from {prov}, account security team", "hello {hon}, this is the {prov} fraud department",
            "good morning, {agent} calling from {prov} security, am I speaking with the account holder?",
            "hello, this is {prov} network protection, is this {cust}?", "hi {hon}, {agent} here, {prov} SIM security team"]
CUST_HELLO = ["yes speaking", "yeah that's me", "erm yes, who's this?", "yes, what's it about?", "speaking", "yeah go on",
              "yes?", "hello, yes", "that's me, what's this about", "yes, is everything alright?"]
ID_Q = ["can I just confirm the first line of your address?", "can you confirm your date of birth for me?",
        "just for security, what's the postcode on the account?", "can I take the name of the account holder?"]
ID_A = ["it's 14 Larch Close", "12th of March 1968", "it's in my name", "erm, it's 22 Station Road", "fifth of June eighty two",
        "it's under my husband's name actually", "flat 3, 9 Mill Lane"]
CUST_BYE = ["okay, bye", "right, thanks, bye", "cheers, bye", "thanks", "okay thank you", "alright, bye then"]
HMM = ["hmm", "erm I don't know", "I'll have to think about it", "maybe", "...", "right", "uh huh", "I'm not sure",
       "I'd need to check with my partner", "let me think"]
OBJECT = ["wait, I didn't say yes", "hang on, I never agreed to that", "sorry what? I didn't agree to anything",
          "no no, I said I'd think about it", "excuse me, I didn't say you could do that", "I didn't give permission for that"]
NO = ["no thanks", "no, I'm happy as I am", "not interested, thank you", "no, really, I'm fine", "I'd rather not",
      "no thank you, I'm okay", "I said no", "no, I don't want it"]
REFUSE_END = ["no, I'm ringing {helpline} myself", "I'm going to hang up and call {helpline}", "I'll check with {prov} directly, bye",
              "no, this doesn't sound right, goodbye", "my son says hang up, so I'm hanging up", "I'll go to the store instead"]

# ---------------------------------------------------------------- deceptive families
def fam_sim_swap(reg):
    c = Call(reg, "mobile"); port = p(0.45)
    c.a(OPEN_SEC); c.c(CUST_HELLO)
    if port:
        c.a(["we've had a request to transfer your number to another network, did you ask for that?",
             "someone's requested to port your number out this morning, was that you?",
             "there's a port-out request on your number from another provider, is that you?"])
    else:
        c.a(["we've had a request to move your number onto a new SIM, was that you?",
             "someone's trying to activate your number on a different phone in {city}, is that you?",
             "there's a SIM replacement order on your account from {city}, did you place that?",
             "your eSIM is being moved to a new device right now, are you doing that?"])
    c.c(["no? I haven't asked for anything", "erm no, that's not me", "what? no", "no, I've got my phone right here",
         "no! what's going on", "definitely not"])
    if p(0.75):
        c.a(["if we don't stop it {deadline} your number goes dead and they get all your texts, your bank codes, everything",
             "this is urgent {hon}, once it goes through your phone stops working and they can get into your bank",
             "we've got {deadline} to stop it, after that there's nothing I can do",
             "okay so it's fraud, and it completes {deadline}, so we need to act now"], PR)
        c.c(["oh god, what do I do", "okay, what do I need to do", "bloody hell", "okay okay, tell me what to do", "oh no"])
    ct = "{portcode}" if port else "{code}"
    c.a([f"I've just sent you a {ct} by text, read it back to me and I'll keep your number active on your current SIM",
         f"you'll get a text with a {ct} in a second, just tell me what it says and I'll block it",
         f"to stop it I need the {ct} that's just been sent to you, read it out please",
         f"check your messages, there's a {ct}, I need you to read me the letters and numbers",
         f"so {{prov}} has texted you a {ct}, tell me that and the request gets cancelled"], CODE)
    if p(0.6):
        c.c(["hang on, it says don't share this with anyone", "why do you need that?", "isn't that what scammers ask for?",
             "the message says {prov} will never ask for it", "it says do not give this code to anyone, even us"])
        lab = [CODE, PR] if p(0.6) else [CODE]
        c.a(["that's standard wording, it doesn't apply to us, we're the network, quick as you can",
             "that's for outsiders, I'm from {prov}, read it out quickly please",
             "yes yes that's normal, just read it to me, we're running out of time",
             "it's fine, I'm the one who sent it, I just need you to confirm it back"], *lab)
        if p(0.3):
            c.a(["don't be silly, do you want to lose your number or not?", "honestly, stop being difficult, I'm trying to help you",
                 "come on, this isn't hard, just read the numbers", "are you deliberately wasting my time?"], AB)
    if p(0.4):
        c.c(["okay... it's {digits}", "right, it's {digits}", "fine, {digits}"])
        c.a(["thank you, that's your number secured now", "lovely, all sorted, you might lose signal for an hour, that's normal",
             "perfect, the request is blocked, have a good day", "got it, you're protected now"])
    else:
        c.c(REFUSE_END)
        r = R.random()
        if r < 0.35: c.a(["by then it'll be too late, your call", "you'll lose your number then, don't say I didn't warn you",
                          "the lines are backed up for hours, it'll be gone by then"], PR)
        elif r < 0.55: c.a(["fine, lose your number, not my problem", "honestly, people like you deserve to get scammed"], AB)
        elif r < 0.8: c.a(["okay, bye", "alright then"])
    return ("port_out_block_code" if port else "sim_swap_keep_number_code"), c

def fam_loyalty(reg):
    svc = R.choice(["mobile", "broadband", "tv"]); c = Call(reg, svc)
    up = {"mobile": ["5G Plus upgrade", "double data upgrade", "free handset upgrade", "unlimited data upgrade"],
          "broadband": ["free speed upgrade to 900 meg", "fibre upgrade", "free wifi 6 router upgrade", "speed boost"],
          "tv": ["free 4K box upgrade", "premium channels upgrade", "free sports and movies upgrade"]}[svc]
    c.ctx["up"] = R.choice(up)
    c.a(OPEN); c.c(CUST_HELLO)
    lure = p(0.8)
    if lure:
        c.a(["you've been picked as one of our loyal customers for a {up}, on the house",
             "as a thank you for being with {prov} {years} years, you've qualified for a loyalty {up}",
             "congratulations {hon}, you've been selected as a star customer, so we're giving you a {up}",
             "good news, you're one of a handful of customers chosen for our VIP {up}",
             "you've been rated one of our top customers, so you get a {up} as a reward"], FR)
    else:
        c.a(["we're moving customers like you onto a {up}, it's free", "I'm calling to get your {up} booked in, no charge",
             "we're doing free {up}s in your area this week"], CC)
    c.c(["oh, what's the catch?", "free? what do I have to do", "how much does it cost?", "is my bill going up?",
         "oh, really? go on", "what's the catch, there's always a catch"])
    cc_n = R.choice([1, 1, 2, 2, 3]) if p(0.85) else 0
    bank1 = ["no catch, your bill stays pretty much the same", "it's all included, you won't notice it on the bill",
             "there's a tiny adjustment but it all evens out", "don't worry about the price, it's covered by your loyalty credit",
             "it's basically free, your package stays the same", "you just move onto the new plan, it's more or less what you pay now"]
    bank2 = ["it's really minimal, less than a coffee a week", "it depends a bit, but honestly it's nothing",
             "let's not get bogged down in numbers, you're getting loads more", "it's a small amount, most people don't notice",
             "I can't see the exact figure right now but it's tiny", "the speed increase pays for itself, trust me"]
    asks = ["but what's the actual price?", "how much exactly?", "pretty much? what does that mean?", "what's the monthly cost, in numbers?",
            "so is it free or not?", "a tiny adjustment, how much is that?"]
    for i in range(cc_n):
        c.a(bank1 if i == 0 else bank2, CC)
        if i < cc_n - 1: c.c(asks)
    if cc_n == 0:
        c.a(["it's {p_new} a month, you're on {p_cur} now, 24 months", "the new plan is {p_new} a month on an 18 month contract"])
    if p(0.4):
        c.a(["this is only open today, I've got a list of people waiting", "I need to get it booked now or it goes to someone else",
             "the offer ends when I hang up, so shall I do it?"], PR)
    r = R.random()
    if r < 0.6:
        c.c(HMM)
        c.a(["lovely, I've put that through for you", "great, that's activated now, you'll get an email",
             "perfect, I'll take that as a yes, it's all done", "brilliant, that's gone through, enjoy",
             "okay, I've booked it in for you, nothing else to do"], CB)
        if p(0.7):
            c.c(OBJECT)
            c.a(["it's all processed now, you'll get the paperwork", "too late now, it's on the system",
                 "you can always ring up and cancel later", "it's done, honestly you'll thank me"], CB)
            if p(0.25):
                c.c(["I want it reversed", "put it back how it was", "I'm complaining about this"])
                c.a(["there's a charge to reverse it now I'm afraid", "it can't be undone once the order's gone"], PR)
    elif r < 0.85:
        c.c(NO)
        c.a(["are you sure? you're turning down free stuff here", "I'd really think again, this won't come round again",
             "honestly everyone's taking it, let me just put you down"], PR)
        c.c(["I'm sure, no", "no. goodbye", "please take me off your list"])
    else:
        c.c(["I'll need to see it in writing first", "send me the details by email and I'll decide"])
        c.a(["okay, I'll send it over"])
    labs = {l for t in c.turns for l in t["labels"]}
    if not labs: c.a(["it's only for today, so decide now"], PR)
    return "loyalty_upgrade_hidden_fee", c

def fam_router(reg):
    c = Call(reg, "broadband"); c.a(OPEN); c.c(CUST_HELLO)
    c.a(["your router's out of date now so we're replacing them free of charge", "we're doing free router upgrades for existing customers, a new wifi 6 hub",
         "your hub's on our old list so you're getting a new one, free", "we're swapping all the old modems in your area, no cost to you"], CC)
    c.c(["is there a catch?", "is there a monthly cost?", "free? how much after?", "oh right, what's it cost", "does my plan change?"])
    c.a(["no catch, you just move to the new hub plan, it's basically the same", "nah it gets folded into your plan, you won't notice",
         "there's a small equipment bit added but your speeds go up so it's worth it", "it's free, well, a tiny rental but it's nothing"], CC)
    if p(0.6):
        c.c(["how much is small?", "what's the rental, exactly?", "so my bill goes up?"])
        c.a(["honestly it's a few {cur_word}, it's minimal", "I'd have to check, but it's really minimal",
             "look, it pays for itself with the faster wifi"], CC)
    if p(0.5): c.a(["I need to get these booked today as the free ones are going fast", "the courier's in your area tomorrow, so it's now or never"], PR)
    c.c(HMM + ["erm I suppose", "I don't want it if it costs more"])
    c.a(["done, that's booked, and I've moved you onto the new plan so it's ready", "I'll send it anyway, it's already allocated to you",
         "great, it's on its way, just plug it in when it arrives", "that's all booked, you'll see the new plan from next month"], CB)
    if p(0.4):
        c.c(OBJECT); c.a(["it's too late, it's dispatched", "just plug it in, you'll love it"], CB)
    return "free_router_upgrade_fee", c

def fam_cutoff(reg):
    svc = R.choice(["mobile", "broadband"]); c = Call(reg, svc)
    kind = R.choice(["overdue", "kyc" if reg == "in" else "overdue", "hacked", "switchover"])
    c.a(OPEN if p(0.5) else OPEN_SEC)
    if p(0.5): c.c(CUST_HELLO)
    t = {"overdue": ["your account's overdue and your line is scheduled to be cut off today", "your last payment failed so your service is being disconnected {deadline}"],
         "kyc": ["your SIM KYC is not updated, as per {regulator} rule the number will be blocked today", "your e-KYC has failed, your outgoing is already barred, incoming stops tonight"],
         "hacked": ["your line has been compromised by hackers, it'll be cut off today for security", "criminals are using your connection, it's being suspended {deadline}"],
         "switchover": ["your landline is being switched off tomorrow morning for the digital changeover", "your old SIM stops working tonight, all 4G SIMs are being shut down"]}[kind]
    c.a(t, PR)
    c.c({"overdue": ["what? I pay by direct debit", "I paid it last week", "nobody told me it was overdue"],
         "kyc": ["but I did KYC when I bought it", "my phone is working fine", "nobody told me"],
         "hacked": ["hacked? it seems fine", "how can it be hacked?", "oh no, is this real?"],
         "switchover": ["nobody told me about this", "I thought that was next year", "oh no, I live alone"]}[kind])
    c.a(["if it isn't sorted {deadline} you'll have no service and a reconnection fee of {p_big}",
         "after that nothing works, and you'll have to reapply and pay the setup charge again",
         "this is your final warning {hon}, it's already been queued for disconnection",
         "{regulator} rules, we have no choice, it's going off unless we fix it now"], PR)
    r = R.random()
    if r < 0.6:
        c.a(["I'll send you a {code} now, read it to me and I'll stop the disconnection",
             "you'll get a {code}, just tell me that and I'll update it from here",
             "to verify you I need the {code} we've just texted, read it out please"], CODE)
        c.c(["the message says don't share it", "why can't I do it in the app?", "okay hang on", "is that safe?"])
        if p(0.6): c.a(["no time for the app, quickly please", "that's for outsiders, I'm from the company, tell me quick"], CODE, PR)
    else:
        c.a(["I can take a card payment right now and stop it", "you just need to pay {p_add} processing today and it stays on"], PR)
    if p(0.35):
        c.c(["I'll check with {prov} first", "let me ring my son"])
        c.a(["you're wasting my time and your own, don't complain when it's cut off", "honestly, how many times do I have to explain this",
             "don't be stupid, there isn't time"], AB)
    c.c(REFUSE_END + ["okay... {digits}"])
    return {"overdue": "line_cut_off_today", "kyc": "kyc_block_today", "hacked": "hacked_line_disconnect", "switchover": "switch_off_tomorrow"}[kind], c

def fam_renewal(reg):
    svc = R.choice(["mobile", "broadband", "tv"]); c = Call(reg, svc)
    c.a(OPEN); c.c(CUST_HELLO)
    c.a(["your contract's up for renewal, I've had a look and I can keep you on basically the same deal",
         "just a courtesy call, your plan's finishing soon", "your promo's ending so I wanted to get you sorted"])
    c.c(["I was thinking of leaving actually", "I'm shopping around", "I'll sort it myself thanks", "okay, what are the options?",
         "I was going to go SIM only", "I need to talk to my partner first"])
    c.a(["well the good news is I've gone ahead and renewed it for you at {p_new} a month, that locks the price in",
         "I've rolled you onto our 24 month plan so there's no gap in service", "I've already signed you up for another two years at the promo rate",
         "no need to do anything, I've e-signed the renewal for you to save time", "I've filled in the confirmation for you, it's all done"], CB)
    c.c(OBJECT + ["you've done what?"])
    c.a(["it's a standard renewal, it's all processed, you'll get the paperwork by email", "it's automatic for good customers, already gone through",
         "it's all signed off, don't worry about it"], CB)
    if p(0.5):
        c.c(["how much is it?", "what's the new price?", "is it more than now?"])
        c.a(["it's basically the same, just a small equipment fee change", "you won't notice much difference on the bill",
             "it's all bundled in, don't worry"], CC)
    if p(0.7):
        c.c(["I want it cancelled", "undo it please", "I'm not accepting this"])
        c.a(["if you cancel now there's an early termination charge of {p_big}, so I really wouldn't",
             "can't be reversed once it's processed I'm afraid", "you'd be hit with exit fees, you don't want that"], PR)
    if p(0.3):
        c.c(["I'll be ringing the ombudsman", "I'm reporting this"])
        c.a(["go ahead, you'll be wasting your own time", "that's your choice"] , *([AB] if p(0.5) else []))
    return "renewal_signed_on_behalf", c

def fam_scold(reg):
    svc = R.choice(["mobile", "broadband"]); c = Call(reg, svc)
    c.a(OPEN)
    if p(0.6): c.c(CUST_HELLO)
    c.a(["we can knock your bill down to {p_new} a month", "I can move you onto our {p_new} plan with double data",
         "I can get you faster broadband for {p_add} extra a month", "I can put you on our family plan, {p_new} a month"])
    c.c(["I'm in contract, so no thanks", "no thanks, I'm happy", "I'll need to ask my husband", "I'm a bit busy right now",
         "no, I'm fine with what I've got"])
    n = R.choice([1, 2, 2, 3])
    pushes = ["you're not listening, do you want cheaper bills or not?", "everybody is taking this, why wouldn't you?",
              "it's a no brainer, just say yes", "I'll ask one more time, shall I set it up?", "you're making a mistake, honestly, think again",
              "look, it's cheaper than what you pay, what's the problem?"]
    abuse = ["honestly you're wasting my time", "people like you moan about prices then won't do anything about it",
             "are you stupid or something? it's cheaper", "it's not rocket science", "you can't decide something this small yourself?",
             "what is wrong with you?", "fine, stay ripped off then", "you really are hard work, you know that"]
    for i in range(n):
        if p(0.55): c.a(pushes, PR)
        else: c.a(abuse, AB, *([PR] if p(0.4) else []))
        c.c(["I said no thank you", "excuse me?", "there's no need to talk to me like that", "no.", "please stop",
             "I'm going to put the phone down"])
    if p(0.3):
        c.a(["right, I'm putting you on it anyway, you can thank me later", "I'll just process it, you'll see"], CB)
    else:
        c.a(["unbelievable. fine", "your loss", "whatever, bye", "don't call us when your bill goes up"], *([AB] if p(0.5) else []))
    if not any(t["labels"] for t in c.turns): c.turns[-1]["labels"] = [AB]
    return "scolding_cheaper_bills", c

FC_ITEMS = {
 "uk": [("sports and movies add-on", "tv"), ("handset insurance", "mobile"), ("premium text subscription", "mobile"), ("Speed Boost add-on", "broadband"),
        ("second SIM", "mobile"), ("antivirus package", "broadband"), ("international calls bolt-on", "mobile"), ("cinema pack", "tv")],
 "in": [("caller tune subscription", "mobile"), ("HD sports pack", "tv"), ("mobile insurance", "mobile"), ("OTT premium pack", "broadband"),
        ("international roaming pack", "mobile"), ("hello tunes service", "mobile"), ("gaming pack", "mobile"), ("regional movies pack", "tv")],
 "au": [("premium sports pass", "tv"), ("roaming pack", "mobile"), ("device cover", "mobile"), ("second NBN service", "broadband"),
        ("streaming bundle", "tv"), ("security suite", "broadband")],
 "us": [("premium streaming bundle", "tv"), ("device protection plan", "mobile"), ("international pass", "mobile"), ("second line", "mobile"),
        ("tablet line", "mobile"), ("cloud storage plan", "mobile"), ("whole home wifi add-on", "broadband")]}

def fam_fake_cancel(reg):
    item, svc = R.choice(FC_ITEMS[reg]); c = Call(reg, svc)
    c.ctx["item"] = item
    robo = p(0.15)
    if robo:
        c.u(["this is an automated message from {prov}. a {item} at {p_add} a month has been added to your account. to cancel press 1",
             "this is {prov}. an order for a new phone on a 36 month contract has been placed in your name. if this wasn't you press 1",
             "important message from {prov} billing. your {item} will be charged {p_big} today. press 1 to speak to an agent"], FC)
        c.u(["you pressed 1. connecting you to an advisor", "please hold"])
        c.a(["hi, {prov} cancellations, can I take your name please", "{prov} billing, this is {agent}, how can I help?"])
        c.c(["I never ordered anything", "I got a message about a charge, it's not mine", "it's {cust}, I don't have that"])
    else:
        c.a(["hello, {prov} billing. I'm calling because a {item} was added to your account, {p_add} a month, it starts charging on {date}",
             "hi, {prov} here, your {item} renews tomorrow at {p_big}", "hello {hon}, your {item} free trial ends today and it'll start costing {p_add} a month",
             "this is {prov} accounts, there's a {item} on your account charging {p_add} since last month"], FC)
        c.c(["what? I never added that", "I don't have a {item}", "I've never heard of it", "I didn't sign up for anything", "that's not mine"])
    c.a(["it was added as a free trial, I can cancel it now before the first payment", "it's showing active on your number, I can stop it for you today",
         "it was put on when you upgraded, most people don't realise, want me to cancel it?", "I can remove it and refund the charges, it only takes a minute"], FC)
    c.c(["yes please cancel it", "yes, cancel it", "please do", "okay, get rid of it", "yes, and I want my money back"])
    r = R.random()
    if r < 0.7:
        c.a(["for security I'm sending a {code} to your mobile, just read it back to me", "please share the {code} you just got so I can confirm the cancellation",
             "you'll get a {code}, read it out and the cancellation goes through", "I need the {code} from the text to process the refund"], CODE)
        if p(0.6):
            c.c(["okay... it's {digits}", "{digits}", "right, {digits}"])
            if p(0.4):
                c.a(["thank you, one more code is coming for the refund, read that one too", "great, now read me the second code, that's for the refund"], CODE)
                c.c(["hang on, this one says it's a payment", "another one? no", "that's from my bank"])
                if p(0.7): c.a(["that's just how the system words it, quickly please", "if you don't the refund won't go through and you'll be charged tonight"], PR)
            else:
                c.a(["thank you, that's cancelled, have a good day", "done, you won't see any charge", "perfect, all removed"])
        else:
            c.c(["why do you need a code to cancel something?", "I'll log in and check first", "the text says not to share it"])
            c.a(["it has to be done in the next few minutes or the billing run takes it", "if you don't read it the charge goes out tonight"], PR)
            c.c(REFUSE_END)
    elif r < 0.85:
        c.a(["okay, I've cancelled it, and while I'm in there I've moved you onto our better value plan", "done, and I've put you on the new bundle to make up for it"], CB)
        c.c(OBJECT)
        c.a(["don't worry, it works out cheaper once the add-on's gone", "it's about the same money, you won't notice"], CC)
    else:
        c.a(["okay, that's cancelled for you, nothing else needed, you'll see a credit", "all done, it's removed"])
        c.c(["okay, thanks", "great, cheers"])
    return "fake_cancellation_" + re.sub(r"[^a-z]+", "_", c.ctx["item"].lower()).strip("_"), c

def fam_reward_code(reg):
    c = Call(reg, R.choice(["mobile", "tv", "broadband"]))
    c.ctx["reward"] = R.choice(["cashback of {p_add}", "bonus data worth {p_add}", "free earbuds from your reward points",
                                "loyalty refund of {p_add}", "bill credit of {p_big}"] + (["free recharge of {p_add}", "DTH cashback of {p_add}"] if reg == "in" else []))
    c.ctx["reward"] = c.ctx["reward"].format(**c.ctx)
    c.a(["congratulations {hon}, you've won {reward} from {prov}", "hello, {prov} rewards here, you've been selected for {reward}",
         "good news, as a loyal customer you've qualified for {reward}", "you are one of our lucky customers, you get {reward}"], FR)
    c.c(["oh nice", "really? how?", "oh, okay, what do I do?", "I didn't enter anything", "seriously?"])
    c.a(["to credit it I'm sending you a {code}, just tell me the {code}", "read me the {code} you get now and I'll release it",
         "I just need the {code} from the text to confirm it's you"], CODE)
    if p(0.55):
        c.c(["okay... {digits}", "it's {digits}"])
        if p(0.6):
            c.a(["one more {code} is coming for bank verification, read that also", "thanks, and the next one please, for the transfer"], CODE)
            c.c(["why bank? this is a phone company", "no, that's enough", "hmm, okay"])
            if p(0.6): c.a(["quickly {hon}, the offer expires in five minutes", "otherwise the reward lapses, hurry"], PR)
        else:
            c.a(["done, it'll show in 24 hours", "great, credited"])
    else:
        c.c(["the text says do not share", "I'll check the app instead", "no, this is fishy"])
        if p(0.6): c.a(["the reward expires when I hang up", "you'll lose it forever then, last chance"], PR)
    return "reward_lure_code", c

# single-pattern families
def fam_pressure_only(reg):
    c = Call(reg, R.choice(["mobile", "broadband", "tv"])); c.a(OPEN); c.c(CUST_HELLO)
    c.a(["I can upgrade you to our {p_new} plan, that's {p_add} more than now", "we've got an annual pack for {p_big}, saves you a month",
         "gig speed is {p_add} extra a month, want it?"])
    c.c(NO)
    for _ in range(R.choice([1, 2, 3])):
        c.a(["this price ends at midnight and it's never coming back", "I really need you to decide today, tomorrow it's gone",
             "honestly, you'll regret it, just take it", "okay, but let me put you down for it anyway and see how it goes",
             "you'll be stuck on the old plan forever if you don't take it now", "everyone's taking it, don't miss out"], PR)
        c.c(["no", "I said no", "no thank you", "please stop", "still no"])
    c.a(["alright, bye", "fine, have a good day", "okay"])
    return "pushed_after_no", c

def fam_abuse_only(reg):
    c = Call(reg, R.choice(["mobile", "broadband"])); 
    c.c(["hi, my internet keeps dropping", "my bill's higher than normal and I don't get why", "I can't get my new modem working",
         "my phone says no service"])
    c.a(["did you restart it?", "you went over your data, that's excess usage", "which port is the cable in?", "have you turned it off and on?"])
    c.c(["I don't understand", "I thought it just slowed down", "I'm not sure", "yes I did", "I'm not very good with this stuff"])
    n = R.choice([1, 1, 2])
    for _ in range(n):
        c.a(["look I've explained this twice already, it's not hard", "seriously? it's not rocket science", "if people read their contracts I wouldn't have to repeat myself",
             "you're not the only customer, have some patience", "how hard can it be, it's one cable", "typical, didn't read the instructions"], AB)
        c.c(["there's no need to talk to me like that", "I'm trying my best", "that's rude", "okay..."])
    c.a(["I'll put a note on, it should be fixed", "I've added a spend cap, done", "the technician will come tomorrow", "try it now"])
    if p(0.5): c.c(CUST_BYE)
    return "rude_agent_support", c

def fam_cb_only(reg):
    c = Call(reg, R.choice(["mobile", "broadband", "tv"])); c.a(OPEN); c.c(CUST_HELLO)
    c.a(["while I've got you, device cover is {p_add} a month, covers loss and damage", "I noticed you're travelling, a travel pass is {p_add} a day",
         "we've got an HD box, {p_add} extra a month", "we can add the kids pack for {p_add} a month"])
    c.c(HMM)
    c.a(["great, I've added it, it's active from today", "lovely, I'll pop that on for you", "okay, booked, you'll get a text",
         "I'll put it on and you can cancel later if you want"], CB)
    if p(0.7):
        c.c(OBJECT)
        c.a(["it's all set up now", "it's done, you can ring back to remove it", "too late now, it's on"], CB)
    return "added_after_hmm", c

def fam_cc_only(reg):
    c = Call(reg, R.choice(["tv", "mobile", "broadband"])); c.a(OPEN); c.c(CUST_HELLO)
    c.a(["we've got a Family Plus add-on that's really popular, extra channels and box sets", "there's a new entertainment bundle with streaming built in",
         "you can add our data booster for faster speeds", "we've got a premium support package"])
    c.c(["how much is it?", "what's the price?", "and what does that cost?"])
    for i in range(R.choice([1, 2])):
        c.a(["it's honestly a tiny amount, most people don't even notice it", "you're basically getting it free", "let's not worry about the price, it's great value",
             "it depends on your package, it's all really reasonable", "your bill stays the same really"], CC)
        if i == 0 and len(c.turns) < 7 and p(0.6): c.c(["but what is the amount?", "that's not an answer", "a number please"])
        else: break
    c.c(["if you can't tell me the price I'm not interested", "no then, thanks", "I'm not agreeing to anything without a price"])
    c.a(["okay, no worries", "alright, thanks for your time"])
    return "price_dodged_addon", c

def fam_fr_only(reg):
    c = Call(reg, R.choice(["mobile", "broadband"]))
    c.a(["hello {cust}, you've been selected as one of our most valued customers for an exclusive early upgrade",
         "congratulations, you're a platinum customer now, so you get first pick of our new plans",
         "as a thank you for {years} years, you've been chosen for our loyalty offer"], FR)
    c.c(["oh, what does that involve?", "okay, go on", "what's the offer?"])
    c.a(["the new plan is {p_new} a month on 24 months, you're paying {p_cur} now", "it's {p_new} a month with a {p_add} upfront cost"])
    c.c(NO)
    c.a(["no problem at all, thanks for your time", "okay, have a good day"])
    return "selected_lure_clear_price", c

def fam_code_only(reg):
    c = Call(reg, R.choice(["mobile", "broadband"])); c.a(OPEN); c.c(CUST_HELLO)
    c.a(["I'm following up on your slow data ticket, we've made a fix", "you're eligible for {p_add} off a month on your plan",
         "I'm calling to finish your plan change from yesterday"])
    c.c(["oh, great", "okay", "right, thanks"])
    c.a(["I just need to verify you, read me the {code} I've sent", "to authorise it I need you to read me the {code} from the text",
         "tell me the {code} that just came through and we're done"], CODE)
    c.c(["okay, {digits}", "it's {digits}", "hang on... {digits}"])
    c.a(["thanks, all done", "perfect, that's applied", "great, you're verified"])
    return "routine_code_readback", c

SINGLE_FAMS = {"fam_pressure_only", "fam_abuse_only", "fam_cb_only", "fam_cc_only", "fam_fr_only", "fam_code_only"}
FAMS_D = [(fam_sim_swap, 14), (fam_loyalty, 13), (fam_router, 6), (fam_cutoff, 8), (fam_renewal, 9), (fam_scold, 14),
          (fam_fake_cancel, 29), (fam_reward_code, 11), (fam_pressure_only, 3), (fam_abuse_only, 8), (fam_cb_only, 4),
          (fam_cc_only, 3), (fam_fr_only, 6), (fam_code_only, 3)]

# ---------------------------------------------------------------- honest families
def h_retention(reg):
    c = Call(reg, R.choice(["mobile", "broadband", "tv"])); c.a(OPEN); c.c(CUST_HELLO)
    hi = price(reg, "big"); lo = price(reg, "mid")
    c.ctx["p_cur"] = money(reg, hi); c.ctx["p_new"] = money(reg, lo)
    c.a(["your contract ended and you've moved onto our standard price of {p_cur} a month", "your discount finished on {date}, so your price is now {p_cur}",
         "I'm calling because you're out of contract and paying {p_cur} a month, which is our full price"])
    c.c(["yeah I saw, it's gone up a lot", "that's a lot", "okay, what can you do?", "I was going to ring you about that"])
    c.a(["I can offer a new 24 month deal at {p_new} a month, fixed, no setup fee", "I can do {p_new} a month for 18 months, same speed, no upfront cost",
         "there's a 12 month plan at {p_new} a month, same allowance, price fixed for the 12 months"])
    if p(0.7):
        c.c(["what if I change my mind?", "and if I don't take it?", "any catch?"])
        c.a(["you've got {cooling} from when you agree, and then you stay on {p_new} fixed", "if you don't take it you stay on {p_cur} with no contract and can leave any time",
             "no catch, the price is fixed and it's all in the contract summary I'll email you"])
    if p(0.65):
        c.c(["okay go on", "yeah, let's do it", "fine, sounds good"])
        c.a(["just to confirm, {p_new} a month, are you happy for me to set that up?", "can I take a clear yes from you to put that through at {p_new}?"])
        c.c(["yes go ahead", "yes", "yes please", "yes, I agree"])
        c.a(["thanks, done, contract summary's on its way by email", "lovely, that's set up, you'll get the details in writing"])
    else:
        c.c(["I'll think about it", "I want to compare first", "no, I think I'll leave actually"])
        c.a(["no problem, no rush, the offer's on the website too", "that's fine, I'll email you the prices", "understood, nothing changes unless you say so"])
    return "retention_clear_price", c

def h_free_gift(reg):
    c = Call(reg, R.choice(["mobile", "broadband"])); c.a(OPEN); c.c(CUST_HELLO)
    k = R.randrange(3)
    c.a([["you've been with us {years} years, so as a thank you we've added a one-off credit of {p_add} to your next bill"],
         ["as a thank you for staying with us we've added 10 gig of extra data this month, it's a one-off"],
         ["you reported weak wifi upstairs, so we're sending you a free wifi booster"]][k])
    c.c(["is there a catch?", "do I need to do anything?", "what does it cost?", "is this one of those scam calls?"])
    c.a([["no catch, it's already on your account, nothing to sign and your plan doesn't change", "nothing to do, it just comes off your next bill automatically"],
         ["nothing at all, it's already in your allowance, you'll see it in the app, your bill is the same"],
         ["it's free, no new contract, no change to your price, and you don't have to send it back"]][k])
    if p(0.4):
        c.a(["and we won't ask you for any codes or bank details, there's nothing to accept", "if you want to check, it'll show in the app, we don't need anything from you"])
    c.c(["well thanks", "oh nice, cheers", "great", "oh, that's kind"])
    if p(0.5): c.a(["that's all I was ringing about, have a good day", "thanks for staying with us"])
    return "genuine_free_gift", c

def h_fraud_warning(reg):
    c = Call(reg, "mobile")
    c.a(["hello {cust}, it's {prov} fraud team, I won't ask you for any codes or passwords on this call",
         "hi, {prov} here, we're warning customers about scam calls, we won't ask you for anything"])
    c.c(["okay...", "oh, right", "go on"])
    c.a(["we blocked a SIM swap attempt on your account today, your SIM is still active", "people are ringing pretending to be us and asking for text codes"])
    c.c(["what do I need to do?", "how do I know this is really you?", "I've had one of those calls"])
    c.a(["nothing urgent, but you can add a security PIN in the app yourself, don't tell it to me",
         "hang up and ring {helpline}, they'll see the note on your account", "we will never ask you to read out a code, if anyone does, hang up"])
    if p(0.5): c.c(["I'll do that", "thanks for letting me know"]); c.a(["no problem, take care"])
    return "fraud_warning_no_code", c

def h_app_code(reg):
    c = Call(reg, R.choice(["mobile", "broadband"]))
    c.ctx["code"] = R.choice(["one-time code", "six digit code", "verification code"] + (["OTP", "OTP"] if reg == "in" else []))
    c.c(["hi I'm trying to log into the app and it wants a code", "I forgot my PIN", "I'm changing my plan in the app and it's asking for an OTP"])
    c.a(["you'll get a {code} by text, type it into the app yourself, you don't need to read it to me",
         "I'm sending a {code}, please enter it on the reset page, not to me"])
    c.c(["okay, got it, I'm in", "entered it, done", "that worked"])
    c.a(["great. remember, we'll never ask you for that code on a call", "perfect. if anyone ever asks you to read it out, it's not us"])
    if p(0.5): c.c(CUST_BYE)
    return "code_typed_in_app", c

def h_cancel(reg):
    c = Call(reg, R.choice(["tv", "mobile", "broadband"]))
    c.ctx["item"] = R.choice(["sports add-on", "handset insurance", "second line", "cinema pack", "caller tune", "roaming pack", "broadband"])
    c.c(["hi, I'd like to cancel my {item}", "I want to stop the {item} please", "can you cancel the {item}"])
    c.a(["no problem, that's the {item} at {p_add} a month?", "sure, I can see the {item} at {p_add}"])
    c.c(["yes", "yeah that's it"])
    c.a(["you're out of the minimum term so there's no charge, it ends on {date}", "there's 30 days' notice, so it ends on {date}, no fee"])
    c.a(["just to check, you want me to cancel the {item}, yes?", "shall I go ahead with the cancellation?"])
    c.c(["yes please", "yes"])
    c.a(["done, confirmation's on its way", "cancelled, you'll get a text"])
    if p(0.3):
        c.a(["we've got a half price offer if you ever want it back, but no worries if not"]); c.c(["no thanks"]); c.a(["no problem, have a good day"])
    return "cancel_customer_requested", c

def h_deadline(reg):
    c = Call(reg, R.choice(["mobile", "broadband"])); c.a(OPEN); c.c(CUST_HELLO)
    k = R.randrange(3)
    c.a([["your direct debit of {p_cur} didn't go through. if it's paid by {date} there's no fee, and we'll send one reminder text"],
         ["your ID re-verification is due by {date}. you can do it in any store with photo ID, no charge",
          "we need to re-verify your ID by {date}, after that outgoing calls may be restricted until it's done. it's free in store"],
         ["your discount finishes on {date}, after that it's {p_cur} a month. you don't need to do anything if you're happy with that"]][k])
    c.c([["oh, I changed banks", "I'll sort it tonight", "what happens if I miss it?"],
         ["can I do it over the phone?", "okay, I'll go Saturday", "what happens after the date?"],
         ["that's more than now, isn't it?", "what are my options?", "okay, thanks for telling me"]][k])
    c.a([["nothing's being cut off today. you can update it in the app, we won't take card details on this call",
          "you can pay in the app whenever suits you before then, nothing happens today"],
         ["no, it has to be in store, and nobody from {prov} will ask you for a code over the phone for this",
          "if it's not done by then outgoing calls pause until you do it, incoming carries on. that's the only change"],
         ["yes, it is. you can move to a cheaper plan or leave with no fee, the prices are all on the website",
          "you can stay, switch plans or leave, there's no exit fee, and you can decide any time before then"]][k])
    if p(0.6): c.c(CUST_BYE)
    return "real_deadline_once", c

def h_followup(reg):
    c = Call(reg, R.choice(["mobile", "broadband"]))
    c.a(["hi {cust}, it's {agent} from {prov} again, I rang last week about the upgrade, I said I'd follow up once"])
    c.c(["yeah, still not interested really", "no thanks, I'm okay"])
    c.a(["no problem at all, I'll take you off the list for this offer", "that's fine, you won't hear from me about it again"])
    c.c(["cheers", "thanks"])
    return "one_polite_followup", c

def h_rude_cust(reg):
    k = R.randrange(3)
    c = Call(reg, ["mobile", "broadband", "mobile"][k])
    c.c([["I've been on hold forty minutes, your lot are useless, my bill's gone up again"],
         ["my internet's been down three days, this is a joke, I work from home"],
         ["your network is rubbish, I've got one bar at home and calls keep dropping"]][k])
    c.a(["I'm really sorry about that, let me see what I can do", "that's completely fair, I'm sorry", "I hear you, I'm sorry, let me have a look"])
    c.c(["sorry doesn't pay my bills", "don't give me excuses", "just fix it", "you people are clueless"])
    c.a([["the rise is the annual one in your contract, {p_add} a month. I can't undo it, but there's a cheaper plan at {p_new} if you'd like the details, no pressure"],
         ["I've booked an engineer for {day}, no charge, and there's automatic compensation for each full day it's down, you don't need to claim it"],
         ["I can switch on wifi calling for free, and you're month to month so you can leave any time without a fee if it's not good enough"]][k])
    c.c(["fine", "right. thanks I suppose", "I might leave", "whatever, go on then"])
    c.a(["no problem, I understand", "totally up to you, sorry again", "that's fair, and sorry again for the hassle"])
    return "rude_customer_patient_agent", c

def h_budget(reg):
    c = Call(reg, "mobile")
    c.c(["which plan is cheapest?", "money's tight, can I go onto something cheaper?", "I need to cut my bill, what have you got?"])
    c.a(["the cheapest is {p_add} a month with 5 gig, or {p_new} with unlimited", "you can go SIM only at {p_add} a month, that saves you a fair bit"])
    if p(0.5):
        c.c(["and no contract?", "is that the full price?"])
        c.a(["that's the full price, 30 day rolling, no contract", "that's it, no extra fees, and you can leave any time"])
    if p(0.6):
        c.c(["the cheaper one please", "okay, switch me to that"])
        c.a(["okay, {p_add} a month from your next bill, can I take a yes to make that change?"])
        c.c(["yes", "yes, go on"])
        c.a(["done, you'll get a text", "all changed"])
    else:
        c.c(["I'll think", "I'll do it in the app"])
        c.a(["no problem, it's under plans in the app, I won't take payment on this call", "sure, no rush"])
    return "budget_plan_talk", c

def h_port_customer(reg):
    c = Call(reg, "mobile")
    c.c(["hi, I'm leaving, I need my {portcode}", "I'm moving my number to another network, what do I do?"])
    c.a(["no problem, I'll text you the {portcode}, give it only to your new provider, we'll never ask you to read it back",
         "your new provider handles it, they'll send you a code and you enter it with them, not with us"])
    c.c(["okay", "any fees?"])
    c.a(["you've got a final bill of {p_add}, no exit fee", "nothing else to pay, you're out of contract"])
    return "port_customer_initiated", c

def n_engineer(reg):
    c = Call(reg, "broadband"); c.a(OPEN); c.c(CUST_HELLO)
    c.a(["you reported a fault, we need an engineer out, I've got {day} morning or afternoon", "confirming your installation on {day} between 8 and 1"])
    c.c(["morning please", "that's fine", "afternoon is better"])
    c.a(["booked. the engineer will ring half an hour before", "great, you'll get a text the day before"])
    c.c(CUST_BYE)
    return "engineer_visit_booking", c

def n_outage(reg):
    c = Call(reg, R.choice(["mobile", "broadband"])); c.a(OPEN)
    c.a(["we're ringing about the outage in {city}, engineers are on site", "there's a fibre cut near you, the fix is expected tonight"])
    c.c(["oh finally", "when will it be back?", "my signal's been rubbish"])
    c.a(["we expect it back by this evening, we'll text an update", "should be fixed by tomorrow morning, sorry"])
    c.c(CUST_BYE)
    return "outage_update", c

def n_billing(reg):
    c = Call(reg, R.choice(["mobile", "broadband", "tv"]))
    k = R.randrange(3)
    c.c([["why is my bill higher this month?"], ["what's this extra fee on my bill?"], ["I think I've been charged twice"]][k])
    c.a([["let me look... you went over your data, {p_add} extra in usage charges"], ["that's the annual price rise, it was in your contract terms"],
         ["let me check... yes, two payments, that's our error, I'm refunding one now, 3 to 5 working days"]][k])
    c.c(["okay, thanks for explaining", "fair enough", "great", "right, okay"])
    c.a(["anything else I can help with?", "no problem", "sorry about that, have a good day"])
    return "billing_query", c

def n_move(reg):
    c = Call(reg, "broadband")
    c.c(["we're moving house, can I take my broadband?", "I need to change my address"])
    c.a(["yes, same package at the new address, same price", "no problem, what's the new address?"])
    c.c(["great", "okay, it's 4 Rose Lane"])
    c.a(["booked for {date}, no moving fee", "done, the router just plugs in there"])
    return "moving_house", c

HONEST = [(h_retention, 12, True), (h_free_gift, 9, True), (h_fraud_warning, 9, True), (h_app_code, 7, True), (h_cancel, 9, True),
          (h_deadline, 8, True), (h_followup, 5, True), (h_rude_cust, 7, True), (h_budget, 6, True), (h_port_customer, 6, True),
          (n_engineer, 6, False), (n_outage, 6, False), (n_billing, 6, False), (n_move, 4, False)]

QA = [("will I get that in writing?", "yes, I'll send you a summary after the call"), ("sorry, can you repeat that?", "of course, no problem"),
      ("sorry, someone's at the door, one sec", "no worries, take your time"), ("can I ring you back if I've got questions?", "of course, just call {helpline} and quote this call"),
      ("is there anything else I need to know?", "no, that's everything"), ("what's your name again?", "it's {agent}, from {prov}"),
      ("hang on, let me grab a pen", "no rush, take your time"), ("sorry, the line's bad, say again?", "sorry, I said it's all noted on the account"),
      ("is this call recorded?", "yes, calls are recorded for training and quality"), ("and my email on file is right?", "yes, the one ending gmail dot com")]
ARGUE_C = ["I still don't get why you're calling me", "can I call you back?", "I want to speak to a manager", "how do I know you're real?",
           "what's your staff number?", "my husband's at work, can you ring later?", "I need to think about it", "can you send me a letter?",
           "why is this so urgent?", "I'm at work, this isn't a good time"]
ARGUE_N = ["my ID is 4471, I'm {agent} from {prov}", "it's on your account, I can see it here", "I'm calling from {prov}, it's on your bill",
           "a manager will say the same thing", "it's all on the system"]
ARGUE_PR = ["there isn't time for that, it has to be done now", "if you hang up now it'll be too late", "I can't hold this open, decide now",
            "you'll regret it if you leave it, trust me", "calling back won't work, the system closes today"]
ARGUE_AB = ["honestly, you're wasting my time", "don't be silly", "it's not complicated, just listen for once",
            "I've explained this three times now, are you even listening?", "you're being really difficult"]

def slot(call, lo=1):
    """a position right after an agent statement that is followed by a customer turn (a natural place for an aside)"""
    t = call.turns
    cands = [i for i in range(max(lo, 1), len(t)) if t[i - 1]["speaker"] == "agent" and t[i]["speaker"] == "customer"
             and not t[i - 1]["text"].rstrip().endswith("?")]
    if not cands:
        cands = [i for i in range(max(lo, 1), len(t) + 1) if t[i - 1]["speaker"] == "agent"] or [len(t)]
    return R.choice(cands)

def pad_honest(call):
    k = R.choice([0, 0, 0, 1, 1, 2, 2, 3, 4, 6])
    ins = []
    for q, a in R.sample(QA, min(k, len(QA))):
        ins.append({"speaker": "customer", "text": noise(call.reg, call.fmt(q), "customer"), "labels": []})
        ins.append({"speaker": "agent", "text": noise(call.reg, call.fmt(a), "agent"), "labels": []})
    if ins:
        pos = slot(call, 3)
        call.turns[pos:pos] = ins

def pad_argue(call):
    k = R.choice([0, 0, 0, 0, 1, 2, 3, 4, 6, 8])
    labs = {l for t in call.turns for l in t["labels"]}
    ins = []
    cs = R.sample(ARGUE_C, min(k, len(ARGUE_C)))
    pools = {"n": R.sample(ARGUE_N, len(ARGUE_N)), "pr": R.sample(ARGUE_PR, len(ARGUE_PR)), "ab": R.sample(ARGUE_AB, len(ARGUE_AB))}
    for cq in cs:
        ins.append({"speaker": "customer", "text": noise(call.reg, call.fmt(cq), "customer"), "labels": []})
        r = R.random()
        key, lab = ("n", []) if r < 0.45 else (("pr", [PR]) if (r < 0.8 or AB not in labs) else ("ab", [AB]))
        if not pools[key]: key, lab = "pr", [PR]
        if not pools[key]: key, lab = "n", []
        if not pools[key]: break
        ins.append({"speaker": "agent", "text": noise(call.reg, call.fmt(pools[key].pop()), "agent"), "labels": lab})
    if ins and ins[-1]["speaker"] == "customer": ins.pop()
    if ins:
        first = next((i for i, t in enumerate(call.turns) if t["labels"]), 2)
        pos = slot(call, first + 1)
        call.turns[pos:pos] = ins


def pick(weighted):
    tot = sum(w for _, w, *rest in weighted)
    x = R.uniform(0, tot)
    for item in weighted:
        x -= item[1]
        if x <= 0: return item
    return weighted[-1]

def main():
    hand = [json.loads(l) for l in open(os.path.join(HERE, "hand.jsonl"), encoding="utf-8")]
    out = list(hand)
    n = len(hand)
    for i in range(N_GEN):
        reg = R.choice(["uk", "uk", "in", "in", "au", "us"])
        if R.random() < 0.43:
            fn, _, hn = pick(HONEST)
            scen, call = fn(reg)
            pad_honest(call)
        else:
            fn, _ = pick(FAMS_D)
            hn = False
            scen, call = fn(reg)
            if fn.__name__ not in SINGLE_FAMS:
                pad_argue(call)
        labels = sorted({l for t in call.turns for l in t["labels"]})
        if labels: hn = False
        n += 1
        out.append({"id": f"w12-{n:04d}", "lang": "en", "deceptive": bool(labels), "labels": labels, "turns": call.turns,
                    "source": "writer:12", "scenario": f"{scen}_{reg}", "hard_negative": hn, "written": "generator"})
    with open(os.path.join(HERE, "calls.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} calls ({len(hand)} hand, {len(out) - len(hand)} generated)")

if __name__ == "__main__":
    main()
