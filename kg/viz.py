"""The interactive graph page: one self-contained HTML file that works offline.

:func:`write_page` draws the store as two views the page switches between:

* the **actor network**: actors and demand concepts as nodes; calls (actor ->
  demand), calls on an addressee, condemnations, attacks, shows of support
  and affiliations as edges, one edge per (actor, relation, actor or demand)
  carrying every fact behind it;
* the **event view**: article -> event (or affiliation) -> the actors,
  demands, places and casualty counts it involves.

``kg viz --query`` draws a third kind of view instead: the triples of a
CONSTRUCT query, or of a SELECT whose rows are ``?s ?p ?o``.

Nodes are coloured by type and edges by relation, with a legend; actors and
demands are sized by PageRank.  Hovering shows a node's or edge's evidence and
clicking pins it in the side panel (sentence, article title, date, link,
casualty counts with their hedges) and highlights the neighbourhood.  Filters
(relation, actor, article, source, date range) hide what does not match, and
a search box finds and focuses a node.

How the page is made, and why:

* vis-network 9.1.2 comes from the pyvis package, inlined; the page itself is
  written here rather than by pyvis's template, which links Bootstrap from a
  CDN, builds every edge in quadratic time and cannot hold two views.
* Nothing leaves the machine: every script and style is inline, and a
  Content-Security-Policy forbids every request (links in the side panel and
  to the figures are followed only when clicked).
* Article text never becomes markup.  The graph travels as one JSON document
  in a ``<script type="application/json">`` element with ``<``, ``>`` and
  ``&`` written as ``\\u003c``-style escapes, so no string can close it; the
  page script builds every panel with ``textContent``, node labels are canvas
  text, and only ``http(s)`` URLs become links.
* Layout is computed here with a fixed seed (networkx ``spring_layout`` up to
  :data:`SPRING_LIMIT` nodes, a grid-accelerated Fruchterman-Reingold above),
  so a page looks the same on every build.  Views of up to
  :data:`PHYSICS_LIMIT` nodes then settle with bounded physics in the browser,
  which stops once stabilised; larger ones are drawn at once.
* Past ``max_nodes`` (default :data:`MAX_NODES`) a view is folded: its
  best-connected nodes (PageRank) stay, and the rest become one node per type,
  with counted edges, so the browser never gets more than it can draw.

Two calls on the same store write byte-identical files.
"""

from __future__ import annotations

import html
import json
import math
import re
import zlib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np

from kg.analytics import (
    DEMAND,
    NO_SOURCE,
    SEED,
    EventFacts,
    GraphFacts,
    build_network,
    local_name,
    pagerank,
    projection,
    read_facts,
)
from kg.errors import Messages, QueryError
from kg.model import ActorKind, EventKind
from kg.queries import SavedQuery
from kg.store import KGStore

__all__ = [
    "EDGE_STYLES",
    "MAX_NODES",
    "NODE_STYLES",
    "PHYSICS_LIMIT",
    "RELATIONS",
    "SPRING_LIMIT",
    "external_references",
    "page_data",
    "write_page",
]

#: views with more nodes than this are folded (``kg viz --max-nodes``)
MAX_NODES = 1500
#: physics runs in the browser up to this many nodes (NOTES: 200 nodes settle
#: in about 10 s with pyvis defaults, 1,000 in 53 s; here they start laid out)
PHYSICS_LIMIT = 200
#: stabilisation iterations when physics runs; bounded so the page settles
STABILIZATION_ITERATIONS = 150
#: networkx.spring_layout up to this many nodes, the grid layout above
SPRING_LIMIT = 500
#: pixels between a node and its nearest neighbour, for the median node
MIN_SPACING = 45.0
#: the layout never spreads further than this many pixels from its centre
MAX_EXTENT = 40_000.0
#: longest label drawn on the canvas; the side panel has the rest
MAX_LABEL = 40
#: members a folded node names in its panel
MAX_GROUP_MEMBERS = 25
#: the node kinds of the page beside actors, demands and events
AFFILIATION, ARTICLE, PLACE, CASUALTY = "Affiliation", "Article", "Place", "Casualty"
RESOURCE, LITERAL = "Resource", "Literal"


@dataclass(frozen=True)
class NodeStyle:
    """How one kind of node is drawn and named in the legend."""

    colour: str
    shape: str
    legend: str


# Okabe-Ito colours for actors (distinguishable with the common colour-vision
# deficiencies); each event kind also has a shape of its own
#: node kind -> style
NODE_STYLES: Mapping[str, NodeStyle] = {
    ActorKind.COUNTRY.value: NodeStyle("#0072B2", "dot", "Country"),
    ActorKind.ORGANIZATION.value: NodeStyle("#009E73", "dot", "Organization"),
    ActorKind.ARMED_GROUP.value: NodeStyle("#D55E00", "dot", "Armed group"),
    ActorKind.PERSON.value: NodeStyle("#CC79A7", "dot", "Person"),
    ActorKind.ACTOR.value: NodeStyle("#999999", "dot", "Other actor"),
    DEMAND: NodeStyle("#F0E442", "hexagon", "Demand"),
    EventKind.CALL.value: NodeStyle("#56B4E9", "diamond", "Call for"),
    EventKind.CONDEMNATION.value: NodeStyle("#E69F00", "triangle", "Condemnation"),
    EventKind.ATTACK.value: NodeStyle("#A50026", "star", "Attack"),
    EventKind.DISPLACEMENT.value: NodeStyle("#8C510A", "square", "Displacement"),
    EventKind.SUPPORT.value: NodeStyle("#117733", "triangleDown", "Support"),
    AFFILIATION: NodeStyle("#882255", "dot", "Affiliation"),
    ARTICLE: NodeStyle("#E8E8E8", "box", "Article"),
    PLACE: NodeStyle("#66C2A5", "ellipse", "Place"),
    CASUALTY: NodeStyle("#7F0000", "dot", "Casualty count"),
    RESOURCE: NodeStyle("#BBBBBB", "dot", "Other resource"),
    LITERAL: NodeStyle("#F7F7F7", "box", "Value"),
}


@dataclass(frozen=True)
class EdgeStyle:
    """How one relation or role is drawn and named in the legend."""

    colour: str
    legend: str


#: the relations of the actor network, in display order; the relation filter
#: offers these (an event matches the relations it gives rise to)
RELATIONS: Mapping[str, EdgeStyle] = {
    "callsFor": EdgeStyle("#56B4E9", "calls for"),
    "addresses": EdgeStyle("#3A6EA5", "calls on (addressee)"),
    "condemns": EdgeStyle("#E69F00", "condemns"),
    "attacks": EdgeStyle("#A50026", "attacks"),
    "supports": EdgeStyle("#117733", "supports / stands with"),
    "displaces": EdgeStyle("#8C510A", "displaces"),
    "affiliatedWith": EdgeStyle("#CC79A7", "speaks for / belongs to"),
}
#: relation or role -> style, for every edge the page draws
EDGE_STYLES: Mapping[str, EdgeStyle] = {
    **RELATIONS,
    "reports": EdgeStyle("#BBBBBB", "article reports"),
    "agent": EdgeStyle("#555555", "agent"),
    "speaker": EdgeStyle("#888888", "speaker"),
    "addressee": EdgeStyle("#3A6EA5", "addressee"),
    "target": EdgeStyle("#E69F00", "target"),
    "perpetrator": EdgeStyle("#A50026", "perpetrator"),
    "demand": EdgeStyle("#B8A800", "demand"),
    "place": EdgeStyle("#66C2A5", "place"),
    "casualty": EdgeStyle("#7F0000", "casualty count"),
    "member": EdgeStyle("#CC79A7", "member"),
    "organization": EdgeStyle("#CC79A7", "organisation"),
}
# colours for the predicates of a query, picked by a stable hash of the IRI
_PALETTE = (
    "#4E79A7",
    "#F28E2B",
    "#E15759",
    "#76B7B2",
    "#59A14F",
    "#EDC948",
    "#B07AA1",
    "#FF9DA7",
    "#9C755F",
    "#7F7F7F",
)

_KIND_WORDS = {
    EventKind.CALL.value: "Call for",
    EventKind.CONDEMNATION.value: "Condemnation",
    EventKind.ATTACK.value: "Attack",
    EventKind.DISPLACEMENT.value: "Displacement",
    EventKind.SUPPORT.value: "Support",
    AFFILIATION: "Affiliation",
    "Statement": "Statement",
}
_TYPE_WORDS = {"Killed": "killed", "Wounded": "wounded", "Displaced": "displaced"}
_ROLE_WORDS = (
    ("agent", "Agent"),
    ("speaker", "Speaker"),
    ("perpetrator", "Perpetrator"),
    ("addressee", "Addressee"),
    ("target", "Target"),
    ("demand", "Demand"),
)
_ACTOR_ROLES = ("agent", "speaker", "perpetrator", "addressee", "target")


def _shorten(text: str, limit: int = MAX_LABEL) -> str:
    """Cut a label to ``limit`` characters.

    >>> _shorten("Hayat Tahrir al-Sham and friends", 12)
    'Hayat Tahri…'
    """
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _count(n: int, noun: str) -> str:
    """A number and its noun.

    >>> _count(1, "article"), _count(1500, "node")
    ('1 article', '1,500 nodes')
    """
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


# facts: what every piece of evidence on the page refers to -------------------


@dataclass
class _Facts:
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


def _event_label(ev: EventFacts, facts: GraphFacts) -> str:
    """ "CallFor: Ceasefire", "Attack: 33 killed, 12 wounded"."""
    if ev.kind == EventKind.CALL.value:
        parts = [facts.node(d).label for d in ev.role("demand") if d in facts.demands]
    elif ev.kind in (EventKind.CONDEMNATION.value, EventKind.SUPPORT.value):
        parts = [facts.node(t).label for t in ev.role("target")]
    else:
        parts = [
            f"{c.count:,} {_TYPE_WORDS[c.type]}"
            for c in ev.casualties
            if c.count is not None
        ]
    detail = ", ".join(parts)
    return f"{ev.kind}: {detail}" if detail else ev.kind


def _event_relations(ev: EventFacts) -> list[str]:
    """The actor-network relations an event gives rise to (for the filter)."""
    if ev.kind == EventKind.CALL.value:
        found = ["callsFor"] if ev.role("demand") or not ev.role("addressee") else []
        return found + (["addresses"] if ev.role("addressee") else [])
    return {
        EventKind.CONDEMNATION.value: ["condemns"],
        EventKind.ATTACK.value: ["attacks"],
        EventKind.DISPLACEMENT.value: ["displaces"],
        EventKind.SUPPORT.value: ["supports"],
    }[ev.kind]


def _event_fact(ev: EventFacts, facts: GraphFacts) -> dict[str, Any]:
    who = [facts.node(n).label for n in (*ev.role("agent"), *ev.role("perpetrator"))]
    detail = _event_label(ev, facts).partition(": ")[2]
    head = _KIND_WORDS[ev.kind] + (f": {detail}" if detail else "")
    head += f" — {'; '.join(who)}" if who else ""
    rows: list[list[str]] = []
    for role, word in _ROLE_WORDS:
        names = [facts.node(n).label for n in ev.role(role)]
        if names:
            rows.append([word, "; ".join(names)])
    for word, value in (
        ("Demand text", ev.demand_text),
        ("Quote", ev.quote),
        ("Means", ev.means),
        ("Place", ev.place),
    ):
        if value:
            rows.append([word, value])
    rows += [["Count", c.describe()] for c in ev.casualties]
    rows.append(["Event", ev.iri])
    return {
        "k": ev.kind,
        "t": head,
        "s": ev.evidence,
        "a": ev.article_id,
        "h": ev.in_title,
        "r": _event_relations(ev),
        "x": sorted({n for role in _ACTOR_ROLES for n in ev.role(role)}),
        "rows": rows,
    }


def _fact_table(facts: GraphFacts, network: nx.MultiDiGraph) -> _Facts:
    table = _Facts()
    for ev in facts.events:
        table.add(ev.iri, _event_fact(ev, facts))
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


# views -----------------------------------------------------------------------


@dataclass
class _View:
    name: str
    title: str
    nodes: list[dict[str, Any]] = field(default_factory=list)
    edges: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    folded: int = 0  # nodes folded into per-type nodes


def _size(rank: float, top: float) -> float:
    """Node size of an actor or demand from its PageRank (10 to 40 pixels)."""
    return round(10 + 30 * (rank / top if top > 0 else 0.0), 2)


def _node(node_id: str, label: str, kind: str, **extra: Any) -> dict[str, Any]:
    style = NODE_STYLES[kind]
    out: dict[str, Any] = {
        "id": node_id,
        "label": _shorten(label),
        "kind": kind,
        "color": style.colour,
        "shape": style.shape,
    }
    out.update(extra)
    return out


def _edge(source: str, target: str, rel: str, **extra: Any) -> dict[str, Any]:
    style = EDGE_STYLES.get(rel)
    out: dict[str, Any] = {
        "from": source,
        "to": target,
        "rel": rel,
        "color": style.colour if style else _predicate_colour(rel),
    }
    out.update(extra)
    return out


@dataclass(frozen=True)
class _Ranks:
    """PageRank of actors and demands, and the top score, for node sizes."""

    scores: Mapping[str, float]
    degree: Mapping[str, int]
    top: float

    def actor_node(self, facts: GraphFacts, iri: str) -> dict[str, Any]:
        node = facts.node(iri)
        rank = self.scores.get(iri, 0.0)
        legend = NODE_STYLES[node.kind].legend
        found = _count(self.degree.get(iri, 0), "fact")
        sub = f"{legend} · PageRank {rank:.4f} · {found}"
        return _node(
            iri,
            node.label,
            node.kind,
            size=_size(rank, self.top),
            info={"title": node.label, "sub": sub, "rows": [["IRI", iri]]},
        )


def _actor_view(
    facts: GraphFacts, network: nx.MultiDiGraph, ranks: _Ranks, table: _Facts
) -> _View:
    view = _View("actors", "Actor network")
    for iri in sorted((*facts.actors, *facts.demands)):
        view.nodes.append(ranks.actor_node(facts, iri))
    groups: dict[tuple[str, str, str], set[int]] = defaultdict(set)
    for source, target, data in network.edges(data=True):
        key = data.get("event") or (source, data["relation"], target)
        groups[(source, data["relation"], target)].add(table.index[key])
    for (source, relation, target), found in sorted(groups.items()):
        n = len(found)
        words = RELATIONS[relation].legend
        src, tgt = network.nodes[source]["label"], network.nodes[target]["label"]
        view.edges.append(
            _edge(
                source,
                target,
                relation,
                f=sorted(found),
                n=n,
                label=f"{relation} ×{n}" if n > 1 else relation,
                width=round(1 + math.log2(n), 2),
                info={"title": f"{src} {words} {tgt}", "sub": _count(n, "fact")},
            )
        )
    return view


def _event_view(facts: GraphFacts, ranks: _Ranks, table: _Facts) -> _View:
    view = _View("events", "Events")
    nodes: dict[str, dict[str, Any]] = {}
    edges: list[dict[str, Any]] = []

    def article_node(article_id: str | None) -> str | None:
        article = facts.articles.get(article_id or "")
        if article is None:
            return None
        if article.iri not in nodes:
            title = article.title or article.id
            nodes[article.iri] = _node(
                article.iri,
                title,
                ARTICLE,
                info={"title": title, "sub": "Article", "art": article.id},
            )
        return article.iri

    def actor_node(iri: str) -> str:
        if iri not in nodes:
            nodes[iri] = ranks.actor_node(facts, iri)
        return iri

    for article_id in facts.articles:
        article_node(article_id)
    for ev in facts.events:
        i = table.index[ev.iri]
        label = _event_label(ev, facts)
        nodes[ev.iri] = _node(
            ev.iri,
            label,
            ev.kind,
            size=14,
            f=[i],
            info={"title": table.rows[i]["t"], "sub": _KIND_WORDS[ev.kind]},
        )
        article = article_node(ev.article_id)
        if article is not None:
            edges.append(_edge(article, ev.iri, "reports"))
        for role, target in ev.roles:
            edges.append(_edge(ev.iri, actor_node(target), role))
        if ev.place_iri:
            if ev.place_iri not in nodes:
                place = ev.place or local_name(ev.place_iri)
                nodes[ev.place_iri] = _node(
                    ev.place_iri,
                    place,
                    PLACE,
                    info={
                        "title": place,
                        "sub": "Place",
                        "rows": [["IRI", ev.place_iri]],
                    },
                )
            edges.append(_edge(ev.iri, ev.place_iri, "place"))
        for n, casualty in enumerate(ev.casualties):
            node_id = f"casualty:{n}:{ev.iri}"
            words = casualty.describe()
            nodes[node_id] = _node(
                node_id, words, CASUALTY, size=8, info={"title": words, "sub": "Count"}
            )
            edges.append(_edge(ev.iri, node_id, "casualty"))
    for aff in facts.affiliations:
        if aff.iri is None or aff.iri in nodes:
            continue
        i = table.index[aff.iri]
        nodes[aff.iri] = _node(
            aff.iri,
            f"Affiliation: {aff.role}" if aff.role else "Affiliation",
            AFFILIATION,
            size=12,
            f=[i],
            info={"title": table.rows[i]["t"], "sub": "Affiliation"},
        )
        article = article_node(aff.article_id)
        if article is not None:
            edges.append(_edge(article, aff.iri, "reports"))
        edges.append(_edge(aff.iri, actor_node(aff.person), "member"))
        edges.append(_edge(aff.iri, actor_node(aff.org), "organization"))
    view.nodes = [nodes[k] for k in sorted(nodes)]
    view.edges = edges
    return view


# query views -------------------------------------------------------------------

_FORM = re.compile(r"\b(SELECT|CONSTRUCT|DESCRIBE|ASK)\b", re.IGNORECASE)
_COMMENT_LINE = re.compile(r"^\s*#.*$", re.MULTILINE)
_IRI_LIKE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+$")
# column names a SELECT may use for subject, predicate and object
_SPO_NAMES = (("s", "p", "o"), ("subject", "predicate", "object"),
              ("source", "relation", "target"))  # fmt: skip

_Term = tuple[str, bool]  # (value, is a literal)


def _query_form(text: str) -> str:
    """SELECT, CONSTRUCT, DESCRIBE or ASK: the query's form.

    >>> _query_form("# x\\nPREFIX a: <http://a#>\\nconstruct { ?s ?p ?o } WHERE {}")
    'CONSTRUCT'
    """
    found = _FORM.search(_COMMENT_LINE.sub("", text))
    return found.group(1).upper() if found else ""


def _predicate_colour(predicate: str) -> str:
    """A colour for a predicate, the same on every build.

    >>> _predicate_colour("http://example.org/p") == _predicate_colour("http://example.org/p")
    True
    """
    return _PALETTE[zlib.crc32(predicate.encode("utf-8")) % len(_PALETTE)]


def _term(term: object) -> _Term:
    """A CONSTRUCT result term (pyoxigraph) as (value, is a literal)."""
    if hasattr(term, "datatype"):  # literals carry a datatype, IRIs do not
        return str(getattr(term, "value", term)), True
    text = str(term)
    if text.startswith("_:"):
        return text, False
    return str(getattr(term, "value", text)), False


def _cell(value: object) -> _Term:
    """A SELECT cell as (value, is a literal): absolute IRIs are resources.

    >>> _cell("https://w3id.org/newskg/resource/actor/nato")
    ('https://w3id.org/newskg/resource/actor/nato', False)
    >>> _cell("NATO"), _cell(33), _cell("_:b0")
    (('NATO', True), ('33', True), ('_:b0', False))
    """
    if isinstance(value, str) and (_IRI_LIKE.match(value) or value.startswith("_:")):
        return value, False
    return str(value), True


def _query_triples(store: KGStore, query: SavedQuery) -> list[tuple[_Term, str, _Term]]:
    """The triples a CONSTRUCT gives, or the ?s ?p ?o rows of a SELECT.

    Raises:
        QueryError: the query is an ASK, or a SELECT without three columns.
    """
    form = _query_form(query.text)
    if form in ("CONSTRUCT", "DESCRIBE"):
        try:
            found = store.construct(query.text)
        except QueryError as err:
            raise QueryError(Messages.E012.format(name=query.name, reason=err)) from err
        return [
            (_term(t.subject), _term(t.predicate)[0], _term(t.object)) for t in found
        ]
    if form != "SELECT":
        reason = "kg viz draws a CONSTRUCT, or a SELECT with ?s ?p ?o rows"
        raise QueryError(Messages.E012.format(name=query.name, reason=reason))
    try:
        variables, rows = store.query(query.text)
    except QueryError as err:
        raise QueryError(Messages.E012.format(name=query.name, reason=err)) from err
    lower = [v.lower() for v in variables]
    columns = next(
        (
            [lower.index(n) for n in names]
            for names in _SPO_NAMES
            if set(names) <= set(lower)
        ),
        [0, 1, 2] if len(variables) == 3 else None,
    )
    if columns is None:
        got = " ".join(f"?{v}" for v in variables)
        reason = (
            f"a SELECT to draw needs ?s ?p ?o (or exactly three) columns, not {got}"
        )
        raise QueryError(Messages.E012.format(name=query.name, reason=reason))
    s, p, o = columns
    return [
        (_cell(row[s]), str(row[p]), _cell(row[o]))
        for row in rows
        if row[s] is not None and row[p] is not None and row[o] is not None
    ]


def _query_view(
    store: KGStore,
    query: SavedQuery,
    facts: GraphFacts,
    ranks: _Ranks,
    table: _Facts,
) -> _View:
    triples = _query_triples(store, query)
    title = query.summary or query.name
    view = _View("query", f"Query: {query.name}")
    view.notes.append(
        f"Query {query.name}: {_count(len(triples), 'triple')}"
        + (f" — {title}" if title != query.name else "")
    )
    articles = {a.iri: a for a in facts.articles.values()}
    places = {ev.place_iri: ev.place for ev in facts.events if ev.place_iri}
    nodes: dict[str, dict[str, Any]] = {}
    literals = 0

    def node(term: _Term) -> str:
        nonlocal literals
        value, literal = term
        if literal:
            literals += 1
            node_id = f"literal:{literals}"
            nodes[node_id] = _node(
                node_id, value, LITERAL, info={"title": value, "sub": "Value"}
            )
            return node_id
        if value in nodes:
            return value
        if value in facts.actors or value in facts.demands:
            nodes[value] = ranks.actor_node(facts, value)
        elif value in table.index:
            i = table.index[value]
            kind = table.rows[i]["k"]
            kind = kind if kind in NODE_STYLES else RESOURCE
            nodes[value] = _node(
                value,
                table.rows[i]["t"],
                kind,
                size=14,
                f=[i],
                info={"title": table.rows[i]["t"], "sub": _KIND_WORDS.get(kind, kind)},
            )
        elif value in articles:
            article = articles[value]
            label = article.title or article.id
            nodes[value] = _node(
                value,
                label,
                ARTICLE,
                info={"title": label, "sub": "Article", "art": article.id},
            )
        elif value in places:
            label = places[value] or local_name(value)
            nodes[value] = _node(
                value, label, PLACE, info={"title": label, "sub": "Place"}
            )
        else:
            label = local_name(value)
            nodes[value] = _node(
                value,
                label,
                RESOURCE,
                info={"title": label, "sub": "Resource", "rows": [["IRI", value]]},
            )
        return value

    edges = []
    seen: set[tuple[_Term, str, _Term]] = set()
    for subject, predicate, obj in triples:
        if (subject, predicate, obj) in seen:  # a SELECT may repeat a row
            continue
        seen.add((subject, predicate, obj))
        source, target = node(subject), node(obj)
        name = local_name(predicate)
        found = [nodes[n]["f"][0] for n in (source, target) if "f" in nodes[n]]
        extra: dict[str, Any] = {"f": sorted(set(found))} if found else {}
        edge = _edge(
            source,
            target,
            predicate,
            label=name,
            info={"title": name, "sub": "", "rows": [["Predicate", predicate]]},
            **extra,
        )
        if predicate not in EDGE_STYLES:
            style = EDGE_STYLES.get(name)
            edge["color"] = style.colour if style else _predicate_colour(predicate)
        edges.append(edge)
    view.nodes = [nodes[k] for k in sorted(nodes, key=_node_order)]
    view.edges = edges
    if not triples:
        view.notes.append("The query returned nothing to draw.")
    return view


def _node_order(node_id: str) -> tuple[int, str]:
    # literals in the order they came, after every resource
    if node_id.startswith("literal:"):
        return (1, f"{int(node_id[8:]):012d}")
    return (0, node_id)


# folding big views ---------------------------------------------------------------


def _fold(view: _View, max_nodes: int) -> None:
    """Keep the ``max_nodes`` best-connected nodes; fold the rest by type.

    Nodes are ranked by PageRank on the view's undirected graph (ties by id).
    Each type of node that loses members gets one node standing for them, and
    edges to folded nodes go to that node instead, merged and counted.
    """
    if len(view.nodes) <= max_nodes:
        return
    g = nx.Graph()
    g.add_nodes_from(n["id"] for n in view.nodes)
    g.add_edges_from((e["from"], e["to"]) for e in view.edges if e["from"] != e["to"])
    rank = nx.pagerank(g) if g.number_of_edges() else {}
    order = sorted(
        view.nodes, key=lambda n: (-round(rank.get(n["id"], 0.0), 12), n["id"])
    )
    # keep as many as leave room for one node per type folded
    suffix = [0] * (len(order) + 1)
    seen: set[str] = set()
    for i in range(len(order) - 1, -1, -1):
        seen.add(order[i]["kind"])
        suffix[i] = len(seen)
    keep = next(
        (k for k in range(max_nodes, -1, -1) if k + suffix[k] <= max_nodes), None
    )
    if keep is None:
        raise ValueError(
            f"max_nodes={max_nodes} leaves no room: the {view.title} view has "
            f"{suffix[0]} kinds of node, and folding draws one node per kind"
        )
    kept, folded = order[:keep], order[keep:]
    members: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for node in folded:
        members[node["kind"]].append(node)
    moved: dict[str, str] = {}
    nodes = list(kept)
    for kind in sorted(members):
        group = members[kind]
        style = NODE_STYLES[kind]
        node_id = f"folded:{kind}"
        facts = sorted({i for n in group for i in n.get("f", ())})
        names = sorted((n["label"] for n in group), key=str.casefold)
        shown = "; ".join(names[:MAX_GROUP_MEMBERS])
        if len(names) > MAX_GROUP_MEMBERS:
            shown += f"; … and {len(names) - MAX_GROUP_MEMBERS:,} more"
        label = f"{len(group):,} more: {style.legend}"
        extra: dict[str, Any] = {"f": facts} if facts else {}
        nodes.append(
            _node(
                node_id,
                label,
                kind,
                shape="dot",
                size=30,
                folded=len(group),
                borderWidth=3,
                shapeProperties={"borderDashes": [6, 4]},
                info={
                    "title": label,
                    "sub": f"{_count(len(group), 'node')} folded into one",
                    "rows": [["Members", shown]],
                },
                **extra,
            )
        )
        for node in group:
            moved[node["id"]] = node_id
    merged: dict[tuple[str, str, str], dict[str, Any]] = {}
    for edge in view.edges:
        source = moved.get(edge["from"], edge["from"])
        target = moved.get(edge["to"], edge["to"])
        if source == target and (source != edge["from"] or target != edge["to"]):
            continue  # inside one folded node
        key = (source, edge["rel"], target)
        if key not in merged:
            merged[key] = dict(edge, **{"from": source, "to": target})
            merged[key]["n"] = edge.get("n", 1)
            continue
        into = merged[key]
        into["n"] += edge.get("n", 1)
        if "f" in edge or "f" in into:
            into["f"] = sorted(set(into.get("f", ())) | set(edge.get("f", ())))
    edges = []
    for edge in merged.values():
        n = edge["n"]
        if n > 1:
            name = local_name(edge["rel"])
            edge["label"] = f"{name} ×{n}"
            edge["width"] = round(1 + math.log2(n), 2)
            edge["info"] = {
                "title": edge.get("info", {}).get("title", name),
                "sub": _count(n, "edge") + " merged",
            }
        edges.append(edge)
    view.nodes, view.edges = nodes, edges
    view.folded = len(folded)
    view.notes.append(
        f"Folded: this view has {_count(len(order), 'node')}, more than the limit "
        f"of {max_nodes:,}, so the {len(order) - len(folded):,} best connected are "
        f"drawn and the other {len(folded):,} are folded into one dashed node per "
        "type. Filters still apply to their facts; kg viz --max-nodes or --query "
        "draws more."
    )


def _curve_parallel_edges(edges: list[dict[str, Any]]) -> None:
    """Give parallel edges distinct curves, so they do not overlap."""
    pairs: dict[frozenset[str], list[dict[str, Any]]] = defaultdict(list)
    for edge in edges:
        pairs[frozenset((edge["from"], edge["to"]))].append(edge)
    for group in pairs.values():
        if len(group) < 2:
            continue
        # curvedCW bends to the right of the direction of travel, so opposite
        # edges already part; equal directions need growing roundness
        seen: dict[tuple[str, str], int] = defaultdict(int)
        for edge in group:
            i = seen[(edge["from"], edge["to"])]
            seen[(edge["from"], edge["to"])] += 1
            roundness = round(0.15 + 0.15 * i, 2)
            edge["smooth"] = {
                "enabled": True,
                "type": "curvedCW",
                "roundness": roundness,
            }


# layout ----------------------------------------------------------------------


def _grid_spring(
    n: int, pairs: Sequence[tuple[int, int]], *, seed: int, iterations: int = 50
) -> np.ndarray:
    """Fruchterman-Reingold with repulsion only between close nodes.

    The grid variant of Fruchterman and Reingold (1991): a k-d tree finds the
    pairs closer than twice the ideal distance, so an iteration costs about
    O(n log n) instead of networkx's O(n^2).
    """
    from scipy.spatial import cKDTree

    rng = np.random.default_rng(seed)
    pos = rng.uniform(-1.0, 1.0, size=(n, 2))
    k = 2.0 / math.sqrt(n)  # ideal distance: the square of side 2 shared out
    src = np.array([p[0] for p in pairs], dtype=np.int64)
    dst = np.array([p[1] for p in pairs], dtype=np.int64)
    temperature = 0.2
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        disp = np.zeros((n, 2))
        close = cKDTree(pos).query_pairs(2 * k, output_type="ndarray")
        if len(close):
            i, j = close[:, 0], close[:, 1]
            delta = pos[i] - pos[j]
            dist2 = np.maximum((delta**2).sum(axis=1), (0.01 * k) ** 2)
            push = delta * (k * k / dist2)[:, None]
            disp += _sum_at(i, push, n) - _sum_at(j, push, n)
        if len(src):
            delta = pos[src] - pos[dst]
            dist = np.sqrt((delta**2).sum(axis=1))
            pull = delta * (dist / k)[:, None]
            disp += _sum_at(dst, pull, n) - _sum_at(src, pull, n)
        length = np.maximum(np.sqrt((disp**2).sum(axis=1)), 1e-12)
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature -= cooling
    return pos


def _sum_at(index: np.ndarray, vectors: np.ndarray, n: int) -> np.ndarray:
    """Sum 2-d ``vectors`` into ``n`` rows by ``index`` (a fast ``np.add.at``)."""
    return np.stack(
        [np.bincount(index, weights=vectors[:, d], minlength=n) for d in (0, 1)], axis=1
    )


def _layout(view: _View) -> None:
    """Give every node fixed ``x`` and ``y`` in pixels, the same on every build."""
    ids = [n["id"] for n in view.nodes]
    if not ids:
        return
    index = {node: i for i, node in enumerate(ids)}
    for edge in view.edges:
        if edge["from"] not in index or edge["to"] not in index:
            raise ValueError(
                f"edge {edge['from']} -> {edge['to']} names a node not drawn"
            )
    pairs = sorted({(index[e["from"]], index[e["to"]]) for e in view.edges})
    if len(ids) <= SPRING_LIMIT:
        g = nx.Graph()
        g.add_nodes_from(range(len(ids)))
        g.add_edges_from(pairs)
        placed = nx.spring_layout(g, seed=SEED)
        coords = np.array([placed[i] for i in range(len(ids))], dtype=float)
    else:
        coords = _grid_spring(len(ids), pairs, seed=SEED)
    coords = coords - coords.mean(axis=0)
    extent = float(np.abs(coords).max()) or 1.0
    scale = max(200.0, 80.0 * math.sqrt(len(ids))) / extent
    if len(ids) > 2:
        # dense cores: spread until the typical node has room, within bounds
        from scipy.spatial import cKDTree

        nearest = cKDTree(coords).query(coords, k=2)[0][:, 1]
        typical = float(np.median(nearest))
        if typical > 0:
            scale = min(max(scale, MIN_SPACING / typical), MAX_EXTENT / extent)
    for node, (x, y) in zip(view.nodes, coords.tolist(), strict=True):
        node["x"], node["y"] = int(round(x * scale)), int(round(y * scale))


# the page --------------------------------------------------------------------


def _options(view: _View, physics: bool) -> dict[str, Any]:
    big = len(view.nodes) > PHYSICS_LIMIT
    return {
        "autoResize": True,
        "nodes": {
            "font": {"size": 14, "face": "system-ui, sans-serif"},
            "borderWidth": 1,
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "color": {"inherit": False},
            "font": {"size": 10, "align": "middle"},
            "smooth": False,
        },
        "interaction": {
            "hover": True,
            "hoverConnectedEdges": False,
            "selectConnectedEdges": False,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
            "tooltipDelay": 100,
        },
        "layout": {"randomSeed": SEED, "improvedLayout": False},
        "physics": (
            {
                "enabled": True,
                "solver": "barnesHut",
                "barnesHut": {"springLength": 120, "avoidOverlap": 0.3},
                "stabilization": {
                    "enabled": True,
                    "iterations": STABILIZATION_ITERATIONS,
                    "updateInterval": 25,
                    "fit": True,
                },
            }
            if physics
            else {"enabled": False, "stabilization": {"enabled": False}}
        ),
    }


def _legend(view: _View) -> dict[str, list[list[str]]]:
    kinds = {n["kind"] for n in view.nodes}
    rels = {e["rel"]: e["color"] for e in view.edges}
    nodes = [
        [kind, style.legend, style.colour, style.shape]
        for kind, style in NODE_STYLES.items()
        if kind in kinds
    ]
    edges = [
        [rel, style.legend, style.colour]
        for rel, style in EDGE_STYLES.items()
        if rel in rels
    ]
    edges += sorted(
        [rel, local_name(rel), colour]
        for rel, colour in rels.items()
        if rel not in EDGE_STYLES
    )
    return {"nodes": nodes, "edges": edges}


def _view_spec(view: _View, physics: bool | None, max_nodes: int) -> dict[str, Any]:
    _fold(view, max_nodes)
    _layout(view)
    on = len(view.nodes) <= PHYSICS_LIMIT if physics is None else physics
    on = on and bool(view.nodes)
    small = len(view.nodes) <= PHYSICS_LIMIT
    if not small or view.name == "events":
        # edge labels crowd a big drawing; colours and the legend say the same
        for edge in view.edges:
            edge.pop("label", None)
    _curve_parallel_edges(view.edges)
    for i, edge in enumerate(view.edges):
        edge["id"] = f"e{i}"
    return {
        "name": view.name,
        "title": view.title,
        "nodes": view.nodes,
        "edges": view.edges,
        "physics": on,
        "folded": view.folded,
        "notes": view.notes,
        "legend": _legend(view),
        "options": _options(view, on),
    }


def page_data(
    store: KGStore,
    *,
    max_nodes: int = MAX_NODES,
    physics: bool | None = None,
    query: SavedQuery | None = None,
    facts: GraphFacts | None = None,
) -> dict[str, Any]:
    """Everything the page draws, as one JSON-ready dict.

    Args:
        store: the store to draw.
        max_nodes: fold views with more nodes than this (see :func:`write_page`).
        physics: settle small views with physics (``None``: up to
            :data:`PHYSICS_LIMIT` nodes).
        query: draw this query's triples instead of the two standard views.
        facts: the store's facts, when the caller has read them already.

    Returns:
        ``views`` (each with nodes, edges, options and legend), ``facts`` (the
        evidence every node and edge points to by index), ``articles``,
        ``actors`` and ``relations`` (what the filters offer), and ``summary``.
    """
    facts = facts if facts is not None else read_facts(store)
    network = build_network(facts)
    simple = projection(network)
    scores = pagerank(simple)
    ranks = _Ranks(
        scores,
        dict(network.degree()),
        max(scores.values(), default=0.0),
    )
    table = _fact_table(facts, network)
    if query is not None:
        views = [_query_view(store, query, facts, ranks, table)]
    else:
        views = [
            _actor_view(facts, network, ranks, table),
            _event_view(facts, ranks, table),
        ]
    specs = [_view_spec(v, physics, max_nodes) for v in views]
    involved = {a for row in table.rows for a in row["x"]}
    actors = sorted(
        ([iri, facts.node(iri).label] for iri in involved),
        key=lambda pair: (pair[1].casefold(), pair[1], pair[0]),
    )
    present = {r for row in table.rows for r in row["r"]}
    articles = {
        a.id: {"t": a.title, "d": a.date, "u": a.url, "src": a.source or NO_SOURCE}
        for a in facts.articles.values()
    }
    return {
        "views": specs,
        "facts": table.rows,
        "articles": articles,
        "actors": actors,
        "relations": [
            [rel, style.legend, style.colour]
            for rel, style in RELATIONS.items()
            if rel in present
        ],
        "summary": {
            "actors": len(facts.actors),
            "demands": len(facts.demands),
            "events": len(facts.events),
            "affiliations": len(facts.affiliations),
            "articles": len(facts.articles),
        },
    }


_CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "img-src data:; font-src data:; connect-src 'none'; form-action 'none'; "
    "base-uri 'none'"
)

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 0.5em; color: #222; }
#kg-header h1 { font-size: 1.2em; margin: 0 0 0.2em 0; }
#kg-header p { margin: 0.2em 0; font-size: 0.9em; }
#kg-tabs { margin: 0.4em 0; }
#kg-tabs button { font: inherit; padding: 0.2em 0.8em; border: 1px solid #888;
  background: #f4f4f4; cursor: pointer; }
#kg-tabs button[aria-selected="true"] { background: #0072B2; color: #fff; }
#kg-main { display: grid; grid-template-columns: 15em minmax(0, 1fr) 24em;
  gap: 0.5em; }
#kg-side, #kg-details { font-size: 0.85em; overflow-y: auto; max-height: 82vh; }
#kg-side fieldset { margin: 0 0 0.5em 0; padding: 0.3em 0.5em; }
#kg-side label { display: block; margin: 0.15em 0; }
#kg-side select, #kg-side input[type=date], #kg-search { width: 100%;
  box-sizing: border-box; }
#kg-stage { position: relative; height: 82vh; border: 1px solid #ccc; }
.kg-network { position: absolute; inset: 0; }
.kg-network[hidden] { display: none; }
#kg-tip { position: absolute; z-index: 5; max-width: 28em; padding: 0.4em 0.6em;
  background: #fffff4; border: 1px solid #999; font-size: 0.8em;
  pointer-events: none; box-shadow: 1px 1px 4px rgba(0,0,0,0.2); }
#kg-details h2 { font-size: 1.1em; margin: 0.2em 0; overflow-wrap: anywhere; }
.kg-sub, .kg-note { color: #555; }
.kg-fact { border-top: 1px solid #ddd; padding: 0.3em 0; }
.kg-fact-head { font-weight: 600; }
.kg-sentence { margin: 0.3em 0 0.3em 0.6em; padding-left: 0.5em;
  border-left: 3px solid #56B4E9; }
.kg-row, .kg-article { overflow-wrap: anywhere; }
.kg-k { color: #555; }
code { font-size: 0.9em; overflow-wrap: anywhere; }
#kg-legend ul { list-style: none; padding: 0; margin: 0.2em 0; }
#kg-legend li { margin: 0.1em 0; }
.kg-swatch { display: inline-block; width: 0.9em; height: 0.9em;
  margin-right: 0.35em; vertical-align: -0.1em; border: 1px solid #444; }
.kg-dot, .kg-ellipse { border-radius: 50%; }
.kg-diamond { transform: rotate(45deg) scale(0.8); }
.kg-triangle { clip-path: polygon(50% 0, 100% 100%, 0 100%); }
.kg-triangleDown { clip-path: polygon(0 0, 100% 0, 50% 100%); }
.kg-hexagon { clip-path: polygon(25% 0, 75% 0, 100% 50%, 75% 100%, 25% 100%,
  0 50%); }
.kg-star { clip-path: polygon(50% 0, 61% 35%, 98% 35%, 68% 57%, 79% 91%,
  50% 70%, 21% 91%, 32% 57%, 2% 35%, 39% 35%); }
.kg-line { display: inline-block; width: 1.4em; height: 0; margin-right: 0.35em;
  vertical-align: 0.3em; border-top: 3px solid #444; }
#kg-status { font-size: 0.85em; color: #333; min-height: 1.2em; }
"""

# the page's script: builds the views from the JSON, wires the controls.  Every
# string from the graph reaches the DOM through textContent or a property,
# never through innerHTML.
_SCRIPT = r"""
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var FACTS = DATA.facts, ARTICLES = DATA.articles;
  var KNOWN_RELS = {};
  DATA.relations.forEach(function (r) { KNOWN_RELS[r[0]] = true; });
  var DIM = "#ebebeb", DIM_TEXT = "#d2d2d2", TEXT = "#343434";
  var SHOWN_FACTS = 60;
  var kg = window.kg = {data: DATA, views: {}, current: null, ready: false,
                        readyAt: null, selected: null};
  var $ = function (id) { return document.getElementById(id); };
  var stage = $("kg-stage"), panel = $("kg-details"), tip = $("kg-tip");
  var specs = {};
  DATA.views.forEach(function (spec) { specs[spec.name] = spec; });

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function status(text) { $("kg-status").textContent = text; }
  function safeUrl(url) {
    try {
      var u = new URL(url);
      return (u.protocol === "http:" || u.protocol === "https:") ? u.href : null;
    } catch (err) { return null; }
  }

  // details ------------------------------------------------------------------
  function articleBox(id) {
    var box = el("div", "kg-article"), a = id ? ARTICLES[id] : null;
    box.appendChild(el("span", "kg-k", "Article: "));
    box.appendChild(el("span", "kg-title", a && a.t ? a.t : "(no title)"));
    box.appendChild(document.createTextNode(" "));
    box.appendChild(el("span", "kg-date", a && a.d ? a.d : "(no date)"));
    box.appendChild(document.createTextNode(" "));
    box.appendChild(el("code", null, id || "unknown"));
    if (a && a.u) {
      var href = safeUrl(a.u), line = el("div", "kg-link"), link;
      if (href) {
        link = el("a", null, a.u);
        link.href = href;
        link.target = "_blank";
        link.rel = "noopener noreferrer";
      } else {
        link = el("code", null, a.u);
      }
      line.appendChild(link);
      box.appendChild(line);
    }
    return box;
  }
  function rowsInto(box, rows) {
    (rows || []).forEach(function (r) {
      var line = el("div", "kg-row");
      line.appendChild(el("span", "kg-k", r[0] + ": "));
      line.appendChild(el("span", null, r[1]));
      box.appendChild(line);
    });
  }
  function factBox(i, full, title) {
    var f = FACTS[i], box = el("div", "kg-fact");
    if (f.t !== title) { box.appendChild(el("div", "kg-fact-head", f.t)); }
    if (f.s) {
      box.appendChild(el("blockquote", "kg-sentence", f.s));
      if (f.h) { box.appendChild(el("div", "kg-note", "(in the headline)")); }
    } else {
      box.appendChild(el("div", "kg-note", "no evidence sentence"));
    }
    if (f.a) { box.appendChild(articleBox(f.a)); }
    if (full) { rowsInto(box, f.rows); }
    return box;
  }
  function factsOf(v, item, isEdge) {
    if (item.f) { return item.f; }
    if (isEdge) { return []; }
    var found = {};
    (v.adj[item.id] || []).forEach(function (eid) {
      var e = v.edges.get(eid);
      if (!e) { return; }
      (e.f || []).forEach(function (i) { found[i] = true; });
      var other = v.nodes.get(e.from === item.id ? e.to : e.from);
      if (other && other.f) { other.f.forEach(function (i) { found[i] = true; }); }
    });
    return Object.keys(found).map(Number).sort(function (a, b) { return a - b; });
  }
  function details(v, item, isEdge, limit) {
    var box = el("div"), info = item.info || {};
    box.appendChild(el("h2", null, info.title || item.label || item.id));
    if (info.sub) { box.appendChild(el("div", "kg-sub", info.sub)); }
    rowsInto(box, info.rows);
    if (info.art) { box.appendChild(articleBox(info.art)); }
    var all = factsOf(v, item, isEdge), flt = filterState();
    var shown = active(flt) ? all.filter(function (i) {
      return factOk(i, flt) && relOk(FACTS[i], flt);
    }) : all;
    if (shown.length) {
      var head = "Evidence: " + shown.length +
        (shown.length === 1 ? " fact" : " facts");
      if (shown.length < all.length) { head += " (of " + all.length + ", filtered)"; }
      box.appendChild(el("div", "kg-sub", head));
      shown.slice(0, limit).forEach(function (i) {
        box.appendChild(factBox(i, shown.length === 1, info.title));
      });
      if (shown.length > limit) {
        box.appendChild(el("div", "kg-note", "… and " + (shown.length - limit) +
                           " more"));
      }
    }
    return box;
  }
  function showDetails(v, item, isEdge) {
    panel.replaceChildren(details(v, item, isEdge, SHOWN_FACTS));
    panel.scrollTop = 0;
  }
  function showTip(v, item, isEdge, pointer) {
    tip.replaceChildren(details(v, item, isEdge, 2));
    var x = pointer.DOM.x + 14, y = pointer.DOM.y + 14;
    tip.hidden = false;
    var w = stage.clientWidth, h = stage.clientHeight;
    if (x + tip.offsetWidth > w) { x = Math.max(0, w - tip.offsetWidth); }
    if (y + tip.offsetHeight > h) {
      y = Math.max(0, pointer.DOM.y - tip.offsetHeight - 8);
    }
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  }
  function hideTip() { tip.hidden = true; }

  // filters ------------------------------------------------------------------
  function filterState() {
    var rels = {};
    document.querySelectorAll("#kg-rels input").forEach(function (c) {
      rels[c.value] = c.checked;
    });
    return {rels: rels, actor: $("kg-actor").value, article: $("kg-article").value,
            source: $("kg-source").value, from: $("kg-from").value,
            to: $("kg-to").value, undated: $("kg-undated").checked};
  }
  function active(s) {
    return Object.keys(s.rels).some(function (r) { return !s.rels[r]; }) ||
      Boolean(s.actor || s.article || s.source || s.from || s.to);
  }
  function factOk(i, s) {
    var f = FACTS[i], a = f.a ? ARTICLES[f.a] : null;
    if (s.article && f.a !== s.article) { return false; }
    if (s.source && (a ? a.src : "") !== s.source) { return false; }
    if (s.from || s.to) {
      var d = a ? a.d : null;
      if (!d) { if (!s.undated) { return false; } }
      else if ((s.from && d < s.from) || (s.to && d > s.to)) { return false; }
    }
    if (s.actor && f.x.indexOf(s.actor) < 0) { return false; }
    return true;
  }
  function relOk(f, s) {
    return f.r.some(function (r) { return s.rels[r] !== false; });
  }
  function edgeOk(e, s) {
    if (KNOWN_RELS[e.rel]) {
      return s.rels[e.rel] !== false &&
        e.f.some(function (i) { return factOk(i, s); });
    }
    return e.f.some(function (i) { return factOk(i, s) && relOk(FACTS[i], s); });
  }
  function nodeOk(n, s) {
    return n.f.some(function (i) { return factOk(i, s) && relOk(FACTS[i], s); });
  }
  function applyFilters(v) {
    var s = filterState(), on = active(s), shownN = {}, nodeUp = [], edgeUp = [];
    var nodes = v.nodes.get(), edges = v.edges.get(), shownE = {};
    if (!on) {
      nodes.forEach(function (n) { shownN[n.id] = true; });
      edges.forEach(function (e) { shownE[e.id] = true; });
    } else {
      nodes.forEach(function (n) { if (n.f && nodeOk(n, s)) { shownN[n.id] = true; } });
      edges.forEach(function (e) {
        if (e.f && edgeOk(e, s)) {
          shownE[e.id] = true;
          shownN[e.from] = true;
          shownN[e.to] = true;
        }
      });
      edges.forEach(function (e) {
        if (e.f) { return; }
        var a = v.nodes.get(e.from), b = v.nodes.get(e.to);
        if (a.f && shownN[a.id] && !b.f) { shownN[b.id] = true; }
        if (b.f && shownN[b.id] && !a.f) { shownN[a.id] = true; }
      });
      if (s.actor && v.nodes.get(s.actor)) { shownN[s.actor] = true; }
      edges.forEach(function (e) {
        if (!e.f && shownN[e.from] && shownN[e.to]) { shownE[e.id] = true; }
      });
    }
    nodes.forEach(function (n) {
      var hide = !shownN[n.id];
      if (Boolean(n.hidden) !== hide) { nodeUp.push({id: n.id, hidden: hide}); }
    });
    edges.forEach(function (e) {
      var hide = !shownE[e.id];
      if (Boolean(e.hidden) !== hide) { edgeUp.push({id: e.id, hidden: hide}); }
    });
    v.nodes.update(nodeUp);
    v.edges.update(edgeUp);
    v.filtered = on;
    var n = Object.keys(shownN).length, m = Object.keys(shownE).length;
    status((on ? "Filtered: " : "") + n + " of " + nodes.length + " nodes and " +
           m + " of " + edges.length + " edges shown.");
  }
  function refilter() {
    Object.keys(kg.views).forEach(function (name) { kg.views[name].stale = true; });
    if (kg.current) { applyFilters(kg.current); kg.current.stale = false; }
    if (kg.current && kg.selected) { select(kg.current, kg.selected, false); }
  }

  // highlight ----------------------------------------------------------------
  function highlight(v, id, edge) {
    var keepN = {}, keepE = {}, nodeUp = [], edgeUp = [];
    if (edge) {
      id = edge.id;
      keepE[edge.id] = true;
      keepN[edge.from] = true;
      keepN[edge.to] = true;
    } else if (id !== null) {
      keepN[id] = true;
      v.network.getConnectedNodes(id).forEach(function (n) { keepN[n] = true; });
      v.network.getConnectedEdges(id).forEach(function (e) { keepE[e] = true; });
    }
    v.nodes.forEach(function (n) {
      var dim = id !== null && !keepN[n.id];
      if (Boolean(n.dim) !== dim) {
        nodeUp.push({id: n.id, dim: dim, color: dim ? DIM : n.c0,
                     font: {color: dim ? DIM_TEXT : TEXT}});
      }
    });
    v.edges.forEach(function (e) {
      var dim = id !== null && !keepE[e.id];
      if (Boolean(e.dim) !== dim) {
        edgeUp.push({id: e.id, dim: dim, color: dim ? DIM : e.c0,
                     font: {color: dim ? DIM_TEXT : TEXT}});
      }
    });
    v.nodes.update(nodeUp);
    v.edges.update(edgeUp);
  }
  function select(v, id, focus) {
    var node = v.nodes.get(id);
    if (!node) { return; }
    kg.selected = id;
    v.network.selectNodes([id]);
    highlight(v, id);
    showDetails(v, node, false);
    if (focus) {
      v.network.focus(id, {
        scale: Math.max(1.2, v.network.getScale()),
        animation: {duration: 300, easingFunction: "easeInOutQuad"}
      });
    }
  }
  function clearSelection(v) {
    kg.selected = null;
    highlight(v, null);
    panel.replaceChildren(el("p", "kg-note",
      "Click a node or an edge to see its evidence."));
  }

  // views --------------------------------------------------------------------
  function legend(spec) {
    var box = $("kg-legend"), list = el("ul");
    box.replaceChildren(el("strong", null, "Legend"));
    spec.legend.nodes.forEach(function (k) {
      var item = el("li"), sw = el("span", "kg-swatch kg-" + k[3]);
      sw.style.background = k[2];
      item.appendChild(sw);
      item.appendChild(document.createTextNode(k[1]));
      list.appendChild(item);
    });
    spec.legend.edges.forEach(function (r) {
      var item = el("li"), sw = el("span", "kg-line");
      sw.style.borderTopColor = r[2];
      item.appendChild(sw);
      item.appendChild(document.createTextNode(r[1]));
      list.appendChild(item);
    });
    if (spec.folded) {
      var item = el("li"), sw = el("span", "kg-swatch kg-dot");
      sw.style.borderStyle = "dashed";
      item.appendChild(sw);
      item.appendChild(document.createTextNode("dashed outline: folded nodes"));
      list.appendChild(item);
    }
    box.appendChild(list);
  }
  function labels(spec) {
    var list = $("kg-labels"), seen = {};
    list.replaceChildren();
    spec.nodes.forEach(function (n) {
      if (seen[n.label]) { return; }
      seen[n.label] = true;
      var o = document.createElement("option");
      o.value = n.label;
      list.appendChild(o);
    });
  }
  function markReady(v) {
    if (v.ready) { return; }
    v.ready = true;
    v.readyAt = performance.now();
    if (!kg.ready) { kg.ready = true; kg.readyAt = v.readyAt; }
    if (kg.current === v) { applyFilters(v); }
  }
  function build(spec) {
    var box = el("div", "kg-network");
    box.id = "kg-net-" + spec.name;
    stage.appendChild(box);
    var nodes = new vis.DataSet(spec.nodes.map(function (n) {
      n.c0 = n.color;
      return n;
    }));
    var edges = new vis.DataSet(spec.edges.map(function (e) {
      e.c0 = e.color;
      return e;
    }));
    var adj = {};
    spec.edges.forEach(function (e) {
      (adj[e.from] = adj[e.from] || []).push(e.id);
      if (e.to !== e.from) { (adj[e.to] = adj[e.to] || []).push(e.id); }
    });
    var v = {spec: spec, box: box, nodes: nodes, edges: edges, adj: adj,
             ready: false, readyAt: null, stale: true, filtered: false};
    kg.views[spec.name] = v;
    var network = new vis.Network(box, {nodes: nodes, edges: edges}, spec.options);
    v.network = network;
    var settled = !spec.physics;
    network.on("afterDrawing", function () { if (settled) { markReady(v); } });
    if (spec.physics) {
      status("Settling the layout…");
      network.once("stabilizationIterationsDone", function () {
        network.setOptions({physics: false});
        settled = true;
        network.redraw();
      });
    } else {
      network.fit({animation: false});
    }
    if (!spec.nodes.length) { settled = true; markReady(v); }
    network.on("hoverNode", function (p) {
      showTip(v, nodes.get(p.node), false, p.pointer);
    });
    network.on("hoverEdge", function (p) {
      showTip(v, edges.get(p.edge), true, p.pointer);
    });
    network.on("blurNode", hideTip);
    network.on("blurEdge", hideTip);
    network.on("dragStart", hideTip);
    network.on("zoom", hideTip);
    network.on("click", function (p) {
      hideTip();
      if (p.nodes.length) { select(v, p.nodes[0], false); }
      else if (p.edges.length) {
        // an edge of the selected node keeps its neighbourhood lit
        var e = edges.get(p.edges[0]);
        if (kg.selected !== e.from && kg.selected !== e.to) {
          kg.selected = null;
          highlight(v, null, e);
        }
        showDetails(v, e, true);
      } else { clearSelection(v); }
    });
    return v;
  }
  function show(name) {
    var spec = specs[name];
    if (!spec) { return null; }
    hideTip();
    Object.keys(kg.views).forEach(function (k) {
      kg.views[k].box.hidden = k !== name;
    });
    document.querySelectorAll("#kg-tabs button").forEach(function (b) {
      b.setAttribute("aria-selected", String(b.dataset.view === name));
    });
    var v = kg.views[name] || build(spec);
    kg.current = v;
    v.box.hidden = false;
    legend(spec);
    labels(spec);
    $("kg-view-notes").replaceChildren();
    spec.notes.forEach(function (t) {
      $("kg-view-notes").appendChild(el("p", null, t));
    });
    if (v.stale) { applyFilters(v); v.stale = false; }
    if (kg.selected && v.nodes.get(kg.selected)) { select(v, kg.selected, false); }
    else { clearSelection(v); }
    return v;
  }
  function find(text) {
    var q = text.trim().toLowerCase();
    if (!q) { return null; }
    var order = [kg.current.spec.name].concat(Object.keys(specs).filter(function (k) {
      return k !== kg.current.spec.name;
    }));
    var tests = [
      function (n) { return n.label.toLowerCase() === q; },
      function (n) { return n.label.toLowerCase().indexOf(q) === 0; },
      function (n) {
        return n.label.toLowerCase().indexOf(q) >= 0 ||
          (n.info && String(n.info.title).toLowerCase().indexOf(q) >= 0);
      }
    ];
    for (var t = 0; t < tests.length; t++) {
      for (var k = 0; k < order.length; k++) {
        var hit = specs[order[k]].nodes.filter(tests[t]);
        if (hit.length) {
          var v = kg.views[order[k]];
          var visible = hit.filter(function (n) {
            var live = v ? v.nodes.get(n.id) : null;
            return !(live && live.hidden);
          });
          return {view: order[k], id: (visible[0] || hit[0]).id};
        }
      }
    }
    return null;
  }
  function search(text) {
    var hit = find(text);
    if (!hit) { status("No node matches “" + text + "”."); return null; }
    var v = kg.current.spec.name === hit.view ? kg.current : show(hit.view);
    if (v.nodes.get(hit.id).hidden) { resetFilters(); }
    select(v, hit.id, true);
    status("Found: " + v.nodes.get(hit.id).label);
    return hit.id;
  }
  function resetFilters() {
    $("kg-filters").reset();
    refilter();
  }

  // controls -----------------------------------------------------------------
  function option(select, value, text) {
    var o = document.createElement("option");
    o.value = value;
    o.textContent = text;
    select.appendChild(o);
  }
  DATA.relations.forEach(function (r) {
    var label = el("label"), box = document.createElement("input"),
        sw = el("span", "kg-line");
    box.type = "checkbox";
    box.value = r[0];
    box.checked = true;
    box.defaultChecked = true;
    sw.style.borderTopColor = r[2];
    label.appendChild(box);
    label.appendChild(sw);
    label.appendChild(document.createTextNode(r[1]));
    $("kg-rels").appendChild(label);
  });
  DATA.actors.forEach(function (a) { option($("kg-actor"), a[0], a[1]); });
  var ids = Object.keys(ARTICLES).sort(function (x, y) {
    var dx = ARTICLES[x].d || "9999", dy = ARTICLES[y].d || "9999";
    return dx < dy ? -1 : dx > dy ? 1 : (x < y ? -1 : x > y ? 1 : 0);
  });
  ids.forEach(function (id) {
    var a = ARTICLES[id];
    option($("kg-article"), id, (a.d || "undated") + " · " + (a.t || id));
  });
  var sources = {};
  ids.forEach(function (id) { sources[ARTICLES[id].src] = true; });
  Object.keys(sources).sort().forEach(function (s) { option($("kg-source"), s, s); });
  $("kg-filters").addEventListener("change", refilter);
  $("kg-filters").addEventListener("reset", function () { setTimeout(refilter, 0); });
  $("kg-search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    search($("kg-search").value);
  });
  document.querySelectorAll("#kg-tabs button").forEach(function (b) {
    b.addEventListener("click", function () { show(b.dataset.view); });
  });
  kg.show = show;
  kg.search = search;
  kg.applyFilters = function () { refilter(); };
  show(DATA.views[0].name);
})();
"""

_EXTERNAL_TAG = re.compile(
    r"<(?:link|script|img|iframe|source|embed|object)\b[^>]*?"
    r"\b(?:href|src|data)\s*=\s*[\"']?\s*(?:https?:)?//[^>]*>",
    re.IGNORECASE,
)
_INLINE_CODE = re.compile(
    r"(<script\b[^>]*>.*?</script>|<style\b[^>]*>.*?</style>)",
    re.DOTALL | re.IGNORECASE,
)
_SOURCE_MAP = re.compile(r"//# sourceMappingURL=\S+")


def external_references(page: str) -> list[str]:
    """Tags outside inline code that would load something from another host."""
    parts = _INLINE_CODE.split(page)
    return [tag for part in parts[::2] for tag in _EXTERNAL_TAG.findall(part)]


@cache
def _vis_network() -> str:
    """vis-network 9.1.2 as shipped in the pyvis package, ready to inline."""
    import pyvis

    path = Path(pyvis.__file__).parent / "templates/lib/vis-9.1.2/vis-network.min.js"
    if not path.is_file():
        raise RuntimeError(
            f"{path}: vis-network 9.1.2 not found; kg.viz expects pyvis 0.3.2"
        )
    # devtools would fetch the source map from disk; there is none
    return _SOURCE_MAP.sub("", path.read_text(encoding="utf-8"))


def _json_for_script(data: object) -> str:
    """JSON that cannot end its ``<script>`` element, whatever the strings hold.

    >>> _json_for_script({"a": "</script><b>&"})
    '{"a":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    return text


def _header(data: dict[str, Any], plots: Iterable[tuple[str, Sequence[str]]]) -> str:
    s = data["summary"]
    if not (s["actors"] or s["demands"] or s["events"]):
        summary = "Nothing to show: the graph holds no actors, demands or events yet."
    else:
        summary = (
            f"{_count(s['actors'], 'actor')}, {_count(s['demands'], 'demand')}, "
            f"{_count(s['events'], 'event')} and "
            f"{_count(s['affiliations'], 'affiliation')} from "
            f"{_count(s['articles'], 'article')}."
        )
    figures = "".join(
        f" {_e(title)} ("
        + ", ".join(
            f'<a href="{_e(name)}">{_e(name.rsplit(".", 1)[1].upper())}</a>'
            for name in names
        )
        + ")."
        for title, names in plots
    )
    figures_line = f'<p id="kg-plots">Figures:{figures}</p>' if figures else ""
    tabs = "".join(
        f'<button type="button" role="tab" data-view="{_e(v["name"])}" '
        f'aria-selected="false">{_e(v["title"])}</button>'
        for v in data["views"]
    )
    return (
        '<header id="kg-header">'
        "<h1>newskg: who calls for what, who condemns whom</h1>"
        f"<p>{_e(summary)} Hover a node or edge for its evidence, click to pin it "
        "and highlight its neighbours; drag to move, scroll to zoom.</p>"
        f'{figures_line}<div id="kg-view-notes"></div></header>\n'
        f'<nav id="kg-tabs" role="tablist">{tabs}</nav>\n'
    )


_CONTROLS = """<aside id="kg-side">
<form id="kg-search-form" role="search">
<label for="kg-search">Find a node</label>
<input id="kg-search" type="search" list="kg-labels" autocomplete="off"
 placeholder="name, demand, article…">
<datalist id="kg-labels"></datalist>
<button type="submit">Find</button>
</form>
<form id="kg-filters">
<fieldset id="kg-rels"><legend>Relations</legend></fieldset>
<fieldset><legend>Facts from</legend>
<label>Actor <select id="kg-actor"><option value="">any actor</option></select></label>
<label>Article <select id="kg-article"><option value="">any article</option>
</select></label>
<label>Source <select id="kg-source"><option value="">any source</option>
</select></label>
<label>From <input id="kg-from" type="date"></label>
<label>To <input id="kg-to" type="date"></label>
<label><input id="kg-undated" type="checkbox" checked> undated articles too</label>
<button type="reset" id="kg-reset">Clear filters</button>
</fieldset>
</form>
<div id="kg-legend"></div>
</aside>
"""


def _render(data: dict[str, Any], plots: Sequence[tuple[str, Sequence[str]]]) -> str:
    page = (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>newskg graph</title>\n"
        f"<style>{_STYLE}</style>\n</head>\n<body>\n"
        + _header(data, plots)
        + '<div id="kg-main">\n'
        + _CONTROLS
        + '<div id="kg-stage"><div id="kg-tip" hidden></div></div>\n'
        + '<aside id="kg-details" aria-live="polite"></aside>\n</div>\n'
        + '<p id="kg-status" role="status"></p>\n'
        + '<script type="application/json" id="kg-data">'
        + _json_for_script(data)
        + "</script>\n<script>"
        + _vis_network()
        + "</script>\n<script>"
        + _SCRIPT
        + "</script>\n</body>\n</html>\n"
    )
    leftover = external_references(page)
    if leftover:
        raise RuntimeError(f"page would load from another host: {leftover[0][:120]}")
    return page


def write_page(
    store: KGStore,
    path: Path,
    *,
    max_nodes: int = MAX_NODES,
    physics: bool | None = None,
    query: SavedQuery | None = None,
    plots: bool = True,
) -> Path:
    """Write the graph as one self-contained, offline HTML page.

    Args:
        store: the store to draw.
        path: the HTML file to write (its folder is created).
        max_nodes: a view with more nodes than this keeps its ``max_nodes``
            best-connected ones (fewer by one per type folded) and folds the
            others into one node per type.
        physics: let vis-network settle the layout in the browser, then stop;
            ``None`` turns it on for views of up to :data:`PHYSICS_LIMIT` nodes.
        query: draw this saved or given query (a CONSTRUCT, or a SELECT with
            ``?s ?p ?o`` rows) instead of the actor network and event view.
        plots: also write the figures of :func:`kg.plots.write_plots` beside
            the page, and link them from it.

    Returns:
        ``path``.

    Raises:
        QueryError: the query fails or does not give triples.
    """
    facts = read_facts(store)
    data = page_data(
        store, max_nodes=max_nodes, physics=physics, query=query, facts=facts
    )
    figures: list[tuple[str, list[str]]] = []
    path.parent.mkdir(parents=True, exist_ok=True)
    if plots:
        from kg.plots import PLOT_TITLES, write_plots

        written = write_plots(store, path.parent, facts=facts)
        by_stem: dict[str, list[str]] = defaultdict(list)
        for file in written:
            by_stem[file.stem].append(file.name)
        figures = [(PLOT_TITLES[stem], names) for stem, names in by_stem.items()]
    page = _render(data, figures)
    path.write_bytes(page.encode("utf-8"))
    return path
