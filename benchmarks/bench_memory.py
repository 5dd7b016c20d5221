"""Benchmark peak memory (RSS) of one batch worker on long stereo 8 kHz recordings.

A nightly worker has a 2 GiB budget (``batch.WORKER_MEMORY_BYTES``). This script writes a
1-hour and a 4-hour stereo 8 kHz WAV (the bundled stereo sample looped, with quiet pauses
between repeats, as long calls have hold and silence), then runs the real batch ``Worker``
(transcribe + score, every model loaded) on each in a fresh child process and records the
child's peak resident memory (``ru_maxrss``) after loading the models on the short sample
and after the long file (or its refusal, for a file over ``audio.MAX_SAMPLE_BYTES``).

    nice -n 10 python benchmarks/bench_memory.py [--hours 1 4] [--threads 2]

Results go to benchmarks/results/memory.json.
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
from pathlib import Path

os.environ.setdefault("PYANNOTE_METRICS_ENABLED", "0")

import numpy as np
from bench_transcribe import machine_info  # the sibling benchmark: same machine report

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "audio_samples" / "call_ru_stereo.flac"
RESULTS = ROOT / "benchmarks" / "results"
RATE = 8000
PAUSE_S = (20.0, 60.0)  # a pause after each repeat, drawn from this range


def write_long_wav(path: Path, hours: float, seed: int = 0) -> dict:
    """Loop the stereo sample with pauses of low noise into a 16-bit WAV, written in pieces."""
    from speechqa import audio

    clip = audio.load(SAMPLE).samples[:, ::2]  # 16 kHz back to 8 kHz, good enough for speech
    clip16 = (np.clip(clip, -1, 1) * 32767).astype("<i2")
    rng = np.random.default_rng(seed)
    total = int(hours * 3600 * RATE)
    speech = 0
    with open(path, "wb") as handle:
        handle.write(_wav_header(total, channels=2))
        written = 0
        while written < total:
            piece = clip16[:, : total - written]
            handle.write(piece.T.tobytes())
            written += piece.shape[1]
            speech += piece.shape[1]
            pause = min(total - written, int(rng.uniform(*PAUSE_S) * RATE))
            noise = rng.normal(0, 30, size=(2, pause)).astype("<i2")  # about -60 dBFS
            handle.write(noise.T.tobytes())
            written += pause
    return {"seconds": total / RATE, "sample_seconds": speech / RATE, "bytes": path.stat().st_size}


def _wav_header(frames: int, channels: int) -> bytes:
    data = frames * channels * 2
    return (
        b"RIFF" + (36 + data).to_bytes(4, "little") + b"WAVE" + b"fmt "
        + (16).to_bytes(4, "little") + (1).to_bytes(2, "little")
        + channels.to_bytes(2, "little") + RATE.to_bytes(4, "little")
        + (RATE * channels * 2).to_bytes(4, "little") + (channels * 2).to_bytes(2, "little")
        + (16).to_bytes(2, "little") + b"data" + data.to_bytes(4, "little")
    )


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def child(mode: str, path: str, threads: int) -> None:
    """One measurement in a fresh process; prints a JSON line."""
    from speechqa.batch import Entry, Job, Worker
    from speechqa.checklist import load_checklist
    from speechqa.pipeline import PipelineConfig

    result: dict = {"mode": mode}
    started = time.perf_counter()
    if mode == "worker":
        worker = Worker(PipelineConfig(threads=threads), load_checklist())
        warm = worker.run(Job(Entry(SAMPLE, "warmup", str(SAMPLE)), "warmup"))
        assert warm.ok, warm.message
        result["peak_mib_models_loaded"] = round(_peak_mib(), 1)
        outcome = worker.run(Job(Entry(Path(path), "long", path), "long"))
        result |= {
            "ok": outcome.ok, "stage": outcome.stage, "message": outcome.message,
            "words": sum(len(t.words) for t in outcome.transcript.turns)
            if outcome.transcript else 0,
            "seconds_long_file": round(outcome.seconds, 1),
        }
    result |= {"peak_mib": round(_peak_mib(), 1), "wall_s": round(time.perf_counter() - started, 1)}
    print(json.dumps(result))


def measure(mode: str, path: Path, threads: int) -> dict:
    process = subprocess.run(
        [sys.executable, __file__, "--child", mode, str(path), "--threads", str(threads)],
        capture_output=True, text=True, check=False,
    )
    lines = [line for line in process.stdout.splitlines() if line.startswith("{")]
    if process.returncode or not lines:
        return {"mode": mode, "returncode": process.returncode, "stderr": process.stderr[-2000:]}
    return json.loads(lines[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hours", type=float, nargs="+", default=[1.0, 4.0])
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--child", nargs=2, metavar=("MODE", "PATH"))
    args = parser.parse_args()
    if args.child:
        child(args.child[0], args.child[1], args.threads)
        return
    from speechqa.audio import DEFAULT_MAX_DURATION_S, MAX_SAMPLE_BYTES
    from speechqa.batch import WORKER_MEMORY_BYTES

    report = {
        "machine": machine_info(),
        "threads": args.threads,
        "worker_budget_mib": WORKER_MEMORY_BYTES / 2**20,
        "max_duration_s": DEFAULT_MAX_DURATION_S,
        "max_sample_mib": MAX_SAMPLE_BYTES / 2**20,
        "recordings": [],
    }
    with tempfile.TemporaryDirectory() as scratch:
        for hours in args.hours:
            path = Path(scratch) / f"long_{hours:g}h.wav"
            entry = {"hours": hours, **write_long_wav(path, hours)}
            entry["worker"] = measure("worker", path, args.threads)
            report["recordings"].append(entry)
            print(json.dumps(entry), flush=True)
            path.unlink()
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "memory.json").write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
