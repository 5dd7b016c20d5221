"""The PERSON detector: the cue rules (``names``), then names said without a cue
(``name_memory``), then names the dialogue gives away (``name_dialogue``), then every later
mention of a name found. Each finder sees what the earlier ones found, so none repeats another.
"""

from __future__ import annotations

import itertools

from speechqa.redact.lexicon import HESITATION
from speechqa.redact.name_dialogue import (
    echoed_names,
    embossed_names,
    named_before_birth_date,
)
from speechqa.redact.name_memory import (
    _BUSINESS_WORDS,
    _EN_COMMON_NAMES,
    _LT_COMMON_NAMES,
    _RU_COMMON_NAMES,
    _THANKS,
    _UK_COMMON_NAMES,
    _en_surname,
    _lt_surname_any_case,
    _patronymic,
    call_level_names,
    not_business_names,
)
from speechqa.redact.name_memory import _GREETINGS as _SIGN_ON
from speechqa.redact.name_morphology import _morph
from speechqa.redact.name_surnames import (
    cued_word_names,
    lt_double_surnames,
    printed_holder_names,
    titled_surnames,
    with_surname_after,
)
from speechqa.redact.name_things import names_a_thing
from speechqa.redact.names import (
    _GENDERED_SURNAME,
    _GREETINGS,
    _NAMESAKE_BEFORE,
    _PETS,
    _TITLE_JOINERS,
    _borrowed_title,
    _en_unknown,
    _listed_first_name,
    _lt_common_word,
    _lt_first,
    _lt_surname,
    _name_forms,
    _not_a_person,
    _repeated_names,
    _sentence_start,
    cued_person_findings,
    phonetic_spellings,
)
from speechqa.redact.tokens import Finding, Token, _pieces, _positions, phrase_at


def person_findings(tokens: list[Token], language: str) -> list[Finding]:
    """Every PERSON finding of a call, in any case form."""
    findings, protected, position_of = cued_person_findings(tokens, language)
    findings = not_business_names(tokens, findings, position_of)
    findings += [found for found in call_level_names(tokens, language, findings, protected,
                                                      position_of)
                 if not _not_a_person(tokens, _positions(found.pieces, position_of))]
    taken = _cells(findings)
    findings += [found for found in echoed_names(tokens, language, protected)
                 + named_before_birth_date(tokens, language, protected)
                 + embossed_names(tokens, language, protected)
                 if not found.cells & taken]
    findings += _repeated_names(tokens, findings, language, protected, position_of)
    spellings = phonetic_spellings(tokens)
    spelled = _cells(spellings)
    # the code words of a spelling ("О как Ольга") are letters of the name, no one else
    findings = [found for found in findings if not found.cells <= spelled]
    findings = [found for found in findings if not _not_a_name(
        tokens, _positions(found.pieces, position_of), language)
        and not _firm_and_greeter(tokens, _positions(found.pieces, position_of), language)]
    taken = _cells(findings)
    findings += [found for found in signed_names(tokens, language)
                 if not found.cells & taken]
    taken = _cells(findings)
    for found in printed_holder_names(tokens, language) + lt_double_surnames(tokens, language) \
            + titled_surnames(tokens, language) + cued_word_names(tokens, language):
        if not found.cells & taken:
            findings.append(found)
            taken |= found.cells
    findings = [with_surname_after(tokens, _with_surname_beside(tokens, found, language,
                                                                position_of),
                                   language, position_of)
                for found in findings]
    agent_names = {tokens[p].norm for p in _agent_reintroductions(tokens, language)}
    things = [found for found in findings
              if _named_thing(tokens, _positions(found.pieces, position_of), language)]
    # the pet's or the show's name again in another case («прививка у Маргариты»)
    thing_forms = {form for found in things for p in _positions(found.pieces, position_of)
                   for form in _name_forms(tokens[p].norm, language)}
    findings = [found for found in findings if found not in things and not all(
        _name_forms(tokens[p].norm, language) & thing_forms
        for p in _positions(found.pieces, position_of))
        and not _off_the_phone(tokens, _positions(found.pieces, position_of))
        and not all(tokens[p].norm in agent_names
                    for p in _positions(found.pieces, position_of))]
    return spellings + _without_named_things(tokens, findings, language, position_of)


def _without_named_things(tokens: list[Token], findings: list[Finding], language: str,
                          position_of: dict[tuple[int, int], int]) -> list[Finding]:
    """The findings less the names of things (``name_things``), and less a later mention
    of a name whose first mention in the call named a thing ("The Elizabeth line was down
    ... the Elizabeth was packed"): a name is a thing or a person each time it is said.
    A name first said of a person keeps its later mentions, though one of them may be a
    thing by its own words («мене звати Марія Гнатюк» ... «сир «Марія»»)."""
    spans = [_positions(found.pieces, position_of) for found in findings]
    things = [names_a_thing(tokens, span, language) for span in spans]
    first_said: dict[str, tuple[int, bool]] = {}
    for span, thing in sorted(zip(spans, things, strict=True)):
        for form in (form for p in span for form in _name_forms(tokens[p].norm, language)):
            first_said.setdefault(form, (span[0], thing))
    def thing_before(span: list[int]) -> bool:
        return all(any(first_said[form][1] and first_said[form][0] < span[0]
                       for form in _name_forms(tokens[p].norm, language) if form in first_said)
                   for p in span)

    return [found for found, span, thing in zip(findings, spans, things, strict=True)
            if not thing and not thing_before(span)]


# how a live agent names herself after a voice bot handed the call over ("Hi, it's
# Callum, the robot didn't keep the number", «Здравствуйте, это Эдуард, живой оператор»)
_SELF_OPENERS = (("it's",), ("its",), ("this", "is"), ("my", "name", "is"), ("это",),
                 ("меня", "зовут"), ("це",), ("мене", "звати"), ("čia",), ("cia",),
                 ("mano", "vardas"))
_HELLOS = _SIGN_ON | _GREETINGS | {"день", "diena", "hey"}


def _agent_reintroductions(tokens: list[Token], language: str) -> set[int]:
    """The agent's own first name where a later agent turn opens with a greeting and a
    self-introduction (the opening turn is read by ``names``): after a bot or a transfer
    the live agent names herself, and agents' names are not the caller's PII."""
    found = set()
    for position, token in enumerate(tokens):
        if token.role != "agent" or token.turn == 0 or token.index != 0:
            continue
        cursor = position
        while cursor < len(tokens) and tokens[cursor].turn == token.turn \
                and tokens[cursor].norm in _HELLOS:
            cursor += 1
        opener = next((phrase for phrase in _SELF_OPENERS if cursor < len(tokens)
                       and tokens[cursor].turn == token.turn
                       and phrase_at(tokens, cursor, phrase)), None)
        name = cursor + len(opener) if opener else None
        if name is not None and name < len(tokens) and tokens[name].turn == token.turn \
                and (cursor > position or tokens[name].clause_end) \
                and not tokens[name].raw.rstrip().endswith("?") \
                and _listed_first_name(tokens[name], language):
            # (not "Добрый день, это Ольга?": an outbound agent asking for the customer)
            found.add(name)
    return found


# the caller's apology or "where was I" closing an aside inside a number they dictate
_ASIDE_ENDS = {"извините", "простите", "вибачте", "пробачте", "atsiprašau", "atsiprasau",
               "sorry", "коллега", "колега", "kolega"}


def _off_the_phone(tokens: list[Token], span: list[int]) -> bool:
    """A lone first name said in an aside while the caller dictates a number (digits
    before it and after it in the same turn, the caller saying sorry or pausing between):
    a child or a colleague spoken to in the room («2200 0312 Па-ап, можно мультики?
    Сейчас, Сонечка, подожди! Извините. 1800 9354»), no party to the call."""
    if len(span) != 1:
        return False
    turn = tokens[span[0]].turn
    first = span[0] - tokens[span[0]].index
    same = range(first, next((p for p in range(span[0], len(tokens)) if tokens[p].turn != turn),
                             len(tokens)))
    before = [p for p in same if p < span[0]]
    after = [p for p in same if p > span[0]]
    resumed = next((p for p in after if tokens[p].number is not None), None)
    if resumed is None or not any(tokens[p].number is not None for p in before):
        return False
    last_digit = max(p for p in before if tokens[p].number is not None)
    aside = range(last_digit + 1, resumed)
    # (the caller turns back to the agent before going on: "... sorry", «где я была»; a
    # name followed at once by digits is whose number it is: «номер мужа Лёши 8 902 ...»)
    return span[0] - last_digit <= 8 and resumed - span[0] >= 3 and any(
        tokens[p].pause or tokens[p].norm in _ASIDE_ENDS for p in aside)


def _cells(findings: list[Finding]) -> set[tuple[int, int]]:
    return set().union(*(found.cells for found in findings))


_VERB_POS = {"INFN", "VERB", "PRTS", "GRND"}
# first names that are also the words a thing's name follows («Роман Шестаков», not a novel)
_COMMON_NAMES = _EN_COMMON_NAMES | _LT_COMMON_NAMES | _RU_COMMON_NAMES | _UK_COMMON_NAMES
# a pet's name given: «кошку зовут Маргарита», "the dog's called Rex", „katinas vardu Rainis“
_CALLED = {"зовут", "звать", "звати", "кличут", "кличка", "called", "named", "vardu",
           "называется", "називається", "vadinasi"}
# a show's time asked or given: «а Анну Каренину когда дают?», „o Eglę kada rodo?“
_WHEN = {"когда", "коли", "kada", "when"}
_SHOWN = {"дают", "идет", "идёт", "показывают", "показують", "йде", "іде", "rodo", "rodys",
          "vyksta", "on"}


# a letter's or chat's sign-off before the writer's name: «С уважением, ...», "Cheers, ..."
_SIGN_OFFS = {"уважением", "повагою", "pagarbiai", "regards", "cheers", "wishes"}
# a voicemail's "it's <name> thanks": «это гена сомов спасибо», "it's gaz pryce thanks bye"
_IT_IS = {"это", "це", "it's", "its", "čia", "cia"}


def signed_names(tokens: list[Token], language: str) -> list[Finding]:
    """A customer's name closing a chat message after a sign-off, or said in a voicemail
    between "it's" and the thanks: a diminutive there («Гена», "Gaz") is on no list, so
    the surname's shape, or a listed first name, vouches for the pair."""
    found = []
    for position, token in enumerate(tokens[:-1]):
        if token.role != "customer":
            continue
        pair = [p for p in (position + 1, position + 2)
                if p < len(tokens) and tokens[p].turn == token.turn
                and tokens[p].norm.replace("'", "").isalpha() and tokens[p].number is None]
        if len(pair) != 2 or tokens[pair[0]].clause_end:
            continue
        after = pair[-1] + 1
        closes = after >= len(tokens) or tokens[after].turn != token.turn
        signed = token.norm in _SIGN_OFFS and token.raw.rstrip().endswith(",") and closes
        thanked = token.norm in _IT_IS and not closes and tokens[after].norm in _THANKS
        if (signed or thanked) and (_surname_shaped(tokens[pair[1]], language)
                                    or _listed_first_name(tokens[pair[0]], language)):
            found.append(Finding("PERSON", _pieces(tokens, pair)))
    return found


def _surname_shaped(token: Token, language: str) -> bool:
    if language in ("ru", "uk"):
        return bool(_GENDERED_SURNAME.search(token.norm)) and len(token.norm) > 4
    if language == "lt":
        return _lt_surname_any_case(token.raw.strip(".,;:!?").lower())
    return _en_surname(token) or token.raw[:1].isupper()


def _with_surname_beside(tokens: list[Token], found: Finding, language: str,
                         position_of: dict[tuple[int, int], int]) -> Finding:
    """A Slavic first name or patronymic found without the surname beside it, when that
    surname is also a word («аркадий петрович сомов», «верочка лапина», «Сомов Геннадий»
    opening the turn): a surname's ending next to a name is the surname, not catfish."""
    if language == "lt" and len(found.pieces) == 1:
        return _lt_first_name_beside(tokens, found, position_of)
    if language not in ("ru", "uk") or len(found.pieces) != 1:
        return found
    span = _positions(found.pieces, position_of)
    first, last = tokens[span[0]], tokens[span[-1]]

    def surname(position: int, turn: int) -> bool:
        token = tokens[position]
        return token.turn == turn and token.number is None and token.norm.isalpha() \
            and _surname_shaped(token, language) and not _listed_first_name(token, language) \
            and not token.norm.endswith(("ск", "цк")) \
            and _morph(language).parse(token.norm)[0].tag.POS != "ADJF" \
            and not predicate(position)
        # (not the agent «... алина», nor «лицевой» счёт, nor «перевипуск»)

    def predicate(position: int) -> bool:
        """«иван петрович готов подъехать»: a short adjective before a verb says what the
        person is, it is no surname."""
        nxt = position + 1
        return _morph(language).parse(tokens[position].norm)[0].tag.POS == "ADJS" \
            and nxt < len(tokens) and tokens[nxt].turn == tokens[position].turn \
            and _morph(language).parse(tokens[nxt].norm)[0].tag.POS in _VERB_POS

    after = span[-1] + 1
    if after < len(tokens) and not last.clause_end and surname(after, last.turn) and (
            _patronymic(last.norm, language) or _listed_first_name(last, language)):
        span = [*span, after]
    before = span[0] - 1
    if before >= 0 and tokens[before].index == 0 and not tokens[before].clause_end \
            and surname(before, first.turn) and _listed_first_name(first, language):
        span = [before, *span]
    return Finding(found.type, _pieces(tokens, span))


def _lt_first_name_beside(tokens: list[Token], found: Finding,
                          position_of: dict[tuple[int, int], int]) -> Finding:
    """A Lithuanian surname found alone, with a word shaped like a first name beside it in
    the turn ("kitas vairuotojas novikovas aleksandras", "mano kolega aleksandras
    novikovas"): the caller gave the whole name, the first name is as much PII. A role noun
    before the name ("vairuotojas", "kolega") is not its first name."""
    span = _positions(found.pieces, position_of)
    if len(span) != 1:
        return found
    after = span[0] + 1
    if _lt_first(tokens[span[0]].norm) and not tokens[span[0]].clause_end \
            and after < len(tokens) and tokens[after].turn == tokens[span[0]].turn \
            and "-" in tokens[after].norm and _lt_surname(tokens[after].norm.split("-")[0]):
        return Finding(found.type, _pieces(tokens, [*span, after]))  # "Ieva Paulauskaitė-Kim"
    if not _lt_surname(tokens[span[0]].norm):
        return found
    surname = tokens[span[0]]

    def first_name(position: int) -> bool:
        if not 0 <= position < len(tokens):
            return False
        token = tokens[position]
        return token.turn == surname.turn and token.number is None \
            and _lt_first(token.norm) and not _lt_surname(token.norm) \
            and not _lt_common_word(token) \
            and token.norm not in _LT_ROLE_NOUNS and not token.norm.endswith(_LT_ROLE_ENDINGS)

    before = span[0] - 1
    if not surname.clause_end and first_name(after):
        span = [*span, after]
    elif first_name(before) and not tokens[before].clause_end:
        span = [before, *span]
    return Finding(found.type, _pieces(tokens, span))


# who a named person is to the caller, said before the name: not a first name
_LT_ROLE_NOUNS = {"kolega", "kolege", "draugas", "drauge", "kaimynas", "kaimyne", "vadovas",
                  "vadove", "sesuo", "brolis", "vyras", "zmona", "sunus", "dukra", "mama",
                  "tetis", "senelis", "senele", "anuke", "anukas", "pone", "ponia", "ponas"}
# agent nouns ("vairuotojas", "savininkas", "mokytoja")
_LT_ROLE_ENDINGS = ("tojas", "toja", "ininkas", "ininke", "ejas", "eja")


def _named_thing(tokens: list[Token], span: list[int], language: str) -> bool:
    """A name that names a thing, not a person, found by a finder that did not look: it
    starts with the word it names («стеллаж Билли», „namelis Jūratė“, «мокоsi Čiurlionio»),
    follows a firm's form or runs into a firm's tail («ООО Михаил Светлов и партнёры»,
    "Ada Lovelace Consulting"), names a pet («кошку зовут Маргарита») or a show whose time
    is asked («а Марусю Чурай коли показують?»)."""
    first, last = tokens[span[0]], tokens[span[-1]]
    if (first.norm in _NAMESAKE_BEFORE or first.norm in _PETS) and len(first.norm) > 2 \
            and len(span) > 1 and not _listed_first_name(first, language) \
            and first.norm not in _COMMON_NAMES and not (
                language in ("ru", "uk") and first.norm.isalpha() and any(
                    "Name" in parse.tag and parse.normal_form in _COMMON_NAMES
                    for parse in _morph(language).parse(first.norm))):
        return True  # (not «Роман Шестаков», «розы Белой»: a first name that is also a word)
    same_turn = [p for p in range(max(0, span[0] - 3), min(len(tokens), span[-1] + 4))
                 if tokens[p].turn == first.turn]
    before = [tokens[p].norm for p in same_turn if p < span[0]]
    after = [tokens[p].norm for p in same_turn if p > span[-1]]
    if before and before[-1] in _BUSINESS_WORDS:
        return True
    if not last.clause_end and after and (after[0] in _BUSINESS_WORDS or (
            after[0] in _TITLE_JOINERS and len(after) > 1 and after[1] in _BUSINESS_WORDS)):
        return True
    if before and before[-1] in _CALLED and any(
            word in _PETS or word in _NAMESAKE_BEFORE for word in before):
        return True  # («кошку зовут Маргарита», "the club is called Agatha Christie")
    if before and before[-1] in ("when's", "when") and after and after[0] == "on":
        return True  # "when's Hamlet on?"
    # (the title's next word may be no name: «Наталку Полтавку коли показують»)
    return any(word in _WHEN and nxt in _SHOWN for word, nxt in itertools.pairwise(after[:3]))


def _firm_and_greeter(tokens: list[Token], span: list[int], language: str) -> bool:
    """In the agent's opening the firm's name comes first and the agent's own name just
    before the greeting ("детский лагерь сосновый бор денис здравствуйте", „Derinimas
    „Kamertonas“, Austėja, laba diena“): neither is the caller's, and agents' names are
    never PII. A name said first («Иван Петрович, здравствуйте») addresses the caller."""
    first = tokens[span[0]]
    rest = [t for t in tokens[span[-1] + 1:] if t.turn == 0]
    if first.turn != 0 or first.role != "agent" or not rest or (
            first.index > 0 and tokens[span[0] - 1].norm in _GREETINGS | _THANKS):
        return False  # («Спасибо, Ольга Ивановна, всего доброго»: the caller thanked)
    greeting = next((i for i, t in enumerate(rest) if t.norm in _GREETINGS | _SIGN_ON), None)
    if greeting is None or greeting > 1 or not all(
            t.norm in _GREETINGS | _SIGN_ON for t in rest[greeting:]):
        return False
    # (the firm first in the turn only with the agent's name after it)
    return (first.index > 0 and greeting == 0) or _listed_first_name(rest[0], language)



def _not_a_name(tokens: list[Token], span: list[int], language: str) -> bool:
    """Hesitations and the titles of books borrowed are never names; an English dictionary
    word opening a sentence inside a turn is capitalised because it opens it ("See you near
    the pub"), not because it names someone."""
    if all(HESITATION.match(tokens[p].norm) for p in span) or _borrowed_title(tokens, span):
        return True
    if language != "en" or len(span) != 1:
        return False
    token = tokens[span[0]]
    # (not a turn's first word nor one before a comma: "Mitchell, that's M-I-...", "Jim, can I")
    return token.index > 0 and not token.raw.rstrip().endswith(",") \
        and _sentence_start(tokens, span[0]) and token.raw[:1].isupper() \
        and not _en_unknown(token.norm) and not _listed_first_name(token, language)
