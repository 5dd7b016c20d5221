"""Redaction classes found on blind set 15 (round 13), card talk first, each with new values
and wording in every language it applies to and hard negatives beside it: the code said after
the expiry in one reply, an agent's written read-back followed by the next question, and a card
dictated in parts with the agent's own order number or amount said between the parts."""

from __future__ import annotations

import pytest
from _redact import found

A, C = "agent", "customer"


def of_type(kind: str, turns: list[str], lang: str, roles: list[str] | None = None) -> list[str]:
    return [text for found_kind, text in found(turns, lang, roles) if found_kind == kind]


# The expiry is answered first: the three digits after it answer the code question ------------

CODE_AFTER_EXPIRY = [
    ("ru", "Срок действия, месяц и год? И назовите CVV-код.",
     "Действует до 07/29. Секунду… 264."),
    ("uk", "Термін дії, місяць і рік? І код CVV, будь ласка.", "Діє до 11/30. Зараз гляну… 907."),
    ("en", "When does the card expire? And the CVV, please.", "Valid thru March 2029. It's 318."),
    ("lt", "Kada baigiasi kortelės galiojimas? Ir CVV kodas.", "Galioja iki 05/31. Tai 642."),
]


@pytest.mark.parametrize(("lang", "question", "answer"), CODE_AFTER_EXPIRY)
def test_the_code_after_an_answered_expiry_is_the_cvv(lang, question, answer):
    turns = ["4075 0398 0233 3864", question, answer]
    roles = [C, A, C]
    code = answer.split()[-1]
    assert of_type("CVV", turns, lang, roles) == [code]
    assert code not in of_type("EXPIRY", turns, lang, roles)


@pytest.mark.parametrize(("lang", "question", "answer"), [
    ("ru", "Срок действия карты, месяц и год?", "До 07/29. Спишите 450 рублей."),
    ("en", "When does the card expire?", "Valid thru March 2029. Room 318 please."),
])
def test_a_number_after_the_expiry_without_a_code_question_is_no_cvv(lang, question, answer):
    turns = ["4075 0398 0233 3864", question, answer]
    assert of_type("CVV", turns, lang, [C, A, C]) == []


# A written read-back ends its sentence: the question after it is no unit of the number ------


@pytest.mark.parametrize(("lang", "read_back"), [
    ("ru", "Повторяю: 5676 7200 5391 2775? Месяц и год на карте?"),
    ("uk", "Отже, картка 5676 7200 5391 2775? Місяць і рік під номером?"),
    ("en", "So that's 5676 7200 5391 2775? Month and year on the front?"),
    ("lt", "Kartoju: 5676 7200 5391 2775? Mėnuo ir metai?"),
])
def test_a_read_back_before_the_expiry_question_is_a_card(lang, read_back):
    turns = ["Назовите номер карты.", "5676 7200 5391 2775.", read_back]
    cards = of_type("CARD", turns, lang, [A, C, A])
    assert "5676 7200 5391 2775?" in cards


@pytest.mark.parametrize(("lang", "turns"), [
    ("ru", ["Какой срок подписки?", "Оформите на 12 месяцев, пожалуйста."]),
    ("en", ["How long is the plan?", "Put me down for 24 months please."]),
])
def test_a_quantity_before_its_unit_stays_unmasked(lang, turns):
    assert found(turns, lang, [A, C]) == []


# The agent's own number between the parts does not end the dictation --------------------------


@pytest.mark.parametrize(("lang", "turns", "card"), [
    ("ru", ["Продиктуйте номер карты.", "Записывайте: 2253 6934 1786.",
            "Номер заказа 8846213, сохраните его. Дальше?", "5955."],
     "2253 6934 1786. | 5955."),
    ("uk", ["Назвіть номер картки.", "Так, 5136 2674 6645.",
            "Вартість 620 гривень. Угу, далі.", "4783."], "5136 2674 6645. | 4783."),
    ("en", ["Could I take the card number?", "Sure, 4110 7966 0357.",
            "That's 45 pounds total. Go on.", "6838."], "4110 7966 0357. | 6838."),
    ("lt", ["Padiktuokite kortelės numerį.", "2253 6934 1786.",
            "Mokėsite 38 eurus. Toliau?", "5955."], "2253 6934 1786. | 5955."),
])
def test_card_parts_join_past_the_agents_own_number(lang, turns, card):
    cards = of_type("CARD", turns, lang, [A, C, A, C])
    assert cards == [card]
    agent_number = next(word for word in turns[2].split() if word[0].isdigit())
    assert not any(agent_number in text for text in cards)


@pytest.mark.parametrize(("lang", "turns"), [
    # the parts do not add up to a card: nothing joins, the agent's amount stays unmasked
    ("ru", ["Продиктуйте номер карты.", "Записывайте: 2253 6934 1786.",
            "Номер заказа 8846213, сохраните его. Дальше?", "5954."]),
    ("en", ["Could I take the card number?", "Sure, 4110 7966 0357.",
            "That's 45 pounds total. Go on.", "6839."]),
])
def test_parts_that_fail_the_checksum_do_not_join(lang, turns):
    assert all("|" not in text for text in of_type("CARD", turns, lang, [A, C, A, C]))


# A one-digit month, its year and the code in one breath -------------------------------------


@pytest.mark.parametrize(("lang", "question", "expiry", "code"), [
    ("en", "when does the card expire and the security code please", "five twenty nine",
     "four hundred sixty one"),
    ("ru", "до какого месяца действует карта и код с обратной стороны", "семь тридцать один",
     "триста сорок два"),
])
def test_a_one_digit_month_then_the_code_are_cut_apart(lang, question, expiry, code):
    turns = ["4075 0398 0233 3864", question, f"{expiry} {code}"]
    roles = [C, A, C]
    assert of_type("EXPIRY", turns, lang, roles) == [expiry]
    assert of_type("CVV", turns, lang, roles) == [code]


@pytest.mark.parametrize(("lang", "question", "answer"), [
    ("en", "when does the card expire", "five twenty nine"),
    ("ru", "до какого месяца действует карта", "семь тридцать один"),
])
def test_a_one_digit_month_and_year_alone_stay_one_expiry(lang, question, answer):
    turns = ["4075 0398 0233 3864", question, answer]
    assert of_type("EXPIRY", turns, lang, [C, A, C]) == [answer]
    assert of_type("CVV", turns, lang, [C, A, C]) == []


@pytest.mark.parametrize(("lang", "turns", "card"), [
    ("en", ["what's the card number", "four one one oh seven nine six six",
            "that comes to forty pounds we close at eighteen",
            "zero three five seven six eight three eight"],
     "four one one oh seven nine six six | zero three five seven six eight three eight"),
    ("ru", ["назовите номер карты", "пять сто тридцать шесть двадцать шесть семьдесят четыре",
            "с вас двести рублей работаем до девятнадцати",
            "шестьдесят шесть сорок пять сорок семь восемьдесят три"],
     "пять сто тридцать шесть двадцать шесть семьдесят четыре"
     " | шестьдесят шесть сорок пять сорок семь восемьдесят три"),
])
def test_spoken_parts_join_past_the_agents_number_that_ran_into_them(lang, turns, card):
    assert of_type("CARD", turns, lang, [A, C, A, C]) == [card]
