"""Recordings for the player: the file by call, with byte ranges, and its waveform peaks.

The browser only ever names a scorecard id; the path comes from the store after the
permission check (``review.service.audio_path``), so no request can reach another file.
Peaks are computed here, on the server, so the page needs no audio decoder of its own:
the same decoder the pipeline uses (``speechqa.audio``) reads every format it accepts.
"""

from __future__ import annotations

import mimetypes
from functools import lru_cache
from pathlib import Path

import numpy as np
from starlette.responses import FileResponse

from speechqa.audio import load

DEFAULT_BUCKETS = 1200
MAX_BUCKETS = 8000
_AUDIO_TYPES = {
    ".wav": "audio/wav", ".flac": "audio/flac", ".mp3": "audio/mpeg", ".ogg": "audio/ogg",
    ".opus": "audio/ogg", ".m4a": "audio/mp4", ".aac": "audio/aac", ".webm": "audio/webm",
}


def audio_response(path: Path) -> FileResponse:
    """The recording with ``Accept-Ranges``; Starlette answers Range with 206 or 416."""
    media_type = _AUDIO_TYPES.get(path.suffix.lower()) or (
        mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    )
    # No filename: a Content-Disposition would echo the stored name to the client.
    return FileResponse(path, media_type=media_type, headers={"Cache-Control": "private"})


def peaks(path: Path, buckets: int = DEFAULT_BUCKETS) -> dict[str, object]:
    """Peak amplitude (0–1, loudest bucket = 1) of ``buckets`` equal slices of the call."""
    buckets = max(1, min(int(buckets), MAX_BUCKETS))
    stat = path.stat()
    duration, values = _peaks(str(path), stat.st_size, stat.st_mtime_ns, buckets)
    return {"duration": duration, "peaks": list(values)}


@lru_cache(maxsize=64)
def _peaks(path: str, _size: int, _mtime_ns: int, buckets: int) -> tuple[float, tuple[float, ...]]:
    # Size and mtime are part of the key so a replaced file is decoded again.
    audio = load(path)
    samples = np.abs(audio.mono())
    starts = np.linspace(0, samples.size, buckets, endpoint=False).astype(np.int64)
    values = np.maximum.reduceat(samples, starts)
    top = float(values.max()) or 1.0
    return audio.duration, tuple(round(float(v) / top, 3) for v in values)
