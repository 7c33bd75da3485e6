"""The newsroom database: records loaded into tables a sports desk can query with plain SQL.

SQLite by default (nothing to install), PostgreSQL for shared desks (`postgresql://…`, through
psycopg). Everything is SQLAlchemy Core, so no SQL is assembled from strings. The tool creates
and versions its own schema (`schema_version` plus the ordered `MIGRATIONS`).

Loading is idempotent and atomic per document: each record is written in one transaction, so
a load killed midway leaves whole documents only, and loading the same records again changes
nothing. A release whose content changed (same source path, new id) replaces its old rows in
that same transaction. A record that fails validation is refused with where it came from and
why; the others load.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import URL, Connection, Engine

from extractor.sinks.jsonl import read_records

Validator = Callable[[dict[str, Any]], list[str]]

DEFAULT_URL = "sqlite:///newsroom.db"

# --------------------------------------------------------------------------------------------
# Schema. Column names avoid words that need quoting in SQL (`end`), so that a desk can type
# the queries in docs/database.md as they are, on either backend.

metadata = sa.MetaData()

# The whole record: JSONB on PostgreSQL (queryable with ->, @>), JSON text on SQLite.
RecordJSON = sa.JSON().with_variant(JSONB(), "postgresql")

schema_version = sa.Table(
    "schema_version",
    metadata,
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("description", sa.Text, nullable=False),
    sa.Column("applied_at", sa.DateTime(timezone=True), nullable=False),
)

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column("source_path", sa.Text),
    sa.Column("source_format", sa.Text),
    sa.Column("language", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.Date),
    sa.Column("event_name", sa.Text),
    sa.Column("event_edition", sa.Integer),
    sa.Column("event_championship", sa.Text),
    sa.Column("event_round", sa.Integer),
    sa.Column("schema_version", sa.Text),
    sa.Column("record", RecordJSON, nullable=False),
    sa.Column("record_sha256", sa.Text, nullable=False),
    sa.Column("loaded_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_documents_source_path", "source_path", unique=True),
    sa.Index("ix_documents_event", "event_name", "event_edition"),
    sa.Index("ix_documents_published", "published"),
)

people = sa.Table(
    "people",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name_key", sa.Text, nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Index("ix_people_name_key", "name_key", unique=True),
)


def _document_fk() -> sa.Column[Any]:
    return sa.Column(
        "document_id",
        sa.Text,
        sa.ForeignKey("documents.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    )


def _crew_fk() -> sa.Column[Any]:
    return sa.Column("crew_id", sa.Integer, sa.ForeignKey("crews.id", ondelete="CASCADE"), nullable=False)


crews = sa.Table(
    "crews",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _document_fk(),
    sa.Column("crew_key", sa.Text, nullable=False),
    sa.Column("team", sa.Text),
    sa.Column("vehicle", sa.Text),
    sa.Column("number", sa.Text),
    sa.UniqueConstraint("document_id", "crew_key", name="uq_crews_document_crew_key"),
)

crew_members = sa.Table(
    "crew_members",
    metadata,
    _document_fk(),
    sa.Column(
        "crew_id",
        sa.Integer,
        sa.ForeignKey("crews.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("member_order", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("person_id", sa.Integer, sa.ForeignKey("people.id"), nullable=False),
    sa.Column("role", sa.Text, nullable=False),
    sa.Index("ix_crew_members_person", "person_id"),
)

class_results = sa.Table(
    "class_results",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _document_fk(),
    sa.Column("class", sa.Text, nullable=False),
    sa.Column("position", sa.Integer, nullable=False),
    _crew_fk(),
    sa.Column("total_time_seconds", sa.Float),
    sa.Column("total_time_text", sa.Text),
    sa.Column("gap_seconds", sa.Float),
    sa.Column("gap_text", sa.Text),
    sa.Index("ix_class_results_class_position", "class", "position"),
    sa.Index("ix_class_results_crew", "crew_id"),
)

stage_results = sa.Table(
    "stage_results",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _document_fk(),
    sa.Column("stage", sa.Integer, nullable=False),
    sa.Column("class", sa.Text),
    sa.Column("position", sa.Integer, nullable=False),
    _crew_fk(),
    sa.Column("time_seconds", sa.Float),
    sa.Column("time_text", sa.Text),
    sa.Column("gap_seconds", sa.Float),
    sa.Column("gap_text", sa.Text),
    sa.Index("ix_stage_results_crew_position", "crew_id", "position"),
    sa.Index("ix_stage_results_stage_position", "stage", "position"),
)

upcoming_events = sa.Table(
    "upcoming_events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _document_fk(),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("start_date", sa.Date),
    sa.Column("end_date", sa.Date),
    sa.Column("location", sa.Text),
    sa.Column("championship", sa.Text),
    sa.Index("ix_upcoming_events_start_date", "start_date"),
)

# Rows of these tables belong to one document each; the order is the insert order.
DOCUMENT_TABLES = (documents, crews, crew_members, class_results, stage_results, upcoming_events)
COUNTED_TABLES = (*DOCUMENT_TABLES, people)


# --------------------------------------------------------------------------------------------
# Migrations: ordered, each applied once and recorded in schema_version, all in one
# transaction (SQLite and PostgreSQL both have transactional DDL).


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Connection], None]


def _create_initial_tables(conn: Connection) -> None:
    """Version 1. A later change to a table must be a new migration, never an edit here."""
    metadata.create_all(
        conn,
        tables=[
            documents,
            people,
            crews,
            crew_members,
            class_results,
            stage_results,
            upcoming_events,
        ],
    )


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "documents, people, crews, results, upcoming events", _create_initial_tables),
)
LATEST_VERSION = MIGRATIONS[-1].version
_MIGRATION_LOCK = 0x6E657773  # PostgreSQL advisory lock key ("news") for concurrent loaders


def migrate(engine: Engine) -> int:
    """Bring the schema up to LATEST_VERSION; return the version found before."""
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.select(sa.func.pg_advisory_xact_lock(_MIGRATION_LOCK)))
        schema_version.create(conn, checkfirst=True)
        current = conn.execute(sa.select(sa.func.max(schema_version.c.version))).scalar() or 0
        if current > LATEST_VERSION:
            raise RuntimeError(
                f"the database schema is version {current}, newer than this extractor's "
                f"{LATEST_VERSION}; upgrade the extractor"
            )
        for migration in MIGRATIONS:
            if migration.version > current:
                migration.apply(conn)
                conn.execute(
                    sa.insert(schema_version).values(
                        version=migration.version,
                        description=migration.description,
                        applied_at=datetime.now(UTC),
                    )
                )
        return current


# --------------------------------------------------------------------------------------------
# Engines


def database_url(url: str | URL) -> URL:
    """Parse URL; plain `postgresql://` means psycopg 3, the driver this project installs."""
    parsed = sa.make_url(url)
    backend = parsed.get_backend_name()
    if backend in ("postgresql", "postgres"):
        if parsed.drivername in ("postgresql", "postgres"):
            parsed = parsed.set(drivername="postgresql+psycopg")
    elif backend != "sqlite":
        raise ValueError(
            f"unsupported database URL {parsed.render_as_string(hide_password=True)!r}: "
            "use sqlite:///FILE.db or postgresql://USER@HOST/DB"
        )
    return parsed


def _json_dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def make_engine(url: str | URL) -> Engine:
    """An engine whose transactions are real on both backends.

    pysqlite would otherwise start transactions late (only before DML, and not around DDL)
    and ignore foreign keys, so ON DELETE CASCADE would do nothing.
    """
    parsed = database_url(url)
    if parsed.get_backend_name() != "sqlite":
        return sa.create_engine(parsed, json_serializer=_json_dumps)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = sa.create_engine(parsed, json_serializer=_json_dumps)

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves, below
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # IMMEDIATE takes the write lock up front: two loaders queue instead of deadlocking.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


# --------------------------------------------------------------------------------------------
# Names


def normalise_name(name: str) -> str:
    """The key people are merged on: 'Rokas Baciuška' and 'ROKAS BACIUSKA' are one person.

    NFKD, combining marks dropped, case-folded, runs of spaces and punctuation collapsed to
    one space (the contract's scoring rule, so the desk and the harness agree).
    """
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[\W_]+", " ", stripped.casefold()).split())


def _display_rank(name: str) -> tuple[int, int]:
    """Prefer the spelling with diacritics, then the one not in capitals."""
    return (sum(1 for ch in name if ord(ch) > 127), sum(1 for ch in name if ch.islower()))


# --------------------------------------------------------------------------------------------
# From record to rows, before any transaction: faults found here refuse the record.


class RecordFault(ValueError):
    """A record the database cannot hold as it is (e.g. a result naming an unknown crew)."""


@dataclass
class _CrewPlan:
    key: str
    team: str | None
    vehicle: str | None
    number: str | None
    members: list[tuple[str, str]]  # (name key, role), driver first


@dataclass
class _Plan:
    document: dict[str, Any]
    names: dict[str, str]  # name key -> best spelling in this record
    crews: list[_CrewPlan]
    class_results: list[dict[str, Any]]  # with "crew_key" instead of crew_id
    stage_results: list[dict[str, Any]]
    upcoming_events: list[dict[str, Any]]


def _iso_date(value: Any, where: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise RecordFault(f"{where}: {value!r} is not an ISO date") from None


def _duration(value: Any) -> tuple[float | None, str | None]:
    if not value:
        return None, None
    return value.get("seconds"), value.get("text")


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def record_sha256(record: dict[str, Any]) -> str:
    """Hash of the record's canonical JSON: tells an unchanged record from a re-extracted one."""
    canonical = json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _plan(record: dict[str, Any]) -> _Plan:
    source = record.get("source") or {}
    event = record.get("event") or {}
    document = {
        "id": record["id"],
        "source_path": _text(source.get("path")),
        "source_format": _text(source.get("format")),
        "language": _text(record.get("language")),
        "title": _text(record.get("title")),
        "published": _iso_date(record.get("published"), "published"),
        "event_name": _text(event.get("name")),
        "event_edition": event.get("edition"),
        "event_championship": _text(event.get("championship")),
        "event_round": event.get("round"),
        "schema_version": _text(record.get("schema_version")),
        "record": record,
        "record_sha256": record_sha256(record),
    }
    names: dict[str, str] = {}
    crew_plans: list[_CrewPlan] = []
    for i, crew in enumerate(record.get("crews") or []):
        members = []
        for j, member in enumerate(crew.get("members") or []):
            display = " ".join(str(member["name"]).split())
            key = normalise_name(display)
            if not key:
                raise RecordFault(f"crews[{i}].members[{j}]: name {display!r} has no letters")
            if key not in names or _display_rank(display) > _display_rank(names[key]):
                names[key] = display
            members.append((key, str(member.get("role") or "unknown")))
        crew_plans.append(
            _CrewPlan(
                str(crew["id"]),
                _text(crew.get("team")),
                _text(crew.get("vehicle")),
                _text(crew.get("number")),
                members,
            )
        )
    crew_keys = [crew.key for crew in crew_plans]
    if len(set(crew_keys)) != len(crew_keys):
        raise RecordFault("crews: the same crew id twice")

    def crew_of(item: dict[str, Any], where: str) -> str:
        if item.get("crew") not in crew_keys:
            raise RecordFault(f"{where}.crew: {item.get('crew')!r} names no crew of the record")
        return str(item["crew"])

    class_rows = []
    for i, item in enumerate(record.get("class_results") or []):
        total_seconds, total_text = _duration(item.get("total_time"))
        gap_seconds, gap_text = _duration(item.get("gap"))
        class_rows.append(
            {
                "class": str(item["class"]),
                "position": int(item["position"]),
                "crew_key": crew_of(item, f"class_results[{i}]"),
                "total_time_seconds": total_seconds,
                "total_time_text": total_text,
                "gap_seconds": gap_seconds,
                "gap_text": gap_text,
            }
        )
    stage_rows = []
    for i, item in enumerate(record.get("stage_results") or []):
        time_seconds, time_text = _duration(item.get("time"))
        gap_seconds, gap_text = _duration(item.get("gap"))
        stage_rows.append(
            {
                "stage": int(item["stage"]),
                "class": _text(item.get("class")),
                "position": int(item["position"]),
                "crew_key": crew_of(item, f"stage_results[{i}]"),
                "time_seconds": time_seconds,
                "time_text": time_text,
                "gap_seconds": gap_seconds,
                "gap_text": gap_text,
            }
        )
    upcoming_rows = []
    for i, item in enumerate(record.get("upcoming_events") or []):
        upcoming_rows.append(
            {
                "name": str(item["name"]),
                "start_date": _iso_date(item.get("start"), f"upcoming_events[{i}].start"),
                "end_date": _iso_date(item.get("end"), f"upcoming_events[{i}].end"),
                "location": _text(item.get("location")),
                "championship": _text(item.get("championship")),
            }
        )
    return _Plan(document, names, crew_plans, class_rows, stage_rows, upcoming_rows)


# --------------------------------------------------------------------------------------------
# Writing one document (inside its transaction)


def _insert_rows(conn: Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    """Document rows go through here (crews aside, whose ids come back): tests break in here."""
    if rows:
        conn.execute(sa.insert(table), rows)


def _person_ids(conn: Connection, names: dict[str, str]) -> dict[str, int]:
    """Ids of these people, adding the new ones and upgrading display spellings."""
    if not names:
        return {}
    dialect_insert = postgresql_insert if conn.dialect.name == "postgresql" else sqlite_insert
    conn.execute(
        dialect_insert(people).on_conflict_do_nothing(index_elements=["name_key"]),
        [{"name_key": key, "name": name} for key, name in names.items()],
    )
    rows = conn.execute(
        sa.select(people.c.id, people.c.name_key, people.c.name).where(people.c.name_key.in_(list(names)))
    ).all()
    for row in rows:
        if _display_rank(names[row.name_key]) > _display_rank(row.name):
            conn.execute(sa.update(people).where(people.c.id == row.id).values(name=names[row.name_key]))
    return {row.name_key: row.id for row in rows}


def _delete_documents(conn: Connection, ids: list[str]) -> set[int]:
    """Delete documents (their rows cascade); return the people they named."""
    if not ids:
        return set()
    named = set(
        conn.execute(sa.select(crew_members.c.person_id).where(crew_members.c.document_id.in_(ids))).scalars()
    )
    conn.execute(sa.delete(documents).where(documents.c.id.in_(ids)))
    return named


def _forget_unnamed_people(conn: Connection, person_ids: set[int]) -> None:
    """People no document names any more go, so a replaced release leaves no strangers."""
    if not person_ids:
        return
    still_named = sa.exists().where(crew_members.c.person_id == people.c.id)
    conn.execute(sa.delete(people).where(people.c.id.in_(person_ids), ~still_named))


def _write_document(conn: Connection, plan: _Plan) -> None:
    document_id = plan.document["id"]
    _insert_rows(conn, documents, [{**plan.document, "loaded_at": datetime.now(UTC)}])
    person_ids = _person_ids(conn, plan.names)
    crew_ids: dict[str, int] = {}
    if plan.crews:
        inserted = (
            conn.execute(
                sa.insert(crews).returning(crews.c.id, sort_by_parameter_order=True),
                [
                    {
                        "document_id": document_id,
                        "crew_key": crew.key,
                        "team": crew.team,
                        "vehicle": crew.vehicle,
                        "number": crew.number,
                    }
                    for crew in plan.crews
                ],
            )
            .scalars()
            .all()
        )
        crew_ids = {crew.key: crew_id for crew, crew_id in zip(plan.crews, inserted, strict=True)}
    _insert_rows(
        conn,
        crew_members,
        [
            {
                "document_id": document_id,
                "crew_id": crew_ids[crew.key],
                "member_order": order,
                "person_id": person_ids[key],
                "role": role,
            }
            for crew in plan.crews
            for order, (key, role) in enumerate(crew.members, start=1)
        ],
    )
    for table, rows in ((class_results, plan.class_results), (stage_results, plan.stage_results)):
        _insert_rows(
            conn,
            table,
            [
                {
                    **{k: v for k, v in row.items() if k != "crew_key"},
                    "document_id": document_id,
                    "crew_id": crew_ids[row["crew_key"]],
                }
                for row in rows
            ],
        )
    _insert_rows(conn, upcoming_events, [{**row, "document_id": document_id} for row in plan.upcoming_events])


def _load_one(conn: Connection, plan: _Plan) -> str:
    """Bring one document up to date: "inserted", "replaced", "unchanged" or "duplicate"."""
    doc_id, path = plan.document["id"], plan.document["source_path"]
    condition = documents.c.id == doc_id
    if path is not None:
        condition = sa.or_(condition, documents.c.source_path == path)
    found = conn.execute(
        sa.select(documents.c.id, documents.c.source_path, documents.c.record_sha256).where(condition)
    ).all()
    same_id = next((row for row in found if row.id == doc_id), None)
    others = [row.id for row in found if row.id != doc_id]  # older content at this path
    if same_id is None:
        outcome, stale = ("replaced" if others else "inserted"), others
    elif same_id.source_path != path:
        outcome, stale = "duplicate", others  # same bytes already loaded from another path
    elif same_id.record_sha256 == plan.document["record_sha256"]:
        return "unchanged"
    else:
        outcome, stale = "replaced", [*others, doc_id]  # same input, extracted anew
    named = _delete_documents(conn, stale)
    if outcome != "duplicate":
        _write_document(conn, plan)
    _forget_unnamed_people(conn, named)
    return outcome


# --------------------------------------------------------------------------------------------
# Loading and its report


@dataclass(frozen=True)
class Refusal:
    where: str  # "records.jsonl:7" or "<source>[7]"
    record_id: str | None
    source_path: str | None
    reason: str

    def describe(self) -> str:
        about = ", ".join(x for x in (self.source_path, self.record_id) if x)
        return f"{self.where}{f' ({about})' if about else ''}: {self.reason}"


@dataclass
class LoadReport:
    source: str
    url: str
    schema_version: int = LATEST_VERSION
    migrated_from: int = LATEST_VERSION
    inserted: int = 0
    replaced: int = 0
    unchanged: int = 0
    duplicates: int = 0
    refused: list[Refusal] = field(default_factory=list)
    table_counts: dict[str, int] = field(default_factory=dict)

    @property
    def read(self) -> int:
        return self.inserted + self.replaced + self.unchanged + self.duplicates + len(self.refused)

    def describe(self) -> str:
        """One paragraph for the terminal: what changed, what the database holds, what failed."""
        schema = ""
        if self.migrated_from == 0:
            schema = f" (schema created, version {self.schema_version})"
        elif self.migrated_from < self.schema_version:
            schema = f" (schema upgraded from version {self.migrated_from} to {self.schema_version})"
        counts = ", ".join(f"{n} {name}" for name, n in self.table_counts.items())
        lines = [
            f"Loaded {self.source} into {self.url}{schema}: {self.read} records read, "
            f"{self.inserted} new, {self.replaced} replaced, {self.unchanged} unchanged, "
            f"{self.duplicates} same as a document at another path, "
            f"{len(self.refused)} refused. "
            f"The database holds {counts}."
        ]
        lines += [f"  refused {refusal.describe()}" for refusal in self.refused]
        return "\n".join(lines)


_Item = tuple[str, Any, str | None]  # (where, record or None, parse error or None)


def _default_validator() -> Validator:
    from extractor.validate import validate_record

    return validate_record


def _refusal(where: str, record: Any, reason: str) -> Refusal:
    record_id = source_path = None
    if isinstance(record, dict):
        record_id = record.get("id") if isinstance(record.get("id"), str) else None
        source = record.get("source")
        if isinstance(source, dict) and isinstance(source.get("path"), str):
            source_path = source["path"]
    return Refusal(where, record_id, source_path, reason)


def _load_items(
    items: Iterable[_Item], url: str | URL, source: str, validator: Validator | None
) -> LoadReport:
    validate = validator or _default_validator()
    engine = make_engine(url)
    report = LoadReport(source=source, url=engine.url.render_as_string(hide_password=True))
    try:
        report.migrated_from = migrate(engine)
        for where, record, error in items:
            if error is not None or not isinstance(record, dict):
                report.refused.append(_refusal(where, record, error or "not a JSON object"))
                continue
            faults = list(validate(record))
            if faults:
                shown = "; ".join(faults[:5])
                if len(faults) > 5:
                    shown += f"; and {len(faults) - 5} more"
                report.refused.append(_refusal(where, record, shown))
                continue
            try:
                plan = _plan(record)
            except KeyError as exc:
                report.refused.append(_refusal(where, record, f"missing field {exc}"))
                continue
            except (RecordFault, TypeError, ValueError, AttributeError) as exc:
                report.refused.append(_refusal(where, record, f"malformed record: {exc}"))
                continue
            outcome = _load_with_retry(engine, plan, where, record, report)
            if outcome is not None:
                setattr(report, _OUTCOME_FIELDS[outcome], getattr(report, _OUTCOME_FIELDS[outcome]) + 1)
        report.table_counts = table_counts(engine)
    finally:
        engine.dispose()
    return report


_OUTCOME_FIELDS = {
    "inserted": "inserted",
    "replaced": "replaced",
    "unchanged": "unchanged",
    "duplicate": "duplicates",
}


def _load_with_retry(
    engine: Engine, plan: _Plan, where: str, record: dict[str, Any], report: LoadReport
) -> str | None:
    """One transaction per document; a second try when another loader raced us to a key."""
    for attempt in (1, 2):
        try:
            with engine.begin() as conn:
                return _load_one(conn, plan)
        except sa.exc.IntegrityError as exc:
            if attempt == 2:
                report.refused.append(_refusal(where, record, f"database refused it: {exc.orig}"))
        except sa.exc.DataError as exc:  # e.g. a NUL character, which PostgreSQL text refuses
            report.refused.append(_refusal(where, record, f"database refused it: {exc.orig}"))
            break
    return None


def load_records(
    records: Iterable[dict[str, Any]],
    url: str | URL = DEFAULT_URL,
    source_name: str = "<records>",
    *,
    validator: Validator | None = None,
) -> LoadReport:
    """Load records (already parsed) into the database at URL; see the module docstring.

    `validator` defaults to `extractor.validate.validate_record` (a list of faults, empty when
    the record is valid).
    """
    items = ((f"{source_name}[{i}]", record, None) for i, record in enumerate(records))
    return _load_items(items, url, source_name, validator)


def load_jsonl(
    path: str | Path, url: str | URL = DEFAULT_URL, *, validator: Validator | None = None
) -> LoadReport:
    """Load a JSON Lines file of records; refusals name the file and line."""
    items: Iterator[_Item] = (
        (f"{path}:{number}", record, error) for number, record, error in read_records(path)
    )
    return _load_items(items, url, str(path), validator)


def table_counts(engine: Engine) -> dict[str, int]:
    """Rows per table: what a desk checks after a load, and what idempotence keeps equal."""
    with engine.connect() as conn:
        return {
            table.name: conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
            for table in COUNTED_TABLES
        }


# --------------------------------------------------------------------------------------------
# The newsroom questions of docs/database.md, as run by the tests. Plain SQL with named
# parameters (:name), the same text on SQLite and PostgreSQL.

PODIUM_SQL = """\
SELECT r.position, p1.name AS driver, p2.name AS co_driver, c.team, c.vehicle,
       r.total_time_text AS total_time, r.gap_text AS gap
FROM class_results r
JOIN documents d ON d.id = r.document_id
JOIN crews c ON c.id = r.crew_id
LEFT JOIN crew_members m1 ON m1.crew_id = c.id AND m1.member_order = 1
LEFT JOIN people p1 ON p1.id = m1.person_id
LEFT JOIN crew_members m2 ON m2.crew_id = c.id AND m2.member_order = 2
LEFT JOIN people p2 ON p2.id = m2.person_id
WHERE d.event_name = :event_name
  AND d.event_edition = :edition
  AND r.class = :class
  AND r.position <= 3
  AND COALESCE(d.published, '0001-01-01') = (
    SELECT MAX(COALESCE(d2.published, '0001-01-01'))
    FROM documents d2
    JOIN class_results r2 ON r2.document_id = d2.id
    WHERE d2.event_name = d.event_name
      AND d2.event_edition = d.event_edition
      AND r2.class = r.class)
ORDER BY r.position, driver"""

STAGE_WINS_SQL = """\
SELECT d.event_name, d.event_edition, s.stage, s.class,
       MAX(s.time_text) AS stage_time,
       COUNT(DISTINCT d.id) AS releases,
       MIN(d.published) AS first_reported
FROM people p
JOIN crew_members m ON m.person_id = p.id
JOIN stage_results s ON s.crew_id = m.crew_id
JOIN documents d ON d.id = s.document_id
WHERE p.name_key = :name_key
  AND s.position = 1
GROUP BY d.event_name, d.event_edition, s.stage, s.class
ORDER BY d.event_edition, d.event_name, s.stage"""

UPCOMING_SQL = """\
SELECT u.name, u.start_date, u.end_date,
       MAX(u.location) AS location,
       MAX(u.championship) AS championship,
       COUNT(DISTINCT u.document_id) AS releases
FROM upcoming_events u
WHERE u.start_date >= :after
GROUP BY u.name, u.start_date, u.end_date
ORDER BY u.start_date, u.name"""


def example_queries() -> dict[str, str]:
    """The three newsroom questions of docs/database.md, by name, as SQL text."""
    return {"podium": PODIUM_SQL, "stage_wins": STAGE_WINS_SQL, "upcoming": UPCOMING_SQL}
