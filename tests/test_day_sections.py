"""Recaps of several days of a rally-raid: a heading that opens with a stage ("Stage 3 –
Tuesday 6 January, …") makes its paragraphs that stage's report, so their places are places on
that stage in the class they name; the heading is no dateline, and a dateline whose date opens
with a weekday ("RIAD (Saoedi-Arabië), zaterdag 10 januari 2026 —") still dates the release."""

from __future__ import annotations

from typing import Any

import pytest

from extractor import extract_dict


def _stage_results(record: dict[str, Any]) -> set[tuple[int, str | None, int, frozenset[str], float | None]]:
    crews = {c["id"]: frozenset(m["name"] for m in c["members"]) for c in record["crews"]}
    return {
        (r["stage"], r["class"], r["position"], crews[r["crew"]], (r["time"] or {}).get("seconds"))
        for r in record["stage_results"]
    }


_RECAPS = {
    "en": (
        "Dunecrest Racing – press information\n\n"
        "Dakar, stages 3 and 4: Halvorsen climbs, Ocampo steady\n\n"
        "Riyadh (Saudi Arabia), Saturday 10 January 2026 – The rest day brings a first summary. "
        "Rider Sindre Halvorsen (#31, KTM 450 Rally) is on his fourth Dakar, rider Valentina Ocampo "
        "(#58, Husqvarna FR 450 Rally) on her second Dakar.\n\n"
        "Stage 3 – Tuesday 6 January, Al Ula loop (402 km timed)\n"
        "Halvorsen rode a clean day and was seventh in Rally2 in 4h 12m 05s. Ocampo finished "
        "twelfth in Rally2.\n\n"
        "Stage 4 – Wednesday 7 January, Al Ula to Ha'il (441 km timed)\n"
        "Halvorsen was third in Rally2 in 3h 58m 40s, his best result so far.\n"
    ),
    "nl": (
        "Persbericht Duinrijders\n\n"
        "Dakar, etappes 3 en 4: Halvorsen klimt, Ocampo blijft rustig\n\n"
        "RIAD (Saoedi-Arabië), zaterdag 10 januari 2026 — De rustdag is het moment voor een eerste "
        "balans. Rijder Sindre Halvorsen (#31, KTM 450 Rally) rijdt zijn vierde Dakar, rijdster Valentina "
        "Ocampo (#58, Husqvarna FR 450 Rally) haar tweede Dakar.\n\n"
        "Etappe 3 – dinsdag 6 januari, lus rond Al Ula (402 km chrono)\n"
        "Halvorsen reed een foutloze dag en werd zevende in Rally2 in 4u12m05s. Ocampo eindigde als "
        "twaalfde in Rally2.\n\n"
        "Etappe 4 – woensdag 7 januari, Al Ula naar Ha'il (441 km chrono)\n"
        "Halvorsen werd derde in Rally2 in 3u58m40s, zijn beste resultaat tot nu toe.\n"
    ),
    "es": (
        "Comunicado de Dunas Team\n\n"
        "Dakar, etapas 3 y 4: Halvorsen sube, Ocampo firme\n\n"
        "Riad (Arabia Saudí), sábado 10 de enero de 2026. — La jornada de descanso trae un primer "
        "balance. El piloto Sindre Halvorsen (#31, KTM 450 Rally) corre su cuarto Dakar, la piloto "
        "Valentina Ocampo (#58, Husqvarna FR 450 Rally) su segundo Dakar.\n\n"
        "Etapa 3 – martes 6 de enero, bucle de Al Ula (402 km cronometrados)\n"
        "Halvorsen firmó un día limpio y fue séptimo en Rally2 con 4h 12m 05s. Ocampo terminó "
        "duodécima en Rally2.\n\n"
        "Etapa 4 – miércoles 7 de enero, de Al Ula a Ha'il (441 km cronometrados)\n"
        "Halvorsen fue tercero en Rally2 con 3h 58m 40s, su mejor resultado hasta ahora.\n"
    ),
    "fr": (
        "Communiqué Dunes Racing\n\n"
        "Dakar, étapes 3 et 4 : Halvorsen progresse, Ocampo régulière\n\n"
        "Riyad (Arabie saoudite), samedi 10 janvier 2026 – Journée de repos et premier bilan. Le pilote "
        "Sindre Halvorsen (n°31, KTM 450 Rally) dispute son quatrième Dakar, la pilote Valentina Ocampo "
        "(n°58, Husqvarna FR 450 Rally) son deuxième Dakar.\n\n"
        "MARDI 6 JANVIER – ÉTAPE 3 : AlUla > AlUla (402 km de spéciale)\n"
        "Halvorsen a bouclé la spéciale au septième rang du Rally2 en 4h12'05. Ocampo a terminé "
        "douzième du Rally2.\n\n"
        "MERCREDI 7 JANVIER – ÉTAPE 4 : AlUla > Ha'il (441 km de spéciale)\n"
        "Halvorsen a pris la troisième place du Rally2 en 3h58'40, son meilleur résultat.\n"
    ),
}


@pytest.mark.parametrize("lang", sorted(_RECAPS))
def test_the_places_of_a_day_section_are_places_on_its_stage(lang: str) -> None:
    record = extract_dict(_RECAPS[lang].encode("utf-8"), f"days/{lang}.txt")
    halvorsen = frozenset({"Sindre Halvorsen"})
    ocampo = frozenset({"Valentina Ocampo"})
    assert _stage_results(record) == {
        (3, "Rally2", 7, halvorsen, 15125.0),
        (3, "Rally2", 12, ocampo, None),
        (4, "Rally2", 3, halvorsen, 14320.0),
    }
    assert record["class_results"] == []
    assert record["published"] == "2026-01-10"
    assert record["dateline"]["date"] == "2026-01-10"


def test_a_bullet_naming_a_stage_opens_no_section() -> None:
    text = (
        "Dunecrest Racing – press information\n\n"
        "Halvorsen seventh in the Dakar\n\n"
        "• Ocampo out on stage 3 after a fall\n\n"
        "Yanbu, 17 January 2026 – Sindre Halvorsen finished the Dakar seventh in Rally2. "
        "Valentina Ocampo retired.\n"
    )
    record = extract_dict(text.encode("utf-8"), "days/en-bullet.txt")
    crews = {c["id"]: frozenset(m["name"] for m in c["members"]) for c in record["crews"]}
    assert [(r["class"], r["position"], crews[r["crew"]]) for r in record["class_results"]] == [
        ("Rally2", 7, frozenset({"Sindre Halvorsen"}))
    ]
    assert record["stage_results"] == []


_BULLETIN = (
    "Atlas Raid – Bulletin\n\n"
    "Lindqvist takes the lead in the dunes\n\n"
    "Erfoud (MA), 14.10.2026 – The third stage of the Atlas Raid took the field from Erfoud into the "
    "dunes of Merzouga: 298 kilometres, 231 of them timed, and the first real sand of the week.\n\n"
    "CARS\n\n"
    "Henrik Lindqvist and co-driver Paulo Antunes were fastest and now lead the rally.\n\n"
    "1. | Henrik Lindqvist / Paulo Antunes (S) | Toyota Hilux | 03:38:12\n"
    "2. | Marek Dvořák / Jan Pokorný (CZ) | Century CR6 | 03:40:51 | + 00:02:39\n\n"
    "BIKES\n\n"
    "1. | Tomás Arregui (E) | KTM 450 Rally | 03:55:40\n"
    "2. | Luca Ferrante (I) | Honda CRF450 Rally | 03:57:02 | + 00:01:22\n\n"
    "GENERAL STANDINGS AFTER STAGE 3 (provisional)\n\n"
    "Cars: 1. Lindqvist/Antunes 10:41:07 – 2. Dvořák/Pokorný + 00:05:12\n"
)


def test_a_bulletin_naming_its_stage_once_and_the_standings_after_it_is_that_days_report() -> None:
    record = extract_dict(_BULLETIN.encode("utf-8"), "days/en-bulletin.txt")
    assert _stage_results(record) == {
        (3, "Cars", 1, frozenset({"Henrik Lindqvist", "Paulo Antunes"}), 13092.0),
        (3, "Cars", 2, frozenset({"Marek Dvořák", "Jan Pokorný"}), 13251.0),
        (3, "Bikes", 1, frozenset({"Tomás Arregui"}), 14140.0),
        (3, "Bikes", 2, frozenset({"Luca Ferrante"}), 14222.0),
    }
    assert record["class_results"] == []


_TWO_LISTS = (
    "Bulletin\n\nZagora (MAR), 11 March 2026 – The fourth stage of the Atlas Raid ran from Erfoud to "
    "Zagora over 412 kilometres, 318 of them timed, through the dry riverbeds of the Djebel Saghro.\n\n"
    "Stage 4 results – Cars\n\n"
    "1. Thibault Renard / Kobe Janssens – Toyota Hilux – 03:41:12\n"
    "2. Marta Kowalczyk / Inés Barragán – Ford Raptor – + 00:02:14\n\n"
    "Stage 4 results – Bikes\n\n"
    "1. Diego Ferreira – KTM 450 Rally – 04:02:37\n"
    "2. Tomáš Novák – Husqvarna FR 450 Rally – 04:05:09\n"
)


def test_lists_under_stage_headings_of_different_classes_each_keep_their_places() -> None:
    record = extract_dict(_TWO_LISTS.encode("utf-8"), "days/en-two-lists.txt")
    assert _stage_results(record) == {
        (4, "Cars", 1, frozenset({"Thibault Renard", "Kobe Janssens"}), 13272.0),
        (4, "Cars", 2, frozenset({"Marta Kowalczyk", "Inés Barragán"}), None),
        (4, "Bikes", 1, frozenset({"Diego Ferreira"}), 14557.0),
        (4, "Bikes", 2, frozenset({"Tomáš Novák"}), 14709.0),
    }


def test_standings_after_the_sections_of_several_days_are_no_final_places() -> None:
    text = _RECAPS["en"] + (
        "\nSTANDINGS AT THE REST DAY\n"
        "Rally2: 1. Florian Eberhardt 13h02'11 – 2. Sindre Halvorsen +4'10 – 3. Valentina Ocampo +9'55\n"
    )
    record = extract_dict(text.encode("utf-8"), "days/en-standings.txt")
    assert record["class_results"] == []
    assert frozenset({"Florian Eberhardt"}) in {
        frozenset(m["name"] for m in c["members"]) for c in record["crews"]
    }
    assert (3, "Rally2", 7, frozenset({"Sindre Halvorsen"}), 15125.0) in _stage_results(record)


def test_a_headline_that_names_a_stage_opens_no_day_section() -> None:
    """ "SAMEDI : LA CREVAISON DE L'ES5" is a headline over the Saturday's story, not the report of
    stage 5: the final place and the winners named under it are the event's, and the winners
    named right after "des vainqueurs" won it in the time in brackets."""
    text = (
        "Écurie des Trois Lacs\n\n"
        "Delémont, 20 avril 2026 – Loïc Berthoud et Sabrina Mühlemann ont terminé le Critérium "
        "Jurassien au quatrième rang, au terme d'une course marquée par une crevaison lente le "
        "samedi matin.\n\n"
        "SAMEDI : LA CREVAISON DE L'ES5\n\n"
        "Troisième de l'ES4 samedi matin, Berthoud conserve la tête. Puis tout bascule dans l'ES5 : "
        "une crevaison lente, dès le quatrième kilomètre.\n\n"
        "La remontée est immédiate : Berthoud signe le meilleur temps dans l'ES8 en 5:58,2. Loïc "
        "et Sabrina terminent finalement au quatrième rang du général en 1:19:35,9, à 1:02,7 des "
        "vainqueurs Gian-Luca Pedrazzini et Fabienne Känzig (1:18:33,2).\n"
    )
    record = extract_dict(text.encode(), "days/fr.txt")
    crews = {c["id"]: c["members"][0]["name"] for c in record["crews"]}
    places = {
        (r["class"], r["position"], crews[r["crew"]], (r["total_time"] or {}).get("seconds"))
        for r in record["class_results"]
    }
    assert places == {("overall", 4, "Loïc Berthoud", 4775.9), ("overall", 1, "Gian-Luca Pedrazzini", 4713.2)}
    assert {(r["stage"], r["position"], crews[r["crew"]]) for r in record["stage_results"]} == {
        (4, 3, "Loïc Berthoud"),
        (8, 1, "Loïc Berthoud"),
    }


def test_a_heading_of_the_final_stage_opens_its_section_and_the_champions_after_it() -> None:
    """A final-day release: "DIE SCHLUSSETAPPE" alone on a line opens the section of the last
    stage the release numbers (its places are stage wins per category), "DIE GESAMTSIEGER" closes
    it (final places); the header's stage and the heading's are one day, so the champions are
    results and no recap of standings."""
    text = (
        "PRESSEMITTEILUNG\nSahara Trophy 2026 | Etappe 9 – Erfoud > Merzouga\n\n"
        "Huber und Novák feiern in Merzouga\n\n"
        "MERZOUGA (Marokko), 14. März 2026 – Nach neun Etappen und 3.900 Kilometern ist die Sahara "
        "Trophy am Samstag in den Dünen von Merzouga zu Ende gegangen.\n\n"
        "DIE SCHLUSSETAPPE\n\n"
        "Bei den Motorrädern holte sich Pavel Novák in 2:04:37 Std. den Tagessieg. In der Autowertung "
        "siegten Erik Lund und Jonas Berg in 2:11:48 Std.\n\n"
        "DIE GESAMTSIEGER\n\n"
        "Motorräder: Simon Huber gewinnt in 34:52:18 Std. die Sahara Trophy.\n\nPavel Novák wurde Zweiter.\n"
    )
    record = extract_dict(text.encode(), "final/de.txt")
    assert {(s, c, p, min(crew)) for s, c, p, crew, _ in _stage_results(record)} == {
        (9, "Bikes", 1, "Pavel Novák"),
        (9, "Cars", 1, "Erik Lund"),
    }
    crews = {c["id"]: c["members"][0]["name"] for c in record["crews"]}
    assert {(r["class"], r["position"], crews[r["crew"]]) for r in record["class_results"]} == {
        ("Bikes", 1, "Simon Huber"),
        ("Bikes", 2, "Pavel Novák"),
    }
