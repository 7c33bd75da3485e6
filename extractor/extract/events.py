"""The reported event (name, edition, championship, round) and the events announced next.

Event names are capitalised phrases holding an event word from base.yaml ("Rally",
"Rallye", "Baja" …) or standing before a year ("Dakar 2026"); phrases with team or make words
are teams, phrases with championship words are championships. An event paired with a date on
or after the publication date is upcoming; the reported event is the phrase the release
repeats most, with its year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from extractor.extract.crews import normalise_name
from extractor.extract.dates import DateSpan
from extractor.extract.mentions import SENTENCE_ENDS, Item, Line, Sentence, lead_index
from extractor.extract.tables import may_have_cells, split_cells
from extractor.lexicon import alternation, load_base
from extractor.nlp import Rules
from extractor.record import Event, Evidence, UpcomingEvent
from extractor.regexes import compile_guarded
from extractor.segment import is_bullet

_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_YEAR_IN_TEXT = compile_guarded(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


@dataclass
class Candidate:
    name: str
    start: int
    end: int
    year: int | None
    sentence: Sentence
    line: Line
    evidence_end: int


@dataclass
class EventReading:
    event: Event | None
    upcoming: list[UpcomingEvent] = field(default_factory=list)
    # The reported event is still to come: the release is a preview, it can hold no results.
    preview: bool = False


@dataclass(frozen=True)
class _EventPatterns:
    any_event_word: re.Pattern[str]
    championship_endings: tuple[str, ...]
    phrases: tuple[str, ...]
    compound_endings: tuple[str, ...]  # event words long enough to end a compound ("…rallye")
    title_endings: tuple[str, ...]  # a champion's title ending a compound ("Rallye-Staatsmeister")


_PATTERNS: dict[str, _EventPatterns] = {}


def _event_patterns(rules: Rules) -> _EventPatterns:
    """The event vocabulary of a language as one regex and tuples, built once (this runs per line)."""
    found = _PATTERNS.get(rules.language)
    if found is None:
        found = _EventPatterns(
            any_event_word=re.compile(alternation(sorted(rules.event_words))),
            championship_endings=tuple(sorted(rules.championship_words)),
            phrases=tuple(sorted(p for p in rules.event_words if " " in p)),
            compound_endings=tuple(sorted(w for w in rules.event_words if len(w) >= 5 and " " not in w)),
            title_endings=tuple(sorted(rules.title_words)),
        )
        _PATTERNS[rules.language] = found
    return found


_TAG_MARKS = frozenset({"#", "@"})


def _is_cap(text: str) -> bool:
    # (a capital letter is a letter: the scan for one is rarely needed)
    return bool(text) and text[0].isupper() and (text[0].isalpha() or any(c.isalpha() for c in text))


def _candidates_in_line(
    line: Line, rules: Rules, championships: list[Candidate] | None = None
) -> list[Candidate]:
    """Capitalised runs holding an event word, or standing before a year; the runs naming a
    championship ("Championnat de France des Rallyes Terre 2026") go to `championships`."""
    texts, lowers, starts, spaced = line.texts, line.lowers, line.starts, line.spaced
    connectors = rules.event_connectors
    blocked = rules.not_event_words
    found: list[Candidate] = []
    lowered = line.raw.lower()
    patterns = _event_patterns(rules)
    if not _YEAR_IN_TEXT.search(lowered) and not patterns.any_event_word.search(lowered):
        return found  # no event word and no year: no event name here
    capital = [_is_cap(t) and not _YEAR.match(t) for t in texts]
    possessed = {it.j for sentence in line.sentences for it in sentence.items if it.kind == "POSSESSIVE"}
    for k in range(1, len(texts)):
        if capital[k] and texts[k - 1] in _TAG_MARKS and not spaced[k - 1]:
            capital[k] = False  # "#BarumRally", "@RallyPortugal": a tag or a handle, no name
    i = 0
    n = len(texts)
    while i < n:
        if not capital[i] or (i + 1 < n and lowers[i] in rules.month_words and lowers[i + 1] in connectors):
            # ("am 3. Oktober der Rallyesprint Wildeshausen": a month before an article opens no name)
            i += 1
            continue
        j = i + 1
        while j < n:
            if capital[j]:
                j += 1
            elif j + 1 < n and capital[j + 1] and texts[j] in ("-", "‑") and not spaced[j - 1]:
                j += 2
            elif j + 2 < n and not spaced[j] and lowers[j] + texts[j + 1] in connectors and capital[j + 2]:
                j += 3  # "Rally dell'Acropoli", "Rallye d'Antibes": an elided article and its apostrophe
            elif (
                j + 1 < n
                and texts[j].isdigit()
                and not _YEAR.match(texts[j])
                and capital[j + 1]
                and lowers[j - 1] not in rules.make_words
            ):
                j += 2  # "Cork 20 International Rally", "Rally 1000 Miglia" (not "KTM 450 Rally Replica")
            elif lowers[j] in connectors:
                # "Rally de Catamarca", and two joining words: "Rallye de la Gruyère", "Rally van de Kempen"
                k = j + 2 if j + 1 < n and lowers[j + 1] in connectors else j + 1
                if k < n and capital[k]:
                    j = k + 1
                else:
                    break
            else:
                break
        run = lowers[i:j]
        # ("Rally Trofeo ACI Como": an event named after a trophy, its event word first and the
        # trophy's inside; a trophy's word first or last names the trophy: "Coppa Rally di Zona",
        # "Clio Rally Cup")
        opening = next((w for w in run if w not in rules.stop_words), "")
        trophy_named = (
            len(run) >= 3
            and opening in rules.event_words
            and run[-1] not in blocked
            and any(w in rules.championship_words for w in run[1:-1])
        )
        blocked_here = blocked - rules.championship_words if trophy_named else blocked
        if (
            len(run) >= 3
            and run[-1] in rules.make_words
            and any(w in rules.event_words for w in run[:-2])
            and run[-2] not in blocked
        ):
            # ("Rallye Sulinger Land": a region's last word that is a make's first too, "Land
            # Rover", after the event word and a place)
            blocked_here = blocked_here - {run[-1]}
        # ("krönt sich zum Österreichischen Rallye-Staatsmeister 2026": a champion's title, no event)
        titled = any(w.endswith(patterns.title_endings) and w not in rules.title_words for w in run)
        if (
            titled
            or (not trophy_named and any(w.endswith(patterns.championship_endings) for w in run))
            or any(w in blocked_here for w in run if w not in rules.stop_words)
        ):
            # "Championnat de France des Rallyes" names a championship, "Mini JCW Rally" a car
            if championships is not None and any(w.endswith(patterns.championship_endings) for w in run):
                championships.extend(_championship_run(line, i, j, rules))
            i = j
            continue
        start = i
        # Leading articles and cue words are not part of the name ("Vencedor da Baja Portalegre").
        while (
            start < j
            and lowers[start] not in rules.event_words
            and (lowers[start] in rules.stop_words or lowers[start] in rules.cue_vocabulary)
        ):
            start += 1
        if (
            start > 0
            and texts[start - 1].isdigit()
            and not _YEAR.match(texts[start - 1])
            and (
                start < 2
                or _is_cap(texts[start - 2])
                or lowers[start - 2] in rules.make_words
                or lowers[start] not in rules.event_words  # ("16 May 2026": a date, no event)
            )
        ):
            # "KTM 450 Rally Replica", "Hero 450 Rally": a model after its number, no event (not
            # "FLASH – 63 RALLY PRINCESA DE ASTURIAS": the edition's number)
            i = j
            continue
        if j < n and texts[j].isdigit() and not _YEAR.match(texts[j]) and len(texts[j]) <= 4:
            j += 1  # "Baja Portalegre 500", "Rally 1000"
        words = lowers[start:j]
        joined = " ".join(words)
        year = None
        evidence_end = j
        if j < n and _YEAR.match(texts[j]):
            year = int(texts[j])
            evidence_end = j + 1
        elif start > 0 and _YEAR.match(texts[start - 1]) and not _after_copyright(line, start - 1, rules):
            year = int(texts[start - 1])  # (not "©2026 BRP", "Copyright 2026 Acme": an owner)
        parts = [part for w in words for part in w.split("-")]
        has_event_word = (
            any(w in rules.event_words for w in words)
            or any(phrase in joined for phrase in patterns.phrases)
            or any(part in rules.event_words for part in parts)
            # ("de 38ste Kempenrally", "die Wartburgrallye": a compound ending in an event word)
            or any(w.endswith(patterns.compound_endings) and len(w) > 8 for w in words)
        )
        generic = all(w in rules.event_words or w in ("-", "‑") for w in words)  # "the Rally" alone
        # Event names are short; a longer capitalised run is an all-caps headline sentence.
        named = (
            start < j
            and j - start <= 7
            and not generic
            and (has_event_word or (year is not None and j - start <= 3))
        )
        if named and _championship_context(line, start, j, evidence_end, rules):
            named = False
        if named and j - start == 1 and words[0] not in rules.event_words and start in possessed:
            named = False  # "bei ihrer Heimrallye": a compound after a possessive, a common noun
        if named and not any(w in blocked_here for w in words) and not any(p in blocked_here for p in parts):
            begin = line.start + starts[start]
            finish = line.start + starts[j - 1] + len(texts[j - 1])
            sentence = next((s for s in line.sentences if s.start <= begin < s.end), line.sentences[0])
            found.append(
                Candidate(
                    name=line.raw[starts[start] : starts[j - 1] + len(texts[j - 1])],
                    start=begin,
                    end=finish,
                    year=year,
                    sentence=sentence,
                    line=line,
                    evidence_end=line.start + starts[evidence_end - 1] + len(texts[evidence_end - 1]),
                )
            )
        i = max(j, i + 1)
    return found


def _after_copyright(line: Line, k: int, rules: Rules) -> bool:
    """The year at token k follows a copyright sign or word ("©2026", "Copyright 2026", "(c) 2026")."""
    before = line.lowers[max(0, k - 3) : k]
    if not before:
        return False
    words = rules.lexicon.base.get("copyright_words", [])
    return (
        before[-1] == "©" or before[-1] in {str(w).lower() for w in words} or before[-3:] == ["(", "c", ")"]
    )


def _championship_run(line: Line, start: int, end: int, rules: Rules) -> list[Candidate]:
    """A championship's name as a candidate, without its leading article, with the year after it."""
    texts, lowers = line.texts, line.lowers
    while start < end and (lowers[start] in rules.stop_words or lowers[start] in rules.cue_vocabulary):
        start += 1
    if end - start < 2 or end - start > 8:
        return []  # ("Cup" alone; a headline's sentence in capitals)
    year = int(texts[end]) if end < len(texts) and _YEAR.match(texts[end]) else None
    evidence_end = end + 1 if year is not None else end
    begin = line.start + line.starts[start]
    return [
        Candidate(
            name=line.raw[line.starts[start] : line.starts[end - 1] + len(texts[end - 1])],
            start=begin,
            end=line.start + line.starts[end - 1] + len(texts[end - 1]),
            year=year,
            sentence=next((s for s in line.sentences if s.start <= begin < s.end), line.sentences[0]),
            line=line,
            evidence_end=line.start + line.starts[evidence_end - 1] + len(texts[evidence_end - 1]),
        )
    ]


def _championship_context(line: Line, start: int, end: int, after: int, rules: Rules) -> bool:
    """A championship's name, not an event's: it ends with a championship's short name
    ("RALLY-ERC", "Rallye-WM"), a title stands just before it ("campeones de España de Rallyes
    Todo Terreno 2026", "campioni italiani Rally Terra"), or a title or season word just after it
    ("2026 ARA champions", "the 2027 ARA season")."""
    lowers = line.lowers
    name = line.raw[line.starts[start] : line.starts[end - 1] + len(line.texts[end - 1])].lower()
    if any(name == short or name.endswith(("-" + short, " " + short)) for short in rules.championship_of):
        return True
    before = lowers[max(0, start - 2) : start]
    if any(word in rules.title_words for word in before):
        return True
    return after < len(lowers) and lowers[after] in rules.title_and_season_words


# A preview is written days or weeks before its event, not most of a year.
_PREVIEW_HORIZON_DAYS = 120
# A preview's lead gives its event's dates a few weeks ahead at most.
_PREVIEW_SOON_DAYS = 45
# A running event's finish is told the day before it at most ("finaliza mañana, sábado 13").
_FINISH_SOON_DAYS = 2


def _edition_named(upcoming: UpcomingEvent, candidates: list[Candidate]) -> int | None:
    """The year written beside an announced event's name where it is dated ("De Dakar Rally 2027
    staat al in de agenda: van 31 december tot 16 januari"): the edition, whatever year its dates
    start in; None where no year is written there."""
    starts = {e.start for e in upcoming.evidence}
    return next((c.year for c in candidates if c.start in starts and c.year is not None), None)


def read_events(
    lines: list[Line],
    rules: Rules,
    published: date | None,
    text: str,
    preview: bool = False,
    season_launch: bool = False,
    result_starts: list[int] | None = None,
    stages_run: bool = False,
) -> EventReading:
    """The event reported on and the events announced. A `preview` (a release with no results)
    reports on the event it announces, in the edition of its dates; a `season_launch`
    (mentions.is_season_launch) on the championship whose season it opens. `result_starts` are
    the offsets of the places read; `stages_run` says some were places on stages."""
    championships: list[Candidate] = []
    candidates = [c for line in lines for c in _candidates_in_line(line, rules, championships)]
    upcoming = _upcoming(lines, candidates, published, text, rules)
    # ("Stages 1 to 7 run on Saturday 5 September": the stages of the event, no event of their own)
    stage_spans = {
        (it.start, it.end)
        for line in lines
        for sentence in line.sentences
        for it in sentence.items
        if it.kind == "STAGE_NO"
    }
    upcoming = [
        u for u in upcoming if not (u.evidence and (u.evidence[0].start, u.evidence[0].end) in stage_spans)
    ]
    if stages_run and published is not None:
        upcoming = [u for u in upcoming if not _finish_of_running_event(u, lines, candidates, published)]
    upcoming_keys = {normalise_name(u.name) for u in upcoming}
    announced = [c for c in candidates if any(_same_event(c.name, u.name) for u in upcoming)]
    # a headline naming an event still to come is a preview's ("Trois équipages au départ du
    # Rallye du Maroc"), whatever past results its body recalls
    # (not "BRESLAU RALLY 2026 – final results" beside the 2027 edition it announces)
    # ("# Saisonfinale im Wallis …" over "**Rallye International du Valais, 22.–24. Oktober
    # 2026**": a standfirst under the headline counts with it; not a summary bullet)
    # a release with results announcing its event's next edition months away reports on this one
    # ("De volgende editie van de Africa Eco Race start op 27 december" after the places read:
    # told as the next edition, however soon it starts; not a line-up's lead, "disputará la
    # próxima edición del Rally Dakar", before the past places it recalls)
    next_editions = {
        normalise_name(u.name)
        for u in upcoming
        if not preview
        and (
            (
                published is not None
                and u.start is not None
                and (date.fromisoformat(u.start) - published).days > _PREVIEW_HORIZON_DAYS
            )
            or (
                result_starts
                and u.evidence
                and u.evidence[0].start > result_starts[0]
                and _told_as_next_edition(u, text, rules)
            )
        )
    }
    found = lead_index(lines)
    heads = lines[:1] + [
        line
        for line in lines[1 : found if found is not None else 1]
        if not is_bullet(line.raw)
        and not any(it.kind == "UPCOMING" for sentence in line.sentences for it in sentence.items)
    ]

    def dated_here(c: object, u: UpcomingEvent) -> bool:
        """The standfirst itself gives the announced event's dates; a release with results
        previews no event months away ("AFRICA ECO RACE 2026" over the final results and the
        next edition's start on 27 December)."""
        line = c.line  # type: ignore[attr-defined]
        if normalise_name(u.name) in next_editions:
            return False
        return line is lines[0] or any(line.start <= e.start < line.end for e in u.evidence)

    headline_event = any(
        any(c.line is head for head in heads)
        and any(_same_event(c.name, u.name) and dated_here(c, u) for u in upcoming)
        and (
            c.year is None
            or any(
                _same_event(c.name, u.name)
                and c.year in (date.fromisoformat(u.start).year, date.fromisoformat(u.end).year)
                and _edition_named(u, candidates) in (None, c.year)
                for u in upcoming
            )
        )
        for c in announced
    )
    recap = None if preview else _recapped_event(candidates, upcoming, result_starts or [], published)
    if recap is not None and any(_same_event(c.name, recap.name) for c in candidates if c.line is lines[0]):
        recap = None  # (the headline's event, "Mit drei Fahrzeugen zur Rallye du Maroc", is announced)
    if recap is not None and (
        headline_event
        or _lead_announces_headline_event(heads, lines, candidates, upcoming, published)
        # (an invitation's headlines: "Einladung: Pressekonferenz „Mission Dakar 2027“", "Kestrel
        # Rally-Raid presents its Dakar programme", "Convocatoria: presentación del Rallye …")
        or any(_launches(head) or rules.media_words.search(head.raw) for head in heads)
    ):
        # An invitation or a team's news that announces its next event after recapping the last
        # one: the results are the recapped event's, and it is the event reported on
        # (named as written in running text before a heading's capitals: "Baja Aragón" over "BAJA
        # ARAGÓN IN SHORT")
        named = sorted(
            (c for c in candidates if _same_event(c.name, recap.name)), key=lambda c: c.name.isupper()
        )
        event = _reported_event(lines, named, set(), published, text, rules)
        return EventReading(event=event, upcoming=upcoming, preview=False)
    preview = (
        preview
        or headline_event
        or _lead_announces_headline_event(heads, lines, candidates, upcoming, published)
    )
    if season_launch:
        # A season's launch: its calendar announces the rounds, the release reports on the
        # championship whose season it opens, in the year of its first round
        # (the headline, the standfirst, the bullets and the first paragraph after them; a name in
        # running text before one in an all-capitals headline)
        opening = lines[: (found if found is not None else 2) + 3]
        named = min(
            (c for c in championships if any(c.line is line for line in opening)),
            key=lambda c: (c.name.isupper(), c.start),
            default=None,
        )
        if named is not None:
            starts = sorted(u.start for u in upcoming if u.start)
            edition = named.year or (int(starts[0][:4]) if starts else published.year if published else None)
            evidence = [Evidence(named.start, named.evidence_end, text[named.start : named.evidence_end])]
            season = Event(name=named.name, edition=edition, championship=None, round=None, evidence=evidence)
            return EventReading(event=season, upcoming=upcoming, preview=True)
    if not headline_event and lines and _launches(lines[0]):
        # "Arden Performance unveils Raptor R-27 for its Dakar challenge": a car or a programme
        # is presented; the release reports on no event, whatever events it announces (and the
        # places it recalls are past ones: "Scuderia Adda Rally presenta il programma 2026")
        return EventReading(event=None, upcoming=upcoming, preview=True)
    # ("Racing Lab Trinacria alla 110ª Targa Florio": a headline naming an event with no dates
    # of its own is about that one, not about the next event it announces)
    headline_unannounced = any(any(c.line is head for head in heads) for c in candidates) and not any(
        any(c.line is head for head in heads) for c in announced
    )
    if preview and announced and not headline_unannounced:
        event = _reported_event(lines, announced, set(), published, text, rules)
        if event is not None:
            match = next(u for u in upcoming if _same_event(event.name, u.name))
            starts = date.fromisoformat(match.start).year
            if not any(c.year for c in announced if _same_event(c.name, event.name)) or (
                event.edition is not None and event.edition < starts
            ):
                # no year beside the name: the edition is the year it starts; so too where the
                # year named most is an earlier one ("Rückblick auf die Dakar 2026" in a line-up
                # for the 2027 edition: the last edition's)
                event.edition = starts
            if published is not None:
                _widen_to_lead_range(event, upcoming, _own_dates(lines, upcoming, published))
            return EventReading(event=event, upcoming=upcoming, preview=True)
    announced_keys = upcoming_keys - next_editions
    if (
        result_starts
        and not preview
        and all(normalise_name(c.name) in announced_keys and c.start > result_starts[-1] for c in candidates)
    ):
        # (no name of the event reported on, only the one announced after its results: "We will be
        # covering the Oregon Trail Rally, 17–19 April" under a photo agency's captions)
        candidates = []
    event = _reported_event(lines, candidates, announced_keys, published, text, rules)
    if event is not None and not preview and event.edition is not None:
        # "The 2026 Dakar Rally finishes on Saturday": the end of the event reported on, still
        # running, is no event to come
        upcoming = [
            u
            for u in upcoming
            if normalise_name(u.name) in next_editions or not _end_of_reported(u, event, candidates)
        ]
    if event is not None and not upcoming and published is not None:
        announced = _announced_dates(lines, candidates, published)
        named = (_next_named(announced, rules) or _apposed_name(announced, rules)) if announced else None
        if announced is not None and named is not None:
            # "Il prossimo appuntamento sarà la Dakar, dal 2 al 16 gennaio": a next event whose
            # name has no event word
            item, span, _, _ = announced
            upcoming.append(
                UpcomingEvent(
                    name=text[named[0] : named[1]],
                    start=span.first.isoformat(),
                    end=span.last.isoformat(),
                    evidence=[
                        Evidence(named[0], named[1], text[named[0] : named[1]]),
                        Evidence(item.start, item.end, item.text),
                    ],
                )
            )
        elif announced is not None:
            # "La prueba se disputará del 30 de marzo al 4 de abril": the release's own event
            item, span, _, _ = announced
            upcoming.append(
                UpcomingEvent(
                    name=event.name,
                    start=span.first.isoformat(),
                    end=span.last.isoformat(),
                    championship=event.championship,
                    evidence=[*event.evidence, Evidence(item.start, item.end, item.text)],
                )
            )
    if preview and event is not None and published is not None:
        own = _own_dates(lines, upcoming, published)
        _widen_to_lead_range(event, upcoming, own)
        if own is not None and not any(_same_event(event.name, u.name) for u in upcoming):
            # "… al via della 110ª edizione della corsa, in programma dal 30 aprile al 2 maggio": a
            # preview's lead gives its own event's dates without naming it again
            upcoming.insert(
                0,
                UpcomingEvent(
                    name=event.name,
                    start=own.value.first.isoformat(),
                    end=own.value.last.isoformat(),
                    championship=event.championship,
                    evidence=[*event.evidence, Evidence(own.start, own.end, own.text)],
                ),
            )
    return EventReading(event=event, upcoming=upcoming, preview=preview)


# Places an event's recap tells at least (a line-up's "twelfth at last month's Rallye du Maroc"
# is a rider's record, no recap)
_RECAP_PLACES = 3


_NEXT_EDITION_WINDOW = 40  # characters before an announced event's name


def _told_as_next_edition(upcoming: UpcomingEvent, text: str, rules: Rules) -> bool:
    """ "The next edition of the Africa Eco Race starts on …": the words right before the name
    announce its next edition (the language file's `next_edition_words`)."""
    named = upcoming.evidence[0].start
    return rules.next_edition_words.search(text, max(0, named - _NEXT_EDITION_WINDOW), named) is not None


def _recapped_event(
    candidates: list[Candidate],
    upcoming: list[UpcomingEvent],
    result_starts: list[int],
    published: date | None,
) -> Candidate | None:
    """ "RÜCKBLICK: BAJA PORTALEGRE 500 … Henning Brakelmann … siegte": the event named last
    before the first place read, when it is none of the events announced and no past year's
    edition (a line-up's "Dakar 2026" over last year's places is history), and the places that
    follow are a recap's, several."""
    if len(result_starts) < _RECAP_PLACES:
        return None
    named = [c for c in candidates if c.end <= result_starts[0]]
    if not named:
        return None
    last = named[-1]
    if any(_same_event(last.name, u.name) for u in upcoming):
        return None
    if last.year is not None and published is not None and last.year < published.year:
        return None
    return last


def _end_of_reported(upcoming: UpcomingEvent, event: Event, candidates: list[Candidate]) -> bool:
    """The dates given are those of the event reported on, in its edition, and the release speaks
    of that event elsewhere too ("its first Dakar Rally stage win … The 2026 Dakar Rally finishes
    on Saturday"), not only where it announces it ("De volgende wedstrijd is de Baja …")."""
    if upcoming.start is None or int(upcoming.start[:4]) != event.edition:
        return False
    if not _same_event(upcoming.name, event.name) or _edition_named(upcoming, candidates) not in (
        None,
        event.edition,
    ):
        return False
    named_at = {e.start for e in upcoming.evidence}
    dated = next((c.sentence for c in candidates if c.start in named_at), None)
    return any(_same_event(c.name, event.name) and c.sentence is not dated for c in candidates)


def _names_the_publisher(candidate: Candidate, rules: Rules) -> bool:
    """The candidate and a press release's label make the whole line ("REDBACK RALLY RAID – MEDIA
    RELEASE", "Team Ardennes Raid – Communiqué de presse"): a kicker naming the publisher."""
    line = candidate.line
    rest = line.raw[: candidate.start - line.start] + " " + line.raw[candidate.end - line.start :]
    return rest.strip(" \t–—-|:·#*").lower() in rules.release_labels


def _finish_of_running_event(
    upcoming: UpcomingEvent, lines: list[Line], candidates: list[Candidate], published: date
) -> bool:
    """A release with stages run that dates its headline's event by one day in the next two is
    telling when that event finishes, not announcing it ("Rally Costa de la Luz: … tras la primera
    etapa" over "El Rally Costa de la Luz finaliza mañana, sábado 13 de junio")."""
    if upcoming.start is None or upcoming.start != upcoming.end:
        return False
    if not 0 <= (date.fromisoformat(upcoming.start) - published).days <= _FINISH_SOON_DAYS:
        return False
    return any(c.line is lines[0] and _same_event(c.name, upcoming.name) for c in candidates)


def _lead_announces_headline_event(
    heads: list[Line],
    lines: list[Line],
    candidates: list[Candidate],
    upcoming: list[UpcomingEvent],
    published: date | None,
) -> bool:
    """The headline names an event and the lead gives dates in the coming weeks that no other
    event takes ("# Mit drei Fahrzeugen zur Rallye du Maroc" over "Der Lauf … wird vom 10. bis
    15. Oktober ausgetragen"): a preview, whatever past results it recalls."""
    if published is None or not any(c.line is head for c in candidates for head in heads):
        return False
    own = _own_dates(lines, upcoming, published)
    return own is not None and (own.value.first - published).days <= _PREVIEW_SOON_DAYS


def _widen_to_lead_range(event: Event, upcoming: list[UpcomingEvent], own: Item | None) -> None:
    """ "La prueba se disputará del 12 al 15 de marzo … arrancará con el shakedown el jueves 12 de
    marzo": a preview's event dated by one day that the lead's range `own` holds runs over it."""
    if own is None:
        return
    for u in upcoming:
        if (
            _same_event(event.name, u.name)
            and u.start is not None
            and u.start == u.end
            and own.value.first <= date.fromisoformat(u.start) <= own.value.last
        ):
            u.start, u.end = own.value.first.isoformat(), own.value.last.isoformat()
            u.evidence = [*u.evidence[:1], Evidence(own.start, own.end, own.text)]


def _own_dates(lines: list[Line], upcoming: list[UpcomingEvent], published: date) -> Item | None:
    """The first future date range of a preview's lead paragraph that no announced event took."""
    taken = {e.start for u in upcoming for e in u.evidence}
    found = lead_index(lines)
    if found is None:
        return None
    # (a standfirst long enough to be taken for the lead may stand before the dateline's paragraph)
    for lead in lines[found : found + 2]:
        for sentence in lead.sentences:
            for item in sentence.items:
                if (
                    item.kind == "DATE"
                    and item.value.is_range
                    and item.value.first > published
                    and item.start not in taken
                ):
                    return item
    return None


def _finish_day(sentence: Sentence, item: Item, candidates: list[Candidate]) -> Item | None:
    """ "start op 27 december in Monaco en finisht op 11 januari": a second single date later in
    the sentence, within two months and with no other event named between, is the last day."""
    later = [it for it in sentence.items if it.kind == "DATE" and it.start > item.end]
    if not later or later[0].value.is_range:
        return None
    first, last = item.value.first, later[0].value.first
    if not 0 < (last - first).days <= 60:
        return None
    if any(item.end <= c.start < later[0].start for c in candidates):
        return None
    return later[0]


def _launches(headline: Line) -> bool:
    """A headline that presents a car, a team or a programme ("unveils", "präsentiert", "svela")."""
    return any(it.kind == "LAUNCH" for sentence in headline.sentences for it in sentence.items)


def _same_event(first: str, second: str) -> bool:
    """Two names of one event, as the contract matches them: one's words inside the other's, or
    a word-set Jaccard of at least 0.5."""
    a, b = set(normalise_name(first).split()), set(normalise_name(second).split())
    if not a or not b:
        return False
    if a <= b or b <= a:
        return True
    # ("Rally van Wallonië" is not "Rally van Haspengouw": "van" is no shared word of a name)
    a, b = a - _connectors(), b - _connectors()
    shared = (a & b) - _event_words() - _acronyms(first) - _acronyms(second)
    if not shared:
        return False  # "ADAC Rallye Wartburg" is not "ADAC Rallye Erzgebirge": no shared own word
    leading = {
        next((w for w in normalise_name(name).split() if w in own and w not in _event_words()), None)
        for name, own in ((first, a), (second, b))
    }
    if not shared & leading:
        return False  # "Malton Forest Rally" is not "Trackrod Forest Rally": each its own first word
    return bool(a | b) and len(a & b) / len(a | b) >= 0.5


@cache
def _event_words() -> frozenset[str]:
    return frozenset(normalise_name(str(w)) for w in load_base()["event_words"])


def _acronyms(name: str) -> frozenset[str]:
    """The organisers' and series' initials in a name ("ADAC", "FIA"): no word of the event's own."""
    return frozenset(normalise_name(w) for w in name.split() if len(w) >= 2 and w.isupper() and w.isalpha())


@cache
def _connectors() -> frozenset[str]:
    """The small words that join an event's name ("van", "du", "of"), the same in every language."""
    return frozenset(normalise_name(str(w)) for w in load_base()["event_connectors"])


def _next_named(announced: tuple[Item, DateSpan, Sentence, Line], rules: Rules) -> tuple[int, int] | None:
    """Offsets of the capitalised name after a "next event" cue and before the date
    ("Prochain rendez-vous : le Critérium des Cévennes, du 22 au 24 octobre"), if any."""
    date_item, _, sentence, line = announced
    cue = next((it for it in sentence.items if it.kind == "UPCOMING" and it.j <= date_item.i), None)
    if cue is None:
        return None
    texts, lowers = line.texts, line.lowers
    k = cue.j
    while k < date_item.i and not (_is_cap(texts[k]) and lowers[k] not in rules.stop_words):
        if lowers[k] in rules.place_prepositions or texts[k] in (",", ";", "."):
            return None  # "in Arabia Saudita": a place, not the event
        k += 1
    if k >= date_item.i:
        return None
    end = k + 1
    while end < date_item.i and (
        _is_cap(texts[end])
        or (lowers[end] in rules.event_connectors and end + 1 < date_item.i and _is_cap(texts[end + 1]))
    ):
        end += 1
    last = texts[end - 1]
    glued = _GLUED_YEAR.fullmatch(last)  # "Prossimo appuntamento: #Dakar2027": a tag, its edition glued on
    return line.start + line.starts[k], line.start + line.starts[end - 1] + len(glued[1] if glued else last)


_GLUED_YEAR = re.compile(r"([^\W\d_]{3,})(?:19|20)\d\d")


def _apposed_name(
    announced: tuple[Item, DateSpan, Sentence, Line], rules: Rules, after_article: bool = False
) -> tuple[int, int] | None:
    """Offsets of a capitalised name set off by commas before the dates, after an article or a
    comma ("all'ultimo appuntamento stagionale, il Tuscan Rewind, in programma dal 20 al 22
    novembre"): the round those dates are of; not a place after a preposition ("based in Castle
    Douglas,"). `after_article`: only after an article ("el Dakar, del 2 al 16 de enero"; not
    "Montpellier, Quebec, from July 31"), and no championship ("del Mundial, del 10 al 13")."""
    date_item, _, _, line = announced
    texts, lowers = line.texts, line.lowers
    comma = date_item.i - 1
    while comma >= 0 and texts[comma] != "," and not _is_cap(texts[comma]):
        comma -= 1  # "in programma dal": the cue's lower-case words between the name and the dates
    if comma <= 0 or texts[comma] != ",":
        return None
    start = comma
    while start > 0 and (
        _is_cap(texts[start - 1])
        or (lowers[start - 1] in rules.event_connectors and start - 2 >= 0 and _is_cap(texts[start - 2]))
    ):
        start -= 1
    if start == comma or start == 0 or lowers[start] in rules.stop_words:
        return None
    before = lowers[start - 1]
    if before != "," and before not in rules.determiners:
        return None
    if after_article and (before == "," or _names_a_championship(lowers[start:comma], rules)):
        return None
    return line.start + line.starts[start], line.start + line.starts[comma - 1] + len(texts[comma - 1])


def _names_a_championship(words: list[str], rules: Rules) -> bool:
    """ "del Mundial", "la Coupe de France", "la Peugeot Rally Cup": a championship's or a cup's
    name; not "la Merzouga Desert Cup", a cup's word closing a place's name (an event's)."""
    return (
        any(w in rules.championship_words and w not in rules.cup_words for w in words)
        or words[0] in rules.cup_words
        or not rules.make_words.isdisjoint(words)
    )


def _announced_dates(
    lines: list[Line], candidates: list[Candidate], published: date
) -> tuple[Item, DateSpan, Sentence, Line] | None:
    """A future date range in a sentence that names no event but announces one."""
    for line in lines:
        for sentence in line.sentences:
            if any(c.sentence is sentence for c in candidates):
                continue
            kinds = {it.kind for it in sentence.items}
            if not kinds & {"ROUND", "UPCOMING"}:
                continue
            for item in sentence.items:
                if (
                    item.kind == "DATE"
                    and item.value.is_range
                    and item.value.first > published
                    # ("concluiu a prova marroquina, disputada de 4 a 9 de outubro": the days just
                    # run, not next year's)
                    and not _reported_days(item.value, sentence, published)
                ):
                    return item, item.value, sentence, line
    return None


def _undated_names(line: Line, candidates: list[Candidate]) -> list[Candidate]:
    """The events a line names when it holds no date: a wrapped line's, dated on the next one."""
    if any(it.kind == "DATE" for sentence in line.sentences for it in sentence.items):
        return []
    words = [text for text in line.texts if text.isalpha()]
    if words and words[-1].islower():
        return []  # ("… vrijdag 19 en zaterdag" over "20 juni 2026.": a date cut in two, not a name's)
    return [c for c in candidates if c.line is line]


def _upcoming(
    lines: list[Line], candidates: list[Candidate], published: date | None, text: str, rules: Rules
) -> list[UpcomingEvent]:
    """Events paired with a date on or after publication, nearest name before the date."""
    if published is None:
        return []
    found: dict[str, UpcomingEvent] = {}
    above: Line | None = None
    for line in lines:
        # ("PRÓXIMA PROVA: Rali do Huambo (4.ª prova do CNR 2026)," over "de 10 a 12 de julho de
        # 2026.": a wrapped line's event, dated at the start of the line under it)
        carried = (
            _undated_names(above, candidates) if above is not None and above.index == line.index - 1 else []
        )
        # (a heading of one event name right above the paragraph, a blank line between)
        heading_names = [c for c in candidates if above is not None and c.line is above]
        heading = (
            heading_names[0]
            if above is not None
            and len(heading_names) == 1
            and above.index >= line.index - 2
            and len(above.sentences) == 1
            and not above.raw.rstrip().endswith(SENTENCE_ENDS)
            else None
        )
        above = line
        if _row_of_an_event_run(line):
            continue
        for n, sentence in enumerate(line.sentences):
            in_sentence = [c for c in candidates if c.sentence is sentence]
            previous_end = sentence.start
            ranged: tuple[str, Candidate, Item] | None = None  # the event a range of this sentence dated
            for item in sentence.items:
                if item.kind != "DATE":
                    continue
                span: DateSpan = item.value
                window = [c for c in in_sentence if previous_end <= c.start and c.end <= item.start]
                previous_end = item.end
                if span.first <= published or _reported_days(span, sentence, published):
                    continue
                last_day = _finish_day(sentence, item, in_sentence) if not span.is_range else None
                chosen = window[-1] if window else None
                moved = False
                if (
                    chosen is None
                    and ranged is not None
                    and span.is_range
                    and not any(_is_cap(text) for text in line.texts[ranged[2].j : item.i])
                ):
                    # ("originally scheduled for 12–14 June, will now run from 19 to 21 June": a
                    # second range of one event in a sentence, with nothing named between, is its
                    # new dates; not "… Jan. 29–30, followed by the Rally in the 100 Acre Wood …")
                    key, chosen, _ = ranged
                    moved = True
                if chosen is None and carried and n == 0 and item is sentence.items[0]:
                    chosen = carried[0]
                if (
                    chosen is None
                    and n > 0
                    and span.is_range
                    and item is sentence.items[0]
                    and not in_sentence
                ):
                    # ("… sein Aufgebot für die 49. Rallye Dakar bekanntgegeben. Vom 3. bis 17. Januar
                    # 2027 treten …": a sentence opening on dates and naming no event goes on with
                    # the one the sentence before it named last)
                    before = [c for c in candidates if c.sentence is line.sentences[n - 1]]
                    chosen = before[-1] if before else None
                if chosen is None:
                    after = [c for c in in_sentence if c.start >= item.end]
                    chosen = after[0] if after else None
                if chosen is None and span.is_range:
                    # ("el gran objetivo: el Dakar, del 2 al 16 de enero", "il Tuscan Rewind, in
                    # programma il 20 e 21 novembre": a name with no event word, set off before the
                    # dates)
                    named = _apposed_name((item, span, sentence, line), rules, after_article=True)
                    if named is not None:
                        chosen = Candidate(text[named[0] : named[1]], *named, None, sentence, line, named[1])
                if (
                    chosen is None
                    and span.is_range
                    and n == 0
                    and heading is not None
                    and not in_sentence
                    and any(it.kind == "ROUND" and it.j <= item.i for it in sentence.items)
                ):
                    # ("EL RALLYE COMUNIDAD DE MADRID – RACE" over "La prueba final del campeonato se
                    # disputará los días 20 y 21 de noviembre": the event the heading names, when the
                    # paragraph's first sentence speaks of "the event" and names none)
                    chosen = heading
                if chosen is None:
                    continue
                key = normalise_name(chosen.name)
                if span.is_range:
                    ranged = (key, chosen, item)
                if key in found and not moved:
                    continue
                found[key] = UpcomingEvent(
                    name=chosen.name,
                    start=span.first.isoformat(),
                    end=(last_day.value.first if last_day else span.last).isoformat(),
                    location=None,
                    championship=_championship_in(sentence),
                    evidence=sorted(
                        [
                            Evidence(chosen.start, chosen.end, text[chosen.start : chosen.end]),
                            Evidence(item.start, item.end, item.text),
                            *([Evidence(last_day.start, last_day.end, last_day.text)] if last_day else []),
                        ],
                        key=lambda e: e.start,
                    ),
                )
    return list(found.values())


def _row_of_an_event_run(line: Line) -> bool:
    """ "| 3 | Desafío Ruta 40 | 1–6 June | 3rd, Trucks |", "| Rallye Dakar | 3 – 17 janvier | 6e
    Camions |": a season's table row that gives the crew's place (an ordinal opening the last cell)
    or retirement is an event already run, whatever year its date without one falls in next."""
    if not may_have_cells(line.raw):
        return False
    cells = split_cells(line.raw)
    if len(cells) < 3:
        return False
    last_cell = line.start + line.raw.rindex(cells[-1])
    return any(
        it.kind in ("POS", "RETIRE") or (it.kind == "ORD" and it.start == last_cell)
        for it in line.all_items()
    )


# Days before publication that a date without a year names when no upcoming cue stands beside it
_RECENT_PAST_DAYS = 31


def _reported_days(span: DateSpan, sentence: Sentence, published: date) -> bool:
    """ "Afgelopen zaterdag, 12 september" in a mail of the 14th: a date without a year that fell in
    the month before publication is the event reported on, not next year's, unless the sentence
    announces it ("la novena edición … se disputará del 27 de septiembre al 3 de octubre")."""
    if span.has_year or any(it.kind == "UPCOMING" for it in sentence.items):
        return False
    try:
        a_year_before = span.first.replace(year=span.first.year - 1)
    except ValueError:  # 29 February
        return False
    return 0 <= (published - a_year_before).days <= _RECENT_PAST_DAYS


def _championship_in(sentence: Sentence) -> str | None:
    for item in sentence.items:
        if item.kind == "CHAMP":
            return str(item.value)
    return None


def _reported_event(
    lines: list[Line],
    candidates: list[Candidate],
    upcoming_keys: set[str],
    published: date | None,
    text: str,
    rules: Rules,
) -> Event | None:
    if not candidates:
        return None
    scores: dict[str, float] = {}
    first: dict[str, Candidate] = {}
    # ("REDBACK RALLY RAID – MEDIA RELEASE" over "Ibarrola wins a stage … as Redback closes the
    # Rallye du Maroc": a kicker naming the publisher; the headline is the line under it)
    headline_line = lines[0]
    if len(lines) > 1 and any(c.line is lines[0] and _names_the_publisher(c, rules) for c in candidates):
        headline_line = lines[1]
    years: dict[str, list[int]] = {}
    for rank, candidate in enumerate(candidates):
        key = normalise_name(candidate.name)
        first.setdefault(key, candidate)
        # A year beside the name marks the edition reported on; a past year, an old edition.
        current = published is None or (candidate.year is not None and candidate.year >= published.year - 1)
        bonus = (2.0 if current else -1.0) if candidate.year else 0.0
        headline = 1.5 if candidate.line is headline_line else 0.0  # the headline names the event
        score = 1.0 + bonus + headline - rank * 0.001
        scores[key] = scores.get(key, 0.0) + score
        if candidate.year:
            years.setdefault(key, []).append(candidate.year)
    reported = [k for k in scores if k not in upcoming_keys] or list(scores)
    best = max(reported, key=lambda k: scores[k])
    chosen = first[best]
    edition_years = years.get(best)
    if edition_years:
        # (the year named most; on a tie a current one over a past edition's, "chiude il Rallye du
        # Maroc 2026" over "rispetto al Rallye du Maroc 2024")
        edition = max(
            set(edition_years),
            key=lambda year: (
                edition_years.count(year),
                published is None or year >= published.year - 1,
                -edition_years.index(year),
            ),
        )
    else:
        edition = published.year if published else None
    championship, round_number = _championship_and_round(lines, chosen)
    evidence = [Evidence(chosen.start, chosen.evidence_end, text[chosen.start : chosen.evidence_end])]
    return Event(
        name=chosen.name, edition=edition, championship=championship, round=round_number, evidence=evidence
    )


def _championship_and_round(lines: list[Line], chosen: Candidate) -> tuple[str | None, int | None]:
    """The championship named most near the event, and its round number where stated."""
    championship = None
    round_number = None
    for line in lines:
        for sentence in line.sentences:
            kinds = [it for it in sentence.items if it.kind in ("CHAMP", "ROUND_NO")]
            for item in kinds:
                if item.kind == "CHAMP" and championship is None:
                    championship = str(item.value)
                if (
                    item.kind == "ROUND_NO"
                    and round_number is None
                    and any(it.kind == "CHAMP" for it in sentence.items)
                ):
                    round_number = int(item.value)
    return championship, round_number
