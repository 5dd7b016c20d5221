"""Profile exchanges of blind23 (account, address, phone+email, passport+DOB, national ID)
and person exchanges (third parties in every case, titled and professional names)."""

from __future__ import annotations

import datetime
import unicodedata

import blind23_ids as ids
import blind23_num as num
from blind23_build import Val, asr_plain
from blind23_cards import segs
from blind23_ctx import Ctx
from blind23_people import EN_TITLE, FRAMES, LATIN, RU_VOWELS, TITLED

ASK = {
    "account": {"ru": "Для возврата продиктуйте, пожалуйста, номер счёта.",
                "uk": "Для повернення продиктуйте, будь ласка, номер рахунку.",
                "en": "For the refund I'll need the account number.",
                "lt": "Grąžinimui reikės sąskaitos numerio."},
    "address": {"ru": "Куда отправить оригиналы документов?",
                "uk": "Куди надіслати оригінали документів?",
                "en": "Where should we post the paperwork?",
                "lt": "Kur išsiųsti dokumentų originalus?"},
    "contact": {"ru": "Оставьте телефон и почту для чека.",
                "uk": "Залиште телефон і пошту для чека.",
                "en": "Can I take a phone number and an email for the receipt?",
                "lt": "Palikite telefoną ir el. paštą kvitui."},
    "passport": {"ru": "Для договора нужны паспорт и дата рождения.",
                 "uk": "Для договору потрібні паспорт і дата народження.",
                 "en": "For the agreement I need your passport number and date of birth.",
                 "lt": "Sutarčiai reikia paso numerio ir gimimo datos."},
    "national_id": {"ru": "Для справки на налоговый вычет нужен ваш личный ИНН.",
                    "uk": "Для довідки на податкову знижку потрібен ваш РНОКПП.",
                    "en": "For Gift Aid we need your National Insurance number.",
                    "lt": "Pažymai mokesčių inspekcijai reikia asmens kodo."},
}
LEAD = {
    "account": {"ru": "Счёт", "uk": "Рахунок", "en": "Sure, it's", "lt": "Sąskaita"},
    "address": {"ru": "Пишите:", "uk": "Пишіть:", "en": "It's", "lt": "Rašykite:"},
    "phone": {"ru": "Телефон", "uk": "Телефон", "en": "Mobile's", "lt": "Telefonas"},
    "email": {"ru": "а почта", "uk": "а пошта", "en": "and email", "lt": "o paštas"},
    "passport": {"ru": "Паспорт", "uk": "Паспорт", "en": "Passport", "lt": "Pasas"},
    "dob": {"ru": "дата рождения", "uk": "дата народження", "en": "date of birth",
            "lt": "gimimo data"},
    "national_id": {"ru": "ИНН", "uk": "Код", "en": "It's", "lt": "Kodas"},
}
STREETS = {
    "ru": [("ул. Садовая, д. {h}, кв. {f}", "улица Садовая дом {h} квартира {f}"),
           ("пр-т Мира, д. {h}, кв. {f}", "проспект Мира дом {h} квартира {f}")],
    "uk": [("вул. Липова, буд. {h}, кв. {f}", "вулиця Липова будинок {h} квартира {f}"),
           ("просп. Перемоги, {h}, кв. {f}", "проспект Перемоги {h} квартира {f}")],
    "en": [("Flat {f}, {h} Elm Grove", "flat {f} {h} Elm Grove"),
           ("{h} Mill Lane, Ashford", "{h} Mill Lane Ashford")],
    "lt": [("Liepų g. {h}-{f}", "Liepų gatvė {h} butas {f}"),
           ("Ąžuolyno g. {h}-{f}", "Ąžuolyno gatvė {h} butas {f}")],
}
DOMAINS = {"ru": ["mail.ru", "yandex.ru"], "uk": ["ukr.net", "gmail.com"],
           "en": ["gmail.com", "outlook.com"], "lt": ["gmail.com", "inbox.lt"]}
AT = {"ru": ("собака", "точка"), "uk": ("равлик", "крапка"), "en": ("at", "dot"),
      "lt": ("eta", "taškas")}


def _latin(name: str) -> str:
    plain = unicodedata.normalize("NFD", LATIN.get(name, name))
    return "".join(ch for ch in plain if not unicodedata.combining(ch)).lower()


def _digits_asr(c: Ctx, digits: str) -> str:
    return num.say_pairs(digits, c.lang) if c.rng.random() < 0.5 else num.say_digits(
        digits, c.lang)


def account(c: Ctx) -> None:
    c.ex.say("agent", ASK["account"][c.lang])
    if c.asr or c.lang == "ru":
        number = "".join(str(c.rng.randrange(10)) for _ in range(c.rng.choice([8, 10])))
        val = Val("acc", "ACCOUNT", number, _digits_asr(c, number))
    else:
        iban = ids.make_iban(c.rng, {"uk": "UA", "en": "GB", "lt": "LT"}[c.lang])
        assert ids.iban_ok(iban)
        val = Val("acc", "ACCOUNT", iban, "")
        c.ex.tag("iban")
    c.ex.say("customer", LEAD["account"][c.lang], val)
    c.ex.tag("account")


def address(c: Ctx) -> None:
    c.ex.say("agent", ASK["address"][c.lang])
    written, spoken = c.rng.choice(STREETS[c.lang])
    house, flat = str(c.rng.randrange(2, 120)), str(c.rng.randrange(1, 90))
    val = Val("addr", "ADDRESS", written.format(h=house, f=flat),
              asr_plain(spoken.format(h=house, f=flat), c.lang))
    c.ex.say("customer", LEAD["address"][c.lang], val)
    c.ex.tag("address")


def _phone(c: Ctx) -> Val:
    lang = c.lang
    if lang == "ru":
        body = f"9{c.rng.randrange(10, 100)}{c.rng.randrange(1000000, 10000000)}"
        written = f"+7 {body[:3]} {body[3:6]}-{body[6:8]}-{body[8:]}"
        spoken = ["восемь", num.cardinal(int(body[:3]), lang), num.cardinal(int(body[3:6]), lang),
                  num.pair_words(body[6:8], lang), num.pair_words(body[8:], lang)]
    elif lang == "uk":
        body = f"{c.rng.choice(['67', '50', '93'])}{c.rng.randrange(1000000, 10000000)}"
        written = f"0{body[:2]} {body[2:5]} {body[5:7]} {body[7:]}"
        spoken = [num.say_digits("0" + body[:2], lang), num.cardinal(int(body[2:5]), lang),
                  num.pair_words(body[5:7], lang), num.pair_words(body[7:], lang)]
    elif lang == "en":
        body = f"7{c.rng.randrange(100, 1000)}{c.rng.randrange(100000, 1000000)}"
        written = f"0{body[:4]} {body[4:]}"
        spoken = ["oh", num.say_digits(body[:4], lang), num.say_digits(body[4:], lang)]
    else:
        body = f"6{c.rng.randrange(1000000, 10000000)}"
        written = f"+370 {body[:3]} {body[3:]}"
        spoken = [num.say_digits("8" + body, lang)]
    return Val("phone", "PHONE", written, " ".join(spoken))


def contact(c: Ctx) -> None:
    name = c.person()[0]
    local = _latin(name).replace(" ", ".").replace("-", "")
    if c.rng.random() < 0.5:
        local += str(c.rng.randrange(70, 100))
    domain = c.rng.choice(DOMAINS[c.lang])
    at, dot = AT[c.lang]
    spoken_local = " ".join(
        dot if part == "." else asr_plain(part, c.lang)
        for part in local.replace(".", " . ").split())
    spoken = f"{spoken_local} {at} {domain.replace('.', f' {dot} ')}"
    email = Val("email", "EMAIL", f"{local}@{domain}", spoken)
    c.ex.say("agent", ASK["contact"][c.lang])
    c.ex.say("customer", LEAD["phone"][c.lang], _phone(c), LEAD["email"][c.lang], email)
    c.ex.tag("phone", "email")


def _birth(c: Ctx) -> datetime.date:
    return datetime.date(c.rng.randrange(1951, 2000), c.rng.randrange(1, 13),
                         c.rng.randrange(1, 29))


def _dob_val(c: Ctx, born: datetime.date) -> Val:
    lang = c.lang
    if lang in ("ru", "uk"):
        written = f"{born:%d.%m.%Y}"
        spoken = (f"{num.ordinal_gen(born.day, lang)} {num.MONTHS[lang + '_gen'][born.month]} "
                  f"{num.year_gen(born.year, lang)}")
    elif lang == "en":
        written = f"{born.day} {born:%B %Y}"
        spoken = (f"{num.en_ordinal(born.day)} of {num.MONTHS['en'][born.month]} "
                  f"{num.en_year(born.year)}")
    else:
        written = f"{born:%Y-%m-%d}"
        spoken = (f"{num.cardinal(born.year, 'lt')} {num.MONTHS['lt_gen'][born.month]} "
                  f"{num.cardinal(born.day, 'lt')}")
    return Val("dob", "DOB", written, spoken)


def passport(c: Ctx) -> None:
    size = {"ru": 10, "uk": 9, "en": 9, "lt": 8}[c.lang]
    digits = "".join(str(c.rng.randrange(10)) for _ in range(size))
    if c.lang == "ru":
        written = f"{digits[:2]} {digits[2:4]} {digits[4:]}"
        spoken = (f"{num.pair_words(digits[:2], 'ru')} {num.pair_words(digits[2:4], 'ru')} "
                  f"{num.say_whole(digits[4:7], 'ru')} {num.say_whole(digits[7:], 'ru')}")
    else:
        written, spoken = digits, _digits_asr(c, digits)
    c.ex.say("agent", ASK["passport"][c.lang])
    c.ex.say("customer", LEAD["passport"][c.lang], Val("pass", "PASSPORT", written, spoken),
             "—", LEAD["dob"][c.lang], *(["the"] if c.asr and c.lang == "en" else []),
             _dob_val(c, _birth(c)))
    c.ex.tag("passport", "dob")


def national_id(c: Ctx) -> None:
    born = _birth(c)
    female = c.rng.random() < 0.5
    if c.lang == "ru":
        code = ids.make_inn12(c.rng)
        written, spoken = code, _digits_asr(c, code)
    elif c.lang == "uk":
        code = ids.make_rnokpp(c.rng, born, female)
        assert ids.rnokpp_ok(code)
        written, spoken = code, _digits_asr(c, code)
    elif c.lang == "lt":
        code = ids.make_asmens_kodas(c.rng, born, female)
        assert ids.asmens_kodas_ok(code)
        written, spoken = code, num.say_digits(code, "lt")
    else:
        code = ids.make_uk_ni(c.rng)
        written = f"{code[:2]} {code[2:4]} {code[4:6]} {code[6:8]} {code[8]}"
        spoken = " ".join([code[0].lower(), code[1].lower(), num.say_pairs(code[2:8], "en"),
                           code[8].lower()])
    c.ex.say("agent", ASK["national_id"][c.lang])
    c.ex.say("customer", LEAD["national_id"][c.lang], Val("nid", "NATIONAL_ID", written, spoken))
    c.ex.tag("national_id")


def third_party(c: Ctx, turn: int) -> None:
    """The caller names someone else, in the case the frame governs; `turn` rotates the
    cases over the plan so every case of the language occurs."""
    name = c.person()
    cases = sorted(FRAMES[c.lang])
    case = cases[turn % len(cases)]
    form = name[("nom", "gen", "dat", "acc", "ins", "loc").index(case)]
    before, after = c.rng.choice(FRAMES[c.lang][case])
    if c.lang == "ru" and case == "loc":
        before = before + ("б" if form[0] in RU_VOWELS else "")
    c.ex.say("customer", before, c.name_val("third", form), after)
    c.ex.tag("person", "third_party", f"case_{case}")


TITLED_BY_SETTING = {"medlab": [0, 1], "vet": [0, 1], "taxi": [2], "carrent": [2]}


def titled(c: Ctx) -> None:
    """A third party named by title or profession, fitting the setting where one fits."""
    choice = c.rng.choice(TITLED_BY_SETTING.get(c.ex.setting, [3]))
    before, title, form, after = TITLED[c.lang][choice]
    c.ex.say("customer", before, title, c.name_val("titled", form), after)
    c.ex.tag("person", "titled_name")


def person_call(c: Ctx, with_title: bool, turn: int) -> None:
    c.greet()
    c.purpose()
    me = c.person()
    c.ex.say("agent", c.p("name_ask"))
    c.ex.say("customer", c.p("name_lead"), c.name_val("caller", me[0]))
    c.ex.say("agent", c.p("hold"))
    if with_title:
        titled(c)
        if c.lang in ("uk", "lt"):
            third_party(c, turn)
    else:
        third_party(c, turn)
    if c.rng.random() < 0.5:
        template = c.p("address", voc="{voc}", title=EN_TITLE.get(me[0], ""))
        c.ex.say("agent", *segs(template, {"voc": c.name_val("caller_addr", me[6])}))
        c.ex.tag("agent_address")
    c.ex.tag("person", "caller_name")


PROFILE = {"account": account, "address": address, "contact": contact, "passport": passport,
           "national_id": national_id}


def profile_call(c: Ctx, kind: str) -> None:
    c.greet()
    c.purpose()
    PROFILE[kind](c)
    c.ex.say("agent", c.p("thanks"))
