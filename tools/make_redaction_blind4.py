"""Write the fourth blind redaction set, benchmarks/data/redaction_blind4.jsonl.

    python tools/make_redaction_blind4.py [--out PATH] [--seed N]

Deterministic for a seed. Written without reading the detector, its tests or the earlier sets
(see benchmarks/data/redaction_blind4.README.md); check digits are computed here. Each text is
assembled from literal pieces and value slots, so every label's token and character span is
exact by construction and checked again before the file is written.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind4_templates import TEMPLATES
from blind4_values import all_values

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "data" / "redaction_blind4.jsonl"
SHARE = {"ru": 220, "uk": 110, "en": 110, "lt": 110}
KIND_WEIGHTS = {
    "card_full": 12,
    "card_split": 6,
    "card_fix": 4,
    "card_decoy": 5,
    "phone": 7,
    "email": 9,
    "passport": 9,
    "nid": 9,
    "dob": 6,
    "account": 8,
    "address": 10,
    "person": 9,
    "verify": 5,
    "decoy": 13,
}
SLOT = re.compile(r"\{(\w+)\}")
# punctuation a speech recogniser does not write; hyphens inside words and apostrophes stay
ASR_DROP = re.compile(r"[.,!?;:«»\"()…„“—]|(?<!\w)-(?!\w)|№")
ASR_FILLERS = {
    "ru": ["э-э", "ну", "так", "м-м"],
    "uk": ["е-е", "ну", "так", "м-м"],
    "en": ["um", "uh", "like", "so"],
    "lt": ["ee", "nu", "tai", "mm"],
}


def asr_literal(text: str) -> str:
    return ASR_DROP.sub(" ", text.lower())


def build_turn(
    template: str, values: dict, style: str
) -> tuple[str, list[tuple[str, str, int, int]]]:
    """Fill one turn; return its text and (type, group, start_char, end_char) per value slot."""
    parts: list[tuple[str, tuple | None]] = []
    pos = 0
    for match in SLOT.finditer(template):
        parts.append((template[pos : match.start()], None))
        parts.append((values[match.group(1)][2], values[match.group(1)]))
        pos = match.end()
    parts.append((template[pos:], None))
    text, spans = "", []
    for chunk, value in parts:
        if style == "asr" and (value is None or value[0] is None):
            chunk = asr_literal(chunk)
            if value is not None:
                chunk = chunk.strip()
        if value is not None and not chunk:
            continue
        if text.endswith(" ") or not text:
            chunk = chunk.lstrip(" ")
        chunk = re.sub(r" {2,}", " ", chunk)
        if value is not None and value[0] is not None:
            if text and not text.endswith(" "):
                text += " "
            spans.append((value[0], value[1], len(text), len(text) + len(chunk)))
        elif (
            style == "asr"
            and text
            and not text.endswith(" ")
            and chunk
            and not chunk.startswith(" ")
        ):
            text += " "
        text += chunk
    return text.rstrip(" "), spans


def token_span(text: str, start: int, end: int) -> tuple[int, int]:
    return len(text[:start].split()), len(text[:end].split())


def make_exchange(lang: str, kind: str, index: int, style: str, rng: random.Random) -> dict:
    choices = TEMPLATES[lang][kind]
    alt = rng.randrange(len(choices))
    values = all_values(lang, style, rng)
    turns, groups = [], {}
    for line in choices[alt]:
        role = "agent" if line[:2] == "A:" else "customer"
        body = line[3:]
        if style == "asr" and role == "customer" and rng.random() < 0.3:
            body = f"{rng.choice(ASR_FILLERS[lang])} {body}"
        text, spans = build_turn(body, values, style)
        turn_index = len(turns)
        turns.append({"role": role, "text": text})
        for etype, group, start, end in spans:
            key = group if group in ("split", "fix") else f"{etype}-{turn_index}-{start}"
            entity = groups.setdefault(key, {"type": etype, "pieces": [], "chars": [], "text": []})
            s, e = token_span(text, start, end)
            entity["pieces"].append([turn_index, s, e])
            entity["chars"].append([turn_index, start, end])
            entity["text"].append(text[start:end])
    entities = list(groups.values())
    tags = sorted(
        {e["type"].lower() for e in entities}
        | (
            {"decoy"}
            if any(
                SLOT.search(line)
                and any(
                    k in line
                    for k in (
                        "{amount}",
                        "{time}",
                        "{date}",
                        "{last4",
                        "{order}",
                        "{hotline}",
                        "{tariff}",
                        "{menu}",
                        "{minutes}",
                        "{city}",
                        "{street}",
                        "{agent}",
                    )
                )
                for line in choices[alt]
            )
            else set()
        )
        | ({"split"} if kind in ("card_split", "card_fix") else set())
    )
    return {
        "id": f"b4-{lang}-{style[0]}-{index:04d}",
        "lang": lang,
        "style": style,
        "split": "blind4",
        "template": f"{lang}_{kind}_{alt + 1}",
        "tags": tags,
        "turns": turns,
        "entities": entities,
    }


def check(record: dict) -> None:
    """The labels point exactly where they claim to; spoken records carry no digits."""
    for entity in record["entities"]:
        for (turn, s, e), (turn2, cs, ce), text in zip(
            entity["pieces"], entity["chars"], entity["text"], strict=True
        ):
            line = record["turns"][turn]["text"]
            assert turn == turn2 and line[cs:ce] == text, record["id"]
            assert cs == 0 or line[cs - 1] == " ", (record["id"], line, text)
            assert ce == len(line) or not line[ce].isalnum(), (record["id"], line, text)
            assert line.split()[s:e] and " ".join(line.split()[s:e]).startswith(text.split()[0]), (
                record["id"]
            )
            assert e - s == len(text.split()), (record["id"], text)
    if record["style"] == "asr":
        for turn in record["turns"]:
            assert not re.search(r"\d", turn["text"]), (record["id"], turn["text"])
            assert turn["text"] == turn["text"].lower(), record["id"]


def generate(seed: int) -> list[dict]:
    rng = random.Random(seed)
    records = []
    pool = [kind for kind, weight in KIND_WEIGHTS.items() for _ in range(weight)]
    for lang, total in SHARE.items():
        # whole rounds of the weighted pool, so every language gets its share of each kind
        plan = []
        while len(plan) < total:
            plan += rng.sample(pool, len(pool))
        for index, kind in enumerate(plan[:total], start=1):
            style = "written" if index % 2 else "asr"
            record = make_exchange(lang, kind, index, style, rng)
            check(record)
            records.append(record)
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=20261130)
    args = parser.parse_args()
    records = generate(args.seed)
    with args.out.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts = Counter((e["type"], r["lang"], r["style"]) for r in records for e in r["entities"])
    for etype in sorted({k[0] for k in counts}):
        row = {
            f"{lang}/{style[0]}": counts[(etype, lang, style)]
            for lang in SHARE
            for style in ("written", "asr")
        }
        print(etype, sum(row.values()), row)
    print(len(records), "records,", sum(counts.values()), "entities")


if __name__ == "__main__":
    main()
