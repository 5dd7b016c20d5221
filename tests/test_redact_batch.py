"""The batch worker redacts before anything is stored: the unredacted transcript travels
apart (only with keep_unredacted) and the redacted audio copy is written (text+audio).
Models are replaced by a fixed transcript; the wiring is what is tested here."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import soundfile as sf
from sqlalchemy import select

from speechqa.audio import sha256_file
from speechqa.batch import Entry, Job, Worker, _Writer
from speechqa.checklist import load_checklist
from speechqa.pipeline import Pipeline, PipelineConfig
from speechqa.schema import Transcript, Turn, Word
from speechqa.scoring import score_transcript
from speechqa.store import TranscriptRow, open_store

CARD = "4276380012345679"


def _fixed_transcript(self, recording, *, call_id, language=None, metadata=None,
                      progress=None):
    words = [Word(text=w, start=1.0 + 0.3 * i, end=1.25 + 0.3 * i)
             for i, w in enumerate(f"номер карты {CARD[:4]} {CARD[4:8]} {CARD[8:12]} "
                                   f"{CARD[12:]}".split())]
    turn = Turn(speaker="right", role="customer", start=words[0].start, end=words[-1].end,
                text=" ".join(w.text for w in words), words=words)
    return Transcript(call_id=call_id, audio=recording.info, language="ru", turns=[turn])


def _cheap_score(self, transcript, checklist=None):
    return score_transcript(self.redact(transcript), checklist or self.checklist,
                            semantic=False)


def test_worker_keeps_unredacted_apart_and_writes_redacted_audio(tmp_path, monkeypatch):
    monkeypatch.setattr(Pipeline, "transcribe_audio", _fixed_transcript)
    monkeypatch.setattr(Pipeline, "score", _cheap_score)
    audio = tmp_path / "call.wav"
    rng = np.random.default_rng(0)
    sf.write(str(audio), rng.uniform(-0.3, 0.3, 16000 * 4).astype(np.float32), 16000)
    config = PipelineConfig(threads=1, redact="text+audio", redact_audio="silence",
                            keep_unredacted=True, redacted_audio_dir=str(tmp_path / "red"))
    checklist = load_checklist(None)
    entry = Entry(path=audio, call_id="call", origin=str(audio))
    outcome = Worker(config, checklist).run(Job(entry, sha256_file(audio)))
    assert outcome.ok, outcome.message
    assert CARD[:4] in outcome.unredacted.turns[0].text
    assert outcome.transcript.turns[0].text == "номер карты [CARD]"
    redacted_audio, _ = sf.read(str(tmp_path / "red" / "call.redacted.wav"))
    span = outcome.transcript.redaction.spans[0]  # padded by 0.2 s on each side
    assert (span.start, span.end) == (1.6, 2.75)
    assert np.abs(redacted_audio[int(1.4 * 16000):int(2.95 * 16000)]).max() == 0
    assert np.abs(redacted_audio[:int(1.3 * 16000)]).max() > 0.2

    with open_store(f"sqlite:///{tmp_path / 'r.db'}") as store:
        run_id = store.start_run("batch")
        _Writer(store, run_id, checklist, time.perf_counter()).write(outcome)
        with store.sessions() as session:
            body = session.scalar(select(TranscriptRow.body))
        assert CARD[:4] not in body and "[CARD]" in body
        assert CARD[:4] in store.unredacted_transcript(sha256_file(audio)).turns[0].text


def test_worker_stores_nothing_unredacted_by_default(tmp_path, monkeypatch):
    monkeypatch.setattr(Pipeline, "transcribe_audio", _fixed_transcript)
    monkeypatch.setattr(Pipeline, "score", _cheap_score)
    audio = tmp_path / "call.wav"
    sf.write(str(audio), np.random.default_rng(1).uniform(-0.3, 0.3, 16000 * 4).astype(
        np.float32), 16000)
    outcome = Worker(PipelineConfig(threads=1), load_checklist(None)).run(
        Job(Entry(path=audio, call_id="call", origin=str(audio)), sha256_file(audio)))
    assert outcome.ok and outcome.unredacted is None
    assert "[CARD]" in outcome.transcript.turns[0].text
    assert not any(Path(tmp_path).glob("*.redacted.wav"))


def test_the_review_app_plays_only_the_redacted_copy(tmp_path, monkeypatch):
    """With text+audio the original recording (with the spoken card) is never served."""
    from _review import seed_users

    from speechqa.review import service
    from speechqa.store import open_store

    monkeypatch.setattr(Pipeline, "transcribe_audio", _fixed_transcript)
    monkeypatch.setattr(Pipeline, "score", _cheap_score)
    audio = tmp_path / "call.wav"
    sf.write(str(audio), np.random.default_rng(2).uniform(-0.3, 0.3, 16000 * 4).astype(
        np.float32), 16000)
    config = PipelineConfig(threads=1, redact="text+audio", redact_audio="silence",
                            redacted_audio_dir=str(tmp_path / "red"))
    entry = Entry(path=audio, call_id="call", origin=str(audio))
    outcome = Worker(config, load_checklist(None)).run(Job(entry, sha256_file(audio)))
    assert outcome.ok, outcome.message
    copy = tmp_path / "red" / "call.redacted.wav"
    assert outcome.transcript.redaction.audio_path == str(copy)
    with open_store(tmp_path / "s.db") as store:
        store.save_call(entry.call_info(), outcome.transcript, outcome.scorecard)
        admin = next(u for u in seed_users(store).values() if u.role == "admin")
        [row] = list(store.iter_scorecards())
        assert service.audio_path(store, admin, row.id) == copy
        copy.unlink()
        assert service.audio_path(store, admin, row.id) is None  # never the original
