"""Per-language words and cue phrases, loaded from `lexicons/<lang>.yaml` and validated.

Like dateparser's locale data: knowledge of a language is data, not code. `base.yaml` holds
the language-neutral vocabulary and is merged under every language file. Adding a language
means adding one file; `available_languages()` finds it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml
from jsonschema import Draft202012Validator

from extractor.errors import LexiconError

_WORDS = {"type": "array", "items": {"type": ["string", "number"]}}
_WORD_MAP = {"type": "object", "additionalProperties": _WORDS}

# What a results table's column may hold ("Pos. | Nr. | Fahrer | Beifahrer | Klasse | Zeit").
TABLE_COLUMN_ROLES = (
    "position",
    "number",
    "driver",
    "co-driver",
    "crew",
    "vehicle",
    "team",
    "class",
    "class_position",
    "stage_position",
    "time",
    "gap",
)

LANGUAGE_FILE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": [
        "language",
        "conjunctions",
        "with_words",
        "possessives",
        "roles",
        "officials",
        "win_phrases",
        "ordinal_words",
        "ordinal_suffix",
        "stage_words",
        "stage_abbreviations",
        "prologue_words",
        "overall_words",
        "class_markers",
        "classes",
        "duration_units",
        "gap_cues",
        "margin_cues",
        "penalty_cues",
        "retire_cues",
        "total_time_cues",
        "upcoming_cues",
        "round_words",
        "months",
        "range_openers",
        "range_connectors",
        "date_fillers",
        "sections",
        "championships",
    ],
    "properties": {
        "language": {"type": "string", "pattern": "^[a-z]{2}$"},
        "conjunctions": _WORDS,
        "with_words": _WORDS,
        "possessives": _WORDS,
        "roles": {
            "type": "object",
            "additionalProperties": False,
            "required": ["driver", "co-driver", "rider", "mechanic"],
            "properties": {k: _WORDS for k in ("driver", "co-driver", "rider", "mechanic")},
        },
        "officials": _WORDS,
        "win_phrases": _WORDS,
        "ordinal_words": {"type": "object", "additionalProperties": {"type": "integer"}},
        "place_nouns": {"type": "object", "additionalProperties": {"type": "integer"}},
        "ordinal_suffix": {"type": "string"},
        "stage_words": _WORDS,
        "stage_abbreviations": _WORDS,
        "prologue_words": _WORDS,
        # "the final stage", "la dernière spéciale": the highest stage number the release names
        "last_stage_words": _WORDS,
        "overall_words": _WORDS,
        "class_markers": _WORDS,
        "classes": _WORD_MAP,
        "duration_units": {
            "type": "object",
            "additionalProperties": False,
            "required": ["hours", "minutes", "seconds", "joiners"],
            # hour_letters: what stands for "h" in compact durations ("17u15m39s" in Dutch)
            # tenths: "otto decimi", "huit dixièmes" (a margin in tenths of a second)
            # one: "eine Stunde", "un'ora": the words for one before a unit that text2num leaves
            "properties": {
                k: _WORDS for k in ("hours", "minutes", "seconds", "joiners", "hour_letters", "tenths", "one")
            },
        },
        "gap_cues": _WORDS,
        "margin_cues": _WORDS,
        # the margin words that put the names after them behind the winner ("won ahead of A and B")
        "ahead_cues": _WORDS,
        # "third behind A and B": the names after these finished ahead of the place told before
        "behind_cues": _WORDS,
        "penalty_cues": _WORDS,
        "retire_cues": _WORDS,
        "total_time_cues": _WORDS,
        "upcoming_cues": _WORDS,
        "round_words": _WORDS,
        "months": {
            "type": "object",
            "propertyNames": {"pattern": "^(1[0-2]|[1-9])$"},
            "additionalProperties": _WORDS,
            "minProperties": 12,
        },
        "range_openers": _WORDS,
        "range_connectors": _WORDS,
        "date_fillers": _WORDS,
        "sections": {
            "type": "object",
            "additionalProperties": False,
            "required": ["notes", "about", "contact", "disclaimer"],
            "properties": {k: _WORDS for k in ("notes", "about", "contact", "disclaimer")},
        },
        "championships": _WORD_MAP,
        "pronouns": _WORDS,
        # "the latter", "ces dernières": the crew named last, even as the one a gap is measured to
        "latter_pronouns": _WORDS,
        "narrators": _WORDS,
        # "my", "our": a first-person release's own crew ("my co-driver Anna")
        "narrator_possessives": _WORDS,
        # "I": the narrator too, but only where the release's author tells it (narrator.py)
        "narrator_singulars": _WORDS,
        # "Kategorie", "Period": with a number or code after it, a category named as written
        "category_words": _WORDS,
        "period_words": _WORDS,
        # first-person win verbs ("ganamos"): a win phrase and a narrator at once
        "narrator_wins": _WORDS,
        "crew_nouns": _WORDS,
        "after_words": _WORDS,
        # "eventually", "am Ende" opening a sentence: its places are the event's
        "end_words": _WORDS,
        "place_prepositions": _WORDS,
        "win_suffixes": _WORDS,
        "determiners": _WORDS,
        "intent_cues": _WORDS,
        "denial_cues": _WORDS,
        # "runs October 16–17, not October 9–10": the value after these is the one withdrawn
        "retraction_cues": _WORDS,
        # "the timekeepers have amended X's SS14 time": the time told with these replaces the one
        # reported before
        "correction_cues": _WORDS,
        # "Thank you to Moravia Logistics, Hrdina Pneu …": a sentence of thanks names no crew
        "thanks_cues": _WORDS,
        # "X won the final stage, but the victory went to Y": the win after these is another's,
        # no longer the stage's
        "contrast_words": _WORDS,
        # "la nona prova": a round word that after an ordinal, and with no "of …" after it, is a stage
        "stage_or_round_words": _WORDS,
        # "Hi Conor,", "Bonjour Raphaël,": a mail's salutation, no part of the name after it
        "greeting_words": _WORDS,
        # "Jakub Wróbel [prononcer « Yakoub Vroubel »]": a broadcast script's hint opens with these
        "pronunciation_cues": _WORDS,
        # "la vittoria finale è andata a X": the win of the whole event, in the class at hand, never
        # a stage's
        "final_win_phrases": _WORDS,
        # "claimed overall victory": a win of the overall classification, in words apart
        "overall_win_phrases": _WORDS,
        "deadline_cues": _WORDS,
        # a press conference, a media day: an appointment of the press, no event's dates
        "media_event_words": _WORDS,
        # "REDBACK RALLY RAID – MEDIA RELEASE": a kicker naming the publisher beside these
        "release_labels": _WORDS,
        "only_words": _WORDS,
        "launch_words": _WORDS,
        "past_words": _WORDS,
        "next_edition_words": _WORDS,
        # "NEXT EVENT", "PROSSIMO APPUNTAMENTO": a heading opening with these after the usage terms
        # reopens the release's own words
        "next_words": _WORDS,
        "same_stage_phrases": _WORDS,
        "agency_words": _WORDS,
        "at_the_wheel_phrases": _WORDS,
        "final_words": _WORDS,
        "age_suffixes": _WORDS,
        "points_words": _WORDS,
        "holding_words": _WORDS,
        "including_words": _WORDS,
        "pass_words": _WORDS,
        "demonym_suffixes": _WORDS,
        "best_time_words": _WORDS,
        "overall_prefixes": _WORDS,
        "class_prefixes": _WORDS,
        "stage_prefixes": _WORDS,
        "ordinal_stems": {"type": "object", "additionalProperties": {"type": "integer"}},
        # "duo": 2, "trio": 3: how many people a crew noun speaks of
        "crew_noun_sizes": {"type": "object", "additionalProperties": {"type": "integer"}},
        "opening_words": _WORDS,
        "weekdays": _WORDS,
        "relative_pronouns": _WORDS,
        "genitives": _WORDS,
        "provisional_words": _WORDS,
        "today_words": _WORDS,
        "praise_words": _WORDS,
        # words of the language that are also first names ("e Vitória Schmitt"): before a
        # capitalised word inside a sentence, a name
        "first_name_words": _WORDS,
        "rating_words": _WORDS,
        "approx_words": _WORDS,
        "between_words": _WORDS,
        "given_to_phrases": _WORDS,
        "subject_win_phrases": _WORDS,
        # "entschied … die Etappe … für sich": a win written around its object, the verb first
        "split_win_phrases": {"type": "array", "items": {"type": "string", "pattern": "^[^…]+ … [^…]+$"}},
        "contest_phrases": _WORDS,
        "took_stage_phrases": _WORDS,
        "light_tokenizer": {"type": "boolean"},
        "nouns_capitalised": {"type": "boolean"},
        "weekday_compounds": {"type": "boolean"},
        "demonyms_take_article": {"type": "boolean"},
        # "o Pedro Vaz-Taborda", "a Inês Sarmento Góis": an article may stand before a first name
        "articles_before_first_names": {"type": "boolean"},
        "drops_subject": {"type": "boolean"},
        "names_take_articles": {"type": "boolean"},
        "abbreviations": _WORDS,
        # Header words of a results table's columns, by what the column holds.
        "table_columns": {
            "type": "object",
            "additionalProperties": False,
            "properties": {k: _WORDS for k in TABLE_COLUMN_ROLES},
        },
        # Nationality and regional demonyms, keyed by place code ("IE", "DE-SN").
        "demonyms": {"type": "object", "additionalProperties": _WORDS},
        # Where nouns are compounded, the endings of a square's, a street's or a hall's name
        # ("am Sulinger Marktplatz"): such a word ends no person's name.
        "place_noun_endings": _WORDS,
    },
}

BASE_FILE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": [
        "classes",
        "championships",
        "organisation_words",
        "makes",
        "name_particles",
        "honorifics",
        "quote_pairs",
        "compact_durations",
        "position_nouns",
        "event_words",
        "championship_words",
        "event_connectors",
        "descriptor_words",
    ],
    "properties": {
        "classes": _WORD_MAP,
        "championships": _WORD_MAP,
        "organisation_words": _WORDS,
        "makes": _WORDS,
        "name_particles": _WORDS,
        "surname_joiners": _WORDS,
        "honorifics": _WORDS,
        "quote_pairs": {"type": "object", "additionalProperties": {"type": "string"}},
        "compact_durations": {"type": "array", "items": {"type": "string"}},
        "position_nouns": _WORDS,
        "time_nouns": _WORDS,
        "season_words": _WORDS,
        "calendar_words": _WORDS,
        "cup_words": _WORDS,
        "company_words": _WORDS,
        "geographic_words": _WORDS,
        # "Photo: Delaney Korhonen / Ozark Lens": the names after these and a colon are a credit
        "credit_labels": _WORDS,
        # class words read only in the heading of a results list ("ADAC Rallye Vogelsberg Historic –
        # Gesamtwertung"); in prose they are adjectives ("a historic win")
        "heading_classes": _WORD_MAP,
        "podium_words": _WORDS,
        "stage_win_words": _WORDS,
        "year_words": _WORDS,
        "outing_words": _WORDS,
        "streak_words": _WORDS,
        "title_words": _WORDS,
        "title_nouns": _WORDS,
        "event_words": _WORDS,
        "championship_words": _WORDS,
        "event_connectors": _WORDS,
        "descriptor_words": _WORDS,
        "second_particles": _WORDS,
        "inner_capital_prefixes": _WORDS,
        "team_words": _WORDS,
        "solo_classes": _WORDS,
        "crewed_classes": _WORDS,
        "bike_makes": _WORDS,
        "start_number_marks": _WORDS,
        "organisation_suffixes": _WORDS,
        "descriptor_endings": _WORDS,
        "copyright_words": _WORDS,
        "legal_forms": _WORDS,
        # "Shakedown done, 6th fastest": a session before the start, whose places are no results
        "practice_words": _WORDS,
        # "fastest in sector 2", "meilleur temps dans le secteur": a part of a stage, no stage's place
        "sector_words": _WORDS,
    },
}


@dataclass(frozen=True)
class Lexicon:
    """One language's words merged with the base vocabulary, lower-cased where matched."""

    language: str
    data: dict[str, Any]
    base: dict[str, Any]

    def words(self, key: str) -> list[str]:
        return [str(w) for w in self.data[key]]

    def class_variants(self) -> dict[str, str]:
        """Every spelling of a class (lower-cased) → its canonical label."""
        variants: dict[str, str] = {}
        for source in (self.base["classes"], self.data["classes"]):
            for label, spellings in source.items():
                variants[label.lower()] = label
                for spelling in spellings:
                    variants[str(spelling).lower()] = label
        return variants

    def championship_variants(self) -> dict[str, str]:
        variants: dict[str, str] = {}
        for source in (self.base["championships"], self.data["championships"]):
            for short, spellings in source.items():
                variants[short.lower()] = short
                for spelling in spellings:
                    variants[str(spelling).lower()] = short
        return variants

    def role_of(self) -> dict[str, str]:
        """Role word (lower-cased) → contract role."""
        return {str(w).lower(): role for role, ws in self.data["roles"].items() for w in ws}

    def table_column_of(self) -> dict[str, str]:
        """A table header word (lower-cased) → what its column holds; checked unique on load."""
        return _table_column_of(self.data, self.language)

    def month_numbers(self) -> dict[str, int]:
        return {str(w).lower(): int(m) for m, ws in self.data["months"].items() for w in ws}


def _table_column_of(data: dict[str, Any], language: str) -> dict[str, str]:
    """Header word → column role. A word under two roles could not tell the column, so it is an error."""
    column_of: dict[str, str] = {}
    for role, words in data.get("table_columns", {}).items():
        for word in words:
            lowered = str(word).lower()
            if column_of.get(lowered, role) != role:
                raise LexiconError(
                    f"lexicons/{language}.yaml: table_columns: {lowered!r} is under both "
                    f"{column_of[lowered]!r} and {role!r}"
                )
            column_of[lowered] = role
    return column_of


def alternation(words: Iterable[object]) -> str:
    """A regex alternation of lexicon words, longest first so the longest spelling wins.

    Written as a trie ("jan(?:uary|\\.|)|feb(?:ruary|\\.|)"): `re` tries the words of an
    alternation one by one, and case-insensitive ones (months, ordinal words) at every word start,
    so a trie tests each first letter once. It matches what the flat list, longest first, matches:
    the words that fit the text at one position are prefixes of one another, and the trie tries
    them longest first too (a word's continuations before its end). That holds while no two
    branches of a node can match the same character; where two could (even only case-insensitively:
    "Jan" and "jan", "s" and "ſ"), the flat list is kept."""
    unique = sorted({str(w) for w in words}, key=len, reverse=True)
    trie: dict[str, Any] = {}
    for word in unique:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    if "" in trie or not _branches_exclusive(trie):
        return "|".join(re.escape(w) for w in unique)
    return _trie_branches(trie)


def _trie_branches(node: dict[str, Any]) -> str:
    """The branches of a trie node, joined by "|": each child's character and what follows it, the
    end of a word (an empty branch) last."""
    branches = [re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    if "" in node:
        branches.append("")
    return "|".join(branches)


def _trie_pattern(node: dict[str, Any]) -> str:
    if list(node) == [""]:
        return ""
    if len(node) == 1:
        return _trie_branches(node)  # one way on: no group needed
    return f"(?:{_trie_branches(node)})"


def _branches_exclusive(node: dict[str, Any]) -> bool:
    """Whether no two children of any node can match one character, even case-insensitively."""
    chars = [char for char in node if char]
    for k, first in enumerate(chars):
        for second in chars[k + 1 :]:
            if re.fullmatch(re.escape(first), second, re.IGNORECASE) or re.fullmatch(
                re.escape(second), first, re.IGNORECASE
            ):
                return False
    return all(_branches_exclusive(child) for child in node.values())


_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_yaml(name: str) -> Any:
    resource = resources.files("extractor").joinpath(f"lexicons/{name}.yaml")
    if not resource.is_file():
        raise LexiconError(f"no language file lexicons/{name}.yaml")
    try:
        # libyaml's loader where PyYAML has it: the language files are read at every start
        return yaml.load(resource.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        raise LexiconError(f"lexicons/{name}.yaml is not valid YAML: {exc}") from exc


def _check(data: Any, schema: dict[str, Any], name: str) -> None:
    errors = sorted(Draft202012Validator(schema).iter_errors(data), key=lambda e: e.path)
    if errors:
        details = "; ".join(
            f"{'/'.join(str(p) for p in e.absolute_path) or '(top)'}: {e.message}" for e in errors[:5]
        )
        raise LexiconError(f"lexicons/{name}.yaml: {details}")


@lru_cache(maxsize=1)
def load_base() -> dict[str, Any]:
    data = _read_yaml("base")
    _check(data, BASE_FILE_SCHEMA, "base")
    return data


@cache
def load_lexicon(language: str) -> Lexicon:
    """The validated lexicon of `language`; LexiconError names the file and the bad key."""
    data = _read_yaml(language)
    _check(data, LANGUAGE_FILE_SCHEMA, language)
    if data["language"] != language:
        raise LexiconError(f"lexicons/{language}.yaml says language {data['language']!r}")
    _table_column_of(data, language)
    return Lexicon(language=language, data=data, base=load_base())


@lru_cache(maxsize=1)
def available_languages() -> tuple[str, ...]:
    """Languages with a file in lexicons/ (everything but base)."""
    folder = resources.files("extractor").joinpath("lexicons")
    names = sorted(
        entry.name[: -len(".yaml")]
        for entry in folder.iterdir()
        if entry.name.endswith(".yaml") and entry.name != "base.yaml"
    )
    return tuple(names)
