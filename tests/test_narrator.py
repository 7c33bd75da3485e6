"""A first-person release told by its author: who "I", "we" and "my co-driver" are.

A driver's blog names its author only in the front matter; the author becomes a byline line
under the title (evidence like any name), races with "my co-driver", and owns the places told
of "I" and "we" and the list of stage times with no name on it. A journalist's article in the
third person, or an author that is an office, stays as it was.
"""

from __future__ import annotations

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
