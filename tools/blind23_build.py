"""Turn building for the blind23 set: offsets are computed, never typed by hand.

A turn is a list of segments: plain strings (written form; turned into ASR form by
`asr_plain`), `Alt` (explicit written/asr wording) and `Val` (a labelled value). `Exchange.record`
joins segments with single spaces, so every value is a whole run of whitespace tokens, and then
checks the record against the labelling conventions before it may be written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from blind23_ids import luhn_ok
from blind23_num import cardinal, say_digits, say_pairs

EXPIRY_RE = re.compile(r"(0[1-9]|1[0-2])[/.](2[6-9]|3\d|20[23]\d)")
ASR_RE = re.compile(r"^[a-zа-яёіїєґąčęėįšųūž' ]+$")
_KEEP = re.compile(r"[^0-9a-zа-яёіїєґąčęėįšųūž' ]")


@dataclass
class Alt:
    """Plain text whose ASR form is not a mechanical lower-casing of the written one."""

    written: str
    asr: str


@dataclass
class Val:
    """A labelled value. `key` names the entity it belongs to (several Vals, one entity)."""

    key: str
    etype: str
    written: str
    asr: str
    digits: str = ""


Seg = str | Alt | Val


def asr_plain(text: str, lang: str) -> str:
    """Plain written text as an ASR engine would print it: lower case, numbers as words,
    no punctuation but apostrophes."""
    text = text.lower().replace("’", "'").replace("ʼ", "'")
    text = re.sub(r"(?<=\d)[\u00a0,](?=\d{3})", "", text)  # "6\u00a0399", "1,500": one amount
    text = re.sub(r"[-–—/«»„“”\"]", " ", text)
    text = re.sub(r"(\d)([^\d\s])", r"\1 \2", text)
    text = re.sub(r"([^\d\s])(\d)", r"\1 \2", text)
    text = _KEEP.sub(" ", text)
    words = []
    for tok in text.split():
        if tok.isdigit() and (len(tok) >= 5 or (tok[0] == "0" and len(tok) > 1)):
            words.append(say_pairs(tok, lang) if tok[0] != "0" else say_digits(tok, lang))
        elif tok.isdigit():
            words.append(cardinal(int(tok), lang))
        else:
            tok = tok.strip("'")
            if tok:
                words.append(tok)
    return " ".join(words)


@dataclass
class Exchange:
    lang: str
    style: str
    template: str
    setting: str
    turns: list[tuple[str, list[Seg]]] = field(default_factory=list)
    tags: set[str] = field(default_factory=set)
    # entity key -> (card digits, how many times the whole card must be said in it)
    card_checks: dict[str, tuple[str, int]] = field(default_factory=dict)

    @property
    def asr(self) -> bool:
        return self.style == "asr"

    def say(self, role: str, *segs: Seg) -> None:
        self.turns.append((role, list(segs)))

    def tag(self, *names: str) -> None:
        self.tags.update(names)

    def record(self, ident: str, split: str) -> dict:
        turns_out, spans = [], {}
        order: list[str] = []
        types: dict[str, str] = {}
        digits: dict[str, str] = {}
        for t_index, (role, segs) in enumerate(self.turns):
            text, tokens = "", 0
            for seg in segs:
                if isinstance(seg, Val):
                    piece = seg.asr if self.asr else seg.written
                elif isinstance(seg, Alt):
                    piece = (asr_plain(seg.asr, self.lang) if self.asr
                             else seg.written.replace("\u00a0", " "))
                else:
                    piece = asr_plain(seg, self.lang) if self.asr else seg.replace("\u00a0", " ")
                piece = piece.strip()
                if not piece:
                    continue
                if text:
                    text += " "
                start = len(text)
                text += piece
                n_tok = len(piece.split())
                if isinstance(seg, Val):
                    if seg.key not in spans:
                        spans[seg.key] = []
                        order.append(seg.key)
                    types.setdefault(seg.key, seg.etype)
                    assert types[seg.key] == seg.etype, seg.key
                    spans[seg.key].append((t_index, tokens, tokens + n_tok, start, len(text)))
                    digits[seg.key] = digits.get(seg.key, "") + seg.digits
                tokens += n_tok
            assert text, (self.template, t_index)
            turns_out.append({"role": role, "text": text})
        entities = []
        for key in order:
            pieces = spans[key]
            entities.append({
                "type": types[key],
                "pieces": [[t, s, e] for t, s, e, _, _ in pieces],
                "chars": [[t, a, b] for t, _, _, a, b in pieces],
                "text": [turns_out[t]["text"][a:b] for t, _, _, a, b in pieces],
            })
        rec = {"id": ident, "lang": self.lang, "style": self.style, "split": split,
               "template": self.template, "tags": sorted(self.tags | {f"setting_{self.setting}"}),
               "turns": turns_out, "entities": entities}
        self._check(rec, digits, order)
        return rec

    def _check(self, rec: dict, digits: dict[str, str], order: list[str]) -> None:
        where = f"{rec['id']} ({rec['template']})"
        used: set[tuple[int, int]] = set()
        for ent in rec["entities"]:
            for (t, s, e), (t2, a, b), txt in zip(ent["pieces"], ent["chars"], ent["text"],
                                                  strict=True):
                turn = rec["turns"][t]["text"]
                assert t == t2 and turn[a:b] == txt, where
                assert " ".join(turn.split()[s:e]) == txt, where
                assert txt[0].isalnum() or txt[0] == "+", (where, txt)
                assert txt[-1].isalnum(), (where, txt)
                cells = {(t, i) for i in range(s, e)}
                assert not cells & used, (where, "shared token")
                used |= cells
        if self.asr:
            for turn in rec["turns"]:
                assert ASR_RE.match(turn["text"]), (where, turn["text"])
        else:
            for key, ent in zip(order, rec["entities"], strict=True):
                said = "".join(ch for txt in ent["text"] for ch in txt if ch.isdigit())
                if ent["type"] == "CARD":
                    assert digits[key] == said, (where, said)
                elif ent["type"] == "CVV":
                    assert re.fullmatch(r"\d{3,4}", ent["text"][0]), where
                elif ent["type"] == "EXPIRY":
                    assert EXPIRY_RE.fullmatch(ent["text"][0]), (where, ent["text"])
        for key, (card, times) in self.card_checks.items():
            assert 13 <= len(card) <= 19 and luhn_ok(card), (where, card)
            assert digits[key] == card * times, (where, key, digits[key], card)
        if "decoy" in self.tags:
            assert not rec["entities"], where
        else:
            assert rec["entities"], where
