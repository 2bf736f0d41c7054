"""Link reports of one real incident across articles (``kg:LinkedIncident``).

Each article's attacks and displacements stay as that article reports them;
when several articles report the same real event (33 Turkish soldiers killed in
Idlib on 27 February 2020), one ``kg:LinkedIncident`` joins their reports with
``kg:claim``, so each keeps its own source and figures and a query can show
where the figures disagree.

Two reports are taken for the same event only on compatible evidence:

* they come from different articles and are of the same class;
* they count at least one casualty type in common, and for every type they
  share the counts are within a factor of :data:`MAX_RATIO` (figures may
  disagree, but 33 and 380,000 dead are not one event);
* they name the same place, and a common perpetrator, when both name one;
* their dates (the event's own ``dcterms:date``, else its article's) are at
  most :data:`MAX_DAYS` apart; when either has no date at all, both must name
  the same place *and* a common perpetrator.

Clusters are grown conservatively: a report joins a cluster only when it is
compatible with every member and its article is not there yet, so links never
chain A to C through B.  Reports are read in IRI order, so the clusters, their
IRIs (a hash of the sorted claim IRIs) and the export do not depend on the
order articles were built in.

The links are derived data: :func:`link_incidents` rewrites the whole graph
:data:`kg.iri.LINKED_GRAPH` from the article graphs on every call.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib.resources import files

from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.term import Node

from kg import iri
from kg.store import KGStore
from kg.vocab import KG

__all__ = ["MAX_DAYS", "MAX_RATIO", "Report", "cluster", "link_incidents"]

#: largest ratio between two counts of one casualty type in linked reports
MAX_RATIO = 3
#: most days between the dates of linked reports
MAX_DAYS = 1

# casualty types in the order labels give them
_TYPES = (KG.Killed, KG.Wounded, KG.Displaced)

Triple = tuple[Node, Node, Node]


@dataclass(frozen=True)
class Report:
    """One article's report of an incident, as far as linking needs it.

    Attributes:
        event: the incident IRI (an ``kg:Attack`` or ``kg:Displacement``).
        kind: its class IRI.
        article: the IRI of the article it was read from.
        dates: the event's own dates, else its article's; empty when neither
            is known.
        places: place IRIs.
        perpetrators: actor IRIs.
        counts: ``(casualty type IRI, count)`` pairs, sorted, one per type:
            the largest count of that type, as the ``kg:kills`` shortcut
            carries it.
    """

    event: str
    kind: str
    article: str
    dates: tuple[dt.date, ...] = ()
    places: frozenset[str] = frozenset()
    perpetrators: frozenset[str] = frozenset()
    counts: tuple[tuple[str, int], ...] = ()

    def count(self, kind: str) -> int | None:
        """The count of one casualty type, if the report gives one."""
        return dict(self.counts).get(kind)


def close(a: int, b: int) -> bool:
    """Whether two counts are within a factor of :data:`MAX_RATIO`.

    >>> close(33, 35), close(33, 99), close(33, 100), close(33, 380_000)
    (True, True, False, False)
    """
    low, high = sorted((a, b))
    return high <= MAX_RATIO * low


def compatible(a: Report, b: Report) -> bool:
    """Whether two reports can be of the same real incident (see the module doc).

    >>> killed = ((str(KG.Killed), 33),)
    >>> a = Report("e1", "Attack", "a1", (dt.date(2020, 2, 27),), counts=killed)
    >>> b = Report("e2", "Attack", "a2", (dt.date(2020, 2, 28),), counts=killed)
    >>> undated = Report("e3", "Attack", "a3", counts=killed)
    >>> compatible(a, b), compatible(a, undated)
    (True, False)
    """
    if a.article == b.article or a.kind != b.kind:
        return False
    counts = dict(b.counts)
    shared = [(n, counts[t]) for t, n in a.counts if t in counts]
    if not shared or not all(close(m, n) for m, n in shared):
        return False
    if a.places and b.places and not a.places & b.places:
        return False
    if a.perpetrators and b.perpetrators and not a.perpetrators & b.perpetrators:
        return False
    if a.dates and b.dates:
        return all(abs((x - y).days) <= MAX_DAYS for x in a.dates for y in b.dates)
    # undated: only the same place and the same perpetrator, both named, will do
    return bool(a.places & b.places and a.perpetrators & b.perpetrators)


def cluster(reports: Iterable[Report]) -> list[tuple[Report, ...]]:
    """Group reports of the same incident; only groups of two or more.

    Reports are taken in IRI order; each joins the first group whose every
    member it is :func:`compatible` with, else starts its own.

    Returns:
        The groups, each sorted by event IRI, in the order of their first member.
    """
    groups: list[list[Report]] = []
    for report in sorted(reports, key=lambda r: r.event):
        for group in groups:
            if all(compatible(report, member) for member in group):
                group.append(report)
                break
        else:
            groups.append([report])
    return [tuple(g) for g in groups if len(g) >= 2]


def incident_key(group: Sequence[Report]) -> str:
    """A stable key for a group: a hash of its sorted claim IRIs.

    >>> a, b = Report("a", "", ""), Report("b", "", "")
    >>> incident_key([b, a]) == incident_key([a, b]) != incident_key([a])
    True
    """
    text = "\n".join(sorted(r.event for r in group))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def label(group: Sequence[Report]) -> str:
    """A readable label: the range of each casualty type, and how many reports.

    >>> k = str(KG.Killed)
    >>> a = Report("a", "", "", counts=((k, 33),))
    >>> label([a, Report("b", "", "", counts=((k, 1200),))])
    'Killed: 33–1,200 (2 reports)'
    """
    parts = []
    for kind in _TYPES:
        values = [n for r in group if (n := r.count(str(kind))) is not None]
        if not values:
            continue
        low, high = min(values), max(values)
        figure = f"{low:,}" if low == high else f"{low:,}–{high:,}"
        parts.append(f"{kind.split('#')[-1]}: {figure}")
    return f"{'; '.join(parts)} ({len(group)} reports)"


def linked_triples(groups: Iterable[Sequence[Report]]) -> Iterator[Triple]:
    """The triples of :data:`kg.iri.LINKED_GRAPH` for some groups of reports."""
    for group in groups:
        node = iri.linked_incident_iri(incident_key(group))
        yield node, RDF.type, KG.LinkedIncident
        yield node, RDFS.label, Literal(label(group))
        for report in group:
            yield node, KG.claim, URIRef(report.event)


@dataclass
class _Seen:
    """What the rows of one incident say, gathered before it becomes a Report."""

    kind: str
    article: str
    dates: set[dt.date] = field(default_factory=set)
    published: set[dt.date] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    perpetrators: set[str] = field(default_factory=set)
    counts: dict[str, int] = field(default_factory=dict)

    def report(self, event: str) -> Report:
        return Report(
            event,
            self.kind,
            self.article,
            # the sentence's own date wins; the publication date stands in for it
            tuple(sorted(self.dates or self.published)),
            frozenset(self.places),
            frozenset(self.perpetrators),
            tuple(sorted(self.counts.items())),
        )


def read_reports(store: KGStore) -> list[Report]:
    """Every attack and displacement with a casualty count, sorted by IRI."""
    text = (files("kg") / "sparql" / "incident-reports.rq").read_text(encoding="utf-8")
    _, rows = store.query(text)
    seen: dict[str, _Seen] = {}
    for event, kind, article, date, published, place, perp, ctype, count in rows:
        r = seen.setdefault(str(event), _Seen(str(kind), str(article)))
        _add_date(r.dates, date)
        _add_date(r.published, published)
        if place is not None:
            r.places.add(str(place))
        if perp is not None:
            r.perpetrators.add(str(perp))
        if isinstance(count, int):
            r.counts[str(ctype)] = max(r.counts.get(str(ctype), count), count)
    return [r.report(event) for event, r in sorted(seen.items())]


def _add_date(dates: set[dt.date], value: object) -> None:
    """Add an ``xsd:date`` lexical value (``2020-02-27``, maybe with a zone)."""
    if value is None:
        return
    try:
        dates.add(dt.date.fromisoformat(str(value)[:10]))
    except ValueError:
        pass  # not a date the builder writes; leave the report undated


def link_incidents(store: KGStore) -> int:
    """Rewrite :data:`kg.iri.LINKED_GRAPH` from the incidents of every article.

    Args:
        store: the store to read incidents from and write the links to.

    Returns:
        The number of linked incidents (groups of two reports or more).
    """
    groups = cluster(read_reports(store))
    store.replace_graph(iri.LINKED_GRAPH, linked_triples(groups))
    return len(groups)
