"""Card-payment calls: card number, expiry and CVV, with the habits real callers have.

Habits: hesitating, dictating in halves with the agent pacing or echoing, restarting after
losing the place, correcting a wrong group, handing the phone to the card's owner, a card
saved on file (only expiry and CVV said), and the agent reading the number back.
"""

from __future__ import annotations

import blind25_num as num
import blind25_speak as speak
import blind25_talk as talk
from blind25_build import Exchange, Val
from blind25_people import name_val, title
from blind25_world import ORGS, PEOPLE

P = {
    "ru": {
        "ask": [
            "К оплате {amount}. Продиктуйте номер карты, пожалуйста.",
            "Хорошо, сумма {amount}. Назовите номер карты.",
            "Могу принять оплату картой. Номер карты?",
        ],
        "lead": ["Да, записывайте:", "Сейчас, {hes} достану… Вот:", "Пишите:", "Так, номер"],
        "mid": ["{hes} секунду, тут мелко написано,", "— так —", "и дальше"],
        "wait": [
            "Ой, подождите, тут курьер звонит в дверь… Всё, я здесь. Дальше:",
            "Минутку, очки найду. Так, продолжаю:",
        ],
        "restart": ["ой, собьюсь так, давайте сначала:", "нет, стоп, ещё раз:"],
        "correct": [
            "ой, нет, не так, там другие цифры, заново:",
            "нет-нет, не та цифра, с начала:",
        ],
        "handover": [
            "Это карта {gen} — передаю ей трубку.",
            "Карта сестры, {dim} — она рядом, сейчас сама продиктует.",
        ],
        "second": ["Алло, да, номер:", "Здравствуйте, записывайте:"],
        "echo": ["Так, {card} — дальше.", "{card} — есть, дальше?"],
        "readback": ["Проверяю: {card} — верно?", "Повторю: {card} — всё так?"],
        "yes": ["Да, верно.", "Да.", "Ага, всё так."],
        "ask_exp": ["Срок действия?", "До какого месяца и года действует карта?"],
        "exp_lead": ["До", "{hes} до", "Там написано"],
        "ask_cvv": ["И три цифры с обратной стороны.", "Теперь код CVV, пожалуйста."],
        "done": [
            "Оплата {amount} прошла, карта заканчивается на {end}. {bye}",
            "Готово, номер операции {ref}. {bye}",
        ],
        "stored": ["У вас сохранена карта, последние цифры {end}. Оплатить с неё?"],
        "stored_yes": ["Да, с неё. Срок у неё", "Да, давайте с этой. Она до"],
        "ask_name": ["На кого оформлено?", "Подскажите ваши фамилию, имя и отчество."],
        "thanks": "Спасибо, {name} —",
    },
    "uk": {
        "ask": [
            "До сплати {amount}. Продиктуйте номер картки, будь ласка.",
            "Добре, сума {amount}. Назвіть номер картки.",
            "Номер картки, будь ласка?",
        ],
        "lead": ["Так, записуйте:", "Зараз, {hes} дістану… Ось:", "Пишіть:", "Номер"],
        "mid": ["{hes} секундочку, дрібно написано,", "— так —", "і далі"],
        "wait": [
            "Ой, зачекайте, дитина плаче… Усе, я тут. Далі:",
            "Хвилинку, окуляри знайду. Так, продовжую:",
        ],
        "restart": ["ой, зіб'юся так, давайте спочатку:", "ні, стоп, ще раз:"],
        "correct": ["ой, ні, не те, там інші цифри, заново:", "ні-ні, не та цифра, з початку:"],
        "handover": [
            "Це картка {gen} — передаю їй слухавку.",
            "Картка сестри, {dim} — вона поруч, зараз сама.",
        ],
        "second": ["Алло, так, номер:", "Добрий день, записуйте:"],
        "echo": ["Так, {card} — далі.", "{card} — є, далі?"],
        "readback": ["Перевіряю: {card} — правильно?", "Повторю: {card} — так?"],
        "yes": ["Так, правильно.", "Так.", "Ага, все вірно."],
        "ask_exp": ["Термін дії?", "До якого місяця і року діє картка?"],
        "exp_lead": ["До", "{hes} до", "Там написано"],
        "ask_cvv": ["І три цифри на звороті.", "Тепер CVV-код, будь ласка."],
        "done": [
            "Оплата {amount} пройшла, картка закінчується на {end}. {bye}",
            "Готово, номер операції {ref}. {bye}",
        ],
        "stored": ["У вас збережена картка, останні цифри {end}. Списати з неї?"],
        "stored_yes": ["Так, з неї. Термін у неї", "Так, давайте з цієї. Вона до"],
        "ask_name": ["На кого оформлено?", "Ваше прізвище, ім'я та по батькові?"],
        "thanks": "Дякую, {name} —",
    },
    "en": {
        "ask": [
            "That's {amount} to pay. Can I take the long card number?",
            "Okay, {amount}. What's the card number?",
            "Long number on the card, please?",
        ],
        "lead": ["Yeah, it's", "Right, {hes} here we go:", "Okay, ready?", "It's"],
        "mid": ["{hes} sorry, the print's tiny,", "then", "and after that"],
        "wait": [
            "Sorry, hang on, someone's at the door… Okay, back. Next bit:",
            "One sec, need my glasses. Right, carrying on:",
        ],
        "restart": ["oh, I've lost my place, let me start again:", "no wait, sorry, from the top:"],
        "correct": ["no, that's wrong, sorry, again:", "hang on, misread that, from the start:"],
        "handover": [
            "It's my partner's card — {gen} — I'll put her on.",
            "The card belongs to my sister {dim} — she'll read it out.",
        ],
        "second": ["Hiya, okay, it's", "Hello, yes, the number is"],
        "echo": ["Okay, {card} — and the rest?", "{card} — got it, go on."],
        "readback": [
            "Let me read that back: {card} — is that right?",
            "So that's {card} — correct?",
        ],
        "yes": ["Yes, that's right.", "Yep.", "Correct."],
        "ask_exp": ["And the expiry date?", "When does the card expire?"],
        "exp_lead": ["It's", "{hes} it says", "Expires"],
        "ask_cvv": ["And the three digits on the back.", "Last thing, the security code."],
        "done": [
            "That's {amount} gone through on the card ending {end}. {bye}",
            "All done, your transaction number is {ref}. {bye}",
        ],
        "stored": ["I can see a saved card ending {end}. Shall we use that?"],
        "stored_yes": ["Yes, that one. It expires", "Yeah, go on. Expiry is"],
        "ask_name": ["Can I take the name on the account?", "And your full name, please?"],
        "thanks": "Thanks, {name} —",
    },
    "lt": {
        "ask": [
            "Mokėti {amount}. Padiktuokite kortelės numerį.",
            "Gerai, suma {amount}. Koks kortelės numeris?",
            "Kortelės numeris, prašau?",
        ],
        "lead": ["Taip, rašykite:", "Tuoj, {hes} surasiu… Štai:", "Rašykit:", "Numeris"],
        "mid": ["{hes} sekundę, smulkiai parašyta,", "— toliau —", "ir toliau"],
        "wait": [
            "Oi, palaukit, kurjeris skambina… Viskas, čia aš. Toliau:",
            "Minutėlę, akinius susirasiu. Tęsiu:",
        ],
        "restart": ["oi, susipainiojau, iš pradžių:", "ne, palaukit, dar kartą:"],
        "correct": ["ne, ne tie skaičiai, iš naujo:", "atsiprašau, suklydau, nuo pradžių:"],
        "handover": [
            "Tai {gen} kortelė — duodu jai ragelį.",
            "Kortelė sesers, {dim} — ji pati pasakys.",
        ],
        "second": ["Alio, taip, numeris:", "Laba diena, rašykite:"],
        "echo": ["Taip, {card} — toliau.", "{card} — užsirašiau, toliau?"],
        "readback": ["Pakartosiu: {card} — teisingai?", "Tikrinu: {card} — taip?"],
        "yes": ["Taip, teisingai.", "Taip.", "Aha, viskas gerai."],
        "ask_exp": ["Galiojimo data?", "Iki kada galioja kortelė?"],
        "exp_lead": ["Iki", "{hes} iki", "Parašyta"],
        "ask_cvv": ["Ir trys skaitmenys kitoje pusėje.", "Dabar CVV kodas, prašau."],
        "done": [
            "Mokėjimas {amount} atliktas, kortelė baigiasi {end}. {bye}",
            "Atlikta, operacijos numeris {ref}. {bye}",
        ],
        "stored": ["Matau išsaugotą kortelę, paskutiniai skaitmenys {end}. Mokėsime ja?"],
        "stored_yes": ["Taip, ja. Galioja iki", "Taip, ta pačia. Iki"],
        "ask_name": ["Kieno vardu sutartis?", "Jūsų vardas ir pavardė?"],
        "thanks": "Ačiū, {name} —",
    },
}
CVV4 = {
    "ru": "И четыре цифры на лицевой стороне, над номером.",
    "uk": "І чотири цифри на лицьовому боці.",
    "en": "And the four digits on the front.",
    "lt": "Ir keturi skaitmenys priekinėje pusėje.",
}
EXP_WORDS = {
    "ru": ("месяц", "год"),
    "uk": ("місяць", "рік"),
    "en": ("month", "year"),
    "lt": ("mėnuo", "metai"),
}
BRANDS = [
    ("4", 16, (4, 4, 4, 4)),
    ("5", 16, (4, 4, 4, 4)),
    ("2202", 16, (4, 4, 4, 4)),
    ("4", 16, (4, 4, 4, 4)),
    ("37", 15, (4, 6, 5)),
    ("4", 13, (4, 4, 5)),
    ("6", 19, (4, 4, 4, 4, 3)),
    ("5", 16, (4, 4, 4, 4)),
]
HABITS = [
    "one_go",
    "one_go",
    "split_paced",
    "split_echo",
    "filler",
    "restart",
    "correct",
    "handover",
    "wait",
    "stored",
]


def _fmt(ex: Exchange, text: str) -> str:
    return text.format(hes=talk.hes(ex))


def _groups(card: str, sizes: tuple[int, ...]) -> list[str]:
    out, pos = [], 0
    for size in sizes:
        out.append(card[pos : pos + size])
        pos += size
    return out


def card_text(ex: Exchange, groups: list[str], style_pick: str) -> str:
    """Written: spaced, dashed or solid; asr: the digits said in odd chunks, heard right."""
    digits = "".join(groups)
    if not ex.asr:
        if style_pick == "dash":
            return "-".join(groups)
        if style_pick == "solid":
            return digits
        return " ".join(groups)
    mixed = ("digits", "pairs") if ex.lang == "en" else ("digits", "pairs", "pairs", "whole")
    modes = {"digits": ("digits",), "pairs": ("pairs",), "mixed": mixed}
    odd = ex.rng.random() < 0.4
    sizes = None if odd else [len(g) for g in groups]
    return speak.spoken(ex.lang, digits, ex.rng, sizes, modes[style_pick])


def _split(groups: list[str], rng, low: int = 1) -> tuple[list[str], list[str]]:
    cut = rng.randint(low, len(groups) - 1)
    return groups[:cut], groups[cut:]


def card_call(ex: Exchange, setting: str, index: int) -> None:
    rng, lang, p = ex.rng, ex.lang, P[ex.lang]
    prefix, length, sizes = BRANDS[index % len(BRANDS)]
    card = num.make_card(rng, prefix, length)
    groups = _groups(card, sizes)
    habit = HABITS[index % len(HABITS)]
    pick = rng.choice(
        ("space", "space", "space", "dash", "solid")
        if not ex.asr
        else ("digits", "pairs", "mixed", "mixed")
    )
    ex.tags.update({"card", habit, f"fmt_{pick}"})
    talk.greet(ex, setting)
    ex.say("customer", talk.pick(rng, talk.WANT, lang, why=ORGS[lang][setting][1]))
    person = rng.choice(PEOPLE[lang])
    named = rng.random() < 0.4
    if named:
        ex.say("agent", rng.choice(p["ask_name"]))
        ex.say("customer", name_val(ex, person, "caller", "full"))
        ex.tags.add("person")
    amount = speak.money(lang, ex.asr, rng.choice((1840, 379, 5600, 1215, 92, 2730)))
    if habit == "stored":
        _stored(ex, card, amount)
        return
    ex.say("agent", rng.choice(p["ask"]).format(amount=amount))
    key, check = "card", "card"
    if habit in ("one_go", "filler", "wait", "split_paced", "split_echo", "handover"):
        low = 2 if habit == "split_echo" else 1
        first, rest = _split(groups, rng, low) if habit != "one_go" else (groups, [])
        lead = _fmt(ex, rng.choice(p["lead"]))
        if habit == "one_go":
            ex.say("customer", lead, Val(key, "CARD", card_text(ex, first, pick), check, card))
        elif habit == "filler":
            ex.say(
                "customer",
                lead,
                Val(key, "CARD", card_text(ex, first, pick), check, card),
                _fmt(ex, rng.choice(p["mid"])),
                Val(key, "CARD", card_text(ex, rest, pick), check, card),
            )
        else:
            ex.say("customer", lead, Val(key, "CARD", card_text(ex, first, pick), check, card))
            if habit == "split_echo":
                before, after = rng.choice(p["echo"]).split("{card}")
                ex.say(
                    "agent",
                    before,
                    Val("echo", "CARD", card_text(ex, first, pick), "card_part", card),
                    after,
                )
            elif habit == "wait":
                ex.say("agent", rng.choice(talk.OK[lang]))
            elif habit == "handover":
                rel = rng.choice([q for q in PEOPLE[lang] if not q.male] or PEOPLE[lang])
                ex.say("customer", *_handover(ex, rel))
                ex.tags.add("person")
            else:
                ex.say("agent", rng.choice(talk.OK[lang]))
            before = _fmt(
                ex,
                rng.choice(
                    p["wait"] if habit == "wait" else p["second"] if habit == "handover" else [""]
                ),
            )
            ex.say("customer", before, Val(key, "CARD", card_text(ex, rest, pick), check, card))
    else:
        wrong = list(groups[:2])
        if habit == "correct":
            flip = str((int(wrong[1][-1]) + 3) % 10)
            wrong[1] = wrong[1][:-1] + flip
        else:
            wrong = wrong[:1]
        ex.say(
            "customer",
            _fmt(ex, rng.choice(p["lead"])),
            Val(key, "CARD", card_text(ex, wrong, pick), "card_restart", card),
            ("" if ex.asr else "— ") + _fmt(ex, rng.choice(p[habit])),
            Val(key, "CARD", card_text(ex, groups, pick), "card_restart", card),
        )
    if rng.random() < (0.6 if ex.asr else 0.3):
        back = card_text(ex, groups, "space" if not ex.asr else "digits")
        before, after = rng.choice(p["readback"]).split("{card}")
        ex.say("agent", before, Val("readback", "CARD", back, "card", card), after)
        ex.say("customer", rng.choice(p["yes"]))
        ex.tags.add("readback")
    if named and rng.random() < 0.5:
        _thanks_then(ex, person, rng.choice(p["ask_exp"]))
    elif rng.random() < 0.85:
        ex.say("agent", rng.choice(p["ask_exp"]))
    else:
        _finish(ex, card, amount)
        return
    _expiry(ex, _fmt(ex, rng.choice(p["exp_lead"])), length)
    if rng.random() < 0.8:
        ex.say("agent", rng.choice(p["ask_cvv"]) if length != 15 else CVV4[lang])
        _cvv(ex, length)
    _finish(ex, card, amount)


def _handover(ex: Exchange, rel) -> list:
    line = ex.rng.choice(P[ex.lang]["handover"])
    form = "gen" if "{gen}" in line else "dim"
    before, after = line.split("{" + form + "}")
    return [before, name_val(ex, rel, "relative", form), after]


def _thanks_then(ex: Exchange, person, question: str) -> None:
    before = P[ex.lang]["thanks"].split("{name}")[0]
    ex.say(
        "agent",
        before,
        title(ex, person),
        name_val(ex, person, "caller_addressed", "address"),
        "—" if not ex.asr else "",
        question[0].lower() + question[1:],
    )


def _expiry(ex: Exchange, lead: str, length: int) -> None:
    rng = ex.rng
    month, year = rng.randint(1, 12), rng.randint(2026, 2031)
    ex.tags.add("expiry")
    if not ex.asr:
        text, _ = speak.expiry(ex.lang, False, month, year, rng)
        ex.say(
            "customer",
            lead,
            Val("exp", "EXPIRY", text, "digits", "".join(c for c in text if c.isdigit())),
        )
        return
    m, y = speak.expiry(ex.lang, True, month, year, rng)
    value = f"{month:02d}{year % 100:02d}"
    if rng.random() < 0.35:
        mw, yw = EXP_WORDS[ex.lang]
        ex.tags.add("expiry_labelled")
        ex.say(
            "customer",
            talk.hes(ex),
            mw,
            Val("exp", "EXPIRY", m, "digits", value),
            yw,
            Val("exp", "EXPIRY", y, "digits", value),
        )
    else:
        ex.say("customer", lead, Val("exp", "EXPIRY", f"{m} {y}", "digits", value))


def _cvv(ex: Exchange, length: int) -> None:
    rng = ex.rng
    cvv = "".join(rng.choice("0123456789") for _ in range(4 if length == 15 else 3))
    ex.tags.add("cvv")
    modes = ("digits", "whole") if len(cvv) == 3 else ("digits", "pairs")
    text = speak.spoken(ex.lang, cvv, rng, [len(cvv)], modes) if ex.asr else cvv
    ex.say(
        "customer",
        talk.hes(ex) if rng.random() < 0.4 else "",
        Val("cvv", "CVV", text, "digits", cvv),
    )


def _stored(ex: Exchange, card: str, amount: str) -> None:
    p = P[ex.lang]
    ex.tags.add("stored_card")
    ex.say("agent", ex.rng.choice(p["stored"]).format(end=talk.ending4(ex, card)))
    _expiry(ex, ex.rng.choice(p["stored_yes"]), 16)
    ex.say("agent", ex.rng.choice(p["ask_cvv"]))
    _cvv(ex, 16)
    _finish(ex, card, amount)


def _finish(ex: Exchange, card: str, amount: str) -> None:
    p = P[ex.lang]
    template = ex.rng.choice(p["done"])
    if "{end}" in template:
        ex.tags.add("card_ending")
    line = template.format(
        amount=amount,
        end=talk.ending4(ex, card),
        ref=talk.order_no(ex),
        bye=ex.rng.choice(talk.BYE[ex.lang]),
    )
    ex.say("agent", line)
