"""writer 04 generator: e-commerce orders, refunds, parcels.
rebuilds hand.jsonl (from hand_*.txt via build_hand.py) + generated calls -> calls.jsonl.
deterministic: random.Random(SEED). python 3 stdlib only.
"""
import json, os, random
import build_hand

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 4004
N_DECEPTIVE = 194
N_HONEST = 146
R = random.Random(SEED)

def pick(xs):
    return R.choice(xs)

def chance(p):
    return R.random() < p

# ---------------------------------------------------------------- pools
STORES = ["shopwell", "greenmart", "brightcart", "quickbuy", "bazaarhub", "marketmax", "shopnest", "homeline",
          "techmart", "fastbuy", "dealzone", "cartly", "buyright", "primecart", "shopgrid", "urbanbasket",
          "megamart online", "kitchenworks", "stylebox", "pinetree books", "outdoorgear", "toyland online"]
COURIERS = ["swiftpost", "parcelnet", "rapidparcel", "fleetpost", "eastline courier", "globalexpress",
            "metro deliveries", "pdq parcels", "parcelgo", "northpost", "shipright", "citycourier", "bulkymove"]
AGENTS = ["kevin", "maria", "dan", "priya", "josh", "lena", "amir", "nadia", "tom", "claire", "ravi", "kelly",
          "sam", "olivia", "eric", "jade", "mark", "steve", "rachel", "tariq", "jo", "ben", "hana", "rosa", "liam",
          "petra", "nora", "chris", "mateo", "ella", "dana", "teresa", "luis", "sophie", "greg", "amy", "leo",
          "nina", "jonah", "kim", "marco", "pat", "ivan", "june", "rick", "hugo", "kris", "lana", "gabriel", "nate"]
ITEMS = [("iphone 15 pro max", "1,499"), ("gaming laptop", "1,499"), ("65 inch tv", "1,149"),
         ("macbook air", "1,299"), ("playstation 5 bundle", "749"), ("apple watch", "499"),
         ("dyson vacuum", "699"), ("samsung galaxy phone", "1,199"), ("drone with camera", "899"),
         ("set of 4 gift cards", "2,000"), ("designer handbag", "1,499"), ("espresso machine", "649"),
         ("electric scooter", "1,099"), ("4k projector", "1,499"), ("gold necklace", "1,899")]
PLANS = [("shopping plus membership", "299.99 a year"), ("premium delivery club", "39.99 a month"),
         ("3 year device protection plan", "1,499"), ("movie and music bundle", "39.99 a month"),
         ("account protection service", "19.99 a month"), ("gold shopper pass", "99 a year")]
REAL_ITEMS = [("kettle", "39"), ("dog bed", "64"), ("stand mixer", "329"), ("headphones", "89.50"),
              ("running shoes", "110"), ("desk lamp", "45"), ("winter coat", "120"), ("tent", "260"),
              ("blender", "79"), ("office chair", "189"), ("book set", "36"), ("rug", "149"),
              ("coffee grinder", "58"), ("bike helmet", "65"), ("sofa", "1,499"), ("washing machine", "549")]
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]

def money(x):
    return f"{x} dollars" if chance(0.5) else x

def order_no():
    return str(R.randint(10000, 99999))

# ---------------------------------------------------------------- builders
class Call:
    def __init__(self):
        self.turns = []
    def a(self, text, *labels):
        self.turns.append({"speaker": "agent", "text": text, "labels": sorted(set(labels))})
    def c(self, text):
        if self.turns and self.turns[-1]["speaker"] == "customer":
            self.turns[-1]["text"] += " " + text
            return
        self.turns.append({"speaker": "customer", "text": text, "labels": []})
    def u(self, text):
        self.turns.append({"speaker": "unknown", "text": text, "labels": []})

def fill(s, **kw):
    return s.format(**kw)

# --- deceptive phrase banks
OPEN_SCAM = [
    "hello, this is {agent} from the {store} order security team.",
    "good afternoon, i'm calling from {store} account protection, my name is {agent}.",
    "hi, this is the billing department of your {store} account.",
    "hello sir or madam, this is {agent} from online order services.",
    "hi there, {agent} here from {store} customer safety.",
    "this is an important call from {store}, my name is {agent}.",
    "hello, am i speaking with the account holder? this is {agent} from {store} fraud prevention.",
]
FC_ORDER = [
    "an order for a {item} has been placed on your account for {amt} and will be charged to your card today.",
    "we are calling about an order of {amt} for a {item} on your account.",
    "your account will be charged {amt} for an order of a {item}.",
    "a purchase of {amt} for a {item} is pending on your card from your {store} account.",
    "our system shows a {item} ordered under your name, total {amt}, shipping tonight.",
    "your {store} account has an order for a {item}, {amt}, ready to be billed.",
    "someone used your account to buy a {item} for {amt}, it is being processed right now.",
    "there is a charge of {amt} waiting on your account for a {item} going to another address.",
]
FC_PLAN = [
    "your {plan} will renew today at {price}.",
    "a {plan} was added to your account and will charge {price} starting tomorrow.",
    "this is a reminder that your {plan} is being billed {price} today.",
    "our records show you signed up for a {plan} at {price}, the first payment goes out tonight.",
    "your free trial of the {plan} has ended and {price} will be taken from your card.",
]
FC_DOUBLE = [
    "you were charged twice for your last order, {amt} each time, and we need to reverse one.",
    "due to a system error we took {amt} from your card for an order that was cancelled.",
    "we owe you a refund of {amt} for an order the system cancelled automatically.",
    "by mistake we refunded you {amt} instead of 50, and it has to be corrected today.",
]
FC_PRESS = [
    "if you did not place this order, press 1 to cancel it.",
    "to cancel this charge, press 1 now.",
    "press 1 to stop this payment and speak to a representative.",
    "if this wasn't you, press 1 and we'll cancel it for you.",
    "to cancel the payment press 1. to approve it press 2.",
    "press 9 to cancel and talk to an operator.",
]
FC_OFFER_CANCEL = [
    "i can cancel this for you right now.",
    "don't worry, i'm here to cancel it for you.",
    "i will help you cancel it before the money leaves.",
    "let's get it cancelled and your money protected.",
]
PR_URGENT = [
    "this has to be done in the next {n} minutes.",
    "you must act now, there is no time.",
    "this is your final notice, after today nothing can be done.",
    "if we don't hear from you within 1 hour, your account will be suspended.",
    "if you don't do it now, your account is locked and your details go to the police.",
    "we cannot wait, the system closes the case in {n} minutes.",
    "only today, tomorrow it's too late.",
]
PR_REPEAT = [
    "listen, you don't understand, this is important.",
    "just give me 2 more minutes, this is very important for you.",
    "everyone else already did it, you need to do it now too.",
    "i can't let you go until this is sorted, it's for your own protection.",
    "i'm asking you one more time, do it now.",
    "if you hang up now, you'll regret it, i promise you.",
    "you have to decide right now, there is no later.",
]
PR_FAM = {
    "fake_order": ["you really want to lose {amt}? think again.", "the money leaves your card today, there is no later.",
                   "after {n} minutes the charge becomes final and cannot be reversed."],
    "fake_membership": ["once it renews you can't get the money back, decide now.", "the {price} goes out tonight, you must act now."],
    "fake_refund": ["if you don't do it now, the refund is cancelled forever.", "the refund expires in {n} minutes.",
                    "if you don't return the money today, we call the police."],
    "customs": ["if you don't pay today the parcel is destroyed.", "unpaid customs fees are a crime, the police will be informed.",
                "storage charges start tomorrow, pay now.", "the law says you must pay today, there is no choice."],
    "courier": ["your parcel goes back to the sender tonight if you don't do this now.", "after today the parcel is destroyed.",
                "you'll pay 50 dollars storage if you wait, decide now."],
    "premium_seller": ["this offer closes at noon, after that it goes to another seller.",
                       "your competitors are joining, your sales will drop if you don't decide today.",
                       "if you say no, your shop may lose its ranking."],
    "buyer_reward": ["the reward expires in {n} minutes.", "only today, tomorrow it's gone.", "if you don't claim now it goes to the next customer."],
}
CR_WHY = {
    "fake_order": ["to cancel the order i need to verify it's you.", "before i cancel, a quick security check."],
    "fake_membership": ["to stop the renewal i need to confirm your identity.", "for the cancellation we need a verification."],
    "fake_refund": ["to send the refund i need to verify you.", "the refund system needs a confirmation."],
    "customs": ["to release the parcel i need to confirm you are the receiver.", "customs needs to verify your identity."],
    "courier": ["to rebook the delivery i need to verify you.", "to reroute the parcel we need a confirmation."],
    "premium_seller": ["to link the upgrade to your shop i need to verify you.", "to switch it on we need a security check."],
    "buyer_reward": ["to send your reward i need to verify you.", "to unlock it we need a quick confirmation."],
}
CB_ASK = {
    "fake_order": ["so i'll cancel it and set up the refund, okay?", "shall i cancel it and protect your account?"],
    "fake_membership": ["shall i cancel it and move you to the basic plan?", "i can stop the renewal now, okay?"],
    "fake_refund": ["shall i process the refund to your card?", "i'll start the refund now, okay?"],
    "customs": ["shall i put the fee through for you?", "i can sign the release form now, okay?"],
    "courier": ["shall i rebook it with the fee?", "i can reroute it now, okay?"],
    "premium_seller": ["so i'll activate premium for you, yes?", "i can switch it on now, okay?"],
    "buyer_reward": ["i'll activate your membership now, okay?", "so i'll send the reward and set up the club, yes?"],
}
CC_SETUP = {
    "fake_order": ["to block this for good we add our order protection service.", "i'll also put on the account shield so this doesn't happen again."],
    "fake_membership": ["after cancelling, we move you to the basic plan.", "we switch you to the lite membership instead."],
    "fake_refund": ["there's a refund processing service on this."],
    "customs": ["there's a handling fee to release it.", "you need to pay the clearance charge."],
    "courier": ["to rebook there's a redelivery charge.", "there's a small admin fee for the new slot."],
    "premium_seller": ["the premium tools come with a service plan.", "it runs on our seller plus plan."],
    "buyer_reward": ["to get it you join our shopper club.", "it comes with the gold pass membership."],
}
CR = [
    "we've sent a 6 digit code to your phone, please read it to me.",
    "tell me the number you just received by text.",
    "please say the verification code now.",
    "i need the one time password your bank just sent you, read it out.",
    "read me the pin in the message so i can confirm it's you.",
    "forward me the text you just got, or just read the digits.",
    "what's the code in the sms? just the numbers, slowly.",
    "you'll get a security code in a second, tell it to me and we're done.",
    "open your banking app, it will show a code, read it to me.",
]
CR_AGAIN = [
    "the code, please. the full code.",
    "i still need the code, read it now.",
    "just the 6 numbers, that's all i need.",
    "the system is waiting for the code, please read it.",
]
CB = [
    "okay, i've gone ahead and done it for you.",
    "great, i'll take that as a yes, it's done.",
    "no need to confirm, i'll handle it from here.",
    "i've already activated it on your account.",
    "i'll fill in the confirmation for you, it's faster.",
    "alright, i've signed you up, you'll see it on your account.",
    "okay, perfect, i've processed it.",
    "i'll sign for you, don't worry about it.",
]
CC_DODGE = [
    "don't worry about the price, it's tiny.",
    "it's basically free, you won't even notice it on your card.",
    "it's all included, nothing extra really.",
    "the amount will be shown later on your statement.",
    "let's not worry about numbers now, it's very small.",
    "your costs stay the same, more or less.",
    "it's just a small contribution, not worth talking about.",
    "it depends, but honestly it's nothing.",
]
FR = [
    "congratulations, you've been selected as a {tier} this month!",
    "good news, you've been rated a {tier} by our system!",
    "as a thank-you for being loyal, we're giving you a {n} dollar voucher!",
    "your number was picked in our lucky draw!",
    "you're one of our top 100 customers and have earned {tier} status!",
    "you have been chosen for our exclusive {tier} programme!",
]
TIERS_SELLER = ["premium seller", "elite seller", "top rated seller", "gold seller", "featured seller"]
TIERS_BUYER = ["star buyer", "gold member", "vip shopper", "platinum buyer", "loyalty champion"]
FR_HOOK2 = [
    "it comes with free delivery, top placement and special discounts.",
    "you get a gold badge and early access to every sale.",
    "you just need to activate it today.",
    "all we need to do is switch it on for you.",
]
AB = [
    "are you stupid?",
    "don't waste my time.",
    "how slow can you be?",
    "you people never listen, honestly.",
    "are you deaf or something?",
    "what an idiot.",
    "stop being so dumb and just listen.",
    "ugh, you're useless.",
    "i don't have time for stupid questions.",
    "are you really this thick?",
]
C_DENY = ["i didn't order anything.", "no, that wasn't me.", "what? i never bought that.", "i don't have any order like that.",
          "i don't remember that at all.", "that's not mine."]
C_QUESTION = ["who is this again?", "how did you get my number?", "which order is this?", "can i call you back?",
              "is this really {org}?", "why are you calling me?", "what do you need from me?"]
C_PRICE = ["how much is it?", "is it free?", "what does it cost exactly?", "is there a fee?", "how much will i pay?"]
C_HESITATE = ["hmm.", "um.", "uh, i don't know.", "mm.", "i'm not sure.", "...", "let me think."]
C_REFUSE = ["no, i'm not doing that.", "no thank you.", "i don't want this.", "no, i said no.", "i'm not giving you anything.",
            "i'd rather not.", "no. stop."]
C_CODE_DOUBT = ["the text says never to share this code.", "why do you need a code?", "i don't think i should read that.",
                "isn't it dangerous to share codes?", "my bank says not to give codes to anyone."]
C_END = ["i'm hanging up.", "bye.", "i'll call the store myself.", "please don't call me again.", "goodbye."]
AGENT_NEUTRAL_FILL = [
    "i understand, ma'am.", "it's {org}, yes, the customer department.", "your number is on the account.",
    "it's the order ending {ono}.", "please stay on the line.", "let me check my screen.", "okay, one moment.",
    "yes, i can see your account here.", "my name is {agent}, employee number {emp}.",
]

def scam_ctx():
    item, amt = pick(ITEMS)
    plan, price = pick(PLANS)
    store, courier = pick(STORES), pick(COURIERS)
    return dict(store=store, courier=courier, org=store, agent=pick(AGENTS), item=item, amt=amt, plan=plan,
                price=price, n=pick([5, 10, 15, 20, 30]), tier=pick(TIERS_BUYER), ono=order_no(),
                emp=R.randint(100, 9999))

def hook_turns(call, fam, S, ctx, form):
    """the family hook. returns nothing; adds agent turns."""
    f = lambda s: fill(s, **ctx)
    if fam == "fake_order":
        call.a(f(pick(FC_ORDER)), "fake_cancellation")
    elif fam == "fake_membership":
        call.a(f(pick(FC_PLAN)), "fake_cancellation")
    elif fam == "fake_refund":
        if "fake_cancellation" in S:
            call.a(f(pick(FC_DOUBLE)), "fake_cancellation")
        else:
            call.a(f(pick(["you have a refund of {amt} waiting from your last order.",
                           "we need to process the refund for your late delivery, {n} dollars.",
                           "your refund request for order {ono} is ready, we just need to send it.",
                           "there is a refund for you of {n} dollars from the delivery complaint."])))
    elif fam == "customs":
        call.a(f(pick(["your parcel from overseas is held at customs.",
                       "a parcel addressed to you is waiting at the customs office with an unpaid fee.",
                       "your package has been stopped at the border, there is a release fee.",
                       "we have a parcel for you at the airport depot, it needs customs clearance."])))
    elif fam == "courier":
        call.a(f(pick(["we tried to deliver your {courier} parcel today but nobody was home.",
                       "your parcel could not be delivered because the address is incomplete.",
                       "your parcel is on hold at our depot.",
                       "there is a problem with your delivery from {courier}."])))
    elif fam in ("premium_seller", "buyer_reward"):
        if "fake_reward" in S:
            call.a(f(pick(FR)), "fake_reward")
        else:
            call.a(f(pick(["we have a new upgrade for your {store} account.",
                           "i'm calling about your store's plan on {store}.",
                           "we're moving some accounts to the new membership."])))

def build_scam(fam, S, form):
    ctx = scam_ctx()
    if fam == "premium_seller":
        ctx["tier"] = pick(TIERS_SELLER)
    if fam in ("customs", "courier"):
        ctx["org"] = ctx["courier"]
    f = lambda s: fill(s, **ctx)
    call = Call()
    if form == "voicemail":
        return build_voicemail(fam, S, ctx)
    # ---------- opening
    if form == "ivr":
        call.a(f(pick(["this is an automated message from {store}.", "hello, this is an automated call from your online shopping account.",
                       "important notice from {store} billing.", "this is a recorded message from {courier} delivery services.",
                       "attention. this is the order department.", "hello. this is not a sales call."])))
    else:
        call.a(f(pick(OPEN_SCAM)) if fam not in ("customs", "courier") else
               f(pick(["hello, customs clearance office, my name is {agent}.", "hi, this is {agent} from {courier}.",
                       "good morning, delivery department, {agent} speaking.", "hello, this is the parcel service."])))
        if chance(0.5):
            call.c(pick(["hello?", "yes?", "speaking.", "who is this?", "okay?"]))
    hook_turns(call, fam, S, ctx, form)
    if fam == "premium_seller" and "fake_reward" in S and chance(0.7):
        call.a(f(pick(FR_HOOK2)), "fake_reward")
    if form == "ivr":
        if fam in ("fake_order", "fake_membership", "fake_refund") and "fake_cancellation" in S:
            call.a(f(pick(FC_PRESS)), "fake_cancellation")
        elif fam in ("premium_seller", "buyer_reward"):
            call.a(pick(["press 1 to claim your reward.", "to activate, press 1.", "press 1 now to accept."]),
                   *(["fake_reward"] if "fake_reward" in S else []))
        else:
            call.a(pick(["press 1 to speak to an agent.", "to release your parcel, press 1.", "press 9 for more options."]))
        if "pressure" in S and chance(0.5):
            call.a(f(pick(PR_URGENT + PR_FAM[fam])), "pressure")
            S = S - {"pressure"} if chance(0.3) else S
        call.u(pick(["[keypress 1]", "[keypress 9]", "[keypress 1]"]))
        if chance(0.25) and not ({"abuse", "consent_bypass"} & S):
            # stays automated
            rest = []
            if "code_request" in S:
                call.a(pick(["please enter or say the code we just sent to your phone.",
                             "for security, say the 6 digit code from the text message now.",
                             "please say the one time password you just received."]), "code_request")
            if "cost_concealment" in S:
                call.a(pick(["a small service charge applies. the amount will be shown later.",
                             "enter your card number. the fee is minimal and will be explained later."]), "cost_concealment")
            if "pressure" in S:
                call.a(f(pick(PR_URGENT + PR_FAM[fam])), "pressure")
            call.a(pick(["goodbye.", "thank you.", "please hold."]))
            return call
        call.a(f(pick(["thank you, connecting you to an agent. hello, this is {agent}, how can i help?",
                       "hello, you pressed 1, i'm {agent}, i'll help you now.",
                       "thank you for holding, {agent} speaking."])))
    # ---------- live part
    if fam in ("fake_order", "fake_membership"):
        call.c(pick(C_DENY))
        if chance(0.5):
            call.a(f(pick(FC_OFFER_CANCEL)), "fake_cancellation")
    elif fam == "fake_refund":
        call.c(pick(["oh, okay.", "a refund? for what?", "i didn't know about that.", "what do i need to do?"]))
    elif fam in ("customs", "courier"):
        call.c(pick(["what parcel?", "i'm not expecting anything.", "oh, okay, what do i do?", "how much is it?"]))
        if "cost_concealment" not in S:
            call.a(f(pick(["the fee is {n} dollars.", "you need to pay a release fee of {n} dollars.",
                           "there is a {n} dollar charge to release it."])))
    else:
        call.c(pick(["oh, really?", "okay, what does that mean?", "nice, what do i get?", "i didn't apply for anything."]))
    if fam in ("premium_seller", "buyer_reward") and "cost_concealment" not in S:
        call.a(f(pick(["to activate it you join the {tier} plan, it's {n} dollars a month.",
                       "it comes with our membership at {n} dollars a month, first month included.",
                       "you just take the {tier} package, {n} dollars a month, cancel any time."])))
        call.c(pick(["hmm, so it's not free.", "i see.", "okay...", "that's not a gift then."]))
    # random neutral fill
    qs = R.sample(C_QUESTION, R.choice([0, 0, 1, 2, 3]))
    fills = R.sample(AGENT_NEUTRAL_FILL, len(qs))
    for q, a_ in zip(qs, fills):
        call.c(f(q))
        call.a(f(a_))
    beats = [b for b in ["cost_concealment", "consent_bypass"] if b in S]
    if "code_request" in S:
        beats.insert(R.randint(0, len(beats)), "code_request")
    for b in beats:
        if b == "cost_concealment":
            call.a(f(pick(CC_SETUP[fam])))
            call.c(pick(C_PRICE))
            call.a(f(pick(CC_DODGE)), "cost_concealment")
            if chance(0.5):
                call.c(pick(["i want a number.", "that's not an answer.", "so it's not free?", "tell me the amount."]))
                call.a(f(pick(CC_DODGE)), "cost_concealment")
        elif b == "code_request":
            if chance(0.6):
                call.a(f(pick(CR_WHY[fam])))
            call.a(f(pick(CR)), "code_request")
            call.c(pick(C_CODE_DOUBT))
            if chance(0.5):
                call.a(pick(["it's fine, i'm from the company, it's safe.", "that warning is for strangers, not for us.",
                             "that's normal, everyone does it."]), "code_request")
                call.c(pick(C_HESITATE))
            if chance(0.4):
                call.a(pick(CR_AGAIN), "code_request")
        elif b == "consent_bypass":
            call.a(f(pick(CB_ASK[fam] + ["shall i go ahead?", "do you want me to proceed?"])))
            call.c(pick(C_HESITATE))
            call.a(f(pick(CB)), "consent_bypass")
            if chance(0.5):
                call.c(pick(["wait, i didn't say yes.", "what did you just do?", "i didn't agree to that!", "no, undo it."]))
                call.a(pick(["it's already done.", "too late, it's in the system.", "you can cancel next month.",
                             "it's processed now, nothing to worry about."]), "consent_bypass")
    if "pressure" in S:
        for _ in range(R.choice([1, 1, 2, 3])):
            call.c(pick(C_REFUSE))
            txt = f(pick(PR_REPEAT + PR_URGENT + PR_FAM[fam] * 2))
            if "abuse" in S and chance(0.3):
                call.a(txt + " " + pick(AB), "pressure", "abuse")
            else:
                call.a(txt, "pressure")
    if "abuse" in S and not any("abuse" in t["labels"] for t in call.turns):
        call.c(pick(C_REFUSE + C_CODE_DOUBT + ["i need to think.", "can you explain again?"]))
        call.a(pick(AB) + pick(["", " " + pick(AB)]), "abuse")
    if chance(0.7):
        call.c(pick(C_END))
        if chance(0.4):
            if "abuse" in S and chance(0.5):
                call.a(pick(["whatever, idiot.", "fine, stupid.", "good, don't waste my time again."]), "abuse")
            else:
                call.a(pick(["okay, goodbye.", "fine.", "your choice."]))
    return call

def build_voicemail(fam, S, ctx):
    if fam in ("customs", "courier"):
        ctx["org"] = ctx["courier"]
    f = lambda s: fill(s, **ctx)
    call = Call()
    parts = []  # (text, labels)
    parts.append((f(pick(["hi, this message is for the account holder, this is {agent} from {store}.",
                          "hello, this is {agent} calling from {courier}.", "this is an automated message from {store}.",
                          "hello, this is the refund team at {store}."])), []))
    if fam in ("fake_order",):
        parts.append((f(pick(FC_ORDER)), ["fake_cancellation"]))
        parts.append((pick(["if this was not you, call us back to cancel it.", "press 1 or call back to cancel."]), ["fake_cancellation"]))
    elif fam == "fake_membership":
        parts.append((f(pick(FC_PLAN)), ["fake_cancellation"]))
    elif fam == "fake_refund":
        parts.append((f(pick(FC_DOUBLE)), ["fake_cancellation"]) if "fake_cancellation" in S else
                     (f("your refund of {n} dollars is ready to be sent."), []))
    elif fam in ("customs", "courier"):
        parts.append((f(pick(["your parcel is being held with an outstanding fee.", "we could not deliver your parcel today."])), []))
    else:
        if "fake_reward" in S:
            parts.append((f(pick(FR)), ["fake_reward"]))
        else:
            parts.append((f("we have an upgrade ready for your {store} account."), []))
    if "cost_concealment" in S:
        parts.append((f(pick(["there's a small fee, but honestly you won't notice it.", "it's basically free, just a tiny monthly charge.",
                              "the cost is nothing to worry about."])), ["cost_concealment"]))
    if "consent_bypass" in S:
        parts.append((pick(["we've already enrolled you, if you don't call back we'll take that as your agreement.",
                            "as discussed, we've gone ahead and activated it for you.",
                            "we've signed the release form on your behalf."]), ["consent_bypass"]))
    if "code_request" in S:
        parts.append((pick(["when you call back, have your phone ready, you'll need to read us the code we text you.",
                            "please call back and read the 6 digit code you just received to our agent.",
                            "reply to this number with the verification code we sent."]), ["code_request"]))
    if "abuse" in S:
        parts.append((pick(["this is the third time we call and you keep ignoring us like a fool.",
                            "honestly, stop being so stupid and pick up the phone."]), ["abuse"]))
    if "pressure" in S:
        parts.append((f(pick(PR_URGENT + PR_FAM[fam])), ["pressure"]))
    if len(parts) > 3 and chance(0.6):
        k = R.randint(2, len(parts) - 1)
        groups = [parts[:k], parts[k:]]
    else:
        groups = [parts]
    for g in groups:
        call.a(" ".join(t for t, _ in g), *[l for _, ls in g for l in ls])
    return call

FAMILIES = {
    "fake_order": (["fake_cancellation"], ["code_request", "pressure", "consent_bypass", "cost_concealment", "abuse"]),
    "fake_membership": (["fake_cancellation"], ["code_request", "pressure", "consent_bypass", "abuse"]),
    "fake_refund": (["code_request"], ["fake_cancellation", "pressure", "abuse", "consent_bypass"]),
    "customs": ([], ["cost_concealment", "pressure", "code_request", "consent_bypass", "abuse"]),
    "courier": ([], ["cost_concealment", "code_request", "consent_bypass", "pressure", "abuse"]),
    "premium_seller": (["fake_reward"], ["cost_concealment", "consent_bypass", "pressure", "abuse", "code_request"]),
    "buyer_reward": (["fake_reward"], ["cost_concealment", "code_request", "consent_bypass", "pressure", "abuse"]),
}
# extra weight for patterns that need more coverage
EXTRA_W = {"abuse": 0.42, "consent_bypass": 0.4, "cost_concealment": 0.45, "code_request": 0.35, "pressure": 0.45,
           "fake_cancellation": 0.5, "fake_reward": 0.3}

def gen_deceptive(i):
    fam = pick(list(FAMILIES))
    must, opt = FAMILIES[fam]
    S = set(must)
    single = chance(0.2)
    if not single or not S:
        for p in opt:
            if chance(EXTRA_W[p]):
                S.add(p)
        if not S:
            S.add(pick(opt))
        if single:
            S = {pick(sorted(S))}
    form = R.choices(["two_party", "ivr", "voicemail"], [0.55, 0.3, 0.15])[0]
    if fam in ("fake_order", "fake_membership", "fake_refund", "premium_seller", "buyer_reward") and single and not must:
        pass
    call = build_scam(fam, S, form)
    return call, f"gen_{fam}_{form}"

# ---------------------------------------------------------------- honest
NEVER_CODE = ["we will never ask for your code on the phone.", "please don't share any codes with anyone who calls, we never ask for them.",
              "we don't need any codes or card numbers from you.", "if anyone calls asking for a code, hang up, it isn't us.",
              "you don't need to confirm anything with a code."]
RUDE = ["you people are useless.", "this is a joke, do you even know what you're doing?", "i'm sick of your company.",
        "why is everything so slow with you idiots?", "honestly, worst service ever.", "don't give me excuses."]
PATIENT = ["i understand, and i'm sorry about that.", "that's fair, i'd be annoyed too.", "i hear you, let me fix it.",
           "sorry for the trouble, let me see what i can do."]

def honest_ctx():
    item, price = pick(REAL_ITEMS)
    return dict(store=pick(STORES), courier=pick(COURIERS), agent=pick(AGENTS), item=item, price=price, ono=order_no(),
                day=pick(DAYS), fee=pick(["3", "5", "8", "12", "15", "25", "30"]), n=pick([3, 5, 7, 10, 14, 30]),
                code=" ".join(str(R.randint(0, 9)) for _ in range(pick([4, 4, 6]))))

def h_order_status(ctx, hn):
    f = lambda s: fill(s, **ctx); c = Call()
    c.a(f(pick(["hi, this is {agent} from {store}, calling about your order {ono}.", "hello, {agent} at {store} here, about your {item} order."])))
    c.c(pick(["yes?", "oh, hi.", "okay, is something wrong?", "yes, that's me."]))
    c.a(f(pick(["it shipped today and should arrive on {day}.", "it's running about {n} days late, sorry, the new date is {day}.",
                "it's out for delivery now, between 1 and 5.", "it's ready for collection, we hold it for {n} days."])))
    if hn:
        c.c(pick(["do you need anything from me? a code?", "is this a real call? i get lots of scam calls.", "do i have to confirm anything?"]))
        c.a(f(pick(NEVER_CODE)) + " " + pick(["you can also check the order in the app.", "that's all, just an update.", "you'll get an email as well."]))
    if chance(0.5):
        c.c(pick(["okay, thanks.", "great.", "fine, thank you."]))
        c.a(pick(["have a good day.", "thanks, bye.", "you're welcome."]))
    return c, "gen_honest_order_status"

def h_refund(ctx, hn):
    f = lambda s: fill(s, **ctx); c = Call()
    c.a(f(pick(["hello, this is {agent} from {store}, about the refund you asked for.", "hi, {agent} at {store}, returning your call about the {item} refund."])))
    c.c(pick(["yes, i sent it back.", "yes, it arrived broken.", "finally, yes.", "oh good."]))
    c.a(f(pick(["the refund of {price} dollars is approved and sent to your original card. it takes 3 to 5 days.",
                "we received the {item}, and {price} dollars is on its way back to you.",
                "you don't need to return it. {price} dollars has been refunded."])))
    if hn:
        c.c(pick(["do you need a code or my card number?", "someone else called asking for a code for this refund.", "do i need to enter a pin to receive it?"]))
        c.a(f(pick(["no. " + pick(NEVER_CODE), "that wasn't us. we never ask for codes. the refund goes back automatically.",
                    "no, you never need a pin to receive a refund."])))
    if chance(0.5):
        c.c(pick(["thanks.", "okay, great.", "good."]))
    return c, "gen_honest_refund_requested"

def h_courier_code(ctx, hn):
    f = lambda s: fill(s, **ctx); c = Call()
    c.a(f(pick(["hi, this is {agent}, your driver from {courier}, i'm at your door.", "delivery from {courier}, i have a parcel for you."])))
    c.c(pick(["oh, great.", "i'm coming down.", "okay."]))
    c.a(f(pick(["this parcel needs the delivery code from your text message, can you tell me it?",
                "can you read me the pickup code from the {courier} app so i can release it?",
                "i just need the 4 digit delivery code before i hand it over."])))
    if chance(0.4):
        c.c(pick(["is this safe? i thought you never share codes.", "wait, is this a scam?"]))
        c.a(f(pick(["this one's different, it's the parcel's own handover code, i'm standing here with your box.",
                    "it's only the delivery code for this parcel, not a bank code. you can also collect it at the depot instead."])))
    c.c(f("it's {code}."))
    c.a(f(pick(["{code}, that matches. here you go.", "perfect, that's the one. enjoy.", "thanks, all done."])))
    return c, "gen_honest_courier_pickup_code"

def h_reschedule(ctx, hn):
    f = lambda s: fill(s, **ctx); c = Call()
    c.a(f(pick(["hi, this is {agent} from {courier}, we missed you today with your {item}.", "hello, {courier} here about your {item} delivery."])))
    c.c(pick(["sorry, i was out.", "can we change the day?", "yes, i wasn't home."]))
    c.a(f(pick(["we can bring it on a weekday for free, or {day} for a {fee} dollar fee. which do you prefer?",
                "a new weekday slot is free. a chosen time slot costs {fee} dollars. up to you.",
                "redelivery tomorrow is free. evening delivery costs {fee} dollars extra."])))
    if chance(0.5):
        c.c(pick(["the free one please.", "the free weekday is fine."]))
        c.a(pick(["okay, booked, no charge.", "done, free weekday delivery.", "great, nothing to pay."]))
    else:
        c.c(f(pick(["i'll take the paid one, {fee} dollars is fine.", "yes, i'll pay the {fee}."])))
        c.a(f(pick(["okay, i've recorded your yes to the {fee} dollar fee. you'll get a payment link.",
                    "great, {fee} dollars added with your ok. you'll get an email receipt."])))
    return c, "gen_honest_delivery_reschedule_fee"

def h_return_policy(ctx, hn):
    f = lambda s: fill(s, **ctx); c = Call()
    c.a(f(pick(["hi, this is {agent} from {store}, you asked how to return the {item}.", "thanks for calling {store} returns, {agent} speaking."])))
    if not c.turns[-1]["text"].startswith("hi"):
        c.c(f("i want to return my {item}."))
    c.a(f(pick(["you have 30 days. the return label is free in your account. refunds take about 5 days after we get it.",
                "returns are free by post. a courier pickup costs {fee} dollars if you'd rather. the refund goes to your card.",
                "you can return it within {n} days. the original shipping isn't refunded, but the item price is."])))
    if chance(0.5):
        c.c("and if it's opened?")
        c.a("opened is fine as long as it's not damaged.")
    c.c(pick(["okay, i'll use the free label.", "got it, thanks."]))
    c.a(pick(["you're welcome.", "any time.", "great, thanks for calling."]))
    return c, "gen_honest_return_policy"

def h_customs_official(ctx, hn):
    f = lambda s: fill(s, **ctx); c = Call()
    c.a(f(pick(["hello, this is {agent} from {courier}. your parcel from abroad has import duty of {fee} dollars.",
                "hi, {courier} customer team, there's a customs charge of {fee} dollars on your parcel."])))
    c.c(pick(["is this a scam?", "how do i pay?", "why do i have to pay?", "another scam call?"]))
    c.a(f(pick(["we don't take payments on the phone. open the {courier} app or website yourself, enter your tracking number and pay there.",
                "the duty is set by customs. you pay it only on our website. we never take card numbers or codes by phone."])))
    if chance(0.6):
        c.c(pick(["and if i don't pay?", "is there a deadline?"]))
        c.a(f("we hold it for {n} days, then it goes back to the sender. that's the only deadline."))
    return c, "gen_honest_customs_official"

def h_seller_plan(ctx, hn):
    f = lambda s: fill(s, **ctx); c = Call()
    c.a(f(pick(["hello, this is {agent} from {store} seller services, about the plus seller plan.", "hi, {agent} at {store} for sellers."])))
    c.c(pick(["okay, go on.", "what is it?", "is it free?"]))
    c.a(f(pick(["it costs {fee} dollars a month. you get lower commission and promoted listings. it may or may not pay off for you.",
                "it's {fee} dollars a month, billed to your payouts, and you can cancel any time. nothing changes unless you turn it on."])))
    c.c(pick(["no, not for now.", "i'll think about it.", "yes, i'd like it."]))
    if c.turns[-1]["text"].startswith("yes"):
        c.a(f("okay, you've said yes to {fee} dollars a month. i've recorded that and switched it on. you'll get a confirmation email."))
    else:
        c.a(pick(["no problem, nothing's been added.", "sure, you can turn it on yourself in the dashboard any time."]))
    return c, "gen_honest_seller_plan_price"

def h_free_reward(ctx, hn):
    f = lambda s: fill(s, **ctx); c = Call()
    c.a(f(pick(["hi, this is {agent} from {store}. your order came late, so we've added a {fee} dollar voucher to your account.",
                "hello, {store} rewards here. you've reached 1,000 points, that's {fee} dollars off your next order.",
                "hi, {agent} at {store}. your shop earned the top rated badge this month, it's already on your page."])))
    c.c(pick(["is there a catch?", "do i have to pay anything?", "what do i need to do?"]))
    c.a(pick(["no catch. nothing to accept, nothing to pay, it's already in your account.",
              "nothing at all, it's free and applies automatically. no subscription.",
              "you don't need to do anything. there's no fee and nothing to sign up for."]))
    return c, "gen_honest_free_reward"

def h_customer_cancel(ctx, hn):
    f = lambda s: fill(s, **ctx); c = Call()
    c.a(f(pick(["thanks for calling {store}, this is {agent}.", "{store} customer care, {agent} speaking."])))
    c.c(f(pick(["i want to cancel my order for the {item}.", "please cancel my monthly subscription.", "i'd like to cancel order {ono}."])))
    if chance(0.4):
        c.a(pick(["i can do that. just once, there's a pause option if you prefer. if not, i'll cancel now.",
                  "sure. before i do, would a 10 percent discount change your mind? if not, no problem."]))
        c.c(pick(["no, just cancel.", "cancel it please."]))
    c.a(pick(["to confirm, you want it cancelled now?", "just confirming, cancel it today, yes?"]))
    c.c(pick(["yes.", "yes, cancel it.", "yes please."]))
    c.a(pick(["done, it's cancelled. no further charges, and you'll get an email.", "cancelled. any money paid goes back to your card in a few days."]))
    return c, "gen_honest_customer_cancel"

def h_rude_customer(ctx, hn):
    f = lambda s: fill(s, **ctx); c = Call()
    c.a(f(pick(["hello, {agent} from {store}, returning your call about order {ono}.", "hi, this is {agent} at {courier} customer service."])))
    for _ in range(R.choice([1, 2, 3])):
        c.c(pick(RUDE))
        c.a(f(pick(PATIENT)) + " " + f(pick(["the parcel was delayed at the depot and goes out today.", "i've refunded the {fee} dollar shipping.",
                                             "your refund of {price} dollars went out this morning.", "i've put a note on your order and escalated it."])))
    c.c(pick(["fine.", "whatever.", "it better work.", "okay."]))
    c.a(pick(["thanks for your patience.", "have a good evening.", "call us back any time."]))
    return c, "gen_honest_rude_customer_patient_agent"

def h_ivr(ctx, hn):
    f = lambda s: fill(s, **ctx); c = Call()
    c.a(f(pick(["welcome to {store} order status. please enter your order number.", "thank you for calling the {store} refund line."])))
    c.u("[keypress order number]")
    c.a(f(pick(["your order of {price} dollars for the {item} was charged as agreed at checkout and ships on {day}.",
                "your refund of {price} dollars was approved and sent to your original payment method.",
                "your order {ono} is out for delivery today."])))
    c.a(pick(["to cancel an order you placed, press 1. to speak to an agent, press 9. we will never ask for a password or code on this line.",
              "press 1 to hear this again, press 9 for an agent.", "to reschedule, press 1. saturday delivery costs 25 dollars; weekdays are free."]))
    if chance(0.4):
        c.u("[keypress 1]")
        c.a(pick(["your order is cancelled as you requested. the money goes back within 5 days.", "repeating. " + c.turns[2]["text"]]))
    return c, "gen_honest_ivr"

def h_explicit_yes(ctx, hn):
    f = lambda s: fill(s, **ctx); c = Call()
    c.a(f(pick(["hi, this is {agent} from {store}. you asked us to reorder the {item}. it's {price} dollars, delivery free. shall i place it?",
                "hello, {store} here. your repair needs a part for {price} dollars. should we go ahead?"])))
    if chance(0.4):
        c.c(pick(["hmm.", "let me think.", "um, not sure."]))
        c.a(pick(["take your time, nothing happens until you say yes.", "no rush. we won't order anything without your yes."]))
    c.c(pick(["yes, go ahead.", "yes please.", "no, leave it for now."]))
    if c.turns[-1]["text"].startswith("yes"):
        c.a(f("thanks, i've recorded your yes. {price} dollars, you'll get a confirmation email."))
    else:
        c.a(pick(["okay, nothing ordered.", "no problem, nothing placed."]))
    return c, "gen_honest_explicit_yes"

def h_followup(ctx, hn):
    f = lambda s: fill(s, **ctx); c = Call()
    c.a(f(pick(["hi, this is {agent} from {store}. would you like to add 2 year cover to your {item}? it's {fee} dollars once.",
                "hello, {agent} at {store}. the {item} in your basket is on sale until {day}, then the price goes back up. just letting you know."])))
    c.c(pick(["no thanks.", "i'm not sure.", "hmm."]))
    if c.turns[-1]["text"] != "no thanks.":
        c.a(pick(["no problem, you can add it later in your account at the same price. shall i leave it?", "sure, no pressure. should i leave it for now?"]))
        c.c(pick(["yes, leave it.", "leave it."]))
    c.a(pick(["okay, nothing added. thanks.", "done, nothing changed. have a good day."]))
    return c, "gen_honest_one_followup"

def h_plain(ctx, hn):
    f = lambda s: fill(s, **ctx); c = Call()
    c.a(f(pick(["hi, this is {agent} from {store}. your {item} shipped today, it should arrive {day}.",
                "hello, it's your driver from {courier}, i'm about 10 minutes away.",
                "hi, {store} here, we received your return of the {item}.",
                "hello, {agent} from {store}, just confirming the delivery address for order {ono}."])))
    c.c(pick(["great, thanks.", "okay.", "perfect.", "yes, that's right."]))
    if chance(0.6):
        c.a(pick(["you'll get an email too.", "see you soon.", "have a good day.", "thanks, bye."]))
    return c, "gen_honest_plain"

HONEST_FILL = [
    ("can you tell me the tracking number?", "sure, it's in your email, it starts with {ono}."),
    ("what time will it come?", "usually between 9 and 5. you'll get a 1 hour window by text on the day."),
    ("can my neighbour take it if i'm out?", "yes, just add a note in the app or on our website."),
    ("will i get an email about this?", "yes, within the next few minutes."),
    ("do you have my right address?", "i have flat 2, the one on your order. if it's wrong, change it in your account."),
    ("where do i find the receipt?", "it's in your account under orders."),
    ("can i change the payment card later?", "yes, in your account settings, any time before it ships."),
    ("is the box big?", "it's about the size of a microwave, 1 person can carry it."),
    ("do i need to be home?", "only if it needs a signature, and this one doesn't."),
    ("what if it's damaged?", "then take a photo and report it in the app, we'll sort it out."),
    ("can i return it if i don't like it?", "yes, you have 30 days, the label is free."),
    ("sorry, can you repeat that?", "of course. i'll say it again slowly."),
    ("how long have you been calling customers today?", "all morning, but it's fine, happy to help."),
    ("is there a number i can call back on?", "yes, the number on our website, ask for customer care."),
]
HONEST_CLOSE = [("okay, thanks a lot.", "you're welcome, have a good day."), ("that's all, thanks.", "thank you, bye."),
                ("great, bye.", "bye now.")]

def extend_honest(call, ctx):
    k = R.choice([0, 0, 0, 1, 1, 2, 3, 4, 5, 7, 9])
    if k == 0 or call.turns[-1]["speaker"] == "unknown":
        return
    f = lambda s: fill(s, **ctx)
    for q, a_ in R.sample(HONEST_FILL, k):
        call.c(f(q)); call.a(f(a_))
    q, a_ = pick(HONEST_CLOSE)
    call.c(q); call.a(a_)

def h_voicemail(ctx, hn):
    f = lambda s: fill(s, **ctx); c = Call()
    intro = f(pick(["hi, this is {agent} from {store}.", "hello, message from {courier} for the customer on order {ono}.",
                    "this is an automated message from {store}."]))
    if hn:
        body = f(pick(["your refund of {price} dollars has been sent. you don't need to call back or confirm anything, and we'll never ask for a code.",
                       "your order of {price} dollars was charged today as you agreed at checkout. this is not a request for information, we never ask for codes.",
                       "there's import duty of {fee} dollars on your parcel. we don't take payment by phone, please pay on our website with your tracking number. we hold parcels {n} days.",
                       "we missed you today. redelivery tomorrow is free, or pick a day in the app for {fee} dollars. collecting from the depot is free.",
                       "just a reminder that your free trial ends on {day}. after that it's 9 dollars 99 a month. if you want to cancel, do it in settings before then.",
                       "your return window for the {item} closes on {day}, in case you still want to send it back. if you're keeping it, ignore this."]))
    else:
        body = f(pick(["your {item} is ready for collection, we hold it {n} days.", "your {item} shipped today and should arrive {day}.",
                       "we tried to deliver today, we'll try again tomorrow.", "we received your return, the refund is on its way."]))
    end = pick(["thanks, bye.", "have a good day.", "no need to call back.", ""])
    if chance(0.4):
        c.a(intro + " " + body); c.a(end or "thanks again.")
    else:
        c.a((intro + " " + body + " " + end).strip())
    return c, "gen_honest_voicemail"

HONEST_HN = [h_voicemail, h_order_status, h_refund, h_courier_code, h_reschedule, h_customs_official, h_seller_plan, h_free_reward,
             h_customer_cancel, h_rude_customer, h_ivr, h_explicit_yes, h_followup]
HONEST_PLAIN = [h_plain, h_return_policy, h_order_status, h_reschedule, h_voicemail]

def gen_honest(i):
    ctx = honest_ctx()
    hn = chance(0.68)
    fn = pick(HONEST_HN if hn else HONEST_PLAIN)
    call, scen = fn(ctx, hn)
    if fn not in (h_voicemail, h_ivr):
        extend_honest(call, ctx)
        while len(call.turns) < 4:
            q, a_ = pick(HONEST_CLOSE)
            call.c(q); call.a(a_)
    if not hn and fn is h_reschedule:
        scen = "gen_honest_delivery_reschedule_plain"
    return call, scen, hn

# ---------------------------------------------------------------- main
def record(idx, call, scen, hn):
    turns = [dict(t, text=t["text"].lower().replace(" a elite", " an elite")) for t in call.turns]
    labels = sorted({l for t in turns for l in t["labels"]})
    return {"id": f"w04-{idx:04d}", "lang": "en", "deceptive": bool(labels), "labels": labels, "turns": turns,
            "source": "writer:04", "scenario": scen, "hard_negative": hn, "written": "generator"}

def main():
    build_hand.main()
    hand = [json.loads(l) for l in open(os.path.join(HERE, "hand.jsonl"), encoding="utf-8")]
    out = list(hand)
    idx = len(hand)
    gen = []
    for i in range(N_DECEPTIVE):
        while True:
            call, scen = gen_deceptive(i)
            if 4 <= len(call.turns) <= 30 or scen.endswith("voicemail"):
                break
        gen.append((call, scen, False))
    for i in range(N_HONEST):
        call, scen, hn = gen_honest(i)
        gen.append((call, scen, hn))
    R.shuffle(gen)
    for call, scen, hn in gen:
        idx += 1
        out.append(record(idx, call, scen, hn))
    with open(os.path.join(HERE, "calls.jsonl"), "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(out), "calls")

if __name__ == "__main__":
    main()
