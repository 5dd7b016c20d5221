"""Surnames that are also everyday words, found beside a first name by grammar.

A surname such as «Соловей», «Зима», «Белая», «Голубь», „Ąžuolas“, „Paukštys“ or "Fox" is
a dictionary word, so no list vouches for it and the finders stop at the first name («я
вера | соловей»). Said right after a first name it is the surname when it agrees with
it: in Russian and Ukrainian a noun or adjective in a case the first name is in («надежду
зиму», «розы белой», «станислава ворону»), or a woman's surname that is a masculine noun
and does not decline («Любови Голубь»); in Lithuanian a word whose ending is of the same
case as the first name's („Vytauto Lapino“, „Jonu Ąžuolu“). In typed text the surname is
capitalised too. An English first name that is also a word ("Will", "Joy") is taken in
before the surname found after it when the words before are the card's print ("The card
says Will Hunter").

The card holder's name read off the card after the agent asked for it («на ней надежда
зима», „kortelėje parašyta jonas ąžuolas“) is a name by its place, so its first name may
be a word too.
"""

from __future__ import annotations

from speechqa.redact.lexicon import EN_FIRST, EN_SURNAMES, LT_FIRST, NOT_NAME, _words
from speechqa.redact.name_memory import (
    _EN_COMMON_NAMES,
    _LT_COMMON_NAMES,
    _RU_COMMON_NAMES,
    _UK_COMMON_NAMES,
)
from speechqa.redact.name_morphology import _morph
from speechqa.redact.names import (
    _LT_VERB_ENDINGS,
    _PETS,
    _listed_first_name,
    _lt_listed_first,
    _lt_nominatives,
)
from speechqa.redact.tokens import (
    _PUNCT,
    Finding,
    Token,
    _is_cue,
    _match_any,
    _phrase_lists,
    _pieces,
    _positions,
    phrase_at,
)

_COMMON_NAMES = _RU_COMMON_NAMES | _UK_COMMON_NAMES | _LT_COMMON_NAMES
_CASES = {"nomn", "gent", "datv", "accs", "ablt", "loct", "voct"}
# Lithuanian endings (folded) and the cases they may mark in a name: "-o" of "Vytauto" is
# a genitive, "-u" of "Jonu" an instrumental (or a plural genitive), "-a" of "Vytautą" an
# accusative, "-ės" of "Saulės" a genitive.
_LT_ENDING_CASES = (
    ("iaus", {"gen"}), ("aus", {"gen"}), ("ius", {"nom"}), ("as", {"nom"}), ("is", {"nom"}),
    ("ys", {"nom"}), ("us", {"nom"}), ("iau", {"voc"}), ("io", {"gen"}), ("o", {"gen"}),
    ("os", {"gen"}),
    ("es", {"gen"}), ("iui", {"dat"}), ("ui", {"dat"}), ("ai", {"dat", "voc"}),
    ("ei", {"dat"}), ("iumi", {"ins"}), ("umi", {"ins"}), ("iu", {"ins"}),
    ("u", {"ins", "acc"}), ("au", {"voc"}), ("a", {"nom", "acc", "ins"}),
    ("e", {"nom", "acc", "ins", "loc", "voc"}), ("i", {"acc", "voc"}),
)
_LT_ENDINGS_LONGEST_FIRST = sorted(_LT_ENDING_CASES, key=lambda pair: -len(pair[0]))
# words in a customer's answer after which the card's print follows: «на ней ...», "the card
# says ...", „kortelėje parašyta ...“
_PRINT_LEADS = (("на", "ней"), ("на", "ній"), ("написано",), ("says",), ("reads",),
                ("parašyta",), ("parasyta",), ("на", "картке"), ("на", "карті"))
_HOLDER_ASKED = ("как на карте", "как на карточке", "як на картці", "kaip parašyta kortelėje",
                 "kaip parasyta korteleje", "as it appears on the card", "name on the card",
                 "держатель карты", "власник картки", "kortelės savininkas",
                 "korteles savininkas")


def with_surname_after(tokens: list[Token], found: Finding, language: str,
                       position_of: dict[tuple[int, int], int]) -> Finding:
    """The finding with the surname after its last word taken in, when that word is a
    first name and the next one agrees with it as a surname (see the module's docstring);
    an English surname found alone takes in the first name before it after the card's
    words."""
    span = _positions(found.pieces, position_of)
    last = span[-1]
    after = last + 1
    if after < len(tokens) and _surname_agrees(tokens, last, after, language):
        return Finding(found.type, _pieces(tokens, [*span, after]))
    before = span[0] - 1
    if language == "en" and len(span) <= 2 and before >= 1 \
            and tokens[before].turn == tokens[span[0]].turn \
            and tokens[before - 1].turn == tokens[before].turn \
            and tokens[before - 1].norm in {"says", "reads", "is"} \
            and tokens[before].norm in EN_FIRST | _EN_COMMON_NAMES \
            and tokens[span[-1]].norm in EN_SURNAMES:
        return Finding(found.type, _pieces(tokens, [before, *span]))
    return found


def printed_holder_names(tokens: list[Token], language: str) -> list[Finding]:
    """The holder's name the caller reads off the card after the agent asked for it as it
    is printed: a first name (any, a word too) and the surname agreeing with it closing the
    answer after «на ней», "says", „parašyta“."""
    found = []
    asked = _holder_asked(tokens)
    for position, token in enumerate(tokens):
        if token.role != "customer" or token.turn - 1 not in asked:
            continue
        lead = next((phrase for phrase in _PRINT_LEADS if phrase_at(tokens, position, phrase)),
                    None)
        if lead is None:
            continue
        first = position + len(lead)
        if first >= len(tokens) or tokens[first].turn != token.turn \
                or not _first_name_any(tokens[first], language):
            continue
        span = [first]
        while span[-1] + 1 < len(tokens) and len(span) < 3 and (
                _surname_agrees(tokens, span[-1], span[-1] + 1, language, any_first=True)
                or (language == "en" and _en_middle(tokens, span[-1] + 1))):
            span.append(span[-1] + 1)
        ends = span[-1] + 1 >= len(tokens) or tokens[span[-1] + 1].turn != token.turn
        if len(span) > 1 and ends:
            found.append(Finding("PERSON", _pieces(tokens, span)))
    return found


def _holder_asked(tokens: list[Token]) -> set[int]:
    """The agent's turns that ask for the name as the card prints it."""
    texts: dict[int, list[str]] = {}
    for token in tokens:
        if token.role == "agent":
            texts.setdefault(token.turn, []).append(token.norm)
    return {turn for turn, words in texts.items()
            if any(phrase in " ".join(words) for phrase in _HOLDER_ASKED)}


def _first_name_any(token: Token, language: str) -> bool:
    """A first name, one that is also a word («надежда», "joy") included."""
    norm = token.norm
    if language in ("ru", "uk"):
        return norm.isalpha() and any("Name" in parse.tag for parse in _morph(language).parse(norm))
    if language == "lt":
        return _lt_listed_first(norm)
    return norm in EN_FIRST or norm in _EN_COMMON_NAMES


def _en_middle(tokens: list[Token], position: int) -> bool:
    """A middle word of an English name on a card: the turn's last word after it is a
    listed surname ("joy sterling hughes")."""
    nxt = position + 1
    return nxt < len(tokens) and tokens[nxt].turn == tokens[position].turn \
        and tokens[position].norm.isalpha() and tokens[position].norm not in NOT_NAME \
        and tokens[nxt].norm in EN_SURNAMES \
        and (nxt + 1 == len(tokens) or tokens[nxt + 1].turn != tokens[nxt].turn)


def _surname_agrees(tokens: list[Token], first: int, candidate: int, language: str,
                    any_first: bool = False) -> bool:
    """``candidate`` right after the first name at ``first`` reads as its surname."""
    name, word = tokens[first], tokens[candidate]
    if word.turn != name.turn or name.clause_end or word.number is not None \
            or word.norm in NOT_NAME or len(word.norm.replace("-", "")) < 3 \
            or not word.norm.replace("-", "").isalpha():
        return False
    cased = name.raw.strip(_PUNCT)[:1].isupper()
    if cased != word.raw.strip(_PUNCT + "«»“„")[:1].isupper():
        return False  # (typed text capitalises both, ASR neither)
    if _is_cue(tokens, candidate) or _match_any(tokens, candidate, _phrase_lists()["person"]):
        return False  # («Сашко рахунок для виплати», «донька», „telefonas“: what comes next)
    if language in ("ru", "uk"):
        return (any_first or _listed_first_name(name, language)
                or _common_word_name(name.norm, language)) \
            and not _listed_first_name(word, language) \
            and not _role_or_kin(word.norm, language) \
            and _slavic_agree(name.norm, word.norm, language) \
            and (cased or _closes_or_animate(tokens, candidate, language))
    if language == "lt":
        return _lt_listed_first(name.norm) and not _lt_listed_first(word.norm) \
            and not any(form in _LT_ROLE_KIN_OR_TOWN for form in _lt_nominatives(word.norm)) \
            and not word.norm.endswith(_LT_VERB_ENDINGS) \
            and _lt_agree(name.norm, word.norm, cased)
    return False


def _common_word_name(norm: str, language: str) -> bool:
    """A first name that is also a word: «вера», «надежду», «розы»."""
    return norm.isalpha() and any("Name" in parse.tag and parse.normal_form in _COMMON_NAMES
                                  for parse in _morph(language).parse(norm))


def _closes_or_animate(tokens: list[Token], position: int, language: str) -> bool:
    """In unpunctuated ASR text an everyday noun after a first name is its surname only
    where the name ends («записывайте надежда зима», «... надежду зиму мы едем»): the
    turn or the clause ends, or a pronoun or verb follows; a word going on into a phrase
    («фамилия по буквам», «рахунок для виплати») is no surname. A noun naming a living
    being («соловей», «ворону») or an adjective («белая») is one wherever it stands."""
    nxt = position + 1
    if nxt >= len(tokens) or tokens[nxt].turn != tokens[position].turn \
            or tokens[position].clause_end:
        return True
    parse = _morph(language).parse(tokens[position].norm)[0]
    following = _morph(language).parse(tokens[nxt].norm)[0]
    if parse.tag.POS == "ADJF":
        # («надежда последняя квитанция»: the adjective is the next noun's)
        return not (following.tag.POS == "NOUN" and following.tag.case == parse.tag.case
                    and following.tag.gender in (parse.tag.gender, None))
    if "anim" in parse.tag:
        return True
    return following.tag.POS in {"NPRO", "VERB", "INFN", "PRCL", "CONJ"}


# Lemmas of words for what a person is to the caller or does, which say who the person
# is after a name, not their surname («я марина, дочка владельца», «ирина, бухгалтер»)
_ROLE_OR_KIN = _words("""мама мать папа отец дочка дочь сын сынок жена муж сестра брат
бабушка дедушка внук внучка сосед соседка бухгалтер директор клиент клиентка владелец
владелица хозяин хозяйка пациент пациентка менеджер водитель курьер врач юрист опекун
тато батько донька син дружина чоловік бабуся дідусь онук онука сусід сусідка клієнт
клієнтка власник власниця пацієнт пацієнтка водій лікар опікун""")


# the same in Lithuanian (folded nominatives), with the towns a caller says after a name
_LT_ROLE_KIN_OR_TOWN = _words("""klientas kliente pacientas paciente savininkas savininke
vadovas direktorius mama tetis sunus dukra brolis sesuo kaimynas kaimyne vairuotojas
vilnius kaunas klaipeda siauliai panevezys alytus marijampole mazeikiai jonava utena""")


def _role_or_kin(norm: str, language: str) -> bool:
    return any(parse.normal_form in _ROLE_OR_KIN for parse in _morph(language).parse(norm)[:2])


def _slavic_agree(first: str, word: str, language: str) -> bool:
    """Russian/Ukrainian: a noun or adjective in a case of the first name (an adjective of
    its gender too), or a masculine noun after a woman's name («Любови Голубь»)."""
    if "-" in word:
        return False
    morph = _morph(language)
    names = [p for p in morph.parse(first) if "Name" in p.tag and "plur" not in p.tag]
    parses = [p for p in morph.parse(word)[:4] if p.score >= 0.05 or language == "uk"]
    if not names or not parses or parses[0].tag.POS not in ("NOUN", "ADJF") \
            or {"Name", "Patr", "Apro"} & parses[0].tag.grammemes:
        return False
    name_cases = {case for p in names for case in p.tag.grammemes & _CASES}
    genders = {p.tag.gender for p in names}
    for parse in parses:
        case = parse.tag.grammemes & _CASES
        if parse.tag.POS == "NOUN" and "plur" not in parse.tag and case & name_cases:
            return True
        if parse.tag.POS == "ADJF" and "plur" not in parse.tag and case & name_cases \
                and parse.tag.gender in genders:
            return True
        if parse.tag.POS == "NOUN" and "masc" in parse.tag and "anim" in parse.tag \
                and "nomn" in parse.tag and genders == {"femn"}:
            return True
    return False


def _lt_cases(norm: str) -> set[str]:
    """The cases the longest ending of ``norm`` may mark (a double name by its last half)."""
    norm = norm.split("-")[-1]
    return next((cases for ending, cases in _LT_ENDINGS_LONGEST_FIRST if norm.endswith(ending)),
                set())


def _lt_agree(first: str, word: str, cased: bool) -> bool:
    """Lithuanian: the surname's ending marks a case the first name's may. Unpunctuated
    ASR text gives no capital, so there the two endings must match as a name and surname
    of one case do ("jonas ąžuolas", "vytauto lapino", "jonu ąžuolu"), which a verb or a
    common word after a vocative ("gintare perduosiu") does not."""
    if word in LT_FIRST or not _lt_cases(first) & _lt_cases(word):
        return False
    if cased:
        return True
    last = word.split("-")[-1]
    return any(_lt_ending(first) in group and _lt_ending(last) in group
               for group in _LT_SAME_CASE)


def _lt_ending(norm: str) -> str:
    return next((ending for ending, _cases in _LT_ENDINGS_LONGEST_FIRST if norm.endswith(ending)),
                "")


# endings a first name and its surname share in one case (folded): the masculine
# nominatives, the genitives, then one letter alike (instrumental "-u", accusative "-a")
_LT_SAME_CASE = (("as", "is", "ys", "us", "ius"), ("o", "io", "aus", "iaus"), ("es",), ("u", "iu"),
                 ("a",))


# Titles a lone surname follows («пані Береза», "councillor Fox", "sergeant Price")
_TITLES = {"пан", "пані", "пане", "господин", "госпожа", "господина", "госпожи", "mr", "mrs",
           "ms", "miss", "dr", "councillor", "sergeant", "officer", "inspector", "constable",
           "detective", "professor", "captain", "ponas", "ponia", "pono", "ponios"}


def titled_surnames(tokens: list[Token], language: str) -> list[Finding]:
    """A surname that is also a word said alone after a title: a Russian or Ukrainian
    noun in the nominative («мені телефонувала пані береза»), a listed English surname
    ("a letter from councillor fox"), a capitalised word in typed text."""
    found = []
    for position, token in enumerate(tokens[:-1]):
        word = tokens[position + 1]
        if token.norm not in _TITLES or token.clause_end or word.turn != token.turn \
                or word.number is not None or word.norm in NOT_NAME \
                or not word.norm.isalpha() or len(word.norm) < 3:
            continue
        cased = word.raw.strip(_PUNCT)[:1].isupper()
        if _listed_first_name(word, language) or _first_name_any(word, language) \
                or _quoted(token) or any(
                tokens[p].norm in _PETS for p in range(max(0, position - 3), position)):
            continue  # («Стоматологія «Пані Марія»», "my cat Mr Darcy": a first name, a pet)
        if language in ("ru", "uk"):
            parse = _morph(language).parse(word.norm)[0]
            named = parse.tag.POS == "NOUN" and "nomn" in parse.tag and "plur" not in parse.tag \
                and not _role_or_kin(word.norm, language) \
                and (cased or not any(t.raw[:1].isupper() for t in tokens
                                      if t.turn == word.turn and t.index > 0))
        elif language == "en":
            named = word.norm in EN_SURNAMES
        else:
            named = cased
        if named:
            found.append(Finding("PERSON", _pieces(tokens, [position + 1])))
    return found


def _quoted(token: Token) -> bool:
    return token.raw[:1] in "«\"“„"


def lt_double_surnames(tokens: list[Token], language: str) -> list[Finding]:
    """A Lithuanian double surname („Kairytė-Mockienė“, „Kairytės-Mockienės“): both halves
    in a married or maiden surname's shape and of one case; the capitalised word of the
    same case before it is the first name, a word though it may be („Saulė“)."""
    if language != "lt":
        return []
    found = []
    for position, token in enumerate(tokens):
        halves = token.norm.split("-")
        if len(halves) != 2 or not all(half.isalpha() and len(half) >= 4 for half in halves) \
                or not all(_lt_married_or_maiden(half) for half in halves) \
                or _lt_cases(halves[0]) != _lt_cases(halves[1]):
            continue
        span = [position]
        before = position - 1
        if before >= 0 and tokens[before].turn == token.turn \
                and not tokens[before].clause_end and tokens[before].norm.isalpha() \
                and tokens[before].raw.strip(_PUNCT)[:1].isupper() == \
                token.raw.strip(_PUNCT)[:1].isupper() \
                and _lt_cases(tokens[before].norm) & _lt_cases(halves[0]) \
                and tokens[before].norm not in NOT_NAME:
            span.insert(0, before)
        found.append(Finding("PERSON", _pieces(tokens, span)))
    return found


# a woman's surname (folded, any case): married "-ienė", maiden "-aitė", "-ytė", "-utė"
_LT_WOMENS_SURNAME = ("iene", "ienes", "ienei", "iene", "ienei", "aite", "aites", "yte",
                      "ytes", "ute", "utes")


def _lt_married_or_maiden(norm: str) -> bool:
    return norm.endswith(_LT_WOMENS_SURNAME) and len(norm) >= 5


# Cues after which a third person's full name follows: acting for someone, someone added
# to a booking, someone already spoken to («звоню по просьбе Розы Белой», «впишите ещё
# Надежду Зиму», "I already spoke with Grace Field", "the booking's also for Robin Fox")
_THIRD_PERSON_CUES = (("по", "просьбе"), ("от", "имени"), ("від", "імені"), ("на", "прохання"),
                      ("впишите",), ("впишіть",), ("spoke", "with"), ("spoke", "to"),
                      ("also", "for"), ("on", "behalf", "of"), ("irasykite", "dar"))

_THIRD_PERSON_FIRST_WORDS = {phrase[0] for phrase in _THIRD_PERSON_CUES}


def cued_word_names(tokens: list[Token], language: str) -> list[Finding]:
    """A full name whose first name is also a word («Роза», «Надежда», "Grace", "Robin")
    after a cue that a person follows: the first name and the surname agreeing with it."""
    found = []
    for position, token in enumerate(tokens):
        if token.norm not in _THIRD_PERSON_FIRST_WORDS:
            continue
        cue = next((phrase for phrase in _THIRD_PERSON_CUES
                    if phrase_at(tokens, position, phrase)), None)
        if cue is None:
            continue
        first = position + len(cue)
        while first < len(tokens) and tokens[first].turn == token.turn \
                and tokens[first].norm in {"пожалуйста", "будь", "ласка", "еще", "ще"}:
            first += 1
        second = first + 1
        if second >= len(tokens) or tokens[second].turn != token.turn \
                or not _first_name_any(tokens[first], language):
            continue
        if language == "en":
            named = not tokens[first].clause_end and (tokens[second].norm in EN_SURNAMES or (
                tokens[second].raw[:1].isupper() and tokens[first].raw[:1].isupper()))
        else:
            named = _surname_agrees(tokens, first, second, language, any_first=True)
        if named:
            found.append(Finding("PERSON", _pieces(tokens, [first, second])))
    return found
