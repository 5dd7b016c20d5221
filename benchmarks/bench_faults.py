"""Fault suite: each fault a nightly batch meets, run against a real store, with the rows
lost or duplicated (both must be 0).

Every scenario runs the real coordinator (``run_batch``), real worker processes and a real
database (SQLite; PostgreSQL too when SPEECHQA_TEST_PG_URL is set) on short clips cut from
the bundled audio_samples. The workers run ``FaultPipeline``: real decoding and hashing,
a made-up transcript and scorecard, and the fault the scenario needs (a hang, a crash, a
flaky model cache), so the suite takes a minute, not the hours real ASR would. What it
checks is the batch's bookkeeping, which does not depend on what ASR heard.

    python benchmarks/bench_faults.py            # -> benchmarks/results/faults.json
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import soundfile as sf
import yaml
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from speechqa import audio, batch
from speechqa.batch import Deadline, Worker, run_batch
from speechqa.checklist import load_checklist, parse_checklist
from speechqa.export import export
from speechqa.lease import Lease, LeaseHeldError
from speechqa.paths import filesystem_path
from speechqa.pipeline import PipelineConfig
from speechqa.schema import (
    CallMetrics,
    ItemResult,
    Scorecard,
    SentimentSummary,
    Transcript,
    Turn,
)
from speechqa.store import (
    BatchLease,
    Call,
    ChecklistConflictError,
    Run,
    ScorecardRow,
    Store,
    open_store,
    utcnow,
)

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_transcribe import machine_info

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "audio_samples"
RESULTS = ROOT / "benchmarks" / "results"
CLIP_SECONDS = 4.0
CP1251_NAME = "Звонок клиента".encode("cp1251")


class FaultPipeline:
    """Decodes and hashes for real; the call id says which fault to play."""

    def transcribe(self, path, call_id=None, language=None, metadata=None) -> Transcript:
        if "stuck" in call_id:
            time.sleep(3600)
        if "crash" in call_id:
            os._exit(70)
        if "flaky" in call_id:
            counter = Path(f"{path}.attempts")
            attempts = int(counter.read_text()) + 1 if counter.exists() else 1
            counter.write_text(str(attempts))
            if attempts < 2:
                raise OSError(5, "Input/output error", "/cache/models/whisper/model.bin")
        recording = audio.load(path)
        return Transcript(
            call_id=call_id, audio=recording.info, language="ru",
            turns=[Turn(speaker="A", role="agent", start=0.0, end=1.0, text="добрый день")],
        )

    def score(self, transcript: Transcript, checklist) -> Scorecard:
        return Scorecard(
            call_id=transcript.call_id, checklist_id=checklist.id,
            checklist_version=checklist.version, checklist_hash=checklist.content_hash,
            items=[ItemResult(id="greeting", title="Greeting", status="passed", weight=1,
                              earned=1, reason="greeting said")],
            score=1, max_score=1, percent=100, auto_failed=False,
            sentiment=SentimentSummary(customer_sentiment="neutral"),
            metrics=CallMetrics(duration=transcript.duration), needs_review=False,
        )


class FaultWorker(Worker):
    def __init__(self, config, checklist) -> None:
        self.pipeline = FaultPipeline()
        self.checklist = checklist


def _engine(kind, config, checklist, workers, ray_address=None, deadline=None, *_):
    return REAL_MAKE_ENGINE(kind, config, checklist, workers, ray_address, deadline,
                            FaultWorker)


REAL_MAKE_ENGINE = batch.make_engine
batch.make_engine = _engine  # every run_batch below uses the fault workers


def cut_clips(out: Path) -> list[Path]:
    """Distinct short clips: each bundled call cut at two offsets."""
    clips = []
    for name in ("call_ru_mono.wav", "call_ru_stereo.flac", "call_en_mono.mp3"):
        recording = audio.load(SAMPLES / name)
        for offset in (0.0, 8.0):
            start = int(offset * recording.sample_rate)
            head = recording.samples[:, start : start + int(CLIP_SECONDS * recording.sample_rate)]
            path = out / f"{Path(name).stem}_{offset:g}.wav"
            sf.write(path, head.T, recording.sample_rate, subtype="PCM_16")
            clips.append(path)
    return clips


def integrity(store: Store) -> dict:
    """Calls stored more than once (by audio hash) and scorecards duplicated per version."""
    with store.sessions() as session:
        calls = session.execute(select(Call.sha256, func.count()).group_by(Call.sha256)).all()
        cards = session.execute(
            select(ScorecardRow.call_pk, ScorecardRow.checklist_id,
                   ScorecardRow.checklist_version, func.count())
            .group_by(ScorecardRow.call_pk, ScorecardRow.checklist_id,
                      ScorecardRow.checklist_version)
        ).all()
        runs = session.scalars(select(Run.status)).all()
    return {
        "duplicated": sum(n - 1 for *_, n in calls if n > 1)
        + sum(n - 1 for *_, n in cards if n > 1),
        "stored_calls": len(calls),
        "runs_left_running": sum(status == "running" for status in runs),
    }


def _batch(source: Path, store: Store, **kwargs):
    kwargs.setdefault("workers", 2)
    return run_batch(source, store, config=PipelineConfig(threads=1),
                     checklist=kwargs.pop("checklist", CHECKLIST), **kwargs)


CHECKLIST = load_checklist()


# Scenarios: each returns (what the product did, calls expected stored) -------------------


def non_utf8_names(work: Path, store: Store, clips: list[Path]) -> tuple[str, int]:
    source = work / "calls"
    source.mkdir()
    good = os.fsdecode(bytes(source) + b"/" + CP1251_NAME + b".wav")
    shutil.copy(clips[0], good)
    bad = Path(os.fsdecode(bytes(source) + b"/" + CP1251_NAME + b" 2.wav"))
    bad.write_bytes(b"not audio " * 100)
    summary = _batch(source, store)
    with store.sessions() as session:
        stored = session.scalars(select(Call.path)).all()
    lossless = [filesystem_path(path) for path in stored] == [good]
    failures = store.failures()
    return (
        f"{summary.done} stored, {summary.failed} failed ({failures[0].stage}: "
        f"{failures[0].message}); name stored losslessly: {lossless}; run {summary.status}",
        1,
    )


def database_error_on_one_call(work: Path, store: Store, clips: list[Path]) -> tuple[str, int]:
    source = work / "calls"
    source.mkdir()
    for clip in clips[:3]:
        shutil.copy(clip, source / clip.name)
    real = store.save_call
    victim = clips[1].stem

    def refuses(info, *args, **kwargs):
        if info.call_id == victim:
            raise OperationalError("INSERT INTO calls", {}, Exception("server closed"))
        return real(info, *args, **kwargs)

    store.save_call = refuses
    try:
        summary = _batch(source, store)
    finally:
        store.save_call = real
    (failure,) = store.failures()
    again = _batch(source, store, retry_failed=True)
    return (
        f"{summary.done} stored, the refused call recorded as failed ({failure.stage}/"
        f"{failure.error_type}); run {summary.status}; retry stored {again.done}", 3,
    )


def stuck_worker(work: Path, store: Store, clips: list[Path]) -> tuple[str, int]:
    source = work / "calls"
    source.mkdir()
    shutil.copy(clips[0], source / "stuck.wav")
    shutil.copy(clips[1], source / "ok.wav")
    started = time.monotonic()
    # 30 s for the fresh worker process to start (it spawns a Python), then 5 s per call.
    summary = _batch(source, store, deadline=Deadline(fixed=5.0, startup=30.0))
    (failure,) = store.failures()
    return (
        f"stuck call stopped after {time.monotonic() - started:.0f} s and recorded "
        f"({failure.stage}: {failure.message}); {summary.done} other stored", 1,
    )


def worker_crash(work: Path, store: Store, clips: list[Path]) -> tuple[str, int]:
    source = work / "calls"
    source.mkdir()
    shutil.copy(clips[0], source / "crash.wav")
    shutil.copy(clips[1], source / "ok.wav")
    summary = _batch(source, store)
    (failure,) = store.failures()
    return f"{summary.done} stored; crashing file: {failure.stage}: {failure.message}", 1


def flaky_model_cache(work: Path, store: Store, clips: list[Path]) -> tuple[str, int]:
    source = work / "calls"
    source.mkdir()
    shutil.copy(clips[0], source / "flaky.wav")
    summary = _batch(source, store)
    return f"OSError on first attempt, retried: {summary.done} stored, {summary.failed} failed", 1


def file_still_being_written(work: Path, store: Store, clips: list[Path]) -> tuple[str, int]:
    source = work / "calls"
    source.mkdir()
    shutil.copy(clips[0], source / "fresh.wav")
    first = _batch(source, store, settle=600)
    old = time.time() - 3600
    os.utime(source / "fresh.wav", (old, old))
    second = _batch(source, store, settle=600)
    return (
        f"first run: {len(first.unsettled)} not settled, {first.failed} failed; "
        f"next run: {second.done} stored", 1,
    )


def call_id_conflict(work: Path, store: Store, clips: list[Path]) -> tuple[str, int]:
    source = work / "calls"
    source.mkdir()
    shutil.copy(clips[0], source / "call-7.wav")
    _batch(source, store)
    shutil.copy(clips[1], source / "call-7.wav")  # other audio, same name
    summary = _batch(source, store)
    (failure,) = store.failures()
    return f"{summary.done} stored; reported as {failure.stage}: {failure.message}", 1


def second_batch_and_dead_lease(work: Path, store: Store, clips: list[Path]) -> tuple[str, int]:
    source = work / "calls"
    source.mkdir()
    shutil.copy(clips[0], source / clips[0].name)
    with Lease(store):
        try:
            _batch(source, store)
            refused = "NOT refused"
        except LeaseHeldError as error:
            refused = f"refused: {error}"
    stale = utcnow() - timedelta(minutes=10)
    with store.sessions.begin() as session:
        session.add(BatchLease(name="batch", holder="dead:1:x", host="dead-host", pid=1,
                               acquired_at=stale, heartbeat_at=stale))
    summary = _batch(source, store)
    return f"second batch {refused}; lease of a dead host taken over: {summary.done} stored", 1


def interrupted_then_resumed(work: Path, store: Store, clips: list[Path]) -> tuple[str, int]:
    source = work / "calls"
    source.mkdir()
    for clip in clips:
        shutil.copy(clip, source / clip.name)
    real_write = batch._Writer.write
    written = []

    def interrupts(self, outcome):
        real_write(self, outcome)
        written.append(outcome)
        if len(written) == 2:
            raise KeyboardInterrupt

    batch._Writer.write = interrupts
    try:
        _batch(source, store)
    except KeyboardInterrupt:
        pass
    finally:
        batch._Writer.write = real_write
    with store.sessions() as session:
        first_status = session.scalars(select(Run.status).order_by(Run.id)).first()
    resumed = _batch(source, store)
    return (
        f"Ctrl-C after 2 calls: run marked {first_status}; rerun stored {resumed.done}, "
        f"skipped {resumed.skipped_done} already stored", len(clips),
    )


def checklist_changed_under_same_version(work: Path, store: Store,
                                         clips: list[Path]) -> tuple[str, int]:
    source = work / "calls"
    source.mkdir()
    shutil.copy(clips[0], source / clips[0].name)
    _batch(source, store)
    rules = yaml.safe_load(CHECKLIST.body)
    rules["items"][0]["weight"] = float(rules["items"][0].get("weight", 1)) + 1
    changed = parse_checklist(yaml.safe_dump(rules, allow_unicode=True), source="changed.yaml")
    assert changed.content_hash != CHECKLIST.content_hash
    try:
        _batch(source, store, checklist=changed)
        said = "NOT refused"
    except ChecklistConflictError as error:
        said = f"refused: {error}"
    return said, 1


def export_interrupted(work: Path, store: Store, clips: list[Path]) -> tuple[str, int]:
    source = work / "calls"
    source.mkdir()
    shutil.copy(clips[0], source / clips[0].name)
    _batch(source, store)
    out = work / "export"
    export(store, out, "csv")
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    import speechqa.export as export_module

    real_rows = export_module.item_rows

    def breaks(_scorecard):
        raise OSError(28, "No space left on device")

    export_module.item_rows = breaks
    try:
        export(store, out, "csv")
    except OSError:
        pass
    finally:
        export_module.item_rows = real_rows
    after = {p.name: p.read_bytes() for p in out.iterdir()}
    modes = sorted({oct(p.stat().st_mode & 0o777) for p in out.iterdir()})
    return f"previous export intact: {after == before}; file modes {modes}", 1


SCENARIOS: list[tuple[str, Callable]] = [
    ("cp1251 file names (and one corrupt file)", non_utf8_names),
    ("database error while writing one call", database_error_on_one_call),
    ("worker stuck past its deadline", stuck_worker),
    ("worker process killed by every attempt", worker_crash),
    ("model cache I/O error once", flaky_model_cache),
    ("file still being written", file_still_being_written),
    ("new file with a stored call_id and other bytes", call_id_conflict),
    ("second batch on the store; lease of a dead host", second_batch_and_dead_lease),
    ("Ctrl-C mid-batch, then rerun", interrupted_then_resumed),
    ("checklist changed under the same id@version", checklist_changed_under_same_version),
    ("export interrupted (disk full)", export_interrupted),
]


def run_scenarios(backend: str, url_for: Callable[[Path], str], clips: list[Path]) -> list[dict]:
    results = []
    for fault, scenario in SCENARIOS:
        with tempfile.TemporaryDirectory() as scratch:
            work = Path(scratch)
            started = time.perf_counter()
            with open_store(url_for(work)) as store:
                try:
                    did, expected = scenario(work, store, clips)
                    error = None
                except Exception:  # a scenario that breaks is a result, not a crash
                    did, expected, error = "scenario raised", 0, traceback.format_exc(limit=3)
                checks = integrity(store)
            results.append({
                "backend": backend, "fault": fault, "product_did": did,
                "calls_expected": expected, "calls_stored": checks["stored_calls"],
                "rows_lost": max(0, expected - checks["stored_calls"]),
                "rows_duplicated": checks["duplicated"],
                "runs_left_running": checks["runs_left_running"],
                "seconds": round(time.perf_counter() - started, 1),
                **({"error": error} if error else {}),
            })
            print(json.dumps(results[-1], ensure_ascii=False), flush=True)
    return results


def _postgres_urls():
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin_url = os.environ["SPEECHQA_TEST_PG_URL"]
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    made: list[str] = []

    def url_for(_work: Path) -> str:
        name = f"speechqa_faults_{uuid.uuid4().hex[:10]}"
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        made.append(name)
        return make_url(admin_url).set(database=name).render_as_string(hide_password=False)

    def drop() -> None:
        with admin.connect() as connection:
            for name in made:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return url_for, drop


def main() -> None:
    report = {"machine": machine_info(), "pipeline": FaultPipeline.__doc__.strip(),
              "scenarios": []}
    with tempfile.TemporaryDirectory() as scratch:
        clips = cut_clips(Path(scratch))
        report["scenarios"] += run_scenarios(
            "sqlite", lambda work: f"sqlite:///{work / 'results.db'}", clips
        )
        if os.environ.get("SPEECHQA_TEST_PG_URL"):
            url_for, drop = _postgres_urls()
            try:
                report["scenarios"] += run_scenarios("postgresql", url_for, clips)
            finally:
                drop()
    rows = report["scenarios"]
    report["totals"] = {
        "scenarios": len(rows),
        "rows_lost": sum(r["rows_lost"] for r in rows),
        "rows_duplicated": sum(r["rows_duplicated"] for r in rows),
        "runs_left_running": sum(r["runs_left_running"] for r in rows),
        "scenarios_raised": sum("error" in r for r in rows),
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "faults.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps(report["totals"]))


if __name__ == "__main__":
    main()
