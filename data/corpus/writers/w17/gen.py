#!/usr/bin/env python3
"""Writer 17 corpus builder: reads hand_*.txt, generates the rest from phrase banks (seed 1717), writes calls.jsonl."""
import json, random, re, os

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 1717
N_GEN_HONEST = 136
N_GEN_DECEPTIVE = 136
ORDER = ["cost_concealment", "fake_cancellation", "fake_reward", "code_request", "consent_bypass", "pressure", "abuse"]
R = random.Random(SEED)

# ---------------------------------------------------------------- hand files
def parse_hand(path):
    calls, cur = [], None
    spk = {"A": "agent", "C": "customer", "U": "unknown"}
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@ "):
            parts = line[2:].split()
            cur = {"scenario": parts[0], "hard_negative": "hn" in parts[1:], "turns": []}
            calls.append(cur)
            continue
        m = re.match(r"^([ACU]): (.*)$", line)
        if not m or cur is None:
            raise SystemExit(f"{path}:{ln}: bad line: {line!r}")
        text, labs = m.group(2), []
        if " || " in text:
            text, lab = text.split(" || ", 1)
            labs = lab.split()
        cur["turns"].append({"speaker": spk[m.group(1)], "text": text.strip(), "labels": labs})
    return calls

# ---------------------------------------------------------------- helpers
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
def words(n):
    if n < 20: return ONES[n]
    if n < 100: return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000: return ONES[n // 100] + " hundred" + ("" if n % 100 == 0 else " " + words(n % 100))
    return words(n // 1000) + " thousand" + ("" if n % 1000 == 0 else " " + words(n % 1000))

def price(dollars, cents=None):
    """several surface forms of a price"""
    if cents is None:
        cents = R.choice([0, 99, 99, 49, 95])
    f = R.randrange(4)
    if f == 0:
        return f"${dollars}.{cents:02d}" if cents else f"${dollars}"
    if f == 1:
        return f"{dollars}.{cents:02d} dollars" if cents else f"{dollars} dollars"
    if f == 2:
        return words(dollars) + (" " + words(cents) if cents else " dollars")
    return words(dollars) + " dollars" + (" and " + words(cents) + " cents" if cents else "")

def data_amt(n):
    return R.choice([f"{n}G", f"{n} gigabytes", f"{words(n)} g", f"{words(n)} gigs", f"{n} GB"])

def pick(x):
    return R.choice(x)

def fill(s, ctx):
    return s.format(**ctx)

# ---------------------------------------------------------------- recognizer-style surface
FILLERS = ["uh", "um", "like", "you know", "uh", "so", "i mean"]
MISHEAR = {"account": "a count", "verification": "very fication", "membership": "member ship", "suspended": "suspend it",
           "warranty": "warren tee", "subscription": "subscript in", "refund": "re fund", "customs": "custom", "parcel": "parcel",
           "renewal": "renew all", "officer": "office her", "balance": "ballots", "code": "cold", "meter": "meet her"}
def digits_to_words(m):
    s = m.group(0)
    if len(s) >= 4 and R.random() < 0.5:  # read digit by digit
        return " ".join(ONES[int(c)] for c in s)
    n = int(s)
    return words(n) if n < 100000 else s

def asr(text, misheard_rate=0.04):
    t = text.lower()
    t = t.replace("$", "")
    t = re.sub(r"(\d+)\.(\d\d)", lambda m: m.group(1) + " " + m.group(2), t)
    if R.random() < 0.6:
        t = re.sub(r"\b\d+\b", digits_to_words, t)
    t = re.sub(r"[^\w\s'-]", " ", t)
    t = t.replace("-", " ")
    toks = t.split()
    out = []
    for i, w in enumerate(toks):
        if i == 0 and R.random() < 0.2:
            out.append(pick(FILLERS))
        if w in MISHEAR and R.random() < misheard_rate * 5 and w != "code":
            w = MISHEAR[w]
        out.append(w)
        r = R.random()
        if r < 0.02:
            out.append(w)  # repeated word
        elif r < 0.045 and i < len(toks) - 1:
            out.append(pick(FILLERS))
    if len(out) > 6 and R.random() < 0.08:  # false start
        k = R.randint(1, 3)
        out = out[:k] + ["uh"] + out
    return " ".join(out)

# ---------------------------------------------------------------- shared banks
NAMES = ["Linda", "Mr. Patel", "Mrs. Okafor", "James", "Ms. Nguyen", "Carol", "Mr. Rossi", "Diane", "Mr. Kim", "Ana"]
AGENTS = ["Kevin", "Steve", "Rachel", "Tony", "Emily", "Jason", "Sara", "Daniel", "Mike", "Nina", "Rick", "Amy"]
ECOM = ["Amazon", "Walmart", "Target", "eBay", "Best Buy", "Costco online"]
ITEMS = [("an iPhone 15 Pro", 1299), ("a MacBook Air", 1149), ("a PlayStation 5 bundle", 749), ("a 65-inch Samsung TV", 1099),
         ("a pair of AirPods Max", 549), ("a Dyson vacuum", 649), ("a gaming laptop", 1899), ("an Xbox Series X", 599)]
SUBS = [("Netflix premium", 229), ("Norton 360", 399), ("McAfee Total Protection", 349), ("iCloud storage plan", 299),
        ("Amazon Prime", 139), ("Geek Squad protection", 399), ("Disney Plus annual", 139), ("Walmart Plus", 98),
        ("Google One cloud storage", 199), ("Hulu live TV", 899), ("Kaspersky antivirus", 289), ("Dropbox family plan", 239)]
GOV = [("the Social Security Administration", "your social security number"), ("the IRS", "your tax file"),
       ("the county sheriff's office", "your case"), ("Customs and Border Protection", "your passport record"),
       ("the Department of Motor Vehicles", "your driver's license"), ("the federal benefits office", "your benefits")]
UTIL = [("City Power and Light", "power"), ("Metro Water", "water"), ("Tri-State Gas", "gas"), ("Evergreen Electric", "electricity"),
        ("Valley Water Authority", "water"), ("Northern Gas and Electric", "gas")]
COURIERS = ["DHL", "FedEx", "UPS", "USPS", "Parcelforce", "QuickShip"]
STORES = ["ShopRight", "MegaMart", "FreshCo", "StyleHub", "TechZone", "HomeBase"]
CARRIERS = ["your mobile carrier", "Bluewave Mobile", "Nova Wireless", "your internet provider", "HomeNet Fiber"]

def ctx_new():
    item, ip = pick(ITEMS); sub, sp = pick(SUBS); gov, govobj = pick(GOV); util, ures = pick(UTIL)
    return dict(name=pick(NAMES), agent=pick(AGENTS), shop=pick(ECOM), item=item, iprice=price(ip), sub=sub,
                sprice=price(sp), gov=gov, govobj=govobj, util=util, ures=ures, courier=pick(COURIERS), store=pick(STORES),
                carrier=pick(CARRIERS), n=pick(["six", "6", "four", "4", "5-digit", "six-digit"]),
                mins=pick(["30 minutes", "an hour", "two hours", "forty-five minutes", "the next hour"]),
                fee=price(pick([2, 3, 4, 9, 19, 29]), pick([0, 99, 49])), big=price(pick([180, 240, 310, 450, 620]), 0),
                data=data_amt(pick([10, 15, 20, 30, 50])), date=pick(["March 3rd", "the 15th", "June 1st", "September 30th",
                "next Monday", "Friday the 12th", "the first of the month"]), pct=pick(["50", "fifty", "30", "thirty"]))

# ---------------------------------------------------------------- deceptive modules
# each module: list of (speaker, text, labels) ; "A" agent, "C" customer ; mono modules use "U"
FC_INTRO = {
 "ecom": ["This is {shop} order support. An order for {item} at {iprice} was just placed on your account.",
          "hi this is {shop} fraud team we see a purchase of {item} for {iprice} going through on your card",
          "Hello, {shop} here. Your order of {item}, {iprice}, is about to ship to an address in Florida."],
 "sub": ["Hi, this is the billing desk for {sub}. Your subscription auto-renewed today for {sprice}.",
         "this is {sub} customer care your annual renewal of {sprice} is scheduled to come out of your account tomorrow",
         "Hello, I'm calling about your {sub} membership. It's set to renew at {sprice} tonight."],
 "carrier": ["I'm calling from {carrier}. Last year you were given a gifted video membership, and from next month it starts charging {sprice}.",
             "hi this is {carrier} customer service a premium add-on was activated on your line and you'll be billed {sprice} on your next bill"],
 "util": ["This is {util}. There's a pending meter replacement charge of {big} on your account that will post today.",
          "hi this is {util} billing a late reconnection fee of {big} has been added to your account"],
}
FC_OFFER = ["If you didn't authorize that, I can cancel it for you right now.", "Do you want me to cancel it?",
            "shall i go ahead and cancel that for you", "I can stop the charge before it goes through, would you like that?",
            "i can reverse it and get you a full refund"]
C_DENY = ["I never ordered that.", "what i didnt sign up for anything", "I don't have that subscription.", "huh no that wasnt me",
          "What? No.", "i dont know what youre talking about", "Okay...", "yes cancel it i guess"]
CODE = ["To verify, you'll get a {n} code by text. Please read it to me.", "ok you should be getting a code now just read me the numbers",
        "For security I need the verification code we just sent you.", "tell me the number you just got in the text message",
        "I'm sending a one-time passcode to your phone, I just need you to repeat it back to me.",
        "can you read out the pin code that came through please its for the cancellation"]
C_CODE = ["Hold on, it's coming.", "why do you need that", "It says not to share it.", "uh ok hang on", "I don't know if I should."]
PRESS = ["You need to do this right now, the window closes in {mins}.", "if you hang up the charge cannot be reversed",
         "This is your final notice. After today there's nothing we can do.", "mam you must decide now i cant hold this for you",
         "If you don't act now, your account will be suspended.", "Listen, I'm trying to help you, but you have to do it now, today."]
PRESS_AFTER_NO = ["I hear you, but you really should take it, it's only available today.", "are you sure because after this call the offer is gone",
                  "Just listen for one more minute. This deal won't come again.", "no no wait dont hang up just let me finish",
                  "Everyone says no at first. Let me explain it again."]
PRESS_AFTER_NO_THREAT = ["You don't get to say no to this, it goes through today unless we fix it now.",
                         "if you refuse im marking the account for shutoff and legal review", "Saying no won't stop it. Stay on the line.",
                         "mam this is not optional you need to deal with it right now"]
C_NO = ["No, thank you.", "no im not interested", "I said no.", "No. Please stop.", "not interested bye", "No thanks, I'm good."]
ABUSE = ["Are you stupid or something?", "dont waste my time mam", "Wow, you really don't understand anything, do you?",
         "stop being difficult its not that hard", "Honestly, people like you are the problem.", "are you deaf i just told you"]
REWARD = ["Congratulations, you've been selected as one of our star customers this year.", "hi good news youve been chosen for our loyalty upgrade",
          "As a thank-you for being a loyal customer, we're adding {data} of data to your plan.",
          "you have won a {store} gift card worth five hundred dollars", "You've been rated a VIP member, so we're giving you a free premium upgrade.",
          "congrats your number was picked in our monthly prize draw"]
C_REWARD = ["Oh, really?", "ok what do i have to do", "What's the catch?", "hmm", "Is this real?"]
COST = ["It's a gift, nothing extra, your package tariff stays the same.", "its free you wont notice anything on the bill",
        "There's just a tiny service fee, basically nothing.", "dont worry about the price its all taken care of",
        "You only pay {fee} for shipping, that's it, it's practically free."]
C_ASK_FREE = ["So it's free?", "is it free or not", "How much does it cost?", "what will my bill be then", "And nothing else?"]
COST_DODGE = ["Let's not worry about the numbers, it's basically the same as now.", "it's really a small adjustment you wont even see it",
              "Don't worry about it, it's included."]
CONSENT = ["Okay, I'll take that as a yes and activate it.", "no need to confirm ill handle it for you", "Great, I've gone ahead and signed you up.",
           "I'll sign for you, it's just a formality.", "ok its done ive activated it on your account"]
C_HMM = ["Hmm.", "mm", "uh", "Wait...", "i dont know", "Let me think."]
GOVTHREAT = ["This is {gov}. {govobj_c} has been flagged for suspicious activity and will be suspended today.",
             "this is an officer from {gov} there is a warrant pending in your name",
             "Legal action has been filed by {gov}. If you don't respond, local police will come to your address."]
GOVCANCEL = ["To cancel the suspension, we need to verify you and process a settlement payment now.",
             "we can cancel the case today if you stay on the line and pay the fine",
             "I can cancel the warrant if you cooperate right now."]
UTILTHREAT = ["This is {util}. Your {ures} will be disconnected in {mins} because of a missed payment.",
              "hi {util} here a technician is on the way to shut off your {ures} today",
              "Final notice from {util}: your {ures} service is scheduled for disconnection this afternoon."]
PARCEL = ["Hello, this is {courier}. Your parcel is held at customs and needs a clearance fee of {fee}.",
          "hi {courier} calling we tried to deliver your package theres a redelivery charge of {fee}",
          "This is {courier} delivery. Your package can't be released until a small handling fee of {fee} is paid."]
TECH = ["Hello, this is the Windows security department. Your computer is sending us virus alerts.",
        "hi im calling from microsoft technical support your ip address was hacked",
        "This is Apple support. Someone tried to access your iCloud from another country."]
LEADIN = [("A", "Hello, am I speaking with {name}?"), ("C", "Yes, speaking."), ("A", "How are you today?"), ("C", "fine who is this"),
          ("A", "Thanks for taking my call. It'll just take a minute."), ("C", "Okay."),
          ("A", "before we start can you confirm the zip code on the account"), ("C", "sure its the same as always"),
          ("A", "And you're still at the same address?"), ("C", "yep")]

GREET = [(["Hello, am I speaking with {name}?", "hi is this {name}", "Good afternoon, may I speak to {name}?", "hello hello can you hear me"],
          ["Yes, speaking.", "yeah who's this", "This is she.", "yes i can hear you"]),
         (["Hi there, how are you doing today?", "hey good morning hows it going"], ["Fine, who is this?", "ok i guess", "Busy. What is it?"])]
NEUTRAL = [(["Thanks for taking my call, it'll just take a minute.", "i wont keep you long"], ["Okay.", "ok go ahead", "Make it quick."]),
           (["Before we start, can I confirm I'm speaking with the account holder?", "can you just confirm your name for me"], ["Yes, that's me.", "uh yeah its {name}"]),
           (["Are you still at the same address?", "is this still the best number to reach you"], ["Yep.", "yes", "I think so."]),
           (["Sorry, there's a bit of noise on my end. Can you hear me okay?", "sorry the line is bad can you hear me now"], ["Yes, I can hear you.", "yeah its fine"]),
           (["I'm calling about your account with us.", "this is a quick call about your account"], ["Which account?", "ok what about it"]),
           (["Do you have a minute?", "is now a good time"], ["I guess so.", "a minute yeah", "Sure."])]

def L(*labs):
    return list(labs)

def gen_deceptive(i):
    ctx = ctx_new()
    ctx["govobj_c"] = ctx["govobj"][0].upper() + ctx["govobj"][1:]
    family = pick(["fc_ecom", "fc_ecom", "fc_sub", "fc_sub", "fc_carrier", "gov", "gov", "util", "parcel", "prize",
                   "prize", "tech", "upsell", "upsell", "pushy", "fc_util"])
    mono = family in ("fc_ecom", "fc_sub", "gov", "util", "parcel", "prize") and R.random() < 0.35
    t = []
    def A(text, *labs): t.append(("U" if mono else "A", fill(text, ctx), list(labs)))
    def C(text):
        if not mono: t.append(("C", fill(text, ctx), []))
    # lead-in (neutral), sometimes long so the deceptive turn is late
    if not mono:
        pairs = pick([0, 0, 1, 1, 2, 3, 4, 5])  # neutral agent/customer exchanges before the pitch
        chosen = ([pick(GREET)] if pairs else []) + R.sample(NEUTRAL, max(0, pairs - 1))
        for qa, ans in chosen:
            t.append(("A", fill(pick(qa), ctx), [])); t.append(("C", fill(pick(ans), ctx), []))
    else:
        if R.random() < 0.5:
            A(pick(["This is an automated message.", "hello this is a recorded message", "Please listen carefully to this important message."]))
    extras = []
    if family.startswith("fc_"):
        key = {"fc_ecom": "ecom", "fc_sub": "sub", "fc_carrier": "carrier", "fc_util": "util"}[family]
        A(pick(FC_INTRO[key]), "fake_cancellation")
        if mono:
            A(pick(["press 1 to cancel this order and speak to an agent", "To cancel this charge, press 1 now.",
                    "If you did not authorize this, press 9 to cancel.", "call us back today to cancel and get your refund"]), "fake_cancellation")
            extras = R.sample(["pressure", "pressure", "code_request"], k=R.choice([1, 1, 2]))
        else:
            C(pick(C_DENY)); A(pick(FC_OFFER), "fake_cancellation"); C(pick(C_DENY + C_HMM))
            extras = R.sample(["code_request", "pressure", "abuse", "consent_bypass", "pressure"], k=R.choice([1, 2, 2, 3]))
    elif family == "gov":
        A(pick(GOVTHREAT), "pressure")
        C(pick(["What? Why?", "i havent done anything", "Is this a joke?", "oh my god"]))
        A(pick(GOVCANCEL) if not mono else pick(["Press 1 to cancel the suspension and speak to an officer.", "press 9 to cancel the case against you now"]),
          "fake_cancellation")
        extras = R.sample(["pressure", "abuse", "code_request"], k=R.choice([0, 1, 2]))
    elif family == "util":
        A(pick(UTILTHREAT), "pressure")
        C(pick(["But I paid last week.", "what no i have autopay", "Can I call you back?"]))
        if R.random() < 0.5:
            A(pick(["There's also a pending reconnection charge of {big}, I can cancel it for you if you pay now.",
                    "we show a duplicate deposit charge of {big} coming out today do you want me to cancel it"]), "fake_cancellation")
        extras = R.sample(["pressure", "abuse", "consent_bypass"], k=R.choice([1, 1, 2]))
    elif family == "parcel":
        A(pick(PARCEL), "cost_concealment" if R.random() < 0.5 else None)
        if t[-1][2] == [None]:
            t[-1] = (t[-1][0], t[-1][1] + " " + pick(["It's nothing really, a formality.", "its basically free just a small handling cost"]), ["cost_concealment"])
        C(pick(["I'm not expecting any parcel.", "oh which package", "Why do I have to pay?"]))
        extras = R.sample(["pressure", "code_request", "consent_bypass"], k=R.choice([1, 2]))
    elif family == "prize":
        A(pick(REWARD), "fake_reward"); C(pick(C_REWARD))
        A(pick(COST), "cost_concealment")
        extras = R.sample(["code_request", "pressure", "consent_bypass", "abuse"], k=R.choice([1, 2]))
    elif family == "tech":
        A(pick(TECH), "pressure"); C(pick(["What? How do you know?", "oh no", "I didn't notice anything."]))
        A(pick(["Also your security subscription renewed for {sprice}. I'll cancel it and refund you.",
                "you were charged {sprice} for a firewall renewal we can cancel it for you"]), "fake_cancellation")
        if R.random() < 0.4:
            C(pick(C_HMM)); A(pick(["I'll also move you to our premium protection, it's free, nothing changes on your bill.",
                                    "and ill add the lifetime support package its complimentary you wont see it on your statement"]), "cost_concealment")
        extras = R.sample(["consent_bypass", "code_request", "abuse"], k=R.choice([1, 2, 2]))
    elif family == "upsell":
        A(pick(REWARD), "fake_reward"); C(pick(C_REWARD + C_ASK_FREE))
        A(pick(COST), "cost_concealment"); C(pick(C_ASK_FREE))
        A(pick(COST_DODGE), "cost_concealment")
        extras = R.sample(["consent_bypass", "consent_bypass", "pressure", "abuse"], k=R.choice([1, 2]))
    elif family == "pushy":
        if R.random() < 0.8:
            A(pick(REWARD), "fake_reward"); C(pick(C_REWARD))
        A(pick(["I'm calling about our {store} shopping membership, {pct} percent off every order.",
                "hi this is {agent} with a special offer on a home security system"]))
        C(pick(C_NO))
        A(pick(PRESS_AFTER_NO), "pressure"); C(pick(C_NO))
        extras = R.sample(["abuse", "pressure", "fake_reward"], k=R.choice([1, 2]))
    for e in extras:
        if e == "code_request":
            A(pick(CODE) if not mono else pick(["To verify your identity, read out the code we text you to the agent when you are connected.",
                                                "you will receive a verification code please tell it to the representative when connected"]), "code_request")
            C(pick(C_CODE))
        elif e == "pressure":
            if not mono and R.random() < 0.4:
                C(pick(C_NO)); A(pick(PRESS_AFTER_NO if family in ("prize", "upsell", "pushy") else PRESS_AFTER_NO_THREAT), "pressure")
            else:
                A(pick(PRESS) if not mono else pick(["Failure to respond within 24 hours will result in suspension.", "this is your final notice",
                                                     "If we don't hear from you today, the charge becomes permanent." if family.startswith("fc_")
                                                     else "If we don't hear from you today, enforcement action will begin."]), "pressure")
            C(pick(["Okay, okay.", "i need to think", "Let me call you back.", "hmm"]))
        elif e == "abuse" and not mono:
            C(pick(["I want to check this myself first.", "i dont trust this", "Can you send me something in writing?"]))
            A(pick(ABUSE), "abuse")
        elif e == "consent_bypass" and mono:
            A(pick(["We have already enrolled you in the protection plan on your behalf, no confirmation is needed.",
                    "your account has been automatically signed up for the payment program you do not need to reply"]), "consent_bypass")
        elif e == "consent_bypass":
            C(pick(C_HMM)); A(pick(CONSENT), "consent_bypass")
        elif e == "fake_reward":
            A(pick(["Look, you've been specially selected, that's why I'm calling you.", "you were picked as a top customer this is exclusive"]), "fake_reward")
            C(pick(C_NO))
    # drop trailing customer turn sometimes, add a closing sometimes
    if t and t[-1][0] == "C" and R.random() < 0.3:
        t.pop()
    merged = []
    for sp, tx, labs in t:  # no two consecutive turns by the same speaker in two-party calls
        labs = [l for l in labs if l]
        if merged and not mono and merged[-1][0] == sp:
            merged[-1] = (sp, merged[-1][1] + " " + tx, merged[-1][2] + [l for l in labs if l not in merged[-1][2]])
        else:
            merged.append((sp, tx, labs))
    turns = [{"speaker": {"A": "agent", "C": "customer", "U": "unknown"}[sp], "text": tx, "labels": labs} for sp, tx, labs in merged]
    return {"scenario": "gen_" + family, "hard_negative": False, "turns": turns[:25]}

# ---------------------------------------------------------------- honest modules
def gen_honest(i):
    ctx = ctx_new()
    fam = pick(["renewal_reminder", "renewal_reminder", "order_confirm", "order_confirm", "utility_notice", "utility_notice",
                "delivery_code", "delivery_code", "refund_requested", "refund_requested", "gov_reminder", "ivr_menu",
                "rude_customer", "polite_followup", "honest_upgrade", "identity_check", "free_reward", "price_talk",
                "plain_appointment", "plain_info"])
    hn = fam not in ("plain_appointment", "plain_info")
    t = []
    def A(x): t.append(("agent", fill(x, ctx)))
    def C(x): t.append(("customer", fill(x, ctx)))
    def U(x): t.append(("unknown", fill(x, ctx)))
    sub, sp = pick(SUBS); ctx["sub"] = sub; ctx["sprice"] = price(sp)
    if fam == "renewal_reminder":
        if R.random() < 0.6:
            U(pick(["This is a reminder from {sub}. Your plan renews on {date} for {sprice}.",
                    "hi this is {sub} your subscription will renew on {date} the price is {sprice}",
                    "Courtesy notice: your {sub} renews automatically on {date} at {sprice}."]))
            U(pick(["You can cancel or change it anytime in your account settings. No action is needed to keep it.",
                    "if you want to cancel you can do it in the app before that date we will never ask for a code by phone",
                    "To manage auto-renew, sign in on our website. We don't take payments over the phone."]))
        else:
            A(pick(["Hi, this is {agent} from {sub}. Just a heads-up that your plan renews on {date} for {sprice}.",
                    "hi its {agent} with {sub} calling to let you know your renewal on {date} is {sprice}"]))
            C(pick(["Okay, thanks.", "oh can i cancel it", "Good to know."]))
            if "cancel" in t[-1][1]:
                A("Sure. Do you want me to turn off auto-renew? Your access stays until {date}."); C(pick(["Yes, please.", "yes do that"]))
                A("Done, auto-renew is off and you won't be charged. You'll get a confirmation email.")
            else:
                A(pick(["You can manage it in your account anytime. Have a good day.", "ok no action needed have a great day"]))
    elif fam == "order_confirm":
        C(pick(["Hi, I'd like to order {item}.", "hey yeah i want to buy {item}", "Can I place an order for {item}?"]))
        A(pick(["Sure. That's {iprice} plus tax, delivered in three to five days. Do you want me to place the order?",
                "ok thats {iprice} with free shipping should i go ahead and place it"]))
        C(pick(["Yes, please.", "yes go ahead", "Yeah, do it.", "yes"]))
        A(pick(["Done. Your order number is {onum}. You'll get a confirmation email shortly.",
                "great its placed order number {onum} youll get a text when it ships"]).replace("{onum}", str(R.randint(10000, 99999))))
    elif fam == "utility_notice":
        v = R.randrange(3)
        if v == 0:
            U(pick(["This is {util}. Planned maintenance will interrupt your {ures} on {date} from 9 a.m. to 1 p.m.",
                    "hi this is {util} your {ures} will be off on {date} for about four hours for pipe repairs"]))
            U(pick(["No action or payment is needed. Thank you for your patience.", "there is no charge for this work thank you"]))
        elif v == 1:
            A("Hi, this is {util} calling about your account. Your balance of {big} is past due.")
            A(pick(["Service may be disconnected after {date} if it stays unpaid. You can pay on our website, by mail, or ask for a payment plan.",
                    "if its not paid by {date} service could be interrupted you can pay through the number on your bill or set up a plan"]))
            C(pick(["Okay, I'll pay it online.", "can i do a payment plan", "thanks ill take care of it"]))
            A(pick(["Thanks. That's all I needed.", "sure you can set that up on the website or call the number on the bill"]))
        else:
            U(pick(["This is {util}. Your bill for {sprice} is now available online and is due on {date}.",
                    "hello from {util} your autopay of {sprice} will be taken on {date} no action needed"]))
    elif fam == "delivery_code":
        v = R.randrange(3)
        if v == 0:
            A(pick(["Hi, it's {agent} from {courier}, I'm outside with your parcel.", "hey this is {courier} delivery im at your door"]))
            C(pick(["Coming down.", "ok one sec"]))
            A(pick(["Great, I just need the pickup code from your delivery text.", "can you give me the parcel pickup code from the message we sent"]))
            C("It's " + " ".join(str(R.randint(0, 9)) for _ in range(4)) + ".")
            A(pick(["That's it, thanks. Have a good day.", "perfect thats a match enjoy"]))
        elif v == 1:
            U(pick(["Your {courier} parcel is in locker 14 at the Main Street station. Enter the pickup code from your text on the locker screen.",
                    "hi {courier} here your package is ready at the pickup point type the code from your sms on the locker to open it"]))
            U(pick(["Our staff will never ask you to read the code to them.", "no payment is required"]))
        else:
            C("Hi, the locker won't open with my code.")
            A(pick(["Okay, don't read it to me. Just type it again on the screen and press the green button.",
                    "no problem please dont tell me the code just retype it on the keypad slowly"]))
            C(pick(["Oh, it opened.", "ok got it thanks"]))
    elif fam == "refund_requested":
        C(pick(["Hi, I'd like a refund for {item}, it arrived broken.", "hey i want to return {item} it doesnt work",
                "I was charged twice for my {sub} renewal, can I get one refunded?", "i want to cancel my {sub} and get a refund for this month"]))
        A(pick(["Sorry about that. Can I have your order number or email?", "ok let me pull up the account whats the email on it"]))
        C(pick(["It's on the email, order {o}.", "sure its my name at mail dot com"]).replace("{o}", str(R.randint(1000, 99999))))
        A(pick(["Thanks. I've issued a full refund to your original payment method. It'll show in three to five days.",
                "ok done the refund is processed youll see it back on your card in a few days and a confirmation email now"]))
        if R.random() < 0.5:
            C(pick(["Thanks.", "great thank you"]))
    elif fam == "gov_reminder":
        U(pick(["This is the {office} reminding you of your appointment on {date} at 10 a.m. Please bring your ID.",
                "hi this is the {office} your appointment is on {date} at two pm bring the documents listed in your letter"]).replace("{office}", pick(
                ["Social Security field office", "passport office", "county clerk's office", "DMV", "tax assistance center", "city permit office"])))
        U(pick(["We will not ask for any payment or personal information by phone.", "you do not need to call back or provide anything",
                "If you need to reschedule, use the number in your appointment letter."]))
    elif fam == "ivr_menu":
        U(pick(["Thank you for calling {util}. To pay your bill, press 1. To report an outage, press 2. For all other questions, press 0.",
                "welcome to {shop} customer service for order status press 1 for returns and refunds press 2 to speak to someone press 0",
                "You've reached {courier}. To track a package, press 1. To reschedule a delivery, press 2.",
                "thanks for calling {sub} support for billing press 1 for technical help press 2"]))
        if R.random() < 0.6:
            U(pick(["Please note we will never ask for your password or a one-time code.", "calls may be recorded for quality"]))
    elif fam == "rude_customer":
        A(pick(["Thanks for calling {util}, this is {agent}.", "hi {shop} support this is {agent}", "{sub} billing, how can I help?"]))
        C(pick(["Your company is useless. Why is my bill so high?", "you people charged me again this is ridiculous",
                "I've been on hold forever, are you idiots or what?", "this is a scam you guys are thieves"]))
        A(pick(["I'm sorry about the wait. Let me look. I see the charge of {sprice} was your regular renewal on {date}. Would you like me to cancel future renewals?",
                "sorry about that let me check ok the bill went up because the promo ended i can show you cheaper plans if you want"]))
        C(pick(["Yes. Cancel it.", "whatever fine show me", "Just fix it."]))
        A(pick(["Done, future renewals are cancelled. You'll get an email confirmation.", "ok ive sent the options by email nothing is changed unless you pick one"]))
    elif fam == "polite_followup":
        A(pick(["Hi, this is {agent} from {carrier}. We have a plan with {data} more data for ten dollars extra a month. Interested?",
                "hi im calling from {store} about our membership its forty nine a year with free delivery would you like it"]))
        C(pick(C_NO))
        A(pick(["No problem. Would you like me to email the details in case you change your mind?", "ok no worries can i send you the info by text"]))
        C(pick(["No, thanks.", "no its fine"]))
        A(pick(["Okay. Have a good day.", "got it take care"]))
    elif fam == "honest_upgrade":
        A(pick(["The premium plan adds {data} and costs twelve dollars more a month, so your bill goes to fifty-two. Do you want it?",
                "so upgrading is an extra {fee} per month on top of your current bill do you want to go ahead"]))
        C(pick(["Yes, I want it.", "yeah ok yes", "Sure, yes please."]))
        A(pick(["Okay, confirmed. It starts on your next bill and you'll get a text with the new price.",
                "great its confirmed youll see it from the next cycle"]))
    elif fam == "identity_check":
        A(pick(["Before I access the account, can you confirm your full name and date of birth?", "can i get your name and the billing zip code please"]))
        C(pick(["{name}, June 4th 1972.", "sure its {name} and zip 30301"]))
        A(pick(["Thanks, you're verified. We'll never ask you for a code sent to your phone. How can I help?",
                "thank you youre all set what can i do for you today"]))
        if R.random() < 0.5:
            C(pick(["I want to update my address.", "i moved can you change my address"])); A(pick(["Done, the address is updated.", "ok its updated"]))
        else:
            C(pick(["I need to check my last payment.", "when did my last payment go through"])); A(pick(["Your last payment of {sprice} posted on {date}.", "it posted on {date} for {sprice}"]))
    elif fam == "free_reward":
        U(pick(["Hi from {store} rewards. You've earned a free coffee, it's already loaded on your card. Nothing to pay or sign.",
                "this is {store} your points balance gives you ten dollars off next time its applied automatically at checkout",
                "Thanks for shopping at {store}. Your birthday reward, a free dessert, is on your account. No purchase needed."]))
    elif fam == "price_talk":
        C(pick(["How much is the unlimited plan?", "whats the cheapest plan you have", "What would my bill be if I add a line?"]))
        A(pick(["The unlimited plan is sixty dollars a month before tax.", "the basic plan is twenty five a month with {data}",
                "Adding a line is twenty dollars a month, so your total would be eighty-five."]))
        C(pick(["That's too much for my budget.", "ok ill think about it", "Alright, thanks."]))
        A(pick(["Understood. Let us know if anything changes.", "sure no problem"]))
    elif fam == "plain_appointment":
        A(pick(["Hi, this is Dr. Lee's office confirming your appointment on {date} at nine.", "hi its the salon confirming your haircut on {date}"]))
        C(pick(["Yes, I'll be there.", "yep thanks"]))
        A(pick(["Great, see you then.", "ok bye"]))
    elif fam == "plain_info":
        U(pick(["Hello, this is the city library. The branch will close early on {date} for staff training.",
                "hi its the school office reminding parents that {date} is picture day",
                "This is the community center. Yoga class moves to room 3 starting {date}."]))
    turns = [{"speaker": sp, "text": tx, "labels": []} for sp, tx in t]
    return {"scenario": "gen_" + fam, "hard_negative": hn, "turns": turns}

def finalize(c, idx, origin):
    labs = set()
    for t in c["turns"]:
        labs.update(t["labels"])
    labels = [l for l in ORDER if l in labs]
    return {"id": f"w17-{idx:04d}", "lang": "en", "source": "writer:17", "scenario": c["scenario"],
            "hard_negative": c["hard_negative"] and not labels, "deceptive": bool(labels), "labels": labels,
            "notes": origin, "turns": c["turns"]}

def main():
    hand = parse_hand(os.path.join(HERE, "hand_deceptive.txt")) + parse_hand(os.path.join(HERE, "hand_honest.txt"))
    gen = [gen_deceptive(i) for i in range(N_GEN_DECEPTIVE)] + [gen_honest(i) for i in range(N_GEN_HONEST)]
    R.shuffle(gen)
    for c in gen:
        if any(t["speaker"] != "unknown" for t in c["turns"]):  # merge consecutive same-speaker turns
            m = []
            for t in c["turns"]:
                if m and m[-1]["speaker"] == t["speaker"]:
                    m[-1]["text"] += " " + t["text"]
                    m[-1]["labels"] += [l for l in t["labels"] if l not in m[-1]["labels"]]
                else:
                    m.append(t)
            c["turns"] = m
        if R.random() < 0.5:  # about half of the generated calls in recognizer style
            for t in c["turns"]:
                t["text"] = asr(t["text"])
        else:  # clean style: sentence-case every turn
            for t in c["turns"]:
                t["text"] = t["text"][0].upper() + t["text"][1:]
    out, idx = [], 1
    for c in hand:
        out.append(finalize(c, idx, "hand-written")); idx += 1
    for c in gen:
        out.append(finalize(c, idx, "generated")); idx += 1
    with open(os.path.join(HERE, "calls.jsonl"), "w", encoding="utf-8") as f:
        for c in out:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} calls ({len(hand)} hand, {len(gen)} generated)")

if __name__ == "__main__":
    main()
