"""Redaction recall classes found on blind sets 9 and 10 (round 9), each with new wording in
the languages where it applies and hard negatives beside it: a surname spelled letter by
letter, a phone number broken off by a self-repair and finished in the next turn, and a
name after a brother, sister, aunt or uncle."""

from __future__ import annotations

import pytest
from _redact import found

A, C = "agent", "customer"


def of_type(kind: str, turns: list[str], lang: str, roles: list[str] | None = None) -> list[str]:
    return [text for found_kind, text in found(turns, lang, roles) if found_kind == kind]


# A surname spelled letter by letter ---------------------------------------------------------


@pytest.mark.parametrize(("lang", "ask", "spelled", "masked"), [
    ("ru", "Назовите фамилию по буквам.", "Г-О-Р-Д-Е-Е-В", "Г-О-Р-Д-Е-Е-В"),
    ("ru", "фамилию по буквам пожалуйста", "ну л ы т к и н", "л ы т к и н"),
    ("uk", "Продиктуйте прізвище по літерах.", "Т-К-А-Ч-Е-Н-К-О", "Т-К-А-Ч-Е-Н-К-О"),
    ("uk", "прізвище по літерах будь ласка", "д м и т р у к", "д м и т р у к"),
    ("en", "could you spell your surname", "n o w i c k i", "n o w i c k i"),
    ("en", "Your surname, spelled out?", "H-A-R-G-R-E-A-V-E-S", "H-A-R-G-R-E-A-V-E-S"),
    ("lt", "pasakykite pavardę paraidžiui", "š i m k u s", "š i m k u s"),
])
def test_a_surname_spelled_letter_by_letter_is_masked(lang, ask, spelled, masked):
    assert of_type("PERSON", [ask, spelled], lang, [A, C]) == [masked]


@pytest.mark.parametrize(("lang", "turns", "masked"), [
    ("ru", ["Как вас записать?", "Лыткин.", "Как пишется?", "Л-Ы-Т-К-И-Н"], "Л-Ы-Т-К-И-Н"),
    ("en", ["who's calling", "okafor", "how do you spell that", "o k a f o r"], "o k a f o r"),
])
def test_letters_that_spell_a_word_said_before_are_masked_without_a_name_cue(lang, turns,
                                                                          masked):
    assert masked in of_type("PERSON", turns, lang, [A, C, A, C])


@pytest.mark.parametrize(("lang", "turn"), [
    ("ru", "код на коробке б р к"),          # letters nobody asked a name for
    ("ru", "а я в банке уже была"),          # one-letter words strung together
    ("ru", "м-м-м не помню"),                # a drawn-out hesitation
    ("ru", "э-э-э сейчас"),
    ("uk", "а я в банку вже була"),
    ("uk", "і в у нас теж"),
    ("en", "i a b test was fine"),
    ("lt", "o a ė nežinau"),
])
def test_one_letter_words_and_hesitations_are_not_a_spelling(lang, turn):
    assert of_type("PERSON", [turn], lang) == []


def test_letters_read_inside_an_iban_are_not_a_name():
    turns = ["can you give me the iban", "g b", "yep", "fourteen", "carry on", "n w b k",
             "okay", "forty five fifty two"]
    assert of_type("PERSON", turns, "en", [A, C, A, C, A, C, A, C]) == []


# A phone number broken off by a self-repair and finished in the next turn --------------------


@pytest.mark.parametrize(("lang", "turns", "pieces"), [
    ("ru", ["Оставьте номер телефона.", "8 9162 44 — нет, подождите, не то.", "Да, слушаю.",
            "508 317"], ("8 9162 44", "508 317")),
    ("ru", ["оставьте контактный номер", "восемь девять один шесть два ой нет не то",
            "да слушаю", "м-м пять ноль восемь три один семь"], ("восемь", "семь")),
    ("uk", ["залиште номер телефону", "нуль шість сім два ні стривайте не те", "так слухаю",
            "м-м один два три чотири п'ять шість"], ("нуль", "шість")),
    ("en", ["can i take a contact number", "oh seven nine one one no hang on wrong",
            "no rush", "four hundred fifty six zero seven one"], ("oh seven", "zero seven one")),
    ("lt", ["Palikite kontaktinį numerį.", "8 6122 00 — ne, palaukit, ne tas.", "Klausau.",
            "517 3"], ("8 6122 00", "517 3")),
])
def test_a_phone_finished_after_a_self_repair_is_one_phone(lang, turns, pieces):
    phones = of_type("PHONE", turns, lang, [A, C, A, C])
    assert len(phones) == 1
    assert phones[0].startswith(pieces[0]) and phones[0].endswith(pieces[1])


@pytest.mark.parametrize(("lang", "turns"), [
    ("ru", ["Во сколько вам удобно?", "В 15 30 — нет, подождите, не то.", "Да, слушаю.",
            "в 16 00"]),
    ("en", ["how much did you pay", "forty five pounds no wait wrong", "no rush",
            "fifty pounds"]),
    ("uk", ["номер замовлення будь ласка", "сорок два ні стривайте не те", "так слухаю",
            "сорок три"]),
])
def test_times_amounts_and_order_numbers_around_a_self_repair_stay(lang, turns):
    assert of_type("PHONE", turns, lang, [A, C, A, C]) == []


# A name after a brother, sister, aunt or uncle --------------------------------------------


@pytest.mark.parametrize(("lang", "turn", "name"), [
    ("ru", "документы привезёт мой брат Тимофей", "Тимофей"),
    ("ru", "заберёт моя сестра ксения", "ксения"),
    ("uk", "документи привезе мій брат Остап", "Остап"),
    ("uk", "забере моя сестра соломія", "соломія"),
    ("lt", "dokumentus atveš brolis Mantas", "Mantas"),
    ("lt", "atvažiuos sesuo ieva", "ieva"),
    ("en", "my uncle Desmond will pick it up", "Desmond"),
])
def test_a_name_after_a_brother_sister_aunt_or_uncle_is_masked(lang, turn, name):
    assert name in " ".join(of_type("PERSON", [turn], lang))


@pytest.mark.parametrize(("lang", "turns", "roles"), [
    ("ru", ["мой брат завтра привезёт документы"], [C]),
    ("uk", ["мій брат теж клієнт банку"], [C]),
    ("lt", ["brolis atveš dokumentus rytoj"], [C]),
    ("en", ["my uncle will pick it up on monday at ten"], [C]),
    ("ru", ["Здравствуйте, ритуальная служба, Денис на линии.", "мой брат позвонит позже"],
     [A, C]),
])
def test_kin_words_without_a_name_mask_nothing(lang, turns, roles):
    assert of_type("PERSON", turns, lang, roles) == []


# A birth year corrected after a question in between --------------------------------------


@pytest.mark.parametrize(("lang", "turns", "dob"), [
    ("en", ["And your date of birth?", "I was born on 03/05/1988.", "Are you the account holder?",
            "Yes. Oh, I gave you the wrong year. It's actually 03/05/1991."], "03/05/1991."),
    ("ru", ["Ваша дата рождения?", "12.04.1975", "Вы владелец счёта?",
            "Да. Ой, я назвала не тот год, правильно 12.04.1977."], "12.04.1977."),
    ("uk", ["Ваша дата народження?", "12.04.1975", "Ви власник рахунку?",
            "Так. Ой, я назвала не той рік, правильно 12.04.1977."], "12.04.1977."),
    ("lt", ["Jūsų gimimo data?", "1975-04-12", "Ar jūs sutarties savininkas?",
            "Taip. Oi, pasakiau ne tuos metus, teisingai 1977-04-12."], "1977-04-12."),
])
def test_a_birth_year_corrected_two_turns_later_is_a_dob(lang, turns, dob):
    assert dob in of_type("DOB", turns, lang, [A, C, A, C])


def test_an_appointment_after_the_birth_date_is_not_corrected_into_one():
    turns = ["And your date of birth?", "03/05/1988.", "When would you like to come in?",
             "The 14th of June, at ten."]
    assert of_type("DOB", turns, "en", [A, C, A, C]) == ["03/05/1988."]


def test_the_lithuanian_year_2000_said_as_one_ordinal_word_is_a_birth_year():
    turns = ["gimimo data dutūkstantųjų metų rugsėjo dvyliktą dieną"]
    assert of_type("DOB", turns, "lt") == ["dutūkstantųjų metų rugsėjo dvyliktą dieną"]


def test_the_year_2000_in_a_delivery_date_is_no_birth_date():
    assert of_type("DOB", ["pristatymas dutūkstantųjų metų rugsėjo dvyliktą"], "lt") == []
