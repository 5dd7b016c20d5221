"""The review workflow over the store: queue, call detail, overrides, status, comments, audit.

The machine's scorecard is never rewritten. A reviewer's decision is a new row that points
at it (an item override, a review state change, a comment) and every one of them also
lands in the append-only audit log in the same transaction. "Final" results are the
machine's with the latest override of each item applied, scored by ``speechqa.scoring``.

Permissions are checked here, for every read and write, so no page or API route can skip
one: admin and auditor see every call, a supervisor the calls of their teams, an agent
only their own. Supervisors and admins change things; an agent may only acknowledge or
dispute their own reviewed call; an auditor changes nothing.

Stale edits: every item carries a version (its number of overrides) and every review a
version (its number of state changes). A write names the version the page showed; if the
database has moved on, the write is refused with ``StaleEdit`` carrying the newer state.
The database enforces it too (a unique (item, seq) index; a compare-and-set update), so two
simultaneous writers cannot both win.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    ColumnElement,
    and_,
    case,
    exists,
    false,
    func,
    or_,
    select,
    true,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, defer, joinedload, selectinload

from speechqa.audio import AUDIO_EXTENSIONS
from speechqa.report.models import ReviewSample, ReviewSampleCall
from speechqa.review import Forbidden, InvalidInput, NotFound, StaleEdit, search
from speechqa.review.accounts import User
from speechqa.review.models import AuditRow, CommentRow, ReviewRow
from speechqa.review.queue_cache import QueueCache
from speechqa.schema import Evidence, Flag, ItemResult, Scorecard, Transcript
from speechqa.scoring import item_totals, with_status
from speechqa.store import (
    Call,
    FlagRow,
    ItemOverride,
    ItemResultRow,
    ScorecardRow,
    Store,
    utcnow,
)

ITEM_STATUSES = ("passed", "failed", "not_applicable")
REVIEW_STATUSES = ("open", "in_review", "reviewed", "acknowledged", "disputed", "resolved")
# A call leaves the queue once reviewed; an agent's dispute brings it back.
FINISHED = ("reviewed", "acknowledged", "resolved")
# Items can be changed while the review is under way or disputed, not once it is closed.
EDITABLE = ("open", "in_review", "disputed")
REVIEWER_MOVES: dict[str, tuple[str, ...]] = {
    "open": ("in_review", "reviewed"),
    "in_review": ("open", "reviewed"),
    "reviewed": ("in_review",),
    "disputed": ("in_review", "resolved"),
}
AGENT_MOVES: dict[str, tuple[str, ...]] = {"reviewed": ("acknowledged", "disputed")}
REVIEWERS = ("admin", "supervisor")
MAX_COMMENT = 4000


# Views: what the web layer renders -------------------------------------------------------


@dataclass(frozen=True)
class QueueFilters:
    """Queue filters; None means any. ``date_from`` is inclusive, ``date_to`` exclusive,
    both on the call's start time (its storing time when the source gave none)."""

    team: str | None = None
    queue: str | None = None
    agent_id: str | None = None
    date_from: datetime | None = None
    date_to: datetime | None = None
    flag_code: str | None = None
    failed_item: str | None = None
    language: str | None = None
    customer_sentiment: str | None = None
    checklist: str | None = None
    review_status: str | None = None
    include_reviewed: bool = False
    sample_id: int | None = None  # the calls of one review sample (speechqa sample), flagged or not
    text: str | None = None  # words said in the call (``review.search``), all required
    speaker: str | None = None  # limit ``text`` to "agent" or "customer" speech


@dataclass(frozen=True)
class QueueRow:
    scorecard_id: int
    call_id: str
    agent_id: str | None
    team: str | None
    queue: str | None
    started_at: datetime | None
    duration: float
    language: str | None
    checklist_id: str
    checklist_version: str
    percent: float
    auto_failed: bool
    flags: list[tuple[str, str]]
    customer_sentiment: str
    review_status: str
    claimed_by: str | None = None


@dataclass(frozen=True)
class QueuePage:
    rows: list[QueueRow]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


@dataclass(frozen=True)
class OverrideView:
    seq: int | None
    reviewer: str
    created_at: datetime
    old_status: str
    new_status: str
    comment: str


@dataclass(frozen=True)
class ItemView:
    """One checklist item: the machine's decision, the final one and how it got there.

    ``version`` (the number of overrides so far) is the stamp a stale edit is caught by.
    """

    item_id: str
    title: str
    section: str | None
    critical: bool
    weight: float
    automatic_status: str
    final_status: str
    reason: str
    rule_ids: tuple[str, ...]
    evidence: list[Evidence]
    overrides: list[OverrideView]
    version: int


@dataclass(frozen=True)
class ReviewView:
    status: str
    version: int
    reviewer: str | None
    updated_at: datetime | None


@dataclass(frozen=True)
class CommentView:
    id: int
    author: str
    author_role: str
    created_at: datetime
    text: str


@dataclass(frozen=True)
class AuditEntry:
    id: int
    created_at: datetime
    actor: str
    actor_role: str
    action: str
    scorecard_id: int | None
    call_id: str | None
    target: str
    old: str | None
    new: str | None
    comment: str


@dataclass(frozen=True)
class CallView:
    """The call's metadata without its file path (the audio is served by id only)."""

    call_id: str
    agent_id: str | None
    team: str | None
    queue: str | None
    direction: str | None
    customer_id: str | None
    started_at: datetime | None
    created_at: datetime
    duration: float
    channels: int | None
    sample_rate: int | None
    format: str | None
    language: str | None
    metadata: dict[str, Any]
    checklist_id: str
    checklist_version: str
    checklist_hash: str | None
    asr_model: str | None
    models: dict[str, Any]
    speechqa_version: str | None


@dataclass(frozen=True)
class CallDetail:
    scorecard_id: int
    call: CallView
    transcript: Transcript
    scorecard: Scorecard
    items: list[ItemView]
    final_score: float
    final_max_score: float
    final_percent: float
    final_auto_failed: bool
    flags: list[Flag]
    review: ReviewView
    comments: list[CommentView]
    audit: list[AuditEntry]
    has_audio: bool
    # What this user may do here (the service checks again on every write).
    can_override: bool = False
    can_comment: bool = False
    next_statuses: tuple[str, ...] = field(default=())


# Permissions ------------------------------------------------------------------------------


def call_team(call: Call) -> str | None:
    """The team a call belongs to (the manifest's ``team``, a column since migration 0002)."""
    return call.team


def _team_column() -> Any:
    return Call.team


def _active(user: User) -> None:
    if user.disabled:
        raise Forbidden("this account is disabled")


def visible_calls(user: User) -> ColumnElement[bool]:
    """SQL condition on ``calls`` for the calls this user may see."""
    if user.role in ("admin", "auditor"):
        return true()
    if user.role == "supervisor":
        teams = list(user.teams)
        team = _team_column()
        return or_(team.in_(teams), and_(team.is_(None), Call.queue.in_(teams)))
    if user.role == "agent" and user.agent_id:
        return Call.agent_id == user.agent_id
    return false()


def can_see(user: User, call: Call) -> bool:
    if user.disabled:
        return False
    if user.role in ("admin", "auditor"):
        return True
    if user.role == "supervisor":
        team = call_team(call)
        return team in user.teams if team is not None else call.queue in user.teams
    return user.role == "agent" and user.agent_id is not None and call.agent_id == user.agent_id


def allowed_moves(user: User, status: str) -> tuple[str, ...]:
    """The review statuses this user may move a visible call to from ``status``."""
    if user.disabled:
        return ()
    if user.role in REVIEWERS:
        return REVIEWER_MOVES.get(status, ())
    if user.role == "agent":
        return AGENT_MOVES.get(status, ())
    return ()


def _scorecard(
    session: Session, user: User, scorecard_id: int, *loads: Any
) -> ScorecardRow:
    """The scorecard with its call (and ``loads``, eager-loading options for what the caller
    reads next), or NotFound / Forbidden (403 rather than pretend)."""
    _active(user)
    row = session.get(ScorecardRow, scorecard_id,
                      options=[joinedload(ScorecardRow.call), *loads])
    if row is None:
        raise NotFound(f"no call with scorecard {scorecard_id}")
    if not can_see(user, row.call):
        raise Forbidden("you may not see this call")
    return row


def _require_reviewer(user: User) -> None:
    if user.role not in REVIEWERS:
        raise Forbidden(f"a {user.role} cannot change reviews")


# Final results ----------------------------------------------------------------------------


def _latest_override() -> Any:
    return (
        select(ItemOverride.new_status)
        .where(ItemOverride.item_result_pk == ItemResultRow.id)
        .order_by(ItemOverride.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def _final_status() -> Any:
    """SQL: an item's final status, its latest override or else the machine's."""
    return func.coalesce(_latest_override(), ItemResultRow.status)


def _final_items(rows: list[ItemResultRow]) -> list[ItemResult]:
    items = []
    for row in rows:
        automatic = ItemResult(
            id=row.item_id, title=row.title, section=row.section, status=row.status,
            weight=row.weight, earned=row.earned, critical=row.critical, reason=row.reason,
        )
        latest = row.overrides[-1].new_status if row.overrides else None
        items.append(with_status(automatic, latest) if latest else automatic)
    return items


# The queue --------------------------------------------------------------------------------


def _review_status() -> Any:
    return func.coalesce(ReviewRow.status, "open")


def _filtered(user: User, filters: QueueFilters) -> Any:
    status = _review_status()
    moment = func.coalesce(Call.started_at, Call.created_at)
    query = (
        select(ScorecardRow.id)
        .join(Call, Call.id == ScorecardRow.call_pk)
        .outerjoin(ReviewRow, ReviewRow.scorecard_pk == ScorecardRow.id)
        .where(visible_calls(user))
    )
    if filters.sample_id is None:
        query = query.where(ScorecardRow.needs_review.is_(True))
    else:  # a sample is reviewed whole: the calls the machine did not flag too
        query = query.where(ScorecardRow.id.in_(
            select(ReviewSampleCall.scorecard_pk)
            .where(ReviewSampleCall.sample_id == filters.sample_id)
        ))
    if filters.review_status is not None:
        if filters.review_status not in REVIEW_STATUSES:
            raise InvalidInput(f"review status {filters.review_status!r} is unknown")
        query = query.where(status == filters.review_status)
    elif not filters.include_reviewed:
        query = query.where(status.not_in(FINISHED))
    equal = {
        _team_column(): filters.team, Call.queue: filters.queue,
        Call.agent_id: filters.agent_id, ScorecardRow.language: filters.language,
        ScorecardRow.customer_sentiment: filters.customer_sentiment,
    }
    for column, value in equal.items():
        if value is not None:
            query = query.where(column == value)
    if filters.date_from is not None:
        query = query.where(moment >= filters.date_from)
    if filters.date_to is not None:
        query = query.where(moment < filters.date_to)
    if filters.flag_code is not None:
        query = query.where(exists().where(
            FlagRow.scorecard_pk == ScorecardRow.id, FlagRow.code == filters.flag_code
        ))
    if filters.failed_item is not None:
        query = query.where(exists().where(
            ItemResultRow.scorecard_pk == ScorecardRow.id,
            ItemResultRow.item_id == filters.failed_item,
            _final_status() == "failed",
        ))
    if filters.text is not None:
        query = query.where(search.scorecard_condition(filters.text, filters.speaker))
    if filters.checklist is not None:
        checklist_id, at, version = filters.checklist.rpartition("@")
        if not at:
            checklist_id, version = version, ""
        query = query.where(ScorecardRow.checklist_id == checklist_id)
        if version:
            query = query.where(ScorecardRow.checklist_version == version)
    return query


def _flag_counts() -> Any:
    """Critical and warning flags per scorecard, counted in one pass over ``flags``."""

    def count(severity: str) -> Any:
        return func.sum(case((FlagRow.severity == severity, 1), else_=0)).label(severity)

    return (
        select(FlagRow.scorecard_pk, count("critical"), count("warning"))
        .group_by(FlagRow.scorecard_pk)
        .subquery()
    )


def _final_auto_failed() -> Any:
    """SQL: a critical item's final status is failed. Only the few scorecards with an
    override need their items looked at; the rest keep the machine's stored answer."""
    overridden = select(ItemResultRow.scorecard_pk).join(
        ItemOverride, ItemOverride.item_result_pk == ItemResultRow.id
    )
    recomputed = exists().where(
        ItemResultRow.scorecard_pk == ScorecardRow.id,
        ItemResultRow.critical.is_(True),
        _final_status() == "failed",
    )
    return case((ScorecardRow.id.in_(overridden), recomputed), else_=ScorecardRow.auto_failed)


def _queue_rows(session: Session, order: list[int]) -> list[QueueRow]:
    """The rows of these scorecards, in this order, with their final totals."""
    loaded = session.execute(
        select(ScorecardRow, Call, _review_status())
        .join(Call, Call.id == ScorecardRow.call_pk)
        .outerjoin(ReviewRow, ReviewRow.scorecard_pk == ScorecardRow.id)
        .where(ScorecardRow.id.in_(order))
        .options(defer(ScorecardRow.body), selectinload(ScorecardRow.flags))
    ).all()
    by_id = {scorecard.id: (scorecard, call, status) for scorecard, call, status in loaded}
    # Only an overridden scorecard's totals differ from the machine's stored ones: load
    # the items of those few instead of every row's (most of a page's loading time).
    items_of: dict[int, list[ItemResultRow]] = {}
    for item in session.scalars(
        select(ItemResultRow)
        .where(ItemResultRow.scorecard_pk.in_(
            select(ItemResultRow.scorecard_pk)
            .join(ItemOverride, ItemOverride.item_result_pk == ItemResultRow.id)
            .where(ItemResultRow.scorecard_pk.in_(order))))
        .order_by(ItemResultRow.id)
        .options(selectinload(ItemResultRow.overrides))
    ):
        items_of.setdefault(item.scorecard_pk, []).append(item)
    rows = []
    for scorecard, call, status in (by_id[scorecard_id] for scorecard_id in order):
        totals = (item_totals(_final_items(items_of[scorecard.id]))
                  if scorecard.id in items_of else scorecard)
        rows.append(QueueRow(
            scorecard_id=scorecard.id, call_id=call.call_id, agent_id=call.agent_id,
            team=call_team(call), queue=call.queue, started_at=call.started_at,
            duration=call.duration, language=scorecard.language,
            checklist_id=scorecard.checklist_id,
            checklist_version=scorecard.checklist_version, percent=totals.percent,
            auto_failed=totals.auto_failed,
            flags=[(flag.code, flag.severity) for flag in scorecard.flags],
            customer_sentiment=scorecard.customer_sentiment, review_status=status,
        ))
    return rows


def _ordered(ids: Any) -> Any:
    """The scorecard ids of ``ids``, worst first. Ordered and cut on ids alone: sorting whole
    rows (with their JSON bodies) costs several times more on a large queue."""
    flags = _flag_counts()
    return (
        select(ScorecardRow.id)
        .join(Call, Call.id == ScorecardRow.call_pk)
        .outerjoin(flags, flags.c.scorecard_pk == ScorecardRow.id)
        .where(ScorecardRow.id.in_(select(ids.c.id)))
        .order_by(
            func.coalesce(flags.c.critical, 0).desc(),
            case((_final_auto_failed(), 1), else_=0).desc(),
            func.coalesce(flags.c.warning, 0).desc(),
            func.coalesce(Call.started_at, Call.created_at).desc(),
            ScorecardRow.id.desc(),
        )
    )


def queue(
    store: Store, user: User, filters: QueueFilters | None = None, *, page: int = 1,
    per_page: int = 50, cache: QueueCache | None = None,
) -> QueuePage:
    """Calls needing review without a finished review, worst first: most critical flags,
    then (final) auto-fail, then most warnings, then newest. With ``cache`` the whole ordered
    id list, and the rows of each page shown, are kept until the data they depend on changes
    (``review.queue_cache``)."""
    _active(user)
    filters = filters or QueueFilters()
    if page < 1 or not 1 <= per_page <= 500:
        raise InvalidInput("page must be ≥ 1 and per_page between 1 and 500")
    with store.sessions() as session:
        if cache is None:
            ids = _filtered(user, filters).subquery()
            total = session.scalar(select(func.count()).select_from(ids)) or 0
            order = list(session.scalars(
                _ordered(ids).offset((page - 1) * per_page).limit(per_page)))
            rows = _queue_rows(session, order)
        else:
            # The query is built only when the cache cannot answer: building it (the search
            # condition lemmatises the words) costs about a millisecond.
            key = (user.role, user.teams, user.agent_id, filters)
            entry = cache.entry(session, key, lambda: list(session.scalars(
                _ordered(_filtered(user, filters).subquery()))))
            total = len(entry.ids)
            order = entry.ids[(page - 1) * per_page:page * per_page]
            rows = cache.page(entry, (page, per_page), lambda: _queue_rows(session, order))
    return QueuePage(rows=list(rows), total=total, page=page, per_page=per_page)


def filter_options(store: Store, user: User) -> dict[str, list[str]]:
    """Distinct values of each filter among the calls this user may see (for dropdowns)."""
    _active(user)

    sees_all = user.role in ("admin", "auditor")

    def distinct(column: Any, *joins: Any) -> list[str]:
        query = select(column).distinct().where(column.is_not(None))
        if not sees_all:  # otherwise each column's own table answers alone, much faster
            query = query.select_from(ScorecardRow).join(Call, Call.id == ScorecardRow.call_pk)
            for target, condition in joins:
                query = query.join(target, condition)
            query = query.where(visible_calls(user))
        with store.sessions() as session:
            return sorted(str(value) for value in session.scalars(query))

    return {
        "teams": distinct(_team_column()),
        "queues": distinct(Call.queue),
        "agents": distinct(Call.agent_id),
        "flag_codes": distinct(
            FlagRow.code, (FlagRow, FlagRow.scorecard_pk == ScorecardRow.id)
        ),
        "items": distinct(
            ItemResultRow.item_id, (ItemResultRow, ItemResultRow.scorecard_pk == ScorecardRow.id)
        ),
        "languages": distinct(ScorecardRow.language),
        "customer_sentiments": distinct(ScorecardRow.customer_sentiment),
        "checklists": distinct(ScorecardRow.checklist_id + "@" + ScorecardRow.checklist_version),
        "review_statuses": list(REVIEW_STATUSES),
        "samples": _recent_samples(store),
    }


def _recent_samples(store: Store, limit: int = 50) -> list[str]:
    """Ids of the newest review samples, newest first (the queue can show one sample)."""
    with store.sessions() as session:
        return [str(sample_id) for sample_id in session.scalars(
            select(ReviewSample.id).order_by(ReviewSample.id.desc()).limit(limit))]


# One call ---------------------------------------------------------------------------------


def _override_view(row: ItemOverride) -> OverrideView:
    return OverrideView(
        seq=row.seq, reviewer=row.reviewer, created_at=row.created_at,
        old_status=row.old_status, new_status=row.new_status, comment=row.comment,
    )


def _item_view(row: ItemResultRow, machine: ItemResult | None) -> ItemView:
    evidence = machine.evidence if machine is not None else [
        Evidence.model_validate(item) for item in row.evidence
    ]
    overrides = [_override_view(override) for override in row.overrides]
    return ItemView(
        item_id=row.item_id, title=row.title, section=row.section, critical=row.critical,
        weight=row.weight, automatic_status=row.status,
        final_status=overrides[-1].new_status if overrides else row.status,
        reason=row.reason,
        rule_ids=tuple(dict.fromkeys(item.rule_id for item in evidence)),
        evidence=list(evidence), overrides=overrides, version=len(overrides),
    )


def _review_view(row: ReviewRow | None) -> ReviewView:
    if row is None:
        return ReviewView(status="open", version=0, reviewer=None, updated_at=None)
    return ReviewView(
        status=row.status, version=row.version, reviewer=row.reviewer, updated_at=row.updated_at
    )


def _review_row(session: Session, scorecard_pk: int) -> ReviewRow | None:
    return session.scalar(select(ReviewRow).where(ReviewRow.scorecard_pk == scorecard_pk))


def _with_turn_sentiment(transcript: Transcript, scorecard: Scorecard) -> Transcript:
    """The transcript with each turn's sentiment from the scorecard (the scoring half owns
    it), so the call page shows the sentiment this scorecard was computed from."""
    scored = scorecard.sentiment.turns
    if len(scored) != len(transcript.turns):
        return transcript  # an older scorecard without per-turn sentiment
    turns = [
        turn.model_copy(update={"sentiment": sentiment}) if sentiment is not None else turn
        for turn, sentiment in zip(transcript.turns, scored, strict=True)
    ]
    return transcript.model_copy(update={"turns": turns})


def _audio_file(call: Call, transcript: Transcript) -> Path | None:
    """The recording reviewers may hear, if there is one and it is still on disk.

    A call redacted in text and audio plays only its redacted copy: the original still
    holds the spoken card number.
    """
    redaction = transcript.redaction
    if redaction is not None and redaction.mode == "text+audio":
        path = Path(redaction.audio_path) if redaction.audio_path else None
    else:
        path = Path(call.path)
        if path.suffix.lower() not in AUDIO_EXTENSIONS:
            return None  # scored from a transcript JSON: there is no audio
    return path if path is not None and path.is_file() else None


def _call_view(scorecard: ScorecardRow, call: Call, transcript: Transcript) -> CallView:
    model = transcript.asr_model
    return CallView(
        call_id=call.call_id, agent_id=call.agent_id, team=call_team(call), queue=call.queue,
        direction=call.direction, customer_id=call.customer_id, started_at=call.started_at,
        created_at=call.created_at, duration=call.duration, channels=call.channels,
        sample_rate=call.sample_rate, format=call.format, language=call.language,
        metadata=dict(call.extra or {}), checklist_id=scorecard.checklist_id,
        checklist_version=scorecard.checklist_version,
        checklist_hash=scorecard.checklist_hash,
        asr_model=(f"{model.name}@{model.version}" if model.version else model.name)
        if model else None,
        models=dict(scorecard.models or {}), speechqa_version=scorecard.speechqa_version,
    )


def call_detail(store: Store, user: User, scorecard_id: int) -> CallDetail:
    """Everything the call page shows, with the automatic and the final result side by side."""
    with store.sessions() as session:
        # Everything the page reads, in three queries instead of one per item and relation.
        row = _scorecard(
            session, user, scorecard_id,
            joinedload(ScorecardRow.call).joinedload(Call.transcript),
            selectinload(ScorecardRow.items).selectinload(ItemResultRow.overrides),
        )
        call = row.call
        if call.transcript is None:
            raise NotFound(f"call {call.call_id} has no stored transcript")
        scorecard = row.model()
        transcript = _with_turn_sentiment(call.transcript.model(), scorecard)
        machine = {item.id: item for item in scorecard.items}
        item_rows = list(row.items)
        items = [_item_view(item, machine.get(item.item_id)) for item in item_rows]
        totals = item_totals(_final_items(item_rows))
        review = _review_view(_review_row(session, row.id))
        comments = [
            CommentView(
                id=comment.id, author=comment.author, author_role=comment.author_role,
                created_at=comment.created_at, text=comment.body,
            )
            for comment in session.scalars(
                select(CommentRow)
                .where(CommentRow.scorecard_pk == row.id)
                .order_by(CommentRow.id)
            )
        ]
        view = _call_view(row, call, transcript)
        has_audio = _audio_file(call, transcript) is not None
        audit = _audit_entries(session, _audit_query().where(
            AuditRow.scorecard_pk == scorecard_id))
    reviewer = user.role in REVIEWERS
    return CallDetail(
        scorecard_id=scorecard_id, call=view, transcript=transcript, scorecard=scorecard,
        items=items, final_score=totals.score, final_max_score=totals.max_score,
        final_percent=totals.percent, final_auto_failed=totals.auto_failed,
        flags=list(scorecard.flags), review=review, comments=comments,
        audit=audit, has_audio=has_audio,
        can_override=reviewer and review.status in EDITABLE, can_comment=reviewer,
        next_statuses=allowed_moves(user, review.status),
    )


def audio_path(store: Store, user: User, scorecard_id: int) -> Path | None:
    """The call's recording (permission-checked), or None for transcript-only calls."""
    with store.sessions() as session:
        call = _scorecard(session, user, scorecard_id).call
        return _audio_file(call, call.transcript.model()) if call.transcript else None


# Writes -----------------------------------------------------------------------------------


def _comment_text(comment: str, what: str) -> str:
    text = comment.strip()
    if not text:
        raise InvalidInput(f"{what} needs a comment")
    if len(text) > MAX_COMMENT:
        raise InvalidInput(f"a comment has at most {MAX_COMMENT} characters")
    return text


def _audit(
    session: Session, user: User, action: str, scorecard_pk: int, target: str, *,
    old: str | None = None, new: str | None = None, comment: str = "",
) -> None:
    session.add(AuditRow(
        actor=user.name, actor_role=user.role, action=action, scorecard_pk=scorecard_pk,
        target=target, old_value=old, new_value=new, comment=comment,
    ))


def _item_row(session: Session, scorecard_pk: int, item_id: str) -> ItemResultRow:
    row = session.scalar(
        select(ItemResultRow)
        .where(ItemResultRow.scorecard_pk == scorecard_pk, ItemResultRow.item_id == item_id)
        .options(selectinload(ItemResultRow.overrides))
    )
    if row is None:
        raise NotFound(f"the scorecard has no item {item_id!r}")
    return row


def _current_item(store: Store, scorecard_pk: int, item_id: str) -> ItemView:
    with store.sessions() as session:
        return _item_view(_item_row(session, scorecard_pk, item_id), None)


def override_item(
    store: Store, user: User, scorecard_id: int, item_id: str, new_status: str, comment: str,
    *, expected_version: int,
) -> ItemView:
    """Set an item's final status (the machine's stays as it was), with a required comment.

    ``expected_version`` is the item's ``version`` the page showed; if someone overrode the
    item since, ``StaleEdit`` is raised with the item as it is now.
    """
    if new_status not in ITEM_STATUSES:
        raise InvalidInput(f"status {new_status!r} is not one of {', '.join(ITEM_STATUSES)}")
    text = _comment_text(comment, "an override")
    try:
        with store.sessions.begin() as session:
            row = _scorecard(session, user, scorecard_id)
            _require_reviewer(user)
            review = _review_view(_review_row(session, row.id))
            if review.status not in EDITABLE:
                raise InvalidInput(
                    f"the review is {review.status}: items can no longer be changed"
                )
            item = _item_row(session, row.id, item_id)
            current = _item_view(item, None)
            if current.version != expected_version:
                raise StaleEdit(_stale_item_message(current), current)
            if current.final_status == new_status:
                raise InvalidInput(f"item {item_id!r} is {new_status} already")
            session.add(ItemOverride(
                item_result_pk=item.id, seq=expected_version + 1, reviewer=user.name,
                old_status=current.final_status, new_status=new_status, comment=text,
            ))
            _audit(session, user, "item_override", row.id, f"item:{item_id}",
                   old=current.final_status, new=new_status, comment=text)
    except IntegrityError:
        # Another reviewer's override of this item committed between our read and write.
        current = _current_item(store, scorecard_id, item_id)
        raise StaleEdit(_stale_item_message(current), current) from None
    return _current_item(store, scorecard_id, item_id)


def _stale_item_message(current: ItemView) -> str:
    last = current.overrides[-1] if current.overrides else None
    who = f" by {last.reviewer}" if last else ""
    return (
        f"item {current.item_id!r} was changed{who} since this page was loaded "
        f"(now {current.final_status}); reload to see the change"
    )


def _stale_review(store: Store, scorecard_pk: int) -> StaleEdit:
    with store.sessions() as session:
        current = _review_view(_review_row(session, scorecard_pk))
    who = f" by {current.reviewer}" if current.reviewer else ""
    return StaleEdit(
        f"the review was changed{who} since this page was loaded (now {current.status}); "
        "reload to see the change",
        current,
    )


def set_review_status(
    store: Store, user: User, scorecard_id: int, new_status: str, comment: str = "", *,
    expected_version: int,
) -> ReviewView:
    """Move the review along open → in_review → reviewed → acknowledged | disputed → resolved.

    Supervisors and admins move it (and may reopen it while it is not closed); the agent
    of the call acknowledges or disputes a reviewed call, a dispute with a comment; a
    dispute puts the call back in the supervisors' queue.
    """
    if new_status not in REVIEW_STATUSES:
        raise InvalidInput(f"review status {new_status!r} is unknown")
    if new_status == "disputed":
        text = _comment_text(comment, "a dispute")
    else:
        text = _comment_text(comment, "a comment") if comment.strip() else ""
    now = utcnow()
    try:
        with store.sessions.begin() as session:
            row = _scorecard(session, user, scorecard_id)
            if user.role == "auditor":
                raise Forbidden("an auditor cannot change reviews")
            review = _review_row(session, row.id)
            current = _review_view(review)
            if current.version != expected_version:
                raise _stale_review(store, row.id)
            if new_status not in allowed_moves(user, current.status):
                if user.role == "agent" and new_status not in ("acknowledged", "disputed"):
                    raise Forbidden("an agent can only acknowledge or dispute a review")
                if user.role != "agent" and new_status in ("acknowledged", "disputed"):
                    raise Forbidden("only the call's agent acknowledges or disputes a review")
                raise InvalidInput(f"a {current.status} review cannot become {new_status}")
            reviewer = user.name if user.role in REVIEWERS else current.reviewer
            if review is None:
                session.add(ReviewRow(
                    scorecard_pk=row.id, status=new_status, version=1, reviewer=reviewer,
                    updated_at=now,
                ))
                session.flush()
            else:
                changed = session.execute(
                    update(ReviewRow)
                    .where(ReviewRow.id == review.id, ReviewRow.version == expected_version)
                    .values(status=new_status, version=expected_version + 1,
                            reviewer=reviewer, updated_at=now),
                    execution_options={"synchronize_session": False},
                ).rowcount
                if changed != 1:
                    raise _stale_review(store, row.id)
            _audit(session, user, "review_status", row.id, "review",
                   old=current.status, new=new_status, comment=text)
            if text:
                session.add(CommentRow(
                    scorecard_pk=row.id, author=user.name, author_role=user.role, body=text,
                ))
    except IntegrityError:
        raise _stale_review(store, scorecard_id) from None
    return ReviewView(status=new_status, version=expected_version + 1, reviewer=reviewer,
                      updated_at=now)


def add_comment(store: Store, user: User, scorecard_id: int, text: str) -> CommentView:
    """A general comment on the call by a supervisor or admin (kept, never edited)."""
    body = _comment_text(text, "a comment")
    with store.sessions.begin() as session:
        row = _scorecard(session, user, scorecard_id)
        _require_reviewer(user)
        comment = CommentRow(
            scorecard_pk=row.id, author=user.name, author_role=user.role, body=body,
        )
        session.add(comment)
        _audit(session, user, "comment", row.id, "call", new=body)
        session.flush()
        return CommentView(
            id=comment.id, author=comment.author, author_role=comment.author_role,
            created_at=comment.created_at, text=comment.body,
        )


# The audit log ----------------------------------------------------------------------------


def audit_log(
    store: Store, user: User, *, scorecard_id: int | None = None, limit: int = 500
) -> list[AuditEntry]:
    """Audit entries, newest first: one call's, or all this user may see.

    Admins and auditors see everything, account changes included; supervisors and agents
    see the entries of the calls they may see.
    """
    query = _audit_query(limit)
    with store.sessions() as session:
        if scorecard_id is not None:
            _scorecard(session, user, scorecard_id)
            query = query.where(AuditRow.scorecard_pk == scorecard_id)
        else:
            _active(user)
            if user.role not in ("admin", "auditor"):
                query = query.where(AuditRow.scorecard_pk.is_not(None), visible_calls(user))
        return _audit_entries(session, query)


def _audit_query(limit: int = 500) -> Any:
    return (
        select(AuditRow, Call.call_id)
        .outerjoin(ScorecardRow, ScorecardRow.id == AuditRow.scorecard_pk)
        .outerjoin(Call, Call.id == ScorecardRow.call_pk)
        .order_by(AuditRow.id.desc())
        .limit(limit)
    )


def _audit_entries(session: Session, query: Any) -> list[AuditEntry]:
    return [
        AuditEntry(
            id=row.id, created_at=row.created_at, actor=row.actor,
            actor_role=row.actor_role, action=row.action, scorecard_id=row.scorecard_pk,
            call_id=call_id, target=row.target, old=row.old_value, new=row.new_value,
            comment=row.comment,
        )
        for row, call_id in session.execute(query)
    ]
