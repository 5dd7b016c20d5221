"""PII/PCI redaction between transcription and storage (ru/uk/en/lt).

``redact_transcript`` masks entities in a transcript's words and turn text with typed
placeholders and records where (type, turn, time range), never what; ``redact_audio``
writes a copy of the recording with those time ranges beeped or silenced.
"""

from speechqa.redact.audio import redact_audio
from speechqa.redact.detect import ENTITY_TYPES, Finding, detect
from speechqa.redact.transcript import MODES, parse_types, redact_transcript

__all__ = ["ENTITY_TYPES", "MODES", "Finding", "detect", "parse_types", "redact_audio",
           "redact_transcript"]
