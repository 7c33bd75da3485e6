"""Benchmark: releases/s end to end, ms per stage, peak memory, cold start.

    python benchmarks/bench_pipeline.py --sizes 1000 10000 [--workers N] [--profile]

For each size N it generates (or reuses) N invented releases in benchmarks/corpus/N, runs
`extractor extract` on the folder as a user would (a subprocess, so interpreter start,
imports, worker warm-up and writing are all counted) while sampling the memory of the whole
process tree, then times each pipeline stage in-process on a sample, and times the cold
start of `extractor extract one.txt`. `--profile` adds a cProfile of extraction.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import hashlib
import inspect
import io
import json
import os
import platform
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_corpus  # noqa: E402 - the benchmark folder is not a package

TARGETS = {"releases_per_second": 300.0, "peak_mb_at_10000": 500.0, "cold_start_s": 2.0}


# --------------------------------------------------------------------------- corpus


def _generator_fingerprint() -> str:
    """Changes when the generator or a template changes, so a stale corpus is rebuilt."""
    digest = hashlib.sha256()
    for path in [HERE / "make_corpus.py", *sorted((HERE / "templates").glob("*.yaml"))]:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def ensure_corpus(folder: Path, count: int, seed: int) -> tuple[int, int]:
    """Generate `count` releases into `folder` unless an identical corpus is already there."""
    stamp = folder / ".corpus.json"
    wanted = {"count": count, "seed": seed, "generator": _generator_fingerprint()}
    if not (stamp.exists() and json.loads(stamp.read_text()) == wanted):
        shutil.rmtree(folder, ignore_errors=True)
        make_corpus.generate(folder, count, seed)
        stamp.write_text(json.dumps(wanted))
    files = [p for p in folder.rglob("*") if p.is_file() and not p.name.startswith(".")]
    legacy = 0
    for path in files:
        try:
            path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            legacy += 1
    return sum(p.stat().st_size for p in files), legacy


# --------------------------------------------------------------------------- memory


class TreeMemory:
    """Samples the summed memory of a process and all its descendants in a thread.

    RSS counts pages shared by forked workers once per process, so it overstates; PSS
    (proportional set size) splits shared pages between the processes that share them.
    """

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        import psutil

        self._root = psutil.Process(pid)
        self._interval = interval
        self.peak_rss = 0
        self.peak_pss = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        import psutil

        tick = 0
        while not self._stop.is_set():
            try:
                processes = [self._root, *self._root.children(recursive=True)]
            except psutil.Error:
                return
            rss = pss = 0
            for process in processes:
                try:
                    rss += process.memory_info().rss
                    if tick % 5 == 0:  # smaps is slow to read; PSS moves slowly anyway
                        pss += process.memory_full_info().pss
                except psutil.Error:
                    continue
            self.peak_rss = max(self.peak_rss, rss)
            if tick % 5 == 0:
                self.peak_pss = max(self.peak_pss, pss)
            tick += 1
            self._stop.wait(self._interval)


def _has_psutil() -> bool:
    try:
        import psutil  # noqa: F401
    except ImportError:
        return False
    return True


# --------------------------------------------------------------------------- runs


def _extractor_command() -> list[str]:
    script = Path(sys.executable).with_name("extractor")
    return [str(script)] if script.exists() else [sys.executable, "-m", "extractor.cli"]


def run_end_to_end(folder: Path, workers: int, work: Path) -> dict[str, Any]:
    """`extractor extract FOLDER` in a subprocess: wall time, output counts, peak memory."""
    out, errors = work / "records.jsonl", work / "errors.jsonl"
    command = [*_extractor_command(), "extract", str(folder), "-o", str(out)]
    command += ["--errors", str(errors), "--workers", str(workers), "--no-progress"]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if _has_psutil():
        with TreeMemory(process.pid) as memory:
            _, stderr = process.communicate()
        peak_rss, peak_pss = memory.peak_rss, memory.peak_pss
    else:  # without psutil: the largest single child, which understates a pool
        import resource

        _, stderr = process.communicate()
        peak_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
        peak_pss = 0
    wall = time.perf_counter() - started
    records = sum(1 for _ in out.open(encoding="utf-8")) if out.exists() else 0
    failures = sum(1 for _ in errors.open(encoding="utf-8")) if errors.exists() else 0
    return {
        "wall_s": wall,
        "records": records,
        "failures": failures,
        "peak_rss_mb": peak_rss / 2**20,
        "peak_pss_mb": peak_pss / 2**20,
        "summary": stderr.decode("utf-8", "replace").strip(),
        "returncode": process.returncode,
    }


def _inputs(folder: Path, limit: int) -> list[tuple[bytes, str]]:
    from extractor.batch import discover_inputs

    return [(p.read_bytes(), p.as_posix()) for p in discover_inputs([folder])[:limit]]


def stage_timings(documents: list[tuple[bytes, str]]) -> dict[str, Any]:
    """Seconds per stage, in this process, after a warm-up; totals only if stages are unknown."""
    from extractor.batch import warm_up
    from extractor.errors import ExtractorError
    from extractor.pipeline import run_pipeline

    warm_up()
    with_stages = "timings" in inspect.signature(run_pipeline).parameters
    stages: dict[str, float] = {}
    failures = 0
    started = time.perf_counter()
    for data, path in documents:
        try:
            if with_stages:
                run_pipeline(data, path, timings=stages).to_dict()
            else:
                run_pipeline(data, path).to_dict()
        except ExtractorError:
            failures += 1
    total = time.perf_counter() - started
    return {"documents": len(documents), "total_s": total, "stages_s": stages, "failures": failures}


def profile(documents: list[tuple[bytes, str]], top: int) -> str:
    """cProfile of extraction (warm), the top functions by own time and by cumulative time."""
    from extractor.api import extract_dict
    from extractor.batch import warm_up
    from extractor.errors import ExtractorError

    warm_up()
    profiler = cProfile.Profile()
    profiler.enable()
    for data, path in documents:
        with contextlib.suppress(ExtractorError):
            extract_dict(data, path)
    profiler.disable()
    report = io.StringIO()
    stats = pstats.Stats(profiler, stream=report)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    return report.getvalue()


def cold_start(sample: bytes, work: Path, repeats: int = 3) -> list[float]:
    """Seconds for `extractor extract one.txt` from a fresh interpreter, `repeats` times."""
    one = work / "one.txt"
    one.write_bytes(sample)
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        subprocess.run(
            [*_extractor_command(), "extract", str(one), "-o", str(work / "one.jsonl")],
            check=False,
            capture_output=True,
        )
        times.append(time.perf_counter() - started)
    return times


# --------------------------------------------------------------------------- report


def _load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def _verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--workers", type=int, default=0, help="0 = all cores (the default)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--corpus", type=Path, default=HERE / "corpus")
    parser.add_argument("--stage-sample", type=int, default=1000, help="releases timed in-process")
    parser.add_argument("--profile", action="store_true", help="also print a cProfile of extraction")
    parser.add_argument("--profile-top", type=int, default=30)
    parser.add_argument("--no-cold-start", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)

    cores = os.cpu_count() or 1
    workers = args.workers or cores
    say: Callable[[str], None] = lambda line: print(line, flush=True)  # noqa: E731
    say(
        f"machine: {cores} cores, {platform.machine()}, {platform.system()} "
        f"{platform.release()}, Python {platform.python_version()}; workers: {workers}; "
        f"load average before: {_load()} (other work on the machine skews every figure)"
    )
    results: dict[str, Any] = {"cores": cores, "workers": workers, "runs": []}
    work = Path(tempfile.mkdtemp(prefix="extractor-bench-"))
    try:
        say("")
        say(
            f"{'N':>7} {'MB':>6} {'wall s':>8} {'rel/s':>8} {'records':>8} {'failed':>7} "
            f"{'peak RSS MB':>12} {'peak PSS MB':>12}"
        )
        for size in args.sizes:
            folder = args.corpus / str(size)
            total_bytes, legacy = ensure_corpus(folder, size, args.seed)
            run = run_end_to_end(folder, workers, work)
            run.update(
                size=size, mb=total_bytes / 1e6, legacy=legacy, releases_per_second=size / run["wall_s"]
            )
            results["runs"].append(run)
            say(
                f"{size:>7} {run['mb']:>6.1f} {run['wall_s']:>8.2f} "
                f"{run['releases_per_second']:>8.1f} {run['records']:>8} {run['failures']:>7} "
                f"{run['peak_rss_mb']:>12.0f} {run['peak_pss_mb']:>12.0f}"
            )
            if run["returncode"] not in (0, 1):
                say(f"  extractor exited with {run['returncode']}:\n{run['summary']}")

        sample_folder = args.corpus / str(args.sizes[0])
        documents = _inputs(sample_folder, args.stage_sample)
        timing = stage_timings(documents)
        results["stages"] = timing
        count = max(1, timing["documents"])
        say("")
        say(f"stages, in-process on {timing['documents']} releases, ms per release:")
        if timing["stages_s"]:
            for stage, seconds in timing["stages_s"].items():
                say(f"  {stage:<10} {1000 * seconds / count:8.2f}")
        else:
            say("  (this pipeline does not report stages; totals only)")
        say(
            f"  {'total':<10} {1000 * timing['total_s'] / count:8.2f}   "
            f"= {count / timing['total_s']:.0f} releases/s on one core"
        )

        if not args.no_cold_start:
            times = cold_start(documents[0][0], work)
            results["cold_start_s"] = times
            say("")
            say(
                f"cold start, `extractor extract one.txt`: median {statistics.median(times):.2f} s "
                f"({', '.join(f'{t:.2f}' for t in times)})"
            )

        say("")
        say("targets:")
        for run in results["runs"]:
            rate = run["releases_per_second"]
            say(
                f"  N={run['size']}: {rate:.0f} releases/s end to end (target >= 300): "
                f"{_verdict(rate >= TARGETS['releases_per_second'])}"
            )
        big = [run for run in results["runs"] if run["size"] >= 10000]
        for run in big:
            peak = run["peak_pss_mb"] or run["peak_rss_mb"]
            say(
                f"  N={run['size']}: peak memory {peak:.0f} MB PSS, {run['peak_rss_mb']:.0f} MB "
                f"RSS (target < 500): {_verdict(peak < TARGETS['peak_mb_at_10000'])}"
            )
        if "cold_start_s" in results:
            median = statistics.median(results["cold_start_s"])
            say(f"  cold start {median:.2f} s (target < 2): {_verdict(median < TARGETS['cold_start_s'])}")

        if args.profile:
            say("")
            say(profile(documents[: min(len(documents), 500)], args.profile_top))
        if args.json:
            args.json.write_text(json.dumps(results, indent=2, default=str))
        say(f"\nload average after: {_load()}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
