"""The schema in schemas/ is the one the package ships, and it rejects what the contract forbids."""

from __future__ import annotations

import copy

from conftest import ROOT

from extractor.validate import record_validator, validate_record


def test_packaged_schema_is_the_committed_one() -> None:
    committed = (ROOT / "schemas" / "record.schema.json").read_text(encoding="utf-8")
    packaged = (ROOT / "extractor" / "schema" / "record.schema.json").read_text(encoding="utf-8")
    assert committed == packaged


def test_schema_is_draft_2020_12() -> None:
    assert record_validator().schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def _minimal() -> dict:
    from extractor import extract_dict

    return extract_dict(b"Titel\n\nHamilton wint.\n", "x.txt")


def test_broken_offsets_and_fields_are_named() -> None:
    record = _minimal()
    assert validate_record(record) == []
    broken = copy.deepcopy(record)
    broken["crews"] = [
        {
            "id": "crew-1",
            "members": [{"name": "A B", "role": "pilot"}],
            "team": None,
            "vehicle": None,
            "number": None,
            "evidence": [],
        }
    ]
    assert any("crews/0/members/0/role" in fault for fault in validate_record(broken))
    shifted = copy.deepcopy(record)
    shifted["dateline"] = {"place": None, "date": None, "evidence": [{"start": 0, "end": 3, "text": "xyz"}]}
    assert any("do not give 'xyz'" in fault for fault in validate_record(shifted))
    renamed = copy.deepcopy(record)
    renamed["stage_results"] = [
        {
            "stage": 1,
            "class": None,
            "position": 1,
            "crew": "crew-9",
            "time": None,
            "gap": None,
            "evidence": [],
        }
    ]
    assert any("unknown crew 'crew-9'" in fault for fault in validate_record(renamed))
