"""Phrase tables for the blind12 redaction set: settings, questions, lead-ins, decoys.

Templates are written once in written style; the generator lower-cases them and strips
punctuation for the ASR style. `{x}` marks where a value (entity or decoy) goes.
"""

from __future__ import annotations

SETTINGS = {
    "ru": [
        ("Автошкола «Пилот»", "Хочу записаться на практическое вождение."),
        ("Стоматология «Доктор Зубов»", "Мне нужно перенести приём к гигиенисту."),
        ("Прокат лыж «Эльбрус»", "Хочу забронировать комплект на выходные."),
        ("Ритуальная служба «Память»", "Нам нужно оформить договор на похороны."),
        ("Приёмная комиссия университета", "Я по поводу подачи документов на заочное."),
        ("Горгаз, служба показаний", "Хочу передать показания счётчика."),
        ("Служба розыска багажа", "У меня не прилетел чемодан."),
        ("Отель «Александр Невский»", "Мне пришло письмо о брони, которой я не делал."),
        ("Благотворительный фонд «Вера»", "Хочу оформить ежемесячное пожертвование."),
        ("Фитнес-клуб «Атлант»", "Хочу заморозить абонемент."),
        ("Автосалон «Мария-Авто»", "Я насчёт кредита на машину."),
        ("Криптобиржа «Кристалл»", "У меня заблокировали вывод средств."),
        ("ЖСК «Берёзка», бухгалтерия", "Я по поводу взносов за квартиру."),
    ],
    "uk": [
        ("Автошкола «Кермо»", "Хочу записатися на практичне заняття."),
        ("Стоматологія «Пані Марія»", "Треба перенести візит до лікаря."),
        ("Прокат лиж «Буковель Спорт»", "Хочу забронювати лижі на суботу."),
        ("Ритуальна служба «Спокій»", "Нам треба оформити поховання."),
        ("Приймальна комісія університету", "Я щодо вступу на магістратуру."),
        ("Газзбут, передача показників", "Хочу передати показники лічильника."),
        ("Служба пошуку багажу", "Мій багаж не прибув до Львова."),
        ("Благодійний фонд «Богдан»", "Хочу робити щомісячний внесок."),
        ("Спортклуб «Олімп»", "Хочу продовжити абонемент."),
        ("Податкова, гаряча лінія", "Я щодо декларації."),
        ("Криптобіржа «Гривна Плюс»", "Мені заблокували виведення коштів."),
    ],
    "en": [
        ("Greenfield Driving School", "I'd like to book a lesson."),
        ("Smile Dental Practice", "I need to move my check-up."),
        ("Alpine Ski Hire", "I want to reserve skis for next week."),
        ("Hartley & Sons Funeral Directors", "We need to arrange a funeral for my father."),
        ("University Admissions Office", "I'm calling about my application."),
        ("Northern Gas meter line", "I want to give a meter reading."),
        ("Airline baggage services", "My suitcase didn't arrive."),
        ("The Victoria Hotel", "I got a booking confirmation I never made."),
        ("St Martin's Charity", "I'd like to set up a monthly donation."),
        ("Peak Fitness Gym", "I want to freeze my membership."),
        ("HMRC tax helpline", "I'm calling about my tax return."),
        ("Jackson Motors finance", "It's about the car loan."),
    ],
    "lt": [
        ("Vairavimo mokykla „Ratas“", "Norėčiau užsiregistruoti į vairavimo pamoką."),
        ("Odontologijos klinika „Šypsena“", "Reikia perkelti vizitą pas gydytoją."),
        ("Slidinėjimo nuoma „Snow Arena“", "Noriu išsinuomoti slides savaitgaliui."),
        ("Laidojimo paslaugos „Rimtis“", "Reikia sudaryti sutartį laidotuvėms."),
        ("Universiteto priėmimo komisija", "Skambinu dėl stojimo dokumentų."),
        ("Dujų tiekėjas, rodmenų linija", "Noriu pranešti skaitiklio rodmenis."),
        ("Bagažo paieškos tarnyba", "Neatskrido mano lagaminas."),
        ("Labdaros fondas „Jonas ir Ona“", "Noriu kas mėnesį aukoti."),
        ("Sporto klubas „Gintaras“", "Noriu įšaldyti narystę."),
        ("VMI informacijos linija", "Skambinu dėl deklaracijos."),
        ("Automobilių salonas „Vytautas Motors“", "Skambinu dėl paskolos automobiliui."),
    ],
}

AGENT_NAMES = {
    "ru": ["Анна", "Денис", "Екатерина", "Илья", "Юлия", "Максим"],
    "uk": ["Ірина", "Дмитро", "Марта", "Назар"],
    "en": ["Emma", "James", "Chloe", "Sam"],
    "lt": ["Agnė", "Lukas", "Simona", "Marius"],
}

GREET = {
    "ru": [
        "{co}, меня зовут {ag}, слушаю вас.",
        "{co}, оператор {ag}, здравствуйте.",
        "Здравствуйте, {co}, это {ag}. Чем могу помочь?",
    ],
    "uk": [
        "{co}, мене звати {ag}, слухаю вас.",
        "{co}, оператор {ag}, добрий день.",
        "Добрий день, {co}, це {ag}. Чим можу допомогти?",
    ],
    "en": [
        "{co}, my name is {ag}, how can I help?",
        "Good morning, {co}, {ag} speaking.",
        "Hello, you're through to {co}, this is {ag}.",
    ],
    "lt": [
        "{co}, mano vardas {ag}, klausau.",
        "Laba diena, {co}, kalba {ag}.",
        "{co}, kalba {ag}, kuo galiu padėti?",
    ],
}

# customer self-introduction and third-party mentions by grammatical case
PERSON_TPL = {
    "ru": {
        "nom": [
            "Меня зовут {p}.",
            "Это {p}, я вам уже звонила. (f)",
            "Да, {p} у телефона.",
            "Клиент у вас записан как {p}.",
        ],
        "gen": [
            "Я звоню по поручению {p}.",
            "Договор оформлен на имя {p}.",
            "Это абонемент моего мужа, {p}. (m)",
            "У {p} сегодня не получается.",
        ],
        "dat": [
            "Передайте, пожалуйста, {p}, что я перезвоню.",
            "Справку надо выдать {p}.",
            "Позвоните лучше {p}, это моя дочь. (f)",
        ],
        "acc": [
            "Запишите, пожалуйста, {p}.",
            "Я привезу {p} к десяти.",
            "Оформите на {p}, это мой отец. (m)",
        ],
        "ins": [
            "Можно поговорить с {p}?",
            "Мы приедем вместе с {p}.",
            "Я вчера общалась с {p} из вашего отдела.",
        ],
        "prep": ["Речь о {p}, он мой внук. (m)", "Я говорю о {p}, это моя мама. (f)"],
    },
    "uk": {
        "nom": ["Мене звати {p}.", "Це {p}, я вже дзвонила. (f)", "Так, {p} на зв'язку."],
        "gen": [
            "Я телефоную від імені {p}.",
            "Договір оформлений на {p}.",
            "У {p} сьогодні не виходить.",
        ],
        "dat": ["Передайте, будь ласка, {p}, що я передзвоню.", "Довідку треба видати {p}."],
        "acc": ["Запишіть, будь ласка, {p}.", "Я привезу {p} о десятій."],
        "ins": ["Можна поговорити з {p}?", "Ми прийдемо разом з {p}."],
        "voc": ["Дякую, {p}, зараз перевірю.", "{p}, зачекайте хвилинку."],
    },
    "en": {
        "nom": [
            "My name is {p}.",
            "It's {p} here.",
            "This is {p}, I rang yesterday.",
            "The account holder is {p}.",
            "It's for my mum, {p}. (f)",
            "I'm calling for my husband, {p}. (m)",
        ],
        "voc": ["Thank you, {p}, let me check.", "Right, {p}, bear with me."],
    },
    "lt": {
        "nom": ["Mano vardas {p}.", "Čia {p}, vakar skambinau.", "Klientas yra {p}."],
        "gen": [
            "Skambinu {p} vardu.",
            "Sutartis sudaryta {p} vardu.",
            "Tai mano sūnaus {p} narystė. (m)",
        ],
        "dat": ["Perduokite, prašau, {p}, kad perskambinsiu.", "Pažymą reikia išduoti {p}."],
        "acc": ["Užrašykite, prašau, {p}.", "Atvešiu {p} dešimtą.", "Kalbu apie {p}."],
        "ins": ["Ar galiu pasikalbėti su {p}?", "Atvyksime kartu su {p}."],
        "voc": ["Ačiū, {p}, tuoj patikrinsiu.", "{p}, palaukite minutėlę."],
    },
}

SPELL_INTRO = {"ru": "по буквам:", "uk": "по літерах:", "en": "that's", "lt": "paraidžiui:"}

ASK = {
    "CARD": {
        "ru": [
            "Продиктуйте номер карты, пожалуйста.",
            "Назовите номер карты для оплаты.",
            "Какой картой будете платить? Нужен полный номер.",
        ],
        "uk": ["Продиктуйте номер картки, будь ласка.", "Назвіть номер картки для оплати."],
        "en": ["Can I take the long card number, please?", "What's the card number?"],
        "lt": ["Padiktuokite kortelės numerį, prašau.", "Koks kortelės numeris?"],
    },
    "PHONE": {
        "ru": ["Оставьте номер телефона для связи.", "По какому номеру вам перезвонить?"],
        "uk": ["Залиште номер телефону для зв'язку.", "За яким номером вам передзвонити?"],
        "en": ["What's the best number to reach you on?", "Can I take a contact number?"],
        "lt": ["Koks jūsų telefono numeris?", "Kokiu numeriu jums perskambinti?"],
    },
    "EMAIL": {
        "ru": ["На какую почту отправить документы?", "Продиктуйте электронную почту."],
        "uk": ["На яку пошту надіслати документи?", "Продиктуйте електронну пошту."],
        "en": ["Which email should we send it to?", "Can I have your email address?"],
        "lt": ["Kokiu el. paštu atsiųsti dokumentus?", "Padiktuokite el. pašto adresą."],
    },
    "PASSPORT": {
        "ru": ["Нужны серия и номер паспорта.", "Продиктуйте паспортные данные."],
        "uk": ["Потрібні дані паспорта.", "Продиктуйте номер паспорта."],
        "en": ["I need your passport number for the claim.", "What's your passport number?"],
        "lt": ["Reikia jūsų paso numerio.", "Padiktuokite paso numerį."],
    },
    "NATIONAL_ID": {
        "ru": ["Для договора нужен ИНН.", "Назовите номер СНИЛС, пожалуйста."],
        "uk": ["Потрібен ваш РНОКПП, ідентифікаційний код.", "Назвіть податковий номер."],
        "en": [
            "Can I take your National Insurance number?",
            "For the loan I need your Social Security number.",
        ],
        "lt": ["Reikia jūsų asmens kodo.", "Pasakykite asmens kodą, prašau."],
    },
    "DOB": {
        "ru": ["Дата рождения?", "Когда вы родились?"],
        "uk": ["Дата народження?", "Коли ви народилися?"],
        "en": ["And your date of birth?", "Date of birth, please?"],
        "lt": ["Gimimo data?", "Kada gimėte?"],
    },
    "ACCOUNT": {
        "ru": ["Назовите номер лицевого счёта.", "Какой номер договора?"],
        "uk": ["Назвіть номер особового рахунку.", "Продиктуйте IBAN для повернення коштів."],
        "en": ["What's the IBAN for the refund?", "Can I have the account number?"],
        "lt": ["Padiktuokite sąskaitos numerį grąžinimui.", "Koks sutarties numeris?"],
    },
    "ADDRESS": {
        "ru": ["По какому адресу?", "Куда доставить документы?"],
        "uk": ["За якою адресою?", "Куди надіслати документи?"],
        "en": ["What's the address?", "Where should we send the paperwork?"],
        "lt": ["Koks adresas?", "Kur atsiųsti dokumentus?"],
    },
}

# lead-ins also carry the caller types: elderly, in a hurry, non-native, reading, interrupted
LEAD = {
    "ru": [
        "",
        "Да, записывайте: ",
        "Сейчас, секунду... ",
        "Так, ",
        "Пишите: ",
        "Ой, деточка, сейчас очки найду... вот: ",
        "Быстрее, я за рулём: ",
        "Читаю с документа: ",
        "Подождите, тут курьер... так, ",
        "Я плохо говорю по-русски, ",
    ],
    "uk": [
        "",
        "Так, записуйте: ",
        "Зараз, секунду... ",
        "Пишіть: ",
        "Ой, дитино, зараз окуляри знайду... ось: ",
        "Швидше, я поспішаю: ",
        "Читаю з документа: ",
        "Вибачте, тут дитина... так, ",
    ],
    "en": [
        "",
        "Yeah, it's ",
        "Hang on... right, ",
        "Okay, ",
        "Sure: ",
        "Oh dear, let me find my glasses... here: ",
        "Quickly, I'm driving: ",
        "Reading it off the letter: ",
        "Sorry, my English not so good, is ",
        "Sorry, the dog... right, ",
    ],
    "lt": [
        "",
        "Taip, užsirašykite: ",
        "Minutėlę... ",
        "Gerai, ",
        "Oi, vaikeli, tuoj akinius surasiu... štai: ",
        "Greičiau, vairuoju: ",
        "Skaitau iš dokumento: ",
        "Atsiprašau, lietuviškai blogai kalbu, ",
    ],
}
GO_ON = {
    "ru": ["Ага.", "Да, дальше.", "Так, записала."],
    "uk": ["Ага.", "Так, далі."],
    "en": ["Uh-huh.", "Yep, go on."],
    "lt": ["Aha.", "Taip, toliau."],
}
READBACK = {
    "ru": ("Повторяю: ", ", верно?"),
    "uk": ("Повторюю: ", ", правильно?"),
    "en": ("Let me read that back: ", ", is that right?"),
    "lt": ("Pakartoju: ", ", teisingai?"),
}
CONFIRM = {
    "ru": ["Да, всё верно.", "Угу.", "Да."],
    "uk": ["Так, правильно.", "Угу."],
    "en": ["Yes, that's it.", "Yep."],
    "lt": ["Taip, teisingai.", "Taip."],
}
REPAIR = {
    "ru": ["ой, нет,", "то есть", "нет, подождите,"],
    "uk": ["ой, ні,", "тобто"],
    "en": ["sorry, no,", "I mean"],
    "lt": ["ne, atsiprašau,", "tai yra"],
}
FILLERS = {
    "ru": ["э-э", "ну", "так", "м-м"],
    "uk": ["е-е", "ну", "так"],
    "en": ["um", "uh", "erm"],
    "lt": ["ee", "nu", "tai"],
}
EXP_ASK = {
    "ru": "Срок действия и код с обратной стороны?",
    "uk": "Термін дії і код на звороті?",
    "en": "Expiry date and the three digits on the back?",
    "lt": "Galiojimo data ir kodas kitoje pusėje?",
}
EXP_LEAD = {
    "ru": ("до ", ", код "),
    "uk": ("до ", ", код "),
    "en": ("expires ", ", code "),
    "lt": ("galioja iki ", ", kodas "),
}
KIND_WORDS = {
    "INN": {"ru": "ИНН"},
    "SNILS": {"ru": "СНИЛС"},
    "contract": {
        "ru": "договор номер",
        "uk": "договір номер",
        "en": "agreement number",
        "lt": "sutarties numeris",
    },
    "policy": {
        "ru": "полис номер",
        "uk": "поліс номер",
        "en": "policy number",
        "lt": "poliso numeris",
    },
    "personal": {
        "ru": "лицевой счёт",
        "uk": "особовий рахунок",
        "en": "account number",
        "lt": "mokėtojo kodas",
    },
}

# Hard negatives: every slot is something a detector must leave alone.
DECOY_TURNS = {
    "ru": [
        ("agent", "Стоимость занятия {money}, оплата на месте."),
        ("agent", "Есть окно с {date} в {time}, подойдёт?"),
        ("customer", "Номер заказа {order}, посмотрите, пожалуйста."),
        ("agent", "Можете позвонить на горячую линию {hotline}, это бесплатно."),
        ("agent", "Списание прошло с карты, которая заканчивается на {last4}."),
        ("customer", "Нам нужно {qty} комплекта, и ещё шлем."),
        ("agent", "Подойдите в кабинет {room} на третьем этаже."),
        ("customer", "Я у вас с {year} года, всегда всё было нормально."),
        ("customer", "Мы живём на {street}, это рядом с рынком."),
        ("customer", "Я сейчас в {city}, вернусь через неделю."),
        ("agent", "У вас тариф «{tariff}», абонентская плата {money}."),
        ("agent", "Нажмите {menu}, чтобы вернуться в меню."),
        ("customer", "Показания счётчика {meter} кубов."),
        ("agent", "Номер обращения {order}, запишите его."),
        ("agent", "Ваше место {seat}, вылет в {time}."),
        ("customer", "Там написано «{product}», это какая модель?"),
    ],
    "uk": [
        ("agent", "Вартість заняття {money}, оплата на місці."),
        ("agent", "Є вільний час з {date} о {time}, підходить?"),
        ("customer", "Номер замовлення {order}, перевірте, будь ласка."),
        ("agent", "Можете зателефонувати на гарячу лінію {hotline}, це безкоштовно."),
        ("agent", "Оплата пройшла з картки, що закінчується на {last4}."),
        ("customer", "Нам потрібно {qty} комплекти."),
        ("agent", "Підійдіть до кабінету {room}."),
        ("customer", "Я ваш клієнт з {year} року."),
        ("customer", "Ми живемо на {street}, біля парку."),
        ("customer", "Я зараз у {city}, повернуся в понеділок."),
        ("agent", "У вас тариф «{tariff}», це {money} на місяць."),
        ("agent", "Натисніть {menu}, щоб повернутися до меню."),
        ("customer", "Показники лічильника {meter}."),
        ("agent", "Ваше місце {seat}, виліт о {time}."),
    ],
    "en": [
        ("agent", "The lesson is {money}, payable on the day."),
        ("agent", "I've got a slot on {date} at {time}, does that work?"),
        ("customer", "The reference is {order}, if that helps."),
        ("agent", "You can also ring our free helpline on {hotline}."),
        ("agent", "It was charged to the card ending in {last4}."),
        ("customer", "We need {qty} pairs of boots as well."),
        ("agent", "Go to room {room} on the first floor."),
        ("customer", "I've been with you since {year}."),
        ("customer", "We're on {street}, near the station."),
        ("customer", "I'm in {city} at the moment, back on Monday."),
        ("agent", "You're on the {tariff} plan at {money} a month."),
        ("agent", "Press {menu} to go back to the main menu."),
        ("customer", "The meter says {meter}."),
        ("agent", "Your seat is {seat} and boarding is at {time}."),
        ("customer", "It's the {product}, the grey one."),
    ],
    "lt": [
        ("agent", "Pamoka kainuoja {money}, mokama vietoje."),
        ("agent", "Yra laisvas laikas {date} {time}, tinka?"),
        ("customer", "Užsakymo numeris {order}, pažiūrėkite."),
        ("agent", "Galite skambinti nemokama linija {hotline}."),
        ("agent", "Nuskaičiuota nuo kortelės, kuri baigiasi {last4}."),
        ("customer", "Mums reikia komplektų: {qty}."),
        ("agent", "Užeikite į kabinetą {room}."),
        ("customer", "Esu jūsų klientas nuo {year} metų."),
        ("customer", "Gyvename {street}, prie turgaus."),
        ("customer", "Dabar esu {city}, grįšiu pirmadienį."),
        ("agent", "Jūsų planas „{tariff}“, mokestis {money} per mėnesį."),
        ("agent", "Spauskite {menu}, kad grįžtumėte į meniu."),
        ("customer", "Skaitiklio rodmenys {meter}."),
        ("agent", "Jūsų vieta {seat}, išvykimas {time}."),
    ],
}

DECOY_VOCAB = {
    "ru": {
        "street": ["Садовой улице", "проспекте Мира", "улице Пушкина"],
        "city": ["Казани", "Самаре", "Твери", "Екатеринбурге"],
        "tariff": ["Безлимит 30", "Семейный", "Премиум"],
        "product": ["Atomic Redster", "Colgate Total", "Лада Веста"],
        "open": ["Нет, спасибо, это всё.", "Хорошо, поняла.", "А можно чуть позже?"],
        "money": "рублей",
        "qty_unit": "",
    },
    "uk": {
        "street": ["вулиці Шевченка", "проспекті Перемоги", "вулиці Франка"],
        "city": ["Львові", "Одесі", "Вінниці", "Полтаві"],
        "tariff": ["Безліміт", "Сімейний", "Преміум"],
        "product": ["Fischer RC4", "Oral-B Pro", "Renault Duster"],
        "open": ["Ні, дякую, це все.", "Добре, зрозуміла.", "А можна трохи пізніше?"],
        "money": "гривень",
    },
    "en": {
        "street": ["Victoria Road", "Baker Street", "the High Street"],
        "city": ["Leeds", "Glasgow", "Cardiff", "Bristol"],
        "tariff": ["Flex Plus", "Family", "Premium"],
        "product": ["Salomon QST", "Oral-B iO", "Ford Puma"],
        "open": ["No, that's everything, thanks.", "Okay, got it.", "Can I call back later?"],
        "money": "pounds",
    },
    "lt": {
        "street": ["Gedimino prospekte", "Laisvės alėjoje", "Vytauto gatvėje"],
        "city": ["Kaune", "Klaipėdoje", "Šiauliuose", "Panevėžyje"],
        "tariff": ["Laisvas", "Šeimos", "Premium"],
        "product": ["Rossignol Hero", "Oral-B Vitality", "Škoda Octavia"],
        "open": ["Ne, ačiū, tiek.", "Gerai, supratau.", "Ar galima vėliau?"],
        "money": "eurų",
    },
}

STREETS = {
    "ru": [
        ("улица Садовая, дом {h}, квартира {f}", "улица садовая дом {h} квартира {f}"),
        ("проспект Ленина, {h}, кв. {f}", "проспект ленина {h} квартира {f}"),
        ("ул. Заречная, д. {h}", "заречная улица дом {h}"),
        ("переулок Гончарный, {h}", "гончарный переулок {h}"),
    ],
    "uk": [
        ("вулиця Шевченка, будинок {h}, квартира {f}", "вулиця шевченка будинок {h} квартира {f}"),
        ("просп. Свободи, {h}, кв. {f}", "проспект свободи {h} квартира {f}"),
        ("вул. Городоцька, {h}", "городоцька {h}"),
    ],
    "en": [
        ("{h} Victoria Road, flat {f}", "{h} victoria road flat {f}"),
        ("{h} Mill Lane", "{h} mill lane"),
        ("Flat {f}, {h} Baker Street", "flat {f} {h} baker street"),
    ],
    "lt": [
        ("Vytauto g. {h}-{f}", "vytauto gatvė {h} butas {f}"),
        ("Laisvės al. {h}", "laisvės alėja {h}"),
        ("Žalgirio gatvė {h}, butas {f}", "žalgirio gatvė {h} butas {f}"),
    ],
}

EMAIL_WORDS = {
    "ru": ("собака", "точка"),
    "uk": ("равлик", "крапка"),
    "en": ("at", "dot"),
    "lt": ("eta", "taškas"),
}
DOMAINS = {
    "ru": ["mail.ru", "yandex.ru", "gmail.com"],
    "uk": ["ukr.net", "gmail.com"],
    "en": ["gmail.com", "outlook.com", "btinternet.com"],
    "lt": ["gmail.com", "inbox.lt"],
}
