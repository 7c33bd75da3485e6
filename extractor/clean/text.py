"""Plain-text cleaning and the normalisation every format ends with."""

from __future__ import annotations

import re
import unicodedata

from extractor.clean import Cleaned

# Characters that look like ASCII ones but break matching: non-breaking and narrow spaces,
# non-breaking / figure hyphens, soft hyphens and zero-width marks.
_TRANSLATE = {
    0x00A0: " ",
    0x2007: " ",
    0x202F: " ",
    0x2009: " ",
    0x200A: " ",
    0x2002: " ",
    0x2003: " ",
    0x2011: "-",
    0x2010: "-",
    0x2012: "-",
    0x00AD: None,
    0x200B: None,
    0x200C: None,
    0x200D: None,
    0xFEFF: None,
    0x2028: "\n",
    0x2029: "\n",
}
_TRAILING_SPACE = re.compile(r"[ \t]+\n")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")


def normalize_text(text: str) -> str:
    """NFC, one kind of space and hyphen, Unix newlines, at most one blank line in a row."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_TRANSLATE)
    text = text.replace("\t", " ")
    text = _TRAILING_SPACE.sub("\n", text)
    text = _MANY_BLANK_LINES.sub("\n\n", text)
    return text.strip()


def clean_text(text: str) -> Cleaned:
    return Cleaned(text=normalize_text(text))
