"""End to end on real audio: the bundled samples through the real models and the CLI."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from speechqa.schema import TRANSCRIPT_SCHEMA_VERSION, Transcript

pytestmark = pytest.mark.slow


def _role_text(transcript: Transcript, role: str) -> str:
    return " ".join(t.text for t in transcript.turns if t.role == role).lower()


@pytest.fixture(scope="module")
def stereo_transcript(pipeline, samples_dir) -> Transcript:
    return pipeline.transcribe(samples_dir / "call_ru_stereo.flac", language="ru")


@pytest.fixture(scope="module")
def mono_transcript(pipeline, samples_dir) -> Transcript:
    return pipeline.transcribe(samples_dir / "call_ru_mono.wav")


def test_stereo_call_split_by_channel(stereo_transcript):
    t = stereo_transcript
    assert t.diarization_source == "stereo_channels"
    assert t.roles.method == "channel_map" and t.roles.confidence == 1.0
    agent, customer = _role_text(t, "agent"), _role_text(t, "customer")
    assert "звонок записывается" in agent and "назовите" in agent
    assert "заморозить абонемент" in customer and "хотел бы заморозить" not in agent
    assert t.turns[0].role == "agent" and 1.0 < t.turns[0].start < 2.0
    assert t.audio.channels == 2 and t.language == "ru"


def test_mono_call_diarised_and_roles_from_content(mono_transcript):
    t = mono_transcript
    assert t.diarization_source == "pyannote"
    assert len(t.speakers()) == 2
    assert t.language == "ru" and t.language_probability > 0.5
    agent, customer = _role_text(t, "agent"), _role_text(t, "customer")
    # dev_22: the agent redirects a mortgage question to another department.
    assert "переключ" in agent and "ипотечный отдел" in agent
    assert "ипотеку" in customer and "квартиру" in customer
    starts = [turn.start for turn in t.turns]
    assert starts == sorted(starts)
    assert all(turn.words and turn.words[0].start == turn.start for turn in t.turns)


def test_transcript_json_roundtrip(mono_transcript):
    again = Transcript.model_validate_json(mono_transcript.model_dump_json())
    assert again == mono_transcript


def test_cli_transcribe_writes_all_formats_and_fails_on_bad_files(tmp_path, samples_dir):
    bad = tmp_path / "broken.wav"
    bad.write_bytes(b"RIFF\x00\x00")
    result = subprocess.run(
        [sys.executable, "-m", "speechqa.cli", "transcribe", str(samples_dir / "call_ru_mono.wav"),
         str(bad), "--out", str(tmp_path / "out"), "--language", "ru", "--threads", "2"],
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 1, result.stderr
    assert "broken.wav" in result.stderr
    out = tmp_path / "out"
    assert {p.name for p in out.iterdir()} == {
        "call_ru_mono.json", "call_ru_mono.rttm", "call_ru_mono.srt", "call_ru_mono.vtt"}
    data = json.loads((out / "call_ru_mono.json").read_text())
    assert data["schema_version"] == TRANSCRIPT_SCHEMA_VERSION and data["call_id"] == "call_ru_mono"
    rttm_lines = (out / "call_ru_mono.rttm").read_text().splitlines()
    rttm_speakers = {line.split()[7] for line in rttm_lines}
    assert rttm_speakers == {"agent", "customer"}


def test_the_short_gil_switch_interval_lasts_while_any_of_the_pipelines_threads_runs():
    import sys

    from speechqa.pipeline import _SwitchInterval

    default = sys.getswitchinterval()
    switching = _SwitchInterval(default / 5)
    switching.hold()  # the diarizer's background loading, say
    with switching():  # a call's overlap, begun while the loading still runs
        assert sys.getswitchinterval() == default / 5
    assert sys.getswitchinterval() == default / 5  # the loading still runs
    switching.release()
    assert sys.getswitchinterval() == default
