"""Person names as callers say them: surname first, declined, diminutive, with titles outside.

Titles ("пані", "Mr", "ponia") are left out of the PERSON span on purpose: they are not the
name, and keeping them out matches the value-tokens-only rule of earlier sets.
"""

from __future__ import annotations

from blind25_build import Exchange, Val, asr_plain
from blind25_world import Person


def name_text(ex: Exchange, p: Person, form: str) -> str:
    rng, lang = ex.rng, ex.lang
    if form == "full":
        options = [f"{p.first} {p.last}"]
        if p.patr:
            options += [f"{p.last} {p.first} {p.patr}", f"{p.first} {p.patr} {p.last}"]
        elif lang in ("ru", "uk", "lt"):
            options.append(f"{p.last} {p.first}")
        text = rng.choice(options)
        if text.startswith(p.last):
            ex.tags.add("surname_first")
    elif form == "gen":
        text = f"{p.first_gen} {p.last_gen}" if lang != "en" else f"{p.first} {p.last}"
        if lang != "en":
            ex.tags.add("declined")
    elif form == "dim":
        text = p.dim
        ex.tags.add("diminutive")
    elif form == "dat":
        text = p.first_dat
        ex.tags.add("declined")
    elif form == "address":
        if lang == "ru" and p.patr:
            text = f"{p.first} {p.patr}"
        elif lang == "en":
            text = p.last
        else:
            text = p.first_dat if lang in ("uk", "lt") else p.first
            if lang in ("uk", "lt") and text != p.first:
                ex.tags.add("vocative")
        ex.tags.add("agent_addresses")
    elif form == "first":
        text = p.first
    elif form == "last":
        text = p.last
    else:
        raise ValueError(form)
    return asr_plain(text) if ex.asr else text


def name_val(ex: Exchange, p: Person, key: str, form: str) -> Val:
    return Val(key, "PERSON", name_text(ex, p, form))


def title(ex: Exchange, p: Person) -> str:
    """The polite title said before an addressed name; empty where none is used."""
    if ex.lang == "ru":
        return ""
    word = {"uk": ("пане", "пані"), "en": ("Mr", "Ms"), "lt": ("pone", "ponia")}[ex.lang]
    return word[0] if p.male else word[1]
