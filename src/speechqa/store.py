"""The results database: calls, transcripts, scorecards, items, flags, failures and runs.

One SQLAlchemy 2 model serves SQLite (the default, an embedded file) and PostgreSQL (by
URL). ``open_store`` upgrades the schema to the newest Alembic revision before anything
else touches it, so an old database file keeps working after an upgrade of speechqa.

A call is identified by the SHA-256 of its audio bytes: the same recording under two names
or in two nightly batches is one call. Its transcript (the expensive half) is stored once;
each checklist version adds its own scorecard beside the earlier ones. Transcript and
scorecard are kept whole as the pydantic models' JSON, and the parts that reports filter on
(items, flags, agent, queue, start time) also as indexed columns and rows.

Every result of one call is written in one transaction, so a process killed at any moment
leaves either the whole call or nothing of it, and unique constraints make a second write
of the same call a no-op instead of a duplicate.
"""

from __future__ import annotations

import contextlib
import os
import socket
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    create_engine,
    event,
    func,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
    mapped_column,
    relationship,
    sessionmaker,
)

from speechqa import __version__
from speechqa.errors import BadChecklistError
from speechqa.paths import storable_path, storable_text
from speechqa.schema import Scorecard, Transcript

if TYPE_CHECKING:
    from alembic.config import Config

    from speechqa.checklist import Checklist

DB_URL_ENV = "SPEECHQA_DB_URL"
_IN_CHUNK = 500  # bound for IN (...) lists: SQLite allows 32766 parameters, keep well below


class UTCDateTime(TypeDecorator):
    """Timestamps stored as UTC and read back timezone-aware on every backend.

    SQLite has no timezone type and would otherwise hand back naive datetimes, so reports
    over a period would compare differently on the two databases.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


JSONType = JSON().with_variant(JSONB(), "postgresql")


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    # Named constraints let Alembic alter them later, including SQLite's batch mode.
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(table_name)s_%(column_0_N_name)s",
            "uq": "uq_%(table_name)s_%(column_0_N_name)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )
    type_annotation_map: ClassVar[dict] = {datetime: UTCDateTime(), dict[str, Any]: JSONType}


class Run(Base):
    """One invocation of ``batch`` or ``rescore``: what it was asked and what it did."""

    __tablename__ = "runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="running")
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    source: Mapped[str | None] = mapped_column(Text)
    engine: Mapped[str | None] = mapped_column(String(16))
    workers: Mapped[int | None]
    checklist_id: Mapped[str | None] = mapped_column(String(128))
    checklist_version: Mapped[str | None] = mapped_column(String(64))
    checklist_hash: Mapped[str | None] = mapped_column(String(64))
    host: Mapped[str] = mapped_column(String(255))
    pid: Mapped[int]
    speechqa_version: Mapped[str] = mapped_column(String(32))
    options: Mapped[dict[str, Any]] = mapped_column(default=dict)
    done: Mapped[int] = mapped_column(default=0)
    skipped: Mapped[int] = mapped_column(default=0)
    failed: Mapped[int] = mapped_column(default=0)
    audio_seconds: Mapped[float] = mapped_column(default=0.0)
    wall_seconds: Mapped[float | None]


class Call(Base):
    """A recording, identified by the SHA-256 of its bytes, with the metadata it came with.

    Identifiers that come from the source (call, agent, queue) are unbounded text: a long
    id from some telephony system must not make PostgreSQL refuse the call.
    """

    __tablename__ = "calls"
    __table_args__ = (
        Index(None, "agent_id", "started_at"),
        Index(None, "queue", "started_at"),
        Index(None, "team", "started_at"),
        Index(None, "customer_id", "started_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    call_id: Mapped[str] = mapped_column(Text, index=True)
    path: Mapped[str] = mapped_column(Text)
    agent_id: Mapped[str | None] = mapped_column(Text)
    queue: Mapped[str | None] = mapped_column(Text)
    team: Mapped[str | None] = mapped_column(Text)
    direction: Mapped[str | None] = mapped_column(String(16), doc="inbound or outbound")
    customer_id: Mapped[str | None] = mapped_column(Text)
    started_at: Mapped[datetime | None] = mapped_column(index=True)
    language: Mapped[str | None] = mapped_column(String(16))
    duration: Mapped[float]
    channels: Mapped[int | None]
    sample_rate: Mapped[int | None]
    format: Mapped[str | None] = mapped_column(String(32))
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"))

    transcript: Mapped[TranscriptRow | None] = relationship(back_populates="call")


class TranscriptRow(Base):
    """The expensive half, stored once per call and reused by every rescore."""

    __tablename__ = "transcripts"

    id: Mapped[int] = mapped_column(primary_key=True)
    call_pk: Mapped[int] = mapped_column(ForeignKey("calls.id"), unique=True)
    schema_version: Mapped[str] = mapped_column(String(16))
    language: Mapped[str | None] = mapped_column(String(16))
    asr_model: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text, doc="Transcript.model_dump_json()")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"))

    call: Mapped[Call] = relationship(back_populates="transcript")

    def model(self) -> Transcript:
        return Transcript.model_validate_json(self.body)


class ScorecardRow(Base):
    """One call scored against one checklist version; earlier versions stay beside it."""

    __tablename__ = "scorecards"
    __table_args__ = (
        UniqueConstraint("call_pk", "checklist_id", "checklist_version"),
        Index(None, "checklist_id", "checklist_version"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    call_pk: Mapped[int] = mapped_column(ForeignKey("calls.id"))
    transcript_pk: Mapped[int] = mapped_column(ForeignKey("transcripts.id"))
    checklist_id: Mapped[str] = mapped_column(String(128))
    checklist_version: Mapped[str] = mapped_column(String(64))
    schema_version: Mapped[str] = mapped_column(String(16))
    language: Mapped[str | None] = mapped_column(String(16))
    score: Mapped[float]
    max_score: Mapped[float]
    percent: Mapped[float]
    auto_failed: Mapped[bool] = mapped_column(Boolean)
    needs_review: Mapped[bool] = mapped_column(Boolean, index=True)
    customer_sentiment: Mapped[str] = mapped_column(String(16))
    checklist_hash: Mapped[str | None] = mapped_column(String(64))
    speechqa_version: Mapped[str | None] = mapped_column(String(32))
    models: Mapped[dict[str, Any] | None] = mapped_column(
        JSONType, doc="identities of the ASR, diarisation and sentiment models"
    )
    # Copied from the body's metrics so the audit report sums them without parsing JSON.
    agent_talk_s: Mapped[float | None]
    customer_talk_s: Mapped[float | None]
    silence_s: Mapped[float | None]
    body: Mapped[str] = mapped_column(Text, doc="Scorecard.model_dump_json()")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"))

    call: Mapped[Call] = relationship()
    items: Mapped[list[ItemResultRow]] = relationship(
        back_populates="scorecard", order_by="ItemResultRow.id"
    )
    flags: Mapped[list[FlagRow]] = relationship(order_by="FlagRow.id")

    def model(self) -> Scorecard:
        return Scorecard.model_validate_json(self.body)


class ItemResultRow(Base):
    """One checklist item's outcome, as rows so reports can count passes per item."""

    __tablename__ = "item_results"
    __table_args__ = (
        UniqueConstraint("scorecard_pk", "item_id"),
        Index(None, "item_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    scorecard_pk: Mapped[int] = mapped_column(ForeignKey("scorecards.id"))
    item_id: Mapped[str] = mapped_column(String(128))
    title: Mapped[str] = mapped_column(Text)
    section: Mapped[str | None] = mapped_column(String(255))
    status: Mapped[str] = mapped_column(String(16))
    weight: Mapped[float]
    earned: Mapped[float]
    critical: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str] = mapped_column(Text)
    evidence: Mapped[list[dict[str, Any]]] = mapped_column(JSONType, default=list)

    scorecard: Mapped[ScorecardRow] = relationship(back_populates="items")
    overrides: Mapped[list[ItemOverride]] = relationship(order_by="ItemOverride.id")


class FlagRow(Base):
    """A reason to review the call, as rows so reports can count flags by code."""

    __tablename__ = "flags"

    id: Mapped[int] = mapped_column(primary_key=True)
    scorecard_pk: Mapped[int] = mapped_column(ForeignKey("scorecards.id"), index=True)
    code: Mapped[str] = mapped_column(String(64), index=True)
    severity: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text)
    start_s: Mapped[float | None]
    end_s: Mapped[float | None]


class ItemOverride(Base):
    """A reviewer's change of an item's status: append-only, so it is the audit trail.

    The migration adds triggers that refuse UPDATE and DELETE on this table; the latest
    row for an item is its effective status. ``seq`` numbers an item's overrides 1, 2, ...;
    its unique index makes two reviewers' simultaneous edits of one item collide in the
    database instead of one silently following the other.
    """

    __tablename__ = "item_overrides"
    __table_args__ = (Index(None, "item_result_pk", "seq", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_result_pk: Mapped[int] = mapped_column(ForeignKey("item_results.id"), index=True)
    seq: Mapped[int | None]
    reviewer: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    old_status: Mapped[str] = mapped_column(String(16))
    new_status: Mapped[str] = mapped_column(String(16))
    comment: Mapped[str] = mapped_column(Text)


class ChecklistVersion(Base):
    """The full text of a checklist version the store scored with, and its content hash.

    Kept so that an old score can be shown and re-derived after the file changed, and so that
    one id@version never names two different rule sets.
    """

    __tablename__ = "checklist_versions"
    __table_args__ = (UniqueConstraint("checklist_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    checklist_id: Mapped[str] = mapped_column(String(128))
    version: Mapped[str] = mapped_column(String(64))
    content_hash: Mapped[str] = mapped_column(String(64))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class BatchLease(Base):
    """Who runs the batch on this store now: one row, refreshed by a heartbeat."""

    __tablename__ = "batch_leases"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    holder: Mapped[str] = mapped_column(String(255))
    host: Mapped[str] = mapped_column(String(255))
    pid: Mapped[int]
    run_id: Mapped[int | None]
    acquired_at: Mapped[datetime]
    heartbeat_at: Mapped[datetime]


class Failure(Base):
    """A file that could not be scored, with the stage and cause; kept as history.

    ``resolved_at`` is set when a later attempt at the same path or the same bytes, with the
    same checklist version, ends either way; the rows with it unset are the current failures
    that ``--retry-failed`` retries.
    """

    __tablename__ = "failures"
    __table_args__ = (Index(None, "sha256", "checklist_id", "checklist_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"), index=True)
    sha256: Mapped[str | None] = mapped_column(String(64))
    path: Mapped[str] = mapped_column(Text)
    call_id: Mapped[str | None] = mapped_column(Text)
    checklist_id: Mapped[str | None] = mapped_column(String(128))
    checklist_version: Mapped[str | None] = mapped_column(String(64))
    stage: Mapped[str] = mapped_column(String(32))
    error_type: Mapped[str] = mapped_column(String(128))
    message: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None]


class UnredactedTranscriptRow(Base):
    """A call's transcript before PII redaction, stored only with ``--keep-unredacted`` and
    kept out of every report and export: read it with ``Store.unredacted_transcript``."""

    __tablename__ = "unredacted_transcripts"

    id: Mapped[int] = mapped_column(primary_key=True)
    call_pk: Mapped[int] = mapped_column(ForeignKey("calls.id"), unique=True)
    body: Mapped[str] = mapped_column(Text, doc="Transcript.model_dump_json(), unredacted")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"))


class ChecklistConflictError(BadChecklistError):
    """An id@version the store already knows with other rules: scores under one label would
    mix two rule sets, so the run is refused before any work."""

    def __init__(self, checklist_id: str, version: str, stored: str, offered: str) -> None:
        self.stored_hash = stored
        self.offered_hash = offered
        super().__init__(
            f"checklist {checklist_id}@{version} is already in the store with other rules "
            f"(hash {stored[:12]}, this file {offered[:12]}); bump the version"
        )


@dataclass(frozen=True)
class CallInfo:
    """What a source said about a call besides its audio."""

    call_id: str
    path: str
    agent_id: str | None = None
    queue: str | None = None
    team: str | None = None
    direction: str | None = None
    customer_id: str | None = None
    started_at: datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def default_db_url() -> str:
    """``SPEECHQA_DB_URL`` if set, else an SQLite file in the user's data directory."""
    if os.environ.get(DB_URL_ENV):
        return os.environ[DB_URL_ENV]
    from platformdirs import user_data_path

    return f"sqlite:///{user_data_path('speechqa') / 'speechqa.db'}"


def normalize_url(url: str | Path) -> str:
    """Accept a bare file path as shorthand for an SQLite database in that file."""
    url = str(url)
    return url if "://" in url else f"sqlite:///{Path(url).expanduser().resolve()}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # WAL lets readers (export, a web app) work while a batch writes; foreign keys are off
    # by default in SQLite; the timeout waits out another writer instead of failing.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _create_private_file(path: Path) -> None:
    """Create a new SQLite file owner-only (0600, a new folder 0700): it holds transcripts
    of calls. SQLite gives its -wal and -shm files the same mode. An existing file keeps
    the mode its owner chose."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def create_db_engine(url: str | Path) -> Engine:
    url = normalize_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            _create_private_file(Path(parsed.database))
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    # SQLAlchemy 2.1 maps a plain postgresql:// URL to psycopg 3, the driver we ship.
    return create_engine(parsed, pool_pre_ping=True)


def alembic_config(connection: Connection) -> Config:
    """Alembic settings for the migration scripts shipped inside the package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    config.attributes["connection"] = connection
    return config


def schema_head() -> str:
    """The newest migration revision shipped with this version of speechqa."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(Path(__file__).parent / "migrations")).get_current_head()


def migrate(engine: Engine) -> None:
    """Upgrade the schema to the newest revision (a no-op when it is there already)."""
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")


def open_store(url: str | Path | None = None) -> Store:
    """Open (creating if needed) the database at ``url`` and upgrade it to the newest schema."""
    engine = create_db_engine(url or default_db_url())
    migrate(engine)
    return Store(engine)


def _chunks(values: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(values), _IN_CHUNK):
        yield values[start : start + _IN_CHUNK]


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # it exists, owned by another user
    return True


class Store:
    """Repository functions over one database; every write is one short transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    # Runs -----------------------------------------------------------------------------

    def start_run(self, kind: str, **fields: Any) -> int:
        """Record a new run, first marking runs on this host whose process is gone."""
        host = socket.gethostname()
        with self.sessions.begin() as session:
            stale = session.scalars(
                select(Run).where(Run.status == "running", Run.host == host)
            ).all()
            for run in stale:
                if not _pid_alive(run.pid):
                    run.status = "interrupted"
            run = Run(
                kind=kind, host=host, pid=os.getpid(), speechqa_version=__version__, **fields
            )
            session.add(run)
            session.flush()
            return run.id

    def finish_run(self, run_id: int, status: str, **counts: Any) -> None:
        with self.sessions.begin() as session:
            session.execute(
                update(Run)
                .where(Run.id == run_id)
                .values(status=status, finished_at=utcnow(), **counts)
            )

    def run(self, run_id: int) -> Run:
        with self.sessions() as session:
            run = session.get(Run, run_id)
            if run is None:
                raise KeyError(f"no run {run_id}")
            return run

    # Checklist versions ---------------------------------------------------------------

    def register_checklist(self, checklist: Checklist) -> None:
        """Record this checklist's rules under its id@version, or check they are the ones
        recorded; raises ``ChecklistConflictError`` when the store has other rules there."""
        for _ in range(2):  # a concurrent first registration makes our INSERT lose once
            with self.sessions() as session:
                stored = session.scalar(
                    select(ChecklistVersion.content_hash).where(
                        ChecklistVersion.checklist_id == checklist.id,
                        ChecklistVersion.version == checklist.version,
                    )
                )
            if stored is not None:
                if stored != checklist.content_hash:
                    raise ChecklistConflictError(
                        checklist.id, checklist.version, stored, checklist.content_hash
                    )
                return
            try:
                with self.sessions.begin() as session:
                    session.add(ChecklistVersion(
                        checklist_id=checklist.id, version=checklist.version,
                        content_hash=checklist.content_hash, body=checklist.body,
                    ))
                return
            except IntegrityError:
                continue

    def stored_checklist(self, checklist_id: str, version: str) -> Checklist:
        """The exact rule set a store scored id@version with, reloaded and hash-checked.

        Raises ``KeyError`` when the store has no text of it, ``ChecklistError`` when the text
        no longer parses, ``ValueError`` when it parses to other rules than were recorded.
        """
        from speechqa.checklist import parse_checklist

        with self.sessions() as session:
            row = session.scalar(
                select(ChecklistVersion).where(
                    ChecklistVersion.checklist_id == checklist_id,
                    ChecklistVersion.version == version,
                )
            )
        if row is None:
            raise KeyError(f"the store has no text of checklist {checklist_id}@{version}: "
                           "it cannot be re-applied")
        checklist = parse_checklist(row.body, source=f"store:{checklist_id}@{version}")
        # The hash covers the parsed rules (Checklist.content_hash), not the file's bytes.
        if checklist.content_hash != row.content_hash:
            raise ValueError(
                f"stored text of {checklist_id}@{version} does not match its recorded hash "
                f"({checklist.content_hash[:12]}… vs {row.content_hash[:12]}…)"
            )
        return checklist

    # Planning -------------------------------------------------------------------------

    def scored(self, sha256s: Sequence[str], checklist_id: str, version: str) -> set[str]:
        """Which of these recordings already have a scorecard for this checklist version."""
        found: set[str] = set()
        with self.sessions() as session:
            for chunk in _chunks(sha256s):
                found.update(
                    session.scalars(
                        select(Call.sha256)
                        .join(ScorecardRow, ScorecardRow.call_pk == Call.id)
                        .where(
                            Call.sha256.in_(chunk),
                            ScorecardRow.checklist_id == checklist_id,
                            ScorecardRow.checklist_version == version,
                        )
                    )
                )
        return found

    def transcribed(self, sha256s: Sequence[str]) -> set[str]:
        """Which of these recordings have a stored transcript (and need only scoring)."""
        found: set[str] = set()
        with self.sessions() as session:
            for chunk in _chunks(sha256s):
                found.update(
                    session.scalars(
                        select(Call.sha256)
                        .join(TranscriptRow, TranscriptRow.call_pk == Call.id)
                        .where(Call.sha256.in_(chunk))
                    )
                )
        return found

    def transcripts(self, sha256s: Sequence[str]) -> dict[str, Transcript]:
        """Stored transcripts of these recordings, by hash, so they are not redone."""
        found: dict[str, Transcript] = {}
        with self.sessions() as session:
            for chunk in _chunks(sha256s):
                rows = session.execute(
                    select(Call.sha256, TranscriptRow.body)
                    .join(TranscriptRow, TranscriptRow.call_pk == Call.id)
                    .where(Call.sha256.in_(chunk))
                )
                for sha256, body in rows:
                    found[sha256] = Transcript.model_validate_json(body)
        return found

    def call_id_owners(self, call_ids: Sequence[str]) -> dict[str, tuple[str, str]]:
        """(sha256, path) of a stored call for each of these call ids that has one."""
        found: dict[str, tuple[str, str]] = {}
        with self.sessions() as session:
            for chunk in _chunks(sorted(set(call_ids))):
                rows = session.execute(
                    select(Call.call_id, Call.sha256, Call.path)
                    .where(Call.call_id.in_(chunk))
                    .order_by(Call.id)
                )
                for call_id, sha256, path in rows:
                    found.setdefault(call_id, (sha256, path))
        return found

    def unscored_calls(self, checklist_id: str, version: str) -> list[tuple[str, str, str]]:
        """(sha256, call_id, path) of stored transcripts that lack this checklist version."""
        scored = select(ScorecardRow.call_pk).where(
            ScorecardRow.checklist_id == checklist_id,
            ScorecardRow.checklist_version == version,
        )
        query = (
            select(Call.sha256, Call.call_id, Call.path)
            .join(TranscriptRow, TranscriptRow.call_pk == Call.id)
            .where(Call.id.not_in(scored))
            .order_by(Call.id)
        )
        with self.sessions() as session:
            return [tuple(row) for row in session.execute(query)]

    def open_failures(self, keys: Sequence[str], checklist_id: str, version: str) -> set[str]:
        """Which of these hashes (or paths, for files never hashed) fail at present."""
        stored = {storable_path(key): key for key in keys}
        found: set[str] = set()
        with self.sessions() as session:
            for chunk in _chunks(list(stored)):
                rows = session.scalars(
                    select(Failure).where(
                        Failure.resolved_at.is_(None),
                        Failure.checklist_id == checklist_id,
                        Failure.checklist_version == version,
                        (Failure.sha256.in_(chunk))
                        | (Failure.sha256.is_(None) & Failure.path.in_(chunk)),
                    )
                )
                found.update(stored[failure.sha256 or failure.path] for failure in rows)
        return found

    # Writing results ------------------------------------------------------------------

    def save_call(
        self,
        info: CallInfo,
        transcript: Transcript,
        scorecard: Scorecard | None,
        run_id: int | None = None,
        unredacted: Transcript | None = None,
    ) -> bool:
        """Store a call's transcript and scorecard atomically; False if already stored.

        ``unredacted`` (only with ``--keep-unredacted``) goes to its own table in the same
        transaction, never beside the redacted transcript.

        The transcript is kept if the call has one already (a score-only job). Without a
        scorecard only the call and transcript are stored, so a failed scoring step never
        costs the transcription. Failures recorded earlier for the same file and checklist
        are marked resolved when the scorecard is stored.
        """
        if transcript.audio is None or not transcript.audio.sha256:
            raise ValueError(f"{info.path}: transcript has no audio hash to identify the call")
        sha256 = transcript.audio.sha256
        info = replace(info, path=storable_path(info.path), call_id=storable_text(info.call_id))
        try:
            with self.sessions.begin() as session:
                call = session.scalar(select(Call).where(Call.sha256 == sha256))
                if call is None:
                    call = _new_call(info, transcript, run_id)
                    session.add(call)
                    session.flush()
                if call.transcript is None:
                    call.transcript = _transcript_row(transcript, run_id)
                    session.flush()
                    if unredacted is not None:
                        session.add(UnredactedTranscriptRow(
                            call_pk=call.id, body=unredacted.model_dump_json(), run_id=run_id))
                    from speechqa.search_index import index_transcript  # imports this module

                    index_transcript(session, call.transcript.id, transcript)  # redacted text
                if scorecard is None:
                    return True
                if _has_scorecard(session, call.id, scorecard):
                    return False
                session.add(_scorecard_row(call, scorecard, run_id))
                self._resolve_key(
                    session, sha256, info.path, scorecard.checklist_id,
                    scorecard.checklist_version,
                )
        except IntegrityError:
            # Another writer stored the same call between our read and our insert. Any
            # other conflict is a real error: it must not pass for "already stored".
            if not self._already_stored(sha256, scorecard):
                raise
            return False
        return True

    def _already_stored(self, sha256: str, scorecard: Scorecard | None) -> bool:
        """The call, its transcript and (if given) this checklist version's scorecard."""
        with self.sessions() as session:
            call = session.scalar(select(Call).where(Call.sha256 == sha256))
            if call is None or call.transcript is None:
                return False
            return scorecard is None or _has_scorecard(session, call.id, scorecard)

    def unredacted_transcript(self, sha256: str) -> Transcript | None:
        """ADMIN ONLY: a call's transcript before redaction, if it was kept; callers (the web
        app) must check the user's role before calling this."""
        with self.sessions() as session:
            body = session.scalar(
                select(UnredactedTranscriptRow.body)
                .join(Call, Call.id == UnredactedTranscriptRow.call_pk)
                .where(Call.sha256 == sha256)
            )
        return None if body is None else Transcript.model_validate_json(body)

    def record_failure(
        self,
        *,
        path: str,
        stage: str,
        error_type: str,
        message: str,
        sha256: str | None = None,
        call_id: str | None = None,
        checklist_id: str | None = None,
        checklist_version: str | None = None,
        run_id: int | None = None,
    ) -> None:
        """Record why a file failed; it replaces the file's earlier open failure.

        The path is stored losslessly (``paths.storable_path``), the rest as readable text.
        """
        path = storable_path(path)
        message = storable_text(message)
        call_id = storable_text(call_id) if call_id is not None else None
        with self.sessions.begin() as session:
            self._resolve_key(session, sha256, path, checklist_id, checklist_version)
            session.add(
                Failure(
                    run_id=run_id, sha256=sha256, path=path, call_id=call_id,
                    checklist_id=checklist_id, checklist_version=checklist_version,
                    stage=stage, error_type=error_type, message=message,
                )
            )

    @staticmethod
    def _resolve_key(
        session: Session,
        sha256: str | None,
        path: str,
        checklist_id: str | None,
        version: str | None,
    ) -> None:
        # The newest attempt at a path or at the same bytes supersedes the earlier failures:
        # a corrupt file replaced by a good one is fixed, even though its hash changed.
        key = (Failure.path == path) | (Failure.sha256 == sha256) if sha256 else (
            Failure.path == path
        )
        session.execute(
            update(Failure)
            .where(
                key,
                Failure.resolved_at.is_(None),
                Failure.checklist_id == checklist_id,
                Failure.checklist_version == version,
            )
            .values(resolved_at=utcnow())
        )

    # Review ---------------------------------------------------------------------------

    def record_override(
        self, item_result_pk: int, new_status: str, reviewer: str, comment: str
    ) -> ItemOverride:
        """Append a reviewer's status change for an item; the previous status is recorded."""
        with self.sessions.begin() as session:
            item = session.get(ItemResultRow, item_result_pk)
            if item is None:
                raise KeyError(f"no item result {item_result_pk}")
            old = item.overrides[-1].new_status if item.overrides else item.status
            override = ItemOverride(
                item_result_pk=item.id, seq=len(item.overrides) + 1, reviewer=reviewer,
                old_status=old, new_status=new_status, comment=comment,
            )
            session.add(override)
            return override

    # Reading --------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Rows per table: the quick health check tests and summaries use."""
        tables = {
            "calls": Call, "transcripts": TranscriptRow, "scorecards": ScorecardRow,
            "item_results": ItemResultRow, "flags": FlagRow, "failures": Failure,
            "runs": Run, "item_overrides": ItemOverride,
        }
        with self.sessions() as session:
            return {
                name: session.scalar(select(func.count()).select_from(model)) or 0
                for name, model in tables.items()
            }

    def failures(
        self, checklist_id: str | None = None, version: str | None = None
    ) -> list[Failure]:
        """Current (unresolved) failures, optionally of one checklist (version)."""
        query = select(Failure).where(Failure.resolved_at.is_(None)).order_by(Failure.id)
        if checklist_id is not None:
            query = query.where(Failure.checklist_id == checklist_id)
        if version is not None:
            query = query.where(Failure.checklist_version == version)
        with self.sessions() as session:
            return list(session.scalars(query))

    def iter_scorecards(
        self, checklist_id: str | None = None, version: str | None = None
    ) -> Iterator[ScorecardRow]:
        """Scorecards with their call, items, overrides and flags loaded, oldest first."""
        from sqlalchemy.orm import selectinload

        query = (
            select(ScorecardRow)
            .options(
                selectinload(ScorecardRow.call),
                selectinload(ScorecardRow.items).selectinload(ItemResultRow.overrides),
                selectinload(ScorecardRow.flags),
            )
            .order_by(ScorecardRow.id)
        )
        if checklist_id is not None:
            query = query.where(ScorecardRow.checklist_id == checklist_id)
        if version is not None:
            query = query.where(ScorecardRow.checklist_version == version)
        with self.sessions() as session:
            yield from session.scalars(query.execution_options(yield_per=500))


def _has_scorecard(session: Session, call_pk: int, scorecard: Scorecard) -> bool:
    return (
        session.scalar(
            select(ScorecardRow.id).where(
                ScorecardRow.call_pk == call_pk,
                ScorecardRow.checklist_id == scorecard.checklist_id,
                ScorecardRow.checklist_version == scorecard.checklist_version,
            )
        )
        is not None
    )


def _new_call(info: CallInfo, transcript: Transcript, run_id: int | None) -> Call:
    audio = transcript.audio
    assert audio is not None and audio.sha256
    return Call(
        sha256=audio.sha256, call_id=info.call_id, path=info.path, agent_id=info.agent_id,
        queue=info.queue, team=info.team, direction=info.direction,
        customer_id=info.customer_id, started_at=info.started_at, language=transcript.language,
        duration=audio.duration, channels=audio.channels, sample_rate=audio.sample_rate,
        format=audio.format, extra=dict(info.extra), run_id=run_id,
    )


def _transcript_row(transcript: Transcript, run_id: int | None) -> TranscriptRow:
    model = transcript.asr_model
    return TranscriptRow(
        schema_version=transcript.schema_version, language=transcript.language,
        asr_model=f"{model.name}@{model.version}" if model and model.version else (
            model.name if model else None
        ),
        body=transcript.model_dump_json(), run_id=run_id,
    )


def _scorecard_row(call: Call, scorecard: Scorecard, run_id: int | None) -> ScorecardRow:
    assert call.transcript is not None
    return ScorecardRow(
        call_pk=call.id, transcript_pk=call.transcript.id,
        checklist_id=scorecard.checklist_id, checklist_version=scorecard.checklist_version,
        schema_version=scorecard.schema_version, language=scorecard.language,
        score=scorecard.score, max_score=scorecard.max_score, percent=scorecard.percent,
        auto_failed=scorecard.auto_failed, needs_review=scorecard.needs_review,
        customer_sentiment=scorecard.sentiment.customer_sentiment,
        agent_talk_s=scorecard.metrics.talk_seconds.get("agent"),
        customer_talk_s=scorecard.metrics.talk_seconds.get("customer"),
        silence_s=scorecard.metrics.silence_seconds,
        checklist_hash=scorecard.checklist_hash, speechqa_version=scorecard.speechqa_version,
        models={stage: model.model_dump(mode="json") for stage, model in scorecard.models.items()},
        body=scorecard.model_dump_json(), run_id=run_id,
        items=[
            ItemResultRow(
                item_id=item.id, title=item.title, section=item.section, status=item.status,
                weight=item.weight, earned=item.earned, critical=item.critical,
                reason=item.reason,
                evidence=[evidence.model_dump(mode="json") for evidence in item.evidence],
            )
            for item in scorecard.items
        ],
        flags=[
            FlagRow(
                code=flag.code, severity=flag.severity, reason=flag.reason,
                start_s=flag.start, end_s=flag.end,
            )
            for flag in scorecard.flags
        ],
    )
