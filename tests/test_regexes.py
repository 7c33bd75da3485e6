"""The first-character guard of `extractor.regexes` changes no match."""

from __future__ import annotations

import re

import pytest

from extractor.lexicon import alternation
from extractor.regexes import compile_guarded

_TEXT = (
    "Op 12 maart 2026, the Third stage: SS4 won by 1:02.3 (+ 4.5s) – 2nd, THIRD, third-fastest;"
    " Jan. 5 to February 7, 2025 ... 19.01.2026 and 2026-01-19, ſecond, KELVIN"
)


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"(?<![\w-])(?:third|second|2nd|jan\.|january|jan)(?:(?![\w-])|(?=-fastest\b))", re.IGNORECASE),
        (r"(?<![\w.])(?:(?P<d>[0-3]?\d)\.?\s+(?P<m>maart|march)|(?P<y>(?:19|20)\d{2})-\d\d-\d\d)", re.I),
        (r"(?<![\w:.,])(?P<sign>\+\s?)?(?P<n>\d{1,3}(?:[.,]\d{1,3})?)\s*s\b", 0),
        (r"(?<![\w])(?:SS|KP)\s?(?P<n>\d{1,2})(?![\w])", 0),
        (r"(?<!\w)(?:second|kelvin)", re.IGNORECASE),  # "ſ" and "K" fold onto "s" and "k"
    ],
)
def test_same_matches(pattern: str, flags: int) -> None:
    guarded = compile_guarded(pattern, flags)
    assert guarded.pattern.startswith("(?=[")
    plain = re.compile(pattern, flags)
    assert [(m.span(), m.groupdict()) for m in guarded.finditer(_TEXT)] == [
        (m.span(), m.groupdict()) for m in plain.finditer(_TEXT)
    ]


@pytest.mark.parametrize("pattern", [r"(?:a|b)?", r"[^a]b", r".x", r"(?i:a)b"])
def test_no_guard_where_unknown_or_empty(pattern: str) -> None:
    assert compile_guarded(pattern).pattern == pattern


def _flat(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@pytest.mark.parametrize(
    "words",
    [
        ["january", "jan", "jan.", "june", "jun", "july", "février", "fév", "fev"],
        ["third", "thirds", "th", "second", "sec", "2nd", "runner-up", "runners-up"],
        ["Jan", "jan", "JANUARY"],  # case-insensitively alike: kept flat
        ["s", "ſ", "sec"],
        ["a+b", "a", "(x)", "x"],
    ],
)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_trie_alternation_matches_the_flat_one(words: list[str], flags: int) -> None:
    text = "Jan. 5, JANUARY, june; Février 2nd thirds runner-up ſec a+b (x) x th SECOND janx"
    for tail in ("", r"(?!\w)", r"\.?\s"):
        trie = re.compile(rf"(?:{alternation(words)}){tail}", flags)
        flat = re.compile(rf"(?:{_flat(words)}){tail}", flags)
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]
