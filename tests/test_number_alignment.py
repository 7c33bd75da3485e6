"""The number alignment of `extract.numbers`: the one-run shortcut gives SequenceMatcher's replace
opcodes; compound ordinals are one place."""

from __future__ import annotations

import random
import sys
from difflib import SequenceMatcher

import pytest

from extractor.extract.numbers import _TOKEN, _one_replacement, number_word_spans


def test_one_replacement_agrees_with_sequence_matcher() -> None:
    rng = random.Random(7)
    taken = 0
    for _ in range(20_000):
        head = rng.choices("xyz", k=rng.randint(0, 4))
        tail = rng.choices("xyz", k=rng.randint(0, 4))
        removed = rng.choices("abcx", k=rng.randint(0, 3))
        added = rng.choices("12a", k=rng.randint(0, 2))
        original, converted = head + removed + tail, head + added + tail
        shortcut = _one_replacement(original, converted)
        if shortcut is None:
            continue
        taken += 1
        expected = [
            op
            for op in SequenceMatcher(a=original, b=converted, autojunk=False).get_opcodes()
            if op[0] == "replace"
        ]
        assert shortcut == expected, (original, converted)
    assert taken > 1000


def test_str_split_cuts_where_the_token_pattern_stops() -> None:
    """`number_word_spans` splits words with `str.split()` and finds offsets with `_TOKEN`."""
    for code in range(sys.maxunicode + 1):
        text = f"a{chr(code)}b"
        assert text.split() == _TOKEN.findall(text), hex(code)


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("cruzó la meta en la vigésimo séptima posición absoluta", "vigésimo séptima", 27),
        ("los gallegos fueron trigésimo primeros de la general", "trigésimo primeros", 31),
    ],
)
def test_a_tens_and_a_units_ordinal_of_different_gender_are_one_place(
    text: str, written: str, value: int
) -> None:
    """text2num reads "vigésimo séptima" as "20º 7ª" (the words differ in gender or number): one
    place, the 27th, over both words."""
    spans = number_word_spans(text, "es")
    assert [(text[s.start : s.end], s.value) for s in spans] == [(written, value)]
