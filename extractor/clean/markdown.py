"""Markdown → article text (placeholder until the Markdown cleaner lands)."""

from __future__ import annotations

import re

from extractor.clean import Cleaned
from extractor.clean.text import normalize_text


def clean_markdown(text: str) -> Cleaned:
    text = re.sub(r"(?m)^#{1,6}\s*", "", text)
    text = re.sub(r"\*\*([^*]+)\*\*", r"\1", text)
    return Cleaned(text=normalize_text(text))
