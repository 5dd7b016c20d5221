"""Numbers as said: digit runs joined across fillers and turns, and what a run's shape says
(phone, expiry, date, checksum id, amount, clock time).

Separate from the findings so the run building and classification can be read on their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from speechqa.redact import checksums
from speechqa.redact.lexicon import ACK_WORDS, FILLERS, STREET_WORDS, UNIT_PREFIX
from speechqa.redact.numbers import NumberToken, digits_apart, split_readings, spoken_groups
from speechqa.redact.tokens import (
    _CARD_FIRST_DIGITS,
    _DATE_TOKEN,
    _DATED_WORDS,
    _HOUSE_NUMBER_WORDS,
    _NUMBER_WORDS,
    _PLACE_NUMBER_WORDS,
    _TIME_WORDS,
    CUE_WINDOW,
    MAX_ACK_TURN,
    Finding,
    Token,
    _cue_table,
    _is_cue,
    _is_month,
    _is_ordinal,
    _match_any,
    _phrase_lists,
    _positions,
    _spelled_letter,
)

MAX_BRIDGE = 4  # filler tokens (and turn changes) a number may continue across
# The other side asking for the rest of a number: "and the last four?", "а дальше?".
_REST_WORDS = {"last", "rest", "remaining", "остальные", "оставшиеся", "последние", "решта",
               "останні", "інші", "likusius", "likę", "like", "paskutinius", "paskutiniai"}


@dataclass
class NumberRun:
    positions: list[int]  # token positions holding number tokens
    digits: str
    groups: list[str]
    # the parts of a number said in pieces (see _joined_card_parts): each is masked alone,
    # the interruption or the correction between them stays readable
    parts: tuple[tuple[int, ...], ...] = ()


def run_of(tokens: list[Token], positions: list[int]) -> NumberRun:
    """The number the tokens at ``positions`` say, read into its spoken groups."""
    groups = spoken_groups([tokens[p].number for p in positions if tokens[p].number is not None])
    return NumberRun(positions, "".join(groups), groups)


def _number_runs(tokens: list[Token], dictation: frozenset[int] = frozenset()) -> list[NumberRun]:
    """Maximal spoken numbers, bridging what people say while dictating one: hesitations
    and asides ("э", "секунду", "sorry", "palaukite"), conjunction-like fillers ("так",
    "and": once three number words make it a dictation) and the other speaker's short
    acknowledgement turn ("угу, записываю"). Where a cue has just asked for an identifier
    (``dictation`` positions), any two words that are not cues or units may sit between
    its digits too: callers' asides are an open class."""
    runs: list[NumberRun] = []
    acks = _ack_turns(tokens)
    position = 0
    while position < len(tokens):
        if tokens[position].number is None:
            position += 1
            continue
        positions = [position]
        cursor = position + 1
        while cursor < len(tokens):
            if tokens[cursor].number is not None:
                positions.append(cursor)
                cursor += 1
                continue
            previous = tokens[positions[-1]].number
            gap, words, pauses_only = cursor, 0, True
            while gap < len(tokens):
                token = tokens[gap]
                last = tokens[positions[-1]]
                if token.turn != last.turn and (acks.get(token.turn) == "ack" or (
                        acks.get(token.turn) == "short" and token.role != last.role)):
                    gap += 1  # the agent's "угу, записываю" between two parts
                    continue
                if token.turn != last.turn and token.number is None and _rest_lead(tokens, gap):
                    gap += 1  # "+7 903 798..." / "угу" / "и последние 93 52"
                    continue
                if gap > cursor and token.turn != tokens[gap - 1].turn:
                    # "... 55 — нет, подождите, не то" / "да" / "м-м 317 878": a new breath
                    words = 0
                aside = (gap in dictation and gap - cursor < 3 and _digits_follow(tokens, gap, 2)
                         and token.norm not in _TIME_WORDS and token.norm not in _AMOUNT_WORDS
                         and token.turn == tokens[positions[-1]].turn and _plain_word(tokens, gap)
                         and not _spelled_letter(token)
                         # («карточка 8864..., кот Пушкин, чип 5058...»: a thing's own code
                         # starts a new number)
                         and not _match_any(tokens, gap, _phrase_lists()["item codes"])
                         and not _is_month(tokens, gap))  # («поездка 90284810, 18 августа»)
                if words >= MAX_BRIDGE or token.norm in _DONE_WORDS or not (
                        token.pause or token.norm in FILLERS or not token.norm or aside):
                    break
                pauses_only = pauses_only and (token.pause or not token.norm or aside)
                words += bool(token.norm)  # a dash between the digits is no word
                gap += 1
            # (not into a cue that starts with a number: "... восемь двадцать восемь" / "и
            # три цифры с обратной стороны?")
            if (gap < len(tokens) and gap > cursor and tokens[gap].number is not None
                    and not _is_cue(tokens, gap)
                    and (pauses_only or len(positions) >= 3
                         or _may_bridge(tokens, positions[-1], gap, previous))):
                cursor = gap
                continue
            break
        runs.append(run_of(tokens, positions))
        position = positions[-1] + 1
    return runs


# "That's all": the dictated number ended; digits after it are something else («Всё.
# Сзади 666»)
_DONE_WORDS = {"всё", "все", "усе", "viskas", "done"}


def _rest_lead(tokens: list[Token], position: int) -> bool:
    """``position`` is among the first words of a turn that says the rest of a number
    ("и последние 93 52", "and the last bit 900 461"): at most four words, one of them
    "last"/«последние», then at least two digits."""
    token = tokens[position]
    start = position - token.index
    cursor = start
    while cursor < len(tokens) and tokens[cursor].turn == token.turn \
            and tokens[cursor].number is None and cursor - start < 4:
        cursor += 1
    lead = tokens[start:cursor]
    # ("Last thing, the CVV." asks for another number: a cue in the lead ends the run)
    return (token.index < 4 and any(t.norm in _REST_WORDS for t in lead)
            and not any(_asks_for_another(tokens, p) for p in range(start, cursor))
            and cursor < len(tokens) and tokens[cursor].number is not None
            and _digits_follow(tokens, cursor - 1, 2))


def _asks_for_another(tokens: list[Token], position: int) -> bool:
    """A cue for a card code, expiry or other identifier at ``position`` (not "last",
    «последние», which asks for the rest of the same number)."""
    return any(_match_any(tokens, position, phrases)
               for kind, phrases in _cue_table().items() if kind != "NEG")


def _ack_turns(tokens: list[Token]) -> dict[int, str]:
    """Turns that only acknowledge ("так", "mhm got that", "taip užsirašau": "ack"), or
    are too short to be anything else when the other speaker says them between two parts
    of a number ("uh huh", "sorry what": "short")."""
    words: dict[int, list[int]] = {}
    for position, token in enumerate(tokens):
        words.setdefault(token.turn, []).append(position)
    acks = {}
    for turn, said in words.items():
        plain = [tokens[p] for p in said if tokens[p].number is None]
        if len(said) <= MAX_ACK_TURN and any(t.norm in _REST_WORDS for t in plain) \
                and len(plain) >= len(said) - 1 \
                and not any(_asks_for_another(tokens, p) for p in said) \
                and not any(len(tokens[p].number.digits) > 1 for p in said
                            if tokens[p].number is not None):
            # "and the last four?", "а остальные?": asks for the rest ("Last thing, the
            # CVV." asks for another number; "and the rest is 3251" gives it)
            acks[turn] = "ack"
            continue
        if len(plain) != len(said) or len(said) > 2 * MAX_ACK_TURN:
            continue
        if all(t.norm in ACK_WORDS or t.pause or t.norm in FILLERS or not t.norm
               for t in plain):
            # ("Sorry, hang on, I'm just typing that in... OK, carry on.": long, all ack)
            acks[turn] = "ack"
        elif len(said) > MAX_ACK_TURN:
            continue
        elif len(said) <= 3 and all(_plain_word(tokens, p) and tokens[p].norm not in _NUMBER_WORDS
                                    for p in said):
            acks[turn] = "short"
    return acks


def _digits_follow(tokens: list[Token], position: int, count: int) -> bool:
    """``count`` digits (words or digits) come right after the word(s) at ``position`` in
    its turn ("sorry four two", "номер 612345", not "after six")."""
    cursor = position + 1
    while cursor < len(tokens) and tokens[cursor].number is None and cursor - position < 3:
        cursor += 1
    digits = 0
    while (cursor < len(tokens) and digits < count and tokens[cursor].turn == tokens[position].turn
           and (tokens[cursor].number is not None or (digits and tokens[cursor].pause))):
        number = tokens[cursor].number  # ("шесть, щас, один": hesitations between digits)
        if number is not None:
            digits += len(number.digits) if number.kind == "digits" else 1
        cursor += 1
    return digits >= count


def _plain_word(tokens: list[Token], position: int) -> bool:
    """Not a number, a cue (of any type, "ending in" included) or a unit word."""
    token = tokens[position]
    return (token.number is None and not _is_cue(tokens, position)
            and not _match_any(tokens, position, _phrase_lists()["units"])
            and token.raw.strip()[:1] not in UNIT_PREFIX
            and token.norm not in STREET_WORDS and token.norm not in _HOUSE_NUMBER_WORDS
            and token.norm not in _PLACE_NUMBER_WORDS)


def _may_bridge(tokens: list[Token], last: int, nxt: int, previous: NumberToken | None) -> bool:
    """A conjunction-like filler between digits continues the number only if digits keep
    coming ("two ... and three days" is two quantities)."""
    if previous is not None and previous.kind in ("hundred", "thousand"):
        return True
    following = nxt
    count = 0
    while following < len(tokens) and tokens[following].number is not None:
        count += 1
        following += 1
    return count >= 2 or tokens[nxt].turn != tokens[last].turn


def _clock_time(run: NumberRun) -> bool:
    """An hour then its minutes, said as two groups ("восемь тридцать", "тринадцать ноль
    ноль", "seven fifteen")."""
    if len(run.groups) < 2 or not run.groups[0].isdigit() or int(run.groups[0]) > 23:
        return False
    minutes = "".join(run.groups[1:])
    return len(minutes) == 2 and int(minutes) < 60


def _followed_by_unit(tokens: list[Token], run: NumberRun) -> bool:
    after = run.positions[-1] + 1
    units = _phrase_lists()["units"]
    same_turn = after < len(tokens) and tokens[after].turn == tokens[run.positions[-1]].turn
    # "Повторюю: 2255 4961 4996 5756? Місяць і рік?": a word after the sentence's end is
    # the next question, not the number's unit
    sentence_end = tokens[run.positions[-1]].raw.rstrip()[-1:] in ("?", "!", ".", "…")
    if same_turn and not sentence_end and _match_any(tokens, after, units):
        return True
    first = tokens[run.positions[0]]
    return first.raw.strip()[:1] in UNIT_PREFIX or (
        run.positions[0] > 0 and tokens[run.positions[0] - 1].raw.strip() in UNIT_PREFIX
    )


def _nearest_cue(marks: list[tuple[int, int, str]], start: int) -> dict[str, int]:
    """Distance (tokens) from each cue type's nearest cue before ``start``."""
    distances: dict[str, int] = {}
    for _first, end, kind in marks:
        if end <= start and start - end <= CUE_WINDOW:
            distance = start - end
            if distance < distances.get(kind, 10**6):
                distances[kind] = distance
    return distances


def _nearest_kind(cues: dict[str, int]) -> str | None:
    """The type of the nearest of ``_nearest_cue``'s cues, None when there is none."""
    return min(cues, key=cues.__getitem__) if cues else None


_MONTH_REACH = 12  # words back from a year asked alone to the month said before it


def _year_alone(tokens: list[Token], start: int, last: int) -> bool:
    """The words from ``start`` to ``last`` say one year and nothing else ("2026",
    "twenty twenty six", «две тысячи двадцать шестой») and no month was said just before
    («май» / «а год?» / «две тысячи двадцать девять»): no card's expiry, which always has
    its month."""
    if any(_is_month(tokens, p) for p in range(max(0, start - _MONTH_REACH), start)):
        return False
    said = run_of(tokens, list(range(start, last + 1)))
    year, groups = said.digits, said.groups
    return len(year) == 4 and (len(groups) == 1 or groups[0] == "20") \
        and 2000 <= int(year) < 2100


def _phone_shaped(digits: str, plus: bool) -> bool:
    n = len(digits)
    if plus and 10 <= n <= 13:
        return True
    if n == 11 and digits[0] in "78" and digits[1] == "9":
        return True
    if n == 12 and digits.startswith("380"):
        return True
    if n == 11 and digits.startswith("370"):
        return True
    if n == 9 and digits[0] == "8" and digits[1] == "6":  # Lithuanian mobile 86xxxxxxx
        return True
    if n == 11 and digits.startswith("07"):  # UK mobile
        return True
    return n == 10 and digits.startswith("0") and digits[1] in "5679"  # UA mobile 0XX


def _expiry_shaped(digits: str, after_month_word: bool) -> bool:
    """MMYY or MMYYYY of a card that is valid now or later; a bare year after a month word."""
    def year_ok(year: str) -> bool:
        return 24 <= int(year[-2:]) <= 40 and (len(year) == 2 or year.startswith("20"))
    if after_month_word:
        return len(digits) in (2, 4) and year_ok(digits)
    return len(digits) in (4, 6) and 1 <= int(digits[:2]) <= 12 and year_ok(digits[2:])


def _date_shaped(digits: str) -> bool:
    """ddmmyyyy, yyyymmdd, mmddyyyy, ddmmyy or mmddyy with a plausible day, month, year."""
    def plausible(day: str, month: str, year: str) -> bool:
        return 1 <= int(day) <= 31 and 1 <= int(month) <= 12 and (
            len(year) == 2 or 1900 <= int(year) <= 2030)
    if len(digits) == 8:
        return (plausible(digits[:2], digits[2:4], digits[4:])
                or plausible(digits[6:], digits[4:6], digits[:4])
                or plausible(digits[2:4], digits[:2], digits[4:]))
    if len(digits) == 6:
        return plausible(digits[:2], digits[2:4], digits[4:]) or plausible(
            digits[2:4], digits[:2], digits[4:])
    return False


def _checksum_id(digits: str) -> bool:
    n = len(digits)
    return checksums.luhn_card(digits) or (
        n == 11 and (checksums.snils(digits) or checksums.asmens_kodas(digits))) or (
        n == 12 and checksums.inn(digits))


def _classify_number(digits: str, cues: dict[str, int], plus: bool) -> str | None:
    n = len(digits)
    nearest = _nearest_kind(cues)
    # (payment cards start with 2-6: "07700 9... sorry, 07700 900 123" is a phone)
    luhn_card = checksums.luhn_card(digits) and digits[0] in _CARD_FIRST_DIGITS
    if nearest == "NEG":
        # "the card ending in 1234" hides only those last digits: a whole card number said
        # next ("no, a new one: 4276 ...") is still one
        return "CARD" if luhn_card else None
    # (a card word in the CVV question itself, "the code on the back, or the front for
    # Amex?", does not make the answer a card's digits: 3-4 digits are no card number)
    cvv = "CVV" in cues and 3 <= n <= 4 and cues["CVV"] <= cues.get("CARD", 10**6) + 12
    expiry = "EXPIRY" in cues and 3 <= n <= 6
    if cvv and expiry:  # "card number, expiry and code" asked at once: the nearer prompt,
        # unless the digits are a month and year and too many for a 3-digit code
        if n >= 4 and _expiry_shaped(digits, False):
            return "EXPIRY"
        return "CVV" if cues["CVV"] < cues["EXPIRY"] else "EXPIRY"
    if cvv:
        return "CVV"
    if expiry:
        return "EXPIRY"
    if nearest == "CARD" and n < 12 and not luhn_card and len(cues) > 1:
        # too short for a card: the question before it decides ("серію та номер паспорта?"
        # / "Пластиковий, номер 738614741": a plastic ID card, not a bank card)
        nearest = min((kind for kind in cues if kind != "CARD"), key=lambda kind: cues[kind])
    if nearest == "DOB" and 4 <= n <= 8:
        return "DOB"
    if "DOB" in cues and _date_shaped(digits) and not _checksum_id(digits):
        return "DOB"  # "дату рождения и ИНН": the date comes first
    if luhn_card and nearest not in ("ACCOUNT", "NATIONAL_ID"):
        return "CARD"
    if "PHONE" in cues and _phone_shaped(digits, plus):
        return "PHONE"  # "the phone number linked to the account": the number is a phone
    if nearest == "CARD" and n >= 12:
        return "CARD"
    if nearest == "PHONE" and 5 <= n <= 15:
        return "PHONE"
    if nearest == "PASSPORT" and 6 <= n <= 12:
        return "PASSPORT"
    if nearest == "NATIONAL_ID" and 6 <= n <= 14:
        return "NATIONAL_ID"
    if nearest == "ACCOUNT" and n >= 5:
        return "ACCOUNT"
    if nearest == "ADDRESS" and 4 <= n <= 6:
        return "ADDRESS"  # a postcode
    if n == 11 and not plus and (checksums.snils(digits) or checksums.asmens_kodas(digits)):
        return "NATIONAL_ID"  # (not "+1 415-731-7344": a dialled number is a phone's)
    if n == 12 and checksums.inn(digits) and not digits.startswith("380"):
        return "NATIONAL_ID"
    if _phone_shaped(digits, plus):
        return "PHONE"
    # (not CARD: a card number is 12+ digits; "две карты, на 4211 и на 3877" are two ends)
    if nearest in ("PHONE", "PASSPORT", "NATIONAL_ID") and n >= 7:
        return nearest
    return None


def _checked_split_reading(tokens: list[Token], run: NumberRun, cues: dict[str, int],
                           plus: bool) -> str | None:
    """CARD when one group closed early gives a Luhn-valid card number (a card read as
    four thousands, "...восемьсот, двенадцать..."); CVV when it gives the three digits a
    CVV cue asked for ("ninety five" is 90-5)."""
    said = [tokens[p].number for p in run.positions if tokens[p].number is not None]
    for reading in split_readings(said):
        kind = _classify_number(reading, cues, plus)
        if (kind == "CARD" and 13 <= len(reading) <= 19) or (kind == "CVV" and len(said) <= 3):
            return kind
    return None


def _paused_reading(tokens: list[Token], run: NumberRun) -> str:
    """The run's digits with every pause (an aside, a turn change) closing a group."""
    chunks: list[list[NumberToken]] = []
    for previous, position in zip([None, *run.positions], run.positions, strict=False):
        if previous is None or position != previous + 1:
            chunks.append([])
        number = tokens[position].number
        if number is not None:
            chunks[-1].append(number)
    return "".join("".join(spoken_groups(chunk)) for chunk in chunks)


def _split_card(run: NumberRun) -> int | None:
    """Groups of a too-long run that make a Luhn-valid card, read before other digits."""
    digits = ""
    for count, group in enumerate(run.groups, start=1):
        digits += group
        if checksums.luhn_card(digits) and count < len(run.groups):
            return count
    return None


def _read_back(digits: str, seen: dict[str, str]) -> str | None:
    """The type of an earlier number that this one repeats (an agent reading it back)."""
    if len(digits) < 5:
        return None
    if digits in seen:
        return seen[digits]
    for earlier, kind in seen.items():
        if min(len(earlier), len(digits)) >= 7 and (earlier in digits or digits in earlier):
            return kind
    for earlier, kind in seen.items():
        if len(earlier) == len(digits) >= 12 and digits_apart(earlier, digits) <= 2:
            return kind  # read back with a slip ("I've got 5355 0949 ..." for "... 0959 ...")
    return None


def _outside_dates(tokens: list[Token], runs: list[NumberRun],
                   dates: list[Finding]) -> list[NumberRun]:
    """Runs without the number words of a date said after a birth-date or expiry cue
    ("28 ноября 1995 года, а ИНН ..."): the date is its own entity, and what follows it
    is read as a number of its own."""
    position_of = {(t.turn, t.index): p for p, t in enumerate(tokens)}
    in_date = set()
    for finding in dates:
        cells = _positions(finding.pieces, position_of)
        digits = sum(len(tokens[p].number.digits) if tokens[p].number.kind == "digits" else 1
                     for p in cells if tokens[p].number is not None)
        worded = any(_is_month(tokens, p) or _DATE_TOKEN.match(tokens[p].norm) or (
            tokens[p].number is None and _is_ordinal(tokens[p].norm)) for p in cells)
        # an expiry cue said before the card number ("card, expiry and code?") must not
        # take the card's first digits: digits-only expiry spans stay with the run
        if digits <= 8 and (worded or finding.type == "DOB"):
            in_date.update(cells)
    out = []
    for run in runs:
        if not in_date.intersection(run.positions):
            out.append(run)
            continue
        part: list[int] = []
        for position in [*run.positions, None]:
            if position is None or position in in_date:
                if part:
                    out.append(run_of(tokens, part))
                part = []
            else:
                part.append(position)
    return out


def _day_marker_after(tokens: list[Token], run: NumberRun) -> bool:
    """"iki spalio 28 d.": the Lithuanian day mark makes the number after a month a day."""
    after = run.positions[-1] + 1
    return after < len(tokens) and tokens[after].turn == tokens[run.positions[-1]].turn \
        and tokens[after].norm in {"d", "dienos", "diena"}


# Words that make the number after them an amount: "balance is 12500", «остаток 2500»
_AMOUNT_WORDS = {"balance", "amount", "total", "sum", "owe", "owing", "debt", "баланс", "остаток",
                 "сумма", "сумму", "долг", "задолженность", "залишок", "сума", "суму", "борг",
                 "заборгованість", "likutis", "suma", "sumą", "skola", "įsiskolinimas"}


def _amount_word_before(tokens: list[Token], start: int) -> bool:
    """An amount word among the two words before ``start`` in its turn."""
    return any(tokens[p].norm in _AMOUNT_WORDS and tokens[p].turn == tokens[start].turn
               for p in range(max(0, start - 2), start))


def _said_as_date(tokens: list[Token], run: NumberRun) -> bool:
    """Written days.months.years ("с 01.02.2020 по 31.01.2021"), or numbers with a month
    word among them ("the twenty fifth of august two thousand nineteen"): dates, which no
    identifier is read as."""
    first, last = run.positions[0], run.positions[-1]
    return any(_is_month(tokens, p) for p in range(first, last + 1)) or all(
        _written_date(tokens[p]) for p in run.positions)


def _written_date(token: Token) -> bool:
    """"01.02.2020", "1/2/2020": a day, a month and a year in one written token."""
    parts = re.split(r"[./-]", token.norm)
    return len(parts) == 3 and all(part.isdigit() for part in parts) \
        and _date_shaped("".join(parts))


def _before_its_date(tokens: list[Token], positions: list[int]) -> list[int]:
    """The positions before a date the document bears ("Договор 12/345 от 01.02.2020"):
    the number is the identifier, its date is not."""
    for index, position in enumerate(positions[1:], start=1):
        if tokens[position - 1].norm in _DATED_WORDS and _written_date(tokens[position]):
            return positions[:index]
    return positions


# Free-phone prefixes (Russia and Lithuania 8 800, Ukraine and the UK 0 800 / 0808, North
# America 1 800, 888 ...): a company's hotline, which no caller owns
_TOLL_FREE = ("8800", "7800", "0800", "0808", "380800", "370800", "1800", "1888", "1877",
              "1866", "1855", "1844", "1833")
_NANP_TOLL_FREE = ("800", "888", "877", "866", "855", "844", "833")


def _toll_free(digits: str) -> bool:
    """A free-phone number: a business's line, not a person's."""
    return digits.startswith(_TOLL_FREE) or (len(digits) == 10
                                             and digits.startswith(_NANP_TOLL_FREE))


def _nanp(digits: str) -> bool:
    """A North American number: area code and exchange both start with 2-9."""
    return len(digits) == 10 and digits[0] in "23456789" and digits[3] in "23456789"
