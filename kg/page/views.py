"""The page's two standard views: the actor network and the event view.

* the **actor network**: actors and demand concepts as nodes (and the places
  ground is taken in); calls (actor -> demand), calls on an addressee,
  condemnations, threats, attacks, territorial changes (actor -> place),
  shows of support, agreements (between parties, from a broker), meetings
  (between participants, from who asked) and affiliations as edges, one edge
  per (actor, relation, actor or demand) carrying every fact behind it;
* the **event view**: article -> event (or affiliation) -> the actors,
  demands, places and casualty counts it involves.
"""

from __future__ import annotations

import itertools
import math
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from kg.analytics import EventFacts, build_network, local_name
from kg.model import EventKind
from kg.page.facts import FactTable, PageFacts, event_label
from kg.page.styles import (
    AFFILIATION,
    ARTICLE,
    CASUALTY,
    EDGE_STYLES,
    KIND_WORDS,
    NODE_STYLES,
    PLACE,
    RELATIONS,
    SYMMETRIC,
    count,
    predicate_colour,
    shorten,
)

__all__ = [
    "Ranks",
    "View",
    "actor_view",
    "edge",
    "event_view",
    "node",
    "page_network",
]

# an agreement links its parties, a meeting its participants (no arrow); a
# broker or whoever asked for the meeting points at each of them
_CIRCLES = {
    EventKind.AGREEMENT.value: ("agreement", "party", "broker"),
    EventKind.MEETING.value: ("meeting", "participant", "requester"),
}
# how an edge's panel names a relation with an arrow, where the legend's words
# do not read as a verb
_VERBS = {
    "agreement": "brokers an agreement with",
    "meeting": "asks for a meeting with",
    "territory": "enters or takes ground in",
}


@dataclass
class View:
    """One view of the page, as it is built up and then folded and laid out.

    Attributes:
        groups: folded node id -> the nodes folded into it (set by folding).
        folded_edges: the edges folding merged or dropped, as they were, so
            the page can expand a folded node again.
    """

    name: str
    title: str
    nodes: list[dict[str, Any]] = field(default_factory=list)
    edges: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    folded: int = 0  # nodes folded into per-type nodes
    groups: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    folded_edges: list[dict[str, Any]] = field(default_factory=list)


def _size(rank: float, top: float) -> float:
    """Node size of an actor or demand from its PageRank (10 to 40 pixels)."""
    return round(10 + 30 * (rank / top if top > 0 else 0.0), 2)


def node(node_id: str, label: str, kind: str, **extra: Any) -> dict[str, Any]:
    """A node of a view, styled by its kind."""
    style = NODE_STYLES[kind]
    out: dict[str, Any] = {
        "id": node_id,
        "label": shorten(label),
        "kind": kind,
        "color": style.colour,
        "shape": style.shape,
    }
    out.update(extra)
    return out


def edge(source: str, target: str, rel: str, **extra: Any) -> dict[str, Any]:
    """An edge of a view, coloured by its relation or role."""
    style = EDGE_STYLES.get(rel)
    out: dict[str, Any] = {
        "from": source,
        "to": target,
        "rel": rel,
        "color": style.colour if style else predicate_colour(rel),
    }
    out.update(extra)
    return out


@dataclass(frozen=True)
class Ranks:
    """PageRank of the actor network's nodes, and the top score, for sizes."""

    scores: Mapping[str, float]
    degree: Mapping[str, int]
    top: float

    def actor_node(self, pf: PageFacts, iri: str) -> dict[str, Any]:
        """The node of an actor or demand, sized by its PageRank."""
        found = pf.graph.node(iri)
        return self._ranked(iri, found.label, found.kind)

    def _ranked(self, iri: str, label: str, kind: str) -> dict[str, Any]:
        rank = self.scores.get(iri, 0.0)
        legend = NODE_STYLES[kind].legend
        facts = count(self.degree.get(iri, 0), "fact")
        sub = f"{legend} · PageRank {rank:.4f} · {facts}"
        return node(
            iri,
            label,
            kind,
            size=_size(rank, self.top),
            info={"title": label, "sub": sub, "rows": [["IRI", iri]]},
        )

    def network_node(self, network: nx.MultiDiGraph, iri: str) -> dict[str, Any]:
        """The node of any node of the actor network (actor, demand, place)."""
        data = network.nodes[iri]
        return self._ranked(iri, data["label"], data["kind"])


def page_network(pf: PageFacts) -> nx.MultiDiGraph:
    """The actor network of :func:`kg.analytics.build_network`, and more.

    Threats (agent -> target), territorial changes (agent -> place, the place
    a node of kind ``Place``), agreements and meetings join the network, each
    edge carrying its event, sentence and article as the others do.  Edges
    between the parties of an agreement or the participants of a meeting are
    stored once, from the first IRI in sort order, with ``symmetric=True``.
    """
    g = build_network(pf.graph)

    def add(
        source: str, target: str, relation: str, ev: EventFacts, **extra: Any
    ) -> None:
        g.add_edge(
            source,
            target,
            relation=relation,
            evidence=ev.evidence,
            article=ev.article_id,
            event=ev.iri,
            **extra,
        )

    for ev in pf.graph.events:
        if ev.kind == EventKind.THREAT.value:
            for agent in ev.role("agent"):
                for target in ev.role("target"):
                    add(agent, target, "threatens", ev)
        elif ev.kind == EventKind.TERRITORY.value and ev.place_iri:
            place = ev.place or local_name(ev.place_iri)
            if ev.place_iri not in g:
                g.add_node(ev.place_iri, label=place, kind=PLACE)
            for agent in ev.role("agent"):
                add(agent, ev.place_iri, "territory", ev)
        elif ev.kind in _CIRCLES:
            relation, inner, outer = _CIRCLES[ev.kind]
            core, around = ev.role(inner), ev.role(outer)
            if not core:  # "a truce brokered by Russia and Turkey"
                core, around = around, ()
            for a, b in itertools.combinations(sorted(set(core)), 2):
                add(a, b, relation, ev, symmetric=True)
            for a in around:
                for b in core:
                    if a != b:
                        add(a, b, relation, ev)
    return g


def actor_view(
    pf: PageFacts, network: nx.MultiDiGraph, ranks: Ranks, table: FactTable
) -> View:
    """Actors, demands (and places ground is taken in), one edge per relation."""
    view = View("actors", "Actor network")
    for iri in sorted(network.nodes):
        view.nodes.append(ranks.network_node(network, iri))
    groups: dict[tuple[str, str, str], set[int]] = defaultdict(set)
    directed: dict[tuple[str, str, str], bool] = defaultdict(bool)
    for source, target, data in network.edges(data=True):
        key = data.get("event") or (source, data["relation"], target)
        pair = (source, data["relation"], target)
        groups[pair].add(table.index[key])
        directed[pair] |= not data.get("symmetric", False)
    for (source, relation, target), found in sorted(groups.items()):
        n = len(found)
        src, tgt = network.nodes[source]["label"], network.nodes[target]["label"]
        title = f"{src} {_VERBS.get(relation, RELATIONS[relation].legend)} {tgt}"
        extra: dict[str, Any] = {}
        if relation in SYMMETRIC and not directed[(source, relation, target)]:
            title = f"{relation.capitalize()}: {src} and {tgt}"
            extra["arrows"] = {"to": {"enabled": False}}
        view.edges.append(
            edge(
                source,
                target,
                relation,
                f=sorted(found),
                n=n,
                label=f"{relation} ×{n}" if n > 1 else relation,
                width=round(1 + math.log2(n), 2),
                info={"title": title, "sub": count(n, "fact")},
                **extra,
            )
        )
    return view


def event_view(pf: PageFacts, ranks: Ranks, table: FactTable) -> View:
    """Articles, the events and affiliations they report, and what those involve."""
    facts = pf.graph
    view = View("events", "Events")
    nodes: dict[str, dict[str, Any]] = {}
    edges: list[dict[str, Any]] = []

    def article_node(article_id: str | None) -> str | None:
        article = facts.articles.get(article_id or "")
        if article is None:
            return None
        if article.iri not in nodes:
            title = article.title or article.id
            nodes[article.iri] = node(
                article.iri,
                title,
                ARTICLE,
                info={"title": title, "sub": "Article", "art": article.id},
            )
        return article.iri

    def actor_node(iri: str) -> str:
        if iri not in nodes:
            nodes[iri] = ranks.actor_node(pf, iri)
        return iri

    for article_id in facts.articles:
        article_node(article_id)
    for ev in facts.events:
        i = table.index[ev.iri]
        nodes[ev.iri] = node(
            ev.iri,
            event_label(ev, pf),
            ev.kind,
            size=14,
            f=[i],
            info={"title": table.rows[i]["t"], "sub": KIND_WORDS[ev.kind]},
        )
        article = article_node(ev.article_id)
        if article is not None:
            edges.append(edge(article, ev.iri, "reports"))
        for role, target in ev.roles:
            edges.append(edge(ev.iri, actor_node(target), role))
        if ev.place_iri:
            if ev.place_iri not in nodes:
                place = ev.place or local_name(ev.place_iri)
                nodes[ev.place_iri] = node(
                    ev.place_iri,
                    place,
                    PLACE,
                    info={
                        "title": place,
                        "sub": "Place",
                        "rows": [["IRI", ev.place_iri]],
                    },
                )
            edges.append(edge(ev.iri, ev.place_iri, "place"))
        for n, casualty in enumerate(ev.casualties):
            node_id = f"casualty:{n}:{ev.iri}"
            words = casualty.describe()
            nodes[node_id] = node(
                node_id, words, CASUALTY, size=8, info={"title": words, "sub": "Count"}
            )
            edges.append(edge(ev.iri, node_id, "casualty"))
    for aff in facts.affiliations:
        if aff.iri is None or aff.iri in nodes:
            continue
        i = table.index[aff.iri]
        nodes[aff.iri] = node(
            aff.iri,
            f"Affiliation: {aff.role}" if aff.role else "Affiliation",
            AFFILIATION,
            size=12,
            f=[i],
            info={"title": table.rows[i]["t"], "sub": "Affiliation"},
        )
        article = article_node(aff.article_id)
        if article is not None:
            edges.append(edge(article, aff.iri, "reports"))
        edges.append(edge(aff.iri, actor_node(aff.person), "member"))
        edges.append(edge(aff.iri, actor_node(aff.org), "organization"))
    view.nodes = [nodes[k] for k in sorted(nodes)]
    view.edges = edges
    return view
