"""Contract checks: JSON Schema validation plus the evidence-offset invariant.

The schema ships inside the package (`extractor/schema/record.schema.json`) so an installed
extractor can validate without the repository; a test keeps it identical to `schemas/`.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from extractor.sinks.jsonl import read_records


@lru_cache(maxsize=1)
def record_validator() -> Draft202012Validator:
    schema_text = (
        resources.files("extractor").joinpath("schema/record.schema.json").read_text(encoding="utf-8")
    )
    schema = json.loads(schema_text)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def iter_evidence(value: Any, where: str = "") -> list[tuple[str, dict[str, Any]]]:
    """Every evidence object in a record, with a JSON-path-like location for messages."""
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "evidence" and isinstance(item, list):
                found.extend((f"{where}.evidence[{i}]", ev) for i, ev in enumerate(item))
            elif key != "text":
                found.extend(iter_evidence(item, f"{where}.{key}"))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(iter_evidence(item, f"{where}[{index}]"))
    return found


def validate_record(record: dict[str, Any]) -> list[str]:
    """Faults of one record: schema errors, offsets that do not hold, dangling crew ids."""
    faults = [
        f"{'/'.join(str(p) for p in error.absolute_path) or '(record)'}: {error.message}"
        for error in record_validator().iter_errors(record)
    ]
    if faults:
        return faults
    text = record["text"]
    for where, evidence in iter_evidence(record):
        start, end = evidence["start"], evidence["end"]
        if not (0 <= start <= end <= len(text)) or text[start:end] != evidence["text"]:
            faults.append(f"{where.lstrip('.')}: offsets {start}:{end} do not give {evidence['text']!r}")
    for section in record["sections"]:
        if not 0 <= section["start"] <= section["end"] <= len(text):
            faults.append(f"sections: {section} lies outside the text")
    crew_ids = {crew["id"] for crew in record["crews"]}
    for field in ("class_results", "stage_results"):
        for index, result in enumerate(record[field]):
            if result["crew"] not in crew_ids:
                faults.append(f"{field}[{index}].crew: unknown crew {result['crew']!r}")
    return faults


def validate_jsonl(path: str | Path) -> tuple[list[str], int]:
    """(faults naming line and field, number of records) for a JSON Lines file."""
    faults: list[str] = []
    count = 0
    for line_number, record, error in read_records(path):
        count += 1
        if error:
            faults.append(f"{path}:{line_number}: {error}")
            continue
        assert record is not None
        source = (record.get("source") or {}).get("path") if isinstance(record, dict) else None
        label = f"{path}:{line_number}" + (f" ({source})" if source else "")
        faults.extend(f"{label}: {fault}" for fault in validate_record(record))
    return faults, count
