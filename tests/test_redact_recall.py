"""Redaction recall classes found on the blind and dev7/dev8 sets: a full card after "the card
ending in", cards read as thousands, spoken e-mails, lettered policy numbers, IBANs read out,
surname-first and unlisted names, relatives as name cues, written street abbreviations, an
expiry and a CVV said in one breath, and the hard negatives beside each (ASR style: lower
case, numbers as words, split across turns)."""

from __future__ import annotations

import pytest
from _redact import found, luhn_complete, thousands
from num2words import num2words

from speechqa.redact import checksums


def iban_complete(country: str, bban: str) -> str:
    return next(f"{country}{check:02d}{bban}" for check in range(2, 99)
                if checksums.iban(f"{country}{check:02d}{bban}"))



CARD = luhn_complete("427638001234567")  # 4276 3800 1234 567x
CARD_2 = luhn_complete("553691004477812")
ENDING = {
    "ru": ("это карта которая заканчивается на {last}", "нет другая вот {card}"),
    "uk": ("це картка що закінчується на {last}", "ні інша ось {card}"),
    "en": ("is that the card ending in {last}", "no a different one {card}"),
    "lt": ("ar tai kortelė kuri baigiasi {last}", "ne kita štai {card}"),
}


@pytest.mark.parametrize("lang", ["ru", "uk", "en", "lt"])
def test_full_card_after_ending_in_is_redacted_but_the_last_four_are_not(lang):
    question, answer = ENDING[lang]
    last = num2words(5512, lang=lang).replace(",", "").replace("-", " ")
    card = thousands(CARD_2, lang)
    result = found([question.format(last=last), answer.format(card=card)], lang,
                   ["agent", "customer"])
    assert result == [("CARD", card)]


def test_written_card_after_ending_in_and_a_stray_number_word():
    hyphenated = "-".join(CARD[i:i + 4] for i in range(0, 16, 4))
    assert found(["Is that the card ending in 1211?", f"No, a new one: {hyphenated}."], "en",
                 ["agent", "customer"]) == [("CARD", hyphenated + ".")]
    spaced = " ".join(CARD[i:i + 4] for i in range(0, 16, 4))
    assert found(["У вас карта, которая заканчивается на 4652?", f"Нет, другая: {spaced}."],
                 "ru", ["agent", "customer"]) == [("CARD", spaced + ".")]
    # only the last four: nothing to redact
    assert found(["the card ending in four six five two", "yes that one"], "en") == []


@pytest.mark.parametrize("lang,before,after", [
    ("ru", "верните деньги на карту", "там сейчас пятьсот двадцать рублей"),
    ("uk", "поверніть гроші на картку", "там зараз сто сорок гривень"),
    ("en", "refund it to the card", "there's seventy four thousand and five pounds on it"),
    ("lt", "grąžinkite į kortelę", "ten dabar devyniasdešimt eurų"),
])
def test_card_followed_by_its_balance_keeps_its_digits(lang, before, after):
    card = " ".join(num2words(int(d), lang=lang) for d in CARD)
    result = found([f"{before} {card} {after}"], lang)
    assert result == [("CARD", card)]


@pytest.mark.parametrize("lang,said", [
    ("ru", "fedorova нижнее подчёркивание сорок два собака mail точка ru"),
    ("uk", "lysenko нижнє підкреслення сім равлик ukr крапка net"),
    ("en", "tomasz underscore zielinski twelve at gmail dot com"),
    ("lt", "jurgita zukauskaite devyni eta gmail taškas com"),
    ("lt", "p taškas petrauskas eta one taškas lt"),
])
def test_spoken_emails_with_joiners_digits_and_names(lang, said):
    lead = {"ru": "пишите на", "uk": "пишіть на", "en": "send it to", "lt": "rašykite į"}[lang]
    assert found([f"{lead} {said}"], lang) == [("EMAIL", said)]


def test_lettered_policy_and_document_numbers_and_one_token_ids():
    assert found(["Назвіть номер поліса.", "Поліс ЕР-913284363, дякую."], "uk") == [
        ("ACCOUNT", "ЕР-913284363,")]
    assert found(["Паспорт КН320018."], "uk") == [("PASSPORT", "КН320018.")]
    assert found(["Yes, JT864105B."], "en") == [("NATIONAL_ID", "JT864105B.")]
    iban = iban_complete("UA", "3220010716658365974950936")
    assert found([f"Поверніть кошти на мій рахунок {iban}."], "uk") == [("ACCOUNT", iban + ".")]


def test_iban_read_out_letter_by_letter():
    iban = iban_complete("GB", "BARC20000055779911")
    letters = {"G": "g", "B": "b", "A": "a", "R": "r", "C": "c"}
    said = []
    for char in iban:
        said.append(letters[char] if char.isalpha() else num2words(int(char)))
    text = " ".join(said)
    assert found([f"the iban is {text}", "sure allow eight days"], "en",
                 ["customer", "agent"]) == [("ACCOUNT", text)]


@pytest.mark.parametrize("lang,turns,policy", [
    ("en", ["your policy number and date of birth",
            "policy number p l seventy four twenty eight six hundred twenty born march third"
            " nineteen eighty six"], "p l seventy four twenty eight six hundred twenty"),
    ("ru", ["номер полиса и дату рождения",
            "полис икс икс один восемь два четыре ноль пять восемь пять родилась пятого мая"
            " тысяча девятьсот восьмидесятого года"],
     "икс икс один восемь два четыре ноль пять восемь пять"),
    ("lt", ["poliso numeris ir gimimo data",
            "polisas m t šešiasdešimt keturi šešiasdešimt penki penki šimtai šešiasdešimt trys"
            " gimiau tūkstantis devyni šimtai šešiasdešimt aštuntų metų vasario dvidešimtą"],
     "m t šešiasdešimt keturi šešiasdešimt penki penki šimtai šešiasdešimt trys"),
])
def test_policy_asked_with_birth_date_is_not_a_date(lang, turns, policy):
    result = found(turns, lang, ["agent", "customer"])
    assert ("ACCOUNT", policy) in result
    assert [kind for kind, _ in result] == ["ACCOUNT", "DOB"]


def test_appointment_after_a_birth_date_is_not_one():
    en = found(["who is the appointment for",
                "my son date of birth august eighteenth twenty twenty",
                "booked for march tenth at twelve ten"], "en", ["agent", "customer", "agent"])
    assert [kind for kind, _ in en] == ["DOB"]
    uk = found(["На кого записуємо?", "Народилася 07.12.2008.", "Прийом 23.02 о 17:00."], "uk",
               ["agent", "customer", "agent"])
    assert uk == [("DOB", "07.12.2008.")]


def test_phone_linked_to_an_account_and_call_me_back():
    ru = found(["и номер телефона привязанный к счёту",
                "восемь девятьсот сорок два сто шестьдесят шесть двадцать семь ноль один"], "ru",
               ["agent", "customer"])
    assert [kind for kind, _ in ru] == ["PHONE"]
    en = found(["call me back on three nine five five five five zero one four oh"], "en")
    assert [kind for kind, _ in en] == ["PHONE"]
    lt = found(["mano telefonas plius trys septyni nulis šeši", "aštuoni nulis keturi vienas"
                " penki du"], "lt")
    assert lt == [("PHONE", "plius trys septyni nulis šeši | aštuoni nulis keturi vienas penki"
                            " du")]


@pytest.mark.parametrize("lang,question,answer,expiry,cvv", [
    ("ru", "срок и три цифры сзади", "двенадцать тридцать и семь три семь",
     "двенадцать тридцать", "семь три семь"),
    ("uk", "термін і три цифри ззаду", "нуль один двадцять вісім і сім вісім нуль",
     "нуль один двадцять вісім", "сім вісім нуль"),
    ("en", "expiry and the three digits on the back",
     "november twenty thirty two and one two four", "november twenty thirty two",
     "one two four"),
    ("lt", "galiojimas ir trys skaitmenys kitoje pusėje", "10 27 ir 234", "10 27", "234"),
])
def test_expiry_and_code_in_one_breath(lang, question, answer, expiry, cvv):
    card = " ".join(num2words(int(d), lang=lang) for d in CARD)
    cue = {"ru": "номер карты", "uk": "номер картки", "en": "card number",
           "lt": "kortelės numeris"}[lang]
    result = found([cue, card, question, answer], lang,
                   ["agent", "customer", "agent", "customer"])
    assert result == [("CARD", card), ("EXPIRY", expiry), ("CVV", cvv)]


def test_mmyy_beats_a_cvv_prompt_said_in_the_same_question():
    result = found(["Номер карты?", "6304909983115984535.", "Срок действия и код с обратной"
                    " стороны?", "05.26, код 805."], "ru", ["agent", "customer"] * 2)
    assert ("EXPIRY", "05.26,") in result and ("CVV", "805.") in result


@pytest.mark.parametrize("lang,turns,name", [
    ("en", ["who am i speaking with", "hi this is miller priya calling about my bill"],
     "miller priya"),
    ("en", ["who am i speaking with", "priya raman"], "priya raman"),
    ("en", ["i'm calling on behalf of my father mohammed clarke"], "mohammed clarke"),
    ("en", ["who is the account holder", "my wife marcus okonjo"], "marcus okonjo"),
    ("en", ["I want to pay Miller Chloe using this card."], "Miller Chloe"),
    ("lt", ["kaip į jus kreiptis", "aš navickas lukas skambinu dėl sąskaitos"],
     "navickas lukas"),
    ("lt", ["skambinu dėl mamos ji jurgita kazlauskienė"], "jurgita kazlauskienė"),
    ("lt", ["kieno vardu sutartis", "žmonos stankevičiūtė gabija"], "stankevičiūtė gabija"),
    ("uk", ["як до вас звертатися", "ковальчук богдан"], "ковальчук богдан"),
    ("ru", ["Получатель — Андрей Иванович Зайцев, спасибо."], "Андрей Иванович Зайцев,"),
])
def test_names_in_either_order_and_unlisted_halves(lang, turns, name):
    roles = ["agent", "customer"][: len(turns)] if len(turns) == 2 else ["customer"]
    result = found(turns, lang, roles)
    assert ("PERSON", name) in result, result


@pytest.mark.parametrize("lang,turns", [
    ("en", ["Thanks for your loyalty, I'm Sam."]),
    ("lt", ["atsiprašau aš agnė tuoj sujungsiu"]),
    ("lt", ["Atsiprašau, aš Deividas, tuoj sujungsiu."]),
    ("lt", ["skaitiklis rodo keturis šimtus"]),
    ("en", ["my wife called yesterday about the bill"]),
    ("lt", ["aš nieko nepirkau"]),
])
def test_agent_self_introductions_and_common_words_are_not_names(lang, turns):
    assert [kind for kind, _ in found(turns, lang, ["agent"])] == []


@pytest.mark.parametrize("lang,text,address", [
    ("ru", "живёт по адресу Лесная ул., дом 15, квартира 225.",
     "Лесная ул., дом 15, квартира 225."),
    ("ru", "Комсомольский пр-т, д. 72, кв. 233.", "Комсомольский пр-т, д. 72, кв. 233."),
    ("uk", "Живу на пров. Тихий, буд. 93, кв. 91 під'їзд 2", "пров. Тихий, буд. 93, кв. 91"),
    ("en", "Flat 107, 51 Victoria Crescent.", "Flat 107, 51 Victoria Crescent."),
    ("en", "104 Elm Dr., Apt 132.", "104 Elm Dr., Apt 132."),
    ("lt", "Gyvenu Liepų g. 52-75 laiptinė 8", "Liepų g. 52-75"),
    ("ru", "живу на улица садовая дом двенадцать квартира сорок подъезд шесть",
     "улица садовая дом двенадцать квартира сорок"),
])
def test_written_street_abbreviations_flats_and_where_an_address_ends(lang, text, address):
    assert found(["What's the address?", text], lang, ["agent", "customer"]) == [
        ("ADDRESS", address)]


def test_lithuanian_ten_is_there_not_a_number():
    card = "2238 6888 5681 9315"
    assert checksums.luhn(card.replace(" ", ""))
    assert found([f"grąžinkite į kortelę {card} ten dabar 90 eurų"], "lt") == [("CARD", card)]


def test_dictated_phone_does_not_run_into_the_callback_time():
    result = found(["what number should we call you back on",
                    "zero seven eight two six four nine two four right six nine after nine"
                    " thirty"], "en", ["agent", "customer"])
    assert result == [("PHONE", "zero seven eight two six four nine two four right six nine")]


def test_phone_after_an_email_in_the_same_turn():
    ru = found(["пишите на viktor точка dzyuba собака gmail точка com или звоните восемь"
                " девятьсот девяносто четыре сто тридцать семь восемь семьдесят один"], "ru")
    assert [kind for kind, _ in ru] == ["EMAIL", "PHONE"]
    en = found(["email me at laura dot obrien at icloud dot com or call two hundred and eighty"
                " nine five hundred and fifty five oh one seventy"], "en")
    assert [kind for kind, _ in en] == ["EMAIL", "PHONE"]


@pytest.mark.parametrize("lang,said", [
    ("ru", "i точка orlova собачка bk точка ru"),
    ("en", "fiona obrien nine at gmail dot com"),
    ("lt", "uzsakymai taškas jankauskaite eta inbox taškas lt"),
])
def test_email_initials_and_a_whole_turn_local_part(lang, said):
    assert found([said], lang) == [("EMAIL", said)]


def test_email_name_words_are_not_the_address():
    said = "ivan точка petrov собака mail точка ru"
    assert found([f"моя почта {said}"], "ru") == [("EMAIL", said)]


def test_twenty_digit_account_and_a_card_then_its_expiry_without_a_pause():
    account = "40817810099910004312"
    spoken = " ".join(num2words(int(d), lang="ru") for d in account)
    assert found([f"переведите остаток на мой {spoken} пожалуйста"], "ru") == [
        ("ACCOUNT", spoken)]
    card = " ".join(num2words(int(d)) for d in CARD)
    result = found(["card number please", f"{card} oh five twenty seven code on the back seven"
                    " seven four"], "en", ["agent", "customer"])
    assert result == [("CARD", card), ("EXPIRY", "oh five twenty seven"),
                      ("CVV", "seven seven four")]


def test_house_numbers_are_not_documents_even_when_a_passport_was_mentioned():
    result = found(["what's the address on your driving licence",
                    "thirteen elm drive apartment one hundred and sixty two",
                    "and your passport number", "nine seven eight two five zero five three nine"],
                   "en", ["agent", "customer"] * 2)
    assert result == [("ADDRESS", "thirteen elm drive apartment one hundred and sixty two"),
                      ("PASSPORT", "nine seven eight two five zero five three nine")]
    ru = found(["адрес регистрации как в паспорте", "улица ленина дом тридцать два квартира"
                " двести пять", "и серию номер", "тридцать два двадцать четыре шесть один четыре"
                " два шесть шесть"], "ru", ["agent", "customer"] * 2)
    assert [kind for kind, _ in ru] == ["ADDRESS", "PASSPORT"]
    uk = found(["куди доставити меблі", "хрещатик будинок дев'ять квартира сімдесят два"
                " поверх дванадцять"], "uk", ["agent", "customer"])
    assert uk == [("ADDRESS", "хрещатик будинок дев'ять квартира сімдесят два")]


def test_iban_beats_a_chance_luhn_and_words_are_not_iban_groups():
    iban = iban_complete("LT", "7972300893874922")
    digits = " ".join(num2words(int(d), lang="lt") for d in iban[2:])
    said = f"l t {digits}"
    assert found([f"grąžinkite pinigus į {said}"], "lt") == [("ACCOUNT", said)]
    result = found(["Policy number MT1971165, born July 15, 1966."], "en")
    assert result == [("ACCOUNT", "MT1971165,"), ("DOB", "July 15, 1966.")]


def test_read_out_iban_with_hundreds_that_only_the_checksum_can_group():
    said = "g b one five b a r c " + "eight hundred and eighty six one hundred and sixty three" \
        " one hundred and eighty eight hundred forty eight twenty six"
    assert checksums.iban("GB15BARC88616318084826")
    assert found([f"the iban is {said}"], "en") == [("ACCOUNT", said)]


@pytest.mark.parametrize("lang,turns,name", [
    ("ru", ["договор тридцать три сто семьдесят шесть страхователь николай петрович дзюба"],
     "николай петрович дзюба"),
    ("lt", ["ačiū rokas urbonas"], "rokas urbonas"),
    ("lt", ["Ačiū, Giedrius Urbonas."], "Giedrius Urbonas."),
])
def test_policyholders_and_onas_surnames(lang, turns, name):
    assert ("PERSON", name) in found(turns, lang)


def test_last_four_without_in_and_lithuanian_nouns_in_onas_are_not_pii():
    assert found(["Does the card ending 0238 earn it too?"], "en") == []
    assert found(["Останні чотири цифри картки 1127, оплата не пройшла."], "uk") == []
    assert found(["mano telefonas neveikia", "koks milijonas"], "lt") == []


def test_agent_names_and_company_names_stay():
    roles = ["agent", "customer", "agent"]
    assert found(["Good morning, Northwind Telecom, this is Sarah. How can I help?",
                  "Hi Sarah. My internet is down.", "Thanks for your patience."], "en",
                 roles) == []
    assert found(["Brightpath Bank, you're speaking with Tom. How can I help?",
                  "Thanks, Tom.", "Anything else?"], "en", roles) == []
    assert found(["hello this is miss jane from harper valley bank", "hi jane",
                  "how can i help"], "en", roles) == []
    assert found(["the company name is smart electric"], "en") == []
    assert found(["hi my name is also michael but last name smith"], "en") == [
        ("PERSON", "michael"), ("PERSON", "smith")]
    assert found(["and it's gonna send to your address"], "en", ["agent"]) == []


@pytest.mark.parametrize("lang,text", [
    ("ru", "я живу тут с две тысячи шесть года улица тихая"),
    ("uk", "я живу тут з 2017 року вулиця тиха"),
    ("en", "i've lived on this street since twenty twenty two"),
    ("lt", "gyvenu čia nuo du tūkstančiai penkiolika metų gatvė rami"),
])
def test_a_year_beside_a_street_word_is_not_a_house_number(lang, text):
    assert found([text], lang) == []
