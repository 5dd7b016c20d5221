"""Exchange templates for blind21: card calls, expiry/CVV, people, accounts, profiles, decoys."""

from __future__ import annotations

from dataclasses import dataclass

import blind21_phrases_other as other
import blind21_phrases_ru as ruuk
from blind21_cards import dictate, readback
from blind21_core import Exchange
from blind21_lang import number
from blind21_speech import (
    cvv_spoken,
    expiry_spoken,
    expiry_written,
    make_card,
    make_cvv,
    zero_word,
)

PHRASES = {"ru": ruuk.RU, "uk": ruuk.UK, "en": other.EN, "lt": other.LT}
SETTINGS = {"ru": ruuk.SETTINGS_RU, "uk": ruuk.SETTINGS_UK, "en": other.SETTINGS_EN,
            "lt": other.SETTINGS_LT}
PEOPLE = {"ru": ruuk.PEOPLE_RU, "uk": ruuk.PEOPLE_UK, "en": other.PEOPLE_EN,
          "lt": other.PEOPLE_LT}
SPELL = {"ru": ruuk.SPELL_RU, "uk": ruuk.SPELL_UK, "en": other.SPELL_EN, "lt": other.SPELL_LT}
STREETS = {"ru": ruuk.STREETS_RU, "uk": ruuk.STREETS_UK, "en": other.STREETS_EN,
           "lt": other.STREETS_LT}
# Who says each setting line (same meaning in every language): "a" agent, "c" customer.
SETTING_ROLES = {"vet": "ac", "piano": "ac", "bike": "aa", "skipass": "ca", "lang": "aa",
                 "solar": "ca", "print": "ca", "rink": "aa", "aquarium": "ca", "cathotel": "ac"}
GENERIC_ROLES = "caaaaaa"
TITLES = {"пані", "пане", "ponia", "pone", "Ms", "Mr"}
KINDS = {"ru": ["mir", "visa", "mc", "mir", "unionpay", "amex", "visa13", "maestro19"],
         "uk": ["visa", "mc", "prostir", "visa", "amex", "maestro19", "visa13", "mc"],
         "en": ["visa", "mc", "amex", "visa", "mc", "visa13", "maestro19", "unionpay"],
         "lt": ["visa", "mc", "visa", "amex", "mc", "maestro19", "visa13", "unionpay"]}
HABITS_W = ["one_go", "hold_mid", "cut_mid_group", "radio_numbers", "letter_for_digit",
            "count_check", "fmt_uneven", "threes", "fmt_single_digits", "restart_over"]
HABITS_A = ["one_go", "hold_mid", "cut_mid_group", "radio_numbers", "misheard_word",
            "count_check", "crosstalk_echo", "threes", "false_start", "restart_over"]


@dataclass
class Slot:
    """What one exchange should contain: template name, variant index and setting."""

    template: str
    variant: int
    setting: str
    nth: int  # position in the cell's plan: card habits rotate over it


def _greet(ex: Exchange, p: dict, setting: str) -> None:
    company = SETTINGS[ex.lang][setting][0]
    agent = ex.rng.choice(p["agents"])
    ex.tags.add("agent_name")
    ex.say("agent", ex.rng.choice(p["greet"]).format(company=company, agent=agent))


def _person(ex: Exchange, index: int) -> tuple[str, str, str]:
    people = PEOPLE[ex.lang]
    return people[index % len(people)]


def _female(name: str) -> bool:
    first = name.split()[0]
    return first.endswith(("а", "я", "a", "ė")) or first == "Eleanor"


def _name(ex: Exchange, text: str) -> str:
    return text.lower() if ex.asr else text


def _address_person(ex: Exchange, p: dict, key: str, form: str, variant: int) -> None:
    """The agent addresses the caller; a title stays outside the span."""
    head, _, rest = form.partition(" ")
    title, value = (head, rest) if head in TITLES else ("", form)
    before, after = p["addr_agent"][variant % 2].split("{name}")
    ex.say("agent", f"{before}{title}".strip(), ex.val(key, _name(ex, value)), after)


def _intro(ex: Exchange, p: dict, key: str, name: str, variant: int) -> None:
    before, after = p["intro"][variant % 2].split("{name}")
    ex.say("customer", before, ex.val(key, _name(ex, name)), after)


def _expiry(ex: Exchange, p: dict, variant: int, amex: bool, last4: str | None) -> None:
    key = ex.entity("exp", "EXPIRY")
    ex.tags.add("expiry")
    month, year = ex.rng.randrange(1, 13), ex.rng.randrange(2026, 2033)
    ex.say("agent", p["ask_exp"][variant % 2])
    if variant % 3 == 2:
        ex.tags.add("exp_labelled_parts")
        m_word, y_word = p["exp_parts"]
        if ex.asr:
            mm, yy = number(ex.lang, month), number(ex.lang, year % 100)
        else:
            mm, yy = f"{month:02d}", f"{year % 100:02d}"
        ex.say("customer", f"{m_word.capitalize()}", ex.val(key, mm), f"— {y_word}",
               ex.val(key, yy))
    elif ex.asr:
        mode = ["zero", "bare", "digit_year"][variant % 3]
        ex.say("customer", ex.val(key, expiry_spoken(ex.lang, month, year, mode, ex.rng)))
    else:
        mode = ["slash", "dot_full", "iso" if ex.lang == "lt" else "slash"][variant % 3]
        ex.say("customer", ex.val(key, expiry_written(ex.lang, month, year, mode)))
    _cvv(ex, p, variant, amex, last4)


def _cvv(ex: Exchange, p: dict, variant: int, amex: bool, last4: str | None) -> None:
    key = ex.entity("cvv", "CVV")
    ex.tags.add("cvv")
    cvv = make_cvv(4 if amex else 3, ex.rng)
    ex.say("agent", p["ask_cvv4"][0] if amex else p["ask_cvv"][variant % 2])
    zero = zero_word(ex.lang, ex.rng)
    text = cvv if not ex.asr else cvv_spoken(
        ex.lang, cvv, ["digits", "pair_digit", "digit_pair"][variant % 3], zero)
    if not amex and last4 and variant % 2 == 0:
        ex.tags.add("strip_digits")
        strip = last4 if not ex.asr else " ".join(
            cvv_spoken(ex.lang, d, "digits", zero) for d in last4)
        before, after = p["strip"]
        ex.say("customer", f"{before} {strip}", ex.val(key, text, cvv), after)
        ex.say("agent", p["strip_ok"])
    else:
        if ex.asr and variant % 3:
            ex.tags.add(f"cvv_{['digits', 'pair_digit', 'digit_pair'][variant % 3]}")
        ex.say("customer", ex.val(key, text, cvv))


def card_call(ex: Exchange, slot: Slot, with_expiry: bool, with_holder: bool) -> None:
    p, v = PHRASES[ex.lang], slot.variant
    ex.tags.add("card")
    if v % 2 == 0 or with_holder:
        _greet(ex, p, slot.setting)
    if with_expiry and v % 3 == 0:
        name = _person(ex, v)[0]
        _intro(ex, p, ex.entity("caller", "PERSON"), name, v)
        ex.tags.add("person")
    kind = KINDS[ex.lang][v % len(KINDS[ex.lang])]
    card, layout = make_card(kind, ex.rng)
    ex.tags.add(f"kind_{kind}")
    ex.say("agent", p["ask_card"][v % 2])
    habits = HABITS_A if ex.asr else HABITS_W
    # Each language starts the rotation elsewhere, so every habit gets 7-8 exchanges a style.
    habit = habits[(slot.nth + {"ru": 0, "uk": 5, "en": 2, "lt": 7}[ex.lang]) % len(habits)]
    if slot.nth % 7 == 3:
        other_card, other_layout = make_card("mc", ex.rng)
        ex.entity("dropped", "CARD", card=other_card, check="prefix")
        ex.tags.add("switch_card")
        _dropped_start(ex, p, other_card, other_layout)
    dictate(ex, p, "card", card, layout, habit, v)
    if slot.nth % 4 == 1:
        readback(ex, p, "rb", card, layout, v)
    if with_holder:
        holder = _person(ex, v + 3)[0]
        key = ex.entity("holder", "PERSON")
        ex.tags.add("holder")
        ex.say("agent", p["holder_q"])
        ex.say("customer", p["holder_a"][_female(holder)], ex.val(key, _name(ex, holder)))
    if with_expiry:
        _expiry(ex, p, v, kind == "amex", card[-4:] if v % 4 == 2 else None)


def _dropped_start(ex: Exchange, p: dict, card: str, layout: tuple[int, ...]) -> None:
    """Two groups of a card the caller then decides not to use (its own CARD entity)."""
    from blind21_cards import group_segs
    from blind21_speech import split_groups
    groups = split_groups(card, layout)[:2]
    segs = group_segs(ex, "dropped", groups, ["pairs"], zero_word(ex.lang, ex.rng))
    ex.say("customer", segs, p["switch"])
    ex.say("agent", p["switch_ok"])


def stored_card(ex: Exchange, slot: Slot) -> None:
    """Card on file: only the last four are said (not labelled), then expiry and code."""
    p, v = PHRASES[ex.lang], slot.variant
    _greet(ex, p, slot.setting)
    last4 = f"{ex.rng.randrange(10000):04d}"
    ending = {"ru": "Оплачиваем картой, которая заканчивается на {d}?",
              "uk": "Оплачуємо карткою, що закінчується на {d}?",
              "en": "Shall we use the card ending {d}?",
              "lt": "Mokame kortele, kurios pabaiga {d}?"}[ex.lang]
    ex.say("agent", ending.format(d=last4))
    ex.say("customer", p["yes"][v % 3])
    ex.tags.add("stored_card")
    _expiry_and_strip(ex, p, v, last4)


def _expiry_and_strip(ex: Exchange, p: dict, v: int, last4: str) -> None:
    key = ex.entity("exp", "EXPIRY")
    ex.tags.add("expiry")
    month, year = ex.rng.randrange(1, 13), ex.rng.randrange(2026, 2033)
    ex.say("agent", p["ask_exp"][v % 2])
    value = expiry_spoken(ex.lang, month, year, "zero", ex.rng) if ex.asr else \
        expiry_written(ex.lang, month, year, "slash")
    ex.say("customer", ex.val(key, value))
    _cvv(ex, p, 0, False, last4)


def person_call(ex: Exchange, slot: Slot) -> None:
    p, v = PHRASES[ex.lang], slot.variant
    _greet(ex, p, slot.setting)
    ex.tags.add("person")
    full, form, surname = _person(ex, v + 1)
    key = ex.entity("caller", "PERSON")
    _intro(ex, p, key, full, v)
    if v % 2 == 1:
        _spell(ex, p, key, surname)
    if v % 4 != 2:
        _address_person(ex, p, ex.entity("addr", "PERSON"), form, v)
        ex.tags.add("agent_address")
    from blind21_decoys import fill
    line = v % 2
    role = "agent" if SETTING_ROLES[slot.setting][line] == "a" else "customer"
    ex.say(role, fill(ex, SETTINGS[ex.lang][slot.setting][1][line]))


def _spell(ex: Exchange, p: dict, key: str, surname: str) -> None:
    """Surname spelled with people's names for letters: letters labelled, names not."""
    spell = SPELL[ex.lang]
    if not all(ch.upper() in spell for ch in surname):
        return
    ex.tags.add("spelled_by_names")
    ex.say("agent", p["spell_q"])
    parts: list = [ex.val(key, _name(ex, surname)), "—" if not ex.asr else ""]
    for index, ch in enumerate(surname.upper()):
        letter = ch.lower() if ex.asr else ch
        tail = "," if index < len(surname) - 1 else ""
        parts += [ex.val(key, letter), f"{p['spell_as']} {spell[ch]}{tail}"]
    ex.say("customer", parts)
