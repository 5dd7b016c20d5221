"""Names that name a thing, not a person: a famous person's name given to a venue, a fund,
a school, a line, a building or a product («гостиница Пётр Великий», «фонд Сергія
Притули», «пицца Папа Джонс», "the Elizabeth line", "the Isaac Newton Centre", „Jono
Jablonskio gimnazija“), or a landmark said where a place is ("next to Ted Baker",
«напротив ...»). Any name finder may find such a name by its shape; this says, from the
words around it, that it is no caller, relative or clerk.

Russian and Ukrainian thing words are matched by their dictionary lemma, so every case
form counts («гостиницей», «кінотеатру»); English and Lithuanian ones by their listed forms.
"""

from __future__ import annotations

from speechqa.redact.lexicon import EN_SURNAMES, _words
from speechqa.redact.name_morphology import _morph
from speechqa.redact.numbers import fold
from speechqa.redact.tokens import Token, phrase_at

# Lemmas of the Russian/Ukrainian nouns a name of a place, an institution, a show or a
# product follows: «напротив кинотеатра Юрий Гагарин», «фонд Константина Хабенского»,
# «сир Марія». (Not «компания» nor «линия»: «из компании Иван Петров», «на линии Ольга».)
_THING_LEMMAS = _words("""гостиница отель готель кинотеатр кінотеатр театр музей гимназия
гімназія школа лицей ліцей университет університет библиотека бібліотека стадион стадіон
аэропорт аеропорт вокзал фонд больница лікарня санаторий санаторій пансионат пансіонат
пиццерия піцерія кофейня кав'ярня ресторан бар паб спектакль вистава фильм фільм сериал
серіал мюзикл опера балет премия премія центр комплекс супермаркет гипермаркет бассейн басейн
рынок ринок теплоход теплохід поезд потяг самолет літак""")
# Products a brand named like a person follows in the nominative («сир Марія», «пиццу Папа
# Джонс»); a name in another case after one is whom it is for («передайте торт Марине»).
_PRODUCT_LEMMAS = _words("""сыр сир пицца піца корм кофе кава торт шоколад пиво вино чай
колбаса ковбаса конфета цукерка""")
# The same for English and Lithuanian, as said before the name ("the hotel Astoria",
# „viešbutis Karalius Mindaugas“, „spektaklis Mindaugas“).
_THING_BEFORE = frozenset(fold(word) for word in _words("""spektaklis spektaklio spektaklį
spektaklyje filmas filmo filmą serialas serialo fondas fondo fondą premija premijos
gimnazija gimnazijos gimnaziją gimnazijoje mokykla mokyklos mokyklą mokykloje sūris sūrio
sūrį pica picą picos kava kavos kavą""")) | {"film", "show", "musical", "pizza", "cheese"}
# Nouns after a name that make it a place's or a thing's ("the Mary Seacole building",
# "the Elizabeth line", „Adomo Mickevičiaus salėje“, „Gedimino bokšto“).
_THING_AFTER = frozenset(fold(word) for word in _words("""building buildings centre center
line hall tower school college university library hospital museum stadium station airport
bridge foundation trust award prize memorial academy arena suites suite store shop
jacket coat dress bag handbag shirt shoes trainers perfume watch
salė salės salėje salę bokštas bokšto bokšte bokštą gimnazija gimnazijos gimnaziją
gimnazijoje mokykla mokyklos mokykloje universitetas universiteto universitete ligoninė
ligoninės ligoninėje teatras teatro teatre stotis stoties stotyje tiltas tilto tilte
biblioteka bibliotekos bibliotekoje fondas fondo fonde premija premijos paminklas
paminklo prospektas prospekto"""))
# Prepositions that place a landmark, not a person: "next to Ted Baker", «напротив ...»,
# «біля ...», „šalia ...“, „priešais ...“.
_LANDMARK_BEFORE = (("next", "to"), ("opposite",), ("across", "from"), ("напротив",),
                    ("рядом", "с"), ("рядом", "со"), ("возле",), ("навпроти",), ("біля",),
                    ("поруч", "з"), ("поряд", "з"), ("šalia",), ("priešais",), ("prie",))
_LANDMARK_BEFORE_FOLDED = tuple(tuple(fold(word) for word in phrase)
                                for phrase in _LANDMARK_BEFORE)
# Words that may stand between a thing word and its name: a title or a first word of the
# name that no finder took («пицца Папа Джонс», "the Isaac Newton Centre").
_GAP = 2
_JOINERS = {"and", "&", "и", "і", "та", "ir"}
_QUOTES = "«»\"“„”'.,;:!?"


def names_a_thing(tokens: list[Token], span: list[int], language: str) -> bool:
    """The name at ``span`` is a thing's: a thing word stands just before it (or a word
    or two of the same name away), a place noun just after it (as far), or a landmark's
    preposition just before it."""
    last = tokens[span[-1]]
    if len(span) > 1 and (_thing_word(tokens[span[0]], language)
                          or _place_noun(tokens, span[-1])):
        return True  # the finder took the thing word in: „Spektaklis „Mindaugas““
    before = _name_words_before(tokens, span[0], language)
    if before is not None and (_landmark_before(tokens, before + 1) or (
            _thing_word(tokens[before], language)
            and (not _product_word(tokens[before], language)
                 or _nominative(tokens[span[0]], language)))):
        return True
    if _landmark_before(tokens, span[0]):
        return True
    cursor = span[-1]
    for _ in range(_GAP + 1):
        nxt = cursor + 1
        if nxt >= len(tokens) or tokens[nxt].turn != last.turn or (
                tokens[cursor].clause_end and not _comma_inside_quote(tokens[cursor])):
            return False
        if _place_noun(tokens, nxt):
            return True
        if not _name_gap_word(tokens[nxt], language) and tokens[nxt].norm not in _JOINERS:
            return False  # ("the Victoria and Albert Museum": one name joined by "and")
        cursor = nxt
    return False


def _place_noun(tokens: list[Token], position: int) -> bool:
    """A place noun after a name; one that is also a surname ("Hall") only when it is a
    noun by its small letter in typed text ("Jeremy Hall" is a person, "Jeremy hall" no);
    lower-case ASR text cannot tell them apart."""
    token = tokens[position]
    if token.norm not in _THING_AFTER:
        return False
    cased = any(other.raw[:1].isupper() for other in tokens
                if other.turn == token.turn and other.index > 0)
    return token.norm not in EN_SURNAMES or (cased and token.raw.strip(_QUOTES)[:1].islower())


def _name_words_before(tokens: list[Token], start: int, language: str) -> int | None:
    """The position of the word before a name, stepping back over up to ``_GAP`` words
    that may belong to the same name; None when the turn starts there."""
    position = start - 1
    for _ in range(_GAP + 1):
        if position < 0 or tokens[position].turn != tokens[start].turn \
                or (tokens[position].clause_end and not _comma_inside_quote(tokens[position])):
            return None
        if _thing_word(tokens[position], language) \
                or not _name_gap_word(tokens[position], language):
            return position
        position -= 1
    return None  # (more words than a name's first ones: no thing word stands before it)


def _thing_word(token: Token, language: str) -> bool:
    return token.norm in _THING_BEFORE or (
        language in ("ru", "uk") and token.norm.isalpha()
        and _thing_lemma(token.norm, language, _THING_LEMMAS | _PRODUCT_LEMMAS))


def _product_word(token: Token, language: str) -> bool:
    return language in ("ru", "uk") and token.norm.isalpha() \
        and _thing_lemma(token.norm, language, _PRODUCT_LEMMAS)


def _nominative(token: Token, language: str) -> bool:
    norm = token.norm
    return language not in ("ru", "uk") or not norm.isalpha() or any(
        "nomn" in parse.tag for parse in _morph(language).parse(norm))


def _thing_lemma(norm: str, language: str, lemmas: frozenset[str]) -> bool:
    return any(parse.normal_form.replace("ё", "е") in lemmas
               and parse.tag.POS == "NOUN" and parse.score >= 0.2
               for parse in _morph(language).parse(norm)[:2])


def _landmark_before(tokens: list[Token], start: int) -> bool:
    """A landmark's preposition ends just before ``start`` in the same turn."""
    for phrase in _LANDMARK_BEFORE_FOLDED:
        first = start - len(phrase)
        if first >= 0 and tokens[first].turn == tokens[start].turn \
                and phrase_at(tokens, first, phrase) and not tokens[start - 1].clause_end:
            return True
    # "next to the Marks ...", "by the Mary Seacole building": an article between
    return start >= 1 and tokens[start - 1].norm == "the" and _landmark_before(tokens, start - 1)


def _name_gap_word(token: Token, language: str) -> bool:
    """A word that may be part of a name a finder took only in part: capitalised in typed
    text; in lower-case ASR a noun in the nominative (ru/uk: «пиццу папа джонс») or a word
    longer than a function word (en/lt: "the isaac newton centre")."""
    if token.number is not None or not token.norm.replace("-", "").replace("'", "").isalpha():
        return False
    raw = token.raw.strip(_QUOTES)
    if raw[:1].isupper():
        return True
    if not raw.islower() or token.raw != raw or len(token.norm) <= 3:
        return False
    if language in ("ru", "uk"):
        tag = _morph(language).parse(token.norm)[0].tag
        return tag.POS == "NOUN" and "nomn" in tag
    return True


def _comma_inside_quote(token: Token) -> bool:
    """A quoted name closing on a comma or quote («Karalius Mindaugas», ...) still reads on."""
    return token.raw.rstrip(",")[-1:] in "»”“\"" \
        and not token.raw.rstrip().endswith((".", "!", "?"))
