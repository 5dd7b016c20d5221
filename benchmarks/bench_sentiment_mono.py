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
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_sentiment import flag_report, machine, scores

from speechqa import sentiment
from speechqa.evaluate import _current_roles, load_dev_corpus
from speechqa.formats import load_transcript_json
from speechqa.schema import Transcript, Word

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


def load_set(name: str, corpus: Path, mono_dir: Path) -> list[MonoCall]:
    """The calls of a dev-format corpus that have a cached mono transcript."""
    calls = []
    for labelled in load_dev_corpus(corpus):
        path = mono_dir / f"{labelled.call_id}.json"
        if not path.exists() or not labelled.sentiment:
            continue
        calls.append(MonoCall(labelled.call_id, name, labelled.language, labelled.sentiment,
                              "angry_customer" in labelled.review_reasons, labelled.gold,
                              _current_roles(load_transcript_json(path))))
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
        calls += load_set("train_items", TRAIN_ITEMS, args.train_items_mono)
    if args.dev_mono and args.dev_mono.exists() and DEV.exists():
        calls += load_set("dev", DEV, args.dev_mono)
    return calls


@dataclasses.dataclass(frozen=True)
class Outcome:
    label: str
    angry: bool
    customer: list[dict]


def run(transcript: Transcript, model: sentiment.SentimentModel) -> Outcome:
    """The sentiment stage on one transcript, as ``Pipeline.score`` runs it."""
    annotated = transcript.model_copy(deep=True)
    sentiment.annotate(annotated, model)
    summary = sentiment.summarize(annotated)
    anger = sentiment.assess_anger(annotated, summary)
    customer = [{"text": t.text, "label": t.sentiment.label if t.sentiment else None,
                 "p": [round(t.sentiment.scores.get(x, 0.0), 3) for x in sentiment.LABELS]
                 if t.sentiment else None}
                for t in sentiment.customer_turns(annotated)]
    return Outcome(summary.customer_sentiment, anger.angry, customer)


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
                             "with their true roles, and report role diagnostics per call")
    args = parser.parse_args()
    model = sentiment.load_sentiment_model(args.model)
    calls = load_all(args)
    variants = {"gold": lambda c: c.gold, "mono": lambda c: c.mono}
    if args.analyse:
        variants |= {"asr_in_gold_turns": asr_in_gold_turns,
                     "mono_true_roles": mono_with_true_roles}
    outcomes = {mode: [run(make(c), model) for c in calls] for mode, make in variants.items()}
    figures = report(calls, outcomes)
    result = {
        "machine": machine(),
        "note": args.note,
        "model": {"name": model.info.name, "version": model.info.version},
        "aggregation": dataclasses.asdict(sentiment.DEFAULT_AGGREGATION),
        "sets": dict(Counter(c.dataset for c in calls)),
        "figures": figures,
        "per_call": [
            {"id": c.id, "set": c.dataset, "language": c.language, "gold_label": c.gold_label,
             "angry": c.angry,
             **{f"{mode}_predicted": outcomes[mode][i].label for mode in outcomes},
             **{f"{mode}_angry": outcomes[mode][i].angry for mode in outcomes},
             **({"diagnostics": diagnostics(c)} if args.analyse else {}),
             **{f"{mode}_customer_turns": outcomes[mode][i].customer for mode in outcomes}}
            for i, c in enumerate(calls)],
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for dataset, found in figures.items():
        print(f"{dataset:16s} n={found['calls']:3d} "
              + "  ".join(f"{mode} F1 {found[mode]['macro_f1']:.3f} pos-recall "
                          f"{found[mode]['recall']['positive']:.2f} angry-F1 "
                          f"{found[mode]['angry_customer_flag']['f1']:.2f}"
                          for mode in outcomes))


if __name__ == "__main__":
    main()
