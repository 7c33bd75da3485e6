"""Crews from the shape of the text: who is named together, and how.

Two names joined by a role word, a "with" word, a slash or a dash form a crew (strong);
two names joined only by "and" form one unless the sentence hands them separate places
("A and B finished second and fourth") or the release is about solo riders (weak). A name
alone next to a place, a time or a stage is a solo crew. Officials (a name beside a job title)
never compete. Later mentions by first name or surname resolve to the crew introduced earlier.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from extractor.extract.mentions import Item, Line, Sentence, quoted_title
from extractor.nlp import Rules
from extractor.record import Crew, Evidence, Member

_RESULT_CONTEXT = frozenset(
    {"POS", "WIN", "DURATION", "STAGE_NO", "CLASS", "OVERALL", "RETIRE", "PENALTY", "ROLE"}
)
# What makes "A and B" a crew even without a result: the sentence is about competing.
_CREW_CONTEXT = _RESULT_CONTEXT | {
    "UPCOMING",
    "STAGE",
    "ROUND",
    "ROUND_NO",
    "CHAMP",
    "CLASS_MARKER",
    "CREW_NOUN",
}
# ("mit Anja Brucklacher am Steuer, Beifahrerin Heidi Moosmann …": the driver's seat, AT_WHEEL)
_SKIPPABLE = frozenset({"POSSESSIVE", "DEMONYM", "DESCRIPTOR", "RELATIVE", "AT_WHEEL"})


@cache
def normalise_name(name: str) -> str:
    """The contract's name key: NFKD, no combining marks, case-folded, spaces and punctuation collapsed."""
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[\W_]+", " ", stripped.casefold()).split())


@dataclass
class Person:
    key: str
    name: str
    role: str | None = None
    crew: str | None = None
    mentions: list[Item] = field(default_factory=list)
    words: frozenset[str] = field(init=False)  # the words of `key`, for partial mentions

    def __post_init__(self) -> None:
        self.words = frozenset(self.key.split())


@dataclass
class Group:
    members: list[tuple[Item, str | None]]
    strong: bool
    sentence: Sentence
    distributive: bool = False


@dataclass
class CrewBook:
    """The crews of a document and the means to resolve any later mention to one of them."""

    crews: list[Crew]
    persons: dict[str, Person]
    officials: set[str]
    provisional: set[str] = field(default_factory=set)
    narrator: str | None = None  # the crew of a first-person release's author ("I", "we")
    car_numbers: dict[int, str] = field(default_factory=dict)  # a start number, its one crew ("#305")

    def size(self, crew_id: str) -> int:
        """How many people the crew has."""
        return next((len(c.members) for c in self.crews if c.id == crew_id), 0)

    def resolve(self, item: Item) -> str | None:
        """Crew id of a NAME or WORD mention, if it names exactly one crew."""
        if item.kind == "CAR":
            return self.car_numbers.get(int(item.value))
        key = normalise_name(item.text)
        if not key:
            return None
        if item.kind == "HANDLE":
            return self._handle_crew(key.replace(" ", ""))
        person = self.persons.get(key)
        if person is not None:
            return person.crew
        words = set(key.split())
        crews = {
            p.crew
            for p in self.persons.values()
            if p.crew and words <= p.words and _partial_matches(words, p.key)
        }
        return crews.pop() if len(crews) == 1 else None

    def _handle_crew(self, letters: str) -> str | None:
        """The crew whose member's surname a social handle's letters hold ("@marcsoldevila",
        "@b.vuarchex"), if only one's; a team's or a sponsor's handle names no crew."""
        crews = {
            p.crew
            for p in self.persons.values()
            if p.crew and len(surname := p.key.split()[-1]) >= 4 and surname in letters
        }
        return crews.pop() if len(crews) == 1 else None


def _partial_matches(words: set[str], key: str) -> bool:
    """A partial mention matches the first name, the surname, or the name without particles."""
    parts = key.split()
    if len(words) == 1:
        (word,) = words
        return word in (parts[0], parts[-1]) or word in parts[1:]
    return True


def names_a_stage(items: list[Item], index: int) -> bool:
    """ "na PE3, Terra Brava, com 8m11,9s": a name set off by commas right after a stage's number
    is the stage's name (where no other name of the release holds its words)."""
    return (
        index >= 2
        and items[index - 1].kind == "COMMA"
        and items[index - 2].kind == "STAGE_NO"
        and items[index - 2].j == items[index - 1].i
        and items[index - 1].j == items[index].i
        and (index + 1 == len(items) or items[index + 1].kind == "COMMA")
    )


def is_official(sentence: Sentence, index: int) -> bool:
    """ "Ian James, Team Principal", "teambaas Ian James", "the clerk of the course, Ian James",
    "Name (CEO)": a job title beside a name."""
    items = sentence.items
    before = items[index - 1] if index > 0 else None
    if before is not None and before.kind == "OFFICIAL" and before.j == items[index].i:
        return True
    if (
        before is not None
        and before.kind == "COMMA"
        and index > 1
        and items[index - 2].kind == "OFFICIAL"
        and items[index - 2].j == before.i
        and before.j == items[index].i
    ):
        return True  # ("el director de carrera, Alfonso Menéndez Rato, confirmó": the title, then its holder)
    for offset in (1, 2):
        if index + offset >= len(items):
            break
        following = items[index + offset]
        if following.kind == "OFFICIAL" and following.i - items[index].j <= 3:
            between = items[index + 1 : index + offset]
            if all(b.kind in ("COMMA", "OPEN") for b in between) or offset == 1:
                return True
        if following.kind not in ("COMMA", "OPEN"):
            break
    return False


def _role_before(items: list[Item], index: int, rules: Rules) -> str | None:
    if index > 0 and items[index - 1].kind == "ROLE" and items[index - 1].j >= items[index].i - 1:
        return items[index - 1].value
    if index > 1 and items[index - 1].kind in _SKIPPABLE and items[index - 2].kind == "ROLE":
        return items[index - 2].value
    return None


def _role_after(items: list[Item], index: int) -> str | None:
    """ "Sean Berriman (navigator)" or "Sean Berriman, co-driver"."""
    if (
        index + 2 < len(items)
        and items[index + 1].kind in ("OPEN", "COMMA")
        and items[index + 2].kind == "ROLE"
    ):
        return items[index + 2].value
    return None


def _role_right_after(items: list[Item], index: int) -> str | None:
    """ "Camille Roussel como copiloto": a role at most one word after the name."""
    following = items[index + 1] if index + 1 < len(items) else None
    if following is not None and following.kind == "ROLE" and following.i <= items[index].j + 1:
        return following.value
    return None


def outside_brackets(items: list[Item]) -> list[Item]:
    """The items not inside round brackets, the brackets themselves aside."""
    outside: list[Item] = []
    depth = 0
    for item in items:
        if item.kind == "OPEN":
            depth += 1
        elif item.kind == "CLOSE":
            depth = max(0, depth - 1)
        elif depth == 0:
            outside.append(item)
    return outside


def _connection(between: list[Item], role_after: str | None = None) -> tuple[str, str | None] | None:
    """How two consecutive names are joined: ("strong"|"weak"|"list", role of the second) or None.

    `role_after` is a role written right after the second name ("con Camille Roussel como copiloto").
    """
    kinds = [b.kind for b in between if b.kind not in _SKIPPABLE]
    # Parenthesised asides ("(LTU)", "(Toyota)") do not break a pairing.
    cleaned = [b for b in outside_brackets(between) if b.kind not in _SKIPPABLE]
    # "zijn Portugese bijrijder", "seine belgische Beifahrerin": a capitalised adjective before a role.
    cleaned = [
        b
        for k, b in enumerate(cleaned)
        if not (b.kind == "WORD" and k + 1 < len(cleaned) and cleaned[k + 1].kind == "ROLE")
    ]
    if len(cleaned) >= 2 and cleaned[-1].kind == "COMMA" and cleaned[-2].kind == "ROLE":
        cleaned = cleaned[:-1]  # "X y su copiloto, Noelia Y": the role in apposition
    kinds = [b.kind for b in cleaned]
    role = cleaned[-1].value if kinds and kinds[-1] == "ROLE" else None
    core = kinds[:-1] if role else kinds
    if role is None and kinds[-1:] == ["WITH"]:
        role = role_after  # "regresa … con Camille Roussel como copiloto": "with Y as co-driver"
    if core in (["SLASH"], ["DASH"]):
        return "strong", role
    if core and core[0] == "WITH" and all(k in ("WITH", "CLASS_MARKER") for k in core):
        return "strong", role
    # ("o emiradense X, que, com o francês Y, cumpriu a especial": "who, with Y," joins them too)
    if core in (
        ["CONJ", "WITH"],
        ["COMMA", "WITH"],
        ["COMMA", "CREW_NOUN", "WITH"],
        ["CREW_NOUN", "WITH"],
        ["COMMA", "COMMA", "WITH"],
        ["WIN", "WITH"],  # "Hulsbosch won met Koen Aarts en Daan Rooijakkers de eerste proef"
        ["POS", "WITH"],  # "X finished second with Y"
        ["ORD", "WITH"],  # "Kōsuke Amemiya third alongside Ryōta Nishikawa"
    ):
        return "strong", role  # "…, in equipaggio con Petr Klíma", "…, en équipage avec …"
    if (
        core[:1] == ["POS"]
        and core[-1:] == ["WITH"]
        and set(core[1:-1]) <= {"POSITION_NOUN", "CLASS", "CLASS_MARKER", "OVERALL", "COMMA"}
    ):
        return "strong", role  # "che X ha portato al secondo posto tra i camion, con Y a fare da navigatore"
    # "X, who won the rally overall with Y" (not "o Cendón o mais rápido da classe, com o Figueiredo
    # em segundo": a rival's place in the class)
    # ("l'Argentin X, vainqueur de la catégorie avec Y": the class won, then "with")
    if (
        core[:2] in (["WIN", "OVERALL"], ["COMMA", "WIN"])
        and core[-1:] == ["WITH"]
        and set(core[1:-1]) <= {"WIN", "OVERALL", "CLASS", "CLASS_MARKER"}
    ):
        return "strong", role
    if role and core == ["CONJ", "CREW_NOUN", "COMMA"]:
        # "Lukas Brandstätter und seine Mannschaft, Beifahrer Tomasz Wójcik und Mechaniker …"
        return "strong", role
    if core == ["CONJ"] or (core == ["CONJ", "GAP"] and len(cleaned[-1].text) <= 2):
        # ("al belga X e a Y": a one-letter preposition repeated after "and" joins them too)
        return ("strong" if role else "weak"), role
    if core == ["COMMA"] or core == ["COMMA", "CONJ"]:
        return "list", role
    # "Stéphane Peterhansel, nicknamed 'Mr Dakar', and navigator Mika Metge"
    appositive = core and core[0] == "COMMA" and core[-2:] == ["COMMA", "CONJ"]
    if appositive and role and len(core) <= 8 and "NAME" not in core:
        return "strong", role
    if not core and role:
        return "strong", role
    # "con el navegante X a su derecha y el mecánico Y": a short aside, then "and" and a role
    # ("con Y a fare da navigatore e il meccanico Z": the role of the one before, then "and" and a role)
    if (
        role
        and core[-1:] == ["CONJ"]
        and len(core) <= 3
        and set(core) <= {"GAP", "WORD", "CONJ", "COMMA", "ROLE"}
    ):
        return "strong", role
    # "… pilota o Mercedes-Benz Axor n.º 501, tendo como navegador Gilberto Moura", "… la Toyota
    # Hilux n.º 302 com o navegador Fábio Tanaka": the car between the driver and "with navigator"
    if (
        role in ("co-driver", "mechanic")
        and core[-1:] == ["WITH"]
        and len(core) <= 6
        and all(k in _VEHICLE_KINDS for k in core[:-1])
    ):
        return "strong", role
    # "il polacco X, vincitore dell'edizione 2025, che tornerà sul greto del Tagliamento con il
    # navigatore Y": an aside on the driver, then "with navigator"
    if (
        role in ("co-driver", "mechanic")
        and core[:1] == ["COMMA"]
        and core[-1:] == ["WITH"]
        and len(core) <= 10
        and not set(core) & {"NAME", "RETIRE"}
    ):
        return "strong", role
    # "X a bouclé les six étapes et le prologue en 19h 42min 07s avec son navigateur portugais Y":
    # the subject's own co-driver ("his", "son"), whatever the clause told between
    if (
        role in ("co-driver", "mechanic")
        and core[-1:] == ["WITH"]
        and len(core) <= 10
        and not set(core) & {"NAME", "RETIRE", "CREW_NOUN"}
        and _owned_role(between)
    ):
        return "strong", role
    return None


def _owned_role(between: list[Item]) -> bool:
    """The role closing `between` follows a possessive ("avec son navigateur portugais")."""
    kinds = [b.kind for b in between if b.kind != "DEMONYM"]
    return kinds[-2:] == ["POSSESSIVE", "ROLE"]


_VEHICLE_KINDS = frozenset({"WORD", "NUMBER", "CARD", "CLASS", "COMMA"})


def _pair_with_subject(
    sentence: Sentence,
    groups: list[Group],
    single: list[Item],
    previous: Item | None,
    previous_alone: bool = False,
    origins: frozenset[int] = frozenset(),
) -> tuple[list[Group], list[Item]]:
    """ "Der 26-Jährige belegte mit Beifahrer Lennart Vogelsang …": a co-driver named with no
    driver before him in the sentence rides with the person named last before it."""
    items = sentence.items
    if len(single) >= 2 and items.index(single[0]) <= 1:
        # "Matteo Giannuzzi ha vinto il Rally del Salento, …, insieme alla navigatrice Federica Lo
        # Russo": the sentence's subject, named alone, and a co-driver joined to it later by "with"
        first, second = single[0], single[1]
        at = items.index(second)
        window = [it for it in items[max(0, at - 3) : at] if it.kind not in ("POSSESSIVE", "DEMONYM")]
        if (
            [it.kind for it in window[-2:]] == ["WITH", "ROLE"]
            and window[-1].value in ("co-driver", "mechanic")
            and not any(it.kind == "NAME" for it in items[items.index(first) + 1 : at])
        ):
            return groups + [Group([(first, None), (second, window[-1].value)], True, sentence)], [
                it for it in single if it is not first and it is not second
            ]
    for partner in single:
        # "…, yet he and Florian Ebner still finished third", "the Frenchman and Maëlle Dufresnoy
        # finished second", "Él y Xavier Puigdollers fueron terceros": the one named just before
        # (alone, in the sentence or the one before it) and the name beside "he" share the place
        at = items.index(partner)
        if at < 2 or items[at - 1].kind != "CONJ" or items[at - 2].kind not in ("PRONOUN", "DESCRIPTOR"):
            continue
        if partner.kind != "NAME" or at + 1 >= len(items) or items[at + 1].kind not in ("POS", "WIN"):
            continue
        earlier = [it for it in items[: at - 2] if it.kind == "NAME"]
        if len(earlier) == 1 and earlier[0] in single:
            driver = earlier[0]
        elif not earlier and previous is not None and previous_alone and previous.kind == "NAME":
            driver = previous
        else:
            continue
        return groups + [Group([(driver, None), (partner, "co-driver")], True, sentence)], [
            it for it in single if it is not partner and it is not driver
        ]
    if previous is None:
        return groups, single
    if groups and not any(it.kind == "NAME" for it in items[: items.index(groups[0].members[0][0])]):
        # "El piloto de Vic, con el navegante X a su derecha y el mecánico Y": the co-driver
        # and mechanic of the one named before
        group = groups[0]
        lead, lead_role = group.members[0]
        start = items.index(lead)
        window = [
            it.kind for it in items[max(0, start - 4) : start] if it.kind not in ("POSSESSIVE", "DEMONYM")
        ]
        if lead_role == "co-driver" and window[-2:] == ["WITH", "ROLE"] and len(group.members) < 3:
            joined = Group([(previous, None), *group.members], True, sentence)
            return [joined, *groups[1:]], single
        if (
            items[0].kind in ("DESCRIPTOR", "PRONOUN")
            and previous_alone
            and window[-2:] in (["RELATIVE", "WITH"], ["COMMA", "WITH"])
            and items.index(lead) <= 4
            and len(group.members) < 3
        ):
            # "De Drent, die met Thijs Hekkelman en monteur Ole Brandsma in een DAF XF reed": the
            # one named before, described, and who rode with him
            joined = Group([(previous, None), *group.members], True, sentence)
            return [joined, *groups[1:]], single
    if not single:
        return groups, single
    first = single[0]
    index = items.index(first)
    if any(it.kind == "NAME" for it in items[:index]):
        return groups, single
    # ("con el copiloto francés Baptiste Lefèvre": a demonym after the role)
    window = [it for it in items[max(0, index - 4) : index] if it.kind not in ("POSSESSIVE", "DEMONYM")]
    before = [it.kind for it in window]
    if before[:1] == ["WITH"] and items[0] is window[0] and before[-1:] == ["ROLE"]:
        # "Associé au copilote Andreas Gächter, Hürlimann a remporté …": the driver comes after
        driver = next(
            (it for it in items[index + 1 : index + 3] if it.kind in ("NAME", "WORD") and it in single), None
        )
        if driver is not None and items[index + 1].kind == "COMMA":
            return groups + [Group([(driver, None), (first, items[index - 1].value)], True, sentence)], [
                it for it in single if it is not first and it is not driver
            ]
    # "Il et son copilote X", "De Braziliaan en zijn navigator X": the one just named and his co-driver
    # (a description only when the sentence before named one person alone: "De Litouwers A en B
    # … De Braziliaan en zijn navigator C" does not make C ride with A)
    # ("Der Schweizer und sein österreichischer Beifahrer X": the demonyms and possessives aside)
    described = [it.kind for it in items[:index] if it.kind not in ("POSSESSIVE", "DEMONYM")][-3:]
    referred = (before[-3:] == ["PRONOUN", "CONJ", "ROLE"]) or (
        described == ["DESCRIPTOR", "CONJ", "ROLE"] and previous_alone
    )
    # "Lozano y su copiloto, Íñigo Etxeberria Arana": a surname named before, "and his co-driver"
    close = [it for it in items[max(0, index - 6) : index] if it.kind not in ("POSSESSIVE", "DEMONYM")]
    if [it.kind for it in close[-2:]] == ["ROLE", "COMMA"]:
        close = close[:-1]
    if (
        [it.kind for it in close[-3:]] == ["WORD", "CONJ", "ROLE"]
        and close[-1].value in ("co-driver", "mechanic")
        and not any(it.kind in ("NAME", "WORD") for it in items[: items.index(close[-3])])
    ):
        # ("El de Melide y su copiloto, X": the one from Melide is the one named before)
        driver = previous if id(close[-3]) in origins and previous_alone else close[-3]
        return groups + [Group([(driver, None), (first, close[-1].value)], True, sentence)], [
            it for it in single if it is not first
        ]
    # "Zij krijgt bijrijder Henk-Jan Bultsma naast zich": the one just named takes a co-driver
    referred = referred or (before[-2:] == ["PRONOUN", "ROLE"] and previous_alone)
    if (before[-2:] == ["WITH", "ROLE"] or referred) and window[-1].value in ("co-driver", "mechanic"):
        return groups + [Group([(previous, None), (first, window[-1].value)], True, sentence)], [
            it for it in single if it is not first
        ]
    # "La pilote tchèque, épaulée par le Namurois X": the one the sentence opens on, named alone
    # in the sentence before, and a "with" word
    plain = [it.kind for it in items[max(0, index - 3) : index] if it.kind not in ("POSSESSIVE", "DEMONYM")]
    if plain[-1:] == ["WORD"]:
        plain.pop()  # "le Namurois X": a capitalised description before the name
    opener = (
        items[0].kind in ("DESCRIPTOR", "PRONOUN")
        or (items[0].kind == "ROLE" and items[0].value == "driver")
        # "Samen met Thomas Raes won hij de openingsproef": "he" right after what they did together
        or (
            items[0].kind == "WITH"
            and [it.kind for it in items[index + 1 : index + 3]] in (["WIN", "PRONOUN"], ["POS", "PRONOUN"])
        )
    )
    if plain[-1:] == ["WITH"] and opener and previous_alone and index <= 6:
        return groups + [Group([(previous, None), (first, "co-driver")], True, sentence)], [
            it for it in single if it is not first
        ]
    return groups, single


def _read_initialled_names(lines: list[Line], owned: Counter[str]) -> None:
    """ "DNF WP9: M. Obermaier / K. Lenz": a results flash names a crew it has no room for by
    initial and surname. Beside a crew's slash, a surname no full name of the release owns (the
    words of its names, `owned`), after an initial, is that person's name as written ("M.
    Obermaier"); one a full name owns ("E. Kalliosaari" after "KALLIOSAARI Eetu") stays a surname
    standing for it."""
    for line in lines:
        for sentence in line.sentences:
            items = sentence.items
            for k, item in enumerate(items):
                beside_slash = (k + 1 < len(items) and items[k + 1].kind == "SLASH") or (
                    k > 0 and items[k - 1].kind == "SLASH"
                )
                if item.kind != "WORD" or not beside_slash or item.i == 0:
                    continue
                at = item.start - line.start
                initial = _INITIAL_BEFORE.fullmatch(line.raw, max(0, at - 4), at)
                if (
                    initial is None
                    or not initial.group("initial")[0].isupper()
                    or normalise_name(item.text) in owned
                ):
                    continue
                begin = at - len(initial.group("initial"))
                item.kind = "NAME"
                item.start = line.start + begin
                item.text = line.raw[begin : item.end - line.start]
                item.value = item.text
                item.i -= 1


# "M. " right before a surname: an initial (a capital letter and its full stop)
_INITIAL_BEFORE = re.compile(r".*?(?<![\w.])(?P<initial>[^\W\d_]\.\s)")


def _partial_names(lines: list[Line]) -> dict[str, str]:
    """Surnames and first names that stand for exactly one full name in the release (a double
    surname too: "Sotomaior Brandão" for "Henrique Sotomaior Brandão")."""
    owners: dict[str, set[str]] = {}
    for line in lines:
        for sentence in line.sentences:
            for item in sentence.items:
                if item.kind == "NAME":
                    words = normalise_name(item.text).split()
                    # every word of the name ("Lozano" for "Álvaro Lozano Quesada" too)
                    for word in set(words):
                        owners.setdefault(word, set()).add(item.text)
                    if len(words) >= 3 and not item.text.split()[0].endswith("."):
                        for k in range(1, len(words) - 1):
                            owners.setdefault(" ".join(words[k:]), set()).add(item.text)
    return {word: next(iter(names)) for word, names in owners.items() if len(names) == 1}


def _groups(
    sentence: Sentence,
    rules: Rules,
    excluded: set[int],
    partials: dict[str, str],
    trios: bool = False,
    line: Line | None = None,
    origins: frozenset[int] = frozenset(),
) -> tuple[list[Group], list[Item]]:
    """Chains of joined names in a sentence, and the names standing alone. A home town set off by
    commas (a name among `origins`, or capitalised words) stands aside: "Jônatas Cavalheiro Boff,
    de Flores da Cunha, e o navegador Sérgio Tesser" joins the two names around it."""
    items = sentence.items
    # A surname alone ("Härkönen and co-driver Ville-Petteri Aalto") joins a crew as the full
    # name it stands for.
    name_indexes = [
        k
        for k, it in enumerate(items)
        if id(it) not in excluded
        and (it.kind == "NAME" or (it.kind == "WORD" and normalise_name(it.text) in partials))
    ]
    groups: list[Group] = []
    alone: list[Item] = []
    chain: list[tuple[int, str | None, str]] = []  # (item index, role, how joined to previous)

    def close_chain() -> None:
        if not chain:
            return
        if len(chain) == 1:
            alone.append(items[chain[0][0]])
        else:
            joins = [how for _, _, how in chain[1:]]
            roles = [role for _, role, _ in chain]
            members = [(items[k], role) for k, role, _ in chain]
            has_mechanic = "mechanic" in roles
            if joins == ["list", "strong"] and roles == [None, None, "co-driver"] and not trios:
                # "sulle strade del Triangolo Lariano, Lorenzo Bianchessi e la navigatrice Gaia
                # Raimondi": a place or another's name before the comma, then a driver and the
                # co-driver (where no crew is of three)
                alone.append(members[0][0])
                groups.append(Group(members[1:], True, sentence))
            elif "list" in joins:
                # (not "Vanhoutte, Rouvière et Kratochvíl sacrés": three surnames alone in a
                # headline are the winners of three categories)
                named = any(m.kind == "NAME" for m, _ in members) or not _is_headline(sentence)
                if len(members) == 3 and (
                    (trios and named) or has_mechanic or sum(r is not None for r in roles) >= 2
                ):
                    groups.append(Group(members, True, sentence))
                else:
                    alone.extend(m for m, _ in members)
            elif joins == ["strong", "weak", "strong"] and not any(roles):
                # "Verbeek/Stăncescu en Lindqvist/El Haddouchi": two pairs joined by "and"
                groups.append(Group(members[:2], True, sentence))
                groups.append(Group(members[2:], True, sentence))
            elif joins == ["strong", "weak", "weak"] and not any(roles) and len(members) == 4:
                # "el croata Luka Radović con Matías Cárdenas (#2, …) y los argentinos Thiago
                # Bernasconi y Agustina Pereyra (#5, …)": a pair with "with", then another pair
                groups.append(Group(members[:2], True, sentence))
                groups.append(Group(members[2:], True, sentence))
            elif joins in (["weak", "strong", "weak"], ["weak", "strong", "strong"]) and not any(roles):
                # "el Rally4 fue para Antón Seoane y Diego Bouzas, con el portugués Gonçalo
                # Vasconcelos y Tiago Simões segundos", "ahead of A and B, with C third alongside
                # D": a pair, then "with" another pair
                groups.append(Group(members[:2], True, sentence))
                groups.append(Group(members[2:], True, sentence))
            elif (
                joins == ["strong", "weak"]
                and not any(roles)
                and any(it.kind in ("SLASH", "DASH") for it in items[chain[0][0] + 1 : chain[1][0]])
            ):
                # "Solbakken/Østergaard und Zieliński": a pair, and another crew after "and"
                groups.append(Group(members[:2], True, sentence))
                alone.append(members[2][0])
            elif (
                len(members) == 3
                and joins[0] == "weak"
                and (members[0][0].kind == "WORD" or normalise_name(members[0][0].text) in partials)
                and (joins[1] == "strong" or roles[2] is not None)
            ):
                # "por detrás de Villalobos y del portugués Duarte Meireles, navegado por Inês
                # Carvalhal": the surname of a crew told before, then another crew and its role
                # ("à frente de Sotomaior Brandão e do húngaro Kristóf Halmágyi, que, com o
                # navegador Zsombor Kertész": a double surname too)
                alone.append(members[0][0])
                groups.append(Group(members[1:], True, sentence))
            elif len(members) <= 3:
                strong = "strong" in joins or sum(r is not None for r in roles[1:]) >= 1
                groups.append(Group(members, strong, sentence))
            elif "strong" in joins[:2] and sum(r is not None for r in roles[:3]) >= 2:
                # "driver A, with navigator B and mechanic C, …, D": the crew, then the rest
                groups.append(Group(members[:3], True, sentence))
                alone.extend(m for m, _ in members[3:])
            else:
                alone.extend(m for m, _ in members)
        chain.clear()

    previous: int | None = None
    for k in name_indexes:
        role = _role_before(items, k, rules) or _role_after(items, k)
        if previous is not None:
            between = items[previous + 1 : k]
            if line is not None:
                between = between[_home_town_aside(between, line, rules, origins) :]
            connection = _connection(between, _role_right_after(items, k))
            if connection is None and not between and line is not None:
                connection = _cells_side_by_side(line, items[previous], items[k])
            if connection is None and role == "driver" and _navigates_for(items, previous, between, rules):
                # "la navegante X, que guía al piloto Y", "X, copilote du pilote Y"
                connection = "strong", role
            if connection is None and line is not None and _aged_apposition(between, line, rules):
                connection = "weak", role  # "Luís Carriço, 44 anos, comerciante …, e André Pimenta"
            if (
                connection is not None
                and items[previous].kind == items[k].kind == "WORD"
                and [it.text for it in between] in (["–"], ["—"])
            ):
                # "Zweiter Triumph für Hubálek – Wróbel dominiert …": two surnames on either side
                # of a dash are two clauses' subjects ("Lo Presti – Carollo" in a list names both)
                connection = None
            if (
                connection is not None
                and connection[0] == "list"
                and role is None
                and connection[1] is None
                and any(how in ("weak", "strong") for _, _, how in chain[1:])
            ):
                connection = None  # "A et B (Citroën), tandis que le Français C": a pair, then another
            if (
                connection is not None
                and items[previous].kind == "WORD"
                and previous > 0
                and items[previous - 1].kind in ("MARGIN", "GAP")
                and [it.kind for it in between[:2]] == ["CONJ", "WITH"]
            ):
                # "Lorenzoni, arrivato con due punti di vantaggio su Fabbrini e affiancato da
                # Scarpellini": the rival a margin is over is no partner of the one named next
                connection = None
            if (
                connection is not None
                and any(it.kind == "RELATIVE" for it in between)
                and [it.kind for it in items[k + 1 : k + 3]] in (["MARGIN", "DURATION"], ["GAP", "DURATION"])
            ):
                connection = None  # "said Al-Harbi, who now trails Holmqvist by 6' 31''": a rival
            if connection is not None and [it.kind for it in between] == ["OPEN", "CLASS", "CLOSE", "COMMA"]:
                # "Stage wins for Tiago Caldeira (bikes), Faisal Al-Harbi and …": the category in
                # brackets closes a crew
                connection = None
            if connection is not None and role is None and _each_with_its_car(items, previous, k):
                connection = None  # "devant A (Hyundai i20 N Rally1) et B (Toyota)": two crews
            if connection is not None and not _next_crew_after_comma(items[previous + 1 : k], chain, role):
                how, joined_role = connection
                chain.append((k, role or joined_role, how))
                previous = k
                continue
            close_chain()
        chain.append((k, role, "start"))
        previous = k
    close_chain()
    return groups, alone


def _home_town_aside(between: list[Item], line: Line, rules: Rules, origins: frozenset[int]) -> int:
    """How many items of `between` a home town set off by commas takes: "Simone Bonomi, di Ponte
    in Valtellina, affiancato da Elisa Tarabini", "X, de Flores da Cunha, e o navegador Y"; 0 if
    `between` opens on no such aside."""
    if len(between) < 3 or between[0].kind != "COMMA":
        return 0
    close = next((n for n in range(1, len(between)) if between[n].kind == "COMMA"), None)
    if close is None or close == 1 or close + 1 == len(between):
        return 0
    inside = between[1:close]
    if not all(it.kind == "WORD" or id(it) in origins for it in inside):
        return 0
    opening = line.raw[between[0].end - line.start : inside[0].start - line.start].strip().lower()
    return close + 1 if opening in rules.genitives else 0


_NAVIGATOR_ASIDE = frozenset(
    {"COMMA", "RELATIVE", "ROLE", "DEMONYM", "DESCRIPTOR", "POSSESSIVE", "WORD", "AFTER", "YEAR"}
)


def _navigates_for(items: list[Item], first: int, between: list[Item], rules: Rules) -> bool:
    """A co-driver, then an aside that closes on the role of a driver ("Portuguese navigator X, who
    reads the roadbook for Norwegian driver Y", "La navegante X, que guía desde 2025 al piloto
    polaco Y", "X, copiloto del piloto Y"): the driver the co-driver navigates for."""
    kinds = [it.kind for it in between]
    if not kinds or kinds[0] != "COMMA" or len(kinds) > 8 or not set(kinds) <= _NAVIGATOR_ASIDE:
        return False
    roles = [it.value for it in between if it.kind == "ROLE"]
    if not roles or roles[-1] != "driver":
        return False
    navigator = _role_before(items, first, rules) == "co-driver" or roles[0] == "co-driver"
    return navigator and ("RELATIVE" in kinds or roles[:2] == ["co-driver", "driver"])


def _aged_apposition(between: list[Item], line: Line, rules: Rules) -> bool:
    """A local paper's aside between two names of a crew: an age, then perhaps a trade, then
    "and" ("Luís Carriço, 44 anos, comerciante de materiais de construção, e André Pimenta", "Conor
    Devlin, 26, and Gráinne McAleer")."""
    kinds = [it.kind for it in between]
    if (
        len(kinds) < 4
        or len(kinds) > 8
        or kinds[:2] != ["COMMA", "NUMBER"]
        or kinds[-2:] != ["COMMA", "CONJ"]
    ):
        return False
    age = between[1]
    if not 16 <= age.value <= 90 or not set(kinds) <= {"COMMA", "NUMBER", "CONJ", "WORD"}:
        return False
    after = line.lowers[age.j] if age.j < len(line.lowers) else ""
    return after in rules.counted_nouns or kinds[2] == "COMMA"


def _cells_side_by_side(line: Line, first: Item, second: Item) -> tuple[str, None] | None:
    """ "#3 | Patrick Engelhardt | Tobias Lenz | Škoda Fabia | …": two names filling two cells
    side by side in a row of cells are a driver and a co-driver."""
    raw, offset = line.raw, line.start
    if not _CELL_BAR.fullmatch(raw, first.end - offset, second.start - offset):
        return None
    before = raw[: first.start - offset].rstrip()
    after = raw[second.end - offset :].lstrip()
    if (before and not before.endswith("|")) or (after and not after.startswith("|")):
        return None
    return "strong", None


_CELL_BAR = re.compile(r"\s*\|\s*")
_BEFORE_A_NAME = frozenset({"DEMONYM", "DESCRIPTOR"})
_COUNTRY_CODE_LENGTH = 3  # "(FIN)", "(BEL)": a nationality in brackets, not a car


def _is_headline(sentence: Sentence) -> bool:
    """A sentence among the first lines of a release: its kicker, headline and sub-headline."""
    return sentence.line <= _HEADLINE_LINES


_HEADLINE_LINES = 4  # the lines a release opens with: kicker, headline, sub-headline


def _each_with_its_car(items: list[Item], first: int, second: int) -> bool:
    """ "A (Hyundai) and B (Toyota)": each name has a bracket of its own right after it, longer
    than a country code, so each has its own car. ("A (FIN) and B (FIN)" is still a crew.)"""
    between = items[first + 1 : second]
    after = items[second + 1 : second + 2]
    kinds = [it.kind for it in between]
    # ("A (Rally4) e B (Rally3)": what the brackets hold, a class too, is theirs)
    shut = kinds.index("CLOSE") if kinds[:1] == ["OPEN"] and "CLOSE" in kinds else -1
    # (" … et le Belge B (Toyota)": a demonym may stand before the second name)
    if (
        shut < 1
        or kinds[shut + 1 : shut + 2] != ["CONJ"]
        or any(kind not in _BEFORE_A_NAME for kind in kinds[shut + 2 :])
    ):
        return False
    if not after or after[0].kind != "OPEN":
        return False
    closing = next((k for k in range(second + 2, len(items)) if items[k].kind == "CLOSE"), None)
    if closing is None:
        return False

    def own(opening: int, shut: int) -> bool:
        """The bracket holds more than a country code, or a class ("(SSV)")."""
        return items[shut].start - items[opening].end > _COUNTRY_CODE_LENGTH or any(
            it.kind == "CLASS" for it in items[opening + 1 : shut]
        )

    return own(first + 1, first + 1 + shut) and own(second + 1, closing)


def _next_crew_after_comma(
    between: list[Item], chain: list[tuple[int, str | None, str]], role: str | None
) -> bool:
    """ "A and his co-driver B lead the programme, with C alongside navigator D": once a chain
    holds a co-driver, a name after ", with" and no role of its own starts the next crew."""
    kinds = [b.kind for b in between]
    return (
        role is None
        and kinds[:1] == ["COMMA"]
        and "WITH" in kinds
        and "ROLE" not in kinds
        and any(r == "co-driver" for _, r, _ in chain)
    )


def _mark_distributive(group: Group, solo_release: bool) -> None:
    """ "A and B finished second and fourth": two crews, not one."""
    if group.strong:
        return
    if solo_release:
        group.distributive = True
        return
    items = group.sentence.items
    last_member = group.members[-1][0]
    after = [it for it in items if it.start >= last_member.end]
    if (
        after
        and after[0].kind == "OPEN"
        and not any(
            it.kind == "OPEN" and member.end <= it.start < group.members[-1][0].start
            for member, _ in group.members[:-1]
            for it in items
        )
    ):
        # "Élodie Vacheresse et Ambre Gidrol (Renault Clio Rally5) se classent deuxièmes, 24es au
        # général": one car in brackets after both names, one crew in its two classifications
        return
    # "finished second and fourth": places side by side, not "won … and finished 18th overall"
    # ("completaron el podio en tercera posición": one place told twice, no second crew)
    run: set[object] = set()
    previous_end = None
    for it in after:
        if it.kind == "POS" and (previous_end is None or it.i - previous_end <= 2):
            run.add(it.value)
            previous_end = it.j
        elif it.kind in ("CONJ", "COMMA") and run:
            continue
        elif run:
            break
    if len(run) >= 2:
        group.distributive = True


def _labels_the_words_after(item: Item, line: Line) -> bool:
    """The name is the whole of the attribution before a colon ("**Szőllősi:** …")."""
    if line.attribution is None or not line.attribution[0] <= item.start < line.attribution[1]:
        return False
    rest = line.raw[item.end - line.start : line.attribution[1] - line.start]
    return not rest.strip(" *_:")


def _brands(lines: list[Line], rules: Rules) -> set[str]:
    """The brands of the companies a release names by brand and trade ("Corvane Tyres", "Olimpo
    Lubrificanti S.p.A."): a name that opens with one is a product ("Corvane Dunemaster"), no person."""
    found: set[str] = set()
    for line in lines:
        texts, lowers = line.texts, line.lowers
        if rules.company_words.isdisjoint(lowers):
            continue
        for k in range(1, len(texts)):
            if (
                lowers[k] in rules.company_words
                and texts[k][:1].isupper()
                and texts[k - 1][:1].isupper()
                and texts[k - 1].isalpha()
                and (k < 2 or not texts[k - 2][:1].isupper())
            ):
                found.add(normalise_name(texts[k - 1]))
    return found


def _first_names_only(group: Group, members: list[Person]) -> bool:
    """Every name of the group is a first name alone, standing for a full name told elsewhere."""
    return all(
        item.kind == "WORD" and normalise_name(member.name).startswith(normalise_name(item.text) + " ")
        for member, (item, _) in zip(members, group.members, strict=True)
    )


def _thanks(sentence: Sentence) -> bool:
    """ "Thank you to Moravia Logistics, Hrdina Pneu and Beskydy Brewery", "Gracias a nuestros
    patrocinadores, …": a sentence of thanks that tells no result names partners and staff, no crew
    ("thanks to their win on SS5" tells one, "thanks to my co-driver X" names a crew member; "grazie ai
    nostri meccanici Thomas e Manuel" names the workshop's)."""
    kinds = {it.kind for it in sentence.items if not (it.kind == "ROLE" and it.value == "mechanic")}
    return "THANKS" in kinds and not kinds & {"POS", "WIN", "RETIRE", "ROLE"}


# How far after a lone name its motorcycle's make may stand ("Facundo Ibáñez, number 63, rides a
# KTM 450 Rally Replica"), in tokens
_BIKE_REACH = 10


def build_crews(
    lines: list[Line],
    rules: Rules,
    publisher: str | None = None,
    narrator: Evidence | None = None,
) -> CrewBook:
    """Crews in order of first mention, with every mention as evidence. The `publisher`'s name
    ("repasa con Curva Ciega": the magazine's) is no person; the `narrator`'s (where the text
    names the author of a first-person release) competes, with "my co-driver" beside them."""
    publisher_words = set(normalise_name(publisher).split()) if publisher else set()
    brands = _brands(lines, rules)
    officials: set[str] = set()
    strong: list[Group] = []
    weak: list[Group] = []
    alone: list[tuple[Item, Sentence, Line]] = []
    all_names: list[tuple[Item, Sentence, Line]] = []
    role_counts: dict[str, int] = {}

    partials = _partial_names(lines)
    # (how many names of the release hold each word: a stage's name is told once, a surname after
    # an initial is told in full or not at all)
    name_words = Counter(
        word
        for line in lines
        for it in line.all_items()
        if it.kind == "NAME"
        for word in set(normalise_name(it.text).split())
    )
    _read_initialled_names(lines, name_words)
    # In a truck release, "A, B and C" is a crew of three. (A mechanic in a release of bikes
    # or quads is no third member: "Original by Motul, … ohne Mechaniker unterwegs".)
    solo_classes = {str(c) for c in rules.lexicon.base.get("solo_classes", [])}
    told = [it for line in lines for sentence in line.sentences for it in sentence.items]
    trios = any(it.kind == "CLASS" and it.value == "Trucks" for it in told) or (
        any(it.kind == "ROLE" and it.value == "mechanic" for it in told)
        and not any(it.kind == "CLASS" and it.value in solo_classes for it in told)
    )
    # (a row's co-driver on the line below it joins the row's driver: "Rhodri PRYCE-EVANS" over
    # "Cerys LLEWELYN")
    pairs = {id(line.crew_over_two_lines[1]) for line in lines if line.crew_over_two_lines is not None}
    previous_person: Item | None = None
    previous_alone = False
    for line in lines:
        for sentence in line.sentences:
            excluded: set[int] = set()
            origins: set[int] = set()
            thanking = _thanks(sentence)
            for k, item in enumerate(sentence.items):
                if item.kind == "ROLE":
                    role_counts[item.value] = role_counts.get(item.value, 0) + 1
                if item.kind in ("NAME", "WORD") and _names_an_origin(sentence.items, k, line, rules):
                    excluded.add(id(item))  # "El de Melide y su copiloto, X": a home town, no person
                    origins.add(id(item))
                if item.kind != "NAME":
                    continue
                all_names.append((item, sentence, line))
                if (
                    thanking
                    or id(item) in pairs
                    or (publisher_words and set(normalise_name(item.text).split()) <= publisher_words)
                    or normalise_name(item.text).split()[0] in brands
                ):
                    excluded.add(id(item))
                elif _labels_the_words_after(item, line):
                    # (a speaker's label, no title after it: "**Håvard Bjørnstad:** The clerk of the
                    # course, Zbigniew Kurek, …")
                    excluded.add(id(item))
                elif is_official(sentence, k):
                    officials.add(normalise_name(item.text))
                    excluded.add(id(item))
                elif names_a_stage(sentence.items, k) and all(
                    name_words[word] == 1 for word in normalise_name(item.text).split()
                ):
                    excluded.add(id(item))  # "na PE3, Terra Brava, com 8m11,9s": the stage's name
                elif line.attribution and line.attribution[0] <= item.start < line.attribution[1]:
                    excluded.add(id(item))
                elif _in_a_credit(item, line, rules.credit):
                    excluded.add(id(item))  # "Photo: Delaney Korhonen / Ozark Lens": the photographer
            groups, single = _groups(sentence, rules, excluded, partials, trios, line, frozenset(origins))
            driver, co_driver = line.crew_over_two_lines or (None, None)
            if co_driver is not None and any(it is driver for it in single):
                groups.append(Group([(driver, "driver"), (co_driver, "co-driver")], True, sentence))
                single = [it for it in single if it is not driver]
            groups, single = _pair_with_subject(
                sentence, groups, single, previous_person, previous_alone, frozenset(origins)
            )
            names_here = [
                it
                for it in sentence.items
                if it.kind == "NAME"
                and id(it) not in excluded
                and not it.quote
                and not _after_place_preposition(it, line, rules)  # "door de Erg Chebbi": a place
            ]
            if names_here:
                previous_person = names_here[0]
                previous_alone = len(names_here) == 1
            for group in groups:
                (strong if group.strong else weak).append(group)
            alone.extend((item, sentence, line) for item in single)

    crewed_classes = {str(c) for c in rules.lexicon.base.get("crewed_classes", [])}
    named_classes = {
        it.value
        for line in lines
        for sentence in line.sentences
        for it in sentence.items
        if it.kind == "CLASS"
    }
    bikes = bool(named_classes & solo_classes)
    # ("MOTOS – X s'impose … AUTOS – A et B remportent": a release of several categories has crews)
    solo_release = (
        (role_counts.get("rider", 0) > 0 or bikes)
        and role_counts.get("co-driver", 0) == 0
        and not named_classes & crewed_classes
    )
    persons: dict[str, Person] = {}

    def person(item: Item, role: str | None) -> Person:
        name = partials.get(normalise_name(item.text), item.text) if item.kind == "WORD" else item.text
        key = normalise_name(name)
        found = persons.get(key) or _same_person(key, persons)
        if found is None:
            found = persons[key] = Person(key=key, name=name, role=role)
        else:
            persons[key] = found
            if len(key.split()) > len(found.name.split()):
                found.name = name  # "Henrique Brandão" … "Henrique Sottomayor Brandão"
            if role and not found.role:
                found.role = role
        return found

    crew_members: dict[str, list[Person]] = {}
    provisional: set[str] = set()
    counter = 0

    def new_crew(members: list[Person], sure: bool = True) -> None:
        nonlocal counter
        counter += 1
        crew_id = f"tmp-{counter}"
        crew_members[crew_id] = members
        if not sure:
            provisional.add(crew_id)
        for member in members:
            member.crew = crew_id

    # (the headline's pairs last: "Ihre Fragen zur Central European Rally – Brüggemann / Hradil"
    # names the team's two drivers, each of whom the body pairs with a co-driver; a headline's
    # true crew is named together in the body too, or is still made after the body's crews)
    headline = lines[0].sentences if lines else []
    strong.sort(key=lambda group: any(group.sentence is sentence for sentence in headline))
    for group in strong:
        members = [person(item, role) for item, role in group.members]
        if any(normalise_name(m.name) in officials for m in members):
            continue
        placed = [m for m in members if m.crew]
        if not placed:
            new_crew(members)
        elif len({m.crew for m in placed}) == 1:
            crew_id = placed[0].crew
            assert crew_id is not None
            # a driver and co-driver are a whole crew outside a truck release ("een duel tussen
            # Verstraeten en Deprez, die met Jacquemin …": the rival is no third member)
            room = 3 if trios else 2
            # ("Inès gave us the headline, Callum and Jakub the data": first names alone join no
            # crew; their full names were told with their own crews)
            first_names_only = _first_names_only(group, members)
            for member in members:
                if first_names_only and not member.crew:
                    continue
                if not member.crew and len(crew_members[crew_id]) < room:
                    member.crew = crew_id
                    crew_members[crew_id].append(member)
            leftover = [m for m in members if not m.crew]
            if len(leftover) >= 2:
                new_crew(leftover)  # the rival and the co-driver named with him

    for group in weak:
        _mark_distributive(group, solo_release)
        has_context = (
            any(it.kind in _CREW_CONTEXT for it in group.sentence.items)
            or _names_vehicle_or_event(group.sentence, _line_of(lines, group.sentence), rules)
            or _told_of_next(group.sentence, _line_of(lines, group.sentence))
        ) and not any(item.quote for item, _ in group.members)
        members = [person(item, role) for item, role in group.members]
        if group.distributive or not has_context:
            alone.extend((item, group.sentence, _line_of(lines, group.sentence)) for item, _ in group.members)
            continue
        if (
            any(m.crew for m in members)
            or any(m.key in officials for m in members)
            # ("onde Vojtěch e Radek vão lutar por pontos": in a release of bikes or quads, two
            # riders told with their full names before, each alone; their first names joined by
            # "and" make no new crew)
            or (bikes and _first_names_only(group, members))
        ):
            alone.extend((item, group.sentence, _line_of(lines, group.sentence)) for item, _ in group.members)
            continue
        new_crew(members)

    narrating: Person | None = None
    if narrator is not None and lines and lines[0].sentences:
        narrator_item = next((it for it, _, _ in all_names if it.start == narrator.start), None)
        if narrator_item is None:
            # ("Door Nathan Peeters · maandag 4 mei 2026": a byline read as a dateline, no mention)
            narrator_item = Item("NAME", narrator.start, narrator.end, -1, -1, narrator.text, narrator.text)
            all_names.insert(0, (narrator_item, lines[0].sentences[0], lines[0]))
        narrating = person(narrator_item, None)
        partner_item = (
            _narrator_partner(lines)
            or _partner_after_role(lines, narrator_item)
            or _partner_beside(lines, narrator_item)
        )
        partner = person(partner_item, "co-driver") if partner_item is not None else None
        if partner is not None and partner.crew and crew_members[partner.crew] == [partner]:
            del crew_members[partner.crew]  # "meine Beifahrerin Anna und ich": not alone after all
            partner.crew = None
        if partner is not None and partner.crew:
            partner = None
        if partner is not None and narrating.crew is not None and partner not in crew_members[narrating.crew]:
            # ("Fotos: Miguel Sarmento / Bettencourt Motorsport": the author's name in a credit
            # made a pair; "my co-driver" says who rides with them)
            for member in crew_members.pop(narrating.crew):
                member.crew = None
        if narrating.crew is None:
            # (a columnist writing of others' rally is no crew: the narrator's own crew stands
            # where a result places it, or where a co-driver rides with them)
            new_crew([narrating, partner] if partner else [narrating], sure=partner is not None)
        elif partner is not None and len(crew_members[narrating.crew]) < 2:
            partner.crew = narrating.crew
            crew_members[narrating.crew].append(partner)

    untold: dict[str, Item] = {}  # names that passed every check but were told with no result
    told_next = _results_told_by_pronoun(lines)
    for item, sentence, line in alone:
        if item.kind == "WORD":
            continue  # a surname alone names a crew introduced elsewhere, never a new one
        key = normalise_name(item.text)
        if key in officials:
            continue
        existing = persons.get(key)
        if existing and existing.crew:
            continue
        if _resolves_to_known(key, persons):
            continue
        if _after_place_preposition(item, line, rules):
            continue  # "in Madinat Zayed", "near Al Ula": a place
        if _names_a_stage_or_origin(sentence.items, item, line, rules):
            continue  # "a PE1 Palheiro Ferreiro": the stage's name
        if item.text[:1].islower():
            continue  # "rutschten von der Straße": a particle first is a surname or a phrase, no new person
        if line is lines[0] and line.table_position is None:
            continue  # a headline's capitalised words are too often not a person
        if line.table_position is not None and _in_brackets(sentence.items, item):
            continue  # "1. Joaquín Etchegaray (Pampa Off Road) KTM 450": the team, in a results row
        role = _role_before(sentence.items, sentence.items.index(item), rules)
        sure = (
            line.table_position is not None
            or role in ("driver", "rider")
            or any(it.kind in ("RETIRE", "PENALTY") for it in sentence.items)
            # "Op de motor debuteert de 23-jarige Rutger Baas": one name on a bike is a rider
            or (
                sum(it.kind == "NAME" for it in sentence.items) == 1
                and any(it.kind == "CLASS" and it.value in solo_classes for it in sentence.items)
                and not item.quote
            )
            # ("correrà Samuele Dal Bosco … con una KTM 450 Rally Replica": one name beside a
            # motorcycle's make)
            or (
                sum(it.kind == "NAME" for it in sentence.items) == 1
                and not item.quote
                and not rules.bike_makes.isdisjoint(line.lowers[item.j : item.j + _BIKE_REACH])
            )
        )
        context = (
            sure
            or _tells_a_result(sentence)
            # ("X hat das beste Ergebnis seiner Karriere eingefahren. Der 29-Jährige beendete die
            # Rallye als Dritter": the one name before a result told of "he" is a competitor)
            or (
                id(sentence) in told_next
                and not item.quote
                and sum(it.kind == "NAME" for it in sentence.items) == 1
            )
        )
        if not context:
            if _told_as_competitor(sentence, line, rules):
                untold.setdefault(key, item)
            continue
        if narrating is not None and not sure and _narrator_speaks(sentence):
            continue  # ("Na PE2, em Sete Cidades, fomos terceiros": in a blog "we" placed, not the name)
        new_crew([person(item, role)], sure=sure)
    for item, sentence, line in alone:
        if item.kind == "WORD" and not _in_quoted_title(item, line):
            _crew_of_full_name(item, sentence, partials, untold, persons, person, new_crew)
    if narrating is not None and narrating.crew and len(crew_members[narrating.crew]) == 1:
        # "c'est Geneviève Ouellet-Brassard qui lit les notes à ma droite", "met naast mij Yentl
        # Van Hoof": no role word, but the one a blog keeps naming who races with no one else
        # (a name told alone beside a result stays a rival: only a provisional crew of one yields)
        paired = {
            m.key
            for crew_id, members in crew_members.items()
            if len(members) > 1 or crew_id not in provisional
            for m in members
        }
        told = _most_told_without_crew(lines, all_names, persons, officials, rules, paired | {narrating.key})
        if told is not None:
            beside = person(told, "co-driver")
            if beside.crew is not None:
                del crew_members[beside.crew]  # named alone beside a stage: no crew of their own
            beside.crew = narrating.crew
            crew_members[narrating.crew].append(beside)

    book, renamed = _finalise(crew_members, persons, officials, all_names, solo_release)
    book.provisional = {renamed[old] for old in provisional if old in renamed}
    book.narrator = narrating.crew if narrating is not None else None  # (renamed by _finalise)
    return book


def _in_a_credit(item: Item, line: Line, credit: re.Pattern[str]) -> bool:
    """The name follows a credit's label ("Photo: Delaney Korhonen / Ozark Lens", "(Quelle: A /
    B)"), with nothing but other names between."""
    before = line.raw[: item.start - line.start]
    colon = before.rfind(":")
    # (only the words right before the last colon can be the label: no search through the line)
    return colon >= 0 and credit.search(before[max(0, colon - 30) :]) is not None


def _most_told_without_crew(
    lines: list[Line],
    names: list[tuple[Item, Sentence, Line]],
    persons: dict[str, Person],
    officials: set[str],
    rules: Rules,
    paired: set[str],
) -> Item | None:
    """The full name told most often (twice at least, counting its first name or surname alone)
    whose person races in no crew (`paired`: the narrator's and every crew's but a provisional
    one of one), is told beside no place, win or time, holds no office and names no stage or
    place."""
    candidates: dict[str, Item] = {}
    placed: set[str] = set()
    for item, sentence, line in names:
        key = normalise_name(item.text)
        known = persons.get(key) or _same_person(key, persons)
        if (
            len(key.split()) >= 2
            and item.i >= 0  # (not the narrator's byline read as a dateline)
            and not item.quote
            and key not in officials
            and not (known and known.key in paired)
            and not _after_place_preposition(item, line, rules)
            and not _names_a_stage_or_origin(sentence.items, item, line, rules)
        ):
            candidates.setdefault(key, item)
        if any(it.kind in ("POS", "WIN", "DURATION") for it in sentence.items):
            placed.add(key)  # a rival told with a place or a time, not the one beside the narrator
    candidates = {key: item for key, item in candidates.items() if key not in placed}
    if not candidates:
        return None
    words = {key: set(key.split()) for key in candidates}
    counts = dict.fromkeys(candidates, 0)
    for line in lines:
        for sentence in line.sentences:
            for item in sentence.items:
                if item.kind not in ("NAME", "WORD") or item.quote:
                    continue
                key = normalise_name(item.text)
                owners = [c for c in candidates if key == c or key in words[c]]
                if len(owners) == 1:
                    counts[owners[0]] += 1
    best = max(counts, key=lambda c: counts[c])
    tied = sum(1 for c in counts if counts[c] == counts[best])
    return candidates[best] if counts[best] >= 2 and tied == 1 else None


def _narrator_speaks(sentence: Sentence) -> bool:
    """ "fomos terceiros", "our times": the narrator speaks in the sentence."""
    return any(
        it.kind == "NARRATOR" or (it.kind == "POSSESSIVE" and it.value == "narrator") for it in sentence.items
    )


def _narrator_partner(lines: list[Line]) -> Item | None:
    """ "My co-driver Anna Kowalczyk", "Mi copilota, Ainhoa …", "a minha navegadora é a Tainá …":
    the name after the narrator's possessive and a co-driver's role."""
    for line in lines:
        for sentence in line.sentences:
            # (", a Ana Sofia Furtado": an article after the comma is read as a gap word)
            items = [it for it in sentence.items if it.kind not in ("DEMONYM", "COMMA", "GAP")]
            for k in range(len(items) - 2):
                mine, role, name = items[k : k + 3]
                if not (
                    mine.kind == "POSSESSIVE"
                    and mine.value == "narrator"
                    and role.kind == "ROLE"
                    and role.value == "co-driver"
                ):
                    continue
                following = items[k + 3] if k + 3 < len(items) else None
                if (
                    name.kind == "WORD"
                    and following is not None
                    and following.kind == "NAME"
                    and following.i == name.j
                    and following.start == name.end + 1
                ):
                    # ("é a Tainá Ribeiro Scholz": a first name read apart after its article)
                    text = f"{name.text} {following.text}"
                    return Item("NAME", name.start, following.end, name.i, following.j, text, text)
                if name.kind == "NAME":
                    return name
    return None


def _partner_after_role(lines: list[Line], named: Item) -> Item | None:
    """ "… Riccardo Bassanelli. Il pilota bresciano, affiancato dal navigatore Davide Ghirardelli,
    …": the co-driver named in the sentence that opens on the narrator's role, right after the
    sentence naming them."""
    sentences = [sentence for line in lines for sentence in line.sentences]
    for before, after in zip(sentences, sentences[1:], strict=False):
        if not any(it.kind == "NAME" and it.text == named.text for it in before.items):
            continue
        items = [it for it in after.items if it.kind not in ("COMMA", "DEMONYM")]
        if not items or items[0].kind != "ROLE" or items[0].value != "driver":
            continue
        for k in range(1, len(items) - 2):
            if items[k].kind in ("NAME", "WORD"):
                break
            if items[k].kind == "WITH" and items[k + 1].kind == "ROLE" and items[k + 1].value == "co-driver":
                if items[k + 2].kind == "NAME":
                    return items[k + 2]
                break
    return None


def _partner_beside(lines: list[Line], named: Item) -> Item | None:
    """ "Startnummer 27, Matthias Pöltl und Verena Haslinger, Peugeot 208 Rally4": the one name
    joined to the narrator's own mention by "and" (not a list of three)."""
    for line in lines:
        for sentence in line.sentences:
            items = sentence.items
            for k, item in enumerate(items[:-2]):
                if item.start != named.start or item.kind != "NAME":
                    continue
                joined, partner = items[k + 1], items[k + 2]
                after = items[k + 3] if k + 3 < len(items) else None
                if (
                    joined.kind == "CONJ"
                    and partner.kind == "NAME"
                    and (after is None or after.kind != "CONJ")
                ):
                    return partner
                return None
    return None


def _results_told_by_pronoun(lines: list[Line]) -> set[int]:
    """The sentences (by id) right before a sentence that opens on "he", "the Czech" or "the
    29-year-old" and tells a result."""
    sentences = [sentence for line in lines for sentence in line.sentences]
    return {
        id(before)
        for before, after in zip(sentences, sentences[1:], strict=False)
        if any(it.kind in ("PRONOUN", "DESCRIPTOR") for it in after.items[:2])
        and not any(it.kind == "NAME" for it in after.items[:2])
        and _tells_a_result(after)
    }


def _tells_a_result(sentence: Sentence) -> bool:
    """A place, a win, a time, a stage, a retirement or a penalty: what makes a name a competitor."""
    return any(it.kind in _RESULT_CONTEXT - {"CLASS", "ROLE"} for it in sentence.items)


def _told_as_competitor(sentence: Sentence, line: Line, rules: Rules) -> bool:
    """A sentence that names a make or a start number tells of a competitor ("Noé Favre (SUI, 88)
    auf KTM 450 Rally Replica", "Seul sur sa KTM 450 Rally Replica n°58, Noé Larrieu")."""
    text = line.raw[sentence.start - line.start : sentence.end - line.start]
    return (
        bool(_sentence_words(sentence, line) & rules.make_words)
        or rules.start_number.search(text) is not None
    )


def _in_quoted_title(item: Item, line: Line) -> bool:
    """'la PS9 "Monte Lerno"': a word of a quoted run of capitalised words (a stage's name)."""
    texts, first, last = line.texts, item.i, item.j
    while first > 0 and texts[first - 1].istitle():
        first -= 1
    while last < len(texts) and texts[last].istitle():
        last += 1
    return quoted_title(texts, first, last)


def _crew_of_full_name(
    item: Item,
    sentence: Sentence,
    partials: dict[str, str],
    untold: dict[str, Item],
    persons: dict[str, Person],
    person: Callable[[Item, str | None], Person],
    new_crew: Callable[[list[Person], bool], None],
) -> None:
    """ "Mateja Kovačič, riding in the Rally2 category, …" told with no result, then "Kovačič was
    third": the surname's place makes the full name a (provisional) crew of its own."""
    full = partials.get(normalise_name(item.text))
    if full is None or not _tells_a_result(sentence):
        return
    key = normalise_name(full)
    named = untold.get(key)
    if named is None or _resolves_to_known(key, persons):
        return
    known = persons.get(key) or _same_person(key, persons)
    if known is not None and known.crew:
        return
    new_crew([person(named, None)], False)


def _same_person(key: str, persons: dict[str, Person]) -> Person | None:
    """A longer or shorter form of a name already met: same first and last word, one inside the
    other ("Gustavo Tavares" and "Gustavo Henrique Tavares")."""
    words = key.split()
    if len(words) < 2:
        return None

    def same(other: list[str]) -> bool:
        if len(other) < 2:
            return False
        shorter, longer = sorted((words, other), key=len)
        if other[0] != words[0]:
            # ("Castagnède / Ferreira Dias" after "Joaquim Ferreira Dias": the surnames alone)
            return len(longer) > len(shorter) and longer[-len(shorter) :] == shorter
        # same first and last word, one inside the other; or one a prefix of the other
        # ("Álvaro Quintanilla" … "Álvaro Quintanilla Ferrándiz")
        inside = shorter[-1] == longer[-1] and set(shorter) <= set(longer)
        return inside or longer[: len(shorter)] == shorter

    matches = {id(p): p for k, p in persons.items() if same(k.split())}
    return next(iter(matches.values())) if len(matches) == 1 else None


def _told_of_next(sentence: Sentence, line: Line) -> bool:
    """ "Minder goed verliep de dag voor A en B. Het duo … eindigde de etappe als zeventiende": the
    next sentence opens on them ("the duo", "they") and tells a result. Others may be named after
    the opening ("The Scottish crew won SS2, with X second on the stage")."""
    at = line.sentences.index(sentence)
    for later in line.sentences[at + 1 : at + 3]:
        following = [it for it in later.items if not it.quote]
        opening = next(
            (
                k
                for k, it in enumerate(following[:2])
                if it.kind in ("CREW_NOUN", "PRONOUN", "DESCRIPTOR", "DEMONYM")
            ),
            None,
        )
        if any(it.kind == "NAME" for it in following[: len(following) if opening is None else opening]):
            return False  # someone else is spoken of
        if opening is not None:
            return any(it.kind in _RESULT_CONTEXT - {"ROLE"} for it in following)
    return False


def _names_vehicle_or_event(sentence: Sentence, line: Line, rules: Rules) -> bool:
    """ "A and B will start the Desert Horizon Rally in a Toyota Hilux": competitors, results or not."""
    return bool(_sentence_words(sentence, line) & rules.vehicle_and_event_words)


def _sentence_words(sentence: Sentence, line: Line) -> set[str]:
    """The lower-cased tokens of one sentence of a line."""
    return {
        lower
        for lower, start in zip(line.lowers, line.starts, strict=True)
        if sentence.start <= line.start + start < sentence.end
    }


_DASHES = frozenset({"-", "–", "—"})
_DATELINE_BREAKS = _DASHES | {","}


def _opens_a_dateline(line: Line, at: int) -> bool:
    """ "– 23 de maio de 2026", ", le 2 février 2026": a break, then a date with its year."""
    assert line.doc is not None
    after = line.doc[at : at + 8]
    if (
        len(after) < 3
        or after[0].text not in _DATELINE_BREAKS
        or not (after[1].is_digit or after[2].is_digit)
    ):
        return False
    for token in after[1:]:
        if token.is_punct:
            return False
        if token.is_digit and len(token.text) == 4:
            return True
    return False


def _after_place_preposition(item: Item, line: Line, rules: Rules) -> bool:
    if line.doc is None:
        return False
    if item.i == 0:
        # "Castelo Branco – 23 de maio de 2026:", "HAIL, 9 de janeiro": a dateline's place
        return _opens_a_dateline(line, item.j)
    previous = line.doc[item.i - 1].lower_
    if item.i == 1 and previous == "(":
        # "(Lac Rose) – Après douze étapes", "(São Luís, MA) –": a dateline
        closing = next((t.i for t in line.doc[item.j : item.j + 4] if t.text == ")"), None)
        return closing is not None and closing + 1 < len(line.doc) and line.doc[closing + 1].text in _DASHES
    two_before = f"{line.doc[item.i - 2].lower_} {previous}" if item.i > 1 else previous
    if previous in rules.place_prepositions or two_before in rules.place_prepositions:
        # ("De zege ging naar Kris Verhulst": the preposition ends a win phrase, a person follows)
        return not any(it.kind == "WIN" and it.j == item.i for it in line.all_items())
    if (
        previous == ","
        and item.i > 1
        and (
            line.lowers[item.i - 2] in rules.stage_words
            or (
                any(it.kind == "STAGE_NO" and it.j == item.i - 1 for it in line.all_items())
                and item.j < len(line.texts)
                and (line.texts[item.j].isdigit() or line.texts[item.j] == "(")
            )
        )
    ):
        # "won the opening stage, Double Hill, and …", "el mejor tiempo en el TC8, Valverde del
        # Fresno 2, en 7' 12''4": the stage's name (after a stage's code, with its pass's number or
        # its length in brackets)
        return True
    if previous in rules.determiners and not rules.names_take_articles:
        return True  # "a rallié le Lac Rose": in French a person's name takes no article
    if previous in rules.conjunctions and any(
        w in rules.between_words for w in line.lowers[max(0, item.i - 5) : item.i - 2]
    ):
        return True  # "entre Kiffa et Ayoun el-Atrous": the second of two places
    # "O piloto de Ponte de Lima", "il pilota di Alba": a role and "of" before a name: his town;
    # "la pareja de Desierto Ibérico", "the trio of X": a crew noun and "of": its team
    # "o Rali de Castelo Branco": an event's place
    return (
        item.i > 1
        and previous in rules.genitives
        and (
            line.lowers[item.i - 2] in rules.role_of
            or line.lowers[item.i - 2] in rules.crew_nouns
            or line.lowers[item.i - 2] in rules.vehicle_and_event_words
        )
    )


def _names_a_stage_or_origin(items: list[Item], item: Item, line: Line, rules: Rules) -> bool:
    """A name right after a stage's number is that stage's ("a PE12 Paul da Serra"), as is one
    after a stage word and "of" ("a super especial da Avenida do Mar"); one after a person and
    "of" is where they come from ("O jovem de Viana do Castelo venceu")."""
    at = items.index(item)
    if at == 0:
        return False
    before = items[at - 1]
    joining = line.raw[before.end - line.start : item.start - line.start].strip().lower()
    if before.kind == "STAGE_NO" and joining in ("", "|"):
        # (also across the spaces of an aligned table, "KP10  Apeldoorn Stadsproef", and across
        # a cell's edge, "10 | Fuso de la Reina | Jordi Rossell Pujol | 8:14,3")
        return True
    opening = next((k for k in range(at - 1, -1, -1) if items[k].kind in ("OPEN", "CLOSE")), None)
    if (
        opening is not None
        and opening > 0
        and items[opening].kind == "OPEN"
        and items[opening - 1].kind == "STAGE_NO"
        and items[opening].i == items[opening - 1].j
    ):
        return True  # "Vainqueur de l'ES19 (Vrbovsko – Ravna Gora)": the stage's name in brackets
    return (before.kind == "STAGE" and joining in rules.genitives) or _names_an_origin(items, at, line, rules)


def _names_an_origin(items: list[Item], at: int, line: Line, rules: Rules) -> bool:
    """Where the person named before comes from, not a person, for the name at items[at]: after a
    pronoun, a descriptor or a role and "of" ("O jovem de Viana do Castelo", "La joven piloto de
    Manresa y su copiloto"), or after an article and "of" opening a clause ("El de Melide y su
    copiloto": the one from), or after a name and a comma ("Bruna Fontana Rech, de Bento
    Gonçalves, …")."""
    item = items[at]
    if at > 0:
        before = items[at - 1]
        joining = line.raw[before.end - line.start : item.start - line.start].strip().lower()
        if before.kind in ("PRONOUN", "DESCRIPTOR", "ROLE") and joining in rules.genitives:
            return True
        if (
            before.kind == "COMMA"
            and at >= 2
            and items[at - 2].kind == "NAME"
            and joining in rules.genitives
            and joining not in rules.relative_pronouns
        ):
            return True  # "Luana Schmitz Pereira e Bruna Fontana Rech, de Bento Gonçalves, venceram"
    lowers = line.lowers
    return (
        item.i >= 2
        and lowers[item.i - 1] in rules.genitives
        and lowers[item.i - 2] in rules.determiners
        and (item.i == 2 or line.sentence_starts[item.i - 2] or lowers[item.i - 3] in (",", ";"))
    )


def _in_brackets(items: list[Item], item: Item) -> bool:
    depth = 0
    for it in items:
        if it is item:
            return depth > 0
        if it.kind == "OPEN":
            depth += 1
        elif it.kind == "CLOSE":
            depth = max(0, depth - 1)
    return False


def _line_of(lines: list[Line], sentence: Sentence) -> Line:
    return next(line for line in lines if line.index == sentence.line)


def _resolves_to_known(key: str, persons: dict[str, Person]) -> bool:
    """A shorter form ("Peterhansel") of a person already in a crew."""
    words = set(key.split())
    return any(p.crew and words < set(p.key.split()) for p in persons.values())


def _finalise(
    crew_members: dict[str, list[Person]],
    persons: dict[str, Person],
    officials: set[str],
    all_names: list[tuple[Item, Sentence, Line]],
    solo_release: bool,
) -> tuple[CrewBook, dict[str, str]]:
    """Number crews by first mention, order members driver first, collect evidence."""
    first_seen: dict[str, int] = {}
    for item, _, _ in all_names:
        key = normalise_name(item.text)
        # ("el chileno Sebastián Quiroga Marín (KTM …)" told with no result, then "Sebastián
        # Quiroga, 3.º": the crew's member is the person of the fuller name)
        owner = persons.get(key)
        if owner is None:
            longer = _same_person(key, persons)
            # (only a name that goes on after the person's: not "Nachwuchstalent Elia Pedrazzini")
            owner = longer if longer is not None and key.startswith(longer.key + " ") else None
        if owner and owner.crew:
            first_seen.setdefault(owner.crew, item.start)
            owner.mentions.append(item)
            if len(item.text) > len(owner.name):
                owner.name = item.text
    ordered = sorted(crew_members, key=lambda c: first_seen.get(c, 1 << 30))
    renamed = {old: f"crew-{n}" for n, old in enumerate(ordered, start=1)}
    crews: list[Crew] = []
    for old in ordered:
        members = crew_members[old]
        for member in members:
            member.crew = renamed[old]
        roles = _assign_roles(members, solo_release)
        evidence = sorted({(m.start, m.end, m.text) for p in members for m in p.mentions}, key=lambda e: e[0])
        crews.append(
            Crew(
                id=renamed[old],
                members=[Member(name=p.name, role=role) for p, role in roles],
                evidence=[Evidence(*e) for e in evidence],
            )
        )
    return CrewBook(crews=crews, persons=persons, officials=officials), renamed


def _assign_roles(members: list[Person], solo_release: bool) -> list[tuple[Person, str]]:
    """Roles as written, else by position in the crew; driver (or rider) first."""
    if len(members) == 1:
        only = members[0]
        role = "rider" if solo_release else (only.role if only.role in ("driver", "rider") else "driver")
        return [(only, role)]
    defaults = ["driver", "co-driver", "mechanic"]
    assigned: list[tuple[Person, str]] = []
    taken = {m.role for m in members if m.role}
    for index, member in enumerate(members):
        role = member.role
        if role is None or (role == "rider" and len(members) > 1):
            role = next((d for d in defaults[index:] + defaults if d not in taken), "unknown")
            taken.add(role)
        assigned.append((member, role))
    order = {"driver": 0, "rider": 0, "co-driver": 1, "mechanic": 2, "unknown": 3}
    return sorted(assigned, key=lambda pair: order[pair[1]])


def keep_crews(book: CrewBook, used: set[str]) -> dict[str, str]:
    """Drop provisional solo crews that no result placed; renumber the rest by first mention.

    Returns the old → new id map so results can follow.
    """
    kept = [c for c in book.crews if c.id not in book.provisional or c.id in used]
    mapping = {crew.id: f"crew-{n}" for n, crew in enumerate(kept, start=1)}
    for crew in kept:
        crew.id = mapping[crew.id]
    dropped = {c.id for c in book.crews} - set(mapping)
    for person in book.persons.values():
        if person.crew in dropped:
            person.crew = None
        elif person.crew in mapping:
            person.crew = mapping[person.crew]
    book.crews = kept
    book.provisional = set()
    return mapping
