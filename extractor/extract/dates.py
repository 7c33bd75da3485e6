"""Dates and date ranges found by shape, parsed one date at a time with dateparser.

The rules find candidate spans (`van 17 tot en met 22 maart 2026`, `du 17 au 22 mars`,
`from 30 March to 4 April`, `19.01.2026`); dateparser reads each single date with the
document's language and the release date as RELATIVE_BASE. A missing year is the next such
date on or after the publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache, lru_cache

from extractor.lexicon import Lexicon, alternation, load_lexicon
from extractor.regexes import compile_guarded

# "14:20", "9.22", "18h12": a clock time of day (no duration: nothing glued before or after)
CLOCK_TIME = re.compile(r"(?<![\d:.,])(?:[01]?\d|2[0-3])[:.h]\d\d(?![\d:.,'\"])")


@dataclass(frozen=True)
class DateSpan:
    start: int
    end: int
    first: date
    last: date  # equal to `first` for a single date
    has_year: bool

    @property
    def is_range(self) -> bool:
        return self.first != self.last


@cache
def _patterns(language: str) -> tuple[re.Pattern[str], dict[str, int]]:
    lexicon: Lexicon = load_lexicon(language)
    months = lexicon.month_numbers()
    # ("2. Jan-Willem Roeterink": a month word joined to a word by a hyphen begins a name)
    month = rf"(?:{alternation(list(months))})(?![\w]|-[^\W\d_])"
    day = r"(?:[0-3]?\d)(?:\.|er|re|e|º|ª|°|st|nd|rd|th)?"
    year = r"(?:19|20)\d{2}"
    filler = alternation([str(w) for w in lexicon.data["date_fillers"]] or ["\x00"])
    fill = rf"(?:\s+(?:{filler}))?"
    opener = alternation([str(w) for w in lexicon.data["range_openers"]] or ["\x00"])
    connector = alternation([str(w) for w in lexicon.data["range_connectors"]])
    sep = rf",?\s*(?:{connector})\s*"  # ("quinta-feira, 30 de julho, e sábado, 1 de agosto")
    # "op vrijdag 12 en zaterdag 13 juni": a weekday may stand before the second day
    # (after a word connector only: "n. 7 – domenica 14 giugno" is a number, then a date)
    weekdays = alternation([str(w) for w in lexicon.data.get("weekdays", [])] or ["\x00"])
    weekday = rf"(?:(?<=[^\W\d_]\s)(?:{weekdays}),?\s+)?"
    # day-first: [opener [weekday]] D1 [M1 [Y1]] conn [weekday] D2 M2 [Y2] ("van donderdag 30 april
    # tot zaterdag 2 mei")
    day_first = (
        rf"(?:(?:{opener})\s+{weekday})?(?P<d1>{day}){fill}(?:\s+(?P<m1>{month})(?:,?\s+(?P<y1>{year}))?)?"
        rf"(?:{sep}(?:(?:{filler})\s+)?{weekday}(?P<d2>{day}))?{fill}\s+(?P<m2>{month})"
        rf"(?:,?{fill}\s+(?P<y2>{year}))?"
    )
    # month-first: M1 D1 [– [M2] D2][, Y]
    month_first = (
        rf"(?P<mm1>{month})\s+(?P<md1>{day})(?:{sep}(?:(?P<mm2>{month})\s+)?(?P<md2>{day}))?"
        rf"(?:,?\s+(?P<my>{year}))?"
    )
    # ("12.04.26": a two-digit year only after a two-digit day and month)
    numeric = r"(?P<nd>[0-3]?\d)[./-](?P<nm>[01]?\d)[./-](?P<ny>(?:19|20)\d{2}|(?<=\d\d[./-]\d\d[./-])\d\d)"
    iso = r"(?P<iy>(?:19|20)\d{2})-(?P<im>[01]\d)-(?P<id>[0-3]\d)"
    # a results flash's range in figures, no year: "23-24/10", "27 a 29/11", "30/10 – 01/11",
    # "06.–07.11." (two days at least: a lone "13/09" may be a score or a count)
    numeric_range = (
        r"(?P<rd1>[0-3]?\d)\.?(?:[./](?P<rm1>[01]?\d)\.?)?"
        rf",?\s*(?:{connector})\s*(?P<rd2>[0-3]?\d)[./](?P<rm2>[01]?\d)\.?(?![./]?\d)"
    )
    pattern = compile_guarded(
        rf"(?<![\w.])(?:{iso}|{numeric}|{numeric_range}|{day_first}|{month_first})(?![\w])", re.IGNORECASE
    )
    return pattern, months


@lru_cache(maxsize=4096)
def parse_single(text: str, language: str, base: date | None) -> date | None:
    """One written date → date, by dateparser with the language fixed and the release date as base."""
    import dateparser  # here: most dates never need it, and it takes 30 ms to import

    settings: dict[str, object] = {"PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY"}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
        settings["PREFER_DATES_FROM"] = "future"
    parsed = dateparser.parse(text, languages=[language], settings=settings)
    return parsed.date() if parsed else None


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _numeric(text: str, group: dict[str, str | None]) -> date | None:
    """ "19.01.2026", "19/1/2026", "19-01-2026": a valid day, month and year with one separator
    twice are what dateparser (DATE_ORDER DMY) reads them as, without the ~1 ms it takes. Mixed
    separators ("19.01/2026"), which dateparser reads otherwise, and invalid days go to it."""
    day, month, year = str(group["nd"]), str(group["nm"]), str(group["ny"])
    if text[len(day)] != text[len(day) + 1 + len(month)]:
        return None
    return _valid(int(year) + (2000 if len(year) == 2 else 0), int(month), int(day))


@cache
def _reads_month_as_written(word: str, language: str) -> bool:
    """Whether dateparser reads the month word `word` as the language file's month: it reads
    Italian "sett." as a week ("settimana"), so such a word's dates still go through it."""
    month = load_lexicon(language).month_numbers()[word.lower()]
    return parse_single(f"1 {word} 2025", language, None) == date(2025, month, 1)


def warm_up_dates(language: str) -> None:
    """Probe one month word of `language` now: that loads dateparser's data of the language
    (30 ms), which workers forked after a warm-up then inherit. The other words are probed on
    first use (1 ms each): a batch meets only some of the 257 words of all languages, and
    probing them all here made the warm-up, which no worker can share, 0.25 s longer."""
    _reads_month_as_written(next(iter(_patterns(language)[1])), language)


def _day_month_year(
    day: int, word: str, month: int, year: int, language: str, base: date | None
) -> date | None:
    """ "22 maart 2026": the date dateparser would give, directly where it reads the month word as
    the language file does (checked for every day of a year, every language and month word)."""
    if _reads_month_as_written(word.lower(), language):
        found = _valid(year, month, day)
        if found is not None:
            return found
    return parse_single(f"{day} {word} {year}", language, base)


def _on_or_after(day: int, month: int, base: date | None) -> date | None:
    """The next day/month on or after `base` (the publication date)."""
    year = base.year if base else date.today().year
    try:
        candidate = date(year, month, day)
        if base and candidate < base:
            candidate = date(year + 1, month, day)
        return candidate
    except ValueError:
        return None


def _day(raw: str | None) -> int | None:
    if not raw:
        return None
    digits = re.match(r"\d+", raw)
    return int(digits.group(0)) if digits else None


def _build(day: int, month: int, year: int | None, base: date | None) -> date | None:
    if year is None:
        return _on_or_after(day, month, base)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_dates(
    text: str, language: str, base: date | None, start: int = 0, end: int | None = None
) -> list[DateSpan]:
    """Dates and ranges in text[start:end], document offsets; ranges keep their first day."""
    pattern, months = _patterns(language)
    found: list[DateSpan] = []
    for match in pattern.finditer(text, start, len(text) if end is None else end):
        group = match.groupdict()
        span = _interpret(match, group, months, language, base)
        if span is not None:
            found.append(span)
    return found


@cache
def _month_word(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(list(load_lexicon(language).month_numbers()))})(?!\w)", re.I)


def find_worded_dates(
    text: str, language: str, base: date | None, numbers: list[tuple[int, int, str]]
) -> list[DateSpan]:
    """Dates written with number words ("du trois au dix-sept janvier", "vom dritten bis
    siebzehnten Jänner", a broadcast script's): each number (start, end, digits as text2num writes
    them: "3.", "17th") put in its words' place, the text read by `find_dates`, and the dates found
    over a number word given back in the text's offsets. Dates in digits alone are find_dates'."""
    if not _month_word(language).search(text):
        return []  # (a date in words names its month: most lines with a number word have none)
    pieces: list[str] = []
    starts: list[int] = []  # for every character of the digitised text, where it starts in `text`
    ends: list[int] = []  # and where it ends
    at = 0
    for start, end, digits in numbers:
        pieces.append(text[at:start])
        starts.extend(range(at, start))
        ends.extend(range(at + 1, start + 1))
        pieces.append(digits)
        starts.extend([start] * len(digits))
        ends.extend([end] * len(digits))
        at = end
    pieces.append(text[at:])
    starts.extend(range(at, len(text)))
    ends.extend(range(at + 1, len(text) + 1))
    worded = [start for start, _, _ in numbers]
    found = []
    for span in find_dates("".join(pieces), language, base):
        start, end = starts[span.start], ends[span.end - 1]
        if any(start <= w < end for w in worded):
            found.append(DateSpan(start, end, span.first, span.last, span.has_year))
    return found


def _interpret(
    match: re.Match[str],
    group: dict[str, str | None],
    months: dict[str, int],
    language: str,
    base: date | None,
) -> DateSpan | None:
    if group["iy"]:
        try:
            day = date(int(group["iy"]), int(group["im"]), int(group["id"]))
        except ValueError:
            return None
        return DateSpan(match.start(), match.end(), day, day, True)
    if group["nd"]:
        parsed = _numeric(match.group(0), group) or parse_single(match.group(0), language, None)
        if parsed is None:
            return None
        return DateSpan(match.start(), match.end(), parsed, parsed, True)
    if group["rd2"]:
        day1, day2, month2 = int(str(group["rd1"])), int(group["rd2"]), int(str(group["rm2"]))
        month1 = int(group["rm1"]) if group["rm1"] else month2
        last = _build(day2, month2, None, base)
        first = _build(day1, month1, last.year - (1 if month1 > month2 else 0), None) if last else None
        if last is None or first is None or first >= last:
            return None
        return DateSpan(match.start(), match.end(), first, last, False)
    if group["m2"]:
        month2 = months[group["m2"].lower()]
        year2 = int(group["y2"]) if group["y2"] else None
        day2 = _day(group["d2"]) or _day(group["d1"])
        if day2 is None:
            return None
        last = _day_month_year(day2, str(group["m2"]), month2, year2, language, base) if year2 else None
        if last is None:
            last = _build(day2, month2, year2, base)
        if last is None:
            return None
        if group["d2"] is None:
            return DateSpan(match.start(), match.end(), last, last, year2 is not None)
        month1 = months[group["m1"].lower()] if group["m1"] else month2
        year1 = int(group["y1"]) if group["y1"] else last.year - (1 if month1 > last.month else 0)
        first = _build(_day(group["d1"]) or 0, month1, year1, None)
        if first is None or first > last:
            return None
        return DateSpan(match.start(), match.end(), first, last, year2 is not None)
    if group["mm1"]:
        month1 = months[group["mm1"].lower()]
        month2 = months[group["mm2"].lower()] if group["mm2"] else month1
        year = int(group["my"]) if group["my"] else None
        day1 = _day(group["md1"])
        day2 = _day(group["md2"]) or day1
        if day1 is None or day2 is None:
            return None
        last = _build(day2, month2, year, base)
        if last is None:
            return None
        first = _build(day1, month1, last.year - (1 if month1 > month2 else 0), None)
        if first is None or first > last:
            return None
        return DateSpan(match.start(), match.end(), first, last, year is not None)
    return None
