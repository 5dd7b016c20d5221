"""The audit report's numbers against counts made here, on SQLite and PostgreSQL.

A store with known results (no ASR): every number of the CSV is recomputed in the test from
the list of calls that went in, including reviewers' overrides, the unknown-agent bucket, the
previous period, repeat contacts and Cohen's kappa (checked against scikit-learn's).
"""

from __future__ import annotations

import csv
import io
import random
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, timedelta

import pytest
from _db import db_fixture  # noqa: F401  (registers db_url)
from report_helpers import ITEMS, KnownCall, add_calls, override
from sklearn.metrics import cohen_kappa_score
from typer.testing import CliRunner

from speechqa.cli import app
from speechqa.formats import csv_cell
from speechqa.report import ReportError, ReportParams, build_report, render_csv, render_html
from speechqa.report.stats import Rate, cohen_kappa, wilson_interval
from speechqa.store import open_store

OCTOBER = (date(2026, 10, 1), date(2026, 10, 31))
AGENTS = ("A1", "A2", "=cmd|' /C calc'!A0", None)  # None: no agent metadata → "unknown"
TEAMS = {"A1": "north", "A2": "north", "=cmd|' /C calc'!A0": "south", None: None}


def known_calls(seed: int = 5) -> list[KnownCall]:
    """60 calls over September and October with random statuses, flags and customers."""
    rng = random.Random(seed)
    calls = []
    for index in range(60):
        agent = AGENTS[index % len(AGENTS)]
        started = datetime(2026, 9, 1, 9, tzinfo=UTC) + timedelta(hours=23 * index + 3)
        statuses = {
            "disclosure": rng.choices(["passed", "failed"], [0.7, 0.3])[0],
            "greeting": rng.choices(["passed", "failed", "not_applicable"], [0.6, 0.3, 0.1])[0],
            "transfer": rng.choices(["passed", "failed", "not_applicable"], [0.3, 0.2, 0.5])[0],
        }
        flags = ["missed_disclosure"] if statuses["disclosure"] == "failed" else []
        if rng.random() < 0.2:
            flags.append("angry_customer")
        calls.append(KnownCall(
            call_id=f"call-{index:03d}", agent=agent, started_at=started, statuses=statuses,
            team=TEAMS[agent], queue="billing" if index % 3 else "tech",
            customer_id=f"K{rng.randrange(12)}" if index % 5 else None,
            sentiment=rng.choice(["negative", "neutral", "positive"]), flags=flags,
            duration=60.0 + index,
        ))
    return calls


# Reviewers' overrides: (call index, item, new status). Some overturn, one confirms.
OVERRIDES = [(31, "disclosure", "passed"), (31, "greeting", "failed"), (40, "transfer", "passed"),
             (44, "disclosure", "failed"), (44, "disclosure", "passed"), (50, "greeting", None)]


@pytest.fixture(name="known")
def known_store(db_url):
    calls = known_calls()
    with open_store(db_url) as store:
        add_calls(store, calls)
        finals = {call.call_id: dict(call.statuses) for call in calls}
        reviewed = set()
        for index, item_id, new_status in OVERRIDES:
            call = calls[index]
            status = new_status or call.statuses[item_id]  # None: the reviewer confirms
            override(store, call.call_id, item_id, status)
            finals[call.call_id][item_id] = status
            reviewed.add(call.call_id)
        # A review closed through the workflow counts without any override; one still in
        # review does not.
        for index, status in ((33, "reviewed"), (35, "in_review")):
            _set_review(store, calls[index].call_id, status)
        reviewed.add(calls[33].call_id)
        yield store, calls, finals, reviewed


def _set_review(store, call_id: str, status: str) -> None:
    from sqlalchemy import select

    from speechqa.review.models import ReviewRow
    from speechqa.store import Call, ScorecardRow

    with store.sessions.begin() as session:
        scorecard_pk = session.scalar(
            select(ScorecardRow.id).join(Call, ScorecardRow.call_pk == Call.id)
            .where(Call.call_id == call_id))
        session.add(ReviewRow(scorecard_pk=scorecard_pk, status=status, reviewer="sup"))


def in_period(call: KnownCall, start: date, end: date) -> bool:
    return start <= call.started_at.date() <= end


def csv_table(report) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(render_csv(report))))


def assert_rate(row: dict[str, str], numerator: int, denominator: int) -> None:
    assert (int(row["numerator"]), int(row["denominator"])) == (numerator, denominator), row
    low, high = wilson_interval(numerator, denominator)
    assert float(row["rate"]) == pytest.approx(numerator / denominator, abs=1e-6)
    assert float(row["ci_low"]) == pytest.approx(low, abs=1e-6)
    assert float(row["ci_high"]) == pytest.approx(high, abs=1e-6)


# --- statistics ----------------------------------------------------------------------------


@pytest.mark.parametrize(("k", "n", "low", "high"), [
    # Wilson score intervals, 95 % (z = 1.95996), e.g. Newcombe (1998) Table I / Agresti.
    (0, 3, 0.0, 0.5615),
    (3, 3, 0.4385, 1.0),
    (8, 10, 0.4902, 0.9433),
    (50, 100, 0.4038, 0.5962),
    (1, 10, 0.0179, 0.4042),
])
def test_wilson_interval_matches_textbook_values(k, n, low, high):
    assert wilson_interval(k, n) == pytest.approx((low, high), abs=1e-4)


def test_no_trials_have_no_rate_and_no_interval():
    assert wilson_interval(0, 0) is None
    assert Rate(0, 0).rate is None and Rate(0, 0).ci_low is None
    with pytest.raises(ValueError):
        wilson_interval(4, 3)


def test_cohen_kappa_matches_a_hand_count():
    # 50 pairs: observed agreement 0.7, chance agreement 0.5 -> kappa 0.4
    pairs = {("passed", "passed"): 20, ("passed", "failed"): 5, ("failed", "passed"): 10,
             ("failed", "failed"): 15}
    assert cohen_kappa(pairs) == pytest.approx(0.4)
    assert cohen_kappa({("passed", "passed"): 7}) is None  # one label throughout: undefined
    assert cohen_kappa({}) is None


# --- the report's numbers ------------------------------------------------------------------


def test_every_csv_number_matches_a_count_made_here(known):
    store, calls, finals, reviewed = known
    report = build_report(store, ReportParams(*OCTOBER, by="agent"))
    rows = csv_table(report)
    october = [c for c in calls if in_period(c, *OCTOBER)]
    september = [c for c in calls if in_period(c, date(2026, 8, 31), date(2026, 9, 30))]

    def summary(label: str, item: str) -> dict[str, str]:
        return next(r for r in rows if r["section"] == "summary" and r["group"] == label
                    and r["item"] == item)

    for label, period in (("current", october), ("previous", september)):
        assert int(float(summary(label, "calls")["value"])) == len(period)
        assert float(summary(label, "audio_hours")["value"]) == pytest.approx(
            sum(c.duration for c in period) / 3600, abs=1e-6)
        failed = [c for c in period if finals[c.call_id]["disclosure"] == "failed"]
        assert_rate(summary(label, "auto_failed"), len(failed), len(period))
        assert_rate(summary(label, "reviewed"),
                    sum(c.call_id in reviewed for c in period), len(period))
        assert_rate(summary(label, "needs_review"), sum(bool(c.flags) for c in period),
                    len(period))
        assert float(summary(label, "mean_percent")["value"]) == pytest.approx(
            sum(final_percent(finals[c.call_id]) for c in period) / len(period), abs=1e-4)

    for item_id, *_ in ITEMS:
        statuses = [finals[c.call_id][item_id] for c in october]
        row = next(r for r in rows if r["section"] == "adherence"
                   and r["dimension"] == "overall" and r["item"] == item_id)
        assert_rate(row, statuses.count("passed"),
                    statuses.count("passed") + statuses.count("failed"))
        for agent in AGENTS:
            mine = [finals[c.call_id][item_id] for c in october if c.agent == agent]
            row = next(r for r in rows if r["section"] == "adherence"
                       and r["dimension"] == "agent" and r["item"] == item_id
                       and r["group"] == csv_cell(agent or "unknown"))
            assert_rate(row, mine.count("passed"), mine.count("passed") + mine.count("failed"))

    flag_counts = Counter(code for c in october for code in set(c.flags))
    for code, count in flag_counts.items():
        row = next(r for r in rows if r["section"] == "flags" and r["item"] == code)
        assert_rate(row, count, len(october))
    sentiments = Counter(c.sentiment for c in october)
    for label in ("negative", "neutral", "positive"):
        row = next(r for r in rows if r["section"] == "sentiment" and r["group"] == "all"
                   and r["item"] == label)
        assert_rate(row, sentiments[label], len(october))

    with_customer = [c for c in october if c.customer_id]
    repeats = [c for c in with_customer if any(
        other.customer_id == c.customer_id
        and c.started_at < other.started_at <= c.started_at + timedelta(days=7)
        for other in calls)]
    row = next(r for r in rows if r["section"] == "kpi" and r["item"] == "repeat_contact_7d")
    assert_rate(row, len(repeats), len(with_customer))
    row = next(r for r in rows if r["section"] == "kpi" and r["item"] == "mean_handle_seconds")
    assert float(row["value"]) == pytest.approx(
        sum(c.duration for c in october) / len(october))

    # Reviewer–machine agreement over the items of reviewed calls in the period.
    reviewed_calls = [c for c in october if c.call_id in reviewed]
    automatic = [c.statuses[i] for c in reviewed_calls for i, *_ in ITEMS]
    final = [finals[c.call_id][i] for c in reviewed_calls for i, *_ in ITEMS]
    row = next(r for r in rows if r["section"] == "review" and r["dimension"] == "overturned"
               and r["item"] == "all")
    assert_rate(row, sum(a != b for a, b in zip(automatic, final, strict=True)), len(final))
    row = next(r for r in rows if r["section"] == "review" and r["dimension"] == "kappa"
               and r["item"] == "all")
    assert float(row["value"]) == pytest.approx(cohen_kappa_score(automatic, final), abs=1e-6)


def final_percent(statuses: dict[str, str]) -> float:
    if statuses["disclosure"] == "failed":
        return 0.0
    weights = {item_id: weight for item_id, _, weight, _ in ITEMS}
    applicable = [i for i, s in statuses.items() if s != "not_applicable"]
    maximum = sum(weights[i] for i in applicable)
    earned = sum(weights[i] for i in applicable if statuses[i] == "passed")
    return 100.0 * earned / maximum if maximum else 100.0


def test_automatic_shows_the_machines_statuses_not_the_overrides(known):
    store, calls, finals, _ = known
    final = build_report(store, ReportParams(*OCTOBER))
    machine = build_report(store, ReportParams(*OCTOBER, automatic=True))
    october = [c for c in calls if in_period(c, *OCTOBER)]
    for report, statuses in ((final, finals), (machine, {c.call_id: c.statuses for c in calls})):
        rate = next(r.rate for r in report.items if r.item_id == "disclosure")
        judged = [statuses[c.call_id]["disclosure"] for c in october]
        assert (rate.numerator, rate.denominator) == (judged.count("passed"), len(judged))
    # call 31's disclosure was overturned to passed: the counts differ by it
    assert [r.rate.numerator for r in final.items if r.item_id == "disclosure"] != \
        [r.rate.numerator for r in machine.items if r.item_id == "disclosure"]
    assert machine.review == final.review  # agreement always compares with the reviewers
    assert final.review[-1].overturned.numerator > 0
    assert "the reviewer&#39;s latest decision counts" in render_html(final, "en")
    assert "automatic results" in render_html(machine, "en")


def test_the_unknown_agent_bucket_is_never_dropped(known):
    store, calls, _, _ = known
    report = build_report(store, ReportParams(*OCTOBER, by="team"))
    groups = {rate.group for rate in report.items_by_group}
    assert None in groups and "north" in groups
    total = sum(s.calls for s in report.scores_by_group)
    assert total == report.summary.calls
    only_unknown = build_report(store, ReportParams(*OCTOBER, agent="unknown"))
    assert only_unknown.summary.calls == sum(
        1 for c in calls if c.agent is None and in_period(c, *OCTOBER))


def test_mixed_checklist_versions_are_split_and_warned_about(db_url):
    calls = known_calls()[:20]
    for call in calls[10:]:
        call.version = "2.0"
    with open_store(db_url) as store:
        add_calls(store, calls)
        start, end = calls[0].started_at.date(), calls[-1].started_at.date()
        report = build_report(store, ReportParams(start, end))
        assert report.versions == ["1.0", "2.0"] and report.mixed_versions
        for version, group in (("1.0", calls[:10]), ("2.0", calls[10:])):
            rate = next(r.rate for r in report.items
                        if r.version == version and r.item_id == "disclosure")
            assert rate.denominator == len(group)
            assert rate.numerator == sum(c.statuses["disclosure"] == "passed" for c in group)
        html = render_html(report, "ru")
        assert 'id="mixed-versions"' in html and "смешаны версии" in html
        rows = csv_table(report)
        assert {r["checklist_version"] for r in rows if r["section"] == "adherence"} == {
            "1.0", "2.0"}
        only_new = build_report(store, ReportParams(start, end, checklist="audit@2.0"))
        assert only_new.versions == ["2.0"] and not only_new.mixed_versions


def test_a_rescored_call_counts_once_with_its_newest_scorecard(db_url):
    call = known_calls()[0]
    with open_store(db_url) as store:
        add_calls(store, [call])
        rescored = KnownCall(**{**call.__dict__, "version": "2.0",
                                "statuses": {**call.statuses, "disclosure": "passed"}})
        add_calls(store, [rescored])
        report = build_report(store, ReportParams(call.started_at.date(),
                                                  call.started_at.date()))
        assert report.summary.calls == 1 and report.versions == ["2.0"]


def test_a_period_without_reviews_says_so(db_url):
    calls = known_calls()[:8]
    with open_store(db_url) as store:
        add_calls(store, calls)
        report = build_report(store, ReportParams(date(2026, 9, 1), date(2026, 9, 30)))
        assert report.review == [] and report.summary.reviewed.numerator == 0
        html = render_html(report, "lt")
        assert 'id="no-reviews"' in html and "nė vieno skambučio neperžiūrėjo" in html
        assert not [r for r in csv_table(report) if r["section"] == "review"]


def test_an_empty_period_is_an_error_with_a_clear_message(tmp_path):
    db = tmp_path / "s.db"
    with open_store(db) as store:
        add_calls(store, known_calls()[:3])
        with pytest.raises(ReportError, match="no scored calls between 2025-01-01"):
            build_report(store, ReportParams(date(2025, 1, 1), date(2025, 1, 31)))
    result = CliRunner().invoke(app, [
        "report", "--db", str(db), "--from", "2025-01-01", "--to", "2025-01-31",
        "--format", "csv", "--out", str(tmp_path / "r.csv"),
    ])
    assert result.exit_code == 1
    assert "no scored calls between 2025-01-01 and 2025-01-31" in result.output
    assert not (tmp_path / "r.csv").exists()


def test_cli_writes_every_format_and_csv_cells_cannot_run_as_formulas(tmp_path):
    db = tmp_path / "s.db"
    with open_store(db) as store:
        add_calls(store, known_calls())
    runner = CliRunner()
    for fmt in ("csv", "html"):
        out = tmp_path / f"r.{fmt}"
        result = runner.invoke(app, [
            "report", "--db", str(db), "--from", "2026-10-01", "--to", "2026-10-31",
            "--format", fmt, "--out", str(out), "--lang", "uk", "--by", "team",
        ])
        assert result.exit_code == 0, result.output
    text = (tmp_path / "r.csv").read_text(encoding="utf-8")
    agent_rows = [row for row in csv.DictReader(io.StringIO(text)) if row["dimension"] == "agent"]
    assert any(row["group"] == "'=cmd|' /C calc'!A0" for row in agent_rows)
    assert not any(row["group"].startswith(("=", "+", "-", "@")) for row in agent_rows)
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<script" not in html and "http://" not in html.replace(
        'xmlns="http://www.w3.org/2000/svg"', "")
    assert "Аудит дотримання стандартів якості" in html
    bad = runner.invoke(app, ["report", "--db", str(db), "--from", "2026-10-31", "--to",
                              "2026-10-01", "--out", str(tmp_path / "x.html")])
    assert bad.exit_code != 0 and "ends" in bad.output


def test_trends_heatmap_and_misses_come_from_the_same_counts(known):
    store, calls, finals, _ = known
    report = build_report(store, ReportParams(*OCTOBER, max_misses=None))
    october = [c for c in calls if in_period(c, *OCTOBER)]
    missed = [c for c in october if finals[c.call_id]["disclosure"] == "failed"]
    assert report.misses_total == len(missed) == len(report.misses)
    assert {m.call_id for m in report.misses} == {c.call_id for c in missed}
    weekly = defaultdict(lambda: [0, 0])
    for rate in report.item_trend:
        weekly[rate.item_id][0] += rate.rate.numerator
        weekly[rate.item_id][1] += rate.rate.denominator
    overall = next(r.rate for r in report.items if r.item_id == "disclosure")
    assert weekly["disclosure"] == [overall.numerator, overall.denominator]
    html = render_html(report, "en")
    assert html.count("<svg") >= 4 and 'class="whisker"' in html


def test_outside_text_is_escaped_in_html_and_svg(db_url):
    calls = known_calls()[:20]
    for call in calls:
        call.agent = "<b onmouseover=alert(1)>A&B</b>"
    calls[0].statuses["disclosure"] = "failed"  # a critical miss, listed with its link
    with open_store(db_url) as store:
        add_calls(store, calls)
        report = build_report(store, ReportParams(calls[0].started_at.date(),
                                                  calls[-1].started_at.date(),
                                                  call_url="https://qa.example/c/{scorecard_id}"))
        html = render_html(report, "en")
        assert "<b onmouseover" not in html
        assert "&lt;b onmouseover=alert(1)&gt;A&amp;B&lt;/b&gt;" in html  # tables
        heatmap = html[html.index('<section id="heatmap">'):html.index('id="critical-misses"')]
        assert "<svg" in heatmap and "&lt;b onmouseover" in heatmap
        assert 'href="https://qa.example/c/' in html


@pytest.mark.parametrize("by", ["agent", "team", "queue", "week", "month"])
def test_every_breakdown_adds_up_to_the_whole(known, by):
    store, calls, _, _ = known
    assert len(calls) == 60
    report = build_report(store, ReportParams(date(2026, 9, 1), date(2026, 10, 31), by=by))
    assert sum(score.calls for score in report.scores_by_group) == report.summary.calls
    for item in report.items:
        parts = [r.rate for r in report.items_by_group if r.item_id == item.item_id]
        assert sum(p.numerator for p in parts) == item.rate.numerator
        assert sum(p.denominator for p in parts) == item.rate.denominator
    if by == "month":
        assert {score.group for score in report.scores_by_group} == {"2026-09-01", "2026-10-01"}
    if by == "week":  # weeks start on Monday
        assert all(date.fromisoformat(s.group).weekday() == 0 for s in report.scores_by_group)
    assert "<svg" in render_html(report, "lt")
