"""Generate the blind24 redaction evaluation set (360 exchanges, ru/uk/en/lt, written/asr).

    python tools/make_redaction_blind24.py [--seed 2424] [--out PATH]

Written blind to the detector: imports nothing from speechqa. Every record is checked
(spans, Luhn, check digits, asr alphabet) before the file is written; output is
byte-deterministic for a seed.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind24_build import Exchange, assemble, check
from blind24_cards import card_exchange, stored_card_exchange
from blind24_decoys import SETTINGS, decoy_lines, greet
from blind24_lang import self_test
from blind24_people import person_exchange, profile_exchange

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "data" / "redaction_blind24.jsonl"
CELLS = [(lang, style) for lang in ("ru", "uk", "en", "lt") for style in ("written", "asr")]
PROFILE = ["PHONE", "EMAIL", "DOB", "ACCOUNT", "ADDRESS", "NATIONAL_ID", "PASSPORT"]
TYPES = ["ACCOUNT", "ADDRESS", "CARD", "CVV", "DOB", "EMAIL", "EXPIRY", "NATIONAL_ID",
         "PASSPORT", "PERSON", "PHONE"]


def unit_plan(unit: int) -> list[tuple[str, int]]:
    """36 slots: 11 card, 1 stored card, 5 person, 7 profile, 12 decoy (fixed, not drawn)."""
    plan = [("card", i) for i in range(11)] + [("stored", 0)]
    plan += [("person", i) for i in range(5)] + [("profile", i) for i in range(7)]
    return plan + [("decoy", i) for i in range(12)]


def build(lang: str, style: str, unit: int, kind: str, i: int, seed: int) -> dict:
    rng = random.Random(f"{seed}/{lang}/{style}/{unit}/{kind}/{i}")
    ex = Exchange(lang, style, f"{lang}_{kind}")
    setting = SETTINGS[(unit * 5 + i + len(kind)) % len(SETTINGS)]
    greet(ex, setting)
    if kind == "card":
        card_exchange(ex, rng, unit * 11 + i, readback=i % 3 == 0,
                      with_exp=i < 4 or (i == 4 and unit % 2 == 1))
        if i % 4 == 1:
            decoy_lines(ex, rng, 1)
    elif kind == "stored":
        stored_card_exchange(ex, rng)
    elif kind == "person":
        person_exchange(ex, rng, unit * 5 + i, with_address=i < 3)
        decoy_lines(ex, rng, 1)
    elif kind == "profile":
        profile_exchange(ex, rng, PROFILE[i], echo=unit % 2 == 0)
    else:
        ex.tags |= {"decoy", "no_entity"}
        decoy_lines(ex, rng, 2 + i % 3)
    rec = assemble(ex)
    return {"id": "", "lang": lang, "style": style, "split": "blind24", **rec}


def generate(seed: int) -> list[dict]:
    self_test()
    records, unit = [], 0
    for lang, style in CELLS:
        for _ in range(2 if lang == "ru" else 1):
            records += [build(lang, style, unit, kind, i, seed) for kind, i in unit_plan(unit)]
            unit += 1
    random.Random(seed).shuffle(records)
    ordered = []
    for n, rec in enumerate(records, 1):
        rec = {"id": f"b24-{rec['lang']}-{rec['style'][0]}-{n:04d}", **{
            k: v for k, v in rec.items() if k != "id"}}
        check(rec)
        ordered.append(rec)
    return ordered


def table(records: list[dict]) -> str:
    cols = [f"{lang}-{style[0]}" for lang, style in CELLS]
    counts: Counter = Counter()
    for rec in records:
        col = f"{rec['lang']}-{rec['style'][0]}"
        counts["exchanges", col] += 1
        counts["decoy-only", col] += not rec["entities"]
        for ent in rec["entities"]:
            counts[ent["type"], col] += 1
    lines = ["| type | " + " | ".join(cols) + " | total |", "|---" * (len(cols) + 2) + "|"]
    for row in [*TYPES, "exchanges", "decoy-only"]:
        cells = [counts[row, c] for c in cols]
        lines.append(f"| {row} | " + " | ".join(map(str, cells)) + f" | {sum(cells)} |")
    tags = Counter(tag for rec in records for tag in rec["tags"])
    lines.append("\nTags: " + ", ".join(f"`{t}` {n}" for t, n in sorted(tags.items())))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2424)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    records = generate(args.seed)
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                        encoding="utf-8")
    print(table(records))


if __name__ == "__main__":
    main()
