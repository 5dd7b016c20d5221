"""The accuracy harness: transcript loading, corpora, figures, cross-validation, CLI."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from speechqa.checklist import load_checklist
from speechqa.cli import app
from speechqa.evaluate import (
    binary_report,
    cross_validate,
    evaluate,
    load_corpus,
    load_dev_corpus,
    simulate_asr,
    threshold_variants,
    transcripts_for,
)
from speechqa.formats import TranscriptFormatError, load_transcript_json, transcript_from_dict


@pytest.fixture(scope="module")
def harper_dir(corpus_dir):
    path = corpus_dir.parent.parent / "data" / "real" / "harper_valley"
    if not (path / "labels_dev.csv").exists():
        pytest.skip("Harper Valley data not found")
    return path


def test_minimal_transcript_form_is_accepted(tmp_path):
    path = tmp_path / "call.json"
    path.write_text(
        json.dumps(
            {
                "call_id": "c1",
                "language": "ru",
                "source": "crm",
                "turns": [
                    {
                        "speaker": "agent",
                        "start": 0.0,
                        "end": 2.5,
                        "text": "Добрый день",
                        "channel": 0,
                    },
                    {"speaker": "customer", "start": 3, "end": 4, "text": "Здравствуйте"},
                ],
            }
        ),
        "utf-8",
    )
    transcript = load_transcript_json(path)
    assert transcript.call_id == "c1" and transcript.language == "ru"
    assert [turn.role for turn in transcript.turns] == ["agent", "customer"]


def test_full_schema_round_trips(corpus_dir, tmp_path):
    gold = load_dev_corpus(corpus_dir)[0].gold
    path = tmp_path / "full.json"
    path.write_text(gold.model_dump_json(), "utf-8")
    assert load_transcript_json(path) == gold


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "invalid JSON"),
        ("[1, 2]", "must be a JSON object"),
        ('{"turns": []}', "call_id"),
        ('{"call_id": "x", "turns": "no"}', "needs 'turns'"),
        ('{"call_id": "x", "turns": [{"speaker": "agent", "start": 0, "end": 1}]}', "missing text"),
        (
            '{"call_id": "x", "turns": [{"speaker": "agent", "start": "soon", "end": 1, '
            '"text": ""}]}',
            r"turns\[0\] is invalid",
        ),
    ],
)
def test_bad_transcripts_raise_clear_errors(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, "utf-8")
    with pytest.raises(TranscriptFormatError, match=message):
        load_transcript_json(path)
    with pytest.raises(TranscriptFormatError, match="cannot read"):
        load_transcript_json(tmp_path / "missing.json")


def test_binary_report_counts_both_classes():
    report = binary_report(
        [(True, True), (True, False), (False, False), (False, True), (True, True)]
    )
    assert report["confusion"] == {"tp": 2, "fp": 1, "fn": 1, "tn": 1}
    assert report["present"]["precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert report["absent"]["recall"] == pytest.approx(0.5)
    assert report["accuracy"] == pytest.approx(0.6)


def test_simulated_asr_is_lowercase_unpunctuated_and_deterministic(corpus_dir):
    gold = load_dev_corpus(corpus_dir)[0].gold
    noisy = simulate_asr(gold)
    assert noisy == simulate_asr(gold)
    text = " ".join(turn.text for turn in noisy.turns)
    assert text == text.lower() and not any(ch in text for ch in ",.?!«»")
    assert text != " ".join(turn.text.lower() for turn in gold.turns)


def test_audio_modes_transcribe_once_and_cache(corpus_dir, tmp_path):
    calls = load_dev_corpus(corpus_dir)[:2]
    seen = []

    def fake(path, call_id, language):
        seen.append((path.name, language))
        return calls[[c.call_id for c in calls].index(call_id)].gold

    first = transcripts_for(calls, "stereo", cache_dir=tmp_path, transcribe=fake)
    again = transcripts_for(calls, "stereo", cache_dir=tmp_path, transcribe=fake)
    assert seen == [("dev_01.flac", "ru"), ("dev_02.flac", "ru")]
    assert first == again == [c.gold for c in calls]
    with pytest.raises(ValueError, match="unknown mode"):
        transcripts_for(calls, "video")


def test_harper_valley_has_gold_and_asr_text(harper_dir):
    name, calls = load_corpus(harper_dir)
    assert name == "harper-valley" and len(calls) == 40
    assert all(call.asr is not None for call in calls)
    assert any(c.asr.turns[0].text != c.gold.turns[0].text for c in calls if c.asr)


def test_report_covers_items_review_sentiment_latency_and_errors(corpus_dir):
    calls = load_dev_corpus(corpus_dir)
    report = evaluate(calls, load_checklist(), "gold", corpus="dev")
    assert report["calls"] == 24 and set(report["items"]) >= {"greeting", "thanks"}
    for figures in report["items"].values():
        assert {"present", "absent", "accuracy", "confusion"} <= set(figures)
    assert report["overall"]["micro_f1_present"] >= 0.97
    assert report["review"]["needs_review"]["present"]["recall"] >= 0.9
    assert report["sentiment"]["fallback"] is True
    assert report["latency"]["median_ms"] > 0
    assert isinstance(report["errors"], list)


def test_cross_validation_picks_thresholds_on_other_groups(corpus_dir):
    calls = load_dev_corpus(corpus_dir)
    checklist = load_checklist()
    variants = threshold_variants(checklist)
    assert len(variants) == 18 and next(iter(variants)) == "fuzzy=on,gap+0,length x1"
    few = dict(list(variants.items())[:2])
    result = cross_validate(calls, [c.gold for c in calls], few, "language")
    assert [fold["language"] for fold in result["folds"]] == ["en", "ru", "uk"]
    assert sum(fold["calls"] for fold in result["folds"]) == 24
    assert all(fold["chosen"] in few for fold in result["folds"])
    assert result["held_out"]["overall"]["item_decisions"] == 24 * 7


def test_cli_eval_writes_the_report(harper_dir, tmp_path):
    out = tmp_path / "eval.json"
    result = CliRunner().invoke(app, ["eval", str(harper_dir), "--mode", "asr", "--out", str(out)])
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text("utf-8"))
    assert report["mode"] == "asr" and report["corpus"] == "harper-valley"
    bad = CliRunner().invoke(app, ["eval", str(harper_dir), "--mode", "video"])
    assert bad.exit_code != 0


def test_transcript_from_dict_rejects_a_missing_call_id_in_the_minimal_form():
    with pytest.raises(TranscriptFormatError, match="call_id"):
        transcript_from_dict({"call_id": "", "turns": []})
