"""Stage 4, language: ISO 639-1 code of the body, by py3langid restricted to our languages."""

from __future__ import annotations

import io
import lzma
import threading
from array import array
from collections import Counter
from functools import lru_cache
from typing import Any

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

from extractor.lexicon import available_languages

_loading: threading.Thread | None = None


def _unsigned(values: np.ndarray[Any, Any]) -> array[int]:
    """A NumPy unsigned int array as the stdlib array py3langid's DFA walk indexes."""
    out = array({2: "H", 4: "I", 8: "L"}[values.dtype.itemsize])
    out.frombytes(memoryview(np.ascontiguousarray(values)).cast("B"))
    return out


# The longest byte string a state of py3langid's scanner stands for (a test checks the model).
_SCANNER_DEPTH = 6


class _Identifier(LanguageIdentifier):
    """py3langid's identifier with the features of a text counted by NumPy, not a Python loop.

    py3langid finds the byte n-grams it scores with a scanner (an Aho-Corasick automaton)
    walked one byte at a time in Python: 0.25 ms of a release, 0.15 ms here. The scanner's state after a byte
    stands for the longest string ending there that some feature starts with, so it depends
    only on the last `_SCANNER_DEPTH` bytes: walking every position's window of that many
    bytes at once takes `_SCANNER_DEPTH` array lookups and reaches the same states. Features
    are then counted in the order they first occur, as py3langid counts them, since the score
    sums them in that order."""

    __slots__ = ("_moves", "_row_starts", "_feature_of")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._moves = np.frombuffer(self.tk_nextmove, dtype=f"u{self.tk_nextmove.itemsize}")
        self._row_starts = np.array(self._rowbase, dtype=np.intp)
        self._feature_of = np.array(self.tk_output, dtype=np.intp)

    def feature_counts(self, data: bytes) -> Counter[int] | None:
        """py3langid's `visit_counts(…, data)`: {feature: occurrences} in first-seen order, or None."""
        text = np.frombuffer(data, dtype=np.uint8)
        states = np.zeros(len(text), dtype=np.intp)
        for back in range(min(_SCANNER_DEPTH, len(text)) - 1, -1, -1):
            # the windows of positions back.. read their byte `back` places before the end
            states[back:] = self._moves[self._row_starts[states[back:]] + text[: len(text) - back]]
        features = self._feature_of[states]
        found = features[features >= 0].tolist()
        return Counter(found) if found else None

    def _raw_score(self, text: bytes) -> np.ndarray[Any, Any]:
        """py3langid's `_raw_score`, with the features counted by `feature_counts`."""
        visits = self.feature_counts(text)
        if visits:
            return self._sparse_score(visits, self.nb_ptc)
        return super()._raw_score(text)  # no feature: py3langid's score of an empty walk


def _load_model() -> LanguageIdentifier:
    """py3langid's model as `LanguageIdentifier.from_model_file` loads it (a test compares the
    two), as an `_Identifier`, but decompressed in one call: that frees the GIL for all of its
    0.3 s, so a load on another thread overlaps the imports, while py3langid's streaming load
    takes the GIL back every 8 KB and so waits for the importing thread 700 times."""
    raw = lzma.decompress((MODEL_DIR / MODEL_FILE).read_bytes())
    with np.load(io.BytesIO(raw), allow_pickle=False) as data:
        return _Identifier(
            np.asarray(data["ptc"]),
            np.asarray(data["pc"]),
            data["classes"].tolist(),
            _unsigned(data["nextmove"]),
            data["out_feat"].tolist(),
            norm_probs=True,
            tk_row=_unsigned(data["nextmove_row"]),
        )


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    identifier = _load_model()
    identifier.set_languages(list(available_languages()))
    return identifier


def load_in_background() -> None:
    """Start loading the detector's model on another thread, for a caller about to import spaCy:
    most of the load is xz decompression, which frees the GIL, so it takes no time off the
    imports (0.3 s of a 2 s cold start). `detect_language` waits for it. After a fork the thread
    is gone (the child's join returns at once) and the child loads the model itself."""
    global _loading
    if _loading is None:
        _loading = threading.Thread(target=_identifier, name="language-model", daemon=True)
        _loading.start()


def detect_language(text: str, hint: str | None = None) -> tuple[str, list[str]]:
    """(language, warnings). A confident detection wins over the container's hint."""
    warnings: list[str] = []
    sample = text[:1500]
    languages = available_languages()
    if not sample.strip():
        fallback = hint if hint in languages else "en"
        return fallback, ["no text to detect the language from"]
    if _loading is not None:
        _loading.join()
    language, probability = _identifier().classify(sample)
    if hint and hint in languages and hint != language:
        warnings.append(f"declared language {hint!r} but the text reads as {language!r}")
        if probability < 0.9:
            language = hint
    elif hint and hint not in languages:
        warnings.append(f"declared language {hint!r} is not supported")
    return str(language), warnings


# A paragraph long enough to tell its language by (words of letters only); shorter lines (a
# separator, a headline, a results row) go with the paragraphs around them.
_PARAGRAPH_WORDS = 10
_PARAGRAPHS_EACH_SIDE = 3  # a translation retells the whole release, not a stray quote
_TRANSLATED_SHARE = (0.5, 2.0)  # and is about as long as the release


def translation_start(lines: list[tuple[int, str, bool]], language: str) -> tuple[int, str] | None:
    """(offset, language) where the release, told in full in `language`, starts again in another
    of our languages, or None.

    Belgian, Swiss and Canadian desks get releases in two languages, one after the other ("---
    VERSION FRANÇAISE ---"); so do foreign media ("English version below"). The second telling
    repeats the facts, in words the first language's rules do not read (the French "les Tchèques"
    before a name in a Dutch release). `lines` are (offset, text, readable) of the non-blank lines
    in order. The translation opens with the lines right above its first paragraph that hold no
    figure (its headline, a separator), up to a line that is not read (the first telling's
    contact box) or holds one (the first telling's results)."""

    def is_long(line: tuple[int, str, bool]) -> bool:
        _, words, readable = line
        return readable and sum(word.isalpha() for word in words.split()) >= _PARAGRAPH_WORDS

    long = [k for k, line in enumerate(lines) if is_long(line)]
    if len(long) < 2 * _PARAGRAPHS_EACH_SIDE:
        return None
    identifier = _identifier()
    if identifier.classify(lines[long[-1]][1])[0] == language:
        return None  # (one call settles the common case: the release ends in its own language)
    read = [identifier.classify(lines[k][1])[0] for k in long]
    own = [n for n, found in enumerate(read) if found == language]
    if not own or not _PARAGRAPHS_EACH_SIDE <= own[-1] + 1 <= len(long) - _PARAGRAPHS_EACH_SIDE:
        return None
    others = set(read[own[-1] + 1 :])
    if len(others) != 1:
        return None
    own_size = sum(len(lines[k][1]) for k in long[: own[-1] + 1])
    other_size = sum(len(lines[k][1]) for k in long[own[-1] + 1 :])
    low, high = _TRANSLATED_SHARE
    if not low * own_size <= other_size <= high * own_size:
        return None
    first = long[own[-1] + 1]
    while (
        first - 1 > long[own[-1]]
        and lines[first - 1][2]
        and not any(c.isdigit() for c in lines[first - 1][1])
    ):
        first -= 1
    return lines[first][0], str(others.pop())
