"""Talk shared by every kind of blind25 call: greetings, hesitations, and unlabelled decoys.

Decoys (amounts, times, appointment days, "card ending", order numbers, tariffs, agents'
own names, places named after people) are sprinkled into positive calls too, so a detector
cannot score well by treating every number in a labelled call as PII.
"""

from __future__ import annotations

import random

import blind25_speak as speak
from blind25_build import Exchange
from blind25_world import AGENT_NAMES, ORGS

GREETINGS = {
    "ru": [
        "{org}, меня зовут {agent}, слушаю вас.",
        "{org}, оператор {agent}, здравствуйте.",
        "Здравствуйте, {org}, {agent}. Чем могу помочь?",
        "{org}, добрый день.",
    ],
    "uk": [
        "{org}, мене звати {agent}, слухаю вас.",
        "{org}, оператор {agent}, вітаю.",
        "Добрий день, {org}, {agent}. Чим можу допомогти?",
        "{org}, добрий день.",
    ],
    "en": [
        "{org}, you're speaking to {agent}, how can I help?",
        "Good morning, {org}, {agent} speaking.",
        "Hi, {org}, this is {agent}.",
        "Thank you for calling {org}.",
    ],
    "lt": [
        "{org}, kalba {agent}, klausau.",
        "Laba diena, {org}, kalba {agent}.",
        "{org}, {agent}, kuo galiu padėti?",
        "{org}, laba diena.",
    ],
}
WANT = {
    "ru": [
        "Здравствуйте. Мне нужно {why}.",
        "Добрый день, хочу {why}.",
        "Алло, да, здравствуйте, я по поводу того, чтобы {why}.",
    ],
    "uk": [
        "Добрий день. Мені треба {why}.",
        "Вітаю, хочу {why}.",
        "Алло, так, добрий день, я хочу {why}.",
    ],
    "en": [
        "Hi, I need to {why}.",
        "Hello, yes, I'm calling to {why}.",
        "Morning. I'd like to {why}, please.",
    ],
    "lt": [
        "Laba diena, norėčiau {why}.",
        "Sveiki, man reikia {why}.",
        "Alio, laba diena, skambinu {why}.",
    ],
}
HES = {
    "ru": ["э-э", "ммм", "так", "сейчас", "секундочку"],
    "uk": ["е-е", "ну", "зараз", "хвилинку"],
    "en": ["um", "uh", "right", "hang on"],
    "lt": ["ee", "nu", "tuoj", "palaukit"],
}
OK = {
    "ru": ["Угу.", "Так, записываю.", "Да, дальше.", "Хорошо."],
    "uk": ["Угу.", "Так, записую.", "Так, далі.", "Добре."],
    "en": ["Mhm.", "Okay, go on.", "Got that, next bit?", "Right."],
    "lt": ["Mhm.", "Taip, užsirašau.", "Gerai, toliau.", "Aha."],
}
BYE = {
    "ru": ["Спасибо, всего доброго.", "Хорошего дня, до свидания."],
    "uk": ["Дякую, гарного дня.", "Всього доброго."],
    "en": ["Thanks, bye now.", "Lovely, have a good day."],
    "lt": ["Ačiū, viso gero.", "Geros dienos."],
}


def pick(rng: random.Random, table: dict[str, list[str]], lang: str, **kw: str) -> str:
    return rng.choice(table[lang]).format(**kw)


def hes(ex: Exchange) -> str:
    return ex.rng.choice(HES[ex.lang]) + ("," if not ex.asr else "")


def greet(ex: Exchange, setting: str) -> str:
    """Agent's opening with the company and, often, the agent's own name (never labelled)."""
    org = ORGS[ex.lang][setting][0]
    agent = ex.rng.choice(AGENT_NAMES[ex.lang])
    template = ex.rng.choice(GREETINGS[ex.lang])
    line = template.format(org=org, agent=agent)
    line = line[0].upper() + line[1:]
    if "{agent}" in template:
        ex.tags.add("agent_name")
    ex.tags.add(f"setting_{setting}")
    ex.say("agent", line)
    return agent


def order_no(ex: Exchange) -> str:
    digits = str(ex.rng.randint(1_000_000, 99_999_999))
    if ex.asr:
        return speak.spoken(ex.lang, digits, ex.rng, None, ("pairs", "digits"))
    return ex.rng.choice([digits, f"№ {digits}" if ex.lang in ("ru", "uk") else digits])


def ending4(ex: Exchange, card: str) -> str:
    last = card[-4:]
    return speak.spoken(ex.lang, last, ex.rng, [2, 2]) if ex.asr else last


def decoy_line(ex: Exchange, setting: str) -> str:
    """One unlabelled line full of numbers and names that are not PII."""
    rng, lang, asr = ex.rng, ex.lang, ex.asr
    amount = speak.money(lang, asr, rng.choice((350, 1290, 2475, 86, 4100, 615)))
    hour = speak.clock(lang, asr, rng.choice((9, 11, 14, 16)), rng.choice((0, 15, 30, 45)))
    day = speak.day_month(lang, asr, rng.randint(2, 28), rng.randint(1, 12))
    ref = order_no(ex)
    ex.tags.add("decoy_numbers")
    lines = LINES[lang][setting]
    return rng.choice(lines).format(amount=amount, hour=hour, day=day, ref=ref)


LINES = {
    "ru": {
        "roaming": [
            "Пакет «Мир без границ» стоит {amount}, действует с {day}.",
            "Номер обращения {ref}, ответ придёт до {hour}.",
        ],
        "airline": [
            "Новый рейс вылетает {day} в {hour}, доплата {amount}.",
            "Номер бронирования {ref}, посадка в Шереметьево, терминал B.",
        ],
        "eservices": [
            "Заявление {ref} принято, госпошлина {amount}.",
            "Приём в МФЦ на Тверской {day} в {hour}.",
        ],
        "carclaim": [
            "Убыток зарегистрирован под номером {ref}, эксперт приедет {day}.",
            "Франшиза по полису {amount}, СТО на Ленинградке работает до {hour}.",
        ],
        "rental": [
            "Просмотр квартиры {day} в {hour}, залог {amount}.",
            "Заявка {ref}, квартира у метро «Пушкинская».",
        ],
        "tax": [
            "Пени составляют {amount}, обращение {ref}.",
            "Инспекция на Гагарина принимает до {hour}.",
        ],
        "customs": [
            "Посылка {ref} на складе, пошлина {amount}.",
            "Курьер привезёт {day} с {hour}.",
        ],
        "gym": [
            "Заморозка до {day}, стоимость {amount}.",
            "Тариф «Безлимит Плюс», зал на Ломоносова открыт до {hour}.",
        ],
        "hospital": ["Счёт {ref} на сумму {amount}.", "Касса работает до {hour}, {day} выходной."],
        "studentloan": [
            "Следующий платёж {day}, сумма {amount}.",
            "Заявка на отсрочку {ref}, ответ до {hour}.",
        ],
        "pension": ["Взнос {amount} поступит {day}.", "Обращение {ref}, выберите пункт три."],
        "leasing": [
            "Просрочка {amount}, договор закрывается {day}.",
            "Машину заберут из салона на Кутузовском в {hour}.",
        ],
    },
    "uk": {
        "roaming": [
            "Пакет «Європа Лайт» коштує {amount}, діє з {day}.",
            "Номер звернення {ref}, відповідь до {hour}.",
        ],
        "airline": [
            "Новий рейс {day} о {hour}, доплата {amount}.",
            "Бронювання {ref}, виліт з Борисполя.",
        ],
        "eservices": [
            "Заява {ref} прийнята, збір {amount}.",
            "Запис у ЦНАП на Хрещатику {day} о {hour}.",
        ],
        "carclaim": [
            "Справа {ref}, експерт приїде {day}.",
            "Франшиза {amount}, СТО на Шевченка працює до {hour}.",
        ],
        "rental": [
            "Перегляд {day} о {hour}, депозит {amount}.",
            "Заявка {ref}, квартира біля метро «Золоті ворота».",
        ],
        "tax": ["Пеня {amount}, звернення {ref}.", "Податкова на Франка працює до {hour}."],
        "customs": ["Посилка {ref} на складі, мито {amount}.", "Кур'єр буде {day} з {hour}."],
        "gym": [
            "Заморозка до {day}, вартість {amount}.",
            "Тариф «Ранковий», зал на Лесі Українки до {hour}.",
        ],
        "hospital": ["Рахунок {ref} на {amount}.", "Каса працює до {hour}."],
        "studentloan": ["Наступний платіж {day}, сума {amount}.", "Заявка {ref}, натисніть два."],
        "pension": ["Внесок {amount} надійде {day}.", "Звернення {ref}, оберіть пункт три."],
        "leasing": [
            "Прострочка {amount}, договір закривається {day}.",
            "Авто заберуть із салону на Бандери о {hour}.",
        ],
    },
    "en": {
        "roaming": [
            "The Travel Max bundle is {amount} and starts on {day}.",
            "Your case reference is {ref}, we'll text you by {hour}.",
        ],
        "airline": [
            "You're now on the flight on {day} at {hour}, the fare difference is {amount}.",
            "Booking reference {ref}, departing from Heathrow Terminal five.",
        ],
        "eservices": [
            "Application {ref} is in, the fee was {amount}.",
            "Your appointment is {day} at {hour}.",
        ],
        "carclaim": [
            "Claim number {ref}, the assessor comes out on {day}.",
            "The excess is {amount}, the garage on Churchill Way closes at {hour}.",
        ],
        "rental": [
            "Viewing on {day} at {hour}, holding deposit {amount}.",
            "Reference {ref}, the flat by Victoria Park.",
        ],
        "tax": ["The penalty is {amount}, reference {ref}.", "Lines are open until {hour}."],
        "customs": ["Parcel {ref} is held, duty is {amount}.", "Delivery on {day} from {hour}."],
        "gym": [
            "The freeze runs until {day} and costs {amount}.",
            "You're on the Off Peak plan, the Nelson Street club shuts at {hour}.",
        ],
        "hospital": ["Invoice {ref} for {amount}.", "The billing desk closes at {hour}."],
        "studentloan": ["Next repayment {day}, {amount}.", "Ticket {ref}, press two for this."],
        "pension": ["The {amount} contribution lands on {day}.", "Case {ref}, option three."],
        "leasing": [
            "Arrears are {amount}, the agreement ends {day}.",
            "Collection from the Kingston showroom at {hour}.",
        ],
    },
    "lt": {
        "roaming": [
            "Paketas „Kelionė“ kainuoja {amount}, galioja nuo {day}.",
            "Kreipinio numeris {ref}, atsakysime iki {hour}.",
        ],
        "airline": [
            "Naujas skrydis {day} {hour}, priemoka {amount}.",
            "Rezervacija {ref}, išvykimas iš Vilniaus oro uosto.",
        ],
        "eservices": [
            "Prašymas {ref} priimtas, rinkliava {amount}.",
            "Vizitas Gedimino prospekte {day} {hour}.",
        ],
        "carclaim": [
            "Žalos byla {ref}, ekspertas atvyks {day}.",
            "Išskaita {amount}, servisas Ukmergės gatvėje dirba iki {hour}.",
        ],
        "rental": [
            "Apžiūra {day} {hour}, užstatas {amount}.",
            "Paraiška {ref}, butas prie Vingio parko.",
        ],
        "tax": ["Delspinigiai {amount}, kreipinys {ref}.", "Inspekcija dirba iki {hour}."],
        "customs": ["Siuntinys {ref} sandėlyje, muitas {amount}.", "Kurjeris atvyks {day} {hour}."],
        "gym": [
            "Sustabdymas iki {day}, kaina {amount}.",
            "Planas „Rytinis“, klubas Maironio gatvėje dirba iki {hour}.",
        ],
        "hospital": ["Sąskaita {ref}, suma {amount}.", "Kasa dirba iki {hour}."],
        "studentloan": ["Kita įmoka {day}, suma {amount}.", "Užklausa {ref}, spauskite du."],
        "pension": ["Įmoka {amount} bus {day}.", "Kreipinys {ref}, pasirinkite tris."],
        "leasing": [
            "Įsiskolinimas {amount}, sutartis baigiasi {day}.",
            "Automobilį paims iš salono Savanorių prospekte {hour}.",
        ],
    },
}
