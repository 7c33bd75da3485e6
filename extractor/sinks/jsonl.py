"""JSON Lines output: one record per line, UTF-8, letters unescaped, keys in contract order."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO


def dumps_record(record: dict[str, Any]) -> str:
    """One line of JSON; the same record always gives the same bytes."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def write_records(records: Iterable[dict[str, Any]], stream: TextIO) -> int:
    count = 0
    for record in records:
        stream.write(dumps_record(record) + "\n")
        count += 1
    return count


def read_records(path: str | Path) -> Iterator[tuple[int, dict[str, Any] | None, str | None]]:
    """Yield (line number, record or None, parse error or None) for each non-blank line."""
    with open(path, encoding="utf-8") as stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                yield number, json.loads(line), None
            except json.JSONDecodeError as exc:
                yield number, None, f"not JSON: {exc}"


class AtomicWriter:
    """Write to a temporary file beside the target, rename over it on success.

    A killed run never leaves a half-written output file; with `keep_existing`, the lines
    already in the target are copied first (for `--resume`).
    """

    def __init__(self, target: str | Path, keep_existing: bool = False) -> None:
        self.target = Path(target)
        self.keep_existing = keep_existing
        self._stream: TextIO | None = None
        self._tmp_name = ""

    def __enter__(self) -> TextIO:
        self.target.parent.mkdir(parents=True, exist_ok=True)
        fd, self._tmp_name = tempfile.mkstemp(
            prefix=f".{self.target.name}.", suffix=".tmp", dir=self.target.parent
        )
        self._stream = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        if self.keep_existing and self.target.exists():
            with open(self.target, encoding="utf-8") as old:
                for line in old:
                    if line.strip() and line.endswith("\n"):
                        self._stream.write(line)
        return self._stream

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        assert self._stream is not None
        self._stream.flush()
        os.fsync(self._stream.fileno())
        self._stream.close()
        if exc_type is None or exc_type is KeyboardInterrupt:
            os.replace(self._tmp_name, self.target)
        else:
            os.unlink(self._tmp_name)
