"""Sections of a release: what extraction reads (title, summary, body, quotes) and what it skips
(notes, about, contact, disclaimer)."""

from __future__ import annotations

from extractor import extract_dict
from extractor.lexicon import load_lexicon
from extractor.segment import segment

# A press officer's cover note, signed, then the forwarded communiqué with its classification.
_FORWARDED = (
    "Communiqué n° 9 – Décision des commissaires sportifs\n\n"
    "Chères consœurs, chers confrères,\n\n"
    "Veuillez trouver ci-dessous le texte du communiqué n° 9 des commissaires sportifs, affiché "
    "ce soir au tableau officiel, avec le classement final corrigé du Rallye des Cimes 2026.\n\n"
    "Bien cordialement\nCamille Roussel\nService de presse\n\n"
    "RALLYE DES CIMES 2026 – COMMUNIQUÉ N° 9\n\n"
    "Le collège des commissaires sportifs, réuni après les vérifications finales, a constaté que la "
    "voiture n° 4 présentait un poids inférieur au minimum réglementaire et prononce l'exclusion de "
    "l'équipage de la classification finale, conformément au règlement particulier.\n\n"
    "1. Mathis Perrin / Lou Garnier (Škoda Fabia RS Rally2) 1:41:07,3\n"
    "2. Rémi Charvet / Anaïs Blondel (Citroën C3 Rally2) 1:41:52,8\n\n"
    "Service de presse\nCamille Roussel – tél. +33 6 12 34 56 78 – presse@rallyedescimes.example\n"
)


def test_a_paragraph_of_prose_ends_a_contact_block() -> None:
    """The signature of a cover note ("Service de presse") opens a contact block, and the
    communiqué forwarded below it is read again from its first paragraph of prose; the press
    office's lines at the very end stay contact."""
    sections = segment(_FORWARDED, load_lexicon("fr"))
    kinds = [(s.kind, _FORWARDED[s.start : s.end].split("\n")[0][:20]) for s in sections]
    assert kinds == [
        ("title", "Communiqué n° 9 – Dé"),
        ("summary", "Chères consœurs, che"),
        ("body", "Veuillez trouver ci-"),
        ("contact", "Service de presse"),
        ("body", "Le collège des commi"),
        ("contact", "Service de presse"),
    ]
    record = extract_dict(_FORWARDED.encode(), "communique/fr.txt")
    crews = {c["id"]: c["members"][0]["name"] for c in record["crews"]}
    assert [
        (r["class"], r["position"], crews[r["crew"]], r["total_time"]["seconds"])
        for r in record["class_results"]
    ] == [
        ("overall", 1, "Mathis Perrin", 6067.3),
        ("overall", 2, "Rémi Charvet", 6112.8),
    ]


def test_a_gallerys_terms_of_use_are_a_disclaimer_and_their_date_no_event() -> None:
    """ "Conditions d'utilisation" over the licence of a photo gallery: its "jusqu'au 31 décembre
    2026" is how long the photos may be used, not the event's dates, so the release still reports
    the rally's result."""
    text = (
        "Rallye du Condroz-Huy 2026 : la galerie\n\n"
        "Huy, 2 novembre 2026 – Maxime Delvigne et Céline Lacroix-Haumont (Škoda Fabia RS Rally2) ont "
        "remporté dimanche le Rallye du Condroz-Huy, en 1h54'27\"8.\n\n"
        "Conditions d'utilisation\n\n"
        "Les photos de cette galerie sont mises gratuitement à la disposition des médias pour un usage "
        "éditorial lié au Rallye du Condroz-Huy 2026, jusqu'au 31 décembre 2026.\n"
    )
    sections = segment(text, load_lexicon("fr"))
    assert [s.kind for s in sections][-1] == "disclaimer"
    record = extract_dict(text.encode(), "galerie.txt")
    assert record["upcoming_events"] == []
    assert [(r["class"], r["position"]) for r in record["class_results"]] == [("overall", 1)]


def test_a_copyright_line_naming_its_owner_before_the_year_is_a_disclaimer() -> None:
    """ "(c) Desert Wire 2026. All rights reserved.": the agency's name with a year is no event of
    2026; a list's third item, "(c) the rally in 2025 …", stays text."""
    text = (
        "Notebook: ten things we learned\n\n"
        "Seville, 28 September 2026 – Joaquim Arrabaça and Rúben Tavares won the Andalucía Rally.\n\n"
        "(c) the rally in 2025 ran on the same roads.\n\n"
        "(c) Desert Wire 2026. All rights reserved.\n"
    )
    disclaimers = [text[s.start : s.end] for s in segment(text, load_lexicon("en")) if s.kind == "disclaimer"]
    assert [d.strip() for d in disclaimers] == ["(c) Desert Wire 2026. All rights reserved."]
    record = extract_dict(text.encode(), "notebook.txt")
    assert (record["event"]["name"], record["event"]["edition"]) == ("Andalucía Rally", 2026)
