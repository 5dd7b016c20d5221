"""Benchmark the review app's queries on a store the size of a few months of calls.

Seeds a fresh database with --calls scored calls (7 checklist items each, 0-3 flags of mixed
severity, 10 teams, 200 agents, start times over 90 days, overrides and finished reviews on
a few percent), then times what a supervisor's page load runs: the queue's first and last
page (as admin, as a one-team supervisor, as an agent, and with filters whose answer needs
the final item statuses), the filter dropdowns, one call's detail and one override. Each
figure is the median of --repeats runs in this process, after one warm-up.

    python benchmarks/bench_review.py [--calls 20000] [--db postgresql://...] [--repeats 7]

The seeded calls are synthetic (hand-built scorecards; no audio, no ASR): the figures measure
the database work, not the scoring. The machine's load average is recorded beside them:
on a shared machine the medians say what this run got.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_transcribe import machine_info  # the sibling benchmark: same machine report

from speechqa.review import accounts
from speechqa.review import service as sv
from speechqa.schema import (
    AudioInfo,
    CallMetrics,
    Flag,
    ItemResult,
    Scorecard,
    SentimentSummary,
    Transcript,
    Turn,
)
from speechqa.scoring import item_totals
from speechqa.store import CallInfo, open_store

ITEMS = (("greeting", 2, False), ("recording_disclosure", 3, True), ("identity", 3, True),
         ("clarifying", 2, False), ("summary", 2, False), ("anything_else", 1, False),
         ("thanks", 1, False))
SEVERITIES = ("info", "warning", "critical")
RESULT = Path(__file__).parent / "results" / "review.json"


def _call(number: int, rng: random.Random, start: datetime) -> tuple[CallInfo, Transcript,
                                                                      Scorecard]:
    call_id = f"call-{number:06d}"
    sha = hashlib.sha256(call_id.encode()).hexdigest()
    transcript = Transcript(
        call_id=call_id, language=rng.choice(("ru", "uk", "en", "lt")),
        audio=AudioInfo(sha256=sha, duration=rng.uniform(60, 900)),
        turns=[Turn(speaker="A", role="agent", start=0, end=2, text="Добрый день"),
               Turn(speaker="B", role="customer", start=2.5, end=5, text="Здравствуйте")],
    )
    items = []
    for item_id, weight, critical in ITEMS:
        status = rng.choices(("passed", "failed", "not_applicable"), (0.8, 0.15, 0.05))[0]
        items.append(ItemResult(id=item_id, title=item_id.replace("_", " "), status=status,
                                weight=weight, earned=weight if status == "passed" else 0,
                                critical=critical, reason="synthetic"))
    totals = item_totals(items)
    flags = [Flag(code=f"flag_{rng.randrange(12)}", severity=rng.choice(SEVERITIES),
                  reason="synthetic", start=rng.uniform(0, 60))
             for _ in range(rng.randrange(4))]
    scorecard = Scorecard(
        call_id=call_id, checklist_id="default", checklist_version="1.0",
        language=transcript.language, items=items, score=totals.score,
        max_score=totals.max_score, percent=totals.percent, auto_failed=totals.auto_failed,
        sentiment=SentimentSummary(customer_sentiment=rng.choice(
            ("negative", "neutral", "positive"))),
        metrics=CallMetrics(duration=transcript.audio.duration), flags=flags,
        needs_review=totals.auto_failed or any(f.severity != "info" for f in flags),
    )
    info = CallInfo(
        call_id=call_id, path=f"/calls/{call_id}.wav", agent_id=f"A{rng.randrange(200):03d}",
        queue=rng.choice(("billing", "sales", "support")), team=f"team-{rng.randrange(10)}",
        started_at=start + timedelta(minutes=rng.uniform(0, 90 * 24 * 60)),
    )
    return info, transcript, scorecard


def seed(store, calls: int) -> float:
    rng = random.Random(0)
    start = datetime(2026, 9, 1, tzinfo=UTC)
    began = time.perf_counter()
    for number in range(calls):
        store.save_call(*_call(number, rng, start))
    return time.perf_counter() - began


_versions: dict[tuple[int, str], tuple[int, str]] = {}


def flip(store, user, scorecard_id: int, item_id: str, *, detail: bool = True) -> None:
    """Override an item to the other of passed/failed; the page's version is remembered, as
    a browser would have it, so only the override itself is timed."""
    key = (scorecard_id, item_id)
    if key not in _versions or detail:
        item = next(i for i in sv.call_detail(store, user, scorecard_id).items
                    if i.item_id == item_id)
        _versions[key] = (item.version, item.final_status)
    version, status = _versions[key]
    new = "failed" if status == "passed" else "passed"
    sv.override_item(store, user, scorecard_id, item_id, new, "benchmark",
                     expected_version=version)
    _versions[key] = (version + 1, new)


def timed(function, repeats: int) -> float:
    function()  # warm-up: caches, query compilation
    runs = []
    for _ in range(repeats):
        began = time.perf_counter()
        function()
        runs.append(time.perf_counter() - began)
    return round(statistics.median(runs) * 1000, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=20000)
    parser.add_argument("--db", help="database URL (default: a fresh SQLite file)")
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--out", type=Path, default=RESULT)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        url = args.db or f"sqlite:///{Path(scratch) / 'review.db'}"
        with open_store(url) as store:
            seconds = seed(store, args.calls)
            admin = accounts.create_user(store, "ada", "admin", "benchmark-password")
            supervisor = accounts.create_user(store, "sam", "supervisor", "benchmark-password",
                                              teams=["team-3"])
            agent = accounts.create_user(store, "a7", "agent", "benchmark-password",
                                         agent_id="A007")
            # A few percent reviewed and overridden, as after some weeks of use.
            for row in sv.queue(store, admin).rows[:20]:
                flip(store, admin, row.scorecard_id, "summary")
                sv.set_review_status(store, admin, row.scorecard_id, "reviewed",
                                     expected_version=0)
            total = sv.queue(store, admin).total
            last_page = max(1, -(-total // 50))
            target = sv.queue(store, supervisor).rows[0].scorecard_id
            figures = {
                "queue_admin_first_page_ms": timed(lambda: sv.queue(store, admin), args.repeats),
                "queue_admin_last_page_ms": timed(
                    lambda: sv.queue(store, admin, page=last_page), args.repeats),
                "queue_supervisor_one_team_ms": timed(
                    lambda: sv.queue(store, supervisor), args.repeats),
                "queue_agent_ms": timed(
                    lambda: sv.queue(store, agent, sv.QueueFilters(include_reviewed=True)),
                    args.repeats),
                "queue_failed_item_filter_ms": timed(lambda: sv.queue(
                    store, admin, sv.QueueFilters(failed_item="recording_disclosure")),
                    args.repeats),
                "queue_flag_and_date_filter_ms": timed(lambda: sv.queue(
                    store, admin, sv.QueueFilters(
                        flag_code="flag_3", date_from=datetime(2026, 10, 1, tzinfo=UTC),
                        date_to=datetime(2026, 11, 1, tzinfo=UTC))), args.repeats),
                "filter_options_admin_ms": timed(
                    lambda: sv.filter_options(store, admin), args.repeats),
                "call_detail_ms": timed(
                    lambda: sv.call_detail(store, supervisor, target), args.repeats),
                "override_item_ms": timed(
                    lambda: flip(store, supervisor, target, "thanks", detail=False),
                    args.repeats),
            }
            backend = store.engine.dialect.name
    machine = machine_info()
    machine["versions"].update(
        {name: metadata.version(name) for name in ("sqlalchemy", "alembic", "argon2-cffi")}
    )
    report = {
        "machine": machine,
        "backend": backend,
        "calls": args.calls,
        "queue_total_needing_review": total,
        "seed_seconds": round(seconds, 1),
        "repeats": args.repeats,
        "load_average_1min_at_end": round(os.getloadavg()[0], 2),
        "median_ms": figures,
        "note": "synthetic scorecards (no audio, no ASR); medians after one warm-up run",
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(report["median_ms"], indent=2))
    print(f"-> {args.out}")


if __name__ == "__main__":
    main()
