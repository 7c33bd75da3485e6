"""The record types of the contract (../shared/contract/RECORD.md), in contract field order.

Plain dataclasses; `to_dict` produces the JSON shape the schema in `schemas/` validates.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from functools import cache
from typing import Any

SCHEMA_VERSION = "1.0"


@dataclass(frozen=True)
class Evidence:
    """A character interval of the record's `text`; `text[start:end] == self.text`."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Duration:
    text: str
    seconds: float
    iso8601: str


@dataclass
class Member:
    name: str
    role: str


@dataclass
class Crew:
    id: str
    members: list[Member]
    team: str | None = None
    vehicle: str | None = None
    number: str | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class ClassResult:
    class_: str
    position: int
    crew: str
    total_time: Duration | None = None
    gap: Duration | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class StageResult:
    stage: int
    class_: str | None
    position: int
    crew: str
    time: Duration | None = None
    gap: Duration | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class UpcomingEvent:
    name: str
    start: str | None
    end: str | None
    location: str | None = None
    championship: str | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Event:
    name: str
    edition: int | None
    championship: str | None
    round: int | None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Dateline:
    place: str | None
    date: str | None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(frozen=True)
class Section:
    kind: str
    start: int
    end: int


@dataclass
class Source:
    path: str | None
    format: str
    bytes: int
    encoding: str


@dataclass
class Record:
    id: str
    source: Source
    language: str
    title: str | None
    published: str | None
    dateline: Dateline | None
    event: Event | None
    crews: list[Crew]
    class_results: list[ClassResult]
    stage_results: list[StageResult]
    upcoming_events: list[UpcomingEvent]
    text: str
    sections: list[Section]
    warnings: list[str]
    schema_version: str = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON shape, keys in contract order."""
        plain = _plain(self)
        ordered = {"schema_version": plain.pop("schema_version")}
        ordered.update(plain)
        return ordered


@cache
def _field_keys(cls: type) -> tuple[tuple[str, str], ...]:
    return tuple((f.name, "class" if f.name == "class_" else f.name) for f in fields(cls))


_SCALARS = frozenset({str, int, float, bool, type(None)})


def _plain(value: Any) -> Any:
    """Dataclasses to dicts without `asdict`'s deep copies (a record's text is copied once too
    often there, and this runs for every record). `class` is a Python keyword, so the
    dataclasses say `class_`; JSON says `class`."""
    if type(value) in _SCALARS:
        return value  # most values; no dataclass test needed
    if is_dataclass(value):
        return {key: _plain(getattr(value, name)) for name, key in _field_keys(type(value))}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value
