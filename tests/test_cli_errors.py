"""The CLI fails cleanly: one line per bad input, the others still run, options are checked
once, names and reasons are never read as Rich markup, and -v / --debug work."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fake_pipeline import FakePipeline
from typer.testing import CliRunner

import speechqa.pipeline
from speechqa.cli import app

WIDE = {"COLUMNS": "400", "NO_COLOR": "1"}


@pytest.fixture
def fake(monkeypatch):
    monkeypatch.setattr(speechqa.pipeline, "Pipeline", FakePipeline)
    return FakePipeline


def invoke(*args: str):
    return CliRunner().invoke(app, list(args), env=WIDE)


def touch(folder: Path, *names: str) -> list[str]:
    paths = []
    for name in names:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(b"RIFF")
        paths.append(str(folder / name))
    return paths


def test_bad_inputs_are_one_line_each_and_the_rest_still_run(fake, tmp_path):
    inputs = touch(tmp_path, "corrupt.wav", "crash.wav", "good.wav")
    bad_json = tmp_path / "broken.json"
    bad_json.write_text("{not json", "utf-8")
    result = invoke("score", *inputs, str(bad_json), "--out", str(tmp_path / "out"), "-q")
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.startswith("error ")]
    assert len(lines) == 3, result.output
    assert any("corrupt.wav" in line and "not an audio file" in line for line in lines)
    assert any("crash.wav" in line and "unexpected ZeroDivisionError" in line for line in lines)
    assert any("broken.json" in line and "invalid JSON" in line for line in lines)
    assert "Traceback" not in result.output
    assert "3 of 4 inputs failed" in result.output
    assert (tmp_path / "out" / "good.scorecard.json").exists()


def test_debug_shows_the_traceback(fake, tmp_path):
    inputs = touch(tmp_path, "crash.wav", "good.wav")
    result = invoke("--debug", "score", *inputs, "--out", str(tmp_path / "out"), "-q")
    assert result.exit_code == 1
    assert "Traceback" in result.output and "ZeroDivisionError" in result.output
    assert (tmp_path / "out" / "good.scorecard.json").exists()


def test_transcribe_goes_on_after_a_bad_file(fake, tmp_path):
    inputs = touch(tmp_path, "corrupt.flac", "crash.wav", "good.wav")
    result = invoke("transcribe", *inputs, "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert "corrupt.flac" in result.output and "unexpected ZeroDivisionError" in result.output
    assert (tmp_path / "out" / "good.json").exists()


def test_bad_model_is_one_message_before_any_file(tmp_path):
    inputs = touch(tmp_path, "a.wav", "b.wav", "c.wav")
    result = invoke("transcribe", *inputs, "--model", "nosuchmodel", "--out", str(tmp_path))
    assert result.exit_code != 0
    assert result.output.count("nosuchmodel") == 1, result.output
    assert "a.wav" not in result.output


def test_bad_language_is_refused_before_any_file(tmp_path):
    inputs = touch(tmp_path, "a.wav", "b.wav")
    result = invoke("transcribe", *inputs, "--language", "xx", "--out", str(tmp_path))
    assert result.exit_code != 0
    assert result.output.count("unknown language 'xx'") == 1, result.output


def test_names_and_reasons_are_never_markup(fake, tmp_path):
    # "a[/x].wav" is the file "x].wav" in the folder "a[": the path is what gets printed.
    inputs = touch(tmp_path, "a[/x].wav", "corrupt[/b].wav", "[bold]b.wav")
    result = invoke("score", *inputs, "--out", str(tmp_path / "out"))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 1  # only corrupt[/b].wav fails
    assert "corrupt[/b].wav" in result.output
    assert "[/x]" in result.output  # in the call id, the evidence text and the reason
    assert "[bold]b.wav" in result.output
    card = json.loads(next((tmp_path / "out").glob("x*.scorecard.json")).read_text("utf-8"))
    tagged = [flag["reason"] for flag in card["flags"] if "[complaint." in flag["reason"]]
    assert tagged and tagged[0] in result.output  # "... «жалобу» [complaint.customer]"


def test_verbose_logs_and_log_level(fake, tmp_path):
    inputs = touch(tmp_path, "good.wav")
    quiet = invoke("score", *inputs, "--out", str(tmp_path / "o1"), "-q")
    assert quiet.exit_code == 0 and "turns," not in quiet.output
    loud = invoke("-v", "score", *inputs, "--out", str(tmp_path / "o2"), "-q")
    assert loud.exit_code == 0 and "good.wav: 2 turns" in loud.output
    explicit = invoke("--log-level", "info", "score", *inputs, "--out", str(tmp_path / "o3"))
    assert "good.wav: 2 turns" in explicit.output
    assert invoke("--log-level", "chatty", "score", *inputs).exit_code != 0


def test_batch_refuses_a_missing_model_once_before_any_file(tmp_path):
    folder = tmp_path / "calls"
    folder.mkdir()
    touch(folder, "a.wav", "b.wav")
    db = tmp_path / "results.db"
    result = invoke("batch", str(folder), "--db", f"sqlite:///{db}",
                    "--model", str(tmp_path / "no-such-model"))
    assert result.exit_code == 2, result.output
    assert result.output.count("does not exist") == 1
    assert not db.exists()  # nothing was started
