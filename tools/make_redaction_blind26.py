"""Build benchmarks/data/redaction_blind26.jsonl: whole calls, mostly not PII, labelled blind.

    python tools/make_redaction_blind26.py [--seed 2626] [--out PATH]

Deterministic for a seed; every record is re-checked (spans, asr alphabet, Luhn, checksums)
before anything is written, and a counts table is printed.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind26_lang as L
from blind26_build import check_record
from blind26_call import build_call

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "data" / "redaction_blind26.jsonl"
PLAN = {"ru": 42, "uk": 26, "en": 26, "lt": 26}  # calls per (language, style)
SETTINGS = [
    "internet",
    "power",
    "bank",
    "roaming",
    "insurance",
    "clinic",
    "car",
    "shop",
    "airline",
    "meter",
    "municipal",
    "delivery",
]
TYPES = [
    "ACCOUNT",
    "ADDRESS",
    "CARD",
    "CVV",
    "DOB",
    "EMAIL",
    "EXPIRY",
    "NATIONAL_ID",
    "PASSPORT",
    "PERSON",
    "PHONE",
]
CELLS = [(lang, style) for lang in PLAN for style in ("written", "asr")]


def build(seed: int) -> list[dict]:
    records = []
    for lang, style in CELLS:
        for i in range(PLAN[lang]):
            rng = random.Random(f"{seed}/{lang}/{style}/{i}")
            setting = SETTINGS[(i + (5 if style == "asr" else 0)) % len(SETTINGS)]
            # 6 of every 10 calls carry PII: one to four moments
            n_pii = [2, 1, 0, 3, 0, 2, 4, 0, 1, 0][i % 10]
            call, tags = build_call(lang, style, setting, n_pii, rng)
            records.append((call, setting, tags, f"{lang}_{'pii' if n_pii else 'plain'}"))
    random.Random(seed).shuffle(records)
    out = []
    for number, (call, setting, tags, template) in enumerate(records, 1):
        rec_id = f"b26-{call.lang}-{'a' if call.style == 'asr' else 'w'}-{number:04d}"
        record = call.record(rec_id, setting, template, sorted(tags))
        check_record(record, list(call.meta.values()))
        out.append(record)
    return out


def table(records: list[dict]) -> str:
    counts: Counter = Counter()
    for rec in records:
        cell = (rec["lang"], rec["style"])
        counts[("calls", cell)] += 1
        counts[("turns", cell)] += len(rec["turns"])
        counts[("tokens", cell)] += sum(len(t["text"].split()) for t in rec["turns"])
        counts[("no-PII calls", cell)] += not rec["entities"]
        for ent in rec["entities"]:
            counts[(ent["type"], cell)] += 1
    head = [f"{lang}-{style[0]}" for lang, style in CELLS]
    lines = ["| type | " + " | ".join(head) + " | total |", "|---" * (len(head) + 2) + "|"]
    for row in [*TYPES, "calls", "no-PII calls", "turns", "tokens"]:
        values = [counts[(row, cell)] for cell in CELLS]
        lines.append(f"| {row} | " + " | ".join(map(str, values)) + f" | {sum(values)} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2626)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    L.self_test()
    records = build(args.seed)
    tags = Counter(tag for rec in records for tag in rec["tags"])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as handle:
        for rec in records:
            handle.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(table(records))
    print("tags:", ", ".join(f"`{k}` {v}" for k, v in sorted(tags.items())))
    print(f"wrote {len(records)} calls to {args.out}")


if __name__ == "__main__":
    main()
