"""Export stored results as flat tables: CSV, JSONL or Parquet.

``calls`` has one row per scored call and checklist version, ``items`` one row per checklist
item of each, ``failures`` one row per file that currently fails. Rows stream out of the
database in batches, so an export of a large store does not need the store in memory.
Parquet columns have fixed types (an empty export still has its schema), so a BI tool
reading files from several nights gets one consistent table.

Each file is written under a temporary name in the output directory and renamed into place
only when complete, so a reader (or a crash) never sees half an export, and it is created
owner-only (0600; a new directory 0700): calls, agents and customers are personal data.
CSV cells that a spreadsheet would run as a formula (starting with ``= + - @``, tab or CR)
get a leading apostrophe; JSONL and Parquet keep values as they are.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Iterable
from contextlib import ExitStack
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

import pyarrow as pa

from speechqa.formats import csv_cell
from speechqa.store import Failure, ScorecardRow, Store

FORMATS = ("csv", "jsonl", "parquet")
TABLES = ("calls", "items", "failures")
_TIMESTAMP = pa.timestamp("us", tz="UTC")
_PARQUET_BATCH = 2000

_CALL_IDENTITY = [
    ("call_id", pa.string()),
    ("sha256", pa.string()),
    ("agent_id", pa.string()),
    ("queue", pa.string()),
    ("started_at", _TIMESTAMP),
    ("checklist_id", pa.string()),
    ("checklist_version", pa.string()),
]
SCHEMAS = {
    "calls": pa.schema([
        *_CALL_IDENTITY,
        ("path", pa.string()),
        ("duration", pa.float64()),
        ("language", pa.string()),
        ("score", pa.float64()),
        ("max_score", pa.float64()),
        ("percent", pa.float64()),
        ("auto_failed", pa.bool_()),
        ("needs_review", pa.bool_()),
        ("customer_sentiment", pa.string()),
        ("items_passed", pa.int64()),
        ("items_failed", pa.int64()),
        ("items_not_applicable", pa.int64()),
        ("flags", pa.string()),
        ("extra", pa.string()),
        ("scored_at", _TIMESTAMP),
        ("run_id", pa.int64()),
    ]),
    "items": pa.schema([
        *_CALL_IDENTITY,
        ("item_id", pa.string()),
        ("title", pa.string()),
        ("section", pa.string()),
        ("status", pa.string()),
        ("weight", pa.float64()),
        ("earned", pa.float64()),
        ("critical", pa.bool_()),
        ("reason", pa.string()),
        ("evidence", pa.string()),
        ("override_status", pa.string()),
        ("override_reviewer", pa.string()),
        ("override_at", _TIMESTAMP),
        ("override_comment", pa.string()),
    ]),
    "failures": pa.schema([
        ("path", pa.string()),
        ("sha256", pa.string()),
        ("call_id", pa.string()),
        ("checklist_id", pa.string()),
        ("checklist_version", pa.string()),
        ("stage", pa.string()),
        ("error_type", pa.string()),
        ("message", pa.string()),
        ("failed_at", _TIMESTAMP),
        ("run_id", pa.int64()),
    ]),
}


class _Sink(Protocol):
    def write(self, row: dict[str, Any]) -> None: ...


class _CsvSink:
    def __init__(self, stack: ExitStack, path: Path, schema: pa.Schema) -> None:
        # The ExitStack closes it: ruff cannot see that.
        handle = stack.enter_context(open(path, "w", newline="", encoding="utf-8"))  # noqa: SIM115
        self._writer = csv.DictWriter(handle, fieldnames=schema.names)
        self._writer.writeheader()

    def write(self, row: dict[str, Any]) -> None:
        self._writer.writerow({k: csv_cell(_text(v)) for k, v in row.items()})


class _JsonlSink:
    def __init__(self, stack: ExitStack, path: Path, schema: pa.Schema) -> None:
        self._handle = stack.enter_context(open(path, "w", encoding="utf-8"))  # noqa: SIM115

    def write(self, row: dict[str, Any]) -> None:
        record = {k: v.isoformat() if isinstance(v, datetime) else v for k, v in row.items()}
        self._handle.write(json.dumps(record, ensure_ascii=False) + "\n")


class _ParquetSink:
    def __init__(self, stack: ExitStack, path: Path, schema: pa.Schema) -> None:
        import pyarrow.parquet as pq

        self._schema = schema
        self._rows: list[dict[str, Any]] = []
        self._writer = stack.enter_context(pq.ParquetWriter(path, schema))
        stack.callback(self._flush)  # runs before the writer closes (LIFO)

    def write(self, row: dict[str, Any]) -> None:
        self._rows.append(row)
        if len(self._rows) >= _PARQUET_BATCH:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            self._writer.write_table(pa.Table.from_pylist(self._rows, schema=self._schema))
            self._rows = []


_SINKS = {"csv": _CsvSink, "jsonl": _JsonlSink, "parquet": _ParquetSink}


def _text(value: Any) -> Any:
    """CSV cells: ISO timestamps, lower-case booleans, empty for missing."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value


def _temporary(path: Path) -> Path:
    """An empty owner-only file beside ``path`` (same file system, so the rename is atomic)."""
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(handle)  # mkstemp made it 0600; the sinks reopen it by name
    return Path(name)


def export(
    store: Store,
    out_dir: str | Path,
    fmt: str,
    *,
    tables: Iterable[str] = TABLES,
    checklist_id: str | None = None,
    checklist_version: str | None = None,
) -> dict[str, tuple[Path, int]]:
    """Write ``<table>.<fmt>`` files into ``out_dir``; returns each file and its row count."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    tables = list(dict.fromkeys(tables))
    unknown = [t for t in tables if t not in TABLES]
    if unknown:
        raise ValueError(f"unknown table(s) {', '.join(unknown)}: use {', '.join(TABLES)}")
    out = Path(out_dir)
    out.mkdir(mode=0o700, parents=True, exist_ok=True)
    paths = {table: out / f"{table}.{fmt}" for table in tables}
    counts = dict.fromkeys(tables, 0)
    temporary = {table: _temporary(paths[table]) for table in tables}
    try:
        _write_tables(store, fmt, temporary, counts, checklist_id, checklist_version)
        for table in tables:
            os.replace(temporary[table], paths[table])
    finally:
        for path in temporary.values():
            path.unlink(missing_ok=True)
    return {table: (paths[table], counts[table]) for table in tables}


def _write_tables(
    store: Store,
    fmt: str,
    paths: dict[str, Path],
    counts: dict[str, int],
    checklist_id: str | None,
    checklist_version: str | None,
) -> None:
    with ExitStack() as stack:
        sinks: dict[str, _Sink] = {
            table: _SINKS[fmt](stack, path, SCHEMAS[table]) for table, path in paths.items()
        }
        if "calls" in sinks or "items" in sinks:
            for scorecard in store.iter_scorecards(checklist_id, checklist_version):
                if "calls" in sinks:
                    sinks["calls"].write(call_row(scorecard))
                    counts["calls"] += 1
                if "items" in sinks:
                    for row in item_rows(scorecard):
                        sinks["items"].write(row)
                        counts["items"] += 1
        if "failures" in sinks:
            for failure in store.failures(checklist_id, checklist_version):
                sinks["failures"].write(failure_row(failure))
                counts["failures"] += 1


def _identity(scorecard: ScorecardRow) -> dict[str, Any]:
    call = scorecard.call
    return {
        "call_id": call.call_id,
        "sha256": call.sha256,
        "agent_id": call.agent_id,
        "queue": call.queue,
        "started_at": call.started_at,
        "checklist_id": scorecard.checklist_id,
        "checklist_version": scorecard.checklist_version,
    }


def call_row(scorecard: ScorecardRow) -> dict[str, Any]:
    call = scorecard.call
    statuses = [item.status for item in scorecard.items]
    return {
        **_identity(scorecard),
        "path": call.path,
        "duration": call.duration,
        "language": scorecard.language,
        "score": scorecard.score,
        "max_score": scorecard.max_score,
        "percent": scorecard.percent,
        "auto_failed": scorecard.auto_failed,
        "needs_review": scorecard.needs_review,
        "customer_sentiment": scorecard.customer_sentiment,
        "items_passed": statuses.count("passed"),
        "items_failed": statuses.count("failed"),
        "items_not_applicable": statuses.count("not_applicable"),
        "flags": ";".join(flag.code for flag in scorecard.flags),
        "extra": json.dumps(call.extra, ensure_ascii=False, sort_keys=True),
        "scored_at": scorecard.created_at,
        "run_id": scorecard.run_id,
    }


def item_rows(scorecard: ScorecardRow) -> list[dict[str, Any]]:
    identity = _identity(scorecard)
    rows = []
    for item in scorecard.items:
        latest = item.overrides[-1] if item.overrides else None
        rows.append({
            **identity,
            "item_id": item.item_id,
            "title": item.title,
            "section": item.section,
            "status": item.status,
            "weight": item.weight,
            "earned": item.earned,
            "critical": item.critical,
            "reason": item.reason,
            "evidence": json.dumps(item.evidence, ensure_ascii=False),
            "override_status": latest.new_status if latest else None,
            "override_reviewer": latest.reviewer if latest else None,
            "override_at": latest.created_at if latest else None,
            "override_comment": latest.comment if latest else None,
        })
    return rows


def failure_row(failure: Failure) -> dict[str, Any]:
    return {
        "path": failure.path,
        "sha256": failure.sha256,
        "call_id": failure.call_id,
        "checklist_id": failure.checklist_id,
        "checklist_version": failure.checklist_version,
        "stage": failure.stage,
        "error_type": failure.error_type,
        "message": failure.message,
        "failed_at": failure.created_at,
        "run_id": failure.run_id,
    }
