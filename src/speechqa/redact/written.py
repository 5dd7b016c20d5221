"""Identifiers written or spelled rather than read as numbers: e-mails (typed and spoken,
"ivan at gmail dot com"), IBANs, formatted SSNs and NI numbers.

Separate because they are matched letter by letter, not as digit runs.
"""

from __future__ import annotations

import re

from speechqa.redact import checksums
from speechqa.redact.lexicon import FILLERS, HESITATION, LETTER_NAMES, NOT_NAME
from speechqa.redact.names import _name_like
from speechqa.redact.numbers import fold, split_readings, spoken_groups
from speechqa.redact.tokens import (
    _AND_WORDS,
    _EMAIL,
    _PUNCT,
    Finding,
    Token,
    _is_cue,
    _pieces,
    _spelled_letter,
)

_AT_WORDS = {"at", "собака", "собачка", "эт", "ет", "равлик", "ravlyk", "eta", "et"}
_DOT_WORDS = {"dot", "точка", "крапка", "taškas", "taskas"}
_MAIL_JOINERS = {"underscore", "dash", "hyphen", "подчеркивание", "подчеркивания", "нижнее",
                 "нижний", "дефис", "тире", "підкреслення", "нижнє", "нижня", "дефіс",
                 "brūkšnys", "bruksnys", "pabraukimas", "apatinis", "minus", "минус", "мінус",
                 "brūkšnelis", "bruksnelis", "брюкшнелис"}
_MAIL_NAMES = {"email", "e-mail", "mail", "el", "elektroninis", "pastas", "address", "adresas",
               "is", "its", "it's", "to", "on", "at", "me"}


_IBAN_START = re.compile(r"^[a-z]{2}\d{2}[a-z0-9]*$")
_NI = re.compile(r"^[a-z]{2}\d{6}[a-d]$")
_SSN = re.compile(r"^\d{3}-\d{2}-\d{4}$")
# A reference with letters before its digits: "KD-0833/37078577", «ЛС-4410/2291»
# (the separator is what sets it apart from an order or parcel code, "B02682832")
_LETTERED_REFERENCE = re.compile(r"^[^\W\d_]{1,4}[-/.]\d+(?:[-/.]\d+)*$")


def _lettered_accounts(tokens: list[Token], marks, cue_window: int) -> list[Finding]:
    """A written account, policy or contract number with a letter prefix, right after its
    cue ("лицевой счёт: LZ-2069/7110", "poliso numeris: KD-8223/809091"); the digits alone
    are too few or too broken up for a number run, and a prefix with digits names no word."""
    cue_ends = [end for _first, end, kind in marks if kind == "ACCOUNT"]
    findings = []
    for position, token in enumerate(tokens):
        raw = token.raw.strip(_PUNCT)
        if (_LETTERED_REFERENCE.match(raw) and sum(c.isdigit() for c in raw) >= 6
                and any(0 <= position - end < cue_window
                        and tokens[end - 1].turn >= token.turn - 1 for end in cue_ends)):
            findings.append(Finding("ACCOUNT", _pieces(tokens, [position])))
    return findings


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


# Latin letters as Cyrillic ASR writes their English names, for an IBAN's country code
# («ю ей» is UA, «ел ті» LT, «джи бі» GB); only a listed country's code is read so.
_CYRILLIC_LETTER_NAMES = {"ю": "U", "ей": "A", "эй": "A", "ел": "L", "эл": "L", "ті": "T",
                          "ти": "T", "тэ": "T", "джи": "G", "джі": "G", "бі": "B", "би": "B"}


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
            letter = _spelled_letter(token) or (
                _CYRILLIC_LETTER_NAMES.get(token.norm, "") if len(code) < 2 else "")
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
            if len(code) == 2 and code not in checksums.IBAN_LENGTHS:
                break  # «а у нас ...»: no country's code
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
        if local.turn != turn or not (local.number is not None or _local_word(local.norm)):
            continue
        start = _local_part_start(tokens, position - 1, language)
        findings.append(Finding("EMAIL", _pieces(tokens, range(start, cursor))))
    return findings


# Dictation verbs before a spoken address (folded): "rašykite rasa taškas ..."
_DICTATION_VERBS = {"rasykite", "uzsirasykite", "uzsirasiau", "pakartoju", "kartoju",
                    "записывайте", "пишите", "записываю", "повторяю", "пишіть", "записуйте",
                    "записую", "повторюю", "write", "repeat", "got"}


def _local_word(norm: str) -> bool:
    """A local part's word as ASR writes it: letters and digits, with the dots, underscores
    and hyphens a typed address keeps ("vera_frolova", "j.smith")."""
    return (re.sub(r"[._-]", "", norm).isalnum() and norm[:1].isalnum()
            and not HESITATION.match(norm))


def _mail_word(token: Token) -> bool:
    return (_local_word(token.norm) and token.norm not in NOT_NAME
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
        # ("megan underscore o rourke": a name's one-letter prefix after a joiner)
        prefix = joined and len(previous.norm) == 1 and previous.norm.isalpha()
        if bare_names < 2 and (_mail_word(previous) or prefix) \
                and not _is_cue(tokens, start - 1) and (
                _name_like(previous, language) or joined
                or _bounded_words(tokens, start - 1, 2 - bare_names)):
            # ("tomasz underscore zielinski twelve": a word after a joiner is the address's)
            bare_names += 1
            start -= 1
            continue
        break
    return start
