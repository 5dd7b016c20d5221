"""PERSON, ADDRESS and EMAIL classes found on blind sets 25 and 26 (round 21), written as
general mechanisms with new names and wording in every language they apply to, hard
negatives beside them: the letters spelled right after an e-mail that repeat part of it
are more of the address, not a second name; an entrance and a floor said together after
the flat belong to the address (one of them alone does not); «живу один, квартира
маленькая» describes a home, no address; a Lithuanian surname in its Slavic form
("Novikovas") and a first name beside a found surname are the name; one word between a
relative and "she"/"he" is a name; a name the dictionary does not know beside a listed one
is the name («Мигель Гарсиа»); a name after the street one goes along («вулицею Івана
Франка») is the street's."""

from __future__ import annotations

import pytest
from _redact import masked, of_type

A, C = "agent", "customer"


# E-mail spelled again ----------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "line", "spelled"), [
    ("ru", "Пишите: vbelova@mail.ru — по буквам: b-e-l-o-v-a", "b-e-l-o-v-a"),
    ("uk", "petro.hrytsenko@ukr.net — по літерах: h-r-y-t-s-e-n-k-o", "h-r-y-t-s-e-n-k-o"),
    ("lt", "jurgis.zemaitis@inbox.lt — paraidžiui: z-e-m-a-i-t-i-s", "z-e-m-a-i-t-i-s"),
    ("en", "It's hmorrison@outlook.com — that's m-o-r-r-i-s-o-n", "m-o-r-r-i-s-o-n"),
    ("ru", "да ivanova точка lena собака mail точка ru по буквам i v a n o v a",
     "i v a n o v a"),
    ("uk", "пишіть kovalenko крапка ira собака gmail крапка com по літерах k o v a l e n k o",
     "k o v a l e n k o"),
    ("lt", "rašykit petras taškas balciunas eta gmail taškas com paraidžiui b a l c i u n a s",
     "b a l c i u n a s"),
    ("en", "it's fraser dot ann at gmail dot com that's f r a s e r", "f r a s e r"),
])
def test_letters_spelled_after_an_email_are_the_email(lang, line, spelled):
    """The spelling repeats the address's own letters: EMAIL, and no PERSON finding."""
    ask = {"ru": "Ваша почта?", "uk": "Ваша пошта?", "lt": "Jūsų el. paštas?",
           "en": "Your email?"}[lang]
    emails = of_type("EMAIL", [ask, line], lang, [A, C])
    assert spelled in emails
    assert of_type("PERSON", [ask, line], lang, [A, C]) == []


def test_letters_that_are_not_the_emails_are_not_taken_into_it():
    """Letters after an e-mail that spell something else stay out of the EMAIL finding."""
    line = "Пишите: vbelova@mail.ru — и код a-b-c"
    assert "a-b-c" not in of_type("EMAIL", ["Ваша почта?", line], "ru", [A, C])


# Entrance and floor --------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "line", "tail"), [
    ("ru", "улица садовая дом двенадцать квартира сорок подъезд два этаж пять",
     ["подъезд", "два", "этаж", "пять"]),
    ("ru", "город Казань, улица Баумана, дом 7, квартира 31, подъезд 2, этаж 4",
     ["подъезд", "2,", "этаж", "4"]),
    ("uk", "вулиця соборна будинок дев'ять квартира сімнадцять під'їзд один поверх три",
     ["під'їзд", "один", "поверх", "три"]),
    ("lt", "Taip, Ozo g. 15-42, 3 laiptinė, 6 aukštas", ["3", "laiptinė,", "6", "aukštas"]),
])
def test_entrance_and_floor_together_after_the_flat_are_the_address(lang, line, tail):
    """Entrance and floor said together locate the flat: masked with the address."""
    ask = {"ru": "Адрес доставки?", "uk": "Адреса доставки?", "lt": "Pristatymo adresas?"}[lang]
    words = masked([ask, line], lang, [A, C], "ADDRESS").get(1, [])
    assert words[-len(tail):] == tail


@pytest.mark.parametrize(("lang", "line", "left"), [
    ("ru", "улица Гагарина, дом 63, квартира 99, этаж 8.", "этаж"),
    ("uk", "вулиця Грушевського 13-77, під'їзд 2.", "під'їзд"),
    ("lt", "Ukmergės gatvė 133, butas 16, aukštas 6.", "aukštas"),
])
def test_entrance_or_floor_alone_stays_outside_the_address(lang, line, left):
    """One of them alone is the building's talk, as the other labelled sets have it."""
    ask = {"ru": "Адрес доставки?", "uk": "Адреса доставки?", "lt": "Pristatymo adresas?"}[lang]
    words = masked([ask, line], lang, [A, C], "ADDRESS").get(1, [])
    assert words and left not in words


# A home described ----------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "line"), [
    ("ru", "Я живу один, квартира маленькая, откуда 712 кВт·ч за месяц, не понимаю."),
    ("ru", "я живу одна квартира однокомнатная откуда триста сорок киловатт часов"),
    ("uk", "Я живу сам, квартира маленька, звідки 538 кВт·год за місяць?"),
    ("uk", "я живу одна квартира невелика звідки чотириста двадцять кіловат годин"),
    ("lt", "Gyvenu vienas, butas mažas, iš kur 903 kWh per mėnesį?"),
    ("lt", "gyvenu viena butas nedidelis iš kur šeši šimtai kilovatvalandžių"),
])
def test_a_home_described_with_a_meter_reading_is_no_address(lang, line):
    """«квартира маленькая»: a flat word then a plain word describes the home; «живу один»
    is living alone. The kWh figure after them is no house number."""
    assert of_type("ADDRESS", [line], lang, [C]) == []


@pytest.mark.parametrize(("lang", "line", "address"), [
    ("ru", "Я живу на улице Ленина, дом 5, квартира 12.", "улице Ленина, дом 5, квартира 12."),
    ("lt", "gyvenu Ozo gatvė dvylika butas keturi", "Ozo gatvė dvylika butas keturi"),
])
def test_a_flat_with_its_number_after_the_living_cue_is_still_an_address(lang, line, address):
    """The description rule needs a plain word after the flat word, not its number."""
    assert address in " ".join(of_type("ADDRESS", [line], lang, [C]))


# Names ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("turns", "name"), [
    (["jūsų vardas ir pavardė", "taip dmitrijus smirnovas"], "dmitrijus smirnovas"),
    (["jūsų vardas ir pavardė", "lebedevas konstantinas"], "lebedevas konstantinas"),
    (["ar yra kontaktinis asmuo", "kitas vairuotojas smirnovas dmitrijus"],
     "smirnovas dmitrijus"),
    (["Ar yra kontaktinis asmuo?", "Mano kolega Dmitrijus Smirnovas"], "Dmitrijus Smirnovas"),
    (["Prisistatykite, prašau.", "Rašykit: Eglė Kazlauskaitė-Park"], "Eglė Kazlauskaitė-Park"),
])
def test_lithuanian_full_names_with_slavic_or_double_surnames(turns, name):
    """"-ovas"/"-evas" are Lithuanian surname endings too; a first-name-shaped word beside a
    found surname is its first name, a role noun ("vairuotojas", "kolega") is not."""
    assert name in " ".join(of_type("PERSON", turns, "lt", [A, C]))
    assert "vairuotojas" not in " ".join(of_type("PERSON", turns, "lt", [A, C]))
    assert "kolega" not in " ".join(of_type("PERSON", turns, "lt", [A, C])).lower()


@pytest.mark.parametrize(("lang", "turns", "name"), [
    ("ru", ["есть контактное лицо", "дочка соня она всё знает"], "соня"),
    ("en", ["is there a contact person", "our son kai he knows it all"], "kai"),
    ("uk", ["є контактна особа", "донька леся вона все знає"], "леся"),
    ("en", ["thanks", "the card is my sister's, my sister han she'll read it out"], "han"),
])
def test_one_word_between_a_relative_and_a_pronoun_is_a_name(lang, turns, name):
    """«дочка соня она ...»: the pronoun about the word says it named a person."""
    assert name in of_type("PERSON", turns, lang, [A, C])


@pytest.mark.parametrize(("lang", "turns"), [
    ("ru", ["есть контактное лицо", "дочка она всё знает"]),
    ("en", ["is there a contact person", "our daughter she knows it all"]),
])
def test_a_relative_without_a_name_names_no_one(lang, turns):
    assert of_type("PERSON", turns, lang, [A, C]) == []


@pytest.mark.parametrize(("lang", "turns", "name"), [
    ("ru", ["Ваши фамилия, имя, отчество?", "Э-э, Родриго Перес"], "Родриго Перес"),
    ("ru", ["ваши фамилию имя и отчество", "пишите оконкво джеймс"], "оконкво джеймс"),
    ("uk", ["Ваші прізвище, ім'я?", "Е-е, макдугал джеймс"], "макдугал джеймс"),
])
def test_an_unknown_foreign_name_beside_a_listed_one_is_the_name(lang, turns, name):
    """The full name asked word by word; a hesitation before the answer is no name, and a
    word no dictionary knows beside a listed name is the other half."""
    assert name in of_type("PERSON", turns, lang, [A, C])


@pytest.mark.parametrize(("lang", "line"), [
    ("uk", "так їду вулицею тараса шевченка повз парк"),
    ("uk", "Так, їду проспектом Михайла Грушевського, повз сквер."),
    ("ru", "едем улицей льва толстого мимо парка"),
])
def test_the_street_one_goes_along_names_no_person(lang, line):
    """«вулицею Івана Франка»: the instrumental street word before a namesake."""
    assert of_type("PERSON", [line], lang, [C]) == []


@pytest.mark.parametrize("line", [
    "užsirašykite mano el paštą petraitiene taškas devyni eta gmail taškas com",
    "paštas novikovas dvidešimt eta inbox taškas lt",
])
def test_a_common_word_before_a_surname_in_an_email_is_no_first_name(line):
    """"paštą" is shaped like a first name but is a word: the surname beside it keeps it out."""
    assert not any("pa" in name.lower() for name in of_type("PERSON", [line], "lt", [C]))
