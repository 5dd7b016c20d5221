"""Transcript files in the formats speech people expect: JSON, RTTM, SRT, WebVTT."""

from __future__ import annotations

import json
import re
from pathlib import Path

from speechqa.schema import Transcript, Turn

_UNSAFE_ID = re.compile(r"[^\w.\-]+")


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
