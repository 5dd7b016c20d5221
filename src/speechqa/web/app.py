"""The review web app: FastAPI routes over ``speechqa.review`` and the results store.

``create_app`` wires the pieces: security headers on every response (a Content-Security-Policy
that allows only this origin and no inline script or style), the CSRF guard on every
state-changing route, domain errors mapped to HTTP statuses (403 forbidden, 404, 409 stale
edit, 422 bad input, 429 locked login), the HTML pages, the JSON API under ``/api/v1`` and
the vendored static assets. Nothing here is fetched from another origin, so the app works on
an air-gapped LAN.
"""

from __future__ import annotations

import gc
import json
import os
from dataclasses import dataclass
from pathlib import Path

from fastapi import Depends, FastAPI, Request
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from speechqa import __version__
from speechqa.review import (
    Forbidden,
    InvalidInput,
    InvalidLogin,
    LoginLocked,
    NotFound,
    ReviewError,
    StaleEdit,
)
from speechqa.review.queue_cache import QueueCache
from speechqa.store import Store, open_store
from speechqa.web import api, calibration, pages, reports, scale
from speechqa.web.auth import CSRFRejected, LoginRequired, csrf_guard
from speechqa.web.rendering import CSRF_ERROR, error_response, formatter_for, make_templates

HERE = Path(__file__).parent
CSP = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "media-src 'self'",
    "connect-src 'self'",
    "font-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])


@dataclass(frozen=True)
class WebSettings:
    """How the server was started (``speechqa serve`` options)."""

    secure_cookies: bool = False
    idle_timeout_s: int = 30 * 60
    claim_ttl_s: int = 30 * 60  # how long opening a call holds it for its reviewer


ERROR_STATUS: dict[type[ReviewError], int] = {
    Forbidden: 403, NotFound: 404, StaleEdit: 409, InvalidInput: 422, LoginLocked: 429,
    InvalidLogin: 401,
}


SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


class SecurityHeaders:
    """Security headers on every response, as plain ASGI middleware: Starlette's
    ``BaseHTTPMiddleware`` (``@app.middleware``) re-streams every response through a task
    group and memory streams, a millisecond or more of CPU per request under load."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        static = scope["path"].startswith("/static/")
        secure = scope["app"].state.settings.secure_cookies

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
                if not static:
                    headers.setdefault("Cache-Control", "no-store")
                if secure:
                    headers["Strict-Transport-Security"] = "max-age=31536000"
            await send(message)

        await self.app(scope, receive, send_with_headers)


SERVE_DB_ENV = "SPEECHQA_SERVE_DB"
SERVE_SETTINGS_ENV = "SPEECHQA_SERVE_SETTINGS"


def app_from_environment() -> FastAPI:
    """The app of one ``speechqa serve --workers N`` process (uvicorn imports it by name, so
    the database URL and the settings come from the environment the parent set)."""
    settings = WebSettings(**json.loads(os.environ[SERVE_SETTINGS_ENV]))
    app = create_app(open_store(os.environ[SERVE_DB_ENV]), settings)
    freeze_startup_heap()
    return app


def freeze_startup_heap() -> None:
    """Keep the objects made at start-up (modules, models, templates: several hundred
    thousand) out of every later garbage collection: a full collection otherwise walks them
    all, tens of milliseconds added to whichever request happens to trigger it."""
    gc.collect()
    gc.freeze()


def create_app(store: Store, settings: WebSettings | None = None) -> FastAPI:
    """The ASGI app serving ``store``; ``uvicorn`` or a test client runs it."""
    app = FastAPI(
        title="speechqa review API",
        version=__version__,
        description="Flagged-call review: queue, call detail, overrides, review status, "
        "audit log. Authenticate with a session cookie (web pages) or "
        "`Authorization: Bearer <token>` from `speechqa users token NAME`.",
        openapi_url="/api/v1/openapi.json",
        docs_url=None,  # Swagger UI would load scripts from a CDN
        redoc_url=None,
        dependencies=[Depends(csrf_guard)],
    )
    app.state.store = store
    app.state.settings = settings or WebSettings()
    app.state.templates = make_templates()
    app.state.options_cache = scale.OptionsCache()
    app.state.queue_cache = QueueCache()
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(pages.router)
    app.include_router(reports.router)
    app.include_router(api.router)
    app.include_router(reports.api_router)
    app.include_router(scale.router)
    app.include_router(scale.api_router)
    app.include_router(calibration.router)
    app.include_router(calibration.api_router)

    app.add_middleware(SecurityHeaders)

    @app.exception_handler(ReviewError)
    async def review_error(request: Request, error: ReviewError):
        status = next(
            (code for kind, code in ERROR_STATUS.items() if isinstance(error, kind)), 400
        )
        headers = None
        if isinstance(error, LoginLocked):
            headers = {"Retry-After": str(max(1, int(error.retry_after_s)))}
        return error_response(request, status, str(error), headers)

    @app.exception_handler(LoginRequired)
    async def login_required(request: Request, _error: LoginRequired):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": "authentication required"}, status_code=401,
                                headers={"WWW-Authenticate": "Bearer"})
        if request.headers.get("hx-request"):
            return Response(status_code=401, headers={"HX-Redirect": "/login"})
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(pages.login_url(target), status_code=303)

    @app.exception_handler(CSRFRejected)
    async def csrf_rejected(request: Request, _error: CSRFRejected):
        detail = formatter_for(request).gettext(CSRF_ERROR)
        return error_response(request, 403, detail)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: RequestValidationError):
        if request.url.path.startswith("/api/"):
            return await request_validation_exception_handler(request, error)
        fields = ", ".join(str(problem["loc"][-1]) for problem in error.errors())
        return error_response(request, 422, fields)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException):
        return error_response(request, error.status_code, str(error.detail), error.headers)

    return app
