"""Compliance audit reports over the store: adherence with confidence intervals, trends,
critical misses, reviewer–machine agreement and provenance (HTML, PDF, CSV); reproducible
review samples; verification that stored scores can be re-derived.

The web app and the CLI call the same functions::

    report = build_report(store, ReportParams(date_from, date_to, team="north"))
    html = render_html(report, "lt")
"""

from speechqa.report.query import Report, ReportError, ReportParams, build_report
from speechqa.report.render import render_csv, render_html, render_pdf

__all__ = [
    "Report", "ReportError", "ReportParams", "build_report", "render_csv", "render_html",
    "render_pdf",
]
