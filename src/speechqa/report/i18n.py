"""The report's languages: gettext catalogues (``locale/<lang>/LC_MESSAGES/report.po``) and
Babel's locale formatting for numbers, percentages and dates.

The catalogues stay as ``.po`` text in the package and are compiled in memory on first use,
so no build step and no binary file in the repository can drift from the translations.
English is the source language: its catalogue is empty and the message ids are shown.
"""

from __future__ import annotations

import io
from datetime import date, datetime
from functools import cache
from pathlib import Path

from babel import Locale
from babel.dates import format_date, format_datetime
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal, format_percent
from babel.support import Translations

LANGUAGES = ("en", "ru", "uk", "lt")
LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "report"


@cache
def translations(lang: str) -> Translations:
    """The compiled catalogue of ``lang`` (one of LANGUAGES)."""
    if lang not in LANGUAGES:
        raise ValueError(f"--lang must be one of {', '.join(LANGUAGES)}, not {lang!r}")
    path = LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=lang, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return Translations(buffer, domain=DOMAIN)


class Formatter:
    """Numbers and dates as the reader's locale writes them (decimal comma, month names)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.locale = Locale.parse(lang)
        self.gettext = translations(lang).gettext

    def percent(self, value: float | None, digits: int = 1) -> str:
        if value is None:
            return "–"
        pattern = "#,##0%" if digits == 0 else "#,##0." + "0" * digits + "%"
        return format_percent(value, pattern, locale=self.locale)

    def number(self, value: float | int | None, digits: int = 0) -> str:
        if value is None:
            return "–"
        pattern = "#,##0" if digits == 0 else "#,##0." + "0" * digits
        return format_decimal(value, pattern, locale=self.locale)

    def signed(self, value: float | None, digits: int = 2) -> str:
        """Kappa can be negative: a sign that reads the same in every locale."""
        if value is None:
            return "–"
        return ("−" if value < 0 else "") + self.number(abs(value), digits)

    def date(self, value: date | str | None) -> str:
        if value is None:
            return "–"
        if isinstance(value, str):
            value = date.fromisoformat(value)
        return format_date(value, "medium", locale=self.locale)

    def short_date(self, value: str) -> str:
        return format_date(date.fromisoformat(value), "d MMM", locale=self.locale)

    def datetime(self, value: datetime | None) -> str:
        if value is None:
            return "–"
        return format_datetime(value, "medium", tzinfo=None, locale=self.locale) + " UTC"

    def duration(self, seconds: float | None) -> str:
        if seconds is None:
            return "–"
        minutes, rest = divmod(round(seconds), 60)
        return f"{minutes}:{rest:02d}"
