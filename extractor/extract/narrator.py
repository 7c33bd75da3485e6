"""The narrator of a first-person release: who "I", "we" and "my co-driver" are.

A driver's blog tells its rally as "I" and "we", and often names its author only in the
front matter ("author: Isla Penhaligon"), which the cleaner keeps out of the text. When the
release speaks in the first person outside quotes (the language file's `narrators`,
`narrator_singulars` and `narrator_possessives`) and its container names a person as author,
that person tells it: found where the text names them, else named on a byline line under the
title, so that the name, like every other, has evidence in the text.
"""

from __future__ import annotations

import re
from functools import cache

from extractor.nlp import Rules
from extractor.record import Evidence, Section

# A release says "I" or "my" this often outside quotes when its author tells it.
_FIRST_PERSON_MINIMUM = 4
# An author field holding a person: "Isla Penhaligon", "Lucía Berenguer Soler", not
# "Persdienst ELE Rally" or "Jana Vukelić, Pressestelle Sandläufer Racing".
_NAME_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*\.?$")
_MAX_NAME_WORDS = 5


def narrator_span(
    text: str, sections: list[Section], author: str | None, rules: Rules
) -> tuple[str, Evidence | None]:
    """The text (with a byline added if needed) and where it names the narrating author."""
    if not author or not _reads_as_person(author, rules) or not _told_in_first_person(text, sections, rules):
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
    data = rules.lexicon.data
    words = tuple(
        sorted(
            {str(w).lower() for key in _FIRST_PERSON_KEYS for w in data.get(key, [])},
            key=len,
            reverse=True,
        )
    )
    if not words:
        return False
    pattern = _first_person_pattern(words)
    count = 0
    for section in sections:
        if section.kind in ("title", "summary", "body"):
            count += len(pattern.findall(text, section.start, section.end))
            if count >= _FIRST_PERSON_MINIMUM:
                return True
    return False


_FIRST_PERSON_KEYS = ("narrators", "narrator_possessives", "narrator_singulars")


@cache
def _first_person_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)
