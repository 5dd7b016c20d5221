"""End to end: a synthetic call (espeak-ng, agent left, customer right) in which the
customer reads a card number and a date of birth, through the real pipeline, CLI, store
and export. No run of the card's digits, in digits or in words, may appear in any output,
stored row, export or log; the redacted audio must be silent where the card was said."""

from __future__ import annotations

import json
import logging
import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from speechqa.redact.numbers import fold, read_token, spoken_groups

CARD = "4276380012345679"  # Luhn-valid
AGENT, CUSTOMER = 0, 1
SCRIPT = [
    (AGENT, "Hello, thank you for calling North Bank. This call is recorded. How can I help?"),
    (CUSTOMER, "Hi. I would like to pay my bill with my card."),
    (AGENT, "Of course. What is the card number?"),
    (CUSTOMER, "The card number is " + ", ".join(
        " ".join(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                  "nine"][int(d)] for d in CARD[i:i + 4]) for i in range(0, 16, 4)) + "."),
    (AGENT, "Thank you. And can you confirm your date of birth, please?"),
    (CUSTOMER, "My date of birth is March fifteenth, nineteen eighty five."),
    (AGENT, "Thank you. The payment is done. Is there anything else?"),
    (CUSTOMER, "No, thank you. Goodbye."),
]

pytestmark = pytest.mark.slow


def make_call(target: Path, work: Path) -> None:
    """Render SCRIPT with espeak-ng into a stereo FLAC: agent left, customer right."""
    import soundfile

    from speechqa import audio as audio_io

    pieces = []
    for number, (side, text) in enumerate(SCRIPT):
        wav = work / f"line{number}.wav"
        voice = "en-us" if side == AGENT else "en-gb"
        subprocess.run(["espeak-ng", "-v", voice, "-s", "140", "-w", str(wav), text], check=True)
        pieces.append((side, audio_io.load(wav).mono()))
    rate = 16000
    total = sum(len(p) for _, p in pieces) + rate * (len(pieces) + 1)
    stereo = np.zeros((total, 2), dtype=np.float32)
    cursor = rate // 2
    for side, samples in pieces:
        stereo[cursor:cursor + len(samples), side] = samples
        cursor += len(samples) + int(0.6 * rate)
    soundfile.write(str(target), stereo[:cursor + rate // 2], rate, format="FLAC")


_NUMBER_WORD_RUN = re.compile(r"[^\W\d_]+(?:[\s,.\-]+[^\W\d_]+)*")


def card_runs(text: str) -> list[str]:
    """Every 6-digit stretch of the card found in ``text``, as digits or as number words."""
    hits = []
    windows = {CARD[i:i + 6] for i in range(len(CARD) - 5)}
    for run in re.findall(r"\d[\d \-]*\d", text):
        digits = re.sub(r"\D", "", run)
        hits += [w for w in windows if w in digits]
    tokens = [fold(t) for t in re.split(r"[\s,.\-]+", text.lower()) if t]
    current: list = []
    for token in [*tokens, ""]:
        number = read_token(token) if token and not token.isdigit() else None
        if number is not None:
            current.append(number)
            continue
        if current:
            digits = "".join(spoken_groups(current))
            hits += [w for w in windows if w in digits]
        current = []
    return hits


def rms(samples: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(samples)))) if samples.size else 0.0


@pytest.fixture(scope="module")
def call_file(tmp_path_factory) -> Path:
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed")
    work = tmp_path_factory.mktemp("tts")
    target = work / "card_call.flac"
    make_call(target, work)
    return target


def test_card_and_birth_date_never_leave_the_pipeline(call_file, tmp_path, caplog):
    from typer.testing import CliRunner

    from speechqa import audio as audio_io
    from speechqa.cli import app
    from speechqa.pipeline import Pipeline, PipelineConfig
    from speechqa.store import CallInfo, open_store

    caplog.set_level(logging.DEBUG)
    out = tmp_path / "out"
    runner = CliRunner()
    result = runner.invoke(app, [
        "score", str(call_file), "--out", str(out), "--language", "en", "--threads", "2",
        "--redact", "text+audio", "--redact-audio", "silence", "--keep-unredacted", "--quiet",
    ])
    assert result.exit_code == 0, result.output
    call_id = call_file.stem

    # The ASR did hear the card: the admin-only unredacted copy has it.
    unredacted = (out / "unredacted" / f"{call_id}.json").read_text(encoding="utf-8")
    assert card_runs(unredacted), "the recogniser did not hear the card; the test proves nothing"

    transcript_json = json.loads((out / f"{call_id}.json").read_text(encoding="utf-8"))
    spans = transcript_json["redaction"]["spans"]
    assert {"CARD", "DOB"} <= {span["type"] for span in spans}
    scorecard = json.loads((out / f"{call_id}.scorecard.json").read_text(encoding="utf-8"))
    assert "pci_exposure" in {flag["code"] for flag in scorecard["flags"]}

    # Store and export, from the same pipeline settings.
    pipeline = Pipeline(PipelineConfig(threads=2, language="en"))
    transcript = pipeline.transcribe(call_file)
    card = pipeline.score(transcript)
    db = tmp_path / "results.db"
    with open_store(f"sqlite:///{db}") as store:
        store.save_call(CallInfo(call_id=call_id, path=str(call_file)), transcript, card)
    export_dir = tmp_path / "export"
    exported = runner.invoke(app, ["export", "--db", str(db), "--out", str(export_dir),
                                   "--format", "jsonl"])
    assert exported.exit_code == 0, exported.output

    texts = {"cli output": result.output + exported.output,
             "log": "\n".join(record.getMessage() for record in caplog.records),
             "database": db.read_bytes().decode("utf-8", "ignore")}
    for path in [*out.glob("*.*"), *export_dir.glob("*")]:
        if path.suffix in (".json", ".rttm", ".srt", ".vtt", ".jsonl"):
            texts[path.name] = path.read_text(encoding="utf-8")
    assert {f"{call_id}.{s}" for s in ("json", "rttm", "srt", "vtt")} <= set(texts)
    for name, text in texts.items():
        assert card_runs(text) == [], f"card digits leaked into {name}"
        assert "nineteen eighty" not in text.lower() and "1985" not in text, name

    # The redacted copy is silent over the card, unchanged elsewhere.
    original = audio_io.load(call_file)
    redacted = audio_io.load(out / f"{call_id}.redacted.wav")
    rate = original.sample_rate
    card_span = next(span for span in spans if span["type"] == "CARD")
    first, last = int(card_span["start"] * rate), int(card_span["end"] * rate)
    assert rms(original.samples[:, first:last]) > 0.01
    assert rms(redacted.samples[:, first:last]) < 1e-3
    outside = slice(0, max(0, first - int(0.5 * rate)))
    assert np.allclose(original.samples[:, outside], redacted.samples[:, outside], atol=1e-3)


@pytest.mark.parametrize("sample", ["call_ru_mono.wav", "call_ru_stereo.flac",
                                    "call_en_mono.mp3"])
def test_checklist_decisions_survive_redaction_on_bundled_samples(pipeline, samples_dir, sample):
    from speechqa.scoring import score_transcript

    raw = pipeline.transcribe(samples_dir / sample, unredacted=True)
    redacted = pipeline.redact(raw)
    checklist = pipeline.checklist
    before = score_transcript(raw, checklist, semantic=False)
    after = score_transcript(redacted, checklist, semantic=False)
    assert [(i.id, i.status) for i in after.items] == [(i.id, i.status) for i in before.items]
