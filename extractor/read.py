"""Stage 1, read: raw bytes → decoded text, its format and its encoding.

Order of trust for the encoding: byte-order mark, then a charset the document declares
(HTML `<meta charset>` / http-equiv, XML declaration), then strict UTF-8, then a resolver for
the Western single-byte code pages (windows-1252 vs ISO-8859-15, which charset-normalizer
confuses with windows-1250 on short texts), then charset-normalizer for everything else.
E-mails are decoded per part by the `email` package later; here their encoding is the charset
their text part declares.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

from extractor.errors import ReadError

MAX_BYTES_DEFAULT = 20 * 1024 * 1024

# UTF-32 LE must be tried before UTF-16 LE: its BOM starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)
_EXTENSION_FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".eml": "email",
    ".mht": "email",
    ".md": "markdown",
    ".markdown": "markdown",
}
# Magic numbers of the binary files most often dropped into an inbox folder by mistake.
_MAGIC = (
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"7z\xbc\xaf", "7-Zip archive"),
    (b"Rar!", "RAR archive"),
    (b"\x7fELF", "executable"),
    (b"MZ", "executable"),
    (b"{\\rtf", "RTF document"),
)
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9_\-:.]+)""", re.I)
_MIME_TEXT_CONTENT_TYPE = re.compile(
    rb"^content-type:[ \t]*text/(html|plain)\b([^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)", re.I | re.M
)
_MIME_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", re.I)
_HEADER_LINE = re.compile(r"^[!-9;-~]+:[ \t]*\S?")
_EMAIL_KEY_HEADERS = frozenset(
    {
        "from",
        "subject",
        "mime-version",
        "received",
        "message-id",
        "return-path",
        "delivered-to",
        "content-type",
        "x-mailer",
        "reply-to",
    }
)
_HTML_START = re.compile(r"^(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html\b)", re.I | re.S)
_HTML_SKELETON = re.compile(r"<(?:head|body|meta|title)\b", re.I)
_HTML_CLOSING = re.compile(r"</(?:p|div|h[1-6]|li|ul|ol|table|tr|td|span|a|section|article)>", re.I)
_ANY_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
_MARKDOWN_SIGNALS = (
    (re.compile(r"(?m)^#{1,6}[ \t]+\S"), 2),
    (re.compile(r"(?m)^\S[^\n]*\n(?:=+|-+)[ \t]*$"), 2),
    (re.compile(r"!?\[[^\]\n]+\]\([^)\s]+[^)]*\)"), 2),
    (re.compile(r"(?m)^```"), 2),
    (re.compile(r"\*\*[^*\n]+\*\*|__[^_\n]+__"), 1),
    (re.compile(r"(?m)^>[ \t]"), 1),
    (re.compile(r"(?m)^[ \t]*[-*+][ \t]+\S"), 1),
    (re.compile(r"(?m)^\|.*\|[ \t]*$\n^\|?[ \t]*:?-{3,}"), 2),
)

# Bytes where windows-1252 and ISO-8859-15 disagree (outside 0x80-0x9F), with each reading.
_LATIN9_DIFF = {
    0xA4: ("¤", "€"),
    0xA6: ("¦", "Š"),
    0xA8: ("¨", "š"),
    0xB4: ("´", "Ž"),
    0xB8: ("¸", "ž"),
    0xBC: ("¼", "Œ"),
    0xBD: ("½", "œ"),
    0xBE: ("¾", "Ÿ"),
}
_LATIN9_BYTES = re.compile(b"[" + bytes(_LATIN9_DIFF) + b"]")
_C1_BYTES = re.compile(rb"[\x80-\x9f]")
_HIGH_BYTES = bytes(range(0x80, 0x100))
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_LABELS = {
    "utf-8": "utf-8",
    "ascii": "us-ascii",
    "iso8859-1": "iso-8859-1",
    "cp1252": "windows-1252",
    "mac-roman": "macintosh",
}


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
    kind = _binary_kind(data)
    if kind:
        raise ReadError(f"binary content ({kind}), not a text document", path)
    if _looks_like_email_bytes(data):
        text, encoding = _decode_email(data, path)
    else:
        text, encoding = decode_bytes(data, path)
    if not text.strip():
        raise ReadError("empty document (only a byte-order mark or whitespace)", path)
    if _looks_binary(text):
        raise ReadError("binary content (control characters), not a text document", path)
    return Decoded(text=text, format=detect_format(text, path), encoding=encoding, raw=data)


def decode_bytes(data: bytes, path: str | None = None) -> tuple[str, str]:
    """Bytes → (text, encoding label) by BOM, declared charset, UTF-8, then detection."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), label
            except UnicodeDecodeError as exc:
                raise ReadError(
                    f"byte-order mark says {label} but the bytes do not decode as {label}", path
                ) from exc
    utf16 = _bomless_utf16(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    declared = _declared_charset(data)
    if declared:
        decoded = _decode_declared(data, declared)
        if decoded:
            return decoded
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    western = _decode_western(data)
    if western:
        return western
    best = from_bytes(data).best()
    if best is None:
        raise ReadError("undecodable bytes: no text encoding fits", path)
    return str(best), _label(best.encoding)


def detect_format(text: str, path: str | None) -> str:
    """The content decides when it is unmistakable (HTML, e-mail), else the extension.

    An extension can lie (a saved page named `.txt`, a release pasted into `.html` without any
    markup), so strong content evidence wins; Markdown is only sniffed without an extension.
    """
    sniffed = _sniff_format(text)
    by_extension = None
    if path:
        lowered = path.lower()
        for extension, fmt in _EXTENSION_FORMATS.items():
            if lowered.endswith(extension):
                by_extension = fmt
                break
    if by_extension is None:
        return sniffed
    if sniffed in ("html", "email"):
        return sniffed
    if by_extension == "html" and not _ANY_TAG.search(text[:65536]):
        return sniffed
    if by_extension == "email":
        return sniffed
    return by_extension


def _sniff_format(text: str) -> str:
    """Format from content alone: e-mail headers, HTML markup, Markdown syntax, else text."""
    head = text[:8192].lstrip("\ufeff \t\r\n")
    if _looks_like_email_text(head):
        return "email"
    closing_tags = len(_HTML_CLOSING.findall(head))
    if _HTML_START.match(head) or (
        head.startswith("<") and (_HTML_SKELETON.search(head) or closing_tags >= 3)
    ):
        return "html"
    if _HTML_SKELETON.search(head[:1024]) and closing_tags >= 3:
        return "html"
    score = sum(weight for pattern, weight in _MARKDOWN_SIGNALS if pattern.search(text[:16384]))
    if score >= 2:
        return "markdown"
    return "text"


def _looks_like_email_text(head: str) -> bool:
    """RFC 5322 headers at the top: at least two header lines, one of them an e-mail one."""
    lines = head.split("\n", 60)
    if lines and lines[0].startswith("From "):  # mbox separator line
        lines = lines[1:]
    names: list[str] = []
    for line in lines:
        line = line.rstrip("\r")
        if not line:
            break
        if line[0] in " \t":
            if not names:
                return False
            continue
        if not _HEADER_LINE.match(line):
            return False
        names.append(line.split(":", 1)[0].lower())
    return len(names) >= 2 and bool(_EMAIL_KEY_HEADERS.intersection(names))


def _looks_like_email_bytes(data: bytes) -> bool:
    head = data[:8192]
    try:
        text = head.decode("ascii")
    except UnicodeDecodeError:
        text = head.decode("latin-1")
    return _looks_like_email_text(text.lstrip("\r\n"))


def _decode_email(data: bytes, path: str | None) -> tuple[str, str]:
    """E-mail text for format sniffing; the encoding reported is the body part's charset."""
    declared: dict[str, str] = {}
    for match in _MIME_TEXT_CONTENT_TYPE.finditer(data):
        subtype = match.group(1).decode("ascii").lower()
        charset = _MIME_CHARSET.search(match.group(2))
        if charset and subtype not in declared:
            declared[subtype] = charset.group(1).decode("ascii", "replace")
    charset = declared.get("html") or declared.get("plain")
    try:
        text = data.decode("utf-8")
        fallback = "us-ascii" if data.isascii() else "utf-8"
    except UnicodeDecodeError:
        text, fallback = decode_bytes(data, path)
    if charset:
        try:
            return text, _label(codecs.lookup(charset).name)
        except LookupError:
            pass
    return text, fallback


def _declared_charset(data: bytes) -> str | None:
    """The charset an HTML/XML document names for itself in its first 8 KB, if any."""
    head = data[:8192]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if not match:
        return None
    return match.group(1).decode("ascii", "replace").strip().lower()


def _decode_declared(data: bytes, declared: str) -> tuple[str, str] | None:
    """Decode with the declared charset, as browsers do, but never into mojibake.

    ISO-8859-1 and US-ASCII labels mean windows-1252 on the web (WHATWG); a declaration of a
    single-byte charset on bytes that are valid, non-ASCII UTF-8 is a stale label left by a
    re-save, and decoding it as declared would turn `é` into `Ã©`.
    """
    try:
        codec = codecs.lookup(declared).name
    except LookupError:
        return None
    if codec.startswith(("utf-16", "utf-32")):
        return None  # the declaration was readable as ASCII, so the bytes are not UTF-16/32
    if codec != "utf-8" and not data.isascii():
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    if codec in ("iso8859-1", "ascii"):
        label = _label(codec)
        if not data.isascii() and (codec == "ascii" or has_c1_bytes(data)):
            codec, label = "cp1252", "windows-1252"
        try:
            return data.decode(codec), label
        except UnicodeDecodeError:
            return None
    try:
        return data.decode(codec), _label(codec)
    except UnicodeDecodeError:
        return None


def _decode_western(data: bytes) -> tuple[str, str] | None:
    """windows-1252 or ISO-8859-15 for Western-European text, or None to let detection decide.

    The two code pages differ only on 0x80-0x9F (printable in windows-1252, control codes in
    ISO-8859-15) and on eight bytes (`š` vs `¨`, `œ` vs `½` …); the reading that puts letters
    between letters wins. Text where most letters are non-ASCII is not Western European.
    """
    non_ascii = len(data) - len(data.translate(None, _HIGH_BYTES))
    letters = len(data) - len(data.translate(None, _ASCII_LETTERS)) + non_ascii
    if not letters or non_ascii / letters > 0.5:
        return None
    if has_c1_bytes(data):
        try:
            return data.decode("cp1252"), "windows-1252"
        except UnicodeDecodeError:
            return None
    votes = 0
    for match in _LATIN9_BYTES.finditer(data):
        index = match.start()
        votes += _latin9_vote(data, index, *_LATIN9_DIFF[data[index]])
    if votes > 0:
        return data.decode("iso8859-15"), "iso-8859-15"
    return data.decode("cp1252"), "windows-1252"


def _latin9_vote(data: bytes, index: int, cp1252_char: str, latin9_char: str) -> int:
    """+1 when the ISO-8859-15 letter fits its neighbours, -1 when the windows-1252 sign does."""
    before = chr(data[index - 1]) if index > 0 else " "
    after = chr(data[index + 1]) if index + 1 < len(data) else " "
    if before.isdigit() or after.isdigit():
        return -1 if cp1252_char in "¼½¾" else 1 if latin9_char == "€" else 0
    if latin9_char == "€":
        return 1 if before.isspace() or after.isspace() else 0
    if not (before.isalpha() or after.isalpha()):
        return 0
    if latin9_char.isupper() and before.isalpha() and before.islower():
        return -1  # `l´équipe`, not `lŽéquipe`
    return 1


def has_c1_bytes(data: bytes) -> bool:
    """Bytes 0x80-0x9F: printable in windows-1252, control codes in ISO-8859-1/15."""
    return _C1_BYTES.search(data) is not None


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as ASCII letters alternating with NUL bytes."""
    sample = data[:4096]
    if len(sample) < 8 or len(sample) % 2 or b"\x00" not in sample:
        return None
    even_nul = sample[0::2].count(0) / (len(sample) / 2)
    odd_nul = sample[1::2].count(0) / (len(sample) / 2)
    if odd_nul > 0.4 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.4 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _binary_kind(data: bytes) -> str | None:
    """What a binary file is (by magic number or NUL bytes), or None for text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            if magic == b"MZ" and len(data) > 64 and b"\x00" not in data[:64]:
                continue  # a text that happens to start with "MZ"
            return kind
    if any(data.startswith(bom) for bom, _, _ in _BOMS) or _bomless_utf16(data):
        return None
    if b"\x00" in data[:65536]:
        return "NUL bytes"
    return None


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    # Control characters other than line and page breaks (\t \n \v \f \r are 0x09-0x0D).
    controls = len(_CONTROLS.findall(sample))
    return "\x00" in sample or controls / len(sample) > 0.05


_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f]")


def _label(codec: str) -> str:
    """A readable, WHATWG-style label for a Python codec name (`cp1252` → `windows-1252`)."""
    name = codecs.lookup(codec).name if codec else codec
    if name in _LABELS:
        return _LABELS[name]
    if name.startswith("cp125"):
        return "windows-" + name[2:]
    if name.startswith("iso8859-"):
        return "iso-8859-" + name[len("iso8859-") :]
    return name.replace("_", "-")
