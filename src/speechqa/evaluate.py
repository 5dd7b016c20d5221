"""``speechqa eval``: checklist accuracy against labelled calls, per item and per input path.

Two corpus formats are read: the development corpus (``calls.json`` + ``timing/*.json`` +
mono and stereo audio) and Harper Valley (``calls/*.json`` with human and real-ASR text,
``labels_dev.csv``). A mode says which transcript is scored: ``gold`` (human text and
timings), ``asr`` (Harper Valley's real ASR text), ``mono`` / ``stereo`` (the audio run
through the pipeline; transcripts are cached so reruns are cheap) or ``asr-sim`` (gold text
degraded the way ASR degrades it: lower case, no punctuation or quotes, misspellings).

Reported per item: precision, recall and F1 for both classes (item present / absent),
accuracy and the confusion counts; needs_review and each review reason; the sentiment
agreement; scoring latency; every wrong decision with the scorecard's reason; and, with
``cv``, the same figures from cross-validation across scenarios or companies.
"""

from __future__ import annotations

import csv
import json
import random
import re
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from speechqa.checklist import Checklist
from speechqa.formats import load_transcript_json
from speechqa.metrics import turn_role
from speechqa.roles import apply_roles, assign_by_content
from speechqa.schema import AudioInfo, Flag, Scorecard, SentimentSummary, Transcript, Turn
from speechqa.scoring import score_transcript

ITEM_IDS = (
    "greeting",
    "recording_disclosure",
    "identity_verification",
    "clarifying_questions",
    "summary",
    "anything_else",
    "thanks",
)
"""The default checklist's items, which both shipped corpora label. A corpus may label
others: every yes/no label it has is read, and the checklist decides which are scored."""
NOT_ITEM_LABELS = frozenset({"needs_review"})
REVIEW_REASON_FLAGS = {
    "missing_disclosure": "missed_recording_disclosure",
    "angry_customer": "angry_customer",
    "complaint": "complaint",
    "escalation_request": "escalation_request",
    "churn_threat": "churn_threat",
    "legal_threat": "legal_threat",
    "agent_rudeness": "agent_rudeness",
}
SENTIMENTS = ("negative", "neutral", "positive")
MODES = ("gold", "asr", "asr-sim", "mono", "stereo")


# --- corpora ------------------------------------------------------------------------------


@dataclass
class LabelledCall:
    """One labelled call: its gold transcript, labels, and where its other inputs are."""

    call_id: str
    language: str
    labels: dict[str, bool]
    gold: Transcript
    scenario: str | None = None
    company: str | None = None
    needs_review: bool | None = None
    review_reasons: list[str] = field(default_factory=list)
    sentiment: str | None = None
    asr: Transcript | None = None
    audio: dict[str, Path] = field(default_factory=dict)


def load_dev_corpus(root: str | Path) -> list[LabelledCall]:
    """The development corpus format (``calls.json``, ``timing/``, ``audio/``, ``stereo/``)."""
    root = Path(root)
    calls = []
    for record in json.loads((root / "calls.json").read_text(encoding="utf-8")):
        timing = json.loads((root / record["audio"]["timing"]).read_text(encoding="utf-8"))
        turns = [
            Turn(
                speaker=t["speaker"],
                role=t["speaker"],
                start=t["start"],
                end=t["end"],
                text=t["text"],
                language=record["language"],
            )
            for t in timing["turns"]
        ]
        gold = Transcript(
            call_id=record["id"],
            language=record["language"],
            audio=AudioInfo(duration=record["duration_s"]),
            turns=turns,
        )
        labels = record["labels"]
        calls.append(
            LabelledCall(
                call_id=record["id"],
                language=record["language"],
                labels={
                    key: value
                    for key, value in labels.items()
                    if isinstance(value, bool) and key not in NOT_ITEM_LABELS
                },
                gold=gold,
                scenario=record.get("scenario"),
                company=record.get("company"),
                needs_review=bool(labels["needs_review"]),
                review_reasons=list(record.get("aux", {}).get("review_reasons", [])),
                sentiment=labels.get("customer_sentiment"),
                audio={
                    mode: root / record["audio"][key]
                    for mode, key in (("mono", "mono_8k_wav"), ("stereo", "stereo_8k_flac"))
                    if key in record["audio"]
                },
            )
        )
    return calls


def load_harper_valley(root: str | Path) -> list[LabelledCall]:
    """Harper Valley: the labelled calls of ``labels_dev.csv``, human and real-ASR text."""
    root = Path(root)
    calls = []
    with (root / "labels_dev.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    item_columns = [
        column
        for column in (rows[0] if rows else {})
        if column not in NOT_ITEM_LABELS and all(row[column] in ("0", "1") for row in rows)
    ]
    for row in rows:
        record = json.loads((root / "calls" / f"{row['call_id']}.json").read_text(encoding="utf-8"))

        def transcript(key: str, record: dict = record) -> Transcript:
            turns = [
                Turn(
                    speaker=t["speaker"],
                    role=t["speaker"],
                    start=t["start"],
                    end=t["end"],
                    text=t[key] or "",
                    language="en",
                )
                for t in record["turns"]
            ]
            return Transcript(call_id=record["call_id"], language="en", turns=turns)

        calls.append(
            LabelledCall(
                call_id=row["call_id"],
                language="en",
                labels={item: row[item] == "1" for item in item_columns},
                gold=transcript("text"),
                scenario=",".join(record.get("task_types", [])) or None,
                company="Harper Valley",
                sentiment=row.get("customer_sentiment") or None,
                asr=transcript("asr_text"),
            )
        )
    return calls


def load_corpus(path: str | Path) -> tuple[str, list[LabelledCall]]:
    """(format name, calls) of a corpus directory, recognised by its files."""
    path = Path(path)
    if (path / "calls.json").exists():
        return path.name if path.name != "dev" else "dev", load_dev_corpus(path)
    if (path / "labels_dev.csv").exists():
        return "harper-valley", load_harper_valley(path)
    raise FileNotFoundError(
        f"{path}: neither calls.json (dev format) nor labels_dev.csv (Harper Valley format) found"
    )


_PUNCT = re.compile(r"[^\w\s'-]")


def simulate_asr(transcript: Transcript, seed: int = 0, error_rate: float = 0.08) -> Transcript:
    """Gold text degraded like ASR output: lower case, no punctuation or quotes, and one-letter
    misspellings in some long words. Deterministic per call."""
    rng = random.Random(f"{seed}:{transcript.call_id}")
    letters = "абвгдежзиклмнопрстуфхцчшыэюяabcdefghijklmnopqrstuvwxyz"
    turns = []
    for turn in transcript.turns:
        words = _PUNCT.sub(" ", turn.text.lower()).split()
        noisy = []
        for word in words:
            if len(word) >= 5 and rng.random() < error_rate:
                position = rng.randrange(1, len(word))
                word = word[:position] + rng.choice(letters) + word[position + 1 :]
            noisy.append(word)
        turns.append(turn.model_copy(update={"text": " ".join(noisy)}))
    return transcript.model_copy(update={"turns": turns})


# --- transcripts per mode -----------------------------------------------------------------


TranscribeFn = Callable[[Path, str, str], Transcript]


def _current_roles(transcript: Transcript) -> Transcript:
    """A cached mono transcript with its roles assigned again by today's ``roles`` code, so
    a change in role assignment is measured without rerunning ASR and diarisation."""
    if transcript.roles is None or transcript.roles.method != "content":
        return transcript
    return apply_roles(transcript, assign_by_content(transcript))


def _pipeline_transcriber() -> TranscribeFn:
    from speechqa.pipeline import Pipeline

    pipeline = Pipeline()
    return lambda path, call_id, language: pipeline.transcribe(
        path, call_id=call_id, language=language
    )


def transcripts_for(
    calls: Sequence[LabelledCall],
    mode: str,
    *,
    cache_dir: Path | None = None,
    transcribe: TranscribeFn | None = None,
    progress: Callable[[str], None] | None = None,
) -> list[Transcript]:
    """The transcript each call is scored on in ``mode``; audio modes use a JSON cache."""
    if mode == "gold":
        return [call.gold for call in calls]
    if mode == "asr-sim":
        return [simulate_asr(call.gold) for call in calls]
    if mode == "asr":
        missing = [call.call_id for call in calls if call.asr is None]
        if missing:
            raise ValueError(
                f"mode 'asr' needs ASR text (Harper Valley); missing for {missing[:3]}"
            )
        return [call.asr for call in calls if call.asr is not None]
    if mode not in ("mono", "stereo"):
        raise ValueError(f"unknown mode {mode!r}; expected one of {', '.join(MODES)}")
    out = []
    for call in calls:
        if mode not in call.audio:
            raise ValueError(f"{call.call_id}: no {mode} audio in this corpus")
        cached = cache_dir / mode / f"{call.call_id}.json" if cache_dir is not None else None
        if cached is not None and cached.exists():
            out.append(_current_roles(load_transcript_json(cached)))
            continue
        if transcribe is None:
            transcribe = _pipeline_transcriber()
        started = time.perf_counter()
        transcript = transcribe(call.audio[mode], call.call_id, call.language)
        if progress is not None:
            progress(f"{mode} {call.call_id}: transcribed in {time.perf_counter() - started:.0f} s")
        if cached is not None:
            cached.parent.mkdir(parents=True, exist_ok=True)
            cached.write_text(transcript.model_dump_json(indent=1), encoding="utf-8")
        out.append(transcript)
    return out


# --- metrics ------------------------------------------------------------------------------


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    precision = tp / (tp + fp) if tp + fp else 1.0 if not fn else 0.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "support": tp + fn,
    }


def binary_report(pairs: Sequence[tuple[bool, bool]]) -> dict[str, Any]:
    """Both classes' precision/recall/F1, accuracy and confusion for (gold, predicted) pairs."""
    tp = sum(1 for g, p in pairs if g and p)
    fp = sum(1 for g, p in pairs if not g and p)
    fn = sum(1 for g, p in pairs if g and not p)
    tn = sum(1 for g, p in pairs if not g and not p)
    present, absent = _prf(tp, fp, fn), _prf(tn, fn, fp)
    return {
        "present": present,
        "absent": absent,
        "macro_f1": round((present["f1"] + absent["f1"]) / 2, 4),
        "accuracy": round((tp + tn) / len(pairs), 4) if pairs else None,
        "confusion": {"tp": tp, "fp": fp, "fn": fn, "tn": tn},
    }


@dataclass
class Scored:
    call: LabelledCall
    card: Scorecard
    latency_ms: float

    def predicted(self, item: str) -> bool:
        return self.card.item(item).status == "passed"


SentimentFn = Callable[[Transcript], tuple[SentimentSummary, list[Flag]]]


def model_sentiment() -> SentimentFn:
    """The sentiment stage as ``Pipeline.score`` runs it: per-turn model, summary, flags."""
    from speechqa import sentiment

    model = sentiment.load_sentiment_model()

    def run(transcript: Transcript) -> tuple[SentimentSummary, list[Flag]]:
        annotated = transcript.model_copy(deep=True)
        sentiment.annotate(annotated, model)
        summary = sentiment.summarize(annotated, getattr(model, "info", None))
        return summary, list(sentiment.sentiment_flags(annotated, summary))

    return run


def score_calls(
    calls: Sequence[LabelledCall],
    transcripts: Sequence[Transcript],
    checklist: Checklist,
    *,
    semantic: bool = True,
    sentiment: SentimentFn | None = None,
) -> list[Scored]:
    """Score every call, timing each once its models are warm (the first call warms them).

    The latency is that of ``score_transcript`` alone; the sentiment model, when given, runs
    before it and is not counted.
    """
    if transcripts:
        score_transcript(transcripts[0], checklist, semantic=semantic)
    scored = []
    for call, transcript in zip(calls, transcripts, strict=True):
        summary, flags = sentiment(transcript) if sentiment is not None else (None, [])
        started = time.perf_counter()
        card = score_transcript(
            transcript, checklist, semantic=semantic, sentiment=summary, extra_flags=flags
        )
        scored.append(Scored(call, card, (time.perf_counter() - started) * 1000))
    return scored


def _items_of(scored: Sequence[Scored]) -> list[str]:
    """The checklist's items (in its order) that every call has a label for."""
    if not scored:
        return []
    return [
        result.id
        for result in scored[0].card.items
        if all(result.id in s.call.labels for s in scored)
    ]


def unlabelled_items(scored: Sequence[Scored]) -> list[str]:
    """Checklist items the corpus has no label for: scored, but no accuracy can be given."""
    if not scored:
        return []
    labelled = set(_items_of(scored))
    return [result.id for result in scored[0].card.items if result.id not in labelled]


def item_figures(scored: Sequence[Scored]) -> dict[str, Any]:
    """Per-item reports and the overall item figures (micro F1 of 'present', mean macro F1)."""
    items = _items_of(scored)
    per_item = {
        item: binary_report([(s.call.labels[item], s.predicted(item)) for s in scored])
        for item in items
    }
    pooled = binary_report(
        [(s.call.labels[item], s.predicted(item)) for s in scored for item in items]
    )
    return {
        "items": per_item,
        "overall": {
            "item_decisions": len(scored) * len(items),
            "accuracy": pooled["accuracy"],
            "micro_f1_present": pooled["present"]["f1"],
            "micro_f1_absent": pooled["absent"]["f1"],
            "macro_f1": pooled["macro_f1"],
            "mean_item_macro_f1": round(
                statistics.fmean(r["macro_f1"] for r in per_item.values()), 4
            )
            if per_item
            else None,
            "confusion": pooled["confusion"],
        },
    }


def review_figures(scored: Sequence[Scored]) -> dict[str, Any] | None:
    labelled = [s for s in scored if s.call.needs_review is not None]
    if not labelled:
        return None
    reasons = {}
    for reason, code in REVIEW_REASON_FLAGS.items():
        pairs = [
            (reason in s.call.review_reasons, any(f.code == code for f in s.card.flags))
            for s in labelled
        ]
        if any(g or p for g, p in pairs):
            report = binary_report(pairs)
            reasons[reason] = {"flag": code, **report["present"], **report["confusion"]}
    needs = binary_report([(bool(s.call.needs_review), s.card.needs_review) for s in labelled])
    return {"needs_review": needs, "reasons": reasons,
            "angry_intensity": intensity_figures(labelled)}


def labelled_intensity(review_reasons: Sequence[str]) -> str | None:
    """The angry-customer intensity a call's review reasons imply: the most severe present."""
    if "angry_customer" not in review_reasons:
        return None
    if "legal_threat" in review_reasons:
        return "legal_threat"
    return "escalation" if "escalation_request" in review_reasons else "anger"


def intensity_figures(scored: Sequence[Scored]) -> dict[str, Any] | None:
    """How often the angry flag's intensity matches the labels, on calls labelled angry that
    got the flag (the flag's own precision and recall are under ``reasons``)."""
    pairs = []
    for s in scored:
        gold = labelled_intensity(s.call.review_reasons)
        flag = next((f for f in s.card.flags if f.code == "angry_customer"), None)
        if gold is not None and flag is not None:
            pairs.append((gold, flag.intensity.name if flag.intensity else None))
    if not pairs:
        return None
    confusion: dict[str, int] = {}
    for gold, predicted in pairs:
        key = f"{gold}->{predicted}"
        confusion[key] = confusion.get(key, 0) + 1
    return {
        "calls": len(pairs),
        "accuracy": round(sum(g == p for g, p in pairs) / len(pairs), 4),
        "confusion_gold_to_predicted": dict(sorted(confusion.items())),
    }


def sentiment_figures(scored: Sequence[Scored]) -> dict[str, Any] | None:
    labelled = [s for s in scored if s.call.sentiment]
    if not labelled:
        return None
    confusion: dict[str, dict[str, int]] = {}
    for s in labelled:
        row = confusion.setdefault(s.call.sentiment or "", {})
        predicted = s.card.sentiment.customer_sentiment
        row[predicted] = row.get(predicted, 0) + 1
    correct = sum(1 for s in labelled if s.card.sentiment.customer_sentiment == s.call.sentiment)
    per_class = {
        label: _prf(
            confusion.get(label, {}).get(label, 0),
            sum(row.get(label, 0) for gold, row in confusion.items() if gold != label),
            sum(n for predicted, n in confusion.get(label, {}).items() if predicted != label),
        )
        for label in SENTIMENTS
    }
    return {
        "accuracy": round(correct / len(labelled), 4),
        "macro_f1": round(statistics.fmean(r["f1"] for r in per_class.values()), 4),
        "per_class": per_class,
        "calls": len(labelled),
        "fallback": any(s.card.sentiment.fallback for s in labelled),
        "confusion_gold_to_predicted": confusion,
    }


def language_figures(scored: Sequence[Scored]) -> dict[str, dict[str, Any]] | None:
    """Items and sentiment per call language, so a language the recogniser cannot read (or
    one with few calls) is visible instead of hidden in the corpus mean."""
    languages = sorted({s.call.language for s in scored})
    if len(languages) < 2:
        return None
    figures = {}
    for language in languages:
        subset = [s for s in scored if s.call.language == language]
        overall = item_figures(subset)["overall"]
        sentiment = sentiment_figures(subset)
        figures[language] = {
            "calls": len(subset),
            "item_accuracy": overall["accuracy"],
            "mean_item_macro_f1": overall["mean_item_macro_f1"],
            "sentiment_macro_f1": sentiment["macro_f1"] if sentiment else None,
        }
    return figures


def role_figures(scored: Sequence[Scored], transcripts: Sequence[Transcript]) -> dict[str, Any]:
    """How much of the speech got the right role: each scored turn's time is matched against
    the gold turns it overlaps; a call whose agreement is under one half has its roles swapped."""
    per_call = {}
    for s, transcript in zip(scored, transcripts, strict=True):
        right = total = 0.0
        for turn in transcript.turns:
            for gold in s.call.gold.turns:
                shared = min(turn.end, gold.end) - max(turn.start, gold.start)
                if shared > 0:
                    total += shared
                    right += shared if turn_role(turn) == turn_role(gold) else 0.0
        per_call[s.call.call_id] = round(right / total, 4) if total else None
    measured = [value for value in per_call.values() if value is not None]
    return {
        "time_weighted_accuracy": round(statistics.fmean(measured), 4) if measured else None,
        "calls_roles_correct": sum(1 for value in measured if value >= 0.5),
        "calls": len(measured),
        "swapped_calls": sorted(c for c, v in per_call.items() if v is not None and v < 0.5),
        "per_call": per_call,
    }


def errors_of(scored: Sequence[Scored]) -> list[dict[str, Any]]:
    """Every wrong item decision, with the scorecard's own reason, for error analysis."""
    out = []
    for s in scored:
        for item in _items_of([s]):
            gold, predicted = s.call.labels[item], s.predicted(item)
            if gold != predicted:
                result = s.card.item(item)
                out.append(
                    {
                        "call_id": s.call.call_id,
                        "item": item,
                        "gold": gold,
                        "predicted": result.status,
                        "reason": result.reason[:400],
                    }
                )
    return out


def latency_figures(scored: Sequence[Scored]) -> dict[str, float] | None:
    values = sorted(s.latency_ms for s in scored)
    if not values:
        return None
    return {
        "median_ms": round(statistics.median(values), 2),
        "p95_ms": round(values[min(len(values) - 1, int(0.95 * len(values)))], 2),
        "max_ms": round(values[-1], 2),
        "calls": len(values),
    }


# --- cross-validation ---------------------------------------------------------------------


def cross_validate(
    calls: Sequence[LabelledCall],
    transcripts: Sequence[Transcript],
    variants: dict[str, Checklist],
    group: str,
    *,
    semantic: bool = True,
) -> dict[str, Any]:
    """Leave-one-group-out over ``group`` (scenario, company or language).

    The rules are written from the label definitions, not fitted; what the data can tune is
    the handful of thresholds a deployer would pick (the ``variants``). For each held-out
    group the variant with the best pooled item F1 on the other groups is chosen, and only
    the held-out group is scored with it; pooled held-out figures are reported beside the
    best in-sample figure, so a gap would show thresholds that do not transfer.
    """
    keys = [getattr(call, group) or "?" for call in calls]
    by_variant = {
        name: score_calls(calls, transcripts, checklist, semantic=semantic)
        for name, checklist in variants.items()
    }

    def f1(scored: Sequence[Scored]) -> float:
        return item_figures(scored)["overall"]["micro_f1_present"] if scored else 0.0

    held_out: list[Scored] = []
    folds = []
    for value in sorted(set(keys)):
        train = {
            name: [s for s, k in zip(scored, keys, strict=True) if k != value]
            for name, scored in by_variant.items()
        }
        best = max(variants, key=lambda name: (f1(train[name]), name == next(iter(variants))))
        test = [s for s, k in zip(by_variant[best], keys, strict=True) if k == value]
        held_out.extend(test)
        folds.append(
            {
                group: value,
                "calls": len(test),
                "chosen": best,
                "train_micro_f1": round(f1(train[best]), 4),
                "test_micro_f1": round(f1(test), 4),
            }
        )
    in_sample = {name: item_figures(scored)["overall"] for name, scored in by_variant.items()}
    return {
        "group": group,
        "folds": folds,
        "variants": sorted(variants),
        "held_out": item_figures(held_out),
        "in_sample_overall": in_sample,
    }


def threshold_variants(checklist: Checklist) -> dict[str, Checklist]:
    """The checklist with its generic thresholds moved: misspelling tolerance on/off, every
    phrase's word gap -1/0/+1, every length minimum x0.67/x1/x1.33. These are the knobs a
    deployer would tune on their own calls; cross-validation shows whether tuning them on
    some scenarios carries over to others."""
    base = checklist.model_dump(mode="json")
    variants = {}
    for fuzzy in (True, False):
        for gap in (-1, 0, 1):
            for scale in (0.67, 1.0, 1.33):
                data = json.loads(json.dumps(base))
                _tune(data, fuzzy, gap, scale)
                name = f"fuzzy={'on' if fuzzy else 'off'},gap{gap:+d},length x{scale:g}"
                variants[name] = Checklist.model_validate(data)
    default = "fuzzy=on,gap+0,length x1"
    return {default: variants.pop(default), **variants}


def _tune(node: Any, fuzzy: bool, gap: int, scale: float) -> None:
    if isinstance(node, dict):
        if node.get("kind") == "phrases":
            node["fuzzy"] = fuzzy and node.get("fuzzy", True)
            node["max_gap"] = max(0, node.get("max_gap", 2) + gap)
        if node.get("kind") == "length" and node.get("min_words"):
            node["min_words"] = max(1, round(node["min_words"] * scale))
        for value in node.values():
            _tune(value, fuzzy, gap, scale)
    elif isinstance(node, list):
        for value in node:
            _tune(value, fuzzy, gap, scale)


# --- the whole run ------------------------------------------------------------------------


def evaluate(
    calls: Sequence[LabelledCall],
    checklist: Checklist,
    mode: str,
    *,
    corpus: str = "corpus",
    cache_dir: Path | None = None,
    transcribe: TranscribeFn | None = None,
    semantic: bool = True,
    sentiment: SentimentFn | None = None,
    cv_groups: Sequence[str] = (),
    variants: dict[str, Checklist] | None = None,
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Score a labelled corpus in one mode and return the report written to eval-*.json."""
    transcripts = transcripts_for(
        calls, mode, cache_dir=cache_dir, transcribe=transcribe, progress=progress
    )
    scored = score_calls(calls, transcripts, checklist, semantic=semantic, sentiment=sentiment)
    report: dict[str, Any] = {
        "corpus": corpus,
        "mode": mode,
        "checklist": {"id": checklist.id, "version": checklist.version},
        "semantic_rules": semantic,
        "sentiment_model": sentiment is not None,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "calls": len(scored),
        **item_figures(scored),
        "unlabelled_items": unlabelled_items(scored),
        "review": review_figures(scored),
        "sentiment": sentiment_figures(scored),
        "by_language": language_figures(scored),
        "roles": role_figures(scored, transcripts) if mode in ("mono", "stereo") else None,
        "latency": latency_figures(scored),
        "errors": errors_of(scored),
    }
    if cv_groups:
        variants = variants or threshold_variants(checklist)
        report["cross_validation"] = [
            cross_validate(calls, transcripts, variants, group, semantic=semantic)
            for group in cv_groups
        ]
    return report
