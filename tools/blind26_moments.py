"""PII moments of a blind26 call: each returns the lines it adds, entities already inside.

A line is (role, template, fixed slot values); the call module renders it later, so a moment
can be dropped before rendering without leaving half an entity behind.
"""

from __future__ import annotations

SETTING_MOMENTS = {
    "internet": ["identity", "address", "phone", "email", "name"],
    "power": ["account", "address", "identity", "phone", "relative", "card"],
    "bank": ["identity", "card", "phone", "name"],
    "roaming": ["identity", "card", "phone", "email"],
    "insurance": ["account", "identity", "relative", "phone", "iban"],
    "clinic": ["identity", "phone", "relative", "email"],
    "car": ["name", "phone", "card", "email"],
    "shop": ["name", "email", "card", "address", "iban"],
    "airline": ["identity", "email", "card", "phone"],
    "meter": ["account", "address", "name", "relative"],
    "municipal": ["identity", "address", "phone", "relative"],
    "delivery": ["name", "address", "phone", "email"],
}
EARLY = ("identity", "account", "name")


class Moments:
    """Builds PII moments for one call from the language's PII wording."""

    def __init__(self, content, pii, rng, tags: set[str], who: dict) -> None:
        self.words, self.p, self.rng, self.tags, self.who = content.PII, pii, rng, tags, who

    def line(self, role: str, key: str, **fixed) -> tuple[str, str, dict]:
        return role, self.rng.choice(self.words[key]), fixed

    def make(self, kind: str) -> list[tuple[str, str, dict]]:
        self.tags.add(kind)
        return getattr(self, kind)()

    def card(self) -> list:
        p, rng = self.p, self.rng
        number = p.card_number()
        groups = p.card_groups(number)
        key = p.key("c")
        lines = [self.line("agent", "card_ask")]
        if rng.random() < (0.5 if p.asr else 0.25):
            cut = len(groups) // 2
            lines += [
                self.line("customer", "card_first", card=p.card_piece(groups[:cut], key)),
                self.line("agent", "card_pace"),
                self.line("customer", "card_rest", card=p.card_piece(groups[cut:], key)),
            ]
            self.tags.add("card_split")
        else:
            joiner = rng.choice([" ", " ", " ", " ", "-", ""])
            if not p.asr:
                self.tags.add({" ": "fmt_space", "-": "fmt_dash", "": "fmt_solid"}[joiner])
            lines.append(self.line("customer", "card_give", card=p.card_piece(groups, key, joiner)))
        if rng.random() < 0.35:
            lines += [
                self.line("agent", "card_readback", card=p.card_piece(groups, p.key("c"))),
                self.line("customer", "card_ok"),
            ]
            self.tags.add("card_readback")
        lines += [
            self.line("agent", "exp_ask"),
            self.line("customer", "exp_give", exp=p.expiry()),
            self.line("agent", "cvv_ask"),
            self.line("customer", "cvv_give", cvv=p.cvv()),
            self.line("agent", "pay_done"),
        ]
        self.tags.update({"expiry", "cvv"})
        return lines

    def _name_lines(self) -> list:
        p, who = self.p, self.who
        form = self.rng.choice(["full", "short"] if p.lang in ("ru", "uk") else ["short"])
        if p.lang == "ru" and self.rng.random() < 0.3:
            form = "sur_first"
            self.tags.add("surname_first")
        lines = [
            self.line("agent", "name_ask"),
            self.line("customer", "name_give", name=p.name_ent(who, form)),
        ]
        thanks = "name_thanks_f" if who["sex"] == "f" and p.lang in ("uk", "en") else "name_thanks"
        if thanks in self.words and self.rng.random() < 0.6:
            short = "first_pat" if p.lang == "ru" else "sur"
            lines.append(self.line("agent", thanks, name=p.name_ent(who, short)))
            self.tags.add("agent_addresses")
        return lines

    def name(self) -> list:
        return self._name_lines()

    def identity(self) -> list:
        p, rng = self.p, self.rng
        lines = self._name_lines()
        if rng.random() < 0.75:
            lines += [self.line("agent", "dob_ask"), self.line("customer", "dob_give", dob=p.dob())]
            self.tags.add("dob")
        if rng.random() < 0.8 or "dob" not in self.tags:
            # one document, sometimes both a passport and a national id
            roll = rng.random()
            if roll < 0.5:
                kind, doc = p.passport()
                lines += [
                    self.line("agent", "pass_ask"),
                    self.line("customer", "pass_give", doc=doc),
                ]
                self.tags.update({"passport", kind})
            if roll >= 0.35:
                kind, doc = p.national_id()
                ask = f"id_ask_{kind}" if f"id_ask_{kind}" in self.words else "id_ask"
                lines += [self.line("agent", ask), self.line("customer", "id_give", doc=doc)]
                self.tags.update({"national_id", kind})
            lines.append(self.line("agent", "id_ok"))
        return lines

    def address(self) -> list:
        lines = [
            self.line("agent", "addr_ask"),
            self.line("customer", "addr_give", addr=self.p.address()),
        ]
        if self.rng.random() < 0.5:
            lines += [self.line("agent", "floor_q"), self.line("customer", "floor_a")]
            self.tags.add("floor")
        return lines

    def phone(self) -> list:
        phone = self.p.phone()
        lines = [self.line("agent", "phone_ask"), self.line("customer", "phone_give", phone=phone)]
        if self.rng.random() < 0.4:
            again = type(phone)("PHONE", self.p.key("ph"), phone.text, phone.digits)
            lines += [
                self.line("agent", "phone_readback", phone=again),
                self.line("customer", "phone_ok"),
            ]
            self.tags.add("phone_readback")
        return lines

    def email(self) -> list:
        return [
            self.line("agent", "email_ask"),
            self.line("customer", "email_give", email=self.p.email(self.who)),
            self.line("agent", "email_ok"),
        ]

    def account(self) -> list:
        kind, acct = self.p.account()
        self.tags.add(kind)
        ask = "iban_ask" if kind == "iban" else "acct_ask"
        return [self.line("agent", ask), self.line("customer", "acct_give", acct=acct)]

    def iban(self) -> list:
        if self.p.lang == "ru":
            return self.account()
        self.tags.add("iban")
        return [
            self.line("agent", "iban_ask"),
            self.line("customer", "acct_give", acct=self.p.iban()),
        ]

    def relative(self) -> list:
        sex, template = self.rng.choice(self.words["rel_give"])
        other = self.p.person(sex)
        form = "full" if self.p.lang == "ru" and self.rng.random() < 0.5 else "short"
        return [
            ("customer", template, {"name": self.p.name_ent(other, form)}),
            self.line("agent", "rel_ack"),
        ]
