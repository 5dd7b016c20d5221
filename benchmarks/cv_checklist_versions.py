"""Leave-one-group-out choice between checklist versions on a labelled corpus (issue 15).

``speechqa eval --cv`` re-chooses only the generic thresholds of ONE checklist. A checklist
change (new phrases, new rule branches) is itself a choice made on the training calls; here
each language / scenario / company is held out in turn, the version (e.g. 1.4.0 and 1.5.0)
with the better pooled item F1 on the OTHER groups is chosen, and only the held-out group is
scored with it. The pooled held-out figures say whether the change would have been chosen
without the calls it is scored on, and what it is worth there.

Run (the old version from git): ``git show ae62d9e:checklists/default.yaml > /tmp/1.4.0.yaml``,
then ``python benchmarks/cv_checklist_versions.py benchmarks/data/train_items
--variant 1.5.0=checklists/default.yaml --variant 1.4.0=/tmp/1.4.0.yaml``
(``--mode mono --cache-dir DIR`` for cached mono transcripts).
"""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from pathlib import Path

from bench_transcribe import machine_info  # the sibling benchmark: same machine report

from speechqa.checklist import load_checklist
from speechqa.evaluate import cross_validate, load_dev_corpus, transcripts_for


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="dev-format corpus (calls.json)")
    parser.add_argument("--variant", action="append", required=True,
                        help="NAME=CHECKLIST.yaml (repeatable; the first wins ties)")
    parser.add_argument("--group", action="append", default=None,
                        help="language, scenario or company (repeatable; default: all three)")
    parser.add_argument("--mode", default="gold", help="gold or mono (with --cache-dir)")
    parser.add_argument("--cache-dir", type=Path, default=None)
    parser.add_argument("--note", default="", help="what the figures are (in-sample or not)")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    paths = dict(spec.split("=", 1) for spec in args.variant)
    variants = {name: load_checklist(path) for name, path in paths.items()}
    calls = load_dev_corpus(args.corpus)
    transcripts = transcripts_for(calls, args.mode, cache_dir=args.cache_dir)
    groups = args.group or ["language", "scenario", "company"]
    report = {
        "note": args.note,
        "corpus": args.corpus.name,
        "mode": args.mode,
        "calls": len(calls),
        "variants": {name: f"{path} (v{variants[name].version})" for name, path in paths.items()},
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine_info(),
        "cross_validation": [
            cross_validate(calls, transcripts, variants, group, semantic=False)
            for group in groups
        ],
    }
    for block in report["cross_validation"]:
        chosen = sorted({fold["chosen"] for fold in block["folds"]})
        held = block["held_out"]["overall"]
        print(f"{block['group']}: chosen {chosen}; held-out item F1 "
              f"{held['micro_f1_present']:.3f} (absent {held['micro_f1_absent']:.3f})")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("->", args.out)


if __name__ == "__main__":
    main()
