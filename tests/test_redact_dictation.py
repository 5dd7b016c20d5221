"""Numbers as callers really dictate them (issue 12 follow-up): asides and self-repairs
between digits, the other speaker acknowledging between parts, separators read out,
singular "тысяча" starting a group; and that the permissive reading keeps the hard
negatives (amounts, times, last four digits, menu choices, order numbers) unmasked."""

from __future__ import annotations

import pytest
from _redact import found as found_in

from speechqa.redact.numbers import read_token, split_readings, words_to_digits


def found(turns: list[str], lang: str, roles: list[str] | None = None) -> list[tuple[str, str]]:
    """Dictation is a dialogue: turns alternate agent, customer unless ``roles`` says otherwise."""
    alternating = ["agent" if i % 2 == 0 else "customer" for i in range(len(turns))]
    return found_in(turns, lang, roles or alternating)


@pytest.mark.parametrize("lang,turns,kind,span", [
    # hesitations and asides inside the digits, one digit after them
    ("ru", ["код на обороте карты назовите", "пять восемь сейчас пять"], "CVV",
     "пять восемь сейчас пять"),
    ("uk", ["три цифри на звороті картки", "сорок зараз три"], "CVV", "сорок зараз три"),
    ("en", ["the three digit code on the back", "four um five one"], "CVV", "four um five one"),
    # multi-word asides whose words are number words ("one sec")
    ("en", ["what's the best number to reach you on",
            "oh seven hang on double six four one sorry double two oh two eight"], "PHONE",
     "oh seven hang on double six four one sorry double two oh two eight"),
    # a separator read out between month and year
    ("en", ["and the expiry", "oh eight slash twenty seven"], "EXPIRY",
     "oh eight slash twenty seven"),
    # a month word and a year said as a number are one date
    ("en", ["the expiry month and year please", "may two thousand and twenty nine"], "EXPIRY",
     "may two thousand and twenty nine"),
    ("lt", ["kokiu numeriu jums paskambinti",
            "aštuoni šeši septyni du vienas nulis palaukite keturi tuoj aštuoni vienas"],
     "PHONE", "aštuoni šeši septyni du vienas nulis palaukite keturi tuoj aštuoni vienas"),
    # an aside not in any word list, after a cue asked for the number
    ("en", ["can i have your social security number",
            "three oh scratch this four two seven one two one four"], "NATIONAL_ID",
     "three oh scratch this four two seven one two one four"),
])
def test_asides_inside_a_dictated_number(lang, turns, kind, span):
    assert (kind, span) in found(turns, lang)


@pytest.mark.parametrize("lang,turns", [
    ("ru", ["назовите шестнадцать цифр на пластике", "пятьсот четырнадцать ну один", "так",
            "шесть ну два один так ноль", "да", "пять два значит один восемь пять четыре девять"
            " пять"]),
    ("en", ["so the card is", "six two eight six four", "uh huh",
            "eight hundred and fifty three fifty five", "yep", "four two two seven"]),
    ("lt", ["kortelės numeris", "keturiasdešimt aštuoni devyni devyni", "aha",
            "devyni minutėlę aštuoni trys keturi nulis devyni", "taip",
            "penki šeši septyni aštuoni vienas du"]),
])
def test_number_dictated_over_turns_with_acknowledgements(lang, turns):
    result = found(turns, lang)
    assert [kind for kind, _ in result] == ["CARD"]
    customer_parts = [t for i, t in enumerate(turns[1:], start=1) if i % 2 == 1]
    assert result[0][1].count("|") == len(customer_parts) - 1


def test_singular_thousand_starts_the_next_group():
    # 2243 1134 6107 0207 read as thousands: "тысяча сто тридцать четыре" is 1134
    said = ("две тысячи двести сорок три тысяча сто тридцать четыре шесть тысяч сто семь "
            "нуль двести семь")
    assert words_to_digits(said.split()) == "2243113461070207"
    assert words_to_digits(["сорок", "одна", "тысяча"]) == "41000"
    assert words_to_digits(["keturi", "tūkstančiai", "tūkstantis", "du"]) == "40001002"


def test_read_back_of_a_card_said_as_thousands_is_found_by_luhn():
    digits = "4276380012345679"
    said = ("четыре тысячи двести семьдесят шесть три тысячи восемьсот "
            "двенадцать тридцать четыре пятьдесят шесть семьдесят девять")
    # as speech "три тысячи восемьсот двенадцать" is 3812; only the checksum says 3800-12
    assert words_to_digits(said.split()) == digits.replace("380012", "3812")
    assert digits in split_readings([read_token(w) for w in said.split()])
    assert [k for k, _ in found(["я правильно записала " + said, "да"], "ru")] == ["CARD"]


def test_a_pause_may_close_a_group_when_the_composed_reading_fits_nothing():
    # "сорок, зараз, три" composed is 43 (no CVV); read with the pause it is 403
    assert found(["назвіть cvv код", "сорок зараз три"], "uk") == [("CVV", "сорок зараз три")]


@pytest.mark.parametrize("lang,turns", [
    ("en", ["you can text me at oh seven eight nine nine eight two six five six nine after six"]),
    ("ru", ["номер мобильного восемь девятьсот шестнадцать сто двадцать три сорок пять "
            "шестьдесят семь звоните после шести"]),
])
def test_words_after_a_number_are_not_bridged_to_a_time(lang, turns):
    result = found(turns, lang)
    assert [kind for kind, _ in result] == ["PHONE"]
    assert "six" not in result[0][1].split()[-1:] and "шести" not in result[0][1]


@pytest.mark.parametrize("lang,turns", [
    ("ru", ["с карты списали две тысячи триста сорок рублей", "а я ничего не покупал"]),
    ("ru", ["карта заканчивается на четыре два один один верно", "да"]),
    ("ru", ["для блокировки карты нажмите три", "ага"]),
    ("ru", ["ваш заказ номер один два три четыре пять шесть семь отправлен", "спасибо"]),
    ("uk", ["картку відкрили дванадцять днів тому", "зрозуміло"]),
    ("uk", ["останні чотири цифри п'ять п'ять три два", "так моя"]),
    ("en", ["the card ending in four two one one is that right", "yes"]),
    ("en", ["the balance on your card is two thousand three hundred and fifty pounds", "right"]),
    ("en", ["i can book you in on march fifth at three thirty", "great"]),
    ("en", ["to block your card press two", "okay"]),
    ("lt", ["kortelė baigiasi keturi du vienas vienas teisingai", "taip"]),
    ("lt", ["iš kortelės nuskaičiavo tūkstantis du šimtai eurų", "aišku"]),
    # a street address read back over several short turns stays an address, not a number
    ("en", ["i have five four six", "main street", "harper valley"]),
])
def test_hard_negatives_stay_unmasked_near_card_words(lang, turns):
    result = found(turns, lang, ["agent"] * len(turns) if turns[1:2] == ["main street"]
                   else None)
    assert not [kind for kind, _ in result if kind != "ADDRESS"]


@pytest.mark.parametrize("lang,turns", [
    ("en", ["the code from the back", "ninety five"]),  # 905 read as 90-5
    ("lt", ["cvv kodas", "šešiasdešimt keturi"]),  # 604 read as 60-4
])
def test_cvv_read_in_pairs_is_split_where_the_cue_needs_three_digits(lang, turns):
    assert [kind for kind, _ in found(turns, lang)] == ["CVV"]


def test_two_digit_number_without_a_cvv_cue_is_left_alone():
    assert found(["how many cards do you have", "ninety five"], "en") == []


@pytest.mark.parametrize("lang,turns,span", [
    ("ru", ["паспорт", "серия 4508 номер 612345"], "4508 номер 612345"),
    ("uk", ["паспорт", "серія ка ем номер шість один два три чотири п'ять"],
     "ка ем номер шість один два три чотири п'ять"),
    ("ru", ["паспорт серия и номер", "шестьдесят четыре тридцать девять пятьдесят четыре "
            "двадцать один ноль шесть"],
     "шестьдесят четыре тридцать девять пятьдесят четыре двадцать один ноль шесть"),
])
def test_passport_series_before_the_number_word(lang, turns, span):
    assert found(turns, lang) == [("PASSPORT", span)]


def test_weak_expiry_cue_counts_when_the_card_was_discussed_earlier_in_the_call():
    turns = ["we discussed your visa card earlier", "yes", "okay", "so",
             "let me ask a few things first about your address and so on", "fine",
             "and when does it run out", "oh two twenty nine"]
    assert found(turns, "en") == [("EXPIRY", "oh two twenty nine")]
    assert found(["my membership is valid until march twenty twenty six", "ok"], "en") == []


@pytest.mark.parametrize("lang,turns,expected", [
    ("ru", ["номер карты срок и код пожалуйста",
            "два два два ноль пять пять щас четыре два ага ноль три четыре девять девять пять "
            "восемь секундочку три", "срок", "июнь две тысячи двадцать восемь", "код",
            "девяносто три восемь"], ["CARD", "EXPIRY", "CVV"]),
    ("en", ["card number expiry and security code please", "2220 5542 0349 9583", "expiry",
            "oh six twenty eight", "and the code", "nine three eight"],
     ["CARD", "EXPIRY", "CVV"]),
])
def test_card_expiry_and_code_asked_at_once(lang, turns, expected):
    assert [kind for kind, _ in found(turns, lang)] == expected


@pytest.mark.parametrize("lang,turns,dob", [
    ("ru", ["уточните дату рождения и инн", "двадцать восьмого ноября тысяча девятьсот "
            "девяносто пятого года а инн пять ноль ноль один ноль ноль семь три два семь восемь "
            "ноль"], "двадцать восьмого ноября тысяча девятьсот девяносто пятого года"),
    ("ru", ["уточните дату рождения и инн", "нуль семь ноль три девятнадцать сорок пять а инн "
            "500100732780"], "нуль семь ноль три девятнадцать сорок пять"),
    ("lt", ["patikslinkite gimimo datą ir asmens kodą", "14.06.2001 o kodas 39001010008"],
     "14.06.2001"),
])
def test_birth_date_then_an_id_in_one_answer(lang, turns, dob):
    result = found(turns, lang)
    assert result[0] == ("DOB", dob)
    assert [kind for kind, _ in result] == ["DOB", "NATIONAL_ID"]


def test_two_cards_last_digits_are_not_one_card():
    turns = ["у вас две карты на четыре один три четыре и на три восемь семь семь какая нужна",
             "первая"]
    assert found(turns, "ru") == []


@pytest.mark.parametrize("lang,turns,expiry", [
    ("ru", ["сверим данные карты", "4276 3800 1234 5679", "и до какого она", "нуль два тридцать"],
     "нуль два тридцать"),
    ("uk", ["звіримо дані картки", "4276 3800 1234 5679", "і до якого вона",
            "січень дві тисячі двадцять шість"], "січень дві тисячі двадцять шість"),
])
def test_month_and_year_after_a_card_number_is_its_expiry(lang, turns, expiry):
    assert found(turns, lang) == [("CARD", "4276 3800 1234 5679"), ("EXPIRY", expiry)]


def test_a_time_after_card_talk_is_not_an_expiry():
    turns = ["i paid forty pounds by card at twelve thirty and it never arrived", "okay"]
    assert found(turns, "en") == []
