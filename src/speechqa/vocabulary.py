"""The call's domain for the recogniser: a per-site vocabulary plus the checklist's key phrases.

Whisper base knows neither a site's company and product names nor the service formulas the
checklist looks for, so on real calls it writes «техническая поддержка из Популу» for
«техническая поддержка СПбГУ». faster-whisper takes two hints: ``hotwords`` (prepended to
the prompt of every 30 s window) and ``initial_prompt`` (the first window only, where the
greeting is). The hotwords carry the site's names; the initial prompt is a short opening in
the call's language made of the checklist's greeting and the names, so the model expects
them in the opening.

A vocabulary file is YAML, per language::

    ru:
      companies: [СПбГУ, Санкт-Петербургский государственный университет]
      products: [техническая поддержка, личный кабинет]
    en:
      companies: [Harper Valley Bank]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from speechqa.errors import BadOptionError

if TYPE_CHECKING:
    from speechqa.checklist import Checklist

LANGUAGES = ("ru", "uk", "en", "lt")
KINDS = ("companies", "products")
MAX_HOTWORD_CHARS = 300
"""faster-whisper keeps at most half the 448-token context for hotwords; stay well inside."""

GREETING_LEXICON = "greeting_words"
"""The checklist lexicon whose first phrase opens the prompt."""


class VocabularyError(BadOptionError):
    """A vocabulary file that cannot be used, with the file and the cause."""


@dataclass(frozen=True)
class Vocabulary:
    """Company and product names per language."""

    terms: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)

    def names(self, language: str | None) -> list[str]:
        by_kind = self.terms.get(language or "", {})
        return [name for kind in KINDS for name in by_kind.get(kind, ())]


def load_vocabulary(path: str | Path) -> Vocabulary:
    """Read and check a vocabulary YAML file; errors name the file and the cause."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise VocabularyError(f"{path}: cannot read: {error.strerror or error}") from None
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        raise VocabularyError(f"{path}: not valid YAML: {error}") from None
    if not isinstance(data, dict):
        raise VocabularyError(f"{path}: expected a mapping of language codes, e.g. 'ru:'")
    terms: dict[str, dict[str, tuple[str, ...]]] = {}
    for language, entry in data.items():
        if language not in LANGUAGES:
            raise VocabularyError(
                f"{path}: unknown language {language!r}; expected one of {', '.join(LANGUAGES)}"
            )
        if not isinstance(entry, dict) or set(entry) - set(KINDS):
            raise VocabularyError(
                f"{path}: {language}: expected keys {' and/or '.join(KINDS)} with lists of names"
            )
        kinds = {}
        for kind, names in entry.items():
            if not isinstance(names, list) or not all(
                isinstance(name, str) and name.strip() for name in names
            ):
                raise VocabularyError(f"{path}: {language}.{kind}: expected a list of names")
            kinds[kind] = tuple(name.strip() for name in names)
        terms[language] = kinds
    return Vocabulary(terms)


def _first_phrase(checklist: Checklist, lexicon: str, language: str) -> str | None:
    """The lexicon's first phrase as plain text: the first alternative of each word slot
    («добрый день|вечер» → «добрый день»); phrases with wildcards or includes are skipped."""
    entries = checklist.lexicons.get(lexicon)
    if isinstance(entries, dict):
        entries = entries.get(language, [])
    for entry in entries or []:
        if not any(mark in entry for mark in "*@="):
            return " ".join(slot.split("|")[0] for slot in entry.split())
    return None


@dataclass(frozen=True)
class DomainPrompt:
    """The hotwords and initial prompt for each language of a site."""

    vocabulary: Vocabulary
    checklist: Checklist | None = None

    def hotwords(self, language: str | None) -> str | None:
        names = self.vocabulary.names(language)
        text = ", ".join(dict.fromkeys(names))
        return text[:MAX_HOTWORD_CHARS] or None

    def initial_prompt(self, language: str | None) -> str | None:
        """«Здравствуйте, <names>.»: the opening the checklist expects, with the site's names."""
        names = list(dict.fromkeys(self.vocabulary.names(language)))
        if not names:
            return None
        greeting = (
            _first_phrase(self.checklist, GREETING_LEXICON, language or "")
            if self.checklist else None
        )
        return ", ".join([greeting.capitalize(), *names] if greeting else names) + "."
