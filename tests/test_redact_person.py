"""PERSON names said without a cue (round 10, blind12's failure classes), each with new
names and wording in the languages where it applies, and hard negatives beside them: first
names and surnames the lexicons know, alone and in any case; agreeing first name, surname
and patronymic; Lithuanian diminutives and inflected surnames; the caller on the line; the
agent thanking the caller by name; a surname said before its spelling. Words that are also
names, streets and firms named after people, and the agent's own name stay unmasked."""

from __future__ import annotations

import pytest
from _redact import found

A, C = "agent", "customer"
GREETING = {"ru": "Служба поддержки, слушаю вас.", "uk": "Служба підтримки, слухаю вас.",
            "en": "Support line, how can I help?", "lt": "Klientų aptarnavimas, klausau."}


def persons(turns: list[str], lang: str, roles: list[str] | None = None) -> list[str]:
    return [text for kind, text in found(turns, lang, roles) if kind == "PERSON"]


def said_by_caller(lang: str, text: str) -> list[str]:
    return persons([GREETING[lang], text], lang, [A, C])


@pytest.mark.parametrize(("lang", "text", "name"), [
    # a first name the dictionary knows only as a name, lower case, no cue
    ("ru", "да тимофей у телефона по поводу заказа", "тимофей"),
    ("ru", "я по поводу заказа речь о валентине она моя соседка", "валентине"),
    ("uk", "так це ярослава на зв'язку", "ярослава"),
    ("uk", "ми прийдемо разом з богданою о третій", "богданою"),
    ("ru", "Я по поводу записи. Станислав у телефона.", "Станислав"),
    # a surname alone, any case
    ("ru", "Позвоните лучше Мартыновой, это моя сестра.", "Мартыновой,"),
    ("ru", "я вчера говорила с гавриловой из вашего отдела", "гавриловой"),
    ("uk", "це ткачук я вже телефонувала", "ткачук"),
    # first name, surname and patronymic in one oblique case
    ("ru", "можно поговорить с гавриловым тимуром андреевичем", "гавриловым тимуром андреевичем"),
    # Lithuanian: listed first names in any case, diminutives, surnames in any case
    ("lt", "pažymą išduokite gretai", "gretai"),
    ("lt", "rytoj atvešiu jonuką", "jonuką"),
    ("lt", "atvyksime kartu su kazlauskiene", "kazlauskiene"),
    ("lt", "ar galiu pasikalbėti su Mindaugu?", "Mindaugu?"),
    # the caller on the line, a name no list knows
    ("en", "hi it's imelda here about my order", "imelda"),
    ("en", "the parcel is for my neighbour and maureen will collect it", "maureen"),
    # double names and surnames, a surname after a patronymic
    ("ru", "да на карте написано анна-лиза огородникова это дочь", "анна-лиза огородникова"),
    ("ru", "оформите на валерию игоревну прохорову-штерн", "валерию игоревну прохорову-штерн"),
    # a first name that is also a word, capitalised beside a surname in a typed sentence
    ("ru", "Второй участник — сосед по даче, Лев Арсеньев, он за рулём.", "Лев Арсеньев,"),
    ("ru", "Квартира оформлена на меня, я владелица, Надежда Колесникова.",
     "Надежда Колесникова."),
])
def test_a_name_said_without_a_cue_is_masked(lang, text, name):
    assert name in said_by_caller(lang, text)


@pytest.mark.parametrize(("lang", "turns", "name"), [
    ("en", ["And the surname?", "Whitcombe, that's W-H-I-T-C-O-M-B-E.",
            "Thanks, Whitcombe. Anything else?"], "Whitcombe."),
    ("en", ["And the surname?", "Abernethy.", "Thanks, Abernethy. Anything else?"],
     "Abernethy."),
    ("uk", ["як вас записати", "ну давайте так", "дякую кравчук хто ще прийде"], "кравчук"),
])
def test_the_agent_thanking_the_caller_by_name_masks_the_name(lang, turns, name):
    assert name in persons(turns, lang, [A, C, A])


@pytest.mark.parametrize(("lang", "text", "word", "letters"), [
    ("ru", "воронцова по буквам в о р о н ц о в а", "воронцова", "в о р о н ц о в а"),
    ("en", "dermot o'hara that's o h a r a", "o'hara", "o h a r a"),
])
def test_a_surname_said_before_its_spelling_is_masked_with_it(lang, text, word, letters):
    found_names = " ".join(said_by_caller(lang, text))
    assert word in found_names and letters in found_names


def test_a_street_spelled_out_is_not_a_surname():
    turns = ["what is your address", "it's twelve first street first is spelled f i r s t"]
    assert "first" not in persons(turns, "en", [A, C])


@pytest.mark.parametrize(("lang", "text"), [
    # names that are everyday words
    ("ru", "вера в ваш сервис совсем пропала"),
    ("ru", "надежда только на вас"),
    ("ru", "купила роман в мягкой обложке"),
    ("ru", "слава богу всё заработало"),
    ("uk", "надія тільки на вас"),
    ("uk", "масло і фільтри коштують дорого"),
    ("uk", "застава яка і чи можна повернути"),
    ("en", "i will call back in may"),
    ("en", "please mark the parcel as fragile"),
    ("en", "the bill was too high this month"),
    ("lt", "sąskaita už liepos mėnesį"),
    ("lt", "negaunu laiškų apie sąskaitą"),
    ("lt", "šįryt ant mašinos stiklo buvo rasa"),
    ("lt", "sutikau aušrą prie ežero"),
    # months, streets and firms named after people
    ("uk", "можу прийти двадцятого листопада"),
    ("ru", "на перекрёстке ленина и садовой"),
    ("uk", "скажіть а на вулиці франка є відділення"),
    ("en", "I'm staying at the Beatrice Hotel tonight."),
    ("lt", "ar jūsų programa gintarė plius dar galioja"),
    ("lt", "nupirkau du pakelius ir rūta šokoladas"),
    ("uk", "а відділення на Сагайдачного працює в неділю?"),
    ("ru", "хочу два билета на щелкунчика на субботу"),
])
def test_words_and_places_that_look_like_names_are_not_masked(lang, text):
    assert said_by_caller(lang, text) == []


@pytest.mark.parametrize(("lang", "turns"), [
    # the agent's own name, said back by the caller
    ("ru", ["Служба поддержки, оператор Глеб, здравствуйте.", "Спасибо, Глеб, вы помогли."]),
    ("lt", ["labdaros fondas kalba marius", "ačiū marius labai padėjote"]),
    # the caller thanking or calling the agent by name, even one the greeting did not give
    ("ru", ["Служба поддержки, слушаю вас.", "спасибо ульяна а офис работает в субботу"]),
    ("uk", ["Служба підтримки, слухаю вас.", "Дякую, Оксано, ви дуже допомогли."]),
    ("en", ["Support line, how can I help?", "cheers imogen is the shop open today"]),
    ("en", ["Support line, how can I help?", "Sorry, Imogen, could you repeat that?"]),
    # a name in the agent's greeting after an IVR menu
    ("uk", ["Для оплати натисніть 1.", "Натиснула.",
            "Добрий день, служба доставки, Маргарита на лінії."]),
])
def test_the_agents_own_name_is_not_masked(lang, turns):
    roles = [A, C] if len(turns) == 2 else [A, C, A]
    assert persons(turns, lang, roles) == []
