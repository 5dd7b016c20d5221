"""The call as one token stream, and what every entity detector shares: tokens, findings,
cue and phrase matching, and small predicates (is this a cue, a month, a spelled letter).

The lowest module of the detector: it imports no other detector module.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from speechqa.redact.lexicon import (
    ADDRESS_CUES,
    CUES,
    FILLERS,
    ITEM_CODE_WORDS,
    LIVING_WORDS,
    MONTHS,
    NAME_QUESTIONS,
    OPENING_HOURS,
    ORDINAL_STEMS,
    OUR_PREMISES,
    PAUSE_PHRASES,
    PAUSE_WORDS,
    PERSON_CUES,
    RECORD_WORDS,
    SELF_INTRO_CUES,
    UNIT_WORDS,
)
from speechqa.redact.numbers import WEAK_ZERO, NumberToken, counted_digit, fold, read_token

CUE_WINDOW = 10  # tokens before a number searched for its cue
CARD_TALK = 60  # tokens back a card cue makes "valid until", "runs out" about the card
MAX_ACK_TURN = 6  # words in the other speaker's acknowledgement inside a dictated number
_PUNCT = "\"'«»“”„()[]{}<>.,!?;:…—–"
_CLAUSE_END = re.compile(r"[.,!?;:…]$")
_EMAIL = re.compile(r"^[\w.+\-']+@[\w\-]+(\.[\w\-]+)+$")  # (o'neill@...)
# "12а", "7-b", and a house with its flat or building: "39а-9", "123А/6"
_DIGITS_SUFFIX = re.compile(r"^(\d{1,4})(?:-?[a-zа-яіїєё]{1,3})(?:[-/]\d{1,4})?$")
# A document or policy number written with its series letters: "PL8856310", "ЕР-913284363".
_LETTERED = re.compile(r"^[a-zа-яіїєё]{1,3}-?(\d{5,})$")
_LETTERED_GROUPED = re.compile(r"^[a-zа-яіїєё]{1,3}-(\d{2,6}(?:-\d{2,6})+)$")
_YEAR_WORDS = {"года", "году", "год", "року", "рік", "році", "metų", "metu", "metais", "year",
               "years", "г", "р"}
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
# Words a seat's, row's or room's number follows («место 116, ряд 15», "Room 305"): a
# place's number, no one's identifier
_PLACE_NUMBER_WORDS = {"место", "ряд", "ряду", "місце", "ряді", "комната", "кімната", "seat",
                       "row", "room", "vieta", "eilė", "eile", "eilėje", "kambarys",
                       # a parking bay's, a gate's or a locker's ("car park, bay 182")
                       "bay", "gate", "platform", "locker", "ячейка", "комірка", "vartai"}
_AND_WORDS = {"и", "і", "й", "та", "and", "ir"}  # "серия и номер": not a series letter
_NUMBER_WORDS = {"номер", "number", "no", "numeris", "nr", "№", "n"}
_WEAK_PERSON_CUES = {"it's", "its", "here's", "i'm", "i", "this", "aš"}
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
                     "correction", "scratch", "вибачте", "извините", "пардон", "oi",
                     # digits said in the wrong order: «ой, наоборот», "atvirkščiai"
                     "наоборот", "навпаки", "atvirkščiai", "atvirksciai", "backwards"}
# "счётчик" (a meter) begins like "счёт" (an account); its readings are not identifiers
_METER_STEMS = ("счетчик", "лічильник", "лiчильник")
# «карточка питомца», «картка тварини», "gyvūno kortelė", «карта пациента»: a pet's or a
# patient's record card, whose number is the clinic's, not a payment card's
_RECORD_CARD_OWNERS = {"питомца", "животного", "тварини", "пациента", "пацієнта", "gyvūno",
                       "gyvuno", "augintinio", "paciento", "pet", "pet's", "patient",
                       "patient's"}


def _a_records_card(tokens: list[Token], first: int) -> bool:
    """The card word at ``first`` has a pet or patient beside it (after it in ru/uk, before
    it in lt and en) in its own turn."""
    return any(0 <= p < len(tokens) and tokens[p].turn == tokens[first].turn
               and tokens[p].norm in _RECORD_CARD_OWNERS for p in (first - 1, first + 1))


# "my id number", "and your identity number": a person's id; "the order id number", "a
# booking id number" name a record's, so an "id number" cue needs one of these (or nothing)
# just before it
_ID_WORDS = {"id", "identity", "identification"}
_ID_OWNER_WORDS = {"my", "your", "his", "her", "their", "our", "the", "and", "what's",
                   "whats", "is", "for", "with", "need", "give", "national", "personal"}
# Words that make the English "one" a pronoun: "the old one", "that one", "a new one".
_ONE_PRONOUN_BEFORE = {"the", "that", "this", "old", "new", "other", "another", "which",
                       "right", "wrong", "each", "every", "no", "a", "any", "only", "same",
                       "first", "second", "last", "next", "current", "main", "mobile", "home",
                       "work", "landline", "little", "big", "good", "bad"}


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

    @property
    def cells(self) -> set[tuple[int, int]]:
        """The (turn, word index) of every token it covers."""
        return {(turn, i) for turn, start, end in self.pieces for i in range(start, end)}


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
    for before, token in itertools.pairwise(tokens):
        if before.turn == token.turn and (pair := counted_digit(before.norm, token.norm)):
            before.number, token.number = pair  # «две семёрки», «три нуля», "du nuliai"
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
            # (a typed transcript writes its zeros as "0": "3088 oh no, sorry, 3085" is
            # an exclamation)
            typed = before is not None and before.kind == "digits"
            if not typed and (before is not None or (len(after) == 2 and None not in after)
                              or (spelled and after[:1] and after[0] is not None)):
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


def phrase_at(tokens: list[Token], position: int, words: tuple[str, ...]) -> bool:
    """``words`` (a trailing ``*`` matches a prefix) said from ``position`` on, in one turn."""
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
        "records": [w for w, _ in _compile(RECORD_WORDS)],
        "item codes": [w for w, _ in _compile(ITEM_CODE_WORDS)],
        "our premises": [w for w, _ in _compile(OUR_PREMISES)],
        "opening hours": [w for w, _ in _compile(OPENING_HOURS)],
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
        if phrase_at(tokens, position, words):
            best = len(words)
            break
    for words in wild:
        if len(words) <= best:
            break
        if phrase_at(tokens, position, words):
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
             if (kind != "ACCOUNT" or not tokens[first].norm.startswith(_METER_STEMS))
             and (kind != "CARD" or not _a_records_card(tokens, first))
             and (kind != "NATIONAL_ID" or tokens[first].norm not in _ID_WORDS
                  or _owned_id(tokens, first))]
    accounts = [end for _first, end, kind in marks if kind == "ACCOUNT"]
    marks = [(first, end, kind) for first, end, kind in marks
             if kind != "NEG" or tokens[first].norm not in _ACCOUNT_REFERENCES
             or not any(0 <= first - stop <= 2 for stop in accounts)]
    cards = [first for first, _end, kind in marks if kind == "CARD"]
    return [(first, end, kind) for first, end, kind in marks
            if kind != "PHONE" or ((end - first > 1 or (tokens[first].norm not in _SOMEONE_RINGS
                                                        and not _busy_on_phone(tokens, first)))
                                   and not _channel_before_card(tokens, first, cards))]


# Words before "phone" that make it the way of paying, not a number: «картой по телефону»,
# "pay by card over the phone", «оплатити телефоном», "sumokėti telefonu"
_BY_WAY_OF = {"по", "by", "over", "через", "per"}
_PHONE_AS_MEANS = {"телефоном", "telefonu"}


def _channel_before_card(tokens: list[Token], first: int, cards: list[int]) -> bool:
    """«Оплатить можно картой по телефону. Диктуйте номер карты.»: the phone is how the card
    is paid, so the number asked for after it is the card's, not a phone number."""
    before = [t.norm for t in tokens[max(0, first - 2):first] if t.turn == tokens[first].turn]
    if before[-1:] == ["the"]:
        before.pop()  # "over the phone"
    means = tokens[first].norm in _PHONE_AS_MEANS or (bool(before) and before[-1] in _BY_WAY_OF)
    return means and any(card > first and tokens[card].turn == tokens[first].turn
                         for card in cards)


# Someone else ringing now («кур'єр у двері дзвонить», "the doorbell's ringing",
# "kažkas skambina", «у меня второй звонок»): an aside that interrupts what is being said,
# not a phone number asked («номер для звонка» still asks)
_SOMEONE_RINGS = {"звонит", "звонят", "дзвонить", "дзвонять", "rings", "ringing",
                  "skambina", "звонок", "дзвінок", "skambutis", "doorbell"}


# «я на телефоне», «я на телефоні», "I'm on the phone": the speaker is busy on a call, an
# aside to someone in the room, not a phone number asked
_BUSY_ON = {("на", "телефоне"), ("на", "телефоні"), ("the", "phone")}


def _busy_on_phone(tokens: list[Token], first: int) -> bool:
    return first > 0 and tokens[first - 1].turn == tokens[first].turn \
        and (tokens[first - 1].norm, tokens[first].norm) in _BUSY_ON \
        and (tokens[first - 1].norm != "the" or (
            first > 1 and tokens[first - 2].norm == "on" and tokens[first].clause_end))


# "Номер 60705...", "хочу перейти зі своїм номером 683...", "the number's 752...", "su savo
# numeriu 6167...": the bare word for "number", said right before the digits and naming no
# other record, is how people give their own phone number
_BARE_NUMBER_WORDS = {"номер", "номером", "number", "number's", "numeris", "numeriu", "numerį",
                      "numeri"}
_LINKING_WORDS = {"is", "это", "це", "yra", "—", "-", ":"}
# (before an English or Lithuanian "number" the record it belongs to comes first: "order
# number", "kambario numeris"; these are the words that name none)
_OWNER_WORDS = {"the", "my", "your", "our", "his", "her", "their", "a", "new", "same", "savo",
                "mano", "jūsų", "jusu", "tavo", "naujas", "naują", "nauja", "su", "with", "on"}


def _bare_number_cues(tokens: list[Token], marks: list[tuple[int, int, str]],
                      noun_before: Callable[[int], bool]) -> list[int]:
    """Positions of a bare "number" word right before a number (see _BARE_NUMBER_WORDS)
    that no noun before it ties to a record ("наряд номер 55850": ``noun_before``). A weak
    cue: it types a number only when no other cue is near (see number_findings)."""
    starts = {first for first, _end, _kind in marks}
    ends = {end for _first, end, _kind in marks}
    covered = {p for first, end, _kind in marks for p in range(first, end)}
    found = []
    for position, token in enumerate(tokens):
        if token.norm not in _BARE_NUMBER_WORDS or position in covered \
                or position in ends or position + 1 in starts:
            continue
        nxt = position + 1
        if nxt < len(tokens) and tokens[nxt].turn == token.turn \
                and tokens[nxt].norm in _LINKING_WORDS:
            nxt += 1
        if nxt >= len(tokens) or tokens[nxt].turn != token.turn or tokens[nxt].number is None:
            continue
        before = tokens[position - 1] if position > 0 else None
        if before is not None and before.turn == token.turn and not before.clause_end \
                and token.norm.startswith("number") and before.norm not in _OWNER_WORDS:
            continue  # "order number 5531", "room number"
        if before is not None and before.turn == token.turn and not before.clause_end \
                and token.norm.startswith("numer") and before.norm not in _OWNER_WORDS \
                and before.norm.endswith(("o", "os", "ės", "es", "ų", "u", "io", "ių", "iu")):
            continue  # «užsakymo numeris»: the order's number (a genitive before it)
        if not noun_before(position):
            found.append(position)
    return found


def _owned_id(tokens: list[Token], first: int) -> bool:
    """The "id number" at ``first`` is a person's, not a record's ("order id number")."""
    return (first == 0 or tokens[first - 1].turn != tokens[first].turn
            or tokens[first - 1].norm in _ID_OWNER_WORDS)


# Words before the date a document bears: «договор от 12.03.2019», "dated 01/02/2020"
_DATED_WORDS = {"от", "від", "dated", "nuo", "з"}


# Card numbers start with these digits (Mir 2, Amex/JCB 3, Visa 4, Mastercard 5, UnionPay 6,
# national schemes 9: the 19-digit «ПРО100» cards begin 9112)
_CARD_FIRST_DIGITS = "234569"


def _numbers_a_record(tokens: list[Token], start: int) -> bool:
    """The number at ``start`` follows a record's noun in the same clause («звоню по делу
    05350», «номер заявки 15277», "your case reference is 703546", "order 857031"): it
    is the case's or order's own number. Only the number right after the noun (a "номер",
    "is" or "№" between them at most), so a phone said later in the call keeps its cue."""
    linked = start
    while linked > 0 and start - linked < 2 and tokens[linked - 1].turn == tokens[start].turn \
            and (tokens[linked - 1].norm in _NUMBER_WORDS | _LINKING_WORDS):
        linked -= 1
    records = _phrase_lists()["records"]
    return any(tokens[first].turn == tokens[start].turn
               and _match_any(tokens, first, records) == linked - first
               and not any(tokens[p].clause_end and tokens[p].raw.rstrip()[-1:] != ":"
                           for p in range(first, start))
               for first in range(max(0, linked - 3), linked))


def _names_an_item(tokens: list[Token], start: int) -> bool:
    """The number at ``start`` is a thing's own code: an item-code word («IMEI телефона»,
    "the ISBN is", "tracking", «рейс») stands within five words before it in its sentence
    ("loyalty card, 13 digits: ...": a comma does not end what the word names)."""
    items = _phrase_lists()["item codes"]
    cards = _cue_table()["CARD"]
    for first in range(start - 1, max(-1, start - 6), -1):
        if tokens[first].turn != tokens[start].turn or (
                tokens[first].clause_end and tokens[first].raw.rstrip()[-1:] not in ":,"):
            return False
        if length := _match_any(tokens, first, items):
            # ("a chip and pin card 4111 ...": a card word joined on by "and" makes the
            # number the bank card's; "the pass number on the card" is still the pass's)
            return not any(_match_any(tokens, p, cards) and any(
                t.norm in _AND_WORDS for t in tokens[first + length:p])
                for p in range(first + length + 1, start))
    return False


def _is_cue(tokens: list[Token], position: int) -> bool:
    """A cue word ("ИНН", "адрес", "gyvenu") introduces an entity; it is not part of it."""
    lists = _phrase_lists()
    return any(_match_any(tokens, position, phrases) for phrases in
               (*_cue_table().values(), lists["address"], lists["living"]))


def _pieces(tokens: list[Token], positions: Sequence[int]) -> tuple[tuple[int, int, int], ...]:
    by_turn: dict[int, list[int]] = {}
    for position in positions:
        token = tokens[position]
        by_turn.setdefault(token.turn, []).append(token.index)
    return tuple((turn, min(idx), max(idx) + 1) for turn, idx in sorted(by_turn.items()))


def _positions(pieces: Sequence[tuple[int, int, int]],
               position_of: dict[tuple[int, int], int]) -> list[int]:
    """The token positions a finding's pieces cover: the inverse of ``_pieces``."""
    return [position_of[(turn, i)] for turn, start, end in pieces for i in range(start, end)]


def _spelled_letter(token: Token) -> str:
    """The Latin letter(s) a token spells: "g", "GB", "barc"-like codes only when written."""
    norm = token.norm
    if len(norm) == 1 and norm in _LETTERS_EN:
        return norm.upper()
    raw = token.raw.strip(_PUNCT)
    if raw.isascii() and raw.isalpha() and raw.isupper() and len(raw) <= 4:
        return raw
    return ""


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


_NOT_NAME_POS = ("VERB", "INFN", "PREP", "CONJ", "PRCL", "NPRO", "ADVB", "PRED", "INTJ",
                 "NUMR", "GRND", "PRTS", "COMP")


def _alpha(norm: str) -> bool:
    """Letters, allowing an inner apostrophe or hyphen ("o'brien", "Косач-Квітка")."""
    return norm[:1].isalpha() and norm.replace("'", "").replace("-", "").isalpha()
