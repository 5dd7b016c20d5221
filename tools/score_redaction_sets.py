"""Score every labelled redaction set with the detector on the path, for non-regression tables.

    python tools/score_redaction_sets.py --out /tmp/scores.json [--sets blind12 dev2 ...]
    python tools/score_redaction_sets.py --before /tmp/before.json --out TABLE.json --note ...

Uses benchmarks/bench_redaction.py's own scoring (score_item, figures), so the figures are
the bench's. blind3 is scored with --agent-names-not-pii, as in its result files. Writes per
set: overall recall, precision and share of non-PII words masked, per type recall and
precision, and the PERSON misses and false positives (the lists a round studies). With
--before (a file this script wrote with the detector before a round), it writes the
non-regression table instead: before and after per set, and every figure that got worse.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_redaction import Tally, figures, score_item, without_agent_names  # noqa: E402
from bench_transcribe import machine_info  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
AGENT_NAMES_NOT_PII = {"blind3"}


def set_names() -> list[str]:
    """Every labelled set in benchmarks/data (file stem without the redaction_ prefix)."""
    return sorted(path.stem.removeprefix("redaction_")
                  for path in DATA.glob("redaction_*.jsonl"))


def score_set(name: str) -> dict:
    items = [json.loads(line) for line in
             (DATA / f"redaction_{name}.jsonl").read_text(encoding="utf-8").splitlines()]
    if name in AGENT_NAMES_NOT_PII:
        items = [without_agent_names(item) for item in items]
    tally = Tally()
    for item in items:
        score_item(item, tally)
    table = figures(tally)["all"]
    non_pii = tally.tokens["non_pii"]
    return {
        "data": f"benchmarks/data/redaction_{name}.jsonl",
        "recall": table["ALL"]["all"]["recall"],
        "precision": table["ALL"]["all"]["precision"],
        "non_pii_words_masked": round(tally.tokens["wrongly_masked"] / non_pii, 4),
        "by_type": {kind: {"recall": row["all"]["recall"], "precision": row["all"]["precision"],
                           "gold": row["all"]["gold"], "predicted": row["all"]["predicted"]}
                    for kind, row in sorted(table.items()) if kind != "ALL"},
        "false_positives": len(tally.false_positives),
        "person_misses": [m for m in tally.misses if m["type"] == "PERSON"],
        "person_false_positives": [f for f in tally.false_positives if f["type"] == "PERSON"],
        "wrongly_masked_words": tally.wrongly_masked,
    }


def _summary(row: dict) -> dict:
    return {"recall": row["recall"], "precision": row["precision"],
            "non_pii_words_masked": row["non_pii_words_masked"],
            "false_positives": row.get("false_positives"),
            "person_false_positives": len(row["person_false_positives"]),
            "person_misses": len(row["person_misses"]),
            "by_type": {kind: {"recall": f["recall"], "precision": f["precision"]}
                        for kind, f in row["by_type"].items()}}


def _worse(before: dict, after: dict) -> list[str]:
    """Every figure that got worse from ``before`` to ``after`` (None: no such entity)."""
    out = []
    for field in ("recall", "precision"):
        if (after[field] or 0) < (before[field] or 0):
            out.append(f"{field} {before[field]} -> {after[field]}")
    if after["non_pii_words_masked"] > before["non_pii_words_masked"]:
        out.append(f"non_pii_words_masked {before['non_pii_words_masked']} -> "
                   f"{after['non_pii_words_masked']}")
    for kind, row in before["by_type"].items():
        for field in ("recall", "precision"):
            new = after["by_type"].get(kind, {}).get(field)
            if row[field] is not None and (new or 0) < row[field]:
                out.append(f"{kind} {field} {row[field]} -> {new}")
    return out


def table(before: dict, after: dict, note: str) -> dict:
    return {
        "note": note,
        "machine": machine_info(),
        "sets": {name: {"data": after[name]["data"], "before": _summary(before[name]),
                        "after": _summary(after[name]),
                        "worse": _worse(_summary(before[name]), _summary(after[name]))}
                 for name in after if name in before},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--sets", nargs="*", default=None, help="default: every set")
    parser.add_argument("--before", type=Path, default=None,
                        help="scores written by this script before a round: write the "
                        "non-regression table")
    parser.add_argument("--note", default="", help="what the table's figures mean")
    args = parser.parse_args()
    scores = {name: score_set(name) for name in (args.sets or set_names())}
    result = scores if args.before is None else table(
        json.loads(args.before.read_text(encoding="utf-8")), scores, args.note)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for name, row in scores.items():
        if args.before is not None:
            print(name, "worse:", result["sets"][name]["worse"] if name in result["sets"]
                  else "no before")
        person = row["by_type"].get("PERSON", {})
        print(f"{name:8} R{row['recall']} P{row['precision']} masked {row['non_pii_words_masked']}"
              f" PERSON R{person.get('recall')} P{person.get('precision')}")


if __name__ == "__main__":
    main()
