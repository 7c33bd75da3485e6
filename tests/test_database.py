"""The newsroom database, the same cases on SQLite and on a PostgreSQL server started here.

PostgreSQL comes from the system packages (`apt-get install postgresql`) and is driven by
pytest-postgresql. initdb and postgres refuse to run as root, so when the suite runs as root
(CI does) pg_ctl is called through a small wrapper that runs it as the `postgres` user.
"""

from __future__ import annotations

import atexit
import json
import os
import pwd
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from pytest_postgresql import factories

from extractor.sinks import database
from extractor.sinks.database import (
    example_queries,
    load_jsonl,
    load_records,
    make_engine,
    normalise_name,
)
from extractor.validate import validate_record

FIXTURES = Path(__file__).parent / "fixtures" / "records"
RELEASES = FIXTURES / "releases.jsonl"  # en stage 11, nl Dakar final, fr Monte-Carlo, de stage 13
CORRECTED = FIXTURES / "release-corrected.jsonl"  # the nl release again, corrected
MIXED = FIXTURES / "mixed-invalid.jsonl"  # valid, wrong type, not JSON, unknown crew, valid
DOCS = Path(__file__).parent.parent / "docs" / "database.md"

INSTALL_HINT = "PostgreSQL server not installed: run `apt-get install postgresql` to test on it"


def _read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


EN, NL, FR, DE = _read(RELEASES)
(NL_CORRECTED,) = _read(CORRECTED)

# ---------------------------------------------------------------------------------------------
# PostgreSQL, started by the suite


def _find_pg_ctl() -> str | None:
    """pg_ctl on PATH, else the newest one Debian's postgresql package installs."""
    found = shutil.which("pg_ctl")
    if found:
        return found
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
        key=lambda p: [int(n) for n in re.findall(r"\d+", p.parent.parent.name)],
    )
    return str(candidates[-1]) if candidates else None


_AS_POSTGRES = '''\
#!{python}
"""pg_ctl as the `postgres` user: initdb and postgres refuse to run as root."""
import os, pwd, sys
from pathlib import Path

user = pwd.getpwnam("postgres")
args = sys.argv[1:]


def hand_over(path, make_dir):
    """Create PATH for postgres and let it reach PATH through pytest's private temp dirs."""
    path = Path(path)
    if make_dir:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
    else:
        path.touch()
    os.chown(path, user.pw_uid, user.pw_gid)
    for parent in path.parents:
        mode = parent.stat().st_mode
        if not mode & 0o001:
            os.chmod(parent, (mode & 0o7777) | 0o001)


if args[:1] == ["initdb"]:
    hand_over(args[args.index("--pgdata") + 1], make_dir=True)
if args[:1] == ["start"] and "-l" in args:
    hand_over(args[args.index("-l") + 1], make_dir=False)
os.setgroups([])
os.setgid(user.pw_gid)
os.setuid(user.pw_uid)
os.execv({pg_ctl!r}, [{pg_ctl!r}, *args])
'''


def _pg_ctl_executable() -> str | None:
    pg_ctl = _find_pg_ctl()
    if pg_ctl is None or os.geteuid() != 0:
        return pg_ctl
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        return None  # a server package always creates this user
    folder = tempfile.mkdtemp(prefix="extractor-pg-ctl-")
    atexit.register(shutil.rmtree, folder, True)
    wrapper = Path(folder) / "pg_ctl"
    wrapper.write_text(_AS_POSTGRES.format(python=sys.executable, pg_ctl=pg_ctl))
    wrapper.chmod(0o700)
    return str(wrapper)


PG_CTL = _pg_ctl_executable()
newsroom_pg_proc = factories.postgresql_proc(executable=PG_CTL, port=None)
newsroom_pg = factories.postgresql("newsroom_pg_proc")


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'newsroom.db'}"
    if PG_CTL is None:
        if os.environ.get("CI"):
            pytest.fail(INSTALL_HINT + " (CI must run these tests; .ci/run installs it)")
        pytest.skip(INSTALL_HINT)
    info = request.getfixturevalue("newsroom_pg").info
    return f"postgresql://{info.user}@{info.host}:{info.port}/{info.dbname}"


@pytest.fixture
def engine(db_url: str) -> Iterator[sa.Engine]:
    """For looking at the database the test loaded (closed before the database is dropped)."""
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


# ---------------------------------------------------------------------------------------------
# Helpers

EXPECTED_COUNTS = {  # releases.jsonl: 4 documents; Baciuška/Baciuska and others are shared
    "documents": 4,
    "crews": 9,
    "crew_members": 18,
    "class_results": 6,
    "stage_results": 8,
    "upcoming_events": 4,
    "people": 12,
}
PER_DOCUMENT = {  # table -> the record list whose items become its rows
    "crews": "crews",
    "class_results": "class_results",
    "stage_results": "stage_results",
    "upcoming_events": "upcoming_events",
}


def snapshot(engine: sa.Engine) -> dict[str, list[str]]:
    """Every row of every table (loaded_at included), in a stable order."""
    with engine.connect() as conn:
        return {
            table.name: sorted(repr(tuple(row)) for row in conn.execute(sa.select(table)))
            for table in database.COUNTED_TABLES
        }


def rows_of(engine: sa.Engine, record: dict[str, Any]) -> dict[str, int]:
    """How many rows each table holds for one record's document."""
    with engine.connect() as conn:
        return {
            table.name: conn.execute(
                sa.select(sa.func.count())
                .select_from(table)
                .where(table.c[("id" if table is database.documents else "document_id")] == record["id"])
            ).scalar_one()
            for table in database.DOCUMENT_TABLES
        }


def whole(record: dict[str, Any]) -> dict[str, int]:
    """The rows a fully loaded record has."""
    counts = {"documents": 1}
    counts.update({table: len(record[field]) for table, field in PER_DOCUMENT.items()})
    counts["crew_members"] = sum(len(crew["members"]) for crew in record["crews"])
    return {table.name: counts[table.name] for table in database.DOCUMENT_TABLES}


def absent() -> dict[str, int]:
    return {table.name: 0 for table in database.DOCUMENT_TABLES}


def document_ids(engine: sa.Engine) -> set[str]:
    with engine.connect() as conn:
        return set(conn.execute(sa.select(database.documents.c.id)).scalars())


def person(engine: sa.Engine, name: str) -> list[tuple[Any, ...]]:
    with engine.connect() as conn:
        return [
            tuple(row)
            for row in conn.execute(
                sa.select(database.people.c.id, database.people.c.name).where(
                    database.people.c.name_key == normalise_name(name)
                )
            )
        ]


def fail_on(monkeypatch: pytest.MonkeyPatch, table: sa.Table, nth_document: int) -> None:
    """Make the load raise while writing TABLE for its NTH document, after some rows landed."""
    real = database._insert_rows
    documents_seen: list[str] = []

    def insert_then_fail(conn: sa.Connection, target: sa.Table, rows: list[dict]) -> None:
        if target is database.documents:
            documents_seen.append(rows[0]["id"])
        if target is table and len(documents_seen) == nth_document:
            real(conn, target, rows[:1])
            raise RuntimeError("injected failure mid-document")
        real(conn, target, rows)

    monkeypatch.setattr(database, "_insert_rows", insert_then_fail)


# ---------------------------------------------------------------------------------------------
# Cases, on both backends


def test_loading_twice_changes_nothing(db_url: str, engine: sa.Engine) -> None:
    first = load_jsonl(RELEASES, db_url)
    assert (first.inserted, first.refused) == (4, [])
    assert first.table_counts == EXPECTED_COUNTS
    before = snapshot(engine)

    second = load_jsonl(RELEASES, db_url)
    assert (second.inserted, second.replaced, second.unchanged) == (0, 0, 4)
    assert second.table_counts == EXPECTED_COUNTS
    assert snapshot(engine) == before
    assert "4 unchanged" in second.describe()


def test_schema_is_created_and_versioned_by_the_tool(db_url: str, engine: sa.Engine) -> None:
    report = load_records([], db_url)
    assert (report.migrated_from, report.schema_version) == (0, database.LATEST_VERSION)
    assert database.migrate(engine) == database.LATEST_VERSION  # nothing left to apply
    with engine.connect() as conn:
        versions = conn.execute(sa.select(database.schema_version.c.version)).scalars().all()
        assert versions == [m.version for m in database.MIGRATIONS]
    inspector = sa.inspect(engine)
    assert set(inspector.get_table_names()) >= {t.name for t in database.metadata.sorted_tables}
    cascades = [
        fk["options"].get("ondelete")
        for table in ("crews", "crew_members", "class_results", "stage_results", "upcoming_events")
        for fk in inspector.get_foreign_keys(table)
        if fk["referred_table"] == "documents"
    ]
    assert cascades == ["CASCADE"] * 5
    record_type = next(c["type"] for c in inspector.get_columns("documents") if c["name"] == "record")
    expected = "JSONB" if engine.dialect.name == "postgresql" else "JSON"
    assert type(record_type).__name__ == expected


def test_newer_schema_is_not_touched(db_url: str, engine: sa.Engine) -> None:
    load_records([], db_url)
    with engine.begin() as conn:
        conn.execute(
            sa.insert(database.schema_version).values(
                version=database.LATEST_VERSION + 1,
                description="from the future",
                applied_at=sa.func.now(),
            )
        )
    with pytest.raises(RuntimeError, match="upgrade the extractor"):
        load_records([NL], db_url)


def test_changed_release_replaces_its_rows(db_url: str, engine: sa.Engine) -> None:
    load_jsonl(RELEASES, db_url)
    assert NL_CORRECTED["source"]["path"] == NL["source"]["path"]
    assert NL_CORRECTED["id"] != NL["id"]

    report = load_jsonl(CORRECTED, db_url)
    assert (report.replaced, report.inserted, report.refused) == (1, 0, [])
    assert rows_of(engine, NL) == absent()
    assert rows_of(engine, NL_CORRECTED) == whole(NL_CORRECTED)
    for other in (EN, FR, DE):
        assert rows_of(engine, other) == whole(other)
    with engine.connect() as conn:
        positions = conn.execute(
            sa.select(database.class_results.c.position)
            .where(database.class_results.c.document_id == NL_CORRECTED["id"])
            .order_by(database.class_results.c.position)
        ).scalars()
        assert list(positions) == [1, 3]
    assert person(engine, "Sara Price") == []  # named by the old release only
    assert person(engine, "Stéphane Peterhansel") != []

    again = load_jsonl(CORRECTED, db_url)
    assert again.unchanged == 1


def test_failed_replacement_keeps_the_old_release(
    db_url: str, engine: sa.Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_jsonl(RELEASES, db_url)
    before = snapshot(engine)
    fail_on(monkeypatch, database.class_results, nth_document=1)
    with pytest.raises(RuntimeError, match="injected"):
        load_jsonl(CORRECTED, db_url)
    assert snapshot(engine) == before  # the delete of the old rows was rolled back too


def test_reextracted_record_replaces_and_same_bytes_elsewhere_is_a_duplicate(
    db_url: str, engine: sa.Engine
) -> None:
    load_records([NL], db_url)
    better = json.loads(json.dumps(NL))
    better["warnings"] = ["re-extracted with a newer lexicon"]
    assert load_records([better], db_url).replaced == 1
    copy = json.loads(json.dumps(better))
    copy["source"]["path"] = "samples/nl/copy-of-defender-dakar-2026.txt"
    before = snapshot(engine)
    report = load_records([copy], db_url)
    assert report.duplicates == 1
    assert snapshot(engine) == before


def test_invalid_record_is_refused_and_the_rest_load(db_url: str, engine: sa.Engine) -> None:
    report = load_jsonl(MIXED, db_url)
    assert report.inserted == 2
    assert document_ids(engine) == {EN["id"], FR["id"]}
    refused = {r.where: r for r in report.refused}
    assert sorted(refused) == [f"{MIXED}:{n}" for n in (2, 3, 4)]
    assert "position" in refused[f"{MIXED}:2"].reason
    assert refused[f"{MIXED}:2"].source_path == "samples/fr/bad-position.md"
    assert "JSON" in refused[f"{MIXED}:3"].reason
    assert "crew-9" in refused[f"{MIXED}:4"].reason
    text = report.describe()
    assert "3 refused" in text
    assert f"{MIXED}:4 (samples/de/bad-crew.eml" in text


def test_refusals_use_the_validator(db_url: str) -> None:
    broken = json.loads(json.dumps(DE))
    del broken["language"]
    assert validate_record(broken)  # the contract check finds it...
    report = load_records([DE, broken], db_url, source_name="batch")
    assert report.inserted == 1  # ...and the loader refuses it with the same reason
    assert [r.where for r in report.refused] == ["batch[1]"]
    assert "language" in report.refused[0].reason


def test_people_merge_across_documents_keeping_diacritics(db_url: str, engine: sa.Engine) -> None:
    # The English release ("Rokas Baciuska") comes first in the file; the name with the
    # diacritic arrives later and becomes the display name of the same person.
    assert EN["crews"][0]["members"][0]["name"] == "Rokas Baciuska"
    load_jsonl(RELEASES, db_url)
    ((person_id, name),) = person(engine, "ROKAS BACIUŠKA")
    assert name == "Rokas Baciuška"
    with engine.connect() as conn:
        documents_naming = conn.execute(
            sa.select(sa.func.count(sa.distinct(database.crew_members.c.document_id))).where(
                database.crew_members.c.person_id == person_id
            )
        ).scalar_one()
    assert documents_naming == 3  # en, nl, de
    assert person(engine, "Reeta Hamalainen")[0][1] == "Reeta Hämäläinen"

    # A spelling without diacritics loaded later does not replace the display name.
    load_records([EN], db_url)
    assert person(engine, "Rokas Baciuska")[0][1] == "Rokas Baciuška"


KILL_MIDWAY = textwrap.dedent(
    """
    import os, signal, sys
    from extractor.sinks import database

    real = database._insert_rows
    documents_seen = []

    def insert_then_die(conn, table, rows):
        if table is database.documents:
            documents_seen.append(rows[0]["id"])
        if table is database.stage_results and len(documents_seen) == 2:
            real(conn, table, rows[:1])  # some of the document is written...
            os.kill(os.getpid(), signal.SIGKILL)  # ...when the process dies
        real(conn, table, rows)

    database._insert_rows = insert_then_die
    database.load_jsonl(sys.argv[1], sys.argv[2])
    """
)


def test_load_killed_midway_leaves_only_whole_documents(
    db_url: str, engine: sa.Engine, tmp_path: Path
) -> None:
    process = subprocess.run(
        [sys.executable, "-c", KILL_MIDWAY, str(RELEASES), db_url],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert process.returncode == -signal.SIGKILL, process.stderr
    assert rows_of(engine, EN) == whole(EN)  # committed before the kill
    for record in (NL, FR, DE):
        assert rows_of(engine, record) == absent()
    assert person(engine, "Sara Price") == []  # only in the killed document

    report = load_jsonl(RELEASES, db_url)
    assert (report.inserted, report.unchanged) == (3, 1)
    assert report.table_counts == EXPECTED_COUNTS


def test_exception_mid_document_leaves_only_whole_documents(
    db_url: str, engine: sa.Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    fail_on(monkeypatch, database.stage_results, nth_document=2)
    with pytest.raises(RuntimeError, match="injected"):
        load_jsonl(RELEASES, db_url)
    assert document_ids(engine) == {EN["id"]}
    assert rows_of(engine, EN) == whole(EN)
    assert rows_of(engine, NL) == absent()


def _rows(engine: sa.Engine, name: str, **params: Any) -> list[tuple[Any, ...]]:
    """Run a documented query; dates as ISO text, which SQLite returns and PostgreSQL not."""
    with engine.connect() as conn:
        result = conn.execute(sa.text(example_queries()[name]), params)
        return [tuple(v if v is None or isinstance(v, str | int) else str(v) for v in row) for row in result]


def test_newsroom_questions(db_url: str, engine: sa.Engine) -> None:
    load_jsonl(RELEASES, db_url)

    podium = _rows(engine, "podium", event_name="Dakar Rally", edition=2026, **{"class": "Stock"})
    assert podium == [
        (
            1,
            "Rokas Baciuška",
            "Oriol Vidal",
            "Defender Rally",
            "Defender Dakar D7X-R",
            "58 uur, 09 minuten en 45 seconden",
            None,
        ),
        (2, "Sara Price", "Sean Berriman", "Defender Rally", None, None, None),
    ]  # fourth place is not on the podium
    wrc2 = _rows(engine, "podium", event_name="Rallye Monte-Carlo", edition=2026, **{"class": "WRC2"})
    assert [(r[0], r[1], r[6]) for r in wrc2] == [
        (1, "Yohan Rossel", None),
        (2, "Nikolay Gryazin", "24.1 s"),
        (3, "Emil Lindholm", None),
    ]

    wins = _rows(engine, "stage_wins", name_key=normalise_name("Rokas Baciuška"))
    assert wins == [
        ("Dakar Rally", 2026, 11, "Stock", "3:12:07.5", 1, "2026-01-15"),
        ("Dakar Rally", 2026, 13, "Stock", "0:55:51", 2, "2026-01-16"),  # nl and de releases
    ]
    assert _rows(engine, "stage_wins", name_key=normalise_name("Sara Price")) == []

    upcoming = _rows(engine, "upcoming", after="2026-02-13")
    assert upcoming == [
        ("BP Ultimate Rally-Raid Portugal", "2026-03-17", "2026-03-22", None, "W2RC", 2),
        ("Desafío Ruta 40", "2026-05-31", "2026-06-06", "Argentina", "W2RC", 1),
    ]
    assert [r[0] for r in _rows(engine, "upcoming", after="2026-02-01")][0] == "Rally Sweden"

    # The podium follows a corrected release.
    load_jsonl(CORRECTED, db_url)
    podium = _rows(engine, "podium", event_name="Dakar Rally", edition=2026, **{"class": "Stock"})
    assert [(r[0], r[1]) for r in podium] == [(1, "Rokas Baciuška"), (3, "Stéphane Peterhansel")]


def test_cli_load_reports_and_exits_1_on_refusals(db_url: str) -> None:
    from typer.testing import CliRunner

    from extractor.cli import app

    result = CliRunner().invoke(app, ["load", str(MIXED), "--db", db_url])
    assert result.exit_code == 1
    assert "2 new" in result.output and "bad-crew.eml" in result.output
    result = CliRunner().invoke(app, ["load", str(RELEASES), "--db", db_url])
    assert result.exit_code == 0, result.output


# ---------------------------------------------------------------------------------------------
# Without a database


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Baciuška", "Baciuska"),
        ("Rokas  BACIUŠKA", "rokas baciuska"),
        ("Stéphane Peterhansel", "STEPHANE PETERHANSEL"),
        ("Jean-Pierre Fontenay", "jean pierre fontenay"),
        ("Carlos Sainz Jr.", "Carlos Sainz Jr"),
        ("Nani Roma", " Nani\u00a0Roma "),
    ],
)
def test_normalised_names_match(a: str, b: str) -> None:
    assert normalise_name(a) == normalise_name(b) != ""


def test_urls() -> None:
    assert database.database_url("postgresql://u@h/db").drivername == "postgresql+psycopg"
    assert database.database_url("sqlite:///x.db").drivername == "sqlite"
    with pytest.raises(ValueError, match="unsupported"):
        database.database_url("mysql://u@h/db")


def test_docs_show_the_queries_the_tests_run() -> None:
    docs = DOCS.read_text(encoding="utf-8")
    for name, sql in example_queries().items():
        assert sql in docs, f"docs/database.md does not show the {name} query as written"
