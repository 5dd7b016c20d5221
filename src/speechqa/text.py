"""Text normalisation, tokenisation and lemmatisation for the checklist rules.

Rules match on lemmas so that inflection («записывается», «записан», «запись») and case do
not matter. Russian and Ukrainian go through pymorphy3, English and Lithuanian through
simplemma; both run offline and are cached per word form, so a call costs a few dictionary
lookups per token once the vocabulary is warm. spaCy's pipelines are not used: with no
trained ru/uk models on PyPI they add nothing but start-up time over the analysers they
wrap. Cyrillic words are analysed as both Russian and Ukrainian and Latin words as both
English and Lithuanian, because ASR language tags are unreliable on short or mixed calls.

Everything here is defensive about its input: markup, control characters and huge turns
come out as clean, bounded text instead of errors.
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata
from dataclasses import dataclass

MAX_TURN_CHARS = 4000
"""Text beyond this many characters of one turn is not analysed (a turn that long is an ASR
or data error; rules only need the first few hundred words to decide)."""

MAX_EVIDENCE_CHARS = 300

_TAG = re.compile(r"<[^<>]{0,300}>")
_CONTROL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u2028\u2029"
    "\u202a-\u202e\u2060-\u2064\ufeff]"
)
_SPACE = re.compile(r"\s+")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "′": "'", "‘": "'"})
_HYPHENS = str.maketrans({"‐": "-", "‑": "-", "‒": "-"})

# A word: letters or digits, with inner hyphens or apostrophes («интернет-магазин», «п'ять»,
# "don't"). Everything else that is not a space is a punctuation token.
_TOKEN = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*|[^\w\s]", re.UNICODE)
_SENTENCE_END = re.compile(
    r"(?<=[.…])[\"»”)]*\s+(?=[\"«„“(\-–—]?\s*[^\W_a-zа-яёіїєґąčęėįšųūž])"
    r"|(?<=[?!])[\"»”)]*\s+|\n+"
)

CLAUSE_BREAKS = frozenset(",;:.!?…—–()")
QUOTE_OPEN = frozenset('«„“"')
QUOTE_CLOSE = frozenset('»“”"')


def clean(text: str, max_chars: int = MAX_TURN_CHARS) -> str:
    """Printable single-spaced text: markup, entities and control characters removed.

    The input is cut to a bounded prefix first so that a megabyte of text costs no more
    than a normal turn.
    """
    if not text:
        return ""
    text = text[: max_chars * 4]
    text = html.unescape(_TAG.sub(" ", text))
    text = _TAG.sub(" ", text)  # tags that were entity-escaped
    text = _CONTROL.sub("", unicodedata.normalize("NFKC", text))
    text = text.translate(_APOSTROPHES).translate(_HYPHENS)
    return _SPACE.sub(" ", text).strip()[:max_chars]


def fold(word: str) -> str:
    """Case- and ё-insensitive form used for every comparison."""
    return word.lower().replace("ё", "е")


def _is_cyrillic(word: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in word)


@dataclass(frozen=True, slots=True)
class WordInfo:
    """What the analysers know about one word form (folded)."""

    lemmas: frozenset[str]
    known_in: frozenset[str]
    person_name: bool


@functools.cache
def _morph(lang: str):
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


_NAME_TAGS = ("Name", "Surn", "Patr")


@functools.lru_cache(maxsize=200_000)
def analyse(word: str, language: str | None = None) -> WordInfo:
    """Lemmas (all plausible readings), the dictionaries that know the word, and whether it
    is a person's name. A Cyrillic word is analysed as ``language`` when that is Russian or
    Ukrainian (half the cost), else as both."""
    folded = fold(word)
    lemmas = {folded}
    known: set[str] = set()
    person_name = False
    if folded.isdigit():
        return WordInfo(frozenset(lemmas), frozenset({"*"}), False)
    if _is_cyrillic(folded):
        for lang in (language,) if language in ("ru", "uk") else ("ru", "uk"):
            morph = _morph(lang)
            parses = morph.parse(folded)
            lemmas.update(fold(p.normal_form) for p in parses[:2])
            if morph.word_is_known(folded):
                known.add(lang)
                top = parses[0]
                if any(tag in top.tag for tag in _NAME_TAGS) and top.score >= 0.3:
                    person_name = True
    else:
        import simplemma

        base = folded[:-2] if folded.endswith("'s") else folded
        lemmas.add(base)
        for lang in ("en", "lt"):
            lemmas.add(fold(simplemma.lemmatize(base, lang=lang)))
            if simplemma.is_known(base, lang=lang):
                known.add(lang)
    return WordInfo(frozenset(lemmas), frozenset(known), person_name)


@functools.lru_cache(maxsize=50_000)
def phrase_lemma(word: str, lang: str | None) -> frozenset[str]:
    """Lemma set of one word written in a phrase list, analysed in the list's language."""
    folded = fold(word)
    if folded.isdigit():
        return frozenset({folded})
    if lang in ("ru", "uk") or (lang is None and _is_cyrillic(folded)):
        morph = _morph(lang if lang in ("ru", "uk") else "ru")
        return frozenset({folded, fold(morph.parse(folded)[0].normal_form)})
    if lang is None:
        return analyse(folded).lemmas
    import simplemma

    try:
        return frozenset({folded, fold(simplemma.lemmatize(folded, lang=lang))})
    except ValueError:  # a language simplemma does not know: surface form only
        return frozenset({folded})


@dataclass(frozen=True, slots=True)
class Token:
    """A word or punctuation mark with its position in the cleaned text."""

    text: str
    norm: str
    start: int
    end: int
    is_word: bool
    lemmas: frozenset[str]
    known_in: frozenset[str] = frozenset()
    person_name: bool = False

    @property
    def capitalised(self) -> bool:
        return self.is_word and self.text[:1].isupper()

    @property
    def camel(self) -> bool:
        """Inner capitals («ТелеСфера», "StreamBox"): brand names, not dictionary words."""
        return (
            self.is_word and any(ch.isupper() for ch in self.text[1:]) and not self.text.isupper()
        )

    def known(self, language: str | None) -> bool:
        """In a dictionary: of ``language`` when given (ASR tags are usually right about the
        call's language), else of any language."""
        if "*" in self.known_in:
            return True
        if language in ("ru", "uk", "en", "lt"):
            return language in self.known_in
        return bool(self.known_in)

    def shifted(self, offset: int) -> Token:
        return Token(
            self.text,
            self.norm,
            self.start - offset,
            self.end - offset,
            self.is_word,
            self.lemmas,
            self.known_in,
            self.person_name,
        )


def tokenize(text: str, language: str | None = None) -> list[Token]:
    """Tokens of already cleaned text; words carry lemmas and dictionary facts."""
    tokens = []
    for match in _TOKEN.finditer(text):
        surface = match.group()
        if surface[0].isalnum():
            info = analyse(surface, language)
            tokens.append(
                Token(
                    surface,
                    fold(surface),
                    match.start(),
                    match.end(),
                    True,
                    info.lemmas,
                    info.known_in,
                    info.person_name,
                )
            )
        else:
            tokens.append(Token(surface, surface, match.start(), match.end(), False, frozenset()))
    return tokens


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of sentences. Unpunctuated ASR text stays one sentence."""
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def shorten(text: str, limit: int = MAX_EVIDENCE_CHARS) -> str:
    """Evidence-sized text: whole when short, else cut at a word boundary with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + "…"
