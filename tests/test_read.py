"""Stage 1, read: encodings come out with their diacritics, formats are recognised, and bad
input fails with a ReadError that says why."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from extractor.errors import ExtractorError, ReadError
from extractor.read import decode_bytes, detect_format, read

FIXTURES = Path(__file__).parent / "fixtures" / "clean"

NAMES = "Rokas Baciuška, João Peña, Tereza Šebestová, Jörg Müller, Ségolène Œhlenschläger"
RELEASE = f"{NAMES} – ‘a fantastic day’, said the team. Cœur, año, Conceição, €."
LATIN1 = "João Peña, Jörg Müller and Ségolène Durand: año, Conceição, Ærø."
LATIN9 = "Rokas Baciuška, Tereza Šebestová, João Peña and Ségolène: cœur, 5 €."


@pytest.mark.parametrize(
    ("data", "label"),
    [
        (RELEASE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + RELEASE.encode("utf-8"), "utf-8"),
        (RELEASE.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + RELEASE.encode("utf-16-be"), "utf-16"),
        (RELEASE.encode("utf-32"), "utf-32"),
        (codecs.BOM_UTF32_BE + RELEASE.encode("utf-32-be"), "utf-32"),
        (RELEASE.encode("utf-16-le"), "utf-16-le"),
        (RELEASE.encode("cp1252"), "windows-1252"),
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "utf16-le-bom",
        "utf16-be-bom",
        "utf32-le-bom",
        "utf32-be-bom",
        "utf16-no-bom",
        "windows-1252",
    ],  # fmt: skip
)
def test_encodings_keep_every_diacritic(data: bytes, label: str) -> None:
    decoded = read(data, "release.txt")
    assert decoded.text == RELEASE
    assert decoded.encoding == label
    assert decoded.raw == data


def test_iso_8859_1_comes_out_right() -> None:
    decoded = read(LATIN1.encode("iso-8859-1"), "release.txt")
    assert decoded.text == LATIN1
    # ISO-8859-1 text is windows-1252 text: the two agree on every printable byte.
    assert decoded.encoding in ("windows-1252", "iso-8859-1")


def test_iso_8859_15_is_told_apart_from_windows_1252() -> None:
    decoded = read(LATIN9.encode("iso-8859-15"), "release.txt")
    assert decoded.text == LATIN9
    assert "Baciuška" in decoded.text and "Šebestová" in decoded.text and "cœur" in decoded.text
    assert decoded.encoding == "iso-8859-15"


def test_windows_1252_curly_quotes_and_s_caron() -> None:
    text = "‘Dit is een droom’, zei Baciuška. Œuvre — Šebestová."
    assert read(text.encode("cp1252")).text == text


def test_declared_windows_1252_html_page() -> None:
    data = (FIXTURES / "page_windows1252_nl.html").read_bytes()
    decoded = read(data, "page.html")
    assert decoded.encoding == "windows-1252"
    assert decoded.format == "html"
    assert "Rokas Baciuška en Tereza Šebestová" in decoded.text
    assert "‘Dit is een droom die uitkomt’" in decoded.text
    assert "Björn Œhlenschläger" in decoded.text and "João Conceição" in decoded.text


def test_meta_charset_iso_8859_1_with_smart_quotes_means_windows_1252() -> None:
    page = '<html><head><meta charset="ISO-8859-1"></head><body><p>It’s Peña’s day</p></body></html>'
    decoded = read(page.encode("cp1252"), "page.html")
    assert "It’s Peña’s day" in decoded.text
    assert decoded.encoding == "windows-1252"


def test_meta_charset_iso_8859_15() -> None:
    page = '<html><head><meta charset="iso-8859-15"></head><body><p>Baciuška, cœur</p></body></html>'
    decoded = read(page.encode("iso-8859-15"))
    assert "Baciuška, cœur" in decoded.text
    assert decoded.encoding == "iso-8859-15"


def test_stale_single_byte_declaration_on_utf8_bytes_does_not_make_mojibake() -> None:
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Müller, Peña</p></body></html>'
    decoded = read(page.encode("utf-8"), "page.html")
    assert "Müller, Peña" in decoded.text
    assert decoded.encoding == "utf-8"


def test_xml_declaration_charset() -> None:
    page = '<?xml version="1.0" encoding="windows-1252"?><html><body><p>Šebestová</p></body></html>'
    assert "Šebestová" in read(page.encode("cp1252")).text


def test_email_encoding_is_its_text_part_charset() -> None:
    mail = (
        "From: press@team.example\nSubject: Test\nMIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="iso-8859-1"\n'
        "Content-Transfer-Encoding: quoted-printable\n\nJ=F6rg M=FCller\n"
    ).encode("ascii")
    decoded = read(mail, "mail.eml")
    assert decoded.format == "email"
    assert decoded.encoding == "iso-8859-1"


def test_decode_bytes_reports_label() -> None:
    assert decode_bytes("Peña".encode()) == ("Peña", "utf-8")
    assert decode_bytes("Peña ‘x’".encode("cp1252")) == ("Peña ‘x’", "windows-1252")


@pytest.mark.parametrize(
    ("text", "path", "expected"),
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", "release.html", "html"),
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", "release.txt", "html"),
        ("<html><body><h1>Peña wins</h1></body></html>", None, "html"),
        ("<div><p>Peña</p><p>wins</p><p>again</p></div>", None, "html"),
        ("From: a@b.example\nSubject: Peña wins\n\nBody", None, "email"),
        ("From: a@b.example\nSubject: Peña wins\n\nBody", "release.txt", "email"),
        ("Return-Path: <a@b>\nReceived: by x\nFrom: a@b\n\nBody", "noext", "email"),
        ("# Peña wins\n\nThe **crew** won.", None, "markdown"),
        ("# Peña wins\n\nThe **crew** won.", "release.md", "markdown"),
        ("Peña wins\n\nThe crew won the rally.", "release.md", "markdown"),
        ("Peña wins\n\nThe crew won the rally.", None, "text"),
        ("Peña wins\n\nThe crew won the rally.", "release.html", "text"),
        ("# Peña wins\n\n- [x](y) bullet", "release.txt", "text"),
        ("Date: 19 January 2026\n\nPeña won.", None, "text"),
        ("Contact: Jane\nPeña won.", None, "text"),
        ("Peña wins\n\nThe crew won.", "release.eml", "text"),
    ],
)
def test_format_from_content_when_the_extension_is_missing_or_wrong(
    text: str, path: str | None, expected: str
) -> None:
    assert detect_format(text, path) == expected


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t \r\n", "empty"),
        (codecs.BOM_UTF16_LE, "empty"),
        (codecs.BOM_UTF8 + b"  \n", "empty"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"plain start\x00\x01\x02\x00binary tail" * 10, "binary"),
        (b"text \x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f with controls " * 20, "binary"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8\x00\xd8", "byte-order mark"),
    ],
)
def test_unreadable_input_raises_read_error_naming_the_reason(data: bytes, reason: str) -> None:
    with pytest.raises(ReadError) as caught:
        read(data, "in/file.txt")
    assert reason.lower() in str(caught.value).lower()
    assert caught.value.stage == "read"
    assert caught.value.path == "in/file.txt"


def test_too_large_input_names_the_limit() -> None:
    with pytest.raises(ReadError, match="over the 100-byte limit"):
        read(b"x" * 101, "big.txt", max_bytes=100)


def test_only_extractor_errors_escape_read_on_odd_bytes() -> None:
    samples = [bytes(range(256)), b"\xff" * 50, b"\x81\x8d\x8f\x90\x9d" * 40, b"\xc3" * 99]
    for data in samples:
        try:
            decoded = read(data)
        except ExtractorError:
            continue
        assert isinstance(decoded.text, str)
