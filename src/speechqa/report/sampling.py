"""Reproducible review samples: the supervisor's observation sheet, drawn by chance.

Per agent, ``per_agent`` calls of the period are drawn with a seeded generator; with
``flagged_share`` that share is drawn from the calls the machine flagged for review and the
rest from the others (topped up from the other stratum when one runs short). Candidates are
ordered by scorecard id before drawing, so the same seed on the same store gives the same
sample on SQLite and PostgreSQL alike. The draw, its seed and parameters are recorded in
the store, where the review queue can filter on it.
"""

from __future__ import annotations

import getpass
import random
import secrets
from collections import defaultdict
from dataclasses import asdict, dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from speechqa.report.models import ReviewSample, ReviewSampleCall
from speechqa.report.query import (
    ReportError,
    ReportParams,
    _resolve_checklist,
    _scope,
    calls,
    scorecards,
)
from speechqa.store import Store


@dataclass(frozen=True)
class SampledCall:
    scorecard_id: int
    call_pk: int
    call_id: str
    agent_id: str | None
    flagged: bool


@dataclass(frozen=True)
class Sample:
    id: int | None
    seed: int
    calls: list[SampledCall]
    agents: int


def draw_sample(
    store: Store, params: ReportParams, per_agent: int, *, seed: int | None = None,
    flagged_share: float | None = None,
) -> Sample:
    """Draw (without recording) a stratified random sample; see the module docstring."""
    if per_agent < 1:
        raise ReportError("--per-agent must be at least 1")
    if flagged_share is not None and not 0.0 <= flagged_share <= 1.0:
        raise ReportError("--flagged-share must be between 0 and 1")
    seed = secrets.randbelow(2**31) if seed is None else seed
    checklist_id, version = _resolve_checklist(store, params)
    scope = _scope(params, checklist_id, version, params.start, params.end,
                   store.engine.dialect.name)
    query = scope.base(
        scorecards.c.id, calls.c.id, calls.c.call_id, calls.c.agent_id,
        scorecards.c.needs_review,
    ).order_by(scorecards.c.id)
    by_agent: dict[str | None, list[SampledCall]] = defaultdict(list)
    with store.engine.connect() as connection:
        for sid, call_pk, call_id, agent, flagged in connection.execute(query):
            agent = agent or None
            by_agent[agent].append(SampledCall(sid, call_pk, call_id, agent, bool(flagged)))
    rng = random.Random(seed)
    drawn: list[SampledCall] = []
    for agent in sorted(by_agent, key=lambda a: (a is None, a or "")):
        drawn.extend(_draw(rng, by_agent[agent], per_agent, flagged_share))
    return Sample(None, seed, drawn, len(by_agent))


def _draw(rng: random.Random, candidates: list[SampledCall], size: int,
          flagged_share: float | None) -> list[SampledCall]:
    if len(candidates) <= size:
        return list(candidates)
    if flagged_share is None:
        return sorted(rng.sample(candidates, size), key=lambda c: c.scorecard_id)
    flagged = [c for c in candidates if c.flagged]
    other = [c for c in candidates if not c.flagged]
    want_flagged = min(len(flagged), round(size * flagged_share))
    want_other = min(len(other), size - want_flagged)
    want_flagged = min(len(flagged), size - want_other)  # top up from the flagged stratum
    chosen = rng.sample(flagged, want_flagged) + rng.sample(other, want_other)
    return sorted(chosen, key=lambda c: c.scorecard_id)


def record_sample(store: Store, sample: Sample, params: ReportParams, per_agent: int,
                  flagged_share: float | None, created_by: str | None = None) -> Sample:
    """Store the draw with what is needed to redraw it; returns it with its id."""
    settings = {
        key: (value.isoformat() if hasattr(value, "isoformat") else value)
        for key, value in asdict(params).items()
        if key in ("date_from", "date_to", "team", "agent", "queue", "checklist")
    }
    settings.update(per_agent=per_agent, flagged_share=flagged_share)
    with store.sessions.begin() as session:
        row = ReviewSample(
            created_at=datetime.now(UTC), created_by=created_by or _user(), seed=sample.seed,
            params=settings, call_count=len(sample.calls),
        )
        session.add(row)
        session.flush()
        session.add_all(
            ReviewSampleCall(
                sample_id=row.id, scorecard_pk=call.scorecard_id, call_pk=call.call_pk,
                agent_id=call.agent_id, stratum="flagged" if call.flagged else "unflagged",
                position=position,
            )
            for position, call in enumerate(sample.calls)
        )
        sample_id = row.id
    return Sample(sample_id, sample.seed, sample.calls, sample.agents)


def sample_scorecards(store: Store, sample_id: int) -> list[int]:
    """The scorecard ids of a recorded sample, in drawing order (for verify and the queue)."""
    with store.sessions() as session:
        if session.get(ReviewSample, sample_id) is None:
            raise ReportError(f"no review sample {sample_id} in {store.url}")
        return list(session.scalars(
            select(ReviewSampleCall.scorecard_pk)
            .where(ReviewSampleCall.sample_id == sample_id)
            .order_by(ReviewSampleCall.position)
        ))


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
