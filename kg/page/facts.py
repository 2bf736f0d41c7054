"""The page's facts: what every piece of evidence on the page refers to.

:func:`read_page_facts` reads what :func:`kg.analytics.read_facts` reads
(calls, condemnations, attacks, displacements, support, affiliations) and
adds what only the page draws, with the queries in ``kg/page/sparql/``:
agreements, meetings, threats and territorial changes, who published each
article (``dcterms:publisher``) and which sources a sentence credits with a
fact (``kg:reportedBy``).

:func:`fact_table` turns them into the page's fact table: one row per event,
affiliation or bare shortcut triple, which every node and edge points to by
index.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from importlib.resources import files
from types import MappingProxyType
from typing import Any

import networkx as nx

from kg.analytics import (
    NO_SOURCE,
    ActorNode,
    ArticleFacts,
    EventFacts,
    GraphFacts,
    local_name,
    read_facts,
)
from kg.model import ActorKind, EventKind
from kg.page.styles import AFFILIATION, KIND_WORDS, RELATIONS
from kg.queries import SavedQuery, run
from kg.store import KGStore
from kg.vocab import KG

__all__ = [
    "ACTOR_ROLES",
    "PAGE_KINDS",
    "ROLE_WORDS",
    "EventDetail",
    "FactTable",
    "PageFacts",
    "event_label",
    "event_relations",
    "fact_table",
    "read_page_facts",
    "words",
]

#: the event kinds only the page reads (kg.analytics reads the others)
PAGE_KINDS = (
    EventKind.AGREEMENT,
    EventKind.MEETING,
    EventKind.THREAT,
    EventKind.TERRITORY,
)
_PAGE_KINDS = {str(KG[k.value]): k.value for k in PAGE_KINDS}
# role property -> the role's name on the page
_PAGE_ROLES = {
    str(term): name
    for name, term in (
        ("agent", KG.agent),
        ("target", KG.target),
        ("speaker", KG.speaker),
        ("addressee", KG.addressee),
        ("party", KG.party),
        ("broker", KG.brokeredBy),
        ("participant", KG.participant),
        ("requester", KG.requestedBy),
    )
}
_TYPE_WORDS = {"Killed": "killed", "Wounded": "wounded", "Displaced": "displaced"}
#: role -> the word the panel names it with, in panel order
ROLE_WORDS = (
    ("agent", "Agent"),
    ("speaker", "Speaker"),
    ("perpetrator", "Perpetrator"),
    ("party", "Party"),
    ("broker", "Brokered by"),
    ("participant", "Participant"),
    ("requester", "Requested by"),
    ("addressee", "Addressee"),
    ("target", "Target"),
    ("demand", "Demand"),
)
#: roles that name actors (the actor filter matches facts through these)
ACTOR_ROLES = (
    "agent",
    "speaker",
    "perpetrator",
    "party",
    "broker",
    "participant",
    "requester",
    "addressee",
    "target",
)


@dataclass(frozen=True)
class EventDetail:
    """What the page shows of an event beyond :class:`EventFacts`.

    Attributes:
        status: local name in ``kg:StatusScheme`` ("Planned", "Agreed"...).
        what: what an agreement is ("truce", "memorandum"...).
        cue: the word that signals the event ("enter", "vow"...).
    """

    status: str | None = None
    what: str | None = None
    cue: str | None = None


@dataclass(frozen=True)
class PageFacts:
    """Everything the page draws, read from the store.

    Attributes:
        graph: what :func:`kg.analytics.read_facts` reads, with the events only
            the page draws (agreements, meetings, threats, territorial changes)
            among ``graph.events`` and the actors they name among
            ``graph.actors``.
        details: event IRI -> status, what was agreed and cue, where known.
        reported_by: event IRI -> the actors its sentence credits, sorted.
        publishers: article identifier -> its publisher.
    """

    graph: GraphFacts
    details: Mapping[str, EventDetail] = field(
        default_factory=lambda: MappingProxyType({})
    )
    reported_by: Mapping[str, tuple[str, ...]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    publishers: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def label(self, iri: str) -> str:
        """The label of an actor or demand, else the IRI's last segment."""
        node = self.graph.actors.get(iri) or self.graph.demands.get(iri)
        return node.label if node is not None else local_name(iri)

    def source(self, article: ArticleFacts) -> str:
        """Who an article comes from: its publisher, else its URL's host.

        >>> PageFacts(GraphFacts({}, {}, (), (), ()), publishers={"a": "Reuters"}
        ...           ).source(ArticleFacts("x", "a", url="https://www.aa.com.tr/x"))
        'Reuters'
        """
        return self.publishers.get(article.id) or article.source or NO_SOURCE


@functools.cache
def _saved(name: str) -> SavedQuery:
    """A query of ``kg/page/sparql/``, shipped with the package."""
    text = (files("kg.page") / "sparql" / name).read_text(encoding="utf-8")
    return SavedQuery(f"kg/page/sparql/{name}", "", text)


def _select(store: KGStore, name: str) -> list[dict[str, Any]]:
    variables, rows = run(store, _saved(name))
    return [dict(zip(variables, row, strict=True)) for row in rows]


def _str(value: object) -> str | None:
    return None if value is None else str(value)


def read_page_facts(store: KGStore, *, facts: GraphFacts | None = None) -> PageFacts:
    """Read what the page draws from a store.

    Args:
        store: the store to read.
        facts: what :func:`kg.analytics.read_facts` read from it, when the
            caller has it already.

    Returns:
        Sorted records; see :class:`PageFacts`.
    """
    graph = facts if facts is not None else read_facts(store)
    roles: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in _select(store, "page-event-roles.rq"):
        roles[row["event"]].append((_PAGE_ROLES[row["role"]], row["node"]))
    events: dict[str, EventFacts] = {}
    details: dict[str, EventDetail] = {}
    for row in _select(store, "page-events.rq"):
        iri = row["event"]
        if iri in events:  # extra values of an optional: the first sorted wins
            continue
        events[iri] = EventFacts(
            iri=iri,
            kind=_PAGE_KINDS[row["kind"]],
            evidence=_str(row["evidence"]),
            article_id=_str(row["articleId"]),
            title=_str(row["title"]),
            date=_str(row["date"]),
            url=_str(row["url"]),
            in_title=row["inTitle"] is True,
            place=_str(row["place"]),
            place_iri=_str(row["placeNode"]),
            roles=tuple(sorted(roles.get(iri, ()))),
        )
        status = local_name(row["status"]) if row["status"] else None
        details[iri] = EventDetail(status, _str(row["agreementKind"]), _str(row["cue"]))

    # actors these events name but no article describes still get a node
    actors = dict(graph.actors)
    for ev in events.values():
        for _, node in ev.roles:
            if node not in actors and node not in graph.demands:
                actors[node] = ActorNode(node, local_name(node), ActorKind.ACTOR.value)

    publishers: dict[str, str] = {}
    reported: dict[str, list[str]] = defaultdict(list)
    for row in _select(store, "page-sources.rq"):
        if row["what"] == "publisher":
            publishers.setdefault(str(row["subject"]), str(row["source"]))
        else:
            reported[row["subject"]].append(row["source"])
    merged = replace(
        graph,
        actors=MappingProxyType(dict(sorted(actors.items()))),
        events=tuple(sorted((*graph.events, *events.values()), key=lambda e: e.iri)),
    )
    drawn = {ev.iri for ev in merged.events}
    return PageFacts(
        graph=merged,
        details=MappingProxyType(dict(sorted(details.items()))),
        reported_by=MappingProxyType(
            {
                k: tuple(sorted(set(v)))
                for k, v in sorted(reported.items())
                if k in drawn
            }
        ),
        publishers=MappingProxyType(dict(sorted(publishers.items()))),
    )


# the fact table -------------------------------------------------------------


@dataclass
class FactTable:
    """The page's fact table: events, affiliations and bare shortcuts.

    ``rows[i]`` is what the page shows for fact ``i``; ``index`` finds a fact
    by event or affiliation IRI, or by ``(source, relation, target)`` for a
    fact with no IRI.
    """

    rows: list[dict[str, Any]] = field(default_factory=list)
    index: dict[object, int] = field(default_factory=dict)

    def add(self, key: object, row: dict[str, Any]) -> int:
        self.index[key] = len(self.rows)
        self.rows.append(row)
        return self.index[key]


def words(name: str) -> str:
    """A concept's local name as words.

    >>> words("CalledFor"), words("Planned")
    ('called for', 'planned')
    """
    return re.sub(r"(?<!^)(?=[A-Z])", " ", name).lower()


def event_label(ev: EventFacts, pf: PageFacts) -> str:
    """ "CallFor: Ceasefire", "Attack: 33 killed, 12 wounded"."""
    facts, detail = pf.graph, pf.details.get(ev.iri, EventDetail())
    if ev.kind == EventKind.CALL.value:
        parts = [facts.node(d).label for d in ev.role("demand") if d in facts.demands]
    elif ev.kind in (
        EventKind.CONDEMNATION.value,
        EventKind.SUPPORT.value,
        EventKind.THREAT.value,
    ):
        parts = [pf.label(t) for t in ev.role("target")]
    elif ev.kind == EventKind.AGREEMENT.value:
        parts = [detail.what] if detail.what else []
    elif ev.kind == EventKind.MEETING.value:
        parts = [pf.label(p) for p in ev.role("participant")]
    elif ev.kind == EventKind.TERRITORY.value:
        place = ev.place or (local_name(ev.place_iri) if ev.place_iri else "")
        parts = [f"{place} ({detail.cue})" if place and detail.cue else place]
        parts = [p for p in parts if p]
    else:
        parts = [
            f"{c.count:,} {_TYPE_WORDS[c.type]}"
            for c in ev.casualties
            if c.count is not None
        ]
    text = ", ".join(parts)
    return f"{ev.kind}: {text}" if text else ev.kind


def event_relations(ev: EventFacts) -> list[str]:
    """The actor-network relations an event gives rise to (for the filter)."""
    if ev.kind == EventKind.CALL.value:
        found = ["callsFor"] if ev.role("demand") or not ev.role("addressee") else []
        return found + (["addresses"] if ev.role("addressee") else [])
    return {
        EventKind.CONDEMNATION.value: ["condemns"],
        EventKind.ATTACK.value: ["attacks"],
        EventKind.DISPLACEMENT.value: ["displaces"],
        EventKind.SUPPORT.value: ["supports"],
        EventKind.THREAT.value: ["threatens"],
        EventKind.AGREEMENT.value: ["agreement"],
        EventKind.MEETING.value: ["meeting"],
        EventKind.TERRITORY.value: ["territory"],
    }[ev.kind]


def _event_fact(ev: EventFacts, pf: PageFacts) -> dict[str, Any]:
    detail = pf.details.get(ev.iri, EventDetail())
    who = [pf.label(n) for n in (*ev.role("agent"), *ev.role("perpetrator"))]
    who += [pf.label(n) for n in ev.role("party") or ev.role("broker")]
    shown = event_label(ev, pf).partition(": ")[2]
    head = KIND_WORDS[ev.kind] + (f": {shown}" if shown else "")
    head += f" — {'; '.join(who)}" if who else ""
    rows: list[list[str]] = []
    for role, word in ROLE_WORDS:
        names = [pf.label(n) for n in ev.role(role)]
        if names:
            rows.append([word, "; ".join(names)])
    for word, value in (
        ("Demand text", ev.demand_text),
        ("Quote", ev.quote),
        ("Means", ev.means),
        ("Place", ev.place),
        ("What", detail.what),
        ("Status", words(detail.status) if detail.status else None),
        ("Cue", detail.cue),
    ):
        if value:
            rows.append([word, value])
    rows += [["Count", c.describe()] for c in ev.casualties]
    credited = pf.reported_by.get(ev.iri, ())
    if credited:
        rows.append(["Reported by", "; ".join(pf.label(s) for s in credited)])
    rows.append(["Event", ev.iri])
    fact: dict[str, Any] = {
        "k": ev.kind,
        "t": head,
        "s": ev.evidence,
        "a": ev.article_id,
        "h": ev.in_title,
        "r": event_relations(ev),
        "x": sorted({n for role in ACTOR_ROLES for n in ev.role(role)}),
        "rows": rows,
    }
    if credited:
        fact["by"] = list(credited)
    return fact


def fact_table(pf: PageFacts, network: nx.MultiDiGraph) -> FactTable:
    """Every event, affiliation and unexplained shortcut triple as a page fact.

    A fact is ``k`` (kind), ``t`` (heading), ``s`` (sentence), ``a`` (article
    identifier), ``h`` (read from the headline), ``r`` (the relations it gives
    rise to), ``x`` (the actors it involves), ``rows`` (label and value pairs
    for the panel) and, when its sentence credits sources, ``by`` (their IRIs).
    """
    facts = pf.graph
    table = FactTable()
    for ev in facts.events:
        table.add(ev.iri, _event_fact(ev, pf))
    for aff in facts.affiliations:
        person, org = facts.node(aff.person).label, facts.node(aff.org).label
        rows = [["Person", person], ["Organisation", org]]
        if aff.role:
            rows.append(["Role", aff.role])
        if aff.iri:
            rows.append(["Affiliation", aff.iri])
        key = aff.iri or (aff.person, "affiliatedWith", aff.org)
        if key in table.index:
            continue
        table.add(
            key,
            {
                "k": AFFILIATION,
                "t": f"{person} — {org}" + (f" ({aff.role})" if aff.role else ""),
                "s": aff.evidence,
                "a": aff.article_id,
                "h": False,
                "r": ["affiliatedWith"],
                "x": sorted({aff.person, aff.org}),
                "rows": rows,
            },
        )
    # shortcut triples no event explains (written by something else)
    for source, target, data in network.edges(data=True):
        key = data.get("event") or (source, data["relation"], target)
        if key in table.index:
            continue
        relation = data["relation"]
        src, tgt = network.nodes[source]["label"], network.nodes[target]["label"]
        table.add(
            key,
            {
                "k": "Statement",
                "t": f"{src} {RELATIONS[relation].legend} {tgt}",
                "s": None,
                "a": None,
                "h": False,
                "r": [relation],
                "x": sorted({source} | ({target} if target in facts.actors else set())),
                "rows": [["Note", "a shortcut triple that no event explains"]],
            },
        )
    return table
