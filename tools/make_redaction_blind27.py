"""Generate benchmarks/data/redaction_blind27.jsonl: a blind redaction evaluation set of
mixed-language contact-centre exchanges (issue 12). Deterministic for a given seed; every record
is checked (offsets, asr alphabet, Luhn, national-id and IBAN checksums) before writing.

    python tools/make_redaction_blind27.py [--seed 2727] [--out PATH]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind27_lang as L
from blind27_build import finish_kinds
from blind27_scenes import FIELDS, card_exchange, decoy_exchange, profile_exchange

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "data" / "redaction_blind27.jsonl"
# Exchanges per (language, style) cell: (card, profile, decoy) = about 40 / 35 / 25 %.
PLAN = {"ru": (29, 25, 18), "uk": (18, 15, 11), "en": (18, 15, 11), "lt": (18, 15, 11)}
TYPES = ["ACCOUNT", "ADDRESS", "CARD", "CVV", "DOB", "EMAIL", "EXPIRY", "NATIONAL_ID",
         "PASSPORT", "PERSON", "PHONE"]


def build(seed: int) -> list[dict]:
    items = []
    for lang, (cards, profiles, decoys) in PLAN.items():
        for style in ("written", "asr"):
            plan = ["card"] * cards + ["profile"] * profiles + ["decoy"] * decoys
            for i, kind in enumerate(plan):
                rng = random.Random(f"{seed}/{lang}/{style}/{kind}/{i}")
                if kind == "card":
                    ex = card_exchange(rng, lang, style)
                elif kind == "profile":
                    ex = profile_exchange(rng, lang, style, FIELDS[i % len(FIELDS)])
                else:
                    ex = decoy_exchange(rng, lang, style)
                ex.tags.add(f"kind_{kind}")
                items.append((lang, style, kind, ex))
    random.Random(seed).shuffle(items)
    records = []
    for number, (lang, style, kind, ex) in enumerate(items, start=1):
        ident = f"b27-{lang}-{style[0]}-{number:04d}"
        records.append(finish_kinds(ex.record(ident, lang, f"{lang}_{kind}")))
    return records


def table(records: list[dict]) -> str:
    cells = [(lang, style) for lang in PLAN for style in ("written", "asr")]
    counts: Counter = Counter()
    exchanges: Counter = Counter()
    decoys: Counter = Counter()
    for rec in records:
        cell = (rec["lang"], rec["style"])
        exchanges[cell] += 1
        decoys[cell] += "decoy" in rec["tags"]
        for ent in rec["entities"]:
            counts[(ent["type"], cell)] += 1
    head = "| type | " + " | ".join(f"{lang}-{style[0]}" for lang, style in cells) + " | total |"
    lines = [head, "|" + "---|" * (len(cells) + 2)]
    for name, source in [(t, None) for t in TYPES] + [("exchanges", exchanges),
                                                      ("decoy-only", decoys)]:
        row = [source[c] if source is not None else counts[(name, c)] for c in cells]
        lines.append(f"| {name} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2727)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    L.self_test()
    records = build(args.seed)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    args.out.write_text(data, encoding="utf-8")
    print(table(records))
    tags = Counter(tag for r in records for tag in r["tags"])
    print("tags:", ", ".join(f"`{t}` {n}" for t, n in sorted(tags.items())))
    print(f"{len(records)} exchanges, md5 {hashlib.md5(data.encode()).hexdigest()}")


if __name__ == "__main__":
    main()
