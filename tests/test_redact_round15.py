"""Redaction classes found on blind set 17 (round 15), written as general mechanisms with new
values and wording in every language they apply to, hard negatives beside them: a card read
back with a digit misheard is still the card, and the caller's "no, not X — Y" after it names
card digits (a phone's after a phone's read-back); a card's dictation goes on past a short
aside in the same turn, past a group said over, past a restart from its first digit and to
its last digit after a read-back; a digit before a hundreds word is its group's first; an
expiry asked with the code is the first number of the answer, "the card" after an expiry
question does not make it a card question, and the other side's read-back of an expiry (or
of a code) is the expiry (the code); a day and a month are no expiry; apostrophes inside
names; a firm named in the agent's greeting is no person."""

from __future__ import annotations

import pytest
from _redact import found, luhn_complete, masked, of_type, said

A, C = "agent", "customer"

CARD = luhn_complete("542331780912654")  # 5423 3178 0912 654x
GROUPS = [CARD[i:i + 4] for i in range(0, 16, 4)]
MISHEARD = GROUPS[0][:3] + str((int(GROUPS[0][3]) + 4) % 10)  # the first group, a digit off

# (card question, nudge, read-back opening, its question, "no, not")
READ_BACK = [
    ("ru", "Назовите номер карты.", "Записала, дальше.", "Повторю номер:", "всё так?",
     "Нет, не"),
    ("uk", "Номер картки, будь ласка.", "Так, далі.", "Перевіряю:", "вірно?", "Ні, не"),
    ("en", "Can I take the card number?", "Got it, go on.", "So that's", "correct?",
     "No, not"),
    ("lt", "Padiktuokite kortelės numerį.", "Užsirašiau, toliau.", "Pakartosiu:",
     "teisingai?", "Ne, ne"),
    ("ru", "Номер карты, пожалуйста.", "Дальше.", "Проверяю:", "верно?", "Неправильно, не"),
    ("en", "Long number on the card?", "Go on.", "Reading back", "right?", "Wrong, not"),
]


# A read-back with a digit misheard, and the caller's correction of it -----------------------


@pytest.mark.parametrize(("lang", "question", "nudge", "again", "right", "no"), READ_BACK)
def test_a_misheard_read_back_and_its_correction_are_the_card(
        lang, question, nudge, again, right, no):
    g1, g2, g3, g4 = GROUPS
    turns = [question, f"{g1} {g2}", nudge, f"{g3} {g4}",
             f"{again} {MISHEARD} {g2} {g3} {g4} — {right}", f"{no} {MISHEARD} — {g1}"]
    cards = masked(turns, lang, [A, C, A, C, A, C], "CARD")
    assert cards.get(4) == [MISHEARD, g2, g3, g4]  # a card, not a phone
    assert {MISHEARD, g1} <= set(cards.get(5, []))
    assert not set(no.split()) & set(cards.get(5, []))
    assert of_type("PHONE", turns, lang, [A, C, A, C, A, C]) == []


def test_a_correction_said_in_words_names_card_digits():
    g1, g2, g3, g4 = GROUPS
    turns = ["номер карты полностью пожалуйста", said(g1 + g2, "ru"), "да",
             said(g3 + g4, "ru"), f"повторю номер {said(MISHEARD + g2 + g3 + g4, 'ru')} верно",
             f"нет не {said(MISHEARD, 'ru')} а {said(g1, 'ru')}"]
    cards = masked(turns, "ru", [A, C, A, C, A, C], "CARD")
    assert " ".join(cards.get(4, [])) == said(MISHEARD + g2 + g3 + g4, "ru")
    assert " ".join(cards.get(5, [])) == f"{said(MISHEARD, 'ru')} {said(g1, 'ru')}"


def test_an_amount_put_right_after_a_read_back_with_the_card_is_no_card():
    turns = ["Номер карты и сумма?", f"{GROUPS[0]} {GROUPS[1]}", "Дальше.",
             f"{GROUPS[2]} {GROUPS[3]}", f"Спишем 5000 рублей с карты {' '.join(GROUPS)}?",
             "Нет, не 5000, а 500."]
    assert 5 not in masked(turns, "ru", [A, C, A, C, A, C], "CARD")


@pytest.mark.parametrize(("lang", "answer", "kind"), [
    ("ru", "Нет, срок действия 05/29.", "EXPIRY"),
    ("en", "No, the expiry is 05/29.", "EXPIRY"),
    ("ru", "Нет, спишите 4500 рублей.", None),
    ("uk", "Ні, спишіть 4500 гривень.", None),
])
def test_a_no_after_a_read_back_that_gives_something_else_names_no_card_digits(
        lang, answer, kind):
    turns = ["Card number?" if lang == "en" else "Номер карты?", " ".join(GROUPS),
             f"{' '.join(GROUPS)} — ok?", answer]
    cards = masked(turns, lang, [A, C, A, C], "CARD")
    assert 3 not in cards
    if kind:
        assert of_type(kind, turns, lang, [A, C, A, C]) == ["05/29."]


# The dictation goes on: an aside in the turn, a slip said over, a restart, the last digit ----


@pytest.mark.parametrize(("lang", "question", "aside", "ack"), [
    ("ru", "номер карты полностью пожалуйста", "момент", "записала"),
    ("uk", "номер картки повністю", "мить", "записала"),
    ("en", "the long number on the card please", "lemme look", "got it"),
])
def test_the_last_group_after_a_short_aside_in_the_same_turn_is_the_cards(
        lang, question, aside, ack):
    g1, g2, g3, g4 = GROUPS
    last = f"{said(g4[:2], lang)} {aside} {said(g4[2:], lang)}"
    turns = [question, said(g1, lang), f"{said(g1, lang)} {ack}", said(g2 + g3, lang),
             f"{said(g2 + g3, lang)} {ack}", last, f"{said(g4, lang)} {ack}"]
    cards = masked(turns, lang, [A, C, A, C, A, C, A], "CARD")
    assert set(said(g4, lang).split()) <= set(cards.get(5, []))


def test_a_group_said_over_in_one_breath_and_the_false_start_are_the_card():
    card = luhn_complete("534337947954803")
    wrong_end = card[:-4] + card[-4] + str((int(card[-3]) + 4) % 10)  # "... 84", not "80"
    turns = ["назовите номер карты",
             f"{said(card[:6], 'ru')} нет давайте сначала я сбилась "
             f"{said(wrong_end, 'ru')} ой не так {said(card[-4:], 'ru')}"]
    cards = masked(turns, "ru", [A, C], "CARD")
    words = turns[1].split()
    assert cards.get(1) == [w for w in words if w not in ("нет", "давайте", "сначала", "я",
                                                          "сбилась", "ой", "не", "так")]


@pytest.mark.parametrize(("lang", "question", "first", "restart", "rest"), [
    ("ru", "номер карты полностью", "пять", "ой давайте сначала", "пять триста сорок три"),
    ("uk", "номер картки повністю", "п'ять", "ой ні спочатку", "п'ять триста сорок три"),
])
def test_a_digit_before_a_hundreds_word_is_the_first_of_its_group(
        lang, question, first, restart, rest):
    card = luhn_complete("534337947954803")
    tail = said(card[4:], lang)
    turns = [question, f"{rest} {tail}"]
    assert " ".join(masked(turns, lang, [A, C], "CARD").get(1, [])) == f"{rest} {tail}"


def test_a_card_begun_again_from_its_first_digit_then_finished_after_the_read_back():
    card = luhn_complete("220064490847349")
    head, body = said(card[:5], "lt"), said(card[:15], "lt")
    turns = ["padiktuokite kortelės numerį", f"{head} oi iš pradžių {body}",
             f"{body} užsirašiau", said(card[15], "lt")]
    cards = masked(turns, "lt", [A, C, A, C], "CARD")
    assert cards.get(3) == [said(card[15], "lt")]
    assert " ".join(cards.get(1, [])).startswith(head)


# Expiry ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "question", "answer", "expiry", "code"), [
    ("en", "expiry and the three digits on the back", "expires five twenty nine and the code "
     "is three one seven", "five twenty nine", "three one seven"),
    ("en", "Expiry and the security code?", "expires August 2030 and the code is 317",
     "August 2030", "317"),
    ("en", "expiry and the three digits on the back", "it's eight thirty one and the code is "
     "six two four", "eight thirty one", "six two four"),
    ("ru", "срок действия и три цифры на обороте", "девять тридцать два и код девять "
     "двадцать четыре", "девять тридцать два", "девять двадцать четыре"),
    ("uk", "термін дії та код", "дійсна до п'ять двадцять дев'ять код три один сім",
     "п'ять двадцять дев'ять", "три один сім"),
    ("lt", "galiojimo data ir kodas", "galioja iki penki dvidešimt devyni kodas trys vienas "
     "septyni", "penki dvidešimt devyni", "trys vienas septyni"),
    ("ru", "срок действия и код", "действует до пять двадцать девять код три один семь",
     "пять двадцать девять", "три один семь"),
])
def test_the_expiry_asked_with_the_code_is_the_first_number_of_the_answer(
        lang, question, answer, expiry, code):
    turns = [question, answer]
    assert of_type("EXPIRY", turns, lang, [A, C]) == [expiry]
    assert of_type("CVV", turns, lang, [A, C]) == [code]


@pytest.mark.parametrize(("lang", "question", "answer", "read_back", "expiry"), [
    ("ru", "срок действия карты", "до ноль восемь тридцать", "ноль восемь тридцать хорошо",
     "ноль восемь тридцать"),
    ("ru", "до какого месяца действует карта", "действует до пять двадцать девять",
     "ноль пять двадцать девять хорошо", "ноль пять двадцать девять"),
    ("uk", "термін дії картки", "дійсна до нуль три тридцять один",
     "нуль три тридцять один добре", "нуль три тридцять один"),
    ("en", "what's the expiry on the card", "valid until oh four thirty",
     "oh four thirty great", "oh four thirty"),
    ("lt", "kortelės galiojimo data", "galioja iki nulis šeši trisdešimt",
     "nulis šeši trisdešimt gerai", "nulis šeši trisdešimt"),
])
def test_the_expiry_and_the_other_sides_read_back_of_it_are_masked(
        lang, question, answer, read_back, expiry):
    turns = [question, answer, read_back]
    expiries = masked(turns, lang, [A, C, A], "EXPIRY")
    assert 1 in expiries
    assert " ".join(expiries.get(2, [])) == expiry


@pytest.mark.parametrize(("lang", "turns"), [
    ("uk", ["спишіть з картки що закінчується на дві тисячі сімсот", "добре",
            "знижка діє до сім червня"]),
    ("ru", ["спишите с карты, которая заканчивается на 2760", "хорошо",
            "скидка действует до 7 июня"]),
    ("en", ["charge the card ending in 2760", "sure", "the offer is valid until 7 june"]),
])
def test_a_day_and_its_month_after_valid_until_are_no_expiry(lang, turns):
    assert of_type("EXPIRY", turns, lang, [C, A, A]) == []


def test_a_year_then_its_month_is_still_an_expiry():
    turns = ["kortelės galiojimo data", "galioja iki du tūkstančiai trisdešimtų metų kovas"]
    assert of_type("EXPIRY", turns, "lt", [A, C]) == ["du tūkstančiai trisdešimtų metų kovas"]


# Names -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "turns", "name"), [
    ("uk", ["на кого оформлена картка", "мар'яна білоус"], "мар'яна білоус"),
    ("uk", ["на кого оформлена картка", "Мар'яна Дячук"], "Мар'яна Дячук"),
    ("en", ["name as it appears on the card", "it's my wife's card it's under desmond o'leary "
            "actually"], "desmond o'leary"),
    ("en", ["name on the card", "that's my husband ciaran o'sullivan actually"],
     "ciaran o'sullivan"),
    ("uk", ["на кого оформлена картка", "дар'я коваль"], "дар'я коваль"),
    ("uk", ["як вас звати", "в'ячеслав мельник"], "в'ячеслав мельник"),
    ("uk", ["ім'я власника картки", "Дарʼя Петрук"], "Дарʼя Петрук"),
])
def test_a_name_with_an_apostrophe_is_masked_whole(lang, turns, name):
    assert of_type("PERSON", turns, lang, [A, C]) == [name]


@pytest.mark.parametrize(("lang", "greeting"), [
    ("uk", "ветклініка лапа богдан добрий день"),
    ("ru", "ветклиника зорька богдан добрый день"),
])
def test_a_firm_named_in_the_agents_greeting_is_no_person(lang, greeting):
    turns = [greeting, "добрий день хочу записатися" if lang == "uk" else "хочу записаться"]
    assert of_type("PERSON", turns, lang, [A, C]) == []


@pytest.mark.parametrize("answer", ["мені п'ятниця підходить", "в п'ятницю о дев'ятій"])
def test_words_with_an_apostrophe_are_no_names(answer):
    assert of_type("PERSON", ["коли вам зручно", answer], "uk", [A, C]) == []


def test_what_s_after_a_first_name_is_no_surname():
    turns = ["name on the card", "it's under desmond what's the problem"]
    assert of_type("PERSON", turns, "en", [A, C]) == ["desmond"]


@pytest.mark.parametrize(("lang", "question", "said_", "misheard", "no"), [
    ("en", "expiry date on the card", "oh seven thirty one", "oh seven thirty two right",
     "no"),
    ("ru", "срок действия вашей карты", "ноль семь тридцать один",
     "ноль семь тридцать два верно", "нет"),
    ("uk", "термін дії вашої картки", "нуль сім тридцять один",
     "нуль сім тридцять два вірно", "ні"),
    ("lt", "kortelės galiojimo data", "nulis septyni trisdešimt vienas",
     "nulis septyni trisdešimt du teisingai", "ne"),
])
def test_an_expiry_read_back_misheard_and_put_right_is_the_expiry_each_time(
        lang, question, said_, misheard, no):
    turns = [question, said_, misheard, f"{no} {said_}"]
    expiries = masked(turns, lang, [A, C, A, C], "EXPIRY")
    assert {1, 2, 3} <= set(expiries)
    assert of_type("CARD", turns, lang, [A, C, A, C]) == []


def test_an_expiry_question_that_asks_for_the_card_number_too_still_asks_for_it():
    turns = ["expiry date and the card number please", "4111 1111 1111 1111 and 07/31"]
    assert of_type("CARD", turns, "en", [A, C]) == ["4111 1111 1111 1111"]
    assert of_type("EXPIRY", turns, "en", [A, C]) == ["07/31"]


@pytest.mark.parametrize(("lang", "question", "code", "echo"), [
    ("ru", "код на обороте карты", "три один семь", "три один семь верно"),
    ("uk", "три цифри на звороті", "три один сім", "три один сім так"),
    ("en", "the three digits on the back", "three one seven", "three one seven got it"),
    ("lt", "trys skaitmenys kitoje pusėje", "trys vienas septyni", "trys vienas septyni gerai"),
])
def test_a_code_and_the_other_sides_echo_of_it_are_each_the_code(lang, question, code, echo):
    turns = [question, code, echo]
    assert of_type("CVV", turns, lang, [A, C, A]) == [code, code]


def test_an_amount_echoed_is_no_code():
    turns = ["Сколько списать?", "пятьсот", "пятьсот, хорошо"]
    assert found(turns, "ru", [A, C, A]) == []


@pytest.mark.parametrize(("lang", "turns", "corrected"), [
    ("ru", ["Ваш номер телефона?", "8 916 123 45 67", "Записала: 8 916 123 45 68 — верно?",
            "Нет, не 68 — 67."], ["68", "67."]),
    ("ru", ["ваш номер телефона", "восемь девятьсот шестнадцать сто двадцать три сорок пять "
            "шестьдесят семь", "восемь девятьсот шестнадцать сто двадцать три сорок пять "
            "шестьдесят восемь верно", "нет не шестьдесят восемь а шестьдесят семь"],
     ["шестьдесят", "восемь", "шестьдесят", "семь"]),
    ("uk", ["Ваш номер телефону?", "067 123 45 67", "Записую: 067 123 45 76, так?",
            "Ні, не 76 — 67."], ["76", "67."]),
    ("lt", ["Jūsų telefono numeris?", "+370 612 34567", "Užrašiau: +370 612 34576, teisingai?",
            "Ne, ne 76 — 67."], ["76", "67."]),
])
def test_a_phone_read_back_put_right_names_phone_digits(lang, turns, corrected):
    assert masked(turns, lang, [A, C, A, C], "PHONE").get(3) == corrected


def test_an_amount_put_right_after_a_phone_read_back_is_no_phone():
    turns = ["Ваш номер телефона?", "8 916 123 45 67",
             "Записала: 8 916 123 45 67, и сумма 500 рублей — верно?", "Нет, не 500, а 600."]
    assert 3 not in masked(turns, "ru", [A, C, A, C], "PHONE")
