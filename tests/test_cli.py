"""The command line: extract → validate round trip, byte-identical output, clear failures."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import SAMPLES
from typer.testing import CliRunner

from extractor.cli import app

runner = CliRunner()


def test_extract_then_validate(tmp_path: Path) -> None:
    out = tmp_path / "records.jsonl"
    result = runner.invoke(app, ["extract", str(SAMPLES / "nl"), "-o", str(out), "--workers", "1"])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    inputs = [p for p in (SAMPLES / "nl").iterdir() if not p.name.endswith(".gold.json")]
    assert len(lines) == len(inputs)
    assert "\\u" not in out.read_text(encoding="utf-8")  # letters are written as letters
    first = json.loads(lines[0])
    assert list(first)[:5] == ["schema_version", "id", "source", "language", "title"]
    checked = runner.invoke(app, ["validate", str(out)])
    assert checked.exit_code == 0, checked.output


def test_extract_is_byte_identical_across_runs(tmp_path: Path) -> None:
    outputs = []
    for name in ("a.jsonl", "b.jsonl"):
        out = tmp_path / name
        runner.invoke(app, ["extract", str(SAMPLES / "en"), "-o", str(out), "--workers", "1"])
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] and outputs[0]


def test_validate_names_record_and_field(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"schema_version": "1.0"}\nnot json\n', encoding="utf-8")
    result = runner.invoke(app, ["validate", str(bad)])
    assert result.exit_code == 1
    assert f"{bad}:1" in result.output and f"{bad}:2: not JSON" in result.output


def test_evaluate_prints_fields_and_json(tmp_path: Path) -> None:
    result = runner.invoke(app, ["evaluate", str(SAMPLES / "nl"), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert set(report["fields"]) >= {"crews", "class_results", "stage_wins", "upcoming_events"}
    assert report["languages"]["nl"]["language"]["f1"] == 1.0
    strict = runner.invoke(app, ["evaluate", str(SAMPLES / "nl"), "--min-f1", "1.01"])
    assert strict.exit_code == 1
