"""Checklist item titles in the reader's language, from the checklist the call was scored with.

A checklist item may carry ``titles`` by language next to its ``title``. The scorecard keeps
only the title it was scored with, so the translations come from the checklist itself: the
text the store kept for that id@version (``checklist_versions``) or, when the store has none,
the shipped checklist of the same id and version.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sqlalchemy import select

from speechqa.checklist import (
    ChecklistError,
    load_checklist,
    parse_checklist,
    resolve_checklist_path,
)
from speechqa.store import ChecklistVersion, Store

Titles = dict[str, dict[str, str]]  # item id -> language -> title
_NAME = re.compile(r"[A-Za-z0-9_-]{1,128}")


def item_titles(store: Store, checklist_id: str, version: str) -> Titles:
    """Per-language titles of each item of checklist ``checklist_id@version`` (may be empty)."""
    with store.sessions() as session:
        row = session.execute(
            select(ChecklistVersion.content_hash, ChecklistVersion.body).where(
                ChecklistVersion.checklist_id == checklist_id,
                ChecklistVersion.version == version,
            )
        ).first()
    if row is not None:
        return _parsed_titles(row.content_hash, row.body)
    return _shipped_titles(checklist_id, version)


@lru_cache(maxsize=32)
def _parsed_titles(_content_hash: str, body: str) -> Titles:
    try:
        checklist = parse_checklist(body, source="stored checklist")
    except ChecklistError:
        return {}  # an old text the current schema rejects: the scored titles still show
    return {item.id: dict(item.titles) for item in checklist.items}


@lru_cache(maxsize=32)
def _shipped_titles(checklist_id: str, version: str) -> Titles:
    # Only a checklist shipped under its own name, never a path taken from stored data.
    if not _NAME.fullmatch(checklist_id):
        return {}
    path = resolve_checklist_path(checklist_id)
    if path.suffix not in (".yaml", ".yml"):
        return {}
    try:
        checklist = load_checklist(path)
    except (ChecklistError, FileNotFoundError, ValueError):
        return {}
    if checklist.id != checklist_id or checklist.version != version:
        return {}
    return {item.id: dict(item.titles) for item in checklist.items}
