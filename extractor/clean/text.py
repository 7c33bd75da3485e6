"""Plain-text cleaning and the normalisation every format ends with.

Evidence offsets point into the text this module returns, so every cleaner (text, HTML,
e-mail, Markdown) must finish here: the same release then gives the same characters whichever
way it arrived, and a name typed with a non-breaking space or hyphen matches the lexicons.
"""

from __future__ import annotations

import re
import unicodedata

from extractor.clean import Cleaned

# Characters that look like ASCII ones but break matching: non-breaking and typographic
# spaces, non-breaking / figure hyphens, soft hyphens, zero-width and direction marks,
# line/paragraph separators; C0/C1 control codes other than tab and newline go too.
_TRANSLATE: dict[int, str | None] = {
    0x00A0: " ",
    0x1680: " ",
    0x202F: " ",
    0x205F: " ",
    0x3000: " ",
    0x2011: "-",
    0x2010: "-",
    0x2012: "-",
    0x00AD: None,
    0x180E: None,
    0x200B: None,
    0x200C: None,
    0x200D: None,
    0x200E: None,
    0x200F: None,
    0x2060: None,
    0xFEFF: None,
    0x2028: "\n",
    0x2029: "\n",
    0x0085: "\n",
    0x000B: "\n",
    0x000C: "\n",
}
_TRANSLATE.update({code: " " for code in range(0x2000, 0x200B)})  # en quad … hair space
_TRANSLATE.update({code: None for code in range(0x202A, 0x202F)})  # bidi embeddings
_TRANSLATE.update({code: None for code in range(0x2066, 0x206A)})  # bidi isolates
_TRANSLATE.update({code: None for code in range(0x00, 0x20) if code not in (0x09, 0x0A, 0x0D)})
_TRANSLATE.update({code: None for code in range(0x7F, 0xA0) if code != 0x85})
_TRANSLATE.update({0x0B: "\n", 0x0C: "\n"})
# The characters above as one class: str.translate looks every character up in the dict, a
# regex finds the few that are there (a tenth of the time, same result).
_TO_TRANSLATE = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_TRANSLATE)) + "]")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")
# A tab between two words separates the cells of a table row; it is kept as the cell break the
# HTML and Markdown cleaners write (" | "), one per tab so that an empty cell stays one.
_CELL_TABS = re.compile(r"(?<=\S)\t+(?=\S)")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")


def normalize_text(text: str) -> str:
    """NFC, one kind of space and hyphen, Unix newlines, at most one blank line in a row."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _TO_TRANSLATE.sub(lambda found: _TRANSLATE[ord(found.group())] or "", text)
    text = _CELL_TABS.sub(lambda found: " |" * len(found.group()) + " ", text)
    text = text.replace("\t", " ")
    text = _TRAILING_SPACE.sub("\n", text)
    text = _MANY_BLANK_LINES.sub("\n\n", text)
    return text.strip()


def clean_text(text: str) -> Cleaned:
    """A plain-text release is already in the shape the segmenter expects; normalise it."""
    return Cleaned(text=normalize_text(text))
