"""Generate benchmarks/data/redaction_blind18.jsonl: a blind, card-heavy redaction set.

    python tools/make_redaction_blind18.py [--seed 1818] [--out PATH]

Written without looking at the detector or its tests; every span is checked on each run
(chars == text == whitespace-token slice), cards are Luhn-valid unless tagged as a
correction, IBANs pass mod 97 and national IDs carry valid check digits.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind18_lang import (
    MONTHS,
    UNITS,
    asmens_kodas,
    asmens_kodas_ok,
    iban_make,
    iban_ok,
    inn12,
    inn_ok,
    luhn_complete,
    luhn_ok,
    number_words,
    rnokpp,
    rnokpp_ok,
)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "data" / "redaction_blind18.jsonl"
PUNCT = re.compile(r"[.,!?:;«»\"()—–\-/№+…]")
FIXABLE_TAGS = {"misheard", "self_repair", "repeat_last"}


class E:
    """A labelled value inside a turn; `key` joins pieces of one entity across turns."""

    def __init__(self, key: str, etype: str, text: str) -> None:
        self.key, self.etype, self.text = key, etype, text


class Ctx:
    def __init__(self, lang: str, style: str, rng: random.Random, profile_kinds) -> None:
        self.lang, self.style, self.rng = lang, style, rng
        self.profile_kinds = profile_kinds
        self.asr = style == "asr"
        self.tags: list[str] = []
        self.checks: list[tuple[str, str]] = []

    def pick(self, table):
        """Pick a variant: table is a dict by language or a list."""
        value = table[self.lang] if isinstance(table, dict) else table
        return self.rng.choice(value) if isinstance(value, list) else value

    def n(self, value: int) -> str:
        return number_words(value, self.lang) if self.asr else str(value)

    def digits(self, group: str, mode: str = "digit") -> str:
        """Say a digit group: digit by digit, in pairs, as one number, or head+hundreds."""
        if not self.asr:
            return group
        lang = self.lang
        if mode == "whole" and group[0] != "0" and len(group) <= 4:
            return number_words(int(group), lang)
        if mode == "hundreds" and len(group) == 4 and group[1] != "0":
            return UNITS[lang][int(group[0])] + " " + number_words(int(group[1:]), lang)
        if mode in ("pair", "whole", "hundreds") and len(group) % 2 == 0:
            out = []
            for i in range(0, len(group), 2):
                pair = group[i : i + 2]
                out.append(
                    number_words(int(pair), lang)
                    if pair[0] != "0"
                    else UNITS[lang][0] + " " + UNITS[lang][int(pair[1])]
                )
            return " ".join(out)
        if lang == "en":
            out, i = [], 0
            while i < len(group):
                run = len(group[i:]) - len(group[i:].lstrip(group[i]))
                word = (
                    "oh"
                    if group[i] == "0" and self.rng.random() < 0.5
                    else UNITS[lang][int(group[i])]
                )
                if run >= 3:
                    out.append("triple " + word)
                    i += 3
                elif run == 2:
                    out.append("double " + word)
                    i += 2
                else:
                    out.append(word)
                    i += 1
            return " ".join(out)
        return " ".join(UNITS[lang][int(d)] for d in group)


# ----------------------------------------------------------------------------- values

AGENTS = {
    "ru": ["Полина", "Артём", "Вероника", "Глеб"],
    "uk": ["Соломія", "Богдан", "Ярина", "Орест"],
    "en": ["Priya", "Callum", "Megan", "Rhys"],
    "lt": ["Gabija", "Mantas", "Ieva", "Lukas"],
}
# (nominative, genitive, accusative/dative-like object form)
PEOPLE = {
    "ru": [
        ("Зинаида Петровна Клюева", "Зинаиды Петровны Клюевой", "Зинаиду Петровну Клюеву"),
        ("Роман Шестаков", "Романа Шестакова", "Романа Шестакова"),
        ("Алевтина Гусева", "Алевтины Гусевой", "Алевтину Гусеву"),
        ("Степан Ильич Воронцов", "Степана Ильича Воронцова", "Степана Ильича Воронцова"),
        ("Дарья Малкина", "Дарьи Малкиной", "Дарью Малкину"),
        ("Тимур Абдуллаев", "Тимура Абдуллаева", "Тимура Абдуллаева"),
        ("Валентина Сомова", "Валентины Сомовой", "Валентину Сомову"),
        ("Эдуард Крюков", "Эдуарда Крюкова", "Эдуарда Крюкова"),
    ],
    "uk": [
        ("Галина Остапчук", "Галини Остапчук", "Галину Остапчук"),
        ("Мирослав Дячук", "Мирослава Дячука", "Мирослава Дячука"),
        ("Христина Бондар", "Христини Бондар", "Христину Бондар"),
        ("Василь Петрович Гнатюк", "Василя Петровича Гнатюка", "Василя Петровича Гнатюка"),
        ("Леся Кравців", "Лесі Кравців", "Лесю Кравців"),
        ("Устим Лозинський", "Устима Лозинського", "Устима Лозинського"),
    ],
    "en": [
        ("Margaret Ellery", "Margaret Ellery", "Margaret Ellery"),
        ("Desmond O'Hara", "Desmond O'Hara", "Desmond O'Hara"),
        ("Nkechi Adebayo", "Nkechi Adebayo", "Nkechi Adebayo"),
        ("Fergus Whitlock", "Fergus Whitlock", "Fergus Whitlock"),
        ("Harriet Pemberton", "Harriet Pemberton", "Harriet Pemberton"),
        ("Tomasz Wilk", "Tomasz Wilk", "Tomasz Wilk"),
    ],
    "lt": [
        ("Danutė Vaitkevičienė", "Danutės Vaitkevičienės", "Danutę Vaitkevičienę"),
        ("Arūnas Stankus", "Arūno Stankaus", "Arūną Stankų"),
        ("Eglė Mockutė", "Eglės Mockutės", "Eglę Mockutę"),
        ("Vytautas Žemaitis", "Vytauto Žemaičio", "Vytautą Žemaitį"),
        ("Aldona Grigienė", "Aldonos Grigienės", "Aldoną Grigienę"),
        ("Šarūnas Barauskas", "Šarūno Barausko", "Šarūną Barauską"),
    ],
}
SETTINGS = {
    "ru": [
        "замену шин",
        "хранение вещей на складе",
        "чистку дымохода",
        "ремонт часов",
        "слуховой аппарат",
        "переезд",
        "оптику и очки",
        "дезинсекцию",
        "химчистку штор",
        "абонемент на скалодром",
    ],
    "uk": [
        "шиномонтаж",
        "оренду складської комірки",
        "чистку димаря",
        "ремонт годинника",
        "слуховий апарат",
        "квартирний переїзд",
        "нові окуляри",
        "дезінсекцію",
        "хімчистку",
    ],
    "en": [
        "tyre fitting",
        "the storage unit",
        "chimney sweeping",
        "watch repair",
        "hearing aids",
        "the removal van",
        "new glasses",
        "pest control",
        "curtain dry cleaning",
        "the climbing wall membership",
    ],
    "lt": [
        "padangų keitimą",
        "sandėliavimo boksą",
        "kamino valymą",
        "laikrodžio taisymą",
        "klausos aparatą",
        "perkraustymą",
        "naujus akinius",
        "kenkėjų naikinimą",
        "cheminį valymą",
    ],
}
PRODUCTS = {  # products or places named after people, never labelled
    "ru": ["часы «Победа»", "шины Michelin", "оправа Ray-Ban", "торт «Наполеон»", "улица Чехова"],
    "uk": [
        "годинник «Штурманські»",
        "шини Michelin",
        "оправа Ray-Ban",
        "вулиця Франка",
        "торт «Наполеон»",
    ],
    "en": ["a Casio watch", "Michelin tyres", "Ray-Ban frames", "Baker Street", "an Earl Grey"],
    "lt": [
        "Casio laikrodis",
        "Michelin padangos",
        "Ray-Ban rėmeliai",
        "Gedimino prospektas",
        "Napoleono tortas",
    ],
}


def new_card(ctx: Ctx, length: int = 16) -> str:
    rng = ctx.rng
    if length == 15:
        head = rng.choice(["34", "37"])
    elif length == 19:
        head = "62"
    elif length == 13:
        head = "4"
    else:
        head = rng.choice(["4", "5", "2200" if ctx.lang == "ru" else "4", "51", "4"])
    body = head + "".join(rng.choice("0123456789") for _ in range(length - 1 - len(head)))
    card = luhn_complete(body)
    assert luhn_ok(card)
    return card


def groups_of(card: str) -> list[str]:
    if len(card) == 15:
        return [card[:4], card[4:10], card[10:]]
    if len(card) == 13:
        return [card[:4], card[4:8], card[8:]]
    return [card[i : i + 4] for i in range(0, len(card), 4)]


def card_length(ctx: Ctx) -> int:
    r = ctx.rng.random()
    return 15 if r < 0.08 else 19 if r < 0.13 else 13 if r < 0.16 else 16


def say_groups(ctx: Ctx, groups: list[str], mode: str | None = None, sep: str = " ") -> str:
    mode = mode or ctx.rng.choice(["digit", "digit", "pair", "whole", "hundreds", "mixed"])
    if ctx.asr:
        return " ".join(
            ctx.digits(g, ctx.rng.choice(["digit", "pair", "whole"]) if mode == "mixed" else mode)
            for g in groups
        )
    return sep.join(groups)


def wrong_digit(group: str, rng: random.Random) -> str:
    i = rng.randrange(len(group))
    return group[:i] + str((int(group[i]) + rng.randint(1, 8)) % 10) + group[i + 1 :]


def expiry_value(ctx: Ctx) -> tuple[int, int]:
    return ctx.rng.randint(1, 12), ctx.rng.randint(26, 32)


def say_expiry(ctx: Ctx, month: int, year: int) -> str:
    rng, lang = ctx.rng, ctx.lang
    if not ctx.asr:
        return rng.choice(
            [
                f"{month:02d}/{year}",
                f"{month:02d}/{year}",
                f"{month:02d}.{year}",
                f"{MONTHS[lang][month - 1]} 20{year}",
            ]
        )
    form = rng.choice(["num", "num", "month"])
    if form == "month":
        return (
            MONTHS[lang][month - 1].lower()
            + " "
            + (
                number_words(2000 + year, lang)
                if lang != "en" or rng.random() < 0.5
                else "twenty " + number_words(year, lang)
            )
        )
    mm = UNITS[lang][0] + " " + UNITS[lang][month] if month < 10 else number_words(month, lang)
    if lang == "en" and month < 10 and rng.random() < 0.5:
        mm = "oh " + UNITS[lang][month]
    return mm + " " + number_words(year, lang)


def say_cvv(ctx: Ctx, code: str) -> str:
    if not ctx.asr:
        return code
    return ctx.digits(code, ctx.rng.choice(["digit", "digit", "whole"]))


def phone_value(ctx: Ctx) -> tuple[str, str]:
    rng = ctx.rng
    d = "".join(rng.choice("0123456789") for _ in range(7))
    if ctx.lang == "ru":
        raw, written = (
            "89" + str(rng.randint(10, 99)) + d,
            f"+7 9{rng.randint(10, 99)} {d[:3]}-{d[3:5]}-{d[5:]}",
        )
        raw = "79" + written[4:6] + d
    elif ctx.lang == "uk":
        op = rng.choice(["67", "50", "93", "97"])
        written, raw = f"+380 {op} {d[:3]} {d[3:5]} {d[5:]}", "0" + op + d
    elif ctx.lang == "lt":
        written, raw = f"+370 6{d[:2]} {d[2:]}", "86" + d[:2] + d[2:]
    else:
        written, raw = f"07{d[:3]} {d[3:]}{rng.randint(100, 999)}", ""
        raw = written.replace(" ", "")
    if not ctx.asr:
        return written, raw
    mode = rng.choice(["digit", "pair"])
    return " ".join(
        ctx.digits(raw[i : i + 3] if mode == "digit" else raw[i : i + 2], mode)
        for i in range(0, len(raw), 3 if mode == "digit" else 2)
    ), raw


# ----------------------------------------------------------------------------- phrases


def greet(ctx: Ctx, with_name: bool | None = None) -> str:
    name = ctx.pick(AGENTS)
    if with_name is None:
        with_name = ctx.rng.random() < 0.45
    if with_name:
        ctx.tags.append("agent_name")
        return ctx.pick(
            {
                "ru": f"Сервисная служба, меня зовут {name}, слушаю вас.",
                "uk": f"Служба підтримки, мене звати {name}, слухаю вас.",
                "en": f"Customer line, you're speaking with {name}, how can I help?",
                "lt": f"Klientų aptarnavimas, kalba {name}, klausau.",
            }
        )
    return ctx.pick(
        {
            "ru": ["Добрый день, слушаю вас.", "Алло, служба оплаты, говорите."],
            "uk": ["Добрий день, слухаю.", "Алло, відділ оплат, говоріть."],
            "en": ["Hello, payments desk.", "Good morning, how can I help?"],
            "lt": ["Laba diena, klausau.", "Sveiki, mokėjimų skyrius."],
        }
    )


def opener(ctx: Ctx) -> str:
    s = ctx.pick(SETTINGS)
    return ctx.pick(
        {
            "ru": [f"Здравствуйте, хочу оплатить {s}.", f"Я насчёт счёта за {s}, хочу картой."],
            "uk": [
                f"Доброго дня, хочу оплатити {s}.",
                f"Я щодо рахунку за {s}, платитиму карткою.",
            ],
            "en": [
                f"Hi, I'd like to pay for {s}.",
                f"Hello, it's about the bill for {s}, I'll pay by card.",
            ],
            "lt": [
                f"Laba diena, noriu apmokėti už {s}.",
                f"Skambinu dėl sąskaitos už {s}, mokėsiu kortele.",
            ],
        }
    )


def ask_card(ctx: Ctx) -> str:
    return ctx.pick(
        {
            "ru": ["Назовите номер карты.", "Диктуйте номер карты, я записываю."],
            "uk": ["Назвіть номер картки.", "Диктуйте номер картки, я записую."],
            "en": ["Go ahead with the long card number.", "What's the card number?"],
            "lt": ["Padiktuokite kortelės numerį.", "Koks kortelės numeris?"],
        }
    )


def ask_expiry(ctx: Ctx) -> str:
    return ctx.pick(
        {
            "ru": ["До какого числа действует карта?", "Срок действия карты?"],
            "uk": ["До якого терміну дійсна картка?", "Термін дії картки?"],
            "en": ["And the expiry date on the card?", "When does the card expire?"],
            "lt": ["Kortelės galiojimo data?", "Iki kada galioja kortelė?"],
        }
    )


def ask_cvv(ctx: Ctx) -> str:
    return ctx.pick(
        {
            "ru": ["Код с обратной стороны карты?", "Три цифры на обороте карты, пожалуйста."],
            "uk": ["Код зі зворотного боку картки?", "Три цифри на звороті картки, будь ласка."],
            "en": ["The security code from the back of the card?", "And the CVV on the back?"],
            "lt": ["Kodas kitoje kortelės pusėje?", "Trys skaitmenys kortelės nugarėlėje?"],
        }
    )


def nudge(ctx: Ctx) -> str:
    return ctx.pick(
        {
            "ru": ["Так, дальше.", "Записала, продолжайте.", "Ага."],
            "uk": ["Так, далі.", "Записала, продовжуйте.", "Ага."],
            "en": ["Okay, next.", "Got that, carry on.", "Mm-hm."],
            "lt": ["Taip, toliau.", "Užsirašiau, tęskite.", "Aha."],
        }
    )


# ----------------------------------------------------------------------------- card habits


def card_block(ctx: Ctx, key: str = "card") -> list:
    """Return turns dictating one card with a habit drawn at random."""
    rng, _lang = ctx.rng, ctx.lang
    card = new_card(ctx, card_length(ctx))
    groups = groups_of(card)
    habit = rng.choice(
        [
            "one_go",
            "elderly",
            "confirm_each",
            "halves",
            "chat",
            "interrupt",
            "misheard",
            "self_repair",
            "repeat_last",
            "dash_or_solid",
            "readback",
            "reissued",
            "caller_checks",
        ]
    )
    if habit == "confirm_each" and len(groups) > 4:
        habit = "readback"
    ctx.tags += ["card", habit]
    ctx.checks.append(("CARD", card))
    agent = "agent"
    cust = "customer"
    if habit == "dash_or_solid" and not ctx.asr:
        text = rng.choice(["-".join(groups), card])
        return [
            (
                cust,
                [
                    ctx.pick(
                        {
                            "ru": "Вот номер:",
                            "uk": "Ось номер:",
                            "en": "Here it is:",
                            "lt": "Štai numeris:",
                        }
                    ),
                    E(key, "CARD", text),
                ],
            )
        ]
    if habit in ("one_go", "dash_or_solid"):
        lead = ctx.pick(
            {
                "ru": ["Пишите:", "Так, номер", ""],
                "uk": ["Пишіть:", "Так, номер", ""],
                "en": ["Right, it's", "Okay:", ""],
                "lt": ["Rašykite:", "Gerai,", ""],
            }
        )
        return [(cust, [lead, E(key, "CARD", say_groups(ctx, groups))])]
    if habit == "elderly":
        glasses = ctx.pick(
            {
                "ru": "Ой, сейчас, очки найду... Вот. Значит, первые цифры",
                "uk": "Ой, зараз, окуляри знайду... Ось. Значить, перші цифри",
                "en": "Oh dear, hold on, where are my glasses... Right. It starts",
                "lt": "Oi, palaukit, akinių ieškau... Va. Taigi, pradžia",
            }
        )
        faded = ctx.pick(
            {
                "ru": "тут стёрлось немного... а, вот,",
                "uk": "тут трохи стерлося... а, ось,",
                "en": "this bit's worn off a little... ah, yes,",
                "lt": "čia truputį nusitrynę... a, va,",
            }
        )
        head = 2 if len(groups) > 3 else 1
        return [
            (cust, [glasses, E(key, "CARD", say_groups(ctx, groups[:head], "digit"))]),
            (agent, [nudge(ctx)]),
            (
                cust,
                [
                    E(key, "CARD", say_groups(ctx, groups[head:-1], "digit")),
                    faded,
                    E(key, "CARD", say_groups(ctx, groups[-1:], "digit")),
                ],
            ),
        ]
    if habit == "confirm_each":
        ctx.tags.append("agent_echo")
        turns = []
        for i, g in enumerate(groups):
            said = say_groups(ctx, [g])
            turns.append(
                (
                    cust,
                    (
                        [ctx.pick({"ru": "Дальше", "uk": "Далі", "en": "Next", "lt": "Toliau"})]
                        if i
                        else []
                    )
                    + [E(key, "CARD", said)],
                )
            )
            turns.append(
                (
                    agent,
                    [
                        E(key + "_echo", "CARD", say_groups(ctx, [g], "digit")),
                        ctx.pick(
                            {"ru": "верно?", "uk": "правильно?", "en": "right?", "lt": "teisingai?"}
                        ),
                    ],
                )
            )
        return turns
    if habit == "halves":
        cut = len(groups) // 2
        return [
            (cust, [E(key, "CARD", say_groups(ctx, groups[:cut]))]),
            (
                agent,
                [
                    ctx.pick(
                        {
                            "ru": "Половину записала, дальше.",
                            "uk": "Половину маю, далі.",
                            "en": "That's the first half, go on.",
                            "lt": "Pusę turiu, toliau.",
                        }
                    )
                ],
            ),
            (cust, [E(key, "CARD", say_groups(ctx, groups[cut:]))]),
        ]
    if habit == "chat":
        ctx.tags.append("chat_split")
        parts = (
            [groups[:1], groups[1:3], groups[3:]] if len(groups) > 3 else [groups[:1], groups[1:]]
        )
        return [(cust, [E(key, "CARD", say_groups(ctx, p))]) for p in parts if p]
    if habit == "interrupt":
        aside = ctx.pick(
            {
                "ru": "— подождите, тут курьер звонит в дверь... всё, извините —",
                "uk": "— зачекайте, кур'єр у двері дзвонить... все, вибачте —",
                "en": "— sorry, the dog's barking at the postman... okay, I'm back —",
                "lt": "— atsiprašau, kurjeris skambina į duris... viskas, grįžau —",
            }
        )
        cut = rng.randint(1, len(groups) - 1)
        return [
            (
                cust,
                [
                    E(key, "CARD", say_groups(ctx, groups[:cut])),
                    aside,
                    E(key, "CARD", say_groups(ctx, groups[cut:])),
                ],
            )
        ]
    if habit == "reissued":
        old_end = ctx.digits("".join(rng.choice("0123456789") for _ in range(4)))
        on_file = ctx.pick(
            {
                "ru": f"У нас сохранена карта, которая заканчивается на {old_end}. Списать с неё?",
                "uk": f"У нас збережена картка, що закінчується на {old_end}. Списати з неї?",
                "en": f"We've got a card ending {old_end} on file, use that one?",
                "lt": f"Turime išsaugotą kortelę, kuri baigiasi {old_end}. Naudoti ją?",
            }
        )
        return [
            (agent, [on_file]),
            (
                cust,
                [
                    ctx.pick(
                        {
                            "ru": "Нет, её перевыпустили, новая",
                            "uk": "Ні, її перевипустили, нова",
                            "en": "No, they sent me a new one, it's",
                            "lt": "Ne, man išdavė naują, numeris",
                        }
                    ),
                    E(key, "CARD", say_groups(ctx, groups)),
                ],
            ),
        ]
    if habit == "caller_checks":
        check_in = ctx.pick(
            {
                "ru": "успеваете? так,",
                "uk": "встигаєте? так,",
                "en": "are you getting this? right,",
                "lt": "spėjate? gerai,",
            }
        )
        cut = max(1, len(groups) // 2)
        return [
            (
                cust,
                [
                    E(key, "CARD", say_groups(ctx, groups[:cut])),
                    check_in,
                    E(key, "CARD", say_groups(ctx, groups[cut:])),
                ],
            )
        ]
    if habit == "self_repair":
        i = rng.randint(1, len(groups) - 1)
        oops = ctx.pick(
            {
                "ru": "ой, нет, не так,",
                "uk": "ой, ні, не так,",
                "en": "no wait, sorry,",
                "lt": "ne, atsiprašau,",
            }
        )
        return [
            (
                cust,
                [
                    E(key, "CARD", say_groups(ctx, [*groups[:i], wrong_digit(groups[i], rng)])),
                    oops,
                    E(key, "CARD", say_groups(ctx, groups[i:])),
                ],
            )
        ]
    if habit == "repeat_last":
        again = ctx.pick(
            {
                "ru": "Последнюю группу повторите, пожалуйста.",
                "uk": "Останню групу ще раз, будь ласка.",
                "en": "Could you repeat the last group?",
                "lt": "Pakartokite paskutinę grupę.",
            }
        )
        return [
            (cust, [E(key, "CARD", say_groups(ctx, groups))]),
            (agent, [again]),
            (
                cust,
                [
                    ctx.pick({"ru": "Да,", "uk": "Так,", "en": "Yes,", "lt": "Taip,"}),
                    E(key, "CARD", say_groups(ctx, groups[-1:], "digit")),
                ],
            ),
        ]
    if habit == "misheard":
        i = rng.randrange(len(groups))
        wrong = [*groups[:i], wrong_digit(groups[i], rng), *groups[i + 1 :]]
        ctx.tags.append("agent_echo")
        return [
            (cust, [E(key, "CARD", say_groups(ctx, groups))]),
            (
                agent,
                [
                    ctx.pick(
                        {
                            "ru": "Проверяю:",
                            "uk": "Перевіряю:",
                            "en": "Reading back:",
                            "lt": "Tikrinu:",
                        }
                    ),
                    E(key + "_echo", "CARD", say_groups(ctx, wrong, "digit")),
                ],
            ),
            (
                cust,
                [
                    ctx.pick(
                        {
                            "ru": "Нет, там",
                            "uk": "Ні, там",
                            "en": "No, that group is",
                            "lt": "Ne, ten",
                        }
                    ),
                    E(key, "CARD", say_groups(ctx, [groups[i]], "digit")),
                ],
            ),
        ]
    # readback: the agent reads the whole number back correctly
    ctx.tags.append("agent_echo")
    return [
        (cust, [E(key, "CARD", say_groups(ctx, groups))]),
        (
            agent,
            [
                ctx.pick(
                    {"ru": "Повторяю:", "uk": "Повторюю:", "en": "So that's", "lt": "Kartoju:"}
                ),
                E(key + "_echo", "CARD", say_groups(ctx, groups, "digit")),
            ],
        ),
        (
            cust,
            [
                ctx.pick(
                    {
                        "ru": "Всё верно.",
                        "uk": "Усе правильно.",
                        "en": "Spot on.",
                        "lt": "Teisingai.",
                    }
                )
            ],
        ),
    ]


def expiry_block(ctx: Ctx, two_turns: bool = False) -> list:
    """Ask and answer the expiry; `two_turns` keeps to forms that fit in one question/answer."""
    rng = ctx.rng
    month, year = expiry_value(ctx)
    ctx.tags.append("expiry")
    forms = ["plain", "plain", "corrected", "relative"] + ([] if two_turns else ["split", "echo"])
    form = rng.choice(forms)
    if form == "relative" and ctx.lang != "lt" and ctx.rng.random() < 0.5:
        ctx.tags.append("relative_expiry")
        val = ctx.pick(
            {
                "ru": "конца следующего года",
                "uk": "кінця наступного року",
                "en": "the end of next year",
            }
        )
        lead = ctx.pick({"ru": "До", "uk": "До", "en": "It runs till"})
        return [(ctx_agent(), [ask_expiry(ctx)]), ("customer", [lead, E("exp", "EXPIRY", val)])]
    if form == "split":
        ctx.tags.append("expiry_split")
        return [
            (
                "agent",
                [
                    ctx.pick(
                        {
                            "ru": "Месяц окончания?",
                            "uk": "Місяць закінчення?",
                            "en": "Expiry month?",
                            "lt": "Galiojimo mėnuo?",
                        }
                    )
                ],
            ),
            (
                "customer",
                [
                    E(
                        "exp",
                        "EXPIRY",
                        MONTHS[ctx.lang][month - 1].lower() if ctx.asr else f"{month:02d}",
                    )
                ],
            ),
            (
                "agent",
                [
                    ctx.pick(
                        {"ru": "А год?", "uk": "А рік?", "en": "And the year?", "lt": "O metai?"}
                    )
                ],
            ),
            ("customer", [E("exp", "EXPIRY", ctx.n(2000 + year))]),
        ]
    said = say_expiry(ctx, month, year)
    turns = [("agent", [ask_expiry(ctx)])]
    if form == "corrected":
        ctx.tags.append("expiry_repair")
        other = say_expiry(ctx, month % 12 + 1, year)
        turns.append(
            (
                "customer",
                [
                    E("exp", "EXPIRY", other),
                    ctx.pick(
                        {
                            "ru": "ой, нет,",
                            "uk": "ой, ні,",
                            "en": "hang on, no,",
                            "lt": "ne, palaukit,",
                        }
                    ),
                    E("exp", "EXPIRY", said),
                ],
            )
        )
    else:
        turns.append(("customer", [E("exp", "EXPIRY", said)]))
    if form == "echo":
        ctx.tags.append("agent_echo")
        turns.append(
            (
                "agent",
                [
                    E("exp_echo", "EXPIRY", said),
                    ctx.pick(
                        {
                            "ru": "— записала.",
                            "uk": "— записала.",
                            "en": "— noted.",
                            "lt": "— užsirašiau.",
                        }
                    ),
                ],
            )
        )
    return turns


def ctx_agent() -> str:
    return "agent"


def cvv_block(ctx: Ctx, amex: bool = False) -> list:
    rng = ctx.rng
    code = "".join(rng.choice("0123456789") for _ in range(4 if amex else 3))
    ctx.tags.append("cvv")
    form = rng.choice(["plain", "echo", "with_name", "corrected", "hesitant"])
    turns = [("agent", [ask_cvv(ctx)])]
    if form == "echo":
        ctx.tags.append("agent_echo")
        said = say_cvv(ctx, code)
        return [
            *turns,
            ("customer", [E("cvv", "CVV", said)]),
            (
                "agent",
                [
                    ctx.pick({"ru": "Код", "uk": "Код", "en": "That's", "lt": "Kodas"}),
                    E("cvv_echo", "CVV", said),
                    ctx.pick({"ru": ", верно?", "uk": ", так?", "en": ", yes?", "lt": ", taip?"}),
                ],
            ),
        ]
    if form == "corrected":
        ctx.tags.append("cvv_repair")
        turns.append(
            (
                "customer",
                [
                    E("cvv", "CVV", say_cvv(ctx, code[::-1])),
                    ctx.pick(
                        {
                            "ru": "ой, наоборот,",
                            "uk": "ой, навпаки,",
                            "en": "sorry, other way round,",
                            "lt": "atvirkščiai,",
                        }
                    ),
                    E("cvv", "CVV", say_cvv(ctx, code)),
                ],
            )
        )
    elif form == "hesitant":
        turns.append(
            (
                "customer",
                [
                    ctx.pick(
                        {
                            "ru": "Секунду, переверну... мелко написано...",
                            "uk": "Секунду, переверну... дрібно написано...",
                            "en": "One sec, turning it over... tiny print...",
                            "lt": "Sekundėlę, apversiu... smulkiai parašyta...",
                        }
                    ),
                    E("cvv", "CVV", say_cvv(ctx, code)),
                ],
            )
        )
    elif form == "with_name":
        person = ctx.pick(PEOPLE)[0]
        ctx.tags.append("person")
        turns.append(
            (
                "customer",
                [
                    E("cvv", "CVV", say_cvv(ctx, code)),
                    ctx.pick(
                        {
                            "ru": ", а владелец карты —",
                            "uk": ", а власник картки —",
                            "en": ", and the cardholder is",
                            "lt": ", o kortelės savininkas —",
                        }
                    ),
                    E("p_cvv", "PERSON", person),
                ],
            )
        )
    else:
        turns.append(("customer", [E("cvv", "CVV", say_cvv(ctx, code))]))
    return turns


# ----------------------------------------------------------------------------- templates


def with_ask(ctx: Ctx, block: list) -> list:
    """Prefix the agent's card question unless the block already opens with the agent."""
    return block if block[0][0] == "agent" else [("agent", [ask_card(ctx)]), *block]


def t_card_full(ctx: Ctx) -> list:
    block = with_ask(ctx, card_block(ctx))
    if len(block) > 4:
        return block
    turns = [("agent", [greet(ctx)]), ("customer", [opener(ctx)]), *block]
    if len(turns) <= 4:
        if ctx.rng.random() < 0.5:
            turns += expiry_block(ctx, two_turns=True)
        else:
            name = ctx.pick(PEOPLE)[0]
            ctx.tags.append("person")
            turns += [
                (
                    "agent",
                    [
                        ctx.pick(
                            {
                                "ru": "На кого оформлена карта?",
                                "uk": "На кого оформлена картка?",
                                "en": "Whose name is on the card?",
                                "lt": "Kieno vardu kortelė?",
                            }
                        )
                    ],
                ),
                ("customer", [E("holder", "PERSON", name.lower() if ctx.asr else name)]),
            ]
    return turns[-6:]


def t_card_short(ctx: Ctx) -> list:
    return with_ask(ctx, card_block(ctx))


def t_card_expiry_cvv(ctx: Ctx) -> list:
    """Card, then expiry and CVV as separate questions, or asked together when turns are short."""
    turns = with_ask(ctx, card_block(ctx))
    room = 6 - len(turns)
    amex = len(ctx.checks[-1][1]) == 15
    if room >= 4:
        turns = (turns + expiry_block(ctx, two_turns=True) + cvv_block(ctx, amex))[:6]
    elif room >= 2:
        turns += t_expiry_cvv_together(ctx, amex)
    return turns


def t_card_person(ctx: Ctx) -> list:
    """Card first, then the name on the card (sometimes echoed back by the agent)."""
    block = card_block(ctx)
    if len(block) > 4:  # a long dictation block fills the exchange on its own
        return with_ask(ctx, block)
    nom = ctx.pick(PEOPLE)[0]
    nom = nom.lower() if ctx.asr else nom
    ctx.tags.append("person")
    ask = ctx.pick(
        {
            "ru": "Имя и фамилия, как на карте?",
            "uk": "Ім'я та прізвище, як на картці?",
            "en": "And the name exactly as it appears on the card?",
            "lt": "Vardas ir pavardė kaip kortelėje?",
        }
    )
    tail = [("agent", [ask]), ("customer", [E("holder", "PERSON", nom)])]
    if len(block) <= 2 and ctx.rng.random() < 0.5:
        ctx.tags.append("agent_echo")
        tail.append(
            (
                "agent",
                [
                    E("holder_echo", "PERSON", nom),
                    ctx.pick(
                        {
                            "ru": "— спасибо.",
                            "uk": "— дякую.",
                            "en": "— thank you.",
                            "lt": "— ačiū.",
                        }
                    ),
                ],
            )
        )
    head = (
        [("agent", [ask_card(ctx)])]
        if len(block) + len(tail) < 6 and block[0][0] != "agent"
        else []
    )
    return head + block + tail


def t_expiry(ctx: Ctx) -> list:
    return [
        (
            "customer",
            [
                ctx.pick(
                    {
                        "ru": "Номер карты я продиктовала.",
                        "uk": "Номер картки я вже назвала.",
                        "en": "That's the card number done.",
                        "lt": "Kortelės numerį padiktavau.",
                    }
                )
            ],
        ),
        *expiry_block(ctx),
    ]


def t_expiry_cvv_together(ctx: Ctx, amex: bool = False) -> list:
    month, year = expiry_value(ctx)
    code = "".join(ctx.rng.choice("0123456789") for _ in range(4 if amex else 3))
    ctx.tags += ["expiry", "cvv", "together"]
    ask = ctx.pick(
        {
            "ru": "Срок действия и код на обороте карты?",
            "uk": "Термін дії і код на звороті картки?",
            "en": "Expiry and the three-digit code on the card, please.",
            "lt": "Kortelės galiojimas ir kodas?",
        }
    )
    a = ctx.pick({"ru": "срок", "uk": "термін", "en": "expiry", "lt": "galioja iki"})
    b = ctx.pick({"ru": "код", "uk": "код", "en": "code", "lt": "kodas"})
    return [
        ("agent", [ask]),
        (
            "customer",
            [
                a,
                E("exp", "EXPIRY", say_expiry(ctx, month, year)),
                b,
                E("cvv", "CVV", say_cvv(ctx, code)),
            ],
        ),
    ]


def t_cvv(ctx: Ctx) -> list:
    turns = cvv_block(ctx)
    if turns[-1][0] == "agent":
        return turns
    return [
        *turns,
        (
            "agent",
            [
                ctx.pick(
                    {
                        "ru": "Спасибо, проводим платёж.",
                        "uk": "Дякую, проводимо платіж.",
                        "en": "Thanks, putting it through now.",
                        "lt": "Ačiū, vykdome mokėjimą.",
                    }
                )
            ],
        ),
    ]


def t_person(ctx: Ctx) -> list:
    rng = ctx.rng
    nom, gen, acc = ctx.pick(PEOPLE)
    form = rng.choice(["holder", "third", "spelled", "echo", "no_cue"])
    ctx.tags += ["person", form]
    if ctx.asr:
        nom, gen, acc = nom.lower(), gen.lower(), acc.lower()
    ask = ctx.pick(
        {
            "ru": "Как зовут владельца карты?",
            "uk": "Як звати власника картки?",
            "en": "Name of the cardholder?",
            "lt": "Kortelės savininko vardas?",
        }
    )
    if form == "third":
        others = [p for p in PEOPLE[ctx.lang] if p[0].lower() != nom.lower()]
        gen2 = rng.choice(others)[1]
        gen2 = gen2.lower() if ctx.asr else gen2
        first = gen if ctx.lang != "lt" else acc
        return [
            ("agent", [greet(ctx)]),
            (
                "customer",
                [
                    ctx.pick(
                        {
                            "ru": "Я оплачиваю заказ для",
                            "uk": "Я оплачую замовлення для",
                            "en": "I'm paying on behalf of",
                            "lt": "Moku už",
                        }
                    ),
                    E("p", "PERSON", first),
                    ctx.pick(
                        {
                            "ru": "— а карта на имя",
                            "uk": "— а картка на ім'я",
                            "en": "— the card is in the name of",
                            "lt": "— kortelė išduota",
                        }
                    ),
                    E("p2", "PERSON", gen2),
                    ctx.pick({"lt": "vardu.", "ru": "", "uk": "", "en": ""}),
                ],
            ),
        ]
    if form == "spelled":
        ctx.tags.append("spelled")
        surname = nom.split()[-1]
        spelled = "-".join(surname.upper()) if not ctx.asr else " ".join(surname.replace("'", ""))
        return [
            ("agent", [ask]),
            ("customer", [E("p", "PERSON", nom)]),
            (
                "agent",
                [
                    ctx.pick(
                        {
                            "ru": "Фамилию по буквам, пожалуйста.",
                            "uk": "Прізвище по літерах, будь ласка.",
                            "en": "Could you spell the surname?",
                            "lt": "Pavardę paraidžiui, prašau.",
                        }
                    )
                ],
            ),
            ("customer", [E("p", "PERSON", spelled)]),
        ]
    if form == "echo":
        ctx.tags.append("agent_echo")
        return [
            ("agent", [ask]),
            ("customer", [E("p", "PERSON", nom)]),
            (
                "agent",
                [
                    E("p_echo", "PERSON", nom),
                    ctx.pick(
                        {"ru": ", верно?", "uk": ", так?", "en": ", correct?", "lt": ", teisingai?"}
                    ),
                ],
            ),
        ]
    if form == "no_cue":
        return [
            ("agent", [greet(ctx, True)]),
            (
                "customer",
                [
                    ctx.pick({"ru": "Это", "uk": "Це", "en": "It's", "lt": "Čia"}),
                    E("p", "PERSON", nom),
                    ctx.pick(
                        {
                            "ru": ", звоню по поводу заказа.",
                            "uk": ", телефоную щодо замовлення.",
                            "en": ", calling about my order.",
                            "lt": ", skambinu dėl užsakymo.",
                        }
                    ),
                ],
            ),
        ]
    return [("agent", [ask]), ("customer", [E("p", "PERSON", nom)])]


def t_account(ctx: Ctx) -> list:
    rng = ctx.rng
    ctx.tags.append("account")
    if not ctx.asr and rng.random() < 0.6 and ctx.lang != "ru":
        country = {"uk": "UA", "lt": "LT", "en": "GB"}[ctx.lang]
        if country == "UA":
            bban = "".join(rng.choice("0123456789") for _ in range(25))
        elif country == "LT":
            bban = "".join(rng.choice("0123456789") for _ in range(16))
        else:
            bban = rng.choice(["NWBK", "MIDL", "BARC"]) + "".join(
                rng.choice("0123456789") for _ in range(14)
            )
        iban = iban_make(country, bban)
        assert iban_ok(iban)
        ctx.checks.append(("IBAN", iban))
        text = rng.choice([iban, " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))])
        ctx.tags.append("iban")
        return [
            (
                "agent",
                [
                    ctx.pick(
                        {
                            "uk": "Куди повернути кошти?",
                            "lt": "Į kokią sąskaitą grąžinti?",
                            "en": "Where should we send the refund?",
                        }
                    )
                ],
            ),
            (
                "customer",
                [
                    ctx.pick({"uk": "На рахунок", "lt": "Į sąskaitą", "en": "To my IBAN,"}),
                    E("a", "ACCOUNT", text),
                ],
            ),
        ]
    prefix = ctx.pick(
        {"ru": ["ДГ", "СК"], "uk": ["ДГ", "ПЛ"], "en": ["POL", "AGR"], "lt": ["SUT", "DR"]}
    )
    num = "".join(rng.choice("0123456789") for _ in range(rng.choice([7, 8, 10])))
    if ctx.asr:
        text = (
            ctx.digits(num, rng.choice(["digit", "pair"])) if len(num) % 2 == 0 else ctx.digits(num)
        )
        text = rng.choice(["", prefix.lower() + " "]) + text if ctx.lang == "en" else text
    else:
        text = rng.choice([f"{prefix}-{num}", num, f"{prefix}{num}"])
    cue = ctx.pick(
        {
            "ru": ["Номер договора:", "Номер лицевого счёта:"],
            "uk": ["Номер договору:", "Особовий рахунок:"],
            "en": ["My policy number is", "Account number"],
            "lt": ["Sutarties numeris:", "Sąskaitos numeris:"],
        }
    )
    return [
        (
            "agent",
            [
                ctx.pick(
                    {
                        "ru": "Назовите номер договора или счёта.",
                        "uk": "Назвіть номер договору або рахунку.",
                        "en": "Do you have your policy or account number?",
                        "lt": "Nurodykite sutarties numerį.",
                    }
                )
            ],
        ),
        ("customer", [cue, E("a", "ACCOUNT", text)]),
    ]


def t_profile(ctx: Ctx) -> list:
    """One or two of the rarer types: phone, email, DOB, passport, national ID, address."""
    kinds = [next(ctx.profile_kinds), next(ctx.profile_kinds)]
    turns = []
    for k in dict.fromkeys(kinds):
        ctx.tags.append(k.lower())
        turns += profile_pair(ctx, k)
    return turns


def profile_pair(ctx: Ctx, kind: str) -> list:
    rng, lang = ctx.rng, ctx.lang
    if kind == "PHONE":
        text, _ = phone_value(ctx)
        return [
            (
                "agent",
                [
                    ctx.pick(
                        {
                            "ru": "Номер для связи?",
                            "uk": "Номер для зв'язку?",
                            "en": "Best number to reach you?",
                            "lt": "Kontaktinis telefonas?",
                        }
                    )
                ],
            ),
            ("customer", [E("ph", "PHONE", text)]),
        ]
    if kind == "EMAIL":
        user = rng.choice(["lina.k", "vasko77", "m.orlova", "tgrey", "jurga.s", "oleh_p"])
        dom = rng.choice(["gmail.com", "ukr.net", "mail.ru", "outlook.com", "inbox.lt"])
        if ctx.asr:
            at = {"ru": "собака", "uk": "равлик", "en": "at", "lt": "eta"}[lang]
            dot = {"ru": "точка", "uk": "крапка", "en": "dot", "lt": "taškas"}[lang]
            spoken_user = user.replace(".", f" {dot} ").replace("_", " ")
            text = f"{spoken_user} {at} {dom.replace('.', f' {dot} ')}"
            text = re.sub(r"\d+", lambda m: number_words(int(m.group()), lang), text)
        else:
            text = f"{user}@{dom}"
        return [
            (
                "agent",
                [
                    ctx.pick(
                        {
                            "ru": "Куда прислать квитанцию?",
                            "uk": "Куди надіслати квитанцію?",
                            "en": "Email for the receipt?",
                            "lt": "Kur atsiųsti kvitą?",
                        }
                    )
                ],
            ),
            ("customer", [E("em", "EMAIL", text)]),
        ]
    if kind == "DOB":
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1941, 2003)
        if ctx.asr:
            year = (
                f"{number_words(y // 100, lang)} {number_words(y % 100, lang)}"
                if lang == "en"
                else number_words(y, lang)
            )
            text = f"{number_words(d, lang)} {MONTHS[lang][m - 1].lower()} {year}"
        else:
            text = f"{d} {MONTHS[lang][m - 1]} {y}" if lang == "en" else f"{d:02d}.{m:02d}.{y}"
        return [
            (
                "agent",
                [
                    ctx.pick(
                        {
                            "ru": "Дата рождения владельца?",
                            "uk": "Дата народження власника?",
                            "en": "Date of birth for security?",
                            "lt": "Gimimo data?",
                        }
                    )
                ],
            ),
            ("customer", [E("dob", "DOB", text)]),
        ]
    if kind == "PASSPORT":
        if lang == "ru":
            raw = f"{rng.randint(10, 99)}{rng.randint(10, 99)} {rng.randint(100000, 999999)}"
        elif lang == "uk":
            raw = str(rng.randint(100000000, 999999999))
        elif lang == "lt":
            raw = str(rng.randint(10000000, 99999999))
        else:
            raw = str(rng.randint(100000000, 999999999))
        text = (
            " ".join(ctx.digits(p, "pair" if len(p) % 2 == 0 else "digit") for p in raw.split())
            if ctx.asr
            else raw
        )
        return [
            (
                "agent",
                [
                    ctx.pick(
                        {
                            "ru": "Серия и номер паспорта?",
                            "uk": "Номер паспорта?",
                            "en": "Passport number, please.",
                            "lt": "Paso numeris?",
                        }
                    )
                ],
            ),
            ("customer", [E("pp", "PASSPORT", text)]),
        ]
    if kind == "NATIONAL_ID":
        body = "".join(rng.choice("0123456789") for _ in range(10))
        if lang == "ru":
            raw = inn12(str(rng.randint(1, 9)) + body[1:])
            ctx.checks.append(("INN", raw))
        elif lang == "uk":
            raw = rnokpp(str(rng.randint(2, 3)) + body[1:9])
            ctx.checks.append(("RNOKPP", raw))
        elif lang == "lt":
            raw = asmens_kodas(
                rng.choice("3456")
                + f"{rng.randint(50, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
                + body[:3]
            )
            ctx.checks.append(("AK", raw))
        else:
            raw = (
                "".join(rng.choice("ABCEHJKLMNPRSTWXYZ") for _ in range(2))
                + body[:6]
                + rng.choice("ABCD")
            )
        if ctx.asr:
            text = " ".join(ch.lower() if ch.isalpha() else UNITS[lang][int(ch)] for ch in raw)
        else:
            text = raw
        cue = ctx.pick(
            {"ru": "ИНН", "uk": "РНОКПП", "en": "National Insurance number", "lt": "asmens kodą"}
        )
        return [
            (
                "agent",
                [
                    ctx.pick(
                        {
                            "ru": f"Для возврата нужен ваш {cue}.",
                            "uk": f"Для повернення потрібен ваш {cue}.",
                            "en": f"I'll need your {cue}.",
                            "lt": f"Prašau pasakyti {cue}.",
                        }
                    )
                ],
            ),
            ("customer", [E("nid", "NATIONAL_ID", text)]),
        ]
    street = ctx.pick(
        {
            "ru": ["улица Садовая", "проспект Мира"],
            "uk": ["вулиця Січових Стрільців", "проспект Перемоги"],
            "en": ["Larkfield Road", "Mill Lane"],
            "lt": ["Vilniaus g.", "Savanorių pr."],
        }
    )
    house, flat = rng.randint(2, 140), rng.randint(1, 90)
    if lang == "ru":
        text = f"{street}, дом {ctx.n(house)}, квартира {ctx.n(flat)}"
    elif lang == "uk":
        text = f"{street}, будинок {ctx.n(house)}, квартира {ctx.n(flat)}"
    elif lang == "en":
        text = f"flat {ctx.n(flat)}, {ctx.n(house)} {street}"
    else:
        text = f"{street} {ctx.n(house)}, butas {ctx.n(flat)}"
    if ctx.asr:
        text = asr_plain(text, lang)
    return [
        (
            "agent",
            [
                ctx.pick(
                    {
                        "ru": "Адрес доставки?",
                        "uk": "Адреса доставки?",
                        "en": "Delivery address?",
                        "lt": "Pristatymo adresas?",
                    }
                )
            ],
        ),
        ("customer", [E("ad", "ADDRESS", text)]),
    ]


def t_decoy(ctx: Ctx) -> list:
    rng = ctx.rng
    ctx.tags += ["decoy", "no_entity"]
    amount, last4 = rng.randint(15, 4800), f"{rng.randint(1000, 9999)}"
    ticket = "".join(rng.choice("0123456789") for _ in range(rng.choice([5, 6, 7])))
    hh, mm = rng.randint(8, 19), rng.choice([0, 15, 30, 45])
    day, room, year = rng.randint(2, 28), rng.randint(101, 540), rng.randint(2019, 2027)
    product = ctx.pick(PRODUCTS)
    t = ctx.n
    n4 = ctx.digits(last4, rng.choice(["digit", "pair"]))
    nt = ctx.digits(ticket, "digit")
    time = f"{hh}:{mm:02d}" if not ctx.asr else f"{t(hh)} {t(mm) if mm else ''}".strip()
    pool = {
        "ru": [
            f"С карты, которая заканчивается на {n4}, списано {t(amount)} рублей.",
            f"Номер заявки {nt}, мастер приедет {t(day)} числа к {time}.",
            f"Горячая линия 8 800 {t(rng.randint(100, 999))} — звоните круглосуточно."
            if not ctx.asr
            else f"горячая линия восемь восемьсот {t(rng.randint(100, 999))} звоните круглосуточно",
            f"Мы на улице Гагарина, кабинет {t(room)}, работаем с {t(hh)} часов.",
            f"Заказ номер {nt}: {product}, итого {t(amount)} рублей.",
            f"Клиент с {t(year)} года, скидка {t(rng.randint(3, 25))} процентов.",
            f"Это просто смешно, я уже {t(rng.randint(2, 6))} раз звоню по делу {nt}!",
        ],
        "uk": [
            f"З картки, що закінчується на {n4}, списали {t(amount)} гривень.",
            f"Номер заявки {nt}, майстер буде {t(day)} числа о {time}.",
            f"Ми на вулиці Шевченка, кабінет {t(room)}, працюємо з {t(hh)} години.",
            f"Замовлення {nt}: {product}, разом {t(amount)} гривень.",
            f"Ви з нами з {t(year)} року, знижка {t(rng.randint(3, 25))} відсотків.",
            f"Я вже {t(rng.randint(2, 6))} раз телефоную щодо звернення {nt}!",
        ],
        "en": [
            f"The card ending in {n4} was charged {t(amount)} pounds.",
            f"Your case reference is {nt}, the fitter comes on the {t(day)} at {time}.",
            f"We're on Chapel Street, room {t(room)}, open from {t(hh)}.",
            f"Order {nt}: {product}, {t(amount)} pounds in total.",
            f"You've been with us since {t(year)}, so that's {t(rng.randint(3, 25))} percent off.",
            f"Seat {t(rng.randint(2, 40))} row {t(rng.randint(1, 20))}, doors open at {time}.",
        ],
        "lt": [
            f"Nuo kortelės, kuri baigiasi {n4}, nuskaityta {t(amount)} eurų.",
            f"Užklausos numeris {nt}, meistras atvyks {t(day)} dieną {time}.",
            f"Esame Pilies gatvėje, kabinetas {t(room)}, dirbame nuo {t(hh)}.",
            f"Užsakymas {nt}: {product}, iš viso {t(amount)} eurų.",
            f"Esate mūsų klientas nuo {t(year)} metų, nuolaida {t(rng.randint(3, 25))} procentų.",
        ],
    }[ctx.lang]
    lines = rng.sample(pool, rng.randint(2, min(4, len(pool))))
    turns = [("agent" if i % 2 == 0 else "customer", [line]) for i, line in enumerate(lines)]
    if rng.random() < 0.4:
        turns.insert(0, ("agent", [greet(ctx)]))
    return turns


# share of the positive exchanges in every (language, style) cell
POSITIVE = [
    (t_card_full, 44),
    (t_card_short, 30),
    (t_card_expiry_cvv, 46),
    (t_card_person, 38),
    (t_expiry, 17),
    (t_expiry_cvv_together, 4),
    (t_cvv, 18),
    (t_person, 26),
    (t_account, 38),
    (t_profile, 38),
]


def template_quota(size: int, rng: random.Random) -> list:
    """Spread templates over a cell by largest remainder, so counts do not drift with the seed."""
    total = sum(w for _, w in POSITIVE)
    exact = [(f, size * w / total) for f, w in POSITIVE]
    chosen = {f: int(x) for f, x in exact}
    spare = size - sum(chosen.values())
    for f, _x in sorted(exact, key=lambda fx: fx[1] - int(fx[1]), reverse=True)[:spare]:
        chosen[f] += 1
    plan = [f for f, n in chosen.items() for _ in range(n)]
    rng.shuffle(plan)
    return plan


# ----------------------------------------------------------------------------- assembly


def asr_plain(text: str, lang: str) -> str:
    text = PUNCT.sub(" ", text.lower().replace("’", "'"))
    return " ".join(text.split())


def assemble(ctx: Ctx, raw_turns: list) -> tuple[list, list]:
    turns, spans = [], {}
    order: list[str] = []
    for t_index, (role, parts) in enumerate(raw_turns):
        tokens: list[str] = []
        prev_entity = False
        text = ""
        for part in parts:
            if isinstance(part, E):
                value = asr_plain(part.text, ctx.lang) if ctx.asr else part.text
                value_tokens = value.split()
                assert value_tokens, part.text
                if text:
                    text += " "
                start_char, start_tok = len(text), len(tokens)
                text += " ".join(value_tokens)
                tokens += value_tokens
                if part.key not in spans:
                    spans[part.key] = (part.etype, [])
                    order.append(part.key)
                pieces = spans[part.key][1]
                if pieces and pieces[-1][0] == t_index and pieces[-1][2] == start_tok:
                    pieces[-1] = (t_index, pieces[-1][1], len(tokens), pieces[-1][3], len(text))
                else:
                    pieces.append((t_index, start_tok, len(tokens), start_char, len(text)))
                prev_entity = True
                continue
            plain = asr_plain(part, ctx.lang) if ctx.asr else part.strip()
            if not plain:
                continue
            if plain[0] in ".,!?" and prev_entity:
                plain = plain[1:].strip()
            elif plain[0] in ".,!?" and text:
                text = text + plain[0]
                tokens[-1] += plain[0]
                plain = plain[1:].strip()
            if plain:
                text = (text + " " + plain) if text else plain
                tokens += plain.split()
            prev_entity = False
        assert text.split() == tokens, (text, tokens)
        turns.append({"role": role, "text": text})
    entities = []
    for key in order:
        etype, pieces = spans[key]
        entities.append(
            {
                "type": etype,
                "pieces": [[t, s, e] for t, s, e, _, _ in pieces],
                "chars": [[t, cs, ce] for t, _, _, cs, ce in pieces],
                "text": [turns[t]["text"][cs:ce] for t, _, _, cs, ce in pieces],
            }
        )
    return turns, entities


def check(record: dict, ctx: Ctx) -> None:
    turns = record["turns"]
    assert 2 <= len(turns) <= 10, record
    if len(turns) > 6:
        assert "card" in record["tags"], record
    for turn in turns:
        if record["style"] == "asr":
            assert not re.search(r"[0-9]", turn["text"]), turn
            assert not re.search(r"[^\w\s']", turn["text"]), turn
            assert turn["text"] == turn["text"].lower(), turn
    for ent in record["entities"]:
        for (t, s, e), (ct, cs, ce), text in zip(
            ent["pieces"], ent["chars"], ent["text"], strict=True
        ):
            assert t == ct
            sliced = turns[t]["text"][cs:ce]
            assert sliced == text == " ".join(turns[t]["text"].split()[s:e]), (record["id"], text)
        if ent["type"] == "CARD" and record["style"] == "written":
            digits = "".join(ch for ch in "".join(ent["text"]) if ch.isdigit())
            if not FIXABLE_TAGS & set(record["tags"]):
                assert luhn_ok(digits) and 13 <= len(digits) <= 19, (record["id"], digits)
    for kind, value in ctx.checks:
        ok = {
            "CARD": luhn_ok,
            "IBAN": iban_ok,
            "INN": inn_ok,
            "RNOKPP": rnokpp_ok,
            "AK": asmens_kodas_ok,
        }[kind]
        assert ok(value), (kind, value)


def build(seed: int) -> list[dict]:
    rng = random.Random(seed)
    plan = [("ru", 90), ("uk", 45), ("en", 45), ("lt", 45)]
    records = []
    profile_kinds = itertools.cycle(["PHONE", "EMAIL", "DOB", "PASSPORT", "NATIONAL_ID", "ADDRESS"])
    for lang, size in plan:
        for style in ("written", "asr"):
            decoys = round(size * 0.35)
            kinds = [t_decoy] * decoys + template_quota(size - decoys, rng)
            rng.shuffle(kinds)
            for template in kinds:
                ctx = Ctx(lang, style, rng, profile_kinds)
                kind = "decoy" if template is t_decoy else "positive"
                raw = template(ctx)
                if kind == "positive" and len(raw) < 2:
                    raw = [("agent", [greet(ctx)]), *raw]
                turns, entities = assemble(ctx, raw)
                name = "decoy" if kind == "decoy" else template.__name__[2:]
                records.append(
                    {
                        "id": "",
                        "lang": lang,
                        "style": style,
                        "split": "blind18",
                        "template": f"{lang}_{name}",
                        "tags": sorted(dict.fromkeys(ctx.tags)),
                        "turns": turns,
                        "entities": entities,
                        "_ctx": ctx,
                    }
                )
    rng.shuffle(records)
    for number, rec in enumerate(records, 1):
        style = "a" if rec["style"] == "asr" else "w"
        rec["id"] = f"b18-{rec['lang']}-{style}-{number:04d}"
        check(rec, rec.pop("_ctx"))
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1818)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    records = build(args.seed)
    with args.out.open("w", encoding="utf-8") as handle:
        for rec in records:
            handle.write(json.dumps(rec, ensure_ascii=False) + "\n")
    counts = Counter((e["type"], r["lang"], r["style"]) for r in records for e in r["entities"])
    types = sorted({k[0] for k in counts})
    for etype in types:
        print(etype, sum(v for k, v in counts.items() if k[0] == etype))
    print("exchanges", len(records), "decoy", sum(not r["entities"] for r in records))


if __name__ == "__main__":
    main()
