"""Russian and Ukrainian name morphology (pymorphy3): which readings of a word are first
names, surnames or patronymics, in which grammatical cases, and whether two words agree as
a name and a surname. Double names («Анна-Мария», «Ломову-Кирш») read by their parts.

Apart from names.py so the rules that find names read apart from the dictionary questions
they ask.
"""

from __future__ import annotations

import functools
import re

from speechqa.redact.tokens import _alpha


@functools.cache
def _morph(language: str):
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=language)


def _known(norm: str, language: str) -> bool:
    return _morph(language).word_is_known(norm)


def _name_tags(norm: str, language: str) -> set[str]:
    """Name/Surn/Patr tags pymorphy gives a word's most likely readings (ru/uk only).

    Only dictionary words: for an unknown word ("нерефином", ASR's garble of
    "рефинансирования") pymorphy guesses tags from the ending, which is no evidence."""
    if language in ("ru", "uk") and _hyphenated(norm):
        return _hyphenated_name_tags(norm, language)
    if language not in ("ru", "uk") or not _alpha(norm):
        return set()
    tags: set[str] = set()
    for parse in _morph(language).parse(norm)[:3] if _known(norm, language) else []:
        if parse.score < 0.1:
            continue
        for tag in ("Name", "Surn", "Patr"):
            if tag in parse.tag:
                tags.add(tag)
    if language == "uk" and not tags and _known(norm, "ru") and any(
            "Name" in parse.tag for parse in _morph("ru").parse(norm)[:2]):
        tags.add("Name")  # the Ukrainian dictionary lacks first names ("богдан") Russian has
    return tags


def _hyphenated(norm: str) -> bool:
    parts = norm.split("-")
    return len(parts) == 2 and all(len(part) >= 2 and part.isalpha() for part in parts)


def _hyphenated_name_tags(norm: str, language: str) -> set[str]:
    """A double name or surname («Анна-Мария», «Ломову-Кирш»): the first part inflects and
    carries the tag; the second is a name of the same kind, or a word the dictionary
    lacks. ("интернет-магазин", «Ростов-на-Дону» have a dictionary word without it.)"""
    first, second = norm.split("-")
    head, tail = _name_tags(first, language), _name_tags(second, language)
    if not head or not (head & tail or not _known(second, language)):
        return set()
    return head & tail or head


@functools.cache
def _name_reading(norm: str, language: str) -> frozenset[str]:
    """The cases of a Russian or Ukrainian dictionary word's singular first-name readings,
    however unlikely («роман», «любовь», «вера» are words first): a name only beside other
    evidence, such as a surname in the same case."""
    if language not in ("ru", "uk") or not _alpha(norm) or not _known(norm, language):
        return frozenset()
    return frozenset(case for parse in _morph(language).parse(norm)
                     if "Name" in parse.tag and "sing" in parse.tag
                     for case in _CASES if case in parse.tag)


def _top_name_tag(norm: str, language: str) -> str | None:
    if language in ("ru", "uk") and _hyphenated(norm):
        head = _top_name_tag(norm.split("-")[0], language)
        return head if head in _hyphenated_name_tags(norm, language) else None
    if language not in ("ru", "uk") or not _alpha(norm):
        return None
    if not _known(norm, language):
        if language == "uk" and "Name" in _name_tags(norm, language):
            return "Name"
        return None
    parse = _morph(language).parse(norm)[0]
    for tag in ("Name", "Surn", "Patr"):
        if tag in parse.tag:
            return tag
    return None


_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct"})
# Surname endings by declension, for words the dictionary lacks ("ковальчук", "Федорук",
# "Загорским"); "-ином" is not among them: an -ин surname says "-иным".
_SURNAME_SHAPE = re.compile(
    r"(?:(?:ов|ев|ин|ын|ів)(?:|а|у|ым|им|е|ой|ою|ої|ій|ых|их)"
    r"|(?:ск|цк|ськ|цьк)(?:ий|ый|ой|ая|а|ого|ому|им|ым|ом|ую|у|ої|ою|ій|і|их|ых)"
    r"|(?:ук|юк|ич|ян|дзе|швили)(?:|а|у|ом|ем|е|ові|еві|ою|і)|енко|ко)$")


# Parts of speech a surname never reads as: «готов» (ADJS), «один» (NUMR) end like one
_NOT_SURNAME_POS = frozenset({"ADJS", "VERB", "INFN", "PRTF", "PRTS", "GRND", "NUMR", "ADVB",
                              "NPRO", "PRED", "PREP", "CONJ", "PRCL", "INTJ", "COMP"})


@functools.cache
def _shaped_like_surname(norm: str, language: str) -> bool:
    """A word after name + patronymic with a surname's ending that reads only as a noun or
    a full adjective: the surname, though the dictionary knows it as a common word
    («лапин», a plant's genitive; «стецьківська», «яворська», adjectives of places)."""
    if language not in ("ru", "uk") or len(norm) < 5 or not _SURNAME_SHAPE.search(norm):
        return False
    # (nor a first name: «... михалыча алина» runs on into the agent's name)
    return not any(parse.tag.POS in _NOT_SURNAME_POS or "Name" in parse.tag
                   for parse in _morph(language).parse(norm))


@functools.cache
def _reading_cases(norm: str, language: str, tag: str) -> frozenset[str]:
    """Grammatical cases of a dictionary word's readings that carry ``tag`` (Name, Surn,
    Patr). A surname also reads as an adjective whose lemma is a surname ("Загорским",
    "полянская"); an indeclinable one ("Кравченко") agrees with any case; a double one
    («Анну-Марию») is in its first part's case."""
    if language in ("ru", "uk") and _hyphenated(norm):
        return (_reading_cases(norm.split("-")[0], language, tag)
                if tag in _hyphenated_name_tags(norm, language) else frozenset())
    if language not in ("ru", "uk") or not _alpha(norm):
        return frozenset()
    morph = _morph(language)
    if not morph.word_is_known(norm):
        if tag == "Name" and language == "uk":
            return _reading_cases(norm, "ru", tag)
        shaped = tag == "Surn" and bool(_SURNAME_SHAPE.search(norm)) and len(norm) >= 5
        return _CASES if shaped else frozenset()
    cases: set[str] = set()
    for parse in morph.parse(norm):
        surname_adjective = tag == "Surn" and "ADJF" in parse.tag and any(
            "Surn" in lemma.tag for lemma in morph.parse(parse.normal_form))
        if tag in parse.tag or surname_adjective:
            if "Fixd" in parse.tag:
                return _CASES
            cases |= {case for case in _CASES if case in parse.tag}
    if tag == "Name" and language == "uk" and not cases:
        return _reading_cases(norm, "ru", tag) if _known(norm, "ru") else frozenset()
    return frozenset(cases)


@functools.cache
def _adjective_surname_cases(norm: str, language: str) -> frozenset[str]:
    """Cases of an -ский/-цкий/-ський adjective the dictionary has no surname for
    ("запорізьким", "подольский"): a surname only beside a first name that agrees."""
    if language not in ("ru", "uk") or not re.search(r"(ск|цк|ськ|цьк)[а-яіїє]{1,3}$", norm):
        return frozenset()
    return frozenset(case for parse in _morph(language).parse(norm) if "ADJF" in parse.tag
                     for case in _CASES if case in parse.tag)


def _agreeing_pair(first: str, second: str, language: str) -> bool:
    """Surname then first name, or first name then surname, in one grammatical case
    ("Загорским Дмитрием", "Шевчука Віталія", "кравченко лесю")."""
    if _top_name_tag(second, language) == "Name" and _adjective_surname_cases(
            first, language) & _reading_cases(second, language, "Name"):
        return True  # "з запорізьким олегом" (and not "с польским романом": a novel)
    return bool(_reading_cases(first, language, "Surn") & _reading_cases(second, language,
                                                                         "Name")) or bool(
        _reading_cases(first, language, "Name") & _reading_cases(second, language, "Surn")
        and _top_name_tag(first, language) == "Name")
