"""Card dictation habits for blind21: how the customer's number reaches the transcript.

Each habit appends turns to an Exchange; values are Seg objects carrying their digits, so the
Exchange can check every CARD entity against the card it stands for.
"""

from __future__ import annotations

from blind21_core import Exchange, Seg
from blind21_speech import (
    MISHEARD,
    say_group,
    say_threes,
    split_groups,
    type_letters,
    type_threes,
    type_uneven,
    zero_word,
)

ASR_MODES = ["digits", "pairs", "whole", "dd_pair", "pair_dd", "nouns"]
# Habits that say some digits twice, so the card must be covered group by group instead.
REPEATING = {"cut_mid_group", "misheard_word", "count_check", "crosstalk_echo", "restart_over"}


def group_segs(ex: Exchange, key: str, groups: list[str], modes: list[str],
               zero: str | None) -> list[Seg]:
    """Written: each group typed as is; asr: each group said in its mode."""
    if not ex.asr:
        return [ex.val(key, g, g) for g in groups]
    return [ex.val(key, say_group(ex.lang, g, modes[i % len(modes)], zero), g)
            for i, g in enumerate(groups)]


def pick_modes(ex: Exchange, variant: int) -> list[str]:
    first = ASR_MODES[variant % len(ASR_MODES)]
    second = ASR_MODES[(variant * 5 + 2) % len(ASR_MODES)]
    if "nouns" in (first, second) and ex.lang == "en":
        first, second = "dd_pair", "pair_dd"
    for mode in {first, second}:
        ex.tags.add(f"say_{mode}")
    return [first, first, second, first, second]


def dictate(ex: Exchange, p: dict, key: str, card: str, layout: tuple[int, ...],
            habit: str, variant: int) -> None:
    """The customer's dictation of `card` in one habit (one CARD entity, several pieces)."""
    ex.entity(key, "CARD", card=card, groups=layout,
              check="groups" if habit in REPEATING else "exact")
    ex.tags.add(habit)
    rng, zero = ex.rng, zero_word(ex.lang, ex.rng)
    groups = split_groups(card, layout)
    modes = pick_modes(ex, variant) if ex.asr else []
    lead = p["lead"][variant % len(p["lead"])]
    segs = group_segs(ex, key, groups, modes, zero)
    if habit == "threes":
        if ex.asr:
            segs = [ex.val(key, words, digits) for words, digits in say_threes(ex.lang, card, zero)]
        else:
            segs = [ex.val(key, type_threes(card), card)]
        ex.say("customer", p["threes_lead"], segs)
    elif habit == "fmt_uneven":
        ex.say("customer", lead, [ex.val(key, g, g) for g in type_uneven(card, rng)])
    elif habit == "fmt_single_digits":
        ex.say("customer", lead, ex.val(key, " ".join(card), card))
    elif habit == "false_start":
        first = segs[1].text.split()[0]
        stub = first[:2] if not first.startswith(("п'", "š", "č", "ž")) else first[:3]
        segs[1] = ex.val(key, f"{stub} {segs[1].text}", segs[1].digits)
        ex.say("customer", lead, segs)
    elif habit == "restart_over":
        part = groups[2][:2]
        partial = ex.val(key, part if not ex.asr else say_group(ex.lang, part, "digits", zero),
                         part)
        ex.say("customer", lead, segs[:2], partial, p["restart"], segs)
    elif habit == "letter_for_digit":
        typed = type_letters(card, rng)
        ex.say("customer", lead, ex.val(key, typed, card))
    elif habit == "hold_mid":
        ex.say("customer", lead, segs[:2])
        ex.say("agent", p["hold"])
        ex.say("agent", p["hold_back"])
        ex.say("customer", segs[2:])
    elif habit == "cut_mid_group":
        cut = 2 if layout[2] > 3 else 1
        part = groups[2][:cut]
        partial = ex.val(key, part, part) if not ex.asr else ex.val(
            key, say_group(ex.lang, part, "digits", zero), part)
        ex.say("customer", lead, segs[:2], partial)
        ex.say("agent", p["cut_agent"])
        ex.say("customer", segs[2:])
    elif habit == "radio_numbers":
        radio = p["radio"][variant % len(p["radio"])]
        aside = radio if ex.asr else f"{p['radio_wrap'][0]}{radio}{p['radio_wrap'][1]} —"
        ex.say("customer", lead, segs[:2], aside, segs[2:])
    elif habit == "misheard_word":
        _misheard(ex, p, key, groups, segs, zero, lead)
    elif habit == "count_check":
        index = min(2, len(groups) - 1)
        short = groups[index][:1] + groups[index][2:]
        bad = [*segs[:index], ex.val(key, short if not ex.asr else say_group(
            ex.lang, short, "digits", zero), short), *segs[index + 1:]]
        ex.say("customer", lead, bad)
        ordinal = p["group_ord"][index]
        ex.say("agent", p["count_q"].format(n=len(card) - 1, ord=ordinal))
        ex.say("customer", p["count_fix"], segs[index])
    elif habit == "crosstalk_echo":
        echoed: list[Seg] = []
        for seg in segs:
            echoed += [seg, ex.val(key, seg.text, seg.digits)]
        ex.say("customer", echoed)
    else:
        ex.say("customer", lead, segs)


def _misheard(ex: Exchange, p: dict, key: str, groups: list[str], segs: list[Seg],
              zero: str | None, lead: str) -> None:
    """One digit word came out as a similar real word; the caller repeats the group."""
    table = MISHEARD[ex.lang]
    index = next((i for i, g in enumerate(groups) if any(d in table for d in g)), None)
    if index is None:
        ex.say("customer", lead, segs)
        return
    group = groups[index]
    spot = next(i for i, d in enumerate(group) if d in table)
    words = [say_group(ex.lang, d, "digits", zero) for d in group]
    words[spot] = table[group[spot]]
    heard = ex.val(key, " ".join(words), group)
    fix = p["misheard_fix"][index % len(p["misheard_fix"])]
    again = ex.val(key, say_group(ex.lang, group, "digits", zero), group)
    ex.say("customer", lead, segs[:index], heard, fix, again, segs[index + 1:])


def readback(ex: Exchange, p: dict, key: str, card: str, layout: tuple[int, ...],
             variant: int) -> None:
    """The agent reads the whole number back (a separate CARD entity)."""
    ex.entity(key, "CARD", card=card)
    ex.tags.add("readback")
    before, after = p["readback"][variant % len(p["readback"])]
    groups = split_groups(card, layout)
    if ex.asr:
        mode, zero = ["pairs", "digits", "whole"][variant % 3], zero_word(ex.lang, ex.rng)
        segs = [ex.val(key, say_group(ex.lang, g, mode, zero), g) for g in groups]
    else:
        segs = [ex.val(key, g, g) for g in groups]
    ex.say("agent", before, segs, after)
    ex.say("customer", p["yes"][variant % len(p["yes"])])
