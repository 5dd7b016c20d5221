"""Redaction classes found on blind set 20 (round 18), written as general mechanisms with new
values and wording in every language they apply to, hard negatives beside them: a digit
said as a counted noun («две семёрки», «дві п'ятірки», "du nuliai") inside cards and codes;
a card said in stretches (group labels between them, the agent's question in the middle, a
dropped line and "the last four?", a group said out of order and put right, a worn-off
group read from the app at the end) put back together by its Luhn check, each stretch
masked alone; an expiry said before the card number; an IMEI, ISBN, tracking number or
flight is no card, phone or account; an invoice or a meter reading is no account; a
Lithuanian genitive-plural ordinal year («iki trisdešimtų kovo»), a month and ordinal year
read back, and an expiry put right («ой, нет, это старая») are expiries; the English "as"
is no Lithuanian "aš"; a title between a venue and its namesake; a name borrowed, returned
or overdue is a book's title; a surname the dictionary has only as a short adjective
(«лыков») or with an apostrophe («Сав'юк»); a parking bay's or gate's number is no house
number; a one-letter name prefix inside a spoken e-mail ("o rourke").

42 of these 80 tests fail on round 17 (main 8d5ff9b); the rest, hard negatives and cases
round 17 already got right in this wording, pass on both."""

from __future__ import annotations

import pytest
from _redact import found, masked, of_type

A, C = "agent", "customer"


def _card_words(turns: list[str], lang: str, roles: list[str]) -> dict[int, list[str]]:
    return masked(turns, lang, roles, "CARD")


# Digits said as a counted noun ------------------------------------------------------------


@pytest.mark.parametrize(("lang", "question", "answer"), [
    ("ru", "Продиктуйте номер карты",
     "четыре один две семёрки три три ноль девять шесть два пять один четыре восемь ноль восемь"),
    ("uk", "Назвіть номер картки",
     "дві двійки два нулі дев'ять дві п'ятірки вісім два нулі три один два шість чотири шість"),
    ("lt", "Koks kortelės numeris",
     "penki trys du septynetai du nuliai vienas aštuoni du keturi du šešetai devyni vienas trys"
     " vienas"),
    ("en", "Go ahead with the card number",
     "four nine oh two one two three double oh seven double eight four five one four"),
])
def test_a_counted_digit_is_that_digit_said_again_inside_a_card(lang, question, answer):
    assert found([question, answer], lang, [A, C]) == [("CARD", answer)]


@pytest.mark.parametrize(("lang", "question", "code"), [
    ("ru", "и три цифры на обороте карты", "две двойки пять"),
    ("uk", "і три цифри на звороті картки", "дві вісімки один"),
    ("lt", "ir trys skaitmenys kitoje kortelės pusėje", "trys du penketai"),
    ("ru", "и код с обратной стороны карты", "семь два нуля"),
])
def test_a_counted_digit_inside_a_cvv(lang, question, code):
    assert of_type("CVV", [question, code], lang, [A, C]) == [code]


@pytest.mark.parametrize(("lang", "turn"), [
    ("ru", "у сына две пятёрки и три четвёрки в четверти"),
    ("uk", "у доньки дві п'ятірки з математики"),
])
def test_grades_counted_are_no_number(lang, turn):
    assert found([turn], lang, [C]) == []


# A card put back together from its stretches ----------------------------------------------


@pytest.mark.parametrize(("lang", "question", "answer", "labels"), [
    ("ru", "Назовите номер карты",
     "первая группа четыре девять ноль два вторая один два три ноль третья ноль семь восемь"
     " восемь и последняя четыре пять один четыре", {"вторая", "третья", "последняя"}),
    ("uk", "Назвіть номер картки",
     "перша група двадцять два нуль нуль друга сорок чотири десять третя сімдесят сім"
     " вісімдесят вісім і остання дванадцять тридцять три", {"друга", "третя", "остання"}),
    ("en", "Go ahead with the long number on the card.",
     "First lot is 5355 — then 8120 — third 6774 — and the last one 3904", {"third", "then"}),
    ("lt", "Koks jūsų kortelės numeris?",
     "Pirma grupė 2200 — antra 4410 — trečia 7788 — ir paskutinė 1233",
     {"antra", "trečia", "paskutinė"}),
])
def test_a_card_said_with_group_labels(lang, question, answer, labels):
    words = _card_words([question, answer], lang, [A, C])[1]
    assert len(words) >= 4 and not labels & set(words)


@pytest.mark.parametrize(("lang", "answer", "groups"), [
    ("ru", "4118 5519 — ой, нет, я третью раньше назвал. Вторая 6620 — третья 5519 —"
     " последняя 3773", ["4118", "5519", "6620", "5519", "3773"]),
    ("uk", "2200 0031 — ой, ні, переплутала. Друга 9558 — третя 0031 — і остання 2646",
     ["2200", "0031", "9558", "0031", "2646"]),
    ("en", "four one seven seven six two five one no wait i skipped one second is three"
     " three oh nine third six two five one and the last one four eight oh eight", None),
    ("lt", "penki trys penki penki šeši septyni septyni keturi ne praleidau antra aštuoni"
     " vienas du nulis trečia šeši septyni septyni keturi ir paskutinė trys devyni nulis"
     " keturi", None),
])
def test_a_group_said_out_of_order_and_put_right(lang, answer, groups):
    question = {"ru": "Назовите номер карты.", "uk": "Назвіть номер картки.",
                "en": "Can I take the card number?", "lt": "Padiktuokite kortelės numerį."}
    words = _card_words([question[lang], answer], lang, [A, C])[1]
    if groups:
        assert [w.strip("—.,") for w in words] == groups
    else:
        assert len(words) >= 16 and not {"wait", "second", "praleidau", "antra"} & set(words)


def test_a_worn_off_group_read_from_the_app_at_the_end():
    turns = ["Go ahead with the long number on the card.",
             "5377 0018 — the third block has worn off. Last four are 9131",
             "Can you see the third block in your banking app?",
             "One sec… yes: 2466"]
    words = _card_words(turns, "en", [A, C, A, C])
    assert words[1] == ["5377", "0018", "9131"] and words[3] == ["2466"]


def test_a_worn_off_group_said_in_russian_asr():
    turns = ["продиктуйте номер карты",
             "четыре девять ноль два один два три ноль третья группа стёрлась последняя группа"
             " четыре пять один четыре",
             "посмотрите третью группу в приложении",
             "сейчас вот ноль семь восемь восемь"]
    words = _card_words(turns, "ru", [A, C, A, C])
    assert words[3] == ["ноль", "семь", "восемь", "восемь"]
    assert "стёрлась" not in words[1] and len(words[1]) == 12


@pytest.mark.parametrize(("lang", "turns", "last"), [
    ("ru", ["Назовите номер карты.", "5355 8120 6774 … алло? Слышите меня?",
            "Да, прервалось. Последние четыре цифры?", "3904"], ["3904"]),
    ("en", ["can i take the card number", "two two oh oh four four one oh seven seven eight"
            " eight hello are you still there", "yes sorry you cut out what are the last four",
            "one two three three"], ["one", "two", "three", "three"]),
])
def test_a_dropped_line_and_the_last_four_asked_for(lang, turns, last):
    words = _card_words(turns, lang, [A, C, A, C])
    assert words[3] == last and len(words[1]) >= 3


def test_the_agents_question_in_the_middle_of_a_card():
    turns = ["Назвіть номер картки.", "4118 6620", "Це Visa чи Mastercard?",
             "Visa. Далі: 5519 3773"]
    words = _card_words(turns, "uk", [A, C, A, C])
    assert words == {1: ["4118", "6620"], 3: ["5519", "3773"]}


@pytest.mark.parametrize(("lang", "turns", "expiry"), [
    ("ru", ["продиктуйте номер карты", "сначала срок одиннадцать тридцать а номер пять три семь"
            " семь ноль ноль один восемь два четыре шесть шесть девять один три один"],
     "одиннадцать тридцать"),
    ("en", ["what's the card number please", "right the expiry's ten twenty nine and then the"
            " number four one seven seven three three oh nine six two five one four eight oh"
            " eight"], "ten twenty nine"),
])
def test_an_expiry_said_before_the_card_number(lang, turns, expiry):
    kinds = dict(found(turns, lang, [A, C]))
    assert kinds["EXPIRY"] == expiry and len(kinds["CARD"].split()) == 16


@pytest.mark.parametrize(("lang", "turns"), [
    ("ru", ["Продиктуйте номер карты", "секунду, у меня тут номер заказа 4512 3307, а сумма"
            " 1290 рублей"]),
    ("en", ["Can I take the card number?", "It's the one ending 4411, and my order was 2286"
            " 1190"]),
])
def test_other_numbers_after_a_card_question_are_no_card(lang, turns):
    assert of_type("CARD", turns, lang, [A, C]) == []


# An item's code is no card, phone or account ----------------------------------------------


@pytest.mark.parametrize(("lang", "turn"), [
    ("ru", "IMEI телефона 354672091187300, сеть не ловит."),
    ("uk", "Ось IMEI: 860931045277188, телефон не бачить мережу."),
    ("en", "the imei on the back is three five four six seven two oh nine one one eight seven"
           " three oh oh"),
    ("lt", "Telefono IMEI yra 354672091187300."),
    ("en", "The ISBN is 979-8612049371, it's a paperback."),
    ("ru", "трек номер восемь ноль четыре пять один один два девять шесть три ноль семь один"
           " девять"),
    ("lt", "skrendu rytoj reisas aštuoni tūkstančiai penki šimtai dvidešimt vienas"),
])
def test_an_items_code_is_no_card_phone_or_account(lang, turn):
    assert [kind for kind, _ in found([turn], lang, [C])
            if kind in ("CARD", "PHONE", "ACCOUNT")] == []


def test_a_bare_imei_or_isbn_is_no_card_or_phone():
    assert found(["Сверьте, пожалуйста: 860931045277188."], "ru", [C]) == []
    assert found(["Book 9785460317226 is overdue."], "en", [C]) == []


@pytest.mark.parametrize(("lang", "turns", "card"), [
    ("en", ["What's the card number?", "3782 822463 10005"], "3782 822463 10005"),
    ("ru", ["Номер карты?", "354672091187300"], "354672091187300"),
    ("ru", ["Номер карты?", "4177 3309 6251 4808"], "4177 3309 6251 4808"),
])
def test_a_card_asked_for_stays_a_card(lang, turns, card):
    assert of_type("CARD", turns, lang, [A, C]) == [card]


# Invoices and meter readings --------------------------------------------------------------


@pytest.mark.parametrize(("lang", "turn"), [
    ("lt", "Sąskaitos faktūros numeris 418203, išrašyta gegužės 3 d."),
    ("lt", "sąskaitos faktūros numeris keturi vienas aštuoni du nulis trys"),
    ("en", "The invoice number is 552093 and it's due on Friday."),
])
def test_an_invoice_number_is_no_account(lang, turn):
    assert of_type("ACCOUNT", [turn], lang, [C]) == []


def test_a_meter_reading_after_the_account_number_is_no_account():
    turns = ["what's your account number", "sixty one twenty two ninety four oh seven and the"
             " reading is thirty eight thousand two hundred and fourteen"]
    assert of_type("ACCOUNT", turns, "en", [A, C]) == [
        "sixty one twenty two ninety four oh seven"]


def test_an_account_after_its_cue_stays_an_account():
    assert of_type("ACCOUNT", ["Asmeninės sąskaitos numeris 418203."], "lt", [C]) == ["418203."]


# Expiries -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("answer", "expiry"), [
    ("iki trisdešimtų kovo", "trisdešimtų kovo"),
    ("ten parašyta iki dvidešimt aštuntų gegužės", "dvidešimt aštuntų gegužės"),
    ("ee iki trisdešimt antrų liepos", "trisdešimt antrų liepos"),
])
def test_a_lithuanian_genitive_plural_ordinal_is_the_expiry_year(answer, expiry):
    assert of_type("EXPIRY", ["Kortelės galiojimo data?", answer], "lt", [A, C]) == [expiry]


def test_a_day_and_month_in_lithuanian_is_no_expiry():
    assert of_type("EXPIRY", ["Kortelės galiojimo data?", "nuolaida galioja iki dvidešimt"
                              " aštuntos gegužės"], "lt", [A, C]) == []


@pytest.mark.parametrize(("lang", "turns", "said"), [
    ("ru", ["карту вижу назовите срок действия карты", "март тридцатого",
            "повторяю март тридцатого и код cvv", "четыреста один"], "март тридцатого"),
    ("uk", ["назвіть термін дії картки", "до травня двадцять дев'ятого",
            "повторюю травня двадцять дев'ятого і код cvv", "триста два"],
     "травня двадцять дев'ятого"),
])
def test_a_month_and_ordinal_year_read_back(lang, turns, said):
    assert of_type("EXPIRY", turns, lang, [A, C, A, C]) == [said, said]


@pytest.mark.parametrize(("lang", "turns", "new"), [
    ("ru", ["до какого месяца действует карта", "ноль два двадцать семь ой нет это старая"
            " новая до февраля двадцать восьмого"], "февраля двадцать восьмого"),
    ("uk", ["до якого місяця дійсна картка", "нуль шість двадцять шість ой ні то стара нова"
            " до березня тридцятого"], "березня тридцятого"),
    ("en", ["and the expiry date", "oh three twenty seven no sorry the new one is may twenty"
            " thirty"], "may twenty thirty"),
])
def test_an_expiry_put_right_keeps_both(lang, turns, new):
    assert of_type("EXPIRY", turns, lang, [A, C])[-1] == new


def test_a_time_after_an_expiry_put_right_is_no_expiry():
    turns = ["до какого месяца действует карта",
             "ноль два двадцать семь ой нет перезвоните в десять"]
    assert of_type("EXPIRY", turns, "ru", [A, C]) == ["ноль два двадцать семь"]


# Names ------------------------------------------------------------------------------------


@pytest.mark.parametrize("turn", ["same as last week, the card ending 4031",
                                  "pay it the same way as last month please"])
def test_the_english_as_is_no_person_cue(turn):
    assert of_type("PERSON", [turn], "en", [C]) == []


def test_the_lithuanian_as_still_introduces_a_name():
    assert of_type("PERSON", ["Laba diena, as Tomas Jankauskas."], "lt", [C]) == [
        "Tomas Jankauskas."]


@pytest.mark.parametrize(("lang", "turn"), [
    ("ru", "заказывала в аптеке доктор вершинин на углу"),
    ("uk", "купувала в аптеці доктор вершинін"),
    ("en", "we met at the St Winifred pub last night"),
])
def test_a_title_between_a_venue_and_its_namesake(lang, turn):
    assert of_type("PERSON", [turn], lang, [C]) == []


@pytest.mark.parametrize(("lang", "turn"), [
    ("ru", "я ещё брала евгения онегина в прошлом месяце"),
    ("ru", "за мастера маргариту просрочка пять дней"),
    ("uk", "я повернула миколу джерю ще в березні"),
    ("en", "I returned David Copperfield on Monday."),
    ("en", "tom sawyer is three days overdue"),
    ("lt", "Tadą Blindą grąžinau vakar."),
])
def test_a_name_borrowed_returned_or_overdue_is_a_title(lang, turn):
    assert of_type("PERSON", [turn], lang, [C]) == []


@pytest.mark.parametrize(("lang", "turn", "name"), [
    ("ru", "Передайте Ивану Петрову, что я звонил.", "Ивану Петрову,"),
    ("en", "Please tell Josephine Hartwell I called.", "Josephine Hartwell"),
    ("lt", "Perduokite Jonui Petrauskui, kad skambinau.", "Jonui Petrauskui,"),
])
def test_a_person_without_a_loan_word_stays_a_person(lang, turn, name):
    assert of_type("PERSON", [turn], lang, [C]) == [name]


@pytest.mark.parametrize(("turn", "name"), [
    ("добрый день это глеб лыков по поводу счёта", "глеб лыков"),
    ("оплачиваю за глеба лыкова по той же квитанции", "глеба лыкова"),
])
def test_a_surname_the_dictionary_has_only_as_a_short_adjective(turn, name):
    assert of_type("PERSON", [turn], "ru", [C]) == [name]


def test_a_short_adjective_surname_said_before_the_first_name():
    assert of_type("PERSON", ["Назовите фамилию и имя", "лыкова вера"], "ru", [A, C]) == [
        "лыкова вера"]


def test_a_short_adjective_after_no_first_name_is_no_surname():
    assert of_type("PERSON", ["этот стол дубов и крепок"], "ru", [C]) == []


# Parking bays and gates --------------------------------------------------------------------


@pytest.mark.parametrize("turn", [
    "I left it in the Kingsley Road car park, bay 14.",
    "it's parked at the harbour street car park bay thirty two",
    "the coach leaves from Mill Lane station, gate 7",
])
def test_a_bay_or_gate_number_is_no_house_number(turn):
    assert of_type("ADDRESS", [turn], "en", [C]) == []


def test_a_house_number_on_the_same_street_is_an_address():
    assert of_type("ADDRESS", ["I live at 14 Kingsley Road."], "en", [C]) == ["14 Kingsley Road."]


@pytest.mark.parametrize(("turn", "name"), [
    ("доброго дня це ігор сав'юк щодо штрафу", "ігор сав'юк"),
    ("Добрий день, це Оксана Пап'юк, щодо рахунку.", "Оксана Пап'юк,"),
])
def test_a_ukrainian_surname_with_an_apostrophe_after_a_first_name(turn, name):
    assert of_type("PERSON", [turn], "uk", [C]) == [name]


# E-mail -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("turn", "address"), [
    ("it's sean underscore o connor at outlook dot com",
     "sean underscore o connor at outlook dot com"),
    ("tara dot d angelo at gmail dot com please", "tara dot d angelo at gmail dot com"),
])
def test_a_one_letter_name_prefix_inside_a_spoken_address(turn, address):
    assert found(["what's your email", turn], "en", [A, C]) == [("EMAIL", address)]
