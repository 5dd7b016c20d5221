"""Full-text search over stored transcripts, by lemma, on SQLite (FTS5) and PostgreSQL.

Neither database knows Russian or Ukrainian morphology well enough (SQLite none at all), so
the words are lemmatised with the same analysers the checklist rules use
(``speechqa.text.analyse``: pymorphy3 for ru/uk, simplemma for en/lt), and the database only
indexes the lemmas (``speechqa.search_index``: one ``search_docs`` row per transcript and
speaker role, kept in an FTS5 table on SQLite and a ``tsvector`` column (config 'simple')
with a GIN index on PostgreSQL).

A query word matches any of its lemmas, or (for a word of a language with a Snowball stemmer)
any indexed lemma that starts with the stem of its lemma: that is what lets «списали»
(lemma «списать», stem «списа») find «списание», a different lemma of the same root. All
query words must match (AND). The same matching is redone in Python on one call's words to
highlight the hits on the call page.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, bindparam, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement
from sqlalchemy.types import Boolean

from speechqa.review import InvalidInput
from speechqa.schema import Transcript
from speechqa.search_index import SPEAKERS, SearchDoc, word_terms, words_in
from speechqa.store import ScorecardRow
from speechqa.text import fold

MAX_QUERY_WORDS = 12
MIN_STEM = 4
STEMMERS = {"ru": "russian", "lt": "lithuanian", "en": "english"}


# Queries ---------------------------------------------------------------------------------


@functools.cache
def _stemmer(language: str):
    import snowballstemmer

    return snowballstemmer.stemmer(STEMMERS[language])


@dataclass(frozen=True)
class QueryWord:
    """One word of a query: its lemmas (exact terms) and a stem prefix (or None)."""

    word: str
    terms: frozenset[str]
    prefix: str | None

    def matches(self, lemmas: Iterable[str]) -> bool:
        return any(lemma in self.terms or (self.prefix and lemma.startswith(self.prefix))
                   for lemma in lemmas)


@dataclass(frozen=True)
class Query:
    words: tuple[QueryWord, ...]
    speaker: str | None


def _guess_language(word: str) -> str:
    if any("\u0400" <= ch <= "\u04ff" for ch in word):
        return "uk" if any(ch in "іїєґ" for ch in fold(word)) else "ru"
    return "en"


def parse_query(text: str, speaker: str | None = None, language: str | None = None) -> Query:
    """Lemmatise a query the way transcripts are indexed. ``language`` (a call language)
    helps only to pick the stemmer; without it Cyrillic is taken as Russian unless it has
    Ukrainian-only letters."""
    if speaker is not None and speaker not in SPEAKERS:
        raise InvalidInput(f"speaker must be one of {', '.join(SPEAKERS)}, not {speaker!r}")
    words = []
    for word in list(words_in(text))[:MAX_QUERY_WORDS]:
        lang = language or _guess_language(word)
        terms = word_terms(word, lang if lang in ("ru", "uk") else None)
        prefix = None
        if lang in STEMMERS:
            stem = _stemmer(lang).stemWord(_top_lemma(word, lang))
            prefix = stem if len(stem) >= MIN_STEM else None
        words.append(QueryWord(fold(word), terms, prefix))
    if not words:
        raise InvalidInput("the search has no words")
    return Query(tuple(words), speaker)


def _top_lemma(word: str, lang: str) -> str:
    """The most probable lemma (the stem is taken of this one)."""
    folded = fold(word)
    if lang in ("ru", "uk"):
        from speechqa.text import _morph

        return fold(_morph(lang).parse(folded)[0].normal_form)
    import simplemma

    try:
        return fold(simplemma.lemmatize(folded, lang=lang))
    except ValueError:
        return folded


def _fts5_term(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _tsquery_term(term: str) -> str:
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


def fts5_expression(query: Query) -> str:
    """The FTS5 MATCH expression: each word one OR-group, all groups required."""
    groups = []
    for word in query.words:
        options = [_fts5_term(term) for term in sorted(word.terms)]
        if word.prefix:
            options.append(_fts5_term(word.prefix) + "*")
        groups.append("(" + " OR ".join(options) + ")")
    return " AND ".join(groups)


def tsquery_expression(query: Query) -> str:
    """The same for PostgreSQL's ``to_tsquery('simple', ...)``."""
    groups = []
    for word in query.words:
        options = [_tsquery_term(term) for term in sorted(word.terms)]
        if word.prefix:
            options.append(_tsquery_term(word.prefix) + ":*")
        groups.append("(" + " | ".join(options) + ")")
    return " & ".join(groups)


class _DocMatches(ColumnElement[bool]):
    """``search_docs`` row matches the query: compiled per dialect (FTS5 or tsvector)."""

    type = Boolean()
    inherit_cache = False

    def __init__(self, query: Query) -> None:
        self.query = query


@compiles(_DocMatches, "sqlite")
def _sqlite_match(element: _DocMatches, compiler, **kw) -> str:
    expression = compiler.process(_literal(fts5_expression(element.query)), **kw)
    return f"search_docs.id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH {expression})"


@compiles(_DocMatches, "postgresql")
def _postgres_match(element: _DocMatches, compiler, **kw) -> str:
    expression = compiler.process(_literal(tsquery_expression(element.query)), **kw)
    return f"search_docs.tsv @@ to_tsquery('simple', {expression})"


def _literal(value: str) -> Any:
    return bindparam(None, value, type_=String())


def matching_transcripts(query: Query) -> Any:
    """SELECT of the transcript ids whose (role's) speech matches."""
    statement = select(SearchDoc.transcript_pk).where(_DocMatches(query))
    if query.speaker is not None:
        statement = statement.where(SearchDoc.role == query.speaker)
    return statement


def scorecard_condition(text: str, speaker: str | None = None) -> ColumnElement[bool]:
    """SQL condition on ``scorecards`` for the queue's ``q`` filter."""
    return ScorecardRow.transcript_pk.in_(matching_transcripts(parse_query(text, speaker)))


# Hits in one call ------------------------------------------------------------------------


@dataclass(frozen=True)
class Hit:
    turn_index: int
    word_index: int | None  # None when the turn has no word timings
    start: float
    text: str


def hits(transcript: Transcript, text: str, speaker: str | None = None) -> list[Hit]:
    """Where a query's words occur in one transcript (for highlighting and seeking)."""
    query = parse_query(text, speaker, transcript.language)
    found = []
    for turn_index, turn in enumerate(transcript.turns):
        if speaker is not None and turn.role != speaker:
            continue
        language = turn.language or transcript.language
        if turn.words:
            for word_index, word in enumerate(turn.words):
                if any(q.matches(word_terms(token, language)) for q in query.words
                       for token in words_in(word.text)):
                    found.append(Hit(turn_index, word_index, word.start, word.text))
        elif any(q.matches(word_terms(token, language)) for q in query.words
                 for token in words_in(turn.text)):
            found.append(Hit(turn_index, None, turn.start, turn.text))
    return found
