"""Identity documents and account numbers for blind26, each made valid before it is said."""

from __future__ import annotations

import blind26_lang as L
from blind26_build import Ent
from blind26_pii import Pii

CYR_SERIES = "АВЕКМНОРСТ"


class Ids(Pii):
    """Adds passports, national ids and account numbers to the contact values of `Pii`."""

    def _num(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def passport(self) -> tuple[str, Ent]:
        """(kind, entity): kind names the document so the wording can fit it."""
        rng, lang = self.rng, self.lang
        if lang == "ru":
            written = f"{rng.randint(10, 99)} {rng.randint(10, 99):02d} {self._num(6)}"
            return "ru_passport", self._digits_ent("PASSPORT", self.key("pp"), written)
        if lang == "uk":
            if rng.random() < 0.5:
                series = rng.choice(CYR_SERIES) + rng.choice(CYR_SERIES)
                written = f"{series} {self._num(6)}"
                return "uk_booklet", self._digits_ent("PASSPORT", self.key("pp"), written)
            return "uk_idcard", self._digits_ent("PASSPORT", self.key("pp"), "00" + self._num(7))
        if lang == "lt":
            return "lt_passport", self._digits_ent(
                "PASSPORT", self.key("pp"), str(rng.randint(2, 9)) + self._num(7)
            )
        return "en_passport", self._digits_ent(
            "PASSPORT", self.key("pp"), str(rng.randint(1, 9)) + self._num(8)
        )

    def national_id(self, dob_year: int | None = None) -> tuple[str, Ent]:
        rng, lang = self.rng, self.lang
        if lang == "ru":
            if rng.random() < 0.5:
                while True:
                    body = rng.choice(["77", "50", "69", "52"]) + self._num(8)
                    inn = body + "00"
                    for a in "0123456789":
                        for b in "0123456789":
                            if L.inn12_ok(body + a + b):
                                inn = body + a + b
                    if L.inn12_ok(inn):
                        break
                return "inn", self._digits_ent("NATIONAL_ID", self.key("n"), inn, "inn")
            body = str(rng.randint(100, 999)) + self._num(6)
            snils = body + f"{L.snils_check(body):02d}"
            written = f"{snils[:3]}-{snils[3:6]}-{snils[6:9]} {snils[9:]}"
            return "snils", self._digits_ent("NATIONAL_ID", self.key("n"), written, "snils")
        if lang == "uk":
            body = str(rng.randint(2, 3)) + self._num(8)
            w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
            code = body + str(sum(a * int(b) for a, b in zip(w, body, strict=True)) % 11 % 10)
            return "rnokpp", self._digits_ent("NATIONAL_ID", self.key("n"), code, "rnokpp")
        if lang == "lt":
            year = dob_year or rng.randint(1950, 2003)
            body = (
                f"{rng.choice('34') if year < 2000 else rng.choice('56')}{year % 100:02d}"
                f"{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{self._num(3)}"
            )
            code = body + str(L.asmens_check(body))
            return "asmens", self._digits_ent("NATIONAL_ID", self.key("n"), code, "asmens")
        if rng.random() < 0.5:
            first = rng.choice("ABCEGHJKLMNPRSTWXYZ")
            second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
            if first + second in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                second = "E"
            written = (
                f"{first}{second} {self._num(2)} {self._num(2)} {self._num(2)} {rng.choice('ABCD')}"
            )
            return "uk_ni", self._digits_ent("NATIONAL_ID", self.key("n"), written)
        area = rng.choice([n for n in range(101, 899) if n != 666])
        written = f"{area}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        return "us_ssn", self._digits_ent("NATIONAL_ID", self.key("n"), written)

    def iban(self) -> Ent:
        rng, lang = self.rng, self.lang
        if lang == "uk":
            value = L.iban_make(
                "UA", rng.choice(["305299", "322001", "320649"]) + "0000026" + self._num(12)
            )
        elif lang == "lt":
            value = L.iban_make("LT", rng.choice(["73000", "70440", "72300"]) + self._num(11))
        else:
            value = L.iban_make("GB", rng.choice(["NWBK", "BARC", "LOYD"]) + self._num(14))
        groups = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
        if self.asr:
            parts = []
            for group in groups.split():
                letters = "".join(ch for ch in group if ch.isalpha())
                digits = "".join(ch for ch in group if ch.isdigit())
                parts += [p for p in (letters, digits) if p]
            return Ent("ACCOUNT", self.key("ac"), self.say_groups(parts), value, "iban")
        return Ent("ACCOUNT", self.key("ac"), groups, value, "iban")

    def account(self) -> tuple[str, Ent]:
        """A personal account / contract / policy number (no public checksum)."""
        rng, lang = self.rng, self.lang
        if lang in ("uk", "lt", "en") and (not self.asr or lang != "uk") and rng.random() < 0.4:
            return "iban", self.iban()
        length = {"ru": 10, "uk": 9, "en": 8, "lt": 9}[lang]
        written = str(rng.randint(1, 9)) + self._num(length - 1)
        return "account", self._digits_ent("ACCOUNT", self.key("ac"), written)
