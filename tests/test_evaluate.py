"""The accuracy harness: transcript loading, corpora, figures, cross-validation, CLI."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import SHARED
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
def harper_dir():
    path = SHARED / "data" / "real" / "harper_valley"
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


def test_full_schema_round_trips(fixture_corpus, tmp_path):
    gold = load_dev_corpus(fixture_corpus)[0].gold
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


def test_simulated_asr_is_lowercase_unpunctuated_and_deterministic(fixture_corpus):
    gold = load_dev_corpus(fixture_corpus)[0].gold
    noisy = simulate_asr(gold)
    assert noisy == simulate_asr(gold)
    text = " ".join(turn.text for turn in noisy.turns)
    assert text == text.lower() and not any(ch in text for ch in ",.?!«»")
    assert text != " ".join(turn.text.lower() for turn in gold.turns)


def test_audio_modes_transcribe_once_and_cache(fixture_corpus, tmp_path):
    calls = [call for call in load_dev_corpus(fixture_corpus) if "stereo" in call.audio][:2]
    seen = []

    def fake(path, call_id, language):
        seen.append((path.name, language))
        return calls[[c.call_id for c in calls].index(call_id)].gold

    first = transcripts_for(calls, "stereo", cache_dir=tmp_path, transcribe=fake)
    again = transcripts_for(calls, "stereo", cache_dir=tmp_path, transcribe=fake)
    assert seen == [("fx_01.flac", "ru"), ("fx_06.flac", "en")]
    assert first == again == [c.gold for c in calls]
    with pytest.raises(ValueError, match="unknown mode"):
        transcripts_for(calls, "video")
    without_audio = [call for call in load_dev_corpus(fixture_corpus) if not call.audio]
    with pytest.raises(ValueError, match="no mono audio"):
        transcripts_for(without_audio, "mono")


def test_harper_valley_has_gold_and_asr_text(harper_dir):
    name, calls = load_corpus(harper_dir)
    assert name == "harper-valley" and len(calls) == 40
    assert all(call.asr is not None for call in calls)
    assert any(c.asr.turns[0].text != c.gold.turns[0].text for c in calls if c.asr)


def test_report_covers_items_review_sentiment_latency_and_errors(any_corpus):
    calls = load_dev_corpus(any_corpus)
    report = evaluate(calls, load_checklist(), "gold", corpus="dev")
    assert report["calls"] == len(calls) and set(report["items"]) >= {"greeting", "thanks"}
    assert report["unlabelled_items"] == []
    for figures in report["items"].values():
        assert {"present", "absent", "accuracy", "confusion"} <= set(figures)
    assert report["overall"]["micro_f1_present"] >= 0.97
    assert report["review"]["needs_review"]["present"]["recall"] >= 0.9
    assert report["sentiment"]["fallback"] is True
    assert report["latency"]["median_ms"] > 0
    assert isinstance(report["errors"], list)


def test_report_breaks_items_and_sentiment_down_by_language(any_corpus):
    calls = load_dev_corpus(any_corpus)
    report = evaluate(calls, load_checklist(), "gold", corpus="dev")
    by_language = report["by_language"]
    assert set(by_language) == {call.language for call in calls}
    assert sum(f["calls"] for f in by_language.values()) == len(calls)
    for language, figures in by_language.items():
        alone = evaluate([c for c in calls if c.language == language], load_checklist(), "gold")
        assert figures["item_accuracy"] == alone["overall"]["accuracy"]
        assert figures["mean_item_macro_f1"] == alone["overall"]["mean_item_macro_f1"]
        assert alone["by_language"] is None  # one language: nothing to break down


def test_cross_validation_picks_thresholds_on_other_groups(any_corpus):
    calls = load_dev_corpus(any_corpus)
    checklist = load_checklist()
    variants = threshold_variants(checklist)
    assert len(variants) == 18 and next(iter(variants)) == "fuzzy=on,gap+0,length x1"
    few = dict(list(variants.items())[:2])
    result = cross_validate(calls, [c.gold for c in calls], few, "language")
    assert [fold["language"] for fold in result["folds"]] == ["en", "ru", "uk"]
    assert sum(fold["calls"] for fold in result["folds"]) == len(calls)
    assert all(fold["chosen"] in few for fold in result["folds"])
    assert result["held_out"]["overall"]["item_decisions"] == len(calls) * 7


CUSTOM_CHECKLIST = """id: custom
version: "1"
title: Custom
items:
  - id: greeting
    title: Greets
    scope: {speaker: agent}
    rule: {kind: phrases, phrases: {ru: [добрый день, здравствуйте], uk: [добрий день],
                                    en: [hello, good afternoon]}}
  - id: mentions_money
    title: Mentions an amount of money
    scope: {speaker: agent}
    rule: {kind: phrases, phrases: {ru: [рубль], uk: [гривня], en: [dollar]}}
  - id: offers_callback
    title: Offers a callback
    scope: {speaker: agent}
    rule: {kind: phrases, phrases: {ru: [перезвонить], uk: [передзвонити], en: [call back]}}
"""


def test_eval_scores_the_items_of_the_checklist_it_is_given(fixture_corpus, tmp_path):
    # A corpus that labels an item the default checklist does not have.
    corpus = tmp_path / "corpus"
    shutil.copytree(fixture_corpus, corpus)
    records = json.loads((corpus / "calls.json").read_text("utf-8"))
    money = {"fx_01": True, "fx_03": True, "fx_04": True, "fx_05": True}
    for record in records:
        record["labels"]["mentions_money"] = money.get(record["id"], False)
    (corpus / "calls.json").write_text(json.dumps(records, ensure_ascii=False), "utf-8")
    checklist = tmp_path / "custom.yaml"
    checklist.write_text(CUSTOM_CHECKLIST, "utf-8")
    out = tmp_path / "eval.json"
    result = CliRunner().invoke(app, ["eval", str(corpus), "--checklist", str(checklist),
                                      "--out", str(out), "--no-semantic"])
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text("utf-8"))
    assert list(report["items"]) == ["greeting", "mentions_money"]
    assert report["items"]["mentions_money"]["confusion"] == {"tp": 4, "fp": 0, "fn": 0, "tn": 2}
    assert report["unlabelled_items"] == ["offers_callback"]
    assert "offers_callback" in result.output


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
