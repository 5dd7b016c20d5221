"""Check digits of the identifiers we redact: a checksum turns "some digits" into evidence.

Each function takes a digit string (IBAN: letters and digits) and says whether its check
digits agree, so a random 11-digit number is not taken for a SNILS by chance.
"""

from __future__ import annotations


def luhn(digits: str) -> bool:
    """Payment card numbers (ISO/IEC 7812)."""
    if not digits.isdigit() or len(digits) < 2:
        return False
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def luhn_card(digits: str) -> bool:
    """A whole payment card number: 13 to 19 digits that pass the Luhn check."""
    return 13 <= len(digits) <= 19 and luhn(digits)


def isbn13(digits: str) -> bool:
    """A book's ISBN-13 (978/979, weights 1 and 3): a library's number, no card or phone."""
    return len(digits) == 13 and digits.isdigit() and digits[:3] in ("978", "979") and sum(
        int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10 == 0


def imei(digits: str) -> bool:
    """A phone's IMEI: 15 digits with a Luhn check digit. Cards of 15 digits are American
    Express (34, 37), so a 15-digit Luhn number starting otherwise is a handset's."""
    return len(digits) == 15 and not digits.startswith(("34", "37")) and luhn(digits)


def iccid(digits: str) -> bool:
    """A SIM card's ICCID: 18-20 digits after the telecom prefix 89 with a Luhn check
    digit. No payment card's number starts 89, so such a number is the SIM's."""
    return 18 <= len(digits) <= 20 and digits.startswith("89") and luhn(digits)


def _weighted(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=False))


def inn(digits: str) -> bool:
    """Russian taxpayer number: 10 digits (organisations) or 12 (people)."""
    if not digits.isdigit():
        return False
    if len(digits) == 10:
        return _weighted(digits, (2, 4, 10, 3, 5, 9, 4, 6, 8)) % 11 % 10 == int(digits[9])
    if len(digits) == 12:
        first = _weighted(digits, (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)) % 11 % 10
        second = _weighted(digits, (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)) % 11 % 10
        return first == int(digits[10]) and second == int(digits[11])
    return False


def snils(digits: str) -> bool:
    """Russian pension insurance number: 9 digits and 2 check digits."""
    if len(digits) != 11 or not digits.isdigit():
        return False
    total = _weighted(digits, (9, 8, 7, 6, 5, 4, 3, 2, 1))
    check = total if total < 100 else (0 if total in (100, 101) else total % 101 % 100)
    return check == int(digits[9:])


def rnokpp(digits: str) -> bool:
    """Ukrainian taxpayer number (РНОКПП, ex-ІПН): 10 digits, the last a check digit."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    return _weighted(digits, (-1, 5, 7, 9, 4, 6, 10, 5, 7)) % 11 % 10 == int(digits[9])


def asmens_kodas(digits: str) -> bool:
    """Lithuanian personal code: century/sex digit 1-6, birth date, serial, check digit."""
    if len(digits) != 11 or not digits.isdigit() or digits[0] not in "123456":
        return False
    check = _weighted(digits, (1, 2, 3, 4, 5, 6, 7, 8, 9, 1)) % 11
    if check == 10:
        check = _weighted(digits, (3, 4, 5, 6, 7, 8, 9, 1, 2, 3)) % 11
        check = 0 if check == 10 else check
    return check == int(digits[10])


IBAN_LENGTHS = {"LT": 20, "LV": 21, "EE": 20, "UA": 29, "GB": 22, "DE": 22, "PL": 28,
                "FR": 27, "ES": 24, "IT": 27, "NL": 18, "IE": 22, "FI": 18, "SE": 24,
                "CZ": 24, "AT": 20, "BE": 16, "KZ": 20, "GE": 22, "MD": 24, "BY": 28}


def iban(code: str) -> bool:
    """International bank account number: ISO 13616 mod-97 (and the country's length)."""
    code = code.replace(" ", "").upper()
    if len(code) != IBAN_LENGTHS.get(code[:2], len(code)):
        return False
    if not (15 <= len(code) <= 34) or not code[:2].isalpha() or not code[2:4].isdigit():
        return False
    if not code.isalnum():
        return False
    rearranged = code[4:] + code[:4]
    number = "".join(str(int(char, 36)) for char in rearranged)
    return int(number) % 97 == 1


def ssn(digits: str) -> bool:
    """US social security number: 9 digits with the ranges never issued excluded."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"
