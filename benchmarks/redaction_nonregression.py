"""Every labelled redaction set scored with two detector versions, side by side: the check
that a round of fixes made no set worse (recall, precision, non-PII words masked).

    python benchmarks/redaction_nonregression.py --before-src DIR --round 10 \\
        [--out benchmarks/results/redaction-round10-nonregression.json] [--note "..."]

DIR holds the earlier detector's sources (the package directory's parent, e.g. a
``git archive <commit> src`` unpacked); the later one is this checkout's ``src``. Each version
is scored in its own process (``--score-only``), with bench_redaction's scoring.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data"
SETS = {"eval": "redaction_eval", **{f"dev{n}": f"redaction_dev{n}" for n in range(2, 10)},
        "blind": "redaction_blind", **{f"blind{n}": f"redaction_blind{n}" for n in range(2, 12)}}


def score_sets() -> dict:
    """Recall, precision and masked share per set with the detector on ``sys.path``."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_redaction import Tally, figures, score_item, without_agent_names

    out = {}
    for name, stem in SETS.items():
        path = DATA / f"{stem}.jsonl"
        items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        if name == "blind3":  # its writer labelled the agent's own name (see the README)
            items = [without_agent_names(item) for item in items]
        tally = Tally()
        for item in items:
            score_item(item, tally)
        counts = figures(tally)["all"]
        out[name] = {
            "recall": counts["ALL"]["all"]["recall"],
            "precision": counts["ALL"]["all"]["precision"],
            "non_pii_words_masked": round(
                tally.tokens["wrongly_masked"] / tally.tokens["non_pii"], 4),
            "by_type": {kind: {"recall": by_lang["all"]["recall"],
                               "precision": by_lang["all"]["precision"]}
                        for kind, by_lang in sorted(counts.items()) if kind != "ALL"},
        }
    return out


def scored_with(src: Path) -> dict:
    with tempfile.TemporaryDirectory() as scratch:
        result = Path(scratch) / "scores.json"
        env = {**os.environ, "PYTHONPATH": str(src)}
        subprocess.run([sys.executable, __file__, "--score-only", str(result)], env=env,
                       check=True)
        return json.loads(result.read_text(encoding="utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before-src", type=Path, help="the earlier detector's src directory")
    parser.add_argument("--round", type=int, help="the round the later detector closes")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--note", default="")
    parser.add_argument("--score-only", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.score_only:
        args.score_only.write_text(json.dumps(score_sets()), encoding="utf-8")
        return
    if args.before_src is None or args.round is None:
        parser.error("--before-src and --round are required")
    from bench_transcribe import machine_info

    before, after = scored_with(args.before_src), scored_with(ROOT / "src")
    worse = [name for name in SETS if after[name]["recall"] < before[name]["recall"]
             or after[name]["precision"] < before[name]["precision"]
             or after[name]["non_pii_words_masked"] > before[name]["non_pii_words_masked"]]
    report = {
        "note": args.note,
        "machine": machine_info(),
        "sets_worse_after": worse,
        "sets": {name: {"data": f"benchmarks/data/{SETS[name]}.jsonl",
                        f"before_round{args.round}": before[name],
                        f"after_round{args.round}": after[name]} for name in SETS},
    }
    out = args.out or ROOT / "benchmarks" / "results" / \
        f"redaction-round{args.round}-nonregression.json"
    out.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for name in SETS:
        b, a = before[name], after[name]
        print(f"{name:8} recall {b['recall']} -> {a['recall']}  precision {b['precision']} -> "
              f"{a['precision']}  masked {b['non_pii_words_masked']} -> "
              f"{a['non_pii_words_masked']}{'  WORSE' if name in worse else ''}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "benchmarks"))
    main()
