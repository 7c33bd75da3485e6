"""A first-person release told by its author: who "I", "we" and "my co-driver" are.

A driver's blog names its author only in the front matter; the author becomes a byline line
under the title (evidence like any name), races with "my co-driver", and owns the places told
of "I" and "we" and the list of stage times with no name on it. A journalist's article in the
third person, or an author that is an office, stays as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extractor import extract_dict

_BLOG = """---
title: "Rallye des Collines 2026: second in Rally4 after a long Sunday"
date: 2026-06-15
author: Ffion Marwood
tags: [blog, Rally4]
---

Two days after the finish I can finally sit down and write this. If you had told me on Friday that my
co-driver and I would be on the Rally4 podium on Sunday, I would have laughed. But here we are, and I am
still smiling about the weekend we had in the hills.

My co-driver Tamsin Oduya rewrote half of our notes after the recce, and it paid off from the first stage.
We finished second in Rally4 and 14th overall, with a total time of 1:02:44.8.

Here are our stage times and Rally4 places:

- SS1 Coed Mawr (9.1 km): 5:41.2, 3rd
- SS2 Bwlch Gwyn (12.4 km): 7:58.0, 1st
- SS3 Coed Mawr 2 (9.1 km): 5:37.9, 2nd

Rally4 was won by Idris Pellow and Mared Skene, who were quicker all weekend. Thanks to our sponsors!
"""


def _record(text: str, path: str = "blog/post.md") -> dict[str, Any]:
    return extract_dict(text.encode("utf-8"), path)


def _crew_names(record: dict[str, Any]) -> dict[str, frozenset[str]]:
    return {c["id"]: frozenset(m["name"] for m in c["members"]) for c in record["crews"]}


def test_the_author_of_a_first_person_blog_races_with_my_co_driver() -> None:
    record = _record(_BLOG)
    crews = _crew_names(record)
    assert set(crews.values()) == {
        frozenset({"Ffion Marwood", "Tamsin Oduya"}),
        frozenset({"Idris Pellow", "Mared Skene"}),
    }
    blogger = next(c for c in record["crews"] if c["members"][0]["name"] == "Ffion Marwood")
    assert [m["role"] for m in blogger["members"]] == ["driver", "co-driver"]
    # the byline stands under the title, and every evidence span holds in the text
    title = "Rallye des Collines 2026: second in Rally4 after a long Sunday"
    assert record["text"].startswith(f"{title}\n\nFfion Marwood\n\n")
    for crew in record["crews"]:
        for evidence in crew["evidence"]:
            assert record["text"][evidence["start"] : evidence["end"]] == evidence["text"]


def test_the_places_of_we_and_of_the_list_are_the_authors() -> None:
    record = _record(_BLOG)
    crews = _crew_names(record)
    blogger = frozenset({"Ffion Marwood", "Tamsin Oduya"})
    stages = {
        (r["stage"], r["position"], crews[r["crew"]], r["time"]["seconds"] if r["time"] else None)
        for r in record["stage_results"]
    }
    assert stages == {(1, 3, blogger, 341.2), (2, 1, blogger, 478.0), (3, 2, blogger, 337.9)}
    places = {(r["class"], r["position"], crews[r["crew"]]) for r in record["class_results"]}
    assert ("Rally4", 2, blogger) in places
    assert ("overall", 14, blogger) in places
    assert ("Rally4", 1, frozenset({"Idris Pellow", "Mared Skene"})) in places


def test_a_co_driver_named_without_a_role_word_is_the_one_the_blog_keeps_naming() -> None:
    text = _BLOG.replace("My co-driver Tamsin Oduya rewrote", "Tamsin Oduya, next to me again, rewrote")
    text = text.replace("Thanks to our sponsors!", "Thanks to Tamsin and to our sponsors!")
    crews = set(_crew_names(_record(text)).values())
    assert frozenset({"Ffion Marwood", "Tamsin Oduya"}) in crews


def test_an_article_in_the_third_person_gets_no_byline() -> None:
    text = _BLOG.replace("author: Ffion Marwood", "author: Gwen Haskard")
    third_person = (
        text.split("---\n", 2)[0]
        + "---\n"
        + text.split("---\n", 2)[1]
        + "---\n\nFfion Marwood and co-driver Tamsin Oduya finished second in Rally4 and 14th overall, "
        "with a total time of 1:02:44.8. Rally4 was won by Idris Pellow and Mared Skene, who were "
        "quicker all weekend on the roads of the hills around the service park.\n"
    )
    record = _record(third_person)
    assert "Gwen Haskard" not in record["text"]
    assert frozenset({"Gwen Haskard"}) not in set(_crew_names(record).values())


def test_an_author_that_is_an_office_tells_no_one() -> None:
    record = _record(_BLOG.replace("author: Ffion Marwood", "author: Redazione Rally Collines"))
    assert "Redazione" not in record["text"]


def test_a_line_of_the_blog_that_names_no_crew_is_the_authors() -> None:
    text = _BLOG.replace(
        "We finished second in Rally4 and 14th overall, with a total time of 1:02:44.8.",
        "The short version: second in Rally4 and 14th overall, with a total time of 1:02:44.8.",
    )
    record = _record(text)
    crews = _crew_names(record)
    blogger = frozenset({"Ffion Marwood", "Tamsin Oduya"})
    places = {
        (r["class"], r["position"], crews[r["crew"]], (r["total_time"] or {}).get("seconds"))
        for r in record["class_results"]
    }
    assert ("Rally4", 2, blogger, 3764.8) in places or ("Rally4", 2, blogger, None) in places
    assert any(p[:3] == ("overall", 14, blogger) for p in places)


def test_a_name_in_the_bloggers_own_sentence_is_no_rival() -> None:
    text = _BLOG.replace(
        "Here are our stage times",
        "Still with the dust of Coed Mawr on our boots, we were fourth on the first run there. "
        "Here are our stage times",
    )
    crews = set(_crew_names(_record(text)).values())
    assert frozenset({"Coed Mawr"}) not in crews
    assert frozenset({"Ffion Marwood", "Tamsin Oduya"}) in crews


def test_my_co_driver_outranks_a_pair_made_by_a_photo_credit() -> None:
    text = _BLOG.replace(
        "Thanks to our sponsors!", "Thanks to our sponsors!\n\nPhotos: Gwil Rhys / Marwood Motorsport"
    )
    crews = set(_crew_names(_record(text)).values())
    assert frozenset({"Ffion Marwood", "Tamsin Oduya"}) in crews
    assert not any("Gwil Rhys" in crew for crew in crews)


_PRESS_CONFERENCE = """# Rally of the Borders 2026 – Post-event press conference

*Hawick, 20 September 2026*

Callum Rennie and Isla Drummond (Škoda Fabia RS Rally2) won the Rally of the Borders in 1:48:12.4.
Tomasz Wiśniewski and Agata Kowal finished second, 9.8 seconds behind, and Eoin Hegarty and Niamh
Forde were third. The conference was moderated by Fiona Blair.

**Moderator:** Callum, congratulations. When did you know it was yours?

**Callum Rennie:** Only at the flying finish of SS10. We won SS4 and SS7, but Tomasz kept coming back.

**Q (Euan Marr, Border Telegraph):** Tomasz, what happened on SS6?

**Tomasz Wiśniewski:** A spin at the hairpin. Before that we won SS2 and SS3, and we were second on SS9.

**Agata Kowal:** The clerk of the course, Ross Kerr, stopped SS6 for a while. The restart was cold.

**Moderator:** Eoin, a podium on your first visit here.

**Eoin Hegarty:** We are happy with it. We won the power stage, SS10, and that gives us points.

**Rennie:** Next is the Galloway Hills Rally, on 17 and 18 October.
"""


def _stage_places(record: dict[str, Any]) -> set[tuple[int, int, frozenset[str]]]:
    crews = _crew_names(record)
    return {(r["stage"], r["position"], crews[r["crew"]]) for r in record["stage_results"]}


def test_we_in_a_press_conferences_answer_is_the_crew_of_its_speaker() -> None:
    """ "**Tomasz Wiśniewski:** … we won SS2 and SS3": each answer speaks for its speaker's crew, not
    for the first crew the transcript names nor for the moderator."""
    record = extract_dict(_PRESS_CONFERENCE.encode(), "borders-transcript.en.md")
    rennie = frozenset({"Callum Rennie", "Isla Drummond"})
    wisniewski = frozenset({"Tomasz Wiśniewski", "Agata Kowal"})
    hegarty = frozenset({"Eoin Hegarty", "Niamh Forde"})
    assert _stage_places(record) == {
        (4, 1, rennie),
        (7, 1, rennie),
        (2, 1, wisniewski),
        (3, 1, wisniewski),
        (9, 2, wisniewski),
        (10, 1, hegarty),
    }
    assert set(_crew_names(record).values()) == {rennie, wisniewski, hegarty}


def test_paragraphs_labelled_by_category_are_no_speakers() -> None:
    """ "Cars: …", "Bikes: …": a results release's labels name categories, not who speaks."""
    from extractor.extract.narrator import speakers
    from extractor.record import Section

    text = "\n\n".join(
        f"{label}: The winners took the lead early. They finished in front."
        for label in ("Cars", "Bikes", "Trucks", "Quads", "Challenger", "SSV")
    )
    assert speakers(text, [Section("body", 0, len(text))]) == {}
    named = text.replace("Cars:", "Ana Ruiz:").replace("Bikes:", "Jon Moore:").replace("Trucks:", "Li Wei:")
    assert set(speakers(named, [Section("body", 0, len(named))])) == {
        0,
        named.index("Jon"),
        named.index("Li Wei"),
    } | {named.index(label) for label in ("Quads:", "Challenger:", "SSV:")}


_WEB_BLOG = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour Stages 2026 – Tavish Rally Blog</title></head>
<body>
<header class="site-header"><nav><a href="/">Home</a> <a href="/blog/">Blog</a></nav></header>
<main><article class="post">
<h1 class="entry-title">Harbour Stages 2026: third in Rally4</h1>
<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published"
 datetime="2026-10-12T20:00:00+01:00">12 October 2026</time></span>
<span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/eoin/">Eoin</a>
</span></span></div>
<div class="entry-content">
<p>Hello again! For anyone new here: I'm Eoin Mac Suibhne, a weekend rally driver from Dungloe,
and this is where I write up every rally we do in our old Fiesta Rally4.</p>
<p>My co-driver Gráinne Ní Fhearraigh and I finished third in Rally4 and 17th overall at the
Harbour Stages, with a total time of 58:12.4. I'm still grinning.</p>
<p>On SS3 we set the fastest Rally4 time, 6:41.0, our first class stage win.</p>
<p>Up front, Ciarán Boyle and Seán Gill won the rally outright. The Rally4 win went to
Cathal Breslin and Úna Doherty, who were quicker all day.</p>
<p>Thanks to our sponsors, and see you at the next one!</p>
</div>
</article>
<section class="comments"><h2>2 comments</h2>
<div class="comment"><span class="comment-author vcard"><b class="fn">Maeve Rooney</b></span>
<p>Brilliant drive, well done to you both!</p></div>
</section></main>
<footer class="site-footer">© 2026 Eoin Mac Suibhne</footer>
</body></html>
"""


def test_a_web_blogs_byline_first_name_is_the_author_the_post_names_in_full() -> None:
    """A WordPress byline gives "by Eoin"; the post says "I'm Eoin Mac Suibhne": he tells it."""
    record = _record(_WEB_BLOG, "blog/harbour-stages.html")
    crews = _crew_names(record)
    blogger = frozenset({"Eoin Mac Suibhne", "Gráinne Ní Fhearraigh"})
    assert set(crews.values()) == {
        blogger,
        frozenset({"Cathal Breslin", "Úna Doherty"}),
        frozenset({"Ciarán Boyle", "Seán Gill"}),
    }
    places = {(r["class"], r["position"], crews[r["crew"]]) for r in record["class_results"]}
    assert places == {
        ("Rally4", 3, blogger),
        ("overall", 17, blogger),
        ("Rally4", 1, frozenset({"Cathal Breslin", "Úna Doherty"})),
        ("overall", 1, frozenset({"Ciarán Boyle", "Seán Gill"})),
    }
    stages = {(r["stage"], r["position"], crews[r["crew"]]) for r in record["stage_results"]}
    assert (3, 1, blogger) in stages
    assert "Maeve Rooney" not in {m["name"] for c in record["crews"] for m in c["members"]}


def test_a_newsrooms_we_makes_no_narrator_of_the_bylined_journalist() -> None:
    """ "As every round, we hand out the marks": a journalist's "we" alone tells no drive."""
    page = (
        _WEB_BLOG.replace(">Eoin</a>", ">Saoirse Gallen</a>")
        .replace(
            "Hello again! For anyone new here: I'm Eoin Mac Suibhne, a weekend rally driver from Dungloe,\n"
            "and this is where I write up every rally we do in our old Fiesta Rally4.",
            "As after every round, we hand out the marks, and as we expected it was a close one.",
        )
        .replace(
            "My co-driver Gráinne Ní Fhearraigh and I finished third in Rally4 and 17th overall at the"
            "\nHarbour Stages, with a total time of 58:12.4. I'm still grinning.",
            "Dara Coyle and Fionn Boner finished third in Rally4 and 17th overall, with a total time of"
            " 58:12.4. We liked that.",
        )
        .replace(
            "On SS3 we set the fastest Rally4 time, 6:41.0, our first class",
            "On SS3 they set the fastest Rally4 time, 6:41.0, their first class",
        )
        .replace("Thanks to our sponsors, and see you at the next one!", "We will be back next round.")
    )
    assert " I " not in page and "I'm" not in page and " our " not in page  # (every edit took)
    record = _record(page, "news/harbour-stages-marks.html")
    crews = _crew_names(record)
    assert set(crews.values()) == {
        frozenset({"Dara Coyle", "Fionn Boner"}),
        frozenset({"Cathal Breslin", "Úna Doherty"}),
        frozenset({"Ciarán Boyle", "Seán Gill"}),
    }


def test_the_name_beside_the_authors_own_in_the_entry_list_is_the_co_driver() -> None:
    """„Startnummer 27, Matthias Pöltl und Verena Haslinger …“: the blog quotes its own entry."""
    text = (
        "---\ntitle: Waldviertel-Rallye 2026\ndate: 2026-11-09\nauthor: Matthias Pöltl\n---\n\n"
        "Was für ein Wochenende! „Startnummer 27, Matthias Pöltl und Verena Haslinger, Peugeot 208 Rally4“"
        " – so stand es auf der Nennliste, und am Samstag standen wir auf der Ergebnisliste als Zweite in der"
        " Rally4-Wertung. Unsere Gesamtzeit: 1:21:46,3.\n\nIch bin stolz auf unser Team und auf meine"
        " Mechaniker. Die Klasse gewannen Lukas Riegler und Sophie Danzinger.\n"
    )
    record = _record(text, "blog/waldviertel.md")
    crews = _crew_names(record)
    blogger = frozenset({"Matthias Pöltl", "Verena Haslinger"})
    assert blogger in set(crews.values())
    places = {(r["class"], r["position"], crews[r["crew"]]) for r in record["class_results"]}
    assert ("Rally4", 2, blogger) in places


def test_a_blogs_stage_time_before_its_place_is_the_authors() -> None:
    """ "SS2 – 7:58.0, third in Rally4": a time, then a place, of no one named: the author's."""
    text = _BLOG.replace(
        "Here are our stage times and Rally4 places:",
        "SS4 was a different story – 6:12.5, fourth in Rally4, with the tyres gone.\n\n"
        "Here are our stage times and Rally4 places:",
    )
    record = _record(text)
    crews = _crew_names(record)
    blogger = frozenset({"Ffion Marwood", "Tamsin Oduya"})
    stages = {
        (r["stage"], r["position"], crews[r["crew"]], r["time"]["seconds"] if r["time"] else None)
        for r in record["stage_results"]
    }
    assert (4, 4, blogger, 372.5) in stages


def test_after_i_the_next_unnamed_place_is_the_authors_not_the_rival_named_before() -> None:
    """ "ele terminou 22,7 segundos na minha frente. Depois disso eu tentei recuperar. Na PE8
    marquei 7min55,1s, o quarto tempo da categoria": after "eu" the dropped subject is the author."""
    text = (
        "---\ntitle: Rally de Erechim 2026\ndate: 2026-09-30\nauthor: Rafael Bortolini Haas\n---\n\n"
        "Que fim de semana! A minha navegadora Tainá Ribeiro Scholz e eu terminamos em segundo na Rally4."
        " Eu estou muito feliz com o nosso resultado.\n\n"
        "O uruguaio Matías Olivera Ferrés venceu a Rally4 com Gonzalo Pereyra. Ele terminou 22,7 segundos"
        " na minha frente na classe.\n\n"
        "Depois disso eu tentei recuperar, mas sem fazer besteira. Na PE8 marquei 7min55,1s, o quarto"
        " tempo da categoria, com pneu já bem gasto.\n"
    )
    record = _record(text, "blog/erechim.md")
    crews = _crew_names(record)
    eighth = [
        (r["position"], crews[r["crew"]], r["time"]["seconds"] if r["time"] else None)
        for r in record["stage_results"]
        if r["stage"] == 8
    ]
    assert eighth == [(4, frozenset({"Rafael Bortolini Haas", "Tainá Ribeiro Scholz"}), 475.1)]


def test_a_class_place_glued_to_its_prefix_and_the_time_before_it_are_the_authors_on_the_stage() -> None:
    """ "Auf SP 9 waren wir mit 10:31,0 Klassendritte": third in the class on SP 9, in 10:31,0
    (and that time is no one's on SP 11, told after it)."""
    text = (
        "---\ntitle: Waldviertel-Rallye\ndate: 2026-11-09\nauthor: Matthias Pöltl\n---\n\n"
        "Was für ein Saisonabschluss! Ich und meine Beifahrerin Verena Haslinger wurden Zweite in der"
        " Rally4. Ich bin froh.\n\n"
        "Auf SP 9 waren wir mit 10:31,0 Klassendritte, auf der abschließenden SP 11 noch einmal Zweite.\n"
    )
    record = _record(text, "blog/waldviertel.md")
    crews = _crew_names(record)
    crew = frozenset({"Matthias Pöltl", "Verena Haslinger"})
    stages = {
        (r["stage"], r["position"], crews[r["crew"]], r["time"]["seconds"] if r["time"] else None)
        for r in record["stage_results"]
    }
    assert stages == {(9, 3, crew, 631.0), (11, 2, crew, None)}


def test_we_in_a_crew_s_quotes_under_its_heading_is_that_crew() -> None:
    """A team's "what they said" release: each crew's heading, then "Name: «…»" quotes. "Abbiamo
    vinto la PS2" is the speaker's crew, not the first crew the release names; the next crew's
    heading and result line are the release's own words again."""
    text = (
        "Rally Italia Sardegna – Hanno detto\n\n"
        "Si è concluso oggi il Rally Italia Sardegna. Ecco i commenti dei nostri equipaggi.\n\n"
        "Luca Pintus / Alessio Deiana — Škoda Fabia RS Rally2, WRC2\n\n"
        "Risultato: 8° assoluto, 2° WRC2\n\n"
        "Luca Pintus: «Sabato mattina abbiamo vinto la PS11, la Monte Lerno.»\n\n"
        "Alessio Deiana: «Sulla PS14 abbiamo forato e abbiamo perso quaranta secondi.»\n\n"
        "Karl-Erik Tamm / Mihkel Põder — Toyota GR Yaris Rally2, WRC2\n\n"
        "Risultato: 11° assoluto, 4° WRC2\n\n"
        "Karl-Erik Tamm: «Era il mio primo Sardegna, un weekend positivo.»\n\n"
        "Mihkel Põder: «Sulla PS12 abbiamo fatto il quinto tempo di classe.»\n\n"
        "Federica Sanna / Nuria Vilaró — Renault Clio Rally3, Junior WRC\n\n"
        "Risultato: 1ª Junior WRC, 19ª assoluta\n\n"
        "Federica Sanna: «Abbiamo vinto la PS2 e poi la PS5, la mitica Tula.»\n"
    )
    record = _record(text, "quotes.md")
    first = frozenset({"Luca Pintus", "Alessio Deiana"})
    second = frozenset({"Karl-Erik Tamm", "Mihkel Põder"})
    third = frozenset({"Federica Sanna", "Nuria Vilaró"})
    names = _crew_names(record)
    stages = {(r["stage"], r["position"], names[r["crew"]]) for r in record["stage_results"]}
    assert stages == {(11, 1, first), (12, 5, second), (2, 1, third), (5, 1, third)}
    places = {(r["class"], r["position"], names[r["crew"]]) for r in record["class_results"]}
    assert places == {
        ("overall", 8, first),
        ("WRC2", 2, first),
        ("overall", 11, second),
        ("WRC2", 4, second),
        ("Junior", 1, third),
        ("overall", 19, third),
    }


def test_a_sentence_running_on_after_a_colon_is_no_speaker_s_label() -> None:
    """ "Quéré a poursuivi son effort : deuxième temps WRC2 dans l'ES10" is the release's sentence,
    not a speaker's label, in a release whose quotes are labelled ("Jakub Wróblewski : « … »"):
    its places are Quéré's (tests/fresh17, a team's report)."""
    path = Path(__file__).parent / "fresh17" / "fr" / "chardon-racing-rallye-portugal-2026-bilan.txt"
    record = _record(path.read_text(encoding="utf-8"), "bilan.txt")
    names = _crew_names(record)
    quere = frozenset({"Mathis Quéré", "Amaury Lefébure"})
    stages = {(r["stage"], r["position"]) for r in record["stage_results"] if names[r["crew"]] == quere}
    assert {(10, 2), (11, 1)} <= stages
