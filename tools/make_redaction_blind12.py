"""Generate benchmarks/data/redaction_blind12.jsonl, a blind labelled redaction set.

    python tools/make_redaction_blind12.py [--out benchmarks/data/redaction_blind12.jsonl]

Written without looking at the detector, its tests or earlier sets (see the README's
blindness statement). Deterministic (seed 1212); the run checks every labelled span against
its turn text, every check digit, and that a second run gives identical bytes.
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind12_lang as L
import blind12_phrases as P

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "data" / "redaction_blind12.jsonl"
SEED = 1212
LANG_COUNTS = {"ru": 200, "uk": 100, "en": 100, "lt": 100}
PUNCT = '.,;:!?«»„“”"()—…'


@dataclass
class Ent:
    """A labelled value inside a turn; pieces with the same key form one entity."""

    key: int
    type: str
    text: str


class Maker:
    """Builds one exchange in one language and style, keeping the values it labelled."""

    def __init__(self, lang: str, style: str, rng: random.Random) -> None:
        self.lang, self.style, self.rng = lang, style, rng
        self.asr = style == "asr"
        self.next_key = 0
        self.values: list[tuple[str, str]] = []  # (kind, value) to validate check digits

    def key(self) -> int:
        self.next_key += 1
        return self.next_key

    def pick(self, seq):
        return self.rng.choice(seq)

    def filler(self) -> str:
        return self.pick(P.FILLERS[self.lang])

    # ------------------------------------------------------------ spoken digits
    def say(self, groups: list[str], repair: bool = False, fillers: bool = True) -> str:
        """Digit groups as text: digits in written style, words in mixed habits for ASR."""
        if not self.asr:
            out = list(groups)
            if repair and len(out) > 2:
                i = self.rng.randrange(1, len(out) - 1)
                out[i] = f"{self.wrong(out[i])}, {self.pick(P.REPAIR[self.lang])} {out[i]}"
            return " ".join(out)
        spoken = self.unambiguous(groups)
        if repair and len(spoken) > 2:
            i = self.rng.randrange(1, len(spoken) - 1)
            wrong = " ".join(L.speak_groups([self.wrong(groups[i])], self.lang, self.rng)[0])
            repair_words = self.clean(self.pick(P.REPAIR[self.lang]))
            spoken[i] = f"{wrong} {repair_words} {spoken[i]}"
        out = spoken[0]
        for part in spoken[1:]:
            if fillers and self.rng.random() < 0.15:
                out += " " + self.filler()
            out += " " + part
        return out

    def unambiguous(self, groups: list[str]) -> list[str]:
        """Spoken groups that a listener writes down as exactly these digits.

        "девяносто" + "семь" for 90|7 is heard as 97, so such readings are redrawn; after
        30 tries the groups are read digit by digit.
        """
        for _ in range(30):
            spoken = [" ".join(words) for words in L.speak_groups(groups, self.lang, self.rng)]
            if L.spoken_digits(" ".join(spoken), self.lang, set()) == "".join(groups):
                return spoken
        units = L.WORDS[self.lang]["units"]
        return [" ".join(units[int(d)] for d in group) for group in groups]

    def wrong(self, group: str) -> str:
        i = self.rng.randrange(len(group))
        digit = str((int(group[i]) + self.rng.randint(1, 8)) % 10)
        return group[:i] + digit + group[i + 1 :]

    def letters(self, text: str) -> str:
        return " ".join(text.lower()) if self.asr else " ".join(text)

    def clean(self, text: str) -> str:
        """Written template text as an ASR transcript would give it."""
        text = text.lower()
        text = "".join(" " if c in PUNCT + "&" else c for c in text)
        text = re.sub(r"(?<!\w)['-]|['-](?!\w)", " ", text)
        assert not re.search(r"\d", text), text
        return " ".join(text.split())

    def num(self, n: int) -> str:
        return L.cardinal(n, self.lang) if self.asr else str(n)

    # ------------------------------------------------------------ values
    def card(self) -> tuple[str, list[str]]:
        length = self.pick([16] * 8 + [13, 15, 18, 19, 19])
        prefix = {13: "4", 15: self.pick(["34", "37"]), 18: "6759", 19: self.pick(["4", "2200"])}
        start = prefix.get(length) or self.pick(["4", "51", "53", "55", "2200", "2202", "2204"])
        body = start + "".join(str(self.rng.randint(0, 9)) for _ in range(length - 1 - len(start)))
        number = body + L.luhn_check_digit(body)
        self.values.append(("card", number))
        if length == 16 and self.rng.random() < 0.7:
            sizes = [4, 4, 4, 4]
        elif length == 15:
            sizes = [4, 6, 5]
        else:
            sizes = []
            left = length
            while left:
                size = min(left, self.pick([2, 3, 4, 4, 5, 6]))
                sizes.append(size)
                left -= size
        groups, pos = [], 0
        for size in sizes:
            groups.append(number[pos : pos + size])
            pos += size
        return number, groups

    def phone(self) -> tuple[str, list[str], bool, str]:
        """(written, spoken groups, spoken with 'plus', kind)."""
        r = self.rng
        d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
        if self.lang == "ru":
            a, b, c, e = "9" + d(2), d(3), d(2), d(2)
            if r.random() < 0.5:
                return f"+7 {a} {b}-{c}-{e}", ["7", a, b, c, e], True, "mobile"
            return f"8 ({a}) {b}-{c}-{e}", ["8", a, b, c, e], False, "mobile"
        if self.lang == "uk":
            a, b, c, e = self.pick(["67", "50", "63", "93", "97"]), d(3), d(2), d(2)
            if r.random() < 0.5:
                return f"+380 {a} {b} {c} {e}", ["380", a, b, c, e], True, "mobile"
            return f"0{a} {b} {c} {e}", ["0" + a, b, c, e], False, "mobile"
        if self.lang == "lt":
            a, b = "6" + d(2), d(5)
            if r.random() < 0.5:
                return f"+370 {a} {b}", ["370", a, b[:2], b[2:]], True, "mobile"
            return f"8 {a} {b}", ["8", a, b[:3], b[3:]], False, "mobile"
        if r.random() < 0.6:
            a, b, c = "07" + d(3), d(3), d(3)
            return f"{a} {b}{c}", [a, b, c], False, "uk_mobile"
        a, b, c = self.pick(["415", "312", "617", "917"]), d(3), d(4)
        return f"({a}) {b}-{c}", [a, b, c], False, "us"

    def phone_text(self, repair: bool = False) -> str:
        written, groups, plus, _ = self.phone()
        if not self.asr:
            return written
        spoken = self.say(groups, repair=repair)
        return f"{L.PLUS[self.lang]} {spoken}" if plus else spoken

    def dob(self) -> tuple[int, int, int]:
        return (self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1941, 2006))

    def dob_text(self, date: tuple[int, int, int]) -> str:
        day, month, year = date
        lang = self.lang
        month_word = P_MONTH(lang, month)
        if not self.asr:
            if self.rng.random() < 0.5:
                return f"{day:02d}.{month:02d}.{year}"
            return {
                "ru": f"{day} {month_word} {year} года",
                "uk": f"{day} {month_word} {year} року",
                "en": f"{day} {month_word} {year}",
                "lt": f"{year} m. {month_word} {day} d.",
            }[lang]
        if self.rng.random() < 0.3:
            return self.say([f"{day:02d}", f"{month:02d}", str(year)])
        if lang == "ru":
            return f"{L.ordinal_gen(day, 'ru')} {month_word} {L.spoken_year(year, 'ru', '')} года"
        if lang == "uk":
            return f"{L.ordinal_gen(day, 'uk')} {month_word} {L.spoken_year(year, 'uk', '')} року"
        if lang == "en":
            return (
                f"the {L.en_ordinal(day)} of {month_word.lower()} {L.spoken_year(year, 'en', '')}"
            )
        return f"{L.spoken_year(year, 'lt', 'ų')} metų {month_word} {L.lt_ordinal(day, 'ą')}"

    # ------------------------------------------------------------ names
    def person(self, case: str, female: bool | None = None, shape: str = "") -> str:
        """A name in a grammatical case; shapes vary (first, full, surname, diminutive)."""
        r, lang = self.rng, self.lang
        if female is None:
            female = r.random() < 0.5
        shape = shape or self.pick(["first", "full", "full", "surname", "dimin", "formal"])
        if lang == "ru":
            idx = L.RU_CASES.index(case)
            sur = self.pick(L.RU_SUR)
            if female:
                first, sur = self.pick(L.RU_FEMALE), L.ru_female_surname(sur)
                fs, ss, pat = (
                    L.decline_ru(first, "f"),
                    L.decline_ru(sur, "fs"),
                    self.pick(L.RU_PAT_F),
                )
                ps = L.decline_ru(pat, "f")
            else:
                first = self.pick(L.RU_MALE)
                fs, ss, pat = (
                    L.decline_ru(first, "m"),
                    L.decline_ru(sur, "m"),
                    self.pick(L.RU_PAT_M),
                )
                ps = L.decline_ru(pat, "m")
            parts = {
                "first": [fs[idx]],
                "full": [fs[idx], ss[idx]],
                "surname": [ss[idx]],
                "dimin": [
                    L.decline_ru(self.pick(L.RU_DIMIN_F if female else L.RU_DIMIN_M), "f")[idx]
                ],
                "formal": [ss[idx], fs[idx], ps[idx]] if r.random() < 0.5 else [fs[idx], ps[idx]],
            }[shape]
        elif lang == "uk":
            idx = L.UK_CASES.index(case)
            if female:
                firsts, surs = L.UK_NAMES_F, L.UK_SUR_F
            else:
                firsts, surs = L.UK_NAMES_M, L.UK_SUR_M
            fs = firsts[self.pick(sorted(firsts))].split()
            ss = surs[self.pick(sorted(surs))].split()
            ps = L.UK_PAT["f" if female else "m"].split()
            parts = {
                "first": [fs[idx]],
                "full": [fs[idx], ss[idx]],
                "surname": [ss[idx]],
                "dimin": [fs[idx]],
                "formal": [fs[idx], ps[idx]],
            }[shape]
        elif lang == "lt":
            idx = L.LT_CASES.index(case)
            if female:
                fs, ss = L.decline_lt(self.pick(L.LT_FEMALE)), L.decline_lt(self.pick(L.LT_SUR_F))
            else:
                fs, ss = L.decline_lt(self.pick(L.LT_MALE)), L.decline_lt(self.pick(L.LT_SUR_M))
            parts = {
                "first": [fs[idx]],
                "full": [fs[idx], ss[idx]],
                "surname": [ss[idx]],
                "dimin": [fs[idx]],
                "formal": [fs[idx], ss[idx]],
            }[shape]
        else:
            first, sur = self.pick(L.EN_FIRST), self.pick(L.EN_SUR)
            parts = {
                "first": [first],
                "full": [first, sur],
                "surname": [sur],
                "dimin": [first],
                "formal": [self.pick(["Mr", "Mrs", "Ms"]), sur],
            }[shape]
            if shape == "formal" and self.asr:
                parts = parts[1:]
        text = " ".join(parts)
        return text.lower() if self.asr else text

    def person_sentence(self, case: str | None = None) -> list:
        table = P.PERSON_TPL[self.lang]
        if case is None:
            case = self.pick(sorted(set(table) - {"voc"}))
        template = self.pick(table[case])
        female = None  # a trailing (f) or (m) says whom the sentence is about
        if template.endswith((" (f)", " (m)")):
            template, female = template[:-4], template.endswith("(f)")
        return fill(template, p=Ent(self.key(), "PERSON", self.person(case, female)))

    def spelled_name(self) -> list:
        surname = self.person("nom", shape=self.pick(["surname", "surname", "full"]))
        last = surname.split()[-1]
        intro = P.SPELL_INTRO[self.lang]
        spelled = (
            self.letters(last.replace("'", ""))
            if self.asr
            else "-".join(last.upper().replace("'", ""))
        )
        return [
            Ent(self.key(), "PERSON", surname),
            ", " if not self.asr else " ",
            intro + " ",
            Ent(self.key(), "PERSON", spelled),
            ".",
        ]


def P_MONTH(lang: str, month: int) -> str:
    return L.MONTHS_GEN[lang][month - 1]


def fill(template: str, **slots) -> list:
    """Split a template at {slot}s into text and values."""
    parts: list = []
    for chunk in re.split(r"(\{\w+\})", template):
        if chunk.startswith("{") and chunk.endswith("}"):
            value = slots[chunk[1:-1]]
            parts.extend(value if isinstance(value, list) else [value])
        elif chunk:
            parts.append(chunk)
    return parts


# ---------------------------------------------------------------- more values
def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


UK_LETTER_NAMES = {
    "К": "ка",
    "В": "ве",
    "М": "ем",
    "Н": "ен",
    "Е": "е",
    "С": "ес",
    "Т": "те",
    "А": "а",
    "О": "о",
}
EN_LETTERS = "ABCEGHJKLMNPRSTWXYZ"


def passport(m: Maker) -> str:
    r, lang = m.rng, m.lang
    if lang == "ru":
        series, number = digits(r, 2) + f"{r.randint(0, 24):02d}", digits(r, 6)
        m.values.append(("ru_passport", series + number))
        if not m.asr:
            return m.pick(
                [
                    f"{series[:2]} {series[2:]} {number}",
                    f"{series} № {number}",
                    f"серия {series}, номер {number}",
                ]
            )
        return m.say([series[:2], series[2:], number[:3], number[3:]])
    if lang == "uk":
        if r.random() < 0.5:
            letters = m.pick(["КВ", "МН", "ЕС", "ТА", "СО"])
            number = digits(r, 6)
            m.values.append(("uk_booklet", letters + number))
            if not m.asr:
                return f"{letters} {number}"
            return (
                " ".join(UK_LETTER_NAMES[c] for c in letters)
                + " "
                + m.say([number[:3], number[3:]])
            )
        number = "00" + digits(r, 7)
        m.values.append(("uk_idcard", number))
        return number if not m.asr else m.say([number[:3], number[3:6], number[6:]])
    number = digits(r, 8) if lang == "lt" else str(r.randint(1, 9)) + digits(r, 8)
    m.values.append((f"{lang}_passport", number))
    if not m.asr:
        return number
    return m.say(
        [number[:4], number[4:]] if lang == "lt" else [number[:3], number[3:6], number[6:]]
    )


def national_id(m: Maker, date: tuple[int, int, int]) -> tuple[str, str]:
    """(kind, text) for a national id whose check digits are computed here."""
    r, lang = m.rng, m.lang
    day, month, year = date
    if lang == "ru":
        if r.random() < 0.5:
            inn = L.inn12(f"{r.randint(1, 92):02d}" + digits(r, 8))
            m.values.append(("inn", inn))
            if not m.asr:
                return "INN", inn if r.random() < 0.6 else f"{inn[:4]} {inn[4:8]} {inn[8:]}"
            return "INN", m.say([inn[:4], inn[4:8], inn[8:10], inn[10:]])
        body = f"{r.randint(2, 199):03d}" + digits(r, 6)
        snils = body + L.snils_check(body)
        m.values.append(("snils", snils))
        if not m.asr:
            return "SNILS", f"{body[:3]}-{body[3:6]}-{body[6:]} {snils[9:]}"
        return "SNILS", m.say([body[:3], body[3:6], body[6:], snils[9:]])
    if lang == "uk":
        days = (datetime.date(year, month, day) - datetime.date(1899, 12, 31)).days
        body = f"{days:05d}" + digits(r, 3) + str(r.randint(0, 9))
        code = body + L.rnokpp_check(body)
        m.values.append(("rnokpp", code))
        return "RNOKPP", code if not m.asr else m.say([code[:5], code[5:]])
    if lang == "lt":
        female = r.random() < 0.5
        century = 3 if year < 2000 else 5
        body = f"{century + female}{year % 100:02d}{month:02d}{day:02d}" + digits(r, 3)
        code = body + L.lt_code_check(body)
        m.values.append(("lt_code", code))
        return "LT_CODE", code if not m.asr else m.say(
            [code[0], code[1:3], code[3:5], code[5:7], code[7:]]
        )
    if r.random() < 0.5:
        first = m.pick("ABCEHJKLMNPRSTWXYZ")
        second = m.pick("ABCEHJKLMNPRSTWXYZ")
        while first + second in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            second = m.pick("ABCEHJKLMNPRSTWXYZ")
        num, suffix = digits(r, 6), m.pick("ABCD")
        m.values.append(("ni", first + second + num + suffix))
        if not m.asr:
            return "NI", f"{first}{second} {num[:2]} {num[2:4]} {num[4:]} {suffix}"
        return (
            "NI",
            f"{first.lower()} {second.lower()} {m.say([num[:2], num[2:4], num[4:]])} "
            f"{suffix.lower()}",
        )
    area = r.randint(1, 899)
    while area == 666:
        area = r.randint(1, 899)
    ssn = f"{area:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
    m.values.append(("ssn", ssn))
    return "SSN", f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}" if not m.asr else m.say(
        [ssn[:3], ssn[3:5], ssn[5:]]
    )


def iban(m: Maker) -> str:
    r = m.rng
    country = {"uk": "UA", "lt": "LT", "en": "GB", "ru": "LT"}[m.lang]
    if country == "UA":
        bban = m.pick(["305299", "322001", "380805"]) + "0000" + digits(r, 15)
    elif country == "LT":
        bban = m.pick(["73000", "70440", "40100"]) + digits(r, 11)
    else:
        bban = m.pick(["NWBK", "BARC", "LOYD", "MIDL"]) + digits(r, 14)
    code = country + L.iban_check(country, bban) + bban
    m.values.append(("iban", code))
    if not m.asr:
        return " ".join(code[i : i + 4] for i in range(0, len(code), 4))
    letters = [c for c in code[:4] if c.isalpha()]
    rest_letters = [c for c in bban[:4] if c.isalpha()]
    head = " ".join(c.lower() for c in letters) + " " + m.say([code[2:4]])
    digits_part = bban[len(rest_letters) :]
    middle = (" " + " ".join(c.lower() for c in rest_letters)) if rest_letters else ""
    groups = [digits_part[i : i + 4] for i in range(0, len(digits_part), 4)]
    return f"{head}{middle} {m.say(groups)}"


def account(m: Maker) -> tuple[str, str]:
    """(kind, number text) for IBANs and contract/policy/personal account numbers."""
    r = m.rng
    kind = m.pick(
        ["iban", "iban", "iban", "contract", "policy", "personal"]
        if m.lang != "ru"
        else ["contract", "policy", "personal", "personal"]
    )
    if kind == "iban":
        return kind, iban(m)
    if kind == "contract":
        a, b = digits(r, 2), digits(r, 4)
        m.values.append(("contract", a + b))
        return kind, f"{a}-{b}" if not m.asr else m.say([a, b])
    if kind == "policy":
        a, b = digits(r, 3), digits(r, 7)
        m.values.append(("policy", a + b))
        return kind, f"{a} {b}" if not m.asr else m.say([a, b[:3], b[3:5], b[5:]])
    number = str(r.randint(1, 9)) + digits(r, 9)
    m.values.append(("personal", number))
    return kind, number if not m.asr else m.say([number[:3], number[3:6], number[6:]])


EMAIL_LOCALS = {
    "ru": ["olga.petrova", "d.smirnov", "zaytsev.ig", "marina_lebedeva", "vera.fomina"],
    "uk": ["olena.koval", "taras.shevchuk", "h.melnyk", "oksana_levytska"],
    "en": ["sarah.mitchell", "t.okafor", "priya_patel", "gareth.davies"],
    "lt": ["ruta.kazlauskiene", "jonas.j", "egle_petraityte", "mantas.zukauskas"],
}


def email(m: Maker) -> str:
    local = m.pick(EMAIL_LOCALS[m.lang])
    num = str(m.rng.randint(60, 99)) if m.rng.random() < 0.5 else ""
    domain = m.pick(P.DOMAINS[m.lang])
    m.values.append(("email", f"{local}{num}@{domain}"))
    if not m.asr:
        return f"{local}{num}@{domain}"
    at, dot = P.EMAIL_WORDS[m.lang]
    under = {
        "ru": "нижнее подчёркивание",
        "uk": "нижнє підкреслення",
        "en": "underscore",
        "lt": "apatinis brūkšnys",
    }[m.lang]
    words = local.replace(".", f" {dot} ").replace("_", f" {under} ")
    if num:
        words += " " + m.say([num])
    return f"{words} {at} {domain.replace('.', f' {dot} ')}"


def address(m: Maker) -> str:
    written, spoken = m.pick(P.STREETS[m.lang])
    house, flat = m.rng.randint(1, 148), m.rng.randint(1, 212)
    m.values.append(("address", f"{house}/{flat}"))
    if not m.asr:
        return written.format(h=house, f=flat)
    return spoken.format(h=m.num(house), f=m.num(flat))


def expiry(m: Maker) -> str:
    month, year = m.rng.randint(1, 12), m.rng.randint(26, 31)
    if not m.asr:
        return f"{month:02d}/{year}"
    return m.say([f"{month:02d}", str(year)], fillers=False)


def cvv(m: Maker) -> str:
    code = digits(m.rng, 4 if m.rng.random() < 0.08 else 3)
    return (
        code if not m.asr else m.say([code] if m.rng.random() < 0.5 else list(code), fillers=False)
    )


# ---------------------------------------------------------------- decoy slots
def decoy_slot(m: Maker, kind: str) -> str:
    r, lang, vocab = m.rng, m.lang, P.DECOY_VOCAB[m.lang]
    if kind in ("street", "city", "tariff", "product"):
        value = m.pick(vocab[kind])
        return re.sub(r"\d+", lambda found: m.num(int(found.group())), value)
    if kind == "money":
        amount = (
            r.choice([150, 300, 450, 900, 1200, 2500, 3800, 7600])
            if lang in ("ru", "uk")
            else r.choice([20, 35, 60, 80, 120, 250, 400])
        )
        return f"{m.num(amount)} {vocab['money']}"
    if kind == "time":
        hour, minute = r.randint(8, 20), m.pick([0, 15, 30, 45])
        if not m.asr:
            return f"{hour}:{minute:02d}"
        zero = L.cardinal(0, lang)
        return f"{m.num(hour)} {m.num(minute) if minute else zero + ' ' + zero}"
    if kind == "date":
        day, month = r.randint(1, 28), r.randint(1, 12)
        month_word = P_MONTH(lang, month)
        if not m.asr:
            return {
                "ru": f"{day} {month_word}",
                "uk": f"{day} {month_word}",
                "en": f"{day} {month_word}",
                "lt": f"{month_word} {day} d.",
            }[lang]
        if lang in ("ru", "uk"):
            return f"{L.ordinal_gen(day, lang)} {month_word}"
        if lang == "en":
            return f"the {L.en_ordinal(day)} of {month_word.lower()}"
        return f"{month_word} {L.lt_ordinal(day, 'ą')}"
    if kind == "order":
        code = digits(r, m.pick([6, 7, 8]))
        if not m.asr and r.random() < 0.4:
            return m.pick(["ZK-", "B", "RX"]) + code
        return m.say([code[:3], code[3:]], fillers=False)
    if kind == "hotline":
        written, groups = {
            "ru": ("8 800 555-35-35", ["8", "800", "555", "35", "35"]),
            "uk": ("0 800 300 545", ["0", "800", "300", "545"]),
            "en": ("0800 169 0190", ["0800", "169", "0190"]),
            "lt": ("8 700 55 500", ["8", "700", "55", "500"]),
        }[lang]
        return written if not m.asr else m.say(groups, fillers=False)
    if kind == "last4":
        return m.say([digits(r, 4)], fillers=False)
    if kind == "qty":
        return m.num(r.randint(2, 4))
    if kind == "room":
        return m.num(r.randint(101, 420))
    if kind == "year":
        year = r.randint(2009, 2024)
        if not m.asr:
            return str(year)
        if lang in ("ru", "uk"):
            return L.spoken_year(year, lang, "")
        return L.spoken_year(year, lang, "ų") if lang == "lt" else L.spoken_year(year, "en", "")
    if kind == "menu":
        return m.num(r.randint(0, 9))
    if kind == "meter":
        return m.say([digits(r, 5)], fillers=False)
    if kind == "seat":
        row, letter = r.randint(3, 38), m.pick("ABCDEF")
        return f"{row}{letter}" if not m.asr else f"{m.num(row)} {letter.lower()}"
    raise KeyError(kind)


def decoy_turn(m: Maker, role: str | None = None) -> tuple[str, list]:
    options = [t for t in P.DECOY_TURNS[m.lang] if role is None or t[0] == role]
    who, template = m.pick(options)
    slots = {name: decoy_slot(m, name) for name in re.findall(r"\{(\w+)\}", template)}
    return who, fill(template, **slots)


# ---------------------------------------------------------------- blocks
NATID_ASK = {
    "INN": "Для договора нужен ваш ИНН.",
    "SNILS": "Назовите номер СНИЛС, пожалуйста.",
    "RNOKPP": "Потрібен ваш РНОКПП, ідентифікаційний код.",
    "LT_CODE": "Reikia jūsų asmens kodo.",
    "NI": "Can I take your National Insurance number?",
    "SSN": "For the finance application I need your Social Security number.",
}
ACCOUNT_ASK = {
    "iban": {
        "uk": "Продиктуйте IBAN для повернення коштів.",
        "en": "What's the IBAN for the refund?",
        "lt": "Padiktuokite IBAN sąskaitą grąžinimui.",
    },
    "contract": {
        "ru": "Какой номер договора?",
        "uk": "Який номер договору?",
        "en": "Do you have the agreement number?",
        "lt": "Koks sutarties numeris?",
    },
    "policy": {
        "ru": "Назовите номер полиса страхования жизни.",
        "uk": "Назвіть номер поліса.",
        "en": "What's the policy number on the loan cover?",
        "lt": "Koks draudimo poliso numeris?",
    },
    "personal": {
        "ru": "Назовите номер лицевого счёта.",
        "uk": "Назвіть номер особового рахунку.",
        "en": "What's your customer account number?",
        "lt": "Koks jūsų mokėtojo kodas?",
    },
}
ASK_NAME = {
    "ru": ["Как вас записать?", "Ваша фамилия?"],
    "uk": ["Як вас записати?"],
    "en": ["Can I take your surname?", "And the name on the booking?"],
    "lt": ["Kaip jus užrašyti?", "Jūsų pavardė?"],
}
THIRD_CASE = {
    "ru": ["gen", "dat", "acc", "ins", "prep"],
    "uk": ["gen", "dat", "acc", "ins"],
    "en": ["nom"],
    "lt": ["gen", "dat", "acc", "ins"],
}
ADDRESS_VOC = {"ru": "nom", "uk": "voc", "en": "voc", "lt": "voc"}
ADDRESSING = {
    "ru": ["Спасибо, {p}.", "Хорошо, {p}."],
    "uk": ["Дякую, {p}."],
    "en": ["Thanks, {p}."],
    "lt": ["Ačiū, {p}."],
}


class Exchange:
    """Turns under construction plus the features that end up in `tags`."""

    def __init__(self, m: Maker) -> None:
        self.m = m
        self.turns: list[tuple[str, list]] = []
        self.tags: set[str] = set()
        self.pending_agent: list = []  # greeting to put before the first question
        self.main = "decoy"

    def agent(self, *parts) -> None:
        self.turns.append(("agent", [*self.pending_agent, *parts]))
        self.pending_agent = []

    def customer(self, *parts) -> None:
        self.turns.append(("customer", list(parts)))

    def room(self) -> int:
        return 6 - len(self.turns)


def lead(m: Maker) -> str:
    return m.pick(P.LEAD[m.lang])


def readback(m: Maker, ent: Ent) -> list:
    start, end = P.READBACK[m.lang]
    return [start, ent, end]


def block_card(x: Exchange) -> None:
    m = x.m
    number, groups = m.card()
    x.tags.add("card")
    key = m.key()
    x.agent(m.pick(P.ASK["CARD"][m.lang]) + " ")
    if x.room() >= 5 and m.rng.random() < 0.6:
        half = len(groups) // 2
        x.customer(lead(m), Ent(key, "CARD", m.say(groups[:half])), "...")
        if m.rng.random() < 0.4:
            x.tags.add("partial_echo")
            echo = m.say(groups[:half], fillers=False)
            x.agent(Ent(m.key(), "CARD", echo), ", " + m.pick(P.GO_ON[m.lang]))
        else:
            x.agent(m.pick(P.GO_ON[m.lang]))
        x.customer(Ent(key, "CARD", m.say(groups[half:])), ".")
        x.tags.add("split")
    else:
        repair = m.rng.random() < 0.2
        if repair:
            x.tags.add("self_repair")
        x.customer(lead(m), Ent(key, "CARD", m.say(groups, repair=repair)), ".")
    if x.room() < 2:
        return
    roll = m.rng.random()
    four = [number[i : i + 4] for i in range(0, len(number), 4)]
    if roll < 0.75:
        x.tags.add("readback")
        x.agent(
            *readback(m, Ent(m.key(), "CARD", m.say(four, fillers=False))), " ", P.EXP_ASK[m.lang]
        )
    elif roll < 0.87:
        x.tags.add("last4_decoy")
        ending = {
            "ru": "Карта на {d}, верно? ",
            "uk": "Картка на {d}, так? ",
            "en": "Card ending {d}, right? ",
            "lt": "Kortelė, kuri baigiasi {d}, taip? ",
        }
        x.agent(*fill(ending[m.lang], d=m.say([number[-4:]], fillers=False)), P.EXP_ASK[m.lang])
    else:
        x.agent(P.EXP_ASK[m.lang])
    x.tags.update({"expiry", "cvv"})
    pre, mid = P.EXP_LEAD[m.lang]
    x.customer(
        m.pick(P.CONFIRM[m.lang]) + " " if "readback" in x.tags else "",
        pre[0].upper() + pre[1:],
        Ent(m.key(), "EXPIRY", expiry(m)),
        mid,
        Ent(m.key(), "CVV", cvv(m)),
        ".",
    )


ABANDON = {
    "ru": "... нет, это старый номер. Пишите новый: ",
    "uk": "... ні, це старий номер. Пишіть новий: ",
    "en": "... no, sorry, that's my old number. It's ",
    "lt": "... ne, tai senas numeris. Rašykite naują: ",
}


def block_phone(x: Exchange) -> None:
    m = x.m
    written, groups, plus, _ = m.phone()
    x.tags.add("phone")

    def render(repair: bool = False, part: list[str] | None = None, with_plus: bool = plus) -> str:
        if not m.asr:
            return written
        spoken = m.say(part or groups, repair=repair)
        return f"{L.PLUS[m.lang]} {spoken}" if with_plus else spoken

    key = m.key()
    x.agent(m.pick(P.ASK["PHONE"][m.lang]))
    if m.asr and x.room() >= 5 and m.rng.random() < 0.5:
        half = max(1, len(groups) // 2)
        x.customer(lead(m), Ent(key, "PHONE", render(part=groups[:half])))
        x.agent(m.pick(P.GO_ON[m.lang]))
        x.customer(Ent(key, "PHONE", render(part=groups[half:], with_plus=False)), ".")
        x.tags.add("split")
    else:
        repair = m.asr and m.rng.random() < 0.2
        if repair:
            x.tags.add("self_repair")
        start = lead(m)
        if m.rng.random() < 0.15:
            x.tags.add("abandoned")
            start = m.say([digits(m.rng, 3)], fillers=False) + ABANDON[m.lang]
        x.customer(start, Ent(key, "PHONE", render(repair=repair)), ".")
    if x.room() >= 2 and m.rng.random() < 0.6:
        x.tags.add("readback")
        x.agent(*readback(m, Ent(m.key(), "PHONE", render())))
        x.customer(m.pick(P.CONFIRM[m.lang]))


def block_email(x: Exchange) -> None:
    m = x.m
    x.tags.add("email")
    x.agent(m.pick(P.ASK["EMAIL"][m.lang]))
    value = email(m)
    x.customer(lead(m), Ent(m.key(), "EMAIL", value), ".")
    if x.room() >= 2 and m.rng.random() < 0.3:
        x.tags.add("readback")
        x.agent(*readback(m, Ent(m.key(), "EMAIL", value)))
        x.customer(m.pick(P.CONFIRM[m.lang]))


def block_passport(x: Exchange) -> None:
    m = x.m
    x.tags.add("passport")
    x.agent(m.pick(P.ASK["PASSPORT"][m.lang]))
    x.customer(lead(m), Ent(m.key(), "PASSPORT", passport(m)), ".")
    if x.room() >= 2:
        block_dob_pair(x)


def block_dob_pair(x: Exchange) -> None:
    m = x.m
    x.tags.add("dob")
    x.agent(m.pick(P.ASK["DOB"][m.lang]))
    x.customer(lead(m), Ent(m.key(), "DOB", m.dob_text(m.dob())), ".")


def block_natid(x: Exchange) -> None:
    m = x.m
    date = m.dob()
    kind, text = national_id(m, date)
    x.tags.update({"national_id", kind.lower()})
    ask = NATID_ASK[kind]
    x.agent(ask)
    x.customer(lead(m), Ent(m.key(), "NATIONAL_ID", text), ".")
    if x.room() >= 2 and m.rng.random() < 0.6:
        x.tags.add("dob")
        x.agent(m.pick(P.ASK["DOB"][m.lang]))
        x.customer(lead(m), Ent(m.key(), "DOB", m.dob_text(date)), ".")


def block_account(x: Exchange) -> None:
    m = x.m
    kind, text = account(m)
    x.tags.update({"account", kind})
    x.agent(ACCOUNT_ASK[kind][m.lang])
    word = "IBAN" if kind == "iban" else P.KIND_WORDS[kind][m.lang]
    x.customer(lead(m), word + " ", Ent(m.key(), "ACCOUNT", text), ".")
    if x.room() >= 2 and m.rng.random() < 0.3:
        x.tags.add("readback")
        x.agent(*readback(m, Ent(m.key(), "ACCOUNT", text)))
        x.customer(m.pick(P.CONFIRM[m.lang]))


def block_address(x: Exchange) -> None:
    m = x.m
    x.tags.add("address")
    x.agent(m.pick(P.ASK["ADDRESS"][m.lang]))
    city = m.pick(P.DECOY_VOCAB[m.lang]["city"]) if m.rng.random() < 0.3 else ""
    x.customer(
        lead(m),
        Ent(m.key(), "ADDRESS", address(m)),
        ".",
        (
            " "
            + {"ru": "Это в ", "uk": "Це у ", "en": "That's in ", "lt": "Tai "}[m.lang]
            + city
            + "."
        )
        if city
        else "",
    )


def block_person(x: Exchange) -> None:
    m = x.m
    x.tags.update({"person", "spelled"})
    x.agent(m.pick(ASK_NAME[m.lang]))
    x.customer(*m.spelled_name())
    if x.room() >= 2:
        x.tags.add("third_party")
        address_case = ADDRESS_VOC[m.lang]
        x.agent(
            *fill(m.pick(ADDRESSING[m.lang]), p=Ent(m.key(), "PERSON", m.person(address_case))),
            " "
            + {
                "ru": "Кто ещё придёт?",
                "uk": "Хто ще прийде?",
                "en": "Anyone else coming?",
                "lt": "Kas dar atvyks?",
            }[m.lang],
        )
        x.customer(*m.person_sentence(m.pick(THIRD_CASE[m.lang])))


def block_decoy_pair(x: Exchange) -> None:
    m = x.m
    x.tags.add("decoys")
    _, parts = decoy_turn(m, "agent")
    x.agent(*parts)
    if m.rng.random() < 0.5:
        x.customer(*decoy_turn(m, "customer")[1])
    else:
        x.customer(m.pick(P.DECOY_VOCAB[m.lang]["open"]))


BLOCKS = {
    "card": block_card,
    "phone": block_phone,
    "email": block_email,
    "passport": block_passport,
    "natid": block_natid,
    "account": block_account,
    "address": block_address,
    "person": block_person,
    "dob": block_dob_pair,
}
# main block of each entity exchange: fixed counts, shuffled, so every quota is met
MAIN_COUNTS = {
    "card": 100,
    "phone": 50,
    "natid": 62,
    "email": 20,
    "passport": 23,
    "account": 22,
    "address": 20,
    "person": 3,
}
SECOND_WEIGHTS = {
    "phone": 7,
    "address": 3,
    "email": 2,
    "person": 3,
    "decoy": 4,
    "dob": 1,
    "account": 2,
    "card": 3,
}


def greeting(m: Maker) -> tuple[list, str]:
    company, reason = m.pick(P.SETTINGS[m.lang])
    text = m.pick(P.GREET[m.lang]).format(co=company, ag=m.pick(P.AGENT_NAMES[m.lang]))
    return [text + " "], reason


def weighted(m: Maker, weights: dict[str, int]) -> str:
    names = sorted(weights)
    return m.rng.choices(names, weights=[weights[n] for n in names])[0]


def entity_exchange(m: Maker, main: str) -> Exchange:
    x = Exchange(m)
    greet, reason = greeting(m)
    x.tags.add(main)
    x.main = main
    if m.rng.random() < (0.4 if main == "card" else 0.55) or main == "person":
        x.agent(*greet)
        intro = m.person_sentence("nom") if m.rng.random() < 0.8 else []
        extra = (
            (
                m.person_sentence(m.pick(THIRD_CASE[m.lang]))
                if m.lang != "en"
                else m.person_sentence()
            )
            if m.rng.random() < 0.35
            else []
        )
        x.customer(reason + " ", *intro, " " if intro and extra else "", *extra)
        if intro or extra:
            x.tags.add("person")
    else:
        x.pending_agent = greet
    BLOCKS[main](x)
    if x.room() >= 2:
        second = weighted(m, SECOND_WEIGHTS)
        (block_decoy_pair if second == "decoy" else BLOCKS[second])(x)
    return x


def decoy_exchange(m: Maker) -> Exchange:
    x = Exchange(m)
    x.tags.update({"decoy", "no_entity"})
    greet, reason = greeting(m)
    x.agent(*greet)
    x.customer(reason)
    for _ in range(m.pick([0, 1, 1, 2, 2])):
        block_decoy_pair(x)
    if len(x.turns) == 2 and m.rng.random() < 0.5:
        x.turns[1] = ("customer", [reason, " ", *decoy_turn(m, "customer")[1]])
    return x


# ---------------------------------------------------------------- assembly and checks
def assemble(x: Exchange) -> tuple[list[dict], list[dict]]:
    """Join parts into turn texts; derive token pieces and char spans for every entity."""
    m = x.m
    turns: list[dict] = []
    spans: dict[int, dict] = {}
    for turn_index, (role, parts) in enumerate(x.turns):
        chars: list[tuple[str, int | None]] = []
        if m.asr and role == "customer" and m.rng.random() < 0.3:
            chars += [(c, None) for c in m.filler() + " "]
        for part in parts:
            if isinstance(part, Ent):
                text, key = part.text, part.key
                spans.setdefault(key, {"type": part.type, "order": len(spans)})
            else:
                text, key = (m.clean(part) if m.asr else part), None
                if text.startswith(".") and chars and chars[-1][0] == "." and chars[-1][1]:
                    text = text[1:]  # "9 d." ends the sentence itself
            if m.asr:
                text = f" {text} "
            chars += [(c, key) for c in text]
        collapsed: list[tuple[str, int | None]] = []
        for char, key in chars:
            if char.isspace():
                if collapsed and not collapsed[-1][0].isspace():
                    collapsed.append((" ", None))
            else:
                collapsed.append((char, key))
        while collapsed and collapsed[-1][0] == " ":
            collapsed.pop()
        if not m.asr and collapsed and collapsed[0][1] is None and collapsed[0][0].islower():
            collapsed[0] = (collapsed[0][0].upper(), None)
        text = "".join(c for c, _ in collapsed)
        # spaces between two characters of one entity belong to it
        keys = [k for _, k in collapsed]
        for i, (char, _) in enumerate(collapsed):
            if (
                char == " "
                and 0 < i < len(keys) - 1
                and keys[i - 1] is not None
                and keys[i - 1] == keys[i + 1]
            ):
                keys[i] = keys[i - 1]
        tokens = [(t.start(), t.end()) for t in re.finditer(r"\S+", text)]
        for key in dict.fromkeys(k for k in keys if k is not None):
            positions = [i for i, k in enumerate(keys) if k == key]
            start, end = positions[0], positions[-1] + 1
            assert positions == list(range(start, end)), (text, key)
            covered = [i for i, (s, e) in enumerate(tokens) if s < end and e > start]
            for i in covered:
                s, e = tokens[i]
                outside = text[s:start] if s < start else ""
                outside += text[end:e] if e > end else ""
                assert all(c in PUNCT + "'-" for c in outside), (text, text[s:e])
            spans[key].setdefault("pieces", []).append([turn_index, covered[0], covered[-1] + 1])
            spans[key].setdefault("chars", []).append([turn_index, start, end])
            spans[key].setdefault("text", []).append(text[start:end])
        turns.append({"role": role, "text": text})
    for key, span in spans.items():
        assert "pieces" in span, key
    entities = [
        {"type": s["type"], "pieces": s["pieces"], "chars": s["chars"], "text": s["text"]}
        for s in sorted(spans.values(), key=lambda s: s["order"])
    ]
    return turns, entities


CHECKS = {
    "card": lambda v: L.luhn_valid(v) and 13 <= len(v) <= 19,
    "iban": L.iban_valid,
    "inn": lambda v: L.inn12(v[:10]) == v,
    "snils": lambda v: L.snils_check(v[:9]) == v[9:],
    "rnokpp": lambda v: L.rnokpp_check(v[:9]) == v[9],
    "lt_code": lambda v: L.lt_code_check(v[:10]) == v[10],
}


READ_BACK_CHECKED = {"CARD", "NATIONAL_ID", "PASSPORT", "ACCOUNT"}
SKIP_WORDS = {w for words in P.FILLERS.values() for w in words} | set(L.PLUS.values())
SPOKEN_CHECKED: Counter = Counter()


def check_record(record: dict, values: list[tuple[str, str]]) -> None:
    """Spans match their text, no two entities share a token, check digits validate."""
    words = [turn["text"].split() for turn in record["turns"]]
    seen: set[tuple[int, int]] = set()
    for entity in record["entities"]:
        assert len(entity["pieces"]) == len(entity["chars"]) == len(entity["text"])
        for (turn, ts, te), (turn2, cs, ce), text in zip(
            entity["pieces"], entity["chars"], entity["text"], strict=True
        ):
            assert turn == turn2 and record["turns"][turn]["text"][cs:ce] == text
            joined = " ".join(words[turn][ts:te])
            assert text in joined and joined.strip(PUNCT) == text.strip(PUNCT), (joined, text)
            cells = {(turn, i) for i in range(ts, te)}
            assert not cells & seen, record["id"]
            seen |= cells
        if (
            record["style"] == "written"
            and entity["type"] == "CARD"
            and "self_repair" not in record["tags"]
        ):
            number = "".join(re.findall(r"\d", " ".join(entity["text"])))
            echo = "partial_echo" in record["tags"] and len(number) < 13
            assert echo or L.luhn_valid(number), number
        if record["style"] == "asr":
            assert not re.search(r"\d", " ".join(entity["text"]))
            if entity["type"] in READ_BACK_CHECKED and "self_repair" not in record["tags"]:
                said = L.spoken_digits(" ".join(entity["text"]), record["lang"], SKIP_WORDS)
                if said is not None:
                    known = {re.sub(r"\D", "", value) for _, value in values}
                    if "partial_echo" in record["tags"]:  # the agent echoes a card's first half
                        known |= {k[:n] for k in known for n in range(4, len(k))}
                    assert said in known, (record["id"], entity["text"], said, known)
                    SPOKEN_CHECKED[entity["type"]] += 1
    for turn in record["turns"]:
        if record["style"] == "asr":
            assert turn["text"] == turn["text"].lower() and not re.search(
                r"[\d.,?!«»]", turn["text"]
            )
    for kind, value in values:
        assert CHECKS.get(kind, lambda v: True)(value), (kind, value)


def build(seed: int = SEED) -> list[dict]:
    SPOKEN_CHECKED.clear()
    rng = random.Random(seed)
    plan = []
    for lang, count in LANG_COUNTS.items():
        for style in ("asr", "written"):
            half = count // 2
            decoys = round(half * 0.4)
            plan += [(lang, style, True)] * decoys + [(lang, style, False)] * (half - decoys)
    rng.shuffle(plan)
    mains = [name for name, count in MAIN_COUNTS.items() for _ in range(count)]
    assert len(mains) == sum(1 for _, _, is_decoy in plan if not is_decoy)
    rng.shuffle(mains)
    records = []
    for number, (lang, style, is_decoy) in enumerate(plan, 1):
        m = Maker(lang, style, rng)
        x = decoy_exchange(m) if is_decoy else entity_exchange(m, mains.pop())
        turns, entities = assemble(x)
        assert 2 <= len(turns) <= 6
        record = {
            "id": f"b12-{lang}-{style[0]}-{number:04d}",
            "lang": lang,
            "style": style,
            "split": "blind12",
            "template": f"{lang}_{x.main}",
            "tags": sorted(x.tags),
            "turns": turns,
            "entities": entities,
        }
        assert bool(entities) != is_decoy, record
        check_record(record, m.values)
        records.append(record)
    return records


def dump(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def summary(records: list[dict]) -> Counter:
    counts: Counter = Counter()
    for record in records:
        for entity in record["entities"]:
            counts[(entity["type"], record["lang"], record["style"])] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    text = dump(build())
    assert text == dump(build()), "generator is not deterministic"
    args.out.write_text(text, encoding="utf-8")
    records = [json.loads(line) for line in text.splitlines()]
    counts = summary(records)
    types = sorted({t for t, _, _ in counts})
    print(f"spoken values read back to their digits: {dict(sorted(SPOKEN_CHECKED.items()))}")
    print(
        f"{len(records)} exchanges, {sum(1 for r in records if not r['entities'])} without entities"
    )
    for entity_type in types:
        total = sum(v for (t, _, _), v in counts.items() if t == entity_type)
        cells = " ".join(
            f"{lang}-{style[0]}:{counts[(entity_type, lang, style)]}"
            for lang in LANG_COUNTS
            for style in ("asr", "written")
        )
        print(f"{entity_type:12} {total:4}  {cells}")


if __name__ == "__main__":
    main()
