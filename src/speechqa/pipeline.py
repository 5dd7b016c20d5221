"""The one entry point that the CLI, the batch runner, the web app and the API share.

``Pipeline.transcribe`` is the expensive half (audio → role-labelled ``Transcript``);
``Pipeline.score`` is the cheap, pure half (``Transcript`` → ``Scorecard``) that
``speechqa rescore`` reruns when a checklist changes. Heavy models load lazily, once per
``Pipeline`` (and so once per worker process), on first use.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from speechqa import audio as audio_io
from speechqa.align import SpeakerAssigner, SpeakerSpan, build_turns
from speechqa.errors import BadOptionError
from speechqa.roles import apply_roles, assign_by_channel, assign_by_content
from speechqa.schema import Role, Scorecard, Transcript, Word
from speechqa.transcribe import DEFAULT_LANGUAGES, EMBEDDED_MODEL, Transcriber

if TYPE_CHECKING:
    from speechqa.checklist import Checklist
    from speechqa.diarize import Diarization, Diarizer
    from speechqa.sentiment import SentimentModel
    from speechqa.speaker_refine import VoicePrints
    from speechqa.vocabulary import DomainPrompt

logger = logging.getLogger(__name__)

ProgressHook = Callable[[str, float, float], None]
"""``progress(stage, completed, total)`` inside one file: ``"diarize"`` counts pyannote's
steps and batches, ``"transcribe"`` seconds of audio (all channels) recognised so far."""

ASR_WINDOW_S = 600.0  # the longest stretch of one signal handed to Whisper at once

EMBED_AHEAD_BATCH = 4  # voice-check units embedded between two looks at whether the ASR ended
EMBED_AHEAD_POLL_S = 0.2  # how often the embedding thread looks for newly decoded words

OVERLAP_SWITCH_INTERVAL_S = 0.001
"""Python's GIL switch interval while the pipeline's own threads work beside the main one
(its default is 5 ms): the ASR and the audio decoding need the GIL only between native calls,
and waited for it behind the other thread's Python (torch and pyannote imports, diarisation,
the voice check's loop). At 1 ms a cold process of three dev calls (dev_08, dev_13, dev_17)
ran in 20.3 s instead of 21.1 s, every call faster, and the first file decoded in 0.03 s
instead of 0.4 s beside the imports."""


def default_threads() -> int:
    """Cores this process may use (respects affinity masks and SPEECHQA_THREADS)."""
    if "SPEECHQA_THREADS" in os.environ:
        return max(1, int(os.environ["SPEECHQA_THREADS"]))
    return max(1, len(os.sched_getaffinity(0)))


@dataclass
class PipelineConfig:
    """Every model and setting a run depends on. Picklable, so workers can rebuild it."""

    asr_model: str = EMBEDDED_MODEL
    device: str = "cpu"
    compute_type: str = "int8"
    beam_size: int = 5
    threads: int = field(default_factory=default_threads)
    language: str | None = None
    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    num_speakers: int | None = 2
    min_speakers: int | None = None
    max_speakers: int | None = None
    channel_map: tuple[Role, ...] = ("agent", "customer")
    max_duration: float = audio_io.DEFAULT_MAX_DURATION_S
    segmentation_model: str | None = None
    embedding_model: str | None = None
    sentiment_model: str | None = None
    checklist: str | None = None
    redact: str = "text"  # none, text or text+audio: PII masked before anything is stored
    redact_types: tuple[str, ...] | None = None  # None: every entity type
    keep_unredacted: bool = False
    redact_audio: str = "beep"  # beep or silence, with redact="text+audio"
    redacted_audio_dir: str | None = None  # where text+audio writes <call_id>.redacted.wav
    vocabulary: str | None = None
    """Site vocabulary YAML (company and product names per language) for the ASR prompt."""
    overlap_diarization: bool | None = None
    """Diarise a mono file on one core while the ASR decodes it on the other ``threads - 1``
    (None: when ``threads`` ≥ 2). Both stages release the GIL in their native code, so one
    call takes about as long as the ASR alone instead of ASR plus diarisation; on the 2-vCPU
    machines measured, one ctranslate2 or torch thread is as fast as two (batch 1x2 was
    slower than 1x1), so nothing is given up by the split."""

    refine_speakers: bool = True
    """Mono: after diarisation and ASR, give each sentence-like run of words to the speaker
    whose voice it sounds like (``speaker_refine``), splitting turns that diarisation glued."""

    @property
    def overlaps_diarization(self) -> bool:
        if self.overlap_diarization is None:
            return self.threads >= 2
        return self.overlap_diarization


class Pipeline:
    """Recordings in, transcripts and scorecards out; models are shared across calls."""

    def __init__(self, config: PipelineConfig | None = None) -> None:
        self.config = config or PipelineConfig()

    @functools.cached_property
    def transcriber(self) -> Transcriber:
        c = self.config
        return Transcriber(
            c.asr_model, device=c.device, compute_type=c.compute_type,
            beam_size=c.beam_size, languages=c.languages,
            # with diarisation beside it on a core of its own, the ASR takes the others
            cpu_threads=max(1, c.threads - 1) if c.overlaps_diarization else c.threads,
            domain=self.domain_prompt,
        )

    @functools.cached_property
    def domain_prompt(self) -> DomainPrompt | None:
        """The ASR hints from the site vocabulary and the checklist; none without a vocabulary."""
        if self.config.vocabulary is None:
            return None
        from speechqa.vocabulary import DomainPrompt, load_vocabulary

        return DomainPrompt(load_vocabulary(self.config.vocabulary), self.checklist)

    @functools.cached_property
    def diarizer(self) -> Diarizer:
        from speechqa.diarize import load_diarizer

        c = self.config
        return load_diarizer(
            num_speakers=c.num_speakers, min_speakers=c.min_speakers,
            max_speakers=c.max_speakers, segmentation=c.segmentation_model,
            embedding=c.embedding_model, device=c.device,
            # beside the ASR, diarisation gets one core of its own, not a share of all
            threads=1 if c.overlaps_diarization else c.threads,
        )

    @functools.cached_property
    def sentiment_model(self) -> SentimentModel:
        from speechqa.sentiment import load_sentiment_model

        return load_sentiment_model(self.config.sentiment_model)

    @functools.cached_property
    def checklist(self) -> Checklist:
        from speechqa.checklist import load_checklist

        return load_checklist(self.config.checklist)

    def check(self, *, audio: bool = True, scoring: bool = True, load: bool = True) -> None:
        """Load the models and check the options a run needs, before any file is read, so a
        bad ``--model`` or ``--language`` is one error instead of one per file.
        ``load=False`` only checks that the ASR model can be found (for a batch parent
        process, whose workers load their own models).

        Raises ``ModelError``, ``BadOptionError`` or ``ChecklistError``.
        """
        c = self.config
        if audio:
            _check_language(c.language)
            for name, value in (("speakers", c.num_speakers), ("min_speakers", c.min_speakers),
                                ("max_speakers", c.max_speakers)):
                if value is not None and value < 1:
                    raise BadOptionError(f"{name} must be at least 1, got {value}")
            if c.min_speakers and c.max_speakers and c.min_speakers > c.max_speakers:
                raise BadOptionError(
                    f"min_speakers {c.min_speakers} is above max_speakers {c.max_speakers}"
                )
            _ = self.domain_prompt  # a broken --vocabulary file fails here, not per file
            if load:
                if c.overlaps_diarization:
                    self._preload_diarizer()
                self.transcriber.load()
            else:
                self.transcriber.locate()
        if scoring and load:
            from speechqa.rules import compile_checklist

            if compile_checklist(self.checklist).has_semantic:
                from speechqa.embeddings import get_encoder

                get_encoder()
            _ = self.sentiment_model

    def _preload_diarizer(self) -> None:
        """Import torch and pyannote and load the mono diarisation models in a background
        thread, beside the ASR model's loading and the first file's decoding: with start-up
        counted, those imports cost seconds. A failure is not lost: the first mono file
        loads again and raises it there."""
        mono = getattr(self.diarizer, "mono", None)
        if mono is None or not hasattr(mono, "load"):
            return

        _overlap_switching.hold()  # from here, so the first file's decoding has it too

        def load() -> None:
            try:
                mono.load()
            except Exception:  # raised again, in context, on first use
                logger.debug("background diarisation load failed", exc_info=True)
            finally:
                _overlap_switching.release()

        threading.Thread(target=load, name="diarize-load", daemon=True).start()

    def transcribe(
        self,
        path: str | Path,
        call_id: str | None = None,
        language: str | None = None,
        metadata: dict | None = None,
        progress: ProgressHook | None = None,
        unredacted: bool = False,
    ) -> Transcript:
        """Audio file → diarised, role-labelled transcript, redacted as configured (the raw
        one only with ``unredacted=True``). Raises ``AudioError`` on bad audio."""
        path = Path(path)
        recording = audio_io.load(path, max_duration=self.config.max_duration)
        logger.info("%s: %.1f s, %d channel(s)", path, recording.duration, recording.channels)
        transcript = self.transcribe_audio(
            recording, call_id=call_id or path.stem, language=language, metadata=metadata,
            progress=progress,
        )
        return transcript if unredacted else self.redact(transcript)

    def redact(self, transcript: Transcript) -> Transcript:
        """The transcript with PII masked per ``config.redact`` (unchanged when "none")."""
        from speechqa.redact import parse_types, redact_transcript

        if self.config.redact == "none" or transcript.redaction is not None:
            return transcript
        types = parse_types(self.config.redact_types)
        return redact_transcript(transcript, types, mode=self.config.redact)

    def transcribe_audio(
        self,
        recording: audio_io.Audio,
        *,
        call_id: str,
        language: str | None = None,
        metadata: dict | None = None,
        progress: ProgressHook | None = None,
    ) -> Transcript:
        language = language or self.config.language
        language_probability = None
        voices = self._voice_prints(recording)  # used only if the mix is diarised
        if recording.channels != 2 and self.config.overlaps_diarization:
            diarization, words, language, language_probability = self._mono_overlapped(
                recording, language, progress, voices
            )
        else:
            diarization = self._diarize(recording, progress)
            words = None
        logger.info("%s: diarised by %s, %d turns", call_id, diarization.source,
                    len(diarization.segments))
        stereo = diarization.source == "stereo_channels"
        diarization_model = diarization.model
        asr_seconds = recording.duration * (recording.channels if stereo else 1)
        if stereo:
            # One ASR pass per channel: no cross-talk, and each word's speaker is known. With
            # no language given, the first channel that has speech detects it in its own
            # ASR pass and the other channel reuses it (no separate detection pass).
            pairs = []
            channel_speakers = []
            for channel in range(recording.channels):
                speaker = _channel_speaker(diarization, channel)
                channel_speakers.append(speaker)
                speech = [(s.start, s.end) for s in diarization.segments if s.channel == channel]
                channel_words, detected, probability = self._recognise(
                    recording.channel(channel), language, speech, progress,
                    done_before=channel * recording.duration, total=asr_seconds,
                )
                if language is None and channel_words:
                    language, language_probability = detected, probability
                pairs.extend((speaker, word) for word in channel_words)
            language = language or ""
            turns = build_turns(pairs, language=language)
            assignment = assign_by_channel(channel_speakers, self.config.channel_map)
        else:
            if words is None:
                speech = [(s.start, s.end) for s in diarization.segments]
                words, language, language_probability = self._recognise(
                    recording.mono(), language, speech, progress, total=asr_seconds
                )
            pairs = _speaker_words(words, _assigner(diarization))
            if voices is not None:
                from speechqa.speaker_refine import refine_speakers

                pairs = refine_speakers(pairs, voices)
            turns = build_turns(pairs, language=language)
            if voices is not None and diarization_model is not None:
                diarization_model = diarization_model.model_copy(
                    update={"name": f"{diarization_model.name} + voice check"})
            assignment = None
        if language_probability is not None:
            logger.info("%s: language %s (%.2f)", call_id, language, language_probability)
        transcript = Transcript(
            call_id=call_id,
            audio=recording.info,
            language=language,
            language_probability=language_probability,
            turns=turns,
            diarization_source=diarization.source,
            asr_model=self.transcriber.info,
            diarization_model=diarization_model,
            metadata=dict(metadata or {}),
        )
        return apply_roles(transcript, assignment or assign_by_content(transcript))

    def write_redacted_audio(self, source: str | Path, transcript: Transcript) -> Transcript:
        """With redact="text+audio": write the recording with every masked span beeped or
        silenced, and return the transcript naming that copy (the one reviewers hear)."""
        from speechqa.formats import safe_call_id
        from speechqa.redact import redact_audio

        c = self.config
        if c.redact != "text+audio" or transcript.redaction is None:
            return transcript
        if not c.redacted_audio_dir:
            raise ValueError("redact=text+audio needs a directory for the redacted audio")
        target = Path(c.redacted_audio_dir) / f"{safe_call_id(transcript.call_id)}.redacted.wav"
        written = redact_audio(source, transcript.redaction.spans, target, method=c.redact_audio)
        redaction = transcript.redaction.model_copy(update={"audio_path": str(written)})
        return transcript.model_copy(update={"redaction": redaction})

    def _voice_prints(self, recording: audio_io.Audio) -> VoicePrints | None:
        """Mono: the embeddings for the voice check that moves each sentence to the speaker
        whose voice it matches (``speaker_refine``); None when it is off or the diarizer
        cannot embed stretches of audio (the transcript's diarisation model records which)."""
        embed = getattr(self.diarizer, "embed", None)
        if not self.config.refine_speakers or embed is None:
            return None
        from speechqa.speaker_refine import VoicePrints

        # after the ASR every core is free again, whatever the diarisation was given
        workers = self.config.threads if self.config.overlaps_diarization else 1
        return VoicePrints(functools.partial(embed, recording), workers=workers)

    def _diarize(self, recording: audio_io.Audio, progress: ProgressHook | None):
        if progress is None:
            return self.diarizer(recording)
        return self.diarizer(recording, hook=_pyannote_hook(progress))

    def _mono_overlapped(
        self, recording: audio_io.Audio, language: str | None, progress: ProgressHook | None,
        voices: VoicePrints | None,
    ) -> tuple[Diarization, list[Word], str, float | None]:
        """Diarisation in a second thread while this one runs the ASR (and its language
        detection); that thread then embeds the voice check's settled units of the words
        decoded so far (``_embed_ahead``). The ASR windows of a long call are cut in
        pauses that a VAD finds, since the diarisation's turns are not known yet.
        Diarisation steps are reported only once the ASR is done, so one bar does not flip
        between two stages."""
        asr_done = threading.Event()
        decoded: list[Word] = []

        def diarisation_progress(stage: str, completed: float, total: float) -> None:
            if asr_done.is_set() and progress is not None:
                progress(stage, completed, total)

        samples = recording.mono()
        with _overlap_switching(), \
                ThreadPoolExecutor(max_workers=1, thread_name_prefix="diarize") as pool:
            diarizing = pool.submit(
                self._diarize, recording, diarisation_progress if progress else None
            )
            if voices is not None:
                embedding = pool.submit(_embed_ahead, diarizing, decoded, asr_done, voices)
            try:
                speech = _vad_speech(samples) if recording.duration > ASR_WINDOW_S else []
                words, language, probability = self._recognise(
                    samples, language, speech, progress, total=recording.duration,
                    on_words=decoded.extend,
                )
            finally:
                asr_done.set()
            diarization = diarizing.result()
            if voices is not None:
                embedding.result()
        return diarization, words, language, probability

    def _recognise(
        self, samples: np.ndarray, language: str | None, speech: Sequence[tuple[float, float]],
        progress: ProgressHook | None = None, *, done_before: float = 0.0, total: float = 0.0,
        on_words: Callable[[list[Word]], None] | None = None,
    ) -> tuple[list[Word], str, float | None]:
        """ASR of one signal, handed to Whisper a window at a time (cut in pauses): its
        features and spectrogram for an hour at once would take gigabytes. With no
        ``language``, the first window's ASR pass detects it (no second pass over the
        audio) and the later windows use it; returns the words, the language and its
        probability (None when it was given)."""
        words: list[Word] = []
        probability = None
        for start, end in asr_windows(len(samples), speech):
            offset = start / audio_io.SAMPLE_RATE
            report = None
            if progress is not None:
                def report(seconds: float, base: float = done_before + offset) -> None:
                    progress("transcribe", min(total, base + seconds), total)
            result = self.transcriber(
                samples[start:end], language=language, offset=offset, progress=report,
                on_words=on_words,
            )
            if language is None:
                language, probability = result.language, result.language_probability
            words += result.words
        return words, language or "", probability

    def score(self, transcript: Transcript, checklist: Checklist | None = None) -> Scorecard:
        """Transcript → scorecard: sentiment per turn, checklist rules, metrics, flags."""
        from speechqa import sentiment
        from speechqa.scoring import score_transcript

        # A transcript stored before redaction existed (or loaded from a file) is masked
        # here, so evidence and reasons never quote PII.
        annotated = self.redact(transcript).model_copy(deep=True)
        model = self.sentiment_model
        sentiment.annotate(annotated, model)
        summary = sentiment.summarize(annotated, getattr(model, "info", None))
        flags = sentiment.sentiment_flags(annotated, summary)
        return score_transcript(
            annotated, checklist or self.checklist, sentiment=summary, extra_flags=flags
        )

    def process(
        self, path: str | Path, call_id: str | None = None, language: str | None = None,
        metadata: dict | None = None,
    ) -> tuple[Transcript, Scorecard]:
        transcript = self.transcribe(path, call_id=call_id, language=language, metadata=metadata)
        return transcript, self.score(transcript)


class _SwitchInterval:
    """``sys.setswitchinterval(seconds)`` while any block using it runs, and Python's own
    interval back when the last one ends: the diarizer's background loading and a call's
    overlap come and go in their own threads and overlap in time."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._lock = threading.Lock()
        self._users = 0
        self._before = sys.getswitchinterval()

    def hold(self) -> None:
        with self._lock:
            if self._users == 0:
                self._before = sys.getswitchinterval()
                sys.setswitchinterval(min(self._before, self.seconds))
            self._users += 1

    def release(self) -> None:
        with self._lock:
            self._users -= 1
            if self._users == 0:
                sys.setswitchinterval(self._before)

    @contextlib.contextmanager
    def __call__(self) -> Iterator[None]:
        self.hold()
        try:
            yield
        finally:
            self.release()


_overlap_switching = _SwitchInterval(OVERLAP_SWITCH_INTERVAL_S)


def _speaker_words(
    words: Sequence[Word], assigner: SpeakerAssigner
) -> list[tuple[str, Word]]:
    """Each word with the diarised speaker it overlaps most; words far from every turn
    (ASR hallucinations in silence) are dropped."""
    return [(s, word) for s, word in assigner.assign(words) if s is not None]


def _assigner(diarization: Diarization) -> SpeakerAssigner:
    return SpeakerAssigner([SpeakerSpan(s.speaker, s.start, s.end)
                            for s in diarization.segments])


def _embed_ahead(
    diarizing: Future[Diarization], decoded: list[Word], asr_done: threading.Event,
    voices: VoicePrints,
) -> None:
    """While the ASR still decodes, on the core the diarisation has finished with: embed
    the voice check's units that are settled in the words decoded so far, a few at a time
    so that little is left running when the ASR ends."""
    from speechqa.speaker_refine import SettledRanges

    assigner, settled = _assigner(diarizing.result()), SettledRanges()
    seen = 0
    while not asr_done.is_set():
        if len(decoded) == seen:
            asr_done.wait(EMBED_AHEAD_POLL_S)
            continue
        arrived = decoded[seen:]
        seen += len(arrived)
        pending = voices.missing(settled.extend(_speaker_words(arrived, assigner)))
        for start in range(0, len(pending), EMBED_AHEAD_BATCH):
            if asr_done.is_set():
                return
            voices.prefetch(pending[start : start + EMBED_AHEAD_BATCH])


def _pyannote_hook(progress: ProgressHook) -> Callable[..., None]:
    """pyannote's ``hook(step_name, step_artefact, file=None, total=None, completed=None)``
    as a ``ProgressHook``; steps without counts report as one unit done."""

    def hook(step_name: str, step_artefact=None, file=None, total=None, completed=None) -> None:
        if total:
            progress(f"diarize: {step_name}", float(completed or 0), float(total))
        else:
            progress(f"diarize: {step_name}", 1.0, 1.0)

    return hook


def _check_language(language: str | None) -> None:
    if language is None:
        return
    from faster_whisper.tokenizer import _LANGUAGE_CODES

    if language not in _LANGUAGE_CODES:
        raise BadOptionError(
            f"unknown language {language!r}: use a Whisper language code such as ru, uk, en, lt"
        )


def asr_windows(
    length: int, speech: Sequence[tuple[float, float]], window_s: float = ASR_WINDOW_S
) -> list[tuple[int, int]]:
    """Sample ranges covering ``length`` samples, each at most ``window_s`` long, cut in the
    middle of the longest-reaching pause between speech spans (seconds); a stretch with no
    pause at all is cut at the limit."""
    rate = audio_io.SAMPLE_RATE
    limit = int(window_s * rate)
    pauses = []
    reached = 0.0
    for start, end in sorted(speech):
        if start > reached:
            pauses.append(int((reached + start) / 2 * rate))
        reached = max(reached, end)
    windows = []
    begin = 0
    while length - begin > limit:
        inside = [cut for cut in pauses if begin < cut <= begin + limit]
        cut = inside[-1] if inside else begin + limit
        windows.append((begin, cut))
        begin = cut
    windows.append((begin, length))
    return windows


def _vad_speech(samples: np.ndarray) -> list[tuple[float, float]]:
    """Speech spans (seconds) found by Silero VAD with the stereo path's tight settings."""
    from speechqa.diarize import StereoDiarizer

    rate = audio_io.SAMPLE_RATE
    return [(start / rate, end / rate) for start, end in StereoDiarizer().speech_regions(samples)]


def _channel_speaker(diarization, channel: int) -> str:
    for segment in diarization.segments:
        if segment.channel == channel:
            return segment.speaker
    return f"CHANNEL_{channel}"
