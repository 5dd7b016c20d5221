"""Redaction classes found on the fourth blind set (round 6), each with new wording in the
languages it applies to, and the hard negatives beside it: a card number said in parts across
an interruption, the other speaker's "take your time" or a self-correction that restarts a
few digits back."""

from __future__ import annotations

import pytest
from _redact import found, luhn_complete, said

ASKED = ["agent", "customer"]
INTERRUPTED = ["customer", "agent", "customer"]
ASKED_INTERRUPTED = ["agent", "customer", "agent", "customer"]




_LT_DIGITS = ["nulis", "vienas", "du", "trys", "keturi", "penki", "šeši", "septyni",
              "aštuoni", "devyni"]


# A card said in parts around an interruption -----------------------------------------------


@pytest.mark.parametrize(("lang", "turns"), [
    ("ru", ["Номер карты скажите, пожалуйста.", "{a}... Дима, убавь звук, я разговариваю!",
            "Да, конечно, я подожду.", "Всё, извините. {b}."]),
    ("uk", ["Назвіть номер картки.", "{a}... Олю, тихіше, я розмовляю!",
            "Звісно, я почекаю.", "Вибачте. {b}."]),
    ("en", ["Could I take the long number on the card?", "{a}... Tom, turn that down please!",
            "Sure, no rush at all.", "Sorry about that. {b}."]),
    ("lt", ["Prašau pasakyti kortelės numerį.", "{a}... Petrai, tyliau, aš kalbu!",
            "Nieko tokio, palauksiu.", "Atsiprašau. {b}."]),
])
def test_written_card_split_around_an_interruption_is_masked_in_both_parts(lang, turns):
    card = luhn_complete("530127884106723")
    first, rest = f"{card[:4]} {card[4:9]}", f"{card[9:13]} {card[13:]}"
    text = [t.format(a=first, b=rest) for t in turns]
    cards = [kind_text for kind_text in found(text, lang, ASKED_INTERRUPTED)
             if kind_text[0] == "CARD"]
    assert len(cards) == 1
    assert card[:4] in cards[0][1] and card[13:] in cards[0][1]
    assert "PHONE" not in {kind for kind, _ in found(text, lang, ASKED_INTERRUPTED)}


@pytest.mark.parametrize(("lang", "aside", "reply"), [
    ("ru", "ой подождите ручку возьму", "ничего я подожду"),
    ("uk", "ой хвилинку знайду окуляри", "нічого я почекаю"),
    ("en", "hang on the dog is barking", "no problem take your time"),
])
def test_spoken_card_split_across_turns_without_a_cue_is_one_card(lang, aside, reply):
    # 16 digits starting like a card, the other speaker's words between: no question needed
    card = luhn_complete("451208736620914")
    first, rest = said(card[:7], lang), said(card[7:], lang)
    turns = [f"{first} {aside}", reply, f"{rest}"]
    assert found(turns, lang, INTERRUPTED) == [("CARD", f"{first} | {rest}")]


def test_lithuanian_spoken_card_split_across_turns():
    card = luhn_complete("418733920156047")
    first = " ".join(_LT_DIGITS[int(d)] for d in card[:6])
    rest = " ".join(_LT_DIGITS[int(d)] for d in card[6:])
    turns = ["kortelės numeris", f"{first} palaukite vaikas verkia", "nieko tokio",
             f"{rest}"]
    assert found(turns, "lt", ASKED_INTERRUPTED) == [("CARD", f"{first} | {rest}")]


# A card restarted a few digits back after a slip --------------------------------------------


@pytest.mark.parametrize(("lang", "cue", "slip"), [
    ("ru", "Продиктуйте номер карты.", "ой, нет, сбился, начну с этого места:"),
    ("uk", "Продиктуйте номер картки.", "ой, ні, збився, почну звідси:"),
    ("en", "Go ahead with the card number.", "oops, no, let me go again from there:"),
])
def test_card_restarted_a_few_digits_back_is_masked_in_both_parts(lang, cue, slip):
    card = luhn_complete("637102955418204")
    first, again = card[:9], card[6:]  # "…955" said again: "955418…"
    turns = [cue, f"{first}... {slip} {again}."]
    result = found(turns, lang, ASKED)
    assert result == [("CARD", f"{first}... | {again}.")]


def test_spoken_card_restarted_with_a_correction_in_one_turn():
    card = luhn_complete("476013382915660")
    first, again = said(card[:8], "en"), said(card[5:], "en")
    turns = ["the card number please", f"{first} no sorry i'll say that bit again {again}"]
    assert found(turns, "en", ASKED) == [("CARD", f"{first} | {again}")]


# Hard negatives ------------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "turns"), [
    # a phone number and then a date by the same caller, the agent between them
    ("ru", ["Мой номер 8 903 412 55 70...", "Записала.", "И договор от 14 03 2021."]),
    ("en", ["my number is 0 7 7 0 0 9 0 0 1 2 3 ...", "ok one moment",
            "and the order was 5 5 4 2 1"]),
    # two unrelated amounts and a reference, no card asked
    ("uk", ["Я платив 1500 гривень...", "Так, бачу.", "А потім ще 2300 гривень."]),
])
def test_unrelated_numbers_across_turns_are_not_joined_into_a_card(lang, turns):
    assert "CARD" not in {kind for kind, _ in found(turns, lang, INTERRUPTED)}


def test_card_said_whole_after_a_false_start_stays_the_same_card():
    card = luhn_complete("402400713580226")
    turns = ["Номер карты?", f"{card[:4]}… ой, нет, сначала. {card}"]
    kinds = [kind for kind, _ in found(turns, "ru", ASKED)]
    assert kinds and set(kinds) == {"CARD"}


def test_agent_read_back_is_not_joined_to_the_customers_part():
    card = luhn_complete("522019447301586")
    turns = ["The card number please.", f"{card[:8]}...", f"{card[:8]}, yes, go on.",
             f"{card[8:]}."]
    result = found(turns, "en", ["agent", "customer", "agent", "customer"])
    assert ("CARD", f"{card[8:]}.") in result or any(
        kind == "CARD" and card[8:] in text for kind, text in result)
    assert all(kind == "CARD" for kind, _ in result)


# PERSON: names called out, inverted introductions, callers acting for someone ---------------


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("ru", "так четыре два ноль вова не мешай я разговариваю", "вова"),
    ("ru", "Подождите... Катя, закрой дверь!", "Катя,"),
    ("uk", "ой тарасику не заважай будь ласка", "тарасику"),
    ("uk", "Зачекайте. Оксано, вимкни телевізор!", "Оксано,"),
    ("lt", "Palaukite... Tomai, netrukdyk!", "Tomai,"),
    ("lt", "Akimirką. Petriuk, nustok!", "Petriuk,"),
    ("en", "Sorry... Jack, stop that right now!", "Jack,"),
])
def test_a_name_called_out_before_a_command_is_masked(lang, text, name):
    assert ("PERSON", name) in found([text], lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Так, подождите минутку, я найду."),
    ("ru", "Надежда умирает последней, как говорится."),
    ("uk", "Так, зачекайте, я знайду."),
    ("lt", "Taip, palauk, ieškau."),
    ("en", "Well, hold on, let me look."),
])
def test_a_command_without_a_name_before_it_masks_nothing(lang, text):
    assert found([text], lang) == []


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("ru", "я жена его меня вера зовут", "вера"),
    ("ru", "Дочь. Меня Любовь зовут.", "Любовь"),
    ("uk", "я сестра мене надія звати", "надія"),
])
def test_a_name_inside_an_inverted_introduction_is_masked(lang, text, name):
    assert found([text], lang, ["customer"]) == [("PERSON", name)]


def test_an_agents_inverted_introduction_is_not_pii():
    assert found(["Добрый день, меня Вера зовут, чем помочь?"], "ru", ["agent"]) == []


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("ru", "добрый день я звоню за ольги смирновой она болеет", "ольги смирновой"),
    ("uk", "я дзвоню замість олени коваль вона в лікарні", "олени коваль"),
    ("uk", "дзвоню замість христини бондарук", "христини бондарук"),
    ("en", "I'm calling on behalf of Maureen Tate, she's unwell.", "Maureen Tate,"),
])
def test_a_person_someone_calls_for_is_masked(lang, text, name):
    assert ("PERSON", name) in found([text], lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "я звоню за квартиру, она сама не может"),
    ("uk", "дзвоню за рахунок за воду"),
    ("ru", "звоню третий раз роза ветров какая-то у вас"),
    ("ru", "на крыше стоит роза ветров и флюгер"),
    ("lt", "gyvename ten pat miestas tas pats kaunas"),
    ("lt", "o anketoje kažkas kita parašyta"),
    ("lt", "vaikas serga todėl skambinu"),
    ("en", "Brilliant, I've got that now."),
])
def test_words_that_look_like_names_are_not_masked(lang, text):
    assert [kind for kind, _ in found([text], lang)] == []


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("ru", "звонила роза ветрова вчера", "роза ветрова"),
    ("en", "The name on the account is Okafor.", "Okafor."),
])
def test_real_names_beside_those_words_are_still_masked(lang, text, name):
    assert ("PERSON", name) in found([text], lang)


# Expiry and code after a card said in parts; "that's all" ends the card ----------------------


@pytest.mark.parametrize(("lang", "turns", "expiry"), [
    ("ru", ["начало такое {a} сейчас очки найду", "конечно жду",
            "вот {b} и срок пять двадцать восемь"], "пять двадцать восемь"),
    ("uk", ["початок {a} зараз окуляри знайду", "звісно чекаю",
            "ось {b} і термін сім двадцять дев'ять"], "сім двадцять дев'ять"),
])
def test_expiry_said_after_a_card_in_parts_is_masked(lang, turns, expiry):
    card = luhn_complete("439817250066143")
    text = [t.format(a=said(card[:6], lang), b=said(card[6:], lang)) for t in turns]
    assert ("EXPIRY", expiry) in found(text, lang, INTERRUPTED)


@pytest.mark.parametrize(("lang", "done", "code"), [
    ("ru", "Всё. Сзади 417, если нужно.", "417,"),
    ("uk", "Усе. Ззаду 538, якщо треба.", "538,"),
    ("lt", "Viskas. Kitoje pusėje 206.", "206."),
])
def test_code_said_after_that_is_all_is_not_part_of_the_card(lang, done, code):
    card = luhn_complete("541287630019842")
    cue = {"ru": "Диктуйте номер карты.", "uk": "Диктуйте номер картки.",
           "lt": "Sakykite kortelės numerį."}[lang]
    turns = [cue, f"{card[:8]}...", "OK", f"{card[8:]}. {done}"]
    result = found(turns, lang, ["agent", "customer", "agent", "customer"])
    assert ("CVV", code) in result
    assert all(code.strip(",.") not in text for kind, text in result if kind == "CARD")


# ADDRESS: a flat number said in words before the house number --------------------------------


@pytest.mark.parametrize(("text", "address"), [
    ("uh it's flat two hundred and twelve one hundred and forty four mill lane leeds",
     "flat two hundred and twelve one hundred and forty four mill lane"),
    ("apartment ninety nine seventy seven station road please",
     "apartment ninety nine seventy seven station road"),
    ("We're at Flat 3, 18 Orchard Cl now.", "Flat 3, 18 Orchard Cl"),
])
def test_flat_number_in_words_and_abbreviated_close_are_in_the_address(text, address):
    assert ("ADDRESS", address) in found([text], "en")


def test_a_number_long_before_a_street_is_not_its_flat():
    text = "i paid forty two pounds and then sixty three more for the move to mill lane"
    assert not any(kind == "ADDRESS" and "forty" in found_text
                   for kind, found_text in found([text], "en"))


@pytest.mark.parametrize(("lang", "turns", "roles", "name"), [
    # surname, comma, first name, as a form is filled in
    ("en", ["Can I take your full name?", "Okafor, Daniel, 14/02/1990."], ASKED,
     "Okafor, Daniel,"),
    ("en", ["It's Pemberton, Sarah, about my meter."], ["customer"], "Pemberton, Sarah,"),
    # one unlisted lower-case word that is all the answer after a strong cue
    ("en", ["the name on the account is abernethy"], ["customer"], "abernethy"),
    # "write it down: ...", then a first name and a surname the dictionary lacks
    ("ru", ["как вас зовут", "записывайте ольга грачёва"], ASKED, "ольга грачёва"),
    ("ru", ["здравствуйте мамедова лейла расимовна у меня вопрос"], ["customer"],
     "мамедова лейла расимовна"),
    ("ru", ["я звоню за дарьи озёрной она болеет"], ["customer"], "дарьи озёрной"),
])
def test_names_in_form_order_and_unlisted_surnames_are_masked_whole(lang, turns, roles, name):
    assert ("PERSON", name) in found(turns, lang, roles)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "the name on the account is wrong"),
    ("en", "Sorry, Daniel, I didn't catch that."),
    ("ru", "записывайте пожалуйста"),
])
def test_plain_words_after_those_cues_are_not_names(lang, text):
    assert [kind for kind, _ in found([text], lang)] == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Did you want to keep the Victoria bundle or switch?"),
    ("en", "The Harrison plan is cheaper for two people."),
])
def test_a_name_before_a_product_word_is_the_products(lang, text):
    assert found([text], lang, ["agent"]) == []


@pytest.mark.parametrize(("lang", "text", "address"), [
    ("ru", "мы переехали теперь живём переулок тихий дом восемь квартира три",
     "переулок тихий дом восемь квартира три"),
    ("uk", "ми переїхали тепер вулиця липова будинок дев'ять", "вулиця липова будинок дев'ять"),
    ("lt", "persikraustėme dabar gyvename liepų gatvė dvylika", "liepų gatvė dvylika"),
])
def test_what_the_caller_says_before_the_street_is_not_the_address(lang, text, address):
    assert found([text], lang) == [("ADDRESS", address)]


@pytest.mark.parametrize(("turns", "name"), [
    (["that's my dad okello he was born in may"], "okello"),
    (["i'm calling for my gran and i'm her granddaughter", "sorry who",
      "i'm her daughter zainab"], "zainab"),
])
def test_an_unlisted_name_after_a_family_word_is_masked(turns, name):
    roles = ["customer", "agent", "customer"][:len(turns)]
    assert ("PERSON", name) in found(turns, "en", roles)


@pytest.mark.parametrize("text", ["her son is poorly", "my mum she was fine after that"])
def test_a_family_word_without_a_name_masks_no_person(text):
    assert "PERSON" not in {kind for kind, _ in found([text], "en")}


@pytest.mark.parametrize(("lang", "turns", "name"), [
    ("ru", ["чей это номер", "это ксения мы вместе работаем"], "ксения"),
    ("uk", ["чий це номер", "це тарас мій брат"], "тарас"),
])
def test_the_answer_to_whose_number_it_is_names_a_person(lang, turns, name):
    assert found(turns, lang, ASKED) == [("PERSON", name)]


@pytest.mark.parametrize(("lang", "turns"), [
    ("ru", ["чей это номер", "это мой рабочий"]),
    ("en", ["whose number is that", "it's my work one"]),
])
def test_whose_number_answered_without_a_name_masks_nothing(lang, turns):
    assert found(turns, lang, ASKED) == []


@pytest.mark.parametrize(("lang", "turns", "expiry"), [
    ("ru", ["срок действия", "там написано девять тридцать", "и три цифры с обратной стороны",
            "пятьсот один"], "девять тридцать"),
    ("uk", ["термін дії картки", "вісім двадцять дев'ять", "і три цифри на звороті",
            "сто сорок"], "вісім двадцять дев'ять"),
])
def test_the_next_question_that_starts_with_a_number_is_not_part_of_the_expiry(
        lang, turns, expiry):
    result = found(turns, lang, ["agent", "customer", "agent", "customer"])
    assert ("EXPIRY", expiry) in result


@pytest.mark.parametrize(("lang", "text", "email"), [
    ("lt", "į paštą petraityte taškas devyni eta gmail taškas com",
     "petraityte taškas devyni eta gmail taškas com"),
    ("uk", "на пошту коваль крапка ігор собака ukr крапка net",
     "коваль крапка ігор собака ukr крапка net"),
])
def test_the_word_for_mail_before_a_spoken_address_is_not_in_it(lang, text, email):
    assert found([text], lang) == [("EMAIL", email)]


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("ru", "позовите пожалуйста наталью к телефону", "наталью"),
    ("uk", "покличте богдана будь ласка", "богдана"),
    ("lt", "pakvieskite petrą prie telefono", "petrą"),
    ("ru", "я уже говорила с вашим сотрудником денисом", "денисом"),
    ("ru", "мне звонила какая-то алёна из банка", "алёна"),
    ("en", "i spoke to a lady called rosalind yesterday", "rosalind"),
])
def test_a_person_asked_for_or_dealt_with_is_masked(lang, text, name):
    assert found([text], lang) == [("PERSON", name)]


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "позовите менеджера пожалуйста"),
    ("ru", "позвоните мне завтра утром"),
    ("ru", "какая-то ошибка в счёте"),
    ("ru", "ваш сотрудник сказал что всё готово"),
    ("uk", "якась помилка в рахунку"),
    ("lt", "pakvieskite vadybininką prie telefono"),
])
def test_those_cues_without_a_name_mask_nothing(lang, text):
    assert found([text], lang) == []
