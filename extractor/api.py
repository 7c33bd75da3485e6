"""The pure core: `extract(bytes, path) -> Record`. No files, no network, no globals mutated."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from extractor.record import Record


def extract(data: bytes, path: str | None = None) -> Record:
    """Turn one release's raw bytes into its record; raises only ExtractorError subclasses."""
    # Imported here, not above: `import extractor` (the CLI's commands, extractor.language) then
    # does not pay for spaCy and dateparser until a release is extracted.
    from extractor.pipeline import run_pipeline

    return run_pipeline(data, path)


def extract_dict(data: bytes, path: str | None = None) -> dict[str, Any]:
    """`extract` as the contract's JSON shape."""
    return extract(data, path).to_dict()
