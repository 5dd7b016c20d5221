"""Redaction classes found on the fifth blind set (round 7), each with new wording in the
four languages and the hard negatives beside it: a dialogue in which the agent's question
sets the context for the caller's next turns (a street, its house and its flat each in its
own turn; a card read a group at a time, each group acknowledged or echoed), a number begun,
given up and said again, a birth date corrected, and dates that are no account numbers."""

from __future__ import annotations

import pytest
from _redact import found, luhn_complete, said

A, C = "agent", "customer"


def kinds(turns: list[str], lang: str, roles: list[str]) -> list[str]:
    return [kind for kind, _ in found(turns, lang, roles)]


# A street, its house and its flat, each in its own turn ------------------------------------


@pytest.mark.parametrize(("lang", "turns", "address"), [
    ("ru", ["Адрес подключения? Город и улица.", "Казань, улица Садовая.", "Дом?", "17.",
            "Квартира?", "Квартира 42."], "улица Садовая. | 17. | Квартира 42."),
    ("ru", ["адрес доставки город и улица", "тверь проспект мира", "номер дома",
            "сорок один", "а квартира", "квартира девяносто три"],
     "проспект мира | сорок один | квартира девяносто три"),
    ("uk", ["Адреса доставки? Місто і вулиця.", "Житомир, вулиця Київська.", "Будинок?",
            "8.", "Квартира?", "Квартира 15."], "вулиця Київська. | 8. | Квартира 15."),
    ("uk", ["адреса встановлення місто і вулиця", "луцьк вулиця шевченка", "будинок",
            "двадцять два", "квартира", "квартира сто дев'ять"],
     "вулиця шевченка | двадцять два | квартира сто дев'ять"),
    ("en", ["What's the delivery address? Town and street first.", "Leeds, Albion Road.",
            "And the house number?", "23.", "Is that a flat?", "Yes, flat 7."],
     "Albion Road. | 23. | Yes, flat 7."),
    ("en", ["what's the address for the engineer town and street", "york cedar avenue",
            "house number", "forty two", "and the flat", "flat nineteen"],
     "cedar avenue | forty two | flat nineteen"),
    ("lt", ["Pristatymo adresas? Miestas ir gatvė.", "Kaunas, Jonavos gatvė.",
            "Namo numeris?", "12.", "Butas?", "Butas 5."], "Jonavos gatvė. | 12. | Butas 5."),
    ("lt", ["įrengimo adresas miestas ir gatvė", "šiauliai tilžės gatvė", "namo numeris",
            "trisdešimt vienas", "butas", "butas aštuoni"],
     "tilžės gatvė | trisdešimt vienas | butas aštuoni"),
])
def test_street_house_and_flat_each_in_its_own_turn_are_one_address(lang, turns, address):
    roles = [A, C] * 3
    addresses = [text for kind, text in found(turns, lang, roles) if kind == "ADDRESS"]
    assert len(addresses) == 1
    assert address in addresses[0]
    assert turns[0].split()[0] not in addresses[0]  # the agent's question is not masked


@pytest.mark.parametrize(("lang", "turns", "address"), [
    ("ru", ["Улица?", "Садовая.", "Дом?", "17.", "Квартира?", "42."], "Садовая. | 17. | 42."),
    ("uk", ["Яка вулиця?", "Городоцька.", "Номер будинку?", "12.", "Квартира?", "61."],
     "Городоцька. | 12. | 61."),
    ("en", ["which street", "albion", "and the house number", "twenty three", "any flat",
            "no"], "albion | twenty three"),
    ("lt", ["Kokia gatvė?", "Savanorių.", "Namo numeris?", "46.", "Butas?", "106."],
     "Savanorių. | 46. | 106."),
    ("ru", ["Ваш адрес?", "Садовая.", "Дом?", "17.", "Квартира?", "42."], "Садовая. | 17. | 42."),
    ("en", ["Your address?", "Albion.", "House number?", "23.", "Flat?", "7."],
     "Albion. | 23. | 7."),
])
def test_a_street_named_alone_after_the_street_question_starts_the_address(lang, turns,
                                                                           address):
    assert found(turns, lang, [A, C] * 3) == [("ADDRESS", address)]


@pytest.mark.parametrize(("lang", "turns"), [
    ("ru", ["Улица?", "Садовая.", "Дом?", "Частный."]),
    ("ru", ["На какой улице пробка?", "На Садовой.", "Сколько машин?", "17."]),
    ("en", ["Which street was the accident on?", "Albion.", "How many cars?", "Three."]),
    ("ru", ["Ваш адрес?", "Не скажу.", "Дом?", "Нет."]),
])
def test_a_street_without_a_house_number_after_it_stays_readable(lang, turns):
    assert found(turns, lang, [A, C] * 2) == []


@pytest.mark.parametrize(("lang", "turns"), [
    ("ru", ["Адрес доставки?", "Улица Садовая, дом 17.", "Квартира?",
            "Нет, частный дом. Привезите после 18."]),
    ("en", ["What's the delivery address?", "17 Albion Road.", "Is that a flat?",
            "No, a house. Any time after 6 is fine."]),
    ("lt", ["Koks pristatymo adresas?", "Jonavos gatvė 12.", "Butas?",
            "Ne, namas. Atvažiuokite po 18."]),
])
def test_no_flat_number_leaves_the_reply_readable(lang, turns):
    result = found(turns, lang, [A, C, A, C])
    assert [kind for kind, _ in result] == ["ADDRESS"]
    assert "18" not in result[0][1] and "6" not in result[0][1].split()


@pytest.mark.parametrize(("lang", "turns"), [
    ("uk", ["Кур'єр приїде 24 грудня, замовлення номер 397282484. Це біля вулиці Перемоги?"]),
    ("ru", ["Заказ номер 5512093 приедет завтра. Это возле улицы Ленина?"]),
])
def test_a_street_word_after_another_sentences_number_is_no_address(lang, turns):
    assert "ADDRESS" not in kinds(turns, lang, [A])


@pytest.mark.parametrize(("lang", "turns", "address"), [
    ("ru", ["Адрес?", "улица Садовая", "Дом?", "17", "Корпус?", "Нет.", "Квартира?", "42."],
     "улица Садовая | 17 | 42."),
    ("uk", ["Адреса?", "вулиця Франка", "Будинок?", "7", "Корпус?", "Ні.", "Квартира?",
            "20."], "вулиця Франка | 7 | 20."),
])
def test_a_question_answered_no_between_house_and_flat_keeps_the_flat(lang, turns, address):
    assert found(turns, lang, [A, C] * 4) == [("ADDRESS", address)]


@pytest.mark.parametrize(("lang", "turns"), [
    ("ru", ["Адрес?", "улица Садовая 17", "Квартира?",
            "Нет, это частный дом, а привезти нужно к 18."]),
    ("en", ["Address?", "17 Albion Road", "Flat?", "No, it's a house, come after 6."]),
])
def test_a_delivery_time_after_the_address_stays_readable(lang, turns):
    result = found(turns, lang, [A, C] * 2)
    assert [kind for kind, _ in result] == ["ADDRESS"] and "18" not in result[0][1]


# An address answering the agent's question, without a street word -------------------------


@pytest.mark.parametrize(("lang", "turns", "address"), [
    ("ru", ["Адрес доставки?", "Садовая, 5, квартира 12."], "Садовая, 5, квартира 12."),
    ("ru", ["Куда доставить?", "Ленина 14/2, кв. 7"], "Ленина 14/2, кв. 7"),
    ("uk", ["Куди доставити?", "Зелена 12, кв. 5"], "Зелена 12, кв. 5"),
    ("en", ["Where should we deliver it?", "12 Mill Lane, flat 3."], "12 Mill Lane, flat 3."),
    ("lt", ["Kur pristatyti?", "Žalgirio g. 9-14."], "Žalgirio g. 9-14."),
    ("ru", ["адрес доставки", "садовая пять квартира двенадцать"],
     "садовая пять квартира двенадцать"),
])
def test_an_address_answering_where_to_deliver_is_masked(lang, turns, address):
    assert found(turns, lang, [A, C]) == [("ADDRESS", address)]


@pytest.mark.parametrize(("lang", "turns"), [
    ("ru", ["Куда доставить?", "На работу, к 5."]),
    ("ru", ["Адрес доставки?", "Я дома буду после 5, привезите к 6."]),
    ("en", ["What's your address?", "I'm at home after 5, come at 6."]),
])
def test_a_delivery_time_in_reply_to_the_address_question_stays_readable(lang, turns):
    assert found(turns, lang, [A, C]) == []


@pytest.mark.parametrize(("lang", "turns", "address"), [
    ("ru", ["какая улица", "ленина", "номер дома", "четырнадцать дробь два", "квартира", "семь"],
     "ленина | четырнадцать дробь два | семь"),
    ("en", ["which street", "mill lane", "house number", "twelve slash three", "flat", "four"],
     "mill lane | twelve slash three | four"),
])
def test_a_house_number_with_a_slash_keeps_the_flat_after_it(lang, turns, address):
    assert found(turns, lang, [A, C] * 3) == [("ADDRESS", address)]



# A card read a group at a time, each group acknowledged or echoed ---------------------------

_CARD = luhn_complete("220240371859264")
_GROUPS = [_CARD[i:i + 4] for i in range(0, 16, 4)]


@pytest.mark.parametrize(("lang", "question", "acks"), [
    ("ru", "Продиктуйте номер карты, можно по четыре цифры.", ["ага, и", "да, дальше", "так"]),
    ("uk", "Продиктуйте номер картки, можна по чотири цифри.", ["ага, і", "так, далі", "добре"]),
    ("en", "Could you read me the card number, four at a time?", ["mhm and", "ok go on",
                                                                  "yep"]),
    ("lt", "Pasakykite kortelės numerį, po keturis skaitmenis.", ["aha, ir", "taip, toliau",
                                                                  "gerai"]),
])
@pytest.mark.parametrize("spoken", [False, True])
def test_card_read_in_four_groups_across_four_turns_is_one_card(lang, question, acks, spoken):
    groups = [said(group, lang) if spoken else group for group in _GROUPS]
    turns = [question, groups[0], acks[0], groups[1], acks[1], groups[2], acks[2], groups[3]]
    cards = [text for kind, text in found(turns, lang, [A, C] * 4) if kind == "CARD"]
    assert cards == [" | ".join(groups)]


@pytest.mark.parametrize(("lang", "asks"), [
    ("ru", ["Назовите первые четыре цифры карты.", "Следующие четыре?", "Дальше четыре.",
            "И последние четыре."]),
    ("uk", ["Перші чотири цифри картки?", "Наступні чотири.", "Далі чотири.",
            "Останні чотири."]),
    ("en", ["Give me the first four digits of the card.", "next four", "and the next four",
            "last four"]),
    ("lt", ["Pirmi keturi kortelės skaitmenys?", "Kiti keturi?", "Toliau keturi.",
            "Paskutiniai keturi."]),
])
@pytest.mark.parametrize("spoken", [False, True])
def test_card_groups_asked_for_by_their_size_are_one_card(lang, asks, spoken):
    groups = [said(group, lang) if spoken else group for group in _GROUPS]
    turns = [turn for pair in zip(asks, groups, strict=True) for turn in pair]
    assert found(turns, lang, [A, C] * 4) == [("CARD", " | ".join(groups))]


@pytest.mark.parametrize(("lang", "question", "after"), [
    ("ru", "Назовите номер карты, по четыре цифры.", ["так", "записала", "да", "верно"]),
    ("uk", "Назвіть номер картки, по чотири цифри.", ["так", "записала", "добре", "вірно"]),
    ("en", "What's the card number? Four at a time is fine.", ["got it", "yep", "ok",
                                                              "right"]),
    ("lt", "Koks kortelės numeris? Po keturis skaitmenis.", ["taip", "užsirašiau", "gerai",
                                                             "teisingai"]),
])
@pytest.mark.parametrize("spoken", [False, True])
def test_card_groups_each_echoed_by_the_agent_are_two_readings_of_one_card(lang, question,
                                                                           after, spoken):
    groups = [said(group, lang) if spoken else group for group in _GROUPS]
    turns = [question]
    for group, word in zip(groups, after, strict=True):
        turns += [group, f"{group} {word}"]
    cards = [text for kind, text in found(turns, lang, [A] + [C, A] * 4) if kind == "CARD"]
    assert cards == [" | ".join(groups)] * 2


@pytest.mark.parametrize(("lang", "question", "after"), [
    ("ru", "Номер карты по четыре цифры.", ["дальше", "так, следующие четыре",
                                           "и последние четыре", "спасибо"]),
    ("uk", "Номер картки по чотири цифри.", ["далі", "так, наступні чотири",
                                            "і останні чотири", "дякую"]),
    ("en", "Card number please, four at a time.", ["next four", "and the next four",
                                                   "last four", "thank you"]),
    ("lt", "Kortelės numeris po keturis.", ["toliau", "kiti keturi", "paskutiniai keturi",
                                            "ačiū"]),
])
@pytest.mark.parametrize("spoken", [False, True])
def test_card_groups_echoed_with_a_count_for_the_next_are_one_card(lang, question, after,
                                                                   spoken):
    groups = [said(group, lang) if spoken else group for group in _GROUPS]
    turns = [question]
    for group, words in zip(groups, after, strict=True):
        turns += [group, f"{group}, {words}"]
    cards = [text for kind, text in found(turns, lang, [A] + [C, A] * 4) if kind == "CARD"]
    assert [card.replace(",", "") for card in cards] == [" | ".join(groups)] * 2


@pytest.mark.parametrize(("lang", "question"), [
    ("ru", "Продиктуйте номер заказа по четыре цифры."),
    ("en", "Read me the order number four digits at a time."),
])
def test_an_order_number_in_echoed_groups_is_no_card(lang, question):
    body = "3189200477651024"  # 16 digits, no Luhn check
    groups = [body[i:i + 4] for i in range(0, 16, 4)]
    turns = [question]
    for group in groups:
        turns += [group, f"{group} ok"]
    assert "CARD" not in kinds(turns, lang, [A] + [C, A] * 4)


# A number begun, given up and said again --------------------------------------------------


@pytest.mark.parametrize(("lang", "turns", "start"), [
    ("ru", ["На какой номер прислать код?",
            "восемь девять один ой это старый сейчас плюс семь девятьсот шестнадцать "
            "четыреста двадцать три пятнадцать шестьдесят семь"], "восемь девять один"),
    ("uk", ["На який номер надіслати код?",
            "0 67, ой, це старий, ось: +380 93 412 55 07."], "0 67,"),
    ("en", ["Which number should we text?",
            "oh seven seven one no wait that's my old one hang on it's oh seven four eight one "
            "two two nine three five six"], "oh seven seven one"),
    ("lt", ["Kokiu numeriu atsiųsti kodą?",
            "aštuoni šeši nulis oi čia senas numeris štai plius trys septyni nulis šeši "
            "vienas du trys keturi penki šeši"], "aštuoni šeši nulis"),
])
def test_phone_begun_and_given_up_is_masked_with_the_number_said_again(lang, turns, start):
    phones = [text for kind, text in found(turns, lang, [A, C]) if kind == "PHONE"]
    assert len(phones) == 2
    assert phones[0] == start


@pytest.mark.parametrize(("lang", "turns"), [
    ("ru", ["Ваш телефон?", "ноль шестьдесят семь четыре", "Да?",
            "ой нет это старый пишите ноль девяносто три четыреста двенадцать пятьдесят пять "
            "ноль семь"]),
    ("uk", ["Ваш телефон?", "097 46", "Так?", "Ой, ні, це старий: 066 262 11 05."]),
    ("en", ["Your mobile?", "oh seven seven one", "sorry?",
            "no wait that's my old one it's oh seven four eight one two two nine three five six"]),
    ("lt", ["Jūsų telefonas?", "8 686", "Taip?", "Ne, atsiprašau, senas. +370 612 34567."]),
])
def test_phone_given_up_before_the_other_sides_short_turn_is_masked_too(lang, turns):
    phones = [text for kind, text in found(turns, lang, [A, C, A, C]) if kind == "PHONE"]
    assert len(phones) == 2 and phones[0] == turns[1]


@pytest.mark.parametrize(("lang", "turns"), [
    ("ru", ["Ваш номер телефона?", "восемь девятьсот шестнадцать", "Алло? Вас не слышно.",
            "восемь девятьсот шестнадцать четыреста двадцать три пятнадцать шестьдесят семь"]),
    ("uk", ["Ваш номер телефону?", "0 67 41", "Алло? Вас не чути.", "0 67 412 55 07."]),
    ("en", ["What's your phone number?", "oh seven seven", "sorry you broke up",
            "oh seven seven zero zero nine zero zero one two three"]),
    ("lt", ["Jūsų telefono numeris?", "8 612", "Alio? Negirdžiu.", "8 612 34567."]),
])
def test_phone_begun_again_after_the_line_broke_up_is_masked_in_both_tries(lang, turns):
    phones = [text for kind, text in found(turns, lang, [A, C, A, C]) if kind == "PHONE"]
    assert " | ".join(phones) == f"{turns[1]} | {turns[3]}"  # (one entity or two)


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "+380 67... ой ні, це робочий. +380 93 412 55 07."),
    ("en", "+44 7700... no sorry, that's the old one. +44 7911 123456."),
    ("ru", "8 903... нет, это рабочий, личный 8 916 423 15 67."),
])
def test_a_phone_given_up_for_another_is_two_phones_never_a_card(lang, text):
    assert kinds(["Your number?", text], lang, [A, C]) == ["PHONE", "PHONE"]


def test_a_room_number_before_a_mobile_that_starts_alike_stays_readable():
    turns = ["What's your phone number?", "Room 305.", "Sorry?", "My mobile is 305 555 0199."]
    assert found(turns, "en", [A, C, A, C]) == [("PHONE", "305 555 0199.")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "07700 9... sorry, 07700 900 123."),
    ("ru", "8 916 4... ой, нет, 8 916 423 15 67."),
])
def test_a_phone_restarted_is_no_card_whatever_its_digits_add_up_to(lang, text):
    assert kinds(["Your mobile?", text], lang, [A, C]) == ["PHONE"]


@pytest.mark.parametrize(("lang", "turns", "start"), [
    ("ru", ["Номер карты, пожалуйста.",
            f"{_CARD[:6]}, нет, извините, не та карта, заново: {' '.join(_GROUPS)}."],
     f"{_CARD[:6]},"),
    ("uk", ["Номер картки, будь ласка.",
            f"{said('5123', 'uk')} стоп ні не так спочатку {said(_CARD, 'uk')}"],
     said("5123", "uk")),
    ("en", ["What's the long number on the card?",
            f"4929 11, no sorry, wrong card, start again: {' '.join(_GROUPS)}."], "4929 11,"),
    ("lt", ["Kortelės numeris?",
            f"{said('41873', 'lt')} ne atsiprašau iš naujo {said(_CARD, 'lt')}"],
     said("41873", "lt")),
    ("ru", ["номер карты", f"{said('516875', 'ru')} подождите это другая карта вот "
            f"{said(_CARD, 'ru')}"], said("516875", "ru")),
    ("en", ["card number", f"{said('516875', 'en')} hang on that's another card here "
            f"{said(_CARD, 'en')}"], said("516875", "en")),
])
def test_card_begun_and_given_up_is_masked_with_the_card_said_again(lang, turns, start):
    cards = [text for kind, text in found(turns, lang, [A, C]) if kind == "CARD"]
    assert cards[0] == start and len(cards) == 2


@pytest.mark.parametrize(("lang", "turns"), [
    ("ru", ["Я заплатил 350, нет, 360 рублей. Мой номер 8 916 423 15 67."]),
    ("en", ["Room 305, sorry, my mobile is 07748 122935."]),
    ("uk", ["О десятій, ні, об одинадцятій. Телефон 067 412 55 07."]),
])
def test_an_amount_or_a_time_corrected_before_a_phone_stays_readable(lang, turns):
    result = found(turns, lang, [C])
    assert [kind for kind, _ in result] == ["PHONE"]


# A birth date corrected -------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "turns", "dates"), [
    ("ru", ["Назовите дату рождения.",
            "третьего мая тысяча девятьсот восемьдесят первого года ой нет что я говорю "
            "третьего мая восемьдесят второго года"], 2),
    ("uk", ["Дата народження?", "12.10.1975, ні, вибачте, 12.10.1976."], 2),
    ("en", ["Can I take your date of birth?",
            "the ninth of may nineteen seventy, no sorry, the ninth of may nineteen "
            "seventy one"], 2),
    ("lt", ["Gimimo data?", "1980 m. kovo 3 d., ne, atsiprašau, 1981 m. kovo 3 d."], 2),
])
def test_birth_date_corrected_in_the_same_turn_is_masked_twice(lang, turns, dates):
    assert kinds(turns, lang, [A, C]) == ["DOB"] * dates


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "12 марта 1980, ой, нет, 1981-го."),
    ("uk", "дванадцятого березня тисяча дев'ятсот вісімдесятого ні вибачте вісімдесят "
     "першого року"),
    ("en", "12th March 1980, sorry, 1981."),
    ("lt", "1980 m. kovo 3 d., ne, 1981."),
    ("ru", "двенадцатого марта семьдесят пятого, ой, семьдесят шестого"),
])
def test_only_the_year_of_a_birth_date_corrected_is_masked_too(lang, text):
    assert kinds(["Date of birth?" if lang == "en" else "Дата рождения?", text], lang,
                 [A, C]) == ["DOB", "DOB"]


@pytest.mark.parametrize(("lang", "turns"), [
    ("ru", ["Дата рождения?", "14.02.1979.", "Записала.", "Ой, нет, извините, 15.02.1979."]),
    ("en", ["And your date of birth?", "Fourth of June 1988.", "Thank you.",
            "Sorry, no, the fifth of June 1988."]),
    ("uk", ["Дата народження?", "двадцятого січня тисяча дев'ятсот дев'яностого року",
            "дякую", "ой ні двадцять першого січня тисяча дев'ятсот дев'яностого року"]),
    ("lt", ["Gimimo data?", "1990-01-20.", "Ačiū.", "Ne, atsiprašau, 1990-01-21."]),
])
def test_birth_date_corrected_in_the_next_turn_is_masked_twice(lang, turns):
    assert kinds(turns, lang, [A, C, A, C]) == ["DOB", "DOB"]


@pytest.mark.parametrize(("lang", "turns", "day"), [
    ("ru", ["Дата рождения?", "12 марта 1980.", "12 марта 1980, верно?", "Нет, 13-го."],
     "13-го."),
    ("uk", ["Дата народження?", "12.03.1980.", "12.03.1980, так?", "Ні, 13.03."], "13.03."),
    ("en", ["Date of birth?", "the twelfth of march nineteen eighty",
            "so the twelfth of march nineteen eighty", "no the thirteenth"], "the thirteenth"),
    ("lt", ["Gimimo data?", "1980 m. kovo 12 d.", "1980 m. kovo 12 d., teisingai?",
            "Ne, kovo 13 d."], "kovo 13 d."),
])
def test_the_day_put_right_after_a_read_back_is_part_of_the_birth_date(lang, turns, day):
    assert found(turns, lang, [A, C, A, C])[-1] == ("DOB", day)


@pytest.mark.parametrize(("lang", "reply"), [
    ("ru", "Нет, в 10 не могу."),
    ("en", "No, 3 of us live here."),
])
def test_a_no_after_a_read_back_before_a_time_or_count_stays_readable(lang, reply):
    turns = ["Date of birth?", "12 March 1980.", "12 March 1980, right?", reply]
    assert kinds(turns, lang, [A, C, A, C]) == ["DOB", "DOB"]


@pytest.mark.parametrize(("lang", "turns", "day"), [
    ("ru", ["Дата рождения?", "12 марта 1980.", "Спасибо.", "Ой, нет, 13 марта."], "13 марта."),
    ("uk", ["дата народження", "дванадцятого березня вісімдесятого року", "дякую",
            "ой ні тринадцятого березня"], "тринадцятого березня"),
    ("en", ["date of birth please", "fourth of june eighty eight", "thank you",
            "oh sorry no fifth of june"], "fifth of june"),
    ("lt", ["gimimo data", "tūkstantis devyni šimtai aštuoniasdešimt aštuntų birželio ketvirta",
            "ačiū", "ne atsiprašau birželio penkta"], "birželio penkta"),
])
def test_day_and_month_corrected_after_thanks_are_the_birth_date(lang, turns, day):
    assert found(turns, lang, [A, C, A, C])[-1] == ("DOB", day)


@pytest.mark.parametrize(("lang", "turns"), [
    ("ru", ["дата рождения", "четырнадцатое февраля семьдесят девятого", "вам удобно завтра",
            "нет лучше пятнадцатого марта"]),
    ("ru", ["Дата рождения?", "14.02.1979.", "Удобно завтра в 10?",
            "Нет, лучше 15 марта в 12."]),
    ("en", ["Your date of birth?", "4 June 1988.", "Shall we book the 12th?",
            "No, the 14th of July is better."]),
    ("uk", ["Дата народження?", "12.10.1975.", "Приїдемо завтра?",
            "Ні, краще 20 листопада."]),
    ("lt", ["Gimimo data?", "1980-03-03.", "Ar tinka rytoj?", "Ne, geriau lapkričio 20 d."]),
])
def test_an_appointment_date_after_a_no_is_no_birth_date(lang, turns):
    assert kinds(turns, lang, [A, C, A, C]) == ["DOB"]


@pytest.mark.parametrize(("lang", "turns"), [
    ("ru", ["Дата рождения второго участника?", "четырнадцатого июля тысяча девятьсот "
            "семьдесят шестого года"]),
    ("uk", ["Дата народження другого учасника?", "дев'ятого лютого тисяча дев'ятсот "
            "шістдесят восьмого року"]),
    ("en", ["Date of birth of the second holder?", "the third of march nineteen eighty"]),
    ("lt", ["Antrojo asmens gimimo data?", "tūkstantis devyni šimtai aštuoniasdešimt "
            "pirmų metų kovo trečią"]),
])
def test_an_ordinal_in_the_birth_date_question_does_not_hide_the_answer(lang, turns):
    result = found(turns, lang, [A, C])
    assert [kind for kind, _ in result] == ["DOB"]
    assert result[0][1].split()[0] == turns[1].split()[0]


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Скидка ко дню рождения была триста пятьдесят рублей, она закончилась."),
    ("uk", "Знижка до дня народження була дві тисячі сімсот гривень."),
    ("en", "The birthday discount of six thousand nine hundred pounds has ended."),
    ("lt", "Gimtadienio nuolaida buvo trys šimtai eurų."),
])
def test_an_amount_after_a_birthday_word_is_no_birth_date(lang, text):
    assert found([text], lang, [A]) == []


# Dates that are no account numbers --------------------------------------------------------


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Договор у вас с 17.04.2023, платёж прошёл."),
    ("uk", "Договір у вас з 17.04.2023, платіж пройшов."),
    ("en", "Your contract started 05.02.2019, and the discount has ended."),
    ("en", "your contract started the twenty fifth of august two thousand nineteen"),
    ("lt", "Jūsų sutartis nuo 2019.02.05, nuolaida baigėsi."),
])
def test_a_contract_date_is_no_account_number(lang, text):
    assert found([text], lang, [A]) == []


@pytest.mark.parametrize(("lang", "turns", "account"), [
    ("en", ["Your account balance is 12500 and it renews on 12/05/2026."], None),
    ("ru", ["Номер счёта?", "Счёт 40817810099910004312, остаток 2500."],
     "40817810099910004312,"),
    ("uk", ["Номер рахунку?", "Рахунок 26001234567890, залишок 1500."], "26001234567890,"),
    ("lt", ["Jūsų sąskaitos likutis 12500."], None),
])
def test_an_amount_after_an_account_word_is_no_account_number(lang, turns, account):
    roles = [A, C][:len(turns)]
    assert found(turns, lang, roles) == ([("ACCOUNT", account)] if account else [])


@pytest.mark.parametrize(("lang", "turns", "number"), [
    ("ru", ["Номер договора?", "Договор 12/345 от 01.02.2020."], "12/345"),
    ("uk", ["Номер договору?", "Договір 4471-2093 від 12.03.2021."], "4471-2093"),
    ("en", ["Policy number?", "It's 88120934, dated 01/02/2020."], "88120934,"),
    ("ru", ["Номер полиса?", "Секунду. Полис действует с 01.02.2020 по 31.01.2021."], None),
])
def test_the_date_a_document_bears_is_not_its_number(lang, turns, number):
    assert found(turns, lang, [A, C]) == ([("ACCOUNT", number)] if number else [])


@pytest.mark.parametrize(("lang", "turns"), [
    ("ru", ["Номер договора?", "Договор 4471-2093, от 12 марта."]),
    ("en", ["What's your contract number?", "It's 4471 2093 8811."]),
])
def test_a_contract_number_is_still_an_account(lang, turns):
    assert "ACCOUNT" in kinds(turns, lang, [A, C])


# Hard negatives beside these classes ------------------------------------------------------


@pytest.mark.parametrize(("lang", "turns"), [
    ("ru", ["Карта, оканчивающаяся на 4417?", "Да, она.", "Списали 1250 рублей в 14:30."]),
    ("uk", ["Картка, що закінчується на 4417?", "Так.", "Списали 1250 гривень о 14:30."]),
    ("en", ["The card ending in 4417?", "Yes.", "We took 1250 pounds at 2:30."]),
    ("lt", ["Kortelė, kurios pabaiga 4417?", "Taip.", "Nuskaičiavome 125 eurus 14:30."]),
])
def test_card_ending_money_and_times_stay_readable(lang, turns):
    assert found(turns, lang, [A, C, A]) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Здравствуйте, компания «Домовой сервис», оператор Алина, слушаю вас."),
    ("uk", "Добрий день, «Дніпро-банк», оператор Оксана, слухаю вас."),
    ("en", "Good morning, Kestrel Mobile, Niall speaking."),
    ("lt", "Laba diena, „Baltijos kreditas“, kalba Rokas."),
])
def test_the_agents_own_name_stays_readable(lang, text):
    assert "PERSON" not in kinds([text, "Здравствуйте."], lang, [A, C])


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Если что, наша горячая линия 8 800 250-44-11, звонок бесплатный."),
    ("uk", "Наша гаряча лінія 0 800 300 545, дзвінок безкоштовний."),
    ("en", "You can also call our free line on 0800 618 9967."),
    ("en", "Our toll free number is 1 800 555 0199."),
    ("lt", "Nemokama linija 8 800 12345."),
])
def test_a_free_phone_hotline_is_no_callers_number(lang, text):
    assert found([text], lang, [A]) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "У меня карта с последними цифрами 0934, по ней не прошла оплата."),
    ("uk", "У мене картка з останніми цифрами 0934, не пройшла оплата."),
    ("lt", "Kortelė su paskutiniais skaitmenimis 0934 neveikia."),
])
def test_card_last_digits_in_any_case_form_stay_readable(lang, text):
    assert found([text], lang, [C]) == []


@pytest.mark.parametrize(("lang", "turns", "code"), [
    ("en", ["So that's 4543 201 948 481?", "Yes.", "Last thing, the CVV.", "943"], "943"),
    ("ru", ["Итак, 4543 2019 4848 1234?", "Да.", "И последнее, код CVV.", "512"], "512"),
])
def test_a_code_asked_for_last_is_not_the_rest_of_the_card(lang, turns, code):
    assert ("CVV", code) in found(turns, lang, [A, C, A, C])


# Names: said again by the agent at a sentence's start; given a turn after the question ------


@pytest.mark.parametrize(("lang", "turns", "name"), [
    ("ru", ["Хочу добавить в договор мужа, Геннадий Дорошенко.", "Записала. Геннадий теперь "
            "сможет звонить по договору."], "Геннадий"),
    ("uk", ["Хочу додати до договору чоловіка, Любомир Гуменюк.", "Записала. Любомир зможе "
            "дзвонити щодо договору."], "Любомир"),
])
def test_a_name_said_again_at_a_sentences_start_is_masked(lang, turns, name):
    assert ("PERSON", name) in found(turns, lang, [C, A])


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Вера в ваш сервис пропала."),
    ("uk", "Надія є, але слабка."),
])
def test_a_common_word_at_a_sentences_start_is_no_name_said_again(lang, text):
    turns = ["Договор на имя Вера Петрова." if lang == "ru" else "Договір на ім'я Надія Коваль.",
             text]
    assert [kind for kind, _ in found(turns, lang, [C, C])] == ["PERSON"]


@pytest.mark.parametrize(("lang", "turns", "name"), [
    ("ru", ["Назовите дату рождения владельца и как зовут вас.",
            "третьего мая тысяча девятьсот пятьдесят первого года", "а я кристина дочь"],
     "кристина"),
    ("uk", ["Назвіть дату народження власника і як вас звати.",
            "третього травня тисяча дев'ятсот п'ятдесят першого року", "а я соломія донька"],
     "соломія"),
    ("en", ["Can I have their date of birth and your name as well?",
            "the third of may nineteen fifty one", "and i'm amara i'm the daughter"], "amara"),
    ("lt", ["Pasakykite savininko gimimo datą ir kaip jūsų vardas.",
            "tūkstantis devyni šimtai penkiasdešimt pirmų metų gegužės trečią",
            "o aš rūta dukra"], "rūta"),
])
def test_a_name_asked_with_another_question_is_found_in_the_turn_after(lang, turns, name):
    assert ("PERSON", name) in found(turns, lang, [A, C, C])
