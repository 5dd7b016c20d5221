"""English wording for blind26 whole calls (invented for this set)."""

AGENTS = ["Sophie", "Jack", "Megan", "Daniel", "Olivia", "Liam"]
GREET = [
    "Thank you for calling {company}, my name is {agent}, how can I help?",
    "Good morning, {company}, you're speaking to {agent}.",
    "Hi there, {company}, {agent} speaking. What can I do for you today?",
]
HELLO = ["Hi, hello.", "Oh, hello, yes.", "Morning."]
ACK = ["Okay.", "Right, I see.", "Mm-hm, go on.", "Sure.", "Understood.", "Got it."]
CUST_ACK = ["Yeah.", "Okay.", "Right.", "Fine.", "Sure, okay.", "Alright then."]
HOLD = [
    ("Could you bear with me while I check? It'll take about {minutes}.", "Sure."),
    ("Thanks for holding. I've had a look now.", "Okay, and?"),
    ("One second, the system is a bit slow today.", "No problem."),
]
GENERIC = [
    (
        "Have you contacted us about this before?",
        "Yes, I rang on {date}, they gave me reference {order} but nobody called back.",
    ),
    ("How long has this been going on?", "Since {date}, so about {days} now."),
    (
        "Are you calling from home or from work?",
        "Work, I've got a break until {time}, so if we could be quick.",
    ),
    (
        "So the charge of {money} is one you don't recognise?",
        "That's right, I definitely didn't spend that.",
    ),
    (
        "I'll raise a ticket, the number is {order}. Do you want to note it down?",
        "Hang on, let me find a pen. Okay, go.",
    ),
    (
        "You can also follow it in the app, under section {menu}.",
        "I'm not great with the app, to be honest.",
    ),
    ("These usually take up to {days}.", "That long? Well, fine."),
    ("I can see your last payment was on {date} for {money}.", "Yes, that sounds right."),
    ("I can also offer {pct} off next month for the trouble.", "Well, that's something."),
    (
        "If you need us again, the helpline is {hotline}, it's free to call.",
        "Yes, that's the number I'm calling now.",
    ),
    (
        "I see you chose option {menu} in the menu, is that right?",
        "I just pressed whatever, honestly.",
    ),
    (
        "Is the card ending {ending} your main card?",
        "Yes, the one ending {ending}, I haven't got another.",
    ),
]
CLOSE = [
    (
        "Is there anything else I can help with?",
        "No, that's everything, thanks.",
        "Thanks for calling, have a good day!",
    ),
    ("Any other questions for me?", "I don't think so. Thanks a lot.", "Take care, bye."),
    (
        "Anything else today?",
        "No, that's it, bye.",
        "You may get a short survey after the call. Goodbye!",
    ),
]

SETTINGS = {
    "internet": {
        "companies": ["Fibrelink", "Northwave Broadband"],
        "open": [
            "My internet dropped yesterday at about {time} and the router light is red.",
            "I'm on the Home {big} plan, you promise {speed} and I'm getting {speed2}.",
            "I've restarted the router {n} times and checked all the cables.",
        ],
        "beats": [
            ("What model is the router?", "It says {model} on the bottom."),
            ("Is the WAN light on?", "No, it's off, only {n} of the lights are on."),
            (
                "There's a fault on the line in your area, due to be fixed by {time}.",
                "And will I get anything back for {days} with no internet?",
            ),
            (
                "Could you plug in with a cable and run the speed test again?",
                "Done: {speed}, ping {big} milliseconds, which is hopeless.",
            ),
        ],
        "resolve": [
            "I'll credit {money} and book an engineer for {date} between {time} and {time2}."
        ],
    },
    "power": {
        "companies": ["Brightside Energy", "Northgate Power"],
        "open": [
            "I've had an electricity bill for {money}, I normally pay about {money2}.",
            "I live alone in a small flat, how is that {kwh} in a month?",
            "I sent a reading on {date}, the meter said roughly {big}.",
        ],
        "beats": [
            (
                "Is it a single rate meter or Economy 7?",
                "Economy 7, the cheap rate starts at {time} I think.",
            ),
            (
                "Our last reading is {big} but the engineer's check shows {big2}.",
                "Then the engineer must have misread it.",
            ),
            (
                "The bill was estimated over {months}, which is why it went up.",
                "But I sent readings, I've even got a photo.",
            ),
            ("The unit rate went up by {pct} from {date}.", "Again? That's twice this year."),
        ],
        "resolve": [
            "I'll rebill the account, the new balance will be {money}, you'll see it by {date}."
        ],
    },
    "bank": {
        "companies": ["Harbour Bank", "Kestrel Bank"],
        "open": [
            "I'm in Spain and tried to pay {money} in a shop and the card was declined.",
            "I got a text saying the card was blocked at {time} local time.",
            "I don't fly back until {date} and I've only got {money2} in cash.",
        ],
        "beats": [
            (
                "The payment was flagged because it went over the {money} limit.",
                "I didn't know there was a limit.",
            ),
            (
                "I can raise your overseas limit to {money} for {days}.",
                "Yes please, let's do that.",
            ),
            (
                "I can also see a cash machine attempt for {money}, was that you?",
                "Yes, the machine by the hotel, about {n} minutes ago.",
            ),
            ("There's a {pct} fee for cash abroad, minimum {money}.", "Ouch, but I've no choice."),
        ],
        "resolve": ["I've lifted the block, try the payment again in {minutes}."],
    },
    "roaming": {
        "companies": ["Orbit Mobile", "Skylark Mobile"],
        "open": [
            "I'm travelling, turned on roaming and you've charged me {money} in two days.",
            "I had a {gb} bundle and now it says it's all used.",
            "I've barely used it, just maps and messages.",
        ],
        "beats": [
            ("Which country are you in at the moment?", "Greece, Crete, until {date}."),
            (
                "The Travel {n} bundle lasts {days} and includes {gb}.",
                "The shop told me it was unlimited.",
            ),
            (
                "The {money} was for data outside the bundle, {gb}.",
                "How is it outside the bundle if the bundle was on?",
            ),
            (
                "I can add a daily pass for {money} a day with {gb} each day.",
                "Go on then, just tell me exactly what it'll cost.",
            ),
        ],
        "resolve": ["I've refunded {money} to your balance, the pass starts at {time}."],
    },
    "insurance": {
        "companies": ["Shieldwell Insurance", "Anchor Mutual"],
        "open": [
            "I had a bump on {date} in a car park, I clipped a parked car.",
            "It's not much, a bumper and a headlight, the assessor said about {money}.",
            "I sent the forms in and was told to wait {days}.",
        ],
        "beats": [
            ("Did you buy the policy online or over the phone?", "Online, back in {year}."),
            (
                "The claim was part approved, {money} out of {money2}.",
                "Why only part? Nobody explained anything.",
            ),
            (
                "Wear and tear is taken off, for your car that's {pct}.",
                "The car's only from {year}.",
            ),
            (
                "You can book the repair at our approved garage until {date}.",
                "That garage is {km} from my house.",
            ),
        ],
        "resolve": [
            "I'll pass the complaint on, you'll hear back within {days}, reference {order}."
        ],
    },
    "clinic": {
        "companies": ["Riverside Clinic", "Oakfield Medical Centre"],
        "open": [
            "I need to move my cardiology appointment, it's on {date} at {time}.",
            "I'm at work until {time} that day, I just can't make it.",
            "Also I had bloods taken on {date} and the results aren't in the app.",
        ],
        "beats": [
            (
                "I've got {date} at {time} or {date2} at {time2}.",
                "The second one please, evenings are easier.",
            ),
            (
                "The appointment is {money}, or free if your insurance covers it.",
                "I have cover through work, it should be fine.",
            ),
            ("It's room {big}, on floor {floor}.", "Is the lift working?"),
            (
                "The results came in on {date}, I'll put them in your account.",
                "Thanks, I was getting worried.",
            ),
        ],
        "resolve": [
            "You're booked in, you'll get a reminder the day before, please come {minutes} early."
        ],
    },
    "car": {
        "companies": ["Milestone Motors", "Ridgeway Car Care"],
        "open": [
            "I left the car for a service on {date}, you said {days} and it's been longer.",
            "It's done {big} miles, you were changing the oil and the pads.",
            "Now you're telling me it'll be {money} instead of {money2}.",
        ],
        "beats": [
            (
                "The technician found the brake discs worn, they need replacing.",
                "Why didn't anyone ring me before doing it?",
            ),
            (
                "Not all the parts came in, we're waiting until {date}.",
                "So another {days} without the car?",
            ),
            (
                "Labour is {money} an hour and it'll take {hours}.",
                "Fine, but I'm not paying more than {money}.",
            ),
            ("The car is in bay {n}, you can collect from {time}.", "Okay, I'll come after work."),
        ],
        "resolve": ["I'll agree {pct} off the labour, you can pick it up on {date} after {time}."],
    },
    "shop": {
        "companies": ["Basketful", "HomeTech Direct"],
        "open": [
            "I ordered a hoover, order number {order}, and it's the wrong colour.",
            "I paid {money} plus {money2} delivery and the box was dented as well.",
            "I want to send it back but the website says only within {days}.",
        ],
        "beats": [
            ("Returns are accepted within {days} of delivery.", "I got it on {date}, so I'm fine."),
            (
                "A courier can collect on {date} between {time} and {time2}.",
                "Can it be earlier? I'm at work then.",
            ),
            (
                "The refund goes back within {days} once it's checked.",
                "All {money}, delivery included?",
            ),
            (
                "We could swap it for the {model} for an extra {money}.",
                "No, I don't want a swap, just a refund.",
            ),
        ],
        "resolve": [
            "The return is booked, reference {order}, the courier will call {hours} ahead."
        ],
    },
    "airline": {
        "companies": ["Bluecrest Airways", "Skylane"],
        "open": [
            "I'm flying on {date} at {time} and need to move it a couple of days later.",
            "The ticket was {money}, I think it's the Standard fare.",
            "I've also got a bag of about {kg} and I'm not sure it fits the allowance.",
        ],
        "beats": [
            (
                "Changes on your fare cost {money} plus any fare difference.",
                "And what's the difference if I fly on {date}?",
            ),
            (
                "There's a flight on {date} at {time}, seat {n}A by the window.",
                "Great, I'll take it.",
            ),
            (
                "Your allowance is {kg}, extra weight is {money} per kilo.",
                "I'll have to leave something behind then.",
            ),
            ("Check-in opens {hours} before departure, gate {n}.", "Right, I'll get there early."),
        ],
        "resolve": ["I've moved your booking, the new e-ticket will arrive within {minutes}."],
    },
    "meter": {
        "companies": ["Severn Water", "Meterline Services"],
        "open": [
            "I'm trying to give a water reading but the website shows an error.",
            "The meter says {big}, last month it was {big2}.",
            "And I think the meter check is due on {date}.",
        ],
        "beats": [
            (
                "Readings can be given between the {n} and the {n2} of each month.",
                "Oh, I thought it was any time.",
            ),
            (
                "That's {cubic} this month, above average for your home.",
                "We had builders in, the washing machine ran every day.",
            ),
            (
                "We can replace the meter, the charge is {money}.",
                "How long would the engineer need?",
            ),
            ("The visit takes {hours}, usually between {time} and {time2}.", "Okay, that works."),
        ],
        "resolve": ["I've taken the reading, your bill will be {money}, due by {date}."],
    },
    "municipal": {
        "companies": ["the council contact centre", "City Services"],
        "open": [
            "Our bins haven't been collected for {days}, they're overflowing.",
            "The block has {n} entrances and {floor} floors, that's a lot of people.",
            "And the swings in the playground are broken, I reported it on {date}.",
        ],
        "beats": [
            (
                "Collection for your street is at {time} on Tuesdays and Fridays.",
                "Well, nobody came the last two Fridays.",
            ),
            (
                "There are {n} open reports for your block, the latest from {date}.",
                "So it's not just me complaining.",
            ),
            (
                "The playground repair is scheduled for {date}.",
                "Nothing sooner? There are kids there.",
            ),
            ("The contractor has been fined {money}.", "That doesn't help me much."),
        ],
        "resolve": ["I've logged it, reference {order}, it should be sorted within {days}."],
    },
    "delivery": {
        "companies": ["Swiftpost", "ParcelRun"],
        "open": [
            "My parcel was due on {date} and it's still stuck at the depot.",
            "The tracking number is {order}, it's a birthday present, it's urgent.",
            "I paid {money} for express and it's moving like standard.",
        ],
        "beats": [
            (
                "The parcel is at a depot {km} from you, delayed by the weather.",
                "How much longer then?",
            ),
            (
                "We can deliver on {date} between {time} and {time2}.",
                "Fine, as long as the driver rings {minutes} before.",
            ),
            (
                "It weighs {kg} and it's bulky, so it needs a separate van.",
                "That's no reason to hold it for {days}.",
            ),
            ("I can refund the express difference, {money}.", "Yes please, that's fair."),
        ],
        "resolve": ["I've prioritised it, it'll be with you on {date}, reference {order}."],
    },
}

PII = {
    "card_ask": [
        "Could I take the long card number, please?",
        "What's the card number you'd like to pay with?",
    ],
    "card_give": ["Okay, ready? {card}", "It's {card}", "Right… {card}"],
    "card_first": ["So the first half is {card}"],
    "card_pace": ["Yep, go on.", "Got that, carry on."],
    "card_rest": ["{card} — that's it.", "Then {card}"],
    "card_readback": ["Let me read it back: {card} — is that right?"],
    "card_ok": ["Yes, that's right.", "Yep, correct."],
    "exp_ask": ["And the expiry date?", "What's the expiry on the card?"],
    "exp_give": ["{exp}", "It says {exp}"],
    "cvv_ask": ["And the three digits on the back.", "The security code on the back, please."],
    "cvv_give": ["{cvv}", "It's {cvv}"],
    "pay_done": [
        "That payment of {money} has gone through, you'll get a receipt by text.",
        "Thanks, {money} has been taken.",
    ],
    "name_ask": ["Can I take your full name, please?", "Could you confirm your full name?"],
    "name_give": ["{name}", "It's {name} — I'm the account holder.", "Sure. {name}"],
    "name_thanks": ["Thanks Mr {name} — let me check.", "Okay Mr {name} — one moment."],
    "name_thanks_f": ["Thanks Ms {name} — let me check.", "Okay Mrs {name} — one moment."],
    "dob_ask": ["And your date of birth?", "Can you confirm your date of birth?"],
    "dob_give": ["{dob}", "It's {dob}", "{dob} — got that?"],
    "pass_ask": ["I'll need your passport number.", "Could you read me the passport number?"],
    "pass_give": ["{doc}", "The number is {doc}"],
    "id_ask_uk_ni": ["For security, can I take your National Insurance number?"],
    "id_ask_us_ssn": ["For the US account I need your Social Security number."],
    "id_give": ["{doc}", "Right… {doc}"],
    "id_ok": ["Thanks, that all matches.", "Great, you're verified."],
    "addr_ask": ["What's the address we should come to?", "Could you confirm the address?"],
    "addr_give": ["{addr}", "It's {addr} — in Leeds."],
    "floor_q": ["Which floor, and is there a buzzer?"],
    "floor_a": ["Floor {floor}, entrance {n}, the lift's broken."],
    "phone_ask": ["What's the best number to call you back on?", "Can I take a contact number?"],
    "phone_give": ["{phone}", "My mobile is {phone}"],
    "phone_readback": ["So that's {phone} — yes?"],
    "phone_ok": ["Yes, that's it.", "Correct."],
    "email_ask": [
        "Can I take an email address for the confirmation?",
        "Where should I email the paperwork?",
    ],
    "email_give": ["{email}", "It's {email}"],
    "email_ok": ["Sent, check your junk folder too."],
    "acct_ask": ["Can I take your account number?", "What's the policy number, please?"],
    "acct_give": ["{acct}", "The account number is {acct} — it's on the top of the letter."],
    "iban_ask": ["Which account should the refund go to? I'll need the IBAN."],
    "rel_give": [
        ("f", "The account's actually in my mum's name, she's {name} — she's here with me."),
        ("m", "My husband booked it, {name} — but he's at work so I'm calling."),
        ("m", "The flat is in my son's name, {name} — he's away at the moment."),
    ],
    "rel_ack": ["Okay, then I'll need the holder's permission.", "Understood, I'll note that."],
}

# places and brands named after people: never PII
NAMED = [
    (
        "Where do you usually collect parcels?",
        "From the locker by the Victoria line entrance, next to the Sainsbury's.",
    ),
    ("Whereabouts are you now?", "Driving down Nelson Road, past the Churchill Arms."),
    ("Which branch did you visit?", "The one on King Edward Street, opposite the Wellington."),
]
