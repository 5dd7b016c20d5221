"""Redaction classes of the number types found on blind sets 23 and 24 (round 20, numbers
half), written as general mechanisms with new values and wording in every language they
apply to, with hard negatives beside them: a firm's ten-digit INN said by the agent is no
one's NATIONAL_ID; a pet's chip, a lab tube's barcode, a device's serial, a parcel and a
meter reading name a thing's own number; a pet's or patient's record card is no payment
card; an office extension, a one-time SMS code, a firm's or charity's registration number,
the agent's rental agreement and a bill with its amount are no one's PII; the code given
after the caller refused it and was reassured is the CVV; «зиро» and the Lithuanian ASR's
slips are digits; «я на телефоне» is an aside, not a phone cue; no card is joined across a
month's name; "sausio 28" is a day, not an expiry; a year said after the code was given is
no CVV.

49 of these 65 tests fail on round 19 (main f339467); the rest, guards and hard negatives
that round 19 already got right in this wording, pass on both."""

from __future__ import annotations

import pytest
from _redact import found, luhn_complete, of_type, said

from speechqa.redact import checksums

A, C = "agent", "customer"


def _firm_inn(body: str) -> str:
    """A ten-digit INN (a firm's) with its check digit."""
    return next(body + d for d in "0123456789" if checksums.inn(body + d))


def _kinds(turns: list[str], lang: str, roles: list[str]) -> list[str]:
    return [kind for kind, _ in found(turns, lang, roles)]


# A firm's INN ---------------------------------------------------------------------------------


def test_the_firms_ten_digit_inn_said_by_the_agent_is_no_national_id():
    inn = _firm_inn("772819305")
    turns = ["Клиника «Здоровье», Анна, слушаю.", f"ИНН нашей клиники {inn}, он в чеке."]
    assert "NATIONAL_ID" not in _kinds(turns, "ru", [A, A])


def test_the_firms_inn_spoken_by_the_agent_is_no_national_id():
    inn = _firm_inn("504217663")
    turns = ["магазин дом и сад алексей слушаю",
             f"продавец ооо луч инн {said(inn, 'ru')} он указан в накладной"]
    assert "NATIONAL_ID" not in _kinds(turns, "ru", [A, A])


def test_a_callers_own_inn_stays_a_national_id():
    """Guard: ten digits the caller gives as their INN are theirs to hide, and a person's
    twelve-digit INN always is."""
    inn = _firm_inn("381920447")
    assert of_type("NATIONAL_ID", ["Ваш ИНН?", f"ИНН мой {inn}"], "ru", [A, C]) == [inn]
    person = "500100732259"
    assert of_type("NATIONAL_ID", ["Ваш ИНН?", f"Мой ИНН {person}"], "ru", [A, C]) == [person]


# A thing's own number -----------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "turn"), [
    ("ru", "Карта кота 51730826, порода мейн-кун, чип {chip}, прививки сделаны."),
    ("uk", "Картка собаки 40917265, порода бігль, чіп {chip}, щеплення зроблені."),
    ("lt", "Augintinio kortelė 66120439, veislė taksas, čipas {chip}, skiepai atlikti."),
    ("en", "Pet file 83017264, a beagle called Rolo, chip {chip}, jabs are done."),
])
def test_a_pets_bare_chip_number_is_no_card(lang, turn):
    chip = luhn_complete("48810392771")  # twelve digits, Luhn-valid, a card's first digit
    assert _kinds([turn.format(chip=chip)], lang, [A]) == []


@pytest.mark.parametrize(("lang", "turn"), [
    ("lt", "Mėgintuvėlio brūkšninis kodas {serial}, rezultatai rytoj."),
    ("lt", "Kasos aparato serijos numeris {serial}, jo sakyti nereikia."),
    ("uk", "Номер посилки {serial}, відділення 41."),
    ("ru", "Номер посылки {serial}, пункт выдачи 17."),
    ("en", "Parcel {serial} is at the depot."),
])
def test_a_barcode_serial_or_parcel_number_is_no_card(lang, turn):
    serial = luhn_complete("4071593826143")  # fourteen digits, Luhn-valid
    assert _kinds([turn.format(serial=serial)], lang, [A]) == []


def test_a_serial_said_near_the_firms_inn_is_no_national_id():
    serial = luhn_complete("5290183746152")
    turns = [f"ИНН фонда {_firm_inn('780216944')}, чек придёт на почту.",
             f"Серийный номер кассы {serial}, его не называйте."]
    assert "NATIONAL_ID" not in _kinds(turns, "ru", [A, A])


@pytest.mark.parametrize(("lang", "turn"), [
    ("ru", "показания счётчика двадцать шесть тридцать девять девяносто один девяносто один"
           " восемьдесят пять восемнадцать приняты спасибо"),
    ("uk", "показання лічильника двадцять чотири вісімдесят п'ять вісімдесят чотири"
           " дев'яносто два тридцять п'ять п'ятдесят вісім прийняті дякую"),
    ("en", "your meter reading is thirty seven seventy four ninety eight seventy nine sixty"
           " five fifty one thanks"),
    ("lt", "skaitiklio rodmenys keturiasdešimt du šešiasdešimt vienas šešiasdešimt vienas"
           " septyniasdešimt keturi dvidešimt vienas trisdešimt du priimti ačiū"),
])
def test_a_meter_reading_in_a_card_call_is_no_card(lang, turn):
    """Twelve digits in pairs whose split reading passes Luhn, after the caller spoke of
    paying by card: a meter's reading names the meter's figure, no card."""
    question = {"ru": "хочу оплатить картой", "uk": "хочу оплатити карткою",
                "en": "i want to pay by card", "lt": "noriu mokėti kortele"}[lang]
    assert "CARD" not in _kinds([question, turn], lang, [C, A])


# A record card is no payment card -----------------------------------------------------------


@pytest.mark.parametrize(("lang", "turn"), [
    ("ru", "Карточка пациента {number}, анализы готовы."),
    ("uk", "Картка пацієнта {number}, аналізи готові."),
    ("lt", "Paciento kortelė {number}, tyrimai paruošti."),
    ("en", "Patient card {number}, the results are in."),
])
def test_a_patients_record_card_number_is_no_card(lang, turn):
    """A card-length number after a patient's card word (it fails Luhn: only the card word
    could make it a card)."""
    number = next(n for n in (f"5271048392{k:03d}" for k in range(100))
                  if not checksums.luhn(n))
    assert "CARD" not in _kinds([turn.format(number=number)], lang, [A])


# An office extension --------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "turn"), [
    ("ru", "Бухгалтерия 8 800 200 4417, добавочный 328."),
    ("uk", "Бухгалтерія 0 800 210 5546, внутрішній 472."),
    ("en", "Billing is on 0800 731 4402, extension 529."),
    ("lt", "Buhalterija 8 800 31 774, vidinis 618."),
])
def test_a_hotline_and_its_extension_are_no_card_or_code(lang, turn):
    turns = {"ru": "Диктуйте номер карты.", "uk": "Диктуйте номер картки.",
             "en": "Go ahead with the card number.", "lt": "Diktuokite kortelės numerį."}
    assert _kinds([turns[lang], turn], lang, [A, A]) == []


def test_the_callers_extension_after_the_card_code_is_no_cvv():
    turns = ["Код с обратной стороны?", "Код 318", "Спасибо.",
             "Я с работы, добавочный 2741, если прервётся."]
    assert of_type("CVV", turns, "ru", [A, C, A, C]) == ["318"]


# A one-time code ------------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "turn"), [
    ("ru", "Оплатил 900 рублей, код подтверждения из СМС 417305."),
    ("uk", "Сплатив 900 гривень, код підтвердження з СМС 417305."),
    ("en", "I paid 90 pounds, the confirmation code from the sms was 417305."),
    ("lt", "Sumokėjau 90 eurų, patvirtinimo kodas iš SMS 417305."),
])
def test_a_one_time_code_from_an_sms_is_no_phone(lang, turn):
    assert _kinds([turn], lang, [C]) == []


def test_a_phone_for_the_sms_stays_a_phone():
    """Guard: the number the code goes to is still a phone."""
    turns = ["На какой номер прислать код из СМС?", "На +7 916 204 33 81"]
    assert of_type("PHONE", turns, "ru", [A, C]) == ["+7 916 204 33 81"]


# A firm's or charity's registration number ------------------------------------------------


@pytest.mark.parametrize(("lang", "turns"), [
    ("uk", ["замовлення сорок один двадцять два продавець тов злагода єдрпоу сорок три"
            " шістдесят один двадцять сім вісімдесят", "наш код єдрпоу сорок три шістдесят"
            " один двадцять сім вісімдесят він у договорі"]),
    ("en", ["We're a registered charity, number 1092874.", "Gift Aid is on the receipt."]),
    ("en", ["Our company number is 04417263.", "It's on every invoice."]),
    ("lt", ["Mūsų įmonės kodas 302419876, jis sutartyje.", "Gero vakaro."]),
])
def test_a_firms_or_charitys_registration_number_is_no_pii(lang, turns):
    assert _kinds(turns, lang, [A, A]) == []


# The firm's paperwork -----------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "turn"), [
    ("ru", "Договор аренды 40718236, машина Kia Ceed, место 12."),
    ("uk", "Договір оренди 40718236, авто Kia Ceed, місце 12."),
    ("en", "Hire agreement 40718236, a blue Kia Ceed, bay 12."),
    ("lt", "Nuomos sutartis 40718236, automobilis Kia Ceed, vieta 12."),
])
def test_the_agents_rental_agreement_is_no_account(lang, turn):
    assert "ACCOUNT" not in _kinds([turn], lang, [A])


@pytest.mark.parametrize(("lang", "turn"), [
    ("lt", "Sąskaita 51820374, priskaičiuota 640 eurų."),
    ("lt", "sąskaita penkiasdešimt vienas aštuoniasdešimt du nulis trys septyniasdešimt"
           " keturi priskaičiuota šeši šimtai keturiasdešimt eurų"),
    ("ru", "Счёт 51820374, начислено 6 400 рублей."),
])
def test_the_agents_bill_with_its_amount_is_no_account(lang, turn):
    assert "ACCOUNT" not in _kinds([turn], lang, [A])


def test_the_callers_contract_with_its_debt_stays_an_account():
    """Guard: «по договору N долг X» names the caller's contract."""
    turns = ["Ирина, по договору 7301846152 долг 4 200 рублей, оплатить до 5 мая."]
    assert of_type("ACCOUNT", turns, "ru", [A]) == ["7301846152"]


# The code given after a refusal -------------------------------------------------------------


@pytest.mark.parametrize(("lang", "turns", "code"), [
    ("ru", ["Теперь три цифры на обороте.", "Нет, код я не называю, так банк велел.",
            "Понимаю, мы его не храним, он нужен один раз.", "Ладно, раз так: 604"], "604"),
    ("uk", ["А тепер три цифри на звороті.", "Ні, код я нікому не кажу.",
            "Розумію, ми його не зберігаємо.", "Ну гаразд, один раз: 871"], "871"),
    ("en", ["And the three digits on the back?", "I'd rather not, my bank says never to.",
            "That's fine, we don't keep it, it's used once.", "Oh all right then: 239"], "239"),
    ("lt", ["Ir trys skaitmenys kitoje pusėje.", "Ne, kodo niekam nesakau.",
            "Suprantu, mes jo nesaugome.", "Na gerai, vieną kartą: 517"], "517"),
])
def test_the_code_given_after_a_refusal_is_the_cvv(lang, turns, code):
    assert of_type("CVV", turns, lang, [A, C, A, C]) == [code]


def test_a_refusal_for_good_leaves_no_cvv():
    """Guard: refused, then a payment link; the caller's next digits are no code."""
    turns = ["И три цифры с обратной стороны.", "Нет, код не скажу.",
             "Хорошо, пришлю ссылку на номер из профиля, какой у вас номер?",
             "8 916 204 33 81"]
    assert of_type("CVV", turns, "ru", [A, C, A, C]) == []


# ASR zeros and slips ------------------------------------------------------------------------


def test_a_card_with_every_zero_said_the_english_way_is_one_card():
    card = luhn_complete("407150302816904")
    answer = said(card, "ru", {"0": "зиро"})
    assert found(["Диктуйте номер карты.", answer], "ru", [A, C]) == [("CARD", answer)]


def test_a_card_with_the_lithuanian_asrs_slips_is_one_card():
    card = luhn_complete("473975206719857")
    answer = said(card, "lt", {"7": "septini", "5": "pinki", "9": "devini"})
    assert found(["Diktuokite kortelės numerį.", answer], "lt", [A, C]) == [("CARD", answer)]


# An aside that mentions a phone -------------------------------------------------------------


@pytest.mark.parametrize(("lang", "turn"), [
    ("ru", "{a} Серёж, я на телефоне! — простите. {b}"),
    ("uk", "{a} Тарасе, я на телефоні! — вибачте. {b}"),
    ("en", "{a} Not now, I'm on the phone. Sorry about that. {b}"),
])
def test_a_card_cut_by_a_busy_on_the_phone_aside_is_one_card(lang, turn):
    card = luhn_complete("220431887750216")
    head, tail = card[:4], f"{card[4:8]} {card[8:12]} {card[12:]}"
    question = {"ru": "Номер карты?", "uk": "Номер картки?", "en": "The card number?"}[lang]
    kinds = _kinds([question, turn.format(a=head, b=tail)], lang, [A, C])
    assert kinds.count("CARD") == 1 and "PHONE" not in kinds and "CVV" not in kinds
    assert of_type("CARD", [question, turn.format(a=head, b=tail)], lang, [A, C]) \
        == [f"{head} | {tail}"]


# A date between two numbers -----------------------------------------------------------------


@pytest.mark.parametrize(("lang", "turn"), [
    ("ru", "поездка {ref} двенадцатое марта в {time} машина номер сорок"),
    ("uk", "поїздка {ref} дванадцятого березня о {time} машина номер сорок"),
    ("lt", "kelionė {ref} kovo dvylika {time} automobilio numeris keturiasdešimt"),
])
def test_a_trip_reference_then_its_date_and_time_is_no_card(lang, turn):
    """A reference, a date and a time after the caller's card question: whatever their
    digits add up to, a month's name stands between them."""
    question = {"ru": "хочу сменить карту", "uk": "хочу змінити картку",
                "lt": "noriu pakeisti kortelę"}[lang]
    for ref, time in (("51 27 40 93", "16 45"), ("48 09 13 62", "9 30"),
                      ("37 71 52 08", "21 15")):
        words = turn.format(ref=" ".join(said(g, lang) for g in ref.split()),
                            time=" ".join(said(g, lang) for g in time.split()))
        assert "CARD" not in _kinds([question, words], lang, [C, A])


def test_a_lithuanian_month_and_day_is_no_expiry():
    turns = ["Noriu garantuoti rezervaciją kortele.", "Rezervacija 73105528, atvykstu vasario 27."]
    assert "EXPIRY" not in _kinds(turns, "lt", [C, C])


# A number after the code was given ----------------------------------------------------------


@pytest.mark.parametrize(("lang", "turns", "code"), [
    ("en", ["And the three digits on the back.", "418", "Thanks, that's gone through.",
            "I've been a customer since 2012."], "418"),
    ("ru", ["И три цифры на обороте.", "418", "Спасибо, платёж прошёл.",
            "Я у вас с 2012."], "418"),
    ("uk", ["І три цифри на звороті.", "418", "Дякую, оплата пройшла.",
            "Я у вас з 2012."], "418"),
    ("lt", ["Ir trys skaitmenys kitoje pusėje.", "418", "Ačiū, apmokėta.",
            "Aš jūsų klientas nuo 2012."], "418"),
])
def test_a_year_after_the_code_was_given_is_no_cvv(lang, turns, code):
    assert of_type("CVV", turns, lang, [A, C, A, C]) == [code]


def test_the_agents_read_back_of_the_code_stays_a_cvv():
    """Guard: the agent saying the code back ("That's 482 yes?") is the code again."""
    turns = ["And the security code on the back?", "482", "That's 482 yes?"]
    assert of_type("CVV", turns, "en", [A, C, A]) == ["482", "482"]


@pytest.mark.parametrize(("lang", "turn"), [
    ("en", "It's a chip and pin card, 4111 1111 1111 1111"),
    ("lt", "Kortelė su čipu 4111 1111 1111 1111"),
    ("ru", "Карта с чипом 4111 1111 1111 1111"),
])
def test_a_bank_card_with_a_chip_stays_a_card(lang, turn):
    """Guard: the chip of a bank card does not make its number a pet's chip."""
    question = {"en": "The card number?", "lt": "Kortelės numeris?", "ru": "Номер карты?"}[lang]
    assert of_type("CARD", [question, turn], lang, [A, C]) == ["4111 1111 1111 1111"]
