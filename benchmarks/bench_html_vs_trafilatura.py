"""Our HTML cleaner against trafilatura on the same saved pages, scored on plain-text twins.

For every page `samples/<lang>/<slug>.html` that has a twin `tests/fixtures/twins/<lang>-<slug>.txt`
(the same release as plain text, article only), both tools get the same decoded HTML and are
scored on word tokens (case-folded, as a multiset):

- recall: share of the twin's tokens that the output contains (article text kept);
- boilerplate: share of the output's tokens that are not in the twin (chrome let through);
- ms/page: median wall time of 15 runs (after a warm-up), the tools taking turns.

    .venv/bin/python benchmarks/bench_html_vs_trafilatura.py [--pages DIR] [--twins DIR]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.clean.html import clean_html  # noqa: E402
from extractor.clean.text import normalize_text  # noqa: E402
from extractor.read import read  # noqa: E402

_TOKEN = re.compile(r"\w+")


@dataclass
class Score:
    """Token counts of one tool on one page, and its median time."""

    twin_tokens: int
    output_tokens: int
    shared_tokens: int
    milliseconds: float

    @property
    def recall(self) -> float:
        return self.shared_tokens / self.twin_tokens if self.twin_tokens else 0.0

    @property
    def boilerplate(self) -> float:
        if not self.output_tokens:
            return 0.0
        return (self.output_tokens - self.shared_tokens) / self.output_tokens


def tokens(text: str) -> Counter[str]:
    return Counter(_TOKEN.findall(normalize_text(text).casefold()))


def find_pairs(pages: Path, twins: Path) -> list[tuple[Path, Path]]:
    """(page, twin) for every page with a twin; pages without one are listed on stderr."""
    pairs: list[tuple[Path, Path]] = []
    for page in sorted(pages.rglob("*.html")) + sorted(pages.rglob("*.htm")):
        candidates = [
            twins / f"{page.parent.name}-{page.stem}.txt",
            page.with_suffix(".txt"),
            page.with_name(page.stem + ".twin.txt"),
        ]
        twin = next((c for c in candidates if c.is_file()), None)
        if twin is None:
            print(f"no twin for {page}", file=sys.stderr)
            continue
        pairs.append((page, twin))
    return pairs


def run(
    tools: dict[str, Callable[[str], str]], html: str, twin: Counter[str], repeats: int
) -> dict[str, Score]:
    """Score every tool on one page; timed runs alternate between tools so that a busy
    machine slows them alike."""
    outputs = {name: tool(html) for name, tool in tools.items()}  # warm-up, and what is scored
    times: dict[str, list[float]] = {name: [] for name in tools}
    for _ in range(repeats):
        for name, tool in tools.items():
            start = time.perf_counter()
            tool(html)
            times[name].append((time.perf_counter() - start) * 1000)
    scores = {}
    for name, output in outputs.items():
        produced = tokens(output)
        shared = sum((produced & twin).values())
        scores[name] = Score(
            sum(twin.values()), sum(produced.values()), shared, statistics.median(times[name])
        )
    return scores


def ours(html: str) -> str:
    return clean_html(html).text


def make_trafilatura() -> Callable[[str], str] | None:
    try:
        import trafilatura
    except ImportError:
        return None

    def extract(html: str) -> str:
        return trafilatura.extract(html, include_comments=False, include_tables=True) or ""

    return extract


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=Path, default=ROOT / "samples", help="folder of .html")
    parser.add_argument(
        "--twins", type=Path, default=ROOT / "tests" / "fixtures" / "twins", help="folder of twins"
    )
    parser.add_argument("--repeats", type=int, default=15, help="timed runs per page and tool")
    args = parser.parse_args(argv)

    pairs = find_pairs(args.pages, args.twins)
    if not pairs:
        print(f"no HTML pages with twins under {args.pages}")
        return 0
    tools: dict[str, Callable[[str], str]] = {"ours": ours}
    trafilatura = make_trafilatura()
    if trafilatura is None:
        print("trafilatura is not installed (pip install '.[bench]'); timing ours only")
    else:
        tools["trafilatura"] = trafilatura

    names = list(tools)
    width = max(len(f"{page.parent.name}/{page.name}") for page, _ in pairs) + 2
    header = f"{'page':<{width}}" + "".join(
        f" {name[:5] + ' ' + col:>14}" for col in ("recall", "boiler", "ms") for name in names
    )
    print(header)
    print("-" * len(header))
    totals = {name: [0, 0, 0, 0.0] for name in names}
    for page, twin_path in pairs:
        html = read(page.read_bytes(), str(page)).text
        twin = tokens(twin_path.read_text(encoding="utf-8"))
        scores = run(tools, html, twin, args.repeats)
        label = f"{page.parent.name}/{page.name}"
        print(f"{label:<{width}}" + _row(scores, names))
        for name, score in scores.items():
            total = totals[name]
            total[0] += score.twin_tokens
            total[1] += score.output_tokens
            total[2] += score.shared_tokens
            total[3] += score.milliseconds
    print("-" * len(header))
    overall = {name: Score(t[0], t[1], t[2], t[3] / len(pairs)) for name, t in totals.items()}
    print(f"{f'TOTAL ({len(pairs)} pages)':<{width}}" + _row(overall, names))
    print("\nrecall = twin tokens kept; boiler = output tokens not in the twin; ms = median/page")
    return 0


def _row(scores: dict[str, Score], names: list[str]) -> str:
    cells = [f"{scores[n].recall:>14.1%}" for n in names]
    cells += [f"{scores[n].boilerplate:>14.1%}" for n in names]
    cells += [f"{scores[n].milliseconds:>14.2f}" for n in names]
    return " " + " ".join(cells)


if __name__ == "__main__":
    raise SystemExit(main())
