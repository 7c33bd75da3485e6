"""Language detection: the model extractor loads is py3langid's own."""

from __future__ import annotations

import numpy as np
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from extractor.language import _load_model, detect_language


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
