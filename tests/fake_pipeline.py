"""A stand-in for ``speechqa.pipeline.Pipeline`` with no models, for CLI and API tests.

It transcribes by file name: a name containing ``corrupt`` is bad audio (an expected
``AudioError``), ``crash`` raises an unexpected ``ZeroDivisionError``, anything else gives a
short call whose text contains ``[brackets]``. Scoring is the real checklist engine.
"""

from __future__ import annotations

from pathlib import Path

from speechqa.audio import AudioError
from speechqa.checklist import load_checklist
from speechqa.pipeline import Pipeline
from speechqa.schema import Transcript, Turn
from speechqa.scoring import score_transcript


class FakePipeline:
    instances = 0

    def __init__(self, config=None) -> None:
        self.config = config
        self.checked = 0
        FakePipeline.instances += 1

    @property
    def checklist(self):
        return load_checklist(getattr(self.config, "checklist", None))

    def check(self, *, audio: bool = True, scoring: bool = True, load: bool = True) -> None:
        self.checked += 1

    # Redaction is the real stage: it needs only the config.
    write_redacted_audio = Pipeline.write_redacted_audio

    def redact(self, transcript):
        return transcript if self.config is None else Pipeline.redact(self, transcript)

    def transcribe(self, path, call_id=None, language=None, metadata=None, progress=None,
                   unredacted=False):
        path = Path(path)
        name = f"{path.parent.name}/{path.name}"
        if "corrupt" in name:
            raise AudioError(path, "not an audio file (no audio stream)")
        if "crash" in name:
            raise ZeroDivisionError("division by zero")
        if progress is not None:
            progress("diarize: segmentation", 1, 2)
            progress("transcribe", 4.0, 8.0)
        transcript = Transcript(
            call_id=call_id or path.stem,
            language="ru",
            turns=[
                Turn(speaker="agent", role="agent", start=0, end=4,
                     text="Добрый день, банк «Северный» [/x], меня зовут Елена."),
                Turn(speaker="customer", role="customer", start=4, end=8,
                     text="Здравствуйте, у меня [bold]вопрос[/bold]. Напишу жалобу!"),
            ],
        )
        return transcript if unredacted else self.redact(transcript)

    def score(self, transcript, checklist=None):
        return score_transcript(transcript, checklist or self.checklist, semantic=False)
