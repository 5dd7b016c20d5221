"""Pool several blind redaction scorings into one table per entity type and language.

Each blind set is scored once by a detector that has not seen it; after the next round it is
in-sample. The honest summary of the detector is therefore each set at its *latest unseen*
scoring, pooled. This script adds up the counts (gold, found, predicted, correct, and the
non-PII words masked) of the bench_redaction result files it is given, so the pooled figures
in the README can be rebuilt from committed files:

    python benchmarks/pool_redaction.py --out benchmarks/results/redaction-pooled-unseen.json \\
        benchmarks/results/redaction-blind15-after-round12.json ...
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

COUNTS = ("gold", "found", "predicted", "correct")


def pool(paths: list[Path]) -> dict:
    """Summed counts, recall and precision per type and language, plus the masked share."""
    sums: dict[str, dict[str, dict[str, int]]] = defaultdict(
        lambda: defaultdict(lambda: dict.fromkeys(COUNTS, 0)))
    tokens = masked = 0
    for path in paths:
        result = json.loads(path.read_text(encoding="utf-8"))
        for kind, by_language in result["figures"]["all"].items():
            for language, counts in by_language.items():
                for name in COUNTS:
                    sums[kind][language][name] += counts[name]
        tokens += result["wrongly_masked_non_pii_tokens"]["tokens"]
        masked += result["wrongly_masked_non_pii_tokens"]["masked"]
    figures = {
        kind: {language: {**counts,
                          "recall": round(counts["found"] / counts["gold"], 4)
                          if counts["gold"] else None,
                          "precision": round(counts["correct"] / counts["predicted"], 4)
                          if counts["predicted"] else None}
               for language, counts in sorted(by_language.items())}
        for kind, by_language in sorted(sums.items())
    }
    return {"files": [path.name for path in paths], "figures": figures,
            "non_pii_words_masked": {"tokens": tokens, "masked": masked,
                                     "share": round(masked / tokens, 4) if tokens else None}}


def markdown(pooled: dict) -> str:
    """Recall (precision) per type and language as a README table."""
    figures = pooled["figures"]
    languages = ["ru", "uk", "en", "lt", "all"]
    lines = ["| type | " + " | ".join(languages) + " |",
             "|---|" + "---|" * len(languages)]

    def cell(counts: dict | None) -> str:
        if not counts or not counts["gold"]:
            return "—"
        return f"{counts['recall']:.2f} ({counts['precision']:.2f}), {counts['gold']}"

    for kind in [k for k in figures if k != "ALL"] + ["ALL"]:
        lines.append(f"| {kind} | " + " | ".join(cell(figures[kind].get(language))
                                                 for language in languages) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("results", nargs="+", type=Path, help="bench_redaction result files")
    parser.add_argument("--out", type=Path, help="where to write the pooled JSON")
    parser.add_argument("--note", default="", help="what the files are (which detector saw what)")
    args = parser.parse_args()
    pooled = {"note": args.note, **pool(args.results)}
    if args.out:
        args.out.write_text(json.dumps(pooled, ensure_ascii=False, indent=1) + "\n",
                            encoding="utf-8")
    print(markdown(pooled))
    print(f"non-PII words masked: {pooled['non_pii_words_masked']['share']:.2%}")


if __name__ == "__main__":
    main()
