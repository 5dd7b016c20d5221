"""Benchmark batch throughput: audio hours scored per wall-clock hour.

Runs `speechqa batch` (the real coordinator, worker pool and SQLite store, a fresh database
each time) over the dev corpus with several worker × thread splits, and the bare pipeline
loop (transcribe + score in one process, no store) over the same files, so the batch's own
overhead can be read off. Wall time includes everything a nightly run pays: hashing,
planning, starting workers, loading models, writing results.

Each measurement runs in a fresh process, so none inherits loaded models, and its CPU
seconds (its own and its workers') are recorded beside the wall time: on a machine shared
with other work, wall time says what this run got, CPU time what it needed. Configs are
measured round-robin for --rounds rounds so that changes in the machine's load hit every
config alike; the median round is reported.

    python benchmarks/bench_batch.py [--calls dev_10 dev_22 ...] [--configs bare:2 1x2 1x1 2x1]

A config is `WxT` (W workers with T threads each) or `bare:T` (the bare loop, T threads).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

os.environ.setdefault("PYANNOTE_METRICS_ENABLED", "0")

from bench_transcribe import machine_info  # the sibling benchmark: same machine report

from speechqa.batch import run_batch
from speechqa.checklist import load_checklist
from speechqa.pipeline import Pipeline, PipelineConfig
from speechqa.store import open_store

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "dev" / "audio"
RESULTS = ROOT / "benchmarks" / "results"


def bare(files: list[Path], threads: int) -> tuple[float, float]:
    """The pipeline alone: one process, one Pipeline, files in turn, results discarded."""
    checklist = load_checklist()
    started = time.perf_counter()
    pipeline = Pipeline(PipelineConfig(threads=threads))
    audio_seconds = 0.0
    for path in files:
        transcript = pipeline.transcribe(path)
        pipeline.score(transcript, checklist)
        audio_seconds += transcript.duration
    return audio_seconds, time.perf_counter() - started


def batch(files: list[Path], workers: int, threads: int) -> tuple[float, float]:
    """The real batch into a fresh SQLite database."""
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "calls"
        source.mkdir()
        for path in files:
            (source / path.name).symlink_to(path)
        with open_store(Path(scratch) / "bench.db") as store:
            summary = run_batch(
                source, store, config=PipelineConfig(), checklist=load_checklist(),
                workers=workers, threads=threads,
            )
    if summary.failed or summary.done != len(files):
        raise RuntimeError(f"batch did not score every file: {summary.lines()}")
    return summary.audio_seconds, summary.wall_seconds


def measure_one(config: str, files: list[Path]) -> None:
    """Child process: run one config and print (audio seconds, wall seconds) as JSON."""
    if config.startswith("bare:"):
        audio_seconds, wall_seconds = bare(files, int(config.split(":")[1]))
    else:
        workers, threads = (int(n) for n in config.split("x"))
        audio_seconds, wall_seconds = batch(files, workers, threads)
    print(json.dumps({"audio_s": audio_seconds, "wall_s": wall_seconds}))


def measure(config: str, calls: list[str]) -> dict:
    """Run one config in a fresh process; add the CPU time of it and all its workers."""
    load_before = os.getloadavg()[0]
    pressure_before = _pressure()
    cpu_before = _children_cpu()
    done = subprocess.run(
        [sys.executable, __file__, "--one", config, "--calls", *calls],
        capture_output=True, text=True, check=True,
    )
    cpu = _children_cpu() - cpu_before
    result = json.loads(done.stdout.strip().splitlines()[-1])
    audio, wall = result["audio_s"], result["wall_s"]
    return {
        "audio_s": round(audio, 1),
        "wall_s": round(wall, 1),
        "cpu_s": round(cpu, 1),
        "audio_hours_per_wall_hour": round(audio / wall, 2),
        "cpu_seconds_per_audio_second": round(cpu / audio, 3),
        "load_average_1min_before": round(load_before, 2),
        "load_average_1min_after": round(os.getloadavg()[0], 2),
        "stall_percent_before": pressure_before,
        "stall_percent_after": _pressure(),
    }


def _pressure() -> dict[str, float]:
    """Share of the last minute some task waited for CPU or memory (Linux PSI, 'some')."""
    found = {}
    for resource_name in ("cpu", "memory"):
        path = Path("/proc/pressure") / resource_name
        if path.exists():
            some = path.read_text().splitlines()[0].split()[1:]
            fields = dict(item.split("=") for item in some)
            found[resource_name] = float(fields["avg60"])
    return found


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", nargs="+", help="dev call ids (default: all 24)")
    parser.add_argument("--configs", nargs="+", default=["bare:2", "1x2", "1x1", "2x1"])
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--out", type=Path, default=RESULTS / "batch.json")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()

    files = sorted(CORPUS.glob("*.wav"))
    if args.calls:
        files = [path for path in files if path.stem in args.calls]
    if args.one:
        measure_one(args.one, files)
        return

    checklist = load_checklist()
    machine = machine_info()
    machine["versions"].update(
        {name: metadata.version(name) for name in ("sqlalchemy", "alembic", "ray")}
    )
    calls = [path.stem for path in files]
    # the figures from before this change stay in the file, side by side with the new ones
    before = None
    if args.out.exists():
        previous = json.loads(args.out.read_text())
        before = previous.get("before") or previous
    rounds: dict[str, list[dict]] = {config: [] for config in args.configs}
    for number in range(args.rounds):
        for config in args.configs:
            figures = measure(config, calls)
            rounds[config].append(figures)
            print(f"round {number + 1} {config}: {figures}", flush=True)
            # Written after every measurement: a long run stopped early still leaves figures.
            report = _report(machine, files, bool(args.calls), checklist, rounds)
            if before is not None:
                report["before"] = before
            args.out.parent.mkdir(parents=True, exist_ok=True)
            args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps(report["derived"], indent=2))


def _report(machine: dict, files: list[Path], subset: bool, checklist, rounds: dict) -> dict:
    measured = {config: runs for config, runs in rounds.items() if runs}
    median = {
        config: sorted(runs, key=lambda run: run["wall_s"])[len(runs) // 2]
        for config, runs in measured.items()
    }
    return {
        "machine": machine,
        "corpus": {
            "files": [p.name for p in files], "subset": subset,
            "audio_minutes": round(next(iter(median.values()))["audio_s"] / 60, 2),
        },
        "checklist": f"{checklist.id} {checklist.version}",
        "median": median,
        "rounds": measured,
        "derived": _derived(median),
    }


def _derived(median: dict[str, dict]) -> dict:
    rate = {name: run["audio_hours_per_wall_hour"] for name, run in median.items()}
    derived = {}
    for a, b, name in (
        ("2x1", "1x1", "speedup_2_workers_vs_1_worker_1_thread_each"),
        ("2x1", "1x2", "speedup_2_workers_1_thread_vs_1_worker_2_threads"),
        ("1x2", "1x1", "speedup_1_worker_2_threads_vs_1_thread"),
    ):
        if a in rate and b in rate:
            derived[name] = round(rate[a] / rate[b], 2)
    for batch_config, bare_config in (("1x1", "bare:1"), ("1x2", "bare:2")):
        if batch_config in median and bare_config in median:
            derived[f"batch_overhead_{batch_config}_vs_{bare_config}"] = round(
                median[batch_config]["wall_s"] / median[bare_config]["wall_s"] - 1, 3
            )
    return derived


if __name__ == "__main__":
    main()
