"""Pages and error answers in the reader's language, from autoescaping Jinja2 templates."""

from __future__ import annotations

from pathlib import Path

from fastapi import Request
from fastapi.responses import JSONResponse, Response
from jinja2 import Environment, FileSystemLoader
from starlette.templating import Jinja2Templates

from speechqa import __version__
from speechqa.web.auth import LOGIN_COOKIE, form_token, resolve
from speechqa.web.i18n import LANGUAGES, N_, Formatter, choose_language

TEMPLATES_DIR = Path(__file__).parent / "templates"
GENERIC_ERROR = N_("Error")
CSRF_ERROR = N_("The form has expired or did not come from this site. Reload the page.")
ERROR_TITLES = {
    400: N_("Bad request"),
    401: N_("Sign-in required"),
    403: N_("Forbidden: your role does not allow this."),
    404: N_("Not found."),
    405: N_("Method not allowed."),
    409: N_("Someone changed this meanwhile; your edit was not saved. Reload and try again."),
    422: N_("The input was not accepted."),
    429: N_("Too many failed sign-in attempts. Try again later."),
}
LABELS = {
    "passed": N_("passed"), "failed": N_("failed"), "not_applicable": N_("not applicable"),
    "open": N_("open"), "in_review": N_("in review"), "reviewed": N_("reviewed"),
    "acknowledged": N_("acknowledged"), "disputed": N_("disputed"), "resolved": N_("resolved"),
    "negative": N_("negative"), "neutral": N_("neutral"), "positive": N_("positive"),
    "agent": N_("agent"), "customer": N_("customer"), "unknown": N_("unknown"),
    "critical": N_("critical"), "warning": N_("warning"), "info": N_("info"),
    "admin": N_("admin"), "supervisor": N_("supervisor"), "auditor": N_("auditor"),
    "enabled": N_("enabled"), "disabled": N_("disabled"),
}
AUDIT_ACTIONS = {
    "item_override": N_("item override"), "review_status": N_("review status"),
    "comment": N_("comment"), "user_created": N_("user created"),
    "user_disabled": N_("user disabled"), "password_set": N_("password set"),
    "token_issued": N_("API token issued"),
}
# Actions whose old/new values are statuses or roles (translated), not free text.
CODED_AUDIT_VALUES = frozenset({"item_override", "review_status", "user_created",
                                "user_disabled"})


def make_templates() -> Jinja2Templates:
    # Autoescape everywhere, whatever the file name: transcript text, reasons, comments and
    # file names must render as inert text. The templates ship in the package and do not
    # change under a running server: no stat() of every template (and of every include, once
    # per checklist item) on every page.
    environment = Environment(
        loader=FileSystemLoader(TEMPLATES_DIR), autoescape=True, trim_blocks=True,
        lstrip_blocks=True, auto_reload=False,
    )
    return Jinja2Templates(env=environment)


def formatter_for(request: Request) -> Formatter:
    auth = resolve(request)
    user_locale = auth.user.locale if auth is not None else None
    return Formatter(choose_language(user_locale, request.headers.get("accept-language")))


def render(request: Request, name: str, context: dict | None = None, status_code: int = 200):
    """A page in the caller's language with the shared context (user, token, formatters)."""
    formatter = formatter_for(request)
    auth = resolve(request)
    token = form_token(request)
    values = {
        "request": request,
        "user": auth.user if auth else None,
        "csrf_token": token,
        "lang": formatter.language,
        "languages": LANGUAGES,
        "labels": LABELS,
        "audit_actions": AUDIT_ACTIONS,
        "coded_audit_values": CODED_AUDIT_VALUES,
        "fmt": formatter,
        "_": formatter.gettext,
        "ngettext": formatter.ngettext,
        "version": __version__,
        **(context or {}),
    }
    response = request.app.state.templates.TemplateResponse(
        request, name, values, status_code=status_code
    )
    if auth is None and request.cookies.get(LOGIN_COOKIE) != token:
        # The double-submit half of the login form's CSRF token.
        response.set_cookie(
            LOGIN_COOKIE, token, httponly=True, samesite="lax", path="/",
            secure=request.app.state.settings.secure_cookies,
        )
    return response


def error_response(
    request: Request, status: int, detail: str, headers: dict[str, str] | None = None
) -> Response:
    """JSON for the API, a notice for htmx, an error page otherwise."""
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": detail}, status_code=status, headers=headers)
    title = formatter_for(request).gettext(ERROR_TITLES.get(status, GENERIC_ERROR))
    if request.headers.get("hx-request"):
        response = render(request, "partials/notice.html", {"title": title, "detail": detail},
                          status_code=status)
        response.headers["HX-Retarget"] = "#notice"
        response.headers["HX-Reswap"] = "innerHTML"
    else:
        response = render(request, "error.html",
                          {"status": status, "title": title, "detail": detail},
                          status_code=status)
    response.headers.update(headers or {})
    return response
