"""Integrity of the third blind redaction set: the labels point where they claim to.

Only the data is checked here; the detector is never run on this set (it is scored once,
by benchmarks/bench_redaction.py, see benchmarks/data/redaction_blind3.README.md).
"""

import json
import re
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "redaction_blind3.jsonl"
TYPES = {"CARD", "CVV", "EXPIRY", "PHONE", "EMAIL", "PASSPORT", "NATIONAL_ID", "DOB", "ACCOUNT",
         "ADDRESS", "PERSON"}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    with DATA.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def test_set_size_and_unique_ids(records):
    assert len(records) >= 500
    assert len({record["id"] for record in records}) == len(records)
    assert sum(len(record["entities"]) for record in records) >= 550
    assert {record["lang"] for record in records} == {"ru", "uk", "en", "lt"}
    assert {record["style"] for record in records} == {"written", "asr"}


def test_every_piece_matches_its_tokens_and_characters(records):
    for record in records:
        assert record["split"] == "blind3"
        assert all(turn["role"] in ("agent", "customer") for turn in record["turns"])
        for entity in record["entities"]:
            assert entity["type"] in TYPES, record["id"]
            assert len(entity["pieces"]) == len(entity["chars"]) == len(entity["text"]) > 0
            for (turn, start, end), (char_turn, first, last), value in zip(
                    entity["pieces"], entity["chars"], entity["text"], strict=True):
                text = record["turns"][turn]["text"]
                spans = [m.span() for m in re.finditer(r"\S+", text)]
                assert char_turn == turn, record["id"]
                assert 0 <= start < end <= len(spans), record["id"]
                assert text[first:last] == value, record["id"]
                # the characters begin in the first labelled token and end in the last one
                assert spans[start][0] <= first < spans[start][1], record["id"]
                assert spans[end - 1][0] < last <= spans[end - 1][1], record["id"]


def test_asr_style_has_no_digits(records):
    for record in records:
        if record["style"] == "asr":
            assert not any(ch.isdigit() for turn in record["turns"] for ch in turn["text"]), \
                record["id"]
