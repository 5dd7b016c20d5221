"""Card numbers dictated in pieces: parts joined across turns, read-backs and restarts,
grouped readings, and splitting a run that holds a card and its expiry or code.

The largest number family, kept apart from the single-run classification it builds on.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable

from rapidfuzz.distance import Levenshtein

from speechqa.redact import checksums
from speechqa.redact.lexicon import ACK_WORDS, FILLERS, PAUSE_WORDS
from speechqa.redact.numbers import digits_apart, spoken_groups
from speechqa.redact.spoken_numbers import (
    NumberRun,
    _expiry_shaped,
    _followed_by_unit,
    _nearest_cue,
    _nearest_kind,
    _paused_reading,
    run_of,
)
from speechqa.redact.tokens import (
    _AND_WORDS,
    _CARD_FIRST_DIGITS,
    _CORRECTION_WORDS,
    _PLUS_WORDS,
    _RESTART_WORDS,
    _WEAK_PERSON_CUES,
    CARD_TALK,
    MAX_ACK_TURN,
    Finding,
    Token,
    _cue_table,
    _is_cue,
    _is_month,
    _match_any,
    _names_an_item,
    _phrase_lists,
    _pieces,
)


def _opens_an_answer(tokens: list[Token], position: int, sentence: bool = False) -> bool:
    """Only fillers ("ну", "so", "it's") or a cue stand before ``position`` in its turn (or,
    with ``sentence``, in its sentence: "Hello, this is Marcus Bell. It's 541783."): the
    number answers the question, unlike "Room 305" or "я заплатил 350"."""
    start = position - tokens[position].index
    if sentence:
        start = max([start, *(p + 1 for p in range(start, position) if tokens[p].clause_end
                              and tokens[p].raw.rstrip()[-1:] in ".!?…")])
    return all(t.norm in FILLERS or t.norm in PAUSE_WORDS or t.norm in ACK_WORDS
               or t.norm in _WEAK_PERSON_CUES or t.norm in _DICTATION_WORDS
               or _is_cue(tokens, p) or not t.norm
               for p, t in enumerate(tokens[start:position], start=start))


# Words that tell the other side to take a number down: «Записывайте, 8 (926)...», "ready?"
_DICTATION_WORDS = {"записывайте", "пишите", "записуйте", "пишіть", "užsirašykite",
                    "rašykite", "užsirašykit", "rašykit", "ready", "write"}


# Words with which a caller gives up a number half said: a correction, a restart, "that's
# my old one" or "that's another card"
_ABANDON_WORDS = _CORRECTION_WORDS | _RESTART_WORDS | {
    "old", "wrong", "старый", "старая", "старий", "стара", "senas", "sena", "neteisingai",
    "неправильно", "невірно", "другая", "другой", "другую", "інша", "інший", "іншу", "other",
    "another", "kita", "kitas", "kitą", "kito"}
# The start of a number given up before the whole one is said: at most this many words away
_ABANDON_REACH = 14


def _broken_off_starts(tokens: list[Token], unread: list[NumberRun],
                       said: list[tuple[int, int, str]], kind: str) -> list[Finding]:
    """A number begun and given up just before the same speaker says a whole card or phone
    number ("89938, ой, это старый, сейчас... вот: +7 910 ...", "376531, no sorry, wrong
    card, start again: 4543 ..."), or begun again from its start after the line broke up:
    its digits are that type's too, though they were never finished. Three digits or more
    (four for a card), fewer than the whole number's."""
    found = []
    shortest = 4 if kind == "CARD" else 3
    wholes = sorted((first, digits) for first, _last, digits in said)
    starts = [first for first, _digits in wholes]
    for run in unread:
        end = run.positions[-1]
        nearest = bisect.bisect_right(starts, end)  # (a binary search: linear overall)
        whole = wholes[nearest] if nearest < len(wholes) else None
        if whole is None or whole[0] - end > _ABANDON_REACH \
                or not shortest <= len(run.digits) < len(whole[1]):
            continue
        between = tokens[end + 1:whole[0]]
        speaker = tokens[end].role
        other = [t for t in between if t.role != speaker]
        restarted = whole[1].startswith(run.digits)  # "8 916... алло? 8 916 423 15 67"
        abandoned = any(t.norm in _ABANDON_WORDS for t in between if t.role == speaker)
        # ("Так, пишите: 3482... ой, нет, сбилась, 348969026028099": given up, and the same
        # first digits tie the start to the number however the turn began; "Room 305." /
        # "Sorry?" / "My mobile is 305 ..." gave nothing up)
        if not (_opens_an_answer(tokens, run.positions[0])
                or (abandoned and run.digits[:3] == whole[1][:3])):
            continue
        if any(t.number is not None for t in between) or not (restarted or abandoned) \
                or len(other) > MAX_ACK_TURN or len({t.turn for t in other}) > 1:
            # (not "350, нет, 360 рублей. Мой номер ...": an amount corrected; the other
            # side's "Да?" or "Алло? Вас не слышно." may come between)
            continue
        positions = run.positions
        start = positions[0]
        if start > 0 and tokens[start - 1].norm in _PLUS_WORDS:
            positions = [start - 1, *positions]  # "plus four four seven, oh, that's my old one"
        found.append(Finding(kind, _pieces(tokens, positions)))
    return found


# Words after a card's first groups to the caller's "ой, нет, это кредитная" that gives it up
_GIVEN_UP_REACH = 6


def _given_up_cards(tokens: list[Token], unread: list[NumberRun],
                    marks: list[tuple[int, int, str]]) -> list[Finding]:
    """A card number begun in answer to the card question and given up in the same breath
    («5503 2223 — ой, нет, стоп, это кредитная. Давайте другую.», "4411 2093, sorry, wrong
    card"): its digits are a card's though the caller moved to another card before
    finishing it, whatever came after. Four to twelve digits in one turn, the card cue
    the nearest, an abandoning word within six words after them in that turn."""
    found = []
    for run in unread:
        start, end = run.positions[0], run.positions[-1]
        if not 4 <= len(run.digits) <= 12 or _nearest_kind(_nearest_cue(marks, start)) \
                != "CARD" or tokens[start].turn != tokens[end].turn \
                or not _opens_an_answer(tokens, start):
            continue
        after = tokens[end + 1:end + 1 + _GIVEN_UP_REACH]
        if any(t.norm in _ABANDON_WORDS for t in after if t.turn == tokens[end].turn):
            found.append(Finding("CARD", _pieces(tokens, run.positions)))
    return found


def _halves_across_an_aside(tokens: list[Token],
                            said_runs: list[tuple[NumberRun, str | None]],
                            marks: list[tuple[int, int, str]]) -> list[Finding]:
    """A card's two halves in one turn of the caller with other numbers between them (the
    radio behind: «4322 7912 [радио: плюс 4, ветер 6 м/с] — 2640 0023»): after the card
    question, two stretches whose digits joined pass the card's Luhn check are the card,
    though the second alone reads as a phone number."""
    found = []
    for index, (first, first_kind) in enumerate(said_runs):
        if first_kind not in (None, "CARD", "PHONE"):
            continue
        head = _turn_chunks(tokens, first)[-1]
        if _nearest_kind(_nearest_cue(marks, first.positions[0])) != "CARD":
            continue
        if not 4 <= len(head.digits) <= 12 or head.digits[0] not in _CARD_FIRST_DIGITS:
            continue
        for second, second_kind in said_runs[index + 1:index + 4]:
            chunk = _turn_chunks(tokens, second)[0]
            if second_kind not in (None, "PHONE") \
                    or tokens[chunk.positions[0]].turn != tokens[head.positions[-1]].turn:
                continue
            # the shortest end of it that completes the card: the aside's own numbers
            # ("ветер 5 метров — 6451 2979") may run into the second half
            tails = (run_of(tokens, chunk.positions[cut:])
                     for cut in range(len(chunk.positions) - 1, -1, -1))
            tail = next((tail for tail in tails if 4 <= len(tail.digits) <= 12
                         and checksums.luhn_card(head.digits + tail.digits)
                         and not _date_between(tokens, head.positions[-1], tail.positions[0])),
                        None)
            if tail is not None:
                found.append(Finding("CARD", _pieces(tokens, head.positions)
                                     + _pieces(tokens, tail.positions)))
                break
    return found


# Stems of what the other side says when a card came out a group short or cut: "repeat the
# third group", «у меня 15 цифр», "you cut out, from where you stopped", «з місця, де
# зупинилися», "nuo kur sustojote"
_GROUP_QUERY_STEMS = ("групп", "груп", "group", "grup", "цифр", "digit", "skaitmen",
                      "stopped", "остановил", "зупинил", "sustoj", "cut out", "обрыв", "обрив")


def _groups_asked_again(tokens: list[Token], unread: list[NumberRun], card_turns: set[int],
                        marks: list[tuple[int, int, str]]) -> list[Finding]:
    """The group a caller gives when the other side, in the turn just after the card, said
    it came out short or cut ("I've only got 15 digits, repeat the third group?" / "oh,
    I skipped one: 6853"): a card's part said over, two to eight digits, in the caller's
    next turn. The question must ask for nothing else (no expiry or code cue)."""
    found = []
    for run in unread:
        turn = tokens[run.positions[0]].turn
        if not 2 <= len(run.digits) <= 8 or turn - 2 not in card_turns \
                or tokens[run.positions[-1]].turn != turn:
            continue
        turn_start = run.positions[0] - tokens[run.positions[0]].index
        asked = []
        for token in reversed(tokens[:turn_start]):  # the turn before, read back to front
            if token.turn != turn - 1:
                break
            asked.insert(0, token)
        if not asked or asked[0].role == tokens[run.positions[0]].role:
            continue
        said_in_question = " ".join(t.norm for t in asked)
        if any(stem in said_in_question for stem in _GROUP_QUERY_STEMS) and not any(
                tokens[first].turn == turn - 1 and kind not in ("CARD", "NEG")
                for first, _end, kind in marks):
            found.append(Finding("CARD", _pieces(tokens, run.positions)))
    return found


# How far apart (tokens) two parts of one card number may be said: an interruption ("Лиза,
# выключи телевизор!"), the other speaker's "take your time" or a self-correction between them
_CARD_PART_GAP = 24
# turns a card's parts may lie apart: the caller's aside and the agent's answer between them
# («5115 7570.» / «Ой, а комісію візьмете?» / «Комісії немає, продовжуйте.» / «... 7814 2383.»)
_CARD_PART_TURNS = 4


def _card_cue_before(tokens: list[Token], marks: list[tuple[int, int, str]], start: int) -> bool:
    """A card question or cue before ``start`` (within card talk) and no other type's cue
    nearer to it: the digits after it are being read as a card."""
    nearest = min(((start - end, kind) for _first, end, kind in marks
                   if end <= start and start - end <= CARD_TALK // 2), default=None)
    return nearest is not None and nearest[1] == "CARD"


def _decoy_part(tokens: list[Token], run: NumberRun, marks: list[tuple[int, int, str]]) -> bool:
    """A number that is no part of a card said in pieces, though a card was asked for: an
    amount ("2750 рублей", or one the other side repeats with its unit), or one its speaker
    has just named another record's or the card's last digits ("Номер заказа 47060056",
    "the card ending in 2746")."""
    start = run.positions[0]
    return _followed_by_unit(tokens, run) or _echoed_amount(tokens, run.positions) or any(
        kind == "NEG" and 0 <= start - end <= 3 and tokens[end - 1].turn == tokens[start].turn
        for _first, end, kind in marks)


def _echoed_amount(tokens: list[Token], positions: list[int]) -> bool:
    """The other side's next turn says these digits again with a unit (the caller asks
    «а спишут точно 960?» mid-card, the agent answers «да, 960 рублей ровно»): an amount
    asked about, not digits of the card."""
    speaker, turn = tokens[positions[-1]].role, tokens[positions[-1]].turn
    answer = [p for p in range(positions[-1] + 1, len(tokens)) if tokens[p].turn == turn + 1]
    if not answer or tokens[answer[0]].role == speaker:
        return False
    said = [p for p in answer if tokens[p].number is not None]
    units = _phrase_lists()["units"]
    return bool(said) and run_of(tokens, said).digits == run_of(tokens, positions).digits \
        and any(_match_any(tokens, p, units) for p in answer if p > said[-1])


def _amount_cut(tokens: list[Token], run: NumberRun) -> tuple[NumberRun, list[int]] | None:
    """The run before an amount its speaker asks about and the other side echoes with its
    unit ("2720 3539 and it's definitely two thousand three hundred and fifty" / "yes, 2350
    pounds exactly"), and the positions said after that echo; None when there is no such
    amount."""
    positions = run.positions
    for gap, (a, b) in enumerate(itertools.pairwise(positions), start=1):
        if b == a + 1 or tokens[a].turn != tokens[b].turn:
            continue
        amount = [p for p in positions[gap:] if tokens[p].turn == tokens[b].turn]
        if _echoed_amount(tokens, amount):
            return run_of(tokens, positions[:gap]), [
                p for p in positions[gap:] if tokens[p].turn > tokens[b].turn + 1]
    return None


def _part_readings(tokens: list[Token], run: NumberRun) -> list[str]:
    return list(dict.fromkeys([run.digits, _paused_reading(tokens, run)]))


def _joined_card_parts(tokens: list[Token], runs: list[NumberRun],
                       marks: list[tuple[int, int, str]]) -> list[NumberRun]:
    """One card number said in two or three parts by the same speaker, with an interruption,
    the other speaker's "не торопитесь" or a self-correction ("ой, нет, сбилась, вот
    отсюда заново") between them: joined when together they make a Luhn-valid 13-19 digit
    number (also read as restarted a few digits back, after a correction) and none of the
    parts is a card on its own (a number said again whole after a false start stays the
    card, and its false start a fragment of it). Without a card cue before it the joined
    number must look like a card (a card's first digit, and 16 digits or a first part
    broken off or interrupted), so that a phone and a date said one after the other are not
    taken for one; after a card question, a short first part and the rest make 13-19
    digits even when a slip breaks the checksum."""
    out: list[NumberRun] = []
    index = 0
    while index < len(runs):
        joined = None
        first = runs[index]
        cued = _card_cue_before(tokens, marks, first.positions[0])
        skipped: list[NumberRun] = []
        for count, parts in [(2, runs[index:index + 2]), (3, runs[index:index + 3]),
                             *_parts_past_other_speaker(tokens, runs, index)]:
            if len(parts) < count or not _card_parts_fit(tokens, parts, marks):
                continue
            for readings in itertools.product(*(_part_readings(tokens, p) for p in parts)):
                candidates = ["".join(readings)]
                if count == 2 and _corrected_between(tokens, *parts):
                    candidates += _restarted(*readings)
                digits = next((c for c in candidates if checksums.luhn_card(c)
                               and (cued or _card_shaped(tokens, parts, c))), None)
                if digits is None and cued and 13 <= len(candidates[0]) <= 19 \
                        and len(first.digits) < 12:
                    digits = candidates[0]  # asked for the card, broken off: a slip in a digit
                if digits is not None and digits[0] in _CARD_FIRST_DIGITS:
                    # (a phone restarted, "07700 9... sorry, 07700 900 123", is no card
                    # however its digits add up)
                    joined = NumberRun([p for part in parts for p in part.positions], digits,
                                       [g for part in parts for g in part.groups],
                                       tuple(tuple(part.positions) for part in parts))
                    taken = set(joined.positions)
                    skipped = [chunk for r in runs[index:] if r not in parts
                               and r.positions[0] <= joined.positions[-1]
                               for chunk in ([r] if not taken & set(r.positions) else
                                             _turn_chunks(tokens, r))
                               if not taken & set(chunk.positions)]
                    break
            if joined is not None:
                break
        if joined is None:
            out.append(first)
            index += 1
            continue
        out += [joined, *skipped]
        index += len([r for r in runs[index:] if r.positions[0] <= joined.positions[-1]])
    return out


def _parts_past_other_speaker(tokens: list[Token], runs: list[NumberRun],
                              index: int) -> list[tuple[int, list[NumberRun]]]:
    """The speaker's next one or two numbers past the other side's own numbers ("4349-8471-
    6229." / "Номер вашего заказа 7177824. Дальше?" / "1."): the agent's order number or
    amount said between them does not end the dictation. Empty when nothing was skipped."""
    speaker = tokens[runs[index].positions[0]].role
    parts, skipped = [runs[index]], False
    for run in runs[index + 1:]:
        roles = {tokens[p].role for p in run.positions}
        if speaker not in roles:
            skipped = True
            continue
        if roles != {speaker}:
            chunks = _turn_chunks(tokens, run)
            if not skipped or len(chunks) != 2 or tokens[chunks[0].positions[0]].role == speaker:
                break
            # "... we open at sixteen" / "zero ninety eight ...": the other side's last number
            # ran into the speaker's next part
            run = chunks[1]
        parts.append(run)
        if len(parts) == 3:
            break
    if not skipped:
        return []
    return [(count, parts[:count]) for count in (2, 3) if len(parts) >= count]


def _turn_chunks(tokens: list[Token], run: NumberRun) -> list[NumberRun]:
    """The run's numbers cut at every change of turn."""
    chunks: list[list[int]] = []
    for previous, position in zip([None, *run.positions], run.positions, strict=False):
        if previous is None or tokens[previous].turn != tokens[position].turn:
            chunks.append([])
        chunks[-1].append(position)
    return [run_of(tokens, chunk) for chunk in chunks]


def _whole_card_turn(tokens: list[Token], run: NumberRun) -> list[NumberRun]:
    """The run cut around one turn's numbers that are a whole card on their own (13-19
    Luhn-valid digits) when the run as a whole is no card and the other speaker's numbers
    next to it are another number: a phone given just before and the agent's read-back of
    the card ("+44 7584 ..." / "So 3796 3759 ...") ran together over a "so", and a phone
    that swallows a card's digits hides the card. (A card, the agent's garbled read-back
    and the caller's correction all start alike: one card said three times.)"""
    if run.parts or checksums.luhn_card(run.digits):
        return []
    chunks = _turn_chunks(tokens, run)
    roles = [tokens[chunk.positions[0]].role for chunk in chunks]
    for index, chunk in enumerate(chunks):
        neighbours = [i for i in (index - 1, index + 1) if 0 <= i < len(chunks)]
        if len(chunks) > 1 and 13 <= len(chunk.digits) <= 19 \
                and chunk.digits[0] in _CARD_FIRST_DIGITS and checksums.luhn(chunk.digits) \
                and any(roles[i] != roles[index] for i in neighbours) \
                and not any(other.digits[:4] == chunk.digits[:4] for other in chunks
                            if other is not chunk):
            pieces = [chunks[:index], [chunk], chunks[index + 1:]]
            out = []
            for piece in pieces:
                if piece:
                    out.append(run_of(tokens, [p for part in piece for p in part.positions]))
            return out
    return []


def _without_repeats(run: NumberRun) -> str:
    """The run's digits with every stretch of four digits or more said twice in a row
    counted once: a caller relaying what someone beside them reads ("he says 2315 8825 …
    yeah, 2315 8825 then ..."), or confirming each part, says each part twice."""
    bounds = list(itertools.accumulate((len(g) for g in run.groups), initial=0))
    digits, kept, start = run.digits, "", 0
    while start < len(digits):
        step = next((end - start for end in reversed(bounds) if end - start >= 4
                     and digits[end:2 * end - start] == digits[start:end]
                     and 2 * end - start in bounds), None)
        if step is None:
            nxt = min(b for b in bounds if b > start)
            kept += digits[start:nxt]
            start = nxt
        else:
            kept += digits[start:start + step]
            start += 2 * step
    return kept


def _restart_turn(tokens: list[Token], run: NumberRun) -> list[NumberRun]:
    """The run cut where the speaker, asked to say it again ("Перепрошую, ще раз?", "sorry,
    say again?"), starts the number over: a turn's digits that begin with the digits of
    the same speaker's turn just before are that number restarted, not its continuation
    ("75388..." / "say again?" / "75388 63801")."""
    if run.parts:
        return []
    chunks = _turn_chunks(tokens, run)
    for index in range(1, len(chunks)):
        before, after = chunks[index - 1], chunks[index]
        if _restarts(tokens, before, after):
            cut = [p for chunk in chunks[:index] for p in chunk.positions]
            rest = [p for chunk in chunks[index:] for p in chunk.positions]
            return [run_of(tokens, cut), run_of(tokens, rest)]
    return []


def _restarts(tokens: list[Token], before: NumberRun, after: NumberRun) -> bool:
    return (tokens[before.positions[0]].role == tokens[after.positions[0]].role
            and len(before.digits) >= 3 and len(after.digits) > len(before.digits)
            and after.digits.startswith(before.digits))


def _echoes(tokens: list[Token], said: NumberRun, echo: NumberRun) -> bool:
    """``echo`` is the other speaker repeating ``said`` in the next turn ("две тысячи
    двести два" / "двадцать два ноль два, так", "5358, next four"): the same digits, read
    either way, before any other word."""
    lead = _lead(tokens, echo)
    return (len(said.digits) >= 2 and tokens[echo.positions[0]].role
            != tokens[said.positions[0]].role
            and tokens[echo.positions[0]].turn == tokens[said.positions[-1]].turn + 1
            and bool(set(_part_readings(tokens, said)) & set(_part_readings(tokens, lead))))


def _lead(tokens: list[Token], run: NumberRun) -> NumberRun:
    """The run's numbers up to the first word between them ("5358" of "5358, next four")."""
    cut = next((i for i, (a, b) in enumerate(itertools.pairwise(run.positions), start=1)
                if b != a + 1), len(run.positions))
    if cut == len(run.positions):
        return run
    return run_of(tokens, run.positions[:cut])


def _echo_split(tokens: list[Token], runs: list[NumberRun]) -> list[tuple[NumberRun, int]]:
    """Runs cut into their turns where the other speaker echoes a group just said (a card
    read four digits at a time, each read back) or asks for the next one by its size
    ("Следующие четыре?"), each piece with the index of its run: the two speakers' numbers
    may be two readings of one number, or a count, not one long number."""
    out = []
    for index, run in enumerate(runs):
        chunks = _turn_chunks(tokens, run)
        if any(_echoes(tokens, a, b) or _count_asked(tokens, a, b)
               or _count_asked(tokens, b, a) for a, b in itertools.pairwise(chunks)):
            out += [(chunk, index) for chunk in chunks]
        else:
            out.append((run, index))
    return out


def _next_group(tokens: list[Token], last: NumberRun, nxt: NumberRun,
                marks: list[tuple[int, int, str]]) -> bool:
    """``nxt`` is the same speaker's next group of a number dictated in groups: in the
    same turn or the next but one, with only the other side's short turn ("ага, и", "да,
    дальше", an echo of the group) and no other type's question between."""
    end, start = last.positions[-1], nxt.positions[0]
    speaker = tokens[end].role
    if tokens[start].role != speaker or tokens[start].turn - tokens[end].turn > 2 \
            or any(tokens[p].role != speaker for p in nxt.positions) \
            or (tokens[start].turn != tokens[end].turn and _restarts(tokens, last, nxt)):
        return False  # (a number said over from its start is no next group)
    other = [t for t in tokens[end + 1:start] if t.role != speaker and t.number is None]
    return len(other) <= MAX_ACK_TURN and not any(
        end < stop <= start and kind not in ("CARD", "NEG") for _f, stop, kind in marks)


def _count_asked(tokens: list[Token], last: NumberRun, piece: NumberRun) -> bool:
    """``piece`` is the other side asking for the next group by its size in the turn just
    before or after ``last`` ("Следующие четыре?", "and the next four", after an echo of
    the group): one number word in a turn of few other words, no digits of the number."""
    turn = tokens[piece.positions[0]].turn
    start = piece.positions[0] - tokens[piece.positions[0]].index
    words = [t for t in tokens[start:start + 3 * MAX_ACK_TURN] if t.turn == turn
             and t.number is None]
    return (tokens[piece.positions[0]].role != tokens[last.positions[0]].role
            and abs(turn - tokens[last.positions[-1]].turn) == 1 and len(piece.positions) == 1
            and len(piece.digits) == 1 and len(words) <= MAX_ACK_TURN)


def _as_card(tokens: list[Token], groups: list[NumberRun], cued: bool) -> NumberRun | None:
    """The groups as one card number, each group masked alone: 13-19 digits that pass the
    Luhn check (or, after a card question, three groups or more of that length)."""
    digits = "".join(group.digits for group in groups)
    if not (13 <= len(digits) <= 19 and digits[0] in _CARD_FIRST_DIGITS
            and (checksums.luhn(digits) or (cued and len(groups) >= 3))):
        return None
    return NumberRun([p for group in groups for p in group.positions], digits,
                     [g for group in groups for g in group.groups],
                     tuple(tuple(group.positions) for group in groups))


def _grouped_card(tokens: list[Token], runs: list[NumberRun],
                  marks: list[tuple[int, int, str]]) -> list[NumberRun]:
    """A card dictated in groups of a few digits, each in its own turn, the other side
    acknowledging or echoing each group: the caller's groups joined into one card, and the
    echoes into its read-back. Runs that no card takes stay as they were (a phone read
    back group by group is still one number). Each piece is looked at once and a card has
    at most 19 digits, so this stays linear in the call's length."""
    pieces = _echo_split(tokens, runs)
    cards: list[NumberRun] = []
    index = 0
    while index < len(pieces):
        first = pieces[index][0]
        mine, echoes, cursor = [first], [], index + 1
        while cursor < len(pieces) and sum(len(g.digits) for g in mine) < 19 \
                and len(mine[-1].digits) <= 8:
            nxt = pieces[cursor][0]
            if _echoes(tokens, mine[-1], nxt) and len(echoes) < len(mine):
                echoes.append(_lead(tokens, nxt))  # (not the "four" of "next four")
            elif _next_group(tokens, mine[-1], nxt, marks):
                mine.append(nxt)
            elif not _count_asked(tokens, mine[-1], nxt):
                break
            cursor += 1
        cued = _card_cue_before(tokens, marks, first.positions[0])
        card = next((joined for count in range(len(mine), 1, -1)
                     if len({tokens[g.positions[0]].turn for g in mine[:count]}) == count
                     and not any(_decoy_part(tokens, group, marks) for group in mine[:count])
                     and (joined := _as_card(tokens, mine[:count], cued))), None)
        if card is None:
            index += 1
            continue
        cards.append(card)
        echoed = [e for e in echoes if e.positions[0] < card.positions[-1] + 2 * MAX_ACK_TURN]
        if len(echoed) >= 2 and (read_back := _as_card(tokens, echoed, True)):
            cards.append(read_back)
        index = cursor
    used = {p for card in cards for p in card.positions}
    touched = {origin for piece, origin in pieces if used & set(piece.positions)}
    rest = [piece for piece, origin in pieces if origin in touched
            and not used & set(piece.positions)]
    rest += [run for origin, run in enumerate(runs) if origin not in touched]
    return sorted(cards + rest, key=lambda run: run.positions[0])


def _card_shaped(tokens: list[Token], parts: list[NumberRun], digits: str) -> bool:
    """Without a card cue: a card's first digit, and either a card's usual 16 digits or
    the first part broken off ("512400758...") or interrupted by the other speaker."""
    if digits[0] not in _CARD_FIRST_DIGITS:
        return False
    broken = tokens[parts[0].positions[-1]].raw.rstrip().endswith(("...", "…")) or any(
        t.role != tokens[parts[0].positions[0]].role
        for t in tokens[parts[0].positions[-1]:parts[-1].positions[0]])
    return len(digits) == 16 or broken


def _corrected_between(tokens: list[Token], before: NumberRun, after: NumberRun) -> bool:
    """A correction or restart word between two parts ("ой, нет, сбилась, заново")."""
    return any(t.norm in _CORRECTION_WORDS or t.norm in _RESTART_WORDS
               for t in tokens[before.positions[-1] + 1:after.positions[0]])


def _restarted(before: str, after: str) -> list[str]:
    """Readings of a number restarted a few digits back after a slip ("3574 90... ой, нет,
    вот отсюда заново: 9088 ..."): the second part begins with the first part's last digits,
    said again."""
    return [before[:cut] + after for cut in range(len(before) - 1, 0, -1)
            if after.startswith(before[cut:])]


def _card_parts_fit(tokens: list[Token], parts: list[NumberRun],
                    marks: list[tuple[int, int, str]]) -> bool:
    """Whether ``parts`` may be one card number said in pieces (see _joined_card_parts)."""
    first = parts[0]
    speaker = tokens[first.positions[0]].role
    if len(first.digits) < 2 or any(tokens[part.positions[0]].role != speaker
                                    or tokens[part.positions[-1]].role != speaker
                                    or _dialled(tokens, part.positions[0]) for part in parts):
        return False  # (a part said with "+" is a phone: "+380 67... ой ні, +380 93 ...")
    for part in parts:
        if checksums.luhn_card(part.digits):
            return False  # a whole card on its own: a false start, or a read-back
        if _decoy_part(tokens, part, marks):
            return False
    if sum(len(part.digits) for part in parts[:-1]) >= 13 and len(parts[-1].digits) >= 3:
        return False  # a card-length number and then its expiry or code ("... до 04 26")
    for before, after in itertools.pairwise(parts):
        start = after.positions[0]
        if tokens[start].turn != tokens[before.positions[-1]].turn \
                and _restarts(tokens, before, after):
            return False  # "41382..." / "say again?" / "41382 90576": said over, not continued
        if _date_between(tokens, before.positions[-1], start):
            return False  # «поездка 90 28 48 10 18 августа в 16 45»: a date between them
        if start - before.positions[-1] > _CARD_PART_GAP or \
                tokens[start].turn - tokens[before.positions[-1]].turn > _CARD_PART_TURNS:
            return False
        if any(before.positions[-1] < end <= start and kind != "CARD" and (
                tokens[end - 1].role != speaker or start - end <= 3)
                and not _says_own_number(tokens, end, speaker) for _f, end, kind in marks):
            return False  # a new question between them: "... and your date of birth?"
    return _nearest_kind(_nearest_cue(marks, first.positions[0])) in (None, "CARD")


def _date_between(tokens: list[Token], last: int, first: int) -> bool:
    """A month's name between two stretches of digits («поездка 90 28 48 10 18 августа в
    16 45», "kelionė ... sausio 17 11 45"): a date and a time follow a reference there, and
    no card is said with a month in the middle of it."""
    return any(_is_month(tokens, p) for p in range(last + 1, first))


def _says_own_number(tokens: list[Token], cue_end: int, speaker: str) -> bool:
    """The other side's cue is followed by its own number in the same turn ("Номер заказа
    8846213, сохраните его", "Your order number is 0679203"): a statement, not a question
    the next digits answer."""
    turn = tokens[cue_end - 1].turn
    return tokens[cue_end - 1].role != speaker and any(
        tokens[p].turn == turn and tokens[p].number is not None
        for p in range(cue_end, min(len(tokens), cue_end + 3)))


def _dialled(tokens: list[Token], position: int) -> bool:
    """The number at ``position`` starts with "+" or "plus": an international phone."""
    return tokens[position].raw.strip().startswith("+") or (
        position > 0 and tokens[position - 1].norm in _PLUS_WORDS)


def _repaired(said: str, again: str) -> str:
    """``said`` then ``again``, said after a correction word: when ``again`` begins like
    the end of ``said`` but for a digit or two ("1653, ой, нет, 1650"; "… 84, ой, не так,
    80 37"), or begins with the last group again but for any one digit ("... 8534, ой, нет,
    там 5534": a digit misread off a photo), it is that end said over and replaces it; when it
    begins with the whole of ``said``, the number was begun again from its start ("22006,
    oi, iš pradžių, 22006 ...");
    otherwise it follows on."""
    if again.startswith(said):
        return again
    for size in range(min(len(said), len(again)), 1, -1):
        tail = said[-size:]
        changed = digits_apart(tail, again[:size])
        if (tail[0] == again[0] and 1 <= changed <= 2) or (size >= 4 and changed == 1):
            return said[:-size] + again
    return said + again


def _dictated_digits(tokens: list[Token], positions: list[int]) -> str:
    """The digits a speaker meant at ``positions`` (number words), each turn read on its own,
    and a group said over after the speaker's correction word counted once (see _repaired)."""
    chunks: list[tuple[list[int], bool]] = [([positions[0]], False)]
    for previous, position in itertools.pairwise(positions):
        corrected = any(t.norm in _CORRECTION_WORDS and t.role == tokens[position].role
                        for t in tokens[previous + 1:position])
        if corrected or tokens[position].turn != tokens[previous].turn:
            chunks.append(([position], corrected))
        else:
            chunks[-1][0].append(position)
    digits = ""
    for chunk, corrected in chunks:
        said = run_of(tokens, chunk).digits
        digits = _repaired(digits, said) if corrected else digits + said
    return digits


# Words a speaker resumes a dictation with after small talk in the same turn («... сорок
# минут грел. Так, дальше 8086», "anyway, carrying on two one", "toliau aštuoni")
_GO_ON_WORDS = {"дальше", "далее", "далі", "продолжаю", "продовжую", "toliau", "tesiu",
                "next", "continuing"}
_GOING_WORDS = {"carrying", "carry", "going", "moving"}


def _resumed(tokens: list[Token], start: int) -> bool:
    """A go-on word ("дальше", "carrying on") right before the number in its turn."""
    index = tokens[start].index
    return (index > 0 and tokens[start - 1].norm in _GO_ON_WORDS) or (
        index > 1 and tokens[start - 1].norm == "on" and tokens[start - 2].norm in _GOING_WORDS)


_CORRECTION_REACH = 7  # words from a group to the one said over after "ой, нет, приблизила, там"


def _dictation_goes_on(tokens: list[Token], last: int, start: int,
                       marks: list[tuple[int, int, str]]) -> bool:
    """The number at ``start`` goes on after a word or two in the same turn ("один девять,
    момент, один девять"), or opens the speaker's next turn after ``last`` (four words
    before it at most: "а дальше", "and the rest is", or fillers, or any words and then
    "дальше", "carrying on" right before it), with only the
    other side's turns between and no cue in them or at it (a nudge, "Слушаю.", not "What's
    the end date on the card?" or "trys skaitmenys kitoje pusėje"; the other side's own
    numbered record, "Your order number is 0679203. Go on.", asks nothing), and is written
    as no date ("03.27", "12/27")."""
    speaker = tokens[last].role
    said, turn = tokens[last].turn, tokens[start].turn
    # (one group corrected in the same breath may take a few more words: "no wait, zoomed
    # in, it's 9617"; a number begun again whole, «нет, давайте сначала, 5491 9101 ...», is
    # another matter)
    group = list(itertools.takewhile(lambda p: tokens[p].number is not None,
                                     range(start, len(tokens))))
    paused = turn == said and (start - last <= 3 or (
        start - last <= _CORRECTION_REACH and len(run_of(tokens, group).digits) <= 4
        and any(t.norm in _CORRECTION_WORDS for t in tokens[last + 1:start])))
    return (tokens[start].role == speaker and (0 < turn - said <= _CARD_PART_TURNS or paused)
            and all(t.role != speaker for t in tokens[last + 1:start] if said < t.turn < turn)
            and (paused or tokens[start].index <= 4 or _resumed(tokens, start)
                 or _opens_an_answer(tokens, start, sentence=True))
            and not _dialled(tokens, start)
            and not re.search(r"\d[./]\d", tokens[start].raw)
            and not any(last < end and first <= start and not _says_own_number(tokens, end, speaker)
                        for first, end, _kind in marks))


def _dictated_card(tokens: list[Token], said_runs: list[tuple[NumberRun, str | None]],
                   marks: list[tuple[int, int, str]]) -> list[Finding]:
    """A card number dictated part after part after a card question: while the digits its
    speaker has said (a group said over counted once) are fewer than a card's 13, the
    speaker's next numbers, turn after turn across the other side's echoes and nudges
    ("8055. Слушаю."), are its digits too, up to a card's 19, though a slip or a correction
    breaks the checksum; past 13, a part that makes the digits a valid card (the last three
    of 19, "nine seven three", after 16 that pass by chance or not). The dictation is a card
    once it has 13 digits or more; of a number already found a card, only the parts added
    are new."""
    found = []
    taken: set[int] = set()
    for index, (first, kind) in enumerate(said_runs):
        start = first.positions[0]
        restarted = any(t.norm in _RESTART_WORDS  # "…, нет, давайте сначала, я сбилась, 5343"
                        for t in tokens[start - tokens[start].index:start])
        if kind not in (None, "CARD") or start in taken \
                or not _card_cue_before(tokens, marks, start) or (kind is None and (
                    not (_opens_an_answer(tokens, start, sentence=True) or restarted)
                    or _decoy_part(tokens, first, marks))):
            continue
        speaker = tokens[start].role
        said = [p for p in first.positions if tokens[p].role == speaker]
        if any(tokens[run.positions[0]].role != speaker and run.digits[:6] == first.digits[:6]
               for run, _kind in said_runs[:index]):
            continue  # the other side's number read back: its reader dictates nothing
        rest: list[int] = []
        for run, _kind in said_runs[index + 1:]:
            own = [p for p in run.positions if tokens[p].role == speaker
                   and p > (said + rest)[-1]]
            if not own:
                continue  # the other side's echo or nudge, or a group of the card already read
            if _echoed_amount(tokens, own):
                continue  # "2315 9464 — а знімуть рівно 2 350?" / «Так, 2 350 гривень.»
            joined = _dictated_digits(tokens, said + rest + own)
            short = len(_dictated_digits(tokens, said + rest)) < 13
            # (short of a card, "... и последние 2446" names the last group being read, not
            # the ending of a card on file)
            cues = [mark for mark in marks if not short or not _last_group_words(tokens, mark)]
            short = short and len(joined) <= 19
            if not _dictation_goes_on(tokens, (said + rest)[-1], own[0], cues) \
                    or _decoy_part(tokens, run_of(tokens, own), cues) \
                    or not (short or checksums.luhn_card(joined)) \
                    or (not short and _expiry_shaped(_dictated_digits(tokens, own), False)) \
                    or (checksums.luhn_card(_dictated_digits(tokens, own))
                        and not checksums.luhn_card(joined)):
                # (a whole card said on its own is another card, or the same again; past a
                # card's 13 digits, "... до 04 26" is its expiry however the digits add up)
                break
            rest += own
        if rest and len(_dictated_digits(tokens, said + rest)) >= 13:
            found.append(Finding("CARD", _pieces(tokens, rest if kind == "CARD" else said + rest)))
            taken.update(rest)
        elif kind is None and not rest and checksums.luhn_card(_dictated_digits(tokens, said)):
            # one breath with a group said over ("... восемьдесят четыре, ой, не так,
            # восемьдесят тридцать семь"): a card once the correction replaces the slip
            found += [Finding("CARD", _pieces(tokens, stretch))
                      for stretch in _stretches(said)]
    return found


# "the last" in "the card ending in" cues («последние», "last", "paskutiniai")
_LAST_WORDS = {"последние", "последняя", "останні", "остання", "last", "paskutiniai",
               "paskutines", "paskutine"}


def _last_group_words(tokens: list[Token], mark: tuple[int, int, str]) -> bool:
    return mark[2] == "NEG" and tokens[mark[0]].norm in _LAST_WORDS


def _stretches(positions: list[int]) -> list[list[int]]:
    """``positions`` cut wherever a word lies between two of them, so that the words
    between (a correction, "it's") stay readable."""
    cuts = [0, *(i for i, (a, b) in enumerate(itertools.pairwise(positions), 1) if b != a + 1),
            len(positions)]
    return [positions[a:b] for a, b in itertools.pairwise(cuts)]


def _echo_of(digits: str, group: str) -> bool:
    """``digits`` repeat the ``group`` just said: all of it, four digits or more of it, or
    all of it misheard in one digit ("4485?" for "4484")."""
    return digits == group or (len(digits) >= 4 and digits in group) or (
        len(digits) == len(group) >= 4 and digits_apart(digits, group) == 1)


def _card_echoes(tokens: list[Token], runs: list[NumberRun], card_positions: set[int],
                 marks: list[tuple[int, int, str]]) -> list[Finding]:
    """The other speaker repeating digits of a card being dictated, whether or not what is
    repeated makes a card: the group just said, echoed at the start of the next turn
    ("4484. Yep, go on.", "three seven three eight got it" after "three thousand seven
    hundred thirty eight"; see _echo_of), or six digits or more of the card read back in
    part ("Повторяю: 5272 0429 35..."), or read back whole with a digit or a few misheard
    (13 digits or more, see _misheard_in: the speaker's "no, not 5565 — 5562" that follows
    needs the read-back to be a card). Each turn's numbers are tried whole
    ("six thousand and seventeen") and up to the first word between them."""
    said_in = _by_turn(tokens, card_positions)
    found = []
    for run in runs:
        start, role = run.positions[0], tokens[run.positions[0]].role
        if any(kind == "NEG" and tokens[end - 1].turn == tokens[start].turn and end <= start
               for _first, end, kind in marks):
            continue  # ("Card ending 9158, right?" names the card, it is not read back)
        group = [p for p in said_in.get(tokens[start].turn - 1, ()) if tokens[p].role != role]
        heard = _part_readings(tokens, run_of(tokens, group)) if group else []
        earlier = [p for p in sorted(card_positions) if tokens[p].role != role
                   and 0 < start - p <= 2 * CARD_TALK]
        card = (run_of(tokens, earlier).digits, _dictated_digits(tokens, earlier)) \
            if earlier else ()
        opens = _opens_an_answer(tokens, start)
        for echo in (run, _lead(tokens, run)):
            readings = _part_readings(tokens, echo)
            group_echoed = opens and any(_echo_of(digits, whole)
                                         for digits in readings for whole in heard)
            if group_echoed or any((len(digits) >= 6 and digits in whole)
                                   or (len(digits) >= 13 and _misheard_in(digits, whole))
                                   for digits in readings for whole in card):
                found.append(Finding("CARD", _pieces(tokens, echo.positions)))
                break
    return found


def _by_turn(tokens: list[Token], positions: set[int]) -> dict[int, list[int]]:
    """``positions`` in order, grouped by their turn."""
    grouped: dict[int, list[int]] = {}
    for position in sorted(positions):
        grouped.setdefault(tokens[position].turn, []).append(position)
    return grouped


def _misheard_in(digits: str, said: str) -> bool:
    """``digits`` are a stretch of ``said`` with a digit in five at most misheard, dropped or
    added (the card's digits as dictated may hold a false start or a slip said over)."""
    edits = len(digits) // 5
    sizes = range(len(digits) - edits, len(digits) + edits + 1)
    return any(Levenshtein.distance(digits, said[start:start + size], score_cutoff=edits)
               <= edits for size in sizes for start in range(max(1, len(said) - size + 1)))


def _read_back_corrected(tokens: list[Token], runs: list[NumberRun],
                         card_positions: set[int], marks: list[tuple[int, int, str]],
                         kind: str = "CARD") -> list[Finding]:
    """The speaker of a card (or phone) number answering the other side's read-back of it
    with a correction ("No, not 129226 — it's 109226", «нет не двадцать шесть девяносто
    шесть», "ne ne septyni tūkstančiai šešiasdešimt šeši ...", «Нет, не 68 — 67»): a turn
    that opens with "no", "wrong" or «неправильно» right after the read-back names the wrong
    group and the right one, so its numbers are the number's digits when one of them
    repeats two digits or more of it or of the read-back and no other type's cue stands in
    the turn ("no, the expiry is 05/27")."""
    by_turn = _by_turn(tokens, card_positions)
    found = []
    for run in runs:
        start, role = run.positions[0], tokens[run.positions[0]].role
        turn, opening = tokens[start].turn, start - tokens[start].index
        read_back = [p for p in by_turn.get(turn - 1, ()) if tokens[p].role != role]
        dictated = [p for p in card_positions if tokens[p].role == role
                    and 0 < start - p <= 2 * CARD_TALK]
        if not read_back or not dictated or tokens[opening].norm not in _ABANDON_WORDS \
                or any(tokens[p].turn != turn for p in run.positions) \
                or _decoy_part(tokens, run, marks) \
                or any(cue != kind and tokens[end - 1].turn == turn for _f, end, cue in marks):
            continue
        card = [run_of(tokens, read_back).digits, _dictated_digits(tokens, read_back),
                run_of(tokens, dictated).digits, _dictated_digits(tokens, dictated)]
        said = [*run.groups, *_part_readings(tokens, run)]
        if any(len(digits) >= 2 and digits in whole for digits in said for whole in card):
            # each number alone: "it's" of "not 129226 — it's 109226" stays readable
            found += [Finding(kind, _pieces(tokens, stretch))
                      for stretch in _stretches(run.positions)]
    return found


def _card_fragments(tokens: list[Token], unread: list[NumberRun],
                    cards: list[tuple[int, int, str]]) -> list[Finding]:
    """The start of a card number broken off and said again ("4667… ой, нет, сначала.
    4667643654748469"), or read back only in part: four or more digits near a card number
    that begin it are that card's too. (The card's last digits alone, "ending in 1234",
    are not its beginning.)"""
    found = []
    for run in unread:
        for first, last, digits in cards:
            near = 0 < first - run.positions[-1] <= 2 * CARD_TALK // 3 or \
                0 < run.positions[0] - last <= 2 * CARD_TALK // 3
            corrected = 0 < run.positions[0] - last <= 10 and 2 <= len(run.digits) <= 8 \
                and tokens[run.positions[0]].role == tokens[last].role and any(
                    t.norm in _CORRECTION_WORDS for t in tokens[last + 1:run.positions[0]])
            if corrected or _echoed_chunk(tokens, run, first, last, digits) or (
                    near and len(run.digits) >= 4 and digits.startswith(run.digits)
                    and len(run.digits) < len(digits)):
                # ("... 1111, no wait, the last four are 5617": the corrected group too)
                found.append(Finding("CARD", _pieces(tokens, run.positions)))
                break
    return found


def _echoed_chunk(tokens: list[Token], run: NumberRun, first: int, last: int,
                  digits: str) -> bool:
    """The other speaker echoing a group of a card being dictated («1771, так.», "2004,
    yes."), or either speaker saying a group of it again in the two turns after it (the
    agent asks «Последнюю группу повторите», the caller answers «Да, 7971»): a short turn of
    little but those digits. (A longer turn, "paid with the card ending 7721", is not an
    echo.)"""
    start = run.positions[0]
    inside = (first < start < last or tokens[start].turn - tokens[last].turn == 1) \
        and tokens[start].role != tokens[first].role
    again = 1 <= tokens[start].turn - tokens[last].turn <= 2 and len(run.digits) >= 4
    if not (inside or again) or len(run.digits) < 3 or run.digits not in digits:
        return False
    end = start
    while end + 1 < len(tokens) and tokens[end + 1].turn == tokens[start].turn \
            and end - start <= len(run.positions) + 2:
        end += 1
    return tokens[start].index + end - start + 1 <= len(run.positions) + 2


def _read_back_split(tokens: list[Token], run: NumberRun) -> list[NumberRun]:
    """A number and the other speaker's reading of it back, run together because only a
    "so" or "ok" stood between them: cut where the speaker changes and the digits repeat,
    three of them at least (a CVV echoed: "три один семь" / "три один семь, верно")."""
    for cut in range(len(run.positions) - 1, 0, -1):
        before, after = run.positions[:cut], run.positions[cut:]
        if tokens[before[-1]].role == tokens[after[0]].role:
            continue
        said, repeated = run_of(tokens, before), run_of(tokens, after)
        if len(repeated.digits) >= 3 and said.digits.endswith(repeated.digits):
            return [said, repeated]
        return []
    return []


def _expiry_then_code(tokens: list[Token], run: NumberRun,
                      asked_both: bool = False) -> list[NumberRun]:
    """The run cut at its first pause when the part before is a month and year and the
    part after three or four digits: the expiry and the CVV, asked for together. When both
    were asked for, a transcript without pauses ("ноль четыре двадцать восемь пятьсот
    семьдесят четыре") is cut where a spoken number ends after four digits of month and year."""
    cut = _cut_into_expiry_and_code(tokens, run, paused=True)
    if not cut and asked_both:
        cut = _cut_into_expiry_and_code(tokens, run, paused=False)
    return cut


def _cut_into_expiry_and_code(tokens: list[Token], run: NumberRun,
                              paused: bool) -> list[NumberRun]:
    whole = run_of(tokens, run.positions).groups
    for cut, (previous, position) in enumerate(itertools.pairwise(run.positions), start=1):
        if paused and position == previous + 1 and not tokens[previous].clause_end:
            continue
        month_year, code = run_of(tokens, run.positions[:cut]), run_of(tokens, run.positions[cut:])
        expiry = month_year.digits
        one_digit_month = [len(g) for g in month_year.groups] == [1, 2]  # "eight | twenty seven"
        if not paused and (month_year.groups + code.groups != whole
                           or (len(expiry) != 4 and not one_digit_month)):
            continue  # "двадцать | восемь" cuts a spoken number in two
        if one_digit_month and not paused:
            expiry = "0" + expiry  # "eight twenty seven": 08/27
        if _expiry_shaped(expiry, False) and 3 <= len(code.digits) <= 4:
            return [month_year, code]
    return []


def _cut_where(tokens: list[Token], run: NumberRun,
               cut: Callable[[int, int], bool]) -> list[NumberRun]:
    """The run cut between each two of its positions that ``cut`` says part; [] if none."""
    parts: list[list[int]] = [[run.positions[0]]]
    for previous, position in itertools.pairwise(run.positions):
        if cut(previous, position):
            parts.append([])
        parts[-1].append(position)
    return [run_of(tokens, part) for part in parts] if len(parts) > 1 else []


def _split_at_and(tokens: list[Token], run: NumberRun) -> list[NumberRun]:
    """The run cut where an "and" joins two numbers (not "five hundred and fifty")."""
    def joined_by_and(previous: int, position: int) -> bool:
        number = tokens[previous].number
        return any(t.norm in _AND_WORDS for t in tokens[previous + 1:position]) \
            and tokens[position].turn == tokens[previous].turn and number is not None \
            and number.kind not in ("hundred", "hundreds", "thousand")
    return _cut_where(tokens, run, joined_by_and)


def _split_at_correction(tokens: list[Token], run: NumberRun) -> list[NumberRun]:
    """A code or date said, corrected and said again in one breath («девятьсот пятьдесят
    три, ой, наоборот, три пять девять», "nulis keturi trisdešimt vienas ne ..."): the
    run cut at the correction, when every part is three to six digits, so that each is
    read as the code or date asked for (the slip is as secret as the answer)."""
    parts = _cut_where(tokens, run, lambda previous, position: (
        tokens[position].turn == tokens[previous].turn
        and any(t.norm in _CORRECTION_WORDS for t in tokens[previous + 1:position])))
    return parts if all(3 <= len(part.digits) <= 6 for part in parts) else []


def _card_after_lead(tokens: list[Token], run: NumberRun) -> int:
    """How many leading tokens (one or two) to drop for the rest to be a Luhn card number
    ("a different one five thousand ...", "a new one: 4276 ..."). In a number read digit by
    digit straight on, the lead is a digit like the others, and before "thousand" or a
    hundreds word its count, however the checksum falls."""
    for lead in (1, 2):
        rest = [tokens[p].number for p in run.positions[lead:] if tokens[p].number is not None]
        groups = spoken_groups(rest)
        digits = "".join(groups)
        if not (rest and checksums.luhn_card(digits)):
            continue
        before, first = run.positions[lead - 1], run.positions[lead]
        # "du | tūkstančiai", and a digit before the hundreds of its group: «пять | триста
        # сорок три» is 5343, as "thousand" would have made it
        multiplied = tokens[first].number is not None \
            and tokens[first].number.kind in ("thousand", "hundred", "hundreds")
        if first != before + 1 or tokens[before].clause_end \
                or (len(groups[0]) > 1 and not multiplied):
            return lead
    return 0


def _tokens_for_groups(tokens: list[Token], run: NumberRun, groups: int) -> int:
    """How many of the run's tokens say its first ``groups`` groups: all of the last one
    ("сто сімдесят сім" is 177, not the 100 of its first word)."""
    for count in range(1, len(run.positions) + 1):
        prefix = [tokens[p].number for p in run.positions[:count]]
        if spoken_groups([t for t in prefix if t is not None]) == run.groups[:groups]:
            return count
    for count in range(1, len(run.positions) + 1):
        prefix = [tokens[p].number for p in run.positions[:count]]
        if len(spoken_groups([t for t in prefix if t is not None])) >= groups:
            return count
    return len(run.positions)


def _card_near(tokens: list[Token], position: int) -> bool:
    """A card cue (within the card part of the call: 60 tokens before, or just after) or a
    card-length number within 15 tokens before a weak expiry cue."""
    phrases, documents = _cue_table()["CARD"], _cue_table()["PASSPORT"]
    for cursor in range(max(0, position - CARD_TALK), min(len(tokens), position + 6)):
        if _match_any(tokens, cursor, phrases) and not any(
                _match_any(tokens, start, documents) > cursor - start
                for start in range(max(0, cursor - 3), cursor + 1)):
            return True  # ("asmens tapatybės kortelė ... galioja iki": an ID card's date)
    said = [t.number for t in tokens[max(0, position - 15):position] if t.number is not None
            and len(re.split(r"[./]", t.norm)) < 3]  # (not a date: "07.03.1975")
    # (as the digits they say: "одиннадцать восемьдесят пять" is four)
    return len("".join(spoken_groups(said))) >= 12


# Cards put back together --------------------------------------------------------------------

_GROUP = 4  # digits in a card's printed group, the unit callers repair a dictation by


def _stretches_after(tokens: list[Token], marks: list[tuple[int, int, str]],
                     cue_end: int) -> tuple[list[list[int]], list[list[int]]]:
    """The caller's stretches of number words after the card question that ends at
    ``cue_end`` (each a list of positions in one turn), up to the other side's read-back or
    another question; and those said right after an expiry cue before the card began
    ("срок 07/28, а сам номер ...")."""
    stretches: list[list[int]] = []
    expiries: list[list[int]] = []
    asker = tokens[cue_end - 1].role
    caller: str | None = None
    answered = cue_end  # where the last question was answered: its cue is spent
    question_turn = tokens[cue_end - 1].turn
    position = cue_end
    while position < min(len(tokens), cue_end + CARD_TALK):
        if tokens[position].number is None:
            position += 1
            continue
        stretch = [position]
        while (step := _next_number(tokens, stretch[-1])) is not None:
            stretch.append(stretch[-1] + step)
        position = stretch[-1] + 1
        said = run_of(tokens, stretch)
        if len(stretch) == 1 and len(said.digits) == 1 and stretch[0] + 1 < len(tokens) \
                and tokens[stretch[0] + 1].turn == tokens[stretch[0]].turn:
            continue  # "ne, praleidau vieną", "four at a time": a count among words
        role = tokens[stretch[0]].role
        if caller is None and (role != asker or tokens[stretch[0]].turn == tokens[cue_end - 1]
                               .turn):
            caller = role
        if role != caller:
            if len(said.digits) >= 2 * _GROUP:
                break  # the other side reads the number back: the dictation is over
            continue  # «последние четыре цифры?»: a question, no digits of the card
        # (the rest of the card question is no other question: "the card number to link
        # to your driver account")
        cues = _nearest_cue([mark for mark in marks if mark[1] > answered and (
            tokens[mark[0]].turn != question_turn or tokens[stretch[0]].turn == question_turn)],
            stretch[0])
        nearest = _nearest_kind(cues) or "CARD"
        # ("... 3581, the third's rubbed off; last four are 4758": the rest of the card)
        if _decoy_part(tokens, said, [mark for mark in marks
                                      if not (stretches and _last_group_words(tokens, mark))]):
            continue  # "the card ending 1082", "600 рублей": no part of it
        if nearest not in ("CARD", "NEG"):
            if not stretches and nearest == "EXPIRY" and _expiry_shaped(
                    said.digits.zfill(4), False):
                expiries.append(stretch)
                answered = position
                continue
            break
        stretches.append(stretch)
    return stretches, expiries


def _next_number(tokens: list[Token], position: int) -> int | None:
    """How far the next number word of the same turn is when only a filler or separator
    lies between ("12 slash 32", «ноль, э-э, семь»), else None."""
    for step in (1, 2):
        following = position + step
        if following >= len(tokens) or tokens[following].turn != tokens[position].turn:
            return None
        if tokens[following].number is not None:
            return step
        if tokens[following].norm not in FILLERS and not tokens[following].pause:
            return None
    return None


def _said_pieces(tokens: list[Token], stretch: list[int]) -> tuple[tuple[int, int, int], ...]:
    """The stretch's pieces: its number words with the "and" inside a number ("four hundred
    and thirty"), cut where a filler or separator lies between them ("..., erm, ...")."""
    runs = [[stretch[0]]]
    for before, position in itertools.pairwise(stretch):
        if all(tokens[p].norm in _AND_WORDS for p in range(before + 1, position)):
            runs[-1].append(position)
        else:
            runs.append([position])
    return tuple(piece for run in runs for piece in _pieces(tokens, run))


def _repaired_orders(digits: str) -> list[str]:
    """The card numbers a dictation of ``digits`` may stand for: as said, and without the
    earlier copy of a group said again in its right place ("5168 0534 — no, wrong order:
    second 5463, third 0534, last 3773"). (Groups said out of order need nothing more: the
    Luhn sum does not change when four-digit groups swap places, so a worn-off group read
    last still checks.)"""
    groups = [digits[i:i + _GROUP] for i in range(0, len(digits), _GROUP)]
    return [digits] + ["".join(groups[:early] + groups[early + 1:])
                       for early, later in itertools.combinations(range(len(groups)), 2)
                       if groups[early] == groups[later] and len(groups[early]) == _GROUP]


def _reassembled_cards(tokens: list[Token], marks: list[tuple[int, int, str]]) -> list[Finding]:
    """Cards said in stretches the usual joining leaves apart: group labels between them
    («первая группа ... вторая ...», "first block is ... second ..."), the agent's question
    in the middle, a dropped line and "the last four?", a group said out of order and then
    put right, a worn-off group read from the app at the end. After a card question the
    caller's stretches, joined and with those repairs undone, must pass the card's Luhn
    check; each stretch is masked on its own, the labels between stay readable. An expiry
    said first, right after its cue ("срок 07/28, а сам номер ..."), is found with it."""
    findings: list[Finding] = []
    for _first, cue_end, kind in marks:
        if kind != "CARD":
            continue
        stretches, expiries = _stretches_after(tokens, marks, cue_end)
        if stretches and _names_an_item(tokens, stretches[0][0]):
            continue  # «номер скі-пасу на картці 4518...»: the pass's number, no bank card
        for count in range(len(stretches), 0, -1):
            said = [run_of(tokens, stretch).digits for stretch in stretches[:count]]
            digits = "".join(said)
            if _date_between(tokens, stretches[0][-1], stretches[count - 1][0]):
                continue
            if not 13 <= len(digits) <= 19 + _GROUP or digits[0] not in _CARD_FIRST_DIGITS:
                continue
            # (a card is 16 digits as a rule: 19 that end in a month and year are a shorter
            # card and its expiry)
            odd_length_ok = not (len(said[-1]) == _GROUP and _expiry_shaped(said[-1], False))
            if any(checksums.luhn_card(reading) and (len(reading) == 16 or odd_length_ok)
                   for reading in _repaired_orders(digits)):
                findings.append(Finding("CARD", tuple(
                    piece for stretch in stretches[:count] for piece in _said_pieces(tokens,
                                                                                     stretch))))
                findings += [Finding("EXPIRY", _pieces(tokens, stretch)) for stretch in expiries]
                break
    return findings
