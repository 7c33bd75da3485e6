"""Typed mentions in the readable text: names, cue words, positions, stages, durations, dates.

Each readable line (a paragraph) is tokenised once by the language's spaCy pipeline; the
PhraseMatcher and Matcher of `extractor.nlp` plus the duration, date and number finders turn
it into sentences of `Item`s in text order. Later steps (crews, results, events) only read
these items; none of them looks at raw words again.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

import numpy as np
from spacy.attrs import IDX, IS_PUNCT, LENGTH, SENT_START, SPACY
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from extractor.extract.dates import DateSpan, find_dates, find_worded_dates
from extractor.extract.durations import DurationSpan, find_durations, find_worded_durations, iso8601
from extractor.extract.numbers import decimal_word_spans, number_word_spans
from extractor.extract.tables import (
    CLASS_ROLES,
    Cell,
    Header,
    cell_spans,
    cell_starts,
    may_have_cells,
    place_number,
    read_header,
    read_row,
    split_cells,
)
from extractor.lexicon import alternation
from extractor.nlp import Rules, is_capital_surname
from extractor.record import Duration, Section
from extractor.regexes import compile_guarded
from extractor.segment import lines_with_offsets, readable_spans

_ATTRIBUTION = re.compile(r"^(?P<who>[^\n:“\"«„‘]{3,160}?)\s*:\s*(?=[“\"«„‘’'])")
_TABLE_ROW = re.compile(r"^\s*(?:P\s?)?(?P<pos>\d{1,3})\s*(?:[.)](?!\d)|[º°ª]\.?\s|\s[-–|]|\s(?=\D))\s*")
# "Ultimate: 7. Maximilian Grünwald / Dominik Szabó (Toyota Hilux) – 14:51:06": a class, then a row
_LABELLED_ROW = re.compile(
    r"^\s*(?P<label>[^\W\d_][^\s:]*(?:\s[^\W\d_][^\s:]*)?)\s?:\s*(?P<pos>\d{1,3})[.)]\s"
)
# "2. IMG_0388.jpg – A / B on SS10 …": a photo's file name after the number, a caption list's item
_FILE_NAME = re.compile(r"[\w-]+\.(?:jpe?g|png|gif|tiff?|heic|webp|raw|cr[23]|nef|arw|dng)\b", re.IGNORECASE)
# "5 – Bestzeiten gingen auf das Konto von …": a figure of a "rally in numbers" piece, or a row of a
# list dashed after its places ("1 – A / B", "2 – C / D")
_DASHED_ROW = re.compile(r"^\s*(?P<pos>\d{1,3})\s[-–]\s")
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
# A show's chapter mark opening a line: "• [00:12:30] ", "05:40 – ", "01:02:15 - "
_TIMESTAMP = re.compile(r"^\W{0,3}(?:\[\d{1,2}:\d{2}(?::\d{2})?\]|\d{1,2}:\d{2}(?::\d{2})?\s[–—-])\s*")
# A video's chapter: a line opening on its position in the video, after a number or a bullet
# perhaps ("4. 7:54 WP3 Apriķi – Kask legt vor", "• 1:02:15 Interviews")
_CHAPTER = re.compile(r"^\W{0,3}(?:\d{1,2}[.)]\s+)?\[?(?P<stamp>\d{1,2}:\d{2}(?::\d{2})?)\]?\s+\S")
_CHAPTER_START = re.compile(r"0?0:00(?::00)?")
_STAGE_ROW = re.compile(
    r"\s*(?P<stage>\d{1,2})(?=\s{2,}\S|\s*\|\s*\S)"
)  # "4    Puchberg 2", "4 | Puchberg 2": a stage's number, then its cells
_RULE_LINE = re.compile(r"(?=.*[-=_]{3})[\s|+:]*[-=_][-=_\s|+:]*")  # "---  -----", "=====", "-- ---"


def is_rule(raw: str) -> bool:
    """A line drawn under a header or a heading ("--- -- -------", "====="): no text of its own."""
    return _RULE_LINE.fullmatch(raw) is not None


_DATELINE_DASHES = frozenset({"–", "—", "-", ":", ".", "/", "(", ")", "–-", "--"})
_DATELINE_PLACE_END = re.compile(r"[(,]")  # "São Luís (MA), 29 de agosto": the place ends here
_PUNCTUATION_KINDS = {
    "/": "SLASH",
    "-": "DASH",
    "–": "DASH",
    "—": "DASH",
    ",": "COMMA",
    ";": "COMMA",
    "(": "OPEN",
    ")": "CLOSE",
}
_COUNT_BEFORE = re.compile(r"\d$")
_HYPHENS = ("-", "‑")
_P_POSITION = compile_guarded(r"(?<![\w])P(?P<n>\d{1,2})(?![\w])")
# a token's offset in its line, its length, a space after it, whether it is punctuation
_TOKEN_COLUMNS = [IDX, LENGTH, SPACY, IS_PUNCT]
_SENTENCE_FINAL = frozenset(Sentencizer.default_punct_chars)  # what ends a sentence for spaCy's Sentencizer


class Cup(str):
    """A class that is a one-make cup ("Peugeot 208 Rally Cup"): the label as written."""


class Category(str):
    """A historic rally's numbered category ("Kategorie 2 / Periode I"): the label as written, a
    part of the field, never what the whole release ranks."""


@dataclass
class Item:
    """One mention: its kind, document offsets, token range in its line, and value."""

    kind: str
    start: int
    end: int
    i: int
    j: int
    value: Any = None
    text: str = ""
    quote: bool = False  # inside quoted speech
    podium: bool = False  # a place told as a step of the podium ("cerró el podio"): the event's


@dataclass
class Sentence:
    start: int
    end: int
    items: list[Item]
    line: int
    # it opens on "eventually", "am Ende", "au final" (`end_words`): its places are the event's,
    # whatever stage the sentence before was on
    opens_on_end: bool = False


@dataclass
class Line:
    start: int
    end: int
    index: int
    sentences: list[Sentence] = field(default_factory=list)
    doc: Doc | None = None
    sentence_starts: list[bool] = field(default_factory=list)  # per token: it opens a sentence
    # The tokens as plain lists, read once: text, lower case, offset in the line, space after.
    texts: list[str] = field(default_factory=list)
    lowers: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    spaced: list[bool] = field(default_factory=list)
    table_position: int | None = None
    table_number: tuple[int, int] = (0, 0)  # where the row's place is written in the line
    table_label_end: int | None = None  # the end of the class label before the place, if any
    points_list: bool = False  # "2WD-Wertung: 1. X, 156 Punkte; 2. Y, 139": standings, inline
    raw: str = ""  # the line as written (`doc.text` rebuilds it from tokens on every call)
    attribution: tuple[int, int] | None = None  # "Name, title:" before a quote
    cells: list[Cell] | None = None  # a row under a table header: its cells by column
    row_class: str | None = None  # the class a row's class cell names, as the language file labels it
    names_champions: bool = False  # a word for champions in it ("KAMPIOENEN 2026", "Les champions")
    crew_over_two_lines: tuple[Item, Item] | None = None  # a row's driver, and its co-driver below
    second_line_of_row: bool = False  # the line of that co-driver
    ranks_in_class: bool = False  # a row of a table whose places start again at 1 with each class
    # the starts of its wins told after the sentence's subject in a clause of its own ("… dopo aver
    # vinto il prologo"): the subject's, not the crew named last
    subject_wins: set[int] = field(default_factory=set)
    # the classes named inside vehicles' names ("sur une Renault Clio Rally4"): the class a crew's
    # "sa classe", "their class" is, where no class is named on its own
    vehicle_classes: list[str] = field(default_factory=list)
    posted: bool = False  # it opens on a post's clock time ("10:05 —", "[09:05]"): a live thread's post
    start_numbers: set[int] = field(default_factory=set)  # the tokens of numbers after "#", "n°"

    def all_items(self) -> list[Item]:
        """The items of all the line's sentences, in order (headings and rows are read whole)."""
        return [it for sentence in self.sentences for it in sentence.items]


@cache
def _ordinal_regex(suffix: str) -> re.Pattern[str]:
    return compile_guarded(rf"(?<![\w.,:])(?P<n>\d{{1,2}})(?P<suffix>{suffix})(?![\w])")


def _in_ranges(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in ranges)


def _inside(items: list[Item], ranges: list[tuple[int, int]]) -> list[Item]:
    """The items inside one of `ranges`; most lines are one readable range, tested inline."""
    if len(ranges) == 1:
        low, high = ranges[0]
        return [it for it in items if low <= it.start and it.end <= high]
    return [it for it in items if _in_ranges(it.start, it.end, ranges)]


def _mark_quoted(items: list[Item], quotes: list[tuple[int, int]]) -> None:
    """Mark the items inside quoted speech. Only the quotes that could hold one of the items are
    tested for each (a quote holding an item starts before the last item's start and ends after
    the first item's end); most lines have none."""
    if not items:
        return
    last_start = max(it.start for it in items)
    first_end = min(it.end for it in items)
    near = [(s, e) for s, e in quotes if s <= last_start and e >= first_end]
    for item in items:
        item.quote = bool(near) and _in_ranges(item.start, item.end, near)


_SALUTATION = re.compile(r"\s*(\w+)(?:\s+[^\W\d_a-z][\w'’-]*){1,3}\s*[,:!]\s*$")


def _salutation(raw: str, rules: Rules) -> bool:
    """A mail's salutation line, a greeting and the names of whom it greets ("Hi Conor,", "Bonjour
    Raphaël,", "Dag Bert,"): they are no crew. Not "Dag 1 zit erop." nor "Beste proeftijd: KP5"."""
    match = _SALUTATION.match(raw)
    return match is not None and match.group(1).lower() in rules.greeting_words


_BRACKETED = re.compile(r"(?<=\w) ?\[([^\]\d\n]{2,80})\]")
_HYPHENATED = re.compile(r"\w+(?:-\w+)+")


def pronunciation_hints(raw: str, cues: tuple[str, ...]) -> list[tuple[int, int]]:
    """Spans of a presenter's pronunciation hints after names: square brackets opening with a
    cue ("[sprich: JU-ho RÄ-sä-nen]", "[prononcer « Yakoub Vroubel »]") or holding a respelling,
    syllables joined by hyphens, the stressed one in capitals ("[SOOL-bahk-en]"). Not an editor's
    insertion ("[Wróbel]") nor a script's cue ("[ENDS]")."""
    if "[" not in raw:
        return []
    found = []
    for match in _BRACKETED.finditer(raw):
        inside = match.group(1).strip()
        lowered = inside.lower()
        cued = any(
            lowered.startswith(cue) and (len(lowered) == len(cue) or not lowered[len(cue)].isalpha())
            for cue in cues
        )
        if cued or any(_respelled(word) for word in _HYPHENATED.findall(inside)):
            found.append(match.span())
    return found


def _respelled(word: str) -> bool:
    syllables = word.split("-")
    return any(len(s) >= 2 and s.isupper() for s in syllables) and any(s.islower() for s in syllables)


def _cut(raw: str, spans: list[tuple[int, int]]) -> str:
    """`raw` without `spans` (sorted, apart)."""
    if not spans:
        return raw
    kept, at = [], 0
    for start, end in spans:
        kept.append(raw[at:start])
        at = end
    kept.append(raw[at:])
    return "".join(kept)


def _uncut(offset: int, spans: list[tuple[int, int]]) -> int:
    """An offset into `_cut(raw, spans)` as an offset into `raw`."""
    for start, end in spans:
        if offset >= start:
            offset += end - start
        else:
            break
    return offset


def analyse(
    text: str,
    sections: list[Section],
    rules: Rules,
    published: date | None,
    skip: tuple[int, int] | None = None,
    narrated: bool = False,
    speakers: dict[int, tuple[int, int]] | None = None,
) -> list[Line]:
    """Lines of the readable sections, each split into sentences of items.

    `skip` is a span whose mentions are not facts (the dateline: its place is no person). In a
    `narrated` release (narrator.py: its author tells it) "I" is the narrator too, not only "we".
    A transcript's `speakers` (narrator.speakers) label their paragraphs as attributions do quotes.
    """
    readable = readable_spans(sections)
    quotes = [(s.start, s.end) for s in sections if s.kind == "quote"]
    lines: list[Line] = []
    dateline_place = _DATELINE_PLACE_END.split(text[skip[0] : skip[1]], maxsplit=1)[0].strip() if skip else ""
    wanted = []
    for index, (start, end, raw) in enumerate(lines_with_offsets(text)):
        if not raw.strip():
            continue
        parts = [(max(start, s), min(end, e)) for s, e in readable if s < end and e > start]
        if parts and not _salutation(raw, rules):
            wanted.append((index, start, end, raw, parts))
    # (a broadcast script's pronunciation hints are read past: tokenised without them, their
    # tokens' offsets put back into the line as written)
    hints = [pronunciation_hints(raw, rules.pronunciation_cues) for _, _, _, raw, _ in wanted]
    docs = rules.nlp.tokenizer.pipe(
        _cut(raw, cut) for (_, _, _, raw, _), cut in zip(wanted, hints, strict=True)
    )
    lone_figures = _lone_dashed_numbers([raw for _, _, _, raw, _ in wanted])
    chapters = _chapter_lines([(index, raw) for index, _, _, raw, _ in wanted])
    # (a line right above a paragraph of running text: a numbered line there may be its title)
    over_paragraph = {
        k
        for k in range(len(wanted) - 1)
        if wanted[k + 1][0] == wanted[k][0] + 1
        and len(wanted[k + 1][3].split()) >= _NOTE_WORDS
        and wanted[k + 1][3].rstrip().endswith(QUOTED_SENTENCE_ENDS)
    }
    header: Header | None = None  # the header row of the table being read
    header_index = -1  # the line the header was read on
    points_column = False  # under a header with a column of points ("Pos. | Fahrer | Punkte"): standings
    line_above: Line | None = None  # the line right above, if not blank
    stage_column = False  # under a header whose first column is the stage's number ("WP  Prüfung")
    stage_place_cell: int | None = None  # and which of its cells holds a place ("Pos.", "Rang Rally4")
    final_heading = False  # under a final classification's heading ("Final classification", "Endergebnis")
    for k, ((index, start, end, raw, parts), doc) in enumerate(zip(wanted, docs, strict=True)):
        line = Line(start=start, end=end, index=index, raw=raw)
        attribution = _ATTRIBUTION.match(raw)
        if attribution:
            line.attribution = (start, start + attribution.end("who"))
        elif speakers and start in speakers:
            line.attribution = (start, speakers[start][1])  # "**Sindre Ødegård:** Yes, I was second …"
        # ("Final classification: 1. A / B, Toyota, 2:31:48.7; 2. C / D …; 3. …": a label, then a
        # numbered list run on in the line, not one labelled row)
        table = _TABLE_ROW.match(raw) or _LABELLED_ROW.match(raw)
        if table is not None and table.re is _LABELLED_ROW and _RUN_ON_LIST.search(raw):
            table = None
        # ("2. IMG_3117.jpg – Tomáš Mrázik / Marián Žiak auf SP7": a caption's number, no place)
        caption_number = (
            start + table.start("pos") if table is not None and _FILE_NAME.match(raw[table.end() :]) else None
        )
        if k in lone_figures or k in chapters or caption_number is not None:
            table = None  # "3 – Sonderprüfungen gewann auch Auer": a count, no place
        elif table is not None and raw[table.end() :].split(" ", 1)[0].lower() in rules.position_nouns:
            table = None  # "1º lugar en categoría SSV, 14º en la general": a sentence of places, no row
        # ("5. Jan Šimánek/Radek Kubíček" under "4. Lorenzo Bassani/…": the next row of a numbered
        # list, not 5 January)
        continues = (
            table is not None
            and line_above is not None
            and line_above.index == index - 1
            and line_above.table_position == int(table.group("pos")) - 1
        )
        numbered_note = table is not None and _is_a_note(raw[table.end() :], rules, k in over_paragraph)
        if (
            table
            and int(table.group("pos")) > 0
            and not _opens_an_edition(raw[table.end() :], rules)
            and not numbered_note
            and (
                continues
                or not find_dates(raw, rules.language, published, table.start("pos"), table.end() + 12)
            )
        ):
            line.table_position = int(table.group("pos"))
            line.table_number = table.span("pos")
            line.table_label_end = table.end("label") if "label" in table.groupdict() else None
        line.cells = read_row(raw, header) if header is not None else None
        rule = is_rule(raw)
        column = (
            _second_line_column(raw, line_above)
            if line_above is not None and line_above.index == index - 1
            else None
        )
        continued = line_above if column is not None and line.cells is None else None
        # (a line outside a table's rows, split once: a header of points, of stages)
        cells = split_cells(raw) if line.cells is None and may_have_cells(raw) else []
        if line.cells is None:
            # (the rule under a header, "---  ----------", keeps it for the rows after it, and so
            # do the header's second line, "Pos" under "Class", and a row's second line)
            second_header_line = header is not None and index == header_index + 1 and not _has_digit(raw)
            if not rule and continued is None and not second_header_line:
                header = read_header(raw, rules.table_column_of)
                header_index = index
                if line.table_position is None:
                    points_column = len(cells) >= 3 and any(
                        cell.lower().strip(" .:") in rules.points_words for cell in cells
                    )
        else:
            # (a team's table of its crews on the day's stage, "No. | Crew | Truck | Stage pos. |
            # Stage time", places each on the stage)
            place = next((cell for cell in line.cells if cell.role == "position"), None) or next(
                (cell for cell in line.cells if cell.role == "stage_position"), None
            )
            # (an entry list's row, "1 | Rāwiri Te Kōhatu | Bryn Aldous | Hyundai i20", places no one)
            line.table_position = place_number(raw[place.start : place.end]) if place else None
            line.table_number = (place.start, place.end) if place else (0, 0)
            line.table_label_end = None
        line.points_list = rules.points_list.search(raw) is not None
        points_kept = False  # a row ranked by points under a final classification's heading
        if line.table_position is not None and (
            points_column or line.points_list or rules.points_row.search(raw)
        ):
            if final_heading and not points_column and not line.points_list:
                points_kept = True
            else:
                # "3. Sébastien Delcourt ....... 76 pts": championship standings, not a result
                line.table_position = line.table_number = line.table_label_end = None
        stage_row = stage_column and _STAGE_ROW.match(raw)
        if stage_row:
            # "4    Puchberg 2 (9,84 km)    Matevž Kranjc    6:09,8" under "WP  Prüfung  Fahrer  Zeit":
            # the number opens a stage's row, no place
            line.table_position = line.table_number = line.table_label_end = None
        elif line.cells is None and not rule:
            stage_column = _heads_a_stage_column(cells, rules)
            stage_place_cell = _place_cell(cells, rules) if stage_column else None
        line.doc = doc
        # One call into the Doc instead of a Token object per token: offsets, lengths, spaces.
        rows = doc.to_array(_TOKEN_COLUMNS).tolist()
        if hints[k]:
            for row in rows:
                row[0] = _uncut(row[0], hints[k])
        line.starts = [row[0] for row in rows]
        line.texts = [raw[row[0] : row[0] + row[1]] for row in rows]
        line.lowers = [text.lower() for text in line.texts]
        line.names_champions = not rules.title_words.isdisjoint(line.lowers)
        line.spaced = [row[2] == 1 for row in rows]
        line.sentence_starts = _sentence_starts(line.texts, [row[3] == 1 for row in rows], rules.legal_forms)
        stamp = _TIMESTAMP.match(raw)
        # (the lines after a post's first, up to a blank line, are the same post)
        line.posted = stamp is not None or (
            line_above is not None and line_above.index == index - 1 and line_above.posted
        )
        if stamp is not None:
            # ("• [00:12:30] Pourquoi Vanhoutte a gagné …": a chapter's words open after its timestamp,
            # so a stop word there is no first name)
            after = next((k for k, at in enumerate(line.starts) if at >= stamp.end()), None)
            if after is not None:
                line.sentence_starts[after] = True
        if skip and start <= skip[1] <= end:
            # ("Portoferraio (LI), 19 settembre 2026 – Sono Ennio Bortolotti …": the report opens
            # after the dateline and its dash, so a stop word there is no first name)
            after = next(
                (
                    k
                    for k, at in enumerate(line.starts)
                    if start + at >= skip[1] and line.texts[k] not in _DATELINE_DASHES
                ),
                None,
            )
            if after is not None:
                line.sentence_starts[after] = True
        # The name Matcher and the token checks in `_items` read the boundaries from the Doc.
        doc.from_array(
            [SENT_START],
            np.array([1 if opens else -1 for opens in line.sentence_starts], np.int64).view(np.uint64),
        )
        items = _items(doc, raw, start, rules, published, line, told_by_author=narrated)
        line_above = line
        line.second_line_of_row = continued is not None
        if continued is not None:
            # "             Cerys LLEWELYN (GBR)      Gwynedd Rally Team": the co-driver of the row above
            driver, co_driver = (
                next((it for it in found if it.kind == "NAME" and abs(it.start - at - column) <= 1), None)
                for found, at in ((continued.all_items(), continued.start), (items, start))
            )
            if driver is not None and co_driver is None:
                co_driver = _cell_as_name(line, column)
                if co_driver is not None:
                    items = [it for it in items if not co_driver.i <= it.i < co_driver.j]
                    items.insert(bisect_left([it.i for it in items], co_driver.i), co_driver)
            if driver is not None and co_driver is not None:
                continued.crew_over_two_lines = (driver, co_driver)
        if numbered_note and raw[table.end() : table.end() + 1].isalpha():
            # ("6. Die Juniorwertung gewannen …": the note's number, no ordinal; "9. – Gesamtrang für
            # …" is a figure of a rally in numbers, the place)
            items = [it for it in items if not (it.kind == "POS" and it.start == start + table.start("pos"))]
        if caption_number is not None:
            items = [it for it in items if it.start != caption_number]
        if stage_row:
            for item in items[:1]:
                if item.kind == "NUMBER" and item.start == start + stage_row.start("stage"):
                    item.kind = "STAGE_NO"
            if stage_place_cell is not None:
                _number_as_place(items, raw, start, stage_place_cell)
        items = [] if k in chapters else _inside(items, parts)
        if skip:
            # ("São Luís (MA), 29 de agosto – … entre Goiânia (GO) e São Luís (MA)": the dateline's
            # place is no person anywhere in the release)
            items = [
                it
                for it in items
                if not (skip[0] <= it.start < skip[1])
                and not (it.kind == "NAME" and it.text == dateline_place)
            ]
        _mark_quoted(items, quotes)
        # A row of a results table is one statement, whatever full stops it holds ("1. A / B").
        _unit_sentence_breaks(raw, line, rules)
        _place_number_breaks(line, rules)
        if line.table_position is None and _ENUMERATION_START.search(raw):
            items = _inline_enumeration(line, items)
        _mark_start_numbers(line, items, rules)
        items = _drop_gap_cues_that_are_words(line, items, rules)
        _seconds_after_gap_cues(line, items)
        if line.table_position is not None:
            spans = [(0, len(doc), 0, len(raw))]
        else:
            firsts = [k for k, opens in enumerate(line.sentence_starts) if opens or k == 0]
            lasts = [*firsts[1:], len(doc)]
            spans = [
                (first, last, line.starts[first], line.starts[last - 1] + len(line.texts[last - 1]))
                for first, last in zip(firsts, lasts, strict=True)
            ]
        for first, last, start_char, end_char in spans:
            sentence_items = [it for it in items if first <= it.i < last]
            line.sentences.append(
                Sentence(
                    start + start_char,
                    start + end_char,
                    sentence_items,
                    index,
                    opens_on_end=_opens_on_end(line.lowers[first : min(last, first + 4)], rules),
                )
            )
        lines.append(line)
        if line.table_position is None and not points_kept:
            # ("FINAL OVERALL CLASSIFICATION (regularity, penalty points – lowest wins)": the rows
            # under a final classification that rank by points are its places, no standings)
            final_heading = any(_names_final(it, line, rules) for it in items) and not any(
                it.kind == "CHAMP" for it in items
            )
    _number_last_stages(lines)
    _number_same_stages(lines)
    _makes_as_first_names(lines, rules)
    _one_name_per_cup(lines)
    _places_run_into_names(lines, rules)
    _openers_run_into_surnames(lines, rules)
    _prepositions_before_surnames(lines, rules)
    return lines


def _chapter_lines(lines: list[tuple[int, str]]) -> set[int]:
    """The positions in `lines` (line index, text) of a video's chapter list: three lines or more
    in a row, each opening on a position in the video, the first at 0:00 ("0:00 Intro", "4. 7:54
    WP3 Apriķi – Kask legt vor"). Their numbers are chapters' and their times positions in the
    video; nothing in them is a result."""
    found: set[int] = set()
    k = 0
    while k < len(lines):
        first = _CHAPTER.match(lines[k][1])
        if first is None or not _CHAPTER_START.fullmatch(first.group("stamp")):
            k += 1
            continue
        end = k + 1
        while end < len(lines) and lines[end][0] == lines[end - 1][0] + 1 and _CHAPTER.match(lines[end][1]):
            end += 1
        if end - k >= 3:
            found.update(range(k, end))
        k = end
    return found


def _opens_on_end(lowers: list[str], rules: Rules) -> bool:
    """The sentence's first words, lower-cased, make an end word ("Am Ende fehlten Bosveld …")."""
    return any(" ".join(lowers[:n]) in rules.end_words for n in range(1, len(lowers) + 1))


def _openers_run_into_surnames(lines: list[Line], rules: Rules) -> None:
    """ "Risposta di Zanetti: miglior tempo", "Victoire de Loeb": a capitalised word opening the
    sentence and a particle run into a surname the release gives a person in full ("Davide
    Zanetti"); the mention is that surname's."""
    told = {it.text for line in lines for it in line.all_items() if it.kind == "NAME"}
    for line in lines:
        for item in line.all_items():
            if item.kind != "NAME" or not line.sentence_starts[item.i]:
                continue
            first = item.i + 1
            while first < item.j - 1 and rules.is_particle(line.lowers[first]):
                first += 1
            if first == item.i + 1:
                continue  # (no particle after the first word: "Davide Zanetti")
            rest = line.raw[line.starts[first] : item.end - line.start]
            # ("Van Teeffelen" told alone, its particle capitalised, is the surname of "Joost van
            # Teeffelen", whose words after the first are that surname: the first word is his first
            # name; "de Asturias" is no one's surname told alone)
            tail = line.raw[line.starts[item.i + 1] : item.end - line.start].lower()
            if any(name.endswith(" " + rest) and name != item.text for name in told) and not any(
                name.lower() == tail and name[:1].isupper() for name in told
            ):
                _start_name_at(item, line, first)


def _prepositions_before_surnames(lines: list[Line], rules: Rules) -> None:
    """ "nach einem Erfolg von Lindqvist und Beifahrerin Malin Åkesson": a lower-case particle
    before a surname the release gives in full without it ("Jesper Lindqvist") is a preposition;
    the mention is the surname's."""
    told = {it.text for line in lines for it in line.all_items() if it.kind == "NAME"}
    for line in lines:
        for item in line.all_items():
            if item.kind != "NAME" or not line.texts[item.i].islower() or item.j - item.i < 2:
                continue
            first = item.i
            while first < item.j - 1 and rules.is_particle(line.lowers[first]):
                first += 1
            rest = line.raw[line.starts[first] : item.end - line.start]
            particles = line.raw[line.starts[item.i] : line.starts[first]]
            if first > item.i and any(
                name.endswith(" " + rest) and not name.endswith(" " + particles + rest) for name in told
            ):
                _start_name_at(item, line, first)


def _start_name_at(item: Item, line: Line, first: int) -> None:
    """Cut a name's mention to start at token `first` (a word alone is a WORD)."""
    item.kind = "WORD" if item.j - first == 1 else "NAME"
    item.i = first
    item.start = line.start + line.starts[first]
    item.text = item.value = line.raw[line.starts[first] : item.end - line.start]


def _places_run_into_names(lines: list[Line], rules: Rules) -> None:
    """ "a couronné samedi soir à Rodez Rémi Castagnède et Lucas Peyrol", "l'agriculteur de Nassogne
    Gauthier Lamberty", "le jeune Durbuysien Lucas Ghysens": a town after a preposition, "of" or an
    article, or a demonym, runs into the name after it; where that long form is told once and the
    release names the person again without its first word, the name starts after it."""
    told = Counter(it.text for line in lines for it in line.all_items() if it.kind == "NAME")
    names = set(told)
    owners: dict[str, set[str]] = {}  # a surname, and the full names told with it
    for name in names:
        if len(name.split()) >= 2:
            owners.setdefault(name.split()[-1], set()).add(name)
    for line in lines:
        for item in line.all_items():
            if (
                item.kind != "NAME"
                or told[item.text] > 1  # ("Iñaki Arrieta Goñi" again and again: a full name)
                or item.j - item.i < 3
                or item.i == 0
                or not (
                    line.lowers[item.i - 1] in rules.name_openers
                    # ("le jeune Durbuysien Lucas Ghysens": a demonym by its ending)
                    or (rules.demonym_suffixes and line.lowers[item.i].endswith(rules.demonym_suffixes))
                )
            ):
                continue
            rest = line.raw[line.starts[item.i + 1] : item.end - line.start]
            if rest in names:
                item.i += 1
                item.start = line.start + line.starts[item.i]
                item.text = rest
            elif any(
                name.split()[0] not in item.text.split() for name in owners.get(line.texts[item.j - 1], ())
            ) and any(rules.is_particle(line.lowers[k]) for k in range(item.i + 1, item.j - 1)):
                # ("Al traguardo di Bassano del Grappa Bortignon e Holm": a town of several words,
                # then the surname of a person the release names in full)
                _start_name_at(item, line, item.j - 1)


def _one_name_per_cup(lines: list[Line]) -> None:
    """ "Clio Trophy France" in the lead, "Clio Trophy" in every paragraph after: one cup, one
    class, under the name the release gives it most often (the fuller name on a tie)."""
    cups = [
        it for line in lines for it in line.all_items() if it.kind == "CLASS" and isinstance(it.value, Cup)
    ]
    names = {it.text: set(it.text.lower().split()) for it in cups}
    counts = Counter(it.text for it in cups)
    for item in cups:
        words = names[item.text]
        same_cup = [name for name, other in names.items() if words <= other or other <= words]
        item.value = Cup(max(same_cup, key=lambda name: (counts[name], len(name))))


LAST_STAGE = -1  # the value of "the final stage" until the release's stages are known
SAME_STAGE = -2  # the value of "that same stage" until the stage told before it is known


def _number_same_stages(lines: list[Line]) -> None:
    """ "Nessa mesma etapa, a vitória foi para X": the stage is the one named last before it
    ("chegou à terceira etapa como líder e desistiu"); with none named, a stage word."""
    told: int | None = None
    for line in lines:
        for sentence in line.sentences:
            for item in sentence.items:
                if item.kind != "STAGE_NO":
                    continue
                if item.value == SAME_STAGE:
                    if told is None:
                        item.kind, item.value = "STAGE", None
                    else:
                        item.value = told
                elif isinstance(item.value, int) and item.value >= 0:
                    told = item.value


def _makes_as_first_names(lines: list[Line], rules: Rules) -> None:
    """ "zijn Spaanse navigatrice Mercedes Ibáñez Soler": a car's make right after a role word and
    before capitalised words is a first name; the name runs from it over the words after it."""
    for line in lines:
        for sentence in line.sentences:
            items = sentence.items
            for k in range(len(items) - 1):
                role, first = items[k], items[k + 1]
                make_at = role.j
                if (
                    role.kind != "ROLE"
                    or first.kind not in ("WORD", "NAME")
                    or first.i != make_at + 1
                    or make_at >= len(line.lowers)
                    or line.lowers[make_at] not in rules.make_words
                    or not line.texts[make_at][:1].isupper()
                    or line.texts[make_at].isupper()
                ):
                    continue
                last = k + 1
                while (
                    last + 1 < len(items)
                    and items[last + 1].kind == "WORD"
                    and items[last + 1].i == items[last].j
                ):
                    last += 1
                end = items[last]
                start = line.start + line.starts[make_at]
                text = line.raw[start - line.start : end.end - line.start]
                items[k + 1 : last + 1] = [
                    Item("NAME", start, end.end, make_at, end.j, text, text, first.quote)
                ]
                break


def _number_last_stages(lines: list[Line]) -> None:
    """ "won the final stage": the last stage is the highest stage number the release names;
    with no number named, it is a stage word like any other."""
    items = [it for line in lines for sentence in line.sentences for it in sentence.items]
    for item in items:
        if item.kind == "STAGE_AFTER" and item.value == LAST_STAGE:
            # ("Gesamtwertung nach der letzten Wertungsprüfung:", "Classificação final após a
            # última especial": the standings after the last stage are the final ones)
            item.kind, item.value = "OVERALL", "final"
    last = [it for it in items if it.kind == "STAGE_NO" and it.value == LAST_STAGE]
    if not last:
        return
    numbers = [
        it.value for it in items if it.kind == "STAGE_NO" and isinstance(it.value, int) and it.value > 0
    ]
    # ("the five stages", "le dodici prove speciali": the count says how many there were)
    numbers += [
        count.value
        for count, stage in zip(items, items[1:], strict=False)
        if count.kind == "CARD"
        and isinstance(count.value, int)
        and stage.kind == "STAGE"
        and stage.i - count.j <= 1
    ]
    # In the opening, "victory on the final stage" tells when the event was decided; the
    # release's own stage (a day's report) is the one the opening numbers.
    lead = lead_index(lines)
    opening = {id(it) for line in lines[: (lead if lead is not None else 2) + 1] for it in line.all_items()}
    for line in lines:
        for sentence in line.sentences:
            for k, item in enumerate(sentence.items):
                if item.kind != "STAGE_NO" or item.value != LAST_STAGE:
                    continue
                if (
                    numbers
                    and id(item) not in opening
                    and (_placed_on(sentence.items, k) or _heads(line, item))
                ):
                    item.value = max(numbers)
                else:
                    item.kind, item.value = "STAGE", None


def _heads(line: Line, item: Item) -> bool:
    """ "DIE SCHLUSSETAPPE", "The final stage": a heading of the final stage alone opens its section."""
    stripped = line.raw.strip()
    return line.all_items() == [item] and len(stripped) <= 60 and not stripped.endswith(SENTENCE_ENDS)


def _placed_on(items: list[Item], k: int) -> bool:
    """ "won the final stage", "fourth fastest on the final stage", "le troisième temps de la Power
    Stage", "the final stage went to": a win or a place right before or after the stage (its noun
    between them), not "until the last stage" in passing."""
    before = k - 1
    if before > 0 and items[before].kind == "POSITION_NOUN" and items[before - 1].j >= items[before].i - 1:
        before -= 1
    after = items[k + 1] if k + 1 < len(items) else None
    if (before >= 0 and items[before].kind in ("WIN", "POS") and items[k].i - items[k - 1].j <= 3) or (
        after is not None and after.kind == "WIN" and after.i - items[k].j <= 1
    ):
        return True
    # ("In der Power Stage fuhr Rautiainen die fünftschnellste Zeit", "…, auf der Schlussprüfung fuhr
    # er die drittschnellste Zeit": the stage opens the sentence or a clause, then who and the place,
    # in a few words)
    for following in items[k + 1 : k + 5] if k == 0 or items[k - 1].kind == "COMMA" else ():
        if following.i - items[k].j > 6 or following.kind in ("STAGE_NO", "STAGE", "COMMA", "CONJ"):
            return False
        if following.kind in ("WIN", "POS", "TIME_RANK"):
            return True
    return False


def _unit_sentence_breaks(raw: str, line: Line, rules: Rules) -> None:
    """After "11:02,7 Min." a sentence goes on ("Min. Bestzeit") unless a capitalised article or
    pronoun opens a new one ("Std. Eine Zeitstrafe …"); after a one-letter unit ("0,9 s.") a
    capitalised word starts one."""
    for match in rules.unit_full_stop.finditer(raw):
        k = bisect_left(line.starts, match.start("next"))
        if k >= len(line.starts) or line.starts[k] != match.start("next"):
            continue
        following = line.texts[k]
        opens = following[:1].isupper() and (
            line.lowers[k] in rules.sentence_openers or len(match.group("unit")) == 1
        )
        line.sentence_starts[k] = opens or following[:1] in _OPENING_QUOTES


_NUMBER_WITH_STOP = re.compile(r"\d{1,3}\.")


def _place_number_breaks(line: Line, rules: Rules) -> None:
    """'reichte es nur zu Rang 23. Heute zeigte sie …', 'Bestzeiten auf WP 2 und WP 7. Die vierte
    Prüfung …': after a position noun or a stage's code the number is a cardinal, so its full stop
    ends the sentence (the tokenizer kept it as an ordinal "23.")."""
    texts, lowers = line.texts, line.lowers
    for k in range(1, len(texts) - 1):
        if (
            (lowers[k - 1] in rules.position_nouns or lowers[k - 1] in rules.stage_codes)
            and _NUMBER_WITH_STOP.fullmatch(texts[k])
            and texts[k + 1][:1].isupper()
        ):
            line.sentence_starts[k + 1] = True


_ENUMERATION_OPENERS = frozenset({";", ":", "·", "–", "—", "|"})
_ENUMERATION_NUMBER = re.compile(r"(?P<n>\d{1,2})(?:[º°ª]\.?|\.)?")  # "1.", "1º" ("1º Larissa …")
# the cheap test first: a line holds such a list only if "1." opens it or follows an opener
_ENUMERATION_START = re.compile(r"(?:^|[;:·–—|])\s*0?\d\s*[.º°ª]")
_RUN_ON_LIST = re.compile(r"[;·|]\s*2\s*\.\s.*[;·|]\s*3\s*\.\s")


def _number_stages_after_wins(items: list[Item], rules: Rules) -> None:
    """ "Martim vence a Etapa 3": a win phrase that ends on a stage word took the word its number
    follows; the number is that stage's."""
    for win, after in zip(items, items[1:], strict=False):
        if (
            win.kind == "WIN"
            and after.kind == "NUMBER"
            and after.i == win.j
            and win.text.lower().rsplit(maxsplit=1)[-1] in rules.stage_markers
            and str(after.value).isdigit()
        ):
            after.kind = "STAGE_NO"
            after.value = int(after.value)


def _names_final(item: Item, line: Line, rules: Rules) -> bool:
    """An overall word that names the final classification ("Endergebnis"), alone or after the word
    before it ("FINAL OVERALL CLASSIFICATION")."""
    if item.kind != "OVERALL":
        return False
    if item.value == "final":
        return True
    return item.i > 0 and f"{line.lowers[item.i - 1]} {item.text.lower()}" in rules.final_words


def _lone_dashed_numbers(raws: list[str]) -> set[int]:
    """Indexes (in `raws`, the non-blank lines) of lines opening on "N – " with no "N-1 – " right
    above nor "N+1 – " right below: the figures of a "rally in numbers" piece ("5 – stage wins for …",
    "61 – crews at the start"), not the rows of a list dashed after its places."""
    dashed = [(m := _DASHED_ROW.match(raw)) and int(m.group("pos")) for raw in raws]
    return {
        k
        for k, number in enumerate(dashed)
        if number is not None
        and not (k > 0 and dashed[k - 1] == number - 1)
        and not (k + 1 < len(dashed) and dashed[k + 1] == number + 1)
    }


_BARE_SECONDS = re.compile(r"\d{1,2}[.,]\d{1,3}")


def _seconds_after_gap_cues(line: Line, items: list[Item]) -> None:
    """ "in 1:52:31.1 a 12.7", "à 8,4": a decimal figure right after a gap cue is the gap in
    seconds, unit or not."""
    taken = {it.i for it in items}
    for k in range(len(items) - 1, -1, -1):
        gap = items[k]
        at = gap.j
        if gap.kind != "GAP" or at >= len(line.texts) or at in taken:
            continue
        if not _BARE_SECONDS.fullmatch(line.texts[at]) or (
            at + 1 < len(line.texts) and line.texts[at + 1][:1].isalnum()
        ):
            continue
        text = line.texts[at]
        seconds = float(text.replace(",", "."))
        within = line.starts[at]  # (a span's offsets are the line's, an item's the document's)
        span = DurationSpan(
            within, within + len(text), Duration(text, seconds, iso8601(seconds)), signed=False
        )
        begin = line.start + within
        items.insert(k + 1, Item("DURATION", begin, begin + len(text), at, at + 1, value=span, text=text))


def _drop_gap_cues_that_are_words(line: Line, items: list[Item], rules: Rules) -> list[Item]:
    """Gap cues that are no gap. One right before a stage's number is a preposition ("Zieliński
    was de snelste op KP5"); not ", a PE6" in a list of stages, whose comma parts its items, nor
    one after "and" ("wonnen KP 4 en werden op KP 5 derde"), where it parts the stage of one clause
    from the other's. Where nouns are written in lower case, one in capitals inside a sentence is
    a word of a name ("won SS1 Moll's Gap in 11:02.4")."""

    def before_a_stage(k: int, gap: Item) -> bool:
        return (
            "," not in gap.text
            and k + 1 < len(items)
            and items[k + 1].kind == "STAGE_NO"
            and items[k + 1].i == gap.j
            and not (k > 0 and items[k - 1].kind == "CONJ")
        )

    def in_a_name(gap: Item) -> bool:
        return not rules.nouns_capitalised and gap.text[:1].isupper() and not line.sentence_starts[gap.i]

    return [
        it
        for k, it in enumerate(items)
        if not (it.kind == "GAP" and (before_a_stage(k, it) or in_a_name(it)))
    ]


_THREE_FIGURES = re.compile(r"[1-9]\d{2}")


def _mark_start_numbers(line: Line, items: list[Item], rules: Rules) -> None:
    """ "a #305 foi apenas a quarta", "won de #506 ook de tweede etappe", "le n°402 restait
    prudent": a start number after an article stands for the crew that races it (results.py finds
    whose it is). So does a rally-raid's number of three figures with no mark ("in 4:37:51 was de
    402 opnieuw de snelste truck"), when the release gave it beside a crew. The numbers after a
    mark are kept on the line (`start_numbers`)."""
    for item in items:
        k = item.i
        if item.kind not in ("NUMBER", "POS") or k < 1:
            continue
        marked = line.lowers[k - 1] in rules.start_number_marks and (
            not line.spaced[k - 1] or line.texts[k - 1][:1].isalpha()
        )
        if marked:
            line.start_numbers.add(k)
            item.kind = "NUMBER"  # ("aus der Startnummer 67.": the number, no place)
        elif item.kind != "NUMBER":
            continue
        if (marked and k >= 2 and line.lowers[k - 2] in rules.determiners) or (
            line.lowers[k - 1] in rules.determiners and _THREE_FIGURES.fullmatch(line.texts[k])
        ):
            item.kind = "CAR"


def _inline_enumeration(line: Line, items: list[Item]) -> list[Item]:
    """ "Le classement final : 1. A/B (…) 1h58'41''3 ; 2. C/D (…) à 12''4 ; 3. …": a numbered
    list run on in one line. Each number opens a statement of its own (the full stop after it
    does not end one) and is the place of the crew after it. The numbers must run 1, 2, 3, …,
    at least three, each after a semicolon, colon or dash (or opening the line)."""
    texts = line.texts
    markers: list[tuple[int, int, int]] = []  # (token of the number, token after its stop, number)
    for k, text in enumerate(texts):
        match = _ENUMERATION_NUMBER.fullmatch(text)
        # (the opener may close a token: "308.34km): 1. …" splits as "):"; after the first place a
        # comma may part the next: "Podium de la classe Rally4 : 1. A / B, 2. C / D, 3. E / F")
        if match is None or not (
            k == 0
            or texts[k - 1][-1:] in _ENUMERATION_OPENERS
            or (texts[k - 1] == "," and match.group("n") != "1")
        ):
            continue
        after = k + 1
        if not text.endswith((".", "º", "°", "ª")):
            if after >= len(texts) or texts[after] != ".":
                continue
            after += 1
        if after < len(texts):
            markers.append((k, after, int(match.group("n"))))
    run = [m for n, m in enumerate(markers, start=1) if m[2] == n]
    if markers and markers[0][2] > 1:
        run = _continued_enumeration(texts, markers)
    elif len(run) < 3 or len(run) != len([m for m in markers if m[2] <= len(run)]):
        return items
    if not run:
        return items
    if any(texts[k - 1] == "," for k, _, _ in run):
        # (a comma parts places only between crews, "1. A / B, 2. C / D": not a ticker's standings
        # by surname, "Au général : 1. Sérandour, 2. Lévêque à 1''6, 3. Rebuffat")
        bounds = [k for k, _, _ in run] + [len(texts)]
        if not all("/" in texts[bounds[n] : bounds[n + 1]] for n in range(len(run))):
            return items
    tokens = {k: n for k, _, n in run}
    for k, after, _ in run:
        line.sentence_starts[k] = True
        for j in range(k + 1, after + 1):
            line.sentence_starts[j] = False
    out = []
    for it in items:
        if it.i in tokens and it.kind in ("NUMBER", "CARD", "ORD", "POS"):
            it = Item("POS", it.start, it.end, it.i, it.j, tokens[it.i], it.text)
        out.append(it)
    return out


def _continued_enumeration(
    texts: list[str], markers: list[tuple[int, int, int]]
) -> list[tuple[int, int, int]]:
    """ "Fourth to sixth: 4. A / B (…) +1m 27.6s; 5. C / D …": the rest of a numbered list, run on
    after a colon from a place past the first. All the numbers in a row, at least two, each
    before a crew written with a slash (not a table of points by surname); else none."""
    first = markers[0][2]
    if (
        len(markers) < 2
        or any(m[2] != first + n for n, m in enumerate(markers))
        or markers[0][0] == 0
        or texts[markers[0][0] - 1][-1:] != ":"
    ):
        return []
    bounds = [k for k, _, _ in markers] + [len(texts)]
    if not all("/" in texts[bounds[n] : bounds[n + 1]] for n in range(len(markers))):
        return []
    return markers


def _sentence_starts(texts: list[str], punctuation: list[bool], legal_forms: frozenset[str]) -> list[bool]:
    """Which tokens open a sentence, as spaCy's Sentencizer decides (a token after a run of
    sentence-final marks, unless it is punctuation itself), computed on the token lists: the
    Sentencizer builds a Token object per token.

    A company's legal form ends a sentence only before a capitalised word ("… Geo-Rent a.s. De
    winnaar"), not in a list of partners ("Dunajplast s.r.o., Geo-Rent a.s., …")."""
    opens = [False] * len(texts)
    if not texts:
        return opens
    opens[0] = True
    start, seen_final = 0, False
    for k, text in enumerate(texts):
        final = (
            (
                text in _SENTENCE_FINAL
                # ("finished on the 5. place", "were 17. in overall": a full stop glued to a figure
                # before a lower-case word marks an ordinal, no sentence's end)
                and not (
                    text == "."
                    and k > 0
                    and texts[k - 1].isdigit()
                    and k + 1 < len(texts)
                    and texts[k + 1][:1].islower()
                )
            )
            or (text in legal_forms and k + 1 < len(texts) and texts[k + 1][:1].isupper())
        )
        if seen_final and not punctuation[k] and not final:
            opens[start] = True
            start, seen_final = k, False
        elif final:
            seen_final = True
    opens[start] = True
    return opens


def _suffix_cue(text: str, rules: Rules) -> str | None:
    """ "Saisonsieg", "Etappensieg", "klassezege": a compound ending in a cue word."""
    lowered = text.lower()
    for label, suffix in rules.suffix_cues:
        if len(lowered) > len(suffix) + 2 and lowered.endswith(suffix):
            return label
    return None


_OPENING_QUOTES = frozenset("\"“„«‘'")
_CLOSING_QUOTES = frozenset("\"”“»’'")


def quoted_title(texts: list[str], start: int, end: int) -> bool:
    """'la PS 7 "Passo Teglia 2"', 'SS4 "Col de Turini"': a name in quotes is a stage's or a
    place's, not a person's."""
    if start == 0 or texts[start - 1] not in _OPENING_QUOTES:
        return False
    after = texts[end : end + 2]
    return bool(after) and (
        after[0] in _CLOSING_QUOTES or (after[0].isdigit() and len(after) > 1 and after[1] in _CLOSING_QUOTES)
    )


_STAGE_CODE = re.compile(r"^[A-Z]{1,4}\d{1,2}$")
_MODEL_CODE = re.compile(r"(?=\w*\d)(?=\w*[A-Za-z])\w{2,6}")  # "T3", "i20", "CR6": a vehicle model


def _stage_title(texts: list[str], start: int, rules: Rules) -> bool:
    """ "a PEC 17 (Cabeceiras de Basto 2)", "SS4 (Col de Turini)": a name in brackets after a
    stage number, or of it ("l'ES4 du Col du Fût"), is the stage's."""
    if (
        start >= 3
        and texts[start - 1] == ","
        and texts[start - 3] == "("
        and _STAGE_CODE.match(texts[start - 2])
    ):
        return True  # "la Power Stage (ES13, Rocca di Cave, 7,88 km)"
    if (
        start >= 2
        and texts[start - 1].lower() in rules.genitives
        and _STAGE_CODE.match(texts[start - 2])
        and texts[start - 2].rstrip("0123456789").lower() in rules.stage_markers  # not "o BMW M3 de X"
    ):
        return True  # "dans l'ES4 du Col du Fût", "nella PS3 di Monte Ceneri"
    if start < 2 or texts[start - 1] != "(":
        return False
    number = texts[start - 2]
    if _STAGE_CODE.match(number):
        return True
    return number.isdigit() and start >= 3 and texts[start - 3].lower() in rules.stage_markers


def _names_a_place(lowered: str, rules: Rules) -> bool:
    """ "am Sulinger Marktplatz", "in der Kirchdorfer Festhalle": a compound whose last part is a
    square, a street or a hall ends a place's name, never a person's."""
    return any(
        lowered.endswith(ending) and len(lowered) > len(ending) + 2 for ending in rules.place_noun_endings
    )


def _compound(text: str, rules: Rules) -> tuple[str, Any] | None:
    """What a compound word says, if anything: ("STAGE_NO", 1) for "Auftaktetappe", ("PLACE", 3)
    for "Gesamtdritte", (label, None) for "Etappensieg". Cached: the same words recur."""
    cache = rules.compound_cache
    if text in cache:
        return cache[text]
    found: tuple[str, Any] | None = None
    if _opening_compound(text, rules):
        found = ("STAGE_NO", 1)
    elif (place := _overall_compound(text, rules)) is not None:
        found = ("PLACE", place)
    elif (place := _stage_place_compound(text, rules)) is not None:
        found = ("STAGE_PLACE", place)
    elif (place := _class_place_compound(text, rules)) is not None:
        found = ("CLASS_PLACE", place)
    elif (label := _suffix_cue(text, rules)) is not None:
        found = (label, None)
    if len(cache) > 50_000:
        cache.clear()  # a long batch meets ever new words; keep the memory bounded
    cache[text] = found
    return found


def _opening_compound(text: str, rules: Rules) -> bool:
    lowered = text.lower()
    return any(
        lowered.startswith(prefix) and lowered[len(prefix) :] in rules.stage_words
        for prefix in rules.opening_prefixes
    )


def _prefixed_ordinal(lowered: str, prefixes: tuple[str, ...], rules: Rules) -> int | None:
    """The place of an ordinal word glued to one of `prefixes` ("gesamt" + "dritte")."""
    for prefix in prefixes:
        if lowered.startswith(prefix) and lowered[len(prefix) :] in rules.ordinal_words:
            return rules.ordinal_words[lowered[len(prefix) :]]
    return None


def _overall_compound(text: str, rules: Rules) -> int | None:
    """ "Gesamtdritte", "Gesamtzweiter": an overall prefix glued to an ordinal word."""
    return _prefixed_ordinal(text.lower(), rules.overall_prefixes, rules)


def _class_place_compound(text: str, rules: Rules) -> int | None:
    """ "Klassendritte", "Klassenzweiter": a class prefix glued to an ordinal word."""
    return _prefixed_ordinal(text.lower(), rules.class_prefixes, rules)


def _stage_place_compound(text: str, rules: Rules) -> int | None:
    """ "Etappenzweiter" (a stage prefix and an ordinal word), "drittschnellste" (an ordinal stem
    and a best-time word): a place on the stage in view."""
    lowered = text.lower()
    place = _prefixed_ordinal(lowered, rules.stage_prefixes, rules)
    if place is not None:
        return place
    for stem, value in rules.ordinal_stems.items():
        if lowered.startswith(stem) and any(
            lowered[len(stem) :].startswith(w) for w in rules.best_time_words
        ):
            return value
    return None


def _bracketed_class_codes(items: list[Item], texts: list[str]) -> set[int]:
    """ "Challenger (T3)", "the SSV category (T3/T4)": the ids of the class codes in brackets after a
    class's name, the same class ("Rally2 (Motorräder)" names its category, no code)."""
    codes = {it.i: it for it in items if it.kind == "CLASS" and _has_digit(it.text)}
    marker_ends = {it.i: it.j for it in items if it.kind == "CLASS_MARKER"}
    aliases: set[int] = set()
    for it in items:
        if it.kind != "CLASS" or _has_digit(it.text):
            continue
        bracket = marker_ends.get(it.j, it.j)
        if bracket >= len(texts) or texts[bracket] != "(":
            continue
        k, inside = bracket + 1, []
        while k < len(texts) and (k in codes or (texts[k] in ("/", ",") and inside)):
            if k in codes:
                inside.append(id(codes[k]))
                k = codes[k].j
            else:
                k += 1
        if inside and k < len(texts) and texts[k] == ")":
            aliases.update(inside)
    return aliases


def _ends_a_championship_name(line: Line, i: int, rules: Rules) -> bool:
    """ "Campeonato de España Junior", "Championnat de France Junior", "Campionato Italiano Rally
    Junior": a class word closing a championship's name names that class."""
    for k in range(i - 1, max(-1, i - 6), -1):
        if line.lowers[k] in rules.championship_words:
            return True
        if not (line.texts[k][:1].isupper() or line.lowers[k] in rules.event_connectors):
            return False
    return False


PLACE_CODE = re.compile(r"P\d{1,2}")  # "P3": a place as a timing screen writes it


def _part_of_vehicle(doc: Doc, i: int) -> bool:
    """ "Škoda Fabia RS Rally2", "BP Ultimate Rally-Raid": a class word inside a product name."""
    if i == 0:
        return False
    previous = doc[i - 1]
    if not previous.whitespace_ and previous.text in "-‑":
        return False
    if previous.is_stop:
        return False  # "– Nos quadriciclos, …", "In Rally2": a capitalised preposition, no make
    if PLACE_CODE.fullmatch(previous.text):
        return False  # "P1 Rally4 et P1 Junior": a place, then its class
    word = doc[i].text
    if word.isupper() and len(word) > 3 and previous.text.isupper():
        return False  # "CLASSIFICA FINALE CAMION": a heading in capitals, no product name
    return (previous.text[:1].isupper() and not previous.is_sent_start) or any(
        c.isdigit() for c in previous.text
    )


def _runs_into_organisation(line: Line, end: int, rules: Rules) -> bool:
    """The words from `end` on are capitalised up to an organisation's word ("Gulf Racing",
    "Rallye Team"): the tail of a team's name."""
    for k in range(end, min(end + 3, len(line.texts))):
        if not line.texts[k][:1].isupper():
            return False
        if line.lowers[k] in rules.organisation_names:
            return True
    return False


def _next_to_organisation(line: Line, start: int, end: int, rules: Rules) -> bool:
    """ "Sierra Alta Factory Racing", "Team Brabant Trucksport": a name-shaped part of a company."""
    texts, lowers = line.texts, line.lowers
    names = rules.organisation_names
    written = line.raw[line.starts[start] : line.starts[end - 1] + len(texts[end - 1])]
    parts = written.lower().split()
    if any(part.endswith(rules.organisation_suffixes) and len(part) > 8 for part in parts):
        return True  # "Kessler Fahrwerkstechnik": a compound company name
    if any(part in names for part in parts):
        return True  # "Can-Am Maverick": a make written like a name
    following_word = lowers[end] if end < len(lowers) else ""
    preceding_word = lowers[start - 1] if start > 0 else ""
    if (
        preceding_word in _HYPHENS
        and start > 1
        and (lowers[start - 2] in names or f"{lowers[start - 2]}-{lowers[start]}" in names)
    ):
        return True  # "Mercedes-Benz Axor", "Can-Am Maverick": the tail of a hyphenated make
    if end < len(texts) and texts[end][:1].isupper() and following_word in rules.event_words:
        return True  # "Achterhoek Short Rally", "Sierra Morena Rallye": the name of an event
    if start > 0 and len(texts[start - 1]) >= 2 and texts[start - 1].isupper() and texts[start - 1].isalpha():
        return True  # "MC Erzgebirge Stollberg", "ADAC Weser-Ems": an acronym starts an organisation
    # "our partners Kestrel Lubricants" is a company; "compañeros de equipo Héctor Cabañas" is not
    preceding_organisation = (
        preceding_word in names
        and (
            preceding_word not in rules.team_words
            # ("sulla Maverick del team Dune Garage", "the team Ardennes Rallye": the team's own name)
            or (start > 1 and lowers[start - 2] in rules.determiners)
        )
        # (a make is written with its capital: "the home hero Haruto Kisaragi" is no Hero bike's)
        and not (preceding_word in rules.make_words and texts[start - 1].islower())
    )
    neighbours = [k for k in (end, start - 1) if 0 <= k < len(texts)]
    if line.table_position is not None and following_word in rules.vehicle_and_event_words:
        # "1. Graham Kirkbride / Noeline Fahey Ford Escort 2h 47m 33s": in a results row the
        # vehicle follows its crew
        neighbours = [k for k in neighbours if k != end]
        following_word = ""
    return (
        following_word in names
        or preceding_organisation
        or any(texts[k][:1].isupper() and lowers[k] in names for k in neighbours)
    )


def _add_age_descriptors(raw: str, offset: int, rules: Rules, items: list[Item], line: Line) -> None:
    """ "the 31-year-old", "der 26-Jährige", "de 27-jarige": after an article, the one named last."""
    assert rules.age_pattern is not None
    for match in rules.age_pattern.finditer(raw):
        tokens = _token_range(line, match.start(), match.end())
        if tokens is None or tokens[0] == 0 or line.lowers[tokens[0] - 1] not in rules.determiners:
            continue
        items[:] = [it for it in items if not (tokens[0] <= it.i < tokens[1])]
        items.append(
            Item("PRONOUN", offset + match.start(), offset + match.end(), *tokens, None, match.group(0))
        )


_LEAD_LENGTH = 150  # characters: the first line this long is the lead paragraph


def _opens_an_edition(rest: str, rules: Rules) -> bool:
    """ "49. ADAC Rallye Vogelsberg – Gesamtwertung", "1° Raggruppamento: vittoria per …": the number
    before an event's name is its edition, before a category's word the category's number; no row's
    place (a row names a person first)."""
    words = [word.strip(".,:;()").lower() for word in rest.split()[:2]]
    return any(word in rules.event_words for word in words) or (
        bool(words) and words[0] in rules.category_words
    )


# How a line of running text ends (a heading or a row ends otherwise), with or without a closing quote
SENTENCE_ENDS = (".", "!", "?")
QUOTED_SENTENCE_ENDS = (*SENTENCE_ENDS, "”", '"', "»")
# A sentence's end inside a line: its mark, then the next sentence's capital (or its opening quote)
SENTENCE_BREAK = re.compile(r"[.!?][\"”»’]?\s+[\"“«]?[^\W\d_]")
_NOTE_WORDS = 25  # words: a row, even with a remark, is shorter


_TITLE_WORDS = 3  # lower-case words that are no particle, article or joining word
_FIGURE = re.compile(r"[+±]?\d")  # a word opening on a figure: a time, a gap, a count
_TOPIC_LABEL = re.compile(r"\s*[^\W\d_]+\s?:\s")  # "Mercato: …", one word and a colon


def _is_a_note(rest: str, rules: Rules, over_paragraph: bool = False) -> bool:
    """ "7. The Challenger class went to Argentina's Mateo Quiroga Laínez … They finished 6m 12s
    ahead …": a numbered paragraph of several sentences is a notebook's note or a list of talking
    points, its number no place (a results row is a line of names, a car and a time); so is a
    note's title, a clause with no figure ("4. Kroesbergen verloor de rally niet, hij won hem
    gewoon niet")."""
    # (a break after three words or more: "S. Ogier" is an initial's point)
    if len(rest.split()) >= _NOTE_WORDS and any(
        rest[: m.start()].count(" ") >= 3 for m in SENTENCE_BREAK.finditer(rest)
    ):
        return True
    words = [w.strip(".,;:!?\"'“”«»()") for w in rest.split()]
    if any(_FIGURE.match(w) and not _YEAR.fullmatch(w) for w in words):
        return False  # a time, a gap, a count: a row's (a year or a model's "C3" is a title's)
    plain = [
        w
        for w in words
        if w.isalpha() and w.islower() and not rules.is_particle(w) and w not in rules.stop_words
    ]
    # ("4. Mercato: Nyberg e Bjørnstad firmano per il 2027": a topic's label, then a clause; "5. El
    # Ghazouani is klaar voor het grote werk" right over its paragraph)
    labelled = _TOPIC_LABEL.match(rest) is not None and bool(plain)
    return len(plain) >= (_TITLE_WORDS - 1 if over_paragraph else _TITLE_WORDS) or labelled


def _heads_a_stage_column(cells: list[str], rules: Rules) -> bool:
    """ "WP   Prüfung   Fahrer   Zeit", "SS | Stage | Winner": a table header of three cells or
    more, none a figure ("Rang Rally4" is a word), whose first column holds the stage's number."""
    return (
        len(cells) >= 3
        and not any(cell[:1].isdigit() for cell in cells)
        and cells[0].lower().rstrip(".") in rules.stage_markers
    )


def _place_cell(cells: list[str], rules: Rules) -> int | None:
    """Which cell of a stage table's header heads its places: "Pos.", "Rang Rally4" (a place
    word, then maybe the class the places are in)."""
    for k, cell in enumerate(cells):
        first = cell.lower().split()[0] if cell.strip() else ""
        if rules.table_column_of.get(first, rules.table_column_of.get(first.rstrip("."))) in (
            "position",
            "stage_position",
        ):
            return k
    return None


def _demonym_as_first_name(line: Line, demonym: Item, s: int, e: int, rules: Rules) -> bool:
    """ "ik ben Noor Kamphuis": where a demonym describes someone only after an article (the
    caller checks `demonym_first_names`), one that opens a name of two words inside a sentence,
    after a word in lower case that is no article, is the first name."""
    return (
        demonym.i == s > 0
        and e - demonym.j == 1
        and not line.sentence_starts[s]
        and line.texts[s - 1][:1].islower()
        and line.lowers[s - 1] not in rules.determiners
    )


def _number_as_place(items: list[Item], raw: str, start: int, cell: int) -> None:
    """ "| 1 | Bladel 1 | 9,8 | 16 | 6:02.1 |" under "| KP | Proef | Km | Pos. | Tijd |": the bare
    number alone in the place column is the row's place on its stage."""
    spans = cell_spans(raw)
    if cell >= len(spans):
        return
    left, right = spans[cell]
    inside = [it for it in items if left <= it.start - start < right]
    if (
        len(inside) == 1
        and inside[0].kind == "NUMBER"
        and (inside[0].start - start, inside[0].end - start) == (left, right)
    ):
        inside[0].kind = "POS"


def is_calendar_row(line: Line) -> bool:
    """ "Round 2 – 28–29 March – Galtee Mountains Rally – Mitchelstown": a line of dates and
    places, no sentence, no time, no stage, no place."""
    if line.raw.rstrip().endswith(SENTENCE_ENDS) and len(line.texts) > 6:
        return False  # a sentence
    kinds = {it.kind for it in line.all_items()}
    return "DATE" in kinds and not kinds & {"DURATION", "STAGE", "STAGE_NO", "POS", "WIN"}


def is_season_launch(lines: list[Line]) -> bool:
    """A championship's season launch: a calendar of five rounds or more (a preview's itinerary or
    a team's programme lists fewer), and no time anywhere (a report's days come with the times of
    its results)."""
    if any(it.kind == "DURATION" for line in lines for it in line.all_items()):
        return False
    return sum(is_calendar_row(line) for line in lines) >= 5


def lead_index(lines: list[Line]) -> int | None:
    """Index of the lead paragraph: the first of the opening lines long enough to be prose."""
    return next((k for k, line in enumerate(lines[:6]) if len(line.raw) >= _LEAD_LENGTH), None)


def _token_at(line: Line, char: int) -> int:
    """The token whose text or trailing space holds character `char` of the line, or -1."""
    k = bisect_right(line.starts, char) - 1
    if k < 0 or char >= line.starts[k] + len(line.texts[k]) + line.spaced[k]:
        return -1
    return k


def _token_range(line: Line, start: int, end: int) -> tuple[int, int] | None:
    """The tokens a character span touches: `Doc.char_span(start, end, alignment_mode="expand")`
    computed on the line's token lists."""
    first = _token_at(line, start)
    if first < 0:
        return None
    last = _token_at(line, end - 1)
    if last < 0:
        return None
    if start == line.starts[first] + len(line.texts[first]):
        first += 1  # the trailing space of a token is not part of it
    return first, last + 1


def _inside_hyphenated_name(texts: list[str], spaced: list[bool], i: int) -> bool:
    """Token i ends a capitalised hyphenated compound ("Pre-Proloog")."""
    return (
        i >= 2
        and texts[i - 1] in _HYPHENS
        and not spaced[i - 2]
        and not spaced[i - 1]
        and texts[i - 2][:1].isupper()
        and texts[i][:1].isupper()
    )


# A class code: capitals and digits, with a digit ("N2", "A7", "2WD", "NC3", "RC2N").
_CLASS_CODE = re.compile(r"(?=[A-Z0-9]*\d)[A-Z0-9]{2,5}")
_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]{2,}")


def _open_classes(line: Line, items: list[Item], used: set[int]) -> list[tuple[int, str]]:
    """Classes the language files do not list, named beside a class word: a code after or before
    it ("classe A7", "Klasse NC3", "the 2WD class", "2WD-Wertung", "categoria N"), or a capitalised word
    before it inside a sentence ("the Clubman class"). The label is the word as written."""
    texts, found = line.texts, []
    for marker in (it for it in items if it.kind == "CLASS_MARKER"):
        before = marker.i - 1
        if before > 0 and texts[before] in _HYPHENS:
            before -= 1  # "2WD-Wertung"
        for k in (marker.j, before):
            if not 0 <= k < len(texts) or k in used:
                continue
            word = texts[k]
            # ("categoria N", "Klasse F": one capital letter after the class word is a class)
            # (not a place as a timing screen writes it: "P1 cl. Rally2")
            code = PLACE_CODE.fullmatch(word) is None and (
                _CLASS_CODE.fullmatch(word) is not None
                or (k == marker.j and len(word) == 1 and word.isupper() and word.isalpha())
            )
            named = (
                k == before
                and _CAPITALISED_WORD.fullmatch(word) is not None
                and not line.sentence_starts[k]
                and (k == 0 or not texts[k - 1][:1].isupper() or line.sentence_starts[k - 1])
            )
            if code or named:
                found.append((k, word))
                break
    return found


# (a historic period is a letter from A to J, "J2", "G1"; "categoria N" is a class)
_CATEGORY_CODE = re.compile(r"\d{1,2}|[IVX]{1,4}|[A-J]\d?[A-Z]?\d?")
_DIGIT_ORDINAL = re.compile(r"\d{1,2}[°º]")


def _numbered_categories(line: Line, rules: Rules, used: set[int]) -> list[tuple[int, int]]:
    """Token spans of a category word and its number or period code ("Kategorie 1", "Categoría
    4", "Catégorie 2", "Period J2"), two of them joined by a slash ("Categoria 3 / Período I"),
    or an ordinal in digits before the word ("1° Raggruppamento")."""
    if not rules.category_words:
        return []
    texts, lowers, found = line.texts, line.lowers, []
    k = 0
    while k < len(texts):
        if lowers[k] not in rules.category_words or k in used:
            k += 1
            continue
        first = k
        if k >= 1 and _DIGIT_ORDINAL.fullmatch(texts[k - 1]):
            first = k - 1  # "1° Raggruppamento"
        elif k >= 2 and texts[k - 1] in ("°", "º") and texts[k - 2].isdigit():
            first = k - 2
        if first == k and not (k + 1 < len(texts) and _CATEGORY_CODE.fullmatch(texts[k + 1])):
            k += 1
            continue
        last = k + 1 if first < k else k + 2
        # "Kategorie 2 / Periode I": a period after a slash belongs to the label
        if (
            last + 2 < len(texts)
            and texts[last] == "/"
            and lowers[last + 1] in rules.period_words
            and _CATEGORY_CODE.fullmatch(texts[last + 2])
        ):
            last += 3
        if not used.intersection(range(first, last)):
            found.append((first, last))
        k = last
    return found


def _one_make_cups(line: Line, rules: Rules, used: set[int]) -> list[tuple[int, int]]:
    """One-make cups, each a class of its own named as written: a cup word with the make, the
    model and "Rally" before it and the make, the model or a region after it ("Peugeot 208 Rally
    Cup", "Copa Clio Rally5", "Clio Trophy Benelux"), a make or a model among them."""
    texts, lowers = line.texts, line.lowers

    def model(k: int) -> bool:
        return k not in used and (
            lowers[k] in rules.make_words
            or lowers[k] in rules.event_words  # "Rally" in "Peugeot 208 Rally Cup"
            or (
                texts[k].isalnum()
                and _has_digit(texts[k])
                and len(texts[k]) <= 6
                and not _YEAR.match(texts[k])  # (not "Copa Clio Rally5 2026")
            )
        )

    def prefix(k: int) -> bool:
        """ "GR Yaris Rally Cup": two capitals before the make name its sporting version."""
        return k not in used and len(texts[k]) == 2 and texts[k].isalpha() and texts[k].isupper()

    def shouted(k: int) -> bool:
        """ "CLASSIFICA TROFEO CORSA RALLY4": a heading in capitals names its cup in capitals."""
        return k not in used and texts[k].isalpha() and texts[k].isupper()

    found: list[tuple[int, int]] = []
    if rules.cup_words.isdisjoint(lowers):
        return found
    for k, lowered in enumerate(lowers):
        if lowered not in rules.cup_words or k in used or not texts[k][:1].isupper():
            continue
        capitals = texts[k].isupper()
        first, last = k, k + 1
        while first > 0 and model(first - 1):
            first -= 1
        if first > 0 and first < k and lowers[first] in rules.make_words and prefix(first - 1):
            first -= 1
        while last < len(texts) and (
            model(last)
            or (last not in used and (rules.is_name_word(texts[last]) or (capitals and shouted(last))))
        ):
            last += 1
        if any(lowers[j] in rules.make_words for j in range(first, last)):
            found.append((first, last))
    return found


def _items(
    doc: Doc, raw: str, offset: int, rules: Rules, published: date | None, line: Line, told_by_author: bool
) -> list[Item]:
    items: list[Item] = []
    occupied: set[int] = set()  # tokens inside durations and dates
    # The loops below read the line's token lists, not Token objects.
    texts, starts, spaced = line.texts, line.starts, line.spaced

    def add(kind: str, i: int, j: int, value: Any = None) -> Item:
        start = starts[i]
        end = starts[j - 1] + len(texts[j - 1])
        item = Item(kind, offset + start, offset + end, i, j, value, raw[start:end])
        items.append(item)
        return item

    def add_span(kind: str, found: DurationSpan | DateSpan, overlapping: bool = False) -> None:
        """A duration or date found in the raw line, as an item over the tokens it covers."""
        tokens = _token_range(line, found.start, found.end)
        if tokens and (overlapping or not occupied.intersection(range(*tokens))):
            text = raw[found.start : found.end]
            items.append(
                Item(kind, offset + found.start, offset + found.end, *tokens, value=found, text=text)
            )
            occupied.update(range(*tokens))

    has_digit = _has_digit(raw)  # durations and dates are written with digits
    for found in find_durations(raw, rules.language) if has_digit else ():
        add_span("DURATION", found, overlapping=True)
    spoken = decimal_word_spans(raw, rules.language)
    words = [(n.start, n.end, float(f"{n.value}.{n.fraction}") if n.fraction else n.value) for n in spoken]
    for found in find_worded_durations(raw, rules.language, words) if words or has_digit else ():
        # "tre ore, ventisette minuti e dieci secondi", "otto decimi"; "un'ora, 4 minuti e 51
        # secondi" holds the digits' "4 minuti e 51 secondi", which it replaces
        inside = [
            it
            for it in items
            if it.kind == "DURATION" and offset + found.start <= it.start and it.end <= offset + found.end
        ]
        for it in inside:
            items.remove(it)
            occupied.difference_update(range(it.i, it.j))
        add_span("DURATION", found)
    dates = find_dates(raw, rules.language, published) if has_digit else []
    if words:
        # ("du vendredi vingt au dimanche vingt-deux novembre": a script's dates, spoken)
        spelled = [(n.start, n.end, f"{n.value}{n.suffix}") for n in spoken if not n.fraction]
        dates += find_worded_dates(raw, rules.language, published, spelled)
    for found in dates:
        if line.table_position is not None and found.start <= line.table_number[0] < found.end:
            continue  # "5. Jan Šimánek": the row's place and a first name, read as 5 January
        add_span("DATE", found)

    strings = rules.nlp.vocab.strings
    cue_matches = sorted(
        ((strings[m], s, e) for m, s, e in rules.cues(doc)),
        # ("Schlussetappe" is a stage word and the final stage's: the final stage's, more precise)
        key=lambda x: (x[1], -(x[2] - x[1]), x[0] != "LAST_STAGE"),
    )
    # ("venceu a etapa final": the win's phrase ends on the stage word a last stage's phrase opens
    # with; the win ends before it, so that the last stage is read, and its number)
    last_stages = [(s, e) for label, s, e in cue_matches if label == "LAST_STAGE"]
    if last_stages:
        cue_matches = [
            (label, s, next((ls for ls, le in last_stages if s < ls < e < le), e))
            if label == "WIN"
            else (label, s, e)
            for label, s, e in cue_matches
        ]
    taken: set[int] = set()
    # A first-person win ("ganamos", "abbiamo vinto": `narrator_wins`) is matched as a win and as
    # its narrator: both mentions, the narrator first.
    narrated = {(s, e) for label, s, e in cue_matches if label == "NARRATOR"}
    won = {(s, e) for label, s, e in cue_matches if label == "WIN"}
    # ("oitava e última etapa do Campeonato": the stage word opens a longer round phrase)
    round_phrases = [(s, e) for label, s, e in cue_matches if label == "ROUND" and e - s > 1]
    for label, s, e in cue_matches:
        if taken.intersection(range(s, e)) or occupied.intersection(range(s, e)):
            continue
        if label == "LAST_STAGE" and any(s < rs < e < re for rs, re in round_phrases):
            continue
        if label == "NARRATOR" and (s, e) in won:
            continue  # added with its win below
        if label == "NARRATOR:singular" and not told_by_author:
            continue  # "I" outside a narrated release: an interview's answer, a stray quote
        if label == "WIN" and (s, e) in narrated:
            add("NARRATOR", s, e, None)
        kind, _, value = label.partition(":")
        if kind in ("STAGE_NO", "PROLOGUE") and _inside_hyphenated_name(texts, spaced, s):
            continue  # "de Dakar Pre-Proloog": an event named after a stage, no stage
        if (
            kind == "WIN"
            and not rules.nouns_capitalised  # (German capitalises every noun: "der Sieg")
            and e - s == 1
            and s >= 2
            and texts[s][:1].isupper()
            and line.lowers[s - 1] in rules.event_connectors
            and texts[s - 2][:1].isupper()
        ):
            continue  # "o piloto da Praia da Vitória": a win word closing a town's name
        taken.update(range(s, e))
        if kind == "SUBJECT_WIN":
            kind = "WIN"
            line.subject_wins.add(offset + starts[s])
        if kind == "GIVEN_TO" and e - s >= 2 and any(it.kind == "DURATION" and it.i == e for it in items):
            # ("led from the first stage and won by eleven minutes": a margin, no crew the win went
            # to, and no win of the stage named)
            taken.update(range(s, e))
            add("MARGIN", e - 1, e)
            continue
        if kind == "CREW_NOUN":
            value = rules.crew_noun_sizes.get(line.lowers[s] if e - s == 1 else "")  # "trio": 3 people
        if kind == "POSITION_NOUN" and not rules.podium_words.isdisjoint(line.lowers[s:e]):
            value = "podium"  # "la troisième marche du podium": a place in the event
        add(kind, s, e, value or None)
    for s, e in _split_wins(line, rules) if rules.split_wins else ():
        if not (taken | occupied).intersection(range(s, e)):
            taken.update(range(s, e))
            add("WIN", s, e)

    # A class word right before a class marker ("ADAC Junior-Wertung") or right after a
    # championship or a marker ("CIAR Junior", "Troféu Júnior") names a class, whatever
    # capitalised word stands before it.
    marker_starts = {it.i for it in items if it.kind == "CLASS_MARKER"}
    champion_ends = {it.j for it in items if it.kind in ("CHAMP", "CLASS_MARKER")}  # "Troféu Júnior"
    # ("2° WRC2", "2nd Rally4": a place in digits, then its class)
    numbered_place = _ordinal_regex(str(rules.lexicon.data["ordinal_suffix"]))
    # (a class inside a vehicle's name, "sur une Renault Clio Rally4", is the vehicle's: kept aside
    # for "sa classe", not read as a class of the sentence)
    in_vehicles = [
        it
        for it in items
        if it.kind == "CLASS"
        and _part_of_vehicle(doc, it.i)
        and not (
            (it.i > 0 and numbered_place.fullmatch(texts[it.i - 1]) is not None)
            or it.j in marker_starts
            or (it.j + 1 in marker_starts and texts[it.j] in _HYPHENS)
            or it.i in champion_ends
            or _ends_a_championship_name(line, it.i, rules)
        )
    ]
    if in_vehicles:
        removed = {id(it) for it in in_vehicles}
        items[:] = [it for it in items if id(it) not in removed]
    line.vehicle_classes = [str(it.value) for it in in_vehicles]
    aliases = _bracketed_class_codes(items, texts)
    if aliases:
        items[:] = [it for it in items if id(it) not in aliases]
    # (a class or a class word inside the cup's name is the cup's: "Clio Rally5 Trophy", "208 Rally Cup")
    class_tokens = {i for label, s, e in cue_matches if label.startswith("CLASS") for i in range(s, e)}
    for first, last in _one_make_cups(line, rules, (taken | occupied) - class_tokens):
        items[:] = [it for it in items if not (it.kind.startswith("CLASS") and first <= it.i < last)]
        taken.update(range(first, last))
        add("CLASS", first, last, Cup(raw[starts[first] : starts[last - 1] + len(texts[last - 1])]))
    loose = {i for it in items if it.kind in ("CLASS_MARKER", "NUMBER") for i in range(it.i, it.j)}
    for first, last in _numbered_categories(line, rules, (taken | occupied) - loose):
        # ("Kategorie 2 / Periode I", "Category 3", "1° Raggruppamento": a historic rally's
        # categories and periods, named as written)
        items[:] = [it for it in items if not first <= it.i < last]
        taken.update(range(first, last))
        add("CLASS", first, last, Category(raw[starts[first] : starts[last - 1] + len(texts[last - 1])]))
    for k, label in _open_classes(line, items, taken | occupied):
        taken.add(k)
        add("CLASS", k, k + 1, label)
    for s, e in rules.name_spans(doc, texts, spaced):
        if line.cells:
            e = _within_cell(line, s, e)  # "Duarte Sá Meneses<TAB>Hugo Castanheira": two cells, two names
        matched_from = s
        if (
            e - s >= 3
            and s > 0
            and line.lowers[s - 1] in rules.determiners
            and not rules.articles_before_first_names
            and not (s > 1 and texts[s - 2] == "/")  # ("P1 o/a ARMSTRONG-HYDE Callum": no article)
        ):
            # "der Lokalmatador Gábor Szentpéteri", "le Varois Théo Marchetti": an article announces a
            # noun first; not where an article may stand before a first name ("o Pedro Vaz-Taborda",
            # "a Inês Sarmento Góis")
            s += 1
        elif e - s >= 3 and s >= 2 and texts[s - 1] in _HYPHENS and not spaced[s - 2] and not spaced[s - 1]:
            s += 1  # "O-Ton Leopold Aichinger": the second half of a hyphenated word is no first name
        elif e - s >= 3 and line.lowers[s].endswith(rules.descriptor_endings):
            s += 1  # "Klassementsleider Rafael Tavares Lacerda": a title, then the name
        elif e - s == 2 and _noun_before_surname_pair(line, s, e, rules):
            # "den Tagessiegern Lindqvist/Marchal": a noun after its article, then two surnames,
            # each a word of its own
            taken.add(s)
            continue
        elif (
            e - s >= 4
            and s > 0
            and (_MODEL_CODE.fullmatch(texts[s - 1]) or line.lowers[s - 1] in rules.vehicle_and_event_words)
            and rules.is_particle(line.lowers[s + 1])
        ):
            # "Taurus T3 Max de Inês Carvalhal", "le Tatra Phoenix de Radek Šťastný": the model's
            # name, then "of" and the owner
            s += 2
        # "Frenchman Théo Marchetti", "der Schwede Oskar Lindqvist", "le Haut-Savoyard Baptiste
        # Ravanel": the demonym and what stands before it describe the person who follows.
        leading = next((it for it in items if it.kind == "DEMONYM" and s <= it.i < s + 3 and it.j < e), None)
        if leading is not None and line.lowers[leading.i] in rules.demonym_first_names:
            if _demonym_as_first_name(line, leading, s, e, rules):
                leading = None  # "ik ben Noor Kamphuis": no article, so a first name
            elif leading.i == s and not rules.opens_name(texts[leading.j]):
                continue  # ("Nederlanders De Boer/Spijkerman": the demonym, then no first name)
        if leading is not None:
            s = leading.j
            if e - s < 2 and e < len(texts) and spaced[e - 1] and rules.is_name_word(texts[e]):
                e += 1  # the surname the matcher left outside the descriptor's span
            if e - s < 2:
                continue
        if (
            s > matched_from
            and not rules.is_particle(line.lowers[matched_from])
            and e < len(texts)
            and spaced[e - 1]
            and rules.is_name_word(texts[e])
        ):
            e += 1  # "le Québécois Marc-Antoine Ruel": the word dropped in front leaves room for the surname
        if texts[s] in _HYPHENS:
            continue  # "de Can-Am Maverick": a hyphenated word after an article, not a name
        particle = next((k for k in range(s + 2, e - 1) if rules.is_particle(line.lowers[k])), None)
        if particle is not None and _runs_into_organisation(line, e, rules):
            e = particle  # "Mathieu Lebreton van Nomad Gulf Racing": the person, then "of" their team
        if e - s > 2 and rules.nouns_capitalised and _compound(texts[e - 1], rules) is not None:
            e -= 1  # "Jöns Åkesson Gesamtsechster": the place told in one word after the name
        if line.lowers[s] in rules.geographic_words:
            continue  # "Monte Lerno", "Valle del Serchio", "Quinta do Ermo": a place
        # A capitalised pronoun or demonym inside a name is part of it ("Marloes ter Haar",
        # "Marco Romano"), not a word of its own.
        soft = {
            i
            for it in items
            if (it.kind in ("POSSESSIVE", "PRONOUN") and it.i > s)
            or (it.kind == "DEMONYM" and s <= it.i < e)
            # ("e Vitória Schmitt": a win word that is a first name too, opening the name)
            or (it.kind == "WIN" and it.i == s and it.j == s + 1 and line.lowers[s] in rules.stop_first_names)
            for i in range(it.i, it.j)
        }
        if (
            occupied.intersection(range(s, e))
            or (taken - soft).intersection(range(s, e))
            or _next_to_organisation(line, s, e, rules)
            or _names_a_place(line.lowers[e - 1], rules)
            or quoted_title(texts, s, e)
            or _stage_title(texts, s, rules)
        ):
            continue
        items[:] = [
            it
            for it in items
            if not (it.kind in ("POSSESSIVE", "PRONOUN", "DEMONYM", "WIN") and s <= it.i < e)
        ]
        add("NAME", s, e, raw[starts[s] : starts[e - 1] + len(texts[e - 1])])
    skip = occupied | taken | {i for it in items if it.kind == "NAME" for i in range(it.i, it.j)}
    headline_in_capitals = raw.isupper()  # (its words in capitals are no surnames)
    for i, text in enumerate(texts):
        if i in skip:
            continue
        compound = _compound(text, rules)
        if compound is not None:
            kind, value = compound
            if kind == "PLACE":  # "Gesamtdritte": the overall word and the place in one
                add("OVERALL", i, i + 1)
                add("POS", i, i + 1, value)
            elif kind == "STAGE_PLACE":  # "Etappenzweiter", "drittschnellste": a place on the stage
                add("POS", i, i + 1, value)
                add("STAGE", i, i + 1)
            elif kind == "CLASS_PLACE":  # "Klassendritte": a place in the class in view
                add("POS", i, i + 1, value)
            else:  # "Auftaktetappe" (stage one), "Etappensieg" (a win)
                add(kind, i, i + 1, value)
            continue
        kind = _PUNCTUATION_KINDS.get(text)
        if kind == "DASH" and not (spaced[i] and i > 0 and spaced[i - 1]):
            kind = None
        if kind is not None:
            add(kind, i, i + 1)
        elif text.startswith("@") and len(text) > 3:
            add("HANDLE", i, i + 1, text)  # "pour @jonas.abplanalp & @lenny_td": a social post's names
        elif rules.is_name_word(text) or (
            # ("OLLIER / BRUN" in a results table: surnames in capitals, not an all-capitals headline)
            not headline_in_capitals and is_capital_surname(text) and text.lower() not in rules.not_name_words
        ):
            add("WORD", i, i + 1, text)
        elif text.isdecimal() and len(text) <= 3:
            add("NUMBER", i, i + 1, int(text))
        elif i + 1 == len(texts) and text[-1:] == "." and text[:-1].isdecimal() and len(text) <= 4:
            # ("Gesamtrang 34." closing the line: the number and the full stop, one token to a
            # tokenizer that reads "34." as an ordinal)
            number = add("NUMBER", i, i + 1, int(text[:-1]))
            number.end -= 1
            number.text = number.text[:-1]
        elif len(text) == 4 and _YEAR.match(text):
            add("YEAR", i, i + 1, int(text))

    _add_numbers(raw, offset, rules, items, occupied | taken, line)
    _add_stage_abbreviations(raw, offset, rules, items, occupied, line)
    if rules.age_pattern is not None:
        _add_age_descriptors(raw, offset, rules, items, line)
    for token in _crew_cell_breaks(line) if line.cells else ():
        add("SLASH", token, token + 1)  # the driver's and the co-driver's cells: "A / B"
    items.sort(key=lambda it: (it.i, -it.j))
    items = _without_entry_ordinals(_resolve_numbers(items, doc, rules, line), line)
    _number_stages_after_wins(items, rules)
    items = _read_demonyms(items, rules, line)
    _mark_standings_of_a_class(items, rules, line)
    items = _mark_relatives(items, rules, line, offset, raw)
    _mark_stage_wins(items, rules, line)
    _mark_podium_places(items, rules, line)
    if line.table_label_end is not None and not any(
        it.kind in ("CLASS", "OVERALL") and it.end <= offset + line.table_label_end for it in items
    ):
        line.table_position = None  # "Sonntag: 5. Etappe …": no class before the place
    if (
        line.table_position is not None
        and any(it.kind == "DATE" for it in items)
        and not any(it.kind == "DURATION" for it in items)
    ):
        line.table_position = None  # "4. Rallye Vega de Granada – 16 de mayo – Santa Fe": a calendar's round
    if (
        line.table_position is not None
        and line.cells is None
        and not any(it.kind in ("NAME", "WORD") for it in items)
        and sum(it.kind == "POS" for it in items) > 1
    ):
        # "P2 in #WRC2 and P9 overall! 🥈🎉": places that name no one, a sentence about the crew
        # told before, no numbered row
        line.table_position = None
    if line.cells:
        items = _without_cell_classes(items, line, offset)
    # "runs October 16–17, not October 9–10", "52:38,4 Min. (nicht 53:28,4 Min.)": a correction's
    # withdrawn value is no value; so are a postponed event's old dates ("originally scheduled for
    # 12–14 June, will now run from 19 to 21 June": the first value after the cue only)
    kept: list[Item] = []
    value_end = 0
    for it in items:
        if it.kind in ("DATE", "DURATION"):
            # ("Entries close on Friday 3 July", "NENNUNGEN AB 1. JULI": a deadline, no event's date)
            withdrawn = rules.withdrawn.search(raw, value_end, it.start - offset) or (
                it.kind == "DATE"
                and (
                    rules.deadline.search(raw, value_end, it.start - offset)
                    # (a press conference's day: "Pressekonferenz „Mission Dakar 2027“ am 26. November")
                    or (not it.value.is_range and rules.media_event.search(raw, value_end, it.start - offset))
                )
            )
            value_end = it.end - offset
            if withdrawn:
                continue
        kept.append(it)
    items = kept
    if line.table_position is not None:
        first, last = line.table_number
        items.insert(
            0, Item("POS", offset + first, offset + last, 0, 0, line.table_position, raw[first:last])
        )
    return items


def _beside_a_title_noun(item: Item, line: Line, rules: Rules) -> bool:
    """A title before the class ("il titolo Junior", "den Titel in der 2WD-Wertung") or right after
    it ("the Junior title", "den 2WD-Titel", "wird Junior-Meister")."""
    lowers = line.lowers
    if not rules.title_nouns.isdisjoint(lowers[max(0, item.i - 3) : item.i]):
        return True
    after = lowers[item.j] if item.j < len(lowers) else ""
    if after in _HYPHENS and item.j + 1 < len(lowers):
        after = lowers[item.j + 1]
    last = item.text.lower().rsplit("-", 1)[-1]
    return any(word in rules.title_nouns or word in rules.title_words for word in (after, last))


# The words of a name written in a cell ("Noor El Amrani", "Federico Dall'Ò") with a nationality
# in brackets after it, perhaps.
_NAME_CELL = re.compile(r"[^\W\d_][^\W\d_'’.-]*(?:[ '’-][^\W\d_][^\W\d_'’.-]*){1,4}(?=\s*(?:\(|$))")


def _cell_as_name(line: Line, column: int) -> Item | None:
    """The co-driver's cell of a row's second line as a name, when the Matcher read none there
    ("Noor El Amrani": "Noor" is also a demonym): a table's crew column holds a person."""
    cells = split_cells(line.raw)
    if not cells:
        return None
    found = _NAME_CELL.match(cells[0])
    if found is None or not found.group()[:1].isupper():
        return None
    first = bisect_left(line.starts, column)
    end = column + found.end()
    last = first
    while last < len(line.starts) and line.starts[last] < end:
        last += 1
    if first >= len(line.starts) or line.starts[first] != column:
        return None
    text = line.raw[column:end]
    return Item("NAME", line.start + column, line.start + end, first, last, text, text)


def _has_digit(raw: str) -> bool:
    return any(map(str.isdigit, raw))


def _second_line_column(raw: str, above: Line) -> int | None:
    """A row of a table written over two lines (a PDF's classification): the second line starts
    with a capitalised name right under the crew cell of the row above ("Rhodri PRYCE-EVANS (GBR)"
    over "Cerys LLEWELYN (GBR)"); with no header, under a cell of a row of three cells or more
    that is not its first, and the second line holds no figure. The column, or None."""
    indent = len(raw) - len(raw.lstrip())
    if not raw[indent : indent + 1].isupper():
        return None
    if above.cells is not None:
        crew_cell = next((c for c in above.cells if c.role in ("crew", "driver")), None)
        return indent if crew_cell is not None and abs(indent - crew_cell.start) <= 1 else None
    if indent == 0 or _has_digit(raw):
        return None
    starts = cell_starts(above.raw)
    return indent if len(starts) >= 3 and indent in starts[1:] else None


def _noun_before_surname_pair(line: Line, s: int, e: int, rules: Rules) -> bool:
    """Tokens s..e ("Champions Kranzberger") stand before a slash and one surname, and an article
    (and perhaps an adjective) stands before them: "die neuen Champions Kranzberger/Hellwig". A
    crew written as two surnames is no first name and surname: the first word is a noun."""
    texts, lowers = line.texts, line.lowers
    pair = (
        e + 1 < len(texts)
        and texts[e] == "/"
        and rules.is_name_word(texts[e + 1])
        and (e + 2 == len(texts) or not rules.is_name_word(texts[e + 2]))
    )
    if not pair or s == 0:
        return False
    before = s - 1
    if texts[before].islower() and before > 0 and lowers[before] not in rules.determiners:
        before -= 1  # "die neuen Champions": an adjective between
    return lowers[before] in rules.determiners


def _within_cell(line: Line, s: int, e: int) -> int:
    """The end of tokens s..e cut at the end of the table cell token s is in."""
    assert line.cells is not None
    start = line.starts[s]
    cell = next((c for c in line.cells if c.start <= start < c.end), None)
    if cell is None:
        return e
    while e > s + 1 and line.starts[e - 1] >= cell.end:
        e -= 1
    return e


def _crew_cell_breaks(line: Line) -> list[int]:
    """The tokens (the pipe, tab or spaces) between a driver's cell and the co-driver's cell after it."""
    assert line.cells is not None
    breaks = []
    for cell, following in zip(line.cells, line.cells[1:], strict=False):
        if cell.role == "driver" and following.role == "co-driver":
            between = range(cell.end, following.start)
            token = next((t for t, start in enumerate(line.starts) if start in between), None)
            if token is not None:
                breaks.append(token)
    return breaks


def _without_cell_classes(items: list[Item], line: Line, offset: int) -> list[Item]:
    """The place in a table with a class column is the table's (overall, or the class of its
    heading): the class, car and team cells name no class of the place."""
    assert line.cells is not None
    no_class = [
        (offset + c.start, offset + c.end)
        for c in line.cells
        if c.role in ("class", "class_position", "vehicle", "team")
    ]
    class_cells = [(offset + c.start, offset + c.end) for c in line.cells if c.role in CLASS_ROLES]
    line.row_class = next(
        (str(it.value) for it in items if it.kind == "CLASS" and _in_ranges(it.start, it.end, class_cells)),
        None,
    )
    # (the place in the class cell, "Rally3 1.", is the class's: the row's place is its own cell's)
    return [
        it
        for it in items
        if not (
            (
                it.kind in ("CLASS", "CLASS_MARKER", "OVERALL", "CHAMP")
                and _in_ranges(it.start, it.end, no_class)
            )
            or (it.kind == "POS" and _in_ranges(it.start, it.end, class_cells))
        )
    ]


def _mark_standings_of_a_class(items: list[Item], rules: Rules, line: Line) -> None:
    """ "het eindklassement van de Rally2-klasse", "the final classification of the Rally2
    class": the standings word belongs to the class named after it, not to the overall."""
    for k, item in enumerate(items[:-1]):
        if item.kind != "OVERALL":
            continue
        following = items[k + 1]
        if following.kind == "CLASS_MARKER" and (k + 2 >= len(items) or items[k + 2].kind != "CLASS"):
            # "cinquième du classement final de la catégorie": of the class in view
            between = line.lowers[item.j : following.i]
            if between and between[0] in rules.genitives and following.i - item.j <= 2:
                item.value = "of-class"
            continue
        if following.kind == "CLASS_MARKER":
            following = items[k + 2]
        if following.kind != "CLASS":
            continue
        between = " ".join(line.lowers[item.j : items[k + 1].i])
        # "A vitória geral nas motos", "au classement général camions": the overall of one
        # category is that category's
        if not between or between in rules.genitives or between in rules.place_prepositions:
            item.value = "of-class"


def _mark_relatives(items: list[Item], rules: Rules, line: Line, offset: int, raw: str) -> list[Item]:
    """ "…, who", "…, qui", "…, die": after a name and a comma, a relative pronoun makes that
    crew the subject of the clause that follows."""
    if not rules.relative_pronouns:
        return items
    out: list[Item] = []
    for k, item in enumerate(items):
        out.append(item)
        following = items[k + 1] if k + 1 < len(items) else None
        if item.kind not in ("NAME", "WORD", "CLOSE") or following is None or following.kind != "COMMA":
            continue
        at = following.j
        if at < len(line.lowers) and line.lowers[at] in rules.relative_pronouns:
            start, end = line.starts[at], line.starts[at] + len(line.texts[at])
            out.append(Item("RELATIVE", offset + start, offset + end, at, at + 1, None, raw[start:end]))
    out.sort(key=lambda it: it.i)
    return out


def _read_demonyms(items: list[Item], rules: Rules, line: Line) -> list[Item]:
    """A demonym before a name describes that person ("the Swede Oskar Lindqvist", "his French
    co-driver"); after an article with no name following it stands for one ("the Irishman",
    "il francese", "der Sachse") and becomes a DESCRIPTOR. Any other is just an adjective."""
    kept: list[Item] = []
    taken: set[int] = set()  # a surname a demonym took as its first name
    for k, item in enumerate(items):
        if (
            item.kind == "WORD"
            and rules.demonym_suffixes
            and item.text.lower().endswith(rules.demonym_suffixes)
            and item.i > 0
            and line.lowers[item.i - 1] in rules.determiners
        ):
            after = items[k + 1] if k + 1 < len(items) and items[k + 1].i == item.j else None
            if after is None or after.kind not in ("NAME", "WORD"):
                # "le Varois de 27 ans", "le Savoyard": a demonym the place list does not hold
                kept.append(Item("DESCRIPTOR", item.start, item.end, item.i, item.j, None, item.text))
                continue
            if after.kind == "NAME":
                continue  # ("associé au Lozérien Sylvain Mazoyer": the demonym describes the name after it)
        if id(item) in taken:
            continue
        if item.kind != "DEMONYM":
            kept.append(item)
            continue
        if item.text[:1].isupper() and kept and kept[-1].kind == "NAME" and kept[-1].j == item.i:
            # "Yeray Cabrera Alemán": a capitalised demonym run on from a name is its surname
            name = kept[-1]
            text = line.raw[name.start - line.start : item.end - line.start]
            kept[-1] = Item("NAME", name.start, item.end, name.i, item.j, text, text)
            continue
        after = items[k + 1] if k + 1 < len(items) else None
        if (
            item.text[:1].isupper()
            and kept
            and kept[-1].kind in ("CONJ", "SLASH")
            and kept[-1].j == item.i
            and after is not None
            and after.kind == "WORD"
            and after.i == item.j
            and (k + 2 >= len(items) or items[k + 2].i > after.j or items[k + 2].kind != "WORD")
        ):
            # "Ivo Van den Broeck / Noor Peeters": a demonym after "and" or a slash, with no article,
            # before a surname alone is a first name ("Noor": a Norwegian, and a name)
            text = line.raw[item.start - line.start : after.end - line.start]
            kept.append(Item("NAME", item.start, after.end, item.i, after.j, text, text))
            taken.add(id(after))
            continue
        following = items[k + 1 : k + 3]
        if following and following[0].kind == "ROLE" and following[0].i <= item.j + 1:
            following = following[1:]
        if following and following[0].kind in ("NAME", "WORD") and following[0].i <= item.j + 1:
            kept.append(item)
        elif item.i > 0 and line.lowers[item.i - 1] in rules.determiners:
            item.kind = "DESCRIPTOR"
            kept.append(item)
    return kept


def _add_numbers(
    raw: str, offset: int, rules: Rules, items: list[Item], blocked: set[int], line: Line
) -> None:
    """Ordinals written in digits (2e, 13th, 3º, P2) and in words (via text2num)."""
    found: list[tuple[int, int, int, bool]] = []  # start, end, value, ordinal
    for match in _ordinal_regex(str(rules.lexicon.data["ordinal_suffix"])).finditer(raw):
        found.append((match.start(), match.end(), int(match.group("n")), True))
    for match in _P_POSITION.finditer(raw):
        found.append((match.start(), match.end(), int(match.group("n")), True))
    for span in number_word_spans(raw, rules.language):
        found.append(
            (
                span.start,
                span.end,
                span.value,
                bool(span.suffix.strip(" .,;:")) or span.suffix.startswith("."),
            )
        )
    for match in rules.ordinal_pattern.finditer(raw):
        value = rules.ordinal_words[match.group(0).lower()]
        before = raw[: match.start()].rstrip().rsplit(maxsplit=1)
        if (
            before
            and match.group(0).lower() in rules.unit_homographs
            and (_COUNT_BEFORE.search(before[-1]) or rules.nlp.vocab[before[-1]].like_num)
        ):
            continue  # "14,6 segundos", "tre secondi": after a number the word is a unit of time
        found.append((match.start(), match.end(), value, True))
    seen: set[int] = set()
    # (at one place an ordinal word beats the number text2num reads into it: "tercer mejor tiempo")
    for start, end, value, ordinal in sorted(found, key=lambda f: (f[0], -(f[1] - f[0]), not f[3])):
        tokens = _token_range(line, start, end)
        if tokens is None or blocked.intersection(range(*tokens)) or tokens[0] in seen:
            continue
        seen.update(range(*tokens))
        kind = "ORD" if ordinal else "CARD"
        if raw[start] == "P" and raw[start + 1 : start + 2].isdigit():
            kind = "POS"
        items.append(Item(kind, offset + start, offset + end, tokens[0], tokens[1], value, raw[start:end]))
    # Plain digits already added as NUMBER stay; word numbers become CARD.


@cache
def _abbreviation_regex(abbreviations: tuple[str, ...]) -> re.Pattern[str]:
    return compile_guarded(rf"(?<![\w])(?:{alternation(abbreviations)})\s?(?P<n>\d{{1,2}})(?![\w])")


def _add_stage_abbreviations(
    raw: str, offset: int, rules: Rules, items: list[Item], blocked: set[int], line: Line
) -> None:
    abbreviations = tuple(str(a) for a in rules.lexicon.data["stage_abbreviations"])
    if not abbreviations:
        return
    for match in _abbreviation_regex(abbreviations).finditer(raw):
        tokens = _token_range(line, match.start(), match.end())
        if tokens is None or blocked.intersection(range(*tokens)):
            continue
        # "ES 6", "KP 9": the cue word and the number inside the abbreviation are not items.
        items[:] = [
            it
            for it in items
            if not (it.kind in ("STAGE", "NUMBER", "CARD", "ORD") and tokens[0] <= it.i < tokens[1])
        ]
        items.append(
            Item(
                "STAGE_NO",
                offset + match.start(),
                offset + match.end(),
                *tokens,
                value=int(match.group("n")),
                text=match.group(0),
            )
        )


def _a_stage_after_all(word: Item, line: Line, rules: Rules) -> bool:
    """ "nella nona prova", "la terza e la settima prova": after an ordinal, a word that names a
    round or a stage (`stage_or_round_words`) is a stage where a sentence or clause ends on it or
    goes on with "and"; not with "of …" or any other word or figure after it ("la quinta prova del
    campionato", "la terza prova stagionale", a calendar's "1ª prova   14-15 marzo"), nor at the end
    of a heading ("Coppa Rally di 6^ Zona - quinta prova")."""
    if word.j - word.i != 1 or line.lowers[word.i] not in rules.stage_or_round_words:
        return False
    after = line.lowers[word.j] if word.j < len(line.lowers) else ""
    return after in (".", ",", ";") or after in rules.conjunctions


def _without_entry_ordinals(items: list[Item], line: Line) -> list[Item]:
    """ "Onze tweede truck", "our second car": an ordinal between a possessive and a vehicle's
    class word counts the team's entries, no place; so does one opening a sentence that names no
    one, no stage and no time ("Primer coche en pista.": the order on the road)."""
    dropped: set[int] = set()
    for k, it in enumerate(items[:-1]):
        if not (it.kind == "POS" and items[k + 1].kind == "CLASS" and items[k + 1].i == it.j):
            continue
        if k > 0 and items[k - 1].kind == "POSSESSIVE" and items[k - 1].j == it.i:
            dropped.add(k)
        elif line.table_position is None and not line.cells and line.sentence_starts[it.i]:
            end = next(
                (t for t in range(it.i + 1, len(line.sentence_starts)) if line.sentence_starts[t]), None
            )
            sentence = [other for other in items if other.i >= it.i and (end is None or other.i < end)]
            if not any(other.kind in _TOLD_OF_A_PLACE for other in sentence):
                dropped.add(k)
    return [it for k, it in enumerate(items) if k not in dropped]


# what a sentence opening on an ordinal and a vehicle's class needs to tell a place
_TOLD_OF_A_PLACE = frozenset({"NAME", "WORD", "HANDLE", "STAGE_NO", "STAGE", "DURATION", "OVERALL", "GAP"})


def _dotted_ordinal(item: Item, following: list[Item], line: Line) -> bool:
    """A number written with a full stop glued to it, then a lower-case word, then within two
    tokens a place noun, the overall or a class: an ordinal ("5. place", "17. in overall")."""
    texts = line.texts
    if not (
        item.j + 1 < len(texts)
        and texts[item.j] == "."
        and line.starts[item.j] == line.starts[item.j - 1] + len(texts[item.j - 1])
    ):
        return False
    if not texts[item.j + 1][:1].islower():
        return False
    return any(
        it.kind in ("POSITION_NOUN", "OVERALL", "CLASS", "CLASS_MARKER") and it.i - item.j <= 3
        for it in following
    )


def _resolve_numbers(items: list[Item], doc: Doc, rules: Rules, line: Line) -> list[Item]:
    """Decide what each number is: a stage number, a round, a finishing position, or nothing."""
    out: list[Item] = []
    by_start = {it.i: it for it in items}
    consumed: set[int] = set()
    for index, item in enumerate(items):
        if id(item) in consumed:
            continue
        if item.kind == "STAGE":
            number = _number_after(items, index)
            opening = out[-1] if out and out[-1].kind == "OPENING" and out[-1].j == item.i else None
            if opening is None and index + 1 < len(items):
                after = items[index + 1]
                opening = after if after.kind == "OPENING" and after.i == item.j else None
            if number is None and opening is not None:
                # "the opening stage", "l'étape inaugurale": stage one
                consumed.add(id(opening))
                if out and out[-1] is opening:
                    out.pop()
                out.append(_merge(line, "STAGE_NO", item, opening, 1))
                continue
            if number is not None:
                consumed.add(id(number))
                out.append(_merge(line, "STAGE_NO", item, number, number.value))
                extras = _listed_numbers(items, items.index(number) + 1)
                consumed.update(id(extra) for extra in extras)
                out.extend(_as_stages(extras))
                continue
            out.append(item)
            continue
        if item.kind == "STAGE_NO" and isinstance(item.value, int) and item.value > 0:
            # ("les ES 1, 4, 8 et 10", "SS 2, 5 and 9": the numbers listed after a stage's code are
            # stages too, where the list closes with "and"; not "SS3, 12 km")
            extras = _listed_numbers(items, index + 1)
            out.append(item)
            if all(extra.kind == "NUMBER" for extra in extras):  # (not "PS3 e una seconda tappa")
                consumed.update(id(extra) for extra in extras)
                out.extend(_as_stages(extras))
            continue
        if item.kind == "PROLOGUE":
            out.append(Item("STAGE_NO", item.start, item.end, item.i, item.j, 0, item.text))
            continue
        if item.kind == "LAST_STAGE":
            # "the final stage": numbered once the whole release is read (`_number_last_stages`)
            out.append(Item("STAGE_NO", item.start, item.end, item.i, item.j, LAST_STAGE, item.text))
            continue
        if item.kind == "SAME_STAGE":
            number = _number_after(items, index)
            if number is not None:
                # ("vainqueurs de cette étape 4": the stage's own number, told after it)
                consumed.add(id(number))
                out.append(_merge(line, "STAGE_NO", item, number, number.value))
                continue
            # "that same stage": numbered once the whole release is read (`_number_same_stages`)
            out.append(Item("STAGE_NO", item.start, item.end, item.i, item.j, SAME_STAGE, item.text))
            continue
        if item.kind == "ROUND":
            number = _number_after(items, index)
            if number is not None:
                consumed.add(id(number))
                out.append(_merge(line, "ROUND_NO", item, number, number.value))
                continue
            out.append(item)
            continue
        if (
            item.kind in ("CARD", "NUMBER")
            and index > 0
            and (items[index - 1].kind in ("POSITION_NOUN", "OVERALL") and items[index - 1].j == item.i)
        ):
            # "Rang drei", "Platz 2", "Gesamtrang sieben": the number after the noun is the place.
            out.append(Item("POS", item.start, item.end, item.i, item.j, item.value, item.text))
            continue
        if item.kind == "NUMBER" and _dotted_ordinal(item, items[index + 1 : index + 3], line):
            # "finished on the 5. place", "they were 17. in overall": a figure and a full stop
            # before what it ranks in
            out.append(Item("POS", item.start, item.end, item.i, item.j, item.value, item.text))
            continue
        if (
            item.kind == "ORD"
            and len(out) >= 2
            and out[-1].kind == "COMMA"
            and (out[-2].kind == "STAGE" or (out[-2].kind == "STAGE_NO" and out[-2].value == LAST_STAGE))
            and out[-1].i == out[-2].j
            and (
                item.i == out[-1].j
                or (item.i - out[-1].j == 1 and line.lowers[out[-1].j] in rules.determiners)
            )
        ):
            # "nell'ultima tappa, la quinta": the ordinal in apposition numbers the stage (not
            # "fourth on the stage, now fourth in Ultimate")
            out[-2] = _merge(line, "STAGE_NO", out[-2], item, item.value)
            continue
        if item.kind in ("ORD", "CARD", "NUMBER"):
            following = by_start.get(item.j)
            if following is None and item.j < len(doc) and not doc[item.j].is_stop and doc[item.j].is_alpha:
                following = by_start.get(item.j + 1)  # "the fifth timed stage", not "second on that stage"
            if item.kind == "ORD" and (
                following is None or following.kind not in ("STAGE", "PROLOGUE", "LAST_STAGE")
            ):
                # "de vijfde en laatste etappe", "the fifth and final stage"
                later = _stage_cue_after(items, index)
                if later is not None:
                    following = later
            counted = bool(out) and out[-1].kind == "POSSESSIVE" and out[-1].j == item.i
            if (
                following is not None
                and following.i < len(line.sentence_starts)
                and line.sentence_starts[following.i]
            ):
                following = None  # "were second. Stages 8, 9 and 10 …": the next sentence's stages
            if (
                item.kind == "ORD"
                and following is not None
                and following.kind in ("STAGE", "PROLOGUE", "LAST_STAGE")
                and not counted  # "to win his first BRC stage of the season": a count, no stage
                # (not "gana el primer tramo del día": the day's first, whatever its number)
                and not any(it.kind == "TODAY" and it.i == following.j for it in items)
            ):
                consumed.add(id(following))
                out.append(_merge(line, "STAGE_NO", item, following, item.value))
                # "des deuxième et quatrième étapes": the ordinals listed before are stages too
                _ordinals_before_to_stages(out)
                continue
            if item.kind == "ORD" and following is not None and following.kind == "ROUND":
                consumed.add(id(following))
                if _a_stage_after_all(following, line, rules):
                    out.append(_merge(line, "STAGE_NO", item, following, item.value))
                    _ordinals_before_to_stages(out)  # ("la terza e la settima prova")
                    continue
                out.append(_merge(line, "ROUND_NO", item, following, item.value))
                continue
            if item.kind == "ORD" and _is_position(item, doc, rules, by_start):
                out.append(Item("POS", item.start, item.end, item.i, item.j, item.value, item.text))
                continue
            out.append(item)
            continue
        out.append(item)
    out.sort(key=lambda it: (it.i, -it.j))
    return out


def _vehicle_of(words: list[str], rules: Rules) -> bool:
    """ "è andata al Tatra del ceco X": a make (and model) and "of" stand between a win and its crew."""
    return (
        len(words) >= 2
        and words[0] in rules.vehicle_and_event_words
        and words[-1] in rules.genitives
        and all(w in rules.vehicle_and_event_words or w[:1].isdigit() or w in rules.genitives for w in words)
    )


def _takes_a_class(items: list[Item], k: int, line: Line, rules: Rules) -> bool:
    """ "se llevaron la categoría Rally3", "took the SSV category": the class named right after a
    verb that takes something, an article between (not "took the Challenger lead": a standing)."""

    def next_to(before: Item, after: Item) -> bool:
        return after.i == before.j or (after.i == before.j + 1 and line.lowers[before.j] in rules.determiners)

    probe = k + 1
    marked = probe < len(items) and items[probe].kind == "CLASS_MARKER" and next_to(items[k], items[probe])
    if marked:
        probe += 1
    if probe >= len(items) or items[probe].kind != "CLASS" or not next_to(items[probe - 1], items[probe]):
        return False
    # (an article only before a class its marker names: not "took the 2WD lead on SS4")
    following = items[probe + 1] if probe + 1 < len(items) else None
    named = marked or (
        following is not None and following.kind == "CLASS_MARKER" and following.i == items[probe].j
    )
    if items[k + 1].i != items[k].j and not named:
        return False
    # (nor "takes 2WD class win": the win is the noun's; "se llevan la clase Rally3 y acaban
    # octavos": a place after "and" is the next clause's)
    for it in items[probe + 1 : probe + 3]:
        if it.kind in ("CONJ", "COMMA"):
            return True
        if it.kind in ("HOLDING", "POS", "POSITION_NOUN", "WIN"):
            return False
    return True


_SPLIT_WIN_REACH = 30  # tokens from a split win's verb to the words that close it, at most


def _split_wins(line: Line, rules: Rules) -> list[tuple[int, int]]:
    """ "entschied der Argentinier X die Etappe … für sich": the tokens of a win verb whose
    closing words come later in its sentence, before a semicolon."""
    found = []
    lowers, opens = line.lowers, line.sentence_starts
    for k, lowered in enumerate(lowers):
        for head, tail in rules.split_wins.get(lowered, ()):
            end = k + len(head)
            if tuple(lowers[k:end]) != head:
                continue
            for m in range(end, min(len(lowers) - len(tail) + 1, end + _SPLIT_WIN_REACH)):
                if opens[m] or lowers[m] == ";":
                    break
                if tuple(lowers[m : m + len(tail)]) == tail:
                    found.append((k, end))
                    break
    return found


def _mark_stage_wins(items: list[Item], rules: Rules, line: Line) -> None:
    """ "Etappezege", "won the stage", "stage win": a win that is about a stage says so (value "stage").

    Also marks stage numbers after "after" words ("leader after stage 3"), which name a standing,
    and an ordinal alone after one opening the sentence ("After the first loop"), a part of the event.
    """
    stage_words = rules.stage_words
    for index, item in enumerate(items):
        if item.kind == "STAGE_NO" and index > 0:
            back = index - 1
            # ("Positions after Leg 1 (SS8)": the leg, then its last stage in brackets)
            while back > 0 and items[back].kind in ("OPEN", "ROUND_NO") and item.i - items[back].i <= 4:
                back -= 1
            previous = items[back]
            if previous.kind == "AFTER" and (previous.j >= item.i - 1 or back < index - 1):
                item.kind = "STAGE_AFTER"
        elif (
            item.kind == "ORD"
            and index > 0
            and items[index - 1].kind == "AFTER"
            and item.i - items[index - 1].j <= 1
            and line.sentence_starts[items[index - 1].i]
        ):
            # "After the first loop they were on 8. place": a part of the event after which the
            # crews stand where they are, as after a stage
            item.kind = "PART_AFTER"
    for k, item in enumerate(items):
        if item.kind == "TOOK" and k + 1 < len(items) and items[k + 1].kind == "STAGE_NO":
            item.kind = "WIN"  # "se llevaron el TC4": a stage taken is a stage won (not "se llevó el susto")
        if item.kind == "TOOK" and _takes_a_class(items, k, line, rules):
            item.kind = "WIN"  # "se llevaron la categoría Rally3": the class taken is the class won
        if item.kind == "GIVEN_TO":
            # "la vittoria è così andata a Zanè e Lucà": the crew named next takes the win; not
            # so "è andata a sbattere"
            following = items[k + 1] if k + 1 < len(items) else None
            if (
                following is not None
                and following.kind in ("NAME", "WORD", "DEMONYM")
                and (following.i - item.j <= 1 or _vehicle_of(line.lowers[item.j : following.i], rules))
            ):
                clause_start = max((m + 1 for m in range(k) if items[m].kind in ("COMMA", "CONJ")), default=0)
                clause = items[clause_start:k]
                opening = next(t for t in range(item.i, -1, -1) if t == 0 or line.sentence_starts[t])
                placed = [noun for noun in clause if noun.i >= opening]
                if any(noun.kind == "POS" for noun in placed) and not any(
                    noun.kind == "WIN" for noun in placed
                ):
                    # "La troisième marche du podium revient à Sébille et Marchetti", "il terzo
                    # posto è andato a X": the place named before goes to them, no win
                    item.kind = "GIVEN_PLACE"
                    continue
                for noun in clause:
                    if noun.kind == "WIN":
                        noun.kind = "GIVEN_TO"  # "la vittoria … è andata a X": one win, X's
                item.kind = "WIN"
        if (
            item.kind == "WIN"
            and k + 2 < len(items)
            and items[k + 1].kind == "DURATION"
            and items[k + 1].i == item.j
            and items[k + 2].kind in ("NAME", "WORD", "DEMONYM")
            and items[k + 2].i - items[k + 1].j <= 2
        ):
            # "ganhou 6,1 s a Faria": seconds gained on someone, no win
            item.kind = "MARGIN"
        if item.kind == "WIN" and _gap_to_winner(items, k, line):
            item.kind, item.value = "GAP", "winner"
        if item.kind == "OVERALL" and item.value is None and item.text.lower() in rules.final_words:
            item.value = "final"  # "classifica finale": the final standings, not the overall
        if (
            item.kind == "WIN"
            and item.text.lower() in rules.title_words
            and k + 1 < len(items)
            and items[k + 1].kind == "NAME"
            and items[k + 1].i == item.j
        ):
            item.kind = "DESCRIPTOR"  # "Regerend Nederlands kampioen Remco Brouwer": a title held
        if item.kind == "CLASS" and _beside_a_title_noun(item, line, rules):
            item.kind = "TITLE"  # "il titolo Junior", "den 2WD-Titel": a season's title, no class
        elif (
            item.kind == "WIN"
            and item.text.lower() in rules.title_words
            and item.j < len(line.lowers)
            and line.lowers[item.j] in rules.genitives
        ):
            # "Le Goff et Quéré champions de France", "campioni del mondo": a season's title, no
            # win (not "zijn kampioen met een totaaltijd van 58 uur": the event's winners)
            item.kind = "TITLE"
        if item.kind == "MARGIN" and item.text.lower() in rules.ahead_cues:
            item.value = "ahead"  # "a remporté … devant A et B": A and B finished behind
        if item.kind == "GAP" and item.value is None and item.text.lower() in rules.behind_cues:
            item.value = "behind"  # "den dritten Platz hinter A und B": A and B finished ahead
        if item.kind == "POSITION_NOUN" and item.text.lower() in rules.time_nouns:
            item.value = "time"  # "il settimo tempo assoluto": a place by time, on a stage
            before = items[k - 1] if k > 0 else None
            if (
                before is not None
                and before.kind == "POSSESSIVE"
                and before.value != "narrator"
                and before.j == item.i
                and line.sentence_starts[before.i]
            ):
                # "Seine Zeit auf WP7 … war die schnellste": his, the one named last ("Notre chrono
                # final" is the narrator's)
                before.kind = "PRONOUN"
        if item.kind == "GAP" and any(word in rules.winner_words for word in item.text.lower().split()):
            item.value = "winner"  # "à 21 minutes du vainqueur, l'Australien X": X won
    # "la décima etapa, en la que fueron los más rápidos de la categoría": the best time is
    # set on a stage, whatever class is named beside it
    stages = [it for it in items if it.kind in ("STAGE", "STAGE_NO")]
    for index, item in enumerate(items):
        if item.kind == "WIN":
            lowered = item.text.lower()
            following = items[index + 1] if index + 1 < len(items) else None
            if (
                following is not None
                and following.kind == "CARD"
                and following.value == 1
                and index + 2 < len(items)
            ):
                following = items[index + 2]  # "a gagné une étape", "won a stage"
            if (
                _holds(lowered, stage_words)
                or _holds(lowered, rules.stage_win_words)
                or (following is not None and following.kind == "STAGE" and following.i <= item.j + 2)
                or (_holds(lowered, rules.best_time_words) and _numbered_stage_near(item, stages))
            ):
                item.value = "stage"
            elif item.value is None and _holds(lowered, rules.best_time_words):
                item.value = "best"  # "il miglior tempo di categoria in nove prove": times, no place
            elif (
                item.value is None
                and any(lowered.startswith(p) and len(lowered) > len(p) for p in rules.overall_prefixes)
                and not any(
                    it.kind in ("CLASS", "CLASS_MARKER") and item.j <= it.i <= item.j + 5
                    for it in items[index + 1 : index + 4]
                )
            ):
                # "Den Gesamtsieg holten X und Y": the win of the overall, unless a class follows
                # ("Den Gesamtsieg bei den Lkw holten …": the final win of that class)
                item.value = "overall"


def _mark_podium_places(items: list[Item], rules: Rules, line: Line) -> None:
    """ "cerró el podio … después de ganar el último tramo": a place told as a step of the podium
    is third overall, whatever stage the sentence names; not so before a penalty or a retirement
    told on a stage ("complète le podium, après une pénalité lors de la dixième étape"), which the
    stage reading leaves alone."""
    for k, item in enumerate(items):
        if item.kind == "POS" and not rules.podium_words.isdisjoint(line.lowers[item.i : item.j]):
            later = [it.kind for it in items[k + 1 :] if it.kind in ("POS", "PENALTY", "RETIRE")]
            item.podium = not later or later[0] == "POS"


def _holds(lowered: str, words: tuple[str, ...]) -> bool:
    """Whether a cue's lower-cased text holds one of `words` ("won the stage", "sixth fastest",
    "Etappenzege"); a word of three letters or fewer only as a word of its own ("ES" is no
    stage inside "est revenue à")."""
    return _holding_pattern(words).search(lowered) is not None


@cache
def _holding_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        "|".join(rf"(?<!\w){re.escape(w)}(?!\w)" if len(w) <= 3 else re.escape(w) for w in words if w)
        or r"(?!)"
    )


def _numbered_stage_near(item: Item, stages: list[Item]) -> bool:
    """The stage word nearest `item`, at most six tokens away, names one stage ("la décima
    etapa, en la que fueron los más rápidos"), not a count ("in nove prove speciali")."""
    if not stages:
        return False
    nearest = min(stages, key=lambda s: min(abs(s.i - item.j), abs(item.i - s.j)))
    if nearest.kind == "STAGE_NO" and min(abs(nearest.i - item.j), abs(item.i - nearest.j)) <= 6:
        return True
    # ("Sulla PS4 abbiamo fermato il cronometro su 8'31"5, miglior tempo di classe": the time, then
    # in apposition what it was, told of the one stage the clause opened with)
    before = [s for s in stages if s.j <= item.i]
    return bool(before) and before[-1].kind == "STAGE_NO" and item.i - before[-1].j <= 16


def _ordinals_before_to_stages(out: list[Item]) -> None:
    position = len(out) - 2
    while (
        position >= 1
        and out[position].kind in ("CONJ", "COMMA")
        and out[position - 1].kind in ("ORD", "POS")
        and out[position - 1].j == out[position].i
        # ("la quarta e la quinta tappa", "della prima e della seconda tappa": an article between)
        and 0 <= out[position + 1].i - out[position].j <= 1
    ):
        ordinal = out[position - 1]
        out[position - 1] = Item(
            "STAGE_NO", ordinal.start, ordinal.end, ordinal.i, ordinal.j, ordinal.value, ordinal.text
        )
        position -= 2


def _gap_to_winner(items: list[Item], k: int, line: Line) -> bool:
    """The win word at `k` names the winners a gap was measured against, who are named after it:
    "a 38"4 dai vincitori di categoria, il ceco X" (gap word, duration, win word) or "11.3s behind
    (the) (category) winner X" (duration, gap word, at most a class or standings word, win word);
    all in one sentence (not "… à 38''2. Auteurs du meilleur temps": the next sentence's win;
    nor "segundos a 18,4 segundos después de ganar el TC6": the subject's own win of a stage)."""
    if items[k].start in line.subject_wins:
        return False
    if k >= 2 and items[k - 1].kind == "DURATION" and items[k - 2].kind == "GAP":
        return not _sentence_opens(line, items[k - 1].j, items[k].i)
    j = k - 1
    while j >= 0 and items[j].kind in ("CLASS", "CLASS_MARKER", "OVERALL") and k - j <= 2:
        j -= 1
    return (
        j >= 1
        and items[j].kind == "GAP"
        and items[j - 1].kind == "DURATION"
        and items[k].i - items[j].j <= 3
        and not _sentence_opens(line, items[j - 1].i + 1, items[k].i)
    )


def _sentence_opens(line: Line, first: int, last: int) -> bool:
    """A sentence opens at one of the tokens first..last of the line."""
    return any(line.sentence_starts[t] for t in range(first, min(last + 1, len(line.sentence_starts))))


def _stage_cue_after(items: list[Item], index: int) -> Item | None:
    """A stage or round word at most three tokens on, past only "and" ("fifth and final stage",
    "the fifth and final round")."""
    ordinal = items[index]
    if index + 2 >= len(items):
        return None
    conjunction, following = items[index + 1], items[index + 2]
    if conjunction.kind != "CONJ" or conjunction.i != ordinal.j:
        return None
    if following.kind in ("STAGE", "PROLOGUE", "ROUND") and following.i == conjunction.j + 1:
        return following
    if following.kind == "LAST_STAGE" and following.i == conjunction.j:
        return following  # "de vijfde en laatste etappe": the ordinal numbers the last stage
    return None


def _listed_numbers(items: list[Item], start: int) -> list[Item]:
    """The rest of a list of numbers, "stages 2, 4 and 6"; a list closes with "and" ("stage three,
    312 timed kilometres" is none)."""
    found: list[Item] = []
    position = start
    closed = False
    while position + 1 < len(items) and items[position].kind in ("CONJ", "COMMA"):
        following = items[position + 1]
        if following.kind not in ("NUMBER", "CARD") or following.i != items[position].j:
            break
        found.append(following)
        closed = items[position].kind == "CONJ"
        position += 2
    return found if closed else []


def _as_stages(numbers: list[Item]) -> list[Item]:
    """Numbers listed after a stage ("SS 2, 5 and 9") as the stages they number."""
    return [Item("STAGE_NO", n.start, n.end, n.i, n.j, n.value, n.text) for n in numbers]


def _number_after(items: list[Item], index: int) -> Item | None:
    """`stage 13`, `SS 4`, `etappe 5`: a number right after the cue word."""
    if index + 1 < len(items):
        following = items[index + 1]
        if following.kind in ("NUMBER", "CARD") and following.i == items[index].j:
            return following
    return None


def _merge(line: Line, kind: str, a: Item, b: Item, value: Any) -> Item:
    """One item over two ("stage" and "1", "fourth" and "stage"), its text the line's between them."""
    first, last = (a, b) if a.start <= b.start else (b, a)
    text = line.raw[first.start - line.start : last.end - line.start]
    return Item(kind, first.start, last.end, min(a.i, b.i), max(a.j, b.j), value, text)


def _streak_after(doc: Doc, at: int, rules: Rules) -> bool:
    """A streak's words open the tokens from `at` on ("in Folge", "op rij", "consécutif")."""
    following = " ".join(token.lower_ for token in doc[at : at + 3])
    return any(following == w or following.startswith(w + " ") for w in rules.streak_words)


def _is_position(item: Item, doc: Doc, rules: Rules, by_start: dict[int, Item]) -> bool:
    """An ordinal is a finishing place unless a plain noun follows it ("his first Dakar")."""
    if item.j >= len(doc) or item.text.lower() in rules.place_nouns:
        return True
    if item.text.endswith(".") and item.text[:-1].isalpha():
        return True  # "Wendt wurde Zweiter.": the sentence ends with the place
    following = doc[item.j]
    cue = by_start.get(item.j)
    after = cue
    probe = item.j
    while probe < len(doc) and (
        (after is not None and after.kind in ("CLASS", "CLASS_MARKER", "CHAMP"))
        or doc[probe].text in _HYPHENS
    ):
        probe = after.j if after is not None and after.i == probe else probe + 1
        after = by_start.get(probe)
    if after is not None and after.kind == "WIN":
        if _holds(after.text.lower(), rules.best_time_words):
            after.kind = "TIME_RANK"  # "a career-best sixth fastest time": a place, no win
            return True
        # "their second (WRC2) class win of the year", "der erste DRM-Sieg seit zwei Jahren":
        # a count of wins; the win stands, the ordinal is no place. "La prima vittoria di tappa"
        # counts stage wins: which stage is told elsewhere.
        if after.value == "stage" or _holds(after.text.lower(), rules.stage_words):
            after.kind = "WIN_COUNT"
        else:
            after.value = "count"
        return False
    before = by_start.get(item.i - 1) if item.i > 0 else None
    if (
        before is not None
        and before.kind == "POSSESSIVE"
        and probe > item.j
        and after is None
        and probe < len(doc)
        and doc[probe].is_alpha
    ):
        return False  # "its first WRC2 podium": a count of something named by a class, not a place
    if not following.is_alpha:
        return True
    if following.lower_ in rules.counted_nouns:
        return False  # "per il quarto anno consecutivo", "his third season"
    if following.lower_ in rules.pass_words:
        return False  # "la segunda pasada por Los Yébenes": the second run of a stage
    if cue is not None and cue.kind == "CLASS" and _inside_a_vehicle(item, doc, rules, cue):
        cue.kind = "VEHICLE"  # "with navigator X in the second car": which car, not a class
        return False  # nor a place
    if cue is not None and cue.kind == "POSITION_NOUN" and _streak_after(doc, cue.j, rules):
        return False  # "der zweite Podestplatz in Folge", "his second podium in a row": a count
    if cue is not None and cue.kind in ("POSITION_NOUN", "CLASS", "OVERALL", "CLASS_MARKER", "CONJ", "WIN"):
        return True
    if (
        item.text[:1].isdigit()
        and item.i > 0
        and doc[item.i - 1].text == ";"
        and (named := by_start.get(item.j)) is not None
        and named.kind == "NAME"
    ):
        return True  # "… 2:38:52,6 Std.; 2. Rasmus Kõiv/Margus Ilves …": the next place of a list
    if rules.nouns_capitalised and following.text[0].islower():
        return True  # "die sie als Dritte beendeten": a verb follows, no noun
    if rules.nouns_capitalised and item.text[0].islower():
        return False  # "in den zweiten Tag", "zum dritten Mal": the noun it counts, a stop word or not
    if doc[item.i].is_sent_start and any(
        (named := by_start.get(k)) is not None and named.kind in ("NAME", "DEMONYM")
        for k in range(item.j + 1, item.j + 4)
    ):
        return True  # "Segundo terminó el boliviano X": a verb, then the one who finished there
    if (
        doc[item.i].is_sent_start
        and (named := by_start.get(item.j)) is not None
        and named.kind == "NAME"
        and any(it.kind in ("GAP", "DURATION") and it.i > named.j for it in by_start.values())
    ):
        # "Terzi Khalid Al-Hajri e Pierre-Yves Lafontaine (…), a 9'50"": the place, then its crew
        # and their gap (not "Secondo Marco Rossi, la gara …", "according to")
        return True
    return following.lower_ in rules.stop_words


def _inside_a_vehicle(item: Item, doc: Doc, rules: Rules, cue: Item) -> bool:
    """ "in the second car", "Das zweite Auto pilotiert …": a determiner before the ordinal, or
    "of" after the noun ("Segundo caminhão da equipe"), makes the class noun a vehicle."""
    if cue.j < len(doc) and doc[cue.j].lower_ in rules.genitives:
        return True
    return item.i >= 1 and doc[item.i - 1].lower_ in rules.determiners
