"""Generate a corpus of invented motorsport press releases for benchmarks and fuzzing.

Why generated: a benchmark needs thousands of releases in every language and format, with
the variety that makes extraction work (names with diacritics, crews of one to three,
class and stage results, times written several ways, quotes, upcoming events, boilerplate),
and none of it may come from real releases or from the samples. Everything is built from
the phrase files in `templates/` and is deterministic: release `i` of seed `s` is always
the same bytes, whatever N is.

    python benchmarks/make_corpus.py benchmarks/corpus/1000 -n 1000
"""

from __future__ import annotations

import argparse
import html
import random
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from functools import cache
from pathlib import Path
from typing import Any

import yaml

TEMPLATES = Path(__file__).resolve().with_name("templates")
LANGUAGES = ("nl", "en", "fr", "de", "es", "it", "pt")
FORMATS = (".txt", ".html", ".eml", ".md")
DISCIPLINES = ("raid_car", "raid_ssv", "raid_bike", "raid_truck", "rally")
# Share of releases written in a legacy encoding (cp1252, ISO-8859-15, UTF-16) instead of UTF-8.
LEGACY_SHARE = 0.06


@cache
def templates() -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """(shared material, phrases per language), read once."""
    common = yaml.safe_load((TEMPLATES / "common.yaml").read_text(encoding="utf-8"))
    phrases = {
        lang: yaml.safe_load((TEMPLATES / f"{lang}.yaml").read_text(encoding="utf-8")) for lang in LANGUAGES
    }
    return common, phrases


@dataclass
class Block:
    """One piece of a release; formats render each kind their own way."""

    kind: str  # heading, bullets, para, quote, results, contact
    text: str = ""
    items: list[str] = field(default_factory=list)


@dataclass
class Release:
    language: str
    title: str
    published: date
    team: str
    blocks: list[Block]
    slug: str


@dataclass
class Member:
    first: str
    last: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:40]


class _Writer:
    """Fills phrase templates for one release from its context."""

    def __init__(self, rng: random.Random, phrases: dict[str, Any], ctx: dict[str, Any]) -> None:
        self.rng, self.phrases, self.ctx = rng, phrases, ctx
        self.mentioned: set[int] = {0}  # the winners are named in the lead

    def pick(self, key: str, **extra: Any) -> str:
        return self.fill(self.rng.choice(self.phrases[key]), **extra)

    def pick_about(self, key: str, who: int, /, **extra: Any) -> str:
        """A sentence about a crew; by surname alone only once the crew has been named."""
        options = self.phrases[key]
        if who not in self.mentioned:
            options = [o for o in options if "{crew_last}" not in o] or options
        self.mentioned.add(who)
        return self.fill(self.rng.choice(options), **extra)

    def fill(self, template: str, **extra: Any) -> str:
        values = {**self.ctx, **extra}
        text = template.format_map(values)
        # a second pass fills placeholders that came in with a value ({cls} inside a role)
        return text.format_map(values) if "{" in text else text


def _person(rng: random.Random, common: dict[str, Any], lang: str, used: set[str]) -> Member:
    """A new invented person whose surname and first name nobody else in the release has."""
    pools = list(common["first_names"])
    for _ in range(50):
        nationality = lang if rng.random() < 0.6 else rng.choice(pools)
        first = rng.choice(common["first_names"][nationality])
        last = rng.choice(common["surnames"][nationality])
        if first not in used and last not in used:
            break
    used.update((first, last))
    return Member(first, last)


def _crew_members(
    rng: random.Random, common: dict[str, Any], lang: str, size: int, used: set[str]
) -> list[Member]:
    return [_person(rng, common, lang, used) for _ in range(size)]


def _duration(rng: random.Random, seconds: float, phrases: dict[str, Any], tenths: bool) -> str:
    """A time as releases write it: clock, clock with tenths, compact or in words."""
    whole = int(seconds)
    h, m, s = whole // 3600, whole % 3600 // 60, whole % 60
    tenth = int(round((seconds - whole) * 10)) % 10
    style = rng.random()
    if tenths and style < 0.7:
        return f"{h}:{m:02d}:{s:02d}.{tenth}" if h else f"{m}:{s:02d}.{tenth}"
    if style < 0.55:
        return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"
    if style < 0.75:
        return f"{h}h {m:02d}m {s:02d}s" if h else f"{m}m {s:02d}s"
    template = phrases["hours"] if h else phrases["minutes"]
    return template.format(h=h, m=m, s=s)


def _gap(rng: random.Random, seconds: float, phrases: dict[str, Any], tenths: bool) -> str:
    if seconds >= 3600:
        text = _duration(rng, seconds, phrases, tenths=False)
        return text if " " in text else "+" + text
    m, s = int(seconds) // 60, int(seconds) % 60
    if tenths and rng.random() < 0.6:
        return f"+{m}:{s:02d}.{int(seconds * 10) % 10}" if m else f"+{s}.{int(seconds * 10) % 10}s"
    if rng.random() < 0.7 or not m:
        return f"+{m}:{s:02d}" if m else f"+{s}s"
    return phrases["gap_words"].format(m=m, s=s)


def _date(rng: random.Random, day: date, phrases: dict[str, Any]) -> str:
    month = phrases["months"][day.month - 1]
    return rng.choice(phrases["date"]).format(d=day.day, month=month, y=day.year)


def make_release(index: int, seed: int = 7) -> Release:
    """Release number `index` of the corpus for `seed`: language and format rotate with it."""
    common, all_phrases = templates()
    rng = random.Random(f"{seed}-{index}")
    lang = LANGUAGES[index % len(LANGUAGES)]
    phrases = all_phrases[lang]
    discipline = rng.choice(DISCIPLINES)
    rally = discipline == "rally"
    kind = "rally" if rally else "raid"
    size = {"raid_bike": 1, "raid_truck": 3}.get(discipline, 2)
    published = date(2024, 1, 1) + timedelta(days=rng.randrange(3 * 365))
    team = rng.choice(common["teams"])
    event = rng.choice(common["events"][kind])
    next_event = rng.choice([e for e in common["events"][kind] if e != event])
    cls = rng.choice(common["classes"][discipline])
    if cls == "Trucks":
        cls = phrases["trucks"]
    vehicle = rng.choice(common["vehicles"][discipline])
    place = rng.choice(common["places"])
    next_start = published + timedelta(days=rng.randrange(20, 80))
    next_end = next_start + timedelta(days=rng.randrange(1, 6) if not rally else 2)
    month = phrases["months"][next_end.month - 1]
    next_range = rng.choice(phrases["range"]).format(
        d1=next_start.day, d2=next_end.day, month=month, y=next_end.year
    )
    if next_start.month != next_end.month:  # keep the phrasing simple: name both months
        next_range = f"{_date(rng, next_start, phrases)} – {_date(rng, next_end, phrases)}"

    used: set[str] = set()
    crews = [_crew_members(rng, common, lang, size, used) for _ in range(rng.randrange(3, 7))]
    base = rng.uniform(1.8, 3.4) * 3600 if rally else rng.uniform(20, 60) * 3600
    totals = [base]
    for _ in crews[1:]:
        totals.append(totals[-1] + rng.uniform(3, 90 if rally else 3600))

    def phrase(crew: list[Member]) -> str:
        names = {"a": crew[0].name}
        if len(crew) == 1:
            return crew[0].name
        names["b"] = crew[1].name
        key = "crew_pair" if len(crew) == 2 else "crew_trio"
        if len(crew) == 3:
            names["c"] = crew[2].name
        template = rng.choice(phrases[key])
        return template.format(
            co_role=rng.choice(phrases["co_role"]),
            mech_role=rng.choice(phrases["mech_role"]),
            **names,
        )

    crew_text = [phrase(crew) for crew in crews]
    short = ["/".join(member.last for member in crew) if len(crew) > 1 else crew[0].last for crew in crews]
    ctx: dict[str, Any] = {
        "team": team,
        "TEAM": team.upper(),
        "event": event,
        "EVENT": event.upper(),
        "edition": published.year,
        "championship": rng.choice(common["championships"][kind]),
        "round": rng.randrange(1, 12),
        "cls": cls,
        "CLS": cls.upper(),
        "vehicle": vehicle,
        "place": place,
        "PLACE": place.upper(),
        "date": _date(rng, published, phrases),
        "date_num": phrases["date_num"].format(
            dd=f"{published.day:02d}", mm=f"{published.month:02d}", y=published.year
        ),
        "stages_total": rng.randrange(5, 15) if not rally else rng.randrange(12, 22),
        "days": rng.randrange(3, 15),
        "terrain": rng.choice(phrases["terrain"]),
        "total": _duration(rng, totals[0], phrases, rally),
        "c1": crew_text[0],
        "c1_driver": crews[0][0].name,
        "c1_last": crews[0][0].last,
        "c2_short": short[1],
        "c2_driver": crews[1][0].name,
        "pos2_word": phrases["ordinals"][1],
        "finishers": rng.randrange(2, 5),
        "next_event": next_event,
        "next_place": rng.choice(common["places"]),
        "next_range": next_range,
        "next_championship": rng.choice(common["championships"][kind]),
        "temp": rng.randrange(28, 48),
        "km": rng.randrange(180, 4800),
        "day_n": rng.randrange(2, 9),
        "entries": rng.randrange(2, 7),
        "founded": rng.randrange(1978, 2021),
        "sponsor": rng.choice(common["sponsors"]),
        "home": rng.choice(common["places"]),
        "starts": rng.randrange(20, 300),
        "countries": rng.randrange(3, 30),
        "top": len(crews),
    }
    write = _Writer(rng, phrases, ctx)
    blocks: list[Block] = []

    if rng.random() < 0.5:
        chosen = rng.sample(phrases["bullets"], k=rng.randrange(2, 5))
        blocks.append(Block("bullets", items=[write.fill(b) for b in chosen]))
    lead = write.pick("lead")
    if rng.random() < 0.8:
        lead = f"{write.pick('dateline')} {lead}"
    if rng.random() < 0.5:
        lead += " " + write.pick("colour")
    blocks.append(Block("para", lead))

    def crew_values(n: int) -> dict[str, Any]:
        return {
            "crew": crew_text[n],
            "crew_driver": crews[n][0].name,
            "crew_last": crews[n][0].last,
        }

    results = [write.pick_about("winner", 0, **crew_values(0))]
    for n in range(1, len(crews)):
        results.append(
            write.pick_about(
                "placed",
                n,
                pos=n + 1,
                pos_word=phrases["ordinals"][n],
                pos_num=phrases["ordinal_numbers"][n],
                gap=_gap(rng, totals[n] - totals[0], phrases, rally),
                **crew_values(n),
            )
        )
    blocks.append(Block("para", " ".join(results)))

    for _ in range(rng.randrange(0, 4)):
        number = rng.randrange(1, ctx["stages_total"] + 1)
        key = "special_stage" if rally else "stage"
        forms = [f for f in phrases[key] if "{ord}" not in f or number <= 8]
        ordinal = phrases["ordinals"][number - 1] if number <= 8 else ""
        stage = rng.choice(forms).format(n=number, ord=ordinal)
        stage_time = rng.uniform(180, 900) if rally else rng.uniform(1800, 6 * 3600)
        order = rng.sample(range(len(crews)), k=min(3, len(crews)))
        sentences = [
            write.pick_about(
                "stage_win",
                order[0],
                stage=stage,
                stage_time=_duration(rng, stage_time, phrases, rally),
                **crew_values(order[0]),
            )
        ]
        for pos, n in enumerate(order[1 : rng.randrange(1, len(order) + 1)], start=2):
            sentences.append(
                write.pick_about(
                    "stage_place",
                    n,
                    pos=pos,
                    pos_word=phrases["ordinals"][pos - 1],
                    pos_num=phrases["ordinal_numbers"][pos - 1],
                    stage_gap=_gap(rng, rng.uniform(0.5, 40 if rally else 900), phrases, rally),
                    **crew_values(n),
                )
            )
        blocks.append(Block("para", " ".join(sentences)))

    colour = rng.sample(phrases["colour"], k=rng.randrange(1, 4))
    blocks.append(Block("para", " ".join(write.fill(c) for c in colour)))

    speakers = rng.sample(range(len(crews)), k=rng.randrange(1, 3))
    for n in speakers:
        blocks.append(
            Block(
                "quote",
                write.pick(
                    "said",
                    quote=rng.choice(phrases["quote"]),
                    name=crews[n][0].name,
                    role=rng.choice(phrases["role_driver"]),
                ),
            )
        )
    if rng.random() < 0.6:
        boss = _person(rng, common, lang, used)
        blocks.append(
            Block(
                "quote",
                write.pick(
                    "said",
                    quote=rng.choice(phrases["quote"]),
                    name=boss.name,
                    role=rng.choice(phrases["role_principal"]),
                ),
            )
        )

    if rng.random() < 0.4:
        lines = []
        for n, crew in enumerate(crews):
            names = " / ".join(member.name for member in crew)
            time = (
                _duration(rng, totals[n], phrases, rally)
                if n == 0
                else _gap(rng, totals[n] - totals[0], phrases, rally)
            )
            lines.append(f"{n + 1}. {names} ({vehicle}) {time}")
        blocks.append(Block("heading", write.pick("results_title")))
        blocks.append(Block("results", items=lines))

    if rng.random() < 0.8:
        blocks.append(Block("para", write.pick("next")))
    if rng.random() < 0.5:
        blocks.append(Block("heading", write.pick("notes_title")))
    if rng.random() < 0.8:
        blocks.append(Block("heading", write.pick("about_title")))
        blocks.append(Block("para", write.pick("about")))
    if rng.random() < 0.8:
        press = _person(rng, common, lang, used)
        domain = _slug(team).replace("-", "") + ".example"
        contact = write.pick(
            "contact",
            press_name=press.name,
            email=f"press@{domain}",
            phone=f"+{rng.randrange(30, 49)} {rng.randrange(10, 99)} {rng.randrange(10**5, 10**6)}",
        )
        blocks.append(Block("heading", write.pick("contact_title")))
        blocks.append(Block("contact", contact))
    if rng.random() < 0.6:
        blocks.append(Block("para", write.pick("disclaimer")))

    title = write.pick("headline")
    return Release(lang, title, published, team, blocks, _slug(f"{event}-{published.year}"))


# --------------------------------------------------------------------------- formats


def render_text(release: Release, rng: random.Random) -> str:
    bullet = rng.choice(["·", "•", "-", "*"])
    parts = [release.title if rng.random() < 0.7 else release.title.upper()]
    for block in release.blocks:
        if block.kind in ("bullets", "results"):
            prefix = f"{bullet} " if block.kind == "bullets" else ""
            parts.append("\n".join(prefix + item for item in block.items))
        else:
            parts.append(block.text)
    return "\n\n".join(parts) + "\n"


def render_markdown(release: Release, rng: random.Random) -> str:
    bullet = rng.choice(["-", "*"])
    parts = [f"# {release.title}"]
    for block in release.blocks:
        if block.kind == "bullets":
            parts.append("\n".join(f"{bullet} {item}" for item in block.items))
        elif block.kind == "results":
            parts.append("\n".join(f"{item}" for item in block.items))
        elif block.kind == "heading":
            parts.append(f"## {block.text}" if rng.random() < 0.6 else f"**{block.text}**")
        elif block.kind == "quote" and rng.random() < 0.4:
            parts.append(f"> {block.text}")
        elif block.kind == "contact":
            parts.append("  \n".join(block.text.splitlines()))
        else:
            parts.append(block.text)
    return "\n\n".join(parts) + "\n"


_NAV = ["Home", "News", "Team", "Calendar", "Partners", "Contact"]


def render_html(release: Release, rng: random.Random, charset: str = "utf-8") -> str:
    esc = html.escape
    body = [f"<h1>{esc(release.title)}</h1>"]
    for block in release.blocks:
        if block.kind == "bullets":
            body.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in block.items) + "</ul>")
        elif block.kind == "results":
            rows = "".join(f"<tr><td>{esc(i)}</td></tr>" for i in block.items)
            body.append(f'<table class="results">{rows}</table>')
        elif block.kind == "heading":
            body.append(f"<h2>{esc(block.text)}</h2>")
        elif block.kind == "quote" and rng.random() < 0.5:
            body.append(f"<blockquote><p>{esc(block.text)}</p></blockquote>")
        elif block.kind == "contact":
            body.append("<p>" + "<br>\n".join(esc(x) for x in block.text.splitlines()) + "</p>")
        else:
            tag = "p" if rng.random() < 0.85 else "div"
            body.append(f"<{tag}>{esc(block.text)}</{tag}>")
    nav = "".join(f'<li><a href="/{_slug(x)}">{x}</a></li>' for x in _NAV)
    return (
        '<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="{charset}">\n'
        "<title>{title} | {team}</title>\n<style>body{{font-family:sans-serif}}</style>\n"
        "<script>window.dataLayer=window.dataLayer||[];</script>\n</head>\n<body>\n"
        "<header><nav><ul>{nav}</ul></nav></header>\n<main><article>\n{body}\n</article></main>\n"
        '<aside><h3>Related</h3><ul><li><a href="/news/1">Previous round</a></li></ul></aside>\n'
        "<footer><p>© {year} {team}. Cookies help us deliver our services.</p></footer>\n"
        "</body>\n</html>\n"
    ).format(
        lang=release.language,
        charset=charset,
        title=esc(release.title),
        team=esc(release.team),
        nav=nav,
        body="\n".join(body),
        year=release.published.year,
    )


def render_email(release: Release, rng: random.Random, charset: str = "utf-8") -> bytes:
    message = EmailMessage(policy=SMTP)
    domain = _slug(release.team).replace("-", "") + ".example"
    message["From"] = f"{release.team} Press <press@{domain}>"
    message["To"] = "newsdesk@example.net"
    message["Subject"] = release.title
    sent = datetime.combine(release.published, datetime.min.time(), tzinfo=UTC)
    message["Date"] = format_datetime(sent + timedelta(hours=rng.randrange(6, 19)))
    message["Message-ID"] = make_msgid(domain=domain, idstring=str(rng.randrange(10**9)))
    cte = rng.choice(["quoted-printable", "base64", "8bit"])
    message.set_content(render_text(release, rng), charset=charset, cte=cte)
    if rng.random() < 0.35:
        message.add_alternative(render_html(release, rng), subtype="html")
    return message.as_bytes()


def render(release: Release, fmt: str, rng: random.Random) -> bytes:
    """The release as the bytes of a file of format `fmt`, now and then not in UTF-8."""
    legacy = rng.random() < LEGACY_SHARE
    if fmt == ".eml":
        for charset in (["iso-8859-15", "windows-1252"] if legacy else []) + ["utf-8"]:
            try:
                return render_email(release, rng, charset)
            except UnicodeEncodeError:
                continue
    if fmt == ".html":
        if legacy:
            with _suppress_encode():
                return render_html(release, rng, "windows-1252").encode("cp1252")
        return render_html(release, rng).encode("utf-8")
    if fmt == ".md":
        return render_markdown(release, rng).encode("utf-8")
    text = render_text(release, rng)
    if legacy:
        if rng.random() < 0.25:
            return text.encode("utf-16")  # with a byte-order mark
        with _suppress_encode():
            return text.encode("cp1252")
    return text.encode("utf-8")


class _suppress_encode:  # noqa: N801 - used like contextlib.suppress
    """Fall through to UTF-8 when a name has a letter the legacy code page lacks."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type: object, exc: object, tb: object) -> bool:
        return exc_type is UnicodeEncodeError


def release_bytes(index: int, seed: int = 7) -> tuple[str, bytes, Release]:
    """(relative path, file bytes, release) of corpus document `index`."""
    release = make_release(index, seed)
    fmt = FORMATS[(index // len(LANGUAGES)) % len(FORMATS)]
    data = render(release, fmt, random.Random(f"{seed}-{index}-render"))
    return f"{release.language}/{index:05d}-{release.slug}{fmt}", data, release


def generate(folder: str | Path, count: int, seed: int = 7) -> list[Path]:
    """Write `count` releases under `folder` (one sub-folder per language); return the paths."""
    folder = Path(folder)
    paths = []
    for index in range(count):
        relative, data, _ = release_bytes(index, seed)
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("-n", "--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    paths = generate(args.folder, args.count, args.seed)
    total = sum(path.stat().st_size for path in paths)
    print(f"{len(paths)} releases, {total / 1e6:.1f} MB in {args.folder}")


if __name__ == "__main__":
    main()
