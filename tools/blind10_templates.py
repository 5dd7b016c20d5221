"""Dialogue templates with PII for the blind10 set; each takes a Dialog and fills it."""

from __future__ import annotations

from blind10_numbers import below_1000, card_number, rand_digits, say_digits
from blind10_render import Dialog, chunks, digits_out, written_card
from blind10_values import (
    AGENTS,
    CITIES,
    account,
    address,
    dob,
    national_id,
    passport,
    person,
    spelled,
)

SETTINGS = {
    "ru": [
        "энергосбыт «Волна»",
        "велопрокат «Крутим»",
        "стоматология «Улыбка»",
        "ломбард «Залог+»",
    ],
    "uk": [
        "сонячні панелі «Сонцедар»",
        "ритуальна служба «Спокій»",
        "кінотеатри «Кадр»",
        "благодійний фонд «Долоня»",
    ],
    "en": [
        "Brightwell Energy",
        "Harbour Home Insurance",
        "Cobalt Cargo Air",
        "Pennyroyal Student Loans",
    ],
    "lt": [
        "dviračių nuoma „Ratukas“",
        "taksi skundų tarnyba",
        "dantų klinika „Šypsena“",
        "lombardas „Auksinis“",
    ],
}


def greet(d: Dialog, **at: int) -> str:
    """Agent opening with the agent's own name, which is never PII.

    ``at`` pins the setting per language (index into SETTINGS) when the dialogue's content
    belongs to one business; otherwise any of the language's settings fits.
    """
    name = d.rng.choice(AGENTS[d.lang])
    place = SETTINGS[d.lang][at[d.lang]] if d.lang in at else d.rng.choice(SETTINGS[d.lang])
    line = d.pick(
        ru=[f"{place}, меня зовут {name}, слушаю вас.", f"Здравствуйте, {place}, {name}."],
        uk=[f"{place}, мене звати {name}, слухаю вас.", f"Добрий день, {place}, {name} на лінії."],
        en=[
            f"{place}, you're speaking to {name}, how can I help?",
            f"Hello, {place}, {name} here.",
        ],
        lt=[f"{place}, kalba {name}, klausau.", f"Laba diena, {place}, mano vardas {name}."],
    )
    d.say("agent", line)
    return name.lower() if d.asr else name


def card_text(d: Dialog, digits: str) -> str:
    return say_digits(digits, d.lang, d.rng) if d.asr else written_card(digits, d.rng)


def ask_card(d: Dialog) -> str:
    return d.pick(
        ru=["Продиктуйте номер карты, пожалуйста.", "Назовите номер карты для возврата."],
        uk=["Продиктуйте номер картки, будь ласка.", "Назвіть номер картки для списання."],
        en=["Could you read me the long card number?", "What's the card number, please?"],
        lt=["Padiktuokite kortelės numerį, prašau.", "Koks jūsų kortelės numeris?"],
    )


def readback_lead(d: Dialog) -> str:
    return d.pick(
        ru=["Повторяю:", "Записала:"],
        uk=["Повторюю:", "Записала:"],
        en=["Let me read that back:", "So that's"],
        lt=["Pakartoju:", "Užsirašiau:"],
    )


def confirm(d: Dialog) -> str:
    return d.pick(
        ru=["Да, верно.", "Всё так."],
        uk=["Так, правильно.", "Усе вірно."],
        en=["Yes, that's right.", "Correct."],
        lt=["Taip, teisingai.", "Viskas gerai."],
    )


def maybe_readback(d: Dialog, number: str, chance: float) -> None:
    """Agent reads the card back: its own CARD entity, separate from the caller's."""
    if d.rng.random() >= chance:
        return
    said = say_digits(number, d.lang, d.rng, "single") if d.asr else written_card(number, d.rng)
    d.say(
        "agent",
        readback_lead(d),
        (said, d.ent("CARD", number)),
        d.pick(ru=[", верно?"], uk=[", вірно?"], en=[", correct?"], lt=[", teisingai?"]),
    )
    d.say("customer", confirm(d))


def t_card_one_breath(d: Dialog) -> None:
    greet(d, ru=0, uk=3, en=0, lt=0)
    d.say(
        "customer",
        d.pick(
            ru=["Хочу оплатить долг по счёту за свет картой."],
            uk=["Хочу задонатити на фонд карткою."],
            en=["I'd like to pay my electricity arrears by card."],
            lt=["Noriu susimokėti už nuomą kortele."],
        ),
    )
    d.say("agent", ask_card(d))
    number = card_number(d.rng)
    card = d.ent("CARD", number)
    d.say("customer", (card_text(d, number), card))
    if d.rng.random() < 0.7:
        back = d.ent("CARD", number)
        d.say(
            "agent",
            readback_lead(d),
            (
                say_digits(number, d.lang, d.rng, "single")
                if d.asr
                else written_card(number, d.rng),
                back,
            ),
            d.pick(ru=[", верно?"], uk=[", вірно?"], en=[", correct?"], lt=[", teisingai?"]),
        )
        d.say("customer", confirm(d))


def t_card_split(d: Dialog) -> None:
    greet(d)
    d.say("agent", ask_card(d))
    number = card_number(d.rng, d.rng.choice([16, 16, 18, 19]))
    card = d.ent("CARD", number)
    if d.asr:
        parts = chunks(number, d.rng, d.rng.choice([2, 3, 4]))
    else:
        parts = [number[i : i + 4] for i in range(0, 12, 4)] + [number[12:]]
        if d.rng.random() < 0.5:
            parts = [parts[0] + " " + parts[1], *parts[2:]]
    for index, part in enumerate(parts):
        d.say("customer", (digits_out(d, part.replace(" ", ""), part), card))
        if index < len(parts) - 1:
            d.say(
                "agent",
                d.pick(
                    ru=["Так.", "Ага, дальше.", "Угу."],
                    uk=["Так.", "Ага, далі."],
                    en=["Yep.", "Okay, go on."],
                    lt=["Taip.", "Gerai, toliau."],
                ),
            )
    d.say(
        "agent",
        d.pick(
            ru=["Спасибо, проверяю."],
            uk=["Дякую, перевіряю."],
            en=["Thanks, checking that now."],
            lt=["Ačiū, tikrinu."],
        ),
    )
    maybe_readback(d, number, 0.6)


def t_card_corrected(d: Dialog) -> None:
    greet(d)
    d.say("agent", ask_card(d))
    number = card_number(d.rng, 16)
    wrong = rand_digits(d.rng, 4, False)
    card = d.ent("CARD", number, number[:4] + wrong + number[4:])
    oops = d.pick(
        ru=["ой, нет, не так,", "стоп, ошиблась,"],
        uk=["ой, ні, не так,", "стоп, помилилася,"],
        en=["sorry, no, scratch that,", "wait, wrong,"],
        lt=["atsiprašau, ne,", "ne, klaida,"],
    )
    d.say(
        "customer",
        (digits_out(d, number[:4], number[:4]), card),
        (digits_out(d, wrong, wrong), card),
        oops,
        (digits_out(d, number[4:8], number[4:8]), card),
    )
    d.say(
        "agent",
        d.pick(
            ru=["Так, дальше."], uk=["Так, далі."], en=["Right, carry on."], lt=["Gerai, toliau."]
        ),
    )
    d.say("customer", (digits_out(d, number[8:], group8(number[8:], d)), card))
    maybe_readback(d, number, 0.6)


def group8(digits: str, d: Dialog) -> str:
    return digits[:4] + " " + digits[4:]


def t_card_expiry_cvv(d: Dialog) -> None:
    greet(d, ru=3, uk=0, en=1, lt=2)
    d.say(
        "customer",
        d.pick(
            ru=["Хочу оплатить залог картой."],
            uk=["Оплачу встановлення панелей карткою."],
            en=["I'll pay the excess on the claim by card."],
            lt=["Sumokėsiu už plombą kortele."],
        ),
    )
    d.say("agent", ask_card(d))
    number = card_number(d.rng)
    d.say("customer", (card_text(d, number), d.ent("CARD", number)))
    maybe_readback(d, number, 0.4)
    d.say(
        "agent",
        d.pick(
            ru=["Срок действия карты?"],
            uk=["Термін дії картки?"],
            en=["And the expiry date?"],
            lt=["Kortelės galiojimo data?"],
        ),
    )
    month, year = d.rng.randint(1, 12), d.rng.randint(26, 32)
    if d.asr:
        exp = f"{say_digits(f'{month:02d}', d.lang, d.rng, 'single')} {below_1000(year, d.lang)}"
    else:
        exp = d.rng.choice([f"{month:02d}/{year}", f"{month:02d}/20{year}"])
    d.say("customer", (exp, d.ent("EXPIRY")))
    d.say(
        "agent",
        d.pick(
            ru=["И три цифры на обороте."],
            uk=["І три цифри на звороті."],
            en=["And the three digits on the back?"],
            lt=["Ir trys skaičiai kitoje pusėje."],
        ),
    )
    cvv = rand_digits(d.rng, 3, False)
    d.say("customer", (digits_out(d, cvv, cvv), d.ent("CVV", None, cvv)))
    d.say(
        "agent",
        d.pick(
            ru=["Оплата прошла."],
            uk=["Оплата пройшла."],
            en=["That's gone through."],
            lt=["Mokėjimas praėjo."],
        ),
    )


def phone_text(d: Dialog) -> str:
    rng = d.rng
    if d.lang == "ru":
        raw = "89" + rand_digits(rng, 9, False)
        written = rng.choice(
            [f"+7 {raw[1:4]} {raw[4:7]}-{raw[7:9]}-{raw[9:]}", raw, f"8 ({raw[1:4]}) {raw[4:]}"]
        )
        return say_digits(raw, "ru", rng, rng.choice(["mixed", "triples"])) if d.asr else written
    if d.lang == "uk":
        raw = "0" + rng.choice(["67", "50", "93", "97"]) + rand_digits(rng, 7, False)
        return (
            say_digits(raw, "uk", rng)
            if d.asr
            else rng.choice([f"+38 {raw}", f"{raw[:3]} {raw[3:6]} {raw[6:8]} {raw[8:]}"])
        )
    if d.lang == "lt":
        raw = "86" + rand_digits(rng, 7, False)
        return (
            say_digits(raw, "lt", rng) if d.asr else rng.choice([f"+370 {raw[1:4]} {raw[4:]}", raw])
        )
    raw = "07" + rand_digits(rng, 9, False)
    return (
        say_digits(raw, "en", rng)
        if d.asr
        else rng.choice([f"{raw[:5]} {raw[5:]}", f"+44 {raw[1:5]} {raw[5:]}"])
    )


def t_phone(d: Dialog) -> None:
    greet(d)
    d.say(
        "agent",
        d.pick(
            ru=["По какому номеру вам перезвонить?"],
            uk=["На який номер вам передзвонити?"],
            en=["What's the best number to call you back on?"],
            lt=["Kokiu numeriu jums perskambinti?"],
        ),
    )
    d.say(
        "customer",
        d.pick(
            ru=["Запишите:", "Мобильный:"],
            uk=["Запишіть:", "Мобільний:"],
            en=["It's", "My mobile is"],
            lt=["Užsirašykite:", "Mobilusis:"],
        ),
        (phone_text(d), d.ent("PHONE")),
    )
    d.say(
        "agent",
        d.pick(
            ru=["Хорошо, перезвоним в течение часа."],
            uk=["Добре, передзвонимо протягом години."],
            en=["Lovely, someone will ring within the hour."],
            lt=["Gerai, perskambinsime per valandą."],
        ),
    )


def t_phone_two(d: Dialog) -> None:
    greet(d)
    d.say(
        "customer",
        d.pick(
            ru=["Запишите мой номер", "Мой телефон"],
            uk=["Мій номер", "Запишіть мій телефон"],
            en=["Mine is", "My number's"],
            lt=["Mano numeris", "Mano telefonas"],
        ),
        (phone_text(d), d.ent("PHONE")),
    )
    d.say(
        "customer",
        d.pick(
            ru=["и ещё мамин, на всякий случай:"],
            uk=["і ще брата, про всяк випадок:"],
            en=["and my wife's, just in case:"],
            lt=["ir dar sesers, dėl viso pikto:"],
        ),
        (phone_text(d), d.ent("PHONE")),
    )
    d.say(
        "agent",
        d.pick(
            ru=["Оба номера записала."],
            uk=["Обидва номери записала."],
            en=["Got both."],
            lt=["Abu užsirašiau."],
        ),
    )


LOCAL = {
    "ru": [
        ("tim.gavrilov", "тим точка гаврилов"),
        ("ulyana88", "ульяна восемьдесят восемь"),
        ("gleb_sorokin", "глеб нижнее подчёркивание сорокин"),
    ],
    "uk": [
        ("ostap.hnatiuk", "остап крапка гнатюк"),
        ("yarina.k", "ярина крапка ка"),
        ("doroshtaras", "дорош тарас"),
    ],
    "en": [
        ("callum.fw", "callum dot f w"),
        ("priya.banerjee", "priya dot banerjee"),
        ("hlatimer", "h latimer"),
    ],
    "lt": [
        ("mantas.zuk", "mantas taškas zuk"),
        ("ruta.paul", "rūta taškas paul"),
        ("egle_rimk", "eglė apatinis brūkšnys rimk"),
    ],
}
DOMAINS = {
    "ru": [("yandex.ru", "яндекс точка ру"), ("mail.ru", "мейл точка ру")],
    "uk": [("ukr.net", "укр точка нет"), ("gmail.com", "джимейл крапка ком")],
    "en": [("gmail.com", "gmail dot com"), ("outlook.co.uk", "outlook dot co dot uk")],
    "lt": [("gmail.com", "gmail taškas com"), ("inbox.lt", "inbox taškas lt")],
}
AT = {"ru": "собака", "uk": "равлик", "en": "at", "lt": "eta"}


def t_email(d: Dialog) -> None:
    greet(d)
    d.say(
        "agent",
        d.pick(
            ru=["Куда прислать квитанцию?"],
            uk=["Куди надіслати квитанцію?"],
            en=["Where shall I email the receipt?"],
            lt=["Kur atsiųsti kvitą?"],
        ),
    )
    local, local_w = d.rng.choice(LOCAL[d.lang])
    dom, dom_w = d.rng.choice(DOMAINS[d.lang])
    text = f"{local_w} {AT[d.lang]} {dom_w}" if d.asr else f"{local}@{dom}"
    d.say(
        "customer",
        d.pick(
            ru=["На почту", "Пишите на"],
            uk=["На пошту", "Пишіть на"],
            en=["To", "Send it to"],
            lt=["Į paštą", "Rašykite į"],
        ),
        (text, d.ent("EMAIL")),
    )
    d.say("agent", d.pick(ru=["Отправила."], uk=["Надіслала."], en=["Sent."], lt=["Išsiųsta."]))


def t_passport(d: Dialog) -> None:
    greet(d, ru=3, uk=1, en=2, lt=3)
    d.say(
        "agent",
        d.pick(
            ru=["Для оформления залога нужны серия и номер паспорта."],
            uk=["Для договору потрібні дані паспорта."],
            en=["For the cargo release I need your passport number."],
            lt=["Sutarčiai reikia paso numerio."],
        ),
    )
    _, text = passport(d)
    d.say(
        "customer",
        d.pick(
            ru=["Паспорт", "Так, паспорт"],
            uk=["Паспорт", "Ось, паспорт"],
            en=["Sure, it's", "Passport number"],
            lt=["Pasas", "Paso numeris"],
        ),
        (text, d.ent("PASSPORT")),
    )
    if d.rng.random() < 0.5:
        _, again = passport(d)
        d.say(
            "customer",
            d.pick(
                ru=["А у мужа паспорт"],
                uk=["А в чоловіка"],
                en=["And my husband's is"],
                lt=["O vyro pasas"],
            ),
            (again, d.ent("PASSPORT")),
        )
    d.say(
        "agent",
        d.pick(ru=["Спасибо, внесла."], uk=["Дякую, внесла."], en=["Thank you."], lt=["Ačiū."]),
    )


def t_national_id(d: Dialog) -> None:
    greet(d)
    kind, raw, text = national_id(d)
    label = kind.lower() if d.asr else kind
    d.say(
        "agent",
        d.pick(
            ru=[f"Продиктуйте ваш {label}, пожалуйста."],
            uk=[f"Назвіть ваш {label}, будь ласка."],
            en=[
                "Can I take your National Insurance number?"
                if kind == "NI"
                else "For the loan file, what's your Social Security number?"
            ],
            lt=[f"Koks jūsų {label}?"],
        ),
    )
    d.say("customer", (text, d.ent("NATIONAL_ID", f"{kind}:{raw}")))
    d.say("agent", confirm(d))


def t_dob(d: Dialog) -> None:
    greet(d)
    d.say(
        "agent",
        d.pick(
            ru=["Назовите дату рождения владельца договора."],
            uk=["Вкажіть дату народження."],
            en=["And your date of birth?"],
            lt=["Jūsų gimimo data?"],
        ),
    )
    year, month, day = d.rng.randint(1941, 2005), d.rng.randint(1, 12), d.rng.randint(1, 28)
    text, tail = dob(d, year, month, day)
    d.say("customer", (text, d.ent("DOB")), tail + ("" if d.asr or not tail else "."))


def t_dob_two(d: Dialog) -> None:
    greet(d)
    d.say(
        "customer",
        d.pick(
            ru=["Оформляем на меня и на сына."],
            uk=["Оформлюємо на мене й доньку."],
            en=["It's for me and my daughter."],
            lt=["Bus man ir dukrai."],
        ),
    )
    for _ in range(2):
        year, month, day = d.rng.randint(1950, 2012), d.rng.randint(1, 12), d.rng.randint(1, 28)
        text, tail = dob(d, year, month, day)
        d.say(
            "customer",
            d.pick(
                ru=["Дата рождения", "Родился"],
                uk=["Народження", "Дата народження"],
                en=["Born", "Date of birth"],
                lt=["Gimimo data", "Gimė"],
            ),
            (text, d.ent("DOB")),
            tail,
        )


def t_account(d: Dialog) -> None:
    greet(d)
    d.say(
        "agent",
        d.pick(
            ru=["На какой счёт вернуть переплату?"],
            uk=["На який рахунок повернути кошти?"],
            en=["Which account should the refund go to?"],
            lt=["Į kokią sąskaitą grąžinti pinigus?"],
        ),
    )
    raw, text = account(d)
    d.say(
        "customer",
        d.pick(
            ru=["Счёт", "Вот счёт:"],
            uk=["Рахунок", "Ось рахунок:"],
            en=["IBAN is", "It's"],
            lt=["IBAN", "Sąskaita"],
        ),
        (text, d.ent("ACCOUNT", raw)),
    )
    d.say("agent", d.pick(ru=["Принято."], uk=["Прийнято."], en=["Noted."], lt=["Priimta."]))


def t_contract(d: Dialog) -> None:
    greet(d)
    raw = rand_digits(d.rng, d.rng.choice([8, 9, 10]))
    d.say(
        "agent",
        d.pick(
            ru=["Номер лицевого счёта или договора?"],
            uk=["Номер особового рахунку або договору?"],
            en=["What's your policy number?"],
            lt=["Sutarties numeris?"],
        ),
    )
    written = d.rng.choice([raw, raw[:3] + "-" + raw[3:]])
    d.say("customer", (digits_out(d, raw, written), d.ent("ACCOUNT")))
    d.say(
        "agent",
        d.pick(
            ru=["Нашла ваш договор."],
            uk=["Знайшла ваш договір."],
            en=["Found the policy."],
            lt=["Radau sutartį."],
        ),
    )


def t_address(d: Dialog) -> None:
    greet(d, ru=0, uk=0, en=1, lt=2)
    d.say(
        "agent",
        d.pick(
            ru=["Адрес объекта?"],
            uk=["Адреса встановлення?"],
            en=["Address of the flooded property?"],
            lt=["Jūsų adresas?"],
        ),
    )
    text, _ = address(d)
    city = d.rng.choice(CITIES[d.lang])
    city = city.lower() if d.asr else city
    d.say("customer", city + ("" if d.asr else ","), (text, d.ent("ADDRESS")))
    d.say(
        "agent",
        d.pick(
            ru=["Мастер приедет в четверг."],
            uk=["Монтажники приїдуть у четвер."],
            en=["An assessor will visit on Thursday."],
            lt=["Meistras atvyks ketvirtadienį."],
        ),
    )


def t_person_spelled(d: Dialog) -> None:
    agent = greet(d)
    d.say(
        "agent",
        d.pick(
            ru=["Как к вам обращаться?"],
            uk=["Як до вас звертатися?"],
            en=["Who am I speaking to?"],
            lt=["Kaip jus vadinti?"],
        ),
    )
    first, last = person(d)
    name = d.ent("PERSON")
    d.say("customer", (f"{first} {last}", name))
    d.say(
        "agent",
        d.pick(
            ru=["Продиктуйте фамилию по буквам."],
            uk=["Продиктуйте прізвище по літерах."],
            en=["Could you spell the surname?"],
            lt=["Pasakykite pavardę paraidžiui."],
        ),
    )
    d.say("customer", (spelled(d, last), d.ent("PERSON")))
    d.say(
        "customer",
        d.pick(
            ru=[f"Спасибо, {agent}."],
            uk=[f"Дякую, {agent}."],
            en=[f"Thanks, {agent}."],
            lt=[f"Ačiū, {agent}."],
        ),
    )


def t_person_third(d: Dialog) -> None:
    agent = greet(d, uk=1)
    first, last = person(d, "f")
    title = d.pick(ru=[""], uk=[""], en=["Mrs"], lt=["ponia"])
    d.say(
        "customer",
        d.pick(
            ru=["Звоню по договору тёти, её зовут"],
            uk=["Телефоную щодо тітки, її звати"],
            en=["I'm calling for my aunt, she's"],
            lt=["Skambinu dėl tetos, ji yra"],
        ),
        title,
        (f"{first} {last}", d.ent("PERSON"))
        if d.rng.random() < 0.5 or not title
        else (last, d.ent("PERSON")),
    )
    d.say(
        "agent",
        d.pick(
            ru=[f"Соболезную. Это {agent}, я всё оформлю."],
            uk=[f"Співчуваю. Я, {agent}, усе оформлю."],
            en=[f"I'm so sorry. I'm {agent}, I'll sort it."],
            lt=[f"Užjaučiu. Aš, {agent}, viską sutvarkysiu."],
        ),
    )
    f2, _ = person(d, "m")
    d.say(
        "customer",
        d.pick(
            ru=["Документы привезёт мой брат"],
            uk=["Документи привезе мій брат"],
            en=["The papers will come with my brother"],
            lt=["Dokumentus atveš brolis"],
        ),
        (f2, d.ent("PERSON")),
    )


def t_full_ident(d: Dialog) -> None:
    greet(d)
    d.say(
        "agent",
        d.pick(
            ru=["Для проверки: ФИО, дата рождения и адрес."],
            uk=["Для перевірки: ПІБ, дата народження й адреса."],
            en=["For security: full name, date of birth and address."],
            lt=["Patikrinimui: vardas, gimimo data ir adresas."],
        ),
    )
    first, last = person(d)
    d.say(
        "customer",
        (f"{last} {first}" if d.lang in ("ru", "uk") else f"{first} {last}", d.ent("PERSON")),
    )
    year, month, day = d.rng.randint(1945, 2004), d.rng.randint(1, 12), d.rng.randint(1, 28)
    text, tail = dob(d, year, month, day)
    d.say("customer", (text, d.ent("DOB")), tail)
    addr, _ = address(d)
    d.say("customer", (addr, d.ent("ADDRESS")))
    d.say(
        "agent",
        d.pick(
            ru=["Спасибо, личность подтверждена."],
            uk=["Дякую, особу підтверджено."],
            en=["Thanks, you're verified."],
            lt=["Ačiū, tapatybė patvirtinta."],
        ),
    )


def t_card_readback_only(d: Dialog) -> None:
    greet(d)
    number = card_number(d.rng, 16)
    d.say(
        "customer",
        d.pick(
            ru=["Номер карты вы же видите, я его называла."],
            uk=["Номер картки я вже казала."],
            en=["You should have my card from last time."],
            lt=["Kortelę jau sakiau praeitą kartą."],
        ),
    )
    d.say(
        "agent",
        d.pick(ru=["Вижу карту"], uk=["Бачу картку"], en=["I have card"], lt=["Matau kortelę"]),
        (card_text(d, number), d.ent("CARD", number)),
        d.pick(
            ru=[", списываем?"], uk=[", списуємо?"], en=[", shall I use it?"], lt=[", nuskaitom?"]
        ),
    )
    d.say("customer", confirm(d))


OBLIQUE = {  # names as heard after «на имя», "in the name of", „išrašykite“: declined forms
    "ru": [
        "Сорокина Глеба",
        "Хабибуллиной Лилии",
        "Буровой Дарины",
        "Миллера Джонатана",
        "Петровой-Водкиной Зинаиды",
        "Гаврилова Тимофея",
    ],
    "uk": [
        "Гнатюка Остапа",
        "Кравчук Ярини",
        "Дороша Тараса",
        "Ковальчук-Бойко Оксани",
        "Ничипорука Левка",
        "О'Ніла Патріка",
    ],
    "en": ["Desmond Okafor", "Siobhan Doyle", "Harriet Clarke-Wood", "Tomasz Wiśniewski"],
    "lt": [
        "Mantui Žukauskui",
        "Gintarei Žukauskienei",
        "Rūtai Paulauskaitei",
        "Dariui Stankevičiui",
        "Oliveriui Braunui",
    ],
}


def t_person_oblique(d: Dialog) -> None:
    agent = greet(d, ru=3, uk=2, en=3, lt=3)
    d.say(
        "agent",
        d.pick(
            ru=["На кого оформляем квитанцию?"],
            uk=["На кого оформити квитки?"],
            en=["Whose name is the account in?"],
            lt=["Kam išrašyti kvitą?"],
        ),
    )
    name = d.rng.choice(OBLIQUE[d.lang])
    d.say(
        "customer",
        d.pick(
            ru=["На имя"],
            uk=["На ім'я"],
            en=["It's in the name of", "In the name of"],
            lt=["Išrašykite"],
        ),
        (name.lower() if d.asr else name, d.ent("PERSON")),
        d.pick(
            ru=[", это моя мама."] if "ой " in name else [", это мой отец."],
            uk=[", будь ласка."],
            en=[", my dad."],
            lt=[", prašau."],
        ),
    )
    d.say(
        "agent",
        d.pick(
            ru=[f"Хорошо. Меня зовут {agent}, если что — звоните."],
            uk=[f"Добре. Я {agent}, звертайтеся."],
            en=[f"Lovely. Ask for {agent} if anything comes up."],
            lt=[f"Gerai. Aš – {agent}, jei ką, skambinkite."],
        ),
    )


def t_phone_corrected(d: Dialog) -> None:
    greet(d)
    d.say(
        "agent",
        d.pick(
            ru=["Оставьте контактный номер."],
            uk=["Залиште контактний номер."],
            en=["Can I take a contact number?"],
            lt=["Palikite kontaktinį numerį."],
        ),
    )
    raw = {
        "ru": "89" + rand_digits(d.rng, 9, False),
        "en": "07" + rand_digits(d.rng, 9, False),
        "uk": "0" + d.rng.choice(["67", "50", "93", "66"]) + rand_digits(d.rng, 7, False),
        "lt": "86" + rand_digits(d.rng, 7, False),
    }[d.lang]
    wrong = rand_digits(d.rng, 2, False)
    phone = d.ent("PHONE")
    head, tail = raw[:5], raw[5:]
    d.say(
        "customer",
        (digits_out(d, head, head[:1] + " " + head[1:]), phone),
        (digits_out(d, wrong, wrong), phone),
        d.pick(
            ru=["— нет, подождите, не то."],
            uk=["— ні, стривайте, не те."],
            en=["— no, hang on, wrong."],
            lt=["— ne, palaukit, ne tas."],
        ),
    )
    d.say(
        "agent", d.pick(ru=["Да, слушаю."], uk=["Так, слухаю."], en=["No rush."], lt=["Klausau."])
    )
    d.say("customer", (digits_out(d, tail, tail[:3] + " " + tail[3:]), phone))
    d.say("agent", readback_lead(d), (digits_out(d, raw, raw, "pairs"), d.ent("PHONE")))


def t_application(d: Dialog) -> None:
    """Pawn ticket / student-loan form: several identifiers in one call."""
    greet(d, ru=3, uk=3, en=3, lt=3)
    d.say(
        "agent",
        d.pick(
            ru=["Оформляю залоговый билет. Фамилия, имя?"],
            uk=["Оформлюю пожертву з квитанцією. Прізвище та ім'я?"],
            en=["Let's set up the repayment plan. Full name?"],
            lt=["Pildau įkeitimo bilietą. Vardas ir pavardė?"],
        ),
    )
    first, last = person(d)
    d.say("customer", (f"{last} {first}" if d.lang != "en" else f"{first} {last}", d.ent("PERSON")))
    kind, raw, text = national_id(d)
    label = kind.lower() if d.asr else kind
    d.say(
        "agent",
        d.pick(
            ru=[f"Теперь {label}."],
            uk=[f"Тепер {label}."],
            en=["And the NI number?" if kind == "NI" else "And the SSN on the loan?"],
            lt=[f"Dabar {label}."],
        ),
    )
    d.say("customer", (text, d.ent("NATIONAL_ID", f"{kind}:{raw}")))
    if d.rng.random() < 0.6:
        _, number = passport(d)
        d.say(
            "agent",
            d.pick(ru=["Паспорт?"], uk=["Паспорт?"], en=["Passport number?"], lt=["Paso numeris?"]),
        )
        d.say("customer", (number, d.ent("PASSPORT")))
    local, local_w = d.rng.choice(LOCAL[d.lang])
    dom, dom_w = d.rng.choice(DOMAINS[d.lang])
    d.say(
        "customer",
        d.pick(
            ru=["Копию договора пришлите на"],
            uk=["Квитанцію на"],
            en=["Email the agreement to"],
            lt=["Sutartį atsiųskite į"],
        ),
        (f"{local_w} {AT[d.lang]} {dom_w}" if d.asr else f"{local}@{dom}", d.ent("EMAIL")),
    )
    d.say(
        "agent",
        d.pick(
            ru=["Спасибо, всё записала."],
            uk=["Дякую, усе записала."],
            en=["Thanks, that's all on file."],
            lt=["Ačiū, viską užrašiau."],
        ),
    )


ENTITY_TEMPLATES = {
    "application": t_application,
    "person_oblique": t_person_oblique,
    "phone_corrected": t_phone_corrected,
    "card_one_breath": t_card_one_breath,
    "card_split": t_card_split,
    "card_corrected": t_card_corrected,
    "card_expiry_cvv": t_card_expiry_cvv,
    "card_readback_only": t_card_readback_only,
    "phone": t_phone,
    "phone_two_people": t_phone_two,
    "email": t_email,
    "passport": t_passport,
    "national_id": t_national_id,
    "dob": t_dob,
    "dob_two_people": t_dob_two,
    "account_iban": t_account,
    "account_contract": t_contract,
    "address": t_address,
    "person_spelled": t_person_spelled,
    "person_third_party": t_person_third,
    "full_identification": t_full_ident,
}
