"""Exchange builder for blind27: turns are made of labelled segments, so token and character
offsets are computed, never typed by hand, and every record is checked before it is written."""

from __future__ import annotations

import re

import blind27_lang as L

ASR_OK = re.compile(r"^[a-zа-яёіїєґąčęėįšųūž' ]+$")
_NOT_ASR = re.compile(r"[^a-zа-яёіїєґąčęėįšųūž' ]+")


def asr_plain(text: str) -> str:
    """Whisper-like plain text: lower case, punctuation gone, single spaces."""
    text = text.lower().replace("’", "'").replace("-", " ")
    return " ".join(_NOT_ASR.sub(" ", text).split())


class Exchange:
    """Collects turns; a value segment is (text, entity_key, digits) where digits is what the
    piece stands for (cards, checksummed ids) or ''."""

    def __init__(self, style: str) -> None:
        self.style = style
        self.turns: list[dict] = []
        self.entities: dict[str, dict] = {}
        self.tags: set[str] = set()

    def entity(self, key: str, kind: str, value: str = "") -> str:
        self.entities.setdefault(key, {"type": kind, "value": value, "segments": []})
        return key

    def turn(self, role: str, *parts) -> None:
        words: list[str] = []
        chars = 0
        text_parts: list[str] = []
        pending: list[tuple[str, int, int, int, int, str, str]] = []
        for part in parts:
            if isinstance(part, str):
                seg_text, key, digits = part, None, ""
                if self.style == "asr":
                    seg_text = asr_plain(seg_text)
            else:
                seg_text, key, digits = part
                if self.style == "asr":
                    seg_text = seg_text.lower()
            seg_text = " ".join(seg_text.split())
            if not seg_text:
                continue
            start_char = chars + (1 if text_parts else 0)
            start_tok = len(words)
            text_parts.append(seg_text)
            words.extend(seg_text.split())
            chars = start_char + len(seg_text)
            if key is not None:
                pending.append((key, start_tok, len(words), start_char, chars, seg_text, digits))
        index = len(self.turns)
        self.turns.append({"role": role, "text": " ".join(text_parts)})
        for key, s_tok, e_tok, s_ch, e_ch, seg_text, digits in pending:
            self.entities[key]["segments"].append(
                {"piece": [index, s_tok, e_tok], "char": [index, s_ch, e_ch],
                 "text": seg_text, "digits": digits})

    def record(self, ident: str, lang: str, template: str) -> dict:
        entities = []
        for key, ent in self.entities.items():
            if not ent["segments"]:
                raise AssertionError(f"{ident}: entity {key} has no segment")
            entities.append({"type": ent["type"],
                             "pieces": [s["piece"] for s in ent["segments"]],
                             "chars": [s["char"] for s in ent["segments"]],
                             "text": [s["text"] for s in ent["segments"]]})
        item = {"id": ident, "lang": lang, "style": self.style, "split": "blind27",
                "template": template, "tags": sorted(self.tags), "turns": self.turns,
                "entities": entities}
        check(item, self.entities)
        return item


def _alnum(ch: str) -> bool:
    return ch.isalnum()


def words_to_digits(text: str) -> str:
    """Re-read digit-by-digit words (any language) or digits back into a digit string."""
    out = []
    for tok in text.split():
        if tok in L.DIGIT_WORDS:
            out.append(L.DIGIT_WORDS[tok])
        else:
            out.append("".join(ch for ch in tok if ch.isdigit()))
    return "".join(out)


def check(item: dict, raw: dict) -> None:
    """Every structural and checksum rule of the set; any failure stops the run."""
    ident = item["id"]
    if not 4 <= len(item["turns"]) <= 14:
        raise AssertionError(f"{ident}: {len(item['turns'])} turns")
    if item["style"] == "asr":
        for turn in item["turns"]:
            assert ASR_OK.match(turn["text"]), (ident, turn["text"])
    used: set[tuple[int, int]] = set()
    for ent in item["entities"]:
        for (t, s, e), (ct, cs, ce), text in zip(ent["pieces"], ent["chars"], ent["text"],
                                                  strict=True):
            assert t == ct and e > s, ident
            turn_text = item["turns"][t]["text"]
            assert turn_text[cs:ce] == text, (ident, text)
            assert " ".join(turn_text.split()[s:e]) == text, (ident, text)
            assert _alnum(text[0]) and _alnum(text[-1]), (ident, text)
            for i in range(s, e):
                assert (t, i) not in used, (ident, "token in two entities", text)
                used.add((t, i))
    decoy = "decoy" in item["tags"]
    assert decoy == (not item["entities"]), ident
    for ent in raw.values():
        value, kind = ent["value"], ent["type"]
        joined_text = " ".join(s["text"] for s in ent["segments"])
        if kind == "CARD":
            assert 13 <= len(value) <= 19 and L.luhn_ok(value), (ident, value)
            assert "".join(s["digits"] for s in ent["segments"]) == value, (ident, value)
            if item["style"] == "written":
                assert words_to_digits(joined_text) == value, (ident, value)
        elif kind in ("INN", "SNILS", "RNOKPP", "ASMENS", "IBAN"):
            digits = words_to_digits(joined_text)
            checker = {"INN": L.inn_ok, "SNILS": L.snils_ok, "RNOKPP": L.rnokpp_ok,
                       "ASMENS": L.asmens_ok}.get(kind)
            if kind == "IBAN":
                country = "".join(ch for ch in joined_text.split()[0] if ch.isalpha()).upper()
                assert L.iban_ok(country + digits) and country + digits == value, (ident, value)
            else:
                assert checker(digits) and digits == value, (ident, kind, value)


def finish_kinds(item: dict) -> dict:
    """Checksum kinds are checked under their own names, then labelled with the issue's types."""
    public = {"INN": "NATIONAL_ID", "SNILS": "NATIONAL_ID", "RNOKPP": "NATIONAL_ID",
              "ASMENS": "NATIONAL_ID", "IBAN": "ACCOUNT"}
    for ent in item["entities"]:
        ent["type"] = public.get(ent["type"], ent["type"])
    return item
