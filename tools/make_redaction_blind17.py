"""Generate the blind17 labelled redaction set (payment-card heavy, ru/uk/en/lt).

    python tools/make_redaction_blind17.py [--out benchmarks/data/redaction_blind17.jsonl]

Written by an author who never saw the detector, so its recall figures are honest. Every
value is placed as a labelled segment and its token/char spans are computed, then checked:
chars slice == text == token slice joined by spaces, cards pass Luhn, IBANs mod 97,
national ids their checksums. Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind17_decoys as D
import blind17_phrases as P
from blind17_people import CITIES, MAIL_HOSTS, PATRONYMIC, PEOPLE, STREETS
from blind17_speak import ZERO_WORDS, by_digit, speak, whole
from blind17_words import (
    MONTHS,
    MONTHS_GEN,
    YEAR_ORD_GEN,
    asmens_kodas,
    iban_make,
    iban_ok,
    inn12,
    inn12_ok,
    luhn_complete,
    luhn_ok,
    number,
    rnokpp,
    snils,
)

SEED = 1717
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "data" / "redaction_blind17.jsonl"
CELL_SIZE = {"ru": 90, "uk": 45, "en": 45, "lt": 45}
DECOY_SHARE = 0.35
PUNCT = re.compile(r"[.,!?;:«»„“”\"()…/№]")


@dataclass(frozen=True)
class Val:
    """A labelled value segment; `digits` are what it stands for, `count` whether they
    belong to the real number (a misspoken group is masked but not part of the card)."""

    key: str
    type: str
    text: str
    digits: str = ""
    count: bool = True


def asr_plain(text: str) -> str:
    text = PUNCT.sub(" ", text.lower()).replace("—", " ").replace("–", " ")
    return " ".join(w for w in text.split() if w.strip("-'"))


@dataclass
class Ex:
    lang: str
    style: str
    rng: random.Random
    template: str = ""
    turns: list[tuple[str, list]] = field(default_factory=list)
    tags: set[str] = field(default_factory=set)
    nocheck: set[str] = field(default_factory=set)
    checks: dict[str, str] = field(default_factory=dict)
    card_turns: int = 0

    @property
    def asr(self) -> bool:
        return self.style == "asr"

    def say(self, role: str, *segs) -> None:
        flat: list = []
        for seg in segs:
            flat.extend(seg if isinstance(seg, list) else [seg])
        self.turns.append((role, flat))

    def pick(self, options):
        return self.rng.choice(options)

    def num(self, n: int) -> str:
        return number(n, self.lang) if self.asr else str(n)

    def digs(self, ds: str) -> str:
        return by_digit(ds, self.lang, ZERO_WORDS[self.lang][0]) if self.asr else ds

    def build(self) -> tuple[list[dict], list[dict]]:
        turns_out: list[dict] = []
        ents: dict[str, dict] = {}
        for ti, (role, segs) in enumerate(self.turns):
            parts: list[str] = []
            ntok = nchar = 0
            last_key = None
            for seg in segs:
                if isinstance(seg, str):
                    text = asr_plain(seg) if self.asr else seg.strip()
                    if not text:
                        continue
                    last_key = None
                else:
                    text = seg.text
                    assert text == " ".join(text.split()), text
                nchar += 1 if parts else 0
                toks = len(text.split())
                if isinstance(seg, Val):
                    ent = ents.setdefault(
                        seg.key, {"type": seg.type, "pieces": [], "chars": [], "digits": ""}
                    )
                    assert ent["type"] == seg.type, seg
                    if (
                        last_key == seg.key
                        and ent["pieces"][-1][0] == ti
                        and ent["pieces"][-1][2] == ntok
                    ):
                        ent["pieces"][-1][2] += toks
                        ent["chars"][-1][2] = nchar + len(text)
                    else:
                        ent["pieces"].append([ti, ntok, ntok + toks])
                        ent["chars"].append([ti, nchar, nchar + len(text)])
                    if seg.count:
                        ent["digits"] += seg.digits
                    if not self.asr and seg.digits.isdigit():
                        assert re.sub(r"\D", "", text) == seg.digits, seg
                    last_key = seg.key
                parts.append(text)
                nchar += len(text)
                ntok += toks
            turns_out.append({"role": role, "text": " ".join(parts)})
        entities = []
        for key, ent in ents.items():
            texts = []
            for (t, s, e), (t2, cs, ce) in zip(ent["pieces"], ent["chars"], strict=True):
                assert t == t2
                sliced = turns_out[t]["text"][cs:ce]
                tokens = turns_out[t]["text"].split()[s:e]
                assert sliced == " ".join(tokens), (sliced, tokens)
                texts.append(sliced)
            self._check_value(key, ent)
            entities.append(
                {"type": ent["type"], "pieces": ent["pieces"], "chars": ent["chars"], "text": texts}
            )
        for turn in turns_out:
            assert turn["text"], self.template
            if self.asr:
                assert not re.search(r"[0-9A-Z.,!?:;«»/]", turn["text"]), turn["text"]
        return turns_out, entities

    def _check_value(self, key: str, ent: dict) -> None:
        if ent["type"] == "CARD" and key not in self.nocheck:
            assert 13 <= len(ent["digits"]) <= 19 and luhn_ok(ent["digits"]), (key, ent)
        kind = self.checks.get(key)
        if kind == "iban":
            assert iban_ok(ent["digits"])
        elif kind == "inn":
            assert inn12_ok(ent["digits"])
        elif kind == "snils":
            assert snils(ent["digits"][:9]) == ent["digits"]
        elif kind == "rnokpp":
            assert rnokpp(ent["digits"][:9]) == ent["digits"]
        elif kind == "asmens":
            assert asmens_kodas(ent["digits"][:10]) == ent["digits"]


def fill(template: str, **values) -> list:
    """Split a phrase at {name} placeholders into plain strings and value segments."""
    for name, value in values.items():
        if isinstance(value, str):
            template = template.replace("{" + name + "}", value)
    out: list = []
    for i, part in enumerate(re.split(r"\{(\w+)\}", template)):
        if i % 2:
            value = values[part]
            out.extend(value if isinstance(value, list) else [value])
        elif part.strip():
            out.append(part)
    return out


# ---------------------------------------------------------------- cards
CARD_KINDS = [
    ("visa", 16, ["4"]),
    ("mc", 16, ["51", "52", "53", "54", "55", "2221", "2720"]),
    ("mir", 16, ["2200", "2202", "2204"]),
    ("amex", 15, ["34", "37"]),
    ("visa13", 13, ["4"]),
    ("maestro19", 19, ["6762", "6759", "62"]),
]
GROUPINGS = {
    16: [[4, 4, 4, 4]] * 6
    + [
        [2] * 8,
        [3, 3, 3, 3, 3, 1],
        [4, 2, 2, 4, 4],
        [4, 4, 2, 2, 2, 2],
        [6, 4, 6],
        [4, 4, 4, 2, 2],
    ],
    15: [[4, 6, 5], [4, 6, 5], [4, 4, 4, 3]],
    13: [[4, 4, 5], [4, 3, 3, 3]],
    19: [[4, 4, 4, 4, 3], [4, 4, 4, 4, 3], [6, 6, 7]],
}


def make_card(rng: random.Random) -> tuple[str, str]:
    kind, length, prefixes = rng.choices(CARD_KINDS, weights=[40, 30, 18, 6, 3, 5])[0]
    body = rng.choice(prefixes)
    while len(body) < length - 1:
        body += str(rng.randrange(10))
    return kind, luhn_complete(body)


def split_groups(card: str, grouping: list[int]) -> list[str]:
    out, i = [], 0
    for size in grouping:
        out.append(card[i : i + size])
        i += size
    assert "".join(out) == card
    return out


def habit_for(ex: Ex, ds: str, habit: str) -> str:
    if habit == "mixed":
        habit = ex.pick(["digits", "pairs", "whole", "one_triple"])
    if habit == "whole" and len(ds) > 4:
        habit = "pairs" if len(ds) % 2 == 0 else "triples"
    return habit


class CardVoice:
    """How one speaker renders groups in this exchange (habit, zero word, written sep)."""

    def __init__(self, ex: Ex, habit: str | None = None) -> None:
        self.ex = ex
        self.habit = habit or ex.pick(
            ["digits", "digits", "pairs", "pairs", "whole", "mixed", "one_triple", "triples"]
            + (["doubles"] * 2 if ex.lang == "en" else [])
        )
        self.zero = ex.pick(ZERO_WORDS[ex.lang])

    def render(self, ds: str) -> str:
        if not self.ex.asr:
            return ds
        habit = habit_for(self.ex, ds, self.habit)
        if habit == "triples" and len(ds) % 3 and len(ds) > 3:
            habit = "pairs"
        return speak(ds, self.ex.lang, self.zero, habit)

    def val(self, key: str, ds: str, count: bool = True) -> Val:
        return Val(key, "CARD", self.render(ds), ds, count)


def wrong_digits(rng: random.Random, ds: str) -> str:
    i = rng.randrange(len(ds))
    return ds[:i] + str((int(ds[i]) + rng.randrange(1, 9)) % 10) + ds[i + 1 :]


def card_block(ex: Ex, card: str, kind: str, max_turns: int = 10) -> list[str]:
    """Dictation of one card: the habits are chosen here. Returns the groups used."""
    rng, L = ex.rng, ex.lang
    grouping = rng.choice(GROUPINGS[len(card)])
    groups = split_groups(card, grouping)
    ex.tags.add(f"len{len(card)}")
    if kind == "amex":
        ex.tags.add("amex")
    if grouping not in ([4, 4, 4, 4], [4, 6, 5], [4, 4, 4, 4, 3]):
        ex.tags.add("irregular_groups")
    voice = CardVoice(ex)
    if ex.asr:
        ex.tags.add(f"habit_{voice.habit}")
    k = rng.choices([1, 2, 3, 4], weights=[30, 30, 22, 18])[0]
    k = min(k, len(groups), (max_turns - 1) // 2 + (1 if max_turns % 2 else 0))
    midgroup = k >= 2 and rng.random() < 0.3
    units = list(groups)
    cut_points = sorted(rng.sample(range(1, len(units)), k - 1)) if k > 1 else []
    if midgroup:
        c = cut_points[0]
        big = units[c]
        if len(big) >= 2:
            a = rng.randrange(2, len(big) - 1) if len(big) >= 4 else rng.randrange(1, len(big))
            units[c : c + 1] = [big[:a], big[a:]]
            cut_points = [c + 1] + [p + 1 for p in cut_points[1:]]
            ex.tags.add("midgroup_split")
    chunks = [units[a:b] for a, b in zip([0, *cut_points], [*cut_points, len(units)], strict=True)]
    assert "".join("".join(c) for c in chunks) == card and all(chunks)
    sep = " "
    if not ex.asr and k == 1:
        sep = rng.choice([" ", " ", " ", "-", ""])
        if sep != " ":
            ex.tags.add("written_dash" if sep == "-" else "written_nosep")
    echo = k >= 2 and rng.random() < 0.5
    repair_at = rng.randrange(len(units)) if rng.random() < 0.15 and sep == " " else -1
    restart = rng.random() < 0.1 and sep == " " and len(units) >= 3
    readback = rng.random() < 0.35 and not echo
    if k >= 2:
        ex.tags.add("card_split")
        if not ex.asr and rng.random() < 0.5:
            ex.tags.add("chat_groups")
    agent_voice = CardVoice(ex, ex.pick(["digits", "pairs", "whole"]))
    ex.say("agent", ex.pick(P.ASK_CARD[L]))
    unit_index = 0
    for ci, chunk in enumerate(chunks):
        segs: list = []
        if ci == 0 and rng.random() < 0.35:
            segs.append(ex.pick(P.LEAD_IN[L]))
        if ci == 0 and restart:
            ex.tags.add("restart")
            segs.append(voice.val("c", units[0], count=False))
            segs.append(voice.val("c", units[1][:2], count=False))
            segs.append(ex.pick(P.RESTART[L]))
        if sep != " ":
            segs.append(Val("c", "CARD", sep.join(chunk), "".join(chunk)))
            chunk = []
        for ui, unit in enumerate(chunk):
            if ui and rng.random() < (0.22 if ex.asr else 0.1):
                segs.append(ex.pick(P.FILLERS[L]) + ("" if ex.asr else ","))
                ex.tags.add("filler")
            if unit_index == repair_at:
                ex.tags.add("self_repair")
                segs.append(voice.val("c", wrong_digits(rng, unit), count=False))
                segs.append(ex.pick(P.REPAIR[L]))
            segs.append(voice.val("c", unit))
            unit_index += 1
        ex.say("customer", *segs)
        if ci < len(chunks) - 1 or (echo and rng.random() < 0.6):
            if echo:
                ex.tags.add("agent_echo")
                echo_segs = [agent_voice.val("e", u) for u in chunks[ci]]
                ex.say("agent", *echo_segs, ex.pick(P.ECHO_AFTER[L]))
            elif ci < len(chunks) - 1:
                ex.say("agent", ex.pick(P.NUDGE[L]))
    if echo and "e" in {s.key for _, segs in ex.turns for s in segs if isinstance(s, Val)}:
        echoed = "".join(
            s.digits for _, segs in ex.turns for s in segs if isinstance(s, Val) and s.key == "e"
        )
        if echoed != card:
            ex.nocheck.add("e")
            ex.tags.add("partial_echo")
    if readback:
        ex.tags.add("readback")
        misread = rng.random() < 0.25
        bad = rng.randrange(len(groups))
        rb = []
        wrong = wrong_digits(rng, groups[bad])
        for gi, g in enumerate(groups):
            rb.append(
                agent_voice.val(
                    "r", wrong if misread and gi == bad else g, count=not (misread and gi == bad)
                )
            )
        ex.say("agent", fill(ex.pick(P.READBACK[L]), v=rb))
        if misread:
            ex.tags.add("agent_misread")
            ex.nocheck.add("r")
            ex.say(
                "customer",
                fill(
                    P.MISREAD_FIX[L],
                    w=voice.val("c", wrong, count=False),
                    r=voice.val("c", groups[bad], count=False),
                ),
            )
        else:
            ex.say("customer", ex.pick(P.CONFIRM[L]))
    ex.card_turns = len(ex.turns)
    return groups


# ---------------------------------------------------------------- expiry / cvv
def expiry_val(ex: Ex, key: str, mm: int, yy: int) -> tuple[list, str]:
    """Returns (segments incl. cue words, form name)."""
    L, rng = ex.lang, ex.rng
    if ex.asr:
        zero = ex.pick(ZERO_WORDS[L])
        mm_w = whole(f"{mm:02d}", L, zero)
        yy_w = number(yy, L)
        forms = ["mmyy", "mmyy", "m_yy", "slash", "month"]
        if L in YEAR_ORD_GEN:
            forms.append("endyear")
        form = rng.choice(forms)
        if form == "endyear" and mm != 12:
            form = "mmyy"
        if mm == 12 and L in YEAR_ORD_GEN and rng.random() < 0.6:
            form = "endyear"
        if form == "mmyy":
            return [Val(key, "EXPIRY", f"{mm_w} {yy_w}")], form
        if form == "m_yy":
            return [Val(key, "EXPIRY", f"{number(mm, L)} {yy_w}")], form
        if form == "slash":
            slash = {"ru": "дробь", "uk": "дріб", "en": "slash", "lt": "brūkšnys"}[L]
            return [Val(key, "EXPIRY", f"{mm_w} {slash} {yy_w}")], form
        if form == "month":
            if L in YEAR_ORD_GEN:
                return [
                    Val(key, "EXPIRY", f"{MONTHS[L][mm - 1]} {YEAR_ORD_GEN[L][yy]}"),
                    "года" if L == "ru" else "року",
                ], form
            year = f"twenty {yy_w}" if L == "en" else yy_w
            return [Val(key, "EXPIRY", f"{MONTHS[L][mm - 1]} {year}")], form
        end = {"ru": "до конца", "uk": "до кінця"}[L]
        return [end, Val(key, "EXPIRY", YEAR_ORD_GEN[L][yy]), "года" if L == "ru" else "року"], form
    form = rng.choice(["mm/yy", "mm/yy", "mm/yy", "mm/yyyy", "m/yy", "mm.yy", "month"])
    text = {
        "mm/yy": f"{mm:02d}/{yy:02d}",
        "mm/yyyy": f"{mm:02d}/20{yy}",
        "m/yy": f"{mm}/{yy:02d}",
        "mm.yy": f"{mm:02d}.{yy:02d}",
        "month": f"{MONTHS[L][mm - 1].capitalize() if L == 'en' else MONTHS[L][mm - 1]} 20{yy}",
    }
    return [Val(key, "EXPIRY", text[form])], form


def cvv_val(ex: Ex, key: str, code: str) -> Val:
    if not ex.asr:
        return Val(key, "CVV", code)
    zero = ex.pick(ZERO_WORDS[ex.lang])
    habit = ex.pick(["digits", "digits", "whole", "one_pair"])
    if habit == "one_pair" and code[1] != "0":
        text = f"{speak(code[0], ex.lang, zero, 'digits')} {whole(code[1:], ex.lang, zero)}"
    elif habit == "whole":
        text = whole(code, ex.lang, zero)
    else:
        text = by_digit(code, ex.lang, zero)
    return Val(key, "CVV", text)


def exp_cvv(
    ex: Ex, amex: bool, want_exp: bool = True, want_cvv: bool = True, room: int = 6
) -> None:
    """Expiry and/or CVV questions; `room` is how many turns the exchange has left."""
    rng, L = ex.rng, ex.lang
    # December often enough for ru/uk asr speakers to say "до конца двадцать седьмого".
    december = 0.5 if ex.asr and L in YEAR_ORD_GEN else 0.15
    mm, yy = 12 if rng.random() < december else rng.randint(1, 12), rng.randint(25, 33)
    code = "".join(str(rng.randrange(10)) for _ in range(4 if amex else 3))
    exp_segs, form = expiry_val(ex, "x", mm, yy)
    if want_exp:
        ex.tags.add(f"exp_{form}")
    if amex:
        ex.tags.add("amex_cid")
    pre_e = ex.pick(P.EXP_PRE[L]) if form != "endyear" else ""
    pre_c = ex.pick(P.CVV_PRE[L])
    ask_cvv = P.ASK_CVV[L][-1] if amex else ex.pick(P.ASK_CVV[L])
    if want_exp and want_cvv and (room < 4 or rng.random() < 0.35):
        ex.tags.add("exp_cvv_same_turn")
        ex.say("agent", P.ASK_BOTH[L])
        ex.say("customer", pre_e, exp_segs, P.AND_CODE[L], cvv_val(ex, "v", code))
        return
    pending: list = []
    if want_exp:
        ex.say("agent", ex.pick(P.ASK_EXP[L]))
        ex.say("customer", pre_e, exp_segs)
        if rng.random() < (0.25 if want_cvv else 0.45 if room >= 3 else 0):
            ex.tags.add("agent_echo_expiry")
            echo, _ = expiry_val(ex, "x2", mm, yy)
            pending = [
                *echo,
                {"ru": "— хорошо.", "uk": "— добре.", "en": "— great.", "lt": "— gerai."}[L],
            ]
    if want_cvv:
        ex.say("agent", *pending, ask_cvv)
        ex.say("customer", pre_c, cvv_val(ex, "v", code))
    elif pending:
        ex.say("agent", *pending)


# ---------------------------------------------------------------- people
def person_forms(ex: Ex) -> tuple[str, str, str]:
    nom, acc, gen = ex.pick(PEOPLE[ex.lang])
    if ex.asr:
        return nom.lower(), acc.lower(), gen.lower()
    return nom, acc, gen


def holder_name(ex: Ex, key: str = "p", forms: tuple[str, str, str] | None = None) -> list:
    L = ex.lang
    nom, acc, gen = forms or person_forms(ex)
    first = nom.split()[0]
    if ex.rng.random() < 0.3 and first.capitalize() in PATRONYMIC:
        ex.tags.add("patronymic")
        patr = PATRONYMIC[first.capitalize()]
        patr = patr.lower() if ex.asr else patr
        surname = nom.split()[1]
        return [Val(key, "PERSON", f"{surname} {first} {patr}")]
    if ex.rng.random() < 0.25:
        ex.tags.add("third_party")
        return fill(
            ex.pick(P.THIRD[L]),
            nom=Val(key, "PERSON", nom),
            acc=Val(key, "PERSON", acc),
            gen=Val(key, "PERSON", gen),
        )
    return [Val(key, "PERSON", nom)]


def spelled(ex: Ex, surname: str) -> str:
    letters = [c for c in surname.lower() if c.isalpha()]
    if ex.asr:
        return " ".join(letters)
    return "-".join(c.upper() for c in letters)


def t_person(ex: Ex) -> None:
    L, rng = ex.lang, ex.rng
    biz, purpose = ex.pick(P.SETTINGS[L])
    nom, acc, gen = person_forms(ex)
    mode = rng.choice(["self", "behalf", "holder", "spell", "holder_echo"])
    ex.tags.add(f"person_{mode}")
    if mode in ("self", "behalf"):
        greet(ex, biz)
        if mode == "self":
            ex.say("customer", fill(P.SELF_INTRO[L], nom=Val("p", "PERSON", nom), purpose=purpose))
        else:
            ex.say(
                "customer",
                fill(P.ON_BEHALF[L], nom=Val("p", "PERSON", nom), gen=Val("p", "PERSON", gen)),
            )
        ex.say(
            "agent",
            ex.pick(P.DONE[L])
            if rng.random() < 0.3
            else {
                "ru": "Хорошо, сейчас посмотрю.",
                "uk": "Добре, зараз подивлюся.",
                "en": "Okay, let me pull that up.",
                "lt": "Gerai, tuoj pažiūrėsiu.",
            }[L],
        )
        return
    ex.say("agent", ex.pick(P.ASK_NAME[L]))
    if mode == "spell":
        surname = nom.split()[-1]
        ex.say(
            "customer",
            Val("p", "PERSON", nom),
            P.SPELL[L],
            Val("p", "PERSON", spelled(ex, surname)),
        )
        ex.tags.add("spelled")
    else:
        ex.say("customer", holder_name(ex, forms=(nom, acc, gen)))
    if mode == "holder_echo":
        ex.tags.add("agent_echo_name")
        ex.say("agent", fill(P.NAME_ECHO[L], v=Val("p2", "PERSON", nom)))
        ex.say("customer", ex.pick(P.CONFIRM[L]))


def greet(ex: Ex, biz: str) -> None:
    agent = ex.pick(P.AGENT_NAMES[ex.lang])
    ex.tags.add("agent_name")
    ex.say("agent", ex.pick(P.GREET[ex.lang]).format(biz=biz, agent=agent))


# ---------------------------------------------------------------- card exchanges
def t_card(ex: Ex) -> None:
    L, rng = ex.lang, ex.rng
    kind, card = make_card(rng)
    opener = rng.random() < 0.25
    if opener:
        biz, purpose = ex.pick(P.SETTINGS[L])
        greet(ex, biz)
        ex.say("customer", ex.pick(P.OPEN[L]).format(purpose=purpose))
    card_block(ex, card, kind, max_turns=8 if opener else 10)
    room = 6 - len(ex.turns)
    if room >= 2 and rng.random() < 0.9:
        tail = rng.choice(
            ["exp", "cvv", "cvv", "both", "name"]
            if room < 4
            else ["both", "both", "name", "exp", "cvv"]
        )
        if tail == "name":
            ex.say("agent", ex.pick(P.ASK_NAME[L]))
            ex.say("customer", holder_name(ex))
        else:
            exp_cvv(ex, kind == "amex", tail in ("exp", "both"), tail in ("cvv", "both"), room)
    elif rng.random() < 0.5 and len(ex.turns) < 6:
        last = [
            i
            for i, (role, segs) in enumerate(ex.turns)
            if role == "customer" and isinstance(segs[-1], Val) and segs[-1].key == "c"
        ]
        if last:
            role, segs = ex.turns[last[-1]]
            mm, yy = rng.randint(1, 12), rng.randint(25, 33)
            exp_segs, form = expiry_val(ex, "x", mm, yy)
            cue = {"ru": "срок", "uk": "термін", "en": "expiring", "lt": "galioja iki"}[L]
            ex.turns[last[-1]] = (role, [*segs, cue, *exp_segs])
            ex.tags.update({"exp_in_card_turn", f"exp_{form}"})


def t_expcvv(ex: Ex) -> None:
    rng = ex.rng
    which = rng.choice(["both", "both", "both", "exp", "cvv"])
    exp_cvv(ex, rng.random() < 0.1, which in ("both", "exp"), which in ("both", "cvv"))
    if len(ex.turns) <= 4 and rng.random() < 0.55:
        ex.say("agent", ex.pick(P.ASK_NAME[ex.lang]))
        ex.say("customer", holder_name(ex))


# ---------------------------------------------------------------- accounts
ACCOUNT_CUES = {
    "ru": ["Номер договора?", "Номер вашего лицевого счёта?", "Номер полиса, пожалуйста."],
    "uk": ["Номер договору?", "Номер вашого особового рахунку?", "Номер поліса, будь ласка."],
    "en": ["What's your policy number?", "Your account number with us?", "The contract number?"],
    "lt": ["Sutarties numeris?", "Jūsų sąskaitos numeris?", "Poliso numeris, prašau."],
}
ACCOUNT_ANS = {
    "ru": ["{v}", "Договор {v}", "Так, {v}"],
    "uk": ["{v}", "Договір {v}", "Так, {v}"],
    "en": ["{v}", "It's {v}", "Sure, {v}"],
    "lt": ["{v}", "Numeris {v}", "Taip, {v}"],
}
IBAN_ASK = {
    "ru": "Куда вернуть деньги? Нужен IBAN.",
    "uk": "Куди повернути кошти? Потрібен IBAN.",
    "en": "Where should we send the refund? I need an IBAN.",
    "lt": "Kur grąžinti pinigus? Reikia IBAN.",
}
IBAN_ANS = {
    "ru": "Вот мой счёт: {v}",
    "uk": "Ось мій рахунок: {v}",
    "en": "Here it is: {v}",
    "lt": "Štai mano sąskaita: {v}",
}
PREFIXES = {
    "ru": ["ДГ-", "П-", ""],
    "uk": ["ДП-", "Д-", ""],
    "en": ["POL-", "AC", ""],
    "lt": ["SUT-", "LT-", ""],
}


def t_account(ex: Ex) -> None:
    L, rng = ex.lang, ex.rng
    if not ex.asr and rng.random() < 0.45:
        country = {"ru": "UA", "uk": "UA", "en": "GB", "lt": "LT"}[L]
        if country == "UA":
            bban = "".join(str(rng.randrange(10)) for _ in range(25))
        elif country == "LT":
            bban = rng.choice(["73000", "70440", "40100"]) + "".join(
                str(rng.randrange(10)) for _ in range(11)
            )
        else:
            bban = rng.choice(["NWBK", "BARC", "MIDL"]) + "".join(
                str(rng.randrange(10)) for _ in range(14)
            )
        iban = iban_make(country, bban)
        text = (
            iban
            if rng.random() < 0.4
            else " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        )
        ex.checks["a"] = "iban"
        ex.tags.add("iban")
        ex.say("agent", IBAN_ASK[L])
        ex.say("customer", fill(IBAN_ANS[L], v=Val("a", "ACCOUNT", text, iban)))
        return
    ds = "".join(str(rng.randrange(10)) for _ in range(rng.choice([7, 8, 10, 12])))
    prefix = rng.choice(PREFIXES[L])
    if ex.asr:
        zero = ex.pick(ZERO_WORDS[L])
        habit = ex.pick(["digits", "pairs", "triples"])
        if habit == "triples" and len(ds) % 3:
            habit = "pairs"
        text = speak(ds, L, zero, habit)
        if prefix and L == "en":
            text = " ".join(c.lower() for c in prefix if c.isalpha()) + " " + text
            ex.tags.add("prefixed")
    else:
        text = prefix + (ds if rng.random() < 0.6 else f"{ds[:4]}-{ds[4:]}")
        ex.tags.add("prefixed" if prefix else "plain_number")
    ex.tags.add("contract_number")
    ex.say("agent", ex.pick(ACCOUNT_CUES[L]))
    ex.say("customer", fill(ex.pick(ACCOUNT_ANS[L]), v=Val("a", "ACCOUNT", text)))
    if rng.random() < 0.4:
        ex.tags.add("agent_echo_account")
        ex.say(
            "agent",
            fill(
                {
                    "ru": "{v} — нашла, спасибо.",
                    "uk": "{v} — знайшла, дякую.",
                    "en": "{v} — found it, thanks.",
                    "lt": "{v} — radau, ačiū.",
                }[L],
                v=Val("a2", "ACCOUNT", text),
            ),
        )


# ---------------------------------------------------------------- profile values
MISC_ASK = {
    "PHONE": {
        "ru": "Телефон для связи?",
        "uk": "Телефон для зв'язку?",
        "en": "Best number to reach you?",
        "lt": "Kontaktinis telefonas?",
    },
    "EMAIL": {
        "ru": "Куда прислать чек?",
        "uk": "Куди надіслати чек?",
        "en": "Email for the receipt?",
        "lt": "Kur atsiųsti kvitą?",
    },
    "DOB": {
        "ru": "Дата рождения владельца?",
        "uk": "Дата народження власника?",
        "en": "And your date of birth?",
        "lt": "Gimimo data?",
    },
    "PASSPORT": {
        "ru": "Серия и номер паспорта?",
        "uk": "Номер паспорта або ID-картки?",
        "en": "Passport number for the booking?",
        "lt": "Paso numeris?",
    },
    "NATIONAL_ID": {
        "ru": "Для договора нужен ИНН или СНИЛС.",
        "uk": "Ваш РНОКПП, будь ласка.",
        "en": "National Insurance number, please.",
        "lt": "Jūsų asmens kodas?",
    },
    "ADDRESS": {
        "ru": "Адрес доставки?",
        "uk": "Адреса доставки?",
        "en": "Delivery address?",
        "lt": "Pristatymo adresas?",
    },
}
MISC_PRE = {
    "ru": ["", "Пишите:", "Да,"],
    "uk": ["", "Пишіть:", "Так,"],
    "en": ["", "Sure,", "It's"],
    "lt": ["", "Rašykit:", "Taip,"],
}
HANDLES = {
    "ru": ["marina.kov", "gleb_sorokin84", "vera.lapshina", "z.grishina"],
    "uk": ["olena.humeniuk", "taras_m", "solomiia.t", "ostap.protsiuk"],
    "en": ["hquinlan", "des.oleary", "p.sethi", "tobywren"],
    "lt": ["ruta.vaitkiene", "darius.b", "gintare.zuk", "linas_urb"],
}
AT_DOT = {
    "ru": ("собака", "точка", "нижнее подчёркивание"),
    "uk": ("равлик", "крапка", "підкреслення"),
    "en": ("at", "dot", "underscore"),
    "lt": ("eta", "taškas", "apatinis brūkšnys"),
}


def misc_value(ex: Ex, typ: str, key: str) -> Val:
    L, rng = ex.lang, ex.rng
    r = lambda n: "".join(str(rng.randrange(10)) for _ in range(n))  # noqa: E731
    zero = ex.pick(ZERO_WORDS[L])
    if typ == "PHONE":
        if L == "ru":
            ds = "89" + r(9)
            text = f"+7 {ds[1:4]} {ds[4:7]}-{ds[7:9]}-{ds[9:]}"
            spoken = " ".join(
                [
                    by_digit(ds[0], L, zero),
                    whole(ds[1:4], L, zero),
                    whole(ds[4:7], L, zero),
                    whole(ds[7:9], L, zero),
                    whole(ds[9:], L, zero),
                ]
            )
        elif L == "uk":
            ds = "0" + rng.choice(["67", "50", "93", "97"]) + r(7)
            text = f"{ds[:3]} {ds[3:6]} {ds[6:8]} {ds[8:]}"
            spoken = " ".join(whole(p, L, zero) for p in (ds[:3], ds[3:6], ds[6:8], ds[8:]))
        elif L == "en":
            ds = "07" + r(9)
            text = f"{ds[:5]} {ds[5:]}"
            spoken = speak(ds, L, zero, "doubles")
        else:
            ds = "86" + r(7)
            text = f"+370 {ds[1:4]} {ds[4:]}"
            spoken = by_digit(ds, L, zero)
        digits = re.sub(r"\D", "", text)
        return Val(key, "PHONE", spoken if ex.asr else text, "" if ex.asr else digits)
    if typ == "EMAIL":
        handle = ex.pick(HANDLES[L]) + (r(2) if rng.random() < 0.3 else "")
        host = ex.pick(MAIL_HOSTS[L])
        if not ex.asr:
            return Val(key, "EMAIL", f"{handle}@{host}")
        at, dot, under = AT_DOT[L]
        words = []
        for piece in re.findall(r"[a-z]+|\d+|[._]", handle):
            words.append(
                dot
                if piece == "."
                else under
                if piece == "_"
                else by_digit(piece, L, zero)
                if piece.isdigit()
                else piece
            )
        words.append(at)
        words.append(f" {dot} ".join(host.split(".")))
        return Val(key, "EMAIL", " ".join(words))
    if typ == "DOB":
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1950, 2004)
        if not ex.asr:
            text = {
                "en": f"{d} {MONTHS['en'][m - 1].capitalize()} {y}",
                "lt": f"{y}-{m:02d}-{d:02d}",
            }.get(L, f"{d:02d}.{m:02d}.{y}")
            return Val(key, "DOB", text)
        year = (
            f"{number(y // 100, L)} {whole(f'{y % 100:02d}', L, zero)}"
            if L == "en"
            else number(y, L)
        )
        if L == "lt":
            return Val(key, "DOB", f"{year} {MONTHS_GEN[L][m - 1]} {number(d, L)}")
        return Val(key, "DOB", f"{number(d, L)} {MONTHS_GEN[L][m - 1]} {year}")
    if typ == "PASSPORT":
        if L == "ru":
            ds = r(10)
            text, spoken = (
                f"{ds[:2]} {ds[2:4]} {ds[4:]}",
                " ".join(whole(p, L, zero) for p in (ds[:2], ds[2:4], ds[4:7], ds[7:])),
            )
        else:
            ds = r({"uk": 9, "en": 9, "lt": 8}[L])
            text, spoken = ds, by_digit(ds, L, zero)
        return Val(key, "PASSPORT", spoken if ex.asr else text, "" if ex.asr else ds)
    if typ == "NATIONAL_ID":
        if L == "ru" and rng.random() < 0.5:
            ds, ex.checks[key] = inn12(r(10)), "inn"
            text = ds
        elif L == "ru":
            ds, ex.checks[key] = snils(str(rng.randint(2, 9)) + r(8)), "snils"
            text = f"{ds[:3]}-{ds[3:6]}-{ds[6:9]} {ds[9:]}"
        elif L == "uk":
            ds, ex.checks[key] = rnokpp(str(rng.randint(2, 3)) + r(8)), "rnokpp"
            text = ds
        elif L == "lt":
            ds, ex.checks[key] = (
                asmens_kodas(
                    rng.choice("3456") + f"{rng.randint(50, 99)}"
                    f"{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + r(3)
                ),
                "asmens",
            )
            text = ds
        else:
            letters = rng.choice(["AB", "JK", "NP", "SW", "TR"])
            ds = r(6)
            suffix = rng.choice("ABCD")
            text = f"{letters} {ds[:2]} {ds[2:4]} {ds[4:]} {suffix}"
            spoken = " ".join([*letters.lower(), by_digit(ds, L, zero), suffix.lower()])
            return Val(key, "NATIONAL_ID", spoken if ex.asr else text, "" if ex.asr else ds)
        return Val(key, "NATIONAL_ID", by_digit(ds, L, zero) if ex.asr else text, ds)
    (a, b) = ex.pick(STREETS[L])
    house, flat = rng.randint(2, 140), rng.randint(1, 90)
    if L in ("ru", "uk"):
        dom, kv = ("дом", "квартира") if L == "ru" else ("будинок", "квартира")
        if ex.asr:
            return Val(
                key, "ADDRESS", f"{a} {b.lower()} {dom} {number(house, L)} {kv} {number(flat, L)}"
            )
        return Val(key, "ADDRESS", f"{a} {b}, {'д.' if L == 'ru' else 'буд.'} {house}, кв. {flat}")
    if L == "en":
        if ex.asr:
            return Val(
                key, "ADDRESS", f"flat {number(flat, L)} {number(house, L)} {a.lower()} {b.lower()}"
            )
        return Val(key, "ADDRESS", f"Flat {flat}, {house} {a} {b}")
    word = {"g.": "gatvė", "pr.": "prospektas"}[b]
    if ex.asr:
        return Val(key, "ADDRESS", f"{a.lower()} {word} {number(house, L)} butas {number(flat, L)}")
    return Val(key, "ADDRESS", f"{a} {b} {house}-{flat}")


MISC_PLAN = ["PHONE", "EMAIL", "DOB", "PASSPORT", "NATIONAL_ID", "ADDRESS"]


def t_misc(ex: Ex, turn: int) -> None:
    """Profile questions; the types rotate over the set so each appears about equally."""
    L, rng = ex.lang, ex.rng
    n = len(MISC_PLAN)
    types = [MISC_PLAN[turn % n], MISC_PLAN[(turn + 3) % n]]
    if rng.random() < 0.3:
        types.append(MISC_PLAN[(turn + 1) % n])
    elif rng.random() < 0.6:
        ex.say("agent", ex.pick(P.ASK_NAME[L]))
        ex.say("customer", holder_name(ex))
    for i, typ in enumerate(types):
        ex.tags.add(typ.lower())
        ex.say("agent", MISC_ASK[typ][L])
        val = misc_value(ex, typ, f"m{i}")
        if typ == "ADDRESS" and rng.random() < 0.4:
            city = ex.pick(CITIES[L])
            ex.say("customer", city.lower() if ex.asr else f"{city},", val)
            ex.tags.add("city_outside_span")
        else:
            ex.say("customer", ex.pick(MISC_PRE[L]), val)


# ---------------------------------------------------------------- decoys
def decoy_values(ex: Ex) -> dict[str, str]:
    L, rng = ex.lang, ex.rng
    zero = ex.pick(ZERO_WORDS[L])
    h1 = rng.randint(9, 17)
    m1 = rng.choice([0, 15, 30, 45])

    def clock(h: int, m: int) -> str:
        if not ex.asr:
            return f"{h}:{m:02d}"
        if m:
            return f"{number(h, L)} {whole(f'{m:02d}', L, zero)}"
        return (
            f"{number(h, L)} "
            + {"ru": "ноль ноль", "uk": "нуль нуль", "en": "hundred", "lt": "nulis nulis"}[L]
        )

    last4 = "".join(str(rng.randrange(10)) for _ in range(4))
    order = str(rng.randint(10000, 99999))
    case = f"{rng.randint(10, 99)}{rng.randint(100, 999)}"
    hot = {"ru": "88002004747", "uk": "0800300545", "en": "08004611220", "lt": "870055123"}[L]
    hot_w = {
        "ru": "8 800 200-47-47",
        "uk": "0 800 300 545",
        "en": "0800 461 1220",
        "lt": "8 700 55 123",
    }[L]
    mon = MONTHS_GEN[L][rng.randrange(12)]
    return {
        "amount": ex.num(rng.choice([350, 1200, 2450, 780, 5900, 95, 640])),
        "time": clock(h1, m1),
        "time2": clock(h1 + 2, m1),
        "day": ex.num(rng.randint(1, 28)),
        "month": mon.capitalize() if L == "en" and not ex.asr else mon,
        "last4": by_digit(last4, L, zero)
        if ex.asr and rng.random() < 0.6
        else (whole(last4, L, zero) if ex.asr else last4),
        "order": speak(order, L, zero, ex.pick(["digits", "pairs"])) if ex.asr else order,
        "case": by_digit(case, L, zero) if ex.asr else f"{case[:2]}-{case[2:]}",
        "hotline": speak(hot, L, zero, "digits") if ex.asr else hot_w,
        "year": ex.num(rng.randint(2009, 2023)),
        "seat": ex.num(rng.randint(2, 14)),
        "kg": ex.num(rng.randint(10, 20)),
        "age": ex.num(rng.randint(5, 9)),
        "pct": ex.num(rng.choice([10, 15, 20, 25])),
    }


def t_decoy(ex: Ex) -> None:
    L, rng = ex.lang, ex.rng
    if rng.random() < 0.5:
        biz, purpose = ex.pick(P.SETTINGS[L])
        greet(ex, biz)
        ex.say("customer", ex.pick(P.OPEN[L]).format(purpose=purpose))
    pool = D.DECOY_PAIRS[L]
    if ex.turns:
        pool = [pair for pair in pool if not any(w in pair[1] + pair[3] for w in D.SETTING_BOUND)]
    pairs = rng.sample(pool, rng.choice([1, 2]) if len(ex.turns) <= 2 else 1)
    if not ex.turns and rng.random() < 0.3:
        pairs = rng.sample(pool, 2)
    for r1, t1, r2, t2 in pairs:
        vals = decoy_values(ex)
        ex.say(r1, t1.format(**vals))
        ex.say(r2, t2.format(**vals))
        for name in ("last4", "order", "case", "hotline", "amount", "time", "year", "month"):
            if "{" + name + "}" in t1 + t2:
                ex.tags.add(f"neg_{name}")
    ex.tags.update({"decoy", "no_entity"})


# ---------------------------------------------------------------- assembly
# Shares of the positive exchanges (of 290): sized so CARD ≈ 200, PERSON ≈ 100, ACCOUNT ≈ 40.
POSITIVE_KINDS = [("card", 128), ("expcvv", 55), ("person", 39), ("account", 30), ("misc", 38)]


def quotas(n: int) -> list[str]:
    """Largest-remainder split of n positive exchanges by POSITIVE_KINDS."""
    total = sum(w for _, w in POSITIVE_KINDS)
    exact = [(k, n * w / total) for k, w in POSITIVE_KINDS]
    counts = {k: int(x) for k, x in exact}
    for k, _ in sorted(exact, key=lambda kx: kx[1] - int(kx[1]), reverse=True)[
        : n - sum(counts.values())
    ]:
        counts[k] += 1
    return [k for k, _ in POSITIVE_KINDS for _ in range(counts[k])]


def generate(seed: int) -> list[dict]:
    rng = random.Random(seed)
    records = []
    cells = [(lang, style) for lang in CELL_SIZE for style in ("written", "asr")]
    plan = []
    for lang, style in cells:
        size = CELL_SIZE[lang]
        n_dec = round(size * DECOY_SHARE)
        kinds = ["decoy"] * n_dec + quotas(size - n_dec)
        plan += [(lang, style, k) for k in kinds]
    rng.shuffle(plan)
    misc_cycle: dict[tuple[str, str], int] = {}
    for counter, (lang, style, kind) in enumerate(plan, start=1):
        ex = Ex(lang, style, random.Random(rng.randrange(2**32)))
        if kind == "card":
            t_card(ex)
        elif kind == "expcvv":
            t_expcvv(ex)
        elif kind == "person":
            t_person(ex)
        elif kind == "account":
            t_account(ex)
        elif kind == "misc":
            # Rotate per (language, style) cell so every cell sees every profile type.
            t_misc(ex, misc_cycle.setdefault((lang, style), 0))
            misc_cycle[(lang, style)] += 1
        else:
            t_decoy(ex)
        turns, entities = ex.build()
        assert 2 <= len(turns) <= 10, (kind, len(turns))
        assert len(turns) <= 6 or ex.card_turns == len(turns), (kind, len(turns))
        assert bool(entities) == (kind != "decoy"), kind
        records.append(
            {
                "id": f"b17-{lang}-{'a' if style == 'asr' else 'w'}-{counter:04d}",
                "lang": lang,
                "style": style,
                "split": "blind17",
                "template": f"{lang}_{kind}",
                "tags": sorted(ex.tags),
                "turns": turns,
                "entities": entities,
            }
        )
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    records = generate(args.seed)
    args.out.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    print(f"wrote {len(records)} exchanges to {args.out}")


if __name__ == "__main__":
    main()
