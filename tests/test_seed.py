"""The release the project started from must come out exactly as its gold in the contract."""

from __future__ import annotations


def _crews(record: dict) -> dict[str, list[tuple[str, str]]]:
    return {c["id"]: [(m["name"], m["role"]) for m in c["members"]] for c in record["crews"]}


def test_seed_crews_with_roles(seed_record: dict) -> None:
    assert _crews(seed_record) == {
        "crew-1": [("Rokas Baciuška", "driver"), ("Oriol Vidal", "co-driver")],
        "crew-2": [("Sara Price", "driver"), ("Sean Berriman", "co-driver")],
        "crew-3": [("Stéphane Peterhansel", "driver"), ("Mika Metge", "co-driver")],
    }


def test_seed_officials_are_not_crews(seed_record: dict) -> None:
    names = {m["name"] for c in seed_record["crews"] for m in c["members"]}
    assert not names & {"Mark Cameron", "Ian James", "Aldo van Troost"}


def test_seed_class_results(seed_record: dict) -> None:
    results = [
        (r["class"], r["position"], r["crew"], r["total_time"] and r["total_time"]["seconds"])
        for r in seed_record["class_results"]
    ]
    assert sorted(results) == [
        ("Stock", 1, "crew-1", 209385.0),
        ("Stock", 2, "crew-2", None),
        ("Stock", 4, "crew-3", None),
    ]
    winner = next(r for r in seed_record["class_results"] if r["position"] == 1)
    assert winner["total_time"] == {
        "text": "58 uur, 09 minuten en 45 seconden",
        "seconds": 209385.0,
        "iso8601": "PT58H9M45S",
    }


def test_seed_stage_results(seed_record: dict) -> None:
    results = sorted(
        (r["stage"], r["position"], r["crew"], r["time"] and r["time"]["seconds"])
        for r in seed_record["stage_results"]
    )
    assert results == [(13, 1, "crew-1", 3351.0), (13, 2, "crew-3", None), (13, 3, "crew-2", None)]


def test_seed_event_dates_and_next_round(seed_record: dict) -> None:
    assert seed_record["language"] == "nl"
    assert seed_record["published"] == "2026-01-19"
    assert seed_record["dateline"]["place"] == "Utrecht"
    assert seed_record["dateline"]["date"] == "2026-01-19"
    event = seed_record["event"]
    assert (event["name"], event["edition"], event["championship"], event["round"]) == (
        "Dakar Rally",
        2026,
        "W2RC",
        1,
    )
    assert [(u["name"], u["start"], u["end"]) for u in seed_record["upcoming_events"]] == [
        ("BP Ultimate Rally-Raid Portugal", "2026-03-17", "2026-03-22")
    ]


def test_seed_evidence_holds(seed_record: dict) -> None:
    from extractor.validate import validate_record

    assert validate_record(seed_record) == []
    text = seed_record["text"]
    crew_one = seed_record["crews"][0]["evidence"]
    assert [e["text"] for e in crew_one][:2] == ["Rokas Baciuška", "Oriol Vidal"]
    assert all(text[e["start"] : e["end"]] == e["text"] for e in crew_one)


def test_seed_boilerplate_sections(seed_record: dict) -> None:
    kinds = [s["kind"] for s in seed_record["sections"]]
    assert kinds[0] == "title"
    for kind in ("summary", "body", "quote", "notes", "about", "disclaimer", "contact"):
        assert kind in kinds
    text = seed_record["text"]
    contact = next(s for s in seed_record["sections"] if s["kind"] == "contact")
    assert "Aldo van Troost" in text[contact["start"] : contact["end"]]
