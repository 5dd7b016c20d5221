"""Generate the blind23 redaction evaluation set (450 labelled exchanges, ru/uk/en/lt).

    python tools/make_redaction_blind23.py [--seed 2323]
        [--out benchmarks/data/redaction_blind23.jsonl]

Blind: written without looking at the detector or its tests, so the set measures the
detector on phrasings its rule authors have never seen. Every record is checked by
blind23_build.Exchange (spans, ASR form, Luhn, card digits) before the file is written.
Helper modules: tools/blind23_*.py; nothing is imported from speechqa.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind23_build import Exchange
from blind23_cards import CARD_TEMPLATES
from blind23_ctx import Ctx
from blind23_decoys import DECOY_CLOSE, GENERIC, fill
from blind23_ids import self_test
from blind23_profile import person_call, profile_call
from blind23_settings import LINES, SETTINGS

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "data" / "redaction_blind23.jsonl"
SPLIT = "blind23"
LANGS = {"ru": 2, "uk": 1, "en": 1, "lt": 1}  # how many 45-exchange units each style gets
TYPES = ["ACCOUNT", "ADDRESS", "CARD", "CVV", "DOB", "EMAIL", "EXPIRY", "NATIONAL_ID",
         "PASSPORT", "PERSON", "PHONE"]

# One 45-exchange unit: 14 card calls with their fixed options, 1 stored-card call,
# 4 person calls, 11 profile calls (the 11th rotates over the profile kinds), 15 decoys.
CARD_PLAN = [
    ("one_go", {"readback": True, "block": "exp_cvv"}),
    ("one_go", {"holder": True}),
    ("one_go", {"block": "refuse_give"}),
    ("child", {"readback": True}),
    ("child", {"block": "exp_cvv"}),
    ("bot", {"block": "exp_cvv"}),
    ("bot", {"readback": True}),
    ("mix", {"block": "refuse_link"}),
    ("mix", {"readback": True}),
    ("uhu", {"block": "exp_cvv", "holder": True}),
    ("uhu", {}),
    ("regroup", {"readback": True}),
    ("mangled", {"block": "exp_cvv"}),
    ("mangled", {}),
]
PROFILE_KINDS = ["account", "address", "contact", "passport", "national_id"]


def stored_card(c: Ctx) -> None:
    """A stored card was reissued: the caller gives the new expiry and code only; the last
    four digits the agent reads are not labelled."""
    c.greet()
    c.purpose()
    last4 = f"{c.rng.randrange(10000):04d}"
    asks = {"ru": f"У вас сохранена карта на {last4} — её перевыпустили?",
            "uk": f"У вас збережена картка з останніми цифрами {last4} — її перевипустили?",
            "en": f"You've got a card saved, the one with {last4} at the end — reissued?",
            "lt": f"Išsaugota kortelė su paskutiniais skaitmenimis {last4} — perleista?"}
    says = {"ru": "Да, номер тот же, поменялся срок и код.",
            "uk": "Так, номер той самий, змінився термін і код.",
            "en": "Yes, same number, new expiry and code.",
            "lt": "Taip, numeris tas pats, pasikeitė galiojimas ir kodas."}
    c.ex.say("agent", asks[c.lang])
    c.ex.say("customer", says[c.lang])
    month, year = c.new_expiry()
    c.ex.say("agent", c.p("ask_exp"))
    c.ex.say("customer", c.p("exp_lead_plain"), c.expiry_val("exp", month, year))
    c.ex.say("agent", c.p("ask_cvv"))
    c.ex.say("customer", c.p("cvv_lead"), c.cvv_val("cvv", 3))
    c.ex.say("agent", c.p("done"))
    c.ex.tag("stored_card", "expiry", "cvv", "last_four_nearby")


def decoy(c: Ctx) -> None:
    c.greet()
    values = fill(c.rng, c.lang)
    lines = c.rng.sample(LINES[c.ex.setting][c.lang], 2)
    generic = c.rng.sample(GENERIC[c.lang], c.rng.choice([1, 2]))
    for role, text in lines:
        c.ex.say(role, text.format(**values))
    for tag, role, text in generic:
        c.ex.say(role, text.format(**values))
        c.ex.tag(tag)
    if c.rng.random() < 0.6:
        c.ex.say(*c.rng.choice(DECOY_CLOSE[c.lang]))
    c.ex.tag("decoy", "no_entity")


def unit_jobs(unit: int, lang_unit: int) -> list[tuple[str, object]]:
    """The 45 jobs of one unit; `lang_unit` (the unit's number within its language) rotates
    the grammatical case of third parties so each language gets every case it has."""
    jobs: list[tuple[str, object]] = [(f"card_{name}", opts) for name, opts in CARD_PLAN]
    jobs.append(("stored_card", None))
    base = 2 * lang_unit
    jobs += [("person_third", (False, base)), ("person_third", (False, base + 1)),
             ("person_titled", (True, base + 2)), ("person_titled", (True, base + 3))]
    kinds = [*PROFILE_KINDS, *PROFILE_KINDS, PROFILE_KINDS[unit % len(PROFILE_KINDS)]]
    jobs += [(f"profile_{kind}", kind) for kind in kinds]
    jobs += [("decoy", None)] * 15
    assert len(jobs) == 45
    return jobs


def build(lang: str, style: str, template: str, arg: object, setting: str,
          rng: random.Random) -> Exchange:
    ex = Exchange(lang=lang, style=style, template=f"{lang}_{template}", setting=setting)
    c = Ctx(ex, rng)
    if template.startswith("card_"):
        CARD_TEMPLATES[template[5:]](c, dict(arg))  # type: ignore[call-overload]
    elif template == "stored_card":
        stored_card(c)
    elif template.startswith("person_"):
        with_title, turn = arg  # type: ignore[misc]
        person_call(c, with_title, turn)
    elif template.startswith("profile_"):
        profile_call(c, str(arg))
    else:
        decoy(c)
    return ex


def generate(seed: int) -> list[dict]:
    self_test()
    built: list[tuple[Exchange, str]] = []
    unit = 0
    for lang, units in LANGS.items():
        lang_unit = 0
        for style in ("written", "asr"):
            for _ in range(units):
                for index, (template, arg) in enumerate(unit_jobs(unit, lang_unit)):
                    setting = SETTINGS[(index + unit * 3) % len(SETTINGS)]
                    rng = random.Random(f"{seed}/{lang}/{style}/{unit}/{index}")
                    built.append((build(lang, style, template, arg, setting, rng),
                                  f"{unit}/{index}"))
                unit += 1
                lang_unit += 1
    random.Random(seed).shuffle(built)
    records = []
    for number, (ex, _) in enumerate(built, start=1):
        ident = f"b23-{ex.lang}-{ex.style[0]}-{number:04d}"
        records.append(ex.record(ident, SPLIT))
    return records


def table(records: list[dict]) -> str:
    cells = [(lang, style) for lang in LANGS for style in ("written", "asr")]
    counts: Counter = Counter()
    for rec in records:
        cell = (rec["lang"], rec["style"])
        counts[("exchanges", cell)] += 1
        if not rec["entities"]:
            counts[("decoy-only", cell)] += 1
        for ent in rec["entities"]:
            counts[(ent["type"], cell)] += 1
    head = "| type | " + " | ".join(f"{lang}-{style[0]}" for lang, style in cells) + " | total |"
    rows = [head, "|" + "---|" * (len(cells) + 2)]
    for row in [*TYPES, "exchanges", "decoy-only"]:
        values = [counts[(row, cell)] for cell in cells]
        rows.append(f"| {row} | " + " | ".join(map(str, values)) + f" | {sum(values)} |")
    return "\n".join(rows)


def tag_list(records: list[dict]) -> str:
    tags = Counter(tag for rec in records for tag in rec["tags"])
    return ", ".join(f"`{tag}` {count}" for tag, count in sorted(tags.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2323)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    records = generate(args.seed)
    ids = [rec["id"] for rec in records]
    assert len(set(ids)) == len(ids) == 450
    with args.out.open("w", encoding="utf-8") as handle:
        for rec in records:
            handle.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(table(records))
    print()
    print("Tags:", tag_list(records))


if __name__ == "__main__":
    main()
