"""A release read from a web page or an e-mail gives the same facts as its plain-text twin."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, SAMPLES

from extractor import extract_dict
from extractor.evaluate import extracted_keys

TWINS = ROOT / "tests" / "fixtures" / "twins"


def _pairs() -> list[tuple[Path, Path]]:
    pairs = []
    for twin in sorted(TWINS.glob("*.txt")):
        language, _, slug = twin.stem.partition("-")
        for suffix in (".html", ".eml"):
            original = SAMPLES / language / f"{slug}{suffix}"
            if original.exists():
                pairs.append((original, twin))
    return pairs


@pytest.mark.parametrize("original, twin", _pairs(), ids=lambda p: p.name)
def test_container_and_twin_give_the_same_facts(original: Path, twin: Path) -> None:
    from_container = extracted_keys(extract_dict(original.read_bytes(), original.name))
    from_text = extracted_keys(extract_dict(twin.read_bytes(), twin.name))
    for field in ("crews", "upcoming_events", "event", "class_results"):
        assert sorted(map(repr, from_container[field])) == sorted(map(repr, from_text[field])), field
    # Stage places hang on pronouns and paragraph context, which the page layout can shift
    # (a quote's attribution on its own line): at most one stage place may differ.
    container_stages = set(map(repr, from_container["stage_results"]))
    text_stages = set(map(repr, from_text["stage_results"]))
    assert len(container_stages ^ text_stages) <= 1, container_stages ^ text_stages


def test_every_twin_has_its_original() -> None:
    assert len(_pairs()) == len(list(TWINS.glob("*.txt"))) >= 10
