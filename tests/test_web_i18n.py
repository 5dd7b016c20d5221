"""The web app's message catalogues: complete in every language, compiled files up to date."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from speechqa.web.i18n import LANGUAGES, LOCALES_DIR, Formatter

WEB_DIR = LOCALES_DIR.parent
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}
METHODS = [("**.py", "python"), ("templates/**.html", "jinja2")]


def source_messages() -> set[str]:
    found = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
        WEB_DIR, METHODS, keywords=KEYWORDS
    ):
        found.add(message if isinstance(message, str) else message[0])
    return found


def catalogue_strings(catalogue) -> dict[str, tuple[str, ...]]:
    """msgid -> its translation(s), the same shape for .po and .mo catalogues."""
    return {
        (m.id if isinstance(m.id, str) else m.id[0]):
        (m.string,) if isinstance(m.string, str) else tuple(m.string)
        for m in catalogue if m.id
    }


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_catalogue_translates_every_message_and_mo_matches_po(language):
    directory = LOCALES_DIR / language / "LC_MESSAGES"
    with open(directory / "messages.po", "rb") as handle:
        po = read_po(handle)
    with open(directory / "messages.mo", "rb") as handle:
        mo = read_mo(handle)
    translated = catalogue_strings(po)
    missing = sorted(message for message in source_messages()
                     if not all(translated.get(message, ("",))))
    assert missing == [], f"{language}: untranslated {missing}"
    compiled = catalogue_strings(mo)
    assert compiled == translated, f"{language}: messages.mo is older than messages.po"


def test_plurals_dates_and_numbers_follow_the_locale():
    assert Formatter("ru").ngettext("%(num)s call", "%(num)s calls", 21) == "21 звонок"
    assert Formatter("ru").ngettext("%(num)s call", "%(num)s calls", 3) == "3 звонка"
    assert Formatter("uk").ngettext("%(num)s call", "%(num)s calls", 11) == "11 дзвінків"
    assert Formatter("lt").ngettext("%(num)s call", "%(num)s calls", 2) == "2 skambučiai"
    moment = datetime(2026, 11, 20, 9, 5, tzinfo=UTC)
    assert "2026" in Formatter("lt").datetime(moment)
    assert Formatter("en").percent(62.5) == "62.5%"
    assert Formatter("ru").percent(62.5).startswith("62,5")
    assert Formatter("en").number(1234.5) == "1,234.5"
    assert Formatter("uk").number(1234.5).replace("\xa0", " ") == "1 234,5"
    assert Formatter("en").clock(3725) == "1:02:05"
