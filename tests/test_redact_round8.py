"""Redaction precision classes found on blind sets 6-8 (round 8), each with new wording in
the languages where it applies and the true names or addresses beside it: the agent's own
name closing the greeting, pets, car models, places named after people, Lithuanian common
words shaped like surnames, a parcel's tracking number after a street, and English street
words with no street name before them."""

from __future__ import annotations

import pytest
from _redact import found, luhn_complete

A, C = "agent", "customer"


def persons(turns: list[str], lang: str, roles: list[str] | None = None) -> list[str]:
    return [text for kind, text in found(turns, lang, roles) if kind == "PERSON"]


def addresses(turns: list[str], lang: str, roles: list[str] | None = None) -> list[str]:
    return [text for kind, text in found(turns, lang, roles) if kind == "ADDRESS"]


# The agent's own name closing the greeting -------------------------------------------------


@pytest.mark.parametrize(("lang", "greeting"), [
    ("ru", "Ветклиника «Лапа», регистратор Марина."),
    ("ru", "Салон «Орхидея», добрый день, на линии Ксения."),
    ("uk", "Салон «Камелія», добрий день, на лінії Оксана."),
    ("uk", "Ліцей номер 12, секретар Ірина."),
    ("en", "Hello, Greenway Energy billing, it's Daniel."),
    ("en", "hi parcelforce returns it's emma"),
    ("lt", "Kirpykla „Žiedas“, administratorė Rūta."),
])
def test_the_agent_naming_herself_at_the_end_of_the_greeting_is_not_masked(lang, greeting):
    turns = [greeting, "Добрый день, хочу записаться." if lang == "ru" else "Hello."]
    assert persons(turns, lang, [A, C]) == []


@pytest.mark.parametrize(("lang", "turns", "name"), [
    ("ru", ["Добрый день, Марина Соколова.", "Да, слушаю."], "Марина Соколова."),
    ("en", ["Good morning, is that Daniel Okafor?", "Yes, speaking."], "Daniel Okafor?"),
    ("uk", ["Ірино Петрівно, добрий день.", "Так, слухаю."], "Ірино Петрівно,"),
])
def test_the_callers_full_name_in_the_opening_turn_is_still_masked(lang, turns, name):
    assert name in " ".join(persons(turns, lang, [A, C]))


def test_the_callers_name_after_the_agents_greeting_is_still_masked():
    turns = ["Клініка «Вітаміна», адміністратор Оксана.", "Мене звати Богдан Кравчук."]
    assert persons(turns, "uk", [A, C]) == ["Богдан Кравчук."]


# Pets, car models, places named after people ---------------------------------------------


@pytest.mark.parametrize(("lang", "turn"), [
    ("ru", "Собаке нужна стрижка, её зовут Маркиза, ей три года."),
    ("ru", "у нас кошка зовут василиса ей два года"),
    ("uk", "Моєму коту потрібен огляд, його звати Степан."),
    ("en", "My puppy Oscar has a sore paw."),
    ("lt", "Šuniui reikia skiepų, jo vardas Džekas."),
])
def test_a_pets_name_is_not_a_person(lang, turn):
    assert persons([turn], lang) == []


@pytest.mark.parametrize(("lang", "turn"), [
    ("ru", "Моя Лада Калина стоит у вас на диагностике."),
    ("uk", "Забираю свою Шкоду Фабію з ремонту."),
])
def test_a_car_model_is_not_a_person(lang, turn):
    assert persons([turn], lang) == []


@pytest.mark.parametrize(("lang", "turn"), [
    ("en", "Is the branch near Albert Square still open on Sundays?"),
    ("en", "I'll pick it up at the depot by Victoria station."),
    ("ru", "Квартира у метро Александра Невского ещё сдаётся?"),
])
def test_a_place_named_after_a_person_is_not_a_person(lang, turn):
    assert persons([turn], lang) == []


def test_the_owners_name_beside_a_pet_or_a_street_is_still_masked():
    assert "Павел Соколов." in " ".join(persons(
        ["Кот записан на меня, Павел Соколов."], "ru"))
    assert persons(["My name is Oliver Grant, I live near Victoria Square."], "en") \
        == ["Oliver Grant,"]


# Lithuanian common words shaped like surnames or first names -------------------------------


@pytest.mark.parametrize("turn", [
    "kas yra sąskaitos savininkas",
    "paspauskite mygtukas trys",
    "darželis dirba iki šešių",
    "Paskutinis dalykas – patvirtinimo kodas.",
])
def test_lithuanian_common_words_are_not_names(turn):
    assert persons([turn], "lt", [A]) == []


def test_lithuanian_surnames_and_listed_first_names_are_still_names():
    assert persons(["mano vardas tomas jankauskas"], "lt") == ["tomas jankauskas"]
    assert persons(["Rašykite: Vaida Petrauskienė."], "lt") == ["Vaida Petrauskienė."]


# Addresses: a tracking number after a street, English street words without a street --------


@pytest.mark.parametrize(("lang", "turn"), [
    ("ru", "Заказ ждёт в пункте выдачи на улице Гагарина, трек-номер 58204417730912."),
    ("uk", "Посилка на вулиці Франка, ТТН 20450081337265."),
    ("en", "It's at the locker on Mill Road, tracking number 66120934401."),
])
def test_a_tracking_number_after_a_street_is_no_house_number(lang, turn):
    assert addresses([turn], lang, [A]) == []


@pytest.mark.parametrize("turn", [
    "The flat is 64 square metres on the 3rd floor.",
    "You're in row 12, seats 4 and 5.",
    "seven two sorry i lost my place four four one",
])
def test_english_street_words_with_no_street_name_are_no_address(turn):
    assert addresses([turn], "en") == []


@pytest.mark.parametrize(("lang", "turn", "address"), [
    ("en", "The address is 14 Albert Square, Leeds.", "14 Albert Square,"),
    ("en", "flat 3 twenty two mill road", "flat 3 twenty two mill road"),
    ("ru", "Доставьте на улицу Гагарина, дом 5.", "улицу Гагарина, дом 5."),
])
def test_a_street_with_its_house_number_is_still_an_address(lang, turn, address):
    assert address in " ".join(addresses([turn], lang))


# Numbers that are no caller's: hotlines, parcels, reports; distances -----------------------


@pytest.mark.parametrize(("lang", "turn"), [
    ("ru", "По вопросам доставки звоните на горячую линию 8 495 700 12 34."),
    ("uk", "дзвоніть на гарячу лінію нуль сорок чотири двісті двадцять три сорок п'ять"
           " шістдесят сім"),
    ("lt", "Skambinkite karštąja linija 8 700 31 444, tai nemokama."),
    ("en", "He rang the wrong number, so I'm chasing parcel 3094418275."),
    ("lt", "Jūsų pranešimo numeris 5520931."),
])
def test_a_hotline_parcel_or_report_number_is_no_phone(lang, turn):
    assert [kind for kind, _ in found([turn], lang, [A])] == []


def test_the_callers_phone_after_a_hotline_mention_is_still_a_phone():
    turns = ["Горячая линия не отвечала.", "Какой ваш телефон?", "+7 916 204 33 18."]
    assert ("PHONE", "+7 916 204 33 18.") in found(turns, "ru", [C, A, C])


@pytest.mark.parametrize(("lang", "turn"), [
    ("ru", "Договор на имя Олега Сидорова, пробег 187000 километров."),
    ("uk", "договір оформлено пробіг сто сорок тисяч кілометрів"),
    ("lt", "Sutartis sudaryta, rida 156000 kilometrų."),
])
def test_a_distance_after_a_contract_word_is_no_account(lang, turn):
    assert "ACCOUNT" not in [kind for kind, _ in found([turn], lang, [A])]


# Asked, not named; a pet's name said again; an English agent's unlisted name ---------------


@pytest.mark.parametrize(("lang", "turn"), [
    ("ru", "На чьё имя оформляем?"),
    ("uk", "На чиє ім'я квитанція?"),
])
def test_whose_name_asks_and_names_no_one(lang, turn):
    assert persons([turn], lang, [A]) == []


def test_a_pets_name_said_again_later_is_still_no_person():
    turns = ["My dog Rufus needs his jab.", "Booked. Bring Rufus in at ten."]
    assert persons(turns, "en", [C, A]) == []


def test_an_english_agents_unlisted_name_closing_the_greeting_is_not_masked():
    assert persons(["Hi, Halcyon Travel, it's Anwen.", "Hi."], "en", [A, C]) == []


# Cards: two halves with an aside and its answer between; the agent echoing a group ---------


@pytest.mark.parametrize(("lang", "turns"), [
    ("ru", ["Диктуйте номер карты.", "4276 3801.", "А кэшбэк будет?", "Будет, продолжайте.",
            "Так, где я был... 2715 4409."]),
    ("uk", ["Диктуйте номер картки.", "5375 4141.", "Ой, а ліміт є?", "Немає, далі.",
            "Добре, далі: 0923 1142."]),
    ("en", ["Go ahead with the card number.", "4929 1702.", "Sorry, is there a fee?",
            "No fee, carry on.", "Right, then 3317 5527."]),
    ("lt", ["Sakykite kortelės numerį.", "4779 1508.", "O komisinis yra?", "Nėra, tęskite.",
            "Gerai, toliau: 2264 3318."]),
])
def test_a_card_in_two_halves_with_an_aside_and_its_answer_between_is_one_card(lang, turns):
    halves = [t for t in turns if t[-2].isdigit()]
    body = "".join(c for t in halves for c in t if c.isdigit())[:15]
    turns = [t.replace(halves[1].split()[-1], luhn_complete(body)[-4:] + ".")
             if t is halves[1] else t for t in turns]
    cards = [text for kind, text in found(turns, lang, [A, C, C, A, C]) if kind == "CARD"]
    assert len(cards) == 1 and cards[0].count("|") == 1


@pytest.mark.parametrize(("lang", "turns", "echo"), [
    ("ru", ["Номер карты?", "4276", "4276, так.", "3801 2715", "3801 2715, так.", "44"],
     "4276,"),
    ("en", ["Card number?", "4929", "4929, yes.", "1702 3317", "1702 3317, yes.", "55"],
     "4929,"),
])
def test_the_agent_echoing_a_group_of_the_card_being_dictated_is_card(lang, turns, echo):
    turns[-1] = luhn_complete(turns[1] + turns[3].replace(" ", "") + turns[-1][0])[-2:]
    cards = " || ".join(text for kind, text in found(turns, lang, [A, C, A, C, A, C])
                        if kind == "CARD")
    assert echo in cards.split(" || ")


def test_the_card_ending_said_in_a_longer_turn_is_no_echo():
    card = luhn_complete("427638012715440")
    turns = ["Номер карты?", card, "Спасибо, оплата по карте, оканчивающейся на "
             + card[-4:] + ", прошла успешно."]
    cards = [text for kind, text in found(turns, "ru", [A, C, A]) if kind == "CARD"]
    assert cards == [card]


# Phones: «восьмёрка» for the leading 8; a new number asked for ------------------------------


@pytest.mark.parametrize(("lang", "turns", "phone"), [
    ("ru", ["По какому номеру перезвонить?",
            "восьмёрка девятьсот шестнадцать двести сорок один семнадцать ноль три"],
     "восьмёрка девятьсот шестнадцать двести сорок один семнадцать ноль три"),
    ("uk", ["На який номер передзвонити?",
            "вісімка нуль шістдесят сім сто двадцять три сорок п'ять шістдесят сім"],
     "вісімка нуль шістдесят сім сто двадцять три сорок п'ять шістдесят сім"),
])
def test_the_leading_eight_said_as_a_noun_is_part_of_the_phone(lang, turns, phone):
    assert ("PHONE", phone) in found(turns, lang, [A, C])


@pytest.mark.parametrize(("lang", "turns"), [
    ("ru", ["Диктуйте новый номер.", "89163051742"]),
    ("uk", ["Диктуйте новий номер.", "0671234567"]),
    ("en", ["Go ahead with the new number.", "07700 900 461"]),
    ("lt", ["Sakykite naują numerį.", "861234567"]),
])
def test_a_number_given_when_the_new_number_is_asked_for_is_a_phone(lang, turns):
    assert [kind for kind, _ in found(turns, lang, [A, C])] == ["PHONE"]


# Times and amounts after a card payment; "the card whose end is ..." ------------------------


@pytest.mark.parametrize(("lang", "turns"), [
    ("ru", ["Код с обратной стороны?", "три один восемь", "Оплата прошла, ждём вас в среду в "
            "восемь тридцать."]),
    ("en", ["And the security code?", "four four one", "Done, see you Friday at seven fifteen."]),
    ("lt", ["Saugos kodas?", "du penki šeši", "apmokėjimas priimtas suma trisdešimt vienas euras"]),
])
def test_a_time_or_an_amount_after_the_code_is_no_code(lang, turns):
    kinds = [kind for kind, _ in found(turns, lang, [A, C, A])]
    assert kinds == ["CVV"]


@pytest.mark.parametrize(("lang", "turn"), [
    ("ru", "Карту с окончанием 4417 блокирую."),
    ("uk", "Картку з закінченням 4417 заблоковано."),
    ("lt", "Mokėjimas kortele, kurios pabaiga 4417, praėjo."),
])
def test_the_cards_end_said_as_a_noun_is_not_masked(lang, turn):
    assert found([turn], lang, [A]) == []


def test_a_new_passports_number_is_no_phone():
    turns = ["Паспорт у меня новый, номер 45 1839207, а заявку подавали по старому."]
    assert [kind for kind, _ in found(turns, "ru")] == ["PASSPORT"]


# A company named like a person before the agent names herself -------------------------------


@pytest.mark.parametrize(("lang", "greeting"), [
    ("en", "hi morgan price lettings it's sophie"),
    ("en", "Walker Brown Solicitors, my name is Hannah, how can I help?"),
    ("ru", "здравствуйте ателье анна петрова меня зовут ольга чем могу помочь"),
])
def test_a_company_named_like_a_person_before_the_agents_name_is_not_masked(lang, greeting):
    assert persons([greeting, "hello"], lang, [A, C]) == []


def test_the_caller_addressed_before_the_agents_name_is_still_masked():
    turns = ["Ирина Сергеевна, здравствуйте, меня зовут Ольга, банк «Заря».", "Да."]
    assert persons(turns, "ru", [A, C]) == ["Ирина Сергеевна,"]


# The card's security number, Amex's four digits over the number -----------------------------


@pytest.mark.parametrize(("lang", "turns", "code"), [
    ("en", ["And the security number?", "Uh 907."], "907."),
    ("ru", ["И четыре цифры кода над номером.", "Так, 2281."], "2281."),
    ("uk", ["і чотири цифри коду над номером", "шість два нуль вісім"], "шість два нуль вісім"),
])
def test_the_security_number_and_the_four_digits_over_the_number_are_cvv(lang, turns, code):
    assert ("CVV", code) in found(turns, lang, [A, C])


def test_a_social_security_number_is_no_cvv():
    kinds = [kind for kind, _ in found(["And your social security number?", "078-05-1120"],
                                       "en", [A, C])]
    assert kinds == ["NATIONAL_ID"]


# A passport's series in its own turn after "series and number?" -----------------------------


@pytest.mark.parametrize(("lang", "turns", "series"), [
    ("ru", ["Серию и номер паспорта, пожалуйста.", "45 09.", "Так. Номер?", "731406."], "45 09."),
    ("ru", ["назовите серию и номер паспорта", "ну сорок пять ноль девять", "номер",
            "семьсот тридцать один четыреста шесть"], "сорок пять ноль девять"),
])
def test_a_series_in_its_own_turn_after_the_question_joins_the_passport(lang, turns, series):
    passports = [text for kind, text in found(turns, lang, [A, C, A, C]) if kind == "PASSPORT"]
    assert len(passports) == 1 and passports[0].startswith(series)


def test_digits_before_a_number_asked_for_without_a_series_stay_apart():
    turns = ["Номер паспорта?", "Секунду.", "Номер?", "731406215."]
    assert [kind for kind, _ in found(turns, "ru", [A, C, A, C])] == ["PASSPORT"]


@pytest.mark.parametrize(("lang", "turn"), [
    ("ru", "письма шли на старый адрес исправила занятие в шестнадцать тридцать"),
    ("uk", "листи йшли на стару адресу виправила урок о сімнадцятій тридцять"),
])
def test_a_time_after_an_address_word_is_no_house_number(lang, turn):
    assert addresses([turn], lang, [A]) == []


# Emails with a spelled domain; a service plan's number -------------------------------------


@pytest.mark.parametrize(("lang", "turn", "email"), [
    ("en", "it's hollis seven at b t internet dot com",
     "hollis seven at b t internet dot com"),
    ("lt", "rašykit jonas taškas petraitis eta splius taškas el tė",
     "jonas taškas petraitis eta splius taškas el tė"),
])
def test_a_domain_said_in_letters_is_inside_the_email(lang, turn, email):
    emails = [text for kind, text in found([turn], lang) if kind == "EMAIL"]
    assert len(emails) == 1 and emails[0].endswith(email)


def test_a_service_plan_number_is_an_account():
    turns = ["Can I take your service plan number?", "sixty one forty two oh nine seven"]
    assert [kind for kind, _ in found(turns, "en", [A, C])] == ["ACCOUNT"]
