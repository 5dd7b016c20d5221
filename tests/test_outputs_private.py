"""Outputs that hold personal data: exports written atomically, owner-only, safe to open in
a spreadsheet; SQLite stores owner-only; a local Ray reachable from this machine only."""

from __future__ import annotations

import csv
import json
import os
import socket
import stat
from pathlib import Path

import pytest
from _db import make_scorecard, make_transcript

from speechqa import export as export_module
from speechqa.export import export
from speechqa.store import CallInfo, open_store

HOSTILE = {
    "call_id": "=HYPERLINK(\"http://evil\",\"open\")",
    "agent_id": "+1-555",
    "queue": "@SUM(A1:A9)",
    "branch": "-2+3",
    "note": "\tindented",
}


def _store_with_hostile_call(path: Path):
    store = open_store(path)
    info = CallInfo(
        call_id=HOSTILE["call_id"], path="/calls/x.wav", agent_id=HOSTILE["agent_id"],
        queue=HOSTILE["queue"], extra={"branch": HOSTILE["branch"], "note": HOSTILE["note"]},
    )
    store.save_call(info, make_transcript("a" * 64, HOSTILE["call_id"]),
                    make_scorecard(HOSTILE["call_id"]))
    return store


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_csv_cells_that_a_spreadsheet_would_run_are_escaped(tmp_path):
    with _store_with_hostile_call(tmp_path / "r.db") as store:
        export(store, tmp_path / "out", "csv", tables=["calls"])
        export(store, tmp_path / "json", "jsonl", tables=["calls"])
    with open(tmp_path / "out" / "calls.csv", newline="", encoding="utf-8") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["call_id"] == "'" + HOSTILE["call_id"]
    assert row["agent_id"] == "'+1-555" and row["queue"] == "'@SUM(A1:A9)"
    for cell in row.values():
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert float(row["percent"]) >= 0  # numbers stay numbers
    # JSONL is data, not a spreadsheet: values as stored.
    record = json.loads((tmp_path / "json" / "calls.jsonl").read_text("utf-8"))
    assert record["call_id"] == HOSTILE["call_id"]


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_exports_are_owner_only(tmp_path, fmt):
    with _store_with_hostile_call(tmp_path / "r.db") as store:
        written = export(store, tmp_path / "new" / "out", fmt)
    assert _mode(tmp_path / "new" / "out") == 0o700
    for path, _rows in written.values():
        assert _mode(path) == 0o600
    assert sorted(p.name for p in (tmp_path / "new" / "out").iterdir()) == sorted(
        path.name for path, _ in written.values())  # no temporary files left


def test_a_failed_export_leaves_the_previous_files_whole(tmp_path, monkeypatch):
    with _store_with_hostile_call(tmp_path / "r.db") as store:
        export(store, tmp_path / "out", "csv")
        before = {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()}

        def breaks(_scorecard):
            raise RuntimeError("disk full")

        monkeypatch.setattr(export_module, "item_rows", breaks)
        with pytest.raises(RuntimeError):
            export(store, tmp_path / "out", "csv")
    after = {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()}
    assert after == before  # the old export, whole; no half-written or temporary files


def test_a_new_sqlite_store_is_owner_only(tmp_path):
    path = tmp_path / "private" / "speechqa.db"
    with open_store(path) as store:
        assert store.counts()["calls"] == 0
    assert _mode(path.parent) == 0o700
    for file in path.parent.iterdir():  # the database and its -wal / -shm
        assert _mode(file) == 0o600, file


def _listening_sockets_of(pids: set[int]) -> list[tuple[str, int]]:
    """(address, port) of TCP sockets in LISTEN state owned by these processes (Linux)."""
    inodes = set()
    for pid in pids:
        try:
            for fd in os.listdir(f"/proc/{pid}/fd"):
                try:
                    link = os.readlink(f"/proc/{pid}/fd/{fd}")
                except OSError:
                    continue
                if link.startswith("socket:["):
                    inodes.add(link[8:-1])
        except OSError:
            continue
    found = []
    for table, family in (("/proc/net/tcp", socket.AF_INET), ("/proc/net/tcp6", socket.AF_INET6)):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] != "0A" or fields[9] not in inodes:  # 0A: LISTEN
                continue
            address, port = fields[1].split(":")
            raw = bytes.fromhex(address)
            raw = b"".join(raw[i : i + 4][::-1] for i in range(0, len(raw), 4))
            found.append((socket.inet_ntop(family, raw), int(port, 16)))
    return found


def _descendants(root: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat_line = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parent = int(stat_line.rsplit(")", 1)[1].split()[1])
            children.setdefault(parent, []).append(int(entry))
    found, todo = set(), [root]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="needs Linux /proc")
def test_a_local_ray_listens_on_loopback_only():
    ray = pytest.importorskip("ray")
    from speechqa.batch import RayEngine
    from speechqa.checklist import load_checklist
    from speechqa.pipeline import PipelineConfig

    if ray.is_initialized():
        pytest.skip("a Ray of another test is running in this process")
    engine = RayEngine(PipelineConfig(threads=1), load_checklist(), 1)
    try:
        ray.get(engine._actors[0].__ray_ready__.remote())
        sockets = _listening_sockets_of(_descendants(os.getpid()) | {os.getpid()})
    finally:
        engine.close()
    assert sockets, "found no Ray sockets to check"
    exposed = [(a, p) for a, p in sockets if a not in ("127.0.0.1", "::1", "::ffff:127.0.0.1")]
    assert exposed == [], f"Ray listens beyond loopback: {exposed}"
