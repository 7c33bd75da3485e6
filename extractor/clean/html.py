"""HTML pages → article text (placeholder until the HTML cleaner lands)."""

from __future__ import annotations

from bs4 import BeautifulSoup

from extractor.clean import Cleaned
from extractor.clean.text import normalize_text


def clean_html(html: str) -> Cleaned:
    soup = BeautifulSoup(html, "lxml")
    for tag in soup(["script", "style", "nav", "header", "footer", "aside"]):
        tag.decompose()
    title = soup.title.get_text(strip=True) if soup.title else None
    return Cleaned(text=normalize_text(soup.get_text("\n")), title=title)
