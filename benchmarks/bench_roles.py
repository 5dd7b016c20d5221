"""Role assignment from content, separated from diarisation and ASR.

Each call's gold turns lose their role labels (speakers become S0/S1, who speaks first is
kept) and ``roles.assign_by_content`` must find the agent, in four conditions:

* ``plain``: the gold text;
* ``asr_style``: the text degraded like ASR output (``evaluate.simulate_asr``: lower case, no
  punctuation or quotes, misspellings);
* ``greeting_glued``: ASR-style text, and the agent's first turn glued onto the neighbouring
  customer turn, as diarisation does when it hears the greeting as the customer's voice;
* ``no_greeting``: ASR-style text without the agent's first turn (greeting lost or cut).

A call counts as right when the speaker who really is the agent is named agent. Run once with
the old code and once with the new one to compare (``--out``). ``--sweep`` also scores a grid
of the two role-cue settings (per-turn cap, first-speaker bonus); choose them on the dev and
Harper Valley calls only, never on the fresh set.

Run: ``python benchmarks/bench_roles.py CORPUS... --out benchmarks/results/roles-X.json``
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from datetime import UTC, datetime
from pathlib import Path

from speechqa import roles
from speechqa.evaluate import load_corpus, simulate_asr
from speechqa.roles import assign_by_content
from speechqa.schema import Transcript, Turn

CONDITIONS = ("plain", "asr_style", "greeting_glued", "no_greeting")
load_shipped = roles.load_cues


def anonymous_turns(transcript: Transcript) -> tuple[list[Turn], str]:
    """Turns with S0 for whoever speaks first and S1 for the other; and the agent's label."""
    turns = sorted(transcript.turns, key=lambda t: t.start)
    first = turns[0].role
    labels = {first: "S0", "customer" if first == "agent" else "agent": "S1"}
    anon = [t.model_copy(update={"speaker": labels[t.role], "role": "unknown"}) for t in turns]
    return anon, labels["agent"]


def glue_greeting(turns: list[Turn], agent: str) -> list[Turn] | None:
    """The agent's first turn merged into the adjacent customer turn (None if there is none)."""
    index = next((i for i, t in enumerate(turns) if t.speaker == agent), None)
    if index is None:
        return None
    neighbour = index - 1 if index > 0 else index + 1
    if neighbour >= len(turns) or turns[neighbour].speaker == agent:
        return None
    greeting, other = turns[index], turns[neighbour]
    first, second = (other, greeting) if neighbour < index else (greeting, other)
    merged = other.model_copy(update={
        "text": f"{first.text} {second.text}", "start": first.start, "end": second.end,
    })
    out = [t for i, t in enumerate(turns) if i not in (index, neighbour)]
    out.insert(min(index, neighbour), merged)
    return out


def condition_turns(call, condition: str) -> tuple[list[Turn] | None, str]:
    source = call.gold if condition == "plain" else simulate_asr(call.gold)
    turns, agent = anonymous_turns(source)
    if condition == "greeting_glued":
        return glue_greeting(turns, agent), agent
    if condition == "no_greeting":
        index = next(i for i, t in enumerate(turns) if t.speaker == agent)
        return turns[:index] + turns[index + 1 :], agent
    return turns, agent


def score_conditions(calls) -> dict:
    """Per condition: calls scored, calls right, and which were wrong."""
    figures: dict = {}
    for condition in CONDITIONS:
        wrong, scored = [], 0
        for call in calls:
            turns, agent = condition_turns(call, condition)
            if turns is None:
                continue
            scored += 1
            transcript = Transcript(call_id=call.call_id, language=call.language, turns=turns)
            if assign_by_content(transcript).speaker_roles.get(agent) != "agent":
                wrong.append(call.call_id)
        figures[condition] = {
            "calls": scored, "right": scored - len(wrong),
            "accuracy": round((scored - len(wrong)) / scored, 4) if scored else None,
            "wrong": wrong,
        }
    return figures


def sweep(calls) -> list[dict]:
    """Right calls per condition for each (turn cap, first-speaker bonus) setting."""
    shipped = roles.load_cues()
    rows = []
    try:
        for cap in (2.0, 3.0, 4.0, 6.0, float("inf")):
            for bonus in (0.0, 0.5):
                cues = dataclasses.replace(shipped, turn_cap=cap, first_speaker_bonus=bonus)
                roles.load_cues = lambda cues=cues: cues
                figures = score_conditions(calls)
                rows.append({"turn_cap": str(cap), "first_speaker_bonus": bonus, **{
                    c: f"{figures[c]['right']}/{figures[c]['calls']}" for c in CONDITIONS}})
    finally:
        roles.load_cues = load_shipped
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--sweep", action="store_true", help="also score the settings grid")
    args = parser.parse_args()
    report: dict = {"created": datetime.now(UTC).isoformat(timespec="seconds"), "corpora": {}}
    for path in args.corpora:
        name, calls = load_corpus(path)
        figures = score_conditions(calls)
        if args.sweep:
            figures["sweep"] = sweep(calls)
        first = [c.call_id for c in calls
                 if min(c.gold.turns, key=lambda t: t.start).role == "customer"]
        figures["customer_speaks_first_calls"] = len(first)
        report["corpora"][name] = figures
        print(name, {c: f"{figures[c]['right']}/{figures[c]['calls']}" for c in CONDITIONS})
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
