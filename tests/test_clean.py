"""Stage 2, clean: the article and nothing else, shaped like a text release, from every format."""

from __future__ import annotations

import re
import textwrap
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import extract_dict
from extractor.clean import Cleaned, clean
from extractor.clean.email import clean_email
from extractor.clean.html import clean_html
from extractor.clean.markdown import clean_markdown
from extractor.clean.text import clean_text, normalize_text
from extractor.errors import CleanError, ExtractorError
from extractor.read import read

ROOT = Path(__file__).parent.parent
FIXTURES = Path(__file__).parent / "fixtures" / "clean"
LEFTOVER_MARKUP = re.compile(r"</?[a-zA-Z][^>]*>|&(?:[a-z]+|#\d+|#x[0-9a-f]+);|\*\*|\]\(|=[0-9A-F]{2}")


def _clean_file(name: str) -> Cleaned:
    path = FIXTURES / name
    return clean(read(path.read_bytes(), str(path)))


def _assert_clean(text: str) -> None:
    assert not LEFTOVER_MARKUP.search(text), LEFTOVER_MARKUP.search(text)
    assert "\u00a0" not in text and "\u2011" not in text and "\r" not in text
    assert "\n\n\n" not in text and text == text.strip()


# --- HTML -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def newsroom() -> Cleaned:
    return _clean_file("newsroom_page_en.html")


def test_html_keeps_the_article_sentences(newsroom: Cleaned) -> None:
    for sentence in (
        "Luka Kovačić and co-driver Jorge Peña have won the Stock class of the Dakar Rally",
        "winning the thirteenth and final stage by 2 min 14 s.",
        "“We came here to learn, and we leave as winners,” said Kovačić at the finish in Yanbu.",
        "“This result belongs to every mechanic who worked through the night,”",
        "Halcón Racing is a rally-raid team based in Zaragoza, founded in 2019.",
        "Media contact: Clara Ribeiro, press@halcon-racing.example, +34 600 000 000",
        "High-resolution images are available in the media centre.",
    ):
        assert sentence in newsroom.text


def test_html_drops_every_kind_of_boilerplate(newsroom: Cleaned) -> None:
    for chrome in (
        "cookies", "Accept all", "Manage preferences", "Skip to content", "Partners", "Shop",
        "Search the newsroom", "Home", "Facebook", "LinkedIn", "4 min read", "By Press Office",
        "Read also", "Halcón Racing ready for Dakar prologue", "Tags", "Back to overview",
        "comments", "Great result, congratulations", "Post comment", "Related stories",
        "new livery", "Subscribe", "newsletter", "inbox", "All rights reserved", "Privacy",
        "Imprint", "dataLayer", "position:fixed", "Rally-Raid",
    ):  # fmt: skip
        assert chrome not in newsroom.text, chrome


def test_html_is_shaped_like_a_text_release(newsroom: Cleaned) -> None:
    lines = newsroom.text.split("\n")
    assert lines[0] == "Kovačić and Peña take Stock class honours in Dakar"
    assert lines[1] == ""
    assert lines[2:5] == [
        "• Halcón Racing wins the Stock class at its second Dakar attempt",
        "• Luka Kovačić and Jorge Peña finish 58 hours ahead of schedule",
        "• Sister car of Sébastien Müller completes the podium in third",
    ]
    assert "\n\nA perfect final week\n\n" in newsroom.text
    assert "at the finish in Yanbu.\n“Jorge’s navigation" in newsroom.text  # <br>
    assert "\n\n— Ingrid Dahl, Team Principal\n\n" in newsroom.text  # quote attribution kept
    assert (
        "Stock class, final classification\nPos | Crew | Time\n"
        "1 | Luka Kovačić / Jorge Peña | 58:09:45\n"
        "2 | Amara Okafor / Lucas Girard | 58:31:02\n"
        "3 | Sébastien Müller / Tomás Šebestová | 59:02:17"
    ) in newsroom.text
    assert "\n\nNotes to editors\n\n" in newsroom.text and "\n\nAbout Halcón Racing\n\n" in newsroom.text
    _assert_clean(newsroom.text)


def test_html_metadata(newsroom: Cleaned) -> None:
    assert newsroom.title == "Kovačić and Peña take Stock class honours in Dakar"
    assert newsroom.published == date(2026, 1, 18)  # article:published_time, in its own zone
    assert newsroom.language_hint == "en"


def test_declared_windows_1252_page_without_article_markup() -> None:
    cleaned = _clean_file("page_windows1252_nl.html")
    assert cleaned.text.startswith("Baciuška en Šebestová winnen de Hellendoorn Rally\n\nHELLENDOORN")
    assert "Rokas Baciuška en Tereza Šebestová heeft zaterdag" in cleaned.text
    assert "Jesús Peña en Ségolène Müller" in cleaned.text
    assert "‘Dit is een droom die uitkomt’, zei Baciuška" in cleaned.text
    assert "João Conceição en Björn Œhlenschläger" in cleaned.text
    for chrome in ("Lees ook", "Seizoensopening", "Kalender", "Privacy", "©", "Nieuws"):
        assert chrome not in cleaned.text
    assert cleaned.published == date(2026, 4, 12)  # DC.date
    assert cleaned.title == "Baciuška en Šebestová winnen de Hellendoorn Rally"


def _page(body: str, head: str = "", lang: str = "pt-BR") -> str:
    return f'<!DOCTYPE html><html lang="{lang}"><head>{head}</head><body>{body}</body></html>'


ARTICLE = (
    "<p>Oskari Haapala e Joonas Mäkelä venceram o Rally de Portugal, sexta ronda do Mundial, "
    "com o Toyota GR Yaris Rally1, depois de uma luta decidida na Power Stage de Fafe.</p>"
    "<p>Gonçalo Quintela e Inês Sarmento venceram o WRC2 e terminaram em oitavo da geral, "
    "a nove minutos do vencedor, depois de seis vitórias em especiais da categoria.</p>"
)


def test_title_published_and_language_fall_back_in_order() -> None:
    head = (
        '<title>Haapala vence | Pista &amp; Terra</title><meta name="DC.date" content="2026-05-09">'
        '<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, '
        '{"@type": "NewsArticle", "datePublished": "2026-05-10T16:45:00+01:00"}]}</script>'
    )
    cleaned = clean_html(_page(f"<article>{ARTICLE}</article>", head))
    assert cleaned.title == "Haapala vence"  # <title> without the site name
    assert cleaned.published == date(2026, 5, 10)  # JSON-LD before DC.date
    assert cleaned.language_hint == "pt"

    with_time = _page(
        f'<article><h1>Haapala vence</h1><time datetime="2026-05-11">x</time>{ARTICLE}</article>', head
    )
    assert clean_html(with_time).published == date(2026, 5, 11)  # <time datetime> before JSON-LD

    og = (
        '<meta property="og:title" content="Haapala vence em Fafe">'
        '<meta property="article:published_time" content="2026-05-12">'
    )
    cleaned = clean_html(_page(f"<article><h1>Haapala vence</h1>{ARTICLE}</article>", og + head))
    assert cleaned.title == "Haapala vence em Fafe"
    assert cleaned.published == date(2026, 5, 12)
    assert clean_html(_page(ARTICLE, '<meta name="date" content="12.05.2026">')).published == date(
        2026, 5, 12
    )
    assert clean_html(_page(ARTICLE, lang="x-default")).language_hint is None


def test_teaser_articles_do_not_win_over_the_release_in_a_plain_div() -> None:
    teasers = "".join(
        f'<article class="card"><h3><a href="/n{i}">Outra notícia {i}</a></h3></article>' for i in range(5)
    )
    page = _page(f'<div id="conteudo"><h1>Haapala vence</h1>{ARTICLE}</div><div>{teasers}</div>')
    text = clean_html(page).text
    assert text.startswith("Haapala vence\n\nOskari Haapala")
    assert "Outra notícia" not in text


@pytest.mark.parametrize(
    "related",
    [
        "<h3>Lees ook</h3><ul><li><a href='/1'>Rally van Twente</a></li>"
        "<li><a href='/2'>Kalender</a></li></ul>",
        "<div class='x'><h4>À lire aussi</h4><a href='/1'>Rallye du Touquet</a> "
        "<a href='/2'>Calendrier</a></div>",
        "<section><h2>Leggi anche</h2><p><a href='/1'>Rally di Sanremo: risultati</a></p></section>",
        "<p><strong>Lesen Sie auch:</strong> "
        "<a href='/1'>Rallye Deutschland: alle Ergebnisse im Überblick</a></p>",
        "<div class='compartir'><a href='/x'>X</a><a href='/f'>Facebook</a></div>",
        "<div><span>Partilhar</span></div>",
        "<div id='gdpr'>Utilizamos cookies. <button>Aceitar</button></div>",
        "<div class='nieuwsbrief'>Schrijf je in voor onze nieuwsbrief</div>",
        "<p style='font-size:10px'>Sie erhalten diese E-Mail, weil Sie im Presseverteiler sind. "
        "<a href='/u'>Abmelden</a></p>",
    ],
)
def test_multilingual_related_share_cookie_and_newsletter_blocks_go(related: str) -> None:
    text = clean_html(_page(f"<main><h1>Haapala vence</h1>{ARTICLE}{related}</main>")).text
    assert text.endswith("depois de seis vitórias em especiais da categoria.")


def test_release_sections_and_lists_survive() -> None:
    body = (
        "<article><h1>Haapala vence</h1><ol><li>Haapala</li><li>Vandenbroucke</li></ol>"
        f"{ARTICLE}<h3>Sobre a Minho Sport</h3><p>Equipa de Ponte de Lima.</p>"
        "<p>Contacto: <a href='mailto:imprensa@minho.example'>imprensa@minho.example</a></p>"
        "<p>R&amp;D &amp;amp; mais: <q>vitória</q> &#8211; fim</p></article>"
    )
    text = clean_html(_page(body)).text
    assert "\n\n1. Haapala\n2. Vandenbroucke\n\n" in text
    assert "\n\nSobre a Minho Sport\n\nEquipa de Ponte de Lima." in text
    assert "Contacto: imprensa@minho.example" in text
    assert "R&D & mais: “vitória” – fim" in text


def test_html_that_is_hardly_html_still_cleans() -> None:
    assert clean_html("<p>Peña wins <b>again").text == "Peña wins again"
    assert clean_html("Just a line of text").text == "Just a line of text"
    assert (
        "Müller"
        in clean_html('<?xml version="1.0" encoding="utf-8"?><html><body><p>Müller</p></body></html>').text
    )


def test_html_list_of_entries_is_paragraphs_and_a_list_of_lines_is_numbered() -> None:
    """A live ticker's <ol> holds entries of paragraphs: numbering them ("3. 16:38 SS13 …") would
    make each a place, so they read as paragraphs; a results <ol> inside one stays numbered."""
    html = (
        "<html><body><article><h1>Live: Rallye Hochland, day 2</h1><ol class='ticker'>"
        "<li><time>16:51</time><p>FINAL RESULT! Anton Berger and Ida Stein win the rally.</p>"
        "<ol><li>Anton Berger/Ida Stein – 1:31:02.4</li><li>Karl Moser/Eva Lang – +12.9</li></ol></li>"
        "<li><time>16:38</time><p>SS13: Moser fastest in 6:48.3, 0.8s quicker than Berger.</p></li>"
        "</ol></article></body></html>"
    )
    assert clean_html(html).text == (
        "Live: Rallye Hochland, day 2\n\n"
        "• 16:51 FINAL RESULT! Anton Berger and Ida Stein win the rally.\n"
        "1. Anton Berger/Ida Stein – 1:31:02.4\n2. Karl Moser/Eva Lang – +12.9\n\n"
        "• 16:38 SS13: Moser fastest in 6:48.3, 0.8s quicker than Berger."
    )


def test_html_bulleted_items_numbered_by_their_writer_keep_their_numbers_alone() -> None:
    """ "<ul><li>1. A / B … 1:36:48,2</li>": a bullet before "1." would hide the place."""
    html = (
        "<html><body><article><h1>Rallye Sierra Morena: Quintana gana</h1><p>Clasificación final:</p>"
        "<ul><li>1. Álvaro Quintana / Núria Casals 1:36:48,2</li><li>2. Íñigo Etxeberria / Marta "
        "Lozano a 8,5</li></ul><ul><li>Próxima cita: Rallye de Ourense</li></ul></article></body></html>"
    )
    assert clean_html(html).text == (
        "Rallye Sierra Morena: Quintana gana\n\nClasificación final:\n\n"
        "1. Álvaro Quintana / Núria Casals 1:36:48,2\n2. Íñigo Etxeberria / Marta Lozano a 8,5\n\n"
        "• Próxima cita: Rallye de Ourense"
    )


@pytest.mark.parametrize(
    "html",
    ["", "   ", "<html><head><title>x</title></head><body></body></html>", "<script>var a = 1;</script>"],
)
def test_html_without_article_text_raises_clean_error(html: str) -> None:
    with pytest.raises(CleanError):
        clean_html(html)


# --- e-mail ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def mail() -> Cleaned:
    return _clean_file("release_multipart_fr.eml")


def test_email_takes_the_html_alternative_and_names_attachments(mail: Cleaned) -> None:
    assert mail.text.startswith("Ségolène Marchetti et João Peña s’imposent au Rallye du Touquet\n\n•")
    assert "devant Théo Müller et Zoé Šebestová" in mail.text  # only in the HTML part
    assert "• Victoire dans la dernière spéciale, l’ES 12 « Montreuil 2 »" in mail.text
    assert "Contact presse : Anaïs Lefèvre, presse@ecurie-opale.example" in mail.text
    for chrome in ("navigateur", "désabonner", "Vous recevez", "cid:", "font-family"):
        assert chrome not in mail.text
    assert "ignored attachment: results.pdf" in mail.warnings
    assert "ignored attachment: podium-touquet.png" in mail.warnings
    _assert_clean(mail.text)


def test_email_subject_and_date(mail: Cleaned) -> None:
    assert mail.title == "Rallye du Touquet : victoire de Ségolène Marchetti et João Peña"  # RFC 2047
    assert mail.published == date(2026, 3, 15)
    assert mail.language_hint == "fr"


PLAIN_LATIN1 = (
    b"From: =?iso-8859-1?q?Equipe_Pe=F1a?= <press@pena.example>\r\n"
    b"Subject: =?iso-8859-1?q?Fwd=3A_Pe=F1a_et_M=FCller_sur_le_podium?=\r\n"
    b"Date: Mon, 02 Feb 2026 09:00:00 -0300\r\n"
    b"MIME-Version: 1.0\r\n"
    b"Content-Type: text/plain; charset=iso-8859-1; format=flowed\r\n"
    b"Content-Transfer-Encoding: quoted-printable\r\n\r\n"
    b"S=E9gol=E8ne Pe=F1a et J=F6rg M=FCller terminent deuxi=E8mes, =92une belle \r\n"
    b"course=92 selon l'=E9quipe.\r\n"
)


def test_plain_email_quoted_printable_latin1_flowed() -> None:
    cleaned = clean(read(PLAIN_LATIN1, "release.eml"))
    assert cleaned.title == "Peña et Müller sur le podium"  # Fwd: dropped
    assert cleaned.published == date(2026, 2, 2)  # the date as written, not moved to UTC
    assert "Ségolène Peña et Jörg Müller terminent deuxièmes, ’une belle course’ selon" in cleaned.text
    assert cleaned.text.startswith("Peña et Müller sur le podium\n\n")  # Subject as headline
    assert cleaned.warnings == []


MALFORMED = [
    b"From: a@b\nSubject: x\nMIME-Version: 1.0\nContent-Type: multipart/mixed\n\n--x\nbody\n",
    b'From: a@b\nSubject: x\nContent-Type: multipart/alternative; boundary="zz"\n\nno parts\n',
    b"From: a@b\nSubject: x\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBO\n",
    b'From: a@b\nSubject: x\nContent-Type: text/plain; charset="x-unknown"\n\n   \n',
]


@pytest.mark.parametrize("raw", MALFORMED)
def test_malformed_mime_raises_clean_error_with_a_reason(raw: bytes) -> None:
    with pytest.raises(CleanError) as caught:
        clean(read(raw, "broken.eml"))
    assert caught.value.reason and caught.value.stage == "clean"


def test_unknown_charset_and_broken_base64_are_warnings_not_crashes() -> None:
    raw = (
        b"From: a@b\nSubject: Pe\xf1a\nContent-Type: text/plain; charset=x-weird\n"
        b"Content-Transfer-Encoding: base64\n\nUGXDsWEgd2lucw=\n"
    )
    cleaned = clean(read(raw, "odd.eml"))
    assert "Peña wins" in cleaned.text
    assert any("charset" in warning for warning in cleaned.warnings)


_HEADERS = st.sampled_from(
    [
        b"From: a@b\nSubject: =?utf-8?q?Pe=C3=B1a?=\nMIME-Version: 1.0\n",
        b'From: a@b\nSubject: x\nContent-Type: multipart/mixed; boundary="b"\n',
        b"From: a@b\nDate: not a date\nContent-Type: text/html; charset=utf-8\n",
        b"From: a@b\nSubject: =?bogus?x?zz?=\nContent-Transfer-Encoding: base64\n",
    ]
)


@settings(max_examples=150, deadline=None)
@given(headers=_HEADERS, body=st.binary(max_size=300))
def test_email_cleaner_raises_only_extractor_errors(headers: bytes, body: bytes) -> None:
    raw = headers + b"\n" + body.replace(b"\x00", b"")
    try:
        decoded = read(raw, "fuzz.eml")
        clean_email(decoded)
    except ExtractorError:
        pass


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/=\"'&;#abpdivhtml1 \nšé—")), max_size=200))
def test_html_cleaner_raises_only_clean_errors(html: str) -> None:
    try:
        cleaned = clean_html(html)
    except CleanError:
        return
    assert cleaned.text == normalize_text(cleaned.text)


# --- Markdown and plain text ----------------------------------------------------------------


def test_markdown_release() -> None:
    cleaned = _clean_file("release_es.md")
    text = cleaned.text
    assert text.startswith("Peña y Müller, segundos en la Baja Aragón\n\nNota de prensa")
    assert "podio.jpg" not in text and "Foto del Toyota" not in text  # image dropped
    assert "• Jesús Peña y su copiloto Lukas Müller terminan segundos en la Baja España Aragón" in text
    assert "• Victoria en el sector 3, el más largo de la prueba" in text
    assert "«Hemos dado el máximo», explicó Peña.\n— Jesús Peña, piloto" in text
    assert "\n\nClasificación final\n\n" in text
    assert "Pos. | Equipo | Tiempo\n1 | João Conceição / Rui Šimek | 6:41:18" in text
    assert "\n1. Conceição / Šimek\n2. Peña / Müller" in text
    assert "Contacto de prensa: Marta Ibáñez, prensa@cierzo-racing.example, +34 976 000 000" in text
    assert "Más información en nuestra web." in text
    assert "---" not in text and "[web]" not in text and "https://" not in text
    _assert_clean(text)
    assert cleaned.title == "Peña y Müller, segundos en la Baja Aragón"
    assert cleaned.published == date(2026, 7, 26)
    assert cleaned.language_hint == "es"


def test_markdown_inline_syntax() -> None:
    text = clean_markdown(
        'Title\n=====\n\nA **bold** and __strong__ *em* _it_ `code` [link](http://x.y "t") '
        "[ref][r] <https://a.b> \\*literal\\* snake_case_name 5 * 3 = 15\n\n"
        "> nested\n> > quote\n\n   \n1) first\n2) second\n   continued\n"
    ).text
    assert text == (
        "Title\n\nA bold and strong em it code link ref https://a.b *literal* snake_case_name "
        "5 * 3 = 15\n\nnested\n\nquote\n\n1. first\n2. second continued"
    )


def test_normalize_text() -> None:
    raw = "Jorge\u00a0Peña\u2011Ruiz\r\nBaciu\u0161ka e\u0301 so\u00adft\u200b \u2003x\t\n\n\n\nend  \n"
    assert normalize_text(raw) == "Jorge Peña-Ruiz\nBaciuška é soft  x\n\nend"
    assert clean_text("  Peña  ").text == "Peña"


# --- samples against their plain-text twins -------------------------------------------------

TWINS = ROOT / "tests" / "fixtures" / "twins"
PAGES = sorted(
    path
    for pattern in ("samples/*/*.html", "samples/*/*.eml")
    for path in ROOT.glob(pattern)
    if (TWINS / f"{path.parent.name}-{path.stem}.txt").is_file()
)


def _tokens(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", normalize_text(text).casefold()))


@pytest.mark.skipif(not PAGES, reason="no HTML or e-mail samples with twins yet")
@pytest.mark.parametrize("path", PAGES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_samples_clean_to_their_plain_text_twin(path: Path) -> None:
    cleaned = clean(read(path.read_bytes(), str(path)))
    twin = _tokens((TWINS / f"{path.parent.name}-{path.stem}.txt").read_text(encoding="utf-8"))
    produced = _tokens(cleaned.text)
    shared = sum((produced & twin).values())
    assert shared / sum(twin.values()) >= 0.95, "article text lost"
    assert shared / sum(produced.values()) >= 0.95, "boilerplate let through"
    _assert_clean(cleaned.text)


_PARAGRAPH = (
    "Braga, 11 de maio de 2026 – O jovem piloto minhoto Rui Tavares Pinto e a sua navegadora Joana "
    "Meireles terminaram o Rali de Famalicão no segundo lugar da classe Rally4, depois de um furo na PE6. "
    "Na PE2 fizeram 7:41,2 e ganharam a especial entre os Rally4, com 2,3 segundos de margem sobre a "
    "jovem dupla da equipa francesa Saint-Émilion Racing. A vitória foi para Hugo Sá e Marta Brito."
)
_ROWS = (
    "Classificação final:\n"
    "1. Hugo Sá / Marta Brito (Škoda Fabia RS Rally2) 1:22:04,1\n"
    "2. Rui Tavares Pinto / Joana Meireles (Peugeot 208 Rally4) 1:24:31,7\n"
    "- Próxima prova: Rali Vidreiro, 12 e 13 de junho.\n\n"
    "Contacto de imprensa:\nSofia Amaral"
)


def _mailing(width: int) -> str:
    """The release as a mailing list wraps it at `width` columns (textwrap breaks after hyphens)."""
    return f"COMUNICADO DE IMPRENSA\n\n{textwrap.fill(_PARAGRAPH, width)}\n\n{_ROWS}\n"


@pytest.mark.parametrize("width", [66, 68, 72, 76])
def test_hard_wrapped_paragraphs_are_joined_and_rows_kept(width: int) -> None:
    wrapped = _mailing(width)
    lines = clean_text(wrapped).text.split("\n")
    assert lines == ["COMUNICADO DE IMPRENSA", "", _PARAGRAPH, "", *_ROWS.split("\n")]


def test_a_release_wrapped_at_a_hundred_and_five_columns_is_joined() -> None:
    """A wire service wraps wider than a mailing list ("… titelverdediger Kenzo↵Vanhoutte en …")."""
    second = (
        "Na PE5 o piloto de Barcelos voltou a ser o mais rápido entre os Rally4 e chegou a liderar a "
        "classe por 4,1 segundos, mas um pião na última especial custou-lhe a vitória, que acabou por "
        "ficar nas mãos do francês Mathis Laborde e da navegadora Inès Carrère, da Saint-Émilion Racing."
    )
    wrapped = f"COMUNICADO DE IMPRENSA\n\n{textwrap.fill(_PARAGRAPH, 105)}\n\n{textwrap.fill(second, 105)}\n"
    assert max(len(line) for line in wrapped.split("\n")) > 100
    lines = clean_text(wrapped).text.split("\n")
    assert lines == ["COMUNICADO DE IMPRENSA", "", _PARAGRAPH, "", second]


def test_text_with_long_lines_is_not_unwrapped() -> None:
    text = "Titel\n\n" + "\n".join(["Ein langer Absatz " * 8] * 10) + "\nKurz\nzeile"
    assert clean_text(text).text == normalize_text(text)


def test_a_crew_split_over_wrapped_lines_is_one_crew() -> None:
    about = (
        "A Minho Rally Team foi fundada em 2019 em Braga e disputa o Campeonato de Portugal de Ralis "
        "com um Peugeot 208 Rally4 preparado nas suas próprias oficinas."
    )
    wrapped = f"COMUNICADO DE IMPRENSA\n\n{textwrap.fill(_PARAGRAPH, 66)}\n\n{textwrap.fill(about, 66)}\n"
    assert "Rui Tavares\nPinto" in wrapped
    record = extract_dict(wrapped.encode("utf-8"), "wrapped.txt")
    crews = {frozenset(m["name"] for m in c["members"]) for c in record["crews"]}
    assert frozenset({"Rui Tavares Pinto", "Joana Meireles"}) in crews


_INTERVIEW_PAGE = """<!DOCTYPE html><html lang="en">
<head><title>Villaseñor: the notes won it | Stagecraft</title></head>
<body><nav><a href="/">Home</a> <a href="/erc">ERC</a></nav>
<article><h1>Villaseñor: the notes won it</h1>
<p>Andrés Villaseñor and co-driver Iñaki Goikoetxea won Rali Ceredigion on Sunday, beating Mathieu
Lefèvre by 11.4 seconds after 12 stages in the hills above Aberystwyth. We caught up with the winner.</p>
<h3>Has it sunk in yet?</h3><p>Not really! I slept maybe three hours after the finish.</p>
<aside class="results-box"><h4>Final classification – Rali Ceredigion</h4><ol>
<li>Andrés Villaseñor / Iñaki Goikoetxea (Škoda Fabia RS Rally2) 2:14:07.9</li>
<li>Mathieu Lefèvre / Timothée Roussel (Citroën C3 Rally2) +11.4s</li>
<li>Kristjan Pärn / Rasmus Lõhmus (Toyota GR Yaris Rally2) +38.6s</li></ol></aside>
</article>
<aside class="sidebar"><h4>Most read</h4><ul><li><a href="/a">Rally Hungary preview</a></li>
<li><a href="/b">Tyre rules for 2027</a></li></ul></aside></body></html>"""


def test_an_aside_holding_the_results_is_article_text() -> None:
    """A results box (an <aside> with a list of crews and times) is the article's; a sidebar of
    links is not."""
    record = extract_dict(_INTERVIEW_PAGE.encode(), "interview.html")
    assert "2. Mathieu Lefèvre / Timothée Roussel (Citroën C3 Rally2) +11.4s" in record["text"]
    assert "Most read" not in record["text"]
    crews = {c["id"]: frozenset(m["name"] for m in c["members"]) for c in record["crews"]}
    places = {(r["position"], crews[r["crew"]]) for r in record["class_results"] if r["class"] == "overall"}
    assert places == {
        (1, frozenset({"Andrés Villaseñor", "Iñaki Goikoetxea"})),
        (2, frozenset({"Mathieu Lefèvre", "Timothée Roussel"})),
        (3, frozenset({"Kristjan Pärn", "Rasmus Lõhmus"})),
    }


def _mail(subject: str, body: str) -> bytes:
    return (
        f"From: press@team.example\nSubject: {subject}\nDate: Wed, 14 Oct 2026 20:10:00 +0100\n"
        f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n{body}"
    ).encode()


def test_a_subject_with_a_figure_the_body_s_headline_lacks_goes_first() -> None:
    body = "Trio into the top four as Ek loses time\n\nERFOUD, 14 October 2026 – A long day in the dunes.\n"
    cleaned = clean(read(_mail("Rallye du Maroc – Stage 3: trio into the top four", body), "day.eml"))
    assert cleaned.text.startswith(
        "Rallye du Maroc – Stage 3: trio into the top four\n\nTrio into the top four"
    )
    # a Subject whose figures the opening already holds, or that has none, stays out of the text
    same = clean(
        read(_mail("Stage 3: trio into the top four", body.replace("A long", "Stage 3, a long")), "a.eml")
    )
    assert same.text.startswith("Trio into the top four")
    plain = clean(read(_mail("Trio into the top four", body), "b.eml"))
    assert plain.text.startswith("Trio into the top four")
    # (a figure in the lead paragraph is not the headline's: "3 hours" is no stage)
    lead = body.replace(
        "A long day", "A long day, 3 hours slower than planned, " + "in the dunes " * 10 + ","
    )
    long_lead = clean(read(_mail("Rallye du Maroc – Stage 3: trio into the top four", lead), "c.eml"))
    assert long_lead.text.startswith("Rallye du Maroc – Stage 3")
    # (the figure goes with its word: "3º tempo" in a bullet is no "Etapa 3")
    bullet = (
        "Camião é terceiro no dia\n\n• Iveco faz o 3º tempo entre os camiões\n\n"
        "Erfoud, 7 de outubro – Dia longo.\n"
    )
    etapa = clean(read(_mail("Rallye du Maroc – Etapa 3: camião terceiro", bullet), "d.eml"))
    assert etapa.text.startswith("Rallye du Maroc – Etapa 3")


_MAGAZINE_INTERVIEW = """<!doctype html><html lang="es"><head><title>Entrevista | Contravolante</title>
<meta property="og:site_name" content="Contravolante">
<meta property="article:published_time" content="2026-09-14T09:00:00+02:00"></head><body>
<article><h1>Íñigo Sarasola: «En el TC6 supe que era nuestro»</h1>
<p>El navarro, ganador del Rallye de la Ribera, repasa con Contravolante un fin de semana de remontada
y lo que espera de la próxima cita del campeonato.</p>
<p>Estella, 13 de septiembre de 2026. Íñigo Sarasola y su copiloto, Ane Zubiri, ganaron el Rallye de la
Ribera con su Škoda Fabia RS Rally2 tras 1 h 12 min 03,8 s de tramos cronometrados.</p>
<p>—¿Dónde se decidió el rally?</p>
<p>—En el TC6. Lo ganamos y ya nadie nos pudo alcanzar.</p></article></body></html>"""


def test_the_sites_own_name_is_its_publisher_and_no_person() -> None:
    assert clean_html(_MAGAZINE_INTERVIEW).publisher == "Contravolante"
    record = extract_dict(_MAGAZINE_INTERVIEW.encode("utf-8"), "interview/es.html")
    sarasola = frozenset({"Íñigo Sarasola", "Ane Zubiri"})
    assert {frozenset(m["name"] for m in c["members"]) for c in record["crews"]} == {sarasola}
    crews = {c["id"]: frozenset(m["name"] for m in c["members"]) for c in record["crews"]}
    assert {(r["stage"], r["position"], crews[r["crew"]]) for r in record["stage_results"]} == {
        (6, 1, sarasola)
    }


def _places_with_total_texts(record: dict[str, Any]) -> set[tuple[str, int, frozenset[str], str | None]]:
    names = {c["id"]: frozenset(m["name"] for m in c["members"]) for c in record["crews"]}
    return {
        (r["class"], r["position"], names[r["crew"]], (r["total_time"] or {}).get("text"))
        for r in record["class_results"]
    }


def _forward(width: int) -> str:
    """A newsroom's note on top of the release, which a mail client quoted at `width` columns."""
    quoted = "\n".join(
        f"> {line}" if line else ">" for line in _mailing(width).replace("\n\n", "\n\n").split("\n")
    )
    note = (
        "Olá Rui,\n\nSegue abaixo o comunicado final da equipa.\n\nCumprimentos,\nMarta\n\n"
        "---------- Mensagem encaminhada ---------\nDe: Gonçalo <g@team.example>\n"
        "Data: domingo, 11/05/2026 às 20:41\nAssunto: Comunicado final\n\n"
    )
    return note + quoted


@pytest.mark.parametrize("width", [66, 72])
def test_a_forwarded_release_quoted_with_marks_reads_as_the_release(width: int) -> None:
    cleaned = clean(read(_mail("Fwd: Comunicado final", _forward(width)), "forward.eml"))
    lines = cleaned.text.split("\n")
    start = lines.index("COMUNICADO DE IMPRENSA")
    assert lines[start:] == ["COMUNICADO DE IMPRENSA", "", _PARAGRAPH, "", *_ROWS.split("\n")]
    assert "Segue abaixo o comunicado final da equipa." in lines  # the note is no quote: kept as is
    record = extract_dict(_mail("Fwd: Comunicado final", _forward(width)), "forward.eml")
    crew = frozenset({"Rui Tavares Pinto", "Joana Meireles"})
    assert ("overall", 2, crew, "1:24:31,7") in _places_with_total_texts(record)


def test_a_wrapped_reply_is_joined_though_the_mail_it_quotes_is_long_once_unwrapped() -> None:
    """A press officer's reply, wrapped at 72 columns, quotes the journalist's mail at its end: that
    quote, joined on its own into one long line, must not make the reply look unwrapped."""
    question = (
        "Dag Katrien, kun je me na de rally nog deze vragen beantwoorden? Ik heb de eindstand, de "
        "totaaltijden en de etappezeges nodig voor de krant van maandag, deadline is om twaalf uur. "
        "Hoe is Pieter-Jan geëindigd, en in welke totaaltijd? Klopt het dat hij een etappe heeft "
        "gewonnen, en welke? Wat is er gebeurd met de SSV van Dewaele, die volgens de live-tracking "
        "in de vierde etappe is blijven staan? En hoe zit het met de straf voor Kvistgaard bij de "
        "Stock? Heb je ook een quote van Pieter-Jan en van de teammanager voor bij de foto?"
    )
    quoted = "\n".join(f"> {line}" for line in textwrap.fill(question, 70).split("\n"))
    body = f"Dag Bert,\n\n{_mailing(72)}\nGroetjes,\nKatrien\n\nOp 24 okt. 2026 schreef Bert:\n{quoted}\n"
    lines = clean(read(_mail("Re: vragen", body), "reply.eml")).text.split("\n")
    assert _PARAGRAPH in lines
    assert question in lines  # the quote, its marks off, joined on its own


def test_a_line_or_two_quoted_in_passing_keep_their_marks() -> None:
    text = "Rui wrote:\n> Can you send the final times?\n\nHere they are.\n" + "Line of text.\n" * 3
    assert clean_text(text).text.split("\n")[1] == "> Can you send the final times?"


def test_labelled_lines_under_one_another_stay_lines_in_a_wrapped_text() -> None:
    winners = (
        "CLASS WINNERS\n"
        "Stock: Hiroshi Tanabe / Benoît Lagarde (Toyota Land Cruiser 300) 18h02m15s\n"
        "Challenger: Mateo Giménez Roca / Pau Ferrer Sastre (Taurus T3 Max) 16h46m26s\n"
        "SSV: Daan Hoogeveen / Ruben Aarts (Can-Am Maverick R) 16h59m37s\n"
    )
    wrapped = _mailing(72) + "\n" + winners
    lines = clean_text(wrapped).text.split("\n")
    assert lines[-4:] == winners.strip().split("\n")
    assert _PARAGRAPH in lines  # the wrapped paragraph is joined all the same


def test_a_number_opening_a_line_inside_an_open_bracket_continues_the_sentence() -> None:
    paragraph = (
        "Op de openingsproef (KP 1) bij Luttenberg was Remco Zwiers met navigator Bernd Aßmann de "
        "snelste. In Rally4 waren Tomáš Šimek en Karel Žák (Peugeot 208 Rally4) de snelsten, in Rally5 "
        "wonnen Luuk Wiegerinck en Iñaki Goñi (Renault Clio Rally5) na een lange strijd."
    )
    wrapped = textwrap.fill(paragraph, 76)
    assert "(Peugeot\n208 Rally4)" in wrapped
    lines = clean_text(_mailing(76) + "\n" + wrapped).text.split("\n")
    assert lines[-1] == paragraph
    assert _PARAGRAPH in lines


def test_a_bracket_reopened_on_the_line_that_closes_another_still_holds_the_next_line() -> None:
    wrapped = (
        "Die Rally3-Wertung gewannen Emre Yıldız und Tobias Grünwald (Ford Fiesta\n"
        "Rally3), in der Rally4 setzten sich Lea Kühnle und Marek Šimůnek (Peugeot\n"
        "208 Rally4) gegen Benedikt Ostermaier und Dana Wächter (Opel Corsa Rally4)\n"
        "durch."
    )
    lines = clean_text(_mailing(76) + "\n" + wrapped).text.split("\n")
    assert lines[-1] == wrapped.replace("\n", " ")


def test_a_number_before_a_lower_case_word_opening_a_line_continues_the_sentence() -> None:
    wrapped = (
        'O presidente do clube, Armando Pacheco, fez um balanço positivo: "Tivemos\n'
        '62 equipas inscritas, 48 à chegada e nenhum incidente com o público."'
    )
    lines = clean_text(_mailing(72) + "\n" + wrapped).text.split("\n")
    assert lines[-1] == wrapped.replace("\n", " ")
    assert set(_ROWS.split("\n")) <= set(lines)  # "1. Hugo Sá / …" rows stay rows


def test_french_labelled_lines_under_one_another_stay_lines_in_a_wrapped_text() -> None:
    winners = (
        "VAINQUEURS DE CLASSE\n"
        "Rally5 : Nicolas Wagner-Kühn / Zoé Martineau (Renault Clio Rally5) en 57'44\"8\n"
        "F2/14 : Romain Texier / Chloé Marchal (Peugeot 106 S16) en 59'51\"2, 14es au scratch\n"
    )
    lines = clean_text(_mailing(72) + "\n" + winners).text.split("\n")
    assert lines[-3:] == winners.strip().split("\n")


def _card(pos: int, number: str, driver: str, co_driver: str, car: str, cls: str, time: str) -> str:
    return (
        f'<div class="result-row" data-pos="{pos}">\n'
        f'  <div class="col col-pos"><span class="position">{pos}</span></div>\n'
        f'  <div class="col col-nr"><span class="startnr">{number}</span></div>\n'
        f'  <div class="col col-crew">\n'
        f'    <span class="driver"><img class="flag" src="/f.svg" alt="GER"> {driver}</span>\n'
        f'    <span class="codriver"><img class="flag" src="/f.svg" alt="SWE"> {co_driver}</span>\n'
        f"  </div>\n"
        f'  <div class="col col-car"><span class="car">{car}</span></div>\n'
        f'  <div class="col col-class"><span class="class-name">{cls}</span><span class="class-pos">'
        f"{pos}.</span></div>\n"
        f'  <div class="col col-time"><span class="total">{time}</span> <span class="gap">–</span></div>\n'
        f"</div>\n"
    )


_CARD_PAGE = (
    '<!DOCTYPE html><html lang="de"><head><title>Ergebnisse | RallyeZeit</title>'
    '<meta property="article:published_time" content="2026-04-18T21:05:00+02:00"></head><body>'
    '<nav><a href="/">Start</a></nav><main><article><h1>ADAC Rallye Erzgebirge 2026 – Endergebnis</h1>'
    "<p>Lukas Brenninger und Hanna Lindgren (Škoda Fabia RS Rally2) gewinnen die ADAC Rallye Erzgebirge "
    "mit 19,3 Sekunden Vorsprung auf Ondřej Kubíček und Petra Šimková. Die Entscheidung fiel auf der "
    "letzten Wertungsprüfung am Samstagnachmittag rund um Stollberg.</p>"
    '<section class="results-grid">\n<div class="result-row result-row--head">\n'
    '  <div class="col col-pos">Pos.</div>\n  <div class="col col-nr">Nr.</div>\n'
    '  <div class="col col-crew">Fahrer / Beifahrer</div>\n  <div class="col col-car">Fahrzeug</div>\n'
    '  <div class="col col-class">Klasse</div>\n  <div class="col col-time">Gesamtzeit</div>\n</div>\n'
    + _card(1, "#2", "Lukas Brenninger", "Hanna Lindgren", "Škoda Fabia RS Rally2", "Rally2", "1:18:42,6")
    + _card(2, "#5", "Ondřej Kubíček", "Petra Šimková", "Škoda Fabia RS Rally2", "Rally2", "1:19:01,9")
    + _card(3, "#7", "Jonas Weidlich", "Anke Roßbach", "Hyundai i20 N Rally2", "Rally2", "1:19:40,2")
    + "</section></article></main></body></html>"
)


def test_a_results_grid_of_div_cards_reads_as_a_table() -> None:
    cleaned = clean_html(_CARD_PAGE)
    lines = cleaned.text.split("\n")
    assert "Pos. | Nr. | Fahrer / Beifahrer | Fahrzeug | Klasse | Gesamtzeit" in lines
    assert (
        "1 | #2 | Lukas Brenninger / Hanna Lindgren | Škoda Fabia RS Rally2 | Rally2 1. | 1:18:42,6 –"
        in lines
    )
    places = _places_with_total_texts(extract_dict(_CARD_PAGE.encode(), "grid.html"))
    weidlich = frozenset({"Jonas Weidlich", "Anke Roßbach"})
    assert ("overall", 3, weidlich, "1:19:40,2") in places
    assert ("Rally2", 3, weidlich, None) in places or ("Rally2", 3, weidlich, "1:19:40,2") in places


def test_a_results_page_s_class_filters_are_no_heading() -> None:
    page = _CARD_PAGE.replace(
        '<section class="results-grid">',
        '<div class="filter-bar"><span class="filter active">Gesamt</span> '
        '<span class="filter">Rally2</span> <span class="filter">Rally3</span></div>\n'
        '<section class="results-grid">',
    )
    assert "Rally3" not in clean_html(page).text.split("\n\n")[2]
    places = _places_with_total_texts(extract_dict(page.encode(), "grid.html"))
    assert ("overall", 2, frozenset({"Ondřej Kubíček", "Petra Šimková"}), "1:19:01,9") in places


def test_a_kicker_naming_the_event_above_the_headline_is_kept_under_it() -> None:
    """ "Rally de Ourense 2026 · Campeonato de España" over the <h1> of a live page names the event
    the article never names again; a kicker without a year ("Rally-Raid") still goes."""
    page = (
        "<html><head><title>TC7 | Crono</title></head><body><article>"
        '<p class="kicker">Rally de Ourense 2026 · Campeonato de España de Rallyes de Asfalto</p>'
        "<h1>TC7: Outeiro manda en la niebla</h1>"
        "<p>El TC7 se disputó con niebla cerrada. Brais Outeiro y su copiloto Xoán Carba marcaron el mejor "
        "tiempo en 10:47,3 y estiran su ventaja en la general provisional.</p>"
        "</article></body></html>"
    )
    record = extract_dict(page.encode("utf-8"), "live.html")
    assert record["text"].split("\n\n")[:2] == [
        "TC7: Outeiro manda en la niebla",
        "Rally de Ourense 2026 · Campeonato de España de Rallyes de Asfalto",
    ]
    assert (record["event"]["name"], record["event"]["edition"]) == ("Rally de Ourense", 2026)
    quiet = page.replace("Rally de Ourense 2026 · Campeonato de España de Rallyes de Asfalto", "Rally-Raid")
    assert "Rally-Raid" not in extract_dict(quiet.encode("utf-8"), "live.html")["text"]


def test_the_edition_a_page_title_names_and_the_article_does_not_goes_under_the_headline() -> None:
    """ "SS10 Atlantic Drive 1 – Stage Times | Donegal International Rally 2026 | StageClock": a
    live page of one stage names its rally only in the <title>; a page whose article names it
    stays as it is."""
    article = (
        "<h1>Quinn quickest on Atlantic Drive</h1><p>The second pass of the coastal loop ran in fog. "
        "Niall Quinn and co-driver Séan Doherty went fastest on SS10 in 10:47.6 to lead by 9.4s.</p>"
    )
    page = (
        "<html><head><title>SS10 Atlantic Drive 1 – Stage Times | Donegal International Rally 2026 | "
        f"StageClock Timing</title></head><body><article>{article}</article></body></html>"
    )
    record = extract_dict(page.encode("utf-8"), "live.html")
    assert record["text"].split("\n\n")[:2] == [
        "Quinn quickest on Atlantic Drive",
        "Donegal International Rally 2026",
    ]
    assert (record["event"]["name"], record["event"]["edition"]) == ("Donegal International Rally", 2026)
    named = page.replace("The second pass", "At the Donegal International Rally the second pass")
    assert (
        "\n\nDonegal International Rally 2026\n\n"
        not in extract_dict(named.encode("utf-8"), "live.html")["text"]
    )


def test_a_description_list_writes_each_term_and_its_value_on_one_line() -> None:
    """A works team's fact list: "<dt>Classe Ultimate</dt><dd>4°</dd>" is one labelled line, and
    the lines of one list follow each other with no blank line between them."""
    page = (
        "<html><head><title>Abu Dhabi</title></head><body><article><h1>Risultati</h1>"
        "<p>Il team chiude il Desert Challenge con quattro equipaggi al traguardo.</p><dl>\n"
        "  <dt>Equipaggio</dt><dd>Tomáš Vondráček / Nicolò Benassi</dd>\n"
        "  <dt>Classe Ultimate</dt><dd>4°</dd>\n"
        "  <dt>Tempo totale:</dt><dd>17h 51' 06''</dd>\n"
        "</dl><p>Prossimo appuntamento in Portogallo.</p></article></body></html>"
    )
    text = clean_html(page).text
    assert (
        "Equipaggio: Tomáš Vondráček / Nicolò Benassi\nClasse Ultimate: 4°\nTempo totale: 17h 51' 06''"
        in text
    )


_TWO_ROW_TABLE = """<html><head><title>Final classification</title></head><body><article>
<h1>Kincardine Stages: Abernethy wins by 9.1 seconds</h1>
<p>Callum Abernethy and Morven Keir won the Kincardine Stages on Saturday, 9.1 seconds ahead of
Dafydd Rees and Wiktoria Nowak.</p>
<table>
<thead><tr><th>Pos.</th><th>No.</th><th>Crew</th><th>Car</th><th>Class</th><th>Time</th></tr></thead>
<tbody>
<tr><td rowspan="2">1</td><td rowspan="2">4</td><td>Callum Abernethy</td>
<td rowspan="2">Škoda Fabia RS Rally2</td><td rowspan="2">Rally2</td><td rowspan="2">52:10.4</td></tr>
<tr><td>Morven Keir</td></tr>
<tr><td rowspan="2">2</td><td rowspan="2">1</td><td>Dafydd Rees</td>
<td rowspan="2">Hyundai i20 N Rally2</td><td rowspan="2">Rally2</td><td rowspan="2">52:19.5</td></tr>
<tr><td>Wiktoria Nowak</td></tr>
<tr><td>3</td><td>8</td><td>Eimear Kavanagh</td><td>Peugeot 208 Rally4</td><td>Rally4</td>
<td>55:02.0</td></tr>
<tr><td></td><td></td><td>Tadhg Corrigan</td><td></td><td></td><td></td></tr>
</tbody></table>
<table>
<tr><th>Stage</th><th>Crew</th><th>Time</th></tr>
<tr><td>SS1</td><td>Dafydd Rees<br>Wiktoria Nowak</td><td>6:12.3</td></tr>
</table>
</article></body></html>"""


def test_a_table_giving_each_crew_two_rows_reads_one_crew_per_row() -> None:
    """The co-driver on a row of their own, under the driver's row whose place, car and time span
    both (`rowspan`) or stand there alone, joins the driver's cell with a slash; so does a line a
    <br> breaks in a cell."""
    lines = clean_html(_TWO_ROW_TABLE).text.split("\n")
    assert "1 | 4 | Callum Abernethy / Morven Keir | Škoda Fabia RS Rally2 | Rally2 | 52:10.4" in lines
    assert "3 | 8 | Eimear Kavanagh / Tadhg Corrigan | Peugeot 208 Rally4 | Rally4 | 55:02.0" in lines
    assert "SS1 | Dafydd Rees / Wiktoria Nowak | 6:12.3" in lines
    record = extract_dict(_TWO_ROW_TABLE.encode(), "two-rows.html")
    places = _places_with_total_texts(record)
    assert ("overall", 1, frozenset({"Callum Abernethy", "Morven Keir"}), "52:10.4") in places
    assert ("overall", 3, frozenset({"Eimear Kavanagh", "Tadhg Corrigan"}), "55:02.0") in places
    assert [[member["name"] for member in crew["members"]] for crew in record["crews"]] == [
        ["Callum Abernethy", "Morven Keir"],
        ["Dafydd Rees", "Wiktoria Nowak"],
        ["Eimear Kavanagh", "Tadhg Corrigan"],
    ]


def test_a_table_s_rows_beside_a_cell_spanning_them_stay_rows() -> None:
    """ "Friday" spanning three stage rows leaves each its own row: a row that fills more columns
    than the span holds open is no second line."""
    page = (
        "<html><body><article><h1>Itinerary</h1><table>"
        "<tr><th>Day</th><th>Stage</th><th>Name</th></tr>"
        '<tr><td rowspan="2">Friday</td><td>SS1</td><td>Durris</td></tr>'
        "<tr><td>SS2</td><td>Fetteresso</td></tr>"
        "</table></article></body></html>"
    )
    lines = clean_html(page).text.split("\n")
    assert "Friday | SS1 | Durris" in lines
    assert "SS2 | Fetteresso" in lines


def _mail_with_csv(csv_text: str, filename: str = "results.csv") -> bytes:
    """A club's cover note with its results attached as a spreadsheet (base64, as mailers send it)."""
    import base64

    attached = base64.encodebytes(csv_text.encode("utf-8")).decode("ascii")
    return (
        "From: Press Office <press@example.org>\n"
        "To: desk@example.org\n"
        "Subject: Kinloch Stages 2026 - final results attached\n"
        "Date: Sun, 14 Jun 2026 21:40:00 +0100\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="b1"\n\n'
        "--b1\n"
        'Content-Type: text/plain; charset="utf-8"\n\n'
        "Dear all,\n\nPlease find attached the final classification of the Kinloch Stages. Fionn Duggan\n"
        "and Rhiannon Price won by 12.4 seconds.\n\nKind regards,\nMairead Keane, press officer\n\n"
        "--b1\n"
        f'Content-Type: text/csv; charset="utf-8"; name="{filename}"\n'
        f'Content-Disposition: attachment; filename="{filename}"\n'
        "Content-Transfer-Encoding: base64\n\n"
        f"{attached}\n"
        "--b1--\n"
    ).encode()


def test_results_attached_as_a_spreadsheet_are_read_as_the_release_s_table() -> None:
    """A CSV attachment (its delimiter sniffed) is a table of " | " lines under the cover note, and
    its rows are places with their times; an attachment of another kind is still only named in a
    warning."""
    mail = _mail_with_csv(
        "Pos;No.;Driver;Co-driver;Car;Class;Time\n"
        "1;3;Fionn Duggan;Rhiannon Price;Škoda Fabia RS Rally2;Rally2;1:12:40.2\n"
        "2;1;Tomás Ó Riain;Gwenllian Hughes;Hyundai i20 N Rally2;Rally2;1:12:52.6\n"
        '3;8;"Kowalski, Jan";Eilish Barr;Ford Fiesta Rally3;Rally3;1:15:03.9\n'
    )
    record = extract_dict(mail, "kinloch.eml")
    lines = record["text"].split("\n")
    assert "1 | 3 | Fionn Duggan | Rhiannon Price | Škoda Fabia RS Rally2 | Rally2 | 1:12:40.2" in lines
    assert "3 | 8 | Kowalski, Jan | Eilish Barr | Ford Fiesta Rally3 | Rally3 | 1:15:03.9" in lines
    assert not [w for w in record["warnings"] if "results.csv" in w]
    places = _places_with_total_texts(record)
    assert ("overall", 1, frozenset({"Fionn Duggan", "Rhiannon Price"}), "1:12:40.2") in places
    assert ("overall", 2, frozenset({"Tomás Ó Riain", "Gwenllian Hughes"}), "1:12:52.6") in places
    comma_separated = _mail_with_csv("Pos,Driver,Co-driver,Time\n1,Fionn Duggan,Rhiannon Price,1:12:40.2\n")
    assert "1 | Fionn Duggan | Rhiannon Price | 1:12:40.2" in extract_dict(comma_separated, "k.eml")["text"]
    picture = _mail_with_csv("not a table", filename="podium.png").replace(b"text/csv", b"image/png")
    assert "ignored attachment: podium.png" in extract_dict(picture, "k.eml")["warnings"]


def test_a_hard_wrapped_markdown_release_is_joined_like_a_text_one() -> None:
    """A Markdown file wrapped at 100 columns by its editor splits "Sébastien↵Roux-Duval"; its
    paragraphs are joined as a plain-text release's are, its list items kept."""
    second = (
        "Na PE5 o piloto de Barcelos voltou a ser o mais rápido entre os Rally4 e chegou a liderar a "
        "classe por 4,1 segundos, mas um pião na última especial custou-lhe a vitória, que acabou por "
        "ficar nas mãos do francês Mathis Laborde e da navegadora Inès Carrère, da Saint-Émilion Racing."
    )
    markdown = (
        "---\ntitle: Rali de Famalicão\ndate: 2026-05-11\n---\n\n# Rali de Famalicão\n\n"
        f"{textwrap.fill(_PARAGRAPH, 100)}\n\n{textwrap.fill(second, 100)}\n\n"
        "- Próxima prova: Rali Vidreiro\n"
    )
    assert "\n" in textwrap.fill(second, 100)
    assert clean_markdown(markdown).text.split("\n") == [
        "Rali de Famalicão",
        "",
        _PARAGRAPH,
        "",
        second,
        "",
        "• Próxima prova: Rali Vidreiro",
    ]


def test_a_spreadsheet_attachment_the_csv_module_refuses_is_named_not_read() -> None:
    """A field past the csv module's size limit raises csv.Error: the mail is still read, its
    attachment named in a warning."""
    record = extract_dict(_mail_with_csv('Pos;Driver\n1;"' + "x" * 140_000 + "\n"), "k.eml")
    assert any("results.csv" in w for w in record["warnings"])
    assert "Fionn Duggan" in record["text"]


NEWSLETTER_MAIL = """<html><body>
<table width="100%"><tr><td align="center">
  <table width="640">
  <tr><td>Problems viewing? <a href="https://example.org/view">View it in your browser</a></td></tr>
  <tr><td bgcolor="#ffffff">
    <table width="100%">
    <tr><td><h1>Fabia customers take Rally2 honours on the Ulster Rally</h1></td></tr>
    <tr><td><ul><li>Two Fabias in the top four</li><li>A stage win on SS7</li></ul></td></tr>
    <tr><td>
      <p>Milton Keynes, 17 August 2026 – Håvard Søreide and Øystein Brække won the Rally2 category of
      the Ulster Rally on Saturday and finished second overall, just 14.2 seconds behind the winners.</p>
      <p>Žiga Šuštar and Rok Kralj were fourth overall and second in Rally2, after a stage win on SS7,
      beating every World Rally Car on the stage before a spin on SS10 cost them a shot at the podium.</p>
    </td></tr>
    <tr><td>
      <table border="1">
      <tr><td>Overall</td><td>Crew</td><td>Time</td></tr>
      <tr><td>2</td><td>H. Søreide / Ø. Brække</td><td>1:58:14.6</td></tr>
      <tr><td>4</td><td>Ž. Šuštar / R. Kralj</td><td>1:59:03.9</td></tr>
      </table>
    </td></tr>
    <tr><td><p>Next on the calendar is the Cork 20 International Rally, on 3–4 October.</p></td></tr>
    </table>
  </td></tr>
  <tr><td>You are receiving this e-mail because you subscribed. <a href="https://example.org/u">Unsubscribe</a></td></tr>
  </table>
</td></tr></table>
</body></html>"""


def test_a_newsletter_laid_out_in_tables_is_read_whole() -> None:
    """An HTML-only press mail sits in nested layout tables, a row per block: the lead's cell,
    the results table's cell and the closing paragraph's cell are one release, and a list in a
    cell is a list, a line per item."""
    text = clean_html(NEWSLETTER_MAIL).text
    lines = text.split("\n")
    assert "• Two Fabias in the top four" in lines
    assert "• A stage win on SS7" in lines
    assert "2 | H. Søreide / Ø. Brække | 1:58:14.6" in lines
    assert "Next on the calendar is the Cork 20 International Rally, on 3–4 October." in lines
    assert "Unsubscribe" not in text and "View it in your browser" not in text


def _gallery(captions: list[str]) -> str:
    figures = "".join(
        f'<figure><img src="{k}.jpg"><figcaption>{text} <span class="credit">© Dániel Fekete / Pixel Agency'
        f"</span></figcaption></figure>"
        for k, text in enumerate(captions)
    )
    return (
        "<html><body><main><article><h1>Rally Hungary – Media gallery</h1>"
        "<p>Our photographers followed the event from shakedown to the finish ramp in Veszprém.</p>"
        f"<section>{figures}</section></article></main></body></html>"
    )


def test_a_gallery_keeps_its_captions_without_the_photographers_credits() -> None:
    """A media gallery's captions are its text: the facts are in them, the credits name no crew."""
    captions = [
        "Bence Szőllősi / Réka Tóth-Horváth (Škoda Fabia RS Rally2) on SS7, where they set the fastest time.",
        "Luka Perković / Ivana Bašić (Hyundai i20 N Rally2) won SS3 and SS11.",
        "Íñigo Arrúe / Álvaro Cendón (Ford Fiesta Rally3) won the Rally3 class.",
    ]
    record = extract_dict(_gallery(captions).encode(), "gallery.html")
    for caption in captions:
        assert caption in record["text"]
    assert "Fekete" not in record["text"]
    crews = [[member["name"] for member in crew["members"]] for crew in record["crews"]]
    assert ["Luka Perković", "Ivana Bašić"] in crews
    assert {(s["stage"], s["position"]) for s in record["stage_results"]} >= {(7, 1), (3, 1), (11, 1)}


def test_an_articles_lone_photo_caption_is_still_left_out() -> None:
    """One or two captions beside an article repeat it or credit a photographer: not text."""
    page = _gallery(["Luka Perković / Ivana Bašić (Hyundai i20 N Rally2) won SS3 and SS11."])
    record = extract_dict(page.encode(), "article.html")
    assert "Perković" not in record["text"]


def test_a_line_broken_inside_a_bracket_or_after_a_comma_is_joined_in_a_text_not_wrapped() -> None:
    """A writer's stray line break inside a car's bracket, in paragraphs otherwise one line each:
    the sentence is one line again, the other paragraphs stay as they are."""
    first = (
        "O Rally Cuesta, disputado de 22 a 25 de outubro em Botucatu, terminou com a vitória de "
        "Guilherme Ribas e do navegador Everton Dantas na categoria Carros, com tempo total de 11h23min48s."
    )
    broken = (
        "Camila Tôrres Vianna e a uruguaia Paola Giménez Arce (Mitsubishi\n"
        "Triton #207) terminaram em segundo lugar, a 2min10s, depois de vencer a terceira etapa."
    )
    after_comma = (
        "Completaram o pódio, a 7min14s dos vencedores e depois de uma penalização, os irmãos Oleksandr,\n"
        "Marcos e Ivo Kovalenko Dias."
    )
    text = f"{first}\n\n{broken}\n\n{after_comma}\n\nAtenciosamente,\nJoana Prado\n\n{first}\n"
    lines = clean_text(text).text.split("\n")
    assert lines == [
        first,
        "",
        broken.replace("\n", " "),
        "",
        after_comma.replace("\n", " "),
        "",
        "Atenciosamente,",
        "Joana Prado",
        "",
        first,
    ]


def test_a_blog_pages_author_is_its_bylines_not_a_commenters() -> None:
    """WordPress marks the post's author and each commenter with `vcard`/`fn`; only the post's is
    its author, and the fullest name of the meta tag and the byline wins."""
    page = (
        "<html><head><title>Rally</title>{meta}</head><body><article><h1>Harbour Stages 2026</h1>"
        '<span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/eoin/">'
        "Eoin</a></span></span><p>{body}</p></article>"
        '<ol class="comment-list"><li class="comment"><div class="comment-author vcard">'
        '<b class="fn">Maeve Rooney</b></div><p>Well done!</p></li></ol></body></html>'
    )
    body = "We finished third in Rally4 at the Harbour Stages and I am very happy with it. " * 3
    assert clean_html(page.format(meta="", body=body)).author == "Eoin"
    with_meta = page.format(meta='<meta name="author" content="Eoin Mac Suibhne">', body=body)
    assert clean_html(with_meta).author == "Eoin Mac Suibhne"
    linked = page.format(meta='<meta property="article:author" content="https://example.ie/eoin">', body=body)
    assert clean_html(linked).author == "Eoin"
