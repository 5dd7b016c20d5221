"""Compliance audit reports over the store: adherence with confidence intervals, trends,
critical misses, reviewer–machine agreement and provenance (HTML, PDF, CSV); reproducible
review samples; verification that stored scores can be re-derived.

The web app and the CLI call the same functions::

    report = build_report(store, ReportParams(date_from, date_to, team="north"))
    html = render_html(report, "lt")

Imports are lazy: the migrations import ``speechqa.report.models`` on every store upgrade,
and that must not load Jinja2, Babel and WeasyPrint.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "Report": "query", "ReportError": "query", "ReportParams": "query",
    "build_report": "query", "render_csv": "render", "render_html": "render",
    "render_pdf": "render",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'speechqa.report' has no attribute {name!r}")
    return getattr(import_module(f"speechqa.report.{_EXPORTS[name]}"), name)
