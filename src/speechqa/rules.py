"""The rule engine: a checklist's rules compiled once, evaluated over a call's sentences.

A call is cut into units (sentences, with their turn, role and time). An item looks at the
units in its scope (speaker role, time window, opening segment) and evaluates its rule tree
over them; every hit keeps the sentence, the matched words and the rule id, so each decision
can be shown to a supervisor. When an item fails, the same rules run over the units outside
its scope, and the hits the scope or the rules themselves rejected (negated, too late, said
by the customer, asked after account details) become the "near misses" that explain why.

Phrase lists are compiled into one vocabulary per checklist. Every word form of a call is
mapped once to the vocabulary entries it matches (same lemma, prefix, or a 1-2 letter ASR
misspelling of a long word), and that mapping is cached across calls, so matching a phrase is
a few set intersections. Semantic (embedding) rules are evaluated last and only on the units
that survived the cheap rules beside them, which keeps a call's scoring in milliseconds.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from speechqa.checklist import (
    AllRule,
    AnyRule,
    BeforeRule,
    Checklist,
    FlagDef,
    Item,
    LengthRule,
    NotRule,
    OrganisationRule,
    PhrasesRule,
    QuestionRule,
    RegexRule,
    Scope,
    SemanticRule,
    Window,
    compile_pattern,
)
from speechqa.errors import ModelError, RuleError
from speechqa.metrics import turn_role
from speechqa.text import (
    CLAUSE_BREAKS,
    QUOTE_CLOSE,
    QUOTE_OPEN,
    Token,
    clean,
    fold,
    phrase_lemma,
    shorten,
    split_sentences,
    tokenize,
)

if TYPE_CHECKING:
    from speechqa.embeddings import SentenceEncoder
    from speechqa.schema import Transcript, Turn

# Negation cues: a phrase match with one of these in the same clause (a few words before or
# after) is negated: «называть не нужно», "you don't need to give me your PIN".
NEGATION_WORDS = frozenset(
    {
        "не",
        "ни",
        "нет",
        "нельзя",
        "никогда",
        "никому",
        "ничего",
        "незачем",
        "необязательно",
        "ні",
        "немає",
        "ніколи",
        "нікому",
        "нічого",
        "не потрібно",
        "not",
        "no",
        "never",
        "without",
        "neither",
        "nor",
        "nobody",
        "nothing",
        "cannot",
        "don't",
        "doesn't",
        "didn't",
        "won't",
        "can't",
        "isn't",
        "aren't",
        "wasn't",
        "needn't",
        "shouldn't",
        "wouldn't",
        "dont",
        "doesnt",
        "didnt",
        "wont",
        "cant",
        "isnt",
        "arent",
        "ne",
        "nereikia",
        "nebūtina",
        "niekada",
        "nėra",
        "nesakykite",
        "neprašome",
        "neprašau",
    }
)
NEGATION_BEFORE = 6
NEGATION_AFTER = 3

# A search longer than this is a pattern that backtracks catastrophically, not a slow sentence
# (a sound one takes microseconds): the item is reported as an error instead of hanging.
REGEX_TIMEOUT_S = 0.5

# A company name between a greeting and the agent's introduction is one to four words; the
# dictionaries of these languages tag people's names, so a one-word slot that is the agent's
# own name can be told apart.
MAX_NAME_SLOT_WORDS = 4
MAX_UNKNOWN_NAME_POSITION = 5
# A pause this long between two sentences of one ASR turn is taken as a hidden turn change.
HIDDEN_TURN_PAUSE_S = 0.6
# A pause this long inside an unusually long ASR sentence is taken as a sentence end.
SENTENCE_PAUSE_S = 0.5
LONG_SENTENCE_WORDS = 20
PERSON_NAME_LANGUAGES = frozenset({"ru", "uk"})
# An unknown word of this many letters may be two phrase words ASR glued together; each part
# has at least GLUED_MIN_PART letters.
GLUED_MIN_LETTERS = 7
GLUED_MIN_PART = 3
# A word this short beside another may be a fragment of one word Whisper split («ці при»).
FRAGMENT_LETTERS = 3
# A phrase whose other words match exactly may take one word this many edits away.
NEAR_EDITS = 2
NEAR_FIRST_LETTER_FREE = 7
# A misspelling may differ in its first letter only on a word this long, and by one edit,
# or by a Ukrainian initial alternation (у/в, і/й: «увазі» / «ввазі»).
FIRST_LETTER_FREE_LETTERS = 6
INITIAL_ALTERNATIONS = ({"у", "в"}, {"і", "й"})
# Ukrainian apostrophes Whisper turns into a space («п 'ять», «кур єр»): a word that starts with
# one of these letters may be the second half of a word with an apostrophe.
APOSTROPHE_NEXT = frozenset("яюєї")

# Letters then a digit («O2», "Zen4Net", «МТС24»): a brand, never a person's name or a date
# ("12th", "5pm" start with the digit).
_LETTERS_THEN_DIGIT = re.compile(r"[^\W\d_]+\d[^\W_]*")

MAX_NEAR_MISSES = 3
MAX_CACHED_WORDS = 500_000
MAX_EVIDENCE = 3
_MAX_COMBINATIONS = 5000


# --- the call as units ---------------------------------------------------------------------


@dataclass(eq=False)
class Unit:
    """One sentence of one turn: the unit every rule looks at."""

    order: int
    turn_index: int
    sentence_index: int
    role: str
    language: str | None
    text: str
    words: list[Token]
    clauses: list[int]
    quoted: list[bool]
    is_question: bool
    punctuated: bool
    start: float
    end: float
    turn_start: float
    turn_end: float
    turn_words: int
    # The stretch of the turn between pauses that the unit lies in: its own turn for time
    # windows when ASR merged several real turns into one (see ``_segments``).
    segment_start: float = 0.0
    segment_end: float = 0.0
    # (start, end) of each word from the ASR's word timestamps; empty for gold text.
    word_times: list[tuple[float, float]] = field(default_factory=list)
    exact_ids: list[frozenset[int]] = field(default_factory=list)
    fuzzy_ids: list[frozenset[int]] = field(default_factory=list)
    all_exact: frozenset[int] = frozenset()
    all_fuzzy: frozenset[int] = frozenset()
    # Positions of words that ASR glued together from two («кодовеслово»): two neighbouring
    # phrase words may both match there.
    glued: frozenset[int] = frozenset()
    # The ids of each word on its own, without what joining or splitting found: a company
    # name is often an unknown compound («ЛинияНет», "Clearwell") that must stay a name.
    word_fuzzy_ids: list[frozenset[int]] = field(default_factory=list)
    # Entries each word is within NEAR_EDITS of, known word or not: a phrase may use one such
    # word when its other words match exactly (see ``PhrasesNode.find``).
    near_ids: list[frozenset[int]] = field(default_factory=list)

    @property
    def position(self) -> tuple[float, int, int]:
        return (self.turn_start, self.turn_index, self.sentence_index)

    def span_text(self, span: tuple[int, int] | None) -> str:
        if span is None:
            return self.text
        return self.text[self.words[span[0]].start : self.words[span[1]].end]


@dataclass
class CallText:
    """A transcript cut into units, with what scopes need: duration and the opening turns."""

    units: list[Unit]
    duration: float
    opening_turns: frozenset[int]
    agent_turns: int


def _ending(sentence: str) -> str:
    """The sentence's final mark: '?', '.', '!', '…' or '' (none, or a comma: ASR output often
    ends a question with a comma or nothing)."""
    last = sentence.rstrip(' "»”)')[-1:]
    return last if last in ("?", ".", "!", "…") else ""


def _char_clock(turn: Turn, text: str) -> Callable[[int, bool], float]:
    """The time at a character offset of a turn's cleaned text: from word timestamps when
    the turn has them, else by its share of the turn's characters."""
    length = max(1, len(text))
    duration = max(0.0, turn.end - turn.start)
    if not turn.words:
        return lambda char, end: turn.start + duration * char / length
    offsets = []
    position = 0
    for word in turn.words:
        position += len(word.text.strip()) + 1
        offsets.append(position)
    total = max(1, offsets[-1])

    def at(char: int, end: bool) -> float:
        target = char / length * total
        for index, offset in enumerate(offsets):
            if offset >= target:
                word = turn.words[index]
                return word.end if end else word.start
        return turn.words[-1].end

    return at


def _segments(turn: Turn, times: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """(start, end) of the pause-delimited stretch each sentence of a turn lies in.

    A diarised ASR turn often swallows the other speaker's short reply and runs on («…в 4.
    Понедельник подходит. Ещё раз проговорю…» as one agent turn from 14.9 s to 28.3 s), so
    its start and end say little about when the agent's own turn began or ended. With word
    timestamps, a sentence that follows a pause of ``HIDDEN_TURN_PAUSE_S`` starts a new
    stretch. Without them (gold text), the whole turn is one stretch.
    """
    if not turn.words:
        return [(turn.start, turn.end)] * len(times)
    bounds = [0]
    for index in range(1, len(times)):
        if times[index][0] - times[index - 1][1] >= HIDDEN_TURN_PAUSE_S:
            bounds.append(index)
    bounds.append(len(times))
    out: list[tuple[float, float]] = []
    for first, stop in itertools.pairwise(bounds):
        start = turn.start if first == 0 else times[first][0]
        end = turn.end if stop == len(times) else times[stop - 1][1]
        out.extend([(start, end)] * (stop - first))
    return out


def _unit_words(tokens: Sequence[Token]) -> tuple[list[Token], list[int], list[bool]]:
    words, clauses, quoted = [], [], []
    clause = 0
    inside = False
    for token in tokens:
        if token.is_word:
            words.append(token)
            clauses.append(clause)
            quoted.append(inside)
        elif token.text in QUOTE_OPEN and not (inside and token.text in QUOTE_CLOSE):
            inside = True
        elif token.text in QUOTE_CLOSE:
            inside = False
        elif token.text in CLAUSE_BREAKS:
            clause += 1
    return words, clauses, quoted


def build_call(transcript: Transcript, vocabulary: Vocabulary) -> CallText:
    """Cut the transcript into sentence units and map their words to the vocabulary."""
    units: list[Unit] = []
    order = 0
    turns = transcript.turns
    roles = [turn_role(turn) for turn in turns]
    for turn_index, turn in enumerate(turns):
        language = _language(turn.language or transcript.language)
        text, sentences, turn_words = _analyse_turn(turn.text, language)
        if not sentences:
            continue
        clock = _char_clock(turn, text)
        times = [(clock(a, False), clock(b, True)) for (a, b), _ in sentences]
        segments = _segments(turn, times)
        pieces = 0
        for sentence_index, (((a, b), tokens), (start, end)) in enumerate(
            zip(sentences, times, strict=True)
        ):
            words, clauses, quoted = _unit_words(tokens)
            sentence = text[a:b]
            unit = Unit(
                order,
                turn_index,
                sentence_index,
                roles[turn_index],
                language,
                sentence,
                words,
                clauses,
                quoted,
                _ending(sentence) == "?",
                _ending(sentence) != "",
                start,
                end,
                turn.start,
                turn.end,
                turn_words,
                *segments[sentence_index],
            )
            if turn.words:
                unit.word_times = [
                    (clock(a + word.start, False), clock(a + word.end, True)) for word in words
                ]
            for piece in _split_at_pauses(unit):
                piece.order, piece.sentence_index = order, pieces
                vocabulary.annotate(piece)
                units.append(piece)
                order += 1
                pieces += 1
    return CallText(
        units,
        transcript.duration,
        _opening_turns(turns, roles),
        sum(1 for role in roles if role == "agent"),
    )


def _slice(unit: Unit, first: int, last: int, **changes) -> Unit:
    """The unit's words ``first:last`` as a unit of their own (text, ids and times cut)."""
    a, b = unit.words[first].start, unit.words[last - 1].end
    cut_tail = last < len(unit.words)
    parts = {
        "text": unit.text[a:b],
        "words": [word.shifted(a) for word in unit.words[first:last]],
        "clauses": unit.clauses[first:last],
        "quoted": unit.quoted[first:last],
        "is_question": unit.is_question and not cut_tail,
        "punctuated": unit.punctuated and not cut_tail,
        "word_times": unit.word_times[first:last],
        "exact_ids": unit.exact_ids[first:last],
        "fuzzy_ids": unit.fuzzy_ids[first:last],
        "word_fuzzy_ids": unit.word_fuzzy_ids[first:last],
        "all_exact": frozenset().union(*unit.exact_ids[first:last]),
        "all_fuzzy": frozenset().union(*unit.fuzzy_ids[first:last]),
        "glued": frozenset(i - first for i in unit.glued if first <= i < last),
        "near_ids": unit.near_ids[first:last],
    }
    if unit.word_times:
        parts["start"], parts["end"] = unit.word_times[first][0], unit.word_times[last - 1][1]
    return dataclasses.replace(unit, **(parts | changes))


def _split_at_pauses(unit: Unit) -> list[Unit]:
    """A long timed ASR sentence cut where the speech pauses.

    When diarisation merges several real turns and ASR leaves them unpunctuated, one
    "sentence" holds the agent's request for a date of birth and, a few turns later, a
    checking question; a rule that excludes data collection from the sentence would then
    reject the question. A pause of ``SENTENCE_PAUSE_S`` inside a sentence of
    ``LONG_SENTENCE_WORDS`` or more words is taken as a sentence end.
    """
    times = unit.word_times
    if len(unit.words) < LONG_SENTENCE_WORDS or not times:
        return [unit]
    cuts = [
        index
        for index in range(1, len(times))
        if times[index][0] - times[index - 1][1] >= SENTENCE_PAUSE_S
    ]
    if not cuts:
        return [unit]
    bounds = [0, *cuts, len(unit.words)]
    return [_slice(unit, first, last) for first, last in itertools.pairwise(bounds)]


def _remember(cache: dict, key: tuple, value: object) -> None:
    """Keep a word lookup for the next call, up to a bound (a long batch sees many words)."""
    if len(cache) < MAX_CACHED_WORDS:
        cache[key] = value


def _same_initial(choice: str, form: str) -> bool:
    """Same first letter, or a Ukrainian initial alternation (у/в, і/й)."""
    return choice[0] == form[0] or {choice[0], form[0]} in INITIAL_ALTERNATIONS


def _language(code: str | None) -> str | None:
    """'ru-RU' or 'RU' → 'ru'; None stays None (then every analyser is tried)."""
    return code.split("-")[0].split("_")[0].lower() if code else None


@functools.lru_cache(maxsize=4096)
def _analyse_turn(
    raw: str, language: str | None
) -> tuple[str, tuple[tuple[tuple[int, int], tuple[Token, ...]], ...], int]:
    """Cleaned text, its sentences with their tokens, and the word count of one turn's text
    (cached: scoring against a second checklist or lexicon reuses it)."""
    text = clean(raw)
    if not text:
        return text, (), 0
    turn_tokens = tokenize(text, language)
    sentences = []
    cursor = 0
    for a, b in split_sentences(text):
        tokens = []
        while cursor < len(turn_tokens) and turn_tokens[cursor].start < b:
            if turn_tokens[cursor].start >= a:
                tokens.append(turn_tokens[cursor].shifted(a))
            cursor += 1
        sentences.append(((a, b), tuple(tokens)))
    return text, tuple(sentences), sum(1 for t in turn_tokens if t.is_word)


def _opening_turns(turns: Sequence[Turn], roles: list[str]) -> frozenset[int]:
    """The agent's first turns: from the call start until the customer's first real reply
    (three or more words) after the agent has started speaking."""
    opening = set()
    agent_started = False
    for index, turn in enumerate(turns):
        if roles[index] == "agent":
            agent_started = True
            opening.add(index)
        elif agent_started and len(turn.text.split()) >= 3:
            break
    return frozenset(opening)


# --- vocabulary ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Alternative:
    lemmas: frozenset[str]
    prefix: str | None = None
    surface: str | None = None


class Vocabulary:
    """Every phrase word of a checklist; maps a call's word forms to the entries they match."""

    def __init__(self) -> None:
        self._alternatives: list[_Alternative] = []
        self._index: dict[_Alternative, int] = {}
        self._by_lemma: dict[str, set[int]] = {}
        self._prefixes: list[tuple[str, int]] = []
        self._surfaces: dict[str, set[int]] = {}
        self._fuzzy_choices: list[str] = []
        self._fuzzy_ids: list[int] = []
        self._cache: dict[tuple, tuple[frozenset[int], frozenset[int]]] = {}
        self._near_cache: dict[tuple, frozenset[int]] = {}

    def add(self, word: str, lang: str | None) -> int:
        """Register one alternative of a phrase word; returns its id."""
        if word.endswith("*"):
            alternative = _Alternative(frozenset(), prefix=fold(word[:-1]))
        elif word.startswith("="):
            alternative = _Alternative(frozenset(), surface=fold(word[1:]))
        else:
            alternative = _Alternative(phrase_lemma(word, lang))
        if alternative in self._index:
            return self._index[alternative]
        ident = len(self._alternatives)
        self._alternatives.append(alternative)
        self._index[alternative] = ident
        if alternative.prefix is not None:
            self._prefixes.append((alternative.prefix, ident))
        if alternative.surface is not None:
            self._surfaces.setdefault(alternative.surface, set()).add(ident)
        for lemma in alternative.lemmas:
            self._by_lemma.setdefault(lemma, set()).add(ident)
            # Whisper drops the hyphen of a compound («пин-код» → «пинкот»): the joined form
            # is a misspelling target too.
            for choice in {lemma, lemma.replace("-", "")}:
                if len(choice) >= 5 and not choice.isdigit():
                    self._fuzzy_choices.append(choice)
                    self._fuzzy_ids.append(ident)
        return ident

    def lookup(self, token: Token) -> tuple[frozenset[int], frozenset[int]]:
        """(exact ids, ids including misspellings) of a word token, cached by its form.

        Exact: a lemma or the surface form equals the entry, or starts with its prefix.
        Misspelling: an unknown word within 1 edit (2 for 9+ letters) of an entry, same first
        letter.
        """
        key = (token.norm, token.lemmas, token.known_in)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        exact: set[int] = set(self._surfaces.get(token.norm, ()))
        forms = token.lemmas | {token.norm}
        for form in forms:
            exact.update(self._by_lemma.get(form, ()))
        for prefix, ident in self._prefixes:
            if any(form.startswith(prefix) for form in forms):
                exact.add(ident)
        fuzzy = set(exact)
        # Only words no dictionary knows can be misspellings; a real word that is one letter
        # away from a phrase word («отметил» / «ответил») is a different word.
        for form in forms if not token.known_in else ():
            if len(form) < 5 or form.isdigit():
                continue
            for prefix, ident in self._prefixes:
                if (
                    len(prefix) >= 5
                    and form[0] == prefix[0]
                    and min(
                        Levenshtein.distance(form[: len(prefix) + k], prefix) for k in (-1, 0, 1)
                    )
                    <= 1
                ):
                    fuzzy.add(ident)
            for _, distance, index in process.extract(
                form,
                self._fuzzy_choices,
                scorer=Levenshtein.distance,
                score_cutoff=2,
                limit=None,
            ):
                choice = self._fuzzy_choices[index]
                allowed = 1 if len(choice) <= 8 else 2
                # The first letter must agree, except for a single edit on a word of 6+
                # letters: Whisper often loses or mishears a word's first sound on telephone
                # audio («лухаю» for «слухаю», «дбільшити» for «збільшити»).
                same_start = _same_initial(choice, form) or (
                    distance == 1 and len(choice) >= FIRST_LETTER_FREE_LETTERS
                )
                if distance <= allowed and same_start:
                    fuzzy.add(self._fuzzy_ids[index])
        result = (frozenset(exact), frozenset(fuzzy))
        _remember(self._cache, key, result)
        return result

    def near(self, token: Token) -> frozenset[int]:
        """Entries within ``NEAR_EDITS`` edits of a word of 5+ letters (its form or a lemma),
        even a dictionary word: Whisper hears «записывается» as «дописывается», «правильно»
        as «правильна», «договору» as «довгору» (cached by form)."""
        key = (token.norm, token.lemmas)
        cached = self._near_cache.get(key)
        if cached is not None:
            return cached
        near: set[int] = set()
        for form in {token.norm} | token.lemmas:
            if len(form) < 5 or not form.isalpha():
                continue
            for _, _, index in process.extract(
                form,
                self._fuzzy_choices,
                scorer=Levenshtein.distance,
                score_cutoff=NEAR_EDITS,
                limit=None,
            ):
                choice = self._fuzzy_choices[index]
                if _same_initial(choice, form) or len(choice) >= NEAR_FIRST_LETTER_FREE:
                    near.add(self._fuzzy_ids[index])
        result = frozenset(near)
        _remember(self._near_cache, key, result)
        return result

    def _form_ids(self, form: str, language: str | None) -> tuple[frozenset[int], frozenset[int]]:
        """(exact, misspelling) ids of a word the text does not contain as such: two
        neighbours joined, or one part of a glued word (cached)."""
        key = ("form", form, language)
        cached = self._cache.get(key)
        if cached is None:
            words = [token for token in tokenize(form, language) if token.is_word]
            cached = self.lookup(words[0]) if len(words) == 1 else (frozenset(), frozenset())
            _remember(self._cache, key, cached)
        return cached

    def _glued_ids(
        self, word: Token, language: str | None
    ) -> tuple[frozenset[int], frozenset[int]]:
        """The ids of the two phrase words an unknown word was glued from («кодовеслово»
        → «кодове» + «слово»), or nothing. Both parts must be vocabulary words: a part of
        5+ letters may be misspelt, a shorter one (3-4 letters) must match exactly."""
        norm = word.norm
        if len(norm) < GLUED_MIN_LETTERS or not norm.isalpha() or word.known_in:
            return frozenset(), frozenset()
        key = ("glued", norm, language)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        result: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset())
        for cut in range(GLUED_MIN_PART, len(norm) - GLUED_MIN_PART + 1):
            parts = [self._form_ids(part, language) for part in (norm[:cut], norm[cut:])]
            usable = [
                fuzzy if len(part) >= 5 else exact
                for part, (exact, fuzzy) in zip((norm[:cut], norm[cut:]), parts, strict=True)
            ]
            if all(usable):
                result = (
                    frozenset().union(*(exact for exact, _ in parts)),
                    frozenset().union(*usable),
                )
                break
        _remember(self._cache, key, result)
        return result

    def annotate(self, unit: Unit) -> None:
        """Map the unit's words to vocabulary ids, including what ASR split or glued.

        Whisper splits a word it is unsure of («Номер -Па -Спорта», «что -нибудь», «поли
        сказка») and glues short neighbours («кодовеслово»); a phrase word is found in two
        neighbours joined (when one of them is unknown, or Whisper marked the join with a
        hyphen) and two phrase words in one unknown word. ``near_ids`` also holds the entries
        each word is a couple of edits from, for phrases anchored by exact words.
        """
        words, language = unit.words, unit.language
        pairs = [self.lookup(word) for word in words]
        exact = [set(pair[0]) for pair in pairs]
        fuzzy = [set(pair[1]) for pair in pairs]
        for index in range(len(words) - 1):
            left, right = words[index], words[index + 1]
            between = unit.text[left.end : right.start].strip()
            marked = between in ("-", "'")
            if between not in ("", "-", "'") or left.norm.isdigit() or right.norm.isdigit():
                continue
            apostrophe = language == "uk" and right.norm[:1] in APOSTROPHE_NEXT
            if not (marked or apostrophe) and left.known(language) and right.known(language):
                continue
            joins = {left.text + right.text}
            if marked:
                joins.add(f"{left.text}{between}{right.text}")
            if apostrophe:
                joins.add(f"{left.text}'{right.text}")
            for joined in joins:
                if len(joined) < 5:
                    continue
                joined_exact, joined_fuzzy = self._form_ids(joined, language)
                for position in (index, index + 1):
                    exact[position] |= joined_exact
                    fuzzy[position] |= joined_fuzzy
        glued = set()
        for index, word in enumerate(words):
            glued_exact, glued_fuzzy = self._glued_ids(word, language)
            if glued_fuzzy:
                glued.add(index)
                exact[index] |= glued_exact
                fuzzy[index] |= glued_fuzzy
        unit.exact_ids = [frozenset(ids) for ids in exact]
        unit.fuzzy_ids = [frozenset(ids) for ids in fuzzy]
        unit.all_exact = frozenset().union(*unit.exact_ids) if words else frozenset()
        unit.all_fuzzy = frozenset().union(*unit.fuzzy_ids) if words else frozenset()
        unit.glued = frozenset(glued)
        unit.word_fuzzy_ids = [pair[1] for pair in pairs]
        near = [self.near(word) | ids for word, ids in zip(words, unit.fuzzy_ids, strict=True)]
        # A word split into a short fragment and the rest, both dictionary words («останні
        # чотири ці при» for «цифри»): the two joined may be near a phrase word.
        for index in range(len(words) - 1):
            left, right = words[index], words[index + 1]
            if (
                unit.text[left.end : right.start].strip()
                or min(len(left.norm), len(right.norm)) > FRAGMENT_LETTERS
                or not (left.norm + right.norm).isalpha()
            ):
                continue
            joined = [t for t in tokenize(left.text + right.text, language) if t.is_word]
            if len(joined) == 1:
                ids = self.near(joined[0])
                near[index] = near[index] | ids
                near[index + 1] = near[index + 1] | ids
        unit.near_ids = near


# --- results ------------------------------------------------------------------------------


@dataclass
class Hit:
    """A unit a rule matched (or rejected, with ``reason``), with the words that matched."""

    unit: Unit
    rule_id: str
    span: tuple[int, int] | None = None
    note: str = ""
    reason: str = ""

    @property
    def text(self) -> str:
        return self.unit.span_text(self.span)


@dataclass
class Result:
    hits: list[Hit] = field(default_factory=list)
    rejected: list[Hit] = field(default_factory=list)


@dataclass
class Context:
    """What rules need besides the units: the call, the encoder, and an embedding cache."""

    call: CallText
    encoder: Callable[[], SentenceEncoder | None] | None = None
    allow_semantic: bool = True
    embeddings: dict[str, np.ndarray] = field(default_factory=dict)

    def embed(self, texts: list[str]) -> np.ndarray | None:
        encoder = self.encoder() if self.encoder is not None else None
        if encoder is None:
            return None
        missing = [t for t in dict.fromkeys(texts) if t not in self.embeddings]
        if missing:
            vectors = encoder.encode(missing)
            for text, vector in zip(missing, vectors, strict=True):
                self.embeddings[text] = vector
        return np.stack([self.embeddings[t] for t in texts])


# --- compiled rule nodes ------------------------------------------------------------------


class Node:
    """A compiled rule. ``cost`` orders siblings so that cheap rules filter first."""

    id: str
    cost = 0

    def evaluate(self, ctx: Context, units: list[Unit]) -> Result:
        raise NotImplementedError


@dataclass
class _Phrase:
    text: str
    slots: list[frozenset[int]]

    @functools.cached_property
    def words(self) -> frozenset[str]:
        """The phrase's own words without the exact-form and prefix marks, so that a negation
        word inside the phrase («=lama =nėra», Whisper's «laba diena») never negates it."""
        return frozenset(
            fold(alt.lstrip("=").rstrip("*")) for word in self.text.split()
            for alt in word.split("|")
        )


def _negated(unit: Unit, span: tuple[int, int], own: frozenset[str]) -> str | None:
    """The negation cue in the clause of a match (a few words around it, or between its
    words), unless the phrase itself contains it («больше не пользоваться»)."""
    a, b = span
    clauses = {unit.clauses[a], unit.clauses[b]}
    for index in range(max(0, a - NEGATION_BEFORE), min(len(unit.words), b + 1 + NEGATION_AFTER)):
        if unit.clauses[index] not in clauses:
            continue
        norm = unit.words[index].norm
        if norm in own:
            continue
        if norm in NEGATION_WORDS or norm.endswith("n't"):
            return unit.words[index].text
    return None


def _matches(
    phrase: _Phrase,
    ids: list[frozenset[int]],
    max_gap: int,
    ordered: bool,
    glued: frozenset[int] = frozenset(),
) -> Iterator[tuple[int, int]]:
    """Spans where the phrase's slots match in turn (or in any order), at most ``max_gap``
    other words apart; two neighbouring slots may share one glued word."""
    positions = []
    for slot in phrase.slots:
        found = [i for i, word_ids in enumerate(ids) if word_ids & slot]
        if not found:
            return
        positions.append(found)
    if len(positions) == 1:
        for p in positions[0]:
            yield (p, p)
        return
    if ordered:

        def extend(prefix: list[int]) -> Iterator[list[int]]:
            if len(prefix) == len(positions):
                yield prefix
                return
            for p in positions[len(prefix)]:
                shared = p == prefix[-1] and p in glued and prefix[-2:-1] != [p]
                if shared or prefix[-1] < p <= prefix[-1] + 1 + max_gap:
                    yield from extend([*prefix, p])

        for first in positions[0]:
            for chain in extend([first]):
                yield (chain[0], chain[-1])
        return
    limit = len(positions) + max_gap * (len(positions) - 1)
    for count, combo in enumerate(itertools.product(*positions)):
        if count > _MAX_COMBINATIONS:
            return
        low, high = min(combo), max(combo)
        repeats = len(combo) - len(set(combo))
        if high - low < limit and (
            not repeats or (all(combo.count(p) <= 2 for p in glued) and _only_glued(combo, glued))
        ):
            yield (low, high)


def _only_glued(combo: tuple[int, ...], glued: frozenset[int]) -> bool:
    """Whether every position used twice in a combination is a glued word."""
    seen: set[int] = set()
    for position in combo:
        if position in seen and position not in glued:
            return False
        seen.add(position)
    return True


class PhrasesNode(Node):
    cost = 1

    def __init__(self, ident: str, rule: PhrasesRule, phrases: list[_Phrase]) -> None:
        self.id = ident
        self.phrases = phrases
        self.max_gap = rule.max_gap
        self.ordered = rule.ordered
        self.fuzzy = rule.fuzzy
        self.negation = rule.negation
        self.any_ids = frozenset().union(*(slot for p in phrases for slot in p.slots))
        # For ``_find_anchored``: each slot of a 2+ word phrase with the union of the other
        # slots, computed once here instead of for every sentence.
        self.loose_slots = [
            (phrase, [
                (slot, frozenset().union(*(s for k, s in enumerate(phrase.slots) if k != loose)))
                for loose, slot in enumerate(phrase.slots)
            ])
            for phrase in phrases
            if len(phrase.slots) >= 2
        ]

    def find(self, unit: Unit) -> tuple[Hit | None, Hit | None]:
        """(accepted hit, rejected hit) of the first matching phrase in a unit."""
        all_ids = unit.all_fuzzy if self.fuzzy else unit.all_exact
        if not all_ids & self.any_ids:
            return None, None
        ids = unit.fuzzy_ids if self.fuzzy else unit.exact_ids
        rejected = None
        for phrase in self.phrases:
            if not all(slot & all_ids for slot in phrase.slots):
                continue
            for span in _matches(phrase, ids, self.max_gap, self.ordered, unit.glued):
                cue = _negated(unit, span, phrase.words) if self.negation != "ignore" else None
                wanted = (cue is not None) if self.negation == "require" else (cue is None)
                note = f"phrase «{phrase.text}»"
                if wanted:
                    return Hit(unit, self.id, span, note), None
                if rejected is None:
                    reason = f"negated by «{cue}»" if cue is not None else "not negated"
                    rejected = Hit(unit, self.id, span, note, reason)
        if self.fuzzy and rejected is None and unit.near_ids:
            return self._find_anchored(unit), None
        return None, rejected

    def _find_anchored(self, unit: Unit) -> Hit | None:
        """A phrase of 2+ words whose words all match exactly but one, which is only near
        an entry («разговор дописывается», «номер довгору»), anchored by an exact word of 4+
        letters. Misheard known words are common in ASR, but alone they are other words."""
        near_all = frozenset().union(*unit.near_ids)
        if not near_all & self.any_ids:
            return None
        for phrase, loose_slots in self.loose_slots:
            for loose, (slot, others) in enumerate(loose_slots):
                if not slot & near_all or not all(
                    s & unit.all_exact for k, s in enumerate(phrase.slots) if k != loose
                ):
                    continue
                ids = [
                    (exact - slot) | (near & slot)
                    for exact, near in zip(unit.exact_ids, unit.near_ids, strict=True)
                ]
                for span in _matches(phrase, ids, self.max_gap, self.ordered, unit.glued):
                    anchored = any(
                        len(unit.words[i].norm) >= 4 and unit.exact_ids[i] & others
                        for i in range(span[0], span[1] + 1)
                    )
                    cue = _negated(unit, span, phrase.words) if self.negation != "ignore" else None
                    wanted = (cue is not None) if self.negation == "require" else (cue is None)
                    if anchored and wanted:
                        return Hit(unit, self.id, span, f"phrase «{phrase.text}» (one word near)")
        return None

    def evaluate(self, ctx: Context, units: list[Unit]) -> Result:
        result = Result()
        for unit in units:
            hit, rejected = self.find(unit)
            if hit is not None:
                result.hits.append(hit)
            elif rejected is not None:
                result.rejected.append(rejected)
        return result


class RegexNode(Node):
    cost = 1

    def __init__(self, ident: str, patterns: list) -> None:
        self.id = ident
        self.patterns = patterns

    def evaluate(self, ctx: Context, units: list[Unit]) -> Result:
        result = Result()
        for unit in units:
            folded = fold(unit.text)
            for pattern in self.patterns:
                try:
                    match = pattern.search(folded, timeout=REGEX_TIMEOUT_S)
                except TimeoutError:
                    raise RuleError(
                        f"rule {self.id}: pattern /{pattern.pattern}/ ran over its "
                        f"{REGEX_TIMEOUT_S:g} s limit on turn {unit.turn_index} "
                        f"({len(unit.text)} characters): it backtracks catastrophically"
                    ) from None
                if match:
                    result.hits.append(Hit(unit, self.id, None, f"pattern /{pattern.pattern}/"))
                    break
        return result


class QuestionNode(Node):
    def __init__(self, ident: str, rule: QuestionRule) -> None:
        self.id = ident
        self.unpunctuated = rule.unpunctuated

    def evaluate(self, ctx: Context, units: list[Unit]) -> Result:
        result = Result()
        for unit in units:
            if unit.is_question:
                result.hits.append(Hit(unit, self.id, None, "question"))
            elif not unit.punctuated and self.unpunctuated:
                result.hits.append(Hit(unit, self.id, None, "unpunctuated: may be a question"))
        return result


class LengthNode(Node):
    def __init__(self, ident: str, rule: LengthRule) -> None:
        self.id = ident
        self.rule = rule

    def evaluate(self, ctx: Context, units: list[Unit]) -> Result:
        result = Result()
        low, high = self.rule.min_words, self.rule.max_words
        for unit in units:
            count = len(unit.words) if self.rule.of == "sentence" else unit.turn_words
            if (low is None or count >= low) and (high is None or count <= high):
                result.hits.append(Hit(unit, self.id, None, f"{count} words"))
        return result


class OrganisationNode(Node):
    """Finds a company mention in a sentence; see ``OrganisationRule`` for the cues."""

    cost = 2

    def __init__(
        self,
        ident: str,
        org: PhrasesNode,
        intro: PhrasesNode | None,
        name_intro: PhrasesNode | None,
        generic: PhrasesNode | None,
        greeting: PhrasesNode | None = None,
        offer: PhrasesNode | None = None,
    ) -> None:
        self.id = ident
        self.org = org
        self.intro = intro
        self.name_intro = name_intro
        self.generic = generic
        self.greeting = greeting
        self.offer = offer

    @staticmethod
    def _span_words(node: PhrasesNode | None, unit: Unit) -> list[tuple[int, int]]:
        if node is None:
            return []
        present = frozenset().union(*unit.word_fuzzy_ids)
        if not present & node.any_ids:
            return []
        spans = []
        for phrase in node.phrases:
            if all(slot & present for slot in phrase.slots):
                spans.extend(_matches(phrase, unit.word_fuzzy_ids, 0, True))
        return spans

    def opens_with_name_intro(self, unit: Unit) -> bool:
        """Whether the sentence opens with the agent introducing themselves by name ("I'm
        Jordan.", «Меня зовут Ольга.»; not "I'm calling about…"), one interjection or
        conjunction allowed first."""
        words = unit.words
        return any(
            a <= 1 and end + 1 < len(words)
            and (words[end + 1].capitalised or words[end + 1].person_name)
            for a, end in self._span_words(self.name_intro, unit)
        )

    def find(self, unit: Unit, agent_named_next: bool = False) -> Hit | None:
        """``agent_named_next``: the turn's next sentence opens with the agent's own name, so
        a name introduced at the end of this one is the company's ("this is Tiswap .io
        support. I'm Jordan.": ASR ends sentences where the speaker pauses)."""
        words = unit.words
        if not words:
            return None
        org_spans = self._span_words(self.org, unit)
        org_words = {i for a, b in org_spans for i in range(a, b + 1)}
        agent_name: set[int] = set()
        name_intros = self._span_words(self.name_intro, unit)
        intro_starts = [a for a, _ in name_intros]
        for _, end in name_intros:
            following = range(end + 1, min(len(words), end + 4))
            if any(i in org_words for i in following):
                continue  # "this is Harper Valley Bank": a company, not the agent's name
            if any(end + 1 < a <= end + 1 + MAX_NAME_SLOT_WORDS for a in intro_starts):
                continue  # "this is Harper Valley, my name is Ann": the second one is the agent
            if agent_named_next and end == max(e for _, e in name_intros) and (
                len(words) - end - 1 <= MAX_NAME_SLOT_WORDS
            ):
                continue  # "this is Harper Valley. My name is Ann.": the same, over a full stop
            for index in following[:2]:
                # Nobody quotes their own name: «это оператор «Волна», Никита» names the
                # company after a job title that also introduces agents.
                if unit.clauses[index] != unit.clauses[end] or unit.quoted[index]:
                    break
                agent_name.add(index)
        blocked = {i for a, b in self._span_words(self.generic, unit) for i in range(a, b + 1)}
        # ASR capitalises people's names; a lower-case word the dictionary also knows as a
        # surname («служба доставки швидка пошта») is an ordinary word there, and a quoted
        # one («Зелений Кошик») is a brand.
        cased = any(word.capitalised for word in words)

        def person(index: int) -> bool:
            word = words[index]
            return (
                word.person_name
                and not unit.quoted[index]
                and (word.capitalised or not cased)
            )

        def name_like(index: int) -> bool:
            word = words[index]
            return not (
                index in agent_name
                or index in blocked
                or index in org_words
                or person(index)
                or word.norm.isdigit()
                or len(word.norm) < 2
            )

        for index, word in enumerate(words):
            if unit.quoted[index] and name_like(index):
                return Hit(unit, self.id, (index, index), "quoted name")
            if (word.camel or _LETTERS_THEN_DIGIT.fullmatch(word.text)) and name_like(index):
                return Hit(unit, self.id, (index, index), "brand-style name")
            if (
                index > 0
                and index + 1 < len(words)
                and word.capitalised
                and words[index + 1].capitalised
                and unit.clauses[index] == unit.clauses[index + 1]
                and name_like(index)
                and name_like(index + 1)
            ):
                # Two capitalised words mid-sentence that are not a person's name: a company
                # name made of dictionary words («Ромашка Плюс», "Blue River"). One capitalised
                # word alone is too often the agent's own name ("Jordan speaking").
                return Hit(unit, self.id, (index, index + 1), "capitalised name")
        for a, b in org_spans:
            for index in (a - 1, b + 1):
                if not 0 <= index < len(words) or not name_like(index):
                    continue
                # After the organisation word, the name may follow a comma ASR put there
                # («страховая компания, надежный тыл»); before it, a comma ends the name.
                apart = abs(unit.clauses[index] - unit.clauses[a if index < a else b])
                if apart == 0 or (index > b and apart == 1):
                    return Hit(
                        unit,
                        self.id,
                        (min(a, index), max(b, index)),
                        "organisation word with a name",
                    )
        for _, end in self._span_words(self.intro, unit):
            index = end + 1
            if index < len(words) and index in blocked and index not in org_words:
                index += 1  # an article or preposition first: "you've reached the Riverside…"
            if (
                index < len(words)
                and unit.clauses[index] == unit.clauses[end]
                and (name_like(index) or index in org_words)
            ):
                return Hit(unit, self.id, (index, index), "name after an introduction")
        slot = self._name_slot(unit, name_like)
        if slot is not None:
            return Hit(unit, self.id, slot, "name between the greeting and the introduction")
        # An unknown word far into the sentence, or in a sentence with no greeting,
        # introduction or offer of help, is more often a misheard word of the customer's
        # reply merged into the agent's opening («здравствуйте, у меня телефон
        # заблокировался, просит пукот. Пукот написан на…») than a company name.
        cued = any(
            self._span_words(node, unit)
            for node in (self.greeting, self.intro, self.name_intro, self.offer)
        )
        for index, word in enumerate(words[:MAX_UNKNOWN_NAME_POSITION] if cued else ()):
            if (
                not word.known(unit.language)
                and len(word.norm) >= 4
                and name_like(index)
                and ((word.capitalised and index > 0) or not unit.word_fuzzy_ids[index])
            ):
                return Hit(unit, self.id, (index, index), "name unknown to the dictionary")
        return None

    def _name_slot(
        self, unit: Unit, name_like: Callable[[int], bool]
    ) -> tuple[int, int] | None:
        """The words between a greeting and the next introduction or offer of help, when they
        look like a name: «добрый день ласточка слушаю вас», "good morning blue harbor how can
        i help". A slot of one word counts only where the analyser can tell a person's name
        (the agent's own name in that place is common: "hello jen how can I help"); elsewhere
        it takes two name-like words."""
        offers = sorted(a for a, _ in self._span_words(self.offer, unit))
        intros = self._span_words(self.name_intro, unit)
        greetings = self._span_words(self.greeting, unit)
        # "hello this is happy valley national my name is mary": the words between a first
        # introduction and the agent's own one are a slot too; so are the words that open the
        # sentence before its greeting («Ласточка, здравствуйте»).
        pairs = [(end, offers) for _, end in greetings]
        pairs += [(end, sorted(a for a, _ in intros)) for _, end in intros]
        pairs.append((-1, sorted(a for a, _ in greetings)[:1]))
        for end, closers in pairs:
            close = next((a for a in closers if a > end + 1), None)
            if close is None or close - end - 1 > MAX_NAME_SLOT_WORDS:
                continue
            named = [i for i in range(end + 1, close) if name_like(i)]
            needed = 1 if unit.language in PERSON_NAME_LANGUAGES else 2
            if len(named) >= needed:
                return named[0], named[-1]
        return None

    def evaluate(self, ctx: Context, units: list[Unit]) -> Result:
        hits = []
        for position, unit in enumerate(units):
            following = units[position + 1] if position + 1 < len(units) else None
            agent_named_next = (
                following is not None
                and following.turn_index == unit.turn_index
                and self.opens_with_name_intro(following)
            )
            if (hit := self.find(unit, agent_named_next)) is not None:
                hits.append(hit)
        return Result(hits)


class SemanticNode(Node):
    cost = 10

    def __init__(
        self, ident: str, rule: SemanticRule, examples: list[str], counter: list[str]
    ) -> None:
        self.id = ident
        self.examples = examples
        self.counter = counter
        self.margin = rule.margin
        self.min_similarity = rule.min_similarity
        self._vectors: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def _example_vectors(self, encoder: SentenceEncoder) -> tuple[np.ndarray, np.ndarray]:
        cached = self._vectors.get(encoder.name)
        if cached is None:
            positive = encoder.encode(self.examples)
            negative = encoder.encode(self.counter) if self.counter else np.zeros((0, 1))
            cached = self._vectors[encoder.name] = (positive, negative)
        return cached

    def evaluate(self, ctx: Context, units: list[Unit]) -> Result:
        if not ctx.allow_semantic or not units or ctx.encoder is None:
            return Result()
        try:
            encoder = ctx.encoder()
        except ModelError as error:
            # Finding nothing would silently fail the item; it cannot be decided instead.
            raise RuleError(
                f"semantic rule {self.id}: {error}", code="semantic_unavailable"
            ) from error
        if encoder is None:
            return Result()
        vectors = ctx.embed([u.text for u in units])
        positive, negative = self._example_vectors(encoder)
        pos = vectors @ positive.T
        best = pos.max(axis=1)
        nearest = pos.argmax(axis=1)
        neg = (vectors @ negative.T).max(axis=1) if len(self.counter) else np.zeros(len(units))
        result = Result()
        for row, unit in enumerate(units):
            note = (
                f"like «{self.examples[nearest[row]]}» ({best[row]:.3f} vs counter-example "
                f"{neg[row]:.3f})"
            )
            if best[row] >= self.min_similarity and best[row] - neg[row] >= self.margin:
                result.hits.append(Hit(unit, self.id, None, note))
        return result


class AllNode(Node):
    def __init__(self, ident: str, within: str, children: list[Node]) -> None:
        self.id = ident
        self.within = within
        self.children = sorted(children, key=lambda child: child.cost)
        self.cost = max(child.cost for child in children)

    def evaluate(self, ctx: Context, units: list[Unit]) -> Result:
        if self.within == "sentence":
            return self._per_sentence(ctx, units)
        return self._grouped(ctx, units)

    def _per_sentence(self, ctx: Context, units: list[Unit]) -> Result:
        alive = list(units)
        first_hit: dict[int, Hit] = {}
        rejected: dict[int, Hit] = {}
        for child in self.children:
            if not alive:
                break
            if isinstance(child, NotNode):
                # Excluded units stay alive: if the other rules match them, they are near misses.
                for hit in child.inner.evaluate(ctx, alive).hits:
                    rejected.setdefault(
                        hit.unit.order,
                        Hit(hit.unit, self.id, hit.span, hit.note, f"also matches {hit.rule_id}"),
                    )
                continue
            result = child.evaluate(ctx, alive)
            matched = {hit.unit.order: hit for hit in result.hits}
            for hit in result.rejected:
                if hit.unit.order not in matched:
                    rejected.setdefault(hit.unit.order, hit)
            for order, hit in matched.items():
                if order not in first_hit or first_hit[order].span is None:
                    first_hit[order] = hit
            keep = set(matched) | {h.unit.order for h in result.rejected}
            alive = [u for u in alive if u.order in keep]
        hits = [
            first_hit[u.order] for u in alive if u.order in first_hit and u.order not in rejected
        ]
        near = [rejected[u.order] for u in alive if u.order in rejected]
        return Result(hits, near)

    def _grouped(self, ctx: Context, units: list[Unit]) -> Result:
        key = (lambda u: u.turn_index) if self.within == "turn" else (lambda u: 0)
        groups: dict[int, list[Unit]] = {}
        for unit in units:
            groups.setdefault(key(unit), []).append(unit)
        hits: list[Hit] = []
        rejected: list[Hit] = []
        for group in groups.values():
            collected: list[Hit] = []
            ok = True
            for child in self.children:
                if isinstance(child, NotNode):
                    inner = child.inner.evaluate(ctx, group)
                    if inner.hits:
                        ok = False
                        if collected:
                            rejected.append(
                                Hit(
                                    collected[0].unit,
                                    self.id,
                                    collected[0].span,
                                    collected[0].note,
                                    f"also matches {inner.hits[0].rule_id}",
                                )
                            )
                        break
                    continue
                result = child.evaluate(ctx, group)
                if not result.hits:
                    ok = False
                    if collected and result.rejected:
                        rejected.append(result.rejected[0])
                    break
                collected.append(result.hits[0])
            if ok:
                hits.extend(collected)
        return Result(hits, rejected)


class AnyNode(Node):
    def __init__(self, ident: str, children: list[Node]) -> None:
        self.id = ident
        self.children = children
        self.cost = max(child.cost for child in children)

    def evaluate(self, ctx: Context, units: list[Unit]) -> Result:
        remaining = list(units)
        hits: list[Hit] = []
        rejected: list[Hit] = []
        for child in self.children:
            if not remaining:
                break
            result = child.evaluate(ctx, remaining)
            hits.extend(result.hits)
            rejected.extend(result.rejected)
            matched = {hit.unit.order for hit in result.hits}
            remaining = [u for u in remaining if u.order not in matched]
        hit_units = {hit.unit.order for hit in hits}
        hits.sort(key=lambda hit: hit.unit.order)
        return Result(hits, [h for h in rejected if h.unit.order not in hit_units])


class NotNode(Node):
    """Only meaningful inside ``all``; alone, it matches the units ``inner`` does not."""

    def __init__(self, ident: str, inner: Node) -> None:
        self.id = ident
        self.inner = inner
        self.cost = inner.cost

    def evaluate(self, ctx: Context, units: list[Unit]) -> Result:
        excluded = {hit.unit.order for hit in self.inner.evaluate(ctx, units).hits}
        return Result([Hit(u, self.id) for u in units if u.order not in excluded])


class BeforeNode(Node):
    def __init__(self, ident: str, rule: Node, reference: Node, label: str) -> None:
        self.id = ident
        self.rule = rule
        self.reference = reference
        self.label = label
        self.cost = max(rule.cost, reference.cost)

    def evaluate(self, ctx: Context, units: list[Unit]) -> Result:
        result = self.rule.evaluate(ctx, units)
        if not result.hits:
            return result
        reference = self.reference.evaluate(ctx, units).hits
        if not reference:
            return result
        first = min(reference, key=lambda hit: (hit.unit.position, hit.span or (0, 0)))
        limit = (first.unit.position, first.span or (0, 0))
        kept, late = [], list(result.rejected)
        for hit in result.hits:
            if (hit.unit.position, hit.span or (0, 0)) < limit:
                kept.append(hit)
            else:
                late.append(
                    Hit(
                        hit.unit,
                        hit.rule_id,
                        hit.span,
                        hit.note,
                        f"comes after {self.label} at {first.unit.turn_start:.1f} s "
                        f"(turn {first.unit.turn_index}: «{shorten(first.unit.text, 80)}»)",
                    )
                )
        return Result(kept, late)


# --- compilation --------------------------------------------------------------------------


class _Compiler:
    def __init__(self, checklist: Checklist) -> None:
        self.checklist = checklist
        self.vocabulary = Vocabulary()
        self.counter = 0

    def phrases(self, value) -> list[_Phrase]:
        compiled = []
        for lang, phrase in self.checklist.expand(value):
            slots = [
                frozenset(self.vocabulary.add(alt, lang) for alt in word.split("|"))
                for word in phrase.split()
            ]
            compiled.append(_Phrase(phrase, slots))
        return compiled

    def _ident(self, rule, owner: str) -> str:
        if rule.id:
            return rule.id
        self.counter += 1
        return f"{owner}.{rule.kind}{self.counter}"

    def node(self, rule, owner: str) -> Node:
        ident = self._ident(rule, owner)
        if isinstance(rule, PhrasesRule):
            return PhrasesNode(ident, rule, self.phrases(rule.phrases))
        if isinstance(rule, RegexRule):
            patterns = [compile_pattern(p) for _, p in self.checklist.expand(rule.patterns)]
            return RegexNode(ident, patterns)
        if isinstance(rule, QuestionRule):
            return QuestionNode(ident, rule)
        if isinstance(rule, LengthRule):
            return LengthNode(ident, rule)
        if isinstance(rule, SemanticRule):
            examples = [p for _, p in self.checklist.expand(rule.examples)]
            counter = [p for _, p in self.checklist.expand(rule.counter_examples)]
            return SemanticNode(ident, rule, examples, counter)
        if isinstance(rule, OrganisationRule):

            def sub(value, suffix: str) -> PhrasesNode | None:
                if not self.checklist.expand(value):
                    return None
                leaf = PhrasesRule(kind="phrases", phrases=value, max_gap=0)
                return PhrasesNode(f"{ident}.{suffix}", leaf, self.phrases(value))

            org = sub(rule.org_words, "org")
            assert org is not None, "org_words is required by the schema"
            return OrganisationNode(
                ident,
                org,
                sub(rule.intro_phrases, "intro"),
                sub(rule.name_intro_phrases, "name"),
                sub(rule.generic_words, "generic"),
                sub(rule.greeting_phrases, "greeting"),
                sub(rule.offer_phrases, "offer"),
            )
        if isinstance(rule, AllRule):
            return AllNode(ident, rule.within, [self.node(r, owner) for r in rule.rules])
        if isinstance(rule, AnyRule):
            return AnyNode(ident, [self.node(r, owner) for r in rule.rules])
        if isinstance(rule, NotRule):
            return NotNode(ident, self.node(rule.rule, owner))
        if isinstance(rule, BeforeRule):
            return BeforeNode(
                ident,
                self.node(rule.rule, owner),
                self.node(rule.reference, owner),
                rule.reference_label,
            )
        raise TypeError(f"unknown rule kind {type(rule).__name__}")


@dataclass
class CompiledItem:
    item: Item
    node: Node
    applies: Node | None


@dataclass
class CompiledFlag:
    flag: FlagDef
    triggers: list[tuple[Scope, Node]]


@dataclass
class CompiledChecklist:
    checklist: Checklist
    vocabulary: Vocabulary
    items: list[CompiledItem]
    flags: list[CompiledFlag]

    @property
    def has_semantic(self) -> bool:
        nodes = [entry.node for entry in self.items]
        nodes += [node for flag in self.flags for _, node in flag.triggers]
        return any(_contains_semantic(node) for node in nodes)


def _contains_semantic(node: Node) -> bool:
    if isinstance(node, SemanticNode):
        return True
    children: list[Node] = []
    if isinstance(node, AllNode | AnyNode):
        children = node.children
    elif isinstance(node, NotNode):
        children = [node.inner]
    elif isinstance(node, BeforeNode):
        children = [node.rule, node.reference]
    return any(_contains_semantic(child) for child in children)


def compile_checklist(checklist: Checklist) -> CompiledChecklist:
    """Compile once per checklist object (cached on it): vocabulary, phrase slots, regexes."""
    if checklist._compiled is not None:
        return checklist._compiled
    compiler = _Compiler(checklist)
    items = []
    for item in checklist.items:
        applies = None
        if item.applies_when is not None and item.applies_when.rule is not None:
            applies = compiler.node(item.applies_when.rule, f"{item.id}.applies_when")
        items.append(CompiledItem(item, compiler.node(item.rule, item.id), applies))
    flags = [
        CompiledFlag(flag, [(t.scope, compiler.node(t.rule, flag.code)) for t in flag.triggers])
        for flag in checklist.flags
    ]
    compiled = CompiledChecklist(checklist, compiler.vocabulary, items, flags)
    checklist._compiled = compiled
    return compiled


# --- scopes and item evaluation -----------------------------------------------------------


def window_bounds(window: Window, duration: float) -> tuple[float, float]:
    """[low, high] seconds that the anchor edge must fall in."""
    low, high = 0.0, float("inf")
    firsts = [
        v
        for v in (
            window.first_s,
            None if window.first_pct is None else duration * window.first_pct / 100,
        )
        if v is not None
    ]
    if firsts:
        high = max(firsts)
    lasts = [
        v
        for v in (
            window.last_s,
            None if window.last_pct is None else duration * window.last_pct / 100,
        )
        if v is not None
    ]
    if lasts:
        low = max(0.0, duration - max(lasts))
    return low, high


def describe_window(window: Window, duration: float) -> str:
    low, high = window_bounds(window, duration)
    edge = "start" if window.anchor == "start" else "end"
    parts = []
    if high != float("inf"):
        parts.append(f"{edge} within the first {high:.1f} s")
    if low > 0:
        parts.append(f"{edge} after {low:.1f} s (the last {duration - low:.1f} s)")
    return "the turn must " + " and ".join(parts) if parts else "any time"


def _out_of_scope(unit: Unit, scope: Scope, call: CallText) -> str | None:
    """Why a unit is outside a scope (None when inside)."""
    if scope.speaker != "any" and unit.role != scope.speaker:
        who = unit.role if unit.role != "unknown" else "a speaker of unknown role"
        return (
            f"said by the {who}, not the {scope.speaker}"
            if unit.role != "unknown"
            else (f"said by {who}")
        )
    if scope.segment == "opening" and unit.turn_index not in call.opening_turns:
        return "not part of the agent's opening (after the customer's first reply)"
    if scope.window is not None:
        low, high = window_bounds(scope.window, call.duration)
        edge = unit.segment_start if scope.window.anchor == "start" else unit.segment_end
        if not low <= edge <= high:
            whole = (unit.segment_start, unit.segment_end) == (unit.turn_start, unit.turn_end)
            return (
                f"{'turn' if whole else 'stretch of the turn after a pause'} "
                f"{'starts' if scope.window.anchor == 'start' else 'ends'} at "
                f"{edge:.1f} s, outside the window ({describe_window(scope.window, call.duration)})"
            )
    return None


def _part_in_window(unit: Unit, window: Window, duration: float) -> Unit | None:
    """The words of an ASR sentence that themselves lie in a time window, as a unit.

    Diarisation sometimes glues several real turns into one long unpunctuated "sentence"
    with no pause long enough to split it (a whole call as one agent turn from 0.9 s to
    35.3 s), so neither its start nor its end says when the agent said the words in it.
    With word timestamps, the words whose own start (or end, for an end anchor) falls in
    the window stand for the real turn; gold text has no word times and keeps the turn rule.
    """
    if not unit.word_times:
        return None
    low, high = window_bounds(window, duration)
    edge = 0 if window.anchor == "start" else 1
    kept = [i for i, times in enumerate(unit.word_times) if low <= times[edge] <= high]
    if not kept:
        return None
    first, last = kept[0], kept[-1] + 1
    return _slice(
        unit,
        first,
        last,
        segment_start=unit.word_times[first][0],
        segment_end=unit.word_times[last - 1][1],
    )


def split_scope(call: CallText, scope: Scope) -> tuple[list[Unit], list[tuple[Unit, str]]]:
    """The units in a scope, and those outside with the reason. A timed ASR sentence that
    is outside only by its time window contributes the part of it inside the window."""
    inside, outside = [], []
    for unit in call.units:
        why = _out_of_scope(unit, scope, call)
        if why is None:
            inside.append(unit)
            continue
        timeless = scope.model_copy(update={"window": None})
        part = (
            _part_in_window(unit, scope.window, call.duration)
            if scope.window is not None and _out_of_scope(unit, timeless, call) is None
            else None
        )
        if part is not None:
            inside.append(part)
        else:
            outside.append((unit, why))
    return inside, outside


@dataclass
class Outcome:
    """An item's or flag's decision with its evidence, near misses and reason."""

    matched: bool
    hits: list[Hit]
    near_misses: list[Hit]
    reason: str
    applicable: bool = True
    error: RuleError | None = None


def _dedupe(hits: list[Hit], limit: int) -> list[Hit]:
    seen: set[int] = set()
    out = []
    for hit in sorted(hits, key=lambda h: h.unit.order):
        if hit.unit.order in seen:
            continue
        seen.add(hit.unit.order)
        out.append(hit)
        if len(out) == limit:
            break
    return out


def describe_hit(hit: Hit) -> str:
    unit = hit.unit
    return f"turn {unit.turn_index} at {unit.start:.1f} s: «{shorten(hit.text, 120)}»"


def _semantic_monotone(node: Node) -> bool:
    """True when switching semantic rules off can only lose matches (none sits under a
    ``not`` or in a ``before`` reference), so a cheap first pass that matches is final."""
    if isinstance(node, NotNode):
        return not _contains_semantic(node.inner)
    if isinstance(node, BeforeNode):
        return _semantic_monotone(node.rule) and not _contains_semantic(node.reference)
    if isinstance(node, AllNode | AnyNode):
        return all(_semantic_monotone(child) for child in node.children)
    return True


def evaluate_rule(node: Node, scope: Scope, ctx: Context, *, explain: bool) -> Outcome:
    """Evaluate a rule tree within a scope; when it fails and ``explain``, find near misses.

    Semantic rules cost an embedding per sentence, so when they can only add matches the
    cheap rules run first and the semantic ones only if those found nothing.
    """
    inside, outside = split_scope(ctx.call, scope)
    allow = ctx.allow_semantic
    two_pass = allow and _contains_semantic(node) and _semantic_monotone(node)
    try:
        ctx.allow_semantic = allow and not two_pass
        result = node.evaluate(ctx, inside)
        if two_pass and not result.hits:
            ctx.allow_semantic = True
            result = node.evaluate(ctx, inside)
        if result.hits:
            hits = _dedupe(result.hits, MAX_EVIDENCE)
            notes = "; ".join(
                f"{describe_hit(h)} [{h.rule_id}: {h.note}]"
                if h.note
                else f"{describe_hit(h)} [{h.rule_id}]"
                for h in hits
            )
            return Outcome(True, hits, [], f"found: {notes}")
        near: list[Hit] = list(result.rejected)
        if explain and outside:
            ctx.allow_semantic = False  # near misses are an explanation: cheap rules only
            groups: dict[str, list[Unit]] = {}
            for unit, why in outside:
                groups.setdefault(why.split(" at ")[0], []).append(unit)
            reasons = {unit.order: why for unit, why in outside}
            for units in groups.values():  # each way of being out of scope on its own
                extra = node.evaluate(ctx, units)
                near += [Hit(h.unit, h.rule_id, h.span, h.note, reasons[h.unit.order])
                         for h in extra.hits]
    finally:
        ctx.allow_semantic = allow
    near = _dedupe(near, MAX_NEAR_MISSES)
    reason = _empty_scope_reason(scope, ctx.call) if not inside else "not found"
    if near:
        reason += "; rejected: " + "; ".join(f"{describe_hit(h)} ({h.reason})" for h in near)
    return Outcome(False, [], near, reason)


def _empty_scope_reason(scope: Scope, call: CallText) -> str:
    if not call.units:
        return "the transcript has no text"
    if scope.speaker == "agent" and call.agent_turns == 0:
        return "no turn is labelled as the agent's"
    return f"no {scope.speaker if scope.speaker != 'any' else ''} speech in scope".replace(
        "  ", " "
    )


def evaluate_item(entry: CompiledItem, ctx: Context) -> Outcome:
    """Decide one checklist item: N/A condition first, then its rules in its scope.

    A rule that fails at run time (``RuleError``) gives an outcome with ``error`` set: the
    item could not be decided, which is neither a pass nor a miss.
    """
    try:
        return _evaluate_item(entry, ctx)
    except RuleError as error:
        return Outcome(False, [], [], f"error: {error}", error=error)


def _evaluate_item(entry: CompiledItem, ctx: Context) -> Outcome:
    condition = entry.item.applies_when
    if condition is not None:
        if condition.min_duration_s is not None and ctx.call.duration < condition.min_duration_s:
            return Outcome(
                False,
                [],
                [],
                (
                    f"not applicable: the call lasts {ctx.call.duration:.1f} "
                    f"s, under {condition.min_duration_s:g} s"
                ),
                applicable=False,
            )
        if entry.applies is not None:
            check = evaluate_rule(entry.applies, condition.scope, ctx, explain=False)
            if not check.matched:
                return Outcome(
                    False, [], [], "not applicable: its condition did not match", applicable=False
                )
    return evaluate_rule(entry.node, entry.item.scope, ctx, explain=True)
