"""Street addresses after an address cue or question: street, house and flat numbers,
also split over turns, and postcodes after them.

Separate because an address is a span of words and numbers with its own end rules.
"""

from __future__ import annotations

import itertools

from speechqa.redact.lexicon import (
    ACK_WORDS,
    ADDRESS_END_WORDS,
    FILLERS,
    HOUSE_WORDS,
    NOT_NAME,
    PAUSE_WORDS,
    PREMISES_WORDS,
    STREET_WORDS,
)
from speechqa.redact.name_morphology import _morph
from speechqa.redact.names import _VENUES, _namey
from speechqa.redact.spoken_numbers import _number_runs
from speechqa.redact.tokens import (
    _HOUSE_NUMBER_WORDS,
    _LT_VERB_ENDINGS,
    _NOT_NAME_POS,
    _PLACE_NUMBER_WORDS,
    _PUNCT,
    _SHORT_WORDS,
    _TIME_WORDS,
    _YEAR_WORDS,
    MAX_ACK_TURN,
    Finding,
    Token,
    _alpha,
    _is_cue,
    _is_ordinal,
    _match_any,
    _numbers_a_record,
    _phrase_lists,
    _pieces,
)

_SINCE_WORDS = {"since", "from", "in", "с", "со", "з", "із", "від", "nuo", "до", "в", "у"}
# Words that open a time range after an address: the numbers after them are hours.
_TIME_RANGE_WORDS = {"between", "until", "till", "after", "before", "from", "до", "после",
                     "между", "між", "після", "tarp", "iki", "po", "nuo", "прежде"}
_TEMPERATURE_WORDS = {"градусов", "градуса", "градус", "градусів", "градуси", "degrees",
                      "laipsniai", "laipsnių", "laipsniu"}


def _place_numbered(tokens: list[Token], position: int) -> bool:
    """The number at ``position`` counts a seat, room, parking bay or gate ("the Nelson
    Mandela Place car park, bay twenty nine"): no house number."""
    cursor = position
    while cursor > 0 and tokens[cursor - 1].number is not None \
            and tokens[cursor - 1].turn == tokens[position].turn:
        cursor -= 1
    return cursor > 0 and tokens[cursor - 1].turn == tokens[position].turn \
        and tokens[cursor - 1].norm in _PLACE_NUMBER_WORDS


def _address_findings(tokens: list[Token], marks_address: list[int],
                      language: str = "") -> list[Finding]:
    """Street (keyword + name) with a house number; the number is what makes it an address."""
    findings = []
    # One-letter and two-letter abbreviations ("g.", "St") count only as written: with a
    # dot or a capital, not as a lower-case word.
    anchors = [(p, "street") for p, t in enumerate(tokens) if t.norm in STREET_WORDS and (
        len(t.norm) > 2 or t.raw.strip()[:1].isupper() or "." in t.raw)]
    anchors += [(p, "cue") for p in marks_address]
    # a street named without its street word: "хрещатик будинок дев'ять", "Laisvės namas 4"
    # (also the written "д.": "Профсоюзная д. 22")
    anchors += [(p - 1, "street") for p, t in enumerate(tokens)
                if t.norm in _HOUSE_NUMBER_WORDS and (len(t.norm) > 2 or (
                    t.norm == "д" and t.raw.strip().endswith("."))) and p > 0
                and p + 1 < len(tokens) and tokens[p + 1].number is not None
                and tokens[p + 1].turn == t.turn and tokens[p - 1].turn == t.turn
                and _namey(tokens[p - 1]) and tokens[p - 1].norm not in HOUSE_WORDS
                and not _is_cue(tokens, p - 1)]
    years = _year_positions(tokens)
    for anchor, why in anchors:
        if why == "street" and language == "en" and _english_street_unnamed(tokens, anchor):
            continue
        if _firm_says_where_it_is(tokens, anchor):
            continue
        turn = tokens[anchor].turn
        lo, hi = max(0, anchor - 3), min(len(tokens), anchor + 5)
        # the address ends at the entrance or floor, or at a time ("7 Mill Lane between 8
        # and 12", "на проспекте Ленина работает до семи")
        ended = next((p for p in range(anchor, hi) if tokens[p].norm in ADDRESS_END_WORDS
                      or (p > anchor and tokens[p].norm in _TIME_RANGE_WORDS)), hi)
        numbers = [p for p in range(lo, min(hi, ended)) if tokens[p].number is not None
                   and tokens[p].turn == turn and p not in years
                   and not (p > anchor and tokens[p - 1].norm in _TIME_WORDS
                            and tokens[p - 1].number is None and tokens[p - 1].turn == turn)
                   and not _quantity(tokens, p) and not _clock_minutes(tokens, p)
                   and not _record_run(tokens, p) and not _place_numbered(tokens, p)
                   and (p < anchor or why != "street"
                        or _street_reaches(tokens, anchor, p, language))]
        if why == "cue":
            # «живу один», "gyvenu vienas": living alone, not a house number
            numbers = [p for p in numbers if p > anchor
                       and not (p == anchor + 1 and tokens[p].norm in _ALONE_WORDS)]
        if not numbers and why == "street":
            if split := _address_split_over_turns(tokens, anchor, years):
                findings.append(split)
            continue
        if not numbers:
            continue
        start = anchor if why == "street" else min(numbers)
        if why == "cue" and start - 1 > anchor and tokens[start - 1].turn == turn \
                and tokens[start - 1].raw.strip()[:1].isupper() and _namey(tokens[start - 1]) \
                and not _is_cue(tokens, start - 1):
            start -= 1  # "Адрес: Мира, 68, кв. 14": the street's name before its number
        # name before the keyword ("Gedimino prospektas", "Baker Street", "221 Baker Street")
        cursor = anchor - 1
        reach = _flat_reach(tokens, anchor)
        while (cursor >= 0 and anchor - cursor <= reach and tokens[cursor].turn == turn
               and why == "street"):
            token = tokens[cursor]
            inside_number = token.norm == "and" and cursor > 0 and \
                tokens[cursor - 1].number is not None and tokens[cursor + 1].number is not None
            flat = token.norm in HOUSE_WORDS and cursor + 1 < anchor and \
                tokens[cursor + 1].number is not None
            if not (token.number is not None or inside_number or flat
                    or (_namey(token) and anchor - cursor <= 3
                        and not _said_not_named(token, language))) or _is_cue(tokens, cursor):
                break
            if token.clause_end and token.number is None and not flat:
                break  # "Казань, Ленина, д. 39": the city before a comma is not the street
            if token.number is not None and _record_run(tokens, cursor):
                break  # "order 857031 baker street": the order's number
            start = cursor
            cursor -= 1
        if why == "street" and max(numbers) < start:
            continue  # "... номер 397282484. Це біля вулиці Перемоги?": another sentence's
        last = max(max(numbers), anchor) if why == "street" else max(numbers)
        if why == "street" and max(numbers) < anchor and language in ("ru", "uk"):
            last = _street_name_after(tokens, anchor)  # "кв. 66, д. 23, ул. Молодёжная"
        # apartment, building: "квартира двенадцать", "butas 4"
        cursor = last + 1
        while cursor < len(tokens) and tokens[cursor].turn == turn and cursor - last <= 3:
            if tokens[cursor].number is not None:
                last = cursor
            elif tokens[cursor].norm not in HOUSE_WORDS:
                break
            cursor += 1
        findings.append(Finding("ADDRESS", _pieces(tokens, range(start, last + 1))))
    return findings


def _street_name_after(tokens: list[Token], anchor: int) -> int:
    """The last word of the street's name after its street word, for an address said from
    the flat up, whose numbers all come before the street ("квартира 18, дом 12, улица
    Заречная", «кв. 7, буд. 3, вул. Липова»)."""
    last = anchor
    while last + 1 < len(tokens) and tokens[last + 1].turn == tokens[anchor].turn \
            and last - anchor < 3 and (last == anchor or not tokens[last].clause_end) \
            and _namey(tokens[last + 1]) and tokens[last + 1].number is None \
            and tokens[last + 1].norm not in PAUSE_WORDS | FILLERS \
            and not _is_cue(tokens, last + 1):
        last += 1
    return last


def _firm_says_where_it_is(tokens: list[Token], anchor: int) -> bool:
    """«Наш офис на улице Ленина, 5», "our branch is at 5 Mill Road" said a few words
    before the street, or opening hours in the same turn («... Садовая, 12, работаем с
    девяти»): a business's own address, which is no one's personal data."""
    lists = _phrase_lists()
    turn = [p for p in range(max(0, anchor - 30), min(len(tokens), anchor + 30))
            if tokens[p].turn == tokens[anchor].turn]
    return any(_match_any(tokens, start, lists["our premises"])
               for start in turn if anchor - 8 <= start < anchor) \
        or any(_match_any(tokens, start, lists["opening hours"]) for start in turn) \
        or _venue_the_agent_names(tokens, anchor)


def _venue_the_agent_names(tokens: list[Token], anchor: int) -> bool:
    """The agent telling where a venue is ("The rink's at 40 Queen Street", «Ковзанка на
    вул. ...», „Čiuožykla Ozo g. 14“): a place open to all, not the caller's home."""
    turn = tokens[anchor].turn
    return tokens[anchor].role == "agent" and any(
        tokens[p].norm in _VENUES and tokens[p].turn == turn
        for p in range(max(0, anchor - 6), anchor))


def _record_run(tokens: list[Token], position: int) -> bool:
    """The number word at ``position`` belongs to a number said right after a record's
    noun («заказ номер 31665: улица Чехова», "order 857031 baker street", «улица Чехова,
    заказ 31665»): the order's number, not the street's house number."""
    start = position
    while start > 0 and tokens[start - 1].number is not None \
            and tokens[start - 1].turn == tokens[position].turn:
        start -= 1
    return _numbers_a_record(tokens, start)


def _clock_minutes(tokens: list[Token], position: int) -> bool:
    """The minutes of a time said after the hour ("урок о шістнадцятій тридцять", «в
    пятнадцать тридцать», "penkioliktą trisdešimt"): no house number."""
    hour = position - 1
    if hour < 0 or tokens[hour].turn != tokens[position].turn:
        return False
    if tokens[hour].number is None:
        return _is_ordinal(tokens[hour].norm)
    before = tokens[hour - 1] if hour > 0 else None
    return before is not None and before.turn == tokens[hour].turn \
        and before.norm in _TIME_WORDS and before.number is None


def _said_not_named(token: Token, language: str) -> bool:
    """A verb or adverb before a street word ("мы переехали, теперь живём проспект ...",
    "dabar gyvename Kalvarijų gatvė"): what the caller says, not the street's name."""
    if token.norm in NOT_NAME:
        return True
    if language in ("ru", "uk"):
        return _morph(language).parse(token.norm)[0].tag.POS in _NOT_NAME_POS
    if language == "lt":
        return token.norm.endswith(_LT_VERB_ENDINGS) or token.norm in {"dabar", "vėl", "vel"}
    return token.norm in {"now", "live", "living", "moved", "we've", "then"}


def _flat_reach(tokens: list[Token], anchor: int) -> int:
    """How far back from a street word its address may start: eight words, or as far as a
    flat word whose numbers, said in words, run up to the street ("flat one hundred eighty
    four one hundred and sixty three elm grove")."""
    for cursor in range(anchor - 1, max(-1, anchor - 16), -1):
        token = tokens[cursor]
        if token.turn != tokens[anchor].turn:
            break
        if token.norm in _HOUSE_NUMBER_WORDS and cursor + 1 < anchor \
                and tokens[cursor + 1].number is not None:
            return max(8, anchor - cursor)
        if not (token.number is not None or token.norm == "and" or anchor - cursor <= 3):
            break
    return 8


def _quantity(tokens: list[Token], position: int) -> bool:
    """A number with a unit after it ("два дня", "п'ять градусів", "one hundred sixty nine
    pounds": the unit after the number's last word): no house number."""
    after = position + 1
    while after < len(tokens) and tokens[after].number is not None \
            and tokens[after].turn == tokens[position].turn:
        after += 1
    return after < len(tokens) and tokens[after].turn == tokens[position].turn and bool(
        _match_any(tokens, after, _phrase_lists()["units"])
        or tokens[after].norm in _TEMPERATURE_WORDS)


# Words that name a parcel's or a waybill's number: what follows them is no house number.
_PARCEL_NUMBER_WORDS = {"трек-номер", "трек", "ттн", "tracking", "накладная", "накладной",
                        "накладна", "накладної", "siuntos", "sekimo"}


def _english_street_unnamed(tokens: list[Token], anchor: int) -> bool:
    """An English street word with no name before it ("51 square metres", "Row 7, seats 9",
    "I lost my place"): English names the street first ("Baker Street"), so this is none."""
    before = anchor - 1
    if before < 0 or tokens[before].turn != tokens[anchor].turn:
        return True
    token = tokens[before]
    return token.number is not None or token.clause_end or token.norm in NOT_NAME \
        or token.norm in _SHORT_WORDS or token.norm in _WHICH_ONE_EN or not _namey(token)


# Words that pick one of many ("the other way round", "the same street", "any road"): no
# street is named by them
_WHICH_ONE_EN = {"other", "another", "same", "wrong", "either", "each", "every", "any", "some"}


def _street_reaches(tokens: list[Token], anchor: int, number: int, language: str) -> bool:
    """The words between a street word and a house number after it can be the street's
    name: in Russian and Ukrainian, words that are not verbs or adverbs ("улица академика
    павлова 56", not "улица была перекрыта два дня"); in English and Lithuanian the name
    comes before the street word ("Ozo gatvėje 64"), so only house words may stand there
    ("gatvėje stovėjo trys mašinos" is no address)."""
    if any(t.norm in _PARCEL_NUMBER_WORDS for t in tokens[anchor + 1:number]):
        return False  # «на улице Пушкина, трек-номер 7994...»: a parcel's number, no house
    if any(t.norm in PREMISES_WORDS for t in tokens[anchor + 1:number]):
        # «мы на улице Гагарина, кабинет 463», "we're on Chapel Street, room 288": an
        # office's room, so the street is a business's premises, no one's home
        return False
    between = [t for t in tokens[anchor + 1:number] if t.norm and t.norm not in HOUSE_WORDS
               and t.norm not in _HOUSE_NUMBER_WORDS and t.number is None]
    if not between:
        return True
    if language == "en":  # the town and state before the ZIP code: "main street harper
        # valley california three eight eight three two"
        return all(_namey(t) for t in between)
    if language not in ("ru", "uk"):
        # (a capitalised name after the street word is still one)
        return all(t.raw.strip(_PUNCT)[:1].isupper() for t in between)
    return all(_alpha(t.norm) and _morph(language).parse(t.norm)[0].tag.POS
               not in _NOT_NAME_POS for t in between)


def _address_split_over_turns(tokens: list[Token], anchor: int,
                              years: set[int]) -> Finding | None:
    """A street said in one turn and its house number in the same speaker's next turn,
    after the other side asks for it ("ш. Энтузиастов," / "Дом?" / "11, кв. 229")."""
    turn = tokens[anchor].turn
    street = [anchor]
    cursor = anchor - 1
    while cursor >= 0 and tokens[cursor].turn == turn and anchor - cursor <= 2 \
            and _namey(tokens[cursor]) and not tokens[cursor].clause_end \
            and not _is_cue(tokens, cursor):
        street.insert(0, cursor)  # "Ozo gatvėje", "Baker Street"
        cursor -= 1
    cursor = anchor + 1
    while cursor < len(tokens) and tokens[cursor].turn == turn and cursor - anchor <= 3 \
            and _namey(tokens[cursor]) and tokens[cursor].norm not in PAUSE_WORDS \
            and tokens[cursor].norm not in FILLERS:
        street.append(cursor)  # "улица академика павлова"
        if tokens[cursor].clause_end:
            break
        cursor += 1
    end_of_turn = street[-1] + 1
    while end_of_turn < len(tokens) and tokens[end_of_turn].turn == turn:
        if tokens[end_of_turn].norm not in PAUSE_WORDS and tokens[end_of_turn].norm \
                not in FILLERS:
            return None  # the turn goes on about something else
        end_of_turn += 1
    # the same speaker's next turn, with at most one short turn of the other side between
    nxt = end_of_turn
    if nxt < len(tokens) and tokens[nxt].role != tokens[anchor].role:
        other = tokens[nxt].turn
        while nxt < len(tokens) and tokens[nxt].turn == other:
            nxt += 1
        if nxt - end_of_turn > MAX_ACK_TURN:
            return None
    if nxt >= len(tokens) or tokens[nxt].role != tokens[anchor].role:
        return None
    house_turn, numbers, cursor = tokens[nxt].turn, [], nxt
    while cursor < len(tokens) and tokens[cursor].turn == house_turn and cursor - nxt <= 10:
        token = tokens[cursor]
        if token.number is not None and cursor not in years:
            numbers.append(cursor)
        elif token.norm not in HOUSE_WORDS and token.norm not in _HOUSE_NUMBER_WORDS:
            break
        cursor += 1
    if not numbers:
        return None
    return Finding("ADDRESS", _pieces(tokens, [*street, *range(nxt, numbers[-1] + 1)]))


# What the other side asks for after the street: "Дом?", "Квартира?", "And is it a flat?"
_FLAT_WORDS = {"дом", "дома", "будинок", "будинку", "house", "namo", "namas", "квартира",
               "квартиры", "квартиру", "кв", "квартири", "корпус", "корп", "строение", "flat",
               "apartment", "apt", "unit", "suite", "butas", "buto", "butą", "buta",
               "korpusas"}


def _with_flat_answer(tokens: list[Token], finding: Finding,
                      position_of: dict[tuple[int, int], int]) -> Finding:
    """The address with the house, building or flat number its speaker gives in the next
    turn when the other side asks for it ("вулиця Городоцька." / "Будинок?" / "12." /
    "Квартира?" / "Квартира 61."): three times at most, a house, a building, a flat."""
    turn, _start, end = finding.pieces[-1]
    last = position_of[(turn, end - 1)]
    for _ in range(3):
        answer = _flat_reply(tokens, last)
        if answer is None:
            break
        numbers = _flat_numbers(tokens, answer)
        if numbers:
            finding = Finding(finding.type, finding.pieces + _pieces(tokens, numbers))
            last = numbers[-1]
        elif answer + 3 < len(tokens) and tokens[answer + 3].turn == tokens[answer].turn:
            break  # the reply goes on about something else
        else:
            # "Корпус?" / "Нет." / "Квартира?" / "42.": a question answered without a number
            last = max(p for p in range(answer, min(len(tokens), answer + 3))
                       if tokens[p].turn == tokens[answer].turn)
    return finding


def _streets_asked_for(tokens: list[Token],
                       position_of: dict[tuple[int, int], int]) -> list[Finding]:
    """A street named alone in reply to "Улица?", "Which street?", «Яка вулиця?», «Ваш
    адрес?»: the question makes the reply a street's name. An address only when its house
    number follows as the next answer (see _with_flat_answer)."""
    found = []
    turns = _turn_spans(tokens)
    address_cues = _phrase_lists()["address"]
    for (first, end), (answer, answer_end) in itertools.pairwise(turns):
        question = tokens[first:end]
        reply = [p for p in range(answer, answer_end) if tokens[p].norm not in FILLERS]
        asks = any((t.norm in STREET_WORDS and len(t.norm) > 2)
                   or _match_any(tokens, p, address_cues)
                   for p, t in enumerate(question, start=first))
        if (len(question) > MAX_ACK_TURN or tokens[answer].role == tokens[first].role
                or not asks or any(t.number is not None for t in question)
                or not 0 < len(reply) <= 4
                or not all(_namey(tokens[p]) and tokens[p].number is None
                           and tokens[p].norm not in STREET_WORDS and not _is_cue(tokens, p)
                           for p in reply)):
            continue  # (a reply with a street word is read by _address_split_over_turns)
        street = Finding("ADDRESS", _pieces(tokens, range(reply[0], reply[-1] + 1)))
        with_house = _with_flat_answer(tokens, street, position_of)
        if with_house != street:
            found.append(with_house)
    return found


def _turn_spans(tokens: list[Token]) -> list[tuple[int, int]]:
    """(first, end) token positions of every turn, in order."""
    spans: list[tuple[int, int]] = []
    for position, token in enumerate(tokens):
        if spans and tokens[spans[-1][0]].turn == token.turn:
            spans[-1] = (spans[-1][0], position + 1)
        else:
            spans.append((position, position + 1))
    return spans


def _flat_reply(tokens: list[Token], last: int) -> int | None:
    """Where the speaker's reply starts when the other side asks a short question about the
    house or flat right after an address that ended its turn at ``last`` (a few words
    without numbers may close that turn: "сорок восемь, корпус нет")."""
    cursor = last + 1
    while cursor < len(tokens) and tokens[cursor].turn == tokens[last].turn:
        if tokens[cursor].number is not None or cursor - last > 3:
            return None
        cursor += 1
    question = [p for p in range(cursor, min(len(tokens), cursor + MAX_ACK_TURN + 1))
                if tokens[p].turn == tokens[cursor].turn] if cursor < len(tokens) else []
    if not question or tokens[cursor].role == tokens[last].role \
            or len(question) > MAX_ACK_TURN or not any(tokens[p].norm in _FLAT_WORDS
                                                       for p in question):
        return None
    answer = question[-1] + 1
    if answer >= len(tokens) or tokens[answer].role != tokens[last].role:
        return None
    return answer


def _flat_numbers(tokens: list[Token], answer: int) -> list[int]:
    """The reply's words up to its last number ("Квартира 61", "Yes, flat 7"): empty when
    it gives none."""
    numbers, cursor = [], answer
    while cursor < len(tokens) and tokens[cursor].turn == tokens[answer].turn \
            and cursor - answer < 8:
        token = tokens[cursor]
        if token.number is not None:
            numbers.append(cursor)
        elif not (token.norm in _FLAT_WORDS or token.norm in _NUMBER_JOINERS or (
                not numbers and (token.norm in HOUSE_WORDS or token.norm in ACK_WORDS))):
            break
        cursor += 1
    return list(range(answer, numbers[-1] + 1)) if numbers else []


# Words inside a house number: «четырнадцать дробь два», "12 slash 3"
_NUMBER_JOINERS = {"дробь", "дріб", "слэш", "слеш", "slash", "stroke"}


def _year_positions(tokens: list[Token]) -> set[int]:
    """Number words that say a year ("с 2004 года", "since twenty twenty two", "nuo 2019
    metų"): never a house number, however near a street word."""
    years: set[int] = set()
    for run in _number_runs(tokens):
        first, last = run.positions[0], run.positions[-1]
        before = tokens[first - 1].norm if first > 0 else ""
        after = tokens[last + 1].norm if last + 1 < len(tokens) else ""
        year_like = len(run.digits) == 4 and 1900 <= int(run.digits) <= 2039
        if after in _YEAR_WORDS or (year_like and before in _SINCE_WORDS):
            years.update(run.positions)
    return years


def _address_after_cue(tokens: list[Token], cue_ends: list[int]) -> list[Finding]:
    """An address said in pieces after "the address is" (or "what is your address?"):
    "zero seven six" / "first street" / "harper valley california" / "six three four five
    three" — the next words up to the last number or street word, across turns."""
    findings = []
    years = _year_positions(tokens)
    for anchor in cue_ends:
        if _firm_says_where_it_is(tokens, anchor):
            continue  # «Наш офис по адресу: ...»
        positions, core = [], []
        cursor = anchor + 1
        while cursor < len(tokens) and len(positions) < 16:
            token = tokens[cursor]
            if _is_cue(tokens, cursor):
                break
            if positions and token.role != tokens[positions[0]].role \
                    and tokens[positions[-1]].turn == tokens[anchor].turn \
                    and all(tokens[p].number is None for p in core):
                if tokens[anchor].role != "agent":
                    break  # "я живу у метро, на улице ..." / the agent's next line: a landmark
                # "адрес установки: город и улица" asked: the answer is the other side's
                positions = []
            if positions and token.role != tokens[positions[0]].role:
                other = [t for t in tokens[cursor:cursor + MAX_ACK_TURN + 1]
                         if t.turn == token.turn]
                if len(other) > 3:
                    break  # the other side moved on: "what is the bill amount"
                cursor += 1  # the other side's "namo numeris?" between the parts
                continue
            if positions and token.turn != tokens[positions[-1]].turn \
                    and tokens[anchor].role == token.role and not next(
                        (t.number is not None or t.norm in HOUSE_WORDS
                         for t in tokens[cursor:cursor + 3]
                         if t.turn == token.turn and t.norm not in FILLERS), False) and any(
                        tokens[p].norm in STREET_WORDS for p in core) \
                    and all(tokens[p].number is None for p in core):
                break  # "живу на улице Франко" / "стелаж ... 4 штуки": a landmark, then new talk
            if _home_described(tokens, cursor):
                break
            positions.append(cursor)
            if token.norm in ADDRESS_END_WORDS:
                break  # "... квартира 12, подъезд 3": the entrance is not the address
            if (token.number is not None and cursor not in years
                    and not _quantity(tokens, cursor)
                    and tokens[cursor - 1].norm not in _TIME_WORDS | {"к", "до", "by"}) \
                    or token.norm in STREET_WORDS:
                core.append(cursor)  # (not "привезти нужно к 18": a time)
            abbreviation = token.norm in _HOUSE_NUMBER_WORDS or token.norm in STREET_WORDS
            if token.raw.strip()[-1:] in ".?!" and not abbreviation:  # (not "кв.", "g.")
                if token.raw.strip().endswith("?") and token.turn == tokens[anchor].turn \
                        and all(tokens[p].number is None for p in core):
                    positions, core = [], []  # "Адрес доставки?": the answer comes next
                    cursor += 1
                    continue
                break
            cursor += 1
        digits = sum(1 for p in core if tokens[p].number is not None)
        # a street word, or a house or flat word ("Садовая, 5, квартира 12")
        streets = any(tokens[p].norm in STREET_WORDS or tokens[p].norm in _HOUSE_NUMBER_WORDS
                      for p in positions)
        if not core or not (digits >= 3 or (streets and digits)):
            continue
        first = core[0]
        while tokens[core[0]].number is not None and first - 1 in positions \
                and tokens[first - 1].turn == tokens[first].turn and core[0] - first < 2 \
                and _namey(tokens[first - 1]) and not _is_cue(tokens, first - 1):
            first -= 1  # the street's name before its number, no street word: "Садовая, 5"
        span = [p for p in positions if first <= p <= core[-1]]
        findings.append(Finding("ADDRESS", _pieces(tokens, span)))
    return findings


def with_entrance_and_floor(tokens: list[Token], finding: Finding,
                            position_of: dict[tuple[int, int], int]) -> Finding:
    """The address with the entrance and the floor said together right after it («квартира
    62, подъезд 6, этаж 6», "butas 48 du laiptinė aštuoni aukštas"): the pair finds the flat
    inside its building without its number, so it is the address's. One of them alone
    («квартира 99, этаж 8») stays outside, as the address ends there."""
    pieces = []
    for turn, start, end in finding.pieces:
        cursor = position_of[(turn, end - 1)] + 1
        last, kinds = None, set()
        while cursor < len(tokens) and tokens[cursor].turn == turn:
            token = tokens[cursor]
            kind = next((name for name, words in _BUILDING_PARTS.items()
                         if token.norm in words), None)
            if kind is None and token.number is None:
                break
            numbered = any(0 <= q < len(tokens) and tokens[q].turn == turn
                           and tokens[q].number is not None for q in (cursor - 1, cursor + 1))
            if kind is not None and numbered:
                kinds.add(kind)
                last = cursor
            elif kind is None:
                last = cursor if kinds else last
            cursor += 1
        if kinds == set(_BUILDING_PARTS) and last is not None:
            end = tokens[last].index + 1
        pieces.append((turn, start, end))
    return Finding(finding.type, tuple(pieces))


_BUILDING_PARTS = {
    "entrance": {"подъезд", "під'їзд", "laiptinė", "laiptine", "entrance"},
    "floor": {"этаж", "поверх", "aukštas", "aukstas", "floor"},
}
_ALONE_WORDS = {"один", "одна", "одне", "vienas", "viena"}


def _home_described(tokens: list[Token], position: int) -> bool:
    """A flat or house word followed by a plain word, not its number («живу один, квартира
    маленькая, откуда 634 кВт·ч», "gyvenu vienas, butas mažas"): the caller describes the
    home, and the numbers after it are something else (a meter reading, a bill)."""
    if tokens[position].norm not in _HOUSE_NUMBER_WORDS:
        return False
    after = next((t for t in tokens[position + 1:position + 4]
                  if t.norm not in FILLERS), None)
    return (after is not None and after.turn == tokens[position].turn
            and after.number is None and after.norm not in HOUSE_WORDS
            and after.norm.replace("'", "").isalpha() and len(after.norm) > 2)


def _postcodes_after(tokens: list[Token], addresses: list[Finding]) -> list[Finding]:
    """A 5-digit number soon after a street address is its postcode ("... california" /
    "six three four five three"), even in the next turn."""
    ends = []
    position_of = {(t.turn, t.index): p for p, t in enumerate(tokens)}
    for finding in addresses:
        turn, _, end = finding.pieces[-1]
        ends.append(position_of[(turn, end - 1)])
    found = []
    for run in _number_runs(tokens):
        start = run.positions[0]
        if len(run.digits) == 5 and any(0 < start - end <= 12 for end in ends) \
                and not _numbers_a_record(tokens, start):  # (not "..., заказ 31665")
            found.append(Finding("ADDRESS", _pieces(tokens, run.positions)))
    return found
