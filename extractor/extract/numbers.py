"""Number and ordinal words → values, with the span they were written in.

text2num's `alpha2digit(text, lang, threshold=0)` rewrites "dertiende" as "13e" and "third"
as "3rd" in all seven languages, but returns a new string. Aligning the word tokens of the
two strings gives back, for every rewritten run, the original span and its value, so every
number keeps evidence offsets into the record's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache

from text_to_num import alpha2digit

_TOKEN = re.compile(r"\S+")
_NUMERIC = re.compile(r"^(\d+)(\D{0,4})$")
_DECIMAL = re.compile(r"^(\d+)[.,](\d+)$")  # "thirty-four point six" → "34.6", "sechs Komma zwei" → "6,2"
_EDGE_PUNCTUATION = "\"'“”‘’«»()[]{},;:!?"


@dataclass(frozen=True)
class NumberSpan:
    start: int
    end: int
    value: int
    suffix: str  # what followed the digits after conversion ("e", "th", "ª", "." or "")
    fraction: str = ""  # the digits after the decimal mark: "sechs Komma zwei" → 6, "2"


@lru_cache(maxsize=8192)
def _convert(text: str, language: str) -> str:
    try:
        return alpha2digit(text, language, threshold=0)
    except Exception:  # text2num has no documented error type; a failure means "no numbers"
        return text


Opcode = tuple[str, int, int, int, int]


def _one_replacement(original: list[str], converted: list[str]) -> list[Opcode] | None:
    """SequenceMatcher's "replace" opcode without its matching, where the two token lists differ
    in one run whose tokens occur nowhere else in either list (one number written in words, the
    usual case); None otherwise.

    The same opcodes: all the matching blocks then lie in the common head or the common tail, the
    longest is the whole head or the whole tail (ties go to the head, earlier in both lists), and
    what remains beside it matches only the other one whole."""
    n, m = len(original), len(converted)
    head = 0
    while head < n and head < m and original[head] == converted[head]:
        head += 1
    tail = 0
    while tail < n - head and tail < m - head and original[n - 1 - tail] == converted[m - 1 - tail]:
        tail += 1
    removed, added = set(original[head : n - tail]), set(converted[head : m - tail])
    kept = set(original[:head]) | set(original[n - tail :])
    if removed & added or removed & kept or added & kept:
        return None
    return [("replace", head, n - tail, head, m - tail)] if removed and added else []


def number_word_spans(text: str, language: str, offset: int = 0) -> tuple[NumberSpan, ...]:
    """Whole numbers and ordinals written in words (`decimal_word_spans` has the decimals too)."""
    return tuple(span for span in decimal_word_spans(text, language, offset) if not span.fraction)


def decimal_word_spans(text: str, language: str, offset: int = 0) -> tuple[NumberSpan, ...]:
    """Spans of `text` that alpha2digit turned into digits, in document offsets, decimals among
    them ("quarante virgule six")."""
    spans = _spans_in_line(text, language)
    if not offset:
        return spans
    return tuple(replace(span, start=span.start + offset, end=span.end + offset) for span in spans)


@lru_cache(maxsize=4096)
def _spans_in_line(text: str, language: str) -> tuple[NumberSpan, ...]:
    """The spans at offsets into `text` itself, cached whatever offset the caller adds: a line is
    read for durations and for ordinals, and the alignment is the costly part."""
    converted = _convert(text, language)
    if converted == text:
        return ()
    # Words by `str.split()`, which cuts at exactly the characters `_TOKEN` stops at (a test checks
    # every code point) without a match object per word; their offsets only where needed, below.
    words = text.split()
    converted_tokens = converted.split()
    opcodes = _one_replacement(words, converted_tokens)
    if opcodes is None:
        opcodes = SequenceMatcher(a=words, b=converted_tokens, autojunk=False).get_opcodes()
    spans: list[NumberSpan] = []
    blocks: list[tuple[int, int, int]] = []  # original tokens i1:i2 became converted token j
    for tag, i1, i2, j1, j2 in opcodes:
        if tag != "replace" or i2 <= i1:
            continue
        if j2 - j1 == 1:
            blocks.append((i1, i2, j1))
        elif i2 - i1 == j2 - j1:  # "zwei. Ein" → "2. 1": word for word
            blocks.extend((i1 + k, i1 + k + 1, j1 + k) for k in range(i2 - i1))
    original_tokens = [m.span() for m in _TOKEN.finditer(text)] if blocks else []
    for i1, i2, j1 in blocks:
        new = converted_tokens[j1].strip(_EDGE_PUNCTUATION)
        match = _NUMERIC.match(new)
        decimal = _DECIMAL.match(new) if not match else None
        if not match and not decimal:
            continue
        start, end = original_tokens[i1][0], original_tokens[i2 - 1][1]
        while end > start and text[end - 1] in _EDGE_PUNCTUATION:
            end -= 1
        while start < end and text[start] in _EDGE_PUNCTUATION:
            start += 1
        if any(ch.isdigit() for ch in text[start:end]):
            continue
        if decimal is not None:
            whole, fraction = decimal.groups()
            spans.append(NumberSpan(start, end, int(whole), "", fraction))
            continue
        assert match is not None
        suffix = match.group(2)
        if suffix == "." and text[end - 1] == ".":
            # "Maëlle is nineteen.", "peut-être douze.": the sentence's full stop, kept by the
            # conversion ("nineteen." → "19."), is no ordinal's point ("zwölfte" → "12.")
            suffix, end = "", end - 1
        spans.append(NumberSpan(start, end, int(match.group(1)), suffix))
    return tuple(_compound_ordinals(spans, text))


def _compound_ordinals(spans: list[NumberSpan], text: str) -> list[NumberSpan]:
    """A tens ordinal and a units ordinal side by side are one place: "vigésimo séptima posición"
    (text2num reads "20º 7ª" when the two words differ in gender or number) is the 27th."""
    merged: list[NumberSpan] = []
    for span in spans:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.suffix
            and span.suffix
            and last.value in range(20, 100, 10)
            and 1 <= span.value <= 9
            and not text[last.end : span.start].strip()
        ):
            merged[-1] = NumberSpan(last.start, span.end, last.value + span.value, span.suffix)
        else:
            merged.append(span)
    return merged
