"""The narrator of a first-person release: who "I", "we" and "my co-driver" are.

A driver's blog tells its rally as "I" and "we", and often names its author only in the
front matter ("author: Isla Penhaligon"), which the cleaner keeps out of the text. When the
release speaks in the first person outside quotes (the language file's `narrators`,
`narrator_singulars` and `narrator_possessives`) and its container names a person as author,
that person tells it: found where the text names them, else named on a byline line under the
title, so that the name, like every other, has evidence in the text.

An interview is the exception: its author asks the questions, and "I" and "we" in the answers
are the person interviewed, named in the title or the lead (and called by first name in the
first question: "Kiana, congratulations.").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from extractor.extract.mentions import Line
from extractor.nlp import Rules
from extractor.record import Evidence, Section

# A release says "I" or "my" this often outside quotes when its author tells it.
_FIRST_PERSON_MINIMUM = 4
# ... this often as "I" or "my" ("we" alone is also a newsroom's voice).
_OWN_VOICE_MINIMUM = 2
# An author field holding a person: "Isla Penhaligon", "Lucía Berenguer Soler", not
# "Persdienst ELE Rally" or "Jana Vukelić, Pressestelle Sandläufer Racing".
_NAME_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*\.?$")
_MAX_NAME_WORDS = 5
# An interview asks this many questions or more, each a short paragraph of its own.
_QUESTIONS_MINIMUM = 3
_MAX_QUESTION_CHARS = 300
_ASKS = re.compile(r"\?[\s\"'»“”’*_)]*$")
# "Kiana, congratulations.": the first question calls the person interviewed by first name.
# "Then came stage three and your first stage win.": a prompt without a question mark is short.
_MAX_PROMPT_CHARS = 160
_VOCATIVE = re.compile(r"([^\W\d_][\w’'-]*)\s*,")
_PARAGRAPH = re.compile(r"[^\n]+")
# "**Lorenzo Sanfilippo:** Molto.", "Q (Paolo Reginato, Motorsport Oggi): …": the label of who
# speaks a paragraph, in bold or not, a role in brackets after the name; then the words spoken.
_SPEAKER = re.compile(
    r"(?:\*\*|__)?(?P<who>[^\W\d_][^\W\d_'’.-]*(?:[ '’-][^\W\d_][^\W\d_'’.-]*){0,4})"
    r"(?:\s*\([^()\n]{1,80}\))?\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(?=[^\W\d_\s]|[«“„\"‘])"
)
# A press conference has this many labelled paragraphs at least, this many of its speakers named
# by first name and surname ("Coches: …", "Motos: …" label a category's paragraph, no speaker's).
_SPEAKERS_MINIMUM = 4
_PERSONS_MINIMUM = 3
# A full stop, "!" or "?" with more text after it: a paragraph of more than one sentence.
_SENTENCE_BREAK = re.compile(r"[.!?…][\"'»“”’)]*\s+\S")


def narrator_span(
    text: str, sections: list[Section], author: str | None, rules: Rules, interview: bool = False
) -> tuple[str, Evidence | None]:
    """The text (with a byline added if needed) and where it names the narrating author; none in an
    `interview` (see `questions`), where the author asks and the person interviewed answers."""
    if interview or not author:
        return text, None
    if _NAME_WORD.match(author) and author[0].isupper():
        author = _full_name(author, text, rules) or author  # a byline's first name: "by Pádraig"
    if not _reads_as_person(author, rules):
        return text, None
    if not _told_in_first_person(text, sections, rules):
        return text, None
    at = text.find(author)
    if at >= 0:
        return text, Evidence(at, at + len(author), author)
    title = next((s for s in sections if s.kind == "title"), None)
    cut = title.end if title is not None else 0
    head, tail = text[:cut], text[cut:].lstrip("\n")
    joined = f"{head}\n\n{author}\n\n{tail}" if head else f"{author}\n\n{tail}"
    start = len(head) + 2 if head else 0
    return joined, Evidence(start, start + len(author), author)


def _full_name(first_name: str, text: str, rules: Rules) -> str | None:
    """The first full name the text gives a byline's first name ("I'm Pádraig Ó Dálaigh, a
    part-time driver" for "Pádraig"): the name and the capitalised words (or particles) after it,
    up to the last capitalised one."""
    for match in re.finditer(rf"(?<!\w){re.escape(first_name)}(?:[ \u00a0]+[^\W\d_][\w'’-]*){{1,4}}", text):
        words = match.group().split()
        while len(words) > 1 and not words[-1][0].isupper():
            words.pop()
        while len(words) > 1 and words[-1].lower() in rules.name_particles:
            words.pop()
        name = " ".join(words)
        if len(words) >= 2 and _reads_as_person(name, rules) and name in text:
            return name
    return None


def _reads_as_person(author: str, rules: Rules) -> bool:
    words = author.split()
    if not 2 <= len(words) <= _MAX_NAME_WORDS:
        return False
    capitalised = 0
    for word in words:
        if word.lower() in rules.name_particles:
            continue
        if not _NAME_WORD.match(word) or not word[0].isupper() or word.isupper():
            return False
        if word.lower() in rules.organisation_words or word.lower() in rules.team_words:
            return False
        capitalised += 1
    return capitalised >= 2


def _told_in_first_person(text: str, sections: list[Section], rules: Rules) -> bool:
    """The author says "I", "we" and "my" often enough, and not "we" alone: a newsroom's "we"
    ("we hand out the marks", "as we are used to from him") tells no driver's rally."""
    data = rules.lexicon.data
    told = own = 0
    for key in _FIRST_PERSON_KEYS:
        words = tuple(sorted({str(w).lower() for w in data.get(key, [])}, key=len, reverse=True))
        if not words:
            continue
        pattern = _first_person_pattern(words)
        found = sum(
            len(pattern.findall(text, section.start, section.end))
            for section in sections
            if section.kind in ("title", "summary", "body")
        )
        told += found
        own += found if key != "narrators" else 0
    return told >= _FIRST_PERSON_MINIMUM and own >= _OWN_VOICE_MINIMUM


_FIRST_PERSON_KEYS = ("narrators", "narrator_possessives", "narrator_singulars")


@cache
def _first_person_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)


def questions(text: str, sections: list[Section]) -> list[tuple[int, int]]:
    """The questions of an interview (offsets of each paragraph), or none if it is no interview.

    A question is a short paragraph of the body ending in "?" and answered by the next one."""
    found: list[tuple[int, int]] = []
    for paragraphs in _body_paragraphs(text, sections):
        for (start, end), (next_start, next_end) in zip(paragraphs, paragraphs[1:], strict=False):
            paragraph, answer = text[start:end], text[next_start:next_end]
            if len(paragraph) <= _MAX_QUESTION_CHARS and _ASKS.search(paragraph) and not _ASKS.search(answer):
                found.append((start, end))
    return found if len(found) >= _QUESTIONS_MINIMUM else []


def interviewee(lines: list[Line], asked: list[tuple[int, int]], text: str) -> Evidence | None:
    """The person an interview's answers speak for: the one the first question calls by first
    name, else the first named in the title or the lead."""
    if not asked:
        return None
    first_question = asked[0][0]
    names = [
        item
        for line in lines
        if line.start < first_question
        for sentence in line.sentences
        for item in sentence.items
        if item.kind == "NAME" and not item.quote
    ]
    called = _VOCATIVE.match(text, first_question)
    if called is not None:
        first_name = called.group(1)
        named = next((item for item in names if first_name in item.text.split()), None)
        if named is not None:
            return Evidence(named.start, named.end, named.text)
    return Evidence(names[0].start, names[0].end, names[0].text) if names else None


def prompts(text: str, sections: list[Section], asked: list[tuple[int, int]]) -> frozenset[int]:
    """Where the interviewer's paragraphs start: the questions, and after the first of them every
    short paragraph of one sentence ("Puis vient la victoire dans la troisième étape.")."""
    if not asked:
        return frozenset()
    starts = {start for start, _ in asked}
    for paragraphs in _body_paragraphs(text, sections):
        for start, end in paragraphs:
            paragraph = text[start:end].strip()
            if (
                start > asked[0][0]
                and len(paragraph) <= _MAX_PROMPT_CHARS
                and not _SENTENCE_BREAK.search(paragraph)
            ):
                starts.add(start)
    return frozenset(starts)


def speakers(text: str, sections: list[Section]) -> dict[int, tuple[int, int]]:
    """A transcript's paragraphs by who speaks them: each paragraph start → the span of its label,
    from the name to the colon ("**Mikołaj Wróblewski:** …", "Szőllősi: …", "**Ettore Valsecchi
    (direttore di gara):** …", "Q (Petra Vlčková, Rallye Revue): …"). A press conference gives
    the floor to several people, each answer under its speaker's name; "we" in it is the speaker's
    crew, not the one a release is about. Empty for any other release: labels of results ("Cars:
    …", "Stock: A / B …") name no persons."""
    found: dict[int, tuple[int, int]] = {}
    labels: set[tuple[str, ...]] = set()
    for paragraphs in _body_paragraphs(text, sections):
        for start, end in paragraphs:
            # ("**Luca Pintus:** «Correre in casa …»": the words spoken are a quote, a section of
            # their own after the label's)
            label = _SPEAKER.match(text, start, _line_end(text, end))
            # (a name ends on a capital: "Quéré a poursuivi son effort : deuxième temps …" is a
            # sentence that runs on after a colon, no one's label)
            if label is not None and label.group("who").split()[-1][:1].isupper():
                found[start] = (label.start("who"), label.end())
                labels.add(tuple(label.group("who").split()))
    full_names = {
        label for label in labels if len(label) >= 2 and label[0][0].isupper() and label[-1][0].isupper()
    }
    return found if len(found) >= _SPEAKERS_MINIMUM and len(full_names) >= _PERSONS_MINIMUM else {}


def _line_end(text: str, position: int) -> int:
    """Where the line holding `position` ends."""
    end = text.find("\n", position)
    return len(text) if end < 0 else end


def _body_paragraphs(text: str, sections: list[Section]) -> Iterator[list[tuple[int, int]]]:
    """Each body section's paragraphs (a line each), as offsets into `text`."""
    for section in sections:
        if section.kind == "body":
            yield [m.span() for m in _PARAGRAPH.finditer(text, section.start, section.end)]
