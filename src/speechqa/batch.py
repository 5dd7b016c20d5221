"""Nightly batch scoring into the results database, resumable and parallel.

A source (a directory of recordings or transcript JSON, or a CSV/JSONL manifest) becomes a
list of entries;
each readable file is hashed, and the hash plus the checklist version decides what is left
to do: a call already scored is skipped, a call with a stored transcript is only rescored,
a file that failed before is skipped until ``--retry-failed``. The rest runs on a pool of
worker processes (or Ray actors), each holding one ``Pipeline`` so models load once per
worker. Only this coordinating process writes to the database, one transaction per call,
so a run killed at any point resumes where it stopped with no call lost or stored twice.

A transcript JSON (full schema or minimal form, from a site's own ASR or a demo) is a call
without audio: the SHA-256 of the file's bytes identifies it, and it is only scored.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import pickle
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from multiprocessing import get_context
from multiprocessing.connection import Connection
from multiprocessing.connection import wait as connection_wait
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.markup import escape
from sqlalchemy.exc import SQLAlchemyError

from speechqa.audio import (
    AUDIO_EXTENSIONS,
    DEFAULT_MAX_DURATION_S,
    AudioError,
    probe_duration,
    sha256_file,
)
from speechqa.errors import BadOptionError
from speechqa.formats import TranscriptFormatError, load_transcript_json
from speechqa.lease import Lease
from speechqa.paths import filesystem_path, storable_text
from speechqa.schema import AudioInfo, Scorecard, Transcript
from speechqa.store import CallInfo, Store

if TYPE_CHECKING:
    from speechqa.checklist import Checklist
    from speechqa.pipeline import Pipeline, PipelineConfig

MANIFEST_SUFFIXES = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}
KNOWN_COLUMNS = (
    "call_id", "path", "agent_id", "queue", "team", "direction", "customer_id", "started_at",
    "language",
)
DIRECTIONS = ("inbound", "outbound")
TRANSCRIPT_SUFFIX = ".json"
# Resident memory of one worker with every model loaded (Whisper base int8, pyannote
# segmentation, CAM++, e5 sentence encoder and its fine-tuned copy for sentiment, torch
# runtime), with headroom.
WORKER_MEMORY_BYTES = 2 * 1024**3
_TRANSCRIPT_CHUNK = 100
MAX_ATTEMPTS = 3  # a transient failure is tried twice more
LOOPBACK = "127.0.0.1"
_LISTED_FAILURES = 20  # in the closing summary; the database has them all


class SourceError(BadOptionError):
    """A source that cannot be read at all (as opposed to one bad row or file in it)."""


@dataclass(frozen=True)
class Entry:
    """One recording (or transcript JSON) to score and what the source said about it."""

    path: Path
    call_id: str | None  # None: a transcript JSON named by its own call_id
    origin: str = field(compare=False)  # where it came from, for error messages
    agent_id: str | None = None
    queue: str | None = None
    team: str | None = None
    direction: str | None = None
    customer_id: str | None = None
    started_at: datetime | None = None
    language: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def is_transcript(self) -> bool:
        return self.path.suffix.lower() == TRANSCRIPT_SUFFIX

    def call_info(self) -> CallInfo:
        return CallInfo(
            call_id=self.call_id or self.path.stem, path=str(self.path), agent_id=self.agent_id,
            queue=self.queue, team=self.team, direction=self.direction,
            customer_id=self.customer_id, started_at=self.started_at, extra=self.extra,
        )

    def metadata(self) -> dict[str, Any]:
        """Flat metadata carried inside the transcript, so its JSON stands on its own."""
        known = {
            "agent_id": self.agent_id, "queue": self.queue, "team": self.team,
            "direction": self.direction, "customer_id": self.customer_id,
            "started_at": self.started_at.isoformat() if self.started_at else None,
        }
        return {**{k: v for k, v in known.items() if v is not None}, **self.extra}


@dataclass(frozen=True)
class Rejected:
    """A manifest row that names no usable recording, with the reason."""

    origin: str
    path: str
    reason: str


@dataclass(frozen=True)
class Job:
    """Work for one call: transcribe and score, or only score a stored transcript.

    ``timeout`` is this call's deadline in seconds (see ``Deadline``); ``attempt`` counts
    from 1 and grows when a transient failure sends the job round again.
    """

    entry: Entry
    sha256: str
    transcript: Transcript | None = None
    timeout: float | None = None
    attempt: int = 1


@dataclass
class Outcome:
    """What a worker made of a job: results, or the stage and cause of the failure."""

    job: Job
    transcript: Transcript | None = None
    scorecard: Scorecard | None = None
    info: CallInfo | None = None  # what a transcript JSON said about its call
    unredacted: Transcript | None = None  # only with --keep-unredacted
    stage: str | None = None
    error_type: str | None = None
    message: str | None = None
    seconds: float = 0.0
    transient: bool = False
    """Worth another attempt: the failure came from the machine, not from the file."""
    attempts: int = 1

    @property
    def ok(self) -> bool:
        return self.scorecard is not None


@dataclass
class Summary:
    """What a run did, for the closing report and the run record."""

    run_id: int
    total: int = 0
    done: int = 0
    transcribed: int = 0
    imported: int = 0  # from transcript JSON
    skipped_done: int = 0
    skipped_duplicate: int = 0
    skipped_failed: int = 0
    failed: int = 0
    audio_seconds: float = 0.0
    wall_seconds: float = 0.0
    failures: list[tuple[str, str, str]] = field(default_factory=list)
    unsettled: list[tuple[str, str]] = field(default_factory=list)
    """Files still being written: not failures, the next run picks them up."""
    status: str = "running"

    @property
    def skipped(self) -> int:
        return self.skipped_done + self.skipped_duplicate + self.skipped_failed

    @property
    def throughput(self) -> float:
        """Audio hours transcribed per wall-clock hour."""
        return self.audio_seconds / self.wall_seconds if self.wall_seconds > 0 else 0.0

    def lines(self) -> list[str]:
        lines = [
            f"run {self.run_id} {self.status}, {self.total} files: "
            f"{self.done} done ({self.transcribed} transcribed, {self.imported} from transcript "
            "JSON), "
            f"{self.skipped} skipped ({self.skipped_done} already done, "
            f"{self.skipped_duplicate} duplicate, {self.skipped_failed} failed before), "
            f"{self.failed} failed",
            f"audio {self.audio_seconds / 3600:.2f} h in {self.wall_seconds / 60:.1f} min wall: "
            f"{self.throughput:.1f} audio hours per wall hour",
        ]
        lines += [
            f"  failed: {path}: [{stage}] {cause}"
            for path, stage, cause in self.failures[:_LISTED_FAILURES]
        ]
        if len(self.failures) > _LISTED_FAILURES:
            lines.append(
                f"  ... and {len(self.failures) - _LISTED_FAILURES} more: "
                "speechqa export --table failures"
            )
        if self.skipped_failed:
            lines.append("  (files that failed before were skipped: use --retry-failed)")
        if self.unsettled:
            lines.append(
                f"{len(self.unsettled)} not settled (still being written; the next run "
                "picks them up)"
            )
            lines += [
                f"  not settled: {path}: {reason}"
                for path, reason in self.unsettled[:_LISTED_FAILURES]
            ]
        return lines


# Sources ------------------------------------------------------------------------------


def read_source(source: str | Path) -> tuple[list[Entry], list[Rejected]]:
    """Entries from a directory (recursive, by extension), a manifest or one file."""
    source = Path(source)
    if source.is_dir():
        return _scan_directory(source), []
    if not source.is_file():
        raise SourceError(f"{source}: no such directory or file")
    kind = MANIFEST_SUFFIXES.get(source.suffix.lower())
    if kind == "csv":
        return _read_manifest(source, _csv_rows(source))
    if kind == "jsonl":
        return _read_manifest(source, _jsonl_rows(source))
    if source.suffix.lower() in AUDIO_EXTENSIONS:
        entry = Entry(path=source.resolve(), call_id=storable_text(source.stem), origin=str(source))
        return [entry], []
    if source.suffix.lower() == TRANSCRIPT_SUFFIX:
        return [Entry(path=source.resolve(), call_id=None, origin=str(source))], []
    raise SourceError(
        f"{source}: not a directory, a manifest (.csv, .jsonl), an audio file or a "
        "transcript JSON"
    )


def _scan_directory(root: Path) -> list[Entry]:
    files = sorted(p for p in root.rglob("*") if p.is_file())
    audio = [p for p in files if p.suffix.lower() in AUDIO_EXTENSIONS]
    # A transcript beside its recording (``speechqa transcribe`` output) is not a second call;
    # nor is a scorecard that ``speechqa score`` wrote.
    recorded = {p.with_suffix("") for p in audio}
    transcripts = [
        p for p in files
        if p.suffix.lower() == TRANSCRIPT_SUFFIX and p.with_suffix("") not in recorded
        and not p.name.endswith(".scorecard.json")
    ]
    return [
        Entry(
            path=p.resolve(),
            # The relative path keeps ids distinct when two folders hold the same file name.
            call_id=storable_text(p.relative_to(root).with_suffix("").as_posix()),
            origin=str(p),
        )
        for p in audio
    ] + [Entry(path=p.resolve(), call_id=None, origin=str(p)) for p in transcripts]


def _csv_rows(path: Path) -> Iterator[tuple[int, dict[str, Any] | str]]:
    with open(path, newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        if not reader.fieldnames or "path" not in reader.fieldnames:
            raise SourceError(
                f"{path}: a manifest needs a 'path' column (found {reader.fieldnames})"
            )
        for row in reader:
            if None in row:
                yield reader.line_num, f"more values than the {len(reader.fieldnames)} columns"
            else:
                yield reader.line_num, row


def _jsonl_rows(path: Path) -> Iterator[tuple[int, dict[str, Any] | str]]:
    with open(path, encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                yield number, f"not valid JSON ({error.msg})"
                continue
            yield number, row if isinstance(row, dict) else "not a JSON object"


def _read_manifest(
    manifest: Path, rows: Iterable[tuple[int, dict[str, Any] | str]]
) -> tuple[list[Entry], list[Rejected]]:
    entries: list[Entry] = []
    rejected: list[Rejected] = []
    for number, row in rows:
        origin = f"{manifest}:{number}"
        if isinstance(row, str):
            rejected.append(Rejected(origin, origin, row))
            continue
        try:
            entries.append(_entry(manifest, origin, row))
        except ValueError as error:
            rejected.append(Rejected(origin, str(row.get("path") or origin), str(error)))
    return entries, rejected


def _entry(manifest: Path, origin: str, row: dict[str, Any]) -> Entry:
    values = {key: _clean(value) for key, value in row.items()}
    if not values.get("path"):
        raise ValueError("no path")
    path = Path(str(values["path"])).expanduser()
    if not path.is_absolute():
        path = manifest.parent / path
    return Entry(
        path=path.resolve(),
        call_id=storable_text(str(values["call_id"])) if values.get("call_id") else (
            None if path.suffix.lower() == TRANSCRIPT_SUFFIX else storable_text(path.stem)
        ),
        origin=origin,
        agent_id=_text(values.get("agent_id")),
        queue=_text(values.get("queue")),
        team=_text(values.get("team")),
        direction=_direction(values.get("direction")),
        customer_id=_text(values.get("customer_id")),
        started_at=_timestamp(values.get("started_at")),
        language=_text(values.get("language")),
        extra={k: v for k, v in values.items() if k not in KNOWN_COLUMNS},
    )


def _clean(value: Any) -> str | int | float | bool | None:
    """Manifest cells as scalars: blanks become None, nested JSON becomes its text.

    NUL characters are dropped: PostgreSQL refuses them in text, and no id needs one.
    """
    if isinstance(value, str):
        value = storable_text(value).strip()  # a JSON "\ud800" is no text PostgreSQL takes
        return value or None
    if value is None or isinstance(value, bool | int | float):
        return value
    return json.dumps(value, ensure_ascii=False)


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _direction(value: Any) -> str | None:
    if value is None:
        return None
    direction = str(value).strip().lower()
    if direction not in DIRECTIONS:
        raise ValueError(f"direction {value!r} is not one of {', '.join(DIRECTIONS)}")
    return direction


def _timestamp(value: Any) -> datetime | None:
    """ISO 8601 start time; one without an offset is taken as UTC."""
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        raise ValueError(f"started_at {value!r} is not an ISO 8601 date and time") from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


# Workers ------------------------------------------------------------------------------


def default_workers(threads_per_worker: int = 1) -> int:
    """Workers that fit this machine: one per core (or per thread group), within memory."""
    cores = len(os.sched_getaffinity(0))
    memory = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    by_memory = int(memory * 0.8 // WORKER_MEMORY_BYTES)
    return max(1, min(cores // max(1, threads_per_worker), by_memory))


class Worker:
    """One Pipeline (models load on first use, once) and the checklist it scores with."""

    def __init__(self, config: PipelineConfig, checklist: Checklist) -> None:
        from speechqa.pipeline import Pipeline

        self.pipeline: Pipeline = Pipeline(config)
        self.checklist = checklist

    def run(self, job: Job) -> Outcome:
        """Never raises for a bad file: the failure comes back as data with its stage."""
        started = time.perf_counter()
        transcript = job.transcript
        info = None
        unredacted = None
        stage = "transcribe"
        try:
            entry = job.entry
            keep = self.pipeline.config.keep_unredacted
            if transcript is None and entry.is_transcript:
                # A transcript from another ASR is masked like our own before it is stored.
                transcript, info = read_transcript_entry(entry, job.sha256)
                stage = "redact"
                if keep and transcript.redaction is None:
                    unredacted = transcript
                transcript = self.pipeline.redact(transcript)
            elif transcript is None:
                transcript = self.pipeline.transcribe(
                    entry.path, call_id=entry.call_id, language=entry.language,
                    metadata=entry.metadata(), unredacted=keep,
                )
                if keep:
                    unredacted, transcript = transcript, self.pipeline.redact(transcript)
                stage = "redact audio"
                transcript = self.pipeline.write_redacted_audio(entry.path, transcript)
            stage = "score"
            scorecard = self.pipeline.score(transcript, self.checklist)
        except AudioError as error:
            return Outcome(
                job, stage="audio", error_type="AudioError", message=error.cause,
                seconds=time.perf_counter() - started,
            )
        except TranscriptFormatError as error:
            return Outcome(
                job, stage="transcript", error_type="TranscriptFormatError",
                message=str(error), seconds=time.perf_counter() - started,
            )
        except Exception as error:
            return Outcome(
                job, transcript=transcript if stage == "score" else None, stage=stage,
                info=info, error_type=type(error).__name__, message=_describe(error),
                seconds=time.perf_counter() - started, transient=_is_transient(error),
            )
        return Outcome(
            job, transcript=transcript, scorecard=scorecard, info=info, unredacted=unredacted,
            seconds=time.perf_counter() - started,
        )


def read_transcript_entry(entry: Entry, sha256: str) -> tuple[Transcript, CallInfo]:
    """A transcript JSON as a call without audio, keyed by ``sha256`` (of the file's bytes).

    The call keeps the transcript's own call_id unless the manifest names one; manifest
    metadata (agent, team, queue, start time ...) wins over the file's ``metadata``.
    """
    transcript = load_transcript_json(entry.path)
    metadata = {**transcript.metadata, **entry.metadata()}
    audio = transcript.audio or AudioInfo(duration=transcript.duration)
    transcript = transcript.model_copy(update={
        "call_id": entry.call_id or transcript.call_id,
        "language": transcript.language or entry.language,
        "audio": audio.model_copy(update={"sha256": sha256}),
        "metadata": metadata,
    })
    try:
        info = CallInfo(
            call_id=transcript.call_id, path=str(entry.path),
            agent_id=_text(metadata.get("agent_id")), queue=_text(metadata.get("queue")),
            team=_text(metadata.get("team")), direction=_direction(metadata.get("direction")),
            customer_id=_text(metadata.get("customer_id")),
            started_at=_timestamp(metadata.get("started_at")),
            extra={k: v for k, v in metadata.items() if k not in KNOWN_COLUMNS},
        )
    except ValueError as error:
        raise TranscriptFormatError(f"{entry.path}: metadata: {error}") from None
    return transcript, info


def _is_transient(error: BaseException) -> bool:
    """I/O errors (the model cache on a flaky disk, a network share) may pass on a retry;
    anything about the file itself (AudioError, a bad transcript) will not."""
    return isinstance(error, OSError) or isinstance(error.__cause__, OSError)


def _describe(error: BaseException) -> str:
    """The message and the innermost frame: enough to find the fault, short enough to store."""
    frames = traceback.extract_tb(error.__traceback__)
    where = f" (at {frames[-1].filename}:{frames[-1].lineno})" if frames else ""
    return f"{error}{where}"


def _crashed(job: Job, cause: str) -> Outcome:
    # A killed worker is worth another try: the OOM killer or a node going away are not
    # the file's fault. A file that kills every worker fails after MAX_ATTEMPTS.
    return Outcome(job, stage="worker", error_type="WorkerCrash", message=cause, transient=True)


def _timed_out(job: Job, seconds: float) -> Outcome:
    return Outcome(
        job, stage="timeout", error_type="Timeout", seconds=seconds,
        message=f"no result within the deadline of {seconds:.0f} s; the worker was stopped",
    )


@dataclass(frozen=True)
class Deadline:
    """How long one call may take before its worker is stopped.

    By default ``factor`` × the audio duration, at least ``minimum`` seconds: the measured
    real-time factor is about 0.2 (benchmarks/results/transcribe.json), so 3 × leaves a
    15-fold margin for a loaded machine. ``fixed`` (``--call-timeout``) replaces it. A worker's
    first call also loads its models, so it gets ``startup`` seconds more.
    """

    factor: float = 3.0
    minimum: float = 120.0
    fixed: float | None = None
    startup: float = 300.0

    def seconds(self, duration: float | None) -> float:
        if self.fixed is not None:
            return self.fixed
        if duration is None:
            return max(self.minimum, self.factor * DEFAULT_MAX_DURATION_S)
        return max(self.minimum, self.factor * duration)


def _retry_or_result(outcome: Outcome, retry: deque[Job]) -> Outcome | None:
    """The outcome to report, or None when a transient failure goes back in the queue."""
    job = outcome.job
    outcome.attempts = job.attempt
    if outcome.transient and job.attempt < MAX_ATTEMPTS:
        retry.append(replace(job, attempt=job.attempt + 1))
        return None
    return outcome


_WORKER: Worker | None = None


def _init_process(threads: int, payload: bytes) -> None:
    """Worker start: cap native thread pools before any model library is imported."""
    for name in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ[name] = str(threads)
    global _WORKER
    worker_class, config, checklist = pickle.loads(payload)
    _WORKER = worker_class(config, checklist)


def _serve(connection: Connection, threads: int, payload: bytes) -> None:
    """A worker process: jobs in, outcomes out, one at a time, until told to stop."""
    _init_process(threads, payload)
    assert _WORKER is not None
    while True:
        try:
            job = connection.recv()
        except EOFError:
            return
        if job is None:
            return
        connection.send(_WORKER.run(job))


class _WorkerProcess:
    """One worker process and its pipe; the coordinator knows which job it runs, so a stuck
    or dead worker names its file exactly and can be ended alone."""

    def __init__(self, context, threads: int, payload: bytes) -> None:
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, threads, payload))
        self.process.start()
        child.close()
        self.job: Job | None = None
        self.deadline = 0.0
        self.allowed = 0.0
        self.warm = False

    def start(self, job: Job, deadline: Deadline) -> None:
        self.job = job
        self.allowed = (job.timeout or deadline.seconds(None)) + (
            0.0 if self.warm else deadline.startup
        )
        self.deadline = time.monotonic() + self.allowed
        self.connection.send(job)

    def kill(self) -> None:
        self.process.kill()
        self.process.join()
        self.connection.close()

    def stop(self) -> None:
        with contextlib.suppress(OSError):  # already gone
            self.connection.send(None)
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.kill()
        else:
            self.connection.close()


class LocalEngine:
    """Worker processes on this machine, one Pipeline each, one job at a time each.

    A job that kills its worker (a decoder segfault, the OOM killer) or outlives its deadline
    ends that worker alone; a fresh one takes its place and the batch goes on. Transient
    failures (a dead worker, an OSError such as the model cache on a flaky disk) are retried
    up to ``MAX_ATTEMPTS`` times; corrupt audio is not.
    """

    def __init__(
        self,
        config: PipelineConfig,
        checklist: Checklist,
        workers: int,
        deadline: Deadline | None = None,
        worker_class: type[Worker] | None = None,
    ) -> None:
        self.workers = workers
        self.threads = config.threads
        self.deadline = deadline or Deadline()
        self._payload = pickle.dumps((worker_class or Worker, config, checklist))
        self._context = get_context("spawn")  # forking a process with threads is unsafe
        self._idle: list[_WorkerProcess] = []
        self._busy: list[_WorkerProcess] = []

    def _worker(self) -> _WorkerProcess:
        if self._idle:
            return self._idle.pop()
        return _WorkerProcess(self._context, self.threads, self._payload)

    def run(self, jobs: Iterable[Job]) -> Iterator[Outcome]:
        pending = iter(jobs)
        retry: deque[Job] = deque()
        while True:
            while len(self._busy) < self.workers:
                job = retry.popleft() if retry else next(pending, None)
                if job is None:
                    break
                worker = self._worker()
                worker.start(job, self.deadline)
                self._busy.append(worker)
            if not self._busy:
                return
            until = min(w.deadline for w in self._busy) - time.monotonic()
            waitables = [w.connection for w in self._busy] + [
                w.process.sentinel for w in self._busy
            ]
            connection_wait(waitables, timeout=max(0.0, until))
            for worker in list(self._busy):
                outcome = self._collect(worker)
                if outcome is None:
                    continue
                self._busy.remove(worker)
                result = _retry_or_result(outcome, retry)
                if result is not None:
                    yield result

    def _collect(self, worker: _WorkerProcess) -> Outcome | None:
        """The worker's outcome if it has one, died or ran out of time; else None."""
        job = worker.job
        assert job is not None
        if worker.connection.poll():
            try:
                outcome = worker.connection.recv()
            except (EOFError, OSError):
                worker.kill()
                return _crashed(job, "the worker process died while processing this file")
            worker.warm = True
            self._idle.append(worker)
            return outcome
        if not worker.process.is_alive():
            worker.kill()
            return _crashed(job, "the worker process died while processing this file")
        if time.monotonic() >= worker.deadline:
            worker.kill()
            return _timed_out(job, worker.allowed)
        return None

    def close(self) -> None:
        for worker in self._busy:
            worker.kill()
        for worker in self._idle:
            worker.stop()
        self._busy.clear()
        self._idle.clear()


@contextlib.contextmanager
def _loopback_ray() -> Iterator[None]:
    """Make a local Ray bind every port (GCS, raylet, workers, agents) to 127.0.0.1.

    On Linux Ray turns a loopback ``_node_ip_address`` into the machine's network address
    unless it believes it runs outside a cluster, which is what
    RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER=0 says; the flag is read once, at import, so it is
    also set on the imported constant, and both are restored once Ray has started.
    """
    from ray._private import ray_constants

    variable = ray_constants.ENABLE_RAY_CLUSTERS_ENV_VAR
    saved_env, saved_flag = os.environ.get(variable), ray_constants.ENABLE_RAY_CLUSTER
    os.environ[variable] = "0"
    ray_constants.ENABLE_RAY_CLUSTER = False
    try:
        yield
    finally:
        ray_constants.ENABLE_RAY_CLUSTER = saved_flag
        if saved_env is None:
            os.environ.pop(variable, None)
        else:
            os.environ[variable] = saved_env


class RayEngine:
    """The same Worker as Ray actors: a local Ray, or a cluster given its address.

    Each actor runs one job at a time, so an actor that dies or outlives its deadline names
    its file exactly; it is killed and replaced and the batch goes on, with the same retries
    as the local engine. A local Ray (no address) listens on the loopback interface only:
    its ports have no authentication. Recordings must be readable at the same path on every
    node (shared storage), as nightly batches on a cluster usually are.
    """

    def __init__(
        self,
        config: PipelineConfig,
        checklist: Checklist,
        workers: int | None,
        address: str | None = None,
        deadline: Deadline | None = None,
        worker_class: type[Worker] | None = None,
    ) -> None:
        import ray

        self._ray = ray
        self.deadline = deadline or Deadline()
        self._started = not ray.is_initialized()
        if self._started:
            if address:
                ray.init(address=address, logging_level="WARNING", log_to_driver=False)
            else:
                with _loopback_ray():
                    ray.init(
                        num_cpus=(workers or default_workers(config.threads)) * config.threads,
                        include_dashboard=False, logging_level="WARNING", log_to_driver=False,
                        object_store_memory=256 * 1024**2, _node_ip_address=LOOPBACK,
                    )
        resources = ray.cluster_resources()
        # More actors than the cluster can place would wait forever with their jobs.
        capacity = max(1, int(resources.get("CPU", 1)) // config.threads)
        self.workers = min(workers or capacity, capacity)
        gpus = resources.get("GPU", 0)
        if gpus:
            config = replace(config, device="cuda")
        # Ray sets OMP_NUM_THREADS in each actor to its num_cpus; GPUs are shared out.
        remote = ray.remote(worker_class or Worker).options(
            num_cpus=config.threads, num_gpus=min(1.0, gpus / self.workers) if gpus else 0
        )
        self._spawn = lambda: remote.remote(config, checklist)
        self._actors = [self._spawn() for _ in range(self.workers)]
        self._warm: set[Any] = set()

    def _replace(self, actor: Any) -> Any:
        self._ray.kill(actor)
        self._actors.remove(actor)
        self._warm.discard(actor)
        fresh = self._spawn()
        self._actors.append(fresh)
        return fresh

    def run(self, jobs: Iterable[Job]) -> Iterator[Outcome]:
        ray = self._ray
        pending = iter(jobs)
        retry: deque[Job] = deque()
        idle = list(self._actors)
        inflight: dict[Any, tuple[Any, Job, float, float]] = {}
        while True:
            while idle:
                job = retry.popleft() if retry else next(pending, None)
                if job is None:
                    break
                actor = idle.pop()
                allowed = (job.timeout or self.deadline.seconds(None)) + (
                    0.0 if actor in self._warm else self.deadline.startup
                )
                ref = actor.run.remote(job)
                inflight[ref] = (actor, job, time.monotonic() + allowed, allowed)
            if not inflight:
                return
            until = min(due for _, _, due, _ in inflight.values()) - time.monotonic()
            ready, _ = ray.wait(list(inflight), num_returns=1, timeout=max(0.0, until))
            finished: list[tuple[Any, Outcome]] = []
            for ref in ready:
                actor, job, _, _ = inflight.pop(ref)
                try:
                    outcome = ray.get(ref)
                    self._warm.add(actor)
                except ray.exceptions.RayActorError as error:
                    actor = self._replace(actor)
                    outcome = _crashed(
                        job, f"the Ray worker died while processing this file ({error})"
                    )
                finished.append((actor, outcome))
            now = time.monotonic()
            for ref, (actor, job, due, allowed) in list(inflight.items()):
                if now >= due:
                    del inflight[ref]
                    finished.append((self._replace(actor), _timed_out(job, allowed)))
            for actor, outcome in finished:
                idle.append(actor)
                result = _retry_or_result(outcome, retry)
                if result is not None:
                    yield result

    def close(self) -> None:
        for actor in self._actors:
            self._ray.kill(actor)
        if self._started:
            self._ray.shutdown()



def make_engine(
    kind: str,
    config: PipelineConfig,
    checklist: Checklist,
    workers: int | None,
    ray_address: str | None = None,
    deadline: Deadline | None = None,
    worker_class: type[Worker] | None = None,
) -> LocalEngine | RayEngine:
    if kind == "local":
        return LocalEngine(
            config, checklist, workers or default_workers(config.threads), deadline,
            worker_class,
        )
    if kind == "ray":
        return RayEngine(config, checklist, workers, ray_address, deadline, worker_class)
    raise ValueError(f"unknown engine {kind!r}: use 'local' or 'ray'")


def split_cores(
    config: PipelineConfig, engine: str, workers: int | None, threads: int | None
) -> tuple[PipelineConfig, int | None]:
    """Workers and threads per worker: by default the cores are shared out, one thread each.

    A local pool defaults to as many workers as cores and memory allow. A Ray engine left
    without a worker count gets one actor per cluster CPU, which only Ray knows.
    """
    cores = len(os.sched_getaffinity(0))
    if workers is None and engine == "local":
        workers = default_workers(threads or 1)
    if threads is None:
        threads = max(1, cores // workers) if workers else 1
    return replace(config, threads=threads), workers


# The coordinator ----------------------------------------------------------------------


def run_batch(
    source: str | Path,
    store: Store,
    *,
    config: PipelineConfig,
    checklist: Checklist,
    workers: int | None = None,
    threads: int | None = None,
    engine: str = "local",
    ray_address: str | None = None,
    retry_failed: bool = False,
    progress: bool = False,
    settle: float = 0.0,
    deadline: Deadline | None = None,
    wait: bool = False,
    on_wait: Callable[[str], None] | None = None,
) -> Summary:
    """Score every recording in ``source`` that the database does not have yet.

    ``settle``: files modified less than this many seconds ago (or WAVs whose header has no
    length yet) are left for the next run. ``wait``: wait for another batch on the same
    store to finish instead of raising ``LeaseHeldError``.
    """
    started = time.perf_counter()
    entries, rejected = read_source(source)
    config, workers = split_cores(config, engine, workers, threads)
    store.register_checklist(checklist)
    deadline = deadline or Deadline()
    with Lease(store, wait=wait, on_wait=on_wait) as lease:
        run_id = store.start_run(
            "batch", source=storable_text(str(source)), engine=engine, workers=workers,
            checklist_id=checklist.id, checklist_version=checklist.version,
            checklist_hash=checklist.content_hash,
            options=_jsonable(asdict(config)) | {
                "retry_failed": retry_failed, "settle": settle, "deadline": asdict(deadline),
            },
        )
        lease.attach_run(run_id)
        writer = _Writer(store, run_id, checklist, started)
        with writer.closing():
            for row in rejected:
                writer.fail(
                    row.path, None, None, "manifest", "ManifestError",
                    f"{row.origin}: {row.reason}",
                )
            jobs = _plan(entries, store, checklist, retry_failed, writer, settle, deadline)
            writer.summary.total = len(entries) + len(rejected)
            _execute(
                lambda: make_engine(engine, config, checklist, workers, ray_address, deadline),
                jobs, writer, progress, f"scoring {source}",
            )
    return writer.summary


def rescore(
    store: Store,
    *,
    config: PipelineConfig,
    checklist: Checklist,
    workers: int | None = 1,
    threads: int | None = None,
    engine: str = "local",
    ray_address: str | None = None,
    progress: bool = False,
    deadline: Deadline | None = None,
    wait: bool = False,
    on_wait: Callable[[str], None] | None = None,
) -> Summary:
    """Score stored transcripts against ``checklist`` where this version has no scorecard.

    Nothing is transcribed again; scorecards of other checklist versions stay as they are.
    """
    started = time.perf_counter()
    config, workers = split_cores(config, engine, workers, threads)
    store.register_checklist(checklist)
    deadline = deadline or Deadline()
    with Lease(store, wait=wait, on_wait=on_wait) as lease:
        run_id = store.start_run(
            "rescore", engine=engine, workers=workers, checklist_id=checklist.id,
            checklist_version=checklist.version, checklist_hash=checklist.content_hash,
            options=_jsonable(asdict(config)) | {"deadline": asdict(deadline)},
        )
        lease.attach_run(run_id)
        writer = _Writer(store, run_id, checklist, started)
        with writer.closing():
            calls = store.unscored_calls(checklist.id, checklist.version)
            writer.summary.total = len(calls)
            pending = [
                (Entry(path=Path(filesystem_path(path)), call_id=call_id, origin=path), sha256,
                 True)
                for sha256, call_id, path in calls
            ]
            _execute(
                lambda: make_engine(engine, config, checklist, workers, ray_address, deadline),
                _Planned(_jobs(store, pending, deadline), len(pending)), writer, progress,
                f"rescoring with {checklist.id} {checklist.version}",
            )
    return writer.summary


@dataclass
class _Planned:
    jobs: Iterable[Job]
    count: int


def _plan(
    entries: list[Entry],
    store: Store,
    checklist: Checklist,
    retry_failed: bool,
    writer: _Writer,
    settle: float = 0.0,
    deadline: Deadline | None = None,
) -> _Planned:
    """Hash every settled file and keep only the work this checklist version still needs."""
    summary = writer.summary
    now = time.time()
    settled = []
    for entry in entries:
        reason = not_settled(entry.path, settle, now)
        if reason is None:
            settled.append(entry)
        else:
            summary.unsettled.append((storable_text(str(entry.path)), reason))
    entries = settled
    with ThreadPoolExecutor(max_workers=4) as pool:  # hashing is I/O; hashlib frees the GIL
        hashes = list(pool.map(_hash, entries))
    keys = [sha or str(entry.path) for entry, (sha, _) in zip(entries, hashes, strict=True)]
    hashed = [sha for sha, _ in hashes if sha]
    done = store.scored(hashed, checklist.id, checklist.version)
    failed_before = {} if retry_failed else store.open_failures(
        keys, checklist.id, checklist.version
    )
    stored = store.transcribed([sha for sha in hashed if sha not in done])
    pending: list[tuple[Entry, str, bool]] = []
    seen: set[str] = set()
    for entry, (sha256, error), key in zip(entries, hashes, keys, strict=True):
        if key in failed_before:
            summary.skipped_failed += 1
        elif sha256 is None:
            writer.fail(str(entry.path), None, entry.call_id, "read", "OSError", error or "")
        elif sha256 in done:
            summary.skipped_done += 1
        elif sha256 in seen:
            summary.skipped_duplicate += 1  # the same bytes under another name: one call
        else:
            seen.add(sha256)
            pending.append((entry, sha256, sha256 in stored))
    pending = _without_id_conflicts(pending, store, writer)
    return _Planned(_jobs(store, pending, deadline or Deadline()), len(pending))


def not_settled(path: Path, settle: float, now: float | None = None) -> str | None:
    """Why a file may still be being written, or None when it looks complete.

    A file modified less than ``settle`` seconds ago may still grow. A WAV whose RIFF or
    data size is 0 or 0xFFFFFFFF is what recorders write first and fix when they close the
    file; such a header is waited for ten times longer, after which the file is taken as
    it is (some recorders never fix it).
    """
    if settle <= 0:
        return None
    try:
        status = os.stat(path)
    except OSError:
        return None  # hashing reports a missing or unreadable file as that file's failure
    age = (now or time.time()) - status.st_mtime
    if age < settle:
        return f"modified {max(age, 0):.0f} s ago (settle time {settle:g} s)"
    if age < 10 * settle and path.suffix.lower() == ".wav" and _wav_open_ended(path):
        return "WAV header has no length yet (the recorder has not closed the file)"
    return None


def _wav_open_ended(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            header = handle.read(4096)
    except OSError:
        return False
    if header[:4] != b"RIFF" or header[8:12] != b"WAVE":
        return False
    if int.from_bytes(header[4:8], "little") in (0, 0xFFFFFFFF):
        return True
    position = 12
    while position + 8 <= len(header):
        chunk_id = header[position : position + 4]
        size = int.from_bytes(header[position + 4 : position + 8], "little")
        if chunk_id == b"data":
            return size in (0, 0xFFFFFFFF)
        position += 8 + size + (size & 1)
    return False


def _without_id_conflicts(
    pending: list[tuple[Entry, str, bool]], store: Store, writer: _Writer
) -> list[tuple[Entry, str, bool]]:
    """New recordings whose call_id the store (or this run) has for other audio are
    reported as conflicts, not stored as a second call under the same id. A transcript JSON
    without a manifest call_id names its call inside the file, so it is not checked here."""
    new = [(entry, sha256) for entry, sha256, has in pending if not has and entry.call_id]
    owners = store.call_id_owners([entry.call_id for entry, _ in new])
    kept = []
    for entry, sha256, has in pending:
        owner = owners.get(entry.call_id) if entry.call_id else None
        if not has and owner is not None and owner[0] != sha256:
            other_sha, other_path = owner
            writer.fail(
                str(entry.path), sha256, entry.call_id, "conflict", "CallIdConflict",
                f"call_id {entry.call_id!r} is already stored for other audio "
                f"(sha256 {other_sha[:12]}, {other_path}); give this file another call_id "
                "or remove the stored call",
            )
            continue
        if not has and entry.call_id:
            owners.setdefault(entry.call_id, (sha256, storable_text(str(entry.path))))
        kept.append((entry, sha256, has))
    return kept


def _jobs(
    store: Store, pending: list[tuple[Entry, str, bool]], deadline: Deadline
) -> Iterator[Job]:
    """Jobs as the engine asks for them; stored transcripts load a chunk at a time, so a
    rescore of a large store never holds every transcript in memory. Each job's deadline
    comes from its duration: the stored transcript's, or the file header's."""
    for start in range(0, len(pending), _TRANSCRIPT_CHUNK):
        chunk = pending[start : start + _TRANSCRIPT_CHUNK]
        stored = store.transcripts([sha256 for _, sha256, has in chunk if has])
        for entry, sha256, _ in chunk:
            transcript = stored.get(sha256)
            if transcript is not None:
                timeout = deadline.fixed or deadline.minimum  # scoring alone takes seconds
            else:
                timeout = deadline.seconds(probe_duration(entry.path))
            yield Job(entry, sha256, transcript, timeout=timeout)


def _hash(entry: Entry) -> tuple[str | None, str | None]:
    try:
        return sha256_file(entry.path), None
    except FileNotFoundError:
        return None, "file not found"
    except IsADirectoryError:
        return None, "is a directory, not an audio file"
    except OSError as error:
        return None, f"cannot read the file ({error.strerror or error})"


def _execute(
    make: Callable[[], LocalEngine | RayEngine],
    planned: _Planned,
    writer: _Writer,
    progress: bool,
    description: str,
) -> None:
    """Run the jobs, writing each outcome as it arrives."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    if not planned.count:
        return
    bar = Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[hours]:.2f} h audio"), TimeElapsedColumn(),
        TextColumn("ETA"), TimeRemainingColumn(), disable=not progress,
    )
    task = bar.add_task(escape(description), total=planned.count, hours=0.0)
    engine = make()
    outcomes = engine.run(planned.jobs)
    try:
        with bar:
            for outcome in outcomes:
                writer.write(outcome)
                bar.update(task, advance=1, hours=writer.summary.audio_seconds / 3600)
    finally:
        outcomes.close()
        engine.close()


class _Writer:
    """The only code that writes a run's results: one transaction per call.

    A database error while writing one call (a value the server refuses, a lost connection)
    becomes that call's failure and the run goes on; the run record is closed whatever
    happens (``closing``).
    """

    def __init__(self, store: Store, run_id: int, checklist: Checklist, started: float) -> None:
        self.store = store
        self.run_id = run_id
        self.checklist = checklist
        self.summary = Summary(run_id=run_id)
        self.started = started

    def write(self, outcome: Outcome) -> None:
        try:
            self._write(outcome)
        except (SQLAlchemyError, ValueError, UnicodeError) as error:
            job = outcome.job
            self.fail(
                str(job.entry.path), job.sha256, job.entry.call_id, "store",
                type(error).__name__, f"the database refused this call: {_describe(error)}",
            )

    def _write(self, outcome: Outcome) -> None:
        job = outcome.job
        if outcome.ok:
            assert outcome.transcript is not None and outcome.scorecard is not None
            if self.store.save_call(
                outcome.info or job.entry.call_info(), outcome.transcript, outcome.scorecard,
                self.run_id, unredacted=outcome.unredacted,
            ):
                self.summary.done += 1
                if job.transcript is None and job.entry.is_transcript:
                    self.summary.imported += 1
                elif job.transcript is None:
                    self.summary.transcribed += 1
                    self.summary.audio_seconds += outcome.transcript.duration
            else:
                self.summary.skipped_done += 1  # another writer stored it meanwhile
            return
        if outcome.transcript is not None and job.transcript is None:
            # Transcribed but not scored: keep the expensive half for the retry.
            self.store.save_call(
                outcome.info or job.entry.call_info(), outcome.transcript, None, self.run_id
            )
        message = outcome.message or ""
        if outcome.attempts > 1:
            message += f" (after {outcome.attempts} attempts)"
        self.fail(
            str(job.entry.path), job.sha256, job.entry.call_id, outcome.stage or "unknown",
            outcome.error_type or "Error", message,
        )

    def fail(
        self, path: str, sha256: str | None, call_id: str | None, stage: str, error_type: str,
        message: str,
    ) -> None:
        self.summary.failed += 1
        self.summary.failures.append((storable_text(path), stage, storable_text(message)))
        try:
            self.store.record_failure(
                path=path, sha256=sha256, call_id=call_id, stage=stage, error_type=error_type,
                message=message, checklist_id=self.checklist.id,
                checklist_version=self.checklist.version, run_id=self.run_id,
            )
        except SQLAlchemyError as error:
            self.summary.failures.append(
                (storable_text(path), "store", f"failure not recorded: {_describe(error)}")
            )

    @contextlib.contextmanager
    def closing(self) -> Iterator[None]:
        """Close the run record however the run ends: finished, interrupted (Ctrl-C) or
        failed (an unexpected error, which is raised on after the record is closed)."""
        try:
            yield
        except KeyboardInterrupt:
            self.summary.status = "interrupted"
            raise
        except BaseException:
            self.summary.status = "failed"
            raise
        finally:
            self.finish()

    def finish(self) -> Summary:
        summary = self.summary
        summary.wall_seconds = time.perf_counter() - self.started
        if summary.status == "running":
            summary.status = "finished"
        try:
            self.store.finish_run(
                self.run_id, summary.status, done=summary.done, skipped=summary.skipped,
                failed=summary.failed, audio_seconds=summary.audio_seconds,
                wall_seconds=summary.wall_seconds,
            )
        except SQLAlchemyError:
            if summary.status == "finished":
                raise  # nothing else went wrong: this is the error to report
            # Otherwise the original error is the one to see; start_run marks this run
            # interrupted next time, since its process will be gone.
        return summary


def _jsonable(value: Any) -> Any:
    """Run options as JSON: tuples become lists, anything exotic its text."""
    return json.loads(json.dumps(value, default=str))
