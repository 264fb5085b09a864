#!/usr/bin/env python3
"""Build calls.jsonl for writer w13: hand-written calls (hand*.txt) + generated calls.
python3 stdlib only, fixed seed."""
import glob, json, random, re

WID, NN = "w13", "13"
PATTERNS = ["abuse", "code_request", "consent_bypass", "cost_concealment",
            "fake_cancellation", "fake_reward", "pressure"]
SPK = {"A": "agent", "C": "customer", "U": "unknown"}

def parse_hand():
    calls = []
    for fn in sorted(glob.glob("hand*.txt")):
        cur = None
        for raw in open(fn, encoding="utf-8"):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("@ "):
                parts = line[2:].split()
                cur = {"scenario": parts[0], "hn": "hn" in parts[1:], "turns": []}
                calls.append(cur)
                continue
            m = re.match(r"^([ACU]): (.*)$", line)
            assert m, (fn, line)
            text, labels = m.group(2), []
            if " ||" in text:
                text, lab = text.split(" ||", 1)
                labels = sorted({l.strip() for l in lab.split(",") if l.strip()})
            cur["turns"].append({"speaker": SPK[m.group(1)], "text": text.strip(), "labels": labels})
    return calls

R = random.Random(1313)
def pick(xs):
    return R.choice(xs)

OPS = [("China Mobile", "10086"), ("China Unicom", "10010"), ("China Telecom", "10000")]
NUMW = {"5": "five", "10": "ten", "15": "fifteen", "20": "twenty", "30": "thirty", "19": "nineteen",
        "29": "twenty nine", "38": "thirty eight", "39": "thirty nine", "58": "fifty eight", "59": "fifty nine",
        "25": "twenty five", "40": "forty", "49": "forty nine", "68": "sixty eight", "88": "eighty eight",
        "100": "one hundred", "12": "twelve", "18": "eighteen", "8": "eight", "6": "six", "3": "three",
        "79": "seventy nine", "98": "ninety eight", "108": "one hundred and eight", "128": "one hundred and twenty eight",
        "200": "two hundred", "48": "forty eight", "69": "sixty nine", "78": "seventy eight", "87": "eighty seven",
        "97": "ninety seven", "1": "one", "2": "two", "50": "fifty", "9": "nine"}

def data_str(n):
    return pick([f"{n}G", f"{n} gigabytes", f"{n} GB", f"{n} gigs", f"{NUMW.get(str(n), n)} G",
                 f"{n}G of data", f"{n} gigabytes of domestic data", f"{NUMW.get(str(n), n)} gigabytes",
                 f"{n}G national data", f"{n} GB of general data"])

def period():
    return pick(["every month", "each month", "per month", "a month", "monthly", "every single month"])

def opening(op, num, who=None):
    name = pick(["Xiao Wang", "Li Mei", "Zhao Lei", "Chen Jing", "Liu Yang", "Sun Hui", "Zhou Ting", "Wu Hao", "Huang Li", "Lin Fang"])
    emp = R.randint(1000, 9999)
    if who == "partner":
        return pick([f"Hello, I'm calling from an official partner of {op}.",
                     f"Hi, this is the {op} cooperative service center, we work with {num} on customer benefits.",
                     f"Good afternoon, I'm {name} from {op}'s authorized partner office.",
                     f"Hello, I'm with the operator's partner company that handles {op} member benefits.",
                     f"Hi, I'm calling on behalf of {op}, from the partner service platform."])
    return pick([f"Hello, this is {op} customer service.",
                 f"Hi, I'm calling from {op}, {num} customer care.",
                 f"Good morning, {num} customer service, my employee number is {emp}.",
                 f"Hello, is this the owner of this number? This is {op}.",
                 f"Good afternoon, this is {name} from {op} customer service.",
                 f"Hello sir, {op} {num} here.",
                 f"Hi ma'am, I'm calling from the {op} service center.",
                 f"Hello, {op} official customer service, calling about your account.",
                 f"Hello, I'm {name}, {op} customer service, employee {emp}.",
                 f"Good evening, this is {num}, {op}."])

STAR = ["star user", "two-star user", "three-star customer", "five-star member", "star-level customer",
        "VIP customer", "loyal user", "gold member", "premium customer", "high-value user", "diamond-level member",
        "priority customer"]

def reward_lure(op, n, extra=""):
    st = pick(STAR)
    d = data_str(n)
    p = period()
    mins = pick(["", "", f" and {pick(['100', '200', 'one hundred'])} minutes", " plus free caller ID", " and a video membership"])
    return pick([
        f"Your number has been rated a {st} this year, and as a thank-you the company is adding {d}{mins} {p}.",
        f"Congratulations, you've been selected as a {st}, so we're giving you {d}{mins} {p} as a loyalty benefit.",
        f"As a {st}, you qualify for our thank-you campaign: {d}{mins} {p}.",
        f"The system has identified you as a {st}. To thank you for your support, we're adding {d} {p}{mins}.",
        f"You're one of our {st}s, and you've been chosen for a loyalty upgrade with {d} {p}.",
        f"Because you've been with us so long you've been upgraded to {st} status, which comes with {d}{mins} {p}.",
        f"I'm calling with good news: as a {st} you're getting a special appreciation gift, {d} {p}.",
        f"This quarter, {st}s receive a bonus of {d} {p}{mins}, and your number is on the list.",
        f"We picked a few {st}s in your city for a reward, {d} {p}, and you're one of them.",
        f"You've earned a loyalty reward as a {st}: {d} added to your account {p}{mins}.",
    ]) + extra

def concealment():
    return pick([
        "Your package tariff stays the same.",
        "The package fee remains unchanged, it's superimposed on your current package.",
        "You don't pay anything more, it's all on top of your existing plan.",
        "It's a gift, nothing extra on your bill.",
        "Your monthly fee doesn't change at all.",
        "You won't notice any difference on the bill.",
        "It's simply added to your current package, the price is the same as before.",
        "There's no change to your tariff, it's just an upgrade of the functions.",
        "Nothing changes in what you pay, don't worry.",
        "It's free for you as a loyal customer, the package stays as it is.",
        "The fee stays exactly as it is now, we're only adding the benefit.",
        "Same price, more data, that's all.",
    ])

def evasive():
    return pick([
        "It's a benefit package, sir, most customers actually end up saving money.",
        "Don't worry about the small details, you'll barely feel it.",
        "It's integrated into your plan, you'll see one bill as always.",
        "There's a tiny adjustment but the value is much higher, so it's basically free.",
        "The package itself doesn't change, there's just a small function fee that's covered by the benefit.",
        "It's really nothing, less than a cup of tea, and you get so much more.",
        "Let's not focus on that, the point is you get much more data.",
        "Well, it's a 29-yuan adjustment, but the data is worth far more, so think of it as free.",
        "The package fee remains unchanged; the 19 yuan is only for the benefit itself.",
        "Compared with what you get, the cost is zero really.",
    ])

def fake_cancel(op, num):
    mem = pick(["Tencent Video", "iQiyi", "Youku", "Migu Video", "Mango TV", "Bilibili", "Kugou Music", "NetEase Cloud Music",
                "QQ Music", "cloud storage", "Tianyi Cloud", "ringtone", "phone insurance", "weather SMS", "reading app",
                "game center", "caller show", "family safety"])
    fee = pick(["10", "12", "15", "19", "20", "25", "29", "30"])
    when = pick(["next month", "from the first of next month", "tomorrow", "tonight", "from this billing cycle", "after today"])
    return pick([
        f"Our records show a gifted {mem} membership on your number, and it will start charging {fee} yuan a month {when}. Shall I cancel it for you?",
        f"You received a free {mem} service with your plan, and it becomes paid {when}, {fee} yuan monthly. I can cancel it now so you don't get charged.",
        f"I'm calling because your {mem} trial is ending and a charge of {fee} yuan per month starts {when}. Do you want me to cancel it?",
        f"There's a {mem} membership that was opened during a promotion on your account. It starts billing {when}. I'll help you cancel it.",
        f"Your account shows a {mem} package, free until now, that converts to {fee} yuan a month {when}. Most people don't want it, so I can stop it for you.",
        f"Just to let you know, the {mem} membership that came with your phone will be charged {when}, {fee} yuan a month. Should I cancel it before it charges?",
        f"The system shows an order for a {mem} subscription that will be deducted {when}. I can cancel that order for you right now.",
    ])

def code_ask(num):
    return pick([
        f"In a moment {num} will text you a six-digit verification code, please read it to me.",
        "You'll receive an SMS code now, just tell me the numbers so I can complete it.",
        "I've just sent a verification code, can you read me the digits?",
        f"Please tell me the code you got from {num} just now.",
        "A text with a code will arrive, read it back to me to confirm.",
        "To finish, I need the six digits in the message you just received.",
        "Check your messages, there's a code, what does it say?",
        "Please forward me the verification code, it's just for the system.",
        "Read me the number in the text message, that's the last step.",
        "The code is for verification only, you can give it to me, I'm customer service.",
    ])

def bypass():
    return pick([
        "Okay, I've already processed it for you, it takes effect next month.",
        "No need to confirm, I'll handle it for you. It's done.",
        "Alright, I'll sign up for you then. Thank you for your support.",
        "Okay, I've activated it. You'll get a text, no need to reply.",
        "I'll take that as a yes, it's confirmed now.",
        "Fine, I've put it through for you, goodbye.",
        "It's already been handled on my side, you don't need to do anything.",
        "Since you didn't say no, I've registered it for you.",
        "Good, I've confirmed it in the system for you.",
        "I'll just go ahead and submit it, you can thank me later.",
    ])

def pressure_line():
    return pick([
        "This offer ends today, after tonight it's gone.",
        "This is the last reminder, the system closes after this call.",
        "If you don't handle it now your number will be restricted.",
        "You must decide now, I can't hold the quota for you.",
        "Only a few places are left, other customers are waiting for it.",
        "If you refuse, you'll lose your star level and all your benefits.",
        "Sir, think again, it really is the best deal this year.",
        "Everyone else in your area has already accepted it.",
        "If you miss it today you can't get it back, even at the business hall.",
        "Listen, just hear me out one more time, it's really for your own good.",
        "Your number will be downgraded if you don't upgrade today.",
        "I'll get in trouble with my manager if you don't take it, please.",
    ])

def abuse_line():
    return pick([
        "Are you deaf?", "What a waste of my time.", "Are you stupid or what?", "Don't waste my time.",
        "Some people just don't know what's good for them, idiot.", "You don't understand anything, do you?",
        "Unbelievable, how slow can you be?", "Fine, be poor then.", "Do you even have a brain?",
        "Useless. Don't pick up the phone next time.", "You're really annoying, you know that?",
        "Stingy. Arguing over a few yuan.",
    ])

C_ACK = ["Okay.", "Mm.", "Uh huh.", "Oh, really?", "Yes?", "Hmm.", "Go on.", "Who is this?", "What is it?", "Okay, and?"]
C_ASK_PRICE = ["Is it free?", "How much does it cost?", "So my bill doesn't go up?", "What's the catch?",
               "Do I pay anything?", "How much more a month?", "Is there any fee?", "What will my bill be after?"]
C_NO = ["No, thanks.", "I don't want it.", "Not interested.", "No, I'm fine with my plan.", "I said no.",
        "I don't need it, thank you.", "No, please don't change anything.", "I'll pass."]
C_HESITATE = ["Let me think about it.", "Hmm...", "I'm busy right now.", "Can you call back later?",
              "I need to ask my family.", "...", "I'm driving.", "Um, I'm not sure."]
C_CANCEL_OK = ["Okay, cancel it then.", "I didn't know I had that. Yes, cancel it.", "Sure, please cancel.",
               "I never signed up for that, but okay.", "Cancel it, I don't want to pay."]
C_CODE_NO = ["I don't give codes to anyone.", "Why do you need my code?", "The text says not to share it.",
             "I'd rather not.", "Hold on, I'll call the operator myself."]
C_CODE_YES = ["Okay, it's {}.", "Um, {}.", "It says {}.", "Here, {}."]
A_END = ["Okay, goodbye.", "Thank you, have a nice day.", "Alright.", "Fine, goodbye.", "Okay, thank you for your time."]

def code_digits():
    d = "".join(str(R.randint(0, 9)) for _ in range(6))
    return pick([d, " ".join(d), d[:3] + " " + d[3:], "-".join(d)])

def make_deceptive(pats):
    op, num = pick(OPS)
    partner = R.random() < 0.2
    T = []
    def A(t, *l): T.append(["agent", t, sorted(set(l))])
    def C(t): T.append(["customer", t, []])
    pats = set(pats)
    first_turn_lure = R.random() < 0.35
    # optional harmless lead-in (puts deception later in the call)
    if R.random() < 0.25 and not first_turn_lure:
        q, a = pick([("I'm just checking how your network has been lately.", ["It's been fine.", "No complaints.", "Okay, I guess."]),
                     ("Is your signal okay at home?", ["Yes, it's fine.", "Mostly, yes.", "It's okay."]),
                     ("I'm calling about your account, do you have a minute?", ["Sure, a minute.", "Go ahead.", "Quickly, please."]),
                     ("I wanted to check your recent bill was clear.", ["Yes, it was clear.", "I think so.", "I didn't look at it."])])
        A(opening(op, num, "partner" if partner else None) + " " + q)
        C(pick(a))
        lead = ""
    else:
        lead = opening(op, num, "partner" if partner else None) + " "
    if "fake_cancellation" in pats and ("fake_reward" not in pats or R.random() < 0.5):
        A(lead + fake_cancel(op, num), "fake_cancellation")
        C(pick(C_CANCEL_OK + ["I don't have any membership.", "What membership?"]))
        if "code_request" in pats:
            A(code_ask(num), "code_request")
            if R.random() < 0.5:
                C(pick(C_CODE_YES).format(code_digits()))
            else:
                C(pick(C_CODE_NO))
                if "pressure" in pats:
                    A(pick(["If you don't give me the code the charge will go through tonight.",
                            "Quickly, otherwise the deduction can't be stopped.",
                            "It's the only way to stop the charge, there's no time."]), "pressure", "code_request")
                    pats.discard("pressure")
                    C(pick(["No.", "I'll check myself.", "Goodbye."]))
        else:
            A(pick(["Alright, it's cancelled for you.", "Okay, I'll stop it now.", "Done, it won't be charged."]))
        lead = ""
        if "fake_reward" in pats or "cost_concealment" in pats:
            if "fake_reward" in pats:
                A(pick(["Also, ", "And one more thing, ", "While I have you, "]) + reward_lure(op, pick([10, 15, 20, 30])), "fake_reward")
            else:
                A(pick(["Also I'll upgrade your package with more data.", "And I'll add the bonus data pack while I'm at it."]))
            C(pick(C_ASK_PRICE + C_ACK))
            if "cost_concealment" in pats:
                A(concealment(), "cost_concealment")
    elif "fake_reward" in pats or "cost_concealment" in pats:
        n = pick([10, 15, 20, 30])
        if "fake_reward" in pats:
            A(lead + reward_lure(op, n), "fake_reward")
        else:
            A(lead + pick([f"We're adjusting your package so you get {data_str(n)} {period()}.",
                           f"I'm calling to upgrade your plan with {data_str(n)} {period()}.",
                           f"There's a package optimization for your number, it adds {data_str(n)} {period()}.",
                           f"We'd like to add the {data_str(n)} monthly pack to your plan."]))
        C(pick(C_ASK_PRICE + C_ACK))
        if "cost_concealment" in pats:
            A(concealment(), "cost_concealment")
            if R.random() < 0.4:
                C(pick(["But how much exactly?", "Really nothing extra?", "So the bill stays the same?", "Are you sure it's free?"]))
                A(evasive(), "cost_concealment")
        elif "fake_reward" in pats or R.random() < 0.5:
            A(pick(["To receive it, the package goes up 30 yuan a month.", "It's 19 yuan a month extra for the upgrade.",
                    "The benefit plan is 29 yuan a month more, shall I add it?", "You just move to the 88 plan to get it.",
                    "It's 30 yuan more per month on top of your plan.", "It costs 19 yuan a month extra.",
                    "The upgrade is 29 yuan a month more."]))
        if "fake_cancellation" in pats:
            fc = fake_cancel(op, num)
            A(pick(["Oh, and ", "Also, ", "By the way, "]) + fc[0].lower() + fc[1:], "fake_cancellation")
            C(pick(C_CANCEL_OK))
        if "code_request" in pats:
            A(code_ask(num), "code_request")
            C(pick(C_CODE_NO + [pick(C_CODE_YES).format(code_digits())]))
    else:
        # code request, pressure, consent bypass or abuse without a lure
        n = pick([10, 15, 20])
        offers = [f"Your package is being updated, the new version gives {data_str(n)} {period()}, it's 19 yuan more a month.",
                  f"We have a data add-on, {data_str(n)} for 30 yuan a month. Would you like it?",
                  "I'm calling about the 5G plan upgrade, it's 20 yuan a month more.",
                  f"Would you like to move to the 88 plan? It has {data_str(n)} more and costs 30 yuan more than now.",
                  "We have a family bundle, 168 a month for three lines, interested?"]
        if "code_request" in pats:
            offers = offers[:2] + ["Your number needs a system upgrade to keep working properly.",
                                   "Your SIM card needs real-name re-verification today.",
                                   "There's a security check on your account, it only takes a second."]
        A(lead + pick(offers))
        C(pick(C_ACK + C_HESITATE))
        if "code_request" in pats:
            A(code_ask(num), "code_request")
            C(pick(C_CODE_NO + [pick(C_CODE_YES).format(code_digits())]))
    # tail: pressure, bypass, abuse
    tail = [p for p in ["pressure", "consent_bypass", "abuse"] if p in pats]
    R.shuffle(tail)
    if "abuse" in tail:  # abuse usually last
        tail.remove("abuse"); tail.append("abuse")
    def Cn(t):
        if T[-1][0] != "customer":
            C(t)
    for p in tail:
        if p == "pressure":
            Cn(pick([x for x in C_NO if x != "I said no."] + C_HESITATE))
            if "fake_cancellation" in pats and R.random() < 0.7:
                A(pick(["If we don't cancel it right now, the charge goes through tonight and it can't be refunded.",
                        "This is the last chance to stop the deduction, after this call it's too late.",
                        "You have to decide now, the billing system locks at midnight.",
                        "If you don't cooperate, the charge will be on your bill and your number may be restricted."]), "pressure")
            elif T[-1][1] in C_NO or T[-1][1] in C_HESITATE:
                A(pressure_line(), "pressure")
            else:
                A(pick(["This offer ends today, after tonight it's gone.", "This is the last reminder, the system closes after this call.",
                        "If you don't handle it now your number will be restricted.", "You must decide right now, I can't hold the quota for you.",
                        "Your number will be downgraded if you don't upgrade today.", "Only today, tomorrow the quota goes to someone else."]), "pressure")
        elif p == "consent_bypass":
            Cn(pick(C_HESITATE + ["Mm.", "Uh...", "I don't know."] + C_NO))
            A(bypass(), "consent_bypass")
            if R.random() < 0.5:
                C(pick(["Wait, I didn't agree!", "What? I never said yes.", "Hello? What did you do?", "Undo that, please."]))
                if R.random() < 0.5:
                    A(pick(["It's already in the system.", "Too late, it's done.", "You can cancel later at the hall."]))
        elif p == "abuse":
            Cn(pick(C_NO + ["Stop calling me.", "I'm hanging up."]))
            A((abuse_line() + " " + pick(["", "", "Goodbye.", "Forget it."])).strip(), "abuse")
    if T[-1][0] == "agent" and not T[-1][2] and R.random() < 0.3:
        pass
    elif T[-1][0] == "customer" and R.random() < 0.6:
        A(pick(A_END))
    # first-turn lure variant: merge first two agent turns if opening was separate? (opening already prefixed)
    return merge(frame(T, op, num, False)), op

SURN = ["Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo"]

def frame(T, op, num, honest):
    T = [list(t) for t in T]
    if T[0][0] == "customer":
        T.insert(0, ["agent", pick([f"{op} customer service, how can I help you?", f"Hello, {num}, agent {R.randint(100, 999)} speaking.",
                                    "Good morning, customer service, what can I do for you?", f"Thank you for calling {op}. How may I help?"]), []])
    elif R.random() < 0.55:
        tail4 = R.randint(1000, 9999)
        nm = pick(["Mr. ", "Ms. ", "Mrs. "]) + pick(SURN)
        q = pick([f"Hello, am I speaking with {nm}?", f"Hi, is this the owner of the number ending {tail4}?",
                  f"Hello, is that {nm}?", f"Good day, may I speak to the account holder for the number ending {tail4}?",
                  f"Hi, {nm}? Do you have a moment?", f"Hello, good afternoon, is this {nm}?", f"Hi, sorry to disturb you, is this the user of {tail4}?",
                  f"Hello, I'm looking for {nm}.", "Hello, is this a good time to talk?", f"Morning, {nm}, right?",
                  f"Hello, this number ending in {tail4}, are you the registered user?"])
        a = pick(["Yes, speaking.", "Yes.", "That's me.", "Who's calling?", "Yes, who is this?", "Yeah, go ahead.", "Hello? Yes.",
                  "Speaking.", "Yes, what's this about?", "Mm, yes.", "Who are you?", "Right, yes.", "It is, why?"])
        T = [["agent", q, []], ["customer", a, []]] + T
    if honest and T[-1][0] == "agent" and R.random() < 0.5:
        T += [["customer", pick(["No, that's all.", "Okay, thank you.", "Thanks, bye.", "Got it.", "Alright."])],
              ["agent", pick(["Thank you for calling, goodbye.", "You're welcome. Have a good day.", "Bye now.", "Thank you, goodbye."]), []]]
        T[-2].append([])
    elif honest and T[-1][0] == "customer" and R.random() < 0.6:
        T.append(["agent", pick(["Thank you, goodbye.", "You're welcome, have a nice day.", "Okay, bye."]), []])
    return T

def merge(T):
    out = []
    for s_, t, l in T:
        if out and out[-1][0] == s_:
            out[-1] = [s_, out[-1][1] + " " + t, sorted(set(out[-1][2]) | set(l))]
        else:
            out.append([s_, t, list(l)])
    return out

def make_honest():
    op, num = pick(OPS)
    T = []
    def A(t): T.append(["agent", t, []])
    def C(t): T.append(["customer", t, []])
    kind = pick(["price_refuse", "price_yes", "free_reward", "bill", "usage", "cancel_req", "identity", "app_code",
                 "polite_end", "one_followup", "star_info", "scam_warning", "membership_check", "outage", "roaming",
                 "price_refuse", "price_yes", "cancel_req", "free_reward"])
    hn = kind not in ("bill", "usage", "polite_end", "outage")
    open_ = opening(op, num)
    n = pick([5, 10, 15, 20, 30]); add = pick(["10", "15", "19", "20", "25", "29", "30", "40"]); base = pick(["38", "48", "58", "59", "79", "98", "128"])
    tot = int(add) + int(base)
    if kind in ("price_refuse", "price_yes", "one_followup"):
        A(open_ + " " + pick([
            f"We have a {data_str(n)} add-on. It's {add} yuan a month on top of your {base}-yuan plan, so your bill would be {tot} yuan. Do you want it?",
            f"Would you like {data_str(n)} more {period()}? It costs {add} yuan a month extra; your total would be {tot}.",
            f"I'm calling about an upgrade: {data_str(n)} extra for {add} yuan more per month. Your plan is {base} now, it would be {tot}. Interested?",
            f"There's a monthly pack with {data_str(n)}. Price: {add} yuan per month, added to your bill until you cancel. Shall I tell you more?",
            f"The {data_str(n)} pack is {add} yuan a month extra, it's not free. Would you like it?"]))
        if kind == "price_yes":
            C(pick(["Yes, I'd like that.", "Okay, yes, add it.", "Yes please.", "Sure, I want it.", f"{add} a month is fine, yes."]))
            A(pick([f"Just to confirm: {add} yuan a month extra, starting next month. Is that a yes?",
                    f"So that's {tot} yuan a month in total from now on. You confirm?",
                    "Thank you. To be sure, do you agree to the monthly charge?"]))
            C(pick(["Yes, I confirm.", "Yes.", "Yes, that's fine.", "Confirmed."]))
            A(pick(["Done, you'll get a confirmation text. You can cancel anytime in the app.", "It's recorded. Thank you.",
                    "Activated. A text with the details is on its way."]))
        elif kind == "one_followup":
            C(pick(C_NO))
            A(pick(["Okay. Would a one-time 5G pack for 10 yuan, no renewal, be useful instead?",
                    "Understood. May I ask if it's the price, or you simply don't need more data?",
                    "Sure. Just so you know, there's also a 10-yuan monthly option with 5G. Any interest?"]))
            C(pick(["No, thanks.", "I just don't need it.", "No."]))
            A(pick(A_END + ["Understood, nothing will change. Goodbye."]))
        else:
            C(pick(C_NO + ["That's too expensive.", f"{tot} a month? No."]))
            A(pick(["No problem, your plan stays exactly as it is. Goodbye.", "Understood, thank you for your time.",
                    "Okay, I won't change anything. Have a nice day.", "Sure, sorry to bother you. Goodbye."]))
    elif kind == "free_reward":
        A(open_ + " " + pick([
            f"Because of the network outage last week, we've added {data_str(5)} of free data to your account this month. There's nothing to accept and no charge.",
            f"For your birthday month we've credited {data_str(2)} to your account. It's free, it's already there, you don't need to do anything.",
            f"As a long-term customer you've got a free {data_str(5)} for this month only. No sign-up, no fee, and it won't renew.",
            "We've added 10 yuan of credit to your account as an apology for the billing error. Nothing to do on your side."]))
        C(pick(["Oh, so I don't need to do anything?", "Is there a catch?", "Thanks. Does my plan change?", "Okay."]))
        A(pick(["Nothing at all. Your plan and fee stay the same, and we're not offering anything else today.",
                "No catch. It's already applied and it costs nothing.", "No, your plan is unchanged. Goodbye."]))
    elif kind == "bill":
        A(open_ + " " + pick([f"Your bill this month is {base} yuan and it's due on the 20th.",
                              f"A reminder that your balance is low, 4 yuan. Your {base}-yuan monthly fee is deducted on the 1st.",
                              f"Your payment of {base} yuan is overdue; service may be paused after the 15th. You can pay in the app."]))
        C(pick(["Okay, thanks.", "I'll pay tonight.", "Got it."]))
        A(pick(["Thank you, goodbye.", "That's all, have a good day."]))
    elif kind == "usage":
        A(open_ + " " + pick(["You've used 90 percent of your monthly data.", "Your monthly data is used up.",
                              "You've reached 80 percent of your data allowance."]) + " " +
          pick(["Extra use is charged at 3 yuan per gigabyte.", "You can buy a pack in the app if you need more.",
                "Data will slow down until the 1st, nothing will be charged."]))
        C(pick(["Okay.", "Thanks for telling me.", "Got it, bye."]))
    elif kind == "cancel_req":
        mem = pick(["Youku", "iQiyi", "Migu Video", "Tencent Video", "cloud storage", "ringtone", "music"])
        fee = pick(["10", "15", "20", "25"])
        C(pick([f"Hi, I have a {mem} membership on my bill, {fee} yuan a month. I want to cancel it.",
                f"I'd like to cancel my {mem} subscription please.",
                f"Can you stop the {mem} service? I don't use it anymore."]))
        A(pick([f"Sure. I can see the {mem} membership, {fee} yuan a month. Do you want me to cancel it?",
                f"Let me check... yes, {mem}, {fee} yuan monthly. Cancel it, right?"]))
        C(pick(["Yes, please.", "Yes, cancel it.", "Yes."]))
        A(pick(["Done. No more charges from next month, and a text will confirm.", "Cancelled. It stays active until the end of the month.",
                "It's cancelled. Is there anything else?"]))
    elif kind == "identity":
        A(open_ + " " + pick(["For security, can you confirm the name on the account?", "Before we discuss your account, please confirm your full name and the last four digits of your ID."]))
        C(pick(["Zhang Wei, last four 2217.", "Li Hong.", "Wang Fang, 0451."]))
        A(pick(["Thank you, verified. And remember, we never ask for verification codes by phone. Your question about the roaming charge: it was 25 yuan for one day in Macau.",
                "Thanks. Just so you know, we'll never ask you for an SMS code. Your new SIM is ready for pickup at the hall."]))
        C(pick(["Okay, thanks.", "Good, thank you."]))
    elif kind == "app_code":
        A(open_ + " " + pick(["I'll send a login code to your phone. Please type it into the app yourself, don't read it to me.",
                              "You'll get an SMS code. Enter it on the website yourself; nobody from us will ask for it."]))
        C(pick(["Okay, it worked.", "Done, I'm logged in.", "Entered it, thanks."]))
        A(pick(["Great. Anything else?", "Perfect. Goodbye."]))
    elif kind == "polite_end":
        A(open_ + " " + pick(["Are you interested in our broadband bundle, 129 a month?", "Would you like to hear about our family plan?",
                              "I'm calling about a phone upgrade offer."]))
        C(pick(C_NO + ["I'm busy.", "Please don't call again."]))
        A(pick(["Understood, sorry to bother you. Goodbye.", "Okay, I'll note that. Thank you.", "No problem, have a good day."]))
    elif kind == "star_info":
        st = pick(STAR)
        A(open_ + " " + pick([f"Your number now has {st} status. That gives you a priority hotline and free lounge access; there's no data gift, no fee and nothing to sign up for.",
                              f"As a {st} you get faster service at halls. I'm not selling anything today; nothing changes on your bill."]))
        C(pick(["So no extra data?", "Okay, thanks.", "Nothing to pay?"]))
        A(pick(["Correct, nothing to pay and nothing changes.", "That's right. Goodbye."]))
    elif kind == "scam_warning":
        A(open_ + " " + pick(["We're warning customers about fake calls offering free data to star users and asking for SMS codes. We never ask for codes.",
                              "Some people are calling pretending to be us, saying a gifted membership will start charging. That's a scam, please don't give them codes."]))
        C(pick(["I got one of those!", "Okay, thanks for the warning.", "Good to know."]))
        A(pick(["You can report them to 12321. Thank you.", "Thank you, stay safe."]))
    elif kind == "membership_check":
        C(pick(["Someone said I have a video membership that starts charging. Do I?", "Do I have any paid memberships on my number?"]))
        A(pick(["Let me check. No, there are no memberships on your number. That call wasn't from us.",
                "You have no value-added services. Only your plan is charged. Please don't give codes to callers."]))
        C(pick(["Thanks.", "Good, thank you."]))
    elif kind == "outage":
        A(open_ + " " + pick(["There's maintenance in your area tonight from 2 to 4 a.m.", "The outage in your district has been fixed. Sorry for the trouble."]))
        C(pick(["Okay.", "Thanks."]))
    elif kind == "roaming":
        A(open_ + f" You're abroad. Data roaming is 25 yuan per day, or a 7-day pack for 98 yuan. Would you like the pack?")
        C(pick(["Yes, the 7-day pack please.", "No, I'll use Wi-Fi."]))
        A(pick(["Okay, noted.", "Understood. Have a good trip."]) if "No" in T[-1][1] else "Confirmed: 98 yuan, 7 days starting now.")
    return merge(frame(T, op, num, True)), "gen_honest_" + kind, hn

DIGWORDS = [("100", "one hundred"), ("30", "thirty"), ("29", "twenty nine"), ("20", "twenty"), ("19", "nineteen"),
            ("15", "fifteen"), ("10", "ten"), ("58", "fifty eight")]

def asr(text):
    t = text.lower()
    t = re.sub(r"[.,!?;:]", "", t)
    t = t.replace("-", " ").replace("'", "'")
    t = re.sub(r"\s+", " ", t).strip()
    return t or "[silence]"

def numwords(text):
    for d, w in DIGWORDS:
        text = re.sub(r"\b%s\b" % d, w, text)
    return text

def style(T):
    r = R.random()
    if r < 0.22:
        T = [[s, asr(t), l] for s, t, l in T]
    elif r < 0.34:
        T = [[s, numwords(t), l] for s, t, l in T]
    if R.random() < 0.08:
        T = [["unknown", t, l] for s, t, l in T]
    return T

def main():
    calls = []
    for h in parse_hand():
        calls.append({"turns": h["turns"], "scenario": h["scenario"], "written": "hand", "hn": h["hn"]})
    # generated deceptive calls: choose pattern sets to balance coverage
    combos = []
    singles = PATTERNS[:]
    pairs = [("fake_reward", "cost_concealment"), ("fake_cancellation", "code_request"), ("fake_reward", "consent_bypass"),
             ("pressure", "abuse"), ("cost_concealment", "consent_bypass"), ("fake_reward", "code_request"),
             ("fake_cancellation", "pressure"), ("code_request", "pressure"), ("fake_reward", "abuse"),
             ("fake_cancellation", "consent_bypass"), ("cost_concealment", "abuse"), ("fake_reward", "pressure")]
    triples = [("fake_reward", "cost_concealment", "consent_bypass"), ("fake_reward", "cost_concealment", "pressure"),
               ("fake_cancellation", "code_request", "pressure"), ("fake_reward", "pressure", "abuse"),
               ("fake_cancellation", "code_request", "abuse"), ("fake_reward", "code_request", "consent_bypass"),
               ("cost_concealment", "pressure", "abuse")]
    N_DEC, N_HON = 128, 95
    cov = {p: 0 for p in PATTERNS}
    for h in calls:
        for p in {l for t in h["turns"] for l in t["labels"]}:
            cov[p] += 1
    for i in range(N_DEC):
        low = min(PATTERNS, key=lambda p: (cov[p], R.random()))
        r = R.random()
        if r < 0.3:
            pats = (low,) if R.random() < 0.7 else (pick(singles),)
        elif r < 0.78:
            pats = pick([x for x in pairs if low in x] or pairs)
        else:
            pats = pick([x for x in triples if low in x] or triples)
        for p in pats:
            cov[p] += 1
        T, op = make_deceptive(pats)
        scen = "gen_" + "_".join(sorted(pats))
        calls.append({"turns": [{"speaker": s, "text": t, "labels": l} for s, t, l in style(T)], "scenario": scen,
                      "written": "generator", "hn": False})
    for i in range(N_HON):
        T, scen, hn = make_honest()
        calls.append({"turns": [{"speaker": s, "text": t, "labels": l} for s, t, l in style(T)], "scenario": scen,
                      "written": "generator", "hn": hn})
    # interleave generated with hand? keep hand first then shuffled generated
    hand = [c for c in calls if c["written"] == "hand"]
    gen = [c for c in calls if c["written"] == "generator"]
    R.shuffle(gen)
    out = open("calls.jsonl", "w", encoding="utf-8")
    for i, c in enumerate(hand + gen, 1):
        labels = sorted({l for t in c["turns"] for l in t["labels"]})
        rec = {"id": f"{WID}-{i:04d}", "lang": "en", "deceptive": bool(labels), "labels": labels,
               "source": f"writer:{NN}", "scenario": c["scenario"], "written": c["written"],
               "hard_negative": bool(c["hn"]) and not labels, "turns": c["turns"]}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    out.close()

if __name__ == "__main__":
    main()
