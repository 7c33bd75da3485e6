"""Hard cases of the record contract, one test per case, each parametrised over the seven languages.

Every snippet is a short invented release (headline, blank line, dateline, a few sentences) written
the way a press officer in that language would write it. Names are invented and carry diacritics.
Assertions are on the exact content of the record: crew name sets (and roles where the case is about
roles), (class, position, crew), (stage, position, crew), seconds of durations and ISO dates.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from extractor import extract_dict

LANGUAGES = ("nl", "en", "fr", "de", "es", "it", "pt")


# --------------------------------------------------------------------------------------------- helpers


def _record(text: str, lang: str) -> dict[str, Any]:
    return extract_dict(text.encode("utf-8"), f"hard/{lang}.txt")


def _crew_names(record: dict[str, Any]) -> dict[str, frozenset[str]]:
    return {c["id"]: frozenset(m["name"] for m in c["members"]) for c in record["crews"]}


def _crews(record: dict[str, Any]) -> Counter[frozenset[str]]:
    return Counter(_crew_names(record).values())


def _expected_crews(*crews: tuple[str, ...]) -> Counter[frozenset[str]]:
    return Counter(frozenset(c) for c in crews)


def _members(record: dict[str, Any], names: tuple[str, ...]) -> list[tuple[str, str]]:
    """(name, role) of the crew whose name set is `names`, in the record's member order."""
    for crew in record["crews"]:
        if frozenset(m["name"] for m in crew["members"]) == frozenset(names):
            return [(m["name"], m["role"]) for m in crew["members"]]
    raise AssertionError(f"no crew {names!r} in {_crews(record)!r}")


def _class_results(record: dict[str, Any]) -> Counter[tuple[str, int, frozenset[str]]]:
    crews = _crew_names(record)
    return Counter(
        (r["class"].casefold(), r["position"], crews.get(r["crew"], frozenset()))
        for r in record["class_results"]
    )


def _expected_results(*rows: tuple[Any, int, tuple[str, ...]]) -> Counter[tuple[Any, int, frozenset[str]]]:
    return Counter(
        (key.casefold() if isinstance(key, str) else key, pos, frozenset(crew)) for key, pos, crew in rows
    )


def _stage_results(record: dict[str, Any]) -> Counter[tuple[int, int, frozenset[str]]]:
    crews = _crew_names(record)
    return Counter(
        (r["stage"], r["position"], crews.get(r["crew"], frozenset())) for r in record["stage_results"]
    )


def _class_result_of(record: dict[str, Any], klass: str, names: tuple[str, ...]) -> dict[str, Any]:
    crews = _crew_names(record)
    for r in record["class_results"]:
        if r["class"].casefold() == klass.casefold() and crews.get(r["crew"]) == frozenset(names):
            return r
    raise AssertionError(f"no {klass} result for {names!r}")


def _seconds(duration: dict[str, Any] | None) -> float | None:
    return None if duration is None else duration["seconds"]


def _words(name: str) -> frozenset[str]:
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return frozenset(re.findall(r"\w+", plain))


def _same_event_name(a: str, b: str) -> bool:
    """The contract's rule: one word set contains the other, or word-set Jaccard >= 0.5."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    return wa <= wb or wb <= wa or len(wa & wb) / len(wa | wb) >= 0.5


def _upcoming(record: dict[str, Any]) -> list[tuple[str, str | None, str | None]]:
    return [(e["name"], e["start"], e["end"]) for e in record["upcoming_events"]]


# ---------------------------------------------------------------- 1. later short mentions resolve

SHORT_MENTIONS = {
    "nl": (
        "Hoogeveen wint de Veluwerally\n\n"
        "Apeldoorn – 8 maart 2026: Daniël Hoogeveen en Anaïs Verbrugge hebben zondag de Veluwerally "
        "gewonnen met hun Škoda Fabia RS Rally2. Hoogeveen nam al op de eerste ochtend de leiding en gaf "
        "die niet meer af. Voor Daniël en Anaïs is het de eerste zege als duo.\n",
        "2026-03-08",
        ("Daniël Hoogeveen", "Anaïs Verbrugge"),
    ),
    "en": (
        "Whitlock wins the Kestrel Rally\n\n"
        "Kestrel Bay – 8 March 2026: Ciarán Whitlock and Zoë Ashdown won the Kestrel Rally on Sunday in "
        "their Ford Fiesta Rally2. Whitlock took the lead on the opening morning and never gave it up. "
        "It is the first win for Ciarán and Zoë as a crew.\n",
        "2026-03-08",
        ("Ciarán Whitlock", "Zoë Ashdown"),
    ),
    "fr": (
        "Loïc Bérard s'impose au Rallye des Baronnies\n\n"
        "Nyons – 8 mars 2026 : Loïc Bérard et Hélène Castagné ont remporté dimanche le Rallye des "
        "Baronnies au volant de leur Citroën C3 Rally2. Bérard a pris la tête dès la première matinée et "
        "ne l'a plus lâchée. C'est la première victoire de Loïc et Hélène en tant qu'équipage.\n",
        "2026-03-08",
        ("Loïc Bérard", "Hélène Castagné"),
    ),
    "de": (
        "Käßmann gewinnt die Rallye Fichtelgebirge\n\n"
        "Wunsiedel – 8. März 2026: Jörg Käßmann und Mareike Schönfeld haben am Sonntag die Rallye "
        "Fichtelgebirge gewonnen. Käßmann übernahm bereits am ersten Vormittag die Führung und gab sie "
        "nicht mehr ab. Für Jörg und Mareike ist es der erste gemeinsame Sieg.\n",
        "2026-03-08",
        ("Jörg Käßmann", "Mareike Schönfeld"),
    ),
    "es": (
        "Olazábal gana el Rallye Sierra de Cazorla\n\n"
        "Cazorla – 8 de marzo de 2026: Íñigo Olazábal y Nuria Garcés ganaron el domingo el Rallye "
        "Sierra de Cazorla con su Hyundai i20 N Rally2. Olazábal tomó el mando en la primera mañana y ya "
        "no lo soltó. Es la primera victoria de Íñigo y Nuria como equipo.\n",
        "2026-03-08",
        ("Íñigo Olazábal", "Nuria Garcés"),
    ),
    "it": (
        "Venturini vince il Rally delle Langhe\n\n"
        "Alba – 8 marzo 2026: Niccolò Venturini e Ilaria Cantù hanno vinto domenica il Rally delle Langhe "
        "a bordo della loro Škoda Fabia RS Rally2. Venturini ha preso il comando già nella prima mattinata "
        "e non l'ha più ceduto. Per Niccolò e Ilaria è la prima vittoria in coppia.\n",
        "2026-03-08",
        ("Niccolò Venturini", "Ilaria Cantù"),
    ),
    "pt": (
        "Vasconcelos vence o Rali da Serra da Estrela\n\n"
        "Covilhã – 8 de março de 2026: João Vasconcelos e Inês Portela venceram no domingo o Rali da Serra "
        "da Estrela ao volante do seu Citroën C3 Rally2. Vasconcelos assumiu a liderança logo na primeira "
        "manhã e nunca mais a largou. É a primeira vitória de João e Inês como dupla.\n",
        "2026-03-08",
        ("João Vasconcelos", "Inês Portela"),
    ),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_short_mentions_resolve_to_the_crew_introduced_earlier(lang: str) -> None:
    text, published, crew = SHORT_MENTIONS[lang]
    record = _record(text, lang)
    assert record["published"] == published
    assert _crews(record) == _expected_crews(crew)
    assert _class_results(record) == _expected_results(("overall", 1, crew))


# ---------------------------------------------------------------- 2. role word between two names

ROLE_BETWEEN = {
    "nl": (
        "Tweede plaats voor Verbeek in de Kempenrally\n\n"
        "Lommel – 15 maart 2026: Maël Verbeek en bijrijder Noël Jansen zijn zaterdag als tweede in het "
        "algemeen klassement van de Kempenrally geëindigd. Het duo verloor de leiding in de voorlaatste "
        "proef door een lekke band.\n",
        "2026-03-15",
        ("Maël Verbeek", "Noël Jansen"),
    ),
    "en": (
        "Second place for Pryce in the Cambrian Forest Rally\n\n"
        "Newtown – 15 March 2026: Gethin Pryce and co-driver Siân Llewelyn finished second overall in the "
        "Cambrian Forest Rally on Saturday. The Welsh crew lost the lead on the penultimate stage after a "
        "puncture.\n",
        "2026-03-15",
        ("Gethin Pryce", "Siân Llewelyn"),
    ),
    "fr": (
        "Deuxième place pour Vaillancourt au Rallye du Vercors\n\n"
        "Villard-de-Lans – 15 mars 2026 : Jérôme Vaillancourt et son copilote Benoît Lefèvre ont terminé "
        "samedi deuxièmes du classement général du Rallye du Vercors. L'équipage a perdu la tête dans "
        "l'avant-dernière spéciale à la suite d'une crevaison.\n",
        "2026-03-15",
        ("Jérôme Vaillancourt", "Benoît Lefèvre"),
    ),
    "de": (
        "Platz zwei für Brückner bei der Rallye Hunsrück-Höhen\n\n"
        "Morbach – 15. März 2026: Lüder Brückner mit Beifahrer Tobias Weiß fuhr am Samstag auf den "
        "zweiten Platz der Gesamtwertung der Rallye Hunsrück-Höhen. Das Duo verlor die Führung auf der "
        "vorletzten Wertungsprüfung durch einen Reifenschaden.\n",
        "2026-03-15",
        ("Lüder Brückner", "Tobias Weiß"),
    ),
    "es": (
        "Segundo puesto para Echevarría en el Rallye Tierras de Soria\n\n"
        "Soria – 15 de marzo de 2026: Martín Echevarría, junto a su copiloto Álvaro Quiñones, terminó "
        "segundo en la clasificación general del Rallye Tierras de Soria el sábado. El piloto perdió el "
        "liderato en el penúltimo tramo por un pinchazo.\n",
        "2026-03-15",
        ("Martín Echevarría", "Álvaro Quiñones"),
    ),
    "it": (
        "Secondo posto per Lanzà al Rally delle Colline Metallifere\n\n"
        "Massa Marittima – 15 marzo 2026: Tommaso Lanzà e il navigatore Edoardo Pellè hanno concluso "
        "sabato il Rally delle Colline Metallifere al secondo posto assoluto. L'equipaggio ha perso il "
        "comando nella penultima prova speciale a causa di una foratura.\n",
        "2026-03-15",
        ("Tommaso Lanzà", "Edoardo Pellè"),
    ),
    "pt": (
        "Segundo lugar para Gonçalves no Rali Terras do Douro\n\n"
        "Lamego – 15 de março de 2026: Tomás Gonçalves e o navegador Rui Conceição terminaram no sábado o "
        "Rali Terras do Douro no segundo lugar da geral. A dupla perdeu a liderança na penúltima especial "
        "devido a um furo.\n",
        "2026-03-15",
        ("Tomás Gonçalves", "Rui Conceição"),
    ),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_role_word_between_two_names_makes_one_crew_of_two(lang: str) -> None:
    text, published, crew = ROLE_BETWEEN[lang]
    record = _record(text, lang)
    assert record["published"] == published
    assert _crews(record) == _expected_crews(crew)
    assert _members(record, crew) == [(crew[0], "driver"), (crew[1], "co-driver")]
    assert _class_results(record) == _expected_results(("overall", 2, crew))


# ---------------------------------------------------------------- 3. three-member truck crew

TRUCK_CREW = {
    "nl": (
        "Vijfde plaats bij de trucks voor Wolterinck\n\n"
        "Riyad – 20 januari 2026: Chauffeur Bastiaan Wolterinck, navigator Joëlle Brinkerink en monteur "
        "Sjoerd Kötter zijn met hun Iveco Powerstar als vijfde geëindigd in de categorie trucks van de "
        "Desert Horizon Rally. Het trio verloor in de vierde etappe bijna een uur door een gebroken "
        "aandrijfas.\n",
        "2026-01-20",
        ("Bastiaan Wolterinck", "Joëlle Brinkerink", "Sjoerd Kötter"),
    ),
    "en": (
        "Fifth place in the Trucks class for Dunphy\n\n"
        "Riyadh – 20 January 2026: Driver Ruairí Dunphy, co-driver Eoghan Mulcahy and mechanic Pádraig "
        "Kehoe brought their MAN truck home in fifth place in the Trucks class of the Desert Horizon "
        "Rally. The Irish crew lost almost an hour on the fourth stage with a broken driveshaft.\n",
        "2026-01-20",
        ("Ruairí Dunphy", "Eoghan Mulcahy", "Pádraig Kehoe"),
    ),
    "fr": (
        "Cinquième place en camions pour Dufresne\n\n"
        "Riyad – 20 janvier 2026 : Le pilote Grégoire Dufresne, le copilote Aurélien Mézière et le "
        "mécanicien Joël Fauré ont terminé cinquièmes de la catégorie camions du Rallye Horizon du Désert "
        "à bord de leur Iveco. L'équipage a perdu près d'une heure lors de la quatrième étape à cause "
        "d'un cardan cassé.\n",
        "2026-01-20",
        ("Grégoire Dufresne", "Aurélien Mézière", "Joël Fauré"),
    ),
    "de": (
        "Platz fünf bei den Lkw für Wöhrle\n\n"
        "Riad – 20. Januar 2026: Fahrer Jürgen Wöhrle, Beifahrer Malte Jäckel und Mechaniker Sönke Röhl "
        "belegten mit ihrem MAN den fünften Platz in der Lkw-Wertung der Desert Horizon Rally. Auf der "
        "vierten Etappe verlor das Trio wegen einer gebrochenen Antriebswelle fast eine Stunde.\n",
        "2026-01-20",
        ("Jürgen Wöhrle", "Malte Jäckel", "Sönke Röhl"),
    ),
    "es": (
        "Quinto puesto en camiones para Puigcercós\n\n"
        "Riad – 20 de enero de 2026: El piloto Jordi Puigcercós, el copiloto Xavier Solà y el mecánico "
        "Andrés Núñez terminaron quintos en la categoría de camiones del Desert Horizon Rally con su "
        "Iveco. El equipo perdió casi una hora en la cuarta etapa por la rotura de un palier.\n",
        "2026-01-20",
        ("Jordi Puigcercós", "Xavier Solà", "Andrés Núñez"),
    ),
    "it": (
        "Quinto posto tra i camion per Gualà\n\n"
        "Riad – 20 gennaio 2026: Il pilota Matteo Gualà, il navigatore Lorenzo Bertè e il meccanico "
        "Davide Scarpà hanno chiuso al quinto posto nella categoria camion del Desert Horizon Rally con "
        "il loro Iveco. L'equipaggio ha perso quasi un'ora nella quarta tappa per la rottura di un "
        "semiasse.\n",
        "2026-01-20",
        ("Matteo Gualà", "Lorenzo Bertè", "Davide Scarpà"),
    ),
    "pt": (
        "Quinto lugar nos camiões para Simões\n\n"
        "Riade – 20 de janeiro de 2026: O piloto Henrique Simões, o navegador Sérgio Lourenço e o "
        "mecânico António Gusmão terminaram em quinto lugar na categoria de camiões do Desert Horizon "
        "Rally ao volante do seu MAN. A equipa perdeu quase uma hora na quarta etapa devido a um "
        "semieixo partido.\n",
        "2026-01-20",
        ("Henrique Simões", "Sérgio Lourenço", "António Gusmão"),
    ),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_three_member_truck_crew_is_one_crew_of_three(lang: str) -> None:
    text, published, crew = TRUCK_CREW[lang]
    record = _record(text, lang)
    assert record["published"] == published
    assert _crews(record) == _expected_crews(crew)
    assert _members(record, crew) == [(crew[0], "driver"), (crew[1], "co-driver"), (crew[2], "mechanic")]
    assert _class_results(record) == _expected_results(("Trucks", 5, crew))


# ---------------------------------------------------------------- 4. solo rider with a place

SOLO_RIDER = {
    "nl": (
        "Vierde plaats bij de motoren voor Wijnants\n\n"
        "Riyad – 20 januari 2026: Motorrijder Joël Wijnants is met zijn KTM 450 Rally als vierde "
        "geëindigd bij de motoren in de Desert Horizon Rally. Het is zijn beste resultaat ooit in de "
        "rallyraid.\n",
        "2026-01-20",
        "Joël Wijnants",
    ),
    "en": (
        "Fourth place in the Bikes class for Brennock\n\n"
        "Riyadh – 20 January 2026: Rider Dónal Brennock finished fourth in the Bikes class of the Desert "
        "Horizon Rally on his KTM 450 Rally. It is the Irishman's best result in rally-raid.\n",
        "2026-01-20",
        "Dónal Brennock",
    ),
    "fr": (
        "Quatrième place en motos pour Lévêque\n\n"
        "Riyad – 20 janvier 2026 : Le pilote moto Rémi Lévêque a terminé quatrième de la catégorie motos "
        "du Rallye Horizon du Désert sur sa KTM 450 Rally. C'est son meilleur résultat en rallye-raid.\n",
        "2026-01-20",
        "Rémi Lévêque",
    ),
    "de": (
        "Platz vier bei den Motorrädern für Hüttl\n\n"
        "Riad – 20. Januar 2026: Motorradfahrer Björn Hüttl belegte auf seiner KTM 450 Rally den vierten "
        "Platz in der Kategorie Motorräder der Desert Horizon Rally. Es ist sein bisher bestes Ergebnis "
        "im Rallye-Raid.\n",
        "2026-01-20",
        "Björn Hüttl",
    ),
    "es": (
        "Cuarto puesto en motos para Muñiz\n\n"
        "Riad – 20 de enero de 2026: El piloto de motos Adrián Muñiz terminó cuarto en la categoría de "
        "motos del Desert Horizon Rally con su KTM 450 Rally. Es su mejor resultado en el rally raid.\n",
        "2026-01-20",
        "Adrián Muñiz",
    ),
    "it": (
        "Quarto posto tra le moto per Lucà\n\n"
        "Riad – 20 gennaio 2026: Il pilota Federico Lucà ha chiuso al quarto posto nella categoria moto "
        "del Desert Horizon Rally in sella alla sua KTM 450 Rally. È il suo miglior risultato nei "
        "rally raid.\n",
        "2026-01-20",
        "Federico Lucà",
    ),
    "pt": (
        "Quarto lugar nas motos para Mesquita\n\n"
        "Riade – 20 de janeiro de 2026: O piloto Gonçalo Mesquita terminou em quarto lugar na categoria de "
        "motos do Desert Horizon Rally aos comandos da sua KTM 450 Rally. É o seu melhor resultado de "
        "sempre no todo-o-terreno.\n",
        "2026-01-20",
        "Gonçalo Mesquita",
    ),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_solo_rider_is_a_crew_of_one_with_its_class_result(lang: str) -> None:
    text, published, rider = SOLO_RIDER[lang]
    record = _record(text, lang)
    assert record["published"] == published
    assert _crews(record) == _expected_crews((rider,))
    assert _members(record, (rider,)) == [(rider, "rider")]
    assert _class_results(record) == _expected_results(("Bikes", 4, (rider,)))


# ---------------------------------------------------------------- 5. total time and gap

TOTAL_AND_GAP = {
    "nl": (
        "Brüggen en Hazenberg winnen de Ultimate-klasse\n\n"
        "Riyad – 20 januari 2026: Maarten Brüggen en Loës Hazenberg hebben de Ultimate-klasse van de "
        "Desert Horizon Rally gewonnen in een totale tijd van 27 uur, 14 minuten en 37 seconden. Kees "
        "Overdüin en Ruben Bakker eindigden als tweede op 4 minuten en 12 seconden.\n",
        "2026-01-20",
        ("Maarten Brüggen", "Loës Hazenberg"),
        ("Kees Overdüin", "Ruben Bakker"),
    ),
    "en": (
        "Ferrier and Boyle win the Ultimate class\n\n"
        "Riyadh – 20 January 2026: Hamish Ferrier and Ruaidhrí Boyle won the Ultimate class of the Desert "
        "Horizon Rally in a total time of 27h 14m 37s. Björn Åkesson and Jens Mørk finished second, "
        "4m 12s behind the winners.\n",
        "2026-01-20",
        ("Hamish Ferrier", "Ruaidhrí Boyle"),
        ("Björn Åkesson", "Jens Mørk"),
    ),
    "fr": (
        "Froissart et Ménard remportent la catégorie Ultimate\n\n"
        "Riyad – 20 janvier 2026 : Aurélien Froissart et Gaëlle Ménard ont remporté la catégorie Ultimate "
        "du Rallye Horizon du Désert en 27h14'37''. Clément Roussière et Yannick Péchoux ont pris la "
        "deuxième place à 4'12''.\n",
        "2026-01-20",
        ("Aurélien Froissart", "Gaëlle Ménard"),
        ("Clément Roussière", "Yannick Péchoux"),
    ),
    "de": (
        "Häberle und Größer gewinnen die Ultimate-Klasse\n\n"
        "Riad – 20. Januar 2026: Jörn Häberle und Nils Größer gewannen die Ultimate-Klasse der Desert "
        "Horizon Rally mit einer Gesamtzeit von 27:14:37 Stunden. Mit 4:12 Minuten Rückstand belegten "
        "Falk Übelhör und Timo Jähnke den zweiten Platz.\n",
        "2026-01-20",
        ("Jörn Häberle", "Nils Größer"),
        ("Falk Übelhör", "Timo Jähnke"),
    ),
    "es": (
        "Cañizares y Peñalver ganan la categoría Ultimate\n\n"
        "Riad – 20 de enero de 2026: Raúl Cañizares y Sergio Peñalver ganaron la categoría Ultimate del "
        "Desert Horizon Rally con un tiempo total de 27h 14m 37s. Óscar Bermúdez e Iván Goñi terminaron "
        "segundos a 4m 12s.\n",
        "2026-01-20",
        ("Raúl Cañizares", "Sergio Peñalver"),
        ("Óscar Bermúdez", "Iván Goñi"),
    ),
    "it": (
        "Foà e Parè vincono la classe Ultimate\n\n"
        "Riad – 20 gennaio 2026: Gabriele Foà e Nicolò Parè hanno vinto la classe Ultimate del Desert "
        "Horizon Rally con un tempo totale di 27h14'37\". Secondo posto per Andrea Mazzà e Luca Cirò, "
        "staccati di 4'12\".\n",
        "2026-01-20",
        ("Gabriele Foà", "Nicolò Parè"),
        ("Andrea Mazzà", "Luca Cirò"),
    ),
    "pt": (
        "Patrício e Gião vencem a categoria Ultimate\n\n"
        "Riade – 20 de janeiro de 2026: Rodrigo Patrício e Nuno Gião venceram a categoria Ultimate do "
        "Desert Horizon Rally com um tempo total de 27h14m37s. Vítor Assunção e Luís Cardoso terminaram "
        "em segundo, a 4m12s.\n",
        "2026-01-20",
        ("Rodrigo Patrício", "Nuno Gião"),
        ("Vítor Assunção", "Luís Cardoso"),
    ),
}
TOTAL_SECONDS = 27 * 3600 + 14 * 60 + 37  # 98077
GAP_SECONDS = 4 * 60 + 12  # 252


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang not in ("de", "es")])
def test_total_time_and_gap_to_the_leader(lang: str) -> None:
    text, published, winner, second = TOTAL_AND_GAP[lang]
    record = _record(text, lang)
    assert record["published"] == published
    assert _crews(record) == _expected_crews(winner, second)
    assert _class_results(record) == _expected_results(("Ultimate", 1, winner), ("Ultimate", 2, second))
    assert _seconds(_class_result_of(record, "Ultimate", winner)["total_time"]) == TOTAL_SECONDS
    assert _seconds(_class_result_of(record, "Ultimate", second)["gap"]) == GAP_SECONDS


# ---------------------------------------------------------------- 6. retirement

RETIREMENT = {
    "nl": (
        "Ekkelenkamp en Oosterhuis winnen de Twente Rally\n\n"
        "Enschede – 22 maart 2026: Ruud Ekkelenkamp en Inès Oosterhuis hebben zaterdag de Twente Rally "
        "gewonnen. Hun teamgenoten Jeroen Smeets en Maëlle Bosch vielen in de derde proef uit met een "
        "gebroken versnellingsbak.\n",
        "2026-03-22",
        ("Ruud Ekkelenkamp", "Inès Oosterhuis"),
        ("Jeroen Smeets", "Maëlle Bosch"),
    ),
    "en": (
        "Ashcroft and Pelham win the Moorland Stages\n\n"
        "Harrogate – 22 March 2026: Dominic Ashcroft and Zoë Pelham won the Moorland Stages Rally on "
        "Saturday. Their team-mates Cóilín Walsh and Niamh Carberry retired on the third stage with a "
        "broken gearbox.\n",
        "2026-03-22",
        ("Dominic Ashcroft", "Zoë Pelham"),
        ("Cóilín Walsh", "Niamh Carberry"),
    ),
    "fr": (
        "Beaumanoir et Courtade remportent le Rallye du Pays de Caux\n\n"
        "Yvetot – 22 mars 2026 : Julien Beaumanoir et Élise Courtade ont remporté samedi le Rallye du Pays "
        "de Caux. Leurs coéquipiers Mathéo Régnier et Chloé Barthès ont abandonné dans la troisième "
        "spéciale sur casse de boîte de vitesses.\n",
        "2026-03-22",
        ("Julien Beaumanoir", "Élise Courtade"),
        ("Mathéo Régnier", "Chloé Barthès"),
    ),
    "de": (
        "Löffler und Büttner gewinnen die Rallye Westerwald\n\n"
        "Montabaur – 22. März 2026: Henning Löffler und Anja Büttner haben am Samstag die Rallye "
        "Westerwald gewonnen. Ihre Teamkollegen Jannik Rößler und Lea Pöhlmann schieden auf der dritten "
        "Wertungsprüfung mit Getriebeschaden aus.\n",
        "2026-03-22",
        ("Henning Löffler", "Anja Büttner"),
        ("Jannik Rößler", "Lea Pöhlmann"),
    ),
    "es": (
        "Arrúe y Montañés ganan el Rallye Valle del Jerte\n\n"
        "Plasencia – 22 de marzo de 2026: Pablo Arrúe y Lucía Montañés ganaron el sábado el Rallye Valle "
        "del Jerte. Sus compañeros de equipo Héctor Cabañas y Marta Galdós abandonaron en el tercer tramo "
        "por una rotura de la caja de cambios.\n",
        "2026-03-22",
        ("Pablo Arrúe", "Lucía Montañés"),
        ("Héctor Cabañas", "Marta Galdós"),
    ),
    "it": (
        "Balò e Rossetti vincono il Rally del Casentino\n\n"
        "Bibbiena – 22 marzo 2026: Stefano Balò e Chiara Rossetti hanno vinto sabato il Rally del "
        "Casentino. I compagni di squadra Fabio Nicolì e Giulia Pirrò si sono ritirati nella terza prova "
        "speciale per la rottura del cambio.\n",
        "2026-03-22",
        ("Stefano Balò", "Chiara Rossetti"),
        ("Fabio Nicolì", "Giulia Pirrò"),
    ),
    "pt": (
        "Simão e Quadros vencem o Rali de Castelo Branco\n\n"
        "Castelo Branco – 22 de março de 2026: Rui Simão e Beatriz Quadros venceram no sábado o Rali de "
        "Castelo Branco. Os colegas de equipa Tiago Cotrim e Mariana Conceição desistiram na terceira "
        "especial com a caixa de velocidades partida.\n",
        "2026-03-22",
        ("Rui Simão", "Beatriz Quadros"),
        ("Tiago Cotrim", "Mariana Conceição"),
    ),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_retired_crew_is_a_crew_without_a_class_result(lang: str) -> None:
    text, published, winner, retired = RETIREMENT[lang]
    record = _record(text, lang)
    assert record["published"] == published
    assert _crews(record) == _expected_crews(winner, retired)
    assert _class_results(record) == _expected_results(("overall", 1, winner))
    assert _stage_results(record) == Counter()


# ---------------------------------------------------------------- 7. overall place beside a class place

OVERALL_AND_CLASS = {
    "nl": (
        "Brinkman en Vos winnen de Stock-klasse\n\n"
        "Riyad – 20 januari 2026: Wouter Brinkman en Eliën Vos zijn derde geworden in het algemeen "
        "klassement van de Desert Horizon Rally en wonnen de Stock-klasse met hun Toyota Hilux.\n",
        "2026-01-20",
        ("Wouter Brinkman", "Eliën Vos"),
    ),
    "en": (
        "Mulready and Kavanagh win the Stock class\n\n"
        "Riyadh – 20 January 2026: Seán Mulready and Róisín Kavanagh finished third overall and won the "
        "Stock class of the Desert Horizon Rally in their Toyota Hilux.\n",
        "2026-01-20",
        ("Seán Mulready", "Róisín Kavanagh"),
    ),
    "fr": (
        "Lefèbvre et Roche s'imposent en catégorie Stock\n\n"
        "Riyad – 20 janvier 2026 : Mathis Lefèbvre et Anaëlle Roche ont terminé troisièmes du classement "
        "général et remporté la catégorie Stock du Rallye Horizon du Désert au volant de leur Toyota "
        "Hilux.\n",
        "2026-01-20",
        ("Mathis Lefèbvre", "Anaëlle Roche"),
    ),
    "de": (
        "Krähe und Lüttge gewinnen die Stock-Klasse\n\n"
        "Riad – 20. Januar 2026: Moritz Krähe und Jana Lüttge wurden in ihrem Toyota Hilux Gesamtdritte "
        "der Desert Horizon Rally und gewannen die Stock-Klasse.\n",
        "2026-01-20",
        ("Moritz Krähe", "Jana Lüttge"),
    ),
    "es": (
        "Ordóñez y Garzón ganan la categoría Stock\n\n"
        "Riad – 20 de enero de 2026: Álex Ordóñez y Rocío Garzón terminaron terceros de la general y "
        "ganaron la categoría Stock del Desert Horizon Rally con su Toyota Hilux.\n",
        "2026-01-20",
        ("Álex Ordóñez", "Rocío Garzón"),
    ),
    "it": (
        "Fornò e Bertè vincono la classe Stock\n\n"
        "Riad – 20 gennaio 2026: Luca Fornò e Sara Bertè hanno chiuso al terzo posto assoluto e vinto la "
        "classe Stock del Desert Horizon Rally con la loro Toyota Hilux.\n",
        "2026-01-20",
        ("Luca Fornò", "Sara Bertè"),
    ),
    "pt": (
        "Furtado e Brás vencem a categoria Stock\n\n"
        "Riade – 20 de janeiro de 2026: Duarte Furtado e Leonor Brás terminaram no terceiro lugar da "
        "geral e venceram a categoria Stock do Desert Horizon Rally com a sua Toyota Hilux.\n",
        "2026-01-20",
        ("Duarte Furtado", "Leonor Brás"),
    ),
}


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang not in ("it",)])
def test_overall_place_beside_class_place_gives_two_class_results(lang: str) -> None:
    text, published, crew = OVERALL_AND_CLASS[lang]
    record = _record(text, lang)
    assert record["published"] == published
    assert _crews(record) == _expected_crews(crew)
    assert _class_results(record) == _expected_results(("overall", 3, crew), ("Stock", 1, crew))


# ---------------------------------------------------------------- 8. stage win with the number in words

STAGE_IN_WORDS = {
    "nl": (
        "Etappezege voor Veldkamp en Kramer\n\n"
        "Riyad – 13 januari 2026: Jelle Veldkamp en Noëlle Kramer hebben dinsdag de zevende etappe van de "
        "Desert Horizon Rally op hun naam geschreven, een lus van 420 kilometer door de duinen.\n",
        "2026-01-13",
        ("Jelle Veldkamp", "Noëlle Kramer"),
    ),
    "en": (
        "Stage win for Kilbride and Nolan\n\n"
        "Riyadh – 13 January 2026: Fergus Kilbride and Síofra Nolan won the seventh stage of the Desert "
        "Horizon Rally on Tuesday, a 420-kilometre loop through the dunes.\n",
        "2026-01-13",
        ("Fergus Kilbride", "Síofra Nolan"),
    ),
    "fr": (
        "Victoire d'étape pour Lacôte et Vautrin\n\n"
        "Riyad – 13 janvier 2026 : Bastien Lacôte et Noémie Vautrin ont remporté mardi la septième étape "
        "du Rallye Horizon du Désert, une boucle de 420 kilomètres dans les dunes.\n",
        "2026-01-13",
        ("Bastien Lacôte", "Noémie Vautrin"),
    ),
    "de": (
        "Etappensieg für Wächter und Klöckner\n\n"
        "Riad – 13. Januar 2026: Sören Wächter und Frieda Klöckner gewannen am Dienstag die siebte Etappe "
        "der Desert Horizon Rally, eine 420 Kilometer lange Schleife durch die Dünen.\n",
        "2026-01-13",
        ("Sören Wächter", "Frieda Klöckner"),
    ),
    "es": (
        "Victoria de etapa para Berrío y Azcárate\n\n"
        "Riad – 13 de enero de 2026: Joaquín Berrío y Maite Azcárate ganaron el martes la séptima etapa "
        "del Desert Horizon Rally, un bucle de 420 kilómetros por las dunas.\n",
        "2026-01-13",
        ("Joaquín Berrío", "Maite Azcárate"),
    ),
    "it": (
        "Vittoria di tappa per Turrà e Dalò\n\n"
        "Riad – 13 gennaio 2026: Alessio Turrà e Martina Dalò hanno vinto martedì la settima tappa del "
        "Desert Horizon Rally, un anello di 420 chilometri tra le dune.\n",
        "2026-01-13",
        ("Alessio Turrà", "Martina Dalò"),
    ),
    "pt": (
        "Vitória de etapa para Galvão e Loureiro\n\n"
        "Riade – 13 de janeiro de 2026: Francisco Galvão e Sofia Loureiro venceram na terça-feira a sétima "
        "etapa do Desert Horizon Rally, um anel de 420 quilómetros pelas dunas.\n",
        "2026-01-13",
        ("Francisco Galvão", "Sofia Loureiro"),
    ),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_stage_win_with_the_stage_number_in_words(lang: str) -> None:
    text, published, crew = STAGE_IN_WORDS[lang]
    record = _record(text, lang)
    assert record["published"] == published
    assert _crews(record) == _expected_crews(crew)
    assert _stage_results(record) == _expected_results((7, 1, crew))
    assert _class_results(record) == Counter()


# ---------------------------------------------------------------- 9. a past edition is not a result

PAST_EDITION = {
    "nl": (
        "Vijfde plaats voor Bolkestein en Jaspers\n\n"
        "Assen – 29 maart 2026: Koen Bolkestein en Loïs Jaspers, in 2019 nog winnaars van deze rally, "
        "eindigden zaterdag als vijfde in het algemeen klassement van de Drenthe Rally.\n",
        "2026-03-29",
        ("Koen Bolkestein", "Loïs Jaspers"),
    ),
    "en": (
        "Fifth place for Hurley and Costello\n\n"
        "Kilkenny – 29 March 2026: Declan Hurley and Máire Costello, winners here in 2019, finished fifth "
        "overall in the Nore Valley Rally on Saturday.\n",
        "2026-03-29",
        ("Declan Hurley", "Máire Costello"),
    ),
    "fr": (
        "Cinquième place pour Aubéry et Picard\n\n"
        "Digne-les-Bains – 29 mars 2026 : Cédric Aubéry et Maëlys Picard, vainqueurs ici en 2019, ont "
        "terminé samedi cinquièmes du classement général du Rallye de Haute-Provence.\n",
        "2026-03-29",
        ("Cédric Aubéry", "Maëlys Picard"),
    ),
    "de": (
        "Platz fünf für Gärtner und Möbius\n\n"
        "Albstadt – 29. März 2026: Tobias Gärtner und Lina Möbius, die hier 2019 gewonnen hatten, kamen "
        "am Samstag bei der Rallye Schwäbische Alb auf den fünften Platz der Gesamtwertung.\n",
        "2026-03-29",
        ("Tobias Gärtner", "Lina Möbius"),
    ),
    "es": (
        "Quinto puesto para Urquiola y Lázaro\n\n"
        "Ávila – 29 de marzo de 2026: Diego Urquiola y Ainhoa Lázaro, ganadores aquí en 2019, terminaron el "
        "sábado quintos en la clasificación general del Rallye Sierra de Gredos.\n",
        "2026-03-29",
        ("Diego Urquiola", "Ainhoa Lázaro"),
    ),
    "it": (
        "Quinto posto per Ghirò e Soldà\n\n"
        "Pescia – 29 marzo 2026: Paolo Ghirò e Elena Soldà, vincitori qui nel 2019, hanno chiuso sabato "
        "al quinto posto assoluto il Rally della Valdinievole.\n",
        "2026-03-29",
        ("Paolo Ghirò", "Elena Soldà"),
    ),
    "pt": (
        "Quinto lugar para Estêvão e Lobão\n\n"
        "Viana do Castelo – 29 de março de 2026: Bruno Estêvão e Cátia Lobão, vencedores aqui em 2019, "
        "terminaram no sábado na quinta posição da geral do Rali do Alto Minho.\n",
        "2026-03-29",
        ("Bruno Estêvão", "Cátia Lobão"),
    ),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_past_edition_is_neither_a_result_nor_an_upcoming_event(lang: str) -> None:
    text, published, crew = PAST_EDITION[lang]
    record = _record(text, lang)
    assert record["published"] == published
    assert _crews(record) == _expected_crews(crew)
    assert _class_results(record) == _expected_results(("overall", 5, crew))
    assert _stage_results(record) == Counter()
    assert _upcoming(record) == []


# ---------------------------------------------------------------- 10. date range without a year

DATE_RANGE = {
    "nl": (
        "Derde plaats voor Dröge en Pelgröm\n\n"
        "Valkenswaard – 12 maart 2026: Femke Dröge en Thijs Pelgröm zijn zondag derde geworden in de "
        "Kempenrally. De volgende wedstrijd van het duo is de Baja Tierras Rojas in Spanje, van 30 maart "
        "tot 4 april.\n",
    ),
    "en": (
        "Third place for Fairbairn and Keogh\n\n"
        "Llandrindod Wells – 12 March 2026: Zoë Fairbairn and Rónán Keogh finished third overall in the "
        "Cambrian Forest Rally on Sunday. The crew's next event is the Baja Tierras Rojas in Spain, from "
        "30 March to 4 April.\n",
    ),
    "fr": (
        "Troisième place pour Rousselière et Faÿ\n\n"
        "Épinal – 12 mars 2026 : Maxence Rousselière et Inès Faÿ ont terminé dimanche troisièmes du "
        "Rallye des Vosges. Le prochain rendez-vous de l'équipage est la Baja Tierras Rojas en Espagne, "
        "du 30 mars au 4 avril.\n",
    ),
    "de": (
        "Platz drei für Thümmler und Seiß\n\n"
        "Plauen – 12. März 2026: Ansgar Thümmler und Jule Seiß wurden am Sonntag Dritte der Rallye "
        "Vogtland. Als Nächstes startet das Duo vom 30. März bis 4. April bei der Baja Tierras Rojas in "
        "Spanien.\n",
    ),
    "es": (
        "Tercer puesto para Alcañiz y Peña\n\n"
        "Teruel – 12 de marzo de 2026: Rubén Alcañiz y Begoña Peña terminaron terceros el domingo en el "
        "Rallye Sierra de Albarracín. La próxima cita del equipo será la Baja Tierras Rojas, del 30 de "
        "marzo al 4 de abril.\n",
    ),
    "it": (
        "Terzo posto per Mosè e Zanè\n\n"
        "Cuneo – 12 marzo 2026: Filippo Mosè e Giorgia Zanè hanno chiuso domenica al terzo posto il Rally "
        "delle Valli Cuneesi. Il prossimo appuntamento dell'equipaggio è la Baja Tierras Rojas in Spagna, "
        "dal 30 marzo al 4 aprile.\n",
    ),
    "pt": (
        "Terceiro lugar para Guimarães e Salgueiro\n\n"
        "Braga – 12 de março de 2026: Vasco Guimarães e Rita Salgueiro terminaram no domingo em terceiro "
        "lugar no Rali do Minho. A próxima prova da dupla é a Baja Tierras Rojas, em Espanha, de 30 de "
        "março a 4 de abril.\n",
    ),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_date_range_without_a_year_across_two_months(lang: str) -> None:
    (text,) = DATE_RANGE[lang]
    record = _record(text, lang)
    assert record["published"] == "2026-03-12"
    events = _upcoming(record)
    assert len(events) == 1, events
    name, start, end = events[0]
    assert _same_event_name(name, "Baja Tierras Rojas"), name
    assert (start, end) == ("2026-03-30", "2026-04-04")


# ---------------------------------------------------------------- 11. pre-event announcement

PRE_EVENT = {
    "nl": (
        "Wijnhoven en Hermans klaar voor de Desert Horizon Rally\n\n"
        "Eindhoven – 2 januari 2026: Bram Wijnhoven en Zoë Hermans starten zaterdag in de Desert Horizon "
        "Rally met een Toyota Hilux van Kempen Motorsport. Het duo mikt op de zege in de Stock-klasse en "
        "hoopt bij de beste tien van het algemeen klassement te eindigen. De eerste etappe, 310 kilometer "
        "door de duinen, staat zondag op het programma.\n",
        "2026-01-02",
        ("Bram Wijnhoven", "Zoë Hermans"),
    ),
    "en": (
        "Lenihan and Moran ready for the Desert Horizon Rally\n\n"
        "Dublin – 2 January 2026: Eoin Lenihan and Clíodhna Moran will start the Desert Horizon Rally on "
        "Saturday in a Toyota Hilux prepared by Lough Motorsport. The Irish pair aim to win the Stock class "
        "and hope to finish inside the top ten overall. The first stage, a 310-kilometre run through the "
        "dunes, is on Sunday.\n",
        "2026-01-02",
        ("Eoin Lenihan", "Clíodhna Moran"),
    ),
    "fr": (
        "Mérieux et Fournier prêts pour le Rallye Horizon du Désert\n\n"
        "Nîmes – 2 janvier 2026 : Antoine Mérieux et Zélie Fournier prendront samedi le départ du Rallye "
        "Horizon du Désert au volant d'un Toyota Hilux préparé par Garrigue Sport. L'équipage vise la "
        "victoire dans la catégorie Stock et espère terminer dans le top 10 du classement général. La "
        "première étape, 310 kilomètres dans les dunes, aura lieu dimanche.\n",
        "2026-01-02",
        ("Antoine Mérieux", "Zélie Fournier"),
    ),
    "de": (
        "Pfäffle und Köhler bereit für die Desert Horizon Rally\n\n"
        "Kempten – 2. Januar 2026: Lukas Pfäffle und Sophie Köhler starten am Samstag mit einem von "
        "Allgäu Motorsport vorbereiteten Toyota Hilux bei der Desert Horizon Rally. Das Duo will die "
        "Stock-Klasse gewinnen und in der Gesamtwertung unter die besten zehn fahren. Die erste Etappe "
        "über 310 Kilometer durch die Dünen steht am Sonntag auf dem Programm.\n",
        "2026-01-02",
        ("Lukas Pfäffle", "Sophie Köhler"),
    ),
    "es": (
        "Marañón y Castañeda, listos para el Desert Horizon Rally\n\n"
        "Madrid – 2 de enero de 2026: Gonzalo Marañón e Irene Castañeda tomarán la salida el sábado en "
        "el Desert Horizon Rally con un Toyota Hilux preparado por Montes Racing. El equipo aspira a "
        "ganar la categoría Stock y espera terminar entre los diez primeros de la general. La primera "
        "etapa, de 310 kilómetros por las dunas, se disputará el domingo.\n",
        "2026-01-02",
        ("Gonzalo Marañón", "Irene Castañeda"),
    ),
    "it": (
        "Sciarrà e Lucchì pronti per il Desert Horizon Rally\n\n"
        "Torino – 2 gennaio 2026: Riccardo Sciarrà e Benedetta Lucchì saranno al via sabato del Desert "
        "Horizon Rally con una Toyota Hilux preparata da Monviso Racing. L'equipaggio punta alla vittoria "
        "nella classe Stock e spera di chiudere nella top ten assoluta. La prima tappa, 310 chilometri "
        "tra le dune, si correrà domenica.\n",
        "2026-01-02",
        ("Riccardo Sciarrà", "Benedetta Lucchì"),
    ),
    "pt": (
        "Sacadura e Simões prontos para o Desert Horizon Rally\n\n"
        "Lisboa – 2 de janeiro de 2026: André Sacadura e Carolina Simões alinham no sábado no Desert "
        "Horizon Rally com uma Toyota Hilux preparada pela Lusitânia Racing. A dupla aponta à vitória na "
        "categoria Stock e espera terminar no top 10 da geral. A primeira etapa, com 310 quilómetros "
        "pelas dunas, disputa-se no domingo.\n",
        "2026-01-02",
        ("André Sacadura", "Carolina Simões"),
    ),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pre_event_announcement_has_no_results(lang: str) -> None:
    text, published, crew = PRE_EVENT[lang]
    record = _record(text, lang)
    assert record["published"] == published
    assert _crews(record) == _expected_crews(crew)
    assert _class_results(record) == Counter()
    assert _stage_results(record) == Counter()


# ---------------------------------------------------------------- 12. quoted team principal is no crew

TEAM_PRINCIPAL = {
    "nl": (
        "Lammerink en Timmerman winnen de Achterhoekrally\n\n"
        "Winterswijk – 22 maart 2026: Sjors Lammerink en Chloë Timmerman hebben zaterdag de Achterhoekrally "
        'gewonnen met hun Ford Fiesta Rally2. "Sjors en Chloë hebben het hele weekend geen fout gemaakt '
        'en deze zege dubbel en dwars verdiend", zei teambaas Ruud Möller.\n',
        "2026-03-22",
        ("Sjors Lammerink", "Chloë Timmerman"),
    ),
    "en": (
        "Maddox claims Brecon Hills win\n\n"
        "Brecon – 22 March 2026: Aled Maddox and Zoë Thackeray won the Brecon Hills Rally on Saturday in "
        'their Škoda Fabia RS Rally2. "Aled and Zoë were flawless all weekend and fully deserved this '
        'win," said team principal Gwenllïan Morgan.\n',
        "2026-03-22",
        ("Aled Maddox", "Zoë Thackeray"),
    ),
    "fr": (
        "Daumas et Hérault remportent le Rallye du Luberon\n\n"
        "Apt – 22 mars 2026 : Quentin Daumas et Clémence Hérault ont remporté samedi le Rallye du Luberon "
        "au volant de leur Alpine A110 RGT. « Quentin et Clémence ont été irréprochables tout le week-end "
        "et méritent amplement cette victoire », a déclaré le directeur de l'équipe, François Lécuyer.\n",
        "2026-03-22",
        ("Quentin Daumas", "Clémence Hérault"),
    ),
    "de": (
        "Hübner und Größmann gewinnen die Rallye Altmühltal\n\n"
        "Eichstätt – 22. März 2026: Felix Hübner und Carla Größmann haben am Samstag die Rallye "
        "Altmühltal in ihrem Škoda Fabia RS Rally2 gewonnen. „Felix und Carla waren das ganze Wochenende "
        "fehlerfrei und haben sich diesen Sieg verdient“, sagte Teamchef Ralf Dörfler.\n",
        "2026-03-22",
        ("Felix Hübner", "Carla Größmann"),
    ),
    "es": (
        "Elósegui y Muñoz ganan el Rallye Ribera del Duero\n\n"
        "Aranda de Duero – 22 de marzo de 2026: Javier Elósegui y Elena Muñoz ganaron el sábado el Rallye "
        "Ribera del Duero con su Škoda Fabia RS Rally2. «Javier y Elena han sido impecables todo el fin "
        "de semana y se merecen esta victoria», afirmó el jefe del equipo, Ramón Zubiría.\n",
        "2026-03-22",
        ("Javier Elósegui", "Elena Muñoz"),
    ),
    "it": (
        "Carù e Morandini vincono il Rally del Montefeltro\n\n"
        "Urbino – 22 marzo 2026: Davide Carù e Alice Morandini hanno vinto sabato il Rally del Montefeltro "
        "con la loro Škoda Fabia RS Rally2. «Davide e Alice sono stati impeccabili per tutto il weekend e "
        "hanno meritato questa vittoria», ha dichiarato il team principal Gianni Bertolè.\n",
        "2026-03-22",
        ("Davide Carù", "Alice Morandini"),
    ),
    "pt": (
        "Valadão e Gusmão vencem o Rali de Montemor\n\n"
        "Montemor-o-Novo – 22 de março de 2026: Pedro Valadão e Joana Gusmão venceram no sábado o Rali de "
        "Montemor ao volante do seu Škoda Fabia RS Rally2. «O Pedro e a Joana foram irrepreensíveis "
        "durante todo o fim de semana e mereceram esta vitória», afirmou o diretor da equipa, Fernando "
        "Bragança.\n",
        "2026-03-22",
        ("Pedro Valadão", "Joana Gusmão"),
    ),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_quoted_team_principal_is_never_a_crew(lang: str) -> None:
    text, published, crew = TEAM_PRINCIPAL[lang]
    record = _record(text, lang)
    assert record["published"] == published
    assert _crews(record) == _expected_crews(crew)
    assert _class_results(record) == _expected_results(("overall", 1, crew))


# ---------------------------------------------------------------- 13. time penalty is no gap and no stage win

PENALTY = {
    "nl": (
        "Hoekstra wint Sallandrally, tijdstraf kost Wijnbergen de zege\n\n"
        "Raalte – 11 april 2026: Siebe Hoekstra en Joëlle Aarts hebben zaterdag de Sallandrally gewonnen "
        "in een totaaltijd van 1 uur, 48 minuten en 27,3 seconden. Gaël Wijnbergen en bijrijder Lieke "
        "Schröder eindigden als tweede in het algemeen klassement, op 38,2 seconden van de winnaars. "
        "Wijnbergen was in de zesde proef nog de snelste, maar kreeg daar een tijdstraf van een minuut "
        "wegens een valse start, waardoor het duo terugviel. De proefzege ging zo naar Hoekstra en Aarts.\n",
        "2026-04-11",
        ("Siebe Hoekstra", "Joëlle Aarts"),
        ("Gaël Wijnbergen", "Lieke Schröder"),
        60,
    ),
    "en": (
        "Kearney takes Nore Valley win as penalty sinks Corrigan\n\n"
        "Kilkenny – 18 April 2026: Tomás Kearney and Éabha Doyle won the Nore Valley Stages Rally on "
        "Saturday with a total time of 1h 48m 27.3s. Seán Corrigan and co-driver Aoife Mulcahy were second "
        "overall, 38.2s adrift, after a one-minute penalty for a jump start on SS6. Corrigan had set the "
        "fastest time on the stage, but the penalty dropped the pair down the order and the stage win went "
        "to Kearney and Doyle.\n",
        "2026-04-18",
        ("Tomás Kearney", "Éabha Doyle"),
        ("Seán Corrigan", "Aoife Mulcahy"),
        60,
    ),
    "fr": (
        "Mazeaud s'impose au Rallye des Causses, Lestrade pénalisé\n\n"
        "Millau – 25 avril 2026 : Aurélien Mazeaud et Céline Rouquié ont remporté samedi le Rallye des "
        "Causses en 1h48'27''3. Grégoire Lestrade et sa copilote Anaïs Fabrègue terminent deuxièmes du "
        "classement général à 38''2. Auteurs du meilleur temps dans la sixième spéciale, ils ont écopé "
        "d'une pénalité d'une minute pour un pointage en retard au contrôle horaire, ce qui les a fait "
        "reculer au classement ; la victoire dans la spéciale est revenue à Mazeaud et Rouquié.\n",
        "2026-04-25",
        ("Aurélien Mazeaud", "Céline Rouquié"),
        ("Grégoire Lestrade", "Anaïs Fabrègue"),
        60,
    ),
    "de": (
        "Pöschl gewinnt die Rallye Oberpfalz – Zeitstrafe wirft Kühnert zurück\n\n"
        "Cham – 2. Mai 2026: Tobias Pöschl und Lena Weißhaupt haben am Samstag die Rallye Oberpfalz mit "
        "einer Gesamtzeit von 1:48:27,3 Stunden gewonnen. Auf Gesamtrang zwei kamen Jürgen Kühnert und "
        "Beifahrerin Sophie Märtl mit 38,2 Sekunden Rückstand ins Ziel. Kühnert war auf WP6 eigentlich "
        "Schnellster, kassierte dort aber wegen eines Frühstarts eine Strafe von 30 Sekunden. Der Sieg auf "
        "der Wertungsprüfung ging damit an Pöschl und Weißhaupt.\n",
        "2026-05-02",
        ("Tobias Pöschl", "Lena Weißhaupt"),
        ("Jürgen Kühnert", "Sophie Märtl"),
        30,
    ),
    "es": (
        "Arrieta gana el Rallye Rioja Alavesa; una sanción frena a Ibáñez\n\n"
        "Laguardia – 9 de mayo de 2026: Ander Arrieta y Lucía Echániz ganaron el sábado el Rallye Rioja "
        "Alavesa con un tiempo total de 1h 48m 27,3s. Gonzalo Ibáñez y su copilota Begoña Sáez terminaron "
        "segundos de la general, a 38,2 segundos de los vencedores, lastrados por una penalización de un "
        "minuto por adelantarse en la salida del sexto tramo. Ibáñez había marcado el mejor tiempo en ese "
        "tramo, pero la sanción los hizo caer en la clasificación y la victoria en el tramo fue para "
        "Arrieta y Echániz.\n",
        "2026-05-09",
        ("Ander Arrieta", "Lucía Echániz"),
        ("Gonzalo Ibáñez", "Begoña Sáez"),
        60,
    ),
    "it": (
        "Zanè vince il Rally delle Prealpi Orobiche, penalità fatale a Bonì\n\n"
        "Bergamo – 16 maggio 2026: Matteo Zanè e Giulia Lucà hanno vinto sabato il Rally delle Prealpi "
        "Orobiche in 1h48'27\"3. Secondo posto assoluto per Federico Bonì e Martina Ferrè, staccati di "
        '38"2 al traguardo. Bonì e Ferrè avevano firmato il miglior tempo sulla PS6, ma una '
        "penalizzazione di trenta secondi per un ritardo al controllo orario li ha fatti scivolare "
        "indietro: la vittoria nella prova è così andata a Zanè e Lucà.\n",
        "2026-05-16",
        ("Matteo Zanè", "Giulia Lucà"),
        ("Federico Bonì", "Martina Ferrè"),
        30,
    ),
    "pt": (
        "Magalhães vence Rali de Castelo Branco; penalização afasta Sarmento\n\n"
        "Castelo Branco – 23 de maio de 2026: Tiago Magalhães e Mariana Simões venceram no sábado o Rali "
        "de Castelo Branco com um tempo total de 1h48m27,3s. Gonçalo Sarmento e o navegador André Lourenço "
        "terminaram em segundo lugar da geral, a 38,2s, depois de uma penalização de um minuto por falsa "
        "partida na sexta especial. Sarmento tinha sido o mais rápido nessa especial, mas a penalização "
        "fê-los cair na classificação e a vitória na especial foi atribuída a Magalhães e Simões.\n",
        "2026-05-23",
        ("Tiago Magalhães", "Mariana Simões"),
        ("Gonçalo Sarmento", "André Lourenço"),
        60,
    ),
}
PENALTY_TOTAL_SECONDS = 1 * 3600 + 48 * 60 + 27.3  # 6507.3
PENALTY_GAP_SECONDS = 38.2
PENALTY_STAGE = 6


@pytest.mark.parametrize("lang", LANGUAGES)
def test_time_penalty_is_neither_a_gap_nor_a_stage_win(lang: str) -> None:
    text, published, winner, second, penalty = PENALTY[lang]
    record = _record(text, lang)
    assert record["published"] == published
    assert _crews(record) == _expected_crews(winner, second)
    assert _class_results(record) == _expected_results(("overall", 1, winner), ("overall", 2, second))
    total = _seconds(_class_result_of(record, "overall", winner)["total_time"])
    assert total == pytest.approx(PENALTY_TOTAL_SECONDS, abs=0.05)
    gap = _seconds(_class_result_of(record, "overall", second)["gap"])
    assert gap == pytest.approx(PENALTY_GAP_SECONDS, abs=0.05)
    durations = [_seconds(r[key]) for r in record["class_results"] for key in ("total_time", "gap")]
    assert penalty not in durations, f"penalty of {penalty} s read as a class result duration: {durations!r}"
    stages = _stage_results(record)
    assert (PENALTY_STAGE, 1, frozenset(winner)) in stages, f"no stage win for {winner!r}: {stages!r}"
    wins_of_second = [key for key in stages if key[1] == 1 and key[2] == frozenset(second)]
    assert wins_of_second == [], f"penalised crew {second!r} read as a stage winner: {stages!r}"


LINE_UP = (
    "Kestrel Rally Raid mit drei Crews an der Rallye Dakar 2027\n\n"
    "Thun, 12. November 2026 – Das Berner Team Kestrel Rally Raid hat sein Aufgebot für die 49. "
    "Rallye Dakar bekanntgegeben. Vom 3. bis 17. Januar 2027 starten in Saudi-Arabien drei Crews "
    "für das Team.\n\n"
    "Angeführt wird das Team von Corsin Albrecht und seinem Navigator Théo Vuilleumier im Toyota "
    "Hilux.\n\n"
    "Rückblick auf die Dakar 2026\n\n"
    "Albrecht und Vuilleumier belegten an der Dakar 2026 Rang neun bei den Autos und gewannen die "
    "siebte Etappe. An der Dakar 2026 war das Team mit zwei Crews dabei.\n"
)


def test_a_line_up_for_next_years_event_reports_on_that_edition_not_the_last() -> None:
    """The dates open the sentence after the one naming the event: they are that event's, so the
    release is a preview of the 2027 edition, and the places under the look back are no results."""
    record = _record(LINE_UP, "de")
    assert _upcoming(record) == [("Rallye Dakar", "2027-01-03", "2027-01-17")]
    assert _same_event_name(record["event"]["name"], "Rallye Dakar")
    assert record["event"]["edition"] == 2027
    assert record["class_results"] == []
    assert record["stage_results"] == []


@pytest.mark.parametrize(
    ("lang", "text", "crews"),
    [
        (
            "fr",
            "Deuxième, à vingt-trois secondes : le Polonais Jakub Wróbel [prononcer « Yakoub Vroubel »], "
            "associé à Sylvain Mazoyer sur Citroën C3 Rally2.",
            [("Jakub Wróbel", "Sylvain Mazoyer")],
        ),
        (
            "en",
            "Norway's Henrik Solbakken [SOOL-bahk-en] and co-driver Øystein Lunde [ER-stine LOON-deh] "
            "finished second on the Central European Rally.",
            [("Henrik Solbakken", "Øystein Lunde")],
        ),
        (
            "de",
            "Zweiter wurde der Finne Juho Räsänen [sprich: JU-ho RÄ-sä-nen] mit Beifahrer Ilkka Mäkelä "
            "im Škoda Fabia.",
            [("Juho Räsänen", "Ilkka Mäkelä")],
        ),
    ],
)
def test_a_presenters_pronunciation_hint_after_a_name_is_read_past(
    lang: str, text: str, crews: list[tuple[str, ...]]
) -> None:
    """A broadcast script's hint in square brackets ("[sprich: …]", a respelling in stressed
    syllables) is no name and does not part a driver from the co-driver named after it."""
    record = _record(text, lang)
    assert _crews(record) == _expected_crews(*crews)
    for crew in record["crews"]:
        assert {e["text"] for e in crew["evidence"]} == set(crews[0])  # no hint in a name
        for evidence in crew["evidence"]:
            assert record["text"][evidence["start"] : evidence["end"]] == evidence["text"]


def test_a_french_demonym_after_au_or_aux_is_no_first_name() -> None:
    """ "revenue au Flandrien Wout Van Hoorebeke", "aux Limbourgeois Jarno Van Hoecke": "au" and
    "aux" are the article fused with "à", so the capitalised word after them is a noun."""
    record = _record(
        "Rallye de Wallonie\n\n"
        "La victoire finale est revenue au Flandrien Wout Van Hoorebeke, associé à Jens Claeys "
        "(Škoda Fabia RS Rally2). En Rally4, la victoire revient aux Limbourgeois Jarno Van Hoecke "
        "et Elien Cools (Peugeot 208 Rally4).",
        "fr",
    )
    assert _crews(record) == _expected_crews(
        ("Wout Van Hoorebeke", "Jens Claeys"), ("Jarno Van Hoecke", "Elien Cools")
    )


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        (
            "fr",
            "Alès, 24 octobre 2026 – Prochain rendez-vous : le Rallye du Var, du vendredi vingt au "
            "dimanche vingt-deux novembre.",
            ("Rallye du Var", "2026-11-20", "2026-11-22"),
        ),
        (
            "en",
            "Budapest, 24 October 2026 – Next up is the Dakar Rally, from the third to the seventeenth "
            "of January.",
            ("Dakar Rally", "2027-01-03", "2027-01-17"),
        ),
        (
            "de",
            "Wien, 24. Oktober 2026 – Weiter geht es mit der Rallye Dakar vom dritten bis siebzehnten "
            "Jänner.",
            ("Rallye Dakar", "2027-01-03", "2027-01-17"),
        ),
        (
            "it",
            "Sanremo, 11 ottobre 2026 – Prossimo appuntamento il Rally di Sanremo, dal trentuno ottobre "
            "al primo novembre.",
            ("Rally di Sanremo", "2026-10-31", "2026-11-01"),
        ),
    ],
)
def test_an_event_announced_with_its_dates_in_words_is_upcoming(
    lang: str, sentence: str, expected: tuple[str, str, str]
) -> None:
    """A broadcast script speaks its dates ("du trois au dix-sept janvier"): read as the digits
    they stand for, with the words' offsets."""
    record = _record(f"Rally\n\n{sentence}\n", lang)
    assert [(s, e) for n, s, e in _upcoming(record) if _same_event_name(n, expected[0])] == [expected[1:]]
    for event in record["upcoming_events"]:
        for evidence in event["evidence"]:
            assert record["text"][evidence["start"] : evidence["end"]] == evidence["text"]


def test_a_mails_salutation_greets_no_crew() -> None:
    """ "Bonjour Raphaël," opens a press officer's reply (tests/fresh29): the greeted journalist
    is no competitor, and the places told in the answers stay with the crews they name."""
    path = Path(__file__).parent / "fresh29" / "fr" / "ecurie-trois-dranses-rallye-du-valais-2026-reply.eml"
    record = extract_dict(path.read_bytes(), path.name)
    assert not [crew for crew in _crews(record) if any("Bonjour" in name for name in crew)]
    assert ("overall", 2, frozenset({"Noah Berclaz", "Jessica Mottier"})) in _class_results(record)


def test_a_headlines_two_surnames_are_no_crew_when_the_body_pairs_each_with_another() -> None:
    """ "… – Brüggemann / Hradil" heads a team's mail on its two drivers; the body names each with
    a co-driver, and those are the crews."""
    record = _record(
        "Ihre Fragen zur Central European Rally – Brüggemann / Hradil\n\n"
        "Hendrik Brüggemann und seine Beifahrerin Lotta Fahrenholz (Škoda Fabia RS Rally2) haben die "
        "Rallye als Dritte der WRC2 beendet.\n\n"
        "Jakub Hradil und Vojtěch Šebesta (Škoda Fabia RS Rally2) sind auf WP 9 ausgefallen.\n",
        "de",
    )
    assert _crews(record) == _expected_crews(
        ("Hendrik Brüggemann", "Lotta Fahrenholz"), ("Jakub Hradil", "Vojtěch Šebesta")
    )


def test_a_headlines_crew_named_again_in_the_body_is_still_one_crew() -> None:
    """ "Ogier / Landais" in the headline and together in the body: one crew, as before."""
    record = _record(
        "Rallye Monte-Carlo: Ogier / Landais gewinnen\n\n"
        "Sébastien Ogier und Vincent Landais gewannen die Rallye Monte-Carlo vor Elfyn Evans und "
        "Scott Martin.\n",
        "de",
    )
    assert _crews(record) == _expected_crews(
        ("Sébastien Ogier", "Vincent Landais"), ("Elfyn Evans", "Scott Martin")
    )


@pytest.mark.parametrize(
    ("lang", "text", "winner", "seconds"),
    [
        (
            "en",
            "Henrik Solbakken and Øystein Lunde won the Central European Rally. Their total time was two "
            "hours, fifty-one minutes and thirty-four point six seconds.",
            ("Henrik Solbakken", "Øystein Lunde"),
            10294.6,
        ),
        (
            "de",
            "Ondřej Kubíček und Florian Haidinger gewannen die Herbstrallye Dobersberg. Sie waren eine "
            "Stunde, achtundzwanzig Minuten und sechs Komma zwei Sekunden unterwegs.",
            ("Ondřej Kubíček", "Florian Haidinger"),
            5286.2,
        ),
        (
            "it",
            "Matevž Kovačič e Federico Parodi vincono il Rallye Sanremo. Hanno coperto le dieci prove "
            "speciali in un'ora, cinquantadue minuti, diciotto secondi e quattro decimi.",
            ("Matevž Kovačič", "Federico Parodi"),
            6738.4,
        ),
    ],
)
def test_a_spoken_total_time_keeps_its_hour_and_its_decimals(
    lang: str, text: str, winner: tuple[str, str], seconds: float
) -> None:
    """A broadcast script says its times: "thirty-four point six seconds", "sechs Komma zwei
    Sekunden" (text2num's decimals), "eine Stunde", "un'ora" (one, as text2num leaves it)."""
    record = _record(f"Rally\n\n{text}\n", lang)
    total = _seconds(_class_result_of(record, "overall", winner)["total_time"])
    assert total == pytest.approx(seconds)


def test_an_article_before_a_portuguese_first_name_is_no_noun() -> None:
    """ "a Inês Sarmento Góis e o Pedro Vaz-Taborda": in Portuguese the article stands before a
    first name (the language file says so), so the name keeps its first word."""
    record = _record(
        "Baja Portalegre 500\n\nÉ verdade, mas acabou bem. A Inês Sarmento Góis e o Pedro Vaz-Taborda "
        "venceram a categoria SSV.\n",
        "pt",
    )
    assert _crews(record) == _expected_crews(("Inês Sarmento Góis", "Pedro Vaz-Taborda"))


def test_a_podium_caption_run_on_with_commas_places_each_crew() -> None:
    """ "Podium de la classe Rally4 : 1. A / B, 2. C / D, 3. E / F": a numbered list run on in one
    line, its places parted by commas (a gallery's caption), not by semicolons."""
    record = _record(
        "Rallye du Condroz-Huy\n\nHuy, 2 novembre 2026 – Maxime Delvigne et Céline Lacroix-Haumont ont "
        "remporté le Rallye du Condroz-Huy.\n\nPodium de la classe Rally4 : 1. Émilie Fraipont / Aurore "
        "Dessart, 2. Robin Thiry / Ludovic Gérôme, 3. Sander Mertens / Jolien Bogaert (tous sur Peugeot "
        "208 Rally4).\n",
        "fr",
    )
    assert _class_results(record) == _expected_results(
        ("overall", 1, ("Maxime Delvigne", "Céline Lacroix-Haumont")),
        ("Rally4", 1, ("Émilie Fraipont", "Aurore Dessart")),
        ("Rally4", 2, ("Robin Thiry", "Ludovic Gérôme")),
        ("Rally4", 3, ("Sander Mertens", "Jolien Bogaert")),
    )


def test_a_tickers_standings_by_surname_after_commas_are_no_places() -> None:
    """ "Au général : 1. Sérandour, 2. Lévêque à 1''6, 3. Rebuffat à 13''5" in a live ticker: the
    standings while the rally runs, surnames only, stay unread as before."""
    record = _record(
        "Rallye du Mont-Blanc\n\n• 13h24 Mathieu Lévêque répond dans l'ES13 : meilleur temps. Au "
        "général : 1. Adrien Sérandour, 2. Lévêque à 1''6, 3. Rebuffat à 13''5.\n",
        "fr",
    )
    assert not [r for r in record["class_results"] if r["position"] in (2, 3)]


def test_a_podium_caption_numbered_with_ordinal_indicators_places_each_crew() -> None:
    """ "Pódio da categoria UTV: 1º A / B, 2º C / D, 3º E / F": the places run on in one line,
    numbered with the ordinal indicator instead of a full stop."""
    record = _record(
        "Rally dos Sertões\n\nGoiânia, 30 de agosto de 2026 – A equipa fechou a prova com a vitória na "
        "categoria UTV.\n\nPódio da categoria UTV em São Luís: 1º Larissa Ferraz Quintela / Beatriz "
        "Okamoto (Jaguaraçu Rally), 2º Ricardo Tsunoda Lima / Pedro Henrique Ávila, 3º Guillermo Paz "
        "Arrieta / Mauro Fontes (Can-Am Maverick R).\n",
        "pt",
    )
    assert _class_results(record) == _expected_results(
        ("SSV", 1, ("Larissa Ferraz Quintela", "Beatriz Okamoto")),
        ("SSV", 2, ("Ricardo Tsunoda Lima", "Pedro Henrique Ávila")),
        ("SSV", 3, ("Guillermo Paz Arrieta", "Mauro Fontes")),
    )


def test_a_flemish_provinces_demonym_is_no_first_name() -> None:
    """ "De Oost-Vlaming en zijn bijrijdster Joëlle Baert": the province's demonym (as "West-Vlaming"
    already was) is no person; the crew is the driver named before and his co-driver."""
    record = _record(
        "Condroz Rally\n\nWannes Delvaux heeft vanmiddag de Condroz Rally gewonnen. De Oost-Vlaming en "
        "zijn bijrijdster Joëlle Baert waren na twaalf klassementsproeven de snelsten.\n",
        "nl",
    )
    assert _crews(record) == _expected_crews(("Wannes Delvaux", "Joëlle Baert"))


def test_a_demonym_between_with_and_a_name_leaves_the_crew_whole() -> None:
    """ "Jakub Wróbel, associé au Lozérien Sylvain Mazoyer": the demonym (one no list holds, known by
    its ending) describes the co-driver named after it and does not part him from the driver."""
    record = _record(
        "Rallye des Cévennes\n\nAlès, 24 octobre 2026 – Deuxième : Jakub Wróbel, associé au Lozérien "
        "Sylvain Mazoyer sur Citroën C3 Rally2.\n",
        "fr",
    )
    assert _crews(record) == _expected_crews(("Jakub Wróbel", "Sylvain Mazoyer"))
    assert _class_results(record) == _expected_results(("overall", 2, ("Jakub Wróbel", "Sylvain Mazoyer")))


@pytest.mark.parametrize(
    ("lang", "sentence", "rider"),
    [
        (
            "en",
            "On two wheels, Argentina's Facundo Ibáñez, number 63, rides a KTM 450 Rally Replica in the "
            "Rally2 class.",
            "Facundo Ibáñez",
        ),
        ("de", "- Gian-Luca Pedrazzini auf der KTM 450 Rally Replica (Rally2)", "Gian-Luca Pedrazzini"),
    ],
)
def test_one_name_beside_a_motorcycles_make_is_a_rider(lang: str, sentence: str, rider: str) -> None:
    """A line-up names its rider once, beside the bike: a make that builds only motorcycles makes
    the one person named with it a solo crew."""
    record = _record(f"Dakar 2027\n\n{sentence}\n", lang)
    assert _crews(record) == _expected_crews((rider,))


def test_an_italian_prova_after_an_ordinal_is_a_stage_where_its_clause_ends() -> None:
    """ "hanno vinto la terza e la settima prova", "Kovačič ha vinto la nona prova, …": stages;
    "la quinta prova del campionato" stays the championship's round."""
    record = _record(
        "Rallye Sanremo\n\nSanremo, 11 ottobre 2026 – Edoardo Sciaccaluga e Beatrice Noli hanno vinto la "
        "terza e la settima prova. Matevž Kovačič e Federico Parodi hanno vinto la nona prova, la "
        "Ronde di Langan. Il Rallye Sanremo era la quinta prova del campionato.\n",
        "it",
    )
    assert _stage_results(record) == Counter(
        {
            (3, 1, frozenset({"Edoardo Sciaccaluga", "Beatrice Noli"})): 1,
            (7, 1, frozenset({"Edoardo Sciaccaluga", "Beatrice Noli"})): 1,
            (9, 1, frozenset({"Matevž Kovačič", "Federico Parodi"})): 1,
        }
    )


@pytest.mark.parametrize(
    ("lang", "text", "upcoming"),
    [
        (
            "en",
            "Media invitation\n\nBanbury, 10 November 2026 – Kestrel Racing invites you to its Dakar "
            "Rally press conference on 26 November at its workshop. The Dakar Rally runs from 2 to 16 "
            "January.\n",
            [("Dakar Rally", "2027-01-02", "2027-01-16")],
        ),
        (
            "de",
            "Einladung\n\nSalzgitter, 10. November 2026 – Zur Pressekonferenz „Mission Dakar 2027“ am 26. "
            "November laden wir herzlich ein. Die Rallye Dakar 2027 findet vom 3. bis 17. Januar statt.\n",
            [("Rallye Dakar", "2027-01-03", "2027-01-17")],
        ),
    ],
)
def test_a_press_conference_day_dates_no_event(
    lang: str, text: str, upcoming: list[tuple[str, str, str]]
) -> None:
    """An invitation's press conference is an appointment of the press: its day dates none of the
    events the invitation names (language files' `media_event_words`)."""
    record = _record(text, lang)
    assert [(u["name"], u["start"], u["end"]) for u in record["upcoming_events"]] == upcoming


@pytest.mark.parametrize(
    ("lang", "sentence", "crew"),
    [
        (
            "pt",
            "O rali terminou com a vitória de Guilherme Sant'Anna Ribas e do navegador Everton Maciel Dantas "
            "(Toyota Hilux).",
            ("Guilherme Sant'Anna Ribas", "Everton Maciel Dantas"),
        ),
        (
            "it",
            "Hanno vinto Matteo Dell'Acqua e Sara Bonfanti (Škoda Fabia RS Rally2).",
            ("Matteo Dell'Acqua", "Sara Bonfanti"),
        ),
    ],
)
def test_an_elided_prefix_opens_a_surname(lang: str, sentence: str, crew: tuple[str, ...]) -> None:
    """ "Sant'Anna", "Dell'Acqua": a surname whose capital follows an elided word, like "O'Brien",
    alone or before a second surname (base.yaml `inner_capital_prefixes`)."""
    record = _record(f"Rali\n\nBotucatu, 3 de novembro de 2026 – {sentence}\n", lang)
    assert _crews(record) == _expected_crews(crew)


def test_an_invitation_that_recaps_the_last_event_reports_on_it() -> None:
    """A press invitation for the next event that first recaps the last one: the recap's places
    are results and its event is the one reported on; the next event stays announced."""
    text = (
        "Invitation: press conference – Dakar Rally 2027 (26 November, Banbury)\n\n"
        "Banbury, 10 November 2026\n\n"
        "Dear colleagues, Kestrel Racing invites you to meet its crews before the Dakar Rally.\n\n"
        "BAJA ARAGÓN IN SHORT\n\n"
        "Ewan MacLachlan and Inès Boudjema won the Baja Aragón in their Toyota Hilux, in 7:41:09. "
        "Harriet Alcock and Sanna Öhman were second, 2m 10s behind. Third were Wojciech Brzęczek and "
        "Tomáš Kříž (Ford Raptor).\n\n"
        "DAKAR RALLY 2027\n\n"
        "The Dakar Rally runs from 2 to 16 January 2027 in Saudi Arabia.\n"
    )
    record = _record(text, "en")
    assert (record["event"]["name"], record["event"]["edition"]) == ("Baja Aragón", 2026)
    assert _class_results(record) == _expected_results(
        ("overall", 1, ("Ewan MacLachlan", "Inès Boudjema")),
        ("overall", 2, ("Harriet Alcock", "Sanna Öhman")),
        ("overall", 3, ("Wojciech Brzęczek", "Tomáš Kříž")),
    )
    assert [(u["name"], u["start"], u["end"]) for u in record["upcoming_events"]] == [
        ("Dakar Rally", "2027-01-02", "2027-01-16")
    ]


@pytest.mark.parametrize(
    ("lang", "notes", "results"),
    [
        (
            "en",
            "1. Ward and Roussel won in 3:02:41.5. They led from the second stage and never looked back, "
            "even when a puncture cost them twenty seconds on the Sunday loop.\n\n"
            "7. The Junior class went to Mikkel Thorsager and Aurélien Brisset in a Peugeot 208 Rally4. "
            "They were second in class until the final morning, when the leaders slid off.\n",
            [("junior", 1, ("Mikkel Thorsager", "Aurélien Brisset"))],
        ),
        (
            "de",
            "6. Die Juniorwertung gewannen Lasse Ødegaard und Mirko Štefanović im Peugeot 208 Rally4. Sie "
            "lagen bis zum Schlusstag auf Rang zwei der Klasse und profitierten dann vom Ausfall der "
            "Führenden.\n",
            [("junior", 1, ("Lasse Ødegaard", "Mirko Štefanović"))],
        ),
    ],
)
def test_a_numbered_note_of_several_sentences_is_no_place(
    lang: str, notes: str, results: list[tuple[str, int, tuple[str, ...]]]
) -> None:
    """A notebook's "7. The Junior class went to …" numbers its note: the place is the one its
    sentences tell, never the note's number."""
    record = _record(f"Ten things we learned\n\nRallye Hasselt, 12 October 2026\n\n{notes}", lang)
    assert _class_results(record) == _expected_results(*results)


def test_a_descriptor_and_his_co_driver_described_by_a_demonym_are_one_crew() -> None:
    """ "Der Schweizer und sein österreichischer Beifahrer X": the one the sentence before named
    alone and his co-driver, whatever demonym stands before the role."""
    record = _record(
        "Rallye du Maroc\n\nErfoud, 12. Oktober 2026 – Das Aus kam für Jonas Wettstein viel zu früh. Der "
        "Schweizer und sein österreichischer Beifahrer Benedikt Aigner hatten noch die zweite Etappe "
        "gewonnen.\n",
        "de",
    )
    assert _crews(record) == _expected_crews(("Jonas Wettstein", "Benedikt Aigner"))


def test_a_german_endzeit_gives_the_winners_total() -> None:
    """ "Die Endzeit der Sieger: 17 Stunden, 42 Minuten und 18 Sekunden": the final time, a total;
    "X und Y kamen auf 17:49:02 Stunden" one too (language file's `total_time_cues`)."""
    record = _record(
        "Rallye du Maroc\n\nErfoud, 12. Oktober 2026 – Kasper Lindqvist und Øyvind Rønning gewannen die "
        "Rallye du Maroc vor Faisal Al-Haddad und Mathieu Lévêque. Lindqvist und Rønning gewannen die "
        "fünfte und letzte Etappe. Die Endzeit der Sieger: 17 Stunden, 42 Minuten und 18 Sekunden. "
        "Al-Haddad und Lévêque kamen auf 17:49:02 Stunden.\n",
        "de",
    )
    totals = {
        frozenset(_crew_names(record)[r["crew"]]): r["total_time"]["seconds"]
        for r in record["class_results"]
        if r["total_time"]
    }
    assert totals == {
        frozenset({"Kasper Lindqvist", "Øyvind Rønning"}): 63738.0,
        frozenset({"Faisal Al-Haddad", "Mathieu Lévêque"}): 64142.0,
    }


def test_a_sentence_opening_on_a_past_year_tells_of_that_year() -> None:
    """A columnist's own past: "When I came here in 2019 in a Fabia R5, I finished ninth in WRC2"
    places no one in this year's rally: the year's clause opens the sentence, the place is after
    its comma."""
    record = _record(
        "Rally Chile\n\nConcepción, 15 September 2026 – Oskar Lõhmus and Tarmo Väärsi won Rally Chile. "
        "When they first came here in 2019 in a Fabia R5, Dale Whitcombe and Ian Moss finished ninth.\n",
        "en",
    )
    assert _class_results(record) == _expected_results(("overall", 1, ("Oskar Lõhmus", "Tarmo Väärsi")))


def test_a_press_conference_named_in_a_headline_dates_no_event() -> None:
    """ "Invito conferenza stampa – … verso il Monza Rally Show (18 novembre, Varese)": a headline's
    press conference reaches the day at the end of its clause; the event's own dates stand."""
    record = _record(
        "Invito conferenza stampa – Tre Laghi Corse verso il Monza Rally Show (18 novembre, Varese)\n\n"
        "Varese, 9 novembre 2026 – La stagione si chiuderà con il Monza Rally Show, in programma dal 4 al "
        "6 dicembre all'Autodromo Nazionale.\n",
        "it",
    )
    assert _upcoming(record) == [("Monza Rally Show", "2026-12-04", "2026-12-06")]


def test_an_invitation_headline_without_dates_still_reports_on_the_recapped_event() -> None:
    """An invitation whose headline names its press conference but no date: the recap's event is
    reported on all the same, not the next event the press conference is about."""
    text = (
        "Einladung: Pressekonferenz „Mission Dakar 2027“\n\n"
        "Salzgitter, 10. November 2026\n\n"
        "Sehr geehrte Damen und Herren, wir laden Sie zur Pressekonferenz vor der Rallye Dakar ein.\n\n"
        "RÜCKBLICK: BAJA PORTALEGRE 500\n\n"
        "Henning Brakelmann und Jarosław Wąsik gewannen die Baja Portalegre 500 in 8:52:10 Stunden. "
        "Zweite wurden Teun van Dalfsen und Bram Oosting. Dritte wurden Ludmila Vrbová und Radek Šťastný.\n\n"
        "AUSBLICK\n\n"
        "Die Rallye Dakar 2027 findet vom 3. bis 17. Januar 2027 in Saudi-Arabien statt.\n"
    )
    record = _record(text, "de")
    assert (record["event"]["name"], record["event"]["edition"]) == ("Baja Portalegre 500", 2026)
    assert _class_results(record) == _expected_results(
        ("overall", 1, ("Henning Brakelmann", "Jarosław Wąsik")),
        ("overall", 2, ("Teun van Dalfsen", "Bram Oosting")),
        ("overall", 3, ("Ludmila Vrbová", "Radek Šťastný")),
    )
    assert _upcoming(record) == [("Rallye Dakar", "2027-01-03", "2027-01-17")]


@pytest.mark.parametrize(
    ("lang", "sentence", "seconds"),
    [
        (
            "it",
            "Lorenzo Bianchessi e Gaia Raimondi hanno vinto la PS7 in 9 minuti, 48 secondi e 3 decimi.",
            588.3,
        ),
        (
            "it",
            "Lorenzo Bianchessi e Gaia Raimondi hanno vinto la PS7 in un'ora, 4 minuti e 51 secondi.",
            3891.0,
        ),
        (
            "es",
            "Íñigo Zubeldia y Maialen Goikoetxea ganaron el TC7 en 9 minutos y 41 segundos con 3 décimas.",
            581.3,
        ),
        (
            "de",
            "Henning Brakelmann und Jarosław Wąsik gewannen die WP7 in 9 Minuten, 48 Sekunden und 3 Zehntel.",
            588.3,
        ),
    ],
)
def test_tenths_and_one_hour_in_words_complete_a_time_in_digits(
    lang: str, sentence: str, seconds: float
) -> None:
    """ "48 secondi e 3 decimi", "12 segundos con 4 décimas": tenths in words after the seconds in
    digits; "un'ora, 4 minuti e 51 secondi": one hour in words before them. The whole is one time."""
    record = _record(f"Rally\n\nComo, 2 novembre 2026 – {sentence}\n", lang)
    assert [(r["stage"], r["position"], r["time"]["seconds"]) for r in record["stage_results"]] == [
        (7, 1, seconds)
    ]


def test_won_by_a_time_is_a_margin_not_a_win_given_to_someone() -> None:
    """ "led from the first stage to the last and won by nine minutes and 12 seconds": "won by"
    before a time gives the margin, no stage win and no stage time."""
    record = _record(
        "Rallye du Maroc\n\nAgadir, 16 October 2026 – In the SSV category, Antonia Riquelme and navigator "
        "Bruno Ferraz led from the first stage to the last and won by nine minutes and 12 seconds.\n",
        "en",
    )
    assert record["stage_results"] == []


def test_a_place_before_a_comma_does_not_break_a_driver_and_co_driver() -> None:
    """ "sulle strade del Triangolo Lariano, Lorenzo Bianchessi e la navigatrice Gaia Raimondi": the
    name before the comma is a place; the driver and the co-driver after it are one crew."""
    record = _record(
        "Rally\n\nComo, 2 novembre 2026 – Domenica, sulle strade del Triangolo Lariano, Lorenzo Bianchessi "
        "e la navigatrice Gaia Raimondi (Škoda Fabia RS Rally2) hanno vinto il rally.\n",
        "it",
    )
    assert _crews(record) == _expected_crews(("Lorenzo Bianchessi", "Gaia Raimondi"))


@pytest.mark.parametrize(
    ("name", "event"),
    [("Rally Trofeo ACI Como", "Rally Trofeo ACI Como"), ("Coppa Rally di Zona", None)],
)
def test_an_event_named_after_a_trophy_is_an_event(name: str, event: str | None) -> None:
    """ "Rally Trofeo ACI Como": the event word first and a trophy's word inside name a rally; "Coppa
    Rally di Zona", the trophy's word first, names the trophy."""
    record = _record(
        f"Cronaca\n\nComo, 2 novembre 2026 – Lorenzo Bianchessi e Gaia Raimondi hanno vinto il 45° {name}.\n",
        "it",
    )
    assert (record["event"] or {}).get("name") == event


def test_sponsors_named_by_their_trade_are_no_crew() -> None:
    """ "gesteund door Kempen Staalbouw, Van Eert Logistiek en Brabantse Bodem Advies": three
    companies named by their trade (base.yaml organisation words and suffixes), no crew of three
    though a truck's crew of three runs in the release."""
    record = _record(
        "Baja Portalegre 500\n\nOirschot, 3 november 2026 – Bram Schuttelaar en navigatrice Maëlle "
        "Rocheteau werden vijfde bij de auto's. Onze truck met Harm-Jan Ruisbroek, navigator Dirk "
        "Hoebergen en monteur Łukasz Przęślica won de truckklasse in 8:12:44.\n\n"
        "Team Heidezand is een rally-raidteam uit Oirschot dat sinds 2014 aan de Dakar Rally deelneemt. "
        "Het team wordt gesteund door onder meer Kempen Staalbouw, Van Eert Logistiek en Brabantse Bodem "
        "Advies.\n",
        "nl",
    )
    assert _crews(record) == _expected_crews(
        ("Bram Schuttelaar", "Maëlle Rocheteau"), ("Harm-Jan Ruisbroek", "Dirk Hoebergen", "Łukasz Przęślica")
    )


def test_a_german_technical_chief_is_an_official() -> None:
    """ "sowie Technikchef Matthias Quandt": a team's technical chief on a press conference's
    podium is an official, no crew and no part of a name."""
    record = _record(
        "Baja Portalegre 500\n\nSalzgitter, 10. November 2026 – Henning Brakelmann und Jarosław Wąsik "
        "gewannen die Baja Portalegre 500. Auf dem Podium: Teamchef Reinhard Oltrogge, alle Fahrerinnen "
        "und Fahrer sowie Technikchef Matthias Quandt.\n",
        "de",
    )
    assert _crews(record) == _expected_crews(("Henning Brakelmann", "Jarosław Wąsik"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Seville, 28 September 2026 – Joaquim Arrabaça and Rúben Tavares won the Andalucía Rally on "
            "Sunday. The winning time was 17 hours, 42 minutes and 18 seconds.",
        ),
        (
            "de",
            "Sevilla, 28. September 2026 – Joaquim Arrabaça und Rúben Tavares gewannen die Andalucía Rally. "
            "Die Siegerzeit: 17:42:18 Stunden.",
        ),
    ],
)
def test_the_winning_time_is_the_winners_total(lang: str, text: str) -> None:
    """ "The winning time was 17 hours, 42 minutes and 18 seconds", "Die Siegerzeit: 17:42:18
    Stunden": the winners' total, though the sentence names no one."""
    record = _record(f"Andalucía Rally\n\n{text}\n", lang)
    assert [(r["position"], r["total_time"]["seconds"]) for r in record["class_results"]] == [(1, 63738.0)]


@pytest.mark.parametrize(
    ("lang", "notes", "results"),
    [
        (
            "nl",
            "4. Kroesbergen reed een sterke rally, maar kwam net tekort\n"
            "Matthijs Kroesbergen en zijn Noorse navigator Eskil Brækhus eindigden als tweede.\n",
            [("overall", 2, ("Matthijs Kroesbergen", "Eskil Brækhus"))],
        ),
        (
            "it",
            "4. Mercato: Oskar Nyberg e Håkon Bjørnstad firmano per il 2027\n"
            "Lo svedese e il navigatore norvegese hanno firmato un contratto biennale.\n",
            [],
        ),
    ],
)
def test_a_numbered_note_title_is_no_place(
    lang: str, notes: str, results: list[tuple[str, int, tuple[str, ...]]]
) -> None:
    """A note's title over its paragraph ("4. Kroesbergen reed een sterke rally, …", "4. Mercato:
    … firmano per il 2027"): a clause with no time or count, its number no place."""
    record = _record(f"Negen dingen\n\nAgadir, 13 oktober 2026\n\n{notes}", lang)
    assert _class_results(record) == _expected_results(*results)


def test_a_make_written_in_lower_case_is_a_word_before_a_name() -> None:
    """ "home hero Haruto Kisaragi": "hero" is a motorcycle make only with its capital ("Hero 450
    Rally"); in lower case it is a word, and the name after it a person's."""
    record = _record(
        "Rally Japan\n\nToyota City, 15 November 2026 – Home hero Haruto Kisaragi, with co-driver Kenji "
        "Ōtsuka, was third.\n",
        "en",
    )
    assert _class_results(record) == _expected_results(("overall", 3, ("Haruto Kisaragi", "Kenji Ōtsuka")))


@pytest.mark.parametrize(
    ("lang", "sentence", "crew"),
    [
        (
            "pt",
            "Na quinta etapa, João Pedro Arruda Corte-Real e Filipa Mesquita Abreu (Ford Raptor) venceram.",
            ("João Pedro Arruda Corte-Real", "Filipa Mesquita Abreu"),
        ),
        (
            "es",
            "Ganaron María José Ortega Ruiz-Tagle y Ana Lucía Pérez (Toyota Hilux).",
            ("María José Ortega Ruiz-Tagle", "Ana Lucía Pérez"),
        ),
    ],
)
def test_a_long_name_ending_on_a_hyphenated_surname_is_whole(
    lang: str, sentence: str, crew: tuple[str, ...]
) -> None:
    """ "João Pedro Arruda Corte-Real": two first names, a surname and a hyphenated one, one name."""
    record = _record(f"Rali\n\nAgadir, 13 de outubro de 2026 – {sentence}\n", lang)
    assert _crews(record) == _expected_crews(crew)


def test_a_columnist_writing_of_others_is_no_crew() -> None:
    """A former driver's column, in the first person, on other crews' rally (tests/fresh30): the
    author the front matter names is the narrator, but no crew where no result of this event places
    them (their fourth place of 2004 is history) and no co-driver rides with them."""
    path = Path(__file__).parent / "fresh30" / "fr" / "virage-mag-rallye-de-sardaigne-2026-column.md"
    record = extract_dict(path.read_bytes(), str(path))
    people = {name for crew in _crews(record) for name in crew}
    assert "Gilles Maréchal" not in people
    assert frozenset({"Eetu Lähteenmäki", "Aleksi Rautiainen"}) in _crews(record)


@pytest.mark.parametrize(
    ("lang", "text", "upcoming"),
    [
        (
            "es",
            "Fiambalá, 7 de septiembre de 2026 – El Mundial sigue en el Rallye du Maroc, del 10 al 15 de "
            "octubre. Y después, el gran objetivo: el Dakar, del 2 al 16 de enero en Arabia Saudí.",
            [("Rallye du Maroc", "2026-10-10", "2026-10-15"), ("Dakar", "2027-01-02", "2027-01-16")],
        ),
    ],
)
def test_an_event_named_without_an_event_word_after_an_article_is_announced(
    lang: str, text: str, upcoming: list[tuple[str, str, str]]
) -> None:
    """ "el Dakar, del 2 al 16 de enero": a name set off after an article before future dates is the
    event they are of, beside events named with an event word (a place set off by commas is not:
    the name must follow an article)."""
    record = _record(f"Rally\n\n{text}\n", lang)
    assert _upcoming(record) == upcoming


def test_a_heading_names_the_event_its_paragraph_dates() -> None:
    """ "EL RALLYE COMUNIDAD DE MADRID – RACE" over "La prueba final del campeonato se disputará los
    días 20 y 21 de noviembre": the paragraph speaks of "the event" the heading names."""
    record = _record(
        "Convocatoria de prensa\n\nMadrid, 27 de octubre de 2026 – Íñigo Zubeldia y Maialen Goikoetxea "
        "ganaron el Rallye de Ferrol, segundos fueron Xurxo Lamas y Antía Bouzas, terceros Raúl "
        "Benavente y Sergio Mollá.\n\n"
        "EL RALLYE COMUNIDAD DE MADRID – RACE\n\n"
        "La prueba final del campeonato se disputará los días 20 y 21 de noviembre, con doce tramos.\n",
        "es",
    )
    assert _upcoming(record) == [("RALLYE COMUNIDAD DE MADRID", "2026-11-20", "2026-11-21")]


def test_the_portuguese_czech_told_again_is_the_czech_crew() -> None:
    """ "do checo Marek Dvořák … No sábado, o checo voltou a ganhar na PEC4": "checo", the
    masculine of Portugal's spelling, describes the Czech crew, not the one named just before."""
    record = _record(
        "Rali Casinos do Algarve\n\nLOULÉ, 8 de novembro de 2026 – Bernardo Quintela Valente e o navegador "
        "Rui Pestana Carvalhal venceram o Rali, 14,6 segundos à frente do checo Marek Dvořák, que fazia "
        "equipa com o navegador Tomáš Hruška.\n\n"
        "Dvořák venceu a PEC1, mas Quintela respondeu na PEC2. No sábado, o checo voltou a ganhar na PEC4.\n",
        "pt",
    )
    wins = {(stage, names) for stage, position, names in _stage_results(record) if position == 1}
    assert (4, frozenset({"Marek Dvořák", "Tomáš Hruška"})) in wins


def test_a_short_numbered_title_right_over_its_paragraph_is_no_place() -> None:
    """ "5. El Ghazouani is klaar voor het grote werk" right over a paragraph of running text: the
    note's title, two words of a clause are enough there; its number is no place."""
    record = _record(
        "Negen dingen\n\nAgadir, 13 oktober 2026\n\n"
        "5. El Ghazouani is klaar voor het grote werk\n"
        "Thuisrijder Oussama El Ghazouani werd met copiloot Yassine Amrabti derde en vervolledigde zo het "
        "podium. Een Marokkaan op het podium van zijn eigen rally: dat was geleden van de jaren negentig.\n",
        "nl",
    )
    assert _class_results(record) == _expected_results(
        ("overall", 3, ("Oussama El Ghazouani", "Yassine Amrabti"))
    )


def test_a_square_named_after_its_town_is_no_co_driver() -> None:
    """ "im Servicepark am Husumer Rathausplatz": an adjective of a town and a compound naming a
    square, no person; the co-driver named before it stays with the driver."""
    record = _record(
        "Heimspiel\n\nHusum, 21. September 2026 – Aus dem Kreis fuhr Tjark Petersen am stärksten. "
        "Der 27-jährige Husumer, der mit seinem Beifahrer Nils Carstensen einen Citroën C3 Rally2 fährt, "
        "wurde Vierter. "
        "„Das war ein Traum“, sagte Petersen im Servicepark am Husumer Rathausplatz.\n",
        "de",
    )
    assert _crews(record) == _expected_crews(("Tjark Petersen", "Nils Carstensen"))


@pytest.mark.parametrize(
    ("lang", "thanks"),
    [
        (
            "en",
            "Big thanks to all our partners, without them this season would be not possible: Hronec "
            "Stavby s.r.o., Vlkolínec Pneu, TRNAVA Plast a.s., Malinová Káva, Oravský Pivovar and Zvolen "
            "Kovo Sp. z o.o.",
        ),
        (
            "fr",
            "Un grand merci à nos partenaires, sans qui rien n'est possible : Hronec Stavby s.r.o., "
            "Vlkolínec Pneu, TRNAVA Plast a.s., Malinová Káva, Oravský Pivovar et Zvolen Kovo Kft.",
        ),
    ],
)
def test_partners_with_legal_forms_in_a_thank_you_are_no_crew(lang: str, thanks: str) -> None:
    """ "Hronec Stavby s.r.o., Vlkolínec Pneu, …": a company's legal form keeps its full stop, which
    ends no sentence, so the whole list stays in the sentence of thanks and names no crew (not even
    where mechanics make "A, B and C" a crew of three)."""
    mechanics = {
        "en": "Our mechanics worked all night.",
        "fr": "Nos mécaniciens ont travaillé toute la nuit.",
    }
    record = _record(f"Thanks\n\nBratislava, 14 September 2026 – {mechanics[lang]}\n\n{thanks}\n", lang)
    assert _crews(record) == Counter()


@pytest.mark.parametrize(
    ("lang", "text", "crew", "result"),
    [
        (
            "pt",
            "Na categoria N, o veterano Anselmo Vieira Toniolo, de Nova Prata, e o navegador Caíque "
            "Dal Pizzol levaram o Mitsubishi ao segundo lugar, com 2h11min04s.",
            ("Anselmo Vieira Toniolo", "Caíque Dal Pizzol"),
            ("n", 2),
        ),
        (
            "es",
            "En la clase N, el veterano Anselmo Vieyra, de Villa Carlos Paz, y su copiloto Tobías "
            "Lértora terminaron segundos con el Mitsubishi, en 2h11m04s.",
            ("Anselmo Vieyra", "Tobías Lértora"),
            ("n", 2),
        ),
        (
            "it",
            "Il migliore dei nostri è stato Walter Pedranzini, di Chiesa in Valmalenco, affiancato da "
            "Nadia Gianoli sulla Škoda Fabia RS Rally2. Per loro un quinto posto assoluto.",
            ("Walter Pedranzini", "Nadia Gianoli"),
            ("overall", 5),
        ),
    ],
)
def test_a_home_town_set_off_by_commas_between_a_driver_and_the_co_driver(
    lang: str, text: str, crew: tuple[str, str], result: tuple[str, int]
) -> None:
    """ "X, de Nova Prata, e o navegador Y": the town after a name and a comma is where the driver
    comes from, no person, and the co-driver after it joins the driver; "categoria N", one capital
    letter after the class word, is the class N."""
    record = _record(f"Rali\n\nErechim, 21 de setembro de 2026 – {text}\n", lang)
    assert _crews(record) == _expected_crews(crew)
    assert _class_results(record) == _expected_results((*result, crew))


def test_a_home_town_after_a_pair_takes_no_result_from_it() -> None:
    """ "Luana … e Bruna …, de Bento Gonçalves, venceram": the town the pair comes from wins nothing."""
    record = _record(
        "Rali\n\nErechim, 21 de setembro de 2026 – Na Rally4, Daiane Zanotto Peccin e Franciele "
        "Bertuol Pasa, de Caxias do Sul, venceram com o Peugeot 208 Rally4 e ainda terminaram em "
        "oitavo na geral.\n",
        "pt",
    )
    crew = ("Daiane Zanotto Peccin", "Franciele Bertuol Pasa")
    assert _crews(record) == _expected_crews(crew)
    assert _class_results(record) == _expected_results(("rally4", 1, crew), ("overall", 8, crew))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pt",
            "RESULTADOS FINAIS DA EQUIPA\nMotos: 7. Jiří KALOUSEK - 39:02:11.4\nQuadriciclos: 4. Marek "
            "DUŠEK - 42h 01min 15,2s\nSSV: 8. Pavel ROUBAL / Tomáš ZEMAN - 47:03:19\n\n"
            "PRÓXIMA PROVA\nO próximo desafio para a equipa será o Rallye du "
            "Maroc, de 4 até 10 de outubro, onde Jiří e Marek vão lutar por pontos no Mundial.",
        ),
        (
            "es",
            "RESULTADOS FINALES DEL EQUIPO\nMotos: 7. Jiří KALOUSEK - 39:02:11.4\nQuads: 4. Marek DUŠEK - "
            "42h 01min 15,2s\nSSV: 8. Pavel ROUBAL / Tomáš ZEMAN - 47:03:19\n\n"
            "PRÓXIMA CARRERA\nEl próximo reto del equipo será el Rallye du Maroc, del "
            "4 al 10 de octubre, donde Jiří y Marek lucharán por puntos en el Mundial.",
        ),
    ],
)
def test_two_riders_first_names_joined_by_and_make_no_crew(lang: str, text: str) -> None:
    """ "onde Jiří e Marek vão lutar por pontos": in a release of bikes and quads (and a crewed
    SSV), two riders told alone with their full names are no crew when their first names are
    joined later."""
    record = _record(f"{text}\n", lang)
    assert _crews(record) == _expected_crews(
        ("Jiří KALOUSEK",), ("Marek DUŠEK",), ("Pavel ROUBAL", "Tomáš ZEMAN")
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le Tchèque Radim Kolář remporte la catégorie Camions avec ses équipiers Ondřej Beneš et "
            "Matěj Hrubý, à bord du Tatra Phoenix n°507.",
        ),
        (
            "en",
            "Czech driver Radim Kolář won the Trucks category with his crewmates Ondřej Beneš and Matěj "
            "Hrubý in the Tatra Phoenix #507.",
        ),
    ],
)
def test_a_truck_driver_with_his_crew_members_is_one_crew(lang: str, text: str) -> None:
    """ "avec ses équipiers A et B", "with his crewmates A and B": the truck's crew members ride
    with its driver, one crew of three."""
    record = _record(f"Rallye\n\nFès, 18 octobre 2026 – {text}\n", lang)
    assert _crews(record) == _expected_crews(("Radim Kolář", "Ondřej Beneš", "Matěj Hrubý"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "nl",
            "Dakar 2026 – de film\n\nZwolle, 14 oktober 2026 – Negen maanden na de finish is hij er: de film "
            "van onze Dakar Rally 2026. Bij de trucks werden Harm Oosterhuis en Geert Lubbinge tweede, met "
            "een totaaltijd van 49:51:07. De Dakar Rally 2027 staat al in de agenda: van 31 december tot "
            "16 januari.",
        ),
        (
            "en",
            "Dakar 2026 – the film\n\nZwolle, 14 October 2026 – Nine months after the finish, here it is: "
            "the film of our Dakar Rally 2026. Harm Oosterhuis and Geert Lubbinge finished second in the "
            "trucks, with a total time of 49:51:07. The Dakar Rally 2027 is already in the diary: from 31 "
            "December to 16 January.",
        ),
    ],
)
def test_the_next_edition_starting_in_the_same_year_leaves_the_results_of_this_one(
    lang: str, text: str
) -> None:
    """ "Dakar 2026" in the headline and "De Dakar Rally 2027 … van 31 december tot 16 januari": the
    next edition starts in the year of the one reported on, but its name carries its own year, so
    the release is no preview of it and keeps its results; the next edition stays announced."""
    record = _record(f"{text}\n", lang)
    crew = ("Harm Oosterhuis", "Geert Lubbinge")
    assert [(r["position"], r["total_time"]["seconds"]) for r in record["class_results"]] == [(2, 179467.0)]
    assert _crews(record) == _expected_crews(crew)
    assert _upcoming(record) == [("Dakar Rally", "2026-12-31", "2027-01-16")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "nl",
            "Onze tweede truck, de Iveco van Dirk Jan Hoekstra, Wessel Bouma en Sjoerd Wiersma, won de "
            "achtste etappe en werd uiteindelijk negende bij de trucks.",
        ),
        (
            "en",
            "Our second truck, the Iveco of Dirk Jan Hoekstra, Wessel Bouma and Sjoerd Wiersma, won the "
            "eighth stage and finally finished ninth in the trucks.",
        ),
    ],
)
def test_a_teams_second_truck_is_no_second_place(lang: str, text: str) -> None:
    """ "Onze tweede truck", "our second truck": an ordinal between a possessive and a vehicle's
    class word counts the team's entries; the place is the one the sentence gives later."""
    record = _record(f"Dakar\n\nZwolle, 18 januari 2026 – {text}\n", lang)
    crew = ("Dirk Jan Hoekstra", "Wessel Bouma", "Sjoerd Wiersma")
    assert _class_results(record) == _expected_results(("trucks", 9, crew))


@pytest.mark.parametrize(
    ("lang", "text", "cls"),
    [
        (
            "nl",
            "Bij de historische wagens wonnen Gerrit Haverkamp en Mieke Dijkstra met hun Opel Ascona 400 "
            "uit 1982 het klassement.",
            "classic",
        ),
        (
            "it",
            "Tra le storiche hanno vinto Gualtiero Bonfanti e Mirella Casati con la Porsche 911 del 1978.",
            "classic",
        ),
        (
            "en",
            "Gerrit Haverkamp and Mieke Dijkstra won the Classic category in their 1982 Opel Ascona 400.",
            "classic",
        ),
    ],
)
def test_a_cars_year_beside_its_model_number_is_no_past_edition(lang: str, text: str, cls: str) -> None:
    """ "met hun Opel Ascona 400 uit 1982", "their 1982 Opel Ascona 400": a year a word from the
    model's number is the car's, and the win beside it is this edition's."""
    record = _record(f"Rally\n\nZwolle, 12 oktober 2026 – {text}\n", lang)
    assert [(r["class"].casefold(), r["position"]) for r in record["class_results"]] == [(cls, 1)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Mallow, 12 October 2026 – The rally, run over twelve stages, was won by Cathal Ó Riordáin and "
            "Fionn Mac Giolla (Škoda Fabia RS Rally2), who led from the third stage to the finish.",
        ),
        (
            "nl",
            "Hellendoorn, 12 oktober 2026 – De rally werd gewonnen door Cathal Ó Riordáin en Fionn Mac "
            "Giolla (Škoda Fabia RS Rally2), die vanaf de derde proef aan de leiding reden.",
        ),
        (
            "de",
            "Sulingen, 12. Oktober 2026 – Die Rallye gewannen Cathal Ó Riordáin und Fionn Mac Giolla "
            "(Škoda Fabia RS Rally2), die ab der dritten Prüfung in Führung lagen.",
        ),
    ],
)
def test_a_stage_in_a_relative_clause_after_the_winners_is_no_stage_win(lang: str, text: str) -> None:
    """ "was won by X and Y (…), who led from the third stage to the finish": the stage in the
    relative clause after the winners is where they took the lead, not a stage they won."""
    record = _record(f"Rally\n\n{text}\n", lang)
    crew = ("Cathal Ó Riordáin", "Fionn Mac Giolla")
    assert _class_results(record) == _expected_results(("overall", 1, crew))
    assert _stage_results(record) == Counter()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "nl",
            "Jorrit Vlasblom en Sietse Kooistra waren vanaf proef 3 de snelsten en wonnen de Rally4-klasse.",
        ),
        (
            "de",
            "Jorrit Vlasblom und Sietse Kooistra waren ab WP 3 die Schnellsten und gewannen die "
            "Rally4-Wertung.",
        ),
    ],
)
def test_a_stage_after_from_on_is_where_a_run_began(lang: str, text: str) -> None:
    """ "vanaf proef 3", "ab WP 3": the stage a run of best times began on is no stage the crew
    won; the class win stays."""
    record = _record(f"Rally\n\nHellendoorn, 12. Oktober 2026 – {text}\n", lang)
    crew = ("Jorrit Vlasblom", "Sietse Kooistra")
    assert _class_results(record) == _expected_results(("rally4", 1, crew))
    assert _stage_results(record) == Counter()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le Marvejolais Gaëtan Roustan, associé à Lucie Bancillon sur une Peugeot 208 Rally4, a tout "
            "simplement gagné sa classe.",
        ),
        (
            "en",
            "Gaëtan Roustan and Lucie Bancillon, in their Peugeot 208 Rally4, won their class.",
        ),
    ],
)
def test_their_class_is_the_class_of_their_car(lang: str, text: str) -> None:
    """ "sur une Peugeot 208 Rally4, a gagné sa classe": "his class", with no class named on its
    own, is the class in the name of the car the sentence gives."""
    record = _record(f"Rallye\n\nMende, 26 octobre 2026 – {text}\n", lang)
    assert _class_results(record) == _expected_results(("rally4", 1, ("Gaëtan Roustan", "Lucie Bancillon")))


@pytest.mark.parametrize("numbered", [True, False])
def test_a_videos_chapter_list_holds_no_places(numbered: bool) -> None:
    """ "4. 7:54 WP3 Apriķi – Kask legt vor": in a video's chapter list (lines opening on positions
    in the video, the first at 0:00) the numbers are chapters' and the times positions, no places
    nor stage times; the stage win told in the description stays."""
    chapters = [
        "0:00 Intro",
        "3:12 WP2 Kalvene",
        "7:54 WP3 Apriķi – Vītols legt vor",
        "19:20 WP14 Krūte – Vītols-Bestzeit",
        "1:02:15 Interviews",
    ]
    listed = "\n".join(f"{k}. {c}" if numbered else c for k, c in enumerate(chapters, start=1))
    record = _record(
        "Rally Liepāja 2026 – alle Highlights\n\nLiepāja, 28. September 2026 – Lokalmatador Kārlis "
        "Vītols fuhr mit Beifahrer Jānis Zariņš auf WP14 in 9:48,6 Minuten die Bestzeit.\n\n"
        f"Kapitel\n\n{listed}\n",
        "de",
    )
    assert [(r["stage"], r["position"], r["time"]["seconds"]) for r in record["stage_results"]] == [
        (14, 1, 588.6)
    ]
    assert record["class_results"] == []


def test_a_full_stop_after_a_class_code_ends_the_sentence_in_german() -> None:
    """ "… und 5. in Klasse Rally2. Gesamtzeit von Kamil: …": German keeps "5." whole as an
    ordinal, but the full stop after "Rally2" ends the sentence, so the class is read."""
    record = _record(
        "Rallye\n\nKraków, 12. Oktober 2026 – Kamil NOWORYTA ist angekommen in Ziel als 14. von "
        "Motorräder und 5. in Klasse Rally2. Gesamtzeit von Kamil: 20:31:44.\n",
        "de",
    )
    crew = ("Kamil NOWORYTA",)
    assert _class_results(record) == _expected_results(("bikes", 14, crew), ("rally2", 5, crew))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "Finn Oberländer und Lea Schwarzkopf wurden Zweite. Oberländer fuhr gut. Seine Zeit auf WP7 "
            "von 7:12,4 Minuten war die schnellste Zeit.",
        ),
        (
            "nl",
            "Finn Oberländer en Lea Schwarzkopf werden tweede. Oberländer reed sterk. Zijn tijd op KP7 "
            "van 7:12,4 was de snelste tijd.",
        ),
    ],
)
def test_his_time_on_a_stage_is_the_one_named_last(lang: str, text: str) -> None:
    """ "Seine Zeit auf WP7 … war die schnellste Zeit": a possessive opening the sentence before a
    time noun is the crew named last; its best time wins the stage."""
    record = _record(f"Rallye\n\nAnnaberg, 12. Oktober 2026 – {text}\n", lang)
    assert _stage_results(record) == Counter({(7, 1, frozenset({"Finn Oberländer", "Lea Schwarzkopf"})): 1})


def test_a_german_separable_particle_after_an_ordinal_is_no_counted_noun() -> None:
    """ "kamen nach 9:27:55 Stunden als Dritte an": "an" closes the verb "ankommen"; it is no
    noun the ordinal counts (French "an", a year, follows cardinals, never ordinals)."""
    record = _record(
        "Baja\n\nDubai, 9. November 2026 – In der Lkw-Wertung kamen Fabian Wiechert, Mirko Hadžić und "
        "Ugo Bellandi nach 9:27:55 Stunden als Dritte an.\n",
        "de",
    )
    crew = ("Fabian Wiechert", "Mirko Hadžić", "Ugo Bellandi")
    assert _class_results(record) == _expected_results(("trucks", 3, crew))
    assert record["class_results"][0]["total_time"]["seconds"] == 34075.0


@pytest.mark.parametrize(
    ("lang", "text", "cls"),
    [
        (
            "de",
            "In der Lkw-Wertung siegten Konstantin Hübler, Aleš Procházka und Jesper Thygesen. Am Freitag "
            "hatten Rutger Bosveld, Sanne Visscher und Ivo Kraaijeveld noch die erste Etappe gewonnen. Am "
            "Ende fehlten Bosveld 6 Minuten auf die Sieger – Platz zwei.",
            "trucks",
        ),
        (
            "en",
            "Konstantin Hübler, Aleš Procházka and Jesper Thygesen won the trucks. On Friday Rutger "
            "Bosveld, Sanne Visscher and Ivo Kraaijeveld had won the first stage. In the end Bosveld "
            "finished second, six minutes down.",
            "trucks",
        ),
    ],
)
def test_a_sentence_opening_on_in_the_end_places_in_the_event(lang: str, text: str, cls: str) -> None:
    """ "Am Ende fehlten Bosveld 6 Minuten – Platz zwei" after their win of the first stage: a
    sentence opening on "in the end" gives the event's place, not the stage's."""
    record = _record(f"Baja\n\nDubai, 9. November 2026 – {text}\n", lang)
    second = ("Rutger Bosveld", "Sanne Visscher", "Ivo Kraaijeveld")
    assert (cls, 2, frozenset(second)) in _class_results(record)
    assert _stage_results(record) == Counter({(1, 1, frozenset(second)): 1})


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Quinto fue Lautaro Medina Ocampo. En la RC2N, victoria de punta a punta para Julián Ríos Paz "
            "y Agustina Lugones, que además fueron novenos en la general. Gisela Oyarbide y Ramiro "
            "Bentancor fueron segundos en la RC2N y 11º en la general.",
        ),
    ],
)
def test_rc2n_is_a_class_and_a_win_from_start_to_finish_is_the_named_crews(lang: str, text: str) -> None:
    """ "En la RC2N, victoria de punta a punta para X y Y": RC2N is a class, and the win "from
    start to finish" goes to the crew named after it, not to the one named before."""
    record = _record(f"Rally\n\nCórdoba, 20 de octubre de 2026 – {text}\n", lang)
    winners = ("Julián Ríos Paz", "Agustina Lugones")
    second = ("Gisela Oyarbide", "Ramiro Bentancor")
    assert {r for r in _class_results(record) if r[0] == "rc2n"} == {
        ("rc2n", 1, frozenset(winners)),
        ("rc2n", 2, frozenset(second)),
    }


def test_a_national_series_named_beside_the_event_is_its_championship() -> None:
    """ "la sexta fecha del Rally Argentino": the national series is the championship, and the
    rally run that weekend is the event; "fecha" is Argentina's word for a round."""
    record = _record(
        "Rally\n\nPARANÁ, 20 de octubre de 2026 – Emiliano Rivas ganó la RC4 en la sexta fecha del Rally "
        "Argentino. En el Rally de la Quebrada, que se corrió entre el viernes 16 y el domingo 18 de "
        "octubre, Facundo Irala y Mauro Pinedo fueron cuartos en la general.\n",
        "es",
    )
    event = record["event"]
    assert (event["name"], event["edition"], event["championship"], event["round"]) == (
        "Rally de la Quebrada",
        2026,
        "Rally Argentino",
        6,
    )


def test_a_line_opening_on_a_place_and_its_noun_is_a_sentence_not_a_row() -> None:
    """ "1º lugar en categoría SSV, 14º en la clasificación general": the line's first figure is
    followed by "place", so it is a sentence of places (the class's first, the overall's
    fourteenth), no numbered row; "del 26 hasta 28 de noviembre" is a range."""
    record = _record(
        "Baja\n\nKaunas, 26 de octubre de 2026 – Resultados del equipo.\n\n"
        "Rūta MAŽEIKIENĖ / Gintarė VALIONYTĖ (Can-Am Maverick R, #402)\n"
        "1º lugar en categoría SSV, 14º en la clasificación general, tiempo total 4h 02min 17,8s.\n\n"
        "La victoria en la general fue para João Ribeiro Alves con navegador Nuno Brás, en 3:45:14.4.\n\n"
        "Siguiente parada será la Dubai International Baja, del 26 hasta 28 de noviembre.\n",
        "es",
    )
    ssv = ("Rūta MAŽEIKIENĖ", "Gintarė VALIONYTĖ")
    assert _class_results(record) == _expected_results(
        ("ssv", 1, ssv), ("overall", 14, ssv), ("overall", 1, ("João Ribeiro Alves", "Nuno Brás"))
    )
    assert _upcoming(record) == [("Dubai International Baja", "2026-11-26", "2026-11-28")]


def test_a_rows_class_label_under_a_final_results_heading_is_its_class() -> None:
    """ "Quadriciclos: 3. Radek HORÁK – 41h 07min 55,8s" under "RESULTADOS FINAIS DA EQUIPA": each
    row's label names its class; the heading's "final results" do not make them overall places."""
    record = _record(
        "Rali\n\nBrno, 7 de setembro de 2026 – A equipa terminou o rali.\n\n"
        "RESULTADOS FINAIS DA EQUIPA - RALLY DOS SERTÕES 2026\n"
        "Motos: 6. Vojtěch KOLÁŘ - 38:12:07.4\n"
        "Quadriciclos: 3. Radek HAVEL - 41h 07min 55,8s\n"
        "SSV: 9. Petr SOUČEK / Lukáš VANÍČEK - 47:03:19\n",
        "pt",
    )
    assert _class_results(record) == _expected_results(
        ("bikes", 6, ("Vojtěch KOLÁŘ",)),
        ("quads", 3, ("Radek HAVEL",)),
        ("ssv", 9, ("Petr SOUČEK", "Lukáš VANÍČEK")),
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "it",
            "Vincono Lorenzo Bertolini e Iñaki Etxabe. Terzi Khalid Al-Mahri e Pierre-Yves Lagarde, "
            "a 9'50\".",
        ),
        (
            "pt",
            "Venceram Lourenço Bettencourt e Iñaki Etxabe. Terceiros Khalid Al-Mahri e Pierre-Yves "
            "Lagarde, a 9m50s.",
        ),
    ],
)
def test_an_ordinal_opening_a_sentence_right_before_the_crew_and_its_gap_is_a_place(
    lang: str, text: str
) -> None:
    """ "Terzi Khalid Al-Mahri e Pierre-Yves Lagarde, a 9'50"": an ordinal opening the sentence
    right before a name is the place of the crew named after it, where a gap follows (not
    "Secondo Marco Rossi, …", "according to")."""
    record = _record(f"Rally\n\nSiviglia, 25 ottobre 2026 – {text}\n", lang)
    assert ("overall", 3, frozenset({"Khalid Al-Mahri", "Pierre-Yves Lagarde"})) in _class_results(record)


def test_secondo_before_a_name_without_a_gap_is_no_place() -> None:
    """ "Secondo Marco Rossi, la gara …": "according to", no second place."""
    record = _record(
        "Rally\n\nSiviglia, 25 ottobre 2026 – Vincono Lorenzo Bertolini e Iñaki Etxabe. Secondo Marco "
        "Rossi, il direttore di gara, la prova è stata durissima.\n",
        "it",
    )
    assert _class_results(record) == _expected_results(("overall", 1, ("Lorenzo Bertolini", "Iñaki Etxabe")))


def test_a_figure_with_a_full_stop_before_a_lower_case_word_is_an_ordinal() -> None:
    """ "finished on the 5. place", "they were 17. in overall": a full stop glued to a figure before
    a lower-case word marks an ordinal (as a second language writes it), no sentence's end; "After
    the first loop they were on 8. place" tells a standing, whatever day the sentence before
    named."""
    record = _record(
        "Rally\n\nAberystwyth, 14 September 2026 – Our leading crew Tomáš KOVÁČIK / Ľubomír HRIVNÁK "
        "finished on the 5. place in the overall classification with total time 1h 52min 14,7s. Adam "
        "BOBÁK / Kristína VAVRÍKOVÁ won the Rally4 class and they were 17. in overall.\n\n"
        "The first day was for Tomáš a little bit of learning. After the first loop they were on 8. "
        "place.\n",
        "en",
    )
    leading = ("Tomáš KOVÁČIK", "Ľubomír HRIVNÁK")
    junior = ("Adam BOBÁK", "Kristína VAVRÍKOVÁ")
    assert _class_results(record) == _expected_results(
        ("overall", 5, leading), ("rally4", 1, junior), ("overall", 17, junior)
    )
    assert _stage_results(record) == Counter()
    [fifth] = [r for r in record["class_results"] if r["position"] == 5]
    assert fifth["total_time"]["seconds"] == 6734.7


def test_a_region_ending_on_land_names_the_event_and_a_home_rally_is_a_common_noun() -> None:
    """ "Bei der ADAC Rallye Bergisches Land": the region's last word, a make's first ("Land
    Rover") too, ends the event's name; "bei ihrer Heimrallye", a compound after a possessive, is
    a common noun, no event."""
    record = _record(
        "Heimspiel\n\nWipperfürth, 14. September 2026 – Bei der ADAC Rallye Bergisches Land, dem "
        "sechsten Lauf zur Deutschen Rallye-Meisterschaft, gewannen Fabrizio Kessler und Lea-Marie "
        "Dorn. Jördis Meyer-Hagen gewann 2023 bei ihrer Heimrallye den Opel-Cup.\n",
        "de",
    )
    assert (record["event"]["name"], record["event"]["edition"]) == ("ADAC Rallye Bergisches Land", 2026)


def test_a_month_before_an_article_opens_no_event_name() -> None:
    """ "steht schon am 3. Oktober der Rallyesprint Wildeshausen auf dem Plan": "der" may join an
    event's name, but not to the month before it; "Rallyesprint" is German for a rally sprint."""
    record = _record(
        "Rallye\n\nSulingen, 14. September 2026 – Henrik Wöhlke wurde Fünfter. Für Stührenberg und "
        "Bischoff steht schon am 3. Oktober der Rallyesprint Hatten auf dem Plan.\n",
        "de",
    )
    assert _upcoming(record) == [("Rallyesprint Hatten", "2026-10-03", "2026-10-03")]


# ------------------------------------------------------------------ live threads of social posts


def _stage_times(record: dict[str, Any]) -> dict[tuple[int, int], float | None]:
    return {(r["stage"], r["position"]): _seconds(r["time"]) for r in record["stage_results"]}


def test_a_live_threads_posts_that_name_no_one_are_its_crews() -> None:
    """A team's live thread: each post opens on its clock time ("[09:48] —"); one that names no
    crew is the crew the thread is about ("SS2 done ✅ P4 +12.3s"), however it ends (an emoji, a
    hashtag); "P2 in #WRC2 and P9 overall!" names no one and is no numbered row; "2.1s off
    @KalleOstberg" is a gap to a rival, whose handle holds his surname."""
    record = _record(
        "Live: Rally Oberland 2026\n\n"
        "[17:05] — Tomáš Vrbata & Hélène Quéméner are ready for round 12 of the #WRC2 season! 👌\n\n"
        "[09:48] — SS2 done ✅ P4 +12.3s. Car feels good, driver happier 😄\n\n"
        "[10:31] — SS9 done, P2 in WRC2, only 2.1s off @KalleOstberg 🔥\n\n"
        "[13:15] — 🏁 FINAL RESULT 🏁\nP2 in #WRC2 and P9 overall! 🥈🎉\nTotal time: 2:58:41.7\n\n"
        "Congratulations to Kalle Östberg & Jonne Pöyhönen on the WRC2 victory 👏\n",
        "en",
    )
    ours = ("Tomáš Vrbata", "Hélène Quéméner")
    assert _class_results(record) == _expected_results(
        ("wrc2", 2, ours), ("overall", 9, ours), ("wrc2", 1, ("Kalle Östberg", "Jonne Pöyhönen"))
    )
    assert _stage_results(record) == Counter({(2, 4, frozenset(ours)): 1, (9, 2, frozenset(ours)): 1})
    assert _seconds(_class_result_of(record, "overall", ours)["total_time"]) == 10721.7


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Shakedown done, 6th fastest in the WRC2 class for Tomáš Vrbata and Hélène Quéméner."),
        ("nl", "Shakedown gedaan: 6e tijd in de WRC2-klasse voor Tomáš Vrbata en Hélène Quéméner."),
    ],
)
def test_a_place_in_the_shakedown_is_no_result(lang: str, text: str) -> None:
    """The shakedown, a test before the start (base.yaml `practice_words`), gives no place."""
    record = _record(f"Rally\n\nPassau, 15 October 2026 – {text}\n", lang)
    assert _crews(record) == _expected_crews(("Tomáš Vrbata", "Hélène Quéméner"))
    assert _class_results(record) == Counter()


def test_the_fastest_sector_times_of_a_stage_are_no_stage_win() -> None:
    """ "Two fastest sector times on SS13", "quintos … en el primer punto de control": the best of a
    stage's parts, or a place at its checkpoint (base.yaml `sector_words`), is not the stage's."""
    record = _record(
        "Rally\n\nPassau, 18 October 2026 – Tomáš Vrbata and Hélène Quéméner set two fastest sector "
        "times on SS13. They won SS14.\n",
        "en",
    )
    assert _stage_results(record) == Counter({(14, 1, frozenset({"Tomáš Vrbata", "Hélène Quéméner"})): 1})
    record = _record(
        "Rally\n\nSevilla, 17 de octubre de 2026 – Marc Soldevila y Pau Ricart marchan quintos en "
        "Challenger en el primer punto de control.\n",
        "es",
    )
    assert _class_results(record) == Counter()


def test_a_posts_handles_name_the_crew_whose_surnames_they_hold() -> None:
    """ "meilleur temps Rally4 pour @jonas.abplanalp & @lenny_td": a post's handles name the crew
    whose member's surname their letters hold, not the crew the thread is about."""
    record = _record(
        "Rallye\n\n"
        "07:02 — Baptiste Vuarchex / Anaïs Ducrettet (#7) sont 5es. Jonas Abplanalp / Lenny "
        "Tissot-Daguette (#34) mènent le Rally4 🔥\n\n"
        "13:05 — ES12 : meilleur temps Rally4 pour @jonas.abplanalp & @lenny_td 🔥🔥\n",
        "fr",
    )
    assert _stage_results(record) == Counter(
        {(12, 1, frozenset({"Jonas Abplanalp", "Lenny Tissot-Daguette"})): 1}
    )


def test_a_posts_unnamed_win_or_road_order_is_no_place_of_the_crew_named_before() -> None:
    """A post starts afresh: "11:48 — ¡¡VICTORIA DE ETAPA EN SSV!! Etapa 5 para X y Y" is no win of
    the crew the post before named (Spanish drops the subject only within a post), and "Primer
    coche en pista." (an ordinal and a vehicle, naming no one, no stage, no time) is the order on
    the road."""
    record = _record(
        "Directo\n\n"
        "08:14 — Primer coche en pista. Marc Soldevila y Pau Ricart salen a las 08:31.\n\n"
        "10:22 — Pinchazo para Marc y Pau en el km 64. Seguimos.\n\n"
        "11:48 — ¡¡VICTORIA DE ETAPA EN SSV!! 🏆🏆 Etapa 5 para Yolanda Quintanilla y Begoña "
        "Arrizabalaga con 2h 41m 09s 🔥🔥\n\n"
        "12:20 — Marc y Pau terminan la Etapa 5 en P6 Challenger tras el pinchazo.\n",
        "es",
    )
    assert _stage_results(record) == Counter({(5, 6, frozenset({"Marc Soldevila", "Pau Ricart"})): 1})
    assert _class_results(record) == Counter()


def test_a_place_by_time_with_no_stage_known_is_no_class_place() -> None:
    """ "Primo tempo di WRC2 per X in 14:08.6": the first time with no stage named is a stage's,
    no place in the class; nor is the time told before such a place ("com 10m31,2s, apenas o nono
    tempo da categoria") the total of the standing after it."""
    record = _record(
        "Rally\n\nOlbia, 5 giugno 2026 – Che giornata per Matteo Ghirardelli e Anna Šimková! Primo "
        "tempo di WRC2 per Matteo Ghirardelli e Anna Šimková in 14:08.6.\n",
        "it",
    )
    assert _class_results(record) == Counter()
    record = _record(
        "Rali\n\nMarinha Grande, 5 de julho de 2026 – Joaquim Pestana Baptista e Luís Ferrão "
        "furaram. A dupla chegou ao fim da especial com 10m31,2s, apenas o nono tempo da categoria, "
        "e caiu para o quarto lugar.\n",
        "pt",
    )
    assert all(r["total_time"] is None for r in record["class_results"])


def test_a_thread_from_the_prologue_to_the_final_result_is_no_days_report() -> None:
    """A live thread whose first day is the prologue's ("Hoje há prólogo") and whose last post
    names the final result is the whole event's: the final places are the event's, and "vence a
    Etapa 3" (a win phrase ending on the stage's word) wins stage 3."""
    record = _record(
        "Rallye du Maroc 2026 — fio em direto\n\n"
        "Domingo, 11 out — Prólogo (Erfoud)\n\n"
        "08:15 — Bom dia! Hoje há prólogo de 9 km. O nosso piloto: Martim Figueiró Antunes (#38, KTM "
        "450 Rally Replica), na Rally2.\n\n"
        "11:42 — Prólogo ✅ Martim P7 na Rally2 com 6m58s.\n\n"
        "14:37 — STAGE WIN!! Martim vence a Etapa 3 na Rally2 com 3h41m17s!\n\n"
        "17:45 — RESULTADO FINAL: Martim Figueiró Antunes termina o Rallye du Maroc em 2.º na Rally2, "
        "com um tempo total de 18h52m07s.\n",
        "pt",
    )
    rider = ("Martim Figueiró Antunes",)
    assert _class_results(record) == _expected_results(("rally2", 2, rider))
    assert _stage_results(record) == Counter({(0, 7, frozenset(rider)): 1, (3, 1, frozenset(rider)): 1})
    assert _stage_times(record) == {(0, 7): 418.0, (3, 1): 13277.0}


def test_two_names_before_one_car_in_brackets_are_one_crew_with_two_places() -> None:
    """ "Élodie Vacheresse et Ambre Gidrol (Renault Clio Rally5) se classent deuxièmes, 24es au
    général": one car after both names, so one crew, second in its class and 24th overall (not
    two crews placed in turn, as "X (Škoda) and Y (Ford) finished second and fourth")."""
    record = _record(
        "Rallye\n\nLe Chambon, 20 septembre 2026 – En Rally5, Élodie Vacheresse et Ambre Gidrol "
        "(Renault Clio Rally5) se classent deuxièmes, 24es au général en 1 h 09 min 58 s 3.\n",
        "fr",
    )
    crew = ("Élodie Vacheresse", "Ambre Gidrol")
    assert _crews(record) == _expected_crews(crew)
    assert _class_results(record) == _expected_results(("rally5", 2, crew), ("overall", 24, crew))


def test_a_full_name_whose_surname_opens_on_a_particle_is_not_cut_to_the_surname() -> None:
    """ "Van Teeffelen, Bosschaert en Ibarrola" in a summary, then "Joost van Teeffelen, bijrijder
    …" opening the report: the surname told alone with its particle is his, and "Joost" his first
    name (not an opening word run into the surname, as in "Victoire de Loeb")."""
    record = _record(
        "Van Teeffelen wint Rallye du Maroc\n\n"
        "• Iveco Powerstar van Van Teeffelen, Bosschaert en Ibarrola winnaar bij de trucks\n\n"
        "ERFOUD (MAR), 10 oktober 2026 – Joost van Teeffelen, bijrijder Rutger Bosschaert en monteur "
        "Mateo Ibarrola hebben met hun Iveco Powerstar de Rallye du Maroc gewonnen.\n",
        "nl",
    )
    assert _crews(record) == _expected_crews(("Joost van Teeffelen", "Rutger Bosschaert", "Mateo Ibarrola"))


def test_a_lower_case_particle_before_a_surname_told_in_full_is_a_preposition() -> None:
    """ "nach einem Erfolg von Lindqvist und Beifahrerin Malin Åkesson": "von" before a surname the
    release gives in full without it ("Jesper Lindqvist") is "of", no particle of his name."""
    record = _record(
        "Rallye\n\nEisenach, 4. Oktober 2026 – Die Sportkommissare verhängten gegen Jesper Lindqvist "
        "eine Zeitstrafe. Bei der Zieldurchfahrt sah zunächst alles nach einem Erfolg von Lindqvist "
        "und Beifahrerin Malin Åkesson aus. Damit ist Lindqvist nur noch Zweiter.\n",
        "de",
    )
    assert _crews(record) == _expected_crews(("Jesper Lindqvist", "Malin Åkesson"))
    assert _class_results(record) == _expected_results(("overall", 2, ("Jesper Lindqvist", "Malin Åkesson")))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The Stewards, chaired by Graham Whitcombe, rejected the appeal of Tom Hale and Ian Roe, second.",
        ),
        (
            "de",
            "Die Sportkommissare unter dem Vorsitz von Hans-Jürgen Pohlmann bestraften Tom Hale und Ian "
            "Roe, nun Zweite.",
        ),
        ("fr", "Le Collège des commissaires, présidé par Hédi Ben Salah, a pénalisé Tom Hale et Ian Roe."),
        ("es", "El colegio de comisarios, presidido por Guadalupe Escandón, sancionó a Tom Hale y Ian Roe."),
        (
            "it",
            "Il Collegio dei Commissari, presieduto da Loredana Sciacca, ha penalizzato Tom Hale e Ian Roe.",
        ),
        (
            "nl",
            "Het college, voorgezeten door Marc Dierickx, bestrafte Tom Hale en Ian Roe, die tweede werden.",
        ),
        (
            "pt",
            "O Colégio de Comissários, presidido por Armando Seixas Tomé, penalizou Tom Hale e Ian Roe, "
            "segundos.",
        ),
    ],
)
def test_who_chairs_the_stewards_is_no_crew(lang: str, text: str) -> None:
    """ "the Stewards, chaired by X": who presides over a panel is an official, no crew."""
    record = _record(f"Rally\n\nEisenach, 4 October 2026 – {text}\n", lang)
    assert _crews(record) == _expected_crews(("Tom Hale", "Ian Roe"))


def test_a_posts_title_heads_the_final_result_and_its_crews_lines_stay_under_it() -> None:
    """ "16:40 — 🏁 RESULTADO FINAL · Andalucía Rally 2026": a post of one title (no sentence's
    end in it, a "·" is none) heads the final result; the crews' lines under it ("🥈 X / Y: 2ª en
    SSV, tiempo total 16h 03m 12s"), however they end, are its places, not the standings of the
    days told before."""
    record = _record(
        "Directo\n\n"
        "Sábado 17 de octubre · Etapa 4\n\n"
        "12:58 — ¡Y P2 en SSV para Yolanda Quintanilla y Begoña Arrizabalaga en la Etapa 4! 😍\n\n"
        "Domingo 18 de octubre · Etapa 5 (final)\n\n"
        "16:40 — 🏁 RESULTADO FINAL · Andalucía Rally 2026\n\n"
        "🥉 Marc Soldevila / Pau Ricart: 3º en Challenger, con un tiempo total de 14h 52m 37s 🙌\n"
        "🥈 Yolanda Quintanilla / Begoña Arrizabalaga: 2ª en SSV, tiempo total 16h 03m 12s\n",
        "es",
    )
    ours = ("Marc Soldevila", "Pau Ricart")
    theirs = ("Yolanda Quintanilla", "Begoña Arrizabalaga")
    assert _class_results(record) == _expected_results(("challenger", 3, ours), ("ssv", 2, theirs))
    assert _seconds(_class_result_of(record, "ssv", theirs)["total_time"]) == 57792.0


def test_a_place_code_before_a_class_is_no_cars_name_and_a_posts_codes_are_its_stages() -> None:
    """ "P1 Rally4 et P1 Junior": a place code is no make before the class word (as "Clio Rally4"
    is), so the class is the place's; in a post on a stage ("ES9 ✅ P4 … Jonas & Lenny P2 Rally4",
    "ES10 ✅ Baptiste & Anaïs P2 à 1.8s du scratch": the fastest time a gap is measured to) the
    codes are places on that stage."""
    record = _record(
        "Rallye\n\n"
        "07:02 — Baptiste Vuarchex / Anaïs Ducrettet (#7) et Jonas Abplanalp / Lenny Tissot-Daguette "
        "(#34) au départ 🔥\n\n"
        "08:41 — ES9 ✅ P4 +12.3s pour Baptiste & Anaïs 👌 Jonas & Lenny P2 Rally4.\n\n"
        "09:27 — ES10 ✅ Baptiste & Anaïs P2 à 1.8s du scratch !! 💪\n\n"
        "16:20 — 🏁 RÉSULTAT FINAL 🏁\n"
        "🥇 #34 Jonas Abplanalp / Lenny Tissot-Daguette : P1 Rally4 et P1 Junior, 15es au général\n",
        "fr",
    )
    ours = frozenset({"Baptiste Vuarchex", "Anaïs Ducrettet"})
    junior = ("Jonas Abplanalp", "Lenny Tissot-Daguette")
    assert _stage_results(record) == Counter(
        {(9, 4, ours): 1, (9, 2, frozenset(junior)): 1, (10, 2, ours): 1}
    )
    assert _class_results(record) == _expected_results(
        ("rally4", 1, junior), ("junior", 1, junior), ("overall", 15, junior)
    )


def test_a_posts_standings_after_a_stage_and_a_later_posts_minutes_are_no_results() -> None:
    """ "20:30 — Zwischenstand nach Etappe 11: P9 gesamt, P3 bei den Trucks 🥉 Morgen …": a post
    opened by the standings after a stage places no one, whatever follows its emoji; "Cambio de
    rueda en 2 minutos" in a later post is no time of the place the post before told."""
    record = _record(
        "Live\n\n"
        "13:47 — Etappe 11 done ✅ Matthias Kronawitter, Tereza Dvořáková und Göran Ekström P4 bei den "
        "Trucks.\n\n"
        "20:30 — Zwischenstand nach Etappe 11: P9 gesamt, P3 bei den Trucks 🥉 Morgen nur noch 150 km "
        "bis zum Lac Rose! #Team503\n",
        "de",
    )
    trio = frozenset({"Matthias Kronawitter", "Tereza Dvořáková", "Göran Ekström"})
    assert _stage_results(record) == Counter({(11, 4, trio): 1})
    assert _class_results(record) == Counter()
    record = _record(
        "Directo\n\n"
        "12:31 — Etapa 4 ✅ Marc Soldevila / Pau Ricart P4 Challenger.\n\n"
        "10:22 — Pinchazo para Marc y Pau en el km 64 😬 Cambio de rueda en 2 minutos y medio.\n",
        "es",
    )
    assert _stage_times(record) == {(4, 4): None}


def test_a_hashtag_with_its_edition_glued_on_names_the_next_event() -> None:
    """ "Prossimo appuntamento: #Dakar2027 🐪 dal 3 al 17 gennaio": the tag's letters name the
    event, the year glued to them is its edition, no part of the name."""
    record = _record(
        "Rally\n\nErfoud, 10 ottobre 2026 – Giada Pellizzari e Lotte Van den Broeck vincono in SSV al "
        "Rallye du Maroc. Prossimo appuntamento: #Dakar2027 🐪 dal 3 al 17 gennaio in Arabia Saudita.\n",
        "it",
    )
    assert _upcoming(record) == [("Dakar", "2027-01-03", "2027-01-17")]
    [upcoming] = record["upcoming_events"]
    text = record["text"]
    assert all(text[e["start"] : e["end"]] == e["text"] for e in upcoming["evidence"])


def test_a_name_after_sulla_is_a_stage_or_a_place() -> None:
    """ "il secondo passaggio sulla Cala Flumini": after "sulla" (on the) a capitalised name is a
    stage's or a place's (it `place_prepositions`), no person."""
    record = _record(
        "Rally\n\nAlghero, 7 giugno 2026 – Ha vinto la PS15, il secondo passaggio sulla Cala Flumini, "
        "Elias Virtanen con Aleksi Oksanen, davanti al francese Théo Marchal.\n",
        "it",
    )
    assert not any("Cala Flumini" in names for names in _crews(record))


def test_behind_class_winners_names_the_winners_of_the_class_the_place_was_in() -> None:
    """ "second in the Rally4 class and 15th overall, just 6.1 seconds behind class winners X and
    Y (…), who were 11th overall": X and Y won the Rally4 class (the marker before "winners"), and
    their own overall place follows."""
    record = _record(
        "Rally\n\nKendal, 21 September 2026 – Ellis Hargreaves and Kasia Wróblewska brought their "
        "Peugeot 208 Rally4 home second in the Rally4 class and 15th overall, just 6.1 seconds behind "
        "class winners Marcus Thorsby-Lee and Jenna Kaur (Ford Fiesta Rally4), who were 11th overall "
        "with a total of 1h 04m 37.2s.\n",
        "en",
    )
    ours = ("Ellis Hargreaves", "Kasia Wróblewska")
    winners = ("Marcus Thorsby-Lee", "Jenna Kaur")
    assert _class_results(record) == _expected_results(
        ("rally4", 2, ours), ("overall", 15, ours), ("rally4", 1, winners), ("overall", 11, winners)
    )


def test_two_forest_rallies_with_their_own_first_words_are_two_events() -> None:
    """ "Malton Forest Rally" is no other name of the "Trackrod Forest Rally" reported on (half
    their words shared): each has its own first word, so the next round stays upcoming."""
    record = _record(
        "Langdale win for Rennie\n\nKendal, 21 September 2026 – Callum Rennie and Fiona Hay won the "
        "Trackrod Forest Rally.\n\nNext round\n\nThe Northern Forest Rally Championship continues "
        "with round seven, the Malton Forest Rally, on Saturday 14 November.\n",
        "en",
    )
    assert record["event"]["name"] == "Trackrod Forest Rally"
    assert _upcoming(record) == [("Malton Forest Rally", "2026-11-14", "2026-11-14")]


def test_a_stages_name_after_its_code_and_a_comma_is_no_person() -> None:
    """ "el mejor tiempo en el TC8, Valverde del Fresno 2, en 7' 12''4": after a stage's code and a
    comma, a name with its pass's number is the stage's (the driver Valverde is another)."""
    record = _record(
        "Rallye\n\nCoria, 19 de octubre de 2026 – Diego Valverde Ayuso y Noelia Carrasco ganaron el "
        "Rallye Sierra de Gata. Valverde remató su fin de semana con el mejor tiempo en el TC8, "
        "Valverde del Fresno 2, en 7' 12''4.\n",
        "es",
    )
    crew = frozenset({"Diego Valverde Ayuso", "Noelia Carrasco"})
    assert _crews(record) == Counter({crew: 1})
    assert _stage_results(record) == Counter({(8, 1, crew): 1})
    assert _stage_times(record) == {(8, 1): 432.4}


def test_a_place_before_the_subjects_own_stage_win_is_the_events() -> None:
    """ "fueron segundos a 18,4 segundos después de ganar el TC6": "after winning" is the
    subject's own win of the stage named after it (no winner a gap is measured to), and the place
    before it is the event's."""
    record = _record(
        "Rallye\n\nCoria, 19 de octubre de 2026 – Diego Valverde Ayuso y Noelia Carrasco ganaron el "
        "Rallye Sierra de Gata. Fernando Tejeiro y Rubén Marcos (Hyundai i20 R5) fueron segundos a "
        "18,4 segundos después de ganar el TC6.\n",
        "es",
    )
    second = ("Fernando Tejeiro", "Rubén Marcos")
    assert _class_results(record) == _expected_results(
        ("overall", 1, ("Diego Valverde Ayuso", "Noelia Carrasco")), ("overall", 2, second)
    )
    assert _stage_results(record) == Counter({(6, 1, frozenset(second)): 1})


def test_a_cups_word_closing_a_places_name_before_dates_names_an_event() -> None:
    """ "se conclura avec la Merzouga Desert Cup, du 27 novembre au 1er décembre": a cup's word
    closing a place's name set off before dates is the next event (not "la Coupe de France", a
    championship, nor a make's one-make cup)."""
    record = _record(
        "Rallye\n\nTozeur, 13 octobre 2026 – Álvaro Nieto remporte le Rallye des Oasis.\n\nLe "
        "championnat se conclura avec la Merzouga Desert Cup, du 27 novembre au 1er décembre, au "
        "départ d'Erfoud (Maroc).\n",
        "fr",
    )
    assert _upcoming(record) == [("Merzouga Desert Cup", "2026-11-27", "2026-12-01")]


def test_a_win_of_the_event_a_sentence_names_is_no_class_win_of_the_sentence_before() -> None:
    """ "… een podium in de Rally4 voor X. De East Belgian Rally, zevende ronde van het BRC, werd
    gewonnen door Y en Z": the sentence names the event (its round, its championship) before the
    win and no class: the event's win, not one in the Rally4 the sentence before named."""
    record = _record(
        "East Belgian Rally: proefzege voor Van Roosbroeck\n\nEen proefzege voor Kobe Van Roosbroeck, "
        "een klasseoverwinning voor Wout Verhaegen en een podium in de Rally4 voor Tuur Bogaerts: de "
        "Kempense kleuren werden dit weekend mooi verdedigd. De East Belgian Rally, zevende ronde van "
        "het Belgian Rally Championship (BRC), werd gewonnen door Thibaut Renard en Noémie Lejeune.\n\n"
        "Ons clublid Kobe Van Roosbroeck en zijn bijrijdster Ine Goossens eindigden met hun Hyundai i20 "
        "N Rally2 als vierde in het algemeen klassement.\n",
        "nl",
    )
    assert ("overall", 1, frozenset({"Thibaut Renard", "Noémie Lejeune"})) in _class_results(record)
    assert not any(
        klass == "rally4" and crew == frozenset({"Thibaut Renard", "Noémie Lejeune"})
        for klass, _, crew in _class_results(record)
    )


def test_die_beiden_are_the_crew_and_the_time_after_the_stages_is_their_total() -> None:
    """ "Bereits im Prolog waren die beiden die Schnellsten": "die beiden" (the two) are the crew
    named before (language file `crew_nouns`); "Nach dem Prolog und vier Sonderprüfungen standen
    für das Duo 3:47:21 Stunden zu Buche": a time after the stages is the total, no prologue's."""
    record = _record(
        "Baja Lausitz 2026\n\nWelzow, 21. September 2026 – Den Gesamtsieg holten sich die Polen Bartosz "
        "Kędzierski und Michał Wąsowicz im Toyota Hilux. Bereits im Prolog am Samstagmorgen waren die "
        "beiden die Schnellsten und gaben die Führung danach nicht mehr ab. Nach dem Prolog und vier "
        "Sonderprüfungen standen für das Duo 3:47:21 Stunden zu Buche.\n",
        "de",
    )
    crew = ("Bartosz Kędzierski", "Michał Wąsowicz")
    assert _stage_results(record) == Counter({(0, 1, frozenset(crew)): 1})
    assert _stage_times(record) == {(0, 1): None}
    assert _seconds(_class_result_of(record, "overall", crew)["total_time"]) == 13641.0


def test_a_forwarded_release_is_dated_by_its_own_header_not_by_the_forwarding_mail() -> None:
    """A release forwarded inline ("---------- Forwarded message ---------", then its own "Date:
    dom, 25 oct 2026 a las 19:42" in the mail program's language) was published that day; the
    mail's header date is the day it was passed on."""
    raw = (
        "From: Rocío Benavente <rocio@motorpress.example>\n"
        "To: Deportes <deportes@correo.example>\n"
        "Subject: Fwd: ERC Rally Hungary: Ezquerra y Alcocer al podio\n"
        "Date: Mon, 26 Oct 2026 08:15:27 +0100\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        "FYI, resultados del fin de semana.\n\n"
        "---------- Forwarded message ---------\n"
        "De: Prensa Azahar Motorsport <prensa@azahar.example>\n"
        "Date: dom, 25 oct 2026 a las 19:42\n"
        "Subject: ERC Rally Hungary: Ezquerra y Alcocer al podio\n\n"
        "Pablo Ezquerra y Jaime Alcocer terminaron terceros del Rally Hungary.\n"
    )
    record = extract_dict(raw.encode("utf-8"), "hard/es.eml")
    assert record["published"] == "2026-10-25"


def test_a_stage_put_on_a_crews_name_is_their_win() -> None:
    """ "SS7 op naam van Jarne & Silke in 9:48.2": the stage put on their name (nl
    `given_to_phrases`) is their win, with its time."""
    record = _record(
        "Live\n\n"
        "07:48 — Aan de start voor ons: Jarne Vanhoutte & Silke De Wachter in de Škoda Fabia RS "
        "Rally2.\n\n"
        "10:11 — STAGE WIN!! 🏆🏆 SS7 op naam van Jarne & Silke in 9:48.2! Eerste ERC-proefzege ooit.\n",
        "nl",
    )
    assert _stage_results(record) == Counter({(7, 1, frozenset({"Jarne Vanhoutte", "Silke De Wachter"})): 1})
    assert _stage_times(record) == {(7, 1): 588.2}


def test_a_posts_place_before_a_gap_to_the_named_winner_is_the_threads_crew() -> None:
    """ "Etapa 4 ✅ P2 na etapa, a 1m05s do vencedor, Joaquín Paredes Ibarra": the winner named
    after the gap (and a comma) is no subject of the post; its place is the thread's crew's."""
    record = _record(
        "Rallye du Maroc — fio em direto\n\n"
        "08:15 — Bom dia! O nosso piloto: Martim Figueiró Antunes (#38, KTM 450 Rally Replica).\n\n"
        "15:20 — Etapa 4 ✅ P2 na etapa, a 1m05s do vencedor, Joaquín Paredes Ibarra. Ritmo "
        "constante.\n",
        "pt",
    )
    assert _stage_results(record) == Counter(
        {(4, 2, frozenset({"Martim Figueiró Antunes"})): 1, (4, 1, frozenset({"Joaquín Paredes Ibarra"})): 1}
    )


def test_a_posts_unnamed_win_after_its_stage_is_the_threads_crews() -> None:
    """ "14:32 — ZIEL Etappe 10!!! Stage win!! 🏆 Etappensieg bei den Trucks in 4:12:09": the
    win a post tells after its stage, naming no one, is the thread's crew's on that stage."""
    record = _record(
        "Live\n\n"
        "06:58 — Am Steuer des MAN TGS sitzt Matthias Kronawitter, Tereza Dvořáková navigiert, Göran "
        "Ekström ist unser Mechaniker an Bord.\n\n"
        "14:32 — ZIEL Etappe 10!!! Stage win!! 🏆 Etappensieg bei den Trucks in 4:12:09 🔥🔥🔥\n",
        "de",
    )
    trio = frozenset({"Matthias Kronawitter", "Tereza Dvořáková", "Göran Ekström"})
    assert _stage_results(record) == Counter({(10, 1, trio): 1})
    assert _stage_times(record) == {(10, 1): 15129.0}


def test_a_surname_after_two_particles_keeps_its_hyphenated_second_part() -> None:
    """ "Ilse van der Meulen-Brink": two particles, then a double-barrelled surname."""
    record = _record(
        "Twente Rally 2026\n\n"
        "RIJSSEN, 18 oktober 2026 – Wessel Kamphuis en Ilse van der Meulen-Brink werden tweede in de"
        " Rally4.\n",
        "nl",
    )
    assert _crews(record) == _expected_crews(("Wessel Kamphuis", "Ilse van der Meulen-Brink"))


def test_a_headlines_stage_makes_no_days_report_when_the_next_stage_was_run_already() -> None:
    """ "…: second in Rally4 and a lesson on SS5" over "Eoghan's stage win on SS6 – 7:41.9": the
    stage after the headline's has a result, so the release tells the whole rally, not SS5."""
    record = _record(
        "Glenmore Stages 2026: second in Rally4 and a lesson on SS5\n\n"
        "MACROOM, 6 October 2026 – Dónal Ó Súilleabháin and Nuala Kiely finished second in Rally4 and"
        " 14th overall, with a total time of 1:07:43.8.\n\n"
        "SS5 was where it nearly ended: a ditch and nine seconds lost.\n\n"
        "Up front, Eoghan McElhinney and Róisín Duggan won the rally outright. Eoghan's stage win on SS6"
        " – 7:41.9 – was the drive of the day.\n",
        "en",
    )
    donal = ("Dónal Ó Súilleabháin", "Nuala Kiely")
    assert _class_results(record) == _expected_results(
        ("Rally4", 2, donal), ("overall", 14, donal), ("overall", 1, ("Eoghan McElhinney", "Róisín Duggan"))
    )
    assert _stage_results(record) == Counter({(6, 1, frozenset({"Eoghan McElhinney", "Róisín Duggan"})): 1})


@pytest.mark.parametrize(
    ("lang", "heading"),
    [
        ("de", "Gesamtwertung nach der letzten Wertungsprüfung:"),
        ("nl", "Klassement na de laatste etappe:"),
        ("en", "Standings after the final stage:"),
    ],
)
def test_standings_after_the_last_stage_are_the_final_ones(lang: str, heading: str) -> None:
    """A wire's results block headed by the standings after the last stage: the final places."""
    record = _record(
        "Korhonen gewinnt\n\n"
        "PASSAU, 18.10.2026 (msd) - Elias Korhonen und Ville-Pekka Rautio gewannen.\n\n"
        f"{heading}\n"
        "1. Elias Korhonen (Finnland) / Ville-Pekka Rautio (Finnland) Toyota 2:41:17,8\n"
        "2. Thierry Vandamme (Belgien) / Lode Verstraeten (Belgien) Hyundai +14,6\n"
        "3. Oscar Lindgren (Schweden) / Mattias Öberg (Schweden) Toyota +41,2\n",
        lang,
    )
    assert _class_results(record) == _expected_results(
        ("overall", 1, ("Elias Korhonen", "Ville-Pekka Rautio")),
        ("overall", 2, ("Thierry Vandamme", "Lode Verstraeten")),
        ("overall", 3, ("Oscar Lindgren", "Mattias Öberg")),
    )
    assert (
        _seconds(_class_result_of(record, "overall", ("Elias Korhonen", "Ville-Pekka Rautio"))["total_time"])
        == 9677.8
    )


def test_a_corrections_cover_note_above_the_rule_is_no_part_of_the_release() -> None:
    """The note quotes the wrong values of the version sent earlier ("named X as ERC4 winners",
    "2:14:38.6"); only the release below the rule line tells the result."""
    record = _record(
        "Dear colleagues,\n\n"
        "The release we sent on Sunday contained two errors. Olli Kettula and Aapo Rinne were named as ERC4"
        " winners, and Ádám Szalai and Réka Dobos were given a total time of 2:14:38.6 instead of 2:14:36.8. "
        "This version replaces the one sent earlier.\n\n"
        "--------------------------------------------------------------------\n\n"
        "PRESS RELEASE\n\n"
        "Szalai and Dobos second at Rally Hungary, Fodor takes ERC4 win\n\n"
        "NYÍREGYHÁZA, 25 October 2026 – Ádám Szalai and Réka Dobos finished second overall at Rally"
        " Hungary in a total time of 2:14:36.8, 15.4s behind the winners. Levente Fodor and Dániel Halmi"
        " won ERC4 in their Peugeot 208 Rally4.\n\n"
        '"We lost the lead on Saturday afternoon and never quite got it back, but second on home roads'
        ' is something to be proud of," said Szalai. "Réka was perfect all weekend."\n\n'
        "The team's next event is the Rally Islas Canarias in November, the last round of the season.\n",
        "en",
    )
    szalai = ("Ádám Szalai", "Réka Dobos")
    assert _crews(record) == _expected_crews(szalai, ("Levente Fodor", "Dániel Halmi"))
    assert _class_results(record) == _expected_results(
        ("overall", 2, szalai),
        ("ERC4", 1, ("Levente Fodor", "Dániel Halmi")),
    )
    assert _seconds(_class_result_of(record, "overall", szalai)["total_time"]) == 8076.8
    title = next(s for s in record["sections"] if s["kind"] == "title")
    assert record["text"][title["start"] : title["end"]].startswith("Szalai and Dobos second")
    notes = [s for s in record["sections"] if s["kind"] == "notes"]
    assert notes and record["text"][notes[0]["start"] :].startswith("Dear colleagues,")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Théo Vasseur-Lambert started Sunday 31 seconds behind. It was not enough: the Frenchman and"
            " Maëlle Dufresnoy finished second in their Hyundai.",
        ),
        ("en", "Théo Vasseur-Lambert never looked comfortable, yet he and Maëlle Dufresnoy finished second."),
        (
            "es",
            "Théo Vasseur-Lambert salió el domingo con 31 segundos de retraso. Él y Maëlle Dufresnoy"
            " fueron segundos.",
        ),
    ],
)
def test_he_and_a_named_co_driver_share_the_place_of_the_one_named_before(lang: str, text: str) -> None:
    """ "…, yet he and Florian Ebner still finished third": "he" is the one named just before,
    and the two are one crew with the place."""
    record = _record(f"Rally 2026\n\nALGHERO, 12 October 2026 – {text}\n", lang)
    crew = ("Théo Vasseur-Lambert", "Maëlle Dufresnoy")
    assert _crews(record) == _expected_crews(crew)
    assert _class_results(record) == _expected_results(("overall", 2, crew))


@pytest.mark.parametrize(
    ("lang", "looked_back", "next_edition"),
    [
        (
            "nl",
            "Henrik Solbakken en Jonas Ødegård wonnen bij de auto's in een totaaltijd van 51:07:22."
            " Facundo Iñíguez en Santiago Peñaloza eindigden als tweede.",
            "De volgende editie van de Africa Eco Race start op 27 december in Monaco en finisht op 10"
            " januari aan het Lac Rose.",
        ),
        (
            "en",
            "Henrik Solbakken and Jonas Ødegård won the car category in a total time of 51:07:22."
            " Facundo Iñíguez and Santiago Peñaloza finished second.",
            "The next edition of the Africa Eco Race starts on 27 December in Monaco and finishes on 10"
            " January at the Lac Rose.",
        ),
    ],
)
def test_a_look_back_at_an_event_whose_next_edition_starts_soon_keeps_its_results(
    lang: str, looked_back: str, next_edition: str
) -> None:
    """ "Five things we learned from the Africa Eco Race 2026", ending on "the next edition …
    starts on 27 December": the places are of the edition looked back on, not a preview's."""
    record = extract_dict(
        (
            "---\ntitle: Africa Eco Race 2026\ndate: 2026-11-19\n---\n\n"
            "# Africa Eco Race 2026: vijf lessen\n\n"
            f"{looked_back}\n\n{next_edition}\n"
        ).encode(),
        f"hard/{lang}.md",
    )
    assert _class_results(record) == _expected_results(
        ("Cars", 1, ("Henrik Solbakken", "Jonas Ødegård")),
        ("Cars", 2, ("Facundo Iñíguez", "Santiago Peñaloza")),
    )
    assert [(u["name"], u["start"], u["end"]) for u in record["upcoming_events"]] == [
        ("Africa Eco Race", "2026-12-27", "2027-01-10")
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pt",
            "O chileno Tomás Irarrázaval Vial chegou à terceira etapa como líder e desistiu a meio dela."
            "\n\nNessa mesma etapa, a vitória foi para o sul-africano Thabo Mokoena. Mokoena terminou o rali"
            " em quinto nas motos.",
        ),
        (
            "en",
            "Chile's Tomás Irarrázaval Vial led into the third stage and retired halfway through it."
            "\n\nOn that same stage the win went to the South African Thabo Mokoena. Mokoena finished"
            " the rally fifth in the bike category.",
        ),
    ],
)
def test_that_same_stage_is_the_stage_the_sentence_before_named(lang: str, text: str) -> None:
    """ "Nessa mesma etapa, a vitória foi para X": a win of the stage named before, not the event's."""
    record = _record(f"Rally 2026\n\nZAGORA, 20 October 2026 – {text}\n", lang)
    thabo = ("Thabo Mokoena",)
    assert _stage_results(record) == Counter({(3, 1, frozenset(thabo)): 1})
    assert _class_results(record) == _expected_results(("Bikes", 5, thabo))


def test_their_car_finishing_a_place_is_the_crew_named_before() -> None:
    """ "Their Škoda Fabia RS Rally2 finished seventh overall and first in WRC2 with a total time
    of 3:36:02.9": the possessive opens the sentence as "they" would."""
    record = _record(
        "Rally Italia Sardegna 2026\n\nALGHERO, 12 October 2026 – In WRC2, Estonia's Rasmus Kõiv and"
        " Kaspar Tamm were in a different league. Their Škoda Fabia RS Rally2 finished seventh overall"
        " and first in WRC2 with a total time of 3:36:02.9, more than a minute clear in class.\n",
        "en",
    )
    crew = ("Rasmus Kõiv", "Kaspar Tamm")
    assert _class_results(record) == _expected_results(("overall", 7, crew), ("WRC2", 1, crew))
    assert _seconds(_class_result_of(record, "WRC2", crew)["total_time"]) == 12962.9


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("nl", "Op SS9 waren Thijmen Boersma en Marieke Joosten de snelsten in 9:48,6."),
        ("fr", "Thijmen Boersma et Marieke Joosten s'étaient imposés dans l'ES9 en 9'48''6."),
    ],
)
def test_the_fastest_in_the_plural_and_a_win_in_the_pluperfect_are_stage_wins(
    lang: str, sentence: str
) -> None:
    """ "waren de snelsten", "s'étaient imposés": a stage win, like "was de snelste", "s'est imposé"."""
    record = _record(f"Rally\n\nLIMASSOL, 18.10.2026 – {sentence}\n", lang)
    crew = frozenset({"Thijmen Boersma", "Marieke Joosten"})
    assert _stage_results(record) == Counter({(9, 1, crew): 1})
    assert _stage_times(record) == {(9, 1): 588.6}


def test_a_make_after_a_role_word_is_a_first_name() -> None:
    """ "zijn Spaanse navigatrice Mercedes Ibáñez Soler": a make right after a role, before
    capitalised words, opens the co-driver's name."""
    record = _record(
        "Dakar\n\nHOEI, 20.09.2026 – Koen Ruitenbeek reed een sterke rally. Ruitenbeek en zijn Spaanse"
        " navigatrice Mercedes Ibáñez Soler waren in hun Toyota Hilux de snelsten in de tweede etappe.\n",
        "nl",
    )
    crew = ("Koen Ruitenbeek", "Mercedes Ibáñez Soler")
    assert _crews(record) == _expected_crews(crew)
    assert _stage_results(record) == Counter({(2, 1, frozenset(crew)): 1})


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "es",
            "El Rally4 fue para Antón Seoane y Diego Bouzas, con el portugués Gonçalo Vasconcelos y Tiago"
            " Simões segundos.",
        ),
        (
            "en",
            "Rally4 went to Antón Seoane and Diego Bouzas, with the Portuguese Gonçalo Vasconcelos and Tiago"
            " Simões second.",
        ),
    ],
)
def test_a_pair_then_with_another_pair_are_two_crews(lang: str, sentence: str) -> None:
    """ "X y Y, con Z y W segundos": two crews, not one of four."""
    record = _record(f"Rally\n\nMONFORTE, 5 de octubre de 2026 – {sentence}\n", lang)
    first, second = ("Antón Seoane", "Diego Bouzas"), ("Gonçalo Vasconcelos", "Tiago Simões")
    assert _crews(record) == _expected_crews(first, second)
    assert _class_results(record) == _expected_results(("Rally4", 1, first), ("Rally4", 2, second))


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("pt", "disse à agência Lusa Tomé Carvalhais Rebelo, que termina a época em quarto lugar."),
        ("en", "Tomé Carvalhais Rebelo told the agency Reuters Sérgio Antão Valente had been perfect."),
    ],
)
def test_a_news_agencys_name_before_a_person_is_no_part_of_the_name(lang: str, said: str) -> None:
    """ "disse à agência Lusa Tomé Carvalhais Rebelo": the agency's name runs into the name after it;
    the person is the one the release named in full before."""
    record = _record(
        "Rali\n\nJIDÁ, 15 nov 2026 (Lusa) - O português Tomé Carvalhais Rebelo, navegado por Sérgio Antão"
        f' Valente, terminou em segundo lugar na categoria WRC2. "Demos tudo", {said}\n',
        lang,
    )
    assert _crews(record) == _expected_crews(("Tomé Carvalhais Rebelo", "Sérgio Antão Valente"))


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "de",
            "Der zweite Lkw mit Anja Brucklacher am Steuer, Beifahrerin Heidi Moosmann und Mechaniker"
            " Ferdinand Kuchler kam als Fünfter der Lkw-Wertung ins Ziel.",
        ),
        (
            "en",
            "The second truck, with Anja Brucklacher at the wheel, co-driver Heidi Moosmann and mechanic"
            " Ferdinand Kuchler, finished fifth in the truck category.",
        ),
    ],
)
def test_the_drivers_seat_between_a_trucks_names_keeps_them_one_crew(lang: str, sentence: str) -> None:
    """ "mit Anja Brucklacher am Steuer, Beifahrerin X und Mechaniker Y": one crew of three."""
    record = _record(f"Transanatolia\n\nSIVAS, 20.09.2026 – {sentence}\n", lang)
    trio = ("Anja Brucklacher", "Heidi Moosmann", "Ferdinand Kuchler")
    assert _crews(record) == _expected_crews(trio)
    assert _class_results(record) == _expected_results(("Trucks", 5, trio))


def test_a_dutch_surname_opening_on_the_ij_digraph_is_a_name() -> None:
    """ "Maarten IJsselstein": a surname opening on the Dutch digraph "IJ" is a name, in prose and
    in a results block's row."""
    record = _record(
        "Rallye du Maroc\n\nFÈS, 8 okt (ANP) - De Tsjech Vojtěch Šindelář won bij de trucks. De"
        " Nederlander Maarten IJsselstein werd tweede.\n\nEindklassement trucks:\n"
        "1. Vojtěch Šindelář (Tsjechië) / Matěj Kučera (Tsjechië) Tatra 27:48:19\n"
        "2. Maarten IJsselstein (Nederland) / Hidde Wolterink (Nederland) Iveco +7:12\n",
        "nl",
    )
    second = ("Maarten IJsselstein", "Hidde Wolterink")
    assert _crews(record) == _expected_crews(("Vojtěch Šindelář", "Matěj Kučera"), second)
    assert ("trucks", 2, frozenset(second)) in _class_results(record)


def test_the_described_one_named_before_and_who_rode_with_him_are_one_crew() -> None:
    """ "Voor Bart van Wijngaarden zat de rally er al op. De Drent, die met Thijs Hekkelman en
    monteur Ole Brandsma in een DAF XF reed, viel uit": one crew of three."""
    record = _record(
        "Rally\n\nFÈS, 8 okt (ANP) - Voor Bart van Wijngaarden zat de rally er al in de tweede etappe"
        " op. De Drent, die met Thijs Hekkelman en monteur Ole Brandsma in een DAF XF reed, viel na 140"
        " kilometer uit.\n",
        "nl",
    )
    assert _crews(record) == _expected_crews(("Bart van Wijngaarden", "Thijs Hekkelman", "Ole Brandsma"))


def test_a_class_right_after_a_place_in_digits_is_the_place_s_class() -> None:
    """ "Risultato: 8° assoluto, 2° WRC2": the class after a place written in digits is that
    place's class, not the tail of a car's name (as "Peugeot 208 Rally4" is)."""
    record = _record(
        "Rally Italia Sardegna\n\nLuca Pintus / Alessio Deiana — Škoda Fabia RS Rally2\n\n"
        "Risultato: 8° assoluto, 2° WRC2 – tempo totale 3:05:41.7\n",
        "it",
    )
    crew = ("Luca Pintus", "Alessio Deiana")
    assert _class_results(record) == _expected_results(("overall", 8, crew), ("WRC2", 2, crew))
    assert _seconds(_class_result_of(record, "WRC2", crew)["total_time"]) == 11141.7


def test_a_place_in_a_row_of_a_season_table_waits_for_no_crew() -> None:
    """ "| Rallye Dakar | 3 – 17 janvier | 6e Camions |": a row of the season's table places the
    team in another event; the name the next sentence gives ("le coup dur d'Abu Dhabi") is no
    crew it waited for."""
    text = (
        "# Sahara Trucks Racing : le bilan de la saison\n\n"
        "Nous terminons deuxièmes au Rallye du Maroc en catégorie Camions.\n\n"
        "## Notre saison manche par manche\n\n"
        "| Manche | Dates (2026) | Résultat |\n|---|---|---|\n"
        "| Rallye Dakar | 3 – 17 janvier | 6e Camions |\n"
        "| Abu Dhabi Desert Challenge | 21 – 26 février | Abandon (étape 3, boîte de vitesses) |\n"
        "| Rallye du Maroc | 11 – 16 octobre | 2e Camions |\n\n"
        "Après le coup dur d'Abu Dhabi, où une boîte de vitesses cassée nous avait renvoyés au"
        " bivouac dès la troisième étape, nous avons marqué des points à chaque manche.\n"
    )
    record = extract_dict(text.encode("utf-8"), "hard/season.md")
    assert _crews(record) == _expected_crews()
    assert _class_results(record) == _expected_results()


def test_a_rider_s_heading_with_a_dash_and_the_bike_heads_the_result_line_under_it() -> None:
    """ "### Théo Lamarque-Sabatier — KTM 450 Rally Replica, RallyGP" over "Résultat : 3e du
    classement général Motos": a solo rider's entry heading, its places on the line under it
    (not waiting for the next rider's heading)."""
    text = (
        "# Rallye du Maroc : ils ont dit\n\n"
        "### Théo Lamarque-Sabatier — KTM 450 Rally Replica, RallyGP\n\n"
        "**Résultat :** 3e du classement général Motos, 3e en RallyGP, à 7'42'' du vainqueur.\n\n"
        "### Wiktor Zieliński — Husqvarna FR 450 Rally, Rally2\n\n"
        "**Résultat :** 1er en Rally2, 6e du classement général Motos, en 17h52'08''.\n"
    )
    record = extract_dict(text.encode("utf-8"), "hard/quotes.md")
    theo, wiktor = ("Théo Lamarque-Sabatier",), ("Wiktor Zieliński",)
    assert _class_results(record) == _expected_results(
        ("Bikes", 3, theo), ("RallyGP", 3, theo), ("Rally2", 1, wiktor), ("Bikes", 6, wiktor)
    )


def test_rows_under_a_standings_label_of_a_day_s_bulletin_are_no_stage_places() -> None:
    """ "Tussenstand auto's:" over "3. Jörg Weißenböck/Nadine Schüßler +27'33"", in a bulletin that
    ranks crews after a stage and names no final classification: standings, not places on the
    stage the paragraph above was on."""
    record = _record(
        "AFRICA ECO RACE – DAGBULLETIN ETAPPE 9\n\n"
        "MOTOREN\n"
        "Sven Hoogendijk (Husqvarna FR 450 Rally) uit Hardenberg won etappe 9 in 4:12:37 en blijft aan"
        " de leiding van het algemeen klassement, nu met 6'41\" voorsprong op Ojeda Barrientos.\n"
        "Tussenstand motoren na etappe 9:\n"
        "1. Sven Hoogendijk 31:14:08\n"
        "2. Matías Ojeda Barrientos +6'41\"\n\n"
        "AUTO'S\n"
        "De Nederlanders Bram Hekkert en Jochem Tuinstra (Toyota Hilux Overdrive) wonnen de etappe in"
        " 3:58:44. Daarmee brachten ze hun achterstand op de leiders Aurélien Mascaro en Inès Belkacem"
        " (Century CR7) terug tot 4'12\". De Fransen werden derde op de etappe.\n"
        "Tussenstand auto's:\n"
        "1. Mascaro/Belkacem 28:47:51\n"
        "2. Hekkert/Tuinstra +4'12\"\n"
        "3. Jörg Weißenböck/Nadine Schüßler (Toyota Land Cruiser) +27'33\"\n",
        "nl",
    )
    assert _stage_results(record) == Counter(
        {
            (9, 1, frozenset({"Sven Hoogendijk"})): 1,
            (9, 1, frozenset({"Bram Hekkert", "Jochem Tuinstra"})): 1,
            (9, 3, frozenset({"Aurélien Mascaro", "Inès Belkacem"})): 1,
        }
    )


def test_a_results_flash_s_abbreviations_name_the_overall_and_the_class() -> None:
    """A flash minutes after the finish: "CLASIF. FINAL GRAL." heads the overall rows, "9º gral."
    is an overall place, and "P1 ass., P1 cl. Rally2" a place overall and one in the class named
    after the abbreviation (whose full stop ends no sentence; "P1" before it is no class)."""
    record = _record(
        "FLASH – RALLY PRINCESA DE ASTURIAS – FINAL\n\n"
        "CLASIF. FINAL GRAL.\n"
        "1. GARCÍA-ARANGO Bruno / MENÉNDEZ Olaya – Škoda Fabia RS Rally2 – 1:46:52,3\n"
        "2. ORTUZAR Beñat / ZABALA Ander – Hyundai i20 N Rally2 – 1:47:05,7 (+13,4s)\n\n"
        "GANADORES DE CLASE\n"
        "Rally3: AGUADO Marina / PEÑA Lucía – Renault Clio Rally3 – 1:55:10,8 – 9º gral.\n",
        "es",
    )
    first, second = ("GARCÍA-ARANGO Bruno", "MENÉNDEZ Olaya"), ("ORTUZAR Beñat", "ZABALA Ander")
    third = ("AGUADO Marina", "PEÑA Lucía")
    assert _class_results(record) == _expected_results(
        ("overall", 1, first), ("overall", 2, second), ("Rally3", 1, third), ("overall", 9, third)
    )
    record = _record(
        "FLASH – RALLY ADRIATICO\n\nNOTE DI GARA\n"
        "- Bresciani/Valli: P1 ass., P1 cl. Rally2. Scratch PS2, PS4, PS6.\n\n"
        "VINCITORI DI CLASSE\n- Rally2: BRESCIANI Tommaso / VALLI Chiara\n",
        "it",
    )
    crew = ("BRESCIANI Tommaso", "VALLI Chiara")
    assert _class_results(record) == _expected_results(("overall", 1, crew), ("Rally2", 1, crew))


def test_surnames_in_capitals_after_a_lower_case_prefix_and_after_o_a() -> None:
    """A flash writes "P1 o/a ARMSTRONG-HYDE Callum" ("o/a" is overall; its "a" is no article
    before a name) and "HALLORAN Dewi / McATEER Conor", "MacLENNAN Fraser / Ó CEALLAIGH Niall"
    (a surname in capitals after "Mc" or "Mac")."""
    record = _record(
        "FINAL TOP 3 O/A\n"
        "P1 o/a ARMSTRONG-HYDE Callum / PRITCHARD Elis (Škoda Fabia RS Rally2) 1:21:47.3\n"
        "P2 o/a MacLENNAN Fraser / Ó CEALLAIGH Niall (Hyundai i20 N Rally2) 1:22:41.0 (+53.9s)\n"
        "P3 o/a HALLORAN Dewi / McATEER Conor (Ford Fiesta Rally2) +1m 23.3s\n",
        "en",
    )
    first = ("ARMSTRONG-HYDE Callum", "PRITCHARD Elis")
    second = ("MacLENNAN Fraser", "Ó CEALLAIGH Niall")
    third = ("HALLORAN Dewi", "McATEER Conor")
    assert _crews(record) == _expected_crews(first, second, third)
    assert _class_results(record) == _expected_results(
        ("overall", 1, first), ("overall", 2, second), ("overall", 3, third)
    )


def test_a_rival_measured_against_after_a_demonym_is_not_who_the_duo_is_next() -> None:
    """ "37,8 Sekunden hinter dem Polen Tomasz Wierzbicki, der die Klasse gewann. Auf der 14.
    Prüfung fuhr das schwäbische Duo die Bestzeit": the rival a gap is measured against, named after
    a demonym, is not the duo of the next sentence."""
    record = _record(
        "Central European Rally\n\nPASSAU, 18. Okt (msd) - Bester deutscher Teilnehmer war Marius"
        " Kälberer aus Göppingen. Mit Beifahrerin Jana Stöckl belegte er im Škoda Fabia RS Rally2 den"
        " neunten Gesamtrang und wurde Zweiter der WRC2-Wertung, 37,8 Sekunden hinter dem Polen Tomasz"
        " Wierzbicki, der die Klasse gewann. Auf der 14. Prüfung bei Grainet fuhr das schwäbische Duo"
        " in 9:12,4 Minuten die Bestzeit der WRC2.\n",
        "de",
    )
    kaelberer = frozenset({"Marius Kälberer", "Jana Stöckl"})
    assert (14, 1, kaelberer) in _stage_results(record)
    assert _stage_times(record)[(14, 1)] == 552.4


def test_a_flash_s_lines_of_stage_winners_make_no_log_of_days() -> None:
    """ "KP7 Kamień Śląski (14,6 km) winst VAN DEN BROECK / DE SMEDT – 8:51,3" and "KP11: P2 kl.
    LAMBRECHTS / VERHELST" open on a stage but tell a fact: no days of a log, so the "TOP 3 ALG."
    rows under them are the final places, not standings recapped between days (tests/fresh34)."""
    path = Path(__file__).parent / "fresh34" / "nl" / "scheldestroom-rallysport-rally-silesia-2026-flash.eml"
    record = extract_dict(path.read_bytes(), str(path))
    places = _class_results(record)
    assert ("overall", 1, frozenset({"KOWALCZYK Szymon", "ŻMUDA Jędrzej"})) in places
    assert ("overall", 3, frozenset({"HÄMÄLÄINEN Eetu", "KOSKINEN Aapo"})) in places
    winner = _class_result_of(record, "overall", ("KOWALCZYK Szymon", "ŻMUDA Jędrzej"))
    assert _seconds(winner["total_time"]) == 8327.9


def test_our_total_time_after_congratulating_the_winners_is_the_team_s_crew_s() -> None:
    """A team's post: "… nur 6,9 Sekunden auf die Sieger Florian Auer und Christoph Lechner –
    Gratulation 👏 Unsere Gesamtzeit: 1:02:47,3": the total is the team's own crew's, named first,
    not the winners' named last."""
    record = _record(
        "Rallye Weiz 2026\n\n"
        "🏁 ZIEL! Valentina Gruber & Stefanie Pichler sind ZWEITE der Rallye Weiz 2026!\n\n"
        "Nach zehn Prüfungen fehlten am Ende nur 6,9 Sekunden auf die Sieger Florian Auer und"
        " Christoph Lechner – Gratulation, ihr wart heute die Schnelleren 👏 Unsere Gesamtzeit:"
        " 1:02:47,3.\n",
        "de",
    )
    ours = _class_result_of(record, "overall", ("Valentina Gruber", "Stefanie Pichler"))
    assert ours["position"] == 2
    assert _seconds(ours["total_time"]) == 3767.3
    winners = _class_result_of(record, "overall", ("Florian Auer", "Christoph Lechner"))
    assert winners["total_time"] is None


def test_an_edition_number_before_the_event_word_is_no_model_number() -> None:
    """ "FLASH – 63 RALLY PRINCESA DE ASTURIAS CIUDAD DE OVIEDO – S-CER R6 – FINAL": the edition's
    number before the event (unlike "KTM 450 Rally Replica", a make's model), so the event is the
    headline's, not the next one the flash announces; "16 May 2026" stays a date."""
    record = _record(
        "FLASH – 63 RALLY PRINCESA DE ASTURIAS CIUDAD DE OVIEDO – S-CER R6 – FINAL\n"
        "Oviedo, 12/09/2026, 19:45 h\n\n"
        "1. GARCÍA-ARANGO Bruno / MENÉNDEZ Olaya – Škoda Fabia RS Rally2 – 1:46:52,3\n\n"
        "Próx.: Rallye La Nucía Mediterráneo (S-CER R7), 23-24/10.\n",
        "es",
    )
    assert _same_event_name(record["event"]["name"], "Rally Princesa de Asturias Ciudad de Oviedo")
    assert _upcoming(record) == [("Rallye La Nucía Mediterráneo", "2026-10-23", "2026-10-24")]


@pytest.mark.parametrize(
    ("lang", "text", "latter"),
    [
        (
            "fr",
            "Les Italiens Matteo Zanghellini et Davide Brunetti pointent en tête avec 11''2 d'avance sur"
            " Léna Bouvier-Martel et Chloé Aubanel. Ces dernières ont signé le meilleur temps Rally4 de"
            " l'ES7 Bargème en 11'52''9.",
            ("Léna Bouvier-Martel", "Chloé Aubanel"),
        ),
        (
            "en",
            "Matteo Zanghellini and Davide Brunetti lead by 11.2s from Léna Bouvier-Martel and Chloé"
            " Aubanel. The latter set the fastest Rally4 time on SS7 in 11:52.9.",
            ("Léna Bouvier-Martel", "Chloé Aubanel"),
        ),
    ],
)
def test_the_latter_is_the_crew_named_last_even_one_a_gap_is_measured_to(
    lang: str, text: str, latter: tuple[str, ...]
) -> None:
    """ "… 11''2 d'avance sur Léna Bouvier-Martel et Chloé Aubanel. Ces dernières ont signé le
    meilleur temps de l'ES7": "the latter" (key `latter_pronouns`) is the crew named last, though
    a gap was measured to it (which "they" would skip)."""
    record = _record("Rallye du Var\n\n" + text + "\n", lang)
    assert _stage_results(record) == Counter({(7, 1, frozenset(latter)): 1})
    assert _stage_times(record)[(7, 1)] == 712.9


def test_a_bulletin_saying_the_final_classification_comes_later_is_still_mid_event() -> None:
    """ "Geral provisória após o SS2: …" and, for tomorrow, "A classificação final será publicada
    após o período de reclamações": a sentence about the final classification, with no place in
    it, names none; the bulletin's standings ("terceiros na geral") are no results."""
    record = _record(
        "BAJA PORTALEGRE 500 – BOLETIM N.º 3\n\n"
        "AUTOMÓVEIS\n\n"
        "Tiago Mascarenhas Brito e o navegador Filipe Serôdio (Toyota Hilux Overdrive) ganharam o SS2 em"
        " 2h27m53s. Žygimantas Kairys e Aurimas Šležas (Toyota Hilux), terceiros na geral, foram"
        " penalizados em cinco minutos.\n\n"
        "Geral provisória após o SS2:\n"
        "1. Clairval / Pénicaud (Ford Raptor T1+)\n"
        "2. Mascarenhas Brito / Serôdio (Toyota Hilux Overdrive), a 22s\n\n"
        "AMANHÃ\n\n"
        "Sábado, 31 de outubro: SS3 (Crato – Portalegre), 186 km cronometrados. A classificação final"
        " será publicada após o período de reclamações.\n",
        "pt",
    )
    assert _class_results(record) == _expected_results()
    assert (2, 1, frozenset({"Tiago Mascarenhas Brito", "Filipe Serôdio"})) in _stage_results(record)


def test_a_town_s_hospital_is_no_person() -> None:
    """ "foi transportado para o Hospital de Portalegre": a hospital's name (base.yaml
    `geographic_words`) is a place, no crew."""
    record = _record(
        "Baja Portalegre 500\n\nO dia ficou marcado pelo abandono de Rúben Aguiar Sequeira (GasGas RX"
        " 450F Replica), que caiu ao km 112 e foi transportado para o Hospital de Portalegre com uma"
        " fratura no pulso esquerdo.\n",
        "pt",
    )
    assert _crews(record) == _expected_crews(("Rúben Aguiar Sequeira",))


def test_a_stage_s_name_in_apposition_is_no_crew() -> None:
    """ "o quinto tempo absoluto na PE3, Terra Brava, com 8m11,9s": a name set off by commas right
    after a stage's number, told nowhere else, is the stage's name; its time stays the crew's
    before it. "O piloto da Praia da Vitória": a win word closing a town's name is no win."""
    record = _record(
        "Rali Ilha Lilás\n\nNos Rally4, a festa foi de Nélson Borba Quadros e do navegador Simão Ávila"
        " Bretão (Peugeot 208 Rally4), vencedores da classe. O piloto da Praia da Vitória chegou a"
        " fazer o quinto tempo absoluto na PE3, Terra Brava, com 8m11,9s.\n",
        "pt",
    )
    crew = ("Nélson Borba Quadros", "Simão Ávila Bretão")
    assert _crews(record) == _expected_crews(crew)
    assert _stage_results(record) == Counter({(3, 5, frozenset(crew)): 1})
    assert _stage_times(record)[(3, 5)] == 491.9


def test_a_dutch_town_s_demonym_after_an_article_stands_for_the_person() -> None:
    """ "Op KP 7 … was de Gelenaar met 6.41,3 de snelste": "de Gelenaar" (nl `demonym_suffixes`:
    an article and "-aar") is the person from Geel named before, no stray word."""
    record = _record(
        "Kempenrally\n\nSeppe Van Gorp en copiloot Wout Geerts eindigden als vierde. Het hoogtepunt kwam"
        " in de namiddag. Op KP 7, de 11,8 kilometer lange proef door de bossen van Kasterlee, was de"
        " Gelenaar met 6.41,3 de snelste van het hele deelnemersveld.\n",
        "nl",
    )
    crew = frozenset({"Seppe Van Gorp", "Wout Geerts"})
    assert (7, 1, crew) in _stage_results(record)
    assert _stage_times(record)[(7, 1)] == 401.3


def test_a_rival_a_gap_is_measured_to_takes_no_place_of_the_dropped_subject() -> None:
    """ "Xabier Veiga Pardo y su copiloto Noelia Castro Rivas … terminaron quintos. Tras una mañana
    complicada, el equipo de Vilalba firmó el segundo mejor tiempo en el TC6, Friol 2, con 9:12,8, a
    solo tres décimas de Riestra, que ganó el tramo": second is the subject the sentence dropped,
    not the rival the gap is measured to, who won."""
    record = _record(
        "Rallye San Froilán\n\nLa victoria fue para el asturiano Pelayo Riestra y Covadonga Mier"
        " (Hyundai i20 N Rally2).\n\nXabier Veiga Pardo y su copiloto Noelia Castro Rivas (Citroën C3"
        " Rally2) terminaron quintos de la general. Tras una mañana complicada con los reglajes, el"
        " equipo de Vilalba firmó por la tarde el segundo mejor tiempo en el TC6, Friol 2, con 9:12,8,"
        " a solo tres décimas de Riestra, que ganó el tramo.\n",
        "es",
    )
    stages = _stage_results(record)
    assert (6, 2, frozenset({"Xabier Veiga Pardo", "Noelia Castro Rivas"})) in stages
    assert (6, 1, frozenset({"Pelayo Riestra", "Covadonga Mier"})) in stages


def test_a_win_in_apposition_is_the_crew_a_gap_was_measured_to() -> None:
    """ "… comptent 24''5 d'avance sur le Suédois Sven Åkerlund et Jonas Fröberg (Citroën DS3 R3T),
    auteurs du meilleur temps R3 dans l'ES6": the clause after the comma tells the rival's win, not
    the leaders'."""
    record = _record(
        "Rallye du Var\n\nR3\nPascal Daumas et Cyril Agnel (Renault Clio R3T) ont géré leur avance toute"
        " la journée et comptent 24''5 d'avance sur le Suédois Sven Åkerlund et Jonas Fröberg (Citroën"
        " DS3 R3T), auteurs du meilleur temps R3 dans l'ES6 Le Brusquet en 16'41''7.\n",
        "fr",
    )
    assert _stage_results(record) == Counter({(6, 1, frozenset({"Sven Åkerlund", "Jonas Fröberg"})): 1})
    assert _stage_times(record)[(6, 1)] == 1001.7


def test_a_flash_s_crew_named_by_initials_is_a_crew_as_written() -> None:
    """ "DNF WP9: M. Obermaier / K. Lenz": a crew the flash names only by initial and surname is a
    crew, its names as written with their evidence; a surname a full name owns ("L. Hessler"
    after "Lena Hessler") stays that person's."""
    text = (
        "FLASH – ADAC 3-Städte-Rallye – Endstand\n\n"
        "P1 ges. KRAMMER Lukas / SEEBACHER Anna (A) – Škoda Fabia RS Rally2 – 1:41:07,9\n"
        "DNF WP9: M. Obermaier / K. Lenz (Škoda Fabia Rally2) – Abflug, Crew ok\n"
    )
    record = _record(text, "de")
    assert _crews(record) == _expected_crews(("KRAMMER Lukas", "SEEBACHER Anna"), ("M. Obermaier", "K. Lenz"))
    initialled = next(c for c in record["crews"] if c["members"][0]["name"] == "M. Obermaier")
    assert [e["text"] for e in initialled["evidence"]] == ["M. Obermaier", "K. Lenz"]
    for evidence in initialled["evidence"]:
        assert record["text"][evidence["start"] : evidence["end"]] == evidence["text"]
    record = _record(
        "Rallye Hessenland\n\nLena Hessler und ihr Vater Wolfgang Hessler wurden Zweite in der Klasse"
        " Classic.\n\nWP3: P2 kl. L. Hessler / W. Hessler\n",
        "de",
    )
    assert all(
        not member["name"].startswith(("L. ", "W. "))
        for crew in record["crews"]
        for member in crew["members"]
    )


def test_a_pair_then_with_another_pair_placed_alongside_are_two_crews() -> None:
    """ "ahead of A and B (car), with home hero C third alongside D": the "with" after a pair
    opens the next crew, which "third alongside" joins; no crew of three."""
    text = (
        "Pirttijärvi wins Rally Japan\n\n"
        "Elias Pirttijärvi and Tuomo Heiskanen won Rally Japan by 9.8 seconds. Their Toyota crossed"
        " the finish ramp ahead of Adrien Puységur and Baptiste Le Quintrec (Hyundai i20 N Rally1),"
        " with home hero Kōsuke Amemiya third alongside Ryōta Nishikawa.\n"
    )
    record = _record(text, "en")
    assert _crews(record) == _expected_crews(
        ("Elias Pirttijärvi", "Tuomo Heiskanen"),
        ("Adrien Puységur", "Baptiste Le Quintrec"),
        ("Kōsuke Amemiya", "Ryōta Nishikawa"),
    )


def test_a_surname_that_opens_like_a_weekday_is_a_name_where_weekdays_open_no_compounds() -> None:
    """ "Rômulo Quintanilha": in Portuguese "quinta" (Thursday) opens no compound the way
    "Freitagabend" does in German, so the surname stays in the crew."""
    text = (
        "Câmbio tira a dupla da liderança\n\n"
        "Depois de vencer duas etapas, a dupla Marcelo Tavares Brandão e Rômulo Quintanilha (Toyota"
        " Hilux T1+ #305) abandonou a prova na sexta etapa.\n"
    )
    record = _record(text, "pt")
    assert _crews(record) == _expected_crews(("Marcelo Tavares Brandão", "Rômulo Quintanilha"))
    german = _record(
        "Rallye Erzgebirge\n\nSonntagmorgen Lukas Brenner und Anna Keller gewannen die WP9.\n", "de"
    )
    assert _crews(german) == _expected_crews(("Lukas Brenner", "Anna Keller"))


def test_a_counted_win_on_the_stage_named_right_after_it_is_that_stage_s_win() -> None:
    """ "a primeira vitória já na etapa 2": the first win, on the stage named right after it, is a
    win of that stage (not the event's counted win), and the time told after it is that stage's."""
    text = (
        "Cerrado no Sertões\n\n"
        "A dupla Marcelo Tavares Brandão e Rômulo Quintanilha abandonou a prova.\n\n"
        "Marcelo e Rômulo começaram forte: segundo na etapa 1 e a primeira vitória já na etapa 2,"
        " com 3h12min08s para os 398 km cronometrados.\n"
    )
    record = _record(text, "pt")
    crew = frozenset({"Marcelo Tavares Brandão", "Rômulo Quintanilha"})
    assert _stage_results(record) == Counter({(1, 2, crew): 1, (2, 1, crew): 1})
    assert _stage_times(record) == {(1, 2): None, (2, 1): 11528.0}


def test_stages_listed_before_one_crew_under_a_stage_wins_label_were_all_won_by_it() -> None:
    """ "SS1, SS4, SS7 — Sangster/Pennant-Lloyd" under "Stage wins:": every stage of the list was
    won by the crew named after it, as "SS5 and SS6 X/Y" is."""
    text = (
        "SEVERN VALLEY STAGES 2026 – FACTS AND FIGURES\n\n"
        "Event: Severn Valley Stages, round 6 of the British Rally Championship\n"
        "Winners: Ruaridh Sangster / Ffion Pennant-Lloyd (Škoda Fabia RS Rally2) – 1:12:38.5\n"
        "Second: Oskari Vääränen / Jarkko Hellsten (Citroën C3 Rally2) – 1:12:51.9\n\n"
        "Stage wins:\n"
        "SS1, SS4, SS7 — Sangster/Pennant-Lloyd\n"
        "SS2, SS5 — Vääränen/Hellsten\n"
        "SS3 — Sangster/Pennant-Lloyd\n\n"
        "Leaders: SS1–SS2 Sangster/Pennant-Lloyd; SS3–SS5 Vääränen/Hellsten\n"
    )
    record = _record(text, "en")
    winners = frozenset({"Ruaridh Sangster", "Ffion Pennant-Lloyd"})
    second = frozenset({"Oskari Vääränen", "Jarkko Hellsten"})
    assert _stage_results(record) == Counter(
        {
            (1, 1, winners): 1,
            (4, 1, winners): 1,
            (7, 1, winners): 1,
            (3, 1, winners): 1,
            (2, 1, second): 1,
            (5, 1, second): 1,
        }
    )


def test_a_hyphenated_surname_opened_by_a_stop_word_is_one_name() -> None:
    """ "Gerard Mas-Vidal": "mas" is a Spanish stop word, yet before a hyphen and a capital it
    opens the surname; the crew is whole."""
    text = (
        "Rallye La Nucía: datos y cifras\n\n"
        "Ganadores del tramo: Gerard Mas-Vidal y Sílvia Roura (Hyundai i20 N Rally2) ganaron el TC9"
        " de la prueba alicantina, por delante de los demás equipos del campeonato.\n"
    )
    record = _record(text, "es")
    assert _crews(record) == _expected_crews(("Gerard Mas-Vidal", "Sílvia Roura"))


def test_a_stage_winners_heading_with_a_count_in_brackets_opens_the_list() -> None:
    """ "Scratches por equipo (12 TC):": the count in brackets leaves a heading of win words,
    so the lines under it give each stage's winners."""
    text = (
        "RALLYE LA NUCÍA 2026 – DATOS Y CIFRAS\n\n"
        "Prueba: Rallye La Nucía, sexta cita del Supercampeonato de España de Rallyes\n"
        "Ganadores: Álvaro Ferrándiz Soler / Gemma Puig Castells (Škoda Fabia RS Rally2)\n"
        "Segundos: Aitor Elizondo Urkiola / Leire Arregi (Hyundai i20 N Rally2)\n\n"
        "Scratches por equipo (12 TC):\n"
        "TC1, TC4 — Ferrándiz / Puig\n"
        "TC2 — Elizondo / Arregi\n"
    )
    record = _record(text, "es")
    winners = frozenset({"Álvaro Ferrándiz Soler", "Gemma Puig Castells"})
    second = frozenset({"Aitor Elizondo Urkiola", "Leire Arregi"})
    assert _stage_results(record) == Counter({(1, 1, winners): 1, (4, 1, winners): 1, (2, 1, second): 1})


def test_a_numbered_list_run_on_from_a_place_past_the_first_ranks_its_crews() -> None:
    """ "Fourth to sixth: 4. A / B (car) +1m 27.6s; 5. C / D …": the rest of the classification,
    numbered from 4 after a label, gives each crew its place."""
    text = (
        "SEVERN VALLEY STAGES 2026 – FACTS AND FIGURES\n\n"
        "Event: Severn Valley Stages, round 6 of the British Rally Championship\n"
        "Podium: 1. Ruaridh Sangster / Ffion Pennant-Lloyd (Škoda Fabia RS Rally2) 1:12:38.5; 2. Oskari"
        " Vääränen / Jarkko Hellsten (Citroën C3 Rally2) 1:12:51.9; 3. Eoghan Ó Cuív / Siobhán Cuddihy"
        " (Hyundai i20 N Rally2) 1:13:30.2\n"
        "Fourth to sixth: 4. Isobel Wyke-Darnell / Tomos Rhydderch (Ford Fiesta Rally2) +1m 27.6s; 5."
        " Mikołaj Grzędziński / Gareth Pinnock (Škoda Fabia R5 evo) +2m 03.1s; 6. Callum Dewhirst /"
        " Bethan Tudor-Morgan (Citroën C3 Rally2) +2m 40.8s\n"
    )
    record = _record(text, "en")
    assert _class_results(record) == _expected_results(
        ("overall", 1, ("Ruaridh Sangster", "Ffion Pennant-Lloyd")),
        ("overall", 2, ("Oskari Vääränen", "Jarkko Hellsten")),
        ("overall", 3, ("Eoghan Ó Cuív", "Siobhán Cuddihy")),
        ("overall", 4, ("Isobel Wyke-Darnell", "Tomos Rhydderch")),
        ("overall", 5, ("Mikołaj Grzędziński", "Gareth Pinnock")),
        ("overall", 6, ("Callum Dewhirst", "Bethan Tudor-Morgan")),
    )


def test_class_winners_run_on_after_a_label_each_won_their_class() -> None:
    """ "Class winners: Rally2 – A / B; Rally4 – C / D (…), 1:21:44.9, 15th overall; R-GT – E / F":
    each class, its dash and the crew after it, in the total time told with it; a class the
    language file does not know is kept as written."""
    text = (
        "SEVERN VALLEY STAGES 2026 – FACTS AND FIGURES\n\n"
        "Event: Severn Valley Stages, round 6 of the British Rally Championship\n"
        "Winners: Ruaridh Sangster / Ffion Pennant-Lloyd (Škoda Fabia RS Rally2) – 1:12:38.5\n"
        "Class winners: Rally2 – Sangster / Pennant-Lloyd; Rally4 – Aled Meredudd-Wynne / Chloë Maddern"
        " (Peugeot 208 Rally4), 1:21:44.9, 15th overall; R-GT – Giuseppe Ferrandino / Paolo Scaglia"
        " (Alpine A110 Rally)\n"
    )
    record = _record(text, "en")
    assert _class_results(record) == _expected_results(
        ("overall", 1, ("Ruaridh Sangster", "Ffion Pennant-Lloyd")),
        ("Rally2", 1, ("Ruaridh Sangster", "Ffion Pennant-Lloyd")),
        ("Rally4", 1, ("Aled Meredudd-Wynne", "Chloë Maddern")),
        ("overall", 15, ("Aled Meredudd-Wynne", "Chloë Maddern")),
        ("R-GT", 1, ("Giuseppe Ferrandino", "Paolo Scaglia")),
    )
    rally4 = _class_result_of(record, "Rally4", ("Aled Meredudd-Wynne", "Chloë Maddern"))
    assert _seconds(rally4.get("total_time")) == 4904.9


def test_a_counted_stage_win_in_a_sentence_opened_by_its_stage_is_that_stage_s_win() -> None:
    """ "Auf der ersten Etappe … holte er seinen ersten Etappensieg": the one stage the sentence
    opens on is the counted win's, in the time told there."""
    text = (
        "Rallye du Maroc: Hirschbichler führt\n\n"
        "Florian Hirschbichler (KTM 450 Rally Replica) führte die Rallye du Maroc nach drei Etappen an.\n\n"
        "Auf der ersten Etappe über 311 Wertungskilometer fuhr er allen davon: In 3:38:14 Stunden holte er"
        " seinen ersten Etappensieg bei einem Lauf der Weltmeisterschaft.\n"
    )
    record = _record(text, "de")
    assert _stage_results(record) == Counter({(1, 1, frozenset({"Florian Hirschbichler"})): 1})
    assert _stage_times(record)[(1, 1)] == 13094.0


def test_an_aged_descriptor_opening_a_paragraph_is_the_crew_the_paragraph_before_opened_on() -> None:
    """ "Schon im Prolog zeigte der 27-jährige Pongauer mit Platz sechs" after a paragraph on
    Hirschbichler that named his teammate last: the descriptor, and "er" after it, are
    Hirschbichler."""
    text = (
        "Rallye du Maroc: Motorschaden stoppt Hirschbichler\n\n"
        "Florian Hirschbichler (#34, KTM 450 Rally Replica) führte die Rallye du Maroc nach drei von fünf"
        " Etappen an. Teamkollege Jakub Ševčík (#61, KTM 450 Rally Replica) erreichte Agadir als Elfter"
        " der Gesamtwertung.\n\n"
        "Schon im Prolog am Samstag zeigte der 27-jährige Pongauer mit Platz sechs, dass mit ihm zu"
        " rechnen war. Auf der zweiten Etappe wurde er Zweiter.\n"
    )
    record = _record(text, "de")
    florian = frozenset({"Florian Hirschbichler"})
    assert _stage_results(record) == Counter({(0, 6, florian): 1, (2, 2, florian): 1})


def test_a_county_is_a_place_not_a_crew() -> None:
    """ "on the fast, bumpy roads of County Tyrone, set the fastest time on SS7": the county is a
    place; the stage win is the crew's the sentence is about."""
    text = (
        "Ulster Rally: Ó Máille second for Ford Ireland\n\n"
        "Pádraig Ó Máille and Róisín Nic Dhonnchadha (Ford Fiesta Rally2) finished second on the Ulster"
        " Rally. On Saturday the pair found their rhythm on the fast, bumpy roads of County Tyrone, set"
        " the fastest time on SS7 in 8:41.3 and were second-fastest on SS9.\n"
    )
    record = _record(text, "en")
    crew = frozenset({"Pádraig Ó Máille", "Róisín Nic Dhonnchadha"})
    assert _crews(record) == _expected_crews(("Pádraig Ó Máille", "Róisín Nic Dhonnchadha"))
    assert _stage_results(record) == Counter({(7, 1, crew): 1, (9, 2, crew): 1})


def test_a_town_of_several_words_running_into_a_known_surname_is_no_name() -> None:
    """ "Al traguardo di Bassano del Grappa Bortignon e Holm hanno chiuso secondi": the town's words
    run into the surname of Alessio Bortignon, named in full before; the crew is his."""
    text = (
        "Rally Città di Bassano: Bortignon secondo\n\n"
        "Alessio Bortignon, affiancato dal navigatore danese Søren Holm, ha lottato per la vittoria fino"
        " all'ultima prova speciale. Al traguardo di Bassano del Grappa Bortignon e Holm hanno chiuso"
        " secondi assoluti.\n"
    )
    record = _record(text, "it")
    assert _crews(record) == _expected_crews(("Alessio Bortignon", "Søren Holm"))
    assert _class_results(record) == _expected_results(("overall", 2, ("Alessio Bortignon", "Søren Holm")))


def test_notes_to_editors_name_no_crews_but_a_final_classification_in_them_is_read() -> None:
    """ "NOTAS PARA LOS EDITORES" opens the notes, whose past drivers are no crews; "Classificação
    final – Camiões" under "NOTAS PARA OS EDITORES" is the event's result all the same."""
    spanish = (
        "Škoda gana el Transchaco Rally\n\n"
        "Asunción, 27 de septiembre de 2026 – Rodrigo Areco y Lucía Benítez Ocampo (Škoda Fabia RS Rally2)"
        " ganaron el Transchaco Rally, tercera victoria de la temporada para el equipo.\n\n"
        "NOTAS PARA LOS EDITORES\n"
        "Škoda en el Transchaco Rally: a lo largo de estas décadas defendieron los colores de la marca"
        " pilotos como Ricardo Benegas, Néstor Villagra y João Otávio Kämpf.\n"
    )
    record = _record(spanish, "es")
    assert _crews(record) == _expected_crews(("Rodrigo Areco", "Lucía Benítez Ocampo"))
    assert "notes" in [section["kind"] for section in record["sections"]]
    portuguese = (
        "Tejo Truck Racing vence nos camiões\n\n"
        "Agadir, 17 de outubro de 2026 – A Tejo Truck Racing venceu a categoria de camiões do Rallye du"
        " Maroc com Nuno Vasconcelos Amaral, Pieter-Jan van der Meulen e Tiago Brás Soeiro.\n\n"
        "NOTAS PARA OS EDITORES\n\n"
        "Classificação final – Camiões\n"
        "1. Amaral / van der Meulen / Brás Soeiro (Iveco Powerstar) 19:42:16\n"
        "2. Jaroslav Vondráček / Milan Kuchař / Daniel Šebesta (Tatra Phoenix) +18:40\n"
    )
    record = _record(portuguese, "pt")
    assert (
        "trucks",
        2,
        frozenset({"Jaroslav Vondráček", "Milan Kuchař", "Daniel Šebesta"}),
    ) in _class_results(record)


def test_a_champion_s_title_in_a_compound_names_no_event() -> None:
    """ "Raphael Weinzettl krönt sich zum Österreichischen Rallye-Staatsmeister 2026": the title
    ends on "meister", so it is no event beside its year; the rally is the Rallye Waldviertel."""
    text = (
        "PRESSEINFORMATION\n\n"
        "Doppelsieg beim Finale der Österreichischen Rallye-Staatsmeisterschaft\n\n"
        "• Raphael Weinzettl krönt sich zum Österreichischen Rallye-Staatsmeister 2026\n\n"
        "Horn, 8. November 2026 – Bei der Rallye Waldviertel rund um Horn setzten sich Raphael"
        " Weinzettl und Beifahrerin Theresa Grübl nach zwölf Wertungsprüfungen in 1:52:18,3 Stunden"
        " durch.\n"
    )
    record = _record(text, "de")
    assert record["event"] is not None
    assert _same_event_name(record["event"]["name"], "Rallye Waldviertel")


def test_that_stage_is_the_stage_named_last_and_a_count_of_stages_won_names_no_later_one() -> None:
    """ "Toen kwam etappe 4. … Die etappe werd gewonnen door X": "die etappe" is stage 4, whatever
    class a word in between named; "wonnen twee etappes …, maar … in de vierde etappe aan de kant":
    the count of stages won gives no win on the fourth."""
    text = (
        "Cardanas breekt droom van Van der Wielen\n\n"
        "ERFOUD – Gijs van der Wielen, Tomáš Kratochvíl en Remco Uitdehaag wonnen met de Iveco Powerstar"
        " #506 twee etappes en gingen ruim aan de leiding bij de trucks, maar een gebroken cardanas zette"
        " hen in de vierde etappe aan de kant.\n\n"
        "Toen kwam etappe 4. Na 187 kilometer voelde Kratochvíl de truck trillen. Die etappe werd"
        " gewonnen door Žygimantas Paulauskas, Dovydas Kairys en Mindaugas Rimkus in hun MAN TGS.\n"
    )
    record = _record(text, "nl")
    assert _stage_results(record) == Counter(
        {(4, 1, frozenset({"Žygimantas Paulauskas", "Dovydas Kairys", "Mindaugas Rimkus"})): 1}
    )
    assert _class_results(record) == Counter()


def test_a_start_number_after_an_article_stands_for_the_crew_racing_it() -> None:
    """ "a dupla X e Y (Toyota Hilux T1+ #305)" gives #305 to that crew; "e a #305 foi apenas a
    quarta" then places it, not the last name before it."""
    text = (
        "Câmbio tira Marcelo e Rômulo da liderança\n\n"
        "Fortaleza (CE), 7 de setembro de 2026 – A dupla Marcelo Tavares Brandão e Rômulo Quintanilha"
        " (Toyota Hilux T1+ #305) abandonou a prova na sexta etapa. A segunda Hilux, a #318 de Heitor"
        " Gonçalves Mendonça e do navegador Paulo Sérgio Ritter, chegou em sétimo.\n\n"
        "Na etapa 3, um pneu furado nas dunas custou quase quatro minutos ao Ícaro Bezerra Lins (Honda"
        " #318) e a #305 foi apenas a quarta.\n"
    )
    record = _record(text, "pt")
    crew = frozenset({"Marcelo Tavares Brandão", "Rômulo Quintanilha"})
    assert (3, 4, crew) in _stage_results(record)
    assert not any(
        stage == 3 and position == 4 and names != crew for stage, position, names in _stage_results(record)
    )


def test_a_t1_subgroup_is_its_own_class() -> None:
    """ "em segundo lugar na categoria T1.2": the FIA's T1 subgroup is the class, as written."""
    text = (
        "Hilux #318 leva a Cerrado ao fim do Rally dos Sertões\n\n"
        "Fortaleza (CE), 7 de setembro de 2026 – A Hilux de Heitor Gonçalves Mendonça e do navegador Paulo"
        " Sérgio Ritter cruzou a rampa de chegada em Fortaleza em segundo lugar na categoria T1.2, com o"
        " tempo total de 31 horas, 47 minutos e 22 segundos.\n"
    )
    record = _record(text, "pt")
    assert _class_results(record) == _expected_results(
        ("T1.2", 2, ("Heitor Gonçalves Mendonça", "Paulo Sérgio Ritter"))
    )


def test_a_plural_ordinal_in_figures_is_a_place() -> None:
    """ "foram 11.os da geral": the Portuguese plural ordinal ("11.os", "3.as") is the crew's place."""
    text = (
        "Škoda vence nas serras de Amarante\n\n"
        "Amarante, 27 de setembro de 2026 – No CPR Júnior, Tomás Quintela Arruda e Beatriz Sacadura, com o"
        " Fabia RS Rally2 do programa de jovens talentos, venceram a categoria e foram 11.os da geral.\n"
    )
    record = _record(text, "pt")
    assert ("overall", 11, frozenset({"Tomás Quintela Arruda", "Beatriz Sacadura"})) in _class_results(record)


def test_that_stage_with_its_own_number_is_that_number() -> None:
    """ "vainqueurs de cette étape 5" after stage 4 was named: the number told after the
    demonstrative is the stage's, not the one named before."""
    text = (
        "Rallye du Maroc : Nóbrega s'impose\n\n"
        "Erfoud, 15 octobre 2026 – Bastien Lacombe-Viguier et Noémie Arrighi ont abandonné dans l'étape 4."
        " Gustavo Nóbrega et Filipe Calado, vainqueurs de cette étape 5, s'imposent finalement en SSV.\n"
    )
    record = _record(text, "fr")
    assert (5, 1, frozenset({"Gustavo Nóbrega", "Filipe Calado"})) in _stage_results(record)


# ------------------------------------------------------------------ a crew's own stage-by-stage log


def test_a_stage_logs_bare_places_under_a_place_column_are_the_crews_places() -> None:
    """A driver's blog logs its own stages in a table with no crew column: "| 2 | Lustin 1 | 12,4 |
    7:48.9 | 14 | +24.7 |" under "| ES | Spéciale | Km | Temps | Pos. | Écart |" places the blog's
    crew 14th on stage 2 in 7:48.9, the bare number being the place its column's header names."""
    text = (
        "---\ntitle: Rallye des Ardennes : notre week-end\nauthor: Maxime Delvaux\n---\n\n"
        "# Rallye des Ardennes : notre week-end\n\n"
        "Bonjour à tous ! Nous voici de retour, Maxime Delvaux et Camille Houart, après notre premier"
        " rallye de la saison. Nous avons terminé dix-huitièmes au général avec notre Clio Rally4.\n\n"
        "## Nos spéciales\n\n"
        "| ES | Spéciale | Km | Temps | Pos. | Écart |\n"
        "|----|----------|----|-------|------|-------|\n"
        "| 1 | Ferrières 1 | 9,8 | 6:02.1 | 16 | +22.4 |\n"
        "| 2 | Lustin 1 | 12,4 | 7:48.9 | 14 | +24.7 |\n\n"
        "Nous avons adoré chaque kilomètre et nous reviendrons l'an prochain.\n"
    )
    record = extract_dict(text.encode("utf-8"), "hard/fr-log.md")
    ours = frozenset({"Maxime Delvaux", "Camille Houart"})
    assert {(1, 16, ours), (2, 14, ours)} <= set(_stage_results(record))
    assert _stage_times(record)[(2, 14)] == 468.9


def test_a_stage_logs_place_column_may_name_its_class() -> None:
    """ "| WP | Prüfung | Zeit | Rang Rally4 |": a class after the place word is no figure, the
    header still opens a table of stages, and "5." under it is the log crew's place."""
    text = (
        "---\ntitle: Rallye Weiz – unser Tagebuch\nauthor: Lukas Steinwender\n---\n\n"
        "# Rallye Weiz – unser Tagebuch\n\n"
        "Servus! Hier melden sich Lukas Steinwender und Verena Pichler. Wir sind mit unserem Peugeot 208"
        " Rally4 auf Platz vier der Rally4-Wertung ins Ziel gekommen. Wir haben viel gelernt.\n\n"
        "## Unser Stage-Log\n\n"
        "| WP | Prüfung | Länge | Zeit | Rang Rally4 | Rückstand |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | Passail 1 | 15.8 km | 10:12.4 | 5. | +11.8 |\n"
        "| 2 | Fladnitz 1 | 13.9 km | 8:44.9 | 4. | +6.2 |\n\n"
        "Wir sehen uns bei der nächsten Rallye!\n"
    )
    record = extract_dict(text.encode("utf-8"), "hard/de-log.md")
    ours = frozenset({"Lukas Steinwender", "Verena Pichler"})
    assert {(1, 5, ours), (2, 4, ours)} <= set(_stage_results(record))
    assert _stage_times(record)[(1, 5)] == 612.4


def test_a_demonym_with_no_article_before_a_surname_is_a_first_name() -> None:
    """ "ik ben Noor Kamphuis": in Dutch a demonym describes someone after an article ("de Noor
    Kamphuis"); with none, inside a sentence, "Noor" is the first name, and the sponsor "Autobedrijf
    Kamphuis" thanked at the end does not take the surname over."""
    text = (
        "ELE Rally: tweede in Rally4\n\n"
        "Hoi allemaal! Ik ben Noor Kamphuis, 21 jaar, uit Oss, en samen met mijn bijrijder Zoë"
        " Schellekens rij ik dit seizoen in onze Peugeot 208 Rally4. Wij eindigden als dertiende in het"
        " algemeen klassement. Een enorme dank je wel aan Autobedrijf Kamphuis voor de steun.\n"
    )
    record = _record(text, "nl")
    assert _crews(record) == _expected_crews(("Noor Kamphuis", "Zoë Schellekens"))
    described = _record(
        "Østberg wint in Hellendoorn\n\nHellendoorn, 12 april 2026 – De zege ging naar de Noor Mads"
        " Østberg en zijn bijrijder Torstein Eriksen, die de rally in 1:12:45,3 afwerkten.\n",
        "nl",
    )
    assert _crews(described) == _expected_crews(("Mads Østberg", "Torstein Eriksen"))


def test_spanish_verbs_that_take_a_stage_named_right_after_them_win_it() -> None:
    """ "repitió en el TC4", "sumó además el TC2", "se quedó con el TC3", "tras anotarse el TC6":
    with the stage named right after them, these verbs are stage wins; not with a place between."""
    text = (
        "Sarasola gana el Rallye de la Subbética\n\n"
        "Lucena, 18 de abril de 2026 – Iker Sarasola Etxeberria y Nerea Aldekoa ganaron el rally."
        " Sarasola ganó el TC1 y repitió en el TC4. Joaquín Benjumea Roldán y Paula Ortuño, que sumaron"
        " además el TC2, fueron segundos. Efrén Quintana Mesa y Ayoze Rodríguez se quedaron con el TC3"
        " y fueron terceros. Mikołaj Zawadzki y Kamil Dąbrowski fueron cuartos tras anotarse el TC6.\n"
    )
    record = _record(text, "es")
    wins = {(stage, names) for stage, position, names in _stage_results(record) if position == 1}
    assert wins == {
        (1, frozenset({"Iker Sarasola Etxeberria", "Nerea Aldekoa"})),
        (4, frozenset({"Iker Sarasola Etxeberria", "Nerea Aldekoa"})),
        (2, frozenset({"Joaquín Benjumea Roldán", "Paula Ortuño"})),
        (3, frozenset({"Efrén Quintana Mesa", "Ayoze Rodríguez"})),
        (6, frozenset({"Mikołaj Zawadzki", "Kamil Dąbrowski"})),
    }


def test_a_crew_named_with_no_result_is_the_crew_noun_opening_the_next_sentence() -> None:
    """ "… was the exit of A and B. The Scottish crew won SS2, with X second on the stage": the
    crew noun opening the next sentence is A and B, whoever that sentence names after it."""
    text = (
        "Mac Giolla Phádraig wins in Killarney\n\n"
        "KILLARNEY, 3 May 2026 – Cian Mac Giolla Phádraig and Órla Hennessy won the Rally of the Lakes."
        " Eimear Lenihan and Tomás Ó Briain took fifth. The biggest story of the morning was the exit of"
        " Alasdair Mackintosh and Siân Prothero. The Scottish crew won SS2 Ballaghbeama, with Mac Giolla"
        " Phádraig second on the stage, 1.4 seconds slower.\n"
    )
    record = _record(text, "en")
    assert frozenset({"Alasdair Mackintosh", "Siân Prothero"}) in _crews(record)
    assert (2, 1, frozenset({"Alasdair Mackintosh", "Siân Prothero"})) in _stage_results(record)


def test_an_irish_surname_after_o_with_its_h_prefix_is_a_name() -> None:
    """ "Fionnán Ó hAodha": the h- before the surname's capital is the Irish form, like "McCabe"."""
    text = (
        "Mac Giolla Phádraig wins in Killarney\n\n"
        "KILLARNEY, 3 May 2026 – Cian Mac Giolla Phádraig and Órla Hennessy won the Rally of the Lakes."
        " In Rally4, Fionnán Ó hAodha and Lucía Barreiro were the class winners, 18th overall.\n"
    )
    record = _record(text, "en")
    assert frozenset({"Fionnán Ó hAodha", "Lucía Barreiro"}) in _crews(record)


def test_a_desert_named_in_two_words_is_a_place() -> None:
    """ "nas dunas do Sahara Ocidental": a desert's name is a place, no crew; the stage won there is
    the crew's named before it."""
    text = (
        "Ribaterra vence etapa no Africa Eco Race\n\n"
        "Dakhla, 9 de janeiro de 2026 – Vasco Arrobas Meireles, com o navegador Joaquim Falcão Serrão e"
        " o mecânico Dariusz Wąsowicz, foi quarto. Na 7.ª etapa, Arrobas Meireles atacou desde o início"
        " nas dunas do Sahara Ocidental e venceu a especial em 3h 41m 27s.\n"
    )
    record = _record(text, "pt")
    crew = frozenset({"Vasco Arrobas Meireles", "Joaquim Falcão Serrão", "Dariusz Wąsowicz"})
    assert set(_crews(record)) == {crew}
    assert (7, 1, crew) in _stage_results(record)


def test_a_dutch_drietal_is_the_truck_crew_named_before() -> None:
    """ "Het drietal … werd onder meer derde in de zesde etappe": "drietal" (like "trio") is the crew
    of three the sentence before named."""
    text = (
        "Van Oosterbeek vijfde in de Africa Eco Race\n\n"
        "Dakar, 11 januari 2026 – Thijs van Oosterbeek, met bijrijder Gaëtan Moureaux en monteur Niek"
        " Scholtens in de DAF CF, verloor in de vierde etappe een achterwiel. Het drietal vocht zich daarna"
        " knap terug, werd onder meer derde in de zesde etappe en sloot de rally af als vijfde.\n"
    )
    record = _record(text, "nl")
    assert (6, 3, frozenset({"Thijs van Oosterbeek", "Gaëtan Moureaux", "Niek Scholtens"})) in _stage_results(
        record
    )


def test_a_start_number_with_no_hash_after_an_article_is_its_crew_if_told_beside_one() -> None:
    """ "was de 402 opnieuw de snelste truck": a three-figure number after an article stands for the
    crew the release gave "#402" beside; "el 504" that no crew was given stays a number."""
    text = (
        "Verhoeckx tweede in de Africa Eco Race\n\n"
        "• Iveco Powerstar #402 van Maarten Verhoeckx, Přemysl Šimánek en Bartosz Wróblewski tweede\n\n"
        "Dakar, 11 januari 2026 – Maarten Verhoeckx werd met navigator Přemysl Šimánek en monteur Bartosz"
        " Wróblewski tweede bij de trucks. Radek Kubíček, copiloot Miloš Dvorský en monteur Zdeněk Pešek"
        " wonnen. In de negende etappe sloeg het team terug: in 4:37:51 was de 402 opnieuw de snelste"
        " truck op weg naar Akjoujt.\n"
    )
    record = _record(text, "nl")
    crew = frozenset({"Maarten Verhoeckx", "Přemysl Šimánek", "Bartosz Wróblewski"})
    assert (9, 1, crew) in _stage_results(record)


def test_a_start_number_after_n_degree_is_the_crew_of_the_roster_line() -> None:
    """ "Camion n°402 (MAN TGS 4x4) : Benoît Ménard-Lefèvre (pilote), …" gives the number to that
    crew (past the car in brackets); "Le n°402 … se hisser à la troisième place de l'étape 5"
    places it."""
    text = (
        "Africa Eco Race : le MAN n°402 deuxième à Dakar\n\n"
        "Angers, le 12 janvier 2026 – L'équipe a bouclé son Africa Eco Race avec un podium.\n\n"
        "LES ÉQUIPAGES\n"
        "- Camion n°402 (MAN TGS 4x4) : Benoît Ménard-Lefèvre (pilote), Jiří Horáček (copilote), Loïc"
        " Pétrault (mécanicien)\n"
        "- Camion n°417 (MAN TGS 4x4) : Frédéric Guérineau (pilote), Ousmane Ndiaye (copilote), Gaëtan"
        " Bruyère (mécanicien)\n\n"
        "Dès la deuxième étape, Frédéric Guérineau signait le quatrième temps parmi les camions. Le n°402"
        " restait prudent, avant de se hisser à la troisième place de l'étape 5.\n"
    )
    record = _record(text, "fr")
    crew = frozenset({"Benoît Ménard-Lefèvre", "Jiří Horáček", "Loïc Pétrault"})
    assert (5, 3, crew) in _stage_results(record)


def test_a_start_number_after_an_article_gives_no_owner_to_the_names_before_it() -> None:
    """ "Hasenöhrl, Morlière und Wiśniewicz blieben … Serviceunterstützung für die #512": the
    number refers to a crew, it is not told beside the names before it; so "#512" stays the crew
    the bullet gave it to, and "fuhr die #512 als Dritte ins Biwak" places that crew."""
    text = (
        "Tauernblick Truck Racing beendet die Rallye Dakar auf Rang sechs\n\n"
        "· Iveco Powerstar #512 mit Lukas Pfandlbauer, Jiří Vaněček und Dániel Szőke gewinnt eine Etappe\n\n"
        "Yanbu, 17. Januar 2026 – Gernot Hasenöhrl mit Beifahrer Sébastien Morlière und Mechaniker Tomasz"
        " Wiśniewicz schied auf der siebten Etappe aus. Hasenöhrl, Morlière und Wiśniewicz blieben bis zum"
        " Schluss als Serviceunterstützung für die #512 im Rennen.\n\n"
        "Auf der vierten Etappe fuhr die #512 als Dritte ins Biwak.\n"
    )
    record = _record(text, "de")
    crew = frozenset({"Lukas Pfandlbauer", "Jiří Vaněček", "Dániel Szőke"})
    assert (4, 3, crew) in _stage_results(record)


def test_a_results_heading_word_is_no_first_name() -> None:
    """ "Ergebnis Lavanttal-Rallye 2026 (Top 5)": a result's heading word (the language file's
    final_words) opens no name, so the co-driver named before it keeps her driver."""
    text = (
        "Lavanttal-Rallye: Stallhofer gewinnt\n\n"
        "Wolfsberg – Dominik Stallhofer und Johanna Leitgeb haben die Lavanttal-Rallye 2026 gewonnen. Auf"
        " der Abendprüfung SP 3 holte Bernhard Kogler, Vorjahressieger der Lavanttal-Rallye, mit Copilotin"
        " Anja Wöhrer die Bestzeit.\n\n"
        "Ergebnis Lavanttal-Rallye 2026 (Top 5)\n\n"
        "1. Dominik Stallhofer/Johanna Leitgeb (Škoda Fabia RS Rally2) 1:38:42,7\n"
    )
    record = _record(text, "de")
    assert frozenset({"Bernhard Kogler", "Anja Wöhrer"}) in _crews(record)
    assert not any("Ergebnis" in name for crew in _crews(record) for name in crew)


def test_an_awards_name_is_no_crew() -> None:
    """ "Premio Fair Play «Spirito del Salento», assegnato ai danesi …": an award's name is no
    person, the crew it went to is."""
    text = (
        "Rally del Salento, le premiazioni\n\n"
        "Lecce, 7 giugno 2026 – Benoît Lhermitte e Jérôme Castagne vincono il Rally del Salento."
        " Premio Fair Play, assegnato dalla giuria ai danesi Mads Kjeldsen e Freja Holm, fermatisi per"
        " soccorrere un equipaggio uscito di strada.\n"
    )
    record = _record(text, "it")
    assert not any("Fair" in name or "Play" in name for crew in _crews(record) for name in crew)
    assert frozenset({"Mads Kjeldsen", "Freja Holm"}) in _crews(record)


def test_a_field_named_as_a_place_is_no_crew() -> None:
    """ "los caminos de Campo Ramón", "la PE12 Campo Ramón – Oberá": "Campo" opens a place's name,
    no person's, and the place takes no stage time."""
    text = (
        "Sanguinetti gana en Oberá\n\n"
        "Oberá (Misiones), 9 de agosto de 2026 – Lautaro Sanguinetti y su navegante Ezequiel Krawczyk"
        " ganaron el Rally Provincia de Misiones.\n\n"
        "Sanguinetti tomó el mando en la PE4, bajo una lluvia que convirtió los caminos de Campo Ramón y"
        " Los Helechos en una pista de jabón.\n\n"
        "El brasileño Thiago Müller Fernandes, con Rafael Conceição a su lado (Škoda Fabia Rally2 evo),"
        " atacó hasta el final: ganó la última especial, la PE12 Campo Ramón – Oberá de 15,4 kilómetros,"
        " con un tiempo de 9:58.6, y terminó segundo a 18,4 segundos. Sanguinetti fue segundo en esa PE12."
        " Bruno Oviedo Galeano y Ramón Giménez completaron el podio.\n"
    )
    record = _record(text, "es")
    assert not any("Campo" in name for crew in _crews(record) for name in crew)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "it",
            "Castellani vince il Rallye Sanremo\n\nSanremo, 11 aprile 2026 – Edoardo Castellani e Mattia"
            " Rinaldini hanno vinto il Rallye Sanremo. Castellani aveva vinto la PS1 e si era ripetuto sulla"
            " PS4 «Langan».\n",
        ),
        (
            "fr",
            "Castellani s'impose à Sanremo\n\nSanremo, 11 avril 2026 – Edoardo Castellani et Mattia Rinaldini"
            " ont remporté le Rallye Sanremo. Castellani avait gagné l'ES1 et a récidivé dans l'ES4.\n",
        ),
        (
            "pt",
            "Castellani vence em Sanremo\n\nSanremo, 11 de abril de 2026 – Edoardo Castellani e Mattia"
            " Rinaldini venceram o Rallye Sanremo. Castellani venceu a PE1 e repetiu na PE4.\n",
        ),
    ],
)
def test_a_win_repeated_on_a_stage_named_right_after_is_a_stage_win(lang: str, text: str) -> None:
    """ "si era ripetuto sulla PS4", "a récidivé dans l'ES4", "repetiu na PE4": repeating on a
    stage named right after is winning it again."""
    record = _record(text, lang)
    assert (4, 1, frozenset({"Edoardo Castellani", "Mattia Rinaldini"})) in _stage_results(record)


def test_a_gap_cue_right_before_a_stage_number_is_a_preposition() -> None:
    """ "Zieliński was de snelste op KP5 'Gingelom' in 7:54.1": "op" (a gap cue in "op 1,4
    seconden") before a stage's number is "on", no gap; the best time is the stage's win."""
    text = (
        "Haspengouw Rally: Marchal wint\n\n"
        "Sint-Truiden, 15 maart 2026 – Julien Marchal en Noémie Laurent wonnen de Haspengouw Rally."
        " Mikołaj Zieliński en Bartosz Kłos waren tweede, Kobe Van Laere en Femke Wuyts derde.\n\n"
        "- **Proefwinsten:** Marchal won KP2 'Heers'; Zieliński was de snelste op KP5 'Gingelom' in"
        " 7:54.1; Van Laere won KP10 'Kortenbos'\n"
    )
    record = _record(text, "nl")
    crew = frozenset({"Mikołaj Zieliński", "Bartosz Kłos"})
    assert (5, 1, crew) in _stage_results(record)
    assert _stage_times(record)[(5, 1)] == 474.1


def test_a_pass_word_opens_no_name() -> None:
    """ "Kučera hat die erste Durchfahrt Troják (WP 7) gewonnen": "Durchfahrt" (a stage's pass,
    the language file's pass_words) opens no name, so the win is Kučera's."""
    text = (
        "Barum Rally: Kučera gewinnt\n\n"
        "Zlín, 30. August 2026 – Radovan Kučera und Marek Hladík gewannen die Barum Czech Rally Zlín."
        " Kučera hat unter anderem die erste Durchfahrt Troják (WP 7) gewonnen. Nico Brändli und Seraina"
        " Cadonau wurden Vierte der Rally4.\n"
    )
    record = _record(text, "de")
    assert not any("Durchfahrt" in name for crew in _crews(record) for name in crew)
    assert (7, 1, frozenset({"Radovan Kučera", "Marek Hladík"})) in _stage_results(record)


def test_a_number_after_a_start_number_word_is_no_place() -> None:
    """ "aus der Startnummer 67.": the figure after a start number's word is the number, not a
    67th place (the full stop after it ends the sentence)."""
    text = (
        "Barum Rally: Platz vier in der Rally4\n\n"
        "Wil SG, 1. September 2026 – Hier melden sich Nico Brändli und Seraina Cadonau aus der Startnummer"
        " 67. Wir sind auf Platz vier der Rally4-Wertung ins Ziel gekommen.\n"
    )
    record = _record(text, "de")
    assert not any(position == 67 for _, position, _ in _class_results(record))


def test_a_decimal_figure_after_a_gap_cue_is_the_gap_and_the_time_before_stays_the_total() -> None:
    """ "2. Castagné – Lhermitte (Citroën C3 Rally2) in 1:52:31.1 a 12.7": the bare figure after
    "a" is the gap in seconds, so the time before it is the crew's total."""
    text = (
        "Tornesello vince il Rally del Salento\n\n"
        "Otranto (LE), 24 maggio 2026 – Il successo è andato a Davide Tornesello e Paolo Cazzato. Secondi"
        " i francesi Jérôme Castagné e Benoît Lhermitte.\n\n"
        "CLASSIFICA FINALE ASSOLUTA (primi cinque)\n"
        "1. Tornesello – Cazzato (Škoda Fabia RS Rally2) in 1:52:18.4\n"
        "2. Castagné – Lhermitte (Citroën C3 Rally2) in 1:52:31.1 a 12.7\n"
    )
    record = _record(text, "it")
    second = _class_result_of(record, "overall", ("Jérôme Castagné", "Benoît Lhermitte"))
    assert _seconds(second["total_time"]) == 6751.1
    assert all(record["text"][e["start"] : e["end"]] == e["text"] for e in second["evidence"])


def test_a_gap_word_in_a_stage_name_is_no_gap() -> None:
    """ "won SS1 Moll's Gap in 11:02.4": "Gap" in capitals inside a sentence is a word of the
    stage's name, so the time after it is the stage time, no gap."""
    text = (
        "Mac Giolla Phádraig wins in Killarney\n\n"
        "KILLARNEY, 3 May 2026 – Cian Mac Giolla Phádraig and Órla Hennessy won the Rally of the Lakes."
        " Mac Giolla Phádraig won SS1 Moll's Gap in 11:02.4.\n"
    )
    record = _record(text, "en")
    assert _stage_times(record)[(1, 1)] == 662.4


def test_a_running_events_finish_tomorrow_is_no_preview() -> None:
    """ "El Rally Costa de la Luz finaliza mañana, sábado 13 de junio" in a report of the first
    day's stages: the event is running, so its stages are results and its finish no event to come."""
    text = (
        "Mendizábal y Castells mandan tras la primera etapa del Rally Costa de la Luz\n\n"
        "Huelva, 12 de junio de 2026. Álvaro Mendizábal e Irene Castells (Škoda Fabia RS Rally2) dormirán"
        " esta noche como líderes provisionales.\n\n"
        "En la segunda pasada por El Almendro (TC3), Mendizábal volvió a ser el más rápido en 8:37.1.\n\n"
        "El Rally Costa de la Luz finaliza mañana, sábado 13 de junio, con la entrega de trofeos en la"
        " Plaza de las Monjas.\n"
    )
    record = _record(text, "es")
    assert _stage_times(record) == {(3, 1): 517.1}
    assert _upcoming(record) == []


def test_a_mechanic_in_a_bike_release_makes_no_crews_of_three() -> None:
    """ "In der Klasse „Original by Motul" … ohne Mechaniker unterwegs": a mechanic named in a
    release of bikes and quads makes no truck release, so "Oberlechner, Vondráčková und
    Echeverría sind bereits eingeschrieben" lists three riders, each their own crew."""
    text = (
        "Rallye du Maroc: Podium für Oberlechner in der Rally2\n\n"
        "Bischofshofen, 10.10.2026 – Matthias Oberlechner (#27, KTM 450 Rally Replica) gewann die zweite"
        " Etappe in der Rally2-Wertung.\n\n"
        "Einen Klassensieg feierte Kateřina Vondráčková (#64, Husqvarna FR 450 Rally). Die Tschechin gewann"
        " die Women-Wertung.\n\n"
        "Bei den Quads war der Argentinier Tomás Echeverría (#171, Yamaha Raptor 700R) die ganze Woche im"
        " Kampf um die Spitze. Echeverría wurde mit 22:31:40 Stunden Zweiter.\n\n"
        "Der Norweger Sindre Løvåsen (#88, KTM 450 Rally) ist in der Klasse „Original by Motul“ ohne"
        " Mechaniker unterwegs und wurde am Ende Vierter der Original by Motul.\n\n"
        "Oberlechner, Vondráčková und Echeverría sind bereits für die Rallye Dakar eingeschrieben.\n"
    )
    record = _record(text, "de")
    assert _crews(record) == _expected_crews(
        ("Matthias Oberlechner",), ("Kateřina Vondráčková",), ("Tomás Echeverría",), ("Sindre Løvåsen",)
    )


def test_a_double_surname_before_another_crew_and_its_navigator_stays_with_its_own_crew() -> None:
    """ "à frente de Sotomaior Brandão e do húngaro Kristóf Halmágyi, que, com o navegador Zsombor
    Kertész, foi terceiro": the double surname stands for the leader told before; Halmágyi and
    his navigator are another crew."""
    text = (
        "Sotomaior Brandão lidera no fim da primeira etapa\n\n"
        "Amarante, 8 de maio de 2026 – Henrique Sotomaior Brandão e Patrícia Valente Quaresma (Škoda Fabia"
        " RS Rally2) terminaram a primeira etapa no comando, à frente dos espanhóis Álvaro Sagasta Urquiza e"
        " Eneko Lizarralde Oyarzabal (Citroën C3 Rally2).\n\n"
        "A resposta espanhola chegou na PE2 Baião 1 (9,85 km): Sagasta venceu com 6:41.9, à frente de"
        " Sotomaior Brandão e do húngaro Kristóf Halmágyi, que, com o navegador Zsombor Kertész, foi"
        " terceiro ao volante de outro Škoda Fabia RS Rally2.\n"
    )
    record = _record(text, "pt")
    assert _crews(record) == _expected_crews(
        ("Henrique Sotomaior Brandão", "Patrícia Valente Quaresma"),
        ("Álvaro Sagasta Urquiza", "Eneko Lizarralde Oyarzabal"),
        ("Kristóf Halmágyi", "Zsombor Kertész"),
    )
    assert _stage_results(record)[(2, 3, frozenset(("Kristóf Halmágyi", "Zsombor Kertész")))] == 1


def test_rows_under_a_provisional_heading_after_a_day_are_no_results() -> None:
    """ "Voorlopige stand na dag 1" over a table: the crews as they stand after the first day,
    no final places (the heading names no stage, only the day)."""
    text = (
        "Dag 1: Vanhecke leidt na zes proeven\n\n"
        "Roeselare – Thibault Vanhecke en Ruben Callewaert (Škoda Fabia RS Rally2) gaan als leiders de"
        " tweede dag in.\n\n"
        "Voorlopige stand na dag 1\n\n"
        "Pos. | Equipage | Wagen | Tijd / verschil\n"
        "1 | Thibault Vanhecke / Ruben Callewaert | Škoda Fabia RS Rally2 | 44:10,7\n"
        "2 | Kévin Lemaître / Aurélie Grégoire | Citroën C3 Rally2 | +6,9\n"
    )
    record = _record(text, "nl")
    assert _crews(record)[frozenset(("Kévin Lemaître", "Aurélie Grégoire"))] == 1
    assert record["class_results"] == []


def test_a_programmes_first_car_is_no_place_on_the_stage() -> None:
    """ "• KP7 Zonnebeke (13,05 km) – eerste wagen 08:35": tomorrow's programme gives the first
    car's start time on each stage, no place of the crew the release is about."""
    text = (
        "Dag 1: Vanhecke leidt na zes proeven\n\n"
        "Roeselare, 4 september 2026 – Thibault Vanhecke en Ruben Callewaert (Škoda Fabia RS Rally2) leiden"
        " de Omloop van Vlaanderen. In de slotproef van de dag, KP6 Hooglede, was Vanhecke de snelste in"
        " 5:58,6.\n\n"
        "Programma zaterdag 5 september\n\n"
        "• KP7 Zonnebeke (13,05 km) – eerste wagen 08:35\n"
        "• KP8 Passendale (10,72 km) – eerste wagen 09:18\n"
    )
    record = _record(text, "nl")
    assert _stage_times(record) == {(6, 1): 358.6}


def test_crews_named_behind_a_stage_winner_take_the_next_places_on_that_stage() -> None:
    """ "La PS2 … è andata invece agli spagnoli X e Y, vincitori in 10'02"8 davanti a Sangalli e
    Lamarche": those named after "davanti a" are second and third on the stage the sentence
    names before them."""
    text = (
        "Rally 1000 Miglia, Sangalli e Brusaferri al comando dopo la prima tappa\n\n"
        'Brescia, 17 aprile 2026 – Sulla PS1 "Valle Sabbia" (12,40 km) è stato Edoardo Sangalli,'
        " affiancato da Nicola Brusaferri sulla Škoda Fabia RS Rally2 numero 1, a imporsi in 8'41\"3,"
        " con 2\"1 di vantaggio su Federico Zanotelli e Chiara Dell'Acqua (Toyota GR Yaris Rally2) e"
        ' 2"7 sui francesi Kévin Lamarche e Loïc Dufresne-Valois (Citroën C3 Rally2).'
        ' La PS2 "Lumezzane" (14,80 km) è andata invece agli spagnoli Matías Ibarrondo e Ainhoa'
        " Goikoetxea (Hyundai i20 N Rally2), vincitori in 10'02\"8 davanti a Sangalli e Lamarche.\n"
    )
    record = _record(text, "it")
    stage_two = {(pos, crew) for (stage, pos, crew) in _stage_results(record) if stage == 2}
    assert stage_two == {
        (1, frozenset(("Matías Ibarrondo", "Ainhoa Goikoetxea"))),
        (2, frozenset(("Edoardo Sangalli", "Nicola Brusaferri"))),
        (3, frozenset(("Kévin Lamarche", "Loïc Dufresne-Valois"))),
    }


def test_a_captions_number_is_no_place() -> None:
    """ "2. IMG_3117.jpg – Tomáš Mrázik / Marián Žiak … auf SP7": a photo's file name after the
    number makes the line a caption of a numbered list, so "2." is no second place (nor, in German,
    the ordinal "Zweiter")."""
    text = (
        "Rallye W4: Fotos vom Finaltag\n\n"
        "Horn, 4. Oktober 2026 – Anbei unsere Auswahl vom zweiten Tag der Rallye W4.\n\n"
        "1. IMG_3104.jpg – Raphael Zöchling / Bianca Thalhammer (Škoda Fabia RS Rally2) auf SP2 „Gars 1“, wo"
        " sie die Bestzeit fuhren.\n"
        "2. IMG_3117.jpg – Tomáš Mrázik / Marián Žiak (Hyundai i20 N Rally2) auf SP7 „Rosenburg 2“: Mit"
        " 7:12,4 Minuten holten sie die Bestzeit.\n"
    )
    record = _record(text, "de")
    assert _stage_results(record) == _expected_results(
        (2, 1, ("Raphael Zöchling", "Bianca Thalhammer")), (7, 1, ("Tomáš Mrázik", "Marián Žiak"))
    )


def test_a_next_event_heading_after_the_usage_terms_announces_an_event() -> None:
    """ "USAGE TERMS" then "NEXT EVENT" over "We will be covering the Oregon Trail Rally, 17–19
    April": the heading reopens the release's own words for its paragraph, so the event is
    announced; the signature after it stays boilerplate (no crew)."""
    text = (
        "Rally in the 100 Acre Wood 2026 – final selection (Day 2)\n\n"
        "SALEM, Missouri, 1 March 2026 – Below is our final selection. Garrett Hollister and Matías"
        " Núñez-Castro won the rally.\n\n"
        "USAGE TERMS\n"
        "These images are supplied free of charge for editorial use only. Credit is mandatory.\n\n"
        "NEXT EVENT\n"
        "We will be covering the Oregon Trail Rally, 17–19 April, in and around Dufur, Oregon.\n\n"
        "Best regards,\n\n"
        "Jolene Marchbanks / Ozark Lens\n"
    )
    record = _record(text, "en")
    assert _upcoming(record) == [("Oregon Trail Rally", "2026-04-17", "2026-04-19")]
    assert _crews(record) == _expected_crews(("Garrett Hollister", "Matías Núñez-Castro"))


def test_the_event_announced_after_the_results_is_not_the_one_reported() -> None:
    """A release with results whose only event name is the one it announces after them ("Prochain
    rendez-vous : le Rallye des Cévennes Historique, du 22 au 24 octobre") names no event
    reported on, rather than the announced one."""
    text = (
        "Tour de Corse Historique : Santoni et Paoli s'imposent\n\n"
        "Ajaccio, le 11 octobre 2026 – Jean-Baptiste Santoni et Marie-Ange Paoli (Porsche 911 SC) ont"
        " remporté l'épreuve devant Lucien Ferracci et Anna Casanova.\n\n"
        "Prochain rendez-vous : le Rallye des Cévennes Historique, du 22 au 24 octobre.\n"
    )
    record = _record(text, "fr")
    assert record["event"] is None
    assert _upcoming(record) == [("Rallye des Cévennes Historique", "2026-10-22", "2026-10-24")]


def test_the_women_classification_is_a_class_of_its_own() -> None:
    """ "fue la mejor mujer de la prueba y ganó la clasificación Women; además terminó cuarta de
    Rally3": the women's classification of a rally-raid is a class, "Women", not the overall nor
    the class named next."""
    text = (
        "Rallye du Maroc: victoria de categoría para el Bardenas Raid Team\n\n"
        "Pamplona, 10 de octubre de 2026 – El Bardenas Raid Team cerró en Agadir su participación en el"
        " Rallye du Maroc.\n\n"
        "La alicantina Lucía Ferrándiz Bou (Kove 450 Rally) fue la mejor mujer de la prueba y ganó la"
        " clasificación Women; además terminó cuarta de Rally3.\n"
    )
    record = _record(text, "es")
    assert _class_results(record) == _expected_results(
        ("Women", 1, ("Lucía Ferrándiz Bou",)), ("Rally3", 4, ("Lucía Ferrándiz Bou",))
    )


def test_a_stage_won_in_a_class_is_no_class_won() -> None:
    """ "Auf der zweiten Etappe … schlug der Pongauer dann zu: In 4:02:17 Stunden gewann er die
    Etappe in der Rally2-Wertung": the stage is what was won; the class after it is the stage's
    class, no class won."""
    text = (
        "Rallye du Maroc: Podium für Oberlechner in der Rally2\n\n"
        "Bischofshofen, 10.10.2026 – Matthias Oberlechner (#27, KTM 450 Rally Replica) startete verhalten in"
        " die Rallye. Auf der zweiten Etappe, einer 318 Kilometer langen Schleife durch die Dünen von"
        " Merzouga, schlug der Pongauer dann zu: In 4:02:17 Stunden gewann er die Etappe in der"
        " Rally2-Wertung, 41 Sekunden vor dem Chilenen Benjamín Araya Fuentes.\n"
    )
    record = _record(text, "de")
    assert _class_results(record) == Counter()
    assert (2, 1, frozenset(("Matthias Oberlechner",))) in _stage_results(record)


def test_the_crews_a_place_is_behind_take_the_places_before_it() -> None:
    """ "belegt Oberlechner … den dritten Platz hinter Araya Fuentes und dem Franzosen Loïc
    Tessandier": the two crews after "hinter" are first and second in the class of the third
    place (in a release of bikes, each rider a crew)."""
    text = (
        "Rallye du Maroc: Podium für Oberlechner in der Rally2\n\n"
        "Bischofshofen, 10.10.2026 – Matthias Oberlechner (#27, KTM 450 Rally Replica) fuhr die Rallye"
        " gegen den Chilenen Benjamín Araya Fuentes.\n\n"
        "In der Endabrechnung der Rally2 belegt Oberlechner mit einer Gesamtzeit von 18:46:52 Stunden"
        " (inklusive Strafe) den dritten Platz hinter Araya Fuentes und dem Franzosen Loïc Tessandier. In"
        " der Motorrad-Gesamtwertung bedeutet das Rang elf.\n"
    )
    record = _record(text, "de")
    results = _class_results(record)
    assert results[("rally2", 2, frozenset(("Loïc Tessandier",)))] == 1
    assert results[("rally2", 3, frozenset(("Matthias Oberlechner",)))] == 1
    assert [pos for (klass, pos, crew) in results if "Araya Fuentes" in " ".join(crew)] == [1]


def test_a_rock_named_in_a_caption_is_a_place() -> None:
    """ "no salto da Pedra Sentada, na PE20 Fafe (Power Stage), onde fizeram o melhor tempo": a
    rock's name is a place, so the stage win is the crew's named before it."""
    text = (
        "Rali de Portugal 2026 – seleção final\n\n"
        "Matosinhos, 17 de maio de 2026 – Segue a nossa seleção final do Rali de Portugal.\n\n"
        "1. IMG_0412.jpg – Sindre Brekkestø / Ole-Kristian Nærø (Toyota GR Yaris Rally1) no salto da Pedra"
        " Sentada, na PE20 Fafe (Power Stage), onde fizeram o melhor tempo, com 4:48.7; terminaram em 1.º"
        " da geral.\n"
    )
    record = _record(text, "pt")
    assert _crews(record) == _expected_crews(("Sindre Brekkestø", "Ole-Kristian Nærø"))
    assert _stage_times(record) == {(20, 1): 288.7}


def test_a_count_of_riders_names_no_crew() -> None:
    """ "con el mejor balance …: una victoria de categoría, un podio en Rally2, el primer puesto de la
    clasificación Women y cinco de sus seis pilotos en meta": "seis pilotos" counts the team's riders;
    it stands for no crew, so the places in the sentence are no one's."""
    text = (
        "Rallye du Maroc: Martín Cárcamo gana en Quad\n\n"
        "· Abandono de Sebastián Quiroga Vial tras una caída en la tercera etapa\n\n"
        "Pamplona, 10 de octubre de 2026 – El Bardenas Raid Team cerró ayer en Agadir su participación en el"
        " Rallye du Maroc con el mejor balance de sus nueve años de historia: una victoria de categoría, un"
        " podio en Rally2, el primer puesto de la clasificación Women y cinco de sus seis pilotos en meta.\n"
    )
    record = _record(text, "es")
    assert record["class_results"] == []


def test_names_behind_a_stage_winner_keep_their_times_in_brackets() -> None:
    """ "Sangalli ha risposto con il miglior tempo in 9'58"4, unico sotto i dieci minuti, davanti a
    Lamarche (9'59"6) e a Zanotelli": second and third on the stage, the second in the time in
    brackets after his name (the preposition again before the third)."""
    text = (
        "Rally 1000 Miglia, Sangalli e Brusaferri al comando dopo la prima tappa\n\n"
        'Brescia, 17 aprile 2026 – Sulla PS1 "Valle Sabbia" (12,40 km) è stato Edoardo Sangalli,'
        " affiancato da Nicola Brusaferri sulla Škoda Fabia RS Rally2 numero 1, a imporsi in 8'41\"3,"
        " con 2\"1 di vantaggio su Federico Zanotelli e Chiara Dell'Acqua (Toyota GR Yaris Rally2) e"
        ' 2"7 sui francesi Kévin Lamarche e Loïc Dufresne-Valois (Citroën C3 Rally2).\n\n'
        'Nell\'ultima speciale della giornata, la PS4 "Lumezzane 2", Sangalli ha risposto con il miglior'
        " tempo in 9'58\"4, unico sotto i dieci minuti, davanti a Lamarche (9'59\"6) e a Zanotelli.\n"
    )
    record = _record(text, "it")
    stage_four = {
        (pos, crew, _seconds(r["time"]))
        for r in record["stage_results"]
        for (stage, pos, crew) in [(r["stage"], r["position"], _crew_names(record)[r["crew"]])]
        if stage == 4
    }
    assert stage_four == {
        (1, frozenset(("Edoardo Sangalli", "Nicola Brusaferri")), 598.4),
        (2, frozenset(("Kévin Lamarche", "Loïc Dufresne-Valois")), 599.6),
        (3, frozenset(("Federico Zanotelli", "Chiara Dell'Acqua")), None),
    }


def test_went_to_again_is_a_stage_win() -> None:
    """ "SP5 „Passail 2" ging erneut an Podgoršek/Kranjc (8:49,2 Minuten), diesmal vor
    Fürnschlief/Rauchegger": the win went to the crew named after it, again; an adverb inside the
    phrase keeps it a win phrase."""
    text = (
        "Rallye Weiz: Fürnschlief führt nach dem ersten Tag\n\n"
        "Weiz, 10. Juli 2026 – Žiga Podgoršek und Tadej Kranjc (Škoda Fabia RS Rally2) sowie Stefan"
        " Fürnschlief und Magdalena Rauchegger (Hyundai i20 N Rally2) lieferten sich ein Duell.\n\n"
        "SP5 „Passail 2“ ging erneut an Podgoršek/Kranjc (8:49,2 Minuten), diesmal vor"
        " Fürnschlief/Rauchegger.\n"
    )
    record = _record(text, "de")
    assert _stage_times(record)[(5, 1)] == 529.2
    assert _stage_results(record)[(5, 1, frozenset(("Žiga Podgoršek", "Tadej Kranjc")))] == 1


def test_a_class_won_in_the_clause_after_a_stage_is_the_class() -> None:
    """ "De Denen Søren Kjærgaard / Anders Bøgh (Ford Fiesta Rally3) stuiven over de zandwegen van KP5
    Geel; zij wonnen de Rally3-klasse": the stage is in the clause before the win; the class named
    as far from it in the win's own clause is what was won."""
    text = (
        "Kempenrally 2026 – onze selectie\n\n"
        "Mol, 21 juni 2026 – Hieronder onze selectie van de Kempenrally.\n\n"
        "5. IMG_0301.jpg – De Denen Søren Kjærgaard / Anders Bøgh (Ford Fiesta Rally3) stuiven over de"
        " zandwegen van KP5 Geel; zij wonnen de Rally3-klasse.\n"
    )
    record = _record(text, "nl")
    assert _class_results(record) == _expected_results(("Rally3", 1, ("Søren Kjærgaard", "Anders Bøgh")))
    assert record["stage_results"] == []


def test_the_names_in_a_photo_credit_are_no_crew() -> None:
    """ "… where he was third fastest while managing the lead. Photo: Delaney Korhonen / Ozark Lens":
    the names after a credit's label and its colon took the picture; they are no crew."""
    text = (
        "Rally in the 100 Acre Wood 2026 – final selection (Day 2)\n\n"
        "SALEM, Missouri, 1 March 2026 – Below is our final selection. Garrett Hollister and Matías"
        " Núñez-Castro won the rally.\n\n"
        "9. IMG_0590.jpg – Hollister on SS14 Salem Lookout 2, the final stage, where he was third fastest"
        " while managing the lead. Photo: Delaney Korhonen / Ozark Lens\n"
    )
    record = _record(text, "en")
    assert _crews(record) == _expected_crews(("Garrett Hollister", "Matías Núñez-Castro"))


def test_far_from_the_fight_for_victory_is_no_win() -> None:
    """ "Longe das contas da vitória, como seria de esperar": far from the fight for the win, no
    win of the crew named last (the crew of the photo's caption above)."""
    text = (
        "Rali Vidreiro: Febra e Bernardes no top-5 da RC4\n\n"
        "Ricardo Febra e Sofia Bernardes no troço de São Pedro de Moel, no sábado de manhã.\n\n"
        "Foram três as equipagens da região que alinharam, no passado fim de semana, à partida do Rali"
        " Vidreiro Centro de Portugal, e duas delas viram a bandeira de xadrez na Marinha Grande. Longe das"
        " contas da vitória, como seria de esperar, mas com muita luta e aplausos de sobra.\n\n"
        "A dupla da Marinha Grande levou o Peugeot 208 Rally4 ao 23.º lugar da geral.\n"
    )
    record = _record(text, "pt")
    assert _class_results(record) == _expected_results(("overall", 23, ("Ricardo Febra", "Sofia Bernardes")))


def test_stages_dated_in_a_preview_are_no_event_to_come() -> None:
    """ "Stages 1 to 7 run on Saturday 5 September, stages 8 to 11 on Sunday 6 September": the days
    of the previewed rally's stages, no event of their own."""
    text = (
        "Teifi Valley Motorsport ready for Rali Ceredigion\n\n"
        "Press release – Teifi Valley Motorsport, Cardigan, 1 September 2026\n\n"
        "Teifi Valley Motorsport heads to its home event this weekend. Rali Ceredigion runs from Saturday 5"
        " to Sunday 6 September, with the start ramp in Aberystwyth. Freya Lindqvist and Gethin"
        " Bowen-Hughes start at number 14.\n\n"
        "Stages 1 to 7 run on Saturday 5 September, stages 8 to 11 on Sunday 6 September.\n"
    )
    record = _record(text, "en")
    assert _upcoming(record) == [("Rali Ceredigion", "2026-09-05", "2026-09-06")]


def test_a_kicker_naming_the_publisher_is_not_the_headline() -> None:
    """ "REDBACK RALLY RAID – MEDIA RELEASE" over "Ibarrola wins a stage … as Redback closes the
    Rallye du Maroc": the first line names the team that publishes; the event is the headline's."""
    text = (
        "REDBACK RALLY RAID – MEDIA RELEASE\n\n"
        "Ibarrola wins a stage, Kealey takes Rally2 as Redback closes the Rallye du Maroc\n\n"
        "AGADIR, Morocco – 17 October 2026: Perth-based Redback Rally Raid brought four of its five riders"
        " to the finish of the Rallye du Maroc. Harrison Kealey won the Rally2 class.\n\n"
        "About Redback Rally Raid\n"
        "Redback Rally Raid was founded in Perth in 2019.\n"
    )
    record = _record(text, "en")
    assert (record["event"]["name"], record["event"]["edition"]) == ("Rallye du Maroc", 2026)


def test_completed_the_podium_in_the_imperfect_is_third() -> None:
    """ "tandis que Jérôme Tschopp et Mélanie Crettenand (Citroën C3 Rally2) complétaient le podium de
    la spéciale": third on the stage, in the imperfect tense too."""
    text = (
        "Rallye du Valais : Bonvin en tête après la première étape\n\n"
        "Sion, le 22 octobre 2026 – Cédric Bonvin et Aurélie Fellay (Škoda Fabia RS Rally2) mènent le"
        " rallye.\n\n"
        "ES1 Nendaz – Veysonnaz (12,40 km)\n\n"
        "Dans la première spéciale de l'après-midi, Cédric Bonvin a frappé fort en 7'41\"8. Le Belge"
        " Maxime Van Hoorebeke, deuxième à"
        ' 2"1, a confirmé sa bonne forme, tandis que Jérôme Tschopp et Mélanie Crettenand (Citroën C3'
        " Rally2) complétaient le podium de la spéciale.\n"
    )
    record = _record(text, "fr")
    assert _stage_results(record)[(1, 3, frozenset(("Jérôme Tschopp", "Mélanie Crettenand")))] == 1


def test_a_place_that_opens_a_clause_is_the_crew_named_after_it() -> None:
    """ "Im Abendlicht von SP6 „Fladnitz 2" setzte Fürnschlief mit 5:37,4 Minuten den Schlusspunkt des
    Tages, Zweiter wurde Řezníček": the place after the comma is Řezníček's; Fürnschlief, timed on
    the stage and placed nowhere else in the sentence, was the fastest."""
    text = (
        "Rallye Weiz: Fürnschlief führt nach dem ersten Tag\n\n"
        "Weiz, 10. Juli 2026 – Stefan Fürnschlief und Magdalena Rauchegger (Hyundai i20 N Rally2) führen"
        " vor Jakub Řezníček und Ondřej Valášek (Citroën C3 Rally2).\n\n"
        "Im Abendlicht von SP6 „Fladnitz 2“ setzte Fürnschlief mit 5:37,4 Minuten den Schlusspunkt des"
        " Tages, Zweiter wurde Řezníček.\n"
    )
    record = _record(text, "de")
    assert _stage_results(record) == _expected_results(
        (6, 1, ("Stefan Fürnschlief", "Magdalena Rauchegger")), (6, 2, ("Jakub Řezníček", "Ondřej Valášek"))
    )
    assert _stage_times(record)[(6, 1)] == 337.4


def test_crews_behind_a_stage_winner_each_with_their_gap() -> None:
    """ "… è arrivato il primo successo di giornata per Zanotelli, che ha fermato il cronometro su
    8'36"9 precedendo Sangalli di 1"3 e Ibarrondo di 2"6": second and third, each with a gap after
    the name (no time of their own)."""
    text = (
        "Rally 1000 Miglia, Sangalli e Brusaferri al comando dopo la prima tappa\n\n"
        'Brescia, 17 aprile 2026 – Sulla PS1 "Valle Sabbia" (12,40 km) è stato Edoardo Sangalli,'
        " affiancato da Nicola Brusaferri sulla Škoda Fabia RS Rally2 numero 1, a imporsi in 8'41\"3,"
        " con 2\"1 di vantaggio su Federico Zanotelli e Chiara Dell'Acqua (Toyota GR Yaris Rally2)."
        ' La PS2 "Lumezzane" (14,80 km) è andata invece agli spagnoli Matías Ibarrondo e Ainhoa'
        " Goikoetxea (Hyundai i20 N Rally2).\n\n"
        'Al secondo passaggio sulla "Valle Sabbia", PS3, è arrivato il primo successo di giornata per'
        ' Zanotelli, che ha fermato il cronometro su 8\'36"9 precedendo Sangalli di 1"3 e Ibarrondo di'
        ' 2"6.\n'
    )
    record = _record(text, "it")
    stage_three = {
        (r["position"], _crew_names(record)[r["crew"]], _seconds(r["time"]))
        for r in record["stage_results"]
        if r["stage"] == 3
    }
    assert {(pos, crew) for pos, crew, _ in stage_three} == {
        (1, frozenset(("Federico Zanotelli", "Chiara Dell'Acqua"))),
        (2, frozenset(("Edoardo Sangalli", "Nicola Brusaferri"))),
        (3, frozenset(("Matías Ibarrondo", "Ainhoa Goikoetxea"))),
    }
    assert all(seconds is None or seconds > 60 for _, _, seconds in stage_three)


def test_a_pair_with_with_then_another_pair_are_two_crews() -> None:
    """ "el croata Luka Radović con Matías Cárdenas (#2, Hyundai i20 N Rally2) y los argentinos
    Thiago Bernasconi y Agustina Pereyra (#5, Toyota GR Yaris Rally2)": a driver with his co-driver,
    then another pair after "and"."""
    text = (
        "Rally Biobío: Cordillera Rally Team a por el podio\n\n"
        "Concepción, 14 de julio de 2026 – El Rally Biobío se disputará del 17 al 19 de julio. También"
        " parten entre los candidatos el croata Luka Radović con Matías Cárdenas (#2, Hyundai i20 N"
        " Rally2) y los argentinos Thiago Bernasconi y Agustina Pereyra (#5, Toyota GR Yaris Rally2),"
        " invitados para esta fecha.\n"
    )
    record = _record(text, "es")
    assert _crews(record) == _expected_crews(
        ("Luka Radović", "Matías Cárdenas"), ("Thiago Bernasconi", "Agustina Pereyra")
    )
