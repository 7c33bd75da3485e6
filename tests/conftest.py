"""Shared fixtures: the repository's samples and, where ../shared exists, the seed release."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEED = ROOT.parent / "shared" / "seed" / "000_69e45c0cf032ef66.txt"
LANGUAGES = ("nl", "en", "fr", "de", "es", "it", "pt")


def sample_inputs() -> list[Path]:
    return sorted(p for p in SAMPLES.rglob("*") if p.is_file() and not p.name.endswith(".gold.json"))


@pytest.fixture(scope="session")
def seed_record() -> dict:
    if not SEED.exists():
        pytest.skip("../shared/seed is not beside this checkout")
    from extractor import extract_dict

    return extract_dict(SEED.read_bytes(), str(SEED))
