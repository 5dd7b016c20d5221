"""Redaction classes found on blind set 19 (round 17), written as general mechanisms with new
values and wording in every language they apply to, hard negatives beside them: a name inside
quotes, after a shop's or a boat's word or joined to one by "and" names the venue; trade nouns
in -ininkas are no surnames; "pay by card over the phone" is no phone cue; a card dictation
resumes after small talk at "дальше", goes on after a group said over (a digit misread off a
photo, the first one too) and at "and the last ..."; an amount asked about mid-card and echoed
with its unit is no part of it; parts said twice in a row (a card relayed) count once; "7/28"
is no code and an expiry read back stays an expiry; a card's Latin capitals in a ru/uk call
are its holder's name; the holder's or the caller's own name asked after a third party's;
"ask for ..." names someone; a short answer may describe the speaker before the name; «вас
беспокоит ...» introduces the caller; a name with an apostrophe is found again in the vocative;
where to collect from the firm is no one's address; "domofonas" is no surname."""

from __future__ import annotations

import pytest
from _redact import found, luhn_complete, masked, of_type, said

from speechqa.redact.numbers import fold, read_token, words_to_digits

A, C = "agent", "customer"

CARD = luhn_complete("427913560284117")  # 4279 1356 0284 117x
G1, G2, G3, G4 = (CARD[i:i + 4] for i in range(0, 16, 4))


def _digits(words: list[str]) -> str:
    """The digits the number words among ``words`` say (correction words left out)."""
    numbers = [word.strip(".,?!…—") for word in words]
    return words_to_digits([word for word in numbers if read_token(fold(word)) is not None])


# Venues named after people -----------------------------------------------------------------


@pytest.mark.parametrize(("lang", "turn"), [
    ("ru", "Это где кафе «Пётр и Павел»? Рядом с рынком."),
    ("ru", "это возле магазина пётр и павел на углу"),
    ("uk", "Це біля крамниці «Тарас і Оксана»?"),
    ("en", "We'll take the Lady Josephine boat on Sunday."),
    ("en", "meet me at the lady josephine boat"),
    ("lt", "Susitinkam prie kavinės Jonas ir Ona."),
])
def test_a_name_that_names_a_shop_or_a_boat_is_no_persons(lang, turn):
    assert of_type("PERSON", [turn], lang, [C]) == []


@pytest.mark.parametrize(("lang", "turn", "name"), [
    ("ru", "Передайте, пожалуйста, Петру Соколову, что я звонил.", "Петру Соколову,"),
    ("en", "Please tell Josephine Hartwell I called.", "Josephine Hartwell"),
    ("lt", "Perduokite Jonui Petrauskui, kad skambinau.", "Jonui Petrauskui,"),
])
def test_a_person_named_outside_a_venue_stays_a_person(lang, turn, name):
    assert of_type("PERSON", [turn], lang, [C]) == [name]


def test_a_lithuanian_trade_noun_is_no_surname():
    assert of_type("PERSON", ["rytoj atvažiuos mūsų darbininkas"], "lt", [A]) == []
    assert of_type("PERSON", ["atvažiuos jonas petrauskas"], "lt", [A]) == ["jonas petrauskas"]


# "By phone" names how a card is paid ----------------------------------------------------


@pytest.mark.parametrize(("lang", "question"), [
    ("ru", "Оплатить можно картой по телефону. Назовите номер карты."),
    ("uk", "Оплатити можна карткою по телефону. Назвіть номер картки."),
    ("en", "You can pay by card over the phone. What's the card number?"),
    ("lt", "Galite sumokėti kortele telefonu. Padiktuokite kortelės numerį."),
])
def test_paying_by_phone_asks_for_no_phone_number(lang, question):
    turns = [question, f"{G1} {G2}", "Угу." if lang == "ru" else "Aha.", f"{G3} {G4}"]
    assert of_type("PHONE", turns, lang, [A, C, A, C]) == []
    cards = masked(turns, lang, [A, C, A, C], "CARD")
    assert _digits(cards.get(1, []) + cards.get(3, [])) == CARD


@pytest.mark.parametrize(("lang", "turns", "phone"), [
    ("ru", ["Звоните по телефону 8 912 345 67 89."], "8 912 345 67 89."),
    ("en", ["Call us over the phone on 07700 900456."], "07700 900456."),
])
def test_a_number_after_by_phone_with_no_card_asked_stays_a_phone(lang, turns, phone):
    assert of_type("PHONE", turns, lang, [C]) == [phone]


# A card dictation resumed after small talk --------------------------------------------------


@pytest.mark.parametrize(("lang", "small_talk", "go_on", "nudge", "talk_back"), [
    ("ru", "У вас тоже снег с утра?", "Да, весь двор замело, 2 часа чистил. Так, дальше",
     "Угу.", "Записала."),
    ("uk", "У вас теж сніг зранку?", "Так, двір замело, 2 години чистив. Далі", "Ага.",
     "Записала."),
    ("en", "Snowing there too?", "Yes, took me 2 hours to dig the car out. Anyway, carrying on",
     "Mhm.", "Got it."),
    ("lt", "Ar pas jus irgi sninga?", "Taip, 2 valandas kasiau mašiną. Toliau", "Aha.",
     "Užsirašiau."),
])
def test_a_card_goes_on_after_small_talk_at_a_go_on_word(lang, small_talk, go_on, nudge,
                                                         talk_back):
    question = {"ru": "Номер карты?", "uk": "Номер картки?", "en": "The card number?",
                "lt": "Kortelės numeris?"}[lang]
    turns = [question, f"{G1} {G2}", f"{talk_back} {small_talk}", f"{go_on} {G3}", nudge, G4]
    roles = [A, C, A, C, A, C]
    cards = masked(turns, lang, roles, "CARD")
    assert _digits(cards.get(1, []) + cards.get(3, []) + cards.get(5, [])) == CARD
    assert "2" not in cards.get(3, [])


@pytest.mark.parametrize("lang", ["ru", "uk", "en", "lt"])
def test_small_talk_numbers_without_a_card_question_are_no_card(lang):
    turns = [f"{G1} {G2}", "Aha.", f"2 hours, so next {G3}", "Mhm.", G4]
    assert of_type("CARD", turns, lang, [C, A, C, A, C]) == []


# A group said over after a misread, then the rest ---------------------------------------


def _misread(group: str) -> str:
    """The group with its first digit misread."""
    return str((int(group[0]) + 3) % 10) + group[1:]


@pytest.mark.parametrize(("lang", "turn"), [
    ("ru", f"Читаю с фото: {G1} {G2} {_misread(G3)} ой, нет, приблизила, там {G3} и последние "
           f"{G4}"),
    ("uk", f"Читаю з фото: {G1} {G2} {_misread(G3)} ні, збільшила, там {G3} і останні {G4}"),
    ("en", f"reading off a photo {said(G1 + G2 + _misread(G3), 'en')} no wait zoomed in it's "
           f"{said(G3, 'en')} and then {said(G4, 'en')}"),
    ("lt", f"Skaitau iš nuotraukos: {G1} {G2} {_misread(G3)} ne, padidinau, ten {G3} ir "
           f"paskutiniai {G4}"),
])
def test_a_card_goes_on_after_a_group_said_over(lang, turn):
    question = {"ru": "Номер карты?", "uk": "Номер картки?", "en": "what's the card number",
                "lt": "Kortelės numeris?"}[lang]
    cards = masked([question, turn], lang, [A, C], "CARD")
    words = cards.get(1, [])
    assert _digits(words).endswith(G4) and G3 in _digits(words)


@pytest.mark.parametrize(("lang", "turns"), [
    ("ru", ["Номер карты?", f"{CARD[:15]} {CARD[15]}", "Спишем с карты, последние 4 цифры 8805?"]),
    ("en", ["Card number?", f"{G1} {G2} {G3} {G4}", "and it ends in 8805 right"]),
])
def test_the_last_digits_of_another_card_are_still_no_card(lang, turns):
    assert not any("8805" in text for text in of_type("CARD", turns, lang, [A, C, A]))


def test_a_number_begun_again_keeps_its_restart_words_readable():
    turns = ["Номер карты?", f"{G1} {G2[:2]} нет, давайте сначала, я сбилась. {G1} {G2} {G3} {G4}"]
    words = masked(turns, "ru", [A, C], "CARD")[1]
    assert "сначала," not in words and "сбилась." not in words


# An amount asked about mid-card -----------------------------------------------------------


@pytest.mark.parametrize(("lang", "ask", "answer", "go_on"), [
    ("ru", "а спишут точно 1 480?", "Да, 1 480 рублей.", "Хорошо, дальше"),
    ("uk", "а знімуть рівно 1 480?", "Так, 1 480 гривень.", "Добре, далі"),
    ("en", "and it's definitely 1480?", "Yes, 1480 pounds.", "Okay, carrying on"),
    ("lt", "ar tikrai nuskaitys 1480?", "Taip, 1480 eurų.", "Gerai, toliau"),
])
def test_an_amount_asked_mid_card_is_no_part_of_it(lang, ask, answer, go_on):
    question = {"ru": "Номер карты?", "uk": "Номер картки?", "en": "Card number?",
                "lt": "Kortelės numeris?"}[lang]
    turns = [question, f"{G1} {G2} {ask}", answer, f"{go_on} {G3} {G4}"]
    cards = masked(turns, lang, [A, C, A, C], "CARD")
    assert _digits(cards.get(1, []) + cards.get(3, [])) == CARD
    assert 2 not in cards


def test_an_amount_asked_mid_card_in_asr_words_is_no_part_of_it():
    turns = ["диктуйте номер карты",
             f"{said(G1 + G2, 'ru')} а спишут точно девятьсот сорок",
             "да девятьсот сорок рублей ровно", f"хорошо дальше {said(G3 + G4, 'ru')}"]
    cards = masked(turns, "ru", [A, C, A, C], "CARD")
    assert "девятьсот" not in cards.get(1, []) and 2 not in cards
    assert _digits(cards.get(1, []) + cards.get(3, [])) == CARD


# A card relayed, each part said twice ---------------------------------------------------


@pytest.mark.parametrize(("lang", "turn"), [
    ("ru", f"Муж говорит {G1} {G2} … да, {G1} {G2}, потом {G3} {G4} … да, {G3} {G4}"),
    ("uk", f"Дружина каже {G1} {G2} … так, {G1} {G2}, далі {G3} {G4} … так, {G3} {G4}"),
    ("en", f"he says {said(G1 + G2, 'en')} yeah {said(G1 + G2, 'en')} then "
           f"{said(G3 + G4, 'en')} yeah {said(G3 + G4, 'en')}"),
    ("lt", f"Žmona sako {G1} {G2} … taip, {G1} {G2}, toliau {G3} {G4} … taip, {G3} {G4}"),
])
def test_a_card_relayed_part_by_part_twice_is_a_card(lang, turn):
    question = {"ru": "Номер карты, пожалуйста.", "uk": "Номер картки, будь ласка.",
                "en": "the long number on the card please", "lt": "Kortelės numeris?"}[lang]
    turns = [question, {"en": "hang on my husband's reading it"}.get(lang, "Секунду."),
             "Не спешите.", turn]
    cards = masked(turns, lang, [A, C, A, C], "CARD")
    assert _digits(cards.get(3, [])) == G1 + G2 + G1 + G2 + G3 + G4 + G3 + G4


@pytest.mark.parametrize("question", ["Номер вашего заказа?", "Какой у вас номер телефона?"])
def test_parts_said_twice_after_another_question_are_no_card(question):
    turns = [question, f"Муж говорит {G1} {G2} … да, {G1} {G2}, потом {G3} {G4} … да, {G3} {G4}"]
    assert of_type("CARD", turns, "ru", [A, C]) == []


# An expiry is no code ----------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "question", "answer"), [
    ("ru", "Срок действия карты и код с обратной стороны.", "3/29 и код 514"),
    ("uk", "Термін дії картки і код на звороті.", "3/29 і код 514"),
    ("en", "Expiry and the three digits on the back.", "3/29 and the code is 514"),
    ("lt", "Galiojimo laikas ir kodas kitoje pusėje.", "3/29 ir kodas 514"),
])
def test_a_month_and_year_with_a_slash_is_the_expiry_not_the_code(lang, question, answer):
    turns = ["Спишем с карты на 6612?", "Да.", question, answer]
    assert of_type("EXPIRY", turns, lang, [A, C, A, C]) == ["3/29"]
    assert of_type("CVV", turns, lang, [A, C, A, C]) == ["514"]


@pytest.mark.parametrize(("lang", "turns"), [
    ("en", ["And the expiry on the card?", "02.29", "And the three digits on the back.",
            "Flipping it… 4 7 1", "So that's 02.29, thanks."]),
    ("en", ["and the expiry on the card", "eleven thirty", "and the three digits on the back",
            "four seven one", "so that's eleven thirty lovely"]),
    ("ru", ["Срок действия карты?", "02.29", "И код с обратной стороны.", "471",
            "Итак, 02.29, спасибо."]),
])
def test_an_expiry_read_back_after_the_code_stays_an_expiry(lang, turns):
    roles = [A, C, A, C, A]
    assert len(of_type("EXPIRY", turns, lang, roles)) == 2
    assert len(of_type("CVV", turns, lang, roles)) == 1


def test_until_when_in_ukrainian_asks_for_the_expiry():
    turns = ["Назвіть номер картки.", said(CARD, "uk"), "До якого терміну картка?",
             "нуль дев'ять дві тисячі тридцять"]
    assert of_type("EXPIRY", turns, "uk", [A, C, A, C]) == ["нуль дев'ять дві тисячі тридцять"]


def test_a_month_and_year_right_after_a_whole_card_is_its_expiry():
    turns = ["номер картки будь ласка", f"{said(CARD, 'uk')} до нуль дев'ять тридцять"]
    assert of_type("CARD", turns, "uk", [A, C]) == [said(CARD, "uk")]


# Names read off a card, asked, or given for a call back ---------------------------------


@pytest.mark.parametrize(("lang", "turns", "name"), [
    ("ru", ["Номер карты?", f"{G1} {G2} {G3} {G4}", "И имя владельца карты.",
            "Там латиницей: VSEVOLOD KRUGLOV"], "VSEVOLOD KRUGLOV"),
    ("ru", ["Диктуйте номер карты.", "Сначала имя, как на карте: ZLATA OREKHOVA"],
     "ZLATA OREKHOVA"),
    ("uk", ["Номер картки?", f"{G1} {G2} {G3} {G4}", "І ім'я власника картки.",
            "Латиницею: OSTAP HNATIUK"], "OSTAP HNATIUK"),
])
def test_a_name_in_latin_capitals_in_card_talk_is_the_holders(lang, turns, name):
    assert name in of_type("PERSON", turns, lang, [A, C, A, C][:len(turns)])


@pytest.mark.parametrize(("lang", "turns"), [
    ("ru", ["Номер карты?", f"{G1} {G2} {G3} {G4}", "Какая у вас карта?", "VISA GOLD"]),
    ("ru", ["Где вы работаете?", "В компании ROMASHKA TRADE"]),
    ("uk", ["Номер картки?", f"{G1} {G2} {G3} {G4}", "Яка платіжна система?",
            "MASTERCARD WORLD"]),
])
def test_card_print_or_capitals_outside_card_talk_are_no_name(lang, turns):
    assert of_type("PERSON", turns, lang, [A, C, A, C][:len(turns)]) == []


@pytest.mark.parametrize(("lang", "turns", "names"), [
    ("uk", ["Номер картки?", f"{G1} {G2} {G3} {G4}", "І ім'я власника картки.",
            "Остап Гнатюк"], ["Остап Гнатюк"]),
    ("lt", ["kortelės numeris", said(CARD, "lt"), "ir kortelės savininko vardas",
            "vaidotas stankevičius"], ["vaidotas stankevičius"]),
    ("en", ["Who is the invoice for?", "Make it out to Ottilie Brannagh, my bookkeeper.",
            "And your own name?", "Okonkwo"], ["Ottilie Brannagh,", "Okonkwo"]),
    ("uk", ["Слухаю вас.", "Я дзвоню від імені Ганни Кравчук.", "А ви хто будете?",
            "Я її сусідка, Марта Іваницька"], ["Ганни Кравчук.", "Марта Іваницька"]),
    ("lt", ["klausau", "skambinu onos butkienės vardu", "o jūs kas būsite",
            "aš pagal įgaliojimą tomas žukauskas"], ["onos butkienės", "tomas žukauskas"]),
    ("en", ["how can i help", "calling on behalf of ottilie brannagh",
            "and you are", "a neighbour harriet okafor"],
     ["ottilie brannagh", "harriet okafor"]),
])
def test_a_name_answering_a_holders_or_own_name_question(lang, turns, names):
    assert of_type("PERSON", turns, lang, [A, C, A, C]) == names


@pytest.mark.parametrize(("lang", "turn", "name"), [
    ("ru", "Здравствуйте, вас беспокоит Лидия Серова, я по поводу брони.", "Лидия Серова,"),
    ("uk", "вітаю турбує ганна кравчук я щодо замовлення", "ганна кравчук"),
])
def test_a_polite_self_introduction_names_the_caller(lang, turn, name):
    assert of_type("PERSON", [turn], lang, [C]) == [name]


@pytest.mark.parametrize("lang", ["ru", "uk"])
def test_something_that_bothers_the_caller_names_no_one(lang):
    turn = {"ru": "Меня беспокоит шум в трубке.", "uk": "Мене турбує шум у слухавці."}[lang]
    assert of_type("PERSON", [turn], lang, [C]) == []


def test_a_kin_word_before_the_answers_name_is_no_name():
    turns = ["calling for my mum she's unwell", "and who am i speaking to",
             "i'm her daughter nkechi"]
    assert of_type("PERSON", turns, "en", [C, A, C]) == ["nkechi"]


@pytest.mark.parametrize(("lang", "turn", "name"), [
    ("ru", "Перезвоните и спросите Аркадия Лапина, 8 912 345 67 89.", "Аркадия Лапина,"),
    ("uk", "Передзвоніть і спитайте Тараса Гнатюка.", "Тараса Гнатюка."),
    ("en", "ring back and ask for ottilie brannagh", "ottilie brannagh"),
    ("lt", "Skambinkit, klauskit Vaidoto Stankevičiaus.", "Vaidoto Stankevičiaus."),
])
def test_who_to_ask_for_on_a_call_back_is_a_person(lang, turn, name):
    assert of_type("PERSON", [turn], lang, [C]) == [name]


@pytest.mark.parametrize(("lang", "turn"), [
    ("en", "ask for a refund please"),
    ("ru", "Спросите у мастера, когда он приедет."),
])
def test_asking_for_a_thing_names_no_one(lang, turn):
    assert of_type("PERSON", [turn], lang, [C]) == []


def test_found_reports_every_type_in_a_full_card_call():
    turns = ["Номер карты?", f"{G1} {G2}", "Записала. У вас тоже мороз?",
             f"Да, минус 20. Так, дальше {G3}", "Угу.", G4]
    kinds = {kind for kind, _text in found(turns, "ru", [A, C, A, C, A, C])}
    assert kinds == {"CARD"}


# Where to collect from the firm ------------------------------------------------------------


@pytest.mark.parametrize(("lang", "turns", "address"), [
    ("ru", ["Ваш адрес?", "Улица Лесная, дом 7, квартира 12.",
            "Или заберите у нас: улица Садовая, 14, с 10:00."],
     "Улица Лесная, дом 7, квартира 12."),
    ("uk", ["Ваша адреса?", "Вулиця Франка, будинок 7, квартира 12.",
            "Або заберіть у нас: вулиця Садова, 14."],
     "Вулиця Франка, будинок 7, квартира 12."),
    ("en", ["Your address?", "Flat 12, 7 Orchard Lane.",
            "Or collect from us, 14 Station Road, after 10:00."], "Flat 12, 7 Orchard Lane."),
    ("lt", ["Jūsų adresas?", "Vilniaus g. 7-12.", "Arba atsiimkite: biuras Pilies g. 14."],
     "Vilniaus g. 7-12."),
])
def test_where_to_collect_from_the_firm_is_no_ones_address(lang, turns, address):
    addresses = of_type("ADDRESS", turns, lang, [A, C, A])
    assert not any("14" in text for text in addresses)
    assert any(text.endswith(address.split()[-1]) for text in addresses)


@pytest.mark.parametrize(("turn", "address"), [
    ("kauno gatvė dvylika butas septyni domofonas neveikia", "kauno gatvė dvylika butas septyni"),
    ("Kauno g. 12-7, domofonas neveikia.", "Kauno g. 12-7,"),
])
def test_a_broken_intercom_after_an_address_is_no_surname(turn, address):
    turns = ["Kokiu adresu atvykti?", turn]
    assert of_type("PERSON", turns, "lt", [A, C]) == []
    assert of_type("ADDRESS", turns, "lt", [A, C]) == [address]


@pytest.mark.parametrize(("turns", "names"), [
    (["вітаю турбує мар'яна коваль я щодо запису", "так мар'яно бачу ваш запис"],
     ["мар'яна коваль", "мар'яно"]),
    (["Вітаю, турбує Мар'яна Коваль.", "Так, Мар'яно, бачу запис."],
     ["Мар'яна Коваль.", "Мар'яно,"]),
])
def test_a_ukrainian_name_with_an_apostrophe_is_found_again_in_the_vocative(turns, names):
    assert of_type("PERSON", turns, "uk", [C, A]) == names
