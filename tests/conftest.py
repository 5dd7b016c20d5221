"""Shared fixtures: paths to the bundled samples and the shared corpus, one real pipeline."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("PYANNOTE_METRICS_ENABLED", "0")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "audio_samples"
# The shared corpus beside the checkout; SPEECHQA_SHARED points elsewhere (a CI clone, say).
SHARED = Path(os.environ.get("SPEECHQA_SHARED") or ROOT.parent / "shared")


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
def pipeline():
    """One real pipeline (embedded Whisper base, pyannote, e5) for every slow test."""
    from speechqa.pipeline import Pipeline, PipelineConfig

    return Pipeline(PipelineConfig(threads=2))
