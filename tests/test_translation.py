"""A release told twice, in its language and then in another: the second telling is set apart."""

from __future__ import annotations

from extractor import extract_dict

DUTCH = """PERSBERICHT

Claes en Verbist winnen de Haspengouw Rally

Sint-Truiden, 14 september 2026 – Bram Claes en zijn copiloot Jolien Verbist (Škoda Fabia RS Rally2)
hebben zaterdag de Haspengouw Rally gewonnen, de zesde manche van het Belgisch kampioenschap. Het duo
reed de twaalf klassementsproeven af in 1:41:12,4 en had 9,8 seconden voorsprong op de Tsjechen Ondřej
Hájek en Petr Vondra (Hyundai i20 N Rally2).

De Fransen Lucie Marchand en Hugo Berthier vervolledigden het podium op 31,2 seconden. Marchand won
de laatste proef met een tijd van 8:14,6 en sprong zo nog over Jens Wouters en Sander Lemmens heen.

"We hebben de hele dag in de regen gereden en geen enkele fout gemaakt. Dit is een prachtige zege voor
het hele team", zei Claes aan de finish in Sint-Truiden.

De volgende manche is de Condroz Rally, van 6 tot 8 november in Huy.

Persinfo: Els Daems · +32 475 22 18 90 · pers@haspengouwrally.be

--- VERSION FRANÇAISE ---

Claes et Verbist remportent le Rallye de Hesbaye

Saint-Trond, le 14 septembre 2026 – Bram Claes et sa copilote Jolien Verbist (Škoda Fabia RS Rally2)
ont remporté samedi le Rallye de Hesbaye, sixième manche du championnat de Belgique. Le duo a bouclé
les douze épreuves spéciales en 1 h 41 min 12,4 s, avec 9,8 secondes d'avance sur les Tchèques Ondřej
Hájek et Petr Vondra (Hyundai i20 N Rally2).

Les Français Lucie Marchand et Hugo Berthier complètent le podium à 31,2 secondes. Marchand a gagné la
dernière spéciale en 8'14''6 et a ainsi dépassé Jens Wouters et Sander Lemmens.

« Nous avons roulé toute la journée sous la pluie sans commettre la moindre erreur. C'est une superbe
victoire pour toute l'équipe », a déclaré Claes à l'arrivée à Saint-Trond.

La prochaine manche est le Condroz Rally, du 6 au 8 novembre à Huy.
"""


def test_the_french_telling_of_a_dutch_release_is_set_apart() -> None:
    record = extract_dict(DUTCH.encode("utf-8"), "hesbaye.txt")
    text = record["text"]
    assert record["language"] == "nl"
    translation = [s for s in record["sections"] if s["kind"] == "translation"]
    assert len(translation) == 1
    assert text[translation[0]["start"] :].startswith("--- VERSION FRANÇAISE ---\n\nClaes et Verbist")
    assert any("'fr'" in warning and "translation" in warning for warning in record["warnings"])
    crews = {frozenset(m["name"] for m in crew["members"]) for crew in record["crews"]}
    # ("les Tchèques Ondřej Hájek": the French words before a name are no part of it)
    assert frozenset({"Ondřej Hájek", "Petr Vondra"}) in crews
    assert not any(name.startswith("Tchèques") for crew in crews for name in crew)
    for crew in record["crews"]:
        for evidence in crew["evidence"]:
            assert evidence["end"] <= translation[0]["start"]
            assert text[evidence["start"] : evidence["end"]] == evidence["text"]


def test_a_release_ending_on_a_quote_in_another_language_is_read_whole() -> None:
    """One paragraph in English after a Dutch release is a quote left as it was said, no translation."""
    head = DUTCH.split("--- VERSION FRANÇAISE ---")[0]
    quote = (
        '"It was the hardest rally of my career, and to win it in the rain in front of these fans is '
        'something I will never forget", said Claes, who lives in London.\n'
    )
    record = extract_dict((head + quote).encode("utf-8"), "hesbaye.txt")
    assert not any(s["kind"] == "translation" for s in record["sections"])
