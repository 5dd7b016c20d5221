"""Transcript files in the formats speech people expect: JSON, RTTM, SRT, WebVTT.

Reading goes here too (the full schema and the minimal form), so the product never needs
the evaluation harness to load a transcript.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from speechqa.errors import BadTranscriptError
from speechqa.metrics import turn_role
from speechqa.schema import Transcript, Turn

_UNSAFE_ID = re.compile(r"[^\w.\-]+")
MAX_TRANSCRIPT_BYTES = 50_000_000


def safe_call_id(call_id: str) -> str:
    """A call id usable as a file name and an RTTM field (no spaces, no path separators)."""
    cleaned = _UNSAFE_ID.sub("_", call_id).strip("._")
    return cleaned or "call"


def _speaker_label(turn: Turn) -> str:
    return turn.role if turn.role != "unknown" else turn.speaker


def to_rttm(transcript: Transcript) -> str:
    """NIST RTTM, one SPEAKER line per turn; speaker names are roles when known."""
    uri = safe_call_id(transcript.call_id)
    lines = [
        f"SPEAKER {uri} 1 {turn.start:.3f} {turn.duration:.3f} <NA> <NA> "
        f"{safe_call_id(_speaker_label(turn))} <NA> <NA>"
        for turn in transcript.turns
        if turn.duration > 0
    ]
    return "\n".join(lines) + ("\n" if lines else "")


def _timestamp(seconds: float, separator: str) -> str:
    millis = round(seconds * 1000)
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    secs, millis = divmod(millis, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{separator}{millis:03d}"


def _cue_text(text: str) -> str:
    # A blank line ends a cue in both formats, and "-->" would start a new timing line.
    return re.sub(r"\n\s*\n+", "\n", text).replace("-->", "→").strip()


def to_srt(transcript: Transcript) -> str:
    blocks = []
    for number, turn in enumerate(transcript.turns, start=1):
        blocks.append(
            f"{number}\n{_timestamp(turn.start, ',')} --> {_timestamp(turn.end, ',')}\n"
            f"[{_speaker_label(turn)}] {_cue_text(turn.text)}\n"
        )
    return "\n".join(blocks)


def to_vtt(transcript: Transcript) -> str:
    blocks = ["WEBVTT\n"]
    for turn in transcript.turns:
        speaker = _speaker_label(turn).replace(">", "")
        text = _cue_text(turn.text).replace("&", "&amp;").replace("<", "&lt;")
        blocks.append(
            f"{_timestamp(turn.start, '.')} --> {_timestamp(turn.end, '.')}\n"
            f"<v {speaker}>{text}\n"
        )
    return "\n".join(blocks)


def write_transcript(transcript: Transcript, out_dir: str | Path) -> dict[str, Path]:
    """Write <call_id>.json/.rttm/.srt/.vtt atomically; return the paths by format."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    stem = safe_call_id(transcript.call_id)
    contents = {
        "json": transcript.model_dump_json(indent=2),
        "rttm": to_rttm(transcript),
        "srt": to_srt(transcript),
        "vtt": to_vtt(transcript),
    }
    paths = {}
    for suffix, text in contents.items():
        paths[suffix] = write_atomic(out / f"{stem}.{suffix}", text)
    return paths


def write_atomic(path: Path, text: str) -> Path:
    """Write via a temporary file and rename, so a crash never leaves half a file."""
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)
    return path


def write_json(path: Path, data: object) -> Path:
    return write_atomic(path, json.dumps(data, ensure_ascii=False, indent=2))


# --- reading ------------------------------------------------------------------------------


class TranscriptFormatError(BadTranscriptError):
    """A transcript file or object that cannot be scored, with what is wrong and where."""


# --- transcripts --------------------------------------------------------------------------


def _role_from_speaker(turn: Turn) -> Turn:
    role = turn_role(turn)
    return turn if role == turn.role else turn.model_copy(update={"role": role})


def _error_lines(exc: ValidationError) -> str:
    lines = []
    for err in exc.errors(include_url=False)[:20]:
        loc = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in err["loc"]).lstrip(".")
        lines.append(f"  {loc or '(top level)'}: {err['msg']}")
    return "\n".join(lines)


def _minimal_turn(index: int, raw: Any) -> Turn:
    if not isinstance(raw, dict):
        raise TranscriptFormatError(f"turns[{index}]: expected an object, got {type(raw).__name__}")
    missing = [key for key in ("speaker", "start", "end", "text") if key not in raw]
    if missing:
        raise TranscriptFormatError(f"turns[{index}]: missing {', '.join(missing)}")
    fields = {key: raw[key] for key in ("speaker", "role", "start", "end", "text") if key in raw}
    try:
        return Turn.model_validate(fields)
    except ValidationError as exc:
        raise TranscriptFormatError(f"turns[{index}] is invalid:\n{_error_lines(exc)}") from None


def transcript_from_dict(data: Any) -> Transcript:
    """A ``Transcript`` from the full schema or the minimal form
    ``{"call_id", "language", "turns": [{"speaker", "start", "end", "text"}]}``.

    In the minimal form other keys are ignored; a speaker named ``agent`` or ``customer``
    gives the turn its role.
    """
    if not isinstance(data, dict):
        raise TranscriptFormatError(
            f"a transcript must be a JSON object, not {type(data).__name__}"
        )
    try:
        transcript = Transcript.model_validate(data)
    except ValidationError as full_error:
        if not isinstance(data.get("call_id"), str) or not data["call_id"].strip():
            raise TranscriptFormatError("transcript needs a non-empty string 'call_id'") from None
        turns = data.get("turns")
        if not isinstance(turns, list):
            raise TranscriptFormatError(
                "transcript needs 'turns', a list; neither the full schema nor the minimal form "
                f"matched:\n{_error_lines(full_error)}"
            ) from None
        language = data.get("language")
        transcript = Transcript(
            call_id=data["call_id"],
            language=language if isinstance(language, str) else None,
            turns=[_minimal_turn(i, raw) for i, raw in enumerate(turns)],
        )
    if not transcript.call_id.strip():
        raise TranscriptFormatError("transcript needs a non-empty string 'call_id'")
    return transcript.model_copy(
        update={"turns": [_role_from_speaker(t) for t in transcript.turns]}
    )


def load_transcript_json(path: str | Path) -> Transcript:
    """Read a transcript JSON file (full schema or minimal form); clear errors on bad input."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_TRANSCRIPT_BYTES:
            raise TranscriptFormatError(f"{path}: larger than {MAX_TRANSCRIPT_BYTES} bytes")
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise TranscriptFormatError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise TranscriptFormatError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise TranscriptFormatError(
            f"{path}:{exc.lineno}:{exc.colno}: invalid JSON: {exc.msg}"
        ) from None
    try:
        return transcript_from_dict(data)
    except TranscriptFormatError as exc:
        raise TranscriptFormatError(f"{path}: {exc}") from None


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A text cell a spreadsheet would take for a formula (``=HYPERLINK(...)`` as a call id or
    a transcript quote) is prefixed with an apostrophe, the OWASP advice for CSV injection.
    Every CSV speechqa writes (exports, reports, the audit log) goes through this."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
