"""Interface languages: gettext catalogues per locale, chosen per user or from the browser.

Supervisors work in Russian, Ukrainian, Lithuanian or English, so every string a page or a
message shows goes through a catalogue in ``locales/<lang>/LC_MESSAGES/messages.po`` (the
compiled ``.mo`` files ship in the package). Dates and numbers are formatted by Babel for
the same locale, so ``1 234,5`` and ``30 нояб. 2026`` look the way the reader expects.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache, lru_cache
from pathlib import Path

from babel import Locale, dates, numbers
from babel.support import NullTranslations, Translations

LOCALES_DIR = Path(__file__).parent / "locales"
LANGUAGES: dict[str, str] = {"en": "English", "ru": "Русский", "uk": "Українська", "lt": "Lietuvių"}
DEFAULT_LANGUAGE = "en"


def N_(message: str) -> str:
    """Mark a message for extraction without translating it yet (it is translated per request)."""
    return message


@cache
def translations(language: str) -> NullTranslations:
    """The catalogue of one language, loaded once per process."""
    return Translations.load(str(LOCALES_DIR), [language], domain="messages")


def negotiate(accept_language: str | None) -> str:
    """The best supported language for an ``Accept-Language`` header (q-values respected)."""
    weighted: list[tuple[float, int, str]] = []
    for position, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        if tag and quality > 0:
            weighted.append((-quality, position, tag.split("-")[0].lower()))
    for _quality, _position, language in sorted(weighted):
        if language in LANGUAGES:
            return language
    return DEFAULT_LANGUAGE


def choose_language(user_locale: str | None, accept_language: str | None) -> str:
    """The user's own setting wins; otherwise the browser's preference."""
    if user_locale and user_locale.split("-")[0].lower() in LANGUAGES:
        return user_locale.split("-")[0].lower()
    return negotiate(accept_language)


@cache
def _locale(language: str) -> Locale:
    return Locale.parse(language)


# Babel formatting costs 10-30 µs a value (a queue page shows ~50, the call page more); the
# values repeat from page to page, and a formatted value depends only on (value, language).
@lru_cache(maxsize=16384)
def _format_datetime(value: datetime, language: str) -> str:
    return dates.format_datetime(value, format="medium", tzinfo=dates.UTC,
                                 locale=_locale(language)) + " UTC"


@lru_cache(maxsize=4096)
def _format_number(value: float, language: str) -> str:
    return numbers.format_decimal(value, locale=_locale(language))


@lru_cache(maxsize=4096)
def _format_percent(share: float, language: str) -> str:
    return numbers.format_percent(share, format="#,##0.0%", locale=_locale(language))


@dataclass(frozen=True)
class Formatter:
    """Translation and locale-aware formatting for one request, handed to the templates."""

    language: str

    def gettext(self, message: str, **values: object) -> str:
        text = translations(self.language).gettext(message)
        return text % values if values else text

    def ngettext(self, singular: str, plural: str, count: int, **values: object) -> str:
        text = translations(self.language).ngettext(singular, plural, count)
        return text % {"num": count, **values}

    def datetime(self, value: datetime | None) -> str:
        if value is None:
            return "—"
        return _format_datetime(value, self.language)

    def date(self, value: datetime | None) -> str:
        return "—" if value is None else dates.format_date(value, format="medium",
                                                           locale=_locale(self.language))

    def number(self, value: float | None, digits: int = 1) -> str:
        if value is None:
            return "—"
        return _format_number(round(value, digits), self.language)

    def percent(self, value: float | None) -> str:
        """A percentage given as 0–100 (the scorecard's convention)."""
        if value is None:
            return "—"
        return _format_percent(value / 100, self.language)

    def share(self, value: float | None) -> str:
        """A share given as 0–1."""
        return "—" if value is None else self.percent(value * 100)

    @staticmethod
    def clock(seconds: float | None) -> str:
        """``m:ss`` (or ``h:mm:ss``) for a time within the call: the same in every language."""
        if seconds is None:
            return "—"
        whole = int(max(0.0, seconds))
        hours, rest = divmod(whole, 3600)
        minutes, secs = divmod(rest, 60)
        return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
