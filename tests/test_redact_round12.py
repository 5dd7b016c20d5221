"""Redaction classes found on blind set 14 (round 12), precision first, each with new wording
and names in the languages where it applies and hard negatives beside it: an agent's
self-introduction in Lithuanian phrasing, hesitations taken for names, a surname that names a
venue, show or instrument after its noun, and an English dictionary word capitalised because
it opens a sentence."""

from __future__ import annotations

import pytest
from _redact import found

A, C = "agent", "customer"


def of_type(kind: str, turns: list[str], lang: str, roles: list[str] | None = None) -> list[str]:
    return [text for found_kind, text in found(turns, lang, roles) if found_kind == kind]


# The agent introduces herself: her name is not the caller's PII ------------------------------


@pytest.mark.parametrize(("turns", "agent", "caller"), [
    (["labas vakaras elektros tinklai mane vardu jurgita kuo galiu padėti",
      "mano vardas tomas petrauskas"], "jurgita", "tomas petrauskas"),
    (["Laba diena, draudimo skyrius, mane vardu Ieva. Kaip į jus kreiptis?",
      "Mano vardas Lina Kazlauskienė."], "Ieva", "Lina Kazlauskienė."),
    (["laba diena mane vadina aistė kaip galiu padėti", "mano vardas darius jankauskas"],
     "aistė", "darius jankauskas"),
])
def test_a_lithuanian_agents_own_name_is_not_masked(turns, agent, caller):
    persons = of_type("PERSON", turns, "lt", [A, C])
    assert not any(agent in text for text in persons)
    assert caller in persons


def test_a_callers_mane_vardu_still_names_the_caller():
    turns = ["laba diena kuo galiu padėti", "laba diena mane vardu rimantas"]
    assert "rimantas" in of_type("PERSON", turns, "lt", [A, C])


# Hesitations are never names ------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "turns", "caller"), [
    ("ru", ["добрый день как к вам обращаться", "э-э меня зовут соколова вера павловна"],
     "соколова вера павловна"),
    ("uk", ["добрий день як до вас звертатися", "м-м мене звати кравчук"], "кравчук"),
    ("ru", ["здравствуйте как вас зовут", "ммм сергеев"], "сергеев"),
])
def test_a_hesitation_before_the_name_is_not_a_name(lang, turns, caller):
    assert of_type("PERSON", turns, lang, [A, C]) == [caller]


# A surname after a venue, show or instrument names its namesake -----------------------------


@pytest.mark.parametrize(("lang", "turns"), [
    ("ru", ["Добрый день, касса.", "Есть билеты в театр Вахтангова на субботу?"]),
    ("ru", ["здравствуйте", "хочу на выставку шишкина в воскресенье"]),
    ("ru", ["добрый день", "нужно настроить рояль бехштейн"]),
    ("uk", ["добрий день", "зустрінемося біля музею шевченка о третій"]),
    ("uk", ["Добрий день.", "Чи працює галерея Пимоненка у неділю?"]),
    ("ru", ["Адрес?", "Напротив памятника Лермонтова, дом 5."]),
])
def test_a_surname_after_a_venue_noun_is_not_a_person(lang, turns):
    assert of_type("PERSON", turns, lang, [A, C]) == []


def test_a_callers_name_beside_a_venue_is_still_masked():
    turns = ["как вас зовут", "меня зовут олег дорошенко, я был на выставке вчера"]
    assert "олег дорошенко" in " ".join(of_type("PERSON", turns, "ru", [A, C]))


# A capitalised English word that opens a sentence --------------------------------------------


@pytest.mark.parametrize("turns", [
    ["Right, I've booked the van for Friday. Leave the keys with reception.", "Okay."],
    ["Thanks, that's all set. Call us if the parcel is late.", "Will do."],
    ["Your order is confirmed. Watch for a text tomorrow morning.", "Great."],
])
def test_a_sentence_opening_dictionary_word_is_not_a_name(turns):
    assert of_type("PERSON", turns, "en", [A, C]) == []


def test_a_listed_first_name_opening_a_sentence_is_still_a_name():
    turns = ["Who should we add as the second driver?", "My husband. Grace, his sister, too."]
    assert "Grace" in " ".join(of_type("PERSON", turns, "en", [A, C]))


# Expiry and CVV asked for together, answered without a pause -------------------------------


@pytest.mark.parametrize(("lang", "turns", "expiry", "code"), [
    ("ru", ["срок действия карты и код с обратной стороны", "да ноль девять тридцать один "
            "триста двенадцать"], "ноль девять тридцать один", "триста двенадцать"),
    ("uk", ["термін дії і три цифри на звороті", "нуль два двадцять дев'ять сім сім один"],
     "нуль два двадцять дев'ять", "сім сім один"),
    ("en", ["the expiry date and the security code please", "eleven thirty forty four six"],
     "eleven thirty", "forty four six"),
    ("lt", ["galiojimo data ir cvv kodas", "dešimt dvidešimt aštuoni šeši šeši du"],
     "dešimt dvidešimt aštuoni", "šeši šeši du"),
])
def test_an_unpaused_expiry_and_code_are_cut_apart(lang, turns, expiry, code):
    findings = found(turns, lang, [A, C])
    assert ("EXPIRY", expiry) in findings
    assert ("CVV", code) in findings


def test_a_number_asked_for_without_the_card_is_not_cut_into_expiry_and_code():
    turns = ["продиктуйте номер телефона", "ноль девять тридцать один триста двенадцать"]
    kinds = {kind for kind, _text in found(turns, "ru", [A, C])}
    assert not kinds & {"EXPIRY", "CVV"}


# A written account number with a letter prefix, after its cue -------------------------------


@pytest.mark.parametrize(("lang", "turns", "account"), [
    ("ru", ["Назовите номер договора.", "Договор ТР-5512/870034."], "ТР-5512/870034."),
    ("uk", ["Ваш особовий рахунок?", "Рахунок PV-31/6620941"], "PV-31/6620941"),
    ("en", ["Can I take your policy number?", "Sure, it's HX-880/21347."], "HX-880/21347."),
    ("lt", ["Jūsų sutarties numeris?", "Sutarties numeris AB-7709/5521"], "AB-7709/5521"),
])
def test_a_lettered_account_number_after_its_cue_is_masked(lang, turns, account):
    assert ("ACCOUNT", account) in found(turns, lang, [A, C])


@pytest.mark.parametrize("turns", [
    ["Your policy number?", "I flew in on SU-1234 yesterday, is that relevant?"],
    ["Can you tell me the model?", "It is a KX-400123 washing machine."],
])
def test_a_lettered_code_without_its_cue_or_with_few_digits_is_not_an_account(turns):
    assert not any(kind == "ACCOUNT" for kind, _ in found(turns, "en", [A, C]))


# A spoken e-mail whose local part keeps its underscore -------------------------------------


@pytest.mark.parametrize(("lang", "turns", "email"), [
    ("lt", ["kokiu el paštu atsiųsti", "mm jonas_kairys eta gmail taškas com"],
     "jonas_kairys eta gmail taškas com"),
    ("uk", ["на яку пошту надіслати", "олена_гай равлик ukr крапка net"],
     "олена_гай равлик ukr крапка net"),
    ("ru", ["на какую почту прислать", "э-э anna-lee собака yandex точка ru"],
     "anna-lee собака yandex точка ru"),
    ("en", ["what's your email", "um tom_reid at outlook dot com"], "tom_reid at outlook dot com"),
])
def test_a_spoken_email_with_an_underscore_or_hyphen_is_masked_without_the_hesitation(
        lang, turns, email):
    assert ("EMAIL", email) in found(turns, lang, [A, C])


def test_a_lone_at_phrase_without_a_local_part_is_not_an_email():
    turns = ["where is the meeting", "- at town hall dot com is the website"]
    assert not any(kind == "EMAIL" for kind, _ in found(turns, "en", [A, C]))


# A name the dictionary reads only as a plural genitive noun --------------------------------


@pytest.mark.parametrize(("lang", "turns", "name"), [
    ("ru", ["как к вам обращаться", "меня зовут толик"], "толик"),
    ("ru", ["как вас зовут", "меня зовут пётр лапин записывайте"], "пётр лапин"),
])
def test_a_plural_genitive_reading_after_a_name_cue_is_a_name(lang, turns, name):
    assert name in of_type("PERSON", turns, lang, [A, C])


def test_a_plural_genitive_noun_without_a_name_cue_is_not_a_name():
    turns = ["что привезти", "пару толик соли и всё"]
    assert of_type("PERSON", turns, "ru", [A, C]) == []


@pytest.mark.parametrize(("turns", "name"), [
    (["Can I take your surname?", "Baker, B-A-K-E-R."], "Baker,"),
    (["Who am I speaking with?", "My name's Rose.", "Rose, what number should we call?"],
     "Rose,"),
])
def test_a_name_opening_a_turn_or_before_a_comma_is_still_a_name(turns, name):
    assert name in of_type("PERSON", turns, "en", [A, C, A])


def test_an_order_code_after_a_contract_word_is_not_an_account():
    turns = ["Laba diena, kalba Agnė.", "Noriu sutarties. Užsakymo numeris K44190273, ačiū."]
    assert not any(kind == "ACCOUNT" for kind, _ in found(turns, "lt", [A, C]))
