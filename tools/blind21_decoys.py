"""Account, profile and decoy-only exchanges for blind21, and the decoy number generators
(Luhn-valid ski-pass and SIM numbers, pet microchips, EAN-13 loyalty cards)."""

from __future__ import annotations

import blind21_values as values
from blind21_core import Exchange
from blind21_lang import luhn_complete, luhn_valid
from blind21_templates import (
    GENERIC_ROLES,
    PHRASES,
    SETTING_ROLES,
    SETTINGS,
    STREETS,
    Slot,
    _greet,
)

PROFILE_SLOTS = [("PHONE",), ("EMAIL",), ("DOB", "PASSPORT"), ("NATIONAL_ID",), ("ADDRESS",),
                 ("PHONE", "EMAIL"), ("PASSPORT", "NATIONAL_ID"), ("ADDRESS", "DOB")]
QUESTION = {"PHONE": "phone_q", "EMAIL": "email_q", "DOB": "dob_q", "PASSPORT": "passport_q",
            "NATIONAL_ID": "nid_q", "ADDRESS": "address_q"}


def fill(ex: Exchange, line: str) -> str:
    """Fill a decoy line's number fields; records which traps the exchange holds."""
    rng = ex.rng
    fields = {}
    if "{skipass}" in line:
        number = luhn_complete("01", 16, rng)
        fields["skipass"] = " ".join(number[i:i + 4] for i in range(0, 16, 4))
        ex.tags.add("luhn16_decoy")
    if "{iccid}" in line:
        number = luhn_complete("8937", 19, rng)
        fields["iccid"] = " ".join(number[i:i + 4] for i in range(0, 19, 4))
        ex.tags.add("sim_iccid_decoy")
    if "{chip}" in line:
        fields["chip"] = luhn_complete(rng.choice(["643", "804", "826", "440"]), 15, rng)
        assert luhn_valid(fields["chip"])
        ex.tags.add("pet_chip_decoy")
    if "{ean}" in line:
        fields["ean"] = values.ean13(rng)
        ex.tags.add("loyalty_card_decoy")
    if "{ref}" in line:
        fields["ref"] = "".join(str(rng.randrange(10)) for _ in range(16))
        ex.tags.add("card_length_ref_decoy")
    if "{parcel}" in line:
        body = "20" + "".join(str(rng.randrange(10)) for _ in range(12))
        fields["parcel"] = " ".join(body[i:i + 4] for i in range(0, 14, 4))
        ex.tags.add("parcel_number_decoy")
    if any(word in line for word in ("филиал", "філія", "branch", "filialas")):
        ex.tags.add("branch_address_decoy")
    if any(word in line for word in ("Дед Мороз", "Миколай", "Father Christmas", "Kalėdų")):
        ex.tags.add("name_in_title_decoy")
    fields["serial"] = f"{rng.randrange(1_000_000, 9_999_999)}"
    fields["frame"] = f"WTU{rng.randrange(1_000_000, 9_999_999)}T"
    fields["order"] = f"2025-11-{rng.randrange(1000, 9999)}"
    return line.format(**fields)


def account_call(ex: Exchange, slot: Slot) -> None:
    p, v = PHRASES[ex.lang], slot.variant
    _greet(ex, p, slot.setting)
    kind = "contract" if v % 2 == 0 else "bank"
    key = ex.entity("acc", "ACCOUNT")
    ex.tags.update({"account", kind if kind == "contract" else
                    "iban" if ex.lang != "ru" else "ru_account"})
    ex.say("agent", p["account_q"][v % 2])
    ex.say("customer", p["account_lead"][v % 2], ex.val(
        key, values.account(ex.lang, ex.asr, kind, ex.rng)))
    roles = SETTING_ROLES[slot.setting]
    line = 1 if roles[1] == "a" else 0
    if roles[line] == "a":
        ex.say("agent", fill(ex, SETTINGS[ex.lang][slot.setting][1][line]))


def profile_call(ex: Exchange, slot: Slot) -> None:
    p, v = PHRASES[ex.lang], slot.variant
    _greet(ex, p, slot.setting)
    ex.tags.add("profile")
    for etype in PROFILE_SLOTS[v % len(PROFILE_SLOTS)]:
        key = ex.entity(etype.lower(), etype)
        ex.tags.add(etype.lower())
        ex.say("agent", p[QUESTION[etype]])
        ex.say("customer", ex.val(key, _profile_value(ex, etype, v)))
    ex.say("agent", p["thanks"][v % 2])


def _profile_value(ex: Exchange, etype: str, v: int) -> str:
    lang, asr, rng = ex.lang, ex.asr, ex.rng
    if etype == "PHONE":
        return values.phone(lang, asr, rng)
    if etype == "EMAIL":
        from blind21_phrases_ru import EMAIL_USERS
        return values.email(lang, asr, EMAIL_USERS[v % len(EMAIL_USERS)], rng)
    if etype == "DOB":
        return values.dob(lang, asr, rng)[0]
    if etype == "PASSPORT":
        return values.passport(lang, asr, rng)
    if etype == "NATIONAL_ID":
        return values.national_id(lang, asr, rng)
    return values.address(lang, asr, STREETS[lang][v % len(STREETS[lang])], rng)


def decoy_call(ex: Exchange, slot: Slot) -> None:
    """No PII: setting lines with long numbers, names of pets/companies, public addresses."""
    p, v = PHRASES[ex.lang], slot.variant
    ex.tags.update({"decoy", "no_entity"})
    if v % 2 == 0:
        _greet(ex, p, slot.setting)
    lines = SETTINGS[ex.lang][slot.setting][1]
    roles = SETTING_ROLES[slot.setting]
    generic = v % len(p["generic_decoys"])
    said = [(roles[i], lines[i]) for i in (v % 2, (v + 1) % 2)]
    said.append((GENERIC_ROLES[generic], p["generic_decoys"][generic]))
    # Customer lines first (the caller explains), then the agent's answers.
    for role, line in sorted(said, key=lambda item: item[0] == "a"):
        ex.say("agent" if role == "a" else "customer", fill(ex, line))
    ex.tags.add("named_thing_decoy" if slot.setting in (
        "vet", "cathotel", "print", "aquarium", "lang") else "number_decoy")
