"""PERSON and ADDRESS classes found on blind sets 23 and 24 (round 20), written as general
mechanisms with new names and wording in every language they apply to, hard negatives
beside them: a famous person's name given to a venue, a fund, a school, a line, a building
or a product, or a landmark said where a place is, names no person; an agent naming
herself again after a voice bot hands the call over, and a child or colleague spoken to in
an aside inside a dictated number, are no caller's PII; a surname that is also a word
(«Синица», „Vilkas“, "Wood") is a surname after a first name it agrees with, after a title,
on the card's print or after a third-person cue, and a Lithuanian double surname is one;
«б.» is a house word, with the flat before the street or after it."""

from __future__ import annotations

import pytest
from _redact import of_type

A, C = "agent", "customer"


def persons(turns: list[str], lang: str, roles: list[str]) -> list[str]:
    return of_type("PERSON", turns, lang, roles)


# Names of things -------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "line"), [
    ("ru", "мы рядом с гостиницей максим горький напротив кинотеатра фёдор шаляпин"),
    ("ru", "Это не фонд Чулпан Хаматовой, мы отдельная организация."),
    ("uk", "ми біля готелю іван франко навпроти кінотеатру тарас шевченко"),
    ("uk", "Це не фонд Сергія Жадана, ми окрема організація."),
    ("lt", "Esame šalia Petro Vileišio gimnazijos."),
    ("lt", "Renginys vyks Jono Basanavičiaus salėje."),
    ("en", "We're by the Charles Darwin building, next to Paul Smith and the post office."),
    ("en", "picked up at the isaac newton centre"),
    ("en", "The Victoria line was down so I missed the 9 o'clock slot."),
    ("en", "It's near the Victoria and Albert Museum, by the Ted Baker store."),
    ("ru", "мы в торговом центре Иван Грозный на втором этаже"),
])
def test_a_famous_name_given_to_a_place_names_no_person(lang, line):
    """Venue, fund and school words before the name (by lemma in ru/uk), a place noun
    after it, or a landmark's preposition before it."""
    assert persons(["Добрый день.", line], lang, [A, A]) == []


@pytest.mark.parametrize(("lang", "line"), [
    ("ru", "взяла сыр Маруся и пиццу Папа Джонни, в чеке 600 рублей"),
    ("uk", "купила каву галка і сир марійка чек на триста гривень"),
    ("uk", "Купила каву «Галка» і сир «Марійка», чек на 300 гривень."),
    ("lt", "spektaklis barbora radvilaitė gruodžio dvylika"),
])
def test_a_product_or_a_show_named_like_a_person_names_no_person(lang, line):
    assert persons(["Добрый день.", line], lang, [A, C]) == []


@pytest.mark.parametrize(("lang", "turns", "names"), [
    ("ru", ["Как к вам обращаться?", "Меня зовут Фёдор Шаляпин, я живу у кинотеатра."],
     ["Фёдор Шаляпин,"]),
    ("ru", ["Ваше имя?", "жалоба на водителя игоря соколова он нагрубил"], ["игоря соколова"]),
    ("en", ["Can I take your name?", "It's Paul Smith, I live next to the pub."],
     ["Paul Smith,"]),
    ("ru", ["Кому доставить?", "отправьте пиццу марине ивановой"], ["марине ивановой"]),
    ("en", ["Can I take your name?", "my name is jeremy hall"], ["jeremy hall"]),
    ("en", ["Can I take your name?", "It's Jeremy Hall, I live in Leeds."], ["Jeremy Hall,"]),
])
def test_a_person_beside_a_place_word_is_still_a_person(lang, turns, names):
    assert persons(turns, lang, [A, C]) == names


@pytest.mark.parametrize(("lang", "turns", "roles", "names"), [
    ("en", ["The Elizabeth line was down again.", "Sorry to hear that.",
            "Yes, the Elizabeth was packed, so I was late."], [C, A, C], []),
    ("ru", ["Мы рядом с гостиницей Пётр Великий.", "Ясно.", "А где именно Пётр Великий?"],
     [A, C, C], []),
    # first said of a person: the person stays, the cheese named like her is a thing
    ("uk", ["Добрий день, мене звати Марія Гнатюк.", "Дякую, пані Маріє.",
            "Купила сир «Марія», чек на 300 гривень."], [C, A, C],
     ["Марія Гнатюк.", "Маріє."]),
])
def test_a_name_first_said_of_a_thing_is_a_thing_when_said_again(lang, turns, roles, names):
    assert persons(turns, lang, roles) == names


# Agents and people off the phone --------------------------------------------------------


@pytest.mark.parametrize(("lang", "bot", "live"), [
    ("ru", "Извините, я не распознала номер. Перевожу на специалиста.",
     "Здравствуйте, это Тимур, живой оператор. Продиктуйте номер ещё раз?"),
    ("uk", "Вибачте, я не розпізнала номер. З'єдную з фахівцем.",
     "Добрий день, це Оксана, оператор. Продиктуйте номер ще раз?"),
    ("lt", "Atsiprašau, nesupratau. Jungiu su konsultantu.",
     "Laba diena, čia Rokas. Pakartokite numerį?"),
    ("en", "Sorry, I didn't get that. Transferring you to an adviser.",
     "Hi, it's Megan, could you read the number again?"),
])
def test_the_live_agent_naming_herself_after_a_bot_is_no_pii(lang, bot, live):
    assert persons(["4276 1300 2211 4357", bot, live], lang, [C, A, A]) == []


def test_an_agent_asking_for_the_customer_by_name_names_the_customer():
    turns = ["Алло?", "Добрый день, это Ольга?", "Да, это я."]
    assert persons(turns, "ru", [C, A, C]) == ["Ольга?"]


def test_a_caller_saying_who_they_are_later_is_still_a_person():
    turns = ["Hello, Harbour Bank.", "Hi, it's Megan Doyle, calling about my bill."]
    assert persons(turns, "en", [A, C]) == ["Megan Doyle,"]


@pytest.mark.parametrize(("lang", "turn"), [
    ("ru", "4276 1300 Ма-ам, где планшет? Сейчас, Ванечка, подожди! Извините. 2211 4357"),
    ("ru", "сорок два семьдесят шесть мам можно мультики сейчас ванечка подожди извините"
           " тринадцать ноль ноль двадцать два одиннадцать"),
    ("uk", "4276 Ма-ам, де зарядка? Зараз, Оленко, зачекай! Вибачте. 1300 2211 4357"),
    ("lt", "du du du vienas mama kur planšetė tuoj agnyte palauk atsiprašau trys keturi"
           " penki šeši"),
])
def test_a_name_said_in_an_aside_inside_a_dictated_number_is_no_pii(lang, turn):
    assert persons(["Номер карты?", turn], lang, [A, C]) == []


def test_a_name_said_between_numbers_without_an_aside_is_still_a_person():
    turns = ["Номер карты и держатель?", "4276 1300 2211 4357, держатель Иван Орлов"]
    assert persons(turns, "ru", [A, C]) == ["Иван Орлов"]


# Surnames that are words ----------------------------------------------------------------


@pytest.mark.parametrize(("lang", "turns", "names"), [
    ("ru", ["как к вам обращаться", "я галина синица"], ["галина синица"]),
    ("ru", ["Ваше имя?", "Алла Ласточка, добрый день."], ["Алла Ласточка,"]),
    ("ru", ["как к вам обращаться", "жалоба на водителя ярослава ворону он нагрубил"],
     ["ярослава ворону"]),
    ("uk", ["як до вас звертатися", "телефоную від імені марти синиці сама не може"],
     ["марти синиці"]),
    ("lt", ["kaip į jus kreiptis", "užrašykite tomas vilkas"], ["tomas vilkas"]),
    ("lt", ["kaip į jus kreiptis", "skambinu petro ąžuolo vardu"], ["petro ąžuolo"]),
    ("lt", ["Kaip į jus kreiptis?", "Įrašykite dar Dovydą Lapiną — važiuojame kartu."],
     ["Dovydą Lapiną"]),
])
def test_a_surname_that_is_a_word_agrees_with_the_first_name(lang, turns, names):
    """Case (and an adjective's gender) in ru/uk, the same case's ending in lt."""
    assert persons(turns, lang, [A, C]) == names


@pytest.mark.parametrize(("lang", "turns", "names"), [
    ("ru", ["меня зовут артём", "спасибо артём минутку проверяю"], ["артём", "артём"]),
    ("lt", ["mano vardas gintarė", "ačiū ponia gintare minutėlę"], ["gintarė", "gintare"]),
    ("lt", ["mano vardas gintarė", "gerai gintare perduosiu"], ["gintarė", "gintare"]),
    # what the person is, and an adjective of the next noun, are no surname
    ("ru", ["как к вам обращаться", "я марина дочка владельца"], ["марина"]),
    ("ru", ["как к вам обращаться", "меня зовут ирина бухгалтер"], ["ирина"]),
    ("ru", ["как к вам обращаться", "меня зовут надежда последняя квитанция не пришла"],
     ["надежда"]),
    ("lt", ["kaip į jus kreiptis", "aš tomas vilnius"], ["tomas"]),
])
def test_a_word_after_a_first_name_that_does_not_agree_is_no_surname(lang, turns, names):
    roles = [C, A] if len(names) == 2 else [A, C]
    assert persons(turns, lang, roles) == names


@pytest.mark.parametrize(("lang", "answer", "name"), [
    ("ru", "карта не моя на ней надежда ласточка", "надежда ласточка"),
    ("lt", "kortelėje parašyta rokas ąžuolas", "rokas ąžuolas"),
    ("en", "the card says joy sterling walker", "joy sterling walker"),
    ("en", "The card says Will Carter", "Will Carter"),
])
def test_the_holders_name_read_off_the_card_is_a_name(lang, answer, name):
    ask = {"ru": "держатель карты как на карте", "lt": "kortelės savininkas kaip parašyta"
           " kortelėje", "en": "and the name as it appears on the card"}[lang]
    assert persons([ask, answer], lang, [A, C]) == [name]


@pytest.mark.parametrize(("lang", "line", "name"), [
    ("uk", "мені телефонувала пані ластівка просила передзвонити", "ластівка"),
    ("en", "i had a letter from councillor wood about the repairs", "wood"),
    ("en", "the officer was inspector moss he gave me a number", "moss"),
])
def test_a_surname_that_is_a_word_after_a_title(lang, line, name):
    assert persons(["Добрий день.", line], lang, [A, C]) == [name]


def test_a_title_before_a_role_names_no_one():
    assert persons(["Добрий день.", "мені телефонував пан директор просив передзвонити"], "uk",
                   [A, C]) == []


@pytest.mark.parametrize(("lang", "line", "name"), [
    ("ru", "звоню по просьбе любови синицы сама она не может", "любови синицы"),
    ("ru", "впишите пожалуйста ещё надежду ласточку мы едем вместе", "надежду ласточку"),
    ("en", "i already spoke with grace field yesterday", "grace field"),
    ("en", "the booking's also for robin fox we travel together", "robin fox"),
])
def test_a_full_name_whose_first_name_is_a_word_after_a_third_person_cue(lang, line, name):
    assert persons(["Hello.", line], lang, [A, C]) == [name]


@pytest.mark.parametrize(("line", "name"), [
    ("Skambinu Ievos Jankutės-Beržienės vardu.", "Ievos Jankutės-Beržienės"),
    ("Kortelė ne mano, parašyta Aušra Jankutė-Beržienė", "Aušra Jankutė-Beržienė"),
])
def test_a_lithuanian_double_surname_with_its_first_name(line, name):
    assert persons(["Laba diena.", line], "lt", [A, C]) == [name]


def test_the_surname_after_the_possessive_in_the_cue():
    turns = ["горэнергосбыт здравствуйте", "фамилия моя лапин олег хочу узнать по счёту"]
    assert persons(turns, "ru", [A, C]) == ["лапин олег"]


# Addresses -------------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "answer"), [
    ("uk", "просп. Науки, б. 12, кв. 3"),
    ("uk", "кв. 7, вулиця Липова, б. 15"),
    ("ru", "кв. 7, проспект Мира, б. 15"),
])
def test_b_is_a_house_word_whichever_comes_first(lang, answer):
    ask = {"uk": "Адреса доставки?", "ru": "Адрес доставки?"}[lang]
    assert of_type("ADDRESS", [ask, answer], lang, [A, C]) == [answer]

