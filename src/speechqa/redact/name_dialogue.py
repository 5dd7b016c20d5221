"""PERSON evidence from the dialogue around a word rather than from a name list.

A caller's name that the agent says back: the caller introduces themselves ("it's dex",
«Это Чинь, добрый день», «мене звати ойгуль») and the agent's very next turn opens by
addressing them with that same word ("dex can i take a postcode", «Чинь Ван, продиктуйте
номер», "thanks kez what's it about"). The echo is the evidence, so the word need be in
no name list: pet forms ("kez") and foreign names («Чинь») the lexicons lack are found.

An answer the agent merely repeats is no introduction: the word must follow a self-introduction
opener and close the caller's clause, must read as a name-like word in its language (not a
dictionary word in English or a Slavic common noun), and must not be the agent's own name.

A name said right before a birth date ("my grandson, Alfie, born 04/03/2018", «запишите дочку:
Злата, дата рождения ...», «це для тарасика дата народження ...»): the date is that person's, so
the word is a person's name even when it is also a common word («Злата») or a pet form
(«тарасика»).

A name read off a card as embossed, in Latin capitals in a Russian or Ukrainian call («Там
латиницей: ARKADII LYTKIN», «Спершу ім'я, як на картці: HANNA TSYMBAL»): two or three
capitalised Latin words in card talk are the holder's name, though no list has them.
"""

from __future__ import annotations

from itertools import pairwise

from speechqa.redact.cards import _card_near
from speechqa.redact.lexicon import EN_FIRST, FILLERS, NOT_NAME
from speechqa.redact.name_memory import _en_first_name
from speechqa.redact.name_morphology import _known, _name_tags
from speechqa.redact.names import _en_unknown, _lt_first, _lt_listed_first, _name_like
from speechqa.redact.tokens import _PUNCT, Finding, Token, _alpha, _pieces

# Openers of a self-introduction, as word sequences (folded: "ё" is "е").
_OPENERS: tuple[tuple[str, ...], ...] = (
    ("it's",), ("its",), ("it", "is"), ("this", "is"), ("i'm",), ("im",), ("i", "am"),
    ("my", "name's"), ("my", "name", "is"), ("name's",),
    ("это",), ("меня", "зовут"), ("я",), ("це",), ("мене", "звати"), ("мене", "звуть"),
    ("čia",), ("cia",), ("aš",), ("mano", "vardas"),
)
# Words the agent may say before addressing the caller ("thanks kez", «спасибо, Чинь»).
_BEFORE_ADDRESS = {"thanks", "thank", "you", "okay", "ok", "right", "hi", "hello", "спасибо",
                   "благодарю", "дякую", "ačiū", "aciu", "dėkui", "dekui", "добре", "хорошо",
                   "здравствуйте", "вітаю", "sveiki", "labas", "so", "great", "lovely"}
# Words that may close the caller's introduction after the name ("it's dex here").
_AFTER_NAME = {"here", "speaking", "calling", "здравствуйте", "добрый", "добрий", "день",
               "вітаю", "hi", "hello", "laba", "diena", "sveiki", "hey"}


def echoed_names(tokens: list[Token], language: str, protected: set[int]) -> list[Finding]:
    """The caller's self-introduced name and the agent's address that echoes it."""
    agent_names = {tokens[p].norm for p in protected}
    starts = [p for p, token in enumerate(tokens) if token.index == 0]
    found: list[Finding] = []
    for turn_start, next_start in pairwise(starts):
        caller = tokens[turn_start]
        if caller.role == "agent" or tokens[next_start].role != "agent" \
                or tokens[next_start].turn != caller.turn + 1:
            continue
        name = _introduced(tokens, turn_start, next_start)
        if name is None or tokens[name].norm in agent_names \
                or not _name_shaped(tokens[name], language):
            continue
        address = _addressed(tokens, next_start, tokens[name].norm)
        if address:
            found.append(Finding("PERSON", _pieces(tokens, [name])))
            found.append(Finding("PERSON", _pieces(tokens, address)))
    return found


def _introduced(tokens: list[Token], start: int, end: int) -> int | None:
    """The word after a self-introduction opener near the start of the caller's turn, when
    it closes the clause (the turn's end, a comma, or a greeting after it)."""
    for skip in range(start, min(start + 3, end)):
        for opener in _OPENERS:
            name = skip + len(opener)
            if name >= end or tuple(t.norm for t in tokens[skip:name]) != opener:
                continue
            after = name + 1
            if tokens[name].clause_end or after >= end or tokens[after].norm in _AFTER_NAME:
                return name
        if tokens[skip].norm not in FILLERS and tokens[skip].norm not in _AFTER_NAME \
                and tokens[skip].norm not in {"yes", "yeah", "да", "так", "taip"}:
            break  # the opener comes first, after at most a greeting or a filler
    return None


def _addressed(tokens: list[Token], start: int, norm: str) -> list[int]:
    """The agent's opening address with the caller's word ("Чинь Ван," with the second
    word when the address is set off by a comma), else []."""
    cursor = start
    while cursor < len(tokens) and tokens[cursor].turn == tokens[start].turn \
            and tokens[cursor].norm in _BEFORE_ADDRESS and cursor - start < 2:
        cursor += 1
    if cursor >= len(tokens) or tokens[cursor].turn != tokens[start].turn \
            or tokens[cursor].norm != norm:
        return []
    nxt = cursor + 1
    if not tokens[cursor].clause_end and nxt < len(tokens) \
            and tokens[nxt].turn == tokens[cursor].turn and tokens[nxt].clause_end \
            and tokens[nxt].raw.rstrip().endswith(",") \
            and tokens[nxt].raw.strip(_PUNCT)[:1].isupper() and tokens[nxt].norm not in NOT_NAME:
        return [cursor, nxt]  # «Чинь Ван, продиктуйте номер»: both words address the caller
    return [cursor]


def _name_shaped(token: Token, language: str) -> bool:
    """A word that can be a name in its language: not a function or common word."""
    norm = token.norm
    if not _alpha(norm) or len(norm) < 2 or norm in NOT_NAME or norm in FILLERS \
            or token.number is not None:
        return False
    if language == "en":
        return _en_first_name(token) or _en_unknown(norm) or _name_like(token, language)
    if language in ("ru", "uk"):
        return not _known(norm, language) or bool(_name_tags(norm, language))
    return _name_like(token, language)


# Words that open a birth date's statement: the name right before them is whose it is.
_BIRTH_LEADS: tuple[tuple[str, ...], ...] = (
    ("дата", "рождения"), ("дата", "народження"), ("date", "of", "birth"), ("born",),
    ("gimimo", "data"), ("gimęs",), ("gimusi",), ("gimes",), ("родился",), ("родилась",),
    ("народився",), ("народилася",), ("народилась",),
)
# Slavic pet-form endings of names a dictionary lacks («Стасик», «Тарасик», «Настуся»)
_DIMINUTIVE_ENDINGS = ("чик", "ик", "уся", "юся", "уша", "юша", "очка", "ечка", "ько", "ка")


def named_before_birth_date(tokens: list[Token], language: str,
                            protected: set[int]) -> list[Finding]:
    """The name word said just before a birth date's lead-in, in the same turn."""
    found = []
    for position in range(1, len(tokens)):
        lead = next((words for words in _BIRTH_LEADS
                     if tuple(t.norm for t in tokens[position:position + len(words)]) == words),
                    None)
        name = position - 1
        if lead is None or tokens[name].turn != tokens[position].turn or name in protected \
                or not _before_date_name(tokens[name], language,
                                         _opens_sentence(tokens, name)):
            continue
        found.append(Finding("PERSON", _pieces(tokens, [name])))
    return found


def _opens_sentence(tokens: list[Token], position: int) -> bool:
    token = tokens[position]
    return token.index == 0 or tokens[position - 1].raw.rstrip()[-1:] in ".!?…"


def _before_date_name(token: Token, language: str, opens_sentence: bool) -> bool:
    norm = token.norm
    raw = token.raw.strip(_PUNCT)
    cased = raw[:1].isupper()
    if not _alpha(norm) or len(norm) < 2 or norm in NOT_NAME or norm in FILLERS \
            or token.number is not None or (raw[:1].islower() and any(
                ch.isupper() for ch in token.raw)) or norm.endswith(("'s", "’s")) \
            or (len(raw) > 1 and raw.isupper()):
        return False  # ("the holder's date of birth", «ПІБ, дата народження»)
    if language == "en":
        return (norm in EN_FIRST or _en_unknown(norm)) and (cased or token.raw.islower())
    if language in ("ru", "uk"):
        # (capitalised inside a sentence, a word the dictionary reads otherwise is a name:
        # «дочку: Злата, дата рождения»; one opening a sentence is no evidence: «Вообщем
        # дата ...»)
        return "Name" in _name_tags(norm, language) or (cased and not opens_sentence) or (
            not _known(norm, language) and norm.endswith(_DIMINUTIVE_ENDINGS))
    return _lt_listed_first(norm) or (cased and _lt_first(norm))



# What a card says in capitals besides its holder's name
_CARD_PRINT = {"VISA", "MASTERCARD", "MAESTRO", "MIR", "GOLD", "PLATINUM", "CLASSIC", "WORLD",
               "ELITE", "BLACK", "DEBIT", "CREDIT", "BUSINESS", "INFINITE", "SIGNATURE",
               "ELECTRON", "CARD", "BANK", "AMERICAN", "EXPRESS", "UNIONPAY", "VALID", "THRU",
               "MONTH", "YEAR", "PREMIUM", "STANDARD", "PLUS", "CASHBACK", "PAY"}


def _embossed_word(token: Token) -> bool:
    word = token.raw.strip(_PUNCT)
    return len(word) >= 2 and word.isascii() and word.isalpha() and word.isupper() \
        and word not in _CARD_PRINT


def embossed_names(tokens: list[Token], language: str, protected: set[int]) -> list[Finding]:
    """Two or three Latin words in capitals in a Russian or Ukrainian turn in card talk: the
    holder's name as the card prints it (see the module's docstring)."""
    if language not in ("ru", "uk"):
        return []
    found, position = [], 0
    while position < len(tokens):
        span = [position]
        while span[-1] + 1 < len(tokens) and len(span) < 3 \
                and tokens[span[-1] + 1].turn == tokens[position].turn \
                and not tokens[span[-1]].clause_end and _embossed_word(tokens[span[-1] + 1]):
            span.append(span[-1] + 1)
        if len(span) >= 2 and _embossed_word(tokens[position]) \
                and not protected.intersection(span) and _card_near(tokens, position):
            found.append(Finding("PERSON", _pieces(tokens, span)))
            position = span[-1] + 1
        else:
            position += 1
    return found
