#!/usr/bin/env python3
"""Writer 00 of callaudit's English corpus: data/generator/{train,dev,test}.jsonl.

How the corpus is made is documented in data/README.md. In short: calls are composed from
*moves* (a greeting, a pitch, a customer's question, a refusal, a scam line, an honest look-alike),
each move drawn from a phrase bank. Each split has its own banks for every move that carries a
pattern or imitates one: the train banks, the dev banks and the test banks were written separately
(different wordings, different scenarios), so a model cannot pass dev or test by remembering
train's sentences. Style moves (greetings, fillers, acknowledgements, closings) are shared, since
they must not tell honest from deceptive. Hand-written calls (data/corpus/handwritten_*.jsonl) are
added to each split as they are.

Usage: data/corpus/make_corpus.py [--out data]   (deterministic: fixed seeds)
"""

import argparse
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------------------------
# Vocabulary shared by all splits: style, not meaning.
# ---------------------------------------------------------------------------------------------
FILLERS = ["uh", "um", "so", "okay so", "well", "you know", "alright", "right", "yeah so", "mm"]
NAMES = ["mister wang", "miss li", "mister chen", "miss zhang", "mister liu", "miss huang", "mister zhao",
         "miss wu", "mister zhou", "miss xu", "mister sun", "miss ma", "sir", "madam", "mister smith",
         "miss garcia", "mister brown", "miss johnson"]
GREET = [
    "hello is this {name}",
    "hi good morning am i speaking with {name}",
    "hello good afternoon is this the owner of this number",
    "hi there is that {name}",
    "hello {name} do you have a minute",
    "good evening am i speaking with the account holder",
    "hello hello can you hear me",
    "hi is this the number ending in {tail}",
]
CUST_ACK = ["yes", "yeah", "yes speaking", "uh yes who is this", "yeah what is it", "speaking", "mm hm",
            "yes this is me", "okay", "yeah go ahead", "who's calling", "yes what's this about"]
CUST_LISTEN = ["okay", "mm hm", "uh huh", "right", "okay go on", "i see", "hmm okay", "yeah", "and"]
CUST_Q_FREE = ["is it free", "wait is that free", "so i don't pay anything", "how much does it cost",
               "is there a charge for that", "what's the catch", "does it cost extra", "will my bill go up"]
CUST_NO = ["no thanks", "no i'm not interested", "no i don't want it", "no thank you", "i said no",
           "not interested sorry", "no please don't", "i don't need it", "no no no", "i'll pass thanks"]
CUST_HESITATE = ["hmm", "uh", "let me think", "um i'm not sure", "hmm well", "uh maybe", "i don't know",
                 "hang on", "uh huh", "hmm let me see"]
CUST_YES = ["yes please", "yes i want it", "okay yes add it", "yes go ahead", "sure yes", "yes that's fine",
            "yes i agree", "okay yes"]
CUST_BYE = ["okay bye", "thanks bye", "alright goodbye", "bye", "okay thank you", "fine bye"]
CUST_CONFUSED = ["i never ordered that", "what membership i didn't sign up for anything",
                 "i don't remember ordering that", "what charge", "i didn't know i had that",
                 "really i never used it"]
CUST_RUDE = ["stop calling me you idiots", "this is the third time you called what is wrong with you",
             "i'm busy leave me alone", "you people are useless", "don't call me again damn it",
             "are you deaf i'm driving"]
AGENT_CLOSE = ["okay thank you for your time have a nice day", "alright thanks goodbye",
               "thank you bye bye", "okay have a good day", "thanks for your time goodbye",
               "alright that's all thank you"]

SHORTCODES = ["ten zero eight six", "one zero zero eight six", "ten zero eight five", "one zero zero one zero",
              "the official number", "the service number"]


def num_words(n):
    ones = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
            "sixteen seventeen eighteen nineteen").split()
    tens = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
    if n < 20:
        return ones[n]
    if n < 100:
        return tens[n // 10] + ("" if n % 10 == 0 else " " + ones[n % 10])
    if n < 1000:
        return ones[n // 100] + " hundred" + ("" if n % 100 == 0 else " and " + num_words(n % 100))
    return num_words(n // 1000) + " thousand" + ("" if n % 1000 == 0 else " " + num_words(n % 1000))


# ---------------------------------------------------------------------------------------------
# Split-specific banks. Each split: products, operators and the wording of every move that
# carries a pattern or imitates one. Written separately per split.
# ---------------------------------------------------------------------------------------------
BANKS = {
    "train": {
        "operators": ["china mobile", "your mobile operator", "china unicom", "the mobile service center",
                      "your carrier", "metro mobile"],
        "products": [("a fifteen gig data pack", "data"), ("the premium video membership", "video"),
                     ("a broadband speed upgrade", "broadband"), ("the five g plan upgrade", "plan"),
                     ("a caller ringtone service", "ringtone"), ("the cloud storage package", "cloud")],
        "services": ["video membership", "music vip package", "ringtone service", "cloud storage plan",
                     "reading membership"],
        "identity": ["this is customer service from {op}", "i'm calling from {op} customer care",
                     "this is the service hotline of {op}", "i'm an agent with {op}",
                     "this is {op} calling about your account"],
        "honest_pitch": ["we have {prod} available for your line",
                         "i'm calling to let you know about {prod}",
                         "there's an offer for {prod} on your account"],
        # fake_reward
        "lure": [
            "congratulations you have been selected as a star user this year",
            "because you're one of our loyal customers the system picked you for a reward",
            "as a thank you for using our network for so long we're adding {data} every month",
            "you've been rated a five star customer so you qualify for a special upgrade",
            "your number was chosen in our customer appreciation program",
            "good news you are on our vip list this month and you get a bonus",
            "you've been upgraded to gold member status so we prepared a gift for you",
            "only selected users get this you were one of them",
            "you qualify for a free loyalty upgrade because your bills are always paid on time",
            "our records show you're a high value customer so there's an exclusive benefit for you",
            "we're celebrating our anniversary and picked some customers for a special present you're one of them",
            "your account is in the top group of users this year so you get an upgrade gift",
            "the system flagged you as an excellent customer and you get bonus minutes and data",
            "since you never miss a payment you've been chosen for our honor member plan",
            "i have good news for you you're eligible for an exclusive loyalty package",
        ],
        # cost_concealment
        "conceal": [
            "and your package tariff stays the same",
            "your monthly fee doesn't change at all",
            "you won't notice anything on your bill",
            "it's basically included you keep paying what you pay now",
            "it's a gift nothing extra for you",
            "the price is the same as before just more data",
            "there's no additional cost to worry about",
            "it won't affect your current plan fee",
            "your bill stays the way it is",
            "you just enjoy it the fee part is already taken care of",
            "you don't pay a single extra cent for it",
            "the amount you pay every month is exactly the same",
            "there's no fee difference whatsoever",
            "it comes at no cost on top of your plan",
            "you keep your current price nothing goes up",
        ],
        # cost_concealment, as an evasive answer to a price question
        "evasive": [
            "don't worry about that it's a benefit for you",
            "well it's a special offer for loyal users you'll see",
            "it's very cheap almost nothing the system handles it",
            "that's all included in the promotion you don't need to think about it",
            "you'll be happy with it trust me the details come in a text later",
            "it's the same as what you have now basically",
            "there might be a small adjustment but it's nothing really",
            "well it depends but most people don't even notice the difference",
            "let's not get into the numbers you'll love it",
            "it's all covered by the offer basically",
            "hmm the fee part isn't important the main thing is the benefit",
        ],
        # fake_cancellation
        "fakecancel": [
            "our system shows a gifted {svc} on your number that starts charging {price} next month shall i cancel it for you",
            "you have a trial {svc} that turns into a paid one tomorrow do you want me to stop it",
            "there's an order of {price} pending on your account for a {svc} press one to cancel it",
            "your free {svc} ends this week and after that it's {price} every month i can cancel it now",
            "someone activated a {svc} on your line it will be billed {price} i'll help you cancel it",
            "we noticed an automatic renewal for a {svc} at {price} let me cancel that for you",
            "i'm calling because a paid {svc} was opened under your name and the first charge of {price} goes through tonight i can stop it",
            "you signed up for a free {svc} last month and from now on it costs {price} should i remove it for you",
            "the system shows a {svc} subscription you might not know about it's about to charge you {price} let me cancel it",
            "there's an order for {price} on your bill that you probably didn't make i can reverse it for you right now",
        ],
        # code_request
        "code": [
            "you will get a text from {short} with a six digit code please read it to me",
            "i just sent you a verification code can you tell me the numbers",
            "please tell me the code you just received so i can finish it",
            "read me the four digit code in the message",
            "there's an sms code on your phone now what does it say",
            "just repeat the code from the text message and we're done",
            "i need the confirmation code from the message to process it",
            "can you forward me the code you got a minute ago",
            "to cancel it i need the number we just texted you what is it",
            "there's a six digit pin in your messages can you read it out",
            "you'll get a one time password now just tell me what it says",
            "give me the digits from the message and i'll take care of the rest",
        ],
        # consent_bypass
        "bypass": [
            "okay i've activated it for you",
            "no need to confirm i'll handle it",
            "alright i'll sign it for you then",
            "great i've gone ahead and added it to your line",
            "i'll take that as a yes it's done",
            "okay it's processed you'll get a text",
            "don't worry i'll just submit it on your behalf",
            "fine i've registered you it starts today",
            "good i've put it through for you already",
            "since you didn't say no i've gone ahead and switched you over",
            "it's fine i'll confirm it in the system for you",
            "i've already set it up on your number",
        ],
        # pressure
        "pressure": [
            "but this offer is only for today if you hang up it's gone",
            "you really need to decide now",
            "if you don't do it now your number might be suspended",
            "everyone else took it why would you say no just do it",
            "listen this is the last chance you won't get this price again",
            "sir please don't refuse let me explain again it's really good",
            "you must confirm right now or the charge continues",
            "if you don't accept your package will be downgraded tonight",
            "ma'am this is the last day i can offer it please take it now",
            "you will regret it if you say no today",
            "your line will be limited unless you agree right away",
            "i'm not taking no for an answer this is too good",
        ],
        # abuse
        "abuse": [
            "are you stupid or something",
            "don't waste my time then",
            "what kind of person doesn't understand such a simple thing",
            "you're so annoying you know that",
            "forget it you people never understand anything",
            "idiot i'm trying to help you",
            "shut up and listen to me",
            "you're hopeless you know that",
            "are you deaf or just dumb",
            "don't be so stupid listen",
            "what an idiot honestly",
        ],
        # honest look-alikes (hard negatives)
        "h_price": [
            "it costs {price} a month on top of your current plan would you like to add it",
            "just so you know this adds {price} to your monthly bill do you want it",
            "the fee is {price} per month and you can cancel any time shall i add it",
            "it's not free it's {price} a month is that okay for you",
            "there's a monthly fee of {price} for it and you can stop it whenever you like would you like to try it",
            "it isn't free it's {price} each month and you can cancel anytime in the app interested",
            "the price is {price} per month on top of what you pay now and there's no contract",
            "i have to tell you it adds {price} a month to your bill and you can cancel it whenever you want",
            "to be honest it is {price} extra each month so your bill will go up a bit do you still want it",
            "your current fee stays and this add-on costs {price} more per month would you like it",
        ],
        "h_confirm": ["just to confirm you want it added for {price} a month is that a yes",
                      "can you confirm clearly that you agree to the {price} monthly charge"],
        "h_recorded": ["thank you your yes is recorded and you'll get a confirmation text",
                       "okay it's added with your consent you can cancel in the app any time",
            "thank you for confirming i've added it and you'll get a text with the details",
        ],
        "h_never_code": [
            "please remember we will never ask you for a verification code",
            "never read your sms code to anyone including us",
            "if anyone calls asking for your code it's a scam please hang up",
            "just so you know we never need your verification code on the phone",
            "if someone asks you to read a code from a text message don't do it even if they say they're from us",
        ],
        "h_cancel_req": ["you asked to cancel your {svc} right", "i see your request to cancel the {svc}"],
        "h_cancel_done": ["it's cancelled from today there will be no more charges",
                          "done the {svc} is cancelled as you asked",
            "okay the {svc} you asked about is cancelled you won't pay for it anymore",
            "i've stopped the {svc} as you requested and the charge ends this month",
            "your cancellation is done there will be no further fees for the {svc}",
            "your {svc} is cancelled from today you won't be charged for it again",
            "all done the {svc} has been removed and there won't be any more charges",
            "i've cancelled it as you asked from next month you won't see that fee",
            "the {svc} is stopped effective today no more fees",
            "cancellation confirmed you will not be billed for the {svc} again",
        ],
        "h_free": [
            "this month {data} of free data was added to your account there's nothing to accept and no charge",
            "we're giving every customer {data} extra this month for free it's already there nothing changes on your bill",
            "good news for everyone on our network {data} of data was added free this month there's no catch and nothing to sign",
            "you got a free bonus of {data} this month it's already in your account and your bill stays exactly the same because it's free",
            "we've added {data} to every line this month at no charge you don't have to accept anything",
            "it's a free gift for all users this month {data} extra and it costs you nothing there's no plan change and nothing to sign",
            "you don't have to do anything the {data} bonus is free and your bill doesn't change",
            "this is just a notice the holiday data bonus of {data} is free and already active it won't cost anything",
            "we're not selling anything today the {data} is simply free for everyone this month",
            "as part of the network upgrade every customer gets {data} at no cost nothing to accept",
            "the free {data} expires at the end of the month there is no charge for it",
        ],
        "h_courier": ["hi i'm the courier with your parcel can you tell me the pickup code from the delivery text so i can put it in the locker",
                      "this is your delivery driver i'm at the gate what's the pickup code for the locker",
            "hello i'm delivering your package the smart locker asks for the pickup code from your sms can you read it to me",
            "courier here i'm downstairs with a parcel what's the collection code for the locker",
            "this is the express delivery your parcel needs the pickup code could you tell me the number in the delivery message",
            "hi it's your courier i can leave the package in the locker if you give me the pickup code",
        ],
        "h_app_code": ["you'll get a code by text please type it into the official app yourself don't tell it to anyone",
                       "enter the code in the app on your phone i don't need to know it",
            "you'll receive a code by sms please type it into the app yourself i won't ask you for it",
        ],
        "h_followup": ["okay no problem may i ask if it's the price", "sure i understand is there anything else i can help with",
            "of course may i ask what made you decide",
            "no problem at all is there a reason if you don't mind me asking",
        ],
        "h_accept_no": ["alright we won't add anything thanks for your time", "no problem nothing will change on your account",
            "that's fine i've noted that you're not interested",
            "okay i won't sign you up for anything have a good day",
        ],
        "h_deadline": ["the promotion ends on the thirtieth you can sign up in the app any time before that",
                       "this offer is open until the end of the month if you want it later just call us",
            "the offer is valid until the end of the month so you have time to think about it",
            "if you want it later the price is the same until the twentieth",
        ],
        "h_rude_reply": ["i'm sorry for the trouble i'll put your number on the do not call list",
                         "i understand sorry to bother you we won't call again"],
        "h_bill": ["your bill for this month is {price} and it's due on friday", "i'm calling about a failed payment of {price} on your account",
            "this is a reminder that {price} is due on your account by the end of the week",
            "we received your payment of {price} thank you",
            "your bill this month is {price} because of international roaming would you like the details",
            "you were charged {price} for extra data last month it's listed on your statement",
        ],
        "h_outage": ["there's network maintenance in your area tonight from one to four", "the outage in your district was fixed this morning",
            "the network in your area will be upgraded on sunday night there may be short interruptions",
            "the line problem in your street was repaired this afternoon your service should work now",
            "the fault on your broadband was fixed sorry for the inconvenience",
            "we finished the maintenance in your district everything is back to normal",
            "there was a cable cut near you it's repaired now",
            "your broadband outage ticket is closed the engineer fixed the fiber",
        ],
    },
    "dev": {
        "operators": ["china telecom", "the operator's service desk", "skyline telecom", "your phone company"],
        "products": [("an extra twenty gigabytes", "data"), ("a movie streaming vip", "video"),
                     ("the fiber broadband plan", "broadband"), ("a family plan upgrade", "plan"),
                     ("phone screen insurance", "insurance"), ("a news and weather sms service", "sms")],
        "services": ["streaming vip", "game booster package", "phone insurance", "sms news service"],
        "identity": ["good day i'm with {op} service department", "my name is lily from {op}",
                     "this is the {op} user center", "calling on behalf of {op}"],
        "honest_pitch": ["you're eligible for {prod}", "may i tell you about {prod}"],
        "lure": [
            "you won our monthly lucky draw for premium users",
            "your account earned a special reward from the anniversary campaign",
            "since your credit score with us is excellent you get a privilege package",
            "we're rewarding our top customers and you made the list",
            "it's a thank you gift only for people who've been with us ten years",
        ],
        "conceal": [
            "and what you pay each month won't move at all",
            "you won't pay a cent more than today",
            "it's on us the plan price is unchanged",
            "the cost is already covered in your current package",
            "nothing is added to your monthly payment",
        ],
        "evasive": [
            "it's part of the reward so don't think about money",
            "everything is explained in the terms the point is you get more",
            "it's a tiny amount hardly worth mentioning",
            "most customers don't even notice it honestly",
        ],
        "fakecancel": [
            "a {svc} was bound to your number by mistake and will deduct {price} unless we remove it now",
            "i see a {svc} subscription about to renew at {price} want me to terminate it",
            "your account has an unpaid {svc} order of {price} i can void it for you right now",
        ],
        "code": [
            "the system will send a code to your phone tell me what it is",
            "read out the digits in the message you just got from {short}",
            "please give me the verification number so i can unbind it",
            "say the code slowly please",
        ],
        "bypass": [
            "alright then i'll complete the registration for you now",
            "i've just switched it on you'll see it tomorrow",
            "you don't have to say anything i've done it",
            "okay i'll put you down for it",
        ],
        "pressure": [
            "the system closes this in ten minutes you have to choose now",
            "if you refuse your line could be restricted",
            "i'm asking you again this is really the best deal please accept",
            "there are only three spots left decide quickly",
        ],
        "abuse": [
            "why are you so dumb",
            "you're wasting everybody's time you fool",
            "what's wrong with your brain",
            "useless customer honestly",
        ],
        "h_price": ["the plan is {price} per month extra and there's no contract would you like it",
                    "i should mention it will raise your bill by {price} every month are you interested"],
        "h_confirm": ["before i add it do you agree to pay {price} monthly yes or no"],
        "h_recorded": ["thanks i've noted your agreement a text confirmation is on the way"],
        "h_never_code": ["a reminder our staff will never request your sms code", "keep your codes private we never need them"],
        "h_cancel_req": ["you called us to stop the {svc} correct"],
        "h_cancel_done": ["the {svc} has been stopped as you requested nothing more will be charged"],
        "h_free": ["you have {data} free added automatically this month no action needed and nothing to pay"],
        "h_courier": ["hello it's the parcel delivery could you read me the collection code from your text for the locker"],
        "h_app_code": ["a code is coming to your phone please put it into the official app yourself"],
        "h_followup": ["that's fine can i ask what didn't suit you"],
        "h_accept_no": ["understood i won't change anything have a good day"],
        "h_deadline": ["the discount runs until the fifteenth you can decide any time before that"],
        "h_rude_reply": ["sorry for disturbing you i've removed your number from our call list"],
        "h_bill": ["your last bill of {price} hasn't been paid yet please pay it by monday"],
        "h_outage": ["we're upgrading the tower near you this weekend service may drop for an hour"],
    },
    "test": {
        "operators": ["china mobile", "global telecom", "the customer service hotline", "your network provider"],
        "products": [("thirty gigs of extra data", "data"), ("a music streaming membership", "music"),
                     ("a home broadband bundle", "broadband"), ("a business plan upgrade", "plan"),
                     ("a personalized ringback tone", "ringtone"), ("accident insurance for your phone", "insurance")],
        "services": ["music membership", "ringback tone service", "video vip card", "phone insurance plan"],
        "identity": ["hi i'm calling from {op} official customer service", "this is the {op} account team",
                     "i'm with the {op} retention department", "hello from {op} member services"],
        "honest_pitch": ["there's {prod} you might be interested in", "i'd like to offer you {prod}"],
        "lure": [
            "you've been chosen as one of our outstanding users this quarter",
            "for your long loyalty the company decided to give you a present",
            "your number qualified for our platinum customer benefit",
            "as a premium member you're entitled to an exclusive reward today",
            "you're among the lucky customers picked for a bonus package",
        ],
        "conceal": [
            "and your monthly rate remains exactly as it is",
            "your bill won't go up",
            "you keep the same price as always",
            "it doesn't cost you anything extra on the plan",
            "there's no change to the amount you pay",
        ],
        "evasive": [
            "it's a reward so the money isn't really the point",
            "let's not worry about fees it's all arranged",
            "it's practically nothing compared to the benefit",
            "you'll see the details later in a message it's fine",
        ],
        "fakecancel": [
            "a {svc} on your line is scheduled to charge {price} next month i can cancel it if you want",
            "there's a pending {svc} fee of {price} linked to your phone let me help you remove it",
            "your complimentary {svc} will convert to {price} monthly unless we cancel it today",
        ],
        "code": [
            "a text with a code is coming from {short} please read it back to me",
            "what's the number in the message you just received",
            "tell me the six digits you got so i can confirm the cancellation",
            "could you repeat the sms code for me",
        ],
        "bypass": [
            "okay then i'll turn it on for you",
            "it's done i've enrolled you",
            "no worries i've already submitted it for you",
            "fine i'll confirm it on your behalf",
        ],
        "pressure": [
            "you have to say yes now otherwise it expires",
            "if you don't take it your service might be cut off",
            "come on it's a great deal why won't you just accept",
            "i can't hold this for you decide right now",
        ],
        "abuse": [
            "are you an idiot",
            "stop wasting my time",
            "you're too stupid to understand this",
            "what a pathetic customer",
        ],
        "h_price": ["it's {price} extra per month you can try it and cancel anytime do you want it",
                    "to be clear this increases your monthly bill by {price} should i add it"],
        "h_confirm": ["please say yes if you agree to the {price} a month charge"],
        "h_recorded": ["thank you i've recorded your yes and you'll receive an sms confirmation"],
        "h_never_code": ["just so you know we never ask customers for verification codes",
                         "don't share any code with callers not even us"],
        "h_cancel_req": ["you'd like to cancel the {svc} is that right"],
        "h_cancel_done": ["your {svc} is cancelled from today you won't be charged again"],
        "h_free": ["there's {data} free data in your account this month you don't need to do anything and it costs nothing"],
        "h_courier": ["hi courier here i have your package what's the pickup code in your delivery sms"],
        "h_app_code": ["you'll receive a code please enter it in our official app not to me"],
        "h_followup": ["no problem may i ask one question is it the price"],
        "h_accept_no": ["okay nothing will be added thank you for your time"],
        "h_deadline": ["this promotion ends next friday you can join through the app whenever you like"],
        "h_rude_reply": ["i apologize we'll stop calling you"],
        "h_bill": ["your phone bill of {price} is overdue since tuesday"],
        "h_outage": ["a fiber cut in your area was repaired service should be back now"],
    },
}

PATTERNS = ["cost_concealment", "fake_cancellation", "fake_reward", "code_request", "consent_bypass",
            "pressure", "abuse"]
SLOT_LABEL = {"lure": "fake_reward", "conceal": "cost_concealment", "evasive": "cost_concealment",
              "fakecancel": "fake_cancellation", "code": "code_request", "bypass": "consent_bypass",
              "pressure": "pressure", "abuse": "abuse"}


class Call:
    def __init__(self, rng, bank):
        self.rng, self.bank, self.turns = rng, bank, []
        op = rng.choice(bank["operators"])
        prod, _ = rng.choice(bank["products"])
        price = rng.choice([9, 10, 15, 19, 20, 25, 29, 30, 38, 39, 49, 58, 59, 68, 99])
        unit = rng.choice(["yuan", "yuan", "yuan", "dollars", "kuai"])
        self.vars = {
            "op": op, "prod": prod, "name": rng.choice(NAMES),
            "price": f"{num_words(price)} {unit}",
            "data": rng.choice(["ten gigs", "fifteen g", "twenty gigabytes", "five gigs", "thirty g", "eight gigs"]),
            "svc": rng.choice(bank["services"]), "short": rng.choice(SHORTCODES),
            "tail": " ".join(num_words(rng.randint(0, 9)) for _ in range(4)),
        }

    def fill(self, text):
        return text.format(**self.vars)

    def style(self, text):
        # ASR-like: occasional filler at the start, occasional repeated word.
        if self.rng.random() < 0.25:
            text = self.rng.choice(FILLERS) + " " + text
        if self.rng.random() < 0.08:
            words = text.split()
            i = self.rng.randrange(len(words))
            words.insert(i, words[i])
            text = " ".join(words)
        return text

    def say(self, speaker, parts, labels=()):
        text = " ".join(self.fill(p) for p in parts if p)
        self.turns.append({"speaker": speaker, "text": self.style(text), "labels": sorted(set(labels))})

    def agent(self, *slots, extra=None):
        """An agent turn made of one line from each named slot (or literal text with '=' prefix)."""
        parts, labels = [], []
        for s in slots:
            if s.startswith("="):
                parts.append(s[1:])
                continue
            parts.append(self.rng.choice(self.bank[s]))
            if s in SLOT_LABEL:
                labels.append(SLOT_LABEL[s])
        self.say("agent", parts, labels)

    def customer(self, pool):
        self.say("customer", [self.rng.choice(pool)])

    def opening(self):
        self.say("agent", [self.rng.choice(GREET)])
        self.customer(CUST_ACK)
        self.agent("identity")
        if self.rng.random() < 0.5:
            self.customer(CUST_LISTEN)

    def closing(self, agent_closes=True):
        if agent_closes:
            self.say("agent", [self.rng.choice(AGENT_CLOSE)])
        if self.rng.random() < 0.7:
            self.customer(CUST_BYE)


# Each scenario writes the middle of a call. Deceptive ones label the agent's turns.
def sc_star_upgrade(c):
    c.agent("lure")
    c.customer(CUST_LISTEN)
    c.agent("honest_pitch", "conceal") if c.rng.random() < 0.6 else c.agent("conceal")
    if c.rng.random() < 0.6:
        c.customer(CUST_Q_FREE)
        c.agent("evasive")
    r = c.rng.random()
    if r < 0.4:
        c.customer(CUST_HESITATE)
        c.agent("bypass")
    elif r < 0.7:
        c.customer(CUST_NO)
        c.agent("pressure")
        c.customer(CUST_NO)
    else:
        c.customer(CUST_YES)


def sc_fake_cancel_code(c):
    c.agent("fakecancel")
    c.customer(CUST_CONFUSED if c.rng.random() < 0.5 else ["yes please cancel it", "okay cancel it", "what how do i stop it"])
    c.agent("code")
    r = c.rng.random()
    if r < 0.35:
        c.customer(["i don't want to give you a code", "why do you need my code", "no i won't read it", "hmm is that safe"])
        c.agent("pressure")
        if c.rng.random() < 0.3:
            c.customer(CUST_NO)
            c.agent("abuse")
    elif r < 0.7:
        c.customer(["okay it's " + " ".join(num_words(c.rng.randint(0, 9)) for _ in range(6)), "wait let me check", "uh okay one second"])


def sc_fake_cancel_only(c):
    c.agent("fakecancel")
    c.customer(CUST_CONFUSED)
    c.agent("bypass") if c.rng.random() < 0.5 else c.agent("=okay i'll take care of it")


def sc_code_only(c):
    c.agent("honest_pitch")
    c.customer(CUST_LISTEN)
    c.agent("code")
    c.customer(["which code", "hold on", "i didn't get anything yet", "uh okay"])


def sc_pushy(c):
    c.agent("honest_pitch", "h_price") if c.rng.random() < 0.5 else c.agent("honest_pitch")
    c.customer(CUST_NO)
    c.agent("pressure")
    c.customer(CUST_NO)
    if c.rng.random() < 0.5:
        c.agent("pressure")
        c.customer(CUST_NO)
        if c.rng.random() < 0.3:
            c.agent("abuse")


def sc_abusive(c):
    c.agent("honest_pitch")
    c.customer(CUST_NO)
    if c.rng.random() < 0.5:
        c.agent("pressure")
        c.customer(CUST_NO)
    c.agent("abuse")
    c.customer(["excuse me", "how dare you", "i'm hanging up", "what did you say"])


def sc_silent_yes(c):
    c.agent("honest_pitch", "h_price") if c.rng.random() < 0.4 else c.agent("honest_pitch", "conceal")
    c.customer(CUST_HESITATE)
    c.agent("bypass")
    c.customer(["wait what", "i didn't say yes", "hold on", "hmm"])


def sc_reward_only(c):
    c.agent("lure")
    c.customer(CUST_LISTEN)
    c.agent("honest_pitch")
    c.customer(CUST_Q_FREE)
    c.agent("h_price")
    c.customer(CUST_NO)


DECEPTIVE = [(sc_star_upgrade, 3), (sc_fake_cancel_code, 3), (sc_fake_cancel_only, 1), (sc_code_only, 1),
             (sc_pushy, 2), (sc_abusive, 2.5), (sc_silent_yes, 1.5), (sc_reward_only, 1)]


# Honest scenarios. `hard` ones use the scams' words.
def hn_disclosed_yes(c):
    c.agent("honest_pitch", "h_price")
    c.customer(CUST_Q_FREE if c.rng.random() < 0.3 else CUST_LISTEN)
    c.agent("h_price")
    c.customer(CUST_YES)
    c.agent("h_confirm")
    c.customer(CUST_YES)
    c.agent("h_recorded")


def hn_disclosed_no(c):
    c.agent("honest_pitch", "h_price")
    c.customer(CUST_NO)
    if c.rng.random() < 0.6:
        c.agent("h_followup")
        c.customer(["yeah it's too expensive", "yes", "i just don't need it", "no reason"])
    c.agent("h_accept_no")


def hn_security(c):
    c.agent("h_bill" if c.rng.random() < 0.5 else "h_outage")
    c.customer(CUST_LISTEN)
    c.agent("h_never_code")


def hn_requested_cancel(c):
    c.customer(["i want to cancel my subscription", "please stop the membership i signed up for", "i'd like to cancel that service"])
    c.agent("h_cancel_req")
    c.customer(["yes that one", "yes please", "right"])
    c.agent("h_cancel_done")
    if c.rng.random() < 0.4:
        c.agent("h_never_code")


def hn_free_reward(c):
    c.agent("h_free")
    c.customer(CUST_Q_FREE)
    c.agent(["=yes it's really free", "=yes nothing to pay", "=no charge at all and no plan change"][c.rng.randrange(3)])


def hn_courier(c):
    c.turns = []
    c.say("agent", [c.rng.choice(c.bank["h_courier"])])
    c.customer(["oh sure let me find it", "okay one sec", "it's in the text right"])
    c.say("agent", ["=thanks i'll leave it in locker " + num_words(c.rng.randint(1, 40))])


def hn_app_code(c):
    c.agent("honest_pitch", "h_price")
    c.customer(CUST_YES)
    c.agent("h_app_code")
    c.customer(["okay done", "alright i'll do it", "okay"])
    c.agent("h_recorded")


def hn_rude_customer(c):
    c.agent("honest_pitch")
    c.customer(CUST_RUDE)
    c.agent("h_rude_reply")


def hn_deadline(c):
    c.agent("honest_pitch", "h_price")
    c.customer(CUST_HESITATE)
    c.agent("h_deadline")
    c.customer(["okay i'll think about it", "alright", "maybe later then"])


def hn_polite_followup(c):
    c.agent("honest_pitch", "h_price")
    c.customer(CUST_NO)
    c.agent("h_followup")
    c.customer(CUST_NO)
    c.agent("h_accept_no")


def hn_easy(c):
    c.agent("h_bill" if c.rng.random() < 0.5 else "h_outage")
    c.customer(["okay thanks", "oh i see", "when will it be fixed", "i'll pay it today"])
    c.agent(["=you can pay in the app or at any store", "=sorry for the inconvenience", "=thanks for your patience"][c.rng.randrange(3)])


HONEST = [(hn_disclosed_yes, 1.5, True), (hn_disclosed_no, 1.5, True), (hn_security, 1, True),
          (hn_requested_cancel, 1, True), (hn_free_reward, 1, True), (hn_courier, 0.7, True),
          (hn_app_code, 0.8, True), (hn_rude_customer, 1, True), (hn_deadline, 0.8, True),
          (hn_polite_followup, 1, True), (hn_easy, 2.5, False)]


def make_call(rng, bank, split, idx, deceptive):
    c = Call(rng, bank)
    if deceptive:
        fns = [f for f, _ in DECEPTIVE]
        fn = rng.choices(fns, weights=[w for _, w in DECEPTIVE])[0]
        hard = False
    else:
        fn, _, hard = rng.choices(HONEST, weights=[w for _, w, _ in HONEST])[0]
    if fn is not hn_courier:
        c.opening()
    fn(c)
    if fn is not hn_courier:
        c.closing(agent_closes=not c.turns or c.turns[-1]["speaker"] != "agent" or rng.random() < 0.5)
    labels = sorted({l for t in c.turns for l in t["labels"]})
    return {
        "id": f"{split}-{idx:05d}", "lang": "en", "deceptive": bool(labels), "labels": labels,
        "scenario": fn.__name__, "hard_negative": hard, "source": "writer:00",
        "notes": f"composed:{split}-bank",
        "turns": c.turns,
    }


def handwritten(split):
    """Reads data/corpus/handwritten_SPLIT.txt: blocks of '# id | scenario | hard_negative', then
    'A:' (agent) and 'C:' (customer) lines, labels in brackets: 'A[code_request]: ...'."""
    path = os.path.join(HERE, f"handwritten_{split}.txt")
    if not os.path.exists(path):
        return []
    calls = []
    for block in open(path).read().split("\n---"):
        head, turns = None, []
        for line in block.strip().splitlines():
            if line.startswith("# ") and "|" in line:
                head = [x.strip() for x in line[2:].split("|")]
            elif line.startswith("#") or not line.strip():
                continue
            else:
                m = re.match(r"([AC])(?:\[([a-z_,]+)\])?:\s*(.*)", line)
                if not m:
                    raise SystemExit(f"{path}: cannot read line: {line}")
                labels = sorted(m.group(2).split(",")) if m.group(2) else []
                assert all(l in PATTERNS for l in labels), line
                turns.append({"speaker": "agent" if m.group(1) == "A" else "customer",
                              "text": m.group(3), "labels": labels})
        if head and turns:
            labels = sorted({l for t in turns for l in t["labels"]})
            calls.append({"id": head[0], "lang": "en", "deceptive": bool(labels), "labels": labels,
                          "scenario": head[1], "hard_negative": head[2] == "true",
                          "source": "writer:00", "notes": "handwritten",
                          "turns": turns})
    return calls


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=os.path.join(HERE, "..", "generator"))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    sizes = {"train": 1500, "dev": 300, "test": 300}
    seeds = {"train": 11, "dev": 22, "test": 33}
    for split, n in sizes.items():
        rng = random.Random(seeds[split])
        calls = handwritten(split)
        i = 0
        while len(calls) < n:
            calls.append(make_call(rng, BANKS[split], split, i, deceptive=rng.random() < 0.55))
            i += 1
        rng.shuffle(calls)
        with open(os.path.join(args.out, f"{split}.jsonl"), "w") as f:
            for c in calls:
                f.write(json.dumps(c) + "\n")
        honest = [c for c in calls if not c["deceptive"]]
        hard = [c for c in honest if c.get("hard_negative")]
        per = {p: sum(p in c["labels"] for c in calls) for p in PATTERNS}
        print(f"{split}: {len(calls)} calls, {len(honest)} honest ({len(hard)} hard negatives), per pattern {per}")


if __name__ == "__main__":
    main()
