"""Card, expiry and CVV exchanges for blind24 (customer dictation, agent read-back)."""

from __future__ import annotations

import random

from blind24_build import Exchange, Value, card_ok
from blind24_lang import digit_words, luhn_complete, number_words, pair_words

PREFIXES = [("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2202", 16), ("2200", 16),
            ("4", 16), ("2221", 16), ("37", 15), ("4", 13), ("6762", 19), ("4", 16)]
LAYOUT = {16: [4, 4, 4, 4], 15: [4, 6, 5], 13: [4, 4, 5], 19: [4, 4, 4, 4, 3]}

P = {
    "ru": {"ask": ["Продиктуйте, пожалуйста, номер карты.", "Назовите номер карты для оплаты."],
           "lead": ["Да, записывайте:", "Так, номер", "Сейчас, достану… вот:"],
           "filler": ["э-э, секунду, очки надену,", "так, дальше"],
           "next": "Да, дальше.", "hand": "— дальше муж прочитает, карта его.",
           "restart": "— ой, собьюсь, давайте заново:",
           "rb": ["Проверяю:", "Повторю:"], "rb_end": "— верно?", "yes": "Да, всё так.",
           "exp": "Срок действия?", "cvv": "И три цифры с обратной стороны.",
           "cvv4": "И четыре цифры на лицевой стороне.", "m": "месяц", "y": "год",
           "stored": "Вижу карту, которая заканчивается на {last}. Подтвердите срок действия.",
           "ok": "Спасибо, платёж проходит."},
    "uk": {"ask": ["Продиктуйте, будь ласка, номер картки.", "Назвіть номер картки."],
           "lead": ["Так, записуйте:", "Зараз… номер", "Ага, ось:"],
           "filler": ["е-е, зачекайте, погано видно,", "так, далі"],
           "next": "Так, далі.", "hand": "— далі дружина продиктує, картка її.",
           "restart": "— ой, збилася, спочатку:",
           "rb": ["Перевіряю:", "Повторюю:"], "rb_end": "— правильно?", "yes": "Так, усе вірно.",
           "exp": "Термін дії?", "cvv": "І три цифри на звороті.",
           "cvv4": "І чотири цифри на лицьовому боці.", "m": "місяць", "y": "рік",
           "stored": "Бачу картку, що закінчується на {last}. Підтвердіть термін дії.",
           "ok": "Дякую, оплата пройшла."},
    "en": {"ask": ["Can I take the long card number, please?", "What's the card number?"],
           "lead": ["Sure, it's", "Okay, ready?", "Right, here goes"],
           "filler": ["um, hang on, tiny print,", "okay, then"],
           "next": "Yep, go on.", "hand": "— my wife will read the rest, it's her card.",
           "restart": "— sorry, lost my place, again:",
           "rb": ["Let me read that back:", "So that's"], "rb_end": "— correct?",
           "yes": "Yes, that's right.", "exp": "And the expiry date?",
           "cvv": "And the three digits on the back.", "cvv4": "And the four digits on the front.",
           "m": "month", "y": "year",
           "stored": "I can see a card ending {last}. Can you confirm the expiry?",
           "ok": "Thanks, that's gone through."},
    "lt": {"ask": ["Padiktuokite kortelės numerį.", "Koks kortelės numeris?"],
           "lead": ["Gerai, rašykite:", "Taip, numeris", "Tuoj… štai:"],
           "filler": ["ee, palaukit, blogai matau,", "toliau"],
           "next": "Taip, toliau.", "hand": "— toliau vyras padiktuos, kortelė jo.",
           "restart": "— atsiprašau, susipainiojau, iš naujo:",
           "rb": ["Tikrinu:", "Pakartosiu:"], "rb_end": "— teisingai?",
           "yes": "Taip, teisingai.", "exp": "Galiojimo data?",
           "cvv": "Ir trys skaitmenys kitoje pusėje.", "cvv4": "Ir keturi skaitmenys priekyje.",
           "m": "mėnuo", "y": "metai",
           "stored": "Matau kortelę, kurios pabaiga {last}. Patvirtinkite galiojimą.",
           "ok": "Ačiū, mokėjimas praėjo."},
}
HABITS = ["one_go", "filler_between", "agent_paced", "one_go", "handover", "restart",
          "one_go", "agent_paced", "filler_between"]


def make_card(rng: random.Random, index: int) -> str:
    prefix, length = PREFIXES[index % len(PREFIXES)]
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    card = luhn_complete(body)
    card_ok(card)
    return card


def groups_of(card: str) -> list[str]:
    out, pos = [], 0
    for size in LAYOUT[len(card)]:
        out.append(card[pos:pos + size])
        pos += size
    return out


def say_group(group: str, lang: str, mode: str) -> str:
    if mode == "whole" and len(group) == 4 and group[0] != "0" and lang != "en":
        return number_words(int(group), lang)
    if mode in ("pairs", "whole"):
        return pair_words(group, lang)
    return digit_words(group, lang, oh=lang == "en")


def render(groups: list[str], ex: Exchange, rng: random.Random, key: str, fmt: str) -> Value:
    """One labelled run of card groups in the exchange's style."""
    digits = "".join(groups)
    if ex.style == "written":
        sep = {"space": " ", "dash": "-", "solid": ""}[fmt]
        return Value(key, sep.join(groups), digits)
    modes = ["digits", "pairs", "whole"]
    return Value(key, " ".join(say_group(g, ex.lang, rng.choice(modes)) for g in groups),
                 digits)


def expiry(ex: Exchange, rng: random.Random, key: str, speaker: str, cue: str) -> None:
    month, year = rng.randint(1, 12), rng.randint(26, 33)
    ent = ex.entity(key, "EXPIRY")
    if ex.style == "written":
        text = rng.choice([f"{month:02d}/{year}", f"{month:02d}/20{year}", f"{month:02d}.{year}"])
        ex.say(speaker, cue, Value(ent, text))
        return
    said_month = (digit_words(f"{month:02d}", ex.lang, oh=ex.lang == "en") if month < 10
                  else number_words(month, ex.lang))
    if rng.random() < 0.3:
        ex.tags.add("expiry_labelled")
        p = P[ex.lang]
        ex.say(speaker, cue, p["m"], Value(ent, said_month), p["y"],
               Value(ent, number_words(year, ex.lang)))
    else:
        ex.say(speaker, cue, Value(ent, f"{said_month} {number_words(year, ex.lang)}"))


def cvv(ex: Exchange, rng: random.Random, amex: bool) -> None:
    code = "".join(rng.choice("0123456789") for _ in range(4 if amex else 3))
    p = P[ex.lang]
    ex.say("agent", p["cvv4" if amex else "cvv"])
    ent = ex.entity("cvv", "CVV")
    if ex.style == "written":
        ex.say("customer", Value(ent, code))
    elif code[0] != "0" and not amex and rng.random() < 0.5:
        ex.say("customer", Value(ent, number_words(int(code), ex.lang)))
    else:
        ex.say("customer", Value(ent, digit_words(code, ex.lang, oh=ex.lang == "en")))
    ex.tags.add("cvv")


def card_exchange(ex: Exchange, rng: random.Random, index: int, readback: bool,
                  with_exp: bool) -> None:
    """Customer dictates a card in one of several habits; optional read-back, expiry, CVV."""
    p, card = P[ex.lang], make_card(rng, index)
    groups, habit = groups_of(card), HABITS[index % len(HABITS)]
    key = ex.entity("card", "CARD", card)
    ex.tags |= {"card", habit}
    ex.say("agent", rng.choice(p["ask"]))
    half = len(groups) // 2
    fmt = rng.choice(["space", "space", "dash", "solid"]) if habit == "one_go" else "space"
    if ex.style == "written":
        ex.tags.add(f"fmt_{fmt}")
    lead = rng.choice(p["lead"])
    if habit == "one_go":
        ex.say("customer", lead, render(groups, ex, rng, key, fmt))
    elif habit == "filler_between":
        ex.say("customer", lead, render(groups[:half], ex, rng, key, fmt),
               rng.choice(p["filler"]), render(groups[half:], ex, rng, key, fmt))
    elif habit == "agent_paced":
        ex.say("customer", lead, render(groups[:half], ex, rng, key, fmt))
        ex.say("agent", p["next"])
        ex.say("customer", render(groups[half:], ex, rng, key, fmt))
    elif habit == "handover":
        ex.say("customer", lead, render(groups[:half], ex, rng, key, fmt), p["hand"])
        ex.say("customer", render(groups[half:], ex, rng, key, fmt))
    else:
        ex.say("customer", lead, render(groups[:1], ex, rng, key, fmt), p["restart"],
               render(groups, ex, rng, key, fmt))
    if readback:
        ex.tags.add("readback")
        rb = ex.entity("readback", "CARD", card)
        ex.say("agent", rng.choice(p["rb"]), render(groups, ex, rng, rb, "space"), p["rb_end"])
        ex.say("customer", p["yes"])
    if with_exp:
        ex.tags.add("expiry")
        ex.say("agent", p["exp"])
        expiry(ex, rng, "exp", "customer", "")
        cvv(ex, rng, len(card) == 15)
    ex.say("agent", p["ok"])


def stored_card_exchange(ex: Exchange, rng: random.Random) -> None:
    """Saved card: only 'ending in' (a decoy), then expiry and code."""
    p, last = P[ex.lang], "".join(rng.choice("0123456789") for _ in range(4))
    said_last = last if ex.style == "written" else digit_words(last, ex.lang)
    ex.tags |= {"stored_card", "expiry", "card_ending_decoy"}
    ex.say("agent", p["stored"].format(last=said_last))
    expiry(ex, rng, "exp", "customer", "")
    cvv(ex, rng, False)
    ex.say("agent", p["ok"])
