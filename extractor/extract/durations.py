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
from extractor.regexes import compile_guarded


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
    joiner = _joiner(units)
    number = r"\d{1,3}"
    fraction = r"\d{1,3}(?:[.,]\d{1,3})?"
    # ("48 secondi e 3 decimi", "12 segundos con 4 décimas": the tenths after the seconds, in words)
    tenths_words = alternation([str(w) for w in units.get("tenths", [])]) or "(?!)"

    def tenths(group: str) -> str:
        return rf"(?:(?:{joiner}|\s+\w{{2,4}}\s+)(?P<{group}>\d)\s*(?:{tenths_words})(?!\w))?"

    worded = (
        rf"(?:(?P<wh>{number})\s*(?:{hours})(?!\w)(?:{joiner}(?P<whm>{number})\s*(?:{minutes})(?!\w))?"
        rf"(?:{joiner}(?P<whs>{fraction})\s*(?:{seconds})(?!\w){tenths('wht')})?"
        rf"|(?P<wm>{number})\s*(?:{minutes})(?!\w)(?:{joiner}(?P<wms>{fraction})\s*(?:{seconds})(?!\w)"
        rf"{tenths('wmt')})?"
        rf"|(?P<ws>{fraction})\s*(?:{seconds})(?!\w){tenths('wst')})"
    )
    hour = alternation(["h", *_hour_letters(lexicon)])
    compact = "|".join(f"(?:{p})".replace("{H}", f"(?:{hour})") for p in lexicon.base["compact_durations"])
    return compile_guarded(
        rf"(?<![\w:.,])(?P<sign>\+\s?)?(?:(?P<compact>{compact})|{worded})(?:(?<=\d)(?![\w:])|(?<!\d)(?!\w))",
        re.I,
    )


def _hour_letters(lexicon: Lexicon) -> list[str]:
    return [str(w) for w in lexicon.data["duration_units"].get("hour_letters", [])]


@cache
def _hour_letter_pattern(language: str) -> re.Pattern[str] | None:
    """ "17u15m39s": the language's own hour letter between digits, to be read as "h"."""
    letters = _hour_letters(load_lexicon(language))
    if not letters:
        return None
    return re.compile(rf"(?<=\d)(\s?)(?:{alternation(letters)})(?=\s?\d)", re.I)


def _joiner(units: dict[str, list[object]]) -> str:
    """Between the parts of a duration: a comma or a space, then maybe "and" ("3 h, 12 min e 45 s")."""
    return r"(?:\s*,\s*|\s+)(?:(?:" + alternation([str(w) for w in units["joiners"]]) + r")\s+)?"


_NUMBERS = re.compile(r"\d+(?:[.,]\d+)?")
_MINUTES_SECONDS_TENTHS = re.compile(
    r"(?:(\d{1,3})\s?(?:h|:)\s?)?(\d{1,3})\s?(?:['′’]|min\.?)\s?(\d{1,2})\s?(?:''|’’|″|\"|”|[.,]|s\s?)\s?(\d{1,3})"
)  # (also "2 h 09 min 52 s 4", "8min14s2": the tenth after the seconds' letter)

# "4:58'03''": hours and a colon, then minutes and seconds with their marks, no tenths
_HOURS_MINUTES_PRIMES = re.compile(r"(\d{1,2}):(\d{2})['′’](\d{2})(?:''|’’|″|\"|”)?")
_SECONDS_TENTHS = re.compile(r"(\d{1,2})\s?(?:''|’’|″|\"|”)\s?(\d{1,3})")
# "2:34.18,9", "6.02,4": (hours,) minutes and seconds joined by a full stop, then tenths
_DOTTED_MINUTES = re.compile(r"(?:(\d{1,2}):)?(\d{1,2})\.(\d{2}),(\d{1,3})")


def _compact_seconds(text: str) -> float | None:
    """Seconds of a compact duration: colon forms and h/m/s or '/'' forms."""
    body = text.strip().lstrip("+").strip()
    tenths = _MINUTES_SECONDS_TENTHS.fullmatch(body)
    if tenths:  # 12'05''8, 2h11'38''4, 1:48'12.4: (hours,) minutes, seconds, tenths
        hours, minutes, seconds, fraction = tenths.groups()
        return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds) + float("0." + fraction)
    dotted = _DOTTED_MINUTES.fullmatch(body)
    if dotted:
        hours, minutes, seconds, fraction = dotted.groups()
        return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds) + float("0." + fraction)
    primed = _HOURS_MINUTES_PRIMES.fullmatch(body)
    if primed:  # 4:58'03'': hours, then minutes and seconds as a stopwatch writes them
        return int(primed.group(1)) * 3600 + int(primed.group(2)) * 60 + int(primed.group(3))
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
            parts = {
                name: _number(match.group(name))
                for name in ("wh", "whm", "whs", "wm", "wms", "ws", "wht", "wmt", "wst")
            }
            seconds = (
                parts["wh"] * 3600
                + parts["whm"] * 60
                + parts["whs"]
                + parts["wm"] * 60
                + parts["wms"]
                + parts["ws"]
                + (parts["wht"] + parts["wmt"] + parts["wst"]) / 10
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


# a number in digits beside the words: whole, or with one decimal mark ("one hour, 49 minutes and
# 12.4 seconds")
_DIGIT_NUMBER = re.compile(r"(?<![\d.,:])\d{1,3}(?:[.,]\d{1,3})?(?![\d.,:])")
_SCALES = {"hours": 3600.0, "minutes": 60.0, "seconds": 1.0, "tenths": 0.1}


@cache
def _unit_scales(
    language: str,
) -> tuple[dict[str, float], re.Pattern[str], re.Pattern[str], re.Pattern[str] | None]:
    """Unit word → seconds, the pattern of a unit after a number, of a joiner between parts, and
    of the words for one that text2num leaves as written ("eine Stunde", "un'ora")."""
    units = load_lexicon(language).data["duration_units"]
    scales = {str(w).lower(): _SCALES[key] for key in _SCALES for w in units.get(key, [])}
    words = alternation(sorted(scales, key=len, reverse=True))
    unit = re.compile(rf"\s*({words})(?!\w)", re.I)
    ones = units.get("one", [])
    one = re.compile(rf"(?<!\w)(?:{alternation(ones)})(?=\s*(?:{words})(?!\w))", re.I) if ones else None
    return scales, unit, re.compile(_joiner(units), re.I), one


def find_worded_durations(
    text: str, language: str, numbers: list[tuple[int, int, float]]
) -> list[DurationSpan]:
    """Durations written with number words ("tre ore, ventisette minuti e dieci secondi", "otto
    decimi"): each number (start, end, value) followed by a unit word, chained by joiners from the
    largest unit down. The number spans come from text2num, so the words keep their offsets."""
    scales, unit, joiner, one = _unit_scales(language)
    if one is not None:
        numbers = [*numbers, *((m.start(), m.end(), 1) for m in one.finditer(text))]
    if not numbers:
        return []  # (digits alone: find_durations reads them)
    worded = {start for start, _, _ in numbers}
    digits = [(m.start(), m.end(), _number(m.group(0))) for m in _DIGIT_NUMBER.finditer(text)]
    parts: list[tuple[int, int, float, float]] = []  # start, end, seconds, scale
    for start, end, value in sorted(set(numbers) | set(digits)):
        match = unit.match(text, end)
        if match:
            scale = scales[match.group(1).lower()]
            parts.append((start, match.end(), value * scale, scale))
    found: list[DurationSpan] = []
    k = 0
    while k < len(parts):
        start, end, seconds, scale = parts[k]
        has_words = start in worded
        k += 1
        while k < len(parts) and parts[k][3] < scale and joiner.fullmatch(text, end, parts[k][0]):
            end, scale = parts[k][1], parts[k][3]
            seconds += parts[k][2]
            has_words = has_words or parts[k][0] in worded
            k += 1
        if not has_words:
            continue  # written in digits: find_durations reads it
        if seconds == 1.0:
            continue  # "un secondo posto", "a second place": an article and an ordinal
        seconds = round(seconds, 3)
        duration = Duration(text=text[start:end], seconds=seconds, iso8601=iso8601(seconds))
        found.append(DurationSpan(start=start, end=end, duration=duration, signed=False))
    return found


def _number(raw: str | None) -> float:
    return float(raw.replace(",", ".")) if raw else 0.0


def parse_clock(text: str) -> float | None:
    """Seconds of a gold-file duration (`H:MM:SS` or `H:MM:SS.s`)."""
    try:
        return _compact_seconds(text)
    except ValueError:
        return None
