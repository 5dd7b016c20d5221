"""Benchmark the review web app end to end: HTTP request to rendered page, over uvicorn.

Seeds a store with --calls synthetic scored calls (``bench_review.seed``: the same store the
domain benchmark uses) plus one call whose recording is the bundled 67 s ``call_en_mono.mp3``,
serves the app with uvicorn on 127.0.0.1 and times, with a signed-in httpx client, what a
supervisor's browser asks for: the queue page (plain and filtered), a call page, the JSON API's
queue and call detail, an htmx comment post (it answers the changed panels), the waveform
peaks (first request decodes the recording, later ones hit the cache) and a 64 KiB audio
range. Each figure is the median of --repeats runs after one warm-up (except the first peaks).

    python benchmarks/bench_web.py [--calls 2000] [--repeats 7]

The figures include HTTP, routing, the domain queries and template rendering on this shared
machine; its load average is recorded beside them.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import random
import re
import socket
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

import httpx
import uvicorn
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_review import _call, seed, timed  # the domain benchmark's store and timer
from bench_transcribe import machine_info

from speechqa.review import accounts
from speechqa.store import Call, ScorecardRow, open_store
from speechqa.web.app import create_app

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "audio_samples" / "call_en_mono.mp3"
RESULT = Path(__file__).parent / "results" / "web.json"
PASSWORD = "benchmark-password"


def add_recorded_call(store) -> int:
    """One call whose path is a real recording, so peaks and ranges have a file to read."""
    info, transcript, scorecard = _call(10**6, random.Random(1), datetime(2026, 11, 1, tzinfo=UTC))
    store.save_call(dataclasses.replace(info, path=str(SAMPLE)), transcript, scorecard)
    with store.sessions() as session:
        return session.scalar(select(ScorecardRow.id).join(Call).where(
            Call.sha256 == transcript.audio.sha256))


def serve(store) -> tuple[uvicorn.Server, str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port,
                                           log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}"


def signed_in(base: str, name: str) -> tuple[httpx.Client, str]:
    client = httpx.Client(base_url=base, timeout=60)
    page = client.get("/login").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    client.post("/login", data={"name": name, "password": PASSWORD, "csrf_token": token})
    csrf = re.search(r'name="csrf-token" content="([^"]+)"', client.get("/queue").text).group(1)
    return client, csrf


def ok(response: httpx.Response) -> httpx.Response:
    response.raise_for_status()
    return response


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--out", type=Path, default=RESULT)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch, \
            open_store(f"sqlite:///{Path(scratch) / 'web.db'}") as store:
        seconds = seed(store, args.calls)
        recorded = add_recorded_call(store)
        accounts.create_user(store, "ada", "admin", PASSWORD)
        accounts.create_user(store, "sam", "supervisor", PASSWORD, teams=["team-3"])
        server, base = serve(store)
        try:
            admin, _ = signed_in(base, "ada")
            supervisor, csrf = signed_in(base, "sam")
            queue = ok(supervisor.get("/api/v1/queue")).json()
            target = queue["rows"][0]["scorecard_id"]
            began = time.perf_counter()
            peaks = ok(admin.get(f"/calls/{recorded}/peaks")).json()
            first_peaks_ms = round((time.perf_counter() - began) * 1000, 1)
            figures = {
                "queue_page_admin_ms": timed(lambda: ok(admin.get("/queue")), args.repeats),
                "queue_page_supervisor_ms": timed(lambda: ok(supervisor.get("/queue")),
                                                  args.repeats),
                "queue_page_failed_item_filter_ms": timed(lambda: ok(admin.get(
                    "/queue", params={"failed_item": "recording_disclosure"})), args.repeats),
                "call_page_ms": timed(lambda: ok(supervisor.get(f"/calls/{target}")),
                                      args.repeats),
                "api_queue_ms": timed(lambda: ok(supervisor.get("/api/v1/queue")), args.repeats),
                "api_call_detail_ms": timed(lambda: ok(supervisor.get(f"/api/v1/calls/{target}")),
                                            args.repeats),
                "htmx_comment_post_ms": timed(lambda: ok(supervisor.post(
                    f"/calls/{target}/comments", data={"text": "benchmark"},
                    headers={"HX-Request": "true", "X-CSRF-Token": csrf})), args.repeats),
                "peaks_first_request_ms": first_peaks_ms,
                "peaks_cached_ms": timed(lambda: ok(admin.get(f"/calls/{recorded}/peaks")),
                                         args.repeats),
                "audio_range_64k_ms": timed(lambda: ok(admin.get(
                    f"/calls/{recorded}/audio", headers={"Range": "bytes=0-65535"})),
                    args.repeats),
            }
        finally:
            server.should_exit = True
    machine = machine_info()
    machine["versions"].update(
        {name: metadata.version(name) for name in ("fastapi", "starlette", "uvicorn", "jinja2",
                                                   "sqlalchemy", "httpx")}
    )
    report = {
        "machine": machine,
        "backend": "sqlite",
        "calls": args.calls,
        "seed_seconds": round(seconds, 1),
        "repeats": args.repeats,
        "recording_seconds": peaks["duration"],
        "peaks_buckets": len(peaks["peaks"]),
        "load_average_1min_at_end": round(os.getloadavg()[0], 2),
        "median_ms": figures,
        "note": "synthetic scorecards (no ASR) plus the bundled 67 s MP3 for peaks and audio; "
                "HTTP over loopback to uvicorn in the same process; medians after a warm-up",
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(report["median_ms"], indent=2))
    print(f"-> {args.out}")


if __name__ == "__main__":
    main()
