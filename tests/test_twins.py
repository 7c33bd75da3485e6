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
    for field in ("crews", "upcoming_events", "event", "class_results", "stage_results"):
        assert sorted(map(repr, from_container[field])) == sorted(map(repr, from_text[field])), field


def test_every_twin_has_its_original() -> None:
    assert len(_pairs()) == len(list(TWINS.glob("*.txt"))) >= 10


def _containers_and_other_encodings() -> list[Path]:
    """Every sample that is a web page, an e-mail, or text in an encoding other than UTF-8."""
    found = []
    for path in sorted(SAMPLES.rglob("*")):
        if path.name.endswith(".gold.json") or not path.is_file():
            continue
        data = path.read_bytes()
        try:
            utf8 = not data.startswith((b"\xff\xfe", b"\xfe\xff")) and bool(data.decode("utf-8"))
        except UnicodeDecodeError:
            utf8 = False
        if path.suffix in (".html", ".eml") or not utf8:
            found.append(path)
    return found


def test_every_page_e_mail_and_non_utf8_sample_gives_exactly_its_gold() -> None:
    """The done-when of the real-inputs issue: these samples read back their gold, field by field."""
    from extractor.evaluate import evaluate_folder

    report = evaluate_folder(SAMPLES)
    wanted = {str(p.relative_to(SAMPLES)) for p in _containers_and_other_encodings()}
    assert len(wanted) >= 12
    misses = [d for d in report.differences if d.document in wanted]
    assert misses == []
