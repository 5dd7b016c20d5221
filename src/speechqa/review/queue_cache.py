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
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable

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


class QueueCache:
    """A bounded LRU of ordered id lists, each valid for one stamp and at most ``max_age_s``."""

    def __init__(self, entries: int = 256, max_age_s: float = 300.0) -> None:
        self.entries = entries
        self.max_age_s = max_age_s
        self._values: OrderedDict[Hashable, tuple[Stamp, float, list[int]]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def ordered_ids(
        self, session: Session, key: Hashable, compute: Callable[[], list[int]]
    ) -> list[int]:
        current = stamp(session)
        now = time.monotonic()
        with self._lock:
            cached = self._values.get(key)
            if cached is not None and cached[0] == current and now - cached[1] < self.max_age_s:
                self._values.move_to_end(key)
                self.hits += 1
                return cached[2]
            self.misses += 1
        ids = compute()
        with self._lock:
            self._values[key] = (current, now, ids)
            self._values.move_to_end(key)
            while len(self._values) > self.entries:
                self._values.popitem(last=False)
        return ids
