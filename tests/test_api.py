"""The public API: every function works when called twice, whatever was imported first, and
the product never imports the evaluation harness. Each check runs in a fresh interpreter,
because what a module import binds is decided once per process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest

from speechqa import audio as audio_io
from speechqa.diarize import Diarization, SpeakerSegment
from speechqa.pipeline import Pipeline, PipelineConfig
from speechqa.schema import ModelInfo, Word
from speechqa.transcribe import AsrResult

TESTS = Path(__file__).resolve().parent
SRC = TESTS.parent / "src"


def run_python(code: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), str(TESTS)])}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, env=env
    )


def test_every_public_function_works_twice_after_importing_the_pipeline(tmp_path):
    transcript = tmp_path / "call.json"
    transcript.write_text(json.dumps({"call_id": "c1", "language": "ru", "turns": [
        {"speaker": "agent", "start": 0, "end": 3, "text": "Добрый день, банк «Заря»."},
    ]}), "utf-8")
    code = f"""
import speechqa
import speechqa.pipeline
import speechqa.cli, speechqa.batch, speechqa.scoring, speechqa.formats
from fake_pipeline import FakePipeline
speechqa.pipeline.Pipeline = FakePipeline
for attempt in range(2):
    pipeline = speechqa.default_pipeline()
    assert isinstance(pipeline, FakePipeline), type(pipeline)
    t = speechqa.transcribe("call.wav", language="ru")
    assert isinstance(t, speechqa.Transcript), type(t)
    card = speechqa.score(t)
    assert isinstance(card, speechqa.Scorecard)
    assert speechqa.score({str(transcript)!r}).call_id == "c1"
    assert speechqa.score("other.wav", checklist="default").call_id == "other"
assert FakePipeline.instances == 1
print("ok")
"""
    result = run_python(code)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr


def test_product_imports_do_not_load_the_evaluation_harness(tmp_path):
    transcript = tmp_path / "call.json"
    transcript.write_text(json.dumps({"call_id": "c1", "turns": [
        {"speaker": "agent", "start": 0, "end": 3, "text": "Добрый день."},
    ]}), "utf-8")
    code = f"""
import sys
import speechqa, speechqa.pipeline, speechqa.cli
import speechqa.pipeline
from fake_pipeline import FakePipeline
speechqa.pipeline.Pipeline = FakePipeline
speechqa.score({str(transcript)!r})
from typer.testing import CliRunner
result = CliRunner().invoke(speechqa.cli.app, ["score", {str(transcript)!r}, "-q",
                                               "--out", {str(tmp_path / "out")!r}])
assert result.exit_code == 0, result.output
print(sorted(name for name in sys.modules if name.startswith("speechqa.evaluate")))
"""
    result = run_python(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_errors_share_one_base_class():
    from speechqa.audio import AudioError
    from speechqa.checklist import ChecklistError
    from speechqa.diarize import DiarizationError
    from speechqa.embeddings import EncoderUnavailableError
    from speechqa.errors import SpeechQAError
    from speechqa.formats import TranscriptFormatError
    from speechqa.sentiment import SentimentModelError
    from speechqa.transcribe import TranscriptionError

    for error in (AudioError, ChecklistError, DiarizationError, EncoderUnavailableError,
                  TranscriptFormatError, SentimentModelError, TranscriptionError):
        assert issubclass(error, SpeechQAError), error
    # The old bases stay, so existing `except ValueError` / `except RuntimeError` still work.
    assert issubclass(AudioError, ValueError) and issubclass(TranscriptionError, RuntimeError)


class _Diarizer:
    def __call__(self, recording, hook=None):
        for done in (1, 2):
            hook("segmentation", None, total=2, completed=done)
        hook("speaker_counting", None)
        return Diarization([SpeakerSegment("SPEAKER_00", 0.0, 4.0)], "pyannote",
                           ModelInfo(name="stand-in"))


class _Transcriber:
    info = ModelInfo(name="stand-in")

    def __call__(self, samples, *, language=None, offset=0.0, progress=None, on_words=None):
        for end in (1.5, 3.0, 4.0):
            progress(end)
        return AsrResult([Word(text="алло", start=0.1, end=0.5)], language or "ru", 1.0)


def test_progress_inside_one_file_comes_from_diarisation_and_asr_segments():
    pipeline = Pipeline(PipelineConfig(threads=1))  # one core: diarisation, then ASR
    pipeline.diarizer = _Diarizer()
    pipeline.transcriber = _Transcriber()
    recording = audio_io.from_array(np.zeros(4 * 16_000, dtype=np.float32), 16_000)
    seen: list[tuple[str, float, float]] = []
    pipeline.transcribe_audio(recording, call_id="c", language="ru",
                              progress=lambda *update: seen.append(update))
    assert seen[:3] == [("diarize: segmentation", 1, 2), ("diarize: segmentation", 2, 2),
                        ("diarize: speaker_counting", 1, 1)]
    asr = [update for update in seen if update[0] == "transcribe"]
    assert [done for _, done, _ in asr] == [1.5, 3.0, 4.0]
    assert all(total == pytest.approx(4.0) for _, _, total in asr)


class _SlowDiarizer(_Diarizer):
    """Finishes only after the ASR has started, so the two must run side by side."""

    def __init__(self, asr_started: threading.Event) -> None:
        self.asr_started = asr_started

    def __call__(self, recording, hook=None):
        assert self.asr_started.wait(10), "the ASR did not start while diarising"
        return super().__call__(recording, hook)


class _SignallingTranscriber(_Transcriber):
    def __init__(self, started: threading.Event) -> None:
        self.started = started

    def __call__(self, samples, *, language=None, offset=0.0, progress=None, on_words=None):
        self.started.set()
        return super().__call__(samples, language=language, offset=offset, progress=progress)


def test_two_cores_diarise_a_mono_file_beside_the_asr():
    started = threading.Event()
    recording = audio_io.from_array(np.zeros(4 * 16_000, dtype=np.float32), 16_000)
    results = {}
    for overlap in (True, False):
        pipeline = Pipeline(PipelineConfig(threads=2, overlap_diarization=overlap))
        pipeline.diarizer = _SlowDiarizer(started) if overlap else _Diarizer()
        pipeline.transcriber = _SignallingTranscriber(started)
        seen: list[tuple[str, float, float]] = []
        results[overlap] = pipeline.transcribe_audio(
            recording, call_id="c", progress=lambda *update, seen=seen: seen.append(update))
        # one bar: the ASR's progress first, then what is left of the diarisation
        stages = [stage.split(":")[0] for stage, _, _ in seen]
        assert stages == (["transcribe"] * 3 + ["diarize"] * 3 if overlap
                          else ["diarize"] * 3 + ["transcribe"] * 3)
    assert results[True].language == "ru"  # detected by the ASR pass itself
    assert results[True].turns == results[False].turns


@pytest.mark.slow
def test_real_progress_on_a_mono_call(pipeline, samples_dir):
    seen: list[tuple[str, float, float]] = []
    pipeline.transcribe(samples_dir / "call_ru_mono.wav", language="ru",
                        progress=lambda *update: seen.append(update))
    stages = [stage for stage, _, _ in seen]
    if pipeline.config.overlaps_diarization:
        # diarised beside the ASR: its steps show only if it is still running afterwards
        first_diarize = next(
            (i for i, stage in enumerate(stages) if stage.startswith("diarize: ")), len(stages))
        assert all(stage == "transcribe" for stage in stages[:first_diarize])
    else:
        assert any(stage.startswith("diarize: ") for stage in stages)
    asr = [(done, total) for stage, done, total in seen if stage == "transcribe"]
    assert len(asr) >= 2 and [d for d, _ in asr] == sorted(d for d, _ in asr)
    assert asr[-1][0] > 0.5 * asr[-1][1]
