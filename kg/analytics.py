"""Network analytics over the stored graph: who acts on whom, and who matters.

The store is read once, through the saved queries ``queries/viz-*.rq``, into
plain records (:class:`GraphFacts`); :func:`build_network` turns them into a
networkx multigraph of actors and demand concepts with one edge per fact, each
carrying its evidence sentence, article and event.  :func:`stats` counts what
the graph holds; ranks actors by degree, PageRank and betweenness on a simple
weighted projection of that multigraph; finds communities (Louvain); tabulates
who calls on whom; and can export the network for Gephi, yEd, Cytoscape or a
spreadsheet (:func:`export_network`: GraphML, GEXF and CSV).

Everything is deterministic: records and nodes are sorted, ties between equal
scores are broken by label, and Louvain and sampled betweenness use a fixed
seed, so two exports of one graph are byte-identical.
"""

from __future__ import annotations

import csv
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any
from urllib.parse import unquote, urlsplit

import networkx as nx

from kg.model import ActorKind, CasualtyType, EventKind, Qualifier
from kg.queries import SavedQuery, load_file, run
from kg.resources import queries_dir
from kg.store import KGStore
from kg.vocab import KG

__all__ = [
    "BETWEENNESS_LIMIT",
    "BETWEENNESS_SAMPLES",
    "EXPORT_FILES",
    "NO_SOURCE",
    "SEED",
    "ActorNode",
    "AffiliationFacts",
    "ArticleFacts",
    "CallLink",
    "CasualtyCount",
    "Community",
    "EventFacts",
    "GraphFacts",
    "RankedActor",
    "Stats",
    "actor_network",
    "build_network",
    "communities",
    "export_network",
    "pagerank",
    "projection",
    "read_facts",
    "stats",
    "who_calls_on_whom",
]

#: networks with more nodes than this get sampled betweenness (exact betweenness
#: is O(nodes x edges): about 12 minutes at 9.4k nodes, /work/shared/NOTES.md)
BETWEENNESS_LIMIT = 3000
#: source nodes sampled for betweenness past the limit
BETWEENNESS_SAMPLES = 200
#: the one seed of every random choice here and in kg.viz
SEED = 42

#: the source of articles without a URL (the graph records no publisher)
NO_SOURCE = "(no URL)"
#: node kind of demand concepts, beside the actor kinds of kg.model.ActorKind
DEMAND = "Demand"
#: the relations of actor_network edges, in display order
RELATIONS = (
    "callsFor",
    "condemns",
    "addresses",
    "attacks",
    "supports",
    "affiliatedWith",
)

# one kind per actor: when articles disagree, the most specific class wins
_KIND_ORDER = (
    ActorKind.COUNTRY,
    ActorKind.ORGANIZATION,
    ActorKind.ARMED_GROUP,
    ActorKind.PERSON,
    ActorKind.ACTOR,
)
_ACTOR_KINDS = {str(KG[k.value]): k.value for k in ActorKind}
_EVENT_KINDS = {str(KG[k.value]): k.value for k in EventKind}
_CASUALTY_TYPES = {str(KG[t.value]): t.value for t in CasualtyType}
_QUALIFIERS = {str(KG[q.value]): q.value for q in Qualifier}
_ROLES = {
    str(term): name
    for name, term in (
        ("agent", KG.agent),
        ("speaker", KG.speaker),
        ("addressee", KG.addressee),
        ("target", KG.target),
        ("perpetrator", KG.perpetrator),
        ("demand", KG.demand),
    )
}
_SHORTCUTS = {str(KG.callsFor): "callsFor", str(KG.condemns): "condemns"}
_COUNTED_CLASSES = (
    "Article",
    "CallFor",
    "Condemnation",
    "Attack",
    "Displacement",
    "Casualty",
    "Affiliation",
    "Place",
)
_COUNTED_RELATIONS = ("callsFor", "condemns", "affiliatedWith")
# the casualty shortcuts, summed over events
_PEOPLE = ("kills", "wounds", "displaces")
_HEDGES = {
    "Exactly": "",
    "AtLeast": "at least",
    "MoreThan": "more than",
    "Approximately": "about",
    "AtMost": "at most",
}


def local_name(iri: str) -> str:
    """The last segment of an IRI, percent-decoded.

    >>> local_name("https://w3id.org/newskg/ontology#Ceasefire")
    'Ceasefire'
    >>> local_name("https://w3id.org/newskg/resource/actor/free-syrian-army")
    'free-syrian-army'
    """
    for sep in ("#", "/"):
        if sep in iri:
            iri = iri.rsplit(sep, 1)[1] or iri
    return unquote(iri)


# records ---------------------------------------------------------------------


@dataclass(frozen=True)
class ActorNode:
    """An actor or a demand concept as a node: IRI, display label and kind."""

    iri: str
    label: str
    kind: str  # an ActorKind value, or "Demand"


@dataclass(frozen=True)
class CasualtyCount:
    """One count of people killed, wounded or displaced, with its hedge."""

    type: str  # "Killed", "Wounded" or "Displaced"
    count: int | None
    qualifier: str | None = None  # a Qualifier value
    maximum: int | None = None
    text: str | None = None
    victim: str | None = None

    def describe(self) -> str:
        """The count in words, hedge and victims included.

        >>> CasualtyCount("Killed", 33, "AtLeast", victim="Turkish soldiers").describe()
        'at least 33 killed (Turkish soldiers)'
        >>> CasualtyCount("Killed", 12, "AtLeast", 99, "dozens").describe()
        'at least 12 killed ("dozens", up to 99)'
        """
        hedge = _HEDGES.get(self.qualifier or "Exactly", "")
        count = "an unknown number" if self.count is None else f"{self.count:,}"
        words = " ".join(w for w in (hedge, count, self.type.lower()) if w)
        vague = []
        if self.text and self.text != str(self.count):
            vague.append(f'"{self.text}"')
        if self.maximum is not None:
            vague.append(f"up to {self.maximum:,}")
        if vague:
            words += f" ({', '.join(vague)})"
        if self.victim:
            words += f" ({self.victim})"
        return words


@dataclass(frozen=True)
class ArticleFacts:
    """An article as the page and the plots show it."""

    iri: str
    id: str
    title: str | None = None
    date: str | None = None  # ISO date
    url: str | None = None

    @property
    def source(self) -> str | None:
        """The news source: the host of the article's URL, ``www.`` left out.

        The graph records no publisher, so the URL's host stands in for it.

        >>> ArticleFacts("a", "a", url="https://www.aa.com.tr/en/x").source
        'aa.com.tr'
        >>> ArticleFacts("a", "a").source is None
        True
        """
        if not self.url:
            return None
        host = urlsplit(self.url).hostname or ""
        host = re.sub(r"^www\d*\.", "", host.lower())
        return host or None


@dataclass(frozen=True)
class EventFacts:
    """A call, condemnation, attack or displacement, with what it involves."""

    iri: str
    kind: str  # an EventKind value
    evidence: str | None = None
    article_id: str | None = None
    title: str | None = None
    date: str | None = None
    url: str | None = None
    in_title: bool = False
    quote: str | None = None
    demand_text: str | None = None
    means: str | None = None
    place: str | None = None
    place_iri: str | None = None
    roles: tuple[tuple[str, str], ...] = ()  # (role, node IRI), sorted
    casualties: tuple[CasualtyCount, ...] = ()

    def role(self, name: str) -> tuple[str, ...]:
        """IRIs in one role ("agent", "demand", "target"...), sorted."""
        return tuple(node for role, node in self.roles if role == name)


@dataclass(frozen=True)
class AffiliationFacts:
    """A person's affiliation, as one article states it (or a bare shortcut)."""

    person: str
    org: str
    iri: str | None = None
    role: str | None = None
    evidence: str | None = None
    article_id: str | None = None


@dataclass(frozen=True)
class GraphFacts:
    """What the network and the page are drawn from, read from the store.

    Attributes:
        actors: actor IRI -> node, sorted by IRI; actors that events name but
            no article describes are included with kind ``Actor``.
        demands: demand concept IRI -> node (kind ``Demand``), sorted.
        events: every event, sorted by IRI.
        affiliations: every affiliation statement, sorted.
        shortcuts: ``(source, relation, target)`` for every ``kg:callsFor`` and
            ``kg:condemns`` triple, sorted.
        articles: article identifier -> article, sorted by identifier.
    """

    actors: Mapping[str, ActorNode]
    demands: Mapping[str, ActorNode]
    events: tuple[EventFacts, ...]
    affiliations: tuple[AffiliationFacts, ...]
    shortcuts: tuple[tuple[str, str, str], ...]
    articles: Mapping[str, ArticleFacts] = field(
        default_factory=lambda: MappingProxyType({})
    )

    @property
    def is_empty(self) -> bool:
        """No actor, demand or event to show."""
        return not (self.actors or self.demands or self.events)

    def node(self, iri: str) -> ActorNode:
        """The actor or demand node of an IRI."""
        return self.actors.get(iri) or self.demands[iri]


@functools.cache
def _query_text(name: str) -> SavedQuery:
    return load_file(queries_dir() / name)


def _select(store: KGStore, name: str) -> list[dict[str, Any]]:
    """Rows of a saved query as dicts keyed by variable name."""
    variables, rows = run(store, _query_text(name))
    return [dict(zip(variables, row, strict=True)) for row in rows]


def _str(value: object) -> str | None:
    return None if value is None else str(value)


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _pick_label(counts: Counter[str], fallback: str) -> str:
    """The label most articles use; ties go to the first in sort order."""
    if not counts:
        return fallback
    return min(counts, key=lambda label: (-counts[label], label))


def read_facts(store: KGStore) -> GraphFacts:
    """Read actors, demands, events, casualties and affiliations from a store.

    Args:
        store: the store to read (its union graph, and per-article graphs
            where a fact's evidence must stay with its own article).

    Returns:
        Sorted records; see :class:`GraphFacts`.
    """
    kinds: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    seen: set[tuple[str, str, str]] = set()
    for row in _select(store, "viz-actors.rq"):
        actor = row["actor"]
        kinds[actor].add(_ACTOR_KINDS[row["kind"]])
        label = _str(row["label"])
        # a label counts once per article graph that gives it
        if label is not None and (actor, label, row["g"]) not in seen:
            seen.add((actor, label, row["g"]))
            labels[actor][label] += 1
    actors: dict[str, ActorNode] = {}
    for actor, found in kinds.items():
        kind = next(k.value for k in _KIND_ORDER if k.value in found)
        label = _pick_label(labels[actor], local_name(actor))
        actors[actor] = ActorNode(actor, label, kind)

    demands: dict[str, ActorNode] = {}
    for row in _select(store, "viz-demands.rq"):
        iri = row["demand"]
        if iri not in demands:  # rows are sorted: the first label wins
            label = _str(row["label"]) or local_name(iri)
            demands[iri] = ActorNode(iri, label, DEMAND)

    roles: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in _select(store, "viz-event-roles.rq"):
        roles[row["event"]].append((_ROLES[row["role"]], row["node"]))
    casualties: dict[str, list[CasualtyCount]] = defaultdict(list)
    done: set[str] = set()
    for row in _select(store, "viz-casualties.rq"):
        if row["casualty"] in done:  # a malformed node with two values
            continue
        done.add(row["casualty"])
        casualties[row["event"]].append(
            CasualtyCount(
                type=_CASUALTY_TYPES.get(str(row["type"]), "Killed"),
                count=_int(row["count"]),
                qualifier=_QUALIFIERS.get(str(row["qualifier"])),
                maximum=_int(row["countMax"]),
                text=_str(row["countText"]),
                victim=_str(row["victim"]),
            )
        )
    events: dict[str, EventFacts] = {}
    for row in _select(store, "viz-events.rq"):
        iri = row["event"]
        if iri in events:  # extra values of an optional: the first sorted wins
            continue
        events[iri] = EventFacts(
            iri=iri,
            kind=_EVENT_KINDS[row["kind"]],
            evidence=_str(row["evidence"]),
            article_id=_str(row["articleId"]),
            title=_str(row["title"]),
            date=_str(row["date"]),
            url=_str(row["url"]),
            in_title=row["inTitle"] is True,
            quote=_str(row["quote"]),
            demand_text=_str(row["demandText"]),
            means=_str(row["means"]),
            place=_str(row["place"]),
            place_iri=_str(row["placeNode"]),
            roles=tuple(sorted(roles.get(iri, ()))),
            casualties=tuple(casualties.get(iri, ())),
        )

    stated = [
        AffiliationFacts(
            person=row["person"],
            org=row["org"],
            iri=_str(row["affiliation"]),
            role=_str(row["role"]),
            evidence=_str(row["evidence"]),
            article_id=_str(row["articleId"]),
        )
        for row in _select(store, "viz-affiliations.rq")
    ]
    # a bare shortcut counts only where no article states the affiliation
    explained = {(a.person, a.org) for a in stated if a.iri is not None}
    affiliations = tuple(
        a for a in stated if a.iri is not None or (a.person, a.org) not in explained
    )
    shortcuts = tuple(
        (row["source"], _SHORTCUTS[row["relation"]], row["target"])
        for row in _select(store, "viz-shortcuts.rq")
    )

    # actors named by facts but described by no article still get a node
    named: set[str] = set()
    for ev in events.values():
        named.update(node for role, node in ev.roles if role != "demand")
    for aff in affiliations:
        named.update((aff.person, aff.org))
    for source, relation, target in shortcuts:
        named.add(source)
        if relation == "condemns":
            named.add(target)
        elif target not in demands:
            demands[target] = ActorNode(target, local_name(target), DEMAND)
    for iri in named - actors.keys() - demands.keys():
        actors[iri] = ActorNode(iri, local_name(iri), ActorKind.ACTOR.value)

    articles: dict[str, ArticleFacts] = {}
    for row in _select(store, "viz-articles.rq"):
        article_id = _str(row["articleId"]) or local_name(row["article"])
        if article_id not in articles:  # rows are sorted: the first values win
            articles[article_id] = ArticleFacts(
                iri=row["article"],
                id=article_id,
                title=_str(row["title"]),
                date=_str(row["date"]),
                url=_str(row["url"]),
            )

    return GraphFacts(
        actors=MappingProxyType(dict(sorted(actors.items()))),
        demands=MappingProxyType(dict(sorted(demands.items()))),
        events=tuple(events[k] for k in sorted(events)),
        affiliations=tuple(sorted(set(affiliations), key=_affiliation_key)),
        shortcuts=tuple(sorted(set(shortcuts))),
        articles=MappingProxyType(dict(sorted(articles.items()))),
    )


def _affiliation_key(a: AffiliationFacts) -> tuple[str, ...]:
    optional = (a.iri, a.article_id, a.evidence, a.role)
    return (a.person, a.org, *(v or "" for v in optional))


# the network -----------------------------------------------------------------


def build_network(facts: GraphFacts) -> nx.MultiDiGraph:
    """The actor network of :func:`actor_network`, from facts already read."""
    g = nx.MultiDiGraph()
    for node in (*facts.actors.values(), *facts.demands.values()):
        g.add_node(node.iri, label=node.label, kind=node.kind)

    covered: set[tuple[str, str, str]] = set()

    def add(source: str, target: str, relation: str, **attrs: Any) -> None:
        covered.add((source, relation, target))
        g.add_edge(source, target, relation=relation, **attrs)

    for ev in facts.events:
        base = {"evidence": ev.evidence, "article": ev.article_id, "event": ev.iri}
        if ev.kind == EventKind.CALL.value:
            for agent in ev.role("agent"):
                for demand in ev.role("demand"):
                    add(agent, demand, "callsFor", demand=demand, **base)
                for addressee in ev.role("addressee"):
                    add(agent, addressee, "addresses", **base)
        elif ev.kind == EventKind.CONDEMNATION.value:
            for agent in ev.role("agent"):
                for target in ev.role("target"):
                    add(agent, target, "condemns", **base)
        elif ev.kind == EventKind.ATTACK.value:
            # an attack without a target adds no edge
            for perpetrator in ev.role("perpetrator"):
                for target in ev.role("target"):
                    add(perpetrator, target, "attacks", **base)
        elif ev.kind == EventKind.SUPPORT.value:
            for agent in ev.role("agent"):
                for target in ev.role("target"):
                    add(agent, target, "supports", **base)
    for aff in facts.affiliations:
        add(
            aff.person,
            aff.org,
            "affiliatedWith",
            evidence=aff.evidence,
            article=aff.article_id,
            event=aff.iri,
        )
    # shortcut triples no event explains (written by something else) still count
    for source, relation, target in facts.shortcuts:
        if (source, relation, target) not in covered:
            extra = {"demand": target} if relation == "callsFor" else {}
            add(
                source,
                target,
                relation,
                evidence=None,
                article=None,
                event=None,
                **extra,
            )
    return g


def actor_network(store: KGStore) -> nx.MultiDiGraph:
    """Actors and demand concepts, with one edge per fact that links them.

    Nodes are IRI strings with attributes ``label`` and ``kind`` (``Country``,
    ``Organization``, ``Person``, ``ArmedGroup``, ``Actor`` or ``Demand``).
    Edges carry ``relation``: ``callsFor`` (agent -> demand, also ``demand``),
    ``addresses`` (a call's agent -> its addressee), ``condemns`` (agent ->
    target), ``attacks`` (perpetrator -> target, only when an attack has a
    target), ``supports`` (a show of support's agent -> target) or
    ``affiliatedWith`` (person -> organisation); and ``evidence``
    (the sentence), ``article`` (its ``dcterms:identifier``) and ``event``
    (the event or affiliation IRI), each ``None`` for a bare shortcut triple.

    Args:
        store: the store to read.

    Returns:
        A new ``networkx.MultiDiGraph``; nodes and edges in sorted order.
    """
    return build_network(read_facts(store))


def projection(network: nx.MultiDiGraph) -> nx.DiGraph:
    """A simple directed graph: one edge per linked pair, ``weight`` = facts.

    Self-loops (an actor condemning itself, usually a resolution slip) are left
    out.  Node attributes are kept.
    """
    p = nx.DiGraph()
    p.add_nodes_from(network.nodes(data=True))
    for source, target in network.edges():
        if source == target:
            continue
        if p.has_edge(source, target):
            p[source][target]["weight"] += 1
        else:
            p.add_edge(source, target, weight=1)
    return p


def pagerank(simple: nx.DiGraph) -> dict[str, float]:
    """Weighted PageRank of a projection; empty for an empty graph.

    Rank flows along edges, so actors that others call on, condemn or attack,
    and organisations people speak for, rank high.
    """
    if simple.number_of_nodes() == 0:
        return {}
    scores: dict[str, float] = nx.pagerank(simple, weight="weight")
    return scores


# communities, who calls on whom ------------------------------------------------


@dataclass(frozen=True)
class RankedActor:
    """An actor and its score in one ranking."""

    iri: str
    label: str
    kind: str
    score: float


@dataclass(frozen=True)
class Community:
    """A Louvain community of the actor network.

    Attributes:
        index: 1 for the largest community, 2 for the next, and so on.
        members: actors and demands in it, by PageRank (``score``), then label.
    """

    index: int
    members: tuple[RankedActor, ...]


def _undirected(simple: nx.DiGraph) -> nx.Graph:
    """The projection without direction; ``weight`` sums both directions."""
    g = nx.Graph()
    g.add_nodes_from(simple.nodes(data=True))
    for source, target, weight in simple.edges(data="weight"):
        if g.has_edge(source, target):
            g[source][target]["weight"] += weight
        else:
            g.add_edge(source, target, weight=weight)
    return g


def communities(simple: nx.DiGraph) -> tuple[Community, ...]:
    """Louvain communities (seed :data:`SEED`) of a projection, largest first.

    Actors that call for the same demand, condemn each other or speak for one
    organisation end up together.  Isolated nodes are singleton communities.

    Args:
        simple: a projection (:func:`projection`), nodes with ``label`` and
            ``kind``.

    Returns:
        Communities ordered by size, then by their first member's label.
    """
    if simple.number_of_nodes() == 0:
        return ()
    ranks = pagerank(simple)
    found = nx.community.louvain_communities(
        _undirected(simple), weight="weight", seed=SEED
    )
    groups = []
    for nodes in found:
        members = [
            RankedActor(
                n,
                simple.nodes[n]["label"],
                simple.nodes[n]["kind"],
                round(float(ranks.get(n, 0.0)), 12),
            )
            for n in nodes
        ]
        members.sort(key=lambda r: (-r.score, r.label.casefold(), r.label, r.iri))
        groups.append(tuple(members))
    groups.sort(key=lambda m: (-len(m), m[0].label.casefold(), m[0].iri))
    return tuple(Community(i, members) for i, members in enumerate(groups, 1))


@dataclass(frozen=True)
class CallLink:
    """Calls one actor made on another (an addressee), over every article.

    Attributes:
        caller: IRI of the call's agent.
        caller_label: its label.
        addressee: IRI of the actor called on.
        addressee_label: its label.
        demands: labels of what was demanded, sorted.
        calls: how many calls (events) link the two.
        articles: identifiers of the articles that report them, sorted.
    """

    caller: str
    caller_label: str
    addressee: str
    addressee_label: str
    demands: tuple[str, ...]
    calls: int
    articles: tuple[str, ...]


def who_calls_on_whom(facts: GraphFacts) -> tuple[CallLink, ...]:
    """Every (caller, addressee) pair of the calls, most calls first.

    >>> who_calls_on_whom(GraphFacts({}, {}, (), (), ()))
    ()
    """
    calls: Counter[tuple[str, str]] = Counter()
    demands: dict[tuple[str, str], set[str]] = defaultdict(set)
    articles: dict[tuple[str, str], set[str]] = defaultdict(set)
    for ev in facts.events:
        if ev.kind != EventKind.CALL.value:
            continue
        for caller in ev.role("agent"):
            for addressee in ev.role("addressee"):
                key = (caller, addressee)
                calls[key] += 1
                demands[key].update(facts.node(d).label for d in ev.role("demand"))
                if ev.article_id:
                    articles[key].add(ev.article_id)
    links = [
        CallLink(
            caller=caller,
            caller_label=facts.node(caller).label,
            addressee=addressee,
            addressee_label=facts.node(addressee).label,
            demands=tuple(sorted(demands[(caller, addressee)])),
            calls=n,
            articles=tuple(sorted(articles[(caller, addressee)])),
        )
        for (caller, addressee), n in calls.items()
    ]
    links.sort(
        key=lambda c: (
            -c.calls,
            c.caller_label.casefold(),
            c.addressee_label.casefold(),
            c.caller,
            c.addressee,
        )
    )
    return tuple(links)


# exports -----------------------------------------------------------------------

#: files :func:`export_network` writes, in the order it returns them
EXPORT_FILES = ("actors.graphml", "actors.gexf", "nodes.csv", "edges.csv")
_GEXF_DATE = re.compile(r'\s+lastmodifieddate="[^"]*"')


def _node_table(
    simple: nx.DiGraph, network: nx.MultiDiGraph, between: Mapping[str, float]
) -> dict[str, dict[str, Any]]:
    """Per node: label, kind, facts, neighbours, PageRank, betweenness, community."""
    ranks = pagerank(simple)
    community = {r.iri: c.index for c in communities(simple) for r in c.members}
    facts = dict(network.degree())
    return {
        n: {
            "label": data["label"],
            "kind": data["kind"],
            "facts": facts.get(n, 0),
            "neighbours": simple.degree(n),
            "pagerank": round(float(ranks.get(n, 0.0)), 10),
            "betweenness": round(float(between.get(n, 0.0)), 10),
            "community": community.get(n, 0),
        }
        for n, data in simple.nodes(data=True)
    }


def export_network(
    network: nx.MultiDiGraph,
    folder: Path,
    *,
    betweenness_limit: int = BETWEENNESS_LIMIT,
) -> list[Path]:
    """Write the actor network for other tools; the same graph, the same bytes.

    * ``actors.graphml``: every fact as its own edge (``relation``,
      ``evidence``, ``article``, ``event``), for yEd, Cytoscape or Gephi;
    * ``actors.gexf``: one weighted edge per linked pair (``weight`` = facts,
      ``relations``), for Gephi;
    * ``nodes.csv``: id, label, kind, facts, neighbours, PageRank,
      betweenness and community of every node;
    * ``edges.csv``: one row per fact (source, relation, target, labels,
      article, event, evidence).

    Node attributes are the same in every file.  Absent values are empty
    strings (GraphML and GEXF have no null).

    Args:
        network: an actor network (:func:`build_network`).
        folder: where to write (created).
        betweenness_limit: see :func:`stats`.

    Returns:
        The paths written, in the order of :data:`EXPORT_FILES`.
    """
    folder.mkdir(parents=True, exist_ok=True)
    simple = projection(network)
    between, _ = betweenness(simple, limit=betweenness_limit)
    table = _node_table(simple, network, between)
    paths = [folder / name for name in EXPORT_FILES]

    facts = nx.MultiDiGraph()
    for n, attrs in table.items():
        facts.add_node(n, **attrs)
    for source, target, data in network.edges(data=True):
        facts.add_edge(
            source,
            target,
            relation=data["relation"],
            evidence=data.get("evidence") or "",
            article=data.get("article") or "",
            event=data.get("event") or "",
        )
    nx.write_graphml(facts, paths[0], encoding="utf-8")

    weighted = nx.DiGraph()
    for n, attrs in table.items():
        weighted.add_node(n, **attrs)
    relations: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for source, target, relation in network.edges(data="relation"):
        relations[(source, target)][relation] += 1
    for source, target, weight in simple.edges(data="weight"):
        found = relations[(source, target)]
        weighted.add_edge(
            source,
            target,
            weight=weight,
            relations=" ".join(f"{r}:{found[r]}" for r in sorted(found)),
        )
    gexf = "\n".join(nx.generate_gexf(weighted, encoding="utf-8")) + "\n"
    paths[1].write_text(_GEXF_DATE.sub("", gexf, count=1), encoding="utf-8")

    columns = ["id", *next(iter(table.values()), {}).keys()] if table else ["id"]
    with paths[2].open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for n, attrs in table.items():
            writer.writerow([n, *attrs.values()])
    with paths[3].open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(
            [
                "source",
                "source_label",
                "relation",
                "target",
                "target_label",
                "article",
                "event",
                "evidence",
            ]
        )
        for source, target, data in network.edges(data=True):
            writer.writerow(
                [
                    source,
                    network.nodes[source]["label"],
                    data["relation"],
                    target,
                    network.nodes[target]["label"],
                    data.get("article") or "",
                    data.get("event") or "",
                    data.get("evidence") or "",
                ]
            )
    return paths


# stats -----------------------------------------------------------------------


@dataclass(frozen=True)
class Stats:
    """What a graph holds, and its most central actors.

    Attributes:
        classes: instances per class (``Article``, ``CallFor``,
            ``Condemnation``, ``Attack``, ``Displacement``, ``Casualty``,
            ``Affiliation``, ``Place``), zeros included.
        actors: actors per kind (``Country``, ``Organization``,
            ``ArmedGroup``, ``Person``, ``Actor``), one kind per actor.
        relations: distinct ``callsFor``, ``condemns`` and ``affiliatedWith``
            shortcut edges; and ``kills``, ``wounds``, ``displaces``: those
            shortcuts summed over events (each the largest count of its type
            the event's sentence gives).  A sum over reports, not a toll: an
            attack three articles report counts three times.
        nodes: nodes of the actor network (actors and demands).
        edges: actor-network edges (facts) per relation, zeros included.
        top_degree: actors by degree (distinct neighbours, in and out) in the
            simple projection.
        top_pagerank: actors by weighted PageRank on the projection.
        top_betweenness: actors by (normalised, directed) betweenness.
        betweenness_sample: ``None`` when betweenness is exact, else the
            number of source nodes sampled (seed :data:`SEED`).
        betweenness_method: the same in words, for reports.
        communities: Louvain communities of the network, largest first.
        calls: who calls on whom (:func:`who_calls_on_whom`).
        exported: files :func:`export_network` wrote, if asked to.
    """

    classes: dict[str, int]
    actors: dict[str, int]
    relations: dict[str, int]
    nodes: int
    edges: dict[str, int]
    top_degree: tuple[RankedActor, ...]
    top_pagerank: tuple[RankedActor, ...]
    top_betweenness: tuple[RankedActor, ...]
    betweenness_sample: int | None
    betweenness_method: str
    communities: tuple[Community, ...] = ()
    calls: tuple[CallLink, ...] = ()
    exported: tuple[Path, ...] = ()


def _ranked(
    network: nx.MultiDiGraph, scores: Mapping[str, float], top: int
) -> tuple[RankedActor, ...]:
    """The ``top`` actors by score, ties by label then IRI; demands left out."""
    rows = []
    for iri, score in scores.items():
        data = network.nodes[iri]
        if data["kind"] == DEMAND:
            continue
        # rounding absorbs float noise, so equal scores tie and sort by label
        rounded = round(float(score), 12)
        rows.append(RankedActor(iri, data["label"], data["kind"], rounded))
    rows.sort(key=lambda r: (-r.score, r.label.casefold(), r.label, r.iri))
    return tuple(rows[:top])


def betweenness(
    simple: nx.DiGraph, *, limit: int = BETWEENNESS_LIMIT
) -> tuple[dict[str, float], int | None]:
    """Betweenness centrality, sampled past ``limit`` nodes.

    Returns:
        The scores and the number of sampled source nodes (``None``: exact).
    """
    n = simple.number_of_nodes()
    if n <= limit:
        return nx.betweenness_centrality(simple), None
    k = min(BETWEENNESS_SAMPLES, n)
    return nx.betweenness_centrality(simple, k=k, seed=SEED), k


def stats(
    store: KGStore,
    *,
    top: int = 10,
    betweenness_limit: int = BETWEENNESS_LIMIT,
    export_dir: Path | None = None,
) -> Stats:
    """Count what the graph holds, rank its actors, find its communities.

    Args:
        store: the store to read.
        top: how many actors each ranking keeps.
        betweenness_limit: past this many network nodes, betweenness samples
            :data:`BETWEENNESS_SAMPLES` source nodes with seed :data:`SEED`
            instead of running exactly (which takes minutes at 10k nodes).
        export_dir: also write the network there (:func:`export_network`).

    Returns:
        A :class:`Stats`.
    """
    facts = read_facts(store)
    network = build_network(facts)
    simple = projection(network)

    found = {
        local_name(r["class"]): int(r["n"])
        for r in _select(store, "viz-class-counts.rq")
    }
    classes = {name: found.get(name, 0) for name in _COUNTED_CLASSES}
    kinds = Counter(a.kind for a in facts.actors.values())
    actors = {k.value: kinds.get(k.value, 0) for k in _KIND_ORDER}
    shortcut_counts = {
        local_name(r["relation"]): int(r["n"])
        for r in _select(store, "viz-relation-counts.rq")
    }
    relations = {name: shortcut_counts.get(name, 0) for name in _COUNTED_RELATIONS}
    people = {
        local_name(r["relation"]): int(r["total"] or 0)
        for r in _select(store, "viz-casualty-sums.rq")
    }
    relations.update({name: people.get(name, 0) for name in _PEOPLE})
    per_relation = Counter(rel for _, _, rel in network.edges(data="relation"))

    between, sample = betweenness(simple, limit=betweenness_limit)
    n = simple.number_of_nodes()
    method = (
        "exact"
        if sample is None
        else f"sampled: {sample:,} of {n:,} source nodes, seed {SEED}"
    )
    exported: tuple[Path, ...] = ()
    if export_dir is not None:
        exported = tuple(
            export_network(network, export_dir, betweenness_limit=betweenness_limit)
        )
    return Stats(
        classes=classes,
        actors=actors,
        relations=relations,
        nodes=network.number_of_nodes(),
        edges={rel: per_relation.get(rel, 0) for rel in RELATIONS},
        top_degree=_ranked(network, dict(simple.degree()), top),
        top_pagerank=_ranked(network, pagerank(simple), top),
        top_betweenness=_ranked(network, between, top),
        betweenness_sample=sample,
        betweenness_method=method,
        communities=communities(simple),
        calls=who_calls_on_whom(facts),
        exported=exported,
    )
