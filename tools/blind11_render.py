"""Turns a template (role-prefixed lines with {placeholders}) into a labelled blind11 record."""

from __future__ import annotations

import re

from blind11_values import ADDRESSES, DECOYS, DOBS, Values

PLACEHOLDER = re.compile(r"\{([^}]+)\}")
ASR_DROP = re.compile(r"[,.!?:;«»„“\"()—–…/]")
EDGE_PUNCT = ',.!?:;«»„“"()—–…'


def _asr_plain(text: str) -> str:
    text = ASR_DROP.sub(" ", text.lower())
    assert not re.search(r"\d", text), text
    return text


class Exchange:
    """Resolves placeholders for one exchange, so read-backs repeat the value first said."""

    def __init__(self, values: Values, style: str) -> None:
        self.v, self.style = values, style
        self.cache: dict[str, tuple[str, str]] = {}
        self.entity_ids: dict[str, int] = {}
        self.entities: list[dict] = []

    def _cached(self, key: str, make) -> tuple[str, str]:
        if key not in self.cache:
            self.cache[key] = make()
        return self.cache[key]

    def _entity(self, etype: str, group: str | None, kind: str | None = None) -> int:
        if group and group in self.entity_ids:
            return self.entity_ids[group]
        self.entities.append({"type": etype, "pieces": [], "chars": [], "text": []})
        if kind:
            self.entities[-1]["kind"] = kind
        index = len(self.entities) - 1
        if group:
            self.entity_ids[group] = index
        return index

    def value(self, spec: str) -> tuple[str, str, str | None, str | None]:
        """Return (written, asr, entity type or None, kind or None) for a placeholder."""
        v = self.v
        if ":" not in spec:
            if spec == "uh":
                return "", v.filler(), None, None
            if spec == "agent":
                return v.agent, v.agent.lower(), None, None
            if spec == "ref":
                return (*self._cached("ref", v.ref_number), None, None)
            if spec == "last4":
                return (*v.last4(), None, None)
            return (*v.pick(DECOYS, spec), None, None)
        etype, kind = spec.split(":")
        if etype == "CARD":
            digits = v.card
            groups = v.card_groups()
            if kind == "full":
                written, spoken = self._cached("card", lambda: (v.card_written(), v.digits(digits)))
                return written, spoken, etype, None
            if kind == "rb":
                return " ".join(groups), v.digits(digits, "single"), etype, None
            if kind == "bad":
                wrong = f"{(int(groups[1]) + 1111) % 10000:04d}"
                return wrong, v.digits(wrong, "pairs"), etype, None
            part = {"p1": groups[:1], "p2": groups[1:2], "p3": groups[2:]}[kind]
            return " ".join(part), v.digits("".join(part)), etype, None
        if etype == "PHONE":
            written, spoken = self._cached("phone", v.phone)
            if kind == "rb":
                local = v.phone_local
                return (
                    f"{local[:3]} {local[3:6]} {local[6:]}",
                    v.digits(local, "single"),
                    etype,
                    None,
                )
            if kind in ("a", "b"):
                local = v.phone_local
                half = local[:5] if kind == "a" else local[5:]
                return half, v.digits(half), etype, None
            return written, spoken, etype, None
        simple = {
            "CVV": v.cvv,
            "EXPIRY": v.expiry,
            "EMAIL": v.email,
            "PASSPORT": v.passport,
            "DOB": lambda: v.pick(DOBS, ""),
            "ADDRESS": lambda: v.pick(ADDRESSES, ""),
        }
        if etype in simple:
            written, spoken = self._cached(etype, simple[etype])
            return written, spoken, etype, None
        if etype in ("NATIONAL_ID", "ACCOUNT"):
            made = self._cached(etype, v.national_id if etype == "NATIONAL_ID" else v.account)
            if kind == "rb":
                return (
                    made[0],
                    v.digits(re.sub(r"\D", "", made[0]), "single")
                    if made[0].isdigit()
                    else made[1],
                    etype,
                    made[2],
                )
            return made[0], made[1], etype, made[2]
        if etype == "PERSON":
            person = v.third if kind.startswith("third") else v.person
            form = {
                "full": person[0],
                "acc": person[1],
                "first": person[2],
                "sur": person[3],
                "third": person[0],
                "third_acc": person[1],
                "third_first": person[2].split()[0],
            }
            if kind == "spell":
                letters = [c for c in person[3] if c.isalpha()]
                return (
                    "-".join(c.upper() for c in letters),
                    " ".join(c.lower() for c in letters),
                    etype,
                    None,
                )
            text = form[kind]
            return text, text.lower(), etype, None
        raise KeyError(spec)

    def render_turn(self, line: str) -> str:
        chars: list[str] = []
        tags: list[int | None] = []
        position = 0
        for match in PLACEHOLDER.finditer(line):
            plain = line[position : match.start()]
            plain = _asr_plain(plain) if self.style == "asr" else plain
            chars += plain
            tags += [None] * len(plain)
            spec = match.group(1)
            group = None
            if "#" in spec:
                spec, group = spec.split("#")
            written, spoken, etype, kind = self.value(spec)
            text = spoken if self.style == "asr" else written
            index = self._entity(etype, group, kind) if etype else None
            chars += text
            tags += [index] * len(text)
            position = match.end()
        plain = line[position:]
        plain = _asr_plain(plain) if self.style == "asr" else plain
        chars += plain
        tags += [None] * len(plain)
        return self._collapse(chars, tags)

    def _collapse(self, chars: list[str], tags: list[int | None]) -> str:
        out: list[str] = []
        out_tags: list[int | None] = []
        index = 0
        while index < len(chars):
            if chars[index].isspace():
                start = index
                while index < len(chars) and chars[index].isspace():
                    index += 1
                before = out_tags[-1] if out_tags else None
                after = tags[index] if index < len(tags) else None
                if (
                    out
                    and index < len(chars)
                    and not (self.style == "written" and chars[index] in ",.!?:;…")
                ):
                    out.append(" ")
                    out_tags.append(
                        before
                        if before is not None and before == after and tags[start] == before
                        else None
                    )
                continue
            out.append(chars[index])
            out_tags.append(tags[index])
            index += 1
        self._pending = (out, out_tags)
        return "".join(out)

    def attach(self, turn_index: int, text: str) -> None:
        """Record entity pieces for the turn just rendered (merging pieces one space apart)."""
        _, out_tags = self._pending
        words, spans, start = text.split(" "), [], 0
        for word in words:
            spans.append((start, start + len(word)))
            start += len(word) + 1
        runs: list[tuple[int, int, int]] = []
        for pos, tag in enumerate(out_tags):
            if tag is None:
                continue
            if (
                runs
                and runs[-1][0] == tag
                and runs[-1][2] in (pos, pos - 1)
                and (runs[-1][2] == pos or text[pos - 1] == " ")
            ):
                runs[-1] = (tag, runs[-1][1], pos + 1)
            else:
                runs.append((tag, pos, pos + 1))
        for tag, a, b in runs:
            first = next(i for i, (s, e) in enumerate(spans) if e > a)
            last = max(i for i, (s, e) in enumerate(spans) if s < b)
            entity = self.entities[tag]
            entity["pieces"].append([turn_index, first, last + 1])
            entity["chars"].append([turn_index, a, b])
            entity["text"].append(text[a:b])
