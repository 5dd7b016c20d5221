"""Tables of the report package: the review samples drawn by ``speechqa sample``.

A sample is recorded with its seed and parameters so anyone can redraw it from the same
store and check that the supervisor reviewed the calls chance picked, not calls they chose.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from speechqa.store import Base, utcnow


class ReviewSample(Base):
    """One draw of calls for manual review (a supervisor's observation sheet)."""

    __tablename__ = "review_samples"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(255))
    seed: Mapped[int]
    params: Mapped[dict[str, Any]] = mapped_column(doc="period, filters, per-agent size, shares")
    call_count: Mapped[int]


class ReviewSampleCall(Base):
    """A scorecard drawn into a sample, with the stratum it was drawn from."""

    __tablename__ = "review_sample_calls"
    __table_args__ = (Index(None, "scorecard_pk"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sample_id: Mapped[int] = mapped_column(ForeignKey("review_samples.id"), index=True)
    scorecard_pk: Mapped[int] = mapped_column(ForeignKey("scorecards.id"))
    call_pk: Mapped[int] = mapped_column(ForeignKey("calls.id"))
    agent_id: Mapped[str | None] = mapped_column(Text)
    stratum: Mapped[str] = mapped_column(String(16), doc="flagged or unflagged")
    position: Mapped[int]
