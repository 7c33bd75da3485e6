"""One small exception hierarchy: every failure of one document is an ExtractorError.

The batch runner catches exactly these (plus a last-resort guard), records the stage and the
reason, and goes on with the next document.
"""

from __future__ import annotations

import traceback
from pathlib import Path


class ExtractorError(Exception):
    """A document could not be turned into a record; `stage` says where it failed."""

    stage = "extract"

    def __init__(self, reason: str, path: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.path = path

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"{where}{self.stage}: {self.reason}"


class ReadError(ExtractorError):
    """The bytes could not be read or decoded (empty, binary, too large, undecodable)."""

    stage = "read"


class CleanError(ExtractorError):
    """The markup (HTML, MIME, Markdown) could not be turned into article text."""

    stage = "clean"


class LexiconError(ExtractorError):
    """A language file is malformed; raised at load time, never mid-batch."""

    stage = "lexicon"


class RecordError(ExtractorError):
    """A record broke the contract (schema or evidence offsets)."""

    stage = "record"


class DocumentTimeout(ExtractorError):
    """A document took longer than the per-document time limit."""

    stage = "timeout"


def describe_bug(exc: BaseException) -> str:
    """`Type: message (file.py:line)`, one line, so an errors file or a report points at the bug."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" ({Path(frames[-1].filename).name}:{frames[-1].lineno})" if frames else ""
    message = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {message}"[:500] + where
