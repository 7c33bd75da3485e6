"""Batch runs: files and folders of releases → one JSON Lines file, in parallel, in order.

Design choices, and why:
- Inputs are sorted and results written in input order, so the same inputs give
  byte-identical output whatever the number of workers.
- A small process pool of our own instead of `multiprocessing.Pool`: `Pool` loses a task
  (and its ordered `imap` then waits forever) when a worker dies, and it cannot stop a
  worker stuck in C code that never returns to the interpreter. Here the parent hands out
  chunks, watches every worker, kills one that overruns a document's time limit, reports
  that document and carries on with a fresh worker.
- Each worker imports the extractor and extracts a few tiny documents once, so spaCy,
  language files and detectors are loaded once per worker, not once per document.
- A document's failure is data, not an exception: one line in the errors file.
- Output goes through `AtomicWriter` (temporary file, then rename) and is flushed after every
  line, so a killed run leaves its finished records in the temporary file, which `--resume`
  picks up.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import inspect
import json
import multiprocessing as mp
import os
import signal
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, NamedTuple, Protocol

from extractor.errors import DocumentTimeout, ExtractorError, ReadError, describe_bug
from extractor.pipeline import warm_up_languages
from extractor.read import MAX_BYTES_DEFAULT
from extractor.sinks.jsonl import AtomicWriter, dumps_record

EXTENSIONS = frozenset({".txt", ".text", ".html", ".htm", ".xhtml", ".eml", ".md", ".markdown"})
GOLD_SUFFIX = ".gold.json"
INTERNAL_STAGE = "internal"

# Time a worker may take to import and warm up before the batch gives up on the pool.
_STARTUP_LIMIT = 180.0
# A worker that dies this many times before it is ready means the pool cannot work at all.
_MAX_STARTUP_DEATHS = 3
# Results may run this many documents ahead of the next one to write (bounds memory).
_WINDOW_PER_WORKER = 64

# A tiny release in every markup format (warm-up); the language files are warmed by
# `warm_up_languages`, so no language's words need to be written here.
_WARMUP_TEXT = "Rally\n\nA – 3.5.2025: Tomas Verlind / Ivo Kest 1:02:03.4 (+12.3s)."


def _warmup_documents() -> list[tuple[bytes, str]]:
    """The same tiny document as text, HTML, e-mail and Markdown."""
    warm_up_languages()
    title, _, body = _WARMUP_TEXT.partition("\n\n")
    html = f"<html><head><title>{title}</title></head><body><h1>{title}</h1><p>{body}</p></body>"
    mail = (
        f"From: press@example.org\nSubject: {title}\nDate: Sat, 3 May 2025 10:00:00 +0000\n"
        f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n{body}\n"
    )
    return [
        (_WARMUP_TEXT.encode("utf-8"), "warmup.txt"),
        (html.encode("utf-8"), "warmup.html"),
        (mail.encode("utf-8"), "warmup.eml"),
        (f"# {title}\n\n**{body}**\n".encode(), "warmup.md"),
    ]


@dataclass(frozen=True)
class BatchOptions:
    """How to run a batch; the CLI fills this from its flags."""

    workers: int = 0  # 0 = os.cpu_count()
    resume: bool = False
    max_bytes: int = MAX_BYTES_DEFAULT
    timeout: float | None = 30.0  # seconds per document; None or <= 0 = no limit
    progress: bool = False
    chunksize: int = 0  # documents handed to a worker at once; 0 = chosen from the batch size
    warmup: bool = True


@dataclass
class BatchSummary:
    """What a batch did; `describe()` is what the CLI prints."""

    documents: int = 0
    records: int = 0
    failures: int = 0
    skipped: int = 0
    workers: int = 1
    seconds: float = 0.0
    languages: Counter[str] = field(default_factory=Counter)
    formats: Counter[str] = field(default_factory=Counter)
    stages: Counter[str] = field(default_factory=Counter)

    @property
    def releases_per_second(self) -> float:
        """Documents actually processed (not skipped) per wall-clock second."""
        done = self.records + self.failures
        return done / self.seconds if self.seconds > 0 else 0.0

    def describe(self) -> str:
        def counts(counter: Counter[str]) -> str:
            return ", ".join(f"{key} {value}" for key, value in sorted(counter.items())) or "-"

        lines = [
            f"{self.documents} documents: {self.records} records, {self.failures} failures, "
            f"{self.skipped} skipped (already in output)",
            f"languages: {counts(self.languages)}",
            f"formats: {counts(self.formats)}",
        ]
        if self.stages:
            lines.append(f"failures by stage: {counts(self.stages)}")
        lines.append(
            f"wall time {self.seconds:.2f} s, {self.releases_per_second:.1f} releases/s, "
            f"{self.workers} worker{'s' if self.workers != 1 else ''}"
        )
        return "\n".join(lines)


class Outcome(NamedTuple):
    """One document's result, small enough to pickle cheaply from a worker."""

    index: int
    path: str
    line: str | None  # the record as one JSON line, or None on failure
    language: str | None = None
    format: str | None = None
    stage: str | None = None
    reason: str | None = None


# --------------------------------------------------------------------------- discovery


def discover_inputs(paths: Iterable[str | Path]) -> list[Path]:
    """Files named explicitly, plus release files found recursively in folders, sorted.

    In folders only known extensions count and hidden files and folders are skipped; a file
    named on the command line is taken whatever its extension (the user asked for it).
    Gold annotation files are never inputs. Sorting makes the output order reproducible.
    """
    found: dict[str, Path] = {}
    for root in map(Path, paths):
        if root.is_dir():
            for path in _walk(root):
                found.setdefault(path.as_posix(), path)
        elif not root.name.endswith(GOLD_SUFFIX):
            found.setdefault(root.as_posix(), root)
    return [found[key] for key in sorted(found)]


def _walk(root: Path) -> Iterator[Path]:
    """Regular files with a release extension under `root`; symlinked folders not followed."""
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue  # an unreadable folder holds nothing we can read
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_dir(follow_symlinks=False):
                stack.append(folder / entry.name)
            elif (
                entry.is_file()
                and Path(entry.name).suffix.lower() in EXTENSIONS
                and not entry.name.endswith(GOLD_SUFFIX)
            ):
                yield folder / entry.name


def file_id(data: bytes) -> str:
    """The record id of a document: the contract's `sha256:` + hex digest of its bytes."""
    return "sha256:" + hashlib.sha256(data).hexdigest()


# --------------------------------------------------------------------------- one document

_limit = {"seconds": 0.0, "path": None, "fired": False}


def _on_alarm(signum: int, frame: object) -> None:
    _limit["fired"] = True
    raise DocumentTimeout(f"took longer than {_limit['seconds']:g} s", _limit["path"])


def _alarm_usable() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def _time_limit(seconds: float | None, path: str) -> Iterator[None]:
    """Raise DocumentTimeout in this process after `seconds`, and again every 0.2 s after.

    The repeat defeats extraction code that swallows the first exception with a broad
    `except`; the `fired` flag lets the caller report the timeout even then. Needs the
    SIGALRM handler installed (`_install_alarm`); code stuck in C is the parent's job.
    """
    alarm = getattr(signal, "SIGALRM", None)
    if not seconds or seconds <= 0 or alarm is None or signal.getsignal(alarm) is not _on_alarm:
        yield
        return
    _limit.update(seconds=seconds, path=path)
    signal.setitimer(signal.ITIMER_REAL, seconds, 0.2)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def _install_alarm() -> Callable[[], None]:
    """Install the SIGALRM handler; return what restores the previous one."""
    if not _alarm_usable():
        return lambda: None
    previous = signal.signal(signal.SIGALRM, _on_alarm)

    def restore() -> None:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)

    return restore


def read_input(path: str, max_bytes: int) -> bytes:
    """The file's bytes; a file over the limit is refused before it is read into memory."""
    try:
        with open(path, "rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            if size > max_bytes:
                raise ReadError(f"document is {size} bytes, over the {max_bytes}-byte limit", path)
            data = stream.read(max_bytes + 1)
    except OSError as exc:
        raise ReadError(f"unreadable: {exc.strerror or exc}", path) from exc
    if len(data) > max_bytes:  # grew while we looked, or not a regular file
        raise ReadError(f"document is over the {max_bytes}-byte limit", path)
    return data


def process_one(index: int, path: str, max_bytes: int, timeout: float | None) -> Outcome:
    """Read and extract one document; every failure becomes an Outcome, never an exception."""
    from extractor import api  # looked up at call time so tests can patch api.extract_dict

    _limit["fired"] = False
    try:
        with _time_limit(timeout, path):
            data = read_input(path, max_bytes)
            if _takes_max_bytes(api.extract_dict):
                record = api.extract_dict(data, path, max_bytes=max_bytes)
            else:
                record = api.extract_dict(data, path)
            line = dumps_record(record)
        if _limit["fired"]:  # the extractor swallowed the timeout and went on
            raise DocumentTimeout(f"took longer than {timeout:g} s", path)
        source = record.get("source") or {}
        return Outcome(index, path, line, record.get("language"), source.get("format"))
    except ExtractorError as exc:
        return Outcome(index, path, None, stage=exc.stage, reason=exc.reason)
    except (Exception, SystemExit) as exc:  # last resort: a bug must not stop the batch
        return Outcome(index, path, None, stage=INTERNAL_STAGE, reason=describe_bug(exc))


def _takes_max_bytes(function: Callable[..., Any]) -> bool:
    """Whether the extractor accepts the size limit itself (so a limit over its default holds)."""
    known = _SIGNATURES.get(function)
    if known is None:
        try:
            known = "max_bytes" in inspect.signature(function).parameters
        except (TypeError, ValueError):
            known = False
        _SIGNATURES[function] = known
    return known


_SIGNATURES: dict[Callable[..., Any], bool] = {}


def warm_up() -> None:
    """Load everything extraction needs by extracting tiny documents; never fails.

    The garbage collector is off meanwhile: what the warm-up builds (pipelines, matchers,
    lexicons) lives for the whole run, so the 300 collections its allocations would trigger
    only walk live objects (0.1 s of a 2.3 s warm-up)."""
    from extractor import api

    collecting = gc.isenabled()
    gc.disable()
    try:
        for data, path in _warmup_documents():
            with contextlib.suppress(Exception):
                api.extract_dict(data, path)
    finally:
        if collecting:
            gc.enable()


# --------------------------------------------------------------------------- the pool


def _worker_main(conn: Connection, max_bytes: int, timeout: float | None, warmup: bool) -> None:
    """A worker: warm up once, then extract the chunks the parent sends until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's "keep partial output"
    _install_alarm()
    if warmup:
        warm_up()
    try:
        conn.send(("ready", os.getpid()))
        while True:
            chunk = conn.recv()
            if chunk is None:
                break
            for index, path in chunk:
                conn.send(process_one(index, path, max_bytes, timeout))
    except (EOFError, OSError):
        pass  # the parent is gone; nothing left to do


@dataclass(eq=False)
class _Worker:
    process: Any
    conn: Connection
    ready: bool = False
    since: float = field(default_factory=time.monotonic)
    chunk: deque[tuple[int, str]] = field(default_factory=deque)


def _describe_exit(code: int | None) -> str:
    if code is None:
        return "was stopped"
    if code < 0:
        with contextlib.suppress(ValueError):
            return f"was killed by {signal.Signals(-code).name}"
        return f"was killed by signal {-code}"
    return f"exited with code {code}"


class _Pool:
    """N worker processes fed chunks of (index, path); results come back per document."""

    def __init__(self, size: int, options: BatchOptions) -> None:
        methods = mp.get_all_start_methods()
        # fork: workers start in milliseconds and inherit patches made by tests.
        self._ctx = mp.get_context("fork") if "fork" in methods else mp.get_context()
        self._options = options
        # With fork, warm up once here: every worker (replacements too) inherits the loaded
        # models, lexicons and detectors copy-on-write, so they are in memory once, not once
        # per worker. gc.freeze keeps the collector from touching (and so copying) them.
        self._forked_warm = options.warmup and self._ctx.get_start_method() == "fork"
        if self._forked_warm:
            warm_up()
            gc.freeze()
        timeout = options.timeout if options.timeout and options.timeout > 0 else None
        self._timeout = timeout
        # The worker's own alarm fires at `timeout`; the parent steps in only after a grace.
        self._hard_limit = timeout + max(2.0, timeout * 0.5) if timeout else None
        self._startup_deaths = 0
        self.workers = [self._start() for _ in range(size)]

    def _start(self) -> _Worker:
        parent_end, child_end = self._ctx.Pipe(duplex=True)
        warmup = self._options.warmup and not self._forked_warm
        args = (child_end, self._options.max_bytes, self._timeout, warmup)
        process = self._ctx.Process(target=_worker_main, args=args, daemon=True)
        process.start()
        child_end.close()  # so the parent sees EOF when the worker dies
        return _Worker(process=process, conn=parent_end)

    def run(self, tasks: list[tuple[int, str]], chunksize: int) -> Iterator[Outcome]:
        """Yield one Outcome per task, in task order."""
        pending: deque[tuple[int, str]] = deque(tasks)
        order = [index for index, _ in tasks]
        results: dict[int, Outcome] = {}
        window = max(_WINDOW_PER_WORKER, chunksize * 4) * len(self.workers)
        position = 0  # the next task (by order) to yield
        while position < len(order):
            for worker in self.workers:
                if worker.ready and not worker.chunk and pending:
                    limit = order[position] + window
                    chunk = []
                    while pending and len(chunk) < chunksize and pending[0][0] < limit:
                        chunk.append(pending.popleft())
                    if chunk:
                        worker.chunk.extend(chunk)
                        worker.since = time.monotonic()
                        worker.conn.send(chunk)
            self._collect(results, pending)
            while position < len(order) and order[position] in results:
                yield results.pop(order[position])
                position += 1

    def _collect(self, results: dict[int, Outcome], pending: deque[tuple[int, str]]) -> None:
        """Wait briefly for messages and deaths; enforce the hard time limit."""
        by_handle: dict[Any, _Worker] = {}
        for worker in self.workers:
            by_handle[worker.conn] = worker
            by_handle[worker.process.sentinel] = worker
        for handle in wait(list(by_handle), timeout=0.5):
            worker = by_handle[handle]
            if worker not in self.workers:
                continue  # already replaced this round
            if handle is worker.conn:
                try:
                    self._receive(worker, results)
                    continue
                except (EOFError, OSError):
                    pass
            self._replace(worker, results, pending, self._died(worker))
        now = time.monotonic()
        for worker in list(self.workers):
            if not worker.ready and now - worker.since > _STARTUP_LIMIT:
                raise RuntimeError(f"a worker did not start within {_STARTUP_LIMIT:g} s")
            if self._hard_limit and worker.chunk and now - worker.since > self._hard_limit:
                worker.process.kill()
                worker.process.join()
                reason = f"took longer than {self._timeout:g} s (worker stopped)"
                self._replace(worker, results, pending, (DocumentTimeout.stage, reason))

    def _receive(self, worker: _Worker, results: dict[int, Outcome]) -> None:
        while worker.conn.poll():
            message = worker.conn.recv()
            worker.since = time.monotonic()
            if isinstance(message, Outcome):
                worker.chunk.popleft()
                results[message.index] = message
            else:
                worker.ready = True

    def _died(self, worker: _Worker) -> tuple[str, str]:
        with contextlib.suppress(EOFError, OSError):
            self._receive(worker, {})  # nothing is lost: results are read before the death
        worker.process.join(timeout=5)
        if not worker.ready:
            self._startup_deaths += 1
            if self._startup_deaths >= _MAX_STARTUP_DEATHS:
                raise RuntimeError(
                    f"workers keep dying while starting; the last one "
                    f"{_describe_exit(worker.process.exitcode)}"
                )
        return INTERNAL_STAGE, f"worker process {_describe_exit(worker.process.exitcode)}"

    def _replace(
        self,
        worker: _Worker,
        results: dict[int, Outcome],
        pending: deque[tuple[int, str]],
        failure: tuple[str, str],
    ) -> None:
        """Report the document the worker was on, requeue the rest, start a new worker."""
        if worker.chunk:
            index, path = worker.chunk.popleft()
            stage, reason = failure
            results[index] = Outcome(index, path, None, stage=stage, reason=reason)
            pending.extendleft(reversed(worker.chunk))
        worker.conn.close()
        self.workers[self.workers.index(worker)] = self._start()

    def close(self) -> None:
        for worker in self.workers:
            with contextlib.suppress(OSError):
                worker.conn.send(None)
        deadline = time.monotonic() + 2.0
        for worker in self.workers:
            worker.process.join(timeout=max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()
        if self._forked_warm:
            gc.unfreeze()


# --------------------------------------------------------------------------- output


class _Sink(Protocol):
    def write(self, text: str, /) -> int: ...
    def flush(self) -> None: ...


class _StdoutSink:
    """UTF-8 to stdout whatever the locale says, since the contract says UTF-8."""

    def write(self, text: str) -> int:
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is None:
            return sys.stdout.write(text)
        return buffer.write(text.encode("utf-8"))

    def flush(self) -> None:
        sys.stdout.flush()


def _orphans(target: Path) -> list[Path]:
    """Temporary files an `AtomicWriter` left beside `target` when its run was killed."""
    if not target.parent.is_dir():
        return []
    found = target.parent.glob(f".{target.name}.*.tmp")
    return sorted(found, key=lambda path: (path.stat().st_mtime, path.name))


def _line_id(line: str) -> str | None:
    """The record id of a complete JSON line, or None if the line is not a whole record."""
    if not line.endswith("\n"):
        return None  # cut off mid-write
    try:
        record = json.loads(line)
    except json.JSONDecodeError:
        return None
    value = record.get("id") if isinstance(record, dict) else None
    return value if isinstance(value, str) else None


def _salvage(target: Path, orphans: list[Path], sink: _Sink, wanted: set[str]) -> set[str]:
    """Copy the finished records of the existing output and of killed runs into `sink`.

    Lines of the existing output are kept as they are; a killed run's temporary file adds
    only records of this batch's inputs (`wanted` ids) not already there. Returns the ids
    now in the output.
    """
    ids: set[str] = set()
    if target.is_file():
        with open(target, encoding="utf-8", errors="replace") as stream:
            for line in stream:
                record_id = _line_id(line)
                if record_id is not None:
                    sink.write(line)
                    ids.add(record_id)
    for orphan in orphans:
        with open(orphan, encoding="utf-8", errors="replace") as stream:
            for line in stream:
                record_id = _line_id(line)
                if record_id in wanted and record_id not in ids:
                    sink.write(line)
                    ids.add(record_id)
    return ids


def _input_id(path: Path, max_bytes: int) -> str | None:
    """The id an input's record will have, or None when it cannot be read (it will fail)."""
    try:
        return file_id(read_input(str(path), max_bytes))
    except ExtractorError:
        return None


# --------------------------------------------------------------------------- the batch


def run_batch(
    paths: Iterable[str | Path],
    output: Path | None = None,
    errors: Path | None = None,
    options: BatchOptions | None = None,
) -> BatchSummary:
    """Extract every input into `output` (stdout if None); failures go to `errors`."""
    options = options or BatchOptions()
    started = time.perf_counter()
    inputs = discover_inputs(paths)
    summary = BatchSummary(documents=len(inputs))
    output = Path(output) if output is not None else None
    errors = Path(errors) if errors is not None else None
    resuming = options.resume and output is not None
    if options.resume and output is None:
        _tell("--resume needs an output file; extracting everything to stdout", options.progress)
    # Temporary files of killed runs: salvaged when resuming, superseded once this run is done.
    orphans = _orphans(output) if output is not None else []
    stale = _orphans(errors) if errors is not None else []

    restore_term = _sigterm_as_interrupt()
    try:
        with contextlib.ExitStack() as stack:
            out: _Sink = stack.enter_context(AtomicWriter(output)) if output is not None else _StdoutSink()
            err: _Sink | None = stack.enter_context(AtomicWriter(errors)) if errors is not None else None
            done: set[str] = set()
            if resuming and output is not None and (output.exists() or orphans):
                ids = [_input_id(path, options.max_bytes) for path in inputs]
                done = _salvage(output, orphans, out, {i for i in ids if i is not None})
                out.flush()
                tasks = [(n, p.as_posix()) for n, p in enumerate(inputs) if ids[n] not in done]
            else:
                tasks = [(n, path.as_posix()) for n, path in enumerate(inputs)]
            summary.skipped = len(inputs) - len(tasks)
            for outcome in _outcomes(tasks, options, summary):
                _emit(outcome, out, err, summary, options.progress)
    except KeyboardInterrupt:
        if resuming:  # the partial output, renamed into place, now holds what they held
            _remove(orphans + stale)
        raise
    finally:
        restore_term()
        summary.seconds = time.perf_counter() - started
    _remove(orphans + stale)
    return summary


def _outcomes(
    tasks: list[tuple[int, str]], options: BatchOptions, summary: BatchSummary
) -> Iterator[Outcome]:
    """Run the tasks in-process (one worker) or in the pool; yield outcomes in task order."""
    wanted = options.workers if options.workers > 0 else (os.cpu_count() or 1)
    size = max(1, min(wanted, len(tasks)))
    summary.workers = size
    progress = _progress_bar(len(tasks), options.progress)
    try:
        if size == 1:
            restore = _install_alarm()
            try:
                for index, path in tasks:
                    yield process_one(index, path, options.max_bytes, options.timeout)
                    progress.update()
            finally:
                restore()
            return
        chunksize = options.chunksize or max(1, min(16, len(tasks) // (size * 16)))
        pool = _Pool(size, options)
        try:
            for outcome in pool.run(tasks, chunksize):
                yield outcome
                progress.update()
        finally:
            pool.close()
    finally:
        progress.close()


def _emit(outcome: Outcome, out: _Sink, err: _Sink | None, summary: BatchSummary, progress: bool) -> None:
    """Write one outcome where it belongs and count it; flushed so a kill loses nothing."""
    if outcome.line is not None:
        out.write(outcome.line + "\n")
        out.flush()
        summary.records += 1
        summary.languages[outcome.language or "unknown"] += 1
        summary.formats[outcome.format or "unknown"] += 1
        return
    summary.failures += 1
    stage = outcome.stage or INTERNAL_STAGE
    summary.stages[stage] += 1
    line = dumps_record({"path": outcome.path, "reason": outcome.reason, "stage": stage})
    if err is not None:
        err.write(line + "\n")
        err.flush()
    else:
        _tell(f"failed: {line}", progress)


def _tell(message: str, progress: bool) -> None:
    if progress:
        from tqdm import tqdm

        tqdm.write(message, file=sys.stderr)
    else:
        print(message, file=sys.stderr)


class _NoProgress:
    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def _progress_bar(total: int, enabled: bool) -> Any:
    """tqdm's bar (files, rate, time left) on stderr, or nothing at all."""
    if not enabled:
        return _NoProgress()
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", desc="extract", file=sys.stderr, smoothing=0.05)


def _sigterm_as_interrupt() -> Callable[[], None]:
    """During the batch, SIGTERM behaves like Ctrl-C so the partial output is kept."""
    if not _alarm_usable():
        return lambda: None

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    return lambda: signal.signal(signal.SIGTERM, previous)


def _remove(paths: list[Path]) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink()
