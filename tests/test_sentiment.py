"""Sentiment: the embedded model, the transformers backend, aggregation, flags and training."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest

from speechqa import sentiment
from speechqa.schema import Sentiment, Transcript, Turn


@pytest.fixture(scope="module")
def default_model() -> sentiment.E5SentimentModel:
    model = sentiment.load_sentiment_model()
    assert isinstance(model, sentiment.E5SentimentModel)
    return model


# --- the embedded default ---------------------------------------------------------------------

CLEAR_EXAMPLES = [
    ("ru", "Это просто отвратительно, вы меня обманули, я требую вернуть деньги!", "negative"),
    ("ru", "Огромное вам спасибо, вы мне очень помогли, всё отлично!", "positive"),
    ("ru", "Номер моего договора семь три девять один два.", "neutral"),
    ("uk", "Це жахливо! Ви вже втретє мене обманюєте, я буду скаржитися!", "negative"),
    ("uk", "Щиро дякую, ви чудово все зробили, я дуже задоволена!", "positive"),
    ("en", "This is absolutely unacceptable, I'm furious and I want to cancel everything!",
     "negative"),
    ("en", "Thank you so much, that's brilliant, you've been really helpful!", "positive"),
    ("en", "My account number is four four one two.", "neutral"),
    ("lt", "Tai siaubinga, jūs mane apgavote, rašysiu skundą!", "negative"),
    ("lt", "Nuoširdžiai dėkoju, jūs labai padėjote, viskas puiku!", "positive"),
]


def test_default_model_gets_clear_examples_right(default_model):
    texts = [text for _, text, _ in CLEAR_EXAMPLES]
    predictions = default_model.predict(texts)
    wrong = [(lang, text, want, got.label)
             for (lang, text, want), got in zip(CLEAR_EXAMPLES, predictions, strict=True)
             if got.label != want]
    assert not wrong
    for prediction in predictions:
        assert set(prediction.scores) == {"negative", "neutral", "positive"}
        assert abs(sum(prediction.scores.values()) - 1) < 1e-3
        assert prediction.score == max(prediction.scores.values())


def test_default_model_is_offline_and_named(default_model):
    assert default_model.info.name == f"speechqa-sentiment:{sentiment.ENCODER}"
    assert default_model.weights.metadata["counts"]  # training data recorded with the weights
    assert default_model.weights.lora  # the shipped model is fine-tuned, not a bare head
    assert sentiment.load_sentiment_model("default") is default_model  # loaded once
    assert default_model.predict(["", "  ", "..."])[0].label == "neutral"


# --- aggregation and flags on constructed calls ------------------------------------------------


def _s(negative: float, neutral: float, positive: float) -> Sentiment:
    scores = {"negative": negative, "neutral": neutral, "positive": positive}
    label = max(scores, key=scores.get)
    return Sentiment(label=label, score=scores[label], scores=scores)


def _call(customer: list[tuple[str, Sentiment | None]]) -> Transcript:
    turns = []
    for i, (text, value) in enumerate(customer):
        turns.append(Turn(speaker="A", role="agent", start=10.0 * i, end=10.0 * i + 4,
                          text="Понимаю, сейчас проверю.", sentiment=_s(0.05, 0.9, 0.05)))
        turns.append(Turn(speaker="C", role="customer", start=10.0 * i + 5,
                          end=10.0 * i + 9, text=text, sentiment=value))
    return Transcript(call_id="constructed", turns=turns)


IRRITATED_THEN_PLEASED = [
    ("Я уже третий раз звоню, и никто ничего не сделал", _s(0.9, 0.08, 0.02)),
    ("Сколько можно ждать, это просто безобразие какое-то", _s(0.92, 0.06, 0.02)),
    ("Номер договора пять шесть семь восемь", _s(0.05, 0.9, 0.05)),
    ("Ну хорошо, давайте так и сделаем", _s(0.05, 0.8, 0.15)),
    ("О, компенсация, вот это здорово, я очень рада", _s(0.02, 0.08, 0.9)),
    ("Отлично, вы мне очень помогли, огромное спасибо", _s(0.02, 0.05, 0.93)),
    ("Спасибо большое, до свидания", _s(0.02, 0.3, 0.68)),
]


def test_irritated_start_pleased_end_is_neutral_overall_with_trajectory():
    transcript = _call(IRRITATED_THEN_PLEASED)
    summary = sentiment.summarize(transcript)
    assert summary.customer_start == "negative"
    assert summary.customer_end == "positive"
    assert summary.customer_sentiment == "neutral"  # the corpus definition of a recovery
    assert summary.agent_sentiment == "neutral"
    assert 0.0 < summary.customer_negative_share < 0.5
    assert not [f for f in sentiment.sentiment_flags(transcript, summary)
                if f.code == "sentiment_worsened"]


def test_call_that_turns_sour_is_flagged_with_the_angry_stretch():
    pleasant = [("Добрый день, хочу подключить интернет", _s(0.05, 0.9, 0.05)),
                ("Отлично, спасибо, как здорово, что быстро", _s(0.02, 0.1, 0.88)),
                ("Прекрасно, меня это очень радует", _s(0.02, 0.1, 0.88))]
    furious = [("Что значит ещё месяц, вы издеваетесь надо мной", _s(0.95, 0.03, 0.02)),
               ("Это безобразие, я ухожу к другому провайдеру", _s(0.97, 0.02, 0.01)),
               ("Сколько можно, третий раз одно и то же, это отвратительно", _s(0.93, 0.05, 0.02)),
               ("Я буду жаловаться, так и знайте, до свидания", _s(0.92, 0.06, 0.02))]
    transcript = _call(pleasant + furious)
    summary = sentiment.summarize(transcript)
    assert (summary.customer_start, summary.customer_end) == ("positive", "negative")
    flags = {f.code: f for f in sentiment.sentiment_flags(transcript, summary)}
    assert summary.customer_sentiment == "negative"
    angry = flags["angry_customer"]
    assert angry.severity == "critical"
    customer = [t for t in transcript.turns if t.role == "customer"]
    assert (angry.start, angry.end) == (customer[3].start, customer[6].end)
    worsened = flags["sentiment_worsened"]
    assert worsened.severity == "warning"
    assert worsened.start is not None and worsened.end > worsened.start


def test_angry_customer_flag_needs_strong_negative_turns():
    mild = [(f"Ну это неприятно, конечно, жаль, номер {i}", _s(0.6, 0.35, 0.05))
            for i in range(4)]
    transcript = _call(mild)
    summary = sentiment.summarize(transcript)
    assert summary.customer_sentiment == "negative"
    assert "angry_customer" not in {f.code for f in sentiment.sentiment_flags(transcript,
                                                                               summary)}


def test_annotate_real_model_end_to_end(default_model):
    transcript = _call([(text, None) for text, _ in IRRITATED_THEN_PLEASED] + [("", None)])
    sentiment.annotate(transcript, default_model)
    assert transcript.turns[-1].sentiment is None  # no words, no sentiment
    assert all(t.sentiment is not None for t in transcript.turns[:-1])
    summary = sentiment.summarize(transcript, default_model.info)
    assert summary.customer_start == "negative"
    assert summary.customer_end == "positive"
    assert summary.model == default_model.info


def test_summarize_without_roles_uses_all_turns():
    transcript = _call(IRRITATED_THEN_PLEASED)
    for turn in transcript.turns:
        turn.role = "unknown"
    assert sentiment.summarize(transcript).customer_start is not None


# --- transformers backend with a tiny local model -----------------------------------------------

WORDS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "good", "bad", "call", "the", "was"]


def _tiny_model(directory: Path, id2label: dict[int, str], winner: int) -> Path:
    import torch
    from tokenizers import Tokenizer, models, pre_tokenizers, processors
    from transformers import BertConfig, BertForSequenceClassification, PreTrainedTokenizerFast

    vocab = {word: i for i, word in enumerate(WORDS)}
    tokenizer = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
    tokenizer.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", special_tokens=[("[CLS]", 2), ("[SEP]", 3)])
    PreTrainedTokenizerFast(
        tokenizer_object=tokenizer, unk_token="[UNK]", pad_token="[PAD]", cls_token="[CLS]",
        sep_token="[SEP]",
    ).save_pretrained(directory)
    config = BertConfig(
        vocab_size=len(WORDS), hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
        intermediate_size=32, max_position_embeddings=32, num_labels=len(id2label),
        id2label=id2label, label2id={v: k for k, v in id2label.items()},
    )
    torch.manual_seed(0)
    network = BertForSequenceClassification(config)
    with torch.no_grad():  # random weights: make one class win for every input
        network.classifier.weight.zero_()
        network.classifier.bias.fill_(0.0)
        network.classifier.bias[winner] = 8.0
    network.save_pretrained(directory)
    return directory


def test_transformers_backend_loads_batches_and_maps_labels(tmp_path):
    path = _tiny_model(tmp_path / "tiny", {0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2"}, winner=0)
    label_map = {"LABEL_0": "positive", "label_1": "neutral", "2": "negative"}
    model = sentiment.load_sentiment_model(str(path), label_map=label_map)
    assert isinstance(model, sentiment.TransformersSentimentModel)
    assert model.info.name == str(path)
    model._batch_size = 2  # five texts → three batches
    texts = ["the call was good", "bad", "", "good good good", "the call was bad bad"]
    predictions = model.predict(texts)
    assert len(predictions) == len(texts)
    assert predictions[2].label == "neutral" and predictions[2].score == 1.0  # empty text
    for i in (0, 1, 3, 4):
        assert predictions[i].label == "positive"  # LABEL_0 always wins and maps to positive
        assert predictions[i].score > 0.99
    assert sentiment.load_sentiment_model(str(path), label_map=label_map) is model


def test_transformers_backend_sums_star_ratings(tmp_path):
    stars = {i: f"{i + 1} star{'s' if i else ''}" for i in range(5)}
    path = _tiny_model(tmp_path / "stars", stars, winner=1)  # "2 stars" wins
    model = sentiment.TransformersSentimentModel(str(path))
    prediction = model.predict(["good"])[0]
    assert prediction.label == "negative"
    assert prediction.scores["positive"] < 0.01


def test_generic_labels_need_a_label_map(tmp_path):
    path = _tiny_model(tmp_path / "generic", {0: "LABEL_0", 1: "LABEL_1"}, winner=1)
    with pytest.raises(sentiment.SentimentModelError, match="LABEL_0"):
        sentiment.TransformersSentimentModel(str(path))
    with pytest.raises(sentiment.SentimentModelError, match="must be one of"):
        sentiment.TransformersSentimentModel(str(path), {"LABEL_0": "angry"})


def test_missing_model_offline_gives_a_clear_error(monkeypatch):
    import huggingface_hub.constants

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", True)
    model_id = "speechqa-tests/no-such-sentiment-model"
    with pytest.raises(sentiment.SentimentModelError) as caught:
        sentiment.TransformersSentimentModel(model_id)
    message = str(caught.value)
    assert model_id in message and "hub cannot be reached" in message
    assert "HF_HUB_OFFLINE" in message


# --- training: the CLI command and the head file -----------------------------------------------

TRAINING = {
    "negative": ["Это ужасно, я очень зол", "Terrible service, I am angry",
                 "Жахливо, я дуже злий", "Siaubinga, esu labai piktas",
                 "Я буду жаловаться, безобразие", "This is a disgrace, I'm leaving"],
    "neutral": ["Мой номер договора двенадцать", "My account number is twelve",
                "Мій номер договору дванадцять", "Mano sutarties numeris dvylika",
                "Адрес улица Ленина пять", "The address is five Mill Road"],
    "positive": ["Спасибо огромное, всё отлично", "Thank you so much, wonderful",
                 "Дуже дякую, все чудово", "Labai ačiū, viskas puiku",
                 "Вы очень помогли, я рада", "Brilliant, I'm really happy"],
}


def _write_csv(path: Path, rows: list[tuple[str, str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["text", "label", "language"])
        writer.writerows((text, label, "") for text, label in rows)
    return path


@pytest.mark.parametrize("rank", [0, 2])
def test_train_sentiment_command_produces_a_model_that_loads_and_predicts(tmp_path, rank):
    from typer.testing import CliRunner

    from speechqa.cli import app

    rows = [(text, label) for label, texts in TRAINING.items() for text in texts]
    data = _write_csv(tmp_path / "mine.csv", rows)
    out = tmp_path / "model"
    result = CliRunner().invoke(app, ["models", "train-sentiment", str(data), "--out", str(out),
                                      "--rank", str(rank), "--epochs", "3", "--eval", str(data)])
    assert result.exit_code == 0, result.output
    path = out / sentiment.MODEL_FILE
    weights = sentiment.SentimentWeights.load(path)
    assert weights.head_weights.shape == (3, 384)
    assert weights.metadata["counts"] == {"?/negative": 6, "?/neutral": 6, "?/positive": 6}
    metrics = weights.metadata["metrics"]
    assert metrics["rank"] == rank and 0 <= metrics["eval_macro_f1"] <= 1
    if rank:  # 12 layers × 6 linear layers × (A, B), and the loss went down
        assert len(weights.lora) == 144 and weights.lora["l0.q.a"].shape == (rank, 384)
        assert metrics["epoch_loss"][-1] < metrics["epoch_loss"][0]
    else:
        assert not weights.lora
    model = sentiment.load_sentiment_model(str(path))
    assert isinstance(model, sentiment.E5SentimentModel) and model.path == path
    predicted = [p.label for p in model.predict([text for text, _ in rows])]
    assert sum(p == label for p, (_, label) in zip(predicted, rows, strict=True)) >= 16


def test_sentiment_file_from_another_format_is_refused_with_its_path(tmp_path):
    path = tmp_path / "old.npz"
    with open(path, "wb") as handle:
        np.savez(handle, format=np.array("speechqa-sentiment-head/1"))
    with pytest.raises(sentiment.SentimentModelError, match=r"old\.npz.*retrain"):
        sentiment.load_sentiment_model(str(path))


def test_train_sentiment_rejects_bad_labels(tmp_path):
    from typer.testing import CliRunner

    from speechqa.cli import app

    data = _write_csv(tmp_path / "bad.csv", [("fine", "neutral"), ("awful", "angry")])
    result = CliRunner().invoke(app, ["models", "train-sentiment", str(data),
                                      "--out", str(tmp_path / "x")])
    assert result.exit_code == 2
    assert "angry" in result.output


def test_shipped_training_data_is_large_and_balanced():
    counts: dict[tuple[str, str], int] = {}
    for name in ("train.csv", "test.csv"):
        for row in sentiment.read_labelled_csv(sentiment.data_dir() / name):
            counts[(row.language, row.label)] = counts.get((row.language, row.label), 0) + 1
    for language in ("ru", "uk", "en", "lt"):
        per_label = [counts[(language, label)] for label in sentiment.LABELS]
        assert sum(per_label) >= 400
        assert min(per_label) >= 0.6 * max(per_label)


# --- training robust to recogniser errors -----------------------------------------------------


def test_asr_noise_garbles_like_a_recogniser_and_is_reproducible():
    import random

    text = ("Огромное вам спасибо, вы мне очень помогли, всё прекрасно работает, "
            "и обслуживание замечательное, буду рекомендовать знакомым.")
    first = [sentiment.asr_noise(text, random.Random(7)) for _ in range(2)]
    assert first[0] == first[1]  # the same seed, the same copy
    copies = {sentiment.asr_noise(text, random.Random(seed)) for seed in range(20)}
    clean = sentiment.asr_style(text)
    assert len(copies - {clean}) > 10  # most copies carry errors, and different ones
    for copy in copies:
        assert copy == copy.lower() and not any(mark in copy for mark in ",.!?")
        assert 0 < len(copy.split()) <= len(clean.split())
    assert sentiment.asr_noise("Да.", random.Random(0)) == "да"  # never emptied


def test_head_only_training_keeps_the_shipped_encoder_and_adds_noisy_copies(tmp_path):
    rows = [(text, label) for label, texts in TRAINING.items() for text in texts]
    data = _write_csv(tmp_path / "mine.csv", rows)
    shipped = sentiment.data_dir() / sentiment.MODEL_FILE
    metrics = sentiment.train_model(data, tmp_path / "head", adapters_from=shipped,
                                    noisy_copies=2, eval_csv=data)
    weights = sentiment.SentimentWeights.load(tmp_path / "head" / sentiment.MODEL_FILE)
    base = sentiment.SentimentWeights.load(shipped)
    assert weights.lora.keys() == base.lora.keys() and weights.lora_scale == base.lora_scale
    assert all(np.array_equal(weights.lora[k], base.lora[k]) for k in base.lora)
    assert not np.allclose(weights.head_weights, base.head_weights)  # a new head
    assert weights.metadata["noisy_copies"] == 2
    assert "kept near the head of model" in weights.metadata["method"]
    assert metrics["rank"] == 0 and metrics["eval_macro_f1"] >= 0.9
    from typer.testing import CliRunner

    from speechqa.cli import app

    result = CliRunner().invoke(app, ["models", "train-sentiment", str(data), "--out",
                                      str(tmp_path / "scratch"), "--adapters-from", str(shipped),
                                      "--no-anchor-head", "--noisy-copies", "1"])
    assert result.exit_code == 0, result.output
    scratch = sentiment.SentimentWeights.load(tmp_path / "scratch" / sentiment.MODEL_FILE)
    assert scratch.metadata["method"].startswith("logistic head")
    assert all(np.array_equal(scratch.lora[k], base.lora[k]) for k in base.lora)
