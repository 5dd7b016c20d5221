"""Redaction classes found on the third blind set (round 5), each with new wording in the
languages it applies to, and the hard negatives beside it: colloquial digit words and English
homophones of digits, numbers continued after "потом"/"and the last...", hyphenated CVV
cues, birth dates read back in another form, spoken e-mails, times and days that look like
an expiry."""

from __future__ import annotations

import pytest
from _redact import found, luhn_complete, said

from speechqa.redact.numbers import words_to_digits

ASKED = ["agent", "customer"]




# Colloquial digit words ------------------------------------------------------------------


@pytest.mark.parametrize(("words", "digits"), [
    (["нолик", "сем", "два"], "072"),
    (["нулик", "нулика", "пять"], "005"),
    (["нулик", "сім"], "07"),
    (["plius", "tris", "šimtai", "septyniasdešimt"], None),
    (["tris", "keturis", "vieną"], "341"),
    (["naught", "four", "naught"], "040"),
])
def test_colloquial_and_clipped_digit_words(words, digits):
    if digits is None:
        words = words[1:]
        digits = "370"
    assert words_to_digits(words) == digits


@pytest.mark.parametrize(("lang", "colloquial"), [
    ("ru", {"0": "нолик", "7": "сем"}),
    ("uk", {"0": "нулик"}),
])
def test_a_card_dictated_with_diminutive_zeros_is_masked_whole(lang, colloquial):
    card = luhn_complete("220070153907204")
    text = said(card, lang, colloquial)
    cue = {"ru": "номер карты", "uk": "номер картки"}[lang]
    assert found([f"{cue} {text}"], lang) == [("CARD", text)]


@pytest.mark.parametrize(("answer", "code"), [
    ("it's nine for two", "nine for two"),
    ("uh to six ate", "to six ate"),
    ("it's three hundred and forty ate", "three hundred and forty ate"),
])
def test_english_homophones_of_digits_in_a_security_code(answer, code):
    turns = ["and the three digits on the back of the card", answer]
    assert found(turns, "en", ASKED) == [("CVV", code)]


def test_english_homophones_inside_a_dictated_card():
    # 4 5 3 9 4 4 4 6 ... said with "for" and "to" for four and two
    card = luhn_complete("453944461207882")
    spoken = said(card, "en").replace("four four four", "for double four") \
        .replace("two", "to")
    assert found(["the long number on the card is " + spoken], "en") == [("CARD", spoken)]


@pytest.mark.parametrize("text", [
    "i waited for two hours and nobody called",
    "we ate two of them and threw the rest away",
    "from one to three in the afternoon is fine",
    "can you send it to one of your colleagues",
    "it was two for one at the shop",
])
def test_english_for_to_ate_as_words_are_not_digits(text):
    assert found(["what's the problem", text], "en", ASKED) == []


# Numbers continued after "потом" / "and the last ..." / a long acknowledgement -----------


@pytest.mark.parametrize(("lang", "turns"), [
    ("ru", ["Продиктуйте номер карты.", "Номер {a}...", "Так.", "Потом {b}...", "Угу.",
            "{c}, всё."]),
    ("uk", ["Назвіть номер картки.", "Номер {a}...", "Так.", "Потім {b}...", "Ага.",
            "{c}, все."]),
    ("lt", ["Koks kortelės numeris?", "Numeris {a}...", "Taip.", "Paskui {b}...", "Gerai.",
            "{c}, viskas."]),
])
def test_a_card_given_in_three_parts_with_then_between(lang, turns):
    card = luhn_complete("516732908814557")
    a, b, c = card[:4], card[4:10], card[10:]
    text = [turn.format(a=a, b=b, c=c) for turn in turns]
    roles = ["agent", "customer", "agent", "customer", "agent", "customer"]
    assert found(text, lang, roles) == [("CARD", f"{a}... | {b}... | {c},")]


@pytest.mark.parametrize(("lang", "turns", "expected"), [
    ("ru", ["Куда отправить смс?", "+7 916 204...", "Угу, слушаю.", "И последние 61 38."],
     "+7 916 204... | 61 38."),
    ("uk", ["На який номер дзвонити?", "067...", "Далі.", "І останні 512 40 77."],
     "067... | 512 40 77."),
    ("lt", ["Koks jūsų telefonas?", "8612...", "Taip.", "Ir paskutiniai 48 217."],
     "8612... | 48 217."),
    ("en", ["Best number to reach you?", "07700...", "Yep.", "And the last bit 900 461."],
     "07700... | 900 461."),
])
def test_a_phone_finished_after_the_last_digits_words(lang, turns, expected):
    roles = ["agent", "customer", "agent", "customer"]
    assert found(turns, lang, roles) == [("PHONE", expected)]


@pytest.mark.parametrize(("lang", "ack"), [
    ("en", "Sorry, hang on, I'm just typing that in... OK, carry on."),
    ("ru", "Секундочку, я не успеваю, продолжайте."),
    ("lt", "Palaukite, aš nespėju užsirašyti, tęskite."),
])
def test_a_long_acknowledgement_does_not_cut_a_phone(lang, ack):
    turns = ["Your phone number?", "It's 0161...", ack, "496 0273."]
    assert found(turns, lang, ["agent", "customer", "agent", "customer"]) == [
        ("PHONE", "0161... | 496 0273.")]


@pytest.mark.parametrize(("turns", "lang"), [
    (["Карта заканчивается на 4417, последние цифры 4417.", "Спасибо."], "ru"),
    (["Kortelė baigiasi 3312, paskutiniai 3312.", "Ačiū."], "lt"),
    (["And the last four digits?", "Last four are 8820."], "en"),
])
def test_last_digits_of_a_card_stay_unmasked(turns, lang):
    assert found(turns, lang, ["customer", "agent"]) == []


# CVV cues written as one hyphenated token ------------------------------------------------


@pytest.mark.parametrize(("lang", "question", "answer"), [
    ("ru", "Теперь CVC-код, пожалуйста.", "317."),
    ("uk", "Тепер CVV-код, будь ласка.", "095."),
    ("lt", "Ir CVV-kodą prašau.", "862."),
    ("en", "And the CVV-code, please?", "4051."),
])
def test_a_hyphenated_cvv_question_makes_the_answer_a_cvv_not_an_expiry(
        lang, question, answer):
    card = luhn_complete("535501122334455")
    turns = [f"Карта {card}." if lang != "en" else f"Card {card}.", "Спасибо.", question, answer]
    kinds = found(turns, lang, ["customer", "agent", "agent", "customer"])
    assert kinds[-1] == ("CVV", answer)


# Birth dates read back -------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "turns", "dates"), [
    ("ru", ["Ваша дата рождения?", "Седьмое марта 1975 года.", "Записываю: 07.03.1975, верно?",
            "Да.", "Списание 12 июня 2027 года."],
     ["Седьмое марта 1975 года.", "07.03.1975,"]),
    ("ru", ["дата рождения", "двадцать второго мая тысяча девятьсот девяностого",
            "повторяю двадцать второго пятого тысяча девятьсот девяностого", "да"],
     ["двадцать второго мая тысяча девятьсот девяностого",
      "двадцать второго пятого тысяча девятьсот девяностого"]),
    ("uk", ["Дата народження?", "14.11.1959.", "Перевіряю: 14 листопада 1959 року, так?",
            "Так.", "Передзвонимо 3 травня."],
     ["14.11.1959.", "14 листопада 1959 року,"]),
    ("en", ["and your date of birth", "the ninth of may nineteen seventy three",
            "so that's oh nine oh five nineteen seventy three", "yes"],
     ["the ninth of may nineteen seventy three",
      "oh nine oh five nineteen seventy three"]),
    ("lt", ["Jūsų gimimo data?", "1991-02-17.", "Pakartoju: 1991 m. vasario 17 d., teisingai?",
            "Taip."],
     ["1991-02-17.", "1991 m. vasario 17 d.,"]),
])
def test_a_birth_date_read_back_in_another_form_is_a_dob(lang, turns, dates):
    roles = ["agent", "customer", "agent", "customer", "agent"][:len(turns)]
    assert found(turns, lang, roles) == [("DOB", date) for date in dates]


@pytest.mark.parametrize(("lang", "turns"), [
    ("ru", ["Дата рождения?", "3 апреля 1988 года.", "Спасибо. Платёж 15 июля 2026 года."]),
    ("en", ["date of birth please", "the third of april eighty eight",
            "thanks the appointment is the fifth of june at ten thirty"]),
    ("uk", ["Дата народження?", "2 лютого 1970 року.", "Доставка 21 березня."]),
])
def test_a_later_payment_or_appointment_date_is_not_a_dob(lang, turns):
    assert len(found(turns, lang, ["agent", "customer", "agent"])) == 1


# Spoken e-mails --------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "text", "address"), [
    ("lt", "mano paštas jonas apatinis brūkšnys kairys et yahoo taškas com",
     "jonas apatinis brūkšnys kairys et yahoo taškas com"),
    ("lt", "rašykite greta taškas mikute et one taškas lt",
     "greta taškas mikute et one taškas lt"),
    ("en", "it's harris at sky broadband dot co dot uk",
     "harris at sky broadband dot co dot uk"),
    ("en", "send it to p dot evans at virgin media dot com",
     "p dot evans at virgin media dot com"),
])
def test_spoken_emails_with_et_and_two_word_domains(lang, text, address):
    assert found(["what email", text], lang, ASKED) == [("EMAIL", address)]


@pytest.mark.parametrize(("lang", "text"), [
    ("lt", "et nežinau ką daryti toliau"),
    ("en", "we met at the bt shop on friday"),
])
def test_at_and_et_as_words_are_not_emails(lang, text):
    assert found(["what happened", text], lang, ASKED) == []


# Times and days that look like a month and year -------------------------------------------


def test_a_callback_time_after_card_talk_is_not_an_expiry():
    card = luhn_complete("427655001234567")
    turns = [f"номер карты {said(card, 'ru')}", "перезвоним вам завтра после одиннадцать тридцать"]
    assert [kind for kind, _ in found(turns, "ru", ["customer", "agent"])] == ["CARD"]


@pytest.mark.parametrize("text", [
    "Skola 300 Eur, minimali įmoka iki lapkričio 25 d.",
    "Mokėjimas iki gegužės 30 d., kortelė ta pati.",
])
def test_a_lithuanian_day_after_a_month_is_not_an_expiry(text):
    assert found(["Mano kortelė užblokuota, kiek skolos?", text], "lt",
                 ["customer", "agent"]) == []


def test_a_lithuanian_request_number_is_not_a_phone():
    turns = ["perskambinkite telefonu aštuoni šeši vienas du trys keturi penki šeši",
             "kreipinio numeris keturi devyni šeši vienas du trys aštuoni penki"]
    assert [kind for kind, _ in found(turns, "lt", ["customer", "agent"])] == ["PHONE"]


# Card read back with a slip, and a restart after "that's wrong" ----------------------------


@pytest.mark.parametrize(("lang", "ask", "check"), [
    ("ru", "Номер карты?", "Проверяю: {n}, верно?"),
    ("uk", "Номер картки?", "Перевіряю: {n}, так?"),
    ("lt", "Kortelės numeris?", "Pakartoju: {n}, teisingai?"),
    ("en", "Card number?", "So I have {n}, right?"),
])
def test_an_agents_read_back_with_one_digit_wrong_is_still_a_card(lang, ask, check):
    card = luhn_complete("418273645091827")
    slip = card[:6] + str((int(card[6]) + 3) % 10) + card[7:]
    grouped = " ".join(slip[i:i + 4] for i in range(0, 16, 4))
    # (a few turns on, so the question is out of the cue's reach)
    turns = [ask, f"{card[:4]} {card[4:8]} {card[8:12]} {card[12:]}.", "Mhm, one moment please.",
             "Sure, take your time, no rush at all.", check.format(n=grouped)]
    kinds = found(turns, lang, ["agent", "customer", "agent", "customer", "agent"])
    assert kinds[-1] == ("CARD", grouped + ",")


def test_two_different_twelve_digit_numbers_are_not_read_backs():
    turns = ["заказ 548812345678 оформлен", "а заказ 998877665544 ещё нет"]
    assert found(turns, "ru", ["agent", "customer"]) == []


def test_a_card_restarted_after_no_wait_thats_wrong_is_one_card():
    card = luhn_complete("539281746352910")
    text = f"it's five three nine one no wait that's wrong {said(card, 'en')}"
    assert found(["card number please", text], "en", ASKED) == [
        ("CARD", text.removeprefix("it's "))]


# Addresses: a street without its street word, "д." and "bt." written, a city before it ----


@pytest.mark.parametrize(("lang", "text", "address"), [
    ("ru", "Самара, Гагарина, д. 17Б-4, звонить в домофон.", "Гагарина, д. 17Б-4,"),
    ("ru", "Доставьте на Садовая д. 8, кв. 31.", "Садовая д. 8, кв. 31."),
    ("lt", "Vilnius, Naugarduko g. 45, bt. 7.", "Naugarduko g. 45, bt. 7."),
    ("lt", "Gyvenu Pylimo gatvė 12, bt. 3.", "Pylimo gatvė 12, bt. 3."),
    ("uk", "Львів, Городоцька, буд. 15А/2, під'їзд 1.", "Городоцька, буд. 15А/2,"),
])
def test_written_addresses_with_abbreviations_and_a_city_before(lang, text, address):
    assert found(["Адрес?" if lang != "lt" else "Adresas?", text], lang, ASKED) == [
        ("ADDRESS", address)]


def test_a_street_name_right_after_an_address_question():
    assert found(["По какому адресу доставка?", "Адрес: Победы, 41, кв. 9."], "ru", ASKED) == [
        ("ADDRESS", "Победы, 41, кв. 9.")]


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Адрес: Москва, индекс не помню."),
    ("lt", "Gyvenu Kaune, netoli stoties."),
    ("ru", "Дом 5 лет как построен, Ленина у нас главная."),
])
def test_no_house_number_no_address(lang, text):
    assert found(["Адрес?", text], lang, ASKED) == []


# The agent's own name in the opening greeting ---------------------------------------------


@pytest.mark.parametrize(("lang", "greeting", "reply"), [
    ("ru", "Здравствуйте! Это Полина, банк «Северный». Чем помочь?", "Добрый день, Полина."),
    ("ru", "добрый день это артём интернет провайдер слушаю", "да здравствуйте у меня проблема"),
    ("uk", "Добрий день! Це Марина, ОСББ «Світанок».", "Вітаю, Марино, маю питання."),
    ("lt", "Labas, čia Tomas iš Telia, kuo galiu padėti?", "Laba diena, Tomai."),
    ("lt", "Laba diena, Luminor, jus aptarnauja Rūta.", "Sveiki."),
    ("ru", "Добрый день, вас приветствует Екатерина, банк «Восток».", "Здравствуйте."),
    ("en", "Hello, you're through to Megan at Northgate Bank.", "Hi."),
    ("lt", "Laba diena, su jumis kalba Aistė, Telia.", "Sveiki."),
])
def test_the_agents_own_name_after_eto_cia_is_not_pii(lang, greeting, reply):
    assert found([greeting, reply], lang, ["agent", "customer"]) == []


@pytest.mark.parametrize(("lang", "turns", "name"), [
    # a name after "это" later, or in the customer's mouth, is still a person
    ("ru", ["Добрый день, слушаю.", "Это Илья Кравцов, я по договору."], "Илья Кравцов,"),
    ("lt", ["Laba diena.", "Čia Mindaugas Petrauskas, dėl sąskaitos."],
     "Mindaugas Petrauskas,"),
])
def test_a_customer_introducing_himself_with_eto_cia_is_still_a_person(lang, turns, name):
    assert found(turns, lang, ["agent", "customer"]) == [("PERSON", name)]


@pytest.mark.parametrize(("lang", "text"), [
    ("lt", "Aš dabar Vilniuje, ar skyrius dirba šeštadienį?"),
    ("uk", "у мене борг сто гривень за світло"),
])
def test_common_words_before_a_place_or_amount_are_not_names(lang, text):
    assert found(["Klausau." if lang == "lt" else "Слухаю.", text], lang, ASKED) == []


# A name opening a turn: the person addressed or quoted --------------------------------------


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("ru", "Марина, по счёту у вас задолженность 2 300 рублей.", "Марина,"),
    ("ru", "серёжа сказал что заявку уже закрыли", "серёжа"),
    ("uk", "Тарасе, за рахунком у вас переплата.", "Тарасе,"),
    ("uk", "оксана казала що ви телефонували", "оксана"),
    ("lt", "Jurgita, pagal sąskaitą skola 40 Eur.", "Jurgita,"),
    ("lt", "mariau pagal sutartį viskas sumokėta", "mariau"),
    ("en", "Sarah, on your account there's a credit of ten pounds.", "Sarah,"),
])
def test_a_first_name_opening_a_turn_is_a_person(lang, text, name):
    assert found(["...", text], lang, ["customer", "agent"]) == [("PERSON", name)]


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Вера, надежда и любовь — так называется акция."),
    ("ru", "Да, по договору всё оплачено."),
    ("uk", "Надія, кажуть, помирає останньою."),
    ("lt", "Gerai, pagal sutartį viskas tvarkoje."),
    ("en", "Will, on the other hand, is a legal document."),
])
def test_a_word_opening_a_turn_that_is_not_a_name(lang, text):
    assert found(["...", text], lang, ["customer", "agent"]) == []


def test_a_lithuanian_expiry_with_the_asr_form_nuli():
    turns = ["kortelės galiojimo laikas", "galioja iki nuli aštuoni dvidešimt septyni"]
    assert found(turns, "lt", ASKED) == [("EXPIRY", "nuli aštuoni dvidešimt septyni")]


# A card word that cannot be about a bank card ----------------------------------------------


@pytest.mark.parametrize(("lang", "turns", "expected"), [
    ("uk", ["Серія та номер паспорта?", "Пластиковий, номер 004418273."],
     [("PASSPORT", "004418273.")]),
    ("ru", ["серия и номер паспорта", "пластиковый номер сто двадцать три четыреста пятьдесят "
            "шесть семьсот восемьдесят девять"],
     [("PASSPORT", "сто двадцать три четыреста пятьдесят шесть семьсот восемьдесят девять")]),
    ("en", ["your passport number please", "the new ID card, it's 512 774 301"],
     [("PASSPORT", "512 774 301")]),
])
def test_too_short_for_a_card_after_a_passport_question(lang, turns, expected):
    assert found(turns, lang, ASKED) == expected


def test_amex_cid_four_digits_is_a_cvv():
    turns = ["amex card 3782 822463 10005", "and the four digit CID on the front", "1872"]
    assert found(turns, "en", ["customer", "agent", "customer"])[-1] == ("CVV", "1872")


# More name cues: ПІБ, "how may I address you", a message for someone, "on behalf of" -------


@pytest.mark.parametrize(("lang", "turns", "name"), [
    ("uk", ["Вкажіть ПІБ, будь ласка.", "Мельник Ірина Василівна."],
     "Мельник Ірина Василівна."),
    ("uk", ["вкажіть піб будь ласка", "ірина"], "ірина"),
    ("lt", ["kaip galėčiau į jus kreiptis", "kotryna"], "kotryna"),
])
def test_answers_to_more_name_questions(lang, turns, name):
    assert found(turns, lang, ASKED) == [("PERSON", name)]


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("ru", "передайте игорю что я перезвоню вечером", "игорю"),
    ("uk", "перекажіть Олені, що документи готові", "Олені,"),
    ("lt", "perduokite Jonui, kad paskambinsiu", "Jonui,"),
    ("ru", "доверенность от имени ларисы петренко", "ларисы петренко"),
])
def test_a_message_for_someone_or_acting_in_their_name(lang, text, name):
    assert found(["...", text], lang, ["agent", "customer"]) == [("PERSON", name)]


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "передайте документы в отдел кадров"),
    ("uk", "перекажіть гроші на інший рахунок"),
    ("ru", "от имени компании приносим извинения"),
])
def test_a_message_cue_before_a_plain_word_is_not_a_name(lang, text):
    assert found(["...", text], lang, ["agent", "customer"]) == []


@pytest.mark.parametrize(("text", "name"), [
    ("it's marisol quintero born the third of may nineteen eighty", "marisol quintero"),
    ("yeah hester blackwood date of birth is the ninth of june fifty two", "hester blackwood"),
])
def test_an_unlisted_english_name_followed_by_the_birth_date(text, name):
    kinds = found(["can i take your full name and date of birth", text], "en", ASKED)
    assert kinds[0] == ("PERSON", name)
    assert [kind for kind, _ in kinds] == ["PERSON", "DOB"]


def test_an_unlisted_pair_followed_by_an_ordinary_word_is_not_a_name():
    turns = ["can i take your full name", "crackly line born of a bad signal"]
    assert [kind for kind, _ in found(turns, "en", ASKED)] == []



@pytest.mark.parametrize(("words", "digits"), [
    (["treble", "four", "five"], "4445"),
    (["двічі", "сім", "один"], "771"),
])
def test_treble_and_dvichi_repeat_a_digit_like_double(words, digits):
    assert words_to_digits(words) == digits


@pytest.mark.parametrize(("lang", "turns"), [
    ("ru", ["Дата рождения?", "5 августа 1980 года.", "Спасибо, заказ от 12.03.2019 закрыт."]),
    ("en", ["date of birth please", "fifth of august nineteen eighty",
            "thanks and your policy started on the first of march two thousand and nine"]),
])
def test_a_document_date_after_a_birth_date_is_not_read_back(lang, turns):
    assert [kind for kind, _ in found(turns, lang, ["agent", "customer", "agent"])] == ["DOB"]


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Ваш договор от 12.03.2019 действует."),
    ("uk", "Договір від 01.02.2020 діє до кінця року."),
    ("lt", "Sutartis nuo 2021.05.14 galioja."),
    ("en", "The contract dated 14/05/2021 is still active."),
])
def test_the_date_a_document_bears_is_not_its_number(lang, text):
    assert found(["...", text], lang, ["customer", "agent"]) == []


@pytest.mark.parametrize(("lang", "text", "passport"), [
    ("uk", "паспорт старого зразка км три один нуль дев'ять сім два",
     "км три один нуль дев'ять сім два"),
    ("ru", "старый паспорт гн сто двадцать три четыреста пятьдесят шесть",
     "гн сто двадцать три четыреста пятьдесят шесть"),
])
def test_a_lower_case_passport_series_of_two_consonants(lang, text, passport):
    ask = {"uk": "назвіть серію та номер паспорта", "ru": "назовите серию и номер паспорта"}
    assert found([ask[lang], text], lang, ASKED) == [("PASSPORT", passport)]


def test_two_letter_words_before_a_passport_number_are_not_its_series():
    turns = ["назвіть серію та номер паспорта", "ну там чотири вісім три нуль два пять"]
    assert found(turns, "uk", ASKED) == [("PASSPORT", "чотири вісім три нуль два пять")]


def test_a_lower_case_word_shaped_like_a_surname_in_a_cased_turn_is_not_one():
    turns = ["Klausau.", "Kodėl vėl perskaitė skaitiklį? Mano sąskaita didesnė."]
    assert found(turns, "lt", ASKED) == []
    turns = ["Klausau.", "Ar Jankauskaitė jau skambino? Mano sąskaita didesnė."]
    assert found(turns, "lt", ASKED) == [("PERSON", "Jankauskaitė")]


@pytest.mark.parametrize("text", [
    "mark on the card is scratched so the machine won't read it",
    "grace about the loan is ending next week isn't it",
])
def test_an_english_word_that_is_also_a_name_opening_a_lower_case_turn(text):
    assert found(["...", text], "en", ["agent", "customer"]) == []


@pytest.mark.parametrize(("lang", "turns", "name"), [
    ("ru", ["Здравствуйте, это Иван Петрович?", "Да, слушаю."], "Иван Петрович?"),
    ("ru", ["здравствуйте это иван петрович", "да слушаю"], "иван петрович"),
    ("lt", ["Labas, čia Tomas?", "Taip."], "Tomas?"),
])
def test_an_agent_asking_for_the_customer_by_name_is_not_naming_herself(lang, turns, name):
    assert found(turns, lang, ["agent", "customer"]) == [("PERSON", name)]


@pytest.mark.parametrize(("lang", "turns"), [
    ("ru", ["Срок действия карты?", "12/27.", "А теперь CVV код на обороте.", "1227."]),
    ("uk", ["Термін дії картки?", "11/30.", "І CVV-код?", "1130."]),
    ("lt", ["Galiojimo laikas?", "08/29.", "Ir CVV kodas?", "0829."]),
    ("en", ["What's the expiry on the Amex?", "10/28.", "And the four digit CID on the front?",
            "1028."]),
])
def test_a_cid_that_looks_like_the_expiry_after_the_cvv_question_is_a_cvv(lang, turns):
    kinds = found(turns, lang, ["agent", "customer", "agent", "customer"])
    assert kinds == [("EXPIRY", turns[1]), ("CVV", turns[3])]


def test_card_expiry_and_code_asked_at_once_keep_the_expiry():
    turns = ["Card number, expiry and the code please.", "10/28."]
    assert found(turns, "en", ASKED) == [("EXPIRY", "10/28.")]


@pytest.mark.parametrize(("lang", "question"), [
    ("en", "Card number, expiry and the code please."),
    ("ru", "Номер карты и срок действия?"),
    ("uk", "Номер картки і термін дії?"),
    ("lt", "Kortelės numeris ir galiojimo laikas?"),
])
def test_a_card_then_its_expiry_in_one_breath_is_no_bank_account(lang, question):
    card = luhn_complete("427638001234567")
    grouped = " ".join(card[i:i + 4] for i in range(0, 16, 4))
    turns = [question, f"{grouped}, 09/29"]
    assert found(turns, lang, ASKED) == [("CARD", grouped + ","), ("EXPIRY", "09/29")]


@pytest.mark.parametrize(("lang", "turns", "read_back"), [
    ("ru", ["дата рождения?", "12.04.1977", "двенадцатое апреля семьдесят седьмого, верно?", "да"],
     "двенадцатое апреля семьдесят седьмого,"),
    ("uk", ["дата народження", "третього травня тисяча дев'ятсот вісімдесят п'ятого",
            "записую третього п'ятого вісімдесят п'ятого", "так"],
     "третього п'ятого вісімдесят п'ятого"),
    ("en", ["date of birth please", "14/02/1966", "so february fourteenth sixty six", "yes"],
     "february fourteenth sixty six"),
])
def test_a_birth_date_read_back_with_a_two_digit_year(lang, turns, read_back):
    kinds = found(turns, lang, ["agent", "customer", "agent", "customer"])
    assert kinds[-1] == ("DOB", read_back)


def test_a_visit_time_after_a_birth_date_is_not_a_read_back():
    turns = ["kam registruojame", "sūnui gimė du tūkstančiai devintų metų liepos aštuntą",
             "vizitas vasario tryliktą vienuolika penkiolika"]
    assert [kind for kind, _ in found(turns, "lt", ["agent", "customer", "agent"])] == ["DOB"]
