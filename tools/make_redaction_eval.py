"""Write benchmarks/data/redaction_eval.jsonl: the labelled redaction evaluation set.

The dialogue templates below were written by hand for this project, per language, each
with its PII slots marked; this script fills the slots with generated values (valid
checksums, random names from short lists) and renders every template twice: as typed
text and in ASR style (lower case, no punctuation, numbers as words — card digits read
one by one, in pairs or as four-digit numbers, some split across turns). Number words
come from num2words, independent of the parser under test. Templates without slots are
the hard negatives: amounts, times, appointment dates, a card's last four digits, menu
choices, order numbers. Spans are token ranges over ``text.split()``.

    python tools/make_redaction_eval.py   # deterministic (seed 12)
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from num2words import num2words

OUT = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "redaction_eval.jsonl"
SEED = 12
VARIANTS = 2  # per template and style

# --- values -----------------------------------------------------------------------------


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for check in "0123456789":
        digits = body + check
        total = 0
        for index, char in enumerate(reversed(digits)):
            value = int(char)
            if index % 2:
                value = value * 2 - 9 if value > 4 else value * 2
            total += value
        if total % 10 == 0:
            return digits
    raise AssertionError


def inn12(rng):
    while True:
        d = "".join(rng.choice("0123456789") for _ in range(10))
        w1 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
        c1 = sum(int(a) * b for a, b in zip(d, w1, strict=True)) % 11 % 10
        d += str(c1)
        w2 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
        c2 = sum(int(a) * b for a, b in zip(d, w2, strict=True)) % 11 % 10
        return d + str(c2)


def snils(rng):
    d = "".join(rng.choice("0123456789") for _ in range(9))
    total = sum(int(a) * b for a, b in zip(d, range(9, 0, -1), strict=True))
    check = total if total < 100 else (0 if total in (100, 101) else total % 101 % 100)
    return d + f"{check:02d}"


def rnokpp(rng):
    d = "".join(rng.choice("0123456789") for _ in range(9))
    c = sum(int(a) * b for a, b in zip(d, (-1, 5, 7, 9, 4, 6, 10, 5, 7), strict=True)) % 11 % 10
    return d + str(c)


def asmens_kodas(rng):
    while True:
        d = rng.choice("3456") + f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}" \
            f"{rng.randint(1, 28):02d}" + "".join(rng.choice("0123456789") for _ in range(3))
        c = sum(int(a) * b for a, b in zip(d, (1, 2, 3, 4, 5, 6, 7, 8, 9, 1), strict=True)) % 11
        if c == 10:
            c = sum(int(a) * b for a, b in zip(d, (3, 4, 5, 6, 7, 8, 9, 1, 2, 3),
                                               strict=True)) % 11
            c = 0 if c == 10 else c
        return d + str(c)


def iban(country: str, length: int, rng) -> str:
    bban = "".join(rng.choice("0123456789") for _ in range(length - 4))
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - number % 97:02d}{bban}"


NAMES = {
    "ru": [("Иван", "Петров"), ("Ольга", "Смирнова"), ("Сергей", "Кузнецов"),
           ("Анна", "Соколова"), ("Дмитрий", "Васильев"), ("Елена", "Морозова"),
           ("Алексей", "Новиков"), ("Татьяна", "Волкова"), ("Николай", "Фёдоров"),
           ("Марина", "Лебедева")],
    "uk": [("Олександр", "Шевченко"), ("Оксана", "Коваленко"), ("Андрій", "Бондаренко"),
           ("Наталія", "Ткаченко"), ("Василь", "Кравченко"), ("Ірина", "Олійник"),
           ("Петро", "Мельник"), ("Юлія", "Поліщук"), ("Тарас", "Лисенко"), ("Марія", "Руденко")],
    "en": [("John", "Smith"), ("Sarah", "Johnson"), ("Michael", "Brown"), ("Emily", "Davis"),
           ("David", "Wilson"), ("Jessica", "Taylor"), ("James", "Anderson"),
           ("Laura", "Thompson"), ("Daniel", "Walker"), ("Rachel", "Evans")],
    "lt": [("Jonas", "Kazlauskas"), ("Ona", "Petrauskienė"), ("Tomas", "Jankauskas"),
           ("Rūta", "Stankevičiūtė"), ("Mantas", "Žukauskas"), ("Ieva", "Butkutė"),
           ("Paulius", "Vasiliauskas"), ("Greta", "Paulauskaitė"), ("Darius", "Urbonas"),
           ("Asta", "Navickienė")],
}
PATRONYMICS = {"ru": ["Петрович", "Ивановна", "Сергеевич", "Викторовна", "Андреевич"],
               "uk": ["Петрович", "Іванівна", "Васильович", "Миколаївна", "Андрійович"]}
STREETS = {"ru": ["улица Ленина", "улица Гагарина", "проспект Мира", "улица Садовая",
                  "переулок Тихий"],
           "uk": ["вулиця Шевченка", "вулиця Франка", "проспект Перемоги", "вулиця Садова",
                  "провулок Тихий"],
           "en": ["Baker Street", "Oak Road", "Station Road", "Park Avenue", "Church Lane"],
           "lt": ["Gedimino prospektas", "Vilniaus gatvė", "Laisvės alėja", "Pilies gatvė",
                  "Savanorių prospektas"]}
MONTHS = {"ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                 "сентября", "октября", "ноября", "декабря"],
          "uk": ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
                 "вересня", "жовтня", "листопада", "грудня"],
          "en": ["January", "February", "March", "April", "May", "June", "July", "August",
                 "September", "October", "November", "December"],
          "lt": ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos",
                 "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio"]}

# --- number rendering (ASR style) -----------------------------------------------------------


def words(number: int, lang: str) -> str:
    text = num2words(number, lang=lang)
    return re.sub(r"[,\-]", " ", text)


def read_digits(digits: str, lang: str, rng: random.Random, style: str | None = None) -> str:
    """How a person reads a digit string: one by one, in pairs or in groups of 3-4."""
    style = style or rng.choice(["single", "pairs", "groups"])
    if style == "single":
        return " ".join(words(int(d), lang) for d in digits)
    size = 2 if style == "pairs" else 4 if len(digits) % 4 == 0 else 3
    parts = []
    for start in range(0, len(digits), size):
        chunk = digits[start:start + size]
        lead = len(chunk) - len(chunk.lstrip("0"))
        parts += [words(0, lang)] * lead
        if chunk.lstrip("0"):
            parts.append(words(int(chunk.lstrip("0")), lang))
    return " ".join(parts)


def ordinal_genitive(number: int, lang: str) -> str:
    """"пятнадцатого", "п'ятнадцятого": how a day or year is said in a date."""
    if lang == "en":
        return re.sub(r"[,\-]", " ", num2words(number, lang="en", to="ordinal"))
    if lang == "lt":
        return words(number, lang)
    text = num2words(number, lang=lang, to="ordinal")
    text = text.replace("одна тисяча", "тисяча")
    head, _, last = text.rpartition(" ")
    if lang == "ru":
        last = re.sub(r"ий$", "ьего", last) if last.endswith("тий") else re.sub(
            r"(ый|ой|ий)$", "ого", last)
    else:
        last = re.sub(r"(ій)$", "ього", last) if last.endswith("третій") else re.sub(
            r"(ий|ій)$", "ого", last)
    return f"{head} {last}".strip()


# --- templates ------------------------------------------------------------------------------
# "A:" agent, "C:" customer, turns separated by " || ". Slots in braces; slots named in
# ENTITY_OF are PII, the rest (MONEY, TIME, DATE, LAST4, MENU, ORDER, COUNT) are not.

TEMPLATES: dict[str, list[str]] = {
    "ru": [
        "A: Назовите, пожалуйста, номер карты. || C: Да, номер карты {CARD}.",
        "C: Номер карты {CARD_A} || A: Так, дальше. || C: {CARD_B}",
        "A: Проверяю: {CARD}, верно? || C: Да, верно.",
        "C: Срок действия {EXPIRY}, код на обороте {CVV}.",
        "A: Продиктуйте номер телефона для связи. || C: {PHONE}",
        "C: Перезвоните мне на мобильный {PHONE}, пожалуйста.",
        "C: Моя почта {EMAIL}, пришлите туда.",
        "A: Назовите серию и номер паспорта. || C: Паспорт {PASSPORT}.",
        "C: Мой ИНН {INN}.",
        "C: СНИЛС {SNILS}, если нужно.",
        "A: Подскажите дату рождения. || C: {DOB}.",
        "C: Я родился {DOB}.",
        "C: Номер договора {CONTRACT}, посмотрите, пожалуйста.",
        "C: Лицевой счёт {ACCOUNT20}.",
        "C: Я живу по адресу {STREET}, дом {HOUSE}, квартира {FLAT}.",
        "A: Как вас зовут? || C: {FULLNAME}.",
        "C: Здравствуйте, меня зовут {FIRST}, хочу узнать баланс.",
        "A: {FIRST} {PATR}, подскажите, вы получили письмо?",
        "C: Карта оформлена на мужа, {FULLNAME}.",
        # hard negatives
        "A: Здравствуйте, меня зовут {AGENT}, компания Альфа, чем могу помочь?",
        "C: С карты списали {MONEY} рублей, а должны были {MONEY2}.",
        "A: Ваша карта заканчивается на {LAST4}? || C: Да, последние цифры {LAST4}.",
        "A: Записала вас на {DATE} в {TIME}.",
        "C: Я звонил вчера в {TIME}, ждал {COUNT} минут.",
        "A: Для оплаты нажмите {MENU}, для оператора нажмите ноль.",
        "A: Номер вашего заказа {ORDER}, доставка {DATE}.",
        "C: Тариф стоит {MONEY} рублей в месяц, у меня {COUNT} номера.",
        "A: Платёж на {MONEY} рублей поступит в течение {COUNT} дней.",
    ],
    "uk": [
        "A: Назвіть, будь ласка, номер картки. || C: Номер картки {CARD}.",
        "C: Номер картки {CARD_A} || A: Так, далі. || C: {CARD_B}",
        "A: Перевіряю: {CARD}, правильно? || C: Так.",
        "C: Термін дії {EXPIRY}, код на звороті {CVV}.",
        "A: Продиктуйте номер телефону. || C: {PHONE}",
        "C: Передзвоніть мені на мобільний {PHONE}.",
        "C: Моя пошта {EMAIL}.",
        "A: Назвіть номер паспорта. || C: Паспорт {PASSPORT_UA}.",
        "C: Мій ідентифікаційний код {RNOKPP}.",
        "C: Номер ID-картки {IDCARD_UA}.",
        "A: Підкажіть дату народження. || C: {DOB}.",
        "C: Я народився {DOB}.",
        "C: Номер договору {CONTRACT}, подивіться, будь ласка.",
        "C: Мій рахунок {IBAN_UA}.",
        "C: Я живу за адресою {STREET}, будинок {HOUSE}, квартира {FLAT}.",
        "A: Як вас звати? || C: {FULLNAME}.",
        "C: Добрий день, мене звати {FIRST}, хочу дізнатися баланс.",
        "A: {FIRST} {PATR}, підкажіть, ви отримали лист?",
        "C: Картка оформлена на дружину, {FULLNAME}.",
        "A: Добрий день, мене звати {AGENT}, компанія Альфа, чим можу допомогти?",
        "C: З картки списали {MONEY} гривень, а мали {MONEY2}.",
        "A: Ваша картка закінчується на {LAST4}? || C: Так, останні цифри {LAST4}.",
        "A: Записала вас на {DATE} о {TIME}.",
        "C: Я дзвонив учора о {TIME}, чекав {COUNT} хвилин.",
        "A: Для оплати натисніть {MENU}, для оператора натисніть нуль.",
        "A: Номер вашого замовлення {ORDER}, доставка {DATE}.",
        "C: Тариф коштує {MONEY} гривень на місяць, у мене {COUNT} номери.",
        "A: Платіж на {MONEY} гривень надійде протягом {COUNT} днів.",
    ],
    "en": [
        "A: Could you give me the card number, please? || C: Sure, the card number is {CARD}.",
        "C: My card number is {CARD_A} || A: Okay, go on. || C: {CARD_B}",
        "A: Let me read it back: {CARD}, correct? || C: Yes.",
        "C: The expiry date is {EXPIRY} and the security code is {CVV}.",
        "A: What's the best phone number to reach you? || C: {PHONE}",
        "C: Please call me back on my mobile, {PHONE}.",
        "C: My email is {EMAIL}.",
        "A: Can I have your passport number? || C: It's {PASSPORT_EN}.",
        "C: My national insurance number is {NI}.",
        "C: My social security number is {SSN}.",
        "A: Can you confirm your date of birth? || C: {DOB}.",
        "C: I was born on {DOB}.",
        "C: The policy number is {CONTRACT}.",
        "C: My account is {IBAN_GB}.",
        "C: I live at {HOUSE} {STREET}, flat {FLAT}.",
        "A: Can I take your full name? || C: {FULLNAME}.",
        "C: Hi, my name is {FULLNAME}, I'm calling about my bill.",
        "A: Thank you, Mr {LAST}, one moment please.",
        "C: The account is in my wife's name, {FULLNAME}.",
        "A: Good morning, my name is {AGENT}, how can I help you today?",
        "C: You charged me {MONEY} dollars instead of {MONEY2}.",
        "A: Is that the card ending in {LAST4}? || C: Yes, the last four digits are {LAST4}.",
        "A: I've booked you in for {DATE} at {TIME}.",
        "C: I called yesterday at {TIME} and waited {COUNT} minutes.",
        "A: For billing press {MENU}, for anything else press zero.",
        "A: Your order number is {ORDER}, it will be delivered on {DATE}.",
        "C: The plan costs {MONEY} pounds a month and I have {COUNT} lines.",
        "A: The refund of {MONEY} dollars will arrive within {COUNT} days.",
    ],
    "lt": [
        "A: Prašau pasakyti kortelės numerį. || C: Kortelės numeris {CARD}.",
        "C: Kortelės numeris {CARD_A} || A: Taip, toliau. || C: {CARD_B}",
        "A: Pakartoju: {CARD}, teisingai? || C: Taip.",
        "C: Galiojimo data {EXPIRY}, saugos kodas {CVV}.",
        "A: Koks jūsų telefono numeris? || C: {PHONE}",
        "C: Paskambinkite man telefonu {PHONE}.",
        "C: Mano el. paštas {EMAIL}.",
        "A: Prašau paso numerio. || C: Paso numeris {PASSPORT_LT}.",
        "C: Mano asmens kodas {ASMENS}.",
        "C: Asmens tapatybės kortelės numeris {PASSPORT_LT}.",
        "A: Jūsų gimimo data? || C: {DOB}.",
        "C: Gimiau {DOB}.",
        "C: Sutarties numeris {CONTRACT}.",
        "C: Mano sąskaita {IBAN_LT}.",
        "C: Gyvenu {STREET} {HOUSE}, butas {FLAT}.",
        "A: Koks jūsų vardas ir pavardė? || C: {FULLNAME}.",
        "C: Laba diena, mano vardas {FIRST}, noriu sužinoti balansą.",
        "A: Ačiū, ponia {LAST}, palaukite.",
        "C: Sutartis sudaryta su {FULLNAME}.",
        "A: Laba diena, mano vardas {AGENT}, kuo galiu padėti?",
        "C: Nuskaičiavo {MONEY} eurų, o turėjo {MONEY2}.",
        "A: Ar kortelė baigiasi {LAST4}? || C: Taip, paskutiniai skaitmenys {LAST4}.",
        "A: Užregistravau jus {DATE} {TIME} valandą.",
        "C: Skambinau vakar {TIME} valandą, laukiau {COUNT} minučių.",
        "A: Mokėjimams spauskite {MENU}, operatoriui spauskite nulis.",
        "A: Jūsų užsakymo numeris {ORDER}, pristatymas {DATE}.",
        "C: Planas kainuoja {MONEY} eurų per mėnesį, turiu {COUNT} numerius.",
        "A: Grąžinimas {MONEY} eurų ateis per {COUNT} dienas.",
    ],
}
# Written after the detectors were tuned on TEMPLATES, and scored once before any change:
# the "fresh" split is the honest estimate.
FRESH_TEMPLATES: dict[str, list[str]] = {
    "ru": [
        "C: Да, записывайте: {CARD}.",
        "A: Карту продиктуете? || C: {CARD_A} || A: Угу. || C: {CARD_B}",
        "C: Номер мобильного {PHONE}, звоните после шести.",
        "C: Электронная почта {EMAIL}, там всё есть.",
        "A: Для проверки назовите дату вашего рождения. || C: Пожалуйста, {DOB}.",
        "C: Паспорт, серия и номер: {PASSPORT}.",
        "C: Отправьте на адрес {STREET}, дом {HOUSE}, квартира {FLAT}.",
        "C: Это {FULLNAME}, я вчера звонила.",
        "A: Спасибо, {FIRST} {PATR}, всего доброго.",
        "C: Мне нужно {COUNT} карты, по {MONEY} рублей каждая.",
        "A: Ожидайте {COUNT} минут, переключаю на отдел номер {MENU}.",
        "C: Я ваш клиент с {YEAR} года, уже {COUNT} лет.",
        "A: Последние четыре цифры карты {LAST4}, всё верно?",
    ],
    "uk": [
        "C: Так, записуйте: {CARD}.",
        "A: Продиктуєте картку? || C: {CARD_A} || A: Ага. || C: {CARD_B}",
        "C: Номер мобільного {PHONE}, дзвоніть після шостої.",
        "C: Електронна пошта {EMAIL}.",
        "A: Для перевірки назвіть дату народження. || C: Будь ласка, {DOB}.",
        "C: ID-картка номер {IDCARD_UA}.",
        "C: Надішліть на адресу {STREET}, будинок {HOUSE}, квартира {FLAT}.",
        "C: Це {FULLNAME}, я вчора дзвонила.",
        "A: Дякую, {FIRST} {PATR}, гарного дня.",
        "C: Мені потрібно {COUNT} картки, по {MONEY} гривень кожна.",
        "A: Зачекайте {COUNT} хвилин, переключаю на відділ номер {MENU}.",
        "C: Я ваш клієнт з {YEAR} року, вже {COUNT} років.",
        "A: Останні чотири цифри картки {LAST4}, все правильно?",
    ],
    "en": [
        "C: Okay, here it is: {CARD}.",
        "A: Can you read me the long number on the card? || C: {CARD_A} || A: Mhm. || "
        "C: {CARD_B}",
        "C: You can text me at {PHONE} after six.",
        "C: Send it to {EMAIL} please.",
        "A: For security, what's your date of birth? || C: It's {DOB}.",
        "C: The passport number is {PASSPORT_EN}.",
        "C: Please ship it to {HOUSE} {STREET}, apartment {FLAT}.",
        "C: Hello, it's {FULLNAME} here, I called yesterday.",
        "A: Thanks, Mrs {LAST}, have a good day.",
        "C: I need {COUNT} cards at {MONEY} dollars each.",
        "A: Please hold for {COUNT} minutes, I'm transferring you to option {MENU}.",
        "C: I've been a customer since {YEAR}, so {COUNT} years now.",
        "A: The last four digits of the card are {LAST4}, is that right?",
    ],
    "lt": [
        "C: Gerai, užsirašykite: {CARD}.",
        "A: Padiktuosite kortelę? || C: {CARD_A} || A: Aha. || C: {CARD_B}",
        "C: Mano mobiliojo numeris {PHONE}, skambinkite po šešių.",
        "C: Elektroninis paštas {EMAIL}.",
        "A: Patikrinimui pasakykite savo gimimo datą. || C: Prašau, {DOB}.",
        "C: Paso numeris yra {PASSPORT_LT}.",
        "C: Siųskite adresu {STREET} {HOUSE}, butas {FLAT}.",
        "C: Čia {FULLNAME}, skambinau vakar.",
        "A: Ačiū, pone {LAST}, geros dienos.",
        "C: Man reikia {COUNT} kortelių po {MONEY} eurų.",
        "A: Palaukite {COUNT} minučių, jungiu į skyrių numeris {MENU}.",
        "C: Esu jūsų klientas nuo {YEAR} metų, jau {COUNT} metus.",
        "A: Paskutiniai keturi kortelės skaitmenys {LAST4}, ar teisingai?",
    ],
}
# A second fresh batch, written after the detectors were improved on the first (and on the
# dev corpus), again scored once before any change.
FRESH2_TEMPLATES: dict[str, list[str]] = {
    "ru": [
        "C: Карточка {CARD}, срок до {EXPIRY}.",
        "A: Повторите, пожалуйста, номер. || C: {CARD}",
        "C: Звоните на {PHONE} или пишите на {EMAIL}.",
        "A: Ваш СНИЛС? || C: {SNILS}.",
        "C: Зарегистрирован по адресу {STREET}, дом {HOUSE}, кв. {FLAT}.",
        "A: Как к вам обращаться? || C: {FIRST} {PATR}.",
        "C: Я {FULLNAME}, клиент с {YEAR} года.",
        "A: Ваш баланс {MONEY} рублей, следующий платёж {DATE}.",
        "C: Я жду уже {COUNT} дней, звонил {COUNT2} раз.",
        "A: Номер обращения {ORDER}, ответим в течение {COUNT} дней.",
        "A: Переведите {MONEY} рублей на карту, которая заканчивается на {LAST4}.",
    ],
    "uk": [
        "C: Карта {CARD}, діє до {EXPIRY}.",
        "A: Повторіть, будь ласка, номер. || C: {CARD}",
        "C: Дзвоніть на {PHONE} або пишіть на {EMAIL}.",
        "A: Ваш РНОКПП? || C: {RNOKPP}.",
        "C: Зареєстрований за адресою {STREET}, будинок {HOUSE}, кв. {FLAT}.",
        "A: Як до вас звертатися? || C: {FIRST} {PATR}.",
        "C: Я {FULLNAME}, клієнт з {YEAR} року.",
        "A: Ваш баланс {MONEY} гривень, наступний платіж {DATE}.",
        "C: Я чекаю вже {COUNT} днів, дзвонив {COUNT2} разів.",
        "A: Номер звернення {ORDER}, відповімо протягом {COUNT} днів.",
        "A: Перекажіть {MONEY} гривень на картку, що закінчується на {LAST4}.",
    ],
    "en": [
        "C: The card's {CARD}, expiring {EXPIRY}.",
        "A: Could you repeat the number? || C: {CARD}",
        "C: Ring me on {PHONE} or email {EMAIL}.",
        "A: And your social security number? || C: {SSN}.",
        "C: I'm registered at {HOUSE} {STREET}, flat {FLAT}.",
        "A: Who am I speaking with? || C: {FULLNAME}.",
        "C: I'm {FULLNAME}, a customer since {YEAR}.",
        "A: Your balance is {MONEY} dollars and the next payment is due {DATE}.",
        "C: I've been waiting {COUNT} days and called {COUNT2} times.",
        "A: Your case number is {ORDER}, we'll reply within {COUNT} days.",
        "A: Transfer {MONEY} dollars to the card ending {LAST4}.",
    ],
    "lt": [
        "C: Kortelė {CARD}, galioja iki {EXPIRY}.",
        "A: Pakartokite numerį, prašau. || C: {CARD}",
        "C: Skambinkite {PHONE} arba rašykite {EMAIL}.",
        "A: Jūsų asmens kodas? || C: {ASMENS}.",
        "C: Deklaruota gyvenamoji vieta {STREET} {HOUSE}, butas {FLAT}.",
        "A: Kaip į jus kreiptis? || C: {FULLNAME}.",
        "C: Aš {FULLNAME}, klientas nuo {YEAR} metų.",
        "A: Jūsų balansas {MONEY} eurų, kitas mokėjimas {DATE}.",
        "C: Laukiu jau {COUNT} dienų, skambinau {COUNT2} kartus.",
        "A: Kreipimosi numeris {ORDER}, atsakysime per {COUNT} dienas.",
        "A: Perveskite {MONEY} eurų į kortelę, kuri baigiasi {LAST4}.",
    ],
}
# A third fresh batch, messier (fillers inside numbers, dashes and brackets, numeric dates,
# names without cues), written after the real-call fixes and scored once before any change.
FRESH3_TEMPLATES: dict[str, list[str]] = {
    "ru": [
        "C: Так, карта: {CARD_MESSY}.",
        "C: Мой номер {PHONE_MESSY}, это мобильный.",
        "A: Дата рождения? || C: {DOB_NUM}.",
        "C: Пишите на {EMAIL_NUM}.",
        "C: Да, это {LAST} {FIRST}, по поводу счёта.",
        "A: Код из СМС {LAST4} никому не сообщайте.",
        "C: Оплатил {MONEY} рублей ещё в {YEAR} году.",
        "A: Оцените работу от {MENU} до десяти.",
    ],
    "uk": [
        "C: Так, картка: {CARD_MESSY}.",
        "C: Мій номер {PHONE_MESSY}, це мобільний.",
        "A: Дата народження? || C: {DOB_NUM}.",
        "C: Пишіть на {EMAIL_NUM}.",
        "C: Так, це {LAST} {FIRST}, щодо рахунку.",
        "A: Код із СМС {LAST4} нікому не повідомляйте.",
        "C: Сплатив {MONEY} гривень ще в {YEAR} році.",
        "A: Оцініть роботу від {MENU} до десяти.",
    ],
    "en": [
        "C: Right, the card: {CARD_MESSY}.",
        "C: My number's {PHONE_MESSY}, that's my cell.",
        "A: Date of birth? || C: {DOB_NUM}.",
        "C: Write to {EMAIL_NUM}.",
        "C: Yes, it's {FIRST} {LAST}, about the statement.",
        "A: Never share the text code {LAST4} with anyone.",
        "C: I paid {MONEY} dollars back in {YEAR}.",
        "A: Rate the call from {MENU} to ten.",
    ],
    "lt": [
        "C: Taip, kortelė: {CARD_MESSY}.",
        "C: Mano numeris {PHONE_MESSY}, tai mobilusis.",
        "A: Gimimo data? || C: {DOB_NUM}.",
        "C: Rašykite {EMAIL_NUM}.",
        "C: Taip, čia {FIRST} {LAST}, dėl sąskaitos.",
        "A: SMS kodo {LAST4} niekam nesakykite.",
        "C: Sumokėjau {MONEY} eurų dar {YEAR} metais.",
        "A: Įvertinkite pokalbį nuo {MENU} iki dešimt.",
    ],
}
FILLER_WORDS = {"ru": ["э", "так", "ну"], "uk": ["е", "так", "ну"], "en": ["uh", "um", "so"],
                "lt": ["ee", "taip", "nu"]}
ENTITY_OF = {"CARD": "CARD", "CARD_MESSY": "CARD", "PHONE_MESSY": "PHONE", "DOB_NUM": "DOB",
             "EMAIL_NUM": "EMAIL", "CARD_A": "CARD", "CARD_B": "CARD", "EXPIRY": "EXPIRY",
             "CVV": "CVV", "PHONE": "PHONE", "EMAIL": "EMAIL", "PASSPORT": "PASSPORT",
             "PASSPORT_UA": "PASSPORT", "PASSPORT_EN": "PASSPORT", "PASSPORT_LT": "PASSPORT",
             "IDCARD_UA": "PASSPORT", "INN": "NATIONAL_ID", "SNILS": "NATIONAL_ID",
             "RNOKPP": "NATIONAL_ID", "ASMENS": "NATIONAL_ID", "NI": "NATIONAL_ID",
             "SSN": "NATIONAL_ID", "DOB": "DOB", "CONTRACT": "ACCOUNT", "ACCOUNT20": "ACCOUNT",
             "IBAN_UA": "ACCOUNT", "IBAN_GB": "ACCOUNT", "IBAN_LT": "ACCOUNT",
             "FULLNAME": "PERSON", "FIRST": "PERSON", "LAST": "PERSON", "PATR": "PERSON",
             "ADDRESS": "ADDRESS"}
# STREET + HOUSE + FLAT form one ADDRESS entity; FIRST + PATR one PERSON.


class Filler:
    """Slot values for one rendered item, shared between slots of the same entity."""

    def __init__(self, lang: str, asr: bool, rng: random.Random) -> None:
        self.lang, self.asr, self.rng = lang, asr, rng
        self.card = luhn_complete(rng.choice(["4", "5", "22"]), 16, rng)
        self.name = rng.choice(NAMES[lang])
        self.agent = rng.choice(NAMES[lang])[0]

    def num(self, n: int) -> str:
        return words(n, self.lang) if self.asr else str(n)

    def digits(self, digits: str, written: str, style: str | None = None) -> str:
        return read_digits(digits, self.lang, self.rng, style) if self.asr else written

    def value(self, slot: str) -> str:
        rng, lang = self.rng, self.lang
        card = self.card
        grouped = " ".join(card[i:i + 4] for i in range(0, 16, 4))
        if slot == "CARD":
            return self.digits(card, grouped)
        if slot == "CARD_MESSY":
            if not self.asr:
                return "-".join(card[i:i + 4] for i in range(0, 16, 4))
            fillers = FILLER_WORDS[lang]
            parts = [read_digits(card[i:i + 4], lang, rng) for i in range(0, 16, 4)]
            return " ".join(f"{part} {rng.choice(fillers)}" if k < 3 else part
                            for k, part in enumerate(parts))
        if slot == "PHONE_MESSY":
            number = self.phone()
            if self.asr:
                words_ = number.split()
                cut = len(words_) // 2
                return " ".join([*words_[:cut], rng.choice(FILLER_WORDS[lang]), *words_[cut:]])
            digits = re.sub(r"\D", "", number)
            return f"+{digits[:-10]} ({digits[-10:-7]}) {digits[-7:-4]}-{digits[-4:-2]}-" \
                f"{digits[-2:]}"
        if slot == "DOB_NUM":
            day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1950, 2004)
            if not self.asr:
                return f"{day:02d}/{month:02d}/{year}"
            return " ".join([words(day, lang), *([words(0, lang)] if month < 10 else []),
                             words(month, lang), read_digits(str(year), lang, rng, "pairs")])
        if slot == "EMAIL_NUM":
            first, last = (self.translit(x) for x in self.name)
            year = rng.randint(70, 99)
            if not self.asr:
                return f"{first}_{last}{year}@gmail.com"
            at = {"ru": "собака", "uk": "равлик", "en": "at", "lt": "eta"}[lang]
            dot = {"ru": "точка", "uk": "крапка", "en": "dot", "lt": "taškas"}[lang]
            return f"{first} {last} {words(year, lang)} {at} gmail {dot} com"
        if slot == "CARD_A":
            return self.digits(card[:8], grouped[:9])
        if slot == "CARD_B":
            return self.digits(card[8:], grouped[10:])
        if slot == "EXPIRY":
            month, year = rng.randint(1, 12), rng.randint(25, 31)
            return self.digits(f"{month:02d}{year}", f"{month:02d}/{year}", "pairs")
        if slot == "CVV":
            cvv = f"{rng.randint(100, 999)}"
            return self.digits(cvv, cvv)
        if slot == "PHONE":
            return self.phone()
        if slot == "EMAIL":
            first, last = (self.translit(x) for x in self.name)
            domain = rng.choice(["gmail", "mail", "ukr", "yahoo"])
            tld = {"ru": "ru", "uk": "ua", "en": "com", "lt": "lt"}[lang]
            if not self.asr:
                return f"{first}.{last}@{domain}.{tld}"
            dot = {"ru": "точка", "uk": "крапка", "en": "dot", "lt": "taškas"}[lang]
            at = {"ru": "собака", "uk": "равлик", "en": "at", "lt": "eta"}[lang]
            return f"{first} {dot} {last} {at} {domain} {dot} {tld}"
        if slot == "PASSPORT":
            series, number = f"{rng.randint(10, 99)}{rng.randint(0, 99):02d}", \
                f"{rng.randint(100000, 999999)}"
            return self.digits(series + number, f"{series[:2]} {series[2:]} {number}")
        if slot == "PASSPORT_UA":
            letters = rng.choice(["КМ", "ЕН", "СО", "МЕ"])
            number = f"{rng.randint(100000, 999999)}"
            if self.asr:
                names = {"К": "ка", "М": "ем", "Е": "е", "Н": "ен", "С": "ес", "О": "о"}
                return " ".join(names[c] for c in letters) + " " + self.digits(number, number)
            return f"{letters} {number}"
        if slot == "IDCARD_UA":
            number = f"{rng.randint(100000000, 999999999)}"
            return self.digits(number, number)
        if slot in ("PASSPORT_EN", "PASSPORT_LT"):
            number = f"{rng.randint(10**8 if slot == 'PASSPORT_EN' else 10**7, 10**9 - 1)}"
            number = number[:9] if slot == "PASSPORT_EN" else number[:8]
            return self.digits(number, number)
        if slot == "INN":
            value = inn12(rng)
            return self.digits(value, value)
        if slot == "SNILS":
            value = snils(rng)
            return self.digits(value, f"{value[:3]}-{value[3:6]}-{value[6:9]} {value[9:]}")
        if slot == "RNOKPP":
            value = rnokpp(rng)
            return self.digits(value, value)
        if slot == "ASMENS":
            value = asmens_kodas(rng)
            return self.digits(value, value)
        if slot == "NI":
            digits = f"{rng.randint(100000, 999999)}"
            letters = rng.choice(["QQ", "AB", "JK", "TW"])
            suffix = rng.choice("ABCD")
            return f"{letters} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}" if not \
                self.asr else f"{letters.lower()} {self.digits(digits, digits)} {suffix.lower()}"
        if slot == "SSN":
            value = f"{rng.randint(100, 665)}{rng.randint(10, 99)}{rng.randint(1000, 9999)}"
            return self.digits(value, f"{value[:3]}-{value[3:5]}-{value[5:]}")
        if slot == "DOB":
            return self.date(rng.randint(1940, 2005), birth=True)
        if slot == "CONTRACT":
            value = f"{rng.randint(10**6, 10**8)}"
            return self.digits(value, value)
        if slot == "ACCOUNT20":
            value = "40817810" + "".join(rng.choice("0123456789") for _ in range(12))
            return self.digits(value, value)
        if slot.startswith("IBAN"):
            country, length = {"IBAN_UA": ("UA", 29), "IBAN_GB": ("GB", 22),
                               "IBAN_LT": ("LT", 20)}[slot]
            code = iban(country, length, rng)  # GB's bank code is letters; digits suffice
            if self.asr:
                return f"{code[:2].lower()} " + read_digits(code[2:], lang, rng)
            return " ".join(code[i:i + 4] for i in range(0, len(code), 4))
        if slot == "STREET":
            street = rng.choice(STREETS[lang])
            return street.lower() if self.asr else street
        if slot in ("HOUSE", "FLAT"):
            return self.num(rng.randint(1, 120))
        if slot == "FULLNAME":
            return self.cased(f"{self.name[0]} {self.name[1]}")
        if slot == "FIRST":
            return self.cased(self.name[0])
        if slot == "LAST":
            return self.cased(self.name[1])
        if slot == "PATR":
            return self.cased(rng.choice(PATRONYMICS[lang]))
        if slot == "AGENT":
            return self.cased(self.agent)
        if slot in ("MONEY", "MONEY2"):
            return self.num(rng.choice([150, 320, 990, 1200, 2500, 4750, 15000, 87]))
        if slot == "LAST4":
            return self.digits(f"{rng.randint(1000, 9999)}", "", "groups") or \
                f"{rng.randint(1000, 9999)}"
        if slot == "TIME":
            hour, minute = rng.randint(8, 20), rng.choice([0, 15, 30, 45])
            if not self.asr:
                return f"{hour}:{minute:02d}"
            return self.num(hour) + ("" if minute == 0 else " " + self.num(minute))
        if slot == "DATE":
            return self.date(2026, birth=False)
        if slot == "MENU":
            return self.num(rng.randint(1, 9))
        if slot == "YEAR":
            return self.num(rng.randint(2005, 2022))
        if slot in ("COUNT", "COUNT2"):
            return self.num(rng.randint(2, 40))
        if slot == "ORDER":
            value = f"{rng.randint(10**5, 10**7)}"
            return self.digits(value, value)
        raise KeyError(slot)

    def cased(self, text: str) -> str:
        return text.lower() if self.asr else text

    def translit(self, name: str) -> str:
        """A rough Latin spelling for e-mail addresses ("Олійник" → "oliinik")."""
        out = name.lower().translate(TRANSLIT)
        return re.sub(r"[^a-z]", "", out) or "user"

    def phone(self) -> str:
        rng, lang = self.rng, self.lang
        if lang == "ru":
            digits = "79" + "".join(rng.choice("0123456789") for _ in range(9))
            written = f"+7 {digits[1:4]} {digits[4:7]}-{digits[7:9]}-{digits[9:]}"
            if self.asr:
                head = rng.choice(["плюс семь", "восемь"])
                return head + " " + read_digits(digits[1:], lang, rng)
            return written
        if lang == "uk":
            digits = "3806" + "".join(rng.choice("0123456789") for _ in range(8))
            if self.asr:
                return "нуль " + read_digits(digits[3:], lang, rng)
            return f"+380 {digits[3:5]} {digits[5:8]} {digits[8:10]} {digits[10:]}"
        if lang == "lt":
            digits = "3706" + "".join(rng.choice("0123456789") for _ in range(7))
            if self.asr:
                return "pliusas " + read_digits(digits, lang, rng)
            return f"+370 {digits[3:6]} {digits[6:]}"
        digits = "07" + "".join(rng.choice("0123456789") for _ in range(9))
        if self.asr:
            return " ".join("oh" if d == "0" else words(int(d), "en") for d in digits)
        return f"{digits[:5]} {digits[5:]}"

    def date(self, year: int, birth: bool) -> str:
        rng, lang = self.rng, self.lang
        day, month = rng.randint(1, 28), rng.randint(1, 12)
        if not self.asr:
            if rng.random() < 0.4:
                return f"{day:02d}.{month:02d}.{year}"
            if lang == "en":
                return f"{MONTHS[lang][month - 1]} {day}, {year}"
            if lang == "lt":
                return f"{year} m. {MONTHS[lang][month - 1]} {day} d."
            suffix = " года" if lang == "ru" else " року"
            return f"{day} {MONTHS[lang][month - 1]} {year}{suffix if birth else ''}".strip()
        month_name = MONTHS[lang][month - 1].lower()
        if lang == "en":
            return f"{month_name} {ordinal_genitive(day, 'en')} " + read_digits(
                str(year), "en", rng, "pairs")
        if lang == "lt":
            return f"{words(year, lang)} metų {month_name} {words(day, lang)}"
        day_words = ordinal_genitive(day, lang)
        if not birth:
            return f"{day_words} {month_name}"
        year_words = ordinal_genitive(year, lang)
        return f"{day_words} {month_name} {year_words} {'года' if lang == 'ru' else 'року'}"


TRANSLIT = str.maketrans("абвгдеёжзийклмнопрстуфхцчшщыэюяіїєґūėžčšąįųę",
                         "abvgdeejziiklmnoprstufhccssyeuaiieguezcsaiue")
SLOT = re.compile(r"\{([A-Z0-9_]+)\}")


def render(template: str, filler: Filler) -> tuple[list[dict], list[dict]]:
    """Turns and entity spans of one filled template."""
    turns, entities = [], []
    open_entities: dict[str, dict] = {}
    for turn_index, part in enumerate(template.split(" || ")):
        role = {"A": "agent", "C": "customer"}[part[0]]
        body = part[3:]
        tokens: list[str] = []
        for piece in re.split(r"(\{[A-Z0-9_]+\})", body):
            if not piece:
                continue
            slot = SLOT.fullmatch(piece)
            if slot is None:
                text = piece.lower() if filler.asr else piece
                if filler.asr:
                    text = re.sub(r"[.,?!:]", " ", text)
                words_here = text.split()
                # punctuation glued to a slot value stays with its last token
                if not filler.asr and piece[:1] in ".,?!:" and tokens:
                    tokens[-1] += piece.split()[0] if piece.split() else ""
                    words_here = piece.split()[1:]
                tokens += words_here
                continue
            name = slot.group(1)
            value = filler.value(name).split()
            kind = ENTITY_OF.get(name)
            if name in ("STREET", "HOUSE", "FLAT"):
                kind = "ADDRESS"
            start = len(tokens)
            tokens += value
            if kind is None:
                continue
            key = "CARD" if name in ("CARD_A", "CARD_B") else kind
            if kind in ("ADDRESS", "PERSON"):
                entity = open_entities.get(key)
                last_piece = entity["pieces"][-1] if entity is not None else None
                # street + house + flat is one address; "{LAST} {FIRST}" is one person
                if last_piece is not None and last_piece[0] == turn_index and (
                    kind == "ADDRESS" or name == "PATR" or last_piece[2] == start
                ):
                    last_piece[2] = len(tokens)
                    continue
            if name == "CARD_B" and "CARD" in open_entities:
                open_entities["CARD"]["pieces"].append([turn_index, start, len(tokens)])
                continue
            entity = {"type": kind, "pieces": [[turn_index, start, len(tokens)]]}
            entities.append(entity)
            open_entities[key] = entity
        turns.append({"role": role, "text": " ".join(tokens)})
    return turns, entities


def main() -> None:
    rng = random.Random(SEED)
    items = []
    for lang, templates in TEMPLATES.items():
        for number, template in enumerate(templates):
            for style in ("written", "asr"):
                for variant in range(VARIANTS):
                    filler = Filler(lang, style == "asr", rng)
                    turns, entities = render(template, filler)
                    items.append({
                        "id": f"{lang}-{number:02d}-{style}-{variant}",
                        "lang": lang, "style": style, "template": number,
                        "split": "tune" if random.Random(f"{lang}{number}").random() < 0.5
                        else "held_out",
                        "turns": turns, "entities": entities,
                    })
    rng = random.Random(SEED + 1)
    for lang, templates in FRESH_TEMPLATES.items():
        for number, template in enumerate(templates):
            for style in ("written", "asr"):
                for variant in range(VARIANTS):
                    filler = Filler(lang, style == "asr", rng)
                    turns, entities = render(template, filler)
                    items.append({
                        "id": f"{lang}-fresh{number:02d}-{style}-{variant}",
                        "lang": lang, "style": style, "template": 100 + number,
                        "split": "fresh", "turns": turns, "entities": entities,
                    })
    rng = random.Random(SEED + 2)
    for lang, templates in FRESH2_TEMPLATES.items():
        for number, template in enumerate(templates):
            for style in ("written", "asr"):
                for variant in range(VARIANTS):
                    filler = Filler(lang, style == "asr", rng)
                    turns, entities = render(template, filler)
                    items.append({
                        "id": f"{lang}-fresh2-{number:02d}-{style}-{variant}",
                        "lang": lang, "style": style, "template": 200 + number,
                        "split": "fresh2", "turns": turns, "entities": entities,
                    })
    rng = random.Random(SEED + 3)
    for lang, templates in FRESH3_TEMPLATES.items():
        for number, template in enumerate(templates):
            for style in ("written", "asr"):
                for variant in range(VARIANTS):
                    filler = Filler(lang, style == "asr", rng)
                    turns, entities = render(template, filler)
                    items.append({
                        "id": f"{lang}-fresh3-{number:02d}-{style}-{variant}",
                        "lang": lang, "style": style, "template": 300 + number,
                        "split": "fresh3", "turns": turns, "entities": entities,
                    })
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as handle:
        for item in items:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{OUT}: {len(items)} items")


if __name__ == "__main__":
    main()
