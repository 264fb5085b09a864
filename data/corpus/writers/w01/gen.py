"""w01 generator: rebuilds calls.jsonl = hand.jsonl + generated calls (stdlib only, deterministic).
Run: python3 gen.py   (hand.jsonl is produced from src/*.txt by src/build_hand.py)"""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20240101
N_DECEPTIVE = 200
N_HONEST = 152

OPS = [("china mobile", "one zero zero eight six"), ("china unicom", "one zero zero one zero"),
       ("china telecom", "one zero zero zero zero"), ("china mobile", "one zero zero eight six"),
       ("your mobile operator", "the official line"), ("china broadnet", "one zero zero nine nine")]
DEPTS = ["customer service", "customer care", "the customer care center", "the member service center",
         "the loyalty department", "the package service team", "the billing department", "the vip service desk",
         "the value added service team", "the customer experience team"]
NAMES = ["wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu",
         "hu", "guo", "he", "lin", "luo", "gao", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng"]
TITLES = ["mister", "miss", "madam", "auntie", "uncle", "mister", "miss"]
NUMW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
DATA = ["five g", "ten g", "fifteen g", "twenty g", "thirty g", "forty g", "fifty g", "one hundred g"]
PRICE = ["five", "eight", "ten", "twelve", "fifteen", "eighteen", "nineteen", "twenty", "twenty five", "twenty nine",
         "thirty", "thirty five", "thirty nine", "forty", "forty nine", "fifty"]
PLAN = ["thirty eight", "forty eight", "fifty eight", "sixty eight", "seventy nine", "eighty eight", "ninety nine",
        "one hundred twenty nine", "one hundred fifty nine"]
MEMB = ["video membership", "music membership", "cloud storage membership", "reading membership",
        "game membership", "audiobook membership", "phone insurance service", "caller ringtone service",
        "health consultation membership", "short video vip", "sports channel pack", "news subscription"]
OFFERS = ["a data pack with {data} every month", "a five g package upgrade", "a fiber speed upgrade",
          "an iptv channel pack", "a family sharing bundle", "an extra sim for your tablet",
          "a call minutes bundle", "a streaming bundle", "a new unlimited plan", "a roaming pack",
          "a loyalty package with more data and minutes", "a caller ringtone service", "a cloud backup plan"]
FILLERS = ["uh", "um", "you know", "uh", "um", "uh", "like", "i mean"]


class Call:
    def __init__(self, rng):
        self.rng = rng
        self.turns = []

    def a(self, text, *labels):
        self.turns.append({"speaker": "agent", "text": text, "labels": sorted(set(labels))})

    def c(self, text):
        self.turns.append({"speaker": "customer", "text": text, "labels": []})

    def u(self, text, *labels):
        self.turns.append({"speaker": "unknown", "text": text, "labels": sorted(set(labels))})


def pick(rng, bank, **kw):
    return rng.choice(bank).format(**kw)


NOSTUTTER = set(NUMW) | {"ten", "eleven", "twelve", "fifteen", "eighteen", "nineteen", "twenty", "thirty", "forty",
                         "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "yuan", "g", "no"}


def asrify(rng, text):
    words = text.split()
    out = []
    for i, w in enumerate(words):
        r = rng.random()
        between_numbers = i > 0 and w in NOSTUTTER and words[i - 1] in NOSTUTTER
        if r < 0.035 and i > 0 and not between_numbers:
            out.append(rng.choice(FILLERS))
        elif r < 0.05 and len(w) <= 4 and w not in NOSTUTTER:
            out.append(w)  # stutter: repeated short word
        out.append(w)
    if rng.random() < 0.18:
        out.insert(0, rng.choice(["uh", "um", "oh", "so", "okay", "well"]))
    return " ".join(out)


def digits(rng, n=6):
    return " ".join(rng.choice(NUMW) for _ in range(n))


def ctx(rng):
    op, num = rng.choice(OPS)
    return {"op": op, "num": num, "dept": rng.choice(DEPTS), "name": rng.choice(NAMES),
            "title": rng.choice(TITLES), "data": rng.choice(DATA), "price": rng.choice(PRICE),
            "plan": rng.choice(PLAN), "memb": rng.choice(MEMB),
            "tail": " ".join(rng.choice(NUMW) for _ in range(4)),
            "offer": rng.choice(OFFERS).format(data=rng.choice(DATA))}


# ---------------------------------------------------------------- shared neutral moves
OPEN_A = ["hello is this {title} {name} this is {op} {dept}",
          "hello hello this is {op} {num} {dept} am i speaking with the owner of the number ending in {tail}",
          "good morning this is {dept} of {op} calling for {title} {name}",
          "hi this is {op} {dept} my job number is {tail}",
          "hello can you hear me this is {op} the {num} {dept}",
          "good afternoon i'm calling from {op} {dept} is this {title} {name}",
          "hello this is {num} {op} {dept} calling about your number ending in {tail}",
          "hi there good evening this is {dept} from {op}",
          "hello {title} {name} sorry to bother you this is {op} {dept}"]
OPEN_C = ["yes", "yes speaking", "uh yes who is this", "hello", "yeah what is it", "who", "speaking",
          "okay", "yes hello", "mm yes", "yes it's me", "what is this about", "i'm a bit busy what is it"]
ID_A = ["can you confirm the name on the account for me", "just to check you are the account holder right",
        "is this number registered in your name", "may i confirm i'm speaking with the number owner"]
ID_C = ["yes it's mine", "yes my name", "yeah it's in my name", "yes", "that's me"]
CLOSE_A = ["okay thank you for your time goodbye", "alright have a nice day", "thank you bye bye",
           "okay that's all for today", "thanks for your support goodbye", "okay bye"]
CLOSE_C = ["bye", "okay bye", "goodbye", "mm bye", "okay"]

# ---------------------------------------------------------------- deceptive banks
FR = ["congratulations you've been rated a star user this year so as a thank you we are adding {data} of data every month",
      "based on your usage you've been selected as a five star customer and you get {offer} as a loyalty reward",
      "you are one of our top customers in your city and you've been chosen for our loyalty upgrade {offer}",
      "as a thank you for being with us so long we have a gift for you {offer}",
      "good news you won our customer appreciation draw and the prize is {offer}",
      "your number has been selected for our vip benefits program which gives you {offer}",
      "because you always pay on time you've been picked for a special reward {data} extra every month",
      "you've been upgraded to gold member status and gold members receive {offer}",
      "this month only a few star users get {offer} and you are one of them",
      "we are rewarding our loyal users and you qualify for {offer} as a present from us"]
FC = ["i see a gifted {memb} on your number and it starts charging next month {price} yuan a month shall i cancel it for you",
      "your free {memb} trial ends tomorrow and then it's {price} yuan every month do you want me to cancel it now",
      "there's a {memb} that was activated with your sim card and it will auto renew and charge you {price} yuan i'm calling to help you stop it",
      "our system shows a pending charge of {price} yuan for a {memb} on your account we can cancel it before it goes through",
      "you have a {memb} from last year's promotion it becomes paid on the first {price} yuan a month most people want it cancelled",
      "we noticed a duplicated {memb} on your number next month you'd pay {price} yuan twice so we want to cancel one",
      "a {memb} was opened on your number by mistake it charges {price} yuan from next month shall i close it for you"]
FC2 = ["it was included in a promotion sir many customers have it and don't know",
       "it's in our system i can see it right here it came with your package",
       "sometimes the store activates it when the sim is sold that's why we call everyone",
       "it's very common that's exactly why we're calling to help you"]
THREAT = ["your number has an abnormal real name record and it will be suspended within two hours unless you verify",
          "your number will be stopped tonight because your package is on an old network that's shutting down",
          "someone tried to move your number to a new sim we must lock it right now or you lose it",
          "your account has an unpaid fee and it goes to the credit system today if we don't fix it",
          "your id was used to open other numbers and your line will be cut and reported unless you verify now"]
OFFER_A = ["i'm calling about {offer} for your number", "we have {offer} available for you this week",
           "i want to tell you about {offer}", "we are moving customers like you to {offer}"]
OFFER_PRICE = ["it's {price} yuan a month on top of your {plan} yuan plan", "it adds {price} yuan to your monthly bill",
               "the price is {price} yuan extra each month"]
ASK_PRICE = ["how much is it", "what does it cost", "is it free", "so what's the price", "does my bill change",
             "what's the catch", "and how much do i pay for that", "is there a monthly fee"]
CC = ["your package tariff stays the same you don't pay anything extra",
      "it's a gift so nothing changes on your bill",
      "you won't notice it on the bill really",
      "it's basically the same as what you pay now roughly",
      "don't worry about the price it's part of your benefits",
      "it's included in your level you don't see it separately",
      "the monthly you know it stays about where it is",
      "it's so small you won't even feel it",
      "it depends on the month the main thing is the value you get",
      "it's free for you as a loyal customer the fee is the same as before"]
ASK_AGAIN = ["but what is the exact number", "roughly meaning what", "so is there a fee or not",
             "can you just tell me the price", "that's not an answer", "same as before meaning free"]
CC2 = ["sir you just enjoy it you don't have to think about the numbers", "it's hard to say exactly it's a benefit",
       "i can't see the exact amount here but it's nothing really", "let's say it's covered don't worry",
       "you'll see it in a text later it's nothing to worry about"]
CR = {"reward": ["to activate it {num} will text you a six digit code just read it to me",
                 "you'll get a verification code now please read it back so i can add the reward",
                 "i'm sending a code to your phone tell me the code when it arrives and it's done"],
      "cancel": ["to cancel it the system sends you a code please read me the six numbers",
                 "i need the sms code to process the cancellation what does it say",
                 "a confirmation code will come from {num} just repeat it to me and it's cancelled"],
      "offer": ["to confirm i'll send a code please read it to me",
                "you just got a text with a code can you tell me the numbers",
                "please tell me your service password the six digits so i can apply it"],
      "threat": ["to verify you please read me the code we send now", "tell me the six digit code on your screen right now",
                 "read me the verification code so i can lock your number"]}
CR2 = ["it's fine to tell me i'm customer service read all six", "the whole code please all the digits",
       "that warning is for strangers i'm from the operator just read it", "quickly please the code is only valid one minute"]
CODE_HESIT = ["it says don't share this code with anyone", "why do you need my code", "hmm my son said never to read these",
              "this message says it's for a payment", "i don't feel comfortable reading it"]
REFUSE = ["no thank you", "no i don't want it", "i'm not interested", "no i said no", "no please don't",
          "i'll think about it myself", "no i'll go to the store", "i'll call the official number myself",
          "no really i'm fine", "not interested thanks"]
PRESS = ["sir this offer is only for today after midnight it's gone", "everyone in your area has already taken it you should too",
         "if you don't do it now you'll be charged tomorrow and it can't be refunded",
         "you must decide on this call i can't keep it for you", "there are only a few spots left today",
         "if you hang up the system will suspend your number", "just listen it's a very good deal why are you refusing",
         "think about it again it's really for your benefit", "you'll regret it if you say no today",
         "the window closes in ten minutes you have to do it with me now"]
ABUSE = ["don't waste my time then", "are you stupid i'm giving you something for free",
         "you people never listen you just say no no no", "honestly you're so difficult",
         "fine lose your money it's your own fault", "some people are just too dumb to help",
         "what's wrong with you just do what i say", "you're wasting my time and yours",
         "old people are so stubborn", "don't blame us later when you cry about the bill"]
HESIT = ["hmm", "um", "maybe", "let me think", "i'm not sure", "uh i don't know", "mm", "i need to ask my wife",
         "i need to ask my husband", "hmm okay i guess"]
CB = ["okay great i've activated it for you", "good i'll fill in the confirmation for you you don't need to do anything",
      "no need to confirm i'll handle it it's done", "alright i've signed it under your name",
      "i'll take that as a yes it's submitted", "perfect it's registered it starts next month",
      "i'll just put you down for it you can cancel later", "done i've switched you over already"]
CANCEL_WAIT = ["let me check the app first", "i'll go to the store to check", "i want to ask my son first",
               "can i call you back", "i'll call {num} myself"]
PRESS_CANCEL = ["if you don't cancel with me now the charge goes through tomorrow and it's not refundable",
                "today is the last day after this call i can't help you and you pay the whole year",
                "the app can't cancel it only i can and the window closes in a few minutes",
                "sir if you hang up it will renew and charge you every month you must do it now"]
CB_CANCEL = ["no need to confirm i'll cancel it and move you to the replacement package it's all handled",
             "i'll fill in the cancellation form for you and sign it with the new plan attached done",
             "okay i've processed it and added the free version instead you don't need to do anything",
             "i'll take care of it and put you on the updated package it's already submitted"]
CB_THREAT = ["don't worry i'll re verify it for you and move you to the secure package no need to confirm",
             "i've already submitted the upgrade under your name so the number stays on",
             "i'll sign the verification form for you and switch the plan it's done",
             "okay i'm processing the new package for you now you don't have to say anything"]
AFTER_CB = ["wait i didn't say yes", "hold on what did you do", "i didn't agree to anything", "what no", "um okay"]
AFTER_CB_A = ["it's already done you'll get a text", "it's in the system now thank you", "don't worry it's fine",
              "you can change it at the store later"]


SIDE = [("how did you get my number", "you're our customer sir your number is in our system"),
        ("which department are you from", "i'm from {op} {dept} my job number is {tail}"),
        ("is this really {num}", "yes this is {op}"),
        ("sorry can you repeat that the signal is bad", "sure can you hear me now"),
        ("hold on someone is at the door", "okay i'll wait"),
        ("what's your name", "my surname is {name}"),
        ("can you speak slower", "sure sorry"),
        ("i'm driving can you be quick", "okay i'll be quick"),
        ("what time is it there you're calling late", "sorry we work until nine"),
        ("is this call recorded", "yes calls are recorded for quality"),
        ("wait which number is this about", "your number ending in {tail}"),
        ("my english is not good", "no problem i'll speak slowly")]


def gen_deceptive(rng, k):
    d = ctx(rng)
    f = lambda bank: pick(rng, bank, **d)
    call = Call(rng)
    # choose pattern set: 1..4 patterns
    n = rng.choices([1, 2, 3, 4], weights=[22, 35, 28, 15])[0]
    pats = ["fake_reward", "fake_cancellation", "cost_concealment", "code_request", "consent_bypass", "pressure", "abuse"]
    w = [14, 15, 14, 14, 13, 16, 14]
    S = set()
    while len(S) < n:
        S.add(rng.choices(pats, weights=w)[0])
    if "fake_reward" in S and "fake_cancellation" in S and rng.random() < 0.5:
        S.discard("fake_reward"); S.add("pressure")
    purpose = "offer"
    # opening
    if "fake_cancellation" in S and rng.random() < 0.2:
        call.u(pick(rng, ["this is a notice from your mobile operator your {memb} will auto renew tomorrow and charge {price} yuan to cancel press one",
                          "attention your {memb} charge of {price} yuan is pending press one to speak to an agent"], **d), "fake_cancellation")
        call.c(rng.choice(["hello", "hello hello", "uh hello"]))
        call.a(f(["hello thank you for pressing one this is the membership service desk",
                  "hi this is {op} member service you pressed one about the charge"]))
    else:
        call.a(f(OPEN_A)); call.c(rng.choice(OPEN_C))
        if rng.random() < 0.3:
            call.a(f(ID_A)); call.c(rng.choice(ID_C))
    scen = "gen_plan_upsell"
    # hook
    if "fake_reward" in S:
        purpose, scen = "reward", rng.choice(["gen_star_user_reward", "gen_loyalty_gift_lure", "gen_selected_upgrade"])
        if "cost_concealment" in S and rng.random() < 0.3:
            call.a(f(FR) + " and " + f(CC), "fake_reward", "cost_concealment"); S_cc_done = True
        else:
            call.a(f(FR), "fake_reward"); S_cc_done = False
        call.c(rng.choice(["really", "oh why me", "okay", "what do you mean", "i didn't ask for anything", "hm"]))
    elif "fake_cancellation" in S:
        purpose, scen, S_cc_done = "cancel", rng.choice(["gen_fake_membership_cancel", "gen_pending_charge_cancel"]), False
        if call.turns[0]["speaker"] == "unknown":
            call.c(f(["i don't have any {memb}", "i never signed up for that", "what membership"]))
            call.a(f(FC2), "fake_cancellation")
        else:
            call.a(f(FC), "fake_cancellation")
            call.c(rng.choice(["i never signed up for that", "what membership", "i don't remember that", "oh really"]))
            if rng.random() < 0.6:
                call.a(f(FC2), "fake_cancellation")
                call.c(rng.choice(["okay then cancel it", "okay cancel it", "fine stop it then", "hmm okay"]))
    elif "pressure" in S and rng.random() < 0.45:
        purpose, scen, S_cc_done = "threat", "gen_suspension_threat", False
        call.a(f(THREAT), "pressure")
        call.c(rng.choice(["what why", "oh no what do i do", "that can't be right", "suspended what did i do"]))
    else:
        S_cc_done = False
        call.a(f(OFFER_A))
        call.c(rng.choice(["okay", "what is it", "go on", "hmm"]))
        if "cost_concealment" not in S:
            if rng.random() < 0.6:
                call.c(rng.choice(ASK_PRICE))
            call.a(f(OFFER_PRICE))
            call.c(rng.choice(["hmm", "okay", "i see", "that's a lot"]))
    # cost concealment
    if "cost_concealment" in S and not S_cc_done:
        call.c(rng.choice(ASK_PRICE))
        call.a(f(CC), "cost_concealment")
        if rng.random() < 0.55:
            call.c(rng.choice(ASK_AGAIN))
            call.a(f(CC2), "cost_concealment")
    elif "cost_concealment" not in S and purpose == "reward" and rng.random() < 0.85:
        call.c(rng.choice(ASK_PRICE))
        call.a(f(OFFER_PRICE))
        call.c(rng.choice(["so it's not free", "hmm", "oh that's extra then"]))
    # pressure block (possibly with repeated refusals)
    if "pressure" in S and purpose == "cancel":
        call.c(f(CANCEL_WAIT))
        call.a(f(PRESS_CANCEL), "pressure")
    elif "pressure" in S and purpose != "threat":
        rounds = rng.choice([1, 1, 2, 3])
        for _ in range(rounds):
            call.c(rng.choice(REFUSE))
            call.a(f(PRESS), "pressure")
    # code request
    if "code_request" in S:
        call.a(f(CR[purpose]), "code_request")
        r = rng.random()
        if r < 0.35:
            call.c(digits(rng))
            call.a(rng.choice(["thank you it's done", "okay got it all set", "great processing now"]))
        elif r < 0.7:
            call.c(rng.choice(CODE_HESIT))
            call.a(f(CR2), "code_request")
            if rng.random() < 0.5:
                call.c(digits(rng)); call.a(rng.choice(["thank you", "okay done", "good"]))
            else:
                call.c(rng.choice(REFUSE))
        else:
            call.c(" ".join(digits(rng, 3).split()))
            call.c(rng.choice(["wait why do you need it", "actually hold on", "no i'll stop here"]))
            if "pressure" in S and rng.random() < 0.5:
                call.a(f(PRESS), "pressure")
                call.c(rng.choice(REFUSE))
    # abuse
    if "abuse" in S:
        if call.turns[-1]["speaker"] == "agent":
            call.c(rng.choice(REFUSE + ["don't talk to me like that", "why should i trust you"]))
        elif call.turns[-1]["text"] not in REFUSE:
            call.a(rng.choice(["so do you want to verify or not", "so yes or no"] if purpose == "threat" else
                              ["so do you want it or not", "so yes or no", "so shall i go ahead"]))
            call.c(rng.choice(REFUSE))
        call.a(f(ABUSE), "abuse")
        if rng.random() < 0.5:
            call.c(rng.choice(["excuse me", "don't be rude", "i'm reporting you", "unbelievable"]))
            if rng.random() < 0.5:
                call.a(f(ABUSE), "abuse")
    # consent bypass
    if "consent_bypass" in S:
        if call.turns[-1]["speaker"] == "agent":
            call.c(rng.choice(HESIT))
        bank = CB_CANCEL if purpose == "cancel" else CB_THREAT if purpose == "threat" else CB
        call.a(f(bank), "consent_bypass")
        if rng.random() < 0.6:
            call.c(rng.choice(AFTER_CB))
            call.a(f(AFTER_CB_A))
    # neutral side talk inserted in the middle for length variety
    if rng.random() < 0.3 and call.turns[0]["speaker"] == "agent":
        pos = 2
        side = []
        for q, a_ in rng.sample(SIDE, rng.choice([1, 2, 3, 4, 5])):
            side.append({"speaker": "customer", "text": q.format(**d), "labels": []})
            side.append({"speaker": "agent", "text": a_.format(**d), "labels": []})
        call.turns[pos:pos] = side
    # filler extension for variety
    if rng.random() < 0.25:
        call.c(rng.choice(["so what happens now", "will i get a text", "is that all"]))
        call.a(rng.choice(["you'll get a text soon", "that's all", "nothing else you need to do"]))
    if call.turns[-1]["speaker"] == "customer" or rng.random() < 0.5:
        call.a(f(CLOSE_A))
    if rng.random() < 0.6:
        call.c(rng.choice(CLOSE_C))
    return call, scen


# ---------------------------------------------------------------- honest banks
PRICE_CLEAR = ["it costs {price} yuan a month on top of your {plan} yuan plan",
               "it's not free it adds {price} yuan to your monthly bill",
               "your tariff would change by {price} yuan a month so from {plan} to a bit more",
               "to be clear the price is {price} yuan every month and you can cancel any month"]
YES = ["yes i want it", "okay yes please", "yes go ahead", "yes i agree", "sure yes"]
RECORD = ["thank you just to confirm for the record you agree to add it for {price} yuan a month yes",
          "before i do anything can you confirm you want it at {price} yuan a month",
          "so i'm recording your yes for {price} yuan per month is that right"]
DONE = ["done you'll get a text with the price and how to cancel", "it's added from next month and the text has all the terms",
        "okay i've added it and recorded your agreement"]
NO_FOLLOW = ["no problem would you like me to text you the details in case you change your mind",
             "sure may i ask if it's the price or you just don't need it",
             "understood should i send the info by text or not at all"]
ACCEPT_NO = ["understood i won't call you about it again have a good day", "okay nothing has been changed thanks for your time",
             "no problem your plan stays exactly as it is"]
NEVER = ["we will never ask you to read a code or your service password on the phone",
         "please remember no one from {op} will ask for your verification code",
         "if anyone asks for the code you get by text hang up it's not us",
         "a real agent never needs your sms code so don't share it with anyone"]


HON_EXTRA = [("one more thing can i check my points", "you have some points you can redeem them yourself in the app"),
             ("and will i get a text", "yes a text will come shortly"),
             ("is my number safe", "yes everything looks normal on your account"),
             ("what's the hotline again", "it's {num}"),
             ("when does my data reset", "your data resets on the first of each month"),
             ("do i have a contract", "no your plan is monthly with no contract"),
             ("where do i see my bill", "in the app tap bill at the bottom"),
             ("can my wife call for me next time", "she can ask questions but changes need you the account holder"),
             ("how long have i been with you", "since twenty fifteen so about nine years"),
             ("do you open on sundays", "the stores open every day from nine to nine"),
             ("can i pay with wechat", "yes wechat pay and alipay both work in the app"),
             ("is there a cheaper plan", "there's a {plan} yuan plan but i'd only change it if you ask"),
             ("what's my current plan", "you're on the {plan} yuan plan")]


def gen_honest(rng, k):
    d = ctx(rng)
    f = lambda bank: pick(rng, bank, **d)
    call = Call(rng)
    kind = rng.choices(["offer_yes", "offer_no", "cancel_real", "warning", "app_code", "free_real", "bill_once",
                        "rude_customer", "scam_check", "trial_reminder", "outage", "inquiry", "plan_change"],
                       weights=[12, 12, 10, 8, 8, 8, 8, 8, 8, 7, 6, 8, 7])[0]
    hn = kind not in ("outage", "inquiry", "plan_change")
    scen = "gen_honest_" + kind
    if kind in ("offer_yes", "offer_no"):
        call.a(f(OPEN_A)); call.c(rng.choice(OPEN_C))
        call.a(f(OFFER_A))
        call.c(rng.choice(ASK_PRICE))
        call.a(f(PRICE_CLEAR))
        if rng.random() < 0.4:
            call.c(rng.choice(["so my tariff does change", "and is there a contract", "can i cancel later"]))
            call.a(rng.choice(["yes it does by that amount", "no contract you can cancel any month in the app",
                               "yes any time in the app or at a store"]))
        if kind == "offer_yes":
            call.c(rng.choice(YES))
            call.a(f(RECORD))
            call.c(rng.choice(["yes", "yes that's right", "yes i confirm"]))
            call.a(f(DONE))
        else:
            call.c(rng.choice(REFUSE[:3] + ["hmm no thanks", "i'll pass"]))
            if rng.random() < 0.7:
                call.a(f(NO_FOLLOW))
                call.c(rng.choice(["no thanks", "no that's okay", "it's just not needed"]))
            call.a(f(ACCEPT_NO))
    elif kind == "cancel_real":
        call.c(f(["hi i want to cancel the {memb} on my number", "hello i'd like to stop my {memb}",
                  "i want to cancel a {memb} i don't use anymore"]))
        call.a(f(["sure this is {op} {num} let me find it", "of course this is {op} {dept} one moment"]))
        call.a(f(["i see the {memb} at {price} yuan a month that you added in the app is that the one",
                  "yes there's a {memb} for {price} yuan monthly on your account that's the one right"]))
        call.c(rng.choice(["yes that one", "yes", "yeah i don't watch it anymore"]))
        call.a(rng.choice(["okay do you want me to cancel it from the end of this month",
                           "so you want it cancelled yes"]))
        call.c(rng.choice(["yes please", "yes cancel it", "yes"]))
        call.a(rng.choice(["done you'll get a confirmation text and there's no code you need to give me",
                           "cancelled you won't be charged from next month",
                           "okay it's cancelled nothing else changes on your plan"]))
        if rng.random() < 0.5:
            call.c("thanks"); call.a(f(CLOSE_A))
    elif kind == "warning":
        call.a(f(["hello this is {op} {num} with a security reminder", "hi this is {op} {dept} a quick safety notice"]))
        call.c(rng.choice(OPEN_C))
        call.a(f(["people are calling customers pretending to be us saying a gifted membership will start charging",
                  "we've had reports of callers saying you've been rated a star user and asking for a code",
                  "some fake agents are telling customers their number will be suspended"]))
        call.c(rng.choice(["oh i got one of those", "really", "okay"]))
        call.a(f(NEVER))
        call.c(rng.choice(["got it", "okay thanks", "good to know"]))
        if rng.random() < 0.5:
            call.a(f(["if in doubt hang up and call {num} yourself", "you can always check your services in the app"]))
            call.c("okay")
    elif kind == "app_code":
        call.c(rng.choice(["hi i'm changing my plan in the app and it wants a code",
                           "hello the app sent me a code should i read it to you",
                           "i'm cancelling something in the app and it asks for a verification code"]))
        call.a(f(["please don't read it to me just type it into the app yourself",
                  "this is {op} support no need to tell me the code enter it in the app only",
                  "we never need the code from you type the six digits into the app"]))
        call.c(rng.choice(["okay typing it", "okay done", "uh okay it's in"]))
        call.a(f(["great now you should see the confirmation page with the price {price} yuan",
                  "good you should see it's confirmed on your screen", "perfect the change is done by you"]))
        call.c(rng.choice(["yes i see it", "yes it says done", "okay"]))
        call.a(f(CLOSE_A))
    elif kind == "free_real":
        call.a(f(["hello this is {op} a quick notice for you", "hi this is {op} {dept} thanks for being with us"]))
        call.c(rng.choice(OPEN_C))
        call.a(f(["as a thank you you get {data} of free data this month it's already on your account",
                  "because of last week's outage we added {data} free to your account",
                  "for your anniversary with us there's a twenty yuan voucher in your app"]))
        call.c(rng.choice(["what's the catch", "do i need to do anything", "is it really free", "do you need a code"]))
        call.a(rng.choice(["no catch nothing to accept nothing to pay and your plan doesn't change",
                           "nothing at all it's free and it just expires at the end of the month",
                           "no code nothing from you it's already done and no fee"]))
        call.c(rng.choice(["okay thanks", "nice", "great"]))
    elif kind == "bill_once":
        call.a(f(["hello this is {op} billing calling about your bill", "hi {title} {name} this is {op} {dept}"]))
        call.c(rng.choice(OPEN_C))
        call.a(f(["your bill of {plan} yuan is due on the twentieth you can pay in the app or at a store",
                  "last month's bill of {plan} yuan is still open the due date is friday"]))
        call.c(rng.choice(["oh i forgot", "what if i'm late", "okay"]))
        call.a(rng.choice(["after the due date there's a small late fee as in your terms that's all",
                           "no problem just pay when you can before the date we won't take payment on this call",
                           "thanks and we won't ask for any card or code on this call"]))
        call.c(rng.choice(["okay i'll pay today", "fine thanks", "okay"]))
    elif kind == "rude_customer":
        call.c(rng.choice(["why is my bill so high this is robbery", "your service is garbage",
                           "i've been waiting forever you people are useless"]))
        call.a(f(["i'm sorry you're upset this is {op} let me check", "i understand i'm sorry for the trouble let me look"]))
        call.c(rng.choice(["hurry up", "whatever", "just fix it"]))
        call.a(f(["i see you went over your data by {data} that's the extra charge",
                  "there was an outage in your area i'll add a credit of ten yuan",
                  "i see a {memb} you didn't request i'll cancel it and refund {price} yuan"]))
        call.c(rng.choice(["fine", "about time", "okay"]))
        call.a(rng.choice(["is there anything else i can help with", "thank you for your patience",
                           "i've noted your case number if you need it"]))
        if rng.random() < 0.5:
            call.c("no"); call.a(f(CLOSE_A))
    elif kind == "scam_check":
        call.c(f(["someone called saying a gifted {memb} starts charging and asked for a code",
                  "a caller said i'm a star user and get {data} with my tariff the same is that real",
                  "i got a call that my number will be suspended unless i read a code"]))
        call.a(f(["thank you for checking this is {op} {num} let me look at your account",
                  "this is {op} one moment i'll check"]))
        call.a(rng.choice(["there's nothing like that on your account and nothing will be charged",
                           "your number is in good standing there's no suspension",
                           "we didn't call you and there's no offer on your number"]))
        call.c(rng.choice(["so it was a scam", "i didn't give them anything", "okay good"]))
        call.a(f(NEVER))
        call.c(rng.choice(["okay thanks", "thank you"]))
    elif kind == "trial_reminder":
        call.a(f(["hello this is {op} you asked for a reminder about your {memb} trial",
                  "hi this is {op} {num} about the {memb} you signed up for in the app"]))
        call.c(rng.choice(["yes", "oh right", "okay"]))
        call.a(f(["the free month ends on the first then it's {price} yuan a month unless you turn it off",
                  "it becomes {price} yuan a month from next month i'm calling so it's not a surprise"]))
        if rng.random() < 0.5:
            call.c(rng.choice(["please turn it off", "cancel it please"]))
            call.a(rng.choice(["okay turned off you keep it until the first", "done it won't charge"]))
        else:
            call.c(rng.choice(["i'll keep it", "that's fine i knew"]))
            call.a(rng.choice(["great nothing changes then", "okay you can cancel any time in the app"]))
        call.c(rng.choice(["thanks", "okay bye"]))
    elif kind == "outage":
        call.a(f(["hello this is {op} about a network outage in your area",
                  "hi this is {op} planned maintenance notice for your broadband"]))
        call.c(rng.choice(OPEN_C))
        call.a(rng.choice(["service may be down tonight from one to four in the morning",
                           "a cable was cut and engineers expect it fixed in about three hours"]))
        call.c(rng.choice(["okay", "ugh okay", "do i need to do anything"]))
        call.a(rng.choice(["nothing to do on your side sorry for the trouble", "no action needed your plan isn't affected"]))
        call.c(rng.choice(["okay thanks", "fine"]))
    elif kind == "inquiry":
        call.c(rng.choice(["hi how much data do i have left", "can you send me last month's invoice",
                           "when does my contract end", "what's my balance"]))
        call.a(f(["hello this is {op} let me check", "sure this is {op} {dept} one moment"]))
        call.a(f(["you've used {data} this month and it resets on the first", "i've emailed it to the address on file",
                  "your contract ends in march", "your balance is {price} yuan"]))
        call.c(rng.choice(["okay thanks", "great", "got it"]))
        if rng.random() < 0.5:
            call.a(f(CLOSE_A)); call.c(rng.choice(CLOSE_C))
    else:  # plan_change requested by customer
        call.c(rng.choice(["i want a cheaper plan", "can i switch to a bigger data plan", "i want to change my plan"]))
        call.a(f(["sure this is {op} the {plan} yuan plan has {data} would that work",
                  "this is {op} {num} based on your usage the {plan} yuan plan fits"]))
        call.c(rng.choice(["yes that one", "okay", "sounds good"]))
        call.a(f(["to confirm you want to switch to the {plan} yuan plan from next month yes",
                  "so you agree to move to the {plan} plan yes"]))
        call.c(rng.choice(["yes", "yes i agree"]))
        call.a(rng.choice(["done you'll get a text", "changed from next month"]))
    # optional extra small talk to vary length
    extra = rng.choice([0, 0, 0, 0, 1, 2, 3, 5, 7])
    for q, a_ in rng.sample(HON_EXTRA, extra):
        call.c(q.format(**d))
        call.a(a_.format(**d))
    if call.turns[-1]["speaker"] == "customer" and rng.random() < 0.5:
        call.a(f(CLOSE_A))
    return call, scen, hn


def finalize(rng, call):
    merged = []
    for t in call.turns:
        if merged and t["speaker"] == "customer" == merged[-1]["speaker"] and rng.random() < 0.75:
            merged[-1]["text"] += " " + t["text"]
        else:
            merged.append(t)
    call.turns = merged
    for t in call.turns:
        t["text"] = asrify(rng, t["text"])
    return call.turns


def main():
    rng = random.Random(SEED)
    hand = [json.loads(l) for l in open(os.path.join(HERE, "hand.jsonl"), encoding="utf-8") if l.strip()]
    out = list(hand)
    kinds = ["d"] * N_DECEPTIVE + ["h"] * N_HONEST
    rng.shuffle(kinds)
    for kd in kinds:
        if kd == "d":
            call, scen = gen_deceptive(rng, len(out)); hn = False
        else:
            call, scen, hn = gen_honest(rng, len(out))
        turns = finalize(rng, call)
        labs = sorted({l for t in turns for l in t["labels"]})
        out.append({"id": f"w01-{len(out) + 1:04d}", "lang": "en", "deceptive": bool(labs), "labels": labs,
                    "turns": turns, "source": "writer:01", "scenario": scen, "hard_negative": hn and not labs,
                    "written": "generator"})
    with open(os.path.join(HERE, "calls.jsonl"), "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote", len(out), "calls (", len(hand), "hand )")


if __name__ == "__main__":
    main()
