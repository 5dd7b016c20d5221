"""Person exchanges and profile-field exchanges (phone, email, DOB, ids, account, address)."""

from __future__ import annotations

import random

from blind24_build import Exchange, Value
from blind24_lang import (
    asmens_make,
    digit_words,
    iban_make,
    inn12_make,
    number_words,
    pair_words,
    rnokpp_make,
)

# (first name, surname, how the agent addresses the caller, title said before it)
NAMES = {
    "ru": [("Ольга", "Кравец", "Ольга Викторовна", ""), ("Денис", "Ушаков", "Денис Игоревич", ""),
           ("Марина", "Соболева", "Марина Сергеевна", ""), ("Артём", "Клименко", "Артём", ""),
           ("Светлана", "Жукова", "Светлана Петровна", ""), ("Руслан", "Гаврилов", "Руслан", ""),
           ("Наталья", "Ершова", "Наталья Андреевна", ""),
           ("Игорь", "Лапин", "Игорь Олегович", "")],
    "uk": [("Оксана", "Мельничук", "Оксано", "пані"), ("Тарас", "Коваль", "Тарасе", "пане"),
           ("Ірина", "Савчук", "Ірино", "пані"), ("Андрій", "Бондар", "Андрію", "пане"),
           ("Марія", "Гнатюк", "Маріє", "пані"), ("Петро", "Ткачук", "Петре", "пане")],
    "en": [("Karen", "Whitfield", "Whitfield", "Mrs"), ("Gary", "Holloway", "Holloway", "Mr"),
           ("Priya", "Sandhu", "Sandhu", "Ms"), ("Tom", "Barker", "Barker", "Mr"),
           ("Leanne", "Cartwright", "Cartwright", "Ms"), ("Dave", "Pickering", "Pickering", "Mr")],
    "lt": [("Rasa", "Petrauskienė", "Rasa", "ponia"), ("Jonas", "Kazlauskas", "Jonai", "pone"),
           ("Aistė", "Žukauskaitė", "Aiste", "ponia"), ("Darius", "Stankevičius", "Dariau", "pone"),
           ("Gintarė", "Paulauskienė", "Gintare", "ponia"), ("Mindaugas", "Urbonas", "Mindaugai",
                                                             "pone")],
}
P = {
    "ru": {"intro": "Здравствуйте, меня зовут", "intro2": "Добрый день. Фамилия моя",
           "why": "— хочу узнать по счёту.", "thanks": "Спасибо,", "wait": "— минутку, проверяю.",
           "rel": "Договор не на меня. Владелец —", "rel_end": "— я по доверенности.",
           "cue": {"PHONE": "Номер телефона для связи?", "EMAIL": "Электронная почта?",
                   "DOB": "Дата рождения?", "ACCOUNT": "Номер лицевого счёта?",
                   "ADDRESS": "Адрес доставки?", "NATIONAL_ID": "Назовите ИНН.",
                   "PASSPORT": "Серия и номер паспорта?"},
           "echo": "Записала:", "ok": "— да, верно.", "at": "собака", "dot": "точка"},
    "uk": {"intro": "Добрий день, мене звати", "intro2": "Вітаю. Прізвище моє",
           "why": "— хочу уточнити рахунок.", "thanks": "Дякую,", "wait": "— хвилинку.",
           "rel": "Договір не на мене. Власник —", "rel_end": "— я за довіреністю.",
           "cue": {"PHONE": "Номер телефону для зв'язку?", "EMAIL": "Електронна пошта?",
                   "DOB": "Дата народження?", "ACCOUNT": "Ваш IBAN для повернення?",
                   "ADDRESS": "Адреса доставки?", "NATIONAL_ID": "Ваш РНОКПП?",
                   "PASSPORT": "Номер ID-картки?"},
           "echo": "Записала:", "ok": "— так, правильно.", "at": "равлик", "dot": "крапка"},
    "en": {"intro": "Hi, my name's", "intro2": "Hello, it's",
           "why": "— calling about my bill.", "thanks": "Thanks,", "wait": "— bear with me.",
           "rel": "It's not in my name, the holder is", "rel_end": "— I've got power of attorney.",
           "cue": {"PHONE": "Best number to reach you?", "EMAIL": "And your email?",
                   "DOB": "Date of birth?", "ACCOUNT": "Your account number?",
                   "ADDRESS": "Delivery address?", "NATIONAL_ID": "National Insurance number?",
                   "PASSPORT": "Passport number?"},
           "echo": "Got it:", "ok": "— yes, that's it.", "at": "at", "dot": "dot"},
    "lt": {"intro": "Laba diena, mano vardas", "intro2": "Sveiki, čia",
           "why": "— skambinu dėl sąskaitos.", "thanks": "Ačiū,", "wait": "— minutėlę.",
           "rel": "Sutartis ne mano vardu, savininkas —", "rel_end": "— skambinu pagal įgaliojimą.",
           "cue": {"PHONE": "Kontaktinis telefonas?", "EMAIL": "El. paštas?",
                   "DOB": "Gimimo data?", "ACCOUNT": "Jūsų IBAN grąžinimui?",
                   "ADDRESS": "Pristatymo adresas?", "NATIONAL_ID": "Asmens kodas?",
                   "PASSPORT": "Paso numeris?"},
           "echo": "Užsirašiau:", "ok": "— taip, teisingai.", "at": "eta", "dot": "taškas"},
}
MONTHS = {
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "en": "January February March April May June July August September October November December",
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio "
          "lapkričio gruodžio",
}
STREETS = {"ru": ["улица Садовая", "проспект Мира", "улица Заречная"],
           "uk": ["вулиця Зелена", "вулиця Садова", "проспект Науки"],
           "en": ["Mill Lane", "Orchard Close", "Station Road"],
           "lt": ["Ąžuolų g.", "Liepų g.", "Sodų g."]}
HANDLES = ["olga.k", "den.ushakov", "mariya.s", "tk.coval", "karen.w", "rasa.p", "g.holloway"]


def _digits(rng: random.Random, n: int, first: str = "123456789") -> str:
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def person_exchange(ex: Exchange, rng: random.Random, index: int, with_address: bool) -> None:
    """Caller gives a name (or a relative's); the agent may address the caller."""
    p, names = P[ex.lang], NAMES[ex.lang]
    first, last, address, title = names[index % len(names)]
    ex.tags.add("person")
    if ex.lang in ("ru", "uk") and index % 2:
        ex.tags.add("surname_first")
        ex.say("customer", p["intro2"], Value(ex.entity("caller", "PERSON"), f"{last} {first}"),
               p["why"])
    else:
        ex.say("customer", p["intro"], Value(ex.entity("caller", "PERSON"), f"{first} {last}"),
               p["why"])
    if index % 3 == 2:
        ex.tags.add("other_holder")
        rel = names[(index + 3) % len(names)]
        ex.say("customer", p["rel"], Value(ex.entity("rel", "PERSON"), f"{rel[0]} {rel[1]}"),
               p["rel_end"])
    if with_address:
        ex.tags.add("agent_addresses")
        ex.say("agent", p["thanks"], title, Value(ex.entity("agent_addr", "PERSON"), address),
               p["wait"])
    else:
        ex.say("agent", p["thanks"] + p["wait"].lstrip("—"))


def _profile_value(ex: Exchange, rng: random.Random, etype: str) -> str:
    lang, asr = ex.lang, ex.style == "asr"
    if etype == "PHONE":
        if lang == "ru":
            d = _digits(rng, 10, "9")
            if asr:
                return " ".join(["восемь", number_words(int(d[:3]), lang),
                                 number_words(int(d[3:6]), lang), pair_words(d[6:], lang)])
            return f"8 {d[:3]} {d[3:6]}-{d[6:8]}-{d[8:]}"
        local = {"uk": "0" + rng.choice(["67", "50", "93"]) + _digits(rng, 7),
                 "en": "07" + _digits(rng, 9), "lt": "86" + _digits(rng, 7)}[lang]
        if asr:
            return digit_words(local, lang, oh=lang == "en")
        return {"uk": f"{local[:3]} {local[3:6]} {local[6:8]} {local[8:]}",
                "en": f"{local[:5]} {local[5:]}",
                "lt": f"{local[0]} {local[1:4]} {local[4:]}"}[lang]
    if etype == "EMAIL":
        user, dom = rng.choice(HANDLES), rng.choice(["gmail.com", "mail.ru", "ukr.net", "inbox.lt"])
        if not asr:
            return f"{user}@{dom}"
        p = P[lang]
        user_words = f" {p['dot']} ".join(user.split("."))
        return f"{user_words} {p['at']} {dom.replace('.', ' ' + p['dot'] + ' ')}"
    if etype == "DOB":
        day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1950, 2004)
        if not asr:
            return {"lt": f"{year}-{month:02d}-{day:02d}",
                    "en": f"{day} {MONTHS['en'].split()[month - 1]} {year}"}.get(
                        lang, f"{day:02d}.{month:02d}.{year}")
        mname = MONTHS[lang].split()[month - 1].lower()
        if lang == "en":
            return f"{mname} {number_words(day, lang)} {pair_words(str(year), lang)}"
        if lang == "lt":
            return f"{number_words(year, lang)} {mname} {number_words(day, lang)}"
        return f"{number_words(day, lang)} {mname} {number_words(year, lang)}"
    if etype == "ACCOUNT":
        if asr or lang in ("ru", "en"):
            d = _digits(rng, 10 if lang != "en" else 8)
            return pair_words(d, lang) if asr else d
        if lang == "uk":
            return iban_make("UA", "305299" + _digits(rng, 19, "0"))
        return iban_make("LT", "73000" + _digits(rng, 11))
    if etype == "ADDRESS":
        street, house, flat = rng.choice(STREETS[lang]), rng.randint(2, 120), rng.randint(1, 90)
        if lang == "en":
            return (f"flat {number_words(flat, lang)} {number_words(house, lang)} {street.lower()}"
                    if asr else f"Flat {flat}, {house} {street}")
        if lang == "lt":
            return (f"{street.lower().replace(' g.', ' gatvė')} {number_words(house, lang)} "
                    f"butas {number_words(flat, lang)}" if asr else f"{street} {house}-{flat}")
        kv, dom = ("квартира", "дом") if lang == "ru" else ("квартира", "будинок")
        if asr:
            return (f"{street.lower()} {dom} {number_words(house, lang)} {kv} "
                    f"{number_words(flat, lang)}")
        return f"{street}, {dom[0]}. {house}, кв. {flat}"
    if etype == "NATIONAL_ID":
        if lang == "en":
            letters = rng.choice(["JH", "AB", "NP", "KC"])
            nums, tail = _digits(rng, 6), rng.choice("ABCD")
            if asr:
                return " ".join([*letters.lower(), pair_words(nums, lang), tail.lower()])
            return f"{letters} {nums[:2]} {nums[2:4]} {nums[4:]} {tail}"
        code = {"ru": lambda: inn12_make("77" + _digits(rng, 8)),
                "uk": lambda: rnokpp_make(_digits(rng, 9, "23")),
                "lt": lambda: asmens_make(rng.choice("3456") + _digits(rng, 9, "0"))}[lang]()
        ex.tags.add("checksum_id")
        return digit_words(code, lang) if asr else code
    series, number = _digits(rng, 4), _digits(rng, 6)
    if lang == "ru":
        if asr:
            return f"{pair_words(series, lang)} {number_words(int(number[:3]), lang)} " \
                   f"{number_words(int(number[3:]), lang)}"
        return f"{series[:2]} {series[2:]} {number}"
    code = _digits(rng, {"uk": 9, "en": 9, "lt": 8}[lang])
    return digit_words(code, lang, oh=lang == "en") if asr else code


def profile_exchange(ex: Exchange, rng: random.Random, etype: str, echo: bool) -> None:
    """Agent asks for one profile field; the customer answers; the agent may echo it."""
    p = P[ex.lang]
    ex.tags.add(etype.lower())
    value = _profile_value(ex, rng, etype)
    cue = p["cue"][etype]
    if etype == "ACCOUNT" and ex.style == "asr" and ex.lang in ("uk", "lt"):
        cue = {"uk": "Номер договору?", "lt": "Sutarties numeris?"}[ex.lang]
    ex.say("agent", cue)
    ex.say("customer", Value(ex.entity("value", etype), value))
    if echo:
        ex.tags.add("agent_echo")
        ex.say("agent", p["echo"], Value(ex.entity("echo", etype), value), p["ok"])
