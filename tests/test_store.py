"""The results store on SQLite and PostgreSQL: migrations, identity, atomic writes, audit."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta, timezone

import pytest
from _db import db_fixture, make_scorecard, make_transcript  # noqa: F401  (registers db_url)
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import DBAPIError

from speechqa import search_index
from speechqa.store import (
    Base,
    CallInfo,
    ItemResultRow,
    Run,
    alembic_config,
    create_db_engine,
    default_db_url,
    migrate,
    normalize_url,
    open_store,
    schema_head,
)


def sha(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()


def info(call_id: str = "call-1", **fields) -> CallInfo:
    return CallInfo(call_id=call_id, path=f"/calls/{call_id}.wav", **fields)


def test_migrations_build_exactly_the_models(db_url):
    store = open_store(db_url)
    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={
            "compare_type": True, "include_object": search_index.include_object})
        assert compare_metadata(context, Base.metadata) == []
        assert context.get_current_revision() == schema_head()
    store.close()


def test_reopening_upgrades_nothing_and_keeps_data(db_url):
    with open_store(db_url) as store:
        store.save_call(info(), make_transcript(sha("a")), make_scorecard())
    with open_store(db_url) as store:
        assert store.counts()["scorecards"] == 1


def test_a_lost_race_counts_as_stored_but_any_other_conflict_is_raised(db_url, monkeypatch):
    from sqlalchemy.exc import IntegrityError

    import speechqa.store as store_module

    with open_store(db_url) as store:
        transcript, scorecard = make_transcript(sha("a")), make_scorecard()
        assert store.save_call(info(), transcript, scorecard)
        # Another writer stored it between our read and our insert: the insert conflicts,
        # the call is there, so this one is "already stored".
        real_check, stale = store_module._has_scorecard, iter([False])
        monkeypatch.setattr(store_module, "_has_scorecard",
                            lambda *args: next(stale, None) or real_check(*args))
        assert not store.save_call(info(), transcript, scorecard)
        monkeypatch.undo()

        # A conflict that stored nothing must not pass for "already stored".
        def conflict(*args, **kwargs):
            raise IntegrityError("INSERT INTO scorecards", {}, Exception("a constraint"))

        monkeypatch.setattr(store_module, "_scorecard_row", conflict)
        with pytest.raises(IntegrityError):
            store.save_call(info("b"), make_transcript(sha("b"), "call-b"), scorecard)
        counts = store.counts()
        assert (counts["calls"], counts["transcripts"], counts["scorecards"]) == (1, 1, 1)


def test_migrations_run_down_and_up_again(db_url):
    engine = create_db_engine(db_url)
    migrate(engine)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "base")
        assert MigrationContext.configure(connection).get_current_revision() is None
        assert set(inspect(connection).get_table_names()) <= {"alembic_version"}
    migrate(engine)
    with engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() == schema_head()
    engine.dispose()


def test_a_call_is_stored_once_with_its_rows(db_url):
    with open_store(db_url) as store:
        transcript, scorecard = make_transcript(sha("a")), make_scorecard()
        assert store.save_call(info(agent_id="A7", queue="billing"), transcript, scorecard)
        # Same bytes under another name and call id: the same call, not a second one.
        assert not store.save_call(info("other-name"), transcript, scorecard)
        counts = store.counts()
        assert (counts["calls"], counts["transcripts"], counts["scorecards"]) == (1, 1, 1)
        assert (counts["item_results"], counts["flags"]) == (3, 2)
        [row] = list(store.iter_scorecards())
        assert row.model() == scorecard
        assert store.transcripts([sha("a")]) == {sha("a"): transcript}
        assert row.call.call_id == "call-1"
        assert (row.call.agent_id, row.call.queue) == ("A7", "billing")
        assert [item.status for item in row.items] == ["passed", "failed", "not_applicable"]
        assert row.items[0].evidence[0]["rule_id"] == "greeting.phrases"
        assert {flag.code for flag in row.flags} == {"missing_disclosure", "negative_customer"}


def test_each_checklist_version_keeps_its_own_scorecard(db_url):
    with open_store(db_url) as store:
        transcript = make_transcript(sha("a"))
        store.save_call(info(), transcript, make_scorecard(version="1.0", greeting="failed"))
        assert store.save_call(info(), transcript, make_scorecard(version="2.0"))
        assert store.scored([sha("a"), sha("b")], "default", "2.0") == {sha("a")}
        assert store.unscored_calls("default", "3.0") == [(sha("a"), "call-1", "/calls/call-1.wav")]
        assert store.unscored_calls("default", "2.0") == []
        versions = {row.checklist_version: row.score for row in store.iter_scorecards()}
        assert versions == {"1.0": 0.0, "2.0": 2.0}
        assert store.counts()["transcripts"] == 1
        assert [r.checklist_version for r in store.iter_scorecards(version="1.0")] == ["1.0"]


def test_transcript_without_scorecard_is_kept_for_a_retry(db_url):
    with open_store(db_url) as store:
        assert store.save_call(info(), make_transcript(sha("a")), None)
        assert store.counts()["scorecards"] == 0
        assert store.transcribed([sha("a"), sha("b")]) == {sha("a")}
        assert store.save_call(info(), make_transcript(sha("a")), make_scorecard())
        assert store.counts()["transcripts"] == 1


def test_failures_stay_open_until_the_file_succeeds(db_url):
    with open_store(db_url) as store:
        common = {"checklist_id": "default", "checklist_version": "1.0"}
        store.record_failure(path="/calls/bad.wav", sha256=sha("a"), stage="audio",
                             error_type="AudioError", message="corrupt audio data", **common)
        store.record_failure(path="/calls/gone.wav", stage="read", error_type="OSError",
                             message="file not found", **common)
        keys = [sha("a"), "/calls/gone.wav", sha("z")]
        assert store.open_failures(keys, "default", "1.0") == {sha("a"), "/calls/gone.wav"}
        assert store.open_failures(keys, "default", "2.0") == set()
        # A second failure of the same file replaces the first: one open failure per file.
        store.record_failure(path="/calls/bad.wav", sha256=sha("a"), stage="audio",
                             error_type="AudioError", message="still corrupt", **common)
        assert [f.message for f in store.failures()] == ["file not found", "still corrupt"]
        store.save_call(info(), make_transcript(sha("a")), make_scorecard())
        assert [f.path for f in store.failures()] == ["/calls/gone.wav"]
        assert store.counts()["failures"] == 3  # history is kept


def test_item_overrides_are_an_append_only_audit_trail(db_url):
    with open_store(db_url) as store:
        store.save_call(info(), make_transcript(sha("a")), make_scorecard())
        with store.sessions() as session:
            item_pk = session.scalar(
                select(ItemResultRow.id).where(ItemResultRow.item_id == "disclosure")
            )
        first = store.record_override(item_pk, "passed", "supervisor1", "disclosure at 0:41")
        second = store.record_override(item_pk, "failed", "lead2", "it was cut off")
        assert (first.old_status, first.new_status) == ("failed", "passed")
        assert (second.old_status, second.new_status) == ("passed", "failed")
        for statement in (
            "UPDATE item_overrides SET comment = 'edited'",
            "DELETE FROM item_overrides",
        ):
            with pytest.raises(DBAPIError, match="append-only"), store.engine.begin() as db:
                db.execute(text(statement))
        assert store.counts()["item_overrides"] == 2
        with pytest.raises(KeyError):
            store.record_override(10_000, "passed", "x", "no such item")


def test_start_times_are_stored_in_utc(db_url):
    with open_store(db_url) as store:
        local = datetime(2026, 3, 1, 9, 30, tzinfo=timezone(timedelta(hours=3)))
        store.save_call(info(started_at=local), make_transcript(sha("a")), make_scorecard())
        [row] = list(store.iter_scorecards())
        assert row.call.started_at == datetime(2026, 3, 1, 6, 30, tzinfo=UTC)
        assert row.call.started_at.tzinfo is not None


def test_runs_left_by_a_dead_process_are_marked_interrupted(db_url):
    with open_store(db_url) as store:
        old = store.start_run("batch", source="/calls")
        with store.sessions.begin() as session:
            session.get(Run, old).pid = 2**22 + 12345  # above pid_max: no such process
        current = store.start_run("batch", source="/calls")
        assert store.run(old).status == "interrupted"
        assert store.run(current).status == "running"
        store.finish_run(current, "finished", done=3, skipped=1, failed=0)
        finished = store.run(current)
        assert (finished.status, finished.done, finished.skipped) == ("finished", 3, 1)
        assert finished.finished_at is not None


def test_database_url_defaults(monkeypatch, tmp_path):
    monkeypatch.setenv("SPEECHQA_DB_URL", "postgresql://u@db/qa")
    assert default_db_url() == "postgresql://u@db/qa"
    monkeypatch.delenv("SPEECHQA_DB_URL")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_db_url() == f"sqlite:///{tmp_path / 'speechqa' / 'speechqa.db'}"
    assert normalize_url(str(tmp_path / "x.db")) == f"sqlite:///{tmp_path / 'x.db'}"
