"""Queue filters from query parameters: one definition for the page and the JSON API."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Annotated

from fastapi import Query

from speechqa.review import InvalidInput
from speechqa.review.service import QueueFilters

FILTER_FIELDS = (
    "team", "queue", "agent_id", "date_from", "date_to", "flag_code", "failed_item",
    "language", "customer_sentiment", "checklist", "review_status", "sample_id", "q", "speaker",
)


def _blank_to_none(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _parse_when(value: str | None, name: str, *, end_of_day: bool) -> datetime | None:
    """An ISO date (the whole day) or date-time; naive values are taken as UTC."""
    value = _blank_to_none(value)
    if value is None:
        return None
    try:
        if len(value) == 10:
            day = date.fromisoformat(value)
            moment = datetime.combine(day, time.min, tzinfo=UTC)
            return moment + timedelta(days=1) - timedelta(microseconds=1) if end_of_day else moment
        moment = datetime.fromisoformat(value)
    except ValueError as error:
        raise InvalidInput(f"{name}: not an ISO date or date-time: {value!r}") from error
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def queue_filters(
    team: Annotated[str | None, Query(description="team (calls.team)")] = None,
    queue: Annotated[str | None, Query(description="telephony queue")] = None,
    agent_id: Annotated[str | None, Query(description="agent id")] = None,
    date_from: Annotated[str | None, Query(description="ISO date or date-time, inclusive")] = None,
    date_to: Annotated[str | None, Query(description="ISO date (whole day) or date-time")] = None,
    flag_code: Annotated[str | None, Query(description="calls with this flag")] = None,
    failed_item: Annotated[str | None, Query(description="item id whose final status is failed")]
    = None,
    language: Annotated[str | None, Query(description="call language code")] = None,
    customer_sentiment: Annotated[str | None, Query(description="negative|neutral|positive")]
    = None,
    checklist: Annotated[str | None, Query(description="checklist id or id@version")] = None,
    review_status: Annotated[str | None, Query(description="review status")] = None,
    include_reviewed: Annotated[bool, Query(description="also calls already reviewed")] = False,
    sample_id: Annotated[str | None, Query(description="only the calls of this review sample "
                                                       "(flagged or not)")] = None,
    q: Annotated[str | None, Query(max_length=200, description="words said in the call, any "
                                   "inflection (all required)")] = None,
    speaker: Annotated[str | None, Query(description="limit q to agent|customer speech")]
    = None,
) -> QueueFilters:
    """FastAPI dependency: the query string as ``QueueFilters`` (empty values mean "any")."""
    return QueueFilters(
        team=_blank_to_none(team), queue=_blank_to_none(queue),
        agent_id=_blank_to_none(agent_id),
        date_from=_parse_when(date_from, "date_from", end_of_day=False),
        date_to=_parse_when(date_to, "date_to", end_of_day=True),
        flag_code=_blank_to_none(flag_code), failed_item=_blank_to_none(failed_item),
        language=_blank_to_none(language),
        customer_sentiment=_blank_to_none(customer_sentiment),
        checklist=_blank_to_none(checklist), review_status=_blank_to_none(review_status),
        include_reviewed=include_reviewed, sample_id=_sample_id(sample_id),
        text=_blank_to_none(q), speaker=_blank_to_none(speaker),
    )


def _sample_id(value: str | None) -> int | None:
    value = _blank_to_none(value)
    if value is None:
        return None
    if not value.isdigit():
        raise InvalidInput(f"sample_id: not a sample number: {value!r}")
    return int(value)
