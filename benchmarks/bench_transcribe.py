"""Benchmark the audio → Transcript half on the dev corpus and real recordings.

Reports, per call and in aggregate: WER per language (normalised: case, punctuation,
ё/е, numbers spelt out), role accuracy, DER of the role-labelled transcript turns against
the reference RTTM (pyannote.metrics, 0.25 s collar, overlap scored), the real-time
factor of the whole transcribe stage next to raw faster-whisper on the same audio, and
peak RSS. Transcripts are cached under --cache so `speechqa eval` can reuse them.

Speed is compared side by side with raw faster-whisper, interleaved per file so that a
change in the machine's load hits both alike:
- warm (models loaded): per mono call, raw faster-whisper and the pipeline's transcribe
  (VAD, ASR with language detection, diarisation, alignment, roles, redaction) in turn,
  the order alternating from call to call; wall and CPU seconds of each;
- cold (``--cold-rounds``): a fresh process per measurement that starts, loads its models
  and transcribes 3 calls: ``speechqa transcribe`` itself against a minimal script that
  imports only faster-whisper.
Raw faster-whisper is a plain ``WhisperModel`` with the pipeline's model, compute type,
beam size, VAD (and its parameters), word timestamps and
``condition_on_previous_text=False``, with as many threads as the pipeline's ASR
(``--raw-threads`` to change; on the 2-vCPU VMs measured one thread is its fastest), and is
*given* the call's language while the pipeline detects it: the comparison is, if anything,
strict against the pipeline.

    python benchmarks/bench_transcribe.py [--modes mono stereo] [--calls dev_01,dev_06]
        [--raw-limit N] [--cold-rounds 1] [--raw-threads N]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

os.environ.setdefault("PYANNOTE_METRICS_ENABLED", "0")

import jiwer
from num2words import num2words
from pyannote.core import Annotation, Segment
from pyannote.metrics.diarization import DiarizationErrorRate

from speechqa.pipeline import Pipeline, PipelineConfig
from speechqa.schema import Transcript
from speechqa.transcribe import VAD_PARAMETERS

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


def cpu_seconds() -> float:
    """CPU seconds of this process so far, all its threads."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def children_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def asr_settings(pipeline: Pipeline, threads: int | None = None) -> dict:
    """What raw faster-whisper is given: everything the pipeline's own ASR call uses,
    threads included unless ``threads`` says otherwise."""
    transcriber = pipeline.transcriber
    return {
        "model": transcriber.locate(), "compute_type": transcriber.compute_type,
        "cpu_threads": threads or transcriber.cpu_threads,
        "beam_size": transcriber.beam_size,
        "word_timestamps": True, "vad_filter": transcriber.vad_filter,
        "vad_parameters": dict(VAD_PARAMETERS), "condition_on_previous_text": False,
    }


# The minimal program a user of raw faster-whisper would write: nothing else imported.
RAW_CHILD = """
import sys, json
from faster_whisper import WhisperModel, decode_audio
settings = json.loads(sys.argv[1])
model = WhisperModel(settings["model"], device="cpu", compute_type=settings["compute_type"],
                     cpu_threads=settings["cpu_threads"])
for path, language in json.loads(sys.argv[2]):
    segments, _ = model.transcribe(
        decode_audio(path), language=language, beam_size=settings["beam_size"],
        word_timestamps=True, vad_filter=settings["vad_filter"],
        vad_parameters=settings["vad_parameters"], condition_on_previous_text=False)
    for _ in segments:
        pass
"""


class RawWhisper:
    """Raw faster-whisper, loaded once, with the pipeline's ASR settings."""

    def __init__(self, settings: dict) -> None:
        from faster_whisper import WhisperModel

        self.settings = settings
        self.model = WhisperModel(
            settings["model"], device="cpu", compute_type=settings["compute_type"],
            cpu_threads=settings["cpu_threads"],
        )

    def __call__(self, path: Path, language: str) -> tuple[float, float]:
        """Wall and CPU seconds to decode and transcribe ``path`` in the given language."""
        from faster_whisper import decode_audio

        started, cpu = time.perf_counter(), cpu_seconds()
        segments, _ = self.model.transcribe(
            decode_audio(str(path)), language=language, beam_size=self.settings["beam_size"],
            word_timestamps=True, vad_filter=self.settings["vad_filter"],
            vad_parameters=self.settings["vad_parameters"], condition_on_previous_text=False,
        )
        for _ in segments:
            pass
        return time.perf_counter() - started, cpu_seconds() - cpu


def timed_pipeline(
    pipeline: Pipeline, path: Path, call_id: str, language: str | None
) -> tuple[Transcript, float, float]:
    """The product's transcribe (redaction included); the unredacted transcript is
    returned for WER, with its wall and CPU seconds."""
    started, cpu = time.perf_counter(), cpu_seconds()
    transcript = pipeline.transcribe(path, call_id=call_id, language=language, unredacted=True)
    pipeline.redact(transcript)
    return transcript, time.perf_counter() - started, cpu_seconds() - cpu


def cold_runs(pipeline: Pipeline, settings: dict, calls: list[dict], rounds: int) -> dict:
    """Fresh processes, 3 calls each: ``speechqa transcribe`` against raw faster-whisper.

    Wall time runs from process start to exit (imports, model loading, audio decoding,
    and for the pipeline writing the transcripts); CPU seconds are the child's, all
    threads. The order of the two alternates from process to process.
    """
    groups = [calls[i : i + 3] for i in range(0, len(calls), 3) if len(calls[i : i + 3]) == 3]
    rows = []
    for round_index in range(rounds):
        for group_index, group in enumerate(groups):
            paths = [str(CORPUS / call["audio"]["mono_8k_wav"]) for call in group]
            languages = [[path, call["language"]] for path, call in zip(paths, group, strict=True)]
            with tempfile.TemporaryDirectory() as scratch:
                commands = {
                    "raw": [sys.executable, "-c", RAW_CHILD, json.dumps(settings),
                            json.dumps(languages)],
                    "pipeline": [sys.executable, "-m", "speechqa.cli", "transcribe",
                                 *paths, "--out", scratch, "--threads",
                                 str(pipeline.config.threads)],
                }
                order = ["raw", "pipeline"]
                if (round_index + group_index) % 2:
                    order.reverse()
                row: dict = {"calls": [c["id"] for c in group],
                             "audio_s": round(sum(c["duration_s"] for c in group), 1)}
                for name in order:
                    started, cpu = time.perf_counter(), children_cpu_seconds()
                    subprocess.run(commands[name], check=True, capture_output=True)
                    row[f"{name}_wall_s"] = round(time.perf_counter() - started, 2)
                    row[f"{name}_cpu_s"] = round(children_cpu_seconds() - cpu, 2)
                row["ratio_wall"] = round(row["pipeline_wall_s"] / row["raw_wall_s"], 3)
                rows.append(row)
                print(json.dumps(row), file=sys.stderr, flush=True)
    totals = {key: sum(r[key] for r in rows)
              for key in ("raw_wall_s", "pipeline_wall_s", "raw_cpu_s", "pipeline_cpu_s")}
    return {
        "processes": rows,
        "pipeline_over_raw_wall": round(totals["pipeline_wall_s"] / totals["raw_wall_s"], 3),
        "pipeline_over_raw_cpu": round(totals["pipeline_cpu_s"] / totals["raw_cpu_s"], 3),
        **{key: round(value, 1) for key, value in totals.items()},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--modes", nargs="+", default=["mono", "stereo"])
    parser.add_argument("--calls", nargs="*",
                        help="call ids, space or comma separated (default: all dev calls)")
    parser.add_argument("--raw-limit", type=int, default=None,
                        help="run raw faster-whisper on only the first N mono calls")
    parser.add_argument("--cold-rounds", type=int, default=0,
                        help="rounds of fresh-process runs (3 calls a process) per side")
    parser.add_argument("--raw-threads", type=int, default=None,
                        help="raw faster-whisper's threads (default: the pipeline ASR's own; "
                             "on the 2-vCPU VMs measured one thread is raw's fastest)")
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
        wanted = {name for item in args.calls for name in item.split(",") if name}
        calls = [call for call in calls if call["id"] in wanted]
    pipeline = Pipeline(PipelineConfig())
    pipeline.check(scoring=False)
    pipeline.diarizer.mono.load()
    settings = asr_settings(pipeline, args.raw_threads)
    raw = RawWhisper(settings) if "mono" in args.modes else None
    report: dict = {
        "machine": machine_info(), "threads": pipeline.config.threads,
        "overlap_diarization": pipeline.config.overlaps_diarization,
        "load_average_before": [round(x, 2) for x in os.getloadavg()],
        "pipeline_asr_threads": pipeline.transcriber.cpu_threads,
        "raw_faster_whisper": {**(settings if raw else {}),
                               "language": "given (the reference); the pipeline detects it"},
        "modes": {},
    }
    if raw is not None and calls:  # warm-up: first-call allocations are not the steady state
        warm_path = CORPUS / calls[0]["audio"]["mono_8k_wav"]
        raw(warm_path, calls[0]["language"])
        timed_pipeline(pipeline, warm_path, calls[0]["id"], None)
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
            compare = (timed and mode == "mono" and raw is not None
                       and (args.raw_limit is None or index < args.raw_limit))
            raw_first = compare and index % 2 == 0
            if raw_first:
                raw_wall, raw_cpu = raw(path, call["language"])
            if timed:
                transcript, elapsed, cpu = timed_pipeline(pipeline, path, call["id"], language)
                (cache / f"{call['id']}.json").write_text(transcript.model_dump_json(indent=1))
            else:
                transcript = Transcript.model_validate_json(cached.read_text())
                elapsed = cpu = None
            if compare and not raw_first:
                raw_wall, raw_cpu = raw(path, call["language"])
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
                "cpu_seconds": round(cpu, 2) if timed else None,
                "rtf": round(elapsed / call["duration_s"], 4) if timed else None,
            }
            if compare:
                row["raw_faster_whisper_seconds"] = round(raw_wall, 2)
                row["raw_cpu_seconds"] = round(raw_cpu, 2)
                row["raw_rtf"] = round(raw_wall / call["duration_s"], 4)
                row["raw_first"] = raw_first
            rows.append(row)
            print(json.dumps(row, ensure_ascii=False), file=sys.stderr, flush=True)
        report["modes"][mode] = {"calls": rows, "summary": _summary(rows, der_metric)}
    if args.cold_rounds and "mono" in args.modes:
        report["cold_start"] = cold_runs(pipeline, settings, calls, args.cold_rounds)
    report["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    report["peak_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    _keep_before(args.out, report)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=2))
    summaries = {m: r["summary"] for m, r in report["modes"].items()}
    if "cold_start" in report:
        summaries["cold_start"] = {k: v for k, v in report["cold_start"].items()
                                   if k != "processes"}
    print(json.dumps(summaries, indent=2))


def _keep_before(out: Path, report: dict) -> None:
    """Carry the figures from before this work (the first file written without a
    "before" key) into the new report, so they stay side by side."""
    if not out.exists():
        return
    previous = json.loads(out.read_text())
    report["before"] = previous.get("before") or previous


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
    if raw_rows:
        pipeline_cpu = sum(r["cpu_seconds"] for r in raw_rows)
        raw_cpu = sum(r["raw_cpu_seconds"] for r in raw_rows)
        summary_cpu = {"stage_over_raw_cpu": round(pipeline_cpu / max(raw_cpu, 1e-9), 3),
                       "cpu_seconds_per_audio_second": round(
                           pipeline_cpu / sum(r["duration"] for r in raw_rows), 4)}
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
        summary.update(summary_cpu)
    return summary


if __name__ == "__main__":
    main()
