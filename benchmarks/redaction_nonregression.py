"""Every labelled redaction set scored with two detector versions, side by side: the check
that a round of fixes made no set worse (recall, precision, non-PII words masked).

    python benchmarks/redaction_nonregression.py --before-src DIR --round 10 \\
        [--exclude blind13 ...] [--out benchmarks/results/redaction-round10-nonregression.json]
        [--note "..."]

DIR holds the earlier detector's sources (the package directory's parent, e.g. a
``git archive <commit> src`` unpacked); the later one is this checkout's ``src``. Each version
is scored in its own process (``--score-only``), with bench_redaction's scoring. Every
``benchmarks/data/redaction_*.jsonl`` is scored unless excluded (a blind set nobody may score
yet); a set counts as worse when its recall, precision or masked share, or any type's recall
or precision, is worse.
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


def set_names(exclude: list[str]) -> list[str]:
    """Every labelled set (file stem without ``redaction_``) but the excluded ones."""
    return sorted(name for path in DATA.glob("redaction_*.jsonl")
                  if (name := path.stem.removeprefix("redaction_")) not in exclude)


def score_sets(names: list[str]) -> dict:
    """Recall, precision and masked share per set with the detector on ``sys.path``."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_redaction import Tally, figures, score_item, without_agent_names

    out = {}
    for name in names:
        path = DATA / f"redaction_{name}.jsonl"
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


def scored_with(src: Path, names: list[str]) -> dict:
    with tempfile.TemporaryDirectory() as scratch:
        result = Path(scratch) / "scores.json"
        env = {**os.environ, "PYTHONPATH": str(src)}
        subprocess.run([sys.executable, __file__, "--score-only", str(result), *names],
                       env=env, check=True)
        return json.loads(result.read_text(encoding="utf-8"))


def worse_figures(before: dict, after: dict) -> list[str]:
    """Every figure of one set that got worse (a type with no entity has recall None)."""
    out = [f"{field} {before[field]} -> {after[field]}" for field in ("recall", "precision")
           if (after[field] or 0) < (before[field] or 0)]
    if after["non_pii_words_masked"] > before["non_pii_words_masked"]:
        out.append(f"masked {before['non_pii_words_masked']} -> {after['non_pii_words_masked']}")
    for kind, row in before["by_type"].items():
        for field in ("recall", "precision"):
            new = after["by_type"].get(kind, {}).get(field)
            if row[field] is not None and (new or 0) < row[field]:
                out.append(f"{kind} {field} {row[field]} -> {new}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before-src", type=Path, help="the earlier detector's src directory")
    parser.add_argument("--round", type=int, help="the round the later detector closes")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--note", default="")
    parser.add_argument("--exclude", nargs="*", default=[], help="sets not to score")
    parser.add_argument("--score-only", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("names", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.score_only:
        args.score_only.write_text(json.dumps(score_sets(args.names)), encoding="utf-8")
        return
    if args.before_src is None or args.round is None:
        parser.error("--before-src and --round are required")
    from bench_transcribe import machine_info

    names = set_names(args.exclude)
    before, after = scored_with(args.before_src, names), scored_with(ROOT / "src", names)
    worse = {name: found for name in names if (found := worse_figures(before[name], after[name]))}
    report = {
        "note": args.note,
        "machine": machine_info(),
        "sets_worse_after": worse,
        "sets": {name: {"data": f"benchmarks/data/redaction_{name}.jsonl",
                        f"before_round{args.round}": before[name],
                        f"after_round{args.round}": after[name]} for name in names},
    }
    out = args.out or ROOT / "benchmarks" / "results" / \
        f"redaction-round{args.round}-nonregression.json"
    out.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for name in names:
        b, a = before[name], after[name]
        print(f"{name:8} recall {b['recall']} -> {a['recall']}  precision {b['precision']} -> "
              f"{a['precision']}  masked {b['non_pii_words_masked']} -> "
              f"{a['non_pii_words_masked']}  {'; '.join(worse.get(name, []))}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "benchmarks"))
    main()
