"""Call-level customer sentiment from gold text and from mono audio, on the tuning calls.

    OMP_NUM_THREADS=1 python benchmarks/bench_sentiment_mono.py --out FILE.json [--model M]

Sets (all tuning data; held-out sets are never read):

* ``sentiment_calls``, ``anger_calls``, ``anger_calls2``: the written whole calls, rendered to
  8 kHz mono telephone audio and transcribed once by the real mono pipeline
  (``benchmarks/make_sentiment_audio.py``, cache under ``benchmarks/cache/sentiment-audio``);
* ``train_items``: the checklist training calls whose audio was transcribed
  (``--train-items-mono``, a folder of ``<id>.json`` mono transcripts);
* ``dev``: the development corpus with its mono transcripts (``--dev-mono``).

For every call the sentiment stage runs as ``Pipeline.score`` runs it (per-turn model,
``summarize``, ``assess_anger``) on the gold transcript and on the mono one (roles assigned
again by today's ``roles`` code, as ``speechqa eval`` does). Reported per set and pooled:
customer_sentiment macro-F1, per-class recall, confusion, and the angry-customer flag; and per
call the gold and mono labels with the customer's turns as each mode saw them, for the
failure analysis.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import numpy as np
from bench_sentiment import GRID, flag_report, machine, scores

from speechqa import sentiment
from speechqa.evaluate import _current_roles, load_dev_corpus
from speechqa.formats import load_transcript_json
from speechqa.schema import Transcript, Turn, Word

ROOT = Path(__file__).resolve().parents[1]
AUDIO_SETS = ROOT / "benchmarks" / "cache" / "sentiment-audio"
WRITTEN_SETS = ("sentiment_calls", "anger_calls", "anger_calls2")
TRAIN_ITEMS = ROOT / "benchmarks" / "data" / "train_items"
DEV = ROOT.parent / "shared" / "corpus" / "dev"


@dataclasses.dataclass
class MonoCall:
    """One labelled call with its gold and mono transcripts."""

    id: str
    dataset: str
    language: str
    gold_label: str
    angry: bool
    gold: Transcript
    mono: Transcript
    timed: bool = True  # the gold timing is the audio's (false: estimated from the text)


def load_set(name: str, corpus: Path, mono_dir: Path, timed: bool = True) -> list[MonoCall]:
    """The calls of a dev-format corpus that have a cached mono transcript."""
    calls = []
    for labelled in load_dev_corpus(corpus):
        path = mono_dir / f"{labelled.call_id}.json"
        if not path.exists() or not labelled.sentiment:
            continue
        calls.append(MonoCall(labelled.call_id, name, labelled.language, labelled.sentiment,
                              "angry_customer" in labelled.review_reasons, labelled.gold,
                              _current_roles(load_transcript_json(path)), timed))
    return calls


def _true_roles(words: list[Word], gold: Transcript) -> list[str]:
    """Who really said each recognised word: the role of the gold turn its middle falls in
    (the nearest one between turns); the audio was rendered from the gold timing."""
    roles = []
    for word in words:
        middle = (word.start + word.end) / 2
        turn = min(gold.turns, key=lambda t: max(t.start - middle, middle - t.end, 0.0))
        roles.append(turn.role)
    return roles


def asr_in_gold_turns(call: MonoCall) -> Transcript:
    """The recognised words regrouped into the gold turns with their gold roles: what mono
    would give with perfect diarisation and role labelling (the ASR's own effect)."""
    texts: list[list[str]] = [[] for _ in call.gold.turns]
    for turn in call.mono.turns:
        for word in turn.words:
            middle = (word.start + word.end) / 2
            index = min(range(len(call.gold.turns)), key=lambda i: max(
                call.gold.turns[i].start - middle, middle - call.gold.turns[i].end, 0.0))
            texts[index].append(word.text)
    turns = [turn.model_copy(update={"text": " ".join(words), "sentiment": None})
             for turn, words in zip(call.gold.turns, texts, strict=True) if words]
    return call.gold.model_copy(update={"turns": turns})


def mono_with_true_roles(call: MonoCall) -> Transcript:
    """The mono turns as they are, each given the role most of its words really have: the
    effect of turn segmentation alone, without role-labelling errors."""
    turns = []
    for turn in call.mono.turns:
        roles = Counter(_true_roles(turn.words, call.gold)) if turn.words else Counter()
        role = roles.most_common(1)[0][0] if roles else turn.role
        turns.append(turn.model_copy(update={"role": role}))
    return call.mono.model_copy(update={"turns": turns})


def diagnostics(call: MonoCall) -> dict:
    """How far the mono customer is the real customer: speakers found, and the share of the
    words in mono customer turns that the customer said (purity) and of the customer's
    recognised words that are in mono customer turns (recall)."""
    said = [(turn.role, role) for turn in call.mono.turns
            for role in _true_roles(turn.words, call.gold)]
    as_customer = [true for mono, true in said if mono == "customer"]
    by_customer = [mono for mono, true in said if true == "customer"]
    return {
        "speakers": len({t.speaker for t in call.mono.turns}),
        "mono_customer_turns": sum(t.role == "customer" for t in call.mono.turns),
        "gold_customer_turns": sum(t.role == "customer" for t in call.gold.turns),
        "customer_purity": round(as_customer.count("customer") / max(1, len(as_customer)), 3),
        "customer_recall": round(by_customer.count("customer") / max(1, len(by_customer)), 3),
    }


def load_all(args: argparse.Namespace) -> list[MonoCall]:
    calls: list[MonoCall] = []
    for name in WRITTEN_SETS:
        folder = args.audio_sets / name
        if (folder / "calls.json").exists():
            calls += load_set(name, folder, folder / "transcripts" / "mono")
    if args.train_items_mono and args.train_items_mono.exists():
        calls += load_set("train_items", TRAIN_ITEMS, args.train_items_mono, timed=False)
    if args.dev_mono and args.dev_mono.exists() and DEV.exists():
        calls += load_set("dev", DEV, args.dev_mono)
    return calls


@dataclasses.dataclass(frozen=True)
class Outcome:
    label: str
    angry: bool
    customer: list[dict]


def annotated(transcript: Transcript, model: sentiment.SentimentModel) -> Transcript:
    copy = transcript.model_copy(deep=True)
    sentiment.annotate(copy, model)
    return copy


def outcome(transcript: Transcript) -> Outcome:
    """The sentiment stage on an annotated transcript, as ``Pipeline.score`` runs it."""
    summary = sentiment.summarize(transcript)
    anger = sentiment.assess_anger(transcript, summary)
    customer = [{"text": t.text, "label": t.sentiment.label if t.sentiment else None,
                 "p": [round(t.sentiment.scores.get(x, 0.0), 3) for x in sentiment.LABELS]
                 if t.sentiment else None}
                for t in sentiment.customer_turns(transcript)]
    return Outcome(summary.customer_sentiment, anger.angry, customer)


def failure_class(call: MonoCall, predicted: dict[str, str], found: dict) -> str | None:
    """Why mono got a call wrong, in the order the causes are peeled off: wrong from gold
    text too; roles swapped (most of the mono customer's words are the agent's); the ASR's
    words alone (in the gold turns) already wrong; the customer's words merged into the
    agent's turns or the other way round; the mono turn boundaries; else the rest."""
    if predicted["mono"] == call.gold_label:
        return None
    if predicted["gold"] != call.gold_label:
        return "wrong from gold text too (model or aggregation)"
    if found["customer_purity"] < 0.3:
        return "roles swapped"
    if predicted["asr_in_gold_turns"] != call.gold_label:
        return "ASR text" + (" (Lithuanian: unintelligible)" if call.language == "lt" else "")
    if min(found["customer_purity"], found["customer_recall"]) < 0.85:
        return "turns merged across speakers (diarisation)"
    if predicted["mono_true_roles"] != call.gold_label:
        return "turn segmentation"
    return "other"


# --- candidate changes, chosen by leave-one-set-out cross-validation -------------------------

SHRINK_GRID = [(0.0, 0.0)] + [(low, round(low + width, 2)) for low in (0.2, 0.3, 0.4, 0.5)
                              for width in (0.1, 0.2, 0.3, 0.4)]


def shrunk_probabilities(turn: Turn, low: float, high: float) -> np.ndarray:
    """A turn's probabilities moved towards neutral as far as the recogniser was unsure of
    its words (mean word probability ``low`` → all neutral, ``high`` → unchanged)."""
    probabilities = sentiment._probabilities(turn)
    heard = [w.probability for w in turn.words if w.probability is not None]
    if not heard or high <= low:
        return probabilities
    reliability = float(np.clip((np.mean(heard) - low) / (high - low), 0.0, 1.0))
    return reliability * probabilities + (1 - reliability) * np.array([0.0, 1.0, 0.0])


@dataclasses.dataclass
class Arrays:
    """One transcript's customer turns as the aggregation sees them, per shrink setting."""

    call: MonoCall
    mode: str
    probabilities: dict[tuple[float, float], np.ndarray]
    words: list[int]


def arrays_of(call: MonoCall, mode: str, transcript: Transcript) -> Arrays:
    turns = sentiment.customer_turns(transcript)
    if not turns:
        empty = np.zeros((0, len(sentiment.LABELS)))
        return Arrays(call, mode, {shrink: empty for shrink in SHRINK_GRID}, [])
    return Arrays(call, mode, {
        shrink: np.stack([shrunk_probabilities(t, *shrink) for t in turns])
        for shrink in SHRINK_GRID}, [sentiment._words(t) for t in turns])


def predict(items: list[Arrays], params: sentiment.Aggregation,
            shrink: tuple[float, float]) -> list[str]:
    return [sentiment.aggregate_probabilities(a.probabilities[shrink], a.words, params)
            if a.words else "neutral" for a in items]


def f1_of(items: list[Arrays], predicted: list[str]) -> float:
    return sentiment.macro_f1([a.call.gold_label for a in items], predicted)


def candidates(family: str) -> list[tuple[sentiment.Aggregation, tuple[float, float]]]:
    """``shrink``: the reliability shrink over its grid, aggregation as shipped;
    ``aggregation``: bench_sentiment's aggregation grid, no shrink."""
    if family == "shrink":
        return [(sentiment.DEFAULT_AGGREGATION, shrink) for shrink in SHRINK_GRID]
    return [(dataclasses.replace(sentiment.DEFAULT_AGGREGATION,
                                 **dict(zip(GRID, values, strict=True))), (0.0, 0.0))
            for values in itertools.product(*GRID.values())]


def leave_one_set_out(items: list[Arrays], family: str) -> dict:
    """For each tuning set: choose the candidate with the best macro-F1 on the other sets'
    gold and mono copies pooled (ties: the earliest, i.e. the shipped behaviour first), then
    score it on the held set; pooled held-out figures per mode."""
    options = candidates(family)
    held_predictions: dict[tuple[str, str], str] = {}
    folds = {}
    for held in dict.fromkeys(a.call.dataset for a in items):
        train = [a for a in items if a.call.dataset != held]
        best = max(range(len(options)), key=lambda k: (
            round(f1_of(train, predict(train, *options[k])), 6), -k))
        test = [a for a in items if a.call.dataset == held]
        for a, label in zip(test, predict(test, *options[best]), strict=True):
            held_predictions[(a.call.id, a.mode)] = label
        params, shrink = options[best]
        folds[held] = {"chosen": {"shrink": shrink} | (
            {k: getattr(params, k) for k in GRID} if family == "aggregation" else {}),
            **{mode: round(f1_of(sel, [held_predictions[(a.call.id, mode)] for a in sel]), 4)
               for mode in ("gold", "mono")
               if (sel := [a for a in test if a.mode == mode])}}
    pooled = {mode: round(f1_of(sel, [held_predictions[(a.call.id, mode)] for a in sel]), 4)
              for mode in ("gold", "mono") if (sel := [a for a in items if a.mode == mode])}
    shipped = {mode: round(f1_of(sel, predict(sel, sentiment.DEFAULT_AGGREGATION, (0.0, 0.0))),
                           4)
               for mode in ("gold", "mono") if (sel := [a for a in items if a.mode == mode])}
    return {"folds": folds, "pooled_held_out": pooled, "shipped_in_sample": shipped}


def report(calls: list[MonoCall], outcomes: dict[str, list[Outcome]]) -> dict:
    result: dict = {}
    for dataset in [*dict.fromkeys(c.dataset for c in calls), "pooled"]:
        index = [i for i, c in enumerate(calls) if dataset in ("pooled", c.dataset)]
        result[dataset] = {"calls": len(index)}
        for mode, found in outcomes.items():
            gold = [calls[i].gold_label for i in index]
            predicted = [found[i].label for i in index]
            figures = scores(gold, predicted, [calls[i].language for i in index])
            figures["recall"] = {
                label: round(sum(g == p == label for g, p in zip(gold, predicted, strict=True))
                             / max(1, gold.count(label)), 4) for label in sentiment.LABELS}
            figures["angry_customer_flag"] = flag_report(
                [(calls[i].angry, found[i].angry) for i in index])
            result[dataset][mode] = figures
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--model", default=None, help="sentiment model (default: shipped)")
    parser.add_argument("--audio-sets", type=Path, default=AUDIO_SETS)
    parser.add_argument("--train-items-mono", type=Path,
                        default=Path("/tmp/s15items6-monocache/mono"))
    parser.add_argument("--dev-mono", type=Path, default=Path("/tmp/s15items6-devmono/mono"))
    parser.add_argument("--note", default="")
    parser.add_argument("--analyse", action="store_true",
                        help="also score the ASR words in the gold turns and the mono turns "
                             "with their true roles, and class each mono error by its cause")
    parser.add_argument("--tune", action="store_true",
                        help="leave-one-set-out cross-validation of candidate changes")
    args = parser.parse_args()
    model = sentiment.load_sentiment_model(args.model)
    calls = load_all(args)
    variants = {"gold": lambda c: c.gold, "mono": lambda c: c.mono}
    if args.analyse:
        variants |= {"asr_in_gold_turns": asr_in_gold_turns,
                     "mono_true_roles": mono_with_true_roles}
    texts = {mode: [annotated(make(c), model) for c in calls] for mode, make in variants.items()}
    outcomes = {mode: [outcome(t) for t in found] for mode, found in texts.items()}
    figures = report(calls, outcomes)
    per_call = []
    for i, c in enumerate(calls):
        row = {"id": c.id, "set": c.dataset, "language": c.language, "gold_label": c.gold_label,
               "angry": c.angry,
               **{f"{mode}_predicted": outcomes[mode][i].label for mode in outcomes},
               **{f"{mode}_angry": outcomes[mode][i].angry for mode in outcomes}}
        if args.analyse and c.timed:
            row["diagnostics"] = diagnostics(c)
            row["failure"] = failure_class(
                c, {mode: outcomes[mode][i].label for mode in outcomes}, row["diagnostics"])
        per_call.append(row | {f"{mode}_customer_turns": outcomes[mode][i].customer
                               for mode in outcomes})
    result = {
        "machine": machine(),
        "note": args.note,
        "model": {"name": model.info.name, "version": model.info.version},
        "aggregation": dataclasses.asdict(sentiment.DEFAULT_AGGREGATION),
        "sets": dict(Counter(c.dataset for c in calls)),
        "figures": figures,
    }
    if args.analyse:
        classes = Counter((r["gold_label"], r["failure"]) for r in per_call if r.get("failure"))
        result["mono_failure_classes"] = {
            "note": "calls mono got wrong, by cause (sets whose gold timing is the audio's: "
                    "the written sets and dev; train_items' timing is estimated, so it is "
                    "left out)",
            "counts": Counter(r["failure"] for r in per_call if r.get("failure")),
            "by_gold_label": {f"{label}: {cause}": n
                              for (label, cause), n in sorted(classes.items())},
        }
    if args.tune:
        items = [arrays_of(c, mode, texts[mode][i]) for i, c in enumerate(calls)
                 for mode in ("gold", "mono")]
        result["cross_validation"] = {
            "note": "leave-one-set-out: each set held out in turn, the candidate chosen on "
                    "the other sets' gold and mono copies pooled; 'shrink' moves a turn's "
                    "probabilities towards neutral as its mean word probability falls "
                    "(shipped aggregation), 'aggregation' re-tunes bench_sentiment's grid",
            **{family: leave_one_set_out(items, family)
               for family in ("shrink", "aggregation")}}
    result["per_call"] = per_call
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for dataset, found in figures.items():
        print(f"{dataset:16s} n={found['calls']:3d} "
              + "  ".join(f"{mode} F1 {found[mode]['macro_f1']:.3f} pos-recall "
                          f"{found[mode]['recall']['positive']:.2f} angry-F1 "
                          f"{found[mode]['angry_customer_flag']['f1']:.2f}"
                          for mode in outcomes))
    if args.analyse:
        print(json.dumps(result["mono_failure_classes"]["by_gold_label"], indent=1))
    if args.tune:
        print(json.dumps({k: v for k, v in result["cross_validation"].items() if k != "note"},
                         indent=1))


if __name__ == "__main__":
    main()
