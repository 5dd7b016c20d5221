"""Regex rules compile as written, stop on a time limit, and rule failures are item errors."""

from __future__ import annotations

import time

import pytest
from checklist_helpers import make_transcript
from typer.testing import CliRunner

from speechqa import rules
from speechqa.checklist import ChecklistError, parse_checklist
from speechqa.cli import app
from speechqa.errors import ModelError
from speechqa.scoring import score_transcript

HEADER = 'id: t\nversion: "1"\ntitle: T\n'


def checklist_with(rule: str, *, critical: bool = False):
    return parse_checklist(
        HEADER + "items:\n  - id: x\n    title: X\n    weight: 10\n"
        f"    critical: {'true' if critical else 'false'}\n"
        f"    scope: {{speaker: agent}}\n    rule: {rule}\n"
        "  - id: y\n    title: Y\n    weight: 10\n    scope: {speaker: agent}\n"
        "    rule: {kind: phrases, phrases: ['добрый день']}\n"
    )


def decided(rule: str, text: str) -> str:
    card = score_transcript(make_transcript([("agent", 1, 3, text)]), checklist_with(rule))
    return card.item("x").status


def test_pattern_is_compiled_as_written_with_ignorecase():
    # \W is a non-word character; lower-casing the pattern made it \w (a word character).
    rule = "{kind: regex, patterns: ['^\\W*итак\\b']}"
    assert decided(rule, "— Итак, всё готово.") == "passed"
    assert decided(rule, "Ноитак всё готово.") == "failed"
    # \Z (end of text) was lower-cased into \z, which Python's re rejects.
    assert decided("{kind: regex, patterns: ['готово\\W*\\Z']}", "ВСЁ ГОТОВО!") == "passed"
    # ё in the pattern matches ё or е in the sentence, as every other rule does.
    assert decided("{kind: regex, patterns: ['всё']}", "Все готово.") == "passed"


def test_validate_compiles_what_the_engine_compiles(tmp_path):
    good = tmp_path / "good.yaml"
    good.write_text(
        HEADER + "items:\n  - id: x\n    title: X\n    rule: {kind: regex, patterns: ['\\W\\Z']}\n",
        "utf-8",
    )
    result = CliRunner().invoke(app, ["checklist", "validate", str(good)])
    assert result.exit_code == 0, result.output
    with pytest.raises(ChecklistError, match="invalid regular expression"):
        checklist_with("{kind: regex, patterns: ['(unclosed']}")


def test_catastrophic_pattern_is_stopped_and_reported_as_the_items_error(monkeypatch):
    monkeypatch.setattr(rules, "REGEX_TIMEOUT_S", 0.2)
    checklist = checklist_with("{kind: regex, patterns: ['(a|aa)+$']}", critical=True)
    transcript = make_transcript(
        [("agent", 1, 3, "Добрый день. " + "a" * 80 + "b"), ("customer", 3, 4, "Да.")]
    )
    started = time.perf_counter()
    card = score_transcript(transcript, checklist)
    assert time.perf_counter() - started < 5
    broken = card.item("x")
    assert broken.status == "error" and broken.earned == 0
    assert "time limit" in broken.reason or "limit" in broken.reason
    assert card.item("y").status == "passed"
    # Left out of the score (not a miss, so no auto-fail), and the call goes to review.
    assert not card.auto_failed and card.max_score == 10 and card.percent == 100
    flag = next(f for f in card.flags if f.code == "rule_error")
    assert flag.severity == "critical" and card.needs_review


class _BrokenEncoder:
    def __call__(self):
        raise ModelError("sentence encoder 'nowhere' cannot be loaded: no such directory")


def test_semantic_rule_without_its_encoder_is_an_error_not_a_miss(monkeypatch):
    import speechqa.embeddings as embeddings

    def refuse(name=embeddings.DEFAULT_ENCODER):
        raise embeddings.EncoderUnavailableError(f"sentence encoder {name!r} cannot be loaded")

    monkeypatch.setattr(embeddings, "get_encoder", refuse)
    checklist = checklist_with("{kind: semantic, examples: ['Вас это устроит?']}")
    card = score_transcript(make_transcript([("agent", 1, 3, "Подходит вам это?")]), checklist)
    item = card.item("x")
    assert item.status == "error" and "cannot be loaded" in item.reason
    assert any(f.code == "semantic_unavailable" for f in card.flags) and card.needs_review


def test_encoder_load_failure_names_the_encoder():
    from speechqa.embeddings import EncoderUnavailableError, get_encoder

    with pytest.raises(EncoderUnavailableError, match="/no/such/encoder"):
        get_encoder("/no/such/encoder")
