"""Property tests: whatever the bytes, the extractor raises only its own error, finishes in
time, and every record it returns is grounded (each evidence offset points at its text).

Bounded (50 examples a property, no per-example deadline) so the suite stays fast; the
time limit checked per document is far below the batch default, so a pathological regex
or parser shows up here rather than as a timeout in a user's batch.
"""

from __future__ import annotations

import base64
import codecs
import hashlib
import importlib.util
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from extractor.api import extract_dict
from extractor.errors import ExtractorError

SECONDS_PER_DOCUMENT = 10.0
EVIDENCE_FIELDS = ("crews", "class_results", "stage_results", "upcoming_events", "event", "dateline")
PATHS = st.sampled_from([None, "x.txt", "x.html", "x.htm", "x.eml", "x.md", "x.unknown"])

# ROBUSTNESS_EXAMPLES=2000 pytest tests/test_robustness.py fuzzes harder, for a hunt.
EXAMPLES = int(os.environ.get("ROBUSTNESS_EXAMPLES", "50"))
bounded = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _load_corpus_generator() -> Any:
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "make_corpus.py"
    spec = importlib.util.spec_from_file_location("make_corpus", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


make_corpus = _load_corpus_generator()


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    """Load models and language files first, so the time limit measures extraction only."""
    from extractor.batch import warm_up

    warm_up()


def _evidence(value: Any, where: str) -> list[tuple[str, dict[str, Any]]]:
    """Every evidence-shaped dict (start, end, text) anywhere under `value`."""
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(value, dict):
        if {"start", "end", "text"} <= value.keys() and isinstance(value["start"], int):
            found.append((where, value))
        for key, inner in value.items():
            found += _evidence(inner, f"{where}.{key}")
    elif isinstance(value, list):
        for number, inner in enumerate(value):
            found += _evidence(inner, f"{where}[{number}]")
    return found


def assert_grounded(record: dict[str, Any], data: bytes) -> None:
    """The contract's promises that hold for any input, not only for good releases."""
    text = record["text"]
    assert isinstance(text, str)
    assert record["id"] == "sha256:" + hashlib.sha256(data).hexdigest()
    json.dumps(record, ensure_ascii=False)  # serialisable as it is
    for field in EVIDENCE_FIELDS:
        for where, evidence in _evidence(record.get(field), field):
            start, end = evidence["start"], evidence["end"]
            assert 0 <= start <= end <= len(text), f"{where}: [{start}:{end}] outside the text"
            assert text[start:end] == evidence["text"], f"{where}: offsets do not hold"
    for section in record["sections"]:
        assert 0 <= section["start"] <= section["end"] <= len(text), f"section {section}"
        assert isinstance(section["kind"], str) and section["kind"]


def check(data: bytes, path: str | None) -> dict[str, Any] | None:
    """Extract; only ExtractorError may escape, within the time limit; records are grounded."""
    started = time.monotonic()
    try:
        record = extract_dict(data, path)
    except ExtractorError as exc:
        assert exc.stage and exc.reason
        return None
    finally:
        elapsed = time.monotonic() - started
        assert elapsed < SECONDS_PER_DOCUMENT, f"{elapsed:.1f} s for {len(data)} bytes"
    assert_grounded(record, data)
    return record


# --------------------------------------------------------------------------- raw input


@bounded
@given(data=st.binary(max_size=4096), path=PATHS)
def test_random_bytes(data: bytes, path: str | None) -> None:
    check(data, path)


@bounded
@example(text="Stage ² went to Ana Lísková", encoding="utf-8", path="x.txt")  # found by fuzzing
@given(
    text=st.text(max_size=3000),
    encoding=st.sampled_from(["utf-8", "utf-16", "utf-8-sig", "latin-1", "cp1252"]),
    path=PATHS,
)
def test_random_unicode(text: str, encoding: str, path: str | None) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    check(data, path)


# --------------------------------------------------------------------------- broken markup

_HTML_BITS = [
    "<html>",
    "<head>",
    "<title>",
    "</title>",
    "<body>",
    "</body>",
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<h1>",
    "</h1>",
    "<br>",
    "<script>",
    "</script>",
    "<style>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "&amp;",
    "&#x",
    "&#99999999;",
    "&nbsp;",
    "<a href='",
    "'>",
    "<table><tr><td>",
    '<meta charset="',
    'utf-8">',
    'x-unknown">',
    "<meta http-equiv='Content-Type' content='text/html; charset=",
    "<",
    ">",
    "</",
    "/>",
    "\x00",
    "\ufeff",
    "<li>",
    "<blockquote>",
    "<nav>",
    "<footer>",
    "<article>",
]
_WORDS = st.sampled_from(
    [
        "Rally",
        "stage",
        "won",
        "1:02:03.4",
        "etappe",
        "Beifahrer",
        "copilote",
        "3 May 2025",
        "Éva Kovács",
        "Žofia",
        "–",
        "“",
        "”",
        "\n",
        "\n\n",
        " ",
        "SS12",
        "+12.3s",
        "2ª",
        "1.º",
    ]
)
_HTML = st.lists(st.one_of(st.sampled_from(_HTML_BITS), _WORDS, st.text(max_size=20)), max_size=80)


@bounded
@given(parts=_HTML, path=st.sampled_from(["x.html", "x.htm", "x.xhtml", None]))
def test_broken_html(parts: list[str], path: str | None) -> None:
    check("".join(parts).encode("utf-8", "surrogatepass"), path)


_HEADERS = [
    "From: press@example.org",
    "To: desk@example.net",
    "Subject: Rally news",
    "Subject: =?utf-8?B?w4l0YXBl?=",
    "Subject: =?x-unknown?Q?broken?=",
    "Subject: =?utf-8?B?%%%?=",
    "Date: Sat, 3 May 2025 10:00:00 +0000",
    "Date: not a date",
    "Date: 31 Feb 2025 99:99:99",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Type: text/plain; charset=x-unknown",
    "Content-Type: text/html; charset=iso-8859-1",
    'Content-Type: multipart/alternative; boundary="b1"',
    "Content-Type: multipart/mixed",
    'Content-Type: multipart/related; boundary=""',
    "Content-Transfer-Encoding: base64",
    "Content-Transfer-Encoding: quoted-printable",
    "Content-Transfer-Encoding: x-uuencode",
    "Content-Disposition: attachment; filename=photo.jpg",
    "X-Header-Without-Value:",
    "Continued-Header: first\n second line",
    "Not a header at all",
]
_BODIES = [
    "Driver Ana Lísková won stage 2 in 1:02:03.4.",
    "--b1",
    "--b1--",
    "--b2",
    base64.b64encode("Étape gagnée par Ana Lísková.".encode()).decode(),
    "@@@not base64@@@",
    "=C3=89tape =XX broken =\n soft break",
    "<p>HTML <b>body</b>",
    "\xff\xfe",
    "",
]


@bounded
@given(
    headers=st.lists(st.sampled_from(_HEADERS), max_size=10),
    body=st.lists(st.one_of(st.sampled_from(_BODIES), _WORDS), max_size=30),
    separator=st.sampled_from(["\n\n", "\r\n\r\n", "\n", ""]),
    encoding=st.sampled_from(["utf-8", "latin-1"]),
)
def test_broken_mime(headers: list[str], body: list[str], separator: str, encoding: str) -> None:
    text = "\n".join(headers) + separator + "\n".join(body)
    check(text.encode(encoding, "replace"), "x.eml")


# --------------------------------------------------------------------------- damaged releases

_MUTATIONS = st.lists(
    st.tuples(
        st.sampled_from(["cut", "insert", "duplicate", "swap"]),
        st.floats(0, 1),
        st.floats(0, 1),
        st.sampled_from(["", "\x00", "<p>", "\ufffd", "–", "\n\n", "1:02:03.4", "«", "SS9 ", "é"]),
    ),
    max_size=6,
)


@bounded
@given(index=st.integers(0, 10_000), mutations=_MUTATIONS)
def test_generated_release_damaged(index: int, mutations: list[tuple[str, float, float, str]]) -> None:
    """A realistic release (any language and format), then cut, patched and shuffled."""
    relative, data, _ = make_corpus.release_bytes(index, seed=11)
    for kind, a, b, extra in mutations:
        i, j = sorted((int(a * len(data)), int(b * len(data))))
        if kind == "cut":
            data = data[:i] + data[j:]
        elif kind == "insert":
            data = data[:i] + extra.encode() + data[i:]
        elif kind == "duplicate":
            data = data[:j] + data[i:j] + data[j:]
        else:
            data = data[i:j] + data[:i] + data[j:]
    check(data, relative)


@settings(max_examples=max(1, EXAMPLES // 2), deadline=None)
@given(index=st.integers(0, 10_000))
def test_generated_release_intact_is_extracted(index: int) -> None:
    """An intact generated release is a good release: a record, grounded, with text."""
    relative, data, release = make_corpus.release_bytes(index, seed=13)
    record = check(data, relative)
    assume(record is not None)  # the test above already says nothing else may escape
    assert record is not None and record["text"].strip()


def test_undecodable_utf8_bom_is_a_read_error() -> None:
    with pytest.raises(ExtractorError) as caught:
        extract_dict(codecs.BOM_UTF8 + b"\xff\xfe\xfd" * 50, "x.txt")
    assert caught.value.stage == "read"


def test_a_stage_word_and_its_number_merged_keep_their_text() -> None:
    """Found by hypothesis: a generated e-mail cut four times, whose HTML stayed raw text;
    "the first stage", "stage 1" became one mention each, with an empty text as evidence."""
    relative, data, _ = make_corpus.release_bytes(1135, seed=11)
    for a, b in ((0.546875, 0.453125), (0.0, 0.4296875), (0.125, 0.0859375), (0.0, 0.34375)):
        i, j = sorted((int(a * len(data)), int(b * len(data))))
        data = data[:i] + data[j:]
    record = check(data, relative)
    assert record is not None
    evidence = {e["text"] for r in record["stage_results"] for e in r["evidence"]}
    assert all(evidence)
    # (the first stage's win is read from "the first stage", or from "on that stage" after it)
    assert {"first stage", "on that stage"} & evidence
