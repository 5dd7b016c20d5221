"""Reproducible scores: a checklist's content hash, one rule set per id@version in a store,
the models and speechqa version in every scorecard, and checklist fields that fit the
database columns (refused by validation, not by an INSERT at 3 a.m.)."""

from __future__ import annotations

import pytest
from _db import db_fixture, make_scorecard, make_transcript  # noqa: F401  (db_url)
from checklist_helpers import make_transcript as make_call
from sqlalchemy import select

from speechqa import __version__
from speechqa.batch import rescore, run_batch
from speechqa.checklist import COLUMN_LIMITS, ChecklistError, load_checklist, parse_checklist
from speechqa.pipeline import PipelineConfig
from speechqa.scoring import score_transcript
from speechqa.store import (
    ChecklistConflictError,
    ChecklistVersion,
    FlagRow,
    ItemResultRow,
    Run,
    ScorecardRow,
    open_store,
)

MINIMAL = """\
id: mini
version: "1"
title: Mini
items:
  - id: thanks
    title: Thanks
    rule: {kind: phrases, phrases: [спасибо]}
"""


def test_the_hash_is_of_the_rules_not_of_comments_or_layout():
    reordered = (
        "# the same rules, written differently\n"
        "title: Mini\nversion: '1'\nid: mini\n"
        "items:\n  - rule:\n      phrases: [спасибо]\n      kind: phrases\n"
        "    title: Thanks\n    id: thanks\n    weight: 1.0\n"
    )
    changed = MINIMAL.replace("спасибо", "благодарю")
    first = parse_checklist(MINIMAL)
    assert len(first.content_hash) == 64
    assert parse_checklist(reordered).content_hash == first.content_hash
    assert parse_checklist(changed).content_hash != first.content_hash


def test_the_stored_body_reloads_as_exactly_that_rule_set():
    default = load_checklist()
    again = parse_checklist(default.body, source="stored")
    assert again.content_hash == default.content_hash
    assert again.model_dump() == default.model_dump()


def test_a_scorecard_names_its_checklist_hash_models_and_speechqa_version():
    checklist = parse_checklist(MINIMAL)
    call = make_call([("agent", 0.0, 2.0, "спасибо за звонок")])
    scorecard = score_transcript(call, checklist, semantic=False)
    assert scorecard.checklist_hash == checklist.content_hash
    assert scorecard.speechqa_version == __version__
    roundtrip = type(scorecard).model_validate_json(scorecard.model_dump_json())
    assert roundtrip.checklist_hash == checklist.content_hash


def test_the_embedded_asr_model_is_named_with_its_weights_hash():
    from speechqa.transcribe import EMBEDDED_SHA256, Transcriber

    assert Transcriber().info.sha256 == EMBEDDED_SHA256


def test_one_id_at_version_never_names_two_rule_sets(db_url):
    first = parse_checklist(MINIMAL)
    other = parse_checklist(MINIMAL.replace("спасибо", "благодарю"))
    with open_store(db_url) as store:
        store.register_checklist(first)
        store.register_checklist(first)  # the same rules again: fine
        with pytest.raises(ChecklistConflictError) as caught:
            store.register_checklist(other)
        message = str(caught.value)
        assert "mini@1 is already in the store with other rules" in message
        assert first.content_hash[:12] in message and "bump the version" in message
        with store.sessions() as session:
            rows = session.scalars(select(ChecklistVersion)).all()
        assert [(r.checklist_id, r.version, r.content_hash) for r in rows] == [
            ("mini", "1", first.content_hash)
        ]
        assert store.stored_checklist("mini", "1").content_hash == first.content_hash


def test_batch_and_rescore_refuse_a_changed_checklist_before_any_work(db_url, tmp_path):
    first = parse_checklist(MINIMAL)
    other = parse_checklist(MINIMAL.replace("спасибо", "благодарю"))
    (tmp_path / "calls").mkdir()
    with open_store(db_url) as store:
        store.register_checklist(first)
        with pytest.raises(ChecklistConflictError):
            run_batch(tmp_path / "calls", store, config=PipelineConfig(threads=1),
                      checklist=other, workers=1)
        with pytest.raises(ChecklistConflictError):
            rescore(store, config=PipelineConfig(threads=1), checklist=other)
        with store.sessions() as session:
            assert session.scalars(select(Run)).all() == []
        summary = run_batch(tmp_path / "calls", store, config=PipelineConfig(threads=1),
                            checklist=first, workers=1)
        assert store.run(summary.run_id).checklist_hash == first.content_hash


def test_the_scorecard_row_keeps_hash_version_and_models(db_url):
    from speechqa.schema import ModelInfo
    from speechqa.store import CallInfo

    scorecard = make_scorecard().model_copy(update={
        "checklist_hash": "ab" * 32, "speechqa_version": __version__,
        "models": {"asr": ModelInfo(name="whisper-base", version="1", sha256="cd" * 32)},
    })
    with open_store(db_url) as store:
        assert store.save_call(CallInfo("c", "/c.wav"), make_transcript("e" * 64), scorecard)
        with store.sessions() as session:
            row = session.scalars(select(ScorecardRow)).one()
        assert row.checklist_hash == "ab" * 32 and row.speechqa_version == __version__
        assert row.models["asr"]["sha256"] == "cd" * 32


def test_column_limits_are_the_database_columns():
    assert {
        "id": ScorecardRow.__table__.c.checklist_id.type.length,
        "version": ScorecardRow.__table__.c.checklist_version.type.length,
        "items.id": ItemResultRow.__table__.c.item_id.type.length,
        "items.section": ItemResultRow.__table__.c.section.type.length,
        "flags.code": FlagRow.__table__.c.code.type.length,
    } == COLUMN_LIMITS


@pytest.mark.parametrize(
    ("old", "new", "where", "limit"),
    [
        ("id: mini", "id: m" + "i" * 128, "id", 128),
        ('version: "1"', 'version: "1.' + "0" * 64 + '"', "version", 64),
        ("  - id: thanks", "  - id: t" + "h" * 128, "items[0].id", 128),
        ("    title: Thanks", "    title: Thanks\n    section: " + "s" * 256,
         "items[0].section", 255),
    ],
)
def test_fields_longer_than_their_column_are_refused_with_the_limit(old, new, where, limit):
    with pytest.raises(ChecklistError) as caught:
        parse_checklist(MINIMAL.replace(old, new), source="long.yaml")
    message = str(caught.value)
    assert where in message and f"at most {limit}" in message and "long.yaml" in message


def test_a_flag_code_longer_than_64_is_refused():
    text = MINIMAL + (
        "flags:\n  - code: c" + "o" * 64 + "\n    title: Long\n    triggers:\n"
        "      - rule: {kind: phrases, phrases: [жалоба]}\n"
    )
    with pytest.raises(ChecklistError) as caught:
        parse_checklist(text)
    assert "flags[0].code" in str(caught.value) and "at most 64" in str(caught.value)
