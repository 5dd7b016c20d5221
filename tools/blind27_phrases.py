"""Wording for blind27: mixed-language contact centres (ru/uk/en/lt with code-switching).

Every line is written in its written form; the asr style lower-cases it and drops punctuation.
Lines that carry numbers are functions in blind27_scenes.py, not here.
"""

from __future__ import annotations

# The other language a caller may slip into, per call language.
ALT = {"ru": ["lt", "uk", "en"], "uk": ["ru", "en"], "en": ["uk", "ru", "lt"], "lt": ["ru", "en"]}

COMPANIES = {
    "ru": [
        "«Baltic Pay»",
        "«Nordlink Телеком»",
        "«Vilnius Energija»",
        "«Кредит-Мост»",
        "«Omni Delivery»",
    ],
    "uk": [
        "«Мрія Мобайл»",
        "«London Hryvnia Transfer»",
        "«Поштомат Плюс»",
        "«Стріла Банк»",
        "«Київ Енергозбут»",
    ],
    "en": [
        "Northbridge Remit",
        "Kaunas Freight Ltd",
        "BlueRiver Mobile",
        "Elm Street Insurance",
        "Dnipro Foods UK",
    ],
    "lt": [
        "„Gintaro bankas“",
        "„Telsava“",
        "„Greitas kurjeris“",
        "„Ąžuolo draudimas“",
        "„Šilumos tinklai“",
    ],
}

GREETING = {
    "ru": [
        "Компания {c}, добрый день.",
        "{c}, здравствуйте, меня зовут {a}.",
        "{c}, слушаю вас. Оператор {a}.",
    ],
    "uk": ["{c}, добрий день.", "{c}, вітаю, мене звати {a}.", "{c}, слухаю вас, це {a}."],
    "en": [
        "{c}, good afternoon.",
        "{c}, you're speaking to {a}, how can I help?",
        "Thanks for calling {c}, this is {a}.",
    ],
    "lt": ["{c}, laba diena.", "{c}, klauso {a}.", "{c}, sveiki, mano vardas {a}."],
}
AGENT_NAMES = {
    "ru": ["Ирина", "Денис", "Виктория"],
    "uk": ["Оксана", "Тарас", "Ірина"],
    "en": ["Chloe", "Martin", "Priya"],
    "lt": ["Rasa", "Tomas", "Inga"],
}

ASK_CARD = {
    "ru": [
        "Продиктуйте, пожалуйста, номер карты.",
        "Окей, давайте card number, пожалуйста.",
        "Назовите номер карты, с которой платим.",
    ],
    "uk": [
        "Продиктуйте, будь ласка, номер картки.",
        "Окей, диктуйте номер картки, please.",
        "Назвіть номер картки для оплати.",
    ],
    "en": [
        "Could I take the long card number please?",
        "Go ahead with the card number.",
        "What's the card number you'd like to use?",
    ],
    "lt": [
        "Prašau padiktuoti kortelės numerį.",
        "Koks kortelės numeris?",
        "Gerai, sakykite kortelės numerį.",
    ],
}
CARD_LEAD = {
    "ru": [
        "Да, записывайте:",
        "Секунду... вот:",
        "Можно я цифры по-литовски? Мне так проще:",
        "Окей, so:",
    ],
    "uk": [
        "Так, пишіть:",
        "Зараз, хвилинку:",
        "Я краще по-російськи цифри скажу:",
        "Okay, значить:",
    ],
    "en": [
        "Yeah, it's",
        "Sorry, my English, I say numbers in my language, okay?",
        "Right, here we go:",
    ],
    "lt": ["Taip, rašykite:", "Atsiprašau, galiu rusiškai skaičius? Вот:", "Gerai, so:"],
}
GO_ON = {
    "ru": ["Да, дальше.", "Так, слушаю.", "Угу, go on."],
    "uk": ["Так, далі.", "Угу, слухаю.", "Окей, next."],
    "en": ["Okay, and then?", "Yep, carry on.", "Got that, next four?"],
    "lt": ["Taip, toliau.", "Gerai, klausau.", "Aha, дальше."],
}
READBACK = {
    "ru": ["Повторяю:", "Проверяю, так:", "Let me repeat:"],
    "uk": ["Повторюю:", "Перевіряю:", "Let me check:"],
    "en": ["Let me read that back:", "So that's", "Just to confirm:"],
    "lt": ["Pakartosiu:", "Tikrinu:", "Повторю по-русски:"],
}
CONFIRM = {
    "ru": ["Да, всё верно.", "Ага, правильно.", "Yes, correct."],
    "uk": ["Так, усе правильно.", "Ага, вірно.", "Yes."],
    "en": ["Yes, that's right.", "Correct.", "Так, yes."],
    "lt": ["Taip, teisingai.", "Да, правильно.", "Yes."],
}
ASK_EXPIRY = {
    "ru": ["Срок действия?", "А expiry date какой?", "До какого числа карта действует?"],
    "uk": ["Термін дії картки?", "А expiry яке?", "До якого місяця дійсна?"],
    "en": ["And the expiry date?", "When does it expire?", "Valid until?"],
    "lt": ["Galiojimo data?", "Iki kada galioja kortelė?", "А срок действия?"],
}
ASK_CVV = {
    "ru": ["И три цифры на обороте.", "CVV, пожалуйста.", "Код с обратной стороны?"],
    "uk": ["І три цифри на звороті.", "CVV-код, будь ласка.", "Код з обороту?"],
    "en": [
        "And the security code on the back?",
        "Last thing, the three digit code.",
        "CVV please.",
    ],
    "lt": ["Ir trys skaitmenys kitoje pusėje.", "CVV kodas?", "Apsaugos kodas?"],
}
ASK_NAME_ON_CARD = {
    "ru": ["На чьё имя карта?", "Имя владельца карты?"],
    "uk": ["На чиє ім'я картка?", "Ім'я власника картки?"],
    "en": ["Name as it appears on the card?", "And the cardholder's name?"],
    "lt": ["Kieno vardu kortelė?", "Kortelės savininko vardas?"],
}
NAME_LEAD = {
    "ru": ["Карта на имя", "Это карта мужа, на имя", "Владелец —"],
    "uk": ["Картка на ім'я", "Це картка сестри, на ім'я", "Власник —"],
    "en": ["It's in the name of", "It's my wife's card,", "Cardholder is"],
    "lt": ["Kortelė", "Tai vyro kortelė,", "Savininkas —"],
}
CLOSING = {
    "ru": [
        "Спасибо, хорошего дня.",
        "Всё, оплата прошла. До свидания.",
        "Окей, thank you, всего доброго.",
    ],
    "uk": [
        "Дякую, гарного дня.",
        "Все, оплата пройшла. На все добре.",
        "Okay, thank you, бувайте.",
    ],
    "en": ["Lovely, thanks for calling.", "All done, have a good day.", "Cheers, дякую, bye."],
    "lt": ["Ačiū, geros dienos.", "Viskas, mokėjimas praėjo. Viso gero.", "Ačiū, спасибо, iki."],
}

ASK_FIELD = {
    "ru": {
        "PHONE": "Контактный телефон?",
        "EMAIL": "Электронная почта?",
        "PASSPORT": "Номер паспорта, пожалуйста.",
        "NATIONAL_ID": "Личный код или ИНН?",
        "DOB": "Дата рождения?",
        "ACCOUNT": "Номер счёта или договора?",
        "ADDRESS": "Адрес доставки?",
        "PERSON": "Как к вам обращаться, полное имя?",
    },
    "uk": {
        "PHONE": "Номер телефону для зв'язку?",
        "EMAIL": "Ваш e-mail?",
        "PASSPORT": "Номер паспорта, будь ласка.",
        "NATIONAL_ID": "Ідентифікаційний код?",
        "DOB": "Дата народження?",
        "ACCOUNT": "Номер рахунку або договору?",
        "ADDRESS": "Адреса?",
        "PERSON": "Ваше прізвище та ім'я?",
    },
    "en": {
        "PHONE": "Best contact number?",
        "EMAIL": "And an email address?",
        "PASSPORT": "Passport number please.",
        "NATIONAL_ID": "Your ID number, please?",
        "DOB": "Date of birth?",
        "ACCOUNT": "Account or policy number?",
        "ADDRESS": "What's the address?",
        "PERSON": "Can I take your full name?",
    },
    "lt": {
        "PHONE": "Kontaktinis telefonas?",
        "EMAIL": "El. paštas?",
        "PASSPORT": "Paso numeris?",
        "NATIONAL_ID": "Asmens kodas?",
        "DOB": "Gimimo data?",
        "ACCOUNT": "Sąskaitos ar sutarties numeris?",
        "ADDRESS": "Adresas?",
        "PERSON": "Jūsų vardas ir pavardė?",
    },
}
FIELD_LEAD = {
    "ru": ["", "Так,", "Сейчас... вот:", "Ну,"],
    "uk": ["", "Так,", "Зараз... ось:", "Ну,"],
    "en": ["", "Yeah,", "Sure, it's", "Um,"],
    "lt": ["", "Taip,", "Dabar... štai:", "Na,"],
}
ECHO = {
    "ru": ["Записала:", "Так, записываю:"],
    "uk": ["Записала:", "Так, записую:"],
    "en": ["Got it:", "Noted:"],
    "lt": ["Užrašiau:", "Gerai, užrašau:"],
}

# Decoy lines: named things that are places, brands or famous people, tariffs, companies.
NAMED_THINGS = {
    "ru": [
        "Отделение у собора Святого Станислава, рядом с кафе «Гедиминас».",
        "Тариф «Пушкин Безлимит» у нас больше не продаётся.",
        "Курьер заедет в торговый центр «Акропол».",
        "Это по акции «Black Friday», скидка с Raiffeisen не суммируется.",
    ],
    "uk": [
        "Відділення на вулиці Лесі Українки, біля «Сільпо».",
        "Тариф «Шевченко Смарт» уже архівний.",
        "Посилка лежить у поштоматі біля ТРЦ «Гулівер».",
        "Це акція з Monobank, вона не поєднується з нашою.",
    ],
    "en": [
        "Our branch is next to the Churchill Arms on Kensington Church Street.",
        "The Unlimited Shakespeare plan was withdrawn last year.",
        "Pickup point is inside the Westfield, by the Apple store.",
        "That offer was with Revolut, not with us.",
    ],
    "lt": [
        "Skyrius prie Gedimino paminklo, šalia „Maxima“.",
        "Planas „Basanavičius XL“ nebeparduodamas.",
        "Siunta paštomate prie „Akropolio“.",
        "Ta akcija buvo su Swedbank, ne su mumis.",
    ],
}
MENU = {
    "ru": "Для оплаты нажмите один, для оператора — ноль.",
    "uk": "Для оплати натисніть один, для оператора — нуль.",
    "en": "Press one for payments, or zero for an adviser.",
    "lt": "Mokėjimams spauskite vieną, operatoriui — nulį.",
}

# Names: (given, surname) plus the forms a speaker of the call language would use.
# Russian text declines Lithuanian men's names (Йонас -> Йонаса); women's -ите/-ене stay put.
PEOPLE = {
    "ru": [
        ("Йонас", "Петраускас", "Йонаса Петраускаса"),
        ("Рута", "Жемайтите", "Руты Жемайтите"),
        ("Олеся", "Ткаченко", "Олеси Ткаченко"),
        ("Тарас", "Бондарчук", "Тараса Бондарчука"),
        ("Марина", "Соколова", "Марины Соколовой"),
        ("Андрюс", "Казлаускас", "Андрюса Казлаускаса"),
        ("Jonas", "Vaitkus", "Jonas Vaitkus"),
    ],
    "uk": [
        ("Оксана", "Шевчук", "Оксани Шевчук"),
        ("Дмитро", "Коваленко", "Дмитра Коваленка"),
        ("Ігор", "Мельник", "Ігоря Мельника"),
        ("Sarah", "Collins", "Sarah Collins"),
        ("Наталія", "Гнатюк", "Наталії Гнатюк"),
        ("Сергей", "Морозов", "Сергія Морозова"),
    ],
    "en": [
        ("Olena", "Kravchuk", "Olena Kravchuk"),
        ("Mykola", "Savchenko", "Mykola Savchenko"),
        ("Agnė", "Jankauskienė", "Agnė Jankauskienė"),
        ("Daniel", "Hughes", "Daniel Hughes"),
        ("Svetlana", "Orlova", "Svetlana Orlova"),
        ("Priya", "Raman", "Priya Raman"),
    ],
    "lt": [
        ("Vytautas", "Kazlauskas", "Vytauto Kazlausko"),
        ("Ieva", "Stankevičiūtė", "Ievos Stankevičiūtės"),
        ("Игорь", "Смирнов", "Igorio Smirnovo"),
        ("Laura", "Petrauskienė", "Lauros Petrauskienės"),
        ("Olena", "Bondar", "Olenos Bondar"),
        ("Mindaugas", "Jonaitis", "Mindaugo Jonaičio"),
    ],
}

MONTHS = {
    "ru": [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    "uk": [
        "січня",
        "лютого",
        "березня",
        "квітня",
        "травня",
        "червня",
        "липня",
        "серпня",
        "вересня",
        "жовтня",
        "листопада",
        "грудня",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "lt": [
        "sausio",
        "vasario",
        "kovo",
        "balandžio",
        "gegužės",
        "birželio",
        "liepos",
        "rugpjūčio",
        "rugsėjo",
        "spalio",
        "lapkričio",
        "gruodžio",
    ],
}
CURRENCY = {"ru": "евро", "uk": "гривень", "en": "pounds", "lt": "eurų"}
