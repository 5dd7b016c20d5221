"""A redacted copy of a recording: each masked span's time range beeped or silenced.

Ranges come from the word timestamps of the redacted transcript, padded because word
boundaries from ASR are only accurate to a few tens of milliseconds. Every channel is
masked: in a stereo call the other side's microphone often bleeds the same digits.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from speechqa.schema import RedactionSpan

PAD_S = 0.2
BEEP_HZ = 1000.0
BEEP_LEVEL = 0.2  # about -14 dBFS


def masked_ranges(spans: Sequence[RedactionSpan], duration: float,
                  pad: float = PAD_S) -> list[tuple[float, float]]:
    """Padded, merged time ranges to replace."""
    ranges = sorted((max(0.0, s.start - pad), min(duration, s.end + pad)) for s in spans)
    merged: list[tuple[float, float]] = []
    for start, end in ranges:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def mask_samples(samples: np.ndarray, sample_rate: int, ranges: Sequence[tuple[float, float]],
                 method: str = "beep") -> np.ndarray:
    """Samples (channels, n) with each range replaced by a tone or silence."""
    if method not in ("beep", "silence"):
        raise ValueError(f"audio redaction must be beep or silence, not {method!r}")
    out = np.array(samples, dtype=np.float32, copy=True)
    for start, end in ranges:
        first, last = int(start * sample_rate), min(out.shape[-1], int(end * sample_rate))
        if last <= first:
            continue
        if method == "silence":
            out[..., first:last] = 0.0
        else:
            t = np.arange(last - first) / sample_rate
            out[..., first:last] = (BEEP_LEVEL * np.sin(2 * np.pi * BEEP_HZ * t)).astype(
                np.float32)
    return out


def redact_audio(source: str | Path, spans: Sequence[RedactionSpan], target: str | Path,
                 method: str = "beep", pad: float = PAD_S) -> Path:
    """Write ``target`` (16-bit WAV at the pipeline's 16 kHz, channels kept) from ``source``."""
    import soundfile

    from speechqa import audio as audio_io

    recording = audio_io.load(source)
    ranges = masked_ranges(spans, recording.duration, pad)
    samples = mask_samples(recording.samples, recording.sample_rate, ranges, method)
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + ".tmp")
    soundfile.write(str(temporary), samples.T, recording.sample_rate, subtype="PCM_16",
                    format="WAV")
    temporary.replace(target)
    return target
