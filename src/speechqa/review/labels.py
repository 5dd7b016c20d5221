"""Reviews as labels: every finished review is a human judgement of each checklist item, so
the product can measure its own rules with them.

``export_labels`` writes reviewed calls as a corpus in the development format that
``speechqa eval`` reads (``calls.json`` plus one ``timing/<call>.json`` transcript each): an
item's label is true when its final status (the reviewer's override, else the machine's) is
``passed``, which is exactly how ``eval`` reads a scorecard's prediction. ``overturns``
counts, per checklist item and period, how often reviewers overturned the machine: the list
a QA analyst works through to fix rules.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from speechqa.review import Forbidden, InvalidInput
from speechqa.review.accounts import User
from speechqa.review.models import ReviewRow
from speechqa.review.service import FINISHED, _final_status, visible_calls
from speechqa.schema import Transcript
from speechqa.store import Call, ItemResultRow, ScorecardRow, Store, TranscriptRow

PERIODS = ("week", "month")
ANALYSTS = ("admin", "auditor", "supervisor")


def _reviewed_items(user: User | None) -> Any:
    """(scorecard id, call id, moment, item id, automatic, final) of finished reviews."""
    moment = func.coalesce(Call.started_at, Call.created_at)
    query = (
        select(ScorecardRow.id, Call.call_id, moment, ItemResultRow.item_id,
               ItemResultRow.status, _final_status())
        .join(Call, Call.id == ScorecardRow.call_pk)
        .join(ReviewRow, ReviewRow.scorecard_pk == ScorecardRow.id)
        .join(ItemResultRow, ItemResultRow.scorecard_pk == ScorecardRow.id)
        .where(ReviewRow.status.in_(FINISHED))
        .order_by(ScorecardRow.id, ItemResultRow.id)
    )
    return query if user is None else query.where(visible_calls(user))


def export_labels(store: Store, out: str | Path) -> int:
    """Write the reviewed calls as an ``eval`` corpus in ``out``; returns the number of calls.
    A call reviewed under several checklist versions keeps its latest reviewed scorecard."""
    out = Path(out)
    (out / "timing").mkdir(parents=True, exist_ok=True)
    labels: dict[int, dict[str, bool]] = defaultdict(dict)
    latest: dict[str, int] = {}
    with store.sessions() as session:
        for scorecard_id, call_id, _moment, item_id, _auto, final in session.execute(
            _reviewed_items(None)
        ):
            labels[scorecard_id][item_id] = final == "passed"
            latest[call_id] = max(latest.get(call_id, 0), scorecard_id)
        records = []
        for call_id, scorecard_id in sorted(latest.items()):
            card = session.get(ScorecardRow, scorecard_id)
            body = session.scalar(select(TranscriptRow.body).where(
                TranscriptRow.id == card.transcript_pk))
            transcript = Transcript.model_validate_json(body)
            name = _file_name(call_id, scorecard_id)
            timing = {"turns": [
                {"speaker": turn.role, "start": turn.start, "end": turn.end, "text": turn.text}
                for turn in transcript.turns
            ]}
            (out / "timing" / name).write_text(
                json.dumps(timing, ensure_ascii=False, indent=1), encoding="utf-8")
            records.append({
                "id": call_id,
                "language": transcript.language or card.language or "",
                "duration_s": transcript.duration or card.call.duration,
                "audio": {"timing": f"timing/{name}"},
                "labels": {**labels[scorecard_id], "needs_review": bool(card.needs_review)},
                "checklist": f"{card.checklist_id}@{card.checklist_version}",
            })
    (out / "calls.json").write_text(
        json.dumps(records, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(records)


def _file_name(call_id: str, scorecard_id: int) -> str:
    """A file name that a call id (which may hold any character) cannot escape from."""
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in call_id)[:80]
    return f"{scorecard_id}-{safe}.json"


@dataclass
class Overturns:
    """One checklist item in one period: reviewed items, how many the reviewer changed."""

    item_id: str
    period: str
    reviewed: int = 0
    overturned: int = 0
    # (scorecard id, call id, machine's status, final status) of each overturned item
    calls: list[tuple[int, str, str, str]] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.overturned / self.reviewed if self.reviewed else 0.0


def _period_of(moment: datetime, period: str) -> str:
    if period == "month":
        return f"{moment.year:04d}-{moment.month:02d}"
    year, week, _day = moment.isocalendar()
    return f"{year:04d}-W{week:02d}"


def overturns(
    store: Store, user: User, *, period: str = "week", date_from: datetime | None = None,
    date_to: datetime | None = None,
) -> list[Overturns]:
    """Per item and period (newest period first, then most overturned), how often reviewers
    overturned the machine on the finished reviews this user may see."""
    if user.disabled or user.role not in ANALYSTS:
        raise Forbidden(f"a {user.role} cannot see review statistics")
    if period not in PERIODS:
        raise InvalidInput(f"period must be one of {', '.join(PERIODS)}")
    query = _reviewed_items(user)
    moment = func.coalesce(Call.started_at, Call.created_at)
    if date_from is not None:
        query = query.where(moment >= date_from)
    if date_to is not None:
        query = query.where(moment < date_to)
    rows: dict[tuple[str, str], Overturns] = {}
    with store.sessions() as session:
        for scorecard_id, call_id, when, item_id, automatic, final in session.execute(query):
            key = (_period_of(when, period), item_id)
            entry = rows.setdefault(key, Overturns(item_id=item_id, period=key[0]))
            entry.reviewed += 1
            if final != automatic:
                entry.overturned += 1
                entry.calls.append((scorecard_id, call_id, automatic, final))
    return sorted(rows.values(), key=lambda r: (_desc(r.period), -r.overturned, r.item_id))


def _desc(text: str) -> tuple[int, ...]:
    return tuple(-ord(ch) for ch in text)
