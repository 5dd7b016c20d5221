"""Exchange builder (offsets computed from labelled parts) and the checks every record passes.

Turns are assembled from plain strings and labelled values joined by single spaces, so the
token and character offsets of every value are known exactly instead of searched for.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

import blind25_num as num

ASR_TURN = re.compile(r"^[a-zа-яёіїєґąčęėįšųūž' ]+$")
PUNCT = set(".,;:!?—–-«»\"“„”()'…/")


def asr_plain(text: str) -> str:
    """Whisper-like lower case without punctuation; digits must never reach here."""
    text = text.lower().replace("-", " ").replace("’", "'")
    text = re.sub(r"[.,;:!?—–«»\"“„”()…/]", " ", text)
    return " ".join(text.split())


@dataclass
class Val:
    """A labelled value inside a turn: `key` ties pieces of one entity together."""

    key: str
    type: str
    text: str
    check: str = ""  # how the value is re-verified: card, card_part, inn12, snils, ...
    value: str = ""  # what the text must read back as (digits, or the normalised id)


@dataclass
class Entity:
    type: str
    check: str
    value: str
    pieces: list[list[int]] = field(default_factory=list)
    chars: list[list[int]] = field(default_factory=list)
    text: list[str] = field(default_factory=list)


class Exchange:
    def __init__(self, lang: str, style: str, rng: random.Random, template: str) -> None:
        self.lang, self.style, self.rng, self.template = lang, style, rng, template
        self.asr = style == "asr"
        self.turns: list[dict] = []
        self.entities: dict[str, Entity] = {}
        self.tags: set[str] = set()

    def say(self, role: str, *parts: str | Val | None) -> None:
        """Add a turn; plain parts are normalised for asr, values are taken as given."""
        text = ""
        index = len(self.turns)
        for part in parts:
            if part is None or part == "":
                continue
            if isinstance(part, Val):
                if text:
                    text += " "
                start_char = len(text)
                start_tok = len(text.split())
                text += part.text
                ent = self.entities.setdefault(part.key, Entity(part.type, part.check, part.value))
                assert ent.type == part.type, part.key
                ent.pieces.append([index, start_tok, start_tok + len(part.text.split())])
                ent.chars.append([index, start_char, len(text)])
                ent.text.append(part.text)
            else:
                plain = asr_plain(part) if self.asr else part.strip()
                if plain and not text and not self.asr:
                    plain = plain[0].upper() + plain[1:]
                if plain:
                    text = f"{text} {plain}" if text else plain
        self.turns.append({"role": role, "text": text})

    def record(self) -> dict:
        ents = sorted(self.entities.values(), key=lambda e: (e.pieces[0][0], e.pieces[0][1]))
        return {
            "lang": self.lang,
            "style": self.style,
            "template": self.template,
            "tags": sorted(self.tags),
            "turns": self.turns,
            "entities": [
                {"type": e.type, "pieces": e.pieces, "chars": e.chars, "text": e.text} for e in ents
            ],
            "_checks": [(e.check, e.value, e.text) for e in ents],
        }


def _read_back(lang: str, style: str, texts: list[str]) -> str:
    """What the labelled text says, normalised: digits and single letters, upper case."""
    if style == "written":
        return re.sub(r"[^0-9A-Za-zА-ЯЁІЇЄҐа-яёіїєґ]", "", "".join(texts)).upper()
    out: list[str] = []
    for text in texts:
        run: list[str] = []
        for tok in [*text.split(), "|"]:
            if num.is_number_word(lang, tok) or (tok == "and" and run):
                run.append(tok)
                continue
            if run:
                out.append("".join(num.read_numbers(lang, run)))
                run = []
            if tok != "|":
                assert len(tok) == 1, f"unexpected word '{tok}' in a spoken id"
                out.append(tok.upper())
    return "".join(out)


CHECKERS = {
    "inn12": num.inn12_ok,
    "snils": num.snils_ok,
    "rnokpp": num.rnokpp_ok,
    "asmens": num.asmens_kodas_ok,
    "iban": num.iban_ok,
    "ni": num.ni_ok,
    "ssn": num.ssn_ok,
    "luhn": num.luhn_ok,
}


def check_record(rec: dict) -> None:
    """Assertions from the brief; any failure stops the run before anything is written."""
    lang, style = rec["lang"], rec["style"]
    tokens = [t["text"].split() for t in rec["turns"]]
    seen: set[tuple[int, int]] = set()
    value_first = {p[0] for e in rec["entities"] for p in e["pieces"] if p[1] == 0}
    for index, turn in enumerate(rec["turns"]):
        assert turn["role"] in ("agent", "customer")
        assert turn["text"] == " ".join(turn["text"].split()), turn["text"]
        if style == "asr":
            assert ASR_TURN.match(turn["text"]), f"{rec['id']}: {turn['text']}"
        elif index not in value_first:
            assert not turn["text"][:1].islower(), turn["text"]
    for ent in rec["entities"]:
        assert len(ent["pieces"]) == len(ent["chars"]) == len(ent["text"])
        for (t, s, e), (ct, cs, ce), text in zip(
            ent["pieces"], ent["chars"], ent["text"], strict=True
        ):
            assert t == ct and e > s
            assert rec["turns"][t]["text"][cs:ce] == text == " ".join(tokens[t][s:e]), rec["id"]
            assert text[0] not in PUNCT and text[-1] not in PUNCT, f"{rec['id']}: {text}"
            for i in range(s, e):
                assert (t, i) not in seen, f"{rec['id']}: token in two entities"
                seen.add((t, i))
    assert bool(rec["entities"]) != ("decoy" in rec["tags"]), rec["id"]
    for check, value, texts in rec["_checks"]:
        heard = _read_back(lang, style, texts) if check else ""
        if check == "card":
            assert 13 <= len(value) <= 19 and num.luhn_ok(value), rec["id"]
            assert heard == value, f"{rec['id']}: card heard {heard} != {value}"
        elif check == "card_restart":
            assert num.luhn_ok(value) and heard.endswith(value), f"{rec['id']}: {heard}"
        elif check == "card_part":
            assert len(heard) >= 6 and heard in value, f"{rec['id']}: {heard} not in {value}"
        elif check in CHECKERS:
            assert heard == value.upper(), f"{rec['id']}: {check} heard {heard} != {value}"
            assert CHECKERS[check](value), f"{rec['id']}: {check} invalid {value}"
        elif check == "digits":
            assert heard == value, f"{rec['id']}: heard {heard} != {value}"
        else:
            assert check == "", check
