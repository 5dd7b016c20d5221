"""The rule engine, kind by kind: what matches, what must not, and why."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from checklist_helpers import make_transcript

from speechqa.checklist import load_checklist, parse_checklist
from speechqa.rules import Context, build_call, compile_checklist, evaluate_item, evaluate_rule

ROOT = Path(__file__).resolve().parent.parent
HEADER = 'id: t\nversion: "1"\ntitle: T\n'


def outcome(
    item_yaml: str, turns, *, encoder=None, language="ru", duration=None, lexicons: str = ""
):
    """Evaluate the single item of a one-item checklist over the given turns."""
    checklist = parse_checklist(HEADER + lexicons + "items:\n" + item_yaml)
    compiled = compile_checklist(checklist)
    call = build_call(
        make_transcript(turns, language=language, duration=duration), compiled.vocabulary
    )
    ctx = Context(call, encoder=(lambda: encoder) if encoder else None)
    return evaluate_item(compiled.items[0], ctx)


def item(rule: str, scope: str = "{speaker: agent}") -> str:
    return f"  - id: x\n    title: X\n    scope: {scope}\n    rule: {rule}\n"


RECORDED = item(
    "{kind: phrases, ordered: false, max_gap: 3, "
    "phrases: ['разговор|звонок запис*', 'call record*']}"
)


@pytest.mark.parametrize(
    "text",
    [
        "Наш разговор записывается.",
        "Предупреждаю: звонок может быть записан.",
        "Записывается весь разговор.",
        "Please note that calls are recorded.",
        "Ваш звонок зaписываеться для контроля.",  # Latin 'a' and a misspelling, as from ASR
    ],
)
def test_phrases_match_inflections_word_order_gaps_and_misspellings(text):
    assert outcome(RECORDED, [("agent", 1, 5, text)]).matched


@pytest.mark.parametrize(
    "text",
    [
        "Записываю ваш номер: восемь девять.",  # writing down, not recording the call
        "Запись на ремонт будет через неделю, звонок ждите завтра, если что спрашивайте заново.",
        "Разговор не записывается.",  # negated
    ],
)
def test_phrases_reject_other_meanings_and_negation(text):
    assert not outcome(RECORDED, [("agent", 1, 5, text)]).matched


def test_negation_can_be_required_and_is_explained():
    waiver = item("{kind: phrases, negation: require, phrases: ['кодовое слово']}")
    assert outcome(waiver, [("agent", 1, 4, "Кодовое слово называть не нужно.")]).matched
    request = item("{kind: phrases, phrases: ['кодовое слово']}")
    result = outcome(request, [("agent", 1, 4, "Кодовое слово называть не нужно.")])
    assert not result.matched and "negated by «не»" in result.reason


def test_known_words_are_not_treated_as_misspellings():
    rule = item("{kind: phrases, phrases: [ответить]}")
    assert outcome(rule, [("agent", 1, 3, "Я ответила.")]).matched
    assert not outcome(rule, [("agent", 1, 3, "Я отметила.")]).matched  # a real, other word
    assert outcome(rule, [("agent", 1, 3, "Я отвитила.")]).matched  # an ASR misspelling


def test_exact_forms_and_prefixes():
    rule = item("{kind: phrases, phrases: ['=am', 'монит*']}")
    assert outcome(rule, [("agent", 1, 3, "at nine am")], language="en").matched
    assert not outcome(rule, [("agent", 1, 3, "this is fine")], language="en").matched
    assert outcome(rule, [("agent", 1, 3, "Мониторинг включён.")]).matched


def test_customer_words_never_count_for_agent_items():
    result = outcome(
        RECORDED,
        [("customer", 1, 4, "Наш разговор записывается?"), ("agent", 5, 8, "Добрый день.")],
    )
    assert not result.matched
    assert "said by the customer" in result.reason
    assert result.near_misses and result.near_misses[0].unit.turn_index == 0


def test_windows_use_the_turn_edge_and_the_wider_of_seconds_and_percent():
    disclosure = item(
        RECORDED.split("rule: ")[1].strip(),
        scope="{speaker: agent, window: {anchor: end, first_s: 30}}",
    )
    assert outcome(disclosure, [("agent", 20, 29, "Разговор записывается.")]).matched
    late = outcome(disclosure, [("agent", 25, 37.5, "Разговор записывается.")])
    assert not late.matched and "ends at 37.5 s" in late.reason
    thanks = item(
        "{kind: phrases, phrases: [спасибо]}",
        scope="{speaker: agent, window: {anchor: start, last_s: 35, last_pct: 20}}",
    )
    # 300 s call: the last 20 % (60 s) is wider than 35 s, so 245 s is inside.
    assert outcome(thanks, [("agent", 245, 248, "Спасибо!")], duration=300).matched
    assert not outcome(thanks, [("agent", 235, 238, "Спасибо!")], duration=300).matched
    # 60 s call: the last 35 s is wider than 20 %.
    assert outcome(thanks, [("agent", 26, 28, "Спасибо!")], duration=60).matched


def test_order_rule_rejects_identity_asked_after_account_details():
    rule = item("""
      kind: before
      reference_label: account details
      rule: {kind: phrases, phrases: [дата рождения]}
      reference: {kind: phrases, phrases: [вижу договор]}""")
    early = [("agent", 1, 3, "Назовите дату рождения."), ("agent", 5, 8, "Вижу договор.")]
    assert outcome(rule, early).matched
    late = [
        ("agent", 1, 3, "Вижу договор на улице Мира."),
        ("agent", 5, 8, "Назовите дату рождения."),
    ]
    result = outcome(rule, late)
    assert not result.matched and "comes after account details at 1.0 s" in result.reason


def test_all_within_sentence_turn_and_scope():
    per_sentence = item(
        "{kind: all, rules: [{kind: phrases, phrases: [итак]}, {kind: length, min_words: 4}]}"
    )
    assert outcome(per_sentence, [("agent", 1, 5, "Итак, карта будет готова завтра.")]).matched
    assert not outcome(per_sentence, [("agent", 1, 5, "Итак. Карта будет готова завтра.")]).matched
    per_turn = per_sentence.replace("{kind: all,", "{kind: all, within: turn,")
    assert outcome(per_turn, [("agent", 1, 5, "Итак. Карта будет готова завтра.")]).matched
    per_scope = per_sentence.replace("{kind: all,", "{kind: all, within: scope,")
    assert outcome(
        per_scope, [("agent", 1, 2, "Итак."), ("agent", 3, 5, "Карта готова, ждём вас.")]
    ).matched


def test_not_and_question_rules():
    rule = item(
        "{kind: all, rules: [{kind: question}, {kind: phrases, phrases: ['вам удобно']}, "
        "{kind: not, rule: {kind: phrases, phrases: ['ещё вопрос']}}]}"
    )
    assert outcome(rule, [("agent", 1, 3, "Вам удобно завтра?")]).matched
    assert not outcome(rule, [("agent", 1, 3, "Вам удобно завтра.")]).matched
    result = outcome(rule, [("agent", 1, 3, "Вам удобно, если есть ещё вопрос?")])
    assert not result.matched and "also matches" in result.reason
    # Without any punctuation (ASR) a sentence may be a question: the content decides.
    assert outcome(rule, [("agent", 1, 3, "вам удобно завтра")]).matched
    strict = rule.replace("{kind: question}", "{kind: question, unpunctuated: false}")
    assert not outcome(strict, [("agent", 1, 3, "вам удобно завтра")]).matched


def test_regex_rule_on_folded_text():
    rule = item("{kind: regex, patterns: ['^\\W*(итак|отже)\\b']}")
    assert outcome(rule, [("agent", 1, 3, "ИТАК, всё готово.")]).matched
    assert not outcome(rule, [("agent", 1, 3, "Всё готово, итак.")]).matched


class FakeEncoder:
    """Maps each text to a fixed vector, so the margin logic can be checked exactly."""

    name = "fake"

    def __init__(self, table: dict[str, list[float]]) -> None:
        self.table = table
        self.calls = 0

    def encode(self, texts):
        self.calls += 1
        rows = [np.asarray(self.table[t], dtype=np.float32) for t in texts]
        return np.stack([r / np.linalg.norm(r) for r in rows])


def test_semantic_rule_needs_similarity_and_margin_over_counter_examples():
    encoder = FakeEncoder(
        {
            "Подходит вам это?": [1, 0.1, 0],
            "Вас это устроит?": [1, 0, 0],
            "Упаковку вскрывали?": [0.6, 0.8, 0],
            "Вы вскрывали коробку?": [0.55, 0.83, 0],
            "Как погода?": [0, 0, 1],
        }
    )
    rule = item(
        "{kind: semantic, examples: ['Вас это устроит?'], "
        "counter_examples: ['Вы вскрывали коробку?'], margin: 0.05, min_similarity: 0.5}"
    )
    assert outcome(rule, [("agent", 1, 3, "Подходит вам это?")], encoder=encoder).matched
    assert not outcome(rule, [("agent", 1, 3, "Упаковку вскрывали?")], encoder=encoder).matched
    assert not outcome(rule, [("agent", 1, 3, "Как погода?")], encoder=encoder).matched


def test_semantic_rules_run_only_when_cheap_rules_found_nothing():
    encoder = FakeEncoder({"Вас это устроит?": [1, 0], "Вам подходит?": [1, 0.1]})
    rule = item(
        "{kind: any, rules: [{kind: phrases, phrases: ['вам подходить']}, "
        "{kind: semantic, examples: ['Вас это устроит?'], min_similarity: 0.5}]}"
    )
    assert outcome(rule, [("agent", 1, 3, "Вам подходит?")], encoder=encoder).matched
    assert encoder.calls == 0


GREETING = load_checklist().item("greeting")


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Добрый день, банк «Северный», меня зовут Елена.", True),
        ("Здравствуйте, интернет-магазин Домотека, оператор Ирина.", True),
        ("Здравствуйте, ТелеСфера, Алексей, слушаю вас.", True),
        ("здравствуйте горэнергосбыт специалист елена", True),  # lower-case ASR
        ("Hello, this is Harper Valley National Bank, my name is Robert.", True),
        ("Hi, thanks for calling Skyline, my name's Claire.", True),
        ("Здравствуйте, меня зовут Елена, слушаю вас.", False),
        ("Здравствуйте, оператор Ирина, слушаю вас.", False),
        ("Hi, this is Mike, how can I help you today?", False),
        ("Добрий день, мене звати Наталія, слухаю вас.", False),
        ("Здравствуйте, служба поддержки, слушаю.", False),
    ],
)
def test_greeting_needs_the_company_not_just_the_agent_name(text, named):
    checklist = load_checklist()
    compiled = compile_checklist(checklist)
    entry = next(e for e in compiled.items if e.item.id == "greeting")
    language = "uk" if "Добрий" in text else "en" if text.isascii() else "ru"
    call = build_call(
        make_transcript(
            [("agent", 1, 6, text), ("customer", 7, 9, "Да, добрый день, вопрос.")],
            language=language,
        ),
        compiled.vocabulary,
    )
    assert evaluate_item(entry, Context(call)).matched is named
    assert GREETING.scope.segment == "opening"


def test_company_named_only_after_the_customer_asks_is_not_a_greeting():
    checklist = load_checklist()
    compiled = compile_checklist(checklist)
    entry = next(e for e in compiled.items if e.item.id == "greeting")
    turns = [
        ("agent", 0.7, 1.5, "Алло."),
        ("customer", 2, 5, "Алло, это служба доставки?"),
        ("agent", 5.5, 8, "Да, здравствуйте, служба доставки «Быстрый курьер»."),
    ]
    result = evaluate_item(entry, Context(build_call(make_transcript(turns), compiled.vocabulary)))
    assert not result.matched and "not part of the agent's opening" in result.reason


def test_flag_triggers_use_their_own_scope():
    checklist = load_checklist()
    compiled = compile_checklist(checklist)
    churn = next(f for f in compiled.flags if f.flag.code == "churn_threat")
    scope, node = churn.triggers[0]
    said = build_call(
        make_transcript([("customer", 1, 4, "Я уйду к вашим конкурентам.")]), compiled.vocabulary
    )
    assert evaluate_rule(node, scope, Context(said), explain=False).matched
    by_agent = build_call(
        make_transcript([("agent", 1, 4, "Многие уходят к конкурентам.")]), compiled.vocabulary
    )
    assert not evaluate_rule(node, scope, Context(by_agent), explain=False).matched


def test_example_checklist_with_semantic_rules_is_valid():
    checklist = load_checklist(ROOT / "checklists" / "example-empathy.yaml")
    assert compile_checklist(checklist).has_semantic


@pytest.mark.slow
def test_semantic_rule_with_the_embedded_encoder():
    from speechqa.embeddings import get_encoder

    checklist = load_checklist(ROOT / "checklists" / "example-empathy.yaml")
    compiled = compile_checklist(checklist)
    entry = next(e for e in compiled.items if e.item.id == "empathy")

    def decide(agent_text: str):
        turns = [
            ("customer", 0, 4, "У меня чайник приехал разбитый."),
            ("agent", 5, 9, agent_text),
        ]
        call = build_call(make_transcript(turns), compiled.vocabulary)
        return evaluate_item(entry, Context(call, encoder=get_encoder))

    paraphrase = decide("Ох, как же неприятно, что вам привезли его в таком виде.")
    assert paraphrase.matched and paraphrase.hits[0].rule_id == "empathy.semantic"
    assert not decide("Назовите, пожалуйста, номер заказа.").matched
