"""HTML pages → the article as plain-text-release-shaped text, plus title, date and language.

A saved newsroom page is mostly not the release: navigation, cookie banners, share bars,
"related stories", newsletter boxes, comments, footers. The cleaner
1. reads the metadata first (`og:title`, `article:published_time`, JSON-LD, `<html lang>`),
2. drops the boilerplate by tag, ARIA role, class/id words and short telltale texts in the
   seven languages, never dropping the element that holds the headline or most of the text,
3. picks the article (`[itemprop=articleBody]`, `<article>`, `<main>`, `role=main`, common
   content classes, else the block with the densest paragraph text), and
4. renders it as a plain-text release: headline, blank line, `• ` bullets, paragraphs
   separated by one blank line, headings and quotes as their own paragraphs, table rows as
   `cell | cell` lines, so one segmenter serves every format.

lxml is used directly (not through BeautifulSoup): it is several times faster, and pages come
by the thousand.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from collections import Counter
from collections.abc import Iterable
from datetime import date

from lxml import etree

from extractor.clean import Cleaned
from extractor.clean.text import normalize_text
from extractor.errors import CleanError
from extractor.regexes import compile_guarded

# --- what is never article text -----------------------------------------------------------

_ALWAYS_DROP = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object",
        "embed", "video", "audio", "source", "track", "picture", "img", "map", "area", "button",
        "input", "select", "option", "optgroup", "textarea", "datalist", "dialog", "link",
        "meta", "nav", "aside", "menu", "figcaption", "head", "title", "base", "frameset",
        "frame", "applet", "progress", "meter", "output",
    }
)  # fmt: skip
_DROP_ROLES = frozenset(
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog",
        "alertdialog", "menu", "menubar", "toolbar", "tablist", "tab", "form",
    }
)  # fmt: skip
_INLINE = frozenset(
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
        "mark", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strong", "sub", "sup",
        "time", "tt", "u", "var", "wbr", "big", "strike", "del", "ins", "label", "nobr",
    }
)  # fmt: skip
_BLOCK_JUNK_STEMS = (
    "cookie", "consent", "gdpr", "newsletter", "nieuwsbrief", "infolettre", "boletin",
    "social", "sharing", "sharebar", "share-", "-share", "share_", "_share", "sharer",
    "partage", "partager", "compartir", "condivid", "partilh", "teilen", "delen",
    "related", "relacionad", "correlat", "verwandt", "gerelateerd", "similar", "aehnlich",
    "breadcrumb", "sidebar", "comment", "kommentar", "commenti", "commentaire", "comentario",
    "reacties", "disqus", "advert", "adsense", "adslot", "ad-slot", "ad-container", "dfp-",
    "promo", "paywall", "subscribe", "subscription", "abonn", "inscri", "iscriviti", "signup",
    "sign-up", "login", "popup", "modal", "overlay", "skiplink", "skip-link", "skip-to",
    "sr-only", "visually-hidden", "visuallyhidden", "screen-reader", "screenreader",
    "pagination", "pager", "post-nav", "prev-next", "nextprev", "most-read", "mostread",
    "popular", "trending", "more-news", "morenews", "more-stories", "readmore", "read-more",
    "lees-ook", "leesook", "lire-aussi", "a-lire", "voir-aussi", "lesen-sie-auch",
    "mehr-zum-thema", "leggi-anche", "leia-tambem", "veja-tambem", "lee-tambien",
    "te-puede-interesar", "recommend", "empfehl", "masthead", "navbar", "navigation",
    "site-header", "site-footer", "page-header", "page-footer", "global-header",
    "global-footer", "toolbar", "byline", "author", "newsticker", "tag-list", "taglist",
    "tags-", "-tags", "follow-us", "followus", "print-", "widget-area", "banner",
)  # fmt: skip
_BLOCK_JUNK_TOKENS = frozenset(
    {
        "ad", "ads", "adv", "nav", "menu", "tags", "tag", "meta", "date", "time", "dates",
        "share", "shares", "print", "search", "hidden", "skip", "footer", "header", "topbar",
        "rss", "cta", "credits", "credit", "caption", "keywords", "categories", "category",
        "breadcrumbs", "social", "toc", "publish", "published", "posted", "timestamp",
        "readtime", "reading",
    }
)  # fmt: skip
_BLOCK_JUNK_STEM_RE = re.compile("|".join(re.escape(stem) for stem in _BLOCK_JUNK_STEMS))
_INLINE_JUNK_STEM_RE = re.compile(r"sr-only|visually-?hidden|screen-?reader|share|social|cookie")
_CONTENT_CLASS = re.compile(
    r"(?:^|[\s_-])(?:article[_-]?(?:body|content|text)|post[_-]?(?:body|content)|"
    r"entry[_-]?content|story[_-]?(?:body|content)|press[_-]?release|release[_-]?(?:body|text)|"
    r"news[_-]?(?:body|content|detail|text)|content[_-]?body|body[_-]?text|text[_-]?body|"
    r"single[_-]?content|rich[_-]?text|field[_-]?body|artikel|noticia|articolo|communique)"
    r"(?:$|[\s_-])",
    re.I,
)
_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")

_RELATED_HEADING = re.compile(
    r"^\W*(?:related|read (?:also|more|next)|see also|more (?:news|stories|on this)|"
    r"you may also like|recommended|most read|latest news|other news|"
    r"lees ook|lees meer|meer nieuws|gerelateerd|ook interessant|"
    r"(?:à )?lire aussi|à lire|voir aussi|sur le même sujet|articles? (?:similaires|liés)|"
    r"dans la même rubrique|les plus lus|"
    r"lesen sie auch|auch interessant|mehr zum thema|das könnte sie auch interessieren|"
    r"weitere (?:artikel|news|meldungen|nachrichten)|ähnliche artikel|meistgelesen|"
    r"lee también|te puede interesar|noticias relacionadas|más noticias|lo más leído|"
    r"leggi anche|articoli correlati|potrebbe interessarti|altre notizie|i più letti|"
    r"leia também|veja também|notícias relacionadas|mais notícias|mais lidas|"
    r"relacionad[oa]s)\b",
    re.I,
)
_SHARE_TEXT = re.compile(
    r"^\W*(?:share|share this(?: article| story| page)?|deel(?: dit(?: artikel| bericht)?)?|"
    r"delen|partager(?: cet article)?|partagez|teilen|artikel teilen|diesen artikel teilen|"
    r"compartir|compartir en|comparte|condividi|condividi su|partilhar|compartilhar|"
    r"follow us|volg ons|suivez-nous|folgen sie uns|síguenos|seguici|siga-nos|segue-nos)\W*$",
    re.I,
)
_NEWSLETTER_TEXT = compile_guarded(
    r"newsletter|nieuwsbrief|infolettre|boletín|subscribe|abonneer|abonnez|abonnieren|"
    r"suscríbete|suscribirse|iscriviti|subscreva|inscreva|sign up",
    re.I,
)
_MAILING_FOOTER = re.compile(
    r"^\W*(?:you(?:'re| are)? receiv\w* this|you received this|this (?:e-?mail|message) was "
    r"sent to|sie erhalten diese|diese (?:e-?mail|nachricht) wurde an|vous recevez (?:cet|ce)|"
    r"cet e-?mail a été envoyé|você (?:recebe|está recebendo) esta|recebeu esta mensagem|"
    r"recibes? este|has recibido este|ha recibido este|ricevi questa|hai ricevuto questa|"
    r"u ontvangt deze|je ontvangt deze|deze e-?mail is verzonden)",
    re.I,
)
_UNSUBSCRIBE = compile_guarded(
    r"unsubscribe|afmelden|uitschrijven|désabonner|désinscri|abmelden|abbestellen|"
    r"darse de baja|date de baja|cancella(?:re)? (?:l'\s*)?iscrizione|disiscriviti|"
    r"cancelar (?:a )?(?:subscrição|inscrição|assinatura)|descadastr",
    re.I,
)
_COOKIE_TEXT = compile_guarded(r"\bcookies?\b", re.I)
_COOKIE_CONTEXT = compile_guarded(
    r"accept|akzept|accett|acept|aceit|privacy|datenschutz|confidentialit|privacidad|privacidade",
    re.I,
)
_HEADING_LIKE = ("h2", "h3", "h4", "h5", "h6", "p", "strong", "b", "span", "div", "header", "dt")
# A mail's link to its own web copy ("View it in your browser", "Véalo en su navegador", "Im
# Browser anzeigen", "Bekijk online")
_VIEW_ONLINE_TEXT = (
    r"(?:view|read)\b.{0,20}\b(?:browser|online)|[^|]{0,25}\b(?:browser|navigateur|navegador)|"
    r"bekijk online|webversie|web version|versione web|version en ligne|versión web"
)
_VIEW_ONLINE = compile_guarded(rf"^\W*(?:{_VIEW_ONLINE_TEXT})\b", re.I)
_CHROME_LINK_TEXT = re.compile(
    r"^\W*(?:back|terug|retour|zurück|volver|torna|voltar|print|imprimer|drucken|imprimir|"
    r"stampa|afdrukken|download|télécharger|herunterladen|descargar|scarica|descarregar|"
    r"read more|lees meer|lire la suite|weiterlesen|mehr lesen|leer más|leggi tutto|leia mais|"
    r"ver más|see all|all news|alle nieuws|toutes les actualités|alle news|todas las noticias|"
    r"tutte le notizie|todas as notícias|unsubscribe|afmelden|se désabonner|abmelden|"
    rf"darse de baja|cancella iscrizione|cancelar subscrição|{_VIEW_ONLINE_TEXT})\b",
    re.I,
)
_HIDDEN_STYLE = compile_guarded(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

# --- metadata -----------------------------------------------------------------------------

_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "article:published",
    "og:published_time",
)
_DATE_META = (
    "date", "dc.date", "dc.date.issued", "dc.date.created", "dcterms.date", "dcterms.issued",
    "dcterms.created", "pubdate", "publishdate", "publish-date", "publish_date",
    "publication_date", "publication-date", "sailthru.date", "article.published",
    "parsely-pub-date", "datepublished", "release_date", "citation_publication_date",
)  # fmt: skip
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_SLASH_DATE = re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})")
_EURO_DATE = re.compile(r"\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:\D|$)")
_LANG = re.compile(r"^([a-z]{2})(?:[-_][a-z0-9]+)*$")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_TITLE_SEPARATOR = re.compile(r"\s+[|–—:·•»]\s+|\s+-\s+|\s+::\s+")

# --- rendering ----------------------------------------------------------------------------

_WS = re.compile(r"[ \t\n\r\f\v]+")
_NEEDS_SQUASH = re.compile(r"[\t\n\r\f\v]|  ")
_SPACES = re.compile(r"[ \t]{2,}")
_PRE_SPACE = "\ue000"
_LEFTOVER_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_LEFTOVER_TAG = re.compile(
    r"</?(?:p|br|div|span|a|b|i|u|em|strong|ul|ol|li|h[1-6]|table|tr|td|th|img|font|center|"
    r"section|article|blockquote|sup|sub|small)\b[^<>]{0,500}?/?>",
    re.I,
)
_BULLET_DOUBLE = re.compile(r"^• +[•·▪▫◦‣⁃■□●○►▶✓✔\-–—*]\s+", re.M)
_NUMBER_DOUBLE = re.compile(r"^(\d+)\. +\1[.)]\s+", re.M)
_LONE_BULLET = re.compile(r"^(?:•|\d+\.)[ \t]*$\n?", re.M)


_NUMBERED = re.compile(r"\s*\d{1,3}[.)]\s")


def _holds_entries(element: etree._Element) -> bool:
    """A list whose items hold paragraphs (a ticker's entries), not lines of their own."""
    return any(
        isinstance(item.tag, str)
        and item.tag == "li"
        and any(isinstance(child.tag, str) and child.tag in _PARAGRAPHS for child in item)
        for item in element
    )


_BLOCKY = ("p", "div", "ul", "ol", "table", "h1", "h2", "h3", "h4", "blockquote", "section")
_PARAGRAPHS = frozenset(_BLOCKY) - {"ul", "ol", "table"}  # (a nested list keeps its item a line)


def clean_html(html: str) -> Cleaned:
    """Article text of a web page (or of an e-mail's HTML part), shaped like a text release."""
    try:
        return _clean_html(html)
    except RecursionError as exc:  # a pathological tree; never let it escape as a crash
        raise CleanError("HTML nested too deeply to read") from exc


def _clean_html(html: str) -> Cleaned:
    warnings: list[str] = []
    doc = _parse(html, warnings)
    og_title = _meta(doc, "og:title", "twitter:title")
    page_title = _first_text(doc.xpath("//title"))
    published = _published_from_meta(doc, warnings)
    language = _language(doc)
    body = doc.find("body")
    if body is None:
        body = doc
    times = _time_candidates(body)
    author = _author(doc, body)

    _drop_always(body)
    main_h1 = _pick_headline(body, og_title or page_title)
    lengths = _Lengths(body)
    _drop_related_blocks(body, main_h1, lengths)
    _drop_boilerplate(body, main_h1, lengths)
    lengths = _Lengths(body)
    root = _find_article(body, lengths)
    if main_h1 is not None and not _contains(root, main_h1):
        root = _extend_to_headline(root, main_h1, body, lengths)
    _drop_in_article(root, lengths)

    text = _render_article(root, main_h1, og_title)
    if not text:
        raise CleanError("HTML page has no article text" + (f" ({warnings[0]})" if warnings else ""))
    text = _with_titled_event(text, page_title)
    headline = _line_text(main_h1) if main_h1 is not None else None
    if published is None:
        published = _published_from_times(times, root)
    if published is None:
        published = _published_from_json_ld(doc, warnings)
    title = _choose_title(og_title, normalize_text(headline) if headline else None, page_title)
    return Cleaned(
        text=text,
        title=title,
        published=published,
        language_hint=language,
        warnings=warnings,
        publisher=_meta(doc, "og:site_name", "application-name"),
        author=author,
    )


# --- parsing ------------------------------------------------------------------------------


def _parse(html: str, warnings: list[str]) -> etree._Element:
    """Parse forgivingly; raise CleanError (never an lxml error) when nothing is parseable.

    libxml2 stops at 256 levels of nesting (deeper trees are how parsers get attacked); what
    lies deeper is lost, and a warning says so.
    """
    html = _CONTROL.sub("", _XML_DECL.sub("", html, count=1))
    if not html.strip():
        raise CleanError("empty HTML document")
    parser = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
    try:
        doc = etree.fromstring(html, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise CleanError(f"HTML could not be parsed: {exc}") from exc
    if doc is None:
        raise CleanError("HTML could not be parsed: no document element")
    if any("Excessive depth" in entry.message for entry in parser.error_log):
        warnings.append("html: markup nested over 256 levels deep; the deeper part is lost")
    return doc


# --- metadata -----------------------------------------------------------------------------


def _meta(doc: etree._Element, *names: str) -> str | None:
    """Content of the first <meta property|name=…> among `names` (case-insensitive)."""
    wanted = {name.lower(): index for index, name in enumerate(names)}
    found: dict[int, str] = {}
    for element in doc.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop") or ""
        index = wanted.get(key.strip().lower())
        if index is not None and index not in found:
            content = _clean_inline(element.get("content") or "")
            if content:
                found[index] = content
    return found[min(found)] if found else None


def _published_from_meta(doc: etree._Element, warnings: list[str]) -> date | None:
    value = _meta(doc, *_PUBLISHED_META)
    if value:
        parsed = parse_date(value)
        if parsed:
            return parsed
        warnings.append(f"html: unreadable article:published_time {value!r}")
    return None


def _published_from_json_ld(doc: etree._Element, warnings: list[str]) -> date | None:
    """JSON-LD `datePublished`, then the `date` / `DC.date` family of meta tags."""
    for value in _json_ld_values(doc, "datePublished"):
        parsed = parse_date(value)
        if parsed:
            return parsed
    for element in doc.xpath("//*[@itemprop='datePublished']"):
        parsed = parse_date(element.get("content") or element.get("datetime") or "")
        if parsed:
            return parsed
    value = _meta(doc, *_DATE_META)
    if value:
        parsed = parse_date(value)
        if parsed:
            return parsed
        warnings.append(f"html: unreadable date meta {value!r}")
    return None


_AUTHOR_META = ("author", "article:author", "dc.creator", "dcterms.creator", "parsely-author")
_AUTHOR_CLASS = re.compile(r"(?:^|\s)(?:author|byline-name|entry-author|post-author)(?:\s|$)", re.I)
_URL_LIKE = re.compile(r"^(?:[a-z]+:)?//|^/|^@|\.[a-z]{2,4}(?:/|$)", re.I)


def _author(doc: etree._Element, body: etree._Element) -> str | None:
    """Who wrote the page, for a blog told as "I": the `author` meta tags, else the post's
    byline (`rel="author"`, `itemprop="author"`, a `class="author"` element, its `fn` name
    inside), never a commenter's. Of several, the one with most words: a byline often gives the
    first name only ("by Pádraig") where the meta tag gives the full name."""
    found = [_meta(doc, key) for key in _AUTHOR_META]
    for element in body.iter():
        if not isinstance(element.tag, str):
            continue
        marks = (element.get("rel") or "") + " " + (element.get("itemprop") or "")
        if "author" not in marks.lower().split() and not _AUTHOR_CLASS.search(element.get("class") or ""):
            continue
        if any("comment" in (a.get("class") or "").lower() for a in (element, *element.iterancestors())):
            continue
        named = next((e for e in element.iter() if "fn" in (e.get("class") or "").split()), element)
        found.append(_clean_inline(_text(named)))
    names = [name for name in found if name and not _URL_LIKE.search(name) and len(name) <= 80]
    return max(names, key=lambda name: len(name.split()), default=None)


def _json_ld_values(doc: etree._Element, key: str) -> list[str]:
    values: list[str] = []
    for script in doc.xpath("//script[@type]"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                if isinstance(item.get(key), str):
                    values.append(item[key])
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)
    return values


def _time_candidates(body: etree._Element) -> list[tuple[int, str, list]]:
    """`<time datetime>` elements with their ancestors, captured before anything is dropped.

    Priority 0 for an explicit publication mark (itemprop / pubdate / class), 1 otherwise; a
    time inside a long paragraph is an event date in the prose, not the release date.
    """
    found = []
    for element in body.iter("time"):
        value = element.get("datetime") or ""
        if not value:
            continue
        parent = element.getparent()
        if parent is not None and parent.tag == "p" and len(_text(parent)) > 120:
            continue
        marks = " ".join(
            (
                element.get("itemprop") or "",
                element.get("class") or "",
                element.get("pubdate") or "",
            )
        ).lower()
        explicit = "pubdate" in element.attrib or "publish" in marks or "datepublished" in marks
        found.append((0 if explicit else 1, value, list(element.iterancestors())))
    return found


def _published_from_times(times: list[tuple[int, str, list]], root: etree._Element) -> date | None:
    ranked = sorted(times, key=lambda item: (item[0], 0 if any(a is root for a in item[2]) else 1))
    for _, value, _ in ranked:
        parsed = parse_date(value)
        if parsed:
            return parsed
    return None


def parse_date(value: str) -> date | None:
    """A calendar date from an ISO / slashed / dotted / compact date string, as written.

    The date is taken in the time zone it was written in: `2026-01-19T23:30:00-05:00` is the
    19th, as the release's own dateline would say.
    """
    value = value.strip()
    for pattern, order in (
        (_ISO_DATE, "ymd"),
        (_COMPACT_DATE, "ymd"),
        (_SLASH_DATE, "ymd"),
        (_EURO_DATE, "dmy"),
    ):
        match = pattern.search(value)
        if not match:
            continue
        first, second, third = (int(group) for group in match.groups())
        year, month, day = (first, second, third) if order == "ymd" else (third, second, first)
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return None


def _language(doc: etree._Element) -> str | None:
    """Two-letter language of `<html lang>`, else of Content-Language / og:locale / JSON-LD."""
    candidates = [
        doc.get("lang"),
        doc.get("{http://www.w3.org/XML/1998/namespace}lang"),
        doc.get("xml:lang"),
    ]
    for element in doc.iter("meta"):
        if (element.get("http-equiv") or "").lower() == "content-language":
            candidates.append(element.get("content"))
    candidates.append(_meta(doc, "og:locale", "language", "dc.language"))
    candidates.extend(_json_ld_values(doc, "inLanguage"))
    for candidate in candidates:
        if not candidate:
            continue
        match = _LANG.match(candidate.strip().lower().split(",")[0].strip())
        if match:
            return match.group(1)
    return None


def _choose_title(og_title: str | None, headline: str | None, page_title: str | None) -> str | None:
    """og:title, then the <h1>, then <title>; a site name tacked on after a separator goes."""
    if og_title:
        if headline and og_title != headline and og_title.startswith(headline):
            rest = og_title[len(headline) :]
            if _TITLE_SEPARATOR.match(rest):
                return headline
        return og_title
    if headline:
        return headline
    if page_title:
        return _strip_site_name(page_title)
    return None


def _strip_site_name(title: str) -> str:
    parts = _title_parts(title)
    if len(parts) < 2:
        return title
    return max(parts, key=len)


def _title_parts(title: str) -> list[str]:
    """The parts of a <title> between its separators ("SS10 Atlantic Drive 1 | Donegal International
    Rally 2026 | StageClock Timing"), stripped, the empty ones left out."""
    return [part.strip() for part in _TITLE_SEPARATOR.split(title) if part.strip()]


# --- dropping boilerplate -----------------------------------------------------------------


def _drop_always(body: etree._Element) -> None:
    """Tags that never hold article text (scripts, media, forms controls, nav, aside), except an
    aside that is the article's results box ("Final classification": a list of crews and times)
    and the captions of a gallery (`_gallery_captions`)."""
    captions = _gallery_captions(body)
    doomed = [
        element
        for element in body.iter()
        if not isinstance(element.tag, str)
        or (
            element.tag in _ALWAYS_DROP
            and not (element.tag == "aside" and _results_box(element))
            and element not in captions
        )
    ]
    for element in doomed:
        if element is not body:
            _drop(element)
    for caption in captions:
        for credit in [e for e in caption.iterdescendants() if _CREDIT_CLASS.search(e.get("class") or "")]:
            _drop(credit)  # "© Dániel Fekete / Redline Pixel Agency": the photographer, no crew


# A photo's credit inside its caption: class="credit", "credito", "photo-credit", "copyright"
_CREDIT_CLASS = re.compile(r"credit|copyright|photographer|fotograf", re.I)
# Captions enough to make a page a gallery; an article's photo has one or two
_GALLERY_CAPTIONS = 3


def _gallery_captions(body: etree._Element) -> set[etree._Element]:
    """The <figcaption>s of a media gallery, whose captions are its text ("Crew X / Y on SS7,
    fastest time"); an article's lone caption repeats it or names a photographer, and goes."""
    captions = list(body.iter("figcaption"))
    return set(captions) if len(captions) >= _GALLERY_CAPTIONS else set()


# A row of results: a time ("2:14:07.9", "5h 11' 07''", "1:58'43.1") or a gap ("+11.4s")
_RESULT_ROW = compile_guarded(r"\d\s?[:h'’]\s?\d{2}|\+\s?\d")


# A race time and perhaps its gap alone: "1:50:49.3", "1:18:42,6 –", "2:36:12.7 +18.9"
_RACE_TIME = compile_guarded(r"\d{1,2}:\d{2}(?::\d{2}|[.,]\d)[\d.,:]*(?:\s+\S{1,12})?")


_CLASS_STEM = re.compile(r"[-_]+[^-_]*$")
_MAX_CELL_TEXT = 40


def _first_class(element: etree._Element) -> str:
    """ "col" of `class="col col-time"`; "" without a class."""
    classes = (element.get("class") or "").split()
    return classes[0] if classes else ""


def _class_stem(element: etree._Element) -> str:
    """ "col" of "col col-time", "rc" of "rc-time", "res-card" of "res-card__time"."""
    return _CLASS_STEM.sub("", _first_class(element))


def _a_cell_of_a_row(element: etree._Element) -> bool:
    """A short block among three siblings or more of one class stem ("col col-pos", "col col-time"):
    a cell of a row of results, whatever its own class says."""
    parent = element.getparent()
    stem = _class_stem(element)
    if parent is None or not stem or len(_text(element)) > _MAX_CELL_TEXT:
        return False
    return sum(1 for sibling in parent if isinstance(sibling.tag, str) and _class_stem(sibling) == stem) >= 3


def _results_box(element: etree._Element) -> bool:
    """Whether an element holds a list or table of two results or more."""
    rows = [row for row in element.iter("li", "tr") if _RESULT_ROW.search("".join(row.itertext()))]
    return len(rows) >= 2


def _pick_headline(body: etree._Element, title: str | None) -> etree._Element | None:
    """The article's <h1>: the one most like og:title / <title>, else the first in an article.

    Sites also use <h1> for their logo; that one shares no words with the page title and sits
    outside <article>/<main>.
    """
    headings = [h1 for h1 in body.iter("h1") if _inline_text(h1)]
    if not headings:
        return None
    if len(headings) == 1:
        return headings[0]
    if title:
        wanted = _word_set(title)

        def overlap(h1: etree._Element) -> float:
            words = _word_set(_inline_text(h1))
            return len(words & wanted) / len(words) if words else 0.0

        best = max(headings, key=overlap)
        if overlap(best) >= 0.5:
            return best
    for h1 in headings:
        if any(a.tag in ("article", "main") or a.get("role") == "main" for a in h1.iterancestors()):
            return h1
    return max(headings, key=lambda h1: len(_inline_text(h1).split()))


class _Lengths:
    """Visible text, link text, links and nodes of every element, measured in one pass.

    Link density and size are asked of nested wrappers again and again; measuring each
    subtree anew made big pages quadratic. After drops below an element its numbers are too
    high until the next measure, which only errs towards keeping text.
    """

    def __init__(self, root: etree._Element) -> None:
        self.text: dict[etree._Element, int] = {}
        self.link: dict[etree._Element, int] = {}
        self.anchors: dict[etree._Element, int] = {}
        self.nodes: dict[etree._Element, int] = {}
        for element in reversed(list(root.iter())):
            text = _visible_length(element.text) if element.text else 0
            link = anchors = 0
            nodes = 1
            for child in element:
                text += self.text[child] + (_visible_length(child.tail) if child.tail else 0)
                link += self.link[child]
                anchors += self.anchors[child]
                nodes += self.nodes[child]
            if element.tag == "a" and not _is_contact_link(element):
                link = text
                anchors += 1
            self.text[element] = text
            self.link[element] = link
            self.anchors[element] = anchors
            self.nodes[element] = nodes

    def length(self, element: etree._Element) -> int:
        """Non-whitespace characters of the element's text."""
        known = self.text.get(element)
        return known if known is not None else _visible_length(_text(element))

    def share(self, element: etree._Element) -> float:
        """Fraction of the text inside links (mailto/tel links count as text: contacts)."""
        text = self.text.get(element)
        if text is None:
            return _link_share(element)
        return min(1.0, self.link[element] / text) if text else 0.0

    def links(self, element: etree._Element) -> int:
        known = self.anchors.get(element)
        if known is not None:
            return known
        return sum(1 for a in element.iter("a") if not _is_contact_link(a))

    def size(self, element: etree._Element) -> int:
        known = self.nodes.get(element)
        return known if known is not None else sum(1 for _ in element.iter())


def _drop_boilerplate(body: etree._Element, main_h1: etree._Element | None, lengths: _Lengths) -> None:
    """Remove chrome by role, class/id words and telltale texts, top-down.

    An element that holds the headline, or more than 40 % of the page text, is never removed:
    templates put words like "share" or "sidebar" on the wrappers of whole pages.
    """
    total = lengths.length(body)

    def protected(element: etree._Element) -> bool:
        if main_h1 is not None and _contains(element, main_h1):
            return True
        return total > 0 and lengths.length(element) > 0.4 * total

    def walk(parent: etree._Element) -> None:
        for element in list(parent):
            if not isinstance(element.tag, str):
                continue
            if _is_boilerplate(element, lengths) and not protected(element):
                _drop(element)
            else:
                walk(element)

    walk(body)


def _is_boilerplate(element: etree._Element, lengths: _Lengths) -> bool:
    tag = element.tag
    role = (element.get("role") or "").strip().lower()
    if role in _DROP_ROLES or tag == "form":
        return True
    if (
        "hidden" in element.attrib
        or (element.get("aria-hidden") or "").lower() == "true"
        or _HIDDEN_STYLE.search(element.get("style") or "")
    ):
        return True
    if tag == "header":
        return True  # kept only when it holds the headline (see `protected`)
    if tag == "footer":
        return _is_chrome_footer(element, lengths)
    signature = " ".join((element.get("class") or "", element.get("id") or "")).lower()
    if tag in _INLINE:
        return bool(signature) and bool(_INLINE_JUNK_STEM_RE.search(signature))
    if signature and _is_control_bar(element, signature):
        return True
    if signature and _junk_signature(signature):
        # (a results card's "time" cell, "1:50:49.3", is the crew's total, not the page's clock;
        # the header's "Gesamtzeit" is a column of the row of cells it stands in)
        return not (_RACE_TIME.fullmatch(_text(element).strip()) or _a_cell_of_a_row(element))
    return _junk_text(element, lengths)


def _is_chrome_footer(footer: etree._Element, lengths: _Lengths) -> bool:
    """Page and article footers are chrome; a quote's attribution footer and an article
    footer made of real prose (notes to editors put there by a template) are not."""
    ancestors = {a.tag for a in footer.iterancestors()}
    if "blockquote" in ancestors:
        return False
    if "article" in ancestors:
        return lengths.length(footer) < 170 or lengths.share(footer) > 0.3
    return True


# A results page's filters and tabs ("Gesamt Rally2 Rally3 Rally4", "Général | Par classe"): a
# row of controls, which a heading of classes would otherwise become.
_CONTROL_TOKEN = re.compile(
    r"(?<![a-z0-9])(?:filters?|filtros?|filtres?|filtri|tabs|tabbar|pills|chips)(?![a-z0-9])"
)
_MAX_CONTROL_TEXT = 120


def _is_control_bar(element: etree._Element, signature: str) -> bool:
    return _CONTROL_TOKEN.search(signature) is not None and len(_text(element).strip()) <= _MAX_CONTROL_TEXT


def _junk_signature(signature: str) -> bool:
    if _CONTENT_CLASS.search(signature):
        return False
    if _BLOCK_JUNK_STEM_RE.search(signature):
        return True
    return any(token in _BLOCK_JUNK_TOKENS for token in _TOKEN_SPLIT.split(signature))


def _junk_text(element: etree._Element, lengths: _Lengths) -> bool:
    """Short blocks whose words give them away: share bars, cookie and newsletter boxes."""
    tag = element.tag
    if tag == "td" and lengths.length(element) < 600 and element.find(".//table") is None:
        # (a mail's layout row of chrome: "View it in your browser", "You are receiving this
        # e-mail because…", "Unsubscribe")
        text = _text(element).strip()
        return bool(
            _MAILING_FOOTER.match(text)
            or _unsubscribe_link(element)
            or any(_VIEW_ONLINE.match(_text(anchor)) for anchor in element.iter("a"))
        )
    if tag in ("li", "td", "th", "tr", "h1", "tbody", "thead", "table"):
        return False
    if _is_link_list(element, lengths):
        return True
    if lengths.size(element) > 120 or not 0 < lengths.length(element) < 1300:
        return False  # a container of a whole region, not a banner
    text = _text(element).strip()
    length = len(text)
    if length < 60 and _SHARE_TEXT.match(text):
        return True
    if length < 80 and _CHROME_LINK_TEXT.match(text) and lengths.share(element) > 0.5:
        return True
    if length < 1500 and _COOKIE_TEXT.search(text[:300]) and not _has_prose(element):
        return _has_control(element) or bool(_COOKIE_CONTEXT.search(text))
    if length < 400 and _NEWSLETTER_TEXT.search(text[:150]) and not _has_prose(element):
        return _has_control(element) or tag in ("div", "section")
    # A mailing list's footer ("you receive this e-mail because…"), not the release's own
    # disclaimer, which stays for the segmenter to classify.
    return length < 600 and bool(_MAILING_FOOTER.match(text) or _unsubscribe_link(element))


def _unsubscribe_link(element: etree._Element) -> bool:
    return any(
        _UNSUBSCRIBE.search(_text(anchor)) or _UNSUBSCRIBE.search(anchor.get("href") or "")
        for anchor in element.iter("a")
    )


def _has_prose(element: etree._Element) -> bool:
    """Three or more real paragraphs: an article, whatever else it mentions."""
    long_paragraphs = 0
    for paragraph in element.iter("p"):
        if len(_text(paragraph)) > 100:
            long_paragraphs += 1
            if long_paragraphs >= 3:
                return True
    return False


def _drop_related_blocks(body: etree._Element, main_h1: etree._Element | None, lengths: _Lengths) -> None:
    """ "Read also" / "Related stories" blocks: the heading and the link block it titles.

    From the heading, climb while the container stays small and made of links, and drop
    that; after a bare heading also drop the link lists that follow it. A "Lees ook: <a>…</a>"
    paragraph goes too.
    """
    for heading in list(body.iter(*_HEADING_LIKE)):
        if heading.getparent() is None or (heading.tag in ("div", "span") and len(heading) > 3):
            continue
        if not 0 < lengths.length(heading) <= 260:
            continue
        text = _text(heading).strip()
        if not text or len(text) > 300 or not _RELATED_HEADING.match(text):
            continue
        if len(text) >= 60:
            if heading.tag in ("p", "div") and lengths.share(heading) >= 0.5:
                _drop(heading)
            continue
        node = heading
        while True:
            parent = node.getparent()
            if (
                parent is None
                or parent.tag in ("body", "html", "article", "main")
                or (main_h1 is not None and _contains(parent, main_h1))
            ):
                break
            parent_length = lengths.length(parent)
            if parent_length > 2600:
                break
            if parent_length - lengths.length(node) < 25 or lengths.share(parent) >= 0.4:
                node = parent
            else:
                break
        if node is heading:
            following = heading.getnext()
            while following is not None and (
                _is_link_list(following, lengths)
                or (following.tag in _BLOCKY and lengths.share(following) > 0.6)
            ):
                after = following.getnext()
                _drop(following)
                following = after
        _drop(node)


def _is_link_list(element: etree._Element, lengths: _Lengths) -> bool:
    """A list or block made of links (related stories, social icons, tag clouds)."""
    if element.tag in ("ul", "ol"):
        items = [li for li in element if li.tag == "li" and lengths.length(li)]
        if len(items) >= 2:
            linked = sum(1 for li in items if lengths.share(li) >= 0.8)
            return linked / len(items) >= 0.8
        return False
    if element.tag in ("div", "section", "p") and lengths.links(element) >= 4:
        return lengths.share(element) > 0.8 and lengths.length(element) < 2600
    return False


def _drop_in_article(root: etree._Element, lengths: _Lengths) -> None:
    """Inside the chosen article: link lists, share rows, chrome links left by the template."""
    for element in list(root.iter("ul", "ol", "div", "p", "section")):
        if element is root or element.getparent() is None:
            continue
        if _is_link_list(element, lengths):
            _drop(element)
            continue
        if lengths.length(element) >= 80:
            continue
        text = _text(element)
        if len(text) < 80 and (
            (_CHROME_LINK_TEXT.match(text) and lengths.share(element) > 0.5) or _SHARE_TEXT.match(text)
        ):
            _drop(element)


def _link_share(element: etree._Element) -> float:
    """Fraction of the text inside links, measured afresh (see `_Lengths.share`)."""
    text = _visible_length(_text(element))
    if not text:
        return 0.0
    linked = sum(_visible_length(_text(a)) for a in element.iter("a") if not _is_contact_link(a))
    return min(1.0, linked / text)


def _visible_length(text: str) -> int:
    """Characters that are not whitespace: source indentation must not dilute link density."""
    return len(text) - sum(text.count(space) for space in " \n\t\r")


def _is_contact_link(anchor: etree._Element) -> bool:
    return (anchor.get("href") or "").strip().lower().startswith(("mailto:", "tel:"))


def _has_control(element: etree._Element) -> bool:
    return any(True for _ in element.iter("button", "input", "form", "a", "select", "label"))


# --- finding the article ------------------------------------------------------------------


def _find_article(body: etree._Element, lengths: _Lengths) -> etree._Element:
    """The element holding the release: semantic containers first, else text density."""
    dense: list[etree._Element | None] = []

    def paragraph_length(element: etree._Element | None) -> int:
        return _paragraph_length(element, lengths) if element is not None else 0

    def densest() -> tuple[etree._Element | None, int]:
        if not dense:
            dense.append(_densest(body, lengths))
        return dense[0], paragraph_length(dense[0])

    for candidates in (
        body.xpath(".//*[@itemprop='articleBody']"),
        list(body.iter("article")),
        list(body.iter("main")) + body.xpath(".//*[@role='main']"),
        [e for e in body.iter() if _is_content_class(e)],
    ):
        if not candidates:
            continue
        best = max(candidates, key=paragraph_length)
        length = paragraph_length(best)
        if length < 500:
            other, other_length = densest()
            if other is not None and other_length > 2 * length and not _contains(best, other):
                continue  # a teaser <article>, while the release sits in an unmarked <div>
        if best.get("itemprop") == "articleBody":
            article = next((a for a in best.iterancestors() if a.tag == "article"), None)
            if article is not None:
                return article
        return best
    other, _ = densest()
    return other if other is not None else body


def _is_content_class(element: etree._Element) -> bool:
    if not isinstance(element.tag, str) or element.tag in _INLINE:
        return False
    signature = " ".join((element.get("class") or "", element.get("id") or ""))
    return bool(signature) and bool(_CONTENT_CLASS.search(signature))


def _densest(body: etree._Element, lengths: _Lengths) -> etree._Element | None:
    """Readability's idea: paragraphs vote for their parent (and half for the grandparent);
    link-heavy candidates lose their votes; then climb while the parent adds little else."""
    scores: dict[etree._Element, float] = {}
    for element in body.iter("p", "pre", "blockquote", "td", "div", "section", "li"):
        if element.tag in ("div", "section", "td", "li"):
            own = (element.text or "") + "".join(
                (child.tail or "") + (_text(child) if child.tag in _INLINE else "") for child in element
            )
            text = own.strip()
        else:
            text = _text(element).strip()
        if len(text) < 25:
            continue
        score = 1 + text.count(",") + min(len(text) // 100, 3)
        parent = element.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0.0) + score
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0.0) + score / 2
    if not scores:
        return None
    best = max(scores, key=lambda element: scores[element] * (1 - lengths.share(element)))
    current_length = lengths.length(best)
    while True:
        parent = best.getparent()
        if parent is None or parent is body or parent.tag in ("body", "html"):
            break
        if best.tag in _LAYOUT_PARTS and _in_layout_table(best) and lengths.share(parent) <= 0.4:
            # (a newsletter's mail laid out in tables: the lead's cell, the results table's cell
            # and the quotes' cell are rows of one table, the release; its chrome rows, "View it in
            # your browser", "Unsubscribe", were dropped as junk)
            best, current_length = parent, lengths.length(parent)
            continue
        parent_length = lengths.length(parent)
        if parent_length - current_length > 0.5 * current_length or lengths.share(parent) > 0.4:
            break
        best, current_length = parent, parent_length
    return best


_LAYOUT_PARTS = frozenset({"td", "tr", "tbody", "table"})  # the parts of a table a cell climbs through


def _in_layout_table(part: etree._Element) -> bool:
    """A cell, row or body of a table used for layout (`_is_layout_table`), or a table in one's cell."""
    table = next((a for a in part.iterancestors() if a.tag == "table"), None)
    return table is not None and _is_layout_table(table)


def _paragraph_length(element: etree._Element, lengths: _Lengths) -> int:
    """Text in paragraph-like blocks that is not link text: what an article is made of."""
    total = 0
    for block in element.iter("p", "li", "blockquote", "pre", "td", "h2", "h3"):
        text = lengths.length(block)
        if text:
            total += int(text * (1 - lengths.share(block)))
    if total == 0:
        total = lengths.length(element) // 2
    return total


def _extend_to_headline(
    root: etree._Element, main_h1: etree._Element, body: etree._Element, lengths: _Lengths
) -> etree._Element:
    """Widen the article to also hold its headline (and the lead between them) when cheap."""
    ancestors = set(root.iterancestors())
    common = next((a for a in main_h1.iterancestors() if a in ancestors), None)
    if common is None or common is body or common.tag in ("body", "html"):
        return root
    root_length = _paragraph_length(root, lengths)
    extra = _paragraph_length(common, lengths) - root_length
    if extra <= 0.5 * max(root_length, 1):
        return common
    return root


# --- rendering ----------------------------------------------------------------------------


def _next_element(element: etree._Element) -> etree._Element | None:
    """The next sibling that is an element (comments and processing instructions skipped)."""
    following = element.getnext()
    while following is not None and not isinstance(following.tag, str):
        following = following.getnext()
    return following


def _description_of(term: etree._Element) -> etree._Element | None:
    """The <dd> right after a <dt> (whitespace aside), when it is the term's only description."""
    following = _next_element(term)
    if following is None or following.tag != "dd":
        return None
    after = _next_element(following)
    return following if after is None or after.tag != "dd" else None


class _Renderer:
    """Walks the article, writing text and structural breaks into one list of pieces."""

    def __init__(self, skip: etree._Element | None) -> None:
        self.out: list[str] = []
        self.skip = skip
        self.skip_at: int | None = None
        self.line_depth = 0  # > 0 inside headings, list items, table cells: no breaks
        self.skip_once: set[int] = set()  # elements already written elsewhere (a <dd> beside its <dt>)
        self.cell_break = ""  # what a <br> inside a table cell writes

    def text(self, value: str | None) -> None:
        if value:
            self.out.append(_WS.sub(" ", value) if _NEEDS_SQUASH.search(value) else value)

    def brk(self, newlines: int) -> None:
        self.out.append(" " if self.line_depth else "\n" * newlines)

    def render(self, element: etree._Element) -> None:
        tag = element.tag
        if not isinstance(tag, str):
            return
        if element is self.skip:
            self.skip_at = len(self.out)
            return
        if id(element) in self.skip_once:
            self.skip_once.discard(id(element))
            return  # a description already written beside its term
        if tag in _INLINE or tag == "font":
            if tag == "q":
                self._quote(element)
            else:
                self._children(element)
        elif tag == "br":
            self.out.append((self.cell_break or " ") if self.line_depth else "\n")
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.brk(2)
            self._line(element)
            self.brk(2)
        elif tag == "li":  # outside any list
            self._list_item(element)
            self.out.append("\n")
        elif tag in ("ul", "ol"):
            self._list(element)
        elif tag == "table":
            self._table(element)
        elif tag == "pre":
            self.brk(2)
            raw = _text(element).replace(" ", _PRE_SPACE).replace("\t", _PRE_SPACE * 4)
            self.out.append(raw.strip("\n"))
            self.brk(2)
        elif tag == "dt" and (described := _description_of(element)) is not None:
            # "<dt>Classe Ultimate</dt><dd>4°</dd>": one line, the term a label of its value
            self.brk(1)
            self._line(element)
            if not "".join(self.out[-3:]).rstrip().endswith(":"):
                self.out.append(":")
            self.out.append(" ")
            self._line(described)
            self.skip_once.add(id(described))  # (the next term's break ends the line: no blank line)
        elif tag in ("dt", "dd"):
            self.brk(1)
            self._line(element)
            self.brk(1)
        elif tag == "hr":
            self.brk(2)
        elif not self.line_depth and (cards := _cards(element)):
            self._cards(element, cards)
        elif not self.line_depth and tag in ("div", "section") and _heads_cards(element):
            self.brk(2)
            self.out.append(" | ".join(_card_cells(element)))
            self.brk(2)
        else:  # p, div, section, blockquote, article, figure, address …
            self.brk(2)
            self._children(element)
            self.brk(2)

    def _children(self, element: etree._Element) -> None:
        self.text(element.text)
        for child in element:
            self.render(child)
            self.text(child.tail)

    def _line(self, element: etree._Element) -> None:
        self.line_depth += 1
        self._children(element)
        self.line_depth -= 1

    def _quote(self, element: etree._Element) -> None:
        inner = _inline_text(element)
        if inner and inner[0] not in "\"'“”„«‘’‚‹»":
            self.out.append("“")
            self._children(element)
            self.out.append("”")
        else:
            self._children(element)

    def _list(self, element: etree._Element, nested: bool = False) -> None:
        if not self.line_depth and not nested and _holds_entries(element):
            # a live ticker's or a news page's entries, each of paragraphs: blocks, not list lines
            # (a "3." before each would read as a place)
            self.brk(2)
            self._children(element)
            self.brk(2)
            return
        if not self.line_depth and not nested:
            self.out.append("\n\n")
        number = _int(element.get("start"), 1)
        for child in element:
            if isinstance(child.tag, str) and child.tag == "li":
                if element.tag == "ol":
                    number = _int(child.get("value"), number)
                    self._list_item(child, f"{number}. ")
                    number += 1
                elif _NUMBERED.match(_text(child)):
                    self._list_item(child, "")  # "<li>1. A / B … 1:36:48,2</li>": numbered already
                else:
                    self._list_item(child)
            else:
                self.render(child)
            self.text(child.tail)
        if not self.line_depth and not nested:
            self.out.append("\n\n")

    def _list_item(self, element: etree._Element, marker: str = "• ") -> None:
        depth, self.line_depth = self.line_depth, 0
        self.out.append("\n" + marker)
        self.line_depth = 1
        self._children_in_item(element)
        self.line_depth = depth

    def _children_in_item(self, element: etree._Element) -> None:
        """List items are one line each, but a nested list still gets its own bullet lines."""
        self.text(element.text)
        for child in element:
            if isinstance(child.tag, str) and child.tag in ("ul", "ol"):
                self.line_depth = 0
                self._list(child, nested=True)
                self.line_depth = 1
            else:
                self.render(child)
            self.text(child.tail)

    def _cards(self, grid: etree._Element, cards: list[etree._Element]) -> None:
        """A results grid made of <div>s: each card one row, `cell | cell`, as a table's row;
        a header row inside the grid, before its cards, stays its header."""
        self.brk(2)
        for child in grid:
            if not isinstance(child.tag, str):
                continue
            if any(child is card for card in cards) or _heads_cards(child):
                self.out.append(" | ".join(_card_cells(child)) + "\n")
            else:
                self.render(child)
        self.brk(2)

    def _table(self, element: etree._Element) -> None:
        if _is_layout_table(element):
            self.brk(2)
            for cell in element.iter("td", "th"):
                if any(a.tag == "table" and a is not element for a in _ancestors_until(cell, element)):
                    continue
                self.brk(2)
                self._children(cell)
                self.brk(2)
            self.brk(2)
            return
        self.brk(2)
        caption = element.find("caption")
        if caption is not None:
            line = _line_text(caption)
            if line:
                self.out.append(line + "\n")
        for row in _table_rows(element):
            cells = [text for _, text in sorted(row.items()) if text]
            if cells:
                self.out.append(" | ".join(cells) + "\n")
        self.brk(2)


def _table_rows(table: etree._Element) -> list[dict[int, str]]:
    """The table's rows as texts by column. A row that only fills a column or two the row above
    holds open with `rowspan` ("<td>co-driver</td>" under the driver's row, whose place, car and time
    span both) is that row's second line, and its texts join the row above's with a slash, the way
    a crew is written; so does a row of cells whose first is empty under a row whose first is not."""
    rows: list[dict[int, str]] = []
    held: dict[int, int] = {}  # column -> rows it is still held open for
    last_row_cells = 0
    for tr in table.iter("tr"):
        cells = [cell for cell in tr if cell.tag in ("td", "th")]
        covered = {column for column, left in held.items() if left > 0}
        held = {column: left - 1 for column, left in held.items() if left > 1}
        row: dict[int, str] = {}
        column = 0
        for cell in cells:
            while column in covered:
                column += 1
            row[column] = _line_text(cell, lines_apart=" / ")
            span = max(_int(cell.get("colspan"), 1), 1)
            down = _int(cell.get("rowspan"), 1)
            if down > 1:
                held.update(dict.fromkeys(range(column, column + span), down - 1))
            column += span
        texts = [text for text in row.values() if text]
        second_line = bool(rows and texts) and all(cell.tag == "td" for cell in cells)
        if second_line and covered:
            second_line = len(texts) < len(covered)
        elif second_line:
            second_line = (
                not row.get(0)
                and bool(rows[-1].get(0))
                and len(texts) <= 2
                and len(texts) * 2 < last_row_cells
            )
        if second_line:
            above = rows[-1]
            for at, text in row.items():
                if text:
                    above[at] = f"{above[at]} / {text}" if above.get(at) else text
            continue
        rows.append(row)
        last_row_cells = len(texts)
    return rows


_CELL_BREAK = "\x1e"
_CARD_BREAK = "\x1f"
_MIN_CARDS = 3
_MAX_CARD_TEXT = 400
_MAX_HEADER_CELLS = 16
_NOT_IN_CARDS = ("p", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote")


def _card_key(element: etree._Element) -> tuple[str, str] | None:
    """A card's kind: its tag and its first class ("result-row", "res-card")."""
    if not isinstance(element.tag, str):
        return None
    first = _first_class(element)
    return (element.tag, first) if first else None


def _cards(element: etree._Element) -> list[etree._Element]:
    """The cards of a results grid built without a <table> (each classified crew a <div> of
    <span>s and <div>s: place, number, driver, co-driver, car, class, time), or none: three
    children or more of one tag and class, each short, of three cells or more, with a digit."""
    if element.tag not in ("div", "section", "main", "article") or len(element) < _MIN_CARDS:
        return []
    keys = [_card_key(child) for child in element]
    counted = Counter(key for key in keys if key is not None)
    if not counted:
        return []
    key, count = counted.most_common(1)[0]
    if count < _MIN_CARDS:
        return []
    cards = [child for child, k in zip(element, keys, strict=True) if k == key]
    while cards and not any(ch.isdigit() for ch in _text(cards[0])):
        cards.pop(0)  # the header row, written as a card ("result-row result-row--head")
    if len(cards) < _MIN_CARDS:
        return []
    for card in cards:
        text = _text(card)
        if (
            len(text) > _MAX_CARD_TEXT
            or not any(ch.isdigit() for ch in text)
            or next(card.iter(*_NOT_IN_CARDS), None) is not None
            or len(_card_cells(card)) < 3
        ):
            return []
    return cards


def _heads_cards(element: etree._Element) -> bool:
    """A grid's header row ("Pos. | Nr. | Fahrer / Beifahrer | …"): three short cells or more,
    no digit, right before the cards or a grid of them."""
    if not 3 <= len(element) <= _MAX_HEADER_CELLS or any(
        isinstance(child.tag, str) and child.tag in _NOT_IN_CARDS for child in element
    ):
        return False  # (an article's <div> of paragraphs, cheaply)
    following = _next_element(element)
    if following is None or any(ch.isdigit() for ch in _text(element)):
        return False
    cells = _card_cells(element)
    if len(cells) < 3 or any(len(cell) > _MAX_CELL_TEXT for cell in cells):
        return False
    parent = element.getparent()
    beside = parent is not None and any(following is card for card in _cards(parent))
    return beside or bool(_cards(following))


def _card_cells(card: etree._Element) -> list[str]:
    """A card's cells. A block (<div>) is a cell, and so is each of a block's elements written on
    lines of their own; elements side by side on one line ("<span>Rally2</span> <span>1.º</span>",
    "<span>Mathis</span> <span>Carrère</span>") are one cell. The people of one block ("driver",
    "co-driver") are one cell, "A / B", as a results table writes a crew."""
    columns: list[list[str]] = []
    for column in card:
        if not isinstance(column.tag, str):
            continue
        pieces: list[str] = []
        _card_pieces(column, pieces)
        cells = [" ".join(cell.split()) for cell in "".join(pieces).split(_CARD_BREAK)]
        cells = [cell for cell in cells if cell]
        if len(cells) >= 2 and all(_looks_like_a_person(cell) for cell in cells):
            cells = [" / ".join(cells)]
        columns.append(cells)
    return [cell for cells in columns for cell in cells]


def _card_pieces(node: etree._Element, pieces: list[str]) -> None:
    block = node.tag not in _INLINE
    if block:
        pieces.append(_CARD_BREAK)
    pieces.append(node.text or "")
    for child in node:
        if isinstance(child.tag, str):
            _card_pieces(child, pieces)
        tail = child.tail or ""
        if tail.strip() or "\n" not in tail:
            pieces.append(tail or " ")  # side by side: one cell
        else:
            pieces.append(_CARD_BREAK)  # on a line of its own
    if block:
        pieces.append(_CARD_BREAK)


_PERSON_WORD = re.compile(r"[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)*")


def _looks_like_a_person(cell: str) -> bool:
    """Two to five words, the first capitalised, no digit: a name, as far as a cleaner can tell."""
    words = cell.split()
    return 2 <= len(words) <= 5 and words[0][:1].isupper() and all(_PERSON_WORD.fullmatch(w) for w in words)


def _ancestors_until(element: etree._Element, stop: etree._Element) -> Iterable:
    for ancestor in element.iterancestors():
        if ancestor is stop:
            return
        yield ancestor


def _is_layout_table(table: etree._Element) -> bool:
    """Tables used for page layout (old sites, e-mail templates) hold paragraphs, not rows."""
    if table.find(".//table") is not None:
        return True
    for cell in table.iter("td", "th"):
        if len(_text(cell)) > 300:
            return True
        if cell.find(".//p") is not None or cell.find(".//div") is not None and len(_text(cell)) > 150:
            return True
        if any(child.tag in _BLOCKS_IN_CELLS for child in cell):
            return True  # ("<td><ul><li>…</li></ul></td>", "<td><h1>…</h1></td>": a newsletter's blocks)
    return False


_BLOCKS_IN_CELLS = frozenset({"ul", "ol", "h1", "h2", "h3", "h4", "blockquote"})


def _render_article(root: etree._Element, main_h1: etree._Element | None, og_title: str | None) -> str:
    """Headline, blank line, then the article body, all through `normalize_text`."""
    renderer = _Renderer(skip=main_h1)
    renderer.render(root)
    pieces = renderer.out
    body = _finish("".join(pieces))
    headline = _line_text(main_h1) if main_h1 is not None else ""
    if renderer.skip_at is not None:
        before = _finish("".join(pieces[: renderer.skip_at]))
        if len(before) < 200:  # a kicker ("Press release", "Rally-Raid") above the headline
            body = _finish("".join(pieces[renderer.skip_at :]))
            if _YEAR.search(before) and "\n" not in before:
                # ("Rally de Ourense 2026 · Campeonato de España …": the kicker names the event)
                body = f"{before}\n\n{body}"
    elif not headline and og_title and not body.startswith(og_title):
        first_line = body.split("\n", 1)[0]
        if _word_set(first_line) != _word_set(og_title):
            headline = og_title
    text = f"{headline}\n\n{body}" if headline else body
    return normalize_text(text)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "Donegal International Rally 2026" between the separators of a <title>: a name and its year.
_NAMED_EDITION = re.compile(r"^[^\W\d_][\w'’.&-]*(?: [\w'’.&-]+){0,6} (?:19|20)\d\d$")


def _with_titled_event(text: str, page_title: str | None) -> str:
    """The text with the edition the page's <title> names ("SS10 Atlantic Drive 1 – Stage Times |
    Donegal International Rally 2026 | StageClock Timing") as a line under the headline, when the
    article never names it: a live page of one stage names its rally nowhere else."""
    if not page_title:
        return text
    named = [
        part
        for part in _title_parts(page_title)
        if _NAMED_EDITION.match(part)
        # a name's words are capitalised but for short joiners ("Rali Vinho da Madeira 2026"), not
        # a headline's ("Carcará Off-Road campeã dos caminhões no Sertões 2026")
        and all(word[:1].isupper() or word.isdigit() or len(word) <= 3 for word in part.split())
    ]
    if len(named) != 1:
        return text
    edition = named[0]
    if edition.rsplit(" ", 1)[0].lower() in text.lower():
        return text
    headline, sep, body = text.partition("\n\n")
    return f"{headline}\n\n{edition}\n\n{body}" if sep else text


def _finish(text: str) -> str:
    """Collapse spaces, strip lines, de-duplicate bullets, unescape leftover entities."""
    if "&" in text:
        text = _LEFTOVER_ENTITY.sub(lambda m: html_lib.unescape(m.group()), text)
    if "<" in text:
        text = _LEFTOVER_TAG.sub("", text)
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = text.replace(_PRE_SPACE, " ")
    text = _BULLET_DOUBLE.sub("• ", text)
    text = _NUMBER_DOUBLE.sub(r"\1. ", text)
    text = _LONE_BULLET.sub("", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


# --- small helpers ------------------------------------------------------------------------


def _drop(element: etree._Element) -> None:
    """Remove an element but keep its tail text (which belongs to the parent)."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail and element.tail.strip():
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def _text(element: etree._Element) -> str:
    """All text inside an element (not its tail), as lxml.html's text_content() gives it."""
    return etree.tostring(element, method="text", encoding="unicode", with_tail=False)


def _contains(ancestor: etree._Element, element: etree._Element) -> bool:
    return element is ancestor or any(a is ancestor for a in element.iterancestors())


def _line_text(element: etree._Element | None, lines_apart: str = " ") -> str:
    """An element's text on one line, rendered (so `a<br>b` is `a b`, not `ab`); a table cell's
    lines stay apart with a slash ("Driver<br>Co-driver" → "Driver / Co-driver"), the way a crew
    is written."""
    if element is None:
        return ""
    renderer = _Renderer(skip=None)
    renderer.line_depth = 1
    renderer.cell_break = _CELL_BREAK
    renderer._children(element)
    text = "".join(renderer.out).replace(_PRE_SPACE, " ")
    lines = (_WS.sub(" ", line).strip() for line in text.split(_CELL_BREAK))
    return lines_apart.join(line for line in lines if line)


def _inline_text(element: etree._Element | None) -> str:
    if element is None:
        return ""
    return _clean_inline(_text(element))


def _clean_inline(text: str) -> str:
    text = html_lib.unescape(text) if "&" in text else text
    return normalize_text(_WS.sub(" ", text)).strip()


def _first_text(elements: list) -> str | None:
    for element in elements:
        text = _inline_text(element)
        if text:
            return text
    return None


def _word_set(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default
