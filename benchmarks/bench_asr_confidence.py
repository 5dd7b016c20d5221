"""Where the `low_asr_confidence` flag should fire: the mean word probability (the review
policy's ``min_word_probability``) that separates transcripts too garbled to score from the rest.

    python benchmarks/bench_asr_confidence.py \\
        --tune sentiment_calls=benchmarks/data/sentiment_calls.json:CACHE \\
        --tune ... [--measure fresh3=benchmarks/data/fresh3/calls.json:CACHE ...] \\
        [--measure spbu=../shared/real_speech/spbu_support_calls/calls.json:CACHE] \\
        --out benchmarks/results/asr-confidence.json

Each ``NAME=CALLS:CACHE`` names a calls file (the dev-corpus or the benchmark-calls format, or
real_speech's ``calls.json``: ids, languages and gold turns) and a folder of the mono
transcripts the pipeline wrote for them (``<id>.json``, as ``speechqa eval --mode mono`` and
``make_sentiment_audio.py`` cache them). A
call counts as unreliable when its transcript's word error rate against the gold text is over
0.5. The threshold is chosen on the ``--tune`` sets only: the midpoint of the gap between the
most confident unreliable call and the least confident reliable one when the two are apart,
else the middle of the range with the best F1; leave-one-set-out shows how that choice carries
to a set it did not see. ``--measure`` sets (held out) are only scored with the chosen value.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import jiwer

from speechqa.metrics import compute_metrics
from speechqa.schema import Transcript

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_transcribe import machine_info, normalise

UNRELIABLE_WER = 0.5
CURRENT_THRESHOLD = 0.55  # the review policy's value before this benchmark


def read_set(spec: str) -> tuple[str, list[dict]]:
    """One row per call with a cached transcript: language, WER and mean word probability."""
    name, _, paths = spec.partition("=")
    calls_path, _, cache = paths.partition(":")
    calls = json.loads(Path(calls_path).read_text(encoding="utf-8"))
    calls = calls["calls"] if isinstance(calls, dict) else calls
    rows = []
    for call in calls:
        if "id" not in call:  # real_speech's format: recordings named by their file
            call = {**call, "id": Path(call["file"]).stem, "language": "ru"}
        cached = Path(cache) / f"{call['id']}.json"
        if not cached.exists():
            continue
        transcript = Transcript.model_validate_json(cached.read_text(encoding="utf-8"))
        probability = compute_metrics(transcript).mean_word_probability
        if probability is None:
            continue
        language = call.get("language") or call.get("lang")
        reference = normalise(" ".join(turn["text"] for turn in call["turns"]), language)
        hypothesis = normalise(" ".join(turn.text for turn in transcript.turns), language)
        rows.append({"id": call["id"], "language": language,
                     "mean_word_probability": probability,
                     "wer": round(jiwer.wer(reference, hypothesis), 4) if hypothesis else 1.0})
    return name, rows


def _unreliable(row: dict) -> bool:
    return row["wer"] > UNRELIABLE_WER


def confusion(rows: list[dict], threshold: float) -> dict:
    flagged = [row["mean_word_probability"] < threshold for row in rows]
    bad = [_unreliable(row) for row in rows]
    tp = sum(f and b for f, b in zip(flagged, bad, strict=True))
    fp = sum(f and not b for f, b in zip(flagged, bad, strict=True))
    fn = sum(b and not f for f, b in zip(flagged, bad, strict=True))
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
    return {"calls": len(rows), "unreliable": sum(bad), "flagged": sum(flagged),
            "tp": tp, "fp": fp, "fn": fn, "f1": round(f1, 4)}


def choose_threshold(rows: list[dict]) -> float:
    """The midpoint of the gap between the two kinds of call, or of the best-F1 range."""
    bad = [row["mean_word_probability"] for row in rows if _unreliable(row)]
    good = [row["mean_word_probability"] for row in rows if not _unreliable(row)]
    if bad and good and max(bad) < min(good):
        return round((max(bad) + min(good)) / 2, 2)
    candidates = [step / 100 for step in range(30, 96)]
    scores = [confusion(rows, value)["f1"] for value in candidates]
    best = [value for value, score in zip(candidates, scores, strict=True) if score == max(scores)]
    return round((best[0] + best[-1]) / 2, 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tune", action="append", required=True, metavar="NAME=CALLS:CACHE")
    parser.add_argument("--measure", action="append", default=[], metavar="NAME=CALLS:CACHE")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    tune = dict(read_set(spec) for spec in args.tune)
    pooled = [row for rows in tune.values() for row in rows]
    chosen = choose_threshold(pooled)
    leave_one_out = {}
    for name, rows in tune.items():
        others = [row for other, kept in tune.items() if other != name for row in kept]
        value = choose_threshold(others)
        leave_one_out[name] = {"threshold": value, **confusion(rows, value)}
    measured = {}
    for name, rows in (read_set(spec) for spec in args.measure):
        by_language = Counter(row["language"] for row in rows
                              if row["mean_word_probability"] < chosen)
        measured[name] = {"now": confusion(rows, chosen),
                          "before": confusion(rows, CURRENT_THRESHOLD),
                          "flagged_by_language": dict(by_language), "calls": rows}
    report = {
        "machine": machine_info(),
        "rule": f"unreliable = WER > {UNRELIABLE_WER}; flag when the mean word probability is "
                "under the threshold; chosen on the tuning sets only",
        "threshold": chosen,
        "tuning_pooled": {"now": confusion(pooled, chosen),
                          "before": confusion(pooled, CURRENT_THRESHOLD)},
        "tuning_leave_one_set_out": leave_one_out,
        "tuning_sets": tune,
        "held_out": measured,
    }
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("threshold", chosen, "pooled", report["tuning_pooled"])
    for name, row in leave_one_out.items():
        print("leave out", name, row)
    for name, row in measured.items():
        print("held out", name, "now", row["now"], "before", row["before"],
              row["flagged_by_language"])


if __name__ == "__main__":
    main()
