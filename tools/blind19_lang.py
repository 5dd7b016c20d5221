"""Language data and check digits for the blind19 redaction set.

Kept apart from the generator so the wording there stays readable: number words (cardinal and
the genitive ordinals ru/uk speakers use for dates), month names, the spoken habits for a card
group, and the check-digit functions the generator asserts on every value it writes.
"""

from __future__ import annotations

import random

DIGITS = {
    "ru": ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"],
    "uk": ["нуль", "один", "два", "три", "чотири", "п'ять", "шість", "сім", "вісім", "дев'ять"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "lt": ["nulis", "vienas", "du", "trys", "keturi", "penki", "šeši", "septyni", "aštuoni",
           "devyni"],
}
TEENS = {
    "ru": ["десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
           "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"],
    "uk": ["десять", "одинадцять", "дванадцять", "тринадцять", "чотирнадцять", "п'ятнадцять",
           "шістнадцять", "сімнадцять", "вісімнадцять", "дев'ятнадцять"],
    "en": ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
           "eighteen", "nineteen"],
    "lt": ["dešimt", "vienuolika", "dvylika", "trylika", "keturiolika", "penkiolika",
           "šešiolika", "septyniolika", "aštuoniolika", "devyniolika"],
}
TENS = {
    "ru": ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят",
           "восемьдесят", "девяносто"],
    "uk": ["", "", "двадцять", "тридцять", "сорок", "п'ятдесят", "шістдесят", "сімдесят",
           "вісімдесят", "дев'яносто"],
    "en": ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
    "lt": ["", "", "dvidešimt", "trisdešimt", "keturiasdešimt", "penkiasdešimt", "šešiasdešimt",
           "septyniasdešimt", "aštuoniasdešimt", "devyniasdešimt"],
}
HUNDREDS = {
    "ru": ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот",
           "восемьсот", "девятьсот"],
    "uk": ["", "сто", "двісті", "триста", "чотириста", "п'ятсот", "шістсот", "сімсот", "вісімсот",
           "дев'ятсот"],
}
THOUSANDS = {
    "ru": ["", "тысяча", "две тысячи", "три тысячи", "четыре тысячи", "пять тысяч",
           "шесть тысяч", "семь тысяч", "восемь тысяч", "девять тысяч"],
    "uk": ["", "тисяча", "дві тисячі", "три тисячі", "чотири тисячі", "п'ять тисяч",
           "шість тисяч", "сім тисяч", "вісім тисяч", "дев'ять тисяч"],
    "lt": ["", "tūkstantis", "du tūkstančiai", "trys tūkstančiai", "keturi tūkstančiai",
           "penki tūkstančiai", "šeši tūkstančiai", "septyni tūkstančiai", "aštuoni tūkstančiai",
           "devyni tūkstančiai"],
}
LT_HUNDREDS = ["", "šimtas"] + [f"{DIGITS['lt'][d]} šimtai" for d in range(2, 10)]

# Genitive masculine ordinals (ru/uk): "четырнадцатого марта", "двадцать восьмого года".
ORD_GEN_UNITS = {
    "ru": ["", "первого", "второго", "третьего", "четвёртого", "пятого", "шестого", "седьмого",
           "восьмого", "девятого"],
    "uk": ["", "першого", "другого", "третього", "четвертого", "п'ятого", "шостого", "сьомого",
           "восьмого", "дев'ятого"],
}
ORD_GEN_TEENS = {
    "ru": ["десятого", "одиннадцатого", "двенадцатого", "тринадцатого", "четырнадцатого",
           "пятнадцатого", "шестнадцатого", "семнадцатого", "восемнадцатого", "девятнадцатого"],
    "uk": ["десятого", "одинадцятого", "дванадцятого", "тринадцятого", "чотирнадцятого",
           "п'ятнадцятого", "шістнадцятого", "сімнадцятого", "вісімнадцятого",
           "дев'ятнадцятого"],
}
ORD_GEN_TENS = {
    "ru": ["", "", "двадцатого", "тридцатого", "сорокового", "пятидесятого", "шестидесятого",
           "семидесятого", "восьмидесятого", "девяностого"],
    "uk": ["", "", "двадцятого", "тридцятого", "сорокового", "п'ятдесятого", "шістдесятого",
           "сімдесятого", "вісімдесятого", "дев'яностого"],
}
EN_ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
          "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
          "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]
LT_ORD_FEM = ["", "pirma", "antra", "trečia", "ketvirta", "penkta", "šešta", "septinta",
              "aštunta", "devinta", "dešimta", "vienuolikta", "dvylikta", "trylikta",
              "keturiolikta", "penkiolikta", "šešiolikta", "septyniolikta", "aštuoniolikta",
              "devyniolikta", "dvidešimta"]
LT_ORD_PL = ["", "pirmi", "antri", "treti", "ketvirti", "penkti", "šešti", "septinti", "aštunti",
             "devinti"]
LT_ORD_PL_TENS = ["", "dešimti", "dvidešimti", "trisdešimti", "keturiasdešimti",
                  "penkiasdešimti", "šešiasdešimti", "septyniasdešimti", "aštuoniasdešimti",
                  "devyniasdešimti"]

MONTHS_NOM = {
    "ru": ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
           "октябрь", "ноябрь", "декабрь"],
    "uk": ["січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень",
           "вересень", "жовтень", "листопад", "грудень"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "lt": ["sausis", "vasaris", "kovas", "balandis", "gegužė", "birželis", "liepa", "rugpjūtis",
           "rugsėjis", "spalis", "lapkritis", "gruodis"],
}
MONTHS_GEN = {
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"],
    "uk": ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
           "вересня", "жовтня", "листопада", "грудня"],
    "en": MONTHS_NOM["en"],
    "lt": ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos",
           "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio"],
}


def below_hundred(n: int, lang: str) -> str:
    """Cardinal 0–99 in words."""
    if n < 10:
        return DIGITS[lang][n]
    if n < 20:
        return TEENS[lang][n - 10]
    tens, unit = divmod(n, 10)
    if lang == "en" and unit:
        return f"{TENS[lang][tens]} {DIGITS[lang][unit]}"
    return TENS[lang][tens] + (f" {DIGITS[lang][unit]}" if unit else "")


def cardinal(n: int, lang: str) -> str:
    """Cardinal 0–9999 in words, the way a number is read out as one number."""
    if n < 100:
        return below_hundred(n, lang)
    thousands, rest = divmod(n, 1000)
    hundreds, low = divmod(rest, 100)
    words: list[str] = []
    if lang == "en":
        if thousands:
            words += [DIGITS["en"][thousands], "thousand"]
        if hundreds:
            words += [DIGITS["en"][hundreds], "hundred"]
        if low:
            words += ["and"] if words else []
            words.append(below_hundred(low, "en"))
        return " ".join(words)
    if thousands:
        words.append(THOUSANDS["lt" if lang == "lt" else lang][thousands])
    if hundreds:
        words.append(LT_HUNDREDS[hundreds] if lang == "lt" else HUNDREDS[lang][hundreds])
    if low:
        words.append(below_hundred(low, lang))
    return " ".join(words)


def ordinal_gen(n: int, lang: str) -> str:
    """ru/uk genitive ordinal 1–99 ("двадцать восьмого", "сімнадцятого")."""
    if n < 10:
        return ORD_GEN_UNITS[lang][n]
    if n < 20:
        return ORD_GEN_TEENS[lang][n - 10]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return ORD_GEN_TENS[lang][tens]
    return f"{TENS[lang][tens]} {ORD_GEN_UNITS[lang][unit]}"


def en_ordinal(n: int) -> str:
    if n <= 20:
        return EN_ORD[n]
    tens, unit = divmod(n, 10)
    return f"{TENS['en'][tens]} {EN_ORD[unit]}" if unit else "thirtieth"


def lt_day(n: int) -> str:
    if n <= 20:
        return LT_ORD_FEM[n]
    tens, unit = divmod(n, 10)
    return f"{TENS['lt'][tens]} {LT_ORD_FEM[unit]}" if unit else "trisdešimta"


def lt_year_ordinal(two_digits: int) -> str:
    """Lithuanian nominative plural ordinal of a year's last two digits.

    87 -> "aštuoniasdešimt septinti" (as in "septinti metai").
    """
    tens, unit = divmod(two_digits, 10)
    if unit == 0:
        return LT_ORD_PL_TENS[tens]
    if tens == 1:
        return TEENS["lt"][unit].replace("lika", "likti")
    return f"{TENS['lt'][tens]} {LT_ORD_PL[unit]}" if tens else LT_ORD_PL[unit]


def zero_word(lang: str, rng: random.Random) -> str:
    """Zero as a caller says it: ru mostly «ноль», uk «нуль» or the surzhyk «ноль», en oh/zero."""
    if lang == "ru":
        return "нуль" if rng.random() < 0.1 else "ноль"
    if lang == "uk":
        return "ноль" if rng.random() < 0.3 else "нуль"
    if lang == "en":
        return "oh" if rng.random() < 0.65 else "zero"
    return "nulis"


def digit_words(digits: str, lang: str, rng: random.Random) -> list[str]:
    zero = zero_word(lang, rng)
    return [zero if d == "0" else DIGITS[lang][int(d)] for d in digits]


def en_doubles(digits: str, rng: random.Random) -> list[str]:
    """English "double five" / "treble two": runs of equal digits collapsed."""
    zero = zero_word("en", rng)
    words, i = [], 0
    while i < len(digits):
        j = i
        while j < len(digits) and digits[j] == digits[i]:
            j += 1
        word = zero if digits[i] == "0" else DIGITS["en"][int(digits[i])]
        run = j - i
        if run == 2:
            words += ["double", word]
        elif run == 3:
            words += ["treble", word]
        else:
            words += [word] * run
        i = j
    return words


def pair_words(pair: str, lang: str, rng: random.Random) -> list[str]:
    if pair[0] == "0":
        return digit_words(pair, lang, rng)
    return below_hundred(int(pair), lang).split()


def speak_group(group: str, habit: str, lang: str, rng: random.Random) -> str:
    """One card group in words, by the caller's habit.

    digits: one word a digit; pairs: "сорок два семьдесят шесть"; whole: the group as one
    number; tri1: three then one ("четыреста двадцать семь шесть"); double: English runs.
    A group starting with zero falls back to digits (people do not say "ноль тысяч").
    """
    if lang == "en" and habit in ("whole", "tri1"):
        habit = "pairs"  # English callers say "forty-two seventy-six", not "four thousand…"
    if habit == "double" and lang == "en":
        return " ".join(en_doubles(group, rng))
    if group[0] == "0" or habit == "digits" or len(group) < 2:
        return " ".join(digit_words(group, lang, rng))
    if habit == "pairs":
        words: list[str] = []
        for start in range(0, len(group) - 1, 2):
            words += pair_words(group[start:start + 2], lang, rng)
        if len(group) % 2:
            words += digit_words(group[-1], lang, rng)
        return " ".join(words)
    if habit == "whole" and len(group) <= 4:
        return cardinal(int(group), lang)
    if habit == "tri1" and len(group) == 4:
        return f"{cardinal(int(group[:3]), lang)} {' '.join(digit_words(group[3], lang, rng))}"
    return " ".join(digit_words(group, lang, rng))


def luhn_ok(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for check in "0123456789":
        if luhn_ok(body + check):
            return body + check
    raise AssertionError(body)


def make_card(rng: random.Random, kind: str) -> str:
    """A Luhn-valid number of a real scheme's shape (prefix and length)."""
    prefix, length = {
        "visa": (rng.choice(["4"]), 16),
        "mc": (rng.choice(["51", "52", "53", "54", "55", "2221", "2315", "2720"]), 16),
        "mir": (rng.choice(["2200", "2202", "2204"]), 16),
        "amex": (rng.choice(["34", "37"]), 15),
        "visa13": ("4", 13),
        "maestro19": (rng.choice(["6762", "5018", "6304"]), 19),
    }[kind]
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    card = luhn_complete(body)
    assert luhn_ok(card) and 13 <= len(card) <= 19
    return card


def iban(country: str, bban: str) -> str:
    """IBAN with its two check digits computed by ISO 13616 mod 97."""
    moved = bban + country + "00"
    numeric = "".join(str(int(ch, 36)) for ch in moved)
    check = 98 - int(numeric) % 97
    value = f"{country}{check:02d}{bban}"
    assert iban_ok(value), value
    return value


def iban_ok(value: str) -> bool:
    moved = value[4:] + value[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def inn12(rng: random.Random) -> str:
    """Russian personal INN: 10 digits and two check digits."""
    body = [rng.randint(1, 9), rng.randint(0, 9)] + [rng.randint(0, 9) for _ in range(8)]
    w11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    body.append(sum(d * w for d, w in zip(body, w11, strict=True)) % 11 % 10)
    w12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    body.append(sum(d * w for d, w in zip(body, w12, strict=True)) % 11 % 10)
    return "".join(map(str, body))


def inn12_ok(value: str) -> bool:
    digits = [int(c) for c in value]
    w11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    w12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    return (sum(d * w for d, w in zip(digits[:10], w11, strict=True)) % 11 % 10 == digits[10]
            and sum(d * w for d, w in zip(digits[:11], w12, strict=True)) % 11 % 10 == digits[11])


def rnokpp(rng: random.Random) -> str:
    """Ukrainian taxpayer number: 9 digits and one check digit."""
    body = [rng.randint(2, 3)] + [rng.randint(0, 9) for _ in range(8)]
    value = "".join(map(str, body))
    return value + str(_rnokpp_check(value))


def _rnokpp_check(nine: str) -> int:
    weights = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return sum(int(d) * w for d, w in zip(nine, weights, strict=True)) % 11 % 10


def rnokpp_ok(value: str) -> bool:
    return len(value) == 10 and _rnokpp_check(value[:9]) == int(value[9])


def asmens_kodas(rng: random.Random, male: bool, year: int, month: int, day: int) -> str:
    """Lithuanian personal code G YYMMDD NNN K with its check digit."""
    century = 3 if year < 2000 else 5
    gender = century + (0 if male else 1)
    body = f"{gender}{year % 100:02d}{month:02d}{day:02d}{rng.randint(0, 999):03d}"
    return body + str(_ak_check(body))


def _ak_check(ten: str) -> int:
    for weights in ([1, 2, 3, 4, 5, 6, 7, 8, 9, 1], [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]):
        rest = sum(int(d) * w for d, w in zip(ten, weights, strict=True)) % 11
        if rest != 10:
            return rest
    return 0


def asmens_kodas_ok(value: str) -> bool:
    return len(value) == 11 and _ak_check(value[:10]) == int(value[10])
