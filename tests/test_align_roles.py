"""Words → turns, and who is the agent: unit tests on constructed and real transcripts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import FIXTURE_CORPUS, SHARED

from speechqa.align import SpeakerAssigner, SpeakerSpan, assign_speakers, build_turns
from speechqa.formats import safe_call_id, to_rttm, to_srt, to_vtt, write_transcript
from speechqa.roles import (
    apply_roles,
    assign_by_channel,
    assign_by_content,
    parse_channel_map,
)
from speechqa.schema import Transcript, Turn, Word


def _words(spec: list[tuple[str, float, float]]) -> list[Word]:
    return [Word(text=text, start=start, end=end, probability=0.9) for text, start, end in spec]


def test_words_go_to_the_speaker_whose_segment_covers_them():
    words = _words([("hello", 0.1, 0.4), ("there", 0.5, 0.8), ("hi", 1.2, 1.4)])
    spans = [SpeakerSpan("A", 0.0, 0.9), SpeakerSpan("B", 1.1, 1.6)]
    assert [speaker for speaker, _ in assign_speakers(words, spans)] == ["A", "A", "B"]


def test_double_talk_keeps_the_continuing_speaker():
    words = _words([("so", 0.0, 0.3), ("the", 0.4, 0.6), ("plan", 0.7, 1.0)])
    spans = [SpeakerSpan("A", 0.0, 1.2), SpeakerSpan("B", 0.35, 1.1)]
    assert [speaker for speaker, _ in assign_speakers(words, spans)] == ["A", "A", "A"]


def test_word_far_from_any_segment_is_dropped():
    words = _words([("ghost", 10.0, 10.3)])
    assert [speaker for speaker, _ in assign_speakers(words, [SpeakerSpan("A", 0.0, 2.0)])] == [
        None]


def test_words_assigned_batch_by_batch_get_the_speakers_they_get_all_at_once():
    # double talk at a batch boundary: the continuing speaker carries over to the next batch
    words = _words([("so", 0.0, 0.3), ("the", 0.4, 0.6), ("plan", 0.7, 1.0), ("yes", 1.5, 1.8),
                    ("ghost", 9.0, 9.2), ("fine", 12.1, 12.4), ("ok", 12.5, 12.8)])
    spans = [SpeakerSpan("B", 0.35, 1.1), SpeakerSpan("A", 0.0, 1.2), SpeakerSpan("B", 1.4, 2.0),
             SpeakerSpan("A", 12.0, 12.6), SpeakerSpan("B", 12.45, 13.0)]
    whole = assign_speakers(words, spans)
    assert [speaker for speaker, _ in whole] == ["A", "A", "A", "B", None, "A", "B"]
    for cut in range(len(words) + 1):
        assigner = SpeakerAssigner(spans)
        assert assigner.assign(words[:cut]) + assigner.assign(words[cut:]) == whole
    one_by_one = SpeakerAssigner(spans)
    assert [pair for word in words for pair in one_by_one.assign([word])] == whole


def test_turns_split_on_long_pause_and_on_the_other_speakers_answer():
    pairs = [
        ("A", w) for w in _words([("is", 0.0, 0.2), ("it", 0.3, 0.5), ("ok", 0.6, 0.9),
                                  ("good", 2.0, 2.3), ("bye", 5.0, 5.3)])
    ] + [("B", w) for w in _words([("yes", 1.1, 1.4)])]
    turns = build_turns(pairs, language="en")
    assert [(t.speaker, t.text) for t in turns] == [
        ("A", "is it ok"), ("B", "yes"), ("A", "good"), ("A", "bye")
    ]
    assert all(t.language == "en" for t in turns)


def test_backchannel_over_continuous_speech_does_not_cut_the_turn():
    pairs = [("A", w) for w in _words([("one", 0.0, 0.4), ("two", 0.5, 0.9), ("three", 1.0, 1.4)])]
    pairs += [("B", w) for w in _words([("mhm", 0.45, 0.95)])]
    turns = build_turns(pairs)
    assert [(t.speaker, t.text) for t in turns] == [("A", "one two three"), ("B", "mhm")]
    assert turns[0].end > turns[1].start  # the overlap is kept


def _gold(timing: Path, mapping: dict[str, str]) -> Transcript:
    data = json.loads(timing.read_text("utf-8"))
    return Transcript(call_id=timing.stem, turns=[
        Turn(speaker=mapping[t["speaker"]], start=t["start"], end=t["end"], text=t["text"])
        for t in data["turns"]
    ])


def _assert_content_roles(timing: Path, agent_label: str) -> None:
    other = "SPEAKER_01" if agent_label == "SPEAKER_00" else "SPEAKER_00"
    transcript = _gold(timing, {"agent": agent_label, "customer": other})
    assignment = assign_by_content(transcript)
    assert assignment.speaker_roles == {agent_label: "agent", other: "customer"}
    assert assignment.confidence > 0.7


@pytest.mark.parametrize("call", sorted(p.stem for p in (FIXTURE_CORPUS / "timing").glob("*")))
@pytest.mark.parametrize("agent_label", ["SPEAKER_00", "SPEAKER_01"])
def test_content_roles_find_the_agent_on_test_calls(call, agent_label):
    _assert_content_roles(FIXTURE_CORPUS / "timing" / f"{call}.json", agent_label)


@pytest.mark.skipif(not (SHARED / "corpus/dev").exists(), reason=f"no corpus at {SHARED}")
@pytest.mark.parametrize("call", ["dev_01", "dev_13", "dev_17", "dev_22"])
@pytest.mark.parametrize("agent_label", ["SPEAKER_00", "SPEAKER_01"])
def test_content_roles_find_the_agent_on_real_dev_calls(call, agent_label):
    _assert_content_roles(SHARED / "corpus/dev/timing" / f"{call}.json", agent_label)


def test_content_roles_low_confidence_without_cues():
    transcript = Transcript(call_id="x", turns=[
        Turn(speaker="A", start=0, end=1, text="ok"), Turn(speaker="B", start=1, end=2, text="ok"),
    ])
    assert assign_by_content(transcript).confidence < 0.7


def test_channel_map_and_apply():
    assignment = assign_by_channel(["CHANNEL_0", "CHANNEL_1"], parse_channel_map("customer,agent"))
    turn = Turn(speaker="CHANNEL_1", start=0, end=1, text="hi")
    transcript = Transcript(call_id="c", turns=[turn])
    labelled = apply_roles(transcript, assignment)
    assert labelled.turns[0].role == "agent" and transcript.turns[0].role == "unknown"
    with pytest.raises(ValueError, match="channel map"):
        parse_channel_map("agent,boss")


def test_formats(tmp_path):
    transcript = Transcript(call_id="call 7/../x", language="en", turns=[
        Turn(speaker="S0", role="agent", start=0.5, end=2.25, text="Hello <b>&</b>\n\n--> there"),
        Turn(speaker="S1", start=2.0, end=3.0, text="hi"),
    ])
    rttm = to_rttm(transcript).splitlines()
    assert rttm[0] == "SPEAKER call_7_.._x 1 0.500 1.750 <NA> <NA> agent <NA> <NA>"
    assert rttm[1].split()[7] == "S1"
    srt = to_srt(transcript)
    assert "00:00:00,500 --> 00:00:02,250\n[agent] Hello <b>&</b>\n→ there" in srt
    vtt = to_vtt(transcript)
    assert vtt.startswith("WEBVTT") and "<v agent>Hello &lt;b>&amp;&lt;/b>" in vtt
    paths = write_transcript(transcript, tmp_path)
    assert paths["json"].name == "call_7_.._x.json" and paths["json"].parent == tmp_path
    assert Transcript.model_validate_json(paths["json"].read_text()) == transcript
    assert safe_call_id("../../etc/passwd") == "etc_passwd"


# Customer first, and the agent's own «мне нужно вас…» / "I need to verify…" must not read as
# the customer's need (batch 7 of the item training calls swapped roles on exactly this).
CUSTOMER_FIRST_CALLS = {
    "ru": [
        "Алло, здравствуйте, у меня перевод завис.",
        "Здравствуйте, Кедр банк, Алина, разговор записывается.",
        "Я деньги отправил ещё вчера.",
        "Для начала мне нужно вас идентифицировать: полное имя и год рождения.",
        "Петров Пётр, восемьдесят пятый.",
        "Чем-то ещё могу помочь?",
        "Нет.",
        "Спасибо, что обратились.",
    ],
    "uk": [
        "Алло, добрий день, у мене не проходить оплата.",
        "Добрий день, Кедр банк, Олена.",
        "Уже третій раз пробую.",
        "Мені потрібно вас ідентифікувати: дата народження, будь ласка.",
        "Перше травня.",
        "Дякую, що звернулися.",
    ],
    # Lithuanian as Whisper base writes it: the garbled disclosure is what tells the agent
    "lt": [
        "Alio, ar čia klinika?",
        "Lama nėna, klinika Saulė, po kalbisi pasomas.",
        "Noriu pakeisti vizito laiką.",
        "Gerai.",
    ],
    "en": [
        "Hello? My transfer is stuck.",
        "Hello, Cedar Bank, Alina speaking.",
        "I sent it yesterday.",
        "I need to verify you first, what's your date of birth?",
        "First of May.",
        "Thanks for calling.",
    ],
}


@pytest.mark.parametrize("language", sorted(CUSTOMER_FIRST_CALLS))
@pytest.mark.parametrize("agent_label", ["SPEAKER_00", "SPEAKER_01"])
def test_content_roles_customer_first_with_agent_need_phrases(language, agent_label):
    other = "SPEAKER_01" if agent_label == "SPEAKER_00" else "SPEAKER_00"
    turns = [
        Turn(speaker=other if index % 2 == 0 else agent_label, start=index * 5.0,
             end=index * 5.0 + 4, text=text)
        for index, text in enumerate(CUSTOMER_FIRST_CALLS[language])
    ]
    assignment = assign_by_content(Transcript(call_id="x", language=language, turns=turns))
    assert assignment.speaker_roles == {agent_label: "agent", other: "customer"}
