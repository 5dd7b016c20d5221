"""Build benchmarks/data/redaction_blind25.jsonl: blind redaction set, "the realistic middle".

    python tools/make_redaction_blind25.py [--seed 2525] [--out PATH]

Deterministic: each exchange has its own seeded generator, and the file is shuffled with the
seed; every record passes the checks in blind25_build before anything is written. Prints the
entity counts per type and (language, style), which the README quotes.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind25_num as num
from blind25_build import Exchange, check_record
from blind25_cards import card_call
from blind25_decoys import decoy_call
from blind25_identity import identity_call
from blind25_world import SETTINGS

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "data" / "redaction_blind25.jsonl"
LANGS = ("ru", "uk", "en", "lt")
STYLES = ("written", "asr")
# exchanges per (language, style) cell: card payment, identity data, decoy only
PLAN = {"ru": (31, 27, 19), "uk": (19, 17, 12), "en": (19, 17, 12), "lt": (19, 17, 12)}
KINDS = (("card", card_call), ("identity", identity_call), ("decoy", decoy_call))
TYPES = (
    "CARD",
    "CVV",
    "EXPIRY",
    "PHONE",
    "EMAIL",
    "PASSPORT",
    "NATIONAL_ID",
    "DOB",
    "ACCOUNT",
    "ADDRESS",
    "PERSON",
)


def build(seed: int) -> list[dict]:
    records = []
    for lang in LANGS:
        for style in STYLES:
            for (kind, make), count in zip(KINDS, PLAN[lang], strict=True):
                for i in range(count):
                    rng = random.Random(f"{seed}/{lang}/{style}/{kind}/{i}")
                    ex = Exchange(lang, style, rng, f"{lang}_{kind}")
                    setting = SETTINGS[(i + (5 if style == "asr" else 0)) % len(SETTINGS)]
                    make(ex, setting, i)
                    records.append(ex.record())
    random.Random(seed).shuffle(records)
    out = []
    for n, rec in enumerate(records, 1):
        rec["id"] = f"b25-{rec['lang']}-{rec['style'][0]}-{n:04d}"
        check_record(rec)
        del rec["_checks"]
        out.append(
            {
                "id": rec["id"],
                "lang": rec["lang"],
                "style": rec["style"],
                "split": "blind25",
                "template": rec["template"],
                "tags": rec["tags"],
                "turns": rec["turns"],
                "entities": rec["entities"],
            }
        )
    return out


def table(records: list[dict]) -> str:
    cells = [(lang, style) for lang in LANGS for style in STYLES]
    heads = [f"{lang}-{style[0]}" for lang, style in cells]
    counts: Counter = Counter()
    for rec in records:
        cell = (rec["lang"], rec["style"])
        counts[("exchanges", cell)] += 1
        if not rec["entities"]:
            counts[("decoy-only", cell)] += 1
        for ent in rec["entities"]:
            counts[(ent["type"], cell)] += 1
    lines = ["| type | " + " | ".join(heads) + " | total |", "|---|" + "---|" * (len(cells) + 1)]
    for row in (*TYPES, "exchanges", "decoy-only"):
        vals = [counts[(row, cell)] for cell in cells]
        lines.append(f"| {row} | " + " | ".join(map(str, vals)) + f" | {sum(vals)} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2525)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    num.self_test()
    records = build(args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(table(records))
    tags = Counter(tag for rec in records for tag in rec["tags"])
    print("\ntags: " + ", ".join(f"`{t}` {n}" for t, n in sorted(tags.items())))
    print(f"\n{len(records)} exchanges written to {args.out}")


if __name__ == "__main__":
    main()
