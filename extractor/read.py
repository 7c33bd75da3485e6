"""Stage 1, read: raw bytes → decoded text, its format and its encoding.

Order of trust for the encoding: byte-order mark, then a charset the document declares
(HTML meta / http-equiv, MIME headers), then charset-normalizer's guess.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

from extractor.errors import ReadError

MAX_BYTES_DEFAULT = 20 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_EXTENSION_FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".eml": "email",
    ".md": "markdown",
    ".markdown": "markdown",
}
_DECLARED_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", re.I)


@dataclass(frozen=True)
class Decoded:
    """The document as Unicode, before any cleaning."""

    text: str
    format: str
    encoding: str
    raw: bytes


def read(data: bytes, path: str | None = None, max_bytes: int = MAX_BYTES_DEFAULT) -> Decoded:
    """Decode `data`; raise ReadError with the reason when it is not a readable release."""
    if not data or not data.strip():
        raise ReadError("empty document", path)
    if len(data) > max_bytes:
        raise ReadError(f"document is {len(data)} bytes, over the {max_bytes}-byte limit", path)
    text, encoding = decode_bytes(data, path)
    if _looks_binary(text):
        raise ReadError("binary content, not a text document", path)
    return Decoded(text=text, format=detect_format(text, path), encoding=encoding, raw=data)


def decode_bytes(data: bytes, path: str | None = None) -> tuple[str, str]:
    """Bytes → (text, encoding name) by BOM, declared charset, then detection."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name.replace("-sig", "")
            except UnicodeDecodeError as exc:
                raise ReadError(f"byte-order mark says {name} but bytes do not decode", path) from exc
    declared = _DECLARED_CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii", "replace").lower()
        try:
            codec = codecs.lookup(name).name
            return data.decode(codec), codec
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise ReadError("undecodable bytes: no text encoding fits", path)
    return str(best), best.encoding


def detect_format(text: str, path: str | None) -> str:
    """The extension decides when it is known; otherwise the content does."""
    if path:
        lowered = path.lower()
        for extension, fmt in _EXTENSION_FORMATS.items():
            if lowered.endswith(extension):
                return fmt
    head = text[:2048].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")) or "<body" in head:
        return "html"
    if re.match(r"(?im)^(from|subject|mime-version|received|date|to):", head) and re.search(
        r"(?im)^(subject|mime-version|from):", head
    ):
        return "email"
    if re.search(r"(?m)^#{1,6} \S|^\*\*[^*]+\*\*", text[:4096]):
        return "markdown"
    return "text"


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return "\x00" in sample or controls / len(sample) > 0.05
