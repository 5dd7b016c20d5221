"""Identity/profile calls: the agent collects what the setting really needs.

An insurer after a crash asks for the policy number and the other driver; a tax line asks for
the tax number and address; each setting has its own list, and each call takes two to four
of them, with echoes, halves, spelled e-mail and relatives named along the way.
"""

from __future__ import annotations

import blind25_talk as talk
import blind25_values as values
from blind25_build import Exchange, Val
from blind25_cards import P as CARD_P
from blind25_people import name_val
from blind25_world import ORGS, PEOPLE

ASKS = {
    "roaming": ["passport", "phone", "email"],
    "airline": ["dob", "passport", "email", "phone"],
    "eservices": ["national", "dob", "email"],
    "carclaim": ["account", "relative", "phone", "address"],
    "rental": ["passport", "address", "email", "relative"],
    "tax": ["national", "address", "account"],
    "customs": ["passport", "national", "phone", "address"],
    "gym": ["phone", "dob", "email", "relative"],
    "hospital": ["dob", "account", "relative", "address"],
    "studentloan": ["national", "account", "dob", "email"],
    "pension": ["national", "dob", "address", "phone"],
    "leasing": ["passport", "account", "relative", "phone"],
}
Q = {
    "ru": {
        "name": ["Представьтесь, пожалуйста, полностью.", "Ваши фамилия, имя, отчество?"],
        "dob": ["Дата рождения?", "Для проверки назовите дату рождения."],
        "phone": ["Контактный телефон?", "По какому номеру вам перезвонить?"],
        "email": ["Адрес электронной почты?", "На какую почту отправить документы?"],
        "address": ["Адрес, пожалуйста.", "Адрес регистрации?"],
        "passport": ["Серия и номер паспорта?", "Паспортные данные, серия и номер."],
        "inn12": ["Ваш ИНН?"],
        "snils": ["Номер СНИЛС, пожалуйста."],
        "account": ["Номер договора или лицевого счёта?", "Номер полиса?"],
        "relative": ["Кого ещё указать в заявке?", "Есть контактное лицо?"],
        "flat": ["Квартира?", "А квартира какая?"],
        "more": ["Номер?", "Так, дальше."],
    },
    "uk": {
        "name": ["Назвіться, будь ласка, повністю.", "Ваше прізвище, ім'я, по батькові?"],
        "dob": ["Дата народження?", "Для перевірки — дата народження."],
        "phone": ["Контактний телефон?", "На який номер вам передзвонити?"],
        "email": ["Електронна пошта?", "На яку пошту надіслати документи?"],
        "address": ["Адреса, будь ласка.", "Адреса реєстрації?"],
        "passport": ["Номер паспорта?", "Номер ID-картки або паспорта?"],
        "rnokpp": ["Ваш РНОКПП, ідентифікаційний код?"],
        "account": ["Номер рахунку або договору?", "Номер поліса?"],
        "relative": ["Кого ще вказати в заяві?", "Є контактна особа?"],
        "flat": ["Квартира?", "А квартира яка?"],
        "more": ["Далі?", "Так, далі."],
    },
    "en": {
        "name": ["Can I take your full name?", "Who am I speaking with, please?"],
        "dob": ["Date of birth?", "Just to confirm security, your date of birth?"],
        "phone": ["Best contact number?", "What number can we reach you on?"],
        "email": ["And an email address?", "Where should we email the documents?"],
        "address": ["And the address?", "What's the address on the account?"],
        "passport": ["Passport number, please?", "Could I have your passport number?"],
        "ni": ["Your National Insurance number?"],
        "ssn": ["And your Social Security number?"],
        "account": ["Account number?", "What's the policy number?"],
        "relative": ["Anyone else on the claim?", "Is there a second contact?"],
        "flat": ["Flat number?"],
        "more": ["Go on.", "Yep, and the rest?"],
    },
    "lt": {
        "name": ["Prisistatykite, prašau.", "Jūsų vardas ir pavardė?"],
        "dob": ["Gimimo data?", "Patikrinimui — gimimo data?"],
        "phone": ["Kontaktinis telefonas?", "Kokiu numeriu perskambinti?"],
        "email": ["El. pašto adresas?", "Kur atsiųsti dokumentus?"],
        "address": ["Adresas, prašau.", "Deklaruotos gyvenamosios vietos adresas?"],
        "passport": ["Paso numeris?", "Asmens dokumento numeris?"],
        "asmens": ["Jūsų asmens kodas?"],
        "account": ["Sąskaitos ar sutarties numeris?", "Poliso numeris?"],
        "relative": ["Ką dar įrašyti?", "Ar yra kontaktinis asmuo?"],
        "flat": ["Butas?", "O buto numeris?"],
        "more": ["Toliau?", "Taip, toliau."],
    },
}
LEAD = {
    "ru": ["", "{hes}", "Да,", "Пишите:"],
    "uk": ["", "{hes}", "Так,", "Пишіть:"],
    "en": ["", "{hes}", "Yeah, it's", "It's"],
    "lt": ["", "{hes}", "Taip,", "Rašykit:"],
}
SPELL = {"ru": "— по буквам:", "uk": "— по літерах:", "en": "— that's", "lt": "— paraidžiui:"}
ECHO = {
    "ru": ["Записываю: {v} — верно?", "Так, {v} — правильно?"],
    "uk": ["Записую: {v} — правильно?", "Так, {v} — вірно?"],
    "en": ["So that's {v} — right?", "I've got {v} — correct?"],
    "lt": ["Užrašiau: {v} — teisingai?", "Taigi {v} — taip?"],
}
REL = {
    "ru": [
        ("f", "Сестра, {nom} — она тоже будет звонить."),
        ("m", "Мой коллега {nom}"),
        ("x", "Доверенность от {gen}"),
        ("f", "Дочка, {dim} — она всё знает."),
        ("x", "Второй водитель — {nom}"),
    ],
    "uk": [
        ("f", "Сестра, {nom} — вона теж телефонуватиме."),
        ("m", "Мій колега {nom}"),
        ("x", "Довіреність від {gen}"),
        ("f", "Донька, {dim} — вона все знає."),
        ("x", "Другий водій — {nom}"),
    ],
    "en": [
        ("f", "My sister, {nom} — she might ring too."),
        ("x", "My colleague {nom}"),
        ("x", "I've got power of attorney from {nom}"),
        ("f", "Our daughter {dim} — she knows it all."),
        ("x", "Put down {nom} — the other driver."),
    ],
    "lt": [
        ("f", "Sesuo, {nom} — ji irgi skambins."),
        ("m", "Mano kolega {nom}"),
        ("x", "Įgaliojimas nuo {gen}"),
        ("f", "Dukra {dim} — ji viską žino."),
        ("x", "Kitas vairuotojas — {nom}"),
    ],
}
ROTATION = ("national", "passport", "phone", "email", "dob", "address", "account", "relative")
NATIONAL = {"ru": ("inn12", "snils"), "uk": ("rnokpp",), "en": ("ni", "ssn"), "lt": ("asmens",)}
FORM = {"nom": "full", "gen": "gen", "dim": "dim"}


def identity_call(ex: Exchange, setting: str, index: int) -> None:
    rng, lang = ex.rng, ex.lang
    talk.greet(ex, setting)
    ex.say("customer", talk.pick(rng, talk.WANT, lang, why=ORGS[lang][setting][2]))
    person = PEOPLE[lang][index % len(PEOPLE[lang])]
    born = values.birth(rng)
    # one field is fixed by the call's number so every cell gets every field; the rest are
    # what the setting usually asks for
    forced = ROTATION[index % len(ROTATION)]
    asks = [a for a in ASKS[setting] if a != forced]
    start = rng.randrange(len(asks))
    extra = [asks[(start + k) % len(asks)] for k in range(rng.choice((1, 1, 2)))]
    chosen = [*extra[:1], forced, *extra[1:]]
    if rng.random() < 0.75:
        chosen.insert(0, "name")
    for ask in chosen:
        _ask(ex, ask, person, born, index)
    if rng.random() < 0.5:
        ex.say("agent", talk.decoy_line(ex, setting))
    ex.say("agent", rng.choice(talk.BYE[lang]))


def _lead(ex: Exchange) -> str:
    return ex.rng.choice(LEAD[ex.lang]).format(hes=talk.hes(ex))


def _ask(ex: Exchange, ask: str, person, born, index: int) -> None:
    rng, lang, asr = ex.rng, ex.lang, ex.asr
    q = Q[lang]
    split = rng.random() < 0.35
    ex.tags.add(ask)
    if ask == "name":
        ex.say("agent", rng.choice(q["name"]))
        ex.say("customer", _lead(ex), name_val(ex, person, "caller", "full"))
        ex.tags.add("person")
        return
    if ask == "relative":
        _relative(ex, person)
        return
    if ask == "national":
        kind = NATIONAL[lang][index // 12 % len(NATIONAL[lang])]
        ex.say("agent", rng.choice(q[kind]))
        vals = values.national_vals(lang, asr, person, born, rng, "nid", kind)
        ex.tags.add(kind)
    else:
        ex.say("agent", rng.choice(q[ask]))
        if ask == "dob":
            vals = values.dob_vals(lang, asr, born, rng, "dob")
        elif ask == "phone":
            vals = values.phone_vals(lang, asr, rng, "phone", split)
        elif ask == "email":
            vals = values.email_vals(lang, asr, person, rng, "email", rng.random() < 0.4)
        elif ask == "address":
            vals = values.address_vals(lang, asr, rng, "address", split)
        elif ask == "passport":
            vals = values.passport_vals(lang, asr, rng, "passport", split)
        else:
            kind, vals = values.account_vals(lang, asr, rng, "account")
            ex.tags.add(kind)
    _answer(ex, ask, vals)
    if rng.random() < 0.35 and ask != "email":
        echo = Val(
            vals[0].key + "_echo",
            vals[0].type,
            " ".join(v.text for v in vals)
            if asr or ask != "address"
            else ", ".join(v.text for v in vals),
            vals[0].check,
            vals[0].value,
        )
        before, after = rng.choice(ECHO[lang]).split("{v}")
        ex.say("agent", before, echo, after)
        ex.say("customer", rng.choice(CARD_P[lang]["yes"]))
        ex.tags.add("agent_echo")


def _answer(ex: Exchange, ask: str, vals: list[Val]) -> None:
    """One breath, or halves with the agent cutting in (e-mail: spelled part after a dash)."""
    if len(vals) == 1:
        ex.say("customer", _lead(ex), vals[0])
        return
    if ask == "email":
        ex.tags.add("spelled")
        ex.say(
            "customer",
            _lead(ex),
            vals[0],
            SPELL[ex.lang] if not ex.asr else SPELL[ex.lang].lstrip("— "),
            vals[1],
        )
        return
    ex.tags.add("halves")
    ex.say("customer", _lead(ex), vals[0])
    ex.say("agent", ex.rng.choice(Q[ex.lang]["flat" if ask == "address" else "more"]))
    ex.say("customer", vals[1])


def _relative(ex: Exchange, caller) -> None:
    rng, lang = ex.rng, ex.lang
    gender, line = rng.choice(REL[lang])
    pool = [
        p for p in PEOPLE[lang] if p is not caller and (gender == "x" or p.male == (gender == "m"))
    ]
    other = rng.choice(pool)
    slot = next(s for s in FORM if "{" + s + "}" in line)
    before, after = line.split("{" + slot + "}")
    ex.say("agent", rng.choice(Q[lang]["relative"]))
    ex.say("customer", before, name_val(ex, other, "third_party", FORM[slot]), after)
    ex.tags.update({"person", "third_party"})
