"""Turn builder and record checks for blind26.

A turn is written as a template string with `{slot}` holes; a slot value is either plain text
(never PII) or an `Ent` (a labelled piece). Offsets are computed from the rendered parts, so no
span is counted by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import blind26_lang as L

ASR_OK = re.compile(r"^[a-zа-яёіїєґąčęėįšųūž' ]+$")
_SLOT = re.compile(r"\{(\w+)\}")
_NOT_ASR = re.compile(r"[^a-zа-яёіїєґąčęėįšųūž' ]+")
PUNCT_EDGE = re.compile(r"^\W|\W$")


@dataclass(frozen=True)
class Ent:
    """One labelled piece; pieces with the same key form one entity."""

    type: str
    key: str
    text: str
    digits: str = ""  # the digits this piece stands for (cards and checksummed ids)
    sub: str = ""  # which checksum applies: inn, snils, rnokpp, asmens, iban


def asr_clean(text: str) -> str:
    """What Whisper-like output looks like: lower case, no punctuation, apostrophe kept."""
    text = text.lower().replace("’", "'").replace("ʼ", "'")
    return " ".join(_NOT_ASR.sub(" ", text).split())


class Call:
    """Collects turns and entities for one record."""

    def __init__(self, lang: str, style: str) -> None:
        self.lang, self.style = lang, style
        self.turns: list[dict] = []
        self.entities: dict[str, dict] = {}
        self.meta: dict[str, dict] = {}

    def say(self, role: str, template: str, **slots) -> None:
        parts: list[tuple[str, Ent | None]] = []
        pos = 0
        for m in _SLOT.finditer(template):
            parts.append((template[pos : m.start()], None))
            value = slots[m.group(1)]
            parts.append((value.text, value) if isinstance(value, Ent) else (str(value), None))
            pos = m.end()
        parts.append((template[pos:], None))
        if self.style == "asr":
            parts = [(p if e else asr_clean(p), e) for p, e in parts]
            parts = [(p.strip(), e) for p, e in parts if p.strip()]
            text, spans = "", []
            for piece, ent in parts:
                start = len(text) + (1 if text else 0)
                text = f"{text} {piece}" if text else piece
                if ent:
                    spans.append((start, len(text), ent))
        else:
            text, spans = "", []
            for piece, ent in parts:
                if not ent and text.endswith(".") and piece.startswith("."):
                    piece = piece[1:]  # "kovo 21 d." closing a sentence keeps one full stop
                if ent:
                    spans.append((len(text), len(text) + len(piece), ent))
                text += piece
            assert text == text.strip() and "  " not in text, text
        index = len(self.turns)
        self.turns.append({"role": role, "text": text})
        for start, end, ent in spans:
            assert start == 0 or text[start - 1] == " ", (text, ent)
            assert end == len(text) or text[end] == " ", (text, ent)
            first = len(text[:start].split())
            last = first + len(ent.text.split())
            record = self.entities.setdefault(
                ent.key, {"type": ent.type, "pieces": [], "chars": [], "text": []}
            )
            assert record["type"] == ent.type, ent
            record["pieces"].append([index, first, last])
            record["chars"].append([index, start, end])
            record["text"].append(ent.text)
            meta = self.meta.setdefault(ent.key, {"sub": ent.sub, "digits": []})
            meta["digits"].append(ent.digits)

    def record(self, rec_id: str, setting: str, template: str, tags: list[str]) -> dict:
        return {
            "id": rec_id,
            "lang": self.lang,
            "style": self.style,
            "split": "blind26",
            "template": template,
            "tags": sorted(set(tags) | {f"setting_{setting}"}),
            "turns": self.turns,
            "entities": list(self.entities.values()),
        }


def check_record(rec: dict, meta: list[dict]) -> None:
    """Every promise of the README, re-verified from the record text."""
    turns = [t["text"] for t in rec["turns"]]
    seen: set[tuple[int, int]] = set()
    assert 14 <= len(turns) <= 40, (rec["id"], len(turns))
    for text in turns:
        assert text and text == text.strip(), rec["id"]
        if rec["style"] == "asr":
            assert ASR_OK.match(text), (rec["id"], text)
        else:
            assert (
                any(ch.isupper() for ch in text[:3])
                or not text[0].isalpha()
                or text[0].isdigit()
                or text.split()[0].islower()
            ), text
    for ent in rec["entities"]:
        for (t, s, e), (t2, cs, ce), piece in zip(
            ent["pieces"], ent["chars"], ent["text"], strict=True
        ):
            assert t == t2
            tokens = turns[t].split()
            assert turns[t][cs:ce] == piece == " ".join(tokens[s:e]), (rec["id"], piece)
            assert not PUNCT_EDGE.search(piece), (rec["id"], piece)
            for i in range(s, e):
                assert (t, i) not in seen, (rec["id"], piece)
                seen.add((t, i))
    for ent, info in zip(rec["entities"], meta, strict=True):
        check_value(rec, ent, info)


def value_digits(rec: dict, ent: dict) -> str:
    """Digits (and IBAN letters) of an entity, read back from its text alone."""
    joined = " ".join(ent["text"])
    if rec["style"] == "asr":
        return L.words_to_digits(rec["lang"], joined)
    return "".join(ch for ch in joined if ch.isalnum()).upper()


def check_value(rec: dict, ent: dict, info: dict) -> None:
    kind, sub = ent["type"], info["sub"]
    if kind == "CARD":
        card = value_digits(rec, ent)
        assert card == "".join(info["digits"]), (rec["id"], card, info)
        assert 13 <= len(card) <= 19 and card.isdigit() and L.luhn_ok(card), (rec["id"], card)
    elif sub:
        value = value_digits(rec, ent)
        assert value == "".join(info["digits"]), (rec["id"], value, info)
        checks = {
            "inn": L.inn12_ok,
            "snils": L.snils_ok,
            "rnokpp": L.rnokpp_ok,
            "asmens": L.asmens_ok,
            "iban": L.iban_ok,
        }
        if sub in checks:
            assert checks[sub](value), (rec["id"], sub, value)
