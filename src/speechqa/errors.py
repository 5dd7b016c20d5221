"""One base class for every error speechqa expects, so callers catch one thing.

A ``SpeechQAError`` means "this input or this setting cannot be used, and here is why": the
CLI prints it as one line and goes on with the other inputs; anything else is a bug. The
subclasses say what was wrong; the modules' own error classes (``AudioError``,
``ChecklistError``, ``TranscriptFormatError``, ``TranscriptionError``...) derive from them.
"""

from __future__ import annotations


class SpeechQAError(Exception):
    """An expected failure: bad input, a bad setting, or a model that cannot be used."""


class BadAudioError(SpeechQAError, ValueError):
    """A recording that cannot be decoded or scored."""


class BadTranscriptError(SpeechQAError, ValueError):
    """A transcript file or object that cannot be read or scored."""


class BadChecklistError(SpeechQAError, ValueError):
    """A checklist that cannot be loaded, validated or compiled."""


class BadOptionError(SpeechQAError, ValueError):
    """A setting (language, device, speaker counts...) that no input could run with."""


class ModelError(SpeechQAError, RuntimeError):
    """A model that is not found, cannot be loaded, or cannot run."""


class RuleError(SpeechQAError):
    """A checklist rule that failed while scoring one call (a regex over its time limit, a
    semantic rule without its encoder). ``code`` is the review flag the scorecard gets."""

    def __init__(self, message: str, *, code: str = "rule_error") -> None:
        super().__init__(message)
        self.code = code
