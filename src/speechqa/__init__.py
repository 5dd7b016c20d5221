"""speechqa: offline speech analytics for call-center quality assurance.

    import speechqa
    transcript = speechqa.transcribe("call.wav")            # audio → Transcript
    scorecard = speechqa.score(transcript)                   # Transcript → Scorecard
    scorecard = speechqa.score("call.wav", checklist="checklists/default.yaml")

Both share one process-wide ``Pipeline``, so models load once. For other settings build
your own ``speechqa.pipeline.Pipeline(PipelineConfig(...))``.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from speechqa.schema import Scorecard, Transcript

if TYPE_CHECKING:
    from speechqa.checklist import Checklist
    from speechqa.pipeline import Pipeline

__version__ = "0.1.0"
__all__ = ["Scorecard", "Transcript", "default_pipeline", "score", "transcribe"]


@functools.cache
def default_pipeline() -> Pipeline:
    """The shared pipeline with default settings (embedded offline models)."""
    from speechqa.pipeline import Pipeline

    return Pipeline()


def transcribe(path: str | Path, *, call_id: str | None = None,
               language: str | None = None) -> Transcript:
    """Diarise, transcribe and role-label one recording."""
    return default_pipeline().transcribe(path, call_id=call_id, language=language)


def score(source: str | Path | Transcript, *,
          checklist: str | Path | Checklist | None = None) -> Scorecard:
    """Score a Transcript, a transcript JSON file, or an audio file against a checklist."""
    from speechqa.checklist import load_checklist
    from speechqa.formats import load_transcript_json

    pipeline = default_pipeline()
    if isinstance(source, Transcript):
        transcript = source
    elif Path(source).suffix.lower() == ".json":
        transcript = load_transcript_json(source)
    else:
        transcript = pipeline.transcribe(source)
    if isinstance(checklist, str | Path):
        checklist = load_checklist(checklist)
    return pipeline.score(transcript, checklist)
