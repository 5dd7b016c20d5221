"""One batch per store at a time: a lease that a second run sees, and a dead run gives up.

Two nightly runs on one store would each plan the same files and transcribe them twice.
On PostgreSQL the lease is a session-level advisory lock held on a connection of its own
for the whole run: the server drops it the moment that session ends, however the run died.
On SQLite (one file, usually one machine) it is the ``batch_leases`` row, whose heartbeat a
thread refreshes; a row whose heartbeat is older than ``stale_after`` seconds (a host that
died or froze), or whose process on this host is gone, is taken over. Both backends keep
the row, so a refused run can say who holds the store.
"""

from __future__ import annotations

import os
import socket
import threading
import time
import uuid
from collections.abc import Callable
from datetime import timedelta

from sqlalchemy import delete, select, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from speechqa.errors import SpeechQAError
from speechqa.store import BatchLease, Store, _pid_alive, utcnow

LEASE_NAME = "batch"
HEARTBEAT_S = 15.0
STALE_AFTER_S = 120.0  # eight missed heartbeats
_ADVISORY_KEY = 0x5350_4551_4261_7463  # "SPEQBatc": one key per database for speechqa batches


class LeaseHeldError(SpeechQAError, RuntimeError):
    """Another batch holds the store; the message names it."""

    def __init__(self, store: Store, row: BatchLease | None) -> None:
        if row is None:
            who = "another batch (its lease row is not visible yet)"
        else:
            age = (utcnow() - row.heartbeat_at).total_seconds()
            run = f", run {row.run_id}" if row.run_id is not None else ""
            who = (
                f"a batch on {row.host} (pid {row.pid}{run}) since "
                f"{row.acquired_at:%Y-%m-%d %H:%M:%S} UTC, last heartbeat {age:.0f} s ago"
            )
        super().__init__(
            f"{store.url} is busy: {who}; wait for it to finish (or pass --wait)"
        )


class Lease:
    """The lease of one run; use as a context manager around the run."""

    def __init__(
        self,
        store: Store,
        *,
        wait: bool = False,
        poll_s: float = 5.0,
        stale_after: float = STALE_AFTER_S,
        heartbeat_s: float = HEARTBEAT_S,
        on_wait: Callable[[str], None] | None = None,
    ) -> None:
        self.store = store
        self.wait = wait
        self.poll_s = poll_s
        self.stale_after = stale_after
        self.heartbeat_s = heartbeat_s
        self.on_wait = on_wait
        self.host = socket.gethostname()
        self.holder = f"{self.host}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self.lost = False
        self._lock_connection: Connection | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._postgres = store.engine.dialect.name == "postgresql"

    # Acquire and release ------------------------------------------------------------------

    def acquire(self) -> None:
        """Take the lease, waiting for it with ``wait``; else raise ``LeaseHeldError``."""
        told = False
        while True:
            try:
                self._try_acquire()
                break
            except LeaseHeldError as error:
                if not self.wait:
                    raise
                if self.on_wait is not None and not told:
                    self.on_wait(str(error).replace(" (or pass --wait)", ""))
                    told = True
                time.sleep(self.poll_s)
        self._thread = threading.Thread(target=self._beat, name="speechqa-lease", daemon=True)
        self._thread.start()

    def _try_acquire(self) -> None:
        if self._postgres:
            connection = self.store.engine.connect()
            got = connection.scalar(
                text("SELECT pg_try_advisory_lock(:key)"), {"key": _ADVISORY_KEY}
            )
            connection.commit()  # the lock is the session's; no transaction stays open
            if not got:
                connection.close()
                raise LeaseHeldError(self.store, self._row())
            self._lock_connection = connection
            # The lock is ours, so any row left is from a run that is gone.
            with self.store.sessions.begin() as session:
                session.execute(delete(BatchLease).where(BatchLease.name == LEASE_NAME))
                session.add(self._new_row())
            return
        row = self._row()
        if row is None:
            try:
                with self.store.sessions.begin() as session:
                    session.add(self._new_row())
                return
            except IntegrityError:  # another run inserted it first
                raise LeaseHeldError(self.store, self._row()) from None
        if not self._abandoned(row):
            raise LeaseHeldError(self.store, row)
        # Take over only the row we judged dead: if it moved meanwhile, someone else won.
        with self.store.sessions.begin() as session:
            now = utcnow()
            taken = session.execute(
                update(BatchLease)
                .where(
                    BatchLease.name == LEASE_NAME,
                    BatchLease.holder == row.holder,
                    BatchLease.heartbeat_at == row.heartbeat_at,
                )
                .values(
                    holder=self.holder, host=self.host, pid=os.getpid(), run_id=None,
                    acquired_at=now, heartbeat_at=now,
                )
            ).rowcount
        if taken != 1:
            raise LeaseHeldError(self.store, self._row())

    def _abandoned(self, row: BatchLease) -> bool:
        if row.host == self.host and not _pid_alive(row.pid):
            return True
        return utcnow() - row.heartbeat_at > timedelta(seconds=self.stale_after)

    def _new_row(self) -> BatchLease:
        now = utcnow()
        return BatchLease(
            name=LEASE_NAME, holder=self.holder, host=self.host, pid=os.getpid(),
            acquired_at=now, heartbeat_at=now,
        )

    def _row(self) -> BatchLease | None:
        with self.store.sessions() as session:
            return session.scalar(select(BatchLease).where(BatchLease.name == LEASE_NAME))

    def attach_run(self, run_id: int) -> None:
        """Name the run in the lease, so a refused second run can point at it."""
        self._update(run_id=run_id)

    def release(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
        try:
            with self.store.sessions.begin() as session:
                session.execute(
                    delete(BatchLease).where(
                        BatchLease.name == LEASE_NAME, BatchLease.holder == self.holder
                    )
                )
        finally:
            if self._lock_connection is not None:
                try:
                    self._lock_connection.scalar(
                        text("SELECT pg_advisory_unlock(:key)"), {"key": _ADVISORY_KEY}
                    )
                    self._lock_connection.commit()
                finally:
                    self._lock_connection.close()
                    self._lock_connection = None

    def __enter__(self) -> Lease:
        self.acquire()
        return self

    def __exit__(self, *_exc) -> None:
        self.release()

    # Heartbeat ----------------------------------------------------------------------------

    def _update(self, **values) -> bool:
        with self.store.sessions.begin() as session:
            return session.execute(
                update(BatchLease)
                .where(BatchLease.name == LEASE_NAME, BatchLease.holder == self.holder)
                .values(**values)
            ).rowcount == 1

    def _beat(self) -> None:
        while not self._stop.wait(self.heartbeat_s):
            try:
                if not self._update(heartbeat_at=utcnow()):
                    self.lost = True  # taken over: this run was thought dead
            except Exception:  # a database hiccup: the next beat tries again
                continue

