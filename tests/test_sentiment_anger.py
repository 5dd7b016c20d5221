"""The angry-customer flag's intensity (anger → escalation → legal threat), its cue lexicon
(negation, someone else's anger, praise for the agent), the recency weight of the call-level
aggregation, and the checklist's escalation / legal-threat flags agreeing with the intensity.
Per-turn sentiment is given, so these run without the model."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import jsonschema
import numpy as np
import pytest

from speechqa import sentiment
from speechqa.checklist import load_checklist
from speechqa.schema import (
    SCORECARD_SCHEMA_VERSION,
    Flag,
    FlagIntensity,
    Sentiment,
    Transcript,
    Turn,
)
from speechqa.scoring import score_transcript

ROOT = Path(__file__).resolve().parents[1]
ANGRY = (0.95, 0.04, 0.01)
ANNOYED = (0.6, 0.35, 0.05)
CALM = (0.05, 0.9, 0.05)
PLEASED = (0.02, 0.08, 0.9)


def _s(negative: float, neutral: float, positive: float) -> Sentiment:
    scores = {"negative": negative, "neutral": neutral, "positive": positive}
    label = max(scores, key=scores.get)
    return Sentiment(label=label, score=scores[label], scores=scores)


def _call(language: str, customer: list[tuple[str, tuple[float, float, float]]]) -> Transcript:
    turns = []
    for i, (text, probabilities) in enumerate(customer):
        turns.append(Turn(speaker="A", role="agent", start=10.0 * i, end=10.0 * i + 4,
                          text="Понимаю, сейчас проверю.", language=language,
                          sentiment=_s(*CALM)))
        turns.append(Turn(speaker="C", role="customer", start=10.0 * i + 5, end=10.0 * i + 9,
                          text=text, language=language, sentiment=_s(*probabilities)))
    return Transcript(call_id="constructed", language=language, turns=turns)


def _angry_flag(transcript: Transcript) -> Flag | None:
    summary = sentiment.summarize(transcript)
    flags = {f.code: f for f in sentiment.sentiment_flags(transcript, summary)}
    return flags.get("angry_customer")


OPENING = [("Мне второй раз списали деньги за один заказ", ANGRY),
           ("Номер заказа сорок два семнадцать", CALM)]


def test_outrage_without_threats_is_intensity_one():
    """Three strongly negative turns would not have raised the flag before (it needed four);
    the outrage cues make the difference between annoyed and angry."""
    transcript = _call("ru", [*OPENING,
                              ("Это просто издевательство, цирк какой-то!", ANGRY),
                              ("Бардак полный, позорище.", ANGRY)])
    flag = _angry_flag(transcript)
    assert flag is not None and flag.severity == "critical"
    assert flag.intensity == FlagIntensity(level=1, name="anger", score=flag.intensity.score,
                                           evidence=flag.intensity.evidence)
    assert flag.intensity.score >= sentiment.DEFAULT_ANGER.min_score
    assert any("издевательство" in quote for quote in flag.intensity.evidence)
    assert "intensity 1/3" in flag.reason


def test_demand_for_a_manager_is_escalation_and_a_legal_threat_is_the_top_level():
    escalation = _call("ru", [*OPENING, ("Вы издеваетесь? Это безобразие!", ANGRY),
                              ("Соедините меня с вашим руководителем, немедленно.", ANGRY)])
    assert _angry_flag(escalation).intensity.name == "escalation"
    legal = _call("en", [("You charged me twice, this is a scam!", ANGRY),
                         ("The number is four four one two.", CALM),
                         ("I want my supervisor, now.", ANGRY),
                         ("I'm reporting you to the ombudsman and taking you to court.", ANGRY)])
    flag = _angry_flag(legal)
    assert (flag.intensity.level, flag.intensity.name) == (3, "legal_threat")
    assert any("ombudsman" in quote for quote in flag.intensity.evidence)
    for language, threat in (("uk", "Я напишу скаргу до Національного банку!"),
                             ("lt", "Rašysiu skundą Lietuvos bankui!")):
        kinds = {cue.kind for cue in sentiment.find_anger_cues(_call(language, [(threat, ANGRY)]))}
        assert "legal_threat" in kinds, language


# Said the way other people say it: no word from the first lexicon, each in its own syntax.
NEW_PHRASINGS = [
    ("ru", "Увидимся в суде, мой юрист с вами свяжется.", "legal_threat"),
    ("ru", "Обращение в Центральный банк у меня уже написано.", "legal_threat"),
    ("ru", "Переведите меня на того, кто у вас принимает решения.", "escalation"),
    ("ru", "Дайте мне кого-нибудь постарше.", "escalation"),
    ("ru", "Вы людей вообще ни во что не ставите.", "anger"),
    ("ru", "Сколько раз мне ещё повторять одно и то же?", "exasperation"),
    ("ru", "Я выложу всю эту историю в соцсети.", "exit_threat"),
    ("uk", "З'єднайте мене з кимось, хто має повноваження.", "escalation"),
    ("uk", "Усі записи отримає мій адвокат.", "legal_threat"),
    ("uk", "Я зараз дуже зла.", "anger"),
    ("uk", "Я вже втретє прошу одне й те саме.", "repetition"),
    ("uk", "Ви взагалі розумієте, що ви робите з людьми?", "exasperation"),
    ("en", "I'd like to speak to whoever is above you.", "escalation"),
    ("en", "I'll be raising this with the Financial Conduct Authority.", "legal_threat"),
    ("en", "Full refund by Friday, or I'll see you in court.", "legal_threat"),
    ("en", "Frankly, it's pathetic.", "anger"),
    ("en", "How many times do I have to explain this?", "exasperation"),
    ("en", "That's the third time this month.", "repetition"),
    ("en", "I'm putting this whole saga on Twitter tonight.", "exit_threat"),
    ("lt", "Sujunkite mane su kuo nors, kas gali priimti sprendimą.", "escalation"),
    ("lt", "Mano advokatas su jumis susisieks.", "legal_threat"),
    ("lt", "Kiek galima? Jau trečią kartą skambinu.", "exasperation"),
    ("lt", "Viską aprašysiu feisbuke, tegul visi žino.", "exit_threat"),
]


def test_new_phrasings_are_cues_as_written_and_as_asr_text():
    for language, text, kind in NEW_PHRASINGS:
        for variant in (text, sentiment.asr_style(text)):
            kinds = {cue.kind for cue in sentiment.find_anger_cues(_call(language,
                                                                         [(variant, ANGRY)]))}
            assert kind in kinds, (variant, kinds)


def test_asr_text_keeps_a_demand_after_an_earlier_negation_but_not_a_negated_threat():
    """Without punctuation the previous sentence's «не» is in the rules' clause window."""
    demand = sentiment.asr_style("Ні, ви не розумієте. Я хочу, щоб мені зателефонував ваш "
                                 "начальник.")
    assert "escalation" in {c.kind for c in sentiment.find_anger_cues(
        _call("uk", [(demand, ANGRY)]))}
    assert "escalation" in {c.kind for c in sentiment.find_anger_cues(_call("ru", [(
        "вы ничего не решаете дайте мне кого-нибудь постарше", ANGRY)]))}
    for language, text in (("ru", "я не собираюсь подавать в суд мне просто нужен свет"),
                           ("en", "i'm not going to sue anyone i just want it fixed"),
                           ("en", "look i'm not going to go to the ombudsman over this"),
                           ("ru", "да я не собираюбь ни в какой суд идти мне нужен свет"),
                           ("ru", "в суд не собираюсь просто сделайте перерасчёт")):
        kinds = {c.kind for c in sentiment.find_anger_cues(_call(language, [(text, ANNOYED)]))}
        assert "legal_threat" not in kinds, text


def test_anger_said_in_many_small_ways_adds_up():
    """Cold fury, repetition and sarcasm with no outrage word: the old flag needed one."""
    cold = _call("ru", [("Я звоню в четвёртый раз за неделю по одному и тому же вопросу.", ANGRY),
                        ("Дату я называла каждому. Вы там вообще что-нибудь записываете?", ANGRY),
                        ("Я очень стараюсь говорить спокойно, но получается плохо.", ANGRY)])
    sarcastic = _call("en", [("Oh, fantastic. Your systems are down again?", ANGRY),
                             ("Do you ever have them up? What exactly am I paying for?", ANGRY),
                             ("Twenty minutes on hold, again. How many times now?", ANGRY)])
    for transcript in (cold, sarcastic):
        flag = _angry_flag(transcript)
        assert flag is not None and flag.intensity.name == "anger"
        assert "exasperation" in " ".join(flag.intensity.evidence)


def test_anger_at_a_third_party_is_not_an_angry_customer():
    """Saying the anger is not at the company takes ``exoneration_weight`` off the score."""
    for language, turns, exonerating in (
        ("en", [("Some idiot reversed into my car and drove off, I'm furious!", ANGRY),
                ("I'm absolutely furious with him.", ANGRY),
                ("People like that are a disgrace.", ANGRY),
                ("I need to open a claim today.", ANNOYED)],
         "Not with you, obviously."),
        ("ru", [("Мошенники сняли с карты двадцать тысяч, я в ярости!", ANGRY),
                ("Это безобразие, у пенсионерки украсть.", ANGRY),
                ("Какой позор, таких людей сажать надо.", ANGRY),
                ("Заблокируйте карту, пожалуйста.", ANNOYED)],
         "Вы тут ни при чём, к вам претензий нет."),
    ):
        plain = _call(language, turns)
        turns[-1] = (f"{exonerating} {turns[-1][0]}", turns[-1][1])
        excused = _call(language, turns)
        before = sentiment.assess_anger(plain, sentiment.summarize(plain))
        after = sentiment.assess_anger(excused, sentiment.summarize(excused))
        assert after.exonerated and not before.exonerated, language
        weight = sentiment.DEFAULT_ANGER.exoneration_weight
        assert after.score == pytest.approx(before.score - weight)
        threshold = dataclasses.replace(sentiment.DEFAULT_ANGER,
                                        min_score=before.score - weight / 2)
        assert sentiment.assess_anger(plain, sentiment.summarize(plain), threshold).angry
        assert not sentiment.assess_anger(excused, sentiment.summarize(excused),
                                          threshold).angry, language


def test_someone_elses_anger_and_the_agents_apologies_are_not_the_customers():
    for language, text in (
        ("uk", "Сусідка каже, що вона вже скаргу на вас писала і дуже з вами сварилася."),
        ("en", "My wife was absolutely livid, she wanted to go straight to the ombudsman."),
        ("ru", "Отец, конечно, рвал и метал, кричал, что в суд на вас подаст."),
        ("lt", "Vyras labai pyko ir sakė, kad kreipsis į teismą."),
    ):
        assert sentiment.find_anger_cues(_call(language, [(text, CALM)])) == [], text
    apologies = _call("en", [("I just need to add a bag to my booking.", CALM)])
    apologies.turns[0] = apologies.turns[0].model_copy(update={
        "text": "I completely understand your frustration, I know how angry you must be, "
                "and I sincerely apologise. Shall I get my supervisor?"})
    assert sentiment.find_anger_cues(apologies) == []


def test_annoyed_customer_without_cues_is_not_angry():
    transcript = _call("ru", [(f"Ну это неприятно, конечно, жаль, номер {i}", ANNOYED)
                              for i in range(4)])
    assert sentiment.summarize(transcript).customer_sentiment == "negative"
    assert _angry_flag(transcript) is None


def test_negated_threats_someone_elses_anger_and_praise_are_not_cues():
    cases = [
        ("en", "I'm not going to sue anyone, I just want it fixed.", ANNOYED),
        ("ru", "Я не собираюсь ни в какой суд идти, мне просто нужен свет.", ANNOYED),
        ("en", "My neighbour is furious, he keeps saying he'll sue the council.", CALM),
        ("ru", "Муж был в бешенстве, кричал, что пойдёт в суд.", CALM),
        ("ru", "Я хочу поговорить с вашим руководителем, чтобы сказать, какая Лена молодец.",
         PLEASED),
        ("en", "Can I speak to your manager? I want them to know how great you were.", PLEASED),
    ]
    for language, text, probabilities in cases:
        assert sentiment.find_anger_cues(_call(language, [(text, probabilities)])) == [], text
    assert [cue.kind for cue in sentiment.find_anger_cues(
        _call("en", [("I'm going to sue you.", ANGRY)]))] == ["legal_threat"]


def test_recency_weight_lets_the_end_of_the_call_decide():
    """Irritated early, pleased at the end: neutral with equal weights, positive when the end
    counts more."""
    probs = np.array([ANNOYED, ANNOYED, CALM, PLEASED, PLEASED])
    words = [8] * 5
    flat = dataclasses.replace(sentiment.DEFAULT_AGGREGATION, end_weight=0.0, margin=0.15,
                               positive_threshold=0.25)
    assert sentiment.aggregate_probabilities(probs, words, flat) == "neutral"
    recent = dataclasses.replace(flat, end_weight=2.0)
    assert sentiment.aggregate_probabilities(probs, words, recent) == "positive"


def _angry(level: int, evidence: list[str]) -> Flag:
    return Flag(code="angry_customer", severity="critical", reason="customer angry",
                start=5.0, end=9.0,
                intensity=FlagIntensity(level=level, name=sentiment.INTENSITY_LEVELS[level - 1],
                                        score=6.0, evidence=evidence))


def test_intensity_and_the_checklist_flags_tell_one_story():
    legal = Flag(code="legal_threat", severity="critical", reason="court [legal_threat]")
    raised = sentiment.harmonise_anger_flags([_angry(1, ["anger: «Позор!»"]), legal],
                                             {"legal_threat": "critical"})
    assert raised[0].intensity.level == 3 and raised[0].intensity.name == "legal_threat"
    added = sentiment.harmonise_anger_flags(
        [_angry(3, ["legal_threat: «иск в суд»", "escalation: «дайте начальника»"])],
        {"legal_threat": "critical", "escalation_request": "warning"})
    assert {f.code: f.severity for f in added} == {
        "angry_customer": "critical", "legal_threat": "critical", "escalation_request": "warning"}
    assert sentiment.harmonise_anger_flags([_angry(3, ["legal_threat: «иск»"])], {}) == [
        _angry(3, ["legal_threat: «иск»"])]  # a checklist without the flag does not get it


def test_scorecard_carries_the_intensity_and_validates_against_the_published_schema():
    transcript = _call("ru", [*OPENING, ("Это мошенничество, просто беспредел!", ANGRY),
                              ("Я подам иск в суд и напишу в Роспотребнадзор.", ANGRY)])
    summary = sentiment.summarize(transcript)
    card = score_transcript(transcript, load_checklist(None), sentiment=summary,
                            extra_flags=sentiment.sentiment_flags(transcript, summary),
                            semantic=False)
    flags = {f.code: f for f in card.flags}
    assert flags["angry_customer"].intensity.name == "legal_threat"
    assert "legal_threat" in flags and card.needs_review
    assert card.schema_version == SCORECARD_SCHEMA_VERSION == "1.2"
    schema = json.loads((ROOT / "schemas" / "scorecard.schema.json").read_text("utf-8"))
    jsonschema.validate(json.loads(card.model_dump_json()), schema)


def test_tuning_calls_label_every_angry_call_with_an_intensity():
    for name in ("sentiment_calls.json", "anger_calls.json", "anger_calls2.json"):
        calls = json.loads((ROOT / "benchmarks" / "data" / name).read_text("utf-8"))
        for call in calls:
            assert (call["angry_intensity"] != "none") == call["angry_customer"], call["id"]
            assert call["angry_intensity"] in ("none", *sentiment.INTENSITY_LEVELS)


def test_eval_reports_intensity_against_the_review_reasons():
    from speechqa.evaluate import LabelledCall, Scored, labelled_intensity, review_figures

    assert labelled_intensity(["complaint"]) is None
    assert labelled_intensity(["angry_customer", "churn_threat"]) == "anger"
    assert labelled_intensity(["angry_customer", "escalation_request"]) == "escalation"
    assert labelled_intensity(["escalation_request", "angry_customer", "legal_threat"]) == (
        "legal_threat")
    transcript = _call("ru", [*OPENING, ("Это мошенничество, просто беспредел!", ANGRY),
                              ("Дайте мне вашего начальника, немедленно!", ANGRY)])
    summary = sentiment.summarize(transcript)
    card = score_transcript(transcript, load_checklist(None), sentiment=summary,
                            extra_flags=sentiment.sentiment_flags(transcript, summary),
                            semantic=False)
    call = LabelledCall(call_id="c", language="ru", labels={}, gold=transcript,
                        needs_review=True,
                        review_reasons=["angry_customer", "escalation_request"])
    figures = review_figures([Scored(call, card, 1.0)])
    assert figures["reasons"]["angry_customer"]["tp"] == 1
    assert figures["angry_intensity"] == {
        "calls": 1, "accuracy": 1.0, "confusion_gold_to_predicted": {"escalation->escalation": 1}}
