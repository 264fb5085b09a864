#!/usr/bin/env python3
"""Writer 08 generator: prizes, lotteries, loyalty points, travel, and casual talk.

Rebuilds hand.jsonl from hand_src/ (via build_hand.py), then appends generated calls
and writes calls.jsonl = hand + generated. Deterministic (seed 8). Standard library only.
"""
import json, os, random
import build_hand

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(8)
P, CB, CC, FR, FC, CR, AB = ("pressure", "consent_bypass", "cost_concealment", "fake_reward",
                              "fake_cancellation", "code_request", "abuse")

# ---------------------------------------------------------------- helpers
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen " \
       "sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + ("" if rest == 0 else " " + words(rest))
    if n < 1000000:
        rest = n % 1000
        return words(n // 1000) + " thousand" + ("" if rest == 0 else " " + words(rest))
    return words(n // 1000000) + " million"


def money(n):
    return words(n) + " dollars"


def pick(x):
    return R.choice(x)


def maybe(p=0.5):
    return R.random() < p


FILLERS = ["um, ", "uh, ", "so, ", "okay, ", "well, ", "like, ", "", "", "", "", "", ""]


CUST_FILLERS = ["um, ", "uh, ", "well, ", "hmm, ", "", "", "", ""]


def fill(text, bank=None):
    """Add a spoken filler at the start sometimes, and an occasional mid filler."""
    t = text
    if maybe(0.3):
        f = pick(bank or FILLERS)
        if f and not t.split(" ")[0].strip(",.?") in ("um", "uh", "so", "okay", "well", "like", "hmm", "oh", "[laughs]"):
            t = f + t
    if bank is None and maybe(0.08) and t.split(" ")[0].strip(",") not in ("um", "uh", "so", "okay", "well", "like", "hmm", "oh"):
        t = t.replace(", ", ", you know, ", 1)
    return t


class Call:
    def __init__(self):
        self.turns = []

    def a(self, text, *labels):
        self.turns.append({"speaker": "agent", "text": fill(text), "labels": sorted(set(labels))})

    def c(self, text):
        self.turns.append({"speaker": "customer", "text": fill(text, CUST_FILLERS), "labels": []})

    def u(self, text):
        self.turns.append({"speaker": "unknown", "text": text, "labels": []})


def fmt(text, s):
    return text.format(**s)


# ---------------------------------------------------------------- shared banks
FIRST = ["maria", "john", "linda", "david", "susan", "james", "patricia", "robert", "karen", "michael", "nancy",
         "carlos", "aisha", "wei", "priya", "tom", "grace", "omar", "helen", "frank", "rosa", "kenji", "fatima",
         "pete", "diane", "luis", "beth", "sanjay", "olga", "marcus"]
LAST = ["miller", "garcia", "johnson", "nguyen", "patel", "brown", "lopez", "kim", "walker", "okafor", "rossi",
        "schmidt", "hughes", "turner", "baker", "silva", "cohen", "ward"]
AGENT_NAMES = ["kevin", "tiffany", "mark", "angela", "steve", "brandon", "nicole", "ryan", "crystal", "derek",
               "monica", "jason", "heather", "tyler", "vanessa"]
DESTS = ["the bahamas", "cancun", "jamaica", "aruba", "cozumel", "key west", "the virgin islands", "puerto rico",
         "bermuda", "nassau", "costa rica", "las vegas", "orlando", "hawaii"]
HOTELS = ["sunrise suites", "palm grove resorts", "harbor lights hotels", "golden key inns", "bluewater resorts",
          "summit stays", "coral bay hotels", "maple lodge"]
AIRLINES = ["skyway air", "pacific star airlines", "northwind airways", "blue horizon air", "coastline airlines"]
STORES = ["freshmart", "valueway grocery", "quickstop fuel", "homebase hardware", "citymart", "petpal stores",
          "green basket market", "brightside pharmacy"]
PRIZES = ["a brand new laptop", "a big screen tv", "a five hundred dollar gift card", "a new tablet",
          "a weekend getaway", "a thousand dollar shopping spree", "a new smartphone", "a year of free gas",
          "a kitchen appliance set", "a pair of flight tickets"]


def cust_name():
    return pick(FIRST), pick(LAST)


def opening(call, s):
    first, last = s["cfirst"], s["clast"]
    v = R.randrange(6)
    if v == 0:
        call.a(f"hello, am i speaking with {pick(['mister', 'ms.', 'mrs.'])} {last}?")
        call.c(pick(["yes, who's this?", "speaking", "yeah, that's me", "um, who's calling?"]))
    elif v == 1:
        call.a(f"hi, is this {first}?")
        call.c(pick(["yes", "yeah, who is this", "depends who's asking [laughs]", "uh huh"]))
    elif v == 2:
        call.a(f"good {pick(['morning', 'afternoon', 'evening'])}, my name is {s['aname']} and i'm calling from {s['org']}")
        call.c(pick(["okay", "oh, hi", "uh huh, what's this about?", "okay..."]))
        return
    elif v == 3:
        call.a(f"hi there, how are you doing today?")
        call.c(pick(["fine, who's this", "okay i guess", "good, what's this about", "busy, what do you need"]))
    elif v == 4:
        call.u(pick(["[ringing]", "[line connects]", "[hold music stops]"]))
        call.a(f"hello? hi, this is {s['aname']} with {s['org']}")
        call.c(pick(["hello", "yes?", "okay", "who?"]))
        return
    else:
        call.a(f"hello, {first}? it's {s['aname']} from {s['org']}, do you have a quick minute?")
        call.c(pick(["a quick one, sure", "um, i guess", "i'm driving, but go ahead", "what's it about"]))
        return
    call.a(f"this is {s['aname']} from {s['org']}")
    call.c(pick(["okay", "oh, okay", "uh huh", "and?"]))


# ---------------------------------------------------------------- deceptive scenario kinds
def kind_cruise():
    n = pick([3, 4, 5, 7])
    dest = pick(DESTS[:10])
    return dict(scenario=pick(["free_cruise_port_fees", "cruise_selected_port_taxes", "cruise_giveaway_fee"]),
                org=pick(["ocean escape promotions", "sea breeze rewards", "island dream cruises",
                          "coastal celebration cruises", "the cruise rewards center"]),
                thing=f"a free {words(n)} night cruise to {dest}",
                short="the cruise", fee_name=pick(["port fees", "port taxes", "harbor fees"]),
                fee=pick([149, 199, 249, 299, 349, 399, 459]),
                done=pick(["reserved your cabin", "put you on the sailing list", "locked in your cabin",
                           "booked your sailing for next month"]),
                purpose=pick(["to confirm the cabin", "to verify you're the winner", "to release your booking"]),
                hook=[f"great news, your household was selected for {{thing}}", f"congratulations, you've been chosen for {{thing}}, completely free",
                      f"you're one of our lucky winners this month, you've won {{thing}}",
                      f"you were picked from our summer draw for {{thing}}"])


def kind_prize():
    prize = pick(PRIZES)
    return dict(scenario=pick(["prize_processing_fee", "prize_delivery_fee", "prize_claim_fee"]),
                org=pick(["the national prize center", "consumer rewards bureau", "the winners notification office",
                          "american sweepstakes services", "the prize release department"]),
                thing=prize, short="your prize",
                fee_name=pick(["processing fee", "delivery fee", "handling fee", "release fee", "activation fee"]),
                fee=pick([19, 29, 39, 49, 79, 99, 149]),
                done=pick(["scheduled your delivery", "registered your claim", "filed your prize paperwork",
                           "put you down for delivery"]),
                purpose=pick(["to release the prize", "to verify your identity", "to confirm the claim"]),
                hook=["congratulations, you've won {thing} in our monthly drawing",
                      "you were selected as a winner, you've won {thing}",
                      "i have wonderful news, your number was drawn and you won {thing}",
                      "your name came up in our customer appreciation draw, you won {thing}"])


def kind_lottery():
    amt = pick([50000, 85000, 250000, 500000, 1200000, 2500000])
    return dict(scenario=pick(["lottery_win_advance_tax", "foreign_lottery_release_fee", "sweepstakes_tax_upfront"]),
                org=pick(["the international lottery commission", "the mega sweepstakes office",
                          "the global lotto claims department", "the publishers prize office"]),
                thing=f"{money(amt)}", short="the winnings",
                fee_name=pick(["clearance tax", "transfer insurance", "release fee", "customs fee"]),
                fee=pick([450, 650, 900, 1500, 2800]),
                done=pick(["started the transfer", "filed the release papers", "opened your claim file"]),
                purpose=pick(["to authorize the transfer", "to verify the winner", "for the bank release"]),
                hook=["you are the winner of {thing} in our international draw",
                      "your email was selected and you've won {thing}",
                      "i'm happy to inform you that you won {thing}, sir, second prize",
                      "congratulations, your ticket matched and the prize is {thing}"])


def kind_loyalty_upgrade():
    prog = pick(HOTELS + AIRLINES + STORES)
    return dict(scenario=pick(["loyalty_upgrade_hidden_fee", "elite_status_selected_upsell", "points_double_upsell"]),
                org=f"{prog} rewards", thing=pick(["gold status", "platinum membership", "double points for a year",
                                                   "our elite traveler tier", "vip member status"]),
                short="the upgrade", fee_name=pick(["membership fee", "monthly fee", "annual fee", "service charge"]),
                fee=pick([12, 19, 29, 49, 99, 149]),
                done=pick(["enrolled you", "upgraded your account", "activated the membership",
                           "switched you to the new tier"]),
                purpose=pick(["to activate it", "to verify the account", "to link the upgrade"]),
                hook=["as one of our top members you've been selected for {thing}",
                      "you've been chosen for {thing}, as a thank you for being loyal",
                      "good news, your account qualifies for {thing}, you were hand picked",
                      "because you're such a valued member, we're giving you {thing}"])


def kind_free_night():
    h = pick(HOTELS)
    return dict(scenario=pick(["free_hotel_night_paid_nights", "free_stay_resort_fee"]),
                org=f"{h} guest rewards", thing=pick(["a free night", "a free weekend stay", "two complimentary nights"]),
                short="the free stay", fee_name=pick(["resort fee", "booking fee", "member rate nights"]),
                fee=pick([59, 89, 129, 179, 249]),
                done=pick(["booked the dates for you", "reserved a room for you", "put the stay on your card"]),
                purpose=pick(["to hold the room", "to verify the booking"]),
                hook=["as a loyal guest you've earned {thing} at any of our hotels",
                      "you've been selected to receive {thing}, our gift to you",
                      "you won {thing} in our guest appreciation drawing"])


def kind_voucher():
    amt = pick([100, 200, 250, 300, 500])
    return dict(scenario=pick(["travel_voucher_unclaimed", "flight_voucher_claim", "gift_card_reward_claim"]),
                org=pick(["travel rewards center", "the voucher department", "flight credit services",
                          "the airline partner desk"]),
                thing=f"a {money(amt)} travel voucher", short="the voucher",
                fee_name=pick(["activation fee", "service fee", "booking fee"]),
                fee=pick([25, 39, 49, 79]),
                done=pick(["activated the voucher", "applied the voucher to a booking", "registered the voucher"]),
                purpose=pick(["to activate it", "to link it to your name", "to release it"]),
                hook=["you have {thing} that was never claimed, you were selected to get it back",
                      "you've been awarded {thing} as a loyal traveler",
                      "as part of our anniversary you've won {thing}"])


def kind_points_expire():
    prog = pick(HOTELS + AIRLINES + STORES)
    pts = pick([12000, 25000, 40000, 56000, 82000, 150000])
    return dict(scenario=pick(["points_expire_read_code", "loyalty_points_expiring_today", "miles_expire_verify_code"]),
                org=f"{prog} {pick(['rewards', 'loyalty desk', 'points center', 'member services'])}",
                thing=f"{words(pts)} points", short="your points",
                fee_name=pick(["transfer fee", "reactivation fee", "redemption fee"]),
                fee=pick([19, 29, 49, 59]),
                done=pick(["moved your points into a gift card", "redeemed the points for you",
                           "converted the points for you"]),
                purpose=pick(["to redeem them", "to save the points", "to verify it's you", "to move them"]),
                hook=["your {thing} are expiring at midnight tonight, that's why i'm calling",
                      "i'm sorry to say your {thing} are about to be deleted today",
                      "we show {thing} on your account that expire in the next hour",
                      "your {thing} will be wiped out tonight because of a system change"])


def kind_fake_cancel_membership():
    amt = pick([149, 199, 299, 349, 399, 499, 599, 799])
    club = pick(["travel elite club", "vacation savers membership", "cruise club membership", "premium miles plan",
                 "hotel vip membership", "trip protection plan", "travel insurance plan", "points protection service"])
    return dict(scenario=pick(["fake_membership_renewal_cancel", "travel_club_autorenew_cancel",
                               "fake_plan_charge_cancel"]),
                org=pick(["member billing services", "the renewals department", "customer accounts",
                          "the billing center"]),
                thing=club, short="the cancellation", fee_name=pick(["reversal fee", "cancellation fee", "refund fee"]),
                fee=pick([19, 29, 49]), amt=amt,
                done=pick(["started the cancellation", "submitted the cancellation form for you",
                           "filled in the refund request for you", "switched you to the basic plan"]),
                cc_q=["does cancelling cost me anything?", "is there a fee to cancel?", "so i won't pay anything?"],
                purpose=pick(["to cancel it", "to stop the charge", "to process the refund", "to confirm the cancellation"]),
                hook=[f"your {{thing}} renews today for {money(amt)}, do you want me to cancel it?",
                      f"i'm calling because you're about to be charged {money(amt)} for your {{thing}}, i can cancel that for you",
                      f"our records show a {{thing}} on your account, it auto renews tomorrow at {money(amt)}, shall i stop it?",
                      f"the free trial of your {{thing}} ends tonight and then it's {money(amt)} a year, most people want to cancel"])


def kind_fake_cancel_booking():
    amt = pick([640, 899, 1250, 1499, 2300, 3100])
    what = pick(["a hotel booking in miami", "a flight to london", "a cruise reservation", "a resort package",
                 "a first class ticket", "two nights at a casino hotel"])
    return dict(scenario=pick(["fake_booking_charge_cancel", "pending_travel_charge_cancel", "duplicate_booking_refund"]),
                org=pick(["the reservations center", "travel billing support", "the fraud prevention team",
                          "booking services"]),
                thing=what, short="the cancellation", fee_name=pick(["reversal fee", "processing fee"]),
                fee=pick([19, 35, 49]), amt=amt,
                done=pick(["started the cancellation", "filed the dispute for you", "put in the refund"]),
                cc_q=["does it cost anything to reverse it?", "is there a fee for that?", "and that's free?"],
                purpose=pick(["to cancel the booking", "to stop the charge", "to reverse the payment"]),
                hook=[f"we see {{thing}} charged to your card for {money(amt)}, was that you? if not i can cancel it",
                      f"there's a pending charge of {money(amt)} for {{thing}}, press one or stay on the line and i'll cancel it",
                      f"i'm calling about {{thing}} for {money(amt)} that's going through today, we can cancel it right now",
                      f"your account shows {{thing}}, {money(amt)}, booked last night, i can reverse that for you"])


DECEPTIVE_KINDS = [(kind_cruise, FR, 5), (kind_prize, FR, 4), (kind_lottery, FR, 3), (kind_loyalty_upgrade, FR, 4),
                   (kind_free_night, FR, 2), (kind_voucher, FR, 3), (kind_points_expire, P, 4),
                   (kind_fake_cancel_membership, FC, 5), (kind_fake_cancel_booking, FC, 4)]


# ---------------------------------------------------------------- tactic modules
def t_cost(call, s):
    call.c(pick(s.get("cc_q") or ["how much is that?", "so what does it cost me?", "is it actually free though?",
                 f"wait, what about the {s['fee_name']}?", "what's the catch, what do i pay?",
                 "and what does that cost", "is there any charge?"]))
    call.a(fmt(pick(["oh it's tiny, honestly not worth worrying about", "it's basically nothing, you won't even notice it",
                     "it depends, we'll sort out the exact number later", "{short} is free, that's the main thing, the {fee_name} is just a formality",
                     "don't worry about the number, it's less than a dinner out",
                     "it's included, well, there's a little something but it's basically included",
                     "your bill stays the same, more or less, it all evens out",
                     "it's nothing extra, really, it's part of what you already have",
                     "it's a gift, there's nothing extra, just the usual small {fee_name}"]), s), CC)
    if maybe(0.45):
        call.c(pick(["i'd like an actual number", "that's not an answer", "more or less?", "how small is small"]))
        call.a(fmt(pick(["i can't really give figures on this line, you'll see it in the confirmation",
                         "it varies, let's not get stuck on that, it's a great deal",
                         "it's a few dollars here and there, nothing you'd notice",
                         "you'll get the breakdown by email after we're done"]), s), CC)


def t_code(call, s):
    call.a(fmt(pick(["so i'm sending a six digit code to your phone now, just read it back to me {purpose}",
                     "you'll get a text in a second with a code, tell me the numbers {purpose}",
                     "what's the code that just came to your phone? i need it {purpose}",
                     "please read me the one time password we just sent you",
                     "i need the four digit pin on your card {purpose}",
                     "check your messages, there's a verification code, read it to me {purpose}",
                     "you'll get an sms code from your bank, that's our partner, just read it to me",
                     "can you forward me the code from the text message, it's {purpose}"]), s), CR)
    r = R.randrange(4)
    call.c(["um, okay, hold on", "it says don't share this with anyone", "why do you need that?",
            "wait, is this the code from my bank?"][r])
    if r == 3 or (r and maybe(0.7)):
        call.a(pick(["that message is automatic, it doesn't apply to us, go ahead and read it",
                     "it's just for verification, the digits please",
                     "yes, that one, read it slowly", "it's totally normal, everyone does it, just read it",
                     "we're the company, it's fine to tell us, go ahead"]), CR)
        call.c(pick(["no, i'm not reading that", "i don't think so", "hmm, no", "i'll call the number on my card instead"]))
    elif r == 0:
        call.a(pick(["take your time", "i'll wait", "no rush, i'm here"]))
        call.c(pick(["actually, no, my bank says never share these", "wait, i don't think i should", "it's, um, no, forget it"]))


def t_consent(call, s):
    call.c(pick(["hmm", "um, i'm not sure", "let me think about it", "uh", "i'd have to ask my husband",
                 "...", "maybe, i don't know", "i'll think about it"]))
    call.a(fmt(pick(["great, i'll take that as a yes, i've {done}", "perfect, i've gone ahead and {done}",
                     "no need to confirm, i've already {done}", "okay, i'm putting you down, i've {done}, you're all set",
                     "i'll fill in the confirmation for you, there, done, i've {done}",
                     "alright, i'll handle it, i've {done} so you don't lose it",
                     "sounds good, i've {done}, no need to do anything else"]), s), CB)
    call.c(pick(["wait, i didn't say yes", "hold on, i didn't agree to that", "what? no", "excuse me? i said i'd think about it"]))
    if maybe(0.5):
        call.a(pick(["it's already in the system, nothing to worry about", "too late, it's processed, it's fine",
                     "don't worry, it's done, i'll just need the card to finish", "it's all set, you don't have to sign anything"]), CB)


def t_push(call, s):
    call.c(pick(["no thanks, i'm not interested", "no, i don't want it", "no", "no, please take me off your list",
                 "i'm going to say no", "not interested, thank you"]))
    call.a(fmt(pick(["this offer ends when we hang up, you won't get it again",
                     "are you sure? i can only hold this for another ten minutes",
                     "listen, just hear me out, it's {thing}, who says no to that",
                     "if you don't do it today it goes to the next person on the list",
                     "i really think you should reconsider, today is the last day",
                     "i'll call back tomorrow then, and the day after, until you say yes",
                     "you'll regret it, honestly, everyone who says no calls back begging",
                     "if you hang up now your file gets closed and you lose everything"]), s), P)
    if maybe(0.4):
        call.c(pick(["i said no", "no means no", "please stop"]))
        call.a(fmt(pick(["just the {fee_name} and it's yours, come on", "one more time, it's {thing}, are you really saying no?",
                         "i'm not hanging up until you give this a real chance"]), s), P)


def t_urgency(call, s):
    call.a(fmt(pick(["you have about twenty minutes before it's gone for good", "we have to do this right now, before midnight",
                     "the system closes your file in one hour, so we need to move fast",
                     "if we don't finish this call it's lost, i can't hold it",
                     "you must decide now, i can't call you back"]), s), P)
    if maybe(0.5):
        call.c(pick(["okay, okay", "that's really fast", "why so rushed?", "hmm"]))


def t_threat(call, s):
    call.a(pick(["if you don't deal with this now your account will be suspended",
                 "if you refuse, this goes to collections and your credit gets hit",
                 "you'll be charged the full amount and it's non refundable, you need to act now",
                 "we'll have to flag your account as fraud if you don't verify today"]), P)
    call.c(pick(["that sounds like a threat", "okay, that's scary", "are you serious?", "i don't believe that"]))


def t_abuse(call, s):
    call.c(pick(["this sounds like a scam", "i don't believe you", "why should i trust you", "stop calling me",
                 "i'm not doing that", "i want to check this myself first", "you're not making sense"]))
    call.a(pick(["are you stupid? i'm trying to help you", "don't waste my time, lady", "wow, you really don't get it, do you",
                 "people like you are the reason nobody wins anything", "honestly, how dumb can you be",
                 "stop being so difficult, it's not that hard", "i don't have time for your nonsense",
                 "listen old man, just do what i tell you", "what's wrong with you? it's simple"]), AB)


TACTICS = {"cc": t_cost, "cr": t_code, "cb": t_consent, "push": t_push, "urg": t_urgency, "threat": t_threat,
           "ab": t_abuse}


def closing_decept(call):
    v = R.randrange(7)
    if v == 0:
        call.c(pick(["i'm hanging up now", "goodbye", "bye", "no, goodbye"]))
    elif v == 1:
        call.c(pick(["i'll call the company myself", "i'm going to call my bank", "i'll check on the website"]))
        if maybe():
            call.a(pick(["okay, your loss", "fine", "alright, have a nice day"]))
    elif v == 2:
        call.c(pick(["don't call me again", "take my number off your list"]))
    elif v == 3:
        call.u("[call ends]")
    elif v == 4:
        call.c(pick(["let me think about it", "can i call you back?"]))
        call.a(pick(["sure, the number is on your caller id", "okay, call back soon", "alright"]))
    elif v == 5:
        call.c(pick(["okay... um, fine", "i guess, okay"]))
        call.a(pick(["great, i'll be in touch", "perfect, you won't regret it"]))
    # v == 6: ends abruptly


def plain_fee_line(call, s):
    call.a(fmt(pick(["you just pay the {fee_name}, that's " + money(s["fee"]) + ", to get started",
                     "you only cover the {fee_name}, which comes to " + money(s["fee"]),
                     "to release it we collect the {fee_name} today, " + money(s["fee"])]), s))


CUST_FIRST = {"cc", "cb", "push", "ab"}
BRIDGES = ["so, can we go ahead?", "okay, so let's get you set up", "so, are we good to continue?",
           "let me just get a few details then", "so what do you say?", "hello? are you still there?",
           "so, shall i continue?", "alright, so where was i"]


def bridge(call):
    """Keep turns alternating: add a neutral agent line if the customer spoke last."""
    if call.turns and call.turns[-1]["speaker"] == "customer":
        call.a(pick(BRIDGES))


def gen_deceptive():
    fn, hook_label, _ = R.choices(DECEPTIVE_KINDS, weights=[w for _, _, w in DECEPTIVE_KINDS])[0]
    s = fn()
    s["cfirst"], s["clast"] = cust_name()
    s["aname"] = pick(AGENT_NAMES)
    call = Call()
    opening(call, s)
    if maybe(0.25):
        call.a(pick(["how's your day going so far?", "hope i'm not catching you at a bad time", "this will only take a minute"]))
        call.c(pick(["fine", "it's okay", "um, it's fine, go ahead", "i'm kind of busy"]))
    call.a(fmt(pick(s["hook"]), s), hook_label)
    if hook_label == FR:
        call.c(pick(["oh, really?", "um, okay", "i don't remember entering anything", "what? how?", "huh", "okay...",
                     "seriously?", "that doesn't sound right", "oh wow"]))
    elif hook_label == FC:
        call.c(pick(["what? i never signed up for that", "um, what charge?", "i don't know what that is", "huh?",
                     "that doesn't sound right", "oh no, really?"]))
    else:
        call.c(pick(["oh no, really?", "oh, i didn't know that", "um, okay", "which points?", "huh, okay",
                     "that doesn't sound right"]))
    if hook_label == FC:
        pool = ["cr", "cr", "cc", "cb", "urg", "threat", "ab"]
        # a second FC line, restating the invented charge
        if maybe(0.5):
            call.a(pick(["it was added automatically with your last booking, most people don't notice",
                         "it's on our system under your name, it starts billing if we don't stop it",
                         "it came bundled as a free trial and now it converts to paid, but i can cancel it for you"]), FC)
            call.c(pick(["i never signed up for anything", "okay, then cancel it", "i don't understand", "hmm"]))
    elif hook_label == P:
        pool = ["cr", "cr", "cr", "cb", "urg", "ab", "threat", "cc"]
    else:
        pool = ["cc", "cc", "cr", "cb", "cb", "push", "push", "urg", "ab"]
    k = R.choice([0, 1, 1, 2, 2, 2, 3, 3, 4])
    chosen = []
    for _ in range(k):
        t = pick(pool)
        if t not in chosen:
            chosen.append(t)
    if hook_label == FR and (not chosen or (maybe(0.35) and "cc" not in chosen)):
        plain_fee_line(call, s)
        call.c(pick(["hmm", "oh", "so it's not free", "okay", "that's a lot", "hmm, i don't know"]))
    # abuse reads most naturally late in the call
    if "ab" in chosen:
        chosen.remove("ab")
        chosen.append("ab")
    if not chosen and hook_label == FC:
        bridge(call)
        call.c(pick(["okay, please cancel it", "um, yes, cancel it"]))
        call.a(pick(["okay, i just need your card number to match the account", "sure, give me your account login and i'll do it"]))
    for t in chosen:
        if t in CUST_FIRST:
            bridge(call)
        elif call.turns[-1]["speaker"] == "agent" and maybe(0.7):
            call.c(pick(["okay", "uh huh", "hmm", "...", "okay?"]))
        TACTICS[t](call, s)
    bridge(call)
    closing_decept(call)
    return s["scenario"], call


# ---------------------------------------------------------------- honest: business calls (hard negatives)
def h_loyalty_free():
    call = Call()
    store = pick(STORES + HOTELS)
    agent = pick(AGENT_NAMES)
    first, last = cust_name()
    reward = pick(["a free coffee", "a ten dollar credit", "a free dessert", "double points this weekend",
                   "a twenty five dollar credit", "free delivery on your next order", "a free car wash",
                   "a free night certificate"])
    call.a(pick([f"hi, is this {first}? this is {agent} from the {store} rewards team",
                 f"hello, {pick(['mister', 'ms.'])} {last}? it's {agent} with {store} member services"]))
    call.c(pick(["yes, hi", "yeah, what's up", "speaking", "um, okay?"]))
    call.a(pick([f"just a quick call, you've got {reward} already on your account, you don't need to do anything",
                 f"you reached a new level this year, so there's {reward} waiting for you, it's already loaded",
                 f"i'm calling to let you know {reward} was added to your card as a thank you, nothing to sign up for"]))
    r = R.randrange(4)
    if r == 0:
        call.c(pick(["what's the catch?", "is there a catch?", "do i have to pay anything?"]))
        call.a(pick(["[laughs] no catch, it's free, nothing to pay and nothing to buy",
                     "nope, it's really free, there's no fee and no subscription",
                     "no, you don't pay anything, it just shows up at checkout"]))
    elif r == 1:
        call.c(pick(["do you need anything from me?", "do you need my card number or something?"]))
        call.a(pick(["no, nothing at all, and we'll never ask for your card number or a code over the phone",
                     "no, we never ask for codes or pins on a call. it's already done on our side"]))
    elif r == 2:
        call.c(pick(["why are you calling me, i don't like these calls", "ugh, i'm busy, what is it", "is this a sales call? i hate those"]))
        call.a(pick(["sorry to bother you, it's not a sale, it's just a free reward, it's already on your account",
                     "i understand, i'll be quick, nothing to buy, the credit is just there for you"]))
        call.c(pick(["fine, okay", "whatever, thanks", "okay, bye"]))
    else:
        call.c(pick(["oh nice", "oh, cool, thanks", "really? great"]))
    if maybe(0.4):
        call.a(pick(["if you want to check, it's in the app under rewards, you can look yourself",
                     "and just so you know, if anyone calls asking for a code to claim this, it isn't us"]))
        call.c(pick(["good to know", "okay", "thanks"]))
    call.a(pick(["that's all, have a great day", "that's it, enjoy", "okay, bye now"]))
    if maybe():
        call.c(pick(["bye", "you too", "thanks, bye"]))
    return pick(["loyalty_genuine_free_reward", "rewards_credit_courtesy_call", "member_thank_you_no_ask"]), call, True


def h_points_expiry_once():
    call = Call()
    prog = pick(AIRLINES + HOTELS)
    pts = pick([5000, 8000, 12000, 20000, 33000])
    date = pick(["june thirtieth", "the end of the month", "march first", "december thirty first", "the fifteenth"])
    call.a(f"hi, this is {pick(AGENT_NAMES)} from {prog} loyalty, just a courtesy call")
    call.c(pick(["okay", "oh, hi", "yes?"]))
    call.a(f"about {words(pts)} of your points expire on {date}. that's the real date, you can see it in your account too")
    call.c(pick(["oh, i didn't know", "okay, what should i do", "hmm, okay"]))
    call.a(pick(["you don't need to do anything with me. if you want to use them, log into the app or website yourself",
                 "you can redeem them in the app, or just make any purchase and they'll stay active. nothing on this call",
                 "no action needed on the phone, and we never ask for codes or passwords when we call"]))
    if maybe(0.5):
        call.c(pick(["can't you just do it for me now?", "could you just redeem them for me?"]))
        call.a(pick(["i'd rather you do it yourself in the app so you choose what you want, it takes a minute",
                     "i can walk you through it, but you'd tap the buttons yourself, i won't need any codes"]))
    call.c(pick(["okay, i'll look tonight", "got it, thanks", "thanks for the heads up"]))
    if maybe():
        call.a(pick(["have a good one", "you're welcome, bye"]))
    return "points_expiry_courtesy_real_date", call, True


def h_travel_budget():
    call = Call()
    agent = pick(AGENT_NAMES)
    agency = pick(["wanderlust travel", "blue compass travel", "happy trails travel", "globe trotter tours",
                   "sunway travel", "atlas journeys", "seven seas travel"])
    dest = pick(["italy", "japan", "portugal", "mexico", "greece", "iceland", "peru", "thailand", "ireland",
                 "new orleans", "alaska", "costa rica"])
    budget = pick([1500, 2000, 2500, 3000, 4000, 5000, 6000, 8000])
    call.a(pick([f"hi, this is {agent} from {agency}, returning your call about {dest}",
                 f"hey, it's {agent} at {agency}, you filled out the form about a trip to {dest}?"]))
    call.c(pick(["oh hi, yes, thanks for calling back", "yes! hi", "oh, right, yeah"]))
    call.a(pick(["so first question, do you have a budget for this trip?",
                 "do you have a budget in mind, so i don't show you stuff you don't want?",
                 "what kind of budget are we working with?"]))
    call.c(pick([f"um, maybe {money(budget)} for the two of us", f"we're trying to stay under {money(budget)}",
                 f"around {words(budget)}, maybe a bit more if it's really nice"]))
    nightly = pick([90, 120, 140, 160, 180, 220])
    flights = pick([350, 480, 650, 800, 950, 1100])
    call.a(pick([f"okay, so flights are running about {money(flights)} each, and hotels there are moderately priced, around {words(nightly)} a night",
                 f"that's doable. mid range hotels are about {money(nightly)} a night, and flights about {words(flights)} per person",
                 f"so, honestly, flights alone are around {money(flights)} each. hotels in the center are about {words(nightly)} a night, they're moderately priced"]))
    if maybe(0.5):
        call.c(pick(["hmm, that's more than i thought", "oh, that's not bad", "what about food and stuff?"]))
        call.a(pick([f"yeah, if you want cheaper, the same trip in the off season is maybe twenty percent less",
                     "food's on you, but it's reasonable, figure fifty a day each",
                     "there's also a cheaper hotel a bit outside the center, reviews are decent"]))
    if maybe(0.5):
        call.c(pick(["okay, yes, let's book the flights and the hotel", "yes, go ahead and book that"]))
        call.a(pick(["great, you said yes, so i'll book both now and email you the total with taxes before i charge anything",
                     "okay, booking it with your yes. you'll get the receipt and the cancellation terms by email"]))
    else:
        call.c(pick(["let me talk to my partner first", "can you email me the options?", "i need to think about it"]))
        call.a(pick(["of course, no pressure, i'll email two options", "sure, nothing's booked, call me whenever you're ready",
                     "totally fine. i'll send it over and you tell me what you like"]))
    call.c(pick(["thanks so much", "great, thank you", "perfect", "okay, bye"]))
    return pick(["travel_agent_budget", "travel_agent_prices_plain", "travel_quote_moderate_prices"]), call, True


def h_hotel_confirm():
    call = Call()
    hotel = pick(["harbor view inn", "lakeside lodge", "the cedar hotel", "riverside suites", "maple court inn",
                  "the pines motel", "bayfront hotel", "old town guesthouse"])
    rate = pick([89, 99, 119, 129, 149, 169, 189, 219])
    nights = pick([1, 2, 3, 4])
    tax = pick([10, 12, 14, 15])
    incoming = maybe()
    if incoming:
        call.a(f"good {pick(['morning', 'afternoon', 'evening'])}, {hotel}, this is {pick(AGENT_NAMES)}")
        call.c(pick([f"hi, do you have a room for {words(nights)} night{'s' if nights > 1 else ''} starting friday?",
                     "hi, i'd like to book a room for next weekend"]))
    else:
        call.a(f"hi, this is {pick(AGENT_NAMES)} from {hotel}, you left a message about a booking?")
        call.c(pick(["yes, for next weekend", "oh yes, for the twelfth", "yeah, thanks for calling back"]))
    call.a(f"sure, i have a {pick(['queen', 'king', 'double', 'twin'])} room at {money(rate)} a night, plus {words(tax)} percent tax")
    if maybe(0.3):
        call.c(pick(["that's kind of pricey", "hmm, anything cheaper?"]))
        call.a(pick(["that's our lowest rate for those dates, sorry. no problem if you want to look around",
                     "that's the cheapest i have, i understand if you want to check elsewhere"]))
    call.c(pick(["okay, what's the total?", "and all together?"]) if maybe(0.6) else pick(["okay", "that's fine"]))
    total = round(rate * nights * (1 + tax / 100))
    call.a(f"for {words(nights)} night{'s' if nights > 1 else ''} it comes to about {money(total)} with tax. would you like me to book it?")
    if maybe(0.25):
        call.c(pick(["hmm", "um"]))
        call.a(pick(["take your time, i'll only book it if you say yes", "no rush, just tell me yes or no"]))
    call.c(pick(["yes, please book it", "yes, go ahead", "yeah, book it", "yes"]))
    call.a(pick(["great, i have your yes, booking it now. you'll get a confirmation email",
                 "okay, booked with your yes. free cancellation up to forty eight hours before",
                 "perfect, it's reserved. nothing is charged until check in, and we'll never ask for a code over the phone"]))
    if maybe(0.6):
        call.c(pick(["thanks", "awesome, thank you", "great"]))
    return pick(["hotel_booking_confirm", "hotel_booking_explicit_yes", "hotel_rate_quote_booking"]), call, True


def h_customer_cancel():
    call = Call()
    what = pick([("hotel reservation", "hotel"), ("flight", "airline"), ("cruise booking", "cruise line"),
                 ("rewards membership", "rewards program"), ("rental car booking", "rental company"),
                 ("tour booking", "tour company")])
    call.a(pick([f"thanks for calling, this is {pick(AGENT_NAMES)}, how can i help",
                 f"{what[1]} customer service, this is {pick(AGENT_NAMES)}"]))
    call.c(pick([f"hi, i need to cancel my {what[0]}", f"hi, um, i'd like to cancel a {what[0]} i made",
                 f"yeah, i want to cancel my {what[0]}, plans changed"]))
    call.a(pick(["sure, can i have your confirmation number?", "no problem, what's the name on the booking?"]))
    call.c(pick(["it's k l seven four two", "it's under " + pick(LAST), "one sec... it's m r nine nine one"]))
    fee = maybe(0.4)
    if fee:
        f = pick([25, 50, 75, 100])
        call.a(f"okay, i see it. since it's inside the cancellation window there's a {money(f)} fee. do you still want to cancel?")
    else:
        call.a("okay, i see it. you're within the free cancellation window, so no charge. do you want me to cancel it?")
    call.c(pick(["yes, cancel it please", "yes", "yeah, go ahead"]))
    call.a(pick(["done, it's cancelled, you'll get an email with the cancellation number",
                 "okay, cancelled as you asked. the refund shows up in five to seven days",
                 "it's cancelled. is there anything else?"]))
    if maybe():
        call.c(pick(["no, that's it, thanks", "thank you", "great, bye"]))
    return "customer_requested_cancellation", call, True


def h_app_code_self():
    call = Call()
    org = pick(AIRLINES + HOTELS + STORES)
    call.a(f"{org} support, this is {pick(AGENT_NAMES)}")
    call.c(pick(["hi, i'm trying to use my points but the app wants a code",
                 "hi, i can't log into my rewards account", "hey, my app is asking for a verification code"]))
    call.a(pick(["okay, you'll get a text with a code. please type it into the app yourself, don't read it to me",
                 "sure, tap send code, and when it arrives enter it in the app. i don't need it, we never ask for codes",
                 "that's normal, it's a security code. just put it in the app, never give it to anyone, including me"]))
    call.c(pick(["okay, typing it... okay, i'm in", "got it... it worked", "one sec... yep, that did it"]))
    call.a(pick(["great, your points are under the rewards tab", "perfect, anything else?", "nice, you're all set"]))
    call.c(pick(["thanks", "that's all, thank you", "great"]))
    return "official_app_code_self_entry", call, True


def h_genuine_prize():
    call = Call()
    org = pick(["the state lottery claims office", "the county fair raffle committee", "the library fundraiser raffle",
                "the radio station prize desk", "the school auction team"])
    prize = pick(["a fifty dollar gift card", "a pair of concert tickets", "a gift basket", "five hundred dollars",
                  "a weekend at the lake cabin", "a new bike"])
    call.a(f"hi, this is {pick(AGENT_NAMES)} from {org}, you entered our drawing?")
    call.c(pick(["oh, yes, i did", "um, yeah, i think so", "i did, at the fair"]))
    call.a(f"well, you won {prize}! congratulations")
    call.c(pick(["no way! do i have to pay anything?", "really? what do i need to do?", "oh wow, is there a fee?"]))
    call.a(pick(["nothing to pay at all. you can pick it up at the office with your ticket stub",
                 "no fee, nothing. we'll mail it to the address on your entry form",
                 "there's no cost, and please don't pay anyone who calls claiming to be us. just come by with your id"]))
    call.c(pick(["amazing, thank you", "that's great, thanks so much", "[laughs] i never win anything"]))
    return pick(["genuine_raffle_win_no_fee", "real_prize_pickup"]), call, True


def h_paid_upgrade_disclosed():
    call = Call()
    ctx = pick([("front desk", "a suite", 60), ("cruise guest services", "a balcony cabin", 45),
                ("airline desk", "an extra legroom seat", 35), ("rental counter", "a bigger car", 15)])
    call.a(f"hi, this is the {ctx[0]}, we have {ctx[1]} available if you'd like to upgrade")
    call.c(pick(["how much?", "is it free?", "oh, what does it cost?"]))
    call.a(f"it's {money(ctx[2])} extra per day. it's not free, i want to be clear about that")
    if maybe():
        call.c(pick(["okay, yes, let's do it", "yes, i'll take it"]))
        call.a(pick(["great, you said yes, i've added it. it'll show on your bill", "done, with your okay, enjoy"]))
    else:
        call.c(pick(["no, we're fine, thanks", "nah, no thanks"]))
        call.a(pick(["no problem at all, enjoy your stay", "totally fine, have a good trip"]))
    return "paid_upgrade_price_disclosed", call, True


def h_rude_customer():
    call = Call()
    org = pick(HOTELS + AIRLINES + ["the travel agency", "the tour desk"])
    call.a(f"hi, this is {pick(AGENT_NAMES)} from {org}, returning your call")
    call.c(pick(["finally, you people took forever", "about time, what kind of service is this",
                 "ugh, yeah, i've been waiting all day"]))
    call.a(pick(["i'm sorry about the wait. how can i help?", "sorry about that, we're swamped. what can i do for you?"]))
    call.c(pick(["my room was disgusting and i want money back", "my flight got changed and nobody told me",
                 "you charged me twice, are you idiots over there?"]))
    call.a(pick(["i'm really sorry. i've refunded the second charge, you'll see it in a few days, you don't need to do anything",
                 "i understand. i've put a forty dollar credit on your account, no strings, and noted the complaint",
                 "that's frustrating, i'm sorry. i can rebook you on the earlier flight at no charge if you want"]))
    call.c(pick(["fine. whatever", "that's it? ugh, okay", "okay, do that then"]))
    call.a(pick(["thanks for your patience, have a good day", "done. again, sorry for the trouble"]))
    return "rude_customer_patient_agent", call, True


def h_polite_followup():
    call = Call()
    call.a(f"hi, it's {pick(AGENT_NAMES)} from {pick(['sunny coast travel', 'horizon tours', 'compass travel'])}, just one follow up on the quote i sent")
    call.c(pick(["oh, right, i haven't decided", "yeah, um, i'm still thinking", "hi, i saw it, i'm not sure yet"]))
    call.a(pick(["no problem. the hotel told me that price holds until friday, that's their date. i won't call again",
                 "totally fine. is there anything you want me to change in it? if not, i'll leave it with you",
                 "sure. just email me whenever, nothing's booked and nothing's charged"]))
    call.c(pick(["thanks, i'll let you know", "okay, thank you", "appreciate it"]))
    return "one_polite_followup", call, True


HONEST_BIZ = [(h_loyalty_free, 5), (h_points_expiry_once, 3), (h_travel_budget, 6), (h_hotel_confirm, 5),
              (h_customer_cancel, 3), (h_app_code_self, 2), (h_genuine_prize, 2), (h_paid_upgrade_disclosed, 2),
              (h_rude_customer, 2), (h_polite_followup, 2)]


# ---------------------------------------------------------------- honest: casual talk (agent = caller)
CASUAL_OPEN = [("hey, what are you up to", ["nothing much, what's up", "just making dinner, what's up", "watching tv, why"]),
               ("hiii, it's me", ["hey you [laughs]", "hi! what's going on", "oh hey"]),
               ("yo", ["yo, what's up", "hey man", "what's good"]),
               ("hi, is this a bad time?", ["no, it's fine, go ahead", "i have like five minutes", "never for you [laughs]"]),
               ("hey sweetie, it's mom", ["hi mom", "hey mom, what's up"]),
               ("hi honey, it's dad", ["hi dad", "hey dad"]),
               ("hey, you got a sec?", ["yeah, what's up", "sure"])]

TOPICS = {
    "dinner": [
        ("a", ["so, dinner {day}, are we still on?", "what are we doing for dinner {day}", "want to grab dinner {day}?"]),
        ("c", ["yes! where", "i'm in, where do you want to go", "um, yeah, as long as it's not that pizza place again [laughs]"]),
        ("a", ["i was thinking {food}", "what about {food}?", "{food}, maybe? i've been craving it all week"]),
        ("c", ["oh yes, perfect", "hmm, we had that last week", "sure, i'm easy"]),
        ("a", ["seven? seven thirty?", "like seven?", "how's seven thirty"]),
        ("c", ["seven thirty works", "seven is good", "make it eight, i get off late"]),
    ],
    "gossip": [
        ("a", ["okay did you hear about {friend}", "so you will not believe what {friend} did", "guess what happened with {friend}"]),
        ("c", ["no, what", "oh no, what now [laughs]", "tell me everything"]),
        ("a", ["{gossip}", "so, {gossip}", "okay so apparently {gossip}"]),
        ("c", ["no way", "stop it", "are you serious?", "[laughs] of course"]),
        ("a", ["i swear", "yep, totally serious", "i heard it from their sister"]),
        ("c", ["that's so {friend} though", "wow, i need the full story later", "i can't believe it"]),
    ],
    "weekend": [
        ("a", ["what are you doing this weekend?", "any plans saturday?", "you free on sunday?"]),
        ("c", ["nothing yet, why", "um, laundry [laughs], why", "not really, what's up"]),
        ("a", ["want to go {activity}?", "i was thinking we could go {activity}", "let's go {activity}, it's supposed to be nice"]),
        ("c", ["oh that sounds fun", "hmm, okay, yeah", "yes, i need to get out of the house"]),
        ("a", ["i'll pick you up at ten", "meet at the usual spot at ten?", "ten o'clock okay?"]),
        ("c", ["ten is good", "make it eleven, i'm sleeping in", "perfect"]),
    ],
    "errand": [
        ("a", ["i'm at the store, do we need anything?", "hey, i'm passing the store, need anything?"]),
        ("c", ["um, milk, and bread", "yes, coffee, we're out", "eggs, and the good cheese", "toilet paper! we're out"]),
        ("a", ["anything else?", "that's it?", "the usual kind?"]),
        ("c", ["and maybe some ice cream [laughs]", "that's it, thanks", "yeah the usual"]),
    ],
    "family_news": [
        ("a", ["so your cousin called", "did grandma tell you the news?", "guess who's visiting next month"]),
        ("c", ["no, what", "what news", "who?"]),
        ("a", ["{family_news}"]),
        ("c", ["oh that's great", "wow, finally", "oh no [laughs]", "that's so nice"]),
        ("a", ["we should all get together", "i'm going to make a cake", "mom is already planning a party"]),
        ("c", ["of course she is [laughs]", "count me in", "yes, let's"]),
    ],
    "borrow": [
        ("a", ["can i borrow your {item} this weekend?", "hey, do you still have that {item}?"]),
        ("c", ["yeah, sure", "of course, when do you need it", "yeah, just bring it back this time [laughs]"]),
        ("a", ["saturday morning?", "i can grab it tonight", "friday after work?"]),
        ("c", ["works for me", "sure, i'll leave it by the door", "okay"]),
    ],
    "pet": [
        ("a", ["the dog ate my sock again", "you have to see what the cat did", "the puppy learned to open the fridge"]),
        ("c", ["[laughs] oh no", "again?", "what did he do"]),
        ("a", ["i came home and there was stuff everywhere", "just, chaos, total chaos", "he looked so proud of himself"]),
        ("c", ["send me a picture", "i love him so much", "[laughs] that's amazing"]),
    ],
    "sports": [
        ("a", ["did you watch the game last night?", "you see that last play?", "can you believe that score"]),
        ("c", ["yes! that ending", "no, i fell asleep, what happened", "don't talk to me about it [laughs]"]),
        ("a", ["overtime, buzzer beater", "we lost by one point", "they came back from twenty down"]),
        ("c", ["unbelievable", "of course we did", "i'm still mad"]),
        ("a", ["we're watching the next one together", "next game at my place?"]),
        ("c", ["deal, i'll bring wings", "yes, i'm bringing snacks"]),
    ],
    "trip_talk": [
        ("a", ["okay, so for the trip, i found a cabin", "i looked at flights for our trip"]),
        ("c", ["ooh, how much", "nice, is it expensive?"]),
        ("a", ["like {price} for the weekend, split four ways", "about {price} each, not terrible"]),
        ("c", ["that's not bad at all", "hmm, a little pricey but okay", "book it, book it"]),
        ("a", ["okay i'll send the link to the group", "i'll put it in the group chat"]),
        ("c", ["perfect", "yay, okay"]),
    ],
}
FILL = {
    "day": ["tonight", "friday", "saturday", "tomorrow", "this weekend"],
    "food": ["thai", "tacos", "sushi", "that new burger place", "indian", "pho", "pizza from tony's", "the korean barbecue spot"],
    "friend": ["jess", "mike", "aunt carol", "the new neighbor", "our old roommate", "kevin from work", "tasha", "uncle ray"],
    "gossip": ["she quit her job and is moving to portugal", "he got a tattoo of his dog, a huge one",
               "they're getting married in vegas next week", "he tried to cook a turkey in the dishwasher",
               "she dyed her hair bright green for a bet", "he bought a boat, and he can't swim",
               "they adopted three more cats", "she ran into her ex at the wedding"],
    "activity": ["hiking", "to the beach", "to the farmers market", "bowling", "to the lake", "thrifting", "to that street fair"],
    "family_news": ["your cousin's having twins", "grandma's turning ninety and wants a big party",
                    "uncle joe is finally retiring", "your sister got into the nursing program",
                    "aunt lisa's coming from texas for two weeks"],
    "item": ["ladder", "drill", "camping stove", "big suitcase", "tent", "folding table", "car"],
    "price": ["six hundred", "four hundred", "two hundred fifty", "eight hundred"],
}
JEST = [
    ("you idiot, you forgot {thing} again [laughs]", ["i know, i know, i'm the worst", "[laughs] okay okay, i'll bring it next time", "ugh, i'm hopeless"]),
    ("you dummy, i told you twice [laughs]", ["[laughs] i wasn't listening", "i know, sorry"]),
    ("you absolute clown [laughs]", ["[laughs] takes one to know one", "guilty"]),
    ("you goof, that's not how you spell it [laughs]", ["[laughs] autocorrect!", "spelling is hard"]),
    ("you're such a dork [laughs]", ["and you love me for it", "[laughs] yeah yeah"]),
    ("wow, you numbskull, you locked yourself out again? [laughs]", ["the door closed by itself!", "[laughs] don't tell mom"]),
    ("you lazy bum, it's two in the afternoon [laughs]", ["it's saturday!", "[laughs] i was resting my eyes"]),
    ("you nerd [laughs], you read the whole manual?", ["someone has to", "[laughs] it was interesting"]),
]
JEST_THING = ["my charger", "the keys", "the tickets", "your wallet", "the cake", "the directions", "my birthday"]
CASUAL_CLOSE = [("okay, see you then", ["see you", "bye", "love you, bye"]),
                ("okay, i gotta go, love you", ["love you too", "bye, love you"]),
                ("alright, talk later", ["later", "bye"]),
                ("okay bye [laughs]", ["bye [laughs]"])]


def fill_topic(text):
    out = text
    for k, v in FILL.items():
        if "{" + k + "}" in out:
            out = out.replace("{" + k + "}", pick(v))
    return out


def h_casual(jest):
    call = Call()
    o = pick(CASUAL_OPEN)
    call.a(o[0])
    call.c(pick(o[1]))
    ntop = pick([1, 1, 2, 2, 3])
    topics = R.sample(sorted(TOPICS), ntop)
    for t in topics:
        lines = TOPICS[t]
        cut = len(lines) if maybe(0.7) else max(2, len(lines) - 2)
        for spk, opts in lines[:cut]:
            txt = fill_topic(pick(opts))
            (call.a if spk == "a" else call.c)(txt)
    scen = "casual_" + "_".join(topics[:2])
    if jest:
        j = pick(JEST)
        pos = pick([2, len(call.turns)])
        jt = {"speaker": "agent", "text": j[0].replace("{thing}", pick(JEST_THING)), "labels": []}
        jr = {"speaker": "customer", "text": pick(j[1]), "labels": []}
        call.turns[pos:pos] = [jt, jr]
        scen = "casual_jest_" + topics[0]
    cl = pick(CASUAL_CLOSE)
    call.a(cl[0])
    if maybe(0.8):
        call.c(pick(cl[1]))
    return scen, call, jest


# ---------------------------------------------------------------- assemble
def make(scenario, call, hn):
    labels = sorted({l for t in call.turns for l in t["labels"]})
    return {"lang": "en", "deceptive": bool(labels), "labels": labels, "turns": call.turns, "source": "writer:08",
            "scenario": scenario, "hard_negative": bool(hn and not labels), "written": "generator"}


def main():
    hand = build_hand.parse()
    N_DEC, N_BIZ, N_CAS, N_JEST = 220, 80, 38, 18
    gen = []
    seen = set()

    def add(rec):
        key = json.dumps(rec["turns"])
        if key in seen:
            return False
        seen.add(key)
        gen.append(rec)
        return True

    n = 0
    while n < N_DEC:
        scen, call = gen_deceptive()
        if 4 <= len(call.turns) <= 30 and add(make(scen, call, False)):
            n += 1
    n = 0
    while n < N_BIZ:
        f = R.choices([f for f, _ in HONEST_BIZ], weights=[w for _, w in HONEST_BIZ])[0]
        scen, call, hn = f()
        if 4 <= len(call.turns) <= 30 and add(make(scen, call, hn)):
            n += 1
    for count, jest in ((N_CAS, False), (N_JEST, True)):
        n = 0
        while n < count:
            scen, call, hn = h_casual(jest)
            if 4 <= len(call.turns) <= 30 and add(make(scen, call, hn)):
                n += 1
    R.shuffle(gen)
    out = []
    for i, c in enumerate(hand + gen, 1):
        out.append({"id": "w08-%04d" % i, **c})
    with open(os.path.join(HERE, "hand.jsonl"), "w", encoding="utf-8") as f:
        for c in out[:len(hand)]:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "calls.jsonl"), "w", encoding="utf-8") as f:
        for c in out:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("hand", len(hand), "generated", len(gen), "total", len(out))


if __name__ == "__main__":
    main()
