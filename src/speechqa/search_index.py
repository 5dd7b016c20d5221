"""The stored lemma index behind transcript search: one ``search_docs`` row per transcript
and speaker role, written in the same transaction that stores the transcript.

It lives beside the store (not in the review package that queries it) because writing a
transcript must index it whoever writes: the batch, a rescore or the web app. The words are
lemmatised here with the checklist rules' analysers (``speechqa.text.analyse``), since neither
database knows Russian or Ukrainian morphology; ``speechqa.review.search`` turns queries into
matches against these lemmas.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint, exists, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from speechqa.schema import Transcript
from speechqa.store import Base, Store, TranscriptRow
from speechqa.text import _TOKEN, analyse, clean

SPEAKERS = ("agent", "customer")


class SearchDoc(Base):
    """The lemmas one speaker role said in one transcript (the unit the index matches)."""

    __tablename__ = "search_docs"
    __table_args__ = (UniqueConstraint("transcript_pk", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    transcript_pk: Mapped[int] = mapped_column(ForeignKey("transcripts.id"), index=True)
    role: Mapped[str] = mapped_column(String(16))
    lemmas: Mapped[str] = mapped_column(Text)


def include_object(obj: Any, name: str | None, type_: str, reflected: bool,
                   compare_to: Any) -> bool:
    """Alembic comparison filter: the index's database-only parts (SQLite's FTS5 table and
    its shadow tables, PostgreSQL's generated ``tsv`` column and its GIN index) are made by
    migration 0006 and have no ORM model on purpose."""
    return not (name or "").startswith(("search_fts", "ix_search_docs_tsv")) and not (
        type_ == "column" and name == "tsv" and getattr(obj, "table", None) is not None
        and obj.table.name == "search_docs")


# Indexing --------------------------------------------------------------------------------


def words_in(text: str) -> Iterator[str]:
    """The alphanumeric tokens of a text, as the index and the queries split it."""
    for match in _TOKEN.finditer(clean(text)):
        if match.group()[0].isalnum():
            yield match.group()


def word_terms(word: str, language: str | None) -> frozenset[str]:
    """Every plausible lemma of one word: what the index stores and a query word matches."""
    return analyse(word, language).lemmas


def _role_group(role: str) -> str:
    return role if role in SPEAKERS else "other"


def documents(transcript: Transcript) -> dict[str, str]:
    """Indexed text per role group: every plausible lemma of every word, space-separated."""
    terms: dict[str, list[str]] = {}
    for turn in transcript.turns:
        language = turn.language or transcript.language
        bucket = terms.setdefault(_role_group(turn.role), [])
        for word in words_in(turn.text):
            bucket.extend(sorted(word_terms(word, language)))
    return {role: " ".join(words) for role, words in terms.items() if words}


def index_transcript(session: Session, transcript_pk: int, transcript: Transcript) -> None:
    """(Re)write one transcript's search documents inside the caller's transaction."""
    for row in session.scalars(select(SearchDoc).where(SearchDoc.transcript_pk == transcript_pk)):
        session.delete(row)
    session.flush()
    for role, lemmas in documents(transcript).items():
        session.add(SearchDoc(transcript_pk=transcript_pk, role=role, lemmas=lemmas))


def _unindexed() -> Any:
    return ~exists().where(SearchDoc.transcript_pk == TranscriptRow.id)


def pending_count(store: Store) -> int:
    """How many stored transcripts ``index_pending`` would index."""
    with store.sessions() as session:
        return session.scalar(select(func.count(TranscriptRow.id)).where(_unindexed())) or 0


def index_pending(store: Store, *, chunk: int = 500, progress: Any = None) -> int:
    """Index the stored transcripts that have no search documents yet (older or bulk-loaded
    ones); returns how many. ``progress(n)`` is called after each chunk."""
    done, after = 0, 0
    while True:
        with store.sessions.begin() as session:
            rows = session.execute(
                select(TranscriptRow.id, TranscriptRow.body)
                .where(TranscriptRow.id > after, _unindexed())
                .order_by(TranscriptRow.id).limit(chunk)
            ).all()
            for transcript_pk, body in rows:
                # Nothing to index (silence) still gets an empty row: it marks it as done.
                docs = documents(Transcript.model_validate_json(body)) or {"other": ""}
                session.add_all(SearchDoc(transcript_pk=transcript_pk, role=role, lemmas=lemmas)
                                for role, lemmas in docs.items())
        done += len(rows)
        if progress is not None and rows:
            progress(len(rows))
        if len(rows) < chunk:
            return done
        after = rows[-1][0]
