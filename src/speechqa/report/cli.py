"""``speechqa report``, ``speechqa sample`` and ``speechqa verify``: the auditor's commands.

``speechqa.cli`` registers these functions; they stay here so the report package owns its
command line and the main CLI module only gains three lines.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

console = Console(stderr=True)

DbOpt = Annotated[str | None, typer.Option(
    "--db", help="Database URL or SQLite file (default: SPEECHQA_DB_URL or the user store).")]
FromOpt = Annotated[str, typer.Option("--from", help="First day of the period (YYYY-MM-DD).")]
ToOpt = Annotated[str, typer.Option("--to", help="Last day of the period, inclusive.")]
TeamOpt = Annotated[str | None, typer.Option("--team", help="Only this team ('unknown': none).")]
AgentOpt = Annotated[str | None, typer.Option("--agent", help="Only this agent id.")]
QueueOpt = Annotated[str | None, typer.Option("--queue", help="Only this queue.")]
ChecklistOpt = Annotated[str | None, typer.Option(
    "--checklist", help="Checklist id, or ID@VERSION (default: the only one in the period).")]


def _day(value: str, option: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)",
                                 param_hint=option) from None


def _params(date_from: str, date_to: str, **fields):
    from speechqa.report.query import ReportError, ReportParams

    try:
        return ReportParams(_day(date_from, "--from"), _day(date_to, "--to"), **fields)
    except ReportError as error:
        _fail(str(error))


def _fail(message: str, code: int = 1) -> None:
    console.print(f"error: {escape(message)}", highlight=False, soft_wrap=True)
    raise typer.Exit(code=code)


def _open(db: str | None):
    from speechqa.store import default_db_url, open_store

    return open_store(db or default_db_url())


def report(
    out: Annotated[Path, typer.Option("--out", "-o", help="File to write.")],
    date_from: FromOpt,
    date_to: ToOpt,
    fmt: Annotated[str, typer.Option("--format", "-f", help="html, pdf or csv.")] = "html",
    db: DbOpt = None,
    team: TeamOpt = None,
    agent: AgentOpt = None,
    queue: QueueOpt = None,
    checklist: ChecklistOpt = None,
    by: Annotated[str, typer.Option(
        "--by", help="Break adherence down by agent, team, queue, week or month.")] = "agent",
    lang: Annotated[str, typer.Option("--lang", help="ru, uk, en or lt.")] = "en",
    automatic: Annotated[bool, typer.Option(
        "--automatic", help="Count the machine's statuses, not the reviewers' final ones.")
    ] = False,
    max_misses: Annotated[int, typer.Option(
        "--max-misses", min=0, help="Critical misses listed in HTML/PDF (0: all).")] = 1000,
    call_url: Annotated[str | None, typer.Option(
        "--call-url",
        help="Link for each call, e.g. 'https://qa.example/calls/{scorecard_id}'.")] = None,
) -> None:
    """Compliance audit of a period: adherence with 95 % intervals, trends, misses, review
    agreement and provenance, as one self-contained HTML file, a PDF, or tidy CSV."""
    from speechqa.report.i18n import LANGUAGES
    from speechqa.report.query import ReportError, build_report
    from speechqa.report.render import render_csv, render_html, render_pdf

    if fmt not in ("html", "pdf", "csv"):
        raise typer.BadParameter("must be html, pdf or csv", param_hint="--format")
    if lang not in LANGUAGES:
        raise typer.BadParameter(f"must be one of {', '.join(LANGUAGES)}", param_hint="--lang")
    params = _params(date_from, date_to, team=team, agent=agent, queue=queue,
                     checklist=checklist, by=by, automatic=automatic,
                     max_misses=max_misses or None, call_url=call_url)
    with _open(db) as store, console.status("counting in the database"):
        try:
            built = build_report(store, params)
        except ReportError as error:
            _fail(str(error))
    with console.status(f"writing {fmt.upper()}"):
        if fmt == "html":
            content: str | bytes = render_html(built, lang)
        elif fmt == "csv":
            content = render_csv(built)
        else:
            try:
                content = render_pdf(built, lang)
            except (ImportError, OSError) as error:  # WeasyPrint or its Pango library missing
                _fail(f"PDF output needs WeasyPrint and the Pango library: {error}")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            out.write_bytes(content)
        else:
            out.write_text(content, encoding="utf-8", newline="")
    except OSError as error:
        _fail(f"{out}: cannot write ({error.strerror or error})")
    summary = built.summary
    console.print(
        f"{escape(str(out))}: {summary.calls} calls, {len(built.items)} item rates"
        + (f", checklist versions {', '.join(built.versions)} (mixed)"
           if built.mixed_versions else ""),
        highlight=False, soft_wrap=True,
    )


def sample(
    per_agent: Annotated[int, typer.Option("--per-agent", min=1, help="Calls per agent.")],
    date_from: FromOpt,
    date_to: ToOpt,
    db: DbOpt = None,
    seed: Annotated[int | None, typer.Option(
        "--seed", help="Random seed: the same seed on the same store draws the same calls "
        "(default: a fresh one, recorded).")] = None,
    flagged_share: Annotated[float | None, typer.Option(
        "--flagged-share", min=0.0, max=1.0,
        help="Share of each agent's calls drawn from those flagged for review.")] = None,
    team: TeamOpt = None,
    agent: AgentOpt = None,
    queue: QueueOpt = None,
    checklist: ChecklistOpt = None,
    dry_run: Annotated[bool, typer.Option(
        "--dry-run", help="Show the draw without recording it.")] = False,
) -> None:
    """Draw a reproducible random sample of calls per agent for manual review (the
    observation sheet) and record it in the store, where the review queue can filter on it."""
    from speechqa.report.query import ReportError
    from speechqa.report.sampling import draw_sample, record_sample

    params = _params(date_from, date_to, team=team, agent=agent, queue=queue,
                     checklist=checklist)
    with _open(db) as store:
        try:
            drawn = draw_sample(store, params, per_agent, seed=seed,
                                flagged_share=flagged_share)
        except ReportError as error:
            _fail(str(error))
        if not drawn.calls:
            _fail("no calls to sample in that period")
        if not dry_run:
            drawn = record_sample(store, drawn, params, per_agent, flagged_share)
    table = Table("call", "agent", "flagged", title=None)
    for call in drawn.calls:
        table.add_row(escape(call.call_id), escape(call.agent_id or "unknown"),
                      "yes" if call.flagged else "")
    Console().print(table)
    where = "not recorded (dry run)" if drawn.id is None else f"recorded as sample {drawn.id}"
    console.print(f"{len(drawn.calls)} calls of {drawn.agents} agents, seed {drawn.seed}, "
                  f"{where}", highlight=False)


def verify(
    db: DbOpt = None,
    call: Annotated[str | None, typer.Option("--call", help="Only this call id.")] = None,
    sample_id: Annotated[int | None, typer.Option(
        "--sample", help="Only the calls of this recorded review sample.")] = None,
) -> None:
    """Rescore stored transcripts with the checklist text stored with their scores and report
    every difference (exit code 1 when any score cannot be reproduced)."""
    from speechqa.report.query import ReportError
    from speechqa.report.sampling import sample_scorecards
    from speechqa.report.verify import scorecard_ids
    from speechqa.report.verify import verify as verify_scores

    if call is not None and sample_id is not None:
        raise typer.BadParameter("give --call or --sample, not both")
    failed = checked = 0
    with _open(db) as store:
        try:
            ids = sample_scorecards(store, sample_id) if sample_id is not None else \
                scorecard_ids(store, call_id=call)
        except ReportError as error:
            _fail(str(error))
        if not ids:
            _fail(f"no scorecards for call {call}" if call else "the store has no scorecards")
        from speechqa.cli import progress_bar

        with progress_bar() as bar:
            task = bar.add_task("verifying", total=len(ids))
            for result in verify_scores(store, ids, progress=lambda n: bar.advance(task, n)):
                checked += 1
                if not result.ok:
                    failed += 1
                    bar.console.print(
                        f"{escape(result.call_id)} ({escape(result.checklist)}, scorecard "
                        f"{result.scorecard_id}):", highlight=False, soft_wrap=True)
                    for difference in result.differences:
                        bar.console.print(f"  {escape(difference)}", highlight=False,
                                          soft_wrap=True)
    console.print(f"{checked} scorecards checked, {checked - failed} reproduced, "
                  f"{failed} differ", highlight=False)
    if failed:
        raise typer.Exit(code=1)


def register(app: typer.Typer) -> None:
    """Add the commands to the main ``speechqa`` application."""
    app.command("report")(report)
    app.command("sample")(sample)
    app.command("verify")(verify)
