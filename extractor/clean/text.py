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


# A line that opens a list item, a results row or a table row stands on its own line, however
# long the line above it is ("1. A / B", "• …", "- …", "| …", "SS3 …" is not: it may be prose).
# ("62 equipas inscritas" goes on a sentence: a bare number before a lower-case word is no row)
_OWN_LINE = re.compile(r"(?:[-–—•·*+>|]|\(?\d{1,3}(?:[.)°º](?:\s|$)|\s(?![a-zß-ÿ])|$))")
_MIN_WRAPPED_LINES = 8
_MAX_WRAP_WIDTH = 110
# A line that opens with a label ("Stock: A / B (Toyota) 18h02m15s", "Car: Škoda Fabia RS"): under
# another such line it is the next entry of a list, not the rest of a wrapped sentence.
_LABELLED = re.compile(r"[^\W\d_][\w.'’/+-]*(?: [\w.'’/+-]+){0,3} ?:\s")  # (French: "N4 : A / B")


def unwrap_lines(text: str) -> str:
    """Join the lines of hard-wrapped paragraphs (mailings pasted at 72–80 columns), so that a
    sentence is one line again, as the segmenter and the extractors read it.

    A text is wrapped when its longest lines (the third longest sets the width) are at most 110
    characters and at least two in five lines reach within 20 of it. A line break is the
    wrapper's when the next line's first word would not have fitted after the line, or when a
    long line goes on in lower case (wrapped by hand, "… Sans la↵crevaison"). Such a break
    becomes a space (none after a hyphen glued to a word: "Chemnitz-↵Röhrsdorf"). A break with
    room left, a blank line, or a next line that opens a list item or a row is the writer's, unless
    the paragraph above left a bracket open."""
    lines = text.split("\n")
    lengths = sorted((len(line) for line in lines if line.strip()), reverse=True)
    if (
        len(lengths) < _MIN_WRAPPED_LINES
        or lengths[2] > _MAX_WRAP_WIDTH
        or lengths[0] > _MAX_WRAP_WIDTH + 20
        or sum(1 for n in lengths if n >= lengths[2] - 20) < 0.4 * len(lengths)
    ):
        return "\n".join(_join_broken_lines(lines))  # not wrapped: only the writer's stray breaks
    width = lengths[2]
    out: list[str] = [lines[0]]
    last = lines[0]  # the physical line last appended or joined
    for line in lines[1:]:
        first_word = line.split(" ", 1)[0]
        if (
            out[-1].strip()
            and first_word
            and (
                len(last) + 1 + len(first_word) > width
                or (len(last) >= 0.75 * width and first_word[:1].islower())
                # ("… Ibarra Montoya e o navegador↵Tiago Reis Valadares …": a sentence stops on
                # no lower-case word, whatever width a writer wrapping by hand kept to)
                or (len(last) >= 0.6 * width and last.rsplit(" ", 1)[-1].isalpha() and last[-1:].islower())
            )
            # (no list item opens inside a bracket the paragraph left open: "… (Peugeot↵208 Rally4)",
            # also where the line closed an earlier one first: "(Ford Fiesta↵Rally3), … (Peugeot")
            and (not _OWN_LINE.match(line) or out[-1].count("(") > out[-1].count(")"))
            and not (_LABELLED.match(line) and _LABELLED.match(last))
        ):
            glued = out[-1].endswith("-") and out[-1][-2:-1].isalpha()
            out[-1] += line if glued else " " + line
        else:
            out.append(line)
        last = line
    return "\n".join(out)


# A paragraph line this long that stops on a comma goes on in the next line ("… die Niederländer
# Teun van Dalfsen,↵Ruud Kamphuis und Bram Oosting"); a salutation or an address line is short.
_BROKEN_AFTER_COMMA = 80


def _join_broken_lines(lines: list[str]) -> list[str]:
    """In a text that is not hard-wrapped, a writer's stray line breaks: a line that leaves a
    bracket open goes on in the next one when that one closes it first ("… Paola Giménez Arce
    (Mitsubishi↵Triton #207) terminaram …"), and a long line that stops on a comma goes on in a
    next line that opens no list item or row."""
    out: list[str] = []
    for line in lines:
        closing, opening = line.find(")"), line.find("(")
        last = out[-1] if out else ""
        bracket = (
            last.count("(") > last.count(")")
            and last[-1:].strip()
            and closing > 0
            and (opening < 0 or closing < opening)
        )
        comma = (
            len(last) >= _BROKEN_AFTER_COMMA
            and last.endswith(",")
            and line.strip()
            and not line[:1].isspace()
            and not _OWN_LINE.match(line)
        )
        if out and (bracket or comma):
            out[-1] += " " + line
        else:
            out.append(line)
    return out


# A line of a reply or a forward as mail clients quote it: "> text", "> > text", ">".
_QUOTE_MARKS = re.compile(r"^(?:>[ \t]?)+")
_MIN_QUOTED_LINES = 3


def unquote_replies(text: str) -> str:
    """Take the quote marks off a quoted release ("> Grândola, 28 de março – …"), so that its
    paragraphs, lists and rows read as the release's own; a line or two quoted in passing keep
    theirs. The quoted paragraphs are unwrapped on their own: the client wrapped them to its width."""
    if ">" not in text:
        return text
    lines = text.split("\n")
    quoted = [line.startswith(">") for line in lines]
    out: list[str] = []
    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) and quoted[end]:
            end += 1
        if end - k >= _MIN_QUOTED_LINES:
            # (the quoted release was wrapped by its own client, to its own width)
            out.append(
                unwrap_lines("\n".join(_QUOTE_MARKS.sub("", line, count=1).rstrip() for line in lines[k:end]))
            )
            k = end
        else:
            out.append(lines[k])
            k += 1
    return "\n".join(out)


def clean_text(text: str) -> Cleaned:
    """A plain-text release is already in the shape the segmenter expects once its hard-wrapped
    paragraphs (perhaps quoted by a mail client) are joined; normalise it."""
    return Cleaned(text=unwrap_lines(unquote_replies(normalize_text(text))))
