"""Lists of stage winners: under a heading of win and stage words ("STAGE WINNERS", "Die
Bestzeiten") or after such a label on the line, each stage number goes to the crews named after
it, by surname; a tie gives every crew the win, and the stage's own name is no crew."""

from __future__ import annotations

from typing import Any

import pytest

from extractor import extract_dict


def _stage_results(record: dict[str, Any]) -> set[tuple[int, int, frozenset[str], float | None]]:
    crews = {c["id"]: frozenset(m["name"] for m in c["members"]) for c in record["crews"]}
    return {
        (r["stage"], r["position"], crews[r["crew"]], (r["time"] or {}).get("seconds"))
        for r in record["stage_results"]
    }


def _record(text: str, lang: str) -> dict[str, Any]:
    return extract_dict(text.encode("utf-8"), f"winners/{lang}.txt")


def _class_places_with_times(record: dict[str, Any]) -> set[tuple[str, int, frozenset[str], float | None]]:
    crews = {c["id"]: frozenset(m["name"] for m in c["members"]) for c in record["crews"]}
    return {
        (r["class"], r["position"], crews[r["crew"]], (r.get("total_time") or {}).get("seconds"))
        for r in record["class_results"]
    }


def _assert_grounded(record: dict[str, Any]) -> None:
    text = record["text"]
    for result in record["stage_results"]:
        for evidence in result["evidence"]:
            assert text[evidence["start"] : evidence["end"]] == evidence["text"]


_EN = (
    "Clare club report\n\n"
    "Ennis, 3 May 2026 – Ronan Tierney and Siobhan Garvey won the Burren Stages Rally in their "
    "Ford Fiesta Rally2, ahead of Padraig Lyons and Eimear Cosgrave (Skoda Fabia Rally2). Third "
    "were Karl Mets and Andres Kuusk.\n\n"
    "STAGE WINNERS\n"
    "SS1  Kilnaboy 1 (10.40 km)       Tierney / Garvey                    6:58.1\n"
    "SS2  Poulnabrone (12.15 km)      Lyons / Cosgrave                    8:12.9\n"
    "SS3  Leamaneh (8.30 km)          Tierney / Garvey and Mets / Kuusk   5:40.2 (joint fastest)\n"
    "SS4  Kilnaboy 2 (10.40 km)       Lyons / Cosgrave                    6:55.0\n"
)


def test_an_aligned_list_under_a_stage_winners_heading() -> None:
    record = extract_dict(_EN.encode("utf-8"), "winners/en.txt")
    tierney = frozenset({"Ronan Tierney", "Siobhan Garvey"})
    lyons = frozenset({"Padraig Lyons", "Eimear Cosgrave"})
    mets = frozenset({"Karl Mets", "Andres Kuusk"})
    assert _stage_results(record) == {
        (1, 1, tierney, 418.1),
        (2, 1, lyons, 492.9),
        (3, 1, tierney, 340.2),
        (3, 1, mets, 340.2),
        (4, 1, lyons, 415.0),
    }
    _assert_grounded(record)


_DE = (
    "Rallye-Bericht\n\n"
    "Zwickau, 16. Mai 2026 – Florian Weidlich und Jana Rösler (Škoda Fabia RS Rally2) haben die "
    "Rallye Vogtland gewonnen. Zweite wurden Tomáš Kučera und Lenka Dvořáková vor Emil Sandberg "
    "und Ida Holm.\n\n"
    "Die Bestzeiten\n\n"
    "- WP 1: Kučera\n"
    "- WP 2: Weidlich\n"
    "- WP 3: Weidlich und Sandberg (zeitgleich)\n"
    "- WP 4: abgesagt\n"
    "- WP 5: Kučera\n"
)


def test_a_bulleted_list_with_a_tie_and_a_cancelled_stage() -> None:
    record = extract_dict(_DE.encode("utf-8"), "winners/de.md")
    weidlich = frozenset({"Florian Weidlich", "Jana Rösler"})
    kucera = frozenset({"Tomáš Kučera", "Lenka Dvořáková"})
    sandberg = frozenset({"Emil Sandberg", "Ida Holm"})
    assert _stage_results(record) == {
        (1, 1, kucera, None),
        (2, 1, weidlich, None),
        (3, 1, weidlich, None),
        (3, 1, sandberg, None),
        (5, 1, kucera, None),
    }
    _assert_grounded(record)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        (
            "winners/it.txt",
            "Comunicato stampa\n\nAsti, 7 giugno 2026 – Marco Bellandi e Giulia Ferraris (Škoda "
            "Fabia RS Rally2) hanno vinto il Rally delle Langhe davanti a Pietro Galassi e Nicola "
            "Rinaldi.\n\n"
            "Vincitori di prova: PS1 Galassi, PS2 Bellandi, PS3 Bellandi, PS4 Galassi.\n",
        ),
        (
            "winners/nl.txt",
            "Persbericht\n\nHellendoorn, 7 juni 2026 – Marco Bellandi en Giulia Ferraris (Škoda "
            "Fabia RS Rally2) wonnen de Sallandse Heuvelrug Rally voor Pietro Galassi en Nicola "
            "Rinaldi.\n\n"
            "PROEFWINNAARS\n"
            "SS1 Galassi – SS2 Bellandi – SS3 Bellandi – SS4 Galassi\n",
        ),
    ],
    ids=["it-inline-label", "nl-one-line"],
)
def test_a_list_on_one_line(path: str, text: str) -> None:
    record = extract_dict(text.encode("utf-8"), path)
    bellandi = frozenset({"Marco Bellandi", "Giulia Ferraris"})
    galassi = frozenset({"Pietro Galassi", "Nicola Rinaldi"})
    assert {(stage, crew) for stage, position, crew, _ in _stage_results(record) if position == 1} == {
        (1, galassi),
        (2, bellandi),
        (3, bellandi),
        (4, galassi),
    }


_PT = (
    "Comunicado\n\n"
    "Vila Real, 21 de junho de 2026 – Nuno Carvalhais e Marta Pimenta (Škoda Fabia RS Rally2) "
    "venceram o Rali de Vila Real, à frente de Rui Bessa e Ana Lobão. Na PE2, Carvalhais foi o "
    "mais rápido.\n\n"
    "VENCEDORES DAS CLASSIFICATIVAS\n"
    "PE1 Alvão 1 – Bessa/Lobão\n"
    "PE2 Alvão 2 – Bessa/Lobão\n"
)


def test_the_list_overrules_a_win_prose_gives_another_crew() -> None:
    record = extract_dict(_PT.encode("utf-8"), "winners/pt.txt")
    bessa = frozenset({"Rui Bessa", "Ana Lobão"})
    assert {(stage, crew) for stage, position, crew, _ in _stage_results(record) if position == 1} == {
        (1, bessa),
        (2, bessa),
    }


def test_stage_numbers_in_a_sentence_are_no_list() -> None:
    text = (
        "Report\n\nCork, 3 May 2026 – Stage winners Ronan Tierney and Siobhan Garvey won SS1, SS2 "
        "and SS3, while Padraig Lyons and Eimear Cosgrave were second on each.\n"
    )
    record = extract_dict(text.encode("utf-8"), "winners/en-prose.txt")
    lyons = frozenset({"Padraig Lyons", "Eimear Cosgrave"})
    assert not any(crew == lyons and position == 1 for _, position, crew, _ in _stage_results(record))


def test_a_list_of_class_winners_under_its_heading() -> None:
    record = _record(
        "Rallye Vogtland: Sieg für Lorenz\n\n"
        "Plauen, 25.04.2026 – Die DRM gastierte im Vogtland.\n\n"
        "1. Jakob Lorenz / Mira Adler (Škoda Fabia RS Rally2) – 1:38:52,4 Std.\n"
        "2. Timo Reuß / Anja Pfeiffer (Hyundai i20 N Rally2) – 1:39:14,0 Std.\n\n"
        "Die Klassensieger\n\n"
        "• Rally3: Jonas Beer / Clara Vogt (Ford Fiesta Rally3) – 1:44:27,3 Std.\n"
        "• Klasse NC3: Ronny Haas / Silke Haas (Mitsubishi Lancer Evo IX) – 1:45:41,6 Std.\n"
        "• Prominentester Ausfall: Dietmar Grill / Raimund Schöllhammer (Škoda Fabia RS Rally2)\n\n"
        "Für das Geschwisterpaar Haas war es ein Heimsieg.",
        "de",
    )
    places = _class_places_with_times(record)
    assert ("Rally3", 1, frozenset({"Jonas Beer", "Clara Vogt"}), 6267.3) in places
    assert ("NC3", 1, frozenset({"Ronny Haas", "Silke Haas"}), 6341.6) in places
    # (a retirement's line in the list won no class)
    assert not any("Dietmar Grill" in crew for _, _, crew, _ in places)


def test_a_class_winners_list_names_classes_the_language_file_does_not_know() -> None:
    record = _record(
        "Rally de Catamarca\n\n"
        "Catamarca, 14/06/2026 – Se corrió la tercera fecha del campeonato.\n\n"
        "Ganadores por clase\n\n"
        "• RC2N: Facundo Aráoz / Julián Medina (Škoda Fabia R5) — 1:58:36,4\n"
        "• Maxi Rally: Agustín Sorensen / Valentina Pérez Achával (Peugeot 208 Maxi) — 2:03:55,6\n",
        "es",
    )
    places = _class_places_with_times(record)
    assert ("RC2N", 1, frozenset({"Facundo Aráoz", "Julián Medina"}), 7116.4) in places
    assert ("Maxi Rally", 1, frozenset({"Agustín Sorensen", "Valentina Pérez Achával"}), 7435.6) in places
    text = record["text"]
    for result in record["class_results"]:
        for evidence in result["evidence"]:
            assert text[evidence["start"] : evidence["end"]] == evidence["text"]
    assert {e["text"] for r in record["class_results"] for e in r["evidence"]} >= {"RC2N", "Maxi Rally"}


_BRACKETED = (
    "Facundo Aráoz y Julián Medina ganaron el Rally de Catamarca. Matías Krüger y Ezequiel "
    "Baigorria fueron segundos.\n\n"
    "Aráoz se impuso en seis de las doce especiales, entre ellas las dos pasadas por la Cuesta "
    "(PE3 y PE9). Krüger sumó otros dos mejores tiempos (PE5 y PE11).\n"
)


def test_stages_listed_in_brackets_after_a_counted_win() -> None:
    """The brackets enumerate the counted wins, after "including" and a description of the stages
    ("entre ellas las dos pasadas por la Cuesta (PE3 y PE9)") or right after the count."""
    record = _record(_BRACKETED, "es")
    araoz = frozenset({"Facundo Aráoz", "Julián Medina"})
    kruger = frozenset({"Matías Krüger", "Ezequiel Baigorria"})
    assert _stage_results(record) == {
        (3, 1, araoz, None),
        (9, 1, araoz, None),
        (5, 1, kruger, None),
        (11, 1, kruger, None),
    }
    _assert_grounded(record)


def test_a_win_in_the_subjunctive() -> None:
    text = (
        "Ramiro Echeverry y Pablo Ferrandi terminaron el viernes al frente, después de que el "
        "cordobés ganara la PE2.\n"
    )
    assert _stage_results(_record(text, "es")) == {
        (2, 1, frozenset({"Ramiro Echeverry", "Pablo Ferrandi"}), None)
    }


_FINAL_STAGE = (
    "Dune team report\n\n"
    "Agadir, 9 October 2026 – Marek Nowak and Jan Kowal won the Atlas Desert Rally, its five stages "
    "run over 1,900 kilometres, ahead of Luis Prado and Mario Sanz.\n\n"
    "Nowak won stages 2 and 4. Prado and Sanz won the final stage into Agadir in 3h 02m 41s.\n"
)


def test_the_final_stage_is_the_highest_stage_the_release_counts() -> None:
    """ "won the final stage": the release counts five stages and names none above four, so the
    final stage is stage five."""
    record = _record(_FINAL_STAGE, "en")
    nowak = frozenset({"Marek Nowak", "Jan Kowal"})
    prado = frozenset({"Luis Prado", "Mario Sanz"})
    assert _stage_results(record) == {(2, 1, nowak, None), (4, 1, nowak, None), (5, 1, prado, 10961.0)}
    _assert_grounded(record)


def test_the_final_stage_with_no_stage_numbered_is_no_result() -> None:
    text = _FINAL_STAGE.replace(", its five stages run over 1,900 kilometres,", "").replace(
        "Nowak won stages 2 and 4. ", ""
    )
    assert _stage_results(_record(text, "en")) == set()


def test_until_the_last_stage_is_no_stage_result() -> None:
    """ "spannend tot op de laatste proef": the last stage in passing; the place after it is the
    class's final place."""
    text = (
        "Bram Claeys en Tuur Lemmens wonnen de Rally van Tielt, de zesde van de veertien proeven "
        "ging naar Lambotte.\n\n"
        "In de Junior BRC was het spannend tot op de laatste proef: Daan Kuipers en Mees van Rooij "
        "werden uiteindelijk tweede.\n"
    )
    record = _record(text, "nl")
    kuipers = frozenset({"Daan Kuipers", "Mees van Rooij"})
    assert not {r for r in _stage_results(record) if r[2] == kuipers}


def test_the_last_stage_of_a_championship_is_a_round() -> None:
    """ "oitava e última etapa do Campeonato": the stage word opens a round phrase."""
    text = (
        "Leandro Siqueira e Renan Bortolini venceram neste sábado o Rally de Erechim, oitava e "
        "última etapa do Campeonato Brasileiro de Rally.\n\nSiqueira ganhou a PEC 3.\n"
    )
    assert _stage_results(_record(text, "pt")) == {
        (3, 1, frozenset({"Leandro Siqueira", "Renan Bortolini"}), None)
    }


def test_seconds_short_is_a_gap_not_the_stage_time() -> None:
    text = (
        "Clare Rally report\n\n"
        "Ennis, 3 May 2026 – Cathal Walsh and Niall Byrne won the Clare Rally ahead of Declan Hurley "
        "and Aoife Kerrisk after a duel that went to the wire over the ten stages of the event.\n\n"
        "Walsh was quickest on SS7 and SS9, and although "
        "Hurley won the final stage, the Cork driver was 12.4 seconds short at the finish.\n"
    )
    hurley = frozenset({"Declan Hurley", "Aoife Kerrisk"})
    assert (10, 1, hurley, None) in _stage_results(_record(text, "en"))


def test_the_power_stage_won_with_its_number_in_brackets() -> None:
    """ "Vainqueurs de l'ES11 et de l'ES12, ils s'adjugent encore la Power Stage (ES13, …)": the
    two stages listed with their articles are one list, and the stage named in brackets after
    the stage word is the one won."""
    text = (
        "Bréval Motorsport\n\n"
        "Rome, 5 juillet 2026 – Théo Marchetti-Langlois et Anaïs Dubreuil ont pris la deuxième place "
        "du Rally di Roma Capitale, quatrième manche du championnat d'Europe des rallyes, derrière "
        "Kalle Nyström et Jere Aaltonen.\n\n"
        "Marchetti-Langlois et Dubreuil ont tout tenté. Vainqueurs de l'ES11 et de l'ES12, ils "
        "s'adjugent encore la Power Stage (ES13, Rocca di Cave, 7,88 km) en 5m 42,3s.\n"
    )
    record = _record(text, "fr")
    theo = frozenset({"Théo Marchetti-Langlois", "Anaïs Dubreuil"})
    assert _stage_results(record) == {(11, 1, theo, None), (12, 1, theo, None), (13, 1, theo, 342.3)}
    _assert_grounded(record)


def test_a_stage_told_by_its_time_and_a_second_place_was_won_by_that_time() -> None:
    """A ticker gives the winner's time without a win word ("Berger frappe fort dans l'ES7 :
    9'41''2"), then the second place with its gap: the crew with the time won the stage."""
    text = (
        "Rallye des Combes en direct\n\n"
        "Saint-Claude, 6 juin 2026 – Suivez la deuxième journée du Rallye des Combes, troisième manche "
        "de la Coupe de France, minute par minute : six épreuves spéciales au programme.\n\n"
        "10h02 Antoine Berger et Inès Morel (Škoda Fabia RS Rally2) frappent fort dans l'ES7 : 9'41''2. "
        "Paul Lacroix et Léa Girod sont deuxièmes à 1''8, Yves Martin et Zoé Petit troisièmes à 2''6.\n"
    )
    record = _record(text, "fr")
    assert _stage_results(record) == {
        (7, 1, frozenset({"Antoine Berger", "Inès Morel"}), 581.2),
        (7, 2, frozenset({"Paul Lacroix", "Léa Girod"}), None),
        (7, 3, frozenset({"Yves Martin", "Zoé Petit"}), None),
    }
    _assert_grounded(record)


def test_a_decimal_ends_a_german_sentence_and_a_class_best_time_is_the_stages() -> None:
    """ "… verliert als Dritter 8,8. In der Rally3 ist …": German keeps "8." whole as an ordinal,
    but a decimal with a full stop ends the sentence; the fastest time of a class in a stage's
    paragraph is that class's stage win."""
    text = (
        "Liveticker Rallye Mühlviertel\n\n"
        "Freistadt, 9. Mai 2026 – Der zweite Tag der Rallye Mühlviertel mit sechs Sonderprüfungen, "
        "live aus dem Servicepark: alle Zeiten sind inoffiziell, der neueste Eintrag steht unten.\n\n"
        "11:40 SP 10 „Sandl“ (14,62 km): Georg Huber fährt in 9:05,7 Min. Bestzeit. Anton Eder ist mit "
        "3,2 Sekunden Rückstand Zweiter, Max Wimmer verliert als Dritter 8,8. In der Rally3 ist Lisa "
        "Berger mit 9:58,1 Min. die Schnellste.\n"
    )
    record = _record(text, "de")
    places = {(stage, place, min(crew), seconds) for stage, place, crew, seconds in _stage_results(record)}
    assert places == {
        (10, 1, "Georg Huber", 545.7),
        (10, 2, "Anton Eder", None),
        (10, 3, "Max Wimmer", None),
        (10, 1, "Lisa Berger", 598.1),
    }
    assert {r["class"] for r in record["stage_results"] if r["position"] == 1} == {None, "Rally3"}


def test_standings_after_a_stage_on_one_line_are_no_results_nor_times() -> None:
    """ "After SS7: 1. Doyle 1:02:41.2, 2. Kerr +2.0s": the standings after a stage, run on in one
    line, place no one and lend no time to the places of the sentence before."""
    text = (
        "Live: Rally of the Lakes, day two\n\n"
        "Killarney, 2 May 2026 – Follow the second and final day of the Rally of the Lakes, round "
        "four of the Irish Tarmac Championship, as it happens: eight stages around Killarney.\n\n"
        "2.18pm Conor Kerr and Ross Hegarty win SS7 in 7:39.5; Niall Doyle and Eimear "
        "Walsh are second, 0.4s slower.\n\n"
        "After SS7: 1. Doyle 1:02:41.2, 2. Kerr +2.0s, 3. Burke +51.6s\n"
    )
    record = _record(text, "en")
    assert {(stage, place, min(crew), seconds) for stage, place, crew, seconds in _stage_results(record)} == {
        (7, 1, "Conor Kerr", 459.5),
        (7, 2, "Eimear Walsh", None),
    }
    assert record["class_results"] == []


def test_a_counted_label_and_stages_joined_by_and_share_their_crew() -> None:
    text = (
        "Doppio podio in Sardegna\n\n"
        "Alghero, 7 giugno 2026 – Marcus Ek e Lauri Vainio vincono il Rally Italia Sardegna davanti a "
        "Kenji Arai e Daisuke Mori, al termine di sedici prove speciali sugli sterrati del nord-ovest.\n\n"
        "Quattro scratch su sedici prove: PS3 Ek/Vainio (14'58\"1), PS5 e PS6 Arai/Mori, PS7 Ek/Vainio.\n"
    )
    record = _record(text, "it")
    ek = frozenset({"Marcus Ek", "Lauri Vainio"})
    arai = frozenset({"Kenji Arai", "Daisuke Mori"})
    assert _stage_results(record) == {
        (3, 1, ek, 898.1),
        (5, 1, arai, None),
        (6, 1, arai, None),
        (7, 1, ek, None),
    }


def test_a_winners_table_whose_first_column_is_the_stage_number() -> None:
    text = (
        "Ergebnis Rallye Bucklige Welt\n\n"
        "Kirchschlag, 16. Mai 2026 – Florian Aigner und Verena Hödl gewinnen die Rallye Bucklige Welt "
        "vor Dominik Strasser und Marek Horváth, nach acht Wertungsprüfungen auf Asphalt.\n\n"
        "Bestzeiten\n\n"
        "WP   Prüfung                    Fahrer               Zeit\n"
        "1    Hochwolkersdorf 1 (9,84 km)   Dominik Strasser     6:12,4\n"
        "2    Krumbach 1 (14,20 km)         Florian Aigner       9:48,7\n"
    )
    record = _record(text, "de")
    aigner = frozenset({"Florian Aigner", "Verena Hödl"})
    strasser = frozenset({"Dominik Strasser", "Marek Horváth"})
    assert _stage_results(record) == {(1, 1, strasser, 372.4), (2, 1, aigner, 588.7)}
    assert {(r["class"], r["position"]) for r in record["class_results"]} == {("overall", 1), ("overall", 2)}


_STAGE_CLASS_WINNERS = {
    "fr": (
        "Mende, 4 octobre 2026 – Gilles Arnal et Manon Pradel (Toyota Hilux) remportent la Baja de "
        "Lozère devant Yann Cabrol et Inès Delmas. Chez les motos, Théo Vernhet s'impose devant "
        "Killian Roux.\n\n"
        "Vainqueurs de la spéciale 4 (86 km)\n\n"
        "• Motos : Killian Roux (KTM 450 Rally) – 52'14''\n"
        "• Autos : Yann Cabrol / Inès Delmas (Century CR6) – 47'03''\n"
    ),
    "pt": (
        "Reguengos, 11 de outubro de 2026 – Gil Mourão e Sara Lampreia (Toyota Hilux) venceram a Baja "
        "Terras do Alqueva à frente de Paulo Grilo e Rita Sarmento. Nas Motos, venceu Luís Zambujo à "
        "frente de Nuno Cachopo.\n\n"
        "SS4 (86 km) – vencedores por categoria\n\n"
        "• Motos: Nuno Cachopo (KTM 450 Rally) – 52m14s\n"
        "• Carros: Paulo Grilo / Rita Sarmento (Century CR6) – 47m03s\n"
    ),
}


@pytest.mark.parametrize("lang", sorted(_STAGE_CLASS_WINNERS))
def test_a_stages_winners_class_by_class_under_its_heading(lang: str) -> None:
    """ "SS4 (86 km) – winners per category" over "• Bikes: A – 52m14s": each line is its class's
    win on that stage, in the line's time; the class places of the event stay the prose's."""
    record = _record(_STAGE_CLASS_WINNERS[lang], lang)
    rider, car = (
        [frozenset({"Killian Roux"}), frozenset({"Yann Cabrol", "Inès Delmas"})]
        if lang == "fr"
        else [frozenset({"Nuno Cachopo"}), frozenset({"Paulo Grilo", "Rita Sarmento"})]
    )
    assert _stage_results(record) == {(4, 1, rider, 3134.0), (4, 1, car, 2823.0)}
    assert not any(place[1] == 1 and place[2] in (rider, car) for place in _class_places_with_times(record))
    _assert_grounded(record)


@pytest.mark.parametrize(
    ("lang", "lead", "heading"),
    [
        (
            "es",
            "Las Palmas, 2 de mayo de 2026 – Jaroslav Kubíček y Ondřej Šťastný ganaron el Rally de Prueba "
            "por delante de Yeray Santana y Himar Cabrera Suárez.",
            "TRAMOS DISPUTADOS Y GANADORES",
        ),
        (
            "en",
            "LAS PALMAS, 2 May 2026 – Jaroslav Kubíček and Ondřej Šťastný won the Test Rally ahead of "
            "Yeray Santana and Himar Cabrera Suárez.",
            "Stages and winners",
        ),
    ],
)
def test_a_heading_joining_stage_and_win_words_opens_a_winners_list(
    lang: str, lead: str, heading: str
) -> None:
    text = (
        f"Rally report\n\n{lead}\n\n{heading}\n"
        "TC1 Telde 1 – Santana / Cabrera – 10:21.4\n"
        "TC2 San Mateo 1 – Kubíček / Šťastný – 12:48.9\n"
    ).replace("TC", "TC" if lang == "es" else "SS")
    record = _record(text, lang)
    assert _stage_results(record) == {
        (1, 1, frozenset({"Yeray Santana", "Himar Cabrera Suárez"}), 621.4),
        (2, 1, frozenset({"Jaroslav Kubíček", "Ondřej Šťastný"}), 768.9),
    }
    _assert_grounded(record)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Rallye\n\nDinant, le 2 mai 2026 – Maxime Dupont et Eric Lenoir ont gagné le rallye. Dupont a "
            "signé le scratch dans les ES 1, 4 et 8, tandis que Jonas Peeters et Tom Claes ont gagné "
            "l'ES 2.\n",
        ),
        (
            "en",
            "Rally\n\nDinant, 2 May 2026 – Maxime Dupont and Eric Lenoir won the rally. Dupont was fastest "
            "on SS 1, 4 and 8, while Jonas Peeters and Tom Claes won SS 2.\n",
        ),
    ],
)
def test_numbers_listed_after_a_stage_code_are_stages(lang: str, text: str) -> None:
    """ "dans les ES 1, 4 et 8", "on SS 1, 4 and 8": each number of the list is a stage won."""
    record = extract_dict(text.encode(), f"codes.{lang}.txt")
    crews = {c["id"]: frozenset(m["name"] for m in c["members"]) for c in record["crews"]}
    wins = {(r["stage"], crews[r["crew"]]) for r in record["stage_results"] if r["position"] == 1}
    dupont, peeters = frozenset({"Maxime Dupont", "Eric Lenoir"}), frozenset({"Jonas Peeters", "Tom Claes"})
    assert wins == {(1, dupont), (4, dupont), (8, dupont), (2, peeters)}


def test_treating_oneself_to_a_stage_takes_it() -> None:
    """ "Güdel s'était offert l'ES 9": "s'offrir" a stage is taking it, as "s'est emparé de" is."""
    text = (
        "Rallye\n\nSion, le 25 octobre 2026 – Paul Rey et Léa Roux (Škoda Fabia RS Rally2) complètent le "
        "podium à 1'05\"8 ; Rey s'était offert l'ES 9, la spéciale de Grimentz.\n"
    )
    record = extract_dict(text.encode(), "offert.fr.txt")
    crews = {c["id"]: frozenset(m["name"] for m in c["members"]) for c in record["crews"]}
    wins = {(r["stage"], crews[r["crew"]]) for r in record["stage_results"] if r["position"] == 1}
    assert wins == {(9, frozenset({"Paul Rey", "Léa Roux"}))}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Rally\n\nLeeds, 21 September 2026 – Tom Hale and Ben Cole, second at 11.6s, won SS2.\n"),
        (
            "it",
            "Rally\n\nUrbino, 21 settembre 2026 – Il rivale più agguerrito è stato Tommaso Sala, con Enrico "
            'Riva alle note: secondo a 11"6, ha firmato la PS2 in 7\'44"9, poi una foratura sulla PS4 che '
            "costa 38 secondi.\n",
        ),
    ],
)
def test_a_place_told_before_a_stage_win_is_the_events(lang: str, text: str) -> None:
    """ "X and Y, second at 11.6s, won SS2": the stage is the win's, the place the event's (both were
    lost); it "ha firmato la PS2" takes the stage, and a puncture "che costa 38 secondi" is no time."""
    record = extract_dict(text.encode(), f"second.{lang}.txt")
    crew = {"en": frozenset({"Tom Hale", "Ben Cole"}), "it": frozenset({"Tommaso Sala", "Enrico Riva"})}[lang]
    crews = {c["id"]: frozenset(m["name"] for m in c["members"]) for c in record["crews"]}
    places = {(r["class"], r["position"], crews[r["crew"]]) for r in record["class_results"]}
    stages = {
        (r["stage"], r["position"], crews[r["crew"]], (r["time"] or {}).get("seconds"))
        for r in record["stage_results"]
    }
    assert places == {("overall", 2, crew)}
    assert stages == {(2, 1, crew, {"en": None, "it": 464.9}[lang])}


def test_a_stages_length_after_its_number_is_no_stage() -> None:
    """ "on stage three, 312 timed kilometres of dunes": a list of stages closes with "and"; the
    number after the comma is the stage's length."""
    text = (
        "News\n\nBrno, 22 October 2026 – The turning point came on stage three, 312 timed kilometres of "
        "open dunes. Karel Vlk and Jan Bureš won the stage in 3h 41' 08''.\n"
    )
    record = extract_dict(text.encode(), "length.en.txt")
    crews = {c["id"]: frozenset(m["name"] for m in c["members"]) for c in record["crews"]}
    stages = {
        (r["stage"], r["position"], crews[r["crew"]], (r["time"] or {}).get("seconds"))
        for r in record["stage_results"]
    }
    assert stages == {(3, 1, frozenset({"Karel Vlk", "Jan Bureš"}), 13268.0)}


def test_hitting_back_on_stages_takes_them() -> None:
    """ "tandis que Verstraeten répliquait dans les ES 2, 5 et 9": hitting back on stages, in the
    narrative imperfect, takes each of them."""
    text = (
        "Rallye\n\nDinant, le 2 mai 2026 – Maxime Dupont et Eric Lenoir ont gagné. Dupont a signé le "
        "scratch dans les ES 1 et 4, tandis que Jonas Peeters et Tom Claes répliquaient dans les ES 2, "
        "5 et 9.\n"
    )
    record = extract_dict(text.encode(), "replique.fr.txt")
    crews = {c["id"]: frozenset(m["name"] for m in c["members"]) for c in record["crews"]}
    wins = {(r["stage"], crews[r["crew"]]) for r in record["stage_results"] if r["position"] == 1}
    dupont, peeters = frozenset({"Maxime Dupont", "Eric Lenoir"}), frozenset({"Jonas Peeters", "Tom Claes"})
    assert wins == {(1, dupont), (4, dupont), (2, peeters), (5, peeters), (9, peeters)}


def test_a_stage_won_by_contracted_article_names_its_winner() -> None:
    """ "O prólogo de sábado … foi ganho pelos franceses X e Y em 6m41,3s": "pelos" is "por" and
    the article, as "ganho por" was."""
    text = (
        "Baja\n\nÉvora, 17 de maio de 2026 – O prólogo de sábado, 6,2 km junto a Monsaraz, foi ganho pelos "
        "franceses Paul Marin e Léa Roux (Ford Raptor T1+) em 6m41,3s.\n"
    )
    record = extract_dict(text.encode(), "pelos.pt.txt")
    crews = {c["id"]: frozenset(m["name"] for m in c["members"]) for c in record["crews"]}
    stages = {
        (r["stage"], r["position"], crews[r["crew"]], (r["time"] or {}).get("seconds"))
        for r in record["stage_results"]
    }
    assert stages == {(0, 1, frozenset({"Paul Marin", "Léa Roux"}), 401.3)}


def test_second_behind_someone_on_a_stage_makes_them_its_winner() -> None:
    """ "Nella seconda tappa Dallapè ha chiuso secondo alle spalle del francese X": the crew the
    second place stands behind won the stage."""
    text = (
        "Diario\n\nTrento, 20 ottobre 2026 – Simone Rota ha chiuso il Rallye du Maroc al terzo posto della "
        "Rally2. Nella seconda tappa, 312 km di pietraie attorno a Zagora, Rota ha chiuso secondo tra le "
        "Rally2 alle spalle del francese Théo Lemaire (Husqvarna).\n"
    )
    record = extract_dict(text.encode(), "spalle.it.txt")
    crews = {c["id"]: frozenset(m["name"] for m in c["members"]) for c in record["crews"]}
    stages = {(r["stage"], r["position"], crews[r["crew"]]) for r in record["stage_results"]}
    assert stages == {(2, 2, frozenset({"Simone Rota"})), (2, 1, frozenset({"Théo Lemaire"}))}


def test_including_the_last_one_names_the_stage_after_it() -> None:
    """ "won six of the ten stages, including the last one, SS10 (Saint-Alphonse 2), in 9:42.7":
    the stage after "the last one" is a win, with its time."""
    text = (
        "Rally\n\nNew Richmond, 28 June 2026 – Étienne Gagné and Annick Roy won the rally. Gagné set a "
        "total time of 1:28:14.9 and won six of the ten stages, including the last one, SS10 "
        "(Saint-Alphonse 2), in 9:42.7.\n"
    )
    record = extract_dict(text.encode(), "lastone.en.txt")
    crews = {c["id"]: frozenset(m["name"] for m in c["members"]) for c in record["crews"]}
    stages = {
        (r["stage"], r["position"], crews[r["crew"]], (r["time"] or {}).get("seconds"))
        for r in record["stage_results"]
    }
    assert stages == {(10, 1, frozenset({"Étienne Gagné", "Annick Roy"}), 582.7)}


def test_a_counted_win_described_and_numbered_in_brackets() -> None:
    """ "won six stages, the last of them the second run through Moll's Gap (SS12)": the stage
    described after the count and numbered in brackets is one of the wins."""
    text = (
        "Rally\n\nKillarney, 4 May 2026 – Cathal Ward and Ruairí Dunne won the Rally of the Lakes. Ward won "
        "six stages, the last of them the second run through Moll's Gap (SS12).\n"
    )
    record = extract_dict(text.encode(), "described.en.txt")
    crews = {c["id"]: frozenset(m["name"] for m in c["members"]) for c in record["crews"]}
    wins = {(r["stage"], crews[r["crew"]]) for r in record["stage_results"] if r["position"] == 1}
    assert wins == {(12, frozenset({"Cathal Ward", "Ruairí Dunne"}))}
