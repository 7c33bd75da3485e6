"""Stage 3, segment: sections of the cleaned text (title, summary, body, quote, boilerplate).

Works on the shape every cleaner produces: a headline line, optional bullet lines, paragraphs,
then the boilerplate a release ends with, recognised by the headings in the language file.
Extraction reads title, summary, body and quote only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from extractor.extract.tables import may_have_cells, read_header
from extractor.lexicon import Lexicon, alternation
from extractor.record import Section

READABLE = frozenset({"title", "summary", "body", "quote"})
BOILERPLATE = ("notes", "about", "contact", "disclaimer")
_BULLET = re.compile(r"^\s*(?:[·•▪●◦‣∙*]|-(?=\s)|–(?=\s))\s*")
_CONTACT_LINE = re.compile(r"(?i)^\s*(?:[a-z]{1,3}\.?\s*)?(?:\+|tel|phone|e-?mail|www\.|https?:)|@\w")


def is_bullet(line: str) -> bool:
    """A summary bullet ("• …", "- …"): telegraphic, about its own subject."""
    return _BULLET.match(line) is not None


def lines_with_offsets(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, line) for every line, end excluding the newline."""
    position = 0
    for line in text.split("\n"):
        yield position, position + len(line), line
        position += len(line) + 1


@cache
def _copyright_notice(words: tuple[str, ...]) -> re.Pattern[str]:
    # ("(c) 2026 Pitlane Wire", "(c) Desert Wire 2026. All rights reserved.": the year before the
    # owner or after it, then the sentence's end; not a list's third item, "(c) the rally in …")
    year = r"(?:19|20)\d\d"
    return re.compile(
        rf"^\s*(?:©|\(c\)\s*(?:{year}|[^\n(]{{1,40}}?\b{year}(?:[.,]|\s*$))|(?:{alternation(words)})\b)",
        re.IGNORECASE,
    )


def _heading_kind(line: str, lexicon: Lexicon) -> str | None:
    """The boilerplate kind a heading line opens, if it is one."""
    if _copyright_notice(tuple(lexicon.base.get("copyright_words", []))).match(line):
        return "disclaimer"  # "(c) 2026 Pitlane Wire. All rights reserved."
    stripped = _heading_text(line)
    lowered = stripped.lower()
    if not stripped or len(stripped) > 90:
        return None
    words = lowered.split()
    for kind in BOILERPLATE:
        for phrase in lexicon.data["sections"][kind]:
            phrase = str(phrase).lower()
            if lowered == phrase:
                return kind
            # "About Defender", "Over BILSTEIN": short lines only, not a sentence.
            opens = lowered.startswith(phrase + " ") or lowered.startswith(phrase + ":")
            if opens and len(words) <= 8 and not stripped.endswith("."):
                return kind
    return None


def _heading_text(line: str) -> str:
    """A heading's words, without the Markdown marks and the colon around them ("## Notes:")."""
    return line.strip().strip("#*_ ").rstrip(":").strip()


def _heads_final_classification(line: str, lexicon: Lexicon) -> bool:
    """A short heading that opens with the words for the final classification ("Classificação
    final – Camiões", "Final results")."""
    stripped = _heading_text(line).lower()
    return (
        len(stripped) <= 60
        and not stripped.endswith(".")
        and any(stripped.startswith(str(phrase).lower()) for phrase in lexicon.data.get("final_words", []))
    )


def _heads_what_comes_next(line: str, lexicon: Lexicon) -> bool:
    """A short heading that opens with the language's word for "next" ("NEXT EVENT", "PROSSIMO
    APPUNTAMENTO", "Nächster Termin")."""
    lowered = _heading_text(line).lower()
    return (
        0 < len(lowered.split()) <= 4
        and not line.strip().endswith((".", ","))
        and any(
            (lowered + " ").startswith(str(word).lower() + " ") for word in lexicon.data.get("next_words", [])
        )
    )


def _is_header_line(line: str) -> bool:
    """A short line without a closing full stop: a kicker, a sub-headline, a standfirst."""
    stripped = line.strip()
    return len(stripped) < 160 and not stripped.endswith((".", ":", "!", "?", "”", '"'))


def _is_prose(line: str) -> bool:
    """A paragraph of sentences, which no contact block holds (names, titles, numbers, addresses)."""
    stripped = line.strip()
    return len(stripped) >= 150 and stripped.endswith(".") and not _CONTACT_LINE.search(stripped)


def segment(text: str, lexicon: Lexicon) -> list[Section]:
    """Non-overlapping sections covering the non-blank lines of `text`, in order."""
    pieces: list[tuple[str, int, int]] = []
    kind = "title"
    seen_body = False
    boilerplate = False
    resume: str | None = None  # the boilerplate a "next event" heading interrupts for a paragraph
    for start, end, line in lines_with_offsets(text):
        if not line.strip():
            continue
        if resume is not None and kind == "body" and not _heads_what_comes_next(line, lexicon):
            # (the announcement's paragraph, then the boilerplate again: "Best regards, …")
            pieces.append(("body", start, end))
            boilerplate, kind, resume = True, resume, None
            continue
        heading = _heading_kind(line, lexicon)
        if heading and seen_body:
            boilerplate = True
            kind = heading
        elif boilerplate and may_have_cells(line) and read_header(line, lexicon.table_column_of()):
            # (a results table under the signature and the disclaimer: a spreadsheet attached to a
            # club's cover note, or a table after the "about" box)
            boilerplate = False
            kind = "body"
            seen_body = True
        elif boilerplate and kind == "notes" and _heads_final_classification(line, lexicon):
            # ("NOTAS PARA OS EDITORES" over "Classificação final – Camiões" and its rows: the
            # event's result, told in the notes)
            boilerplate = False
            kind = "body"
        elif boilerplate and kind != "contact" and _heads_what_comes_next(line, lexicon):
            # ("USAGE TERMS" … then "NEXT EVENT" over "We will be covering the Oregon Trail Rally,
            # 17–19 April": the release speaks again, of what comes next)
            boilerplate, resume = False, kind
            kind = "body"
        elif boilerplate and kind == "contact" and _is_prose(line):
            # "Cordiali saluti / Elena Guidi / Ufficio Stampa …" closes a cover note, and the
            # forwarded communiqué below it is the release: a paragraph of prose ends a contact block
            boilerplate = False
            kind = "body"
        elif boilerplate:
            if kind != "contact" and _CONTACT_LINE.search(line) and len(line) < 120:
                kind = "contact"
        elif kind == "title" and not pieces:
            kind = "title" if len(line) < 250 else "body"
        elif not seen_body and (is_bullet(line) or _is_header_line(line)):
            # Bullets, kickers and standfirsts between the headline and the body.
            kind = "summary"
        else:
            kind = "body"
            seen_body = True
        pieces.append((kind, start, end))
        if kind == "title":
            kind = "summary"
    merged = _merge(_set_cover_note_apart(pieces, text), text)
    return _split_quotes(merged, text, lexicon)


# "----------", "***", "=====": a line drawn across, between a cover note and the release
_RULE_LINE = re.compile(r"^\s*(?:[-–—_=~*]\s*){3,}$")
_SENTENCE_END = re.compile(r"[.!?…]\s+\S")
_COVER_NOTE_LINES = 6  # lines above the rule at most (a salutation, a note, a sign-off)
_HEADLINE_CHARS = 250


def _set_cover_note_apart(pieces: list[tuple[str, int, int]], text: str) -> list[tuple[str, int, int]]:
    """A note above a rule line, then the release ("CORRECTION – this version replaces the release
    sent yesterday, which named X as the class winner …", then "-----" and the release's own
    headline): the note tells of the release, often of a version that was wrong, and is read as
    notes to editors, not as the release. The release's headline is the title where the note had
    the first line. Nothing changes unless the rule comes within the first lines, the note holds a
    sentence of prose, the release below is the longer part and opens on a headline."""
    rule = next(
        (k for k, (_, s, e) in enumerate(pieces[: _COVER_NOTE_LINES + 2]) if _RULE_LINE.match(text[s:e])),
        None,
    )
    if rule is None or rule == 0 or rule + 1 >= len(pieces):
        return pieces
    # (a salutation is no title: "Dear colleagues," opens the note)
    first = (
        1 if pieces[0][0] == "title" and not text[pieces[0][1] : pieces[0][2]].rstrip().endswith(",") else 0
    )
    above = pieces[first:rule]
    below_start = pieces[rule + 1][1]
    headline = next(
        (
            (s, e)
            for _, s, e in pieces[rule + 1 : rule + 3]
            if any(c.islower() for c in text[s:e]) or e - s > 60  # (not a label, "PRESS RELEASE")
        ),
        None,
    )
    if (
        not above
        or len(above) > _COVER_NOTE_LINES
        or not any(_SENTENCE_END.search(text[s:e]) for _, s, e in above)
        or not all(_speaks_to_the_desk(text[s:e]) for _, s, e in above)
        or not any(_is_prose(text[s:e]) for _, s, e in pieces[rule + 1 : rule + 9])
        or len(text) - below_start < 2 * (pieces[rule][1] - above[0][1])
        or headline is None
        or headline[1] - headline[0] > _HEADLINE_CHARS
        or _SENTENCE_END.search(text[headline[0] : headline[1]])
    ):
        return pieces
    noted = [("notes", s, e) for _, s, e in pieces[first : rule + 1]]
    rest = pieces[rule + 1 :]
    if first == 0:
        rest = [("title" if s == headline[0] else kind, s, e) for kind, s, e in rest]
    return pieces[:first] + noted + rest


def _speaks_to_the_desk(line: str) -> bool:
    """A cover note's line: prose, a salutation ("Dear colleagues,") or a label in capitals
    ("*** RETTIFICA ***"); not a headline, a kicker or a dateline's paragraph of the release."""
    stripped = line.strip()
    return (
        bool(_SENTENCE_END.search(stripped))
        or stripped.endswith((".", "!", "?", ",", ":"))
        or not any(c.islower() for c in stripped)
    )


def _merge(pieces: list[tuple[str, int, int]], text: str) -> list[Section]:
    sections: list[Section] = []
    for kind, start, end in pieces:
        if sections and sections[-1].kind == kind and kind != "title":
            previous = sections[-1]
            sections[-1] = Section(kind, previous.start, end)
        else:
            sections.append(Section(kind, start, end))
    return sections


def _split_quotes(sections: list[Section], text: str, lexicon: Lexicon) -> list[Section]:
    """Cut quoted speech out of summary and body as `quote` sections."""
    pairs: dict[str, str] = lexicon.base["quote_pairs"]
    out: list[Section] = []
    for section in sections:
        if section.kind not in ("body", "summary"):
            out.append(section)
            continue
        cursor = section.start
        for q_start, q_end in _quote_spans(text, section.start, section.end, pairs):
            if q_start > cursor:
                out.append(Section(section.kind, cursor, q_start))
            out.append(Section("quote", q_start, q_end))
            cursor = q_end
        if cursor < section.end:
            out.append(Section(section.kind, cursor, section.end))
    return [s for s in out if text[s.start : s.end].strip()]


def _quote_spans(text: str, start: int, end: int, pairs: dict[str, str]) -> list[tuple[int, int]]:
    """Spans of quoted speech (at least a few words long) in text[start:end]."""
    spans: list[tuple[int, int]] = []
    openers = _quote_openers(tuple(sorted(char for char in pairs if len(char) == 1)))
    if openers is None:
        return spans
    position = start
    # From one quote mark to the next: the characters between them open nothing.
    while (found := openers.search(text, position, end)) is not None:
        position = found.start()
        if _opens_quote(text, position):
            close_at = text.find(pairs[text[position]], position + 1, end)
            if close_at > position and len(text[position:close_at].split()) >= 5:
                spans.append((position, close_at + 1))
                position = close_at + 1
                continue
        position += 1
    return spans


@cache
def _quote_openers(chars: tuple[str, ...]) -> re.Pattern[str] | None:
    """Any of the opening quote marks, to jump from one to the next."""
    return re.compile("[" + "".join(re.escape(char) for char in chars) + "]") if chars else None


def _opens_quote(text: str, position: int) -> bool:
    """A quote mark opens speech at a word start, before text: not the apostrophe in auto’s, not
    the closing » of « French » (which a German »quote« would open with)."""
    before = text[position - 1] if position > 0 else " "
    after = text[position + 1] if position + 1 < len(text) else " "
    if not (before.isspace() or before in "([{—–-:;,"):
        return False
    if after.isalnum() or after in "¡¿…":
        return True
    # « Ce rallye … »: French quotes open with a space inside.
    later = text[position + 2] if position + 2 < len(text) else " "
    return text[position] in "«„“" and after.isspace() and later.isalnum()


def marked_lines(text: str, sections: list[Section]) -> list[tuple[int, str, bool]]:
    """(offset, line, readable) of the non-blank lines; readable: the line starts in a readable section."""
    spans = iter(readable_spans(sections))
    span = next(spans, None)
    marked = []
    for start, _, line in lines_with_offsets(text):
        while span is not None and span[1] <= start:
            span = next(spans, None)
        if line.strip():
            marked.append((start, line, span is not None and span[0] <= start))
    return marked


def set_apart(text: str, sections: list[Section], start: int) -> list[Section]:
    """The sections with the readable text from `start` on made a `translation` (not read): the
    release told again in another language (language.translation_start)."""
    out: list[Section] = []
    for section in sections:
        if section.end <= start or section.kind not in READABLE:
            out.append(section)
            continue
        if section.start < start:
            kept_end = len(text[:start].rstrip())
            if kept_end > section.start:
                out.append(Section(section.kind, section.start, kept_end))
        if out and out[-1].kind == "translation":
            out[-1] = Section("translation", out[-1].start, section.end)
        else:
            out.append(Section("translation", max(section.start, start), section.end))
    return [s for s in out if text[s.start : s.end].strip()]


def readable_spans(sections: list[Section]) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in sections if s.kind in READABLE]
