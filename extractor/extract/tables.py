"""Results tables read by their header: which cell of a row holds the driver, the co-driver, the
class, the car.

Organisers publish the classification as a table ("Pos. | Nr. | Fahrer | Beifahrer | Klasse |
Zeit"), as Markdown or HTML (both cleaned into `cell | cell` lines), tab-separated or aligned with
spaces. Without the header a row is a run of names and numbers: the driver and the co-driver in
two cells read as two people, and the class column ("Rally2" on every row) reads as the class of
the row's place, when the place is overall. The header words are language data
(`table_columns` in the language files); here only the shape is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PIPE = re.compile(r"[^|]+")
_TAB = re.compile(r"[^\t]+")
_SPACED = re.compile(r"\S+(?: \S+)*")  # cells apart by two spaces or more
_EDGE_PUNCTUATION = " .:()"


@dataclass(frozen=True)
class Cell:
    role: str | None  # what the column holds (a key of `table_columns`), None if unknown
    start: int  # offsets in the line
    end: int


@dataclass(frozen=True)
class Header:
    cell_pattern: re.Pattern[str]
    roles: tuple[str | None, ...]
    starts: tuple[int, ...]
    # the roles a cell of two columns names ("Car / Class": vehicle, class), or its one role
    parts: tuple[tuple[str | None, ...], ...] = ()
    ends: tuple[int, ...] = ()  # where each column's header word ends


def _spans(pattern: re.Pattern[str], raw: str) -> list[tuple[int, int]]:
    """Where the cells of `raw` are, their surrounding spaces left out. An empty cell between
    two others stays (as an empty span), so that the cells after it keep their columns."""
    spans = []
    for match in pattern.finditer(raw):
        text = match.group()
        left = match.start() + len(text) - len(text.lstrip())
        spans.append((left, left + len(text.strip())))
    while spans and spans[0][0] == spans[0][1]:
        spans.pop(0)
    while spans and spans[-1][0] == spans[-1][1]:
        spans.pop()
    return spans


def _cell_pattern(raw: str) -> re.Pattern[str]:
    """Split the way the line is written: pipes, tabs or runs of spaces."""
    return _PIPE if "|" in raw else _TAB if "\t" in raw else _SPACED


def may_have_cells(raw: str) -> bool:
    """Cells are set apart by a pipe, a tab or two spaces: prose has none."""
    return "|" in raw or "\t" in raw or "  " in raw.strip()


def cell_spans(raw: str) -> list[tuple[int, int]]:
    """Where a line's cells are, split the way it is written, empty ones left out."""
    return [(s, e) for s, e in _spans(_cell_pattern(raw), raw) if s < e]


def split_cells(raw: str) -> list[str]:
    """The texts of a line's cells, empty ones left out ("WP   Prüfung   Fahrer" → three)."""
    return [raw[s:e] for s, e in cell_spans(raw)]


def cell_starts(raw: str) -> list[int]:
    """Where the cells of a line aligned with spaces start."""
    return [s for s, e in _spans(_SPACED, raw) if s < e]


def read_header(raw: str, column_of: dict[str, str]) -> Header | None:
    """The header row of a results table: three cells or more, most of them column words, a place
    column and someone's column among them."""
    if not column_of:
        return None
    pattern = _cell_pattern(raw)
    spans = _spans(pattern, raw)
    if pattern is _SPACED:
        spans = _split_crowded(raw, spans, column_of)
    if len(spans) < 3:
        return None
    roles = tuple(_role(raw[s:e], column_of) for s, e in spans)
    # ("Classe   Rg" after "Pos": a second place column right after the class's is the place in it)
    roles = tuple(
        "class_position"
        if role == "position" and k > 0 and roles[k - 1] == "class" and "position" in roles[:k]
        else role
        for k, role in enumerate(roles)
    )
    known = [role for role in roles if role]
    # (a results table has a place column; an entry list, "No. | Driver | Co-driver | Car", opens
    # with the start numbers instead)
    if len(known) * 2 < len(roles) or len(known) < 3 or ("position" not in known and roles[0] != "number"):
        return None
    if not {"driver", "crew"} & set(known):
        return None
    parts = tuple(_part_roles(raw[s:e], role, column_of) for (s, e), role in zip(spans, roles, strict=True))
    return Header(pattern, roles, tuple(s for s, _ in spans), parts, tuple(e for _, e in spans))


def _split_crowded(
    raw: str, spans: list[tuple[int, int]], column_of: dict[str, str]
) -> list[tuple[int, int]]:
    """ "POS Nº", "P.CL PEN.": two column words one space apart in a fixed-width header, each its
    own column when the pair names none and each word but at most one names a column."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        cell = raw[start:end]
        if (
            "/" not in cell  # ("Pl. Nr. Fahrer / Beifahrer": the crew's cell stays whole)
            and _all_named_but_one(cell, column_of)
            and _role(cell, column_of) is None
        ):
            out.extend((start + m.start(), start + m.end()) for m in _WORD.finditer(cell))
        else:
            out.append((start, end))
    return out


_WORD = re.compile(r"\S+")


def _all_named_but_one(cell: str, column_of: dict[str, str]) -> bool:
    """Two words or more, every one but at most one a column's; stops at a prose line's second plain
    word (it runs on every line of every release)."""
    unnamed = words = 0
    for word in cell.split():
        words += 1
        if _role(word, column_of) is None:
            unnamed += 1
            if unnamed > 1:
                return False
    return words > 1


def _part_roles(cell: str, role: str | None, column_of: dict[str, str]) -> tuple[str | None, ...]:
    """ "Car / Class" → (vehicle, class); "Driver / Co-driver" stays one crew cell."""
    if role == "crew" or "/" not in cell:
        return (role,)
    parts = tuple(_role(part, column_of) for part in cell.split("/"))
    return parts if all(parts) else (role,)


def _role(cell: str, column_of: dict[str, str]) -> str | None:
    lowered = " ".join(cell.lower().split())
    role = column_of.get(lowered) or column_of.get(lowered.strip(_EDGE_PUNCTUATION))
    if role is None and "/" in lowered:
        # "Piloto / Navegante", "Driver/Navigator": a driver's word and a co-driver's, one crew cell;
        # "Car / Entrant", "Klasse / Pl.": two columns in one, the first names what the cell holds
        parts = [_role(part, column_of) for part in lowered.split("/")]
        role = "crew" if parts == ["driver", "co-driver"] else parts[0]
    if role is None and "(" in lowered:
        role = _role(lowered.split("(")[0], column_of)  # "Classe (rang)": the class, its place in brackets
    return role


def read_row(raw: str, header: Header) -> list[Cell] | None:
    """The cells of a row under `header`, each with its column's role; None when the line is no
    row of the table (its place cell holds no whole number)."""
    spans = _spans(header.cell_pattern, raw)
    if len(spans) < 3:
        return None
    texts = [raw[s:e] for s, e in spans]
    if len(spans) > len(header.roles) and header.cell_pattern is _PIPE:
        # more cells than the header names ("Pos | No. | Driver / Co-driver | Car / Class | Total /
        # Gap" over "1 | #1 | A / B | Škoda Fabia RS Rally2 | Rally2 | Class pos. 1 | 1:31:07.4 |
        # —"): each column's role goes to the next cell that can hold it
        roles = _aligned(
            [role for part in header.parts or [(r,) for r in header.roles] for role in part], texts
        )
    elif len(spans) == len(header.roles) or header.cell_pattern is not _SPACED:
        roles = list(header.roles[: len(spans)]) + [None] * (len(spans) - len(header.roles))
    else:
        # aligned with spaces, a cell left empty ("–" missing for the leader's gap, no penalty)
        # shifts the count: each cell takes the column whose header it stands under (a number
        # right-aligned under "Pl.Kl." ends where the word ends), else the nearest
        roles = [header.roles[_column_under(header, s, e)] for s, e in spans]
    # ("Cl." over "1/R5", "Cl. / Pl." over "RC2 / 1": a column the header does not name is the
    # class when its cell is one)
    roles = [
        "class"
        if role is None and (_PLACE_IN_CLASS.fullmatch(raw[s:e]) or _CLASS_THEN_PLACE.fullmatch(raw[s:e]))
        else role
        for role, (s, e) in zip(roles, spans, strict=True)
    ]
    # ("Classe   Cl." over "Rally2     1": a column the header does not name, right after the
    # class's, holding a whole number is the place in the class)
    roles = [
        "class_position"
        if role is None and k > 0 and roles[k - 1] == "class" and _A_NUMBER.fullmatch(raw[s:e])
        else role
        for k, (role, (s, e)) in enumerate(zip(roles, spans, strict=True))
    ]
    cells = [Cell(role, s, e) for role, (s, e) in zip(roles, spans, strict=True)]
    # (a row of a results table opens with its place; an entry list's with the start number)
    key = "position" if "position" in header.roles else "number"
    place = next((c for c in cells if c.role == key), None)
    if place is None or place_number(raw[place.start : place.end]) is None:
        return None
    return cells


def _column_under(header: Header, start: int, end: int) -> int:
    """The header's column a cell at start..end stands under: the one whose word it overlaps (the
    one starting nearest among several), else the nearest."""

    def apart(k: int) -> tuple[int, int]:
        overlap_gap = max(header.starts[k] - end, start - header.ends[k], 0)
        return overlap_gap, abs(header.starts[k] - start)

    return min(range(len(header.starts)), key=apart)


# A start number: its digits after a short mark of any language ("#12", "n°3", "Nr. 7"), or none
_START_NUMBER = re.compile(r"\D{0,3}\s?\d{1,4}")
_A_TIME = re.compile(r"\d\s?[:h'’]\s?\d")
_A_NUMBER = re.compile(r"\d{1,3}")
_LONGEST_CLASS_PLACE_CELL = 20


def class_place_number(text: str) -> int | None:
    """The place a class-place cell holds in words ("Class pos. 1", "1e in klasse"): its one number."""
    numbers = _A_NUMBER.findall(text)
    return int(numbers[0]) if len(numbers) == 1 else None


def _fits(role: str | None, text: str) -> bool:
    """Whether a cell's text can be what its column holds, as far as its shape tells."""
    if role == "position":
        return place_number(text) is not None
    if role == "number":
        return _START_NUMBER.fullmatch(text) is not None
    if role in ("driver", "co-driver", "crew"):
        return not any(ch.isdigit() for ch in text)
    if role == "time":
        return _A_TIME.search(text) is not None
    return True


def _aligned(roles: list[str | None], texts: list[str]) -> list[str | None]:
    """The columns' roles laid over more cells, in order, each on the next cell that fits it; a
    cell no column fits right after the class cell and holding one number is the class place."""
    out: list[str | None] = []
    k = 0
    for text in texts:
        if k < len(roles) and _fits(roles[k], text):
            out.append(roles[k])
            k += 1
        elif (
            out
            and out[-1] == "class"
            and len(text) <= _LONGEST_CLASS_PLACE_CELL
            and class_place_number(text) is not None
        ):
            out.append("class_position")  # "Rally2 | Class pos. 1", "Rally2 | 1e in klasse"
        else:
            out.append(None)
    return out


# The columns that name a row's class: the class, and its place in it ("Klasse | Kl.-Pl.").
CLASS_ROLES = frozenset({"class", "class_position"})
_PLACE_MARKS = ".ºª°"  # "1.", "1º", "2ª", "3°": the place written as an ordinal
# A class cell with the row's place in the class: "1/R5", "2/Rally2", "Rally2 (3)", "(3)"
_PLACE_IN_CLASS = re.compile(r"(?P<place>\d{1,3})\s*/\s*(?P<label>[^\W\d_][\w+-]{0,15})")
_CLASS_WITH_PLACE = re.compile(r"(?P<label>.*?)\s*\((?P<place>\d{1,3})\)")
_CLASS_THEN_PLACE = re.compile(r"(?P<label>[^\W\d_][\w+-]{0,15})\s*/\s*(?P<place>\d{1,3})")
# "Rally2 1.º", "Rally2 1er", "Rally4 2e": the class, then the place in it as an ordinal ("Open
# 4WD" is a class)
_CLASS_THEN_ORDINAL = re.compile(
    r"(?P<label>[^\W\d_][\w+-]{0,15})\s+(?P<place>\d{1,3})(?:[.ºª°]{1,2}|[a-zè]{1,3})"
)


# "1e Rally3", "2º Rally4", "3. Rally2": the place in the class as an ordinal, then the class
_ORDINAL_THEN_CLASS = re.compile(
    r"(?P<place>\d{1,3})(?:[.ºª°]{1,2}|[a-zè]{1,3})\s+(?P<label>[^\W\d_][\w+-]{0,15})"
)


def class_cell(text: str) -> tuple[str | None, int | None]:
    """The class and the place in it that a class cell holds: ("R5", 1) for "1/R5", ("Rally2", 3)
    for "Rally2 (3)", "Rally2 / 3" or "Rally2 3.º", (None, 3) for a class-place cell "3" or "(3)", ("Rally2",
    None) for "Rally2"."""
    text = text.strip()
    if text.isdecimal():
        return None, int(text)
    ranked = (
        _PLACE_IN_CLASS.fullmatch(text)
        or _CLASS_WITH_PLACE.fullmatch(text)
        or _CLASS_THEN_PLACE.fullmatch(text)
        or _CLASS_THEN_ORDINAL.fullmatch(text)
        or _ORDINAL_THEN_CLASS.fullmatch(text)
    )
    if ranked:
        return ranked.group("label") or None, int(ranked.group("place"))
    return text or None, None


def place_number(cell: str) -> int | None:
    """The place a place cell holds ("4", "4.", "4º"), or None when it holds no whole number."""
    digits = cell.rstrip(_PLACE_MARKS)
    return int(digits) if digits.isdecimal() else None
