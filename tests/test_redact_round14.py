"""Redaction classes found on blind set 16 (round 14), written as general mechanisms with new
values and wording in every language they apply to, hard negatives beside them: a card
dictated part after part after a card question is card material up to a card's 19 digits
though a corrected group breaks its checksum; the other side's echo of the group just said is
the card's too; a 19-digit card starting with 9 is a card; seats and rows, dishes named after
people and a typed "oh" before a correction are no PII."""

from __future__ import annotations

import pytest
from _redact import found, luhn_complete, masked, of_type, said

from speechqa.redact import checksums

A, C = "agent", "customer"

CARD = luhn_complete("539204172286431")  # 5392 0417 2286 431x
GROUPS = [CARD[i:i + 4] for i in range(0, 16, 4)]
WRONG = GROUPS[2][:3] + str((int(GROUPS[2][3]) + 3) % 10)  # the third group, a digit off

# (card question, nudge, correction words) per language
DICTATION = [
    ("ru", "Назовите номер карты.", "Слушаю.", "ой, нет, извините,"),
    ("uk", "Продиктуйте номер картки.", "Далі.", "ой, ні, вибачте,"),
    ("en", "Can I take the card number, please?", "Go on.", "oh no, sorry,"),
    ("lt", "Koks jūsų kortelės numeris?", "Toliau.", "oi, ne, atsiprašau,"),
]


# A group corrected mid-dictation: the rest of the card is still the card -------------------


@pytest.mark.parametrize(("lang", "question", "nudge", "oops"), DICTATION)
def test_a_card_dictated_on_after_a_corrected_group_is_masked_to_its_end(
        lang, question, nudge, oops):
    g1, g2, g3, g4 = GROUPS
    turns = [question, g1, f"{g1} {nudge}", f"{g2} {WRONG} {oops} {g3}",
             f"{g2} {g3} {nudge}", g4]
    cards = masked(turns, lang, [A, C, A, C, A, C], "CARD")
    assert cards.get(5) == [g4]
    assert {g2, WRONG, g3} <= set(cards.get(3, []))
    assert cards.get(1) == [g1]


@pytest.mark.parametrize(("lang", "question", "nudge", "oops"), DICTATION)
def test_a_card_corrected_in_its_last_turn_is_masked_whole(lang, question, nudge, oops):
    g1, g2, g3, g4 = GROUPS
    wrong_last = g4[:3] + str((int(g4[3]) + 5) % 10)
    turns = [question, f"{g1} {g2}", f"{g1} {g2}. {nudge}", g3, f"{g3}. {nudge}",
             f"{wrong_last} {oops} {g4}"]
    cards = masked(turns, lang, [A, C, A, C, A, C], "CARD")
    assert cards.get(3) == [g3] and cards.get(4, [])[:1] == [f"{g3}."]
    assert cards.get(5, [])[:1] == [wrong_last] and cards[5][-1] == g4


# A 19-digit card said in parts whose first 16 digits make no card --------------------------

NINETEEN = luhn_complete("621483905516270" + "348")


@pytest.mark.parametrize(("lang", "question", "nudge"), [
    ("ru", "назовите номер карты", "угу"),
    ("en", "go ahead with the card number", "mm-hm"),
    ("uk", "продиктуйте номер картки", "далі"),
    ("lt", "koks kortelės numeris", "toliau"),
])
def test_the_last_part_of_a_nineteen_digit_card_is_masked(lang, question, nudge):
    assert not checksums.luhn(NINETEEN[:16])  # the first 16 digits make no card
    parts = [said(NINETEEN[:12], lang), said(NINETEEN[12:16], lang), said(NINETEEN[16:], lang)]
    turns = [question, parts[0], f"{parts[0]} {nudge}", parts[1], f"{parts[1]} {nudge}",
             parts[2]]
    cards = masked(turns, lang, [A, C, A, C, A, C], "CARD")
    assert " ".join(cards.get(5, [])) == parts[2]


@pytest.mark.parametrize(("lang", "read_back"), [
    ("ru", "повторяю {} верно"), ("en", "reading it back {} correct"),
])
def test_a_luhn_valid_nineteen_digit_card_starting_with_nine_is_a_card(lang, read_back):
    card = luhn_complete("911275310864220" + "591")
    turns = ["слушаю" if lang == "ru" else "okay", read_back.format(said(card, lang))]
    assert " ".join(masked(turns, lang, [C, A], "CARD").get(1, [])) == said(card, lang)


# The other side echoing the group just said ------------------------------------------------


@pytest.mark.parametrize(("lang", "question", "nudge"), [
    ("ru", "Назовите номер карты.", "Так, записала, дальше."),
    ("uk", "Продиктуйте номер картки.", "Так, записала, далі."),
    ("en", "Can I take the card number, please?", "Got it, yep, next."),
    ("lt", "Koks jūsų kortelės numeris?", "Taip, užsirašiau, toliau."),
])
def test_each_group_echoed_by_the_agent_is_masked(lang, question, nudge):
    turns = [question]
    roles = [A]
    for group in GROUPS:
        turns += [group, f"{group} {nudge}"]
        roles += [C, A]
    cards = masked(turns[:-1], lang, roles[:-1], "CARD")
    for turn in (2, 4, 6):
        assert cards.get(turn) == [turns[turn].split()[0]]


@pytest.mark.parametrize(("lang", "question", "nudge"), [
    ("en", "can i take the long card number please", "got it next"),
    ("ru", "назовите номер карты", "да дальше"),
])
def test_an_echo_read_otherwise_than_said_is_masked(lang, question, nudge):
    # "five thousand three hundred ninety two" echoed as "five three nine two"
    from num2words import num2words
    first = num2words(int(GROUPS[0]), lang=lang).replace(",", "").replace("-", " ")
    turns = [question, first, f"{said(GROUPS[0], lang)} {nudge}", said(CARD[4:], lang)]
    cards = masked(turns, lang, [A, C, A, C], "CARD")
    assert " ".join(cards.get(2, [])) == said(GROUPS[0], lang)


@pytest.mark.parametrize(("lang", "question", "read_back"), [
    ("ru", "Назовите номер карты.", "В середине у меня {} {}, верно?"),
    ("uk", "Назвіть номер картки.", "Посередині в мене {} {}, так?"),
    ("en", "Can I take the card number?", "The middle part I have as {} {}, right?"),
    ("lt", "Koks kortelės numeris?", "Viduryje užsirašiau {} {}, teisingai?"),
])
def test_a_card_read_back_in_part_is_masked(lang, question, read_back):
    turns = [question, " ".join(GROUPS), read_back.format(GROUPS[1], GROUPS[2])]
    assert masked(turns, lang, [A, C, A], "CARD").get(2, [])[-2:] == [GROUPS[1], f"{GROUPS[2]},"]


@pytest.mark.parametrize(("lang", "question", "first", "between"), [
    ("ru", "Назовите номер карты.", "Это Марина Котова. Так, {}.",
     "Номер вашего заказа 5519027, сохраните его. Дальше?"),
    ("uk", "Назвіть номер картки.", "Це Марина Котова. Отже, {}.",
     "Номер вашого замовлення 5519027, збережіть його. Далі?"),
    ("en", "Could I take the long card number, please?", "Hi, this is Marcus Bell. It's {}.",
     "Your order number is 5519027, keep that handy. Go on."),
    ("lt", "Koks kortelės numeris?", "Čia Marius Kazlauskas. Taigi {}.",
     "Jūsų užsakymo numeris 5519027, išsisaugokite. Toliau?"),
])
def test_a_card_begun_after_an_introduction_and_past_the_agents_own_number(
        lang, question, first, between):
    turns = [question, first.format(CARD[:6]), between, f"{CARD[6:]}."]
    cards = masked(turns, lang, [A, C, A, C], "CARD")
    assert cards.get(1) == [f"{CARD[:6]}."] and cards.get(3) == [f"{CARD[6:]}."]
    assert 2 not in cards


@pytest.mark.parametrize(("lang", "question", "nudge", "lead"), [
    ("ru", "Назовите номер карты.", "Угу.", "а остальные"),
    ("uk", "Назвіть номер картки.", "Угу.", "а решта"),
    ("en", "Can I take the card number?", "Mm-hm.", "and the rest is"),
    ("lt", "Koks kortelės numeris?", "Gerai.", "o likę"),
])
def test_the_rest_of_a_card_said_after_a_rest_word_is_masked(lang, question, nudge, lead):
    g1, g2, g3, g4 = GROUPS
    turns = [question, f"{g1} {g2}", nudge, f"{lead} {g3}", f"{g3} {nudge}", g4]
    cards = masked(turns, lang, [A, C, A, C, A, C], "CARD")
    assert cards.get(3, [])[-1:] == [g3] and cards.get(5) == [g4]


@pytest.mark.parametrize(("lang", "question", "nudge", "oops"), [
    ("lt", "koks kortelės numeris", "užsirašiau tęskite", "ne atsiprašau"),
    ("en", "card number please", "okay go on", "no sorry"),
])
def test_digits_said_straight_on_are_all_the_cards(lang, question, nudge, oops):
    # 855620164001647, the second turn's digits but its first, pass the Luhn check by
    # chance: the first digit is still the card's
    first = said("3868", lang)
    rest = f"{said('18556201640', lang)} {oops} {said('01647', lang)}"
    turns = [question, first, f"{first} {nudge}", rest]
    cards = masked(turns, lang, [A, C, A, C], "CARD")
    assert cards.get(3, [])[:1] == rest.split()[:1]


@pytest.mark.parametrize(("lang", "turns"), [
    ("lt", ["Padiktuokite kortelės numerį.",
            "šeši tūkstančiai penki šimtai keturiasdešimt šeši",
            "šeši tūkstančiai penki šimtai keturiasdešimt šeši Klausau.",
            "o toliau du tūkstančiai vienas šimtas šešiasdešimt šeši du tūkstančiai dvidešimt "
            "penki taip trys tūkstančiai trys šimtai dvidešimt vienas ne, atsiprašau, trys "
            "tūkstančiai trys šimtai dvidešimt aštuoni"]),
])
def test_the_count_of_a_thousand_opening_a_part_is_the_cards(lang, turns):
    assert "du" in masked(turns, lang, [A, C, A, C], "CARD").get(3, [])


# Hard negatives ----------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "turns"), [
    ("lt", ["Padiktuokite kortelės numerį.", "4790 3823 9071 6",
            "Tikrinu: 4790 3823 9071 6 — gerai?", "Teisingai.",
            "Grąžinimas įformintas, terminas — 7 darbo dienos."]),
    ("en", ["Can I take the card number?", "4790 3823 9071 6",
            "Checking: 4790 3823 9071 6, okay?", "Correct.",
            "Refund booked, it takes 7 working days."]),
])
def test_the_agents_read_back_is_no_dictation_to_go_on_with(lang, turns):
    assert 4 not in masked(turns, lang, [A, C, A, C, A], "CARD")


@pytest.mark.parametrize(("lang", "turn"), [
    ("en", "Card ending {}, right? Expiry date and the three digits on the back?"),
    ("ru", "Карта заканчивается на {}, верно? Срок действия и код на обороте?"),
])
def test_card_ending_after_a_dictation_is_no_echo(lang, turn):
    last = GROUPS[3]
    turns = ["Card number?" if lang == "en" else "Номер карты?", " ".join(GROUPS),
             turn.format(last)]
    assert masked(turns, lang, [A, C, A], "CARD").get(2) is None


@pytest.mark.parametrize(("lang", "question", "nudge", "expiry"), [
    ("ru", "назовите номер карты", "угу", "ноль пять двадцать восемь"),
    ("en", "card number please", "mm-hm", "oh five twenty eight"),
])
def test_an_expiry_after_a_whole_card_is_not_its_digits(lang, question, nudge, expiry):
    turns = [question, said(CARD[:8], lang), nudge, said(CARD[8:], lang), nudge, expiry]
    assert 5 not in masked(turns, lang, [A, C, A, C, A, C], "CARD")


@pytest.mark.parametrize(("lang", "turns"), [
    ("ru", ["Назовите номер карты.", "Сначала спишите 350 рублей.", "Хорошо.",
            "А потом ещё 1200."]),
    ("en", ["Go ahead with the card number.", "First take 350 pounds.", "Okay.",
            "Then 1200 next month."]),
])
def test_amounts_after_a_card_question_are_no_card(lang, turns):
    assert of_type("CARD", turns, lang, [A, C, A, C]) == []


@pytest.mark.parametrize(("lang", "turns"), [
    ("ru", ["Назовите номер карты.", "Хочу оплатить 2750 рублей.", "Хорошо.",
            "Номер заказа 47060056.", "Хорошо.", "Карта, которая заканчивается на 9501."]),
    ("uk", ["Назвіть номер картки.", "Номер замовлення 79675298.", "Добре.",
            "Картка, що закінчується на 1136.", "Добре.", "Сплачу 480 гривень."]),
    ("en", ["Can I take the card number?", "I want to pay 350 pounds.", "Okay.",
            "My order number is 5015961.", "Okay.", "It's the card ending in 5446."]),
    ("lt", ["Koks kortelės numeris?", "Užsakymo numeris 53321639.", "Gerai.",
            "Noriu sumokėti 2750 eurų.", "Gerai.", "Kortelė, kuri baigiasi 7720."]),
])
def test_amounts_order_numbers_and_last_digits_after_a_card_question_make_no_card(lang, turns):
    assert of_type("CARD", turns, lang, [A, C, A, C, A, C]) == []


@pytest.mark.parametrize(("lang", "question", "answer"), [
    ("ru", "И ваш номер телефона?", "8 916 204 37 58"),
    ("en", "And your phone number?", "07700 900 461"),
])
def test_a_phone_after_a_card_dictation_stays_a_phone(lang, question, answer):
    turns = ["Card number?", f"{GROUPS[0]} {GROUPS[1]}", "Go on.", f"{GROUPS[2]} {GROUPS[3]}",
             question, answer]
    assert of_type("PHONE", turns, lang, [A, C, A, C, A, C]) == [answer]


@pytest.mark.parametrize(("lang", "turns"), [
    ("ru", ["Горячая линия 88005553535, звоните круглосуточно.", "Ваше место 214, ряд 9."]),
    ("uk", ["Гаряча лінія 0800300545, телефонуйте цілодобово.", "Ваше місце 214, ряд 9."]),
    ("en", ["Our hotline is 0800 300 545, call any time.", "Your seat 214, row 9."]),
    ("lt", ["Karštoji linija 8 800 20000, skambinkite bet kada.", "Jūsų vieta 214, eilė 9."]),
])
def test_a_seat_and_row_are_no_phone(lang, turns):
    assert [kind for kind, _text in found(turns, lang, [A, C])] == []


@pytest.mark.parametrize(("lang", "turn"), [
    ("ru", "ещё возьму торт наполеон"),
    ("uk", "ще візьму торт наполеон"),
    ("en", "and a caesar salad please"),
    ("lt", "dar paimsiu napoleono tortą"),
])
def test_a_dish_named_after_a_person_is_no_name(lang, turn):
    assert of_type("PERSON", ["добрий день", turn], lang, [A, C]) == []


def test_a_typed_oh_before_a_correction_is_no_zero():
    g1, g2, g3, g4 = GROUPS
    turns = ["Can I take the card number, please?", f"{g1} {g2} {WRONG} oh no, sorry, {g3}",
             f"{g1} {g2} {g3}. Mm-hm.", g4]
    cards = masked(turns, "en", [A, C, A, C], "CARD")
    assert cards.get(3) == [g4]
