"""Results tables read by their header row: driver and co-driver columns make one crew, a class
column does not make the row's place a class place, and the three ways tables are written
(pipes from Markdown and HTML, tabs, columns aligned with spaces) read alike."""

from __future__ import annotations

from typing import Any

import pytest

from extractor import extract_dict
from extractor.clean.text import normalize_text
from extractor.errors import LexiconError
from extractor.extract.tables import class_cell, read_header, read_row
from extractor.lexicon import _table_column_of, load_lexicon


def _class_results(record: dict[str, Any]) -> set[tuple[str, int, frozenset[str], float | None]]:
    crews = {c["id"]: frozenset(m["name"] for m in c["members"]) for c in record["crews"]}
    return {
        (r["class"], r["position"], crews[r["crew"]], (r["total_time"] or {}).get("seconds"))
        for r in record["class_results"]
    }


_HEAD = "Rallye-Bericht\n\nChemnitz, 9. Mai 2026 – Die Rallye ist entschieden.\n\nEndergebnis\n\n"
_EXPECTED = {
    ("overall", 1, frozenset({"Maximilian Hübner", "Jonas Kästner"}), 3857.5),
    ("overall", 2, frozenset({"Ondřej Novák", "Petra Horáčková"}), 3861.4),
    ("overall", 3, frozenset({"Luca Haberkorn", "Annika Schmitz"}), 4145.3),
}


@pytest.mark.parametrize(
    "table",
    [
        # Markdown (the cleaner writes its rows as "cell | cell")
        "| Pl. | Nr. | Fahrzeug | Fahrer | Beifahrer | Klasse | Zeit |\n|---|---|---|---|---|---|---|\n"
        "| 1 | 3 | Škoda Fabia RS Rally2 | Maximilian Hübner | Jonas Kästner | Rally2 | 1:04:17,5 |\n"
        "| 2 | 1 | Škoda Fabia RS Rally2 | Ondřej Novák | Petra Horáčková | Rally2 | 1:04:21,4 |\n"
        "| 3 | 21 | Peugeot 208 Rally4 | Luca Haberkorn | Annika Schmitz | Rally4 | 1:09:05,3 |\n",
        # tabs
        "Pl.\tNr.\tFahrer\tBeifahrer\tKlasse\tZeit\n"
        "1\t3\tMaximilian Hübner\tJonas Kästner\tRally2\t1:04:17,5\n"
        "2\t1\tOndřej Novák\tPetra Horáčková\tRally2\t1:04:21,4\n"
        "3\t21\tLuca Haberkorn\tAnnika Schmitz\tRally4\t1:09:05,3\n",
        # aligned with spaces
        "Pl.  Nr.  Fahrer              Beifahrer          Klasse  Zeit\n"
        "1    3    Maximilian Hübner   Jonas Kästner      Rally2  1:04:17,5\n"
        "2    1    Ondřej Novák        Petra Horáčková    Rally2  1:04:21,4\n"
        "3    21   Luca Haberkorn      Annika Schmitz     Rally4  1:09:05,3\n",
    ],
    ids=["markdown", "tabs", "spaces"],
)
def test_a_table_with_driver_and_co_driver_columns(table: str) -> None:
    path = "tables/de.md" if table.startswith("|") else "tables/de.txt"
    record = extract_dict((_HEAD + table).encode("utf-8"), path)
    assert _class_results(record) == _EXPECTED
    assert [[m["name"] for m in c["members"]] for c in record["crews"]] == [
        ["Maximilian Hübner", "Jonas Kästner"],
        ["Ondřej Novák", "Petra Horáčková"],
        ["Luca Haberkorn", "Annika Schmitz"],
    ]
    text = record["text"]
    for result in record["class_results"]:
        for evidence in result["evidence"]:
            assert text[evidence["start"] : evidence["end"]] == evidence["text"]


def test_a_table_of_minutes_over_a_hundred() -> None:
    """ "100:02.1": a total in minutes alone (Irish results) passes the hundredth minute."""
    table = (
        "Pos.  No.  Driver              Co-driver        Class    Time      Gap\n"
        "1     3    Cathal Brennan      Niall Murphy     Rally2   98:42.6\n"
        "2     5    Eoin Mulcahy        Ciara Dwyer      Rally2   100:02.1  +1:19.5\n"
    )
    record = extract_dict(
        ("Rally report\n\nENNIS, 3 May 2026 – The rally is over.\n\nFINAL\n\n" + table).encode(), "t/en.txt"
    )
    assert _class_results(record) == {
        ("overall", 1, frozenset({"Cathal Brennan", "Niall Murphy"}), 5922.6),
        ("overall", 2, frozenset({"Eoin Mulcahy", "Ciara Dwyer"}), 6002.1),
    }


def test_header_and_rows_by_column() -> None:
    column_of = load_lexicon("pt").table_column_of()
    header = read_header("Pos. | N.º | Piloto | Navegador | Viatura | Classe | Tempo | Dif.", column_of)
    assert header is not None
    assert header.roles == ("position", "number", "driver", "co-driver", "vehicle", "class", "time", "gap")
    row = "1 | 3 | Duarte Sá Meneses | Hugo Castanheira | | Rally2 | 1:08:42,7"
    cells = read_row(row, header)
    assert cells is not None
    assert [(c.role, row[c.start : c.end]) for c in cells] == [
        ("position", "1"),
        ("number", "3"),
        ("driver", "Duarte Sá Meneses"),
        ("co-driver", "Hugo Castanheira"),
        ("vehicle", ""),  # an empty cell keeps the columns after it in place
        ("class", "Rally2"),
        ("time", "1:08:42,7"),
    ]
    assert read_row("Fonte: FPAK | resultados | oficiais", header) is None
    # a line of prose with two spaces in it is no header
    assert read_header("Pos.  The winner  was Duarte", column_of) is None


def test_a_tab_between_words_is_a_cell_break() -> None:
    assert normalize_text("Pos.\tN.\t\tTempo\n\tindented") == "Pos. | N. | | Tempo\n indented"


def test_a_header_word_under_two_columns_is_an_error() -> None:
    with pytest.raises(LexiconError, match="'team' is under both"):
        _table_column_of({"table_columns": {"crew": ["team"], "team": ["team"]}}, "xx")


def test_a_results_table_outranks_a_place_read_in_prose() -> None:
    text = (
        "Rallye du Maroc : Mendes sacré à Zagora\n\n"
        "ZAGORA (Maroc), 16 octobre 2026 – Tiago Mendes termine deuxième chez les motos, jeudi.\n\n"
        "Classement final – Motos\n"
        "Pos. | N° | Pilote | Moto | Temps\n"
        "1 | 7 | Tiago Mendes | Honda CRF450 Rally | 15h 42min 08s\n"
        "2 | 3 | Lukas Brandner | KTM 450 Rally | 15h 44min 49s\n"
    )
    record = extract_dict(text.encode("utf-8"), "tables/fr.txt")
    crews = {c["id"]: frozenset(m["name"] for m in c["members"]) for c in record["crews"]}
    places = {(crews[r["crew"]], r["position"]) for r in record["class_results"]}
    assert (frozenset({"Tiago Mendes"}), 1) in places
    assert (frozenset({"Tiago Mendes"}), 2) not in places


def test_rows_under_a_standings_heading_are_no_results() -> None:
    text = (
        "Vos wins Dakar stage nine\n\n"
        "Riyadh, 13 January 2026 – Jan Vos and co-driver Piet Kok won the ninth stage on Tuesday, "
        "ahead of Darius Vaitkus.\n\n"
        "Truck standings after Stage 9 (provisional)\n"
        "1. Darius Vaitkus (LTU) MAN TGS 28h 14m 06s\n"
        "2. Jan Vos (NLD) Tatra Phoenix +2m 19s\n"
    )
    record = extract_dict(text.encode("utf-8"), "tables/en.txt")
    crews = {c["id"]: frozenset(m["name"] for m in c["members"]) for c in record["crews"]}
    stage = {(r["stage"], r["position"], crews[r["crew"]]) for r in record["stage_results"]}
    assert (9, 1, frozenset({"Jan Vos", "Piet Kok"})) in stage
    assert not any(crew == frozenset({"Darius Vaitkus"}) and pos == 1 for _, pos, crew in stage)
    assert record["class_results"] == []


_INLINE_FR = (
    "Rallye du Condroz\n\n"
    "Huy, 1er novembre 2026 – Hugo Delvaux et Céline Mathot-Renard (Škoda Fabia RS Rally2) ont "
    "remporté ce dimanche le Rallye du Condroz-Huy, au terme de seize spéciales tracées entre Huy, "
    "Marchin et Modave.\n\n"
    "Le classement final : 1. Delvaux/Mathot-Renard (Škoda Fabia RS Rally2) 1h58'41''3 ; "
    "2. Sander Hansen/Kjetil Ødegård (Citroën C3 Rally2) à 12''4 ; 3. Florian Jacquemin/Aurélie "
    "Tasiaux (Hyundai i20 N Rally2) à 47''9 ; 4. Pieter-Jan Claeys/Wout Vanhaecke (Škoda Fabia RS "
    "Rally2) à 1'13''0.\n\n"
    "Dans les classes, Thibaut Gérard/Lola Piette (Peugeot 208 Rally4) enlèvent la Rally4.\n"
)


def test_a_numbered_list_run_on_in_one_line_gives_overall_places() -> None:
    """ "Le classement final : 1. A/B (…) 1h58'41''3 ; 2. C/D (…) à 12''4 ; …": each number is
    the place of the crew after it, the gaps are no times, and the final-classification label
    makes them overall places (a class named later in the release is its own)."""
    record = extract_dict(_INLINE_FR.encode("utf-8"), "inline/fr.txt")
    assert _class_results(record) == {
        ("overall", 1, frozenset({"Hugo Delvaux", "Céline Mathot-Renard"}), 7121.3),
        ("overall", 2, frozenset({"Sander Hansen", "Kjetil Ødegård"}), None),
        ("overall", 3, frozenset({"Florian Jacquemin", "Aurélie Tasiaux"}), None),
        ("overall", 4, frozenset({"Pieter-Jan Claeys", "Wout Vanhaecke"}), None),
        ("Rally4", 1, frozenset({"Thibaut Gérard", "Lola Piette"}), None),
    }
    text = record["text"]
    for result in record["class_results"]:
        for evidence in result["evidence"]:
            assert text[evidence["start"] : evidence["end"]] == evidence["text"]


def test_numbers_out_of_sequence_are_no_list() -> None:
    """ "2. …; 4. …; 5. …" in a line is not a classification from first place down."""
    text = _INLINE_FR.replace("1. Delvaux", "7. Delvaux")
    places = {
        (label, position) for label, position, _, _ in _class_results(extract_dict(text.encode(), "x/fr.txt"))
    }
    assert ("overall", 2) not in places and ("overall", 4) not in places


def test_an_english_run_on_result() -> None:
    text = (
        "Club news\n\nCarrick, 12 April 2026 – Ronan Tierney and Siobhan Garvey won the Carrick "
        "Stages on Sunday in their Ford Fiesta Rally2 after a day-long battle in the rain on the "
        "forest roads of Leitrim.\n\nResult: 1. Tierney/Garvey (Ford Fiesta Rally2) 58:41.3; "
        "2. Padraig Lyons/Eimear Cosgrave (Skoda Fabia Rally2) +12.4; 3. Karl Mets/Andres Kuusk "
        "(Skoda Fabia Rally2) +47.9.\n"
    )
    assert _class_results(extract_dict(text.encode(), "inline/en.txt")) == {
        ("overall", 1, frozenset({"Ronan Tierney", "Siobhan Garvey"}), 3521.3),
        ("overall", 2, frozenset({"Padraig Lyons", "Eimear Cosgrave"}), None),
        ("overall", 3, frozenset({"Karl Mets", "Andres Kuusk"}), None),
    }


@pytest.mark.parametrize("place", ["4", "4.", "4º", "4ª", "4°"])
def test_a_place_cell_written_as_an_ordinal_is_a_row(place: str) -> None:
    """ "4º | Gabriel Tomasi | Anderson Pegoraro | …": Portuguese and Spanish tables write the
    place as an ordinal; the row is still a row, its two people one crew."""
    column_of = load_lexicon("pt").table_column_of()
    header = read_header("Pos. | Piloto | Navegador | Carro | Tempo", column_of)
    assert header is not None
    row = f"{place} | Gabriel Tomasi | Anderson Pegoraro | Mitsubishi Lancer Evo X | 1h14min23,3s"
    cells = read_row(row, header)
    assert cells is not None
    assert [(c.role, row[c.start : c.end]) for c in cells][:3] == [
        ("position", place),
        ("driver", "Gabriel Tomasi"),
        ("co-driver", "Anderson Pegoraro"),
    ]
    record = extract_dict(
        ("Classificação final\n\nPos. | Piloto | Navegador | Carro | Tempo\n" + row).encode(), "t/pt.txt"
    )
    assert _class_results(record) == {
        ("overall", 4, frozenset({"Gabriel Tomasi", "Anderson Pegoraro"}), 4463.3)
    }


@pytest.mark.parametrize(
    ("language", "head", "header", "rows"),
    [
        (
            "de",
            "Revidiertes Endergebnis\n\nDresden, 10.05.2026 – Die Sportkommissare haben entschieden.",
            "Pl. | Nr. | Fahrer / Beifahrer | Fahrzeug | Klasse | Kl.-Pl. | Gesamtzeit",
            [
                "1 | 2 | Moritz Albers / Jana Richter | Škoda Fabia RS Rally2 | Rally2 | 1 | 1:02:11,4",
                "2 | 9 | Paul Seidel / Lea Wagner | Opel Corsa Rally4 | Rally4 | 1 | 1:05:40,0",
                "3 | 4 | Tim Brandt / Eva Kühn | Hyundai i20 N Rally2 | Rally2 | 2 | 1:06:02,9",
            ],
        ),
        (
            # a driver's word and a co-driver's make one crew column; the place in brackets
            "es",
            "Clasificación corregida\n\nTucumán, 10 de mayo de 2026 – Los comisarios han decidido.",
            "Pos. | N° | Piloto / Navegante | Vehículo | Clase (pos.) | Tiempo",
            [
                "1 | 2 | Moritz Albers / Jana Richter | Škoda Fabia RS Rally2 | Rally2 (1) | 1:02:11,4",
                "2 | 9 | Paul Seidel / Lea Wagner | Opel Corsa Rally4 | Rally4 (1) | 1:05:40,0",
                "3 | 4 | Tim Brandt / Eva Kühn | Hyundai i20 N Rally2 | Rally2 (2) | 1:06:02,9",
            ],
        ),
    ],
)
def test_a_class_place_column_gives_each_row_its_class_place(
    language: str, head: str, header: str, rows: list[str]
) -> None:
    """A stewards' revised classification lists each crew's class and place in class beside its
    overall place: every row is an overall place and a class place, with the same total."""
    text = head + "\n\n" + "\n".join([header, *rows]) + "\n"
    record = extract_dict(text.encode(), f"revised/{language}.txt")
    albers = frozenset({"Moritz Albers", "Jana Richter"})
    seidel = frozenset({"Paul Seidel", "Lea Wagner"})
    brandt = frozenset({"Tim Brandt", "Eva Kühn"})
    assert _class_results(record) == {
        ("overall", 1, albers, 3731.4),
        ("overall", 2, seidel, 3940.0),
        ("overall", 3, brandt, 3962.9),
        ("Rally2", 1, albers, 3731.4),
        ("Rally4", 1, seidel, 3940.0),
        ("Rally2", 2, brandt, 3962.9),
    }


# A timing service's page: the classification pasted as a fixed-width table in a code block, a
# rule under the header, the class place written in the class cell ("1/Rally4"), the stage
# winners in a second table with its own column header.
_TIMING_PAGE = (
    "---\ntitle: Rallye van de Kempen 2026 – uitslag\ndate: 2026-04-18\n---\n\n"
    "# Rallye van de Kempen 2026 – Uitslag\n\n"
    "Joost Verhaegen en Lieke Brandsma wonnen de Rallye van de Kempen met 12,4 seconden voorsprong "
    "op Dries Wouters en Sanne Kuipers. In de Rally4-klasse was Femke Smulders de snelste, met "
    "navigator Ruud Gelderblom naast zich, na een lange dag in de bossen rond Lommel en Mol.\n\n"
    "## Eindklassement\n\n"
    "```\n"
    "Pos  Nr  Rijder / Navigator              Auto                    Klasse      Tijd       Verschil\n"
    "---  --  ------------------------------  ----------------------  ----------  ---------  --------\n"
    "  1   2  Joost Verhaegen / Lieke Brandsma  Škoda Fabia Rally2    1/Rally2    58:12.4\n"
    "  2   1  Dries Wouters / Sanne Kuipers   Citroën C3 Rally2       2/Rally2    58:24.8       +12.4\n"
    "  3   7  Femke Smulders / Ruud Gelderblom  Peugeot 208 Rally4    1/Rally4  1:01:02.6     +2:50.2\n"
    "```\n\n"
    "## Snelste tijden\n\n"
    "```\n"
    "KP    Proef               km  Winnaar            Tijd\n"
    "------------------------------------------------------\n"
    "KP1   Lommel 1         12,10  Joost Verhaegen    7:02.1\n"
    "KP2   Mol Stadsproef    9,85  Dries Wouters      5:44.0\n"
    "```\n"
)


def test_a_fixed_width_table_under_its_rule_gives_overall_and_class_places() -> None:
    record = extract_dict(_TIMING_PAGE.encode("utf-8"), "timing/nl.md")
    winners = frozenset({"Joost Verhaegen", "Lieke Brandsma"})
    runners_up = frozenset({"Dries Wouters", "Sanne Kuipers"})
    third = frozenset({"Femke Smulders", "Ruud Gelderblom"})
    assert _class_results(record) == {
        ("overall", 1, winners, 3492.4),
        ("Rally2", 1, winners, 3492.4),
        ("overall", 2, runners_up, 3504.8),
        ("Rally2", 2, runners_up, 3504.8),
        ("overall", 3, third, 3662.6),
        ("Rally4", 1, third, 3662.6),
    }
    crews = {c["id"]: frozenset(m["name"] for m in c["members"]) for c in record["crews"]}
    assert {(r["stage"], r["position"], crews[r["crew"]]) for r in record["stage_results"]} == {
        (1, 1, winners),
        (2, 1, runners_up),
    }
    # ("KP2   Mol Stadsproef": the stage's name after its number, across the table's spaces)
    assert set(crews.values()) == {winners, runners_up, third}


def test_a_class_cell_with_the_place_in_the_class() -> None:
    assert class_cell("1/R5") == ("R5", 1)
    assert class_cell("12 / Rally2") == ("Rally2", 12)
    assert class_cell("Rally2 (3)") == ("Rally2", 3)
    assert class_cell("RC2 / 3") == ("RC2", 3)
    assert class_cell("(3)") == (None, 3)
    assert class_cell("1e Rally3") == ("Rally3", 1)  # the place as an ordinal, then the class
    assert class_cell("2º Rally4") == ("Rally4", 2)
    assert class_cell("4") == (None, 4)
    assert class_cell("Rally2") == ("Rally2", None)


def test_surnames_in_capitals_name_crews_but_an_all_capitals_headline_does_not() -> None:
    text = (
        "RALLYE DU VIVARAIS : FAYOLLE ET ROCHE S'IMPOSENT\n\n"
        "Privas, 7 juin 2026 – Bastien Fayolle et Justine Roche (Skoda Fabia RS Rally2) ont remporté le "
        "Rallye du Vivarais devant Loïc Chanéac et Amandine Vernet, au terme de neuf spéciales disputées "
        "sous un soleil de plomb.\n\n"
        "Classement final\n\n"
        "Pos  N°  Pilote / Copilote                Temps\n"
        "1.    1  Bastien FAYOLLE / Justine ROCHE  1:02:41.5\n"
        "2.    3  Loïc CHANÉAC / Amandine VERNET   1:02:56.2\n"
        "3.    5  Élise DUMAS-VERNET / Marc OLLIER  1:03:33.0\n\n"
        "Meilleurs temps\n"
        "ES1  Le Cheylard 1     FAYOLLE / ROCHE     6:12.4\n"
        "ES2  Saint-Agrève 1    CHANÉAC / VERNET    8:47.9\n"
    )
    record = extract_dict(text.encode("utf-8"), "vivarais/fr.txt")
    first = frozenset({"Bastien FAYOLLE", "Justine ROCHE"})
    second = frozenset({"Loïc CHANÉAC", "Amandine VERNET"})
    third = frozenset({"Élise DUMAS-VERNET", "Marc OLLIER"})
    assert {(c, p, crew) for c, p, crew, _ in _class_results(record)} == {
        ("overall", 1, first),
        ("overall", 2, second),
        ("overall", 3, third),
    }
    # (the headline's "FAYOLLE ET ROCHE" names no crew of its own)
    assert {frozenset(m["name"] for m in c["members"]) for c in record["crews"]} == {first, second, third}
    crews = {c["id"]: frozenset(m["name"] for m in c["members"]) for c in record["crews"]}
    winners = {(r["stage"], r["position"], crews[r["crew"]]) for r in record["stage_results"]}
    assert winners == {(1, 1, first), (2, 1, second)}


def test_an_entry_list_pairs_its_crews_and_places_no_one() -> None:
    text = (
        "---\ntitle: Rally Otago 2026 preview\ndate: 2026-04-14\n---\n\n"
        "# Rally Otago 2026: thirteen crews for the season opener\n\n"
        "Dunedin, 14 April 2026 – The entry list for Rally Otago, from 30 April to 2 May, is out, with "
        "last year's winners back to defend their title on the gravel roads of the south.\n\n"
        "## Entry list\n\n"
        "| No. | Driver | Co-driver | Car | Class |\n|---|---|---|---|---|\n"
        "| 1 | Rāwiri Te Kōhatu (NZL) | Bryn Aldous (NZL) | Hyundai i20 N Rally2 | Rally2 |\n"
        "| 2 | Liam Fairbairn (NZL) | Rosie Tregear (NZL) | Škoda Fabia RS Rally2 | Rally2 |\n"
        "| 7 | Oskar Lindqvist (SWE) | Emil Sjöberg (SWE) | Ford Fiesta Rally3 | Rally3 |\n"
    )
    record = extract_dict(text.encode("utf-8"), "otago/en.md")
    assert record["class_results"] == []
    assert {frozenset(m["name"] for m in c["members"]) for c in record["crews"]} == {
        frozenset({"Rāwiri Te Kōhatu", "Bryn Aldous"}),
        frozenset({"Liam Fairbairn", "Rosie Tregear"}),
        frozenset({"Oskar Lindqvist", "Emil Sjöberg"}),
    }


def test_a_table_with_a_column_per_crew_gives_each_crew_its_stage_places() -> None:
    text = (
        "Rallye Mont-Blanc Morzine : Perrodin cinquième après la première étape\n\n"
        "Morzine, 4 septembre 2026 – Killian Perrodin et sa copilote Anaëlle Mugnier occupent la cinquième "
        "place provisoire, devant Yannick Moëckli et Laetitia Oberson, au soir de la première étape.\n\n"
        "ES | Spéciale | km | Perrodin / Mugnier | Moëckli / Oberson\n"
        "ES1 | Praz-de-Lys 1 | 14,62 | 9'44''8 (3e) | 9'52''1 (6e)\n"
        "ES2 | Col de la Ramaz 1 | 10,87 | 7'24''9 (6e) | 8'01''3 (17e)\n\n"
        "Demain, six spéciales au programme de la deuxième étape.\n"
    )
    record = extract_dict(text.encode("utf-8"), "morzine/fr.txt")
    perrodin = frozenset({"Killian Perrodin", "Anaëlle Mugnier"})
    moeckli = frozenset({"Yannick Moëckli", "Laetitia Oberson"})
    crews = {c["id"]: frozenset(m["name"] for m in c["members"]) for c in record["crews"]}
    assert {
        (r["stage"], r["position"], crews[r["crew"]], (r["time"] or {}).get("seconds"))
        for r in record["stage_results"]
    } == {
        (1, 3, perrodin, 584.8),
        (1, 6, moeckli, 592.1),
        (2, 6, perrodin, 444.9),
        (2, 17, moeckli, 481.3),
    }


# A classification converted from a PDF: each row over two lines, the co-driver (and the entrant)
# under the driver, the header's second line ("Pos" under "Class"), a page's footer and the next
# page's header between rows.
_PDF_CLASSIFICATION = (
    "Moffat Stages Rally – Official results\n\n"
    "Dumfries, 16 May 2026 – The final classification of the Moffat Stages Rally was published after "
    "the stewards approved the results of all eight stages this evening.\n\n"
    "Pos    No    Driver / Co-driver          Car / Entrant               Class       Total time    Gap\n"
    "                                                                     Pos\n\n"
    "1.       4   Angus MacPHERSON (GBR)      Ford Fiesta Rally2          RC2 / 1      1:02:11.4\n"
    "             Isla FERGUSSON (GBR)        Tweed Valley Motorsport\n\n"
    "2.       7   Seán O'HARE (IRL)           Škoda Fabia RS Rally2       RC2 / 2      1:02:30.0     +18.6\n"
    "             Niamh DUFFY (IRL)\n\n"
    "Official – published 18:42 – Clerk of the course: Ewan Halliday                     Page 1 / 2\n"
    "Pos    No    Driver / Co-driver          Car / Entrant               Class       Total time    Gap\n"
    "                                                                     Pos\n\n"
    "3.      22   Kasper LUND (DNK)           Peugeot 208 Rally4          RC4 / 1      1:05:02.9   +2:51.5\n"
    "             Mette HOLM (DNK)            Nordjysk Rally\n"
)


def test_a_pdf_classification_with_each_row_over_two_lines_pairs_driver_and_co_driver() -> None:
    record = extract_dict(_PDF_CLASSIFICATION.encode("utf-8"), "pdf/en.txt")
    first = frozenset({"Angus MacPHERSON", "Isla FERGUSSON"})
    second = frozenset({"Seán O'HARE", "Niamh DUFFY"})
    third = frozenset({"Kasper LUND", "Mette HOLM"})
    assert _class_results(record) == {
        ("overall", 1, first, 3731.4),
        ("RC2", 1, first, 3731.4),
        ("overall", 2, second, 3750.0),
        ("RC2", 2, second, 3750.0),
        ("overall", 3, third, 3902.9),
        ("RC4", 1, third, 3902.9),
    }
    assert {frozenset(m["name"] for m in c["members"]) for c in record["crews"]} == {first, second, third}
    text = record["text"]
    evidence = [e for crew in record["crews"] for e in crew["evidence"]]
    assert {e["text"] for e in evidence} >= {"Isla FERGUSSON", "Niamh DUFFY", "Mette HOLM"}
    assert all(text[e["start"] : e["end"]] == e["text"] for e in evidence)


_PDF_WITH_RETIREMENTS = (
    "ASA Cévennes – Communiqué\n\n"
    "Alès, le 20 juin 2026 – Le classement officiel du Rallye des Camisards a été publié ce soir par "
    "la direction de course, après les dix épreuves spéciales du week-end.\n\n"
    "Pos  N°    Pilote / Copilote               Voiture / Concurrent    Cl. / Pl.   Temps total   Écart\n"
    "--------------------------------------------------------------------------------------------------\n"
    "  1    5   Ana Belén CAÑIZARES RUIZ (ESP)  Škoda Fabia RS Rally2   RC2 / 1      1:41:07.2\n"
    "           Inês MOUTINHO SÁ (POR)          Équipe Cévenole\n"
    "  2    9   Baptiste ROUVIÈRE (FRA)         Peugeot 208 Rally4      RC4 / 1      1:44:50.0     +3:42.8\n"
    "           Manon ESTÈVE (FRA)\n\n"
    "ABANDONS\n"
    "--------------------------------------------------------------------------------------------------\n"
    "       3   Diego ARRIZABALAGA (ESP)        Škoda Fabia RS Rally2   RC2         ES 7    Sortie de route\n"
    "           Iker ETXEBERRIA (ESP)           Gipuzkoa Racing\n"
    "      26   Václav HOLUB (CZE)              Peugeot 208 Rally4      RC4         ES 10   Transmission\n"
    "           Petra NĚMCOVÁ (CZE)\n"
)


def test_retirements_under_their_heading_pair_crews_over_two_lines_and_place_no_one() -> None:
    record = extract_dict(_PDF_WITH_RETIREMENTS.encode("utf-8"), "pdf/fr.txt")
    first = frozenset({"Ana Belén CAÑIZARES RUIZ", "Inês MOUTINHO SÁ"})
    second = frozenset({"Baptiste ROUVIÈRE", "Manon ESTÈVE"})
    # ("Cl. / Pl." over "RC2 / 1": a column the header does not name holds class and place)
    assert _class_results(record) == {
        ("overall", 1, first, 6067.2),
        ("RC2", 1, first, 6067.2),
        ("overall", 2, second, 6290.0),
        ("RC4", 1, second, 6290.0),
    }
    assert {frozenset(m["name"] for m in c["members"]) for c in record["crews"]} == {
        first,
        second,
        frozenset({"Diego ARRIZABALAGA", "Iker ETXEBERRIA"}),
        frozenset({"Václav HOLUB", "Petra NĚMCOVÁ"}),
    }
    assert record["stage_results"] == []


def test_a_one_make_cups_list_is_that_cups_class_and_its_points_table_no_result() -> None:
    text = (
        "Suzuki Rally Cup: Bressan vince al Casentino\n\n"
        "Bibbiena, 12 luglio 2026 – Nicolò Bressan e Alessia Ferrandi hanno vinto il quarto round "
        "della Suzuki Rally Cup al Rally del Casentino, davanti a Marta Quintans e Álvaro Peñalver.\n\n"
        "### Classifica di gara – Suzuki Rally Cup\n\n"
        "1. Nicolò Bressan / Alessia Ferrandi – 1:12:40,3\n"
        "2. Álvaro Peñalver / Marta Quintans – a 9,6\n\n"
        "### Dopo il Casentino\n\nNel campionato comanda ancora Peñalver.\n\n"
        "| Pos. | Pilota | Naz. | Punti |\n|---|---|---|---|\n"
        "| 1 | Álvaro Peñalver | ESP | 88 |\n"
        "| 2 | Nicolò Bressan | ITA | 81 |\n"
    )
    record = extract_dict(text.encode("utf-8"), "cup/it.md")
    bressan = frozenset({"Nicolò Bressan", "Alessia Ferrandi"})
    penalver = frozenset({"Álvaro Peñalver", "Marta Quintans"})
    assert _class_results(record) == {
        ("Suzuki Rally Cup", 1, bressan, 4360.3),
        ("Suzuki Rally Cup", 2, penalver, None),
    }


def test_a_cup_named_short_is_the_cup_named_in_full_and_a_points_table_places_no_one() -> None:
    text = (
        "Clio Trophy: Maes wint in Ieper\n\n"
        "Ieper, 27 juni 2026 – Ruben Maes en copiloot Eline Goossens wonnen de vierde manche van de Clio "
        "Trophy Benelux voor Tim Peeters en Sanne Wouters.\n\n"
        "## Uitslag Clio Trophy Benelux\n\n"
        "1. Ruben Maes / Eline Goossens (BEL) – 1u 02' 11,4''\n"
        "2. Tim Peeters / Sanne Wouters (BEL) – op 12,0 s\n\n"
        "Jonas Claes en Lien Smet vielen in KP 3 uit met motorpech.\n\n"
        "## Tussenstand na 4 van 7 manches\n\n"
        "| Pos. | Rijder | Nat. | Punten |\n|-----:|---|---|---:|\n"
        "| 1 | Tim Peeters | BEL | 96 |\n"
        "| 2 | Ruben Maes | BEL | 90 |\n"
        "| 3 | Jonas Claes | BEL | 71 |\n"
    )
    record = extract_dict(text.encode("utf-8"), "cup/nl.md")
    assert _class_results(record) == {
        ("Clio Trophy Benelux", 1, frozenset({"Ruben Maes", "Eline Goossens"}), 3731.4),
        ("Clio Trophy Benelux", 2, frozenset({"Tim Peeters", "Sanne Wouters"}), None),
    }


def test_a_second_lines_cell_is_the_co_drivers_name_even_when_it_reads_as_a_word() -> None:
    text = (
        "Rallycomité Twente – persbericht\n\n"
        "Enschede, 11 juli 2026 – Het officiële eindklassement van de Twente Rally is door de "
        "wedstrijdleiding gepubliceerd na de twaalf klassementsproeven van zaterdag.\n\n"
        "  Pos.  Nr.   Rijder / Bijrijder                Nat.   Auto                           Klasse / Pl.\n"
        "  ---------------------------------------------------------------------------------------------\n"
        "    1     7   Bram Kuipers                      NED    Škoda Fabia RS Rally2          RC2 / 1\n"
        "              Noor El Amrani                    NED\n"
        "    2    12   Joost Hendriks                    NED    Ford Fiesta Rally3             RC3 / 1\n"
        "              Sanne Mulder                      NED\n"
    )
    record = extract_dict(text.encode("utf-8"), "pdf/nl.txt")
    kuipers = frozenset({"Bram Kuipers", "Noor El Amrani"})
    hendriks = frozenset({"Joost Hendriks", "Sanne Mulder"})
    assert {frozenset(m["name"] for m in c["members"]) for c in record["crews"]} == {kuipers, hendriks}
    assert _class_results(record) == {
        ("overall", 1, kuipers, None),
        ("RC2", 1, kuipers, None),
        ("overall", 2, hendriks, None),
        ("RC3", 1, hendriks, None),
    }


def test_a_teams_table_of_its_crews_on_the_days_stage_gives_stage_places_and_times() -> None:
    text = (
        "Stage 5: both trucks in the top ten at Merzouga\n\n"
        "Merzouga, 9 October 2026 – Stage 5 of the Rallye du Maroc was a long day in the dunes for "
        "the team, which brought both trucks to the bivouac. Stage 6 tomorrow heads back north.\n\n"
        "| No. | Crew (driver / co-driver / mechanic) | Truck | Stage pos. | Stage time "
        "| Overall after stage |\n"
        "|---|---|---|---|---|---|\n"
        "| 504 | Koen Smits / Lars Wouters / Tim Bakker | Iveco Powerstar | 4 | 04:02:10 | 3rd (+21:30) |\n"
        "| 511 | Ruud Jansen / Erik Mol / Piet de Boer | DAF CF Rally | 9 | 04:44:51 | 12th (+1:40:02) |\n"
    )
    record = extract_dict(text.encode("utf-8"), "truck/en.md")
    smits = frozenset({"Koen Smits", "Lars Wouters", "Tim Bakker"})
    jansen = frozenset({"Ruud Jansen", "Erik Mol", "Piet de Boer"})
    crews = {c["id"]: frozenset(m["name"] for m in c["members"]) for c in record["crews"]}
    assert {
        (r["stage"], r["position"], crews[r["crew"]], (r["time"] or {}).get("seconds"))
        for r in record["stage_results"]
    } == {(5, 4, smits, 14530.0), (5, 9, jansen, 17091.0)}
    assert record["class_results"] == []


def _places_with_total_texts(record: dict[str, Any]) -> set[tuple[str, int, frozenset[str], str | None]]:
    names = {c["id"]: frozenset(m["name"] for m in c["members"]) for c in record["crews"]}
    return {
        (r["class"], r["position"], names[r["crew"]], (r["total_time"] or {}).get("text"))
        for r in record["class_results"]
    }


def test_the_place_in_a_class_cell_is_the_class_s_not_the_row_s() -> None:
    text = (
        "ADAC Rallye Erzgebirge 2026 – Endergebnis\n\n"
        "Offizielles Endergebnis · Stand 18.04.2026, 21:37 Uhr\n\n"
        "Lukas Brenninger und Hanna Lindgren haben die ADAC Rallye Erzgebirge 2026 gewonnen. Nach zehn "
        "gewerteten Prüfungen lag das Duo 11,5 Sekunden vor Ondřej Kubíček und Petra Šimková.\n\n"
        "Pos. | Nr. | Fahrer / Beifahrer | Fahrzeug | Klasse / Pos. | Gesamtzeit / Rückstand\n"
        "1 | #2 | Lukas Brenninger / Hanna Lindgren | Škoda Fabia RS Rally2 | Rally2 1. | 1:18:42,6 –\n"
        "2 | #5 | Ondřej Kubíček / Petra Šimková | Škoda Fabia RS Rally2 | Rally2 2. | 1:18:54,1 +11,5\n"
        "3 | #11 | Dominik Hauser / Fabian Köhler / Hauser Racing | Ford Fiesta Rally3 | Rally3 1. | "
        "1:23:40,2 +4:57,6\n"
    )
    record = extract_dict(text.encode(), "erzgebirge.txt")
    places = _places_with_total_texts(record)
    hauser = frozenset({"Dominik Hauser", "Fabian Köhler"})
    assert ("overall", 3, hauser, "1:23:40,2") in places
    assert ("Rally3", 1, hauser, "1:23:40,2") in places
    assert not any(place[:3] == ("overall", 1, hauser) for place in places)


def test_more_cells_than_the_header_names_take_its_columns_in_order() -> None:
    text = (
        "Cork 20 International Rally 2026 – Final Results\n\n"
        "Ciarán Ó Dálaigh and Aoife Ní Bhriain won the Cork 20 International Rally by 18.9 seconds. Emil "
        "Sørensen won Rally3 and Oisín Breathnach took Rally4 on a wet final day in West Cork.\n\n"
        "Pos | No. | Driver / Co-driver | Car / Class | Total / Gap\n"
        "1 | #1 | Ciarán Ó Dálaigh / Aoife Ní Bhriain | Škoda Fabia RS Rally2 | Rally2 | Class pos. 1 | "
        "1:31:07.4 | —\n"
        "2 | #3 | Ruairí McElhinney / Niamh Costigan | Hyundai i20 N Rally2 | Rally2 | Class pos. 2 | "
        "1:31:26.3 | +18.9\n"
        "3 | #21 | Emil Sørensen / Jesper Kjærgaard | Ford Fiesta Rally3 | Rally3 | Class pos. 1 | "
        "1:36:40.2 | +5:32.8\n"
    )
    record = extract_dict(text.encode(), "cork.txt")
    places = _places_with_total_texts(record)
    sorensen = frozenset({"Emil Sørensen", "Jesper Kjærgaard"})
    mcelhinney = frozenset({"Ruairí McElhinney", "Niamh Costigan"})
    assert ("overall", 3, sorensen, "1:36:40.2") in places
    assert ("Rally3", 1, sorensen, "1:36:40.2") in places
    assert ("overall", 2, mcelhinney, "1:31:26.3") in places
    assert ("Rally2", 2, mcelhinney, "1:31:26.3") in places


def test_two_names_in_cells_side_by_side_are_one_crew_without_a_header() -> None:
    """A list of retirements written as cells, with no header row: the driver's cell and the
    co-driver's cell beside it make one crew."""
    text = (
        "Rallye Vogtland: Endergebnis\n\nPlauen, 14. Juni 2026 – Nach zwölf Wertungsprüfungen auf "
        "Schotter und Asphalt steht das Ergebnis der Rallye Vogtland fest; die Sieger stehen unten.\n\n"
        "Ausfälle\n\n"
        "#3 | Matthias Oberleitner | Kerstin Vogelsang | Škoda Fabia RS Rally2 | Motorschaden nach WP5\n"
        "#10 | Ronan Ó Súilleabháin | Lieke Dijkstra | Ford Fiesta Rally2 | Unfall auf WP8\n"
    )
    record = extract_dict(text.encode("utf-8"), "ausfaelle/de.txt")
    assert [[m["name"] for m in c["members"]] for c in record["crews"]] == [
        ["Matthias Oberleitner", "Kerstin Vogelsang"],
        ["Ronan Ó Súilleabháin", "Lieke Dijkstra"],
    ]


def test_a_final_classification_after_the_last_stage_is_final() -> None:
    """ "FINAL CLASSIFICATION … (after SS20)": standings after the last stage that the heading
    calls final are the result, not a standing held mid-rally."""
    text = (
        "Thorvald takes Rally Sweden\n\nUMEÅ, 15 February 2026 – Ragnar Thorvald won Rally Sweden on "
        "Sunday after three days on snow and ice, his first win of the season in the world "
        "championship.\n\n"
        "FINAL CLASSIFICATION – RALLY SWEDEN 2026 (after SS18)\n\n"
        "Pos. | Crew | Car | Time | Gap\n"
        "1 | Ragnar Thorvald / Espen Haugli | Toyota GR Yaris Rally1 | 2:31:48.7\n"
        "2 | Mikko Rautanen / Joonas Kärkkäinen | Hyundai i20 N Rally1 | 2:32:02.1 | +13.4\n"
    )
    record = extract_dict(text.encode("utf-8"), "final/en.txt")
    assert _class_results(record) == {
        ("overall", 1, frozenset({"Ragnar Thorvald", "Espen Haugli"}), 9108.7),
        ("overall", 2, frozenset({"Mikko Rautanen", "Joonas Kärkkäinen"}), 9122.1),
    }


def test_a_table_of_stage_winners_in_pipes_numbers_its_stages() -> None:
    """ "WP | Bezeichnung | WP-Sieger | Zeit" over "1 | Hörselberg 1 | Hartung/Bergmann | 8:12,4":
    the first column is the stage's number, not a place, whether the cells are set apart by
    spaces or by pipes (an HTML or Markdown table)."""
    record = extract_dict(
        (
            "Ergebnisbericht\n\nEisenach, 16. Mai 2026 – Christoph Hartung und Lea Bergmann haben die "
            "Wartburg Rallye gewonnen. Auf Platz zwei kamen Mikkel Brønholt und Anna-Lena Fuchs ins "
            "Ziel, die beide nach einem harten Tag zufrieden waren.\n\n"
            "WP-Bestzeiten\n\nWP | Bezeichnung | WP-Sieger | Zeit\n"
            "1 | Hörselberg 1 | Hartung/Bergmann | 8:12,4\n"
            "2 | Moosbach 1 | Brønholt/Fuchs | 10:47,9\n"
        ).encode(),
        "wartburg.txt",
    )
    crews = {c["id"]: frozenset(m["name"] for m in c["members"]) for c in record["crews"]}
    stages = {
        (r["stage"], r["position"], crews[r["crew"]], (r["time"] or {}).get("seconds"))
        for r in record["stage_results"]
    }
    assert stages == {
        (1, 1, frozenset({"Christoph Hartung", "Lea Bergmann"}), 492.4),
        (2, 1, frozenset({"Mikkel Brønholt", "Anna-Lena Fuchs"}), 647.9),
    }
    assert ("overall", 1, frozenset({"Christoph Hartung", "Lea Bergmann"}), None) in _class_results(record)


@pytest.mark.parametrize(
    "label",
    ["Final classification:", "Rally Finland 2026 (20 stages, 308.34km):"],
    ids=["two-word-label", "label-closing-a-bracket"],
)
def test_a_wire_results_box_run_on_in_one_line_gives_every_place(label: str) -> None:
    """A news agency's results box, "Final classification: 1. A / B (FIN), Toyota, 2:31:48.7;
    2. C / D (FRA), Hyundai, +14.2; 3. …": a short label before it makes no labelled row of
    one place, and an opener glued to a bracket ("km):") opens the list too."""
    text = (
        "Wire\n\nJyväskylä, 2 August 2026 (BNA) – Lauri Kettunen ended a four-year wait for a home "
        "victory on Sunday, winning Rally Finland for Toyota by 14.2sec from Mathis Delorme.\n\n"
        f"RESULTS\n{label} 1. Lauri Kettunen / Ville-Matti Aho (FIN), Toyota, 2:31:48.7; "
        "2. Mathis Delorme / Baptiste Ruel (FRA), Hyundai, +14.2; 3. Oskar Lindqvist / Henrik "
        "Sjöström (SWE), Toyota, +38.9; 4. Kaarel Tamm / Rasmus Kõiv (EST), Ford, +1:02.5.\n"
    )
    record = extract_dict(text.encode(), "wire.txt")
    assert {(r[1], tuple(sorted(r[2]))) for r in _class_results(record)} == {
        (1, ("Lauri Kettunen", "Ville-Matti Aho")),
        (2, ("Baptiste Ruel", "Mathis Delorme")),
        (3, ("Henrik Sjöström", "Oskar Lindqvist")),
        (4, ("Kaarel Tamm", "Rasmus Kõiv")),
    }


_PER_CLASS = (
    "Uitslag Rallye du Maroc\n\n"
    "HENGELO, 6 oktober 2026 – Onze clubequipes finishten in de Challenger en de SSV.\n\n"
    "Met sportieve groet,\n\nIngrid Scholte\nPersvoorlichter\n+31 (0)6 41 87 22 90 | pers@example.nl\n\n"
    "Over de club\nDe club verenigt ruim 180 rijders en navigatoren uit Nederland en Vlaanderen.\n\n"
    "positie | nr. | rijder | navigator | klasse | tijd\n"
    "1 | 302 | Mantas Vaitkevičius | Ramon Puigdevall | Challenger | 16:52:31\n"
    "2 | 311 | Youssef Amrani | Éloïse Garnier | Challenger | 17:05:48\n"
    "1 | 401 | Ignacio Valdebenito | Pau Sabaté | SSV | 18:14:56\n"
    "2 | 407 | Florent Marchetti | Léa Dubreuil-Saïdi | SSV | 18:26:10\n"
)


def test_a_table_under_the_about_box_is_read_and_its_places_restarting_per_class_are_the_class_s() -> None:
    """A spreadsheet a club attaches lands under the signature and the "about" box: its header row
    ends the boilerplate. Places that start again at 1 where the class cell changes rank each class
    on its own, not everyone."""
    record = extract_dict(_PER_CLASS.encode(), "maroc.txt")
    assert _class_results(record) == {
        ("Challenger", 1, frozenset({"Mantas Vaitkevičius", "Ramon Puigdevall"}), 60751.0),
        ("Challenger", 2, frozenset({"Youssef Amrani", "Éloïse Garnier"}), 61548.0),
        ("SSV", 1, frozenset({"Ignacio Valdebenito", "Pau Sabaté"}), 65696.0),
        ("SSV", 2, frozenset({"Florent Marchetti", "Léa Dubreuil-Saïdi"}), 66370.0),
    }
    overall = _PER_CLASS.replace("1 | 401", "3 | 401").replace("2 | 407", "4 | 407")
    assert ("overall", 3, frozenset({"Ignacio Valdebenito", "Pau Sabaté"}), 65696.0) in _class_results(
        extract_dict(overall.encode(), "maroc.txt")
    )


_PENALTY_TABLE = (
    "Rallye-Bericht\n\nSint-Truiden, 28 maart 2026 – De rally is beslist. In Rally4 waren Seppe Lenaerts "
    "en Robbe Willems de besten. Wim Goethals kreeg tien seconden straftijd, maar bleef tweede.\n\n"
    "Officieel Eindklassement\n\n"
    "  Pl.  Nr.  Piloot / Copiloot             Wagen                    Klasse  Pl.Kl.  Straf       Tijd\n"
    "    1    1  Olivier Desmet                Škoda Fabia RS Rally2    Rally2       1         1:33:14.2\n"
    "            Jérôme Callewaert\n"
    "    2   11  Wim Goethals                  VW Polo GTI R5           Rally2       2   0:10  1:35:46.9\n"
    "            Ann Bosmans\n"
    "    3   31  Seppe Lenaerts                Peugeot 208 Rally4       Rally4       1         1:41:07.6\n"
    "            Robbe Willems\n"
)


def test_a_place_right_aligned_under_its_column_word_is_that_columns() -> None:
    """ "Pl.Kl." over a place that ends where the word ends, and the penalty column after it empty
    in most rows: the place is the class place, not the penalty; and prose that gives the paragraph's
    class ("In Rally4 …") to a crew the table ranks in its own class keeps only the overall place."""
    desmet = frozenset({"Olivier Desmet", "Jérôme Callewaert"})
    goethals = frozenset({"Wim Goethals", "Ann Bosmans"})
    lenaerts = frozenset({"Seppe Lenaerts", "Robbe Willems"})
    assert _class_results(extract_dict(_PENALTY_TABLE.encode(), "haspengouw.txt")) == {
        ("overall", 1, desmet, 5594.2),
        ("Rally2", 1, desmet, 5594.2),
        ("overall", 2, goethals, 5746.9),
        ("Rally2", 2, goethals, 5746.9),
        ("overall", 3, lenaerts, 6067.6),
        ("Rally4", 1, lenaerts, 6067.6),
    }


def test_an_unnamed_column_of_numbers_after_the_class_is_the_place_in_it() -> None:
    """ "Classe   Cl." over "Rally2     1": the header's word for the column is none the language
    file knows, but a whole number right after the class is the crew's place in it."""
    text = (
        "Rallye du Condroz\n\nHuy, le 8 novembre 2026 – Le rallye est terminé.\n\nClassement final\n\n"
        "Pos  N°   Pilote / Copilote         Voiture           Classe   Cl.     Pén.       Temps\n"
        "1    2    Cédric Dewandre           Škoda Fabia       Rally2     1            1:51:48.2\n"
        "          Aurélie Lhoest            RS Rally2\n\n"
        "2    5    Grégoire Ménard           Hyundai i20 N     Rally2     2   0:10.0   1:52:36.1\n"
        "          Théo Baudouin             Rally2\n"
    )
    dewandre = frozenset({"Cédric Dewandre", "Aurélie Lhoest"})
    menard = frozenset({"Grégoire Ménard", "Théo Baudouin"})
    assert _class_results(extract_dict(text.encode(), "condroz.txt")) == {
        ("overall", 1, dewandre, 6708.2),
        ("Rally2", 1, dewandre, 6708.2),
        ("overall", 2, menard, 6756.1),
        ("Rally2", 2, menard, 6756.1),
    }


def test_a_mails_table_headed_alg_gives_overall_places_totals_and_class_places() -> None:
    """ "Alg. | Klasse | Bemanning | Auto | Tijd" over "9 | 2e Rally3 | A / B | … | 2:00:15.8": "Alg."
    (algemeen) is the overall place's column, and "2e Rally3" the place in the class."""
    text = (
        "ELE Rally\n\nEindhoven, 8 juni 2026 – Een geslaagd weekend.\n\nUitslag Clio-klanten\n\n"
        "Alg. | Klasse | Bemanning | Auto | Tijd\n"
        "6 | 1e Rally3 | Jens Wijnands / Amélie Hoefnagels | Renault Clio Rally3 | 1:58:41.2\n"
        "9 | 2e Rally3 | Kerem Öztürk / Pieter-Jan Smolders | Renault Clio Rally3 | 2:00:15.8\n"
    )
    wijnands = frozenset({"Jens Wijnands", "Amélie Hoefnagels"})
    ozturk = frozenset({"Kerem Öztürk", "Pieter-Jan Smolders"})
    assert _class_results(extract_dict(text.encode(), "ele.txt")) == {
        ("overall", 6, wijnands, 7121.2),
        ("Rally3", 1, wijnands, 7121.2),
        ("overall", 9, ozturk, 7215.8),
        ("Rally3", 2, ozturk, 7215.8),
    }


def test_a_table_headed_ges_ranks_overall() -> None:
    """ "Ges. | Klasse | Nr. | Fahrer / Beifahrer | Fahrzeug | Zeit": "Ges." (Gesamt) is the column of
    the overall place; "1. Rally3" in the class column is the place in the class."""
    text = (
        "Kundensport-News\n\nStollberg, 11. Mai 2026 – Ein Podium im Erzgebirge.\n\n"
        "Ges. | Klasse | Nr. | Fahrer / Beifahrer | Fahrzeug | Zeit\n"
        "2. | – | 4 | Fabian Ehrnstorfer / Ida Kjærgaard | Ford Fiesta Rally2 | 1:28:41,3\n"
        "14. | 1. Rally3 | 27 | Leonie Schäffler / Sebastián Ortúzar | Ford Fiesta Rally3 | 1:36:55,0\n"
    )
    ehrnstorfer = frozenset({"Fabian Ehrnstorfer", "Ida Kjærgaard"})
    schaffler = frozenset({"Leonie Schäffler", "Sebastián Ortúzar"})
    assert _class_results(extract_dict(text.encode(), "erzgebirge.txt")) == {
        ("overall", 2, ehrnstorfer, 5321.3),
        ("overall", 14, schaffler, 5815.0),
        ("Rally3", 1, schaffler, 5815.0),
    }


def test_a_list_numbered_with_ordinal_marks_ranks_crews() -> None:
    """ "1º Gustavo Brandão / Lucas Zanetti (…) 1:47:22,8": places written 1º, 2º are a results list,
    as "1." is; "1° Raggruppamento: …" opens a historic category, no place."""
    text = (
        "Resultados\n\nPonta Grossa (PR), 10 de agosto de 2026 – Gustavo Brandão e Lucas Zanetti venceram "
        "o Rali das Araucárias. Na N4, vitória de Otávio Lima e Sérgio Cruz, com Tainá Vieira e Henrique "
        "Sallum em segundo.\n\n"
        "CLASSIFICAÇÃO GERAL\n"
        "1º Gustavo Brandão / Lucas Zanetti (Škoda Fabia RS Rally2) 1:47:22,8\n"
        "2º Facundo Peralta / Martín Goñi (Hyundai i20 N Rally2) +21,4\n"
    )
    record = extract_dict(text.encode(), "araucarias.pt.txt")
    crews = {c["id"]: frozenset(m["name"] for m in c["members"]) for c in record["crews"]}
    places = {
        (r["class"], r["position"], crews[r["crew"]], (r["total_time"] or {}).get("seconds"))
        for r in record["class_results"]
    }
    overall = {place for place in places if place[0] == "overall"}
    assert overall == {
        ("overall", 1, frozenset({"Gustavo Brandão", "Lucas Zanetti"}), 6442.8),
        ("overall", 2, frozenset({"Facundo Peralta", "Martín Goñi"}), None),
    }
