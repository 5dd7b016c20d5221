"""Selecting one batch of a long script file for rendering (benchmarks/make_fresh_audio.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "make_fresh_audio.py"


@pytest.fixture(scope="module")
def module():
    spec = importlib.util.spec_from_file_location("make_fresh_audio", SCRIPT)
    loaded = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(loaded)
    return loaded


CALLS = [{"id": name, "language": name[3:5]} for name in
         ("tr_ru01", "tr_lt01", "tr_ru45", "tr_uk27", "tr_lt21", "tr_ru02")]


def test_calls_from_first_to_last_in_script_order(module):
    chosen = module.select_calls(CALLS, "tr_ru45:tr_lt21")
    assert [call["id"] for call in chosen] == ["tr_ru45", "tr_uk27", "tr_lt21"]


def test_an_unknown_call_id_stops_with_its_name(module):
    with pytest.raises(SystemExit, match="tr_ru99"):
        module.select_calls(CALLS, "tr_ru45:tr_ru99")
