"""Valid-looking identifiers with correct check digits, computed here from the published rules."""

from __future__ import annotations

import random


def luhn_complete(body: str) -> str:
    """Append the Luhn check digit to a card body."""
    total = 0
    for index, char in enumerate(reversed(body)):
        digit = int(char)
        if index % 2 == 0:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return body + str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    return luhn_complete(number[:-1]) == number


def card(rng: random.Random, length: int = 16) -> str:
    if length == 15:
        prefix = rng.choice(["34", "37"])
    elif length == 19:
        prefix = rng.choice(["6062", "2200", "9112"])
    elif length == 13:
        prefix = "4"
    else:
        prefix = rng.choice(["4", "51", "53", "55", "2200", "2202", "4276", "5168", "4149"])
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - 1 - len(prefix)))
    return luhn_complete(body)


def inn12(rng: random.Random) -> str:
    digits = [rng.randint(0, 9) for _ in range(10)]
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    digits.append(sum(a * b for a, b in zip(w1, digits, strict=True)) % 11 % 10)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    digits.append(sum(a * b for a, b in zip(w2, digits, strict=True)) % 11 % 10)
    return "".join(map(str, digits))


def snils(rng: random.Random) -> str:
    body = [rng.randint(0, 9) for _ in range(9)]
    if body[:3] == [0, 0, 0]:
        body[0] = 1
    total = sum(d * (9 - i) for i, d in enumerate(body))
    check = total % 101
    if check == 100:
        check = 0
    raw = "".join(map(str, body))
    return f"{raw[:3]}-{raw[3:6]}-{raw[6:9]} {check:02d}"


def rnokpp(rng: random.Random) -> str:
    body = [rng.randint(0, 9) for _ in range(9)]
    body[0] = rng.randint(1, 4)
    weights = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    check = sum(a * b for a, b in zip(weights, body, strict=True)) % 11 % 10
    return "".join(map(str, body)) + str(check)


def asmens_kodas(rng: random.Random) -> str:
    while True:
        sex = rng.choice("3456")
        digits = [int(sex)] + [rng.randint(0, 9) for _ in range(2)]
        digits += [0, rng.randint(1, 9), rng.randint(1, 2), rng.randint(0, 8)]
        digits += [rng.randint(0, 9) for _ in range(3)]
        s1 = sum(d * w for d, w in zip(digits, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1], strict=True)) % 11
        if s1 != 10:
            return "".join(map(str, digits)) + str(s1)
        s2 = sum(d * w for d, w in zip(digits, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3], strict=True)) % 11
        return "".join(map(str, digits)) + str(0 if s2 == 10 else s2)


def uk_ni(rng: random.Random) -> str:
    letters = "ABCEGHJKLMNPRSTWXYZ"
    digits = "".join(rng.choice("0123456789") for _ in range(6))
    return (
        f"{rng.choice(letters)}{rng.choice(letters)} {digits[:2]} {digits[2:4]} {digits[4:]} "
        f"{rng.choice('ABCD')}"
    )


def us_ssn(rng: random.Random) -> str:
    return f"{rng.randint(101, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"


def iban(rng: random.Random, country: str) -> str:
    bban = {
        "LT": lambda: "".join(rng.choice("0123456789") for _ in range(16)),
        "UA": lambda: "".join(rng.choice("0123456789") for _ in range(25)),
        "GB": lambda: (
            rng.choice(["NWBK", "BARC", "LOYD"])
            + "".join(rng.choice("0123456789") for _ in range(14))
        ),
    }[country]()
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(numeric) % 97
    raw = f"{country}{check:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def iban_ok(value: str) -> bool:
    raw = value.replace(" ", "")
    moved = raw[4:] + raw[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1
