"""Faults a nightly batch must survive, on real stores and real worker processes: odd file
names, database errors, Ctrl-C, stuck and dying workers, flaky I/O, files still being
written, call_id clashes and a second batch on the same store.

The workers here run ``FakePipeline`` (real decoding, made-up transcript and scorecard), so
each test takes seconds; the real pipeline runs in test_batch.py."""

from __future__ import annotations

import os
import pickle
import time
from datetime import timedelta
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from _db import db_fixture, make_scorecard, make_transcript  # noqa: F401  (db_url)
from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from typer.testing import CliRunner

from speechqa import audio, batch
from speechqa.batch import Deadline, Entry, Job, Worker, make_engine, run_batch
from speechqa.checklist import load_checklist
from speechqa.lease import Lease, LeaseHeldError
from speechqa.paths import FS_BYTES_PREFIX, filesystem_path, storable_path
from speechqa.pipeline import Pipeline, PipelineConfig
from speechqa.store import BatchLease, Call, Failure, Run, TranscriptRow, open_store, utcnow

CP1251_NAME = "Звонок клиента".encode("cp1251")  # what a Windows recorder writes


class FakePipeline:
    """Decodes the file for real; the call id says which fault to play. Redaction is the
    real stage (it needs only the config)."""

    config = PipelineConfig(threads=1)
    redact = Pipeline.redact
    write_redacted_audio = Pipeline.write_redacted_audio

    def transcribe(self, path, call_id=None, language=None, metadata=None, unredacted=False):
        if "stuck" in call_id:
            time.sleep(600)
        if "crash" in call_id:
            os._exit(70)
        if "flaky" in call_id or "cachebroken" in call_id:
            counter = Path(f"{path}.attempts")
            attempts = int(counter.read_text()) + 1 if counter.exists() else 1
            counter.write_text(str(attempts))
            if "cachebroken" in call_id or attempts < 2:
                raise OSError(5, "Input/output error", "/cache/models/whisper/model.bin")
        recording = audio.load(path)
        transcript = make_transcript(recording.info.sha256, call_id=call_id)
        transcript = transcript.model_copy(update={"audio": recording.info})
        return transcript if unredacted else self.redact(transcript)

    def score(self, transcript, checklist):
        return make_scorecard(call_id=transcript.call_id).model_copy(update={
            "checklist_id": checklist.id, "checklist_version": checklist.version,
            "checklist_hash": checklist.content_hash,
        })


class FakeWorker(Worker):
    def __init__(self, config, checklist) -> None:
        self.pipeline = FakePipeline()
        self.checklist = checklist


class _SleepsWhenUnpickled:
    """A job that hangs its worker before any code of ours runs, in either engine."""

    def __reduce__(self):
        return time.sleep, (600,)


class _KillsItsProcess:
    def __reduce__(self):
        return os._exit, (70,)


def _clip(path: Path, hz: float, seconds: float = 2.0) -> Path:
    t = np.arange(int(seconds * 8000)) / 8000
    with open(path, "wb") as handle:  # libsndfile cannot open a name that is not UTF-8
        sf.write(handle, 0.3 * np.sin(2 * np.pi * hz * t), 8000, subtype="PCM_16",
                 format="WAV")
    return path


@pytest.fixture
def fake_engine(monkeypatch):
    """run_batch with FakeWorker processes instead of the real pipeline."""
    real = batch.make_engine

    def make(kind, config, checklist, workers, ray_address=None, deadline=None, *_):
        return real(kind, config, checklist, workers, ray_address, deadline, FakeWorker)

    monkeypatch.setattr(batch, "make_engine", make)


def _run(source, store, **kwargs):
    kwargs.setdefault("workers", 1)
    return run_batch(source, store, config=PipelineConfig(threads=1),
                     checklist=load_checklist(), **kwargs)


# 1. Non-UTF-8 names, database errors, the run record ----------------------------------


def test_paths_round_trip_whatever_their_bytes():
    for raw in (b"/calls/plain.wav", "/calls/Звонок.wav".encode(), b"/calls/" + CP1251_NAME,
                b"/calls/fsbytes:odd.wav", b"/calls/100%.wav"):
        name = os.fsdecode(raw)
        stored = storable_path(name)
        stored.encode("utf-8")  # any database takes it
        assert filesystem_path(stored) == name
    assert storable_path("/calls/Звонок.wav") == "/calls/Звонок.wav"  # readable when it can be


def test_non_utf8_file_names_are_stored_losslessly(db_url, tmp_path, fake_engine):
    source = tmp_path / "calls"
    source.mkdir()
    good = _clip(Path(os.fsdecode(bytes(source) + b"/" + CP1251_NAME + b".wav")), 440)
    bad = Path(os.fsdecode(bytes(source) + b"/" + CP1251_NAME + b" 2.wav"))
    bad.write_bytes(b"not audio " * 100)
    with open_store(db_url) as store:
        summary = _run(source, store)
        assert (summary.done, summary.failed, summary.status) == (1, 1, "finished")
        with store.sessions() as session:
            call = session.scalars(select(Call)).one()
            failure = session.scalars(select(Failure)).one()
            body = session.scalars(select(TranscriptRow.body)).one()
    assert call.path.startswith(FS_BYTES_PREFIX) and filesystem_path(call.path) == str(good)
    assert filesystem_path(failure.path) == str(bad) and failure.stage == "audio"
    assert "\\xc7" in call.call_id.lower()  # the id stays readable where bytes are unknown
    assert FS_BYTES_PREFIX in body


def test_a_database_error_on_one_call_is_that_calls_failure(db_url, tmp_path, fake_engine,
                                                            monkeypatch):
    source = tmp_path / "calls"
    source.mkdir()
    for name, hz in (("a", 300), ("b", 500), ("c", 700)):
        _clip(source / f"{name}.wav", hz)
    with open_store(db_url) as store:
        real_save = store.save_call

        def refuses_b(info, *args, **kwargs):
            if info.call_id == "b":
                raise OperationalError("INSERT INTO calls", {}, Exception("server closed"))
            return real_save(info, *args, **kwargs)

        monkeypatch.setattr(store, "save_call", refuses_b)
        summary = _run(source, store)
        assert (summary.done, summary.failed, summary.status) == (2, 1, "finished")
        (failure,) = store.failures()
        assert (failure.call_id, failure.stage, failure.error_type) == (
            "b", "store", "OperationalError")
        assert store.run(summary.run_id).status == "finished"
        assert store.counts()["calls"] == 2


@pytest.mark.parametrize(("error", "status"), [(KeyboardInterrupt, "interrupted"),
                                               (RuntimeError, "failed")])
def test_the_run_record_is_closed_however_the_run_ends(tmp_path, fake_engine, monkeypatch,
                                                       error, status):
    source = tmp_path / "calls"
    source.mkdir()
    _clip(source / "a.wav", 300)
    _clip(source / "b.wav", 500)

    def breaks(self, outcome):
        raise error("stop")

    monkeypatch.setattr(batch._Writer, "write", breaks)
    with open_store(tmp_path / "r.db") as store:
        with pytest.raises(error):
            _run(source, store)
        with store.sessions() as session:
            run = session.scalars(select(Run)).one()
            assert session.scalars(select(BatchLease)).all() == []  # the lease is given back
        assert run.status == status and run.finished_at is not None


# 2. Deadlines and retries -------------------------------------------------------------


def test_the_default_deadline_follows_the_audio_duration():
    deadline = Deadline()
    assert deadline.seconds(20.0) == 120.0  # short calls get the floor
    assert deadline.seconds(3600.0) == 3 * 3600.0  # 15 × the measured real-time factor
    assert Deadline(fixed=30.0).seconds(3600.0) == 30.0


@pytest.mark.parametrize("kind", ["local", "ray"])
def test_a_stuck_worker_is_stopped_at_its_deadline_and_the_rest_goes_on(tmp_path, kind):
    clip = _clip(tmp_path / "ok.wav", 440)
    (tmp_path / "empty.wav").write_bytes(b"")
    jobs = [
        Job(Entry(tmp_path / "x.wav", "stuck", "x.wav", extra={"x": _SleepsWhenUnpickled()}),
            "1" * 64, timeout=3.0),
        Job(Entry(tmp_path / "empty.wav", "empty", "empty.wav"), "2" * 64, timeout=60.0),
        Job(Entry(clip, "crash", "c.wav", extra={"x": _KillsItsProcess()}), "3" * 64,
            timeout=60.0),
    ]
    engine = make_engine(kind, PipelineConfig(threads=1), load_checklist(), 2,
                         deadline=Deadline(startup=0.0))
    started = time.monotonic()
    try:
        outcomes = {o.job.entry.call_id: o for o in engine.run(jobs)}
    finally:
        engine.close()
    assert time.monotonic() - started < 120
    stuck = outcomes["stuck"]
    assert (stuck.stage, stuck.error_type, stuck.attempts) == ("timeout", "Timeout", 1)
    assert "deadline of 3 s" in stuck.message
    assert outcomes["empty"].message == "file is empty (0 bytes)"
    crash = outcomes["crash"]
    assert (crash.stage, crash.attempts) == ("worker", batch.MAX_ATTEMPTS)


def test_transient_errors_are_retried_and_corrupt_audio_is_not(tmp_path):
    flaky = _clip(tmp_path / "flaky.wav", 440)
    broken = _clip(tmp_path / "broken.wav", 550)
    (tmp_path / "corrupt.wav").write_bytes(b"RIFF" + b"\x00" * 400)
    jobs = [Job(Entry(flaky, "flaky", "f"), "1" * 64), Job(Entry(broken, "cachebroken", "b"),
            "2" * 64), Job(Entry(tmp_path / "corrupt.wav", "corrupt", "c"), "3" * 64)]
    engine = make_engine("local", PipelineConfig(threads=1), load_checklist(), 2,
                         worker_class=FakeWorker)
    try:
        outcomes = {o.job.entry.call_id: o for o in engine.run(jobs)}
    finally:
        engine.close()
    assert outcomes["flaky"].ok and outcomes["flaky"].attempts == 2
    assert not outcomes["cachebroken"].ok
    assert outcomes["cachebroken"].attempts == batch.MAX_ATTEMPTS
    assert outcomes["cachebroken"].error_type == "OSError"
    assert (outcomes["corrupt"].stage, outcomes["corrupt"].attempts) == ("audio", 1)


def test_attempts_are_recorded_with_the_failure(tmp_path, fake_engine):
    source = tmp_path / "calls"
    source.mkdir()
    _clip(source / "cachebroken.wav", 440)
    with open_store(tmp_path / "r.db") as store:
        summary = _run(source, store)
        (failure,) = store.failures()
    assert summary.failed == 1
    assert failure.message.endswith(f"(after {batch.MAX_ATTEMPTS} attempts)")


def test_jobs_get_a_deadline_from_the_file_header(tmp_path):
    clip = _clip(tmp_path / "long.wav", 440, seconds=50.0)
    with open_store(tmp_path / "r.db") as store:
        (job,) = batch._jobs(store, [(Entry(clip, "long", "l"), "1" * 64, False)],
                             Deadline(factor=4.0, minimum=1.0))
    assert job.timeout == pytest.approx(200.0, abs=1)


# 4. Files still being written, call_id conflicts --------------------------------------


def test_files_still_being_written_are_left_for_the_next_run(tmp_path, fake_engine):
    source = tmp_path / "calls"
    source.mkdir()
    fresh = _clip(source / "fresh.wav", 440)
    streaming = _clip(source / "streaming.wav", 550)
    data = bytearray(streaming.read_bytes())
    data[data.index(b"data") + 4 : data.index(b"data") + 8] = b"\xff\xff\xff\xff"
    streaming.write_bytes(bytes(data))
    hour_ago = time.time() - 3600
    os.utime(streaming, (hour_ago, hour_ago))  # old, but its header still says "open"
    with open_store(tmp_path / "r.db") as store:
        first = _run(source, store, settle=600)
        assert (first.done, first.failed, len(first.unsettled)) == (0, 0, 2)
        reasons = dict(first.unsettled)
        assert "modified" in reasons[str(fresh)] and "no length" in reasons[str(streaming)]
        assert any("2 not settled" in line for line in first.lines())
        long_ago = time.time() - 7200
        os.utime(fresh, (long_ago, long_ago))
        second = _run(source, store, settle=60)  # the open header is now 10 × settle old
        assert (second.done, second.failed, second.unsettled) == (2, 0, [])


def test_a_new_file_with_a_stored_call_id_and_other_bytes_is_a_conflict(db_url, tmp_path,
                                                                       fake_engine):
    source = tmp_path / "calls"
    source.mkdir()
    _clip(source / "call-7.wav", 440)
    with open_store(db_url) as store:
        assert _run(source, store).done == 1
        _clip(source / "call-7.wav", 660)  # other audio under the same name
        summary = _run(source, store)
        assert (summary.done, summary.failed) == (0, 1)
        (failure,) = store.failures()
        assert (failure.stage, failure.error_type) == ("conflict", "CallIdConflict")
        assert "call_id 'call-7' is already stored for other audio" in failure.message
        assert store.counts()["calls"] == 1


# 3. One batch per store ---------------------------------------------------------------


def test_a_second_batch_on_the_same_store_is_refused_naming_the_holder(db_url, tmp_path,
                                                                      fake_engine):
    source = tmp_path / "calls"
    source.mkdir()
    with open_store(db_url) as store, Lease(store) as held:
        held.attach_run(41)
        with pytest.raises(LeaseHeldError) as caught:
            _run(source, store)
        message = str(caught.value)
        assert f"pid {os.getpid()}" in message and "run 41" in message
        assert "--wait" in message
        with store.sessions() as session:
            assert session.scalars(select(Run)).all() == []  # refused before any work
    with open_store(db_url) as store:  # released: the next run goes ahead
        assert _run(source, store).status == "finished"


def test_a_lease_left_by_a_dead_host_is_taken_over(db_url):
    with open_store(db_url) as store:
        stale = utcnow() - timedelta(minutes=10)
        with store.sessions.begin() as session:
            session.add(BatchLease(name="batch", holder="gone:1:x", host="gone-host", pid=1,
                                   acquired_at=stale, heartbeat_at=stale))
        with Lease(store, stale_after=120) as lease, store.sessions() as session:
            row = session.scalars(select(BatchLease)).one()
            assert row.holder == lease.holder


def test_a_fresh_lease_of_another_host_is_respected(tmp_path):
    with open_store(tmp_path / "r.db") as store:
        now = utcnow()
        with store.sessions.begin() as session:
            session.add(BatchLease(name="batch", holder="other:1:x", host="other-host",
                                   pid=1, acquired_at=now, heartbeat_at=now))
        with pytest.raises(LeaseHeldError, match="a batch on other-host"):
            Lease(store).acquire()


def test_wait_takes_the_lease_when_the_holder_finishes(db_url):
    import threading

    with open_store(db_url) as store:
        first = Lease(store)
        first.acquire()
        threading.Timer(1.0, first.release).start()
        said = []
        started = time.monotonic()
        with Lease(store, wait=True, poll_s=0.2, on_wait=said.append):
            assert 0.8 < time.monotonic() - started < 30
        assert said and "busy" in said[0]


def test_the_heartbeat_keeps_the_lease_fresh(tmp_path):
    with open_store(tmp_path / "r.db") as store, Lease(store, heartbeat_s=0.2):
        with store.sessions() as session:
            first = session.scalars(select(BatchLease.heartbeat_at)).one()
        time.sleep(0.8)
        with store.sessions() as session:
            assert session.scalars(select(BatchLease.heartbeat_at)).one() > first


def test_the_cli_says_who_holds_the_store(tmp_path):
    from speechqa.cli import app

    db = tmp_path / "r.db"
    (tmp_path / "calls").mkdir()
    with open_store(db) as store, Lease(store):
        result = CliRunner().invoke(app, ["batch", str(tmp_path / "calls"), "--db", str(db),
                                          "--no-progress"])
    assert result.exit_code == 3, result.output
    assert "is busy" in result.output and f"pid {os.getpid()}" in result.output


def test_jobs_pickle_small():
    job = Job(Entry(Path("/a.wav"), "a", "a"), "1" * 64, timeout=5.0)
    assert pickle.loads(pickle.dumps(job)) == job
