#!/usr/bin/env python3
"""Writer 05 generator: government / tax / social security / immigration / police / court impersonation calls.

Deterministic (fixed seed). Reads hand.jsonl (hand-written calls, rebuilt from src/*.txt by src/tojsonl.py)
and writes calls.jsonl = hand calls + generated calls. Python 3 standard library only.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 5005
N_DECEPTIVE = 196
N_HONEST = 156

P, K, B, C, R, X, Z = ("pressure", "code_request", "consent_bypass", "cost_concealment",
                       "fake_reward", "fake_cancellation", "abuse")

rng = random.Random(SEED)


def pick(seq):
    return rng.choice(seq)


# ---------------------------------------------------------------- numbers and noise
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        return ONES[n // 100] + " hundred" + ("" if n % 100 == 0 else " " + words(n % 100))
    th, rest = divmod(n, 1000)
    return words(th) + " thousand" + ("" if rest == 0 else " " + words(rest))


def money(n):
    r = rng.random()
    if r < 0.45:
        s = f"{n:,}" if rng.random() < 0.5 else str(n)
        return s + pick([" dollars", " dollars", "", " bucks"])
    if r < 0.7 and n >= 1100 and n % 100 == 0 and n < 10000:
        return words(n // 100) + " hundred dollars"
    return words(n) + pick([" dollars", " dollars", ""])


def amount(lo, hi):
    n = rng.randint(lo, hi)
    if rng.random() < 0.5:
        n = (n // 10) * 10 + pick([0, 0, 5, 9])
    return money(n)


def code_digits():
    d = [str(rng.randint(0, 9)) for _ in range(pick([6, 6, 6, 4, 5]))]
    r = rng.random()
    if r < 0.4:
        return " ".join(d)
    if r < 0.7:
        return "".join(d)
    return " ".join("oh" if x == "0" and rng.random() < 0.5 else ONES[int(x)] for x in d)


def phone():
    d = [str(rng.randint(0, 9)) for _ in range(7)]
    pre = pick(["8 0 0", "8 8 8", "8 4 4", "2 0 2", "8 7 7", "eight hundred", "8 6 6"])
    return pre + " " + " ".join(d[:3]) + " " + " ".join(d[3:])


MISHEAR = [
    ("social security", ["social secure tea", "so show security", "social security", "social security", "social securities"]),
    ("warrant", ["war rant", "warren", "warrant", "warrant"]),
    ("medicare", ["medic air", "medical", "medicare", "medicare"]),
    ("irs", ["i r s", "eye are s", "irs", "i r s"]),
    ("immigration", ["a migration", "emigration", "immigration", "immigration"]),
    ("deportation", ["deport station", "the portation", "deportation"]),
    ("jury duty", ["jerry duty", "jury dirty", "jury duty", "jury duty"]),
    ("verification", ["very fication", "verify cation", "verification", "verification"]),
    ("suspended", ["suspend it", "suspense did", "suspended", "suspended"]),
    ("sheriff ", ["share if ", "sheriff ", "sheriff "]),
    ("gift cards", ["gift cars", "gif cards", "gift cards"]),
    ("treasury", ["treasure e", "treasury", "treasury"]),
    ("benefits", ["bene fits", "benefits", "benefits", "benefits"]),
    ("refund", ["re fund", "refund", "refund", "refunds"]),
    ("citizenship", ["citizen ship", "citizenship"]),
    ("census", ["senses", "census", "census"]),
    ("uscis", ["u s c i s", "you ask is", "u s c i s"]),
    ("bail", ["bale", "bail"]),
    ("probation", ["pro bation", "probation"]),
    ("arrest", ["a rest", "arrest", "arrest", "arrest"]),
]


def asr(text):
    t = " " + text.lower() + " "
    for k, opts in MISHEAR:
        if " " + k in t and rng.random() < 0.55:
            t = t.replace(" " + k, " " + pick(opts), 1)
    t = t.strip()
    # captioner mostly drops punctuation; keep a stray mark now and then
    if rng.random() < 0.9:
        for ch in ",;:!\"":
            t = t.replace(ch, "")
        t = t.replace(".", "") if rng.random() < 0.85 else t
        t = t.replace("?", "") if rng.random() < 0.7 else t
    if rng.random() < 0.06:
        t = pick(["uh ", "um ", "so ", "yeah "]) + t
    t = " ".join(t.split())
    return t if t else "[silence]"


# ---------------------------------------------------------------- agencies (impersonated or real)
AGENCIES = {
    "ssa": dict(names=["the social security administration", "social security", "the social security office",
                       "the office of the inspector general at social security", "the federal social security department"],
                titles=["officer", "agent", "special agent", "case officer"],
                thing=["your social security number", "your ssn", "your social security number and benefits"],
                site="ssa dot gov", short="social security"),
    "irs": dict(names=["the irs", "the internal revenue service", "the irs criminal investigation division",
                       "the treasury tax enforcement unit", "the irs legal department"],
                titles=["officer", "agent", "revenue officer", "investigator"],
                thing=["your tax account", "your 2022 tax return", "your tax file", "your tax id"],
                site="irs dot gov", short="the irs"),
    "police": dict(names=["the county sheriff's office", "the city police department", "the sheriff's warrant division",
                          "the state police", "the police department fraud unit"],
                   titles=["deputy", "sergeant", "lieutenant", "officer", "detective"],
                   thing=["your name", "your address", "your record"],
                   site="the sheriff's website", short="the sheriff's office"),
    "court": dict(names=["the county court jury office", "the superior court", "the clerk of the district court",
                         "the jury administration office", "the federal court clerk"],
                  titles=["clerk", "officer", "court officer", "bailiff"],
                  thing=["your jury duty", "your case", "your court record"],
                  site="the court website", short="the court"),
    "uscis": dict(names=["uscis", "the immigration department", "us citizenship and immigration services",
                         "the department of homeland security", "the immigration enforcement office"],
                  titles=["officer", "agent", "immigration officer"],
                  thing=["your green card", "your immigration file", "your citizenship record", "your visa"],
                  site="the uscis website", short="uscis"),
    "medicare": dict(names=["medicare", "the medicare benefits office", "medicare member services", "the medicare card center"],
                     titles=["representative", "benefits officer", "agent"],
                     thing=["your medicare number", "your medicare coverage", "your medicare card"],
                     site="medicare dot gov", short="medicare"),
    "dmv": dict(names=["the dmv", "the department of motor vehicles", "the state toll authority", "motor vehicle services"],
                titles=["officer", "agent", "representative"],
                thing=["your driver's license", "your registration", "your toll account"],
                site="the dmv website", short="the dmv"),
}
AG_KEYS = list(AGENCIES)

FIRST = ["daniel", "maria", "kevin", "linda", "james", "sarah", "michael", "grace", "tony", "helen", "victor",
         "ruth", "frank", "angela", "steve", "donna", "peter", "irene", "carlos", "joan", "william", "betty", "omar", "nancy"]
LAST = ["brooks", "miller", "garcia", "johnson", "reed", "walker", "hayes", "price", "turner", "cole", "lopez",
        "stone", "wright", "parker", "hill", "ward", "diaz", "morgan", "fisher", "grant"]
CUST = ["margaret", "harold", "dorothy", "eugene", "mildred", "walter", "shirley", "raymond", "evelyn", "frank",
        "gloria", "stanley", "louise", "herbert", "rosa", "ahmed", "mei", "tomas", "bernice", "lloyd"]


def person():
    return pick(FIRST) + " " + pick(LAST)


# ---------------------------------------------------------------- deceptive move banks
def opener(ag, a):
    name = a["offname"]
    t = pick([
        f"hello this is {a['title']} {name} with {a['name']}",
        f"good morning i'm calling from {a['name']} my name is {a['title']} {name}",
        f"hi this is {a['name']} {a['title']} {name} speaking badge number {rng.randint(1000, 9999)}",
        f"this is {a['title']} {name} calling on behalf of {a['name']}",
        f"hello am i speaking with the account holder this is {a['name']}",
        f"yes hello this is {a['name']} calling about {pick(AGENCIES[ag]['thing'])}",
        f"hello {a['cust']} this is {a['title']} {name} from {a['name']}",
    ])
    return t


HOOK_P = {
    "ssa": ["{thing} has been suspended due to suspicious activity in texas and a warrant is being prepared",
            "{thing} will be suspended today because it was used in money laundering",
            "your social security number was found at a crime scene and your benefits will be frozen by five pm",
            "this is your final notice {thing} will be deactivated within 24 hours"],
    "irs": ["you owe {amt} in back taxes and a warrant has been issued for your arrest",
            "there is a lawsuit filed against you for tax evasion and officers will be sent to your home today",
            "your tax account shows fraud and your property will be seized by the end of the day",
            "this is the final notice before legal enforcement on {thing}"],
    "police": ["a warrant has been issued for your arrest for failure to appear and officers are on their way",
               "there is an active warrant on {thing} pay now or officers will come to your house",
               "you missed a court date as a witness and the judge issued a bench warrant",
               "deputies will pick you up this evening unless the warrant is cleared now"],
    "court": ["you failed to appear for jury duty and a bench warrant has been issued",
              "contempt of court for missed jury duty carries jail time and a warrant was signed this morning",
              "a judgement was entered against you and your wages will be garnished starting tomorrow",
              "the judge issued an order for your arrest for ignoring your jury summons"],
    "uscis": ["there is a problem with {thing} and a deportation order was issued",
              "{thing} will be revoked today because of errors in your file",
              "ice officers will come to your address tonight unless your file is corrected",
              "you are being investigated for immigration fraud and will be detained"],
    "medicare": ["{thing} will be cancelled today unless you verify it",
                 "your coverage will lapse at midnight and you will pay for every doctor visit",
                 "{thing} was flagged for fraud and will be shut off today"],
    "dmv": ["{thing} will be suspended at midnight for unpaid tolls",
            "a warrant for unpaid tolls is attached to {thing} and your license will be suspended today",
            "your vehicle will be impounded tomorrow for unpaid violations"],
}
HOOK_R = {
    "ssa": ["good news you have a cost of living bonus of {amt} approved and waiting",
            "you were selected for the senior social security supplement worth {amt} more each month",
            "you have been underpaid and there is a refund of {amt} waiting for you"],
    "irs": ["you have a tax refund of {amt} waiting and we need to process it today",
            "congratulations you qualify for a stimulus rebate of {amt}",
            "you were selected for a special refund recalculation you are owed {amt}",
            "there is an unclaimed tax refund in your name of {amt}"],
    "police": ["you overpaid a traffic fine and you're owed {amt}",
               "you were chosen as a victim in a fraud case and qualify for {amt} in restitution",
               "the police benevolent fund selected you for a senior safety award of {amt}"],
    "court": ["you were selected as a class member in a settlement and are owed {amt}",
              "as a thank you for jury service you have a juror bonus of {amt} waiting",
              "you're owed {amt} from an overpaid court fee"],
    "uscis": ["congratulations your family was selected in the visa lottery",
              "you have been chosen for fast track citizenship and a fee refund of {amt}",
              "you were selected for a new residency program for good applicants"],
    "medicare": ["you've been selected for a free back brace and a {small} wellness card",
                 "as a loyal member you're getting a {small} grocery allowance added to your card",
                 "you qualify for a free genetic screening and a {small} gift card"],
    "dmv": ["you won a free license renewal in the safe driver drawing",
            "you are owed a registration refund of {small}",
            "you were selected for a senior toll credit of {small}"],
}
FAKE_ITEMS = {
    "ssa": ["an order for three replacement social security cards with a rush fee of {amt}",
            "a benefit transfer of {amt} to a new bank account in florida",
            "an enrollment in the premium benefits protection program costing {amt} a year"],
    "irs": ["an automatic payment of {amt} for a tax penalty",
            "a tax preparation charge of {amt} on a return filed under your name",
            "an installment agreement of {amt} a month set up under your name"],
    "police": ["a camera speeding ticket of {amt} set to be charged",
               "a towing and storage fee of {amt} on a car under your name",
               "a court processing fee of {amt} scheduled on your account"],
    "court": ["a juror non compliance fee of {amt} scheduled to post to your bank",
              "a court filing of {amt} under your name",
              "a jury excusal fee of {amt} that will be charged friday"],
    "uscis": ["a work permit renewal application under your name that will be charged {amt}",
              "a citizenship application fee of {amt} scheduled on your card",
              "a visa sponsorship charge of {amt} filed under your name"],
    "medicare": ["a supplemental plan charge of {amt} for a plan you enrolled in online",
                 "an order for medical equipment billed at {amt}",
                 "a drug plan upgrade costing {amt} a month starting next month"],
    "dmv": ["14 toll charges totaling {amt} on your account",
            "a license plate renewal order of {amt}",
            "a late fee of {amt} for a toll violation"],
}

X_HOOK = [
    "our records show {item} did you authorize that",
    "the system shows {item} is that yours",
    "we're calling because there is {item} if you did not request this we can cancel it",
    "there is {item} if this wasn't you i can stop it today",
    "i see {item} on your file were you aware of that",
    "we flagged {item} did you request that",
]
X_HOOK_P = [
    "there is {item} and it goes through at midnight unless you cancel it now",
    "there is {item} if you don't cancel in the next hour it can't be reversed",
]
X_FOLLOW = [
    "okay then i will cancel that for you right now",
    "no problem i can reverse that charge today",
    "alright i'm opening a cancellation request for that",
    "i'll stop it for you but we need to do it on this call",
    "okay so we'll cancel that order together",
]

K_MOVES = [
    "you'll get a text message with a six digit number please read it to me",
    "we just sent a verification code to your phone read me the code",
    "tell me the number you just got on your phone",
    "your bank will text you a one time pin please repeat it to me",
    "i'm sending a code to confirm your identity what are the digits",
    "read me the code we texted slowly number by number",
    "there's a security code on your screen now can you read that out for me",
    "forward me the text message you just got or just read me the number in it",
    "please say the pin that came from your bank so i can verify you",
]
K_PRESS = [
    "read me the code right now or the case goes forward",
    "you have to read me the code in the next minute or your account is locked",
    "i need that code now ma'am before the warrant is signed",
]
K_AGAIN = ["good there will be a second code read that one too", "okay another code is coming read that one as well",
           "thank you and the next one that comes please"]
K_DOUBT_Z = [
    "that message doesn't apply to government officers don't be difficult just read it",
    "ma'am it says that for everybody else not for me just read the numbers",
]

C_MOVES = [
    "there's no cost to you it's completely free we just cover a small release fee of {amt} that comes out of it anyway",
    "the fee is refundable so it's not really a payment you get every penny back",
    "don't worry about the amount right now it balances out",
    "it's basically nothing you won't even notice it on your check",
    "there's just a small processing amount that comes off your next payment it's covered",
    "it's a refundable bond of {amt} not a fine so there's no cost really",
    "we'll talk about the amount later first let's secure your file",
    "it's free for seniors there's only a transfer tax of {amt} which comes right back in the payment",
    "it's the same as what you pay now nothing changes for you",
]
C_Q = ["is there a fee", "how much does that cost", "do i have to pay anything", "wait is this free", "what's the catch",
       "how much is it", "so do i pay or not"]

B_TRIGGERS = ["hmm", "um i don't know", "let me think about it", "...", "i'm not sure", "well", "i need to ask my son",
              "hold on"]
B_MOVES = [
    "great i'll take that as a yes i've enrolled you",
    "okay i've gone ahead and scheduled the payment of {amt} from your card on file",
    "no need to confirm i'll handle it i've filed the form for you",
    "okay i'm signing the settlement for you to save time",
    "alright i've submitted the dispute under your name",
    "okay you're accepting i've set up the payment plan starting friday",
    "good i've moved your funds to the protected account already",
    "i'll take your silence as agreement it's done",
    "i've already put it through it's processing now",
    "okay i'll fill in the confirmation for you",
]
B_AFTER_X = ["and i've also switched you to the basic protection plan it's automatic",
             "i've also enrolled you in our monitoring service so this doesn't happen again",
             "and i put you on the free plan instead so you're covered"]

Z_MOVES = [
    "are you stupid i just told you what's happening",
    "don't waste my time ma'am",
    "this is why old people lose everything they never listen",
    "stop acting like a child and follow instructions",
    "who told you that your grandson your grandson doesn't know the law",
    "are you deaf do you not understand english",
    "i don't have time for your nonsense",
    "you people never think that's the problem",
    "stop arguing with a federal officer you're embarrassing yourself",
    "honestly some people don't deserve help",
    "shut up and listen for once",
    "don't play dumb with me",
]
DOUBTS = ["i don't think the government calls like this", "my daughter said these calls are scams",
          "i'll call the office myself", "how do i know you're real", "this sounds like a scam",
          "i want to talk to my lawyer first", "i saw on the news about calls like this",
          "the letter said you never call", "can i call you back", "i'm going to hang up"]
NO = ["no", "no thank you", "i said no", "i'm not interested", "no i'm not doing that", "no absolutely not"]

P_MOVES = [
    "you have to decide now there's no time",
    "if you hang up the police will be at your door tonight",
    "this is your last chance after this call it goes to court",
    "your accounts will be frozen today if you don't cooperate",
    "do not tell anyone about this call or you will be charged with obstruction",
    "you must do this within the hour",
    "if you don't act today everything is lost",
    "ma'am this is serious you will be arrested in front of your neighbors",
    "stay on the line if you disconnect the case goes to the local police",
    "officers are already on the way i can only stop them if we finish this now",
]
P_OFFER = [
    "the offer expires at midnight you'll never see this money again",
    "you have to claim it today or it goes back to the treasury",
    "only today ma'am after this call it's gone",
    "you must decide now other people are waiting for this money",
    "if you don't process it now the money is forfeited at 5 pm",
]
P_CHARGE = [
    "if we don't finish this now the charge goes through tonight and can't be reversed",
    "you have ten minutes before the payment posts after that the money is gone",
    "if you hang up the cancellation fails and you pay the full amount",
]
P_REPEAT = [
    "ma'am please don't hang up just listen for one minute",
    "why would you say no this is for your own protection let me explain again",
    "you don't understand you have to do this today",
    "i'm going to explain it one more time because you need this",
]

NEUTRAL_A = [  # (agent line, possible customer answers)
    ("can you confirm your full name for me", ["it's {cust}", "{cust}", "yes it's {cust} why"]),
    ("let me pull up your file one moment", ["okay", "okay i'll wait", "[silence]"]),
    ("what is your date of birth", ["march 3 1944", "june 12th 1941", "uh nineteen forty eight", "why do you need that"]),
    ("okay i see your file here", ["what file", "okay"]),
    ("please stay on the line with me", ["okay", "alright i'm here"]),
    ("do you have a pen and paper", ["hold on yes", "okay i have a pen", "let me find one"]),
    ("i'm going to give you a case number write it down {case}", ["okay {case}", "hold on say that again", "got it"]),
    ("is this the best number to reach you", ["yes", "it's my home phone"]),
    ("can you confirm the city you live in", ["springfield", "tucson", "i live in dayton"]),
    ("my badge number is {case} in case you want to write it down", ["okay", "alright", "hold on {case} okay"]),
]
NEUTRAL_C = ["okay", "yes", "uh huh", "who is this", "what is this about", "oh my goodness", "i don't understand",
             "what", "okay go ahead", "i'm listening", "yes this is me", "hold on let me sit down"]
CUST_R = ["oh really", "i didn't know about that", "that sounds nice", "i didn't apply for anything", "what do i need to do"]
CUST_X = ["no i never ordered that", "i didn't sign up for anything", "no that wasn't me", "what i don't have that",
          "no please stop it"]
CUST_P = ["what i've never done anything wrong", "oh no what do i do", "i'm 80 years old this can't be right",
          "i don't understand what did i do", "please don't send anyone"]
CUST_K_GIVE = ["it says {code}", "{code}", "okay it's {code}", "let me see {code}"]
CUST_K_REFUSE = ["i'm not supposed to share that", "it says don't share this code", "i don't want to give a code",
                 "why would the government need a text code"]
CUST_B_OBJ = ["wait i didn't say yes", "i never agreed to that", "what did you just do", "don't do anything without me"]
CLOSINGS = ["thank you for cooperating", "stay by your phone", "we'll call you back in ten minutes",
            "your case number is {case} keep it", "alright that's all for now"]


def fill(t, a):
    return t.format(amt=a["amt"], small=a["small"], thing=a["thing"], case=a["case"], item=a.get("item", ""), code=code_digits(),
                    site=a["site"], cust=a["cust"])


def deceptive_call():
    # choose labels
    size = rng.choices([1, 2, 3, 4], weights=[22, 36, 30, 12])[0]
    pool = [P, K, B, C, R, X, Z]
    w = [1.2, 1.5, 1.7, 1.5, 1.6, 2.1, 1.4]
    labs = set()
    while len(labs) < size:
        labs.add(rng.choices(pool, weights=w)[0])
    if R in labs and X in labs:
        labs.discard(pick([R, X]))
    ag = pick(AG_KEYS)
    A = AGENCIES[ag]
    a = dict(name=pick(A["names"]), title=pick(A["titles"]), offname=pick(LAST), thing=pick(A["thing"]),
             amt=amount(60, 4900), small=amount(50, 400), case=" ".join(str(rng.randint(0, 9)) for _ in range(5)), site=A["site"],
             cust=pick(CUST))
    turns = []

    def ag_(text, labels=()):
        turns.append({"speaker": "agent", "text": asr(fill(text, a)), "labels": sorted(set(labels))})

    def cu(text):
        if turns and turns[-1]["speaker"] == "customer":  # captioner merges back-to-back speech of one speaker
            turns[-1]["text"] += " " + asr(fill(text, a))
            return
        turns.append({"speaker": "customer", "text": asr(fill(text, a)), "labels": []})

    # one-speaker robocall / voicemail form
    if labs <= {P, R, X, C} and (C not in labs or R in labs) and rng.random() < 0.45:
        return robocall(ag, a, labs)

    ag_(opener(ag, a))
    if rng.random() < 0.7:
        cu(pick(NEUTRAL_C))
    for q, ans in rng.sample(NEUTRAL_A, rng.choice([0, 0, 1, 1, 2, 3, 4])):
        ag_(q)
        cu(pick(ans))
    used = set()
    # hook
    if X in labs:
        a["item"] = fill(pick(FAKE_ITEMS[ag]), a)
        if P in labs and rng.random() < 0.4:
            ag_(pick(X_HOOK_P), [X, P]); used |= {X, P}
        else:
            ag_(pick(X_HOOK), [X]); used.add(X)
        cu(pick(CUST_X))
        if rng.random() < 0.7:
            ag_(pick(X_FOLLOW), [X])
            cu(pick(["yes please cancel it", "okay", "please do", "how do i cancel it"]))
    elif R in labs:
        ag_(pick(HOOK_R[ag]), [R]); used.add(R)
        cu(pick(CUST_R))
        if rng.random() < 0.4:
            ag_(pick(["only a few people were chosen this year", "yes you were picked from a list of good citizens",
                      "you have a very good record that's why you were selected"]), [R])
            cu(pick(["okay", "i see", "well that's nice"]))
    elif P in labs:
        ag_(pick(HOOK_P[ag]), [P]); used.add(P)
        cu(pick(CUST_P))
    else:
        ag_(pick(["we're updating records in your area this week", "we need to verify your file today",
                  f"there's a routine update on {a['thing']}", "i'm calling about your application",
                  "we are moving everyone to a new secure system"]))
        cu(pick(["okay", "what kind of update", "alright", "what application"]))
    order = [l for l in [C, K, B, Z, P] if l in labs]
    rng.shuffle(order)
    if C in order:  # cost talk comes early
        order.remove(C); order.insert(0, C)
    for lab in order:
        if lab == C:
            if R in labs:
                ag_(pick(["to release it we just need to finish the processing", "there's one small step to release the money",
                          "we will need a card on file to finish this"]))
            elif X in labs:
                ag_(pick(["to cancel it we move you to the standard protection plan", "the cancellation goes through our reversal service",
                          "we'll need to set up the dispute service to stop it"]))
            else:
                ag_(pick(["we can fix this with our priority processing service", "the best way is the settlement program",
                          "we're sending you the new secure card with protection", "we can expedite your file with our clearance service",
                          "you'll need the protection bond to close the case"]))
            cu(pick(C_Q))
            ag_(pick(C_MOVES), [C])
            if rng.random() < 0.5:
                cu(pick(["so i do pay something", "that sounds like a fee", "okay if it's free"]))
                if rng.random() < 0.5:
                    ag_(pick(["it's not really a charge it comes right back", "don't worry about that part",
                              "like i said it costs you nothing in the end"]), [C])
        elif lab == K:
            if P in labs and P not in used and rng.random() < 0.35:
                ag_(pick(K_PRESS), [K, P]); used.add(P)
            else:
                ag_(pick(K_MOVES), [K])
            if rng.random() < 0.65:
                cu(pick(CUST_K_GIVE))
                if rng.random() < 0.3:
                    ag_(pick(K_AGAIN), [K]); cu(pick(CUST_K_GIVE))
            else:
                cu(pick(CUST_K_REFUSE))
                if Z in labs and Z not in used:
                    ag_(pick(K_DOUBT_Z), [K, Z]); used.add(Z)
                    cu(pick(["okay fine " + code_digits(), "no", "i'm calling my bank"]))
                else:
                    ag_(pick(["that's standard it's fine to give it to us", "it's okay i'm with the government",
                              "just read it so we can finish"]), [K])
                    cu(pick(["okay " + code_digits(), "no i won't", "hmm"]))
        elif lab == B:
            if X in labs and rng.random() < 0.5:
                ag_(pick(["okay the cancellation is almost done", "alright i'm processing that"]))
                cu(pick(["good", "okay", "hmm"]))
                ag_(pick(B_AFTER_X), [B])
            else:
                if rng.random() < 0.6 or turns[-1]["speaker"] == "customer":
                    ag_(pick(["so we can put you in the settlement program today", "i can set up the payment plan now",
                              "the best option is our protection plan", "we can file the paperwork for you today"]))
                cu(pick(B_TRIGGERS))
                ag_(pick(B_MOVES), [B])
            if rng.random() < 0.75:
                cu(pick(CUST_B_OBJ))
                if rng.random() < 0.5:
                    ag_(pick(["it's already done it's too late to change", "you stayed on the line so you agreed",
                              "it's processed now there's nothing to do"]), [B])
        elif lab == Z:
            cu(pick(DOUBTS))
            ag_(pick(Z_MOVES), [Z]); used.add(Z)
            if rng.random() < 0.4:
                cu(pick(["don't talk to me like that", "excuse me", "i'm hanging up", "i'm just asking"]))
                if rng.random() < 0.5:
                    ag_(pick(["then hang up and see what happens stupid", "you're wasting my time old man",
                              "typical you people can't follow one instruction"]), [Z])
        elif lab == P:
            if P in used and rng.random() < 0.5:
                continue
            cu(pick(NO + DOUBTS))
            bank = P_OFFER if R in labs else P_CHARGE if X in labs else P_MOVES
            ag_(pick(bank + P_REPEAT), [P]); used.add(P)
            n = rng.choice([0, 0, 1, 2, 3, 5])
            for _ in range(n):
                cu(pick(NO))
                ag_(pick(bank + P_REPEAT), [P])
    if rng.random() < 0.5:
        cu(pick(["okay", "i need to go", "goodbye", "what happens now", "alright"]))
        ag_(pick(CLOSINGS))
    return turns[:30], ag


def robocall(ag, a, labs):
    sents = []
    if rng.random() < 0.15:
        sents.append(("[music]", ()))
    intro = pick([f"this is an important message from {a['name']}", f"this call is from {a['name']}",
                  f"hello this is a recorded message from {a['name']}", f"attention this is {a['name']}",
                  f"this message is intended for {a['cust']} this is {a['name']}"])
    body = []
    if X in labs:
        a["item"] = fill(pick(FAKE_ITEMS[ag]), a)
        body.append((pick(["our records show {item} if you did not authorize this press 1 to cancel",
                           "we detected {item} to cancel this press 1 now",
                           "there is {item} call us back to cancel it"]), [X]))
    elif R in labs:
        body.append((pick(HOOK_R[ag]) + pick([" press 1 to claim it", " call us back to process it",
                                               " press 9 to speak to a claims officer"]), [R]))
    if C in labs:
        body.append((pick(["there is no cost to you the small release fee is deducted automatically",
                           "the processing fee is refundable so it's free for you",
                           "it costs you nothing the fee comes out of the payment"]), [C]))
    if P in labs and X in labs:
        body.append((pick(["if you do not press 1 in the next hour the payment cannot be reversed",
                           "this charge posts tonight act now or the money is gone",
                           "you must respond immediately or the charge becomes final"]), [P]))
    elif P in labs and R in labs:
        body.append((pick(["this is your final notice the money goes back to the treasury at 5 pm today",
                           "claim it today or it will be forfeited forever", "only today after that it's gone"]), [P]))
    elif P in labs:
        body.append((pick(HOOK_P[ag]) + pick([" call back immediately", " press 1 now", " this is your final notice",
                                               " call " + phone() + " within 2 hours"]), [P]))
    # the turns: one agent voice; sometimes split in 2-3 caption chunks
    text_chunks = [(intro, ())] + body
    if sents:
        text_chunks = sents + text_chunks
    n = rng.choice([1, 1, 2, 3])
    chunks = [[] for _ in range(n)]
    for i, ch in enumerate(text_chunks):
        chunks[min(n - 1, i * n // len(text_chunks))].append(ch)
    turns = []
    for grp in chunks:
        if not grp:
            continue
        text = " ".join(asr(fill(t, a)) if t != "[music]" else t for t, _ in grp)
        labels = sorted({l for _, ls in grp for l in ls})
        turns.append({"speaker": "agent", "text": text, "labels": labels})
    return turns, ag


# ---------------------------------------------------------------- honest calls
REAL = {
    "ssa": dict(office=["the social security office on main street", "the social security administration",
                        "the social security field office"], site="ssa dot gov", topic=["your replacement card", "your benefit letter",
                        "your medicare premium", "your disability review", "your direct deposit change", "your survivor benefits application"]),
    "irs": dict(office=["the irs", "the internal revenue service", "the state department of revenue", "the county treasurer's office"],
                site="irs dot gov", topic=["your notice", "your refund status", "your payment plan", "your amended return"]),
    "police": dict(office=["the city police department", "the county sheriff's office", "the police records unit"],
                   site="the city website", topic=["the report you filed", "your accident report copy", "your stolen wallet report",
                                                    "the scam call you reported"]),
    "court": dict(office=["the jury office at the county courthouse", "the court clerk's office", "the small claims court"],
                  site="the court website", topic=["your jury summons", "your hearing date", "your traffic ticket", "your juror pay"]),
    "uscis": dict(office=["the uscis contact center", "the immigrant legal aid clinic", "the uscis field office"],
                  site="the uscis website", topic=["your case status", "your biometrics appointment", "your green card renewal",
                                                   "your citizenship interview"]),
    "medicare": dict(office=["medicare customer service", "the state health insurance assistance program", "a medicare drug plan"],
                     site="medicare dot gov", topic=["your replacement card", "your plan comparison", "your claim"]),
    "dmv": dict(office=["the dmv", "the department of motor vehicles", "the toll authority customer service"],
                site="the dmv website", topic=["your license renewal", "your registration", "your real id appointment", "your toll account"]),
    "census": dict(office=["the census bureau", "the u s census bureau field office"], site="census dot gov",
                   topic=["the american community survey", "the household survey"]),
}
RK = list(REAL)
NEVER = [
    "we will never ask you for a payment over the phone and never ask you to read us a code from a text message",
    "nobody from our office will ever ask for gift cards wire transfers or a verification code",
    "just so you know we never call to threaten arrest and we never ask for your pin or a code",
    "we will never ask for money or a code by phone if anyone does hang up",
    "we never suspend numbers and we never ask for codes or payment on a call",
]
HELLO_C = ["hello", "yes", "yes this is her", "speaking", "who's calling", "oh hi", "yes hello"]


def R_ctx():
    k = pick(RK)
    d = REAL[k]
    return k, dict(office=pick(d["office"]), site=d["site"], topic=pick(d["topic"]), name=pick(FIRST),
                   cust=pick(CUST), date=pick(["march 3", "april 11", "may 15", "june 30", "july 1", "august 9",
                                              "september 30", "october 21", "november 1", "december 7", "the 14th", "friday the 22nd"]),
                   time=pick(["9 30 a m", "10 a m", "1 15 pm", "2 pm", "3 45", "11 o'clock", "8 a m"]))


def h_turns(seq):
    out = []
    for spk, text in seq:
        if spk == "customer" and out and out[-1]["speaker"] == "customer":
            out[-1]["text"] += " " + asr(text)
            continue
        out.append({"speaker": spk, "text": asr(text), "labels": []})
    return out


def mine(topic):
    return topic.replace("your ", "my ")


def honest_callback_never(k, c):
    s = [("agent", pick([f"hello this is {c['name']} from {c['office']} returning your call about {c['topic']}",
                         f"hi this is {c['office']} my name is {c['name']} you asked us to call you back about {c['topic']}"])),
         ("customer", pick(["oh yes thank you", "yes i called", "finally thank you"]))]
    if rng.random() < 0.6:
        s += [("customer", pick(["i got one of those calls saying my social security number is suspended",
                                  "somebody called saying there's a warrant for my arrest",
                                  "someone said my refund is waiting and they need a fee",
                                  "a man told me to read him a code from my phone"])),
              ("agent", pick(["that was a scam " + pick(NEVER), "that wasn't us " + pick(NEVER)]))]
    else:
        s.append(("agent", "before we start " + pick(NEVER)))
    s.append(("customer", pick(["okay good", "that's a relief", "good to know", "okay"])))
    s.append(("agent", pick([f"about {c['topic']} everything is in order and you don't need to do anything",
                             f"about {c['topic']} the letter we mailed explains it and you can also check it on {c['site']}",
                             f"you can see the status of {c['topic']} yourself on {c['site']} or call the number on your letter"])))
    if rng.random() < 0.5:
        s += [("customer", pick(["so i don't owe anything", "do i need to pay anything", "is there a fee"])),
              ("agent", pick(["no there's nothing to pay", "no payment at all", "no there's no fee for that"]))]
    s += [("customer", pick(["thank you dear", "okay thanks", "alright bye"])),
          ("agent", pick(["you're welcome have a good day", "take care", "bye now"]))]
    return s


def honest_code_app(k, c):
    svc = pick(["my social security account", "the irs online account", "the medicare website", "the dmv website",
                "the uscis online account", "login dot gov"])
    s = [("agent", pick([f"{c['office']} help line this is {c['name']}", f"hello thanks for calling {c['office']}"])),
         ("customer", f"hi i'm trying to log into {svc} and it says it texted me a code"),
         ("agent", pick(["that code is only for you please type it yourself into the box on the website don't read it to me",
                         "okay type that code into the website yourself i don't need it and nobody should ever ask you for it",
                         "go ahead and enter the code on the screen yourself never read that code to anyone not even to me"]))]
    if rng.random() < 0.4:
        s += [("customer", pick(["so i don't tell you the numbers", "you don't need it"])),
              ("agent", pick(["correct never tell anyone", "right it only goes into the website"]))]
    s += [("customer", pick(["okay typing it in", "alright done", "hold on"])),
          ("customer", pick(["it worked i'm in", "okay now it shows my page"]))]
    if rng.random() < 0.5:
        s += [("agent", pick(["great you should see your information on the main page", "perfect you're all set"])),
              ("customer", "thank you")]
    s.append(("agent", pick(["you're welcome", "glad it worked have a nice day"])))
    return s


def honest_deadline(k, c):
    what = pick(["your renewal form", "your review form", "your response to the notice", "your registration renewal",
                 "your jury questionnaire", "your payment", "your documents"])
    mode = rng.random()
    line = pick([f"{what} needs to be back to us by {c['date']}", f"the deadline for {what} is {c['date']}",
                 f"{what} is due {c['date']}"])
    if mode < 0.35:  # voicemail
        s = [("agent", f"hello this message is for {c['cust']} this is {c['office']} {line} you can do it on {c['site']} or by mail "
                       + pick(["if you have questions call the number on your letter", "we don't take payments on this call",
                               "there is no fee for this", "thank you"]))]
        return s
    s = [("agent", f"hello this is {c['name']} with {c['office']} calling for {c['cust']}"), ("customer", pick(HELLO_C)),
         ("agent", f"i'm calling about {what} " + line),
         ("customer", pick(["oh i forgot about that", "i think it's on my table", "what happens if i'm late"]))]
    if rng.random() < 0.5:
        s.append(("agent", pick(["if it's late we'll send a reminder letter and you can still call us",
                                 "just send it when you can before that date and call us if you need help",
                                 "you can mail it or drop it off and if you need help filling it out we can make an appointment"])))
    else:
        s.append(("agent", pick(["you can mail it in the envelope we sent or bring it to the office",
                                 "it's quick you can do it online or on paper"])))
    s += [("customer", pick(["okay i'll send it this week", "alright thanks for reminding me"])),
          ("agent", pick(["thank you have a good day", "that's all i needed thanks"]))]
    return s


def honest_fee_yes(k, c):
    items = {"ssa": [("the one on one form help at the benefits center", [35, 40])],
             "irs": [("a long term payment plan setup", [22, 69]), ("the state amended return preparation", [35, 45])],
             "police": [("a certified copy of the report", [5, 10, 15]), ("a fingerprint card", [15, 20])],
             "court": [("a payment plan setup", [25, 30]), ("a certified copy of the judgment", [9, 12])],
             "uscis": [("the lawyer review of your form", [75, 150]), ("the translation of your birth certificate", [25, 40])],
             "medicare": [("the drug plan", [19, 24, 38, 47]), ("the dental add on plan", [29, 35])],
             "dmv": [("a replacement license", [20, 25, 31]), ("a duplicate title", [15, 20, 28]), ("expedited plates", [30, 45])],
             "census": [("a certified copy of an old census record", [65, 75])]}
    item, fees = pick(items[k])
    fee = pick(fees)
    feestr = money(fee)
    s = [("agent", f"hi this is {c['name']} from {c['office']} you asked about {item}"), ("customer", pick(["yes", "yes that's right"])),
         ("agent", pick([f"{item} costs {feestr} do you want me to set that up", f"just so you know {item} is {feestr} would you like it",
                         f"there's a fee of {feestr} for {item} it's optional do you want it"]))]
    if rng.random() < 0.5:
        s += [("customer", pick(["how much did you say", "hmm", "let me think", "is that every month"])),
              ("agent", pick([f"it's {feestr} take your time", f"{feestr} you don't have to decide now",
                              f"it's {feestr} and it's up to you"]))]
    if rng.random() < 0.25:
        s += [("customer", "no i'll leave it"), ("agent", "okay no problem nothing is set up have a good day")]
        return s
    s += [("customer", pick(["okay yes please", "yes go ahead", "yes i want it"])),
          ("agent", pick([f"okay i've recorded your yes for {item} at {feestr} you'll get a confirmation in the mail",
                          f"thank you just to confirm you said yes to {feestr} it's done now",
                          f"okay you agreed to {feestr} i'm setting it up now"]))]
    return s


def honest_followup(k, c):
    offer = pick(["would you like us to mail you the form", "do you want me to schedule an appointment",
                  "would you like to sign up for the free workshop", "do you want a reminder call before your date",
                  "would you like a copy of the letter"])
    s = [("agent", f"hi this is {c['name']} from {c['office']} about {c['topic']}"), ("customer", pick(HELLO_C))]
    if rng.random() < 0.5:
        s += [("agent", pick(["everything is processed on our end", "we received your papers", "your file is complete"])),
              ("customer", "okay good")]
    s += [("agent", offer), ("customer", pick(["no thank you", "no i don't need that", "not right now"])),
          ("agent", pick(["okay no problem have a nice day", "that's fine call us if you change your mind", "alright thank you"]))]
    return s


def honest_rude(k, c):
    s = [("agent", pick([f"{c['office']} this is {c['name']} how can i help", f"thank you for calling {c['office']} this is {c['name']}"])),
         ("customer", pick(["i've been on hold forever you people are useless", "are you another scammer because i'm sick of it",
                            "listen i don't have time for your nonsense", "you people keep sending me letters i don't understand"])),
         ("agent", pick(["i'm sorry about that how can i help you today", "i understand i'll do my best to help",
                         "i'm sorry you had to wait what do you need"]))]
    s += [("customer", f"i need to know about {mine(c['topic'])}"),
          ("agent", pick([f"okay {c['topic']} is being processed and there's nothing you need to do",
                          f"i see {c['topic']} here it's all in order",
                          f"for {c['topic']} you'll get a letter in about ten days"]))]
    for _ in range(rng.choice([0, 1, 2])):
        s += [("customer", pick(["that's ridiculous", "why didn't anyone tell me", "this is a joke", "whatever"])),
              ("agent", pick(["i understand it's frustrating", "i'm sorry nobody explained it sooner",
                              "i can mail you the details in writing if that helps"]))]
    s += [("customer", pick(["fine", "okay", "whatever bye"])), ("agent", pick(["take care", "have a good day", "thank you for calling"]))]
    return s


def honest_refund(k, c):
    amt = money(rng.randint(40, 1800))
    s = [("agent", pick([f"hello this is {c['office']} your refund of {amt} was approved and mailed as a paper check",
                         f"hi this is {c['office']} we overpaid you back and a refund of {amt} is being sent to the address on file"]))]
    if rng.random() < 0.35:
        s[0] = ("agent", s[0][1] + " there's nothing you need to do and nothing to pay")
        return s
    s += [("customer", pick(["is this a scam are you going to ask for money", "do you need my bank or a code",
                             "what do i have to pay"])),
          ("agent", pick(["no we're not asking for anything the check goes to your address",
                          "no you don't pay anything and we don't need a code you can see it on " + c['site'],
                          "nothing at all it will come in the mail"])),
          ("customer", pick(["oh good thank you", "okay great"]))]
    return s


def honest_psa(k, c):
    return [("agent", pick([f"this is a public service message from {c['office']} ", f"a message from {c['office']} "]) +
             pick(["scammers are calling saying your social security number will be suspended ",
                   "people are getting calls saying a warrant has been issued and they must pay now ",
                   "there are calls saying you have a tax refund waiting and a fee to release it ",
                   "callers are pretending to be immigration officers and threatening deportation "]) +
             pick(NEVER) + pick([f" report these calls on {c['site']}", " if you get one just hang up",
                                 " call the number on your official letter if you are unsure"]))]


def honest_cancel_requested(k, c):
    thing = pick(["my appointment on " + c['date'], "my payment plan since i paid in full", "my request for a call back",
                  "the reminder calls", "my jury postponement request", "my application i don't need it anymore"])
    s = [("agent", f"{c['office']} this is {c['name']}"), ("customer", f"hi i want to cancel {thing}")]
    if rng.random() < 0.6:
        s += [("agent", pick(["sure can i have your name and date of birth", "okay can you confirm your name"])),
              ("customer", pick([c['cust'] + " march 3 1946", "it's " + c['cust'], c['cust']]))]
    s += [("agent", pick(["okay do you want me to cancel it now", "just to confirm you want it cancelled yes"])),
          ("customer", pick(["yes please", "yes cancel it"])),
          ("agent", pick(["done it's cancelled and there's no fee", "it's cancelled you'll get a letter confirming",
                          "okay cancelled is there anything else"]))]
    return s


def honest_notice(k, c):
    amt = money(rng.randint(120, 3500))
    s = [("agent", f"hello this is {c['name']} with {c['office']} calling about the letter you got saying you owe {amt}"),
         ("customer", pick(["yes i can't pay that", "is this real", "that's crazy i don't owe that"])),
         ("agent", pick(["you don't have to pay anything today and i'm not going to take a payment over the phone",
                         "i'm not calling to collect anything just to explain the options"])),
         ("agent", pick(["you can appeal or ask for a payment plan the letter gives you 30 days to respond",
                         "you can dispute it in writing by the date on the letter or set up a plan online on " + c['site']]))]
    if rng.random() < 0.5:
        s += [("customer", "and if i don't do anything"),
              ("agent", pick(["then we'd send another letter and you can still call us", "then the balance stays and interest adds up but nobody will come to your house"]))]
    s += [("customer", pick(["okay i'll read the letter again", "alright i'll call my daughter to help"])),
          ("agent", "thank you")]
    return s


def plain_reminder(k, c):
    what = pick({"court": [f"your hearing is scheduled for {c['date']} at {c['time']}", f"please report for jury service on {c['date']} at {c['time']}"],
                 "uscis": [f"your interview is on {c['date']} at {c['time']}", f"your biometrics appointment is {c['date']} at {c['time']}"],
                 "census": [f"a field representative will call on {c['date']} around {c['time']}"]}.get(k,
                [f"your appointment is on {c['date']} at {c['time']}", f"your phone appointment is {c['date']} at {c['time']}"]))
    return [("agent", pick([f"this is a reminder from {c['office']} ", f"hello this is {c['office']} calling for {c['cust']} "]) + what +
             pick([" please bring a photo id", " bring your letter and any documents", " to reschedule use the number on your letter",
                   " thank you", " see you then"]))]


def plain_status(k, c):
    s = [("agent", f"hi this is {c['name']} at {c['office']} calling about {c['topic']}"), ("customer", pick(HELLO_C)),
         ("agent", pick([f"{c['topic']} is still being processed you should hear from us in about 30 days",
                         f"we received everything for {c['topic']} and it's complete",
                         f"{c['topic']} was updated and a letter is in the mail"]))]
    if rng.random() < 0.6:
        s += list(zip(["customer", "agent"], pick([("do i need to come in", "no you don't need to come in"),
                                                   ("how long will it take", "about two to four weeks"),
                                                   ("okay thank you", "you're welcome")])))
    if rng.random() < 0.4:
        s += list(zip(["customer", "agent"], pick([("can you send me that in writing", "sure i'll mail it today"),
                                                   ("what documents do i need", "just your photo id and the letter")])))
        s.append(("customer", "thanks"))
    return s


def plain_info(k, c):
    q, a_ = pick([("what are your office hours", "we're open monday to friday 9 to 4"),
                  ("where do i park for the office", "there's free parking behind the building"),
                  ("what do i bring to my appointment", "bring a photo id and the letter we mailed"),
                  ("can i bring my daughter to help me", "yes of course she can come with you"),
                  ("is the office open on saturday", "no we're closed weekends but open until 6 on thursdays")])
    s = [("agent", f"{c['office']} this is {c['name']}"), ("customer", q), ("agent", a_)]
    if rng.random() < 0.5:
        s += [("customer", pick(["and is there a wait", "do i need an appointment"])),
              ("agent", pick(["mornings are usually shorter", "appointments are faster but walk ins are fine"]))]
    s += [("customer", "okay thank you"), ("agent", "you're welcome")]
    return s


HONEST_KINDS = [  # (function, hard_negative, weight)
    (honest_callback_never, True, 16), (honest_code_app, True, 11), (honest_deadline, True, 11), (honest_fee_yes, True, 11),
    (honest_followup, True, 8), (honest_rude, True, 10), (honest_refund, True, 9), (honest_psa, True, 7),
    (honest_cancel_requested, True, 7), (honest_notice, True, 8),
    (plain_reminder, False, 14), (plain_status, False, 13), (plain_info, False, 11),
]


def honest_call():
    fn, hn, _ = rng.choices(HONEST_KINDS, weights=[w for *_, w in HONEST_KINDS])[0]
    k, c = R_ctx()
    return h_turns(fn(k, c)), hn, f"{k}_{fn.__name__}"


def main():
    hand = [json.loads(l) for l in open(os.path.join(HERE, "hand.jsonl"), encoding="utf-8") if l.strip()]
    out = list(hand)
    n = len(hand)
    gen = []
    for _ in range(N_DECEPTIVE):
        turns, ag = deceptive_call()
        labels = sorted({l for t in turns for l in t["labels"]})
        kind = "robocall" if all(t["speaker"] == "agent" for t in turns) else "live"
        ab = {P: "threat", K: "code", B: "noconsent", C: "hiddenfee", R: "lure", X: "fakecharge", Z: "scold"}
        tag = "_".join(ab[x] for x in labels[:2])
        gen.append(dict(turns=turns, hn=False, scenario=f"{ag}_impersonation_{kind}_{tag}"))
    for _ in range(N_HONEST):
        turns, hn, sc = honest_call()
        gen.append(dict(turns=turns, hn=hn, scenario=sc))
    rng.shuffle(gen)
    for g in gen:
        n += 1
        labels = sorted({l for t in g["turns"] for l in t["labels"]})
        out.append({"id": f"w05-{n:04d}", "lang": "en", "deceptive": bool(labels), "labels": labels, "turns": g["turns"],
                    "source": "writer:05", "scenario": g["scenario"], "hard_negative": g["hn"] and not labels,
                    "written": "generator"})
    with open(os.path.join(HERE, "calls.jsonl"), "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} calls ({len(hand)} hand, {len(gen)} generated)")


if __name__ == "__main__":
    main()
