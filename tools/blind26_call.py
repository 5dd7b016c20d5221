"""Assembles one whole blind26 call: greeting, long problem, troubleshooting full of non-PII
numbers, optional PII moments, resolution and goodbye, 14–40 turns."""

from __future__ import annotations

import re

import blind26_en
import blind26_lt
import blind26_ru
import blind26_uk
from blind26_build import Call
from blind26_ids import Ids
from blind26_moments import EARLY, SETTING_MOMENTS, Moments
from blind26_slots import SlotBag

CONTENT = {"ru": blind26_ru, "uk": blind26_uk, "en": blind26_en, "lt": blind26_lt}
# a number said in two agent turns with the customer in between, and a number read back
ORDER_SPLIT = {
    "ru": ("Записывайте номер обращения: {a}", "Так, пишу.", "Дальше {b} — всё."),
    "uk": ("Записуйте номер звернення: {a}", "Так, пишу.", "Далі {b} — все."),
    "en": ("Your reference number is {a}", "Okay, writing.", "Then {b} — that's it."),
    "lt": ("Užsirašykite kreipinio numerį: {a}", "Taip, rašau.", "Toliau {b} — viskas."),
}
ORDER_ECHO = {
    "ru": (
        "Номер заказа у вас под рукой?",
        "Да, вот: {o}",
        "Так, {o} — вижу, спасибо.",
    ),
    "uk": ("Номер замовлення у вас під рукою?", "Так, ось: {o}", "Так, {o} — бачу, дякую."),
    "en": ("Have you got the order number handy?", "Yes, it's {o}", "So {o} — found it, thanks."),
    "lt": ("Ar turite užsakymo numerį?", "Taip, štai: {o}", "Taigi {o} — radau, ačiū."),
}


def build_call(lang: str, style: str, setting: str, n_pii: int, rng) -> tuple[Call, set[str]]:
    content = CONTENT[lang]
    words = content.SETTINGS[setting]
    tags: set[str] = set()
    pii = Ids(lang, style, rng)
    # the caller's lines use masculine forms in ru/uk/lt; female names appear as relatives
    caller = pii.person(None if lang == "en" else "m")
    moments = Moments(content, pii, rng, tags, caller)
    target = rng.randint(14, 40)

    opening = [
        (
            "agent",
            rng.choice(content.GREET),
            {"company": rng.choice(words["companies"]), "agent": rng.choice(content.AGENTS)},
        ),
        ("customer", f"{rng.choice(content.HELLO)} {words['open'][0]}", {}),
    ]
    for line in words["open"][1:]:
        opening += [("agent", rng.choice(content.ACK), {}), ("customer", line, {})]

    kinds = rng.sample(SETTING_MOMENTS[setting], min(n_pii, len(SETTING_MOMENTS[setting])))
    early = [moments.make(k) for k in kinds if k in EARLY]
    late = [moments.make(k) for k in kinds if k not in EARLY]

    bag = SlotBag(lang, style, rng)
    filler: list[list] = [[("agent", a, {}), ("customer", c, {})] for a, c in words["beats"]]
    rng.shuffle(filler)
    extra = [[("agent", a, {}), ("customer", c, {})] for a, c in rng.sample(content.GENERIC, 6)]
    extra += [[("agent", a, {}), ("customer", c, {})] for a, c in content.HOLD]
    named_q, named_a = rng.choice(content.NAMED)
    extra.append([("agent", named_q, {}), ("customer", named_a, {})])
    split = ORDER_SPLIT[lang]
    digits = bag["order"] if style == "written" else None
    if digits:
        cut = len(digits) // 2
        halves = {"a": digits[:cut], "b": digits[cut:]}
    else:
        spoken = bag["order"].split()
        cut = max(1, len(spoken) // 2)
        halves = {"a": " ".join(spoken[:cut]), "b": " ".join(spoken[cut:])}
    extra.append(
        [("agent", split[0], halves), ("customer", split[1], {}), ("agent", split[2], halves)]
    )
    echo = ORDER_ECHO[lang]
    number = {"o": bag["order"]}
    extra.append(
        [("agent", echo[0], {}), ("customer", echo[1], number), ("agent", echo[2], number)]
    )
    rng.shuffle(extra)

    resolve = [
        ("agent", rng.choice(words["resolve"]), {}),
        ("customer", rng.choice(content.CUST_ACK), {}),
    ]
    agent_q, cust_a, agent_bye = rng.choice(content.CLOSE)
    closing = [("agent", agent_q, {}), ("customer", cust_a, {}), ("agent", agent_bye, {})]

    def size(blocks: list[list]) -> int:
        return sum(len(b) for b in blocks)

    def assemble(middle: list[list]) -> list:
        half = len(middle) // 2
        body = [*early, *middle[:half], *late, *middle[half:]]
        flat = opening + [line for block in body for line in block] + resolve + closing
        lines = [flat[0]]
        for line in flat[1:]:
            if line[0] == lines[-1][0]:  # nobody speaks twice in a row: the other one nods
                other = "customer" if line[0] == "agent" else "agent"
                ack = content.CUST_ACK if other == "customer" else content.ACK
                lines.append((other, ack[len(lines) % len(ack)], {}))
            lines.append(line)
        return lines

    middle: list[list] = filler[:2]
    pool = filler[2:] + extra
    while len(assemble(middle)) < target and pool:
        middle.append(pool.pop(0))
    while len(assemble(middle)) > 40 and len(middle) > 1:
        middle.pop()
    lines = assemble(middle)

    call = Call(lang, style)
    per_call = {"ending": bag["ending"]}
    for role, template, fixed_slots in lines:
        if "{hotline}" in template:
            tags.add("hotline")
        if "{ending}" in template:
            tags.add("card_ending")
        if template == named_a:
            tags.add("named_place")
        if template in (split[0], echo[1]):
            tags.add("order_split" if template == split[0] else "order_echo")
        slots = SlotBag(lang, style, rng, **{**per_call, **fixed_slots})
        call.say(role, template, **_slots_for(template, slots))
    if not call.entities:
        tags.add("no_pii")
    return call, tags


def _slots_for(template: str, bag: SlotBag) -> dict:
    return {name: bag[name] for name in re.findall(r"\{(\w+)\}", template)}
