"""The one-run shortcut of `extract.numbers` gives SequenceMatcher's replace opcodes."""

from __future__ import annotations

import random
import sys
from difflib import SequenceMatcher

from extractor.extract.numbers import _TOKEN, _one_replacement


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
