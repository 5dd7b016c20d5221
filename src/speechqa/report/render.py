"""Turn a built ``Report`` into one self-contained HTML file, a PDF of it, or tidy CSV.

HTML: Jinja2 with autoescape (agent ids, item titles and evidence come from outside), CSS
inline, charts as inline SVG, no script and no web font — it opens from a USB stick.
PDF: WeasyPrint draws the same HTML, so both show the same numbers and charts.
CSV: one row per number; text cells that a spreadsheet would run as a formula are escaped.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from speechqa import __version__
from speechqa.formats import csv_cell
from speechqa.report import charts
from speechqa.report.i18n import Formatter, translations
from speechqa.report.query import UNKNOWN, ItemRate, Report, worst_agents
from speechqa.report.stats import Rate

TEMPLATES = Path(__file__).parent / "templates"
CSV_COLUMNS = (
    "section", "dimension", "group", "checklist_version", "item", "numerator", "denominator",
    "rate", "ci_low", "ci_high", "value",
)


def _environment(lang: str) -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html", "j2"], default=True),
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.install_gettext_translations(translations(lang), newstyle=False)
    return env


@dataclass(frozen=True)
class _Row:
    """A rate as the tables show it: "41 / 50", "82.0 %", "[69.4 %; 90.2 %]"."""

    fraction: str
    rate: str
    interval: str
    small: bool  # fewer than 10 judged: the interval is what matters


def _view_rate(rate: Rate, fmt: Formatter) -> _Row:
    interval = rate.interval
    return _Row(
        fraction=f"{fmt.number(rate.numerator)} / {fmt.number(rate.denominator)}",
        rate=fmt.percent(rate.rate),
        interval="–" if interval is None else
        f"{fmt.percent(interval[0])} – {fmt.percent(interval[1])}",
        small=0 < rate.denominator < 10,
    )


def _group_label(group: str | None, fmt: Formatter, by: str) -> str:
    if group is None:
        return fmt.gettext("unknown")
    if by in ("week", "month"):
        return fmt.date(group)
    return group


def _context(report: Report, lang: str) -> dict[str, Any]:
    fmt = Formatter(lang)
    _ = fmt.gettext
    params = report.params

    def pct(value: float) -> str:
        return fmt.percent(value, 0)

    versions = []
    for version in report.versions:
        rates = [r for r in report.items if r.version == version]
        bars = [
            charts.Bar(r.title, r.rate.rate, r.rate.ci_low, r.rate.ci_high,
                       f"{r.rate.numerator}/{r.rate.denominator}", r.critical)
            for r in rates
        ]
        groups = _pivot([r for r in report.items_by_group if r.version == version])
        versions.append({
            "version": version,
            "items": [(r, _view_rate(r.rate, fmt)) for r in rates],
            "chart": charts.bar_chart(bars, _("Adherence per item"), pct),
            "group_items": rates,
            "groups": [
                (_group_label(group, fmt, params.by),
                 [_view_rate(cells[r.item_id].rate, fmt) if r.item_id in cells else None
                  for r in rates])
                for group, cells in groups
            ],
        })
    scores = [
        (_group_label(s.group, fmt, params.by), fmt.number(s.calls),
         fmt.number(s.mean_percent, 1), _view_rate(s.auto_failed, fmt))
        for s in report.scores_by_group
    ]
    trend_series = _trend_series(report, fmt)
    trend_chart = charts.line_chart(
        trend_series, _("Weekly trend"), pct, fmt.short_date
    ) if trend_series and report.score_trend else None

    agents, agents_total = worst_agents(report.items_by_agent, params.heatmap_agents)
    heatmap = _heatmap(report, agents, fmt, pct) if agents else None

    labels = {"negative": _("negative"), "neutral": _("neutral"), "positive": _("positive")}
    sentiment_parts = [(key, labels[key], report.sentiment.get(key, 0)) for key in labels]
    sentiment_chart = charts.stacked_bar(sentiment_parts, _("Customer sentiment"), pct)
    negative_trend = [
        charts.Series(labels[key], [
            (week, counts.get(key, 0) / total if (total := sum(counts.values())) else None)
            for week, counts in report.sentiment_trend.items()
        ], charts.SENTIMENT_COLOURS[key])
        for key in ("negative", "positive")
    ]
    sentiment_trend = charts.line_chart(
        negative_trend, _("Customer sentiment by week"), pct, fmt.short_date, height=220
    ) if report.sentiment_trend else None

    def summary_rows():
        now, before = report.summary, report.previous_summary
        yield _("Calls scored"), fmt.number(now.calls), fmt.number(before.calls)
        yield _("Audio hours"), fmt.number(now.audio_hours, 1), fmt.number(before.audio_hours, 1)
        for label, current, previous in (
            (_("Reviewed by a person"), now.reviewed, before.reviewed),
            (_("Auto-fail rate"), now.auto_failed, before.auto_failed),
            (_("Needs-review rate"), now.needs_review, before.needs_review),
        ):
            yield label, _rate_text(current, fmt), _rate_text(previous, fmt)
        yield (_("Mean score"), fmt.number(now.mean_percent, 1),
               fmt.number(before.mean_percent, 1))

    previous_start, previous_end = params.previous
    return {
        "lang": lang,
        "fmt": fmt,
        "report": report,
        "params": params,
        "speechqa_version": __version__,
        "period": f"{fmt.date(params.date_from)} – {fmt.date(params.date_to)}",
        "previous_period": f"{fmt.date(previous_start.date())} – "
        f"{fmt.date((previous_end - timedelta(days=1)).date())}",
        "filters": [(name, value) for name, value in (
            (_("team"), params.team), (_("agent"), params.agent), (_("queue"), params.queue),
        ) if value],
        "by_label": _dimension_labels(params.by, fmt)[0],
        "by_heading": _dimension_labels(params.by, fmt)[1],
        "score_heading": _dimension_labels(params.by, fmt)[2],
        "summary": list(summary_rows()),
        "versions": versions,
        "scores": scores,
        "trend_chart": trend_chart,
        "heatmap": heatmap,
        "heatmap_shown": len(agents),
        "heatmap_total": agents_total,
        "misses": [
            {
                "call_id": miss.call_id, "agent": miss.agent_id or _("unknown"),
                "time": fmt.datetime(miss.started_at), "item": miss.title,
                "reason": miss.reason, "overridden": miss.overridden,
                "evidence": "; ".join(str(e.get("text", "")) for e in miss.evidence),
                "url": params.call_url.format(scorecard_id=miss.scorecard_id,
                                              call_id=miss.call_id) if params.call_url else None,
            }
            for miss in report.misses
        ],
        "flags": [
            (flag.code, flag.severity, fmt.number(flag.calls),
             fmt.percent(flag.calls / report.summary.calls))
            for flag in report.flags
        ],
        "sentiment_chart": sentiment_chart,
        "sentiment_trend": sentiment_trend,
        "kpis": _kpi_rows(report, fmt),
        "review": [
            (agreement, _view_rate(agreement.overturned, fmt), fmt.signed(agreement.kappa))
            for agreement in report.review
        ],
        "provenance": report.provenance,
        "generated": fmt.datetime(report.generated_at),
    }


def _rate_text(rate: Rate, fmt: Formatter) -> str:
    return f"{fmt.percent(rate.rate)} ({fmt.number(rate.numerator)} / " \
        f"{fmt.number(rate.denominator)})"


def _dimension_labels(by: str, fmt: Formatter) -> tuple[str, str, str]:
    """(column header, adherence heading, score heading): whole phrases, for the grammar."""
    _ = fmt.gettext
    return {
        "agent": (_("Agent"), _("Adherence by agent"), _("Score by agent")),
        "team": (_("Team"), _("Adherence by team"), _("Score by team")),
        "queue": (_("Queue"), _("Adherence by queue"), _("Score by queue")),
        "week": (_("Week"), _("Adherence by week"), _("Score by week")),
        "month": (_("Month"), _("Adherence by month"), _("Score by month")),
    }[by]


def _kpi_rows(report: Report, fmt: Formatter) -> list[tuple[str, str]]:
    _ = fmt.gettext
    kpis = report.kpis
    rows = [
        (_("Average handle time (min:s)"), fmt.duration(kpis.mean_handle_seconds)),
        (_("Agent share of talk time"), fmt.percent(kpis.agent_talk_share)),
        (_("Silence share of call time"), fmt.percent(kpis.silence_share)),
    ]
    if kpis.repeat_contact is None:
        rows.append((_("Repeat contact within 7 days"),
                     _("not available: the manifest gave no customer ids")))
    else:
        rows.append((_("Repeat contact within 7 days"), _rate_text(kpis.repeat_contact, fmt)))
    return rows


def _pivot(rates: list[ItemRate]) -> list[tuple[str | None, dict[str, ItemRate]]]:
    table: dict[str | None, dict[str, ItemRate]] = defaultdict(dict)
    for rate in rates:
        table[rate.group][rate.item_id] = rate
    return sorted(table.items(), key=lambda kv: (kv[0] is None, kv[0] or ""))


def _heatmap(report: Report, agents: list[str | None], fmt: Formatter, pct) -> str:
    """Agents × items; an item's counts are added up over checklist versions (same id)."""
    counts: dict[tuple[str | None, str], list[int]] = defaultdict(lambda: [0, 0])
    columns: dict[str, tuple] = {}
    titles: dict[str, str] = {}
    for rate in report.items_by_agent:
        columns.setdefault(rate.item_id, (not rate.critical, rate.order))
        titles.setdefault(rate.item_id, rate.title)
        entry = counts[(rate.group, rate.item_id)]
        entry[0] += rate.rate.numerator
        entry[1] += rate.rate.denominator
    ordered = sorted(columns, key=lambda item: columns[item])
    cells = {
        (_group_label(agent, fmt, "agent"), titles[item]): charts.Cell(
            passed / judged if judged else None, f"{passed}/{judged}")
        for (agent, item), (passed, judged) in counts.items()
    }
    return charts.heatmap(
        [_group_label(agent, fmt, "agent") for agent in agents],
        [titles[item] for item in ordered], cells,
        fmt.gettext("Adherence by agent and item"), pct,
    )


def _trend_series(report: Report, fmt: Formatter) -> list[charts.Series]:
    _ = fmt.gettext
    weeks = [s.group for s in report.score_trend if s.group]
    by_item: dict[str, dict[str, tuple[int, int]]] = defaultdict(dict)
    titles: dict[str, str] = {}
    for rate in report.item_trend:
        if rate.group is None:
            continue
        passed, judged = by_item[rate.item_id].get(rate.group, (0, 0))
        by_item[rate.item_id][rate.group] = (passed + rate.rate.numerator,
                                             judged + rate.rate.denominator)
        titles[rate.item_id] = rate.title
    series = [
        charts.Series(titles[item], [
            (week, points[week][0] / points[week][1] if week in points and points[week][1]
             else None)
            for week in weeks
        ])
        for item, points in by_item.items()
    ]
    series.append(charts.Series(_("Mean score"), [
        (s.group, None if s.mean_percent is None else s.mean_percent / 100)
        for s in report.score_trend if s.group
    ]))
    return series


def render_html(report: Report, lang: str = "en") -> str:
    """The whole report as one self-contained HTML document."""
    return _environment(lang).get_template("report.html.j2").render(
        **_context(report, lang), pdf=False
    )


def render_pdf(report: Report, lang: str = "en") -> bytes:
    """The same report as PDF (WeasyPrint, system DejaVu fonts: Cyrillic and Lithuanian)."""
    from weasyprint import HTML

    html = _environment(lang).get_template("report.html.j2").render(
        **_context(report, lang), pdf=True
    )
    return HTML(string=html).write_pdf()


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.6f}".rstrip("0").rstrip(".")


def csv_rows(report: Report) -> list[dict[str, Any]]:
    """Every number of the report as tidy rows (one observation per row)."""
    rows: list[dict[str, Any]] = []

    def add(section: str, dimension: str, group: str | None, item: str, *,
            rate: Rate | None = None, value: float | None = None, version: str = "") -> None:
        rows.append({
            "section": section, "dimension": dimension,
            "group": UNKNOWN if group is None else group, "checklist_version": version,
            "item": item,
            "numerator": "" if rate is None else rate.numerator,
            "denominator": "" if rate is None else rate.denominator,
            "rate": "" if rate is None else _number(rate.rate),
            "ci_low": "" if rate is None else _number(rate.ci_low),
            "ci_high": "" if rate is None else _number(rate.ci_high),
            "value": _number(value),
        })

    for label, summary in (("current", report.summary), ("previous", report.previous_summary)):
        add("summary", "period", label, "calls", value=summary.calls)
        add("summary", "period", label, "audio_hours", value=summary.audio_hours)
        add("summary", "period", label, "reviewed", rate=summary.reviewed)
        add("summary", "period", label, "auto_failed", rate=summary.auto_failed)
        add("summary", "period", label, "needs_review", rate=summary.needs_review)
        add("summary", "period", label, "mean_percent", value=summary.mean_percent)
    for rate in report.items:
        add("adherence", "overall", "all", rate.item_id, rate=rate.rate, version=rate.version)
    for rate in report.items_by_group:
        add("adherence", report.params.by, rate.group, rate.item_id, rate=rate.rate,
            version=rate.version)
    if report.params.by != "agent":
        for rate in report.items_by_agent:
            add("adherence", "agent", rate.group, rate.item_id, rate=rate.rate,
                version=rate.version)
    for score in report.scores_by_group:
        add("score", report.params.by, score.group, "mean_percent", value=score.mean_percent)
        add("score", report.params.by, score.group, "auto_failed", rate=score.auto_failed)
    for rate in report.item_trend:
        add("trend", "week", rate.group, rate.item_id, rate=rate.rate, version=rate.version)
    for score in report.score_trend:
        add("trend", "week", score.group, "mean_percent", value=score.mean_percent)
    for flag in report.flags:
        add("flags", "overall", "all", flag.code,
            rate=Rate(flag.calls, report.summary.calls))
    sentiment_total = sum(report.sentiment.values())
    for label in ("negative", "neutral", "positive"):
        add("sentiment", "overall", "all", label,
            rate=Rate(report.sentiment.get(label, 0), sentiment_total))
    for week, counts in report.sentiment_trend.items():
        for label in ("negative", "neutral", "positive"):
            add("sentiment", "week", week, label,
                rate=Rate(counts.get(label, 0), sum(counts.values())))
    kpis = report.kpis
    add("kpi", "overall", "all", "mean_handle_seconds", value=kpis.mean_handle_seconds)
    add("kpi", "overall", "all", "agent_talk_share", value=kpis.agent_talk_share)
    add("kpi", "overall", "all", "silence_share", value=kpis.silence_share)
    if kpis.repeat_contact is not None:
        add("kpi", "overall", "all", "repeat_contact_7d", rate=kpis.repeat_contact)
    for agreement in report.review:
        item = agreement.item_id or "all"
        add("review", "overturned", "all", item, rate=agreement.overturned)
        add("review", "kappa", "all", item, value=agreement.kappa)
    return rows


def render_csv(report: Report) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in csv_rows(report):
        writer.writerow({key: csv_cell(value) for key, value in row.items()})
    return buffer.getvalue()
