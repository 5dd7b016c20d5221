"""Compliance reports in the web app: the same ``speechqa.report`` code and numbers as
``speechqa report``, for auditors and admins, downloaded as HTML, PDF or CSV.

The report reads every call in the period, so it is limited to the roles that may read
everything; a supervisor or agent gets 403 like on any other page they may not open.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from speechqa.review import Forbidden
from speechqa.review.accounts import User
from speechqa.web.auth import current_user
from speechqa.web.rendering import formatter_for, render

router = APIRouter(include_in_schema=False)
api_router = APIRouter(prefix="/api/v1", tags=["reports"])
CurrentUser = Annotated[User, Depends(current_user)]
READERS = ("admin", "auditor")
MEDIA = {
    "html": "text/html; charset=utf-8",
    "pdf": "application/pdf",
    "csv": "text/csv; charset=utf-8",
}


def _require_reader(user: User) -> None:
    if user.role not in READERS:
        raise Forbidden("reports cover every call: only auditors and admins may build them")


class ReportQuery:
    """The report's parameters as query fields, shared by the page and the API."""

    def __init__(
        self,
        date_from: Annotated[date, Query(alias="from")],
        date_to: Annotated[date, Query(alias="to")],
        team: Annotated[str | None, Query()] = None,
        agent: Annotated[str | None, Query()] = None,
        queue: Annotated[str | None, Query()] = None,
        checklist: Annotated[str | None, Query(description="id or id@version")] = None,
        by: Annotated[Literal["agent", "team", "queue", "week", "month"], Query()] = "agent",
        automatic: Annotated[bool, Query(description="the machine's statuses, not final")]
        = False,
        format: Annotated[Literal["html", "pdf", "csv"], Query()] = "html",
        lang: Annotated[Literal["en", "ru", "uk", "lt"] | None, Query()] = None,
    ) -> None:
        self.values = {
            "date_from": date_from, "date_to": date_to, "team": team or None,
            "agent": agent or None, "queue": queue or None, "checklist": checklist or None,
            "by": by, "automatic": automatic,
        }
        self.format = format
        self.lang = lang


def build_download(request: Request, query: ReportQuery) -> Response:
    """Build the report and answer it as a file; a report error is a 422 with its reason."""
    from speechqa.report import ReportError, ReportParams, build_report
    from speechqa.report.render import render_csv, render_html, render_pdf
    from speechqa.review import InvalidInput

    lang = query.lang or formatter_for(request).language
    call_url = str(request.base_url).rstrip("/") + "/calls/{scorecard_id}"
    try:
        report = build_report(request.app.state.store,
                              ReportParams(**query.values, call_url=call_url))
    except ReportError as error:
        raise InvalidInput(str(error)) from error
    if query.format == "html":
        content: str | bytes = render_html(report, lang)
    elif query.format == "pdf":
        content = render_pdf(report, lang)
    else:
        content = render_csv(report)
    values = query.values
    name = f"speechqa-report-{values['date_from']}-{values['date_to']}.{query.format}"
    return Response(content, media_type=MEDIA[query.format], headers={
        "Content-Disposition": f'attachment; filename="{name}"',
    })


@router.get("/reports")
def reports_page(request: Request, user: CurrentUser):
    _require_reader(user)
    today = date.today()
    return render(request, "reports.html", {
        "default_from": today - timedelta(days=28), "default_to": today,
    })


@router.get("/reports/download")
def report_download(request: Request, user: CurrentUser,
                    query: Annotated[ReportQuery, Depends()]):
    _require_reader(user)
    return build_download(request, query)


@api_router.get(
    "/report", summary="Compliance report for a period (HTML, PDF or CSV download)",
    responses={403: {"description": "only auditors and admins"},
               422: {"description": "bad parameters, or no scored call in the period"}},
)
def report_api(request: Request, user: CurrentUser,
               query: Annotated[ReportQuery, Depends()]) -> Response:
    _require_reader(user)
    return build_download(request, query)
