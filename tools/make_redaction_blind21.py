"""Generate the blind21 labelled redaction set (450 exchanges, card-heavy, ru/uk/en/lt).

    python tools/make_redaction_blind21.py [--seed 2121]
        [--out benchmarks/data/redaction_blind21.jsonl]

Deterministic: each (language, style) cell follows a fixed plan of templates, each exchange
gets its own seeded random.Random, and every record is checked before the file is written.
Imports nothing from speechqa: the set must stay blind to the detector it measures.
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

from blind21_core import Exchange
from blind21_decoys import account_call, decoy_call, profile_call
from blind21_lang import self_test
from blind21_templates import Slot, card_call, person_call, stored_card

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "data" / "redaction_blind21.jsonl"
SETTING_KEYS = ["vet", "piano", "bike", "skipass", "lang", "solar", "print", "rink",
                "aquarium", "cathotel"]
# Per 45-exchange cell (Russian cells take it twice): template -> count.
PLAN = [("card_full", 6), ("card_only", 7), ("card_holder", 2), ("stored_card", 1),
        ("person", 4), ("account", 2), ("profile", 8), ("decoy", 15)]
CELLS = [("ru", 2), ("uk", 1), ("en", 1), ("lt", 1)]
TYPES = ["ACCOUNT", "ADDRESS", "CARD", "CVV", "DOB", "EMAIL", "EXPIRY", "NATIONAL_ID",
         "PASSPORT", "PERSON", "PHONE"]


def build(template: str, ex: Exchange, slot: Slot) -> None:
    if template == "card_full":
        card_call(ex, slot, with_expiry=True, with_holder=False)
    elif template == "card_only":
        card_call(ex, slot, with_expiry=False, with_holder=False)
    elif template == "card_holder":
        card_call(ex, slot, with_expiry=False, with_holder=True)
    elif template == "stored_card":
        stored_card(ex, slot)
    elif template == "person":
        person_call(ex, slot)
    elif template == "account":
        account_call(ex, slot)
    elif template == "profile":
        profile_call(ex, slot)
    else:
        decoy_call(ex, slot)


def generate(seed: int) -> list[dict]:
    records = []
    for lang, repeats in CELLS:
        for style in ("written", "asr"):
            slot_index = 0
            for template, count in PLAN:
                for variant in range(count * repeats):
                    setting = SETTING_KEYS[(slot_index * 7 + len(lang)) % len(SETTING_KEYS)]
                    slot_index += 1
                    rng = random.Random(f"{seed}:{lang}:{style}:{template}:{variant}")
                    ex = Exchange(lang, style, f"{lang}_{template}", rng)
                    ex.tags.add(f"setting_{setting}")
                    build(template, ex, Slot(template, variant, setting, slot_index - 1))
                    records.append(ex.record())
    random.Random(seed).shuffle(records)
    out = []
    for number, record in enumerate(records, 1):
        ident = f"b21-{record['lang']}-{record['style'][0]}-{number:04d}"
        out.append({"id": ident, "lang": record["lang"], "style": record["style"],
                    "split": "blind21", **{k: record[k] for k in
                                           ("template", "tags", "turns", "entities")}})
    return out


def counts_table(records: list[dict]) -> str:
    cells = [f"{lang}-{style[0]}" for lang, _ in CELLS for style in ("written", "asr")]
    table: Counter = Counter()
    exchanges: Counter = Counter()
    decoys: Counter = Counter()
    for record in records:
        cell = f"{record['lang']}-{record['style'][0]}"
        exchanges[cell] += 1
        decoys[cell] += not record["entities"]
        for entity in record["entities"]:
            table[entity["type"], cell] += 1
    lines = ["| type | " + " | ".join(cells) + " | total |",
             "|---" * (len(cells) + 2) + "|"]
    for etype in TYPES:
        row = [table[etype, cell] for cell in cells]
        lines.append(f"| {etype} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    for name, counter in (("exchanges", exchanges), ("decoy-only", decoys)):
        row = [counter[cell] for cell in cells]
        lines.append(f"| {name} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2121)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    self_test()
    records = generate(args.seed)
    assert len(records) == 450 and len({r["id"] for r in records}) == 450
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    args.out.write_text(text, encoding="utf-8")
    print(counts_table(records))
    tags = Counter(tag for r in records for tag in r["tags"])
    print("tags:", ", ".join(f"`{t}` {n}" for t, n in sorted(tags.items())))
    print("md5", hashlib.md5(text.encode("utf-8")).hexdigest())


if __name__ == "__main__":
    main()
