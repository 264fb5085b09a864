#!/usr/bin/env python3
"""Writer 11 generator. Deterministic (seed 1111). Reads hand.jsonl (built by build_hand.py from hand_src/),
generates varied calls from its own phrase banks, and writes calls.jsonl = hand + generated."""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(1111)
N_GEN = 340

def pick(x):
    return R.choice(x)

def money():
    return pick(["$4.99", "$9.99", "$12", "$14.99", "$19.95", "$24.99", "$29", "$39.99", "$49.99", "$59", "$79", "$89.50"])

AGENTS = ["Dana", "Marcus", "Priya", "Tom", "Kelly", "Sam", "Leo", "Rachel", "Omar", "Jade", "Victor", "Nina", "Chris",
          "Ella", "Hassan", "Megan", "Luis", "Tara", "Ben", "Grace", "Ivan", "Zoe", "Paul", "Rosa", "Kofi", "Amy"]
LASTS = ["Okafor", "Delgado", "Walsh", "Nguyen", "Bell", "Harper", "Singh", "Kowalski", "Reyes", "Murphy", "Chen",
         "Adeyemi", "Fischer", "Lopez", "Brennan", "Haddad", "Novak", "Ibrahim", "Carter", "Moreau", "Tanaka", "Price"]
TITLES = ["Mr", "Mrs", "Ms"]

D = {}
D["mobile"] = dict(
    orgs=["your mobile network", "Skyline Mobile", "Vista Telecom", "your phone provider", "Nova Wireless", "Metro Mobile", "Beacon Cellular"],
    depts=["customer care", "the loyalty team", "account services", "the billing team", "the upgrades desk", "the retention team"],
    opening=[("Can I just confirm the account is in your name?", "Yes, it's mine."),
             ("I can see you've been with us about {n} years. Thank you for that.", "Has it been that long?"),
             ("How has your signal been at home lately?", "Mostly fine. It drops in the kitchen sometimes."),
             ("And you're still on the {n}0 gig plan, is that right?", "I think so, yes."),
             ("Have you had any problems with your bill recently?", "No, not really."),
             ("Do you use your phone mostly for calls, or for data?", "Data, mostly. Messages and maps."),
             ("Did you get our text about the network upgrade in your area?", "I might have. I don't read them all."),
             ("Do you ever use your phone abroad?", "Once a year, maybe."),
             ("Is the email on the account still the same one?", "Yes, same one."),
             ("Your last payment came through on the {n}th, so thank you for that.", "Okay, good."),
             ("Are you happy with the speed in the evenings?", "It's a bit slow in the evenings, honestly."),
             ("How's your current handset holding up?", "The battery's getting tired, but it works."),
             ("I'm just updating a couple of notes on the account, bear with me one second.", "Sure, no problem."),
             ("Do you have anyone else on the account, family lines?", "Just me."),
             ("I see you went over your data once this year. Did you notice?", "I think there was one bill a bit higher.")],
    products=[("an unlimited data plan", "$15 more a month"), ("device protection", "$9.99 a month"),
              ("a 5G speed boost", "$7 a month"), ("an international calling pack", "$10 a month"),
              ("a streaming bundle", "$12.99 a month"), ("a new handset on a 24-month plan", "$48 a month")],
    rewards=["an extra 15 gig of data every month", "a free upgrade to our premium plan", "a free tablet",
             "double data for a whole year", "a $100 loyalty credit", "a free new handset"],
    fake_items=[("a gifted video membership", "$14.99 a month"), ("a premium text service", "$4.50 a week"),
                ("an order for a new phone", "$1,149"), ("a cloud storage subscription", "$9.99 a month"),
                ("device insurance from your last upgrade", "$12 a month"), ("a roaming pass", "$35 a month")],
    threats=["your line will be suspended tonight", "you'll lose your number", "your account will be frozen",
             "the balance goes to collections tomorrow", "your SIM will be blocked within the hour"],
    free_things=["a spending cap, so your data just stops instead of charging you",
                 "an extra 5 gig this month, as a thank-you for your time with us",
                 "free Wi-Fi calling, which is already included in your plan"],
    app="our app", deadline="your contract ends on the {n}th of next month",
    cancel_item="my second line", service=[
        ("I've checked the mast near your postcode, and engineers added capacity on Monday.", "Oh, that explains it."),
        ("Your bill this month is $32.40, which is your plan plus one call to a premium number.", "Okay, that makes sense."),
        ("I can see your contract ends soon. After that, the price drops because the phone is paid off.", "I didn't know it drops."),
        ("You're using about 8 gig a month, so your current plan fits you well.", "Good to know.")])
D["health"] = dict(
    orgs=["your health plan", "Wellside Pharmacy", "the Rx Savings Program", "Clearview Health Benefits", "Senior Care Advisory",
          "Northgate Medical Group", "the Medicare Help Line"],
    depts=["member services", "the pharmacy team", "the benefits office", "patient billing", "the wellness program"],
    opening=[("Can I confirm your date of birth, please?", "The {n}th of May, 1958."),
             ("Are you still seeing the same doctor, Dr Patel?", "Yes, every six months."),
             ("How have you been feeling lately?", "Not bad, for my age."),
             ("Are you taking any regular medications? You don't have to say which.", "A few. Blood pressure, mostly."),
             ("Do you pay much out of pocket each month?", "About ${n}0 altogether."),
             ("Did your last refill go smoothly at the pharmacy?", "Yes, they were very nice."),
             ("Is your address still the same one we have on file?", "Yes, nothing's changed."),
             ("Have you had your flu shot this year?", "Not yet."),
             ("Do you use the mail-order pharmacy, or do you go in person?", "In person, on Main Street."),
             ("Do you have a Medicare plan, or private insurance?", "Medicare, with a drug plan."),
             ("Do you live on your own, or with family?", "With my husband."),
             ("Have you had any hospital visits this year?", "One, in the spring. Nothing serious."),
             ("I'm just pulling up your file. Bear with me.", "Take your time.")],
    products=[("our premium discount card", "$19.95 a month"), ("a supplemental dental plan", "$39 a month"),
              ("a medical alert pendant with monitoring", "$34.99 a month"), ("express home delivery", "$6.99 a month"),
              ("a vitamin and supplement subscription", "$29 a month"), ("a vision club membership", "$24.99 a month")],
    rewards=["a free medical alert pendant", "a free back brace", "a complimentary dental cleaning",
             "a free sample box of our supplements", "a $200 pharmacy credit", "a free pair of glasses"],
    fake_items=[("a premium drug protection plan", "$399 a year"), ("a gap insurance plan", "$79 a month"),
                ("a wellness box subscription", "$39.99 a month"), ("a supplemental hospital plan", "$58 a month"),
                ("an auto-ship supplement order", "$89.50")],
    threats=["your coverage will be cancelled", "your doctors won't see you from Monday",
             "your prescriptions will be stopped", "your Medicare number will be suspended"],
    free_things=["a manufacturer coupon that brings your copay to $4", "a free flu shot at any of our pharmacies",
                 "the nurse advice line, which is already part of your plan"],
    app="the member app", deadline="open enrollment ends on December 7th",
    cancel_item="my automatic refills", service=[
        ("Your refill is ready, and with your insurance the copay is $10.", "Okay, great."),
        ("The claim was sent back because the member ID had two digits swapped. I'll resubmit it today.", "Thank you."),
        ("Your doctor approved the renewal, so it'll be ready tomorrow.", "Wonderful."),
        ("Your plan covers the cleaning in full, so there's nothing to pay on the day.", "Good.")])
D["charity"] = dict(
    orgs=["the Riverside Food Bank", "Children First", "the Hillside Animal Trust", "Clean Water Now", "the City Hospice",
          "the Veterans Hope Fund", "Ocean Rescue", "the Literacy Project"],
    depts=["the supporter care team", "the donor team", "our appeals team", "the fundraising office"],
    opening=[("Thank you so much for your gift last year.", "Oh, you're welcome."),
             ("Your support helped us reach about {n}00 families.", "That's good to hear."),
             ("Do you remember giving at our summer fair?", "I think so, yes."),
             ("Have you seen our newsletter this season?", "I glanced at it."),
             ("Can I tell you a little about what we've been doing this year?", "Sure, go ahead."),
             ("We opened a new centre in the spring. It's been very busy.", "That's nice."),
             ("Is this still the best number to reach you on?", "Yes, it is."),
             ("Have you heard about the flooding on the news this week?", "Yes, it's terrible."),
             ("Our volunteers have been working every weekend.", "They must be tired."),
             ("Is now an okay time to talk for a few minutes?", "A few minutes, yes."),
             ("Our volunteers helped more people last month than ever before.", "Wow."),
             ("I'm just checking your details on our system, one moment.", "Okay.")],
    products=[("a monthly gift", "$15 a month"), ("our supporter membership", "$8 a month"),
              ("the gold friends circle", "$60 a month"), ("a yearly pledge", "$250 a year")],
    rewards=["a weekend away for two from our raffle", "a signed print from our patron", "a free holiday hamper",
             "a prize from our supporter draw"],
    fake_items=[("a pledge of $250", "$250"), ("an annual membership", "$180 a year"),
                ("a monthly child sponsorship", "$35 a month"), ("a recurring gift", "$45 a month")],
    threats=["children will go without food tonight", "your name will be noted as refusing support",
             "your tax receipt will be cancelled", "the families we help will suffer because of you"],
    free_things=["a thank-you card from the children, which costs you nothing",
                 "our quarterly newsletter, which is free and you can stop any time",
                 "gift aid, which adds to your gift at no cost to you"],
    app="your bank's own app", deadline="the matching offer ends at midnight on the 31st",
    cancel_item="my monthly donation", service=[
        ("Your gift helped fund a new well, and about 400 people use it every day.", "That's wonderful."),
        ("We'll send you a photo of the project in the next newsletter.", "I'd like that."),
        ("Your card expired, so your monthly gift didn't go through. You can update it on our website.", "Oh, I'll do that."),
        ("I'll note that you don't want calls this season.", "Thank you.")])
D["timeshare"] = dict(
    orgs=["Palm Bay Resort", "Sunshine Vacation Club", "Coral Sands Resorts", "Elite Getaways", "Resort Exit Partners",
          "Grand Vista Vacations", "Lakeview Owner Services"],
    depts=["owner services", "member services", "the owner loyalty team", "the resale desk", "guest relations"],
    opening=[("You own week {n}2 at our beach resort, is that right?", "Yes, that's right."),
             ("How was your last stay with us?", "It was lovely. The beach was great."),
             ("How long have you been an owner now?", "About {n} years."),
             ("What are your maintenance fees now, roughly?", "About $1,{n}00 a year."),
             ("Do you still use your week every year?", "Not as much as we used to."),
             ("Did you try the restaurant last time?", "Yes, the fish was lovely."),
             ("Which building were you in? Some are being renovated.", "Building C, I think."),
             ("Are you planning any trips this year?", "Maybe Florida in the fall."),
             ("Your points were deposited on the 1st. Did you see the email?", "Yes, I saw it."),
             ("Is the address on the account still the same?", "Yes."),
             ("I'm just going to pull up your ownership file.", "Okay.")],
    products=[("a points upgrade package", "$3,500"), ("the platinum member tier", "$899 a year more"),
              ("an exit and resale service", "$2,900 up front"), ("a rental listing", "$399"),
              ("a five-year renewal", "$650 a year")],
    rewards=["a free three-night cruise for two", "a bonus week at our beach resort", "a VIP getaway for $99",
             "two free round-trip airline tickets", "a waiver of this year's dues"],
    fake_items=[("a travel protection plan", "$299 a year"), ("a points insurance add-on", "$189"),
                ("a premium exchange membership", "$249 a year"), ("an overdue maintenance fee", "$1,340")],
    threats=["your points will be frozen", "your week goes to another owner",
             "the buyer walks away today", "you'll be paying fees forever"],
    free_things=["a room upgrade for your booked week, with nothing to sign",
                 "a $100 restaurant voucher for coming to the update, whether you buy or not",
                 "our owner breakfast on the Sunday, which is free and has no presentation"],
    app="the owner portal", deadline="the rescission period ends on the {n}th",
    cancel_item="my vacation club membership", service=[
        ("Your booking for week 27 is confirmed. Check-in is at 4.", "Great."),
        ("Your maintenance fee this year is $980, and I see it's already paid.", "Good."),
        ("We have a deed-back program. The only cost is a $250 transfer fee.", "Only $250?"),
        ("The air conditioning in your unit has been fixed.", "Thank goodness.")])
D["invest"] = dict(
    orgs=["Apex Digital Markets", "Vertex Global", "Northbridge Trading", "CoinPeak", "Meridian Capital", "Gold Horizon Trading",
          "Bluestone Wealth", "Summit Brokerage"],
    depts=["your account desk", "client services", "the trading desk", "the compliance team", "the client care team"],
    opening=[("How's your week going?", "Busy, but okay."),
             ("Did you get the market report I sent on Monday?", "I did. I didn't understand all of it."),
             ("Your balance is up about {n} percent this month.", "That's good."),
             ("Have you looked at the dashboard recently?", "Yes, it's a bit confusing."),
             ("The green line is your total, the blue one is the market.", "Okay, that helps."),
             ("How did you first hear about us?", "A friend, and then an ad."),
             ("What are your goals with the account?", "Saving for a house, mostly."),
             ("Bitcoin had a strong week, did you see?", "I saw it went up."),
             ("Have you got any other investments, like a pension?", "A small one from work."),
             ("Can I confirm the email on the account?", "Yes, it's the same one."),
             ("I've read all the notes on your account, so I'm up to speed.", "Okay, good.")],
    products=[("the VIP trading tier", "a $10,000 minimum balance"), ("our premium signals service", "$299 a month"),
              ("the premium mining pool", "$5,000"), ("a managed gold account", "a 2 percent yearly fee plus $250 setup"),
              ("the growth strategy", "a $5,000 balance")],
    rewards=["a 100 percent deposit bonus", "a $500 welcome credit", "5,000 free tokens from our airdrop",
             "$5,000 in free silver coins", "a seat in our Diamond Club"],
    fake_items=[("a premium trading subscription", "$899"), ("an annual platform insurance fee", "$1,150"),
                ("a pending purchase of 0.5 bitcoin", "$31,000"), ("a withdrawal to an unknown wallet", "$4,200")],
    threats=["your account will be locked for six months", "the funds go to the state",
             "you'll lose all your gains", "your account is frozen for compliance review"],
    free_things=["our beginner webinar, which is free and nothing is sold", "standard withdrawals, which have no fee",
                 "two-step verification, which is free to turn on"],
    app="the app", deadline="the contribution deadline for this tax year is April 15th",
    cancel_item="my account", service=[
        ("Your standard transfer has no fee and takes 1 to 3 days.", "Okay."),
        ("Our fee is 0.5 percent a year, so on your balance that's about $60.", "That's clear."),
        ("I've blocked the new device that tried to log in. Nothing was traded.", "Thank you."),
        ("You can download your transaction history in settings for your taxes.", "Got it.")])
D["student"] = dict(
    orgs=["your loan servicer", "the Student Relief Center", "National Loan Solutions", "the Federal Loan Processing Center",
          "the Student Aid Help Desk", "Cedar Credit Union"],
    depts=["borrower services", "the repayment team", "the forgiveness desk", "the processing office"],
    opening=[("Are you still making payments on your federal loans?", "Yes, about ${n}00 a month."),
             ("What's your balance now, roughly?", "Around $3{n},000."),
             ("Are you working full time at the moment?", "Yes, at a hospital."),
             ("Do you work for a nonprofit or a public employer?", "A school district, actually."),
             ("Which repayment plan are you on now?", "The standard one, I think."),
             ("When did you graduate?", "In 201{n}."),
             ("Have you heard about the new repayment plans?", "A bit, on the news."),
             ("Is the address on file still correct?", "Yes."),
             ("Are you on autopay?", "Yes, I am."),
             ("How many loans do you have, do you know?", "Four, I think. Different servicers."),
             ("Let me pull up your loan file.", "Okay.")],
    products=[("our document preparation service", "$899"), ("the fast-track consolidation plan", "$39 a month"),
              ("our forgiveness filing package", "$599"), ("loan protection coverage", "$29 a month")],
    rewards=["the priority forgiveness program", "full forgiveness of your balance", "a $7,500 education grant",
             "a refund of $1,860 in overpayments"],
    fake_items=[("a loan protection plan", "$349 a year"), ("an old enrollment in our relief program", "$299"),
                ("a default prevention service", "$49 a month")],
    threats=["your wages will be garnished", "your forgiveness will be cancelled today",
             "your payments will triple next month", "you'll lose your place on the list"],
    free_things=["the income-driven repayment application, which is free on the official site",
                 "autopay, which is free and gives you a 0.25 percent discount",
                 "employment certification, which is free"],
    app="the official student aid site", deadline="your income recertification is due by June 30th",
    cancel_item="my autopay", service=[
        ("You've made 97 qualifying payments so far, and you need 120.", "So 23 more."),
        ("If your income is zero, your payment can be $0 on an income-driven plan.", "Zero?"),
        ("Your payment of $212 is due on the 15th. This is just a reminder.", "Thanks for the reminder."),
        ("Your loans moved to a new servicer, but your payment and due date stay the same.", "Okay, good.")])

DOMAINS = list(D)

def fill(s, **kw):
    kw.setdefault("n", R.randint(4, 9))
    return s.format(**kw)

# ---------- generic phrase banks ----------
GREET = ["Hello, this is {a} from {dept} at {org}. Am I speaking with {t} {l}?",
         "Hi, is this {t} {l}? My name is {a}, I'm calling from {org}.",
         "Good afternoon, this is {a} with {org}, {dept}. Is this {t} {l}?",
         "Good morning, {t} {l}? It's {a} from {org}. Have you got a minute?",
         "Hello there. I'm {a}, calling on behalf of {org}. Is this the account holder?",
         "Hi, it's {a} at {org}. I'm trying to reach {t} {l}."]
GREET_R = ["Yes, speaking.", "Yes, that's me.", "Speaking. What's this about?", "Yes. Who is this?", "Hi. Yes.", "That's me, yes."]
PURPOSE = ["I'm just doing a routine review of your account today, it won't take long.",
           "This is a courtesy call, we're checking in with customers this month.",
           "I'm following up on your account, just a few quick checks.",
           "I won't keep you long. It's a quick check-in.",
           "We're calling a few long-standing customers to see how things are going."]
PURPOSE_CH = ["I'm calling to say thank you to our supporters this month, it won't take long.",
              "I'm just calling to update you on our work, if that's okay.",
              "We're reaching out to people who've helped us before."]
PURPOSE_R = ["Okay.", "Sure.", "Alright, go ahead.", "Okay, fine.", "Um, okay."]
TRANS = ["Okay, thank you, that's all really helpful.", "Great, thanks. That's everything on that side.",
         "Perfect. Now, one more thing while I have you.", "Thank you. So, the other reason for my call.",
         "Lovely. Okay, so, here's some news.", "Alright. Thanks for bearing with me. Now."]

# deceptive moves (agent lines). {x} = product/reward/item, {p} = price, {ck} = code kind
FR = ["Because of your history with us, you've been selected for {x}.",
      "Good news. You've been chosen for {x}, as a thank-you for being with us.",
      "You've been rated one of our star customers this year, so you qualify for {x}.",
      "Your account came up in this month's draw, and you've won {x}.",
      "We've picked a small number of people for {x}, and you're one of them."]
FR_R = ["Oh, really?", "What's the catch?", "I didn't enter anything.", "Oh. That sounds nice.", "Selected? Why me?", "Okay..."]
FR_SALE = ["To claim it, we just move you onto {x2}.", "It comes with {x2}, that's how we release it.",
           "All you need to do is join {x2}.", "It's attached to {x2}, which I can set up now."]
CC = ["It's a gift, nothing extra. Your price stays exactly the same.",
      "Honestly, it's so small you won't notice it on the bill.",
      "Don't worry about the cost, it's folded into what you already pay.",
      "There's no real cost, it basically pays for itself.",
      "It's a small amount, it just blends in. I wouldn't worry about it.",
      "It's free for you, there's just a tiny service amount, nothing to think about.",
      "The cost evens out, so think of it as free."]
CC_Q = ["How much is it, though?", "Is it free or not?", "What does it cost exactly?", "But what's the price?",
        "I'd like a number, please.", "So is there a charge?"]
CC2 = ["It really depends, but you won't feel it.", "It's covered, more or less. Don't worry about the number.",
       "I'd say it's nothing worth worrying about. The details come later in writing.",
       "Most people never even ask, it's that small."]
CB = ["Okay, great, I've gone ahead and activated it for you.",
      "No need to confirm, I'll handle it from here. It's done.",
      "I'll put it through now so you don't miss it. You're all set.",
      "I'll fill in the confirmation for you, so you don't have to do anything.",
      "Lovely, I've signed you up. Welcome aboard.",
      "It's already added on my side. You'll get the paperwork after."]
CB_PRE = ["Hmm.", "Hmm, I don't know.", "Maybe.", "Mm.", "I'll have to think.", "Uh, I'm not sure."]
CB_R = ["Wait, I didn't say yes.", "I said maybe.", "I didn't agree to anything.", "Please undo that.", "Hold on, what did you just do?"]
CODE = ["You'll get {ck} by text in a moment. Just read it back to me.",
        "I'm sending {ck} to your phone now. Tell me the numbers when it arrives.",
        "To confirm it's you, read me {ck} we just sent.",
        "A text with {ck} is coming. Can you read it out for me?",
        "Please forward me the code you just got, it's {ck}.",
        "Just tell me the number you just received, it's {ck}, and we're done."]
CODE_R = ["It says not to share this code with anyone.", "Why do you need that?",
          "I don't usually read codes out.", "Hang on. It says it's from my bank.", "Hmm. Is that safe?"]
CODE_OK = ["Okay, it's... 4 8 1 9 0 2.", "It came. 7 3 3 0 5 1.", "Um, 2 9 0 4 4 6.", "Okay. 5 1 8, 3 3 7."]
CODE2 = ["That warning doesn't apply to us, we're the company.", "That's normal, it's the same system. Go ahead.",
         "It's just standard. Read it quickly, it expires.", "I need it to finish, just the digits."]
CODE3 = ["Thank you. There's a second code coming now, read me that one too.",
         "Got it. One more, please, the system sent another one.",
         "Thanks. That one expired, can you read me the new one?"]
PR_FC = ["If we don't cancel it right now, the charge goes through tonight and it can't be refunded.",
         "Please hurry, I can only stop it while we're on this call.", "If you hang up now, {th}."]
PR = ["This is only open today. After this call it's gone.", "You need to decide now, I can't hold it.",
      "If we don't sort this now, {th}.", "I'd really grab it now. Tomorrow it goes to someone else.",
      "I'm telling you, if you hang up, {th}.", "Let me just put it through, okay? It's now or never.",
      "You'd really be losing out. Think about it for one second and say yes."]
NO = ["No, thank you.", "I'm not interested.", "No. I said no.", "I need to think about it.", "Please don't. No.",
      "I'd rather check with my family first.", "I'll call the number on my statement instead."]
AB = ["Are you stupid? I'm trying to help you.", "Don't waste my time then.",
      "Honestly, some people just don't want help. Your loss.", "Wow. Okay, genius. Enjoy paying more.",
      "You clearly don't understand anything, do you?", "People like you make my job impossible.",
      "Fine. Don't come crying to me later."]
AB_R = ["There's no need to be rude.", "Excuse me?", "Goodbye.", "I'm hanging up now.", "Wow. Okay."]
FC = ["I can see {x} on your account, and it starts charging {p} from next month.",
      "Our system shows {x} renewing on Friday for {p}.",
      "There's {x} set to go through tonight, for {p}.",
      "You have {x} on the account, charging {p}. I don't think anyone explained it to you."]
FC_R = ["I never asked for that.", "That wasn't me.", "I don't have anything like that.", "What? That's not mine.", "I don't remember that at all."]
FC2 = ["It happens a lot. I can cancel it for you right now, before it charges.",
       "No problem, I can get that cancelled for you today.",
       "Shall I cancel it for you? I just need to do it on this call.",
       "I'll stop it for you now, so you're not charged."]
FC2_R = ["Yes, please cancel it.", "Cancel it, yes.", "Please. I never asked for it."]
CODE_FC = ["To cancel it, I'll send {ck}. Read it back to me so I can confirm.",
           "For the cancellation I need {ck}. It's coming by text now, please read it out.",
           "The system needs {ck} to stop it. Just tell me the digits."]
CLOSE_BAD = ["Okay. Have a good day.", "Alright then. Bye.", "Okay, thank you.", "Fine. Goodbye."]

# honest hard-negative moves
HN_NEVER = ["And just so you know, we will never ask you to read out a code from a text.",
            "One thing: we'll never ask for your PIN or a verification code over the phone.",
            "If anyone calls asking for a code, even if they say it's us, please hang up.",
            "We never ask for codes or passwords on the phone, so please don't share them."]
HN_APP = [("It'll send you {ck}. Please type it into {app} yourself, don't read it to me.", "Okay. Typed it in. It worked."),
          ("You'll get {ck}. Enter it in {app}. I don't need it and I won't ask for it.", "Done. I'm in."),
          ("Go ahead and log in to {app}. It may ask for {ck}, just enter it there.", "Got it, it's asking. Done.")]
HN_FREE = ["I wanted to let you know about {f}. It really is free, there's no upgrade attached.",
           "There's also {f}. Nothing to pay and nothing to sign up for.",
           "We've also got {f}. There's no catch and no extra cost."]
HN_FREE_R = ["Really free?", "Is there a catch?", "Oh, that's nice.", "Okay, good to know."]
HN_FREE2 = ["Really free. Your price doesn't change.", "No catch. You don't need to do anything.", "Nothing changes on your bill."]
HN_PRICE = ["I'll be clear about the price: {x} is {p}. Would you like it?",
            "There is a cost. {x} is {p}. It's up to you.",
            "{x} costs {p}. I don't want it to be a surprise.",
            "If you want {x}, it's {p}. There's no pressure either way."]
HN_YES_R = ["Yes, please add it.", "Yes, I'd like that.", "Okay, yes, go ahead.", "Yes. Let's do it."]
HN_READBACK = ["Okay, just to confirm, you're saying yes to {x} at {p}. Is that right?",
               "Before I do anything, can you confirm you want {x} for {p}?",
               "So I'm recording a clear yes from you for {x}, {p}. Correct?"]
HN_DONE = ["Done. You'll get a confirmation by email.", "Great, it's added. You can cancel any time.",
           "Okay, that's set up. You'll see it on your next bill."]
HN_FOLLOW = ["No problem. Would a smaller option help, or is now just not a good time?",
             "That's fine. Can I ask just once, would it help if I sent the details by email?",
             "Of course. Is there anything that would make it useful for you, or is it just a no?"]
HN_FOLLOW_R = ["Just not a good time.", "No, really, I'm fine.", "It's a no, thanks."]
HN_ACCEPT = ["That's completely fine. I won't call about it again.", "No problem at all. Thanks for your time.",
             "Of course. I've made a note, no more calls about this."]
HN_DEADLINE = ["One date to know: {dl}. That's a real deadline, and I'll only mention it once.",
               "Just so you're aware, {dl}. After that, things stay as they are."]
HN_RUDE_C = ["This is ridiculous. You people are useless.", "I've been on hold forever. Just fix it.",
             "Another call from you lot? What now?", "You're all thieves, honestly."]
HN_RUDE_A = ["I'm sorry for the trouble. Let me sort it out for you.", "I understand why you're frustrated. I'll be quick.",
             "That's fair, and I'm sorry. Let's fix this now."]
HN_CANCEL_C = ["I'd like to cancel {ci}, please.", "Hi, I want to cancel {ci}.", "Can you cancel {ci} for me?"]
HN_CANCEL_A = ["Of course. Can I ask why? You don't have to say.", "Sure, I can do that for you."]
HN_CANCEL_A2 = ["Okay. Just to confirm, you want to cancel {ci}, effective today?",
                "Before I cancel, can you confirm you'd like to cancel {ci}?"]
HN_CANCEL_DONE = ["Done. There's no fee, and you'll get a confirmation email.", "That's cancelled now. No charge for cancelling."]
CLOSE_GOOD = [("Is there anything else I can help with?", "No, that's all. Thanks."),
              ("Thanks for your time today.", "Thank you. Bye."),
              ("Have a good day.", "You too."),
              ("Take care.", "Thanks. Thank you.")]
ROBO_INTRO = ["This is an automated message from {org}.", "Hello. This is an important message from {org}.",
              "This is a recorded call from {org}, {dept}.", "Hello. You are receiving this call from {org}."]

import re
def tidy(text):
    text = text[0].upper() + text[1:]
    return re.sub(r'([.?!] )([a-z])', lambda m: m.group(1) + m.group(2).upper(), text)

def whisper(text):
    """occasional hallucinated repetition"""
    text = tidy(text)
    if R.random() < 0.025:
        s = text.split(". ")[-1].strip()
        if 0 < len(s) < 30:
            return text + " " + s if s.endswith((".", "?", "!")) else text
    return text

class Call:
    def __init__(s):
        s.turns = []
    def a(s, text, labels=()):
        s.turns.append({"speaker": "agent", "text": whisper(text), "labels": sorted(set(labels))})
    def c(s, text):
        s.turns.append({"speaker": "customer", "text": whisper(text), "labels": []})

def opening(call, dom, ctx, n_open):
    d = D[dom]
    call.a(fill(pick(GREET), a=ctx["a"], org=ctx["org"], dept=pick(d["depts"]), t=ctx["t"], l=ctx["l"]))
    call.c(pick(GREET_R))
    if R.random() < 0.7:
        call.a(pick(PURPOSE_CH if dom == "charity" else PURPOSE)); call.c(pick(PURPOSE_R))
    for (qa, qc) in R.sample(d["opening"], min(n_open, len(d["opening"]))):
        call.a(fill(qa)); call.c(fill(qc))
    if R.random() < 0.5 and n_open > 2:
        qa, qc = pick(d["service"]); call.a(qa); call.c(qc)
        return qa
    return None

def n_open_pick():
    return pick([0, 1, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10, 11])

def deceptive_call(dom):
    d = D[dom]
    ctx = dict(a=pick(AGENTS), org=pick(d["orgs"]), t=pick(TITLES), l=pick(LASTS))
    ck = pick(["a 6-digit code", "a verification code", "a one-time PIN", "an SMS code", "a 4-digit PIN", "a one-time password"])
    call = Call()
    opening(call, dom, ctx, n_open_pick())
    call.a(pick(TRANS))
    single = pick(["fake_reward", "fake_cancellation", "cost_concealment", "consent_bypass", "code_request", "pressure", "abuse"]) if R.random() < 0.22 else None
    hook = {"fake_reward": "fr", "fake_cancellation": "fc"}.get(single, "pitch") if single else R.choices(["fr", "fc", "pitch"], [0.35, 0.3, 0.35])[0]
    tags = []
    prod, price = pick(d["products"])
    if hook == "fr":
        call.a(fill(pick(FR), x=pick(d["rewards"])), ["fake_reward"]); call.c(pick(FR_R))
        tags.append("reward")
        if R.random() < 0.6:
            call.a(fill(pick(FR_SALE), x2=prod), ["fake_reward"]); call.c(pick(CC_Q + ["Okay, what's that?"]))
    elif hook == "fc":
        item, amt = pick(d["fake_items"])
        call.a(fill(pick(FC), x=item, p=amt), ["fake_cancellation"]); call.c(pick(FC_R))
        call.a(pick(FC2), ["fake_cancellation"]); call.c(pick(FC2_R))
        tags.append("fake_cancel")
    else:
        call.a(f"So I wanted to tell you about {prod}. A lot of customers like you have moved to it."); call.c(pick(["Okay.", "What is it exactly?", "Go on."]))
        tags.append("pitch")
    want = {"cost_concealment": 0.0, "consent_bypass": 0.0, "code_request": 0.0, "pressure": 0.0, "abuse": 0.0}
    if hook == "fc":
        want.update(code_request=0.75, pressure=0.55, abuse=0.3, consent_bypass=0.25)
    else:
        want.update(cost_concealment=0.65 if hook == "pitch" else 0.55, consent_bypass=0.4, code_request=0.4, pressure=0.5, abuse=0.3)
    chosen = [k for k, p in want.items() if R.random() < p]
    if single:
        chosen = [single] if single in want else []
    if hook == "pitch" and not chosen and not single:
        chosen = [pick(list(want))]
    if single == "fake_reward":
        call.a(f"It comes with {prod}, which is {price}. Shall I set that up?"); call.c(pick(NO))
    if single == "fake_cancellation":
        call.a(pick(["Okay, that's cancelled. You won't be charged.", "Done, I've stopped it for you. Nothing to pay."])); call.c(pick(["Thank you.", "Okay, good. Thanks."]))
    if "abuse" in chosen and R.random() < 0.3:
        # single-pattern abuse call sometimes: drop others except hook
        chosen = ["abuse"] if hook == "pitch" else chosen
    refused = False
    if "cost_concealment" in chosen:
        if hook == "pitch" or R.random() < 0.5:
            call.c(pick(CC_Q)) if call.turns[-1]["speaker"] == "agent" else None
        call.a(pick(CC), ["cost_concealment"]); call.c(pick(CC_Q))
        if single or R.random() < 0.6:
            call.a(pick(CC2), ["cost_concealment"]); call.c(pick(["I'd still like to know.", "Hmm.", "That's not an answer."]))
        tags.append("hidden_cost")
    if "consent_bypass" in chosen:
        if hook == "fc":
            call.a(f"While I'm in your account, I've also moved you onto {prod}. It's better for you.", ["consent_bypass"])
            call.c(pick(CB_R))
        else:
            if call.turns[-1]["speaker"] == "agent":
                call.c(pick(CB_PRE))
            elif call.turns[-1]["text"] not in CB_PRE:
                call.a(pick(["So, shall we go ahead?", "What do you think?", "Sounds good, right?"])); call.c(pick(CB_PRE))
            call.a(pick(CB), ["consent_bypass"]); call.c(pick(CB_R))
            if R.random() < 0.4:
                call.a(pick(["It's already done, don't worry.", "It's processed now, I can't undo it from here."]), ["consent_bypass"])
                call.c(pick(["I'm not happy about this.", "Then I'll call back and complain.", "Unbelievable."]))
        tags.append("no_consent")
    if "code_request" in chosen:
        line = fill(pick(CODE_FC if hook == "fc" else CODE), ck=ck)
        call.a(line, ["code_request"])
        if R.random() < 0.35:
            call.c(pick(CODE_OK))
            if R.random() < 0.6:
                call.a(pick(CODE3), ["code_request"]); call.c(pick(["Another one? Why?", "Wait, this one's from my bank.", "No, that's enough."]))
        else:
            call.c(pick(CODE_R))
            if R.random() < 0.55:
                labs = ["code_request"] + (["pressure"] if "pressure" in chosen and R.random() < 0.5 else [])
                call.a(pick(CODE2), labs); call.c(pick(["Okay, it's 2 2 9 0 4 6.", "No, I'm not reading it.", "I'll call the official number."]))
        tags.append("code")
    if "pressure" in chosen:
        if call.turns[-1]["speaker"] == "agent":
            call.c(pick(NO))
        elif "no_consent" in tags:
            call.a(pick(["Trust me, it's the best option for you.", "Honestly, you'll thank me later.", "It's a great deal, really."]))
            call.c(pick(["No. Take it off.", "I don't want it. No.", "No. Please cancel it."]))
        elif not any(w in call.turns[-1]["text"] for w in ["No", "not", "rather", "think", "call"]):
            call.a(pick(["Do you want it stopped or not?", "So, shall we finish this?"] if hook == "fc" else ["So, are we good to go?", "Shall I go ahead?", "Can I put you down?"])); call.c(pick(NO))
        refused = True
        for line in R.sample(PR_FC if hook == "fc" else PR, R.choice([1, 1, 2, 3])):
            call.a(fill(line, th=pick(d["threats"])), ["pressure"])
            call.c(pick(NO))
        tags.append("pressure")
    if "abuse" in chosen:
        if not refused:
            if call.turns[-1]["speaker"] == "agent":
                call.c(pick(NO))
            else:
                call.a(pick(["So are you going to read me the code or not?", "Do you want it cancelled or not?"] if hook == "fc" else ["So, yes?", "Shall I put you down, then?", "Do we have a deal?"])); call.c(pick(NO))
        call.a(pick(AB), ["abuse"]); call.c(pick(AB_R))
        if R.random() < 0.3:
            call.a(pick(AB), ["abuse"])
        tags.append("abuse")
    if call.turns[-1]["speaker"] == "customer" and R.random() < 0.6:
        call.a(pick(CLOSE_BAD))
    return call, ctx, tags

def honest_call(dom, hard):
    d = D[dom]
    ctx = dict(a=pick(AGENTS), org=pick(d["orgs"]), t=pick(TITLES), l=pick(LASTS))
    ck = pick(["a 6-digit code", "a verification code", "a one-time code"])
    call = Call()
    tags = []
    used = None
    kinds = ["price_yes", "decline_followup", "free_real", "never_code", "app_code", "cancel_req", "deadline", "rude_customer"]
    moves = R.sample(kinds, R.choice([1, 2, 2, 3])) if hard else []
    if "price_yes" in moves and "decline_followup" in moves:
        moves.remove(pick(["price_yes", "decline_followup"]))
    if "decline_followup" in moves:
        moves.remove("decline_followup"); moves.append("decline_followup")
    if "cancel_req" in moves:
        call.c(fill(pick(HN_CANCEL_C), ci=d["cancel_item"]))
        call.a(f"{pick(HN_CANCEL_A)} This is {ctx['a']} at {ctx['org']}.")
        call.c(pick(["I don't use it any more.", "Money's tight.", "I'm moving away.", "I'd rather not say."]))
        for (qa, qc) in R.sample(d["opening"], R.choice([0, 1, 2, 3])):
            call.a(fill(qa)); call.c(fill(qc))
        call.a(fill(pick(HN_CANCEL_A2), ci=d["cancel_item"].replace("my ", "your "))); call.c("Yes, please.")
        call.a(pick(HN_CANCEL_DONE)); tags.append("cancel_requested")
        moves.remove("cancel_req")
    else:
        if "rude_customer" in moves:
            call.a(fill(pick(GREET), a=ctx["a"], org=ctx["org"], dept=pick(d["depts"]), t=ctx["t"], l=ctx["l"]))
            call.c(pick(HN_RUDE_C)); call.a(pick(HN_RUDE_A)); call.c(pick(["Whatever. Go on.", "Fine.", "Just be quick."]))
            for (qa, qc) in R.sample(d["opening"], R.choice([1, 2, 3, 5])):
                call.a(fill(qa)); call.c(fill(qc))
            tags.append("rude_customer"); moves.remove("rude_customer")
        else:
            used = opening(call, dom, ctx, n_open_pick())
    if not hard or R.random() < 0.5:
        qa, qc = pick([x for x in d["service"] if x[0] != used]); call.a(qa); call.c(qc)
    for m in moves:
        if m == "price_yes":
            prod, price = pick(d["products"])
            call.a(fill(pick(HN_PRICE), x=prod, p=price)); call.c(pick(HN_YES_R))
            call.a(fill(pick(HN_READBACK), x=prod, p=price)); call.c(pick(["Yes, that's right.", "Yes.", "Correct, yes."]))
            call.a(pick(HN_DONE)); call.c(pick(["Thanks.", "Great.", "Okay."])); tags.append("price_clear_yes")
        elif m == "decline_followup":
            prod, price = pick(d["products"])
            call.a(fill(pick(HN_PRICE), x=prod, p=price)); call.c(pick(["No, thank you.", "Not for me, thanks.", "No, I'm fine."]))
            call.a(pick(HN_FOLLOW)); call.c(pick(HN_FOLLOW_R)); call.a(pick(HN_ACCEPT)); call.c("Thanks.")
            tags.append("decline_respected")
        elif m == "free_real":
            call.a(fill(pick(HN_FREE), f=pick(d["free_things"]))); call.c(pick(HN_FREE_R))
            call.a(pick(HN_FREE2)); call.c(pick(["Great, thanks.", "Good.", "Nice."])); tags.append("free_really_free")
        elif m == "never_code":
            call.a(pick(HN_NEVER)); call.c(pick(["Good to know.", "Okay, thanks.", "That's reassuring."])); tags.append("never_ask_code")
        elif m == "app_code":
            qa, qc = pick(HN_APP); call.a(fill(qa, ck=ck, app=d["app"])); call.c(qc); tags.append("code_in_app")
        elif m == "deadline":
            call.a(fill(pick(HN_DEADLINE), dl=fill(d["deadline"]))); call.c(pick(["Okay, noted.", "Thanks for telling me.", "Right."]))
            tags.append("real_deadline")
    if not tags:
        tags.append("service")
    qa, qc = pick(CLOSE_GOOD); call.a(qa); call.c(qc)
    return call, ctx, tags

def robocall(dom, deceptive):
    d = D[dom]
    org = pick(d["orgs"])
    call = Call()
    call.a(fill(pick(ROBO_INTRO), org=org, dept=pick(d["depts"])))
    if R.random() < 0.6:
        call.a(pick(["Please listen carefully to the following message.", "This message is for the account holder.",
                     "Please do not hang up. Please do not hang up.", "This call is about your account."]))
    ck = pick(["the 6-digit code we text you", "the verification code sent to your phone", "your one-time PIN"])
    tags = []
    if deceptive:
        kind = pick(["fc", "fr", "threat"])
        if kind == "fc":
            item, amt = pick(d["fake_items"])
            call.a(f"{item[0].upper() + item[1:]} for {amt} will be charged to your account today.", ["fake_cancellation"])
            call.a("If you did not authorize this, press 1 to cancel it now.", ["fake_cancellation"]); tags.append("fake_cancel")
        elif kind == "fr":
            call.a(f"Congratulations. You have been selected to receive {pick(d['rewards'])}.", ["fake_reward"]); tags.append("reward")
            if R.random() < 0.6:
                call.a(pick(["There is no cost to you, just a small processing fee.", "It's free, just cover a tiny activation charge."]), ["cost_concealment"]); tags.append("hidden_cost")
        else:
            call.a(f"This is a final notice. If you do not respond today, {pick(d['threats'])}.", ["pressure"]); tags.append("threat")
        if R.random() < 0.55:
            call.a(f"After the tone, enter or read out {ck} to our agent.", ["code_request"]); tags.append("code")
        if R.random() < 0.5 and kind != "threat":
            call.a(pick(["The charge will be final within the hour. Act now.", "You must act now. This is your last chance."] if kind == "fc" else ["This offer expires in one hour.", "You must act now. This is your last chance."]), ["pressure"]); tags.append("pressure")
        call.a(pick(["Press 1 now. Press 1 now.", "Press 1 to speak to an agent.", "Thank you. Thank you."]))
        if len(call.turns) < 4:
            call.a(pick(["To repeat, press 1 now.", "Goodbye.", "This message will not be repeated."]))
    else:
        call.a({"mobile": "Your bill is ready. The total is $" + str(R.randint(20, 90)) + ".40, taken on the 12th. No action is needed.",
                "health": pick(["This is a reminder of your appointment on Monday at 2:30.", "Your prescription is ready for pickup. Your copay is $10."]),
                "charity": "Thank you for your support this year. There's nothing you need to do.",
                "timeshare": pick(["Your maintenance fee statement is now in the owner portal. The amount is the same as last year.", "Your reservation for week 27 is confirmed."]),
                "invest": "Your quarterly statement is ready in the app. No action is needed.",
                "student": pick(["Your payment is due on the 15th. You can pay online or by phone.", "Your income recertification is due by June 30th."])}[dom])
        call.a(pick(HN_NEVER)); call.a(pick(["Goodbye.", "Thank you. Thank you.", "Thank you for listening."]))
        if len(call.turns) < 4:
            call.a(pick(["If you have questions, call the number on your statement.", "To hear this again, press 2."]))
        tags.append("notice")
    return call, tags

def scen(dom, tags, mode):
    s = dom + "_" + "_".join(tags[:3])
    if mode != "normal":
        s += "_" + mode
    return s

def main():
    hand = [json.loads(l) for l in open(os.path.join(HERE, "hand.jsonl"), encoding="utf-8")]
    out = list(hand)
    n = len(hand)
    for i in range(N_GEN):
        dom = DOMAINS[i % len(DOMAINS)]
        r = R.random()
        honest = r < 0.49
        hard = honest and R.random() < 0.7
        mode = R.choices(["normal", "mono", "robo"], [0.72, 0.2, 0.08])[0]
        if mode == "robo":
            call, tags = robocall(dom, not honest)
            hard = honest
        elif honest:
            call, ctx, tags = honest_call(dom, hard)
            while len(call.turns) > 40 or len(call.turns) < 4:
                call, ctx, tags = honest_call(dom, hard)
        else:
            call, ctx, tags = deceptive_call(dom)
            while len(call.turns) > 40:
                call, ctx, tags = deceptive_call(dom)
        turns = call.turns
        if mode == "mono":
            for t in turns:
                t["speaker"] = "unknown"
        labels = sorted({l for t in turns for l in t["labels"]})
        n += 1
        out.append({"id": f"w11-{n:04d}", "lang": "en", "deceptive": bool(labels), "labels": labels, "turns": turns,
                    "source": "writer:11", "scenario": scen(dom, tags, mode), "hard_negative": bool(hard and not labels),
                    "written": "generator"})
    with open(os.path.join(HERE, "calls.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(out), "calls written")

if __name__ == "__main__":
    main()
