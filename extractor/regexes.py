"""Regex compilation with a first-character guard, for the big per-language patterns.

`re` scans quickly for a pattern's first character only when the pattern starts with a literal
or a character class. Ours mostly start with a lookbehind ("(?<![\\w.])", a word of its own),
so `re` runs the whole pattern at every position of a line, and at every word start tries each
word of long case-insensitive alternations (months, ordinal words) one after the other. A
lookahead for the characters a match can start with, put in front, turns most positions down
with one character test. The matches are the same: every match starts with one of them.
"""

from __future__ import annotations

import re
from typing import Any

try:  # the parsed form of a pattern: private to `re`, so without it patterns get no guard
    from re import _constants as sre_constants
    from re import _parser as sre_parser

    _CATEGORIES = {
        sre_constants.CATEGORY_DIGIT: r"\d",
        sre_constants.CATEGORY_NOT_DIGIT: r"\D",
        sre_constants.CATEGORY_WORD: r"\w",
        sre_constants.CATEGORY_NOT_WORD: r"\W",
        sre_constants.CATEGORY_SPACE: r"\s",
        sre_constants.CATEGORY_NOT_SPACE: r"\S",
    }
    _ZERO_WIDTH = (sre_constants.ASSERT, sre_constants.ASSERT_NOT, sre_constants.AT)
    _REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT)
    _GUARDS = True
except (ImportError, AttributeError):  # pragma: no cover - a Python whose `re` is built otherwise
    _GUARDS = False


class _Unknown(Exception):
    """A construct whose first characters are not worked out here: no guard."""


def _first_of_sequence(sequence: Any) -> tuple[list[str], bool]:
    """The class items a match of `sequence` can start with, and whether it can match empty."""
    firsts: list[str] = []
    for op, argument in sequence:
        found, empty = _first_of_node(op, argument)
        firsts += found
        if not empty:
            return firsts, False
    return firsts, True


def _first_of_node(op: Any, argument: Any) -> tuple[list[str], bool]:
    if op is sre_constants.LITERAL:
        return [re.escape(chr(argument))], False
    if op is sre_constants.IN:
        return [_class_item(item_op, item) for item_op, item in argument], False
    if op is sre_constants.SUBPATTERN:
        _, added_flags, removed_flags, sequence = argument
        if added_flags or removed_flags:
            raise _Unknown
        return _first_of_sequence(sequence)
    if op is sre_constants.BRANCH:
        firsts: list[str] = []
        empty = False
        for sequence in argument[1]:
            found, can_be_empty = _first_of_sequence(sequence)
            firsts += found
            empty = empty or can_be_empty
        return firsts, empty
    if op in _REPEATS:
        least, _, sequence = argument
        found, empty = _first_of_sequence(sequence)
        return found, empty or least == 0
    if op in _ZERO_WIDTH:
        return [], True
    raise _Unknown


def _class_item(op: Any, argument: Any) -> str:
    if op is sre_constants.LITERAL:
        return re.escape(chr(argument))
    if op is sre_constants.RANGE:
        return f"{re.escape(chr(argument[0]))}-{re.escape(chr(argument[1]))}"
    if op is sre_constants.CATEGORY and argument in _CATEGORIES:
        return _CATEGORIES[argument]
    raise _Unknown  # a negated class and the like


def compile_guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, with a lookahead for the possible first characters in front
    (under the same flags, so case-insensitive where the words are). A pattern that can match
    the empty string, or whose first characters are not worked out, is compiled as it is."""
    if not _GUARDS:
        return re.compile(pattern, flags)
    try:
        firsts, empty = _first_of_sequence(sre_parser.parse(pattern, flags))
    except _Unknown:
        return re.compile(pattern, flags)
    if empty or not firsts:
        return re.compile(pattern, flags)
    return re.compile(f"(?=[{''.join(dict.fromkeys(firsts))}])(?:{pattern})", flags)
