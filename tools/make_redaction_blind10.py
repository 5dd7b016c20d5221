"""Generate benchmarks/data/redaction_blind10.jsonl, a blind labelled redaction set (issue 12).

    python tools/make_redaction_blind10.py [--out PATH] [--seed 1012]

Written without seeing the detector: the dialogues, number readings and check digits are
made here from scratch, and every record is validated before it is written so that a miss
in scoring means a detector miss, not a labelling slip.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind10_decoys import DECOY_TEMPLATES
from blind10_numbers import (
    asmens_kodas_ok,
    iban_ok,
    inn_ok,
    luhn_ok,
    rnokpp_ok,
    snils_ok,
    spoken_to_digits,
    ssn_ok,
)
from blind10_render import Dialog
from blind10_templates import ENTITY_TEMPLATES

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "data" / "redaction_blind10.jsonl"
PER_LANG = {"ru": 200, "uk": 100, "en": 100, "lt": 100}
DECOY_SHARE = 0.44
# Every entity template once per language x style cell (so every type is in every cell),
# then a cycle where card templates come six times, so that cards reach 150+.
CARD_REPEAT = 6
ASR_OK = re.compile(r"^[^\WA-Z\d_]+(?:['’-][^\W\d_]+)*$")


def make_item(lang: str, style: str, index: int, name: str, rng: random.Random) -> dict:
    pool = DECOY_TEMPLATES if name in DECOY_TEMPLATES else ENTITY_TEMPLATES
    dialog = Dialog(lang, style, rng)
    pool[name](dialog)
    turns, entities = dialog.build()
    item = {
        "id": f"b10-{lang}-{style[0] if style == 'asr' else 'w'}-{index:04d}",
        "lang": lang,
        "style": style,
        "split": "blind10",
        "template": f"{lang}_{name}",
        "tags": sorted(dialog.tags) or ["decoy", "no_entity"],
        "turns": turns,
        "entities": entities,
    }
    validate(item, dialog.values)
    return item


def checksum_ok(kind: str, value: str) -> bool:
    if kind == "CARD":
        return 13 <= len(value) <= 19 and luhn_ok(value)
    if kind == "ACCOUNT" and value[:2].isalpha():
        return iban_ok(value)
    if kind == "NATIONAL_ID":
        label, raw = value.split(":")
        return {
            "ИНН": inn_ok,
            "СНИЛС": snils_ok,
            "РНОКПП": rnokpp_ok,
            "asmens kodas": asmens_kodas_ok,
            "SSN": ssn_ok,
            "NI": lambda v: re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", v) is not None,
        }[label](raw)
    return True


def validate(item: dict, values: list[tuple[str | None, str | None]]) -> None:
    """Fail loudly on any labelling slip: offsets, words, style, overlaps, checksums."""
    words = [turn["text"].split() for turn in item["turns"]]
    assert item["turns"] and all(turn["role"] in ("agent", "customer") for turn in item["turns"])
    if item["style"] == "asr":
        for turn in item["turns"]:
            for word in turn["text"].split():
                assert ASR_OK.match(word) and word == word.lower(), (item["id"], word)
    used: set[tuple[int, int]] = set()
    for entity, (value, spoken) in zip(item["entities"], values, strict=True):
        assert len(entity["pieces"]) == len(entity["chars"]) == len(entity["text"])
        for (turn, first, last), (c_turn, start, end), text in zip(
            entity["pieces"], entity["chars"], entity["text"], strict=False
        ):
            line = item["turns"][turn]["text"]
            assert turn == c_turn and line[start:end] == text and text == text.strip() and text
            assert start == 0 or line[start - 1] == " ", (item["id"], text)
            assert end == len(line) or line[end] in " ,.?!;:", (item["id"], text)
            assert " ".join(words[turn][first:last]).startswith(text), (item["id"], text)
            assert len(text.split()) == last - first
            for cell in range(first, last):
                assert (turn, cell) not in used, (item["id"], "word in two entities")
                used.add((turn, cell))
        if value is not None:
            assert checksum_ok(entity["type"], value), (item["id"], entity["type"], value)
        if spoken is not None and entity["type"] in ("CARD", "CVV"):
            if item["style"] == "asr":
                heard = "".join(
                    spoken_to_digits(text, item["lang"]) or "?" for text in entity["text"]
                )
            else:
                heard = re.sub(r"\D", "", "".join(entity["text"]))
            assert heard == spoken, (item["id"], entity["text"], spoken)


def cycle(names: list[str], count: int, rng: random.Random) -> list[str]:
    """Template names in shuffled rounds, each round using every name once."""
    out: list[str] = []
    while len(out) < count:
        round_ = list(names)
        rng.shuffle(round_)
        out += round_
    return out[:count]


def generate(seed: int) -> list[dict]:
    items: list[dict] = []
    for lang, total in PER_LANG.items():
        for style in ("written", "asr"):
            count = total // 2
            decoys = round(count * DECOY_SHARE)
            rng = random.Random(f"{seed}-{lang}-{style}")
            entity_names = sorted(ENTITY_TEMPLATES)
            weighted = [
                n for n in entity_names for _ in range(CARD_REPEAT if n.startswith("card") else 1)
            ]
            plan = (
                cycle(sorted(DECOY_TEMPLATES), decoys, rng)
                + entity_names
                + cycle(weighted, count - decoys - len(entity_names), rng)
            )
            rng.shuffle(plan)
            for name in plan:
                items.append(make_item(lang, style, len(items) + 1, name, rng))
    return items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=1012)
    args = parser.parse_args()
    items = generate(args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as handle:
        for item in items:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    per_type = Counter((e["type"], i["lang"], i["style"]) for i in items for e in i["entities"])
    print(
        f"{len(items)} records, {sum(not i['entities'] for i in items)} without entities, "
        f"{sum(per_type.values())} entities -> {args.out}"
    )


if __name__ == "__main__":
    main()
