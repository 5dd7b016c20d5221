"""Per-exchange context for blind23: wording lookup and the renderers of labelled values
(card groups, expiry, CVV, names) in both styles."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

import blind23_num as num
from blind23_build import Exchange, Val
from blind23_check import spoken_digits
from blind23_decoys import fill
from blind23_ids import CARD_KINDS, groups, make_card
from blind23_people import LATIN, NAMES
from blind23_phr_en_lt import EN, LT
from blind23_phr_ru_uk import RU, UK
from blind23_settings import COMPANY, LINES, PURPOSE

PHRASES = {"ru": RU, "uk": UK, "en": EN, "lt": LT}
# How zero is said when a caller's digits come from another language (see `digit_mode`).
FOREIGN = {"uk": "ru", "lt": "ru", "en": "lt"}
EN_ZERO_RU = "зиро"


@dataclass
class Ctx:
    ex: Exchange
    rng: random.Random

    @property
    def lang(self) -> str:
        return self.ex.lang

    @property
    def asr(self) -> bool:
        return self.ex.asr

    def p(self, key: str, **fill: str) -> str:
        return self.rng.choice(PHRASES[self.lang][key]).format(**fill)

    def greet(self) -> None:
        agent = self.p("agents")
        company = COMPANY[self.ex.setting][self.lang]
        line = self.p("greet", company=company, agent=agent)
        self.ex.say("agent", line[0].upper() + line[1:])
        self.ex.tag("agent_name")

    def purpose(self) -> None:
        """The caller's reason, and often one setting line full of unlabelled numbers."""
        self.ex.say("customer", PURPOSE[self.ex.setting][self.lang])
        if self.rng.random() < 0.5:
            self.ex.say(*self.setting_line(fill(self.rng, self.lang)))
            self.ex.tag("setting_numbers_nearby")

    def setting_line(self, fill: dict[str, str]) -> tuple[str, str]:
        role, text = self.rng.choice(LINES[self.ex.setting][self.lang])
        return role, text.format(**fill)

    # --- cards --------------------------------------------------------------------------

    def new_card(self) -> tuple[str, str]:
        kinds = ["visa", "mc", "visa", "mc", "unionpay"]
        if self.lang == "ru":
            kinds += ["mir", "mir"]
        roll = self.rng.random()
        kind = ("amex" if roll < 0.06 else "maestro19" if roll < 0.11
                else "visa13" if roll < 0.14 else self.rng.choice(kinds))
        return make_card(self.rng, kind), kind

    def group_words(self, grp: str, mode: str) -> str:
        lang = self.lang
        if mode == "mixed":
            mode = self.rng.choice(["digits", "pairs", "whole"])
        if mode == "digits":
            return num.say_digits(grp, lang)
        if mode == "pairs":
            return num.say_pairs(grp, lang)
        if mode == "whole":
            return num.say_whole(grp, lang)
        if mode == "foreign":
            return num.say_foreign_digits(grp, lang, FOREIGN[lang])
        if mode == "en_zero":
            return " ".join(EN_ZERO_RU if d == "0" else num.UNITS["ru"][int(d)] for d in grp)
        raise ValueError(mode)

    def card_val(self, key: str, grps: list[str], mode: str = "mixed") -> Val:
        """A run of card groups said by one speaker: one piece of entity `key`."""
        digits = "".join(grps)
        if mode == "lookalike":
            asr, changed = num.say_lookalike(digits, self.lang, self.rng)
            if changed:
                self.ex.tag("asr_lookalike")
        elif mode == "merged":
            asr, merged = num.say_merged(digits, self.lang)
            if merged:
                self.ex.tag("asr_merged_digits")
        else:
            spoken = [self.group_words(g, mode) for g in grps]
            for grp, words in zip(grps, spoken, strict=True):
                assert spoken_digits(words) == grp, (grp, words)
            asr = " ".join(spoken)
        if mode not in ("mixed", "whole"):  # a whole group may run into the next when heard
            assert spoken_digits(asr) == digits, (digits, asr)
        return Val(key, "CARD", " ".join(grps), asr, digits)

    def pairs_val(self, key: str, card: str) -> Val:
        """The whole card again, in pairs (written '55 36 91 …', spoken as pairs; an odd
        card starts with its first digit alone)."""
        head = card[:len(card) % 2]
        pairs = ([head] if head else []) + [card[i:i + 2] for i in range(len(head), len(card), 2)]
        asr = num.say_pairs(card, self.lang)
        assert spoken_digits(asr) == card, (card, asr)
        return Val(key, "CARD", " ".join(pairs), asr, card)

    def readback(self, key: str, card: str, kind: str) -> Val:
        mode = self.rng.choice(["digits", "pairs"])
        return self.card_val(key, groups(card, kind), mode)

    # --- expiry and CVV -----------------------------------------------------------------

    def new_expiry(self) -> tuple[int, int]:
        return self.rng.randrange(1, 13), self.rng.randrange(26, 34)

    def expiry_val(self, key: str, month: int, year: int) -> Val:
        lang = self.lang
        written = self.rng.choice([f"{month:02d}/{year}", f"{month:02d}/20{year}",
                                   f"{month:02d}.{year}"])
        forms = [f"{num.pair_words(f'{month:02d}', lang)} {num.cardinal(year, lang)}"]
        if lang in ("ru", "uk"):
            forms.append(f"{num.MONTHS[lang][month]} {num.ordinal_gen(year, lang)}")
        elif lang == "en":
            forms.append(f"{num.MONTHS['en'][month]} {num.en_year(2000 + year)}")
        else:
            forms.append(f"{num.cardinal(month, 'lt')} {num.cardinal(year, 'lt')}")
        return Val(key, "EXPIRY", written, self.rng.choice(forms))

    def cvv_val(self, key: str, size: int) -> Val:
        code = str(self.rng.randrange(1, 10)) + "".join(
            str(self.rng.randrange(10)) for _ in range(size - 1))
        asr = (num.say_digits(code, self.lang) if self.rng.random() < 0.6
               else num.cardinal(int(code), self.lang))
        return Val(key, "CVV", code, asr)

    # --- names --------------------------------------------------------------------------

    def person(self) -> tuple[str, ...]:
        return self.rng.choice(NAMES[self.lang])

    def name_val(self, key: str, form: str, latin: bool = False) -> Val:
        if latin:
            plain = unicodedata.normalize("NFD", LATIN.get(form, form))
            written = "".join(ch for ch in plain if not unicodedata.combining(ch)).upper()
        else:
            written = form
        return Val(key, "PERSON", written, form.lower().replace("-", " "))


def card_groups(card: str, kind: str) -> list[str]:
    return groups(card, kind)


def cvv_size(kind: str) -> int:
    return 4 if kind == "amex" else 3


def card_length(kind: str) -> int:
    return CARD_KINDS[kind][1]
