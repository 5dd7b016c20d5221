"""The ``speechqa`` command line. Every command is a thin wrapper over the Python API."""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import json
import logging
import os
import socket
import traceback
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

app = typer.Typer(
    name="speechqa",
    help="Score call-center recordings for QA: diarise, transcribe, check, flag.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console(stderr=True)
logger = logging.getLogger("speechqa")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
T = TypeVar("T")  # what one input's work hands to its report


class _Options:
    """Options of the ``speechqa`` command itself, read by every subcommand."""

    debug = False
    log_handler: logging.Handler | None = None


options = _Options()


@app.callback()
def main_options(
    verbose: Annotated[int, typer.Option(
        "--verbose", "-v", count=True, help="More log output: -v info, -vv debug.")] = 0,
    log_level: Annotated[str | None, typer.Option(
        "--log-level", help=f"Log level: {', '.join(LOG_LEVELS)} (overrides -v).")] = None,
    debug: Annotated[bool, typer.Option(
        "--debug", help="Show the full traceback of every error.")] = False,
) -> None:
    """Score call-center recordings for QA: diarise, transcribe, check, flag."""
    if log_level is not None and log_level.upper() not in LOG_LEVELS:
        raise typer.BadParameter(f"use one of {', '.join(LOG_LEVELS)}", param_hint="--log-level")
    level = log_level.upper() if log_level else ("WARNING", "INFO", "DEBUG")[min(verbose, 2)]
    options.debug = debug
    setup_logging(logging.DEBUG if debug else getattr(logging, level))


def setup_logging(level: int) -> None:
    """speechqa's log records go to stderr through Rich, never read as markup."""
    from rich.logging import RichHandler

    if options.log_handler is not None:
        logger.removeHandler(options.log_handler)
    handler = RichHandler(console=console, markup=False, show_path=False, rich_tracebacks=True)
    options.log_handler = handler
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False


def say(message: str, style: str = "") -> None:
    """Print plain text: file names, transcript text and reasons are never read as markup."""
    console.print(Text(message, style=style), soft_wrap=True)


def one_line(message: str) -> str:
    return "; ".join(part.strip() for part in message.splitlines() if part.strip())


def report_failure(source: object, error: BaseException) -> None:
    """One line naming the input and the cause; the traceback too with ``--debug``.

    A ``SpeechQAError`` is an expected failure (bad input, model, option); anything else is
    a bug, reported as unexpected, but the other inputs still run.
    """
    from speechqa.errors import SpeechQAError

    message = one_line(str(error)) or type(error).__name__
    name = str(source)
    if name not in message:
        message = f"{name}: {message}"
    if not isinstance(error, SpeechQAError):
        message = f"{message} (unexpected {type(error).__name__}; --debug shows the traceback)"
    say(f"error {message}", style="red")
    if options.debug:
        console.print(Text("".join(traceback.format_exception(error))), soft_wrap=True)


def check_pipeline(pipeline, *, audio: bool, scoring: bool, load: bool = True) -> None:
    """Load the models and check the options once, before the per-file loop."""
    from speechqa.errors import SpeechQAError

    try:
        pipeline.check(audio=audio, scoring=scoring, load=load)
    except SpeechQAError as error:
        say(f"error {one_line(str(error))} (no input was read)", style="red")
        if options.debug:
            console.print(Text("".join(traceback.format_exception(error))), soft_wrap=True)
        raise typer.Exit(code=2) from error


def _quiet_libraries() -> None:
    """Keep third-party chatter (pyannote, torchcodec, lightning) off the user's terminal."""
    os.environ.setdefault("PYANNOTE_METRICS_ENABLED", "0")
    noisy = r"(pyannote|torchaudio|torchcodec|lightning|pytorch_lightning)"
    warnings.filterwarnings("ignore", module=noisy)
    warnings.filterwarnings("ignore", message=r".*torchcodec.*")
    for name in ("lightning", "pytorch_lightning", "lightning_fabric", "faster_whisper"):
        logging.getLogger(name).setLevel(logging.ERROR)


def progress_bar() -> Progress:
    """Descriptions are markup: put file names in them through ``rich.markup.escape``."""
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        TextColumn("{task.completed:.0f}/{task.total:.0f}"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=console,
    )


def pipeline_options(
    model: str, language: str | None, threads: int | None, device: str, compute_type: str,
    beam_size: int, speakers: int | None, min_speakers: int | None, max_speakers: int | None,
    channel_map: str, checklist: str | None = None, sentiment_model: str | None = None,
    redaction: dict | None = None,
    vocabulary: Path | None = None,
    voice_check: bool = True,
):
    """Build a PipelineConfig from CLI options (shared by every command that runs audio)."""
    from speechqa.pipeline import PipelineConfig, default_threads
    from speechqa.roles import parse_channel_map

    return PipelineConfig(
        **(redaction or {}),
        asr_model=model, language=language, threads=threads or default_threads(),
        device=device, compute_type=compute_type, beam_size=beam_size,
        num_speakers=speakers if speakers and speakers > 0 else None,
        min_speakers=min_speakers, max_speakers=max_speakers,
        channel_map=parse_channel_map(channel_map), checklist=checklist,
        sentiment_model=sentiment_model, vocabulary=str(vocabulary) if vocabulary else None,
        refine_speakers=voice_check,
    )


ModelOpt = Annotated[str, typer.Option(
    "--model",
    help="ASR model: 'embedded:whisper-base' (offline default), a CTranslate2 dir or a hub id.")]
LanguageOpt = Annotated[str | None, typer.Option(
    "--language", "-l", help="Language code (ru, uk, en, lt...); detected when omitted.")]
ThreadsOpt = Annotated[int | None, typer.Option(
    "--threads", help="CPU threads (default: all available).")]
DeviceOpt = Annotated[str, typer.Option("--device", help="cpu or cuda.")]
ComputeOpt = Annotated[str, typer.Option(
    "--compute-type", help="CTranslate2 compute type, e.g. int8, float16.")]
BeamOpt = Annotated[int, typer.Option("--beam-size", min=1, help="ASR beam size.")]
SpeakersOpt = Annotated[int | None, typer.Option(
    "--speakers", help="Exact speaker count for mono diarisation (default 2; 0 = estimate).")]
MinSpeakersOpt = Annotated[int | None, typer.Option(
    "--min-speakers", help="Lower bound when estimating.")]
MaxSpeakersOpt = Annotated[int | None, typer.Option(
    "--max-speakers", help="Upper bound when estimating.")]
ChannelMapOpt = Annotated[str, typer.Option(
    "--channel-map", help="Roles of the stereo channels, left first.")]
RedactOpt = Annotated[str, typer.Option(
    "--redact", help="PII redaction before anything is written: none, text or text+audio "
                     "(also a redacted copy of the recording).")]
RedactTypesOpt = Annotated[str | None, typer.Option(
    "--redact-types", help="Entity types to mask, e.g. CARD,CVV,PHONE (default: all: CARD, "
                           "CVV, EXPIRY, PHONE, EMAIL, PASSPORT, NATIONAL_ID, DOB, ACCOUNT, "
                           "ADDRESS, PERSON).")]
RedactAudioOpt = Annotated[str, typer.Option(
    "--redact-audio", help="How text+audio masks the recording: beep or silence.")]
KeepUnredactedOpt = Annotated[bool, typer.Option(
    "--keep-unredacted", help="Also keep the unredacted transcript, apart (files: "
                              "OUT/unredacted/; database: an admin-only table).")]


def redaction_options(redact: str, types: str | None, audio: str, keep: bool,
                      audio_dir: Path | None) -> dict:
    """Validated redaction settings for PipelineConfig; bad values are usage errors."""
    from speechqa.redact import MODES, parse_types

    if redact not in MODES:
        raise typer.BadParameter(f"use one of {', '.join(MODES)}", param_hint="--redact")
    if audio not in ("beep", "silence"):
        raise typer.BadParameter("use beep or silence", param_hint="--redact-audio")
    try:
        parsed = parse_types(types) if types else None
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--redact-types") from error
    return {"redact": redact, "redact_types": parsed, "redact_audio": audio,
            "keep_unredacted": keep and redact != "none",
            "redacted_audio_dir": str(audio_dir) if audio_dir else None}


def _write_unredacted(transcript, out: Path) -> None:
    from speechqa.formats import safe_call_id, write_atomic

    folder = out / "unredacted"
    folder.mkdir(parents=True, exist_ok=True)
    write_atomic(folder / f"{safe_call_id(transcript.call_id)}.json",
                 transcript.model_dump_json(indent=2))


def _transcribe_file(pipeline, path: Path, out: Path, progress: Progress,
                     call_id: str | None = None):
    """Transcribe, redact as configured, write the redacted audio and (if asked) the
    unredacted transcript apart; the redacted transcript is returned."""
    keep = pipeline.config.keep_unredacted
    with file_progress(progress) as hook:
        transcript = pipeline.transcribe(path, call_id=call_id, unredacted=keep, progress=hook)
    if keep:
        _write_unredacted(transcript, out)
        transcript = pipeline.redact(transcript)
    return pipeline.write_redacted_audio(path, transcript)


VoiceCheckOpt = Annotated[bool, typer.Option(
    "--voice-check/--no-voice-check",
    help="Mono: give each sentence to the speaker whose voice it matches (splits turns "
         "diarisation glued; ~0.011 CPU s per audio second, on a single call mostly beside "
         "the ASR).")]
VocabularyOpt = Annotated[Path | None, typer.Option(
    "--vocabulary",
    help="Site vocabulary YAML (per language: companies, products) given to the ASR as "
         "hotwords and an opening prompt with the checklist's greeting.")]


@app.command()
def transcribe(
    audio: Annotated[list[Path], typer.Argument(help="Audio files (wav, flac, mp3, ogg, m4a...).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output directory.")] = Path("out"),
    call_id: Annotated[str | None, typer.Option(
        "--call-id", help="Call id (only with one file; default: the file stem).")] = None,
    model: ModelOpt = "embedded:whisper-base",
    language: LanguageOpt = None,
    threads: ThreadsOpt = None,
    device: DeviceOpt = "cpu",
    compute_type: ComputeOpt = "int8",
    beam_size: BeamOpt = 5,
    speakers: SpeakersOpt = 2,
    min_speakers: MinSpeakersOpt = None,
    max_speakers: MaxSpeakersOpt = None,
    channel_map: ChannelMapOpt = "agent,customer",
    redact: RedactOpt = "text",
    redact_types: RedactTypesOpt = None,
    redact_audio: RedactAudioOpt = "beep",
    keep_unredacted: KeepUnredactedOpt = False,
    vocabulary: VocabularyOpt = None,
    voice_check: VoiceCheckOpt = True,
) -> None:
    """Diarise and transcribe calls: writes <call_id>.json, .rttm, .srt and .vtt to OUT,
    with PII masked (and <call_id>.redacted.wav with --redact text+audio)."""
    _quiet_libraries()
    from speechqa.formats import write_transcript
    from speechqa.pipeline import Pipeline

    if call_id and len(audio) > 1:
        raise typer.BadParameter("--call-id needs exactly one audio file", param_hint="--call-id")
    pipeline = Pipeline(pipeline_options(
        model, language, threads, device, compute_type, beam_size, speakers, min_speakers,
        max_speakers, channel_map, vocabulary=vocabulary, voice_check=voice_check,
        redaction=redaction_options(redact, redact_types, redact_audio, keep_unredacted, out)))
    check_pipeline(pipeline, audio=True, scoring=False)

    def transcribe_one(path: Path, progress: Progress):
        transcript = _transcribe_file(pipeline, path, out, progress, call_id)
        return transcript, write_transcript(transcript, out)

    def said(path: Path, result, progress: Progress) -> None:
        transcript, written = result
        roles = transcript.roles
        say(
            f"{path.name}: {len(transcript.turns)} turns, language {transcript.language}, "
            f"{transcript.diarization_source}, roles by {roles.method if roles else '-'} "
            f"({roles.confidence if roles else 0:.2f}) -> {written['json']}"
        )

    for_each_file(audio, "transcribing", transcribe_one, said)


@contextlib.contextmanager
def file_progress(progress: Progress):
    """A second bar for the file in hand, driven by the pipeline's progress hook (pyannote's
    steps, then seconds of audio recognised), removed when the file is done."""
    task = progress.add_task("  reading audio", total=1)

    def hook(stage: str, completed: float, total: float) -> None:
        progress.update(task, description=f"  {escape(stage)}", completed=completed, total=total)

    try:
        yield hook
    finally:
        progress.remove_task(task)


def finish(failures: int, total: int) -> None:
    """Exit non-zero once every input has had its turn, if any failed."""
    if failures:
        say(f"{failures} of {total} inputs failed", style="red")
        raise typer.Exit(code=1)


def for_each_file(
    paths: list[Path], verb: str,
    work: Callable[[Path, Progress], T], done: Callable[[Path, T, Progress], None],
) -> None:
    """``work`` on every input under one progress bar, then ``done`` with its result; a
    failing input is reported and the others still run (one bad input never abandons the
    batch), and the command exits non-zero at the end if any failed."""
    failures = 0
    with progress_bar() as progress:
        task = progress.add_task(verb, total=len(paths))
        for path in paths:
            progress.update(task, description=f"{verb} {escape(path.name)}")
            try:
                result = work(path, progress)
            except Exception as error:
                failures += 1
                report_failure(path, error)
            else:
                done(path, result, progress)
            progress.advance(task)
    finish(failures, len(paths))


@app.command()
def schema(
    out: Annotated[Path, typer.Option(
        "--out", "-o", help="Directory for the schema files.")] = Path("schemas"),
) -> None:
    """Write the JSON schemas of transcripts, scorecards and checklists to OUT."""
    from speechqa.checklist import checklist_json_schema
    from speechqa.formats import write_json
    from speechqa.schema import json_schemas

    schemas = json_schemas()
    schemas["checklist.schema.json"] = checklist_json_schema()
    out.mkdir(parents=True, exist_ok=True)
    for name, document in schemas.items():
        say(str(write_json(out / name, document)))


@app.command()
def score(
    inputs: Annotated[list[Path], typer.Argument(
        help="Audio files (full pipeline) or transcript JSON files (scoring only).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output directory.")] = Path("out"),
    checklist: Annotated[str | None, typer.Option(
        "--checklist", "-c", help="Checklist YAML (default: checklists/default.yaml).")] = None,
    sentiment_model: Annotated[str | None, typer.Option(
        "--sentiment-model",
        help="Sentiment model: default embedded, or a transformers dir/hub id.")] = None,
    model: ModelOpt = "embedded:whisper-base",
    language: LanguageOpt = None,
    threads: ThreadsOpt = None,
    device: DeviceOpt = "cpu",
    compute_type: ComputeOpt = "int8",
    beam_size: BeamOpt = 5,
    speakers: SpeakersOpt = 2,
    min_speakers: MinSpeakersOpt = None,
    max_speakers: MaxSpeakersOpt = None,
    channel_map: ChannelMapOpt = "agent,customer",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No per-call summary.")] = False,
    redact: RedactOpt = "text",
    redact_types: RedactTypesOpt = None,
    redact_audio: RedactAudioOpt = "beep",
    keep_unredacted: KeepUnredactedOpt = False,
    vocabulary: VocabularyOpt = None,
    voice_check: VoiceCheckOpt = True,
) -> None:
    """Score calls against a QA checklist: writes <call_id>.scorecard.json (and, for audio,
    the transcript files) to OUT and prints a summary of each call."""
    _quiet_libraries()
    from speechqa.checklist import ChecklistError
    from speechqa.formats import (
        load_transcript_json,
        safe_call_id,
        write_atomic,
        write_transcript,
    )
    from speechqa.pipeline import Pipeline

    config = pipeline_options(
        model, language, threads, device, compute_type, beam_size, speakers, min_speakers,
        max_speakers, channel_map, checklist=checklist, sentiment_model=sentiment_model,
        vocabulary=vocabulary, voice_check=voice_check,
        redaction=redaction_options(redact, redact_types, redact_audio, keep_unredacted, out))
    pipeline = Pipeline(config)
    try:
        loaded_checklist = pipeline.checklist
    except ChecklistError as error:
        say(f"checklist error {error}", style="red")
        raise typer.Exit(code=2) from error
    has_audio = any(path.suffix.lower() != ".json" for path in inputs)
    check_pipeline(pipeline, audio=has_audio, scoring=True)

    def score_one(path: Path, progress: Progress):
        if path.suffix.lower() == ".json":
            transcript = pipeline.redact(load_transcript_json(path))
        else:
            transcript = _transcribe_file(pipeline, path, out, progress)
            write_transcript(transcript, out)
        scorecard = pipeline.score(transcript, loaded_checklist)
        logger.info("%s: %d turns, %.0f%%, %d flags", path, len(transcript.turns),
                    scorecard.percent, len(scorecard.flags))
        out.mkdir(parents=True, exist_ok=True)
        target = out / f"{safe_call_id(scorecard.call_id)}.scorecard.json"
        write_atomic(target, scorecard.model_dump_json(indent=2))
        return scorecard, target

    def shown(path: Path, result, progress: Progress) -> None:
        scorecard, target = result
        if not quiet:
            progress.console.print(render_scorecard(scorecard))
        say(f"-> {target}")

    for_each_file(inputs, "scoring", score_one, shown)


def render_scorecard(scorecard):
    """A rich table a supervisor can read at a glance: items, evidence, flags."""
    from rich.table import Table

    # Every cell is a Text: call ids, evidence, reasons and flag codes come from files and
    # checklists, and a "[rule_id]" in a reason must show as written.
    marks = {"passed": Text("pass", "green"), "failed": Text("FAIL", "red"),
             "not_applicable": Text("n/a", "dim"), "error": Text("ERROR", "bold red")}
    verdict = Text("AUTO-FAIL", "red") if scorecard.auto_failed else \
        Text(f"{scorecard.percent:.0f}%")
    table = Table(
        title=Text.assemble(
            f"{scorecard.call_id}: ", verdict,
            f"  ({scorecard.score:g}/{scorecard.max_score:g}, "
            f"{scorecard.checklist_id} v{scorecard.checklist_version}, "
            f"customer {scorecard.sentiment.customer_sentiment}"
            f"{', review' if scorecard.needs_review else ''})",
        ),
        title_justify="left", show_lines=False,
    )
    table.add_column("item")
    table.add_column("result")
    table.add_column("evidence / reason", overflow="fold")
    for item in scorecard.items:
        if item.evidence:
            first = item.evidence[0]
            detail = f"{first.start or 0:.1f}s \"{first.text[:90]}\""
        else:
            detail = item.reason
        name = f"{item.id}{' *' if item.critical else ''}"
        table.add_row(Text(name), marks[item.status], Text(detail))
    for flag in scorecard.flags:
        where = f" @{flag.start:.0f}s" if flag.start is not None else ""
        table.add_row(Text.assemble(("flag ", "yellow"), flag.code), Text(flag.severity),
                      Text(flag.reason + where))
    return table


@app.command("redact")
def redact_command(
    inputs: Annotated[list[Path], typer.Argument(
        help="Audio files (transcribed first) or transcript JSON files (full or minimal form).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output directory.")] = Path("out"),
    redact_types: RedactTypesOpt = None,
    redact_audio: RedactAudioOpt = "beep",
    model: ModelOpt = "embedded:whisper-base",
    language: LanguageOpt = None,
    threads: ThreadsOpt = None,
) -> None:
    """Mask PII (cards, phones, documents, dates of birth, names...): writes OUT/<call_id>.json
    and, for audio input, OUT/<call_id>.redacted.wav."""
    _quiet_libraries()
    from speechqa.formats import load_transcript_json, write_transcript
    from speechqa.pipeline import Pipeline

    options = redaction_options("text+audio", redact_types, redact_audio, False, out)
    pipeline = Pipeline(pipeline_options(
        model, language, threads, "cpu", "int8", 5, 2, None, None, "agent,customer",
        redaction=options))
    if any(path.suffix.lower() != ".json" for path in inputs):
        check_pipeline(pipeline, audio=True, scoring=False)

    def redact_one(path: Path, progress: Progress):
        if path.suffix.lower() == ".json":
            transcript = pipeline.redact(load_transcript_json(path))
            transcript = transcript.model_copy(update={
                "redaction": transcript.redaction.model_copy(update={"mode": "text"})})
        else:
            transcript = _transcribe_file(pipeline, path, out, progress)
        return transcript, write_transcript(transcript, out)

    def masked(path: Path, result, progress: Progress) -> None:
        transcript, written = result
        counts: dict[str, int] = {}
        for span in transcript.redaction.spans:
            counts[span.type] = counts.get(span.type, 0) + 1
        summary = ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "nothing"
        say(f"{path.name}: masked {summary} -> {written['json']}")

    for_each_file(inputs, "redacting", redact_one, masked)


# Results database: nightly batch, rescore, export ------------------------------------

DbOpt = Annotated[str | None, typer.Option(
    "--db", envvar="SPEECHQA_DB_URL", show_envvar=True,
    help="Database URL (sqlite:///results.db, postgresql://user@host/db) or an SQLite file; "
         "default: speechqa.db in the user's data directory.")]
WorkersOpt = Annotated[int | None, typer.Option(
    "--workers", "-w", min=1, help="Parallel workers (default: from CPU cores and memory).")]
EngineOpt = Annotated[str, typer.Option(
    "--engine", help="local (process pool on this machine) or ray.")]
RayAddressOpt = Annotated[str | None, typer.Option(
    "--ray-address", help="Ray cluster to join, e.g. ray://head:10001 (default: a local Ray).")]
BatchChecklistOpt = Annotated[str | None, typer.Option(
    "--checklist", "-c", help="Checklist YAML or name (default: the shipped default).")]
ProgressOpt = Annotated[bool | None, typer.Option(
    "--progress/--no-progress", help="Progress bar (default: when stderr is a terminal).")]
WorkerThreadsOpt = Annotated[int | None, typer.Option(
    "--threads", min=1, help="CPU threads per worker (default: cores / workers).")]
DeadlineFactorOpt = Annotated[float, typer.Option(
    "--deadline-factor", min=0.1,
    help="A call may take this many times its duration (at least 120 s) before its worker "
         "is stopped and the call recorded as failed (stage timeout).")]
CallTimeoutOpt = Annotated[float | None, typer.Option(
    "--call-timeout", min=1,
    help="Fixed deadline per call in seconds, instead of one from the duration.")]
WaitOpt = Annotated[bool, typer.Option(
    "--wait", help="If another batch holds the database, wait for it instead of exiting.")]
LEASE_EXIT = 3  # another batch holds the store: not this run's failure, try later


def _deadline(factor: float, call_timeout: float | None):
    from speechqa.batch import Deadline

    return Deadline(factor=factor, fixed=call_timeout)


def _say_waiting(message: str) -> None:
    console.print(f"waiting: {message}", markup=False, highlight=False, soft_wrap=True)


def _load_batch_checklist(checklist: str | None):
    from speechqa.checklist import ChecklistError, load_checklist

    try:
        return load_checklist(checklist)
    except ChecklistError as error:
        say(f"checklist error {error}", style="red")
        raise typer.Exit(code=2) from error


def _check_engine(engine: str) -> None:
    if engine not in ("local", "ray"):
        raise typer.BadParameter("use 'local' or 'ray'", param_hint="--engine")


def _show_progress(progress: bool | None) -> bool:
    import sys

    return sys.stderr.isatty() if progress is None else progress


@app.command()
def batch(
    source: Annotated[Path, typer.Argument(
        help="Directory of recordings and/or transcript JSON (searched recursively), one "
             "such file, or a CSV/JSONL manifest with path and optional call_id, agent_id, "
             "queue, team, started_at, language, any extras. Transcript JSON (full schema or "
             "minimal form) is scored without audio.")],
    db: DbOpt = None,
    workers: WorkersOpt = None,
    engine: EngineOpt = "local",
    ray_address: RayAddressOpt = None,
    checklist: BatchChecklistOpt = None,
    retry_failed: Annotated[bool, typer.Option(
        "--retry-failed", help="Retry files that failed in earlier runs.")] = False,
    settle: Annotated[float, typer.Option(
        "--settle", min=0,
        help="Leave files modified less than this many seconds ago (or WAVs whose header "
             "has no length yet) for the next run: a recorder may still be writing them.")
    ] = 60.0,
    deadline_factor: DeadlineFactorOpt = 3.0,
    call_timeout: CallTimeoutOpt = None,
    wait: WaitOpt = False,
    progress: ProgressOpt = None,
    sentiment_model: Annotated[str | None, typer.Option(
        "--sentiment-model", help="Sentiment model: default embedded, or a transformers dir.")
    ] = None,
    model: ModelOpt = "embedded:whisper-base",
    language: LanguageOpt = None,
    threads: WorkerThreadsOpt = None,
    device: DeviceOpt = "cpu",
    compute_type: ComputeOpt = "int8",
    beam_size: BeamOpt = 5,
    speakers: SpeakersOpt = 2,
    min_speakers: MinSpeakersOpt = None,
    max_speakers: MaxSpeakersOpt = None,
    channel_map: ChannelMapOpt = "agent,customer",
    redact: RedactOpt = "text",
    redact_types: RedactTypesOpt = None,
    redact_audio: RedactAudioOpt = "beep",
    keep_unredacted: KeepUnredactedOpt = False,
    redacted_audio_dir: Annotated[Path | None, typer.Option(
        "--redacted-audio-dir", help="Where --redact text+audio writes the redacted copies.")
    ] = None,
    voice_check: VoiceCheckOpt = True,
) -> None:
    """Score every new recording in SOURCE into the results database; resumable.

    A call is identified by its audio's (or transcript JSON's) SHA-256 and the checklist version.
    A rerun skips what is stored and finishes what an interrupted run left.
    A file that fails is recorded with its cause; the exit code is then 1.
    Another batch on the same database: exit code 3 (or --wait).
    """
    _quiet_libraries()
    _check_engine(engine)

    from speechqa.batch import SourceError, run_batch
    from speechqa.lease import LeaseHeldError
    from speechqa.pipeline import Pipeline
    from speechqa.store import ChecklistConflictError, default_db_url, open_store

    if redact == "text+audio" and redacted_audio_dir is None:
        raise typer.BadParameter("--redact text+audio needs --redacted-audio-dir",
                                 param_hint="--redacted-audio-dir")
    config = pipeline_options(
        model, language, threads, device, compute_type, beam_size, speakers, min_speakers,
        max_speakers, channel_map, checklist=checklist, sentiment_model=sentiment_model,
        voice_check=voice_check,
        redaction=redaction_options(redact, redact_types, redact_audio, keep_unredacted,
                                    redacted_audio_dir))
    loaded = _load_batch_checklist(checklist)
    # Workers load their own models; the parent only checks that they can be found.
    check_pipeline(Pipeline(config), audio=True, scoring=False, load=False)
    with open_store(db or default_db_url()) as store:
        say(f"database {store.url}")
        try:
            summary = run_batch(
                source, store, config=config, checklist=loaded, workers=workers,
                threads=threads, engine=engine, ray_address=ray_address,
                retry_failed=retry_failed, progress=_show_progress(progress), settle=settle,
                deadline=_deadline(deadline_factor, call_timeout), wait=wait,
                on_wait=_say_waiting,
            )
        except (SourceError, ChecklistConflictError) as error:
            say(f"error {one_line(str(error))}", style="red")
            raise typer.Exit(code=2) from error
        except LeaseHeldError as error:
            say(f"busy {one_line(str(error))}", style="red")
            raise typer.Exit(code=LEASE_EXIT) from error
    for line in summary.lines():
        console.print(line, markup=False, highlight=False, soft_wrap=True)
    if summary.failed:
        raise typer.Exit(code=1)


@app.command()
def rescore(
    db: DbOpt = None,
    checklist: BatchChecklistOpt = None,
    workers: Annotated[int | None, typer.Option(
        "--workers", "-w", min=1, help="Parallel workers (default 1: scoring is cheap).")] = 1,
    engine: EngineOpt = "local",
    ray_address: RayAddressOpt = None,
    threads: WorkerThreadsOpt = None,
    deadline_factor: DeadlineFactorOpt = 3.0,
    call_timeout: CallTimeoutOpt = None,
    wait: WaitOpt = False,
    progress: ProgressOpt = None,
    sentiment_model: Annotated[str | None, typer.Option(
        "--sentiment-model", help="Sentiment model: default embedded, or a transformers dir.")
    ] = None,
) -> None:
    """Score stored transcripts with a (new) checklist version, without transcribing again.

    Calls already scored with this checklist version are left alone.
    Scorecards of other versions are kept beside the new ones.
    """
    _quiet_libraries()
    _check_engine(engine)

    from speechqa.batch import rescore as rescore_calls
    from speechqa.lease import LeaseHeldError
    from speechqa.pipeline import PipelineConfig
    from speechqa.store import ChecklistConflictError, default_db_url, open_store

    loaded = _load_batch_checklist(checklist)
    config = PipelineConfig(checklist=checklist, sentiment_model=sentiment_model)
    with open_store(db or default_db_url()) as store:
        say(f"database {store.url}")
        try:
            summary = rescore_calls(
                store, config=config, checklist=loaded, workers=workers, threads=threads,
                engine=engine, ray_address=ray_address, progress=_show_progress(progress),
                deadline=_deadline(deadline_factor, call_timeout), wait=wait,
                on_wait=_say_waiting,
            )
        except ChecklistConflictError as error:
            say(f"error {one_line(str(error))}", style="red")
            raise typer.Exit(code=2) from error
        except LeaseHeldError as error:
            say(f"busy {one_line(str(error))}", style="red")
            raise typer.Exit(code=LEASE_EXIT) from error
    for line in summary.lines():
        console.print(line, markup=False, highlight=False, soft_wrap=True)
    if summary.failed:
        raise typer.Exit(code=1)


@app.command("export")
def export_results(
    out: Annotated[Path, typer.Option(
        "--out", "-o", help="Directory for calls.<format>, items.<format>, failures.<format>.")],
    fmt: Annotated[str, typer.Option(
        "--format", "-f", help="csv, jsonl, parquet, or labels (reviews as an eval corpus).")]
    = "csv",
    db: DbOpt = None,
    table: Annotated[list[str] | None, typer.Option(
        "--table", help="calls, items or failures; repeat for several (default: all).")] = None,
    checklist_id: Annotated[str | None, typer.Option(
        "--checklist-id", help="Only scorecards of this checklist.")] = None,
    checklist_version: Annotated[str | None, typer.Option(
        "--checklist-version", help="Only scorecards of this checklist version.")] = None,
) -> None:
    """Export stored results: one row per call (and checklist version), one per item.
    ``--format labels`` writes the reviewed calls' final item statuses as a corpus that
    ``speechqa eval`` reads (calls.json + timing/), to measure the rules on reviews."""
    from speechqa.export import TABLES, export
    from speechqa.store import default_db_url, open_store

    if fmt == "labels":
        from speechqa.review.labels import export_labels

        with open_store(db or default_db_url()) as store:
            try:
                calls = export_labels(store, out)
            except OSError as error:
                console.print(f"cannot write {out}: {error}", markup=False, highlight=False)
                raise typer.Exit(code=2) from error
        console.print(f"{out / 'calls.json'}: {calls} reviewed calls", markup=False,
                      highlight=False, soft_wrap=True)
        return
    with open_store(db or default_db_url()) as store:
        try:
            written = export(
                store, out, fmt, tables=table or TABLES, checklist_id=checklist_id,
                checklist_version=checklist_version,
            )
        except ValueError as error:
            raise typer.BadParameter(str(error)) from error
    for path, rows in written.values():
        console.print(f"{path}: {rows} rows", markup=False, highlight=False, soft_wrap=True)


# --- checklist validation and accuracy evaluation (checklist engine) ----------------------

checklist_app = typer.Typer(help="Checklist files: validate them against the schema.",
                            no_args_is_help=True)
app.add_typer(checklist_app, name="checklist")


@checklist_app.command("validate")
def checklist_validate(
    files: Annotated[list[Path], typer.Argument(help="Checklist YAML files.")],
) -> None:
    """Validate checklists; every problem is reported with its file:line:column and path."""
    from speechqa.checklist import ChecklistError, load_checklist
    from speechqa.rules import compile_checklist

    bad = 0
    for path in files:
        try:
            checklist = load_checklist(path)
            compile_checklist(checklist)
        except ChecklistError as error:
            bad += 1
            console.print(str(error), markup=False, highlight=False, soft_wrap=True)
        else:
            say(f"{path}: ok ({checklist.id} v{checklist.version}, "
                f"{len(checklist.items)} items, {len(checklist.flags)} flags)")
    if bad:
        raise typer.Exit(code=1)


EVAL_CACHE = Path("benchmarks/cache/eval-transcripts")


@app.command("eval")
def eval_command(
    corpus: Annotated[Path, typer.Argument(
        help="Labelled corpus: dev format (calls.json) or Harper Valley (labels_dev.csv).")],
    mode: Annotated[str, typer.Option(
        "--mode", "-m", help="gold, asr (Harper Valley ASR), asr-sim, mono or stereo.")] = "gold",
    checklist: Annotated[str | None, typer.Option(
        "--checklist", "-c", help="Checklist YAML (default: the shipped default).")] = None,
    out: Annotated[Path | None, typer.Option(
        "--out", "-o",
        help="Report JSON (default benchmarks/results/eval-<corpus>-<mode>.json).")] = None,
    cache_dir: Annotated[Path, typer.Option(
        "--cache-dir", help="Transcripts of audio modes are cached here.")] = EVAL_CACHE,
    cv: Annotated[list[str] | None, typer.Option(
        "--cv", help="Leave-one-group-out cross-validation: scenario, company or language "
                     "(repeatable).")] = None,
    sentiment_model: Annotated[bool, typer.Option(
        "--sentiment-model/--no-sentiment-model",
        help="Run the sentiment model (else the scorecard's lexicon fallback).")] = False,
    semantic: Annotated[bool, typer.Option(
        "--semantic/--no-semantic", help="Evaluate semantic (embedding) rules.")] = True,
) -> None:
    """Accuracy of the checklist against labelled calls: per item precision, recall and F1 for
    both classes, confusion, needs_review, sentiment, latency, errors."""
    _quiet_libraries()
    from rich.table import Table

    from speechqa.checklist import ChecklistError, load_checklist
    from speechqa.evaluate import MODES, evaluate, load_corpus, model_sentiment

    if mode not in MODES:
        raise typer.BadParameter(f"--mode must be one of {', '.join(MODES)}")
    for group in cv or []:
        if group not in ("scenario", "company", "language"):
            raise typer.BadParameter("--cv must be scenario, company or language")
    try:
        loaded = load_checklist(checklist)
        name, calls = load_corpus(corpus)
    except ChecklistError as error:
        console.print(str(error), markup=False, highlight=False, soft_wrap=True)
        raise typer.Exit(code=2) from error
    except (OSError, ValueError, KeyError) as error:
        console.print(f"cannot read corpus {corpus}: {error}", markup=False, highlight=False)
        raise typer.Exit(code=2) from error
    report = evaluate(
        calls, loaded, mode, corpus=name, cache_dir=cache_dir, semantic=semantic,
        sentiment=model_sentiment() if sentiment_model else None, cv_groups=cv or (),
        progress=lambda message: console.print(message, markup=False, highlight=False),
    )
    target = out or Path("benchmarks/results") / f"eval-{name}-{mode}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    table = Table(title=Text(f"{name} / {mode}: {report['calls']} calls"), title_justify="left")
    for column in ("item", "F1 present", "F1 absent", "accuracy", "tp", "fp", "fn", "tn"):
        table.add_column(column, justify="left" if column == "item" else "right")
    for item, figures in report["items"].items():
        c = figures["confusion"]
        table.add_row(Text(item), f"{figures['present']['f1']:.3f}",
                      f"{figures['absent']['f1']:.3f}", f"{figures['accuracy']:.3f}",
                      *(str(c[k]) for k in ("tp", "fp", "fn", "tn")))
    overall = report["overall"]
    table.add_row("[b]all items[/b]", f"{overall['micro_f1_present']:.3f}",
                  f"{overall['micro_f1_absent']:.3f}", f"{overall['accuracy']:.3f}",
                  *(str(overall["confusion"][k]) for k in ("tp", "fp", "fn", "tn")))
    Console(width=120).print(table)
    if report["review"]:
        needs = report["review"]["needs_review"]["present"]
        console.print(f"needs_review: precision {needs['precision']:.3f}, recall "
                      f"{needs['recall']:.3f}, F1 {needs['f1']:.3f}")
    for cross in report.get("cross_validation", []):
        held = cross["held_out"]["overall"]
        console.print(f"cross-validation by {cross['group']}: held-out item F1 "
                      f"{held['micro_f1_present']:.3f} (absent {held['micro_f1_absent']:.3f})")
    if report["latency"]:
        console.print(f"scoring latency: median {report['latency']['median_ms']:.1f} ms, "
                      f"p95 {report['latency']['p95_ms']:.1f} ms")
    if report.get("unlabelled_items"):
        say(f"no labels in {corpus} for {', '.join(report['unlabelled_items'])}: scored, "
            "but without accuracy figures", style="yellow")
    say(f"-> {target}")


# --- users of the review app ---------------------------------------------------------------

from speechqa.review.cli import users_app  # noqa: E402  (registered beside the other groups)

app.add_typer(users_app, name="users")


# --- models: retraining the embedded sentiment model ---------------------------------------

models_app = typer.Typer(help="Models: retrain the embedded sentiment model on your own labels.",
                         no_args_is_help=True)
app.add_typer(models_app, name="models")


@models_app.command("train-sentiment")
def train_sentiment(
    data: Annotated[Path, typer.Argument(
        help="CSV with columns text,label (negative/neutral/positive); language optional.")],
    out: Annotated[Path, typer.Option(
        "--out", "-o", help="Directory for sentiment.npz, or a .npz path.")
    ] = Path("models/sentiment"),
    eval_csv: Annotated[Path | None, typer.Option(
        "--eval", help="Held-out CSV in the same format, scored after training.")] = None,
    rank: Annotated[int, typer.Option(
        "--rank", help="LoRA rank of the encoder fine-tuning; 0 trains only the head "
                       "(seconds instead of minutes).")] = 16,
    epochs: Annotated[int, typer.Option("--epochs", help="Fine-tuning passes over the data.")] = 6,
    learning_rate: Annotated[float, typer.Option("--learning-rate")] = 5e-4,
    c: Annotated[float, typer.Option(
        "--c", help="Inverse regularisation of the initial logistic head.")] = 3.0,
    augment: Annotated[bool, typer.Option(
        "--augment/--no-augment",
        help="Also train on lower-case, punctuation-free copies (ASR style).")] = True,
    noisy_copies: Annotated[int, typer.Option(
        "--noisy-copies", help="Also train on this many copies of each line with recogniser "
                               "errors (dropped, misspelt and run-together words).")] = 0,
    adapters_from: Annotated[Path | None, typer.Option(
        "--adapters-from", help="Keep this model's fine-tuned encoder (sentiment.npz) and fit "
                                "only the head; --rank and --epochs are then unused.")] = None,
    anchor_head: Annotated[bool, typer.Option(
        "--anchor-head/--no-anchor-head",
        help="With --adapters-from: fit the head from that model's head (penalising the "
             "distance to it) or from scratch.")] = True,
    seed: Annotated[int, typer.Option("--seed")] = 0,
) -> None:
    """Train the sentiment model on labelled lines; use it with --sentiment-model OUT."""
    from speechqa.sentiment import SentimentModelError, train_model

    with progress_bar() as progress:
        tasks: dict[str, TaskID] = {}

        def show(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = progress.add_task(escape(stage), total=total)
            progress.update(tasks[stage], completed=done)

        try:
            metrics = train_model(data, out, rank=rank, epochs=epochs,
                                  learning_rate=learning_rate, c=c, augment=augment,
                                  noisy_copies=noisy_copies, adapters_from=adapters_from,
                                  anchor_head=anchor_head,
                                  eval_csv=eval_csv, seed=seed, progress=show)
        except (OSError, ValueError, SentimentModelError) as error:
            console.print(f"cannot train on {data}: {error}", markup=False, highlight=False)
            raise typer.Exit(code=2) from error
    for key, value in metrics.items():
        console.print(f"{key}: {value}", markup=False, highlight=False, soft_wrap=True)


# --- review web app -----------------------------------------------------------------------


@app.command()
def serve(
    db: DbOpt = None,
    host: Annotated[str, typer.Option(
        "--host", help="Address to listen on (default: this machine only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535)] = 8000,
    proxy_headers: Annotated[bool, typer.Option(
        "--proxy-headers", help="Trust X-Forwarded-For/-Proto from a reverse proxy.")] = False,
    forwarded_allow_ips: Annotated[str, typer.Option(
        "--forwarded-allow-ips", help="Proxy addresses trusted with --proxy-headers.")]
    = "127.0.0.1",
    secure_cookies: Annotated[bool, typer.Option(
        "--secure-cookies", help="Mark cookies Secure (serve over HTTPS, e.g. behind a proxy).")]
    = False,
    idle_timeout: Annotated[int, typer.Option(
        "--idle-timeout", min=1, help="Minutes of inactivity before a session ends.")] = 30,
    claim_minutes: Annotated[int, typer.Option(
        "--claim-minutes", min=1, help="How long opening a call holds it for its reviewer.")]
    = 30,
    workers: Annotated[int, typer.Option(
        "--workers", min=1, max=64, help="Server processes (one per core serves more "
        "supervisors at once).")] = 1,
) -> None:
    """Serve the review web app (queue, call pages, overrides, audit) and the /api/v1 API."""
    import uvicorn

    from speechqa.review.accounts import has_any_user
    from speechqa.store import default_db_url, open_store
    from speechqa.web.app import (
        SERVE_DB_ENV,
        SERVE_SETTINGS_ENV,
        WebSettings,
        create_app,
        freeze_startup_heap,
    )

    url = db or default_db_url()
    store = open_store(url)
    if not has_any_user(store):
        console.print(
            "No users yet: create the first admin with\n  echo PASSWORD | speechqa users add "
            f"NAME --role admin --password-stdin --db {store.url}",
            markup=False, highlight=False,
        )
    if host not in ("127.0.0.1", "localhost", "::1") and not secure_cookies:
        console.print(
            f"warning: serving plain HTTP on {host}: passwords and session cookies cross the "
            "network unencrypted; put it behind HTTPS and add --secure-cookies",
            markup=False, highlight=False,
        )
    settings = WebSettings(secure_cookies=secure_cookies, idle_timeout_s=idle_timeout * 60,
                           claim_ttl_s=claim_minutes * 60)
    console.print(f"speechqa review app on http://{host}:{port}/ (database {store.url})",
                  markup=False, highlight=False)
    options = dict(host=host, port=port, proxy_headers=proxy_headers,
                   forwarded_allow_ips=forwarded_allow_ips if proxy_headers else None,
                   server_header=False, log_level="info")
    if workers > 1:
        # uvicorn starts worker processes by import path: the app's inputs go by environment.
        os.environ[SERVE_DB_ENV] = store.engine.url.render_as_string(hide_password=False)
        os.environ[SERVE_SETTINGS_ENV] = json.dumps(dataclasses.asdict(settings))
        store.close()
        # The shared listening socket is made here, as a TCP socket with TCP_NODELAY (which
        # accepted connections inherit): uvicorn's own is made without the TCP protocol
        # number, so asyncio leaves Nagle on and every keep-alive response waits ~40 ms
        # for the client's delayed ACK.
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        listener = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        listener.bind((host, port))
        listener.listen(2048)
        del options["host"], options["port"]
        uvicorn.run("speechqa.web.app:app_from_environment", factory=True, workers=workers,
                    fd=listener.fileno(), **options)
        return
    served = create_app(store, settings)
    freeze_startup_heap()
    uvicorn.run(served, **options)


@app.command("index")
def index_command(db: DbOpt = None, progress: ProgressOpt = None) -> None:
    """Index stored transcripts for search that are not yet (older or bulk-loaded stores);
    calls stored by ``speechqa batch`` are indexed as they are saved."""
    from speechqa.search_index import index_pending, pending_count
    from speechqa.store import default_db_url, open_store

    with open_store(db or default_db_url()) as store, progress_bar() as bar:
        task = bar.add_task("indexing", total=pending_count(store),
                            visible=_show_progress(progress))
        done = index_pending(store, progress=lambda n: bar.advance(task, n))
    console.print(f"indexed {done} transcripts", markup=False, highlight=False)


def _register_report_commands() -> None:
    from speechqa.report.cli import register

    register(app)


_register_report_commands()


def main() -> None:
    try:
        app()
    finally:
        # A run that loaded torch and pyannote holds millions of objects, and the collector's
        # last passes over them at interpreter exit took 1.6 s of a three-call transcribe
        # (22 s). Every output is written and closed by now and atexit handlers still run;
        # what frozen cycles still hold goes back to the system with the process.
        gc.freeze()


if __name__ == "__main__":
    main()
