"""Exports: the same rows in CSV, JSONL and Parquet, one per call and one per item."""

from __future__ import annotations

import csv
import hashlib
import json
from datetime import UTC, datetime

import pyarrow.parquet as pq
import pytest
from _db import db_fixture, make_scorecard, make_transcript  # noqa: F401  (registers db_url)
from sqlalchemy import select

from speechqa.export import SCHEMAS, export
from speechqa.store import CallInfo, ItemResultRow, Store, open_store


def sha(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()


def _fill(store: Store) -> None:
    """Two calls, the first scored with two checklist versions and one item overridden."""
    started = datetime(2026, 3, 1, 6, 30, tzinfo=UTC)
    first = CallInfo(call_id="c1", path="/calls/c1.wav", agent_id="A7", queue="billing",
                     started_at=started, extra={"branch": "Kyiv", "priority": 2})
    store.save_call(first, make_transcript(sha("1"), "c1"), make_scorecard("c1", "1.0", "failed"))
    store.save_call(first, make_transcript(sha("1"), "c1"), make_scorecard("c1", "2.0"))
    second = CallInfo(call_id="c2", path="/calls/c2.wav")
    store.save_call(second, make_transcript(sha("2"), "c2"), make_scorecard("c2", "2.0"))
    store.record_failure(path="/calls/bad.wav", sha256=sha("bad"), stage="audio",
                         error_type="AudioError", message="corrupt audio data",
                         checklist_id="default", checklist_version="2.0")
    with store.sessions() as session:
        item_pk = session.scalar(
            select(ItemResultRow.id).where(ItemResultRow.item_id == "disclosure").limit(1)
        )
    store.record_override(item_pk, "passed", "supervisor1", "disclosed at 0:41")


def _read(path, fmt: str) -> list[dict]:
    if fmt == "csv":
        with open(path, newline="", encoding="utf-8") as handle:
            return list(csv.DictReader(handle))
    if fmt == "jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return pq.read_table(path).to_pylist()


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_export_writes_a_row_per_call_and_per_item(db_url, tmp_path, fmt):
    with open_store(db_url) as store:
        _fill(store)
        written = export(store, tmp_path / "out", fmt)
    assert {table: count for table, (_, count) in written.items()} == {
        "calls": 3, "items": 9, "failures": 1,
    }
    calls = _read(written["calls"][0], fmt)
    items = _read(written["items"][0], fmt)
    failures = _read(written["failures"][0], fmt)
    assert [list(row) for row in calls[:1]] == [SCHEMAS["calls"].names]
    by_key = {(row["call_id"], row["checklist_version"]): row for row in calls}
    assert set(by_key) == {("c1", "1.0"), ("c1", "2.0"), ("c2", "2.0")}
    first = by_key[("c1", "2.0")]
    assert (first["agent_id"], first["queue"], first["sha256"]) == ("A7", "billing", sha("1"))
    assert first["flags"] == "missing_disclosure;negative_customer"
    assert json.loads(first["extra"]) == {"branch": "Kyiv", "priority": 2}
    assert float(by_key[("c1", "1.0")]["score"]) == 0.0 and float(first["score"]) == 2.0
    assert int(first["items_passed"]) == 1 and int(first["items_not_applicable"]) == 1
    started = first["started_at"]
    if fmt == "parquet":
        assert started == datetime(2026, 3, 1, 6, 30, tzinfo=UTC)
        assert first["auto_failed"] is True
    else:
        assert started == "2026-03-01T06:30:00+00:00"
        assert first["auto_failed"] in (True, "true")
    overridden = [row for row in items if row["override_status"]]
    assert len(overridden) == 1
    assert overridden[0]["status"] == "failed" and overridden[0]["override_status"] == "passed"
    assert overridden[0]["override_reviewer"] == "supervisor1"
    evidence = next(row for row in items if row["item_id"] == "greeting")["evidence"]
    assert json.loads(evidence)[0]["text"] == "Добрый день"
    assert failures[0]["path"] == "/calls/bad.wav" and failures[0]["stage"] == "audio"


def test_export_filters_by_checklist_version_and_table(db_url, tmp_path):
    with open_store(db_url) as store:
        _fill(store)
        written = export(store, tmp_path, "csv", tables=["calls"], checklist_version="1.0")
    assert list(written) == ["calls"]
    rows = _read(written["calls"][0], "csv")
    assert [(r["call_id"], r["checklist_version"]) for r in rows] == [("c1", "1.0")]
    assert not (tmp_path / "items.csv").exists()


def test_an_empty_store_exports_typed_empty_tables(db_url, tmp_path):
    with open_store(db_url) as store:
        written = export(store, tmp_path, "parquet")
    for table, (path, count) in written.items():
        assert count == 0
        assert pq.read_schema(path).names == SCHEMAS[table].names


def test_export_rejects_unknown_format_and_table(db_url, tmp_path):
    with open_store(db_url) as store:
        with pytest.raises(ValueError, match="format 'xlsx'"):
            export(store, tmp_path, "xlsx")
        with pytest.raises(ValueError, match="table"):
            export(store, tmp_path, "csv", tables=["calls", "agents"])
