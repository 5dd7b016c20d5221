"""Redaction classes found on blind set 18 (round 16), written as general mechanisms with new
values and wording in every language they apply to, hard negatives beside them: a number
right after a case's, claim's or order's noun is that record's, not a phone (a phone said
after it keeps its cue); a street given with an office's room is a business's premises (the
customer's address and its read-back stay masked), and an order's number before a street is
no house number; a card's group said again when asked is the card's; a code or expiry said,
corrected and said again in one breath is two codes (expiries); a card's expiry given
relative to now; someone ringing at the door is an aside, not a phone cue; Lithuanian
"šimtas" is one hundred; «имя и фамилия как на карте» asks for a name; a dictation filler
makes no name pair; a lower-case letter prefix of an English policy number; the expiry's
month asked alone."""

from __future__ import annotations

import pytest
from _redact import found, luhn_complete, masked, of_type, said

from speechqa.redact.numbers import words_to_digits

A, C = "agent", "customer"

CARD = luhn_complete("531864207719354")  # 5318 6420 7719 354x
GROUPS = [CARD[i:i + 4] for i in range(0, 16, 4)]


# A case's, claim's or order's own number is not a phone -----------------------------------


@pytest.mark.parametrize(("lang", "turn"), [
    ("ru", "Я уже третий раз звоню по делу 48213!"),
    ("ru", "я уже третий раз звоню по делу четыре восемь два один три"),
    ("uk", "Дзвоню вже втретє по справі 48213."),
    ("en", "I'm calling again about claim 48213."),
    ("en", "i keep calling about ticket four eight two one three"),
    ("lt", "Skambinu jau trečią kartą dėl bylos 48213."),
])
def test_a_number_right_after_a_records_noun_is_no_phone(lang, turn):
    assert of_type("PHONE", [turn], lang, [C]) == []


def test_the_case_number_repeated_later_is_no_phone_either():
    turns = ["Звоню по делу 57102, сколько можно.", "Номер заявки 57102, мастер будет в 12:30."]
    assert of_type("PHONE", turns, "ru", [C, A]) == []


@pytest.mark.parametrize(("lang", "turns", "phone"), [
    ("ru", ["Звоню по делу 48213, перезвоните мне: 8 912 345 67 89."], "8 912 345 67 89."),
    ("ru", ["Звоню по делу 48213.", "Куда вам перезвонить?", "89123456789"], "89123456789"),
    ("ru", ["звоню по делу четыре восемь два один три", "куда перезвонить",
            "восемь девять один два три четыре пять шесть семь восемь девять"],
     "восемь девять один два три четыре пять шесть семь восемь девять"),
    ("uk", ["Дзвоню по справі 48213, передзвоніть на 0671234567."], "0671234567."),
    ("en", ["Calling about case 48213. Call me back on 07700 900123."], "07700 900123."),
    ("lt", ["Skambinu dėl bylos 48213.", "Kokiu numeriu paskambinti?", "861234567"],
     "861234567"),
])
def test_a_real_phone_after_a_case_number_stays_a_phone(lang, turns, phone):
    roles = [C, A, C][:len(turns)]
    assert of_type("PHONE", turns, lang, roles) == [phone]
    assert not any("48213" in text for text in of_type("PHONE", turns, lang, roles))


# A business's own premises, an order's number before a street ------------------------------


@pytest.mark.parametrize(("lang", "turn"), [
    ("ru", "Мы на улице Лесной, кабинет 214, работаем с 9 часов."),
    ("ru", "Мы на проспекте Мира, каб. 5."),
    ("ru", "мы на улице лесной кабинет двести четырнадцать работаем с девяти"),
    ("uk", "Ми на вулиці Франка, кабінет 118, працюємо з 10."),
    ("en", "We're on Mill Road, room 305, open from nine."),
    ("en", "our office is on mill road room three hundred five"),
    ("lt", "Esame Vilniaus gatvėje, kabinetas 12, dirbame nuo 8."),
])
def test_a_street_given_with_an_offices_room_is_no_ones_address(lang, turn):
    assert of_type("ADDRESS", [turn], lang, [A]) == []


@pytest.mark.parametrize(("lang", "turn", "address"), [
    ("ru", "Наш офис на улице Садовой, 12, работаем с 9.", None),
    ("ru", "Наш офис по адресу: улица Садовая, дом 12.", None),
    ("ru", "Мы находимся на улице Садовой, 12.", "улице Садовой, 12."),
    ("uk", "Наш офіс на вулиці Садовій, 12.", None),
    ("en", "Our branch is at 12 Mill Road.", None),
    ("lt", "Mūsų skyrius Vilniaus gatvėje 12.", None),
    ("ru", "Мы на улице Садовой, 12, работаем с девяти.", None),
    ("uk", "Ми на вулиці Франка, 12, працюємо з дев'ятої.", None),
    ("en", "We're at 12 Chapel Street, open from nine.", None),
    ("lt", "Esame Pilies gatvėje 12, dirbame nuo 8.", None),
    ("ru", "Мой адрес: улица Садовая, дом 12.", "улица Садовая, дом 12."),
    ("en", "Our flat is at 12 Mill Road.", "12 Mill Road."),
])
def test_a_firms_own_address_is_no_ones_but_a_home_is(lang, turn, address):
    assert of_type("ADDRESS", [turn], lang, [A]) == ([address] if address else [])


@pytest.mark.parametrize(("lang", "turns"), [
    ("ru", ["Ваш адрес?", "Улица Лесная, дом 14, квартира 5.",
            "Записала: улица Лесная, дом 14, квартира 5."]),
    ("uk", ["Ваша адреса?", "Вулиця Франка, будинок 14, квартира 5.",
            "Записую: вулиця Франка, будинок 14, квартира 5."]),
    ("en", ["Your address?", "I live at 14 Mill Road.", "So that's 14 Mill Road."]),
    ("lt", ["Jūsų adresas?", "Gyvenu Vilniaus gatvėje 14, butas 5.",
            "Užrašiau: Vilniaus gatvė 14, butas 5."]),
])
def test_the_customers_address_and_its_read_back_stay_masked(lang, turns):
    addresses = masked(turns, lang, [A, C, A], "ADDRESS")
    assert "14" in " ".join(addresses.get(1, []))
    assert "14" in " ".join(addresses.get(2, []))


@pytest.mark.parametrize(("lang", "turn"), [
    ("ru", "Заказ номер 52917: улица Садовая, итого 1200 рублей."),
    ("uk", "Замовлення 52917: вулиця Садова, разом 1200 гривень."),
    ("en", "order five two nine one seven mill road three hundred forty pounds in total"),
    ("lt", "užsakymas penki du devyni vienas septyni vilniaus gatvė iš viso šimtas eurų"),
])
def test_an_orders_number_before_a_street_is_no_house_number(lang, turn):
    assert of_type("ADDRESS", [turn], lang, [A]) == []


@pytest.mark.parametrize(("lang", "turn", "address"), [
    ("ru", "Доставка на улицу Чехова, заказ 31665, итого 500 рублей.", None),
    ("en", "deliver to mill road order five two nine one seven", None),
    ("ru", "Адрес доставки: улица Чехова, 5, заказ 31665.", "улица Чехова, 5,"),
    ("en", "deliver to twelve mill road order five two nine one seven", "twelve mill road"),
])
def test_an_orders_number_after_a_street_is_no_house_number_nor_postcode(lang, turn, address):
    assert of_type("ADDRESS", [turn], lang, [C]) == ([address] if address else [])


# A card's group said again -----------------------------------------------------------------


@pytest.mark.parametrize(("lang", "question", "again", "yes"), [
    ("ru", "Номер карты, пожалуйста.", "Повторите последние цифры.", "Да,"),
    ("uk", "Номер картки, будь ласка.", "Останню четвірку ще раз.", "Так,"),
    ("en", "Card number please.", "Say the last block again?", "Sure,"),
    ("lt", "Kortelės numeris?", "Pakartokite paskutinę grupę.", "Taip,"),
])
def test_a_group_said_again_when_asked_is_the_cards(lang, question, again, yes):
    turns = [question, " ".join(GROUPS), again, f"{yes} {GROUPS[3]}"]
    assert masked(turns, lang, [A, C, A, C], "CARD").get(3) == [GROUPS[3]]


def test_a_group_said_again_in_words_is_the_cards():
    turns = ["назвіть номер картки", said(CARD, "uk"), "останню групу ще раз",
             f"так {said(GROUPS[3], 'uk')}"]
    assert " ".join(masked(turns, "uk", [A, C, A, C], "CARD").get(3, [])) == said(
        GROUPS[3], "uk")


def test_the_last_group_named_in_a_longer_sentence_is_no_group_said_again():
    turns = ["Номер карты, пожалуйста.", " ".join(GROUPS),
             f"С карты, которая заканчивается на {GROUPS[3]}, спишем 500 рублей, верно?", "Да"]
    assert 2 not in masked(turns, "ru", [A, C, A, C], "CARD")


# A code or expiry corrected in one breath ---------------------------------------------------


@pytest.mark.parametrize(("lang", "question", "answer", "parts"), [
    ("ru", "три цифры на обороте", "восемьсот двадцать шесть ой наоборот шесть два восемь",
     ["восемьсот двадцать шесть", "шесть два восемь"]),
    ("uk", "код зі зворотного боку картки", "сімсот сорок один ой навпаки один чотири сім",
     ["сімсот сорок один", "один чотири сім"]),
    ("en", "and the three digits on the back", "four one seven sorry backwards seven one four",
     ["four one seven", "seven one four"]),
    ("en", "and the three digits on the back",
     "four one seven no the other way round seven one four",
     ["four one seven", "seven one four"]),
    ("lt", "trys skaitmenys kortelės nugarėlėje",
     "septyni šimtai keturiasdešimt vienas atvirkščiai vienas keturi septyni",
     ["septyni šimtai keturiasdešimt vienas", "vienas keturi septyni"]),
])
def test_a_code_said_corrected_and_said_again_is_two_codes(lang, question, answer, parts):
    codes = of_type("CVV", [question, answer], lang, [A, C])
    assert sorted(codes) == sorted(parts)
    assert of_type("ADDRESS", [question, answer], lang, [A, C]) == []  # ("the other way")


@pytest.mark.parametrize(("lang", "question", "answer", "parts"), [
    ("ru", "срок действия карты", "ноль шесть двадцать девять ой нет ноль семь двадцать девять",
     ["ноль шесть двадцать девять", "ноль семь двадцать девять"]),
    ("uk", "термін дії картки", "нуль шість двадцять дев'ять ой ні нуль сім двадцять дев'ять",
     ["нуль шість двадцять дев'ять", "нуль сім двадцять дев'ять"]),
])
def test_an_expiry_said_corrected_and_said_again_is_the_expiry_twice(
        lang, question, answer, parts):
    assert sorted(of_type("EXPIRY", [question, answer], lang, [A, C])) == sorted(parts)


def test_a_card_put_right_in_one_breath_stays_one_card():
    turns = ["назовите номер карты",
             f"{said(CARD[:8], 'ru')} ой нет не так {said(CARD[8:], 'ru')}"]
    kinds = [kind for kind, _text in found(turns, "ru", [A, C])]
    assert kinds == ["CARD"]


# An expiry relative to now ------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "question", "answer", "expiry"), [
    ("ru", "Срок действия карты?", "До конца этого года.", "конца этого года."),
    ("uk", "До якого терміну дійсна картка?", "до кінця наступного року",
     "кінця наступного року"),
    ("en", "When does the card expire?", "end of next year", "end of next year"),
    ("lt", "Kortelės galiojimo data?", "iki kitų metų pabaigos", "kitų metų pabaigos"),
    ("lt", "Kortelės galiojimo data?", "iki metų pabaigos", "metų pabaigos"),
    ("en", "And the card's expiry date?", "it's valid till the end of the year",
     "end of the year"),
])
def test_a_cards_expiry_given_relative_to_now_is_its_expiry(lang, question, answer, expiry):
    assert of_type("EXPIRY", [question, answer], lang, [A, C]) == [expiry]


@pytest.mark.parametrize(("lang", "turn"), [
    ("ru", "Срок действия договора до конца следующего года."),
    ("ru", "Скидка действует до конца года."),
    ("en", "The offer is valid until the end of next year."),
])
def test_a_period_with_no_card_near_is_no_expiry(lang, turn):
    assert of_type("EXPIRY", [turn], lang, [A]) == []


# Someone ringing at the door, "šimtas" -------------------------------------------------------


@pytest.mark.parametrize(("lang", "question", "aside"), [
    ("ru", "назовите номер карты", "подождите в дверь звонят всё извините"),
    ("uk", "назвіть номер картки", "зачекайте хтось дзвонить у двері все вибачте"),
    ("en", "the card number please", "hang on the doorbell's ringing ok sorry"),
    ("lt", "kortelės numeris", "palaukite kažkas skambina į duris atsiprašau"),
    ("ru", "назовите номер карты", "подождите у меня второй звонок всё"),
    ("uk", "назвіть номер картки", "зачекайте в мене другий дзвінок все"),
    ("lt", "kortelės numeris", "palaukite antras skambutis viskas"),
])
def test_someone_ringing_is_an_aside_inside_a_card(lang, question, aside):
    turns = [question, f"{said(CARD[:8], lang)} {aside} {said(CARD[8:], lang)}"]
    words = set(masked(turns, lang, [A, C], "CARD").get(1, []))
    assert set(said(CARD[8:], lang).split()) <= words
    assert of_type("PHONE", turns, lang, [A, C]) == []


@pytest.mark.parametrize(("question", "answer"), [
    ("Куда перезвонить?", "Позвоните мне на 8 912 345 67 89."),
    ("Номер для обратного звонка?", "8 912 345 67 89."),
])
def test_asked_to_call_a_number_is_still_a_phone(question, answer):
    assert of_type("PHONE", [question, answer], "ru", [A, C]) == ["8 912 345 67 89."]


@pytest.mark.parametrize(("words", "digits"), [
    ("penki šimtas keturiasdešimt du", "5142"),
    ("šimtas du", "102"),
    ("vienas šimtas du", "102"),
    ("penki šimtai du", "502"),
])
def test_lithuanian_singular_simtas_is_one_hundred(words, digits):
    assert words_to_digits(words.split()) == digits


# Names ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "question", "name"), [
    ("ru", "имя и фамилия как на карте", "галина сомова"),
    ("uk", "ім'я та прізвище як на картці", "оксана мельник"),
    ("en", "first and last name as on the card", "megan whitlock"),
    ("lt", "vardas ir pavardė kaip kortelėje", "rasa petrauskienė"),
])
def test_the_name_as_on_the_card_is_the_answer(lang, question, name):
    assert of_type("PERSON", [question, name], lang, [A, C]) == [name]


def test_no_name_when_the_answer_to_the_name_question_is_none():
    turns = ["имя и фамилия как на карте", "секунду сейчас посмотрю"]
    assert of_type("PERSON", turns, "ru", [A, C]) == []


@pytest.mark.parametrize(("lang", "turn", "person"), [
    ("uk", "половину маю далі", None),
    ("uk", "Дякую, Оксана Мельник, далі.", "Оксана Мельник,"),
])
def test_a_dictation_filler_makes_no_name_pair(lang, turn, person):
    assert of_type("PERSON", [turn], lang, [A]) == ([person] if person else [])


# An English policy number's lower-case prefix; the expiry's month asked alone ---------------


@pytest.mark.parametrize(("turn", "account"), [
    ("my policy number is kdr six five seven nine zero eight one",
     "kdr six five seven nine zero eight one"),
    ("account number the six five seven nine zero eight one",
     "six five seven nine zero eight one"),
])
def test_an_english_policy_numbers_letter_prefix(turn, account):
    turns = ["do you have your policy or account number", turn]
    assert of_type("ACCOUNT", turns, "en", [A, C]) == [account]


@pytest.mark.parametrize(("lang", "month_question", "month", "year_question", "year"), [
    ("ru", "месяц окончания", "май", "а год", "две тысячи двадцать девять"),
    ("uk", "місяць закінчення", "травень", "а рік", "дві тисячі двадцять дев'ять"),
    ("en", "end month", "may", "and the year", "twenty twenty nine"),
])
def test_the_expiry_month_asked_alone_then_the_year(
        lang, month_question, month, year_question, year):
    turns = ["card number's done" if lang == "en" else "номер карты я продиктовала",
             month_question, month, year_question, year]
    assert of_type("EXPIRY", turns, lang, [C, A, C, A, C]) == [month, year]
