"""HTML pages: login, queue, call page with its htmx partials, audit log, users admin.

Every route asks ``review.service`` (which checks the role and scope itself) or checks the
admin role here before touching ``review.accounts``; a button the role may not use is not
drawn, but the server refuses the request anyway (403). Forms work without JavaScript
(POST, then a redirect back); with htmx they swap just the part of the page that changed.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, is_dataclass, replace
from typing import Annotated
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse, RedirectResponse, Response

from speechqa.formats import csv_cell
from speechqa.review import (
    Forbidden,
    InvalidInput,
    InvalidLogin,
    LoginLocked,
    StaleEdit,
    accounts,
    claims,
    service,
)
from speechqa.review.accounts import User
from speechqa.review.service import QueueFilters
from speechqa.web import media, scale
from speechqa.web.auth import LOGIN_COOKIE, SESSION_COOKIE, current_user, resolve
from speechqa.web.filters import FILTER_FIELDS, queue_filters
from speechqa.web.i18n import LANGUAGES, N_
from speechqa.web.rendering import ERROR_TITLES, formatter_for, render
from speechqa.web.titles import item_titles

router = APIRouter(include_in_schema=False)
CurrentUser = Annotated[User, Depends(current_user)]
PER_PAGE = 25
ACTION_LABELS = {
    "open": N_("Reopen"), "in_review": N_("Start review"), "reviewed": N_("Mark reviewed"),
    "acknowledged": N_("Acknowledge"), "disputed": N_("Dispute"), "resolved": N_("Resolve"),
}


def _store(request: Request):
    return request.app.state.store


def _is_htmx(request: Request) -> bool:
    return request.headers.get("hx-request") == "true"


def login_url(target: str) -> str:
    return f"/login?next={quote(target, safe='')}"


def _safe_next(target: str | None) -> str:
    """Only a path on this site: never an open redirect to another host."""
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return "/queue"


# Sign-in -----------------------------------------------------------------------------------


@router.get("/")
def home() -> RedirectResponse:
    return RedirectResponse("/queue", status_code=303)


@router.get("/login")
def login_form(request: Request, next: str | None = None):
    if resolve(request) is not None:
        return RedirectResponse(_safe_next(next), status_code=303)
    return render(request, "login.html", {"next": _safe_next(next), "error": None})


@router.post("/login")
def login(
    request: Request,
    name: Annotated[str, Form()],
    password: Annotated[str, Form()],
    next: Annotated[str, Form()] = "/queue",
):
    store = _store(request)
    try:
        user = accounts.authenticate(store, name.strip(), password)
    except (InvalidLogin, LoginLocked) as error:
        formatter = formatter_for(request)
        locked = isinstance(error, LoginLocked)
        message = (formatter.gettext(ERROR_TITLES[429]) + " " + formatter.gettext(
            "Retry in %(seconds)s s.", seconds=error.retry_after_s) if locked
            else formatter.gettext("Wrong user name or password."))
        response = render(request, "login.html", {"next": _safe_next(next), "error": message},
                           status_code=429 if locked else 401)
        if locked:
            response.headers["Retry-After"] = str(max(1, int(error.retry_after_s)))
        return response
    session_id, _csrf = accounts.create_session(store, user)
    response = RedirectResponse(_safe_next(next), status_code=303)
    response.set_cookie(
        SESSION_COOKIE, session_id, httponly=True, samesite="lax", path="/",
        secure=request.app.state.settings.secure_cookies,
        max_age=None,  # a browser-session cookie; the server enforces the idle timeout
    )
    response.delete_cookie(LOGIN_COOKIE, path="/")
    return response


@router.post("/logout")
def logout(request: Request):
    session_id = request.cookies.get(SESSION_COOKIE)
    if session_id:
        accounts.end_session(_store(request), session_id)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.post("/profile/language")
def set_language(
    request: Request, user: CurrentUser, language: Annotated[str, Form()],
    next: Annotated[str, Form()] = "/queue",
):
    if language not in LANGUAGES:
        raise InvalidInput(f"unsupported language: {language}")
    accounts.set_locale(_store(request), user.id, language)
    return RedirectResponse(_safe_next(next), status_code=303)


# Queue -------------------------------------------------------------------------------------


@router.get("/queue")
def queue_page(
    request: Request,
    user: CurrentUser,
    filters: Annotated[QueueFilters, Depends(queue_filters)],
    page: Annotated[int, Query(ge=1)] = 1,
):
    store = _store(request)
    if user.role == "agent" and "include_reviewed" not in request.query_params:
        # An agent comes here to acknowledge or dispute reviewed calls: show them by default.
        filters = replace(filters, include_reviewed=True)
    result = claims.with_claims(store, service.queue(
        store, user, filters, page=page, per_page=PER_PAGE, cache=request.app.state.queue_cache))
    chosen = {name: request.query_params.get(name, "") for name in FILTER_FIELDS}
    chosen["include_reviewed"] = "1" if filters.include_reviewed else ""
    pages = max(1, -(-result.total // result.per_page))

    def page_link(number: int) -> str:
        query = {key: value for key, value in chosen.items() if value}
        return "/queue?" + urlencode({**query, "page": number})

    return render(request, "queue.html", {
        "result": result, "options": scale.filter_options(request, user), "chosen": chosen,
        "pages": pages, "page_link": page_link,
    })


# Call page ---------------------------------------------------------------------------------


def _call_context(request: Request, user: User, scorecard_id: int) -> dict:
    detail = service.call_detail(_store(request), user, scorecard_id)
    return {
        "detail": detail, "sid": scorecard_id, "action_labels": ACTION_LABELS,
        "titles": item_titles(_store(request), detail.call.checklist_id,
                              detail.call.checklist_version),
        "item_errors": {}, "item_drafts": {},
    }


@router.get("/calls/{scorecard_id}")
def call_page(
    request: Request, user: CurrentUser, scorecard_id: int,
    q: Annotated[str | None, Query(max_length=200)] = None, speaker: str | None = None,
):
    context = _call_context(request, user, scorecard_id)
    context.update(scale.call_page_extras(request, user, context["detail"], q, speaker))
    return render(request, "call.html", context)


@router.get("/calls/{scorecard_id}/audio")
def call_audio(request: Request, user: CurrentUser, scorecard_id: int):
    path = service.audio_path(_store(request), user, scorecard_id)
    if path is None or not path.is_file():
        return Response(status_code=404)
    return media.audio_response(path)


@router.get("/calls/{scorecard_id}/peaks")
def call_peaks(
    request: Request, user: CurrentUser, scorecard_id: int,
    buckets: Annotated[int, Query(ge=10, le=media.MAX_BUCKETS)] = media.DEFAULT_BUCKETS,
):
    path = service.audio_path(_store(request), user, scorecard_id)
    if path is None or not path.is_file():
        return JSONResponse({"detail": "no recording"}, status_code=404)
    return JSONResponse(media.peaks(path, buckets), headers={"Cache-Control": "private"})


def _after_change(request: Request, scorecard_id: int, user: User, fragment: str):
    """htmx: the changed panels (main swap + out-of-band); plain form: back to the page."""
    if not _is_htmx(request):
        return RedirectResponse(f"/calls/{scorecard_id}#{fragment}", status_code=303)
    context = _call_context(request, user, scorecard_id)
    context["fragment"] = fragment
    return render(request, "partials/changed.html", context)


@router.post("/calls/{scorecard_id}/items/{item_id}/override")
def override(
    request: Request, user: CurrentUser, scorecard_id: int, item_id: str,
    status: Annotated[str, Form()], version: Annotated[int, Form()],
    comment: Annotated[str, Form()] = "",
):
    try:
        service.override_item(
            _store(request), user, scorecard_id, item_id, status, comment,
            expected_version=version,
        )
    except (StaleEdit, InvalidInput) as error:
        if not _is_htmx(request):
            raise
        # The item as it is now, the user's draft kept in the form and the reason shown.
        context = _call_context(request, user, scorecard_id)
        context["item_errors"] = {item_id: _item_message(request, error)}
        context["item_drafts"] = {item_id: {"status": status, "comment": comment}}
        item = next(view for view in context["detail"].items if view.item_id == item_id)
        return render(request, "partials/item.html", {**context, "item": item},
                       status_code=409 if isinstance(error, StaleEdit) else 422)
    return _after_change(request, scorecard_id, user, f"item-{item_id}")


def _item_message(request: Request, error: Exception) -> str:
    formatter = formatter_for(request)
    if isinstance(error, StaleEdit):
        return formatter.gettext(ERROR_TITLES[409])
    return f"{formatter.gettext(ERROR_TITLES[422])} {error}"


@router.post("/calls/{scorecard_id}/review")
def review_status(
    request: Request, user: CurrentUser, scorecard_id: int,
    status: Annotated[str, Form()], version: Annotated[int, Form()],
    comment: Annotated[str, Form()] = "",
):
    service.set_review_status(
        _store(request), user, scorecard_id, status, comment, expected_version=version
    )
    return _after_change(request, scorecard_id, user, "review")


@router.post("/calls/{scorecard_id}/comments")
def add_comment(
    request: Request, user: CurrentUser, scorecard_id: int, text: Annotated[str, Form()] = "",
):
    service.add_comment(_store(request), user, scorecard_id, text)
    return _after_change(request, scorecard_id, user, "comments")


# Audit log ---------------------------------------------------------------------------------


def audit_rows(entries: list) -> list[dict]:
    """Audit entries as plain dicts (one column per field) for CSV and JSON export."""
    return [jsonable_encoder(asdict(entry) if is_dataclass(entry) else entry)
            for entry in entries]


@router.get("/audit")
def audit_page(
    request: Request, user: CurrentUser, scorecard_id: int | None = None,
):
    entries = service.audit_log(_store(request), user, scorecard_id=scorecard_id)
    return render(request, "audit.html", {"entries": entries, "scorecard_id": scorecard_id})


@router.get("/audit/export")
def audit_export(
    request: Request, user: CurrentUser, scorecard_id: int | None = None,
    format: Annotated[str, Query(pattern="^(csv|json)$")] = "csv",
    limit: Annotated[int, Query(ge=1, le=100_000)] = 10_000,
):
    entries = service.audit_log(_store(request), user, scorecard_id=scorecard_id, limit=limit)
    rows = audit_rows(entries)
    name = f"audit-{scorecard_id}" if scorecard_id is not None else "audit"
    disposition = {"Content-Disposition": f'attachment; filename="{name}.{format}"'}
    if format == "json":
        return Response(json.dumps(rows, ensure_ascii=False, indent=1),
                        media_type="application/json", headers=disposition)
    buffer = io.StringIO()
    fields = list(rows[0]) if rows else ["id"]
    writer = csv.DictWriter(buffer, fieldnames=fields, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: _csv_cell(value) for key, value in row.items()})
    return Response(buffer.getvalue(), media_type="text/csv; charset=utf-8", headers=disposition)


def _csv_cell(value: object) -> object:
    """Neutralise spreadsheet formulas: a cell starting with = + - @ opens as text."""
    if isinstance(value, (dict, list)):
        value = json.dumps(value, ensure_ascii=False)
    return csv_cell(value)


# Users (admin) -----------------------------------------------------------------------------


def _require_admin(user: User) -> None:
    if user.role != "admin":
        raise Forbidden("only an admin manages users")


@router.get("/admin/users")
def users_page(request: Request, user: CurrentUser):
    _require_admin(user)
    return render(request, "users.html", {
        "statuses": accounts.user_statuses(_store(request)), "roles": accounts.ROLES,
    })


@router.post("/admin/users")
def create_user(
    request: Request, user: CurrentUser,
    name: Annotated[str, Form()], role: Annotated[str, Form()],
    password: Annotated[str, Form()],
    teams: Annotated[str, Form()] = "", agent_id: Annotated[str, Form()] = "",
):
    _require_admin(user)
    accounts.create_user(
        _store(request), name.strip(), role, password,
        teams=[team.strip() for team in teams.split(",") if team.strip()],
        agent_id=agent_id.strip() or None, actor=user,
    )
    return RedirectResponse("/admin/users", status_code=303)


@router.post("/admin/users/{name}/disable")
def disable_user(request: Request, user: CurrentUser, name: str):
    _require_admin(user)
    if name == user.name:
        raise InvalidInput("you cannot disable your own account")
    accounts.disable_user(_store(request), name, actor=user)
    return RedirectResponse("/admin/users", status_code=303)


@router.post("/admin/users/{name}/password")
def reset_password(
    request: Request, user: CurrentUser, name: str, password: Annotated[str, Form()],
):
    _require_admin(user)
    accounts.set_password(_store(request), name, password, actor=user)
    return RedirectResponse("/admin/users", status_code=303)
