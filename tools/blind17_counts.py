"""Print the README counts table (entities per type × language × style) for blind17."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "redaction_blind17.jsonl"
CELLS = [(lang, style) for lang in ("ru", "uk", "en", "lt") for style in ("written", "asr")]


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DATA
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    counts: Counter = Counter()
    exchanges: Counter = Counter()
    decoys = 0
    for rec in records:
        cell = (rec["lang"], rec["style"])
        exchanges[cell] += 1
        decoys += not rec["entities"]
        for ent in rec["entities"]:
            counts[(ent["type"], cell)] += 1
    head = " | ".join(f"{lang}-{style[0]}" for lang, style in CELLS)
    print(f"| type | {head} | total |")
    print("|---" * (len(CELLS) + 2) + "|")
    for typ in sorted({t for t, _ in counts}):
        row = [counts[(typ, cell)] for cell in CELLS]
        print(f"| {typ} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    row = [exchanges[cell] for cell in CELLS]
    print("| exchanges | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    print(f"decoy-only: {decoys} of {len(records)}")


if __name__ == "__main__":
    main()
