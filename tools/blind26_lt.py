"""Lithuanian wording for blind26 whole calls (invented for this set, no native review)."""

AGENTS = ["Greta", "Simona", "Monika", "Rasa", "Agnė"]
GREET = [
    "{company}, mano vardas {agent}, kuo galiu padėti?",
    "Laba diena, {company}, operatorė {agent}. Klausau.",
    "Sveiki, {company}, kalba {agent}.",
]
HELLO = ["Laba diena.", "Alio, taip, sveiki.", "Sveiki."]
ACK = ["Gerai.", "Supratau.", "Taip, klausau.", "Tęskite.", "Aišku.", "Mhm."]
CUST_ACK = ["Taip.", "Gerai.", "Aha, supratau.", "Aišku.", "Na gerai."]
HOLD = [
    ("Prašau neatsijungti, patikrinsiu, užtruks apie {minutes}.", "Laukiu."),
    ("Ačiū, kad palaukėte. Viską peržiūrėjau.", "Na, ir kas ten?"),
    ("Viena sekundė, sistema lėtai veikia.", "Nieko tokio."),
]
GENERIC = [
    (
        "Ar jau kreipėtės dėl šio klausimo?",
        "Taip, skambinau {date}, davė kreipinio numerį {order}, bet niekas nepaskambino.",
    ),
    ("Nuo kada tai tęsiasi?", "Maždaug nuo {date}, jau {days}."),
    ("Skambinate iš namų ar iš darbo?", "Iš darbo, pertrauka iki {time}, tai jei galima greičiau."),
    (
        "Ar teisingai suprantu, kad {money} suma jums nežinoma?",
        "Taip, tokios sumos tikrai neišleidau.",
    ),
    ("Užregistruosiu prašymą, numeris {order}. Užsirašysite?", "Sekundę, rasiu rašiklį. Rašau."),
    (
        "Būseną galite sekti programėlėje, skiltyje {menu}.",
        "Su programėle nelabai draugauju, man paprasčiau telefonu.",
    ),
    ("Nagrinėjimas paprastai trunka iki {days}.", "Taip ilgai? Na gerai."),
    ("Matau, kad paskutinis mokėjimas buvo {date}, {money}.", "Taip, panašu į tiesą."),
    ("Galiu pasiūlyti {pct} nuolaidą kitam mėnesiui.", "Nors kažkas, ačiū."),
    ("Jei ką, mūsų informacinė linija {hotline}, skambutis nemokamas.", "Taip, ja ir skambinu."),
    ("Meniu pasirinkote {menu} punktą, teisingai?", "Spaudžiau viską iš eilės, atvirai."),
    (
        "Ar kortelė, kurios pabaiga {ending}, yra jūsų pagrindinė?",
        "Taip, ta su {ending} pabaiga, kitos neturiu.",
    ),
]
CLOSE = [
    (
        "Ar galiu dar kuo nors padėti?",
        "Ne, ačiū, tai viskas.",
        "Ačiū, kad skambinote, geros dienos!",
    ),
    ("Ar liko klausimų?", "Lyg ir ne. Labai ačiū.", "Viso gero."),
    (
        "Ar dar kažko reikia šiandien?",
        "Ne, viskas, viso gero.",
        "Po skambučio galėsite įvertinti pokalbį. Viso gero!",
    ),
]

SETTINGS = {
    "internet": {
        "companies": ["„Tinklas Plius“", "interneto tiekėjas „Banga“"],
        "open": [
            "Internetas dingo dar vakar apie {time}, maršrutizatorius mirksi raudonai.",
            "Mano planas „Namai {big}“, žadėjote {speed}, o dabar matuoju {speed2}.",
            "Jau {n} kartus perkroviau maršrutizatorių, laidus patikrinau.",
        ],
        "beats": [
            ("Koks maršrutizatoriaus modelis?", "Ant dugno parašyta {model}."),
            ("Ar dega WAN lemputė?", "Ne, užgesusi, dega tik {n} kraštinės."),
            (
                "Jūsų rajone linijos gedimas, sutvarkys iki {time}.",
                "O kompensaciją už {days} be interneto kas nors padarys?",
            ),
            (
                "Pabandykite prisijungti laidu ir pamatuoti dar kartą.",
                "Padariau: {speed}, ping {big} milisekundžių.",
            ),
        ],
        "resolve": [
            "Perskaičiuosiu {money} ir užregistruosiu meistrą {date} nuo {time} iki {time2}."
        ],
    },
    "power": {
        "companies": ["„Elektra Namams“", "energijos tiekėjas „Šviesa“"],
        "open": [
            "Gavau sąskaitą už elektrą {money}, paprastai moku apie {money2}.",
            "Gyvenu vienas, butas mažas, iš kur {kwh} per mėnesį, nesuprantu.",
            "Rodmenis deklaravau {date}, skaitiklyje buvo apie {big}.",
        ],
        "beats": [
            (
                "Koks jūsų skaitiklis, vienos ar dviejų laiko zonų?",
                "Dviejų, naktinis tarifas lyg nuo {time}.",
            ),
            (
                "Paskutiniai deklaruoti rodmenys {big}, o kontrolinis patikrinimas rodo {big2}.",
                "Tai kontrolierius turbūt suklydo.",
            ),
            (
                "Priskaičiuota pagal vidurkį už {months}, todėl suma išaugo.",
                "Bet aš deklaravau, turiu net ekrano nuotrauką.",
            ),
            ("Tarifas nuo {date} padidėjo {pct}.", "Vėl? Jau antrą kartą per metus."),
        ],
        "resolve": [
            "Užregistruosiu perskaičiavimą, nauja mokėtina suma bus {money}, matysite iki {date}."
        ],
    },
    "bank": {
        "companies": ["bankas „Šiaurės“", "„Finansų Plius“ bankas"],
        "open": [
            "Esu Ispanijoje, norėjau sumokėti parduotuvėje {money}, o kortelę atmetė.",
            "Gavau SMS, kad kortelė užblokuota, {time} vietos laiku.",
            "Skrendu atgal tik {date}, o grynųjų turiu {money2}.",
        ],
        "beats": [
            (
                "Operacija pažymėta kaip įtartina, suma viršijo {money} limitą.",
                "Nežinojau, kad yra limitas.",
            ),
            (
                "Limitą operacijoms užsienyje galiu padidinti iki {money} {days}.",
                "Taip, padidinkime, prašau.",
            ),
            (
                "Matau dar bandymą išsiimti {money} bankomate, ar tai jūs?",
                "Taip, aš, bankomatas prie viešbučio, prieš {n} minučių.",
            ),
            (
                "Mokestis už grynuosius užsienyje {pct}, mažiausiai {money}.",
                "Brangu, bet neturiu pasirinkimo.",
            ),
        ],
        "resolve": ["Blokavimą panaikinau, pabandykite pakartoti po {minutes}."],
    },
    "roaming": {
        "companies": ["operatorius „Mobilus“", "„TeleTiltas“"],
        "open": [
            "Esu kelionėje, įjungiau tarptinklinį ryšį ir per dvi dienas nuskaitė {money}.",
            "Turėjau {gb} paketą, o dabar rašo, kad viskas išnaudota.",
            "Beveik nesinaudojau, tik žemėlapius ir žinutes.",
        ],
        "beats": [
            ("Kurioje šalyje dabar esate?", "Portugalijoje, Lisabonoje, iki {date}."),
            (
                "Paketas „Kelionė {n}“ galioja {days} ir apima {gb}.",
                "Parduotuvėje sakė, kad neribotas.",
            ),
            (
                "{money} nuskaityta už duomenis ne pagal paketą, {gb}.",
                "Kaip ne pagal paketą, jei paketas buvo įjungtas?",
            ),
            (
                "Galiu įjungti paros paslaugą už {money}, kasdien {gb}.",
                "Gerai, tik pasakykite tiksliai, kiek kainuos.",
            ),
        ],
        "resolve": ["Grąžinau {money} į sąskaitą, paslauga įsijungs {time}."],
    },
    "insurance": {
        "companies": ["draudimo bendrovė „Atrama“", "„Garantas“"],
        "open": [
            "Patekau į eismo įvykį {date} aikštelėje, užkabinau stovintį automobilį.",
            "Žala nedidelė, buferis ir žibintas, vertintojas sakė apie {money}.",
            "Dokumentus pateikiau, liepė laukti {days}.",
        ],
        "beats": [
            ("Polisą įsigijote internetu ar skyriuje?", "Internetu, dar {year} metais."),
            (
                "Išmoka patvirtinta iš dalies, {money} iš {money2}.",
                "Kodėl iš dalies? Niekas nieko nepaaiškino.",
            ),
            (
                "Įvertinamas detalių nusidėvėjimas, jūsų automobiliui {pct}.",
                "Automobilis {year} metų, koks ten nusidėvėjimas.",
            ),
            ("Siuntimą remontui galite gauti iki {date}.", "Tas servisas man už {km} nuo namų."),
        ],
        "resolve": [
            "Perduosiu pretenziją, atsakymą gausite per {days}, kreipinio numeris {order}."
        ],
    },
    "clinic": {
        "companies": ["klinika „Sveikata Šalia“", "medicinos centras „Gydytojas“"],
        "open": [
            "Reikia perkelti vizitą pas kardiologą, buvau užsiregistravęs {date} {time}.",
            "Tą dieną dirbu iki {time}, niekaip nespėsiu.",
            "Ir dar kraujo tyrimus daviau {date}, o rezultatų programėlėje nėra.",
        ],
        "beats": [
            (
                "Yra laisvas laikas {date} {time} arba {date2} {time2}.",
                "Antrą variantą, vakare patogiau.",
            ),
            (
                "Vizitas kainuoja {money}, su draudimu nemokamai.",
                "Turiu draudimą per darbą, turėtų dengti.",
            ),
            ("Kabinetas {big}, aukštas {floor}.", "Ar liftas veikia?"),
            ("Rezultatai gauti {date}, įkelsiu į paskyrą.", "Ačiū, jau nerimavau."),
        ],
        "resolve": ["Užregistravau, dieną prieš gausite priminimą, atvykite {minutes} anksčiau."],
    },
    "car": {
        "companies": ["autoservisas „Variklis“", "„AutoMiestas“"],
        "open": [
            "Palikau automobilį techninei priežiūrai {date}, žadėjo per {days}, jau ilgiau.",
            "Rida pagal odometrą {big}, keitė alyvą ir trinkeles.",
            "O dabar skambina ir sako, kad bus {money}, o ne {money2}.",
        ],
        "beats": [
            (
                "Meistras rado nusidėvėjusius stabdžių diskus, būtina keisti.",
                "Kodėl man nepaskambino prieš darant?",
            ),
            ("Ne visos dalys atkeliavo, laukiame iki {date}.", "Tai dar {days} be automobilio?"),
            (
                "Darbo valanda {money}, darbas užtruks {hours}.",
                "Gerai, bet daugiau nei {money} nemokėsiu.",
            ),
            (
                "Automobilis stovi {n} aikštelėje, atsiimti galima nuo {time}.",
                "Gerai, atvažiuosiu po darbo.",
            ),
        ],
        "resolve": ["Suderinsiu {pct} nuolaidą darbams, automobilį atsiimsite {date} po {time}."],
    },
    "shop": {
        "companies": ["internetinė parduotuvė „Krepšys“", "„Technikos Namai“"],
        "open": [
            "Užsisakiau dulkių siurblį, užsakymo numeris {order}, atvežė ne tos spalvos.",
            "Sumokėjau {money}, pristatymas dar {money2}, o dėžė dar ir sulamdyta.",
            "Noriu grąžinti, o svetainėje rašo, kad grąžinti galima tik per {days}.",
        ],
        "beats": [
            ("Grąžinti galima per {days} nuo gavimo.", "Gavau {date}, tai spėju."),
            (
                "Kurjeris gali paimti prekę {date} nuo {time} iki {time2}.",
                "O anksčiau negalima? Tuo metu dirbu.",
            ),
            ("Pinigai grįš per {days} po patikrinimo.", "Visi {money}, su pristatymu?"),
            (
                "Galime pasiūlyti keitimą į {model} su {money} priemoka.",
                "Ne, keisti nenoriu, tiesiog grąžinkite pinigus.",
            ),
        ],
        "resolve": [
            "Grąžinimas užregistruotas, numeris {order}, kurjeris paskambins prieš {hours}."
        ],
    },
    "airline": {
        "companies": ["oro linijos „Sparnai“", "„DangausLinija“"],
        "open": [
            "Mano skrydis {date} {time}, reikia perkelti porai dienų vėliau.",
            "Bilietą pirkau už {money}, tarifas lyg „Standartinis“.",
            "Dar turiu {kg} bagažo, nežinau, ar tilps į normą.",
        ],
        "beats": [
            (
                "Keitimas jūsų tarifu kainuoja {money} ir kainų skirtumas.",
                "O koks skirtumas, jei skrisčiau {date}?",
            ),
            ("{date} yra skrydis {time}, vieta {n}A prie lango.", "Puiku, imu."),
            ("Bagažo norma {kg}, viršijus {money} už kilogramą.", "Teks kažką palikti."),
            (
                "Registracija prasideda likus {hours} iki skrydžio, vartai {n}.",
                "Supratau, atvyksiu anksčiau.",
            ),
        ],
        "resolve": ["Perkėliau bilietą, naujas elektroninis bilietas ateis per {minutes}."],
    },
    "meter": {
        "companies": ["„Vilniaus vandenys“", "atsiskaitymų centras „Apskaita“"],
        "open": [
            "Noriu deklaruoti vandens rodmenis, o savitarnoje klaida.",
            "Šalto vandens {big}, karšto {big2}, čia už praėjusį mėnesį.",
            "Ir skaitiklio patikra lyg baigiasi {date}.",
        ],
        "beats": [
            (
                "Rodmenys priimami nuo {n} iki {n2} kiekvieno mėnesio dienos.",
                "O aš maniau, kad iki mėnesio galo.",
            ),
            (
                "Suvartojimas {cubic} per mėnesį, daugiau nei įprasta.",
                "Buvo remontas, skalbimo mašina sukosi kasdien.",
            ),
            (
                "Skaitiklio keitimą galime užsakyti, kaina {money}.",
                "O kiek laiko meistras užtruks?",
            ),
            ("Meistras dirba {hours}, paprastai nuo {time} iki {time2}.", "Gerai, man tinka."),
        ],
        "resolve": ["Rodmenis priėmiau, priskaičiuota bus {money}, sąskaita ateis iki {date}."],
    },
    "municipal": {
        "companies": ["savivaldybės informacijos centras", "seniūnija"],
        "open": [
            "Mūsų kieme jau {days} neišveža šiukšlių, konteineriai perpildyti.",
            "Namas didelis: laiptinių {n}, aukštų {floor}, žmonių daug.",
            "Ir vaikų aikštelėje sulūžusios sūpynės, rašiau {date}.",
        ],
        "beats": [
            (
                "Išvežimas pagal grafiką {time} antradieniais ir penktadieniais.",
                "Jau du penktadienius niekas neatvažiavo.",
            ),
            (
                "Atidarytų prašymų jūsų namui: {n}, paskutinis {date}.",
                "Vadinasi, ne aš vienas skundžiuosi.",
            ),
            ("Aikštelės remontas suplanuotas {date}.", "O anksčiau niekaip? Ten vaikai."),
            ("Rangovui skirta {money} bauda.", "Man nuo to nė kiek ne lengviau."),
        ],
        "resolve": ["Užregistravau kreipimąsi, numeris {order}, įvykdymo terminas {days}."],
    },
    "delivery": {
        "companies": ["kurjerių tarnyba „Greitasis“", "„SiuntųLinija“"],
        "open": [
            "Siuntą žadėjo atvežti {date}, o ji vis dar rūšiavimo centre.",
            "Siuntos numeris {order}, ten gimtadienio dovana, labai skubu.",
            "Sumokėjau {money} už skubų pristatymą, o ji keliauja kaip paprasta.",
        ],
        "beats": [
            ("Siunta sandėlyje už {km} nuo jūsų, vėluoja dėl oro sąlygų.", "Ir kiek dar laukti?"),
            (
                "Pristatyti galime {date} nuo {time} iki {time2}.",
                "Gerai, tik tegul kurjeris paskambina prieš {minutes}.",
            ),
            (
                "Siunta sveria {kg}, didelių matmenų, todėl atskiras automobilis.",
                "Tai ne priežastis vėluoti {days}.",
            ),
            (
                "Galiu grąžinti skubaus pristatymo skirtumą, {money}.",
                "Taip, grąžinkite, bus sąžininga.",
            ),
        ],
        "resolve": ["Suteikiau prioritetą, siunta bus pas jus {date}, kreipinio numeris {order}."],
    },
}

PII = {
    "card_ask": [
        "Pasakykite, prašau, kortelės numerį apmokėjimui.",
        "Padiktuokite kortelės, kuria mokėsite, numerį.",
    ],
    "card_give": ["Gerai, rašykite: {card}", "Numeris {card}", "Tuoj… {card}"],
    "card_first": ["Taigi, pirma pusė: {card}"],
    "card_pace": ["Taip, toliau.", "Užsirašiau, tęskite."],
    "card_rest": ["{card} — viskas.", "Ir toliau {card}"],
    "card_readback": ["Tikrinu: {card} — teisingai?"],
    "card_ok": ["Taip, teisingai.", "Taip, viskas gerai."],
    "exp_ask": ["Kortelės galiojimo data?", "Kokia galiojimo data nurodyta kortelėje?"],
    "exp_give": ["{exp}", "Parašyta {exp}"],
    "cvv_ask": ["Ir trys skaitmenys kitoje pusėje.", "Pasakykite kodą kitoje kortelės pusėje."],
    "cvv_give": ["{cvv}", "Kodas {cvv}"],
    "pay_done": [
        "Mokėjimas {money} atliktas, kvitą gausite SMS žinute.",
        "Ačiū, {money} nuskaityta.",
    ],
    "name_ask": ["Pasakykite, prašau, savo vardą ir pavardę.", "Kaip jūsų vardas ir pavardė?"],
    "name_give": ["{name}", "Mano vardas {name} — sutartis mano vardu.", "Taip. {name}"],
    "dob_ask": ["Jūsų gimimo data?", "Patvirtinkite, prašau, gimimo datą."],
    "dob_give": ["{dob}", "Gimiau {dob} — užsirašėte?"],
    "pass_ask": ["Padiktuokite paso numerį.", "Reikės jūsų paso numerio."],
    "pass_give": ["{doc}", "Paso numeris {doc}"],
    "id_ask": ["Patikrinimui pasakykite asmens kodą.", "Padiktuokite savo asmens kodą."],
    "id_give": ["{doc}", "Taip… {doc}"],
    "id_ok": ["Ačiū, duomenys sutampa.", "Puiku, tapatybė patvirtinta."],
    "addr_ask": ["Kokiu adresu atvykti?", "Patikslinkite adresą, prašau."],
    "addr_give": ["{addr}", "Adresas {addr} — tai Kaune."],
    "floor_q": ["Aukštas ir laiptinė?"],
    "floor_a": ["Laiptinė {n}, aukštas {floor}, liftas neveikia."],
    "phone_ask": ["Kokiu numeriu jums perskambinti?", "Palikite kontaktinį numerį."],
    "phone_give": ["{phone}", "Mano mobilusis {phone}"],
    "phone_readback": ["Užsirašiau: {phone} — teisingai?"],
    "phone_ok": ["Taip, teisingai.", "Viskas gerai."],
    "email_ask": [
        "Padiktuokite el. pašto adresą, ten ateis aktas.",
        "Kur atsiųsti patvirtinimą? Reikia el. pašto.",
    ],
    "email_give": ["{email}", "Rašykite: {email}"],
    "email_ok": ["Išsiunčiau, patikrinkite ir šlamšto aplanką."],
    "acct_ask": ["Pasakykite mokėtojo kodą.", "Padiktuokite sutarties numerį."],
    "acct_give": ["{acct}", "Sutarties numeris {acct} — jis sąskaitos viršuje."],
    "iban_ask": ["Į kurią sąskaitą grąžinti pinigus? Reikės IBAN."],
    "rel_give": [
        ("f", "Sutartis iš tikrųjų mamos vardu, ji {name} — sėdi šalia."),
        ("m", "Užsakė vyras, {name} — bet skambinu aš, jis darbe."),
        ("m", "Butas užrašytas sūnui, {name} — jis dabar komandiruotėje."),
    ],
    "rel_ack": ["Gerai, tada reikės savininko sutikimo.", "Supratau, pasižymėsiu."],
}

# places and brands named after people: never PII
NAMED = [
    (
        "Iš kur paprastai atsiimate siuntas?",
        "Iš paštomato prie Gedimino prospekto, šalia „Maximos“.",
    ),
    ("Kur dabar esate?", "Važiuoju Maironio gatve, pro Vytauto Didžiojo universitetą."),
    ("Kuriame skyriuje lankėtės?", "Tame, kuris Kudirkos aikštėje."),
]
