"""The audit report's numbers, computed by the database.

Every figure is one SQL aggregate (GROUP BY in the database): a report over 100 000
scorecards reads back a few thousand grouped rows, never the calls themselves. Python only
turns the grouped counts into rates, intervals and kappas.

Which scorecards count: for every call whose start time (its arrival time when the manifest
gave none) falls in the period and that matches the filters, the newest scorecard of the
chosen checklist (or of the chosen version). Item statuses are *final* by default: a
reviewer's latest override replaces the machine's status; ``automatic=True`` shows the
machine's statuses instead.
"""

from __future__ import annotations

import json
import re
import uuid
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Literal

from sqlalchemy import (
    Column,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    and_,
    case,
    distinct,
    exists,
    func,
    literal,
    or_,
    select,
    text,
    type_coerce,
)
from sqlalchemy.orm import aliased
from sqlalchemy.sql import ColumnElement, Select

from speechqa.report.stats import Rate, cohen_kappa
from speechqa.review.models import ReviewRow
from speechqa.store import (
    Call,
    ChecklistVersion,
    FlagRow,
    ItemOverride,
    ItemResultRow,
    ScorecardRow,
    Store,
    TranscriptRow,
)

Dimension = Literal["agent", "team", "queue", "week", "month"]
DIMENSIONS: tuple[str, ...] = ("agent", "team", "queue", "week", "month")
STATUSES = ("passed", "failed", "not_applicable")

calls = Call.__table__
scorecards = ScorecardRow.__table__
items = ItemResultRow.__table__
overrides = ItemOverride.__table__
flags = FlagRow.__table__
reviews = ReviewRow.__table__
FINISHED_REVIEWS = ("reviewed", "acknowledged", "disputed", "resolved")
transcripts = TranscriptRow.__table__


class ReportError(ValueError):
    """The report cannot be built as asked (an empty period, an ambiguous checklist)."""


@dataclass(frozen=True)
class ReportParams:
    """What an auditor asks for: a period (both dates inclusive, UTC) and filters."""

    date_from: date
    date_to: date
    team: str | None = None
    agent: str | None = None
    queue: str | None = None
    checklist: str | None = None  # "id" or "id@version"; default: the only one in the period
    by: Dimension = "agent"
    automatic: bool = False
    max_misses: int | None = 1000  # None: every critical miss
    heatmap_agents: int = 40
    call_url: str | None = None  # e.g. "https://qa.example/calls/{scorecard_id}"

    def __post_init__(self) -> None:
        if self.date_to < self.date_from:
            raise ReportError(f"the period ends ({self.date_to}) before it starts "
                              f"({self.date_from})")
        if self.by not in DIMENSIONS:
            raise ReportError(f"--by must be one of {', '.join(DIMENSIONS)}, not {self.by!r}")

    @property
    def start(self) -> datetime:
        return datetime.combine(self.date_from, time(0), tzinfo=UTC)

    @property
    def end(self) -> datetime:
        """Exclusive end: midnight after ``date_to``."""
        return datetime.combine(self.date_to + timedelta(days=1), time(0), tzinfo=UTC)

    @property
    def previous(self) -> tuple[datetime, datetime]:
        """The period of equal length just before this one, for the summary's comparison."""
        length = self.end - self.start
        return self.start - length, self.start


@dataclass(frozen=True)
class Summary:
    calls: int
    audio_hours: float
    reviewed: Rate
    auto_failed: Rate
    needs_review: Rate
    mean_percent: float | None


@dataclass(frozen=True)
class ItemRate:
    """Adherence to one item in one group (``group`` None: overall) and checklist version."""

    version: str
    item_id: str
    title: str
    section: str | None
    critical: bool
    group: str | None
    rate: Rate
    order: int = 0


@dataclass(frozen=True)
class ScoreByGroup:
    group: str | None
    calls: int
    mean_percent: float | None
    auto_failed: Rate


@dataclass(frozen=True)
class Miss:
    scorecard_id: int
    call_id: str
    agent_id: str | None
    started_at: datetime | None
    item_id: str
    title: str
    reason: str
    evidence: list[dict[str, Any]]
    overridden: bool


@dataclass(frozen=True)
class FlagCount:
    code: str
    severity: str
    calls: int


@dataclass(frozen=True)
class Kpis:
    calls: int
    mean_handle_seconds: float | None
    agent_talk_share: float | None  # agent talk / (agent + customer talk)
    silence_share: float | None  # silence / call duration
    repeat_contact: Rate | None  # None when no counted call has a customer id


@dataclass(frozen=True)
class ReviewAgreement:
    """How far reviewers agreed with the machine on one item (``item_id`` None: all items)."""

    item_id: str | None
    title: str
    critical: bool
    overturned: Rate
    kappa: float | None


@dataclass(frozen=True)
class Provenance:
    checklist_id: str
    checklist_version: str
    checklist_hash: str | None
    speechqa_version: str | None
    models: dict[str, Any]
    asr_model: str | None
    scorecards: int


@dataclass
class Report:
    """Everything the renderers show; the same object feeds HTML, PDF, CSV and the web."""

    params: ReportParams
    checklist_id: str
    generated_at: datetime
    summary: Summary
    previous_summary: Summary
    versions: list[str]
    items: list[ItemRate]
    items_by_group: list[ItemRate]
    scores_by_group: list[ScoreByGroup]
    items_by_agent: list[ItemRate]  # every agent; the heatmap shows the worst of them
    item_trend: list[ItemRate]  # critical items by week
    score_trend: list[ScoreByGroup]  # by week
    misses: list[Miss]
    misses_total: int
    flags: list[FlagCount]
    sentiment: dict[str, int]
    sentiment_trend: dict[str, dict[str, int]]  # week -> label -> calls
    kpis: Kpis
    review: list[ReviewAgreement]
    provenance: list[Provenance]
    warnings: list[str] = field(default_factory=list)

    @property
    def mixed_versions(self) -> bool:
        return len(self.versions) > 1


# --- building blocks ---------------------------------------------------------------------


def call_time() -> ColumnElement:
    """When a call happened: its start time, else when the store first saw it."""
    return func.coalesce(calls.c.started_at, calls.c.created_at)


_LATEST = overrides.alias("latest_override")
_NEWER = overrides.alias("newer_override")


def _latest_override_of_item() -> ColumnElement:
    """Join condition: an item's newest override (the table is append-only: highest id).

    Written as "no newer override exists" rather than ``id IN (SELECT max(id) ...)``: both
    databases answer it with two index lookups per item, where SQLite re-evaluated the
    grouped IN list for every row (45 s on 100 000 calls).
    """
    return and_(
        _LATEST.c.item_result_pk == items.c.id,
        ~exists().where(
            _NEWER.c.item_result_pk == _LATEST.c.item_result_pk, _NEWER.c.id > _LATEST.c.id
        ),
    )


def _overridden_scorecards() -> Select:
    """Scorecards with at least one item override."""
    # Driven from the (small) overrides table: the planner must not scan every item result.
    return select(items.c.scorecard_pk).where(
        items.c.id.in_(select(overrides.c.item_result_pk))
    )


def reviewed_scorecards():
    """Scorecards a person has reviewed: the one place that decides what "reviewed" means.

    A review taken through the workflow to "reviewed" or beyond counts, and so does any
    item a reviewer overrode (an override is a person's decision even if the review was
    never closed).
    """
    finished = select(reviews.c.scorecard_pk).where(reviews.c.status.in_(FINISHED_REVIEWS))
    return finished.union(_overridden_scorecards())


def _period_start(expression: ColumnElement, unit: str, dialect: str) -> ColumnElement:
    """The first day (``YYYY-MM-DD``) of the week (Monday) or month of a timestamp, in UTC."""
    if dialect == "sqlite":
        if unit == "week":
            return func.date(expression, "weekday 0", "-6 days")
        return func.strftime("%Y-%m-01", expression)
    utc = func.timezone("UTC", expression)
    return func.to_char(func.date_trunc(unit, utc), "YYYY-MM-DD")


def _dimension(by: str, dialect: str) -> ColumnElement:
    if by in ("week", "month"):
        return _period_start(call_time(), by, dialect)
    column = {"agent": calls.c.agent_id, "team": calls.c.team, "queue": calls.c.queue}[by]
    return func.nullif(column, "")


def _split_checklist(value: str) -> tuple[str, str | None]:
    checklist_id, _, version = value.partition("@")
    return checklist_id, version or None


@dataclass(frozen=True)
class _Scope:
    """The scorecards one report counts, as SQL, and the expressions its queries share."""

    counted: Any  # subquery: sid
    final_status: ColumnElement
    final_auto_failed: ColumnElement
    final_percent: ColumnElement
    dialect: str
    materialized: bool = False  # counted is the facts table, which has the final values

    def base(self, *columns: ColumnElement) -> Select:
        """Counted scorecards joined with their calls (and, before the scope is
        materialised, the recomputed scores of overridden scorecards)."""
        query = (
            select(*columns)
            .select_from(self.counted)
            .join(scorecards, scorecards.c.id == self.counted.c.sid)
            .join(calls, calls.c.id == scorecards.c.call_pk)
        )
        if self.materialized:
            return query
        return query.outerjoin(
            self.final_scores, self.final_scores.c.scorecard_pk == scorecards.c.id
        )

    def with_items(self, *columns: ColumnElement) -> Select:
        return (
            self.base(*columns)
            .join(items, items.c.scorecard_pk == scorecards.c.id)
            .outerjoin(_LATEST, _latest_override_of_item())
        )

    @property
    def final_scores(self):
        return _FINAL_SCORES


def _final_scores_subquery():
    """Per overridden scorecard: the score recomputed from final statuses.

    The same rules as ``speechqa.scoring``: not-applicable items leave the maximum, a failed
    critical item fails the call (score 0), no applicable item means 100 %.
    """
    final = func.coalesce(_LATEST.c.new_status, items.c.status)
    return (
        select(
            items.c.scorecard_pk,
            func.sum(case((and_(items.c.critical, final == "failed"), 1), else_=0)).label(
                "critical_failed"
            ),
            func.sum(case((final != "not_applicable", items.c.weight), else_=0.0)).label(
                "max_score"
            ),
            func.sum(case((final == "passed", items.c.weight), else_=0.0)).label("earned"),
        )
        .select_from(items)
        .outerjoin(_LATEST, _latest_override_of_item())
        .where(items.c.scorecard_pk.in_(_overridden_scorecards()))
        .group_by(items.c.scorecard_pk)
        .subquery("final_scores")
    )


_FINAL_SCORES = _final_scores_subquery()


def _scope(
    params: ReportParams, checklist_id: str, version: str | None, start: datetime,
    end: datetime, dialect: str,
) -> _Scope:
    counted = (
        select(func.max(scorecards.c.id).label("sid"))
        .join(calls, calls.c.id == scorecards.c.call_pk)
        .where(
            scorecards.c.checklist_id == checklist_id,
            call_time() >= start,
            call_time() < end,
            *_filters(params),
        )
        .group_by(scorecards.c.call_pk)
    )
    if version is not None:
        counted = counted.where(scorecards.c.checklist_version == version)
    counted = counted.subquery("counted")
    fs = _FINAL_SCORES
    if params.automatic:
        final_status: ColumnElement = items.c.status
        auto_failed: ColumnElement = scorecards.c.auto_failed
        percent: ColumnElement = scorecards.c.percent
    else:
        final_status = func.coalesce(_LATEST.c.new_status, items.c.status)
        auto_failed = case(
            (fs.c.scorecard_pk.is_(None), scorecards.c.auto_failed),
            else_=fs.c.critical_failed > 0,
        )
        percent = case(
            (fs.c.scorecard_pk.is_(None), scorecards.c.percent),
            (fs.c.critical_failed > 0, 0.0),
            (fs.c.max_score <= 0, 100.0),
            else_=100.0 * fs.c.earned / fs.c.max_score,
        )
    return _Scope(counted, final_status, auto_failed, percent, dialect)


def _filters(params: ReportParams) -> list[ColumnElement]:
    conditions = []
    for value, column in (
        (params.team, calls.c.team), (params.agent, calls.c.agent_id),
        (params.queue, calls.c.queue),
    ):
        if value is None:
            continue
        # "unknown" selects the calls without the value: they are a bucket, not lost.
        conditions.append(
            or_(column.is_(None), column == "") if value == UNKNOWN else column == value
        )
    return conditions


UNKNOWN = "unknown"


def _count_true(condition: ColumnElement) -> ColumnElement:
    return func.sum(case((condition, 1), else_=0))


# --- queries -------------------------------------------------------------------------------


def _resolve_checklist(
    store: Store, params: ReportParams
) -> tuple[str, str | None]:
    if params.checklist:
        return _split_checklist(params.checklist)
    query = (
        select(scorecards.c.checklist_id)
        .join(calls, calls.c.id == scorecards.c.call_pk)
        .where(call_time() >= params.start, call_time() < params.end, *_filters(params))
        .distinct()
    )
    with store.engine.connect() as connection:
        found = sorted(connection.scalars(query))
    if len(found) > 1:
        raise ReportError(
            f"the period has scorecards of several checklists ({', '.join(found)}): "
            "choose one with --checklist ID[@VERSION]"
        )
    if not found:
        raise ReportError(_empty_message(params))
    return found[0], None


def _empty_message(params: ReportParams) -> str:
    filters = ", ".join(
        f"{name} {value}" for name, value in (
            ("team", params.team), ("agent", params.agent), ("queue", params.queue),
            ("checklist", params.checklist),
        ) if value
    )
    return (
        f"no scored calls between {params.date_from} and {params.date_to}"
        + (f" for {filters}" if filters else "")
    )


def _summary(connection, facts: Table) -> Summary:
    c = facts.c
    row = connection.execute(select(
        func.count(), func.coalesce(func.sum(c.duration), 0.0), func.sum(c.reviewed),
        func.sum(c.auto_failed), func.sum(c.needs_review), func.avg(c.percent),
    )).one()
    total = int(row[0])
    return Summary(
        calls=total,
        audio_hours=float(row[1]) / 3600.0,
        reviewed=Rate(int(row[2] or 0), total),
        auto_failed=Rate(int(row[3] or 0), total),
        needs_review=Rate(int(row[4] or 0), total),
        mean_percent=None if row[5] is None else float(row[5]),
    )


def _item_counts(connection, scope: _Scope, facts: Table, with_extra: bool) -> list[tuple]:
    """Passed and judged counts per (version, item, agent, week[, report dimension]).

    One scan of the item results serves the overall table, the breakdown, the heatmap and
    the trend: Python then only adds up these grouped rows (items × agents × weeks).
    """
    status = scope.final_status
    keys = [facts.c.version, items.c.item_id, facts.c.agent, facts.c.week]
    if with_extra:
        keys.append(facts.c.grp)
    query = (
        select(
            *keys, func.max(items.c.title), func.max(items.c.section),
            func.max(case((items.c.critical, 1), else_=0)),
            _count_true(status == "passed"), _count_true(status.in_(("passed", "failed"))),
            func.min(items.c.id),
        )
        .select_from(facts)
        .join(items, items.c.scorecard_pk == facts.c.sid)
        .outerjoin(_LATEST, _latest_override_of_item())
        .group_by(*keys)
    )
    return connection.execute(query).all()


def _roll_up(rows: list[tuple], key: int | None, with_extra: bool) -> list[ItemRate]:
    """Sum grouped counts over every key but version, item and column ``key``."""
    offset = 5 if with_extra else 4
    totals: dict[tuple, list] = {}
    for row in rows:
        group = row[key] if key is not None else None
        entry = totals.setdefault((row[0], row[1], group), [
            row[offset], row[offset + 1], bool(row[offset + 2]), 0, 0, row[offset + 5]])
        entry[3] += int(row[offset + 3] or 0)
        entry[4] += int(row[offset + 4] or 0)
        entry[5] = min(entry[5], row[offset + 5])
    return [
        ItemRate(version=version, item_id=item_id, title=title, section=section,
                 critical=critical, group=group, rate=Rate(passed, judged), order=int(order))
        for (version, item_id, group), (title, section, critical, passed, judged, order)
        in totals.items()
    ]


def _scores_by(connection, facts: Table, group: ColumnElement) -> list[ScoreByGroup]:
    rows = connection.execute(
        select(group, func.count(), func.avg(facts.c.percent), func.sum(facts.c.auto_failed))
        .group_by(group)
    ).all()
    return [
        ScoreByGroup(row[0], int(row[1]), None if row[2] is None else float(row[2]),
                     Rate(int(row[3] or 0), int(row[1])))
        for row in rows
    ]


def _misses(connection, scope: _Scope, limit: int | None) -> list[Miss]:
    missed = and_(items.c.critical, scope.final_status == "failed")
    query = (
        scope.with_items(
            scorecards.c.id, calls.c.call_id, calls.c.agent_id, call_time(), items.c.item_id,
            items.c.title, items.c.reason, items.c.evidence,
            _LATEST.c.new_status.is_not(None),
        )
        .where(missed)
        .order_by(call_time(), scorecards.c.id, items.c.id)
    )
    if limit is not None:
        query = query.limit(limit)
    misses = [
        Miss(
            scorecard_id=row[0], call_id=row[1], agent_id=row[2] or None,
            started_at=row[3], item_id=row[4], title=row[5], reason=row[6],
            evidence=list(row[7] or []), overridden=bool(row[8]),
        )
        for row in connection.execute(query)
    ]
    return misses


def _flag_counts(connection, scope: _Scope) -> list[FlagCount]:
    query = (
        select(flags.c.code, func.max(flags.c.severity), func.count(distinct(flags.c.scorecard_pk)))
        .select_from(scope.counted)
        .join(flags, flags.c.scorecard_pk == scope.counted.c.sid)
        .group_by(flags.c.code)
    )
    rows = connection.execute(query).all()
    order = {"critical": 0, "warning": 1, "info": 2}
    counts = [FlagCount(row[0], row[1], int(row[2])) for row in rows]
    return sorted(counts, key=lambda flag: (order.get(flag.severity, 3), -flag.calls, flag.code))


def _sentiment(connection, facts: Table) -> tuple[dict[str, int], dict[str, dict[str, int]]]:
    rows = connection.execute(
        select(facts.c.week, facts.c.sentiment, func.count())
        .group_by(facts.c.week, facts.c.sentiment)
    ).all()
    overall: dict[str, int] = defaultdict(int)
    trend: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for week_start, label, count in rows:
        overall[label] += int(count)
        trend[week_start][label] += int(count)
    return dict(overall), {week: dict(labels) for week, labels in sorted(trend.items())}


def _kpis(connection, scope: _Scope) -> Kpis:
    row = connection.execute(
        scope.base(
            func.count(), func.avg(calls.c.duration), func.sum(scorecards.c.agent_talk_s),
            func.sum(scorecards.c.customer_talk_s), func.sum(scorecards.c.silence_s),
            func.sum(calls.c.duration),
        )
    ).one()
    total, mean_duration, agent, customer, silent, duration = row
    later = aliased(Call.__table__, name="later")
    if scope.dialect == "sqlite":
        within = func.datetime(later.c.started_at) <= func.datetime(
            calls.c.started_at, "+7 days"
        )
    else:
        within = later.c.started_at <= calls.c.started_at + literal(timedelta(days=7))
    repeat = exists(
        select(literal(1)).where(
            later.c.customer_id == calls.c.customer_id,
            later.c.started_at > calls.c.started_at,
            within,
            later.c.id != calls.c.id,
        )
    )
    has_customer = and_(
        calls.c.customer_id.is_not(None), calls.c.customer_id != "",
        calls.c.started_at.is_not(None),
    )
    known, repeated = connection.execute(
        scope.base(func.count(), _count_true(repeat)).where(has_customer)
    ).one()
    talk = (agent or 0.0) + (customer or 0.0)
    return Kpis(
        calls=int(total),
        mean_handle_seconds=None if mean_duration is None else float(mean_duration),
        agent_talk_share=(agent or 0.0) / talk if talk else None,
        silence_share=float(silent) / float(duration) if silent is not None and duration
        else None,
        repeat_contact=Rate(int(repeated or 0), int(known)) if known else None,
    )


def _review(connection, scope: _Scope) -> list[ReviewAgreement]:
    """Per item, automatic vs final statuses over the items of reviewed scorecards.

    Always the reviewers' final statuses, also when the report shows automatic ones: this
    section measures the machine against the people.
    """
    final = func.coalesce(_LATEST.c.new_status, items.c.status)
    rows = connection.execute(
        scope.with_items(
            items.c.item_id, func.max(items.c.title), func.max(case((items.c.critical, 1),
                                                                      else_=0)),
            items.c.status, final.label("final"), func.count(), func.min(items.c.id),
        )
        .where(scorecards.c.id.in_(reviewed_scorecards()))
        .group_by(items.c.item_id, items.c.status, final)
    ).all()
    pairs: dict[str | None, dict[tuple[str, str], int]] = defaultdict(lambda: defaultdict(int))
    meta: dict[str, tuple[str, bool, int]] = {}
    for item_id, title, critical, automatic, final, count, order in rows:
        pairs[item_id][(automatic, final)] += int(count)
        pairs[None][(automatic, final)] += int(count)
        previous = meta.get(item_id)
        meta[item_id] = (title, bool(critical), min(order, previous[2] if previous else order))
    if not rows:
        return []
    result = []
    ordered = sorted(meta, key=lambda item: (not meta[item][1], meta[item][2]))
    for item_id in [*ordered, None]:
        counts = pairs[item_id]
        total = sum(counts.values())
        changed = sum(count for (a, b), count in counts.items() if a != b)
        title, critical, _ = meta[item_id] if item_id is not None else ("", False, 0)
        result.append(ReviewAgreement(item_id, title, critical, Rate(changed, total),
                                      cohen_kappa(counts)))
    return result


def _provenance(connection, scope: _Scope) -> list[Provenance]:
    """Who made the counted scorecards; the transcript's ASR name only where the scorecard
    has no model identities (stores written before they were recorded)."""
    models_text = type_coerce(scorecards.c.models, String)
    keys = [scorecards.c.checklist_id, scorecards.c.checklist_version,
            scorecards.c.checklist_hash, scorecards.c.speechqa_version, models_text]
    rows = [
        (*row[:5], None, row[5])
        for row in connection.execute(
            select(*keys, func.count())
            .select_from(scope.counted)
            .join(scorecards, scorecards.c.id == scope.counted.c.sid)
            .where(scorecards.c.models.is_not(None)).group_by(*keys)
        )
    ]
    rows += connection.execute(
        scope.base(*keys, transcripts.c.asr_model, func.count())
        .join(transcripts, transcripts.c.id == scorecards.c.transcript_pk)
        .where(scorecards.c.models.is_(None))
        .group_by(*keys, transcripts.c.asr_model)
    ).all()
    stored = {
        (row.checklist_id, row.version): row.content_hash
        for row in connection.execute(
            select(ChecklistVersion.checklist_id, ChecklistVersion.version,
                   ChecklistVersion.content_hash)
        )
    }
    result = []
    for checklist_id, version, content_hash, speechqa_version, models, asr, count in rows:
        parsed = models if isinstance(models, dict) else json.loads(models) if models else {}
        result.append(Provenance(
            checklist_id=checklist_id, checklist_version=version,
            checklist_hash=content_hash or stored.get((checklist_id, version)),
            speechqa_version=speechqa_version, models=parsed or {}, asr_model=asr,
            scorecards=int(count),
        ))
    return sorted(result, key=lambda p: (p.checklist_version, -p.scorecards))


def _version_key(version: str) -> tuple:
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"[.\-]", version))


def _ordered(rates: list[ItemRate]) -> list[ItemRate]:
    """Critical items first, then checklist order; groups by name, "unknown" last."""
    return sorted(
        rates,
        key=lambda r: (_safe_version(r.version), not r.critical, r.order, r.group is None,
                       r.group or ""),
    )


def _safe_version(version: str) -> tuple:
    try:
        return (0, _version_key(version))
    except TypeError:
        return (1, version)


def build_report(store: Store, params: ReportParams) -> Report:
    """All numbers of the audit report for one period; raises ReportError when empty."""
    checklist_id, version = _resolve_checklist(store, params)
    dialect = store.engine.dialect.name
    scope = _scope(params, checklist_id, version, params.start, params.end, dialect)
    previous_start, previous_end = params.previous
    previous = _scope(params, checklist_id, version, previous_start, previous_end, dialect)
    with_extra = params.by not in ("agent", "week")
    with store.engine.connect() as connection:
        if dialect == "postgresql":
            # Compiling these one-off aggregates to machine code costs more than it saves.
            connection.execute(text("SET LOCAL jit = off"))
        facts = _materialized(connection, scope, params.by)
        scope = replace(scope, counted=facts, materialized=True)
        summary = _summary(connection, facts)
        if summary.calls == 0:
            raise ReportError(_empty_message(params))
        previous_summary = _summary(connection, _materialized(connection, previous, params.by))
        counts = _item_counts(connection, scope, facts, with_extra)
        scores_by_group = sorted(
            _scores_by(connection, facts, facts.c.grp),
            key=lambda s: (s.group is None, s.group or ""),
        )
        score_trend = sorted(_scores_by(connection, facts, facts.c.week),
                             key=lambda s: s.group or "")
        misses = _misses(connection, scope, params.max_misses)
        flag_counts = _flag_counts(connection, scope)
        sentiment, sentiment_trend = _sentiment(connection, facts)
        kpis = _kpis(connection, scope)
        review = _review(connection, scope)
        provenance = _provenance(connection, scope)
        connection.rollback()  # drops the temporary tables with the transaction
    item_rates = _ordered(_roll_up(counts, None, with_extra))
    by_agent = _ordered(_roll_up(counts, 2, with_extra))
    by_week = _roll_up(counts, 3, with_extra)
    by_group = {"agent": by_agent, "week": _ordered(by_week)}.get(params.by) or _ordered(
        _roll_up(counts, 4, with_extra)
    )
    trend = [rate for rate in by_week if rate.critical]
    misses_total = sum(r.rate.denominator - r.rate.numerator for r in item_rates if r.critical)
    versions = sorted({rate.version for rate in item_rates}, key=_safe_version)
    report = Report(
        params=params, checklist_id=checklist_id, generated_at=datetime.now(UTC),
        summary=summary, previous_summary=previous_summary, versions=versions,
        items=item_rates, items_by_group=by_group, scores_by_group=scores_by_group,
        items_by_agent=by_agent,
        item_trend=sorted(trend, key=lambda r: (r.order, r.group or "")),
        score_trend=score_trend, misses=misses, misses_total=misses_total, flags=flag_counts,
        sentiment=sentiment, sentiment_trend=sentiment_trend, kpis=kpis, review=review,
        provenance=provenance,
    )
    if report.mixed_versions:
        report.warnings.append("mixed_versions")
    return report


def _materialized(connection, scope: _Scope, by: str) -> Table:
    """One row per counted scorecard with its final values, in a temporary table.

    Every section works on the same scorecards; selecting them once (newest scorecard per
    call in the period), with their final score, auto-fail, agent, week and report group
    computed once per call instead of once per item row or per query, is most of what makes
    a report over 100 000 calls take seconds. The table lives in this transaction only.
    """
    table = Table(
        f"report_scope_{uuid.uuid4().hex[:12]}", MetaData(),
        Column("sid", Integer, primary_key=True), Column("version", String(64)),
        Column("agent", Text), Column("week", String(10)), Column("grp", Text),
        Column("duration", Float), Column("needs_review", Integer),
        Column("auto_failed", Integer), Column("percent", Float), Column("sentiment", String(16)),
        Column("reviewed", Integer), prefixes=["TEMPORARY"],
        **({"postgresql_on_commit": "DROP"} if scope.dialect == "postgresql" else {}),
    )
    table.create(connection)
    source = scope.base(
        scorecards.c.id, scorecards.c.checklist_version, _dimension("agent", scope.dialect),
        _dimension("week", scope.dialect), _dimension(by, scope.dialect), calls.c.duration,
        case((scorecards.c.needs_review, 1), else_=0),
        case((scope.final_auto_failed, 1), else_=0), scope.final_percent,
        scorecards.c.customer_sentiment,
        case((scorecards.c.id.in_(reviewed_scorecards()), 1), else_=0),
    )
    connection.execute(table.insert().from_select([c.name for c in table.c], source))
    if scope.dialect == "postgresql":
        connection.execute(text(f"ANALYZE {table.name}"))
    return table


def worst_agents(rates: list[ItemRate], limit: int) -> tuple[list[str | None], int]:
    """The heatmap's rows: at most ``limit`` agents, lowest adherence first; and how many."""
    passed: dict[str | None, int] = defaultdict(int)
    judged: dict[str | None, int] = defaultdict(int)
    for rate in rates:
        passed[rate.group] += rate.rate.numerator
        judged[rate.group] += rate.rate.denominator
    agents = sorted(
        passed, key=lambda a: (passed[a] / judged[a] if judged[a] else 1.0, a or "")
    )
    return agents[:limit], len(agents)
