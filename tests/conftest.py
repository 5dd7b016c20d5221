"""Shared fixtures: the bundled samples, the in-repo test corpus, the shared corpus, one real
pipeline.

``fixture_corpus`` (``tests/fixtures/corpus``, made by ``tools/make_test_fixtures.py``) is a
few calls written for the tests in the development corpus's format, so every check runs on
any checkout; ``any_corpus`` runs a check on it and again on the shared corpus when present.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("PYANNOTE_METRICS_ENABLED", "0")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "audio_samples"
# The shared corpus beside the checkout; SPEECHQA_SHARED points elsewhere (a CI clone, say).
SHARED = Path(os.environ.get("SPEECHQA_SHARED") or ROOT.parent / "shared")
FIXTURE_CORPUS = ROOT / "tests" / "fixtures" / "corpus"


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    path = SHARED / "corpus" / "dev"
    if not path.exists():
        pytest.skip(f"shared corpus not found at {path}")
    return path


@pytest.fixture(scope="session")
def fixture_corpus() -> Path:
    return FIXTURE_CORPUS


@pytest.fixture(scope="session", params=["fixtures", "shared"])
def any_corpus(request) -> Path:
    """The in-repo corpus, then the shared dev corpus (skipped when it is not there)."""
    if request.param == "fixtures":
        return FIXTURE_CORPUS
    return request.getfixturevalue("corpus_dir")


@pytest.fixture(scope="session")
def pipeline():
    """One real pipeline (embedded Whisper base, pyannote, e5) for every slow test."""
    from speechqa.pipeline import Pipeline, PipelineConfig

    return Pipeline(PipelineConfig(threads=2))
