"""Mono diarisation on a GPU against the CPU: same turns? how much faster? which batch size?

Runs ``PyannoteDiarizer`` over the dev corpus's mono WAVs once per ``DEVICE:BATCH`` setting
(after one warm-up call each), scores DER against the RTTM references (0.25 s collar,
overlap scored, as ``bench_diarization.py``) and the agreement of consecutive settings'
turns (DER with no collar: 0 means identical). WAVs are read with scipy rather than
``speechqa.audio.load`` so the script runs on a GPU machine without PyAV.

    python benchmarks/bench_diarization_device.py DIR [--settings cuda:8 cuda:32 cpu:8]
        [--limit N] [--out benchmarks/results/diarization-gpu.json]

DIR holds ``<call>.wav`` and ``<call>.rttm`` (e.g. ``corpus/dev/audio`` + ``corpus/dev/rttm``
copied side by side).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from pathlib import Path

os.environ.setdefault("PYANNOTE_METRICS_ENABLED", "0")

import numpy as np
import torch
from bench_diarization import read_rttm
from pyannote.metrics.diarization import DiarizationErrorRate
from scipy.io import wavfile

from speechqa.audio import Audio, from_array
from speechqa.diarize import PyannoteDiarizer


def read_wav(path: Path) -> Audio:
    rate, data = wavfile.read(path)
    return from_array(data.astype(np.float32) / 32768.0, rate, name=path.name)


def run_setting(
    device: str, batch: int, audios: dict[str, Audio], folder: Path
) -> tuple[dict, dict]:
    """One setting's DER, time and turns per call (the first call also warms up)."""
    diarizer = PyannoteDiarizer(device=device, batch_size=batch)
    started = time.perf_counter()
    diarizer.load()
    load_seconds = time.perf_counter() - started
    diarizer(next(iter(audios.values())))
    metric = DiarizationErrorRate(collar=0.25, skip_overlap=False)
    per_call, turns, total = {}, {}, 0.0
    for name, audio in audios.items():
        if device.startswith("cuda"):
            torch.cuda.synchronize()
        started = time.perf_counter()
        result = diarizer(audio)
        if device.startswith("cuda"):
            torch.cuda.synchronize()
        seconds = time.perf_counter() - started
        total += seconds
        turns[name] = result.to_annotation(name)
        reference = read_rttm(folder / f"{name}.rttm")[name]
        per_call[name] = {"der": round(metric(reference, turns[name]), 4),
                          "seconds": round(seconds, 3), "speakers": len(turns[name].labels())}
    audio_seconds = sum(a.duration for a in audios.values())
    figures = {"device": device, "batch_size": batch, "load_seconds": round(load_seconds, 2),
               "der": round(abs(metric), 4), "seconds": round(total, 2),
               "real_time_factor": round(total / audio_seconds, 4), "per_call": per_call}
    return figures, turns


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--settings", nargs="+", default=["cuda:8", "cuda:32", "cpu:8"])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--out", type=Path, default=Path("diarization-gpu.json"))
    args = parser.parse_args()
    calls = sorted(args.folder.glob("*.wav"))[: args.limit]
    audios = {path.stem: read_wav(path) for path in calls}
    report = {
        "machine": {"gpu": torch.cuda.get_device_name(0) if torch.cuda.is_available() else None,
                    "torch": torch.__version__, "cpu_count": os.cpu_count(),
                    "python": platform.python_version()},
        "calls": list(audios), "audio_seconds": round(sum(a.duration for a in audios.values()), 1),
        "settings": {}, "agreement_der_no_collar": {},
    }
    outputs = {}
    for setting in args.settings:
        device, batch = setting.rsplit(":", 1)
        report["settings"][setting], outputs[setting] = run_setting(device, int(batch), audios,
                                                                    args.folder)
        print(setting, {k: v for k, v in report["settings"][setting].items() if k != "per_call"},
              flush=True)
    for first, second in zip(args.settings, args.settings[1:], strict=False):
        agreement = DiarizationErrorRate(collar=0.0, skip_overlap=False)
        for name in audios:
            agreement(outputs[first][name], outputs[second][name])
        report["agreement_der_no_collar"][f"{first} vs {second}"] = round(abs(agreement), 4)
    args.out.write_text(json.dumps(report, indent=1) + "\n")


if __name__ == "__main__":
    main()
