"""Issue 15 behaviours, on hand-made transcripts (no ASR, no models): roles when the customer
speaks first or diarisation merges a greeting into the other party's turn; identity only when
a secret is asked for; greetings with any company name; summaries and clarifying questions
phrased as people phrase them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from checklist_helpers import make_transcript

from speechqa.checklist import load_checklist
from speechqa.evaluate import (
    load_corpus,
    role_figures,
    score_calls,
    sentiment_figures,
    transcripts_for,
)
from speechqa.roles import agent_evidence, assign_by_content, load_cues
from speechqa.schema import RoleAssignment, Transcript, Turn
from speechqa.scoring import score_transcript


@pytest.fixture(scope="module")
def checklist():
    return load_checklist()


def anonymous(turns: list[tuple[str, float, float, str]], language: str = "ru") -> Transcript:
    """Diarised turns: speaker labels S0/S1, roles unknown."""
    return Transcript(
        call_id="roles",
        language=language,
        turns=[Turn(speaker=s, start=a, end=b, text=t) for s, a, b, t in turns],
    )


def passed(checklist, item: str, turns, language: str = "ru") -> bool:
    card = score_transcript(
        make_transcript(turns, language=language), checklist, semantic=False
    )
    return card.item(item).status == "passed"


# --- roles --------------------------------------------------------------------------------


def test_outbound_call_where_the_customer_answers_first():
    transcript = anonymous([
        ("S0", 0.5, 1.2, "Алло?"),
        ("S1", 1.6, 7.0, "Добрый день, это стоматология «Улыбка», меня зовут Инна. Звоню "
                         "напомнить о вашей записи на завтра."),
        ("S0", 7.4, 9.0, "Да, помню, спасибо."),
        ("S1", 9.4, 13.0, "Вам удобно прийти к десяти или перенести на вечер?"),
        ("S0", 13.4, 15.0, "К десяти нормально."),
    ])
    assert assign_by_content(transcript).speaker_roles == {"S1": "agent", "S0": "customer"}


def test_customer_who_speaks_first_with_a_problem_is_not_the_agent():
    transcript = anonymous([
        ("S0", 0.3, 4.0, "Алло, это доставка? У меня посылка так и не пришла, я третий день жду!"),
        ("S1", 4.5, 9.0, "Здравствуйте, служба доставки, меня зовут Олег. Одну минуту, "
                         "проверю ваше отправление."),
        ("S0", 9.5, 11.0, "Жду."),
    ])
    assert assign_by_content(transcript).speaker_roles["S1"] == "agent"


def test_a_greeting_glued_onto_the_customer_turn_does_not_decide_alone():
    # Diarisation put the agent's greeting at the start of the customer's first turn; the
    # rest of the call still shows who the agent is.
    transcript = anonymous([
        ("S1", 0.5, 9.0, "Добрый день, компания «Вектор», меня зовут Анна, чем могу помочь? "
                         "Здравствуйте, у меня не работает интернет, мне нужно срочно."),
        ("S0", 9.5, 13.0, "Назовите, пожалуйста, номер договора. Одну минуту, я проверю."),
        ("S1", 13.5, 15.0, "Три пять семь."),
        ("S0", 15.5, 20.0, "Приношу извинения за неудобства. Вам удобно, если мастер придёт "
                           "завтра? Есть ли у вас ещё вопросы?"),
        ("S1", 20.5, 22.0, "Нет."),
        ("S0", 22.5, 24.0, "Спасибо за обращение."),
    ])
    assert assign_by_content(transcript).speaker_roles == {"S0": "agent", "S1": "customer"}


def test_one_turn_adds_at_most_the_cap():
    cues = load_cues()
    assert cues.turn_cap < float("inf")
    transcript = anonymous([
        ("S0", 0.5, 9.0, "Добрый день, банк «Заря», меня зовут Анна, разговор записывается, "
                         "чем могу помочь? Назовите номер договора и дату рождения."),
        ("S1", 9.5, 10.0, "Да."),
    ])
    assert agent_evidence(transcript, cues)["S0"] <= cues.turn_cap + cues.first_speaker_bonus


# --- identity verification ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Please never share your PIN with anyone, we will never ask for it."),
        ("ru", "PIN-код никому не называйте, мне он тоже не нужен."),
        ("ru", "Кодовое слово называть не нужно, вы уже вошли в приложение."),
        ("en", "I won't need your date of birth today, I'm only booking the engineer."),
    ],
)
def test_a_secret_mentioned_or_waived_is_not_verification(checklist, language, text):
    turns = [
        ("agent", 0.5, 3.0, "Hello." if language == "en" else "Здравствуйте."),
        ("customer", 3.5, 5.0, "Hi." if language == "en" else "Здравствуйте."),
        ("agent", 5.5, 10.0, text),
    ]
    assert not passed(checklist, "identity_verification", turns, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Назовите, пожалуйста, последние четыре цифры паспорта."),
        ("uk", "Назвіть, будь ласка, вашу дату народження."),
        ("en", "For security, could you confirm your date of birth?"),
    ],
)
def test_a_secret_asked_for_is_verification(checklist, language, text):
    turns = [("agent", 0.5, 3.0, "Добрий день."), ("customer", 3.5, 5.0, "Так."),
             ("agent", 5.5, 10.0, text)]
    assert passed(checklist, "identity_verification", turns, language)


# --- greeting ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "turns"),
    [
        ("ru", [("agent", 0.5, 4.0, "Здравствуйте, Ромашка Плюс, Павел, слушаю вас.")]),
        ("en", [("customer", 0.3, 1.0, "Hello?"),
                ("agent", 1.5, 6.0, "Hi, this is Tom calling from Brightwave, is now a good "
                                    "time?")]),
        ("ru", [("customer", 0.3, 1.0, "Да, слушаю."),
                ("agent", 1.5, 6.0, "Добрый вечер, беспокою вас из Кварты, меня зовут Лена.")]),
    ],
)
def test_greeting_with_a_company_name_the_rules_never_saw(checklist, language, turns):
    assert passed(checklist, "greeting", turns, language)


def test_greeting_with_only_the_agents_name_still_fails(checklist):
    turns = [("agent", 0.5, 3.0, "Hi there, Jordan speaking, how can I help?")]
    assert not passed(checklist, "greeting", turns, "en")


# --- summary and clarifying questions ---------------------------------------------------------


def _closing(text: str, language: str) -> list[tuple[str, float, float, str]]:
    opener = "Hello, how can I help?" if language == "en" else "Здравствуйте, слушаю вас."
    return [
        ("agent", 0.5, 3.0, opener),
        ("customer", 3.5, 20.0, "..."),
        ("agent", 20.5, 30.0, "..."),
        ("customer", 30.5, 40.0, "..."),
        ("agent", 40.5, 50.0, text),
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Давайте ещё раз по шагам: сегодня инженер проверит линию, а завтра я сам "
               "перезвоню вам и расскажу результат."),
        ("en", "So here's what happens next: the refund goes back to your card and you get "
               "an email once it's done."),
        ("en", "Alright, I've ordered your replacement credit card."),
    ],
)
def test_summaries_as_people_phrase_them(checklist, language, text):
    assert passed(checklist, "summary", _closing(text, language), language)


def test_a_bare_confirmation_is_not_a_summary(checklist):
    assert not passed(checklist, "summary", _closing("Готово, отменила.", "ru"), "ru")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Which account would you like to transfer from?", True),
        ("en", "Okay, so that's one two nine three, is that right?", True),
        ("ru", "На какую карту вам перевести деньги?", True),
        ("ru", "Упаковку вскрывали?", False),
        ("en", "Was that you?", False),
    ],
)
def test_clarifying_questions_about_the_request(checklist, language, text, expected):
    turns = [("agent", 0.5, 3.0, "Hello."), ("customer", 3.5, 8.0, "I need help."),
             ("agent", 8.5, 12.0, text)]
    assert passed(checklist, "clarifying_questions", turns, language) is expected


# --- evaluation figures: roles on audio modes, sentiment macro-F1 -------------------------


FRESH = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "fresh"


def test_fresh_set_loads_as_a_corpus_named_fresh():
    name, calls = load_corpus(FRESH)
    assert name == "fresh" and len(calls) >= 24
    assert {call.language for call in calls} == {"ru", "uk", "en", "lt"}
    assert any(min(c.gold.turns, key=lambda t: t.start).role == "customer" for c in calls)


def test_second_fresh_set_loads_as_a_corpus_named_fresh2():
    name, calls = load_corpus(FRESH.parent / "fresh2")
    assert name == "fresh2" and len(calls) == 40
    assert {call.language for call in calls} == {"ru", "uk", "en", "lt"}


def test_role_figures_find_a_call_with_swapped_roles_and_cache_reassigns_them(
    checklist, tmp_path
):
    _, calls = load_corpus(FRESH)
    calls = calls[:2]

    def diarised(path, call_id, language):
        """The gold turns as a diariser would give them, roles swapped on purpose."""
        call = next(c for c in calls if c.call_id == call_id)
        turns = [t.model_copy(update={
            "speaker": "S0" if t.role == "agent" else "S1",
            "role": "customer" if t.role == "agent" else "agent"}) for t in call.gold.turns]
        wrong = RoleAssignment(speaker_roles={"S0": "customer", "S1": "agent"},
                               method="content", confidence=0.5, reason="test")
        return call.gold.model_copy(update={"turns": turns, "roles": wrong})

    first = transcripts_for(calls, "mono", cache_dir=tmp_path, transcribe=diarised)
    swapped = role_figures(score_calls(calls, first, checklist, semantic=False), first)
    assert swapped["swapped_calls"] == sorted(c.call_id for c in calls)
    assert swapped["time_weighted_accuracy"] == 0.0
    # Loaded from the cache, the roles are assigned again by today's roles code.
    again = transcripts_for(calls, "mono", cache_dir=tmp_path)
    fixed = role_figures(score_calls(calls, again, checklist, semantic=False), again)
    assert fixed["calls_roles_correct"] == 2 and fixed["time_weighted_accuracy"] > 0.9


def test_sentiment_macro_f1_averages_the_three_classes(checklist):
    _, calls = load_corpus(FRESH)
    scored = score_calls(calls, [c.gold for c in calls], checklist, semantic=False)
    figures = sentiment_figures(scored)
    per_class = figures["per_class"]
    assert set(per_class) == {"negative", "neutral", "positive"}
    expected = sum(per_class[label]["f1"] for label in per_class) / 3
    assert figures["macro_f1"] == pytest.approx(expected, abs=1e-4)
    assert sum(per_class[label]["support"] for label in per_class) == len(calls)


@pytest.mark.parametrize("folder", [FRESH, FRESH.parent / "fresh2"], ids=["fresh", "fresh2"])
def test_frozen_fresh_labels_follow_the_script_tags(folder):
    """calls.json must say what scripts.txt says: a label is true iff a turn carries its tag,
    and missing_disclosure is a review reason exactly when no turn discloses the recording."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "make_fresh_audio", FRESH.parent.parent / "make_fresh_audio.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    scripts = {call["id"]: call for call in module.parse(folder / "scripts.txt")}
    records = json.loads((folder / "calls.json").read_text(encoding="utf-8"))
    assert set(scripts) == {record["id"] for record in records}
    for record in records:
        script = scripts[record["id"]]
        assert [t["text"] for t in record["turns"]] == [t["text"] for t in script["turns"]]
        tags = {tag for turn in script["turns"] for tag in turn["tags"]}
        for tag, item in module.ITEMS.items():
            assert record["labels"][item] == (tag in tags), (record["id"], item)
        reasons = record["aux"]["review_reasons"]
        assert ("missing_disclosure" in reasons) == (not record["labels"]["recording_disclosure"])
        assert record["labels"]["needs_review"] == bool(reasons)
