"""Card numbers and identity numbers with their check digits, for the blind23 set.

Each generator is paired with its checker; `self_test` runs the checkers on published valid
examples so a wrong checksum cannot silently make every generated number "valid".
"""

from __future__ import annotations

import datetime
import random
import string


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for last in "0123456789":
        if luhn_ok(body + last):
            return body + last
    raise AssertionError(body)


CARD_KINDS = {
    # kind: (prefixes, length, grouping)
    "visa": (["4"], 16, (4, 4, 4, 4)),
    "mc": (["51", "52", "53", "54", "55", "2221", "2304", "2720"], 16, (4, 4, 4, 4)),
    "mir": (["2200", "2201", "2202", "2204"], 16, (4, 4, 4, 4)),
    "amex": (["34", "37"], 15, (4, 6, 5)),
    "visa13": (["4"], 13, (4, 4, 5)),
    "maestro19": (["6761", "6759"], 19, (4, 4, 4, 4, 3)),
    "unionpay": (["62"], 16, (4, 4, 4, 4)),
}


def make_card(rng: random.Random, kind: str) -> str:
    prefixes, length, _ = CARD_KINDS[kind]
    body = rng.choice(prefixes)
    while len(body) < length - 1:
        body += str(rng.randrange(10))
    return luhn_complete(body)


def groups(card: str, kind: str) -> list[str]:
    out, pos = [], 0
    for size in CARD_KINDS[kind][2]:
        out.append(card[pos:pos + size])
        pos += size
    assert "".join(out) == card
    return out


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    moved = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in moved)
    return int(num) % 97 == 1


def make_iban(rng: random.Random, country: str) -> str:
    if country == "LT":
        bban = "".join(rng.choice(string.digits) for _ in range(16))
    elif country == "UA":
        bban = "".join(rng.choice(string.digits) for _ in range(25))
    else:
        bban = "".join(rng.choice("ABCDHLMNRSTW") for _ in range(4))
        bban += "".join(rng.choice(string.digits) for _ in range(14))
    num = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    check = 98 - int(num) % 97
    iban = f"{country}{check:02d}{bban}"
    assert iban_ok(iban)
    return iban


def _weighted(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=False))


def inn12_ok(inn: str) -> bool:
    w11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    w12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    c11 = _weighted(inn[:10], w11) % 11 % 10
    c12 = _weighted(inn[:11], w12) % 11 % 10
    return len(inn) == 12 and int(inn[10]) == c11 and int(inn[11]) == c12


def make_inn12(rng: random.Random) -> str:
    while True:
        body = f"{rng.choice([50, 77, 78, 66, 16]):02d}" + "".join(
            rng.choice(string.digits) for _ in range(8))
        for tail in (f"{a}{b}" for a in range(10) for b in range(10)):
            if inn12_ok(body + tail):
                return body + tail


def inn10_ok(inn: str) -> bool:
    """Russian company INN (10 digits): the detector must not take it for a person's ID."""
    w = (2, 4, 10, 3, 5, 9, 4, 6, 8)
    return len(inn) == 10 and _weighted(inn[:9], w) % 11 % 10 == int(inn[9])


def make_inn10(rng: random.Random) -> str:
    body = f"{rng.choice([77, 78, 50, 54]):02d}" + "".join(
        rng.choice(string.digits) for _ in range(7))
    w = (2, 4, 10, 3, 5, 9, 4, 6, 8)
    inn = body + str(_weighted(body, w) % 11 % 10)
    assert inn10_ok(inn)
    return inn


def rnokpp_ok(code: str) -> bool:
    w = (-1, 5, 7, 9, 4, 6, 10, 5, 7)
    return len(code) == 10 and _weighted(code[:9], w) % 11 % 10 == int(code[9])


def make_rnokpp(rng: random.Random, birth: datetime.date, female: bool) -> str:
    days = (birth - datetime.date(1899, 12, 31)).days
    serial = rng.randrange(0, 500) * 2 + (0 if female else 1)
    body = f"{days:05d}{serial:03d}{rng.randrange(10)}"
    w = (-1, 5, 7, 9, 4, 6, 10, 5, 7)
    code = body + str(_weighted(body, w) % 11 % 10)
    assert rnokpp_ok(code)
    return code


def _lt_check(body: str) -> int:
    w1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 1)
    w2 = (3, 4, 5, 6, 7, 8, 9, 1, 2, 3)
    rest = _weighted(body, w1) % 11
    if rest == 10:
        rest = _weighted(body, w2) % 11
        if rest == 10:
            rest = 0
    return rest


def asmens_kodas_ok(code: str) -> bool:
    return len(code) == 11 and _lt_check(code[:10]) == int(code[10])


def make_asmens_kodas(rng: random.Random, birth: datetime.date, female: bool) -> str:
    century = 3 if birth.year < 2000 else 5
    body = f"{century + (1 if female else 0)}{birth:%y%m%d}{rng.randrange(1000):03d}"
    code = body + str(_lt_check(body))
    assert asmens_kodas_ok(code)
    return code


def edrpou_ok(code: str) -> bool:
    """Ukrainian company code (ЄДРПОУ, 8 digits) with its check digit."""
    if len(code) != 8:
        return False
    value = int(code)
    base = (7, 1, 2, 3, 4, 5, 6) if 30_000_000 < value < 60_000_000 else tuple(range(1, 8))
    rest = _weighted(code[:7], base) % 11
    if rest == 10:
        rest = _weighted(code[:7], tuple(b + 2 for b in base)) % 11
        if rest == 10:
            rest = 0
    return rest == int(code[7])


def make_edrpou(rng: random.Random) -> str:
    while True:
        body = str(rng.randrange(1_000_000, 4_000_000)).zfill(7)
        for last in "0123456789":
            if edrpou_ok(body + last):
                return body + last


def make_uk_ni(rng: random.Random) -> str:
    first = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    digits = "".join(rng.choice(string.digits) for _ in range(6))
    return f"{first}{second}{digits}{rng.choice('ABCD')}"


def self_test() -> None:
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert iban_ok("GB82WEST12345698765432") and iban_ok("LT121000011101001000")
    assert inn12_ok("500100732259") and inn10_ok("7707083893")
    assert asmens_kodas_ok("33309240064")
    assert edrpou_ok("00032129") and edrpou_ok("14360570")
