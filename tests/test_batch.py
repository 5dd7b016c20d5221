"""Batch scoring: sources and manifests, then real runs on real audio against SQLite and
PostgreSQL: corrupt, empty and duplicate files, kill -9 and resume, retry, rescore, Ray."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
import soundfile as sf
import yaml
from _db import db_fixture  # noqa: F401  (registers db_url)
from sqlalchemy import func, select

from speechqa.batch import (
    Entry,
    Job,
    SourceError,
    default_workers,
    make_engine,
    read_source,
    rescore,
    run_batch,
    split_cores,
)
from speechqa.pipeline import PipelineConfig
from speechqa.store import Call, Failure, Run, ScorecardRow, open_store

CLIP_SECONDS = 12.0


# Sources ------------------------------------------------------------------------------


def test_a_directory_is_searched_recursively_by_extension(tmp_path):
    for name in ("a.wav", "sub/b.FLAC", "sub/deeper/c.mp3", "notes.txt", "sub/d.wav.bak"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    entries, rejected = read_source(tmp_path)
    assert rejected == []
    assert [e.call_id for e in entries] == ["a", "sub/b", "sub/deeper/c"]
    assert all(e.path.is_absolute() and e.path.exists() for e in entries)


def test_a_csv_manifest_keeps_metadata_and_rejects_bad_rows(tmp_path):
    (tmp_path / "audio").mkdir()
    manifest = tmp_path / "nightly.csv"
    manifest.write_text(
        "call_id,path,agent_id,queue,started_at,language,branch,priority\n"
        "c1,audio/one.wav,A7,billing,2026-03-01T09:30:00+03:00,ru,Kyiv,2\n"
        ",/abs/two.wav,,,,,,\n"
        "c3,audio/three.wav,A8,sales,yesterday,en,,\n"
        "c4,,A9,sales,,,,\n"
        "c5,audio/five.wav,A1,sales,,,,,surplus\n",
        encoding="utf-8",
    )
    entries, rejected = read_source(manifest)
    one, two = entries
    assert one.path == tmp_path / "audio" / "one.wav"
    assert (one.call_id, one.agent_id, one.queue, one.language) == ("c1", "A7", "billing", "ru")
    assert one.started_at == datetime(2026, 3, 1, 6, 30, tzinfo=UTC)
    assert one.extra == {"branch": "Kyiv", "priority": "2"}
    assert one.metadata()["started_at"] == "2026-03-01T06:30:00+00:00"
    assert (two.call_id, two.path, two.agent_id) == ("two", Path("/abs/two.wav"), None)
    assert [(r.origin, r.reason) for r in rejected] == [
        (f"{manifest}:4", "started_at 'yesterday' is not an ISO 8601 date and time"),
        (f"{manifest}:5", "no path"),
        (f"{manifest}:6", "more values than the 8 columns"),
    ]


def test_team_direction_and_customer_are_columns_and_a_bad_direction_rejects_the_row(tmp_path):
    manifest = tmp_path / "nightly.csv"
    manifest.write_text(
        "call_id,path,team,direction,customer_id\n"
        "c1,one.wav,north,Outbound,C-17\n"
        "c2,two.wav,south,sideways,C-18\n",
        encoding="utf-8",
    )
    [one], [bad] = read_source(manifest)
    assert (one.team, one.direction, one.customer_id, one.extra) == (
        "north", "outbound", "C-17", {}
    )
    info = one.call_info()
    assert (info.team, info.direction, info.customer_id) == ("north", "outbound", "C-17")
    assert bad.reason == "direction 'sideways' is not one of inbound, outbound"


def test_a_jsonl_manifest_keeps_nested_extras_as_json(tmp_path):
    manifest = tmp_path / "calls.jsonl"
    manifest.write_text(
        json.dumps({"path": "x.wav", "queue": "q1", "tags": ["vip", "callback"], "score": 4.5,
                    "note": "a\x00b"})
        + "\n\n{not json\n[1, 2]\n",
        encoding="utf-8",
    )
    entries, rejected = read_source(manifest)
    assert [(e.call_id, e.queue) for e in entries] == [("x", "q1")]
    assert entries[0].extra == {"tags": '["vip", "callback"]', "score": 4.5, "note": "ab"}
    invalid, not_object = (r.reason for r in rejected)
    assert invalid.startswith("not valid JSON") and not_object == "not a JSON object"


def test_unusable_sources_are_refused_whole(tmp_path):
    (tmp_path / "m.csv").write_text("call_id,file\nc1,a.wav\n", encoding="utf-8")
    with pytest.raises(SourceError, match="needs a 'path' column"):
        read_source(tmp_path / "m.csv")
    with pytest.raises(SourceError, match="no such directory or file"):
        read_source(tmp_path / "missing")
    (tmp_path / "list.xlsx").write_bytes(b"PK")
    with pytest.raises(SourceError, match="not a directory, a manifest"):
        read_source(tmp_path / "list.xlsx")


def test_workers_and_threads_share_the_cores():
    cores = len(os.sched_getaffinity(0))
    assert 1 <= default_workers() <= cores
    config, workers = split_cores(PipelineConfig(threads=99), "local", None, None)
    assert workers == default_workers() and config.threads == max(1, cores // workers)
    config, workers = split_cores(PipelineConfig(), "local", 1, None)
    assert (workers, config.threads) == (1, cores)
    config, workers = split_cores(PipelineConfig(), "local", 2, 3)
    assert (workers, config.threads) == (2, 3)
    config, workers = split_cores(PipelineConfig(), "ray", None, None)
    assert (workers, config.threads) == (None, 1)  # Ray sizes itself from the cluster


# Real runs ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def clips(tmp_path_factory, samples_dir) -> list[Path]:
    """The three bundled calls (mono WAV, stereo FLAC, mono MP3) cut to their first 12 s:
    real speech, short enough to score in seconds, and no dependence on ../shared."""
    from speechqa import audio as audio_io

    out = tmp_path_factory.mktemp("clips")
    paths = []
    for name in ("call_ru_mono.wav", "call_ru_stereo.flac", "call_en_mono.mp3"):
        recording = audio_io.load(samples_dir / name)
        head = recording.samples[:, : int(CLIP_SECONDS * recording.sample_rate)]
        path = out / f"{Path(name).stem}.wav"
        sf.write(path, head.T, recording.sample_rate, subtype="PCM_16")
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def checklist():
    from speechqa.checklist import load_checklist

    return load_checklist()


def _checklist_version(tmp_path: Path, version: str):
    """The default checklist under a new version number, as a rescore would get it."""
    from speechqa.checklist import DEFAULT_CHECKLIST, load_checklist

    data = yaml.safe_load(DEFAULT_CHECKLIST.read_text(encoding="utf-8"))
    data["version"] = version
    path = tmp_path / f"checklist-{version}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return load_checklist(path)


def _calls_per_hash(store) -> dict[str, int]:
    with store.sessions() as session:
        rows = session.execute(select(Call.sha256, func.count()).group_by(Call.sha256))
        return dict(rows.all())


class _KillsItsProcess:
    """Unpickling this exits the process at once: a stand-in for a decoder segfault."""

    def __reduce__(self):
        return os._exit, (70,)


def _jobs_with_a_crash(tmp_path: Path) -> list[Job]:
    (tmp_path / "empty.wav").write_bytes(b"")
    (tmp_path / "corrupt.wav").write_bytes(b"not audio at all " * 200)
    return [
        Job(Entry(tmp_path / "empty.wav", "empty", "empty.wav"), "1" * 64),
        Job(Entry(tmp_path / "x.wav", "killer", "x.wav", extra={"x": _KillsItsProcess()}),
            "2" * 64),
        Job(Entry(tmp_path / "corrupt.wav", "corrupt", "corrupt.wav"), "3" * 64),
    ]


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "speechqa.cli", *args]


def test_bad_rows_and_files_are_recorded_with_their_cause_and_the_cli_says_so(
    db_url, tmp_path, checklist
):
    (tmp_path / "empty.wav").write_bytes(b"")
    (tmp_path / "corrupt.mp3").write_bytes(b"not audio at all " * 200)
    manifest = tmp_path / "nightly.csv"
    manifest.write_text(
        "call_id,path,started_at\n"
        "e1,empty.wav,\n"
        "c1,corrupt.mp3,2026-03-01T09:30:00\n"
        "m1,missing.wav,\n"
        "d1,empty.wav,not-a-date\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        _cli("batch", str(manifest), "--db", db_url, "--workers", "1", "--no-progress",
             "--settle", "0"),
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 1, result.stderr
    assert "0 done" in result.stderr and "4 failed" in result.stderr
    with open_store(db_url) as store:
        causes = {(Path(f.path).name, f.stage): f.message for f in store.failures()}
        assert store.counts()["calls"] == 0
    assert causes[("empty.wav", "audio")] == "file is empty (0 bytes)"
    assert causes[("corrupt.mp3", "audio")].startswith("not a readable audio file")
    assert causes[("missing.wav", "read")] == "file not found"
    assert "not-a-date" in causes[("empty.wav", "manifest")]
    assert "empty.wav: [audio] file is empty" in result.stderr


@pytest.mark.parametrize("kind", ["local", "ray"])
def test_a_file_that_kills_its_worker_fails_alone(tmp_path, checklist, kind):
    engine = make_engine(kind, PipelineConfig(threads=1), checklist, 2)
    try:
        outcomes = {o.job.entry.call_id: o for o in engine.run(_jobs_with_a_crash(tmp_path))}
    finally:
        engine.close()
    assert set(outcomes) == {"empty", "killer", "corrupt"}
    assert (outcomes["killer"].stage, outcomes["killer"].error_type) == ("worker", "WorkerCrash")
    assert outcomes["empty"].message == "file is empty (0 bytes)"
    assert outcomes["corrupt"].message.startswith("not a readable audio file")


@pytest.mark.slow
def test_a_batch_with_bad_files_scores_the_rest_resumes_retries_and_rescores(
    db_url, tmp_path, clips, checklist
):
    source = tmp_path / "nightly"
    (source / "sub").mkdir(parents=True)
    shutil.copy(clips[0], source / "a.wav")
    shutil.copy(clips[1], source / "b.wav")
    shutil.copy(clips[0], source / "sub" / "a-again.wav")  # same bytes: one call
    (source / "empty.wav").write_bytes(b"")
    (source / "corrupt.wav").write_bytes(b"not audio at all " * 200)
    config = PipelineConfig()

    with open_store(db_url) as store:
        first = run_batch(source, store, config=config, checklist=checklist, workers=1)
        assert (first.done, first.transcribed, first.failed) == (2, 2, 2)
        assert first.skipped_duplicate == 1
        assert first.audio_seconds == pytest.approx(2 * CLIP_SECONDS, abs=0.1)
        counts = store.counts()
        assert (counts["calls"], counts["transcripts"], counts["scorecards"]) == (2, 2, 2)
        assert all(n == 1 for n in _calls_per_hash(store).values())
        causes = {Path(f.path).name: (f.stage, f.message) for f in store.failures()}
        assert causes["empty.wav"] == ("audio", "file is empty (0 bytes)")
        assert causes["corrupt.wav"][0] == "audio"
        assert store.run(first.run_id).status == "finished"

        # A rerun has nothing to do: the done calls and the known failures are skipped.
        again = run_batch(source, store, config=config, checklist=checklist, workers=1)
        assert (again.done, again.skipped_done, again.skipped_failed, again.failed) == (0, 3, 2, 0)

        # --retry-failed tries them again; they fail again, still one open failure each.
        retried = run_batch(
            source, store, config=config, checklist=checklist, workers=1, retry_failed=True
        )
        assert (retried.done, retried.failed) == (0, 2)
        assert len(store.failures()) == 2 and store.counts()["failures"] == 4

        # The corrupt file is replaced by a good recording: its failure is resolved.
        shutil.copy(clips[2], source / "corrupt.wav")
        fixed = run_batch(
            source, store, config=config, checklist=checklist, workers=1, retry_failed=True
        )
        assert (fixed.done, fixed.failed) == (1, 1)
        assert [Path(f.path).name for f in store.failures()] == ["empty.wav"]

        # Rescore with a new checklist version from the stored transcripts alone: the audio
        # is gone, so anything that tried to transcribe again would fail.
        shutil.rmtree(source)
        v2 = _checklist_version(tmp_path, "99.0-test")
        rescored = rescore(store, config=config, checklist=v2)
        assert (rescored.done, rescored.transcribed, rescored.failed) == (3, 0, 0)
        with store.sessions() as session:
            versions = session.execute(
                select(ScorecardRow.checklist_version, func.count())
                .group_by(ScorecardRow.checklist_version)
            ).all()
        assert dict(versions) == {checklist.version: 3, "99.0-test": 3}
        assert store.counts()["transcripts"] == 3
        assert rescore(store, config=config, checklist=v2).done == 0


@pytest.mark.slow
def test_kill_9_mid_batch_then_resume_stores_every_call_exactly_once(db_url, tmp_path, clips):
    source = tmp_path / "calls"
    source.mkdir()
    for clip in clips:
        shutil.copy(clip, source / clip.name)
    command = _cli("batch", str(source), "--db", db_url, "--workers", "1", "--no-progress",
                   "--settle", "0")
    # Its own session, so the kill takes the workers too, as a machine crash would.
    victim = subprocess.Popen(
        command, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    store = open_store(db_url)
    try:
        deadline = time.monotonic() + 600
        while store.counts()["scorecards"] < 1:
            assert victim.poll() is None, victim.stderr.read().decode()
            assert time.monotonic() < deadline, "no call was stored within 10 minutes"
            time.sleep(0.2)
        os.killpg(victim.pid, signal.SIGKILL)
        victim.wait()
        stored_before = store.counts()["scorecards"]
        assert 1 <= stored_before < len(clips), "the kill must land mid-batch"

        resumed = subprocess.run(command, capture_output=True, text=True, timeout=900)
        assert resumed.returncode == 0, resumed.stderr
        counts = store.counts()
        assert (counts["calls"], counts["transcripts"], counts["scorecards"]) == (3, 3, 3), (
            f"stored before the kill: {stored_before}; failures: {store.failures()}; "
            f"resumed run said: {resumed.stdout}{resumed.stderr}")
        expected = {hashlib.sha256(p.read_bytes()).hexdigest() for p in clips}
        assert _calls_per_hash(store) == dict.fromkeys(expected, 1)
        assert counts["failures"] == 0
        with store.sessions() as session:
            runs = session.scalars(select(Run).order_by(Run.id)).all()
        assert [run.status for run in runs] == ["interrupted", "finished"]
        assert (runs[1].done, runs[1].skipped) == (len(clips) - stored_before, stored_before)

        out = tmp_path / "export"
        exported = subprocess.run(
            _cli("export", "--db", db_url, "--format", "parquet", "--out", str(out)),
            capture_output=True, text=True, timeout=120,
        )
        assert exported.returncode == 0, exported.stderr
        import pyarrow.parquet as pq

        assert pq.read_table(out / "calls.parquet").num_rows == 3
        assert pq.read_table(out / "items.parquet").num_rows == counts["item_results"] > 0
    finally:
        if victim.poll() is None:
            os.killpg(victim.pid, signal.SIGKILL)
        store.close()


@pytest.mark.slow
def test_the_ray_engine_runs_the_same_batch_on_two_local_workers(tmp_path, clips, checklist):
    with open_store(tmp_path / "ray.db") as store:
        summary = run_batch(
            clips[0].parent, store, config=PipelineConfig(), checklist=checklist,
            workers=2, engine="ray",
        )
        assert (summary.done, summary.failed) == (3, 0)
        run = store.run(summary.run_id)
        cores = len(os.sched_getaffinity(0))
        assert (run.engine, run.workers, run.options["threads"]) == ("ray", 2, max(1, cores // 2))
        assert all(n == 1 for n in _calls_per_hash(store).values())
        with store.sessions() as session:
            assert session.scalar(select(func.count()).select_from(Failure)) == 0
