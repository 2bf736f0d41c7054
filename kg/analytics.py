"""Network analytics over the stored graph: who acts on whom, and who matters.

The store is read once, through the saved queries ``queries/viz-*.rq``, into
plain records (:class:`GraphFacts`); :func:`build_network` turns them into a
networkx multigraph of actors and demand concepts with one edge per fact, each
carrying its evidence sentence, article and event.  :func:`stats` counts what
the graph holds and ranks actors by degree, PageRank and betweenness on a
simple weighted projection of that multigraph.

Everything is deterministic: records and nodes are sorted, ties between equal
scores are broken by label, and sampled betweenness uses a fixed seed.
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any
from urllib.parse import unquote

import networkx as nx

from kg.model import ActorKind, CasualtyType, EventKind, Qualifier
from kg.queries import SavedQuery, load_file, run
from kg.resources import queries_dir
from kg.store import KGStore
from kg.vocab import KG

__all__ = [
    "BETWEENNESS_LIMIT",
    "BETWEENNESS_SAMPLES",
    "SEED",
    "ActorNode",
    "AffiliationFacts",
    "CasualtyCount",
    "EventFacts",
    "GraphFacts",
    "RankedActor",
    "Stats",
    "actor_network",
    "build_network",
    "pagerank",
    "projection",
    "read_facts",
    "stats",
]

#: networks with more nodes than this get sampled betweenness (exact betweenness
#: is O(nodes x edges): about 12 minutes at 9.4k nodes, /work/shared/NOTES.md)
BETWEENNESS_LIMIT = 3000
#: source nodes sampled for betweenness past the limit
BETWEENNESS_SAMPLES = 200
#: the one seed of every random choice here and in kg.viz
SEED = 42

#: node kind of demand concepts, beside the actor kinds of kg.model.ActorKind
DEMAND = "Demand"
#: the relations of actor_network edges, in display order
RELATIONS = ("callsFor", "condemns", "addresses", "attacks", "affiliatedWith")

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
    """

    actors: Mapping[str, ActorNode]
    demands: Mapping[str, ActorNode]
    events: tuple[EventFacts, ...]
    affiliations: tuple[AffiliationFacts, ...]
    shortcuts: tuple[tuple[str, str, str], ...]

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

    return GraphFacts(
        actors=MappingProxyType(dict(sorted(actors.items()))),
        demands=MappingProxyType(dict(sorted(demands.items()))),
        events=tuple(events[k] for k in sorted(events)),
        affiliations=tuple(sorted(set(affiliations), key=_affiliation_key)),
        shortcuts=tuple(sorted(set(shortcuts))),
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
            # attacks carry no target yet; an attack without one adds no edge
            for perpetrator in ev.role("perpetrator"):
                for target in ev.role("target"):
                    add(perpetrator, target, "attacks", **base)
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
    target) or ``affiliatedWith`` (person -> organisation); and ``evidence``
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


# stats -----------------------------------------------------------------------


@dataclass(frozen=True)
class RankedActor:
    """An actor and its score in one ranking."""

    iri: str
    label: str
    kind: str
    score: float


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
    store: KGStore, *, top: int = 10, betweenness_limit: int = BETWEENNESS_LIMIT
) -> Stats:
    """Count what the graph holds and rank its actors.

    Args:
        store: the store to read.
        top: how many actors each ranking keeps.
        betweenness_limit: past this many network nodes, betweenness samples
            :data:`BETWEENNESS_SAMPLES` source nodes with seed :data:`SEED`
            instead of running exactly (which takes minutes at 10k nodes).

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
    )
