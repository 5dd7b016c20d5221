"""Everyday-business settings and decoy lines (numbers and names that are not PII)."""

from __future__ import annotations

import random

from blind24_build import Exchange
from blind24_lang import digit_words, number_words

SETTINGS = ["utility", "bank", "mobile", "shop", "clinic", "insurer", "delivery"]
COMPANY = {
    "ru": ["Горэнергосбыт", "банк «Северный»", "оператор «Волна»", "магазин «Полка»",
           "клиника «Здоровье»", "страховая «Опора»", "доставка «Пакет»"],
    "uk": ["Міськводоканал", "банк «Дніпро»", "оператор «Хвиля»", "магазин «Полиця»",
           "клініка «Здоров'я»", "страхова «Опора»", "доставка «Пакунок»"],
    "en": ["Northgate Energy", "Harbour Bank", "Swift Mobile", "ShelfDirect", "Greenway Clinic",
           "Anchor Insurance", "ParcelPoint"],
    "lt": ["Miesto energija", "bankas „Vėjas“", "operatorius „Banga“", "parduotuvė „Lentyna“",
           "klinika „Sveikata“", "draudimas „Atrama“", "siuntos „Paketas“"],
}
GREET = {"ru": "{co}, здравствуйте.", "uk": "{co}, добрий день.", "en": "{co}, good morning.",
         "lt": "{co}, laba diena."}
HOTLINE = {"ru": "8 800 301 24 17", "uk": "0 800 503 112", "en": "0800 917 4402",
           "lt": "1878"}
# (role, line); a leading * marks a person-like name that is a place or brand;
# {ord} order/ticket digits, {amt} amount, {day} day, {yr} year, {last4}, {hot}
LINES = {
    "ru": [("agent", "Заказ номер {ord} передан курьеру, привезут {day} числа."),
           ("agent", "К оплате {amt} рублей, пени не начисляем."),
           ("agent", "Спишем с карты, которая заканчивается на {last4}, как обычно?"),
           ("agent", "Телефон горячей линии {hot}, звоните круглосуточно."),
           ("customer", "*Я живу у метро «Бабушкинская», там ваш пункт выдачи."),
           ("agent", "Номер обращения {ord}, сохраните его."),
           ("customer", "Я у вас с {yr} года, такого не было."),
           ("customer", "*Взяла сыр «Виола» и пиццу «Папа Джонс», в чеке {amt} рублей."),
           ("customer", "*Клиника на улице Марины Расковой, запись на {day} число.")],
    "uk": [("agent", "Замовлення номер {ord} вже у відділенні, заберіть до {day} числа."),
           ("agent", "До сплати {amt} гривень за воду."),
           ("agent", "Спишемо з картки, що закінчується на {last4}?"),
           ("agent", "Наша гаряча лінія {hot}, дзвінки безкоштовні."),
           ("customer", "*Я на вулиці Олени Теліги, біля кінотеатру «Оскар»."),
           ("agent", "Номер звернення {ord}."),
           ("customer", "Я ваш клієнт з {yr} року."),
           ("customer", "*Купила каву «Галка» і сир «Марія», чек на {amt} гривень.")],
    "en": [("agent", "Your order {ord} is out for delivery, due in {day} days."),
           ("agent", "The balance is {amt} pounds."),
           ("agent", "Shall I use the card ending {last4} again?"),
           ("agent", "Our helpline is {hot}, open till eight."),
           ("customer", "*I'm off Victoria Road, by the Morrisons."),
           ("agent", "Your reference number is {ord}."),
           ("customer", "I've been with you since {yr}."),
           ("customer", "*The Elizabeth line was down so I missed the {day} o'clock slot.")],
    "lt": [("agent", "Užsakymas numeris {ord} jau paštomate, atsiimkite per {day} dienas."),
           ("agent", "Mokėti {amt} eurų už elektrą."),
           ("agent", "Nuskaičiuosime nuo kortelės, kurios pabaiga {last4}?"),
           ("agent", "Mūsų informacinis telefonas {hot}."),
           ("customer", "*Gyvenu Vytauto gatvėje, prie „Rimi“."),
           ("agent", "Kreipinio numeris {ord}."),
           ("customer", "Esu jūsų klientė nuo {yr} metų."),
           ("customer", "*Pirkau per „Barborą“, sąskaita {amt} eurų.")],
}


def _values(ex: Exchange, rng: random.Random) -> dict[str, str]:
    lang, asr = ex.lang, ex.style == "asr"
    ord_no = "".join(rng.choice("0123456789") for _ in range(rng.choice([7, 8, 9])))
    last4 = "".join(rng.choice("0123456789") for _ in range(4))
    amt, day, yr = rng.randint(120, 9800), rng.randint(2, 12), rng.randint(2012, 2023)
    hot = HOTLINE[lang].replace(" ", "")
    if asr:
        return {"ord": digit_words(ord_no, lang), "last4": digit_words(last4, lang),
                "amt": number_words(amt, lang), "day": number_words(day, lang),
                "yr": number_words(yr, lang), "hot": digit_words(hot, lang, oh=lang == "en")}
    spaced = f"{amt:,}".replace(",", " ") if lang != "en" else str(amt)
    return {"ord": ord_no, "last4": last4, "amt": spaced, "day": str(day), "yr": str(yr),
            "hot": HOTLINE[lang]}


def greet(ex: Exchange, setting: str) -> None:
    ex.tags.add(f"setting_{setting}")
    co = COMPANY[ex.lang][SETTINGS.index(setting)]
    ex.say("agent", GREET[ex.lang].format(co=co))


def decoy_lines(ex: Exchange, rng: random.Random, count: int) -> None:
    """Add count distinct decoy lines; tags say which kind of hard negative is present."""
    values = _values(ex, rng)
    for role, line in rng.sample(LINES[ex.lang], count):
        for key, tag in (("{ord}", "order_no"), ("{amt}", "amount"), ("{last4}", "card_ending"),
                         ("{hot}", "hotline"), ("{yr}", "year"), ("{day}", "day_number")):
            if key in line:
                ex.tags.add(tag)
        if line.startswith("*"):
            ex.tags.add("named_thing")
        ex.say(role, line.lstrip("*").format(**values))
