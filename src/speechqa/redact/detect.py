"""Finding PII in a call's words: numbers (cards, phones, documents, accounts), dates of
birth, e-mail addresses, street addresses and names, in ru/uk/en/lt, typed or as ASR
writes them.

The call is one token stream across turns, so a number split over turns ("четыре два семь
шесть" / "да" / "три восемь ноль ноль ...") is read as one number. A number's type comes
from its check digits (Luhn, SNILS, INN, asmens kodas) and from the nearest cue before it
("номер карты", "date of birth"); amounts, times, "the card ending in 1234", menu choices
and order numbers are left alone.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from speechqa.redact import checksums
from speechqa.redact.lexicon import (
    ACK_WORDS,
    ADDRESS_CUES,
    ADDRESS_END_WORDS,
    CAR_MAKES,
    CUES,
    DATE_JOINERS,
    EN_FIRST,
    EN_SURNAMES,
    FILLERS,
    GREETING_WORDS,
    HOUSE_WORDS,
    LETTER_NAMES,
    LIVING_WORDS,
    LT_FIRST,
    LT_NOT_SURNAME,
    LT_SURNAME_ENDINGS,
    MONTHS,
    NAME_QUESTIONS,
    NOT_NAME,
    ORDINAL_STEMS,
    ORG_WORDS,
    PAUSE_PHRASES,
    PAUSE_WORDS,
    PERSON_CUES,
    PET_WORDS,
    PLACE_WORDS,
    SELF_INTRO_CUES,
    STREET_WORDS,
    UNIT_PREFIX,
    UNIT_WORDS,
    WEAK_CVV_CUES,
    WEAK_EXPIRY_CUES,
)
from speechqa.redact.numbers import (
    WEAK_ZERO,
    NumberToken,
    fold,
    read_token,
    split_readings,
    spoken_groups,
)

ENTITY_TYPES = ("CARD", "CVV", "EXPIRY", "PHONE", "EMAIL", "PASSPORT", "NATIONAL_ID", "DOB",
                "ACCOUNT", "ADDRESS", "PERSON")
# When two findings overlap, the earlier type here wins.
_PRIORITY = {name: rank for rank, name in enumerate(
    ("CARD", "NATIONAL_ID", "PASSPORT", "ACCOUNT", "PHONE", "EMAIL", "CVV", "EXPIRY", "DOB",
     "ADDRESS", "PERSON"))}
CUE_WINDOW = 10  # tokens before a number searched for its cue
CARD_TALK = 60  # tokens back a card cue makes "valid until", "runs out" about the card
_DICTATED = {"CARD", "CVV", "PHONE", "PASSPORT", "NATIONAL_ID", "ACCOUNT"}
MAX_BRIDGE = 4  # filler tokens (and turn changes) a number may continue across
MAX_ACK_TURN = 6  # words in the other speaker's acknowledgement inside a dictated number
_PUNCT = "\"'«»“”„()[]{}<>.,!?;:…—–"
_CLAUSE_END = re.compile(r"[.,!?;:…]$")
_EMAIL = re.compile(r"^[\w.+\-']+@[\w\-]+(\.[\w\-]+)+$")  # (o'neill@...)
# "12а", "7-b", and a house with its flat or building: "39а-9", "123А/6"
_DIGITS_SUFFIX = re.compile(r"^(\d{1,4})(?:-?[a-zа-яіїєё]{1,3})(?:[-/]\d{1,4})?$")
# A document or policy number written with its series letters: "PL8856310", "ЕР-913284363".
_LETTERED = re.compile(r"^[a-zа-яіїєё]{1,3}-?(\d{5,})$")
_LETTERED_GROUPED = re.compile(r"^[a-zа-яіїєё]{1,3}-(\d{2,6}(?:-\d{2,6})+)$")
_AT_WORDS = {"at", "собака", "собачка", "эт", "ет", "равлик", "ravlyk", "eta", "et"}
_DOT_WORDS = {"dot", "точка", "крапка", "taškas", "taskas"}
_MAIL_JOINERS = {"underscore", "dash", "hyphen", "подчеркивание", "подчеркивания", "нижнее",
                 "нижний", "дефис", "тире", "підкреслення", "нижнє", "нижня", "дефіс",
                 "brūkšnys", "bruksnys", "pabraukimas", "apatinis", "minus", "минус", "мінус",
                 "brūkšnelis", "bruksnelis", "брюкшнелис"}
_YEAR_WORDS = {"года", "году", "год", "року", "рік", "році", "metų", "metu", "metais", "year",
               "years", "г", "р"}
_SINCE_WORDS = {"since", "from", "in", "с", "со", "з", "із", "від", "nuo", "до", "в", "у"}
_MAIL_NAMES = {"email", "e-mail", "mail", "el", "elektroninis", "pastas", "address", "adresas",
               "is", "its", "it's", "to", "on", "at", "me"}
_DATE_TAIL = {"года", "г", "року", "р", "m", "metų", "metu", "metai", "metais", "d", "diena",
              "dienos", "числа"}
_SHORT_WORDS = {"uh", "um", "oh", "ok", "is", "it", "my", "no", "on", "to", "at", "me", "am",
                "an", "as", "be", "by", "do", "go", "he", "hi", "if", "in", "of", "or", "so",
                "up", "us", "we", "ah", "eh", "er", "hm", "mm"}
_LETTERS_EN = set("abcdefghijklmnopqrstuvwxyz")
_EN_NUMBER_WORDS = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "hundred", "thousand", "double", "triple",
}
_TIME_PREPOSITIONS = {"at", "around", "about", "by", "в", "во", "около", "о", "об", "близько",
                      "apie", "ties"}
# Words before a time or date: a dictated number does not go on across them.
_TIME_WORDS = {"at", "after", "before", "until", "till", "from", "by", "после", "до", "в", "во",
               "около", "с", "після", "о", "об", "з", "від", "po", "iki", "nuo", "prieš",
               "pries", "apie"}
# Number words of one language that are plain words in another ("ten" is "there" in lt).
_FALSE_FRIENDS = {"lt": frozenset({"ten"})}
# Words a house or flat number follows (not "номер": a document number follows that too).
_HOUSE_NUMBER_WORDS = {"дом", "д", "будинок", "буд", "квартира", "кв", "house", "flat",
                       "apartment", "apt", "namas", "butas", "suite", "unit", "корпус",
                       "корп"}
_AND_WORDS = {"и", "і", "й", "та", "and", "ir"}  # "серия и номер": not a series letter
_NUMBER_WORDS = {"номер", "number", "no", "numeris", "nr", "№", "n"}
_NAME_LEAD_INS = {"э", "эм", "uh", "um", "ну", "also", "actually", "just", "like", "well",
                  "ee", "nu", "е", "пожалуйста", "please", "prašau", "prasau"}
_WEAK_PERSON_CUES = {"it's", "its", "here's", "i'm", "i", "this", "aš"}
_LT_FIRST_ENDINGS = ("as", "is", "ys", "us", "a", "ė", "e")
# English word endings that names rarely have: verbs and adverbs ("called", "coming", "today").
_EN_NOT_NAME_ENDINGS = ("ed", "ing", "ly", "'s", "day", "ness", "ment", "tion")
# Instrument nouns end like surnames in -lis ("skaitiklis", "jungiklis", "šildiklis").
_LT_TOOL_NOUN = ("iklis", "yklis", "tuvas")
# Verb endings (imperative, 1st/2nd plural, past) that also end in a name's letters.
_LT_VERB_ENDINGS = ("ite", "ame", "ate", "ome", "ote", "iau", "jo", "si")
_PLUS_WORDS = {"плюс", "plus", "pliusas", "plius"}
_ACCOUNT_REFERENCES = {"reference", "ref"}
# A speaker correcting what they just dictated: "no wait", "ой, точнее", "ne, atsiprašau".
# A speaker restarting a number they lost their place in: "сбилась, заново", "again".
_RESTART_WORDS = {"сбилась", "сбился", "заново", "сначала", "збилася", "збився", "спочатку",
                  "again", "naujo", "pradžios", "pradzios", "atsiprašau"}
_CORRECTION_WORDS = {"нет", "ні", "no", "sorry", "oops", "точнее", "вернее", "тобто", "ne",
                     "atsiprašau", "atsiprasau", "mean", "wait", "ой", "стоп", "stop",
                     "correction", "scratch", "вибачте", "извините", "пардон"}
# Words that open a time range after an address: the numbers after them are hours.
_TIME_RANGE_WORDS = {"between", "until", "till", "after", "before", "from", "до", "после",
                     "между", "між", "після", "tarp", "iki", "po", "nuo", "прежде"}
_TEMPERATURE_WORDS = {"градусов", "градуса", "градус", "градусів", "градуси", "degrees",
                      "laipsniai", "laipsnių", "laipsniu"}
# "счётчик" (a meter) begins like "счёт" (an account); its readings are not identifiers
_METER_STEMS = ("счетчик", "лічильник", "лiчильник")
# The other side asking for the rest of a number: "and the last four?", "а дальше?".
_REST_WORDS = {"last", "rest", "remaining", "остальные", "оставшиеся", "последние", "решта",
               "останні", "інші", "likusius", "likę", "like", "paskutinius", "paskutiniai"}
# Words that make the English "one" a pronoun: "the old one", "that one", "a new one".
_ONE_PRONOUN_BEFORE = {"the", "that", "this", "old", "new", "other", "another", "which",
                       "right", "wrong", "each", "every", "no", "a", "any", "only", "same",
                       "first", "second", "last", "next", "current", "main", "mobile", "home",
                       "work", "landline", "little", "big", "good", "bad"}
# What an agent says right after their own name when answering: "Aoife speaking".
_SIGNOFF_WORDS = {"speaking", "here", "слушаю", "слухаю", "klausau", "klauso"}


@dataclass
class Token:
    turn: int
    index: int  # position in the turn's words
    raw: str
    norm: str
    number: NumberToken | None
    clause_end: bool
    role: str
    pause: bool = False  # a hesitation or aside a dictated number goes on across


@dataclass(frozen=True)
class Finding:
    """One entity: its type and the tokens it covers, as (turn, first, last+1) pieces."""

    type: str
    pieces: tuple[tuple[int, int, int], ...]


def normalize(raw: str) -> str:
    token = fold(raw.strip())
    if _EMAIL.match(token.strip(_PUNCT)):
        return token.strip(_PUNCT)
    return token.strip(_PUNCT + "-")


def tokenize(turn_words: Sequence[Sequence[str]], roles: Sequence[str],
             language: str | None = None) -> list[Token]:
    """One token stream over the call, every token keeping its turn and word position."""
    tokens: list[Token] = []
    not_numbers = _FALSE_FRIENDS.get(language or "", frozenset())
    for turn, words in enumerate(turn_words):
        for index, raw in enumerate(words):
            norm = normalize(raw)
            number = None if norm in not_numbers else read_token(norm)
            if norm == "one" and index > 0 and fold(words[index - 1]).strip(_PUNCT) \
                    in _ONE_PRONOUN_BEFORE:
                number = None  # "that's the old one, it's zero double seven ..."
            if number is None and (m := _DIGITS_SUFFIX.match(norm) or _LETTERED.match(norm)):
                number = NumberToken("digits", digits=m.group(1))
            if number is None and (m := _LETTERED_GROUPED.match(norm)):
                number = NumberToken("digits", digits=m.group(1).replace("-", ""))
            tokens.append(Token(turn, index, raw, norm, number,
                                bool(_CLAUSE_END.search(raw.strip())), roles[turn]))
    # Asides said while dictating ("let me see", "одну секунду"): never digits themselves.
    position = 0
    while position < len(tokens):
        length = _match_any(tokens, position, _pause_phrases())
        for token in tokens[position:position + length]:
            token.pause, token.number = True, None
        if not length and tokens[position].norm in PAUSE_WORDS and tokens[position].number is None:
            tokens[position].pause = True
        position += max(length, 1)
    _homophone_digits(tokens)
    # "oh" is a zero only among other digits ("four oh two", "oh seven nine", "one oh").
    for position, token in enumerate(tokens):
        if token.norm in WEAK_ZERO and token.number is None and _english_numbers_near(
                tokens, position):
            before = tokens[position - 1].number if position else None
            following = [t for t in tokens[position + 1:position + 6]
                         if t.norm not in FILLERS and not t.pause]
            # ("oh nine oh five": the next "oh" is a digit as well)
            after = [t.number or (NumberToken("zero", 0) if t.norm in WEAK_ZERO else None)
                     for t in following[:2]]
            spelled = position > 0 and len(tokens[position - 1].norm) == 1 \
                and tokens[position - 1].norm.isalpha()  # "g b oh five": after a letter
            if before is not None or (len(after) == 2 and None not in after) or (
                    spelled and after[:1] and after[0] is not None):
                token.number = NumberToken("zero", 0)
    return tokens


# English ASR writes a dictated digit as its homophone: "double six for six one", "twenty
# to oh four", "it's ate oh two". Only inside a run of digits are they digits.
_HOMOPHONES = {"for": 4, "to": 2, "too": 2, "ate": 8}


def _homophone_digits(tokens: list[Token]) -> None:
    """Read "for", "to", "too", "ate" as digits where number words stand on both sides in
    the turn with at least three of them around ("ate" may open one: "ate oh two")."""

    def digit_like(position: int, turn: int) -> bool:
        return (0 <= position < len(tokens) and tokens[position].turn == turn
                and (tokens[position].number is not None or tokens[position].norm in WEAK_ZERO
                     or tokens[position].norm in _HOMOPHONES))

    for position, token in enumerate(tokens):
        if token.norm not in _HOMOPHONES or token.number is not None:
            continue
        before = after = 0
        while digit_like(position - before - 1, token.turn) and before < 3:
            before += 1
        while digit_like(position + after + 1, token.turn) and after < 3:
            after += 1
        opens = token.norm == "ate" and after >= 2
        # a three-digit code said last in its turn: "nine to six", "to nine ate", "fifty ate"
        last = position + after + 1 >= len(tokens) or tokens[position + after + 1].turn \
            != token.turn
        single = [tokens[p].number for p in (position - 1, position + 1)
                  if digit_like(p, token.turn) and tokens[p].number is not None]
        short_code = last and before + after >= 2 and all(n.kind in ("unit", "zero")
                                                          for n in single)
        after_tens = last and not after and token.norm in ("ate", "for") and before and \
            tokens[position - 1].number is not None and tokens[position - 1].number.kind == "tens"
        if (before and after and before + after >= 3) or opens or short_code or after_tens:
            token.number = NumberToken("unit", _HOMOPHONES[token.norm])


def _english_numbers_near(tokens: list[Token], position: int) -> bool:
    """"oh"/"o" reads as zero only beside English number words: the Lithuanian "o" (and)
    between two typed numbers is a word."""
    if tokens[position].norm == "oh":
        return True
    near = tokens[max(0, position - 1):position] + tokens[position + 1:position + 3]
    return any(t.norm in _EN_NUMBER_WORDS for t in near)


# Cue phrases -------------------------------------------------------------------------------


def _compile(phrases: Sequence[str]) -> list[tuple[tuple[str, ...], str]]:
    compiled = []
    for phrase in phrases:
        words = tuple(fold(word) for word in phrase.split())
        compiled.append((words, phrase))
    return sorted(compiled, key=lambda item: -len(item[0]))


def _word_matches(pattern: str, norm: str) -> bool:
    if pattern.endswith("*"):
        return norm.startswith(pattern[:-1]) and bool(norm)
    return norm == pattern


def _phrase_at(tokens: list[Token], position: int, words: tuple[str, ...]) -> bool:
    if position + len(words) > len(tokens):
        return False
    turn = tokens[position].turn
    return all(
        tokens[position + k].turn == turn and _word_matches(word, tokens[position + k].norm)
        for k, word in enumerate(words)
    )


@functools.cache
def _pause_phrases() -> list[tuple[str, ...]]:
    return [words for words, _ in _compile(PAUSE_PHRASES)]


@functools.cache
def _cue_table() -> dict[str, list[tuple[str, ...]]]:
    return {kind: [words for words, _ in _compile(phrases)] for kind, phrases in CUES.items()}


@functools.cache
def _phrase_lists() -> dict[str, list[tuple[str, ...]]]:
    return {
        "person": [w for w, _ in _compile(PERSON_CUES)],
        "self": [w for w, _ in _compile(SELF_INTRO_CUES)],
        "question": [w for w, _ in _compile(NAME_QUESTIONS)],
        "address": [w for w, _ in _compile(ADDRESS_CUES)],
        "living": [w for w, _ in _compile(LIVING_WORDS)],
        "months": [w for w, _ in _compile(MONTHS)],
        "units": [w for w, _ in _compile(sorted(UNIT_WORDS))],
    }


_PHRASE_INDEX: dict[int, tuple[dict[str, list[tuple[str, ...]]], list[tuple[str, ...]],
                               list[tuple[str, ...]]]] = {}


def _indexed(phrases: list[tuple[str, ...]]):
    """A phrase list (one of the cached, longest-first lists) split by its first word, so a
    token is compared only with the phrases that can start at it (the list is kept in the
    entry, so its id stays its own)."""
    entry = _PHRASE_INDEX.get(id(phrases))
    if entry is None:
        exact: dict[str, list[tuple[str, ...]]] = {}
        wild: list[tuple[str, ...]] = []
        for words in phrases:
            if words[0].endswith("*"):
                wild.append(words)
            else:
                exact.setdefault(words[0], []).append(words)
        entry = _PHRASE_INDEX[id(phrases)] = (exact, wild, phrases)
    return entry


def _match_any(tokens: list[Token], position: int, phrases: list[tuple[str, ...]]) -> int:
    """Length of the longest phrase starting at ``position`` (0 if none)."""
    exact, wild, _ = _indexed(phrases)
    best = 0
    for words in exact.get(tokens[position].norm, ()):
        if _phrase_at(tokens, position, words):
            best = len(words)
            break
    for words in wild:
        if len(words) <= best:
            break
        if _phrase_at(tokens, position, words):
            best = len(words)
            break
    return best


def _cue_marks(tokens: list[Token], enabled: set[str]) -> list[tuple[int, int, str]]:
    """Every cue in the call: (first token, end token, type)."""
    table = _cue_table()
    marks = []
    for position in range(len(tokens)):
        for kind, phrases in table.items():
            if kind != "NEG" and kind not in enabled and kind not in ("DOB", "EXPIRY"):
                continue
            length = _match_any(tokens, position, phrases)
            if length:
                marks.append((position, position + length, kind))
    # "the car loan, reference TN35447917", "номер договора, заявка ...": a reference just
    # after an account word is that account's number, not an order or ticket reference
    marks = [(first, end, kind) for first, end, kind in marks
             if kind != "ACCOUNT" or not tokens[first].norm.startswith(_METER_STEMS)]
    accounts = [end for _first, end, kind in marks if kind == "ACCOUNT"]
    return [(first, end, kind) for first, end, kind in marks
            if kind != "NEG" or tokens[first].norm not in _ACCOUNT_REFERENCES
            or not any(0 <= first - stop <= 2 for stop in accounts)]


# Numbers ------------------------------------------------------------------------------------


@dataclass
class NumberRun:
    positions: list[int]  # token positions holding number tokens
    digits: str
    groups: list[str]
    # the parts of a number said in pieces (see _joined_card_parts): each is masked alone,
    # the interruption or the correction between them stays readable
    parts: tuple[tuple[int, ...], ...] = ()


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
                aside = (gap in dictation and gap - cursor < 3 and _digits_follow(tokens, gap, 2)
                         and token.norm not in _TIME_WORDS and token.norm not in _AMOUNT_WORDS
                         and token.turn == tokens[positions[-1]].turn and _plain_word(tokens, gap)
                         and not _spelled_letter(token))
                if words >= MAX_BRIDGE or token.norm in _DONE_WORDS or not (
                        token.pause or token.norm in FILLERS or not token.norm or aside):
                    break
                pauses_only = pauses_only and (token.pause or not token.norm or aside)
                words += 1
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
        number_tokens = [tokens[p].number for p in positions]
        groups = spoken_groups([t for t in number_tokens if t is not None])
        runs.append(NumberRun(positions, "".join(groups), groups))
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
                and not any(_asks_for_another(tokens, p) for p in said):
            # "and the last four?", "а остальные?": asks for the rest ("Last thing, the
            # CVV." asks for another number)
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
            and token.norm not in STREET_WORDS and token.norm not in _HOUSE_NUMBER_WORDS)


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
    if same_turn and _match_any(tokens, after, units):
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
    return (13 <= n <= 19 and checksums.luhn(digits)) or (
        n == 11 and (checksums.snils(digits) or checksums.asmens_kodas(digits))) or (
        n == 12 and checksums.inn(digits))


def _classify_number(digits: str, cues: dict[str, int], plus: bool) -> str | None:
    n = len(digits)
    nearest = min(cues, key=lambda kind: cues[kind]) if cues else None
    # (payment cards start with 2-6: "07700 9... sorry, 07700 900 123" is a phone)
    luhn_card = 13 <= n <= 19 and checksums.luhn(digits) and digits[0] in _CARD_FIRST_DIGITS
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
    if n == 11 and (checksums.snils(digits) or checksums.asmens_kodas(digits)):
        return "NATIONAL_ID"
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
        if 13 <= len(digits) <= 19 and checksums.luhn(digits) and count < len(run.groups):
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
        if len(earlier) == len(digits) >= 12 and sum(
                a != b for a, b in zip(earlier, digits, strict=True)) <= 2:
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
        cells = [position_of[(turn, i)] for turn, start, end in finding.pieces
                 for i in range(start, end)]
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
                    groups = spoken_groups([tokens[p].number for p in part
                                            if tokens[p].number is not None])
                    out.append(NumberRun(part, "".join(groups), groups))
                part = []
            else:
                part.append(position)
    return out


# Words before the date a document bears: «договор от 12.03.2019», "dated 01/02/2020"
_DATED_WORDS = {"от", "від", "dated", "nuo", "з"}

# "перезвоним после одиннадцать тридцать": a time, never a month and year
_AFTER_WORDS = {"после", "після", "after", "po"}


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
    unread: list[NumberRun] = []
    cards: list[tuple[int, int, str]] = []
    phones: list[tuple[int, int, str]] = []
    while queue:
        run = queue.pop(0)
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
            groups = spoken_groups([tokens[p].number for p in kept if tokens[p].number])
            run = NumberRun(kept, "".join(groups), groups)
        cues = _nearest_cue(marks, run.positions[0])
        card_talk = run.positions[0] - last_card <= CARD_TALK
        if (("EXPIRY" in cues and "CVV" in cues) or card_talk) and (
                parts := _expiry_then_code(tokens, run)):
            # "zero eight thirty-one, hang on, six one three": asked for, or right after the
            # card, a month and year and then three or four digits are its expiry and CVV
            for part, part_kind in zip(parts, ("EXPIRY", "CVV"), strict=True):
                if part_kind in enabled:
                    findings.append(Finding(part_kind, _pieces(tokens, part.positions)))
            continue
        start = run.positions[0]
        if "CVV" in cues and cues.get("EXPIRY", -1) > cues["CVV"] and any(
                tokens[p].number is not None
                for p in range(start - cues["EXPIRY"], start - cues["CVV"])):
            # the expiry was asked and answered before the CVV question: what follows that
            # question is the code, even when it looks like a month and year (Amex "1227")
            del cues["EXPIRY"]
        if "DOB" in cues and any(start - cues["DOB"] <= first and last < start
                                 for first, last in birth_dates):
            del cues["DOB"]  # the birth date was said already: "booked for the 3rd at 12:10"
        plus = _dialled(tokens, start)
        if (start > 0 and tokens[start - 1].turn == tokens[start].turn and len(run.digits) <= 7
                and tokens[start - 1].norm in STREET_WORDS | _HOUSE_NUMBER_WORDS):
            continue  # "переулок 144-136", "apartment one hundred and sixty two"
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
        if kind is None and (lead := _card_after_lead(tokens, run)):
            # "a new one: 4276 9979 ...": a number word before the card is not its digit
            run = NumberRun(run.positions[lead:], "", [])
            run.groups = spoken_groups([tokens[p].number for p in run.positions
                                        if tokens[p].number is not None])
            run.digits = "".join(run.groups)
            kind = "CARD"
        if kind is None and (12 <= len(run.digits) <= 18 or "CVV" in cues):
            kind = _checked_split_reading(tokens, run, cues, plus)
        if kind == "PHONE" and _toll_free(run.digits):
            kind = None  # "наша горячая линия 8 800 250-44-11": a company's number
        if kind in ("ACCOUNT", "PASSPORT", "NATIONAL_ID") and _said_as_date(tokens, run):
            kind = None  # "договор у вас с 17.04.2023": the contract's date, not its number
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
                and (not cues or min(cues, key=lambda k: cues[k]) != "NEG")
                and cues.get("NEG", 10**6) > 5
                and (start - last_card <= CARD_TALK or _card_near(tokens, start))):
            # after the card number, a month and year is its expiry even when the question
            # was only "и до какого она?" ("at twelve thirty" is a time)
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
        card_then_expiry = (cut := _split_card(run)) is not None and _expiry_shaped(
            "".join(run.groups[cut:]), False)  # "4111 1111 1111 1111, 12/27"
        if kind is None and len(run.digits) == 20 and not _read_back_split(tokens, run) \
                and not card_then_expiry:
            kind = "ACCOUNT"  # a 20-digit bank account (Russian счёт 40817...)
        if kind is None and language == "en" and not cues and _nanp(run.digits) \
                and not _followed_by_unit(tokens, run):
            kind = "PHONE"  # "it's five seven oh / eight two oh fifty-two twenty-nine"
        if kind is None and len(run.digits) > 19 and (cut := _split_card(run)) is not None:
            # "... card digits ... then expiry" read without a pause word between them.
            token_count = _tokens_for_groups(tokens, run, cut)
            positions, kind = run.positions[:token_count], "CARD"
            last_card = positions[-1]  # what follows is in card talk: its expiry and CVV
            if token_count < len(run.positions):
                rest = run.positions[token_count:]
                groups = spoken_groups([tokens[p].number for p in rest
                                        if tokens[p].number is not None])
                queue.insert(0, NumberRun(rest, "".join(groups), groups))
        if kind is None and (parts := _read_back_split(tokens, run)):
            queue[:0] = parts  # "... fifty-two twenty-nine" / "so five seven oh ... twenty-nine"
            continue
        if kind in (None, "EXPIRY", "CVV") and (parts := _split_at_and(tokens, run)):
            queue[:0] = parts  # "07 32 и 629": the expiry and the code in one breath
            continue
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
        if kind in ("PASSPORT", "NATIONAL_ID", "ACCOUNT"):
            positions = _with_letters(tokens, _before_its_date(tokens, positions))
        if kind == "PASSPORT":
            positions = _with_series(tokens, positions)
            positions = _series_turn_before(tokens, positions)
        if kind == "CARD" and run.parts and positions == run.positions:
            findings.append(Finding(kind, tuple(piece for part in run.parts
                                                for piece in _pieces(tokens, part))))
            continue
        findings.append(Finding(kind, _pieces(tokens, positions)))
    if "CARD" in enabled:
        findings += _card_fragments(tokens, unread, cards)
        findings += _broken_off_starts(tokens, unread, cards, "CARD")
    if "PHONE" in enabled:
        findings += _broken_off_starts(tokens, unread, phones, "PHONE")
    return findings


def _opens_an_answer(tokens: list[Token], position: int) -> bool:
    """Only fillers ("ну", "so", "it's") or a cue stand before ``position`` in its turn: the
    number answers the question, unlike "Room 305" or "я заплатил 350"."""
    start = position - tokens[position].index
    return all(t.norm in FILLERS or t.norm in PAUSE_WORDS or t.norm in ACK_WORDS
               or t.norm in _WEAK_PERSON_CUES or _is_cue(tokens, p) or not t.norm
               for p, t in enumerate(tokens[start:position], start=start))


# Words with which a caller gives up a number half said: a correction, a restart, "that's
# my old one" or "that's another card"
_ABANDON_WORDS = _CORRECTION_WORDS | _RESTART_WORDS | {
    "oi", "old", "wrong", "старый", "старая", "старий", "стара", "senas", "sena", "neteisingai",
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
                or not shortest <= len(run.digits) < len(whole[1]) \
                or not _opens_an_answer(tokens, run.positions[0]):
            continue
        between = tokens[end + 1:whole[0]]
        speaker = tokens[end].role
        other = [t for t in between if t.role != speaker]
        restarted = whole[1].startswith(run.digits)  # "8 916... алло? 8 916 423 15 67"
        if any(t.number is not None for t in between) or not (restarted or any(
                t.norm in _ABANDON_WORDS for t in between if t.role == speaker)) \
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


# How far apart (tokens) two parts of one card number may be said: an interruption ("Лиза,
# выключи телевизор!"), the other speaker's "take your time" or a self-correction between them
_CARD_PART_GAP = 24
# turns a card's parts may lie apart: the caller's aside and the agent's answer between them
# («5115 7570.» / «Ой, а комісію візьмете?» / «Комісії немає, продовжуйте.» / «... 7814 2383.»)
_CARD_PART_TURNS = 4
# Card numbers start with these digits (Mir 2, Amex/JCB 3, Visa 4, Mastercard 5, UnionPay 6)
_CARD_FIRST_DIGITS = "23456"


def _card_cue_before(tokens: list[Token], marks: list[tuple[int, int, str]], start: int) -> bool:
    """A card question or cue before ``start`` (within card talk) and no other type's cue
    nearer to it: the digits after it are being read as a card."""
    nearest = min(((start - end, kind) for _first, end, kind in marks
                   if end <= start and start - end <= CARD_TALK // 2), default=None)
    return nearest is not None and nearest[1] == "CARD"


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
        for count in (2, 3):
            parts = runs[index:index + count]
            if len(parts) < count or not _card_parts_fit(tokens, parts, marks):
                continue
            for readings in itertools.product(*(_part_readings(tokens, p) for p in parts)):
                candidates = ["".join(readings)]
                if count == 2 and _corrected_between(tokens, *parts):
                    candidates += _restarted(*readings)
                digits = next((c for c in candidates if 13 <= len(c) <= 19 and checksums.luhn(c)
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
                    break
            if joined is not None:
                break
        if joined is None:
            out.append(first)
            index += 1
            continue
        out.append(joined)
        index += len([r for r in runs[index:] if r.positions[0] <= joined.positions[-1]])
    return out


def _turn_chunks(tokens: list[Token], run: NumberRun) -> list[NumberRun]:
    """The run's numbers cut at every change of turn."""
    chunks: list[list[int]] = []
    for previous, position in zip([None, *run.positions], run.positions, strict=False):
        if previous is None or tokens[previous].turn != tokens[position].turn:
            chunks.append([])
        chunks[-1].append(position)
    out = []
    for chunk in chunks:
        groups = spoken_groups([tokens[p].number for p in chunk if tokens[p].number is not None])
        out.append(NumberRun(chunk, "".join(groups), groups))
    return out


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
    groups = spoken_groups([tokens[p].number for p in run.positions[:cut]
                            if tokens[p].number is not None])
    return NumberRun(run.positions[:cut], "".join(groups), groups)


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
            or any(tokens[p].role != speaker for p in nxt.positions):
        return False
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
        if 13 <= len(part.digits) <= 19 and checksums.luhn(part.digits):
            return False  # a whole card on its own: a false start, or a read-back
    if sum(len(part.digits) for part in parts[:-1]) >= 13 and len(parts[-1].digits) >= 3:
        return False  # a card-length number and then its expiry or code ("... до 04 26")
    for before, after in itertools.pairwise(parts):
        start = after.positions[0]
        if start - before.positions[-1] > _CARD_PART_GAP or \
                tokens[start].turn - tokens[before.positions[-1]].turn > _CARD_PART_TURNS:
            return False
        if any(before.positions[-1] < end <= start and kind != "CARD" and (
                tokens[end - 1].role != speaker or start - end <= 3) for _f, end, kind in marks):
            return False  # a new question between them: "... and your date of birth?"
    cues = _nearest_cue(marks, first.positions[0])
    return not cues or min(cues, key=lambda kind: cues[kind]) == "CARD"


def _dialled(tokens: list[Token], position: int) -> bool:
    """The number at ``position`` starts with "+" or "plus": an international phone."""
    return tokens[position].raw.strip().startswith("+") or (
        position > 0 and tokens[position - 1].norm in _PLUS_WORDS)


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
    yes."): a short turn of little but those digits, inside the dictation or right after
    its last group. (A longer turn, "paid with the card ending 7721", is not an echo.)"""
    start = run.positions[0]
    inside = first < start < last or tokens[start].turn - tokens[last].turn == 1
    if not inside or len(run.digits) < 3 or run.digits not in digits \
            or tokens[start].role == tokens[first].role:
        return False
    end = start
    while end + 1 < len(tokens) and tokens[end + 1].turn == tokens[start].turn \
            and end - start <= len(run.positions) + 2:
        end += 1
    return tokens[start].index + end - start + 1 <= len(run.positions) + 2


def _read_back_split(tokens: list[Token], run: NumberRun) -> list[NumberRun]:
    """A number and the other speaker's reading of it back, run together because only a
    "so" or "ok" stood between them: cut where the speaker changes and the digits repeat."""
    for cut in range(len(run.positions) - 1, 0, -1):
        before, after = run.positions[:cut], run.positions[cut:]
        if tokens[before[-1]].role == tokens[after[0]].role:
            continue
        parts = [spoken_groups([tokens[p].number for p in part if tokens[p].number])
                 for part in (before, after)]
        said, repeated = ("".join(groups) for groups in parts)
        if len(repeated) >= 5 and said.endswith(repeated):
            return [NumberRun(before, said, parts[0]), NumberRun(after, repeated, parts[1])]
        return []
    return []


def _expiry_then_code(tokens: list[Token], run: NumberRun) -> list[NumberRun]:
    """The run cut at its first pause when the part before is a month and year and the
    part after three or four digits: the expiry and the CVV, asked for together."""
    for cut, (previous, position) in enumerate(itertools.pairwise(run.positions), start=1):
        if position == previous + 1 and not tokens[previous].clause_end:
            continue
        parts = [run.positions[:cut], run.positions[cut:]]
        groups = [spoken_groups([tokens[p].number for p in part if tokens[p].number])
                  for part in parts]
        expiry, code = ("".join(g) for g in groups)
        if _expiry_shaped(expiry, False) and 3 <= len(code) <= 4:
            return [NumberRun(part, "".join(g), g) for part, g in zip(parts, groups,
                                                                      strict=True)]
    return []


def _split_at_and(tokens: list[Token], run: NumberRun) -> list[NumberRun]:
    """The run cut where an "and" joins two numbers (not "five hundred and fifty")."""
    parts: list[list[int]] = [[run.positions[0]]]
    for previous, position in itertools.pairwise(run.positions):
        gap = tokens[previous + 1:position]
        number = tokens[previous].number
        same_turn = tokens[position].turn == tokens[previous].turn
        if (any(t.norm in _AND_WORDS for t in gap) and same_turn and number is not None
                and number.kind not in ("hundred", "hundreds", "thousand")):
            parts.append([])
        parts[-1].append(position)
    if len(parts) < 2:
        return []
    runs = []
    for part in parts:
        groups = spoken_groups([tokens[p].number for p in part if tokens[p].number is not None])
        runs.append(NumberRun(part, "".join(groups), groups))
    return runs


def _card_after_lead(tokens: list[Token], run: NumberRun) -> int:
    """How many leading tokens (one or two) to drop for the rest to be a Luhn card number."""
    for lead in (1, 2):
        rest = [tokens[p].number for p in run.positions[lead:] if tokens[p].number is not None]
        digits = "".join(spoken_groups(rest))
        if rest and 13 <= len(digits) <= 19 and checksums.luhn(digits):
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


def _is_cue(tokens: list[Token], position: int) -> bool:
    """A cue word ("ИНН", "адрес", "gyvenu") introduces an entity; it is not part of it."""
    lists = _phrase_lists()
    return any(_match_any(tokens, position, phrases) for phrases in
               (*_cue_table().values(), lists["address"], lists["living"]))


def _with_letters(tokens: list[Token], positions: list[int]) -> list[int]:
    """Series letters of a document or IBAN country code before its digits ("КМ", "ка эм")."""
    first, last = positions[0], positions[-1]
    extra = []
    cursor = first - 1
    while cursor >= 0 and first - cursor <= 3 and tokens[cursor].turn == tokens[first].turn:
        if not _is_letter(tokens[cursor]) or _is_cue(tokens, cursor):
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


def _pieces(tokens: list[Token], positions: Sequence[int]) -> tuple[tuple[int, int, int], ...]:
    by_turn: dict[int, list[int]] = {}
    for position in positions:
        token = tokens[position]
        by_turn.setdefault(token.turn, []).append(token.index)
    return tuple((turn, min(idx), max(idx) + 1) for turn, idx in sorted(by_turn.items()))


# Written identifiers: e-mail, IBAN, formatted SSN / NI ----------------------------------------


_IBAN_START = re.compile(r"^[a-z]{2}\d{2}[a-z0-9]*$")
_NI = re.compile(r"^[a-z]{2}\d{6}[a-d]$")
_SSN = re.compile(r"^\d{3}-\d{2}-\d{4}$")


def _written_findings(tokens: list[Token], enabled: set[str], language: str) -> list[Finding]:
    findings = []
    for position, token in enumerate(tokens):
        if "EMAIL" in enabled and _EMAIL.match(token.norm):
            findings.append(Finding("EMAIL", _pieces(tokens, [position])))
        if "NATIONAL_ID" in enabled and _SSN.match(token.raw.strip(_PUNCT)):
            findings.append(Finding("NATIONAL_ID", _pieces(tokens, [position])))
        if "ACCOUNT" in enabled and _IBAN_START.match(token.norm):
            code, end = token.norm, position + 1
            valid_end = end if checksums.iban(code) else 0
            while (end < len(tokens) and tokens[end].turn == token.turn and len(code) < 34
                   and _iban_group(tokens[end])):
                code += tokens[end].norm
                end += 1
                if checksums.iban(code):
                    valid_end = end
            if valid_end:
                findings.append(Finding("ACCOUNT", _pieces(tokens, range(position, valid_end))))
        if "NATIONAL_ID" in enabled and _NI.match(token.norm):
            findings.append(Finding("NATIONAL_ID", _pieces(tokens, [position])))
        elif "NATIONAL_ID" in enabled and token.norm.isalpha() and len(token.norm) == 2:
            code, end = token.norm, position + 1
            while end < len(tokens) and tokens[end].turn == token.turn and len(code) < 9:
                code += tokens[end].norm
                end += 1
            if _NI.match(code):
                findings.append(Finding("NATIONAL_ID", _pieces(tokens, range(position, end))))
    if "EMAIL" in enabled:
        findings += _spoken_emails(tokens, language)
    if "ACCOUNT" in enabled:
        findings += _spelled_ibans(tokens)
    return findings


def _iban_group(token: Token) -> bool:
    """A written IBAN's next group: up to four digits or capitals ("0001", "BARC"), not a
    word ("born", "July") that a mod-97 check would pass one time in 97."""
    raw = token.raw.strip(_PUNCT)
    return (raw.isalnum() and raw.isascii() and len(raw) <= 4
            and (raw.isdigit() or raw.isupper() or any(c.isdigit() for c in raw)))


def _spelled_ibans(tokens: list[Token]) -> list[Finding]:
    """An IBAN read out: "g b nine eight b a r c ninety seven oh two ...", "эл тэ ..." —
    letters one by one, digits in any grouping; the mod-97 check says where it ends."""
    findings = []
    position = 0
    while position < len(tokens):
        code, cursor, best, chunk = "", position, 0, []
        turn = tokens[position].turn
        while cursor < len(tokens) and tokens[cursor].turn == turn and len(code) < 34:
            token = tokens[cursor]
            letter = _spelled_letter(token)
            if token.number is not None:
                chunk.append(token.number)
            elif letter and (token.norm not in FILLERS or len(code) >= 4):
                if chunk:
                    code += "".join(spoken_groups(chunk))
                    chunk = []
                code += letter
            elif not token.pause and not (token.norm in _AND_WORDS and chunk):
                break
            if len(code) < 2 and token.number is not None:
                break  # a country code's two letters come first
            cursor += 1
            # "one hundred and eighty eight hundred forty eight" is 180-848 to the checksum
            readings = ["".join(spoken_groups(chunk))]
            if any(n.kind in ("hundred", "thousand") for n in chunk):
                readings += split_readings(chunk)
            if any(len(code + r) >= 15 and checksums.iban(code + r) for r in readings):
                best = cursor
        if best:
            findings.append(Finding("ACCOUNT", _pieces(tokens, range(position, best))))
            position = best
        else:
            position += 1
    return findings


def _spelled_letter(token: Token) -> str:
    """The Latin letter(s) a token spells: "g", "GB", "barc"-like codes only when written."""
    norm = token.norm
    if len(norm) == 1 and norm in _LETTERS_EN:
        return norm.upper()
    raw = token.raw.strip(_PUNCT)
    if raw.isascii() and raw.isalpha() and raw.isupper() and len(raw) <= 4:
        return raw
    return ""


# Letter names a spelled top-level domain is said in ("el tė" for .lt, «ю эй» for .ua)
_TLD_LETTERS = frozenset(fold(word) for word in LETTER_NAMES) | {
    "el", "te", "ve", "ka", "ju", "ei", "ar", "ce", "de", "ef", "es", "en", "em"}


def _spoken_emails(tokens: list[Token], language: str) -> list[Finding]:
    """"ivan dot petrov at gmail dot com", "иван собака мейл точка ру"."""
    findings = []
    for position, token in enumerate(tokens):
        if token.norm not in _AT_WORDS or position == 0:
            continue
        turn = token.turn
        end = position + 1
        if end + 1 >= len(tokens):
            continue
        # domain: word (dot word)+
        cursor = end
        if not tokens[cursor].norm.isalnum() or tokens[cursor].turn != turn:
            continue
        cursor += 1
        while (cursor < len(tokens) and cursor - end < 4 and tokens[cursor].turn == turn
               and tokens[cursor].norm.isalnum() and tokens[cursor].norm not in _DOT_WORDS
               and tokens[cursor].number is None):
            cursor += 1  # a domain said in words or letters: "at b t internet dot com"
        dots = 0
        while (cursor + 1 < len(tokens) and tokens[cursor].norm in _DOT_WORDS
               and tokens[cursor + 1].turn == turn and tokens[cursor + 1].norm.isalnum()):
            cursor += 2
            dots += 1
        if not dots:
            continue
        if cursor < len(tokens) and tokens[cursor].turn == turn \
                and tokens[cursor - 1].norm in _TLD_LETTERS and tokens[cursor].norm in _TLD_LETTERS:
            cursor += 1  # a top-level domain spelled in letter names: "taškas el tė"
        local = tokens[position - 1]
        if local.turn != turn or not (local.number is not None
                                      or local.norm.replace(".", "").isalnum()):
            continue
        start = _local_part_start(tokens, position - 1, language)
        findings.append(Finding("EMAIL", _pieces(tokens, range(start, cursor))))
    return findings


# Dictation verbs before a spoken address (folded): "rašykite rasa taškas ..."
_DICTATION_VERBS = {"rasykite", "uzsirasykite", "uzsirasiau", "pakartoju", "kartoju",
                    "записывайте", "пишите", "записываю", "повторяю", "пишіть", "записуйте",
                    "записую", "повторюю", "write", "repeat", "got"}


def _mail_word(token: Token) -> bool:
    return (token.norm.replace(".", "").isalnum() and token.norm not in NOT_NAME
            and token.norm not in _DICTATION_VERBS
            and token.norm not in _AT_WORDS and token.norm not in _DOT_WORDS | _MAIL_JOINERS)


def _bounded_words(tokens: list[Token], position: int, limit: int) -> bool:
    """``position`` begins a run of at most ``limit`` address words that a function word,
    a clause end or the turn start bounds on the left ("... on fiona obrien nine at")."""
    cursor = position
    while cursor >= 0 and position - cursor < limit and _mail_word(tokens[cursor]) \
            and tokens[cursor].turn == tokens[position].turn and tokens[cursor].norm.isascii() \
            and tokens[cursor].norm not in _MAIL_NAMES:
        cursor -= 1  # (Latin words only: "моя почта" names the address, it is not in it)
    if position - cursor > limit or cursor == position:
        return False
    return (cursor < 0 or tokens[cursor].turn != tokens[position].turn
            or tokens[cursor].clause_end or tokens[cursor].norm in NOT_NAME
            or tokens[cursor].norm in FILLERS or _is_cue(tokens, cursor))


_MAIL_NOUNS = {"paštą", "paštas", "pastą", "pasta", "paštu", "почту", "почта", "пошту",
               "пошта", "mail", "email", "e-mail", "емейл", "имейл", "мейл", "ящик", "скриньку"}


def _local_part_start(tokens: list[Token], start: int, language: str) -> int:
    """First word of a spoken address's local part, walking back from the word before
    "at": words joined by "dot"/"underscore" (one or two words: "нижнее подчёркивание"),
    digits ("eighty five"), and up to two name words said without a joiner
    ("jurgita zukauskaite devyni")."""
    turn = tokens[start].turn
    bare_names = 0
    while start > 0:
        previous = tokens[start - 1]
        if previous.turn != turn or previous.clause_end:
            break
        if previous.norm in _DOT_WORDS | _MAIL_JOINERS:
            word = start - 2
            while word >= 0 and start - word <= 3 and tokens[word].norm in _MAIL_JOINERS:
                word -= 1  # "нижнее подчёркивание", "apatinis brūkšnys"
            letter = len(tokens[word].norm) == 1 and tokens[word].norm.isalpha()
            if word < 0 or tokens[word].turn != turn or not (_mail_word(tokens[word]) or letter):
                break  # ("i точка orlova": a single letter is an initial, not the pronoun)
            start = word
            continue
        if previous.number is not None and tokens[start].number is not None:
            start -= 1  # "lebedev igor eighty five at ...": digits in the local part
            continue
        joined = start >= 2 and tokens[start - 2].norm in _DOT_WORDS | _MAIL_JOINERS
        if previous.norm in _MAIL_NOUNS:
            break  # "į paštą mockute taškas ...": the word for mail, not the address
        if bare_names < 2 and _mail_word(previous) and not _is_cue(tokens, start - 1) and (
                _name_like(previous, language) or joined
                or _bounded_words(tokens, start - 1, 2 - bare_names)):
            # ("tomasz underscore zielinski twelve": a word after a joiner is the address's)
            bare_names += 1
            start -= 1
            continue
        break
    return start


# Dates of birth and expiry dates ---------------------------------------------------------------


def _is_month(tokens: list[Token], position: int) -> bool:
    return bool(_match_any(tokens, position, _phrase_lists()["months"]))


@functools.cache
def _ordinal_stems() -> tuple[str, ...]:
    """Stems as written and as ASR writes them without diacritics ("treči", "treci")."""
    return tuple(dict.fromkeys([*ORDINAL_STEMS, *(fold(stem) for stem in ORDINAL_STEMS)]))


def _is_ordinal(norm: str) -> bool:
    return any(norm.startswith(stem) and len(norm) <= len(stem) + 6
               for stem in _ordinal_stems())


_DATE_TOKEN = re.compile(r"^\d{1,4}([./-]\d{1,4}){1,2}$")


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
    return any(len(words) == end - first and _phrase_at(tokens, first, words)
               for words, _ in _compile(phrases))


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
    work = deque((end, kind, "answer", end + 8) for _first, end, kind in marks)
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
                (tokens[p].number is None and _is_ordinal(tokens[p].norm))
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
        if looked_for == "corrected" and not (has_month or _full_past_date(tokens, start, last)
                                              or _past_year(tokens, start, last)):
            continue  # "12.03.1980, ой, нет, в 10 удобно": no birth date said again
        if _money_after(tokens, last):
            continue  # "скидка ко дню рождения была 350 рублей": an amount, not a date
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


# Addresses ---------------------------------------------------------------------------------


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
                   and (p < anchor or why != "street"
                        or _street_reaches(tokens, anchor, p, language))]
        if why == "cue":
            numbers = [p for p in numbers if p > anchor]
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
            if token.clause_end and token.number is None:
                break  # "Казань, Ленина, д. 39": the city before a comma is not the street
            start = cursor
            cursor -= 1
        if why == "street" and max(numbers) < start:
            continue  # "... номер 397282484. Це біля вулиці Перемоги?": another sentence's
        last = max(max(numbers), anchor) if why == "street" else max(numbers)
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
    """A number with a unit after it ("два дня", "п'ять градусів"): no house number."""
    after = position + 1
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
        or token.norm in _SHORT_WORDS or not _namey(token)


def _street_reaches(tokens: list[Token], anchor: int, number: int, language: str) -> bool:
    """The words between a street word and a house number after it can be the street's
    name: in Russian and Ukrainian, words that are not verbs or adverbs ("улица академика
    павлова 56", not "улица была перекрыта два дня"); in English and Lithuanian the name
    comes before the street word ("Ozo gatvėje 64"), so only house words may stand there
    ("gatvėje stovėjo trys mašinos" is no address)."""
    if any(t.norm in _PARCEL_NUMBER_WORDS for t in tokens[anchor + 1:number]):
        return False  # «на улице Пушкина, трек-номер 7994...»: a parcel's number, no house
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
        positions, core = [], []
        cursor = anchor + 1
        while cursor < len(tokens) and len(positions) < 16:
            token = tokens[cursor]
            if _is_cue(tokens, cursor):
                break
            if positions and token.role != tokens[positions[0]].role \
                    and tokens[positions[-1]].turn == tokens[anchor].turn \
                    and all(tokens[p].number is None for p in core):
                # "адрес установки: город и улица" asked: the answer is the other side's
                positions = []
            if positions and token.role != tokens[positions[0]].role:
                other = [t for t in tokens[cursor:cursor + MAX_ACK_TURN + 1]
                         if t.turn == token.turn]
                if len(other) > 3:
                    break  # the other side moved on: "what is the bill amount"
                cursor += 1  # the other side's "namo numeris?" between the parts
                continue
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
        if len(run.digits) == 5 and any(0 < start - end <= 12 for end in ends):
            found.append(Finding("ADDRESS", _pieces(tokens, run.positions)))
    return found


def _namey(token: Token) -> bool:
    return (_alpha(token.norm) and token.norm not in NOT_NAME and token.norm not in FILLERS
            and token.norm not in ("в", "на", "по", "at", "on", "in", "adresu", "адресу"))


# Names -----------------------------------------------------------------------------------


@functools.cache
def _morph(language: str):
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=language)


def _known(norm: str, language: str) -> bool:
    return _morph(language).word_is_known(norm)


def _name_tags(norm: str, language: str) -> set[str]:
    """Name/Surn/Patr tags pymorphy gives a word's most likely readings (ru/uk only).

    Only dictionary words: for an unknown word ("нерефином", ASR's garble of
    "рефинансирования") pymorphy guesses tags from the ending, which is no evidence."""
    if language not in ("ru", "uk") or not norm.isalpha():
        return set()
    tags: set[str] = set()
    for parse in _morph(language).parse(norm)[:3] if _known(norm, language) else []:
        if parse.score < 0.1:
            continue
        for tag in ("Name", "Surn", "Patr"):
            if tag in parse.tag:
                tags.add(tag)
    if language == "uk" and not tags and _known(norm, "ru") and any(
            "Name" in parse.tag for parse in _morph("ru").parse(norm)[:2]):
        tags.add("Name")  # the Ukrainian dictionary lacks first names ("богдан") Russian has
    return tags


def _top_name_tag(norm: str, language: str) -> str | None:
    if language not in ("ru", "uk") or not norm.isalpha():
        return None
    if not _known(norm, language):
        if language == "uk" and "Name" in _name_tags(norm, language):
            return "Name"
        return None
    parse = _morph(language).parse(norm)[0]
    for tag in ("Name", "Surn", "Patr"):
        if tag in parse.tag:
            return tag
    return None


_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct"})
# Surname endings by declension, for words the dictionary lacks ("ковальчук", "Федорук",
# "Загорским"); "-ином" is not among them: an -ин surname says "-иным".
_SURNAME_SHAPE = re.compile(
    r"(?:(?:ов|ев|ин|ын|ів)(?:|а|у|ым|им|е|ой|ою|ої|ій|ых|их)"
    r"|(?:ск|цк|ськ|цьк)(?:ий|ый|ой|ая|а|ого|ому|им|ым|ом|ую|у|ої|ою|ій|і|их|ых)"
    r"|(?:ук|юк|ич|ян|дзе|швили)(?:|а|у|ом|ем|е|ові|еві|ою|і)|енко|ко)$")


@functools.cache
def _reading_cases(norm: str, language: str, tag: str) -> frozenset[str]:
    """Grammatical cases of a dictionary word's readings that carry ``tag`` (Name, Surn,
    Patr). A surname also reads as an adjective whose lemma is a surname ("Загорским",
    "полянская"); an indeclinable one ("Кравченко") agrees with any case."""
    if language not in ("ru", "uk") or not norm.isalpha():
        return frozenset()
    morph = _morph(language)
    if not morph.word_is_known(norm):
        if tag == "Name" and language == "uk":
            return _reading_cases(norm, "ru", tag)
        shaped = tag == "Surn" and bool(_SURNAME_SHAPE.search(norm)) and len(norm) >= 5
        return _CASES if shaped else frozenset()
    cases: set[str] = set()
    for parse in morph.parse(norm):
        surname_adjective = tag == "Surn" and "ADJF" in parse.tag and any(
            "Surn" in lemma.tag for lemma in morph.parse(parse.normal_form))
        if tag in parse.tag or surname_adjective:
            if "Fixd" in parse.tag:
                return _CASES
            cases |= {case for case in _CASES if case in parse.tag}
    if tag == "Name" and language == "uk" and not cases:
        return _reading_cases(norm, "ru", tag) if _known(norm, "ru") else frozenset()
    return frozenset(cases)


@functools.cache
def _adjective_surname_cases(norm: str, language: str) -> frozenset[str]:
    """Cases of an -ский/-цкий/-ський adjective the dictionary has no surname for
    ("запорізьким", "подольский"): a surname only beside a first name that agrees."""
    if language not in ("ru", "uk") or not re.search(r"(ск|цк|ськ|цьк)[а-яіїє]{1,3}$", norm):
        return frozenset()
    return frozenset(case for parse in _morph(language).parse(norm) if "ADJF" in parse.tag
                     for case in _CASES if case in parse.tag)


def _agreeing_pair(first: str, second: str, language: str) -> bool:
    """Surname then first name, or first name then surname, in one grammatical case
    ("Загорским Дмитрием", "Шевчука Віталія", "кравченко лесю")."""
    if _top_name_tag(second, language) == "Name" and _adjective_surname_cases(
            first, language) & _reading_cases(second, language, "Name"):
        return True  # "з запорізьким олегом" (and not "с польским романом": a novel)
    return bool(_reading_cases(first, language, "Surn") & _reading_cases(second, language,
                                                                         "Name")) or bool(
        _reading_cases(first, language, "Name") & _reading_cases(second, language, "Surn")
        and _top_name_tag(first, language) == "Name")


_NOT_NAME_POS = ("VERB", "INFN", "PREP", "CONJ", "PRCL", "NPRO", "ADVB", "PRED", "INTJ",
                 "NUMR", "GRND", "PRTS", "COMP")


def _may_be_first_name(norm: str, language: str) -> bool:
    """A word a patronymic may follow: any noun-like word ("лесю", "Дмитрові" lack a Name
    reading in the Ukrainian dictionary), not a verb, pronoun or function word."""
    if not norm.isalpha() or len(norm) < 3 or norm in NOT_NAME:
        return False
    if not _known(norm, language):
        return True
    return _morph(language).parse(norm)[0].tag.POS not in _NOT_NAME_POS


def _lt_surname(norm: str) -> bool:
    return (len(norm) >= 6 and norm.endswith(LT_SURNAME_ENDINGS) and norm not in LT_NOT_SURNAME
            and norm.isalpha() and not norm.endswith(_LT_TOOL_NOUN))


# Lithuanian case endings (folded) and the nominative endings they may come from:
# "dovydui" → dovydas, "adomaičiui" → adomaitis, "mindaugo" → mindaugas, "stankaus" →
# stankus, "simonai" → simona, "adomaitienei" → adomaitienė, "tomu" → tomas.
_LT_CASE_ENDINGS = (
    ("ciui", ("tis",)), ("dziui", ("dis",)), ("ciu", ("tis",)), ("dziu", ("dis",)),
    ("cio", ("tis",)), ("dzio", ("dis",)), ("iui", ("is", "ys")), ("iu", ("is", "ys")),
    ("io", ("is", "ys")), ("ui", ("as", "us", "is", "ys")), ("aus", ("us",)),
    # (vocatives: "Vytautai", "Mariau")
    ("iau", ("ius",)), ("ai", ("a", "as")),
    ("ei", ("e",)), ("os", ("a",)), ("es", ("e",)), ("o", ("as",)), ("u", ("as", "us")),
    ("a", ("as", "a")), ("i", ("is",)),
)


@functools.cache
def _lt_nominatives(norm: str) -> tuple[str, ...]:
    """The word itself and the nominatives an inflected Lithuanian name may come from."""
    forms = [norm]
    for ending, nominatives in _LT_CASE_ENDINGS:
        if norm.endswith(ending) and len(norm) - len(ending) >= 2:
            forms += [norm[:-len(ending)] + nominative for nominative in nominatives]
    return tuple(dict.fromkeys(forms))


def _lt_listed_first(norm: str) -> bool:
    """A listed Lithuanian or English first name in any case ("dovydui", "Simonai")."""
    return norm not in NOT_NAME and norm not in LT_NOT_SURNAME and any(
        form in LT_FIRST or form in EN_FIRST for form in _lt_nominatives(norm))


def _lt_inflected_surname(norm: str) -> bool:
    return norm not in LT_NOT_SURNAME and any(
        _lt_surname(form) for form in _lt_nominatives(norm)[1:])


def _alpha(norm: str) -> bool:
    """Letters, allowing an inner apostrophe or hyphen ("o'brien", "Косач-Квітка")."""
    return norm[:1].isalpha() and norm.replace("'", "").replace("-", "").isalpha()


def _lt_first(norm: str) -> bool:
    """A Lithuanian first name: listed, or shaped like one (said beside a surname)."""
    return norm in LT_FIRST or norm in EN_FIRST or (
        len(norm) >= 4 and norm.isalpha() and norm.endswith(_LT_FIRST_ENDINGS)
        and norm not in NOT_NAME and norm not in LT_NOT_SURNAME and norm not in FILLERS
        and norm not in PAUSE_WORDS and norm not in ACK_WORDS and read_token(norm) is None
        and not norm.endswith(_LT_VERB_ENDINGS) and not _person_cue_word(norm))


@functools.cache
def _person_cue_word(norm: str) -> bool:
    """A one-word name cue ("pone", "ponia"): it precedes a name, it is not one."""
    return any(words == (norm,) for words in _phrase_lists()["person"])


def _name_like(token: Token, language: str) -> bool:
    norm = token.norm
    if not _alpha(norm) or len(norm) < 2 or norm in NOT_NAME or norm in FILLERS:
        return False
    if token.number is not None:
        return False
    raw = token.raw.strip(_PUNCT)
    if raw[:1].isupper():
        return True
    if norm in EN_FIRST or norm in EN_SURNAMES or norm in LT_FIRST or _lt_surname(norm):
        return True
    if language == "lt" and (_lt_listed_first(norm) or _lt_inflected_surname(norm)):
        return True  # "mano dukros ugnės", "su petraičiu"
    if language in ("ru", "uk"):
        if _name_tags(norm, language):
            return True
        morph = _morph(language)
        return not morph.word_is_known(norm)
    return False


# Case endings of Slavic first names and the nominative they come from: «Христини» →
# Христина, «Соломії» → Соломія, «Ирины» → Ирина (the dictionary lacks some inflections)
_SLAVIC_NAME_CASES = (("ії", "ія"), ("ии", "ия"), ("ой", "а"), ("ою", "а"), ("ей", "я"),
                      ("ею", "я"), ("ы", "а"), ("и", "а"), ("і", "а"), ("у", "а"), ("ю", "я"),
                      ("е", "а"))
# Surname endings, in any case: «Сомовой», «Касимову», «Бережной», «Дмитрук», «Шевченко»
_SLAVIC_SURNAME_ENDINGS = ("ова", "ову", "овой", "овою", "ев", "ева", "еву", "евой", "ина",
                           "ину", "иной", "ской", "ского", "ская", "скую", "цкой", "цкая",
                           "енко", "чук", "щук", "юк", "ук", "ович", "евич", "ович", "ишин",
                           "ных", "овська", "івна", "овної", "евої", "ової", "іної", "ної",
                           "ной", "ная", "ную")


# What follows a name said alone after a cue: "my mum shauna she was born ..."
_PRONOUNS_AFTER_NAME = {"she", "he", "she's", "he's", "who", "who's", "yesterday", "today",
                        "earlier", "from", "at"}


def _comma_then_first_name(tokens: list[Token], position: int, language: str) -> bool:
    """A surname, a comma and a first name, as forms put them: "Whitlock, Gareth"."""
    nxt = position + 1
    if not tokens[position].raw.rstrip().endswith(",") or nxt >= len(tokens) \
            or tokens[nxt].turn != tokens[position].turn:
        return False
    norm = tokens[nxt].norm
    if language == "en":
        return norm in EN_FIRST and tokens[nxt].raw[:1].isupper()
    if language == "lt":
        return _lt_listed_first(norm)
    return "Name" in _name_tags(norm, language) and tokens[nxt].raw[:1].isupper()


def _slavic_name_form(token: Token, language: str, after_name: bool) -> bool:
    """A lower-case word right after a name cue that is an inflected first name the
    dictionary lacks, or, right after a first name, shaped like a surname: «звоню за
    христини білик», «ирины сомовой»."""
    norm = token.norm
    if language not in ("ru", "uk") or not _alpha(norm) or len(norm) < 4 or norm in NOT_NAME \
            or token.number is not None:
        return False
    if after_name and norm.endswith(_SLAVIC_SURNAME_ENDINGS):
        return True
    return any(norm.endswith(ending) and "Name" in _name_tags(norm[:-len(ending)] + nominative,
                                                            language)
               for ending, nominative in _SLAVIC_NAME_CASES)


# Words a turn or clause may open with before someone is called by name: "так", "ой", "ну"
_CLAUSE_OPENERS = {"так", "ну", "ой", "ага", "а", "ах", "эй", "гей", "ей", "oh", "hey", "so",
                   "taip", "ai", "ei", "na"}
# English commands said to someone at home: "Tom, turn that down"
_EN_COMMANDS = {"turn", "stop", "shut", "put", "give", "leave", "get", "go", "come", "be",
                "keep", "don't", "dont", "quiet", "wait", "hold", "switch"}


def _name_inside_cue(tokens: list[Token], position: int, language: str) -> bool:
    """«Меня Надежда зовут», «мене Галина звати», "Ugnė mano vardas": the name said inside
    the self-introduction, where a name that is also a word («Надежда», «Любовь») is still
    a name."""
    if position == 0 or position + 1 >= len(tokens):
        return False
    before, token, after = tokens[position - 1], tokens[position], tokens[position + 1]
    if not (before.turn == token.turn == after.turn) or before.clause_end \
            or not _alpha(token.norm) or token.norm in NOT_NAME or token.number is not None:
        return False
    inverted = (before.norm in {"меня", "мене"} and after.norm in {"зовут", "звать", "звати",
                                                                   "звуть"})
    # (an agent introducing herself this way is not PII)
    return inverted and token.role != "agent" and language in ("ru", "uk") and (
        _name_like(token, language) or _slavic_name_form(token, language, False))


def _vocative_before_command(tokens: list[Token], position: int, language: str) -> bool:
    """A name called out at the start of a clause and followed by a command: the caller
    telling someone at home to be quiet («Серёжа, выключи телевизор», «Андрійку, не
    заважай», "Jonuk, netrukdyk", "Tom, turn that down")."""
    token = tokens[position]
    back = position - 1
    while back >= 0 and tokens[back].turn == token.turn and not tokens[back].clause_end \
            and (tokens[back].norm in _CLAUSE_OPENERS or tokens[back].norm in FILLERS):
        back -= 1
    # (in unpunctuated ASR text the name may follow the digits it broke off: "два ноль
    # серёжа выключи")
    opens = back < 0 or tokens[back].turn != token.turn or tokens[back].clause_end \
        or tokens[back].number is not None
    nxt = position + 1
    if nxt < len(tokens) and tokens[nxt].norm in {"не", "ne", "please", "пожалуйста",
                                                  "будь", "don't"} \
            and tokens[nxt].turn == token.turn:
        nxt += 1
    if not opens or nxt >= len(tokens) or tokens[nxt].turn != token.turn \
            or not _alpha(token.norm) or token.norm in NOT_NAME or token.number is not None:
        return False
    command = tokens[nxt].norm
    if language in ("ru", "uk"):
        parses = _morph(language).parse(token.norm)
        named = "Name" in _name_tags(token.norm, language) or any(
            "voct" in p.tag and ("Surn" in p.tag or "Name" in p.tag) for p in parses)
        # (a singular command: the caller's child, not the agent asked «Ярославе, підкажіть»)
        return named and "NOUN" in parses[0].tag and any(
            "impr" in p.tag and "sing" in p.tag for p in _morph(language).parse(command)[:2])
    if language == "lt":
        # (a diminutive's vocative: "Jonuk" of Jonas, "Petriuk" of Petras)
        named = _lt_listed_first(token.norm) or (token.norm.endswith("uk") and any(
            _lt_listed_first(stem + "as") for stem in (token.norm[:-2], token.norm[:-3],
                                                        token.norm)))
        return named and command.endswith("k") and len(command) >= 4
    return (language == "en" and token.norm in EN_FIRST and token.raw.rstrip().endswith(",")
            and command in _EN_COMMANDS)


# "Whose" before a name cue asks for the name: «На чьё имя бронь?», "kieno vardu?"
_WHOSE = {"чье", "чья", "чий", "чиє", "чия", "whose", "kieno"}


def _person_findings(tokens: list[Token], language: str) -> list[Finding]:
    lists = _phrase_lists()
    findings = []
    protected: set[int] = set()
    langs = [language] if language in ("ru", "uk") else []
    position_of = {(t.turn, t.index): p for p, t in enumerate(tokens)}

    def take_names(start: int, turn: int, limit: int = 3, strong: bool = True) -> list[int]:
        taken = []
        cursor = start
        while cursor < len(tokens) and len(taken) < limit and tokens[cursor].turn == turn:
            if tokens[cursor].norm in _NAME_LEAD_INS and not taken:
                cursor += 1  # "my name is, uh, also Michael"
                continue
            if _is_cue(tokens, cursor) or _is_month(tokens, cursor):
                break  # "Народилася 07.12.2008", "spalio devynioliktą": a date, not a name
            if not any(_name_like(tokens[cursor], lang)
                       or _slavic_name_form(tokens[cursor], lang, bool(taken))
                       for lang in langs or [language]):
                if len(taken) == 1 and _plain_name_word(tokens, cursor, language) and (
                        (language == "en" and (_en_unknown(tokens[cursor].norm)
                                               or _ends_a_name(tokens, cursor)))
                        or _lt_first(tokens[cursor].norm) or _lt_surname(tokens[cursor].norm)):
                    taken.append(cursor)  # "priya raman": the listed half vouches
                    break
                if strong and not taken and _unlisted_pair_ends_turn(tokens, cursor, language):
                    return [cursor, cursor + 1]  # "my wife marcus okonjo" (and nothing else)
                if strong and not taken and language == "en" and _en_unknown(tokens[cursor].norm) \
                        and _plain_name_word(tokens, cursor, language) and (
                            cursor + 1 == len(tokens) or tokens[cursor + 1].turn != turn
                            or tokens[cursor + 1].norm in _PRONOUNS_AFTER_NAME):
                    # "the name on the account is mcbride", "my mum shauna she was born ..."
                    return [cursor]
                if taken or not _unlisted_name_pair(tokens, cursor, language):
                    break
                taken.append(cursor)  # "kowalski aisha": one word listed, the other not
                cursor += 1
                continue
            taken.append(cursor)
            if tokens[cursor].clause_end and not _comma_then_first_name(tokens, cursor, language):
                break
            cursor += 1
        return taken

    for position in range(len(tokens)):
        token = tokens[position]
        length = _match_any(tokens, position, lists["person"])
        if length and position > 0 and not tokens[position - 1].clause_end and (
                tokens[position - 1].norm in ORG_WORDS
                or tokens[position - 1].norm in _WHOSE):
            length = 0  # "the company name is ...", «на чьё имя бронь?»: not a person
        if length:
            self_intro = _match_any(tokens, position, lists["self"]) == length
            # "it's", "this is", "i'm" name someone only with a listed name word in it
            strong = token.norm not in _WEAK_PERSON_CUES
            names = take_names(position + length, token.turn, strong=strong)
            if names:
                if self_intro and token.role == "agent":
                    protected.update(names)
                else:
                    findings.append(Finding("PERSON", _pieces(tokens, names)))
        length = _match_any(tokens, position, lists["self"])
        if length and token.role == "agent" and token.turn == 0:
            # the agent names herself in the opening turn ("Это Ольга, страховая ...",
            # "čia Paulius iš Ignitis"): not the customer's PII, whatever the cue; but
            # "Это Иван Петрович?" asks for the customer (a question, a patronymic)
            names = take_names(position + length, token.turn, limit=2, strong=False)
            if names and not tokens[names[-1]].raw.rstrip().endswith("?") and not any(
                    language in ("ru", "uk") and _top_name_tag(tokens[p].norm, language)
                    == "Patr" for p in names):
                protected.update(names)
        length = _match_any(tokens, position, lists["question"])
        if length:
            # the other speaker's next turn, after a "yes"/"this is" (or the turn after it,
            # when the question came with another: «дату рождения и как зовут вас?» /
            # the date / «а я Христина, донька»)
            nxt = position + length
            while nxt < len(tokens) and tokens[nxt].turn == token.turn:
                nxt += 1
            for _ in range(2):
                if nxt >= len(tokens) or tokens[nxt].role == token.role:
                    break
                names = _answered_name(tokens, nxt, take_names)
                if names:
                    findings.append(Finding("PERSON", _pieces(tokens, names)))
                    break
                answer = tokens[nxt].turn
                while nxt < len(tokens) and tokens[nxt].turn == answer:
                    nxt += 1
    findings += [Finding("PERSON", _pieces(tokens, [position])) for position in range(len(tokens))
                 if _vocative_before_command(tokens, position, language)
                 or _name_inside_cue(tokens, position, language)]
    protected |= _agent_signoffs(tokens, language) | _agent_greeting_names(tokens, language)
    findings += _free_names(tokens, language, protected)
    findings = [_with_surname_before(tokens, f, language, position_of) for f in findings]
    # the agent's own name, said again later ("Thanks for your help, Claire"), is not PII
    agent_names = {tokens[p].norm for p in protected}
    findings = [f for f in findings if not agent_names
                or not all(tokens[position_of[(turn, i)]].norm in agent_names
                           for turn, start, end in f.pieces for i in range(start, end))]
    findings = _persons_only(tokens, findings, language, position_of)
    greeter = min((p for p in protected if tokens[p].turn == 0), default=None)
    if greeter is not None:
        findings = [f for f in findings
                    if not _company_before_greeter(tokens, position_of[f.pieces[-1][:2]]
                                                   + f.pieces[-1][2] - f.pieces[-1][1] - 1,
                                                   greeter)]
    return findings + _repeated_names(tokens, findings, language, protected, position_of)


def _company_before_greeter(tokens: list[Token], last: int, greeter: int) -> bool:
    """A name-like span in the opening turn before the agent names herself, run on into
    what follows ("hi addison lee lost property it's liam", "Florence & Grace Homeware, Dean
    speaking", «интернет-магазин мебель михалыча алина»): the company's name. The caller
    addressed there is set off by a comma or a greeting («Иван Петрович, здравствуйте»)."""
    if last >= greeter or tokens[last].turn != 0 or tokens[last].role != "agent":
        return False
    nxt = tokens[last + 1]
    return not tokens[last].raw.rstrip().endswith((",", "?", "!")) and nxt.norm not in _GREETINGS


def _persons_only(tokens: list[Token], findings: list[Finding], language: str,
                  position_of) -> list[Finding]:
    """The findings that name persons. A word found naming no person (a pet, a car, a
    place) names none wherever else it is said in the call ("My cat Mr Darcy" ... "Put Mr
    Darcy down for Saturday")."""
    spans = [[position_of[(turn, i)] for turn, start, end in f.pieces for i in range(start, end)]
             for f in findings]
    not_persons = [_named_not_a_person(tokens, span, language) for span in spans]
    not_named = {tokens[p].norm for span, drop in zip(spans, not_persons, strict=True)
                 if drop for p in span}
    return [f for f, span, drop in zip(findings, spans, not_persons, strict=True)
            if not drop and not all(tokens[p].norm in not_named for p in span)]


_PETS = frozenset(fold(word) for word in PET_WORDS)
_CAR_MAKES = frozenset(fold(word) for word in CAR_MAKES)
_PLACES = frozenset(fold(word) for word in PLACE_WORDS)
_GREETINGS = frozenset(fold(word) for word in GREETING_WORDS)
# Words that make the name after a pet word its owner's ("Кот записан на меня, Павел ...")
_OWNER_WORDS = {"меня", "мне", "я", "мене", "мені", "my", "i", "i'm", "me", "mano", "man",
                "as", "owner", "владелец", "хозяин", "хозяйка", "власник", "господар",
                "savininkas", "savininke"}
_PET_REACH = 8  # words back from a name to the animal it names ("Katinui reikia ..., jo vardas")


def _agent_greeting_names(tokens: list[Token], language: str) -> set[int]:
    """The agent's own first name closing a clause of the opening turn ("..., it's Liam.",
    «на лінії Дарина.», «секретарь Алина.», "hi dfs delivery team it's ben"): not the
    caller's PII. Right after a greeting ("Добрый день, Марина.") or asked ("Марина?") it
    addresses the caller instead."""
    found = set()
    for position, token in enumerate(tokens):
        if token.turn != 0:
            break
        if token.role != "agent" or token.index == 0 or token.raw.rstrip().endswith("?"):
            continue
        closes = token.clause_end or position + 1 == len(tokens) \
            or tokens[position + 1].turn != token.turn
        if closes and tokens[position - 1].norm not in _GREETINGS \
                and _listed_first_name(token, language):
            found.add(position)
    return found


def _listed_first_name(token: Token, language: str) -> bool:
    """A first name the lists or the dictionary know; in English also a capitalised word
    no dictionary knows ("it's Sasha.")."""
    norm = token.norm
    if language in ("ru", "uk"):
        return norm.isalpha() and _top_name_tag(norm, language) == "Name"
    if language == "en" and token.raw.strip(_PUNCT)[:1].isupper() and _en_unknown(norm):
        return True
    return norm in EN_FIRST or norm in LT_FIRST or (language == "lt" and _lt_listed_first(norm))


def _named_not_a_person(tokens: list[Token], span: list[int], language: str) -> bool:
    """Name-like words that name no person: a pet («коту ... его зовут Барсик», "my dog
    Poppy"), a car model («Лада Веста»), a place ("Victoria Street", «метро Тараса
    Шевченка», «улица маршала Жукова»), or Lithuanian common words ("bankas", "savininkas")."""
    first, last = tokens[span[0]], tokens[span[-1]]
    before = [t for t in tokens[max(0, span[0] - _PET_REACH):span[0]] if t.turn == first.turn]
    pet = max((i for i, t in enumerate(before) if t.norm in _PETS), default=None)
    if pet is not None and not any(t.norm in _OWNER_WORDS for t in before[pet:]):
        return True  # (but "Кот записан на меня, Павел Соколов" names the owner)
    if any(tokens[p].norm in _PETS for p in span):
        return True  # «з котом Василем»
    if first.norm in _CAR_MAKES or (len(span) > 1 and last.norm in _PLACES):
        return True
    if before and (before[-1].norm in _CAR_MAKES or before[-1].norm in _PLACES):
        return True
    after = span[-1] + 1
    if after < len(tokens) and tokens[after].turn == last.turn and not last.clause_end \
            and tokens[after].norm in _PLACES:
        return True
    return language == "lt" and all(_lt_common_word(tokens[p]) for p in span)


def _lt_common_word(token: Token) -> bool:
    """A Lithuanian dictionary word whose lemma is not a proper noun ("savininkas",
    "mygtukas", "rašykit"), unless a listed first name ("Tomas", "Greta")."""
    if _lt_listed_first(token.norm) or token.norm in EN_FIRST:
        return False
    return _lt_lemma(token.raw.strip(_PUNCT).lower()).islower()


@functools.cache
def _lt_lemma(word: str) -> str:
    """The word's lemma in simplemma's Lithuanian dictionary ("" when unknown); proper
    nouns keep their capital there ("Jankauskas")."""
    import simplemma

    return simplemma.lemmatize(word, lang="lt") if simplemma.is_known(word, lang="lt") else ""


# Words before the name in the answer to "what is your name?"
_BEFORE_ANSWERED_NAME = {"это", "це", "меня", "мене", "зовут", "звати", "i'm", "it's", "its",
                         "tai", "aš", "записывайте", "пишите", "записуйте", "пишіть",
                         "užsirašykite", "rašykite", "а", "я", "o"}


def _answered_name(tokens: list[Token], start: int,
                   take_names: Callable[[int, int], list[int]]) -> list[int]:
    """The name at the start of the turn from ``start`` (after "yes", "this is", «а я»),
    unless that turn names someone after a cue of its own."""
    skip = start
    while skip < len(tokens) and skip - start < 3 and tokens[skip].turn == tokens[start].turn \
            and (tokens[skip].norm in FILLERS or tokens[skip].norm in _BEFORE_ANSWERED_NAME):
        skip += 1
    if skip >= len(tokens) or tokens[skip].turn != tokens[start].turn \
            or _match_any(tokens, skip, _phrase_lists()["person"]):
        return []
    return take_names(skip, tokens[start].turn)


def _agent_signoffs(tokens: list[Token], language: str) -> set[int]:
    """The agent's name in a greeting said without a cue before it: "Aoife speaking",
    "emilis klausau", "Анна, слушаю вас"."""
    found = set()
    for position, token in enumerate(tokens[1:], start=1):
        previous = tokens[position - 1]
        # (the call's opening turn only: later "Денис Владимирович, слушаю вас" is the
        # customer's name)
        if (token.norm in _SIGNOFF_WORDS and token.role == "agent" and previous.turn == token.turn
                and token.turn == 0
                and _alpha(previous.norm) and previous.norm not in NOT_NAME
                and previous.norm not in FILLERS and previous.number is None
                and (_name_like(previous, language) or _lt_listed_first(previous.norm)
                     or _lt_first(previous.norm))):
            found.add(position - 1)
    return found


@functools.cache
def _name_forms(norm: str, language: str) -> frozenset[str]:
    """The forms a name word is recognised by when said again: itself, its lemmas
    (ru/uk) or its nominatives (lt)."""
    forms = {norm}
    if language in ("ru", "uk") and norm.isalpha() and _known(norm, language):
        forms |= {parse.normal_form for parse in _morph(language).parse(norm)
                  if {"Name", "Surn"} & set(parse.tag.grammemes)}
    if language == "lt":
        forms |= set(_lt_nominatives(norm))
    return frozenset(forms)


def _repeated_names(tokens: list[Token], findings: list[Finding], language: str,
                    protected: set[int], position_of) -> list[Finding]:
    """A name said once is a name wherever it is said again in the call ("is oliver
    pritchard the holder" ... "my son oliver"; "Thanks, Hannah"), in any case form."""
    named: set[int] = set()
    for finding in findings:
        named |= {position_of[(turn, i)] for turn, start, end in finding.pieces
                  for i in range(start, end)}
    forms: set[str] = set()
    for position in named:
        norm = tokens[position].norm
        if len(norm) >= 3 and norm not in NOT_NAME and _alpha(norm):
            forms |= _name_forms(norm, language)
    agent = {tokens[p].norm for p in protected}
    cased = {t.turn for t in tokens if t.index > 0 and t.raw[:1].isupper()}
    found = []
    for position, token in enumerate(tokens):
        if position in named or position in protected or token.norm in agent \
                or token.number is not None or len(token.norm) < 3 or token.norm in NOT_NAME:
            continue
        if token.turn in cased and not token.raw.strip(_PUNCT)[:1].isupper():
            continue  # ("Grace" the name, "grace" the word)
        if token.raw.strip(_PUNCT)[:1].isupper() and _sentence_start(tokens, position) and not (
                token.clause_end or position + 1 >= len(tokens)
                or tokens[position + 1].turn != token.turn
                or tokens[position + 1].raw.strip(_PUNCT)[:1].isupper()) and not (
                language in ("ru", "uk") and _top_name_tag(token.norm, language)):
            # a capital that only starts a sentence: "Вера в ваш сервис пропала" (but a word
            # read first as a name is one: «Записала. Геннадий теперь сможет звонить»)
            continue
        if _name_forms(token.norm, language) & forms:
            found.append(Finding("PERSON", _pieces(tokens, [position])))
    return found


def _sentence_start(tokens: list[Token], position: int) -> bool:
    return tokens[position].index == 0 or tokens[position - 1].raw.strip()[-1:] in ".!?…"


def _with_surname_before(tokens: list[Token], finding: Finding, language: str,
                         position_of) -> Finding:
    """A name that starts with a first name takes the surname said before it ("а сами вы
    белоусов глеб олегович", "Федорук Назар Олександрович")."""
    if finding.type != "PERSON" or len(finding.pieces) != 1:
        return finding
    turn, start, end = finding.pieces[0]
    first = position_of[(turn, start)]
    if first == 0:
        return finding
    token, previous = tokens[first], tokens[first - 1]
    if previous.turn != token.turn or previous.clause_end or previous.number is not None \
            or not previous.norm.isalpha() or len(previous.norm) < 3 \
            or previous.norm in NOT_NAME or previous.norm in FILLERS or _is_cue(tokens, first - 1):
        return finding
    cased = any(t.turn == turn and t.index > 0 and t.raw[:1].isupper() for t in tokens)
    if cased and not previous.raw.strip(_PUNCT)[:1].isupper():
        return finding
    if language in ("ru", "uk"):
        if "Name" not in _name_tags(token.norm, language) and not _may_be_first_name(
                token.norm, language):
            return finding
        surname = bool(_reading_cases(previous.norm, language, "Surn")) or (
            cased and previous.index > 0 and not _is_month(tokens, first - 1)) or (
            end - start >= 2 and _slavic_name_form(previous, language, True)
            and _top_name_tag(tokens[first + 1].norm, language) == "Patr") or bool(
            _adjective_surname_cases(previous.norm, language)
            & _reading_cases(token.norm, language, "Name"))  # "подольский максим ..."
    elif language == "lt":
        surname = _lt_surname(previous.norm) and _lt_listed_first(token.norm)
    else:
        surname = previous.norm in EN_SURNAMES and token.norm in EN_FIRST
    if not surname:
        return finding
    return Finding("PERSON", ((turn, start - 1, end),))


def _unlisted_name_pair(tokens: list[Token], position: int, language: str) -> bool:
    """After a name cue, an unlisted word followed by a listed name in one turn ("this is
    okafor oliver", "aš navickas lukas"): English and Lithuanian have no morphology
    dictionary here, so one listed half vouches for the other."""
    if position + 1 >= len(tokens) or not _plain_name_word(tokens, position, language):
        return False
    token, nxt = tokens[position], tokens[position + 1]
    return not token.clause_end and nxt.turn == token.turn and _name_like(nxt, language)


# Words that follow a name said with the next answer: "it's marcus okonjo born the ...",
# "... date of birth ...", "... calling about ..."
_AFTER_NAME_WORDS = {"born", "dob", "date", "calling", "ringing", "birthday"}


def _unlisted_pair_ends_turn(tokens: list[Token], position: int, language: str) -> bool:
    """Two unlisted words that are all the rest of the turn after a name cue, or end at a
    clause, a function word or a number: a name neither list knows ("marcus okonjo")."""
    if language != "en" or position + 1 >= len(tokens) \
            or tokens[position + 1].turn != tokens[position].turn:
        return False
    if not (_plain_name_word(tokens, position, language)
            and _plain_name_word(tokens, position + 1, language)) or \
            tokens[position].clause_end:
        return False
    if any(tokens[p].norm.endswith(_EN_NOT_NAME_ENDINGS) for p in (position, position + 1)):
        return False
    after = position + 2
    return (tokens[position + 1].clause_end or after >= len(tokens)
            or tokens[after].turn != tokens[position].turn or tokens[after].norm in NOT_NAME
            or tokens[after].number is not None
            or tokens[after].norm in _AFTER_NAME_WORDS)  # "dolores fairweather born ..."


def _plain_name_word(tokens: list[Token], position: int, language: str) -> bool:
    """A word that may be an unlisted name (en/lt): letters, not a function word, filler,
    number or cue."""
    token = tokens[position]
    return (language in ("en", "lt") and _alpha(token.norm) and len(token.norm) >= 3
            and token.norm not in NOT_NAME and token.norm not in FILLERS
            and token.norm not in PAUSE_WORDS and token.number is None and not token.pause
            and read_token(token.norm) is None and not _is_cue(tokens, position)
            and not _person_cue_word(token.norm)
            and not _is_month(tokens, position) and not _is_ordinal(token.norm))


# Surname endings that change with gender (Ветров / Ветрова, Польский / Польская)
_GENDERED_SURNAME = re.compile(r"(ов|ев|ёв|ин|ын|ск|цк)(ий|ой|ая|а|ого|ой|ому|ым|у|ым|ом|е)?$")


def _genders_disagree(first: str, second: str, language: str) -> bool:
    """A first name and a gendered surname of different genders, in every reading."""
    if language != "ru" or not _GENDERED_SURNAME.search(second):
        return False
    morph = _morph(language)
    named = {g for p in morph.parse(first) if "Name" in p.tag for g in ("masc", "femn")
             if g in p.tag}
    surnamed = {g for p in morph.parse(second) if "Surn" in p.tag for g in ("masc", "femn")
                if g in p.tag}
    return bool(named) and bool(surnamed) and not named & surnamed


def _slavic_pair(token: Token, nxt: Token, language: str) -> bool:
    """Name + patronymic ("Марія Андріївна"), name + surname or surname + name.

    A patronymic is strong evidence, so the first word need only *can* be a name
    ("Марія" is also a common noun); a surname pair needs a name as the likeliest reading.
    """
    if not nxt.norm.isalpha() or nxt.norm in NOT_NAME:
        return False
    if _genders_disagree(token.norm, nxt.norm, language):
        return False  # «роза ветров»: a wind rose, not Роза Ветрова
    top, top_next = _top_name_tag(token.norm, language), _top_name_tag(nxt.norm, language)
    if top_next in ("Patr", "Surn") and "Name" in _name_tags(token.norm, language):
        return True
    if top_next == "Patr" and _may_be_first_name(token.norm, language):
        return True  # a patronymic is strong evidence on its own: "лесю олександрівну"
    if _agreeing_pair(token.norm, nxt.norm, language):
        return True
    if top == "Surn" and "Name" in _name_tags(nxt.norm, language):
        return True  # "Петров Иван"
    if top is None and top_next == "Name" and token.norm.isalpha() and len(token.norm) >= 4 \
            and not _known(token.norm, language) and _SURNAME_SHAPE.search(token.norm):
        return True  # "ковальчук богдан": a surname missing from the dictionary, then a name
    if top == "Name" and top_next is None and (
        "Surn" in _name_tags(nxt.norm, language) or not _morph(language).word_is_known(nxt.norm)
    ):
        top_next = "Surn"  # a surname missing from the dictionary
    return {top, top_next} == {"Name", "Surn"}


# What follows a name that opens a turn: the agent addressing the customer ("Ульяна, по
# договору ...", "vytautai pagal sutartį") or the customer quoting someone ("Саша сказал").
# (not "on"/"about": English names are words too, "mark on the card is scratched")
_AFTER_OPENING_NAME = {"по", "за", "pagal", "сказал", "сказала", "казав",
                       "казала", "said", "told", "передал", "передала", "передав", "звонил",
                       "звонила", "дзвонив", "дзвонила", "skambino", "sakė", "sake", "called"}


def _opening_name(tokens: list[Token], position: int, language: str) -> bool:
    """A listed first name (any case, the vocative too: «Христино», 'Vytautai') as the first
    word of a turn, then a comma or an addressing word: the person spoken to or quoted."""
    token = tokens[position]
    nxt = tokens[position + 1] if position + 1 < len(tokens) else None
    if token.index != 0 or nxt is None or nxt.turn != token.turn or not _alpha(token.norm) \
            or token.norm in NOT_NAME or token.norm in FILLERS:
        return False
    if not (token.raw.strip().endswith(",") or nxt.norm in _AFTER_OPENING_NAME):
        return False
    if language in ("ru", "uk"):
        parses = _morph(language).parse(token.norm)
        return "Name" in parses[0].tag and parses[0].score >= 0.5 and not any(
            "Name" not in other.tag and other.score >= parses[0].score for other in parses[1:])
    if language == "lt":
        return _lt_listed_first(token.norm)
    return token.norm in EN_FIRST or token.raw.strip(_PUNCT).startswith("O'")


def _lone_first_name(tokens: list[Token], position: int, language: str) -> bool:
    """A capitalised first name inside a cased sentence ("водій Віктор привезе")."""
    token = tokens[position]
    raw = token.raw.strip(_PUNCT)
    previous = tokens[position - 1]
    if not raw[:1].isupper() or raw.isupper() or previous.clause_end or raw[:1] in "«\"“":
        return False
    if previous.norm in ORG_WORDS:
        return False
    if token.norm in EN_FIRST or token.norm in LT_FIRST:
        return True
    if language in ("ru", "uk") and token.norm.isalpha():
        parses = _morph(language).parse(token.norm)
        # ("на Альфу": альф/альфа tie, and a bank is not a person)
        return "Name" in parses[0].tag and parses[0].score >= 0.5 and not any(
            "Name" not in other.tag and other.score >= parses[0].score for other in parses[1:])
    return False


@functools.cache
def _en_unknown(norm: str) -> bool:
    """Not an English dictionary word (simplemma's word list): "pritchard", "okafor",
    "devlin" are names; "set", "would" are not."""
    import simplemma

    return _alpha(norm) and not simplemma.is_known(norm, lang="en")


# Words that follow a full name ("patricia johns and i lost my card", "... calling about").
_AFTER_NAME = {"and", "or", "from", "here", "speaking", "calling", "who", "is", "was", "i'm",
               "i", "my", "with", "at", "on", "please", "thanks", "thank", "again", "too"}


def _ends_a_name(tokens: list[Token], position: int) -> bool:
    """A dictionary word after a listed first name is its surname only where a name may end
    ("patricia johns and i ..."), not before an object or a time ("oliver set it up",
    "someone called Keeley last week")."""
    after = position + 1
    return tokens[position].clause_end or after >= len(tokens) \
        or tokens[after].turn != tokens[position].turn or tokens[after].norm in _AFTER_NAME


def _en_pair(tokens: list[Token], position: int, cased: bool) -> bool:
    """An English first name and surname without a cue, one half vouching for the other:
    a listed first name before a word no dictionary knows ("priya devlin"), a word no
    dictionary knows before a listed surname ("tobias brennan"), or, in cased text, two
    capitalised words mid-sentence of which the second is no dictionary word ("said Hope
    Thornton would")."""
    token, nxt = tokens[position], tokens[position + 1]
    # ("June Gallagher": a month is a first name before a capitalised unknown word)
    first_ok = _plain_name_word(tokens, position, "en") or (
        cased and _is_month(tokens, position) and token.norm.isalpha())
    if not (first_ok and _plain_name_word(tokens, position + 1, "en")) or token.clause_end:
        return False
    if cased:
        capitalised = token.raw.strip(_PUNCT)[:1].isupper() and nxt.raw.strip(_PUNCT)[:1].isupper()
        if not capitalised or token.raw[:1] in "«\"“'":
            return False
        if position > 0 and tokens[position - 1].norm in ORG_WORDS:
            return False
        mid_sentence = token.index > 0 and tokens[position - 1].raw.strip()[-1:] not in ".!?…"
        # (a dictionary word first is a place's or a company's: "Lake Windermere")
        first_named = token.norm in EN_FIRST or _en_unknown(token.norm) or _is_month(
            tokens, position)
        if mid_sentence and first_named and _en_unknown(nxt.norm) and len(nxt.norm) >= 4:
            return True
        if mid_sentence and nxt.norm in EN_SURNAMES and nxt.norm not in STREET_WORDS:
            return True  # "said Hope Thornton would": a listed surname after a capital
    if token.norm in EN_FIRST and _en_unknown(nxt.norm) and len(nxt.norm) >= 4:
        return True
    return nxt.norm in EN_SURNAMES and _en_unknown(token.norm) and len(token.norm) >= 4


def _spelled_after(tokens: list[Token], position: int) -> int:
    """How many one-letter tokens right after a word spell that word out (0 if none)."""
    word = tokens[position].norm
    if len(word) < 3 or not word.isascii() or not word.isalpha() or word in NOT_NAME:
        return 0
    spelled, cursor = "", position + 1
    while cursor < len(tokens) and tokens[cursor].turn == tokens[position].turn \
            and len(spelled) < len(word):
        letter = tokens[cursor].norm
        if len(letter) != 1 or not letter.isalpha():
            break
        spelled += letter
        cursor += 1
    return cursor - position - 1 if spelled == word else 0


def _lt_first_beside(token: Token, cased: dict[int, bool]) -> bool:
    """A first name beside a Lithuanian surname: listed (in any case), or shaped like one
    and capitalised in text that capitalises names."""
    if _lt_listed_first(token.norm):
        return True
    return _lt_first(token.norm) and bool(cased.get(token.turn)) \
        and token.raw.strip(_PUNCT)[:1].isupper()


# Words after a name that make it a product's: "the Victoria bundle", "Family plan"
_PRODUCT_WORDS = {"bundle", "plan", "tariff", "package", "deal", "offer", "contract",
                  "subscription", "paketas", "planas", "тариф", "пакет"}


def _not_a_person(tokens: list[Token], span: list[int]) -> bool:
    """A quoted word is a brand ("„Senukus“"); a name after a street word is the street's
    ("вулиці Тараса Шевченка", "улица Пушкина")."""
    first = tokens[span[0]]
    if first.raw.strip()[:1] in "«\"“„'":
        return True
    after = span[-1] + 1
    if after < len(tokens) and tokens[after].turn == first.turn \
            and not tokens[span[-1]].clause_end and tokens[after].norm in _PRODUCT_WORDS:
        return True  # "the Victoria bundle", «тариф "Олег" план»: a product's name
    return span[0] > 0 and tokens[span[0] - 1].turn == first.turn \
        and tokens[span[0] - 1].norm in STREET_WORDS


def _free_names(tokens: list[Token], language: str, protected: set[int]) -> list[Finding]:
    """Names without a cue: Name+Patronymic, Name+Surname pairs, Lithuanian surnames,
    English first name + surname."""
    findings = []
    # Typed or Whisper-style turns (a capital after the first word) capitalise names; ASR
    # output in lower case gives no such evidence.
    cased = dict.fromkeys((t.turn for t in tokens if t.index > 0 and t.raw[:1].isupper()), True)
    position = 0
    while position < len(tokens):
        if position in protected:
            position += 1
            continue
        token = tokens[position]
        nxt = tokens[position + 1] if position + 1 < len(tokens) else None
        same = nxt is not None and nxt.turn == token.turn and not token.clause_end
        span: list[int] = []
        capitalised = not cased.get(token.turn) or (
            token.raw.strip(_PUNCT)[:1].isupper() and nxt is not None
            and nxt.raw.strip(_PUNCT)[:1].isupper() and nxt.raw[:1] not in "«\"“'")
        if (language in ("ru", "uk") and same and nxt is not None and token.norm.isalpha()
                and token.norm not in NOT_NAME and capitalised and (
                    _slavic_pair(token, nxt, language)
                    or (cased.get(token.turn) and _top_name_tag(token.norm, language) == "Name"
                        and nxt.norm.isalpha() and nxt.norm not in NOT_NAME))):
            # (in cased text a capitalised word after a first name is its surname: "Ярослав Гусь")
            span = [position, position + 1]
            third = position + 2
            if (not nxt.clause_end and third < len(tokens)
                    and tokens[third].turn == token.turn and tokens[third].norm not in NOT_NAME
                    and (_top_name_tag(tokens[third].norm, language) in ("Surn", "Patr")
                         or (_top_name_tag(nxt.norm, language) == "Patr"
                             and tokens[third].norm not in NOT_NAME and (
                                 tokens[third].raw.strip(_PUNCT)[:1].isupper()
                                 if cased.get(token.turn) else
                                 tokens[third].norm.isalpha()
                                 and (not _known(tokens[third].norm, language) or bool(
                                     _reading_cases(tokens[third].norm, language, "Surn"))))))):
                # (a capitalised word after name + patronymic is the surname: "Зайцев")
                span.append(third)
        # (in a cased turn a surname is capitalised: "Kodėl nuskaitė 70 €?" has a verb)
        if not span and _lt_surname(token.norm) and (
                token.raw.strip(_PUNCT)[:1].isupper()
                or (language == "lt" and not cased.get(token.turn))):
            span = [position]
            # (an unlisted word shaped like a first name is one only when capitalised:
            # "teisingas jankauskaite" is "correct: jankauskaite")
            if position > 0 and _lt_first_beside(tokens[position - 1], cased) \
                    and tokens[position - 1].turn == token.turn \
                    and not tokens[position - 1].clause_end:
                span.insert(0, position - 1)
            elif same and nxt is not None and _lt_first_beside(nxt, cased) \
                    and not _lt_surname(nxt.norm):
                span.append(position + 1)  # surname first: "navickas lukas"
        if not span and token.norm in EN_FIRST and same and nxt is not None and (
            nxt.norm in EN_SURNAMES or (nxt.raw[:1].isupper() and nxt.norm not in NOT_NAME
                                        and token.raw[:1].isupper())
        ):
            span = [position, position + 1]
        if not span and same and nxt is not None and nxt.norm in EN_FIRST and (
            token.norm in EN_SURNAMES or (
                cased.get(token.turn) and token.raw.strip(_PUNCT)[:1].isupper()
                and nxt.raw.strip(_PUNCT)[:1].isupper() and _alpha(token.norm)
                and token.norm not in NOT_NAME and token.index > 0)
        ):
            span = [position, position + 1]  # surname first: "Miller James", "Okafor Oliver"
        if not span and language == "en" and same and nxt is not None and _en_pair(
                tokens, position, bool(cased.get(token.turn))):
            span = [position, position + 1]
        if not span and token.norm in LT_FIRST and same and nxt is not None and (
            _lt_surname(nxt.norm)
        ):
            span = [position, position + 1]
        if not span and language == "lt" and same and nxt is not None and _lt_listed_first(
                token.norm) and _lt_inflected_surname(nxt.norm):
            span = [position, position + 1]  # "dovydui adomaičiui", "su Roku Tamošiūnu"
        if not span and cased.get(token.turn) and token.index > 0 and _lone_first_name(
            tokens, position, language
        ):
            span = [position]
        if not span and _opening_name(tokens, position, language):
            span = [position]
        if span and (letters := _spelled_after(tokens, span[-1])):
            span += list(range(span[-1] + 1, span[-1] + 1 + letters))
        elif not span and (letters := _spelled_after(tokens, position)):
            # "dorota wisniewska w i s n i e w s k a": a word spelled out is a name
            span = [position, *range(position + 1, position + 1 + letters)]
            before = position - 1
            if before >= 0 and tokens[before].turn == token.turn \
                    and not tokens[before].clause_end and _plain_name_word(tokens, before, "en") \
                    and (tokens[before].norm in EN_FIRST or tokens[before].norm in LT_FIRST
                         or _en_unknown(tokens[before].norm)):
                span.insert(0, before)
        if protected.intersection(span) or (span and _not_a_person(tokens, span)):
            span = []
        if span:
            findings.append(Finding("PERSON", _pieces(tokens, span)))
            position = span[-1] + 1
        else:
            position += 1
    return findings


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
    every_mark = _cue_marks(tokens, enabled | {"DOB", "EXPIRY"})
    marks = [
        (first, end, kind) for first, end, kind in every_mark
        if kind not in ("EXPIRY", "CVV") or not _weak_cue(tokens, first, end, kind)
        or _card_near(tokens, first)
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
    iban_cells = {cell for f in written if f.type == "ACCOUNT" for cell in _cells_of(f)}
    # an IBAN's mod-97 and country letters outweigh a Luhn check its digits pass by chance
    findings += [f for f in numbers if not (f.type == "CARD" and _cells_of(f) <= iban_cells)]
    findings += written
    findings += _date_findings(tokens, marks, enabled)
    if "ADDRESS" in enabled:
        cue_ends = [p + n for p in range(len(tokens))
                    if (n := _match_any(tokens, p, _phrase_lists()["address"]))]
        addresses = _address_findings(tokens, [e - 1 for e in cue_ends], language)
        addresses += _address_after_cue(tokens, [e - 1 for e in cue_ends])
        position_of = {(t.turn, t.index): p for p, t in enumerate(tokens)}
        addresses += _streets_asked_for(tokens, position_of)
        addresses = [_with_flat_answer(tokens, finding, position_of) for finding in addresses]
        findings += addresses + _postcodes_after(tokens, addresses)
    if "PERSON" in enabled:
        findings += _person_findings(tokens, language)
    return _resolve(findings)


def _cells_of(finding: Finding) -> set[tuple[int, int]]:
    return {(turn, i) for turn, start, end in finding.pieces for i in range(start, end)}


def _merge_same_type(findings: list[Finding]) -> list[Finding]:
    """Overlapping findings of one type are one entity read two ways (a date's month word
    and its year as a number): keep their union."""
    merged: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (f.type, f.pieces)):
        cells = {(turn, i) for turn, start, end in finding.pieces for i in range(start, end)}
        for index, other in enumerate(merged):
            other_cells = {(t, i) for t, start, end in other.pieces for i in range(start, end)}
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
        cells = {(turn, i) for turn, start, end in finding.pieces for i in range(start, end)}
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
