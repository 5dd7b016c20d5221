"""Reproduce stored scores: rescore stored transcripts with the checklist text they were
scored with, as the store kept it, and report every difference.

This is the auditor's proof that a score counted in March is the score the rules give in
September: the checklist comes from ``checklist_versions`` (never from the file on disk,
which may have changed), and its SHA-256 is checked against the hash the scorecard recorded.
The sentiment summary and the sentiment model's flags are taken as stored — they are model
outputs, not checklist rules — so what is re-derived is every item, the score, the auto-fail
decision, the checklist's and metrics' flags and the needs-review decision.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import select

from speechqa.checklist import Checklist, ChecklistError
from speechqa.schema import Scorecard, Transcript
from speechqa.store import Call, ScorecardRow, Store, TranscriptRow

# Flags the sentiment model raises (speechqa.sentiment.sentiment_flags), kept as stored.
MODEL_FLAG_CODES = frozenset({"angry_customer", "sentiment_worsened"})
_BATCH = 200


@dataclass
class Verification:
    scorecard_id: int
    call_id: str
    checklist: str
    differences: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.differences


def scorecard_ids(store: Store, *, call_id: str | None = None) -> list[int]:
    """Scorecards to verify: those of one call (by the source's call id), or all of them."""
    query = select(ScorecardRow.id).order_by(ScorecardRow.id)
    if call_id is not None:
        query = query.join(Call, Call.id == ScorecardRow.call_pk).where(Call.call_id == call_id)
    with store.sessions() as session:
        return list(session.scalars(query))


def verify(store: Store, ids: list[int], *,
           progress: Callable[[int], None] | None = None) -> Iterator[Verification]:
    """Rescore each scorecard's stored transcript with its stored checklist; compare."""
    checklists: dict[tuple[str, str], tuple[Checklist | None, str]] = {}
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start : start + _BATCH]
        with store.sessions() as session:
            rows = session.execute(
                select(ScorecardRow.id, Call.call_id, ScorecardRow.checklist_id,
                       ScorecardRow.checklist_version, ScorecardRow.checklist_hash,
                       ScorecardRow.body, TranscriptRow.body)
                .join(Call, Call.id == ScorecardRow.call_pk)
                .join(TranscriptRow, TranscriptRow.id == ScorecardRow.transcript_pk)
                .where(ScorecardRow.id.in_(chunk))
                .order_by(ScorecardRow.id)
            ).all()
            for key in {(row[2], row[3]) for row in rows} - checklists.keys():
                checklists[key] = _stored_checklist(store, *key)
        for sid, call_id, checklist_id, version, recorded_hash, body, transcript in rows:
            result = Verification(sid, call_id, f"{checklist_id}@{version}")
            checklist, problem = checklists[(checklist_id, version)]
            if checklist is None:
                result.differences.append(problem)
            else:
                digest = checklist.content_hash
                if recorded_hash and digest != recorded_hash:
                    result.differences.append(
                        f"checklist text in the store hashes to {digest[:12]}…, the scorecard "
                        f"recorded {recorded_hash[:12]}…"
                    )
                result.differences.extend(_rescore_differences(
                    Transcript.model_validate_json(transcript),
                    Scorecard.model_validate_json(body), checklist,
                ))
            if progress is not None:
                progress(1)
            yield result


def _stored_checklist(store: Store, checklist_id: str, version: str
                      ) -> tuple[Checklist | None, str]:
    """The stored rule set (``Store.stored_checklist``), or why it cannot be re-applied."""
    try:
        return store.stored_checklist(checklist_id, version), ""
    except KeyError as error:
        return None, error.args[0]
    except ChecklistError as error:
        return None, f"stored checklist {checklist_id}@{version} no longer parses: {error}"
    except ValueError as error:
        return None, str(error)


def _rescore_differences(transcript: Transcript, stored: Scorecard,
                         checklist: Checklist) -> list[str]:
    from speechqa.scoring import score_transcript

    fresh = score_transcript(
        transcript, checklist, sentiment=stored.sentiment,
        extra_flags=[flag for flag in stored.flags if flag.code in MODEL_FLAG_CODES],
    )
    differences = []
    old_items = {item.id: item for item in stored.items}
    new_items = {item.id: item for item in fresh.items}
    for item_id in sorted(old_items.keys() | new_items.keys()):
        old, new = old_items.get(item_id), new_items.get(item_id)
        if old is None or new is None:
            differences.append(f"item {item_id}: {'stored' if old else 'rescored'} only")
        elif (old.status, old.earned) != (new.status, new.earned):
            differences.append(
                f"item {item_id}: stored {old.status} ({old.earned:g}), "
                f"rescored {new.status} ({new.earned:g})"
            )
    for name in ("score", "max_score", "percent", "auto_failed", "needs_review"):
        old_value, new_value = getattr(stored, name), getattr(fresh, name)
        if old_value != new_value:
            differences.append(f"{name}: stored {old_value}, rescored {new_value}")
    old_flags = sorted({flag.code for flag in stored.flags})
    new_flags = sorted({flag.code for flag in fresh.flags})
    if old_flags != new_flags:
        differences.append(f"flags: stored {', '.join(old_flags) or '-'}, "
                           f"rescored {', '.join(new_flags) or '-'}")
    return differences
