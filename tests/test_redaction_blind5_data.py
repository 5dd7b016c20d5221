"""Integrity of the fifth blind redaction set: labels must line up with the text.

Only the data is checked here; the detector is never run on this set in tests, so it stays
blind until it is scored once.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "redaction_blind5.jsonl"
TYPES = {"CARD", "CVV", "EXPIRY", "PHONE", "EMAIL", "PASSPORT", "NATIONAL_ID", "DOB",
         "ACCOUNT", "ADDRESS", "PERSON"}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]


def _luhn_ok(number: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(number)):
        digit = int(char) * (2 if index % 2 else 1)
        total += digit - 9 if digit > 9 else digit
    return total % 10 == 0


def test_size_ids_and_fields(records):
    assert len(records) >= 450
    ids = [record["id"] for record in records]
    assert len(ids) == len(set(ids))
    for record in records:
        assert record["lang"] in {"ru", "uk", "en", "lt"}
        assert record["style"] in {"written", "asr"}
        assert record["split"] == "blind5"
        assert all(turn["role"] in {"agent", "customer"} for turn in record["turns"])
    assert sum(len(record["entities"]) for record in records) >= 550


def test_spans_match_tokens_and_characters(records):
    for record in records:
        cells: set[tuple[int, int]] = set()
        for entity in record["entities"]:
            assert entity["type"] in TYPES, record["id"]
            assert len(entity["pieces"]) == len(entity["chars"]) == len(entity["text"])
            for (turn, start, end), (cturn, cstart, cend), text in zip(
                    entity["pieces"], entity["chars"], entity["text"], strict=True):
                assert turn == cturn and 0 <= turn < len(record["turns"]), record["id"]
                line = record["turns"][turn]["text"]
                tokens = line.split()
                assert 0 <= start < end <= len(tokens), record["id"]
                assert line[cstart:cend] == text, record["id"]
                assert len(line[:cstart].split()) == start, record["id"]
                assert len(text.split()) == end - start, record["id"]
                assert tokens[start].startswith(text.split()[0]), record["id"]
                for index in range(start, end):
                    assert (turn, index) not in cells, f"{record['id']}: overlapping entities"
                    cells.add((turn, index))


def test_asr_style_has_no_digits_and_no_capitals(records):
    for record in records:
        if record["style"] == "asr":
            for turn in record["turns"]:
                assert not re.search(r"\d", turn["text"]), record["id"]
                assert turn["text"] == turn["text"].lower(), record["id"]


def test_written_full_card_numbers_pass_luhn(records):
    checked = 0
    for record in records:
        for entity in record["entities"]:
            whole = len(entity["pieces"]) == 1
            if entity["type"] == "CARD" and record["style"] == "written" and whole:
                digits = re.sub(r"\D", "", entity["text"][0])
                if 13 <= len(digits) <= 19:
                    assert _luhn_ok(digits), record["id"]
                    checked += 1
    assert checked >= 30


def test_mix_of_languages_styles_and_types(records):
    languages = Counter(record["lang"] for record in records)
    assert 0.35 <= languages["ru"] / len(records) <= 0.45
    styles = Counter(record["style"] for record in records)
    assert abs(styles["written"] - styles["asr"]) <= 0.05 * len(records)
    types = Counter(entity["type"] for record in records for entity in record["entities"])
    assert types["CARD"] >= 100
    assert all(types[kind] >= 30 for kind in TYPES - {"CARD"})
    quiet = sum(1 for record in records if not record["entities"] or "decoy" in record["tags"])
    assert quiet >= 0.35 * len(records)
