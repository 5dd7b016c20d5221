"""Finding PII in a call's words: numbers (cards, phones, documents, accounts), dates of
birth, e-mail addresses, street addresses and names, in ru/uk/en/lt, typed or as ASR
writes them.

The call is one token stream across turns, so a number split over turns ("четыре два семь
шесть" / "да" / "три восемь ноль ноль ...") is read as one number. A number's type comes
from its check digits (Luhn, SNILS, INN, asmens kodas) and from the nearest cue before it
("номер карты", "date of birth"); amounts, times, "the card ending in 1234", menu choices
and order numbers are left alone.

This module runs the per-family detectors (number_findings, dates, written, addresses,
names; tokens holds what they share) and resolves where their findings overlap.
"""

from __future__ import annotations

from collections.abc import Sequence

from speechqa.redact.addresses import (
    _address_after_cue,
    _address_findings,
    _postcodes_after,
    _streets_asked_for,
    _with_flat_answer,
    with_entrance_and_floor,
)
from speechqa.redact.cards import _card_near, _reassembled_cards
from speechqa.redact.dates import (
    _date_findings,
    _expiry_read_backs,
    _relative_expiries,
    _weak_cue,
)
from speechqa.redact.names import spelled_email_letters
from speechqa.redact.number_findings import _number_findings
from speechqa.redact.persons import person_findings
from speechqa.redact.tokens import (
    _AND_WORDS,
    CARD_TALK,
    CUE_WINDOW,
    Finding,
    Token,
    _cue_marks,
    _is_ordinal,
    _match_any,
    _phrase_lists,
    tokenize,
)
from speechqa.redact.written import _lettered_accounts, _written_findings

ENTITY_TYPES = ("CARD", "CVV", "EXPIRY", "PHONE", "EMAIL", "PASSPORT", "NATIONAL_ID", "DOB",
                "ACCOUNT", "ADDRESS", "PERSON")
# When two findings overlap, the earlier type here wins.
_PRIORITY = {name: rank for rank, name in enumerate(
    ("CARD", "NATIONAL_ID", "PASSPORT", "ACCOUNT", "PHONE", "EMAIL", "CVV", "EXPIRY", "DOB",
     "ADDRESS", "PERSON"))}


# Entry point -------------------------------------------------------------------------------


def detect(
    turn_words: Sequence[Sequence[str]],
    roles: Sequence[str],
    language: str | None,
    types: Sequence[str] = ENTITY_TYPES,
) -> list[Finding]:
    """Entities in a call given as words per turn; overlapping findings resolved by type."""
    enabled = set(types)
    language = (language or "ru").split("-")[0].lower()
    tokens = tokenize(turn_words, roles, language)
    if not tokens:
        return []
    every_mark = _of_the_card(tokens, _cue_marks(tokens, enabled | {"DOB", "EXPIRY"}))
    marks = [
        (first, end, kind) for first, end, kind in every_mark
        if kind not in ("EXPIRY", "CVV") or not _weak_cue(tokens, first, end, kind)
        or _card_near(tokens, first) or _card_detail_asked(tokens, every_mark, first)
    ]
    findings: list[Finding] = []
    dates = _date_findings(tokens, marks, {"DOB", "EXPIRY"})
    numbers = _number_findings(tokens, marks, enabled, dates, language)
    # a card said in parts is found only by its checksum, after the cues were read: a weak
    # cue after it ("и срок пять двадцать восемь") is about that card too
    position_of = {(t.turn, t.index): p for p, t in enumerate(tokens)}
    card_ends = [position_of[(f.pieces[-1][0], f.pieces[-1][2] - 1)] for f in numbers
                 if f.type == "CARD"]
    weak = [mark for mark in every_mark if mark not in marks
            and any(0 <= mark[0] - end <= CARD_TALK for end in card_ends)]
    if weak:
        marks = sorted(marks + weak)
        dates = _date_findings(tokens, marks, {"DOB", "EXPIRY"})
        numbers = _number_findings(tokens, marks, enabled, dates, language)
    written = _written_findings(tokens, enabled, language)
    if "ACCOUNT" in enabled:
        written += _lettered_accounts(tokens, marks, CUE_WINDOW)
    iban_cells = {cell for f in written if f.type == "ACCOUNT" for cell in f.cells}
    # an IBAN's mod-97 and country letters outweigh a Luhn check its digits pass by chance
    findings += [f for f in numbers if not (f.type == "CARD" and f.cells <= iban_cells)]
    findings += written
    if "CARD" in enabled:
        findings = _with_reassembled(tokens, findings, _reassembled_cards(tokens, marks), enabled)
    # "valid thru three twenty seven nine hundred fifty nine": the numbers cut the date's
    # reading into the expiry and the code; the date's whole span would swallow the code
    code_cells = {cell for f in numbers if f.type == "CVV" for cell in f.cells}
    expiry_cells = [f.cells for f in numbers if f.type == "EXPIRY"]
    findings += [f for f in _date_findings(tokens, marks, enabled)
                 if f.type != "EXPIRY" or not f.cells & code_cells
                 or not any(cells < f.cells for cells in expiry_cells)]
    if "EXPIRY" in enabled:
        findings += _expiry_read_backs(tokens, findings) + _relative_expiries(tokens, marks)
    if "ADDRESS" in enabled:
        cue_ends = [p + n for p in range(len(tokens))
                    if (n := _match_any(tokens, p, _phrase_lists()["address"]))]
        addresses = _address_findings(tokens, [e - 1 for e in cue_ends], language)
        addresses += _address_after_cue(tokens, [e - 1 for e in cue_ends])
        addresses += _streets_asked_for(tokens, position_of)
        addresses = [with_entrance_and_floor(tokens, _with_flat_answer(
            tokens, finding, position_of), position_of) for finding in addresses]
        findings += addresses + _postcodes_after(tokens, addresses)
    if "PERSON" in enabled:
        findings += person_findings(tokens, language)
    if "EMAIL" in enabled:
        findings += spelled_email_letters(tokens, [f for f in findings if f.type == "EMAIL"])
    return _resolve(findings)


def _with_reassembled(tokens: list[Token], findings: list[Finding],
                      reassembled: list[Finding], enabled: set[str]) -> list[Finding]:
    """The findings with each card put back together from its stretches in place of the
    parts of it found before, or of a span that ran over the group labels between its
    groups («... вторая ...», "... third ..."): its pieces leave those words readable. A
    card found before with more digits than these stretches, or whole with only fillers
    inside, is kept as it was."""
    token_at = {(t.turn, t.index): t for t in tokens}
    for card in reassembled:
        cells = card.cells
        overlapping = [f for f in findings if f.type == card.type and f.cells & cells]
        covered = set().union(*(f.cells for f in overlapping))
        labelled = all(token_at[cell].number is None for cell in covered - cells) and any(
            _is_ordinal(token_at[cell].norm) for cell in covered - cells)
        if card.type not in enabled or (cells <= covered and not labelled):
            continue
        findings = [f for f in findings if f not in overlapping] + [card]
    return findings


def _card_detail_asked(tokens: list[Token], marks: list[tuple[int, int, str]],
                       position: int) -> bool:
    """The weak cue at ``position`` stands beside an expiry or CVV question (its own turn,
    four words away at most: «срок действия и код») or answers one from the other side's
    turn just before ("Expiry and the three digits on the back?" / "expires six twenty
    eight and the code is zero four five"): it means the card's date or code."""
    turn, role = tokens[position].turn, tokens[position].role
    return any(other in ("EXPIRY", "CVV") and not _weak_cue(tokens, first, end, other) and (
        (tokens[first].turn == turn - 1 and tokens[first].role != role)
        or (tokens[first].turn == turn and abs(first - position) <= 4))
        for first, end, other in marks)


def _of_the_card(tokens: list[Token],
                 marks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The marks without a card word that only completes an expiry or code question before
    it («срок действия карты», «термін дії вашої картки», "the expiry date on the card"):
    the question asks for the date or the code, and the card word must not be the nearest
    cue. ("Expiry date and the card number": an "and" asks for the card too.)"""
    def completes(first: int) -> bool:
        return any(kind in ("EXPIRY", "CVV") and 0 <= first - end <= 2
                   and all(t.turn == tokens[first].turn and t.number is None
                           and t.norm not in _AND_WORDS and not t.clause_end
                           for t in tokens[end - 1:first])
                   for _f, end, kind in marks)
    return [mark for mark in marks if mark[2] != "CARD" or not completes(mark[0])]


def _merge_same_type(findings: list[Finding]) -> list[Finding]:
    """Overlapping findings of one type are one entity read two ways (a date's month word
    and its year as a number): keep their union."""
    merged: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (f.type, f.pieces)):
        cells = finding.cells
        for index, other in enumerate(merged):
            other_cells = other.cells
            if other.type == finding.type and cells & other_cells:
                union: dict[int, list[int]] = {}
                for turn, i in cells | other_cells:
                    union.setdefault(turn, []).append(i)
                merged[index] = Finding(finding.type, tuple(
                    (turn, min(idx), max(idx) + 1) for turn, idx in sorted(union.items())))
                break
        else:
            merged.append(finding)
    return merged


def _runs_of(cells: set[tuple[int, int]]) -> tuple[tuple[int, int, int], ...]:
    """Cells as (turn, first, last+1) pieces, one per unbroken run of words."""
    pieces: list[list[int]] = []
    for turn, index in sorted(cells):
        if pieces and pieces[-1][0] == turn and pieces[-1][2] == index:
            pieces[-1][2] += 1
        else:
            pieces.append([turn, index, index + 1])
    return tuple((turn, start, end) for turn, start, end in pieces)


def _resolve(findings: list[Finding]) -> list[Finding]:
    """Drop a finding that overlaps one of a higher-priority type (or a longer one)."""
    taken: set[tuple[int, int]] = set()
    kept = []
    order = sorted(
        _merge_same_type(findings),
        key=lambda f: (_PRIORITY[f.type], -sum(end - start for _, start, end in f.pieces)),
    )
    for finding in order:
        cells = finding.cells
        if cells & taken and finding.type in ("PERSON", "ADDRESS") and cells - taken:
            # a name or street that ran into a date or number keeps its own words
            # ("julius petraitis | spalio devynioliktą ...")
            cells -= taken
            finding = Finding(finding.type, _runs_of(cells))
        elif cells & taken and finding.type in ("EXPIRY", "DOB") and cells - taken and \
                min(cells - taken) > max(cells & taken):
            # a date read from its cue ran over the card before it: "4111 ... 1111, 12/27"
            finding = Finding(finding.type, _runs_of(cells - taken))
            cells -= taken
        elif cells & taken:
            continue
        taken |= cells
        kept.append(finding)
    return sorted(kept, key=lambda f: f.pieces[0])
