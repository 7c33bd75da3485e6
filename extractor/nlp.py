"""spaCy pipelines and rule matchers, built once per language from its language file.

Only `spacy.blank(lang)`'s tokenizer (sentence boundaries are computed as spaCy's Sentencizer
would, in `extract.mentions`): no statistical model, nothing downloaded. The
PhraseMatcher finds every cue phrase of the language file (matched on lower case); the Matcher
finds capitalised name-shaped spans.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import spacy
from spacy.attrs import ORTH
from spacy.lang.punctuation import TOKENIZER_INFIXES as BASE_INFIXES
from spacy.lang.punctuation import TOKENIZER_PREFIXES as BASE_PREFIXES
from spacy.lang.punctuation import TOKENIZER_SUFFIXES as BASE_SUFFIXES
from spacy.lang.tokenizer_exceptions import BASE_EXCEPTIONS
from spacy.language import BaseDefaults, Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from extractor.lexicon import Lexicon, alternation, load_lexicon
from extractor.regexes import compile_guarded

# Cue labels of the PhraseMatcher; values in the language file under these keys.
_CUE_KEYS = {
    "CONJ": "conjunctions",
    "WITH": "with_words",
    "POSSESSIVE": "possessives",
    "OFFICIAL": "officials",
    "WIN": "win_phrases",
    "WIN:final": "final_win_phrases",
    "WIN:overall": "overall_win_phrases",
    "GIVEN_TO": "given_to_phrases",
    "SUBJECT_WIN": "subject_win_phrases",
    "CONTEST": "contest_phrases",
    "TOOK": "took_stage_phrases",
    "STAGE": "stage_words",
    "PROLOGUE": "prologue_words",
    "LAST_STAGE": "last_stage_words",
    "SAME_STAGE": "same_stage_phrases",
    "AT_WHEEL": "at_the_wheel_phrases",
    "OVERALL": "overall_words",
    "CLASS_MARKER": "class_markers",
    "GAP": "gap_cues",
    "MARGIN": "margin_cues",
    "ONLY": "only_words",
    "LAUNCH": "launch_words",
    "PAST": "past_words",
    "HOLDING": "holding_words",
    "INCLUDING": "including_words",
    "PENALTY": "penalty_cues",
    "RETIRE": "retire_cues",
    "TOTAL": "total_time_cues",
    "UPCOMING": "upcoming_cues",
    "ROUND": "round_words",
    "PRONOUN": "pronouns",
    "PRONOUN:latter": "latter_pronouns",
    "NARRATOR": "narrators",
    "CREW_NOUN": "crew_nouns",
    "AFTER": "after_words",
    "INTENT": "intent_cues",
    "DENY": "denial_cues",
    "OPENING": "opening_words",
    "PROVISIONAL": "provisional_words",
    "CORRECTION": "correction_cues",
    "THANKS": "thanks_cues",
    "CONTRAST": "contrast_words",
    "TODAY": "today_words",
    "APPROX": "approx_words",
}
# Compounding languages glue cue words into longer words ("Etappensieg", "klassezege").
_SUFFIX_KEYS = {"WIN": "win_suffixes"}


def _inside_a_sentence(words: frozenset[str]) -> dict[str, Any]:
    """A Matcher token: one of `words`, title-cased, not opening its sentence (where any word is
    capitalised)."""
    return {"IS_TITLE": True, "IS_ALPHA": True, "IS_SENT_START": False, "LOWER": {"IN": sorted(words)}}


def _lowered(data: dict[str, Any], *keys: str) -> list[str]:
    """The words under `keys` of a language file (or a part of one), lower-cased; a missing key
    (the optional ones) gives none."""
    return [str(w).lower() for key in keys for w in data.get(key, [])]


def _age_pattern(lexicon: Lexicon) -> re.Pattern[str] | None:
    """ "31-year-old", "26-Jährige", "27-jarige", "27enne": two digits and an age suffix."""
    suffixes = _lowered(lexicon.data, "age_suffixes")
    if not suffixes:
        return None
    joined = "|".join(re.escape(s) for s in sorted(suffixes, key=len, reverse=True))
    return compile_guarded(rf"(?<![\w-])\d{{2}}(?:{joined})(?!\w)", re.IGNORECASE)


def _start_number_pattern(base: dict[str, Any]) -> re.Pattern[str]:
    """A start-number mark then a digit ("#118", "n°58", "n. 9"); a letter mark starts a word."""
    marks = [str(m) for m in base.get("start_number_marks", [])]
    lettered = alternation([m for m in marks if m[:1].isalpha()]) or "(?!)"
    signs = alternation([m for m in marks if not m[:1].isalpha()]) or "(?!)"
    return re.compile(rf"(?:(?:{signs})|\b(?:{lettered}) ?)\d", re.IGNORECASE)


def _points_row_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """The end of a row of standings: points after a leader of dots ("…… 87") or with their
    word ("118 pts", "57 Punkte"), and no time after them."""
    words = _lowered(lexicon.data, "points_words")
    unit = rf"(?:{alternation(words)})(?!\w)" if words else r"(?!)"
    return compile_guarded(
        rf"(?:\.{{3,}}|…)\s*\d{{1,4}}(?:[.,]\d)?\s*(?:{unit})?\s*$|(?<![\d:'\".,])\d{{1,4}}(?:[.,]\d)?\s*{unit}\s*$",
        re.IGNORECASE,
    )


def _points_list_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """Points with their word, then the next place of a list on the same line ("156 Punkte; 2.
    Finn Leitgeb, 139"): a list of standings told inline."""
    words = _lowered(lexicon.data, "points_words")
    if not words:
        return re.compile(r"(?!)")
    unit = rf"(?:{alternation(words)})(?!\w)"
    return compile_guarded(rf"(?<![\d:'\".,])\d{{1,4}}\s*{unit}\s*[;,]\s*\d{{1,2}}\s*[.)]\s", re.IGNORECASE)


def _cue_then_value_pattern(lexicon: Lexicon, *keys: str, reach: int = 30) -> re.Pattern[str]:
    """A cue of `keys` (a retraction, a deadline), then at most `reach` characters of the same
    clause up to the end of the text searched, where the value starts ("…, et non du 25 au 27
    juin", "und nicht, wie angegeben, vom 18. bis 19. September")."""
    cues = _lowered(lexicon.data, *keys)
    if not cues:
        return re.compile(r"(?!)")
    return compile_guarded(
        rf"(?:(?<!\w)|(?=[,(]))(?:{alternation(cues)})(?!\w)[^.;:\n]{{0,{reach}}}$", re.IGNORECASE
    )


def _ordinal_pattern(ordinal_words: dict[str, int], best_time_words: list[str]) -> re.Pattern[str]:
    """ "third", "Gesamtrang" aside: an ordinal word (or place noun) standing as a word of its own,
    or joined to a word for the best time ("the second-fastest WRC2 time")."""
    joined = rf"|(?=-(?:{alternation(best_time_words)})\b)" if best_time_words else ""
    return compile_guarded(
        rf"(?<![\w-])(?:{alternation(sorted(ordinal_words))})(?:(?![\w-]){joined})", re.IGNORECASE
    )


def _unit_full_stop(lexicon: Lexicon) -> re.Pattern[str]:
    """ "11:02,7 Min. Bestzeit", "a 0,9 s. O belga": a number, an abbreviated unit, a full stop."""
    units = {w.rstrip(".") for w in _lowered(lexicon.data["duration_units"], "hours", "minutes", "seconds")}
    words = sorted((u for u in units if u.isalpha() and len(u) <= 4), key=len, reverse=True)
    return re.compile(rf"\d\s?(?P<unit>{alternation(words)})\.\s+(?P<next>\S)", re.IGNORECASE)


@dataclass
class Rules:
    """Everything rule-based for one language, built once and reused for every document."""

    language: str
    lexicon: Lexicon
    nlp: Language
    cues: PhraseMatcher
    names: Matcher
    not_name_words: frozenset[str]
    not_surname_words: frozenset[str]
    stop_words: frozenset[str]
    role_of: dict[str, str]
    class_of: dict[str, str]
    championship_of: dict[str, str]
    ordinal_words: dict[str, int]
    ordinal_pattern: re.Pattern[str]  # any of ordinal_words as a word of its own
    event_words: frozenset[str]
    championship_words: frozenset[str]
    organisation_words: frozenset[str]
    organisation_names: frozenset[str]
    team_words: frozenset[str]
    cue_vocabulary: frozenset[str]
    vehicle_and_event_words: frozenset[str]
    make_words: frozenset[str]  # "KTM", "Toyota": a vehicle, so a competitor beside it
    bike_makes: frozenset[str]  # "KTM", "Sherco": a motorcycle, so its one rider rides alone
    cup_words: frozenset[str]  # "Trophy", "Copa": with a make, a one-make cup
    company_words: frozenset[str]  # "Tyres", "Lubrificanti": after a brand, a sponsor's company
    geographic_words: frozenset[str]  # "Monte", "Valle", "Quinta": a place's name opens with one
    podium_words: frozenset[str]  # "podium", "podio": a step of it is a place in the event
    stage_win_words: tuple[str, ...]  # "scratch": a win that holds one is a stage's
    # "entschied" → [(("entschied",), ("für", "sich"))]: a win verb and the words that close it
    split_wins: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]
    compounding_weekdays: tuple[str, ...]  # "freitag": "Freitagabend", a weekday's compound, is no name
    # where a demonym describes a person only after an article ("de Noor Kamphuis"), the demonyms
    # that may open a name bare ("ik ben Noor Kamphuis"); empty elsewhere
    demonym_first_names: frozenset[str]
    start_number: re.Pattern[str]  # "(#118)", "n°58": a start number, so a competitor beside it
    start_number_marks: frozenset[str]  # "#", "n°": the token before a start number
    event_connectors: frozenset[str]
    suffix_cues: tuple[tuple[str, str], ...]
    not_event_words: frozenset[str]
    # "campeones de España …", "ARA season": a title or a season beside a name makes it a
    # championship's
    title_and_season_words: frozenset[str]
    title_words: frozenset[str]
    title_nouns: frozenset[str]  # "il titolo Junior": the class beside one is a title's
    inner_capital: re.Pattern[str]
    stage_words: tuple[str, ...]
    place_prepositions: frozenset[str]
    # the words a town or a demonym run into a name may follow: "à Rodez Rémi Castagnède",
    # "l'agriculteur de Nassogne Gauthier Lamberty", "le Flandrien Wout Van Hoorebeke"
    name_openers: frozenset[str]
    between_words: frozenset[str]  # "entre A et B": B is a place as A is
    conjunctions: frozenset[str]
    determiners: frozenset[str]
    overall_prefixes: tuple[str, ...]
    class_prefixes: tuple[str, ...]  # "Klassen" of "Klassendritte"
    stage_prefixes: tuple[str, ...]  # "Etappenzweiter": a stage glued to an ordinal
    ordinal_stems: dict[str, int]  # "drittschnellste": an ordinal stem glued to a best time
    crew_noun_sizes: dict[str, int]  # "trio": 3, how many people the crew noun speaks of
    opening_prefixes: tuple[str, ...]
    relative_pronouns: frozenset[str]
    category_words: frozenset[str]  # "Kategorie": with a number, a historic category
    period_words: frozenset[str]  # "Periode": after a category and a slash, part of its label
    unit_full_stop: re.Pattern[str]
    sentence_openers: frozenset[str]
    genitives: frozenset[str]
    organisation_suffixes: tuple[str, ...]
    descriptor_endings: tuple[str, ...]
    month_words: frozenset[str]  # the months' names, lower-cased
    end_words: frozenset[str]  # "eventually", "am Ende": lower-cased, their words joined by spaces
    legal_forms: frozenset[str]  # "s.r.o.", "Ltd.": one token each, see _blank
    place_noun_endings: tuple[str, ...]  # "Marktplatz": a compound that names a place
    unit_homographs: frozenset[str]  # ordinal words that are also units of time ("segundos")
    best_time_words: tuple[str, ...]  # a win phrase with one of these is a best time on a stage
    winner_words: frozenset[str]  # one-word win phrases: "du vainqueur" names the winner
    names_take_articles: bool  # Italian, Portuguese: "o João", "la Rossi"
    demonym_suffixes: tuple[str, ...]  # "le Varois": an article and one of these endings
    time_nouns: frozenset[str]  # "il settimo tempo": a place by time, on a stage
    ahead_cues: frozenset[str]  # "devant", "vor": the names after it finished behind the winner
    behind_cues: frozenset[str]  # "third behind A and B": A and B finished ahead
    stage_markers: frozenset[str]  # stage words and abbreviations, lower-cased
    stage_codes: frozenset[str]  # the abbreviations alone ("WP 7. Die …": a cardinal before the stop)
    place_nouns: frozenset[str]  # "runner-up", "dauphin": a place by itself, whatever follows
    position_nouns: frozenset[str]  # "Rang", "place": the number after one is a place
    crew_nouns: frozenset[str]  # "pareja", "trio": "la pareja de X" names X's team
    name_particles: frozenset[str]  # "van", "de", "da"
    surname_joiners: frozenset[str]  # "i" of "Pau Ferrer i Soler"
    counted_nouns: frozenset[str]  # "year", "season": an ordinal before one counts, places no one
    streak_words: tuple[str, ...]  # "in Folge", "in a row": after an ordinal and a place noun, a streak
    age_pattern: re.Pattern[str] | None  # "the 31-year-old": a person described by age
    points_row: re.Pattern[str]  # "… 118 pts": the end of a row of championship standings
    points_list: re.Pattern[str]  # "1. X, 156 Punkte; 2. Y, 139": standings in points, inline
    # "Jakub Wróbel [prononcer « Yakoub Vroubel »]": a presenter's hint (mentions.py), read past
    pronunciation_cues: tuple[str, ...]
    greeting_words: frozenset[str]  # "Hi Conor,": a mail's salutation line (mentions.py), read past
    # "la nona prova": a stage; "la quinta prova del campionato": a round
    stage_or_round_words: frozenset[str]
    withdrawn: re.Pattern[str]  # ", not October 9–10": the end of a text before a withdrawn value
    deadline: re.Pattern[str]  # "Entries close on": the end of a text before a deadline, no event's date
    media_event: re.Pattern[str]  # "press conference on": before a press appointment's day, no event's
    # "the next edition of the Africa Eco Race": an announced event's next edition (`next_edition_words`)
    next_edition_words: re.Pattern[str]
    media_words: re.Pattern[str]  # "Pressekonferenz", "conferenza stampa" anywhere: an invitation's
    release_labels: frozenset[str]  # "MEDIA RELEASE", "PRESSEMITTEILUNG": a kicker's label
    # "Photo: Delaney Korhonen / Ozark Lens": a credit's label and colon, then only names to the end
    credit: re.Pattern[str]
    points_words: frozenset[str]  # "pts", "Punkte" (without a final full stop)
    final_words: frozenset[str]  # "classifica finale": standings of the release's class
    pass_words: frozenset[str]  # "the second pass": an ordinal before these counts runs
    drops_subject: bool  # the verb carries the subject: "fueron terceros" names no one
    nouns_capitalised: bool  # German: a lower-case word after an ordinal is no noun it counts
    articles_before_first_names: bool  # Portuguese: "o Pedro Vaz-Taborda" is Pedro Vaz-Taborda
    vehicle_categories: frozenset[str]  # "Bikes", "Trucks": a rally-raid's fields, not a car's class
    stop_first_names: frozenset[str]  # "Sara": stop words that open a name inside a sentence
    table_column_of: dict[str, str]  # "Beifahrer" → "co-driver": a results table's header words
    _name_word_cache: dict[str, bool] = field(default_factory=dict)
    _name_part_cache: dict[str, int] = field(default_factory=dict)
    _run_cache: dict[tuple[tuple[str, ...], tuple[bool, ...], tuple[int, ...]], list[tuple[int, int]]] = (
        field(default_factory=dict)
    )
    compound_cache: dict[str, Any] = field(default_factory=dict)  # see extract.mentions._compound

    def is_particle(self, lowered: str) -> bool:
        """ "van", "de", "da": a word that joins the parts of a name."""
        return lowered in self.name_particles

    def opens_name(self, text: str) -> bool:
        """Whether the word may be a first name, the first word of a name."""
        return bool(self._name_part(text) & _OPENS)

    def is_name_word(self, text: str) -> bool:
        """Title-case (or "McCabe"-shaped) and not vocabulary: could be part of a person's name."""
        known = self._name_word_cache.get(text)
        if known is None:
            known = (
                len(text) > 1
                and text.lower() not in self.not_name_words
                and ((text.istitle() and text.isalpha()) or self.inner_capital.match(text) is not None)
                and not self._weekday_compound(text.lower())
            )
            if len(self._name_word_cache) > 50_000:
                self._name_word_cache.clear()  # bounded over a long batch
            self._name_word_cache[text] = known
        return known

    def _weekday_compound(self, lowered: str) -> bool:
        """ "Freitagabend", "zaterdagmiddag": a weekday and a time of day in one word, no name
        ("Domingos", a weekday and one letter, may be)."""
        return lowered.startswith(self.compounding_weekdays) and any(
            lowered.startswith(day) and len(lowered) >= len(day) + 4 for day in self.compounding_weekdays
        )

    def _name_part(self, text: str) -> int:
        """How a token may stand in the shapes of the name Matcher, as bits: _PART (any token of a
        shape: title-case word, particle, joiner, inner-capital surname), _OPENS (a first name),
        _CLOSES (a last word: a surname or an inner-capital one)."""
        known = self._name_part_cache.get(text)
        if known is None:
            lowered = text.lower()
            title_case = (
                len(text) > 1 and text.istitle() and text.isalpha() and not self._weekday_compound(lowered)
            )
            inner_capital = self.inner_capital.search(text) is not None
            known = 0
            if (
                title_case
                or inner_capital
                or lowered in self.name_particles
                or lowered in self.surname_joiners
                or text in _JOINERS
            ):
                known |= _PART
            if title_case and (
                lowered not in self.not_name_words
                or lowered in self.stop_first_names
                or lowered in self.demonym_first_names
            ):
                known |= _OPENS
            if (title_case and lowered not in self.not_surname_words) or inner_capital:
                known |= _CLOSES
            if (is_capital_surname(text) or _SHORT_CAPITAL_SURNAME.fullmatch(text)) and (
                lowered not in self.not_surname_words
            ):
                # "Lucas RIBEYROLLES": a surname in capitals ("Inês MOUTINHO SÁ": a short one
                # after another, as the Matcher's shapes have it)
                known |= _PART | _CLOSES
            if _ELIDED_CAPITAL.fullmatch(text):
                known |= _PART | _CLOSES  # ("Lorenzo Dall'Ò": an accented capital after an elision)
            if len(self._name_part_cache) > 50_000:
                self._name_part_cache.clear()  # bounded over a long batch
            self._name_part_cache[text] = known
        return known

    def _run_matches(
        self, doc: Doc, first: int, last: int, texts: list[str], spaced: list[bool]
    ) -> list[tuple[int, int]]:
        """The Matcher's matches in tokens first:last, relative to `first`. They depend only on
        the tokens' texts and spaces, and names recur, so they are cached by those."""
        # (and on which of them open a sentence, where a stop word can open a name: "Sara Rossi",
        # not "Voor Thijs Verbeek")
        openers = (
            tuple(
                k - first
                for k in range(first, last)
                if texts[k].lower() in self.stop_first_names and doc[k].is_sent_start
            )
            if self.stop_first_names
            else ()
        )
        key = (tuple(texts[first:last]), tuple(spaced[first:last]), openers)
        known = self._run_cache.get(key)
        if known is None:
            known = [(s, e) for _, s, e in self.names(doc[first:last])]
            if len(self._run_cache) > 50_000:
                self._run_cache.clear()  # bounded over a long batch
            self._run_cache[key] = known
        return known

    def name_spans(self, doc: Doc, texts: list[str], spaced: list[bool]) -> list[tuple[int, int]]:
        """(start, end) of the name Matcher's matches on `doc`, in the Matcher's own order.

        The Matcher costs time per token, and a match cannot cross a token no shape accepts,
        so it runs only on the runs of tokens that could be parts of a name, trimmed to start at
        a first name and end at a surname. Runs never overlap, so the greedy longest-first
        filter keeps the same matches, and sorting by length (longest first), then start,
        restores the order of a whole-Doc call."""
        found: list[tuple[int, int]] = []
        parts = [self._name_part(text) for text in texts]
        run_start = 0
        for k in range(len(parts) + 1):
            if k < len(parts) and parts[k]:
                continue
            first, last = run_start, k
            while first < last and not parts[first] & _OPENS:
                first += 1
            while last > first and not parts[last - 1] & _CLOSES:
                last -= 1
            if last - first >= 2:
                found.extend(
                    (first + s, first + e) for s, e in self._run_matches(doc, first, last, texts, spaced)
                )
            run_start = k + 1
        found.extend(self._surnames_first(texts, parts, found))
        found.sort(key=lambda span: (span[0] - span[1], span[0]))
        return found

    def _surnames_first(
        self, texts: list[str], parts: list[int], taken: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """Names written official-style, the surname in capitals first ("HUBERTY Lars / KÖSTNER
        Annika", "DE LA FUENTE Íñigo", "Ó BRIAIN Seán"), beside the slash of a crew: capitals
        (a surname, its particles), then one given name, or two before the slash or a gap."""
        if "/" not in texts:
            return []  # (such names stand only beside a crew's slash: most lines have none)
        used = {k for start, end in taken for k in range(start, end)}
        spans: list[tuple[int, int]] = []
        k = 0
        while k < len(texts):
            first = k
            while k < len(texts) and (
                self._capital_name_part(texts[k])
                or (texts[k] in _JOINERS and k > first and k + 1 < len(texts) and texts[k + 1].isupper())
                # ("VAN 'T HOF Eline": the article's letter after its apostrophe)
                or (k > first and texts[k - 1] in _JOINERS and len(texts[k]) == 1 and texts[k].isupper())
            ):
                k += 1
            if k == first or not any(
                self._capital_name_part(t) and t.lower() not in self.name_particles for t in texts[first:k]
            ):
                k = max(k, first + 1)
                continue
            given = k
            while (
                given < len(texts)
                and given - k < 3
                and (
                    parts[given] & _OPENS
                    or (texts[given] in _JOINERS and given > k and parts[given - 1] & _OPENS)
                )
            ):
                given += 1
            end = given
            while end > k and not (parts[end - 1] & _OPENS):
                end -= 1
            if end - k > 1 and end < len(texts) and texts[end] not in ("/", ")") and texts[end].strip():
                end = k + 1  # "KÖSTNER Annika Škoda …": one given name, the car's make after it
            if end > k and not used.intersection(range(first, end)):
                spans.append((first, end))
            k = max(end, first + 1)
        # (not "crédit obligatoire : ASA Sancy / Jean-Paul Rochette": a club, then a person)
        return [
            span
            for span in spans
            if any(
                _slash_between(texts, span, other) or _slash_between(texts, other, span) for other in spans
            )
        ]

    def _capital_name_part(self, text: str) -> bool:
        """A word of a surname written in capitals: the surname ("HUBERTY", "O'DRISCOLL", with a
        prefix kept in lower case: "McATEER", "MacLENNAN") or one of its particles ("DE", "VAN",
        "Ó")."""
        if text.isupper() and text.lower() in self.name_particles:
            return True
        letters = text.replace("'", "").replace("’", "")
        letters = _after_lower_case_prefix(letters)
        return (
            len(letters) >= 2
            and letters.isalpha()
            and letters.isupper()
            and text.lower() not in self.not_surname_words
        )


_APOSTROPHES = frozenset({"'", "’"})
_JOINERS = frozenset({"-", *_APOSTROPHES})  # the tokens that join the parts of a name
_ELIDED_CAPITAL = re.compile("[À-ÖØ-Þ]")  # a one-letter surname after an elision ("Dall'Ò")


def _after_lower_case_prefix(letters: str) -> str:
    """ "McATEER" → "ATEER", "MacLENNAN" → "LENNAN": a surname in capitals after a prefix whose
    letters after the first are in lower case; any other word as it is."""
    if len(letters) < 4 or not letters[0].isupper():
        return letters
    k = 1
    while k <= 2 and letters[k].islower():
        k += 1
    rest = letters[k:]
    return rest if k > 1 and len(rest) >= 2 and rest.isupper() else letters


def _slash_between(texts: list[str], left: tuple[int, int], right: tuple[int, int]) -> bool:
    """Only a slash (and spaces) between two spans: the two names of one crew's entry."""
    between = [t for t in texts[left[1] : right[0]] if t.strip()]
    return left[1] <= right[0] and between == ["/"]


def _split_win_index(phrases: Iterable[str]) -> dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]:
    """ "entschied … für sich" → {"entschied": [(("entschied",), ("für", "sich"))]}, by the verb's
    first word."""
    found: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for phrase in phrases:
        head, tail = (tuple(part.split()) for part in phrase.split(" … "))
        found.setdefault(head[0], []).append((head, tail))
    return found


# A surname of two capitals has a vowel ("SÁ", "LI"); a model code has none ("GR", "RS").
_SHORT_CAPITAL_SURNAME = re.compile(r"(?=.*[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-Ý])[^\W\d_]{2}")


def is_capital_surname(text: str) -> bool:
    """ "RIBEYROLLES", "DUMAS": a surname written in capitals, as French and Italian entry lists
    and results write it (three letters or more: "RS", "GT" are model codes)."""
    return len(text) >= 3 and text.isalpha() and text.isupper()


_PART, _OPENS, _CLOSES = 1, 2, 4  # bits of Rules._name_part

# One tokenisation for every language: hyphens between letters or digits split
# ("Stock-klasse" → Stock - klasse, "Al-Attiyah" → Al - Attiyah).
_INFIXES = [
    *BASE_INFIXES,  # the same base for every language (Portuguese's own keep hyphenated words whole)
    r"(?<=[^\W_])-(?=[^\W_])",  # Stock-klasse, Al-Attiyah
    r"/",  # A/B, (Ireland)/Fergal
    r"(?<=\S)[()](?=\S)",  # (Ireland)/…, Toyota(JPN)
    # elisions: l'Italian Baja, dell'Ultimate, qu'il (not O'Neill or D'Angelo)
    r"(?<=\b[ldjnscmtL])['’](?=[^\W\d_])",
    r"(?<=ll)['’](?=[^\W\d_])",
    r"(?<=\bun)['’](?=[^\W\d_])",
    r"(?<=\bqu)['’](?=[^\W\d_])",
]


def _spacy_language_file(language: str, name: str) -> ModuleType | None:
    """spacy/lang/<language>/<name>.py executed as a module of that package, without importing
    the package itself."""
    source = Path(spacy.lang.__file__).parent / language / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"spacy.lang.{language}._extractor_{name}", source)
    if not source.is_file() or spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# "verliert als Dritter 8,8. In der Rally3 …": a full stop after a decimal number ends the sentence
# (German keeps "8." whole as an ordinal; a decimal is never one)
_DECIMAL_FULL_STOP = r"(?<=[0-9][.,][0-9])\."
# ("… und 5. in Klasse Rally2. Gesamtzeit …", "auf WP3."): nor after a code of letters and digits
# (German keeps "5." whole as an ordinal; "Rally2" is none)
_CODE_FULL_STOP = r"(?<=[A-Za-z][0-9])\.|(?<=[A-Za-z][0-9][0-9])\."
_BRACKET = re.compile(r"[()]")


def _blank(language: str, lexicon: Lexicon) -> Language:
    """A blank pipeline of `language` whose tokenizer is built once with our infixes and no
    `token_match` (some languages keep hyphenated words whole, "guarda-chuva"; names and classes
    need them split). Setting those on a built tokenizer reloads its thousands of special cases.

    Where the language file says `light_tokenizer: true`, the pipeline takes spaCy's stop words
    and punctuation of that language but not its tokenizer-exceptions module: French's compiles
    a regex of every hyphenated French word at import (3 s of a 4 s cold start) for the
    `token_match` switched off here anyway. Abbreviations that keep their full stop come from the
    language file, added to whichever exceptions the pipeline has."""
    light = bool(lexicon.data.get("light_tokenizer"))
    base: type[Language] = Language if light else spacy.util.get_lang_class(language)
    defaults: type[BaseDefaults] = base.Defaults
    extra: dict[str, Any] = {}
    if light:
        # Importing any module of spacy.lang.<language> runs that package's __init__ (and so the
        # slow exceptions); its stop words and punctuation are plain files, read on their own.
        stop_words = _spacy_language_file(language, "stop_words")
        punctuation = _spacy_language_file(language, "punctuation")
        lex_attrs = _spacy_language_file(language, "lex_attrs")  # like_num: "drie", "deux"
        exceptions = dict(BASE_EXCEPTIONS)
        extra = {
            "tokenizer_exceptions": exceptions,
            "prefixes": getattr(punctuation, "TOKENIZER_PREFIXES", BASE_PREFIXES),
            "suffixes": getattr(punctuation, "TOKENIZER_SUFFIXES", BASE_SUFFIXES),
            "stop_words": getattr(stop_words, "STOP_WORDS", set()),
            "lex_attr_getters": getattr(lex_attrs, "LEX_ATTRS", {}),
        }
    suffixes = [_DECIMAL_FULL_STOP, _CODE_FULL_STOP, *(extra.get("suffixes") or defaults.suffixes or ())]
    # ("(Periodo J1, 1982–1985): Aitor", "(WP 8)": spaCy's emoticons "):" and "8)" would glue a
    # bracket to what it closes; a release has no emoticon worth a token of its own)
    exceptions = dict(extra.get("tokenizer_exceptions") or defaults.tokenizer_exceptions or {})
    # ("Dunajplast s.r.o., Liptov Pneu Servis, …": a company's legal form keeps its full stop, which
    # ends no sentence, in every language)
    for legal_form in lexicon.base.get("legal_forms", []):
        exceptions[str(legal_form)] = [{ORTH: str(legal_form)}]
    # ("P2 cl. Rally4", "P9 ges.": the abbreviations a release writes keep their full stop, which
    # ends no sentence)
    for abbreviation in lexicon.data.get("abbreviations", []):
        exceptions[str(abbreviation)] = [{ORTH: str(abbreviation)}]
    extra["tokenizer_exceptions"] = {k: v for k, v in exceptions.items() if not _BRACKET.search(k)}
    ours = type(
        "Defaults", (defaults,), {**extra, "suffixes": suffixes, "infixes": _INFIXES, "token_match": None}
    )
    language_class = type(f"Rules{language.title()}", (base,), {"lang": language, "Defaults": ours})
    return language_class()


@cache
def rules_for(language: str) -> Rules:
    """Build (once) the pipeline and matchers of `language`."""
    lexicon = load_lexicon(language)
    nlp = _blank(language, lexicon)
    cues = PhraseMatcher(nlp.vocab, attr="LOWER")
    for label, key in _CUE_KEYS.items():
        cues.add(label, list(nlp.tokenizer.pipe(sorted({str(w) for w in lexicon.data.get(key, [])}))))
    # "ganamos", "abbiamo vinto": a first-person win is both a win and its narrator ("we")
    narrator_wins = list(nlp.tokenizer.pipe(sorted({str(w) for w in lexicon.data.get("narrator_wins", [])})))
    cues.add("WIN", narrator_wins)
    cues.add("NARRATOR", narrator_wins)
    narrator_possessives = sorted({str(w) for w in lexicon.data.get("narrator_possessives", [])})
    cues.add("POSSESSIVE:narrator", list(nlp.tokenizer.pipe(narrator_possessives)))
    singulars = sorted({str(w) for w in lexicon.data.get("narrator_singulars", [])})
    cues.add("NARRATOR:singular", list(nlp.tokenizer.pipe(singulars)))
    role_of = lexicon.role_of()
    for role in ("driver", "co-driver", "rider", "mechanic"):
        words = sorted({w for w, r in role_of.items() if r == role})
        cues.add(f"ROLE:{role}", list(nlp.tokenizer.pipe(words)))
    class_of = lexicon.class_variants()
    for label in sorted(set(class_of.values())):
        words = sorted({w for w, lab in class_of.items() if lab == label})
        cues.add(f"CLASS:{label}", list(nlp.tokenizer.pipe(words)))
    # Nationalities and regions ("the Irishman", "der Sachse", "il francese"), by place.
    for place, words in sorted(lexicon.data.get("demonyms", {}).items()):
        cues.add(f"DEMONYM:{place}", list(nlp.tokenizer.pipe(sorted({str(w) for w in words}))))
    championship_of = lexicon.championship_variants()
    for short in sorted(set(championship_of.values())):
        words = sorted({w for w, s in championship_of.items() if s == short})
        cues.add(f"CHAMP:{short}", list(nlp.tokenizer.pipe(words)))
    cues.add(
        "POSITION_NOUN", list(nlp.tokenizer.pipe(sorted({str(w) for w in lexicon.base["position_nouns"]})))
    )
    for label, key in (("PRACTICE", "practice_words"), ("SECTOR", "sector_words")):
        cues.add(label, list(nlp.tokenizer.pipe(sorted({str(w) for w in lexicon.base.get(key, [])}))))

    # with the language file's articles: spaCy's Italian list lacks "i" ("terzi i polacchi …")
    stop_words = frozenset(w.lower() for w in nlp.Defaults.stop_words) | frozenset(
        _lowered(lexicon.data, "determiners")
    )
    base = lexicon.base
    vocabulary_words: set[str] = set()
    for key in (
        "officials",
        "win_phrases",
        "narrator_wins",
        "stage_words",
        "overall_words",
        "class_markers",
        "upcoming_cues",
        "round_words",
        "prologue_words",
        "last_stage_words",
        "gap_cues",
        "margin_cues",
        "penalty_cues",
        "retire_cues",
        "total_time_cues",
        "final_words",
        "pass_words",
    ):
        for phrase in lexicon.data.get(key, []):
            vocabulary_words.update(str(phrase).lower().split())
    particles = {str(w).lower() for w in base["name_particles"]}
    surname_joiners = {str(w).lower() for w in base.get("surname_joiners", [])}
    for unit_words in lexicon.data["duration_units"].values():
        vocabulary_words.update(str(w).lower() for w in unit_words if len(str(w)) > 2)
    # "mit Beifahrer Kai Lindemann Rang zwei": a position noun ends a name
    vocabulary_words.update(str(w).lower() for w in base["position_nouns"])
    makes = frozenset(_lowered(base, "makes"))  # "KTM", "Toyota"
    not_name = (
        {str(w).lower() for w in base["organisation_words"]}
        | makes
        | {str(w).lower() for w in base["event_words"]}
        | {str(w).lower() for w in base["championship_words"]}
        | {str(w).lower() for w in base["honorifics"]}
        | {m for m in lexicon.month_numbers() if len(m) > 3 and not m.endswith(".")}
        | {str(w).lower() for w in lexicon.data.get("weekdays", [])}
        | set(role_of)
        | set(class_of)
        | vocabulary_words
        | {w.lower() for w in lexicon.data["ordinal_words"]}
        | {w.lower() for w in lexicon.data.get("place_nouns", {})}
        | stop_words
        | particles
        | {str(w).lower() for w in base["descriptor_words"]}
        | set(_lowered(lexicon.data, "praise_words"))
        | set(_lowered(lexicon.data, "rating_words"))
        # ("Lena Kühn Meisterin der Beifahrer": a title after a name is no part of it)
        | set(_lowered(base, "title_words"))
        # ("La Sud-Africaine Lerato Mokoena": the last word of a demonym of two is no part of a
        # name; its first may be, "Fenna de Wit" against "wit-rus")
        | {
            re.split(r"[\s-]+", str(word).lower())[-1]
            for words in lexicon.data.get("demonyms", {}).values()
            for word in words
            if re.search(r"[\s-]", str(word))
        }
    )
    # ("ik ben Noor Kamphuis": where a demonym describes someone only after an article, one may
    # open a name; mentions.py reads it as the descriptor when an article stands before it)
    demonym_first_names = (
        frozenset(str(word).lower() for words in lexicon.data.get("demonyms", {}).values() for word in words)
        & not_name
        if lexicon.data.get("demonyms_take_article")
        else frozenset()
    )
    names = Matcher(nlp.vocab)
    # Built-in attributes only, so the Matcher stays in compiled code: a title-case word that
    # is not vocabulary of the sport or of the language.
    name_word = {
        "IS_TITLE": True,
        "IS_ALPHA": True,
        "LENGTH": {">=": 2},
        "LOWER": {"NOT_IN": sorted(not_name)},
    }
    surname = {
        "IS_TITLE": True,
        "IS_ALPHA": True,
        "LENGTH": {">=": 2},
        "LOWER": {"NOT_IN": sorted(not_name - stop_words - particles)},
    }
    joiner = {"ORTH": {"IN": sorted(_JOINERS)}, "SPACY": False}
    particle = {"LOWER": {"IN": sorted(particles)}}
    # "der", "den", "des" join a name only after "van"/"von" ("van der Meulen"); alone they are
    # articles ("Moment der Teamgeschichte").
    first_particles = particles - set(base.get("second_particles", []))
    if lexicon.data.get("nouns_capitalised"):
        # "komplettierte Maël Kerboriou das Podium": where nouns are capitalised, an article
        # before one is no particle of a name
        first_particles -= set(_lowered(lexicon.data, "determiners"))
    first_particle = {"LOWER": {"IN": sorted(first_particles)}}
    # Surnames with an inner capital ("McCabe", "MacLeod", "DeMarco") are not title-case; nor
    # are they in a results list that writes surnames in capitals ("MacAULAY", "O'HARE").
    inner_capital_pattern = (
        rf"^(?:{alternation(base['inner_capital_prefixes'])})[A-ZÀ-Þ](?:[a-zß-ÿ]+|[A-ZÀ-Þ]+)$"
    )
    inner_capital = {"TEXT": {"REGEX": inner_capital_pattern}}
    shapes = [
        [name_word, name_word],
        [name_word, first_particle, {"OP": "?", **particle}, name_word],
        [name_word, first_particle, {"OP": "?", **particle}, surname],
        [name_word, name_word, first_particle, {"OP": "?", **particle}, surname],
        [name_word, {"OP": "?", **first_particle}, name_word, {"OP": "?", **first_particle}, name_word],
        [name_word, name_word, name_word, name_word],
        [name_word, joiner, name_word, name_word],
        [name_word, name_word, joiner, name_word],
        # ("João Pedro Arruda Corte-Real": long Iberian names end on a hyphenated surname too)
        [name_word, name_word, name_word, joiner, name_word],
        [name_word, name_word, name_word, name_word, joiner, name_word],
        [name_word, {"OP": "?", **first_particle}, name_word, joiner, name_word],
        # ("Gerard Mas-Vidal": a stop word of the language opens a hyphenated surname)
        [name_word, surname, joiner, name_word],
        [name_word, first_particle, particle, name_word, joiner, name_word],  # "Ilse van der Meulen-Brink"
        [name_word, first_particle, joiner, surname],
        [name_word, name_word, joiner, first_particle, surname],  # "Marloes Kingma-de Vries"
        [
            name_word,
            joiner,
            name_word,
            first_particle,
            {"OP": "?", **particle},
            surname,
        ],  # "Dirk-Jan van Beek"
        [name_word, inner_capital, joiner, name_word],  # "Liam O'Rourke-Hēnare"
        [name_word, inner_capital, name_word],  # "Guilherme Sant'Anna Ribas": two surnames
        # "Pau Ferrer i Soler": two surnames joined
        [name_word, name_word, {"LOWER": {"IN": sorted(surname_joiners)}, "IS_LOWER": True}, surname],
        # "Lorenzo Dall'Ò": a surname of an elision and one accented capital
        [
            name_word,
            first_particle,
            {"ORTH": {"IN": sorted(_APOSTROPHES)}, "SPACY": False},
            {"TEXT": {"REGEX": f"^{_ELIDED_CAPITAL.pattern}$"}},
        ],
    ]
    shapes += [shape[:-1] + [inner_capital] for shape in shapes if shape[-1] is name_word]
    # "Lucas RIBEYROLLES", "Pierre-Yves OLLIER", "Élise DUMAS-VERNET", "Pedro GARCÍA LÓPEZ": a
    # first name, then the surname in capitals
    capital_surname = {
        "IS_UPPER": True,
        "IS_ALPHA": True,
        "LENGTH": {">=": 3},
        "LOWER": {"NOT_IN": sorted(not_name - stop_words - particles)},
    }
    # (a second surname may be short: "Inês MOUTINHO SÁ"; not a model code, "VELTRA GR-5")
    second_capital_surname = {
        **capital_surname,
        "LENGTH": {">=": 2},
        "TEXT": {"REGEX": rf"^(?:\w{{3,}}|{_SHORT_CAPITAL_SURNAME.pattern})$"},
    }
    shapes += [
        [name_word, capital_surname],
        [name_word, capital_surname, second_capital_surname],
        [name_word, name_word, capital_surname],  # "Ana Belén CAÑIZARES RUIZ"
        [name_word, name_word, capital_surname, second_capital_surname],
        [name_word, joiner, name_word, capital_surname],
        [name_word, capital_surname, joiner, capital_surname],
        [name_word, first_particle, capital_surname],
        # "Joaquim FERREIRA DA COSTA"
        [name_word, capital_surname, first_particle, {"OP": "?", **particle}, capital_surname],
    ]
    # "Sara Lanfranchi": a first name that is also a stop word of the language, inside a sentence
    # (at its start a capitalised stop word is the sentence's first word: "Per Bellandi, …")
    # (not in German, whose nouns are capitalised: "die Entscheidung"; nor articles or particles)
    first_names = frozenset(
        stop_words - (not_name - stop_words) - particles - set(_lowered(lexicon.data, "determiners"))
    )
    if lexicon.data.get("nouns_capitalised"):
        first_names = frozenset()
    # ("Rafael Kowalski Neto e Vitória Schmitt": a word of the language that is a first name too,
    # right before a surname; "Vitória de Echeverría" is the victory of someone)
    word_first_names = frozenset(_lowered(lexicon.data, "first_name_words"))
    if word_first_names:
        shapes.append([_inside_a_sentence(word_first_names), name_word])
    if first_names:
        stop_first = _inside_a_sentence(first_names)
        shapes += [
            [stop_first, name_word],
            [stop_first, first_particle, {"OP": "?", **particle}, surname],
            [stop_first, joiner, name_word, name_word],  # "Per-Olof Sandström"
        ]
    if demonym_first_names:
        first_name_word = {**name_word, "LOWER": {"NOT_IN": sorted(not_name - demonym_first_names)}}
        shapes = [[first_name_word, *shape[1:]] if shape[0] is name_word else shape for shape in shapes]
    names.add(
        "NAME",
        shapes,
        greedy="LONGEST",
    )
    ordinal_words = {
        str(k).lower(): int(v)
        for k, v in [*lexicon.data["ordinal_words"].items(), *lexicon.data.get("place_nouns", {}).items()]
    }
    rules = Rules(
        language=language,
        lexicon=lexicon,
        nlp=nlp,
        cues=cues,
        names=names,
        not_name_words=frozenset(not_name),
        demonym_first_names=demonym_first_names,
        not_surname_words=frozenset(not_name - stop_words - particles),
        stop_first_names=first_names | word_first_names,
        table_column_of=lexicon.table_column_of(),
        stop_words=stop_words,
        role_of=role_of,
        class_of=class_of,
        championship_of=championship_of,
        ordinal_words=ordinal_words,
        ordinal_pattern=_ordinal_pattern(ordinal_words, _lowered(lexicon.data, "best_time_words")),
        place_nouns=frozenset(str(k).lower() for k in lexicon.data.get("place_nouns", {})),
        position_nouns=frozenset(str(w).lower() for w in lexicon.base["position_nouns"]),
        crew_nouns=frozenset(str(w).lower() for w in lexicon.data.get("crew_nouns", [])),
        name_particles=frozenset(particles),
        surname_joiners=frozenset(surname_joiners),
        counted_nouns=frozenset(_lowered(lexicon.base, "season_words", "year_words", "outing_words")),
        streak_words=tuple(_lowered(lexicon.base, "streak_words")),
        event_words=frozenset(str(w).lower() for w in base["event_words"]),
        championship_words=frozenset(str(w).lower() for w in base["championship_words"]),
        organisation_words=frozenset(str(w).lower() for w in base["organisation_words"]),
        determiners=frozenset(_lowered(lexicon.data, "determiners")),
        place_prepositions=frozenset(_lowered(lexicon.data, "place_prepositions")),
        name_openers=frozenset(
            _lowered(lexicon.data, "place_prepositions", "genitives", "determiners", "agency_words")
        ),
        between_words=frozenset(_lowered(lexicon.data, "between_words")),
        conjunctions=frozenset(_lowered(lexicon.data, "conjunctions")),
        descriptor_endings=tuple(_lowered(base, "descriptor_endings")),
        month_words=frozenset(lexicon.month_numbers()),
        end_words=frozenset(_lowered(lexicon.data, "end_words")),
        legal_forms=frozenset(str(w) for w in lexicon.base.get("legal_forms", [])),
        place_noun_endings=tuple(_lowered(lexicon.data, "place_noun_endings")),
        organisation_suffixes=tuple(_lowered(base, "organisation_suffixes")),
        unit_homographs=frozenset(_lowered(lexicon.data["duration_units"], "hours", "minutes", "seconds"))
        & frozenset(_lowered(lexicon.data, "ordinal_words")),
        genitives=frozenset(_lowered(lexicon.data, "genitives")),
        unit_full_stop=_unit_full_stop(lexicon),
        sentence_openers=frozenset(_lowered(lexicon.data, "determiners", "pronouns", "possessives")),
        relative_pronouns=frozenset(_lowered(lexicon.data, "relative_pronouns")),
        category_words=frozenset(_lowered(lexicon.data, "category_words")),
        period_words=frozenset(_lowered(lexicon.data, "period_words")),
        opening_prefixes=tuple(w for w in _lowered(lexicon.data, "opening_words") if " " not in w),
        overall_prefixes=tuple(_lowered(lexicon.data, "overall_prefixes")),
        class_prefixes=tuple(_lowered(lexicon.data, "class_prefixes")),
        stage_prefixes=tuple(_lowered(lexicon.data, "stage_prefixes")),
        ordinal_stems={str(k).lower(): int(v) for k, v in lexicon.data.get("ordinal_stems", {}).items()},
        crew_noun_sizes={str(k).lower(): int(v) for k, v in lexicon.data.get("crew_noun_sizes", {}).items()},
        nouns_capitalised=bool(lexicon.data.get("nouns_capitalised")),
        articles_before_first_names=bool(lexicon.data.get("articles_before_first_names")),
        vehicle_categories=frozenset(
            str(c) for key in ("solo_classes", "crewed_classes") for c in lexicon.base.get(key, [])
        ),
        drops_subject=bool(lexicon.data.get("drops_subject")),
        pass_words=frozenset(_lowered(lexicon.data, "pass_words")),
        final_words=frozenset(_lowered(lexicon.data, "final_words")),
        age_pattern=_age_pattern(lexicon),
        points_row=_points_row_pattern(lexicon),
        points_list=_points_list_pattern(lexicon),
        pronunciation_cues=tuple(_lowered(lexicon.data, "pronunciation_cues")),
        greeting_words=frozenset(_lowered(lexicon.data, "greeting_words")),
        stage_or_round_words=frozenset(_lowered(lexicon.data, "stage_or_round_words")),
        withdrawn=_cue_then_value_pattern(lexicon, "retraction_cues"),
        deadline=_cue_then_value_pattern(lexicon, "deadline_cues"),
        # ("Invito conferenza stampa – Tre Laghi Corse verso il Monza Rally Show (18 novembre"): a
        # headline's reach, the whole clause
        media_event=_cue_then_value_pattern(lexicon, "media_event_words", reach=80),
        release_labels=frozenset(_lowered(lexicon.data, "release_labels")),
        credit=compile_guarded(
            rf"(?<!\w)(?:{alternation(_lowered(base, 'credit_labels')) or '(?!)'})\s*:\s*[\w\s.'’/,&-]*$",
            re.IGNORECASE,
        ),
        media_words=compile_guarded(
            rf"(?<!\w)(?:{alternation(_lowered(lexicon.data, 'media_event_words')) or '(?!)'})(?!\w)",
            re.IGNORECASE,
        ),
        next_edition_words=compile_guarded(
            rf"(?<!\w)(?:{alternation(_lowered(lexicon.data, 'next_edition_words')) or '(?!)'})(?!\w)",
            re.IGNORECASE,
        ),
        points_words=frozenset(word.rstrip(".") for word in _lowered(lexicon.data, "points_words")),
        stage_markers=frozenset(_lowered(lexicon.data, "stage_words", "stage_abbreviations")),
        stage_codes=frozenset(_lowered(lexicon.data, "stage_abbreviations")),
        time_nouns=frozenset(_lowered(base, "time_nouns")),
        ahead_cues=frozenset(_lowered(lexicon.data, "ahead_cues")),
        behind_cues=frozenset(_lowered(lexicon.data, "behind_cues")),
        demonym_suffixes=tuple(_lowered(lexicon.data, "demonym_suffixes")),
        names_take_articles=bool(lexicon.data.get("names_take_articles")),
        winner_words=frozenset(
            w for w in _lowered(lexicon.data, "win_phrases", "narrator_wins") if " " not in w
        ),
        best_time_words=tuple(_lowered(lexicon.data, "best_time_words")),
        suffix_cues=tuple(
            (label, str(word).lower())
            for label, key in _SUFFIX_KEYS.items()
            for word in lexicon.data.get(key, [])
        ),
        event_connectors=frozenset(str(w).lower() for w in base["event_connectors"]),
        title_and_season_words=frozenset(_lowered(base, "season_words", "title_words")),
        title_words=frozenset(_lowered(base, "title_words")),
        title_nouns=frozenset(_lowered(base, "title_nouns")),
        inner_capital=re.compile(inner_capital_pattern),
        stage_words=tuple(str(w).lower() for w in lexicon.data["stage_words"]),
        not_event_words=frozenset(
            makes
            | (
                {str(w).lower() for w in base["organisation_words"]}
                - {str(w).lower() for w in base["event_words"]}
            )
            | {str(w).lower() for w in base["championship_words"]}
            | set(_lowered(base, "season_words", "title_words", "calendar_words"))
            | set(lexicon.month_numbers())
        ),
        vehicle_and_event_words=makes | frozenset(_lowered(base, "event_words")),
        make_words=makes,
        bike_makes=frozenset(_lowered(lexicon.base, "bike_makes")),
        cup_words=frozenset(_lowered(base, "cup_words")),
        company_words=frozenset(_lowered(base, "company_words")),
        geographic_words=frozenset(_lowered(base, "geographic_words")),
        podium_words=frozenset(_lowered(base, "podium_words")),
        stage_win_words=tuple(_lowered(base, "stage_win_words")),
        split_wins=_split_win_index(_lowered(lexicon.data, "split_win_phrases")),
        # (where weekdays open no compounds, "Quintanilha" is a surname, not Thursday and more)
        compounding_weekdays=(
            tuple(str(w).lower() for w in lexicon.data.get("weekdays", []))
            if lexicon.data.get("weekday_compounds")
            else ()
        ),
        start_number=_start_number_pattern(base),
        start_number_marks=frozenset(_lowered(base, "start_number_marks")),
        cue_vocabulary=frozenset(vocabulary_words),
        team_words=frozenset(str(w).lower() for w in base.get("team_words", [])),
        organisation_names=frozenset(
            {str(w).lower() for w in base["organisation_words"]}
            | makes
            | {str(w).lower() for w in base["event_words"]}
            | {str(w).lower() for w in base["championship_words"]}
            | {label.lower() for label in class_of.values()}
        ),
    )
    return rules
