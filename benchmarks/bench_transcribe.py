"""Benchmark the audio → Transcript half on the dev corpus and real recordings.

Reports, per call and in aggregate: WER per language (normalised: case, punctuation,
ё/е, numbers spelt out), role accuracy, DER of the role-labelled transcript turns against
the reference RTTM (pyannote.metrics, 0.25 s collar, overlap scored), the real-time
factor of the whole transcribe stage next to raw faster-whisper on the same audio, and
peak RSS. Transcripts are cached under --cache so `speechqa eval` can reuse them.

    python benchmarks/bench_transcribe.py [--modes mono stereo] [--raw-limit N]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import sys
import time
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

os.environ.setdefault("PYANNOTE_METRICS_ENABLED", "0")

import jiwer
from num2words import num2words
from pyannote.core import Annotation, Segment
from pyannote.metrics.diarization import DiarizationErrorRate

from speechqa import audio as audio_io
from speechqa.pipeline import Pipeline, PipelineConfig
from speechqa.schema import Transcript

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
RESULTS = ROOT / "benchmarks" / "results"
_NUMBER = re.compile(r"\d+")
_PUNCT = re.compile(r"[^\w\s]")


def normalise(text: str, language: str) -> str:
    """Lower case, ё→е, numbers spelt out in the call's language, no punctuation."""
    text = text.lower().replace("ё", "е").replace("’", "'").replace("-", " ")

    def spell(match: re.Match[str]) -> str:
        try:
            return f" {num2words(int(match.group()), lang=language)} "
        except (NotImplementedError, OverflowError, ValueError):
            return match.group()

    text = _NUMBER.sub(spell, text)
    text = _PUNCT.sub(" ", text)
    return " ".join(text.split())


def reference_annotation(rttm: Path) -> Annotation:
    annotation = Annotation()
    for line in rttm.read_text().splitlines():
        parts = line.split()
        if parts and parts[0] == "SPEAKER":
            start, duration = float(parts[3]), float(parts[4])
            annotation[Segment(start, start + duration)] = parts[7]
    return annotation


def hypothesis_annotation(transcript: Transcript) -> Annotation:
    annotation = Annotation()
    for turn in transcript.turns:
        if turn.end > turn.start:
            annotation[Segment(turn.start, turn.end)] = turn.role
    return annotation


def machine_info() -> dict:
    cpu = next(
        (line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
         if line.startswith("model name")),
        platform.processor(),
    )
    memory_kb = next(
        int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
        if line.startswith("MemTotal")
    )
    return {
        "cpu": cpu,
        "cores_available": len(os.sched_getaffinity(0)),
        "memory_gib": round(memory_kb / 2**20, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "versions": {
            name: metadata.version(name)
            for name in ("speechqa", "faster-whisper", "ctranslate2", "torch", "pyannote.audio")
        },
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def raw_faster_whisper_seconds(pipeline: Pipeline, path: Path, language: str) -> float:
    """The same ASR model and settings as the pipeline, called directly on the mix."""
    recording = audio_io.load(path)
    model = pipeline.transcriber._load()
    started = time.perf_counter()
    segments, _ = model.transcribe(
        recording.mono(), language=language, beam_size=pipeline.config.beam_size,
        word_timestamps=True, vad_filter=True, condition_on_previous_text=False,
    )
    for _ in segments:
        pass
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--modes", nargs="+", default=["mono", "stereo"])
    parser.add_argument("--calls", nargs="*", help="call ids (default: all dev calls)")
    parser.add_argument("--raw-limit", type=int, default=None,
                        help="run raw faster-whisper on only the first N mono calls")
    parser.add_argument("--cache", type=Path, default=ROOT / "benchmarks" / "cache")
    parser.add_argument("--out", type=Path, default=RESULTS / "transcribe.json")
    parser.add_argument("--reuse", type=Path, default=None,
                        help="score cached transcripts found here (<mode>/<call>.json) "
                             "for accuracy, without timing them")
    parser.add_argument("--timed", nargs="*", default=None,
                        help="call ids to transcribe afresh and time even with --reuse")
    parser.add_argument("--given-language", action="store_true",
                        help="pass the reference language instead of detecting it")
    args = parser.parse_args()

    calls = json.loads((CORPUS / "calls.json").read_text())
    if args.calls:
        calls = [call for call in calls if call["id"] in args.calls]
    pipeline = Pipeline(PipelineConfig())
    report: dict = {"machine": machine_info(), "threads": pipeline.config.threads, "modes": {}}
    for mode in args.modes:
        cache = args.cache / mode
        cache.mkdir(parents=True, exist_ok=True)
        der_metric = DiarizationErrorRate(collar=0.25, skip_overlap=False)
        rows = []
        for index, call in enumerate(calls):
            path = CORPUS / call["audio"]["mono_8k_wav" if mode == "mono" else "stereo_8k_flac"]
            language = call["language"] if args.given_language else None
            cached = args.reuse / mode / f"{call['id']}.json" if args.reuse else None
            timed = not (cached and cached.exists()) or call["id"] in (args.timed or ())
            if timed:
                started = time.perf_counter()
                transcript = pipeline.transcribe(path, call_id=call["id"], language=language,
                                                 unredacted=True)  # WER of the raw ASR
                elapsed: float | None = time.perf_counter() - started
                (cache / f"{call['id']}.json").write_text(transcript.model_dump_json(indent=1))
            else:
                transcript = Transcript.model_validate_json(cached.read_text())
                elapsed = None
            reference = normalise(" ".join(t["text"] for t in call["turns"]), call["language"])
            hypothesis = normalise(" ".join(t.text for t in transcript.turns), call["language"])
            measures = jiwer.process_words(reference, hypothesis)
            der = der_metric(reference_annotation(CORPUS / call["audio"]["rttm"]),
                             hypothesis_annotation(transcript), detailed=True)
            roles_right = _roles_right(transcript, call)
            row = {
                "call": call["id"], "language": call["language"], "duration": call["duration_s"],
                "detected_language": transcript.language,
                "wer": round(measures.wer, 4), "ref_words": len(reference.split()),
                "errors": measures.substitutions + measures.deletions + measures.insertions,
                "der": round(der["diarization error rate"], 4),
                "roles_right": roles_right,
                "role_confidence": transcript.roles.confidence if transcript.roles else None,
                "seconds": round(elapsed, 2) if timed else None,
                "rtf": round(elapsed / call["duration_s"], 4) if timed else None,
            }
            if timed and mode == "mono" and (args.raw_limit is None or index < args.raw_limit):
                raw = raw_faster_whisper_seconds(pipeline, path, transcript.language or "ru")
                row["raw_faster_whisper_seconds"] = round(raw, 2)
                row["raw_rtf"] = round(raw / call["duration_s"], 4)
            rows.append(row)
            print(json.dumps(row, ensure_ascii=False), file=sys.stderr, flush=True)
        report["modes"][mode] = {"calls": rows, "summary": _summary(rows, der_metric)}
    report["peak_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=2))
    print(json.dumps({m: r["summary"] for m, r in report["modes"].items()}, indent=2))


def _roles_right(transcript: Transcript, call: dict) -> bool:
    """Roles are right when the agent's words are mostly the reference agent's words."""
    reference_agent = " ".join(t["text"] for t in call["turns"] if t["speaker"] == "agent")
    reference_customer = " ".join(t["text"] for t in call["turns"] if t["speaker"] == "customer")
    language = call["language"]
    agent_text = normalise(
        " ".join(t.text for t in transcript.turns if t.role == "agent"), language)
    vocabulary_agent = set(normalise(reference_agent, language).split())
    vocabulary_customer = set(normalise(reference_customer, language).split())
    words = agent_text.split()
    if not words:
        return False
    agent_like = sum(w in vocabulary_agent and w not in vocabulary_customer for w in words)
    customer_like = sum(w in vocabulary_customer and w not in vocabulary_agent for w in words)
    return agent_like > customer_like


def _summary(rows: list[dict], der_metric: DiarizationErrorRate) -> dict:
    timed = [r for r in rows if r["seconds"] is not None]
    duration = sum(r["duration"] for r in timed)
    seconds = sum(r["seconds"] for r in timed)
    by_language: dict[str, dict] = {}
    for row in rows:
        entry = by_language.setdefault(row["language"], {"errors": 0, "ref_words": 0, "calls": 0})
        entry["errors"] += row["errors"]
        entry["ref_words"] += row["ref_words"]
        entry["calls"] += 1
    raw_rows = [r for r in rows if "raw_faster_whisper_seconds" in r]
    summary = {
        "calls": len(rows),
        "audio_seconds": round(sum(r["duration"] for r in rows), 1),
        "der": round(abs(der_metric), 4),
        "wer_by_language": {
            lang: round(v["errors"] / max(1, v["ref_words"]), 4) for lang, v in by_language.items()
        },
        "role_accuracy": round(sum(r["roles_right"] for r in rows) / max(1, len(rows)), 4),
        "language_detection_accuracy": round(
            sum(r["detected_language"] == r["language"] for r in rows) / max(1, len(rows)), 4),
        "timed_calls": len(timed),
        "rtf": round(seconds / duration, 4) if timed else None,
        "speed_x_realtime": round(duration / seconds, 2) if timed else None,
    }
    if raw_rows:
        stage = sum(r["seconds"] for r in raw_rows)
        raw = sum(r["raw_faster_whisper_seconds"] for r in raw_rows)
        summary["raw_faster_whisper_rtf"] = round(
            raw / sum(r["duration"] for r in raw_rows), 4)
        summary["stage_over_raw"] = round(stage / max(raw, 1e-9), 3)
        summary["raw_compared_calls"] = len(raw_rows)
    return summary


if __name__ == "__main__":
    main()
