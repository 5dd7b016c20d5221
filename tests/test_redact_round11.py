"""Redaction classes found on blind set 13 and the residual misses of blind set 12 (round
11), each with new wording and values in the languages where it applies and hard negatives
beside it: a spelled surname followed by the agent's reference number, a dictionary word
after name + patronymic as the surname, a caller's name the agent says back, a name said
right before a birth date, whom a power of attorney is for, an agreement's number, an IBAN's
country code in Cyrillic letter names, an RNOKPP after «код», a support case's number, a
dialled +1 number, and a birth date after a long aside."""

from __future__ import annotations

import pytest
from _redact import found, said

from speechqa.redact import checksums

A, C = "agent", "customer"


def of_type(kind: str, turns: list[str], lang: str, roles: list[str] | None = None) -> list[str]:
    return [text for found_kind, text in found(turns, lang, roles) if found_kind == kind]


def iban_with_check(country: str, body: str) -> str:
    """``country`` + the two check digits that make ``body`` a valid IBAN."""
    return next(code for check in range(100)
                if checksums.iban(code := f"{country}{check:02d}{body}"))


def first_valid(check, start: int, count: int = 1) -> list[str]:
    """The first ``count`` numbers from ``start`` up that pass ``check``."""
    values, number = [], start
    while len(values) < count:
        if check(str(number)):
            values.append(str(number))
        number += 1
    return values


# A spelled surname, then the agent's reference number -------------------------------------


@pytest.mark.parametrize(("lang", "turns", "spelled"), [
    ("ru", ["Фамилию по буквам, пожалуйста.", "К-О-Р-Н-Е-Е-В.",
            "Заявка 5520913847 принята, ответ через 5 дней."], "К-О-Р-Н-Е-Е-В."),
    ("uk", ["прізвище по буквах будь ласка", "по буквах с и д о р у к",
            "звернення номер сорок два сімдесят один вісімдесят три зареєстровано"],
     "с и д о р у к"),
    ("en", ["could you spell the surname for me", "o k a f o r",
            "reference sixty one forty two ninety three allow ten days"], "o k a f o r"),
    ("lt", ["Pavardę paraidžiui, prašau.", "Ž-I-L-I-N-S-K-A-S.",
            "Prašymas 7712093 užregistruotas."], "Ž-I-L-I-N-S-K-A-S."),
])
def test_a_spelled_surname_before_the_agents_number_is_masked(lang, turns, spelled):
    assert spelled in of_type("PERSON", turns, lang, [A, C, A])


def test_letters_read_beside_digits_in_one_turn_name_nobody():
    turns = ["could you spell the surname for me", "the code is x k z 4 5 6 on the letter"]
    assert of_type("PERSON", turns, "en", [A, C]) == []


# A dictionary word after name + patronymic is the surname ---------------------------------


@pytest.mark.parametrize(("lang", "turn", "name"), [
    ("ru", "я звоню по поводу ольги сергеевны сосновской", "ольги сергеевны сосновской"),
    ("ru", "меня зовут ольга сергеевна сосновская", "ольга сергеевна сосновская"),
    ("uk", "довіреність на петра івановича калинівського", "петра івановича калинівського"),
    ("uk", "мене звати оксана петрівна соснівська", "оксана петрівна соснівська"),
    # (a patronymic the dictionary lacks, known by its shape)
    ("uk", "договір шістсот сорок один мене звати ганна богданівна калинівська",
     "ганна богданівна калинівська"),
])
def test_a_surname_shaped_word_after_a_patronymic_is_the_surname(lang, turn, name):
    assert of_type("PERSON", [turn], lang) == [name]


@pytest.mark.parametrize(("lang", "turn", "name"), [
    ("ru", "иван петрович готов подъехать завтра", "иван петрович"),
    ("ru", "анна сергеевна один раз уже звонила", "анна сергеевна"),
])
def test_a_short_adjective_or_a_numeral_after_a_patronymic_is_no_surname(lang, turn, name):
    assert of_type("PERSON", [turn], lang) == [name]


# The caller's name the agent says back ------------------------------------------------------


@pytest.mark.parametrize(("lang", "turns", "names"), [
    ("en", ["thames valley dental my name's gareth how can i help", "it's dex",
            "dex can i take a postcode"], ["dex", "dex"]),
    ("en", ["Northway Energy, you're speaking to Priya.", "It's Kez, hi.",
            "Thanks Kez, what's the account about?"], ["Kez,", "Kez,"]),
    ("ru", ["Служба доставки «Ветер», меня зовут Олег.", "Это Чинь, добрый день.",
            "Чинь, продиктуйте номер заказа."], ["Чинь,", "Чинь,"]),
    ("uk", ["салон зв'язку мене звати ірина", "мене звати ойгуль",
            "ойгуль назвіть номер телефону"], ["ойгуль", "ойгуль"]),
])
def test_a_name_the_agent_says_back_is_masked_both_times(lang, turns, names):
    assert of_type("PERSON", turns, lang, [A, C, A]) == names


@pytest.mark.parametrize(("lang", "turns"), [
    ("en", ["city water my name's owen", "it's broken", "broken can i take the address"]),
    ("ru", ["Служба доставки, меня зовут Олег.", "Это срочно.", "Срочно, понимаю. Что случилось?"]),
    ("uk", ["служба таксі мене звати роман", "це терміново", "терміново зрозуміло що сталося"]),
])
def test_a_word_the_agent_repeats_that_is_no_name_stays(lang, turns):
    assert of_type("PERSON", turns, lang, [A, C, A]) == []


# A name said right before a birth date -----------------------------------------------------


@pytest.mark.parametrize(("lang", "turn", "name"), [
    ("en", "I'd like to enrol my grandson, Alfie, born 04/03/2018.", "Alfie,"),
    ("ru", "Запишите дочку: Злата, дата рождения 7 мая 2021.", "Злата,"),
    ("uk", "це для тарасика дата народження третього квітня двадцятого року", "тарасика"),
    ("uk", "Запишіть сина: Стасик, дата народження 2 лютого 2020.", "Стасик,"),
])
def test_a_name_right_before_a_birth_date_is_masked(lang, turn, name):
    assert name in of_type("PERSON", [turn], lang)


@pytest.mark.parametrize(("lang", "turn"), [
    ("en", "The holder's date of birth is 12/07/1979."),
    ("uk", "Вкажіть ПІБ, дата народження 12.07.1979."),
    ("ru", "Короче дата рождения 12.07.1979."),
])
def test_a_possessive_an_acronym_or_a_sentence_opener_before_a_birth_date_is_no_name(
        lang, turn):
    assert of_type("PERSON", [turn], lang) == []


# Whom a power of attorney is for, whom a lawyer represents -------------------------------


@pytest.mark.parametrize(("lang", "turn", "name"), [
    ("ru", "мне нужна доверенность на петьку", "петьку"),
    ("en", "good morning i represent declan fitzwilliam in this claim",
     "declan fitzwilliam"),
])
def test_whom_a_power_of_attorney_or_a_lawyer_is_for_is_masked(lang, turn, name):
    assert of_type("PERSON", [turn], lang) == [name]


@pytest.mark.parametrize(("lang", "turn"), [
    ("ru", "мне нужна доверенность на квартиру и на машину"),
    ("uk", "потрібна довіреність на отримання посилки"),
    ("en", "i represent the company in this matter"),
])
def test_a_power_of_attorney_for_a_thing_names_nobody(lang, turn):
    assert of_type("PERSON", [turn], lang) == []


# An agreement's number, a support case's number --------------------------------------------


@pytest.mark.parametrize(("turns", "value"), [
    (["which agreement is it", "agreement 47-118205, thanks"], "47-118205,"),
    (["And the client's agreement number?", "58213907, and that's all."], "58213907,"),
    (["and the agreement number", "six one seven two nine four three"],
     "six one seven two nine four three"),
])
def test_an_agreements_number_is_an_account(turns, value):
    assert of_type("ACCOUNT", turns, "en", [A, C]) == [value]


@pytest.mark.parametrize("turns", [
    ["I've raised case 5521987643, you'll hear back in 7 days.", "Thanks."],
    ["i've raised case seven one four four nine two six three eight oh", "cheers"],
])
def test_a_support_case_number_is_no_phone_or_account(turns):
    assert of_type("PHONE", turns, "en", [A, C]) == []
    assert of_type("ACCOUNT", turns, "en", [A, C]) == []


# An IBAN's country code in Cyrillic letter names ------------------------------------------

UA_IBAN = iban_with_check("UA", "3520940000026004127831905")
LT_IBAN = iban_with_check("LT", "7300010148326071")


@pytest.mark.parametrize(("lang", "letters", "iban"), [
    ("uk", "ю ей", UA_IBAN),
    ("ru", "эл тэ", LT_IBAN),
])
def test_an_iban_spelled_in_cyrillic_letter_names_is_an_account(lang, letters, iban):
    spoken = f"{letters} {said(iban[2:], lang)}"
    accounts = of_type("ACCOUNT", ["на який рахунок", f"iban {spoken}"], lang, [A, C])
    assert accounts == [spoken]


def test_cyrillic_letters_that_are_no_country_code_make_no_iban():
    turn = f"ей {said('123456789012345678', 'uk')} ну"
    assert of_type("ACCOUNT", [turn], "uk") == []


# Ten RNOKPP-valid digits after «код» ---------------------------------------------------------

RNOKPP, OTHER_RNOKPP = first_valid(checksums.rnokpp, 3140000000, 2)
NOT_RNOKPP = next(d for d in (str(n) for n in range(3140000000, 3140000100))
                  if not checksums.rnokpp(d))


@pytest.mark.parametrize("turns", [
    ["Назвіть РНОКПП.", f"{OTHER_RNOKPP}.", "Дякую.", f"І код ще раз, для певності: {RNOKPP}."],
    ["Номер договору клієнта?", f"17-402913, код клієнта {RNOKPP}.", "Дякую.", "Так."],
])
def test_an_rnokpp_after_the_word_code_is_a_national_id(turns):
    assert f"{RNOKPP}." in of_type("NATIONAL_ID", turns, "uk", [A, C, A, C])


@pytest.mark.parametrize("turn", [
    f"код клієнта {NOT_RNOKPP}, дякую",
    "код замовлення 0671234057",
])
def test_ten_digits_after_code_without_the_check_digit_are_no_national_id(turn):
    assert of_type("NATIONAL_ID", [turn], "uk") == []


# A dialled +1 number is a phone ----------------------------------------------------------------

SNILS_SHAPED = first_valid(lambda d: checksums.snils(d), 12125550100)[0]


def test_a_dialled_number_passing_the_snils_check_is_a_phone():
    number = f"+{SNILS_SHAPED[0]} {SNILS_SHAPED[1:4]}-{SNILS_SHAPED[4:7]}-{SNILS_SHAPED[7:]}."
    turns = ["Can I take a contact number?", f"I'm abroad, the line's bad. Again: {number}"]
    assert of_type("NATIONAL_ID", turns, "en", [A, C]) == []
    assert of_type("PHONE", turns, "en", [A, C]) == [number]


# A birth date after a long aside ------------------------------------------------------------


@pytest.mark.parametrize(("lang", "turns", "date"), [
    ("en", ["date of birth please", "oh hang on let me just get my reading glasses right "
            "the ninth of may nineteen sixty one"], "the ninth of may nineteen sixty one"),
    ("ru", ["дата рождения пожалуйста", "ой подождите сейчас найду очки где-то тут были "
            "двенадцатого марта тысяча девятьсот шестьдесят первого года"],
     "двенадцатого марта тысяча девятьсот шестьдесят первого года"),
])
def test_a_birth_date_after_a_long_aside_is_masked(lang, turns, date):
    assert of_type("DOB", turns, lang, [A, C]) == [date]


def test_a_date_long_after_the_birth_date_question_is_no_birth_date():
    turns = ["date of birth please", "sorry before that i wanted to ask about the delivery "
             "you promised me last week because nobody came on the fifth of june"]
    assert of_type("DOB", turns, "en", [A, C]) == []


# A phone read back with its hundreds said otherwise -------------------------------------------


@pytest.mark.parametrize(("lang", "turns", "read_back"), [
    ("ru", ["по какому номеру перезвонить", "плюс семь девять один шесть три", "да",
            "ноль ноль один восемь пять два",
            "повторяю восемь девятьсот шестнадцать триста восемнадцать пятьдесят два"],
     "восемь девятьсот шестнадцать триста восемнадцать пятьдесят два"),
    ("uk", ["за яким номером передзвонити", "нуль шість сім два", "так",
            "нуль нуль три один чотири вісім",
            "повторюю нуль шістдесят сім двісті тридцять один сорок вісім"],
     "нуль шістдесят сім двісті тридцять один сорок вісім"),
])
def test_a_phone_read_back_with_hundreds_said_otherwise_is_a_phone(lang, turns, read_back):
    assert read_back in of_type("PHONE", turns, lang, [A, C, A, C, A])


def test_an_amount_in_hundreds_after_a_phone_is_no_read_back():
    turns = ["по какому номеру перезвонить", "плюс семь девять один шесть три ноль ноль один "
             "восемь пять два", "и к оплате четыреста восемнадцать рублей"]
    assert of_type("PHONE", turns, "ru", [A, C, A]) == [
        "плюс семь девять один шесть три ноль ноль один восемь пять два"]
