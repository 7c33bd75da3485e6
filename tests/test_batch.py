"""Batch runs: bad files never stop a batch, output is reproducible, killed runs resume."""

from __future__ import annotations

import codecs
import contextlib
import hashlib
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from extractor import api
from extractor.batch import BatchOptions, discover_inputs, run_batch

GOOD = 24
MAX_BYTES = 4000

_RELEASE = """\
{title}

{place} – {day} March 2025: Driver {first} {last} and co-driver {co} won stage {stage} of
the Lakeside Rally in 1:0{stage}:12.{stage}, {gap} seconds ahead of the next crew.

"We pushed hard all day," said {first}. The next round runs from 10 to 12 April.
"""


def _release(n: int) -> str:
    return _RELEASE.format(
        title=f"Rally release number {n}",
        place=["OSLO", "GENT", "PORTO", "LYON"][n % 4],
        day=1 + n % 27,
        first=["Maren", "Jurgis", "Inês", "Falk"][n % 4],
        last=f"Tovander{n}",
        co=f"Pell Orvik{n}",
        stage=1 + n % 9,
        gap=n + 3,
    )


def _wrap(n: int, text: str) -> tuple[str, bytes]:
    """The same kind of release in the four formats, so every cleaner runs."""
    title, _, body = text.partition("\n\n")
    kind = n % 4
    if kind == 0:
        return ".txt", text.encode("utf-8")
    if kind == 1:
        html = f"<html><head><title>{title}</title></head><body><h1>{title}</h1><p>{body}</p>"
        return ".html", html.encode("utf-8")
    if kind == 2:
        mail = (
            f"From: press@example.org\nSubject: {title}\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\n\n{body}"
        )
        return ".eml", mail.encode("utf-8")
    return ".md", f"# {title}\n\n{body}".encode()


BROKEN = {
    "broken/empty.txt": b"",
    "broken/blank.txt": b"  \n\n\t \n",
    "broken/binary.txt": bytes(range(256)) * 8,
    "broken/undecodable.txt": codecs.BOM_UTF8 + b"Rally \xff\xfe\xc3 news " * 10,
    "broken/huge.txt": ("Oversized release. " * 400).encode(),  # over MAX_BYTES
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """GOOD releases in four formats and nested folders, BROKEN files, and files to ignore."""
    root = tmp_path / "in"
    for n in range(GOOD):
        ext, data = _wrap(n, _release(n))
        target = root / f"team{n % 3}" / f"release-{n:02d}{ext}"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    for name, data in BROKEN.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    (root / "team0" / "release-00.gold.json").write_text("{}")
    (root / "team0" / ".hidden.txt").write_text("not an input")
    (root / ".cache").mkdir()
    (root / ".cache" / "old.txt").write_text("not an input")
    (root / "team1" / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    return root


def _good_ids(root: Path) -> set[str]:
    return {
        "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()
        for path in root.rglob("release-*")
        if not path.name.endswith(".gold.json")
    }


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _options(**changes: object) -> BatchOptions:
    base = {"workers": 1, "max_bytes": MAX_BYTES, "timeout": 30.0}
    base.update(changes)
    return BatchOptions(**base)  # type: ignore[arg-type]


def test_discovery_is_sorted_and_skips_hidden_gold_and_foreign_files(corpus: Path) -> None:
    found = discover_inputs([corpus])
    names = [path.relative_to(corpus).as_posix() for path in found]
    assert names == sorted(names)
    assert len(names) == GOOD + len(BROKEN)
    assert not any(name.endswith((".gold.json", ".jpg")) or "/." in f"/{name}" for name in names)
    # A file named explicitly is taken whatever its extension; a gold file never is.
    explicit = discover_inputs([corpus / "team1" / "photo.jpg", corpus / "team0"])
    assert explicit[-1] == corpus / "team1" / "photo.jpg"
    assert discover_inputs([corpus / "team0" / "release-00.gold.json"]) == []


@pytest.mark.parametrize("workers", [1, 2])
def test_broken_files_are_reported_and_every_good_record_written(
    corpus: Path, tmp_path: Path, workers: int
) -> None:
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    summary = run_batch([corpus], output=out, errors=errors, options=_options(workers=workers))

    records = _records(out)
    assert {record["id"] for record in records} == _good_ids(corpus)
    assert len(records) == GOOD
    failures = {Path(line["path"]).name: line for line in _records(errors)}
    assert set(failures) == {Path(name).name for name in BROKEN}
    assert all(line["stage"] == "read" and line["reason"] for line in failures.values())
    assert "limit" in failures["huge.txt"]["reason"]
    assert all(set(line) == {"path", "reason", "stage"} for line in failures.values())
    assert (summary.documents, summary.records, summary.failures) == (
        GOOD + len(BROKEN),
        GOOD,
        len(BROKEN),
    )
    assert sum(summary.formats.values()) == GOOD
    assert set(summary.formats) == {"text", "html", "email", "markdown"}
    assert summary.stages == {"read": len(BROKEN)}
    text = summary.describe()
    assert f"{GOOD} records" in text and "releases/s" in text


def test_output_is_byte_identical_across_runs_and_worker_counts(corpus: Path, tmp_path: Path) -> None:
    outputs = []
    for run, workers in enumerate([1, 2, 2]):
        out, errors = tmp_path / f"out{run}.jsonl", tmp_path / f"errors{run}.jsonl"
        run_batch([corpus], output=out, errors=errors, options=_options(workers=workers))
        outputs.append((out.read_bytes(), errors.read_bytes()))
    assert outputs[0] == outputs[1] == outputs[2]
    # small chunks force many dispatches and out-of-order completion inside the pool
    out = tmp_path / "chunked.jsonl"
    run_batch([corpus], output=out, options=_options(workers=2, chunksize=1))
    assert out.read_bytes() == outputs[0][0]


def test_unexpected_exception_is_reported_as_internal(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = api.extract_dict

    def buggy(data: bytes, path: str | None = None) -> dict:
        if path and path.endswith("release-05.html"):
            raise ValueError("a bug in the\nextractor")
        return original(data, path)

    monkeypatch.setattr(api, "extract_dict", buggy)
    for workers in (1, 2):
        errors = tmp_path / f"errors{workers}.jsonl"
        summary = run_batch(
            [corpus],
            output=tmp_path / "out.jsonl",
            errors=errors,
            options=_options(workers=workers),
        )
        internal = [line for line in _records(errors) if line["stage"] == "internal"]
        assert len(internal) == 1
        assert internal[0]["path"].endswith("release-05.html")
        assert internal[0]["reason"].startswith("ValueError: a bug in the extractor (")
        assert summary.records == GOOD - 1


def test_stdout_when_no_output_file(corpus: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    summary = run_batch([corpus / "team0"], options=_options())
    lines = capsysbinary.readouterr().out.decode("utf-8").splitlines()
    assert len(lines) == summary.records == len(list((corpus / "team0").glob("release-*.*"))) - 1
    assert all(json.loads(line)["schema_version"] for line in lines)


def test_cli_exit_code_says_some_failed(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "extractor.cli", "extract", str(corpus), "-o", str(out)]
    failing = subprocess.run(
        [*command, "--errors", str(tmp_path / "e.jsonl"), "--max-bytes", str(MAX_BYTES)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert failing.returncode == 1
    assert f"{GOOD} records, {len(BROKEN)} failures" in failing.stderr
    clean = subprocess.run(
        [*command[:4], str(corpus / "team1"), "-o", str(out), "--workers", "2"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert clean.returncode == 0, clean.stderr


# --------------------------------------------------------------------------- time limits


def _patch_extract(monkeypatch: pytest.MonkeyPatch, victim: str, behaviour) -> None:
    original = api.extract_dict

    def patched(data: bytes, path: str | None = None) -> dict:
        if path and path.endswith(victim):
            behaviour()
        return original(data, path)

    monkeypatch.setattr(api, "extract_dict", patched)


@pytest.mark.parametrize("workers", [1, 2])
def test_slow_document_times_out_and_the_batch_goes_on(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    _patch_extract(monkeypatch, "release-07.md", lambda: time.sleep(30))
    errors = tmp_path / "errors.jsonl"
    started = time.monotonic()
    summary = run_batch(
        [corpus],
        output=tmp_path / "out.jsonl",
        errors=errors,
        options=_options(workers=workers, timeout=0.3),
    )
    assert time.monotonic() - started < 20
    timeouts = [line for line in _records(errors) if line["stage"] == "timeout"]
    assert [Path(line["path"]).name for line in timeouts] == ["release-07.md"]
    assert "0.3 s" in timeouts[0]["reason"]
    assert summary.records == GOOD - 1


def test_timeout_swallowed_by_a_broad_except_is_still_reported(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def stubborn() -> None:
        end = time.monotonic() + 1.5
        while time.monotonic() < end:
            with contextlib.suppress(Exception):  # what careless extraction code might do
                time.sleep(0.05)

    _patch_extract(monkeypatch, "release-02.eml", stubborn)
    errors = tmp_path / "errors.jsonl"
    run_batch(
        [corpus / "team2"],
        output=tmp_path / "o.jsonl",
        errors=errors,
        options=_options(timeout=0.3),
    )
    assert [line["stage"] for line in _records(errors)] == ["timeout"]


def test_worker_stuck_outside_python_is_killed_and_replaced(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def stuck() -> None:  # like C code that never returns to the interpreter
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(60)

    _patch_extract(monkeypatch, "release-09.html", stuck)
    errors = tmp_path / "errors.jsonl"
    started = time.monotonic()
    summary = run_batch(
        [corpus / "team0"],
        output=tmp_path / "out.jsonl",
        errors=errors,
        options=_options(workers=2, timeout=0.3),
    )
    assert time.monotonic() - started < 30
    lines = _records(errors)
    assert [(Path(line["path"]).name, line["stage"]) for line in lines] == [("release-09.html", "timeout")]
    assert "worker stopped" in lines[0]["reason"]
    assert summary.records == len(list((corpus / "team0").glob("release-*.*"))) - 2


def test_worker_that_dies_loses_only_its_document(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _patch_extract(monkeypatch, "release-04.txt", lambda: os._exit(3))
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    summary = run_batch([corpus], output=out, errors=errors, options=_options(workers=2))
    internal = [line for line in _records(errors) if line["stage"] == "internal"]
    assert [Path(line["path"]).name for line in internal] == ["release-04.txt"]
    assert "exited with code 3" in internal[0]["reason"]
    assert summary.records == GOOD - 1
    assert len({record["id"] for record in _records(out)}) == GOOD - 1


# --------------------------------------------------------------------------- resume

_SLOW_CLI = textwrap.dedent(
    """
    import sys, time
    import extractor.api as api

    original = api.extract_dict

    def slow(data, path=None):
        time.sleep(0.1)
        return original(data, path)

    api.extract_dict = slow
    from extractor.cli import app

    sys.argv = ["extractor", *sys.argv[1:]]
    app()
    """
)


def _start_slow_batch(corpus: Path, out: Path, tmp_path: Path) -> subprocess.Popen[bytes]:
    """`extractor extract … --workers 1` slowed to 0.1 s a document, so it can be killed."""
    script = tmp_path / "slow_cli.py"
    script.write_text(_SLOW_CLI)
    command = [sys.executable, str(script), "extract", str(corpus), "-o", str(out)]
    command += ["--errors", str(tmp_path / "errors.jsonl"), "--workers", "1"]
    command += ["--max-bytes", str(MAX_BYTES), "--no-progress"]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _wait_for_lines(pattern: str, folder: Path, count: int, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, "the batch finished before it could be killed"
        lines = sum(path.read_bytes().count(b"\n") for path in folder.glob(pattern))
        if lines >= count:
            return
        time.sleep(0.02)
    raise AssertionError("the batch wrote nothing")


def _fresh_output(corpus: Path, tmp_path: Path) -> bytes:
    reference = tmp_path / "reference.jsonl"
    run_batch([corpus], output=reference, options=_options())
    return reference.read_bytes()


def test_batch_killed_midway_then_resumed_has_one_record_per_input(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "run" / "out.jsonl"
    out.parent.mkdir()
    process = _start_slow_batch(corpus, out, tmp_path)
    try:
        _wait_for_lines(".out.jsonl.*.tmp", out.parent, 5, process)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert not out.exists()  # atomic: a killed run leaves no half-written output
    assert list(out.parent.glob(".out.jsonl.*.tmp"))

    summary = run_batch([corpus], output=out, options=_options(workers=2, resume=True))
    records = _records(out)
    assert len(records) == GOOD
    assert {record["id"] for record in records} == _good_ids(corpus)
    assert summary.skipped >= 5
    assert summary.records == GOOD - summary.skipped
    assert list(out.parent.glob(".out.jsonl.*.tmp")) == []  # salvaged, then tidied
    # workers=1 writes in input order, so the resumed file equals an uninterrupted run
    assert out.read_bytes() == _fresh_output(corpus, tmp_path)


def test_sigterm_keeps_the_partial_output_and_resume_completes_it(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    process = _start_slow_batch(corpus, out, tmp_path)
    _wait_for_lines(".out.jsonl.*.tmp", tmp_path, 3, process)
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=30)
    partial = _records(out)
    assert 3 <= len(partial) < GOOD

    summary = run_batch([corpus], output=out, options=_options(resume=True))
    assert summary.skipped == len(partial)
    assert out.read_bytes() == _fresh_output(corpus, tmp_path)


def test_resume_after_a_truncated_output_rewrites_only_what_is_missing(corpus: Path, tmp_path: Path) -> None:
    full = _fresh_output(corpus, tmp_path)
    out = tmp_path / "out.jsonl"
    cut = full.index(b"\n", len(full) // 2) - 40  # mid-line: the last record is incomplete
    out.write_bytes(full[:cut])
    kept = full[:cut].count(b"\n")

    summary = run_batch([corpus], output=out, options=_options(workers=2, resume=True))
    assert summary.skipped == kept
    assert summary.records == GOOD - kept
    assert out.read_bytes() == full
    # resuming a finished batch does nothing and keeps the output as it is
    again = run_batch([corpus], output=out, options=_options(workers=2, resume=True))
    assert (again.skipped, again.records, again.failures) == (GOOD, 0, len(BROKEN))
    assert out.read_bytes() == full


def test_resume_ignores_leftovers_of_another_batch(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    foreign = {"schema_version": "1.0", "id": "sha256:" + "0" * 64, "text": ""}
    (tmp_path / ".out.jsonl.abc123.tmp").write_text(json.dumps(foreign) + "\n")
    run_batch([corpus], output=out, options=_options(resume=True))
    assert {record["id"] for record in _records(out)} == _good_ids(corpus)
