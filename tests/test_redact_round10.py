"""Redaction classes found on blind set 11 and the residual misses of blind sets 6-8 (round
10), each with new wording in the languages where it applies and hard negatives beside it:
a card read back right after a phone, a number said over from its start after "say again?",
the bare word for "number" before a phone, "my id number", an expiry asked with "the three
digits on the back", a card read on into its expiry, an expiry year said as an ordinal,
double names, surname cues with their verb, names given in answer to someone else's name
being asked for, and what is not a name (a pet in apposition, a sentence-case adverb, a
contraction)."""

from __future__ import annotations

import pytest
from _redact import found, luhn_complete, said

A, C = "agent", "customer"


def of_type(kind: str, turns: list[str], lang: str, roles: list[str] | None = None) -> list[str]:
    return [text for found_kind, text in found(turns, lang, roles) if found_kind == kind]


CARD = luhn_complete("543210987654321")  # 16 digits
AMEX = luhn_complete("37821409563217")   # 15 digits


def grouped(digits: str) -> str:
    return " ".join(digits[i:i + 4] for i in range(0, len(digits), 4))


# A card read back right after a phone -------------------------------------------------------


@pytest.mark.parametrize(("lang", "turns"), [
    ("en", ["Card number please.", grouped(CARD), "Thanks. Mobile for the e-ticket?",
            "+447911204581.", f"So {grouped(CARD)}, and the mobile 791 120 4581."]),
    ("en", ["card number please", said(AMEX, "en"), "and a mobile", "plus four four seven nine "
            "one one two zero four five eight one", f"so {said(AMEX, 'en')} and that mobile"]),
    ("ru", ["Номер карты, пожалуйста.", grouped(CARD), "Спасибо. Мобильный для чека?",
            "+79161234057.", f"Итак, {grouped(CARD)}, мобильный 916 123 40 57."]),
    ("uk", ["Номер картки, будь ласка.", grouped(CARD), "Дякую. Мобільний для квитка?",
            "+380671234057.", f"Отже, {grouped(CARD)}, мобільний 067 123 40 57."]),
    ("lt", ["Kortelės numeris?", grouped(CARD), "Ačiū. Mobilusis bilietui?", "+37061234057.",
            f"Taigi {grouped(CARD)}, mobilusis 612 34057."]),
])
def test_a_card_read_back_after_a_phone_is_a_card(lang, turns):
    cards = of_type("CARD", turns, lang, [A, C, A, C, A])
    assert len(cards) == 2, cards
    assert all(not any(c.isdigit() for c in phone) or "7" in phone
               for phone in of_type("PHONE", turns, lang, [A, C, A, C, A]))


def test_a_phone_read_back_after_a_phone_is_no_card():
    turns = ["Mobile for the e-ticket?", "+447911204581.", "So 07911 204581, is that right?"]
    assert of_type("CARD", turns, "en", [A, C, A]) == []
    assert of_type("PHONE", turns, "en", [A, C, A]) == ["+447911204581. | 07911 204581,"]


# A number said over from its start after "say again?" --------------------------------------


@pytest.mark.parametrize(("lang", "turns", "first", "whole"), [
    ("ru", ["Простите, связь плохая. Номер 91704…", "Повторите, пожалуйста?", "91704 22816."],
     "91704…", "91704 22816."),
    ("uk", ["вибачте погано чути номер сорок один сімдесят нуль", "перепрошую ще раз",
            "сорок один сімдесят нуль ну двадцять вісім шістнадцять"],
     "сорок один сімдесят нуль", "сорок один сімдесят нуль ну двадцять вісім шістнадцять"),
    ("en", ["I've got a cold, sorry. The number's 41382…", "Sorry, say that again?",
            "41382 90576."], "41382…", "41382 90576."),
    ("lt", ["atsiprašau blogai girdisi numeris šeši aštuoni trys nulis du", "dar kartą",
            "šeši aštuoni trys nulis du nu devyni vienas keturi"],
     "šeši aštuoni trys nulis du", "šeši aštuoni trys nulis du nu devyni vienas keturi"),
])
def test_a_number_said_over_after_say_again_is_one_phone(lang, turns, first, whole):
    phones = of_type("PHONE", turns, lang, [C, A, C])
    assert first in phones and whole in phones
    assert of_type("CARD", turns, lang, [C, A, C]) == []


@pytest.mark.parametrize(("lang", "turns"), [
    ("ru", ["Сколько вы заплатили?", "350…", "Повторите?", "350 рублей."]),
    ("en", ["what's your order number", "5531", "say again", "5531 2210"]),
])
def test_an_amount_or_an_order_said_again_is_no_phone(lang, turns):
    assert of_type("PHONE", turns, lang, [A, C, A, C]) == []


# The bare word for "number" before a phone -----------------------------------------------------


@pytest.mark.parametrize(("lang", "turn", "phone"), [
    ("ru", "хочу перейти к вам со своим номером девятьсот шестнадцать сто двадцать три сорок "
           "пять шестьдесят семь",
     "девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь"),
    ("uk", "Хочу перейти до вас зі своїм номером 067 123 45 98.", "067 123 45 98."),
    ("en", "The number is 7184 402 913.", "7184 402 913."),
    ("lt", "noriu pereiti su savo numeriu šeši vienas du trys keturi penki šeši septyni",
     "šeši vienas du trys keturi penki šeši septyni"),
])
def test_a_bare_number_word_before_digits_cues_a_phone(lang, turn, phone):
    assert of_type("PHONE", [turn], lang) == [phone]


@pytest.mark.parametrize(("lang", "turn"), [
    ("uk", "Машина у вас, наряд номер 55850. Коли забрати?"),   # a record noun before it
    ("ru", "заказ номер 4412907 пришёл"),
    ("en", "My order number 5531 2210 hasn't arrived."),
    ("lt", "mano kambario numeris 41207 nešvarus"),
    ("ru", "Паспорт серия 4509, номер 612374."),                 # another cue just before
])
def test_a_number_word_naming_a_record_is_no_phone(lang, turn):
    assert of_type("PHONE", [turn], lang) == []


# "My id number" ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("turns", "value"), [
    (["and your id number", "um six two one four zero eight three nine one"],
     "six two one four zero eight three nine one"),
    (["passport please", "784 512 903 and my id number is 312 45 6789"], "312 45 6789"),
])
def test_my_id_number_is_a_national_id(turns, value):
    assert of_type("NATIONAL_ID", turns, "en", [A, C]) == [value]


@pytest.mark.parametrize("turns", [
    ["what's the order id number", "6214083"],
    ["your request 7406790 is logged"],
])
def test_an_order_id_or_a_request_number_is_no_national_id(turns):
    roles = [A, C][:len(turns)]
    assert of_type("NATIONAL_ID", turns, "en", roles) == []
    assert of_type("ACCOUNT", turns, "en", roles) == []


def test_a_lithuanian_request_number_is_no_identifier():
    turns = ["Asmens kodas?", "38703150231.", "Ačiū, prašymas 4081726 priimtas."]
    assert of_type("NATIONAL_ID", turns, "lt", [A, C, A]) == ["38703150231."]


# An expiry asked with "the three digits on the back" ----------------------------------------


@pytest.mark.parametrize(("turns", "expiry", "cvv"), [
    (["expiry and the three digits on the back", "eleven twenty-eight code four one six"],
     "eleven twenty-eight", "four one six"),
    (["the expiry date and the three digits on the back please", "oh four thirty then two "
      "five two"], "oh four thirty", "two five two"),
])
def test_an_expiry_asked_with_the_three_digits_is_the_expiry(turns, expiry, cvv):
    card_turns = ["card number please", said(CARD, "en"), *turns]
    roles = [A, C, A, C]
    assert of_type("EXPIRY", card_turns, "en", roles) == [expiry]
    assert cvv in " ".join(of_type("CVV", card_turns, "en", roles))


# A card read on into its expiry; an expiry year said as an ordinal --------------------------


def test_a_card_read_on_into_its_expiry_is_a_card_and_an_expiry():
    # 4276 8012 3456 7890, not Luhn-valid (a slip in one digit), then 08/29 and the code
    turns = ["мне нужны номер карты срок и cvv",
             "так сорок два семьдесят шесть восемьдесят двенадцать тридцать четыре пятьдесят"
             " шесть семьдесят восемь девяносто ноль восемь двадцать девять код три один пять"]
    assert of_type("ACCOUNT", turns, "ru", [A, C]) == []
    assert of_type("EXPIRY", turns, "ru", [A, C]) == ["ноль восемь двадцать девять"]
    assert len(of_type("CARD", turns, "ru", [A, C])) == 1


def test_a_twenty_digit_account_stays_an_account():
    turns = ["номер счёта пожалуйста", "40817810099910004312"]
    assert of_type("ACCOUNT", turns, "ru", [A, C]) == ["40817810099910004312"]


@pytest.mark.parametrize(("lang", "turns", "expiry"), [
    ("ru", ["что указано в сроке действия", "август двадцать девятого"],
     "август двадцать девятого"),
    ("uk", ["що вказано у терміні дії", "березень тридцять першого"],
     "березень тридцять першого"),
])
def test_an_expiry_year_said_as_an_ordinal_is_masked_whole(lang, turns, expiry):
    card_turns = ["номер карты", said(CARD, "ru"), *turns]
    assert of_type("EXPIRY", card_turns, lang, [A, C, A, C]) == [expiry]


# Double names ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "turn", "name"), [
    ("ru", "на карте написано мария-луиза ковальская", "мария-луиза ковальская"),
    ("ru", "Проверяю на Марию-Луизу Ковальскую.", "Марию-Луизу Ковальскую."),
    ("ru", "оформляю на ольгу петровну смирнову-верт", "ольгу петровну смирнову-верт"),
    ("uk", "записуйте олена-марія коваль", "олена-марія коваль"),
    ("en", "surname's ashworth-pryce the car is blue", "ashworth-pryce"),
])
def test_a_double_name_is_masked_whole(lang, turn, name):
    assert name in of_type("PERSON", [turn], lang)


@pytest.mark.parametrize(("lang", "turn"), [
    ("ru", "заказала в интернет-магазине пылесос"),
    ("ru", "еду в ростов-на-дону завтра"),
    ("ru", "офис на северо-западе москвы"),
    ("uk", "купила в інтернет-магазині чайник"),
    ("en", "my surname's well-known in town"),
])
def test_hyphenated_words_that_name_nobody_stay(lang, turn):
    assert of_type("PERSON", [turn], lang) == []


# Surname cues with their verb and spellings of hyphenated names -----------------------------


@pytest.mark.parametrize(("turns", "masked"), [
    (["Surname's Thorne, the dog is called Biscuit."], ["Thorne,"]),
    (["the surname is mcgillivray"], ["mcgillivray"]),
    (["surname dunleavy spelled d u n l e a v y"], ["dunleavy", "d u n l e a v y"]),
    (["Surname O'Hara, spelled O-H-A-R-A."], ["O'Hara,", "O-H-A-R-A."]),
])
def test_a_surname_with_its_verb_or_spelled_after_is_masked(turns, masked):
    assert of_type("PERSON", turns, "en") == masked


@pytest.mark.parametrize(("lang", "turns", "spelled"), [
    ("ru", ["моя фамилия зуева-ланг", "продиктуйте по буквам", "з у е в а л а н г"],
     "з у е в а л а н г"),
    ("en", ["surname's price-hollis", "could you spell that", "p r i c e h o l l i s"],
     "p r i c e h o l l i s"),
])
def test_a_double_surname_spelled_without_its_hyphen_is_masked(lang, turns, spelled):
    assert spelled in of_type("PERSON", turns, lang, [C, A, C])


# Names given when someone else's name is asked for ------------------------------------------


@pytest.mark.parametrize(("turns", "name"), [
    (["What's your husband's full name?", "Colin Marsh"], "Colin Marsh"),
    (["Child's name?", "Oscar Pennywhistle."], "Oscar Pennywhistle."),
    (["whose name is the booking under", "mine jenny hale"], "jenny hale"),
    (["And whose name shall I put it under?", "Mine, Tessa Lamb."], "Tessa Lamb."),
    (["What's your full name?", "Joanna Hill."], "Joanna Hill."),  # a street word ends it
])
def test_a_name_answering_a_question_about_someone_is_masked(turns, name):
    assert of_type("PERSON", turns, "en", [A, C]) == [name]


def test_a_listed_first_name_then_a_word_surname_before_a_cue_is_masked():
    turn = "it's for my neighbour susan fox mobile seven six one two three four five six"
    assert "susan fox" in of_type("PERSON", [turn], "en")


@pytest.mark.parametrize("turns", [
    ["What's your husband's full name?", "I'd rather not say."],
    ["And where do you live?", "Victoria Street."],
    ["Whose name is the booking under?", "Mine, if that's all right."],
])
def test_an_answer_without_a_name_masks_nothing(turns):
    assert of_type("PERSON", turns, "en", [A, C]) == []


@pytest.mark.parametrize(("turn", "name"), [
    ("Taip, įrašykite dar vieną asmenį: Rokas Karpis, jis atvažiuos.", "Rokas Karpis,"),
    ("Įrašiau, Rokas Karpis dabar įgaliotas.", "Rokas Karpis"),
])
def test_a_lithuanian_first_name_and_a_capitalised_surname_are_masked(turn, name):
    assert of_type("PERSON", [turn], "lt") == [name]


# What is not a name ---------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "turns", "roles"), [
    ("ru", ["А Муся, наша кошка, тоже может прийти?"], [C]),
    ("uk", ["А Мурка, наша кішка, теж хворіє."], [C]),
    ("en", ["And Biscuit, my dog, needs a check too."], [C]),
    ("ru", ["На кого оформлен договор?", "Сейчас дам трубку мужу."], [A, C]),
    ("uk", ["На кого оформлено договір?", "Зараз дам слухавку чоловікові."], [A, C]),
    ("en", ["dental practice hannah who's the appointment for", "it's for me"], [A, C]),
])
def test_pets_sentence_case_adverbs_and_contractions_are_no_names(lang, turns, roles):
    assert of_type("PERSON", turns, lang, roles) == []


def test_a_colleague_addressed_before_a_pet_word_is_still_a_name():
    assert of_type("PERSON", ["А Соня, наша бухгалтер, тоже придёт?"], "ru") == ["Соня,"]


# A number's abandoned start sharing its first digits; parts joined by the read-back --------


@pytest.mark.parametrize(("lang", "turn", "start"), [
    ("ru", f"Так, пишите: {CARD[:4]}... ой, нет, сбилась, {CARD}.", f"{CARD[:4]}..."),
    ("en", f"Ready? It's {CARD[:3]}7... no, hang on, let me start again, {grouped(CARD)}.",
     f"{CARD[:3]}7..."),
    ("uk", f"Пишіть: {CARD[:5]}... ой, ні, збилася, {CARD}.", f"{CARD[:5]}..."),
])
def test_an_abandoned_start_sharing_the_cards_first_digits_is_masked(lang, turn, start):
    cards = of_type("CARD", ["Номер карты?" if lang != "en" else "Card number?", turn], lang,
                    [A, C])
    assert any(start in card for card in cards), cards


def test_an_amount_before_a_card_is_not_its_abandoned_start():
    turn = f"Я заплатил 350... ой, нет, карта {grouped(CARD)}."
    assert not any("350" in card for card in of_type("CARD", [turn], "ru"))


@pytest.mark.parametrize(("lang", "turns", "kind", "parts"), [
    ("ru", ["назовите инн пожалуйста", "семь семь ноль так дальше не видно очки",
            "не торопитесь", "девятьсот двенадцать триста сорок пять шестьдесят один шесть",
            "проверяю семь семь ноль девять один два три четыре пять шесть один шесть так"],
     "NATIONAL_ID", ("семь семь ноль", "девятьсот двенадцать триста сорок пять шестьдесят "
                     "один шесть")),
    ("lt", ["pasakykite asmens kodą", "trys aštuoni du palaukit nematau akinių", "neskubėkite",
            "nulis vienas nulis du trys keturi penki šeši",
            "užsirašiau trys aštuoni du nulis vienas nulis du trys keturi penki šeši"],
     "NATIONAL_ID", ("trys aštuoni du", "nulis vienas nulis du trys keturi penki šeši")),
])
def test_parts_read_back_as_one_number_are_one_identifier(lang, turns, kind, parts):
    found_kind = of_type(kind, turns, lang, [A, C, A, C, A])
    joined = " | ".join(found_kind)
    assert all(part in joined for part in parts), found_kind


def test_an_amount_and_a_count_read_back_separately_are_not_joined():
    turns = ["сколько вы заплатили", "триста сорок так", "не торопитесь", "два раза",
             "проверяю триста сорок рублей два раза"]
    assert of_type("NATIONAL_ID", turns, "ru", [A, C, A, C, A]) == []
    assert of_type("ACCOUNT", turns, "ru", [A, C, A, C, A]) == []


@pytest.mark.parametrize(("lang", "turns", "wrong_part"), [
    ("ru", ["продиктуйте номер карты", f"{said(CARD[:4], 'ru')} {said(CARD[4:7], 'ru')} девять",
            "ага", f"нет-нет стоп не так {said(CARD[4:], 'ru')}",
            f"итак записано {said(CARD, 'ru')} верно"],
     f"{said(CARD[:4], 'ru')} {said(CARD[4:7], 'ru')} девять"),
    ("lt", ["diktuokite kortelės numerį", f"{said(CARD[:6], 'lt')} devyni", "užsirašiau",
            f"oi sumaišiau {said(CARD[4:], 'lt')}", f"pakartoju {said(CARD, 'lt')} taip"],
     f"{said(CARD[:6], 'lt')} devyni"),
])
def test_a_card_said_over_from_a_few_digits_back_and_read_back_is_one_card(lang, turns,
                                                                           wrong_part):
    cards = " | ".join(of_type("CARD", turns, lang, [A, C, A, C, A]))
    assert wrong_part in cards and said(CARD[4:], lang) in cards


@pytest.mark.parametrize(("lang", "turn", "start"), [
    ("ru", "Записывайте, 8 (925)... ой, нет, это старый номер. Новый: 8-916-204-17-39.",
     "8 (925)..."),
    ("uk", "Пишіть: 067 31... ой, ні, це старий номер. Новий: 093 418 27 65.", "067 31..."),
])
def test_a_phones_abandoned_start_after_a_dictation_word_is_masked(lang, turn, start):
    turns = ["Оставьте номер телефона." if lang == "ru" else "Залиште номер телефону.", turn]
    assert any(start in phone for phone in of_type("PHONE", turns, lang, [A, C]))


# First names that are words first («роман», «любовь») ----------------------------------------


@pytest.mark.parametrize(("lang", "turn", "name"), [
    ("ru", "договор на меня роман соколов", "роман соколов"),
    ("ru", "Свидетель — сосед, Роман Голубев, вот его номер.", "Роман Голубев,"),
    ("ru", "запишите на романа сергеевича", "романа сергеевича"),
    ("ru", "Я владелец квартиры, Любовь Орлова.", "Любовь Орлова."),
    ("ru", "меня зовут роман", "роман"),
])
def test_a_first_name_that_is_also_a_word_is_a_name_beside_a_surname_or_after_a_cue(
        lang, turn, name):
    assert name in of_type("PERSON", [turn], lang)


@pytest.mark.parametrize(("lang", "turn"), [
    ("ru", "читаю роман толстого"),                      # the novel of Tolstoy
    ("ru", "Читаю новый роман Пелевина."),
    ("ru", "Вера в успех важна."),
    ("uk", "Міська бібліотека імені Лесі Українки, слухаю."),  # named after
    ("ru", "Парк имени Максима Горького закрыт."),
])
def test_words_and_places_named_after_people_are_no_names(lang, turn):
    assert of_type("PERSON", [turn], lang) == []
