"""Stage 4, language: ISO 639-1 code of the body, by py3langid restricted to our languages."""

from __future__ import annotations

from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from extractor.lexicon import available_languages


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(available_languages()))
    return identifier


def detect_language(text: str, hint: str | None = None) -> tuple[str, list[str]]:
    """(language, warnings). A confident detection wins over the container's hint."""
    warnings: list[str] = []
    sample = text[:1500]
    languages = available_languages()
    if not sample.strip():
        fallback = hint if hint in languages else "en"
        return fallback, ["no text to detect the language from"]
    language, probability = _identifier().classify(sample)
    if hint and hint in languages and hint != language:
        warnings.append(f"declared language {hint!r} but the text reads as {language!r}")
        if probability < 0.9:
            language = hint
    elif hint and hint not in languages:
        warnings.append(f"declared language {hint!r} is not supported")
    return str(language), warnings
