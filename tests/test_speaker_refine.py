"""The voice check after diarisation: sentences given to the speaker they sound like.

Fast tests use made-up embeddings; ``slow`` ones embed a two-voice recording cut from a dev
corpus call with the real CAM++ model (skipped without the shared corpus).
"""

from __future__ import annotations

import itertools
import json
import sys
import threading

import numpy as np
import pytest

from speechqa import audio as audio_io
from speechqa.schema import ModelInfo, Word
from speechqa.speaker_refine import (
    SettledRanges,
    VoicePrints,
    refine_speakers,
    settled_ranges,
    speech_units,
    unit_speakers,
)


def _sentence(start: float, *texts: str, step: float = 0.5) -> list[Word]:
    return [Word(text=t, start=start + i * step, end=start + (i + 1) * step - 0.05)
            for i, t in enumerate(texts)]


def test_units_end_at_a_speaker_change_a_pause_or_a_sentence_end():
    words = [*_sentence(0.0, "Добрый", "день."), *_sentence(1.0, "Чем", "помочь"),
             *_sentence(2.5, "Карта", "заблокирована")]
    speakers = ["A", "A", "A", "A", "B", "B"]
    units = speech_units(list(zip(speakers, words, strict=True)))
    assert [(u.speaker, u.indices) for u in units] == [
        ("A", (0, 1)), ("A", (2, 3)), ("B", (4, 5))]
    paused = [*_sentence(0.0, "раз", "два"), *_sentence(1.4, "три")]
    assert len(speech_units([("A", w) for w in paused], pause=0.3)) == 2
    assert len(speech_units([("A", w) for w in paused], pause=1.0)) == 1


def test_a_long_run_without_punctuation_or_pauses_is_cut_at_its_widest_gaps():
    words = [*_sentence(0.0, *["да"] * 6), *_sentence(3.2, *["нет"] * 6)]  # gap 0.25 s at 3 s
    units = speech_units([("A", w) for w in words], longest=4.0)
    assert [u.indices for u in units] == [tuple(range(6)), tuple(range(6, 12))]
    assert len(speech_units([("A", w) for w in words], longest=None)) == 1
    even = speech_units([("A", w) for w in _sentence(0.0, *["да"] * 20)], longest=4.0)
    assert [len(u.indices) for u in even] == [5, 5, 5, 5]  # equal gaps: cut in the middle


def test_only_the_middle_of_a_long_unit_is_embedded():
    words = _sentence(10.0, "раз", "два", "три", "четыре.", step=1.0)  # 10.0 .. 13.95
    unit = speech_units([("A", word) for word in words])[0]
    assert unit.middle(None) == (10.0, 13.95)
    assert unit.middle(1.5) == pytest.approx((11.225, 12.725))
    assert unit.middle(5.0) == (10.0, 13.95)


def _voices(labels_and_voices, dimension=8, seed=0):
    """Units of 1.5 s each, labelled as given, with embeddings near voice 0 or voice 1."""
    rng = np.random.default_rng(seed)
    base = np.eye(dimension)[:2]
    pairs, rows = [], []
    for index, (label, voice) in enumerate(labels_and_voices):
        words = _sentence(index * 2.0, "слово", "слово", "конец.", step=0.5)
        pairs += [(label, word) for word in words]
        rows.append(base[voice] + rng.normal(0, 0.1, dimension))
    return pairs, np.array(rows)


def test_a_sentence_glued_to_the_wrong_speaker_moves_to_the_voice_it_matches():
    layout = [("A", 0), ("B", 1), ("A", 0), ("A", 1), ("B", 1), ("A", 0), ("B", 1)]
    pairs, rows = _voices(layout)
    asked = []

    def embed(ranges):
        asked.extend(ranges)
        return rows[[int(start // 2) for start, _ in ranges]]

    refined = refine_speakers(pairs, embed)
    assert len(asked) == len(layout)
    assert [speaker for speaker, _ in refined[::3]] == ["A", "B", "A", "B", "B", "A", "B"]
    assert [word for _, word in refined] == [word for _, word in pairs]
    assert refine_speakers(pairs, embed, margin=2.0) == pairs  # cosine gaps never reach 2


def test_nothing_moves_when_every_sentence_fits_its_speaker_or_is_too_short():
    layout = [("A", 0), ("B", 1), ("A", 0), ("B", 1), ("A", 0), ("B", 1)]
    pairs, rows = _voices(layout)
    assert refine_speakers(pairs, lambda ranges: rows[[int(s // 2) for s, _ in ranges]]) == pairs
    swapped = [("B" if s == "A" else "A", w) for s, w in pairs[:3]] + pairs[3:]
    # a 1.5 s unit is below a 2 s minimum: it is neither judged nor embedded
    never = refine_speakers(swapped, lambda ranges: pytest.fail("embedded"), min_unit_s=2.0)
    assert never == swapped


def test_a_speaker_with_one_long_sentence_has_no_voice_to_compare_with():
    layout = [("A", 0), ("A", 0), ("A", 1), ("B", 1)]
    pairs, rows = _voices(layout)
    units = speech_units(pairs)
    assert unit_speakers(units, rows) == ["A", "A", "A", "B"]


def test_a_mono_stage_without_a_speaker_model_leaves_every_word_where_it_was():
    from speechqa.diarize import AutoDiarizer

    auto = AutoDiarizer(mono=lambda recording: None)  # type: ignore[arg-type]
    recording = audio_io.from_array(np.zeros((1, 16_000), np.float32), 16_000)
    assert np.isnan(auto.embed(recording, [(0.0, 0.5), (0.5, 1.0)])).all()
    pairs, _ = _voices([("A", 0), ("B", 1), ("A", 0), ("B", 1)])
    assert refine_speakers(pairs, lambda ranges: auto.embed(recording, ranges)) == pairs


class _FakeAsr:
    """Five sentences of three words, 2 s apart, handed over one by one (``on_words``)."""

    info = ModelInfo(name="fake")

    def __init__(self, before_return=None):
        self.before_return = before_return

    def __call__(self, samples, *, language=None, offset=0.0, progress=None, on_words=None):
        from speechqa.transcribe import AsrResult

        sentences = [_sentence(offset + start, "слово", "слово", "конец.")
                     for start in (0.0, 2.0, 4.0, 6.0, 8.0)]
        for sentence in sentences:
            if on_words is not None:
                on_words(sentence)
        if self.before_return is not None:
            self.before_return()
        return AsrResult([word for sentence in sentences for word in sentence],
                         language or "ru", 0.9)


class _FakeDiarizer:
    """Diarised as A, B, A, A, B (the fourth sentence glued onto A); B's voice on 2 and 4."""

    def __init__(self):
        self.embedded = []
        self.workers = []
        self.asked = threading.Event()

    def __call__(self, recording):
        from speechqa.diarize import Diarization, SpeakerSegment

        labels = "ABAAB"
        segments = [SpeakerSegment(label, i * 2.0, i * 2.0 + 1.5)
                    for i, label in enumerate(labels)]
        return Diarization(segments, "pyannote", ModelInfo(name="fake"))

    def embed(self, recording, ranges, workers=1):
        self.embedded.append(list(ranges))
        self.workers.append(workers)
        self.asked.set()
        voices = [0, 1, 0, 1, 1]
        return np.eye(4)[[voices[int(start // 2)] for start, _ in ranges]]


@pytest.mark.parametrize("channels", [1, 2])  # 2: a stereo file diarised on its mix
@pytest.mark.parametrize("enabled", [True, False])
def test_the_pipeline_switch(enabled, channels):
    from speechqa.pipeline import Pipeline, PipelineConfig

    pipeline = Pipeline(PipelineConfig(threads=1, refine_speakers=enabled))
    pipeline.__dict__["transcriber"] = _FakeAsr()  # the cached properties, without models
    diarizer = pipeline.__dict__["diarizer"] = _FakeDiarizer()
    recording = audio_io.from_array(np.zeros((channels, 10 * 16_000), np.float32), 16_000)
    transcript = pipeline.transcribe_audio(recording, call_id="c", language="ru")
    speakers = [turn.speaker for turn in transcript.turns]
    if enabled:
        assert len(diarizer.embedded) == 1 and speakers == ["A", "B", "A", "B"]
    else:
        assert diarizer.embedded == [] and speakers == ["A", "B", "A", "B"]
        assert [len(turn.words) for turn in transcript.turns] == [3, 3, 6, 3]
    if enabled:
        assert [len(turn.words) for turn in transcript.turns] == [3, 3, 3, 6]
    # stored results say whether the voice check decided the speakers
    assert transcript.diarization_model.name == ("fake + voice check" if enabled else "fake")


def test_with_diarisation_beside_the_asr_units_are_embedded_ahead_and_decide_the_same():
    from speechqa.pipeline import Pipeline, PipelineConfig

    pipeline = Pipeline(PipelineConfig(threads=2))
    diarizer = pipeline.__dict__["diarizer"] = _FakeDiarizer()
    # the ASR ends only once the diarisation's thread has started embedding its sentences
    pipeline.__dict__["transcriber"] = _FakeAsr(lambda: diarizer.asked.wait(10))
    recording = audio_io.from_array(np.zeros((1, 10 * 16_000), np.float32), 16_000)
    switch_interval = sys.getswitchinterval()
    transcript = pipeline.transcribe_audio(recording, call_id="c", language="ru")
    assert sys.getswitchinterval() == switch_interval  # the overlap's 1 ms is given back
    assert [turn.speaker for turn in transcript.turns] == ["A", "B", "A", "B"]
    assert [len(turn.words) for turn in transcript.turns] == [3, 3, 3, 6]
    # four sentences settled before the ASR ended (the fifth could still have grown) were
    # embedded ahead on the diarisation's one core, and only the fifth after, on both
    ahead = [span for ranges, workers in zip(diarizer.embedded[:-1], diarizer.workers[:-1],
                                             strict=True) if workers == 1 for span in ranges]
    assert [start for start, _ in ahead] == [0.0, 2.0, 4.0, 6.0]
    assert [start for start, _ in diarizer.embedded[-1]] == [8.0]
    assert diarizer.workers[-1] == 2


def test_settled_ranges_are_those_the_check_embeds_for_the_whole_call():
    pairs, rows = _voices([("A", 0), ("B", 1), ("A", 0), ("A", 1), ("B", 1)])
    asked = []
    refine_speakers(pairs, lambda ranges: asked.extend(ranges) or rows[: len(ranges)])
    for end in range(len(pairs) + 1):
        settled = settled_ranges(pairs[:end])
        assert settled == asked[: len(settled)]  # a prefix's settled units never change
    assert len(settled_ranges(pairs)) == len(asked) - 1  # the last unit may still grow


def test_settled_ranges_batch_by_batch_are_those_of_every_prefix_and_keep_little_open():
    rng = np.random.default_rng(3)
    pairs, clock = [], 0.0
    for i in range(400):  # sentences, pauses, speaker changes and runs longer than 4 s
        length = rng.uniform(0.15, 0.5)
        text = "слово." if rng.random() < 0.08 else "слово"
        pairs.append(("A" if (i // 23) % 2 == 0 else "B",
                      Word(text=text, start=clock, end=clock + length)))
        clock += length + rng.choice([0.02, 0.1, 0.35])
    cuts = sorted({0, len(pairs), *rng.integers(1, len(pairs), 60).tolist()})
    settled, returned, open_sizes = SettledRanges(), [], []
    for start, end in itertools.pairwise(cuts):
        returned += settled.extend(pairs[start:end])
        open_sizes.append(len(settled._open))
        assert set(returned) == {r for cut in cuts if cut <= end
                                 for r in settled_ranges(pairs[:cut])}
    assert set(returned) == set(settled_ranges(pairs))
    assert max(open_sizes) < 40  # the last unfinished run of words, not the whole call


def test_voice_prints_embed_each_range_once():
    calls = []

    def embed(ranges, workers):
        calls.append((list(ranges), workers))
        return np.array([[start, end] for start, end in ranges])

    voices = VoicePrints(embed, workers=2)
    voices.prefetch([(0.0, 1.0), (1.0, 2.0)])
    voices.prefetch([(1.0, 2.0)])
    rows = voices([(1.0, 2.0), (2.0, 3.0), (0.0, 1.0)])
    assert rows.tolist() == [[1.0, 2.0], [2.0, 3.0], [0.0, 1.0]]
    assert calls == [([(0.0, 1.0), (1.0, 2.0)], 1), ([(2.0, 3.0)], 2)]


# --- real voices ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def two_voices(corpus_dir):
    """The first eight turns of dev_01 (three of them the customer's, at most 4 s each) back
    to back with 0.6 s pauses, and one made-up word per second of each, the last one of a
    turn ending its sentence."""
    timing = json.loads((corpus_dir / "timing" / "dev_01.json").read_text(encoding="utf-8"))
    full = audio_io.load(corpus_dir / "audio" / "dev_01.wav")
    rate = full.sample_rate
    pieces, words, gold = [], [], []
    cursor = 0.0
    for turn in timing["turns"][:8]:
        length = min(turn["end"] - turn["start"], 4.0)
        pieces += [full.samples[:, int(turn["start"] * rate): int((turn["start"] + length)
                                                                 * rate)],
                   np.zeros((1, int(0.6 * rate)), np.float32)]
        count = max(2, int(length))
        step = length / count
        for i in range(count):
            text = "слово." if i == count - 1 else "слово"
            words.append(Word(text=text, start=round(cursor + i * step, 3),
                              end=round(cursor + (i + 1) * step - 0.05, 3)))
            gold.append(turn["speaker"])
        cursor += length + 0.6
    recording = audio_io.from_array(np.concatenate(pieces, axis=1), rate)
    return recording, words, gold


@pytest.fixture(scope="module")
def embedder():
    from speechqa.diarize import load_diarizer

    return load_diarizer(threads=2)


@pytest.mark.slow
def test_real_voices_split_a_customer_answer_glued_onto_the_agent(two_voices, embedder):
    recording, words, gold = two_voices
    assert gold[0] == "agent" and len(set(gold)) == 2
    glued = gold.copy()
    answer = [i for i, speaker in enumerate(gold) if speaker == "customer"]
    second_answer = [i for i in answer if i > answer[0] and gold[i - 1] == "agent"][:1]
    start = second_answer[0]
    end = start
    while end < len(gold) and gold[end] == "customer":
        glued[end] = "agent"  # the answer heard as the agent, as diarisation glues it
        end += 1
    pairs = list(zip(glued, words, strict=True))
    refined = refine_speakers(pairs, lambda ranges: embedder.embed(recording, ranges))
    assert [speaker for speaker, _ in refined] == gold


@pytest.mark.slow
def test_real_voices_already_right_stay_as_they_are(two_voices, embedder):
    recording, words, gold = two_voices
    pairs = list(zip(gold, words, strict=True))
    assert refine_speakers(pairs, lambda ranges: embedder.embed(recording, ranges)) == pairs
    one_voice = [(speaker, word) for speaker, word in pairs if speaker == "agent"]
    assert refine_speakers(one_voice, lambda ranges: pytest.fail("embedded")) == one_voice


@pytest.mark.parametrize(("flag", "expected"), [([], True), (["--no-voice-check"], False)])
@pytest.mark.parametrize("command", ["transcribe", "score"])
def test_the_cli_switch_reaches_the_pipeline(monkeypatch, tmp_path, command, flag, expected):
    """Sites that need the single-call speed more than the accuracy can turn it off."""
    from fake_pipeline import FakePipeline
    from typer.testing import CliRunner

    import speechqa.pipeline
    from speechqa.cli import app

    configs = []

    class Recording(FakePipeline):
        def __init__(self, config=None) -> None:
            super().__init__(config)
            configs.append(config)

    monkeypatch.setattr(speechqa.pipeline, "Pipeline", Recording)
    audio = tmp_path / "call.wav"
    audio.write_bytes(b"RIFF")
    result = CliRunner().invoke(app, [command, str(audio), "--out", str(tmp_path / "out"), *flag])
    assert result.exit_code == 0, result.output
    assert [config.refine_speakers for config in configs] == [expected]
