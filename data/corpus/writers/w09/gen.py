#!/usr/bin/env python3
"""writer 09 generator: builds calls.jsonl = hand.jsonl + generated calls.
Deterministic (seed 9009). Own phrase banks; ASR-style noise applied per turn.
Run: python3 gen.py   (after build_hand.py has produced hand.jsonl)"""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(9009)
N_GEN = 330

FR, CC, FC, CR, CB, PR, AB = ("fake_reward", "cost_concealment", "fake_cancellation", "code_request",
                              "consent_bypass", "pressure", "abuse")

# ---------------------------------------------------------------- numbers
ONES = "zero one two three four five six seven eight nine".split()
WORDNUM = {5: "five", 10: "ten", 12: "twelve", 15: "fifteen", 19: "nineteen", 20: "twenty", 25: "twenty five",
           29: "twenty nine", 30: "thirty", 35: "thirty five", 38: "thirty eight", 39: "thirty nine",
           40: "forty", 48: "forty eight", 58: "fifty eight", 68: "sixty eight", 78: "seventy eight",
           88: "eighty eight", 98: "ninety eight", 128: "one twenty eight", 3: "three", 2: "two", 1: "one",
           6: "six", 7: "seven", 8: "eight", 50: "fifty", 100: "a hundred", 118: "one eighteen", 24: "twenty four"}

def num(n):
    """render a number the way a recognizer might"""
    opts = [str(n)]
    if n in WORDNUM:
        opts += [WORDNUM[n]] * 2
    if 10 <= n < 100 and R.random() < 0.4:
        opts.append(" ".join(ONES[int(d)] for d in str(n)))
    return R.choice(opts)

def code_digits(k=6):
    ds = [R.randint(0, 9) for _ in range(k)]
    mode = R.random()
    if mode < 0.4:
        return " ".join(str(d) for d in ds)
    if mode < 0.7:
        return " ".join(ONES[d] if d else R.choice(["zero", "oh"]) for d in ds)
    return " ".join(str(d) if R.random() < 0.5 else ONES[d] for d in ds)

def op():
    return R.choice(["ten oh oh eight six", "10086", "1 0 0 8 6", "ten zero zero eight six", "one double oh eight six",
                     "ten o o eight six", "10 0 86"])

def data_amt():
    return R.choice(["fifteen g", "15 gigabytes", "fifteen gig", "one five g", "15 g", "fifteen gee", "15 gig",
                     "fif teen g", "fifteen giga bites", "twenty g", "ten gig", "30 g"])

def last4():
    return " ".join(str(R.randint(0, 9)) for _ in range(4))

# ---------------------------------------------------------------- ASR noise
MISHEAR = [
    ("star user", ["star youth her", "star use her", "stare user", "star you sir", "star user"]),
    ("star users", ["star youth hers", "star use hers", "star users"]),
    ("membership", ["member ship", "member chip", "memory ship", "membership"]),
    ("verification", ["very fication", "vera fication", "verify cation", "verification"]),
    ("complimentary", ["compliment tree", "complement airy", "compliment terry", "complimentary"]),
    ("customer care", ["customer car", "custom her care", "customer air", "customer care"]),
    ("customer service", ["customer serve is", "custom her service", "customer service"]),
    ("package", ["pack each", "pack age", "packets", "package"]),
    ("unchanged", ["on changed", "un change", "on change", "unchanged"]),
    ("activated", ["active eight it", "activate did", "activated"]),
    ("activate", ["active eight", "act of eight", "activate"]),
    ("cancel", ["can sell", "cancer", "cancel", "can cell"]),
    ("digits", ["did its", "digit", "did jets", "digits"]),
    ("subscription", ["sub scription", "subscript shun", "subscription"]),
    ("gigabytes", ["giga bites", "gig a bytes", "gigabytes"]),
    ("monthly", ["month lee", "monthly"]),
    ("confirm", ["con firm", "confirm"]),
    ("upgrade", ["up grade", "upgrade"]),
    ("benefit", ["bene fit", "benefit"]),
    ("yuan", ["you an", "yuan", "yen", "kwai"]),
    ("selected", ["select it", "selected"]),
    ("automatically", ["auto magically", "automatically"]),
    ("suspended", ["suspend it", "suspended"]),
    ("v i p", ["v i p", "vee eye pee", "vip", "VIP"]),
    ("appreciation", ["a pre she asian", "appreciation"]),
    ("broadband", ["broad band", "brad band", "broadband"]),
    ("message", ["massage", "message"]),
    ("account", ["a count", "account"]),
]
FILLERS = ["uh", "um", "er", "uh", "um", "like", "you know", "ah", "hmm"]

def noise(text, level):
    t = " " + text.lower() + " "
    for src, outs in MISHEAR:
        if (" " + src + " ") in t and R.random() < 0.35 + 0.4 * level:
            t = t.replace(" " + src + " ", " " + R.choice(outs) + " ", 1)
    words = t.split()
    if not words:
        return text
    # false start
    if R.random() < 0.12 + 0.15 * level and len(words) > 3:
        k = R.choice([1, 1, 2])
        words = words[:k] + words[:k] + words[k:]
    # fillers
    nf = sum(R.random() < 0.18 + 0.25 * level for _ in range(2))
    for _ in range(nf):
        pos = R.randint(0, len(words))
        words.insert(pos, R.choice(FILLERS))
    # dropped word (never in very short turns)
    if len(words) > 6 and R.random() < 0.1 + 0.2 * level:
        del words[R.randint(1, len(words) - 1)]
    # stutter doubling inside
    if len(words) > 5 and R.random() < 0.1 + 0.1 * level:
        i = R.randint(1, len(words) - 2)
        words.insert(i, words[i])
    # capitalization
    m = R.random()
    if m < 0.12:
        words = [w.upper() if R.random() < 0.3 else w for w in words]
    elif m < 0.35:
        words = [w.capitalize() if R.random() < 0.25 else w for w in words]
    elif m < 0.45 and words:
        words[0] = words[0].capitalize()
    return " ".join(words)

# ---------------------------------------------------------------- call builder
class Call:
    def __init__(self, scenario, hard_negative=False):
        self.scenario = scenario
        self.hn = hard_negative
        self.turns = []
        self.level = R.random()  # how bad the line is

    def a(self, text, *labels):
        self.turns.append(["agent", text, sorted(set(labels))])

    def c(self, text):
        self.turns.append(["customer", text, []])

    def u(self, text, *labels):
        self.turns.append(["unknown", text, sorted(set(labels))])

    def _pick(self, bank):
        used = {t[1] for t in self.turns}
        for _ in range(6):
            x = fill(R.choice(bank))
            if x not in used:
                return x
        return x

    def pick_a(self, bank, *labels):
        self.a(self._pick(bank), *labels)

    def pick_c(self, bank):
        self.c(self._pick(bank))

    def build(self):
        turns = []
        for spk, text, labs in self.turns:
            turns.append({"speaker": spk, "text": noise(text, self.level), "labels": labs})
        labels = sorted({l for t in turns for l in t["labels"]})
        if self.hn:
            assert not labels
        return {"lang": "en", "deceptive": bool(labels), "labels": labels, "turns": turns,
                "source": "writer:09", "scenario": self.scenario, "hard_negative": self.hn,
                "written": "generator"}

def fill(s):
    out = s
    while "{" in out:
        i = out.index("{"); j = out.index("}", i)
        key = out[i + 1:j]
        if key == "OP": v = op()
        elif key == "DATA": v = data_amt()
        elif key == "L4": v = last4()
        elif key == "CODE": v = code_digits(R.choice([4, 6, 6, 6]))
        elif key == "NAME": v = R.choice(["mister wang", "miss li", "mister zhang", "madam liu", "mister chen",
                                          "miss zhou", "mister huang", "auntie", "uncle", "sir", "ma'am",
                                          "mister sun", "miss he", "mister gao", "miss lin"])
        elif key[0] == "N" and key[1:].isdigit(): v = num(int(key[1:]))
        elif key == "DAY": v = R.choice(["25th", "twenty fifth", "20th", "twentieth", "28th", "twenty eighth"])
        elif key == "FEE": v = num(R.choice([10, 15, 19, 20, 25, 29, 30, 39]))
        elif key == "MEM": v = R.choice(["video membership", "music membership", "video member ship",
                                         "short drama membership", "cloud storage membership",
                                         "reading app membership", "ring back tone service",
                                         "game center subscription", "news sms subscription"])
        elif key == "BASE": v = num(R.choice([38, 48, 58, 68, 78, 88, 98, 128]))
        else: raise KeyError(key)
        out = out[:i] + v + out[j + 1:]
    return out

# ---------------------------------------------------------------- shared banks
GREET = ["hello", "hello hello", "hi good morning", "hello good afternoon", "hi there", "hello can you hear me",
         "hello is that", "hi sorry to bother you", "hello good evening", "wei hello"]
C_GREET = ["hello", "yes hello", "yeah", "who is this", "hello who's calling", "yes", "mm hello", "hi",
           "yeah who's this", "hello"]
LINE_BAD_A = ["sorry the line is bad can you hear me", "hello are you there", "sorry you're breaking up a bit",
              "hello hello the signal", "can you hear me now"]
LINE_BAD_C = ["yes i can hear you", "barely go on", "what", "yeah go ahead", "sorry say again", "hello"]
IDENT_A = ["is this the owner of the number ending {L4}", "am i speaking with {NAME}",
           "is this the account holder for this number", "is this {NAME} the user of this number",
           "am i speaking with the owner of this line"]
IDENT_C = ["yes", "yes that's me", "speaking", "yeah", "that's me why", "uh yes", "yes who is this", "mm hm"]
SELF_A = ["this is {OP} customer care", "i'm calling from {OP} customer service", "this is customer care from your mobile operator",
          "this is the {OP} member service center", "i'm from the operator's customer service department",
          "this is the star user service team of {OP}", "calling from the mobile company customer care line",
          "this is {OP} v i p service", "i'm calling from the outbound service center of your operator"]
C_OK = ["okay", "ok", "uh huh", "yes", "go on", "mm", "right", "ok what is it", "and", "yeah"]
FRAG_C = ["sorry what", "huh", "wait", "hold on", "what", "hello", "say again", "uh"]
BYE_A = ["ok thank you have a nice day", "thank you for your time bye", "ok bye bye", "thank you goodbye",
         "have a good day", "ok thanks bye"]
BYE_C = ["bye", "ok bye", "yeah bye", "thanks bye", "ok", "mm bye"]

def opening(call, official=True, full=None):
    if full is None:
        full = R.random() < 0.7
    call.pick_a(GREET)
    call.pick_c(C_GREET)
    if R.random() < 0.3 * (0.5 + call.level):
        call.pick_a(LINE_BAD_A); call.pick_c(LINE_BAD_C)
    if full and R.random() < 0.6:
        call.pick_a(IDENT_A); call.pick_c(IDENT_C)
    call.pick_a(SELF_A)
    if R.random() < 0.6:
        call.pick_c(C_OK)

def maybe_frag(call, p=0.25):
    if R.random() < p:
        call.pick_c(FRAG_C)

# ---------------------------------------------------------------- deceptive banks
FR_BANK = [
    "you have been rated a star user so as a thank you we are adding {DATA} to your plan",
    "congratulations your number was selected as a v i p user this month you get {DATA} extra data",
    "you are one of our star users and the company prepared an appreciation gift {DATA} every month",
    "because you've been with us {N6} years you are upgraded to five star user with {DATA} bonus",
    "you are on our loyalty list so we are giving you {DATA} as a reward",
    "good news the system selected you for the star user upgrade {DATA} national data",
    "as a valued star user you get a gift pack {DATA} plus {N100} minutes",
    "your star level went up this month and star users receive {DATA} as a thank you",
    "you have been chosen for our anniversary reward one of only a few users in your area {DATA}",
    "you qualify for the v i p reward this month extra {DATA} it's only for selected users",
    "congratulations you won the star user lucky draw you get {DATA} and a free music membership",
    "you are a gold star customer so we are upgrading your data by {DATA} as a gift",
]
C_FR_REACT = ["oh really", "ok what's the catch", "how much is it", "what do i have to pay", "is it free",
              "i don't need more data", "ok", "hmm", "what's the cost", "why me", "ok and",
              "is there a monthly fee", "sounds too good"]
CC_BANK = [
    "your package price is unchanged everything stays the same",
    "no extra cost sir it's with your package price unchanged",
    "it's a gift nothing extra you won't notice it on the bill",
    "the package tariff stays the same you just get more data",
    "it's part of your star benefits not a charge",
    "there's just a small function fee it's very small you won't feel it",
    "your basic plan price doesn't change that's the point of the gift",
    "it's basically free just a small service item on the bill",
    "don't worry about the price it's the same package",
    "you'll see the same package price on your bill every month",
    "the money is the same as before no more money",
    "it's included sir there's only a tiny adjustment not worth mentioning",
]
C_PRICE_PUSH = ["that's not what i asked is there a monthly fee", "so how much more per month", "give me a number",
                "but is there any extra fee", "so the bill stays exactly the same", "what adjustment",
                "how small is small", "you didn't answer is it free"]
CC_DODGE2 = [
    "sir the package price is not changing that's all i can say",
    "it's a very small amount sir less than a coffee",
    "the package itself stays the same price sir",
    "it depends on usage sir but the package is same",
    "it's the star price sir it's basically nothing",
    "you will hardly notice it sir it's tiny",
]
C_NO = ["no thanks", "no i don't want it", "not interested", "no", "i said no", "no thank you i'm fine",
        "no i'll pass", "no don't add anything", "no really no"]
PR_BANK = [
    "sir today is the last day for star users after today the offer is gone",
    "just try it for one month you can cancel any time i'll keep it open till tonight",
    "everybody in your area has already taken it you're the last on my list",
    "this offer is only valid on this call if you hang up you can't get it again",
    "if you say no your star level might be reviewed and you lose the status",
    "please decide now the system closes in ten minutes",
    "sir just listen once more it's {DATA} with your package price unchanged",
    "it's only good for you why would you refuse",
    "i can only hold it until tonight then it goes to another customer",
    "sir please don't make me get in trouble with my supervisor just say yes",
    "you will regret it tomorrow when the offer is gone",
    "let me explain again it's really a very good offer",
]
PR_THREAT = [
    "if you don't verify today your number will be suspended",
    "if it's not done in two hours your line will be stopped and reported",
    "your number will be recycled and given to someone else if you don't confirm now",
    "you must do it now or there will be a penalty on your account",
    "the code expires in one minute hurry",
]
AB_BANK = [
    "are you stupid i'm trying to help you save money",
    "don't waste my time",
    "what is wrong with you it's free data",
    "honestly you people never listen",
    "you don't understand a good thing when you hear it",
    "sir you are so difficult i've never met someone so slow",
    "fine lose your money don't come crying to us",
    "even a child would understand this",
    "you're wasting my time and yours are you deaf",
    "ok whatever go complain nobody will listen to you",
    "stop being so paranoid it's embarrassing",
    "people like you are why we can't help anyone",
]
CR_BANK = [
    "the system sends you a verification number just tell me the digits",
    "you will get a text from {OP} with a six digit code please read it to me",
    "a code just arrived on your phone read me the numbers please",
    "please tell me the number you just got in the message",
    "read me the code from the text so i can confirm it's you",
    "now a message with numbers comes in please read the numbers slowly",
    "just repeat the code to me the system needs it",
]
CR_GIFT = ["to bind the gift i need the verification code we sent just the digits",
           "the gift needs activation a code is coming read it to me",
           "tell me the code from {OP} and the {DATA} goes on your line"]
CR_CANCEL = ["to stop the charge i need the cancel code we text you read it to me",
             "the cancellation needs the verification code please tell me the digits",
             "i'm sending the cancel code now just say the numbers back to me"]
CR_AGAIN = ["the rest please", "all of the digits please", "just the numbers not the words", "quickly it times out",
            "and the last ones", "read it again please slowly"]
C_CODE_HESIT = ["wait it says don't share this code", "is that safe", "why do you need a code",
                "it says the code is for ordering something", "my bank says never share codes", "hold on let me find it"]
CR_REASSURE = ["that's standard just the digits it's for me the operator", "it's fine i'm from {OP} just read it",
               "the words are automatic just read me the number", "it's our internal check just the digits"]
CB_BANK = [
    "okay great i have activated it for you",
    "ok i'll fill in the confirmation for you",
    "no need to confirm i'll handle it for you",
    "ok done it's active from next month",
    "ok i've signed you up you'll get a text",
    "i've put it through for you already",
    "ok so i take that as a yes it's done",
    "ok i've confirmed the order on your behalf",
    "great i registered it for you thank you",
    "let me just process it now you can check the bill next month",
]
C_HMM = ["hmm", "uh", "um i don't know", "hmm i'm busy", "mm", "uh let me think", "i'm not sure", "..."]
C_AFTER_CB = ["wait i didn't say yes", "what did you just do", "i didn't agree", "hold on what", "no stop",
              "i never said yes"]
FC_BANK = [
    "your complimentary {MEM} is about to start billing {FEE} yuan a month",
    "we see a gifted {MEM} on your number from next month it charges {FEE} every month",
    "the free trial of your {MEM} ends tomorrow and it auto renews at {FEE} a month",
    "there is a pending charge for a {MEM} of {FEE} yuan monthly on your account",
    "your {MEM} that came with the plan will convert to paid next cycle {FEE} yuan",
    "a {MEM} order of {N98} yuan will be charged to your bill today",
]
FC_OFFER = [
    "i can cancel it for you now so you don't pay",
    "don't worry i can help you cancel it before it charges",
    "many customers don't know so we call to cancel it for them",
    "so if you don't want it i can cancel it right now",
    "i'll stop it for you so you don't lose money",
]
C_FC_REACT = ["i never ordered that", "what membership", "i don't have that", "oh no cancel it", "really",
              "i don't remember that", "ok cancel it please", "my son maybe", "i don't watch video"]
C_CANCEL_YES = ["ok cancel it", "yes please cancel", "fine cancel", "yes stop it", "ok"]
C_REFUSE_CODE = ["i'm not reading codes to anyone", "no i'll call {OP} myself", "i'll check in the app",
                 "no i'll go to the shop", "my daughter told me never to read codes"]

def price_talk(call, dodge_rounds):
    call.pick_c(C_FR_REACT if R.random() < 0.5 else ["how much is it", "is it free", "what does it cost",
                                                     "is there a monthly fee", "what do i pay"])
    call.pick_a(CC_BANK, CC)
    for _ in range(dodge_rounds):
        call.pick_c(C_PRICE_PUSH)
        call.pick_a(CC_DODGE2, CC)

def code_sequence(call, partial=True, extra=None):
    call.pick_a(CR_BANK + (extra or []) * 2, CR)
    r = R.random()
    if r < 0.3:
        call.pick_c(C_CODE_HESIT)
        call.pick_a(CR_REASSURE)
    if partial and R.random() < 0.4:
        call.c(code_digits(3))
        call.pick_a(CR_AGAIN, CR)
    call.c(code_digits(R.choice([4, 6])))

def refusal_push(call, rounds, abuse=False):
    call.pick_c(C_NO)
    for i in range(rounds):
        call.pick_a(PR_BANK, PR)
        if i < rounds - 1 or R.random() < 0.7:
            call.pick_c(C_NO)
    if abuse:
        call.pick_a(AB_BANK, AB)
        if R.random() < 0.6:
            call.pick_c(["excuse me", "don't talk to me like that", "i'm hanging up", "i'm going to complain",
                         "wow", "that's rude"])
            if R.random() < 0.5:
                call.pick_a(AB_BANK, AB)

def gen_star_data():
    call = Call(R.choice(["star_user_data_gift", "vip_data_upgrade", "loyalty_15g_offer", "star_data_price_dodge"]))
    opening(call)
    maybe_frag(call)
    use_fr = R.random() < 0.85
    if use_fr:
        call.pick_a(FR_BANK, FR)
    else:
        call.pick_a(["we are upgrading your plan with {DATA} extra data", "your plan can get {DATA} more data today",
                     "we have a data upgrade for your line {DATA}"])
    use_cc = R.random() < 0.8 or not use_fr
    if use_cc:
        price_talk(call, R.choice([0, 0, 1, 1, 2]))
    else:
        call.pick_c(["how much", "what's the price", "cost"])
        call.a("it's {} yuan a month extra".format(num(R.choice([10, 15, 20, 25]))))
    end = R.random()
    if end < 0.35:
        if R.random() < 0.5:
            call.pick_c(["ok what do i do", "alright", "ok fine", "what next"])
        code_sequence(call, extra=CR_GIFT)
        if R.random() < 0.6:
            call.pick_a(CB_BANK, CB)
            if R.random() < 0.5:
                call.pick_c(C_AFTER_CB)
        else:
            call.pick_a(BYE_A)
    elif end < 0.6:
        call.pick_c(C_HMM)
        call.pick_a(CB_BANK, CB)
        call.pick_c(C_AFTER_CB)
        if R.random() < 0.4:
            call.pick_a(["it's already in the system", "too late it's submitted", "don't worry it's a gift"])
    else:
        refusal_push(call, R.choice([1, 1, 2, 3]), abuse=R.random() < 0.4)
        if R.random() < 0.25:
            call.pick_a(CB_BANK, CB)
            call.pick_c(C_AFTER_CB)
    if R.random() < 0.5:
        call.pick_c(BYE_C)
    return call

def gen_fake_cancel():
    call = Call(R.choice(["complimentary_membership_cancel", "fake_membership_billing", "gifted_subscription_cancel",
                          "pending_order_cancel_code"]))
    if R.random() < 0.15:
        call.u("this is an automated message from your mobile service")
        call.u(fill(R.choice(FC_BANK)), FC)
        call.u(R.choice(["to cancel press 1 to speak to an agent", "press 1 now to cancel this order"]), FC)
        call.c(R.choice(["1", "one", "uh one"]))
        call.a(R.choice(["hello cancellation department", "hello billing center", "agent speaking how can i help"]))
        call.c(R.choice(["i got a message about a charge", "what is this charge", "i want to cancel that thing"]))
        call.pick_a(FC_OFFER, FC)
    else:
        opening(call)
        maybe_frag(call)
        call.pick_a(FC_BANK, FC)
        call.pick_c(C_FC_REACT)
        if R.random() < 0.5:
            call.pick_a(["it was a gift with your plan last year", "it came with a promotion when you recharged",
                         "maybe you clicked an ad it's in the system", "it's on our system under your number"], FC)
            call.pick_c(["hmm", "i don't think so", "ok", "really"])
        call.pick_a(FC_OFFER, FC)
    b = R.random()
    if b < 0.6:
        call.pick_c(C_CANCEL_YES)
        if R.random() < 0.8:
            code_sequence(call, extra=CR_CANCEL)
            if R.random() < 0.4:
                call.pick_a(["cancelled you won't be charged", "ok it's cancelled thank you", "done"])
            else:
                if R.random() < 0.5:
                    call.pick_a(["and i've also moved you to the star package with {DATA} instead",
                                 "and i've confirmed the star plan for you as well"], CB)
                    if R.random() < 0.5:
                        call.pick_a(CC_BANK, CC)
                    call.pick_c(C_AFTER_CB)
                else:
                    call.pick_a(["ok cancelled", "thank you it's stopped"])
        else:
            call.pick_a(["ok i'll cancel it and switch you to the star data plan same price",
                         "ok i cancel it and add the data package instead you're done"], CB)
            call.pick_c(C_AFTER_CB)
    else:
        call.pick_a(CR_BANK + CR_CANCEL, CR)
        call.c(fill(R.choice(C_REFUSE_CODE)))
        if R.random() < 0.75:
            call.pick_a(["if you don't cancel now you'll be charged for the whole year",
                         "the app can't cancel gifted ones today is the last day",
                         "it charges at midnight later is too late",
                         "if you hang up it cannot be reversed"], PR)
            call.pick_c(C_NO + ["i'll take my chances"])
        if R.random() < 0.5:
            call.pick_a(AB_BANK, AB)
    if R.random() < 0.4:
        call.pick_c(BYE_C)
    return call

def gen_threat_code():
    call = Call(R.choice(["real_name_check_code", "number_suspension_threat", "security_check_code"]))
    opening(call, full=True)
    call.pick_a(["your real name information is incomplete", "there's a security problem on your number",
                 "your number is flagged in our system", "we are doing a security check on your line",
                 "your account shows an unpaid fee of {N100} yuan"])
    call.pick_c(["what problem", "i registered with my id", "i paid my bill", "ok", "what"])
    if R.random() < 0.8:
        call.pick_a(PR_THREAT, PR)
        call.pick_c(["really", "that can't be right", "what do i do", "ok ok"])
    code_sequence(call)
    if R.random() < 0.4:
        call.pick_a(PR_THREAT, PR)
    if R.random() < 0.3:
        call.pick_a(["ok verified and i've added the security protection package for you it's done",
                     "ok done i also renewed your registration plan for you no need to confirm"], CB)
    else:
        call.pick_a(["ok verified thank you", "thank you it's fixed", "ok done"])
    return call

def gen_abuse():
    call = Call(R.choice(["agent_scolds_customer", "rude_sales_agent", "scold_after_question"]))
    opening(call)
    if R.random() < 0.6:
        call.pick_a(["we have a data offer for you {DATA} for {FEE} a month",
                     "i'm calling about a plan upgrade 30 g for {N98} a month",
                     "there's a new 5g plan {N128} a month"])
    else:
        call.pick_a(FR_BANK, FR)
    call.pick_c(["can i have your staff number", "is this really {OP} the number looks odd", "how much exactly",
                 "i'm thinking", "can you send it in writing", "no thanks", "my signal is bad anyway"])
    call.pick_a(AB_BANK, AB)
    call.pick_c(["excuse me", "that's rude", "don't talk to me like that", "what did you say"])
    if R.random() < 0.6:
        call.pick_a(AB_BANK, AB)
    if R.random() < 0.3:
        call.pick_a(PR_BANK, PR)
    call.pick_c(BYE_C + ["i'm reporting you"])
    return call

def gen_consent():
    call = Call(R.choice(["renewal_signed_for_customer", "silence_taken_as_yes", "order_for_relative"]))
    opening(call)
    b = R.random()
    if b < 0.4:
        call.pick_a(["your contract ends soon we can renew at the same plan {BASE} a month for 24 months",
                     "your plan can move to the 5g version {N98} a month"])
        call.pick_c(C_HMM)
        call.pick_a(CB_BANK, CB)
        call.pick_c(C_AFTER_CB)
        if R.random() < 0.5:
            call.pick_a(["it's the same plan don't worry", "it's already submitted", "you can cancel later in the shop"])
    elif b < 0.7:
        call.pick_c(["he's not here i'm his wife", "she's out i'm her son", "i'm his brother"])
        call.pick_a(["that's fine you can confirm for him", "no need to ask him i'll mark it as confirmed",
                     "i'll sign the form for him he already agreed last time"], CB)
        call.pick_c(["i can't confirm for him", "don't do anything without him", "no wait"])
        if R.random() < 0.5:
            call.pick_a(PR_BANK, PR)
    else:
        call.pick_a(["i'm calling to confirm the upgrade you agreed to last week",
                     "my colleague said you accepted the data pack i'm finalizing it"])
        call.pick_c(["i didn't agree to anything", "i said no to her", "what upgrade"])
        call.pick_a(["the system shows yes so i'll just finalize it for you", "it's marked yes i'm confirming it now"], CB)
        if R.random() < 0.5:
            call.pick_a(CC_BANK, CC)
        call.pick_c(["i'm calling {OP} about this", "no", "i never agreed"])
    return call

# ---------------------------------------------------------------- honest banks
def gen_bill_reminder():
    call = Call("bill_reminder", hard_negative=R.random() < 0.6)
    opening(call, full=True)
    amt = num(R.choice([38, 48, 58, 68, 78, 88, 98, 128]))
    call.a(R.choice(["just a reminder your bill of {} yuan is still unpaid",
                     "your bill for last month {} yuan hasn't been paid yet",
                     "this is a reminder about your {} yuan bill"]).format(amt))
    call.pick_c(["oh i forgot", "i know", "ok", "really i thought i paid", "fine"])
    call.pick_a(["the due date is the {DAY} after that outgoing calls may pause",
                 "please pay by the end of the month otherwise the line goes to incoming only"])
    call.pick_c(["ok i'll pay tonight", "ok in the app", "fine", "ok ok"])
    if call.hn:
        call.pick_a(["you can pay in the app we will never ask you for a code or password on the phone",
                     "thanks and remember we never ask you to read a verification code to us",
                     "you can pay in any shop or the app nobody from us will ask for your code"])
    call.pick_a(BYE_A)
    if R.random() < 0.6:
        call.pick_c(BYE_C)
    return call

def gen_disclosed_upgrade():
    call = Call(R.choice(["disclosed_addon_explicit_yes", "star_user_offer_price_stated", "plan_upgrade_consent"]),
                hard_negative=True)
    opening(call)
    fee = R.choice([10, 15, 20, 25, 30])
    base = R.choice([38, 48, 58, 68, 78])
    d = data_amt()
    call.a(R.choice(["you went over your data last month so i'm calling with an offer",
                     "as a star user you can get a data add on",
                     "there's a {} add on you might like".format(d),
                     "i'm calling about a data upgrade option"]))
    call.pick_c(C_OK + ["how much", "is it free"])
    call.a(R.choice(["it's {d} for {f} yuan a month on top of your package your bill goes from {b} to {t}",
                     "it is not free it's {f} yuan per month for {d} added to your bill so {t} in total",
                     "the {d} add on costs {f} a month extra your package price stays {b} so the total is {t}"]).format(
        d=d, f=num(fee), b=num(base), t=num(base + fee)))
    if R.random() < 0.5:
        call.pick_c(["hmm let me think", "hmm", "i'm not sure"])
        call.pick_a(["sure take your time nothing is added unless you say yes",
                     "no rush i can text you the details", "i need a clear yes before adding anything"])
    if R.random() < 0.65:
        call.pick_c(["yes i want it", "ok yes add it", "yes please", "ok i'll take it"])
        call.a("just to confirm you want {} at {} yuan a month starting next month yes".format(d, num(fee)))
        call.pick_c(["yes", "yes i confirm", "yes correct"])
        call.pick_a(["thank you it's recorded you'll get a text and can cancel any time in the app",
                     "done you'll get a confirmation text no code needed from you",
                     "ok it's active from the first you can stop it any time"])
    else:
        call.pick_c(C_NO)
        if R.random() < 0.5:
            call.pick_a(["no problem may i ask if it's the price", "ok is it the price or you just don't need it"])
            call.pick_c(["i just don't need it", "the price", "don't need it"])
        call.pick_a(["ok noted we won't call about this again", "understood thanks for your time",
                     "ok no changes made have a nice day"])
    return call

def gen_customer_cancel():
    call = Call(R.choice(["customer_requested_cancel", "membership_cancel_by_request", "addon_cancel_inbound"]),
                hard_negative=True)
    mem = fill("{MEM}") if R.random() < 0.6 else data_amt() + " add on"
    fee = num(R.choice([5, 10, 15, 19, 20, 25]))
    call.a(R.choice(["hello {OP} customer service how can i help", "customer care good morning",
                     "hello this is {OP} how may i help you"]).replace("{OP}", op()))
    call.c(R.choice(["hi i want to cancel my {}", "i'd like to stop the {} please", "cancel the {} i have",
                     "uh hi i want to can cel the {} thing"]).format(mem))
    if R.random() < 0.6:
        call.pick_a(["sure can you confirm your name and last four of your id", "ok first your full name please"])
        call.c(R.choice(["wang fang {}", "li jun {}", "zhang wei {}", "chen jing {}"]).format(last4()))
    call.a("i see the {} at {} yuan a month do you want it cancelled".format(mem, fee))
    call.pick_c(["yes cancel it", "yes please", "yes from today", "yes stop it"])
    call.pick_a(["ok it's cancelled you won't be charged after this month",
                 "done it stops at the end of this billing month you'll get a text",
                 "cancelled as you asked nothing more will be charged"])
    if R.random() < 0.4:
        call.pick_c(["do you need a code", "should i read you the code i got"])
        call.pick_a(["no please don't read any code to anyone we don't need it",
                     "no code needed and never share a code with anyone"])
    call.pick_c(BYE_C + ["thanks"])
    return call

def gen_free_reward():
    call = Call(R.choice(["genuine_free_data_notice", "star_benefit_info_no_sale", "outage_compensation_data"]),
                hard_negative=True)
    opening(call, full=False)
    call.pick_a(["this is just information not a sale", "short notice about your account no sale"])
    call.a(R.choice(["as a star user you get {} free this month it's added automatically",
                     "we added {} free data as compensation for the outage last week",
                     "for the holiday all users get {} free for 7 days"]).format(
        R.choice(["1 g", "2 g", "3 g", "one g", "two gig", "5 g"])))
    call.pick_c(["is there a charge", "what do i pay", "do i need to do anything", "what's the catch"])
    call.pick_a(["no charge nothing to sign it expires at month end and doesn't renew",
                 "nothing at all it's free and nothing turns into a paid plan",
                 "no catch it's free there's nothing to accept and no code needed"])
    call.pick_c(["ok thanks", "oh nice", "ok good", "cool"])
    return call

def gen_sim_shop():
    call = Call(R.choice(["sim_replacement_shop_only", "lost_phone_suspend_line"]), hard_negative=True)
    call.a(R.choice(["hello {OP} how can i help", "customer service hello"]).replace("{OP}", op()))
    call.pick_c(["i lost my phone i need a new sim", "my phone was stolen can you move my number",
                 "my sim is broken can you send me a new one"])
    call.pick_a(["sorry to hear that i can suspend the line now do you want that", "first do you want me to block the line"])
    call.pick_c(["yes please", "yes block it", "ok"])
    call.pick_a(["done for a new sim please go to a shop with your id card we can't do it by phone",
                 "it's blocked the replacement sim is only done in person at a service hall with your id"])
    call.pick_c(["can't you just send me a code", "i can read you a code if you want", "can't you do it now"])
    call.pick_a(["no we never do a sim swap by code on the phone and never share a code with anyone",
                 "no sorry that's for your protection no code over the phone"])
    call.pick_a(["the new sim is free of charge", "it takes about ten minutes and it's free"])
    call.pick_c(BYE_C + ["ok i'll go tomorrow"])
    return call

def gen_rude_customer():
    call = Call(R.choice(["rude_customer_patient_agent", "angry_bill_dispute_calm_agent"]), hard_negative=True)
    if R.random() < 0.5:
        call.a("hello this is {} customer service".format(op()))
        call.pick_c(["what do you want now", "you people again", "stop calling me"])
    else:
        call.a("{} customer care how can i help".format(op()))
    call.pick_c(["my bill is a joke you're all thieves", "you charged me for a membership i never wanted you scammers",
                 "your network is garbage", "are you idiots this is the third time"])
    call.pick_a(["i'm sorry for the trouble let me check", "i understand i'm sorry let me look at your account"])
    call.a(R.choice(["i see a {} at {} yuan a month ordered in {}".format(fill("{MEM}"), num(15), R.choice(["march", "may", "july"])),
                     "i see {} yuan for extra data used last month".format(num(30)),
                     "i see an international call of {} minutes".format(num(40))]))
    call.pick_c(["that's not right", "so what", "fix it", "i want it gone"])
    call.pick_a(["i can cancel it and request a refund do you want that",
                 "i can set a block so it doesn't happen again do you want that"])
    call.pick_c(["yes obviously", "yes", "whatever yes"])
    call.pick_a(["ok done as you asked you'll get a text", "done thank you for your patience"])
    if R.random() < 0.5:
        call.pick_c(["whatever", "finally", "fine"])
    return call

def gen_code_app():
    call = Call(R.choice(["code_typed_in_app", "app_login_help"]), hard_negative=True)
    call.a(R.choice(["{} customer service hello", "hello how can i help"]).replace("{}", op()))
    call.pick_c(["the app is asking for a verification code", "i got a code should i read it to you",
                 "i'm changing my plan in the app and it wants a sms code"])
    call.pick_a(["please type it in the app yourself don't read it to me",
                 "no please don't tell me the code type it into the app",
                 "the code is only for you type it in the box we never need it"])
    call.pick_c(["ok done", "ok it worked", "ok i'm in"])
    call.pick_a(BYE_A)
    return call

def gen_antifraud():
    call = Call(R.choice(["antifraud_reminder", "scam_call_reported"]), hard_negative=True)
    if R.random() < 0.5:
        call.a("hello this is {} anti fraud reminder".format(op()))
        call.pick_c(C_OK)
        call.pick_a(["some callers pretend to be us offering star user data and ask for your code",
                     "people pretend to cancel a complimentary membership and ask for the digits of a code"])
        call.pick_c(["i got one of those", "ok", "good to know"])
        call.pick_a(["never read a code to anyone real customer service never asks",
                     "just hang up we never ask you to tell us a verification code"])
    else:
        call.a("{} customer care hello".format(op()))
        call.pick_c(["someone called saying my membership will start charging and asked for a code",
                     "a guy said i'm a star user and wanted the code from my text"])
        call.pick_a(["did you give the code", "thanks for telling us did you read them anything"])
        call.pick_c(["no i hung up", "no"])
        call.pick_a(["good there's no membership on your line and no pending charge",
                     "good your plan has no changes that call was not from us"])
        call.pick_c(["ok thanks"])
    return call

def gen_plain():
    call = Call(R.choice(["balance_inquiry", "network_complaint", "address_update", "roaming_info", "broadband_move"]))
    kind = call.scenario
    call.a("{} how can i help".format(R.choice(["hello customer service", "hi {} service".format(op())])))
    if kind == "balance_inquiry":
        call.pick_c(["how much balance do i have", "what's my bill this month"])
        call.a("your balance is {} yuan".format(num(R.choice([12, 30, 48, 68]))))
    elif kind == "network_complaint":
        call.pick_c(["my signal is bad at home", "calls keep dropping near my office"])
        call.pick_a(["sorry about that i've logged a ticket engineers will check in 3 days",
                     "i'll report it to the network team"])
    elif kind == "address_update":
        call.pick_c(["i need to change my billing address", "i moved can you update my address"])
        call.pick_a(["sure what's the new address"])
        call.c("{} {} road".format(num(R.choice([12, 25, 88])), R.choice(["north", "park", "river"])))
        call.pick_a(["ok updated"])
    elif kind == "roaming_info":
        call.pick_c(["how much is roaming in korea", "i'm going to japan what does data cost"])
        call.a("it's {} yuan a day when you use data or a 7 day pack for {} want it".format(num(30), num(98)))
        call.pick_c(["no i'll use wifi", "maybe later"])
        call.pick_a(["ok no problem nothing added"])
    else:
        call.pick_c(["can my broadband move with me", "i'm moving house what about my broadband"])
        call.pick_a(["yes moving is free i can book a technician"])
        call.pick_c(["saturday please"])
        call.pick_a(["booked"])
    call.pick_c(BYE_C + ["thanks"])
    return call

def gen_one_followup():
    call = Call("one_polite_followup_then_stop", hard_negative=True)
    opening(call)
    call.a("we spoke last week about the {} family plan at {} a month i'm following up once".format(
        data_amt(), num(R.choice([30, 58, 88]))))
    call.pick_c(["no thanks", "i'm not interested", "no i decided no"])
    call.pick_a(["ok thank you for letting me know we won't call again about it", "understood have a nice day"])
    call.pick_c(BYE_C)
    return call

def gen_real_deadline():
    call = Call("contract_price_change_notice", hard_negative=True)
    opening(call)
    call.a("your promotional price of {} ends on the 31st after that it's {} a month".format(num(58), num(78)))
    call.pick_c(["oh that's more", "ok", "can i keep the old price"])
    call.pick_a(["you can switch plans before then or keep it it's your choice",
                 "there are cheaper plans i can text you the list nothing changes unless you choose"])
    call.pick_c(["text me the list", "i'll keep it", "ok i'll think"])
    call.pick_a(BYE_A)
    return call

DECEPTIVE = [(gen_star_data, 40), (gen_fake_cancel, 28), (gen_threat_code, 10), (gen_abuse, 12), (gen_consent, 10)]
HONEST = [(gen_bill_reminder, 14), (gen_disclosed_upgrade, 20), (gen_customer_cancel, 14), (gen_free_reward, 8),
          (gen_sim_shop, 7), (gen_rude_customer, 9), (gen_code_app, 6), (gen_antifraud, 7), (gen_plain, 12),
          (gen_one_followup, 5), (gen_real_deadline, 5)]

def wpick(items):
    tot = sum(w for _, w in items)
    x = R.uniform(0, tot)
    for f, w in items:
        x -= w
        if x <= 0:
            return f
    return items[-1][0]

def pad(call):
    """occasionally add overlapping fragments / chit chat so lengths vary"""
    if len(call.turns) < 6 or R.random() > 0.35:
        return
    for _ in range(R.randint(1, 3)):
        i = R.randint(1, len(call.turns) - 1)
        call.turns.insert(i, ["customer", R.choice(FRAG_C), []])
        if R.random() < 0.5:
            call.turns.insert(i + 1, ["agent", R.choice(["sorry i said", "yes as i said", "let me repeat",
                                                         "one moment", "can you hear me"]), []])

def main():
    hand = [json.loads(l) for l in open(os.path.join(HERE, "hand.jsonl"), encoding="utf-8")]
    out = list(hand)
    n_hon = 0
    for k in range(N_GEN):
        honest = R.random() < 0.44
        call = wpick(HONEST if honest else DECEPTIVE)()
        pad(call)
        rec = call.build()
        if honest and rec["labels"]:
            raise SystemExit("honest generator produced labels")
        out.append(rec)
    with open(os.path.join(HERE, "calls.jsonl"), "w", encoding="utf-8") as f:
        for i, c in enumerate(out, 1):
            rec = {"id": "w09-%04d" % i}
            rec.update({k: v for k, v in c.items() if k != "id"})
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(out), "calls (hand %d, generated %d)" % (len(hand), len(out) - len(hand)))

if __name__ == "__main__":
    main()
