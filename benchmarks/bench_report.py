"""Benchmark the audit report over 100 000 scorecards on SQLite and PostgreSQL.

Seeds each store with ``seed_store.py`` (skipped when it already holds the calls), then
times ``build_report`` (every section: summary and previous period, adherence overall / by
dimension / heatmap / weekly trend, critical misses, flags, sentiment, KPIs with repeat
contacts, review agreement, provenance) and the renderers. Wall time and this process's CPU
time are both recorded: on a machine shared with other work wall time says what a run got,
CPU time what it needed (for PostgreSQL most work is in the server process, not counted).

    python benchmarks/bench_report.py [--calls 100000] [--rounds 3] [--pg URL | --no-pg]

Results go to benchmarks/results/report.json. The data are synthetic (seed_store.py).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from datetime import UTC, date, datetime
from importlib import metadata
from pathlib import Path

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parent))
from seed_store import seed

from speechqa.report import ReportParams, build_report
from speechqa.report.render import render_csv, render_html, render_pdf
from speechqa.store import Call, open_store

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
END = date(2026, 11, 29)
PERIODS = {
    "quarter_by_agent": ReportParams(date(2026, 9, 1), END, by="agent"),
    "quarter_by_team": ReportParams(date(2026, 9, 1), END, by="team"),
    "half_year_by_month": ReportParams(date(2026, 6, 1), END, by="month"),
    "month_one_team": ReportParams(date(2026, 11, 1), END, team="north", by="agent"),
}


def machine_info() -> dict:
    cpu = next(
        (line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
         if line.startswith("model name")),
        platform.processor(),
    )
    return {
        "cpu": cpu,
        "cores_available": len(os.sched_getaffinity(0)),
        "load_average_at_start": os.getloadavg(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "versions": {name: metadata.version(name)
                     for name in ("speechqa", "sqlalchemy", "weasyprint", "jinja2", "babel")},
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def timed(function, rounds: int) -> tuple[dict, object]:
    walls, cpus, result = [], [], None
    for _ in range(rounds):
        wall, cpu = time.perf_counter(), time.process_time()
        result = function()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return {"wall_s_median": round(statistics.median(walls), 2),
            "wall_s_all": [round(w, 2) for w in walls],
            "process_cpu_s_median": round(statistics.median(cpus), 2)}, result


def bench_store(url: str, calls: int, rounds: int) -> dict:
    store = open_store(url)
    entry: dict = {"backend": store.engine.dialect.name}
    with store.sessions() as session:
        present = session.scalar(select(func.count()).select_from(Call)) or 0
    if present < calls:
        started = time.perf_counter()
        seed(store, calls - present, end=END, version_switch=date(2026, 10, 1), progress=True)
        entry["seed_seconds"] = round(time.perf_counter() - started, 1)
    counts = store.counts()
    entry["rows"] = {name: counts[name] for name in ("calls", "scorecards", "item_results",
                                                     "flags", "item_overrides")}
    entry["reports"] = {}
    for name, params in PERIODS.items():
        timing, report = timed(lambda params=params: build_report(store, params), rounds)
        timing["scorecards_counted"] = report.summary.calls
        timing["checklist_versions"] = report.versions
        entry["reports"][name] = timing
        print(f"{entry['backend']} {name}: {timing}", file=sys.stderr, flush=True)
    report = build_report(store, PERIODS["quarter_by_agent"])
    entry["render_quarter_by_agent"] = {
        "html": timed(lambda: render_html(report, "ru"), 1)[0],
        "csv": timed(lambda: render_csv(report), 1)[0],
        "pdf": timed(lambda: render_pdf(report, "ru"), 1)[0],
    }
    if store.engine.dialect.name == "postgresql":
        with store.engine.connect() as connection:
            entry["server"] = connection.scalar(text("SHOW server_version"))
    store.close()
    return entry


def pg_database(admin_url: str, name: str) -> str:
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        exists = connection.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"),
                                   {"n": name})
        if not exists:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--sqlite", default="/tmp/speechqa-bench/report-100k.db")
    parser.add_argument("--pg", default=os.environ.get("SPEECHQA_TEST_PG_URL"),
                        help="admin URL of a PostgreSQL server (scripts/postgres.sh)")
    parser.add_argument("--no-pg", action="store_true")
    args = parser.parse_args()
    results = {"machine": machine_info(), "calls": args.calls, "rounds": args.rounds,
               "target_s_per_report": 10, "data": "synthetic, benchmarks/seed_store.py",
               "stores": []}
    results["stores"].append(bench_store(args.sqlite, args.calls, args.rounds))
    if args.pg and not args.no_pg:
        url = pg_database(args.pg, "speechqa_report_bench")
        results["stores"].append(bench_store(url, args.calls, args.rounds))
    results["machine"]["load_average_at_end"] = os.getloadavg()
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / "report.json"
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
