"""PERSON findings: names after a cue, answered names, name pairs without a cue, repeated
names, with morphology (pymorphy3) and name lists per language.

The largest rule family and the only one that needs a morphological analyser.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from speechqa.redact.lexicon import (
    ACK_WORDS,
    CAR_MAKES,
    EN_FIRST,
    EN_SURNAMES,
    FILLERS,
    GREETING_WORDS,
    LOAN_LATE_STEMS,
    LOAN_WORDS,
    LT_FIRST,
    LT_NOT_SURNAME,
    LT_SURNAME_ENDINGS,
    NAMED_AFTER,
    NOT_NAME,
    ORG_WORDS,
    PAUSE_WORDS,
    PET_WORDS,
    PLACE_WORDS,
    STREET_WORDS,
    VENUE_WORDS,
)
from speechqa.redact.name_morphology import (
    _SURNAME_SHAPE,
    _adjective_surname_cases,
    _agreeing_pair,
    _hyphenated,
    _known,
    _morph,
    _name_reading,
    _name_tags,
    _reading_cases,
    _shaped_like_surname,
    _top_name_tag,
)
from speechqa.redact.numbers import fold, read_token
from speechqa.redact.tokens import (
    _LT_VERB_ENDINGS,
    _NOT_NAME_POS,
    _PUNCT,
    _WEAK_PERSON_CUES,
    Finding,
    Token,
    _alpha,
    _is_cue,
    _is_month,
    _is_ordinal,
    _match_any,
    _phrase_lists,
    _pieces,
    _positions,
)

_NAME_LEAD_INS = {"э", "эм", "uh", "um", "ну", "also", "actually", "just", "like", "well",
                  "ee", "nu", "е", "пожалуйста", "please", "prašau", "prasau",
                  # the possessive said after the cue: «фамилия моя Лапин», «прізвище моє»
                  "моя", "мое", "моє"}
_LT_FIRST_ENDINGS = ("as", "is", "ys", "us", "a", "ė", "e")
# English word endings that names rarely have: verbs and adverbs ("called", "coming", "today").
_EN_NOT_NAME_ENDINGS = ("ed", "ing", "ly", "'s", "day", "ness", "ment", "tion")
# Instrument nouns end like surnames in -lis ("skaitiklis", "jungiklis", "šildiklis"), and
# trade nouns in -ininkas ("raktininkas", "darbininkas", "kalvininkas"): common words.
_LT_TOOL_NOUN = ("iklis", "yklis", "tuvas", "ininkas", "ininke")
# What an agent says right after their own name when answering: "Aoife speaking".
_SIGNOFF_WORDS = {"speaking", "here", "слушаю", "слухаю", "klausau", "klauso"}


def _namey(token: Token) -> bool:
    return (_alpha(token.norm) and token.norm not in NOT_NAME and token.norm not in FILLERS
            and token.norm not in ("в", "на", "по", "at", "on", "in", "adresu", "адресу"))


def _may_be_first_name(norm: str, language: str) -> bool:
    """A word a patronymic may follow: any noun-like word ("лесю", "Дмитрові" lack a Name
    reading in the Ukrainian dictionary), not a verb, pronoun or function word."""
    if not norm.isalpha() or len(norm) < 3 or norm in NOT_NAME:
        return False
    if not _known(norm, language):
        return True
    return _morph(language).parse(norm)[0].tag.POS not in _NOT_NAME_POS


def _lt_surname(norm: str) -> bool:
    return (len(norm) >= 6 and norm.endswith(LT_SURNAME_ENDINGS + _LT_SLAVIC_SURNAME_ENDINGS)
            and norm not in LT_NOT_SURNAME and norm.isalpha()
            and not norm.endswith(_LT_TOOL_NOUN))


# Russian and Polish surnames in their Lithuanian form: "Novikovas", "Smirnovas",
# "Lebedevas", "Ivanova"'s husband's "Ivanovienė" (folded forms too)
_LT_SLAVIC_SURNAME_ENDINGS = ("ovas", "evas", "ovienė", "oviene", "ovaitė", "ovaite")


# Lithuanian case endings (folded) and the nominative endings they may come from:
# "dovydui" → dovydas, "adomaičiui" → adomaitis, "mindaugo" → mindaugas, "stankaus" →
# stankus, "simonai" → simona, "adomaitienei" → adomaitienė, "tomu" → tomas.
_LT_CASE_ENDINGS = (
    ("ciui", ("tis",)), ("dziui", ("dis",)), ("ciu", ("tis",)), ("dziu", ("dis",)),
    ("cio", ("tis",)), ("dzio", ("dis",)), ("iui", ("is", "ys")), ("iu", ("is", "ys")),
    ("io", ("is", "ys")), ("ui", ("as", "us", "is", "ys")), ("aus", ("us",)),
    # (vocatives: "Vytautai", "Mariau")
    ("iau", ("ius",)), ("ai", ("a", "as")),
    ("ei", ("e",)), ("os", ("a",)), ("es", ("e",)), ("o", ("as",)), ("u", ("as", "us")),
    ("a", ("as", "a")), ("i", ("is",)),
)


@functools.cache
def _lt_nominatives(norm: str) -> tuple[str, ...]:
    """The word itself and the nominatives an inflected Lithuanian name may come from."""
    forms = [norm]
    for ending, nominatives in _LT_CASE_ENDINGS:
        if norm.endswith(ending) and len(norm) - len(ending) >= 2:
            forms += [norm[:-len(ending)] + nominative for nominative in nominatives]
    return tuple(dict.fromkeys(forms))


def _lt_listed_first(norm: str) -> bool:
    """A listed Lithuanian or English first name in any case ("dovydui", "Simonai")."""
    return norm not in NOT_NAME and norm not in LT_NOT_SURNAME and any(
        form in LT_FIRST or form in EN_FIRST for form in _lt_nominatives(norm))


def _lt_inflected_surname(norm: str) -> bool:
    return norm not in LT_NOT_SURNAME and any(
        _lt_surname(form) for form in _lt_nominatives(norm)[1:])


def _lt_first(norm: str) -> bool:
    """A Lithuanian first name: listed, or shaped like one (said beside a surname)."""
    return norm in LT_FIRST or norm in EN_FIRST or (
        len(norm) >= 4 and norm.isalpha() and norm.endswith(_LT_FIRST_ENDINGS)
        and norm not in NOT_NAME and norm not in LT_NOT_SURNAME and norm not in FILLERS
        and norm not in PAUSE_WORDS and norm not in ACK_WORDS and read_token(norm) is None
        and not norm.endswith(_LT_VERB_ENDINGS) and not _person_cue_word(norm))


@functools.cache
def _person_cue_word(norm: str) -> bool:
    """A one-word name cue ("pone", "ponia"): it precedes a name, it is not one."""
    return any(words == (norm,) for words in _phrase_lists()["person"])


def _name_like(token: Token, language: str) -> bool:
    norm = token.norm
    if not _alpha(norm) or len(norm) < 2 or norm in NOT_NAME or norm in FILLERS:
        return False
    if token.number is not None:
        return False
    raw = token.raw.strip(_PUNCT)
    if raw[:1].isupper():
        return True
    if norm in EN_FIRST or norm in EN_SURNAMES or norm in LT_FIRST or _lt_surname(norm):
        return True
    if language == "lt" and (_lt_listed_first(norm) or _lt_inflected_surname(norm)):
        return True  # "mano dukros ugnės", "su petraičiu"
    if language in ("ru", "uk"):
        if _name_tags(norm, language):
            return True
        morph = _morph(language)
        return not morph.word_is_known(norm)
    return False


# Case endings of Slavic first names and the nominative they come from: «Христини» →
# Христина, «Соломії» → Соломія, «Ирины» → Ирина (the dictionary lacks some inflections)
_SLAVIC_NAME_CASES = (("ії", "ія"), ("ии", "ия"), ("ой", "а"), ("ою", "а"), ("ей", "я"),
                      ("ею", "я"), ("ы", "а"), ("и", "а"), ("і", "а"), ("у", "а"), ("ю", "я"),
                      ("е", "а"))
# Surname endings, in any case: «Сомовой», «Касимову», «Бережной», «Дмитрук», «Шевченко»
_SLAVIC_SURNAME_ENDINGS = ("ова", "ову", "овой", "овою", "ев", "ева", "еву", "евой", "ина",
                           "ину", "иной", "ской", "ского", "ская", "скую", "цкой", "цкая",
                           "енко", "чук", "щук", "юк", "ук", "ович", "евич", "ович", "ишин",
                           "ных", "овська", "івна", "овної", "евої", "ової", "іної", "ної",
                           "ной", "ная", "ную")


# What follows a name said alone after a cue: "my mum shauna she was born ..."
_PRONOUNS_AFTER_NAME = {"she", "he", "she's", "he's", "who", "who's", "yesterday", "today",
                        "earlier", "from", "at",
                        # the caller spelling the name just given: "surname mulcahy, spelled"
                        "spelled", "spelt", "spelling"}


def _comma_then_first_name(tokens: list[Token], position: int, language: str) -> bool:
    """A surname, a comma and a first name, as forms put them: "Whitlock, Gareth"."""
    nxt = position + 1
    if not tokens[position].raw.rstrip().endswith(",") or nxt >= len(tokens) \
            or tokens[nxt].turn != tokens[position].turn:
        return False
    norm = tokens[nxt].norm
    if language == "en":
        return norm in EN_FIRST and tokens[nxt].raw[:1].isupper()
    if language == "lt":
        return _lt_listed_first(norm)
    return "Name" in _name_tags(norm, language) and tokens[nxt].raw[:1].isupper()


def _slavic_name_form(token: Token, language: str, after_name: bool) -> bool:
    """A lower-case word right after a name cue that is an inflected first name the
    dictionary lacks, or, right after a first name, shaped like a surname: «звоню за
    христини білик», «ирины сомовой»."""
    norm = token.norm
    if language not in ("ru", "uk") or not _alpha(norm) or len(norm) < 4 or norm in NOT_NAME \
            or token.number is not None:
        return False
    if after_name and norm.endswith(_SLAVIC_SURNAME_ENDINGS):
        return True
    if _only_plural_genitive(norm, language):
        return True  # «меня зовут толик», «семён лапин»: a name cue never takes a «толик»
    if after_name and _only_short_adjective(norm, language):
        return True  # «трофим лыков»: «лыков» is otherwise only the unused short «лыковый»
    return any(norm.endswith(ending) and "Name" in _name_tags(norm[:-len(ending)] + nominative,
                                                            language)
               for ending, nominative in _SLAVIC_NAME_CASES)


@functools.cache
def _only_plural_genitive(norm: str, language: str) -> bool:
    """A dictionary word read only as a plural genitive noun («толик» of «толика», «лапин» of
    «лапина»): what a name cue or a first name comes before is then a name, not that word."""
    if not _known(norm, language):
        return False
    parses = _morph(language).parse(norm)
    return all(p.tag.POS == "NOUN" and "plur" in p.tag and "gent" in p.tag for p in parses)


@functools.cache
def _only_short_adjective(norm: str, language: str) -> bool:
    """A dictionary word read only as a short adjective with a surname's ending («лыков»,
    «лыкова» of «лыковый»): nobody says those after a first name; a surname is meant."""
    if not norm.endswith(("ов", "ев", "ин", "ова", "ева", "ина")) or not _known(norm, language):
        return False
    return all(p.tag.POS == "ADJS" for p in _morph(language).parse(norm))


# Words a turn or clause may open with before someone is called by name: "так", "ой", "ну"
_CLAUSE_OPENERS = {"так", "ну", "ой", "ага", "а", "ах", "эй", "гей", "ей", "oh", "hey", "so",
                   "taip", "ai", "ei", "na"}
# English commands said to someone at home: "Tom, turn that down"
_EN_COMMANDS = {"turn", "stop", "shut", "put", "give", "leave", "get", "go", "come", "be",
                "keep", "don't", "dont", "quiet", "wait", "hold", "switch"}


def _name_inside_cue(tokens: list[Token], position: int, language: str) -> bool:
    """«Меня Надежда зовут», «мене Галина звати», "Ugnė mano vardas": the name said inside
    the self-introduction, where a name that is also a word («Надежда», «Любовь») is still
    a name."""
    if position == 0 or position + 1 >= len(tokens):
        return False
    before, token, after = tokens[position - 1], tokens[position], tokens[position + 1]
    if not (before.turn == token.turn == after.turn) or before.clause_end \
            or not _alpha(token.norm) or token.norm in NOT_NAME or token.number is not None:
        return False
    inverted = (before.norm in {"меня", "мене"} and after.norm in {"зовут", "звать", "звати",
                                                                   "звуть"})
    # (an agent introducing herself this way is not PII)
    return inverted and token.role != "agent" and language in ("ru", "uk") and (
        _name_like(token, language) or _slavic_name_form(token, language, False))


def _vocative_before_command(tokens: list[Token], position: int, language: str) -> bool:
    """A name called out at the start of a clause and followed by a command: the caller
    telling someone at home to be quiet («Серёжа, выключи телевизор», «Андрійку, не
    заважай», "Jonuk, netrukdyk", "Tom, turn that down")."""
    token = tokens[position]
    back = position - 1
    while back >= 0 and tokens[back].turn == token.turn and not tokens[back].clause_end \
            and (tokens[back].norm in _CLAUSE_OPENERS or tokens[back].norm in FILLERS):
        back -= 1
    # (in unpunctuated ASR text the name may follow the digits it broke off: "два ноль
    # серёжа выключи")
    opens = back < 0 or tokens[back].turn != token.turn or tokens[back].clause_end \
        or tokens[back].number is not None
    nxt = position + 1
    if nxt < len(tokens) and tokens[nxt].norm in {"не", "ne", "please", "пожалуйста",
                                                  "будь", "don't"} \
            and tokens[nxt].turn == token.turn:
        nxt += 1
    if not opens or nxt >= len(tokens) or tokens[nxt].turn != token.turn \
            or not _alpha(token.norm) or token.norm in NOT_NAME or token.number is not None:
        return False
    command = tokens[nxt].norm
    if language in ("ru", "uk"):
        parses = _morph(language).parse(token.norm)
        named = "Name" in _name_tags(token.norm, language) or any(
            "voct" in p.tag and ("Surn" in p.tag or "Name" in p.tag) for p in parses)
        # (a singular command: the caller's child, not the agent asked «Ярославе, підкажіть»)
        return named and "NOUN" in parses[0].tag and any(
            "impr" in p.tag and "sing" in p.tag for p in _morph(language).parse(command)[:2])
    if language == "lt":
        # (a diminutive's vocative: "Jonuk" of Jonas, "Petriuk" of Petras)
        named = _lt_listed_first(token.norm) or (token.norm.endswith("uk") and any(
            _lt_listed_first(stem + "as") for stem in (token.norm[:-2], token.norm[:-3],
                                                        token.norm)))
        return named and command.endswith("k") and len(command) >= 4
    return (language == "en" and token.norm in EN_FIRST and token.raw.rstrip().endswith(",")
            and command in _EN_COMMANDS)


# "Whose" before a name cue asks for the name: «На чьё имя бронь?», "kieno vardu?"
_WHOSE = {"чье", "чья", "чий", "чиє", "чия", "whose", "kieno"}


def cued_person_findings(tokens: list[Token], language: str
                         ) -> tuple[list[Finding], set[int], dict[tuple[int, int], int]]:
    """Names after cues, asked-for answers, name pairs and spellings; with the positions of
    the agent's own name (protected) and each (turn, index)'s position, which the cue-less
    finders of ``name_memory`` go on from."""
    lists = _phrase_lists()
    findings = []
    answered: set[tuple[tuple[int, int, int], ...]] = set()  # names given when asked for
    protected: set[int] = set()
    langs = [language] if language in ("ru", "uk") else []
    position_of = {(t.turn, t.index): p for p, t in enumerate(tokens)}

    def take_names(start: int, turn: int, limit: int = 3, strong: bool = True) -> list[int]:
        taken = []
        cursor = start
        while cursor < len(tokens) and len(taken) < limit and tokens[cursor].turn == turn:
            if tokens[cursor].norm in _NAME_LEAD_INS and not taken:
                cursor += 1  # "my name is, uh, also Michael"
                continue
            if _is_cue(tokens, cursor) or _is_month(tokens, cursor):
                break  # "Народилася 07.12.2008", "spalio devynioliktą": a date, not a name
            if not any(_name_like(tokens[cursor], lang)
                       or _slavic_name_form(tokens[cursor], lang, bool(taken))
                       or (strong and bool(_name_reading(tokens[cursor].norm, lang)))
                       for lang in langs or [language]):
                if len(taken) == 1 and _plain_name_word(tokens, cursor, language) and (
                        (language == "en" and (_en_unknown(tokens[cursor].norm)
                                               or _ends_a_name(tokens, cursor)))
                        or _lt_first(tokens[cursor].norm) or _lt_surname(tokens[cursor].norm)):
                    taken.append(cursor)  # "priya raman": the listed half vouches
                    break
                if strong and not taken and _named_then_pronoun(tokens, cursor, language):
                    return [cursor]  # «дочка катя она всё знает», "my sister han she'll ..."
                if strong and not taken and _unlisted_pair_ends_turn(tokens, cursor, language):
                    return [cursor, cursor + 1]  # "my wife marcus okonjo" (and nothing else)
                if strong and not taken and language == "en" and _en_unknown(tokens[cursor].norm) \
                        and _plain_name_word(tokens, cursor, language) and (
                            cursor + 1 == len(tokens) or tokens[cursor + 1].turn != turn
                            or tokens[cursor + 1].norm in _PRONOUNS_AFTER_NAME
                            or "-" in tokens[cursor].norm):
                    # "the name on the account is mcbride", "my mum shauna she was born ...",
                    # "surname's fairweather-lyle" (a double-barrelled name)
                    return [cursor]
                if taken or not _unlisted_name_pair(tokens, cursor, language):
                    break
                taken.append(cursor)  # "kowalski aisha": one word listed, the other not
                cursor += 1
                continue
            taken.append(cursor)
            if tokens[cursor].clause_end and not _comma_then_first_name(tokens, cursor, language):
                break
            cursor += 1
        return taken

    for position in range(len(tokens)):
        token = tokens[position]
        length = _match_any(tokens, position, lists["person"])
        if length and position > 0 and not tokens[position - 1].clause_end and (
                tokens[position - 1].norm in ORG_WORDS
                or tokens[position - 1].norm in _WHOSE):
            length = 0  # "the company name is ...", «на чьё имя бронь?»: not a person
        if length == 1 and token.raw.strip(_PUNCT).lower() == "as" and language != "lt":
            length = 0  # the English "as" ("same as last time") is no Lithuanian "aš" (I)
        if length:
            self_intro = _match_any(tokens, position, lists["self"]) == length
            # "it's", "this is", "i'm" name someone only with a listed name word in it
            strong = token.norm not in _WEAK_PERSON_CUES
            names = take_names(position + length, token.turn, strong=strong)
            if names:
                if self_intro and token.role == "agent":
                    protected.update(names)
                else:
                    findings.append(Finding("PERSON", _pieces(tokens, names)))
        length = _match_any(tokens, position, lists["self"])
        if length and token.role == "agent" and token.turn == 0:
            # the agent names herself in the opening turn ("Это Ольга, страховая ...",
            # "čia Paulius iš Ignitis"): not the customer's PII, whatever the cue; but
            # "Это Иван Петрович?" asks for the customer (a question, a patronymic)
            names = take_names(position + length, token.turn, limit=2, strong=False)
            if names and not tokens[names[-1]].raw.rstrip().endswith("?") and not any(
                    language in ("ru", "uk") and _top_name_tag(tokens[p].norm, language)
                    == "Patr" for p in names):
                protected.update(names)
        length = _match_any(tokens, position, lists["question"])
        if length:
            # the other speaker's next turn, after a "yes"/"this is" (or the turn after it,
            # when the question came with another: «дату рождения и как зовут вас?» /
            # the date / «а я Христина, донька»)
            nxt = position + length
            while nxt < len(tokens) and tokens[nxt].turn == token.turn:
                nxt += 1
            for attempt in range(2):
                if nxt >= len(tokens) or tokens[nxt].role == token.role:
                    break
                # (only the direct answer may close on the name: a later "thanks becky"
                # thanks the agent)
                names = _answered_name(tokens, nxt, take_names, language) or (
                    [] if attempt else _name_closing_answer(tokens, nxt, take_names, language))
                if names and not protected.intersection(names):
                    findings.append(Finding("PERSON", _pieces(tokens, names)))
                    answered.add(findings[-1].pieces)
                    break
                answer = tokens[nxt].turn
                while nxt < len(tokens) and tokens[nxt].turn == answer:
                    nxt += 1
    findings += [Finding("PERSON", _pieces(tokens, [position])) for position in range(len(tokens))
                 if _vocative_before_command(tokens, position, language)
                 or _name_inside_cue(tokens, position, language)]
    protected |= _agent_signoffs(tokens, language) | _agent_greeting_names(tokens, language)
    findings += _free_names(tokens, language, protected)
    findings = [_with_surname_before(tokens, f, language, position_of) for f in findings]
    # the agent's own name, said again later ("Thanks for your help, Claire"), is not PII
    agent_names = {tokens[p].norm for p in protected}
    findings = [f for f in findings if not agent_names
                or not all(tokens[p].norm in agent_names
                           for p in _positions(f.pieces, position_of))]
    findings = _persons_only(tokens, findings, language, position_of, answered)
    greeter = min((p for p in protected if tokens[p].turn == 0), default=None)
    if greeter is not None:
        findings = [f for f in findings
                    if not _company_before_greeter(tokens, position_of[f.pieces[-1][:2]]
                                                   + f.pieces[-1][2] - f.pieces[-1][1] - 1,
                                                   greeter)]
    findings += _spelled_out_words(tokens, language)
    return findings, protected, position_of


# One-letter words a sentence can string together ("а я в", "i a"), and hesitations ("э-э-э")
_ONE_LETTER_WORDS = {"ru": set("аивкосуяэы"), "uk": set("аіійвузояе"),
                     "en": set("aio"), "lt": set("aoėi")}


def _spells_a_word(letters: list[str], language: str) -> bool:
    """Three letters or more with at least two different ones that are not words of their
    own: someone spelling a word out, not a run of prepositions or a drawn-out "м-м-м"."""
    own = _ONE_LETTER_WORDS.get(language, set())
    return len(letters) >= 3 and len({letter for letter in letters if letter not in own}) >= 2


def _hyphen_letters(token: Token) -> list[str]:
    """The letters of a word written spelled out with hyphens ("Б-У-Р-О-В"), not of a
    drawn-out "м-м-м"; else []."""
    parts = fold(token.raw.strip(_SPELL_PUNCT)).split("-")
    if len(parts) >= 3 and len(set(parts)) >= 2 and all(
            len(part) == 1 and part.isalpha() for part in parts):
        return parts
    return []


_SPELL_PUNCT = ".,;:!?…«»\"'()—– "


def _beside_digits(tokens: list[Token], first: int, last: int) -> bool:
    """Letters read next to digits in the same turn are a code's ("g b 14 / n w b k / 4552":
    an IBAN's bank, a passport series, a postcode), kept by that code's own type, not a name.
    The next speaker's number («заявка номер 4835...» after «л а п и н») is not the letters'."""
    turn = tokens[first].turn
    near = tokens[max(0, first - _CODE_REACH):first] + tokens[last + 1:last + 1 + _CODE_REACH]
    return any(token.number is not None and token.turn == turn for token in near)


_CODE_REACH = 3


def _spelled_out_words(tokens: list[Token], language: str) -> list[Finding]:
    """A word spelled letter by letter ("ш м и д т", "k o w a l c z y k", "Б-У-Р-О-В") when
    a name was asked for just before or the letters spell a word said earlier: callers
    spell their surnames, so the spelling is the name again and as much PII as the name
    ("the postcode is a b c", "it is spelled b o x" name nobody)."""
    findings: list[Finding] = []
    said: set[str] = set()

    def names_someone(letters: list[str], first: int, last: int) -> bool:
        return not _beside_digits(tokens, first, last) and (
            "".join(letters) in said or _name_asked_before(tokens, first))

    def close(run: list[int]) -> None:
        letters = [tokens[p].norm for p in run]
        if _spells_a_word(letters, language) and names_someone(letters, run[0], run[-1]):
            findings.append(Finding("PERSON", _pieces(tokens, run)))

    run: list[int] = []
    for position, token in enumerate(tokens):
        letter = len(token.norm) == 1 and token.norm.isalpha()
        if letter and (not run or tokens[run[-1]].turn == token.turn):
            run.append(position)
            continue
        close(run)
        run = [position] if letter else []
        letters = _hyphen_letters(token)
        if letters and names_someone(letters, position, position):
            findings.append(Finding("PERSON", _pieces(tokens, [position])))
        # ("ломова-кирш", "o'rourke" are spelled without their hyphen or apostrophe)
        said.update((token.norm, token.norm.replace("-", "").replace("'", "")))
    close(run)
    return findings


def spelled_email_letters(tokens: list[Token], emails: list[Finding]) -> list[Finding]:
    """The letters spelled just after an e-mail address that repeat part of it
    («amelnikova@gmail.com — по буквам: m-e-l-n-i-k-o-v-a», "raman dot pri at outlook dot com
    that's r a m a n"): the caller spells the address's own letters, so they are more of the
    address (EMAIL), not a second name."""
    position_of = {(t.turn, t.index): p for p, t in enumerate(tokens)}
    found: list[Finding] = []
    for email in emails:
        turn, _, end = email.pieces[-1]
        letters_of_email = "".join(
            char for cell in sorted(email.cells) for char in tokens[position_of[cell]].norm
            if char.isalpha())
        cursor = position_of.get((turn, end - 1), -1) + 1
        stop = min(len(tokens), cursor + _EMAIL_SPELLING_REACH)
        while cursor < stop and tokens[cursor].turn == turn:
            hyphened = _hyphen_letters(tokens[cursor])
            run = [cursor] if hyphened else []
            while not hyphened and cursor + len(run) < len(tokens) and \
                    tokens[cursor + len(run)].turn == turn and \
                    len(tokens[cursor + len(run)].norm) == 1 and \
                    tokens[cursor + len(run)].norm.isalpha():
                run.append(cursor + len(run))
            letters = hyphened or [tokens[p].norm for p in run]
            if len(letters) >= 3 and "".join(letters) in letters_of_email:
                found.append(Finding("EMAIL", _pieces(tokens, run)))
                break
            cursor += 1
    return found


# the words between an e-mail and its spelling: «— по буквам:», "that's", "paraidžiui"
_EMAIL_SPELLING_REACH = 4


# "Б как Борис", "Т як Тарас", "J kaip Jonas", "P as in Peter", "S for Sugar"
_CODE_CONNECTORS = {"как", "як", "kaip", "for", "like"}
_CODE_CONNECTOR_PAIRS = {("as", "in")}
# letters no word starts with, named instead: "Ь як м'який знак"
_SIGN_LETTERS = {"ь", "ъ"}
_SIGN_WORDS = {"знак"}


def _code_word_after(tokens: list[Token], letter: int) -> int:
    """The position of the code word that spells the letter at ``letter`` in a phonetic
    alphabet ("О как Ольга", "a as in apple"), or -1."""
    cursor = letter + 1
    if cursor + 1 < len(tokens) \
            and (tokens[cursor].norm, tokens[cursor + 1].norm) in _CODE_CONNECTOR_PAIRS:
        cursor += 2
    elif cursor < len(tokens) and tokens[cursor].norm in _CODE_CONNECTORS:
        cursor += 1
    else:
        return -1
    if cursor >= len(tokens) or tokens[cursor].turn != tokens[letter].turn:
        return -1
    code, letter_norm = tokens[cursor].norm.replace("'", ""), tokens[letter].norm
    if len(code) < 2 or not code.isalpha():
        return -1
    if letter_norm in _SIGN_LETTERS:
        following = cursor + 1
        named = following < len(tokens) and tokens[following].norm in _SIGN_WORDS \
            and tokens[following].turn == tokens[letter].turn
        return following if named else cursor
    return cursor if code[0] == letter_norm else -1


def phonetic_spellings(tokens: list[Token]) -> list[Finding]:
    """A surname spelled with a phonetic alphabet in the caller's language ("Л как Леонид,
    О как Ольга, ...", "r kaip Rimas, ...", "V as in Victor, ..."), from the first letter to
    the last code word, when the letters spell a word said before or a name was asked for:
    the code words are the name again letter by letter, not people of their own."""
    findings: list[Finding] = []
    said: set[str] = set()
    position = 0
    while position < len(tokens):
        token = tokens[position]
        run: list[int] = []
        cursor = position
        while cursor < len(tokens) and len(tokens[cursor].norm) == 1 \
                and tokens[cursor].turn == token.turn \
                and (code := _code_word_after(tokens, cursor)) > 0:
            run.append(cursor)
            cursor = code + 1
        spelled = "".join(tokens[p].norm for p in run)
        if len(run) >= 2 and not _beside_digits(tokens, run[0], cursor - 1) and (
                spelled in said or _name_asked_before(tokens, run[0])):
            # the surname said just before its spelling is in the span: "Vance — V as in ..."
            start = next((p for p in range(run[0] - 1, max(-1, run[0] - 4), -1)
                          if tokens[p].turn == token.turn and tokens[p].norm == spelled),
                         run[0])
            findings.append(Finding("PERSON", _pieces(tokens, list(range(start, cursor)))))
            position = cursor
            continue
        said.update((token.norm, token.norm.replace("-", "").replace("'", "")))
        position += 1
    return findings


def _name_asked_before(tokens: list[Token], position: int) -> bool:
    """The other speaker's turn just before asked for a name ("продиктуйте фамилию по
    буквам", "could you spell the surname", "pasakykite pavardę paraidžiui")."""
    turn = tokens[position].turn
    cursor = position - tokens[position].index - 1
    while cursor >= 0 and tokens[cursor].turn == turn - 1:
        if tokens[cursor].role != tokens[position].role \
                and _match_any(tokens, cursor, _phrase_lists()["person"]):
            return True
        cursor -= 1
    return False


def _company_before_greeter(tokens: list[Token], last: int, greeter: int) -> bool:
    """A name-like span in the opening turn before the agent names herself, run on into
    what follows ("hi addison lee lost property it's liam", "Florence & Grace Homeware, Dean
    speaking", «интернет-магазин мебель михалыча алина»): the company's name. The caller
    addressed there is set off by a comma or a greeting («Иван Петрович, здравствуйте»)."""
    if last >= greeter or tokens[last].turn != 0 or tokens[last].role != "agent":
        return False
    nxt = tokens[last + 1]
    return not tokens[last].raw.rstrip().endswith((",", "?", "!")) and nxt.norm not in _GREETINGS


def _persons_only(tokens: list[Token], findings: list[Finding], language: str,
                  position_of, answered: set) -> list[Finding]:
    """The findings that name persons. A word found naming no person (a pet, a car, a
    place) names none wherever else it is said in the call ("My cat Mr Darcy" ... "Put Mr
    Darcy down for Saturday"). A name given when a name was asked for may end in a street
    word ("whose name is the booking under?" / "Emily Hill")."""
    spans = [_positions(f.pieces, position_of) for f in findings]
    not_persons = [_named_not_a_person(tokens, span, language, f.pieces in answered)
                   for f, span in zip(findings, spans, strict=True)]
    not_named = {tokens[p].norm for span, drop in zip(spans, not_persons, strict=True)
                 if drop for p in span}
    return [f for f, span, drop in zip(findings, spans, not_persons, strict=True)
            if not drop and not all(tokens[p].norm in not_named for p in span)]


_PETS = frozenset(fold(word) for word in PET_WORDS)
_CAR_MAKES = frozenset(fold(word) for word in CAR_MAKES)
_PLACES = frozenset(fold(word) for word in PLACE_WORDS)
_GREETINGS = frozenset(fold(word) for word in GREETING_WORDS)
# Words that make the name after a pet word its owner's ("Кот записан на меня, Павел ...")
_OWNER_WORDS = {"меня", "мне", "я", "мене", "мені", "my", "i", "i'm", "me", "mano", "man",
                "as", "owner", "владелец", "хозяин", "хозяйка", "власник", "господар",
                "savininkas", "savininke"}
# Possessives that put a pet in apposition after its name («Соня, наша кошка»)
_PET_OWNER_WORDS = {"наша", "наш", "наши", "моя", "мой", "мои", "наші", "мій", "мої", "our",
                    "my", "musu", "mano"}
_PET_REACH = 8  # words back from a name to the animal it names ("Katinui reikia ..., jo vardas")


def _agent_greeting_names(tokens: list[Token], language: str) -> set[int]:
    """The agent's own first name closing a clause of the opening turn ("..., it's Liam.",
    «на лінії Дарина.», «секретарь Алина.», "hi dfs delivery team it's ben"): not the
    caller's PII. Right after a greeting ("Добрый день, Марина.") or asked ("Марина?") it
    addresses the caller instead."""
    found = set()
    for position, token in enumerate(tokens):
        if token.turn != 0:
            break
        if token.role != "agent" or token.index == 0 or token.raw.rstrip().endswith("?"):
            continue
        closes = token.clause_end or position + 1 == len(tokens) \
            or tokens[position + 1].turn != token.turn
        if closes and tokens[position - 1].norm not in _GREETINGS \
                and _listed_first_name(token, language):
            found.add(position)
    return found


def _listed_first_name(token: Token, language: str) -> bool:
    """A first name the lists or the dictionary know; in English also a capitalised word
    no dictionary knows ("it's Sasha.")."""
    norm = token.norm
    if language in ("ru", "uk"):
        return (norm.isalpha() or _hyphenated(norm)) and _top_name_tag(norm, language) == "Name"
    if language == "en" and token.raw.strip(_PUNCT)[:1].isupper() and _en_unknown(norm):
        return True
    return norm in EN_FIRST or norm in LT_FIRST or (language == "lt" and _lt_listed_first(norm))


def _named_not_a_person(tokens: list[Token], span: list[int], language: str,
                        asked: bool = False) -> bool:
    """Name-like words that name no person: a pet («коту ... его зовут Барсик», "my dog
    Poppy"), a car model («Лада Веста»), a place ("Victoria Street", «метро Тараса
    Шевченка», «улица маршала Жукова»), or Lithuanian common words ("bankas", "savininkas")."""
    first, last = tokens[span[0]], tokens[span[-1]]
    before = [t for t in tokens[max(0, span[0] - _PET_REACH):span[0]] if t.turn == first.turn]
    pet = max((i for i, t in enumerate(before) if t.norm in _PETS), default=None)
    if pet is not None and not any(t.norm in _OWNER_WORDS for t in before[pet:]):
        return True  # (but "Кот записан на меня, Павел Соколов" names the owner)
    if any(tokens[p].norm in _PETS for p in span):
        return True  # «з котом Василем»
    after = [t for t in tokens[span[-1] + 1:span[-1] + 3] if t.turn == last.turn]
    if len(after) == 2 and after[0].norm in _PET_OWNER_WORDS and after[1].norm in _PETS:
        return True  # «А Соня, наша кошка, тоже...», "Biscuit, my dog": the pet's name
    if first.norm in _CAR_MAKES or (len(span) > 1 and last.norm in _PLACES and not asked):
        return True
    if before and (before[-1].norm in _CAR_MAKES or before[-1].norm in _PLACES):
        return True
    after = span[-1] + 1
    if after < len(tokens) and tokens[after].turn == last.turn and not last.clause_end \
            and tokens[after].norm in _PLACES:
        return True
    return language == "lt" and all(_lt_common_word(tokens[p]) for p in span)


def _lt_common_word(token: Token) -> bool:
    """A Lithuanian dictionary word whose lemma is not a proper noun ("savininkas",
    "mygtukas", "rašykit"), unless a listed first name ("Tomas", "Greta")."""
    if _lt_listed_first(token.norm) or token.norm in EN_FIRST:
        return False
    return _lt_lemma(token.raw.strip(_PUNCT).lower()).islower()


@functools.cache
def _lt_lemma(word: str) -> str:
    """The word's lemma in simplemma's Lithuanian dictionary ("" when unknown); proper
    nouns keep their capital there ("Jankauskas")."""
    import simplemma

    return simplemma.lemmatize(word, lang="lt") if simplemma.is_known(word, lang="lt") else ""


# Words before the name in the answer to "what is your name?"
_BEFORE_ANSWERED_NAME = {"это", "це", "меня", "мене", "зовут", "звати", "i'm", "it's", "its",
                         "tai", "aš", "записывайте", "пишите", "записуйте", "пишіть",
                         "užsirašykite", "rašykite", "а", "я", "o",
                         "uzsirasykite", "uzrasykite", "rasykite",
                         # whose name a booking is in: "Mine, Eleanor ...", "hers, doreen ..."
                         "mine", "hers", "his", "мой", "моя", "на", "mano"}


def _answered_name(tokens: list[Token], start: int,
                   take_names: Callable[[int, int], list[int]], language: str) -> list[int]:
    """The name at the start of the turn from ``start`` (after "yes", "this is", «а я»),
    unless that turn names someone after a cue of its own, or opens with a Russian or
    Ukrainian dictionary word that is no name («Сейчас дам трубку жене»: its capital is
    the sentence's)."""
    skip = start
    while skip < len(tokens) and skip - start < 3 and tokens[skip].turn == tokens[start].turn \
            and (tokens[skip].norm in FILLERS or tokens[skip].norm in _BEFORE_ANSWERED_NAME
                 or _drawn_out_sound(tokens[skip].norm)):
        skip += 1
    if skip >= len(tokens) or tokens[skip].turn != tokens[start].turn \
            or _match_any(tokens, skip, _phrase_lists()["person"]):
        return []
    norm = tokens[skip].norm
    if language in ("ru", "uk") and norm.isalpha() and _known(norm, language) \
            and not _name_tags(norm, language) and not _top_name_tag(norm, language):
        tag = _morph(language).parse(norm)[0].tag
        if tag.POS in _NOT_NAME_POS or (tag.POS == "NOUN" and "nomn" not in tag):
            return []  # (a surname that is a noun, «Мельник», is said in the nominative)
    return take_names(skip, tokens[start].turn)


_POSSESSIVES = {"my", "her", "his", "our", "their", "мой", "моя", "мои", "мій", "мої",
                "наш", "наша", "наші", "наши", "его", "её", "ее", "його", "її", "mano", "jo",
                "jos", "musu"}
_SHORT_ANSWER = 8  # words in an answer that may say who the caller is before the name


def _name_closing_answer(tokens: list[Token], start: int,
                         take_names: Callable[[int, int], list[int]], language: str) -> list[int]:
    """The name closing a short answer to a name question after who the speaker is ("a
    neighbour, Beatrix Szymanski", «Я за довіреністю, Мар'яна Заїка», "aš pagal įgaliojimą
    vytenis kairys"): the last two words, or the last one, when they read as a name and one
    of them is a known name, a surname's shape or no English word ("born of a bad signal"
    names no one)."""
    turn = tokens[start].turn
    end = start
    while end < len(tokens) and tokens[end].turn == turn:
        end += 1
    if end - start > _SHORT_ANSWER:
        return []
    for first in (end - 2, end - 1):
        if first > start and tokens[first - 1].norm not in _POSSESSIVES \
                and (names := take_names(first, turn)) and names[-1] == end - 1 \
                and any(_name_like(tokens[p], language) or _lt_surname(tokens[p].norm)
                        or (language == "en" and _en_unknown(tokens[p].norm)) for p in names):
            return names  # (after "her", "my": "her daughter priya" is a kin word and a name)
    return []


def _agent_signoffs(tokens: list[Token], language: str) -> set[int]:
    """The agent's name in a greeting said without a cue before it: "Aoife speaking",
    "emilis klausau", "Анна, слушаю вас"."""
    found = set()
    for position, token in enumerate(tokens[1:], start=1):
        previous = tokens[position - 1]
        # (the call's opening turn only: later "Денис Владимирович, слушаю вас" is the
        # customer's name)
        if (token.norm in _SIGNOFF_WORDS and token.role == "agent" and previous.turn == token.turn
                and token.turn == 0
                and _alpha(previous.norm) and previous.norm not in NOT_NAME
                and previous.norm not in FILLERS and previous.number is None
                and (_name_like(previous, language) or _lt_listed_first(previous.norm)
                     or _lt_first(previous.norm))):
            found.add(position - 1)
    return found


@functools.cache
def _name_forms(norm: str, language: str) -> frozenset[str]:
    """The forms a name word is recognised by when said again: itself, its lemmas
    (ru/uk) or its nominatives (lt)."""
    forms = {norm}
    # (an apostrophe is part of a Ukrainian name: «Мар'яна», «Мар'яно»)
    if language in ("ru", "uk") and norm.replace("'", "").isalpha() and _known(norm, language):
        forms |= {parse.normal_form for parse in _morph(language).parse(norm)
                  if {"Name", "Surn"} & set(parse.tag.grammemes)}
    if language == "lt":
        forms |= set(_lt_nominatives(norm))
    return frozenset(forms)


def _repeated_names(tokens: list[Token], findings: list[Finding], language: str,
                    protected: set[int], position_of) -> list[Finding]:
    """A name said once is a name wherever it is said again in the call ("is oliver
    pritchard the holder" ... "my son oliver"; "Thanks, Hannah"), in any case form."""
    named: set[int] = set()
    for finding in findings:
        named.update(_positions(finding.pieces, position_of))
    forms: set[str] = set()
    for position in named:
        norm = tokens[position].norm
        if len(norm) >= 3 and norm not in NOT_NAME and _alpha(norm):
            forms |= _name_forms(norm, language)
    agent = {tokens[p].norm for p in protected}
    cased = {t.turn for t in tokens if t.index > 0 and t.raw[:1].isupper()}
    found = []
    for position, token in enumerate(tokens):
        if position in named or position in protected or token.norm in agent \
                or token.number is not None or len(token.norm) < 3 or token.norm in NOT_NAME:
            continue
        if token.turn in cased and not token.raw.strip(_PUNCT)[:1].isupper():
            continue  # ("Grace" the name, "grace" the word)
        if token.raw.strip(_PUNCT)[:1].isupper() and _sentence_start(tokens, position) and not (
                token.clause_end or position + 1 >= len(tokens)
                or tokens[position + 1].turn != token.turn
                or tokens[position + 1].raw.strip(_PUNCT)[:1].isupper()) and not (
                language in ("ru", "uk") and _top_name_tag(token.norm, language)):
            # a capital that only starts a sentence: "Вера в ваш сервис пропала" (but a word
            # read first as a name is one: «Записала. Геннадий теперь сможет звонить»)
            continue
        if _name_forms(token.norm, language) & forms:
            found.append(Finding("PERSON", _pieces(tokens, [position])))
    return found


def _sentence_start(tokens: list[Token], position: int) -> bool:
    return tokens[position].index == 0 or tokens[position - 1].raw.strip()[-1:] in ".!?…"


def _with_surname_before(tokens: list[Token], finding: Finding, language: str,
                         position_of) -> Finding:
    """A name that starts with a first name takes the surname said before it ("а сами вы
    белоусов глеб олегович", "Федорук Назар Олександрович")."""
    if finding.type != "PERSON" or len(finding.pieces) != 1:
        return finding
    turn, start, end = finding.pieces[0]
    first = position_of[(turn, start)]
    if first == 0:
        return finding
    token, previous = tokens[first], tokens[first - 1]
    if previous.turn != token.turn or previous.clause_end or previous.number is not None \
            or not previous.norm.isalpha() or len(previous.norm) < 3 \
            or previous.norm in NOT_NAME or previous.norm in FILLERS or _is_cue(tokens, first - 1):
        return finding
    cased = any(t.turn == turn and t.index > 0 and t.raw[:1].isupper() for t in tokens)
    if cased and not previous.raw.strip(_PUNCT)[:1].isupper():
        return finding
    if language in ("ru", "uk"):
        if "Name" not in _name_tags(token.norm, language) and not _may_be_first_name(
                token.norm, language):
            return finding
        surname = bool(_reading_cases(previous.norm, language, "Surn")) or (
            cased and previous.index > 0 and not _is_month(tokens, first - 1)) or (
            end - start >= 2 and _slavic_name_form(previous, language, True)
            and _top_name_tag(tokens[first + 1].norm, language) == "Patr") or bool(
            _adjective_surname_cases(previous.norm, language)
            & _reading_cases(token.norm, language, "Name"))  # "подольский максим ..."
    elif language == "lt":
        surname = _lt_surname(previous.norm) and _lt_listed_first(token.norm)
    else:
        surname = previous.norm in EN_SURNAMES and token.norm in EN_FIRST
    if not surname:
        return finding
    return Finding("PERSON", ((turn, start - 1, end),))


def _unlisted_name_pair(tokens: list[Token], position: int, language: str) -> bool:
    """After a name cue, an unlisted word followed by a listed name in one turn ("this is
    okafor oliver", "aš navickas lukas"): English and Lithuanian have no morphology
    dictionary here, so one listed half vouches for the other."""
    if position + 1 >= len(tokens):
        return False
    token, nxt = tokens[position], tokens[position + 1]
    if language in ("ru", "uk"):
        # a foreign name the dictionary does not know beside a listed one («Мигель Гарсиа»,
        # «макдугалл джеймс»)
        return not token.clause_end and nxt.turn == token.turn and len(token.norm) >= 3 \
            and _alpha(token.norm) and token.number is None and not _known(token.norm, language) \
            and not _is_cue(tokens, position) and token.norm not in FILLERS \
            and _name_like(nxt, language)
    if not _plain_name_word(tokens, position, language):
        return False
    # a Lithuanian first name and surname by their shapes vouch for each other
    # ("aleksandras novikovas", "novikovas aleksandras")
    shaped = language == "lt" and (
        (_lt_first(token.norm) and _lt_surname(nxt.norm))
        or (_lt_surname(token.norm) and _lt_first(nxt.norm)))
    return not token.clause_end and nxt.turn == token.turn and (
        _name_like(nxt, language) or shaped)


# Words that follow a name said with the next answer: "it's marcus okonjo born the ...",
# "... date of birth ...", "... calling about ..."
_AFTER_NAME_WORDS = {"born", "dob", "date", "calling", "ringing", "birthday"}


def _unlisted_pair_ends_turn(tokens: list[Token], position: int, language: str) -> bool:
    """Two unlisted words that are all the rest of the turn after a name cue, or end at a
    clause, a function word or a number: a name neither list knows ("marcus okonjo")."""
    if language != "en" or position + 1 >= len(tokens) \
            or tokens[position + 1].turn != tokens[position].turn:
        return False
    if not (_plain_name_word(tokens, position, language)
            and _plain_name_word(tokens, position + 1, language)) or \
            tokens[position].clause_end:
        return False
    if any(tokens[p].norm.endswith(_EN_NOT_NAME_ENDINGS) for p in (position, position + 1)):
        return False
    after = position + 2
    return (tokens[position + 1].clause_end or after >= len(tokens)
            or tokens[after].turn != tokens[position].turn or tokens[after].norm in NOT_NAME
            or tokens[after].number is not None
            or tokens[after].norm in _AFTER_NAME_WORDS)  # "dolores fairweather born ..."


def _drawn_out_sound(norm: str) -> bool:
    """A hesitation written as one sound drawn out («Э-э», «е-е», "m-m", «ммм»)."""
    return len(norm) >= 2 and len(set(norm.replace("-", ""))) == 1 and norm[0].isalpha()


def _named_then_pronoun(tokens: list[Token], position: int, language: str) -> bool:
    """After a name cue, one word and then "she"/"he" about it («дочка катя она всё знает»,
    «донька марточка вона», "my sister han she'll read it"): the pronoun says the word was
    a person's name, a pet form or one no list holds."""
    token = tokens[position]
    nxt = position + 1
    if nxt >= len(tokens) or tokens[nxt].turn != token.turn or token.clause_end \
            or tokens[nxt].norm not in _THIRD_PERSON or len(token.norm) < 3:
        return False
    if language in ("en", "lt"):
        return _plain_name_word(tokens, position, language)
    return (_alpha(token.norm) and token.number is None and token.norm not in NOT_NAME
            and token.norm not in FILLERS and not _is_cue(tokens, position)
            and not _person_cue_word(token.norm)
            and (not _known(token.norm, language) or any(
                "Name" in parse.tag for parse in _morph(language).parse(token.norm))))


# "she", "he" opening what the caller says about the person just named
_THIRD_PERSON = {"she", "he", "she'll", "he'll", "she's", "he's", "она", "он", "вона", "він",
                 "ji", "jis"}


def _plain_name_word(tokens: list[Token], position: int, language: str) -> bool:
    """A word that may be an unlisted name (en/lt): letters, not a function word, filler,
    number or cue."""
    token = tokens[position]
    return (language in ("en", "lt") and _alpha(token.norm) and len(token.norm) >= 3
            and token.norm not in NOT_NAME and token.norm not in FILLERS
            and token.norm not in PAUSE_WORDS and token.number is None and not token.pause
            and read_token(token.norm) is None and not _is_cue(tokens, position)
            and not _person_cue_word(token.norm)
            and not _is_month(tokens, position) and not _is_ordinal(token.norm))


# Surname endings that change with gender (Ветров / Ветрова, Польский / Польская)
_GENDERED_SURNAME = re.compile(r"(ов|ев|ёв|ин|ын|ск|цк)(ий|ой|ая|а|ого|ой|ому|ым|у|ым|ом|е)?$")


def _genders_disagree(first: str, second: str, language: str) -> bool:
    """A first name and a gendered surname of different genders, in every reading."""
    if language != "ru" or not _GENDERED_SURNAME.search(second):
        return False
    morph = _morph(language)
    named = {g for p in morph.parse(first) if "Name" in p.tag for g in ("masc", "femn")
             if g in p.tag}
    surnamed = {g for p in morph.parse(second) if "Surn" in p.tag for g in ("masc", "femn")
                if g in p.tag}
    return bool(named) and bool(surnamed) and not named & surnamed


def _slavic_pair(token: Token, nxt: Token, language: str) -> bool:
    """Name + patronymic ("Марія Андріївна"), name + surname or surname + name.

    A patronymic is strong evidence, so the first word need only *can* be a name
    ("Марія" is also a common noun); a surname pair needs a name as the likeliest reading.
    """
    # (an apostrophe inside is a letter's mark: «Сав'юк», «Дем'яненко»)
    if not _alpha(nxt.norm) or "-" in nxt.norm or nxt.norm in NOT_NAME or nxt.norm in FILLERS:
        return False  # («половину маю, далі»: "go on", which the dictionary has as a surname)
    if _genders_disagree(token.norm, nxt.norm, language):
        return False  # «роза ветров»: a wind rose, not Роза Ветрова
    top, top_next = _top_name_tag(token.norm, language), _top_name_tag(nxt.norm, language)
    if top_next in ("Patr", "Surn") and "Name" in _name_tags(token.norm, language):
        return True
    if top_next in ("Patr", "Surn") and _name_reading(token.norm, language) & _reading_cases(
            nxt.norm, language, top_next):
        return True  # a surname in its case vouches for «роман медведев» (not «роман толстого»)
    if top_next == "Patr" and _may_be_first_name(token.norm, language):
        return True  # a patronymic is strong evidence on its own: "лесю олександрівну"
    if _agreeing_pair(token.norm, nxt.norm, language):
        return True
    if (top == "Surn" or _only_short_adjective(token.norm, language)) \
            and "Name" in _name_tags(nxt.norm, language):
        return True  # "Петров Иван", «Лыков Трофим»
    if top is None and top_next == "Name" and token.norm.isalpha() and len(token.norm) >= 4 \
            and not _known(token.norm, language) and _SURNAME_SHAPE.search(token.norm):
        return True  # "ковальчук богдан": a surname missing from the dictionary, then a name
    if top == "Name" and top_next is None and (
        "Surn" in _name_tags(nxt.norm, language) or not _morph(language).word_is_known(nxt.norm)
        or _only_short_adjective(nxt.norm, language)
    ):
        top_next = "Surn"  # a surname missing from the dictionary («трофим лыков»)
    return {top, top_next} == {"Name", "Surn"}


# What follows a name that opens a turn: the agent addressing the customer ("Ульяна, по
# договору ...", "vytautai pagal sutartį") or the customer quoting someone ("Саша сказал").
# (not "on"/"about": English names are words too, "mark on the card is scratched")
_AFTER_OPENING_NAME = {"по", "за", "pagal", "сказал", "сказала", "казав",
                       "казала", "said", "told", "передал", "передала", "передав", "звонил",
                       "звонила", "дзвонив", "дзвонила", "skambino", "sakė", "sake", "called"}


def _opening_name(tokens: list[Token], position: int, language: str) -> bool:
    """A listed first name (any case, the vocative too: «Христино», 'Vytautai') as the first
    word of a turn, then a comma or an addressing word: the person spoken to or quoted."""
    token = tokens[position]
    nxt = tokens[position + 1] if position + 1 < len(tokens) else None
    if token.index != 0 or nxt is None or nxt.turn != token.turn or not _alpha(token.norm) \
            or token.norm in NOT_NAME or token.norm in FILLERS:
        return False
    if not (token.raw.strip().endswith(",") or nxt.norm in _AFTER_OPENING_NAME):
        return False
    if language in ("ru", "uk"):
        parses = _morph(language).parse(token.norm)
        return "Name" in parses[0].tag and parses[0].score >= 0.5 and not any(
            "Name" not in other.tag and other.score >= parses[0].score for other in parses[1:])
    if language == "lt":
        return _lt_listed_first(token.norm)
    return token.norm in EN_FIRST or token.raw.strip(_PUNCT).startswith("O'")


def _lone_first_name(tokens: list[Token], position: int, language: str) -> bool:
    """A capitalised first name inside a cased sentence ("водій Віктор привезе")."""
    token = tokens[position]
    raw = token.raw.strip(_PUNCT)
    previous = tokens[position - 1]
    if not raw[:1].isupper() or raw.isupper() or previous.clause_end or raw[:1] in "«\"“":
        return False
    if previous.norm in ORG_WORDS:
        return False
    if token.norm in EN_FIRST or token.norm in LT_FIRST:
        return True
    if language in ("ru", "uk") and token.norm.isalpha():
        parses = _morph(language).parse(token.norm)
        # ("на Альфу": альф/альфа tie, and a bank is not a person)
        return "Name" in parses[0].tag and parses[0].score >= 0.5 and not any(
            "Name" not in other.tag and other.score >= parses[0].score for other in parses[1:])
    return False


@functools.cache
def _en_unknown(norm: str) -> bool:
    """Not an English dictionary word (simplemma's word list): "pritchard", "okafor",
    "devlin" are names; "set", "would" are not."""
    import simplemma

    return _alpha(norm) and not simplemma.is_known(norm, lang="en")


# Words that follow a full name ("patricia johns and i lost my card", "... calling about").
_AFTER_NAME = {"and", "or", "from", "here", "speaking", "calling", "who", "is", "was", "i'm",
               "i", "my", "with", "at", "on", "please", "thanks", "thank", "again", "too",
               "but", "his", "her", "he", "she", "he's", "she's"}


def _ends_a_name(tokens: list[Token], position: int) -> bool:
    """A dictionary word after a listed first name is its surname only where a name may end
    ("patricia johns and i ..."), not before an object or a time ("oliver set it up",
    "someone called Keeley last week")."""
    after = position + 1
    return tokens[position].clause_end or after >= len(tokens) \
        or tokens[after].turn != tokens[position].turn or tokens[after].norm in _AFTER_NAME \
        or _is_cue(tokens, after)  # "margaret bird mobile 761 ..."


def _en_pair(tokens: list[Token], position: int, cased: bool) -> bool:
    """An English first name and surname without a cue, one half vouching for the other:
    a listed first name before a word no dictionary knows ("priya devlin"), a word no
    dictionary knows before a listed surname ("tobias brennan"), or, in cased text, two
    capitalised words mid-sentence of which the second is no dictionary word ("said Hope
    Thornton would")."""
    token, nxt = tokens[position], tokens[position + 1]
    # ("June Gallagher": a month is a first name before a capitalised unknown word)
    first_ok = _plain_name_word(tokens, position, "en") or (
        cased and _is_month(tokens, position) and token.norm.isalpha())
    if not (first_ok and _plain_name_word(tokens, position + 1, "en")) or token.clause_end:
        return False
    if cased:
        capitalised = token.raw.strip(_PUNCT)[:1].isupper() and nxt.raw.strip(_PUNCT)[:1].isupper()
        if not capitalised or token.raw[:1] in "«\"“'":
            return False
        if position > 0 and tokens[position - 1].norm in ORG_WORDS:
            return False
        mid_sentence = token.index > 0 and tokens[position - 1].raw.strip()[-1:] not in ".!?…"
        # (a dictionary word first is a place's or a company's: "Lake Windermere")
        first_named = token.norm in EN_FIRST or _en_unknown(token.norm) or _is_month(
            tokens, position)
        if mid_sentence and first_named and _en_unknown(nxt.norm) and len(nxt.norm) >= 4:
            return True
        if mid_sentence and nxt.norm in EN_SURNAMES and nxt.norm not in STREET_WORDS:
            return True  # "said Hope Thornton would": a listed surname after a capital
    if token.norm in EN_FIRST and _en_unknown(nxt.norm) and len(nxt.norm) >= 4 \
            and not _contraction(nxt.norm):
        return True
    return nxt.norm in EN_SURNAMES and _en_unknown(token.norm) and len(token.norm) >= 4


_CLITICS = ("'s", "'re", "'ll", "'d", "'ve", "'m", "n't")


def _contraction(norm: str) -> bool:
    """A dictionary word with a clitic ("who's", "that'll", "wasn't"), which no word list
    holds but is no surname ("megan who's the prescription for")."""
    stem = next((norm[:-len(clitic)] for clitic in _CLITICS if norm.endswith(clitic)), None)
    return bool(stem) and not _en_unknown(stem)


def _spelled_after(tokens: list[Token], position: int) -> int:
    """How many one-letter tokens right after a word spell that word out (0 if none)."""
    word = tokens[position].norm
    if len(word) < 3 or not word.isascii() or not word.isalpha() or word in NOT_NAME:
        return 0
    spelled, cursor = "", position + 1
    while cursor < len(tokens) and tokens[cursor].turn == tokens[position].turn \
            and len(spelled) < len(word):
        letter = tokens[cursor].norm
        if len(letter) != 1 or not letter.isalpha():
            break
        spelled += letter
        cursor += 1
    return cursor - position - 1 if spelled == word else 0


def _lt_first_beside(token: Token, cased: dict[int, bool]) -> bool:
    """A first name beside a Lithuanian surname: listed (in any case), or shaped like one
    and capitalised in text that capitalises names."""
    if _lt_listed_first(token.norm):
        return True
    return _lt_first(token.norm) and bool(cased.get(token.turn)) \
        and token.raw.strip(_PUNCT)[:1].isupper()


# Words after a name that make it a product's: "the Victoria bundle", "Family plan"
_PRODUCT_WORDS = {"bundle", "plan", "tariff", "package", "deal", "offer", "contract",
                  "subscription", "paketas", "planas", "тариф", "пакет"}



_VENUES = frozenset(fold(word) for word in VENUE_WORDS)
# a name after one of these is a street's, a place's, a work's or a venue's namesake
_NAMESAKE_BEFORE = STREET_WORDS | NAMED_AFTER | _VENUES | {
    # the street one goes along («їду вулицею Івана Франка», «едем улицей Ивана Франко»)
    "вулицею", "проспектом", "провулком", "бульваром", "улицей", "переулком", "набережною",
    "набережной"}
# words joining two names into one title («Иван да Марья», "Rose and Crown", "Joy ir Rūta")
_TITLE_JOINERS = {"да", "и", "і", "й", "та", "and", "&", "ir"}
# titles inside a namesake's name, between the venue's word and the name
_NAMESAKE_TITLES = {"доктор", "доктора", "dr", "doctor", "профессор", "професор", "professor",
                    "святого", "святої", "св", "saint", "st", "šv", "sv", "daktaras"}
_OPEN_QUOTES, _CLOSE_QUOTES = "«“„\"", "»”“\""


def _not_a_person(tokens: list[Token], span: list[int]) -> bool:
    """A quoted word is a brand ("„Senukus“", a word inside «Иван да Марья»); a name after
    a street word is the street's ("вулиці Тараса Шевченка", "улица Пушкина"), after «имени»
    a place's, after a work an author's («роман Пелевина»), after a shop or a boat its name
    («магазин Иван да Марья»), and so is a name joined to such a name by "and"."""
    first = tokens[span[0]]
    if first.raw.strip()[:1] in "«\"“„'" or _inside_quotes(tokens, span[0]):
        return True
    after = span[-1] + 1
    if after < len(tokens) and tokens[after].turn == first.turn \
            and not tokens[span[-1]].clause_end and (
                tokens[after].norm in _PRODUCT_WORDS
                or (tokens[after].norm in _VENUES and tokens[after].norm.isascii())):
        return True  # "the Victoria bundle", "the Queen Victoria boat": a thing's name
    before = span[0] - 1
    if before > 0 and tokens[before].norm in _NAMESAKE_TITLES \
            and tokens[before - 1].turn == first.turn:
        before -= 1  # «в аптеке Доктор Столетов», "the St Thomas hospital": a title between
    if before > 0 and tokens[before].norm in _TITLE_JOINERS \
            and tokens[before - 1].turn == first.turn and not tokens[before - 1].clause_end:
        before -= 2  # «Иван да Марья»: the title goes on through the first name
    return before >= 0 and tokens[before].turn == first.turn \
        and tokens[before].norm in _NAMESAKE_BEFORE


_LOANS = frozenset(fold(word) for word in LOAN_WORDS)


def _borrowed_title(tokens: list[Token], span: list[int]) -> bool:
    """A name borrowed, returned or overdue is a book's or film's title: the loan verb just
    before it, or the verb or "overdue" within five words after it in its clause."""
    first, last = tokens[span[0]], tokens[span[-1]]
    before = span[0] - 1
    if before >= 0 and tokens[before].turn == first.turn and tokens[before].norm in _LOANS:
        return True
    for position in range(span[-1] + 1, min(len(tokens), span[-1] + 6)):
        if tokens[position].turn != last.turn:
            return False
        if tokens[position].norm in _LOANS or tokens[position].norm.startswith(LOAN_LATE_STEMS):
            return True
        if tokens[position].clause_end:
            return False
    return False


def _inside_quotes(tokens: list[Token], position: int) -> bool:
    """A word after an opening quote not yet closed in its turn («Иван да Марья»?)."""
    cursor = position - 1
    while cursor >= 0 and tokens[cursor].turn == tokens[position].turn:
        raw = tokens[cursor].raw.strip()
        if raw[-1:] in _CLOSE_QUOTES and raw[:1] not in _OPEN_QUOTES:
            return False
        if raw[:1] in _OPEN_QUOTES and raw.rstrip(".,;:!?…")[-1:] not in _CLOSE_QUOTES:
            return True
        cursor -= 1
    return False


def _free_names(tokens: list[Token], language: str, protected: set[int]) -> list[Finding]:
    """Names without a cue: Name+Patronymic, Name+Surname pairs, Lithuanian surnames,
    English first name + surname."""
    findings = []
    # Typed or Whisper-style turns (a capital after the first word) capitalise names; ASR
    # output in lower case gives no such evidence.
    cased = dict.fromkeys((t.turn for t in tokens if t.index > 0 and t.raw[:1].isupper()), True)
    position = 0
    while position < len(tokens):
        if position in protected:
            position += 1
            continue
        token = tokens[position]
        nxt = tokens[position + 1] if position + 1 < len(tokens) else None
        same = nxt is not None and nxt.turn == token.turn and not token.clause_end
        span: list[int] = []
        capitalised = not cased.get(token.turn) or (
            token.raw.strip(_PUNCT)[:1].isupper() and nxt is not None
            and nxt.raw.strip(_PUNCT)[:1].isupper() and nxt.raw[:1] not in "«\"“'")
        if (language in ("ru", "uk") and same and nxt is not None
                and (token.norm.isalpha() or _hyphenated(token.norm))
                and token.norm not in NOT_NAME and capitalised and (
                    _slavic_pair(token, nxt, language)
                    or (cased.get(token.turn) and nxt.norm.isalpha() and nxt.norm not in NOT_NAME
                        and (_top_name_tag(token.norm, language) == "Name"
                             or (token.index > 0
                                 and tokens[position - 1].raw.strip()[-1:] not in ".!?…"
                                 and _name_reading(token.norm, language)
                                 & _reading_cases(nxt.norm, language, "Surn")))))):
            # (in cased text a capitalised word after a first name is its surname: "Ярослав Гусь")
            span = [position, position + 1]
            third = position + 2
            if (not nxt.clause_end and third < len(tokens)
                    and tokens[third].turn == token.turn and tokens[third].norm not in NOT_NAME
                    and (_top_name_tag(tokens[third].norm, language) in ("Surn", "Patr")
                         or (_top_name_tag(nxt.norm, language) == "Patr"
                             and tokens[third].norm not in NOT_NAME and (
                                 tokens[third].raw.strip(_PUNCT)[:1].isupper()
                                 if cased.get(token.turn) else
                                 tokens[third].norm.isalpha()
                                 and (not _known(tokens[third].norm, language) or bool(
                                     _reading_cases(tokens[third].norm, language, "Surn"))
                                      or _shaped_like_surname(tokens[third].norm, language)))))):
                # (a capitalised word after name + patronymic is the surname: "Зайцев")
                span.append(third)
        # (in a cased turn a surname is capitalised: "Kodėl nuskaitė 70 €?" has a verb)
        if not span and _lt_surname(token.norm) and (
                token.raw.strip(_PUNCT)[:1].isupper()
                or (language == "lt" and not cased.get(token.turn))):
            span = [position]
            # (an unlisted word shaped like a first name is one only when capitalised:
            # "teisingas jankauskaite" is "correct: jankauskaite")
            if position > 0 and _lt_first_beside(tokens[position - 1], cased) \
                    and tokens[position - 1].turn == token.turn \
                    and not tokens[position - 1].clause_end:
                span.insert(0, position - 1)
            elif same and nxt is not None and _lt_first_beside(nxt, cased) \
                    and not _lt_surname(nxt.norm):
                span.append(position + 1)  # surname first: "navickas lukas"
        if not span and token.norm in EN_FIRST and same and nxt is not None and (
            nxt.norm in EN_SURNAMES or (nxt.raw[:1].isupper() and nxt.norm not in NOT_NAME
                                        and token.raw[:1].isupper())
        ):
            span = [position, position + 1]
        if not span and same and nxt is not None and nxt.norm in EN_FIRST and (
            token.norm in EN_SURNAMES or (
                cased.get(token.turn) and token.raw.strip(_PUNCT)[:1].isupper()
                and nxt.raw.strip(_PUNCT)[:1].isupper() and _alpha(token.norm)
                and token.norm not in NOT_NAME and token.index > 0)
        ):
            span = [position, position + 1]  # surname first: "Miller James", "Okafor Oliver"
        if not span and language == "en" and same and nxt is not None and _en_pair(
                tokens, position, bool(cased.get(token.turn))):
            span = [position, position + 1]
        if not span and token.norm in LT_FIRST and same and nxt is not None and (
            _lt_surname(nxt.norm) or (
                language == "lt" and cased.get(token.turn)
                and token.raw.strip(_PUNCT)[:1].isupper() and nxt.raw.strip(_PUNCT)[:1].isupper()
                and _alpha(nxt.norm) and nxt.norm not in NOT_NAME
                and nxt.norm not in LT_NOT_SURNAME and nxt.norm.endswith(_LT_FIRST_ENDINGS))
        ):
            span = [position, position + 1]  # (cased: "Žygimantas Bružas", a rarer surname)
        if not span and language == "lt" and same and nxt is not None and _lt_listed_first(
                token.norm) and _lt_inflected_surname(nxt.norm):
            span = [position, position + 1]  # "dovydui adomaičiui", "su Roku Tamošiūnu"
        if not span and cased.get(token.turn) and token.index > 0 and _lone_first_name(
            tokens, position, language
        ):
            span = [position]
        if not span and _opening_name(tokens, position, language):
            span = [position]
        if span and (letters := _spelled_after(tokens, span[-1])):
            span += list(range(span[-1] + 1, span[-1] + 1 + letters))
        elif not span and (letters := _spelled_after(tokens, position)):
            # "dorota wisniewska w i s n i e w s k a": a word spelled out is a name
            span = [position, *range(position + 1, position + 1 + letters)]
            before = position - 1
            if before >= 0 and tokens[before].turn == token.turn \
                    and not tokens[before].clause_end and _plain_name_word(tokens, before, "en") \
                    and (tokens[before].norm in EN_FIRST or tokens[before].norm in LT_FIRST
                         or _en_unknown(tokens[before].norm)):
                span.insert(0, before)
        if protected.intersection(span) or (span and _not_a_person(tokens, span)):
            span = []
        if span:
            findings.append(Finding("PERSON", _pieces(tokens, span)))
            position = span[-1] + 1
        else:
            position += 1
    return findings
