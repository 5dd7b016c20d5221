"""2-fold cross-validation of checklist changes on the 40 labelled Harper Valley calls.

Phrases added to the checklist because of errors seen on Harper Valley are tuned there, so
their in-sample gain says little. Here the calls are split into two folds; on each fold the
checklist variant (e.g. the old and the new default) with the better mean item macro-F1 on
the OTHER fold is chosen and only this fold is scored with it. The pooled held-out figures
are what the change is worth on real calls it was not chosen on.

Run: ``python benchmarks/cv_harper_valley.py --variant before=OLD.yaml --variant after=NEW.yaml``
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
from datetime import UTC, datetime
from pathlib import Path

from speechqa.checklist import load_checklist
from speechqa.evaluate import (
    ITEM_IDS,
    Scored,
    item_figures,
    load_harper_valley,
    score_calls,
    transcripts_for,
)

DEFAULT_CORPUS = Path(os.environ.get("SPEECHQA_SHARED", "../shared")) / "data/real/harper_valley"


def fold_of(call_id: str) -> int:
    """A stable fold from the call id's hash, independent of file order."""
    return int(hashlib.sha256(call_id.encode()).hexdigest(), 16) % 2


def _mean_f1(scored: list[Scored], folds: list[int], held_out_fold: int) -> float:
    """Mean item macro-F1 on the calls outside ``held_out_fold``."""
    train = [s for s, f in zip(scored, folds, strict=True) if f != held_out_fold]
    return round(item_figures(train)["overall"]["mean_item_macro_f1"], 4)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--variant", action="append", required=True,
                        help="NAME=CHECKLIST.yaml (repeatable; the first wins ties)")
    parser.add_argument("--out", type=Path,
                        default=Path("benchmarks/results/cv-harper-valley.json"))
    args = parser.parse_args()
    variants = dict(spec.split("=", 1) for spec in args.variant)
    checklists = {name: load_checklist(path) for name, path in variants.items()}
    calls = load_harper_valley(args.corpus)
    folds = [fold_of(call.call_id) for call in calls]
    report: dict = {
        "corpus": "harper-valley", "calls": len(calls),
        "folds": [folds.count(0), folds.count(1)], "variants": variants,
        "created": datetime.now(UTC).isoformat(timespec="seconds"), "modes": {},
    }
    for mode in ("gold", "asr"):
        transcripts = transcripts_for(calls, mode)
        scored = {
            name: score_calls(calls, transcripts, checklist, semantic=False)
            for name, checklist in checklists.items()
        }
        held_out, chosen = [], []
        for fold in (0, 1):
            train_f1 = {name: _mean_f1(scored[name], folds, fold) for name in variants}
            best = max(variants, key=lambda name: (train_f1[name], name == next(iter(variants))))
            chosen.append({"fold": fold, "chosen": best, "train_mean_item_macro_f1": train_f1})
            held_out += [s for s, f in zip(scored[best], folds, strict=True) if f == fold]
        figures = item_figures(held_out)
        report["modes"][mode] = {
            "choices": chosen,
            "held_out_accuracy": {item: figures["items"][item]["accuracy"] for item in ITEM_IDS},
            "held_out_f1_present": {
                item: figures["items"][item]["present"]["f1"] for item in ITEM_IDS
            },
            "held_out_mean_item_macro_f1": figures["overall"]["mean_item_macro_f1"],
            "in_sample_accuracy": {
                name: {item: item_figures(s)["items"][item]["accuracy"] for item in ITEM_IDS}
                for name, s in scored.items()
            },
        }
        print(mode, chosen, report["modes"][mode]["held_out_accuracy"])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print("->", args.out)


if __name__ == "__main__":
    main()
