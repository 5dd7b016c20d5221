"""File names as database text, losslessly, whatever bytes the recorder used.

On Linux a file name is bytes; Python hands names that are not UTF-8 (cp1251 from a Windows
recorder, say) over as ``str`` with lone surrogates (PEP 383). PostgreSQL refuses those in
text, SQLite's driver cannot encode them and JSON cannot hold them, so one such name would
fail its call's write. A path is stored as itself when it is valid UTF-8, and otherwise as
``fsbytes:`` and its raw bytes percent-encoded, which ``filesystem_path`` turns back into
the very same name. Other text (ids, messages) only needs to be readable: undecodable bytes
show as ``\\xNN``.
"""

from __future__ import annotations

import os
from urllib.parse import quote, unquote_to_bytes

FS_BYTES_PREFIX = "fsbytes:"


def _raw(text: str) -> bytes:
    try:
        return os.fsencode(text)  # surrogateescape: the original bytes
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass")  # surrogates from elsewhere (JSON \ud800)


def _storable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return "\x00" not in text


def storable_path(path: str | os.PathLike[str]) -> str:
    """``path`` as text every database and JSON accepts, reversible by ``filesystem_path``."""
    text = os.fspath(path)
    if _storable(text) and not text.startswith(FS_BYTES_PREFIX):
        return text
    return FS_BYTES_PREFIX + quote(_raw(text), safe="/")


def filesystem_path(stored: str) -> str:
    """The file name that ``storable_path`` stored, surrogates and all."""
    if stored.startswith(FS_BYTES_PREFIX):
        return os.fsdecode(unquote_to_bytes(stored[len(FS_BYTES_PREFIX) :]))
    return stored


def storable_text(text: str) -> str:
    """Readable text for an id or a message: undecodable bytes as ``\\xNN``, no NUL."""
    if not _storable(text):
        text = _raw(text).decode("utf-8", "backslashreplace").replace("\x00", "")
    return text
