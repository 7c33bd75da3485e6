"""read → clean → segment → language → extract → record, in that order, data flowing one way."""

from __future__ import annotations

import hashlib

from extractor.clean import clean
from extractor.errors import ExtractorError
from extractor.read import read
from extractor.record import Record, Source


def run_pipeline(data: bytes, path: str | None = None) -> Record:
    try:
        decoded = read(data, path)
        cleaned = clean(decoded)
    except ExtractorError:
        raise
    return Record(
        id="sha256:" + hashlib.sha256(data).hexdigest(),
        source=Source(path=path, format=decoded.format, bytes=len(data), encoding=decoded.encoding),
        language="en",
        title=cleaned.title,
        published=None,
        dateline=None,
        event=None,
        crews=[],
        class_results=[],
        stage_results=[],
        upcoming_events=[],
        text=cleaned.text,
        sections=[],
        warnings=list(cleaned.warnings),
    )
