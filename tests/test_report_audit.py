"""Review samples (reproducible, stratified, recorded), ``speechqa verify`` (stored scores
re-derived from the stored checklist text) and the report package's migration."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from datetime import date
from pathlib import Path

from _db import TABLES_0001 as TABLES
from _db import db_fixture, make_transcript, populate_revision_0001  # noqa: F401  (registers db_url)
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from report_helpers import add_calls
from sqlalchemy import func, select, text, update
from test_report import known_calls
from typer.testing import CliRunner

from speechqa import search_index
from speechqa.checklist import DEFAULT_CHECKLIST, parse_checklist
from speechqa.cli import app
from speechqa.report import ReportParams, build_report
from speechqa.report.models import ReviewSample, ReviewSampleCall
from speechqa.report.sampling import draw_sample, record_sample, sample_scorecards
from speechqa.report.verify import scorecard_ids, verify
from speechqa.scoring import score_transcript
from speechqa.store import (
    Base,
    Call,
    CallInfo,
    ChecklistVersion,
    ScorecardRow,
    TranscriptRow,
    alembic_config,
    create_db_engine,
    open_store,
    schema_head,
)

SEPT_OCT = ReportParams(date(2026, 9, 1), date(2026, 10, 31))


# --- sampling -----------------------------------------------------------------------------


def test_the_same_seed_on_the_same_store_draws_the_same_sample(db_url):
    with open_store(db_url) as store:
        add_calls(store, known_calls())
        first = draw_sample(store, SEPT_OCT, 4, seed=11, flagged_share=0.5)
        again = draw_sample(store, SEPT_OCT, 4, seed=11, flagged_share=0.5)
        other = draw_sample(store, SEPT_OCT, 4, seed=12, flagged_share=0.5)
        assert [c.scorecard_id for c in first.calls] == [c.scorecard_id for c in again.calls]
        assert [c.scorecard_id for c in first.calls] != [c.scorecard_id for c in other.calls]
        per_agent = Counter(c.agent_id for c in first.calls)
        assert per_agent == {"A1": 4, "A2": 4, "=cmd|' /C calc'!A0": 4, None: 4}
        flagged = Counter(c.agent_id for c in first.calls if c.flagged)
        assert all(count == 2 for count in flagged.values())

        recorded = record_sample(store, first, SEPT_OCT, 4, 0.5, created_by="auditor")
        assert sample_scorecards(store, recorded.id) == [c.scorecard_id for c in first.calls]
        with store.sessions() as session:
            row = session.get(ReviewSample, recorded.id)
            assert (row.seed, row.call_count, row.created_by) == (11, 16, "auditor")
            assert row.params["per_agent"] == 4 and row.params["date_from"] == "2026-09-01"
            strata = Counter(session.scalars(select(ReviewSampleCall.stratum)))
            assert strata == {"flagged": 8, "unflagged": 8}


def test_a_stratum_that_runs_short_is_topped_up_from_the_other(db_url):
    with open_store(db_url) as store:
        add_calls(store, known_calls())
        drawn = draw_sample(store, SEPT_OCT, 6, seed=3, flagged_share=1.0)
        for agent in ("A1", "A2"):
            mine = [c for c in drawn.calls if c.agent_id == agent]
            assert len(mine) == 6  # fewer flagged calls than 6: the rest are unflagged


def test_sample_command_records_and_reports_the_seed(tmp_path):
    db = tmp_path / "s.db"
    with open_store(db) as store:
        add_calls(store, known_calls())
    result = CliRunner().invoke(app, [
        "sample", "--db", str(db), "--per-agent", "3", "--from", "2026-09-01",
        "--to", "2026-10-31", "--seed", "5", "--flagged-share", "0.5",
    ])
    assert result.exit_code == 0, result.output
    assert "12 calls of 4 agents, seed 5, recorded as sample 1" in result.output
    empty = CliRunner().invoke(app, [
        "sample", "--db", str(db), "--per-agent", "3", "--from", "2020-01-01",
        "--to", "2020-01-31"])
    assert empty.exit_code == 1 and "no scored calls" in empty.output


# --- verify -------------------------------------------------------------------------------


def scored_store(db_url: str, calls: int = 3):
    """Calls scored for real with the shipped checklist, its text kept in the store."""
    body = DEFAULT_CHECKLIST.read_text(encoding="utf-8")
    checklist = parse_checklist(body)
    store = open_store(db_url)
    store.register_checklist(checklist)  # what batch does: the text and its content hash
    for index in range(calls):
        sha = hashlib.sha256(f"v{index}".encode()).hexdigest()
        transcript = make_transcript(sha, call_id=f"v-{index}")
        scorecard = score_transcript(transcript, checklist, semantic=False)
        assert scorecard.checklist_hash == checklist.content_hash
        store.save_call(CallInfo(call_id=f"v-{index}", path=f"/v{index}.wav"), transcript,
                        scorecard)
    return store


def test_verify_reproduces_stored_scores_and_finds_a_changed_one(db_url):
    store = scored_store(db_url)
    with store:
        ids = scorecard_ids(store)
        assert [r.differences for r in verify(store, ids)] == [[], [], []]
        # Someone edits a stored score: verify must notice.
        with store.sessions.begin() as session:
            row = session.get(ScorecardRow, ids[1])
            body = row.model()
            item = body.items[0]
            flipped = "passed" if item.status == "failed" else "failed"
            body.items[0] = item.model_copy(update={
                "status": flipped, "earned": item.weight if flipped == "passed" else 0.0})
            row.body = body.model_dump_json()
        results = list(verify(store, ids))
        assert [r.ok for r in results] == [True, False, True]
        assert any(d.startswith(f"item {item.id}: stored {flipped}")
                   for d in results[1].differences)


def test_verify_refuses_a_checklist_text_that_changed_under_its_hash(db_url):
    store = scored_store(db_url, calls=1)
    with store:
        with store.sessions.begin() as session:
            # A comment would not matter (the hash covers the parsed rules); a rule does.
            session.execute(update(ChecklistVersion).values(body=func.replace(
                ChecklistVersion.body, "critical: true", "critical: false")))
        [result] = list(verify(store, scorecard_ids(store)))
        assert not result.ok and "does not match its recorded hash" in result.differences[0]


def test_verify_command_exit_codes(tmp_path):
    db = tmp_path / "v.db"
    scored_store(str(db), calls=2).close()
    runner = CliRunner()
    ok = runner.invoke(app, ["verify", "--db", str(db), "--call", "v-1"])
    assert ok.exit_code == 0, ok.output
    assert "1 scorecards checked, 1 reproduced, 0 differ" in ok.output
    with open_store(db) as store, store.sessions.begin() as session:
        row = session.scalars(select(ScorecardRow)).first()
        body = row.model()
        row.body = body.model_copy(update={"auto_failed": not body.auto_failed}
                                   ).model_dump_json()
    bad = runner.invoke(app, ["verify", "--db", str(db)])
    assert bad.exit_code == 1 and "auto_failed: stored" in bad.output
    missing = runner.invoke(app, ["verify", "--db", str(db), "--sample", "9"])
    assert missing.exit_code == 1 and "no review sample 9" in missing.output


def test_verify_without_the_checklist_text_says_it_cannot_reapply_it(db_url):
    store = scored_store(db_url, calls=1)
    with store:
        with store.sessions.begin() as session:
            session.execute(ChecklistVersion.__table__.delete())
        [result] = list(verify(store, scorecard_ids(store)))
        assert "has no text of checklist default@" in result.differences[0]


# --- migration ----------------------------------------------------------------------------


def test_an_old_store_upgrades_to_the_sample_tables_without_losing_a_row(db_url):
    before = populate_revision_0001(db_url)
    engine = create_db_engine(db_url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0004")  # the one before 0005
        metrics = {"metrics": {"talk_seconds": {"agent": 12.5, "customer": 7.0},
                               "silence_seconds": 3.25}}
        connection.execute(text("UPDATE scorecards SET body = :body WHERE id = 1"),
                           {"body": json.dumps(metrics)})
    engine.dispose()
    with open_store(db_url) as store, store.engine.connect() as connection:
        after = {table: connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
                 for table in TABLES}
        assert after == before
        filled = connection.execute(text(
            "SELECT id, agent_talk_s, customer_talk_s, silence_s FROM scorecards ORDER BY id"
        )).all()
        assert [tuple(row) for row in filled] == [(1, 12.5, 7.0, 3.25), (2, None, None, None)]
        assert connection.scalar(select(func.count()).select_from(ReviewSample)) == 0
        context = MigrationContext.configure(connection, opts={
            "compare_type": True, "include_object": search_index.include_object})
        assert compare_metadata(context, Base.metadata) == []
        assert context.get_current_revision() == schema_head()


def test_the_sample_tables_downgrade_cleanly(tmp_path):
    url = f"sqlite:///{tmp_path / 'd.db'}"
    open_store(url).close()
    engine = create_db_engine(url)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0004")
        assert "review_samples" not in {
            row[0] for row in connection.execute(
                text("SELECT name FROM sqlite_master WHERE type='table'"))}
    engine.dispose()


def test_verify_a_recorded_sample(tmp_path):
    db = tmp_path / "v.db"
    store = scored_store(str(db), calls=3)
    with store:
        with store.sessions.begin() as session:  # give the calls a period and agents
            session.execute(update(Call).values(agent_id="A1"))
        params = ReportParams(date.today(), date.today())
        drawn = record_sample(store, draw_sample(store, params, 2, seed=1), params, 2, None)
    result = CliRunner().invoke(app, ["verify", "--db", str(db), "--sample", str(drawn.id)])
    assert result.exit_code == 0, result.output
    assert "2 scorecards checked, 2 reproduced, 0 differ" in result.output


def test_the_seeding_script_writes_valid_results_that_report_and_verify_accept(tmp_path):
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from seed_store import seed

    with open_store(tmp_path / "seed.db") as store:
        counts = seed(store, 60, end=date(2026, 11, 29), months=2,
                      version_switch=date(2026, 11, 1))
        assert counts["calls"] == 60 and counts["scorecards"] >= 60
        with store.sessions() as session:
            for row in session.scalars(select(ScorecardRow)):
                scorecard = row.model()  # a valid Scorecard, as the web app will read it
                assert row.silence_s == scorecard.metrics.silence_seconds
            for row in session.scalars(select(TranscriptRow)):
                assert len(row.model().turns) >= 30
        report = build_report(store, ReportParams(date(2026, 10, 1), date(2026, 11, 29)))
        assert report.mixed_versions and report.summary.calls > 0
        results = list(verify(store, scorecard_ids(store)[:3]))
        # Synthetic statuses are not what the rules would say: verify must tell.
        assert all(not result.ok for result in results)
