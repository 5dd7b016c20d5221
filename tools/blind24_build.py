"""Turn builder and self-checks: offsets are computed from labelled segments, never typed."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from blind24_lang import asmens_ok, iban_ok, inn12_ok, luhn_ok, rnokpp_ok

ASR_OK = re.compile(r"^[a-zа-яёіїєґąčęėįšųūž' ]+$")
PUNCT = set(".,;:!?—–-()«»\"“„”…/")
_STRIP = re.compile(r"[^a-zа-яёіїєґąčęėįšųūž0-9' ]")


def asr_text(text: str) -> str:
    """Lower-case, drop punctuation: how the recogniser writes a line."""
    return " ".join(_STRIP.sub(" ", text.lower()).split())


@dataclass
class Value:
    """One labelled run of tokens: key names its entity; digits are what it stands for."""

    key: str
    text: str
    digits: str = ""


@dataclass
class Exchange:
    lang: str
    style: str
    template: str
    tags: set[str] = field(default_factory=set)
    turns: list[tuple[str, list]] = field(default_factory=list)
    types: dict[str, str] = field(default_factory=dict)
    cards: dict[str, str] = field(default_factory=dict)

    def say(self, role: str, *parts) -> None:
        """Append a turn of plain strings and Values; asr turns get plain parts cleaned."""
        clean = []
        for part in parts:
            if isinstance(part, str):
                part = asr_text(part) if self.style == "asr" else part.strip()
                if part:
                    clean.append(part)
            elif self.style == "asr":
                clean.append(Value(part.key, asr_text(part.text), part.digits))
            else:
                clean.append(part)
        self.turns.append((role, clean))

    def entity(self, key: str, etype: str, card: str = "") -> str:
        self.types[key] = etype
        if card:
            self.cards[key] = card
        return key


def assemble(ex: Exchange) -> dict:
    """Render turns and compute pieces/chars for every Value."""
    turns, found = [], {}
    for t, (role, parts) in enumerate(ex.turns):
        text, tok = "", 0
        for part in parts:
            seg = part if isinstance(part, str) else part.text
            start = len(text) + (1 if text else 0)
            text = f"{text} {seg}" if text else seg
            n = len(seg.split())
            if isinstance(part, Value):
                found.setdefault(part.key, []).append((t, tok, tok + n, start, len(text), part))
            tok += n
        turns.append({"role": role, "text": text})
    entities = []
    for key in sorted(found, key=lambda k: (found[k][0][0], found[k][0][1])):
        runs = found[key]
        entities.append({"type": ex.types[key], "pieces": [[r[0], r[1], r[2]] for r in runs],
                         "chars": [[r[0], r[3], r[4]] for r in runs],
                         "text": [r[5].text for r in runs]})
        if key in ex.cards:
            card = ex.cards[key]
            said = "".join(r[5].digits for r in runs)
            assert said == card or (("restart" in ex.tags) and said.endswith(card)), (key, said)
            if ex.style == "written":
                for r in runs:
                    assert re.sub(r"\D", "", r[5].text) == r[5].digits, r[5].text
    return {"template": ex.template, "tags": sorted(ex.tags), "turns": turns,
            "entities": entities}


def check(rec: dict) -> None:
    """Every invariant the README promises, asserted on each record."""
    used: set[tuple[int, int]] = set()
    for turn in rec["turns"]:
        if rec["style"] == "asr":
            assert ASR_OK.match(turn["text"]), turn["text"]
    for ent in rec["entities"]:
        for (t, s, e), (t2, cs, ce), text in zip(ent["pieces"], ent["chars"], ent["text"],
                                                 strict=True):
            line = rec["turns"][t]["text"]
            assert t == t2 and line[cs:ce] == text == " ".join(line.split()[s:e]), text
            assert text[0] not in PUNCT or (ent["type"] == "PHONE" and text[0] == "+"), text
            assert text[-1] not in PUNCT, text
            cells = {(t, i) for i in range(s, e)}
            assert not cells & used, rec["id"]
            used |= cells
    assert bool(rec["entities"]) != ("decoy" in rec["tags"]), rec["id"]
    if rec["style"] == "written":
        check_ids(rec)


def check_ids(rec: dict) -> None:
    """Re-verify check digits from the written text itself, not from the generator's values."""
    id_ok = {"ru": inn12_ok, "uk": rnokpp_ok, "lt": asmens_ok}
    for ent in rec["entities"]:
        value = "".join(ent["text"])
        if ent["type"] == "NATIONAL_ID" and rec["lang"] in id_ok:
            assert id_ok[rec["lang"]](value), value
        if ent["type"] == "ACCOUNT" and value[:2].isalpha():
            assert iban_ok(value), value


def card_ok(card: str) -> None:
    assert 13 <= len(card) <= 19 and card.isdigit() and luhn_ok(card), card
