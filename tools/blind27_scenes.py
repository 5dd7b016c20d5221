"""Exchange scenes for blind27: card payments, identity/profile data and decoy-only calls in
mixed-language contact centres."""

from __future__ import annotations

import random

import blind27_lang as L
import blind27_phrases as P
import blind27_values as V
from blind27_build import Exchange, asr_plain


def _greet(ex: Exchange, rng: random.Random, lang: str) -> None:
    company = rng.choice(P.COMPANIES[lang])
    line = rng.choice(P.GREETING[lang]).format(c=company, a=rng.choice(P.AGENT_NAMES[lang]))
    ex.tags.add("agent_name" if any(a in line for a in P.AGENT_NAMES[lang]) else "greeting")
    ex.turn("agent", line)


def _num_lang(rng: random.Random, lang: str, ex: Exchange) -> str:
    """The language the caller says numbers in: often not the call's."""
    if rng.random() < 0.55:
        other = rng.choice(P.ALT[lang])
        ex.tags.add(f"numbers_{other}")
        ex.tags.add("code_switch")
        return other
    return lang


def _val(ex: Exchange, text: str) -> str:
    return asr_plain(text) if ex.style == "asr" else text


def _decoy_line(rng: random.Random, lang: str, style: str, ex: Exchange) -> tuple[str, str]:
    """One non-PII line: (role, text)."""
    kind = rng.choice(["order", "amount", "ending", "time", "named", "menu", "date", "code"])
    ex.tags.add(f"decoy_{kind}")
    asr = style == "asr"
    if kind == "order":
        num = V.rand_digits(rng, 8)
        said = L.digit_words(num, lang) if asr else num
        lead = {"ru": "Номер заказа", "uk": "Номер замовлення", "en": "Your order number is",
                "lt": "Užsakymo numeris"}[lang]
        return "agent", f"{lead} {said}."
    if kind == "amount":
        lead = {"ru": "К оплате", "uk": "До сплати", "en": "That comes to",
                "lt": "Mokėti"}[lang]
        return "agent", f"{lead} {V.amount(rng, lang, style)}."
    if kind == "ending":
        tail = V.rand_digits(rng, 4)
        said = V.say_group(tail, lang, rng) if asr else tail
        lead = {"ru": "Спишем с карты, которая заканчивается на",
                "uk": "Спишемо з картки, що закінчується на",
                "en": "We'll use the card ending in", "lt": "Nuskaitysime nuo kortelės, kurios "
                "pabaiga"}[lang]
        return "agent", f"{lead} {said}."
    if kind == "time":
        hour = rng.randint(9, 18)
        said = L.under_100(hour, lang) if asr else f"{hour}:00"
        lead = {"ru": "Курьер приедет около", "uk": "Кур'єр буде близько",
                "en": "The engineer will come around", "lt": "Kurjeris atvyks apie"}[lang]
        return "agent", f"{lead} {said}."
    if kind == "date":
        day, month = rng.randint(2, 28), rng.randint(1, 12)
        said = (f"{L.under_100(day, lang)} {P.MONTHS[lang][month - 1]}" if asr
                else f"{day} {P.MONTHS[lang][month - 1]}")
        lead = {"ru": "Можем записать вас на", "uk": "Можемо записати вас на",
                "en": "I can book you in for", "lt": "Galime užregistruoti"}[lang]
        return "agent", f"{lead} {said}."
    if kind == "code":
        code = V.rand_digits(rng, 5)
        said = L.digit_words(code, lang) if asr else f"SKU-{code}"
        lead = {"ru": "Мне нужен артикул", "uk": "Мені потрібен артикул",
                "en": "I'm after product code", "lt": "Man reikia prekės kodo"}[lang]
        return "customer", f"{lead} {said}."
    if kind == "menu":
        return "agent", P.MENU[lang]
    return rng.choice(["agent", "customer"]), rng.choice(P.NAMED_THINGS[lang])


SWITCH_TARGET = {"ru": "lt", "uk": "ru", "lt": "ru"}


def card_exchange(rng: random.Random, lang: str, style: str) -> Exchange:
    ex = Exchange(style)
    ex.tags.add("card")
    asr = style == "asr"
    _greet(ex, rng, lang)
    if rng.random() < 0.3:
        role, text = _decoy_line(rng, lang, style, ex)
        ex.turn(role, text)
    ex.turn("agent", rng.choice(P.ASK_CARD[lang]))
    number, groups = V.make_card(rng)
    card = ex.entity("card", "CARD", number)
    nlang = _num_lang(rng, lang, ex) if asr else lang
    fmt = rng.choice(["space", "space", "dash", "solid"]) if not asr else "spoken"
    ex.tags.add(f"fmt_{fmt}")

    def card_text(chunk: list[str], say_lang: str) -> str:
        if asr:
            return " ".join(V.say_group(g, say_lang, rng) for g in chunk)
        if fmt == "dash":
            return "-".join(chunk)
        return ("" if fmt == "solid" else " ").join(chunk)

    split = rng.random() < (0.6 if asr else 0.3)
    leads = P.CARD_LEAD[lang]
    # The lead that announces a switch ("можно я цифры по-литовски?") sits at index 2; in asr
    # it is used only when the digits really come in that language.
    switch_ok = not asr or nlang == SWITCH_TARGET.get(lang, nlang) != lang
    lead = rng.choice(leads if switch_ok else leads[:2] + leads[3:])
    if split:
        ex.tags.add("split_turns")
        cut = rng.randint(1, len(groups) - 1)
        first, rest = groups[:cut], groups[cut:]
        ex.turn("customer", lead, (card_text(first, nlang), card, "".join(first)))
        ex.turn("agent", rng.choice(P.GO_ON[lang]))
        ex.turn("customer", (card_text(rest, nlang), card, "".join(rest)))
    else:
        ex.turn("customer", lead, (card_text(groups, nlang), card, number))
    if rng.random() < 0.55:
        ex.tags.add("readback")
        back = ex.entity("card_back", "CARD", number)
        back_lang = lang if nlang != lang else rng.choice([lang, *P.ALT[lang]])
        if asr and back_lang != nlang:
            ex.tags.add("readback_other_language")
        text = (" ".join(V.say_group(g, back_lang, rng) for g in groups) if asr
                else " ".join(groups))
        ex.turn("agent", rng.choice(P.READBACK[lang]), (text, back, number))
        ex.turn("customer", rng.choice(P.CONFIRM[lang]))
    if rng.random() < 0.8:
        ex.tags.add("expiry")
        ex.turn("agent", rng.choice(P.ASK_EXPIRY[lang]))
        month, year = V.expiry(rng)
        exp = ex.entity("expiry", "EXPIRY")
        if asr and rng.random() < 0.35:
            ex.tags.add("expiry_labelled")
            m_cue, y_cue = {"ru": ("месяц", "год"), "uk": ("місяць", "рік"),
                            "en": ("month", "year"), "lt": ("mėnuo", "metai")}[nlang]
            ex.turn("customer", m_cue, (V.expiry_month_words(month, nlang), exp, ""), y_cue,
                    (L.under_100(year, nlang), exp, ""))
        elif asr:
            ex.turn("customer", (V.expiry_month_words(month, nlang) + " " +
                                 L.under_100(year, nlang), exp, ""))
        else:
            text = rng.choice([f"{month:02d}/{year}", f"{month:02d}/20{year}"])
            ex.turn("customer", rng.choice(["", "До", "Так,"]) if lang in ("ru", "uk") else "",
                    (text, exp, ""))
    if rng.random() < 0.75:
        ex.tags.add("cvv")
        ex.turn("agent", rng.choice(P.ASK_CVV[lang]))
        cvv = V.rand_digits(rng, 4 if len(number) == 15 else 3)
        ent = ex.entity("cvv", "CVV")
        ex.turn("customer", (V.cvv_words(cvv, nlang, rng) if asr else cvv, ent, ""))
    if rng.random() < 0.4 and len(ex.turns) <= 10:
        _name_on_card(ex, rng, lang)
    if len(ex.turns) <= 12:
        role, text = _decoy_line(rng, lang, style, ex)
        ex.turn(role, text)
    if len(ex.turns) <= 13:
        ex.turn("agent", P.CLOSING[lang][0])
    return ex


def _name_on_card(ex: Exchange, rng: random.Random, lang: str) -> None:
    ex.tags.add("person")
    ex.turn("agent", rng.choice(P.ASK_NAME_ON_CARD[lang]))
    given, surname, oblique = rng.choice(P.PEOPLE[lang])
    index = rng.randrange(len(P.NAME_LEAD[lang]))
    lead = P.NAME_LEAD[lang][index]
    person = ex.entity("holder", "PERSON")
    if lang == "en" or index == 2:
        ex.turn("customer", lead, (_val(ex, f"{given} {surname}"), person, ""))
    elif lang == "lt":
        ex.tags.add("declined_name")
        ex.turn("customer", lead, (_val(ex, oblique), person, ""), "vardu.")
    else:
        ex.tags.add("declined_name")
        ex.turn("customer", lead, (_val(ex, oblique), person, ""))


NUMBER_REGION = {"ru": ["ru", "lt"], "uk": ["uk", "en"], "en": ["en", "uk"], "lt": ["lt", "ru"]}
ID_KINDS = {"ru": ["INN", "SNILS", "ASMENS", "RNOKPP"], "uk": ["RNOKPP", "NI", "ASMENS"],
            "en": ["NI", "SSN", "RNOKPP", "ASMENS"], "lt": ["ASMENS", "RNOKPP", "INN", "NI"]}
PASSPORT_KINDS = {"ru": ["ru", "lt", "ua_book"], "uk": ["ua_book", "ua_id", "ru"],
                  "en": ["generic", "ua_id", "lt"], "lt": ["lt", "ru", "ua_id"]}
CONTRACT_LEAD = {"ru": "Договор №", "uk": "Договір №", "en": "Policy number", "lt": "Sutartis Nr."}


def _field(ex: Exchange, rng: random.Random, lang: str, field: str, key: str,
           person: tuple[str, str, str]) -> tuple[str, str, str]:
    """Make one profile value; returns (internal kind, value for checks, text as said)."""
    style = ex.style
    asr = style == "asr"
    nlang = _num_lang(rng, lang, ex) if asr and field not in ("PERSON", "ADDRESS") else lang
    if field == "PHONE":
        written, groups = V.phone(rng, rng.choice(NUMBER_REGION[lang]))
        text = " ".join(V.say_group(g, nlang, rng) for g in groups) if asr else written
        return "PHONE", "", text
    if field == "EMAIL":
        ex.tags.add("transliterated_email")
        return "EMAIL", "", V.email(rng, person[0], person[1], nlang, style)
    if field == "DOB":
        return "DOB", "", V.dob(rng, nlang, style)
    if field == "ADDRESS":
        text, with_town = V.address(rng, lang, style)
        ex.tags.add("address_town" if with_town else "address_no_town")
        return "ADDRESS", "", text
    if field == "PERSON":
        if rng.random() < 0.4:
            ex.tags.add("surname_first")
            return "PERSON", "", _val(ex, f"{person[1]} {person[0]}")
        return "PERSON", "", _val(ex, f"{person[0]} {person[1]}")
    if field == "PASSPORT":
        kind = rng.choice(PASSPORT_KINDS[lang])
        ex.tags.add(f"passport_{kind}")
        return "PASSPORT", "", V.passport(rng, kind, nlang, style)
    if field == "NATIONAL_ID":
        choice = rng.choice(ID_KINDS[lang])
        ex.tags.add(f"id_{choice.lower()}")
        kind, value, written = V.national_id(rng, choice)
        return kind, value, V.say_id(value, written, kind, nlang) if asr else written
    if rng.random() < 0.5:
        country = "LT" if lang in ("ru", "lt") or rng.random() < 0.5 else "UA"
        ex.tags.add("iban")
        value = V.iban(rng, country)
        return "IBAN", value, V.iban_text(value, nlang, style)
    ex.tags.add("contract")
    number = V.rand_digits(rng, rng.choice([7, 8, 10]))
    return "ACCOUNT", "", L.digit_words(number, nlang) if asr else number


FIELDS = ["PHONE", "EMAIL", "PASSPORT", "NATIONAL_ID", "DOB", "ACCOUNT", "ADDRESS", "PERSON"]


def profile_exchange(rng: random.Random, lang: str, style: str, first: str) -> Exchange:
    ex = Exchange(style)
    ex.tags.add("profile")
    _greet(ex, rng, lang)
    person = rng.choice(P.PEOPLE[lang])
    others = [f for f in FIELDS if f != first]
    fields = [first, *rng.sample(others, rng.randint(1, 2))]
    for index, field in enumerate(fields):
        ex.tags.add(field.lower())
        key = f"{field}{index}"
        kind, value, text = _field(ex, rng, lang, field, key, person)
        ent = ex.entity(key, kind, value)
        if field == "ACCOUNT" and kind == "ACCOUNT":
            ex.turn("agent", P.ASK_FIELD[lang][field])
            ex.turn("customer", CONTRACT_LEAD[lang], (text, ent, ""))
        else:
            ex.turn("agent", P.ASK_FIELD[lang][field])
            ex.turn("customer", rng.choice(P.FIELD_LEAD[lang]), (text, ent, ""))
        if rng.random() < 0.35 and len(ex.turns) <= 8:
            ex.tags.add("agent_echo")
            echo = ex.entity(key + "_echo", kind, value)
            ex.turn("agent", rng.choice(P.ECHO[lang]), (text, echo, ""), "— " +
                    ("так?" if lang == "uk" else "да?" if lang == "ru" else
                     "right?" if lang == "en" else "taip?"))
            ex.turn("customer", rng.choice(P.CONFIRM[lang]))
        if field == "ADDRESS" and rng.random() < 0.5 and len(ex.turns) <= 10:
            ex.tags.add("entrance_floor_outside")
            extra = {"ru": "Подъезд второй, этаж пятый, домофон не работает.",
                     "uk": "Під'їзд третій, поверх четвертий.",
                     "en": "It's the blue door, second floor.",
                     "lt": "Laiptinė antra, aukštas trečias."}[lang]
            ex.turn("customer", extra)
    if rng.random() < 0.5 and len(ex.turns) <= 12:
        role, text = _decoy_line(rng, lang, style, ex)
        ex.turn(role, text)
    if len(ex.turns) <= 13:
        ex.turn("agent", P.CLOSING[lang][0])
    return ex


def decoy_exchange(rng: random.Random, lang: str, style: str) -> Exchange:
    ex = Exchange(style)
    ex.tags.update({"decoy", "no_entity"})
    _greet(ex, rng, lang)
    said: set[str] = set()
    while len(said) < 4 + rng.randint(0, 3):
        role, text = _decoy_line(rng, lang, style, ex)
        if text not in said:
            said.add(text)
            ex.turn(role, text)
    ex.turn("agent", P.CLOSING[lang][0])
    return ex
