"""Markdown → article text shaped like a plain-text release (as the HTML cleaner shapes it).

Releases written for static sites and mailing tools come as Markdown. Syntax must not reach
extraction: `**Ferrandi**` is a name, `[the team](https://…)` is "the team", an image is no
text at all. A small block parser (no dependency) keeps what a reader sees: headings and
paragraphs as blocks, list items as `• ` / `N. ` lines, blockquotes as their own paragraphs,
table rows as `cell | cell` lines; line breaks inside a paragraph stay as the author typed
them, as in a text release, unless the whole text is hard-wrapped (clean.text.unwrap_lines).
YAML front matter gives title, date and language.
"""

from __future__ import annotations

import html as html_lib
import re

from extractor.clean import Cleaned
from extractor.clean.html import parse_date
from extractor.clean.text import normalize_text, unwrap_lines

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FRONT_KEY = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_BREAK = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_QUOTE = re.compile(r"^ {0,3}> ?")
_BULLET = re.compile(r"^([ \t]*)([-*+•·])[ \t]+(.*)$")
_ORDERED = re.compile(r"^([ \t]*)(\d{1,9})([.)])[ \t]+(.*)$")
_TASK = re.compile(r"^\[[ xX]\][ \t]+")
_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_REFERENCE = re.compile(r"^ {0,3}\[[^\]^][^\]]*\]:[ \t]*\S+.*$")
_FOOTNOTE_DEF = re.compile(r"^ {0,3}\[\^[^\]]+\]:[ \t]*")
_HTML_BLOCK = re.compile(r"^ {0,3}</?[A-Za-z][\w-]*(?:\s[^>]*)?/?>[ \t]*$")

_CODE_SPAN = re.compile(r"(`+)(.+?)\1")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_IMAGE = re.compile(r"!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))*(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^\s>]+|mailto:[^\s>]+|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)>")
_FOOTNOTE_REF = re.compile(r"\[\^[^\]]+\]")
_BR = re.compile(r"<br\s*/?>", re.I)
_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>")
_STRONG = (
    re.compile(r"\*\*\*(?=\S)(.+?)(?<=\S)\*\*\*"),
    re.compile(r"(?<!\w)___(?=\S)(.+?)(?<=\S)___(?!\w)"),
    re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*"),
    re.compile(r"(?<!\w)__(?=\S)(.+?)(?<=\S)__(?!\w)"),
    re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])"),
    re.compile(r"(?<!\w)_(?=[^\s_])(.+?)(?<=[^\s_])_(?!\w)"),
    re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"),
)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_HARD_BREAK = re.compile(r"(?: {2,}|\\)$")
_PLACEHOLDER = "\ue001{}\ue002"
_PLACEHELD = re.compile("\ue001(\\d+)\ue002")


def clean_markdown(text: str) -> Cleaned:
    """Readable text of a Markdown release, plus title/date/language from front matter."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta: dict[str, str] = {}
    match = _FRONT_MATTER.match(text)
    if match and _is_front_matter(match.group(1)):
        meta = _front_matter(match.group(1))
        text = text[match.end() :]
    text = _COMMENT.sub("", text)
    blocks, headings = _Blocks().parse(text.split("\n"))
    title = headings[0] if headings else None
    meta_title = meta.get("title")
    if meta_title and (not blocks or _words(blocks[0]) != _words(meta_title)):
        if not title:
            blocks.insert(0, _inline(meta_title))
        title = title or _inline(meta_title)
    published = None
    for key in ("date", "published", "publishdate", "pubdate"):
        if meta.get(key):
            published = parse_date(meta[key])
            if published:
                break
    language = None
    for key in ("lang", "language", "locale"):
        found = re.match(r"^([a-z]{2})(?:[-_]|$)", meta.get(key, "").lower())
        if found:
            language = found.group(1)
            break
    author = next((meta[key] for key in ("author", "authors") if meta.get(key)), None)
    return Cleaned(
        text=unwrap_lines(normalize_text("\n\n".join(block for block in blocks if block.strip()))),
        title=normalize_text(title) if title else None,
        published=published,
        language_hint=language,
        author=normalize_text(_inline(author.strip("[]"))) if author else None,
    )


class _Blocks:
    """Line-by-line block parser: each finished block is one string, ready to join."""

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.headings: list[str] = []
        self.paragraph: list[str] = []
        self.items: list[str] = []

    def parse(self, lines: list[str]) -> tuple[list[str], list[str]]:
        index = 0
        while index < len(lines):
            index = self._line(lines, index)
        self._flush()
        return self.blocks, self.headings

    def _line(self, lines: list[str], index: int) -> int:
        """Consume the block starting at `index`; return the next line to read."""
        line = lines[index]
        if not line.strip():
            self._flush()
            return index + 1
        fence = _FENCE.match(line)
        if fence:
            self._flush()
            end = index + 1
            while end < len(lines) and not lines[end].strip().startswith(fence.group(1)):
                end += 1
            self.blocks.append("\n".join(lines[index + 1 : end]))
            return end + 1
        heading = _ATX.match(line)
        if heading:
            self._flush()
            self._heading(heading.group(2) or "", len(heading.group(1)))
            return index + 1
        if self.paragraph and not self.items and _SETEXT.match(line):
            level = 1 if line.strip().startswith("=") else 2
            heading_text = " ".join(part.strip() for part in self.paragraph)
            self.paragraph = []
            self._heading(heading_text, level)
            return index + 1
        if _BREAK.match(line):
            self._flush()
            return index + 1
        if _QUOTE.match(line):
            self._flush()
            end = index
            quoted: list[str] = []
            while end < len(lines) and lines[end].strip() and _QUOTE.match(lines[end]):
                quoted.append(_QUOTE.sub("", lines[end], count=1))
                end += 1
            inner, _ = _Blocks().parse(quoted)
            self.blocks.extend(inner)
            return end
        if (
            "|" in line
            and index + 1 < len(lines)
            and "-" in lines[index + 1]
            and _TABLE_RULE.match(lines[index + 1])
        ):
            self._flush()
            return self._table(lines, index)
        if _REFERENCE.match(line):
            return index + 1
        if _HTML_BLOCK.match(line) and not _BR.fullmatch(line.strip()):
            return index + 1
        item = _BULLET.match(line) or _ORDERED.match(line)
        if item and not (item.re is _BULLET and _BREAK.match(line)):
            if self.paragraph:
                self._flush()
            if item.re is _BULLET:
                marker, content = "• ", item.group(3)
            else:
                marker, content = f"{item.group(2)}. ", item.group(4)
            self.items.append(marker + _inline(_TASK.sub("", content)))
            return index + 1
        if self.items and not self.paragraph:
            self.items[-1] += " " + _inline(line.strip())  # a lazy continuation line
            return index + 1
        footnote = _FOOTNOTE_DEF.match(line)
        if footnote:
            line = line[footnote.end() :]
        self.paragraph.append(line)
        return index + 1

    def _heading(self, raw: str, level: int) -> None:
        text = _inline(raw.strip())
        if text:
            self.blocks.append(text)
            if level == 1 or not self.headings and len(self.blocks) == 1:
                self.headings.append(text)

    def _table(self, lines: list[str], index: int) -> int:
        rows = [_cells(lines[index])]
        end = index + 2
        while end < len(lines) and lines[end].strip() and "|" in lines[end]:
            rows.append(_cells(lines[end]))
            end += 1
        self.blocks.append("\n".join(" | ".join(row) for row in rows if row))
        return end

    def _flush(self) -> None:
        if self.paragraph:
            lines = [_inline(_HARD_BREAK.sub("", line.strip())) for line in self.paragraph]
            self.blocks.append("\n".join(line for line in lines if line))
            self.paragraph = []
        if self.items:
            self.blocks.append("\n".join(self.items))
            self.items = []


def _cells(row: str) -> list[str]:
    row = row.strip()
    if row.startswith("|"):
        row = row[1:]
    if row.endswith("|") and not row.endswith("\\|"):
        row = row[:-1]
    cells = [_inline(cell.strip().replace("\\|", "|")) for cell in re.split(r"(?<!\\)\|", row)]
    return [cell for cell in cells if cell]


def _inline(text: str) -> str:
    """Inline Markdown → the words a reader sees (no URLs, no emphasis marks, no tags)."""
    held: list[str] = []

    def hold(value: str) -> str:
        held.append(value)
        return _PLACEHOLDER.format(len(held) - 1)

    text = _CODE_SPAN.sub(lambda m: hold(m.group(2).strip()), text)
    text = _ESCAPE.sub(lambda m: hold(m.group(1)), text)
    text = _AUTOLINK.sub(lambda m: hold(m.group(1).removeprefix("mailto:")), text)
    text = _BR.sub("\n", text)
    text = _TAG.sub("", text)
    text = _IMAGE.sub("", text)
    for _ in range(3):  # links inside emphasis inside links
        text = _LINK.sub(r"\1", text)
        text = _REF_LINK.sub(r"\1", text)
    text = _FOOTNOTE_REF.sub("", text)
    for pattern in _STRONG:
        text = pattern.sub(r"\1", text)
    if "&" in text:
        text = _ENTITY.sub(lambda m: html_lib.unescape(m.group()), text)
    text = _PLACEHELD.sub(lambda m: held[int(m.group(1))], text)
    return text.strip()


def _is_front_matter(block: str) -> bool:
    """YAML front matter, not a release that happens to open with a `---` rule."""
    lines = [line for line in block.split("\n") if line.strip()]
    return bool(lines) and sum(1 for line in lines if _FRONT_KEY.match(line)) >= len(lines) / 2


def _front_matter(block: str) -> dict[str, str]:
    meta: dict[str, str] = {}
    for line in block.split("\n"):
        match = _FRONT_KEY.match(line)
        if match:
            meta[match.group(1).lower()] = match.group(2).strip().strip("\"'")
    return meta


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))
