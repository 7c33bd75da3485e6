"""Accuracy against hand-made gold files, exactly as the contract's Scoring section defines it.

For each field, the extracted and the gold items become sets of keys; true positives,
false positives and misses are counted per document and summed (micro-average), overall and
per language. Every miss and false hit is kept for the report.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extractor.api import extract_dict
from extractor.errors import ExtractorError, describe_bug
from extractor.extract.crews import normalise_name
from extractor.extract.durations import parse_clock

FIELDS = (
    "crews",
    "class_results",
    "total_times",
    "stage_results",
    "stage_wins",
    "stage_times",
    "upcoming_events",
    "published",
    "language",
    "event",
)
INPUT_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".eml", ".md", ".markdown")
GOLD_SUFFIX = ".gold.json"
SECONDS_TOLERANCE = 0.05


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Difference:
    document: str
    field: str
    kind: str  # "missed" or "false hit"
    value: Any


@dataclass
class Report:
    totals: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in FIELDS})
    by_language: dict[str, dict[str, Counts]] = field(default_factory=dict)
    differences: list[Difference] = field(default_factory=list)
    documents: int = 0
    failures: list[str] = field(default_factory=list)

    def lowest_f1(self) -> float:
        scored = [c.f1 for c in self.totals.values() if c.tp + c.fp + c.fn]
        for language in self.by_language.values():
            scored.extend(c.f1 for c in language.values() if c.tp + c.fp + c.fn)
        return min(scored, default=1.0)

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "failures": self.failures,
            "fields": {f: c.to_dict() for f, c in self.totals.items()},
            "languages": {
                lang: {f: c.to_dict() for f, c in counts.items()}
                for lang, counts in sorted(self.by_language.items())
            },
            "differences": [d.__dict__ for d in self.differences],
        }


# ---- keys -----------------------------------------------------------------------------------


def _crew_key(names: Iterable[str]) -> frozenset[str]:
    return frozenset(normalise_name(n) for n in names)


def _seconds(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, dict):
        return float(value["seconds"])
    return parse_clock(str(value))


def _name_words(name: str) -> frozenset[str]:
    return frozenset(normalise_name(name).split())


def names_match(a: str, b: str) -> bool:
    """Contract rule for event names: word-set containment or Jaccard ≥ 0.5."""
    wa, wb = _name_words(a), _name_words(b)
    if not wa or not wb:
        return False
    if wa <= wb or wb <= wa:
        return True
    return len(wa & wb) / len(wa | wb) >= 0.5


def extracted_keys(record: dict[str, Any]) -> dict[str, list[Any]]:
    crews = {c["id"]: _crew_key(m["name"] for m in c["members"]) for c in record["crews"]}
    return _keys(record, lambda crew_id: crews.get(crew_id, frozenset()))


def gold_keys(gold: dict[str, Any]) -> dict[str, list[Any]]:
    converted = dict(gold)
    if "crews" in gold:
        converted["crews"] = [{"members": [{"name": n} for n in crew]} for crew in gold["crews"]]
    return _keys(converted, lambda names: _crew_key(names), present=set(gold))


def _keys(data: dict[str, Any], crew_of: Any, present: set[str] | None = None) -> dict[str, list[Any]]:
    keys: dict[str, list[Any]] = {}

    def wanted(*names: str) -> bool:
        return present is None or all(n in present for n in names)

    if wanted("crews"):
        keys["crews"] = [_crew_key(m["name"] for m in c["members"]) for c in data["crews"]]
    if wanted("class_results"):
        results = data["class_results"]
        keys["class_results"] = [
            (str(r["class"]).casefold(), int(r["position"]), crew_of(r["crew"])) for r in results
        ]
        keys["total_times"] = [
            (crew_of(r["crew"]), _seconds(r.get("total_time"))) for r in results if r.get("total_time")
        ]
    if wanted("stage_results"):
        results = data["stage_results"]
        keys["stage_results"] = [(int(r["stage"]), int(r["position"]), crew_of(r["crew"])) for r in results]
        keys["stage_wins"] = [
            (int(r["stage"]), crew_of(r["crew"])) for r in results if int(r["position"]) == 1
        ]
        keys["stage_times"] = [
            (int(r["stage"]), crew_of(r["crew"]), _seconds(r.get("time"))) for r in results if r.get("time")
        ]
    if wanted("upcoming_events"):
        keys["upcoming_events"] = [(u["name"], u.get("start"), u.get("end")) for u in data["upcoming_events"]]
    for single in ("published", "language"):
        if wanted(single):
            keys[single] = [data[single]] if data.get(single) else []
    if wanted("event"):
        event = data.get("event")
        keys["event"] = [(event["name"], event.get("edition"))] if event else []
    return keys


def _same(field_name: str, a: Any, b: Any) -> bool:
    if field_name in ("upcoming_events",):
        return names_match(a[0], b[0]) and a[1:] == b[1:]
    if field_name == "event":
        return names_match(a[0], b[0]) and a[1] == b[1]
    if field_name == "total_times":
        return (
            a[0] == b[0] and a[1] is not None and b[1] is not None and abs(a[1] - b[1]) <= SECONDS_TOLERANCE
        )
    if field_name == "stage_times":
        return (
            a[:2] == b[:2] and a[2] is not None and b[2] is not None and abs(a[2] - b[2]) <= SECONDS_TOLERANCE
        )
    return a == b


def score_document(
    extracted: dict[str, list[Any]], gold: dict[str, list[Any]]
) -> dict[str, tuple[Counts, list[Any], list[Any]]]:
    """Per field: counts, missed gold keys, false extracted keys (one-to-one matching)."""
    scored: dict[str, tuple[Counts, list[Any], list[Any]]] = {}
    for field_name, gold_items in gold.items():
        got = _unique(field_name, extracted.get(field_name, []))
        expected = _unique(field_name, gold_items)
        unmatched = list(got)
        missed: list[Any] = []
        for item in expected:
            match = next((g for g in unmatched if _same(field_name, g, item)), None)
            if match is None:
                missed.append(item)
            else:
                unmatched.remove(match)
        counts = Counts(tp=len(expected) - len(missed), fp=len(unmatched), fn=len(missed))
        scored[field_name] = (counts, missed, unmatched)
    return scored


def _unique(field_name: str, items: list[Any]) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if not any(_same(field_name, item, seen) for seen in out):
            out.append(item)
    return out


def _printable(value: Any) -> Any:
    if isinstance(value, frozenset):
        return sorted(value)
    if isinstance(value, tuple):
        return [_printable(v) for v in value]
    return value


# ---- folders --------------------------------------------------------------------------------


def gold_pairs(folder: Path) -> list[tuple[Path, Path]]:
    pairs = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.suffix.lower() in INPUT_SUFFIXES and not path.name.startswith("."):
            gold = path.with_name(path.name[: -len(path.suffix)] + GOLD_SUFFIX)
            if gold.exists():
                pairs.append((path, gold))
    return pairs


def evaluate_folder(folder: Path) -> Report:
    report = Report()
    for path, gold_path in gold_pairs(folder):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        language = gold.get("language") or "??"
        relative = str(path.relative_to(folder)) if path.is_relative_to(folder) else str(path)
        try:
            record = extract_dict(path.read_bytes(), relative)
        except ExtractorError as exc:
            report.failures.append(f"{relative}: {exc}")
            record = None
        except Exception as exc:  # a bug in one release must not hide the score of the others
            report.failures.append(f"{relative}: {describe_bug(exc)}")
            record = None
        report.documents += 1
        extracted = extracted_keys(record) if record else {}
        per_language = report.by_language.setdefault(language, {f: Counts() for f in FIELDS})
        for field_name, (counts, missed, false_hits) in score_document(extracted, gold_keys(gold)).items():
            report.totals[field_name].add(counts)
            per_language[field_name].add(counts)
            report.differences.extend(
                Difference(relative, field_name, "missed", _printable(m)) for m in missed
            )
            report.differences.extend(
                Difference(relative, field_name, "false hit", _printable(f)) for f in false_hits
            )
    return report


def format_report(report: Report) -> str:
    lines = [
        f"{report.documents} documents scored"
        + (f", {len(report.failures)} failed" if report.failures else "")
    ]
    header = f"{'field':<16}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>5}{'fn':>5}"
    lines += ["", "all languages", header]
    lines += [_row(name, counts) for name, counts in report.totals.items()]
    for language, counts_by_field in sorted(report.by_language.items()):
        lines += ["", f"language {language}", header]
        lines += [
            _row(name, counts)
            for name, counts in counts_by_field.items()
            if counts.tp + counts.fp + counts.fn
        ]
    if report.failures:
        lines += ["", "failures:"] + [f"  {f}" for f in report.failures]
    if report.differences:
        lines += ["", "differences (document, field, kind, value):"]
        lines += [
            f"  {d.document}  {d.field}  {d.kind}: {json.dumps(d.value, ensure_ascii=False)}"
            for d in report.differences
        ]
    return "\n".join(lines)


def _row(name: str, counts: Counts) -> str:
    return (
        f"{name:<16}{counts.precision:>7.3f}{counts.recall:>7.3f}{counts.f1:>7.3f}"
        f"{counts.tp:>6}{counts.fp:>5}{counts.fn:>5}"
    )


def raise_floors(report: Report, path: Path) -> dict[str, Any]:
    """Write F1 floors for the accuracy gate; a floor only ever goes up (rounded down to 0.01)."""
    current = (
        json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"fields": {}, "languages": {}}
    )
    data = report.to_dict()

    def floor(value: float) -> float:
        return int(value * 100) / 100

    fields = {
        name: max(floor(counts["f1"]), current["fields"].get(name, 0.0))
        for name, counts in data["fields"].items()
        if counts["tp"] + counts["fp"] + counts["fn"]
    }
    languages = {
        language: {
            name: max(floor(counts["f1"]), current["languages"].get(language, {}).get(name, 0.0))
            for name, counts in per_field.items()
            if counts["tp"] + counts["fp"] + counts["fn"]
        }
        for language, per_field in data["languages"].items()
    }
    floors = {"fields": fields, "languages": languages}
    path.write_text(json.dumps(floors, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return floors
