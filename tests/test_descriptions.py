"""A crew named by its nationality ("the Swede", "il francese") is the crew introduced so earlier.

Each snippet introduces two crews, each with a demonym, names the second one last, then gives a
stage win to "the Swede": the win must go to the Swedish crew, not to the crew named last.
"""

from __future__ import annotations

from typing import Any

import pytest

from extractor import extract_dict

SWEDES = frozenset({"Oskar Lindqvist", "Emil Sjögren"})
FINNS = frozenset({"Aku Mäkelä", "Juho Salo"})

SNIPPETS = {
    "en": (
        "Lindqvist wins in the forest\n\nKarlstad, 3 May 2026 – Swede Oskar Lindqvist and co-driver "
        "Emil Sjögren won the Forest Rally on Sunday. Finn Aku Mäkelä and Juho Salo finished second "
        "overall after a late charge. The Swede had already won stage four on Friday."
    ),
    "nl": (
        "Lindqvist wint in het bos\n\nKarlstad, 3 mei 2026 – De Zweed Oskar Lindqvist en bijrijder "
        "Emil Sjögren hebben zondag de Bosrally gewonnen. De Fin Aku Mäkelä en Juho Salo werden na een "
        "late inhaalrace tweede. De Zweed had vrijdag al de vierde etappe gewonnen."
    ),
    "fr": (
        "Lindqvist s'impose en forêt\n\nKarlstad, 3 mai 2026 – Le Suédois Oskar Lindqvist et son "
        "copilote Emil Sjögren ont remporté dimanche le Rallye des Forêts. Le Finlandais Aku Mäkelä et "
        "Juho Salo ont terminé deuxièmes après une belle remontée. Le Suédois avait déjà remporté la "
        "quatrième étape vendredi."
    ),
    "de": (
        "Lindqvist siegt im Wald\n\nKarlstad, 3. Mai 2026 – Der Schwede Oskar Lindqvist und Beifahrer "
        "Emil Sjögren haben am Sonntag die Waldrallye gewonnen. Der Finne Aku Mäkelä und Juho Salo "
        "wurden nach einer späten Aufholjagd Zweite. Der Schwede hatte bereits am Freitag die vierte "
        "Etappe gewonnen."
    ),
    "es": (
        "Lindqvist gana en el bosque\n\nKarlstad, 3 de mayo de 2026 – El sueco Oskar Lindqvist y su "
        "copiloto Emil Sjögren ganaron el domingo el Rally del Bosque. El finlandés Aku Mäkelä y Juho "
        "Salo acabaron en segunda posición tras una gran remontada. El sueco ya había ganado la cuarta "
        "etapa el viernes."
    ),
    "it": (
        "Lindqvist vince nel bosco\n\nKarlstad, 3 maggio 2026 – Lo svedese Oskar Lindqvist e il "
        "navigatore Emil Sjögren hanno vinto domenica il Rally del Bosco. Il finlandese Aku Mäkelä e "
        "Juho Salo hanno chiuso al secondo posto dopo una bella rimonta. Lo svedese aveva già vinto la "
        "quarta tappa venerdì."
    ),
    "pt": (
        "Lindqvist vence na floresta\n\nKarlstad, 3 de maio de 2026 – O sueco Oskar Lindqvist e o "
        "navegador Emil Sjögren venceram no domingo o Rali da Floresta. O finlandês Aku Mäkelä e Juho "
        "Salo terminaram em segundo lugar depois de uma boa recuperação. O sueco já tinha vencido a "
        "quarta etapa na sexta-feira."
    ),
}


def _stage_results(record: dict[str, Any]) -> set[tuple[int, int, frozenset[str]]]:
    crews = {c["id"]: frozenset(m["name"] for m in c["members"]) for c in record["crews"]}
    return {(r["stage"], r["position"], crews[r["crew"]]) for r in record["stage_results"]}


@pytest.mark.parametrize("lang", sorted(SNIPPETS))
def test_the_swede_is_the_swedish_crew(lang: str) -> None:
    record = extract_dict(SNIPPETS[lang].encode("utf-8"), f"descriptions/{lang}.txt")
    crews = {frozenset(m["name"] for m in c["members"]) for c in record["crews"]}
    assert crews == {SWEDES, FINNS}
    assert _stage_results(record) == {(4, 1, SWEDES)}
    text = record["text"]
    for result in record["stage_results"]:
        for evidence in result["evidence"]:
            assert text[evidence["start"] : evidence["end"]] == evidence["text"]


DENIALS = {
    "en": "A penalty on stage six cost them the class win.",
    "de": "Eine Zeitstrafe auf der sechsten Etappe verhinderte jedoch den Klassensieg.",
    "fr": "Une pénalité dans la sixième étape les a privés de la victoire de classe.",
    "it": "Una penalità nella sesta tappa è costata la vittoria di classe.",
}


@pytest.mark.parametrize("lang", sorted(DENIALS))
def test_a_win_that_was_denied_is_no_win(lang: str) -> None:
    text = SNIPPETS[lang] + " " + DENIALS[lang]
    record = extract_dict(text.encode("utf-8"), f"descriptions/{lang}.txt")
    assert all(r["stage"] != 6 for r in record["stage_results"])


OPENING = {
    "en": "Tom Ashby and co-driver Ian Roe won the opening stage on Friday.",
    "de": "Tom Ashby und Beifahrer Ian Roe gewannen am Freitag die Auftaktetappe.",
    "nl": "Tom Ashby en bijrijder Ian Roe wonnen vrijdag de openingsetappe.",
    "fr": "Tom Ashby et son copilote Ian Roe ont remporté l'étape inaugurale vendredi.",
    "es": "Tom Ashby y su copiloto Ian Roe ganaron la etapa inaugural el viernes.",
    "it": "Tom Ashby e il navigatore Ian Roe hanno vinto la tappa inaugurale venerdì.",
    "pt": "Tom Ashby e o navegador Ian Roe venceram a etapa inaugural na sexta-feira.",
}


@pytest.mark.parametrize("lang", sorted(OPENING))
def test_the_opening_stage_is_stage_one(lang: str) -> None:
    text = f"Rally report\n\n{OPENING[lang]}"
    record = extract_dict(text.encode("utf-8"), f"descriptions/{lang}.txt")
    assert _stage_results(record) == {(1, 1, frozenset({"Tom Ashby", "Ian Roe"}))}
