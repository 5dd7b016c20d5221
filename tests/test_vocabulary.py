"""Site vocabulary → ASR hints (hotwords on every window, an opening prompt), without ASR."""

from __future__ import annotations

import numpy as np
import pytest

from speechqa.checklist import load_checklist
from speechqa.transcribe import Transcriber
from speechqa.vocabulary import DomainPrompt, VocabularyError, load_vocabulary


def write(tmp_path, text: str):
    path = tmp_path / "vocabulary.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_prompt_holds_the_names_and_the_checklists_greeting(tmp_path):
    vocabulary = load_vocabulary(write(
        tmp_path, "ru:\n  companies: [СПбГУ]\n  products: [техническая поддержка]\n"
                  "en:\n  companies: [Harper Valley Bank]\n"))
    prompt = DomainPrompt(vocabulary, load_checklist())
    assert prompt.hotwords("ru") == "СПбГУ, техническая поддержка"
    assert prompt.initial_prompt("ru") == "Здравствуйте, СПбГУ, техническая поддержка."
    assert prompt.initial_prompt("en") == "Hello, Harper Valley Bank."
    assert prompt.hotwords("uk") is None and prompt.initial_prompt("uk") is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("xx:\n  companies: [A]\n", "unknown language 'xx'"),
        ("ru:\n  brands: [A]\n", "expected keys companies and/or products"),
        ("ru:\n  companies: A\n", "ru.companies: expected a list of names"),
        ("- ru\n", "expected a mapping of language codes"),
        ("ru: [unclosed\n", "not valid YAML"),
    ],
)
def test_bad_vocabulary_files_name_the_file_and_cause(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(VocabularyError, match=message) as caught:
        load_vocabulary(path)
    assert str(path) in str(caught.value)


def test_missing_vocabulary_file_is_a_clear_error(tmp_path):
    with pytest.raises(VocabularyError, match="cannot read"):
        load_vocabulary(tmp_path / "none.yaml")


class _RecordingModel:
    """Stands in for faster-whisper's model and keeps the options it was called with."""

    def __init__(self) -> None:
        self.options: dict = {}

    def transcribe(self, samples, **options):
        self.options = options

        class Info:
            language = options["language"]

        return iter(()), Info()


def test_transcriber_passes_the_hints_for_the_calls_language(tmp_path):
    vocabulary = load_vocabulary(write(tmp_path, "ru:\n  companies: [Кедр]\n"))
    transcriber = Transcriber(domain=DomainPrompt(vocabulary, load_checklist()))
    model = _RecordingModel()
    transcriber._model = model
    transcriber(np.zeros(16000, dtype=np.float32), language="ru")
    assert model.options["hotwords"] == "Кедр"
    assert model.options["initial_prompt"] == "Здравствуйте, Кедр."
    transcriber(np.zeros(16000, dtype=np.float32), language="en")
    assert model.options["hotwords"] is None and model.options["initial_prompt"] is None


def test_no_vocabulary_no_hints():
    transcriber = Transcriber()
    model = _RecordingModel()
    transcriber._model = model
    transcriber(np.zeros(16000, dtype=np.float32), language="ru")
    assert model.options["hotwords"] is None and model.options["initial_prompt"] is None
