"""Places, times and stage wins: who finished where, read sentence by sentence.

Within a sentence, crews named before a place take it ("A and B were second, C third"); a
run of places after a run of crews is handed out in order ("finished second and fourth"); a
win word is place 1. A sentence that names a stage makes stage results; otherwise places are
in the final classification, in the class the nearest class word names, else the one the
paragraph or the release is about. A duration after a place is that crew's time, or its gap
when a gap cue or a "+" marks it; penalties and winning margins are not times.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache

from extractor.extract.crews import CrewBook, names_a_stage, outside_brackets
from extractor.extract.dates import CLOCK_TIME
from extractor.extract.durations import DurationSpan
from extractor.extract.mentions import (
    PLACE_CODE,
    QUOTED_SENTENCE_ENDS,
    SENTENCE_BREAK,
    SENTENCE_ENDS,
    Category,
    Cup,
    Item,
    Line,
    Sentence,
    is_rule,
    lead_index,
)
from extractor.extract.tables import CLASS_ROLES, class_cell, class_place_number
from extractor.lexicon import load_base
from extractor.record import ClassResult, Duration, Evidence, StageResult
from extractor.segment import is_bullet

# (a handle names a crew its letters hold; a start number after an article, the crew racing it)
_CREW_KINDS = frozenset({"NAME", "WORD", "HANDLE", "CAR"})
# Whatever can stand for a crew: a sentence with none of these names no one.
_SUBJECT_KINDS = _CREW_KINDS | {
    "PRONOUN",
    "CREW_NOUN",
    "DEMONYM",
    "DESCRIPTOR",
    "ROLE",
    "OFFICIAL",
    "NARRATOR",
}
_CELL_BREAK = re.compile(r"\S(?:\s*\|\s*|\s{2,}|\t)(?=\S)")
_CELL_END = ("  ", "\t", "|", "| ")  # what a cell of an aligned row ends with before the next
_CUE_WINDOW = 4


@dataclass
class Draft:
    crew: str
    position: int
    stage: int | None
    class_label: str | None
    evidence: list[Item] = field(default_factory=list)
    time: Duration | None = None
    gap: Duration | None = None
    # "crossed the line fastest, but was handed a penalty": a win the sentence takes back
    undone: bool = False
    # "el más rápido en Rally2 …, undécimo de la etapa": the sentence gave this crew another
    # place on the same stage in another class
    beside: bool = False
    # "SS4 Hofstede en Kühnert (ex aequo)": a place this crew shares with another
    shared: bool = False
    # read from a row of a results table or list: the organiser's classification, which outranks
    # what prose seems to say
    tabled: bool = False
    # "el mejor tiempo en cinco de los nueve tramos (TC1, TC5 y TC9)": one of the stages a count
    # of wins listed, whose time the sentence does not give
    listed: bool = False
    # a time told with a timekeeper's correction ("ha corretto il tempo di X sulla PS12: 7'41"9"),
    # which replaces the time reported with the place
    corrected: bool = False


def _counted_wins_as_wins(items: list[Item]) -> list[Item]:
    """ "took their first stage win", "deuxième victoire d'étape", where the stage is known: the
    count's newest win is a win on that stage."""
    return [replace(it, kind="WIN", value="stage") if it.kind == "WIN_COUNT" else it for it in items]


def _labels_the_line(item: Item, line: Line) -> bool:
    """ "• Étape 1 : …", "SS4: …": the item opens the line as its label, a colon after it."""
    before = line.raw[: item.start - line.start].strip(" •*-–>#\t")
    after = line.raw[item.end - line.start :].lstrip()
    return not before and after.startswith(":")


def _class_of(item: Item) -> str | None:
    if item.kind == "CLASS":
        return item.value
    if item.kind == "WIN" and item.value == "overall":
        return "overall"  # "Gesamtsieg": a win whose word says it is the overall one
    if item.kind == "OVERALL":
        # "Secondi nella classifica finale": the final standings of the release's own class
        # ("het eindklassement van de Rally2-klasse", "la general de camiones": the standings of
        # the class named right after the word, not the overall)
        return None if item.value in ("final", "of-class") else "overall"
    return None


def _clause(items: list[Item], index: int) -> list[Item]:
    """The items of the clause around items[index]: up to the nearest comma or "and" each side."""
    low, high = index, index
    while low > 0 and items[low - 1].kind not in ("COMMA", "CONJ"):
        low -= 1
    while high + 1 < len(items) and items[high + 1].kind not in ("COMMA", "CONJ"):
        high += 1
    return items[low : high + 1]


def _first_label_beside_a_place(
    lines: list[Line], with_overall: bool, after_unclassed: bool = True, fields: frozenset[str] = frozenset()
) -> str | None:
    """The first class (or, `with_overall`, "overall") named in a sentence with a place or a win.

    Unless `after_unclassed`, a class that opens its sentence ("In Rally4 il successo è andato
    a …") after places told before any class was named is that paragraph's topic, not the
    release's; so is a class won by crews not placed before, unless it is one of `fields` (a
    rally-raid's Bikes or Trucks, which a release may be about)."""
    unclassed = False  # a crew placed before any class is named
    named = False  # a class named so far
    placed: set[str] = set()  # the words of the names placed before any class
    for line in lines:
        for sentence in line.sentences:
            if any(it.kind in ("POS", "WIN") for it in sentence.items):
                names: set[str] = set()  # the words of the names this sentence places
                if not after_unclassed:
                    names = {word for it in sentence.items if it.kind == "NAME" for word in it.text.split()}
                    # ("In der DRM-Junior-Wertung feierte …": the championship's name before its class)
                    opening = next((it for it in sentence.items if it.kind != "CHAMP"), sentence.items[0])
                    if unclassed and _class_of(opening) not in (None, "overall"):
                        return None
                    if not named and _places_no_class(sentence):
                        unclassed = True
                        placed.update(
                            w for it in sentence.items if it.kind in _CREW_KINDS for w in it.text.split()
                        )
                for item in sentence.items:
                    label = _class_of(item)
                    if label and (with_overall or label != "overall") and not isinstance(label, Category):
                        if (
                            not after_unclassed
                            and unclassed
                            and names
                            and not names & placed
                            and str(label) not in fields
                            # (not "lag das Duo … vor Szalai/Tóth und holte … den Sieg in der Rally2")
                            and not any(it.kind in ("PRONOUN", "CREW_NOUN") for it in sentence.items)
                        ):
                            # ("Simão Avelar e Inês Quintela ganharam a Rally4" after the winners
                            # of the event: a class's own crews, the topic of their paragraph; a
                            # rally-raid's field, "Trucks", may be what the release is about)
                            return None
                        return label
            if not after_unclassed:
                # (a class a teaser names with no place, "mais um Rally2 homologado", is no topic yet)
                labels = {
                    str(label) for it in sentence.items if (label := _class_of(it)) not in (None, "overall")
                }
                placing = any(it.kind in ("POS", "WIN") for it in sentence.items)
                named = named or bool(labels & fields) or (bool(labels) and placing)
    return None


def _places_no_class(sentence: Sentence) -> bool:
    """A crew placed in a sentence naming no class (not "Haudebourg, Vanderstraeten en Šťastný
    winnen de Atlas Desert Rally": a list of winners at once are several categories' winners)."""
    kinds = [it.kind for it in sentence.items]
    listed = any(
        kinds[k] in _CREW_KINDS and kinds[k + 1] == "COMMA" and kinds[k + 2] in _CREW_KINDS
        for k in range(len(kinds) - 2)
    )
    return (
        not listed
        and not any(_class_of(it) for it in sentence.items)
        and any(kind in _CREW_KINDS for kind in kinds)
    )


def default_class(lines: list[Line], vehicle_categories: frozenset[str] = frozenset()) -> str:
    """The class a release is about: the first class named in a sentence with a place or a win.

    A release that speaks of the overall classification beside its places is about that; a
    release whose headline or lead names a one-make cup is about the cup (its crews' overall
    places are said to be overall).
    """
    lead = lead_index(lines)
    for line in lines[: (lead if lead is not None else 0) + 1]:
        cup = next(
            (it.value for it in line.all_items() if it.kind == "CLASS" and isinstance(it.value, Cup)), None
        )
        if cup is not None:
            return cup
    for line in lines:
        for sentence in line.sentences:
            kinds = {it.kind for it in sentence.items}
            # ("segundos en la tercera etapa y ocupaban la séptima plaza de la general": a
            # stage's place and a standing held are not the release's overall result)
            # ("wonnen het Junior-klassement en werden negende in de eindstand": the final standings
            # beside a class's are everyone's)
            split = sum(it.kind in ("POS", "WIN") for it in sentence.items) >= 2 and "CLASS" in kinds
            # ("tercero de la general de camiones": the standings of a class are not everyone's)
            overall = any(
                it.kind == "OVERALL" and it.value != "of-class" and (it.value != "final" or split)
                for it in sentence.items
            )
            if kinds & {"POS", "WIN"} and overall and not kinds & {"STAGE_NO", "HOLDING"}:
                return "overall"
        labelled = [k for k, sentence in enumerate(line.sentences) if _labels_final_standings(sentence.items)]
        if labelled and (
            any(it.kind == "POS" for sentence in line.sentences[labelled[0] + 1 :] for it in sentence.items)
            # ("CLASSIFICA FINALE (top 5): 1. Lanzoni-Mazzoleni …": the list's first number ends it)
            or (
                line.sentences[labelled[0]].items[-1].kind == "NUMBER"
                and line.sentences[labelled[0]].items[-1].value == 1
            )
        ):
            return "overall"  # "Le classement final : 1. A/B …; 2. …"
    if _lead_win_without_class(lines):
        return "overall"
    first = _first_label_beside_a_place(
        lines, with_overall=True, after_unclassed=False, fields=vehicle_categories
    )
    return first or "overall"


def _won_class(items: list[Item], k: int) -> bool:
    """A class another crew won after the lead's winner ("…, enquanto A e B venceram, respetivamente,
    as classes RC3 e RC4"): the object of the sentence's last win, no class of the release."""
    if items[k].kind not in ("CLASS", "CLASS_MARKER"):
        return False
    won = next((n for n in range(k - 1, -1, -1) if items[n].kind in ("POS", "WIN", "ORD")), None)
    # (its winners named right before the verb; not "das Duo … holte damit auch den Sieg in der
    # Rally2-Wertung", the lead's winner again)
    return won is not None and items[won].kind == "WIN" and won > 0 and items[won - 1].kind in _CREW_KINDS


def _lead_win_without_class(lines: list[Line]) -> bool:
    """ "Estonia's Rasmus Põder won the Acropolis Rally Greece on Sunday, beating …": the lead's
    first sentence tells who won the event and the lead names no class, so its places are
    overall ones; a class named in a later paragraph ("In WRC2, …") is that paragraph's."""
    start = lead_index(lines)
    if start is None:
        return False
    lead = lines[start]
    if not any(it.kind == "NAME" for sentence in lead.sentences for it in sentence.items):
        # ("07.06.2026, 15:58 Uhr – Motorsport / Rallye-WM": a wire's slug line names no one;
        # the lead is the paragraph after it; after a mail's cover note, "nachfolgend unser
        # Abschlussbericht …", the next paragraph long enough to be prose)
        if start + 1 >= len(lines):
            return False
        after = lead_index(lines[start + 1 :]) or 0
        if any(
            it.kind in ("CLASS", "CLASS_MARKER", "OVERALL")
            for line in lines[start + 1 : start + 1 + after]
            for it in line.all_items()
        ):
            return False  # ("Trucks: Dekker maakt het af" over the paragraph: the class's section)
        lead = lines[start + 1 + after]
    sentences = lead.sentences
    if len(sentences) > 1 and not any(it.kind == "NAME" for it in sentences[0].items):
        sentences = sentences[1:]  # ("LEIBNITZ. Lukas Trummer und … haben … gewonnen": the dateline first)
    if not sentences:
        return False
    first = {it.kind for it in sentences[0].items if not it.quote}
    kinds = {
        it.kind
        for sentence in lead.sentences
        for k, it in enumerate(sentence.items)
        if not it.quote and not (sentence is not sentences[0] and _won_class(sentence.items, k))
    }
    # ("won the 2026 Otago Rally this afternoon, taking the opening round": today's win of the
    # event, named by its year or round, is the event's)
    today = "TODAY" in first and not first & {"YEAR", "ROUND"}
    return (
        "WIN" in first
        and "NAME" in first
        and not today
        and not first & {"STAGE", "STAGE_NO", "HOLDING"}
        and not kinds & {"CLASS", "CLASS_MARKER", "OVERALL"}
    )


def _duration_role(items: list[Item], index: int) -> str:
    """time, gap or ignore for the duration at items[index]."""
    duration = items[index]
    span: DurationSpan = duration.value
    window = [it for it in items[max(0, index - _CUE_WINDOW) : index] if it.j >= duration.i - _CUE_WINDOW]
    # ("segundos a 14,3 segundos con 1h 58m 57,0s": a cue before an earlier duration of the same
    # clause is that one's)
    earlier = [k for k, it in enumerate(window) if it.kind == "DURATION"]
    if earlier and not any(it.kind == "COMMA" for it in window[earlier[-1] :]):
        window = window[earlier[-1] + 1 :]
    after = []
    for offset, it in enumerate(items[index + 1 : index + 3], start=index + 1):
        if it.kind in ("COMMA", "CONJ") or it.i > duration.j + 2:
            # "venceu com 31h05m40s, à frente do baiano …", "con 3h 41' 02'' y llegó a …": the
            # next clause's
            break
        following = offset + 1
        while following < len(items) and items[following].kind == "APPROX":
            following += 1  # ("en 9'47''6 pour revenir à moins de cinq secondes")
        if following < len(items) and items[following].kind == "DURATION":
            break  # "een totaaltijd van 19h41m07s op 4m12s": the cue is the next duration's
        after.append(it)
    near = {it.kind for it in window} | {it.kind for it in after}
    if index > 0 and items[index - 1].kind == "APPROX" and items[index - 1].j == duration.i:
        return "ignore"  # "di oltre quattro minuti", "more than four minutes": no one's time
    if "PENALTY" in near or "DENY" in near:
        return "ignore"  # "a penalty of 20 s", "a spin cost him 11 seconds"
    if (
        not span.signed
        and any(it.kind == "TOTAL" for it in window[-2:])
        and not any(it.kind == "GAP" for it in window)
    ):
        return "time"  # "een totale tijd van 17u 41min 08s op de klok": the total, "op" or not
    if span.signed or "GAP" in near:
        return "gap"
    if "MARGIN" in near:
        return "ignore"
    return "time"


# A stage's name right after its number: quoted, in brackets, or capitalised words ("SP 2
# „Kienberg\"", "la PE7 (María Las Cruces 1)", "la PS10 Colle San Magno")
_STAGE_NAME = re.compile(
    r"\s*(?:[„“”«\"][^\W\d_][^„“”«»\"\n]{0,39}[“”»\"]|['‘][^\W\d_][^'‘’\n]{0,39}['’]"
    r"|\([^\W\d_][^()\n]{0,39}\)"
    r"|(?P<bare>[^\W\d_][\w'’-]*(?:\s(?:[^\W\d_][\w'’-]*|\d{1,2}\b))*))"
)


def _stage_groups(items: list[Item], line: Line | None = None) -> list[tuple[int, list[int]]]:
    """(item index, stage numbers) for each run of stage numbers ("stages 3 and 5", "SP 2
    „Kienberg\", SP 5 „Preitenegg\" und SP 12 „Preitenegg 2\"": a stage's name is no word
    between)."""
    groups: list[tuple[int, list[int]]] = []
    current: list[int] = []
    anchor = -1
    reach = -1  # the token where the run could go on
    named_until = -1  # the end (in the text) of the last stage's name
    for index, item in enumerate(items):
        if current and item.start < named_until and item.kind != "STAGE_NO":
            reach = max(reach, item.j)
            continue
        if item.kind == "STAGE_NO":
            named_until = _stage_name_end(line, item, items[index + 1 :])
            # ("de l'ES11 et de l'ES12", "della PS2 e della PS9": the article again after "and")
            slack = 3 if index > 0 and items[index - 1].kind == "CONJ" else 1
            if current and item.i > reach + slack:
                # "la première spéciale, samedi matin, … l'ES 6": words between end the run
                groups.append((anchor, current))
                current = []
            if not current:
                anchor = index
            current.append(int(item.value))
            reach = item.j
        elif current and (
            item.kind in ("CONJ", "COMMA")
            or (_joins_stages(item) and index + 1 < len(items) and items[index + 1].kind == "STAGE_NO")
        ):
            # ("il prologo di venerdì e il secondo settore": a day told after a stage keeps the run
            # going to the "and")
            reach = item.j if item.i <= reach + (3 if item.kind == "CONJ" else 1) else reach
            continue
        elif current:
            groups.append((anchor, current))
            current = []
    if current:
        groups.append((anchor, current))
    return [group for group in groups if not _prologue_and_counted_stages(items, group[0])]


def _prologue_and_counted_stages(items: list[Item], index: int) -> bool:
    """ "hanno coperto il prologo e le cinque tappe in 15h 42' 10''", "nach dem Prolog und sieben
    Prüfungen": the prologue and a count of the stages after it are the whole event, no stage."""
    kinds = [it.kind for it in items[index : index + 4]]
    return items[index].value == 0 and kinds == ["STAGE_NO", "CONJ", "CARD", "STAGE"]


def _stage_name_end(line: Line | None, stage: Item, following: list[Item]) -> int:
    """Where the name written right after `stage` ends (in the text), when a comma or "and" and
    another stage's number follow it: a list of stages by number and name. -1 otherwise."""
    if line is None:
        return -1
    name = _STAGE_NAME.match(line.raw, stage.end - line.start)
    if name is None or not name.group().strip():
        return -1
    if name.group("bare") and not all(word[0].isupper() or word.isdigit() for word in name.group().split()):
        return -1  # "SS4 and then repeated …": words of the sentence, no name
    end = line.start + name.end()
    after = [it for it in following if it.start >= end]
    if len(after) >= 2 and _joins_stages(after[0]) and after[1].kind == "STAGE_NO":
        return end
    return -1


def _joins_stages(item: Item) -> bool:
    """A comma or "and" between two stages of a list; also a comma and an article the gap cues
    took (", a PE6" in Portuguese, where "a" also opens a gap: "a 48 segundos")."""
    return item.kind in ("COMMA", "CONJ") or (item.kind == "GAP" and item.text.startswith(","))


def _narrator_crew(book: CrewBook) -> tuple[str, Item] | None:
    """A first-person release's author's crew and its first mention: who "we" and "I" are."""
    if book.narrator is None:
        return None
    mentions = [m for p in book.persons.values() if p.crew == book.narrator for m in p.mentions]
    return (book.narrator, min(mentions, key=lambda m: m.start)) if mentions else None


def read_results(
    lines: list[Line],
    book: CrewBook,
    published_year: int | None = None,
    drops_subject: bool = False,
    season_launch: bool = False,
    vehicle_categories: frozenset[str] = frozenset(),
    prompts: frozenset[int] = frozenset(),
    speakers: dict[int, tuple[int, int]] | None = None,
) -> tuple[list[ClassResult], list[StageResult]]:
    """The class and stage places the lines state. In a `season_launch` (mentions.is_season_launch)
    the champions a heading names won last season's titles, no places. `prompts` are the starts of
    an interview's questions (narrator.prompts): a question about one stage is its answer's.
    `speakers` are a transcript's labels (narrator.speakers): "we" in an answer is its speaker's crew."""
    fallback_class = default_class(lines, vehicle_categories)
    _mark_tables_ranked_by_class(lines)
    book.car_numbers = _car_numbers(lines, book)
    _unmark_unknown_numbers(lines, book)
    drafts: list[Draft] = []
    narrator = _narrator_crew(book)
    final_named = any(_names_final_standings(line) for line in lines)
    mid_event = _mid_event(lines)
    memory = Memory(
        day_stage=_day_stage(lines, final_named),
        lead_stage=_lead_stage(lines),
        drops_subject=drops_subject,
        release_class=_first_label_beside_a_place(lines, with_overall=False),
        first_crew=narrator,
        narrator=narrator,
    )
    table_scope: tuple[str, object] | None = None
    section_scope: tuple[str, object] | None = None  # "## Trucks" over prose, then the table
    category_heading: str | None = None  # the category a heading of its own names ("MOTOREN")
    winners_list = False  # under a heading such as "Stage winners", "Die Bestzeiten"
    listed: dict[int, set[str]] = {}  # the winners a list gives each stage
    release_day = memory.day_stage
    section_class: str | None = None  # the class a stage's heading names beside it
    section_day: int | None = None  # the stage of a day's section ("Stage 4 – Wednesday …")
    days_told: set[int] = set()  # the stages of such sections so far (a stage named twice is one day)
    asked_stage: int | None = None  # the stage an interviewer's question named, for its answer
    class_winners_list = False  # under a heading such as "Class winners", "Die Klassensieger"
    class_winners_stage: int | None = None  # under "SS2 (212 km) – stage winners per category"
    standings_table = False  # under a heading such as "Standings after stage 9 (provisional)"
    final_section = False  # under a heading such as "Final result", "Endergebnis"
    # (in a season launch only: a final report's "LOS CAMPEONES" are the event's winners)
    champions_section = False  # under a heading such as "Last season's champions", "KAMPIOENEN 2026"
    standings_list = False  # under "Provisional standings after Stage 3 (our entries)"
    retirements_list = False  # under "RETIREMENTS", "AUSFÄLLE", "ABANDONS"
    crew_columns: dict[int, str] = {}  # "ES | Spéciale | km | Perrodin / Mugnier | Moëckli / Oberson"
    box_line = -1  # the last line of the fact box being read
    entry_box = False  # the box is an entry's heading line, its places on the next line
    previous_index = -1  # the line before, blank lines aside
    by_index = {line.index: line for line in lines}
    spills: set[int] = set()  # the lines that hold the time of the row above them
    titled_stage: int | None = None  # the stage a line names alone ("SS1 Zlín Super Special ✅")
    previous_end = -2
    # the release's own narrator and first crew while a transcript's speaker has the floor
    before_speakers: tuple[tuple[str, Item] | None, tuple[str, Item] | None] | None = None
    for line in lines:
        if is_rule(line.raw) or line.index in spills:
            continue  # ("GANADORES DE CLASE" over "------": the rule keeps what the heading opened)
        if speakers and line.start in speakers:
            before_speakers = before_speakers or (memory.narrator, memory.first_crew)
            memory.narrator = memory.first_crew = _speaker_crew(line, speakers[line.start], book)
        elif before_speakers is not None and any(not it.quote for it in line.all_items()):
            # ("### Karl-Erik Tamm / Mihkel Põder — …" after a crew's quotes: the release speaks
            # again in its own words, no longer a speaker's)
            memory.narrator, memory.first_crew = before_speakers
            before_speakers = None
        if (
            line.table_position is None
            and not line.second_line_of_row
            and not _is_prose(line)
            and _is_heading_length(line)
            and len(_CELL_BREAK.findall(line.raw)) < 2  # (not the table's own column header)
        ):
            # (a heading naming no class nor stage of its own, over rows that rank crews as they
            # stand; the titles of a season launch's champions are no places either)
            # ("Eindklassement (voorlopig)" is the final classification, provisional until protests)
            # ("FINAL CLASSIFICATION – RALLY FINLAND 2026 (after SS20)": after the last stage, final)
            # ("Tussenstand auto's:" over its rows, in a day's bulletin (`mid_event`): standings,
            # not "PROVISIONAL OVERALL TOP TEN" after the finish)
            opens_provisional = (
                mid_event
                and bool(line.sentences)
                and bool(line.sentences[0].items)
                and line.sentences[0].items[0].kind == "PROVISIONAL"
            )
            # ("Voorlopige stand na dag 1": provisional, after a day of the rally)
            heading_kinds = {it.kind for it in line.all_items()}
            standings_list = (
                "STAGE_AFTER" in heading_kinds
                or opens_provisional
                or {"PROVISIONAL", "AFTER"} <= heading_kinds
            ) and not _names_final_standings(line)
            champions_section = season_launch and line.names_champions
            # (a numbered row under it, "6   Kristóf SZŰCS … WP 9 – Motorschaden", is no place)
            items = line.all_items()
            retirements_list = bool(items) and all(it.kind == "RETIRE" for it in items)
        if crew_columns and _read_crew_columns_row(line, crew_columns, drafts):
            continue
        crew_columns = _crew_columns(line, book)
        opening = _stage_winners_from(line, winners_list)
        if opening is not None:
            _read_stage_winners(line, opening, book, drafts, listed)
            continue
        if class_winners_stage is not None and _read_class_winner(line, book, drafts, class_winners_stage):
            continue
        class_winners_stage = _heads_stage_class_winners(line, book)
        _read_class_winners_run_on(line, book, drafts)
        if (
            (class_winners_list or _opens_with_a_category(line))
            and not line.points_list
            and _read_class_winner(line, book, drafts)
        ):
            continue
        # (the column header and the rule of a winners table, "KP  Proef  km  Winnaar  Tijd", keep
        # the list open; the header alone opens it)
        # ("PE  NOME  KM  VENCEDOR  TEMPO" under "VENCEDORES DAS PROVAS ESPECIAIS": a header whose
        # stage column the language's words do not name keeps the list its heading opened)
        winners_list = (
            _names_stage_winners(line)
            or (_heads_table_columns(line, "STAGE") and (winners_list or _heads_a_winners_column(line)))
            or (winners_list and _heads_a_winners_column(line))
        )
        class_winners_list = _names_class_winners(line)
        heading = _heading_scope(line, second_list=any(d.tabled and d.stage is None for d in drafts))
        category_only = False  # ("MOTOREN", "Motos – RallyGP": a heading naming only a category)
        if heading is not None:
            table_scope = section_scope = heading
            category_only = all(it.kind in _CATEGORY_HEADING_KINDS for it in line.all_items())
            category_heading = (
                str(heading[1]) if heading[0] == "class" and line.all_items() and category_only else None
            )
        elif line.table_position is None and (_is_prose(line) or _short_sentence(line)):
            table_scope = None  # ("Kacper was ninth." under a day's heading: a sentence of it)
        elif (
            line.table_position is None
            and len(_CELL_BREAK.findall(line.raw)) < 2
            # ("🥈 Yolanda Quintanilla / Begoña Arrizabalaga: 2ª en SSV, tiempo total 16h 03m 12s"
            # under "RESULTADO FINAL": a crew's places, a line of the final result, no heading)
            and not (
                final_section
                and _names_a_crew(line, book)
                and any(it.kind in ("POS", "WIN") for it in line.all_items())
            )
        ):
            # another heading ("## Quotes", "Endergebnis Rallye Estland (Top 5)") ends the section
            # and the table
            table_scope = section_scope = None
            category_heading = None
        if line.table_position is not None and table_scope is None:
            table_scope = section_scope
        # ("Stage 4 – Wednesday 7 January, AlUla to Ha'il" over a day's paragraphs: their places
        # are places on that stage, as in the report of one day)
        if heading is not None:
            section_day = _day_heading(line)
            items = line.all_items()
            if section_day is not None and not (
                # ("KP7 Kamień Śląski (14,6 km) winst VAN DEN BROECK / DE SMEDT – 8:51,3": a flash's
                # line of a stage's winner, no day's section of a log)
                any(it.kind in ("WIN", "POS") for it in items) and any(it.kind in _CREW_KINDS for it in items)
            ):
                days_told.add(section_day)
            # "Truck standings after Stage 9 (provisional)": the rows under it rank crews as they
            # stand, no result
            # ("TOP 10 ALGEMEEN KLASSEMENT (voorlopig)" in the final report: provisional until the
            # stewards sign it, the result all the same)
            # ("Motos – RallyGP" under "Classificação geral após a etapa 3 (provisória)": a
            # category's table of the same standings)
            kinds = {it.kind for it in line.all_items()}
            standings_table = (
                (standings_table and category_only)
                or any(
                    it.kind == "STAGE_AFTER" and not _names_final_standings(line) for it in line.all_items()
                )
                # ("Général provisoire après 4 étapes (étape 3 annulée)": the provisional standings
                # after stages, whatever stage the heading names; not "TOP 10 ALGEMEEN KLASSEMENT
                # (voorlopig)", the result until the stewards sign it)
                or ({"PROVISIONAL", "AFTER"} <= kinds and not _names_final_standings(line))
            )
            final_section = _names_final_standings(line)
        elif section_scope is None:
            section_day = None
            standings_table = False
            final_section = False
        # (under "Classifica finale ufficiale" the places are the final ones, not the day's stage's)
        memory.day_stage = section_day if section_day is not None else None if final_section else release_day
        # ("LES POSITIONS À LA JOURNÉE DE REPOS" after the sections of stages 3 to 6: a recap of
        # days in the middle of a rally ranks crews as they stand, no final places)
        # (not under "## Final result" after the days of a log)
        standings = (
            len(days_told) >= 2
            and section_day is None
            and not final_section
            and not _names_final_standings(line)
        )
        if _dates_a_post(line):
            days_told.clear()  # ("Sa., 29.08.2026 · 14:20 Uhr · X": posts of a weekend, no days of stages)
        # ("stage", [n]) or ("class", label); rows of a table take their heading's scope.
        paragraph_scope = table_scope if line.table_position is not None else None
        if paragraph_scope == ("class", "overall") and _labelled_with_a_class(line):
            paragraph_scope = None  # "Motos: 6. X" under "RESULTADOS FINAIS": the row's own class
        if (
            titled_stage is not None
            and line.start == previous_end + 1
            and _places_without(line, _POSTED_PLACES)
        ):
            paragraph_scope = ("stage", [titled_stage])  # "SS1 Zlín Super Special ✅" over "Max/Sanna P5"
        if asked_stage is not None and _places_without(line, _ANSWERED_PLACES):
            paragraph_scope = ("stage", [asked_stage])  # "Then came stage three …?" over its answer
        titled_stage = _titles_a_stage(line.all_items(), book) if line.table_position is None else None
        asked_stage = _asks_about_a_stage(line, book) if line.start in prompts else None
        previous_end = line.end
        # ("## Motos … La octava etapa fue para X": a section heading's class is its paragraphs')
        if heading is not None and heading[0] == "stage":
            section_class = _heading_class(line)  # "Uitslag etappe 4 – Motoren": the stage, in a class
        elif section_scope is None or section_scope[0] != "stage":
            section_class = None
        memory.paragraph_class = (
            str(section_scope[1])
            if section_scope is not None and section_scope[0] == "class"
            else section_class
        )
        memory.section_class = category_heading
        memory.opening_crew = memory.paragraph_crew or memory.opening_crew
        memory.paragraph_crew = None
        labelled = _LABELLED_LINE.match(line.raw) is not None and line.table_position is None
        # ("#204 Thabo Mokoena / Wouter du Plessis – Ford Raptor T1+ (Ultimate)" over "2nd in
        # Ultimate, 2nd overall – total time 19h 42m 18s": an entry's heading, then its places)
        entry_follows = entry_box and box_line == previous_index and not _names_a_crew(line, book)
        if not ((labelled and box_line == line.index - 1) or entry_follows):
            memory.box_crew = None  # the box ends at a blank line or a line of another kind
            entry_box = False
        box_line = line.index if memory.box_crew is not None else -1
        previous_index = line.index
        if _labels_standings(line) or line.points_list:
            continue  # its places and times are standings, not results, nor times of places before
        drafts_before = len(drafts)
        named_before = memory.last_crew
        # (a list of provisional standings run on after its label, where the release gives the final
        # classification too: the stewards' word is the result)
        provisional_from = _labels_a_provisional_list(line) if final_named else None
        for n, sentence in enumerate(line.sentences):
            if n == provisional_from:
                break
            if line.table_position is None and _read_class_winners_sentence(sentence, line, book, drafts):
                continue
            paragraph_scope = _read_sentence(
                sentence, line, book, paragraph_scope, fallback_class, drafts, memory, published_year
            )
            titled = (
                _titles_a_stage(sentence.items, book) if line.posted and line.table_position is None else None
            )
            if titled is not None:
                # ("🔥🔥 PS3 È NOSTRA! Primo tempo di WRC2 per @ghira_rally …": a post that opens on a
                # stage alone tells its places on that stage)
                paragraph_scope = ("stage", [titled])
        if (
            memory.box_crew is None
            and memory.last_crew is not None
            and memory.last_crew is not named_before
            and (_names_one_crew(line, book) if labelled else _heads_an_entry(line, book))
        ):
            # "Tripulação: Rodrigo Amaral Pinheiro / Joana Sá Correia" opens a fact box: the lines
            # of labels under it ("Classificação: 3.º à geral – 1:28:47,5") are that crew's; so
            # does an entry's heading for the line under it
            memory.box_crew = memory.last_crew
            box_line = line.index
            entry_box = not labelled
        drafts.extend(_corrected_time(line, book))
        made = drafts[drafts_before:]
        row_label = _labels_the_rows_under_it(line)
        if row_label is not None:
            table_scope = ("class", row_label)
        if line.table_position is not None:
            # (a row with a time or a gap: a classification, not a points table's "1. X 142 Punkte")
            timed = any(it.kind == "DURATION" for it in line.all_items())
            spilled = _spilled_time(by_index.get(line.index + 1)) if not timed else None
            if spilled is not None:
                timed = True
                spills.add(line.index + 1)
                for draft in made:
                    if draft.stage is None and draft.time is None:
                        draft.time = spilled.value.duration
                        draft.evidence.append(spilled)
            made.extend(_class_places_of_row(line, made))
            drafts[drafts_before:] = made
            for draft in made:
                draft.tabled = timed
        standings_row = (
            (standings_table or standings_list or retirements_list) and line.table_position is not None
        ) or champions_section
        if standings or standings_row:
            # (a crew ranked there still competes: it stays a crew, without a place; a recap's
            # stage places stay)
            book.provisional -= {d.crew for d in made}
            drafts[drafts_before:] = [] if standings_row else [d for d in made if d.stage is not None]
    # A list of stage winners is the organiser's record: a win prose gives another crew on a
    # listed stage ("Hofstede won the closing stage" read against the wrong stage) goes.
    drafts = [d for d in drafts if not (d.position == 1 and d.crew not in listed.get(d.stage, {d.crew}))]
    if mid_event:
        # ("Positions after Leg 1 (SS8)" and no final classification: the event goes on, its
        # places so far are standings; the stages run are results)
        drafts = [d for d in drafts if d.stage is not None]
    if any(d.class_label and _CLASS_CODE.fullmatch(d.class_label) for d in drafts):
        aliases = _named_codes(lines)
        for draft in drafts:
            if draft.class_label in aliases:
                draft.class_label = aliases[draft.class_label]  # "Sechster der T4" in a release on "T4 SSV"
    return _finish(drafts, book)


def _named_codes(lines: list[Line]) -> dict[str, str]:
    """The codes a release writes before a class's name ("T4 SSV", "T3 Challenger"): the code alone
    elsewhere in it ("Sechster der T4") is that class."""
    aliases: dict[str, str] = {}
    for line in lines:
        for item in line.all_items():
            if item.kind == "CLASS" and isinstance(item.value, str) and " " in item.text:
                code = item.text.split()[0].upper()
                if _CLASS_CODE.fullmatch(code) and code != item.value.upper():
                    aliases.setdefault(code, item.value)
    return aliases


def _spilled_time(line: Line | None) -> Item | None:
    """The total time of a row written over two lines ("  1    3  A / B" over "         Škoda Fabia
    RS Rally2   Rally2   1:04:18.7"): the indented line right under it, no row of its own, or a
    line of the time alone, holds the row's one unsigned time."""
    if line is None or line.table_position is not None:
        return None
    items = line.all_items()
    if not line.raw[:1].isspace() and [it.kind for it in items] != ["DURATION"]:
        return None  # (unindented, the time alone: "1:06:08", a wrapper's break)
    times = [it for it in items if it.kind == "DURATION" and not it.value.signed]
    if len(times) != 1 or any(it.kind in _CREW_KINDS for it in items):
        return None
    return times[0]


def _labelled_with_a_class(line: Line) -> bool:
    """A row whose label before its place names a class ("Quadriciclos: 3. Radek HORÁK – …")."""
    end = line.table_label_end
    return end is not None and any(
        it.kind == "CLASS" and it.end <= line.start + end for it in line.all_items()
    )


def _mid_event(lines: list[Line]) -> bool:
    """A report from the middle of an event: a heading ranks crews as they stand after a stage
    and no line names the final classification."""
    heading_after = False
    for line in lines:
        if _names_final_standings(line) and (not _is_prose(line) or _final_standings_told(line)):
            return False
        if (
            line.table_position is None
            and not _is_prose(line)
            and _is_heading_length(line)
            and any(it.kind == "STAGE_AFTER" for it in line.all_items())
            # (not "SØNDERGAARD SECOND IN SARDINIA AFTER POWER STAGE FIGHTBACK": a headline's place)
            and not any(it.kind in ("POS", "WIN") for it in line.all_items())
        ):
            heading_after = True
    return heading_after


def _final_standings_told(line: Line) -> bool:
    """A sentence that names the final standings with a place or a crew in them ("Au classement
    final, X s'impose"), not one about them ("A classificação final será publicada após o período
    de reclamações": published tomorrow, the event goes on)."""
    return any(
        any(it.kind == "OVERALL" and it.value == "final" for it in sentence.items)
        and any(it.kind in ("POS", "WIN") or it.kind in _CREW_KINDS for it in sentence.items)
        for sentence in line.sentences
    )


def _opens_the_row(items: list[Item], positions: list[int], index: int) -> bool:
    """The place is the row's number ("10." of "10.  18 Petra Gottschalk …"), read once as the
    row's and once as written: the first place, or the same number before any name."""
    first = positions[0]
    return index == first or (
        items[index].value == items[first].value
        and not any(it.kind in _CREW_KINDS for it in items[first:index])
    )


def _row_has_a_class_column(line: Line, classes: list[Item]) -> bool:
    """A class of the row, or a code the language files do not list, stands in a column of its own."""
    return any(_in_class_cell(line, it.start - line.start, len(it.text)) for it in classes) or (
        _coded_class_column(line)
    )


def _coded_class_column(line: Line) -> bool:
    """A row holds a class code the language files do not list in a column of its own ("Mitsub.
    Evo IX  NC1  48:36,0")."""
    return any(
        _CLASS_CODE.fullmatch(text) and _in_class_cell(line, start, len(text))
        for text, start in zip(line.texts, line.starts, strict=True)
    )


def _in_class_cell(line: Line, at: int, length: int) -> bool:
    """Characters at..at+length of the row stand in its class column ("Kl.", "Class"), or in a
    column of their own in a row whose header was not read ("VW Polo GTI R5  RC2  47:19,1")."""
    if line.cells:
        return any(cell.role == "class" and cell.start <= at < cell.end for cell in line.cells)
    after = line.raw[at + length :]
    return line.raw[:at].endswith(_CELL_END) or not after or after.startswith(("  ", "\t", " |", "|"))


def _mark_tables_ranked_by_class(lines: list[Line]) -> None:
    """ "1 … Challenger … 5 … Challenger, 1 … SSV …": a table whose places start again at 1 where
    its class cell changes, and only there, ranks each class on its own."""
    tables: list[list[Line]] = [[]]
    for line in lines:
        if line.cells is not None and line.table_position is not None:
            tables[-1].append(line)
        elif line.raw.strip() and tables[-1]:
            tables.append([])
    for rows in tables:
        if len(rows) < 2 or any(row.row_class is None for row in rows):
            continue
        restarts = [k for k in range(1, len(rows)) if rows[k].row_class != rows[k - 1].row_class]
        ordered = all(
            rows[k].table_position == (1 if k in restarts else (rows[k - 1].table_position or 0) + 1)
            for k in range(1, len(rows))
        )
        if restarts and ordered and rows[0].table_position == 1:
            for row in rows:
                row.ranks_in_class = True


def _class_places_of_row(line: Line, made: list[Draft]) -> list[Draft]:
    """The class place a row of a classification gives beside its overall one, from a class-place
    column ("Klasse | Kl.-Pl.": "Rally2 | 3", "Class | Cl": "Rally2 | 3") or the class cell itself
    ("Classe (rang)": "Rally2 (3)")."""
    if not line.cells:
        return []
    label, place = None, None
    for cell in line.cells:
        if cell.role in CLASS_ROLES:
            text = line.raw[cell.start : cell.end]
            cell_label, cell_place = class_cell(text)
            if cell.role == "class_position" and cell_place is None:
                # "Class pos. 1", "1e in klasse": the one number of a class-place cell is the place
                cell_label, cell_place = None, class_place_number(text)
            label, place = label or cell_label, place or cell_place
    if label is None or place is None:
        return []
    # ("Classe | T1": a short code is kept as written, as a class named in prose is)
    label = label if _SHORT_CLASS_CODE.fullmatch(label) else line.row_class or label
    overall = [d for d in made if d.stage is None and (d.class_label or "overall") == "overall"]
    overall.sort(key=lambda d: d.time is None)  # (the row's place read with its time, if twice)
    return [Draft(d.crew, place, None, label, list(d.evidence), d.time, None) for d in overall[:1]]


_SHORT_CLASS_CODE = re.compile(r"[A-Z]{1,3}\d{1,2}\+?")


def _day_heading(line: Line) -> int | None:
    """The stage a heading opens a section about ("Etappe 4 – Sonntag, 4. Januar"): it starts
    with the stage's number. A bullet or a label naming a stage ("• Out on stage three",
    "Retired: A / B (SS9)") is a fact, not a section."""
    items = line.all_items()
    opened_at = 0  # the token the stage must follow: the line's start, or the date before it
    while items and items[0].kind in ("DATE", "DASH", "COMMA"):
        opened_at = items[0].j
        items = items[1:]  # ("MARDI 6 JANVIER – ÉTAPE 3 : AlUla > AlUla": the day's date first)
    if not items or items[0].kind != "STAGE_NO" or is_bullet(line.raw):
        return None
    if items[0].i - opened_at > 1:
        return None  # ("SAMEDI : LA CREVAISON DE L'ES5": a headline that mentions a stage)
    if sum(it.kind == "STAGE_NO" for it in items) > 1:
        return None
    return int(items[0].value)


_HEADING_OF_WINNERS = frozenset({"WIN", "STAGE", "ROUND", "CONJ"})  # ("Tramos y ganadores")


def _heads_winners_list(line: Line, kinds: frozenset[str]) -> bool:
    """A short heading of win words and `kinds` alone, a count in brackets aside ("Scratches por
    equipo (12 TC):"): it opens a list of winners."""
    items = outside_brackets(line.all_items())
    return (
        bool(items)
        and not _is_prose(line)
        and line.end - line.start <= 60
        and any(it.kind == "WIN" for it in items)
        and all(it.kind in kinds for it in items)
    )


def _car_numbers(lines: list[Line], book: CrewBook) -> dict[int, str]:
    """The crew each start number stands for, told beside it: in the brackets after the crew
    ("Rômulo Quintanilha (Toyota Hilux T1+ #305)"), after its name and role ("Marcelo Tavares
    Brandão, piloto da #305") or right before it ("a #318 de Heitor Gonçalves Mendonça"). A
    number told beside two crews stands for none."""
    owners: dict[int, set[str]] = {}
    for line in lines:
        if not line.start_numbers:
            continue
        for sentence in line.sentences:
            items = sentence.items
            for k, item in enumerate(items):
                if item.kind in ("NUMBER", "CAR") and item.i in line.start_numbers:
                    crew = _crew_beside_number(items, k, book)
                    if crew is not None:
                        owners.setdefault(int(item.value), set()).add(crew)
    return {number: next(iter(crews)) for number, crews in owners.items() if len(crews) == 1}


def _unmark_unknown_numbers(lines: list[Line], book: CrewBook) -> None:
    """ "el 504 firma además la undécima posición": a number with no mark ("#", "n°") after an
    article stands for a crew only when the release gave that number beside one; else it is a
    number again."""
    for line in lines:
        for sentence in line.sentences:
            for item in sentence.items:
                if (
                    item.kind == "CAR"
                    and item.i not in line.start_numbers
                    and int(item.value) not in book.car_numbers
                ):
                    item.kind = "NUMBER"


def _crew_beside_number(items: list[Item], k: int, book: CrewBook) -> str | None:
    """The crew named beside the start number at items[k]: back past brackets, commas, a role and
    the car's words (not past ";", which opens another clause), else the name right after it or
    after the car in brackets ("Camion n°402 (MAN TGS 4x4) : Benoît Ménard-Lefèvre (pilote)") or
    after "with" ("#512 mit Lukas Pfandlbauer").
    A number after an article refers to a crew ("… blieben Serviceunterstützung für die #512"): the
    names before it are others'."""
    for m in range(k - 1, max(-1, k - 6) if items[k].kind != "CAR" else k - 1, -1):
        before = items[m]
        if before.kind in ("NAME", "WORD") and (crew := book.resolve(before)) is not None:
            return crew
        if (
            before.kind not in ("NAME", "WORD", "OPEN", "COMMA", "ROLE", "CLASS", "NUMBER")
            or before.text == ";"
        ):
            break
    at = k + 1
    if at < len(items) and items[at].kind == "OPEN":
        at = next((m + 1 for m in range(at, min(at + 6, len(items))) if items[m].kind == "CLOSE"), len(items))
    if at < len(items) and items[at].kind == "WITH" and items[at].i - items[at - 1].j <= 1:
        at += 1  # ("Iveco Powerstar #512 mit Lukas Pfandlbauer, …")
    after = items[at] if at < len(items) else None
    if after is not None and after.kind in ("NAME", "WORD") and after.i - items[at - 1].j <= 1:
        return book.resolve(after)
    return None


def _names_stage_winners(line: Line) -> bool:
    """ "STAGE WINNERS", "## Die Bestzeiten", "Vencedores das classificativas": a short heading
    of win and stage words alone opens a list of stages and their winners."""
    if _heads_winners_list(line, _HEADING_OF_WINNERS):
        return True
    # ("Etappensiege der Can-Am-Kunden", "Stage wins for our customers": whose wins they list)
    items = line.all_items()
    words = [k for k, it in enumerate(items) if it.kind not in _HEADING_OF_WINNERS]
    return (
        ":" not in line.raw
        and bool(words)
        and words[0] > 0
        and all(items[k].kind == "WORD" for k in words)
        and _heads_winners_list(line, _HEADING_OF_WINNERS | {"WORD"})
    )


def _cell_of(line: Line, item: Item) -> int:
    """Which "|" cell of its line an item stands in."""
    return line.raw.count("|", 0, item.start - line.start)


def _crew_columns(line: Line, book: CrewBook) -> dict[int, str]:
    """ "ES | Spéciale | km | Perrodin / Mugnier | Moëckli / Oberson": a table with a column per
    crew, its stages as rows. The cells (by their number) that name one crew each."""
    if line.raw.count("|") < 2:
        return {}
    items = line.all_items()
    if not items or items[0].kind != "STAGE" or _cell_of(line, items[0]) != 0:
        return {}
    if any(it.kind in ("DURATION", "STAGE_NO", "POS") for it in items):
        return {}
    columns: dict[int, set[str]] = {}
    for item in items:
        crew = book.resolve(item) if item.kind in _CREW_KINDS else None
        if crew is not None:
            columns.setdefault(_cell_of(line, item), set()).add(crew)
    return {cell: crews.pop() for cell, crews in columns.items() if len(crews) == 1}


def _read_crew_columns_row(line: Line, columns: dict[int, str], drafts: list[Draft]) -> bool:
    """ "ES1 | Praz-de-Lys 1 | 14,62 | 9'44''8 (3e) | 9'52''1 (6e)": each crew's cell holds its
    time and its place on the row's stage. False for a line of another shape, which ends the table."""
    items = line.all_items()
    if not items or items[0].kind != "STAGE_NO" or _cell_of(line, items[0]) != 0:
        return False
    stage = int(items[0].value)
    for cell, crew in columns.items():
        inside = [it for it in items if _cell_of(line, it) == cell]
        place = next((it for it in inside if it.kind in ("POS", "ORD")), None)
        if place is None:
            continue
        made = Draft(crew, int(place.value), stage, None, [items[0], place])
        timed = next((it for it in inside if it.kind == "DURATION" and not it.value.signed), None)
        if timed is not None:
            made.time = timed.value.duration
            made.evidence.append(timed)
            made.tabled = True  # (a timed row outranks a place read in prose)
        drafts.append(made)
    return True


def _heads_a_winners_column(line: Line) -> bool:
    """ "KP  Proef  km  Winnaar  Tijd": a cell of the header is a win word ("Winnaar", "Meilleur
    temps"), not a gap column's "Dif. con el scratch"."""
    for item in line.all_items():
        if item.kind == "WIN":
            before = line.raw[: item.start - line.start]
            if not before.strip() or before.endswith(_CELL_END):
                return True
    return False


def _heads_table_columns(line: Line, *kinds: str) -> bool:
    """A table's column header ("TC   Tramo   Km   Ganador   Tiempo") or the rule under it
    ("-----"): cells apart by two spaces or more, no figure, no name; the rule has no words."""
    items = line.all_items()
    if not items:
        return not any(c.isalnum() for c in line.raw)
    return (
        len(_CELL_BREAK.findall(line.raw)) >= 2
        and not any(c.isdigit() for c in line.raw)
        and not any(it.kind == "NAME" for it in items)
        and all(any(it.kind == kind for it in items) for kind in kinds)
    )


_HEADING_OF_CLASS_WINNERS = frozenset({"WIN", "CLASS_MARKER"})


def _names_class_winners(line: Line) -> bool:
    """ "Class winners", "Die Klassensieger", "Vencedores por classe": a short heading of win and
    class words alone (no stage) opens a list of classes and their winners."""
    return _heads_winners_list(line, _HEADING_OF_CLASS_WINNERS)


# A class winners list's line: a bullet, the class as written ("Rally3", "Klasse NC3", "Maxi
# Rally", "Classic (pre-1986)"), a colon or dash, then the crew.
_CLASS_WINNER_LABEL = re.compile(
    r"^[\s•·*+>\-–—]*(?P<label>[^:–—]{1,30}?)\s*(?::|\s[-–—])\s*(?P<ranked>1[.)]\s*)?$"
)


def _read_class_winners_run_on(line: Line, book: CrewBook, drafts: list[Draft]) -> None:
    """ "Class winners: Rally2 – A / B; Rally4 – C / D (…), 1:21:44.9, 15th overall; Junior BRC – E
    / F": after a label of class winners, a class, a dash and the crew that won it, again after
    each semicolon, in the total time told with it. Read where two classes or more are so given
    (the places told beside them are read with the line's sentences)."""
    colon = line.raw.find(":")
    if line.table_position is not None or colon < 0:
        return
    items = line.all_items()
    label = [it for it in items if it.end <= line.start + colon]
    if not any(it.kind == "WIN" for it in label) or not all(
        it.kind in _HEADING_OF_CLASS_WINNERS for it in label
    ):
        return
    segments: list[tuple[int, list[Item]]] = [(line.start + colon + 1, [])]  # (where it opens, items)
    for item in items[len(label) :]:
        if item.kind == "COMMA" and item.text == ";":
            segments.append((item.end, []))
        else:
            segments[-1][1].append(item)
    made: list[Draft] = []
    for opening, segment in segments:
        dash = next((k for k, it in enumerate(segment) if it.kind == "DASH"), None)
        if dash is None or dash + 1 >= len(segment) or segment[dash + 1].kind not in _CREW_KINDS:
            continue
        crew = book.resolve(segment[dash + 1])
        named = [it for it in segment[:dash] if it.kind == "CLASS"]
        written = line.raw[opening - line.start : segment[dash].start - line.start].strip()
        if not named and _CLASS_AS_WRITTEN.fullmatch(written):
            # ("N5 – A / B", "R-GT – C / D": a class the language file does not know, as written)
            start = line.raw.index(written, opening - line.start) + line.start
            named = [
                Item("CLASS", start, start + len(written), segment[dash].i, segment[dash].i, written, written)
            ]
        if crew is None or not named:
            continue
        made.append(Draft(crew, 1, None, str(named[-1].value), [segment[dash + 1], named[-1]]))
        _take_total(made[-1], segment, dash + 1, len(segment))
    if len(made) >= 2:
        drafts.extend(made)


def _take_total(made: Draft, items: list[Item], first: int, end: int) -> None:
    """Give a class winner the first time told from its name (items[first]) up to `end`: the
    winner's total, not a gap ("+12.4s", "a 1:22.6")."""
    total = next(
        (
            it
            for k, it in enumerate(items[first:end], first)
            if it.kind == "DURATION" and not it.value.signed and items[k - 1].kind != "GAP"
        ),
        None,
    )
    if total is not None:
        made.time = total.value.duration
        made.evidence.append(total)


# A class's code as written: capitals and figures, perhaps a hyphen ("N5", "R-GT", "RC2N")
_CLASS_AS_WRITTEN = re.compile(r"[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)?")


def _opens_with_a_category(line: Line) -> bool:
    """ "• Kategorie 1 / Periode H1: A / B, …": a line labelled by a historic category names its
    winner, under whatever heading."""
    items = line.all_items()
    return bool(items) and items[0].kind == "CLASS" and isinstance(items[0].value, Category)


def _dates_a_post(line: Line) -> bool:
    """A post's header ("Sa., 29.08.2026 · 14:20 Uhr · Instagram", "[X] Sun 30 Aug · 09:26"): a
    short line of a date and a clock time, no stage, no crew, no place."""
    if line.table_position is not None or _is_prose(line) or line.end - line.start > 60:
        return False
    items = line.all_items()
    return (
        any(it.kind == "DATE" for it in items)
        and CLOCK_TIME.search(line.raw) is not None
        and not any(it.kind in ("STAGE_NO", "STAGE", "POS", "WIN", "DURATION", "NAME") for it in items)
    )


_STAGE_TITLE = frozenset({"STAGE_NO", "STAGE", "WORD", "DASH", "COMMA", "OPEN", "CLOSE", "NUMBER"})


def _titles_a_stage(items: list[Item], book: CrewBook) -> int | None:
    """The stage a line (or a post's sentence) names and nothing more of ("SS1 Zlín Super Special
    ✅", "PE7 – Fafe (11,2 km)"): no place, no crew, no time."""
    if not items or items[0].kind != "STAGE_NO":
        return None
    if any(
        it.kind not in _STAGE_TITLE and not (it.kind == "NAME" and book.resolve(it) is None) for it in items
    ):
        return None
    if sum(it.kind == "STAGE_NO" for it in items) > 1:
        return None
    return int(items[0].value)


def _asks_about_a_stage(line: Line, book: CrewBook) -> int | None:
    """The one stage an interviewer's question names, with no place, time or crew of its own
    ("Then came stage three and your first W2RC stage win.")."""
    items = line.all_items()
    stages = {it.value for it in items if it.kind == "STAGE_NO" and isinstance(it.value, int)}
    if len(stages) != 1 or any(
        it.kind in ("POS", "DURATION") or (it.kind in _CREW_KINDS and book.resolve(it)) for it in items
    ):
        return None
    return stages.pop()


# A line of a team's posts under a stage's title: places, and no word of a stage or the overall
# ("Max/Sanna P5 👍 Dominik/Jiří P9").
_POSTED_PLACES = (frozenset({"POS"}), frozenset({"STAGE_NO", "STAGE", "OVERALL", "STAGE_AFTER"}))
# An answer under a question about a stage: places or wins, and no stage by number ("We did the
# special in 3h 41m 09s and won it").
_ANSWERED_PLACES = (frozenset({"POS", "WIN"}), frozenset({"STAGE_NO", "STAGE_AFTER"}))


def _places_without(line: Line, kinds: tuple[frozenset[str], frozenset[str]]) -> bool:
    """The line holds an item of the first kinds and none of the second: places whose stage is
    the line's above."""
    places, named = kinds
    items = line.all_items()
    return any(it.kind in places for it in items) and not any(it.kind in named for it in items)


def _heads_stage_class_winners(line: Line, book: CrewBook) -> int | None:
    """The stage of a heading over its winners class by class ("SS2 (212 km) – stage winners per
    category", "Sieger der letzten Wertungsprüfung (WP 6, 94,8 km)"): win words and one stage,
    no crew, no time. None for any other line."""
    if line.table_position is not None or _is_prose(line) or line.end - line.start > 90:
        return None
    items = line.all_items()
    stages = {it.value for it in items if it.kind == "STAGE_NO" and isinstance(it.value, int)}
    if len(stages) != 1 or not any(it.kind == "WIN" for it in items):
        return None
    if any(it.kind == "DURATION" or (it.kind in _CREW_KINDS and book.resolve(it)) for it in items):
        return None
    return stages.pop()


def _read_class_winner(line: Line, book: CrewBook, drafts: list[Draft], stage: int | None = None) -> bool:
    """A line of a class winners list ("• Rally3: Oberdörfer / Bellandi (Ford Fiesta Rally3) –
    1:44:27,3 Std."): the class it opens with was won by the crew named next, in the total time
    on the line. The class is the one the label names, else the label as written ("RC2N:").
    Under a stage's heading, the class's win on that stage, in the stage time on the line. False
    for a line of another shape, which ends the list."""
    items = line.all_items()
    first, crew = next(
        ((k, crew) for k, it in enumerate(items) if it.kind in _CREW_KINDS and (crew := book.resolve(it))),
        (None, None),
    )
    if first is None or crew is None or line.table_position is not None:
        return False
    written = _CLASS_WINNER_LABEL.match(line.raw[: items[first].start - line.start])
    if written is None or (len(written.group("label").split()) > 4 and not _opens_with_a_category(line)):
        return False  # (a category and its period are one label: "Kategorie 2 / Periode I:")
    if any(it.kind in ("RETIRE", "PENALTY", "DENY") for it in items[:first]):
        return False  # ("Retirement: Brosnan / Lenihan", "Abandono destacado: …": no class won)
    named = next((it for it in items[:first] if it.kind == "CLASS"), None)
    if named is not None:
        label, evidence = str(named.value), named
    else:
        start, end = line.start + written.start("label"), line.start + written.end("label")
        for marker in (it for it in items[:first] if it.kind == "CLASS_MARKER" and it.start == start):
            start = marker.end + 1  # "Classe N4 –" (a class the language file does not know)
        if start >= end:
            return False
        text = line.raw[start - line.start : end - line.start]
        label, evidence = text, Item("CLASS", start, end, items[0].i, items[first].i, text, text)
    made = Draft(crew, 1, stage, label, [items[first], evidence])
    # (the winner's time, not the gap of a crew named after it: "N5: A / B (4º absoluto), con C
    # y D segundos de la clase a 1:22.6")
    named_after = next(
        (
            k
            for k in range(first + 1, len(items))
            if items[k].kind in _CREW_KINDS and book.resolve(items[k]) not in (None, crew)
        ),
        len(items),
    )
    _take_total(made, items, first, named_after)
    drafts.append(made)
    if stage is not None:
        return True  # (its other places would be the event's)
    drafts.extend(_places_beside_a_class_win(line, items, first, crew, label, evidence, book, made.time))
    if written.group("ranked"):
        # ("Kategorie 2 / Periode I: 1. A/B, Porsche 911 SC; 2. C/D, …": the class's places in a row)
        for k in range(first + 1, len(items) - 1):
            place, named_next = items[k], items[k + 1]
            if place.kind == "ORD" and named_next.kind in _CREW_KINDS and (other := book.resolve(named_next)):
                drafts.append(Draft(other, int(place.value), None, label, [named_next, place, evidence]))
    return True


def _places_beside_a_class_win(
    line: Line,
    items: list[Item],
    first: int,
    winner: str,
    label: str,
    evidence: Item,
    book: CrewBook,
    time: Duration | None,
) -> list[Draft]:
    """The other places a class winner's line gives: the winner's among all ("(4º absoluto)",
    "decimoséptimos de la general"), and the places in the class of the crews named after it ("con
    C y D segundos de la clase")."""
    made: list[Draft] = []
    sentence_of = {id(it): n for n, sentence in enumerate(line.sentences) for it in sentence.items}
    crew: str | None = winner
    named = items[first]
    for k in range(first + 1, len(items)):
        item = items[k]
        if sentence_of.get(id(item)) != sentence_of.get(id(items[k - 1])):
            crew = None  # ("Dritter wurde der Italiener Mateo Rinaldi": a sentence names its own crew)
        if item.kind in _CREW_KINDS and (other := book.resolve(item)):
            crew, named = other, item
        if item.kind != "POS" or crew is None or (item.value == 1 and crew == winner):
            continue
        following = items[k + 1] if k + 1 < len(items) else None
        if following is not None and following.kind == "OVERALL" and following.i - item.j <= 3:
            place = Draft(crew, int(item.value), None, "overall", [named, item])
            place.time = time if crew == winner else None
            made.append(place)
        elif crew != winner:
            made.append(Draft(crew, int(item.value), None, label, [named, item, evidence]))
    return made


# A class as organisers code it ("N4", "R3", "A7", "RC2N", "2WD"): read only where a sentence of
# class winners puts it beside a crew, alone in brackets or outside them.
_CLASS_CODE = re.compile(r"(?:[A-Z]{1,3}\d{1,2}[A-Z]?|\d[A-Z]{2})")


def _read_class_winners_sentence(sentence: Sentence, line: Line, book: CrewBook, drafts: list[Draft]) -> bool:
    """ "Die Klassensiege holten A/B (…) in der 2WD-Wertung und C/D (…) in der Junior-Wertung",
    "Nas categorias, venceram A/B (N4), C/D (Rally4) e E/F (Júnior)": a win said once over two
    crews or more, each followed by its class. Every crew must have a class of its own; then
    each won it. False for a sentence of another shape (read as any other)."""
    items = [it for it in sentence.items if not it.quote]
    kinds = {it.kind for it in items}
    if "WIN" not in kinds or kinds & {"POS", "STAGE", "STAGE_NO", "HOLDING", "PAST", "INTENT", "DENY"}:
        return False
    mentions: list[tuple[int, int, str]] = []  # (first item, last item, crew) of each crew named
    for k, it in enumerate(items):
        crew = book.resolve(it) if it.kind in _CREW_KINDS else None
        if crew is None:
            continue
        if mentions and mentions[-1][2] == crew:
            mentions[-1] = (mentions[-1][0], k, crew)
        elif any(crew == m[2] for m in mentions):
            return False  # a crew named twice: another shape
        else:
            mentions.append((k, k, crew))
    if len(mentions) < 2:
        return False
    made: list[Draft] = []
    # "Junior-Wertung an Baumgartner, 2WD-Sieg für Wróblewski/Nowak": each class before its crew
    before = [
        [it for it in items[(mentions[n - 1][1] + 1 if n else 0) : first] if it.kind == "CLASS"]
        for n, (first, _, _) in enumerate(mentions)
    ]
    if not all(before):
        # ("Die Klassensieger: RC2 Weißhaupt/Eßer, NC1 Ruppenthal/Schwarzkopf, …": codes the
        # language files do not list, each before its crew, between those they list)
        before = [
            classes
            or _coded_classes(
                line,
                items[mentions[n - 1][1]].j if n else items[0].i,
                items[first].i,
            )
            for n, ((first, _, _), classes) in enumerate(zip(mentions, before, strict=True))
        ]
    # (a day's class winners with their times are the day's: "En Challenger se impusieron A y B,
    # con 2h 07m 55s, y en SSV lo hicieron C y D")
    if before[0] and all(len(classes) == 1 for classes in before) and "DURATION" not in kinds:
        for (first, _, crew), (found,) in zip(mentions, before, strict=True):
            made.append(Draft(crew, 1, None, str(found.value), [items[first], found]))
        drafts.extend(made)
        return True
    used: set[str] = set()
    for n, (first, last, crew) in enumerate(mentions):
        end = mentions[n + 1][0] if n + 1 < len(mentions) else len(items)
        after = [it for it in items[last + 1 : end] if it.kind == "CLASS" and it.value not in used]
        if not after:
            after = _coded_classes(line, items[last].j, items[end].i if end < len(items) else len(line.texts))
        if not after and n == 0:
            # ("Modified honours went to A/B (…), and C/D … were the Junior winners")
            after = [it for it in items[:first] if it.kind == "CLASS"]
        if not after:
            return False
        for found in after:
            used.add(str(found.value))
            made.append(Draft(crew, 1, None, str(found.value), [items[first], found]))
    drafts.extend(made)
    return True


def _coded_classes(line: Line, start: int, end: int) -> list[Item]:
    """Class codes among tokens start..end of the line ("en R3", "(N4)"): each alone in its
    brackets, or outside brackets and not after a capitalised word (the car: "Citroën C3")."""
    found = []
    depth = 0
    texts = line.texts
    for k in range(start, end):
        text = texts[k]
        depth += (text == "(") - (text == ")")
        if not _CLASS_CODE.fullmatch(text):
            continue
        alone = 0 < k < len(texts) - 1 and texts[k - 1] == "(" and texts[k + 1] == ")"
        after_make = k > 0 and texts[k - 1][:1].isupper()
        if alone or (depth == 0 and not after_make):
            offset = line.start + line.starts[k]
            found.append(Item("CLASS", offset, offset + len(text), k, k + 1, text, text))
    return found


def _name_groups(items: list[Item]) -> list[list[Item]]:
    """Runs of names joined only by "and", "/" or nothing ("Lacerda/Vilaça e Moutinho Aguiar/
    Sarmento"); anything else between two names starts a new run."""
    groups: list[list[Item]] = []
    joined = False
    for item in items:
        if item.kind in _CREW_KINDS:
            if joined and groups:
                groups[-1].append(item)
            else:
                groups.append([item])
            joined = True
        else:
            joined = joined and item.kind in ("CONJ", "SLASH")
    return groups


def _stage_winners_from(line: Line, under_heading: bool) -> int | None:
    """Where a line's stage winners start: the line itself under a winners heading ("- WP 4:
    Hübner und Novák"), or after a label of win and stage words ("Vincitori di prova: PS1
    Leoni, PS2 Sørensen, …"); None for a line that lists none."""
    items = line.all_items()
    first = next((k for k, it in enumerate(items) if it.kind == "STAGE_NO"), None)
    if first is None or line.table_position is not None:
        return None
    if under_heading and first == 0:
        return first
    # ("Stage winners: SS1 …", "Sei scratch su sedici prove: PS3 …": a label of win and stage
    # words and their counts)
    labelled = (
        first > 0 and items[0].kind == "WIN" and all(it.kind in _HEADING_OF_WINNERS for it in items[:first])
    ) or (items[0].kind == "CARD" and _wins_label(items, line, _COUNTED_WINS_LABEL, 4))
    stages = sum(it.kind == "STAGE_NO" for it in items)
    return first if labelled and stages >= 3 else None


def _read_stage_winners(
    line: Line, first: int, book: CrewBook, drafts: list[Draft], listed: dict[int, set[str]]
) -> None:
    """Each stage number and the crews named after it up to the next: those crews won it, all of
    them when they tied ("SS4 Hofstede en Kühnert (ex aequo)"); a time there is the winning one.
    The winners are the last names joined by "and" or "/": the stage's own name comes first
    ("SS5 Corkscrew Hill (13.40 km) Brogan / Fahy"). A stage with no crew ("TC7 …: anulado")
    has no winner."""
    items = line.all_items()[first:]
    starts = [k for k, it in enumerate(items) if it.kind == "STAGE_NO"]
    winners: list[dict[str, Item]] = []
    for k, end in zip(starts, [*starts[1:], len(items)], strict=True):
        crews: dict[str, Item] = {}
        segment = items[k + 1 : end]
        groups = _name_groups(segment)
        # ("Etappe 1: Kowalczyk / Zieliński (T4), Dufresne / Leblanc-Roux (T3)": a winner per class)
        each_classed = len(groups) > 1 and all(_class_follows(group[-1], segment) for group in groups)
        for group in groups:
            named = {crew: item for item in reversed(group) if (crew := book.resolve(item)) is not None}
            if named:
                if not each_classed:
                    crews = {}  # (the last names joined by "and" or "/" are the winners)
                crews.update(reversed(named.items()))
        winners.append(crews)
    # ("PS5 e PS6 Etxeberria/Zubizarreta", "SS1, SS4, SS7 — Sangster/Pennant-Lloyd": stages joined
    # by "and" or listed share the crew named after them)
    for n in range(len(starts) - 2, -1, -1):
        between = items[starts[n] + 1 : starts[n + 1]]
        if not winners[n] and len(between) == 1 and between[0].kind in ("CONJ", "COMMA"):
            winners[n] = winners[n + 1]
    for k, end, crews in zip(starts, [*starts[1:], len(items)], winners, strict=True):
        stage_item, segment = items[k], items[k + 1 : end]
        times = [
            it
            for it in segment
            if it.kind == "DURATION" and not it.value.signed and it.value.duration.seconds < _LONGEST_STAGE
        ]
        stage = int(stage_item.value)
        for crew, mention in crews.items():
            made = Draft(crew, 1, stage, None, [mention, stage_item], shared=len(crews) > 1)
            if len(times) == 1:
                made.time = times[0].value.duration
                made.evidence.append(times[0])
            drafts.append(made)
            listed.setdefault(stage, set()).add(crew)


def _class_follows(item: Item, segment: list[Item]) -> bool:
    """A class stands right after the item, in brackets or not ("Kowalczyk / Zieliński (T4)")."""
    k = next((n for n, it in enumerate(segment) if it is item), None)
    if k is None:
        return False
    rest = [it for it in segment[k + 1 : k + 3] if it.kind != "OPEN"]
    return bool(rest) and rest[0].kind == "CLASS"


_CARS = "Cars"  # the category of the cars, the field whose classification is the event's own


def _heading_scope(line: Line, second_list: bool = False) -> tuple[str, object] | None:
    """ "Eindklassement Stock-klasse", "Stage 5 – top 3": a short heading naming a class or stage.

    Over a `second_list` of results, a heading naming a second competition run on the same roads
    ("ADAC Rallye Vogelsberg Historic – Gesamtwertung") names its class too; over the first, that is
    the release's own event ("RYEDALE HISTORIC – FINAL RESULTS")."""
    if line.table_position is not None or _is_prose(line) or line.end - line.start > 90:
        return None
    if len(_CELL_BREAK.findall(line.raw)) >= 2:
        return None  # the header row of a table ("Pos. | Crew | Car | Time", "Pos.  Crew  Car")
    items = line.all_items()
    stages = [int(it.value) for it in items if it.kind == "STAGE_NO"]
    if stages:
        return ("stage", stages)
    if any(it.kind == "DURATION" for it in items):
        return None  # (a row's spill, "Rally2 49:20,9", the class and time a wrap put on a line)
    # "Final classification – Stock": the named class wins over the word for the standings.
    labels = [_class_of(it) for it in items if _class_of(it)]
    specific = [label for label in labels if label != "overall"]
    heading_classes = _heading_classes()
    heading_class = next((heading_classes[word] for word in line.lowers if word in heading_classes), None)
    if heading_class is not None and second_list and not specific:
        return ("class", heading_class)  # "ADAC Rallye Vogelsberg Historic – Gesamtwertung"
    if specific == [_CARS] and "overall" in labels:
        # "Auto – assoluta", "Geral (auto)": the cars' general classification is the overall one
        return ("class", "overall")
    if specific or labels:
        return ("class", (specific or labels)[0])
    if _names_final_standings(line):
        # "Classificação final – Top 5" over a list: the final standings of everyone, overall
        return ("class", "overall")
    return None


def _speaker_crew(line: Line, label: tuple[int, int], book: CrewBook) -> tuple[str, Item] | None:
    """The crew of who speaks a transcript's paragraph ("**Ádám Szőllősi:**", "**Szőllősi:**"), or
    None for the moderator, a journalist or an official."""
    start, end = label
    named = next(
        (it for it in line.all_items() if it.kind in _CREW_KINDS and start <= it.start and it.end <= end),
        None,
    )
    crew = book.resolve(named) if named is not None else None
    return (crew, named) if crew is not None and named is not None else None


def _labels_the_rows_under_it(line: Line) -> str | None:
    """ " Rally4: 1. A / B …" over "         2. C / D …": a class's label before the first row of
    its places ranks the unlabelled rows under it in that class, as a heading would."""
    if line.table_position != 1:
        return None
    labelled = _LABELLED_LINE.match(line.raw)
    if labelled is None:
        return None
    colon = line.start + line.raw.index(":")
    before = [it for it in line.all_items() if it.start < colon and it.kind != "POS"]
    if len(before) == 1 and before[0].kind == "CLASS" and isinstance(before[0].value, str):
        return before[0].value
    return None


@cache
def _heading_classes() -> dict[str, str]:
    """base.yaml's `heading_classes`, word → class ("historic" → "Classic")."""
    return {
        str(word).lower(): str(label)
        for label, words in load_base()["heading_classes"].items()
        for word in words
    }


def _labels_standings(line: Line) -> bool:
    """ "After SS17: 1. Ó Ceallaigh 2:28:02.6, 2. Ødegård +2.0s": a line opened by the standings
    after a stage ranks crews as they stand, no result."""
    # (a post's clock time is a sentence of its own, with nothing in it: "20:30 — Zwischenstand
    # nach Etappe 11: P9 gesamt, P3 bei den Trucks")
    first = next((s for s in line.sentences if any(it.kind != "DASH" for it in s.items)), None)
    if first is None:
        return False
    kinds = {it.kind for it in first.items}
    if "STAGE_AFTER" in kinds and kinds <= _STANDINGS_LABEL:
        return True
    # ("Zwischenstand nach Etappe 11: P9 gesamt, P3 bei den Trucks 🥉 Morgen …": opened by the
    # word for standings after a stage, whatever follows)
    opening = [it.kind for it in first.items if it.kind != "DASH"][:3]
    return opening[:1] == ["PROVISIONAL"] and "STAGE_AFTER" in opening


_STANDINGS_LABEL = frozenset(
    {"AFTER", "STAGE_AFTER", "NUMBER", "POS", "DASH", "PROVISIONAL", "OVERALL", "CLASS"}
)


def _labels_a_provisional_list(line: Line) -> int | None:
    """ "La classifica provvisoria: 1. Zanetti/Bressan 1:24:37.9; 2. …": the sentence of a label of
    provisional standings with a numbered list run on after it in the line, if any."""
    for k, sentence in enumerate(line.sentences[:-1]):
        kinds = {it.kind for it in sentence.items}
        if (
            "PROVISIONAL" in kinds
            and kinds <= _STANDINGS_LABEL
            and any(it.kind == "POS" for it in line.sentences[k + 1].items)
        ):
            return k
    return None


def _labels_final_standings(items: list[Item]) -> bool:
    """ "Le classement final :": a sentence naming the final standings and nothing else."""
    return any(it.kind == "OVERALL" and it.value == "final" for it in items) and not any(
        it.kind in ("POS", "WIN", "CLASS", "NAME", "WORD", "PRONOUN", "DURATION") for it in items
    )


def _names_final_standings(line: Line) -> bool:
    """ "Final classification", "Endstand": standings that are the result."""
    return any(it.kind == "OVERALL" and it.value == "final" for it in line.all_items())


def _heading_class(line: Line) -> str | None:
    """The class a heading names beside a stage ("Stage 4 results – Bikes"), overall aside."""
    labels = [_class_of(it) for it in line.all_items()]
    return next((label for label in labels if label and label != "overall"), None)


def _short_sentence(line: Line) -> bool:
    """ "Kacper was ninth.": a line of one short sentence, a subject and its verb, no heading."""
    return (
        line.raw.rstrip().endswith((".", "!"))
        and len(line.sentences) == 1
        and len(line.texts) >= 4
        and any(it.kind in _CREW_KINDS for it in line.sentences[0].items)
        and any(it.kind in ("POS", "WIN") for it in line.sentences[0].items)
    )


def _wins_label(items: list[Item], line: Line, kinds: frozenset[str], longest: int) -> bool:
    """ "Stage wins: SS3, SS7 and SS11", "Sei scratch su sedici prove: PS3 …": a short label of
    win words (and `kinds`) before the first stage, then a colon."""
    first = next((k for k, it in enumerate(items) if it.kind == "STAGE_NO"), None)
    if first is None or not 0 < first <= longest:
        return False
    label = items[:first]
    return (
        any(it.kind == "WIN" for it in label)
        and all(it.kind in kinds for it in label)
        # (a word no item stands for may come between: "sedici prove: PS3")
        and line.raw[label[-1].end - line.start : items[first].start - line.start].rstrip().endswith(":")
    )


_WINS_LABEL = frozenset({"WIN", "STAGE"})
_COUNTED_WINS_LABEL = _HEADING_OF_WINNERS | {"CARD"}


def _is_heading_length(line: Line) -> bool:
    """Short enough for a heading, and not a sentence ("LAST SEASON'S CHAMPIONS", "Classement")."""
    return line.end - line.start <= 60 and not line.raw.rstrip().endswith(SENTENCE_ENDS)


def _names_only(line: Line, book: CrewBook, crew: tuple[str, Item] | None) -> bool:
    """The line names no crew but `crew` ("[09:05] — SS1 done ✅ P5. Hélène: …" names its own;
    "¡¡VICTORIA DE ETAPA EN SSV!! Etapa 5 para X y Y" another's), rivals behind a gap aside."""
    if crew is None:
        return False
    items = line.all_items()
    return all(
        book.resolve(it) in (None, crew[0])
        for k, it in enumerate(items)
        if it.kind in _CREW_KINDS and not _behind_a_gap(items, k)
    )


def _behind_a_gap(items: list[Item], index: int) -> bool:
    """The crew right after a gap's cue is the rival it is measured to ("P2, only 2.1s off
    @KalleOstberg", "P2 na etapa, a 1m05s do vencedor, Joaquín Paredes Ibarra"), no subject."""
    before = index - 1
    if before > 0 and items[before].kind == "COMMA":
        before -= 1
    return before >= 0 and items[before].kind == "GAP"


def _is_prose(line: Line) -> bool:
    """A line of running text (it ends like a sentence), as opposed to a heading or a row."""
    if not line.texts:
        return False
    if line.posted and (
        SENTENCE_BREAK.search(line.raw) is not None
        or any(it.kind in ("POS", "WIN", "DURATION") for it in line.all_items())
    ):
        # ("10:05 — SS2 ✅ Nand & Bram snelste ERC4-tijd! 🔥 Jarne 5e tijd. @NandLemmens #ERC4": a
        # live thread's post that places a crew or says more than a title is running text, however
        # it ends; "16:20 — 🏁 EINDUITSLAG RALLY SILESIA 🏁" heads the final result)
        return True
    # (the raw line: "… in 2:11:48 Std." ends on an abbreviation, one token with its full stop)
    return line.raw.rstrip().endswith(QUOTED_SENTENCE_ENDS) and len(line.texts) > 6


@dataclass
class Memory:
    """What "he", "they" or "the crew" point back to: the crew named last outside quotes."""

    last_crew: tuple[str, Item] | None = None
    previous_crew: tuple[str, Item] | None = None
    # the crew named last, even one a gap was measured to ("the latter")
    last_named: tuple[str, Item] | None = None
    # In the report of one day of a rally-raid, the stage of that day (see `_day_stage`).
    day_stage: int | None = None
    # The first class named beside a place, overall aside: "second in class" means it.
    release_class: str | None = None
    # The first crew named by name: the one the release is about.
    first_crew: tuple[str, Item] | None = None
    # Spanish, Italian, Portuguese: the verb carries the subject ("fueron terceros").
    drops_subject: bool = False
    # Crews described by a demonym ("the Swede Oskar Lindqvist"), by place code.
    described: dict[str, set[str]] = field(default_factory=dict)
    lead_stage: int | None = None  # the one stage the lead paragraph names ("the fifth and last stage")
    paragraph_class: str | None = None  # the last class named in the paragraph being read
    section_class: str | None = None  # the category a heading of its own names over the paragraph
    paragraph_crew: tuple[str, Item] | None = None  # the first crew named in it
    opening_crew: tuple[str, Item] | None = None  # the first crew named in the last paragraph naming one
    orphan: tuple[Item, str] | None = None  # a place whose sentence named no one, and its class
    # the last place in the event (no stage) the sentence before gave, and its class
    event_place: tuple[int, str | None] | None = None
    # all the places in the event (no stage) the sentence before gave, with their classes
    event_places: list[tuple[int, str | None]] = field(default_factory=list)
    # In a fact box ("Crew: A / B", "Result: 4th overall", "Stage wins: SS3, SS7"), its crew.
    box_crew: tuple[str, Item] | None = None
    # The crew of a first-person release's author (narrator.py): "I", "we", and no one named.
    narrator: tuple[str, Item] | None = None


def _read_sentence(
    sentence: Sentence,
    line: Line,
    book: CrewBook,
    scope: tuple[str, object] | None,
    fallback_class: str,
    drafts: list[Draft],
    memory: Memory,
    published_year: int | None,
) -> tuple[str, object] | None:
    quoted_result = any(it.quote for it in sentence.items) and _quoted_stage_result(
        sentence, book, line.attribution
    )
    if (
        line.cells
        and any(cell.role in CLASS_ROLES for cell in line.cells)
        and (scope is None or scope[0] != "class")
    ):
        # a row of a table with a class column ranks everyone; each row's class is its own cell's
        # (unless the places start again with each class: then they are the class's)
        fallback_class = line.row_class if line.ranks_in_class and line.row_class else "overall"
    # ("Name, title: «…»": the speaker's words before the quote are no fact, unless they tell a
    # place: "Maréchal, die als twintigste algemeen finishte, was sportief …: «…»")
    speaker = line.attribution
    if speaker and any(
        it.kind in ("POS", "WIN") and speaker[0] <= it.start < speaker[1] for it in sentence.items
    ):
        speaker = None
    items = [
        it
        for it in sentence.items
        if (not it.quote or quoted_result) and not (speaker and speaker[0] <= it.start < speaker[1])
    ]
    memory.previous_crew = memory.last_crew
    if not items:
        return scope
    items = _possessive_as_pronoun(items)
    if _read_stats_line(items, line, book, memory, drafts):
        return scope
    event_place, memory.event_place = memory.event_place, None
    first_place = next((it for it in items if it.kind == "POS"), None)
    if (
        scope is not None
        and scope[0] == "stage"
        and event_place is not None
        and first_place is not None
        and event_place[1] is not None
        and event_place[0] >= 2  # (after the winner's sentence, "second" may be the stage's)
        and first_place.value == event_place[0] + 1
        and not any(it.kind in ("STAGE_NO", "STAGE", "LAST_STAGE") for it in items)
    ):
        # ("Deuxièmes à 38,4 s, A … se sont offert le scratch de l'ES14. B terminent troisièmes":
        # the places go on from the event's second, in its class, not on the stage just won)
        scope = ("class", event_place[1])
    event_places, memory.event_places = memory.event_places, []
    if scope is not None and scope[0] == "class" and first_place is not None:
        scope = _class_the_places_go_on_in(scope, first_place, items, event_places)
    items = _counted_stages_as_total(_place_before_penalty_dropped(items))
    if any(it.kind == "INTENT" for it in items):
        # "They aim to win the Stock class": an ambition, not a result.
        items = [it for it in items if it.kind not in ("POS", "WIN")]
    # "verhinderte jedoch den Klassensieg", "cost them the win": a win that did not happen.
    denials = [it for it in items if it.kind == "DENY"]
    items = [
        it
        for it in items
        if not (it.kind == "WIN" and any(0 <= it.i - d.j <= 3 or 0 <= d.i - it.j <= 3 for d in denials))
    ]
    stage_groups = _stage_groups(items, line)
    in_stage_before = scope is not None and scope[0] == "stage"
    classes = [(k, _class_of(it)) for k, it in enumerate(items) if _class_of(it)]
    inherited_class = scope[1] if scope and scope[0] == "class" else None
    if stage_groups and not any(it.kind == "TOTAL" for it in items):
        # ("benötigte für den Prolog und die beiden Etappen eine Gesamtzeit von …": a total
        # time speaks of the whole event, the next sentence is no stage's)
        scope = ("stage", stage_groups[-1][1])
        if memory.day_stage is not None and all(
            _earlier_win_aside(items, anchor, stages, memory.day_stage) for anchor, stages in stage_groups
        ):
            # ("De Fransman, die zondag ook de proloog won, reed tot CP2 in 2u31m47s.", "won
            # opnieuw, na zijn zege in etappe 1." in the report of stage 3: an earlier win told in
            # passing; the sentences after it are the day's stage again)
            scope = ("stage", [memory.day_stage])
    elif classes and not (
        scope is not None
        and scope[0] == "stage"
        and any(it.kind == "STAGE" or (it.kind == "WIN" and it.value in ("stage", "best")) for it in items)
    ):
        # ("Die etappe werd in de Rally2-klasse gewonnen door X": the stage named again stays; "In
        # der Rally3 ist Eggenberger mit 9:58,1 Min. der Schnellste": the fastest time is the stage's)
        # ("primi assoluti e primi del 3° Raggruppamento. Secondo, a 34"3, …": after a place among
        # all and one in a class, the next place is among all)
        # (not "Au classement général du rallye, X termine neuvième, au milieu des Rally2": the
        # overall word opens the sentence, no place of its own)
        placed_at = next((k for k, it in enumerate(items) if it.kind in ("POS", "WIN")), len(items))
        ranked_overall = any(label == "overall" and k > placed_at for k, label in classes[:-1])
        scope = ("class", "overall" if ranked_overall else classes[-1][1])
    elif (
        not stage_groups
        and scope is not None
        and scope[0] == "stage"
        and any(it.kind == "TOTAL" for it in items)
        and not any(it.kind == "TODAY" for it in items)
    ):
        # ("Op KP10 won Vanhoutte de proef … Met een totaaltijd van 1u34m18,7s werd hij vijfde. De
        # zege ging naar X": a total time speaks of the whole event, so do the sentences after it)
        scope = None
    elif not stage_groups and _labels_final_standings(items):
        # ("Le classement final : 1. A/B … ; 2. …": the label of a list run on in its line, as a
        # final-classification heading over a table, makes the places after it overall ones)
        scope = ("class", "overall")
    if (
        memory.lead_stage is not None
        and not stage_groups
        and not in_stage_before
        # ("Na vier van de vijf etappes staat Kuipers tweede": counted stages are the event's so far)
        and any(
            (it.kind == "STAGE" and not (k > 0 and items[k - 1].kind == "CARD"))
            # ("ganharam a etapa em 3h 02' 17''": the win's own words name the stage; not "klimt
            # dankzij zijn etappezege naar de zevende plaats in de eindrangschikking")
            or (
                it.kind == "WIN"
                and it.value == "stage"
                and it.j - it.i >= 2  # (a verb and the stage, not "the fastest woman in the field")
                and not (k > 0 and items[k - 1].kind == "POSSESSIVE")
                and not any(other.kind == "OVERALL" for other in items)
            )
            for k, it in enumerate(items)
        )
        and not _total_in_stage_clause(items)
    ):
        scope = ("stage", [memory.lead_stage])  # "le deuxième temps de l'étape": the lead's stage
    if (
        not stage_groups
        and scope is not None
        and scope[0] == "stage"
        and any(it.kind == "POSITION_NOUN" and it.value == "podium" for it in items)
        # ("Verhoeven werd in die slotetappe vijfde en hield zijn podiumplaats": the stage is named)
        and not any(it.kind in ("STAGE", "LAST_STAGE") for it in items)
    ):
        scope = None  # ("La troisième marche du podium revient à X" after a stage: the event's podium)
    if memory.day_stage is not None and not stage_groups and any(it.kind == "TODAY" for it in items):
        scope = ("stage", [memory.day_stage])  # "Heute zeigte die Steirerin …": the day's stage again
    if (
        memory.day_stage is not None
        and not stage_groups
        and not any(it.kind == "WIN" for it in items)
        and any(it.kind == "WIN_COUNT" for it in items)
    ):
        # ("In the Challenger class, X took their first stage win of the season, stopping the clock
        # in 3h 21m 44s", in the report of one day: the count's newest win is that day's stage)
        items = _counted_wins_as_wins(items)
        scope = ("stage", [memory.day_stage])
    if (
        stage_groups
        and stage_groups[0][0] == 0
        and not any(it.kind == "WIN" for it in items)
        and any(it.kind == "WIN_COUNT" for it in items)
        and (_labels_the_line(items[0], line) or len(stage_groups) == 1)
    ):
        # ("• Étape 3 : deuxième victoire d'étape en Rally2": the stage labelling the line is the
        # counted win's; so is the one stage the sentence opens on, "Auf der ersten Etappe … holte
        # er seinen ersten Etappensieg")
        items = _counted_wins_as_wins(items)
    # (not "After the first loop they were on 8. place" after "The first day was …": the places
    # after a part of the event are standings, whatever stage the sentence before was on)
    in_stage = scope is not None and scope[0] == "stage" and not any(it.kind == "PART_AFTER" for it in items)
    # ("Heute fuhr sie in der SSV-Klasse die drittschnellste Zeit. Schneller war nur Etappensieger
    # X": the stage places of a paragraph are in the class it names)
    paragraph_class = memory.paragraph_class
    total_at = next((k for k, it in enumerate(items) if it.kind == "TOTAL"), None)
    positions = [k for k, it in enumerate(items) if it.kind in ("POS", "WIN")]

    def class_for(index: int) -> str | None:
        """The class word nearest this place without crossing another place, else the context's."""
        if line.table_position is not None and inherited_class == "overall" and index == positions[0]:
            # (the place a row under "TOP 10 ALGEMEEN KLASSEMENT" opens with: "Rally4" in it is its
            # car's class; a class place in a cell of its own, "Rally2 1er", stays the class's)
            return "overall"
        if (
            line.table_position is not None
            and inherited_class is None
            and _opens_the_row(items, positions, index)
            and _row_has_a_class_column(line, [items[k] for k, _ in classes])
        ):
            # ("10.  18 Petra Gottschalk / Ulrike Daum  Ford Fiesta R4  RC4  51:13,6": the row's
            # class in a column of its own, its place among all)
            return "overall"
        earlier = [k for k in positions if k < index]
        later = [k for k in positions if k > index]
        low = earlier[-1] if earlier else -1
        high = later[0] if later else len(items)
        anchor = items[index].i

        def separated(k: int, p: int) -> bool:
            first, last = sorted((k, p))
            return any(
                items[m].kind in ("CONJ", "COMMA")
                or (items[m].kind == "DASH" and items[m].text in _CLAUSE_DASHES)
                for m in range(first + 1, last)
            )

        def belongs_here(k: int) -> bool:
            """A class word between two places goes to the one on its side of "and" or a
            comma ("sexto lugar na classe Rally2 e a 15.ª posição entre as motos"), else to
            the nearer one ("third overall and third in the Ultimate class")."""
            others = [p for p in positions if p != index]
            if not others:
                return True
            other = min(others, key=lambda p: abs(items[k].i - items[p].i))
            if separated(k, index) != separated(k, other):
                return not separated(k, index)
            return abs(items[k].i - anchor) <= abs(items[k].i - items[other].i)

        def clause_after(k: int) -> bool:
            """A class word after the place, far past a comma: another clause's ("terceiro, a
            1m12s, resultado que lhe permite manter a liderança da geral")."""
            comma = next((m for m in range(k - 1, index, -1) if items[m].kind == "COMMA"), None)
            return k > index and comma is not None and items[k].i - items[comma].j > 3

        near = [
            (k, label) for k, label in classes if low < k < high and belongs_here(k) and not clause_after(k)
        ]
        after = items[index + 1] if index + 1 < len(items) else None
        if not near and positions and not (after is not None and after.kind in ("STAGE", "OVERALL")):
            # "Nos quadriciclos, X venceu …, à frente de Y, segundo colocado": a class that opens
            # the sentence before a comma is the class of every place in it ("undécimo de la
            # etapa" is a place among all)
            near = [
                (k, label)
                for k, label in classes
                if k < positions[0] and any(items[m].kind == "COMMA" for m in range(k + 1, positions[0]))
            ][-1:]
        if near:
            # at an equal distance the class after the place is its object ("ganó la Junior")
            return str(min(near, key=lambda c: (abs(items[c[0]].i - anchor), c[0] < index))[1])
        probe = index + 1
        if probe < len(items) and items[probe].kind == "POSITION_NOUN":
            probe += 1  # "un secondo posto di categoria"
        if probe < len(items) and items[probe].kind == "OVERALL" and items[probe].value == "of-class":
            probe += 1  # "cinquième du classement final de la catégorie"
        following = items[probe] if probe < len(items) else None
        named = [(k, label) for k, label in classes if label != "overall"]
        if (
            items[index].kind == "WIN"
            and items[index].value is None
            and following is not None
            and following.kind == "POSSESSIVE"
            and following.i - items[probe - 1].j <= 1
            and probe + 1 < len(items)
            and items[probe + 1].kind == "CLASS_MARKER"
            and not named
            and len(set(line.vehicle_classes)) == 1
        ):
            # "Thibaut Causse, associé à Romain Vialaret sur une Renault Clio Rally4, a gagné sa
            # classe": the class of the car the sentence names
            return line.vehicle_classes[0]
        if (
            (items[index].kind == "POS" or (items[index].kind == "WIN" and items[index].value is None))
            and following is not None
            and following.kind == "CLASS_MARKER"
            and following.i - items[probe - 1].j <= 2
            and (named or memory.release_class)
        ):
            # "segundos na classe", "second in class": the class the sentence names, else the
            # class the release is about
            if named:
                return str(min(named, key=lambda c: abs(items[c[0]].i - anchor))[1])
            # ("En SSV, … Le Suédois s'offre la victoire finale dans la catégorie": the paragraph's)
            return paragraph_class or memory.release_class
        preceding = items[index - 1] if index > 0 else None
        if (
            preceding is not None
            and preceding.kind == "CLASS_MARKER"
            and (
                items[index].kind == "POS"
                # ("a class win for X": the class word and a one-word win right after it are one
                # noun, no class named; "La categoría se la llevaron X" names it)
                or (
                    items[index].kind == "WIN"
                    and items[index].value is None
                    and (items[index].i > preceding.j or " " in items[index].text)
                )
            )
            and items[index].i - preceding.j <= 3
            and not named
            and (paragraph_class or memory.release_class)
        ):
            # ("… second in Rally3. X completed the class podium in third", "The class was won by
            # X": the class word before the place is the paragraph's class, whatever the sentence
            # before ranked)
            return paragraph_class or memory.release_class
        if inherited_class and earlier and line.table_position is None:
            # ("… terminaram em quarto na Taça, e X, com Y, foi quinta": the place after a class's
            # fourth goes on in that class, not in the one the sentence before ended on)
            before = items[earlier[-1]]
            value = items[index].value
            if before.kind == "POS" and isinstance(value, int) and before.value == value - 1:
                label = class_for(earlier[-1])
                if label is not None and label != inherited_class:
                    return label
        if (
            inherited_class
            and items[index].kind == "WIN"
            and not classes
            and not any(it.kind in ("CLASS_MARKER", "STAGE_NO", "STAGE") for it in items)
            and any(it.kind in ("ROUND_NO", "CHAMP") for it in items[:index])
        ):
            # ("… een podium in de Rally4 voor X. De East Belgian Rally, zevende ronde van het BRC,
            # werd gewonnen door Y": the win of the event the sentence names, no class's)
            return None
        if inherited_class:
            return str(inherited_class)
        unclaimed = [
            label
            for k, label in classes
            if not any((p < k < q) for p, q in zip(positions, positions[1:], strict=False))
        ]
        return str(unclaimed[0]) if unclaimed and len(positions) <= 1 else None

    def region(index: int) -> tuple[int, int]:
        earlier = [k for k in positions if k < index]
        later = [k for k in positions if k > index]
        return (earlier[-1] if earlier else -1), (later[0] if later else len(items))

    def on_stage(index: int) -> bool:
        """A place is a stage place when a stage is in view and no classification word claims it.

        A stage win ("won the stage") always is; a named class alone ("third among the Stock
        cars") does not take a place off a stage named in the sentence, but "class" or
        "overall" nearer to the place than the stage does.
        """
        if items[index].podium:
            return False  # "cerró el podio … después de ganar el último tramo": the event's podium
        if sentence.opens_on_end and not stage_groups:
            return False  # "Am Ende fehlten Bosveld … 6 Minuten … – Platz zwei": the event's place
        # ("They set the fastest time on SS14 … to secure third with a total time of …": the
        # places before the total time are the stages')
        before_total = (
            total_at is not None and index < total_at and any(k < total_at for k, _ in stage_groups)
        )
        if items[index].kind == "WIN" and _included_stages(items, index):
            return True  # "remporté trois des cinq étapes, dont la cinquième": the stage is named
        if not (in_stage or before_total) or (
            items[index].kind == "WIN"
            and items[index].value == "count"
            and not (
                index > 0
                and items[index - 1].kind == "ORD"
                and items[index - 1].j == items[index].i
                and items[index].start not in line.subject_wins  # (not "third after winning SS5")
                and _stage_right_after(items, index, stage_groups) is not None
            )
        ):
            # "der erste DRM-Sieg seit zwei Jahren": the event's win, counted (not "a primeira
            # vitória já na etapa 2": the first win, on the stage named right after it)
            return False
        if items[index].kind == "WIN" and items[index].value == "final":
            return False  # "la vittoria finale è però di X": the event's win, not the stage's
        if items[index].kind == "WIN" and _won_after_a_contrast(items, index):
            return False  # "ganó la etapa final en 2h 41' 18'', pero el triunfo fue para X": the event's
        if items[index].kind == "WIN" and items[index].value == "stage":
            return True
        if (
            items[index].kind == "POS"
            and not in_stage_before
            and stage_groups
            and all(k > index for k, _ in stage_groups)
            and all(
                any(items[m].kind == "COMMA" for m in range(index + 1, k))
                and any(items[m].kind in _CREW_KINDS for m in range(index + 1, k))
                for k, _ in stage_groups
            )
        ):
            # "Secondi Marco Ledda e Salvatore Pinna (…), attardati da un problema nella quinta
            # tappa": a stage in an aside after the crew is no stage of the place
            return False
        if (
            items[index].kind == "WIN"
            and items[index].value is None
            and stage_groups
            and all(
                k > index
                and any(items[m].kind in _CREW_KINDS for m in range(index + 1, k))
                and any(items[m].kind == "RELATIVE" for m in range(index + 1, k))
                for k, _ in stage_groups
            )
        ):
            # "was won by X and Y (…), who led from the third stage to the finish": a stage in a
            # relative clause after the winners is no stage of the win
            return False
        clause = _clause(items, index)
        if not any(it.kind == "STAGE_NO" for it in clause) and any(
            it.kind in ("TOTAL", "YEAR") and it.i > items[index].j for it in clause
        ):
            return False  # "che si sono aggiudicati il Rally Dakar 2026 … con il tempo totale": the event's
        if (
            stage_groups
            and index + 1 < len(items)
            and items[index + 1].kind == "POSITION_NOUN"
            and items[index + 1].value == "time"
        ):
            return True  # "nella PS14 il settimo tempo assoluto": the seventh time on the stage
        if (
            items[index].kind == "WIN"
            and stage_groups
            and any(
                it.kind == "STAGE" and 0 <= it.i - items[index].j <= 2 for it in items[index + 1 : index + 4]
            )
        ):
            # "gewann er die Etappe in der Rally2-Wertung": the stage is what was won, the class
            # after it the stage's class, no class won
            return True
        low, high = region(index)
        anchor = items[index].i
        strong = [
            abs(items[k].i - anchor)
            for k in range(low + 1, high)
            if items[k].kind in ("OVERALL", "CLASS_MARKER")
            # ("in de Rally2-klasse": the marker only completes the class's name)
            and not (
                (items[index].kind == "POS" or k < index)  # not "won the RallyGP class"
                and items[k].kind == "CLASS_MARKER"
                and k > 0
                and items[k - 1].kind == "CLASS"
            )
            # (not "P2 à 1.8s du scratch": the fastest time a gap is measured to)
            and not (k > 1 and items[k - 1].kind == "DURATION" and items[k - 2].kind == "GAP")
        ]
        if (
            line.posted
            and stage_groups
            and not strong
            and items[index].kind == "POS"
            and PLACE_CODE.fullmatch(items[index].text)
            and all(k < index for k, _ in stage_groups)
        ):
            # ("ES9 ✅ P4 … 👌 Jonas & Lenny P2 Rally4": a post's timing-screen places on its stage)
            return True
        if not stage_groups and items[index].kind == "WIN" and items[index].value == "best" and not strong:
            return True  # "In der Rally3 ist Eggenberger … der Schnellste": a class's best time on the stage
        if not stage_groups:
            named = [k for k in range(low + 1, high) if items[k].kind == "CLASS"]
            # "Die etappe werd in de Rally2-klasse gewonnen door X": the stage of the sentence
            # before, named again, keeps its places whatever class is named
            if any(it.kind == "STAGE" for it in items):
                # ("assinaram o quinto tempo da etapa, a 6m40s, e terminam no oitavo lugar da
                # Ultimate": a class right after a place in a later clause than the stage word)
                later_clause = all(
                    k < index and any(items[m].kind == "CONJ" for m in range(k + 1, index))
                    for k, it in enumerate(items)
                    if it.kind == "STAGE"
                )
                if later_clause and any(k > index and items[k].i - items[index].j <= 3 for k in named):
                    return False
                return not strong
            return not strong and not named
        named = [k for k in range(low + 1, high) if items[k].kind == "CLASS"]

        def owned_by_earlier(k: int) -> bool:
            # "was de snelste in de vierde etappe en won de klasse": the stage right after an
            # earlier place is that place's
            return any(p < k and p != index and 0 <= items[k].i - items[p].j <= 2 for p in positions)

        claimed = all(  # each stage named belongs to another place, nearer to it
            owned_by_earlier(k)
            # ("werd tweede en pakte in de achtste etappe nog een dagzege": a win right after the stage)
            or any(
                p > k and p != index and items[p].kind == "WIN" and _gap(items[p], items[k]) <= 3
                for p in positions
            )
            # (a gap read as the winner's place is in no list of positions: it keeps its stage)
            or min(positions, default=index, key=lambda p: abs(items[p].i - items[k].i)) != index
            for k, _ in stage_groups
        )
        # "segundo nessa especial entre os WRC2": "that stage" right after the place keeps it there
        that_stage = any(
            items[k].kind == "STAGE" and 0 <= items[k].i - items[index].j <= 2 for k in range(index + 1, high)
        )
        if _stage_right_after(items, index, stage_groups) is not None:
            return True  # "second in class on the closing SS20"
        if _own_stage_win_before(items, index, positions, stage_groups, book):
            return False  # "auteurs du scratch dans l'ES3, en profitent pour monter sur la deuxième marche"
        if (
            claimed
            and not that_stage
            and all(
                k > index and any(items[m].kind == "CONJ" for m in range(index + 1, k))
                for k, _ in stage_groups
            )
        ):
            return False  # "werd tweede en pakte in de achtste etappe nog een dagzege": the other clause's
        if named and claimed and not that_stage:
            return False  # "remporte la dixième étape et finit sixième en RallyGP": the class's
        if (
            claimed
            and all(
                any(
                    p > index and items[p].kind == "WIN" and 0 <= items[k].i - items[p].j <= 2
                    for p in positions
                )
                for k, _ in stage_groups
            )
            # (not "crossed the line second on the road, having won stage 8, but were handed a
            # penalty": a place the penalty undid)
            and not any(it.kind in ("PENALTY", "RETIRE") for it in items[index + 1 :])
        ):
            return False  # "fueron segundos a 18,4 segundos después de ganar el TC6": the later win's stage
        stage_distance = min(abs(items[k].i - anchor) for k, _ in stage_groups)
        # "a sétima etapa, que venceu na classe Rally2": a stage right before the win owns it
        just_before = any(
            0 < anchor - items[k].j + 1 <= 3
            for k, _ in stage_groups
            if k < index
            and not owned_by_earlier(k)
            # (not "… de la cinquième étape et terminent cinquièmes du classement final")
            and not (strong and any(items[m].kind == "CONJ" for m in range(k + 1, index)))
        )
        # "gewann in der Stock-Klasse bereits die zweite Etappe": the stage is what was won
        object_stage = items[index].kind == "WIN" and any(
            k > index and all(items[m].kind in ("CLASS", "CLASS_MARKER") for m in range(index + 1, k))
            for k, _ in stage_groups
        )
        # ("stuiven over de zandwegen van KP5 Geel; zij wonnen de Rally3-klasse": a stage in the
        # clause before is no nearer than the class in the win's own)
        earlier_clause = all(
            k < index and any(items[m].kind == "COMMA" for m in range(k + 1, index)) for k, _ in stage_groups
        )
        if strong and earlier_clause and stage_distance == min(strong):
            return just_before or object_stage
        return just_before or object_stage or not strong or stage_distance <= min(strong)

    pending_crews: list[tuple[str, Item]] = []
    pending_positions: list[int] = []
    last: list[Draft] = []
    last_crew: tuple[str, Item] | None = None
    retired: set[str] = set()
    pending_gap: Item | None = None
    pending_time: tuple[str, Item] | None = None  # "X fuhr in 11:02,7 Min. Bestzeit"
    # "SS1 was cautious – 9:02.7, sixth in Rally4": a stage's time told before a place of no one
    # named yet (the crew the line is about), the time of the place that follows
    unowned_time: Item | None = None
    pending_total: Item | None = None  # "Met een totaaltijd van 1u34m18,7s werd hij vijfde"
    beaten: set[str] = set()  # crews named as the ones beaten by a margin
    pronoun_crew: tuple[str, Item] | None = None

    def keep(made: Draft, index: int) -> None:
        following = items[index + 1] if index + 1 < len(items) else None
        made.beside = (
            made.stage is not None
            and following is not None
            and following.kind in ("STAGE", "OVERALL")
            and following.i - items[index].j <= 2
            and any(
                d.crew == made.crew and d.stage == made.stage and d.class_label != made.class_label
                for d in last
            )
        )
        drafts.append(made)
        last.append(made)

    def place(crew: tuple[str, Item], position: Item, index: int) -> Draft | None:
        crew_id, mention = crew
        if crew_id in retired:
            return None
        value = 1 if position.kind == "WIN" else int(position.value)
        if any(it.kind == "HOLDING" and 0 <= position.i - it.j <= 3 for it in items[:index]):
            return None  # "chegou a ocupar o 22.º lugar", "cuando eran terceros": held, not final
        if any(it.kind == "PRACTICE" for it in items) or any(
            it.kind == "SECTOR" for it in _clause(items, index)
        ):
            # "Shakedown done, 6th fastest in #WRC2": a test before the start; "Two fastest sector
            # times on SS13": the best of a stage's part, not of the stage
            return None
        if _held_after(items, index):
            return None  # "hatte das Duo auf Rang zwei der Rally5-Wertung gelegen": held, not final
        if position.kind == "WIN" and _wins_counted(items, index) and not _included_stages(items, index):
            return None  # "gewann fünf der neun Prüfungen", "won six stages": a count, no place
        stage_win = position.kind == "WIN" and position.value == "stage"
        if stage_win and not on_stage(index) and memory.day_stage is None:
            return None  # "stage win for X" with no stage named: no result to record
        if (
            on_stage(index)
            and not (
                _events_place_before_a_stage_win(items, index, stage_groups)
                # (not "crossed the line second on the road, having won stage 8, but were handed a
                # penalty": a place the penalty undid)
                and not any(it.kind in ("PENALTY", "RETIRE") for it in items[index + 1 :])
            )
        ):
            stages = _stage_for(index, stage_groups, items, scope)
            made = None
            nonlocal pending_time, unowned_time
            undone = position.kind == "WIN" and any(it.kind == "PENALTY" for it in items[index + 1 :])
            listed = len(stages) > 1 and position.kind == "WIN" and bool(_included_stages(items, index))
            for stage in stages:
                made = Draft(
                    crew_id,
                    value,
                    stage,
                    class_for(index) or paragraph_class,
                    [mention, position],
                    undone=undone,
                    listed=listed,
                )
                if pending_time is not None and pending_time[0] == crew_id and len(stages) == 1:
                    made.time = pending_time[1].value.duration
                    made.evidence.append(pending_time[1])
                    pending_time = None
                elif unowned_time is not None and len(stages) == 1:
                    made.time = unowned_time.value.duration
                    made.evidence.append(unowned_time)
                unowned_time = None
                keep(made, index)
            return made
        if memory.day_stage is not None:
            # A day's report: its places are places on that day's stage; a place among the
            # standings ("leads the provisional standings", "third after stage 4") is no result.
            following = items[index + 1] if index + 1 < len(items) else None
            on_the_day = stage_win or (
                following is not None and following.kind == "STAGE" and following.i - position.j <= 2
            )
            # "solo fue séptimo en la etapa, pero conserva el liderato de la general", "kwamen
            # als vijfde binnen en leiden het tussenklassement": the standing is another clause's
            if not on_the_day and any(it.kind in _STANDINGS_KINDS for it in _clause(items, index)):
                return None
            made = Draft(
                crew_id, value, memory.day_stage, class_for(index) or paragraph_class, [mention, position]
            )
            keep(made, index)
            return made
        if any(it.kind == "PROVISIONAL" for it in _clause(items, index)):
            return None  # "segundo de la general provisional": a standing, not the result
        if _standing_after_a_stage(items, index):
            return None  # "P2 overall 🥈 after SS6", "P2 assoluti dopo la PS7": a standing
        following = items[index + 1 : index + 3]
        if following and following[0].kind == "POSITION_NOUN":
            following = following[1:]
        if (
            position.kind == "POS"
            and following
            and following[0].kind == "STAGE"
            and following[0].i - position.j <= 3
        ):
            return None  # "o quinto tempo da etapa" with no stage known: a stage's place, not the class's
        if (
            position.kind == "POS"
            and index + 1 < len(items)
            and items[index + 1].kind == "POSITION_NOUN"
            and items[index + 1].value == "time"
            and items[index + 1].i == position.j
            and not any(it.kind in ("OVERALL", "TOTAL") for it in _clause(items, index))
        ):
            # "Primo tempo di WRC2 per X in 14:08.6" with no stage known: a stage's time, and so is
            # the time told before it ("com 10m31,2s, apenas o nono tempo")
            if pending_time is not None and pending_time[0] == crew_id:
                pending_time = None
            return None
        # ("MOTOREN" over "… Echeverría werd tweede op 4' 11''": in a release about categories, the
        # category its section's heading names, or a class its paragraph named since ("## Cars"
        # over "… won the Ultimate category"), before the one the release names first)
        section = (
            (memory.paragraph_class or memory.section_class)
            if memory.section_class is not None and fallback_class != "overall"
            else None
        )
        label = class_for(index) or section or fallback_class
        made = Draft(crew_id, value, None, label, [mention, position])
        if (
            pending_time is not None
            and pending_time[0] == crew_id
            and pending_time[1].value.duration.seconds >= _SHORTEST_TOTAL
        ):
            # "Hoekstra, der in 54:02:27 Std. gewann": the time stated before the verb
            made.time = pending_time[1].value.duration
            made.evidence.append(pending_time[1])
            pending_time = None
        nonlocal pending_total
        if pending_total is not None and made.time is None:
            made.time = pending_total.value.duration  # the total named before the crew and its place
            made.evidence.append(pending_total)
            pending_total = None
        nonlocal pending_gap
        if pending_gap is not None and value > 1:
            made.gap = pending_gap.value.duration
            made.evidence.append(pending_gap)
            pending_gap = None
        drafts.append(made)
        last.append(made)
        for also in _classes_listed_after(items, classes, label, region(index), position.kind == "WIN"):
            # "won the Rally4 class and the Junior trophy": the same place in each
            drafts.append(Draft(crew_id, value, None, also, [mention, position]))
        return made

    repeated: set[int] = set()  # references already read as part of the one before
    # (in a fact box, a line naming no one after its label is the box's crew's)
    box_subject = (
        memory.box_crew
        if memory.box_crew is not None and not _names_a_subject(_after_label(items, line))
        else None
    )
    unnamed_subject = (
        box_subject
        if box_subject is not None
        else memory.previous_crew
        # ("… led to the finish. Stage wins: SS3, SS7 and SS11.": the crew of the sentence before)
        if (memory.drops_subject or _wins_label(items, line, _WINS_LABEL, 3))
        and _is_prose(line)
        and not _names_a_subject(items)
        # (a live thread's post starts afresh: "11:48 — ¡¡VICTORIA DE ETAPA EN SSV!! Etapa 5 para
        # X y Y" is no win of the crew the post before named)
        and not (
            line.posted and memory.previous_crew is not None and memory.previous_crew[1].start < line.start
        )
        else None  # (a heading, "SSV: segundos en el día", has no subject to drop)
    )
    drafts_at_start = len(drafts)
    orphan, memory.orphan = memory.orphan, None
    first_named = _first_named(items, book, len(items)) if orphan is not None else None
    if (
        orphan is not None
        and first_named is not None
        and not any(it.kind in ("POS", "WIN") for it in items[: _crew_clause_end(items, first_named)])
    ):
        position, label = orphan
        crew_id = book.resolve(items[first_named])
        assert crew_id is not None
        made = Draft(crew_id, int(position.value), None, label, [items[first_named], position])
        drafts.append(made)
        last.append(made)
        last_crew = (crew_id, items[first_named])
    opening_subject = memory.previous_crew if memory.drops_subject and _is_prose(line) else None
    if is_bullet(line.raw):
        # ("- Triunfo uruguayo en SSV": a summary bullet is about its own subject, unnamed or not)
        opening_subject = None
        unnamed_subject = box_subject  # ("- Result: 4th overall" in a fact box of bullets)
    # (a team's live thread: "[09:05] — SS1 done ✅ P5 in #WRC2" is the crew the thread is about)
    teller = memory.narrator or (
        memory.first_crew if line.posted and _names_only(line, book, memory.first_crew) else None
    )
    if (
        unnamed_subject is None
        and teller is not None
        and not any(
            it.kind in _SUBJECT_KINDS
            and (it.kind not in _CREW_KINDS or book.resolve(it) is not None)
            and not (line.posted and _behind_a_gap(items, k))
            for k, it in enumerate(items)
        )
    ):
        # ("Bilan : neuvième au général et deuxième en 2RM, en 1 h 41 min 18 s", "Resumindo logo:
        # terminei o Rally de Erechim em sexto": a blog's line that names no crew is its author's)
        unnamed_subject = teller
    # a sentence of standings that places no one ("Au classement intermédiaire, Guérin mène avec
    # 12,5 s …"): its durations are gaps in them, no one's time
    standings_told = any(it.kind == "PROVISIONAL" for it in items) and not any(
        it.kind in ("POS", "WIN", "STAGE_NO") for it in items
    )
    index = 0
    while index < len(items):
        item = items[index]
        if index in repeated:
            index += 1
            continue
        if (
            item.kind == "ROLE"
            and not pending_crews
            and last_crew is None
            and (_role_as_anaphor(items, index, line, book))
        ):
            item = Item("CREW_NOUN", item.start, item.end, item.i, item.j, None, item.text)
        if item.kind == "DEMONYM":
            following = [it for it in items[index + 1 : index + 3] if it.kind in _CREW_KINDS]
            if following:
                crew_id = book.resolve(following[0])
                if crew_id is not None:
                    memory.described.setdefault(str(item.value), set()).add(crew_id)
            index += 1
            continue
        winner = _winner_after_gap(items, index)
        if winner is not None and last_crew is not None:
            # "à 21 minutes du vainqueur, l'Australien Callum Whitford": the winner, named in passing
            crew_id = book.resolve(items[winner])
            if crew_id is not None and crew_id != last_crew[0]:
                gap = items[index]
                measured = last[-1] if last else None
                won = place((crew_id, items[winner]), _as_win(gap), index)
                if won is not None and measured is not None and measured.stage is None:
                    # ("au quatrième rang du général …, à 1:02,7 des vainqueurs X", "second in the
                    # Junior class, 11.3s behind category winner X": the winners of the standings
                    # the place was in, unless the words between name others: "overall winner")
                    between = [label for it in items[index - 2 : winner] if (label := _class_of(it))]
                    # (the marker before the word, "6.1 seconds behind class winners X", too)
                    if not between and any(it.kind == "CLASS_MARKER" for it in items[index - 1 : winner]):
                        # ("segundo lugar na classe Challenger e 14º na geral, … atrás dos
                        # vencedores da classe, X": the class the subject placed in, not overall)
                        classed = [d for d in last if d.stage is None and d.class_label != "overall"]
                        if classed:
                            measured = classed[-1]
                    won.stage, won.class_label = None, between[-1] if between else measured.class_label
                # the winner's names are read: the subject stays who "he" is next
                repeated.update(
                    k
                    for k in range(winner, len(items))
                    if items[k].kind in _CREW_KINDS and book.resolve(items[k]) == crew_id
                )
                if won is not None and won in last:
                    # ("des vainqueurs Pedrazzini et Känzig (1:18:33,2)": their time in brackets
                    # is read with them; "…, and seventeenth overall" after it is the subject's)
                    bracketed = _time_in_brackets_after(items, winner, crew_id, book)
                    if bracketed is not None and won.time is None:
                        won.time = items[bracketed].value.duration
                        won.evidence.append(items[bracketed])
                        repeated.add(bracketed)
                    if any(it.kind == "POS" for it in items[winner:]):
                        last.remove(won)
        antecedent = _antecedent(items, index) if item.kind == "RELATIVE" else None
        if antecedent is not None:
            # "behind Fouquet and Lagarde, who took victory", "precedendo Malý (Husqvarna), che si
            # era imposto nel secondo settore": they are the subject from here on
            crew_id = book.resolve(items[antecedent])
            placed = [d for d in last if d.crew == crew_id]
            if crew_id is not None and placed:
                # "die Sieger X und Y (Hyundai), die nach 2:37:39,2 Std. ins Ziel kamen": the
                # clause goes on about the place just given
                last[:] = placed
                pending_crews = []
                last_crew = (crew_id, items[antecedent])
            elif crew_id is not None:
                beaten.discard(crew_id)
                last.clear()
                pending_crews = [(crew_id, items[antecedent])]
                last_crew = pending_crews[0]
            index += 1
            continue
        described_crew = None
        if item.kind == "DESCRIPTOR":
            # "the Irishman": the one crew introduced as Irish, else whoever "he" would be
            described = memory.described.get(str(item.value), set())
            described_crew = next(iter(described)) if len(described) == 1 else None
            kind = "NAME" if described_crew else "PRONOUN"
            item = Item(kind, item.start, item.end, item.i, item.j, None, item.text)
            if (
                index + 1 < len(items)
                and items[index + 1].kind == "CREW_NOUN"
                and items[index + 1].i == item.j
            ):
                repeated.add(index + 1)  # "the Czech crew": one reference, not two
        if item.kind in _CREW_KINDS or item.kind in ("PRONOUN", "CREW_NOUN", "NARRATOR"):
            if item.kind in _CREW_KINDS:
                crew_id = described_crew or book.resolve(item)
            elif item.kind == "NARRATOR":
                # "nós em terceiro", "nous remportons l'ES5": the crew the release is about
                crew_id = memory.first_crew[0] if memory.first_crew else None
            elif (
                index + 1 < len(items)
                and items[index + 1].kind in _CREW_KINDS
                and (items[index + 1].i <= item.j + 1)
                and book.resolve(items[index + 1]) is not None
            ):
                crew_id = None  # "the second crew, X and Y": the names that follow say who
            else:
                # "he" may point into this sentence; "the crew" points to an earlier one.
                referred = (
                    (pronoun_crew or last_crew or memory.last_crew)
                    if item.kind == "PRONOUN"
                    else (memory.previous_crew or memory.last_crew)
                )
                if item.kind == "PRONOUN" and item.value == "latter" and last_crew is None:
                    referred = memory.last_named or referred  # ("Ces dernières ont signé …")
                if item.kind == "CREW_NOUN" and sentence is line.sentences[0] and memory.first_crew:
                    # "Nel prologo l'equipaggio trentino si era piazzato terzo" opening a
                    # paragraph: the crew the release is about, not the one named last
                    referred = memory.first_crew
                if (
                    item.kind == "PRONOUN"
                    and any(ch.isdigit() for ch in item.text)
                    and sentence is line.sentences[0]
                    and last_crew is None
                    and memory.opening_crew is not None
                ):
                    # "Schon im Prolog zeigte der 27-jährige Pongauer …" opening a paragraph: the
                    # one the paragraph before opened on, not the teammate it named last; "er"
                    # after it is that one too
                    referred = memory.last_crew = memory.opening_crew
                kinds = {it.kind for it in items}
                if (
                    item.kind == "CREW_NOUN"
                    and memory.paragraph_crew is not None
                    and "WIN" in kinds
                    and not kinds & {"POS", "STAGE_NO", "CLASS", "PAST"}
                    and not any(it.kind in _CREW_KINDS and book.resolve(it) is not None for it in items)
                ):
                    # "… Serpa e Leal, terceiros. O piloto de Amarante … conquistou a primeira
                    # vitória absoluta": the driver who won is the one the paragraph opened on
                    referred = memory.paragraph_crew
                if item.kind == "CREW_NOUN" and _of_a_team(items, index, book):
                    # "la pareja de Desierto Ibérico", "the Coyote Ridge pair": the team's crew,
                    # the one its paragraph is about
                    referred = memory.paragraph_crew or memory.first_crew
                if item.kind == "CREW_NOUN" and isinstance(item.value, int) and referred:
                    # ("Het duo kwam als negende" after a paragraph on the car's crew, in a team
                    # report that opened with its truck's trio: the crew of that many people)
                    sized = [
                        c
                        for c in (referred, memory.last_crew, memory.previous_crew, memory.paragraph_crew)
                        if c is not None and book.size(c[0]) == item.value
                    ]
                    referred = sized[0] if sized and book.size(referred[0]) != item.value else referred
                crew_id = referred[0] if referred else None
            if crew_id is None:
                index += 1
                continue
            crew = (crew_id, item)
            quicker = _only_quicker(items, index)
            if quicker is not None and item.kind in _CREW_KINDS:
                # "only Al-Qahtani was quicker": he won; the sentence is about someone else
                margin = items[quicker]
                place(crew, _as_win(margin), quicker)
                index = quicker + 1
                continue
            if _named_after_retirement(items, index):
                retired.add(crew_id)
            # ("18''7 d'avance sur les Vaudois Kevin Nicolier": the demonym before the name aside)
            at = index - 1 if index >= 1 and items[index - 1].kind == "DEMONYM" else index
            gap_reference = at >= 2 and (
                (items[at - 1].kind == "DURATION" and items[at - 2].kind in ("MARGIN", "GAP"))
                # "58 segundos menos que Undurraga"
                or (items[at - 1].kind in ("MARGIN", "GAP") and items[at - 2].kind == "DURATION")
                # "met vier punten achterstand op Dijkstra. De Drent …": a rival in the standings
                or (
                    items[index - 1].kind == "GAP"
                    and items[index - 2].kind == "GAP"
                    and item.i - items[index - 1].j <= 1
                )
            )
            # ("Marchal lieferte sich ein Duell mit Thorsen. Der Franzose …": a rival named after
            # "with" is not who "he" is next)
            gap_reference = gap_reference or (
                items[index - 1].kind == "WITH"
                and last_crew is not None
                and last_crew[0] != crew_id
                and item.kind in _CREW_KINDS
            )
            if item.kind in _CREW_KINDS and memory.first_crew is None:
                memory.first_crew = crew
            if item.kind in _CREW_KINDS and memory.paragraph_crew is None:
                memory.paragraph_crew = crew
            if item.kind in _CREW_KINDS:
                memory.last_named = crew
            if (item.kind in _CREW_KINDS or item.kind == "NARRATOR") and not gap_reference:
                # "…, a 9m 16,7s de Haapala": the crew measured against is not who "he" is next;
                # "Depois disso eu tentei recuperar": the narrator is, after "I" or "we"
                memory.last_crew = crew
            if item.kind == "PRONOUN" and pronoun_crew is None:
                pronoun_crew = crew  # a second "he" in the sentence is the same subject
            cue_at = index - 1
            if cue_at > 0 and items[cue_at].kind == "DEMONYM":
                cue_at -= 1  # "di vantaggio sugli olandesi X"
            gap_at = cue_at - 1 if cue_at > 0 and items[cue_at].kind == "DURATION" else cue_at
            if (
                gap_at >= 0
                and items[gap_at].kind == "MARGIN"
                and item.kind in _CREW_KINDS
                and last_crew is None
            ):
                # "Norwegian wins Safari Rally Kenya by 18.4 seconds from Étienne Marchetti": with
                # no crew named before, the one after the margin is the beaten crew, not the winner
                cue_at = gap_at
            seconds = [d for d in last if d.position == 2]
            if gap_at >= 0 and items[gap_at].kind == "GAP" and seconds and item.kind in ("NAME", "WORD"):
                # "reed de tweede tijd, op 1,4 seconde van Gerben Zijlstra", "tweede, achter de
                # Tsjech X": the crew the second place is measured against won there (not a post's
                # tag, "P2 in WRC2, only 2.1s off @KalleOstberg", which may be the class's leader)
                drafts.append(
                    Draft(crew_id, 1, seconds[0].stage, seconds[0].class_label, [item, items[gap_at]])
                )
                last_crew = last_crew or crew
                beaten.add(crew_id)
                index += 1
                continue
            if cue_at >= 0 and items[cue_at].kind in ("MARGIN", "GAP") and (items[cue_at].j >= item.i - 3):
                # "eight tenths ahead of Cœurdevey", "1.4 s behind Zijlstra": the beaten crew
                # is not the subject of the places around it.
                last_crew = crew if not last else last_crew
                winners = [d for d in last if d.position == 1]
                if not winners and pending_time is not None and in_stage:
                    # "chiudendo in 2h 03' 37'' con 1' 09'' di vantaggio sugli olandesi X": the
                    # timed crew won this stage, as told before
                    stages = _stage_for(index, stage_groups, items, scope)
                    winners = [
                        d
                        for d in drafts
                        if d.crew == pending_time[0] and d.position == 1 and d.stage in stages
                    ][:1]
                if (
                    not beaten
                    and winners
                    and items[cue_at].kind == "MARGIN"
                    and cue_at > 0
                    and items[cue_at - 1].kind == "DURATION"
                    # ("ganó la octava etapa y conserva el primer puesto con 7' 45'' de margen
                    # sobre X": the margin of a standing, not of the win)
                    and not any(it.kind in _STANDINGS_KINDS or it.kind == "POS" for it in items[:cue_at])
                ):
                    # "won in 2h 03' 37'' with 1' 09'' over X": X is second where the win was
                    drafts.append(
                        Draft(crew_id, 2, winners[0].stage, winners[0].class_label, [item, items[cue_at]])
                    )
                beaten.add(crew_id)
                after = _past_brackets(items, index + 1)  # "sobre Facundo Irigoyen (MMP), segundo no dia"
                if (
                    after + 1 < len(items)
                    and items[after].kind == "COMMA"
                    and items[after + 1].kind == "POS"
                    and items[after + 1].i == items[after].j
                ):
                    # "huit dixièmes devant Cœurdevey, deuxième de la spéciale": his own place
                    saved = list(last)
                    place(crew, items[after + 1], after + 1)
                    last[:] = saved
                    index = after + 2
                    continue
                index += 1
                continue
            if crew_id in beaten and items[index - 1].kind == "CONJ":
                index += 1  # "… de ventaja sobre Nil Soler y Arnau Pujadas": the same beaten crew
                continue
            if last and all(d.crew == crew_id for d in last) and not pending_positions:
                # "Groeneveld / Vercammen": the co-driver of the crew just placed.
                index += 1
                continue
            own_place = (
                index + 1 < len(items)
                and items[index + 1].kind == "POS"
                and (items[index + 1].i <= item.j + 1)
            )
            while (
                pending_positions
                and last_crew is not None
                and last_crew[1].start < items[pending_positions[0]].start
                and items[pending_positions[0]].value in ("stage", "best")
                and any(
                    it.kind == "COMMA" and it.text.strip() == ";"
                    for it in items[pending_positions[0] : index]
                )
            ):
                # ("Marchetti set a 13:48.2 on SS9 Platak, the fastest time ever recorded on that
                # stage; Vähämäki won …": a place the semicolon closed is the crew's named before it)
                position_index = pending_positions.pop(0)
                place(last_crew, items[position_index], position_index)
            subject = memory.previous_crew or memory.last_crew
            if (
                pending_positions
                and not own_place
                and last_crew is None
                and subject is not None
                and subject[0] != crew_id
                and _measured_to(items, index)
                and memory.drops_subject
                and memory.narrator is None  # (a narrator's "Ho chiuso terzo" is read as its own)
                and all(items[k].kind == "POS" for k in pending_positions)
            ):
                # ("… firmó el segundo mejor tiempo en el TC6 …, a solo tres décimas de Riestra, que
                # ganó el tramo": the rival a gap is measured to holds no place of the sentence; the
                # dropped subject, the crew of the sentence before, does)
                while pending_positions:
                    position_index = pending_positions.pop(0)
                    place(subject, items[position_index], position_index)
            if pending_positions and not own_place:  # "…, con Østergaard secondo": his own place
                position_index = pending_positions.pop(0)
                if position_index > 0 and items[position_index - 1].kind == "GAP" and last_crew is not None:
                    # "47 seconds behind stage winner Barrientos, fourth in RallyGP": the winner
                    # is named in passing; the subject keeps the places that follow
                    last.clear()
                    place(crew, items[position_index], position_index)
                    index += 1
                    continue
                last.clear()
                place(crew, items[position_index], position_index)
                others = {book.resolve(it) for it in items[index + 1 :] if it.kind in _CREW_KINDS} - {
                    crew_id,
                    None,
                }
                while pending_positions and not others:
                    # "Un secondo posto di categoria e la nona posizione assoluta: è il bilancio
                    # di X": every place named before the one crew of the sentence is its own
                    position_index = pending_positions.pop(0)
                    place(crew, items[position_index], position_index)
            elif not any(c[0] == crew_id for c in pending_crews):
                if not pending_crews:
                    last.clear()
                pending_crews.append(crew)
            last_crew = crew
        elif (
            item.kind == "WIN"
            and index > 0
            and items[index - 1].kind == "GAP"
            and item.i - items[index - 1].j <= 1
            and index > 1
            and items[index - 2].kind == "DURATION"
            and not _names_follow(items, index)
        ):
            pass  # "+1.8s behind the stage winner": the one measured against, unnamed
        elif item.kind in ("POS", "WIN") and _in_past(items, index, published_year):
            pass  # a place in a past edition: the crews stay pending for the next place
        elif item.kind == "WIN" and (apposed := _apposed_crew(items, index, book)) is not None:
            # ("… d'avance sur le Suédois Sven Åkerlund et Jonas Fröberg (Citroën DS3 R3T), auteurs
            # du meilleur temps R3 dans l'ES6": the win is the crew's a comma sets it beside, though
            # a gap was measured to it)
            place(apposed, item, index)
            last_crew = apposed
        elif (
            item.kind == "WIN"
            and index == 0
            and opening_subject is not None
            and _subject_after_a_comma(items, index)
        ):
            # "Venceu a PEC 2 em 9m14,7s e …, relegando Sá Pereira para o segundo posto": the
            # verb opens the sentence, its subject is the crew of the sentence before; the name
            # after the comma is another's
            place(opening_subject, item, index)
            last_crew = opening_subject
        elif (
            item.kind == "WIN"
            and item.start in line.subject_wins
            and (named_at := _first_named(items, book, index)) is not None
        ):
            # "Furlanetto ha chiuso alle spalle dei francesi A e B dopo aver vinto il prologo": the
            # win is the sentence's subject's, whoever was named since
            subject_crew = book.resolve(items[named_at])
            assert subject_crew is not None
            subject = (subject_crew, items[named_at])
            place(subject, item, index)
            last_crew = subject
            pending_crews = []
        elif (
            item.kind in ("POS", "WIN")
            and _names_follow(items, index)
            # (not "X and co-driver Y won Safari Rally Kenya": after the verb of the crews named
            # before it, a word naming no crew that opens a longer capitalised name)
            and not (
                pending_crews
                and book.resolve(items[index + 1]) is None
                and _opens_a_longer_name(line, items, index + 1)
            )
        ):
            # "die Sieger Mateusz Wróblewski und …", "stage winner Fouquet": the name after it.
            pending_positions.append(index)
        elif item.kind in ("POS", "WIN"):
            run = [index]
            probe = index + 1
            while probe < len(items) and items[probe].kind in ("POS", "WIN", "CONJ", "COMMA"):
                if items[probe].kind in ("POS", "WIN"):
                    run.append(probe)
                probe += 1
            named_before = pending_crews[-1] if pending_crews else last_crew
            if named_before is not None and _place_fronted_before_its_crew(
                items, index, book, named_before[0]
            ):
                # ("… setzte Fürnschlief mit 5:37,4 Minuten den Schlusspunkt des Tages, Zweiter wurde
                # Řezníček": a clause that opens on a place gives it to the crew named right after;
                # on a stage, the crew before it, placed nowhere in the sentence, was the fastest)
                if (
                    item.value == 2
                    and in_stage
                    and on_stage(index)
                    and not pending_positions
                    and not any(d.crew == named_before[0] for d in drafts[drafts_at_start:])
                ):
                    place(named_before, _as_win(item), index)
                    pending_crews = []
                    last_crew = named_before
                pending_positions.append(index)
            elif pending_crews:
                last.clear()
                if len(run) == len(pending_crews) and len(run) > 1:
                    for crew, position_index in zip(pending_crews, run, strict=True):
                        place(crew, items[position_index], position_index)
                    index = run[-1]
                else:
                    # One place, several crews named before it: the nearest one takes it.
                    place(pending_crews[-1], item, index)
                last_crew = pending_crews[-1]
                pending_crews = []
            elif last_crew is not None and (
                (
                    item.kind == "POS"
                    and (
                        not last
                        or class_for(index) not in {d.class_label for d in last}
                        # ("a signé le septième temps de l'étape chez les Challenger et termine
                        # cinquième du classement final de la catégorie", "ha vinto la 13ª tappa e ha
                        # chiuso la corsa al sesto posto": a final place after a stage's)
                        or (
                            all(d.stage is not None for d in last)
                            and not on_stage(index)
                            and (
                                any(it.kind == "OVERALL" for it in _clause(items, index))
                                or memory.day_stage is None
                            )
                        )
                    )
                )
                # "was de snelste in de vierde etappe … en won de Challenger-klasse": another win
                or (
                    item.kind == "WIN"
                    and bool(last)
                    and all(d.stage is not None for d in last)
                    and not on_stage(index)
                    and class_for(index) is not None
                )
                # "troisième de la septième étape, … deuxième de la treizième": another stage
                or (
                    bool(last)
                    and on_stage(index)
                    and bool(set(_stage_for(index, stage_groups, items, scope)) - {d.stage for d in last})
                )
            ):
                place(last_crew, item, index)
            elif unnamed_subject is not None and not last:
                # "En la duodécima etapa volvieron a subir al podio al terminar terceros": no one
                # is named, the verb's subject is the crew of the sentence before.
                place(unnamed_subject, item, index)
                if unnamed_subject is teller or unnamed_subject is box_subject:
                    last_crew = unnamed_subject  # ("second in Rally4 and 14th overall": both places)
            else:
                pending_positions.append(index)
        elif item.kind == "RETIRE":
            for crew_id, _ in pending_crews:
                retired.add(crew_id)
            if last_crew and not last:
                retired.add(last_crew[0])
            pending_crews = []
        elif item.kind == "DURATION" and standings_told:
            pass  # ("Au classement intermédiaire, Guérin mène avec 12,5 s …, 36,1 s sur Arrizabalaga")
        elif item.kind == "DURATION":
            role = _duration_role(items, index)
            target = last[-1] if last else None
            ours = memory.narrator or memory.first_crew
            if role == "time" and ours is not None and _our_total(items, index):
                # ("… auf die Sieger Florian Auer und Christoph Lechner – Gratulation 👏 Unsere
                # Gesamtzeit: 1:02:47,3": the team's own crew's total, not the winners')
                target = _earlier_result(drafts, ours, False)
            if (
                role == "time"
                and target is not None
                and target.stage is None
                and item.value.duration.seconds < _SHORTEST_TOTAL
            ):
                # "segundos na classe a 21,6 s": no rally is run in seconds; a gap, or nothing
                role = "gap" if target.position > 1 else "none"
            owner = (last_crew or memory.last_crew) if not last and not pending_crews else None
            if owner is not None and _own_time_before(items, index):
                # "Con la sanción, su tiempo oficial en la etapa asciende a 3h 46' 29''": the time
                # of whatever place that crew holds there, named before or after
                stages = _stage_for(index, stage_groups, items, scope) if in_stage else [memory.day_stage]
                drafts.extend(_time_only(owner[0], stages[-1:], item))
                index += 1
                continue
            if (
                role == "gap"
                and target is not None
                and target.stage is not None
                and item.value.duration.seconds >= _LONGEST_STAGE
            ):
                role = "time"  # "waarna de teller stopte op 21h03m55s": no stage leaves a gap that long
            total_before = any(it.kind == "TOTAL" for it in items[max(0, index - _CUE_WINDOW) : index])
            if (
                role == "time"
                and target is not None
                and target.stage is None
                and not total_before
                and item.value.duration.seconds < _LONGEST_STAGE
                and any(it.kind == "STAGE_NO" and it.i > target.evidence[-1].j for it in items[:index])
            ):
                # "Segundo terminó X, …, que se quedó con la séptima etapa … con un tiempo de 4h 58m
                # 13s": the time of the stage named after the final place, not its total
                target = None
            if role == "time" and total_before and target is not None and target.stage is not None:
                target = None  # "con un tempo totale di 53h 44' 19''": never a stage time
            if (
                role == "time"
                and target is not None
                and target.stage is not None
                and any(
                    items[k - 2].value != target.stage
                    and it.i > target.evidence[-1].j
                    and book.resolve(it) is None
                    and names_a_stage(items, k)
                    for k, it in enumerate(items[:index])
                    if it.kind == "NAME"
                )
            ):
                # ("… qui remportent la spéciale, avant de reprendre la main dans l'ES3, Clos du
                # Doubs, bouclée en 8:03,5": the time of another stage, named since the place)
                target = None
            if (
                role == "time"
                and target is not None
                and target.stage is not None
                and item.value.duration.seconds >= _LONGEST_STAGE
            ):
                # "wonnen de etappe, waarna de teller stopte op 21h03m55s": no stage lasts that long;
                # the total of the crew's final place
                target = _earlier_result(drafts, (target.crew, item), False)
            if target is None and role == "time" and any(it.kind == "TOTAL" for it in items[:index]):
                # "Their total time was 19h41m07s": a time for a place stated earlier.
                target = _earlier_result(drafts, last_crew or memory.last_crew, False)
            elif (
                target is None
                and role == "time"
                and (pending_crews or last_crew)
                and not any(
                    it.kind in _PLACE_KINDS and not _counted_win(items, k) for k, it in enumerate(items)
                )
            ):
                # "… naar de tweede plaats. Samen met navigator X klokte hij 3:58:47.": a time, and
                # no place, for the crew placed in the sentence before ("L'équipage a bouclé les
                # quatorze spéciales en 2 h 31 min 48,7 s, après avoir signé neuf meilleurs temps":
                # wins counted are no place)
                crew = pending_crews[-1] if pending_crews else last_crew
                placed = [d for d in drafts[-4:] if crew is not None and d.crew == crew[0]]
                if placed and line.posted and min(it.start for it in placed[-1].evidence) < line.start:
                    placed = []  # ("Cambio de rueda en 2 minutos": no time of a place another post told)
                if any(it.kind == "STAGE_AFTER" for it in items):
                    # ("Nach dem Prolog und vier Sonderprüfungen standen für das Duo 3:47:21 Stunden
                    # zu Buche": the time after the stages is a total, no stage's)
                    placed = [d for d in placed if d.stage is None]
                if placed and placed[-1].time is None:
                    seconds = item.value.duration.seconds
                    if placed[-1].stage is not None or seconds >= _SHORTEST_TOTAL:
                        target = placed[-1]
            if target is not None and target.listed and item.value.duration.seconds >= _AN_HOUR:
                # ("… (TC1, TC5 y TC9) y detuvo el crono en 1h 58m 42,3s": after a list of stages
                # won, the hours are the rally's total, the minutes the last stage's: "und WP 15,
                # die er in 7:48,3 Minuten absolvierte")
                target = None
            duration: Duration = item.value.duration
            if target is None and role == "gap" and not pending_crews:
                pending_gap = item  # "Mit 4:12 Minuten Rückstand belegten X und Y Platz zwei"
            if target is None and role == "time" and pending_crews and not (in_stage and total_before):
                pending_time = (pending_crews[-1][0], item)
            elif (
                target is None
                and role == "time"
                and in_stage
                and _is_prose(line)  # (a row's time and place are its crew's, named in the row)
                and not pending_crews
                and not last
                and not total_before
                and item.value.duration.seconds < _LONGEST_STAGE
                # ("9:02.7, sixth in Rally4", "mit 7:58,6 nur Fünfte in der Klasse", "mit 10:31,0
                # Klassendritte")
                and _place_right_after(items, index)
                # (not "in 12'47"3, quarto tempo, con lo scratch di Kreuzer in 12'39"5": a place
                # the sentence may give someone else named after it)
                and {book.resolve(it) for it in items[index + 1 :] if it.kind in _CREW_KINDS} - {None}
                <= {unnamed_subject[0] if unnamed_subject is not None else None}
            ):
                unowned_time = item
            elif (
                target is None
                and role == "time"
                and total_before
                and not in_stage
                and not pending_crews
                and not last
                and item.value.duration.seconds >= _SHORTEST_TOTAL
            ):
                pending_total = item  # "Met een totaaltijd van 1u34m18,7s werd hij vijfde"
            if (
                target is None
                and role == "time"
                and total_before
                and pending_crews
                and drafts
                and drafts[-1].stage is None
                and any(it is drafts[-1].evidence[0] for it in items)
                and _rival_after_margin(items, pending_crews[-1][1])
            ):
                # "… the quad category by 41m 17s from Dawid Kaczmarczyk, with a total of 33h 05m
                # 50s": the rival beaten by the margin has no total here; the winner has
                target = drafts[-1]
                pending_crews = []
            if (
                target is not None
                and role == "time"
                and target.time is not None
                and target.stage is None
                and total_before
                and duration.seconds > target.time.seconds
            ):
                # "won the final quad stage in 2h 39m 12s and the quad category …, with a total of
                # 33h 05m 50s": the time the sentence calls the total is the place's, not the one before
                target.evidence = [
                    it
                    for it in target.evidence
                    if not (it.kind == "DURATION" and it.value.duration is target.time)
                ]
                target.time = None
            if target is not None and role == "time" and target.time is None:
                target.time = duration
                target.evidence.append(item)
            elif target is not None and role == "gap" and target.gap is None:
                target.gap = duration
                target.evidence.append(item)
        index += 1
    if (
        pending_time is not None
        and in_stage
        and pending_time[1].value.duration.seconds < _LONGEST_STAGE
        # (not a total told with the standings: "Whitfield behauptet damit die Gesamtführung
        # (10:21:07 Stunden)")
        and not any(it.kind == "PROVISIONAL" for it in items)
        # (not "había completado la etapa en 3h 40' 29'', pero fue sancionado": no longer his time)
        and not any(it.kind == "PENALTY" and it.i > pending_time[1].j for it in items)
        # (nor "con 12 minutos de renta sobre Ferreira": a duration measured against someone)
        and not _measured_against(items, items.index(pending_time[1]))
    ):
        # "A dupla gastou 4h58m37s e cortou a meta com …": a time on the stage, the place
        # told elsewhere
        timed = pending_time[1]
        drafts.extend(
            _time_only(
                pending_time[0], _stage_for(items.index(timed), stage_groups, items, scope)[-1:], timed
            )
        )
    made_here = drafts[drafts_at_start:]
    relative_at = next((k for k, it in enumerate(items) if it.kind == "RELATIVE"), len(items))
    final_first = made_here and made_here[0].stage is None and all(k > relative_at for k, _ in stage_groups)
    last_stage_at = max((k for k, _ in stage_groups), default=None)
    final_last = (
        made_here
        and last_stage_at is not None
        and made_here[-1].stage is None
        # (not "Na oitava etapa, X levaram o T3 à vitória na categoria Challenger": the stage's class)
        and (
            made_here[-1].class_label == "overall"
            or any(it.kind == "OVERALL" for it in made_here[-1].evidence)
        )
        and max(it.i for it in made_here[-1].evidence) > items[last_stage_at].i
        # (not "…, achter X, die ook het eindklassement op zijn naam schreef": a relative clause's)
        and not any(it.kind == "RELATIVE" for it in items[last_stage_at:])
    )
    if (final_first or final_last) and scope is not None and scope[0] == "stage" and stage_groups:
        # "X ha vinto …, precedendo Y, che si era imposto nel secondo settore. Terzo, …": the
        # sentence gave a final place first; a stage in a relative clause does not carry over.
        # ("X, auteurs du scratch dans l'ES3, montent sur la deuxième marche. Y prennent une
        # solide quatrième place": nor does the stage a crew won before its final place)
        label = (made_here[0] if final_first else made_here[-1]).class_label
        scope = ("class", label) if label else None
    _place_those_behind(items, drafts[drafts_at_start:], book, drafts, line)
    _place_those_ahead(items, drafts[drafts_at_start:], book, drafts)
    named = [label for _, label in classes if label != "overall"]
    if named:
        memory.paragraph_class = named[-1]
    # "Elbland Truck Racing hat … den fünften Platz in der Lkw-Wertung erreicht. Fahrer X, …": a
    # final place whose sentence names no one waits for the crew the next sentence names
    memory.orphan = None
    waiting = [k for k in pending_positions if items[k].kind == "POS" and not in_stage]
    if (
        waiting
        and len(drafts) == drafts_at_start
        and not memory.drops_subject
        and memory.day_stage is None
        # ("Rallye Dakar | 3 – 17 janvier | 6e Camions": a table's row, one event of a season)
        and not (line.cells or len(_CELL_BREAK.findall(line.raw)) >= 2)
        and not any(it.kind in ("PROVISIONAL", "HOLDING", "PAST") for it in items)  # a standing
        and not any(it.kind in _SUBJECT_KINDS and book.resolve(it) is not None for it in items)
    ):
        memory.orphan = (items[waiting[0]], class_for(waiting[0]) or fallback_class)
    drafts.extend(_gapped_stage_wins(items, book, drafts[drafts_at_start:]))
    in_event = [(d.position, d.class_label) for d in drafts[drafts_at_start:] if d.stage is None]
    memory.event_place = max(in_event, key=lambda place: place[0]) if in_event else None
    memory.event_places = in_event
    if scope is not None and scope[0] == "stage" and _final_standings_last(items):
        # ("won de laatste etappe in 4:22:51 en ook het eindklassement, in 21:05:44. X werd tweede":
        # the final classification the sentence ends on is what the sentences after it rank)
        return None
    return scope


def _gapped_stage_wins(items: list[Item], book: CrewBook, made: list[Draft]) -> list[Draft]:
    """ "X won SS1, SS2 and SS9, Y SS3 and SS4", "X war auf WP1 der Schnellste, Y auf WP3 und WP4":
    a crew and stages after a comma with no verb of their own won as the crew before them did."""
    wins = [d for d in made if d.stage is not None and d.position == 1 and not d.undone]
    if not wins:
        return []
    found: list[Draft] = []
    told_until = max(it.start for d in wins for it in d.evidence)  # (the gapped clause comes after)
    k = 0
    while k < len(items):
        named = items[k]
        if not (
            k > 0
            and items[k - 1].kind in ("COMMA", "CONJ")
            and named.kind in _CREW_KINDS
            and named.start > told_until
        ):
            k += 1
            continue
        crew = book.resolve(named)
        end = k + 1
        stages: list[Item] = []
        while end < len(items) and (
            items[end].kind == "STAGE_NO" or (stages and items[end].kind in ("COMMA", "CONJ"))
        ):
            if items[end].kind == "STAGE_NO":
                stages.append(items[end])
            end += 1
        closed = end == len(items) or items[end].kind in ("COMMA", "CONJ")
        if crew is not None and stages and closed and all(d.crew != crew for d in wins):
            label = wins[-1].class_label
            found.extend(Draft(crew, 1, int(it.value), label, [named, it]) for it in stages)
        k = end if stages else k + 1
    return found


def _won_after_a_contrast(items: list[Item], index: int) -> bool:
    """A win told after "but", with a stage named before "but" and none between it and the win:
    another crew's win of the event ("X won the final stage, but the victory went to Y, who was
    third on the stage")."""
    contrast = next((k for k in range(index - 1, -1, -1) if items[k].kind == "CONTRAST"), None)
    if contrast is None or items[index].value == "stage":
        return False  # (not "…, but the stage win went to X": the win's own words name the stage)
    stage_kinds = ("STAGE_NO", "STAGE", "LAST_STAGE", "PROLOGUE")
    clause_end = next(
        (k for k in range(index + 1, len(items)) if items[k].kind in ("COMMA", "POS", "WIN")), len(items)
    )
    # ("ganó la etapa final …, pero …": a win's own words name the stage; "ma la vittoria nella
    # prova è andata a X": so does a round word right after the win's noun)

    def names_a_stage(k: int) -> bool:
        it = items[k]
        return (
            it.kind in stage_kinds
            or (it.kind == "WIN" and it.value == "stage")
            or (
                it.kind == "ROUND"
                and k > 0
                and items[k - 1].kind in ("WIN", "GIVEN_TO")
                and it.i - items[k - 1].j <= 1
            )
        )

    return any(names_a_stage(k) for k in range(contrast)) and not any(
        names_a_stage(k) for k in range(contrast, clause_end)
    )


def _final_standings_last(items: list[Item]) -> bool:
    """The sentence ends on the final standings and their time, after its last stage ("… won the
    final stage in 4:22:51 and the final classification too, in 21:05:44")."""
    last_stage = max((k for k, it in enumerate(items) if it.kind in ("STAGE_NO", "STAGE")), default=-1)
    final = next(
        (k for k, it in enumerate(items) if k > last_stage and it.kind == "OVERALL" and it.value == "final"),
        None,
    )
    return last_stage >= 0 and final is not None and any(it.kind == "DURATION" for it in items[final + 1 :])


def _class_the_places_go_on_in(
    scope: tuple[str, object],
    first_place: Item,
    items: list[Item],
    event_places: list[tuple[int, str | None]],
) -> tuple[str, object]:
    """The class a sentence naming none carries on, where the sentence before placed crews in two.

    ("… terminar terceras en la Copa, decimoséptimas de la general. X y Y acabaron cuartos": the
    fourth place goes on from the cup's third, not from the overall seventeenth the sentence
    ended on.)"""
    if any(
        _class_of(it) or it.kind in ("CLASS_MARKER", "STAGE_NO", "STAGE", "LAST_STAGE", "WIN") for it in items
    ):
        return scope  # (a class, a stage or a winner of its own: the sentence is about them)
    following = {label for position, label in event_places if position + 1 == first_place.value}
    if len(following) == 1 and scope[1] not in following and None not in following:
        return ("class", following.pop())
    return scope


# A line of a fact box: a short label, a colon, its value ("Crew: A / B", "Classificação: 3.º …").
_LABELLED_LINE = re.compile(r"\s*[^\W\d_][^:|\n]{0,40}:\s+\S")


def _counted_stages_as_total(items: list[Item]) -> list[Item]:
    """ "won de eerste, de derde en de zesde klassementsproef en finishte na acht proeven in
    1u12m05,7s": a count of stages right before a time says that time is the total of them all,
    not the time of the stage last named."""
    return [
        replace(it, kind="TOTAL")
        if (
            it.kind == "STAGE"
            and 0 < k < len(items) - 1
            and items[k - 1].kind == "CARD"
            and isinstance(items[k - 1].value, int)
            and items[k - 1].value >= 2
            and items[k - 1].j == it.i
            and not (k >= 2 and items[k - 2].kind == "CONJ")  # ("il prologo e le cinque tappe")
            and items[k + 1].kind == "DURATION"
            and items[k + 1].i - it.j <= 1
        )
        else it
        for k, it in enumerate(items)
    ]


def _place_before_penalty_dropped(items: list[Item]) -> list[Item]:
    """ "crossed the finish ramp third on the road, but a 10-second penalty … left them classified
    fourth": a place, then a penalty, then another place with no one named between them: the
    place after the penalty is the result, the one before it is not."""
    positions = [k for k, it in enumerate(items) if it.kind == "POS"]
    for first, second in zip(positions[:-1], positions[1:], strict=True):
        between = items[first + 1 : second]
        if any(it.kind == "PENALTY" for it in between) and not any(it.kind in _CREW_KINDS for it in between):
            return [it for k, it in enumerate(items) if k != first]
    return items


def _after_label(items: list[Item], line: Line) -> list[Item]:
    """The items of a fact box's line after its label ("Ergebnis: 2. Gesamtrang": the label's noun
    is no one)."""
    colon = line.raw.find(":")
    return [it for it in items if it.start >= line.start + colon] if colon >= 0 else items


def _heads_an_entry(line: Line, book: CrewBook) -> bool:
    """A short line that names one crew and no place nor time: an entry's heading over its facts
    ("A / B – car", or a rider's name, a dash and the bike: "Théo Lamarque-Sabatier — KTM 450
    Rally Replica, RallyGP")."""
    items = line.all_items()
    kinds = {it.kind for it in items}
    return (
        line.table_position is None
        and not _is_prose(line)
        and line.end - line.start <= 100
        and not line.raw.rstrip().endswith((".", "!", "?", ":"))
        and (
            "SLASH" in kinds or (len(items) > 1 and items[0].kind in _CREW_KINDS and items[1].kind == "DASH")
        )
        and not kinds & {"POS", "WIN", "DURATION", "TOTAL", "RETIRE"}
        and _names_one_crew(line, book)
    )


def _names_a_crew(line: Line, book: CrewBook) -> bool:
    """Whether the line names a known crew (then it is no line of the entry above it)."""
    return any(book.resolve(it) is not None for it in line.all_items() if it.kind in _CREW_KINDS)


def _names_one_crew(line: Line, book: CrewBook) -> bool:
    """Whether the line's people all belong to one crew ("Crew: Ott Tänak / Martin Järveoja")."""
    crews = {book.resolve(it) for it in line.all_items() if it.kind in _CREW_KINDS}
    crews.discard(None)
    return len(crews) == 1


def _on_a_route(items: list[Item], index: int, line: Line) -> bool:
    """ "Stage 4 · Tata – Foum Zguid · 347 km": in a line of figures cut by "·", a name beside a
    dash is a town of the stage's route."""
    beside = [items[k].kind for k in (index - 1, index + 1) if 0 <= k < len(items)]
    return "·" in line.raw and "DASH" in beside


def _apposed_crew(items: list[Item], index: int, book: CrewBook) -> tuple[str, Item] | None:
    """The crew named right before the comma that opens the clause of the win at `index`, its car in
    brackets between, where a gap was measured to it: "… sur X et Y (Citroën DS3 R3T), auteurs du
    meilleur temps"."""
    k = index - 1
    if k < 0 or items[k].kind != "COMMA" or items[index].i - items[k].j > 3:
        return None
    k -= 1
    # (the car in brackets closes the crew's description: not "2.6s quicker than Jakob Ødegaard and
    # Henrik Sæther, to win his first BRC stage", the subject's purpose)
    if not (k >= 1 and items[k].kind == "CLOSE" and items[k - 1].kind == "OPEN"):
        return None
    k -= 2
    if k < 0 or items[k].kind not in _CREW_KINDS or not _measured_to(items, _first_of_pair(items, k)):
        return None
    crew_id = book.resolve(items[k])
    return (crew_id, items[k]) if crew_id is not None else None


def _first_of_pair(items: list[Item], k: int) -> int:
    """ "X et Y": the index of X, where `k` is Y's."""
    if k >= 2 and items[k - 1].kind == "CONJ" and items[k - 2].kind in _CREW_KINDS:
        return k - 2
    return k


def _measured_to(items: list[Item], index: int) -> bool:
    """ "a solo tres décimas de Riestra", "38 seconds behind Ødegård": the crew at `index` is the
    one a gap is measured to (a margin, then its figure, or the other way round)."""
    before = [it.kind for it in items[max(0, index - 3) : index] if it.kind not in ("ONLY", "DEMONYM")]
    return len(before) >= 2 and (
        (before[-1] == "DURATION" and before[-2] in ("GAP", "MARGIN"))
        or (before[-1] in ("GAP", "MARGIN") and before[-2] == "DURATION")
    )


def _our_total(items: list[Item], index: int) -> bool:
    """ "Unsere Gesamtzeit: 1:02:47,3", "our total time": the time at `index` follows a total word
    the narrator's possessive opens."""
    window = items[max(0, index - _CUE_WINDOW) : index]
    return any(
        it.kind == "TOTAL"
        and k > 0
        and window[k - 1].kind == "POSSESSIVE"
        and window[k - 1].value == "narrator"
        for k, it in enumerate(window)
    )


def _quoted_stage_result(sentence: Sentence, book: CrewBook, speaker: tuple[int, int] | None = None) -> bool:
    """ "Varga ha vinto la PS10 e la PS11": quoted speech that names a crew and its place or win on a
    numbered stage tells a result as a report would (an interview's answers); other speech does not.
    The `speaker`'s label ("Luca Pintus: «Abbiamo vinto la PS11»") names no crew of the speech."""
    kinds = {it.kind for it in sentence.items}
    named = any(
        it.kind in _CREW_KINDS
        and book.resolve(it) is not None
        and not (speaker is not None and speaker[0] <= it.start < speaker[1])
        for it in sentence.items
    )
    return (
        "STAGE_NO" in kinds
        and bool(kinds & {"WIN", "POS"})
        and not kinds & {"PAST", "INTENT", "PRONOUN", "POSSESSIVE"}
        and (named != ("NARRATOR" in kinds))  # a crew named, or "we" (the crew the release is about)
    )


def _qualifies_a_noun(items: list[Item], k: int, line: Line) -> bool:
    """The ordinal at `k` is an adjective before a plain word ("KP7 Zonnebeke – eerste wagen 08:35":
    the first car's start time in a programme), not a place ("11.º SSV", "3rd, 8:12.4")."""
    if items[k].kind != "ORD":
        return False
    after = line.raw[items[k].end - line.start :]
    word = re.match(r" (\w+)", after)
    if word is None or not word.group(1)[:1].islower():
        return False
    at = items[k].end + word.start(1)
    return not any(it.start == at for it in items)


def _read_stats_line(
    items: list[Item], line: Line, book: CrewBook, memory: Memory, drafts: list[Draft]
) -> bool:
    """ "Stage 4 · Erfoud – Zagora · 447 km · 11th, 4:58'03'' · overall 9th (+19'22'')": a line of
    a log's figures that opens with its stage and names no one is the place (and time) on that
    stage of the crew the release is about. What follows the overall word is a standing."""
    if (
        memory.first_crew is None
        or items[0].kind != "STAGE_NO"
        or line.table_position is not None
        or _is_prose(line)
        or sum(it.kind == "STAGE_NO" for it in items) > 1
        or any(
            it.kind in _CREW_KINDS and book.resolve(it) is not None and not _on_a_route(items, k, line)
            for k, it in enumerate(items)
        )
    ):
        return False
    standing = next((k for k, it in enumerate(items) if it.kind in ("OVERALL", "HOLDING")), len(items))
    # (an ordinal there is the place: "11.º SSV, 5'48''")
    position = next((k for k, it in enumerate(items[:standing]) if it.kind in ("POS", "ORD")), None)
    if position is None or _qualifies_a_noun(items, position, line):
        return False
    crew_id, _ = memory.first_crew
    made = Draft(crew_id, int(items[position].value), int(items[0].value), None, [items[0], items[position]])
    # (the time after the place, "11th, 4:58'03''", or before it in a table's row, "8:44,5 | 4.º")
    timed = next(
        (it for it in items[position + 1 : standing] if it.kind == "DURATION" and not it.value.signed), None
    ) or next((it for it in items[1:position] if it.kind == "DURATION" and not it.value.signed), None)
    if timed is not None:
        made.time = timed.value.duration
        made.evidence.append(timed)
    drafts.append(made)
    return True


# What may stand between the names of those placed behind a winner: "A (Hyundai) and the
# Belgian B", "A, B and C".
_BEHIND_JOINERS = frozenset({"CONJ", "COMMA", "SLASH", "OPEN", "CLOSE", "DEMONYM", "DESCRIPTOR"})


def _place_those_behind(
    items: list[Item], made: list[Draft], book: CrewBook, drafts: list[Draft], line: Line
) -> None:
    """ "X won the Rally ahead of A and B", "a remporté … devant A et B": the crews named right
    after the cue, in order, take the places after the winner's in the winner's class (or on the
    stage the winner of one stage won: `_stage_winner_ahead`), unless the sentence placed them
    itself ("… ahead of A, with B third"). The winner may be told in the sentence before, in the
    same paragraph: "X a remporté le rallye. Le Tourangeau devance de 18,7 secondes A et B"."""
    if not any(it.kind == "MARGIN" and it.value == "ahead" for it in items):
        return
    winner = next((d for d in made if d.position == 1 and d.stage is None), None) or _stage_winner_ahead(
        items, made
    )
    told_before = winner is None
    if told_before:
        winner = _winner_told_before(items, drafts, line, book)
    if winner is None:
        return
    cue = next(
        (
            k
            for k, it in enumerate(items)
            # (after the winner's name and place; a time read as its gap may stand after the cue:
            # "davanti a Lamarche (9'59"6)")
            if it.kind == "MARGIN" and it.value == "ahead" and it.start > winner.evidence[0].start
        ),
        None,
    )
    if cue is None:
        return
    placed = {d.crew for d in made if d.position > 0}  # (not a time alone: "e Ibarrondo di 2"6")
    seen = {winner.crew}
    position = winner.position
    behind = items[cue + 1 :]
    last: Draft | None = None
    for k, item in enumerate(behind):
        if item.kind not in _CREW_KINDS:
            # (the margin between the cue and the first name: "devance de 18,7 secondes A")
            # ("davanti a Lamarche (9'59"6) e a Zanotelli": a stage time in brackets after a
            # name is its crew's; the preposition again before the next name)
            if (
                item.kind == "DURATION"
                and last is not None
                and last.stage is not None
                and k > 0
                and behind[k - 1].kind == "OPEN"
                and k + 1 < len(behind)
                and behind[k + 1].kind == "CLOSE"
                and not item.value.signed
            ):
                last.time = item.value.duration
                last.evidence.append(item)
                continue
            if (
                item.kind in _BEHIND_JOINERS
                or (len(seen) == 1 and item.kind == "GAP")
                or (len(seen) == 1 and told_before and item.kind == "DURATION")
                or (
                    item.kind == "GAP"
                    and k > 0
                    and behind[k - 1].kind == "CONJ"
                    and k + 1 < len(behind)
                    and behind[k + 1].kind in _CREW_KINDS
                )
                # ("precedendo Sangalli di 1"3 e Ibarrondo di 2"6": each name's gap after it)
                or (
                    item.kind in ("GAP", "DURATION")
                    and k > 0
                    and (
                        behind[k - 1].kind in _CREW_KINDS
                        or (
                            item.kind == "DURATION"
                            and behind[k - 1].kind == "GAP"
                            and k > 1
                            and behind[k - 2].kind in _CREW_KINDS
                        )
                    )
                )
            ):
                continue
            break
        crew = book.resolve(item)
        if crew is None and item.kind == "NAME":
            position += 1  # (a driver named alone, no crew of the record, still took the place)
            continue
        if crew is None or crew in seen:
            continue  # (a co-driver named after the driver is the same crew)
        seen.add(crew)
        position += 1
        last = None
        if crew not in placed:
            # (a time read alone for the crew behind is its gap to the winner: no time of its own)
            drafts[:] = [
                d
                for d in drafts
                if not (d.position == 0 and d.crew == crew and d.stage == winner.stage and d in made)
            ]
            last = Draft(crew, position, winner.stage, winner.class_label, [item, items[cue]])
            drafts.append(last)


def _stage_winner_ahead(items: list[Item], made: list[Draft]) -> Draft | None:
    """The winner of the one stage the sentence names, told right before the cue that places
    others behind ("Van Hoorebeke s'est offert le scratch en 7'38"9 sur l'ES3, devant Bonvin et
    Cattaneo-Rüegg"); not a stage won before a total ("venceu a PE7 … em nono lugar da geral … à
    frente dos galegos"), nor one the sentence does not name before the cue ("victoria para X por
    delante del polaco Y, mejor en el SS3")."""
    winner = next((d for d in made if d.position == 1 and d.stage is not None), None)
    cue = next((k for k, it in enumerate(items) if it.kind == "MARGIN" and it.value == "ahead"), len(items))
    stages = {it.value for it in items if it.kind == "STAGE_NO"}
    named_before = {it.value for it in items[:cue] if it.kind == "STAGE_NO"}
    if winner is None or stages != {winner.stage} or named_before != stages:
        return None
    mention, won = winner.evidence[0], winner.evidence[1 if len(winner.evidence) > 1 else 0]
    if mention.kind == "PRONOUN" and mention.start > won.start:
        return None  # ("Vainqueur du prologue, il devance X": the win an aside, the places the event's)
    # (the winner's words before the cue; a time read as its gap may stand after it: "davanti a
    # Lamarche (9'59"6)")
    cue_at = items[cue].start if cue < len(items) else items[-1].end
    told = max((e.start for e in winner.evidence if e.start < cue_at), default=won.start)
    between = [it for it in items[:cue] if it.start > told]
    if any(it.kind in ("POS", "OVERALL", "TOTAL", "WIN", "STAGE_NO", "PRONOUN") for it in between):
        return None  # (a place, a total, another win or stage, a new subject: another statement)
    return winner


def _place_those_ahead(items: list[Item], made: list[Draft], book: CrewBook, drafts: list[Draft]) -> None:
    """ "belegt … den dritten Platz hinter Araya Fuentes und dem Franzosen Loïc Tessandier": the
    crews named right after a "behind" cue that follows a place take, in order, the places before
    it, when there are just as many of them (one name behind a second place is the winner; "third,
    12.4 s behind X" is a gap to the leader, no place)."""
    for draft in made:
        if draft.position < 2 or draft.undone:
            continue
        at = next((k for k, it in enumerate(items) if it in draft.evidence and it.kind == "POS"), None)
        if at is None:
            continue
        cue = next((k for k in range(at + 1, len(items)) if items[k].kind in ("GAP", "POS", "WIN")), None)
        if cue is None or items[cue].kind != "GAP" or items[cue].value != "behind":
            continue
        ahead: list[tuple[str, Item]] = []
        for item in items[cue + 1 :]:
            if item.kind in _BEHIND_JOINERS or (not ahead and item.kind == "DURATION"):
                continue
            if item.kind not in _CREW_KINDS:
                break
            crew = book.resolve(item)
            if crew is None:
                break
            if crew != draft.crew and all(crew != c for c, _ in ahead):
                ahead.append((crew, item))
        if len(ahead) != draft.position - 1:
            continue
        for position, (crew, item) in enumerate(ahead, start=1):
            if not any(
                d.crew == crew and d.stage == draft.stage and d.class_label == draft.class_label
                for d in drafts
            ):
                drafts.append(Draft(crew, position, draft.stage, draft.class_label, [item, items[cue]]))


def _place_fronted_before_its_crew(items: list[Item], index: int, book: CrewBook, last_crew: str) -> bool:
    """A place that opens a clause after a comma, with another crew named a word or two after it
    ("…, Zweiter wurde Řezníček"), is that crew's, not the one named before the comma."""
    item = items[index]
    if item.kind != "POS" or index == 0 or items[index - 1].kind != "COMMA" or index + 1 >= len(items):
        return False
    following = items[index + 1]
    return (
        following.kind in _CREW_KINDS
        and following.i - item.j <= 1
        and book.resolve(following) not in (None, last_crew)
    )


def _winner_told_before(items: list[Item], drafts: list[Draft], line: Line, book: CrewBook) -> Draft | None:
    """The overall winner placed earlier in the paragraph, when the sentence's subject stands for
    it ("Le Tourangeau", "he") or names it."""
    subject = next((it for it in items if it.kind in _SUBJECT_KINDS), None)
    if subject is None:
        return None
    named = book.resolve(subject) if subject.kind in _CREW_KINDS else None
    return next(
        (
            d
            for d in reversed(drafts)
            if d.position == 1
            and d.stage is None
            and (d.class_label or "overall") == "overall"
            and any(it.start >= line.start for it in d.evidence)
            and (named is None or named == d.crew)
        ),
        None,
    )


_AN_HOUR = 3600.0
_SHORTEST_TOTAL = 600.0  # seconds: a total time below ten minutes is a gap, not a total
_LONGEST_STAGE = 12 * 3600.0  # seconds: a time this long is an event's total, no stage's
_CLAUSE_DASHES = frozenset({"–", "—"})  # "Rang vier – Junior-Sieg für X": two clauses
_PLACE_KINDS = frozenset({"POS", "WIN", "STAGE_NO", "OVERALL", "CLASS"})


def _counted_win(items: list[Item], k: int) -> bool:
    """ "neuf meilleurs temps": a number right before a win counts wins."""
    return (
        items[k].kind == "WIN"
        and k > 0
        and items[k - 1].kind in ("CARD", "NUMBER")
        and items[k - 1].j == items[k].i
    )


_STANDINGS_KINDS = frozenset({"OVERALL", "PROVISIONAL", "STAGE_AFTER", "TOTAL"})


def _held_after(items: list[Item], index: int) -> bool:
    """A verb of holding closes the place's clause ("auf Rang zwei der Rally5-Wertung gelegen", "op
    de derde plaats gelegen"): a place held before, no result."""
    for it in items[index + 1 : index + 5]:
        if it.kind == "HOLDING":
            return it.i - items[index].j <= 6
        if it.kind not in ("CLASS", "CLASS_MARKER", "OVERALL", "POSITION_NOUN"):
            return False
    return False


def _standing_after_a_stage(items: list[Item], index: int) -> bool:
    """The place at `index` is told after a stage, right behind it ("P2 overall 🥈 after SS6",
    "P2 assoluti dopo la PS7"): a standing in the running event, no result."""
    for it in items[index + 1 : index + 4]:
        if it.kind == "STAGE_AFTER":
            return it.i - items[index].j <= 5
        if it.kind not in ("OVERALL", "AFTER", "CLASS"):
            return False
    return False


def _stages_named(sentences: list[Sentence]) -> set[int]:
    return {int(it.value) for sentence in sentences for it in sentence.items if it.kind == "STAGE_NO"}


def _lead_stage(lines: list[Line]) -> int | None:
    """The one stage the opening (headline, summary, lead paragraph) names ("a bouclé la
    cinquième et dernière étape", "• Vittoria nella quinta e ultima tappa"): what "the stage"
    means later in the release."""
    found = lead_index(lines)
    if found is None:
        return None
    opening = [sentence for line in lines[: found + 1] for sentence in line.sentences]
    stages = _stages_named(opening)
    if not stages and found + 1 < len(lines):
        # ("Sei giorni, oltre 2.300 chilometri …" sets the scene; the next paragraph names the stage)
        opening += lines[found + 1].sentences
        stages = _stages_named(opening)
    if len(stages) > 1:
        # ("· … tras ganar ayer la cuarta etapa" over a lead on "La quinta y última etapa": the lead's)
        in_lead = _stages_named(lines[found].sentences)
        if len(in_lead) == 1:
            opening, stages = lines[found].sentences, in_lead
    mishaps = any(
        it.kind in ("RETIRE", "PENALTY")
        for sentence in opening
        if any(it.kind == "STAGE_NO" for it in sentence.items)
        for it in sentence.items
    )
    if len(stages) != 1 or mishaps:
        return None  # ("retired on the third stage": a stage in passing)
    # the last stage of the event, a final day's ("… WP4 Dritte" is a stage in passing, not the day's)
    stage = stages.pop()
    # ("Woensdag staat etappe 10 op het programma": the next stage announced, with no place in
    # its sentence, leaves the lead's stage the last one run)
    later = {
        int(it.value)
        for line in lines
        for s in line.sentences
        if not (
            any(it.kind == "STAGE_NO" and int(it.value) == stage + 1 for it in s.items)
            and not any(it.kind in ("POS", "WIN", "DURATION") for it in s.items)
        )
        for it in s.items
        if it.kind == "STAGE_NO" and int(it.value) > stage
    }
    return None if later else stage


def _place_right_after(items: list[Item], index: int) -> bool:
    """The item after items[index] is a place, past a comma or an "only" at most."""
    following = index + 1
    while following < len(items) and following - index <= 2 and items[following].kind in ("COMMA", "ONLY"):
        following += 1
    return following < len(items) and items[following].kind == "POS"


def _possessive_as_pronoun(items: list[Item]) -> list[Item]:
    """ "Their Škoda Fabia RS Rally2 finished seventh overall": a sentence opening on a possessive
    (not the narrator's "our") and a vehicle, then placing someone before any name, is about the
    crew named before, as if it said "they". Not "sa troisième place" (the place itself is
    owned), nor a car out of the race ("Zijn Renault, lang vierde in de stand, strandde …")."""
    first = items[0]
    if first.kind != "POSSESSIVE" or first.value == "narrator" or any(it.kind == "RETIRE" for it in items):
        return items
    for item in items[1:]:
        if item.kind in _SUBJECT_KINDS or item.kind == "WIN":
            return items  # (a name first; "Het is hun eerste overwinning": a win counted, no place)
        if item.kind == "POS":
            if item.i - first.j < 2:
                return items
            pronoun = Item("PRONOUN", first.start, first.end, first.i, first.j, None, first.text, first.quote)
            return [pronoun, *items[1:]]
    return items


def _day_stage(lines: list[Line], final_named: bool) -> int | None:
    """The stage a day's report is about, or None for any other release.

    A day's report names its stage twice in its opening (headline, summary, first paragraph:
    "Etapa 6 … gana la sexta etapa") and speaks of standings as provisional ("clasificación
    general provisional", "tussenklassement") or as they stand after that stage ("tras la sexta
    etapa"). A final report names the last stage too, but its standings are final
    (`final_named`: a line names the final standings)."""
    lead = lead_index(lines)
    lead = 2 if lead is None else lead
    opening = [it for line in lines[: lead + 1] for sentence in line.sentences for it in sentence.items]
    # (not "• Echeverri/Garmendia: abandono en el TC9": a stage where a crew retired, in passing;
    # a headline's stage is the day's whatever befell a crew on it: "etapa 5: sanción para X")
    mishaps = {
        id(it)
        for line in lines[1 : lead + 1]
        for sentence in line.sentences
        if any(other.kind == "RETIRE" for other in sentence.items)
        for it in sentence.items
    }
    numbers = Counter(int(it.value) for it in opening if it.kind == "STAGE_NO" and id(it) not in mishaps)
    if not numbers:
        return None
    stage, mentions = numbers.most_common(1)[0]
    if sum(number > stage for number in numbers) >= 2:
        # (a day of several stages: "Day One" over "fastest on SS5", "puncture on SS3"; a day's
        # report names the next stage at most)
        return None
    headline = [it for sentence in lines[0].sentences for it in sentence.items] if lines else []
    if len(numbers) == 1 and not any(it.kind == "STAGE_NO" for it in headline):
        # ("Ingekorte marathonetappe in de Dakar" over "… in etappe 9 …": the headline's stage)
        # (not "Tweed Valley Stages Rally 2026 – Results": a stage word inside the event's name)
        mentions += any(it.kind == "STAGE" and not _inside_a_name(lines[0], it) for it in headline)
    elif len(numbers) == 1 and any(
        it.kind == "STAGE_NO" and not _within_quotation_marks(lines[0], it) for it in headline
    ):
        # ("Rallye du Maroc, Etappe 3: Hoekstra-Trio Zweiter bei den Lkw": a headline on one stage;
        # not a winner's words quoted in an interview's title: «En el SS2 supe que …»)
        mentions += 1
    everything = [
        it for line in lines for sentence in line.sentences for it in sentence.items if not it.quote
    ]
    # ("Die dritte Etappe … führte …" once, then "Gesamtwertung nach Etappe 3" further down: the
    # standings after the stage the lead names make it that day's report; "nach dem Prolog und
    # sieben Prüfungen" in the lead itself counts the whole event)
    if mentions < 2 and not (
        len(numbers) == 1
        and stage > 0
        and any(
            # (not a quote's "the gap after SS7 showed how much the level has risen")
            it.kind == "STAGE_AFTER" and int(it.value) == stage and not it.quote
            for line in lines[lead + 1 :]
            for it in line.all_items()
        )
    ):
        return None
    if final_named:
        # ("📋 RESULTADO FINAL: …" at the end of a live thread that opened on the prologue's day:
        # a release naming its final standings is the whole event's report)
        return None
    # ("Wednesday's Stage 10 is a 375-kilometre loop": the next stage is still to come; not
    # "Eoghan's stage win on SS6 – 7:41.9": a next stage with its result was run already)
    provisional = any(it.kind == "PROVISIONAL" for it in everything) or any(
        (it.kind == "STAGE_AFTER" and int(it.value) == stage)
        or (
            it.kind == "STAGE_NO"
            and it.value == stage + 1
            and not any(other.kind in ("WIN", "POS", "DURATION") for other in sentence.items)
        )
        for line in lines
        for sentence in line.sentences
        for it in sentence.items
        if not it.quote
    )
    return stage if provisional else None


def _within_quotation_marks(line: Line, item: Item) -> bool:
    """«En el SS2 supe que la Baja era nuestra»: the item stands in quoted words."""
    before = line.raw[: item.start - line.start]
    opened = sum(before.count(mark) for mark in "«“„")
    closed = sum(before.count(mark) for mark in "»”")
    return opened > closed or before.count('"') % 2 == 1


def _inside_a_name(line: Line, item: Item) -> bool:
    """A capitalised word between two others ("Tweed Valley Stages Rally") is part of a name."""
    texts = line.texts
    return (
        item.i > 0
        and item.j < len(texts)
        and texts[item.i][:1].isupper()
        and texts[item.i - 1][:1].isupper()
        and texts[item.j][:1].isupper()
    )


def _classes_listed_after(
    items: list[Item], classes: list[tuple[int, str]], label: str, bounds: tuple[int, int], win: bool = False
) -> list[str]:
    """The classes joined to `label` by "and" ("a classe Rally4 e o Troféu Júnior"); after a win,
    the overall classification too ("gewann die Ultimate-Klasse und damit auch die Gesamtwertung")."""
    low, high = bounds
    start = next((k for k, named in classes if named == label and low < k < high), None)
    if start is None:
        return []
    found: list[str] = []
    k = start + 1
    if k < high and k < len(items) and items[k].kind == "CLASS_MARKER":
        k += 1  # "die Ultimate-Klasse und damit auch die Gesamtwertung"
    while k < high and k < len(items) and items[k].kind == "CONJ":
        k += 1
        while k < high and k < len(items) and items[k].kind in ("CLASS_MARKER", "CHAMP"):
            k += 1
        named = _class_of(items[k]) if k < high and k < len(items) else None
        if named is None or (named == "overall" and not win) or named in found or named == label:
            break
        found.append(named)
        k += 1
    return found


def _named_after_retirement(items: list[Item], index: int) -> bool:
    """ "Gara finita nella PS 4 per X e Y", "Out on SS4 went X": the crews a retirement names
    right after it have no place in that sentence."""
    k = index - 1
    while k >= 0 and items[k].kind in ("STAGE_NO", "CONJ", "NAME", "WORD", "OPEN", "CLOSE"):
        k -= 1
    return k >= 0 and items[k].kind == "RETIRE" and items[index].i - items[k].j <= 8


def _as_win(item: Item) -> Item:
    """A win read off another cue ("du vainqueur", "was quicker"), on that cue's words."""
    return Item("WIN", item.start, item.end, item.i, item.j, None, item.text)


def _subject_after_a_comma(items: list[Item], index: int) -> bool:
    """The first crew named after the place at `index` stands past a comma (an object of another
    clause), not right after it ("Ganó la etapa el francés X" names its subject)."""
    later = next(
        (k for k in range(index + 1, len(items)) if items[k].kind in _SUBJECT_KINDS - {"WORD"}), None
    )
    return later is not None and any(items[m].kind == "COMMA" for m in range(index + 1, later))


_TIME_ONLY = 0  # the position of a draft that holds a crew's time and no place of its own


def _time_only(crew_id: str, stages: list[int | None], duration: Item) -> list[Draft]:
    """A time whose place is told elsewhere: `_finish` gives it to the place the crew holds there."""
    return [
        Draft(crew_id, _TIME_ONLY, stage, None, [duration], time=duration.value.duration) for stage in stages
    ]


def _total_in_stage_clause(items: list[Item]) -> bool:
    """ "benötigte für den Prolog und die beiden Etappen eine Gesamtzeit": the stages named
    make up a total; not so a total in another clause ("Nell'ultima frazione, …, che si sono
    aggiudicati il Rally Dakar con il tempo totale di …")."""
    stage = next((k for k, it in enumerate(items) if it.kind == "STAGE"), None)
    total = next((k for k, it in enumerate(items) if it.kind == "TOTAL"), None)
    if stage is None or total is None:
        return False
    low, high = sorted((stage, total))
    return not any(it.kind in ("COMMA", "RELATIVE") for it in items[low:high])


def _first_named(items: list[Item], book: CrewBook, end: int) -> int | None:
    """Where the first crew of the record is named among items[:end]: the sentence's subject."""
    return next((k for k in range(end) if items[k].kind in _CREW_KINDS and book.resolve(items[k])), None)


def _rival_after_margin(items: list[Item], crew: Item) -> bool:
    """A crew named right after a margin ("by 41m 17s from Dawid Kaczmarczyk"): the one beaten."""
    k = next((k for k, it in enumerate(items) if it is crew), 0)
    return k >= 2 and items[k - 1].kind == "DURATION" and items[k - 2].kind == "MARGIN"


def _measured_against(items: list[Item], index: int) -> bool:
    """A crew named within the clause right after the duration at `index` ("12 minutos de renta
    sobre Ferreira"): the duration is a margin over that crew, whatever word says so."""
    for it in items[index + 1 : index + 4]:
        if it.kind in ("COMMA", "CONJ", "DURATION", "POS", "WIN"):
            return False
        if it.kind in _CREW_KINDS:
            return True
    return False


def _names_a_subject(items: list[Item]) -> bool:
    """Whether anyone is named who could have taken the sentence's places: not so a crew
    measured against ("que a equipa venceu em 4h 02m 37s, com 1m 51s de vantagem sobre
    Žukauskas")."""
    measured: set[int] = set()
    depth = 0
    for k, it in enumerate(items):
        depth += (it.kind == "OPEN") - (it.kind == "CLOSE")
        if it.kind not in _SUBJECT_KINDS or depth > 0:
            continue  # ("(Tatra Phoenix)": a vehicle in brackets is no one)
        before = k - 1
        while before >= 0 and items[before].kind in ("DEMONYM", "DURATION"):
            before -= 1  # "a 1' 37'' del checo X": past the gap and the description
        if before >= 0 and items[before].kind == "CONJ" and before - 1 in measured:
            measured.add(k)  # "sobre Nil Soler y Arnau Pujadas"
        elif before >= 0 and items[before].kind in ("MARGIN", "GAP") and it.kind in _CREW_KINDS:
            measured.add(k)
        else:
            return True
    return False


def _corrected_time(line: Line, book: CrewBook) -> list[Draft]:
    """ "Il servizio di cronometraggio ha corretto il tempo di Kořínek sulla PS12: 7'41"9 e non
    7'42"9", "rectifica el tiempo de Arrizabalaga en el TC 11. No fue 12:33,6 … sino 12:31,6": a
    timekeeper's correction names a crew, a stage and, after its verb, the time that now stands
    (the withdrawn one is no value: mentions._items drops it). `_finish` gives it to the crew's
    place on that stage, over the time reported with the place."""
    items = line.all_items()
    cue = next((k for k, it in enumerate(items) if it.kind == "CORRECTION"), None)
    if cue is None:
        return []
    crew = next((c for it in items if it.kind in _CREW_KINDS and (c := book.resolve(it))), None)
    stage = next((it for it in items if it.kind == "STAGE_NO"), None)
    time = next(
        (
            it
            for it in items[cue + 1 :]
            if it.kind == "DURATION"
            and not it.value.signed
            and it.value.duration.seconds >= _SHORTEST_STAGE_TIME
        ),
        None,
    )
    if crew is None or stage is None or time is None:
        return []
    return [Draft(crew, _TIME_ONLY, int(stage.value), None, [time], time=time.value.duration, corrected=True)]


def _own_time_before(items: list[Item], index: int) -> bool:
    """ "su tiempo oficial en la etapa asciende a 3h 46' 29''", "their time was …": a possessive
    and a word for time earlier in the clause of the duration at items[index]."""
    for k in range(index - 1, 0, -1):
        it = items[k]
        if it.kind in ("COMMA", "CONJ", "DURATION", "POS", "WIN", "TOTAL") or it.kind in _SUBJECT_KINDS:
            return False
        if it.kind == "POSITION_NOUN" and it.value == "time":
            return items[k - 1].kind == "POSSESSIVE" and items[k - 1].j == it.i
    return False


def _gap(a: Item, b: Item) -> int:
    """Tokens between two items ("tweede en pakte in de achtste en laatste etappe nog een dagzege":
    the stage is nearer the win after it than the place before it)."""
    return max(b.i - a.j, a.i - b.j, 0)


def _crew_clause_end(items: list[Item], index: int) -> int:
    """Where the crew named at `index` stops being the subject: at the next name that does not go
    on listing its members (after a comma, "and" or a role), else at the sentence's end."""
    for k in range(index + 1, len(items)):
        if (
            items[k].kind == "NAME"
            and items[k].text != items[index].text
            and items[k - 1].kind not in ("COMMA", "CONJ", "ROLE")
        ):
            return k
    return len(items)


def _past_brackets(items: list[Item], index: int) -> int:
    """The index after a bracketed aside starting at `index` ("(MMP)"), else `index`."""
    if index < len(items) and items[index].kind == "OPEN":
        close = next((k for k in range(index + 1, len(items)) if items[k].kind == "CLOSE"), None)
        if close is not None:
            return close + 1
    return index


def _antecedent(items: list[Item], index: int) -> int | None:
    """The crew a relative pronoun at `index` stands for: the name before its comma, past a
    bracketed vehicle or team."""
    probe = index - 2
    if probe >= 0 and items[probe].kind == "CLOSE":
        while probe >= 0 and items[probe].kind != "OPEN":
            probe -= 1
        probe -= 1
    if probe >= 0 and items[probe].kind in _CREW_KINDS:
        return probe
    return None


def _of_a_team(items: list[Item], index: int, book: CrewBook) -> bool:
    """The crew noun at `index` is "the pair of <a name that is no crew's>" or "the <name> pair"
    (a team's name, often cut short by its organisation word: "Desierto [Racing]")."""
    noun = items[index]
    if noun.kind != "CREW_NOUN":
        return False  # "o piloto de Guimarães": a role's "of" names his town
    nearby = [
        it
        for it in items[max(0, index - 1) : index + 2]
        if it is not noun and it.kind in _CREW_KINDS and (0 <= it.i - noun.j <= 1 or it.j == noun.i)
    ]
    return bool(nearby) and all(book.resolve(it) is None for it in nearby)


def _time_in_brackets_after(items: list[Item], first: int, crew_id: str, book: CrewBook) -> int | None:
    """The index of a time in brackets right after the crew's names that start at `first`
    ("Pedrazzini et Känzig (1:18:33,2)"), if there is one."""
    probe = first
    while probe < len(items) and (
        items[probe].kind in ("CONJ", "SLASH")
        or (items[probe].kind in _CREW_KINDS and book.resolve(items[probe]) == crew_id)
    ):
        probe += 1
    kinds = [it.kind for it in items[probe : probe + 3]]
    if kinds == ["OPEN", "DURATION", "CLOSE"] and not items[probe + 1].value.signed:
        return probe + 1
    return None


def _winner_after_gap(items: list[Item], index: int) -> int | None:
    """The index of the name in apposition to a gap to the winner ("du vainqueur, l'Australien
    Callum Whitford"), if `index` is such a gap."""
    if items[index].kind != "GAP" or items[index].value != "winner":
        return None
    probe = index + 1
    # "do vencedor da Rally2, o chileno Benjamín Cárcamo Soto": past the class and the demonym
    while (
        probe < len(items)
        and items[probe].kind in ("COMMA", "DEMONYM", "CLASS", "CLASS_MARKER")
        and probe - index <= 3
    ):
        probe += 1
    if probe >= len(items) or items[probe].kind not in _CREW_KINDS:
        return None
    after = probe
    while after < len(items) and items[after].kind in ("CONJ", "SLASH", *_CREW_KINDS):
        after += 1
    if (
        after < len(items)
        and items[after].kind in ("WIN", "POS")
        and items[after].i - items[after - 1].j <= 1
    ):
        return None  # ("14.9s behind the winners, while X and Y won the Junior category": a new clause)
    # ("à 1:02,7 des vainqueurs Pedrazzini et Känzig": the name right after the word too)
    return probe


def _only_quicker(items: list[Item], index: int) -> int | None:
    """The index of "quicker" in "only X was quicker", "seul X a été plus rapide", if so."""
    if index == 0 or items[index - 1].kind != "ONLY" or items[index - 1].j != items[index].i:
        return None
    following = index + 1
    # "Alleen Pereyra en zijn navigator Diego Sánchez-Mora waren sneller": past the crew's names
    while following < len(items) and items[following].kind in ("CONJ", "POSSESSIVE", "ROLE", *_CREW_KINDS):
        following += 1
    if (
        following < len(items)
        and items[following].kind == "MARGIN"
        and items[following].i - items[following - 1].j <= 2
    ):
        return following
    return None


def _role_as_anaphor(items: list[Item], index: int, line: Line, book: CrewBook) -> bool:
    """ "Le pilote de l'Écurie …", "the Norwegian driver": a role word with an article and no name
    after it points back to the crew named last."""
    role = items[index]
    following = items[index + 1] if index + 1 < len(items) else None
    if (
        following is not None
        and following.kind in _CREW_KINDS
        and following.i <= role.j + 1
        and book.resolve(following) is not None  # "O piloto de Ponte de Lima": a town, no one
    ):
        return False
    if line.doc is None or role.i == 0:
        return False
    counted = items[index - 1] if index > 0 else None
    if (
        counted is not None
        and counted.kind == "CARD"
        and counted.j == role.i
        and isinstance(counted.value, int)
        and counted.value >= 2
    ):
        # "cinco de sus seis pilotos en meta": a count of riders, no one in particular (not "un
        # piloto que …", whose article reads as one)
        return False
    previous = line.doc[role.i - 1]
    return previous.is_stop


def _earlier_result(drafts: list[Draft], crew: tuple[str, Item] | None, in_stage: bool) -> Draft | None:
    if crew is None:
        return None
    for draft in reversed(drafts):
        if draft.crew == crew[0] and (draft.stage is not None) == in_stage:
            return draft
    return None


_CATEGORY_HEADING_KINDS = frozenset({"CLASS", "CLASS_MARKER", "DASH", "COMMA", "SLASH", "OPEN", "CLOSE"})


def _earlier_win_aside(items: list[Item], anchor: int, stages: list[int], day_stage: int) -> bool:
    """Stages before the day's, won in an aside: right after "after" and a win ("na zijn zege in
    etappe 1"), or in a clause between commas that holds a win ("…, die zondag ook de proloog
    won, …")."""
    if not all(stage < day_stage for stage in stages):
        return False
    before = [it.kind for it in items[max(0, anchor - 3) : anchor]]
    if "AFTER" in before and "WIN" in before:
        return True
    opening = next((k for k in range(anchor - 1, -1, -1) if items[k].kind == "COMMA"), None)
    closing = next((k for k in range(anchor + 1, len(items)) if items[k].kind == "COMMA"), None)
    return (
        opening is not None
        and closing is not None
        and any(it.kind == "WIN" for it in items[opening:closing])
        and closing + 1 < len(items)
    )


def _opens_a_longer_name(line: Line, items: list[Item], index: int) -> bool:
    """The item's word is followed by a capitalised word that is no item of its own ("Safari
    Rally Kenya"): the first word of a name the person Matcher did not take, an event's."""
    after = items[index].j
    taken = {k for it in items for k in range(it.i, it.j)}
    return after < len(line.texts) and after not in taken and line.texts[after][:1].isupper()


def _names_follow(items: list[Item], index: int) -> bool:
    """The crew comes right after the place: "die Sieger Mateusz Wróblewski", "stage winner
    Fouquet", "terzi i polacchi Marek Wróblewski" (past an article and a demonym)."""
    place = items[index]
    probe = index + 1
    if probe < len(items) and items[probe].kind == "DEMONYM" and items[probe].i - place.j <= 1:
        probe += 1
    if probe >= len(items) or items[probe].kind not in _CREW_KINDS:
        return False
    return items[probe].i == place.j or (probe > index + 1 and items[probe].i == items[probe - 1].j)


def _wins_counted(items: list[Item], index: int) -> bool:
    """ "gewann fünf der neun Prüfungen", "won six stages": a win followed by a count above one."""
    following = items[index + 1] if index + 1 < len(items) else None
    return (
        following is not None
        and following.kind == "CARD"
        and isinstance(following.value, int)
        and following.value > 1
        and following.i - items[index].j <= 1
    )


_STAGE_OR_ORDINAL = frozenset({"STAGE_NO", "ORD", "POS"})


def _included_stages(items: list[Item], index: int) -> list[int]:
    """ "ganhou seis especiais, entre elas a PEC 17", "won five stages, including SS3 and SS7":
    the stages named after "including" when a win is followed by a count of stages."""
    after = index + 1
    while after < len(items) and (
        (items[after].kind == "TOTAL" and items[after].i <= items[after - 1].j + 1)
        or (items[after].kind in ("CLASS", "CLASS_MARKER") and items[after].i <= items[after - 1].j + 2)
    ):
        # "gewann insgesamt fünf Wertungsprüfungen": "in all" before the count; "marcó el mejor
        # tiempo de la copa en cinco de los nueve tramos": the class the stages were won in
        after += 1
    index = after - 1
    kinds = [it.kind for it in items[index + 1 : index + 4]]
    # "won six stages", "a remporté sept des douze spéciales", "signait six meilleurs temps sur onze"
    if kinds[:2] == ["CARD", "STAGE"] and items[index + 1].i <= items[index].j + 1:
        start, count = index + 3, items[index + 1]
    elif kinds == ["CARD", "CARD", "STAGE"] and items[index + 1].i <= items[index].j + 1:
        start, count = index + 4, items[index + 1]  # ("quatro das oito especiais": four won)
    elif index > 0 and items[index - 1].kind == "CARD" and items[index - 1].j == items[index].i:
        start, count = index + 1, items[index - 1]
    else:
        return []
    listed = (
        _stages_in_brackets(items, start)
        or _stages_in_apposition(items, start, count)
        or _stage_described_in_apposition(items, start)
    )
    if listed:
        return listed  # "sumó otros dos mejores tiempos (PE5 y PE11)", "won two stages, SS3 and SS13"
    for k in range(start, len(items) - 1):
        if items[k].kind in ("POS", "WIN"):
            return []
        first = k + 1
        while first < len(items) and (
            items[first].kind in ("STAGE", "COMMA")
            # ("including the last one, SS10": the pronoun "one" before the stage it stands for)
            or (items[first].kind == "CARD" and first + 1 < len(items) and items[first + 1].kind == "COMMA")
        ):
            first += 1  # "dont celui de l'ultime spéciale, l'ES11"
        if items[k].kind == "INCLUDING" and first < len(items) and items[first].kind not in _STAGE_OR_ORDINAL:
            # "entre ellas las dos pasadas por la Cuesta (PE3 y PE9)": the stages in brackets
            # after a description of them
            opening = next(
                (
                    m
                    for m in range(first, min(first + 6, len(items)))
                    if items[m].kind in ("OPEN", "POS", "WIN")
                ),
                None,
            )
            return _stages_in_brackets(items, opening) if opening is not None else []
        # ("trois des cinq étapes, dont la cinquième et dernière": an ordinal alone, the stage
        # word said before)
        if items[k].kind == "INCLUDING" and first < len(items) and items[first].kind in _STAGE_OR_ORDINAL:
            stages = [int(items[first].value)]
            for previous, it in zip(items[first:], items[first + 1 :], strict=False):
                if it.kind in ("POS", "WIN"):
                    break
                # ("darunter WP 3 („Peipsiääre 1“) zum Auftakt, WP 7, mit der er …, und WP 15": an
                # aside may follow a stage; the next one comes after a comma or "and")
                if it.kind in _STAGE_OR_ORDINAL:
                    if previous.kind not in ("CONJ", "COMMA"):
                        break
                    stages.append(int(it.value))
            return stages
    return []


def _stages_in_apposition(items: list[Item], index: int, count: Item) -> list[int]:
    """The stages a comma or a colon after a count of stages names, as many as counted ("won two
    stages, SS3 and SS13, and …", "em quatro das oito especiais: PE1, PE3, PE6 e PE8"); none when the
    list holds another number of stages."""
    if index >= len(items) or count.kind != "CARD":
        return []
    if items[index].kind == "STAGE_NO":
        index -= 1  # (a colon is no item: the list opens right after the count)
    elif items[index].kind != "COMMA":
        return []
    stages: list[int] = []
    for k in range(index + 1, len(items)):
        if items[k].kind == "STAGE_NO" and (k == index + 1 or items[k - 1].kind in ("COMMA", "CONJ")):
            stages.append(int(items[k].value))
        elif items[k].kind not in ("COMMA", "CONJ"):
            break
    return stages if len(stages) == count.value else []


# What may describe a stage between a count of wins and the stage's number in brackets ("the last of
# them the second run through Moll's Gap (SS12)"): words, ordinals, a stage word; no place, no one.
_STAGE_DESCRIPTION = frozenset({"WORD", "ORD", "CARD", "STAGE", "LAST_STAGE", "GAP", "NUMBER"})


def _stage_described_in_apposition(items: list[Item], index: int) -> list[int]:
    """ "Mac Aodha won six stages, the last of them the second run through Moll's Gap (SS12) in
    10:03.8": one of the stages counted, described after the comma and numbered in brackets."""
    if index >= len(items) or items[index].kind != "COMMA":
        return []
    opening = next((k for k in range(index + 1, min(index + 8, len(items))) if items[k].kind == "OPEN"), None)
    if opening is None or not all(it.kind in _STAGE_DESCRIPTION for it in items[index + 1 : opening]):
        return []
    stages = _stages_in_brackets(items, opening)
    return stages if len(stages) == 1 else []


def _stages_in_brackets(items: list[Item], index: int) -> list[int]:
    """The stages listed in the brackets opening at `index` ("(SS5 and SS11)", "(PE3, PE7)"),
    or none when the brackets hold anything else."""
    if index >= len(items) or items[index].kind != "OPEN":
        return []
    stages: list[int] = []
    for it in items[index + 1 :]:
        if it.kind == "CLOSE":
            return stages
        if it.kind == "STAGE_NO":
            stages.append(int(it.value))
        elif it.kind not in ("CONJ", "COMMA"):
            return []
    return []


def _stage_right_after(
    items: list[Item], index: int, groups: list[tuple[int, list[int]]]
) -> list[int] | None:
    """The stages named right after the place at `index`, past at most a class or a position noun
    ("la deuxième place de la treizième étape", "second in class on the closing SS20")."""
    after = [g for g in groups if g[0] > index]
    if not after:
        return None
    between = {it.kind for it in items[index + 1 : after[0][0]]}
    if items[after[0][0]].i - items[index].j <= 6 and between <= _BEFORE_A_PLACE_STAGE:
        return after[0][1]
    return None


_BEFORE_A_PLACE_STAGE = frozenset({"POSITION_NOUN", "CLASS", "CLASS_MARKER", "STAGE", "OPEN", "TIME_RANK"})


def _own_stage_win_before(
    items: list[Item], index: int, positions: list[int], groups: list[tuple[int, list[int]]], book: CrewBook
) -> bool:
    """Whether every stage in view is one the sentence's crew won just before this place, past a
    comma and with no other crew named after the win: a crew is not both winner and placed on one
    stage, so the place is the event's ("X, auteurs du scratch dans l'ES3, en profitent pour
    monter sur la deuxième marche")."""
    if items[index].kind != "POS" or not groups or any(k > index for k, _ in groups):
        return False
    wins = [p for p in positions if p < index and items[p].kind == "WIN"]
    if not all(any(p < k and 0 <= items[k].i - items[p].j <= 2 for p in wins) for k, _ in groups):
        return False
    first_win = min(wins)
    return any(it.kind == "COMMA" for it in items[groups[-1][0] + 1 : index]) and not any(
        it.kind in _REFERRING_KINDS or (it.kind in _CREW_KINDS and book.resolve(it) is not None)
        for it in items[first_win + 1 :]
    )


_REFERRING_KINDS = frozenset({"PRONOUN", "CREW_NOUN", "DEMONYM"})


def _stage_for(
    index: int, groups: list[tuple[int, list[int]]], items: list[Item], scope: tuple[str, object] | None
) -> list[int]:
    included = _included_stages(items, index) if items[index].kind == "WIN" else []
    if included:
        return included
    if groups:
        after = _stage_right_after(items, index, groups)
        if after is not None:
            # "en remportant la dixième étape", "la deuxième place de la treizième étape": the
            # stage right after the place is its stage, whatever stage was named before
            return after
        before = [g for g in groups if g[0] <= index]
        if before:
            return before[-1][1]
        # A stage named after the place is its stage ("won SS4") unless a retirement or a
        # penalty comes between ("fastest on Thursday, retired on SS8").
        between = items[index + 1 : groups[0][0]]
        # (nor "wonnen met de #506 twee etappes en …, maar … in de vierde etappe aan de kant": a
        # count of stages won, then another clause)
        counted = any(
            a.kind == "CARD" and b.kind == "STAGE" and b.i == a.j
            for a, b in zip(between, between[1:], strict=False)
        )
        if (
            not any(it.kind in ("RETIRE", "PENALTY") for it in between)
            and not (counted and any(it.kind == "CONTRAST" for it in between))
            and not _events_place_before_a_stage_win(items, index, groups)
        ):
            return groups[0][1]
        return []
    if scope and scope[0] == "stage":
        return list(scope[1])  # type: ignore[call-overload]
    return []


def _events_place_before_a_stage_win(
    items: list[Item], index: int, groups: list[tuple[int, list[int]]]
) -> bool:
    """ "were fourth, 1m 49.0s off the pace, with the Polish pair's stage win on SS6", "X e Y,
    secondi a 11"6, hanno firmato la PS2": no stage named before the place, a win and a comma
    between it and the stage; the stage is the win's, the place the event's. (Not "a frappé le
    premier en remportant l'ES5": striking first is the win itself.)"""
    if (
        not groups
        or any(g[0] <= index for g in groups)
        or items[index].kind != "POS"
        or items[index].value == 1
    ):
        return False
    between = items[index + 1 : groups[0][0]]
    return any(it.kind == "WIN" for it in between) and any(it.kind == "COMMA" for it in between)


def _beside_a_model_number(items: list[Item], k: int) -> bool:
    """The year at items[k] stands a word at most from a model's number ("DAF 95 uit 1987", "1978
    Porsche 911")."""
    year = items[k]
    before = items[k - 1] if k > 0 else None
    after = items[k + 1] if k + 1 < len(items) else None
    return (before is not None and before.kind == "NUMBER" and year.i - before.j <= 1) or (
        after is not None and after.kind == "NUMBER" and after.i - year.j <= 1
    )


def _in_past(items: list[Item], index: int, published_year: int | None) -> bool:
    """ "Winner here in 2019": a place in the same clause as a past year is a past edition's; so
    is any place after "last year" in its sentence ("Vorig jaar, in de editie van 2025, …")."""
    if any(
        it.kind == "PAST"
        and not (k > 0 and items[k - 1].kind in ("POS", "WIN") and it.i - items[k - 1].j <= 1)
        for k, it in enumerate(items[:index])
    ):
        return True  # (not "Secondi lo scorso anno, …": that year is the one place's)
    following = items[index + 1 :]
    clause_end = next((k for k, it in enumerate(following) if it.kind in ("COMMA", "CONJ")), len(following))
    if any(it.kind == "PAST" for it in following[:clause_end]):
        # "Secondi lo scorso anno, …", "duodécimo en la categoría Ultimate de la pasada edición"
        return True
    if published_year is None:
        return False
    # (not "Porsche 911 SC (1979)", "(Opel Manta 400, 1983)": a year in brackets is a car's or a
    # person's, no edition; nor "met hun DAF 95 uit 1987", "their 1978 Porsche 911": beside a
    # model's number, the car's)
    bracketed: set[int] = set()
    depth = 0
    for k, it in enumerate(items):
        depth = max(0, depth + (it.kind == "OPEN") - (it.kind == "CLOSE"))
        if depth or (it.kind == "YEAR" and _beside_a_model_number(items, k)):
            bracketed.add(k)
    opening = next((k for k, it in enumerate(items) if it.kind == "COMMA"), 0)
    if (
        opening < index
        and any(
            it.kind == "YEAR" and int(it.value) < published_year and k not in bracketed
            for k, it in enumerate(items[:opening])
        )
        and not any(it.kind in ("POS", "WIN", "NAME") for it in items[:opening])
    ):
        # ("When I came here in 2019 in a Fabia R5, I finished ninth in WRC2"): a sentence that
        # opens on a past year tells of that year
        return True
    low = index
    while low > 0 and items[low - 1].kind != "COMMA":
        low -= 1
    high = index
    while high + 1 < len(items) and items[high + 1].kind != "COMMA":
        high += 1
    return any(
        it.kind == "YEAR" and int(it.value) < published_year and k not in bracketed
        for k, it in enumerate(items)
        if low <= k <= high
    )


def _without_overall_places_put_in_another_class(drafts: list[Draft]) -> list[Draft]:
    """ "In Rally4 waren X en Y de besten. Wim Goethals kreeg tien seconden straftijd, maar bleef
    zesde.": prose gave the paragraph's class to a place that the results table gives the crew
    overall, in another class of its own ("6 | Wim Goethals | … | Rally2 | 6"); a crew runs in one
    class, so the prose's is the overall place."""
    own_class: dict[str, str] = {}
    overall: set[tuple[str, int]] = set()
    for draft in drafts:
        if not draft.tabled or draft.stage is not None:
            continue
        label = (draft.class_label or "overall").casefold()
        if label == "overall":
            overall.add((draft.crew, draft.position))
        else:
            own_class.setdefault(draft.crew, label)

    def misplaced(draft: Draft) -> bool:
        label = (draft.class_label or "overall").casefold()
        return (
            not draft.tabled
            and draft.stage is None
            and (draft.crew, draft.position) in overall
            and label not in ("overall", own_class.get(draft.crew, label))
        )

    return [draft for draft in drafts if not misplaced(draft)]


def _drop_a_margin_read_as_time(draft: Draft) -> None:
    """No stage is run in under half a minute and no rally in under ten: such a time beside a
    place is its margin ("que Kubíček ganó con 2,4 segundos sobre Santana", "precedendo di 14,1
    secondi Y"), and the place keeps no time and no evidence of it."""
    time = draft.time
    shortest = _SHORTEST_STAGE_TIME if draft.stage is not None else _SHORTEST_TOTAL
    if time is not None and time.seconds < shortest:
        draft.time = None
        draft.evidence = [it for it in draft.evidence if it.text != time.text]


def _finish(drafts: list[Draft], book: CrewBook) -> tuple[list[ClassResult], list[StageResult]]:
    """One place per crew per class (per stage). When statements disagree, a results table's row
    wins, then the place stated most often (a headline's loose claim against the body), then the
    first."""

    def scope_of(draft: Draft) -> tuple[object, str]:
        if draft.stage is not None:
            return ("stage", draft.stage), "time"
        return ("class", (draft.class_label or "overall").casefold()), "total_time"

    for draft in drafts:
        _drop_a_margin_read_as_time(draft)
    drafts = _without_overall_places_put_in_another_class(drafts)
    loose = [d for d in drafts if d.position == _TIME_ONLY and d.time is not None]
    drafts = [d for d in drafts if d.position != _TIME_ONLY]
    drafts.extend(_winners_by_their_time(loose, drafts))
    scopes = [scope_of(d) for d in drafts]
    keys = [(scope, d.crew, d.position) for (scope, _), d in zip(scopes, drafts, strict=True)]
    support = Counter(keys)
    ordered = sorted(
        range(len(drafts)), key=lambda k: (not drafts[k].tabled, -support[keys[k]], drafts[k].undone, k)
    )
    results: dict[tuple[object, ...], ClassResult | StageResult] = {}
    taken_places: set[tuple[object, int, str]] = set()
    created: dict[tuple[object, ...], int] = {}  # the draft that made each result, for text order
    for k in ordered:
        draft = drafts[k]
        evidence = [Evidence(it.start, it.end, it.text) for it in draft.evidence]
        scope, time_field = scopes[k]
        key: tuple[object, ...] = (scope, draft.crew)
        existing = results.get(key)
        if existing is not None and existing.position != draft.position and draft.beside:
            # "el más rápido en Rally2 …, undécimo de la etapa": a class's place on the stage
            # beside the place among all is no contradiction
            label = (draft.class_label or "overall").casefold()
            if label != (existing.class_ or "overall").casefold():
                key = (scope, draft.crew, label)
                existing = results.get(key)
        if existing is None:
            # on a stage each class has its own winner ("En motos, X se adjudicó la etapa")
            label = (draft.class_label or "overall").casefold() if draft.stage is not None else ""
            place_key = (scope, draft.position, "" if label == "overall" else label)
            if place_key in taken_places and not draft.shared:
                continue
            taken_places.add(place_key)
            results[key] = _new_result(draft, evidence)
            created[key] = k
        elif existing.position == draft.position:
            if getattr(existing, time_field) is None:
                setattr(existing, time_field, draft.time)
            existing.gap = existing.gap or draft.gap
            existing.evidence.extend(e for e in evidence if e not in existing.evidence)
    for draft in sorted(loose, key=lambda d: d.corrected):
        scope, time_field = scope_of(draft)
        result = results.get((scope, draft.crew))
        if result is None:
            continue
        reported = getattr(result, time_field)
        if reported is None or (draft.corrected and reported.seconds != draft.time.seconds):
            if reported is not None:
                # (a live blog's "7'41"9 e non 7'42"9" above the entry that reported 7'42"9)
                result.evidence = [e for e in result.evidence if e.text != reported.text]
            setattr(result, time_field, draft.time)
            result.evidence.extend(Evidence(it.start, it.end, it.text) for it in draft.evidence)
    results = {key: results[key] for key in sorted(results, key=created.__getitem__)}
    for result in results.values():
        result.evidence.sort(key=lambda e: e.start)
    _add_crew_evidence(drafts, book)
    class_results = [r for r in results.values() if isinstance(r, ClassResult)]
    stage_results = [r for r in results.values() if isinstance(r, StageResult)]
    return class_results, stage_results


def _winners_by_their_time(loose: list[Draft], drafts: list[Draft]) -> list[Draft]:
    """ "Sérandour frappe fort dans l'ES12 : 10'34''7. Rebuffat est deuxième à 1''8": a stage with
    a second place and no winner was won by the crew whose time on it is told without a place."""
    won: list[Draft] = []
    for draft in loose:
        if draft.stage is None or draft.time is None or draft.time.seconds < _LEAST_STAGE_SECONDS:
            continue
        there = [d for d in [*drafts, *won] if d.stage == draft.stage and d.class_label is None]
        places = {d.position for d in there}
        if 1 in places or 2 not in places:
            continue
        if any(d.crew == draft.crew for d in there) or any(
            d.stage == draft.stage and d.crew == draft.crew for d in loose if d is not draft
        ):
            continue
        won.append(Draft(draft.crew, 1, draft.stage, None, list(draft.evidence), time=draft.time))
    return won


_LEAST_STAGE_SECONDS = 60.0  # shorter is a gap, not the time of a whole stage

# No stage is run faster, so a time under it is a margin ("ganó con 2,4 segundos") whatever read it
# (a super special's 50 s is still a time, which the stricter figure above does not infer a win from)
_SHORTEST_STAGE_TIME = 30.0


def _new_result(draft: Draft, evidence: list[Evidence]) -> ClassResult | StageResult:
    if draft.stage is not None:
        return StageResult(
            stage=draft.stage,
            class_=draft.class_label,
            position=draft.position,
            crew=draft.crew,
            time=draft.time,
            gap=draft.gap,
            evidence=evidence,
        )
    return ClassResult(
        class_=draft.class_label or "overall",
        position=draft.position,
        crew=draft.crew,
        total_time=draft.time,
        gap=draft.gap,
        evidence=evidence,
    )


def _add_crew_evidence(drafts: list[Draft], book: CrewBook) -> None:
    """Partial mentions used to place a crew ("Peterhansel") are evidence of that crew too."""
    by_id = {crew.id: crew for crew in book.crews}
    for draft in drafts:
        crew = by_id.get(draft.crew)
        mention = draft.evidence[0]
        if crew is None:
            continue
        evidence = Evidence(mention.start, mention.end, mention.text)
        if evidence not in crew.evidence:
            crew.evidence.append(evidence)
            crew.evidence.sort(key=lambda e: e.start)
