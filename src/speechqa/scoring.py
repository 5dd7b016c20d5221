"""Transcript + checklist → scorecard: item decisions with evidence, score, flags, review.

This is the cheap, pure half of the pipeline (no audio, no ASR): ``speechqa rescore`` reruns
it whenever a checklist changes. Every item result carries either the evidence that passed
it or the reason it failed (with near misses such as a disclosure said too late), and every
flag says what triggered it and when.
"""

from __future__ import annotations

import functools
import importlib.resources
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from speechqa import __version__
from speechqa.checklist import Checklist, ReviewPolicy, load_checklist
from speechqa.errors import RuleError
from speechqa.metrics import compute_metrics
from speechqa.rules import (
    CallText,
    CompiledChecklist,
    Context,
    Hit,
    build_call,
    compile_checklist,
    describe_hit,
    evaluate_item,
    evaluate_rule,
)
from speechqa.schema import (
    CallMetrics,
    Evidence,
    Flag,
    ItemResult,
    ItemStatus,
    ModelInfo,
    Scorecard,
    SentimentLabel,
    SentimentSummary,
    Transcript,
)
from speechqa.sentiment import harmonise_anger_flags
from speechqa.text import shorten

if TYPE_CHECKING:
    from speechqa.embeddings import SentenceEncoder

SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "critical": 2}
FALLBACK_SENTIMENT_MODEL = ModelInfo(name="lexicon-fallback", version="1.0.0")


def _evidence(hit: Hit) -> Evidence:
    unit = hit.unit
    return Evidence(
        turn_index=unit.turn_index,
        start=round(unit.start, 3),
        end=round(unit.end, 3),
        text=shorten(unit.text),
        rule_id=hit.rule_id,
    )


def _encoder_getter(encoder: SentenceEncoder | None) -> Callable[[], SentenceEncoder | None]:
    """Lazily load the shared encoder: only a semantic rule that is actually reached pays."""
    if encoder is not None:
        return lambda: encoder

    def load() -> SentenceEncoder | None:
        from speechqa.embeddings import get_encoder

        # An encoder that cannot load raises ModelError: the semantic rule that needed it
        # turns that into its item's error, never into a silent miss.
        return get_encoder()

    return load


def _score_items(
    compiled: CompiledChecklist, ctx: Context
) -> tuple[list[ItemResult], list[Flag]]:
    results = []
    flags = []
    for entry in compiled.items:
        item = entry.item
        outcome = evaluate_item(entry, ctx)
        if outcome.error is not None:
            status = "error"
            flags.append(
                Flag(
                    code=outcome.error.code,
                    severity="critical",
                    reason=f"item '{item.title}' could not be decided and is left out of the "
                    f"score: {shorten(str(outcome.error))}",
                )
            )
        elif not outcome.applicable:
            status = "not_applicable"
        else:
            status = "passed" if outcome.matched else "failed"
        shown = outcome.hits if outcome.matched else outcome.near_misses
        results.append(
            ItemResult(
                id=item.id,
                title=item.title,
                section=item.section,
                status=status,
                weight=item.weight,
                earned=item.weight if status == "passed" else 0.0,
                critical=item.critical,
                evidence=[_evidence(hit) for hit in shown],
                reason=outcome.reason,
            )
        )
    return results, flags


def _checklist_flags(compiled: CompiledChecklist, ctx: Context) -> list[Flag]:
    flags = []
    for entry in compiled.flags:
        for scope, node in entry.triggers:
            try:
                outcome = evaluate_rule(node, scope, ctx, explain=False)
            except RuleError as error:
                flags.append(
                    Flag(
                        code=error.code,
                        severity="critical",
                        reason=f"flag '{entry.flag.title}' could not be checked: "
                        f"{shorten(str(error))}",
                    )
                )
                break
            if outcome.matched:
                first = outcome.hits[0]
                flags.append(
                    Flag(
                        code=entry.flag.code,
                        severity=entry.flag.severity,
                        reason=f"{entry.flag.title}: {describe_hit(first)} [{first.rule_id}]",
                        start=round(first.unit.start, 3),
                        end=round(first.unit.end, 3),
                    )
                )
                break
    return flags


def _item_flags(
    items: list[ItemResult], checklist: Checklist, raw_percent: float, policy: ReviewPolicy
) -> list[Flag]:
    flags = []
    for result in items:
        severity = checklist.item(result.id).miss_severity
        if result.status == "failed" and severity is not None:
            kind = "critical item" if result.critical else "item"
            flags.append(
                Flag(
                    code=f"missed_{result.id}",
                    severity=severity,
                    reason=f"missed {kind} '{result.title}': {shorten(result.reason)}",
                )
            )
    if raw_percent < policy.min_percent:
        flags.append(
            Flag(
                code="low_score",
                severity=policy.low_score_severity,
                reason=f"checklist score {raw_percent:.0f}% is under "
                f"{policy.min_percent:g}% (before any auto-fail)",
            )
        )
    return flags


def _metric_flags(
    metrics: CallMetrics, transcript: Transcript, call: CallText, policy: ReviewPolicy
) -> list[Flag]:
    flags = []
    if call.agent_turns == 0:
        flags.append(
            Flag(
                code="no_agent_speech",
                severity="critical",
                reason="no turn is labelled as the agent's: the checklist cannot be "
                "judged (check the role assignment)",
            )
        )
    if metrics.longest_silence >= policy.long_silence_s:
        start = metrics.longest_silence_start
        flags.append(
            Flag(
                code="long_silence",
                severity=policy.long_silence_severity,
                reason=f"{metrics.longest_silence:.1f} s without speech",
                start=start,
                end=None if start is None else round(start + metrics.longest_silence, 3),
            )
        )
    if (
        metrics.overtalk_seconds >= policy.overtalk_seconds
        or metrics.overtalk_count >= policy.overtalk_count
    ):
        flags.append(
            Flag(
                code="heavy_overtalk",
                severity=policy.overtalk_severity,
                reason=f"{metrics.overtalk_count} overlaps, "
                f"{metrics.overtalk_seconds:.1f} s of both talking",
            )
        )
    probability = metrics.mean_word_probability
    if probability is not None and probability < policy.min_word_probability:
        flags.append(
            Flag(
                code="low_asr_confidence",
                severity=policy.low_confidence_severity,
                reason=f"mean word probability {probability:.2f} is under "
                f"{policy.min_word_probability:.2f}: check the transcript",
            )
        )
    roles = transcript.roles
    if roles is not None and roles.confidence < policy.min_role_confidence:
        flags.append(
            Flag(
                code="uncertain_roles",
                severity=policy.role_confidence_severity,
                reason=f"agent/customer assignment confidence {roles.confidence:.2f} "
                f"({roles.method}): item decisions may be about the wrong speaker",
            )
        )
    return flags


def _redaction_flags(transcript: Transcript) -> list[Flag]:
    """A full card number spoken in the call (PCI DSS): the recording itself needs review."""
    if transcript.redaction is None:
        return []
    cards = [span for span in transcript.redaction.spans if span.type == "CARD"]
    if not cards:
        return []
    return [Flag(
        code="pci_exposure", severity="critical",
        reason=f"a full card number was spoken ({len(cards)} masked span(s)); check that the "
               "recording is handled under PCI DSS",
        start=cards[0].start, end=cards[-1].end,
    )]


@functools.cache
def _fallback_lexicon() -> CompiledChecklist:
    path = importlib.resources.files("speechqa") / "data" / "sentiment_fallback.yaml"
    return compile_checklist(load_checklist(str(path)))


def _label(positive: int, negative: int) -> SentimentLabel:
    if negative > positive and negative >= 2:
        return "negative"
    if positive > negative and positive >= 2:
        return "positive"
    return "neutral"


def fallback_sentiment(transcript: Transcript) -> SentimentSummary:
    """Customer sentiment from a small cue lexicon, for when no sentiment model ran.

    Clearly marked (``fallback=True``): it counts cue words and knows nothing of sarcasm.
    """
    compiled = _fallback_lexicon()
    call = build_call(transcript, compiled.vocabulary)
    ctx = Context(call, encoder=None, allow_semantic=False)
    customer = [unit for unit in call.units if unit.role == "customer"]
    marks: dict[str, set[int]] = {}
    for entry in compiled.items:
        marks[entry.item.id] = {hit.unit.order for hit in entry.node.evaluate(ctx, customer).hits}

    def label(units: Sequence) -> SentimentLabel:
        orders = {unit.order for unit in units}
        return _label(len(marks["positive"] & orders), len(marks["negative"] & orders))

    third = max(1, len(customer) // 3)
    negative_share = len(marks["negative"]) / len(customer) if customer else None
    return SentimentSummary(
        customer_sentiment=label(customer),
        customer_start=label(customer[:third]) if customer else None,
        customer_end=label(customer[-third:]) if customer else None,
        customer_negative_share=None if negative_share is None else round(negative_share, 3),
        model=FALLBACK_SENTIMENT_MODEL,
        fallback=True,
    )


@dataclass(frozen=True)
class Totals:
    """A scorecard's score from its item statuses; ``raw_percent`` is before any auto-fail."""

    score: float
    max_score: float
    percent: float
    raw_percent: float
    auto_failed: bool


def item_totals(items: Sequence[ItemResult]) -> Totals:
    """Score, maximum and percent over the applicable items; a failed critical item
    auto-fails the call (score 0). Shared by the scorer and by reviewers' final results."""
    applicable = [r for r in items if r.status not in ("not_applicable", "error")]
    max_score = sum(r.weight for r in applicable)
    earned = sum(r.earned for r in applicable)
    raw_percent = 100.0 * earned / max_score if max_score else 100.0
    auto_failed = any(r.critical and r.status == "failed" for r in items)
    return Totals(
        score=0.0 if auto_failed else round(earned, 3),
        max_score=round(max_score, 3),
        percent=0.0 if auto_failed else round(raw_percent, 2),
        raw_percent=raw_percent,
        auto_failed=auto_failed,
    )


def with_status(item: ItemResult, status: ItemStatus) -> ItemResult:
    """The item as a reviewer decided it: a pass earns its weight, anything else nothing."""
    return item.model_copy(
        update={"status": status, "earned": item.weight if status == "passed" else 0.0}
    )


def score_transcript(
    transcript: Transcript,
    checklist: Checklist,
    *,
    sentiment: SentimentSummary | None = None,
    extra_flags: Sequence[Flag] = (),
    encoder: SentenceEncoder | None = None,
    semantic: bool = True,
) -> Scorecard:
    """Score one call against one checklist.

    ``sentiment`` comes from the sentiment model (without it a lexicon fallback, marked
    ``fallback``); ``extra_flags`` are other stages' flags (e.g. an angry customer), merged in
    before deciding ``needs_review``. ``encoder`` serves semantic rules (default: the shared
    e5 encoder, loaded only if a semantic rule is reached); ``semantic=False`` skips them.
    """
    compiled = compile_checklist(checklist)
    call = build_call(transcript, compiled.vocabulary)
    ctx = Context(
        call, encoder=_encoder_getter(encoder) if semantic else None, allow_semantic=semantic
    )
    items, error_flags = _score_items(compiled, ctx)

    totals = item_totals(items)

    metrics = compute_metrics(transcript)
    policy = checklist.review
    flags = error_flags + _item_flags(items, checklist, totals.raw_percent, policy)
    flags += _checklist_flags(compiled, ctx)
    flags += _metric_flags(metrics, transcript, call, policy)
    flags += _redaction_flags(transcript)
    seen = {(f.code, f.start) for f in flags}
    for flag in extra_flags:
        if (flag.code, flag.start) not in seen:
            flags.append(flag)
            seen.add((flag.code, flag.start))
    flags = harmonise_anger_flags(flags, {f.code: f.severity for f in checklist.flags})

    threshold = SEVERITY_RANK[policy.trigger_severity]
    needs_review = any(SEVERITY_RANK[f.severity] >= threshold for f in flags)
    return Scorecard(
        call_id=transcript.call_id,
        checklist_id=checklist.id,
        checklist_version=checklist.version,
        language=transcript.language,
        items=items,
        score=totals.score,
        max_score=totals.max_score,
        percent=totals.percent,
        auto_failed=totals.auto_failed,
        sentiment=sentiment if sentiment is not None else fallback_sentiment(transcript),
        metrics=metrics,
        flags=flags,
        needs_review=needs_review,
        checklist_hash=checklist.content_hash,
        speechqa_version=__version__,
        models=_models(transcript, sentiment),
    )


def _models(transcript: Transcript, sentiment: SentimentSummary | None) -> dict[str, ModelInfo]:
    """Which models produced this score, so two scorecards can be told apart by more than
    the checklist version."""
    models = {
        "asr": transcript.asr_model,
        "diarization": transcript.diarization_model,
        "sentiment": sentiment.model if sentiment is not None else None,
    }
    return {stage: model for stage, model in models.items() if model is not None}
