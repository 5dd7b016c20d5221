"""Calibration sessions in the web app and the API: create, score blind, see the agreement.

The rules (who may create, see, score; blindness) are in ``review.calibration``; the routes
only translate forms and JSON.
"""

from __future__ import annotations

import re
from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import RedirectResponse
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from speechqa.review import InvalidInput, accounts, calibration
from speechqa.review.accounts import User
from speechqa.review.service import REVIEWERS
from speechqa.web.auth import current_user
from speechqa.web.rendering import render

router = APIRouter(include_in_schema=False)
api_router = APIRouter(prefix="/api/v1", tags=["calibration"])
CurrentUser = Annotated[User, Depends(current_user)]


class SessionRequest(BaseModel):
    name: str = Field(min_length=1, max_length=calibration.MAX_NAME)
    scorecard_ids: list[int] = Field(min_length=1, max_length=calibration.MAX_CALLS)
    reviewers: list[str] = Field(min_length=2)


class ScoresRequest(BaseModel):
    statuses: dict[str, str] = Field(description="item id -> passed|failed|not_applicable")


def _store(request: Request):
    return request.app.state.store


def _ids(text: str) -> list[int]:
    values = [value for value in re.split(r"[\s,;]+", text) if value]
    if not all(value.isdigit() for value in values):
        raise InvalidInput("calls: give scorecard ids (numbers) separated by spaces or commas")
    return [int(value) for value in values]


def _candidates(request: Request) -> list[str]:
    return [user.name for user in accounts.list_users(_store(request))
            if user.role in REVIEWERS and not user.disabled]


@router.get("/calibration")
def sessions_page(request: Request, user: CurrentUser):
    return render(request, "calibration_list.html", {
        "sessions": calibration.list_sessions(_store(request), user),
        "candidates": _candidates(request) if user.role in REVIEWERS else [],
    })


@router.post("/calibration")
def create_session(
    request: Request, user: CurrentUser, name: Annotated[str, Form()],
    calls: Annotated[str, Form()], reviewers: Annotated[list[str], Form()],
):
    session_id = calibration.create_session(_store(request), user, name, _ids(calls), reviewers)
    return RedirectResponse(f"/calibration/{session_id}", status_code=303)


@router.get("/calibration/{session_id}")
def session_page(request: Request, user: CurrentUser, session_id: int):
    store = _store(request)
    view = calibration.get_session(store, user, session_id)
    results = (calibration.agreement(store, user, session_id)
               if calibration.may_see_results(view, user) else None)
    return render(request, "calibration_session.html", {"view": view, "results": results})


@router.get("/calibration/{session_id}/calls/{scorecard_id}")
def scoring_page(request: Request, user: CurrentUser, session_id: int, scorecard_id: int):
    scoring = calibration.scoring_view(_store(request), user, session_id, scorecard_id)
    return render(request, "calibration_call.html", {"scoring": scoring})


@router.post("/calibration/{session_id}/calls/{scorecard_id}")
async def submit_scores(request: Request, user: CurrentUser, session_id: int,
                        scorecard_id: int):
    form = await request.form()
    statuses = {key.removeprefix("item:"): str(value) for key, value in form.items()
                if key.startswith("item:")}
    await run_in_threadpool(calibration.submit, _store(request), user, session_id,
                            scorecard_id, statuses)
    return RedirectResponse(f"/calibration/{session_id}/calls/{scorecard_id}", status_code=303)


@api_router.post("/calibration", summary="Create a calibration session (N calls × M reviewers)")
def api_create(request: Request, user: CurrentUser, body: SessionRequest) -> dict[str, int]:
    return {"id": calibration.create_session(_store(request), user, body.name,
                                             body.scorecard_ids, body.reviewers)}


@api_router.get("/calibration/{session_id}",
                summary="The session, and its per-item agreement once you may see it")
def api_session(request: Request, user: CurrentUser, session_id: int) -> dict[str, Any]:
    store = _store(request)
    view = calibration.get_session(store, user, session_id)
    visible = calibration.may_see_results(view, user)
    return {
        "session": jsonable_encoder(view),
        "agreement": [asdict(row) for row in calibration.agreement(store, user, session_id)]
        if visible else None,
    }


@api_router.get("/calibration/{session_id}/calls/{scorecard_id}",
                summary="One call to score: items, and (after you submitted) the machine's "
                "and the other reviewers' statuses")
def api_scoring(request: Request, user: CurrentUser, session_id: int,
                scorecard_id: int) -> dict[str, Any]:
    scoring = calibration.scoring_view(_store(request), user, session_id, scorecard_id)
    return {"call_id": scoring.call_id, "submitted": scoring.submitted,
            "items": [asdict(item) for item in scoring.items]}


@api_router.post("/calibration/{session_id}/calls/{scorecard_id}",
                 summary="Submit your statuses for every item of the call (once)")
def api_submit(request: Request, user: CurrentUser, session_id: int, scorecard_id: int,
               body: ScoresRequest) -> dict[str, bool]:
    calibration.submit(_store(request), user, session_id, scorecard_id, body.statuses)
    return {"submitted": True}
