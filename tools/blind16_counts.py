"""Count blind16 entities by type, language and style, for the README table."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "redaction_blind16.jsonl"


def main() -> None:
    items = [
        json.loads(line)
        for line in (Path(sys.argv[1]) if len(sys.argv) > 1 else DATA)
        .read_text(encoding="utf-8")
        .splitlines()
    ]
    counts: Counter = Counter()
    for item in items:
        for entity in item["entities"]:
            counts[(entity["type"], item["lang"], item["style"])] += 1
    langs, styles = ["ru", "uk", "en", "lt"], ["written", "asr"]
    types = sorted({key[0] for key in counts})
    cols = [f"{lang}-{style[0]}" for lang in langs for style in styles]
    print("| type | " + " | ".join(cols) + " | total |")
    print("|---" * (len(cols) + 2) + "|")
    for kind in types:
        row = [counts[(kind, lang, style)] for lang in langs for style in styles]
        print(f"| {kind} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    per_lang = Counter((i["lang"], i["style"]) for i in items)
    print(
        "| exchanges | "
        + " | ".join(str(per_lang[(lang, style)]) for lang in langs for style in styles)
        + f" | {len(items)} |"
    )
    decoys = sum(1 for i in items if not i["entities"])
    print(f"\ndecoy-only exchanges: {decoys} of {len(items)}")
    tags = Counter(tag for i in items for tag in i["tags"])
    print("tags: " + ", ".join(f"{k} {v}" for k, v in sorted(tags.items())))


if __name__ == "__main__":
    main()
