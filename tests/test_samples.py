"""Every sample gives a record that keeps the contract: schema, offsets, crew references."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SAMPLES, sample_inputs

from extractor import extract_dict
from extractor.validate import iter_evidence, validate_record

GOLD_KEYS = {"language", "published", "event", "crews", "class_results", "stage_results", "upcoming_events"}


@pytest.mark.parametrize("path", sample_inputs(), ids=lambda p: str(p.relative_to(SAMPLES)))
def test_sample_record_keeps_the_contract(path: Path) -> None:
    record = extract_dict(path.read_bytes(), str(path.relative_to(SAMPLES.parent)))
    assert validate_record(record) == []
    text = record["text"]
    for _, evidence in iter_evidence(record):
        assert text[evidence["start"] : evidence["end"]] == evidence["text"]
    assert record["id"].startswith("sha256:")


@pytest.mark.parametrize("path", sample_inputs(), ids=lambda p: str(p.relative_to(SAMPLES)))
def test_sample_has_a_complete_gold_file(path: Path) -> None:
    gold_path = path.with_name(path.name[: -len(path.suffix)] + ".gold.json")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    assert set(gold) >= GOLD_KEYS
    assert gold["language"] == path.parent.name
    names = {name for crew in gold["crews"] for name in crew}
    for result in gold["class_results"] + gold["stage_results"]:
        assert set(result["crew"]) <= names


def test_samples_cover_every_language_and_format() -> None:
    inputs = sample_inputs()
    languages = {p.parent.name for p in inputs}
    assert languages == {"nl", "en", "fr", "de", "es", "it", "pt"}
    for language in languages:
        assert sum(1 for p in inputs if p.parent.name == language) >= 4
    assert {p.suffix for p in inputs} >= {".txt", ".html", ".eml", ".md"}


def test_same_bytes_same_record() -> None:
    path = sample_inputs()[0]
    first = json.dumps(extract_dict(path.read_bytes(), "a.txt"), ensure_ascii=False)
    second = json.dumps(extract_dict(path.read_bytes(), "a.txt"), ensure_ascii=False)
    assert first == second
