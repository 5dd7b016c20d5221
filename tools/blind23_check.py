"""Reads spoken card digits back, so the ASR-style card text is checked against the card
by a route independent of the renderer that wrote it."""

from __future__ import annotations

import blind23_num as num

_WORDS: dict[str, tuple[str, int]] = {}


def _vocabulary() -> dict[str, tuple[str, int]]:
    if _WORDS:
        return _WORDS
    for lang in num.UNITS:
        for value, word in enumerate(num.UNITS[lang]):
            _WORDS[word] = ("unit", value)
        for value, word in enumerate(num.TEENS[lang]):
            _WORDS[word] = ("teen", 10 + value)
        for value, word in enumerate(num.TENS[lang][2:], start=2):
            _WORDS[word] = ("ten", value * 10)
    for lang in num.HUNDREDS:
        for value, word in enumerate(num.HUNDREDS[lang][1:], start=1):
            _WORDS[word] = ("hundred", value * 100)
    _WORDS.update({
        "oh": ("unit", 0), "одна": ("unit", 1), "две": ("unit", 2), "дві": ("unit", 2),
        "hundred": ("hmul", 100), "šimtai": ("hmul", 100), "šimtas": ("hundred", 100),
        "тысяча": ("k1", 1000), "тисяча": ("k1", 1000), "tūkstantis": ("k1", 1000),
        "тысячи": ("kmul", 1000), "тысяч": ("kmul", 1000), "тисячі": ("kmul", 1000),
        "тисяч": ("kmul", 1000), "thousand": ("kmul", 1000), "tūkstančiai": ("kmul", 1000),
        "tūkstančių": ("kmul", 1000),
    })
    _WORDS["зиро"] = ("unit", 0)
    for table in num.LOOKALIKE.values():
        for digit_word, heard in table.items():
            _WORDS[heard] = _WORDS[digit_word]
    return _WORDS


def spoken_digits(text: str) -> str:
    """The digit string a listener writes down for spoken number words (each number in
    turn: 'сорок два ноль пять' -> '4205', 'две тысячи двести два' -> '2202')."""
    words = _vocabulary()
    numbers: list[int] = []
    value, state, last = 0, "", 0
    for token in text.split():
        kind, amount = words[token]
        joins = (
            (kind == "unit" and amount > 0 and state in ("ten", "hundred", "thousand"))
            or (kind in ("teen", "ten") and state in ("hundred", "thousand"))
            or (kind == "hundred" and state == "thousand")
        )
        if kind == "hmul":  # multiplies only the unit just said: 'six thousand four hundred'
            value, state = value - last + last * amount, "hundred"
        elif kind == "kmul":
            value, state = value * amount, "thousand"
        elif joins:
            value, state = value + amount, kind
        else:
            if state:
                numbers.append(value)
            value, state = amount, "thousand" if kind == "k1" else kind
        last = amount
    if state:
        numbers.append(value)
    return "".join(str(n) for n in numbers)
