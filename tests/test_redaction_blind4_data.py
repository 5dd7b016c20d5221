"""Integrity of the fourth blind redaction set: every label points where it claims to.

Only the data is checked; the detector is never run here (the set is scored once, by
benchmarks/bench_redaction.py, see benchmarks/data/redaction_blind4.README.md).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "redaction_blind4.jsonl"
TYPES = {
    "CARD",
    "CVV",
    "EXPIRY",
    "PHONE",
    "EMAIL",
    "PASSPORT",
    "NATIONAL_ID",
    "DOB",
    "ACCOUNT",
    "ADDRESS",
    "PERSON",
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    with DATA.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def test_size_ids_and_shares(records):
    assert len(records) >= 500
    assert len({record["id"] for record in records}) == len(records)
    assert {record["lang"] for record in records} == {"ru", "uk", "en", "lt"}
    assert {record["style"] for record in records} == {"written", "asr"}
    assert all(record["split"] == "blind4" for record in records)
    assert sum(len(record["entities"]) for record in records) >= 600


def test_pieces_and_chars_match_the_text(records):
    for record in records:
        turns = record["turns"]
        assert all(turn["role"] in ("agent", "customer") for turn in turns), record["id"]
        for entity in record["entities"]:
            assert entity["type"] in TYPES, record["id"]
            pieces, chars, texts = entity["pieces"], entity["chars"], entity["text"]
            assert pieces and len(pieces) == len(chars) == len(texts), record["id"]
            for (turn, start, end), (char_turn, cstart, cend), text in zip(
                pieces, chars, texts, strict=True
            ):
                assert turn == char_turn and 0 <= turn < len(turns), record["id"]
                line = turns[turn]["text"]
                tokens = line.split()
                assert 0 <= start < end <= len(tokens), record["id"]
                assert line[cstart:cend] == text, record["id"]
                # the character span covers exactly the tokens of the piece, bar trailing
                # punctuation on the last token
                assert len(line[:cstart].split()) == start, record["id"]
                assert len(line[:cend].split()) == end, record["id"]
                assert cstart == 0 or line[cstart - 1].isspace(), record["id"]
                assert " ".join(tokens[start:end]).startswith(text), record["id"]


def test_no_overlapping_labels(records):
    for record in records:
        cells = [
            (turn, index)
            for entity in record["entities"]
            for turn, start, end in entity["pieces"]
            for index in range(start, end)
        ]
        assert len(cells) == len(set(cells)), record["id"]


def test_asr_style_has_no_digits_and_no_capitals(records):
    for record in records:
        if record["style"] != "asr":
            continue
        for turn in record["turns"]:
            assert not re.search(r"\d", turn["text"]), record["id"]
            assert turn["text"] == turn["text"].lower(), record["id"]


def test_every_type_is_represented(records):
    counts = {kind: 0 for kind in TYPES}
    for record in records:
        for entity in record["entities"]:
            counts[entity["type"]] += 1
    assert counts["CARD"] >= 100
    assert all(count >= 35 for count in counts.values()), counts
