"""PERSON findings without a cue, from what the name lexicons know, and call-level memory.

The cue rules in ``names`` find a name after «меня зовут», "my name is", "mano vardas". Callers
often name themselves and others without one: «да саша у телефона», «це бондаренко я вже
дзвонила», «речь о дмитрии», "pažymą reikia išduoti eglutei", "Thanks, Fairclough.". Here a
word is a name when a lexicon says it can be nothing else: pymorphy's dictionaries (every
reading a first name, surname or patronymic: «светлана», «смирновой», «левицька»; not «вера»,
«роман», «слава», which are words too), the project's Lithuanian and English first-name
lists (in any case form and as diminutives: "eglutei" of Eglė, "Tomukas" of Tomas), and
Lithuanian surname endings in any case ("paulausku", "Žukauskienės"). A found name takes the
agreeing first name, surname or patronymic beside it («петровым николаем олеговичом»), a
surname said before its spelling is the spelled word ("Mitchell, that's M-I-T-C-H-E-L-L"),
and the agent thanking the caller by name addresses the caller ("Thanks, Fairclough.").

Names that are everyday words (hard negatives) are left to the cue rules: first names that
are nouns («надія», «любов», "will", "rose", "liepa" — July), and words beside a company,
a place or a product ("Victoria Hotel", «стоматологія пані марія»). The agent's own name,
protected by ``names``, stays unmasked everywhere in the call.
"""

from __future__ import annotations

import functools
import re

from speechqa.redact.lexicon import (
    AGENT_TITLES,
    EN_FIRST,
    EN_SURNAMES,
    FILLERS,
    LT_FIRST,
    LT_NOT_SURNAME,
    NOT_NAME,
    PAUSE_WORDS,
    STREET_WORDS,
    _words,
)
from speechqa.redact.name_morphology import (
    _known,
    _morph,
    _name_tags,
    _reading_cases,
    _shaped_like_surname,
    _top_name_tag,
)
from speechqa.redact.names import (
    _en_unknown,
    _genders_disagree,
    _hyphen_letters,
    _lt_lemma,
    _lt_nominatives,
    _lt_surname,
    _name_forms,
    _name_like,
    _persons_only,
    _sentence_start,
)
from speechqa.redact.numbers import fold
from speechqa.redact.tokens import (
    _NOT_NAME_POS,
    _PUNCT,
    Finding,
    Token,
    _alpha,
    _is_month,
    _match_any,
    _phrase_lists,
    _pieces,
    _positions,
)

# First names that are also common words ("надія" is hope, "роман" a novel, "will" a verb,
# "liepa" July): a lexicon alone cannot tell them from the word; the cue rules still find
# them after «меня зовут», "my name is".
_UK_COMMON_NAMES = _words("""надія віра любов слава роман лев роза лілія калина весна
злата ярина майя мирослава мир ніка лука зоряна""")
_RU_COMMON_NAMES = _words("""вера надежда любовь слава роман лев роза лилия мира майя
злата ника лука весна гена ким""")
_LT_COMMON_NAMES = _words("""liepa rasa aušra ausra laima jūra jura matas rokas gintaras linas""")
_EN_COMMON_NAMES = _words("""will mark bill rose may grace hope april june joy dawn sue
pat frank jack art rob nick ray jean ruby daisy holly lily poppy ivy amber faith iris violet
penny crystal hunter taylor mason carter cooper parker miles guy sandy max ben sam don bob
kit pearl ginger heather sage brook dale glen dean earl king drew chase wade cliff gale
herb jay lane lee lance chance victoria summer autumn angel christian norman august
robin""")
# Words after a name that make it a business's or a place's: "Victoria Hotel", "Jackson
# Motors", «клиника доктора ...».
_BUSINESS_WORDS = _words("""hotel motors motor clinic garage cafe restaurant gym salon
studio store shop pharmacy surgery centre center bakery dental sons ltd limited plc
agency tours отель готель клиника клініка
салон аптека ресторан кафе центр студия студія viešbutis klinika salonas programa programos
planas tarifas paketas plan tariff package bundle программа програма тариф пакет
партнёры партнеры партнери partneriai partners consulting консалт консалтинг ооо тов uab
institute house college academy bookcase bookcases wardrobe paminklas paminklo paminkle
monument statue""")
_PRODUCT_TAILS = {"plius", "plus", "плюс", "pro", "premium", "gold", "standard", "standartas"}
_THANKS = {"thanks", "thank", "спасибо", "благодарю", "дякую", "ačiū", "aciu", "dėkui",
           "dekui", "dėkoju", "dekoju"}
# Words after which a caller's name says who is on the line: «да саша у телефона»,
# «левицька на зв'язку», "it's maggie here".
_ON_THE_LINE = (("у", "телефона"), ("на", "связи"), ("на", "зв'язку"), ("на", "линии"),
                ("на", "лінії"), ("біля", "телефону"), ("prie", "telefono"), ("here",),
                ("speaking",))
# Words before a name said with the words above (skipped when looking back for it).
_LINE_OPENERS = {"да", "так", "это", "це", "я", "ну", "а", "it's", "its", "this", "is",
                 "čia", "cia", "tai", "taip", "aš", "as"}
_EN_LINE_OPENERS = {"it's", "its", "is"}
# Lithuanian diminutive suffixes and the nominative endings of the names they come from:
# "rūtelė" → Rūta, "eglutė" → Eglė, "tomukas" → Tomas, "petriukas" → Petras, "onytė" → Ona.
_LT_DIMINUTIVES = (("iukas", ("as", "is", "ius")), ("ukas", ("as", "us", "is")),
                   ("ele", ("a", "e")), ("ute", ("e", "a")), ("yte", ("a", "e")),
                   ("eliukas", ("as",)))
_SURNAME_SHAPE = re.compile(r"(енко|ук|юк|чук|щук|ський|цький|ська|цька|ович|евич)[а-яіїє]{0,3}$")
# Instrumental and genitive forms of -ius names ("Pauliumi", "Andriaus") besides those
# ``names`` reads.
_LT_MORE_CASES = (("iumi", "ius"), ("iaus", "ius"), ("iui", "ius"), ("iu", "ius"),
                  ("umi", "us"), ("imi", "is"))
_PATRONYMIC_SHAPE = re.compile(r"(ович|евич|ьич|ич|івн|ївн|овн|евн|ичн)[а-яіїє]{0,3}$")


# The lexicon of one word ----------------------------------------------------------------


@functools.cache
def _slavic_person_tags(norm: str, language: str) -> frozenset[str]:
    """The kinds of name ("Name", "Surn", "Patr") a dictionary word is when every likely
    reading of it is a person's name; empty when a common-word reading is as likely
    («роман», «вера»).

    Russian readings carry scores: person readings must hold 80 % of them. The Ukrainian
    dictionary scores nothing and lists names twice, once as an inanimate noun of the same
    lemma («олена»), so there a reading of another lemma is what disqualifies."""

    parts = norm.split("-")
    if len(parts) == 2 and all(part.isalpha() and len(part) >= 2 for part in parts):
        # «анна-мария», «ломову-кирш»: a double name or surname, read by its first half
        head, tail = (_slavic_person_tags(part, language) for part in parts)
        return head if head and (tail or head == {"Surn"}) else frozenset()
    if language not in ("ru", "uk") or not norm.isalpha() or len(norm) < 3 \
            or not _known(norm, language):
        return frozenset()
    morph = _morph(language)
    parses = morph.parse(norm)
    kinds: set[str] = set()
    person_lemmas: set[str] = set()
    person_score = other_score = 0.0
    others: list = []
    name_lemmas = {p.normal_form for p in parses if "Name" in p.tag.grammemes}
    for parse in parses:
        grammemes = parse.tag.grammemes
        if "ADJF" in grammemes and {parse.normal_form + "а", parse.normal_form + "я"} \
                & name_lemmas:
            continue  # «христина»: also the possessive of «христин», made from the name
        kind = next((k for k in ("Name", "Surn", "Patr") if k in grammemes), None)
        if kind is None and {"ADJF", "Poss"} <= grammemes and any(
                "Surn" in lemma.tag.grammemes for lemma in morph.parse(parse.normal_form)):
            kind = "Surn"  # «фомин», «петрова»: a possessive read as a surname
        if kind is None:
            others.append(parse)
            other_score += parse.score
            continue
        kinds.add(kind)
        person_lemmas.add(parse.normal_form)
        person_score += parse.score
    if not kinds or person_lemmas & (_UK_COMMON_NAMES | _RU_COMMON_NAMES):
        return frozenset()
    if language == "ru":
        if person_score < 0.8 * (person_score + other_score):
            return frozenset()
        return frozenset(kinds)
    if any(parse.normal_form not in person_lemmas or "Geox" in parse.tag.grammemes
           or parse.tag.POS in _NOT_NAME_POS for parse in others):
        return frozenset()
    if kinds == {"Surn"} and others and (
            any("inan" in parse.tag.grammemes for parse in others)
            or not _SURNAME_SHAPE.search(norm)):
        # (the Ukrainian dictionary gives «застава», «масло», «бригадир» a surname reading
        # too: a surname beside a common noun counts only in a surname's shape, «бондаренко»)
        return frozenset()
    return frozenset(kinds)


def _lt_name_bases(norm: str) -> tuple[str, ...]:
    """The nominatives an inflected Lithuanian word may come from, diminutives undone."""

    forms = list(_lt_nominatives(norm))
    for ending, nominative in _LT_MORE_CASES:
        if norm.endswith(ending) and len(norm) - len(ending) >= 2:
            forms.append(norm[:-len(ending)] + nominative)
    for form in list(forms):
        for suffix, endings in _LT_DIMINUTIVES:
            if form.endswith(suffix) and len(form) - len(suffix) >= 2:
                forms += [form[:-len(suffix)] + ending for ending in endings]
    return tuple(dict.fromkeys(forms))


@functools.cache
def _lt_first_name(norm: str) -> bool:
    """A listed Lithuanian first name in any case or as a diminutive ("eglutei", "rūtelė",
    "Tomukas"), not one that is an everyday word ("liepos": July's)."""
    if norm in NOT_NAME or norm in LT_NOT_SURNAME or norm in FILLERS or len(norm) < 3:
        return False
    bases = _lt_name_bases(norm)
    return not any(base in _LT_COMMON_NAMES for base in bases) and any(
        base in LT_FIRST for base in bases)


@functools.cache
def _lt_surname_any_case(word: str) -> bool:
    """A word (lower case, diacritics kept) with a Lithuanian surname ending in any case
    ("paulausku", "žukauskienės"), not a dictionary word ("laiškų", "paraiškai")."""

    norm = fold(word)
    return norm not in LT_NOT_SURNAME and any(
        _lt_surname(form) and form.endswith(_LT_STRONG_SURNAME_ENDINGS)
        for form in _lt_nominatives(norm)) and not _lt_lemma(word).islower()


# Lithuanian surname endings no common noun has (folded): "-auskas", "-ienė", "-aitė".
_LT_STRONG_SURNAME_ENDINGS = ("auskas", "auskiene", "auskaite", "evicius", "avicius", "aitis",
                              "aitiene", "aityte", "aite", "yte", "ute", "iene", "iunas",
                              "vicius", "inskas", "inskiene", "ckas", "ckiene", "eikis",
                              "aicius", "oniene", "eniene")


# Given names the project's English list lacks: older British and Irish names, short and
# pet forms, and names common among British and American callers of South Asian, African,
# East Asian and Eastern European origin.
_EN_MORE_FIRST = _words("""eleanor doreen maureen noreen eileen colleen pauline maxine
shauna shona keeley kayleigh
leanne lorraine elaine jacqueline beverley gillian jillian hilary marian marion muriel
mavis brenda glenys gwen gwyneth bronwen sian rhian ffion nerys catrin carys mairead
roisin grainne orla aisling clodagh deirdre bridget brigid nuala una sorcha fionnuala
beatrice imelda dolores bernadette philippa henrietta rosalind rosemary rosamund winifred
agnes edith ethel mabel maud irene audrey sylvia yvette monique nadia tatiana svetlana
oksana agata zofia aleksandra marta beata maggie peggy meg liz lizzie betty debbie becky
vicky nikki sally polly annie tilly gracie hattie lottie sadie abbie josie jenna bethany
tegan megan cerys eira graham gordon malcolm duncan alistair alasdair lachlan euan
ruaridh desmond dermot fergus cormac ronan oisin padraig tadhg niall colm kieran ciaran
brendan donal eamon eamonn seamus lorcan barry gerry kenny lenny ronnie stevie teddy
tommy danny davey eddie georgie jimmy johnny mickey paddy vinny wally alfie bartholomew
cuthbert horace ignatius lionel mortimer percival rupert ambrose godfrey reginald wilfred
clifford leonard bernard gerald howard geoffrey jeffery trevor nigel gareth dafydd iwan
emrys hamid rajesh suresh ramesh mahesh dinesh ganesh rakesh mukesh naresh harpreet
gurpreet manpreet jaspreet sandeep pradeep kuldeep navdeep parminder sukhwinder balvinder
amrit anjali shreya aarav vivaan aditya arnav kabir reyansh krishna lakshmi parvati
savita nasreen shabana rukhsana farida parveen shazia sadia saima asma khadija hafsa
ruqayyah sumaya usman hamza zain zaid ayaan rayan faisal farhan shahid rashid khalid
waqar adeel nkechi chioma adaeze ngozi chiamaka ifeoma uchenna chukwuemeka obinna emeka
ikenna tobenna oluwaseun olumide oluwadamilare adebayo adewale babatunde temitope folake
funmilayo bukola yetunde abimbola kemi segun kunle tunde ayodele kwabena kwaku kojo yaw
akosua abena adwoa efua afia thandiwe themba sipho zanele nomvula lindiwe xiaoling
xiaoming xiaoyan wei-ling mei-ling haruto sakura yuki hiroko keiko akiko naoko minh thanh
huong nguyet jim jen jess kath cath becca bex rach steph""")


def _en_first_name(token: Token) -> bool:
    norm = token.norm
    return (norm in EN_FIRST or norm in _EN_MORE_FIRST) and norm not in _EN_COMMON_NAMES


def _en_surname(token: Token) -> bool:

    return token.norm in EN_SURNAMES and _en_unknown(token.norm)


def _capitalised(token: Token) -> bool:
    raw = token.raw.strip(_PUNCT)
    return raw[:1].isupper() and not raw.isupper()


def _person_word(token: Token, language: str, cased: bool) -> str | None:
    """What kind of name the lexicons make of a word on its own ("Name", "Surn", "Patr"),
    or None. In a turn that capitalises names, a lower-case word is no name."""
    norm = token.norm
    if not _alpha(norm) or len(norm) < 3 or norm in NOT_NAME or norm in FILLERS \
            or norm in PAUSE_WORDS or token.number is not None:
        return None
    if cased and not _capitalised(token):
        return None
    if language in ("ru", "uk"):
        tags = _slavic_person_tags(norm, language)
        return next((kind for kind in ("Name", "Surn", "Patr") if kind in tags), None)
    if language == "lt":
        if _lt_first_name(norm):
            return "Name"
        return "Surn" if _lt_surname_any_case(token.raw.strip(_PUNCT).lower()) else None
    if language == "en":
        if _en_first_name(token):
            return "Name"
        return "Surn" if _en_surname(token) else None
    return None


# Words beside a found name ----------------------------------------------------------------


def _agrees(first: str, second: str, language: str, kinds: tuple[str, str]) -> bool:
    """Two Slavic name words in one grammatical case («петрика шевчука»; a double name by
    its first half: «анна-мария левандовская»)."""

    return bool(_reading_cases(first.split("-")[0], language, kinds[0])
                & _reading_cases(second.split("-")[0], language, kinds[1]))


def _patronymic(norm: str, language: str) -> bool:

    return language in ("ru", "uk") and norm.isalpha() and (
        _top_name_tag(norm, language) == "Patr" or bool(_PATRONYMIC_SHAPE.search(norm)))


def _joins(tokens: list[Token], left: int, right: int) -> bool:
    return left >= 0 and right < len(tokens) and tokens[left].turn == tokens[right].turn \
        and not tokens[left].clause_end


def _neighbour_name(tokens: list[Token], inner: int, outer: int, language: str,
                    cased: bool) -> bool:
    """The word at ``outer`` belongs to the name at ``inner`` beside it: a first name and a
    surname that agree, a patronymic after a name, a Lithuanian or English first name and
    surname."""
    near, far = tokens[inner], tokens[outer]
    if not _alpha(far.norm) or far.norm in NOT_NAME or far.norm in FILLERS \
            or far.number is not None or len(far.norm) < 2 or (cased and not _capitalised(far)):
        return False
    after = outer > inner
    if language in ("ru", "uk"):
        if after and _patronymic(far.norm, language):
            return True
        pair = (near.norm, far.norm) if after else (far.norm, near.norm)
        return _agrees(*pair, language, ("Name", "Surn")) or _agrees(
            *pair, language, ("Surn", "Name")) or (
            after and _agrees(*pair, language, ("Patr", "Surn"))) or (  # «сергеевну ломову-кирш»
            after and _patronymic(near.norm, language)
            and _shaped_like_surname(far.norm, language))  # «богданівна яворська»
    if language == "lt":

        return _lt_first_name(far.norm) or (
            _lt_surname(far.norm) or _lt_surname_any_case(far.raw.strip(_PUNCT).lower()))
    if language == "en":
        # (a word no English dictionary knows after a first name is its surname, in lower
        # case too: "i represent kieran abernethy", "desmond o'leary": an apostrophe after
        # a surname's one-letter prefix, not a contraction's, "what's")
        return _en_first_name(far) or _en_surname(far) or (
            after and (_capitalised(far) if cased else len(far.norm) >= 4
                       and (far.norm.replace("-", "").isalpha()
                            or re.fullmatch(r"[a-z]'[a-z]{3,}", far.norm) is not None))
            and _en_unknown(far.norm))
    return False


def _grow(tokens: list[Token], span: list[int], language: str, cased: bool,
          taken: set[int]) -> list[int]:
    """The span with the agreeing name words on either side (at most three words)."""
    while len(span) < 3:
        left, right = span[0] - 1, span[-1] + 1
        if _joins(tokens, span[-1], right) and right not in taken and _neighbour_name(
                tokens, span[-1], right, language, cased):
            span = [*span, right]
        elif _joins(tokens, left, span[0]) and left not in taken and _neighbour_name(
                tokens, span[0], left, language, cased):
            span = [left, *span]
        else:
            break
    return span


# Where a lone name is not a person's ------------------------------------------------------


def _beside_business(tokens: list[Token], span: list[int]) -> bool:
    """A name run into a business or place word ("Victoria Hotel", "Jackson Motors"), in
    quotes («Пані Марія»), or after a street word (streets are named after people)."""
    first, last = tokens[span[0]], tokens[span[-1]]
    if any(tokens[p].raw.strip()[:1] in "«\"“„" or tokens[p].raw.rstrip(".,;:!?")[-1:] in "»\"“”"
           for p in span):
        return True
    after = span[-1] + 1
    if after < len(tokens) and tokens[after].turn == last.turn and not last.clause_end and (
            tokens[after].norm in _BUSINESS_WORDS or (
                tokens[after].norm in _PRODUCT_TAILS and (
                    after + 1 >= len(tokens) or tokens[after + 1].number is None))):
        return True  # "Victoria Hotel", "programa gintarė plius" (but "plius 370 ...")
    before = span[0] - 1
    if before >= 0 and tokens[before].turn == first.turn and tokens[before].norm in _BUSINESS_WORDS:
        return True
    # a street or a crossroads named after someone: «улицей Гагарина», «на перекрёстке
    # ленина и садовой», "Gedimino ir Pylimo sankryžoje"
    near = [t for t in tokens[max(0, span[0] - _STREET_REACH):span[-1] + 1 + _STREET_REACH]
            if t.turn == first.turn]
    return any(t.norm in STREET_WORDS or t.norm.startswith(_STREET_STEMS) for t in near)


_STREET_REACH = 3
_STREET_STEMS = ("улиц", "вулиц", "перекр", "перехрест", "проспект", "площ", "бульвар",
                 "sankryž", "sankryz", "gatv", "prospekt", "aikšt", "aikst", "junction",
                 "crossroad")


def _after_na(tokens: list[Token], position: int) -> bool:
    """A name alone after «на» is a street's or a show's («відділення на Грушевського»,
    «квитки на лускунчика»): a person after «на» is named in full («на Тараса Івановича
    Бойка»), which the cue rules find."""
    return position > 0 and tokens[position - 1].turn == tokens[position].turn \
        and tokens[position - 1].norm == "на"


def _brand_noun_after(tokens: list[Token], span: list[int], language: str) -> bool:
    """A Lithuanian first name before a noun in the nominative is a brand's ("rūta
    šokoladas", "Gintaras klubas"), not a person's."""

    after = span[-1] + 1
    if language != "lt" or len(span) != 1 or after >= len(tokens) \
            or tokens[after].turn != tokens[span[-1]].turn or tokens[span[-1]].clause_end:
        return False
    word = tokens[after].raw.strip(_PUNCT).lower()
    return len(word) >= 5 and word.endswith(("as", "is", "ys", "us", "a", "ė")) \
        and word not in NOT_NAME and _lt_lemma(word) == word


def _address_talk(tokens: list[Token], position: int) -> bool:
    """An address asked for in the turn before or given earlier in this one: a surname
    alone there is a street's («Адрес?» — «Ленина у нас главная»)."""

    turn = tokens[position].turn
    cursor = position - 1
    while cursor >= 0 and tokens[cursor].turn >= turn - 1:
        if _match_any(tokens, cursor, _phrase_lists()["address"]):
            return True
        cursor -= 1
    return False


def _before_agent_intro(tokens: list[Token], position: int, protected: set[int]) -> bool:
    """In the agent's opening turn before the agent names herself, a name-like word is the
    company's («стоматологія пані марія оператор марта», "jonas ir ona kalba marius")."""
    token = tokens[position]
    return token.turn == 0 and token.role == "agent" and (
        not protected or any(tokens[p].turn == 0 and p > position for p in protected))


# Rules ------------------------------------------------------------------------------------


def _addresses_the_agent(tokens: list[Token], position: int, language: str) -> bool:
    """A caller's word after «спасибо», «алло», "cheers", "ačiū", or in the vocative
    («Ірино», "Lukai"): the caller speaking to the agent, whose name is not PII."""
    token = tokens[position]
    if token.role == "agent":
        return False
    back = position - 1
    while back >= 0 and tokens[back].turn == token.turn and tokens[back].norm in FILLERS:
        back -= 1
    if back >= 0 and tokens[back].turn == token.turn and (
            tokens[back].norm in _THANKS or tokens[back].norm in _ADDRESSING):
        return True
    opens = back < 0 or tokens[back].turn != token.turn or tokens[back].clause_end
    if opens and token.raw.rstrip()[-1:] in ",?!":
        return True  # "Sorry, Daniel, I didn't catch that.", «Алло, Полина?»
    if language in ("ru", "uk"):

        names = [p for p in _morph(language).parse(token.norm) if "Name" in p.tag.grammemes]
        return bool(names) and all("voct" in p.tag.grammemes for p in names)
    return False


# (and what an agent says beside her own name: «слушаю», "kalba Neringa, klausau")
_GREETINGS = _words("""здравствуйте добрый добрий вітаю hello hi morning afternoon laba labas
sveiki слушаю слухаю klausau klauso kalba speaking""")
_ADDRESSING = _words("""sorry извините простите вибачте atsiprašau atsiprasau алло ало
привет здравствуйте вітаю привіт hello hi cheers alio labas sveiki день diena
morning afternoon evening""")


_MONTH_LEMMAS = _words("""январь февраль март апрель май июнь июль август сентябрь октябрь
ноябрь декабрь січень лютий березень квітень травень червень липень серпень вересень жовтень
листопад грудень""")


def _month(tokens: list[Token], position: int, language: str) -> bool:
    """A month's name («листопада», «лютого» have surname readings too); in Russian and
    Ukrainian by the dictionary's lemma, as the month list's stems also start surnames
    («Мартыновой»)."""

    if language not in ("ru", "uk"):
        return _is_month(tokens, position)
    return any(parse.normal_form in _MONTH_LEMMAS
               for parse in _morph(language).parse(tokens[position].norm))


def _agent_name_forms(tokens: list[Token], language: str) -> frozenset[str]:
    """The forms of the first names the agent says in the opening turn: said again by the
    caller («спасибо, Марина»), they name the agent."""

    forms: set[str] = set()
    greetings = _agent_greeting_turns(tokens)
    for token in tokens:
        if token.turn in greetings and _person_word(token, language, False) == "Name":
            forms |= _name_forms(token.norm, language)
    return frozenset(forms)


def _agent_greeting_turns(tokens: list[Token]) -> frozenset[int]:
    """The agent's opening turn, and any agent turn that greets ("Добрий день, ..., Олеся на
    лінії" after an IVR menu): where the agent names herself."""
    turns = {0} if tokens and tokens[0].role == "agent" else set()
    turns |= {t.turn for t in tokens if t.role == "agent" and (
        t.norm in _GREETINGS)}
    return frozenset(turns)


def _lone_names(tokens: list[Token], language: str, cased: dict[int, bool], taken: set[int],
                protected: set[int]) -> list[list[int]]:

    agent_forms = _agent_name_forms(tokens, language)
    greetings = _agent_greeting_turns(tokens)
    spans = []
    not_persons: set[str] = set()
    position = 0
    while position < len(tokens):
        token = tokens[position]
        kind = None if position in taken or position in protected or (
            token.turn in greetings) else _person_word(
            token, language, bool(cased.get(token.turn)))
        if kind is None or kind == "Patr" or (
                cased.get(token.turn) and kind == "Surn" and language == "en"
                and token.index == 0) or _month(tokens, position, language) \
                or _addresses_the_agent(tokens, position, language) \
                or _name_forms(token.norm, language) & agent_forms:
            position += 1
            continue
        span = _grow(tokens, [position], language, bool(cased.get(token.turn)),
                     taken | protected)
        if _beside_business(tokens, span) or _brand_noun_after(tokens, span, language) or (
                len(span) == 1 and (_after_na(tokens, position) or (
                    kind == "Surn" and _address_talk(tokens, position)))):
            not_persons |= {tokens[p].norm for p in span}
        else:
            spans.append(span)
        position = span[-1] + 1
    # a word that named a street or a firm once names it again («на вулиці франка» ...
    # «пункт на франка працює»)
    return [span for span in spans if not all(tokens[p].norm in not_persons for p in span)]


def _cased_pairs(tokens: list[Token], language: str, cased: dict[int, bool], taken: set[int],
                 protected: set[int]) -> list[list[int]]:
    """Two capitalised words inside a typed sentence, a first name and a surname that agree
    in case, whatever else the first may mean («собственник, Любовь Белых», «водитель
    такси, Роман Кузнецов»)."""

    greetings = _agent_greeting_turns(tokens)  # («бібліотека імені Лесі Українки, ...»)
    spans = []
    for position in range(1, len(tokens) - 1):
        token, nxt = tokens[position], tokens[position + 1]
        if language not in ("ru", "uk") or not cased.get(token.turn) or token.turn in greetings \
                or nxt.turn != token.turn or token.clause_end or {position, position + 1} & (
                    taken | protected) or _sentence_start(tokens, position) \
                or not (_capitalised(token) and _capitalised(nxt)) \
                or not (token.norm.isalpha() and _alpha(nxt.norm)):
            continue
        if _agrees(token.norm, nxt.norm, language, ("Name", "Surn")) \
                and not _genders_disagree(token.norm, nxt.norm, language) \
                and not _beside_business(tokens, [position, position + 1]):
            spans.append([position, position + 1])
    return spans


def _on_the_line(tokens: list[Token], language: str, taken: set[int],
                 protected: set[int]) -> list[list[int]]:
    """The one to three words before «у телефона», «на зв'язку», "here" in a customer's turn,
    back to «да», «це», "it's": the caller saying who is on the line («да роман соловьёв у
    телефона»), whatever the words' other readings."""

    spans = []
    for position, token in enumerate(tokens):
        if token.role == "agent":
            continue
        length = next((len(p) for p in _ON_THE_LINE if tuple(
            t.norm for t in tokens[position:position + len(p)]) == p
            and all(t.turn == token.turn for t in tokens[position:position + len(p)])), 0)
        if not length:
            continue
        span: list[int] = []
        back = position - 1
        while back >= 0 and len(span) < 3 and tokens[back].turn == token.turn \
                and tokens[back].norm not in _LINE_OPENERS and (
                    not tokens[back].clause_end or not span) and _alpha(tokens[back].norm) \
                and tokens[back].norm not in NOT_NAME and tokens[back].norm not in FILLERS:
            span.insert(0, back)
            back -= 1
        opener = back >= 0 and tokens[back].turn == token.turn and (
            tokens[back].norm in (_EN_LINE_OPENERS if language == "en" else _LINE_OPENERS))
        if span and opener and not (set(span) & (taken | protected)) and any(
                _name_like(tokens[p], language) or _person_word(tokens[p], language, False)
                or (language == "en" and _en_unknown(tokens[p].norm)) for p in span):
            # ("it's maggie here": in English a word no dictionary knows will do)
            spans.append(span)
    return spans


def _thanked_by_name(tokens: list[Token], language: str, cased: dict[int, bool],
                     taken: set[int], protected: set[int]) -> list[list[int]]:
    """The agent thanking the caller by name after the opening turn: "Thanks, Fairclough.",
    «Спасибо, Ольга Петровна», «дякую гнатюк»: one or two name-like words (a title before
    them too: "Ms Patel") closing the clause."""

    spans = []
    for position, token in enumerate(tokens):
        if token.role != "agent" or token.turn == 0 or token.norm not in _THANKS:
            continue
        start = position + 1
        if token.norm == "thank" and start < len(tokens) and tokens[start].norm == "you":
            start += 1
        if tokens[start - 1].raw.rstrip()[-1:] in ".!?":
            continue  # "Ačiū. Kortelę, ...": the thanks closed its sentence
        span: list[int] = []
        cursor = start
        while cursor < len(tokens) and tokens[cursor].turn == token.turn and len(span) < 3 \
                and cursor not in protected and _alpha(tokens[cursor].norm) \
                and tokens[cursor].norm not in NOT_NAME and tokens[cursor].norm not in FILLERS:
            span.append(cursor)
            if tokens[cursor].clause_end:
                break
            cursor += 1
        if not span or set(span) & taken:
            continue
        closed = tokens[span[-1]].clause_end or span[-1] + 1 >= len(tokens) \
            or tokens[span[-1] + 1].turn != token.turn
        named = [p for p in span if _person_word(tokens[p], language, False)
                 or (cased.get(token.turn) and _capitalised(tokens[p])
                     and _name_like(tokens[p], language) and _no_common_word(tokens[p],
                                                                             language))]
        if cased.get(token.turn):
            if closed and len(named) == len(span) - (tokens[span[0]].norm in _TITLES):
                spans.append(span)
        elif named and named[0] == span[0]:
            spans.append(named[:1] + [p for p in named[1:] if p == named[0] + 1])
    return spans


def _no_common_word(token: Token, language: str) -> bool:
    """Not a dictionary word, or a dictionary word read as a name: a capitalised word after
    "Thanks," is a name ("Fairclough"), not a noun ("Kortelę")."""

    if language == "en":
        return _en_unknown(token.norm)
    if language == "lt":
        return not _lt_lemma(token.raw.strip(_PUNCT).lower()).islower()
    return not _known(token.norm, language) or bool(_name_tags(token.norm, language))


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "пан", "пані", "ponas", "ponia", "pone"}


def _spelled_back(tokens: list[Token], taken: set[int]) -> list[list[int]]:
    """The word a caller spells just after saying it ("Mitchell, that's M-I-T-C-H-E-L-L",
    «щербакова по буквам щ е р б а к о в а», "tom o'neill that's o n e i l l")."""

    spans = []
    position = 0
    while position < len(tokens):
        token = tokens[position]
        letters = _hyphen_letters(token)
        end = position + 1
        if not letters and len(token.norm) == 1 and token.norm.isalpha():
            while end < len(tokens) and tokens[end].turn == token.turn \
                    and len(tokens[end].norm) == 1 and tokens[end].norm.isalpha():
                end += 1
            letters = [t.norm for t in tokens[position:end]]
        if len(letters) < 3:
            position += 1
            continue
        spelled = "".join(letters)
        for back in range(position - 1, max(-1, position - 5), -1):
            word = tokens[back]
            if word.turn != token.turn:
                break
            if "".join(ch for ch in word.norm if ch.isalpha()) == spelled \
                    and not _address_talk(tokens, back):
                # (not a street spelled out: "seven five seven first street, first is
                # spelled f i r s t")
                # the word and its letters ("o'neill" ... "o n e i l l")
                spans += [[back]] if back not in taken else []
                spans.append(list(range(position, end)))
                break
        position = end
    return spans


def call_level_names(tokens: list[Token], language: str, findings: list[Finding],
                     protected: set[int], position_of) -> list[Finding]:
    """PERSON findings the cue rules missed: lexicon names said alone, the caller on the
    line, the caller thanked by name, a surname before its spelling; and the agreeing name
    words beside a name already found («петровым николаем» + «олеговичом»)."""
    taken = {p for f in findings for p in _positions(f.pieces, position_of)}
    agent_names = {tokens[p].norm for p in protected}
    cased = dict.fromkeys((t.turn for t in tokens if t.index > 0 and t.raw[:1].isupper()), True)
    spans: list[list[int]] = []
    for finding in findings:
        if finding.type != "PERSON" or len(finding.pieces) != 1:
            continue
        turn, start, end = finding.pieces[0]
        span = [position_of[(turn, i)] for i in range(start, end)]
        grown = _grow(tokens, span, language, bool(cased.get(turn)), protected)
        if len(grown) > len(span):
            spans.append(grown)
    for rule in (_spelled_back(tokens, taken),
                 _cased_pairs(tokens, language, cased, taken, protected),
                 _on_the_line(tokens, language, taken, protected),
                 _thanked_by_name(tokens, language, cased, taken, protected)):
        for span in rule:
            spans.append(span)
            taken |= set(span)
    for span in _lone_names(tokens, language, cased, taken, protected):
        if not any(_before_agent_intro(tokens, p, protected) for p in span):
            spans.append(span)

    found = [Finding("PERSON", _pieces(tokens, span)) for span in spans
             if not all(tokens[p].norm in agent_names for p in span)]
    # (pets, cars and places; Lithuanian common words were judged above, with the names
    # that are also words: "eglutei" is Eglė's, not a small fir's)
    return _persons_only(tokens, found, "", position_of, answered=set())


def not_business_names(tokens: list[Token], findings: list[Finding],
                       position_of) -> list[Finding]:
    """The findings without names that are a firm's or a place's ("The Victoria Hotel",
    «Стоматологія «Пані Марія»»), whichever rule found them."""
    kept = []
    for finding in findings:
        span = _positions(finding.pieces, position_of)
        if finding.type != "PERSON" or not (_beside_business_only(tokens, span)
                                            or _before_agent_title(tokens, span[-1])):
            kept.append(finding)
    return kept


def _before_agent_title(tokens: list[Token], last: int) -> bool:
    """A name run on into the agent's job title in the opening turn is the company's
    («стоматологія пані марія оператор марта»); the caller addressed there is set off by a
    comma («Иван Петрович, оператор Анна»)."""
    token = tokens[last]
    nxt = last + 1
    return token.turn == 0 and token.role == "agent" and not token.clause_end \
        and nxt < len(tokens) and tokens[nxt].turn == 0 and tokens[nxt].norm in AGENT_TITLES


def _beside_business_only(tokens: list[Token], span: list[int]) -> bool:
    """A span run into a business word or in quotes (streets are left to ``names``), or
    right after one in the agent's greeting, where the firm is named before the agent
    («ветклініка лапа богдан добрий день»: the clinic «Лапа», not a surname)."""
    first, last = tokens[span[0]], tokens[span[-1]]
    if first.raw.strip()[:1] in "«\"“„" and last.raw.rstrip(".,;:!?")[-1:] in "»\"“”":
        return True
    before = span[0] - 1
    if before >= 0 and tokens[before].turn == first.turn \
            and first.turn in _agent_greeting_turns(tokens) \
            and tokens[before].norm.endswith(tuple(w for w in _BUSINESS_WORDS if len(w) >= 5)):
        return True  # (a compound's tail too: «ветклініка», "autosalonas")
    after = span[-1] + 1
    if len(span) > 1 and last.norm in _BUSINESS_WORDS:
        return True
    return after < len(tokens) and tokens[after].turn == last.turn and \
        not last.clause_end and tokens[after].norm in _BUSINESS_WORDS
