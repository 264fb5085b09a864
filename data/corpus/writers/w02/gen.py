#!/usr/bin/env python3
"""Generator for writer 02 (mobile-operator outbound sales).
Rebuilds calls.jsonl = hand.jsonl (hand-written, see src/) + generated calls.
Deterministic: fixed seed. Python 3 standard library only."""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20240502
N_DECEPTIVE = 190
N_HONEST = 155
R = random.Random(SEED)

def pick(x):
    return R.choice(x)

# ---------------------------------------------------------------- context
AGENTS = ["Lily", "Kevin", "Sandy", "Amy", "Jason", "Vivian", "Leo", "Coco", "Eric", "Helen", "Mandy", "Tony",
          "Grace", "Ben", "Nina", "Ray", "Yuki", "Alice", "Frank", "Joy", "Stella", "Danny", "Iris", "Max"]
OPS = ["your mobile operator", "the operator's customer care center", "the mobile customer service center",
       "your operator's service hotline", "the operator's member services desk", "your network provider's care team",
       "the operator's user appreciation department", "the operator's outbound service team"]
LEVELS = ["star user", "five-star user", "gold user", "platinum user", "diamond user", "VIP user", "priority user"]
DATA = ["10G", "15G", "15G", "20G", "20G", "30G", "40G"]
MEMS = [("video membership", 30), ("video membership", 25), ("music membership", 15), ("music membership", 20),
        ("reading membership", 12), ("cloud storage service", 10), ("game membership", 68),
        ("caller ringback tone service", 10), ("sports streaming pack", 30), ("phone screen insurance", 29),
        ("short video VIP", 19), ("audiobook membership", 15)]
PLANS = [19, 29, 38, 39, 48, 58, 68, 78, 88, 98, 128]
ADDON = [5, 8, 10, 12, 15, 18, 20, 25, 29, 30]

def ctx():
    plan = pick(PLANS)
    mem, memfee = pick(MEMS)
    addon = pick(ADDON)
    lower = [p for p in PLANS if p < plan] or [plan]
    return {
        "agent": pick(AGENTS), "op": pick(OPS), "level": pick(LEVELS), "data": pick(DATA),
        "data2": pick(["5G", "10G", "2G", "3G"]),
        "mem": mem, "memfee": memfee, "plan": plan, "addon": addon, "total": plan + addon,
        "low": pick(lower), "years": R.randint(3, 16), "d4": "%04d" % R.randint(0, 9999),
        "code": " ".join(str(R.randint(0, 9)) for _ in range(6)), "pts": R.choice(["2,000", "3,200", "4,500", "5,000", "8,000"]),
        "credit": R.choice([20, 30, 40, 50, 86]), "ticket": R.randint(10000, 99999),
        "country": pick(["Thailand", "Japan", "Korea", "France", "Singapore", "Italy", "Australia", "Malaysia"]),
        "daypack": pick([15, 25, 28, 30]), "refund": pick([20, 38, 40, 60, 68, 120, 240]),
        "month": pick(["the 1st", "next month", "the 5th", "next billing cycle", "tomorrow"]),
    }

def fill(s, c):
    return s.format(**c)

def sents(c, *banks, k=None):
    """Join one phrase from each bank (banks may be None = skip)."""
    out = []
    for b in banks:
        if b is None:
            continue
        out.append(fill(pick(b), c))
    return " ".join(out)

class Call:
    def __init__(self):
        self.turns = []
    def a(self, text, *labels):
        if self.turns and self.turns[-1]["speaker"] == "agent":
            self.turns.append({"speaker": "customer", "text": pick(BACK), "labels": []})
        self.turns.append({"speaker": "agent", "text": text, "labels": sorted(set(labels))})
    def c(self, text):
        self.turns.append({"speaker": "customer", "text": text, "labels": []})
    def u(self, text, *labels):
        self.turns.append({"speaker": "unknown", "text": text, "labels": sorted(set(labels))})

# ---------------------------------------------------------------- customer banks
BACK = ["Ok.", "Mm.", "Okay.", "Mm-hm.", "Uh-huh.", "Hmm.", "...", "Yeah.", "Right.", "Ok.", "Mm."]
WHAT = ["What?", "Sorry, what?", "What is this about?", "Huh?", "Who is this?", "What?"]
HMM = ["Hmm.", "Mm.", "Uh.", "...", "Um.", "Hmm, I don't know.", "Well...", "Ok."]
NO = ["No, thank you.", "I'm not interested.", "No.", "No thanks, I'm fine.", "I don't need it.", "Please don't add anything.",
      "No, I said no.", "I don't want it."]
NO_AGAIN = ["I already said no.", "No. Really, no.", "I told you, I don't want it.", "Please stop, no.", "No!",
            "Which part of no don't you understand?", "Take me off your list."]
PRICE_Q = ["How much is it?", "Is it free?", "So there's no charge?", "What does it cost?", "Does my bill go up?",
           "How much exactly?", "Is there a monthly fee?", "So it's zero yuan?"]
PRICE_Q2 = ["But how much exactly?", "That's not a number.", "So my bill does go up?", "I asked for the price.",
            "A small amount meaning what?", "Just tell me the number."]
HOLD = ["Hold on, I'm driving.", "Sorry, it's noisy here.", "Wait, who did you say you were?", "Sorry, I can't hear you well.",
        "Hang on a second."]
CODE_READ = ["Okay, it says {code}.", "{code}.", "Um... {code}.", "Hold on. {code}.", "It's {code}.", "Okay... {code}."]
CODE_DOUBT = ["It says not to share it with anyone.", "Why do you need my code?", "Wait, is this safe?",
              "The text says it's for a plan change.", "I don't usually give codes out."]
CODE_REFUSE = ["I'm not reading any code.", "No, I won't give you the code.", "I'll call 10086 myself.",
               "I don't give codes to anyone on the phone."]
GOODBYE = ["Bye.", "Goodbye.", "Okay, bye.", "Thanks, bye.", "Ok."]

# ---------------------------------------------------------------- neutral agent banks
OPEN = ["Hello, good {tod}, this is {agent} from {op}.", "Hi, good {tod}, I'm {agent}, calling from {op}.",
        "Hello, I'm calling from {op}, my name is {agent}.", "Good {tod}, {op} calling.",
        "Hello, this is {op}, my name is {agent}."]
OPEN2 = ["Am I speaking with the owner of the number ending {d4}?", "Is this the account holder for this number?",
         "I'm calling about your mobile number ending {d4}.", "It's a short call about your account, it won't take long.",
         "Do you have a minute to talk about your account?", "I'm calling about your phone plan."]
REPEAT_ID = ["This is {agent} from {op}, about your number ending {d4}.", "Sorry about that. I'm {agent}, calling from {op} about your phone account.",
             "No problem. I'm from {op}, calling about your mobile plan."]
CLOSE = ["Thank you for your time, have a good day.", "Thanks, goodbye.", "Have a nice day, goodbye.",
         "That's all from me, thank you.", "Thank you, take care."]
STILL_THERE = ["Hello? Are you still there?", "Can you hear me?", "Hello? I'll keep going."]

def opening(call, c, p_hold=0.25):
    c["tod"] = pick(["morning", "afternoon", "evening"])
    call.a(sents(c, OPEN, OPEN2))
    if R.random() < p_hold:
        call.c(pick(HOLD))
        call.a(fill(pick(REPEAT_ID), c))
        call.c(pick(BACK))
    else:
        call.c(pick(["Yes.", "Yeah.", "Speaking.", "Ok.", "Mm.", "Who is this?", "Yes, what is it?"]))

# ---------------------------------------------------------------- deceptive banks
FR_SEL = ["Your account has been rated a {level} this quarter, which only a small share of customers reach.",
          "You've been selected as one of this month's {level}s.",
          "Our system has chosen your number for our loyalty reward, because you've been with us {years} years.",
          "Congratulations, your number was picked in this month's user appreciation program.",
          "Because you've been on our network for {years} years, you're now on our list of {level}s.",
          "You've been selected for a loyalty upgrade, which we only offer to a small group of users.",
          "Your number came up in our anniversary thank-you draw, so you're one of the winners this month."]
FR_GIFT = ["As a thank-you, we're adding {data} of national data to your line every month.",
           "That means you get an extra {data} every month, plus a free {mem}.",
           "The reward is {data} of extra data a month for the next twelve months.",
           "So the company has reserved {data} of extra data for you every month.",
           "You're getting a 5G speed upgrade and {data} more data each month.",
           "Star users get {data} on top of their plan, and priority at our service line."]
FR_FLAT = ["It's our way of saying thank you for your loyalty.", "Most people in your group use it for video on the go.",
           "Only a few accounts in your area were picked.", "Honestly, it's one of the best benefits we have this year.",
           "We don't offer it to everyone, so I wanted to tell you personally.", "You've earned it with your payment record."]

CC_TARIFF = ["And your package tariff stays exactly the same, you keep your {plan} yuan plan.",
             "Your tariff is unchanged, nothing about your bill changes.",
             "You don't pay anything extra, your monthly fee stays about the same as now.",
             "The best part is it's cost-neutral, you keep paying what you pay now, roughly.",
             "It's a gift, nothing extra, your plan price doesn't move."]
CC_SOFT = ["There's just a small adjustment inside the package that the system handles, you won't notice it on the bill.",
           "The package name on the bill changes a little, don't let that worry you.",
           "It's recorded as a new package code, but that's just how the system books it.",
           "There may be a tiny service line on the bill, but it's offset by the data.",
           "Most people don't even see a difference, except they stop running out of data."]
CC_DODGE = ["It's really very little, I wouldn't worry about the numbers.",
            "It depends on your usage each month, but honestly it's small, less than a coffee.",
            "It's designed to be neutral, so in practice you come out even.",
            "It's in the same range as now, you won't feel it.",
            "I'd rather not confuse you with billing codes, the point is you get more for basically the same.",
            "It's part of the package, so it's not really a charge in the normal sense."]
CC_FREE_ANSWER = ["Why would I call to charge you? It's a benefit.", "It's a loyalty benefit, so think of it as free.",
                  "It's free in practice, yes.", "Basically free, the data covers it."]

ELAB_QA = [("Does it work on 4G?", "It works on both 4G and 5G, in every province, so you don't need a new phone."),
           ("What about my minutes?", "You keep your number, your minutes and your texts, all of that stays as it is."),
           ("Can I share it?", "It's on your line only, it doesn't affect your family members' lines."),
           ("Does it roll over?", "It resets on the 1st of every month, so it's best to use it."),
           ("Where do I see it?", "You can see the data balance in the app under \"My usage\", it shows up as a separate item."),
           ("Do I need a new SIM?", "No new SIM, nothing to install, it's all done on the network side."),
           ("What if I travel?", "If you travel inside the country, it works the same everywhere."),
           ("Is it fast?", "Same speed as your normal data, a lot of people use it for maps and music on the way to work.")]
CB_ACT = ["Okay, since you have no objection, I've gone ahead and activated it on your line.",
          "Perfect, I'll take that as a yes and register it now.",
          "Alright, I've added it for you, it starts from {month}.",
          "Great, then it's confirmed, I've submitted it on your behalf.",
          "No need to confirm anything, I'll handle it for you, it's done.",
          "I'll fill in the confirmation for you so you don't have to do anything.",
          "Okay, I've signed you up, it's effective from {month}."]
CB_AFTER = ["You'll get a text from 10086 in a few minutes, you don't need to reply.",
            "If a message comes, that's just our notice, you can ignore it.",
            "It'll show on your account in a day or two.",
            "Nothing else is needed from you."]

CB_FORCE = ["Look, I'll put it on anyway, you can cancel next month if you really hate it.",
            "I've already submitted it, it's easier that way, you'll thank me later.",
            "I'll register it for you now, and you can call to remove it after three months.",
            "I'll fill in the form for you, it's just a formality."]
PR_BANK = ["This offer is only for today, after I hang up the slot goes to someone else.",
           "You really need to decide now, the allocation closes at six.",
           "Most people say no before they hear it, so let me explain again.",
           "If you don't take it today it won't come back this year.",
           "Everyone else on my list has accepted, you'd be the only one to say no.",
           "Let me just put it on and you can see for yourself.",
           "I'll call back tomorrow, you'll have changed your mind by then.",
           "Think about your family, they could use it too. I really don't want you to miss this.",
           "The system marks customers who refuse as uncooperative, and then you won't get future offers.",
           "Please, I haven't made one sale today, just help me out with this one."]
PR_THREAT = ["If it's not done today your number will be suspended at midnight.",
             "If you don't act now the charge starts and it can't be refunded.",
             "The code expires in two minutes, and then I can't help you anymore.",
             "Once the batch runs tonight, there's no way to reverse it."]
AB_BANK = ["Honestly, are you stupid? I'm offering you a good deal here.",
           "Don't waste my time, I have a hundred people to call.",
           "Wow. People like you make this job impossible.",
           "How many times do I need to explain? Even a child would understand this.",
           "Fine, stay on your tiny plan then, it's your loss.",
           "Why are you so paranoid? Do I sound like a scammer to you?",
           "Stop interrupting me and listen for once.",
           "Unbelievable. Then don't cry when you run out of data."]

FC_PITCH = ["When you changed your plan last year, a {mem} was gifted to you for free.",
            "Our records show a {mem} on your number from a past promotion.",
            "There's a pending {mem} subscription on your line that was opened during a promotion.",
            "Your free {mem} trial is ending, it was added automatically with your phone."]
FC_CHARGE = ["From {month} it will start charging {memfee} yuan a month automatically.",
             "The free period is over, so it begins billing {memfee} yuan a month from {month}.",
             "It renews at {memfee} yuan a month unless it's cancelled before {month}."]
FC_OFFER = ["I'm calling so I can cancel it for you before the charge starts.",
            "A lot of customers don't know about it and then complain, so I can remove it right now.",
            "If you don't want it, I can cancel it on my side today.",
            "I'll cancel it for you now to protect you."]
FC_INSIST = ["It was added automatically, most users don't remember it.", "That's exactly why I'm calling, it was bundled with a promotion.",
             "It's on your account, sir, that's why you didn't notice.", "It happens a lot with phone purchases, don't worry."]

FC_AGAIN = ["I can take it off before it bills you, that's the whole point of my call.",
            "If we cancel it today, you won't pay the {memfee} yuan at all.",
            "Let me close it for you now, it only takes a minute."]
CR_ASK = ["The system will send you a six-digit code from 10086, please read it to me when it arrives.",
          "You'll get a verification text now, just tell me the number in it.",
          "To confirm it's you, I need the SMS code that just came in, read it out slowly please.",
          "Please read me the six digits from the text message so I can enter them.",
          "I'm sending a cancellation code to your phone, tell me the code and I'll close it.",
          "Read me the numbers after \"your verification code is\", and I'll finish it on my side."]
CR_GEN = ["The system will send you a six-digit code from 10086, please read it to me when it arrives.",
          "You'll get a verification text now, just tell me the number in it.",
          "To confirm it's you, I need the SMS code that just came in, read it out slowly please.",
          "Please read me the six digits from the text message so I can enter them.",
          "Read me the numbers after \"your verification code is\", and I'll finish it on my side.",
          "A one-time password is on its way to your phone, tell me what it says."]
CR_PUSH = ["That warning is standard, it's for strangers, I'm the operator's own staff.",
           "It's the unified system code, the wording is automatic, just read me the digits.",
           "It's only for confirmation, everybody goes through this step."]

# ---------------------------------------------------------------- deceptive families
def fam_star_gift(call, c):
    """fr + cc (+ cb / pr / cr / ab)."""
    labs = set()
    interrupt = R.random() < 0.25
    c["tod"] = pick(["morning", "afternoon", "evening"])
    if interrupt:
        call.a(fill(pick(OPEN), c) + " " + fill(pick(["I'm calling because your account", "I'm calling about your number ending",
                                                        "I have some news about your", "This is about your mobile"]), c))
        call.c(pick(["I'm not interested.", "Is this a sales call?", "What is it?", "Sorry, who is this?", "I'm busy."]))
        call.a(pick(["Just one minute, please, it's good news.", "It's not a sales call, let me explain.", "I'll be very quick."]))
    else:
        opening(call, c)
    silent = R.random() < 0.3
    back = (lambda: "...") if silent else (lambda: pick(BACK))
    if R.random() < 0.85:
        call.a(sents(c, FR_SEL, FR_GIFT, FR_FLAT), "fake_reward"); labs.add("fake_reward")
        call.c(back())
    else:
        call.a(sents(c, ["We're updating your plan so you get {data} more a month.", "There's a data upgrade for your line, {data} extra."],
                     ["It's a routine update we're doing this month."]))
        call.c(back())
    for q, ans in R.sample(ELAB_QA, R.choice([0, 0, 0, 1, 2, 3, 4, 5])):
        if silent or R.random() < 0.5:
            call.a(ans)
            call.c(back())
        else:
            if call.turns[-1]["speaker"] == "customer":
                call.turns[-1]["text"] = q
            else:
                call.c(q)
            call.a(ans)
            call.c(back())
    if R.random() < 0.9:
        call.a(sents(c, CC_TARIFF, CC_SOFT), "cost_concealment"); labs.add("cost_concealment")
    else:
        call.a(sents(c, ["The data goes onto your existing line, so you keep your number and minutes."]))
    # price questions
    if not silent and R.random() < 0.5:
        call.c(pick(PRICE_Q))
        call.a(sents(c, CC_FREE_ANSWER if R.random() < .4 else CC_DODGE, CC_SOFT if R.random() < .5 else None), "cost_concealment")
        labs.add("cost_concealment")
        if R.random() < 0.4:
            call.c(pick(PRICE_Q2))
            if R.random() < 0.35:
                call.a(pick(AB_BANK) + " " + fill(pick(CC_DODGE), c), "abuse", "cost_concealment"); labs |= {"abuse", "cost_concealment"}
            else:
                call.a(fill(pick(CC_DODGE), c) + " " + pick(["Shall I put it on?", "The main thing is the data.", "So, shall I add it?"]), "cost_concealment")
    # refusal branch
    if not silent and R.random() < 0.4:
        call.c(pick(NO))
        n = R.choice([1, 1, 2, 3])
        for i in range(n):
            extra = []
            if R.random() < 0.3:
                extra.append("abuse")
                txt = pick(AB_BANK) + " " + pick(PR_BANK)
            else:
                txt = pick(PR_BANK) + " " + pick(PR_BANK[:6])
            call.a(txt, "pressure", *extra); labs.add("pressure"); labs |= set(extra)
            call.c(pick(NO_AGAIN))
        if R.random() < 0.5:
            call.a(sents(c, CB_FORCE, CB_AFTER), "consent_bypass"); labs.add("consent_bypass")
            call.c(pick(["What? I said no!", "I didn't agree to that.", "Wait, no!", "Hello?"]))
            call.a(pick(CLOSE))
        else:
            call.a(pick(["Okay, your loss. Goodbye.", "Fine. Goodbye.", "Okay, I'll note it. Bye."]))
        return labs
    # code branch
    if R.random() < 0.3:
        call.a(fill(pick(["Before I activate it I need to confirm it's you.", "There's one quick verification step."]), c) + " " + fill(pick(CR_GEN), c), "code_request")
        labs.add("code_request")
        if silent:
            call.c("...")
            call.a(pick(STILL_THERE) + " " + fill(pick(PR_THREAT[2:]), c), "pressure"); labs.add("pressure")
            call.c(pick(["...", fill(pick(CODE_READ), c)]))
        else:
            if R.random() < 0.4:
                call.c(pick(CODE_DOUBT))
                call.a(pick(CR_PUSH) + " " + pick(PR_THREAT[2:]), "code_request", "pressure"); labs |= {"code_request", "pressure"}
            call.c(fill(pick(CODE_READ), c))
    else:
        call.c(back() if not silent else "...")
    if R.random() < 0.85:
        call.a(sents(c, CB_ACT, CB_AFTER), "consent_bypass"); labs.add("consent_bypass")
        call.c(back())
    call.a(pick(CLOSE))
    return labs

def fam_fake_cancel(call, c):
    labs = {"fake_cancellation"}
    opening(call, c, p_hold=0.15)
    silent = R.random() < 0.2
    call.a(sents(c, FC_PITCH, FC_CHARGE, FC_OFFER), "fake_cancellation")
    if silent:
        call.c("...")
    else:
        call.c(pick(["I never signed up for that.", "What membership?", "I don't have that.", "Oh. Okay.", "Mm.", "Please cancel it then.", "What?"]))
        if R.random() < 0.5:
            call.a(fill(pick(FC_INSIST), c) + " " + fill(pick(FC_AGAIN), c), "fake_cancellation")
            call.c(pick(["Okay, cancel it.", "Mm.", "Fine.", "Okay."]))
    branch = R.random()
    if branch < 0.65:
        call.a(fill(pick(CR_ASK), c) + pick(["", " It has to be done while we're on the line.", " Then you're done, no charges."]), "code_request"); labs.add("code_request")
        if silent:
            call.c("...")
            call.a(pick(STILL_THERE) + " " + pick(CR_ASK[1:3]).format(**c), "code_request")
        if not silent and R.random() < 0.45:
            call.c(pick(CODE_DOUBT))
            call.a(pick(CR_PUSH) + " " + pick(PR_THREAT), "code_request", "pressure"); labs |= {"pressure"}
        if not silent and R.random() < 0.25:
            call.c(pick(CODE_REFUSE))
            if R.random() < 0.6:
                call.a(pick(AB_BANK[5:]) + " " + fill("Then you'll pay {memfee} yuan every month and it can't be refunded.", c), "abuse", "pressure")
                labs |= {"abuse", "pressure"}
            else:
                call.a(fill("Then you'll be charged {memfee} yuan a month from {month}, and there's nothing I can do after today.", c), "pressure")
                labs.add("pressure")
            call.c(pick(GOODBYE))
            return labs
        call.c(fill(pick(CODE_READ), c))
        if R.random() < 0.35:
            call.a(pick(["Thank you, it's cancelled.", "Done, it's closed."]) + " " +
                   fill(pick(["I've also moved you to our protection package, it's only {addon} yuan a month and it's already active.",
                              "I've also put you on the care plan so this doesn't happen again, it's already active.",
                              "And I've switched you to the combined plan with {data} more, same price band as now."]), c), "consent_bypass")
            labs.add("consent_bypass")
            call.c(pick(["I didn't ask for that.", "What?", "Wait.", "Mm."]))
            call.a(pick(CLOSE))
        else:
            call.a(pick(["Thank you, it's cancelled, you won't be charged.", "Got it. The membership is closed.",
                         "Thank you, processing now. All done."]))
    elif branch < 0.85:
        call.a(sents(c, ["To cancel it, the system replaces it with our {data} data package.",
                         "Cancelling it means moving you to our bundle plan, which removes the membership."],
                     ["It's the same price band, so your bill stays basically the same.", "Your tariff stays the same, you just get more data."]), "cost_concealment")
        labs.add("cost_concealment")
        call.c(pick(["I just want it cancelled.", "Mm.", "Hmm.", "I don't want a new plan."]))
        call.a(pick(["It's one operation, I've submitted it now.", "I've done both already, you'll get a text.",
                     "It's the only way, so I've gone ahead with it."]), "consent_bypass")
        labs.add("consent_bypass")
        call.c(pick(GOODBYE))
    else:
        call.a(fill("There's a cancellation fee of {addon} yuan to stop it mid-cycle, otherwise you pay {memfee} every month.", c) + " " +
               pick(PR_THREAT[:2] + PR_THREAT[3:]), "fake_cancellation", "pressure")
        labs.add("pressure")
        call.c(pick(["I'll check the app first.", "That sounds strange.", "I'll call 10086."]))
        if R.random() < 0.5:
            call.a(pick(["Fine, go wait in the queue for an hour. Don't say I didn't warn you.",
                         "Are you stupid? I'm trying to save you money.",
                         "Go ahead, waste your time. When the charge comes, don't cry to us."]), "abuse"); labs.add("abuse")
        else:
            call.a(pick(["The app won't show it. Okay, goodbye.", "Fine, but don't say I didn't warn you."]))
    return labs

def fam_code_only(call, c):
    labs = {"code_request"}
    opening(call, c, p_hold=0.2)
    kind = R.random()
    if kind < 0.3:
        call.a(fill("Your account has {pts} points that expire at the end of the month. I can convert them to {credit} yuan of phone credit for you.", c))
    elif kind < 0.55:
        call.a(fill("We found your account was overcharged last quarter, and you're due a refund of {refund} yuan to your balance.", c))
    elif kind < 0.8:
        call.a(fill("We're upgrading SIM cards in your area to 5G, your number and plan stay the same, and the new SIM is free.", c))
    else:
        call.a(fill("Your number hasn't completed this year's real-name re-verification, and I can finish it for you over the phone.", c))
        if R.random() < 0.6:
            call.c(pick(WHAT))
            call.a(pick(["If it's not done today, the number will be suspended at midnight.",
                         "Without it, outgoing calls stop tonight and your bank messages won't arrive."]), "pressure")
            labs.add("pressure")
    call.c(pick(["Okay.", "Oh, really?", "Mm.", "Sure.", "Okay, what do I do?"]))
    call.a(fill(pick(CR_GEN), c), "code_request")
    if R.random() < 0.4:
        call.c(pick(CODE_DOUBT))
        if R.random() < 0.5:
            call.a(pick(CR_PUSH), "code_request")
        else:
            call.a(pick(CR_PUSH) + " " + pick(PR_THREAT[2:]), "code_request", "pressure"); labs.add("pressure")
    if R.random() < 0.2:
        call.c(pick(CODE_REFUSE))
        call.a(pick(["Okay, then I can't process it. Goodbye.", "Alright, goodbye."]))
        return labs
    call.c(fill(pick(CODE_READ), c))
    if R.random() < 0.3:
        call.a(fill(pick(["Thank you. I've also opened the auto-convert service for you, it runs every month.",
                          "Verified. I've added the data acceleration service to go with it, it's already on."]), c), "consent_bypass")
        labs.add("consent_bypass")
        call.c(pick(["What service?", "Mm.", "Okay."]))
    call.a(pick(["Thank you, it's done.", "Thanks, verified. You'll see it in 24 hours.", "Thank you, goodbye."]))
    return labs

def fam_refusal_pressure(call, c):
    """Priced or plain offer, clear no, repeated pitching. pr (+ab)."""
    labs = {"pressure"}
    opening(call, c, p_hold=0.1)
    call.a(fill(pick(["We have an offer for you, {data} extra a month for {addon} yuan.",
                      "I'm calling about our 5G plan, it's {total} yuan with {data}.",
                      "Your contract ends soon, and we have a renewal at {low} yuan a month for 24 months.",
                      "We can add {data} to your plan for {addon} yuan a month."]), c) + " " +
           pick(["Most customers in your area have taken it.", "It's a really good deal.", "Would you like it?"]))
    call.c(pick(NO))
    n = R.choice([1, 2, 2, 3, 4, 5, 6, 7])
    for i in range(n):
        if R.random() < 0.25:
            call.a(pick(AB_BANK) + " " + pick(PR_BANK), "abuse", "pressure"); labs.add("abuse")
        else:
            call.a(pick(PR_BANK) + " " + pick(PR_BANK), "pressure")
        call.c(pick(NO_AGAIN))
    call.a(pick(["Okay. Goodbye.", "Fine, I'll call back next week.", "Alright, your choice.", "Okay, I'll leave a note."]))
    return labs

def fam_price_dodge(call, c):
    labs = {"cost_concealment"}
    opening(call, c, p_hold=0.15)
    call.a(fill(pick(["We're moving customers on old plans to our new 5G plan, and I'm calling to arrange yours.",
                      "We have a data upgrade for you, {data} more each month.",
                      "I'd like to tell you about our bonus data program, {data} extra a month."]), c) + " " + fill(pick(CC_TARIFF), c), "cost_concealment")
    for i in range(R.choice([1, 2, 3])):
        call.c(pick(PRICE_Q + PRICE_Q2))
        if R.random() < 0.2:
            call.a(pick(AB_BANK[:2] + AB_BANK[5:6]) + " " + fill(pick(CC_DODGE), c), "abuse", "cost_concealment"); labs.add("abuse")
        else:
            call.a(fill(pick(CC_DODGE), c), "cost_concealment")
    call.c(pick(["Then no.", "I'll check the app.", "Send me the details in writing.", "Not without a price."]))
    call.a(pick(["Okay, goodbye.", "I'll send a text.", "Fine."]))
    return labs

def fam_cb_only(call, c):
    labs = {"consent_bypass"}
    opening(call, c, p_hold=0.1)
    call.a(fill(pick(["We have a {data} add-on for {addon} yuan a month on top of your {plan} yuan plan.",
                      "I can add a second line for your family for {addon} yuan a month.",
                      "Our 5G plan is {total} yuan a month, that's {addon} more than now, with {data} more data."]), c))
    call.c(pick(HMM + ["Let me think.", "I'll ask my wife.", "I'm not sure."]))
    call.a(fill(pick(CB_ACT), c), "consent_bypass")
    call.c(pick(["Wait, I didn't say yes.", "What?", "Hmm.", "Hold on."]))
    call.a(pick(["It's already in, you can cancel next month. Bye.", "It's done, you'll get a text. Thank you.",
                 "Don't worry, it's processed. Goodbye."]))
    return labs

def fam_abuse(call, c):
    labs = {"abuse"}
    opening(call, c, p_hold=0.1)
    call.a(fill(pick(["We have two options, {data} for {addon} yuan or {data2} for 5 yuan, per month, on top of your plan.",
                      "I'm calling about our upgrade, it's {addon} yuan more a month for {data} more data."]), c))
    call.c(pick(["Sorry, which one is which?", "Sorry, can you say that again slowly?", "On top of my plan?", "What?"]))
    call.a(pick(AB_BANK[:4] + AB_BANK[6:7]) + " " + fill("It's {addon} yuan a month more.", c), "abuse")
    call.c(pick(["Then no, thank you.", "No.", "I don't want it."]))
    call.a(pick(["Of course not. Waste of time.", "Fine. Bye.", "Unbelievable. Goodbye."]), "abuse")
    return labs

def fam_robocall_cancel(call, c):
    labs = {"fake_cancellation", "code_request"}
    call.u(fill(pick(["This is an automated message from your mobile operator. An order of 1,499 yuan has been placed on your phone bill.",
                      "Automated notice: your {mem} will renew tonight and {memfee} yuan will be charged to your number.",
                      "Your account will be charged 999 yuan for a handset order."]), c) + " " +
           pick(["Press 1 to speak to an agent and cancel it.", "If you did not authorize this, press 1 now."]), "fake_cancellation")
    call.a("Hello, cancellations desk. I see the charge on your account.")
    call.c(pick(["I never ordered anything!", "I didn't buy that.", "What is this charge?"]))
    call.a(fill(pick(CR_ASK), c), "code_request")
    if R.random() < 0.4:
        call.c(pick(CODE_DOUBT))
        call.a(pick(CR_PUSH) + " " + pick(PR_THREAT[1:]), "code_request", "pressure"); labs.add("pressure")
    call.c(fill(pick(CODE_READ), c))
    call.a(pick(["Thank you, the order is cancelled.", "Done, you won't be charged."]))
    return labs

DEC_FAMS = [(fam_star_gift, "star_user_data_gift_gen", 34), (fam_fake_cancel, "membership_fake_cancel_gen", 28),
            (fam_code_only, "verification_code_lure_gen", 12), (fam_refusal_pressure, "repeat_pitch_after_no_gen", 9),
            (fam_price_dodge, "price_dodge_upgrade_gen", 7), (fam_cb_only, "signed_without_yes_gen", 6),
            (fam_abuse, "agent_scolds_customer_gen", 5), (fam_robocall_cancel, "robocall_order_cancel_gen", 5)]

# ---------------------------------------------------------------- honest families
def h_retention(call, c):
    opening(call, c, p_hold=0.1)
    call.a(fill(pick(["Your plan ends on the 30th, so I'd like to go through your options.",
                      "You asked about leaving, so before you decide I'd like to offer our best price, if that's okay.",
                      "As a thank-you for {years} years with us, we have a retention offer, and I'll be clear about the price."]), c) + " " +
           fill(pick(["You pay {plan} yuan a month now.", "Right now your plan is {plan} yuan a month."]), c))
    call.c(pick(BACK))
    call.a(fill(pick(["We can lower it to {low} yuan a month for 12 months, same data and minutes. After 12 months it goes back to {plan}, and there's no contract.",
                      "We can add {data} a month for free for 12 months on your current {plan} yuan. That really is free, nothing extra on the bill, and it simply stops after 12 months.",
                      "You could move to our {low} yuan plan, which fits your usage. Nothing changes unless you tell me which one you want."]), c))
    for _ in range(R.choice([0, 1, 2, 3, 4, 6])):
        q = R.random()
        if q < 0.33:
            call.c("Is there a contract?")
            call.a("No contract. You can change or leave at any time without a fee.")
        elif q < 0.66:
            call.c("And the data?")
            call.a(fill("The data stays the same as now. You've used about {data2} on average, so it's plenty.", c))
        else:
            call.c("What happens if I say no?")
            call.a("Then nothing changes at all. Your plan stays exactly as it is.")
    if R.random() < 0.6:
        call.c(pick(["Okay, I'll take it.", "Yes, that one.", "The cheaper one."]))
        call.a("Just to confirm before I do anything: you want this change starting on the 1st, at the price I said. Is that a yes?")
        call.c(pick(["Yes.", "Yes, I agree.", "Yes, go ahead."]))
        call.a(pick(["Thank you, I've recorded your yes. You'll get a text from 10086 with the details.",
                     "Recorded. If anything looks wrong, you can change back within 7 days at no cost."]))
    else:
        call.c(pick(["I'll think about it.", "No, I'm fine.", "Let me ask my wife."]))
        call.a(pick(["Of course. I won't change anything. Call 10086 if you decide.", "No problem, nothing changes. Thank you."]))
    return True

def h_priced_addon(call, c):
    opening(call, c, p_hold=0.1)
    call.a(fill(pick(["I'll be upfront, this is a paid offer, so feel free to say no.", "This is a sales call, just so you know."]), c) + " " +
           fill("We have an add-on with {data} extra a month for {addon} yuan a month. Your base plan stays {plan} yuan, so your total would be {total} yuan.", c))
    if R.random() < 0.4:
        call.c(pick(["Is it free?", "So my tariff is unchanged?", "Does my bill go up?"]))
        call.a(fill("To be clear, it's not free. Your bill would go up by {addon} yuan a month, from {plan} to {total}. You can cancel it any time.", c))
    if R.random() < 0.55:
        call.c(pick(NO + ["Hmm.", "Mm."]))
        call.a(pick(["No problem, I won't add anything.", "Okay, I'll only add it if you say yes clearly, so nothing's added.",
                     "That's fine. If you ever run short, you can buy a one-off pack in the app."]) + " " + pick(CLOSE))
        if R.random() < 0.3:
            call.c(pick(GOODBYE))
    else:
        call.c(pick(["Yes, add it.", "Okay, yes.", "Yes please."]))
        call.a(fill("To confirm: {data} a month for {addon} yuan extra, starting now. Is that a yes?", c))
        call.c("Yes.")
        call.a("Recorded, thank you. You'll get a text confirmation.")
    return True

def h_security_warning(call, c):
    opening(call, c, p_hold=0.1)
    call.a(pick(["This is an information call, I won't be asking you for anything.",
                 "I'm not selling anything, this is a safety notice."]) + " " +
           pick(["There's been a wave of scam calls pretending to be us.", "People are getting calls saying a free membership will start charging."]) + " " +
           pick(["They say you're a star user, or that they'll cancel a charge, and then ask for a verification code.",
                 "Then they ask you to read out the SMS code to \"cancel\" it."]))
    call.c(pick(BACK + ["Oh, I got one of those.", "Okay?"]))
    call.a(pick(["Please remember we will never ask for your code, not on the phone and not by text.",
                 "We never need your code. If anyone asks, hang up and call 10086 yourself."]) + " " +
           pick(["Codes are only for you to type into the official app.", "If you want to check a membership, open the app yourself."]))
    if R.random() < 0.5:
        call.c(pick(["Do I have any memberships?", "Is my account okay?"]))
        call.a(pick(["Your account has no memberships and no pending charges.", "I've checked, nothing has changed on your account."]))
    call.c(pick(["Okay, thanks.", "Good to know.", "Ok."]))
    call.a(pick(CLOSE))
    return True

def h_cancel_request(call, c):
    call.c(fill(pick(["Hi, I want to cancel my {mem}.", "Hello, I got a text that my {mem} renews. I want to stop it.",
                      "I'd like to cancel the {mem} on my phone, I don't use it."]), c))
    call.a(fill("Sure, I see the {mem} at {memfee} yuan a month on your number. Is that the one?", c))
    if R.random() < 0.5:
        call.c(pick(["Yes. Do you need a code?", "Yes. Do I need to read you something?"]))
        call.a("No, I don't need any code. We never ask for codes on the phone.")
        call.c("Okay.")
    else:
        call.c("Yes.")
    if R.random() < 0.4:
        call.a("You can also cancel in the app under \"My subscriptions\". If it sends a code, you type it into the app yourself. Or I can do it now. Which do you prefer?")
        call.c(pick(["You do it.", "Please do it now."]))
    call.a("It will stop at the end of this month and you won't be charged again. Shall I go ahead?")
    call.c(pick(["Yes.", "Yes, please.", "Go ahead."]))
    call.a(pick(["Done. It's cancelled and you'll get a confirmation text. I didn't add anything else.",
                 "Cancelled. No charge next month."]))
    return True

def h_free_gift(call, c):
    opening(call, c, p_hold=0.05)
    call.a(fill(pick(["Because of the network outage in your area, we've added {data2} of free data to your line.",
                      "It's our anniversary, and every customer gets {data2} of free data this month.",
                      "You've reached {level} level, which gives you free priority service at 10086."]), c) + " " +
           pick(["It's already applied, it doesn't change your plan or your bill.", "There's nothing to accept, pay or cancel later."]) + " " +
           pick(["I'm just calling so you know it's there.", "And we won't ask you for anything."]))
    call.c(pick(BACK + ["Oh, nice.", "What's the catch?"]))
    if R.random() < 0.5:
        call.a("There's no catch. Nothing is added to your bill. If you want to check, call 10086 yourself.")
        call.c(pick(["Okay.", "Good."]))
    call.a(pick(CLOSE))
    return True

def h_plan_review(call, c):
    opening(call, c, p_hold=0.1)
    call.a(fill("We do a free yearly plan review. You pay {plan} yuan a month, and you use about {data2} of data. I won't change anything without your clear yes.", c))
    for _ in range(R.choice([1, 2, 3, 4, 5, 7, 9, 11])):
        q = R.random()
        if q < 0.2:
            call.c("Mm.")
            call.a(fill("Our {low} yuan plan would cover your usage. It's only a suggestion.", c))
        elif q < 0.4:
            call.c("What about calls?")
            call.a("You use about 150 minutes a month, and every plan I'm suggesting has at least 200.")
        elif q < 0.6:
            call.c("Is there a fee to change?")
            call.a("No fee to change, and you can change back within 7 days.")
        elif q < 0.8:
            call.c("What do I have besides the plan?")
            call.a(fill("You also have a {mem} at {memfee} yuan a month. If you don't use it, you can cancel it in the app, or ask me to.", c))
        else:
            call.c("Ok.")
            call.a("I'll also send you a text with these numbers so you can look at them later.")
    if R.random() < 0.5:
        call.c(pick(["I'll think about it.", "Let me ask my daughter.", "Leave it as it is."]))
        call.a("Of course. Nothing changes. You can call 10086 anytime.")
    else:
        call.c(pick(["Okay, switch me.", "Yes, change it."]))
        call.a(fill("To confirm: switch to the {low} yuan plan from the 1st. Is that a yes?", c))
        call.c("Yes.")
        call.a("Recorded with your yes. You'll get a text.")
    return True

def h_roaming(call, c):
    opening(call, c, p_hold=0.1)
    call.a(fill("Your number connected to a network in {country}, and I'm calling so you don't get a surprise bill. You don't have a roaming pack now, so data is pay-as-you-go.", c))
    call.c(pick(["Yes, I'm there now.", "Oh. Ok.", "Mm."]))
    call.a(fill("There's a day pack for {daypack} yuan a day, charged only on days you use data abroad. Or you can turn off mobile data and use WiFi for free. I won't add anything unless you ask.", c))
    if R.random() < 0.6:
        call.c(pick(["Add the day pack.", "Yes, the day pack please."]))
        call.a(fill("To confirm: the {daypack} yuan day pack, starting now. Yes?", c))
        call.c("Yes.")
        call.a("It's active. Safe travels.")
    else:
        call.c(pick(["I'll use WiFi.", "No thanks."]))
        call.a("Okay, nothing added. Enjoy your trip.")
    return True

def h_refund(call, c):
    opening(call, c, p_hold=0.05)
    call.a(fill(pick(["We charged you {refund} yuan by mistake last month, and it's been refunded to your balance already.",
                      "About your complaint, ticket {ticket}: you were right, and we've refunded {refund} yuan.",
                      "We reviewed the pack added to your line in a sales call, it wasn't properly agreed, so we've removed it and refunded {refund} yuan."]), c))
    call.c(pick(["Do you need anything from me?", "Oh. Okay.", "Mm.", "Do I need to give a code?"]))
    call.a("No, nothing at all. We don't need any code or details, the refund is done. You can see it in the app under balance history.")
    call.c(pick(["Thanks.", "Okay.", "Ok."]))
    return True

def h_rude_customer(call, c):
    topic, fix = pick([("I'm calling about your repair ticket {ticket}.", "A technician can come tomorrow between 2 and 4, there's no charge for the visit."),
                       ("I'm calling about your complaint about dropped calls.", "The tower fault near you was repaired yesterday, and we've credited {credit} yuan for the trouble, already applied."),
                       ("I'm calling about your question on your bill.", "The extra charge was a data pack bought in the app; I can refund it once and turn on purchase protection, if you want.")])
    call.a(fill(pick(OPEN), dict(c, tod=pick(["morning", "afternoon"]))) + " " + fill(topic, c))
    call.c(pick(["Oh great, you idiots again.", "You people are useless, you know that?", "What do you want now? Stop calling me!",
                 "You thieves, what now?"]))
    call.a(pick(["I'm sorry it's been frustrating. I'll be quick.", "I understand, and I'm sorry.", "I hear you. Let me explain what we found."]) + " " + fill(fix, c))
    for _ in range(R.choice([0, 1, 2, 3, 5])):
        call.c(pick(["Whatever.", "That's nothing.", "Why should I believe you?", "Just fix it.", "You always say that."]))
        call.a(pick(["I understand. If it happens again, please call us and quote your ticket.",
                     "Fair enough. I can open a complaint for a supervisor to review, if you want.",
                     "You don't need to do anything, and I won't add anything to your account.",
                     "If you'd like to check this call, you can hang up and call 10086, they'll see the same ticket."]))
    call.c(pick(["Fine.", "Okay.", "Yes, do that."]))
    call.a(pick(CLOSE))
    return True

def h_app_code(call, c):
    opening(call, c, p_hold=0.05)
    call.a("I'm returning your call about logging into the app. The app sends a code by text to make sure it's you, and you type it into the app yourself. Please don't read it to me, I don't need it.")
    call.c(pick(["Okay, I got the text.", "Do you want the code?", "Ok."]))
    call.a("Type the six digits into the verification box and press confirm. Take your time.")
    call.c(pick(["Okay, it's in. It says welcome.", "Done.", "It worked."]))
    call.a("Perfect. Anything else?")
    call.c("No, thanks.")
    return True

def h_deadline(call, c):
    opening(call, c, p_hold=0.05)
    call.a(fill(pick(["The 3G network in your district will be switched off on June 30th, and your phone only supports 3G.",
                      "Your bill of {plan} yuan wasn't paid by the 20th. If it's not paid by the 5th, outgoing calls pause until payment.",
                      "Your old plan is being retired on September 1st, and you'll be moved to the closest plan at the same price unless you choose another."]), c) + " " +
           pick(["That's the only reason for the call.", "We'll send one reminder text, that's all.", "You can call 10086 if you have questions."]))
    call.c(pick(["Oh. Okay.", "Mm.", "What do I do?"]))
    call.a(pick(["You can handle it in the app or at any shop, whenever it suits you before the date.",
                 "Nothing else is needed from you. I'm not selling anything today."]))
    call.c(pick(["Okay, thank you.", "Ok."]))
    return True

def h_followup(call, c):
    opening(call, c, p_hold=0.05)
    call.a(fill(pick(["We have a family sharing plan, {addon} yuan for each extra line. Would you be interested?",
                      "Last week you asked about fiber broadband. I'm just following up once. Are you still interested?"]), c))
    call.c(pick(["No, not really.", "No, we decided not to.", "No thanks."]))
    call.a(pick(["No problem. Should I send you a text with the details, or not?", "Okay, thanks for letting me know."]))
    call.c(pick(["No, that's okay.", "No.", "Ok."]))
    call.a("Understood, I won't send anything. Have a nice day.")
    return True

def h_plain_service(call, c):
    """Ordinary service call; not a hard negative."""
    call.c(pick(["Hi, I want to check my balance.", "Hello, I need to change my billing address.",
                 "Hi, my phone shows no signal at home.", "Hello, when is my bill due?"]))
    call.a(pick(["Sure, one moment please.", "Of course, let me look."]))
    call.c(pick(["Ok.", "Thanks."]))
    call.a(fill(pick(["Your balance is {credit} yuan, and your plan renews on the 1st.",
                      "I've updated your address. Your next bill will go there.",
                      "There's maintenance on the tower near you until 6 pm today, service should return after that.",
                      "Your bill is due on the 20th, the amount is {plan} yuan."]), c))
    call.c(pick(["Great, thanks.", "Okay.", "Thank you."]))
    call.a(pick(CLOSE))
    return False

HON_FAMS = [(h_retention, "retention_offer_priced_gen", 16, True), (h_priced_addon, "priced_addon_offer_gen", 18, True),
            (h_security_warning, "never_ask_code_notice_gen", 12, True), (h_cancel_request, "customer_requested_cancel_gen", 14, True),
            (h_free_gift, "genuinely_free_gift_gen", 12, True), (h_plan_review, "plan_review_gen", 12, True),
            (h_roaming, "roaming_advice_gen", 10, True), (h_refund, "genuine_refund_gen", 10, True),
            (h_rude_customer, "rude_customer_patient_agent_gen", 10, True), (h_app_code, "code_typed_in_app_gen", 6, True),
            (h_deadline, "real_deadline_notice_gen", 8, True), (h_followup, "single_polite_followup_gen", 6, True),
            (h_plain_service, "plain_service_request_gen", 14, None)]

def weighted(fams, wi):
    tot = sum(f[wi] for f in fams)
    x = R.random() * tot
    for f in fams:
        x -= f[wi]
        if x <= 0:
            return f
    return fams[-1]

def main():
    hand = [json.loads(l) for l in open(os.path.join(HERE, "hand.jsonl"), encoding="utf-8") if l.strip()]
    out = list(hand)
    n = len(hand)
    gen = []
    for i in range(N_DECEPTIVE):
        fn, scen, _ = weighted(DEC_FAMS, 2)
        while True:
            call = Call(); c = ctx()
            labs = fn(call, c)
            got = sorted({l for t in call.turns for l in t["labels"]})
            if got and 4 <= len(call.turns) <= 30:
                break
        gen.append({"lang": "en", "deceptive": True, "labels": got, "turns": call.turns, "scenario": scen, "hard_negative": False})
    for i in range(N_HONEST):
        fn, scen, _, hn = weighted(HON_FAMS, 2)
        while True:
            call = Call(); c = ctx()
            r = fn(call, c)
            if 4 <= len(call.turns) <= 30:
                break
        assert not any(t["labels"] for t in call.turns)
        gen.append({"lang": "en", "deceptive": False, "labels": [], "turns": call.turns, "scenario": scen, "hard_negative": bool(r)})
    R.shuffle(gen)
    for j, g in enumerate(gen, n + 1):
        out.append({"id": "w02-%04d" % j, "lang": "en", "deceptive": g["deceptive"], "labels": g["labels"], "turns": g["turns"],
                    "source": "writer:02", "scenario": g["scenario"], "hard_negative": g["hard_negative"], "written": "generator"})
    with open(os.path.join(HERE, "calls.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote", len(out), "calls (", len(hand), "hand +", len(gen), "generated )")

if __name__ == "__main__":
    main()
