"""Decode, validate and resample call recordings.

Every later stage gets the same thing: float32 samples at 16 kHz with the original channels
kept (stereo call recordings carry one speaker per channel). Bad input is rejected here,
before any model runs, with an ``AudioError`` that names the file and the cause.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from speechqa.errors import BadAudioError
from speechqa.schema import AudioInfo

SAMPLE_RATE = 16_000
MIN_DURATION_S = 1.0
DEFAULT_MAX_DURATION_S = 4 * 3600.0
TRUNCATION_TOLERANCE = 0.02  # MP3 headers estimate duration from the bit rate
SILENCE_PEAK = 1e-4  # below about -80 dBFS everywhere: nothing was recorded
AUDIO_EXTENSIONS = (".wav", ".flac", ".mp3", ".ogg", ".opus", ".m4a", ".aac", ".wma", ".webm")


class AudioError(BadAudioError):
    """A recording that cannot be scored, with the file and the reason."""

    def __init__(self, path: str | Path | None, cause: str) -> None:
        self.path = str(path) if path is not None else "<memory>"
        self.cause = cause
        super().__init__(f"{self.path}: {cause}")


@dataclass(frozen=True)
class Audio:
    """Decoded audio: ``samples`` has shape (channels, n) float32 in [-1, 1] at 16 kHz."""

    samples: np.ndarray
    info: AudioInfo
    sample_rate: int = SAMPLE_RATE

    @property
    def channels(self) -> int:
        return int(self.samples.shape[0])

    @property
    def duration(self) -> float:
        return self.samples.shape[1] / self.sample_rate

    def mono(self) -> np.ndarray:
        """The channels mixed down, shape (n,)."""
        return self.samples.mean(axis=0) if self.channels > 1 else self.samples[0]

    def channel(self, index: int) -> np.ndarray:
        return self.samples[index]


def sha256_file(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _decode(path: Path) -> tuple[np.ndarray, int, str]:
    """Decode any container/codec FFmpeg knows (PyAV wheels bundle FFmpeg): (channels, n)."""
    import av

    try:
        container = av.open(str(path))
    except (av.error.InvalidDataError, av.error.FFmpegError, UnicodeDecodeError) as error:
        raise AudioError(
            path, f"not a readable audio file ({error.__class__.__name__}: {error})"
        ) from error
    with container:
        streams = container.streams.audio
        if not streams:
            raise AudioError(path, "the file has no audio stream")
        stream = streams[0]
        source_rate = stream.codec_context.sample_rate or stream.rate
        channels = stream.codec_context.channels or 1
        if not source_rate:
            raise AudioError(path, "the audio stream has no sample rate")
        resampler = av.AudioResampler(format="fltp", layout=_layout(channels), rate=SAMPLE_RATE)
        declared = _declared_duration(container, stream)
        chunks: list[np.ndarray] = []
        try:
            for frame in container.decode(stream):
                for out in resampler.resample(frame):
                    chunks.append(out.to_ndarray())
            for out in resampler.resample(None):
                chunks.append(out.to_ndarray())
        except av.error.FFmpegError as error:
            decoded = sum(chunk.shape[1] for chunk in chunks) / SAMPLE_RATE
            raise AudioError(path, f"corrupt audio data after {decoded:.1f} s ({error})") from error
        format_name = container.format.name
    if not chunks:
        raise AudioError(path, "no audio could be decoded (empty or truncated stream)")
    samples = np.concatenate(chunks, axis=1).astype(np.float32)
    decoded = samples.shape[1] / SAMPLE_RATE
    if declared is not None and decoded < declared * (1 - TRUNCATION_TOLERANCE) - 0.5:
        raise AudioError(
            path, f"truncated: the header declares {declared:.1f} s but only {decoded:.1f} s decode"
        )
    return samples, int(source_rate), format_name


def _declared_duration(container, stream) -> float | None:
    """The duration the file's header promises, when it states one (WAV, FLAC, MP4...)."""
    if container.format.name == "wav":
        return _wav_declared_duration(container.name)
    if stream.duration is not None and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    if container.duration is not None:
        return container.duration / 1_000_000
    return None


def _wav_declared_duration(path: str) -> float | None:
    """Data-chunk size / byte rate from the RIFF header (FFmpeg trusts the file size instead)."""
    with open(path, "rb") as handle:
        header = handle.read(4096)
    if header[:4] != b"RIFF" or header[8:12] != b"WAVE":
        return None
    byte_rate = None
    position = 12
    while position + 8 <= len(header):
        chunk_id = header[position : position + 4]
        size = int.from_bytes(header[position + 4 : position + 8], "little")
        if chunk_id == b"fmt " and position + 20 <= len(header):
            byte_rate = int.from_bytes(header[position + 16 : position + 20], "little")
        elif chunk_id == b"data":
            # 0 and 0xFFFFFFFF mark a stream written without knowing its length.
            if not byte_rate or size in (0, 0xFFFFFFFF):
                return None
            return size / byte_rate
        position += 8 + size + (size & 1)
    return None


def _layout(channels: int) -> str:
    return "mono" if channels == 1 else "stereo"


def load(
    path: str | Path,
    *,
    max_duration: float = DEFAULT_MAX_DURATION_S,
    min_duration: float = MIN_DURATION_S,
) -> Audio:
    """Load a recording as 16 kHz float32, keeping up to two channels.

    Raises ``AudioError`` for a missing, empty, unreadable, corrupt, too short, too long or
    digitally silent file. More than two channels are mixed down to mono: call recorders
    put agent and customer on two channels at most.
    """
    path = Path(path)
    if not path.exists():
        raise AudioError(path, "file not found")
    if path.is_dir():
        raise AudioError(path, "is a directory, not an audio file")
    size = path.stat().st_size
    if size == 0:
        raise AudioError(path, "file is empty (0 bytes)")
    samples, source_rate, format_name = _decode(path)
    if samples.shape[0] > 2:
        samples = samples.mean(axis=0, keepdims=True)
    duration = samples.shape[1] / SAMPLE_RATE
    if duration < min_duration:
        raise AudioError(path, f"too short: {duration:.2f} s (minimum {min_duration:g} s)")
    if duration > max_duration:
        raise AudioError(path, f"too long: {duration:.0f} s (limit {max_duration:g} s)")
    if not np.isfinite(samples).all():
        raise AudioError(path, "decoded samples contain NaN or infinity")
    if float(np.abs(samples).max()) < SILENCE_PEAK:
        raise AudioError(path, "digital silence: no signal in any channel")
    info = AudioInfo(
        path=str(path),
        sha256=sha256_file(path),
        format=format_name,
        duration=round(duration, 3),
        sample_rate=source_rate,
        channels=int(samples.shape[0]),
    )
    return Audio(samples=np.ascontiguousarray(samples), info=info)


def from_array(samples: np.ndarray, sample_rate: int, *, name: str = "<memory>") -> Audio:
    """Wrap in-memory samples (n,) or (channels, n) as ``Audio``, resampling to 16 kHz."""
    array = np.asarray(samples, dtype=np.float32)
    if array.ndim == 1:
        array = array[None, :]
    if sample_rate != SAMPLE_RATE:
        from scipy.signal import resample_poly

        divisor = np.gcd(sample_rate, SAMPLE_RATE)
        array = resample_poly(array, SAMPLE_RATE // divisor, sample_rate // divisor, axis=1)
        array = array.astype(np.float32)
    info = AudioInfo(
        path=name, duration=round(array.shape[1] / SAMPLE_RATE, 3),
        sample_rate=sample_rate, channels=int(array.shape[0]),
    )
    return Audio(samples=np.ascontiguousarray(array), info=info)
