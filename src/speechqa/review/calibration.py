"""Calibration sessions: several reviewers score the same calls blind, and the session shows
how far they agree, with each other and with the machine.

Reviewers must agree for the QA scores to be fair (they feed pay). A supervisor or admin
creates a session of N calls and M reviewers (supervisors or admins). Each reviewer scores
every item of every call without seeing the machine's results or anyone else's scores; once
they have submitted a call they see the comparison for it, and once they have submitted all
the session's calls, its agreement figures. Per item: the share of calls on which all
reviewers gave the same status, Cohen's kappa (two reviewers) or Fleiss' kappa (more), and
the share of reviewer scores equal to the machine's.

Calibration scores live in their own tables: they never change a call's final result (no
item override, no review state) and no regular report or queue reads them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column

from speechqa.review import Forbidden, InvalidInput, NotFound
from speechqa.review.accounts import User
from speechqa.review.models import UserRow
from speechqa.review.service import ITEM_STATUSES, REVIEWERS, can_see
from speechqa.schema import Transcript
from speechqa.store import Base, Call, ItemResultRow, ScorecardRow, Store, TranscriptRow, utcnow

MAX_CALLS = 200
MAX_NAME = 200


class CalibrationSessionRow(Base):
    __tablename__ = "calibration_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CalibrationCallRow(Base):
    __tablename__ = "calibration_calls"
    __table_args__ = (UniqueConstraint("session_pk", "scorecard_pk"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_pk: Mapped[int] = mapped_column(ForeignKey("calibration_sessions.id"), index=True)
    scorecard_pk: Mapped[int] = mapped_column(ForeignKey("scorecards.id"))


class CalibrationReviewerRow(Base):
    __tablename__ = "calibration_reviewers"
    __table_args__ = (UniqueConstraint("session_pk", "user_pk"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_pk: Mapped[int] = mapped_column(ForeignKey("calibration_sessions.id"), index=True)
    user_pk: Mapped[int] = mapped_column(ForeignKey("users.id"))
    user_name: Mapped[str] = mapped_column(String(64))


class CalibrationScoreRow(Base):
    """One reviewer's status for one item of one call in one session (written once)."""

    __tablename__ = "calibration_scores"
    __table_args__ = (UniqueConstraint("session_pk", "scorecard_pk", "user_pk", "item_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_pk: Mapped[int] = mapped_column(ForeignKey("calibration_sessions.id"), index=True)
    scorecard_pk: Mapped[int] = mapped_column(ForeignKey("scorecards.id"))
    user_pk: Mapped[int] = mapped_column(ForeignKey("users.id"))
    item_id: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


# Views -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionCall:
    scorecard_id: int
    call_id: str
    submitted_by: tuple[str, ...]


@dataclass(frozen=True)
class SessionView:
    id: int
    name: str
    created_by: str
    created_at: datetime
    reviewers: tuple[str, ...]
    calls: list[SessionCall]

    def done_by(self, name: str) -> bool:
        return all(name in call.submitted_by for call in self.calls)


@dataclass(frozen=True)
class ItemAgreement:
    item_id: str
    title: str
    calls: int  # calls every reviewer has scored
    percent_all_agree: float | None
    kappa: float | None  # Cohen's (2 reviewers) or Fleiss' (more); None when undefined
    kappa_kind: str
    percent_with_machine: float | None


@dataclass(frozen=True)
class ScoringItem:
    item_id: str
    title: str
    section: str | None
    critical: bool
    mine: str | None
    machine: str | None  # None while the reviewer has not submitted (blind)
    others: dict[str, str]  # reviewer -> status, empty while blind


@dataclass(frozen=True)
class ScoringView:
    session: SessionView
    scorecard_id: int
    call_id: str
    transcript: Transcript
    items: list[ScoringItem]
    submitted: bool


# Creating and reading ---------------------------------------------------------------------


def _require_creator(user: User) -> None:
    if user.disabled or user.role not in REVIEWERS:
        raise Forbidden("only a supervisor or an admin runs calibration sessions")


def create_session(
    store: Store, user: User, name: str, scorecard_ids: Sequence[int],
    reviewers: Sequence[str],
) -> int:
    """A new session over calls the creator may see, scored by ≥ 2 supervisors/admins."""
    _require_creator(user)
    name = name.strip()
    if not name or len(name) > MAX_NAME:
        raise InvalidInput(f"the session needs a name of 1-{MAX_NAME} characters")
    ids = list(dict.fromkeys(scorecard_ids))
    if not ids or len(ids) > MAX_CALLS:
        raise InvalidInput(f"a session takes 1-{MAX_CALLS} calls")
    names = list(dict.fromkeys(reviewer.strip() for reviewer in reviewers if reviewer.strip()))
    if len(names) < 2:
        raise InvalidInput("a session needs at least two reviewers")
    with store.sessions.begin() as session:
        users = {row.name: row for row in session.scalars(
            select(UserRow).where(UserRow.name.in_(names)))}
        for reviewer in names:
            row = users.get(reviewer)
            if row is None or row.disabled or row.role not in REVIEWERS:
                raise InvalidInput(f"{reviewer!r} is not an active supervisor or admin")
        for scorecard_id in ids:
            card = session.get(ScorecardRow, scorecard_id)
            if card is None:
                raise InvalidInput(f"no call with scorecard {scorecard_id}")
            if not can_see(user, card.call):
                raise Forbidden(f"you may not see the call of scorecard {scorecard_id}")
        row = CalibrationSessionRow(name=name, created_by=user.name)
        session.add(row)
        session.flush()
        session.add_all(CalibrationCallRow(session_pk=row.id, scorecard_pk=scorecard_id)
                        for scorecard_id in ids)
        session.add_all(CalibrationReviewerRow(session_pk=row.id, user_pk=users[n].id,
                                               user_name=n) for n in names)
        return row.id


def _may_open(user: User, row: CalibrationSessionRow, reviewers: Sequence[str]) -> bool:
    return not user.disabled and (
        user.role in ("admin", "auditor") or user.name == row.created_by or user.name in reviewers
    )


def _session_view(session: Session, user: User, session_id: int) -> SessionView:
    row = session.get(CalibrationSessionRow, session_id)
    if row is None:
        raise NotFound(f"no calibration session {session_id}")
    reviewers = tuple(session.scalars(
        select(CalibrationReviewerRow.user_name).where(CalibrationReviewerRow.session_pk == row.id)
        .order_by(CalibrationReviewerRow.id)))
    if not _may_open(user, row, reviewers):
        raise Forbidden("you are not part of this calibration session")
    submitted: dict[int, set[str]] = {}
    for scorecard_pk, reviewer in session.execute(
        select(CalibrationScoreRow.scorecard_pk, UserRow.name).distinct()
        .join(UserRow, UserRow.id == CalibrationScoreRow.user_pk)
        .where(CalibrationScoreRow.session_pk == row.id)
    ):
        submitted.setdefault(scorecard_pk, set()).add(reviewer)
    calls = [
        SessionCall(scorecard_pk, call_id, tuple(sorted(submitted.get(scorecard_pk, ()))))
        for scorecard_pk, call_id in session.execute(
            select(CalibrationCallRow.scorecard_pk, Call.call_id)
            .join(ScorecardRow, ScorecardRow.id == CalibrationCallRow.scorecard_pk)
            .join(Call, Call.id == ScorecardRow.call_pk)
            .where(CalibrationCallRow.session_pk == row.id).order_by(CalibrationCallRow.id))
    ]
    return SessionView(row.id, row.name, row.created_by, row.created_at, reviewers, calls)


def get_session(store: Store, user: User, session_id: int) -> SessionView:
    with store.sessions() as session:
        return _session_view(session, user, session_id)


def list_sessions(store: Store, user: User) -> list[SessionView]:
    """The sessions this user created, scores in, or (admin, auditor) all of them."""
    with store.sessions() as session:
        ids = session.scalars(select(CalibrationSessionRow.id)
                              .order_by(CalibrationSessionRow.id.desc())).all()
        views = []
        for session_id in ids:
            try:
                views.append(_session_view(session, user, session_id))
            except Forbidden:
                continue
        return views


def may_see_results(view: SessionView, user: User) -> bool:
    """Blindness: a reviewer sees the agreement only after scoring every call."""
    if user.name in view.reviewers:
        return view.done_by(user.name)
    return True


# Scoring -----------------------------------------------------------------------------------


def _items(session: Session, scorecard_id: int) -> list[ItemResultRow]:
    return list(session.scalars(select(ItemResultRow).where(
        ItemResultRow.scorecard_pk == scorecard_id).order_by(ItemResultRow.id)))


def _scores(session: Session, session_id: int, scorecard_id: int | None = None) -> list:
    query = (select(CalibrationScoreRow.scorecard_pk, UserRow.name, CalibrationScoreRow.item_id,
                    CalibrationScoreRow.status)
             .join(UserRow, UserRow.id == CalibrationScoreRow.user_pk)
             .where(CalibrationScoreRow.session_pk == session_id))
    if scorecard_id is not None:
        query = query.where(CalibrationScoreRow.scorecard_pk == scorecard_id)
    return list(session.execute(query))


def _call_of(view: SessionView, scorecard_id: int) -> SessionCall:
    call = next((c for c in view.calls if c.scorecard_id == scorecard_id), None)
    if call is None:
        raise NotFound(f"scorecard {scorecard_id} is not in this session")
    return call


def scoring_view(store: Store, user: User, session_id: int, scorecard_id: int) -> ScoringView:
    """One call of the session as this user may see it: blind until they submitted it."""
    with store.sessions() as session:
        view = _session_view(session, user, session_id)
        call = _call_of(view, scorecard_id)
        reviewer = user.name in view.reviewers
        submitted = user.name in call.submitted_by
        blind = reviewer and not submitted
        scores: dict[str, dict[str, str]] = {}
        for _sid, name, item_id, status in _scores(session, session_id, scorecard_id):
            scores.setdefault(item_id, {})[name] = status
        card = session.get(ScorecardRow, scorecard_id)
        body = session.scalar(select(TranscriptRow.body).where(
            TranscriptRow.id == card.transcript_pk))
        items = [
            ScoringItem(
                item_id=row.item_id, title=row.title, section=row.section,
                critical=row.critical, mine=scores.get(row.item_id, {}).get(user.name),
                machine=None if blind else row.status,
                others={} if blind else {name: status for name, status in
                                         scores.get(row.item_id, {}).items()
                                         if name != user.name},
            )
            for row in _items(session, scorecard_id)
        ]
        return ScoringView(view, scorecard_id, call.call_id,
                           Transcript.model_validate_json(body), items, submitted)


def submit(
    store: Store, user: User, session_id: int, scorecard_id: int, statuses: dict[str, str],
) -> None:
    """A reviewer's statuses for every item of one call, once (a second submit is refused)."""
    with store.sessions.begin() as session:
        view = _session_view(session, user, session_id)
        if user.name not in view.reviewers:
            raise Forbidden("only the session's reviewers score its calls")
        call = _call_of(view, scorecard_id)
        if user.name in call.submitted_by:
            raise InvalidInput("you have already scored this call in this session")
        expected = [row.item_id for row in _items(session, scorecard_id)]
        missing = [item for item in expected if statuses.get(item) not in ITEM_STATUSES]
        if missing:
            raise InvalidInput(f"choose passed, failed or not applicable for: "
                               f"{', '.join(missing)}")
        extra = sorted(set(statuses) - set(expected))
        if extra:
            raise InvalidInput(f"not items of this call: {', '.join(extra)}")
        session.add_all(CalibrationScoreRow(
            session_pk=session_id, scorecard_pk=scorecard_id, user_pk=user.id, item_id=item,
            status=statuses[item]) for item in expected)
        try:
            session.flush()
        except IntegrityError as error:  # the same reviewer submitting twice at once
            raise InvalidInput("you have already scored this call in this session") from error


# Agreement ---------------------------------------------------------------------------------


def cohen_kappa(pairs: Sequence[tuple[str, str]]) -> float | None:
    """Cohen's kappa of two raters over the same subjects; None when chance agreement is 1."""
    if not pairs:
        return None
    n = len(pairs)
    observed = sum(1 for a, b in pairs if a == b) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(first[k] * second[k] for k in first) / (n * n)
    return None if expected >= 1 else (observed - expected) / (1 - expected)


def fleiss_kappa(ratings: Sequence[Sequence[str]]) -> float | None:
    """Fleiss' kappa: each subject rated by the same number (≥ 2) of raters."""
    if not ratings:
        return None
    raters = len(ratings[0])
    if raters < 2 or any(len(row) != raters for row in ratings):
        raise ValueError("every subject needs the same number (≥ 2) of ratings")
    subjects = len(ratings)
    totals: Counter[str] = Counter()
    agreement = 0.0
    for row in ratings:
        counts = Counter(row)
        totals.update(counts)
        agreement += (sum(c * c for c in counts.values()) - raters) / (raters * (raters - 1))
    observed = agreement / subjects
    expected = sum((count / (subjects * raters)) ** 2 for count in totals.values())
    return None if expected >= 1 else (observed - expected) / (1 - expected)


def agreement(store: Store, user: User, session_id: int) -> list[ItemAgreement]:
    """Per item of the session's calls: reviewers' agreement and agreement with the machine,
    over the calls every reviewer has scored. Blind reviewers get Forbidden."""
    with store.sessions() as session:
        view = _session_view(session, user, session_id)
        if not may_see_results(view, user):
            raise Forbidden("score every call of the session first")
        by_item: dict[str, dict[int, dict[str, str]]] = {}
        for scorecard_pk, name, item_id, status in _scores(session, session_id):
            by_item.setdefault(item_id, {}).setdefault(scorecard_pk, {})[name] = status
        machine: dict[tuple[int, str], str] = {}
        titles: dict[str, str] = {}
        for call in view.calls:
            for row in _items(session, call.scorecard_id):
                machine[(call.scorecard_id, row.item_id)] = row.status
                titles.setdefault(row.item_id, row.title)
    reviewers = view.reviewers
    results = []
    for item_id, title in titles.items():
        complete = [(sid, scores) for sid, scores in by_item.get(item_id, {}).items()
                    if all(name in scores for name in reviewers)]
        rows = [[scores[name] for name in reviewers] for _sid, scores in complete]
        with_machine = [status == machine[(sid, item_id)]
                        for sid, scores in complete for status in scores.values()]
        if len(reviewers) == 2:
            kappa, kind = cohen_kappa([(a, b) for a, b in rows]), "cohen"
        else:
            kappa, kind = fleiss_kappa(rows), "fleiss"
        results.append(ItemAgreement(
            item_id=item_id, title=title, calls=len(rows),
            percent_all_agree=(100 * sum(1 for row in rows if len(set(row)) == 1) / len(rows)
                               if rows else None),
            kappa=kappa if rows else None, kappa_kind=kind,
            percent_with_machine=(100 * sum(with_machine) / len(with_machine)
                                  if with_machine else None),
        ))
    return results

