"""English and Lithuanian wording for blind21 (written style; asr forms are derived).

`<N EUR>`/`<N GBP>` mark amounts (said as words in asr); `{...}` fields are filled later.
"""

from __future__ import annotations

EN = {
    "agents": ["Imogen", "Callum", "Priya", "Declan", "Harriet", "Rhys"],
    "greet": ["{company}, {agent} speaking, how can I help?", "Hi, you're through to {company}, "
              "my name's {agent}."],
    "ask_card": ["Could I take the long card number, please?", "What's the card number?"],
    "lead": ["Right, it's", "Okay, ready?", "Here you go:", ""],
    "readback": [("Let me read that back:", "— is that right?"), ("So that's", "— correct?")],
    "yes": ["Yes, that's it.", "Yep.", "That's right."],
    "ask_exp": ["And the expiry date?", "When does the card expire?"],
    "ask_cvv": ["And the three digits on the back of the card?", "The security code on the "
                "back, please."],
    "ask_cvv4": ["For Amex it's the four digits on the front, above the number."],
    "exp_parts": ("month", "year"),
    "exp_agent_q": "Month first, then the year?",
    "strip": ("On the signature strip it says", "— oh, you just need the last three?"),
    "strip_ok": "Yes, only the last three.",
    "hold": "Bear with me one moment, the system's frozen — please hold.",
    "hold_back": "Thanks for holding. Carry on, please.",
    "cut_agent": "Hello? You cut out there. From where you stopped, please.",
    "radio": ["traffic on the M6 is queuing for 3 miles", "and it's 12 degrees in Leeds",
              "lines are open until 9 tonight"],
    "radio_wrap": ("[radio in the background: \"", "\"]"),
    "count_q": "I've only got {n} digits. Could you repeat the {ord} group?",
    "group_ord": ["first", "second", "third", "fourth", "fifth"],
    "count_fix": "Oh sorry, I skipped one —",
    "misheard_fix": ["I said", "again"],
    "switch": "— Oh no, hang on, that's the credit card. Let me give you the other one.",
    "switch_ok": "No problem, go ahead.",
    "restart": "— no, I'll lose my place, let me start again:",
    "threes_lead": "I'll do it in threes, easier for me:",
    "holder_q": "And whose name is on the card?",
    "holder_a": ["It's my husband's card —", "It's my sister's card —"],
    "intro": ["Hi, it's {name} here.", "Hello, my name is {name} — I emailed you last week."],
    "addr_agent": ["Thanks, {name}.", "I can see your booking, {name}."],
    "spell_q": "Could you spell your surname for me?",
    "spell_as": "as in",
    "account_q": ["What's your customer reference?", "Which account should the refund go to?"],
    "account_lead": ["Reference", "It's"],
    "phone_q": "What's the best number to reach you on?",
    "email_q": "Which email should the receipt go to?",
    "dob_q": "And your date of birth?",
    "passport_q": "We'll need your passport number for that.",
    "nid_q": "And your National Insurance number, please.",
    "address_q": "What's the address for the visit?",
    "thanks": ["Lovely, thank you.", "Great, that's all booked."],
    "at": "at", "dot": "dot",
    "generic_decoys": [
        "I've got your loyalty card here, it has 13 digits: {ean}.",
        "Collection point: Unit 4, Riverside Retail Park, open 10 till 8.",
        "You've got <15 GBP> off your next order, code WINTER25.",
        "Transfer reference {ref} is still processing, up to 3 working days.",
        "Our branch has moved to 45 Victoria Street, Unit 2, round the back.",
        "The Father Christmas grotto offer runs until 24 December.",
        "Your parcel number is {parcel} and it's on its way.",
    ],
}

LT = {
    "agents": ["Austėja", "Lukas", "Gabija", "Dovydas", "Miglė", "Matas"],
    "greet": ["{company}, {agent}, laba diena.", "{company}, mano vardas {agent}, klausau."],
    "ask_card": ["Padiktuokite, prašom, kortelės numerį.", "Koks kortelės numeris?"],
    "lead": ["Rašykit:", "Taip, numeris", "Tuoj… štai:", ""],
    "readback": [("Tikrinu:", "— teisingai?"), ("Užrašiau:", "— viskas gerai?")],
    "yes": ["Taip, teisingai.", "Taip.", "Aha, taip."],
    "ask_exp": ["Koks galiojimo laikas?", "Iki kada galioja kortelė?"],
    "ask_cvv": ["Ir trys skaitmenys kortelės kitoje pusėje.", "Kodas kitoje kortelės pusėje, "
                "prašom."],
    "ask_cvv4": ["Šiai kortelei — keturi skaitmenys priekinėje pusėje, virš numerio."],
    "exp_parts": ("mėnuo", "metai"),
    "exp_agent_q": "Pirma mėnuo, paskui metai, taip?",
    "strip": ("Ant parašo juostelės parašyta", "— a, jums reikia tik paskutinių trijų?"),
    "strip_ok": "Taip, tik paskutinių trijų.",
    "hold": "Minutėlę, nepadėkite ragelio — sistema užstrigo.",
    "hold_back": "Ačiū, kad palaukėte. Tęskite, prašom.",
    "cut_agent": "Alio? Jus nutraukė. Pakartokite nuo tos vietos.",
    "radio": ["Vilniuje plius 4, vėjas 6 metrai per sekundę", "akcija baigiasi po 20 minučių",
              "kamštis Savanorių prospekte 2 kilometrai"],
    "radio_wrap": ("[fone radijas: „", "“]"),
    "count_q": "Man gavosi {n} skaitmenų. Pakartokite {ord} grupę?",
    "group_ord": ["pirmąją", "antrąją", "trečiąją", "ketvirtąją", "penktąją"],
    "count_fix": "Oi, taip, vienas skaitmuo iškrito —",
    "misheard_fix": ["sakau", "kartoju"],
    "switch": "— Oi, ne, palaukit, čia kreditinė. Duosiu kitą.",
    "switch_ok": "Gerai, diktuokite kitą.",
    "restart": "— ne, susipainiosiu, pradėsiu iš naujo:",
    "threes_lead": "Aš po tris skaitmenis, man taip patogiau:",
    "holder_q": "Kieno vardu išduota kortelė?",
    "holder_a": ["Čia vyro kortelė —", "Čia sesers kortelė —"],
    "intro": ["Laba diena, čia {name}.", "Sveiki, mano vardas {name} — rašiau jums."],
    "addr_agent": ["Klausau, {name}.", "Matau jūsų užsakymą, {name}."],
    "spell_q": "Pavardę paraidžiui, prašom.",
    "spell_as": "kaip",
    "account_q": ["Sutarties numerį pasakykite, prašom.", "Į kokią sąskaitą grąžinti pinigus?"],
    "account_lead": ["Sutartis", "Sąskaita"],
    "phone_q": "Palikite telefono numerį.",
    "email_q": "Kokiu el. paštu atsiųsti čekį?",
    "dob_q": "Gimimo data?",
    "passport_q": "Paso numeris, prašom.",
    "nid_q": "Sutarčiai reikia asmens kodo.",
    "address_q": "Kur atvažiuoti meistrui?",
    "thanks": ["Ačiū, užsirašiau.", "Puiku, įforminu."],
    "at": "eta", "dot": "taškas",
    "generic_decoys": [
        "Turiu jūsų lojalumo kortelę, joje 13 skaitmenų: {ean}.",
        "Atsiėmimo punktas: Ukmergės g. 233, PC „Banginis“, nuo 10 iki 21.",
        "Jums <5 EUR> nuolaida kitam užsakymui, kodas ZIEMA25.",
        "Pervedimas numeriu {ref} dar vykdomas, iki 3 darbo dienų.",
        "Mūsų filialas persikėlė: Laisvės al. 45, Kaunas, įėjimas iš kiemo.",
        "Akcija „Kalėdų senelis ateina“ vyks iki gruodžio 24 d.",
        "Siuntos numeris {parcel} — siunta jau kelyje.",
    ],
}

SETTINGS_EN = {
    "vet": ("Paws and Claws Vets", [
        "Sir Winston the Labrador is booked in at 4:40, booster jab <58 GBP>.",
        "The microchip number on his record is {chip}."]),
    "piano": ("Middle C Tuning", [
        "It's a Broadwood upright, serial {serial}, tuning is <95 GBP>.",
        "My daughter's learning Elgar for the concert on 14 December."]),
    "bike": ("Spoke and Chain", [
        "Frame number {frame}, new chain and brake pads, <64 GBP> all in.",
        "Job sheet {order} is ready, pick up between 11 and 6."]),
    "skipass": ("Snowline Passes", [
        "The pass number on the back is {skipass}, top-up for 3 days.",
        "Lift 4 closes at 4:30, day rate <52 GBP>."]),
    "lang": ("Babel Language School", [
        "The B2 group is Tuesdays at 7, 12 lessons for <240 GBP>.",
        "Conversation club is called Sherlock Holmes, Saturday, room 305."]),
    "solar": ("BrightRoof Solar", [
        "The SIM card in the inverter is {iccid}, the modem's online.",
        "November output was 412 kWh from 18 panels of 450 W."]),
    "print": ("Inkwell Print", [
        "Business cards for Ada Lovelace Consulting, 500 of them, proof number {order}.",
        "Lamination is <12 GBP> extra, ready in 2 days."]),
    "rink": ("Glide Ice Arena", [
        "The rink's at 40 Queen Street, session at 6, skate hire size 9.",
        "An 8-session pass is <72 GBP>."]),
    "aquarium": ("Reef Aquatics", [
        "It's a 240 litre tank, Nemo and Dory are fine, clean every 2 weeks.",
        "Call-out is <45 GBP>, job {order}."]),
    "cathotel": ("Whiskers Cattery", [
        "Lady Marmalade will be in Suite 3 from 20 to 27 December.",
        "Her chip is {chip}, jabs valid until 2026."]),
}

SETTINGS_LT = {
    "vet": ("Veterinarijos klinika „Letena“", [
        "Katinas Ponas Antanas pas mus 16:40, skiepas <35 EUR>.",
        "Mikroschemos numeris gyvūno pase: {chip}."]),
    "piano": ("Derinimas „Kamertonas“", [
        "Pianinas „Petrof“, serijinis numeris {serial}, derinimas <70 EUR>.",
        "Dukra mokosi Čiurlionio koncertui gruodžio 14 d."]),
    "bike": ("Dviračių dirbtuvės „Stipinas“", [
        "Rėmo numeris {frame}, grandinė ir stabdžiai — <48 EUR>.",
        "Užsakymas {order} paruoštas, atsiimti nuo 11 iki 19."]),
    "skipass": ("Slidinėjimo centras „Snieginis“", [
        "Slidinėjimo kortelės numeris kitoje pusėje: {skipass}, papildyti 3 dienoms.",
        "Keltas Nr. 4 veikia iki 16:30, dienos kaina <32 EUR>."]),
    "lang": ("Kalbų mokykla „Poliglotas“", [
        "B2 grupė antradieniais 19:00, 12 pamokų — <180 EUR>.",
        "Pokalbių klubas „Šerlokas Holmsas“ šeštadienį, kabinetas 305."]),
    "solar": ("Saulės energija LT", [
        "SIM kortelės numeris inverteryje: {iccid}, modemas prisijungęs.",
        "Lapkritį pagaminta 412 kWh, 18 modulių po 450 W."]),
    "print": ("Spaustuvė „Atspaudas“", [
        "Vizitinės kortelės UAB „Jonas Basanavičius ir partneriai“, tiražas 500, maketas "
        "{order}.", "Laminavimas +<9 EUR>, bus po 2 dienų."]),
    "rink": ("Čiuožykla „Ledas“", [
        "Čiuožykla Ozo g. 14, seansas 18:00, pačiūžų nuoma 42 dydžio.",
        "Abonementas 8 seansams kainuoja <56 EUR>."]),
    "aquarium": ("Akvariumų servisas „Rifas“", [
        "Akvariumas 240 litrų, žuvytės Nemo ir Dorė sveikos, valymas kas 2 savaites.",
        "Meistro iškvietimas <30 EUR>, užsakymas {order}."]),
    "cathotel": ("Kačių viešbutis „Murklys“", [
        "Katė Ponia Onutė bus „Liukso 3“ kambaryje nuo gruodžio 20 iki 27.",
        "Katės mikroschema {chip}, skiepai galioja iki 2026 m."]),
}

PEOPLE_EN = [
    ("Fiona Gallagher", "Ms Gallagher", "Gallagher"),
    ("Rupert Thorne", "Mr Thorne", "Thorne"),
    ("Nadia Okafor", "Ms Okafor", "Okafor"),
    ("Gareth Pryce", "Mr Pryce", "Pryce"),
    ("Eleanor Vance", "Ms Vance", "Vance"),
    ("Tobias Marsh", "Mr Marsh", "Marsh"),
    ("Shona McLeod", "Ms McLeod", "McLeod"),
    ("Kieran Doyle", "Mr Doyle", "Doyle"),
]
PEOPLE_LT = [
    ("Rūta Žemaitienė", "ponia Rūta", "Žemaitienė"),
    ("Kęstutis Baranauskas", "pone Kęstuti", "Baranauskas"),
    ("Giedrė Rimkutė", "ponia Giedre", "Rimkutė"),
    ("Darius Vaitkus", "pone Dariau", "Vaitkus"),
    ("Aušra Butkienė", "ponia Aušra", "Butkienė"),
    ("Mindaugas Stonys", "pone Mindaugai", "Stonys"),
    ("Eglė Paulauskaitė", "ponia Egle", "Paulauskaitė"),
    ("Vytautas Lukošius", "pone Vytautai", "Lukošius"),
]
SPELL_EN = {"A": "Alfred", "B": "Benjamin", "C": "Charlie", "D": "David", "E": "Edward",
            "F": "Freddie", "G": "George", "H": "Harry", "I": "Isaac", "K": "King",
            "L": "Lucy", "M": "Mary", "N": "Nellie", "O": "Oliver", "P": "Peter",
            "R": "Robert", "S": "Sugar", "T": "Tommy", "U": "Uncle", "V": "Victor",
            "Y": "Yellow", "W": "William"}
SPELL_LT = {"A": "Antanas", "B": "Birutė", "Č": "Čiurlionis", "D": "Dainius", "E": "Elena",
            "Ė": "ėriukas", "G": "Gintaras", "I": "Ignas", "K": "Kazys", "L": "Laima",
            "M": "Marija", "N": "Nijolė", "O": "Ona", "P": "Petras", "R": "Rimas",
            "S": "Saulius", "Š": "Šarūnas", "T": "Tomas", "U": "Urtė", "Ū": "Ūla",
            "V": "Vytautas", "Y": "ilgoji i", "Ž": "Žydrūnas", "Ą": "a nosinė"}
STREETS_EN = ["Albion Road", "Cedar Close", "Wharf Lane", "Kingsmead Avenue"]
STREETS_LT = ["Žirmūnų g.", "Savanorių pr.", "Kalvarijų g.", "Baltupio g."]
