"""Generate benchmarks/data/redaction_blind14.jsonl, a blind labelled redaction set (seed 1414).

Written without looking at the detector or other sets, so its figures are out-of-sample.
    python tools/make_redaction_blind14.py   # writes the file and self-checks it
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind14_numbers import (
    FILLERS,
    asmens_ok,
    iban_ok,
    inn_ok,
    luhn_complete,
    luhn_ok,
    make_asmens,
    make_iban,
    make_inn,
    make_rnokpp,
    make_snils,
    number_words,
    rnokpp_ok,
    snils_check,
    speak_digits,
)
from blind14_phrases import AGENTS, CUE, DECOYS, GREET, NAMED_PLACES, NAMES, SETTINGS

OUT = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "redaction_blind14.jsonl"
SEED = 1414
PUNCT = re.compile(r"[.,?!:;«»„“\"—()]")
LETTER_WORDS = {
    "ru": ("собака", "точка"),
    "uk": ("равлик", "крапка"),
    "en": ("at", "dot"),
    "lt": ("eta", "taškas"),
}


class Exchange:
    """Collects turns made of plain text and labelled pieces, in one language and style."""

    def __init__(self, lang: str, style: str, rng: random.Random) -> None:
        self.lang, self.style, self.rng = lang, style, rng
        self.turns: list[tuple[str, list]] = []
        self.tags: set[str] = set()
        self.next_id = 0

    @property
    def asr(self) -> bool:
        return self.style == "asr"

    def eid(self) -> int:
        self.next_id += 1
        return self.next_id

    def say(self, role: str, *segments) -> None:
        """Add a turn; a second line by the same speaker joins their previous turn."""
        if self.turns and self.turns[-1][0] == role:
            self.turns[-1][1].extend(segments)
        else:
            self.turns.append((role, list(segments)))

    def close(self, line: str) -> None:
        """The agent's closing line, only while the exchange stays within seven turns."""
        if len(self.turns) < 7 or self.turns[-1][0] == "agent":
            self.say("agent", line)

    def num(self, digits: str, written: str | None = None, habit: str | None = None) -> str:
        """A number in this style: digits as written, or spoken words for ASR."""
        if self.asr:
            return speak_digits(self.lang, digits, self.rng, habit)
        return written if written is not None else digits

    def filler(self) -> str:
        return self.rng.choice(FILLERS[self.lang]) if self.asr and self.rng.random() < 0.4 else ""

    def record(self, rid: str, template: str) -> dict:
        texts, entities = [], {}
        for t, (_role, segs) in enumerate(self.turns):
            text = ""
            for seg in segs:
                if isinstance(seg, tuple):
                    kind, value, ident = seg
                    value = PUNCT.sub("", value).lower() if self.asr else value
                else:
                    kind, value = None, PUNCT.sub("", seg).lower() if self.asr else seg
                value = " ".join(value.split())
                if not value:
                    continue
                if text and not (not self.asr and value[0] in ".,?!:;"):
                    text += " "
                start = len(text)
                text += value
                if kind:
                    entities.setdefault(ident, (kind, []))[1].append((t, start, len(text)))
            texts.append(text)
        out = []
        for kind, spans in entities.values():
            pieces = []
            for t, s, e in spans:
                toks, pos, idx = [], 0, []
                for tok in texts[t].split():
                    pos = texts[t].index(tok, pos)
                    toks.append((pos, pos + len(tok)))
                    pos += len(tok)
                idx = [i for i, (a, b) in enumerate(toks) if a < e and b > s]
                pieces.append([t, idx[0], idx[-1] + 1])
            out.append(
                {
                    "type": kind,
                    "pieces": pieces,
                    "chars": [list(x) for x in spans],
                    "text": [texts[t][s:e] for t, s, e in spans],
                }
            )
        tags = sorted(self.tags | ({"decoy", "no_entity"} if not out else set()))
        return {
            "id": rid,
            "lang": self.lang,
            "style": self.style,
            "split": "blind14",
            "template": template,
            "tags": tags,
            "turns": [{"role": r, "text": x} for (r, _), x in zip(self.turns, texts, strict=True)],
            "entities": out,
        }


def greet(ex: Exchange) -> None:
    """Agent greeting with its own name: a hard negative, never labelled."""
    ex.say(
        "agent",
        GREET[ex.lang].format(
            setting=ex.rng.choice(SETTINGS[ex.lang]), agent=ex.rng.choice(AGENTS[ex.lang])
        ),
    )


def introduce(ex: Exchange) -> None:
    c = CUE[ex.lang]
    nom, _obl, kind = ex.rng.choice(NAMES[ex.lang])
    ex.tags.add(f"person_{kind}")
    ex.say("agent", c["name"])
    ex.say("customer", ex.filler(), c["me"], ("PERSON", nom, ex.eid()), ".")


def card_number(rng: random.Random) -> str:
    prefix, length = rng.choice(
        [("4", 16), ("5", 16), ("2200", 16), ("37", 15), ("4", 13), ("62", 19), ("6", 16)]
    )
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    return luhn_complete(body)


def t_card(ex: Exchange) -> None:
    c, rng = CUE[ex.lang], ex.rng
    greet(ex)
    split = ex.asr and rng.random() < 0.5
    if not split and rng.random() < 0.6:
        introduce(ex)
    ex.say("agent", c["card"])
    number = card_number(rng)
    ex.tags.add(f"card{len(number)}")
    if split:
        ex.tags.add("split")
        ident = ex.eid()
        cut = rng.randint(4, len(number) - 4)
        ex.say("customer", ex.filler(), ("CARD", ex.num(number[:cut]), ident))
        ex.say(
            "agent",
            rng.choice(
                {
                    "ru": ["ага", "да дальше"],
                    "uk": ["так", "далі"],
                    "en": ["okay", "go on"],
                    "lt": ["taip", "toliau"],
                }[ex.lang]
            ),
        )
        ex.say("customer", ("CARD", ex.num(number[cut:]), ident))
    else:
        size = rng.choice([4, 4, 3, 6])
        grouped = " ".join(number[i : i + size] for i in range(0, len(number), size))
        ex.say("customer", ex.filler(), ("CARD", ex.num(number, grouped), ex.eid()))
    readback = rng.random() < 0.6
    if readback:
        ex.tags.add("readback")
        ex.say("agent", c["rb"], ("CARD", ex.num(number, number, "single"), ex.eid()), "?")
    month, year = rng.randint(1, 12), rng.randint(26, 33)
    with_cvv = rng.random() < 0.7
    ex.say("agent", c["exp"], c["cvv"] if with_cvv else "")
    if readback:
        ex.say("customer", c["yes"])
    exp_digits = f"{month:02d}{year}"
    ex.say(
        "customer",
        ex.filler(),
        ("EXPIRY", ex.num(exp_digits, f"{month:02d}/{year}", "pairs"), ex.eid()),
    )
    if with_cvv:
        cvv = f"{rng.randint(100, 999)}"
        spoken = number_words(ex.lang, int(cvv)) if rng.random() < 0.5 else None
        ex.say(
            "customer",
            "," if not ex.asr else ex.filler(),
            ("CVV", spoken if ex.asr and spoken else ex.num(cvv), ex.eid()),
        )
    ex.close(c["thanks"])


def phone_number(ex: Exchange) -> tuple[str, str]:
    r = ex.rng
    tail = lambda n: "".join(r.choice("0123456789") for _ in range(n))  # noqa: E731
    if ex.lang == "ru":
        d = "79" + tail(9)
        return d, f"+7 {d[1:4]} {d[4:7]}-{d[7:9]}-{d[9:]}"
    if ex.lang == "uk":
        d = "380" + r.choice(["50", "67", "93"]) + tail(7)
        return d, f"+380 {d[3:5]} {d[5:8]} {d[8:10]} {d[10:]}"
    if ex.lang == "lt":
        d = "3706" + tail(7)
        return d, f"+370 {d[3:6]} {d[6:]}"
    d = "447" + tail(9)
    return d, f"07{d[3:6]} {d[6:]}" if r.random() < 0.5 else f"+44 {d[2:6]} {d[6:]}"


def t_phone(ex: Exchange) -> None:
    c, rng = CUE[ex.lang], ex.rng
    greet(ex)
    if rng.random() < 0.5:
        introduce(ex)
    ex.say("agent", c["phone"])
    digits, written = phone_number(ex)
    if ex.asr and rng.random() < 0.3:
        ex.tags.add("self_repair")
        wrong = digits[:4] + str((int(digits[4]) + 1) % 10)
        ex.say(
            "customer",
            ex.num(wrong),
            {"ru": "ой нет", "uk": "ой ні", "en": "sorry no", "lt": "ne atsiprašau"}[ex.lang],
            ("PHONE", ex.num(digits), ex.eid()),
        )
    else:
        ex.say("customer", ex.filler(), ("PHONE", ex.num(digits, written), ex.eid()))
    if rng.random() < 0.5:
        ex.tags.add("readback")
        ex.say("agent", c["rb"], ("PHONE", ex.num(digits, written, "pairs"), ex.eid()), "?")
        ex.say("customer", c["yes"])
    ex.close(c["thanks"])


def t_email(ex: Exchange) -> None:
    c, rng = CUE[ex.lang], ex.rng
    greet(ex)
    introduce(ex)
    ex.say("agent", c["email"])
    user = rng.choice(["alina.k", "p.gnatiuk", "mholt77", "jonas.pet", "vera_frolova", "aisha.r"])
    domain = rng.choice(["gmail.com", "mail.ru", "ukr.net", "outlook.com", "inbox.lt"])
    at, dot = LETTER_WORDS[ex.lang]
    if ex.asr:
        user = re.sub(r"\d+", lambda m: " " + ex.num(m.group()), user)
    spoken = f"{user.replace('.', f' {dot} ')} {at} {domain.replace('.', f' {dot} ')}"
    ex.say("customer", ex.filler(), ("EMAIL", spoken if ex.asr else f"{user}@{domain}", ex.eid()))
    ex.close(c["thanks"])


def t_passport(ex: Exchange) -> None:
    c, rng = CUE[ex.lang], ex.rng
    greet(ex)
    introduce(ex)
    ex.say("agent", c["pass"])
    if ex.lang == "ru":
        digits = f"{rng.randint(1000, 9999)}{rng.randint(0, 999999):06d}"
        shown, kind = f"{digits[:2]} {digits[2:4]} {digits[4:]}", "ru_series_number"
    elif ex.lang == "uk" and rng.random() < 0.5:
        digits = f"{rng.randint(0, 999999999):09d}"
        shown, kind = digits, "ua_id_card"
    elif ex.lang == "uk":
        series = rng.choice(["КВ", "МЕ", "НР"])
        digits = f"{rng.randint(0, 999999):06d}"
        ex.tags.add("ua_booklet")
        spoken = f"{series} {ex.num(digits)}" if ex.asr else f"{series} {digits}"
        ex.say("customer", ex.filler(), ("PASSPORT", spoken, ex.eid()))
        ex.close(c["thanks"])
        return
    elif ex.lang == "lt":
        digits = f"{rng.randint(20000000, 29999999)}"
        shown, kind = digits, "lt_passport"
    else:
        digits = f"{rng.randint(100000000, 999999999)}"
        shown, kind = digits, "generic"
    ex.tags.add(kind)
    ex.say("customer", ex.filler(), ("PASSPORT", ex.num(digits, shown), ex.eid()))
    ex.close(c["thanks"])


def national_id(ex: Exchange) -> tuple[str, str, str, str]:
    """Returns (question, digits-or-text, written form, kind) with a valid check digit."""
    c, rng = CUE[ex.lang], ex.rng
    if ex.lang == "ru":
        if rng.random() < 0.5:
            inn = make_inn(rng)
            assert inn_ok(inn)
            return c["inn"], inn, inn, "inn"
        s = make_snils(rng)
        assert snils_check(s[:9]) == s[9:]
        return c["snils"], s, f"{s[:3]}-{s[3:6]}-{s[6:9]} {s[9:]}", "snils"
    if ex.lang == "uk":
        code = make_rnokpp(rng)
        assert rnokpp_ok(code)
        return c["inn"], code, code, "rnokpp"
    if ex.lang == "lt":
        code = make_asmens(
            rng, rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28), rng.random() < 0.5
        )
        assert asmens_ok(code)
        return c["inn"], code, code, "asmens_kodas"
    if rng.random() < 0.5:
        letters = rng.choice(["AB", "JK", "NP", "SR"])
        d = f"{rng.randint(0, 999999):06d}"
        return c["inn"], letters + d + "C", f"{letters} {d[:2]} {d[2:4]} {d[4:]} C", "uk_nino"
    d = f"{rng.randint(100, 665)}{rng.randint(10, 99)}{rng.randint(1000, 9999)}"
    return c["ssn"], d, f"{d[:3]}-{d[3:5]}-{d[5:]}", "us_ssn"


def t_national_id(ex: Exchange) -> None:
    c, rng = CUE[ex.lang], ex.rng
    greet(ex)
    introduce(ex)
    question, value, written, kind = national_id(ex)
    ex.tags.add(kind)
    ex.say("agent", question)
    if ex.asr and kind == "uk_nino":
        spoken = " ".join(value[:2].lower()) + " " + ex.num(value[2:8]) + " c"
    else:
        spoken = ex.num(value, written)
    ex.say("customer", ex.filler(), ("NATIONAL_ID", spoken, ex.eid()))
    if rng.random() < 0.5:
        ex.say("agent", c["dob"])
        day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1950, 2005)
        if ex.asr:
            dob = (
                f"{number_words(ex.lang, day)} {number_words(ex.lang, month)} "
                f"{speak_digits(ex.lang, str(year), rng, 'pairs')}"
            )
        else:
            dob = f"{day:02d}.{month:02d}.{year}" if ex.lang != "en" else f"{day}/{month}/{year}"
        ex.say("customer", ("DOB", dob, ex.eid()))
    ex.close(c["thanks"])


def t_account(ex: Exchange) -> None:
    c, rng = CUE[ex.lang], ex.rng
    greet(ex)
    if rng.random() < 0.5:
        introduce(ex)
    if rng.random() < 0.4:
        country = {"ru": "DE", "uk": "UA", "en": "GB", "lt": "LT"}[ex.lang]
        iban = make_iban(rng, country)
        assert iban_ok(iban)
        ex.tags.add("iban")
        if ex.asr:
            letters = " ".join(ch.lower() for ch in iban[:2])
            rest = iban[2:]
            if country == "GB":
                spoken = (
                    f"{letters} {ex.num(rest[:2])} {' '.join(rest[2:6].lower())} {ex.num(rest[6:])}"
                )
            else:
                spoken = f"{letters} {ex.num(rest)}"
        else:
            spoken = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        ex.say(
            "customer",
            PUNCT.sub("", c["iban"]) if ex.asr else c["iban"],
            ("ACCOUNT", spoken, ex.eid()),
        )
    else:
        cue = rng.choice(c["acct"])
        ex.tags.add("account_cue")
        digits = "".join(rng.choice("0123456789") for _ in range(rng.choice([8, 10, 12, 20])))
        prefix = rng.choice(["", "", "LZ-", "KD-"])
        written = f"{prefix}{digits[:4]}/{digits[4:]}" if prefix else digits
        spoken = ex.num(digits, written)
        if ex.asr and prefix:
            spoken = f"{' '.join(prefix[:2].lower())} {spoken}"
        ex.say("agent", c["acct_q"].format(cue=cue))
        ex.say("customer", ex.filler(), c["acct_a"].format(cue=cue), ("ACCOUNT", spoken, ex.eid()))
    ex.close(c["thanks"])


def t_address(ex: Exchange) -> None:
    c, rng = CUE[ex.lang], ex.rng
    greet(ex)
    if rng.random() < 0.5:
        introduce(ex)
    ex.say("agent", c["addr"])
    street = rng.choice(c["street"])
    house, flat = rng.randint(1, 140), rng.randint(1, 200)
    sep = {"ru": "кв.", "uk": "кв.", "en": "flat", "lt": "butas"}[ex.lang]
    if ex.asr:
        text = f"{street} {number_words(ex.lang, house)} {sep} {number_words(ex.lang, flat)}"
    elif ex.lang == "en":
        text = f"{house} {street}, {sep} {flat}"
    else:
        text = f"{street}, {house}, {sep} {flat}"
    ex.say("customer", ex.filler(), ("ADDRESS", text, ex.eid()))
    hour = rng.randint(9, 18)
    office = {"ru": "Наш офис", "uk": "Наш офіс", "en": "Our office is", "lt": "Mūsų biuras"}
    ex.say(
        "agent",
        {
            "ru": "Мастер будет в",
            "uk": "Майстер буде о",
            "en": "The engineer comes at",
            "lt": "Meistras atvyks",
        }[ex.lang],
        number_words(ex.lang, hour) if ex.asr else str(hour),
        {"ru": "часов.", "uk": "годині.", "en": "o'clock.", "lt": "valandą."}[ex.lang],
        office[ex.lang],
        rng.choice(NAMED_PLACES[ex.lang]),
        ".",
    )


def t_person(ex: Exchange) -> None:
    c, rng = CUE[ex.lang], ex.rng
    greet(ex)
    introduce(ex)
    _nom, obl, kind = rng.choice(NAMES[ex.lang])
    nom2, _o, kind2 = rng.choice(NAMES[ex.lang])
    ex.tags.update({f"person_{kind}", f"person_{kind2}", "third_party"})
    ex.say("customer", c["rel"], ("PERSON", nom2, ex.eid()), ".")
    before, after = c["rel2"].split("{gen}")
    office = {"ru": "Ждём вас", "uk": "Чекаємо вас", "en": "See you", "lt": "Laukiame jūsų"}
    ex.say(
        "agent",
        before,
        ("PERSON", obl, ex.eid()),
        after,
        office[ex.lang],
        rng.choice(NAMED_PLACES[ex.lang]),
        ".",
    )
    ex.say("customer", c["yes"])


def decoy_value(ex: Exchange, slot: str) -> str:
    """A non-PII number for a decoy slot, read the way that slot is usually said."""
    rng = ex.rng
    value = {
        "money": lambda: str(rng.choice([150, 250, 390, 480, 750, 990])),
        "hour": lambda: str(rng.randint(9, 20)),
        "order": lambda: str(rng.randint(100000, 99999999)),
        "last4": lambda: f"{rng.randint(0, 9999):04d}",
        "qty": lambda: str(rng.randint(2, 60)),
        "year": lambda: str(rng.choice([2026, 2027, 2028])),
        "room": lambda: str(rng.randint(3, 418)),
    }[slot]()
    if not ex.asr:
        return value
    if slot in ("money", "hour", "qty", "room"):
        return number_words(ex.lang, int(value))
    return speak_digits(ex.lang, value, rng, "pairs" if slot == "year" else None)


def t_decoy(ex: Exchange) -> None:
    rng = ex.rng
    greet(ex)
    for q, a in rng.sample(DECOYS[ex.lang], rng.choice([1, 1, 2])):
        for role, line in (("customer", q), ("agent", a)):
            pieces = re.split(r"\{(\w+)\}", line)
            segs = [decoy_value(ex, piece) if k % 2 else piece for k, piece in enumerate(pieces)]
            if ex.asr:
                segs = [re.sub(r"\d+", lambda m: ex.num(m.group()), seg) for seg in segs]
            ex.say(role, *segs)


TEMPLATES = [
    (t_card, 100),
    (t_phone, 58),
    (t_email, 22),
    (t_passport, 26),
    (t_national_id, 62),
    (t_account, 66),
    (t_address, 24),
    (t_person, 32),
]
LANGS = [("ru", 260), ("uk", 130), ("en", 130), ("lt", 130)]


def build() -> str:
    rng = random.Random(SEED)
    total = sum(n for _, n in LANGS)
    plan = [t for t, n in TEMPLATES for _ in range(n)]
    plan += [t_decoy] * (total - len(plan))
    rng.shuffle(plan)
    langs = [lang for lang, n in LANGS for _ in range(n)]
    rng.shuffle(langs)
    lines = []
    per_lang = dict.fromkeys(langs, 0)
    for i, (template, lang) in enumerate(zip(plan, langs, strict=True), start=1):
        per_lang[lang] += 1
        style = "asr" if per_lang[lang] % 2 else "written"  # half of each language is ASR
        ex = Exchange(lang, style, random.Random(f"{SEED}-{i}"))
        template(ex)
        rec = ex.record(
            f"b14-{lang}-{style[0] if style == 'asr' else 'w'}-{i:04d}",
            f"{lang}_{template.__name__[2:]}",
        )
        lines.append(json.dumps(rec, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def check_national_id(lang: str, written: str) -> None:
    """Re-validate a written national ID from its digits alone."""
    digits = "".join(ch for ch in written if ch.isdigit())
    if lang == "ru" and len(digits) == 12:
        assert inn_ok(digits), written
    elif lang == "ru":
        assert snils_check(digits[:9]) == digits[9:], written
    elif lang == "uk":
        assert rnokpp_ok(digits), written
    elif lang == "lt":
        assert asmens_ok(digits), written


def self_check(text: str) -> None:
    """Spans match their turns, check digits validate, turn counts and roles are in range."""
    for line in text.splitlines():
        rec = json.loads(line)
        assert 2 <= len(rec["turns"]) <= 7, rec["id"]
        assert {t["role"] for t in rec["turns"]} <= {"agent", "customer"}
        if rec["style"] == "asr":
            assert not any(ch.isdigit() for t in rec["turns"] for ch in t["text"]), rec["id"]
        for ent in rec["entities"]:
            for (t, s, e), piece, txt in zip(ent["chars"], ent["pieces"], ent["text"], strict=True):
                turn = rec["turns"][t]["text"]
                assert turn[s:e] == txt and txt.strip() == txt, rec["id"]
                toks = turn.split()
                assert piece[0] == t and txt.split()[0] in toks[piece[1]], rec["id"]
                assert txt.split()[-1] in toks[piece[2] - 1], rec["id"]
            if ent["type"] == "NATIONAL_ID" and rec["style"] == "written":
                check_national_id(rec["lang"], ent["text"][0])
            if ent["type"] == "CARD" and rec["style"] == "written":
                assert luhn_ok("".join(ch for ch in " ".join(ent["text"]) if ch.isdigit()))
            if (
                ent["type"] == "ACCOUNT"
                and rec["style"] == "written"
                and ent["text"][0][:2].isalpha()
                and ent["text"][0][2].isdigit()
            ):
                assert iban_ok(ent["text"][0].replace(" ", ""))


def main() -> None:
    text = build()
    assert text == build(), "generator is not deterministic"
    self_check(text)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({len(text.splitlines())} exchanges)")


if __name__ == "__main__":
    main()
