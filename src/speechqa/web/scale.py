"""Review at scale: transcript-search hits, review claims and the overturn statistics, as pages
and in the API.

The queue's ``q``/``speaker`` filters go through ``review.service.queue`` like every other
filter; this module adds what the call page needs on top (the hits of the query that led
here, the claim opening the page takes) and the routes to release a claim.
"""

from __future__ import annotations

import threading
import time
from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import RedirectResponse

from speechqa.review import Forbidden, InvalidInput, claims, labels, search, service
from speechqa.review.accounts import User
from speechqa.review.service import CallDetail
from speechqa.web.auth import current_user
from speechqa.web.filters import _parse_when
from speechqa.web.i18n import N_
from speechqa.web.rendering import render

router = APIRouter(include_in_schema=False)
api_router = APIRouter(prefix="/api/v1", tags=["review"])
CurrentUser = Annotated[User, Depends(current_user)]
PERIOD_LABELS = {"week": N_("by week"), "month": N_("by month")}


def _store(request: Request):
    return request.app.state.store


def _ttl(request: Request) -> int:
    return request.app.state.settings.claim_ttl_s


class OptionsCache:
    """The queue's filter dropdowns per scope, kept for a minute: their DISTINCT scans cost
    more than the queue itself on a large store, and a new value may appear a minute late."""

    def __init__(self, ttl_s: float = 60.0) -> None:
        self.ttl_s = ttl_s
        self._values: dict[tuple, tuple[float, dict[str, list[str]]]] = {}
        self._lock = threading.Lock()

    def get(self, store: Any, user: User) -> dict[str, list[str]]:
        key = (user.role, user.teams, user.agent_id, user.disabled)
        now = time.monotonic()
        with self._lock:
            cached = self._values.get(key)
        if cached is not None and cached[0] > now:
            return cached[1]
        options = service.filter_options(store, user)
        with self._lock:
            self._values[key] = (now + self.ttl_s, options)
        return options


def filter_options(request: Request, user: User) -> dict[str, list[str]]:
    """``service.filter_options`` through the app's cache."""
    return request.app.state.options_cache.get(_store(request), user)


def call_page_extras(
    request: Request, user: User, detail: CallDetail, q: str | None, speaker: str | None,
) -> dict[str, Any]:
    """Template values for the call page: the claim (taken by a reviewer opening the page)
    and the query's hits, with the (turn, word) pairs to highlight."""
    claim = claims.claim(_store(request), user, detail.scorecard_id, ttl_s=_ttl(request))
    q = (q or "").strip()
    hits: list[search.Hit] = []
    if q:
        try:
            hits = search.hits(detail.transcript, q, speaker or None)
        except InvalidInput:
            hits = []
    return {
        "claim": claim, "q": q, "hits": hits,
        "hit_words": {(hit.turn_index, hit.word_index) for hit in hits},
        "hit_turns": {hit.turn_index for hit in hits},
    }


@router.post("/calls/{scorecard_id}/claim/release")
def release_claim(request: Request, user: CurrentUser, scorecard_id: int):
    claims.release(_store(request), user, scorecard_id)
    return RedirectResponse("/queue", status_code=303)


@api_router.get("/calls/{scorecard_id}/claim", summary="Who holds the call now (null: nobody)")
def get_claim(request: Request, user: CurrentUser, scorecard_id: int) -> dict[str, Any] | None:
    service.call_detail(_store(request), user, scorecard_id)  # visibility check
    found = claims.current(_store(request), [scorecard_id]).get(scorecard_id)
    return jsonable_encoder(found)


@api_router.post("/calls/{scorecard_id}/claim",
                 summary="Claim the call for review (or renew your claim); answers the claim "
                 "in force, which is someone else's when they hold it")
def take_claim(request: Request, user: CurrentUser, scorecard_id: int) -> dict[str, Any] | None:
    if user.role not in service.REVIEWERS:
        raise Forbidden(f"a {user.role} cannot claim calls")
    return jsonable_encoder(claims.claim(_store(request), user, scorecard_id,
                                         ttl_s=_ttl(request)))


@api_router.delete("/calls/{scorecard_id}/claim",
                   summary="Release a claim (its holder, or an admin)")
def drop_claim(request: Request, user: CurrentUser, scorecard_id: int) -> dict[str, bool]:
    claims.release(_store(request), user, scorecard_id)
    return {"released": True}


@api_router.get("/calls/{scorecard_id}/hits",
                summary="Where the words of a search occur in the call (seconds to seek to)")
def call_hits(
    request: Request, user: CurrentUser, scorecard_id: int,
    q: Annotated[str, Query(min_length=1, max_length=200)],
    speaker: Annotated[str | None, Query(description="agent|customer")] = None,
) -> list[dict[str, Any]]:
    detail = service.call_detail(_store(request), user, scorecard_id)
    return [asdict(hit) for hit in search.hits(detail.transcript, q, speaker or None)]


def _overturns(request: Request, user: User, period: str, date_from: str | None,
               date_to: str | None) -> list[labels.Overturns]:
    return labels.overturns(
        _store(request), user, period=period,
        date_from=_parse_when(date_from, "date_from", end_of_day=False),
        date_to=_parse_when(date_to, "date_to", end_of_day=True),
    )


@router.get("/overturns")
def overturns_page(
    request: Request, user: CurrentUser, period: str = "week", date_from: str | None = None,
    date_to: str | None = None,
):
    rows = _overturns(request, user, period, date_from, date_to)
    return render(request, "overturns.html", {
        "rows": rows, "period": period, "periods": PERIOD_LABELS,
        "date_from": date_from or "", "date_to": date_to or "",
    })


@api_router.get("/overturns", summary="Per checklist item and period: finished reviews and how "
                "often the reviewer overturned the machine, with the calls")
def overturns_api(
    request: Request, user: CurrentUser,
    period: Annotated[str, Query(pattern="^(week|month)$")] = "week",
    date_from: str | None = None, date_to: str | None = None,
) -> list[dict[str, Any]]:
    return [
        {"item_id": row.item_id, "period": row.period, "reviewed": row.reviewed,
         "overturned": row.overturned, "rate": round(row.rate, 4),
         "calls": [{"scorecard_id": sid, "call_id": call_id, "automatic": auto, "final": final}
                   for sid, call_id, auto, final in row.calls]}
        for row in _overturns(request, user, period, date_from, date_to)
    ]
