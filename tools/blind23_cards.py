"""Card-payment exchanges of blind23, one function per dictation habit.

Every function takes the context and the options the plan fixed for this exchange
(`readback`, `holder`, `caller`, `block`), so the totals per cell do not drift with the seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from blind23_build import Seg, Val
from blind23_ctx import Ctx, card_groups, cvv_size
from blind23_people import EN_TITLE
from blind23_settings import COMPANY


def segs(template: str, vals: dict[str, Val]) -> list[Seg]:
    """Split a phrase on its {placeholders}, putting the labelled values in their place."""
    out: list[Seg] = []
    for i, part in enumerate(re.split(r"\{(\w+)\}", template)):
        if i % 2:
            out.append(vals[part])
        elif part.strip():
            out.append(part.strip())
    return out


def caller_intro(c: Ctx) -> None:
    """Agent asks the caller's name; caller gives it; agent addresses the caller back."""
    name = c.person()
    c.ex.say("agent", c.p("name_ask"))
    c.ex.say("customer", c.p("name_lead"), c.name_val("caller", name[0]))
    title = EN_TITLE.get(name[0], "")
    template = c.p("address", voc="{voc}", title=title)
    c.ex.say("agent", *segs(template, {"voc": c.name_val("caller_addr", name[6])}))
    c.ex.tag("person", "caller_name", "agent_address")


def holder(c: Ctx) -> None:
    name = c.person()
    c.ex.say("agent", c.p("holder_ask"))
    latin = c.lang in ("ru", "uk") and c.rng.random() < 0.6
    c.ex.say("customer", c.p("holder_lead"), c.name_val("holder", name[0], latin=latin))
    c.ex.tag("person", "holder")


def readback(c: Ctx, card: str, kind: str) -> None:
    c.ex.say("agent", c.p("rb_intro"), c.readback("card_rb", card, kind), c.p("rb_q"))
    c.ex.say("customer", c.p("yes"))
    c.ex.card_checks["card_rb"] = (card, 1)
    c.ex.tag("agent_readback")


def expiry_cvv(c: Ctx, kind: str, block: str) -> None:
    month, year = c.new_expiry()
    c.ex.say("agent", c.p("ask_exp"))
    if c.rng.random() < 0.5:
        c.ex.say("customer", c.p("exp_lead"), c.expiry_val("exp", month, year))
        c.ex.tag("expiry_until_word")
    else:
        c.ex.say("customer", c.p("exp_lead_plain"), c.expiry_val("exp", month, year))
    c.ex.tag("expiry")
    c.ex.say("agent", c.p("ask_cvv4" if kind == "amex" else "ask_cvv"))
    size = cvv_size(kind)
    if block == "exp_cvv":
        c.ex.say("customer", c.p("cvv_lead"), c.cvv_val("cvv", size))
        c.ex.tag("cvv")
    elif block == "refuse_give":
        c.ex.say("customer", c.p("cvv_refuse"))
        c.ex.say("agent", c.p("cvv_reassure"))
        c.ex.say("customer", c.p("cvv_give"), c.cvv_val("cvv", size))
        c.ex.tag("cvv", "cvv_refused_then_given")
    else:
        c.ex.say("customer", c.p("cvv_refuse"))
        c.ex.say("agent", c.p("cvv_link"))
        c.ex.say("customer", c.p("cvv_link_ok"))
        c.ex.tag("cvv_refused_link")


def _opening(c: Ctx, opts: dict) -> tuple[str, str]:
    c.greet()
    c.purpose()
    if opts.get("caller"):
        caller_intro(c)
    card, kind = c.new_card()
    if opts.get("need_zero"):
        while "0" not in card:
            card, kind = c.new_card()
    c.ex.tag("card", f"len{len(card)}")
    if kind == "amex":
        c.ex.tag("amex")
    c.ex.card_checks["card"] = (card, 2 if opts.get("twice") else 1)
    return card, kind


def _closing(c: Ctx, card: str, kind: str, opts: dict) -> None:
    if opts.get("readback"):
        readback(c, card, kind)
    if opts.get("holder"):
        holder(c)
    if opts.get("block"):
        expiry_cvv(c, kind, opts["block"])
    c.ex.say("agent", c.p("done"))


def one_go(c: Ctx, opts: dict) -> None:
    card, kind = _opening(c, opts)
    c.ex.say("agent", c.p("ask_card"))
    c.ex.say("customer", c.card_val("card", card_groups(card, kind)))
    c.ex.tag("one_go")
    _closing(c, card, kind, opts)


def child_interrupts(c: Ctx, opts: dict) -> None:
    """A child (or, in work settings, a colleague) cuts in while the caller reads the card."""
    card, kind = _opening(c, opts)
    grps = card_groups(card, kind)
    cut = c.rng.choice([1, 2]) if len(grps) > 3 else 1
    c.ex.say("agent", c.p("ask_card"))
    if c.rng.random() < 0.7:
        aside: list[Seg] = [c.p("child"), c.p("hush_child")]
        c.ex.tag("child_interrupts")
    else:
        aside = [c.p("colleague")]
        c.ex.tag("colleague_interrupts")
    c.ex.say("customer", c.card_val("card", grps[:cut]), *aside, c.card_val("card", grps[cut:]))
    _closing(c, card, kind, opts)


def bot_then_human(c: Ctx, opts: dict) -> None:
    """The caller reads the number to a voice bot, which fails; then again to a person."""
    company = COMPANY[c.ex.setting][c.lang]
    card, kind = c.new_card()
    c.ex.tag("card", f"len{len(card)}", "bot_then_human", "agent_name",
             *(["amex"] if kind == "amex" else []))
    c.ex.card_checks["card"] = (card, 2)
    grps = card_groups(card, kind)
    c.ex.say("agent", f"{company[0].upper()}{company[1:]}.", c.p("bot_ask"))
    c.ex.say("customer", c.card_val("card", grps, "digits"))
    c.ex.say("agent", c.p("bot_fail"))
    c.ex.say("agent", c.p("human", agent=c.p("agents")))
    c.ex.say("customer", c.p("human_ok"), c.card_val("card", grps, "mixed"))
    _closing(c, card, kind, opts)


def other_language_digits(c: Ctx, opts: dict) -> None:
    """Digits in another language: Russian in uk/lt calls, Lithuanian in an English call,
    English 'zero' inside Russian speech."""
    opts = {**opts, "need_zero": c.lang == "ru"}
    card, kind = _opening(c, opts)
    c.ex.say("agent", c.p("ask_card"))
    c.ex.say("customer", c.p("mix_ask"))
    c.ex.say("agent", c.p("mix_ok"))
    mode = "en_zero" if c.lang == "ru" else "foreign"
    c.ex.say("customer", c.card_val("card", card_groups(card, kind), mode))
    c.ex.tag("english_zero" if c.lang == "ru" else "digits_other_language")
    _closing(c, card, kind, opts)


def backchannel_each_group(c: Ctx, opts: dict) -> None:
    """The agent types and says 'угу' after every group. Written: separate agent turns;
    ASR: the diariser folded the agent's 'угу' into the caller's turn."""
    card, kind = _opening(c, opts)
    grps = card_groups(card, kind)
    c.ex.say("agent", c.p("ask_card"))
    c.ex.tag("backchannel_each_group")
    if c.asr:
        line: list[Seg] = []
        for i, grp in enumerate(grps):
            line.append(c.card_val("card", [grp]))
            if i < len(grps) - 1:
                line.append(c.p("uhu"))
        c.ex.say("customer", *line)
        c.ex.tag("backchannel_merged")
    else:
        for i, grp in enumerate(grps):
            c.ex.say("customer", c.card_val("card", [grp]))
            if i < len(grps) - 1:
                c.ex.say("agent", c.p("uhu"))
    _closing(c, card, kind, opts)


def regrouped_repeat(c: Ctx, opts: dict) -> None:
    """The caller gives the number in its printed groups, then again in pairs on request."""
    card, kind = _opening(c, {**opts, "twice": True})
    c.ex.say("agent", c.p("ask_card"))
    c.ex.say("customer", c.card_val("card", card_groups(card, kind), "whole"))
    c.ex.say("agent", c.p("regroup_ask"))
    c.ex.say("customer", c.p("regroup_lead"), c.pairs_val("card", card))
    c.ex.tag("regrouped_repeat")
    _closing(c, card, kind, opts)


def asr_mangled(c: Ctx, opts: dict) -> None:
    """ASR hears digit words as look-alike words, or merges two digits into one number.
    In the written style the same call is a plain dictation (the tag says which)."""
    card, kind = _opening(c, opts)
    c.ex.say("agent", c.p("ask_card"))
    mode = c.rng.choice(["lookalike", "merged"]) if c.asr else "mixed"
    c.ex.say("customer", c.card_val("card", card_groups(card, kind), mode))
    if not c.asr:
        c.ex.tag("one_go")
    _closing(c, card, kind, opts)


CARD_TEMPLATES: dict[str, Callable[[Ctx, dict], None]] = {
    "one_go": one_go,
    "child": child_interrupts,
    "bot": bot_then_human,
    "mix": other_language_digits,
    "uhu": backchannel_each_group,
    "regroup": regrouped_repeat,
    "mangled": asr_mangled,
}
