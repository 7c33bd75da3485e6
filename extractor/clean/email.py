"""E-mails (MIME) → the release they carry, shaped like a text release.

Press offices send releases as multipart/alternative (a plain part and a richer HTML part),
often wrapped in multipart/mixed with a logo or a results PDF attached. The richer part wins:
HTML (cleaned by `clean_html`) over plain text, unless the HTML says much less. Every part is
decoded with its own charset and transfer encoding; the Subject becomes the title and the
Date header the publication date. Attachments are never read, but each is named in a warning
so that nothing is dropped silently. Whatever is wrong with the MIME, the caller sees a
CleanError with the reason, never a parser exception.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import email
import email.errors
import io
import re
from datetime import date
from email import policy
from email.message import EmailMessage
from email.policy import EmailPolicy
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Any

from extractor.clean import Cleaned
from extractor.clean.html import clean_html
from extractor.clean.text import normalize_text, unquote_replies, unwrap_lines
from extractor.errors import CleanError, ExtractorError
from extractor.read import Decoded, decode_bytes, has_c1_bytes

_REPLY_PREFIX = re.compile(r"^(?:\s*(?:re|aw|sv|fw|fwd|tr|wg|rv|enc|doorst)\s*:\s*)+", re.I)
_FATAL_DEFECTS = (
    email.errors.NoBoundaryInMultipartDefect,
    email.errors.StartBoundaryNotFoundDefect,
    email.errors.MultipartInvariantViolationDefect,
)
_LANG = re.compile(r"^\s*([a-z]{2})(?:[-_][a-z0-9]+)*\s*$", re.I)


def clean_email(decoded: Decoded) -> Cleaned:
    """The release in an e-mail: richer body part, Subject as title, Date as published."""
    try:
        return _clean_email(decoded)
    except ExtractorError:
        raise
    except Exception as exc:  # the email package raises many kinds on broken input
        raise CleanError(f"malformed MIME: {type(exc).__name__}: {exc}") from exc


class _RememberingPolicy(EmailPolicy):
    """`policy.default`, except that a header value is parsed once: the default policy parses
    it again on every access, and choosing the body part reads Content-Type about 25 times per
    message (4 ms of an e-mail's 7). Header objects are immutable strings, so sharing is safe."""

    def header_fetch_parse(self, name: str, value: str) -> Any:
        return _parsed_header(name, value)


@lru_cache(maxsize=4096)
def _parsed_header(name: str, value: str) -> Any:
    return policy.default.header_fetch_parse(name, value)


_POLICY = _RememberingPolicy()


def _clean_email(decoded: Decoded) -> Cleaned:
    message = email.message_from_bytes(decoded.raw, policy=_POLICY)
    if not isinstance(message, EmailMessage):
        raise CleanError("malformed MIME: not an e-mail message")
    _check_structure(message)
    warnings: list[str] = []

    html_part = message.get_body(preferencelist=("html",))
    plain_part = message.get_body(preferencelist=("plain",))
    if html_part is None and plain_part is None:
        forwarded = _forwarded_message(message)
        if forwarded is not None:
            html_part = forwarded.get_body(preferencelist=("html",))
            plain_part = forwarded.get_body(preferencelist=("plain",))
    for part in (html_part, plain_part):
        if part is not None:
            _check_structure(part)

    html_cleaned = None
    if html_part is not None:
        try:
            html_cleaned = clean_html(_part_text(html_part, warnings))
        except CleanError as exc:
            warnings.append(f"e-mail: HTML part unusable ({exc.reason}); used the plain part")
    plain_text = (
        unwrap_lines(unquote_replies(unwrap_lines(normalize_text(_plain_text(plain_part, warnings)))))
        if plain_part
        else ""
    )

    if html_cleaned is not None and _richer(html_cleaned.text, plain_text):
        body = html_cleaned
    elif plain_text:
        body = Cleaned(text=plain_text)
    elif html_cleaned is not None:
        body = html_cleaned
    else:
        raise CleanError("e-mail has no text body (no text/plain or text/html part)")

    tables: list[str] = []
    for part, name in _attachments(message, {id(html_part), id(plain_part)}):
        table = _spreadsheet_text(part, name, warnings)
        if table:
            tables.append(table)
        else:
            warnings.append(f"ignored attachment: {name}")
    if tables:
        # ("Please find attached the final classification": the results a club mails as a
        # spreadsheet are the release's own table, read under its cover note)
        body = dataclasses.replace(body, text=normalize_text("\n\n".join([body.text.rstrip(), *tables])))

    subject = _subject(message)
    published = _date_header(message, warnings) or body.published
    language = _content_language(message) or body.language_hint
    text = body.text
    if subject and not _starts_with_headline(text, subject):
        text = normalize_text(f"{subject}\n\n{text}")
    return Cleaned(
        text=text,
        title=subject or body.title,
        published=published,
        language_hint=language,
        warnings=body.warnings + warnings,
        publisher=body.publisher,
        forwarded_date=_forwarded_date(text),
    )


# A release forwarded inline: a separator of dashes around a few words ("---------- Forwarded
# message ---------", "-----Original Message-----", in any language), then the original's header
# lines ("From: …", "Date: …", "Subject: …").
_FORWARD_SEPARATOR = re.compile(r"^[ \t>]*-{3,}[^\n-]{3,60}-{3,}[ \t]*$", re.MULTILINE)
_HEADER_LINE = re.compile(r"[ \t>]*[^\W\d_][\w .-]{0,20}:[ \t]*(?P<value>\S[^\n]*)")
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _forwarded_date(text: str) -> tuple[int, int] | None:
    """Where the value of the forwarded release's date line stands: the first of its header lines
    whose value holds a year (its label is in the mail program's language, so not read)."""
    separator = _FORWARD_SEPARATOR.search(text)
    if separator is None:
        return None
    position = separator.end() + 1
    for _ in range(6):
        end = text.find("\n", position)
        end = len(text) if end == -1 else end
        line = _HEADER_LINE.fullmatch(text, position, end)
        if line is None:
            return None
        if _A_YEAR.search(line["value"]):
            return line.start("value"), end
        position = end + 1
    return None


def _check_structure(message: EmailMessage) -> None:
    """Refuse what cannot be split into parts: a multipart without a usable boundary."""
    for defect in message.defects:
        if isinstance(defect, _FATAL_DEFECTS):
            raise CleanError(f"malformed MIME: {type(defect).__name__} ({defect})")
    if message.get_content_maintype() == "multipart" and not message.is_multipart():
        raise CleanError("malformed MIME: multipart message without a usable boundary")


def _forwarded_message(message: EmailMessage) -> EmailMessage | None:
    """A release forwarded as an attached message/rfc822, when the outer mail has no text."""
    for part in message.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()
            if isinstance(inner, list) and inner and isinstance(inner[0], EmailMessage):
                return inner[0]
    return None


def _part_text(part: EmailMessage, warnings: list[str]) -> str:
    """A text part's payload: transfer encoding undone, then its own charset (or a guess)."""
    payload = part.get_payload(decode=True)
    if payload is None:
        return ""
    if isinstance(payload, str):
        return payload
    for defect in part.defects:
        warnings.append(f"e-mail: {type(defect).__name__} in {part.get_content_type()} part")
    charset = part.get_content_charset()
    if charset:
        try:
            codec = codecs.lookup(charset).name
        except LookupError:
            warnings.append(f"e-mail: unknown charset {charset!r}; guessed the encoding")
            codec = None
        if codec in ("iso8859-1", "ascii") and has_c1_bytes(payload):
            codec = "cp1252"  # mail clients label windows-1252 text as latin-1
        if codec == "ascii" and not payload.isascii():
            codec = None
        if codec:
            try:
                return payload.decode(codec)
            except UnicodeDecodeError:
                warnings.append(f"e-mail: part is not valid {charset}; guessed the encoding")
    if not payload.strip():
        return ""
    text, _ = decode_bytes(payload)
    return text


def _plain_text(part: EmailMessage, warnings: list[str]) -> str:
    text = _part_text(part, warnings)
    params = {key.lower(): value.lower() for key, value in part.get_params() or []}
    if params.get("format") == "flowed":
        text = _unflow(text, delsp=params.get("delsp") == "yes")
    return text


def _unflow(text: str, delsp: bool) -> str:
    """RFC 3676 format=flowed: a line ending in a space continues on the next line."""
    lines: list[str] = []
    buffer = ""
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.startswith(" "):
            line = line[1:]  # space-stuffing
        if line.endswith(" ") and line.strip() and line != "-- ":
            buffer += line[:-1] if delsp else line
        else:
            lines.append(buffer + line)
            buffer = ""
    if buffer:
        lines.append(buffer)
    return "\n".join(lines)


def _richer(html_text: str, plain_text: str) -> bool:
    """HTML unless it holds clearly less of the release than the plain part."""
    if not plain_text:
        return True
    return len(html_text.split()) >= 0.6 * len(plain_text.split())


def _attachments(message: EmailMessage, body_ids: set[int]) -> list[tuple[EmailMessage, str]]:
    """Every attached file with its name; inline images of an HTML body are not attachments."""
    names: list[tuple[EmailMessage, str]] = []
    for part in message.walk():
        if part.is_multipart() or id(part) in body_ids:
            continue
        disposition = (part.get_content_disposition() or "").lower()
        filename = part.get_filename()
        content_type = part.get_content_type()
        if disposition == "inline" and content_type.startswith("image/"):
            continue
        if disposition != "attachment" and not filename and content_type.startswith(("text/", "image/")):
            continue  # an alternative text part not chosen, or a related inline image
        names.append((part, filename or f"unnamed {content_type} part"))
    return names


_SPREADSHEET_TYPES = ("text/csv", "text/tab-separated-values")
_SPREADSHEET_SUFFIXES = (".csv", ".tsv")
_MAX_SPREADSHEET_CHARS = 200_000


def _spreadsheet_text(part: EmailMessage, name: str, warnings: list[str]) -> str:
    """A CSV or TSV attachment as a table of lines, its cells apart with " | " as a web page's
    table is written; "" for any other attachment."""
    if part.get_content_type() not in _SPREADSHEET_TYPES and not name.lower().endswith(_SPREADSHEET_SUFFIXES):
        return ""
    text = normalize_text(_part_text(part, warnings))[:_MAX_SPREADSHEET_CHARS]
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=";,\t|")
    except csv.Error:
        dialect = csv.excel
    lines = []
    try:
        for row in csv.reader(io.StringIO(text), dialect):
            cells = [" ".join(cell.split()) for cell in row]
            if any(cells):
                lines.append(" | ".join(cell for cell in cells if cell))
    except csv.Error as exc:  # a NUL byte, a field past the module's limit: named, not read
        warnings.append(f"e-mail: attachment {name} unreadable as a table ({exc})")
        return ""
    return "\n".join(lines)


def _subject(message: EmailMessage) -> str | None:
    try:
        subject = message.get("Subject")
    except (ValueError, TypeError, LookupError, IndexError):
        subject = None
    if subject is None:
        return None
    subject = normalize_text(re.sub(r"\s+", " ", str(subject)))
    subject = _REPLY_PREFIX.sub("", subject).strip()
    return subject or None


def _date_header(message: EmailMessage, warnings: list[str]) -> date | None:
    try:
        raw = message.get("Date")
    except (ValueError, TypeError, LookupError, IndexError):
        raw = None
    if raw is None:
        return None
    moment = getattr(raw, "datetime", None)
    if moment is None:
        try:
            moment = parsedate_to_datetime(str(raw))
        except (TypeError, ValueError, IndexError):
            warnings.append(f"e-mail: unreadable Date header {str(raw)!r}")
            return None
    return moment.date()


def _content_language(message: EmailMessage) -> str | None:
    value = message.get("Content-Language")
    match = _LANG.match(str(value).split(",")[0]) if value else None
    return match.group(1).lower() if match else None


def _starts_with_headline(text: str, subject: str) -> bool:
    """Does the body already open with its headline (the Subject, give or take a prefix, or
    a short line standing alone, as releases begin)?

    A body that does not gets the Subject as its first line, so every format reaches the
    segmenter in the same shape: headline, blank line, release.
    """
    wanted = _words(subject)
    if not wanted:
        return True
    opening = [line for line in text.split("\n")[:12] if line.strip()][:4]
    figures = {_figure_key(found) for found in _FIGURE.findall(subject)}
    headlines = [line for line in opening if len(line) < 150]  # (not the lead paragraph's figures)
    if figures - {_figure_key(found) for line in headlines for found in _FIGURE.findall(line)}:
        # ("Rallye du Maroc – Stage 3: Arrizabalaga trio …" over a body headline without the
        # stage: the Subject says what the body's opening does not)
        return False
    for line in opening:
        words = _words(line)
        shared = len(words & wanted)
        if shared >= 0.5 * len(wanted) and shared >= 0.5 * len(words):
            return True
    first, _, rest = text.partition("\n")
    standalone = rest.startswith("\n") and not first.rstrip().endswith((".", ",", ":", ";"))
    return len(first) < 150 and standalone


_FIGURE = re.compile(r"\w*[^\W\d]\W+\d+")  # a figure with the word before it: "stage 3", "etapa 3"


def _figure_key(found: str) -> tuple[str, str]:
    """("stage", "3") for "Stage 3" or "stage  3": the word and the figure, apart from case and spacing
    (not "3º tempo" for the Subject's "Etapa 3")."""
    word, number = re.findall(r"\w+", found.casefold())[-2:]
    return word, number


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w{2,}", text.casefold()))
