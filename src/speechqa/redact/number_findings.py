"""Findings for spoken and written numbers: cards, CVVs, expiries, phones, passports,
national ids and accounts, with document series letters before the number.

Puts runs (spoken_numbers) and card joining (cards) together into typed findings.
"""

from __future__ import annotations

import itertools
import re

from speechqa.redact import checksums
from speechqa.redact.cards import (
    _amount_cut,
    _broken_off_starts,
    _card_after_lead,
    _card_cue_before,
    _card_echoes,
    _card_fragments,
    _card_near,
    _dialled,
    _dictated_card,
    _dictated_digits,
    _expiry_then_code,
    _given_up_cards,
    _grouped_card,
    _groups_asked_again,
    _halves_across_an_aside,
    _joined_card_parts,
    _read_back_corrected,
    _read_back_split,
    _restart_turn,
    _split_at_and,
    _split_at_correction,
    _tokens_for_groups,
    _turn_chunks,
    _whole_card_turn,
    _without_repeats,
)
from speechqa.redact.dates import _money_after
from speechqa.redact.lexicon import FILLERS, LETTER_NAMES, NOT_NAME, STREET_WORDS
from speechqa.redact.name_morphology import _known, _morph
from speechqa.redact.names import _en_unknown
from speechqa.redact.numbers import WEAK_ZERO, NumberToken, fold, split_readings, spoken_groups
from speechqa.redact.spoken_numbers import (
    NumberRun,
    _amount_word_before,
    _before_its_date,
    _checked_split_reading,
    _classify_number,
    _clock_time,
    _date_shaped,
    _day_marker_after,
    _expiry_shaped,
    _followed_by_unit,
    _nanp,
    _nearest_cue,
    _nearest_kind,
    _number_runs,
    _outside_dates,
    _paused_reading,
    _phone_shaped,
    _read_back,
    _said_as_date,
    _split_card,
    _toll_free,
    _year_alone,
    run_of,
)
from speechqa.redact.tokens import (
    _AND_WORDS,
    _DATED_WORDS,
    _HOUSE_NUMBER_WORDS,
    _LETTERS_EN,
    _NUMBER_WORDS,
    _PLACE_NUMBER_WORDS,
    _PLUS_WORDS,
    _PUNCT,
    _SHORT_WORDS,
    CARD_TALK,
    CUE_WINDOW,
    MAX_ACK_TURN,
    Finding,
    Token,
    _bare_number_cues,
    _is_cue,
    _is_month,
    _is_ordinal,
    _names_an_item,
    _numbers_a_record,
    _pieces,
    _positions,
)

_DICTATED = {"CARD", "CVV", "PHONE", "PASSPORT", "NATIONAL_ID", "ACCOUNT"}
_TIME_PREPOSITIONS = {"at", "around", "about", "by", "в", "во", "около", "о", "об", "близько",
                      "apie", "ties"}


# "перезвоним после одиннадцать тридцать": a time, never a month and year
_AFTER_WORDS = {"после", "після", "after", "po"}


def _written_month_year(tokens: list[Token], run: NumberRun) -> bool:
    """One token written as a month and a card's year ("7/27", "01.26"): a date, whatever
    was asked last."""
    written = tokens[run.positions[0]].norm
    return len(run.positions) == 1 and re.fullmatch(r"\d{1,2}[./]\d{2}", written) is not None \
        and _expiry_shaped(run.digits.zfill(4), False)


def _expiry_spans(position_of, dates: list[Finding],
                  findings: list[Finding]) -> list[tuple[int, int]]:
    """First and last token positions of each expiry found so far, written or spoken."""
    return [(position_of[(f.pieces[0][0], f.pieces[0][1])],
             position_of[(f.pieces[-1][0], f.pieces[-1][2] - 1)])
            for f in [*dates, *findings] if f.type == "EXPIRY"]


def _an_items_code(tokens: list[Token], run: NumberRun, cues: dict[str, int]) -> bool:
    """The run (or one turn's part of it, or a part after a word it bridged: «двадцать
    второго, рейс 6377») follows an item-code word, or, asked for nothing, has a book's
    ISBN-13 or a handset's IMEI shape; a SIM's ICCID is one whatever was asked."""
    asked = _nearest_kind(cues)
    return any(_names_an_item(tokens, p) for p in run.positions
               if p == run.positions[0] or p - 1 not in run.positions) or (
        asked not in ("CARD", "ACCOUNT", "PHONE")
        and (checksums.isbn13(run.digits) or checksums.imei(run.digits))) or (
        checksums.iccid(run.digits))


_CONTRACT_WORDS = {"договор", "договір", "contract", "sutartis", "agreement"}
# what makes a contract the caller's: «по договору ...», «за договором», "pagal sutartį", «ваш»
_CONTRACT_OWNERS = {"по", "за", "ваш", "вашего", "вашому", "your", "under", "on", "pagal",
                    "jūsų", "jusu", "номер", "number", "numeris"}


def _agents_new_contract(tokens: list[Token], start: int) -> bool:
    """The agent names a contract in passing, the word alone right before its number
    («монтажник будет с 17:30, договор 13579379», "договір 5998..."): the firm's own
    paperwork for the job, not the caller's contract asked for or read back («по договору
    ...», "your contract number")."""
    if start < 1 or tokens[start].role != "agent" or tokens[start - 1].turn != tokens[start].turn:
        return False
    word = start - 1
    if tokens[word].norm not in _CONTRACT_WORDS and word > 0 \
            and tokens[word - 1].turn == tokens[start].turn and not tokens[word - 1].clause_end \
            and tokens[word - 1].norm in _CONTRACT_WORDS and tokens[word].number is None \
            and tokens[word].norm not in _CONTRACT_OWNERS | _NUMBER_WORDS:
        word -= 1  # «договор проката 15172251»: the contract's kind between word and number
    if tokens[word].norm not in _CONTRACT_WORDS:
        return False
    before = tokens[word - 1] if word > 0 and tokens[word - 1].turn == tokens[start].turn \
        else None
    return before is None or before.clause_end or before.norm not in _CONTRACT_OWNERS


def _firms_inn(digits: str, language: str) -> bool:
    """Ten digits that pass the Russian INN check: only a firm's INN has ten digits (a
    person's has twelve). Said first by the agent («ИНН нашей организации 7707083893»,
    «продавец ООО ..., ИНН ...») it is the firm's own tax number, no one's identity to
    hide; a caller who gives ten digits as their INN keeps them hidden. (In a Ukrainian
    call ten digits are a person's RNOKPP; a firm's ЄДРПОУ has eight.)"""
    return language != "uk" and len(digits) == 10 and checksums.inn(digits)


_ONE_TIME_CODE_WORDS = {"код", "кода", "коду", "кодом", "code", "kodas", "kodą", "koda"}
_ONE_TIME_STEMS = ("подтвержд", "підтвердж", "confirm", "verif", "patvirtin", "смс", "sms",
                   "одноразов", "one-time")
_ONE_TIME_REACH = 6


def _one_time_code(tokens: list[Token], start: int) -> bool:
    """A code word and a confirmation or SMS word stand, in that order, in the few words
    of the sentence before ``start`` («код подтверждения из СМС 382677», "the confirmation
    code is ...", «kodas iš SMS»): the number is a one-time code sent to the caller, not
    the phone it came to, a card's CVV or an account."""
    words = []
    for position in range(start - 1, max(-1, start - 1 - _ONE_TIME_REACH), -1):
        token = tokens[position]
        if token.turn != tokens[start].turn or (
                token.clause_end and token.raw.rstrip()[-1:] not in ":,"):
            break
        words.insert(0, token.norm)
    return any(word in _ONE_TIME_CODE_WORDS and any(
        other.startswith(_ONE_TIME_STEMS) for other in words[index + 1:] + words[:index])
        for index, word in enumerate(words))


_BILL_REACH = 4  # words after a bill's number to the amount it charges


def _agents_bill(tokens: list[Token], run: NumberRun, marks) -> bool:
    """The agent names an account word (no «по», «pagal», "your" before it) right before
    a number, then the amount charged on it, in one turn («Sąskaita 37930415,
    priskaičiuota 1 500 eurų», "account 1234, that's 80 pounds due"): the firm's bill and
    its own number, not the caller's account (lt «sąskaita» is a bill as well as an
    account)."""
    start, last = run.positions[0], run.positions[-1]
    if tokens[start].role != "agent" or start < 1 or not any(
            kind == "ACCOUNT" and end == start for _first, end, kind in marks):
        return False
    word = next(first for first, end, kind in marks if kind == "ACCOUNT" and end == start)
    before = tokens[word - 1] if word > 0 and tokens[word - 1].turn == tokens[start].turn \
        else None
    if before is not None and not before.clause_end and before.norm in _CONTRACT_OWNERS:
        return False  # «по договору 9037437240 долг 3 500 руб.»: the caller's contract
    for position in range(last + 1, min(len(tokens), last + 1 + _BILL_REACH)):
        if tokens[position].turn != tokens[start].turn:
            return False
        if tokens[position].number is not None:
            amount_end = position  # «du tūkstančiai penki šimtai eurų»: to its last word
            while amount_end + 1 < len(tokens) and tokens[amount_end + 1].number is not None \
                    and tokens[amount_end + 1].turn == tokens[start].turn:
                amount_end += 1
            return _money_after(tokens, amount_end)
    return False


_REFUSAL_WORDS = {"нет", "не", "ні", "никому", "нікому", "no", "not", "never", "won't",
                  "don't", "rather", "ne", "niekam", "niekada"}


def _code_after_refusal(tokens: list[Token], run: NumberRun, marks) -> bool:
    """Three or four digits the caller says right after refusing the card's code and being
    reassured: the code question (or the refusal naming the code) two turns back, the
    caller's refusal, the agent's reassurance, then the code ("I'd rather not give the
    code out" / "we don't store it" / "oh go on then, nine zero two"). Asked once, the
    code's cue is too far back for the answer to reach it."""
    start = run.positions[0]
    if len(run.digits) not in (3, 4) or tokens[start].role != "customer":
        return False
    positions: dict[int, list[int]] = {}
    for position, token in enumerate(tokens):
        positions.setdefault(token.turn, []).append(position)
    order = sorted(positions)
    at = order.index(tokens[start].turn)
    if at < 3:
        return False
    question, refusal, reassurance = (order[at - k] for k in (3, 2, 1))
    roles = [tokens[positions[turn][0]].role for turn in (question, refusal, reassurance)]
    if roles != ["agent", "customer", "agent"] or any(
            tokens[p].number is not None and len(tokens[p].number.digits) >= 3
            for p in positions[tokens[start].turn] if p < start):
        return False
    if not any(tokens[p].norm in _REFUSAL_WORDS for p in positions[refusal]):
        return False
    return any(kind == "CVV" and tokens[first].turn in (question, refusal)
               for first, _end, kind in marks) and not any(
        kind not in ("CVV", "NEG") and tokens[first].turn == reassurance
        for first, _end, kind in marks)


def _year_month_serial(run: NumberRun) -> bool:
    """The run says a year (2000-2039), a month and then a serial of three digits or more:
    "twenty twenty five eleven fifty two twenty eight" is the spoken 2025-11-5228 of an
    order's or a proof's reference. No card starts with such a year (Mir's 2200-2204 and
    Mastercard's 2221-2720 do not) and no phone is said so."""
    groups = run.groups
    if len(groups) >= 2 and groups[0] == "20" and len(groups[1]) == 2:
        year, rest = "20" + groups[1], groups[2:]
    elif groups and len(groups[0]) == 4:
        year, rest = groups[0], groups[1:]
    else:
        return False
    if len(rest) > 1 and rest[0] == "0" and len(rest[1]) == 1:
        rest = [rest[0] + rest[1], *rest[2:]]  # the month said "oh three"
    return 2000 <= int(year) < 2040 and bool(rest) and len(rest[0]) <= 2 \
        and 1 <= int(rest[0]) <= 12 and len("".join(rest[1:])) >= 3


# Lithuanian month names in the genitive: "sausio 28" is the 28th of January (a card's
# expiry is said with the month's number, "vienas dvidešimt aštuoni", or "01/28")
_LT_GENITIVE_MONTHS = {"sausio", "vasario", "kovo", "balandzio", "geguzes", "birzelio",
                       "liepos", "rugpjucio", "rugsejo", "spalio", "lapkricio", "gruodzio"}


def _day_after_genitive_month(month: Token) -> bool:
    """The number after this month's name is its day («atvykstu sausio 28»)."""
    return fold(month.norm) in _LT_GENITIVE_MONTHS


def _code_answered(tokens: list[Token], start: int, cue_end: int, findings: list[Finding],
                   position_of: dict[tuple[int, int], int]) -> bool:
    """A CVV was found between the code's cue (ending at ``cue_end``) and ``start``, and
    the agent spoke after it without a digit (no "679 or 697?"): the code question has
    its answer, and a later number is something else."""
    codes = [position_of[(f.pieces[-1][0], f.pieces[-1][2] - 1)] for f in findings
             if f.type == "CVV"]
    return any(cue_end <= last < start and any(
        tokens[p].role == "agent" and tokens[p].turn != tokens[last].turn
        for p in range(last + 1, start)) and not any(
        tokens[p].number is not None for p in range(last + 1, start))
        for last in codes)


def _code_after_last_four(tokens: list[Token], run: NumberRun,
                          said_runs: list[tuple[NumberRun, str | None]]) -> NumberRun | None:
    """The three digits after a card's last four that the run starts with: the signature
    strip prints both ("it says 9307 811"), and the caller reads them all out when asked
    for the code. None unless an earlier number ended in those four digits."""
    if len(run.digits) not in (7, 8):
        return None
    for cut in range(1, len(run.positions)):
        head = run_of(tokens, run.positions[:cut]).digits
        if len(head) > 4:
            return None
        code = run_of(tokens, run.positions[cut:])
        if len(code.digits) == 4 and tokens[code.positions[-1]].norm in WEAK_ZERO:
            code = run_of(tokens, code.positions[:-1])  # "... eight one one oh you just ..."
        if head == run.digits[:4] and len(code.digits) == 3 and any(
                said.digits.endswith(head) and said.positions[-1] < run.positions[0]
                for said, _kind in said_runs):
            return code
    return None


def _number_findings(tokens: list[Token], marks, enabled: set[str],
                     dates: list[Finding], language: str = "") -> list[Finding]:
    findings = []
    seen: dict[str, str] = {}
    dictation = frozenset(
        position for _first, end, kind in marks if kind in _DICTATED
        for position in range(end, min(len(tokens), end + 2 * CUE_WINDOW)))
    last_card = -(10**6)
    position_of = {(t.turn, t.index): p for p, t in enumerate(tokens)}
    birth_dates = [(position_of[(f.pieces[0][0], f.pieces[0][1])],
                    position_of[(f.pieces[-1][0], f.pieces[-1][2] - 1)])
                   for f in dates if f.type == "DOB"]
    runs = _outside_dates(tokens, _number_runs(tokens, dictation), dates)
    queue = _joined_card_parts(tokens, _grouped_card(tokens, runs, marks), marks)
    cue_words = {p for first, end, _kind in marks for p in range(first, end)}
    bare_numbers = set(_bare_number_cues(
        tokens, marks, lambda position: _record_noun_before(tokens, position, language)))
    last_typed: tuple[NumberRun, str] | None = None  # the number typed last, for a restart
    unread: list[NumberRun] = []
    said_runs: list[tuple[NumberRun, str | None]] = []
    cards: list[tuple[int, int, str]] = []
    phones: list[tuple[int, int, str]] = []
    while queue:
        run = queue.pop(0)
        if (parts := _whole_card_turn(tokens, run)) or (parts := _restart_turn(tokens, run)):
            queue[:0] = parts
            continue
        if (cut := _amount_cut(tokens, run)) is not None:
            # "... 0035, а спишут точно 960?" / «да, 960 рублей»: the amount asked about
            run, after = cut
            if after:
                queue.insert(0, run_of(tokens, after))
        if _followed_by_unit(tokens, run):
            last_turn = tokens[run.positions[-1]].turn
            kept = [p for p in run.positions if tokens[p].turn != last_turn]
            gaps = [i for i, (a, b) in enumerate(itertools.pairwise(run.positions), start=1)
                    if b != a + 1 and tokens[b].turn == last_turn
                    and not any(t.norm in _AND_WORDS for t in tokens[a + 1:b])]
            if gaps and len(run.positions[:gaps[-1]]) > len(kept):
                # "карту 4276 ... 1234, там сейчас 500 рублей": the amount is the last part
                kept = run.positions[:gaps[-1]]
            if not kept:
                continue
            # "... 5679" / "3 seconds, please": only the other turn's amount is a quantity.
            run = run_of(tokens, kept)
        cues = _nearest_cue(marks, run.positions[0])
        if not cues and any(run.positions[0] - word in (1, 2) for word in bare_numbers):
            cues = {"PHONE": 0}  # "Номер 60705 65882", "the number's 752 ...", no other cue
        if "CVV" in cues and (code := _code_after_last_four(tokens, run, said_runs)):
            run = code  # «на полоске напечатано 4091 850»: the strip's last four, then the code
        card_talk = run.positions[0] - last_card <= CARD_TALK
        if (("EXPIRY" in cues and "CVV" in cues) or card_talk) and (
                parts := _expiry_then_code(tokens, run, "EXPIRY" in cues and "CVV" in cues)):
            # "zero eight thirty-one, hang on, six one three": asked for, or right after the
            # card, a month and year and then three or four digits are its expiry and CVV
            for part, part_kind in zip(parts, ("EXPIRY", "CVV"), strict=True):
                if part_kind in enabled:
                    findings.append(Finding(part_kind, _pieces(tokens, part.positions)))
            continue
        start = run.positions[0]
        if "CVV" in cues and cues.get("EXPIRY", -1) > cues["CVV"] and any(
                tokens[p].number is not None and p not in cue_words
                for p in range(start - cues["EXPIRY"], start - cues["CVV"])):
            # the expiry was asked and answered before the CVV question: what follows that
            # question is the code, even when it looks like a month and year (Amex "1227");
            # the "three" of "expiry and the three digits on the back" answers nothing
            del cues["EXPIRY"]
        if "CVV" in cues and "EXPIRY" in cues and len(run.digits) in (3, 4) and any(
                start - cues["EXPIRY"] <= first and last < start
                for first, last in _expiry_spans(position_of, dates, findings)):
            # "Действует до 03/31. Сейчас посмотрю… 518.": the expiry asked for is answered
            # already, so the three digits after it answer the code question
            del cues["EXPIRY"]
        month_first = "0" + run.digits if [len(g) for g in run.groups] == [1, 2] else run.digits
        if "CVV" in cues and "EXPIRY" in cues and _expiry_shaped(month_first, False) and any(
                kind == "CVV" and first > run.positions[-1]
                and tokens[first].turn == tokens[start].turn for first, _end, kind in marks):
            # "Expiry and the three digits on the back?" / "it's nine thirty two and the code
            # is nine twenty four": the code has its own cue further on, so this is the date
            del cues["CVV"]
        if "DOB" in cues and any(start - cues["DOB"] <= first and last < start
                                 for first, last in birth_dates):
            del cues["DOB"]  # the birth date was said already: "booked for the 3rd at 12:10"
        if "CVV" in cues and run.digits not in seen and _code_answered(
                tokens, start, start - cues["CVV"], findings, position_of):
            del cues["CVV"]  # "679" / "Thanks, that's gone through." / "I've been with you
            # since 2013.": the code was given and the agent moved on
        plus = _dialled(tokens, start)
        if (start > 0 and tokens[start - 1].turn == tokens[start].turn and len(run.digits) <= 7
                and tokens[start - 1].norm in STREET_WORDS | _HOUSE_NUMBER_WORDS
                | _PLACE_NUMBER_WORDS and not _passport_series(tokens[start - 1], cues)):
            continue  # "переулок 144-136", "apartment one hundred and sixty two", "ряд 15"
        if (len(run.positions) == 1 and start > 0 and tokens[start - 1].norm in _DATED_WORDS
                and len(re.split(r"[./-]", tokens[start].norm)) == 3
                and _date_shaped(run.digits)):
            continue  # "договор от 12.03.2019": the contract's date, not its number
        if (start > 0 and tokens[start - 1].turn == tokens[start].turn
                and _is_month(tokens, start - 1) and len(run.digits) == 4
                and 1900 <= int(run.digits) < 2024 and "DOB" not in cues):
            # "policy started on the first of march two thousand and nine": a past year (a
            # card's expiry year is this one or later)
            continue
        kind = "CARD" if run.parts else (
            _classify_number(run.digits, cues, plus) or _read_back(run.digits, seen))
        if kind is None and (paused := _paused_reading(tokens, run)) != run.digits:
            # "сорок, секунду, три" is 40-3 when 43 fits nothing the cue asks for
            kind = _classify_number(paused, cues, plus)
        if kind is None and (phone := _phone_read_back_otherwise(tokens, run, seen)):
            kind = phone  # «восемь девятьсот восемьдесят четыре четыреста двадцать пять ...»
        if kind is None and (lead := _card_after_lead(tokens, run)):
            # "a new one: 4276 9979 ...": a number word before the card is not its digit
            run = run_of(tokens, run.positions[lead:])
            kind = "CARD"
        if kind is None and (12 <= len(run.digits) <= 18 or "CVV" in cues):
            kind = _checked_split_reading(tokens, run, cues, plus)
        if kind is None and _card_cue_before(tokens, marks, start) \
                and checksums.luhn_card(_without_repeats(run)):
            kind = "CARD"  # "he says 2315 8825 … yeah, 2315 8825 then ...": relayed, repeated
        if kind is None and _code_after_refusal(tokens, run, marks):
            kind = "CVV"  # «Нет, код я никому не говорю» / «Мы его не храним» / «Ну ладно: 545»
        if kind is None and last_typed is not None and _said_again(tokens, *last_typed, run):
            kind = last_typed[1]  # "60705..." / "sorry, say again?" / "60705 65882": restarted
        if kind == "PHONE" and _toll_free(run.digits):
            kind = None  # "наша горячая линия 8 800 250-44-11": a company's number
        if kind == "PHONE" and _numbers_a_record(tokens, start) \
                and not _phone_shaped(run.digits, plus):
            kind = None  # «я уже шесть раз звоню по делу 05350»: the case's number
        if kind in ("CARD", "PHONE", "ACCOUNT", "PASSPORT", "NATIONAL_ID") \
                and _an_items_code(tokens, run, cues):
            kind = None  # "IMEI 356..." (Luhn-valid), "the ISBN is 978-...", «трек номер ...»
        if kind in ("CARD", "PHONE") and _year_month_serial(run):
            kind = None  # "job sheet twenty twenty five eleven fifty two": a dated reference
        if kind in ("ACCOUNT", "PASSPORT", "NATIONAL_ID") and _said_as_date(tokens, run):
            kind = None  # "договор у вас с 17.04.2023": the contract's date, not its number
        if kind in ("PHONE", "CVV", "ACCOUNT") and not _phone_shaped(run.digits, plus) \
                and _one_time_code(tokens, start):
            kind = None  # «код подтверждения из СМС 382677»: a one-time code, no phone
        if kind == "NATIONAL_ID" and tokens[start].role == "agent" and run.digits not in seen \
                and _firms_inn(run.digits, language):
            kind = None  # «ИНН нашей организации 7707083893»: a firm's INN, no person's
        if kind in (None, "ACCOUNT") and language == "uk" and _tax_code_after_code_word(
                tokens, run):
            kind = "NATIONAL_ID"  # «код клієнта 3264...», «код ще раз: 3414...»: the RNOKPP
        if kind == "ACCOUNT" and run.digits not in seen and _agents_new_contract(tokens, start):
            kind = None  # «монтажник будет с 17:30, договор 13579379»: the firm's paperwork
        if kind == "ACCOUNT" and run.digits not in seen and _agents_bill(tokens, run, marks):
            kind = None  # «Sąskaita 37930415, priskaičiuota 1 500 eurų»: the firm's bill
        if kind == "ACCOUNT" and _amount_word_before(tokens, start):
            kind = None  # "your account balance is 12500": an amount, not the account's number
        before = tokens[start - 1] if start > 0 and tokens[start - 1].turn == \
            tokens[start].turn else None
        month_before = before is not None and _is_month(tokens, start - 1)
        if kind in ("CVV", "EXPIRY") and before is not None \
                and before.norm in _TIME_PREPOSITIONS and _clock_time(run):
            kind = None  # «тренировки по вторникам в восемь тридцать»: a time, no code
        if (kind is None and "EXPIRY" in enabled and _expiry_shaped(run.digits, month_before)
                and (before is None or before.norm not in _TIME_PREPOSITIONS | _AFTER_WORDS)
                and not (month_before and _day_marker_after(tokens, run))
                and not (month_before and _day_after_genitive_month(before))
                and _nearest_kind(cues) != "NEG"
                and cues.get("NEG", 10**6) > 5
                and (start - last_card <= CARD_TALK or _card_near(tokens, start))):
            # after the card number, a month and year is its expiry even when the question
            # was only "и до какого она?" ("at twelve thirty" is a time)
            kind = "EXPIRY"
        if kind == "EXPIRY" and not month_before \
                and _year_alone(tokens, start, run.positions[-1]):
            kind = None  # "jabs valid until 2026": a year alone is no card's expiry
        if kind == "CVV" and (_written_month_year(tokens, run) or any(
                tokens[first].role != tokens[start].role
                and run_of(tokens, list(range(first, last + 1))).digits == run.digits
                for first, last in _expiry_spans(position_of, dates, findings))):
            # "7/27 и код 876"; the agent's "so that's ten twenty eight" reads the expiry
            # back (the caller's own Amex CID may match the expiry's digits: «1227.»)
            kind = "EXPIRY"
        if kind == "CARD" and len(run.digits) > 19 and (cut := _split_card(run)) is not None \
                and _expiry_shaped("".join(run.groups[cut:]), False):
            # "... three five oh five twenty seven": the card, then its expiry, no pause
            token_count = _tokens_for_groups(tokens, run, cut)
            rest = run.positions[token_count:]
            queue.insert(0, NumberRun(rest, "".join(run.groups[cut:]), run.groups[cut:]))
            run = NumberRun(run.positions[:token_count], "".join(run.groups[:cut]),
                            run.groups[:cut])
        if kind == "CARD":
            last_card = run.positions[-1]
        if kind is not None:
            last_typed = (run, kind)
            seen[run.digits] = kind
            # the same number without the other side's echoes ("one two nine" / "one two nine")
            chunks: list[list[NumberToken]] = []
            for previous, position in zip([None, *run.positions], run.positions, strict=False):
                if previous is None or tokens[previous].turn != tokens[position].turn:
                    chunks.append([])
                chunks[-1].append(tokens[position].number)
            said = ["".join(spoken_groups(chunk)) for chunk in chunks]
            seen["".join(c for i, c in enumerate(said) if i == 0 or c != said[i - 1])] = kind
        positions = run.positions
        card_cut = _split_card(run)
        card_then_expiry = card_cut is not None and _expiry_shaped(
            "".join(run.groups[card_cut:]), False)  # "4111 1111 1111 1111, 12/27"
        if not card_then_expiry and kind is None and "CARD" in cues and "EXPIRY" in cues \
                and (cut := _card_then_expiry_cut(run)) is not None:
            card_cut, card_then_expiry = cut, True
        if kind is None and len(run.digits) == 20 and not _read_back_split(tokens, run) \
                and not card_then_expiry:
            kind = "ACCOUNT"  # a 20-digit bank account (Russian счёт 40817...)
        if kind is None and language == "en" and not cues and _nanp(run.digits) \
                and not _followed_by_unit(tokens, run) and not _year_month_serial(run):
            kind = "PHONE"  # "it's five seven oh / eight two oh fifty-two twenty-nine"
        if kind is None and len(run.digits) > 19 and (cut := card_cut) is not None:
            # "... card digits ... then expiry" read without a pause word between them.
            token_count = _tokens_for_groups(tokens, run, cut)
            positions, kind = run.positions[:token_count], "CARD"
            last_card = positions[-1]  # what follows is in card talk: its expiry and CVV
            if token_count < len(run.positions):
                queue.insert(0, run_of(tokens, run.positions[token_count:]))
        if kind is None and (parts := _read_back_split(tokens, run)):
            queue[:0] = parts  # "... fifty-two twenty-nine" / "so five seven oh ... twenty-nine"
            continue
        if kind is None and ("CVV" in cues or "EXPIRY" in cues) \
                and (parts := _split_at_correction(tokens, run)):
            queue[:0] = parts
            continue
        if kind in (None, "EXPIRY", "CVV") and (parts := _split_at_and(tokens, run)):
            queue[:0] = parts  # "07 32 и 629": the expiry and the code in one breath
            continue
        said_runs.append((run, kind))
        if kind is None:
            unread.append(run)
        if kind in ("CARD", "PHONE"):
            said = [tokens[p].number for p in positions if tokens[p].number is not None]
            (cards if kind == "CARD" else phones).append(
                (positions[0], positions[-1], "".join(spoken_groups(said))))
        if kind is None or kind not in enabled:
            continue
        if plus and start > 0 and tokens[start - 1].norm in _PLUS_WORDS:
            positions = [start - 1, *positions]
        if kind == "EXPIRY" and month_before:
            positions = [start - 1, *positions]  # "июль две тысячи тридцать второго"
            after = positions[-1] + 1
            if after < len(tokens) and tokens[after].turn == tokens[start].turn \
                    and tokens[after].number is None and _is_ordinal(tokens[after].norm):
                positions.append(after)  # «апреля тридцать второго»: the year's last word
        if kind in ("PASSPORT", "NATIONAL_ID", "ACCOUNT"):
            positions = _with_letters(tokens, _before_its_date(tokens, positions), language)
        if kind == "PASSPORT":
            positions = _with_series(tokens, positions)
            positions = _series_turn_before(tokens, positions)
        if kind == "CARD" and run.parts and positions == run.positions:
            findings.append(Finding(kind, tuple(piece for part in run.parts
                                                for piece in _pieces(tokens, part))))
            continue
        findings.append(Finding(kind, _pieces(tokens, positions)))
    if "CARD" in enabled:
        dictated = _dictated_card(tokens, said_runs, marks)
        findings += dictated
        for finding in dictated:  # (its false start, "5343 37, нет, сначала", is its too)
            said = [p for p in _positions(finding.pieces, position_of)
                    if tokens[p].number is not None]
            cards.append((said[0], said[-1], _dictated_digits(tokens, said)))
        card_positions = {p for f in findings if f.type == "CARD"
                          for p in _positions(f.pieces, position_of)
                          if tokens[p].number is not None}
        turns_said = [chunk for run, kind in said_runs if kind != "CARD"
                      for chunk in _turn_chunks(tokens, run)]
        echoes = _card_echoes(tokens, turns_said, card_positions, marks)
        card_positions |= {p for f in echoes for p in _positions(f.pieces, position_of)
                           if tokens[p].number is not None}
        findings += echoes + _read_back_corrected(tokens, turns_said, card_positions, marks)
        findings += _card_fragments(tokens, unread, cards)
        findings += _broken_off_starts(tokens, unread, cards, "CARD")
        findings += _given_up_cards(tokens, unread, marks)
        card_turns = {turn for f in findings if f.type == "CARD" for turn, _s, _e in f.pieces}
        findings += _groups_asked_again(tokens, unread, card_turns, marks)
        findings += _halves_across_an_aside(tokens, said_runs, marks)
    if "PHONE" in enabled:
        findings += _broken_off_starts(tokens, unread, phones, "PHONE")
        phone_positions = {p for f in findings if f.type == "PHONE"
                           for p in _positions(f.pieces, position_of)
                           if tokens[p].number is not None}
        unphoned = [chunk for run, kind in said_runs if kind != "PHONE"
                    for chunk in _turn_chunks(tokens, run)]
        findings += _read_back_corrected(tokens, unphoned, phone_positions, marks, "PHONE")
    return findings + _parts_read_back(tokens, said_runs, enabled)


_READ_BACK_REACH = 60  # tokens back from a read-back to the parts it joins


def _read_back_joins(first: str, second: str, read_back: str) -> bool:
    """``read_back`` is ``first`` then ``second``, or ``second`` said over from a few digits
    back into ``first`` («4781 8937» / «нет, не так: 8934 8192 3493» read back as 4781 8934
    8192 3493)."""
    kept = len(read_back) - len(second)
    return read_back.endswith(second) and 2 <= kept <= len(first) \
        and read_back[:kept] == first[:kept] and len(first) - kept <= 4


def _parts_read_back(tokens: list[Token], said_runs: list[tuple[NumberRun, str | None]],
                     enabled: set[str]) -> list[Finding]:
    """Two parts of an identifier said with an aside between («один шесть пять, так,
    дальше не видно, очки» / «не торопитесь» / «семьсот три ...»), too far apart to read
    as one number: the other speaker reading back both parts as one number of a type
    shows they are one, of that type."""
    found = []
    for index, (read_back, kind) in enumerate(said_runs):
        if kind not in _DICTATED or kind not in enabled or len(read_back.digits) < 7:
            continue
        reader = tokens[read_back.positions[0]].role
        for (first, _), (second, _) in itertools.pairwise(said_runs[max(0, index - 4):index]):
            speaker = tokens[first.positions[0]].role
            if (speaker != reader and tokens[second.positions[0]].role == speaker
                    and read_back.positions[0] - first.positions[0] <= _READ_BACK_REACH
                    and tokens[second.positions[0]].turn != tokens[first.positions[-1]].turn
                    and _read_back_joins(first.digits, second.digits, read_back.digits)):
                found.append(Finding(kind, _pieces(tokens, first.positions)
                                     + _pieces(tokens, second.positions)))
    return found


def _card_then_expiry_cut(run: NumberRun) -> int | None:
    """Groups making a 15- or 16-digit card read straight on into its month and year,
    when the card, its expiry and code were asked for together ("номер карты, срок и
    CVV" / "42 78 ... 09 00 05 30"): the card's digits need not pass the checksum, a
    slip in one digit is still the card."""
    digits = ""
    for count, group in enumerate(run.groups, start=1):
        digits += group
        rest = "".join(run.groups[count:])
        if len(digits) in (15, 16) and digits[0] in "23456" and len(rest) == 4 \
                and _expiry_shaped(rest, False):
            return count
    return None


def _said_again(tokens: list[Token], said: NumberRun, kind: str, run: NumberRun) -> bool:
    """``run`` is the same speaker saying ``said`` (a phone or other dictated number) over
    from its start in a later turn, and on to the end this time."""
    first, last = tokens[run.positions[0]], tokens[said.positions[-1]]
    return (kind in _DICTATED and first.role == last.role and first.turn > last.turn
            and len(said.digits) >= 3 and len(run.digits) > len(said.digits)
            and run.digits.startswith(said.digits)
            and first.turn - last.turn <= 2 and run.positions[0] - said.positions[-1] <= 12)


def _record_noun_before(tokens: list[Token], position: int, language: str) -> bool:
    """A noun just before a Russian or Ukrainian «номер» names the record it numbers
    ("наряд номер 55850", «заказ номер»): not a phone."""
    if position == 0 or language not in ("ru", "uk"):
        return False
    before = tokens[position - 1]
    if before.turn != tokens[position].turn or before.clause_end or not before.norm.isalpha() \
            or not _known(before.norm, language):
        return False
    return "NOUN" in _morph(language).parse(before.norm)[0].tag


_CYRILLIC_CONSONANTS = frozenset("бвгджзйклмнпрстфхцчшщґ")


def _is_letter(token: Token) -> bool:
    """A series letter or a country code: "КМ", "ка эм", "UA", "lt"."""
    raw = token.raw.strip(_PUNCT)
    if token.norm.upper() in checksums.IBAN_LENGTHS:
        return True
    if (len(token.norm) == 2 and token.norm.isascii() and token.norm.isalpha()
            and token.norm not in NOT_NAME and token.norm not in FILLERS
            and token.norm not in _SHORT_WORDS):
        return True  # "QQ", "jk": a National Insurance number's letters
    if 1 <= len(raw) <= 3 and raw.isalpha() and raw.isupper():
        return True
    if len(token.norm) == 2 and all(char in _CYRILLIC_CONSONANTS for char in token.norm):
        return True  # a passport series in lower case ASR: "тв", "км" (no word is all consonants)
    return token.norm in LETTER_NAMES or (len(token.norm) == 1 and token.norm in _LETTERS_EN)


def _with_letters(tokens: list[Token], positions: list[int], language: str) -> list[int]:
    """Series letters of a document or IBAN country code before its digits ("КМ", "ка эм"),
    or, in English, three letters no word is, as lower-case ASR writes a policy's prefix
    ("agr seventy seven ...")."""
    first, last = positions[0], positions[-1]
    extra = []
    cursor = first - 1
    while cursor >= 0 and first - cursor <= 3 and tokens[cursor].turn == tokens[first].turn:
        token = tokens[cursor]
        prefix = language == "en" and cursor == first - 1 and len(token.norm) == 3 \
            and _en_unknown(token.norm) and token.norm not in NOT_NAME
        if not (_is_letter(token) or prefix) or _is_cue(tokens, cursor):
            break
        extra.insert(0, cursor)
        cursor -= 1
    after = last + 1
    digits = sum(len(t.number.digits) if t.number.kind == "digits" else 1
                 for t in (tokens[p] for p in positions) if t.number is not None)
    if (after < len(tokens) and tokens[after].turn == tokens[last].turn and digits <= 8
            and tokens[after].norm in ("a", "b", "c", "d")):
        extra_after = [after]  # UK NI number's closing letter
    else:
        extra_after = []
    return [*extra, *positions, *extra_after]


def _with_series(tokens: list[Token], positions: list[int]) -> list[int]:
    """A document's series said before "номер" ("серия 4508 номер 612345", "серія ка ем
    номер ..."): the digits or letters just before the number word."""
    first = positions[0]
    cursor = first - 1
    if cursor < 0 or tokens[cursor].norm not in _NUMBER_WORDS or \
            tokens[cursor].turn != tokens[first].turn:
        return positions
    series = []
    cursor -= 1
    while cursor >= 0 and first - cursor <= 7 and tokens[cursor].turn == tokens[first].turn:
        token = tokens[cursor]
        if (token.number is None and (not _is_letter(token) or token.norm in _AND_WORDS)) \
                or _is_cue(tokens, cursor):
            break
        series.insert(0, cursor)
        cursor -= 1
    if not series:
        return positions
    return [*series, first - 1, *positions]


_SERIES_WORDS = {"серия", "серію", "серию", "серія", "серии", "серії", "series", "serija",
                 "serijos"}  # folded


def _series_turn_before(tokens: list[Token], positions: list[int]) -> list[int]:
    """A document's series said at the end of the speaker's turn before the number, the
    other side asking "Номер?" between ("серія ЕР" / "Номер?" / "399647")."""
    first = positions[0]
    if first == 0 or tokens[first - 1].turn == tokens[first].turn:
        return positions
    cursor = first - 1
    if tokens[cursor].role != tokens[first].role:  # the other side's short question
        other = tokens[cursor].turn
        start = cursor
        while start >= 0 and tokens[start].turn == other:
            start -= 1
        if cursor - start > MAX_ACK_TURN:
            return positions
        cursor = start
    if cursor < 0 or tokens[cursor].role != tokens[first].role:
        return positions
    series: list[int] = []
    turn = tokens[cursor].turn
    while cursor >= 0 and tokens[cursor].turn == turn and len(series) < 6:
        token = tokens[cursor]
        if token.norm in _SERIES_WORDS:
            return [*series, *positions] if 0 < len(series) <= 4 else positions
        if series and token.norm in FILLERS and (cursor == 0 or tokens[cursor - 1].turn != turn):
            cursor -= 1  # «ну семь ноль один семь»: a filler opening the series' turn
            break
        if not (_is_letter(token) or token.number is not None) or token.norm in _AND_WORDS:
            return positions
        series.insert(0, cursor)
        cursor -= 1
    if series and (cursor < 0 or tokens[cursor].turn != turn) and _series_asked(tokens, cursor):
        return [*series, *positions]  # «Серию и номер, пожалуйста.» / «23 18.» / ...
    return positions


def _series_asked(tokens: list[Token], last: int) -> bool:
    """The other side's turn ending at ``last`` asks for a document's series («Серию и
    номер, пожалуйста»)."""
    if last < 0:
        return False
    turn = tokens[last].turn
    cursor = last
    while cursor >= 0 and tokens[cursor].turn == turn and last - cursor < 20:
        if tokens[cursor].norm in _SERIES_WORDS:
            return True
        cursor -= 1
    return False


# «код» said just before ten digits that pass the RNOKPP check: the taxpayer's code
_CODE_WORDS = {"код", "коду", "кодом", "кода"}
_CODE_WORD_REACH = 6


def _tax_code_after_code_word(tokens: list[Token], run: NumberRun) -> bool:
    """Ten digits with a valid RNOKPP check digit said within a few words after «код» in
    the same turn (a Ukrainian phone, which starts with 0, is not one)."""
    start = run.positions[0]
    if len(run.digits) != 10 or run.digits[0] == "0" or not checksums.rnokpp(run.digits):
        return False
    return any(tokens[p].turn == tokens[start].turn and tokens[p].norm in _CODE_WORDS
               for p in range(max(0, start - _CODE_WORD_REACH), start))


def _passport_series(token: Token, cues: dict[str, int]) -> bool:
    """Capitals asked for as a passport's ("номер паспорта?" / "КВ 124230"): its series,
    not the flat abbreviation «кв.» that a house number's digits follow."""
    raw = token.raw.strip(_PUNCT)
    return _nearest_kind(cues) == "PASSPORT" \
        and len(raw) >= 2 and raw.isupper()


def _phone_read_back_otherwise(tokens: list[Token], run: NumberRun,
                               seen: dict[str, str]) -> str | None:
    """PHONE when another reading of the run's hundreds («четыреста двадцать пять» as
    400-25) repeats a phone said before, in its national or international form (+7 984 ...
    read back as 8 984 ...): the other speaker reading the phone back."""
    said = [tokens[p].number for p in run.positions if tokens[p].number is not None]
    if len(said) > 12 or not any(n.kind in ("hundreds", "hundred") for n in said):
        return None
    phones = [digits for digits, kind in seen.items() if kind == "PHONE" and len(digits) >= 10]
    for reading in split_readings(said):
        if len(reading) >= 10 and any(reading[-10:] == phone[-10:] for phone in phones):
            return "PHONE"
    return None
