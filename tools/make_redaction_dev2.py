"""Write benchmarks/data/redaction_dev2.jsonl: a second development set for the redaction
detectors, written apart from redaction_eval.jsonl (other dialogues, other cue wording,
other ways of reading numbers) so that tuning on both is less tuning on one author's habits.

What it stresses is how numbers really come out of call-centre ASR: digit by digit with
«ноль»/«нуль»/"oh", in pairs, in triples, groups of four said as thousands, digits glued
by the recogniser ("4276"), mixed digits and words, "double five", hesitations and asides
between digits ("э", "секунду", "sorry", "wait", "palaukite"), a number dictated over
several turns with the agent acknowledging, and the agent reading it back. Hard negatives
sit next to the same cue words: amounts charged to a card, a card's last four digits, times,
appointment dates, order numbers, menu choices, counts.

Number words come from num2words. Spans are token ranges over ``text.split()``; an
entity's span includes the asides said inside it (they are masked with it).

    python tools/make_redaction_dev2.py                 # dev2, deterministic (seed 2026)
    python tools/make_redaction_dev2.py --batch dev3    # later held-out batches (dev3 ... dev6)
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
from pathlib import Path

from num2words import num2words

OUT = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "redaction_dev2.jsonl"
SEED = 2026
VARIANTS = 3  # per template: two in ASR style, one typed

# --- values ---------------------------------------------------------------------------------


def luhn_card(rng: random.Random) -> str:
    prefix, length = rng.choice([("4", 16), ("5", 16), ("22", 16), ("37", 15), ("6", 16),
                                 ("4", 13), ("62", 19)])
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for check in "0123456789":
        total = 0
        for index, char in enumerate(reversed(body + check)):
            value = int(char) * (2 if index % 2 else 1)
            total += value - 9 if value > 9 else value
        if total % 10 == 0:
            return body + check
    raise AssertionError


def rand_digits(n: int, rng: random.Random, first: str = "123456789") -> str:
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def phone(lang: str, rng: random.Random) -> str:
    if lang == "ru":
        return rng.choice(["8", "7"]) + "9" + rand_digits(9, rng, "0123456789")
    if lang == "uk":
        return "0" + rng.choice(["50", "67", "63", "93", "97", "66"]) + rand_digits(7, rng)
    if lang == "lt":
        return "86" + rand_digits(7, rng)
    return "07" + rand_digits(9, rng, "0123456789")


def inn12(rng: random.Random) -> str:
    d = rand_digits(10, rng)
    d += str(sum(int(a) * b for a, b in zip(d, (7, 2, 4, 10, 3, 5, 9, 4, 6, 8), strict=True))
             % 11 % 10)
    return d + str(sum(int(a) * b for a, b in zip(d, (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8),
                                                  strict=True)) % 11 % 10)


def snils(rng: random.Random) -> str:
    d = rand_digits(9, rng)
    total = sum(int(a) * b for a, b in zip(d, range(9, 0, -1), strict=True))
    check = total if total < 100 else (0 if total in (100, 101) else total % 101 % 100)
    return d + f"{check:02d}"


def rnokpp(rng: random.Random) -> str:
    d = rand_digits(9, rng)
    c = sum(int(a) * b for a, b in zip(d, (-1, 5, 7, 9, 4, 6, 10, 5, 7), strict=True)) % 11 % 10
    return d + str(c)


def asmens_kodas(rng: random.Random) -> str:
    while True:
        d = rng.choice("3456") + f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}" \
            f"{rng.randint(1, 28):02d}" + rand_digits(3, rng, "0123456789")
        c = sum(int(a) * b for a, b in zip(d, (1, 2, 3, 4, 5, 6, 7, 8, 9, 1), strict=True)) % 11
        if c == 10:
            c = sum(int(a) * b for a, b in zip(d, (3, 4, 5, 6, 7, 8, 9, 1, 2, 3),
                                               strict=True)) % 11 % 10
        return d + str(c)


def ssn(rng: random.Random) -> str:
    return f"{rng.randint(100, 665)}{rng.randint(10, 99)}{rng.randint(1000, 9999)}"


# --- saying numbers ------------------------------------------------------------------------

ASIDES = {
    "ru": ["э", "так", "секунду", "сейчас", "ну", "эээ", "минутку", "вот", "значит"],
    "uk": ["е", "так", "секунду", "зараз", "ну", "еее", "хвилинку", "от", "значить"],
    "en": ["uh", "um", "sorry", "wait", "let me see", "hang on", "er", "okay so"],
    "lt": ["ee", "taip", "palaukite", "nu", "sekundėlę", "žinoma", "tuoj"],
}
STYLES = ["single", "pairs", "triples", "fours", "glued", "mixed", "double"]
ZERO_WORD = {"ru": ["ноль", "нуль"], "uk": ["нуль", "ноль"], "en": ["zero", "oh"],
             "lt": ["nulis"]}


def cardinal(n: int, lang: str) -> str:
    text = num2words(n, lang=lang).replace(",", "").replace("-", " ")
    return re.sub(r"^(одна|один) (тысяча|тисяча)", r"\2", text)


def say_digit(d: str, lang: str, rng: random.Random) -> str:
    if d == "0":
        return rng.choice(ZERO_WORD[lang])
    return cardinal(int(d), lang)


def say_chunk(chunk: str, lang: str, rng: random.Random) -> str:
    """A chunk of digits as a person says it: leading zeros one by one, then the number."""
    if len(chunk) == 1:
        return say_digit(chunk, lang, rng)
    lead = len(chunk) - len(chunk.lstrip("0"))
    rest = chunk[lead:]
    parts = [say_digit("0", lang, rng) for _ in range(lead)]
    if rest:
        parts.append(cardinal(int(rest), lang))
    return " ".join(parts)


def chunks_of(digits: str, sizes: list[int]) -> list[str]:
    out, start = [], 0
    for size in sizes:
        if start >= len(digits):
            break
        out.append(digits[start:start + size])
        start += size
    if start < len(digits):
        out.append(digits[start:])
    return out


def say_number(digits: str, lang: str, rng: random.Random, asides: bool = True,
               style: str | None = None) -> str:
    """Digits read out in one of the ways callers do, maybe with hesitations between groups."""
    style = style or rng.choice(STYLES)
    if style == "double" and lang != "en":
        style = "single"
    if style == "single":
        chunks = list(digits)
    elif style == "pairs":
        chunks = chunks_of(digits, [2] * 12)
    elif style == "triples":
        chunks = chunks_of(digits, [3] * 8)
    elif style in ("fours", "glued", "mixed"):
        chunks = chunks_of(digits, [4] * 6)
    elif style == "odd":  # the recogniser's own grouping: digits and words, any sizes
        chunks = chunks_of(digits, [rng.randint(1, 5) for _ in range(len(digits))])
        return " ".join(chunk if rng.random() < 0.4 else say_chunk(chunk, lang, rng)
                        for chunk in chunks)
    else:
        chunks = list(digits)
    said: list[str] = []
    index = 0
    while index < len(chunks):
        chunk = chunks[index]
        if style == "glued":
            said.append(chunk)
        elif style == "mixed":
            said.append(chunk if rng.random() < 0.5 else " ".join(
                say_digit(d, lang, rng) for d in chunk))
        elif style == "double" and index + 1 < len(chunks) and chunks[index + 1] == chunk:
            said.append(("triple " if index + 2 < len(chunks) and chunks[index + 2] == chunk
                         else "double ") + say_digit(chunk, lang, rng))
            index += 2 if said[-1].startswith("double") else 3
            continue
        else:
            said.append(say_chunk(chunk, lang, rng))
        index += 1
        if asides and index < len(chunks) and rng.random() < 0.18:
            said.append(rng.choice(ASIDES[lang]))
    return " ".join(said)


def written_number(digits: str, rng: random.Random) -> str:
    sep = rng.choice([" ", "-", ""])
    if len(digits) in (15, 16, 19, 13):
        return sep.join(chunks_of(digits, [4] * 5)) if sep else digits
    return sep.join(chunks_of(digits, [3, 3, 2, 2, 2])) if sep else digits


MONTHS = {"ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                 "сентября", "октября", "ноября", "декабря"],
          "uk": ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
                 "вересня", "жовтня", "листопада", "грудня"],
          "en": ["january", "february", "march", "april", "may", "june", "july", "august",
                 "september", "october", "november", "december"],
          "lt": ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos",
                 "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio"]}


def ordinal_gen(n: int, lang: str) -> str:
    text = num2words(n, lang=lang, to="ordinal").replace("-", " ")
    text = re.sub(r"^(одна|один) ", "", text)
    if lang == "ru":
        return re.sub(r"(ый|ой|ий)$", "ого", text.replace("третий", "третьего"))
    if lang == "uk":
        return re.sub(r"(ий|ій)$", "ого", text.replace("третій", "третього"))
    return text


# --- templates -----------------------------------------------------------------------------
# Turns separated by " || ", each "A:" (agent) or "C:" (customer). A slot {TYPE} is one
# entity; {TYPE.k/n} is the k-th of n parts of one entity said over several turns;
# {TYPE=} repeats the last value of TYPE (the agent reading it back: a second entity).
# Negative slots: {MONEY} {TIME} {APPT} {LAST4} {ORDER} {MENU} {COUNT} {YEAR}.

TEMPLATES: dict[str, list[str]] = {
    "ru": [
        "A: продиктуйте цифры с лицевой стороны карточки || C: {CARD}",
        "A: какой номер у вашей банковской карты || C: сейчас достану кошелёк {CARD}",
        "C: карта мир номер {CARD.1/2} || A: угу записываю || C: {CARD.2/2}",
        "C: номер карточки {CARD} || A: повторяю {CARD=} верно || C: да всё верно",
        "A: назовите шестнадцать цифр на пластике || C: {CARD.1/3} || A: так || C: {CARD.2/3}"
        " || A: да || C: {CARD.3/3}",
        "A: до какого месяца действует карта || C: {EXPIRY}",
        "A: месяц и год окончания срока карты || C: {EXPIRY}",
        "A: и три цифры на обратной стороне || C: {CVV}",
        "A: код на обороте карты назовите || C: {CVV}",
        "A: куда вам перезвонить || C: на мобильный {PHONE}",
        "A: оставьте контактный номер || C: {PHONE.1/2} || A: так || C: {PHONE.2/2}",
        "A: на какой номер прислать смс || C: {PHONE}",
        "A: серия и номер паспорта || C: {PASSPORT}",
        "A: данные паспорта продиктуйте || C: {PASSPORT}",
        "A: ваш инн пожалуйста || C: {INN}",
        "A: номер снилс || C: {SNILS}",
        "A: когда вы родились || C: {DOB}",
        "A: для проверки дата рождения || C: {DOB}",
        "A: номер лицевого счёта || C: {ACCOUNT}",
        "A: номер договора у вас под рукой || C: да {ACCOUNT}",
        # hard negatives
        "C: с карты списали {MONEY} а я ничего не покупал",
        "A: карта заканчивается на {LAST4} верно || C: да",
        "A: последние четыре цифры {LAST4} || C: да это моя",
        "A: ваш заказ номер {ORDER} отправлен || C: спасибо",
        "A: запишу вас на {APPT} в {TIME} || C: хорошо",
        "A: для блокировки карты нажмите {MENU} || C: ага",
        "C: карту выпустили {COUNT} дней назад а она уже не работает",
        "A: на карте сейчас {MONEY} || C: понятно",
        "C: я клиент с {YEAR} года || A: спасибо что вы с нами",
    ],
    "uk": [
        "A: продиктуйте номер вашої картки || C: {CARD}",
        "A: які цифри на лицьовому боці картки || C: зараз {CARD}",
        "C: номер картки {CARD.1/2} || A: так записую || C: {CARD.2/2}",
        "C: картка {CARD} || A: перевірю {CARD=} так || C: так",
        "A: назвіть номер картки по чотири цифри || C: {CARD.1/3} || A: далі || C: {CARD.2/3}"
        " || A: ага || C: {CARD.3/3}",
        "A: до якого місяця дійсна картка || C: {EXPIRY}",
        "A: місяць і рік закінчення терміну картки || C: {EXPIRY}",
        "A: три цифри на звороті картки || C: {CVV}",
        "A: назвіть cvv код || C: {CVV}",
        "A: на який номер вам передзвонити || C: {PHONE}",
        "A: залиште номер мобільного || C: {PHONE.1/2} || A: так || C: {PHONE.2/2}",
        "A: на який номер надіслати смс || C: {PHONE}",
        "A: номер вашого паспорта || C: {PASSPORT}",
        "A: номер id картки || C: {IDCARD}",
        "A: ваш ідентифікаційний код || C: {RNOKPP}",
        "A: рнокпп назвіть || C: {RNOKPP}",
        "A: коли ви народилися || C: {DOB}",
        "A: дата народження для перевірки || C: {DOB}",
        "A: номер особового рахунку || C: {ACCOUNT}",
        "A: номер вашого договору || C: {ACCOUNT}",
        "C: з картки зняли {MONEY} а я нічого не купувала",
        "A: картка закінчується на {LAST4} так || C: так",
        "A: останні чотири цифри {LAST4} || C: так моя",
        "A: ваше замовлення номер {ORDER} вже в дорозі || C: дякую",
        "A: запишу вас на {APPT} о {TIME} || C: добре",
        "A: щоб заблокувати картку натисніть {MENU} || C: ага",
        "C: картку відкрили {COUNT} днів тому || A: зрозуміло",
        "A: на картці зараз {MONEY} || C: зрозуміло",
        "C: я ваш клієнт з {YEAR} року || A: дякуємо",
    ],
    "en": [
        "A: can you read me the long number on the front of the card || C: {CARD}",
        "A: what's the sixteen digit number on your debit card || C: okay it's {CARD}",
        "C: the card number is {CARD.1/2} || A: mhm got that || C: {CARD.2/2}",
        "C: my visa is {CARD} || A: so that's {CARD=} || C: correct",
        "A: go ahead with the card number || C: {CARD.1/3} || A: okay || C: {CARD.2/3}"
        " || A: yep || C: {CARD.3/3}",
        "A: and when does the card expire || C: {EXPIRY}",
        "A: the expiry month and year please || C: {EXPIRY}",
        "A: the three digit security code on the back || C: {CVV}",
        "A: and the cvv please || C: it's {CVV}",
        "A: what's the best number to reach you on || C: {PHONE}",
        "A: can i take a callback number || C: {PHONE.1/2} || A: yep || C: {PHONE.2/2}",
        "A: which mobile should we text the code to || C: {PHONE}",
        "A: your passport number please || C: {PASSPORT}",
        "A: can i have your social security number || C: {SSN}",
        "A: what's your date of birth || C: {DOB}",
        "A: when were you born || C: {DOB}",
        "A: the account number please || C: {ACCOUNT}",
        "A: your policy number || C: {ACCOUNT}",
        "C: they took {MONEY} off my card and i didn't buy anything",
        "A: the card ending in {LAST4} is that right || C: yes",
        "A: last four digits {LAST4} || C: that's the one",
        "A: your order number {ORDER} has shipped || C: thanks",
        "A: i can book you in on {APPT} at {TIME} || C: great",
        "A: to block your card press {MENU} || C: okay",
        "C: i got the card {COUNT} days ago || A: i see",
        "A: the balance on your card is {MONEY} || C: right",
        "C: i've been a customer since {YEAR} || A: thank you",
    ],
    "lt": [
        "A: padiktuokite kortelės numerį || C: {CARD}",
        "A: kokie skaičiai yra kortelės priekyje || C: tuoj {CARD}",
        "C: kortelės numeris {CARD.1/2} || A: taip užsirašau || C: {CARD.2/2}",
        "C: mano kortelė {CARD} || A: pakartoju {CARD=} teisingai || C: taip",
        "A: sakykite kortelės numerį po keturis || C: {CARD.1/3} || A: taip || C: {CARD.2/3}"
        " || A: gerai || C: {CARD.3/3}",
        "A: iki kada galioja kortelė || C: {EXPIRY}",
        "A: kortelės galiojimo mėnuo ir metai || C: {EXPIRY}",
        "A: trys skaitmenys kitoje kortelės pusėje || C: {CVV}",
        "A: cvv kodas || C: {CVV}",
        "A: kokiu numeriu jums paskambinti || C: {PHONE}",
        "A: palikite savo mobiliojo telefono numerį || C: {PHONE.1/2} || A: taip || C: {PHONE.2/2}",
        "A: kokiu numeriu atsiųsti sms || C: {PHONE}",
        "A: jūsų paso numeris || C: {PASSPORT}",
        "A: asmens kodas || C: {ASMENS}",
        "A: kada jūs gimėte || C: {DOB}",
        "A: jūsų gimimo data || C: {DOB}",
        "A: sąskaitos numeris || C: {ACCOUNT}",
        "A: sutarties numeris || C: {ACCOUNT}",
        "C: iš kortelės nuskaičiavo {MONEY} o aš nieko nepirkau",
        "A: kortelė baigiasi {LAST4} teisingai || C: taip",
        "A: paskutiniai keturi skaitmenys {LAST4} || C: taip",
        "A: jūsų užsakymas numeris {ORDER} išsiųstas || C: ačiū",
        "A: užrašau jus {APPT} {TIME} || C: gerai",
        "A: kortelei užblokuoti spauskite {MENU} || C: gerai",
        "C: kortelę gavau prieš {COUNT} dienas || A: supratau",
        "A: kortelės likutis {MONEY} || C: aišku",
        "C: esu jūsų klientas nuo {YEAR} metų || A: ačiū",
    ],
}
# dev3: written after the detector changes that dev2 drove, scored once before any further
# change (benchmarks/results/redaction-dev3-first-run.json): other dialogues and asides.
TEMPLATES_DEV3: dict[str, list[str]] = {
    "ru": [
        "A: мне нужен номер карты с которой была оплата || C: щас посмотрю {CARD}",
        "C: значит карта {CARD.1/4} || A: ага || C: {CARD.2/4} || A: угу || C: {CARD.3/4}"
        " || A: так || C: {CARD.4/4}",
        "A: я правильно записала {CARD} || C: да правильно",
        "A: и когда у карты заканчивается срок || C: {EXPIRY}",
        "A: код с оборота || C: {CVV}",
        "A: по какому телефону с вами связаться || C: {PHONE}",
        "C: запишите мой номер {PHONE} || A: записала",
        "A: паспорт серия номер || C: {PASSPORT}",
        "A: продиктуйте снилс || C: {SNILS}",
        "A: назовите дату вашего рождения || C: {DOB}",
        "A: номер вашего счёта || C: {ACCOUNT}",
        "C: у меня с карты ушло {MONEY} вчера в {TIME}",
        "A: карта на {LAST4} да || C: да на {LAST4}",
        "A: ваша заявка номер {ORDER} || C: хорошо",
        "A: вы можете подойти {APPT} || C: да могу",
        "A: чтобы перевыпустить карту нажмите {MENU} || C: ага нажал",
    ],
    "uk": [
        "A: мені потрібен номер картки з якої ви платили || C: хвилиночку {CARD}",
        "C: значить картка {CARD.1/4} || A: ага || C: {CARD.2/4} || A: так || C: {CARD.3/4}"
        " || A: угу || C: {CARD.4/4}",
        "A: я правильно записала {CARD} || C: так правильно",
        "A: коли закінчується термін дії картки || C: {EXPIRY}",
        "A: код зі зворотного боку || C: {CVV}",
        "A: за яким телефоном з вами зв'язатися || C: {PHONE}",
        "C: запишіть мій номер {PHONE} || A: записала",
        "A: серія та номер паспорта || C: {PASSPORT}",
        "A: ваш податковий номер || C: {RNOKPP}",
        "A: назвіть дату вашого народження || C: {DOB}",
        "A: номер вашого рахунку || C: {ACCOUNT}",
        "C: з картки пішло {MONEY} вчора о {TIME}",
        "A: картка на {LAST4} так || C: так на {LAST4}",
        "A: ваша заявка номер {ORDER} || C: добре",
        "A: чи можете ви підійти {APPT} || C: так можу",
        "A: щоб перевипустити картку натисніть {MENU} || C: ага",
    ],
    "en": [
        "A: i need the number of the card you paid with || C: one sec {CARD}",
        "C: so the card is {CARD.1/4} || A: uh huh || C: {CARD.2/4} || A: yep || C: {CARD.3/4}"
        " || A: okay || C: {CARD.4/4}",
        "A: let me read that back {CARD} || C: that's right",
        "A: and when does it run out || C: {EXPIRY}",
        "A: the code from the back || C: {CVV}",
        "A: what number can we get you on || C: {PHONE}",
        "C: take down my number {PHONE} || A: got it",
        "A: and the passport number || C: {PASSPORT}",
        "A: last thing your social please || C: {SSN}",
        "A: can you confirm your date of birth || C: {DOB}",
        "A: what's the account number || C: {ACCOUNT}",
        "C: {MONEY} went off my card yesterday at {TIME}",
        "A: the card ending {LAST4} || C: yes ending {LAST4}",
        "A: your reference is {ORDER} || C: okay",
        "A: could you come in {APPT} || C: yes",
        "A: to order a replacement card press {MENU} || C: okay",
    ],
    "lt": [
        "A: man reikia kortelės kuria mokėjote numerio || C: minutėlę {CARD}",
        "C: kortelė {CARD.1/4} || A: aha || C: {CARD.2/4} || A: taip || C: {CARD.3/4}"
        " || A: gerai || C: {CARD.4/4}",
        "A: ar teisingai užrašiau {CARD} || C: taip teisingai",
        "A: kada baigiasi kortelės galiojimas || C: {EXPIRY}",
        "A: kodas kitoje pusėje || C: {CVV}",
        "A: kokiu telefonu su jumis susisiekti || C: {PHONE}",
        "C: užsirašykite mano numerį {PHONE} || A: užsirašiau",
        "A: paso numeris prašau || C: {PASSPORT}",
        "A: jūsų asmens kodas || C: {ASMENS}",
        "A: pasakykite savo gimimo datą || C: {DOB}",
        "A: jūsų sąskaitos numeris || C: {ACCOUNT}",
        "C: iš kortelės vakar nuėjo {MONEY} {TIME}",
        "A: kortelė baigiasi {LAST4} taip || C: taip {LAST4}",
        "A: jūsų prašymo numeris {ORDER} || C: gerai",
        "A: ar galite atvykti {APPT} || C: taip",
        "A: norėdami pakeisti kortelę spauskite {MENU} || C: gerai",
    ],
}
ASIDES_DEV3 = {
    "ru": ["щас посмотрю", "так так", "минуточку", "извините", "нет", "ой", "ага"],
    "uk": ["хвилиночку", "так так", "ой", "вибачте", "ні", "ага"],
    "en": ["hold on", "one sec", "oops", "i mean", "scratch that", "okay"],
    "lt": ["minutėlę", "oi", "atsiprašau", "ne", "aha"],
}
# dev4: written after the dev3-driven changes, scored once: several entities per call,
# read-backs with a question, other asides.
TEMPLATES_DEV4: dict[str, list[str]] = {
    "ru": [
        "A: номер карты срок и код пожалуйста || C: {CARD} || A: срок || C: {EXPIRY} || A: код"
        " || C: {CVV}",
        "C: карта {CARD.1/2} || A: слушаю дальше || C: {CARD.2/2} || A: то есть {CARD=} верно"
        " || C: верно",
        "A: телефон для связи у вас какой || C: {PHONE.1/3} || A: ага || C: {PHONE.2/3}"
        " || A: так || C: {PHONE.3/3}",
        "A: уточните дату рождения и инн || C: {DOB} а инн {INN}",
        "A: на какое имя договор и его номер || C: договор номер {ACCOUNT}",
        "C: вчера в {TIME} с карты сняли {MONEY} а потом ещё {MONEY}",
        "A: карта с последними цифрами {LAST4} заблокирована на {COUNT} дней || C: ясно",
        "A: перезвоните нам {APPT} или нажмите {MENU} || C: понял",
    ],
    "uk": [
        "A: номер картки термін і код будь ласка || C: {CARD} || A: термін || C: {EXPIRY}"
        " || A: код || C: {CVV}",
        "C: картка {CARD.1/2} || A: слухаю далі || C: {CARD.2/2} || A: тобто {CARD=} вірно"
        " || C: вірно",
        "A: який у вас телефон для зв'язку || C: {PHONE.1/3} || A: ага || C: {PHONE.2/3}"
        " || A: так || C: {PHONE.3/3}",
        "A: уточніть дату народження та ідентифікаційний код || C: {DOB} а код {RNOKPP}",
        "A: номер вашого договору || C: договір номер {ACCOUNT}",
        "C: вчора о {TIME} з картки зняли {MONEY} а потім ще {MONEY}",
        "A: картку з останніми цифрами {LAST4} заблоковано на {COUNT} днів || C: зрозуміло",
        "A: зателефонуйте нам {APPT} або натисніть {MENU} || C: зрозумів",
    ],
    "en": [
        "A: card number expiry and security code please || C: {CARD} || A: expiry"
        " || C: {EXPIRY} || A: and the code || C: {CVV}",
        "C: the card is {CARD.1/2} || A: go on || C: {CARD.2/2} || A: so {CARD=} is that"
        " right || C: that's right",
        "A: what's a good contact number || C: {PHONE.1/3} || A: uh huh || C: {PHONE.2/3}"
        " || A: yep || C: {PHONE.3/3}",
        "A: can you confirm your date of birth and social || C: {DOB} and it's {SSN}",
        "A: what's the policy number || C: policy number {ACCOUNT}",
        "C: yesterday at {TIME} they took {MONEY} and then another {MONEY}",
        "A: the card ending {LAST4} is blocked for {COUNT} days || C: i see",
        "A: call us back {APPT} or press {MENU} || C: okay",
    ],
    "lt": [
        "A: kortelės numeris galiojimas ir kodas || C: {CARD} || A: galiojimas || C: {EXPIRY}"
        " || A: kodas || C: {CVV}",
        "C: kortelė {CARD.1/2} || A: klausau toliau || C: {CARD.2/2} || A: tai {CARD=}"
        " teisingai || C: teisingai",
        "A: koks jūsų kontaktinis telefonas || C: {PHONE.1/3} || A: aha || C: {PHONE.2/3}"
        " || A: taip || C: {PHONE.3/3}",
        "A: patikslinkite gimimo datą ir asmens kodą || C: {DOB} o kodas {ASMENS}",
        "A: jūsų sutarties numeris || C: sutarties numeris {ACCOUNT}",
        "C: vakar {TIME} iš kortelės nuskaičiavo {MONEY} o paskui dar {MONEY}",
        "A: kortelė su paskutiniais skaitmenimis {LAST4} užblokuota {COUNT} dienoms"
        " || C: aišku",
        "A: paskambinkite mums {APPT} arba spauskite {MENU} || C: gerai",
    ],
}
ASIDES_DEV4 = {
    "ru": ["э", "так", "щас", "секундочку", "погодите", "ага", "вот"],
    "uk": ["е", "так", "зараз", "секундочку", "почекайте", "ага"],
    "en": ["uh", "er", "just a moment", "hmm", "bear with me", "right"],
    "lt": ["ee", "taip", "tuoj tuoj", "palaukit", "aha"],
}
# dev5: written after the dev4-driven changes, scored once: the recogniser's odd grouping,
# corrections, customers who give the number unasked, agents confirming.
TEMPLATES_DEV5: dict[str, list[str]] = {
    "ru": [
        "C: здравствуйте у меня списание по карте {CARD} хочу оспорить",
        "A: слушаю вас || C: карта {CARD.1/2} нет стоп {CARD.2/2}",
        "A: продиктуйте пожалуйста карту || C: {CARD} || A: проверяю || C: угу",
        "C: мой номер {PHONE} перезвоните пожалуйста",
        "A: для идентификации назовите паспорт || C: {PASSPORT}",
        "A: подскажите номер полиса || C: {ACCOUNT}",
        "C: оплатил {MONEY} по карте в {TIME} а деньги не дошли",
        "A: у вас две карты на {LAST4} и на {LAST4} какая нужна || C: первая",
        "A: ваше обращение зарегистрировано под номером {ORDER} || C: спасибо",
    ],
    "uk": [
        "C: добрий день у мене списання по картці {CARD} хочу оскаржити",
        "A: слухаю вас || C: картка {CARD.1/2} ні стоп {CARD.2/2}",
        "A: продиктуйте будь ласка картку || C: {CARD} || A: перевіряю || C: угу",
        "C: мій номер {PHONE} передзвоніть будь ласка",
        "A: для ідентифікації назвіть паспорт || C: {PASSPORT}",
        "A: підкажіть номер поліса || C: {ACCOUNT}",
        "C: сплатив {MONEY} карткою о {TIME} а гроші не надійшли",
        "A: у вас дві картки на {LAST4} і на {LAST4} яка потрібна || C: перша",
        "A: ваше звернення зареєстровано під номером {ORDER} || C: дякую",
    ],
    "en": [
        "C: hi there's a charge on my card {CARD} i want to dispute",
        "A: go ahead || C: the card is {CARD.1/2} no sorry {CARD.2/2}",
        "A: read me the card please || C: {CARD} || A: checking || C: mhm",
        "C: my number is {PHONE} call me back please",
        "A: to verify can i have your passport || C: {PASSPORT}",
        "A: what's your policy number || C: {ACCOUNT}",
        "C: i paid {MONEY} by card at {TIME} and it never arrived",
        "A: you have two cards ending {LAST4} and {LAST4} which one || C: the first",
        "A: your complaint reference is {ORDER} || C: thanks",
    ],
    "lt": [
        "C: laba diena nuskaičiavo nuo kortelės {CARD} noriu užginčyti",
        "A: klausau || C: kortelė {CARD.1/2} ne stop {CARD.2/2}",
        "A: padiktuokite kortelę || C: {CARD} || A: tikrinu || C: aha",
        "C: mano numeris {PHONE} perskambinkite",
        "A: tapatybei nustatyti pasakykite pasą || C: {PASSPORT}",
        "A: koks jūsų poliso numeris || C: {ACCOUNT}",
        "C: sumokėjau {MONEY} kortele {TIME} o pinigai neatėjo",
        "A: turite dvi korteles kurios baigiasi {LAST4} ir {LAST4} kuri || C: pirmoji",
        "A: jūsų kreipinio numeris {ORDER} || C: ačiū",
    ],
}
# dev6: written after all the changes, scored once and not tuned on: the closing figure.
TEMPLATES_DEV6: dict[str, list[str]] = {
    "ru": [
        "A: для возврата мне нужна карта получателя || C: записывайте {CARD}",
        "A: сверим данные карты || C: {CARD.1/2} || A: дальше || C: {CARD.2/2} || A: и до"
        " какого она || C: {EXPIRY}",
        "C: если что звоните на {PHONE} после обеда",
        "A: год месяц и день рождения || C: {DOB}",
        "A: номер лицевого счёта из квитанции || C: там написано {ACCOUNT}",
        "A: тариф стоит {MONEY} в месяц || C: дороговато",
        "A: оператор освободится через {COUNT} минут || C: подожду",
        "C: я звонил {APPT} в {TIME} и никто не ответил",
    ],
    "uk": [
        "A: для повернення мені потрібна картка отримувача || C: записуйте {CARD}",
        "A: звіримо дані картки || C: {CARD.1/2} || A: далі || C: {CARD.2/2} || A: і до якого"
        " вона || C: {EXPIRY}",
        "C: якщо що дзвоніть на {PHONE} після обіду",
        "A: рік місяць і день народження || C: {DOB}",
        "A: номер особового рахунку з квитанції || C: там написано {ACCOUNT}",
        "A: тариф коштує {MONEY} на місяць || C: дорогувато",
        "A: оператор звільниться через {COUNT} хвилин || C: почекаю",
        "C: я дзвонив {APPT} о {TIME} і ніхто не відповів",
    ],
    "en": [
        "A: for the refund i need the receiving card || C: write this down {CARD}",
        "A: let's check the card details || C: {CARD.1/2} || A: next || C: {CARD.2/2}"
        " || A: and it's good until || C: {EXPIRY}",
        "C: if anything ring me on {PHONE} after lunch",
        "A: year month and day of birth || C: {DOB}",
        "A: the account number from the bill || C: it says {ACCOUNT}",
        "A: the plan costs {MONEY} a month || C: bit pricey",
        "A: an agent will be free in {COUNT} minutes || C: i'll wait",
        "C: i rang {APPT} at {TIME} and nobody answered",
    ],
    "lt": [
        "A: grąžinimui reikia gavėjo kortelės || C: užsirašykite {CARD}",
        "A: patikrinkime kortelės duomenis || C: {CARD.1/2} || A: toliau || C: {CARD.2/2}"
        " || A: ir iki kada ji galioja || C: {EXPIRY}",
        "C: jei ką skambinkite {PHONE} po pietų",
        "A: gimimo metai mėnuo ir diena || C: {DOB}",
        "A: sąskaitos numeris iš sąskaitos faktūros || C: ten parašyta {ACCOUNT}",
        "A: planas kainuoja {MONEY} per mėnesį || C: brangoka",
        "A: operatorius atsilaisvins po {COUNT} minučių || C: palauksiu",
        "C: skambinau {APPT} {TIME} ir niekas neatsiliepė",
    ],
}
# dev7 and dev8: written after the blind set's misses were fixed, to test those fixes' generality on
# other wording: a full card after "ending in", cards read as thousands, names in either
# order (half of them unlisted), spoken e-mails with two-word joiners, street addresses,
# lettered policy numbers, a phone asked for beside an account.
TEMPLATES_DEV7: dict[str, list[str]] = {
    "ru": [
        "A: оплачиваете картой которая оканчивается на {LAST4} || C: нет другой вот {CARD}",
        "A: продиктуйте карту || C: {CARDK} || A: срок и три цифры сзади || C: {EXPIRY} и {CVV}",
        "A: как к вам обращаться || C: {NAME} || A: спасибо",
        "C: пришлите чек на {EMAIL} пожалуйста",
        "A: куда везти заказ || C: {ADDRESS} || A: доставим {APPT}",
        "A: назовите номер полиса и телефон || C: полис {POLICY} телефон {PHONE}",
        "A: с вас {MONEY} заказ {ORDER} готов к {TIME} || C: нажму {MENU} для оплаты",
        "C: звоню за отца его зовут {NAME} он родился {DOB}",
    ],
    "uk": [
        "A: платите карткою що закінчується на {LAST4} || C: ні іншою ось {CARD}",
        "A: продиктуйте картку || C: {CARDK} || A: термін і три цифри ззаду || C: {EXPIRY}"
        " і {CVV}",
        "A: як до вас звертатися || C: {NAME} || A: дякую",
        "C: надішліть чек на {EMAIL} будь ласка",
        "A: куди везти замовлення || C: {ADDRESS} || A: доставимо {APPT}",
        "A: назвіть номер поліса і телефон || C: поліс {POLICY} телефон {PHONE}",
        "A: з вас {MONEY} замовлення {ORDER} буде о {TIME} || C: натисну {MENU} для оплати",
        "C: дзвоню за батька його звати {NAME} він народився {DOB}",
    ],
    "en": [
        "A: are you paying with the card ending in {LAST4} || C: no another one here {CARD}",
        "A: read me the card || C: {CARDK} || A: expiry and the three digits on the back"
        " || C: {EXPIRY} and {CVV}",
        "A: who am i speaking with || C: {NAME} || A: thanks",
        "C: please email the receipt to {EMAIL}",
        "A: where should we deliver || C: {ADDRESS} || A: it'll come {APPT}",
        "A: your policy number and phone please || C: policy {POLICY} phone {PHONE}",
        "A: that's {MONEY} order {ORDER} ready at {TIME} || C: i'll press {MENU} to pay",
        "C: i'm calling for my dad his name is {NAME} he was born {DOB}",
    ],
    "lt": [
        "A: mokate kortele kuri baigiasi {LAST4} || C: ne kita štai {CARD}",
        "A: padiktuokite kortelę || C: {CARDK} || A: galiojimas ir trys skaitmenys kitoje"
        " pusėje || C: {EXPIRY} ir {CVV}",
        "A: kaip į jus kreiptis || C: {NAME} || A: ačiū",
        "C: atsiųskite kvitą į {EMAIL} prašau",
        "A: kur pristatyti užsakymą || C: {ADDRESS} || A: pristatysime {APPT}",
        "A: poliso numeris ir telefonas || C: polisas {POLICY} telefonas {PHONE}",
        "A: mokėti {MONEY} užsakymas {ORDER} bus {TIME} || C: spausiu {MENU} apmokėjimui",
        "C: skambinu dėl tėvo jo vardas {NAME} jis gimė {DOB}",
    ],
}
# dev8: written after dev7's fixes; documents, tax numbers, accounts, names and addresses in
# other wording, each beside a harmless number of the same shape.
TEMPLATES_DEV8: dict[str, list[str]] = {
    "ru": [
        "A: паспортные данные пожалуйста || C: {PASSPORT} выдан в {YEAR} году",
        "C: инн у меня {INN} а снилс {SNILS}",
        "A: на кого оформлен договор || C: на жену {NAME} || A: а номер договора || C: {ACCOUNT}",
        "C: живу на {ADDRESS} подъезд {MENU}",
        "A: продиктуйте почту || C: {EMAIL} || A: записала",
        "C: верните деньги на карту {CARD} там сейчас {MONEY}",
        "A: перезвоним вам на какой номер || C: {PHONE} после {TIME}",
        "C: я {NAME} звоню насчёт заказа {ORDER}",
    ],
    "uk": [
        "A: паспортні дані будь ласка || C: {PASSPORT} виданий у {YEAR} році",
        "C: мій ідентифікаційний код {RNOKPP} і ще паспорт id картка {IDCARD}",
        "A: на кого оформлено договір || C: на дружину {NAME} || A: а номер договору"
        " || C: {ACCOUNT}",
        "C: живу на {ADDRESS} під'їзд {MENU}",
        "A: продиктуйте пошту || C: {EMAIL} || A: записала",
        "C: поверніть гроші на картку {CARD} там зараз {MONEY}",
        "A: передзвонимо вам на який номер || C: {PHONE} після {TIME}",
        "C: я {NAME} дзвоню щодо замовлення {ORDER}",
    ],
    "en": [
        "A: passport details please || C: {PASSPORT} issued in {YEAR}",
        "C: my social security number is {SSN} and i've been with you since {YEAR}",
        "A: who is the account holder || C: my wife {NAME} || A: and the account number"
        " || C: {ACCOUNT}",
        "C: i live at {ADDRESS} it's the {MENU} door on the left",
        "A: spell out your email || C: {EMAIL} || A: got it",
        "C: refund it to the card {CARD} there's {MONEY} on it now",
        "A: what number should we call you back on || C: {PHONE} after {TIME}",
        "C: hi it's {NAME} calling about order {ORDER}",
    ],
    "lt": [
        "A: paso duomenys prašau || C: {PASSPORT} išduotas {YEAR} metais",
        "C: mano asmens kodas {ASMENS} o sąskaita {ACCOUNT}",
        "A: kieno vardu sutartis || C: žmonos {NAME} || A: o sutarties numeris || C: {ACCOUNT}",
        "C: gyvenu {ADDRESS} laiptinė {MENU}",
        "A: padiktuokite el paštą || C: {EMAIL} || A: užsirašiau",
        "C: grąžinkite pinigus į kortelę {CARD} ten dabar {MONEY}",
        "A: kokiu numeriu jums perskambinti || C: {PHONE} po {TIME}",
        "C: čia {NAME} skambinu dėl užsakymo {ORDER}",
    ],
}
# dev9: hard negatives beside the cue words the detector now trusts more ("call", "ending",
# relatives, "a number", street words), plus a few entities for balance.
TEMPLATES_DEV9: dict[str, list[str]] = {
    "ru": [
        "C: звоните после {TIME} а лучше {APPT}",
        "A: с карты списано {MONEY} || C: а карта оканчивается на {LAST4} да",
        "C: жена заказала {COUNT} штук заказ {ORDER}",
        "A: нажмите {MENU} || C: нажала {MENU}",
        "C: я живу тут с {YEAR} года улица тихая",
        "A: номер обращения {ORDER} || C: спасибо позвоню {APPT}",
        "C: муж звонил {APPT} в {TIME} по поводу счёта на {MONEY}",
        "A: ваш телефон || C: {PHONE} звонить после {TIME}",
    ],
    "uk": [
        "C: дзвоніть після {TIME} а краще {APPT}",
        "A: з картки списано {MONEY} || C: а картка закінчується на {LAST4} так",
        "C: дружина замовила {COUNT} штук замовлення {ORDER}",
        "A: натисніть {MENU} || C: натиснула {MENU}",
        "C: я живу тут з {YEAR} року вулиця тиха",
        "A: номер звернення {ORDER} || C: дякую подзвоню {APPT}",
        "C: чоловік дзвонив {APPT} о {TIME} щодо рахунку на {MONEY}",
        "A: ваш телефон || C: {PHONE} дзвонити після {TIME}",
    ],
    "en": [
        "C: call after {TIME} or better {APPT}",
        "A: the card was charged {MONEY} || C: the one ending {LAST4} yes",
        "C: my wife ordered {COUNT} items order {ORDER}",
        "A: press {MENU} || C: i pressed {MENU}",
        "C: i've lived on this street since {YEAR}",
        "A: your reference is {ORDER} || C: thanks i'll call {APPT}",
        "C: my husband called {APPT} at {TIME} about a bill for {MONEY}",
        "A: and a number || C: {PHONE} call after {TIME}",
    ],
    "lt": [
        "C: skambinkite po {TIME} o geriau {APPT}",
        "A: iš kortelės nuskaičiuota {MONEY} || C: kortelė baigiasi {LAST4} taip",
        "C: žmona užsakė {COUNT} vienetų užsakymas {ORDER}",
        "A: spauskite {MENU} || C: paspaudžiau {MENU}",
        "C: gyvenu čia nuo {YEAR} metų gatvė rami",
        "A: kreipimosi numeris {ORDER} || C: ačiū paskambinsiu {APPT}",
        "C: vyras skambino {APPT} {TIME} dėl sąskaitos {MONEY}",
        "A: jūsų telefonas || C: {PHONE} skambinti po {TIME}",
    ],
}
NAMES = {
    "ru": [("Ольга", "Смирнова"), ("Дмитрий", "Кузнецов"), ("Анастасия", "Белова"),
           ("Геннадий", "Орлов"), ("Вероника", "Соколова"), ("Тимофей", "Григорьев")],
    "uk": [("Оксана", "Шевчук"), ("Богдан", "Ковальчук"), ("Ярина", "Мельник"),
           ("Тарас", "Бондаренко"), ("Соломія", "Ткаченко"), ("Орест", "Кравець")],
    "en": [("Hannah", "Whitfield"), ("Marcus", "Okonjo"), ("Priya", "Raman"),
           ("Declan", "Fairbairn"), ("Yusuf", "Demir"), ("Grace", "Holloway"),
           ("Tomasz", "Zielinski")],
    "lt": [("Rūta", "Kazlauskienė"), ("Mindaugas", "Petrauskas"), ("Eglė", "Vaitkutė"),
           ("Tadas", "Balčiūnas"), ("Gabija", "Stankevičiūtė"), ("Arnas", "Mockus")],
}
TRANSLIT = str.maketrans({**dict(zip("абвгдежзийклмнопрстуфхцчшщыэюяіїєґ",
                                     ["a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k",
                                      "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh",
                                      "ts", "ch", "sh", "shch", "y", "e", "yu", "ya", "i", "yi",
                                      "ye", "g"], strict=True)),
                          "ь": "", "ъ": "", "ą": "a", "č": "c", "ę": "e", "ė": "e", "į": "i",
                          "š": "s", "ų": "u", "ū": "u", "ž": "z"})
MAIL_WORDS = {  # (at, dot, underscore) as callers say them
    "ru": (["собака", "эт"], ["точка"], ["нижнее подчёркивание", "подчёркивание"]),
    "uk": (["равлик", "собака"], ["крапка"], ["нижнє підкреслення", "підкреслення"]),
    "en": (["at"], ["dot"], ["underscore"]),
    "lt": (["eta", "at"], ["taškas"], ["apatinis brūkšnys"]),
}
STREETS = {
    "ru": [("улица", "ул.", "Садовая"), ("проспект", "пр-т", "Мира"),
           ("переулок", "пер.", "Тихий")],
    "uk": [("вулиця", "вул.", "Шевченка"), ("проспект", "просп.", "Перемоги"),
           ("провулок", "пров.", "Тихий")],
    "en": [("lane", "Lane", "Oak"), ("road", "Rd.", "Station"), ("avenue", "Ave", "Park")],
    "lt": [("gatvė", "g.", "Vilniaus"), ("prospektas", "pr.", "Savanorių"),
           ("gatvė", "g.", "Liepų")],
}
HOUSE = {"ru": ("дом", "д.", "квартира", "кв."), "uk": ("будинок", "буд.", "квартира", "кв."),
         "en": ("", "", "flat", "Flat"), "lt": ("namas", "", "butas", "")}
ENTITY_OF = {"CARD": "CARD", "EXPIRY": "EXPIRY", "CVV": "CVV", "PHONE": "PHONE",
             "PASSPORT": "PASSPORT", "IDCARD": "PASSPORT", "INN": "NATIONAL_ID",
             "SNILS": "NATIONAL_ID", "RNOKPP": "NATIONAL_ID", "ASMENS": "NATIONAL_ID",
             "SSN": "NATIONAL_ID", "DOB": "DOB", "ACCOUNT": "ACCOUNT", "CARDK": "CARD",
             "NAME": "PERSON", "EMAIL": "EMAIL", "ADDRESS": "ADDRESS", "POLICY": "ACCOUNT"}
CURRENCY = {"ru": "рублей", "uk": "гривень", "en": "pounds", "lt": "eurų"}
HOURS = {"ru": "часов", "uk": "годині", "en": "o'clock", "lt": "valandą"}


class Speaker:
    """Renders slot values for one item, in typed or ASR style."""

    def __init__(self, lang: str, asr: bool, rng: random.Random) -> None:
        self.lang, self.asr, self.rng = lang, asr, rng

    def number(self, digits: str, asides: bool = True, style: str | None = None) -> str:
        if self.asr:
            return say_number(digits, self.lang, self.rng, asides, style)
        return written_number(digits, self.rng)

    def digits_for(self, slot: str) -> str:
        rng = self.rng
        return {
            "CARD": lambda: luhn_card(rng),
            "PHONE": lambda: phone(self.lang, rng),
            "PASSPORT": lambda: rand_digits(rng.choice([9, 10, 8]), rng),
            "IDCARD": lambda: rand_digits(9, rng),
            "INN": lambda: inn12(rng),
            "SNILS": lambda: snils(rng),
            "RNOKPP": lambda: rnokpp(rng),
            "ASMENS": lambda: asmens_kodas(rng),
            "SSN": lambda: ssn(rng),
            "ACCOUNT": lambda: rand_digits(rng.choice([8, 10, 12]), rng),
            "CVV": lambda: rand_digits(3, rng, "0123456789"),
            "LAST4": lambda: rand_digits(4, rng),
            "ORDER": lambda: rand_digits(rng.choice([6, 7, 8]), rng),
        }[slot]()

    def card_as_thousands(self) -> str:
        """A card read in fours, each four as one number ("four thousand two hundred ...")."""
        digits = luhn_card(self.rng)
        if not self.asr:
            return "-".join(chunks_of(digits, [4] * 5))
        return " ".join(say_chunk(chunk, self.lang, self.rng)
                        for chunk in chunks_of(digits, [4] * 5))

    def name(self) -> str:
        first, last = self.rng.choice(NAMES[self.lang])
        words = [first, last] if self.rng.random() < 0.5 else [last, first]
        said = " ".join(words)
        return said.lower() if self.asr else said

    def email(self) -> str:
        first, last = self.rng.choice(NAMES[self.lang])
        local = [first.lower().translate(TRANSLIT), last.lower().translate(TRANSLIT)]
        digits = str(self.rng.randint(1, 99))
        domain = self.rng.choice(["gmail com", "mail ru", "ukr net", "inbox lt", "yahoo com"])
        if not self.asr:
            joiner = self.rng.choice([".", "_"])
            return f"{local[0]}{joiner}{local[1]}{digits}@{domain.replace(' ', '.')}"
        at, dot, under = MAIL_WORDS[self.lang]
        joiner = self.rng.choice([self.rng.choice(dot), self.rng.choice(under)])
        said_digits = digits if self.rng.random() < 0.3 else cardinal(int(digits), self.lang)
        name, zone = domain.split()
        return (f"{local[0]} {joiner} {local[1]} {said_digits} {self.rng.choice(at)} {name} "
                f"{self.rng.choice(dot)} {zone}")

    def address(self) -> str:
        word, short, street = self.rng.choice(STREETS[self.lang])
        house, flat = self.rng.randint(1, 120), self.rng.randint(1, 200)
        house_word, house_short, flat_word, flat_short = HOUSE[self.lang]
        if self.lang == "en":
            if self.asr:
                return (f"{cardinal(house, 'en')} {street.lower()} {word} "
                        f"flat {cardinal(flat, 'en')}")
            return f"{house} {street} {short}, {flat_short} {flat}"
        if self.asr:
            parts = ([word, street.lower()] if self.lang != "lt" else [street.lower(), word])
            return " ".join([*parts, house_word, cardinal(house, self.lang), flat_word,
                             cardinal(flat, self.lang)])
        if self.lang == "lt":
            return f"{street} {short} {house}-{flat}"
        return f"{short} {street}, {house_short} {house}, {flat_short} {flat}"

    def policy(self) -> str:
        letters = self.rng.choice(["PL", "ЕР", "AB", "KT"] if self.lang != "en" else
                                  ["PL", "AB", "KT"])
        if self.lang == "lt" or self.lang == "en":
            letters = self.rng.choice(["PL", "AB", "KT"])
        digits = rand_digits(self.rng.choice([7, 8, 9]), self.rng)
        if not self.asr:
            return f"{letters}{self.rng.choice(['', '-'])}{digits}"
        spelled = " ".join(letters.lower())
        return f"{spelled} {say_number(digits, self.lang, self.rng, False)}"

    def expiry(self) -> str:
        month, year = self.rng.randint(1, 12), self.rng.randint(25, 33)
        if not self.asr:
            return self.rng.choice([f"{month:02d}/{year}", f"{month:02d}/20{year}",
                                    f"{month:02d} {year}"])
        style = self.rng.choice(["digits", "pair", "month", "slash"])
        if style == "digits":
            return say_number(f"{month:02d}{year}", self.lang, self.rng, False, "single")
        if style == "slash" and self.lang == "en":
            return f"{say_chunk(f'{month:02d}', 'en', self.rng)} slash {cardinal(year, 'en')}"
        if style == "month":
            month_word = {"ru": ["январь", "февраль", "март", "апрель", "май", "июнь", "июль",
                                 "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
                          "uk": ["січень", "лютий", "березень", "квітень", "травень",
                                 "червень", "липень", "серпень", "вересень", "жовтень",
                                 "листопад", "грудень"],
                          "en": MONTHS["en"], "lt": MONTHS["lt"]}[self.lang][month - 1]
            return f"{month_word} {cardinal(2000 + year, self.lang)}"
        return f"{say_chunk(f'{month:02d}', self.lang, self.rng)} {cardinal(year, self.lang)}"

    def dob(self) -> str:
        day, month, year = self.rng.randint(1, 28), self.rng.randint(1, 12), \
            self.rng.randint(1945, 2004)
        lang, rng = self.lang, self.rng
        if not self.asr:
            return rng.choice([f"{day:02d}.{month:02d}.{year}", f"{day} {MONTHS[lang][month - 1]}"
                               f" {year}", f"{day:02d}/{month:02d}/{year}"])
        if lang in ("ru", "uk"):
            styles = [f"{ordinal_gen(day, lang)} {MONTHS[lang][month - 1]} "
                      f"{ordinal_gen(year, lang)} {'года' if lang == 'ru' else 'року'}",
                      f"{ordinal_gen(day, lang)} {MONTHS[lang][month - 1]} "
                      f"{ordinal_gen(year % 100 or year, lang)}",
                      say_number(f"{day:02d}{month:02d}{year}", lang, rng, False, "pairs")]
        elif lang == "en":
            styles = [f"{MONTHS['en'][month - 1]} {ordinal_gen(day, 'en')} "
                      f"{num2words(year, to='year').replace('-', ' ')}",
                      f"the {ordinal_gen(day, 'en')} of {MONTHS['en'][month - 1]} "
                      f"{num2words(year, to='year').replace('-', ' ')}",
                      say_number(f"{month:02d}{day:02d}{year % 100:02d}", "en", rng, False,
                                 "pairs")]
        else:
            styles = [f"{cardinal(year, 'lt')} metų {MONTHS['lt'][month - 1]} "
                      f"{cardinal(day, 'lt')}",
                      say_number(f"{year}{month:02d}{day:02d}", "lt", rng, False, "fours")]
        return rng.choice(styles)

    def negative(self, slot: str) -> str:
        lang, rng = self.lang, self.rng
        if slot == "MONEY":
            amount = rng.choice([rng.randint(100, 9999), rng.randint(10000, 99999)])
            said = cardinal(amount, lang) if self.asr else str(amount)
            return f"{said} {CURRENCY[lang]}"
        if slot == "TIME":
            hour = rng.randint(8, 19)
            if lang == "en":
                return f"{cardinal(hour - 12 if hour > 12 else hour, 'en')} thirty" \
                    if self.asr else f"{hour}:30"
            return (f"{cardinal(hour, lang)} {HOURS[lang]}" if self.asr else f"{hour}:00")
        if slot == "APPT":
            day, month = rng.randint(1, 28), rng.randint(1, 12)
            if lang == "en":
                return f"{MONTHS['en'][month - 1]} {ordinal_gen(day, 'en')}"
            if lang == "lt":
                return f"{MONTHS['lt'][month - 1]} {cardinal(day, 'lt') if self.asr else day}"
            return f"{ordinal_gen(day, lang) if self.asr else day} {MONTHS[lang][month - 1]}"
        if slot in ("LAST4", "ORDER"):
            return self.number(self.digits_for(slot), asides=False)
        if slot == "MENU":
            return cardinal(rng.randint(1, 9), lang) if self.asr else str(rng.randint(1, 9))
        if slot == "COUNT":
            n = rng.randint(2, 30)
            return cardinal(n, lang) if self.asr else str(n)
        if slot == "YEAR":
            year = rng.randint(1998, 2022)
            if not self.asr:
                return str(year)
            return num2words(year, to="year").replace("-", " ") if lang == "en" else \
                cardinal(year, lang)
        raise KeyError(slot)


def split_digits(digits: str, parts: int, rng: random.Random) -> list[str]:
    """Cut a number where people pause: on a group of four when they can, else anywhere."""
    if len(digits) >= 12 and parts <= 3:
        cuts = sorted(rng.sample(range(4, len(digits), 4), parts - 1))
    else:
        cuts = sorted(rng.sample(range(2, len(digits) - 1), parts - 1))
    bounds = [0, *cuts, len(digits)]
    return [digits[a:b] for a, b in itertools.pairwise(bounds)]


def render(template: str, speaker: Speaker) -> tuple[list[dict], list[dict]]:
    turns: list[dict] = []
    entities: dict[str, dict] = {}
    order: list[str] = []
    values: dict[str, list[str]] = {}
    last: dict[str, str] = {}
    for index, part in enumerate(template.split(" || ")):
        role = "agent" if part.startswith("A:") else "customer"
        text = part[2:].strip()
        tokens: list[str] = []
        for piece in re.split(r"(\{[A-Z0-9=./]+\})", text):
            if not piece.startswith("{"):
                tokens += piece.split()
                continue
            slot = piece[1:-1]
            name, _, share = slot.partition(".")
            readback = name.endswith("=")
            name = name.rstrip("=")
            if name not in ENTITY_OF:
                said = speaker.negative(name)
                tokens += said.split()
                continue
            if readback:
                said = speaker.number(last[name], asides=False)
                key = f"{name}=@{index}"
            elif share:
                k, n = (int(x) for x in share.split("/"))
                if name not in values:
                    last[name] = speaker.digits_for(name)
                    values[name] = split_digits(last[name], n, speaker.rng)
                said = speaker.number(values[name][k - 1])
                key = name
            elif name == "EXPIRY":
                said, key = speaker.expiry(), f"{name}@{index}"
            elif name == "DOB":
                said, key = speaker.dob(), f"{name}@{index}"
            elif name in ("CARDK", "NAME", "EMAIL", "ADDRESS", "POLICY"):
                said = {"CARDK": speaker.card_as_thousands, "NAME": speaker.name,
                        "EMAIL": speaker.email, "ADDRESS": speaker.address,
                        "POLICY": speaker.policy}[name]()
                key = f"{name}@{index}"
            else:
                last[name] = speaker.digits_for(name)
                said, key = speaker.number(last[name]), f"{name}@{index}"
            start = len(tokens)
            tokens += said.split()
            if key not in entities:
                entities[key] = {"type": ENTITY_OF[name], "pieces": []}
                order.append(key)
            entities[key]["pieces"].append([index, start, len(tokens)])
        turns.append({"role": role, "text": " ".join(tokens)})
    if not speaker.asr:
        for turn in turns:
            text = turn["text"]
            turn["text"] = text[:1].upper() + text[1:]
    return turns, [entities[key] for key in order]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", choices=["dev2", "dev3", "dev4", "dev5", "dev6", "dev7",
                                            "dev8", "dev9"],
                        default="dev2")
    batch = parser.parse_args().batch
    templates_of, asides, seed = {
        "dev2": (TEMPLATES, dict(ASIDES), SEED),
        "dev3": (TEMPLATES_DEV3, ASIDES_DEV3, SEED + 1),
        "dev4": (TEMPLATES_DEV4, ASIDES_DEV4, SEED + 2),
        "dev5": (TEMPLATES_DEV5, ASIDES_DEV4, SEED + 3),
        "dev6": (TEMPLATES_DEV6, ASIDES_DEV3, SEED + 4),
        "dev7": (TEMPLATES_DEV7, ASIDES_DEV3, SEED + 5),
        "dev8": (TEMPLATES_DEV8, ASIDES_DEV4, SEED + 6),
        "dev9": (TEMPLATES_DEV9, ASIDES_DEV3, SEED + 7),
    }[batch]
    if batch in ("dev5", "dev6", "dev7", "dev8", "dev9"):
        STYLES.append("odd")
    ASIDES.clear()
    ASIDES.update(asides)
    rng = random.Random(seed)
    lines = []
    for lang, templates in templates_of.items():
        for number, template in enumerate(templates):
            for variant in range(VARIANTS):
                asr = variant < 2
                turns, entities = render(template, Speaker(lang, asr, rng))
                lines.append(json.dumps({
                    "id": f"{batch}-{lang}-{number:02d}-{'asr' if asr else 'written'}-{variant}",
                    "lang": lang, "style": "asr" if asr else "written", "template": number,
                    "split": batch, "turns": turns, "entities": entities,
                }, ensure_ascii=False))
    out = OUT.with_name(f"redaction_{batch}.jsonl")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} items -> {out}")


if __name__ == "__main__":
    main()
