"""Hard negatives for blind23: the numbers and names that fill setting lines, generic decoy
lines, decoy-only exchanges and the stored-card exchange (expiry and code, no number)."""

from __future__ import annotations

import random

import blind23_ids as ids
import blind23_num as num

# (tag, role, text); every placeholder is filled by `fill`.
GENERIC = {
    "ru": [("luhn_serial", "agent", "Серийный номер терминала {serial}, его не диктуйте."),
           ("donation_amount", "customer", "Я уже жертвовал {amount} рублей в мае через сайт."),
           ("confirmation_code", "agent", "Код подтверждения {code} — введите его на сайте."),
           ("famous_name_place", "agent",
            "Мы рядом с гостиницей «Пётр Великий», напротив кинотеатра «Юрий Гагарин»."),
           ("extension", "customer", "Я с рабочего, добавочный {ext}, если прервётся."),
           ("company_tax_no", "agent", "ИНН нашей организации {taxco}, он в договоре.")],
    "uk": [("luhn_serial", "agent", "Серійний номер терміналу {serial}, його не диктуйте."),
           ("donation_amount", "customer", "Я вже переказувала {amount} гривень у травні."),
           ("confirmation_code", "agent", "Код підтвердження {code} — введіть його на сайті."),
           ("famous_name_place", "agent",
            "Ми біля готелю «Гетьман Мазепа», навпроти кінотеатру «Олександр Довженко»."),
           ("extension", "customer", "Я з робочого, внутрішній {ext}, якщо обірветься."),
           ("company_tax_no", "agent", "Наш код ЄДРПОУ {taxco}, він у договорі.")],
    "en": [("luhn_serial", "agent", "The terminal serial is {serial}, you don't need that."),
           ("donation_amount", "customer", "I already gave {amount} pounds in May online."),
           ("confirmation_code", "agent", "Your confirmation code is {code}."),
           ("famous_name_place", "agent",
            "We're by the Mary Seacole building, next to Ted Baker and the Marks and Spencer."),
           ("extension", "customer", "I'm on my work line, extension {ext}, if we get cut off."),
           ("company_tax_no", "agent", "Our company number is {taxco}, it's on the invoice.")],
    "lt": [("luhn_serial", "agent", "Terminalo serijos numeris {serial}, jo nereikia."),
           ("donation_amount", "customer", "Gegužę jau paaukojau {amount} eurų per svetainę."),
           ("confirmation_code", "agent", "Patvirtinimo kodas {code}, įveskite jį svetainėje."),
           ("famous_name_place", "agent",
            "Esame prie viešbučio „Karalius Mindaugas“, šalia Jono Jablonskio gimnazijos."),
           ("extension", "customer", "Skambinu iš darbo, vidinis {ext}, jei nutrūktų."),
           ("company_tax_no", "agent", "Mūsų įmonės kodas {taxco}, jis sutartyje.")],
}

DECOY_CLOSE = {
    "ru": [("customer", "Понятно, спасибо, тогда перезвоню."), ("agent", "Хорошего дня!")],
    "uk": [("customer", "Зрозуміло, дякую, тоді передзвоню."), ("agent", "Гарного дня!")],
    "en": [("customer", "Right, thanks, I'll ring back then."), ("agent", "Have a good day!")],
    "lt": [("customer", "Aišku, ačiū, tada perskambinsiu."), ("agent", "Geros dienos!")],
}


def _amount(rng: random.Random, lang: str) -> str:
    value = rng.choice([300, 450, 500, 750, 1000, 1500, 2000, 2500, 3200, 5000, 12500])
    if value < 1000:
        return str(value)
    head, tail = divmod(value, 1000)
    sep = "," if lang == "en" else "\u00a0"
    return f"{head}{sep}{tail:03d}"


def _date(rng: random.Random, lang: str) -> str:
    day, month = rng.randrange(1, 29), rng.randrange(1, 13)
    if lang in ("ru", "uk"):
        return f"{day} {num.MONTHS[lang + '_gen'][month]}"
    if lang == "en":
        return f"{day} {num.MONTHS['en'][month].capitalize()}"
    return f"{num.MONTHS['lt_gen'][month]} {day}"


def _taxco(rng: random.Random, lang: str) -> str:
    if lang == "ru":
        return ids.make_inn10(rng)
    if lang == "uk":
        code = ids.make_edrpou(rng)
        assert ids.edrpou_ok(code)
        return code
    if lang == "en":
        return f"{rng.randrange(1_000_000, 15_000_000):08d}"
    return f"30{rng.randrange(1_000_000, 9_999_999)}"


def fill(rng: random.Random, lang: str) -> dict[str, str]:
    """Fresh hard-negative values for one exchange."""
    serial_body = str(rng.randrange(1, 10)) + "".join(
        str(rng.randrange(10)) for _ in range(rng.choice([10, 12])))
    serial = ids.luhn_complete(serial_body)
    assert ids.luhn_ok(serial) and len(serial) in (12, 14)
    room = rng.randrange(101, 999)
    return {
        "ref": str(rng.randrange(1_000_000, 99_999_999)),
        "seat": str(room % 40 + 2),
        "seat2": str(room % 40 + 3),
        "date": _date(rng, lang),
        "time": f"{rng.randrange(7, 21)}:{rng.choice(['00', '15', '30', '45'])}",
        "flight": str(rng.randrange(100, 2999)),
        "room": str(room),
        "floor": str(rng.randrange(2, 10)),
        "amount": _amount(rng, lang),
        "code": str(rng.randrange(1000, 999_999)),
        "ext": str(rng.randrange(200, 9999)),
        "serial": serial,
        "taxco": _taxco(rng, lang),
    }
