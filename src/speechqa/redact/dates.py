"""Dates of birth and card expiry dates said or written as dates ("12 марта 1985", "07/27"),
with corrections and disputes after them.

Separate because dates mix month words, ordinals and numbers that the number runs leave alone.
"""

from __future__ import annotations

import itertools
import re
from collections import deque

from speechqa.redact.cards import _card_near
from speechqa.redact.lexicon import (
    ACK_WORDS,
    DATE_JOINERS,
    FILLERS,
    UNIT_PREFIX,
    WEAK_CVV_CUES,
    WEAK_EXPIRY_CUES,
)
from speechqa.redact.numbers import digits_apart, spoken_groups
from speechqa.redact.spoken_numbers import _expiry_shaped, _year_alone, run_of
from speechqa.redact.tokens import (
    _AND_WORDS,
    _CORRECTION_WORDS,
    _DATE_TOKEN,
    _RESTART_WORDS,
    _YEAR_WORDS,
    MAX_ACK_TURN,
    Finding,
    Token,
    _compile,
    _is_cue,
    _is_month,
    _is_ordinal,
    _pieces,
    _positions,
    phrase_at,
)

_DATE_TAIL = {"года", "г", "року", "р", "m", "metų", "metu", "metai", "metais", "d", "diena",
              "dienos", "числа"}


def _date_core(tokens: list[Token], position: int) -> bool:
    token = tokens[position]
    return token.number is not None or _is_month(tokens, position) or _is_ordinal(token.norm) \
        or bool(_DATE_TOKEN.match(token.norm))


def _year_said(tokens: list[Token], start: int, stop: int) -> bool:
    """An expiry's year is complete before ``stop`` and what follows "and" starts afresh
    ("... twenty thirty two and one two four", not "two thousand and thirty two")."""
    said = [tokens[p].number for p in range(start, stop) if tokens[p].number is not None]
    nxt = tokens[stop + 1].number if stop + 1 < len(tokens) else None
    if not said or nxt is None or (nxt.kind in ("teen", "tens") and said[-1].kind == "thousand"):
        return False
    groups = spoken_groups(said)
    return any(len(group) == 4 and int(group) > 2000 for group in groups) or (
        _is_month(tokens, start) and len(groups[-1]) == 2) or _expiry_shaped(
        "".join(groups), False)


def _expiry_complete(tokens: list[Token], start: int, last: int, cursor: int) -> bool:
    """The expiry said from ``start`` to ``last`` is a whole month and year, and a comma or
    an aside comes before ``cursor``: what follows is another number (the CVV)."""
    parted = tokens[last].clause_end or any(t.pause for t in tokens[last + 1:cursor])
    if not parted:
        return False
    if any(_DATE_TOKEN.match(tokens[p].norm) for p in range(start, last + 1)):
        return True
    said = [tokens[p].number for p in range(start, last + 1) if tokens[p].number is not None]
    return bool(said) and _expiry_shaped("".join(spoken_groups(said)), _is_month(tokens, start))


def _weak_cue(tokens: list[Token], first: int, end: int, kind: str) -> bool:
    """An expiry or CVV cue that means it only in card talk ("действует до", "код")."""
    phrases = WEAK_EXPIRY_CUES if kind == "EXPIRY" else WEAK_CVV_CUES
    return any(len(words) == end - first and phrase_at(tokens, first, words)
               for words, _ in _compile(phrases))


_CUE_REACH = 8
# How far into the reply a date asked for may start: "oh dear, let me find my glasses here,
# the sixteenth of june ..." answers "date of birth please" after a long aside.
_REPLY_REACH = 16


def _answer_limit(tokens: list[Token], end: int) -> int:
    """Where a birth date asked for must have started: a few words after the cue, or, when the cue
    closes its turn (a question), a little further into the other speaker's reply."""
    limit = end + _CUE_REACH
    reply = end
    while reply < len(tokens) and reply - end <= 3 and tokens[reply].turn == tokens[end - 1].turn:
        reply += 1  # ("date of birth please"): a word or two may close the question
    if 0 < reply < len(tokens) and tokens[reply].turn != tokens[end - 1].turn \
            and tokens[reply].role != tokens[end - 1].role:
        limit = max(limit, reply + _REPLY_REACH)
    return limit


def _date_findings(tokens: list[Token], marks, enabled: set[str]) -> list[Finding]:
    """The date said after a birth-date or expiry cue, in the same or the next turn.

    "действует до", "valid until" name an expiry date only near a card: a membership
    "действует до сентября" is not one."""
    findings = []
    # "expiry and the three digits on the back": the "three" is the other cue's, not a date
    other_cues = {p for first, stop, kind in marks if kind not in ("DOB", "EXPIRY")
                  for p in range(first, stop)}
    # (scan from, kind, what is looked for: a cue's answer, a read-back of a birth date
    # just found or that date said again after a slip, how far the date's first word may be)
    work = deque((end, kind, "answer", _answer_limit(tokens, end) if kind == "DOB"
                  else end + _CUE_REACH) for _first, end, kind in marks)
    while work:
        end, kind, looked_for, limit = work.popleft()
        if kind not in ("DOB", "EXPIRY") or kind not in enabled or end >= len(tokens):
            continue

        cursor = end
        turns_seen = {tokens[end - 1].turn}
        while cursor < len(tokens) and cursor < limit and (
                not _date_core(tokens, cursor) or cursor in other_cues):
            turns_seen.add(tokens[cursor].turn)
            if len(turns_seen) > 3:
                break
            cursor += 1
        if cursor >= len(tokens) or cursor >= limit or not _date_core(tokens, cursor):
            continue
        start = last = cursor
        cores = 1
        has_month = _is_month(tokens, cursor)
        cursor += 1
        while cursor < len(tokens) and tokens[cursor].turn == tokens[start].turn:
            if kind == "EXPIRY" and tokens[cursor].norm in _AND_WORDS and _year_said(
                    tokens, start, cursor):
                break  # "november twenty thirty two and one two four": then the CVV
            if kind == "EXPIRY" and _date_core(tokens, cursor) and _expiry_complete(
                    tokens, start, last, cursor):
                break  # "12.31, 537", "zero eight thirty-one hang on six one three": the CVV
            if _date_core(tokens, cursor):
                last = cursor
                cores += 1
                has_month = has_month or _is_month(tokens, cursor)
            elif kind == "DOB" and tokens[cursor].norm in FILLERS and cursor + 1 < len(tokens) \
                    and tokens[cursor + 1].turn == tokens[cursor].turn \
                    and _date_core(tokens, cursor + 1):
                pass  # «п'ятнадцять ну нуль три ...», "trylika nulis aštuoni nu šimtas ...":
                # a filler between the date's parts is inside it
            elif tokens[cursor].norm not in DATE_JOINERS and tokens[cursor].norm:
                break
            elif tokens[cursor].norm in _DATE_TAIL and cursor == last + 1:
                last = cursor  # "1985 года", "1964 m.", "16 d."
            cursor += 1
        digits = sum(len(tokens[p].number.digits or str(tokens[p].number.value))
                     for p in range(start, last + 1) if tokens[p].number is not None)
        other_cue = any(end <= first < start and other not in (kind, "NEG")
                        for first, _end, other in marks)
        if other_cue and not (has_month or any(
                (tokens[p].number is None and _is_ordinal(tokens[p].norm) and kind == "DOB")
                or _DATE_TOKEN.match(tokens[p].norm)
                for p in range(start, last + 1))):
            # "policy number and date of birth?" / "policy p l seventy four ...": another
            # identifier was asked for in between, so bare numbers are that identifier
            continue
        turn_start = start - tokens[start].index
        if looked_for == "read_back" and (
                not _full_past_date(tokens, start, last) or tokens[start].index > 5
                or any(_is_cue(tokens, p) for p in range(turn_start, start))):
            # after a birth date, "списание 20 января" or "договор от 12.03.2019" is another
            # date: a read-back says the date near its turn's start, with no other cue
            continue
        if looked_for == "corrected" and kind == "DOB" and not (
                has_month or _full_past_date(tokens, start, last)
                or _past_year(tokens, start, last)):
            continue  # "12.03.1980, ой, нет, в 10 удобно": no birth date said again
        if looked_for == "corrected" and kind == "EXPIRY" and not (has_month or _expiry_shaped(
                run_of(tokens, list(range(start, last + 1))).digits.zfill(4), False)):
            continue  # "02/27, ой, нет, в 10 удобно": no expiry said again
        if _money_after(tokens, last):
            continue  # "скидка ко дню рождения была 350 рублей": an amount, not a date
        if kind == "EXPIRY" and not has_month and _year_alone(tokens, start, last):
            continue  # "jabs valid until 2026", «galioja iki 2026 m.»: a card's date has a month
        if kind == "EXPIRY" and last > start and _is_month(tokens, last) and digits <= 2 \
                and not any(tokens[p].norm in _DATE_TAIL or _is_month(tokens, p)
                            or _year_ordinal(tokens[p]) for p in range(start, last)):
            continue  # «знижка діє до сім червня»: a day and its month, no card's month and year
        if looked_for == "disputed" and not (has_month or _day_said(tokens, start, last)):
            continue  # "Нет, в 10 не могу": a time, not the day put right
        if not (has_month or cores >= 2 or digits >= 4 or looked_for == "disputed"):
            # "дата рождения второго участника": an ordinal that is no date; the date may
            # still come within the cue's reach
            work.appendleft((last + 1, kind, looked_for, limit))
            continue
        if start > 0 and tokens[start - 1].norm == "the" \
                and tokens[start - 1].turn == tokens[start].turn:
            start -= 1  # "the twenty fourth of september ..."
        finding = Finding(kind, _pieces(tokens, range(start, last + 1)))
        if finding not in findings:
            findings.append(finding)
        if kind == "EXPIRY" and looked_for == "answer" \
                and (corrected := _correction_after(tokens, last)) is not None:
            # "02/27 — ой, нет, это старая. Новая до февраля 28-го": the new card's date
            work.appendleft((corrected, "EXPIRY", "corrected", corrected + 8))
        if kind == "DOB":
            # the agent reads the birth date back ("Повторяю: 01/02/1948", "so that's
            # two three oh six nineteen eighty five"), or the caller repeats it
            work.append((last + 1, "DOB", "read_back", last + 9))
            if (corrected := _correction_after(tokens, last)) is not None:
                # "22 августа 1957, ой, нет, что я говорю, 22.08.1958": the date said again
                # after a slip is the birth date too
                work.appendleft((corrected, "DOB", "corrected", corrected + 8))
            if looked_for == "read_back" and (disputed := _disputed_after(tokens, last)):
                # "12 марта 1980, верно?" / "Нет, 13-го.": the day the caller puts right
                work.appendleft((disputed, "DOB", "disputed", disputed + 3))
    return findings


def _words_echoed(tokens: list[Token], positions: list[int], echo_start: int) -> list[int] | None:
    """Where the other side's turn says the expiry's own words again within its first
    three words (a month and an ordinal year have no digits to compare)."""
    words = [tokens[p].norm for p in positions]
    for start in range(echo_start, echo_start + 3):
        span = list(range(start, start + len(words)))
        if span[-1] < len(tokens) and tokens[span[-1]].turn == tokens[echo_start].turn \
                and [tokens[p].norm for p in span] == words:
            return span
    return None


def _year_ordinal(token: Token) -> bool:
    """A Lithuanian ordinal in the genitive plural ("dvidešimt devintų", "metų" left out)
    names a year: "iki dvidešimt devintų rugsėjo" is September 2029, not the 29th (a day is
    "devintos", "devintą")."""
    return token.number is None and token.norm.endswith("u") and _is_ordinal(token.norm)


# A card's expiry given relative to now: «до конца следующего года», "end of next year",
# «кінця цього року», "kitų metų pabaigos": the bound of a period, which one, the period.
_PERIOD_BOUNDS = {"конца", "начала", "середины", "кінця", "початку", "середини", "end",
                  "start", "beginning", "middle", "pabaigos", "pradžios", "pradzios", "vidurio"}
_WHICH_PERIOD = {"следующего", "этого", "текущего", "будущего", "наступного", "цього",
                 "поточного", "next", "this", "kitų", "kitu", "šių", "siu", "ateinančių"}
_PERIODS = {"года", "месяца", "року", "місяця", "year", "month", "metų", "metu", "mėnesio",
            "menesio"}


def _relative_period(tokens: list[Token], position: int) -> int:
    """How many words from ``position`` name a period relative to now ("конца следующего
    года", "end of the year", "next year", "kitų metų pabaigos", "metų pabaigos"); 0 if
    none."""
    def norm(offset: int) -> str:
        at = position + offset
        same = at < len(tokens) and tokens[at].turn == tokens[position].turn
        return tokens[at].norm if same else ""
    if norm(0) in _PERIOD_BOUNDS:
        skip = 2 if norm(1) == "of" else 1
        which = 1 if norm(skip) in _WHICH_PERIOD | {"the"} else 0
        return skip + which + 1 if norm(skip + which) in _PERIODS else 0
    if norm(0) in _WHICH_PERIOD and norm(1) in _PERIODS:
        return 3 if norm(2) in _PERIOD_BOUNDS else 2
    return 2 if norm(0) in _PERIODS and norm(1) in _PERIOD_BOUNDS else 0  # "metų pabaigos"


def _relative_expiries(tokens: list[Token], marks) -> list[Finding]:
    """The expiry asked for about a card and answered with a period relative to now, no
    digits («Срок действия карты?» / «До конца следующего года»): it dates the card as
    a month and year would."""
    found = []
    for first, end, kind in marks:
        if kind != "EXPIRY" or not _card_near(tokens, first):
            continue
        for position in range(end, min(len(tokens), end + _CUE_REACH)):
            if tokens[position].turn - tokens[end - 1].turn > 1:
                break
            if length := _relative_period(tokens, position):
                found.append(Finding("EXPIRY", _pieces(tokens, range(position,
                                                                     position + length))))
                break
    return found


def _day_said(tokens: list[Token], start: int, last: int) -> bool:
    """A day said as one ("тринадцатого", "13-го", "the thirteenth", "13.03")."""
    return any((tokens[p].number is None and _is_ordinal(tokens[p].norm))
               or _DATE_TOKEN.match(tokens[p].norm) or re.match(r"^\d{1,2}-?[a-zа-яіїє]{1,3}$",
                                                                  tokens[p].norm)
               for p in range(start, last + 1))


def _disputed_after(tokens: list[Token], last: int) -> int | None:
    """Just after the "нет", "no", "ne" that opens the other speaker's next turn, when a
    read-back ends at ``last``: the date the caller says there corrects it."""
    cursor = last + 1
    while cursor < len(tokens) and tokens[cursor].turn == tokens[last].turn:
        cursor += 1
    if cursor >= len(tokens) or tokens[cursor].role == tokens[last].role:
        return None
    turn = tokens[cursor].turn
    for position in range(cursor, min(len(tokens), cursor + 2)):
        if tokens[position].turn == turn and tokens[position].norm in _CORRECTION_WORDS:
            return position + 1
    return None


# Thanks between a birth date and its correction: «Спасибо.» / «Ой, нет, ...»
_THANKS = {"спасибо", "дякую", "thanks", "thank", "you", "ačiū", "aciu", "записала", "записал",
           "записав", "užsirašiau", "uzsirasiau", "noted", "cheers"}

_CURRENCY_STEMS = ("руб", "рубл", "грн", "гривн", "гривен", "долар", "доллар", "евро", "євро",
                   "eur", "euro", "pound", "dollar", "usd", "cent", "pence", "копе", "копій")


def _money_after(tokens: list[Token], last: int) -> bool:
    """A currency word right after the number: an amount, whatever cue came before."""
    after = last + 1
    return after < len(tokens) and tokens[after].turn == tokens[last].turn and (
        tokens[after].norm.startswith(_CURRENCY_STEMS) or tokens[after].norm in UNIT_PREFIX)


def _correction_after(tokens: list[Token], last: int) -> int | None:
    """Where the speaker starts again after correcting what ended at ``last`` ("... ой,
    нет, что я говорю, ...", "no sorry that's wrong", "ne atsiprašau"): just after the last
    correction word within six of the speaker's words, in this turn or the same speaker's
    next one (the other side's "спасибо", "записала" between). None when no correction
    follows."""
    speaker, said, corrected = tokens[last].role, 0, None
    cursor = last + 1
    while cursor < len(tokens) and said < 6:
        token = tokens[cursor]
        if token.role != speaker:
            other = [t for t in tokens[cursor:cursor + MAX_ACK_TURN + 1] if t.turn == token.turn]
            if len(other) > MAX_ACK_TURN or corrected is not None or not all(
                    t.norm in ACK_WORDS or t.norm in FILLERS or t.norm in _THANKS
                    for t in other):
                break  # (a question between, "Удобно завтра в 10?", is answered, not corrected)
            cursor += len(other)
            continue
        if token.number is not None:
            break
        if token.norm in _CORRECTION_WORDS or token.norm in _RESTART_WORDS:
            corrected = cursor + 1
        said += 1
        cursor += 1
    return corrected


def _past_year(tokens: list[Token], start: int, last: int) -> bool:
    """A year of birth alone ("ой, нет, 1981-го", «ні, вісімдесят першого року»): what a
    corrected birth date may say."""
    said = [tokens[p].number for p in range(start, last + 1) if tokens[p].number is not None]
    groups = spoken_groups(said) if said else []
    named = [tokens[p] for p in range(start, last + 1) if tokens[p].norm]
    ordinal_year = len(named) >= 2 and named[-2].number is not None \
        and named[-2].number.kind == "tens" and named[-1].number is None \
        and _is_ordinal(named[-1].norm)  # «ой, семьдесят шестого»
    return ordinal_year or any(len(group) == 4 and 1900 <= int(group) < 2020
                               for group in groups) or (
        len(groups) == 1 and len(groups[0]) == 2 and int(groups[0]) >= 20  # (not "2 года")
        and any(tokens[p].norm in _YEAR_WORDS for p in range(start, last + 1)))


def _full_past_date(tokens: list[Token], start: int, last: int) -> bool:
    """Day, month and a year of birth (not this decade's): what a read-back of a birth
    date says, unlike a payment or callback date after it."""
    span = range(start, last + 1)
    if any(_DATE_TOKEN.match(tokens[p].norm) and len(re.split(r"[./-]", tokens[p].norm)) == 3
           for p in span):  # "01/02/1948", "1982.09.12"
        numbers = re.findall(r"\d+", " ".join(tokens[p].norm for p in span))
        return not any(len(n) == 4 and int(n) >= 2020 for n in numbers)
    said = [tokens[p].number for p in span if tokens[p].number is not None]
    groups = spoken_groups(said) if said else []
    if any(len(g) == 4 and int(g) >= 2020 for g in groups):
        return False  # "Списание 12 июня 2027 года"
    year = any(len(g) == 4 and 1900 <= int(g) < 2020 for g in groups) or any(
        a == "19" and len(b) == 2 for a, b in itertools.pairwise(groups)) or any(
        tokens[p].norm in _YEAR_WORDS for p in span)  # "... dvyliktų metų", "... года"
    numbered = [tokens[p] for p in span if tokens[p].norm]
    if len(numbered) >= 2:
        last, before = numbered[-1], numbered[-2]
        # a two-digit year said as an ordinal ("... семьдесят седьмого", "... вісімдесят
        # п'ятого") or after a month ("May 85")
        year = year or (before.number is not None and before.number.kind == "tens"
                        and last.number is None and _is_ordinal(last.norm)) or (
            any(_is_month(tokens, p) for p in span) and last.number is not None
            and len(groups) == 1 and len(groups[0]) == 2)  # (not a time: "11 15")
    cores = sum(_date_core(tokens, p) for p in span)
    return year and cores >= 3


def _expiry_read_backs(tokens: list[Token], findings: list[Finding]) -> list[Finding]:
    """The other side reading an expiry back at the start of its next turn ("до девять
    двадцать шесть" / "ноль девять двадцать шесть, хорошо"; "12/29" / "twenty nine, fine"):
    the same month and year, with or without the month's zero, a digit misheard, or its year
    alone, is that expiry again; and so is the first speaker's "no, oh seven thirty one"
    that puts a misheard read-back right. (Only the turn's first number, within its first
    three words.)"""
    position_of = {(t.turn, t.index): p for p, t in enumerate(tokens)}
    found: list[Finding] = []
    queue = [finding for finding in findings if finding.type == "EXPIRY"]
    while queue:
        finding = queue.pop(0)
        positions = _positions(finding.pieces, position_of)
        said = "".join(spoken_groups([tokens[p].number for p in positions
                                      if tokens[p].number is not None]))
        last = positions[-1]
        echo_start = next((p for p in range(last + 1, min(len(tokens), last + 6))
                           if tokens[p].turn != tokens[last].turn), None)
        if echo_start is None or tokens[echo_start].turn != tokens[last].turn + 1 \
                or tokens[echo_start].role == tokens[last].role:
            continue
        if len(said) < 3:
            # «апрель двадцать восьмого» / «повторяю: апрель двадцать восьмого и код?»: no
            # digits to compare, the words are said again
            if (words := _words_echoed(tokens, positions, echo_start)) is not None:
                found.append(Finding("EXPIRY", _pieces(tokens, words)))
            continue
        first = next((p for p in range(echo_start, echo_start + 3) if p < len(tokens)
                      and tokens[p].turn == tokens[echo_start].turn
                      and tokens[p].number is not None), None)
        if first is None:
            continue
        echo = [first]
        while echo[-1] + 1 < len(tokens) and tokens[echo[-1] + 1].number is not None \
                and tokens[echo[-1] + 1].turn == tokens[first].turn:
            echo.append(echo[-1] + 1)
        digits = "".join(spoken_groups([tokens[p].number for p in echo]))
        misheard = len(digits) == len(said) and digits_apart(digits, said) == 1
        if digits.lstrip("0") == said.lstrip("0") or digits == said[-2:] or misheard:
            found.append(Finding("EXPIRY", _pieces(tokens, echo)))
            queue.append(found[-1])
    return found
