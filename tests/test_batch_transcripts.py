"""``speechqa batch`` on transcript JSON: calls without audio from a site's own ASR or a demo,
found in directories, single files and manifests, keyed by the SHA-256 of the JSON bytes."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from _db import db_fixture  # noqa: F401  (registers db_url)
from _review import fast_hashing_fixture  # noqa: F401  (registers fast_hashing)

import speechqa.batch as batch
from speechqa.batch import Entry, Worker, read_source, read_transcript_entry, run_batch
from speechqa.formats import TranscriptFormatError
from speechqa.pipeline import PipelineConfig
from speechqa.review import accounts
from speechqa.review import service as sv
from speechqa.scoring import score_transcript
from speechqa.store import open_store

MINIMAL = {
    "call_id": "demo-1",
    "language": "en",
    "turns": [
        {"speaker": "agent", "start": 0.0, "end": 4.0,
         "text": "Good morning, thank you for calling Acme, this is Anna speaking."},
        {"speaker": "customer", "start": 4.5, "end": 8.0,
         "text": "Hi, my internet has been down since yesterday and I am really annoyed."},
        {"speaker": "agent", "start": 8.5, "end": 12.0,
         "text": "I am sorry about that. Is there anything else I can help with? Goodbye."},
    ],
}


def full_transcript(call_id: str, **metadata) -> dict:
    """The full schema, as ``speechqa transcribe`` writes it (with an audio hash of its own)."""
    return {
        "call_id": call_id,
        "language": "ru",
        "audio": {"path": f"/elsewhere/{call_id}.wav", "sha256": "f" * 64, "format": "wav",
                  "duration": 30.0, "sample_rate": 8000, "channels": 2},
        "turns": [
            {"speaker": "left", "role": "agent", "start": 0.5, "end": 3.0,
             "text": "Добрый день, компания Акме, меня зовут Анна."},
            {"speaker": "right", "role": "customer", "start": 3.5, "end": 6.0,
             "text": "У меня не работает интернет."},
        ],
        "diarization_source": "stereo_channels",
        "metadata": metadata,
    }


def write(path: Path, data: dict) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_directory_yields_transcripts_but_not_those_beside_their_recording(tmp_path):
    write(tmp_path / "demo" / "one.json", MINIMAL)
    write(tmp_path / "two.JSON", full_transcript("two"))
    (tmp_path / "rec.wav").write_bytes(b"RIFF")
    write(tmp_path / "rec.json", full_transcript("rec"))  # speechqa transcribe output
    write(tmp_path / "rec.scorecard.json", {"call_id": "rec"})  # speechqa score output
    entries, rejected = read_source(tmp_path)
    assert rejected == []
    assert [(e.path.name, e.call_id, e.is_transcript) for e in entries] == [
        ("rec.wav", "rec", False), ("one.json", None, True), ("two.JSON", None, True),
    ]
    [single], _ = read_source(tmp_path / "demo" / "one.json")
    assert (single.call_id, single.is_transcript) == (None, True)


def test_a_manifest_row_may_point_at_a_transcript(tmp_path):
    write(tmp_path / "t" / "a.json", MINIMAL)
    manifest = tmp_path / "m.csv"
    manifest.write_text(
        "call_id,path,agent_id,team,started_at\n"
        ",t/a.json,A1,north,2026-11-01T10:00:00Z\n"
        "named,t/a.json,A2,south,\n"
        ",audio.wav,,,\n",
        encoding="utf-8",
    )
    (first, named, audio), rejected = read_source(manifest)
    assert rejected == []
    assert (first.call_id, first.agent_id, first.team) == (None, "A1", "north")
    assert named.call_id == "named"
    assert (audio.call_id, audio.is_transcript) == ("audio", False)


def test_a_transcript_is_keyed_by_its_bytes_and_named_by_its_own_call_id(tmp_path):
    path = write(tmp_path / "x.json", MINIMAL)
    key = hashlib.sha256(path.read_bytes()).hexdigest()
    transcript, info = read_transcript_entry(Entry(path, None, "x.json"), key)
    assert transcript.audio.sha256 == key
    assert transcript.audio.duration == 12.0  # no audio: the last turn's end
    assert transcript.call_id == info.call_id == "demo-1"
    assert [turn.role for turn in transcript.turns] == ["agent", "customer", "agent"]
    assert info.path == str(path) and info.team is None

    full = write(tmp_path / "full.json", full_transcript(
        "f1", agent_id="A9", team="north", started_at="2026-11-02T08:00:00+02:00", vip=True))
    entry = Entry(full, "manifest-id", "m.csv:2", team="south", queue="billing")
    transcript, info = read_transcript_entry(entry, "e" * 64)
    assert transcript.audio.sha256 == "e" * 64 and transcript.audio.channels == 2
    assert (info.call_id, info.agent_id, info.team, info.queue) == (
        "manifest-id", "A9", "south", "billing")  # the manifest wins over the file
    assert info.started_at == datetime(2026, 11, 2, 6, tzinfo=UTC)
    assert info.extra == {"vip": True}
    assert transcript.metadata["team"] == "south"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "invalid JSON"),
        ('{"turns": []}', "call_id"),
        ('{"call_id": "c", "turns": [{"speaker": "a"}]}', "missing start, end, text"),
        (json.dumps({**MINIMAL, "metadata": {"started_at": "yesterday"}}), "started_at"),
    ],
)
def test_a_bad_transcript_is_a_clear_error_naming_the_file(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TranscriptFormatError, match=message) as error:
        read_transcript_entry(Entry(path, None, "bad.json"), "0" * 64)
    assert str(path) in str(error.value)


class _InProcess:
    """The batch's worker in this process, scoring without the sentiment model (which the
    slow test below runs): what is under test here is the source → store path."""

    def __init__(self, _kind, config, checklist, *_args) -> None:
        self.worker = Worker(config, checklist)
        self.worker.pipeline.score = lambda transcript, checklist: score_transcript(
            transcript, checklist, semantic=False
        ).model_copy(update={"needs_review": True})

    def run(self, jobs):
        for job in jobs:
            yield self.worker.run(job)

    def close(self) -> None:
        pass


def test_batch_fills_the_store_from_transcripts_and_reviewers_see_calls_without_audio(
    db_url, tmp_path, monkeypatch, fast_hashing
):
    from speechqa.checklist import load_checklist

    monkeypatch.setattr(batch, "make_engine", _InProcess)
    source = tmp_path / "site-asr"
    write(source / "a.json", MINIMAL)
    write(source / "b.json", full_transcript("b-7", team="north", agent_id="A1"))
    write(source / "copy" / "a.json", MINIMAL)  # the same bytes: one call
    (source / "broken.json").write_text('{"call_id": "x", "turns": "none"}', encoding="utf-8")
    checklist = load_checklist()
    with open_store(db_url) as store:
        summary = run_batch(source, store, config=PipelineConfig(), checklist=checklist)
        assert (summary.done, summary.imported, summary.transcribed) == (2, 2, 0)
        assert (summary.skipped_duplicate, summary.failed, summary.audio_seconds) == (1, 1, 0.0)
        assert "2 from transcript JSON" in summary.lines()[0]
        [failure] = store.failures()
        assert (failure.stage, failure.error_type) == ("transcript", "TranscriptFormatError")
        assert "broken.json" in failure.message and "turns" in failure.message
        calls = {row.call.call_id: row for row in store.iter_scorecards()}
        assert set(calls) == {"demo-1", "b-7"}
        assert calls["b-7"].call.team == "north" and calls["b-7"].call.agent_id == "A1"
        assert calls["demo-1"].call.path == str((source / "a.json").resolve())
        assert calls["demo-1"].call.sha256 == hashlib.sha256(
            (source / "a.json").read_bytes()).hexdigest()

        again = run_batch(source, store, config=PipelineConfig(), checklist=checklist)
        assert (again.done, again.skipped_done, again.skipped_failed) == (0, 3, 1)

        admin = accounts.create_user(store, "ada", "admin", "correct horse 1")
        detail = sv.call_detail(store, admin, calls["b-7"].id)
        assert detail.has_audio is False and sv.audio_path(store, admin, calls["b-7"].id) is None
        assert detail.transcript.turns[0].text.startswith("Добрый день")
        assert {row.call_id for row in sv.queue(store, admin).rows} == {"b-7", "demo-1"}


@pytest.mark.slow
def test_the_batch_command_scores_transcript_json_with_the_real_pipeline(tmp_path):
    source = tmp_path / "demo"
    write(source / "a.json", MINIMAL)
    write(source / "b.json", full_transcript("b-7", team="north"))
    db = f"sqlite:///{tmp_path / 'demo.db'}"
    command = [sys.executable, "-m", "speechqa.cli", "batch", str(source), "--db", db,
               "--workers", "1", "--no-progress", "--settle", "0"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert "2 done (0 transcribed, 2 from transcript JSON)" in result.stderr
    with open_store(db) as store:
        rows = list(store.iter_scorecards())
        assert {row.call.call_id for row in rows} == {"demo-1", "b-7"}
        assert all(not row.model().sentiment.fallback for row in rows)  # the real model ran
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0 and "0 done" in rerun.stderr
