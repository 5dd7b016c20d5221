"""Load benchmark of the review web app at scale: a store of --calls synthetic calls (the
bulk seeder ``seed_store.py``, then ``speechqa index`` for search), served by ``speechqa serve``
in its own process, and 1 and N concurrent clients (threads, each a bounded loop of requests
over its own keep-alive loopback connection) timing the queue, a filtered queue, two
transcript searches and the call page. The client is deliberately lean (``LeanClient``): it
shares the machine's cores with the server, and its own CPU per request is measured and kept
in the result beside the server's.

    python benchmarks/bench_web_load.py --db sqlite:////tmp/load.db --calls 100000 \\
        [--clients 1 8] [--requests 160] [--workers 2] [--reuse] [--prepare-only]

The result is merged into ``benchmarks/results/web.json`` under
``load.<backend>_<workers>_workers``, with the
machine's description and its load average before and after every scenario (the machine is
shared: other jobs run beside the benchmark).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import resource
import socket
import statistics
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

import httpx
from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_transcribe import machine_info
from seed_store import seed

from speechqa.review import accounts
from speechqa.search_index import index_pending
from speechqa.store import ScorecardRow, open_store

RESULT = Path(__file__).parent / "results" / "web.json"
PASSWORD = "benchmark-password"
SCENARIOS = {
    "queue": ("/queue", {}),
    "queue_filtered": ("/queue", {"failed_item": "recording_disclosure", "language": "ru",
                                  "team": "north"}),
    "search_common_word": ("/queue", {"q": "интернет"}),
    "search_inflected_rare": ("/queue", {"q": "списали", "speaker": "customer"}),
    "call_page": ("/calls/{id}", {}),
}


def prepare(url: str, calls: int, reuse: bool) -> dict:
    """Seed and index the store (unless --reuse finds it seeded); timings of each step."""
    timings: dict = {}
    with open_store(url) as store:
        with store.sessions() as session:
            present = session.scalar(select(func.count(ScorecardRow.id))) or 0
        if not (reuse and present >= calls):
            began = time.perf_counter()
            seed(store, calls - present if reuse else calls, progress=True)
            timings["seed_seconds"] = round(time.perf_counter() - began, 1)
        began = time.perf_counter()
        indexed = index_pending(store, chunk=2000)
        timings["index_seconds"] = round(time.perf_counter() - began, 1)
        timings["indexed_now"] = indexed
        if not any(user.name == "ada" for user in accounts.list_users(store)):
            accounts.create_user(store, "ada", "admin", PASSWORD)
        with store.sessions() as session:
            timings["scorecards"] = session.scalar(select(func.count(ScorecardRow.id)))
            timings["needs_review"] = session.scalar(select(func.count(ScorecardRow.id)).where(
                ScorecardRow.needs_review.is_(True)))
    return timings


def start_server(url: str, workers: int) -> tuple[subprocess.Popen, str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "speechqa.cli", "serve", "--db", url, "--port", str(port),
         "--workers", str(workers)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=os.environ.copy(),
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            httpx.get(f"{base}/login", timeout=2)
            return process, base
        except httpx.HTTPError:
            if process.poll() is not None:
                raise RuntimeError(process.stderr.read().decode()) from None
            time.sleep(0.5)
    process.kill()
    raise RuntimeError("speechqa serve did not start")


def signed_in(base: str) -> httpx.Client:
    client = httpx.Client(base_url=base, timeout=120)
    page = client.get("/login").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    client.post("/login", data={"name": "ada", "password": PASSWORD, "csrf_token": token})
    return client


class LeanClient:
    """One keep-alive HTTP/1.1 connection with a session cookie, sending GETs and reading
    whole responses with the least parsing that is still correct (status line, Content-Length
    or chunked body). The load generator runs on the same two cores as the server, so its own
    cost counts: httpx spends ~0.7 ms of CPU per request (measured on the queue page), this
    under 0.1 ms."""

    def __init__(self, base: str, cookie: str) -> None:
        host, port = base.removeprefix("http://").split(":")
        self.address = (host, int(port))
        self.host = f"{host}:{port}"
        self.cookie = cookie
        self._connect()

    def _connect(self) -> None:
        self.sock = socket.create_connection(self.address, timeout=120)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.buffer = b""

    def get(self, target: str) -> tuple[int, bytes]:
        request = (f"GET {target} HTTP/1.1\r\nHost: {self.host}\r\n"
                   f"Cookie: {self.cookie}\r\n\r\n").encode()
        try:
            self.sock.sendall(request)
            self._fill()
        except (ConnectionError, OSError):
            # The server closed an idle keep-alive connection (uvicorn: after 5 s), as any
            # HTTP client finds now and then: send again on a new one.
            self.sock.close()
            self._connect()
            self.sock.sendall(request)
        while (end := self.buffer.find(b"\r\n\r\n")) < 0:
            self._fill()
        head, self.buffer = self.buffer[:end].decode("latin-1"), self.buffer[end + 4:]
        status = int(head[9:12])
        headers = {name.strip().lower(): value.strip() for name, _, value in
                   (line.partition(":") for line in head.split("\r\n")[1:])}
        if "content-length" in headers:
            return status, self._take(int(headers["content-length"]))
        if headers.get("transfer-encoding", "").lower() != "chunked":
            raise RuntimeError(f"{target}: response without a length")
        body = []
        while True:
            while (line_end := self.buffer.find(b"\r\n")) < 0:
                self._fill()
            size = int(self.buffer[:line_end].split(b";")[0], 16)
            self.buffer = self.buffer[line_end + 2:]
            body.append(self._take(size + 2)[:size])
            if size == 0:
                return status, b"".join(body)

    def _fill(self) -> None:
        chunk = self.sock.recv(262144)
        if not chunk:
            raise ConnectionError("server closed the connection")
        self.buffer += chunk

    def _take(self, count: int) -> bytes:
        while len(self.buffer) < count:
            self._fill()
        taken, self.buffer = self.buffer[:count], self.buffer[count:]
        return taken

    def close(self) -> None:
        self.sock.close()


def lean_client(base: str) -> LeanClient:
    """A lean connection carrying a fresh session of its own (signed in through httpx)."""
    client = signed_in(base)
    cookie = "; ".join(f"{name}={value}" for name, value in client.cookies.items())
    client.close()
    return LeanClient(base, cookie)


def _cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of a process and its children (the server's workers)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    pids = [pid]
    while pids:
        current = pids.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / ticks
            pids += [int(child) for child in
                     Path(f"/proc/{current}/task/{current}/children").read_text().split()]
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total


def _client_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run_scenario(server_pid: int, name: str, clients: list[LeanClient], requests: int,
                 call_ids: list[int]) -> dict:
    """Every client sends requests/len(clients) requests back to back; all latencies, and
    the CPU the server and this client process spent per request."""
    path, params = SCENARIOS[name]
    query = ("?" + urlencode(params)) if params else ""
    per_client = max(1, requests // len(clients))
    latencies: list[float] = []
    lock = threading.Lock()
    errors: list[str] = []

    def loop(client: LeanClient, seed_value: int) -> None:
        rng = random.Random(seed_value)
        mine = []
        try:
            for _ in range(per_client):
                target = path.format(id=rng.choice(call_ids)) + query
                began = time.perf_counter()
                status, body = client.get(target)
                mine.append((time.perf_counter() - began) * 1000)
                if status != 200 or b"</html>" not in body:
                    errors.append(f"{target}: {status}")
        except Exception as error:  # reported below: the run fails
            errors.append(f"{path}: {error!r}")
        with lock:
            latencies.extend(mine)

    load_before = os.getloadavg()[0]
    threads = [threading.Thread(target=loop, args=(client, index))
               for index, client in enumerate(clients)]
    server_cpu, client_cpu = _cpu_seconds(server_pid), _client_cpu_seconds()
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - began
    server_cpu = _cpu_seconds(server_pid) - server_cpu
    client_cpu = _client_cpu_seconds() - client_cpu
    if errors:
        raise RuntimeError(f"{name}: {errors[:3]}")
    ordered = sorted(latencies)
    return {
        "requests": len(ordered),
        "p50_ms": round(statistics.median(ordered), 1),
        "p95_ms": round(ordered[max(0, math.ceil(len(ordered) * 0.95) - 1)], 1),
        "max_ms": round(ordered[-1], 1),
        "requests_per_s": round(len(ordered) / wall, 1),
        "server_cpu_ms_per_request": round(server_cpu * 1000 / len(ordered), 2),
        "client_cpu_ms_per_request": round(client_cpu * 1000 / len(ordered), 2),
        "load_average_1min": [round(load_before, 2), round(os.getloadavg()[0], 2)],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="database URL (SQLite or PostgreSQL)")
    parser.add_argument("--calls", type=int, default=100_000)
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 8])
    parser.add_argument("--requests", type=int, default=160,
                        help="requests per scenario and concurrency level (all clients)")
    parser.add_argument("--reuse", action="store_true", help="keep an already seeded store")
    parser.add_argument("--prepare-only", action="store_true",
                        help="seed and index the store, then stop (run again with --reuse)")
    parser.add_argument("--workers", type=int, default=1, help="speechqa serve --workers")
    parser.add_argument("--scenarios", nargs="+", choices=list(SCENARIOS),
                        default=list(SCENARIOS))
    parser.add_argument("--out", type=Path, default=RESULT)
    args = parser.parse_args()

    backend = "postgresql" if args.db.startswith("postgresql") else "sqlite"
    preparation = prepare(args.db, args.calls, args.reuse)
    print(json.dumps(preparation), flush=True)
    if args.prepare_only:
        return
    server, base = start_server(args.db, args.workers)
    try:
        probe = signed_in(base)
        queue = probe.get("/api/v1/queue", params={"per_page": 200}).json()
        call_ids = [row["scorecard_id"] for row in queue["rows"]]
        figures: dict = {}
        for count in args.clients:
            clients = [lean_client(base) for _ in range(count)]
            for name in args.scenarios:
                # Warm-up: two requests per connection, so that every server process has
                # loaded its templates and built this scenario's queue once.
                run_scenario(server.pid, name, clients, 2 * count, call_ids)
                figures.setdefault(name, {})[f"{count}_clients"] = run_scenario(
                    server.pid, name, clients, args.requests if count > 1 else args.requests // 4,
                    call_ids)
                print(name, count, figures[name][f"{count}_clients"], flush=True)
            for client in clients:
                client.close()
        matches = {name: probe.get("/api/v1/queue", params={**SCENARIOS[name][1],
                                                             "per_page": 1}).json()["total"]
                   for name in args.scenarios if name != "call_page"}
    finally:
        server.terminate()
        server.wait(timeout=30)
    report = json.loads(args.out.read_text(encoding="utf-8")) if args.out.exists() else {}
    report.setdefault("load", {})[f"{backend}_{args.workers}_workers"] = {
        "machine": machine_info(),
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "calls": preparation["scorecards"],
        "needs_review": preparation["needs_review"],
        "preparation": preparation,
        "queue_totals": matches,
        "server": f"speechqa serve --workers {args.workers} (uvicorn) on 127.0.0.1; clients "
                  "are threads in another process, each a bounded loop of GETs as the admin "
                  "over its own keep-alive connection and session (LeanClient: raw socket, "
                  "status line and length parsed); server_cpu_ms_per_request and "
                  "client_cpu_ms_per_request are CPU time of the server processes and of the "
                  "client process over the scenario, divided by its requests",
        "scenarios": {name: {"path": path, "params": params}
                      for name, (path, params) in SCENARIOS.items()},
        "figures": figures,
        "note": "synthetic calls from seed_store.py (no ASR); the machine is shared with other "
                "jobs (see load_average_1min before/after each scenario); the call page also "
                "takes a review claim (a write on the first view of a call, and again once "
                "the holder's claim is a minute old; 200 calls are drawn from)",
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n",
                        encoding="utf-8")
    print(f"-> {args.out}")


if __name__ == "__main__":
    main()
