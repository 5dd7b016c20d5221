"""Nightly batch scoring into the results database, resumable and parallel.

A source (a directory of recordings or a CSV/JSONL manifest) becomes a list of entries;
each readable file is hashed, and the hash plus the checklist version decides what is left
to do: a call already scored is skipped, a call with a stored transcript is only rescored,
a file that failed before is skipped until ``--retry-failed``. The rest runs on a pool of
worker processes (or Ray actors), each holding one ``Pipeline`` so models load once per
worker. Only this coordinating process writes to the database, one transaction per call,
so a run killed at any point resumes where it stopped with no call lost or stored twice.
"""

from __future__ import annotations

import csv
import json
import os
import pickle
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import (
    FIRST_COMPLETED,
    Future,
    ProcessPoolExecutor,
    ThreadPoolExecutor,
    wait,
)
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from multiprocessing import get_context
from pathlib import Path
from typing import TYPE_CHECKING, Any

from speechqa.audio import AUDIO_EXTENSIONS, AudioError, sha256_file
from speechqa.schema import Scorecard, Transcript
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
# Resident memory of one worker with every model loaded (Whisper base int8, pyannote
# segmentation, CAM++, e5 sentence encoder and its fine-tuned copy for sentiment, torch
# runtime), with headroom.
WORKER_MEMORY_BYTES = 2 * 1024**3
_TRANSCRIPT_CHUNK = 100
_LISTED_FAILURES = 20  # in the closing summary; the database has them all


class SourceError(ValueError):
    """A source that cannot be read at all (as opposed to one bad row or file in it)."""


@dataclass(frozen=True)
class Entry:
    """One recording to score and what the source said about it."""

    path: Path
    call_id: str
    origin: str = field(compare=False)  # where it came from, for error messages
    agent_id: str | None = None
    queue: str | None = None
    team: str | None = None
    direction: str | None = None
    customer_id: str | None = None
    started_at: datetime | None = None
    language: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def call_info(self) -> CallInfo:
        return CallInfo(
            call_id=self.call_id, path=str(self.path), agent_id=self.agent_id,
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
    """Work for one call: transcribe and score, or only score a stored transcript."""

    entry: Entry
    sha256: str
    transcript: Transcript | None = None


@dataclass
class Outcome:
    """What a worker made of a job: results, or the stage and cause of the failure."""

    job: Job
    transcript: Transcript | None = None
    scorecard: Scorecard | None = None
    stage: str | None = None
    error_type: str | None = None
    message: str | None = None
    seconds: float = 0.0

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
    skipped_done: int = 0
    skipped_duplicate: int = 0
    skipped_failed: int = 0
    failed: int = 0
    audio_seconds: float = 0.0
    wall_seconds: float = 0.0
    failures: list[tuple[str, str, str]] = field(default_factory=list)
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
            f"{self.done} done ({self.transcribed} transcribed), "
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
        return lines


# Sources ------------------------------------------------------------------------------


def read_source(source: str | Path) -> tuple[list[Entry], list[Rejected]]:
    """Entries from a directory (recursive, by audio extension), a manifest or one file."""
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
        return [Entry(path=source.resolve(), call_id=source.stem, origin=str(source))], []
    raise SourceError(
        f"{source}: not a directory, a manifest (.csv, .jsonl) or an audio file"
    )


def _scan_directory(root: Path) -> list[Entry]:
    paths = sorted(
        p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in AUDIO_EXTENSIONS
    )
    return [
        Entry(
            path=p.resolve(),
            # The relative path keeps ids distinct when two folders hold the same file name.
            call_id=p.relative_to(root).with_suffix("").as_posix(),
            origin=str(p),
        )
        for p in paths
    ]


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
        call_id=str(values.get("call_id") or path.stem),
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
        value = value.replace("\x00", "").strip()
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
        stage = "transcribe"
        try:
            if transcript is None:
                entry = job.entry
                transcript = self.pipeline.transcribe(
                    entry.path, call_id=entry.call_id, language=entry.language,
                    metadata=entry.metadata(),
                )
            stage = "score"
            scorecard = self.pipeline.score(transcript, self.checklist)
        except AudioError as error:
            return Outcome(
                job, stage="audio", error_type="AudioError", message=error.cause,
                seconds=time.perf_counter() - started,
            )
        except Exception as error:
            return Outcome(
                job, transcript=transcript if stage == "score" else None, stage=stage,
                error_type=type(error).__name__, message=_describe(error),
                seconds=time.perf_counter() - started,
            )
        return Outcome(
            job, transcript=transcript, scorecard=scorecard,
            seconds=time.perf_counter() - started,
        )


def _describe(error: BaseException) -> str:
    """The message and the innermost frame: enough to find the fault, short enough to store."""
    frames = traceback.extract_tb(error.__traceback__)
    where = f" (at {frames[-1].filename}:{frames[-1].lineno})" if frames else ""
    return f"{error}{where}"


def _crashed(job: Job, cause: str) -> Outcome:
    return Outcome(job, stage="worker", error_type="WorkerCrash", message=cause)


_WORKER: Worker | None = None


def _init_process(threads: int, payload: bytes) -> None:
    """Pool initializer: cap native thread pools before any model library is imported."""
    for name in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ[name] = str(threads)
    global _WORKER
    config, checklist = pickle.loads(payload)
    _WORKER = Worker(config, checklist)


def _run_in_process(job: Job) -> Outcome:
    assert _WORKER is not None, "worker process was not initialised"
    return _WORKER.run(job)


class LocalEngine:
    """A pool of worker processes on this machine, one Pipeline each.

    A job that kills its worker (a decoder segfault, the OOM killer) breaks the pool; the
    jobs that were in flight are then rerun one at a time in a fresh pool, so the file that
    crashes alone is recorded as failed and the others finish.
    """

    def __init__(self, config: PipelineConfig, checklist: Checklist, workers: int) -> None:
        self.workers = workers
        self.threads = config.threads
        self._payload = pickle.dumps((config, checklist))
        self._pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=get_context("spawn"),  # forking a process with threads is unsafe
            initializer=_init_process,
            initargs=(self.threads, self._payload),
        )

    def run(self, jobs: Iterable[Job]) -> Iterator[Outcome]:
        pending = iter(jobs)
        suspects: deque[Job] = deque()
        inflight: dict[Future[Outcome], Job] = {}
        while True:
            if suspects:
                if not inflight:
                    job = suspects.popleft()
                    inflight[self._pool.submit(_run_in_process, job)] = job
            else:
                while len(inflight) < self.workers and (job := next(pending, None)):
                    inflight[self._pool.submit(_run_in_process, job)] = job
            if not inflight:
                return
            done, _ = wait(inflight, return_when=FIRST_COMPLETED)
            if not any(isinstance(f.exception(), BrokenProcessPool) for f in done):
                for future in done:
                    yield future.result()
                    del inflight[future]
                continue
            # The pool is dead: every unfinished future fails too. Keep finished results.
            wait(inflight)
            broken = []
            for future, job in inflight.items():
                if isinstance(future.exception(), BrokenProcessPool):
                    broken.append(job)
                else:
                    yield future.result()
            inflight.clear()
            self._pool.shutdown(wait=True)
            self._pool = self._new_pool()
            if len(broken) == 1:
                yield _crashed(broken[0], "the worker process died while processing this file")
            else:
                suspects.extend(broken)

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


class RayEngine:
    """The same Worker as Ray actors: a local Ray, or a cluster given its address.

    Each actor runs one job at a time, so an actor that dies names its file exactly; it is
    replaced and the batch goes on. Recordings must be readable at the same path on every
    node (shared storage), as nightly batches on a cluster usually are.
    """

    def __init__(
        self,
        config: PipelineConfig,
        checklist: Checklist,
        workers: int | None,
        address: str | None = None,
    ) -> None:
        import ray

        self._ray = ray
        self._started = not ray.is_initialized()
        if self._started:
            if address:
                ray.init(address=address, logging_level="WARNING", log_to_driver=False)
            else:
                ray.init(
                    num_cpus=(workers or default_workers(config.threads)) * config.threads,
                    include_dashboard=False, logging_level="WARNING", log_to_driver=False,
                    object_store_memory=256 * 1024**2,
                )
        resources = ray.cluster_resources()
        # More actors than the cluster can place would wait forever with their jobs.
        capacity = max(1, int(resources.get("CPU", 1)) // config.threads)
        self.workers = min(workers or capacity, capacity)
        gpus = resources.get("GPU", 0)
        if gpus:
            config = replace(config, device="cuda")
        # Ray sets OMP_NUM_THREADS in each actor to its num_cpus; GPUs are shared out.
        remote = ray.remote(Worker).options(
            num_cpus=config.threads, num_gpus=min(1.0, gpus / self.workers) if gpus else 0
        )
        self._spawn = lambda: remote.remote(config, checklist)
        self._actors = [self._spawn() for _ in range(self.workers)]

    def run(self, jobs: Iterable[Job]) -> Iterator[Outcome]:
        ray = self._ray
        pending = iter(jobs)
        idle = list(self._actors)
        inflight: dict[Any, tuple[Any, Job]] = {}
        while True:
            while idle and (job := next(pending, None)):
                actor = idle.pop()
                inflight[actor.run.remote(job)] = (actor, job)
            if not inflight:
                return
            ready, _ = ray.wait(list(inflight), num_returns=1)
            for ref in ready:
                actor, job = inflight.pop(ref)
                try:
                    outcome = ray.get(ref)
                except ray.exceptions.RayActorError as error:
                    self._actors.remove(actor)
                    actor = self._spawn()
                    self._actors.append(actor)
                    outcome = _crashed(
                        job, f"the Ray worker died while processing this file ({error})"
                    )
                idle.append(actor)
                yield outcome

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
) -> LocalEngine | RayEngine:
    if kind == "local":
        return LocalEngine(config, checklist, workers or default_workers(config.threads))
    if kind == "ray":
        return RayEngine(config, checklist, workers, ray_address)
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
) -> Summary:
    """Score every recording in ``source`` that the database does not have yet."""
    started = time.perf_counter()
    entries, rejected = read_source(source)
    config, workers = split_cores(config, engine, workers, threads)
    store.register_checklist(checklist)
    run_id = store.start_run(
        "batch", source=str(source), engine=engine, workers=workers,
        checklist_id=checklist.id, checklist_version=checklist.version,
        checklist_hash=checklist.content_hash,
        options=_jsonable(asdict(config)) | {"retry_failed": retry_failed},
    )
    writer = _Writer(store, run_id, checklist, started)
    for row in rejected:
        writer.fail(
            row.path, None, None, "manifest", "ManifestError", f"{row.origin}: {row.reason}"
        )
    jobs = _plan(entries, store, checklist, retry_failed, writer)
    writer.summary.total = len(entries) + len(rejected)
    _execute(
        lambda: make_engine(engine, config, checklist, workers, ray_address),
        jobs, writer, progress, f"scoring {source}",
    )
    return writer.finish()


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
) -> Summary:
    """Score stored transcripts against ``checklist`` where this version has no scorecard.

    Nothing is transcribed again; scorecards of other checklist versions stay as they are.
    """
    started = time.perf_counter()
    config, workers = split_cores(config, engine, workers, threads)
    store.register_checklist(checklist)
    run_id = store.start_run(
        "rescore", engine=engine, workers=workers, checklist_id=checklist.id,
        checklist_version=checklist.version, checklist_hash=checklist.content_hash,
        options=_jsonable(asdict(config)),
    )
    writer = _Writer(store, run_id, checklist, started)
    calls = store.unscored_calls(checklist.id, checklist.version)
    writer.summary.total = len(calls)
    pending = [
        (Entry(path=Path(path), call_id=call_id, origin=path), sha256, True)
        for sha256, call_id, path in calls
    ]
    _execute(
        lambda: make_engine(engine, config, checklist, workers, ray_address),
        _Planned(_jobs(store, pending), len(pending)), writer, progress,
        f"rescoring with {checklist.id} {checklist.version}",
    )
    return writer.finish()


@dataclass
class _Planned:
    jobs: Iterable[Job]
    count: int


def _plan(
    entries: list[Entry], store: Store, checklist: Checklist, retry_failed: bool, writer: _Writer
) -> _Planned:
    """Hash every file and keep only the work this checklist version still needs."""
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
    summary = writer.summary
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
    return _Planned(_jobs(store, pending), len(pending))


def _jobs(store: Store, pending: list[tuple[Entry, str, bool]]) -> Iterator[Job]:
    """Jobs as the engine asks for them; stored transcripts load a chunk at a time, so a
    rescore of a large store never holds every transcript in memory."""
    for start in range(0, len(pending), _TRANSCRIPT_CHUNK):
        chunk = pending[start : start + _TRANSCRIPT_CHUNK]
        stored = store.transcripts([sha256 for _, sha256, has in chunk if has])
        for entry, sha256, _ in chunk:
            yield Job(entry, sha256, stored.get(sha256))


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
    """Run the jobs, writing each outcome as it arrives; mark the run interrupted on Ctrl-C."""
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
    task = bar.add_task(description, total=planned.count, hours=0.0)
    engine = make()
    outcomes = engine.run(planned.jobs)
    try:
        with bar:
            for outcome in outcomes:
                writer.write(outcome)
                bar.update(task, advance=1, hours=writer.summary.audio_seconds / 3600)
    except KeyboardInterrupt:
        writer.summary.status = "interrupted"
        writer.finish()
        raise
    finally:
        outcomes.close()
        engine.close()


class _Writer:
    """The only code that writes a run's results: one transaction per call."""

    def __init__(self, store: Store, run_id: int, checklist: Checklist, started: float) -> None:
        self.store = store
        self.run_id = run_id
        self.checklist = checklist
        self.summary = Summary(run_id=run_id)
        self.started = started

    def write(self, outcome: Outcome) -> None:
        job = outcome.job
        if outcome.ok:
            assert outcome.transcript is not None and outcome.scorecard is not None
            if self.store.save_call(
                job.entry.call_info(), outcome.transcript, outcome.scorecard, self.run_id
            ):
                self.summary.done += 1
                if job.transcript is None:
                    self.summary.transcribed += 1
                    self.summary.audio_seconds += outcome.transcript.duration
            else:
                self.summary.skipped_done += 1  # another writer stored it meanwhile
            return
        if outcome.transcript is not None and job.transcript is None:
            # Transcribed but not scored: keep the expensive half for the retry.
            self.store.save_call(job.entry.call_info(), outcome.transcript, None, self.run_id)
        self.fail(
            str(job.entry.path), job.sha256, job.entry.call_id, outcome.stage or "unknown",
            outcome.error_type or "Error", outcome.message or "",
        )

    def fail(
        self, path: str, sha256: str | None, call_id: str | None, stage: str, error_type: str,
        message: str,
    ) -> None:
        self.store.record_failure(
            path=path, sha256=sha256, call_id=call_id, stage=stage, error_type=error_type,
            message=message, checklist_id=self.checklist.id,
            checklist_version=self.checklist.version, run_id=self.run_id,
        )
        self.summary.failed += 1
        self.summary.failures.append((path, stage, message))

    def finish(self) -> Summary:
        summary = self.summary
        summary.wall_seconds = time.perf_counter() - self.started
        if summary.status == "running":
            summary.status = "finished"
        self.store.finish_run(
            self.run_id, summary.status, done=summary.done, skipped=summary.skipped,
            failed=summary.failed, audio_seconds=summary.audio_seconds,
            wall_seconds=summary.wall_seconds,
        )
        return summary


def _jsonable(value: Any) -> Any:
    """Run options as JSON: tuples become lists, anything exotic its text."""
    return json.loads(json.dumps(value, default=str))
