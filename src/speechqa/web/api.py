"""JSON API under ``/api/v1``: the same domain calls, auth and roles as the pages.

Scripts authenticate with ``Authorization: Bearer <token>`` (``speechqa users token NAME``);
a browser session works too but then needs the ``X-CSRF-Token`` header on writes. Errors
answer ``{"detail": "..."}`` with 401, 403, 404, 409 (stale edit), 422 or 429.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.encoders import jsonable_encoder
from pydantic import BaseModel, Field

from speechqa.review import claims, service
from speechqa.review.accounts import User
from speechqa.review.service import QueueFilters
from speechqa.web.auth import current_user
from speechqa.web.filters import queue_filters
from speechqa.web.pages import audit_rows

ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "not signed in / bad token"},
    403: {"description": "the role or scope does not allow this"},
    404: {"description": "no such call (or not visible to you)"},
}
router = APIRouter(prefix="/api/v1", tags=["review"], responses=ERRORS)
CurrentUser = Annotated[User, Depends(current_user)]


class OverrideRequest(BaseModel):
    status: Literal["passed", "failed", "not_applicable"]
    comment: str = Field(min_length=1, description="why the machine's result is wrong")
    expected_version: int = Field(
        ge=0, description="the item's `version` you saw; a newer one answers 409"
    )


class ReviewStatusRequest(BaseModel):
    status: Literal["open", "in_review", "reviewed", "acknowledged", "disputed", "resolved"]
    comment: str = ""
    expected_version: int = Field(ge=0, description="the review's `version` you saw")


class CommentRequest(BaseModel):
    text: str = Field(min_length=1)


def _store(request: Request):
    return request.app.state.store


@router.get("/me", summary="The authenticated user")
def me(user: CurrentUser) -> dict[str, Any]:
    return jsonable_encoder(user)


@router.get("/queue", summary="Calls needing review, worst first")
def queue(
    request: Request, user: CurrentUser,
    filters: Annotated[QueueFilters, Depends(queue_filters)],
    page: Annotated[int, Query(ge=1)] = 1,
    per_page: Annotated[int, Query(ge=1, le=500)] = 50,
) -> dict[str, Any]:
    store = _store(request)
    return jsonable_encoder(claims.with_claims(
        store, service.queue(store, user, filters, page=page, per_page=per_page,
                             cache=request.app.state.queue_cache)))


@router.get("/filters", summary="Values the queue filters can take for this user")
def filters(request: Request, user: CurrentUser) -> dict[str, list[str]]:
    return service.filter_options(_store(request), user)


@router.get("/calls/{scorecard_id}", summary="Call detail: transcript, automatic and final "
            "item results, flags, review, comments, audit")
def call_detail(request: Request, user: CurrentUser, scorecard_id: int) -> dict[str, Any]:
    return jsonable_encoder(service.call_detail(_store(request), user, scorecard_id))


@router.post("/calls/{scorecard_id}/items/{item_id}/override",
             summary="Override an item's status (comment required)",
             responses={409: {"description": "stale edit: the item changed meanwhile"},
                        422: {"description": "invalid status or blank comment"}})
def override(
    request: Request, user: CurrentUser, scorecard_id: int, item_id: str, body: OverrideRequest,
) -> dict[str, Any]:
    return jsonable_encoder(service.override_item(
        _store(request), user, scorecard_id, item_id, body.status, body.comment,
        expected_version=body.expected_version,
    ))


@router.post("/calls/{scorecard_id}/review", summary="Move the review along its workflow",
             responses={409: {"description": "stale edit"},
                        422: {"description": "transition not allowed"}})
def review_status(
    request: Request, user: CurrentUser, scorecard_id: int, body: ReviewStatusRequest,
) -> dict[str, Any]:
    return jsonable_encoder(service.set_review_status(
        _store(request), user, scorecard_id, body.status, body.comment,
        expected_version=body.expected_version,
    ))


@router.post("/calls/{scorecard_id}/comments", summary="Add a general comment")
def comment(
    request: Request, user: CurrentUser, scorecard_id: int, body: CommentRequest,
) -> dict[str, Any]:
    return jsonable_encoder(service.add_comment(_store(request), user, scorecard_id, body.text))


@router.get("/audit", summary="The append-only audit log (newest first)")
def audit(
    request: Request, user: CurrentUser, scorecard_id: int | None = None,
    limit: Annotated[int, Query(ge=1, le=100_000)] = 500,
) -> list[dict[str, Any]]:
    return audit_rows(service.audit_log(_store(request), user, scorecard_id=scorecard_id,
                                        limit=limit))
