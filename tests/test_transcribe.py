"""The embedded Whisper model, for real, on short real audio from the bundled samples."""

from __future__ import annotations

import pytest

from speechqa import audio
from speechqa.transcribe import (
    EMBEDDED_SHA256,
    Transcriber,
    TranscriptionError,
    _sha256,
    ensure_embedded_model,
    restrict_languages,
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def transcriber(pipeline) -> Transcriber:
    return pipeline.transcriber


def test_embedded_model_is_joined_once_and_verified(tmp_path):
    target = ensure_embedded_model(tmp_path / "whisper")
    assert _sha256(target / "model.bin") == EMBEDDED_SHA256
    assert {p.name for p in target.iterdir()} == {
        "model.bin", "config.json", "tokenizer.json", "vocabulary.json"}
    stamp = (target / "model.bin").stat().st_mtime_ns
    assert ensure_embedded_model(target) == target
    assert (target / "model.bin").stat().st_mtime_ns == stamp  # not joined again


def test_russian_words_with_timestamps(transcriber, samples_dir):
    stereo = audio.load(samples_dir / "call_ru_stereo.flac")
    agent = stereo.channel(0)[: 15 * 16000]  # left channel = agent, first 15 s
    result = transcriber(agent, language="ru", offset=100.0)
    text = " ".join(word.text for word in result.words).lower()
    assert "звонок записывается" in text
    assert "назовите" in text and "номер телефона" in text
    # The agent's first turn runs from 1.4 s to 5.0 s (reference timing), shifted by offset.
    first = result.words[0]
    assert 100.9 < first.start < 102.2
    assert all(w.end >= w.start and 0 <= w.probability <= 1 for w in result.words)
    assert "хотел бы заморозить" not in text  # the customer's channel is not in this one


def test_the_asr_pass_detects_the_language_itself_among_call_languages(transcriber, samples_dir):
    english = audio.load(samples_dir / "call_en_mono.mp3").mono()[: 20 * 16000]
    result = transcriber(english)
    assert result.language == "en" and result.language_probability > 0.5
    russian = audio.load(samples_dir / "call_ru_mono.wav").mono()[: 20 * 16000]
    assert transcriber(russian).language == "ru"
    assert result.words  # and it went on to transcribe in it
    given = transcriber(english, language="en")
    assert [w.text for w in result.words] == [w.text for w in given.words]


def test_detection_keeps_to_the_call_languages():
    # Belarusian outscores Ukrainian: Whisper alone would switch language mid-corpus.
    probabilities = [("be", 0.5), ("uk", 0.3), ("ru", 0.1), ("de", 0.1)]
    code, probability = restrict_languages(probabilities, ("ru", "uk", "en", "lt"))
    assert code == "uk" and probability == pytest.approx(0.75)
    assert restrict_languages([("de", 0.9)], ("ru",)) == ("de", 0.9)


def test_size_name_is_refused_instead_of_going_to_the_hub():
    with pytest.raises(TranscriptionError, match="neither a local directory"):
        Transcriber("base")(audio.from_array([0.1] * 16000, 16000).mono())


def test_missing_local_model_directory_is_named(tmp_path):
    missing = tmp_path / "no-such-model"
    missing.mkdir()
    with pytest.raises(TranscriptionError, match="no-such-model"):
        Transcriber(str(missing))(audio.from_array([0.1] * 16000, 16000).mono())
