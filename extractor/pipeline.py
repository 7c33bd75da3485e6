"""read → clean → segment → language → extract → record, in that order, data flowing one way.

`run_pipeline` is pure: bytes in, record out. Pass a dict as `timings` to get the seconds each
stage took (the benchmark does).
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from extractor.clean import clean
from extractor.extract.crews import build_crews, keep_crews
from extractor.extract.dateline import (
    find_dateline,
    forwarded_date,
    header_date,
    last_post_date,
    lead_date,
)
from extractor.extract.events import read_events
from extractor.extract.mentions import analyse, is_season_launch
from extractor.extract.narrator import interviewee, narrator_span, prompts, questions, speakers
from extractor.extract.results import read_results
from extractor.language import detect_language, translation_start
from extractor.lexicon import load_lexicon
from extractor.nlp import rules_for
from extractor.read import MAX_BYTES_DEFAULT, read
from extractor.record import Record, Source
from extractor.segment import marked_lines, segment, set_apart


@contextmanager
def _timed(timings: dict[str, float] | None, stage: str) -> Iterator[None]:
    if timings is None:
        yield
        return
    began = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - began


def run_pipeline(
    data: bytes,
    path: str | None = None,
    timings: dict[str, float] | None = None,
    max_bytes: int = MAX_BYTES_DEFAULT,
) -> Record:
    with _timed(timings, "read"):
        decoded = read(data, path, max_bytes=max_bytes)
    with _timed(timings, "clean"):
        cleaned = clean(decoded)
    text = cleaned.text
    warnings = list(cleaned.warnings)
    with _timed(timings, "language"):
        language, language_warnings = detect_language(text, cleaned.language_hint)
        warnings.extend(language_warnings)
        lexicon = load_lexicon(language)
        rules = rules_for(language)
    with _timed(timings, "segment"):
        sections = segment(text, lexicon)
        asked = questions(text, sections)  # an interview's questions, if it is one
        spoken = speakers(text, sections)  # a transcript's paragraphs by speaker, if it is one
        bylined, narrator = narrator_span(
            text, sections, cleaned.author, rules, interview=bool(asked) or bool(spoken)
        )
        if bylined != text:
            text = bylined  # the narrating author, named under the title
            sections = segment(text, lexicon)
        translated = translation_start(marked_lines(text, sections), language)
        if translated is not None:
            sections = set_apart(text, sections, translated[0])
            warnings.append(
                f"the text from character {translated[0]} tells the release again in {translated[1]!r}:"
                " a translation, not read"
            )
    with _timed(timings, "extract"):
        header = header_date(text, sections, language)
        forwarded = forwarded_date(text, cleaned.forwarded_date, language)
        dateline = find_dateline(text, sections, language, forwarded or cleaned.published or header, path)
        published = dateline.date if dateline and dateline.date else None
        if forwarded is not None:
            published = (
                forwarded.isoformat()
            )  # a forwarded release is dated by its own header, not the mail's
        if cleaned.published is None and (posted := last_post_date(text, sections, language, header)):
            published = posted.isoformat()  # a team's posts of a weekend, gathered after the last
        if published is None and cleaned.published is not None:
            published = cleaned.published.isoformat()
        if published is None and header is not None:
            published = header.isoformat()
        if published is None and (lead := lead_date(text, sections, language)) is not None:
            published = lead.isoformat()
            warnings.append("publication date taken from the lead paragraph (no dateline, no metadata)")
        if published is None:
            warnings.append("no publication date found (no dateline, no metadata)")
        published_day = cleaned.published if published is None else date.fromisoformat(published)
        skip = (dateline.evidence[0].start, dateline.evidence[0].end) if dateline else None
        narrated = narrator is not None or bool(asked) or bool(spoken)
        lines = analyse(text, sections, rules, published_day, skip, narrated=narrated, speakers=spoken)
        if asked and not spoken:
            narrator = interviewee(lines, asked, text)  # "I" and "we" answer for the person interviewed
        book = build_crews(lines, rules, cleaned.publisher, narrator)
        season_launch = is_season_launch(lines)
        class_results, stage_results = read_results(
            lines,
            book,
            published_day.year if published_day else None,
            rules.drops_subject,
            season_launch,
            rules.vehicle_categories,
            prompts(text, sections, asked),
            spoken,
        )
        told_at = [e.start for r in [*class_results, *stage_results] for e in r.evidence]
        events = read_events(
            lines,
            rules,
            published_day,
            text,
            not (class_results or stage_results),
            season_launch,
            result_starts=sorted(told_at),
            stages_run=bool(stage_results),
        )
        if events.preview:
            # the reported event has not been run yet: places in the text are of past events
            class_results, stage_results = [], []
        mapping = keep_crews(book, {r.crew for r in [*class_results, *stage_results]})
        for result in [*class_results, *stage_results]:
            result.crew = mapping[result.crew]
    with _timed(timings, "record"):
        title = cleaned.title
        title_section = next((s for s in sections if s.kind == "title"), None)
        if title is None and title_section is not None:
            title = text[title_section.start : title_section.end].strip()
        if (class_results or stage_results) and not book.crews:
            warnings.append("places found but no crew could be named")
        record = Record(
            id="sha256:" + hashlib.sha256(data).hexdigest(),
            source=Source(path=path, format=decoded.format, bytes=len(data), encoding=decoded.encoding),
            language=language,
            title=title,
            published=published,
            dateline=dateline,
            event=events.event,
            crews=book.crews,
            class_results=class_results,
            stage_results=stage_results,
            upcoming_events=events.upcoming,
            text=text,
            sections=sections,
            warnings=warnings,
        )
    return record


def warm_up_languages() -> None:
    """Build every language's rules, patterns and detector once (before forking workers)."""
    from extractor.extract.dates import find_dates, warm_up_dates
    from extractor.extract.durations import duration_pattern
    from extractor.language import detect_language
    from extractor.lexicon import available_languages

    detect_language("Rally")
    for language in available_languages():
        rules_for(language)
        duration_pattern(language)
        find_dates("1.1.2025", language, None)
        warm_up_dates(language)
