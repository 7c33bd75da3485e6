"""Language detection: the model extractor loads is py3langid's own."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
from py3langid.langid import MODEL_FILE, LanguageIdentifier, visit_counts

from extractor.language import _SCANNER_DEPTH, _identifier, _load_model, detect_language

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def test_the_one_call_load_gives_py3langids_model() -> None:
    ours = _load_model()
    theirs = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    for slot in LanguageIdentifier.__slots__:
        mine, reference = getattr(ours, slot), getattr(theirs, slot)
        if isinstance(mine, tuple):
            assert len(mine) == len(reference), slot
            pairs = list(zip(mine, reference, strict=True))
        else:
            pairs = [(mine, reference)]
        for a, b in pairs:
            assert type(a) is type(b), slot
            if isinstance(a, np.ndarray):
                assert a.dtype == b.dtype and np.array_equal(a, b), slot
            else:
                assert a == b, slot


def test_detection_and_the_hint() -> None:
    assert (
        detect_language("De coureur won de laatste etappe van de rally met een ruime voorsprong.")[0] == "nl"
    )
    assert detect_language("   ", "fr") == ("fr", ["no text to detect the language from"])


def test_no_scanner_state_stands_for_more_bytes_than_the_depth() -> None:
    """The vectorised feature count walks windows of `_SCANNER_DEPTH` bytes: no state of the
    scanner may need more bytes than that to reach (breadth-first from the start state)."""
    identifier = _identifier()
    depth = np.full(len(identifier._row_starts), -1)
    depth[0] = 0
    frontier, level = np.array([0]), 0
    while frontier.size:
        level += 1
        targets = identifier._moves[(identifier._row_starts[frontier][:, None] + np.arange(256)).ravel()]
        frontier = np.unique(targets)
        frontier = frontier[depth[frontier] < 0]
        depth[frontier] = level
    assert depth.min() == 0 and depth.max() == _SCANNER_DEPTH


def test_feature_counts_are_py3langids() -> None:
    """Same features, counts and first-seen order as py3langid's byte-by-byte walk, on every
    sample release and on random bytes and snippets (short ones: fewer bytes than the depth)."""
    identifier = _identifier()
    paths = [path for path in sorted(SAMPLES.rglob("*.*")) if not path.name.endswith(".gold.json")]
    texts = [path.read_text(encoding="utf-8", errors="replace") for path in paths]
    chance = random.Random(7)
    snippets = [bytes(chance.randrange(256) for _ in range(chance.randrange(12))) for _ in range(300)]
    for text in texts:
        for _ in range(20):
            start = chance.randrange(len(text) + 1)
            snippets.append(identifier._encode(text[start : start + chance.randrange(40)]))
    for data in [identifier._encode(text[:1500]) for text in texts] + snippets:
        theirs = visit_counts(identifier.tk_nextmove, identifier._rowbase, identifier.tk_output, data)
        ours = identifier.feature_counts(data)
        assert (ours is None) == (theirs is None)
        assert ours is None or list(ours.items()) == list(theirs.items())
