"""The dateline ("Utrecht – 19 januari 2026:", "KÖLN, 19.01.2026 –") and the publication date."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from extractor.extract.dates import CLOCK_TIME, find_dates
from extractor.lexicon import alternation, load_lexicon
from extractor.record import Dateline, Evidence, Section

# "archive/2026/10/", "msd-central-european-rally-2026-wire.txt": a year in a file's path
_PATH_YEAR = re.compile(r"(?<![0-9])20[0-9][0-9](?![0-9])")
_OPENING_YEAR = re.compile(r"(?<![\d.:/-])20\d\d(?![\d.:/-])")
# "© 2026 Meridian Sports Wire", "Copyright (c) 2026": the year a wire's footer is dated
_COPYRIGHT_YEAR = re.compile(r"(?i)(?:©|\(c\)|copyright)\s*(?:\(c\)\s*)?(?P<year>20\d\d)(?![\d.:/-])")
_PLACE = re.compile(
    r"^\(?\s*(?P<place>[^\W\d_][^\n:;()]{0,50}?(?:\s*\([^\n:;()]{1,40}\))?)\s*\)?\s*[,–—\-|/]?\s*$"
)


@cache
def _weekday_before_date(language: str) -> re.Pattern[str]:
    """ "RIAD (Saoedi-Arabië), zaterdag": the weekday the date opens with, after the place."""
    weekdays = alternation(load_lexicon(language).data["weekdays"])
    return re.compile(rf"(?i)[\s,]*\b(?:{weekdays})\.?,?$")


_SENTENCE_GOES_ON = re.compile(r",\s+[^\W\d_]*[a-zß-ÿ]")  # ", reden …": a lower-case word after a comma


@cache
def _stage_words(language: str) -> frozenset[str]:
    """ "Prologue", "Etappe", "Stage": words a day's heading opens with where a dateline has its place."""
    data = load_lexicon(language).data
    return frozenset(
        str(word).lower()
        for key in ("stage_words", "prologue_words", "last_stage_words")
        for word in data.get(key, [])
    )


def _nearest_year(day: date, base: date) -> date:
    """A dateline without a year ("LIÈGE, 12 mars –") is dated nearest to the release's known date,
    the year before included: a release is dated on the day it reports, not months ahead."""
    candidates = []
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            candidates.append(day.replace(year=year))
        except ValueError:  # 29 February
            continue
    return min(candidates, key=lambda candidate: abs((candidate - base).days), default=day)


def _ends_lowercase(place: str) -> bool:
    """Whether a place's last word (before its bracketed region, if any) is lower case: places end
    on a name ("Rio de Janeiro", "RIAD (Saoedi-Arabië)"), a sentence's opening words need not."""
    words = re.sub(r"\([^)]*\)?\s*$", "", place).split()
    return bool(words) and words[-1][:1].islower()


def header_date(text: str, sections: list[Section], language: str) -> date | None:
    """A full date in the lines above the body ("PITLANE WIRE | Sun 15 March 2026, 16:40")."""
    for section in sections:
        if section.kind not in ("title", "summary"):
            continue
        if section.start > 600:
            break
        for span in find_dates(text, language, None, section.start, section.end):
            if span.has_year and not span.is_range:
                return span.first
    return None


def forwarded_date(text: str, span: tuple[int, int] | None, language: str) -> date | None:
    """The date a forwarded release's own header line gives ("Date: dom, 25 oct 2026 a las 19:42"),
    read in the release's language; the forwarding mail's date is the day it was passed on."""
    if span is None:
        return None
    return next(
        (s.first for s in find_dates(text, language, None, *span) if s.has_year and not s.is_range), None
    )


def lead_date(text: str, sections: list[Section], language: str) -> date | None:
    """A full date in the lead paragraph ("Het Haarlemse team presenteerde donderdag 10 december
    2026 …"): the day of the news, when no dateline, header or metadata gives one."""
    body = next((s for s in sections if s.kind == "body"), None)
    if body is None:
        return None
    start = body.start
    while start < body.end and text[start] in "\r\n \t":
        start += 1
    end = text.find("\n", start, body.end)
    end = body.end if end == -1 else end
    for span in find_dates(text, language, None, start, end):
        if span.has_year and not span.is_range:
            return span.first
    return None


def last_post_date(text: str, sections: list[Section], language: str, base: date | None) -> date | None:
    """The day of the last of a compilation's posts ("Sa., 29.08.2026 · 14:20 Uhr · X", "[X] Sun
    30 Aug · 09:26"): short lines of a date and a clock time, three at least. A team's posts of a
    weekend are sent out after the last one; the first is no dateline."""
    if base is None and (year := _OPENING_YEAR.search(text, 0, 400)) is not None:
        base = date(int(year.group(0)), 1, 1)
    stamps: list[date] = []
    for section in sections:
        if section.kind not in ("summary", "body"):
            continue  # (the first posts may read as a summary's short lines)
        position = section.start
        while position < section.end:
            line_end = text.find("\n", position, section.end)
            line_end = section.end if line_end == -1 else line_end
            line = text[position:line_end]
            if len(line.strip()) <= 60 and CLOCK_TIME.search(line):
                dates = [d for d in find_dates(text, language, base, position, line_end) if not d.is_range]
                if len(dates) == 1 and (dates[0].has_year or base is not None):
                    stamps.append(dates[0].first)
            position = line_end + 1
    return stamps[-1] if len(stamps) >= 3 else None


# "Rally Finland 2026 (20 stages, 308.34km): 1. …": an event's name and its year
_NAMED_YEAR = re.compile(r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}) (?P<year>20\d\d)(?![\d.:/-])")


def _year_of_the_opening_event(text: str) -> str | None:
    """The year a wire gives the event its headline names, wherever it gives it ("Kettunen … to
    win Rally Finland" over "Rally Finland 2026 (20 stages …): 1. …" in the results box)."""
    opening = text[:400]
    for match in _NAMED_YEAR.finditer(text):
        if match.start() >= 400 and len(match.group("name").split()) >= 2 and match.group("name") in opening:
            return match.group("year")
    return None


def find_dateline(
    text: str, sections: list[Section], language: str, base: date | None, path: str | None = None
) -> Dateline | None:
    """The first lines of the body (then of the summary) that open with a place and a date.

    A dateline with no year ("RIAD, 13 Ene. –") takes the year the opening lines name
    ("DAKAR 2026 | ETAPA 9"), else the year of the copyright line ("LOUTRAKI, Greece, June 28
    (Meridian Sports Wire) - … © 2026 Meridian Sports Wire"), else the year told with the
    headline's event further down, else the year the file's path names ("archive/2026/10/…",
    "…-2026-wire.txt": an agency's dispatch, "PASSAU, 18. Okt (msd) -", often names none),
    when nothing else dates the release."""
    known = base  # a date the release carries (metadata, header), not a year guessed below
    if base is None:
        year = _OPENING_YEAR.search(text, 0, 400)
        written = year.group(0) if year else None
        if written is None and (copyright := _COPYRIGHT_YEAR.search(text)) is not None:
            written = copyright.group("year")
        if written is None:
            written = _year_of_the_opening_event(text)
        if written is None and path:
            written = next(iter(reversed(_PATH_YEAR.findall(path))), None)
        base = date(int(written), 1, 1) if written else None
    for kind in ("body", "summary", "title"):
        checked = 0
        for section in sections:
            if section.kind != kind or checked >= 8:
                continue
            position = section.start
            while position < section.end and checked < 8:
                line_end = text.find("\n", position, section.end)
                line_end = section.end if line_end == -1 else line_end
                if text[position:line_end].strip():
                    checked += 1
                    found = _dateline_in(text, position, min(line_end, position + 90), language, base, known)
                    if found:
                        return found
                position = line_end + 1
    return None


def _dateline_in(
    text: str, start: int, end: int, language: str, base: date | None, known: date | None
) -> Dateline | None:
    for span in find_dates(text, language, base, start, end):
        if span.is_range:
            continue
        before = _weekday_before_date(language).sub("", text[start : span.start].rstrip())
        if not before.strip():
            place = None
        else:
            match = _PLACE.match(before.strip())
            # ("Stage 3 – Tuesday 6 January, loop around AlUla": a day's heading, not a dateline)
            if not match or len(match.group("place").split()) > 5 or any(c.isdigit() for c in before):
                return None
            place = match.group("place").strip(" ,–—-·")
            if _ends_lowercase(place):
                return None  # ("Die Rallye startet am 27. Dezember": a sentence, not a place)
            if place.lower() in _stage_words(language):
                return None  # ("## Prologue – Saturday 10 October": a day's heading, not a dateline)
        if not span.has_year and base is None:
            return None
        tail = re.match(r"\s*[)]?\s*(?:\([^)\n]{0,40}\)\s*)?[:–—\-|]", text[span.end : span.end + 48])
        if place is None and not tail:
            return None
        if not tail and _SENTENCE_GOES_ON.match(text, span.end):
            return None  # ("Afgelopen zaterdag, 12 september, reden 104 equipes …": a sentence)
        evidence = Evidence(start, span.end, text[start : span.end])
        day = span.first if span.has_year or known is None else _nearest_year(span.first, known)
        return Dateline(place=place or None, date=day.isoformat(), evidence=[evidence])
    return None
