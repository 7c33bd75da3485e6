"""Stage 2, clean: decoded document → the article text every evidence offset points into.

Each format has a module (`html`, `email`, `markdown`, `text`); all end in `normalize_text`,
so the same release gives the same text whichever way it arrived.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from extractor.read import Decoded


@dataclass
class Cleaned:
    """Article text plus what the container said about it (title, date, language)."""

    text: str
    title: str | None = None
    published: date | None = None
    language_hint: str | None = None
    publisher: str | None = None  # the site's own name (og:site_name): no person, whatever its shape
    author: str | None = None  # who wrote it (front matter `author`): a blog's "I", if it says "I"
    # where the value of a forwarded release's own date line stands in `text` ("Date: dom, 25 oct
    # 2026 a las 19:42" under "---------- Forwarded message ---------"), read in its language later
    forwarded_date: tuple[int, int] | None = None
    warnings: list[str] = field(default_factory=list)


def clean(decoded: Decoded) -> Cleaned:
    """Dispatch on the detected format."""
    from extractor.clean import email as email_cleaner
    from extractor.clean import html as html_cleaner
    from extractor.clean import markdown as markdown_cleaner
    from extractor.clean.text import clean_text

    if decoded.format == "html":
        return html_cleaner.clean_html(decoded.text)
    if decoded.format == "email":
        return email_cleaner.clean_email(decoded)
    if decoded.format == "markdown":
        return markdown_cleaner.clean_markdown(decoded.text)
    return clean_text(decoded.text)
