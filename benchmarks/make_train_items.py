"""Build the in-sample checklist-item training set (issue 15, item 4) from its scripts.

``benchmarks/data/train_items/scripts.txt`` (the format of the fresh set's scripts, read by
``make_fresh_audio.parse``) holds calls written to exercise the item failure classes the
issue names: company names of every shape in greetings, customer-first and outbound calls,
identity secrets asked for versus merely mentioned, clarifying questions and recaps as people
phrase them, ASR-style text. The rules ARE tuned on these calls, so their scores are
in-sample; the fresh set stays the held-out check.

Only the gold mode is needed, so no audio is rendered: each turn's time is estimated from
its length (a steady speaking rate with short pauses), and the timing-dependent label rules
are checked against that estimate. Writes ``calls.json``, ``labels.csv`` and ``timing/``.

Run: ``python benchmarks/make_train_items.py``
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path

from make_fresh_audio import OVERLAP_S, check_timing, labels_from_tags, parse

DATA = Path(__file__).resolve().parent / "data" / "train_items"
CHARS_PER_SECOND = {"agent": 14.0, "customer": 13.0}


def estimate_timing(call: dict) -> tuple[list[dict], float]:
    """Per-turn start and end from the text length; the call's duration."""
    rng = random.Random(call["id"])
    cursor, timing = rng.uniform(0.8, 1.5), []
    for position, turn in enumerate(call["turns"]):
        start = cursor
        if turn["overlap"] and timing:
            start = max(timing[-1]["start"] + 0.3, timing[-1]["end"] - OVERLAP_S)
        end = start + max(0.6, len(turn["text"]) / CHARS_PER_SECOND[turn["speaker"]])
        timing.append({
            "idx": position, "speaker": turn["speaker"], "start": round(start, 3),
            "end": round(end, 3), "text": turn["text"],
            "overlaps_previous": bool(turn["overlap"] and position), "overlapped": False,
        })
        cursor = max(cursor, end) + rng.uniform(0.3, 0.9)
    return timing, round(cursor + 0.5, 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scripts", type=Path, default=DATA / "scripts.txt")
    parser.add_argument("--out", type=Path, default=DATA)
    args = parser.parse_args()
    (args.out / "timing").mkdir(parents=True, exist_ok=True)
    records, rows, failures = [], [], []
    for call in parse(args.scripts):
        timing, duration = estimate_timing(call)
        failures += [f"{call['id']}: {p}" for p in check_timing(call, timing, duration)]
        evidence, decoys, labels, reasons = labels_from_tags(call)
        (args.out / "timing" / f"{call['id']}.json").write_text(json.dumps({
            "id": call["id"], "language": call["language"], "duration": duration,
            "turns": timing,
        }, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        records.append({
            "id": call["id"], "language": call["language"], "scenario": call["scenario"],
            "company": call["company"],
            "turns": [{"speaker": t["speaker"], "text": t["text"]} for t in call["turns"]],
            "labels": {**labels, "customer_sentiment": call["sentiment"],
                       "needs_review": bool(reasons), "notes": call["notes"]},
            "aux": {"review_reasons": reasons, "evidence_turns": evidence,
                    "decoy_turns": decoys,
                    "customer_speaks_first": call["turns"][0]["speaker"] == "customer"},
            "duration_s": duration,
            "audio": {"timing": f"timing/{call['id']}.json"},
        })
        rows.append({
            "id": call["id"], "language": call["language"], "scenario": call["scenario"],
            "duration_s": duration, **{k: int(v) for k, v in labels.items()},
            "customer_sentiment": call["sentiment"], "needs_review": int(bool(reasons)),
            "review_reasons": ";".join(reasons),
        })
    (args.out / "calls.json").write_text(
        json.dumps(records, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    with (args.out / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(records)} calls -> {args.out}")
    if failures:
        sys.exit("timing does not match the labels:\n" + "\n".join(failures))


if __name__ == "__main__":
    main()
