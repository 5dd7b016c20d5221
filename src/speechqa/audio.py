"""Decode, validate and resample call recordings.

Every later stage gets the same thing: float32 samples at 16 kHz with the original channels
kept (stereo call recordings carry one speaker per channel). Bad input is rejected here,
before any model runs, with an ``AudioError`` that names the file and the cause.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from speechqa.errors import BadAudioError
from speechqa.paths import storable_path
from speechqa.schema import AudioInfo

SAMPLE_RATE = 16_000
MIN_DURATION_S = 1.0
DEFAULT_MAX_DURATION_S = 4 * 3600.0
TRUNCATION_TOLERANCE = 0.02  # MP3 headers estimate duration from the bit rate
SILENCE_PEAK = 1e-4  # below about -80 dBFS everywhere: nothing was recorded
# Decoded samples one worker may hold. Measured (benchmarks/results/memory.json): a worker
# with every model loaded peaks at 1454 MiB plus the samples while it scores a long stereo
# call (1 h: 440 MiB of samples, 1893 MiB peak). Within the 2 GiB budget that leaves about
# 590 MiB for samples; 512 MiB keeps a margin: 1.16 h stereo or 2.3 h mono.
MAX_SAMPLE_BYTES = 512 * 1024**2
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

    def mono(self, seconds: float | None = None) -> np.ndarray:
        """The channels mixed down, shape (n,); only the first ``seconds`` when given, so a
        look at the start of a long stereo call does not copy all of it."""
        end = None if seconds is None else int(seconds * self.sample_rate)
        samples = self.samples[:, :end]
        return samples.mean(axis=0, dtype=np.float32) if self.channels > 1 else samples[0]

    def channel(self, index: int) -> np.ndarray:
        return self.samples[index]


def sha256_file(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _decode(path: Path, max_duration: float) -> tuple[np.ndarray, int, str, float]:
    """Decode any container/codec FFmpeg knows (PyAV wheels bundle FFmpeg) into one array.

    Memory stays bounded by the duration limit: a file whose header already declares more
    than the limit is refused before any frame is decoded, a stream of unknown length stops
    decoding at the limit, and the frames are written into one preallocated float32 array
    (no list of chunks concatenated at the end, which would hold the call twice). Returns
    (samples (channels, n), source rate, format, peak amplitude).
    """
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
        kept = 1 if channels > 2 else channels
        memory_limit = MAX_SAMPLE_BYTES / (4 * kept * SAMPLE_RATE)
        declared = _declared_duration(container, stream)
        if declared is not None and declared > max_duration * (1 + TRUNCATION_TOLERANCE):
            raise AudioError(
                path, f"too long: the header declares {declared:.0f} s "
                f"(limit {max_duration:g} s); not decoded"
            )
        if declared is not None and declared > memory_limit:
            raise AudioError(path, _memory_refusal(declared, kept, "the header declares"))
        limit = int(min(max_duration, memory_limit) * SAMPLE_RATE) + SAMPLE_RATE
        expected = declared * (1 + TRUNCATION_TOLERANCE) + 1 if declared else 60.0
        buffer = np.empty((kept, min(limit, int(expected * SAMPLE_RATE))), np.float32)
        filled = 0
        peak = 0.0
        for chunk in _decode_frames(path, container, stream, channels):
            if not np.isfinite(chunk).all():
                raise AudioError(path, "decoded samples contain NaN or infinity")
            peak = max(peak, float(chunk.max()), -float(chunk.min()))
            end = filled + chunk.shape[1]
            if end > buffer.shape[1]:
                if end > limit:
                    if max_duration > memory_limit:
                        raise AudioError(path, _memory_refusal(end / SAMPLE_RATE, kept, "over"))
                    raise AudioError(
                        path, f"too long: more than {max_duration:g} s (the limit); "
                        "decoding stopped there"
                    )
                # Unknown or understated length: grow by half, never past the limit.
                grown = np.empty(
                    (buffer.shape[0], min(limit, max(end, buffer.shape[1] * 3 // 2))),
                    np.float32,
                )
                grown[:, :filled] = buffer[:, :filled]
                buffer = grown
            buffer[:, filled:end] = chunk
            filled = end
        format_name = container.format.name
    if not filled:
        raise AudioError(path, "no audio could be decoded (empty or truncated stream)")
    decoded = filled / SAMPLE_RATE
    if declared is not None and decoded < declared * (1 - TRUNCATION_TOLERANCE) - 0.5:
        raise AudioError(
            path, f"truncated: the header declares {declared:.1f} s but only {decoded:.1f} s decode"
        )
    return _compact(buffer, filled), int(source_rate), format_name, peak


def _memory_refusal(seconds: float, channels: int, said: str) -> str:
    hours = MAX_SAMPLE_BYTES / (4 * SAMPLE_RATE * 3600)
    return (
        f"too long for one worker's memory: {said} {seconds / 3600:.2f} h of "
        f"{'stereo' if channels == 2 else 'mono'} audio, "
        f"{seconds * channels * SAMPLE_RATE * 4 / 2**30:.2f} GiB decoded; the limit is "
        f"{hours / 2:.1f} h stereo or {hours:.1f} h mono; split the recording"
    )


def _compact(buffer: np.ndarray, filled: int) -> np.ndarray:
    """The first ``filled`` columns as a C-contiguous array in the same memory.

    Later channels move down over the unused tail of the earlier ones, a block at a time,
    so no second full-length array is ever allocated.
    """
    channels, capacity = buffer.shape
    flat = buffer.reshape(-1)
    block = 1 << 20
    for channel in range(1, channels):
        source, target = channel * capacity, channel * filled
        for offset in range(0, filled, block):
            size = min(block, filled - offset)
            flat[target + offset : target + offset + size] = flat[
                source + offset : source + offset + size
            ]
    return flat[: channels * filled].reshape(channels, filled)


def _decode_frames(path: Path, container, stream, channels: int) -> Iterator[np.ndarray]:
    """16 kHz float32 chunks (channels, n) as they decode; more than two channels are
    averaged to one here, chunk by chunk, so a many-channel file is never held whole."""
    import av

    layout = stream.layout if channels > 2 else _layout(channels)
    resampler = av.AudioResampler(format="fltp", layout=layout, rate=SAMPLE_RATE)
    decoded = 0
    try:
        for frame in container.decode(stream):
            for out in resampler.resample(frame):
                decoded += out.samples
                yield _mixed(out.to_ndarray(), channels)
        for out in resampler.resample(None):
            yield _mixed(out.to_ndarray(), channels)
    except av.error.FFmpegError as error:
        raise AudioError(
            path, f"corrupt audio data after {decoded / SAMPLE_RATE:.1f} s ({error})"
        ) from error


def _mixed(chunk: np.ndarray, channels: int) -> np.ndarray:
    chunk = chunk.astype(np.float32, copy=False)
    return chunk.mean(axis=0, keepdims=True, dtype=np.float32) if channels > 2 else chunk


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


def probe_duration(path: str | Path) -> float | None:
    """The duration the container declares, without decoding; None if it states none or
    the file cannot be opened (decoding will then say why)."""
    import av

    try:
        with av.open(str(path)) as container:
            if not container.streams.audio:
                return None
            return _declared_duration(container, container.streams.audio[0])
    except (av.error.FFmpegError, OSError, UnicodeError, ValueError):
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
    digitally silent file. More than two channels are mixed down to mono (their mean): call
    recorders put agent and customer on two channels at most, so more is a conference or
    room recording, scored like a mono call.
    """
    path = Path(path)
    if not path.exists():
        raise AudioError(path, "file not found")
    if path.is_dir():
        raise AudioError(path, "is a directory, not an audio file")
    size = path.stat().st_size
    if size == 0:
        raise AudioError(path, "file is empty (0 bytes)")
    samples, source_rate, format_name, peak = _decode(path, max_duration)
    duration = samples.shape[1] / SAMPLE_RATE
    if duration < min_duration:
        raise AudioError(path, f"too short: {duration:.2f} s (minimum {min_duration:g} s)")
    if duration > max_duration:
        raise AudioError(path, f"too long: {duration:.0f} s (limit {max_duration:g} s)")
    if peak < SILENCE_PEAK:
        raise AudioError(path, "digital silence: no signal in any channel")
    info = AudioInfo(
        path=storable_path(path),  # a cp1251 file name must not break the transcript's JSON
        sha256=sha256_file(path),
        format=format_name,
        duration=round(duration, 3),
        sample_rate=source_rate,
        channels=int(samples.shape[0]),
    )
    return Audio(samples=samples, info=info)


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
