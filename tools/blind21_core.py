"""Exchange builder and consistency checks for the blind21 redaction set.

Offsets are never typed by hand: a turn is a list of plain strings and labelled value segments,
and pieces/chars are computed from them, so a wrong span can only come from a wrong segment.
Plain text is written once in the written style and turned into its asr form here
(`asr_plain`), which keeps the four languages' phrase tables half as long.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from blind21_lang import digits_words, luhn_valid, number, plural_form

ASR_RE = re.compile(r"^[a-zа-яёіїєґąčęėįšųūž' ]+$")
CURRENCY = {
    "RUB": ("₽", ("рубль", "рубля", "рублей"), False),
    "UAH": ("грн", ("гривня", "гривні", "гривень"), True),
    "EUR": ("€", ("euras", "eurai", "eurų"), False),
    "GBP": ("£", ("pound", "pounds", "pounds"), False),
}
_MARK = re.compile(r"<(\d+)(?: (RUB|UAH|EUR|GBP))?>")
_ASR_DROP = re.compile(r"[^\w' ]+")


@dataclass
class Seg:
    """A labelled value segment: `digits` are the card/CVV digits it stands for, if any."""

    text: str
    key: str
    etype: str
    digits: str = ""


@dataclass
class Meta:
    """What the checks need to know about one entity."""

    etype: str
    card: str = ""
    check: str = "exact"  # exact | groups | prefix | none
    groups: tuple[int, ...] = ()


def _written_amount(lang: str, value: int, cur: str | None) -> str:
    text = f"{value:,}".replace(",", "," if lang == "en" else " ")
    if cur is None:
        return text
    sign = CURRENCY[cur][0]
    return f"£{text}" if cur == "GBP" else f"{text} {sign}"


def _spoken_amount(lang: str, value: int, cur: str | None) -> str:
    _, forms, feminine = CURRENCY[cur] if cur else ("", ("", "", ""), False)
    words = number(lang, value, feminine=feminine)
    if cur is None:
        return words
    if lang == "en":
        return f"{words} {'pound' if value == 1 else 'pounds'}"
    return f"{words} {plural_form(lang, value, forms)}"


def _pair_words(lang: str, pair: str) -> str:
    if pair[0] == "0":
        return digits_words(lang, pair, "oh" if lang == "en" else None)
    return number(lang, int(pair))


def _digit_run_words(lang: str, run: str) -> str:
    """Short runs (times, years, counts) as numbers, English four-digit runs as two pairs
    ("twenty twenty six"); long or zero-led runs digit by digit."""
    if (run.startswith("0") and run != "0") or len(run) > 4:
        return digits_words(lang, run, "oh" if lang == "en" else None)
    if lang == "en" and len(run) == 4:
        tail = "hundred" if run[2:] == "00" else _pair_words(lang, run[2:])
        return f"{number(lang, int(run[:2]))} {tail}"
    return number(lang, int(run))


def _grouped_run_words(lang: str, match: re.Match) -> str:
    """A long number typed in groups (ski pass, SIM, parcel) is read out in pairs."""
    digits = match.group(0).replace(" ", "")
    return " " + " ".join(_pair_words(lang, digits[i:i + 2]) if len(digits[i:i + 2]) == 2
                          else digits_words(lang, digits[i:i + 2])
                          for i in range(0, len(digits), 2)) + " "


def asr_plain(lang: str, text: str) -> str:
    """Written plain text as an asr line: amounts and other digit runs said as words, lower
    case, punctuation dropped (apostrophes kept)."""
    text = _MARK.sub(lambda m: _spoken_amount(lang, int(m.group(1)), m.group(2)), text)
    text = text.replace("ʼ", "'").replace("’", "'").replace("№", " номер ")
    text = re.sub(r"\d{4}(?: \d{2,4})+", lambda m: _grouped_run_words(lang, m), text)
    text = re.sub(r"\d+", lambda m: f" {_digit_run_words(lang, m.group(0))} ", text)
    text = _ASR_DROP.sub(" ", text.lower()).replace("_", " ")
    text = re.sub(r"(?<!\w)'|'(?!\w)", " ", text)
    return " ".join(text.split())


def written_plain(lang: str, text: str) -> str:
    return _MARK.sub(lambda m: _written_amount(lang, int(m.group(1)), m.group(2)), text)


@dataclass
class Exchange:
    """One exchange under construction; `say` appends a turn of plain text and values."""

    lang: str
    style: str
    template: str
    rng: random.Random
    turns: list[tuple[str, list[str | Seg]]] = field(default_factory=list)
    tags: set[str] = field(default_factory=set)
    metas: dict[str, Meta] = field(default_factory=dict)

    @property
    def asr(self) -> bool:
        return self.style == "asr"

    def entity(self, key: str, etype: str, **meta) -> str:
        self.metas.setdefault(key, Meta(etype, **meta))
        return key

    def val(self, key: str, text: str, digits: str = "") -> Seg:
        return Seg(text, key, self.metas[key].etype, digits)

    def say(self, role: str, *parts: str | Seg | list) -> None:
        flat: list[str | Seg] = []
        for part in parts:
            flat.extend(part if isinstance(part, list) else [part])
        self.turns.append((role, flat))

    def plain(self, text: str) -> str:
        return asr_plain(self.lang, text) if self.asr else written_plain(self.lang, text)

    def record(self) -> dict:
        texts: list[str] = []
        spans: dict[str, list[list]] = {}
        seg_digits: dict[str, str] = {}
        for turn_index, (_, parts) in enumerate(self.turns):
            tokens: list[str] = []
            chars = 0
            previous_key = None
            for part in parts:
                text = self.plain(part) if isinstance(part, str) else part.text
                if isinstance(part, str) and previous_key is not None:
                    # Punctuation that would touch a value is dropped (values stay clean).
                    text = text.lstrip(".,;:!?")
                text = " ".join(text.split())
                if not text:
                    continue
                start_tok, start_char = len(tokens), chars + (1 if tokens else 0)
                tokens.extend(text.split())
                chars = start_char + len(text)
                if isinstance(part, Seg):
                    if part.etype == "CARD" and not self.asr:
                        typed = text.replace("O", "0").replace("l", "1")
                        assert re.sub(r"\D", "", typed) == part.digits, (text, part.digits)
                    seg_digits[part.key] = seg_digits.get(part.key, "") + part.digits
                    pieces = spans.setdefault(part.key, [])
                    if previous_key == part.key:
                        pieces[-1][2], pieces[-1][4] = len(tokens), chars
                    else:
                        pieces.append([turn_index, start_tok, len(tokens), start_char, chars])
                    previous_key = part.key
                else:
                    previous_key = None
            texts.append(" ".join(tokens))
        entities = []
        for key, pieces in spans.items():
            entities.append({
                "type": self.metas[key].etype,
                "pieces": [[t, s, e] for t, s, e, _, _ in pieces],
                "chars": [[t, cs, ce] for t, _, _, cs, ce in pieces],
                "text": [texts[t][cs:ce] for t, _, _, cs, ce in pieces],
            })
            self._check_card(key, seg_digits.get(key, ""))
        record = {
            "lang": self.lang, "style": self.style, "template": self.template,
            "tags": sorted(self.tags),
            "turns": [{"role": role, "text": text}
                      for (role, _), text in zip(self.turns, texts, strict=True)],
            "entities": entities,
        }
        check_record(record)
        return record

    def _check_card(self, key: str, said: str) -> None:
        meta = self.metas[key]
        if meta.etype == "CVV":
            assert len(said) in (3, 4) and said.isdigit(), (key, said)
        if meta.etype != "CARD":
            return
        card = meta.card
        assert 13 <= len(card) <= 19 and luhn_valid(card), card
        if meta.check == "exact":
            assert said == card, (self.template, said, card)
        elif meta.check == "prefix":
            assert len(said) >= 4 and card.startswith(said), (said, card)
        elif meta.check == "groups":
            start = 0
            for size in meta.groups:
                assert card[start:start + size] in said, (said, card)
                start += size
            assert set(said) <= set(card), (said, card)


_PUNCT_TOKEN = {"—"}


def check_record(record: dict) -> None:
    """Assert the labelling conventions on one finished record."""
    turns = [turn["text"] for turn in record["turns"]]
    used: set[tuple[int, int]] = set()
    for turn_text in turns:
        for token in turn_text.split():
            assert any(c.isalnum() or c in "₽€£" for c in token) or token in _PUNCT_TOKEN, (
                token, turn_text)
        if record["style"] == "asr":
            assert ASR_RE.match(turn_text), turn_text
    for entity in record["entities"]:
        assert len(entity["pieces"]) == len(entity["chars"]) == len(entity["text"])
        for (t, s, e), (ct, cs, ce), text in zip(entity["pieces"], entity["chars"],
                                                  entity["text"], strict=True):
            assert t == ct and s < e
            tokens = turns[t].split()
            assert turns[t][cs:ce] == text == " ".join(tokens[s:e]), (text, turns[t])
            assert text[0].isalnum() or text[0] == "+", text
            assert text[-1].isalnum(), text
            for index in range(s, e):
                assert (t, index) not in used, (record["template"], text)
                used.add((t, index))
    assert record["entities"] or "decoy" in record["tags"], record["template"]

