"""Redaction classes of the number types found on blind sets 21 and 22 (round 19, numbers
half), written as general mechanisms with new values and wording in every language they
apply to, hard negatives beside them: a digit named as a noun («пятёрка», «шістка»,
"šešetas") inside a dictated card; a Luhn-valid number that is a SIM's ICCID, a pet's
microchip, a ski pass, a gift voucher or a loyalty card is no card or phone; a typed or
spoken year-month-serial reference ("2026-02-7731") and a bank transfer's number are no
phone or card; a card begun after the card question and given up in the same breath is a
card; typed groups joined by "*" or "_", and a look-alike letter (O, l, S, B) for a digit;
the group said again after the other side found the card short or cut; the signature
strip's last four before the CVV; Amex's four digits "on the front, above the number"; an
ordinal after a code cue is no expiry's day; a year said alone is no expiry; a customer
reference is an account; a booking code is none; a card's two halves with the radio's
numbers between them; a contract the agent names in passing is the firm's paperwork.

44 of these 82 tests fail on round 18 (main 0850713); the rest, hard negatives and cases
round 18 already got right in this wording, pass on both."""

from __future__ import annotations

import pytest
from _redact import found, luhn_complete, of_type, said

A, C = "agent", "customer"

_DIGIT_NOUNS = {
    "ru": {"1": "единичка", "2": "двойка", "3": "тройка", "4": "четвёрка", "5": "пятёрка",
           "6": "шестёрка", "7": "семёрка", "8": "восьмёрка", "9": "девятка", "0": "нолик"},
    "uk": {"1": "одиничка", "2": "двійка", "3": "трійка", "4": "четвірка", "5": "п'ятірка",
           "6": "шістка", "7": "сімка", "8": "вісімка", "9": "дев'ятка", "0": "нулик"},
    "lt": {"1": "vienetas", "2": "dvejetas", "3": "trejetas", "4": "ketvertas",
           "5": "penketas", "6": "šešetas", "7": "septynetas", "8": "aštuonetas",
           "9": "devynetas", "0": "nulis"},
}
_QUESTION = {"ru": "Продиктуйте номер карты", "uk": "Назвіть номер картки",
             "lt": "Koks kortelės numeris", "en": "Go ahead with the card number"}


# A digit named as a noun -------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ru", "uk", "lt"])
def test_digit_nouns_inside_a_dictated_card(lang):
    card = luhn_complete("546913207748623")
    nouns = {d: w for d, w in _DIGIT_NOUNS[lang].items() if d in "2358"}
    answer = said(card, lang, nouns)
    assert found([_QUESTION[lang], answer], lang, [A, C]) == [("CARD", answer)]


@pytest.mark.parametrize("lang", ["ru", "uk", "lt"])
def test_digit_nouns_all_the_way_through_a_card(lang):
    card = luhn_complete("491728306451297"[:15])
    answer = said(card, lang, _DIGIT_NOUNS[lang])
    assert found([_QUESTION[lang], answer], lang, [A, C]) == [("CARD", answer)]


@pytest.mark.parametrize(("lang", "turn"), [
    ("ru", "сын получил пятёрка за четверть а младший двойка по пению"),
    ("uk", "у нас трійка лідерів а четвірка друзів поїхала на море"),
    ("lt", "mūsų ketvertas laimėjo o penketas pralaimėjo"),
])
def test_a_digit_noun_in_plain_talk_is_no_number(lang, turn):
    assert [kind for kind, _ in found([turn], lang)] == []


# Luhn-valid numbers that are no card ---------------------------------------------------------


@pytest.mark.parametrize(("lang", "turn"), [
    ("en", "the sim in the router is eight nine seven oh one two three four five six seven"
           " eight nine oh one two three six and it keeps dropping"),
    ("ru", "в роутере симка восемь девять семь ноль один два три четыре пять шесть семь"
           " восемь девять ноль один два три шесть"),
    ("lt", "SIM kortelės numeris 897012345678901236, ryšys dingsta."),
])
def test_a_sims_iccid_is_no_card(lang, turn):
    assert [kind for kind, _ in found([turn], lang)] == []


@pytest.mark.parametrize(("lang", "turn"), [
    ("ru", f"Номер чипа собаки {luhn_complete('64319027781540')[:15]}, прививки сделаны."),
    ("uk", f"Номер скі-пасу на картці {luhn_complete('451873302945261')}, поповнити."),
    ("en", f"The lift pass number is {luhn_complete('402288173304591')}."),
    ("lt", f"Dovanų kuponas, numeris {luhn_complete('532710948826153')}, galioja."),
    ("ru", f"Ваша карта лояльности, там 13 цифр: {luhn_complete('463301877214')}."),
    ("en", f"I have a gift voucher too, number {luhn_complete('417730925518406')}."),
])
def test_an_item_codes_luhn_valid_number_is_no_card_or_phone(lang, turn):
    assert [kind for kind, _ in found([turn], lang) if kind in ("CARD", "PHONE")] == []


def test_a_card_after_the_card_question_is_still_a_card_beside_a_voucher():
    card = luhn_complete("427638105529741")
    turns = ["Назовите номер карты, сертификат не нужен", card]
    assert found(turns, "ru", [A, C]) == [("CARD", card)]


# Dated references and transfers ----------------------------------------------------------


@pytest.mark.parametrize(("lang", "turn"), [
    ("en", "Your repair job 2026-02-7731 is ready."),
    ("ru", "Макет 2026-03-40917 согласован."),
    ("en", "proof number twenty twenty six oh three forty four seventeen is ready"),
    ("lt", "užsakymas du tūkstančiai dvidešimt šeši vienuolika trys tūkstančiai šimtas"),
])
def test_a_year_month_serial_reference_is_no_phone_or_card(lang, turn):
    assert [kind for kind, _ in found([turn], lang)] == []


def test_a_date_typed_with_dashes_is_still_read():
    assert found(["Дата рождения 1984-07-19"], "ru") == [("DOB", "1984-07-19")]


@pytest.mark.parametrize(("lang", "turn"), [
    ("uk", "Переказ за номером 5208317746120943 ще обробляється."),
    ("lt", "Pervedimas numeriu 5208317746120943 dar vykdomas."),
    ("en", "The transfer reference is 5208317746120943, it takes three days."),
])
def test_a_transfers_number_is_no_phone(lang, turn):
    assert [kind for kind, _ in found([turn], lang, [A])] == []


# A card given up in the same breath ----------------------------------------------------------


@pytest.mark.parametrize(("lang", "start", "switch", "other"), [
    ("ru", "4916 3382", "— ой, нет, это кредитка. Давайте другую.", "2200715490328173"),
    ("uk", "5183 9906", "— ні, стоп, це не та. Диктую іншу.", "4276381055297413"),
    ("lt", "4023 7718", "— ne, atsiprašau, ne ta kortelė. Kita:", "5469132077486235"),
    ("en", "5301 4426", "— oh no, sorry, that's the old one. Here's the other:",
     "4917283064512979"),
])
def test_a_card_begun_and_given_up_is_a_card(lang, start, switch, other):
    turns = [_QUESTION[lang], f"{start} {switch} {other}"]
    cards = of_type("CARD", turns, lang, [A, C])
    assert start in cards and other in cards


def test_a_phone_begun_and_given_up_is_no_card():
    turns = ["Ваш номер телефона?", "8916 55 — ой, нет, это рабочий."]
    assert of_type("CARD", turns, "ru", [A, C]) == []


# Typed separators and look-alike letters -----------------------------------------------------


@pytest.mark.parametrize(("lang", "typed"), [
    ("ru", "4276*3810*5529*7413"),
    ("en", "4276_3810_5529_7413"),
    ("uk", "5469_1320_7748.6235"),
])
def test_groups_joined_by_odd_separators(lang, typed):
    assert found([_QUESTION[lang], typed], lang, [A, C]) == [("CARD", typed)]


@pytest.mark.parametrize(("lang", "typed"), [
    ("en", "5469 l320 7748 6235"),
    ("ru", "4276 381O 5529 74l3"),
    ("lt", "4917 283O 6451 2979"),
    ("uk", "5469 1320 7748 62S5"),
    ("en", "42763B1055297413"),
])
def test_a_look_alike_letter_for_a_digit(lang, typed):
    assert found([_QUESTION[lang], typed], lang, [A, C]) == [("CARD", typed)]


@pytest.mark.parametrize("turn", ["Music of the 1990s, mostly.", "Bus B12 stops here.",
                                  "Take the SOS exit."])
def test_words_with_look_alike_letters_stay_words(turn):
    assert found([turn], "en") == []


# A group said again after the card came out short or cut ---------------------------------------


@pytest.mark.parametrize(("lang", "first", "asked", "again"), [
    ("ru", "4276 3810 552 7413", "У меня пятнадцать цифр. Повторите третью группу?",
     "Ой, пропустила — 5529"),
    ("uk", "5469 1320 774 6235", "Вийшло п'ятнадцять цифр, повторіть третю групу.",
     "Так, цифра випала — 7748"),
    ("en", "4917 2830 645 2979", "I've only got fifteen digits. Which group was short?",
     "Sorry, the third is 6451"),
    ("lt", "2200 7154 903 8173", "Gavau penkiolika skaitmenų, pakartokite trečią grupę.",
     "Atsiprašau — 9032"),
])
def test_the_group_said_again_is_the_cards(lang, first, asked, again):
    turns = [_QUESTION[lang], first, asked, again]
    cards = " | ".join(of_type("CARD", turns, lang, [A, C, A, C]))
    assert again.split()[-1] in cards.split()


def test_a_cvv_asked_after_the_card_is_no_group():
    card = "4276 3810 5529 7413"
    turns = [_QUESTION["ru"], card, "И три цифры на обороте?", "518"]
    assert found(turns, "ru", [A, C, A, C]) == [("CARD", card), ("CVV", "518")]


# The code after the strip's last four; Amex's code on the front ----------------------------


@pytest.mark.parametrize(("lang", "turns", "code"), [
    ("en", ["we'll use the card ending fifty two nineteen", "yes",
            "and the three digits on the back", "the strip says five two one nine six oh four"],
     "six oh four"),
    ("ru", ["оплачиваем картой на 3301", "да", "и три цифры на обороте",
            "на полосе написано 3301 725"], "725"),
    ("uk", ["оплачуємо карткою, що закінчується на 8064", "так",
            "і три цифри на звороті", "там надруковано 8064 391, вам останні три"], "391,"),
    ("lt", ["mokame kortele kurios pabaiga 4471", "taip", "ir trys skaitmenys kitoje pusėje",
            "juostelėje parašyta 4471 820"], "820"),
])
def test_the_strips_last_four_are_no_part_of_the_code(lang, turns, code):
    assert of_type("CVV", turns, lang, [A, C, A, C]) == [code]


def test_seven_digits_without_an_earlier_ending_are_not_cut():
    turns = ["и три цифры на обороте", "7715 204"]
    assert of_type("CVV", turns, "ru", [A, C]) != ["204"]


@pytest.mark.parametrize(("lang", "question", "code"), [
    ("en", "for amex it's the four digits on the front above the number", "six two oh eight"),
    ("uk", "Для цієї картки — чотири цифри на лицьовому боці, над номером.", "7315"),
    ("ru", "Для этой карты — четыре цифры на лицевой стороне.", "2094"),
    ("ru", "Тогда код из четырёх цифр над номером.", "6637"),
    ("lt", "Šiai kortelei — keturi skaitmenys priekinėje pusėje.", "5518"),
    ("en", "then the four digits over the number", "8802"),
])
def test_amex_front_digits_are_the_code(lang, question, code):
    turns = ["Expiry?" if lang == "en" else "Срок?", "11/28", question, code]
    assert of_type("CVV", turns, lang, [A, C, A, C]) == [code]


@pytest.mark.parametrize(("lang", "answer", "code"), [
    ("en", "Code first: 417 — expiry 03.29", "417"),
    ("en", "code first six one two expiry march thirty one", "six one two"),
])
def test_an_ordinal_after_a_code_cue_is_no_expiry_day(lang, answer, code):
    turns = ["The saved card ending 5521. The expiry and the code?", answer]
    assert of_type("CVV", turns, lang, [A, C]) == [code]


# A year alone is no expiry ---------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "turn"), [
    ("en", "Her rabies jab is valid until 2027."),
    ("ru", "прививка действует до две тысячи двадцать седьмого"),
    ("lt", "skiepai galioja iki 2028 m."),
    ("en", "the membership is good until twenty twenty eight"),
])
def test_a_year_alone_is_no_expiry(lang, turn):
    assert of_type("EXPIRY", [turn], lang, [C]) == []


def test_a_month_and_year_after_the_card_are_still_its_expiry():
    turns = [_QUESTION["en"], "4917 2830 6451 2979", "And it's valid until?", "09/2027"]
    assert of_type("EXPIRY", turns, "en", [A, C, A, C]) == ["09/2027"]


# References ------------------------------------------------------------------------------------


def test_a_customer_reference_is_an_account():
    turns = ["What's your customer reference?", "Reference 7308152264"]
    assert of_type("ACCOUNT", turns, "en", [A, C]) == ["7308152264"]


@pytest.mark.parametrize(("lang", "turn"), [
    ("ru", "Договор вышлем, номер брони 40718253."),
    ("uk", "Номер бронювання 40718253, чекаємо вас."),
    ("en", "Your booking reference is 40718253."),
])
def test_a_booking_code_is_no_account(lang, turn):
    assert [kind for kind, _ in found([turn], lang, [A])] == []


def test_a_passport_asked_for_the_booking_is_still_a_passport():
    turns = ["Passport number for the booking?", "Sure, 704518236"]
    assert of_type("PASSPORT", turns, "en", [A, C]) == ["704518236"]


def test_the_long_number_on_the_front_is_the_card():
    card = "5469 1320 7748 6235"
    turns = ["Could you read me the long number on the front of the card?", card]
    assert found(turns, "en", [A, C]) == [("CARD", card)]


# A card's halves with the radio's numbers between them ---------------------------------------


@pytest.mark.parametrize(("lang", "answer", "halves"), [
    ("ru", "Пишите: 4917 2830 [по радио: «в Казани плюс 3, ветер 5 метров»] — 6451 2979",
     ["4917 2830", "6451 2979"]),
    ("lt", "Rašykit: 5469 1320 [fone radijas: „Kaune plius 2, vėjas 7 metrai“] — 7748 6235",
     ["5469 1320", "7748 6235"]),
    ("en", "Right: 4276 3810 [radio: 'London plus 9, wind 12 miles an hour'] — 5529 7413",
     ["4276 3810", "5529 7413"]),
])
def test_a_cards_halves_across_the_radios_numbers(lang, answer, halves):
    cards = " | ".join(of_type("CARD", [_QUESTION[lang], answer], lang, [A, C]))
    assert all(half in cards for half in halves)
    assert of_type("PHONE", [_QUESTION[lang], answer], lang, [A, C]) == []


def test_two_numbers_that_fail_luhn_together_stay_apart():
    answer = "Пишите: 4917 2830 [радио: плюс 3] — 6451 2970"
    cards = " | ".join(of_type("CARD", [_QUESTION["ru"], answer], "ru", [A, C]))
    assert "6451 2970" not in cards


# The agent's own paperwork ---------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "turn"), [
    ("ru", "Мастер приедет к 15:40, договор 80271934."),
    ("uk", "Бригада буде о 9:20, договір 61827305."),
    ("ru", "замерщик будет в десять договор шесть один четыре ноль два девять три пять"),
])
def test_a_contract_the_agent_names_in_passing_is_no_account(lang, turn):
    assert of_type("ACCOUNT", [turn], lang, [A]) == []


@pytest.mark.parametrize(("lang", "turn", "number"), [
    ("ru", "Светлана, по договору 7305182264 долг 1 200 рублей.", "7305182264"),
    ("uk", "За договором 4418203957 борг 900 гривень.", "4418203957"),
    ("lt", "Pagal sutartį 6619027345 skola 300 eurų.", "6619027345"),
])
def test_the_callers_contract_named_by_the_agent_is_an_account(lang, turn, number):
    assert of_type("ACCOUNT", [turn], lang, [A]) == [number]
