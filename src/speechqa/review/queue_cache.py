"""The queue's ordered ids, remembered while the data they depend on is unchanged.

Ordering the queue (worst first) sorts every call that needs review: on a store of 100 000
calls that is ~17 000 rows and ~100-200 ms per request, whatever the page. Yet the order only
changes when a scorecard is stored, a review moves or an item is overridden; supervisors mostly
page and re-filter between such changes. So the full ordered id list of each (scope, filters)
is kept with a stamp of those three facts, read with three index lookups (under a
millisecond); a stamp that moved recomputes the list. Anything else that would change the
order writes one of those tables too (batch: scorecards; the review workflow: reviews and
item_overrides), including writers in other processes, since the stamp is read from the
database on every request.

The rows of each page shown under that order are kept beside it, valid for the same stamp:
everything a queue row shows (call, scorecard, flags, review status, final totals) is stored
with the scorecard or changes only through those three tables. Claims are not part of it;
they change on every opened call and are read fresh per request.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from speechqa.review.models import ReviewRow
from speechqa.store import ItemOverride, ScorecardRow

Stamp = tuple


def stamp(session: Session) -> Stamp:
    """What the queue's membership and order depend on, cheaply: newest scorecard, number
    and latest change of reviews, newest override."""
    scorecards = session.scalar(select(func.max(ScorecardRow.id)))
    reviews = session.execute(select(func.count(ReviewRow.id), func.max(ReviewRow.updated_at),
                                     func.sum(ReviewRow.version))).one()
    overrides = session.scalar(select(func.max(ItemOverride.id)))
    return (scorecards, *reviews, overrides)


@dataclass
class QueueEntry:
    """One (scope, filters) queue as of one stamp: its ordered ids and the pages built so far."""

    stamp: Stamp
    made_at: float
    ids: list[int]
    pages: OrderedDict[Hashable, list] = field(default_factory=OrderedDict)


class QueueCache:
    """A bounded LRU of queues, each valid for one stamp and at most ``max_age_s``."""

    def __init__(self, entries: int = 256, max_age_s: float = 300.0,
                 rows_per_entry: int = 500) -> None:
        self.entries = entries
        self.max_age_s = max_age_s
        self.rows_per_entry = rows_per_entry  # pages kept per queue, least recent dropped
        self._values: OrderedDict[Hashable, QueueEntry] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def entry(
        self, session: Session, key: Hashable, compute: Callable[[], list[int]]
    ) -> QueueEntry:
        """The queue of ``key`` as of now: the cached one if the stamp has not moved. The
        stamp is read before anything is computed, so what is kept is never older than it."""
        current = stamp(session)
        now = time.monotonic()
        with self._lock:
            cached = self._values.get(key)
            if cached is not None and cached.stamp == current and (
                    now - cached.made_at < self.max_age_s):
                self._values.move_to_end(key)
                self.hits += 1
                return cached
            self.misses += 1
        fresh = QueueEntry(current, now, compute())
        with self._lock:
            self._values[key] = fresh
            self._values.move_to_end(key)
            while len(self._values) > self.entries:
                self._values.popitem(last=False)
        return fresh

    def page(self, entry: QueueEntry, page_key: Hashable, compute: Callable[[], list]) -> list:
        """The rows of one page of ``entry``, built once per stamp."""
        with self._lock:
            rows = entry.pages.get(page_key)
            if rows is not None:
                entry.pages.move_to_end(page_key)
                return rows
        rows = compute()
        with self._lock:
            entry.pages[page_key] = rows
            while len(entry.pages) > 1 and sum(map(len, entry.pages.values())) > (
                    self.rows_per_entry):
                entry.pages.popitem(last=False)
        return rows
