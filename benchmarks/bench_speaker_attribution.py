"""Benchmark speaker attribution on mono calls: who said each ASR word, before and after the
voice check of ``speaker_refine`` (each sentence re-embedded and compared with both speakers).

    nice -n 10 python benchmarks/bench_speaker_attribution.py [--sets ...] [--limit N]

Tuning data only: the three rendered sentiment/anger sets
(``benchmarks/cache/sentiment-audio/<set>``, made by ``make_sentiment_audio.py``) and the dev
corpus (``$SPEECHQA_SHARED/corpus/dev``). The ASR words are read from cached mono transcripts
(``<set>/transcripts/mono/<id>.json``, ``--dev-transcripts`` for dev), so Whisper is not rerun;
diarisation and the unit embeddings are computed once per call and cached in
``benchmarks/cache/speaker-attribution/``. Then, per call:

- word attribution accuracy: each word's speaker against the gold turn covering its midpoint
  (the nearest within 0.5 s otherwise), under the better of the speaker↔role mappings;
- glued turns: built turns holding two or more words of each gold speaker;
- role accuracy: the share of words whose content-assigned role (``roles.assign_by_content``
  on the built turns) is the gold role, and the calls with roles swapped (under half);
- dev only: DER of the diarisation with the re-attributed units' time spans relabelled.

The margin, the shortest unit judged and the longest unit before it is cut are chosen by
leave-one-set-out over the four sets (best pooled word accuracy on the three others, applied
to the fourth), for each length of unit middle embedded (``CAPS``); every fold is reported,
and so is the shipped default's in-sample figure. ``--end-to-end N`` also runs the real
``Pipeline`` with the check on and off on N calls per rendered set (ASR included) and times
the check. Results: ``results/speaker-attribution.json``, dev DER in
``results/diarization-speaker-refine.json``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import sys
import time
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

import numpy as np

os.environ.setdefault("PYANNOTE_METRICS_ENABLED", "0")

from bench_diarization import cpu_model

from speechqa import audio as audio_io
from speechqa.align import SpeakerSpan, assign_speakers, build_turns
from speechqa.roles import assign_by_content
from speechqa.schema import AudioInfo, Transcript, Word
from speechqa.speaker_refine import (
    DEFAULT_MARGIN,
    MAX_EMBED_S,
    MAX_UNIT_S,
    MIN_UNIT_S,
    UNIT_PAUSE_S,
    SpeechUnit,
    speech_units,
    unit_speakers,
)

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("SPEECHQA_SHARED", ROOT.parent / "shared"))
SENTIMENT_AUDIO = ROOT / "benchmarks" / "cache" / "sentiment-audio"
CACHE = ROOT / "benchmarks" / "cache" / "speaker-attribution"
RESULTS = ROOT / "benchmarks" / "results"
SETS = ("sentiment_calls", "anger_calls", "anger_calls2", "dev")
CAPS = (None, 2.0, 1.5)  # the most seconds of a unit embedded (its middle)
MAX_UNITS = (None, 6.0, 4.0, 3.0)  # the longest unit before it is cut at its widest gap
EMBED_MIN_S = 0.3  # units at least this long are embedded once, for every min-length tried
MARGINS = (0.0, 0.05, 0.1, 0.15, 0.2)
MIN_UNIT_LENGTHS = (0.3, 0.5, 1.0)
NEAREST_GOLD_S = 0.5


def set_folder(name: str, dev_transcripts: Path) -> tuple[Path, Path]:
    """(corpus folder with audio/ and timing/, folder of cached mono transcripts)."""
    if name == "dev":
        return SHARED / "corpus" / "dev", dev_transcripts
    return SENTIMENT_AUDIO / name, SENTIMENT_AUDIO / name / "transcripts" / "mono"


def cached_words(path: Path) -> list[Word]:
    transcript = Transcript.model_validate_json(path.read_text(encoding="utf-8"))
    words = [word for turn in transcript.turns for word in turn.words]
    return sorted(words, key=lambda word: (word.start, word.end))


def extract(name: str, call_id: str, folder: Path, words: list[Word], diarizer) -> dict:
    """Diarise one call (cached with the embeddings made so far, keyed by time span)."""
    target = CACHE / name / f"{call_id}.json"
    if target.exists():
        record = json.loads(target.read_text())
        if "spans" not in record:
            migrate(record, words)
            target.write_text(json.dumps(record))
        return record
    recording = audio_io.load(folder / "audio" / f"{call_id}.wav")
    started = time.perf_counter()
    diarization = diarizer(recording)
    record = {
        "duration": recording.duration, "diarize_s": time.perf_counter() - started,
        "segments": [[s.speaker, s.start, s.end] for s in diarization.segments], "spans": {},
    }
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(record))
    return record


def span_key(span: tuple[float, float]) -> str:
    return f"{span[0]:.3f}-{span[1]:.3f}"


def migrate(record: dict, words: list[Word]) -> None:
    """A cache of the first runs (one embedding list per cap, units never cut for length)
    keyed by span instead, so that no unit is embedded twice."""
    spans = [SpeakerSpan(*segment) for segment in record["segments"]]
    pairs = [(s, w) for s, w in assign_speakers(words, spans) if s is not None]
    units = [u for u in speech_units(pairs, longest=None) if u.duration >= EMBED_MIN_S]
    record["spans"] = {}
    for cap in (None, 2.0, 1.5, 1.0):
        name = "embeddings" if cap is None else f"embeddings_cap{cap}"
        rows = record.pop(name, None)
        if rows is not None and len(rows) == len(units):
            for unit, row in zip(units, rows, strict=True):
                record["spans"][span_key(unit.middle(cap))] = row


def unit_embeddings(record: dict, units: list[SpeechUnit], cap: float | None, wav: Path,
                    diarizer, target: Path) -> np.ndarray:
    """The units' embeddings, the middle ``cap`` seconds of each (embedded once, cached)."""
    spans = [unit.middle(cap) for unit in units]
    missing = list({span_key(span): span for span in spans
                    if span_key(span) not in record["spans"]}.values())
    if missing:
        rows = diarizer.embed(audio_io.load(wav), missing, workers=2)
        for span, row in zip(missing, rows, strict=True):
            record["spans"][span_key(span)] = np.round(row, 5).tolist()
        target.write_text(json.dumps(record))
    return np.asarray([record["spans"][span_key(span)] for span in spans],
                      dtype=np.float64).reshape(len(units), -1)


def gold_speakers(words: list[Word], gold_turns: list[dict]) -> list[set[str]]:
    """The gold speaker(s) of each word: turns covering its midpoint, else the nearest."""
    result = []
    for word in words:
        middle = (word.start + word.end) / 2
        covering = {t["speaker"] for t in gold_turns if t["start"] <= middle <= t["end"]}
        if not covering:
            distance, speaker = min(
                (max(t["start"] - middle, middle - t["end"]), t["speaker"]) for t in gold_turns)
            covering = {speaker} if distance <= NEAREST_GOLD_S else set()
        result.append(covering)
    return result


def key(word: Word) -> tuple[float, float, str]:
    return word.start, word.end, word.text


def measure(pairs: list[tuple[str, Word]], gold: dict[tuple[float, float, str], set[str]],
            call_id: str, language: str, duration: float) -> dict:
    """Word and role accuracy, glued turns and swap of one call's (speaker, word) pairs."""
    judged = [(speaker, gold[key(word)]) for speaker, word in pairs if gold.get(key(word))]
    speakers = sorted({speaker for speaker, _ in pairs})
    best = 0
    for roles in itertools.permutations(("agent", "customer"), min(2, len(speakers))):
        mapping = dict(zip(speakers, roles, strict=False))
        best = max(best, sum(mapping.get(s, "") in g for s, g in judged))
    turns = build_turns(pairs, language=language)
    transcript = Transcript(call_id=call_id, audio=AudioInfo(duration=duration),
                            language=language, turns=turns, diarization_source="pyannote")
    roles = assign_by_content(transcript).speaker_roles
    role_right = sum(roles.get(s, "") in g for s, g in judged)
    glued = 0
    for turn in turns:
        counts = {"agent": 0, "customer": 0}
        for word in turn.words:
            for speaker in gold.get(key(word), ()):
                counts[speaker] = counts.get(speaker, 0) + 1
        glued += min(counts["agent"], counts["customer"]) >= 2
    return {"words": len(judged), "right": best, "role_right": role_right, "glued": glued,
            "swapped": bool(judged) and role_right < len(judged) / 2}


def after_pairs(pairs, units: list[SpeechUnit], embeddings, margin, min_unit_s):
    decided = unit_speakers(units, embeddings, margin=margin, min_unit_s=min_unit_s)
    refined = list(pairs)
    moved = []
    for unit, speaker in zip(units, decided, strict=True):
        if speaker != unit.speaker:
            moved.append((unit, speaker))
            for index in unit.indices:
                refined[index] = (speaker, pairs[index][1])
    return refined, moved


def summarise(rows: list[dict]) -> dict:
    words = sum(r["words"] for r in rows)
    return {
        "calls": len(rows), "words": words,
        "word_accuracy": round(sum(r["right"] for r in rows) / max(words, 1), 4),
        "role_accuracy": round(sum(r["role_right"] for r in rows) / max(words, 1), 4),
        "glued_turns": sum(r["glued"] for r in rows),
        "roles_swapped_calls": sum(r["swapped"] for r in rows),
    }


def load_calls(sets, limit, dev_transcripts, diarizer) -> dict[str, list[dict]]:
    calls: dict[str, list[dict]] = {}
    for name in sets:
        folder, transcripts = set_folder(name, dev_transcripts)
        ids = sorted(p.stem for p in transcripts.glob("*.json"))[:limit]
        calls[name] = []
        for call_id in ids:
            timing = json.loads((folder / "timing" / f"{call_id}.json").read_text())
            words = cached_words(transcripts / f"{call_id}.json")
            record = extract(name, call_id, folder, words, diarizer)
            spans = [SpeakerSpan(*segment) for segment in record["segments"]]
            pairs = [(s, w) for s, w in assign_speakers(words, spans) if s is not None]
            units = {longest: [u for u in speech_units(pairs, longest=longest)
                               if u.duration >= EMBED_MIN_S] for longest in MAX_UNITS}
            target = CACHE / name / f"{call_id}.json"
            embeddings = {
                (longest, cap): unit_embeddings(record, units[longest], cap,
                                                folder / "audio" / f"{call_id}.wav",
                                                diarizer, target)
                for longest in MAX_UNITS for cap in CAPS
            }
            gold_turns = timing["turns"]
            gold = {key(w): g for w, g in zip(words, gold_speakers(words, gold_turns),
                                             strict=True)}
            calls[name].append({
                "id": call_id, "language": timing["language"], "pairs": pairs,
                "units": units, "embeddings": embeddings, "gold": gold, "record": record,
                "cached": measure(cached_pairs(transcripts / f"{call_id}.json"), gold,
                                  call_id, timing["language"], record["duration"]),
            })
            print(f"{name} {call_id}: {len(units[MAX_UNIT_S])} units", flush=True)
    return calls


def cached_pairs(path: Path) -> list[tuple[str, Word]]:
    """The speakers the cached pipeline run gave the words (the stored transcript)."""
    transcript = Transcript.model_validate_json(path.read_text(encoding="utf-8"))
    pairs = [(turn.speaker, word) for turn in transcript.turns for word in turn.words]
    return sorted(pairs, key=lambda pair: (pair[1].start, pair[1].end))


def evaluate(calls: list[dict], margin: float | None, min_unit_s: float,
             cap: float | None = None, longest: float | None = None) -> list[dict]:
    rows = []
    for call in calls:
        pairs = call["pairs"]
        if margin is not None:
            pairs, _ = after_pairs(pairs, call["units"][longest],
                                   call["embeddings"][(longest, cap)], margin, min_unit_s)
        rows.append(measure(pairs, call["gold"], call["id"], call["language"],
                            call["record"]["duration"]))
    return rows


def dev_der(calls: list[dict], margin: float, min_unit_s: float, cap: float | None,
            longest: float | None) -> dict:
    """DER of the dev diarisation before and after relabelling the moved units' spans."""
    from pyannote.core import Annotation, Segment
    from pyannote.metrics.diarization import DiarizationErrorRate

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_diarization import read_rttm

    metrics = {"before": DiarizationErrorRate(collar=0.25, skip_overlap=False),
               "after": DiarizationErrorRate(collar=0.25, skip_overlap=False)}
    per_file = []
    for call in calls:
        reference = read_rttm(SHARED / "corpus" / "dev" / "rttm" / f"{call['id']}.rttm")[
            call["id"]]
        before = Annotation(uri=call["id"])
        for index, (speaker, start, end) in enumerate(call["record"]["segments"]):
            before[Segment(start, end), index] = speaker
        _, moved = after_pairs(call["pairs"], call["units"][longest],
                               call["embeddings"][(longest, cap)], margin, min_unit_s)
        after = before.copy()
        for unit, speaker in moved:
            span = Segment(unit.start, unit.end)
            after = after.extrude(span)
            after[span, f"moved{unit.start:.3f}"] = speaker
        row = {"file": call["id"], "units_moved": len(moved)}
        for key, hypothesis in (("before", before), ("after", after)):
            row[f"der_{key}"] = round(metrics[key](reference, hypothesis), 4)
        per_file.append(row)
    return {"der_before": round(abs(metrics["before"]), 4),
            "der_after": round(abs(metrics["after"]), 4), "per_file": per_file}


def grid(calls_by_set: dict[str, list[dict]], sets, cap) -> dict[tuple, dict]:
    """Per (margin, min unit length, longest unit): each set's rows."""
    return {
        (margin, min_unit, longest): {
            name: evaluate(calls_by_set[name], margin, min_unit, cap, longest)
            for name in sets}
        for margin in MARGINS for min_unit in MIN_UNIT_LENGTHS for longest in MAX_UNITS
    }


def cross_validate(table, baseline, sets) -> list[dict]:
    """Leave one set out: the grid point best on the others, scored on the one left out."""
    folds = []
    for held_out in sets:
        tuning = [name for name in sets if name != held_out]
        chosen = max(table, key=lambda key: (pooled_accuracy(table[key], tuning), key[0]))
        folds.append({
            "held_out": held_out, "tuned_on": tuning,
            "margin": chosen[0], "min_unit_s": chosen[1], "max_unit_s": chosen[2],
            "tuning_word_accuracy_before": pooled_accuracy(baseline, tuning),
            "tuning_word_accuracy_after": pooled_accuracy(table[chosen], tuning),
            "before": summarise(baseline[held_out]),
            "after": summarise(table[chosen][held_out]),
        })
    return folds


def pooled_accuracy(rows_by_set: dict[str, list[dict]], names) -> float:
    rows = [row for name in names for row in rows_by_set[name]]
    return summarise(rows)["word_accuracy"]


def end_to_end(sets, per_set: int) -> dict:
    """The real ``Pipeline`` (Whisper, diarisation, voice check, roles) on the first calls of
    each set, with the voice check on and off: figures and the check's own wall time."""
    from speechqa import speaker_refine
    from speechqa.pipeline import Pipeline, PipelineConfig

    pipelines = {flag: Pipeline(PipelineConfig(threads=2, redact="none", refine_speakers=flag))
                 for flag in (False, True)}
    for pipeline in pipelines.values():  # models loaded before anything is timed
        pipeline.check(scoring=False)
        pipeline.diarizer.mono.load()
    refine_s = refine_cpu_s = 0.0
    original = speaker_refine.refine_speakers

    def timed(*args, **kwargs):
        nonlocal refine_s, refine_cpu_s
        started, cpu = time.perf_counter(), time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            refine_s += time.perf_counter() - started
            refine_cpu_s += time.process_time() - cpu

    speaker_refine.refine_speakers = timed  # the pipeline looks it up on each call
    rows: dict[bool, list[dict]] = {False: [], True: []}
    wall = {False: 0.0, True: 0.0}
    audio_s = 0.0
    calls = []
    for name in sets:
        folder, _ = set_folder(name, Path())
        for path in sorted((folder / "audio").glob("*.wav"))[:per_set]:
            timing = json.loads((folder / "timing" / f"{path.stem}.json").read_text())
            audio_s += timing["duration"]
            for flag, pipeline in pipelines.items():
                started = time.perf_counter()
                transcript = pipeline.transcribe(path, language=timing["language"])
                wall[flag] += time.perf_counter() - started
                pairs = sorted(((turn.speaker, word) for turn in transcript.turns
                                for word in turn.words), key=lambda p: p[1].start)
                words = [word for _, word in pairs]
                gold = {key(w): g for w, g in zip(words, gold_speakers(words, timing["turns"]),
                                                  strict=True)}
                rows[flag].append(measure(pairs, gold, path.stem, timing["language"],
                                          timing["duration"]))
            calls.append(f"{name}/{path.stem}")
            print(f"end to end {name} {path.stem}", flush=True)
    return {
        "calls": calls, "audio_s": round(audio_s, 1),
        "off": summarise(rows[False]), "on": summarise(rows[True]),
        "wall_s_per_audio_s_off": round(wall[False] / audio_s, 4),
        "wall_s_per_audio_s_on": round(wall[True] / audio_s, 4),
        "refine_s_per_audio_s": round(refine_s / audio_s, 5),
        "refine_cpu_s_per_audio_s": round(refine_cpu_s / audio_s, 5),
        "on_over_off": round(wall[True] / wall[False], 3),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "note": "models loaded before timing; the refine time is the part of the voice check "
                "left after the ASR (the units not embedded ahead beside it, and the "
                "decision)",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", default=list(SETS), choices=SETS)
    parser.add_argument("--limit", type=int, default=None, help="calls per set (a quick look)")
    parser.add_argument("--dev-transcripts", type=Path,
                        default=ROOT / "benchmarks" / "cache" / "dev-mono" / "mono",
                        help="cached mono transcripts of the dev corpus (speechqa eval cache)")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--end-to-end", type=int, default=0, metavar="N",
                        help="also run the real Pipeline on the first N calls of each "
                             "sentiment-audio set, with the voice check on and off")
    parser.add_argument("--output", type=Path, default=RESULTS / "speaker-attribution.json")
    parser.add_argument("--der-output", type=Path,
                        default=RESULTS / "diarization-speaker-refine.json")
    args = parser.parse_args()

    from speechqa.diarize import PyannoteDiarizer

    diarizer = PyannoteDiarizer(threads=args.threads)
    load_before = os.getloadavg()
    calls = load_calls(args.sets, args.limit, args.dev_transcripts, diarizer)
    baseline = {name: evaluate(calls[name], None, MIN_UNIT_S) for name in args.sets}
    tables = {cap: grid(calls, args.sets, cap) for cap in CAPS}
    table = tables[MAX_EMBED_S]
    folds = cross_validate(table, baseline, args.sets)
    by_cap = []
    for cap, cap_table in tables.items():
        cap_folds = cross_validate(cap_table, baseline, args.sets)
        by_cap.append({
            "max_embed_s": cap,
            "held_out_after": {f["held_out"]: f["after"]["word_accuracy"] for f in cap_folds},
            "held_out_after_pooled": summarise(
                [row for f in cap_folds
                 for row in cap_table[(f["margin"], f["min_unit_s"], f["max_unit_s"])][
                     f["held_out"]]]),
            "chosen": [(f["margin"], f["min_unit_s"], f["max_unit_s"]) for f in cap_folds],
        })
    default = (DEFAULT_MARGIN, MIN_UNIT_S, MAX_UNIT_S)
    audio_s = sum(c["record"]["duration"] for name in args.sets for c in calls[name])
    diarize_s = sum(c["record"]["diarize_s"] for name in args.sets for c in calls[name])
    report = {
        "benchmark": "speaker-attribution",
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "cpu": cpu_model(), "cores": os.cpu_count(), "platform": platform.platform(),
            "python": sys.version.split()[0],
            "load_average_before": [round(x, 2) for x in load_before],
            "load_average_after": [round(x, 2) for x in os.getloadavg()],
        },
        "versions": {pkg: metadata.version(pkg) for pkg in ("torch", "pyannote.audio")},
        "threads": args.threads,
        "unit_pause_s": UNIT_PAUSE_S,
        "note": "tuning data only; 'cached' is the stored pipeline transcript, 'before' the "
                "same words re-aligned to a fresh diarisation, 'after' with the voice check",
        "cost": {
            "audio_s": round(audio_s, 1),
            "diarize_s_per_audio_s": round(diarize_s / audio_s, 5),
            "note": "diarisation alone, one thread, shared machine; the voice check's own "
                    "cost inside the pipeline is end_to_end.refine_s_per_audio_s",
        },
        "default": {"margin": default[0], "min_unit_s": default[1],
                    "max_unit_s": default[2], "max_embed_s": MAX_EMBED_S},
        "max_embed_s_compared": by_cap,
        "per_set": {
            name: {
                "cached": summarise([c["cached"] for c in calls[name]]),
                "before": summarise(baseline[name]),
                "after_default_in_sample": summarise(table[default][name])
                if default in table else None,
            }
            for name in args.sets
        },
        "folds": folds,
        "grid (max_embed_s default)": [
            {"margin": m, "min_unit_s": u, "max_unit_s": longest,
             **{name: summarise(rows)["word_accuracy"] for name, rows in by_set.items()}}
            for (m, u, longest), by_set in table.items()
        ],
    }
    if args.end_to_end:
        report["end_to_end"] = end_to_end([n for n in args.sets if n != "dev"], args.end_to_end)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps({k: report[k] for k in ("per_set", "folds", "cost")}, indent=1))
    if "dev" in args.sets:
        der = {"benchmark": "diarization (mono dev) before/after speaker_refine",
               "date": report["date"], "machine": report["machine"],
               "metric": "DiarizationErrorRate(collar=0.25, skip_overlap=False)",
               "margin": default[0], "min_unit_s": default[1], "max_unit_s": default[2],
               "max_embed_s": MAX_EMBED_S,
               **dev_der(calls["dev"], default[0], default[1], MAX_EMBED_S, default[2])}
        args.der_output.write_text(json.dumps(der, indent=2) + "\n")
        print(f"dev DER {der['der_before']} → {der['der_after']}")
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
