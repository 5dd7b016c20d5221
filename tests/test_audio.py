"""Audio ingest: every supported format decodes to 16 kHz, and every bad input is named."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np
import pytest

from speechqa import audio
from speechqa.audio import AudioError

SAMPLES = Path(__file__).parent.parent / "audio_samples"


def _tone(seconds: float, rate: int, channels: int = 1) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    signal = 0.3 * np.sin(2 * np.pi * 440 * t).astype(np.float32)
    if channels == 2:
        return np.stack([signal, 0.5 * np.sin(2 * np.pi * 220 * t).astype(np.float32)])
    return signal[None, :]


def _encode(path: Path, samples: np.ndarray, rate: int, codec: str, fmt: str = "fltp") -> Path:
    layout = "mono" if samples.shape[0] == 1 else "stereo"
    with av.open(str(path), "w") as container:
        stream = container.add_stream(codec, rate=rate)
        stream.layout = layout
        frame_size = stream.codec_context.frame_size or 1024
        for offset in range(0, samples.shape[1], frame_size):
            piece = samples[:, offset : offset + frame_size].astype(np.float32)
            if fmt == "s16":
                piece = (piece * 32767).astype(np.int16).T.reshape(1, -1)
            frame = av.AudioFrame.from_ndarray(
                np.ascontiguousarray(piece), format=fmt, layout=layout)
            frame.sample_rate = rate
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return path


@pytest.mark.parametrize(
    ("name", "codec", "rate", "channels", "fmt"),
    [
        ("a.wav", "pcm_s16le", 8000, 1, "s16"),
        ("a.flac", "flac", 44100, 2, "s16"),
        ("a.mp3", "mp3", 22050, 1, "fltp"),
        ("a.ogg", "libopus", 48000, 2, "s16"),
        ("a.m4a", "aac", 16000, 1, "fltp"),
    ],
)
def test_formats_decode_to_16k_keeping_channels(tmp_path, name, codec, rate, channels, fmt):
    path = _encode(tmp_path / name, _tone(2.0, rate, channels), rate, codec, fmt)
    loaded = audio.load(path)
    assert loaded.sample_rate == 16000
    assert loaded.channels == channels
    assert loaded.info.sample_rate == rate
    assert loaded.duration == pytest.approx(2.0, abs=0.15)  # AAC adds priming samples
    # The tone survives the codec and the resampler: its spectrum peaks at 440 Hz.
    spectrum = np.abs(np.fft.rfft(loaded.samples[0][:16000]))
    assert np.argmax(spectrum) == pytest.approx(440, abs=3)


def test_bundled_samples_load():
    mono = audio.load(SAMPLES / "call_ru_mono.wav")
    stereo = audio.load(SAMPLES / "call_ru_stereo.flac")
    mp3 = audio.load(SAMPLES / "call_en_mono.mp3")
    assert (mono.channels, stereo.channels, mp3.channels) == (1, 2, 1)
    assert mono.info.sample_rate == 8000 and mono.duration == pytest.approx(20.94, abs=0.05)
    assert len(mono.info.sha256) == 64


def _error(path: Path, **kwargs) -> AudioError:
    with pytest.raises(AudioError) as caught:
        audio.load(path, **kwargs)
    assert str(path) in str(caught.value)
    return caught.value


def test_missing_file(tmp_path):
    assert "not found" in _error(tmp_path / "nope.wav").cause


def test_zero_bytes(tmp_path):
    path = tmp_path / "empty.wav"
    path.write_bytes(b"")
    assert "empty" in _error(path).cause


def test_not_audio(tmp_path):
    path = tmp_path / "notes.mp3"
    path.write_text("this is a text file, not a recording\n" * 50)
    assert _error(path).cause.startswith(("not a readable audio file", "no audio"))


def test_truncated_file(tmp_path):
    source = (SAMPLES / "call_ru_stereo.flac").read_bytes()
    header_only = tmp_path / "header_only.flac"
    header_only.write_bytes(source[:2000])
    assert _error(header_only).cause.startswith(("truncated", "corrupt audio data after"))
    half = tmp_path / "half.wav"
    half.write_bytes((SAMPLES / "call_ru_mono.wav").read_bytes()[:160_000])
    assert "truncated" in _error(half).cause


def test_corrupt_payload(tmp_path):
    rng = np.random.default_rng(0)
    garbage = tmp_path / "garbage.flac"
    garbage.write_bytes(b"fLaC" + bytes(rng.integers(0, 256, 50_000, dtype=np.uint8)))
    _error(garbage)


def test_too_short(tmp_path):
    path = _encode(tmp_path / "short.wav", _tone(0.5, 8000), 8000, "pcm_s16le", "s16")
    assert "too short" in _error(path).cause


def test_digital_silence(tmp_path):
    path = _encode(tmp_path / "silence.wav", np.zeros((2, 8000 * 3), np.float32), 8000,
                   "pcm_s16le", "s16")
    assert "silence" in _error(path).cause


def test_too_long(tmp_path):
    assert "too long" in _error(SAMPLES / "call_ru_mono.wav", max_duration=10).cause


def test_directory(tmp_path):
    assert "directory" in _error(tmp_path).cause


def test_from_array_resamples():
    wrapped = audio.from_array(_tone(1.5, 8000)[0], 8000)
    assert wrapped.sample_rate == 16000 and wrapped.samples.shape == (1, 24000)


def _pcm_wav(path: Path, samples: np.ndarray, rate: int, data_size: int | None = None) -> Path:
    """A 16-bit PCM WAV written by hand, so the header can lie (or say 'unknown length')."""
    channels = samples.shape[0]
    payload = (np.clip(samples, -1, 1) * 32767).astype("<i2").T.tobytes()
    size = len(payload) if data_size is None else data_size
    header = (
        b"RIFF" + (36 + len(payload)).to_bytes(4, "little") + b"WAVE"
        + b"fmt " + (16).to_bytes(4, "little") + (1).to_bytes(2, "little")
        + channels.to_bytes(2, "little") + rate.to_bytes(4, "little")
        + (rate * channels * 2).to_bytes(4, "little") + (channels * 2).to_bytes(2, "little")
        + (16).to_bytes(2, "little") + b"data" + size.to_bytes(4, "little")
    )
    path.write_bytes(header + payload)
    return path


def test_more_than_two_channels_are_mixed_down_to_mono(tmp_path):
    """A 4-channel conference recording: the mean of all four, not FFmpeg's stereo matrix."""
    rate = 8000
    t = np.arange(3 * rate) / rate
    tones = np.stack([0.2 * np.sin(2 * np.pi * f * t) for f in (300, 500, 700, 900)])
    loaded = audio.load(_pcm_wav(tmp_path / "four.wav", tones.astype(np.float32), rate))
    assert loaded.channels == 1 and loaded.info.channels == 1
    spectrum = np.abs(np.fft.rfft(loaded.samples[0][:16000]))
    peaks = sorted(int(i) for i in np.argsort(spectrum)[-4:])
    assert peaks == pytest.approx([300, 500, 700, 900], abs=3)  # every channel is in the mix
    assert np.abs(loaded.samples).max() == pytest.approx(0.2, abs=0.03)  # mean, not sum


def test_too_long_is_refused_from_the_header_before_decoding(tmp_path, monkeypatch):
    """A header that declares 5 h is refused without decoding a single frame."""
    rate = 8000
    path = _pcm_wav(tmp_path / "long.wav", _tone(2.0, rate), rate,
                    data_size=5 * 3600 * rate * 2)

    def no_decoding(*_args, **_kwargs):
        raise AssertionError("decoded although the header already says it is too long")

    monkeypatch.setattr(audio, "_decode_frames", no_decoding)
    error = _error(path, max_duration=4 * 3600)
    assert "too long" in error.cause and "18000" in error.cause


def test_stream_of_unknown_length_stops_decoding_at_the_limit(tmp_path):
    """A WAV written without knowing its length (size 0xFFFFFFFF) is cut off at the limit,
    not decoded whole first."""
    rate = 8000
    path = _pcm_wav(tmp_path / "stream.wav", _tone(12.0, rate), rate, data_size=0xFFFFFFFF)
    seen = []
    original = audio._decode_frames

    def counting(*args, **kwargs):
        for chunk in original(*args, **kwargs):
            seen.append(chunk.shape[1])
            yield chunk

    audio._decode_frames = counting
    try:
        error = _error(path, max_duration=3)
    finally:
        audio._decode_frames = original
    assert "too long" in error.cause
    assert sum(seen) < 6 * audio.SAMPLE_RATE  # stopped soon after 3 s, not at 12 s


def test_decoded_samples_are_not_copied_again(tmp_path):
    """The decode fills one float32 array: no concatenate + astype copies of the whole call."""
    rate = 8000
    tone = _tone(4.0, rate, 2)
    loaded = audio.load(_pcm_wav(tmp_path / "s.wav", tone, rate))
    for channel, hz in ((0, 440), (1, 220)):  # each channel's own tone, in its own row
        spectrum = np.abs(np.fft.rfft(loaded.samples[channel][:16000]))
        assert np.argmax(spectrum) == pytest.approx(hz, abs=3)
    assert np.abs(loaded.samples[1]).max() == pytest.approx(0.5, abs=0.01)
    assert loaded.samples.dtype == np.float32 and loaded.samples.flags.c_contiguous
    assert loaded.samples.base is None or loaded.samples.base.nbytes < 2 * loaded.samples.nbytes


def test_asr_windows_are_cut_in_pauses_and_never_longer_than_the_limit():
    from speechqa.pipeline import asr_windows

    rate = audio.SAMPLE_RATE
    assert asr_windows(30 * rate, [(1.0, 5.0)], window_s=600) == [(0, 30 * rate)]
    # Pauses at 250-260, 500-510 and 750-760 s: windows of at most 300 s cut in them.
    speech = [(0, 250), (260, 500), (510, 750), (760, 900)]
    assert asr_windows(900 * rate, speech, window_s=300) == [
        (0, 255 * rate), (255 * rate, 505 * rate), (505 * rate, 755 * rate),
        (755 * rate, 900 * rate),
    ]
    # No pause at all: cut at the limit; the windows tile the signal.
    hard = asr_windows(700 * rate, [(0, 700)], window_s=300)
    assert hard == [(0, 300 * rate), (300 * rate, 600 * rate), (600 * rate, 700 * rate)]


def test_a_long_signal_is_transcribed_a_window_at_a_time_with_its_offset():
    from speechqa.pipeline import Pipeline
    from speechqa.schema import Word
    from speechqa.transcribe import AsrResult

    calls = []

    def fake_asr(samples, *, language=None, offset=0.0, progress=None, on_words=None):
        calls.append((len(samples), offset))
        return AsrResult([Word(text="w", start=offset + 1, end=offset + 2)], language, 1.0)

    pipeline = Pipeline()
    pipeline.__dict__["transcriber"] = fake_asr  # the cached property, without a model
    samples = np.zeros(1300 * audio.SAMPLE_RATE, np.float32)
    words, _, _ = pipeline._recognise(samples, "ru", [(0, 500), (520, 1000), (1050, 1300)])
    assert [offset for _, offset in calls] == [0.0, 510.0, 1025.0]
    assert sum(n for n, _ in calls) == len(samples)
    assert [w.start for w in words] == [1.0, 511.0, 1026.0]


def test_a_stereo_call_detects_its_language_in_the_first_channel_asr_pass():
    """No separate detection pass: the first channel's ASR pass detects the language and the
    other channel is transcribed in it."""
    from speechqa.pipeline import Pipeline
    from speechqa.schema import ModelInfo, Word
    from speechqa.transcribe import AsrResult

    asked = []

    class FakeAsr:
        info = ModelInfo(name="fake")

        def __call__(self, samples, *, language=None, offset=0.0, progress=None, on_words=None):
            asked.append(language)
            word = Word(text="слово", start=offset + 0.5, end=offset + 1.0)
            return AsrResult([word], language or "uk", None if language else 0.9)

    pipeline = Pipeline()
    pipeline.__dict__["transcriber"] = FakeAsr()  # the cached property, without a model
    transcript = pipeline.transcribe(SAMPLES / "call_ru_stereo.flac")
    assert transcript.diarization_source == "stereo_channels"
    assert asked[0] is None and set(asked[1:]) == {"uk"} and len(asked) >= 2
    assert transcript.language == "uk" and transcript.language_probability == 0.9
    assert {turn.language for turn in transcript.turns} == {"uk"}
