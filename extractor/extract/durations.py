"""Durations as written (`58 uur, 09 minuten en 45 seconden`, `3h12'45''`, `2:51:34.6`, `+12.3s`).

Compact shapes come from base.yaml, unit words from the language file; both compile into one
regular expression per language. Each match is converted to seconds and ISO 8601.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractor.lexicon import Lexicon, alternation, load_lexicon
from extractor.record import Duration


@dataclass(frozen=True)
class DurationSpan:
    start: int
    end: int
    duration: Duration
    signed: bool  # written with a leading "+" (a gap)


@cache
def duration_pattern(language: str) -> re.Pattern[str]:
    lexicon = load_lexicon(language)
    return _compile(lexicon)


def _compile(lexicon: Lexicon) -> re.Pattern[str]:
    units = lexicon.data["duration_units"]
    hours, minutes, seconds = (
        alternation([str(w) for w in units[k]]) for k in ("hours", "minutes", "seconds")
    )
    joiner = r"(?:\s*,\s*|\s+)(?:(?:" + alternation([str(w) for w in units["joiners"]]) + r")\s+)?"
    number = r"\d{1,3}"
    fraction = r"\d{1,3}(?:[.,]\d{1,3})?"
    worded = (
        rf"(?:(?P<wh>{number})\s*(?:{hours})(?!\w)(?:{joiner}(?P<whm>{number})\s*(?:{minutes})(?!\w))?"
        rf"(?:{joiner}(?P<whs>{fraction})\s*(?:{seconds})(?!\w))?"
        rf"|(?P<wm>{number})\s*(?:{minutes})(?!\w)(?:{joiner}(?P<wms>{fraction})\s*(?:{seconds})(?!\w))?"
        rf"|(?P<ws>{fraction})\s*(?:{seconds})(?!\w))"
    )
    hour = alternation(["h", *_hour_letters(lexicon)])
    compact = "|".join(f"(?:{p})".replace("{H}", f"(?:{hour})") for p in lexicon.base["compact_durations"])
    return re.compile(rf"(?<![\w:.,])(?P<sign>\+\s?)?(?:(?P<compact>{compact})|{worded})(?![\w:])", re.I)


def _hour_letters(lexicon: Lexicon) -> list[str]:
    return [str(w) for w in lexicon.data["duration_units"].get("hour_letters", [])]


@cache
def _hour_letter_pattern(language: str) -> re.Pattern[str] | None:
    """ "17u15m39s": the language's own hour letter between digits, to be read as "h"."""
    letters = _hour_letters(load_lexicon(language))
    if not letters:
        return None
    return re.compile(rf"(?<=\d)(\s?)(?:{alternation(letters)})(?=\s?\d)", re.I)


_NUMBERS = re.compile(r"\d+(?:[.,]\d+)?")
_MINUTES_SECONDS_TENTHS = re.compile(
    r"(?:(\d{1,3})\s?(?:h|:)\s?)?(\d{1,3})\s?['′’]\s?(\d{1,2})\s?(?:''|″|\")\s?(\d{1,3})"
)


_SECONDS_TENTHS = re.compile(r"(\d{1,2})\s?(?:''|″|\")\s?(\d{1,3})")


def _compact_seconds(text: str) -> float | None:
    """Seconds of a compact duration: colon forms and h/m/s or '/'' forms."""
    body = text.strip().lstrip("+").strip()
    tenths = _MINUTES_SECONDS_TENTHS.fullmatch(body)
    if tenths:  # 12'05''8, 2h11'38''4: (hours,) minutes, seconds, tenths
        hours, minutes, seconds, fraction = tenths.groups()
        return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds) + float("0." + fraction)
    seconds_tenths = _SECONDS_TENTHS.fullmatch(body)
    if seconds_tenths:  # 38"4: seconds and tenths
        return int(seconds_tenths.group(1)) + float("0." + seconds_tenths.group(2))
    if ":" in body:
        parts = [p.replace(",", ".") for p in body.split(":")]
        values = [float(p) for p in parts]
        if len(values) == 3:
            return values[0] * 3600 + values[1] * 60 + values[2]
        return values[0] * 60 + values[1]
    numbers = [n.replace(",", ".") for n in _NUMBERS.findall(body)]
    lowered = body.lower()
    if "h" in lowered:
        scale = [3600.0, 60.0, 1.0]
    elif re.search(r"m|'|′|’", lowered) and len(numbers) >= 2:
        scale = [60.0, 1.0]
    elif re.search(r"m|'|′|’", lowered):
        scale = [60.0]
    else:
        scale = [1.0]
    if len(numbers) > len(scale):
        return None
    return sum(float(n) * s for n, s in zip(numbers, scale, strict=False))


def iso8601(seconds: float) -> str:
    """`PT58H9M45S`; tenths kept (`PT2H51M34.6S`)."""
    whole_hours, rest = divmod(round(seconds * 10), 36000)
    whole_minutes, tenths = divmod(rest, 600)
    secs = tenths / 10
    out = "PT"
    if whole_hours:
        out += f"{whole_hours}H"
    if whole_minutes:
        out += f"{whole_minutes}M"
    if secs or out == "PT":
        out += f"{secs:g}S"
    return out


def find_durations(text: str, language: str, start: int = 0, end: int | None = None) -> list[DurationSpan]:
    """Every duration in text[start:end], with document offsets."""
    pattern = duration_pattern(language)
    found: list[DurationSpan] = []
    for match in pattern.finditer(text, start, len(text) if end is None else end):
        if match.group("compact"):
            hour_letter = _hour_letter_pattern(language)
            compact = match.group("compact")
            seconds = _compact_seconds(hour_letter.sub(r"\1h", compact) if hour_letter else compact)
        else:
            parts = {name: _number(match.group(name)) for name in ("wh", "whm", "whs", "wm", "wms", "ws")}
            seconds = (
                parts["wh"] * 3600
                + parts["whm"] * 60
                + parts["whs"]
                + parts["wm"] * 60
                + parts["wms"]
                + parts["ws"]
            )
        if seconds is None or seconds <= 0:
            continue
        seconds = round(seconds, 3)
        span_text = match.group(0)
        found.append(
            DurationSpan(
                start=match.start(),
                end=match.end(),
                duration=Duration(text=span_text, seconds=seconds, iso8601=iso8601(seconds)),
                signed=bool(match.group("sign")),
            )
        )
    return found


def _number(raw: str | None) -> float:
    return float(raw.replace(",", ".")) if raw else 0.0


def parse_clock(text: str) -> float | None:
    """Seconds of a gold-file duration (`H:MM:SS` or `H:MM:SS.s`)."""
    try:
        return _compact_seconds(text)
    except ValueError:
        return None
