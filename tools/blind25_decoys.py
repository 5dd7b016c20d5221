"""Decoy-only calls: everything here looks like PII to a careless detector and is not.

Amounts, times, appointment days, order/ticket numbers, product codes, "the card ending in",
menu choices, tariffs, company and agent names, places named after famous people.
"""

from __future__ import annotations

import blind25_speak as speak
import blind25_talk as talk
from blind25_build import Exchange

WHY = {
    "ru": [
        "узнать, когда будет готово",
        "уточнить сумму",
        "перенести запись",
        "узнать статус заявки",
        "поменять тариф",
    ],
    "uk": [
        "дізнатися, коли буде готово",
        "уточнити суму",
        "перенести запис",
        "дізнатися статус заявки",
        "змінити тариф",
    ],
    "en": [
        "check on a claim",
        "query a charge",
        "move an appointment",
        "chase a ticket",
        "change my plan",
    ],
    "lt": [
        "sužinoti, kada bus paruošta",
        "patikslinti sumą",
        "perkelti vizitą",
        "sužinoti paraiškos būseną",
        "pakeisti planą",
    ],
}
ASK = {
    "ru": [
        "Номер заявки {ref}, посмотрите, пожалуйста.",
        "Оплата была картой, которая заканчивается на {end}, списали {amount} — это правильно?",
        "Меня в меню отправили на пункт четыре, а мне нужен пункт два.",
        "Мне удобно {day} к {hour}, я буду у метро «Маяковская».",
        "Код товара {code}, он в наличии?",
        "Перейти на тариф «Семейный» — это сколько, {amount}?",
    ],
    "uk": [
        "Номер заявки {ref}, подивіться, будь ласка.",
        "Оплата була карткою, що закінчується на {end}, списали {amount} — це правильно?",
        "Мене в меню відправили на пункт чотири, а треба два.",
        "Мені зручно {day} о {hour}, я буду біля пам'ятника Шевченку.",
        "Код товару {code}, він є?",
        "Перейти на тариф «Сімейний» — це скільки, {amount}?",
    ],
    "en": [
        "The ticket number is {ref}, can you have a look?",
        "I paid with the card ending {end} and got charged {amount} — is that right?",
        "The menu put me through to option four but I needed two.",
        "Could I do {day} at {hour}? I'll be near Nelson's Column.",
        "The product code is {code}, is it in stock?",
        "How much is the Family plan, {amount}?",
    ],
    "lt": [
        "Paraiškos numeris {ref}, pažiūrėkite, prašau.",
        "Mokėjau kortele, kuri baigiasi {end}, nuskaičiavo {amount} — ar teisingai?",
        "Meniu nusiuntė į ketvirtą punktą, o man reikia antro.",
        "Man tinka {day} {hour}, būsiu prie Gedimino pilies.",
        "Prekės kodas {code}, ar yra?",
        "Kiek kainuoja planas „Šeima“, {amount}?",
    ],
}
ANSWER = {
    "ru": [
        "Да, вижу, всё в порядке.",
        "Сейчас проверю… Да, так и есть.",
        "Переключаю вас, оставайтесь на линии.",
    ],
    "uk": [
        "Так, бачу, все гаразд.",
        "Зараз перевірю… Так, усе вірно.",
        "Перемикаю вас, залишайтеся на лінії.",
    ],
    "en": [
        "Yes, I can see that, all fine.",
        "Let me check… yes, that's right.",
        "I'll transfer you now, stay on the line.",
    ],
    "lt": [
        "Taip, matau, viskas gerai.",
        "Tuoj patikrinsiu… Taip, teisingai.",
        "Sujungiu, likite ryšyje.",
    ],
}
# which reasons (WHY) and questions (ASK) fit each setting, by position in those lists
FITS = {
    "roaming": ((1, 3, 4), (0, 1, 2, 5)),
    "airline": ((1, 2, 3), (0, 1, 2, 3)),
    "eservices": ((0, 2, 3), (0, 1, 2, 3)),
    "carclaim": ((0, 1, 3), (0, 1, 2, 3)),
    "rental": ((1, 2, 3), (0, 1, 2, 3)),
    "tax": ((1, 3), (0, 1, 2, 3)),
    "customs": ((0, 1, 3), (0, 1, 3, 4)),
    "gym": ((1, 2, 4), (1, 2, 3, 5)),
    "hospital": ((1, 2, 3), (0, 1, 2, 3)),
    "studentloan": ((1, 3), (0, 1, 2)),
    "pension": ((1, 3), (0, 1, 2)),
    "leasing": ((1, 3), (0, 1, 2, 3)),
}
GO_ON = {"ru": "Да, слушаю.", "uk": "Так, слухаю.", "en": "Sure, go ahead.", "lt": "Taip, klausau."}
THANKS = {
    "ru": "Понятно, спасибо.",
    "uk": "Зрозуміло, дякую.",
    "en": "Brilliant, thanks.",
    "lt": "Supratau, ačiū.",
}


def _code(ex: Exchange) -> str:
    digits = str(ex.rng.randint(10000, 99999))
    if ex.asr:
        return speak.spoken(ex.lang, digits, ex.rng, [2, 3], ("pairs", "digits"))
    return f"{ex.rng.choice(['AX', 'KT', 'BR'])}-{digits}"


def decoy_call(ex: Exchange, setting: str, index: int) -> None:
    rng, lang, asr = ex.rng, ex.lang, ex.asr
    ex.tags.update({"decoy", "no_entity"})
    talk.greet(ex, setting)
    whys, fitting = FITS[setting]
    why = WHY[lang][rng.choice(whys)]
    ex.say("customer", talk.pick(rng, talk.WANT, lang, why=why))
    ex.say("agent", GO_ON[lang])
    n_asks = rng.choice((1, 2, 2))
    asks = [ASK[lang][i] for i in fitting]
    for k in range(n_asks):
        line = asks[(index + k) % len(asks)]
        card_end = f"{rng.randint(0, 9999):04d}"
        fill = {
            "ref": talk.order_no(ex),
            "end": speak.spoken(lang, card_end, rng, [2, 2]) if asr else card_end,
            "amount": speak.money(lang, asr, rng.choice((460, 1999, 75, 3120))),
            "day": speak.day_month(lang, asr, rng.randint(2, 28), rng.randint(1, 12)),
            "hour": speak.clock(lang, asr, rng.choice((10, 12, 15, 17)), rng.choice((0, 30))),
            "code": _code(ex),
        }
        for slot in fill:
            if "{" + slot + "}" in line:
                ex.tags.add(f"decoy_{slot}")
        ex.say("customer", line.format(**fill))
        ex.say("agent", rng.choice(ANSWER[lang]))
    ex.say("agent", talk.decoy_line(ex, setting))
    ex.say("customer", THANKS[lang])
    ex.say("agent", rng.choice(talk.BYE[lang]))
