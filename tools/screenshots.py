"""Screenshots of the review app for the README: ``docs/queue.png`` and ``docs/call.png``.

Scores the bundled samples for real (``speechqa batch`` on a manifest that adds agent, team,
queue and start time to ``audio_samples/``), adds a supervisor and an admin, records one
override so the page shows a reviewer's trace, serves the app on 127.0.0.1 and photographs
it in Debian's chromium through Playwright. ``--db`` reuses a store made earlier.

    python tools/screenshots.py [--db demo.db] [--out docs]
"""

from __future__ import annotations

import argparse
import csv
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "audio_samples"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
PASSWORD = "demo-password-1"
CALLS = [  # file, agent, team, queue, started_at
    ("call_en_mono.mp3", "a-117", "support", "billing", "2026-11-27T10:42:00+00:00"),
    ("call_ru_mono.wav", "a-204", "support", "general", "2026-11-27T11:05:00+00:00"),
    ("call_ru_stereo.flac", "a-117", "support", "memberships", "2026-11-28T09:13:00+00:00"),
]


def score_samples(db: Path, work: Path) -> None:
    manifest = work / "manifest.csv"
    with open(manifest, "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["path", "agent_id", "team", "queue", "started_at"])
        for name, *metadata in CALLS:
            writer.writerow([SAMPLES / name, *metadata])
    subprocess.run([sys.executable, "-m", "speechqa.cli", "batch", str(manifest),
                    "--db", str(db), "--settle", "0"], check=True)


def prepare(store) -> int:
    """Demo users and one override; the id of the worst call in the queue."""
    from speechqa.review import accounts, service

    if not accounts.has_any_user(store):
        accounts.create_user(store, "admin", "admin", PASSWORD)
        accounts.create_user(store, "anna", "supervisor", PASSWORD, teams=["support"])
    anna = accounts.get_user_by_name(store, "anna")
    worst = service.queue(store, anna, service.QueueFilters()).rows[0].scorecard_id
    detail = service.call_detail(store, anna, worst)
    failed = [item for item in detail.items if item.final_status == "failed"]
    if failed and not any(item.overrides for item in detail.items):
        item = failed[-1]
        service.override_item(store, anna, worst, item.item_id, "not_applicable",
                              "Not required on this line: the IVR covers it.",
                              expected_version=item.version)
    return worst


def serve(store):
    import uvicorn

    from speechqa.web.app import create_app

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port,
                                           log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}"


def photograph(base: str, worst: int, out: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium",
                                             args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 820},
                                extra_http_headers={"Accept-Language": "en"})
        page.goto(f"{base}/login")
        page.fill("input[name=name]", "anna")
        page.fill("input[name=password]", PASSWORD)
        with page.expect_navigation():
            page.click("form[action='/login'] button[type=submit]")
        page.screenshot(path=str(out / "queue.png"))
        page.goto(f"{base}/calls/{worst}")
        page.wait_for_timeout(1500)  # peaks drawn
        evidence = page.locator("button.evidence")
        if evidence.count():
            evidence.first.click()
            page.wait_for_timeout(800)
        page.screenshot(path=str(out / "call.png"), full_page=True)
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing store (default: score samples)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    from speechqa.store import open_store

    with tempfile.TemporaryDirectory() as work:
        db = args.db
        if db is None:
            db = Path(work) / "demo.db"
            score_samples(db, Path(work))
        store = open_store(db)
        worst = prepare(store)
        server, base = serve(store)
        args.out.mkdir(parents=True, exist_ok=True)
        try:
            photograph(base, worst, args.out)
        finally:
            server.should_exit = True
            store.close()
    print(f"wrote {args.out / 'queue.png'} and {args.out / 'call.png'}")


if __name__ == "__main__":
    main()
